"""Ingest cost as the store grows: 100 articles ingested into stores of 0 to 100,000 articles, SQLite and PostgreSQL.

    .venv/bin/python -m bench.scale [--sizes 0,1000,5000,20000,100000] [--backends sqlite,postgresql] [--json FILE]
                                    [--batch N] [--repeat N] [--keep-stores DIR] [--profile DIR]

The corpus is real news text recombined into stories of natural size. The sentence pool is every body
sentence of the five seeds, of the 50 sci-news-sum-kr-50 articles and of 2,534 KLUE-NER news sentences
(WIKITREE; `bench/data/klue-ner-wikitree/`, CC BY-SA 4.0), each analysed once by the real analysis (Kiwi).
A story is twelve pool sentences drawn at random under a real headline; it has 1 to 20 outlets (weights
1/k^1.6: most stories one or two outlets, a few twenty), and each outlet's article keeps nine to twelve of
the story's sentences and adds two or three of its own (11-15 sentences, a news article's length), so
outlets of a story group together and stories do not.
Stories are spread over a year.

A store of N articles is built by bulk-inserting the rows ingest would store (`bench/rows.py`: articles with
profiles and headline words, sentences, bullets, key terms, the text index, stories with merged profiles and
bullets, an announced event for every fifth story), not by running Kiwi N times. PostgreSQL is vacuumed and analysed after
the load, as autovacuum would have done.

With `--keep-stores DIR` each built store is kept in DIR (SQLite files; a PostgreSQL data directory whose databases
are templates) and every later run measures on a copy of it (a SQLite copy written through to the disk first, as a
bot's store is), so a 100,000-article store is built once (about 4 minutes on SQLite, 7 on PostgreSQL). A store is
rebuilt when the sentence pool, the row builder (`bench/rows.py`) or the corpus code change, and upgraded when a
migration is added; delete DIR when ingest comes to store something else. `--profile DIR` writes each measured
ingest's cProfile statistics there (`python -m pstats FILE`). `--repeat N` measures every size N times, the sizes in
turn, and reports each size's median run by CPU time: on a machine shared with other jobs one run can be a quarter
off.

Then a fresh process (so memory and caches start as a restarted bot's) loads Kiwi, times Kiwi's own
`tokenize` over the 100 new texts (the floor), and ingests them one by one through `NewsService.ingest_source`,
or with `--batch N` N at a time through `NewsService.ingest_sources` as a feed's poll or a folder does
(sidecar-style metadata: outlet, headline, publication time within the store's last two days). The 100 are
the same at every size: 40-odd new stories' outlets, which group among themselves, so what changes from one
size to the next is only how much is stored around them. Reported: ms per article, its ratio to the floor
and to the same backend's figure at 0 stored, and peak resident memory beyond the Kiwi-loaded idle process.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from types import SimpleNamespace

from bench import write_json

ROOT = Path(__file__).resolve().parent.parent
WIKITREE = ROOT / "bench" / "data" / "klue-ner-wikitree" / "sentences.tsv"
TAG = re.compile(r"<([^<>:]+):[A-Z]{2}>")
OUTLETS = ["뉴스웍스", "뉴시스", "AI매터스", "서울경제", "연합뉴스", "한국경제", "매일경제", "조선비즈", "전자신문", "머니투데이",
           "이데일리", "아시아경제", "헤럴드경제", "디지털타임스", "ZDNet Korea", "블로터", "한겨레", "경향신문", "동아일보", "중앙일보"]
NEWEST = datetime(2025, 9, 10, 9, 0)          # the store's newest story (naive UTC)
INGEST = 100
CORE = 12                                     # sentences a story's outlets draw from
SIZES = [0, 1_000, 5_000, 20_000, 100_000]


# ---- the corpus -----------------------------------------------------------------------------------------

def build_pool() -> dict:
    """Every usable body sentence of the real texts (analysed once) and their headlines, as plain JSON."""
    from bench.summaries import article_text
    from bench.summaries import load as load_eval
    from digest.analysis import analyse
    from digest.sources.files import NotAnArticle, SourceText, iter_article_paths, read_source

    docs: list[SourceText] = []
    for path, problem in iter_article_paths([ROOT / "seeds"]):
        if not problem:
            docs.append(read_source(path))
    for doc in load_eval():
        docs.append(SourceText(doc["slug"], article_text(doc), "utf-8", {"published": "2016-08-01"}))
    lines = [TAG.sub(r"\1", row.split("\t", 1)[1]).strip() for row in WIKITREE.read_text(encoding="utf-8").splitlines()[1:]]
    for start in range(0, len(lines), 12):   # twelve news sentences to a page, one to a paragraph
        docs.append(SourceText(f"wikitree-{start}", "뉴스\n\n" + "\n\n".join(lines[start:start + 12]) + "\n", "utf-8", {}))
    sentences, titles = [], []
    for src in docs:
        try:
            a = analyse(src)
        except (NotAnArticle, ValueError):
            continue
        if a.title_origin == "text":
            titles.append(a.title)
        sentences += [{"text": x.text, "words": list(x.words), "entities": list(x.entities), "final": x.final}
                      for x in a.sentences if x.role == "body" and len(x.words) >= 4 and x.final]
    return {"sentences": sentences, "titles": sorted(set(titles))}


def story_size(rng: random.Random) -> int:
    return rng.choices(range(1, 21), weights=[k ** -1.6 for k in range(1, 21)])[0]


def stories(pool: dict, seed: str, articles: int):
    """(story number, headline, [each outlet's sentence indices]) until `articles` articles."""
    rng = random.Random(seed)
    n_sentences, made, number = len(pool["sentences"]), 0, 0
    while made < articles:
        core = rng.sample(range(n_sentences), CORE)
        outlets = []
        for _ in range(min(story_size(rng), articles - made)):
            kept = sorted(rng.sample(core, rng.randint(9, CORE)), key=core.index)
            for extra in rng.sample(range(n_sentences), rng.randint(2, 3)):
                kept.insert(rng.randint(1, len(kept)), extra)
            outlets.append(kept)
        yield number, pool["titles"][rng.randrange(len(pool["titles"]))], outlets
        made += len(outlets)
        number += 1


def article_texts(pool: dict, seed: str, count: int, first: datetime, step: timedelta) -> list[tuple[str, str, dict]]:
    """`count` articles as a feed or a folder hands them over: (name, text, metadata), story k dated `first` +
    k * `step`, its outlets nine minutes apart."""
    out = []
    for number, title, outlets in stories(pool, seed, count):
        when = first + step * number
        for m, kept in enumerate(outlets):
            body = [pool["sentences"][i]["text"] for i in kept]
            text = title + "\n\n" + "\n\n".join(" ".join(body[j:j + 2]) for j in range(0, len(body), 2)) + "\n"
            published = (when + timedelta(minutes=9 * m)).replace(tzinfo=timezone.utc).isoformat()
            out.append((f"{seed}-{number}-{m}", text, {"outlet": OUTLETS[m % len(OUTLETS)], "title": title,
                                                       "published": published}))
    return out


def ingest_texts(pool: dict) -> list[tuple[str, str, dict]]:
    """The 100 new articles, dated over the store's last two days."""
    return article_texts(pool, "ingest", INGEST, NEWEST - timedelta(hours=47), timedelta(minutes=67))


def news_corpus(count: int, days: int = 365) -> list[tuple[str, str, dict]]:
    """`count` articles of real sentences in stories of natural size (1-20 outlets), spread over `days` ending at
    NEWEST: a year of news as a bot reading feeds would store it (the throughput benchmark's corpus)."""
    pool = build_pool()
    n_stories = sum(1 for _ in stories(pool, "corpus", count))
    return article_texts(pool, "corpus", count, NEWEST - timedelta(days=days), timedelta(days=days) / max(n_stories, 1))


# ---- the store ------------------------------------------------------------------------------------------

def build_store(url: str, pool: dict, articles: int) -> dict:
    """A store of `articles` articles over a year ending at NEWEST, inserted as ingest stores rows."""
    from sqlalchemy import text as sql

    from bench.rows import StoreRows
    from digest.storage.models import EventRow, EventSourceRow
    from digest.storage.store import Store

    store = Store(url)
    started = time.perf_counter()
    rows = StoreRows()
    sentences = [SimpleNamespace(role="body", **x) for x in pool["sentences"]]
    count = stories_made = 0
    total = max(articles, 1)
    for number, title, outlets in stories(pool, "store", articles):
        when = NEWEST - timedelta(days=365) * (count / total)
        story_id = f"s{number:07d}"
        profiles, ids = [], []
        for m, kept in enumerate(outlets):
            article_id = f"a{number:07d}{m:02d}"
            chosen = [sentences[i] for i in kept]
            bullets = [(i, x.text, 1.0 - 0.1 * i) for i, x in enumerate(chosen[:3])]
            profiles.append(rows.article(article_id, story_id, title, "sidecar", OUTLETS[m % len(OUTLETS)],
                                         when + timedelta(minutes=9 * m), chosen, bullets))
            ids.append(article_id)
        rows.story(story_id, title, when, profiles, [(sentences[i].text, ids) for i in outlets[0][:3]])
        if number % 5 == 0:   # an announced event ten days on, as ingest records one
            start = (when + timedelta(days=10)).replace(hour=0, minute=0, second=0, microsecond=0)
            rows.add(EventRow, id=f"e{number:07d}", title="신제품 발표 행사", words="신제품 발표 행사", start=start, end=None,
                     precision="day", part_of_day=None, kind="planned", story_id=story_id, happened_article_id=None,
                     created_at=when)
            rows.add(EventSourceRow, event_id=f"e{number:07d}", article_id=ids[0], reported_past=False,
                     evidence="다음 달 신제품 발표 행사를 열 예정이다")
        count += len(outlets)
        stories_made += 1
        if rows.count >= 2000:
            rows.flush(store.engine)
            rows.count = 0
    rows.flush(store.engine)
    if store.engine.dialect.name == "postgresql":
        # VACUUM (outside a transaction) as well as ANALYZE: autovacuum would have done both in a store that grew.
        with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(sql("VACUUM ANALYZE"))
    store.close()
    return {"articles": count, "stories": stories_made, "build_s": round(time.perf_counter() - started, 1)}


# ---- the measured ingest, in a fresh process ------------------------------------------------------------

def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_rss_mb() -> float:
    """This process's peak resident memory (VmHWM: its own, unlike `ru_maxrss`, which a child started by a larger
    parent inherits)."""
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmHWM:")) / 1024


def server_cpu_s(store) -> float:
    """CPU seconds PostgreSQL's backends serving this database have used (0 on SQLite, which runs in-process):
    with the client's own CPU time, the ingest's cost whatever else the machine is running."""
    if store.engine.dialect.name != "postgresql":
        return 0.0
    from sqlalchemy import text as sql

    with store.engine.connect() as conn:
        pids = list(conn.scalars(sql("SELECT pid FROM pg_stat_activity WHERE datname = current_database()")))
    total = 0.0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except (OSError, IndexError, ValueError):
            continue
    return total


def measure_ingest(url: str, pool_file: Path, batch: int = 1, profile: Path | None = None) -> dict:
    from sqlalchemy import event

    from bot.lifecycle import settle_heap
    from digest.service import NewsService
    from digest.sources.files import SourceText
    from digest.storage.store import Store
    from digest.text.korean import kiwi

    kiwi().tokenize("워밍업")
    idle = rss_mb()
    texts = ingest_texts(json.loads(pool_file.read_text(encoding="utf-8")))
    started, cpu = time.perf_counter(), time.process_time()
    for _, text, _ in texts:
        kiwi().tokenize(text)
    floor, floor_cpu = time.perf_counter() - started, time.process_time() - cpu
    service = NewsService(Store(url), now=lambda: NEWEST.replace(tzinfo=timezone.utc))
    with service.store.engine.connect():
        pass                                   # the backend the ingest will use exists before it is counted
    settle_heap()   # as a started bot has (`bot.lifecycle.settle_heap`): its ingest's collections walk what it made
    statuses: dict[str, int] = {}
    statements = [0]
    event.listen(service.store.engine, "before_cursor_execute", lambda *_: statements.__setitem__(0, statements[0] + 1))
    profiler = None
    if profile is not None:
        import cProfile
        profiler = cProfile.Profile()
    server = server_cpu_s(service.store)
    started, cpu = time.perf_counter(), time.process_time()
    if profiler is not None:
        profiler.enable()
    for start in range(0, len(texts), batch):   # each batch as a feed's poll or a folder hands it over
        sources = [SourceText(name, text, "utf-8", meta) for name, text, meta in texts[start:start + batch]]
        items = service.ingest_sources(sources).items if batch > 1 else [service.ingest_source(sources[0])]
        for item in items:
            statuses[item.status] = statuses.get(item.status, 0) + 1
    if profiler is not None:
        profiler.disable()
    spent, spent_cpu = time.perf_counter() - started, time.process_time() - cpu
    spent_cpu += server_cpu_s(service.store) - server
    if profiler is not None and profile is not None:
        profiler.dump_stats(profile)
    service.store.close()
    peak = peak_rss_mb()
    return {"ms_per_article": round(1000 * spent / len(texts), 1), "kiwi_ms_per_article": round(1000 * floor / len(texts), 1),
            "ratio_to_kiwi": round(spent / floor, 2), "cpu_ms_per_article": round(1000 * spent_cpu / len(texts), 1),
            "kiwi_cpu_ms_per_article": round(1000 * floor_cpu / len(texts), 1),
            "cpu_ratio_to_kiwi": round(spent_cpu / floor_cpu, 2), "statuses": statuses, "idle_mb": round(idle),
            "statements_per_article": round(statements[0] / len(texts), 1),
            "peak_beyond_idle_mb": round(peak - idle)}


def store_key(pool_file: Path) -> str:
    """What a kept store was built from: the sentence pool, the row builder, the corpus code (a newer migration
    is applied to it instead)."""
    import hashlib
    import inspect

    digest = hashlib.sha256(pool_file.read_bytes())
    digest.update((ROOT / "bench" / "rows.py").read_bytes())
    for code in (story_size, stories, build_store):
        digest.update(inspect.getsource(code).encode("utf-8"))
    return digest.hexdigest()[:12]


def upgraded(url: str) -> None:
    """A kept store brought to the newest schema, as `newsdigest db upgrade` brings a bot's (once; then current)."""
    from sqlalchemy import create_engine

    from digest.storage.schema import upgrade

    engine = create_engine(url)
    try:
        upgrade(engine)
    finally:
        engine.dispose()


def sqlite_store(tmp: Path, keep: Path | None, key: str, pool: dict, size: int) -> tuple[str, dict]:
    """A SQLite store of `size` articles to ingest into: built in `tmp`, or copied from the one kept in `keep`."""
    import shutil
    import sqlite3

    run = tmp / f"scale{size}.db"
    for leftover in (run, run.with_name(run.name + "-wal"), run.with_name(run.name + "-shm")):
        leftover.unlink(missing_ok=True)
    if keep is None:
        return f"sqlite:///{run}", build_store(f"sqlite:///{run}", pool, size)
    kept, info = keep / f"sqlite-{size}-{key}.db", keep / f"sqlite-{size}-{key}.json"
    if not (kept.exists() and info.exists()):
        part = kept.with_name(kept.name + ".part")
        part.unlink(missing_ok=True)
        built = build_store(f"sqlite:///{part}", pool, size)
        with sqlite3.connect(part) as conn:      # everything in the main file, so a plain copy is the whole store
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        part.rename(kept)
        for leftover in (part.with_name(part.name + "-wal"), part.with_name(part.name + "-shm")):
            leftover.unlink(missing_ok=True)
        info.write_text(json.dumps(built), encoding="utf-8")
    upgraded(f"sqlite:///{kept}")
    with sqlite3.connect(kept) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copyfile(kept, run)
    on_disk(run)
    return f"sqlite:///{run}", json.loads(info.read_text(encoding="utf-8"))


def on_disk(path: Path) -> None:
    """The copy written through to the disk before it is measured, as a bot's store file is. A fresh copy of the
    100,000-article store is 2.5 GB of page cache mostly still dirty when the child starts (the kernel writes dirty
    pages back after 30 s, or in the background past 10% of memory), and the ingest's first WAL checkpoint, whose
    `fdatasync` writes back every dirty page of the file, waited for the whole copy: the measured commits took 9-11
    ms an article of wall time at 100,000 stored against 2.5 with the copy synced first (cProfile, 2 December 2026).
    The copy stays in the page cache, clean."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def kept_postgres(bindir: Path, directory: Path):
    """A PostgreSQL server whose data directory outlives the run (`--keep-stores`): initialised once, then
    restarted on the same files."""
    import shutil

    from tests.postgres import PostgresServer

    class KeptPostgres(PostgresServer):
        def __init__(self):
            super().__init__(bindir)
            shutil.rmtree(self.dir, ignore_errors=True)
            self.dir, self.data = directory, directory / "data"
            directory.mkdir(parents=True, exist_ok=True)
            if self.user is not None:
                os.chown(directory, self.user.pw_uid, self.user.pw_gid)
            directory.chmod(0o700)

        def start(self):
            if (self.data / "PG_VERSION").exists():
                options = (f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off "
                           "-c synchronous_commit=off -c full_page_writes=off -c max_connections=100")
                self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.dir / "server.log"), "-w", "start")
                return self
            shutil.rmtree(self.data, ignore_errors=True)
            return super().start()

        def stop(self):
            try:
                self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")
            except RuntimeError:
                pass

        def databases(self) -> set[str]:
            import psycopg

            with psycopg.connect(host="127.0.0.1", port=self.port, user="postgres", dbname="postgres") as conn:
                return {name for (name,) in conn.execute("SELECT datname FROM pg_database")}

    return KeptPostgres()


def postgres_store(server, keep: Path | None, key: str, pool: dict, size: int) -> tuple[str, dict]:
    """A PostgreSQL database of `size` articles to ingest into (`run{size}`): built, or copied from the kept one."""
    server.drop_database(f"scale{size}")
    if keep is None:
        url = server.create_database(f"scale{size}")
        return url, build_store(url, pool, size)
    base, info = f"base{size}_{key}", keep / f"postgresql-{size}-{key}.json"
    if not info.exists() or base not in server.databases():
        server.drop_database(base)
        built = build_store(server.create_database(base), pool, size)
        info.write_text(json.dumps(built), encoding="utf-8")
    upgraded(server.url(base))
    server._admin(f'CREATE DATABASE "scale{size}" TEMPLATE "{base}"')
    return server.url(f"scale{size}"), json.loads(info.read_text(encoding="utf-8"))


def run_size(url: str, built: dict, pool_file: Path, size: int, batch: int = 1, profile: Path | None = None) -> dict:
    command = [sys.executable, "-m", "bench.scale", "--ingest-into", url, "--pool", str(pool_file), "--batch", str(batch)]
    if profile is not None:
        profile.mkdir(parents=True, exist_ok=True)
        command += ["--profile", str(profile / f"{'postgresql' if url.startswith('postgresql') else 'sqlite'}-{size}.prof")]
    child = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    if child.returncode != 0:
        raise RuntimeError(child.stderr[-3000:])
    result = {"size": size, **built, **json.loads(child.stdout.strip().splitlines()[-1])}
    print(f"  {size:>7,} stored ({built['stories']:,} stories, built in {built['build_s']} s): "
          f"{result['ms_per_article']} ms/article, {result['ratio_to_kiwi']}x Kiwi ({result['kiwi_ms_per_article']} ms); "
          f"CPU {result['cpu_ms_per_article']} ms/article, {result['cpu_ratio_to_kiwi']}x Kiwi's CPU "
          f"({result['kiwi_cpu_ms_per_article']} ms); {result['statements_per_article']} SQL statements/article; "
          f"peak +{result['peak_beyond_idle_mb']} MB", file=sys.stderr, flush=True)
    return result


def medians(runs: list[dict], sizes: list[int]) -> list[dict]:
    """Per size, its median run by CPU ms per article (the lower middle of an even count), with every run's CPU
    ms and ratio to Kiwi's CPU kept beside it."""
    out = []
    for size in sizes:
        mine = sorted((r for r in runs if r["size"] == size), key=lambda r: r["cpu_ms_per_article"])
        chosen = dict(mine[(len(mine) - 1) // 2])
        if len(mine) > 1:
            chosen["runs"] = [{"cpu_ms_per_article": r["cpu_ms_per_article"], "cpu_ratio_to_kiwi": r["cpu_ratio_to_kiwi"],
                               "ms_per_article": r["ms_per_article"]} for r in runs if r["size"] == size]
        out.append(chosen)
    return out


def table(results: dict[str, list[dict]]) -> str:
    """Per size and backend: wall ms per article (x Kiwi's floor, x the figure at 0 stored), the same in CPU time
    (the client's, plus PostgreSQL's backends; steadier on a shared machine), SQL statements per article, and peak
    memory beyond idle."""
    backends = list(results)
    lines = ["| stored articles | backend | wall ms/article | x Kiwi | x 0 stored | CPU ms/article | x Kiwi CPU "
             "| x 0 stored | SQL statements/article | peak beyond idle |",
             "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for b in backends:
        base = results[b][0]
        for row in results[b]:
            lines.append(f"| {row['size']:,} | {b} | {row['ms_per_article']:.0f} | {row['ratio_to_kiwi']:.1f}x | "
                         f"{row['ms_per_article'] / base['ms_per_article']:.2f}x | {row['cpu_ms_per_article']:.0f} | "
                         f"{row['cpu_ratio_to_kiwi']:.1f}x | {row['cpu_ms_per_article'] / base['cpu_ms_per_article']:.2f}x | "
                         f"{row.get('statements_per_article', '')} | {row['peak_beyond_idle_mb']} MB |")
    return "\n".join(lines)


def section(scale: dict | None, latency: list[dict] | None) -> list[str]:
    """The scale section of RESULTS.md, from `bench.scale --json` and `bench.latency --stories 100000 --json`
    results (too long for every `make bench`: run them on their own, then `make bench` quotes them)."""
    from bench.latency import table as latency_table

    lines = ["## Ingest and lookups as the store grows (`python -m bench.scale`, `python -m bench.latency --stories 100000`)", ""]
    if scale:
        repeated = max(len(row.get("runs", [row])) for rows in scale.values() for row in rows)
        lines += ["100 real-sentence articles ingested into stores of each size (see `bench/scale.py`; the README gives "
                  "the command and its batch size): ms per article, its ratio to Kiwi's own `tokenize` over the same texts "
                  "in the same process and to the same backend's figure at 0 stored; peak resident memory beyond the "
                  "Kiwi-loaded idle process"
                  + (f"; each row the median of {repeated} runs by CPU time" if repeated > 1 else "")
                  + ". Targets: x 0 stored within 1.3 at 100,000, x Kiwi within 2, memory within 150 MB.", "",
                  table(scale), "", "![ingest cost as the store grows](results/scale.png)", ""]
    else:
        lines += ["(not run: `python -m bench.scale --json bench/results/scale.json`)", ""]
    if latency:
        lines += [f"Chat queries at {latency[0]['stories']:,} stories through the command layer: p50 / p95 over the runs "
                  "after a first one, and in brackets the time in a fresh process (Kiwi loaded, nothing else cached). "
                  "Targets: p95 under 50 ms, fresh under 1 s.", "", latency_table(latency), ""]
    else:
        lines += ["(not run: `python -m bench.latency --stories 100000 --json bench/results/latency_100k.json`)", ""]
    return lines


def chart(results: dict[str, list[dict]], path: Path) -> None:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6.4, 3.6))
    for backend, rows in results.items():
        sizes = [max(r["size"], 100) for r in rows]
        ax.plot(sizes, [r["cpu_ms_per_article"] for r in rows], marker="o", label=f"{backend} ingest, CPU")
        ax.plot(sizes, [r["ms_per_article"] for r in rows], marker=".", alpha=0.5, label=f"{backend} ingest, wall")
        ax.plot(sizes, [r["kiwi_cpu_ms_per_article"] for r in rows], linestyle=":", label=f"Kiwi's floor, CPU ({backend} run)")
    ax.set_xscale("log")
    ax.set_xlabel("articles stored (0 drawn at 100)")
    ax.set_ylabel("ms per ingested article")
    ax.set_ylim(bottom=0)
    ax.legend(fontsize=8)
    ax.set_title("Ingest cost as the store grows")
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)))
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--batch", type=int, default=1, help="articles ingested as one batch (a feed's poll, a folder; "
                        "each story touched refreshed once); 1: one by one")
    parser.add_argument("--repeat", type=int, default=1, help="measure every size this many times, the sizes in turn, "
                        "and report each size's median run (by CPU ms per article; the machine's load varies)")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--chart", type=Path, default=ROOT / "bench" / "results" / "scale.png")
    parser.add_argument("--keep-stores", type=Path, help="keep each built store in this folder and measure on copies "
                        "of it (built once; see the module's help)")
    parser.add_argument("--profile", type=Path, help="write each measured ingest's cProfile statistics into this folder")
    parser.add_argument("--ingest-into", help=argparse.SUPPRESS)
    parser.add_argument("--pool", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.ingest_into:
        print(json.dumps(measure_ingest(args.ingest_into, args.pool, args.batch, args.profile)))
        return 0

    sizes = [int(x) for x in args.sizes.split(",")]
    backends = args.backends.split(",")
    keep = args.keep_stores.resolve() if args.keep_stores else None
    profile = args.profile.resolve() if args.profile else None
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
    results: dict[str, list[dict]] = {}
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        pool = build_pool()
        pool_file = tmp / "pool.json"
        pool_file.write_text(json.dumps(pool, ensure_ascii=False), encoding="utf-8")
        key = store_key(pool_file)
        print(f"sentence pool: {len(pool['sentences'])} sentences, {len(pool['titles'])} headlines", file=sys.stderr)
        if "sqlite" in backends:
            print("sqlite", file=sys.stderr)
            runs = []
            for size in sizes * args.repeat:
                url, built = sqlite_store(tmp, keep, key, pool, size)
                runs.append(run_size(url, built, pool_file, size, args.batch, profile))
                Path(url.split("///", 1)[1]).unlink()
            results["sqlite"] = medians(runs, sizes)
        if "postgresql" in backends:
            sys.path.insert(0, str(ROOT))
            from tests.postgres import PostgresServer, binaries

            bindir = binaries()
            if bindir is None:
                print("PostgreSQL binaries not found: skipping PostgreSQL", file=sys.stderr)
            else:
                print("postgresql", file=sys.stderr)
                server = (kept_postgres(bindir, keep / "postgresql") if keep else PostgresServer(bindir)).start()
                try:
                    runs = []
                    for size in sizes * args.repeat:
                        url, built = postgres_store(server, keep, key, pool, size)
                        runs.append(run_size(url, built, pool_file, size, args.batch, profile))
                        server.drop_database(f"scale{size}")
                    results["postgresql"] = medians(runs, sizes)
                finally:
                    server.stop()
    print(table(results))
    try:
        chart(results, args.chart)
        print(f"\nchart: {args.chart}")
    except ImportError:
        print("matplotlib not installed (pip install -e '.[bench]'): no chart", file=sys.stderr)
    write_json(args.json, results)
    return 0


if __name__ == "__main__":
    sys.exit(main())

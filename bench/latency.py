"""Query latency with many stories stored, on SQLite and on PostgreSQL, through the command layer.

    .venv/bin/python -m bench.latency [--stories 10000] [--runs 30] [--pg-url URL] [--json FILE]

Stories are synthetic rows inserted straight into the tables, spread over a year, so 10,000 of them take
seconds rather than 20,000 ingests. The rows are what ingest stores, not stand-ins: 360 article texts (ten
topics, each with nine partners, four wordings; eight body sentences in four paragraphs) go through the real
analysis (`digest.analysis.analyse`, Kiwi) once, and every article row copies one of them: its sentences with
their content words and entities, its bullets, and the `profile` JSON (`digest.linking.profile_json`) that
topic matching reads. Stories have one to three outlets and their bullets; every fifth announces an event,
every fourth links to an earlier chapter. Without `--pg-url`, a throwaway PostgreSQL is started from the
machine's binaries (as the tests do); it is vacuumed and analysed after the load, as autovacuum would have done.

With `--sqlite-file` the SQLite store is kept, and a later run (or one with `--pg-url` at a database an earlier
run filled) queries it without inserting again. Besides wall-clock p50 / p95, each query's CPU time per run
(this process's, plus PostgreSQL's backends'), which a machine shared with other jobs disturbs less.

Timed through `CommandLayer.handle_text`, as a chat message runs: `/digest` (the last day), `/digest 7` (a
week), `/digest 카카오` (a topic over the last day), `/search 카카오` (a topic over everything, newest 10),
`/events` (upcoming), `/events past`, and direct-message lookups (`오픈AI 카카오`, `오픈AI`, and `넷플릭스`, which
no story matches, so the search reads all of them), which are searches, and `/brief` of a story id, of an
article id and of an id nothing has (which also looks for an id starting so). p50 and p95 over `--runs` runs each, after one warm-up run, which is shown too ("first run": stored
profiles parsed and headlines' content words found for the first time in the process). Before the queries the
process does what `newsdigest serve` does at start (`as_a_bot_starts`): Kiwi loaded, the heap settled out of the
garbage collector's reach (`bot.lifecycle.settle_heap`).
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import func, select, text

from bench.scale import peak_rss_mb, server_cpu_s, upgraded
from digest.analysis import Analysis
from digest.storage.models import (
    EventRow,
    EventSourceRow,
    StoryLinkRow,
    StoryRow,
)
from digest.storage.store import Store

TOPICS = ["카카오", "오픈AI", "삼성전자", "네이버", "반도체", "배터리", "현대차", "금융위", "국토부", "스타트업"]
FIELDS = ["인공지능", "클라우드", "간편결제", "자율주행", "데이터센터", "사이버 보안", "로봇"]
OUTLETS = ["뉴스웍스", "뉴시스", "AI매터스", "서울경제", "연합뉴스", "한국경제"]
REPORTERS = ["김민준", "이서연", "박지훈", "최유진", "정하늘", "강도윤"]
VARIANTS = 4            # distinct article texts per (topic, partner) pair: 360 analysed texts in all

# Body sentences of a synthetic article, in article order; each article keeps eight of them.
SENTENCES = [
    "{a}가 {b}와 {f} 분야 협력을 위한 업무협약을 체결했다고 밝혔다.",
    "양사는 이번 협약에 따라 {f} 기술 공동 개발과 전문 인력 교류를 추진한다.",
    "{a} 관계자는 \"{b}와의 협력으로 국내 {f} 시장에서 경쟁력을 높이겠다\"고 말했다.",
    "업계에서는 이번 협력이 {a}의 해외 시장 진출에 속도를 낼 것으로 보고 있다.",
    "{b}는 지난해 {f} 부문에서 매출 {n}억원을 기록하며 성장세를 이어갔다.",
    "{a}는 연내 {f} 관련 신규 서비스를 출시하고 이용자 확보에 나설 계획이다.",
    "정부도 {f} 산업 육성을 위해 내년 예산 {n}억원을 편성하겠다고 발표했다.",
    "전문가들은 {f} 분야에서 대기업과 스타트업의 협력이 더 늘어날 것으로 전망했다.",
    "{a}의 주가는 발표 직후 전 거래일보다 {p}% 오른 채 거래를 마쳤다.",
    "{b} 측은 구체적인 투자 규모를 밝히지 않았지만 수천억원대에 이를 것으로 알려졌다.",
    "{a}는 다음 달 서울 코엑스에서 {f} 개발자 행사를 열고 협력 성과를 공개할 예정이다.",
    "이번 협약식에는 양사 대표와 주요 임원 등 {k}명이 참석했다.",
]
FIGURES = ["투자", "매출", "예산"]
HEADLINES = ["{a}, {b}와 {f} 협력 확대", "{a}·{b}, {f} 공동 개발 나선다", "{a} \"{b}와 {f} 시장 공략\"",
             "{b} 손잡은 {a}, {f} 사업 속도"]


def analysed_pool() -> dict[tuple[str, str, int], "Analysis"]:
    """Every (topic, partner, variant) article text, analysed once by the real ingest analysis (Kiwi): the
    sentences, content words, entities, bullets and title that ingesting such an article would store."""
    import random

    from digest.analysis import analyse
    from digest.sources.files import SourceText

    pool = {}
    for a in TOPICS:
        for b in TOPICS:
            if a == b:
                continue
            for v in range(VARIANTS):
                rng = random.Random(f"{a}|{b}|{v}")
                f = FIELDS[rng.randrange(len(FIELDS))]
                keep = sorted(rng.sample(range(len(SENTENCES)), 8))
                lines = [SENTENCES[k].format(a=a, b=b, f=f, n=rng.randrange(100, 9000), p=rng.randrange(1, 15),
                                             k=rng.randrange(20, 200)) for k in keep]
                body = "\n\n".join(" ".join(lines[j:j + 2]) for j in range(0, len(lines), 2))
                text = f"{HEADLINES[v].format(a=a, b=b, f=f)}\n\n{body}\n"
                pool[a, b, v] = analyse(SourceText(f"synthetic/{a}-{b}-{v}.txt", text, "utf-8", {}))
    return pool


def insert_synthetic_stories(store: Store, count: int, newest: datetime, days: int = 365, batch: int = 2000) -> None:
    """`count` stories ending at `newest` (UTC), one to three outlets each, spread evenly over `days`.

    Every article row is one of the analysed pool texts, stored the way `NewsService.store_analysis` stores an
    analysis (sentences with their words and entities, bullets, the `profile` JSON topic matching reads);
    each story is about one of ten topics and one of nine partners (90 pairs), so a two-word lookup matches
    about one story in 45. Every fifth story announces an event ten days on, every fourth links to an earlier
    chapter of its pair. Rows go in with bulk inserts, a batch at a time."""
    from bench.rows import StoreRows

    pool = analysed_pool()
    newest = newest.astimezone(timezone.utc).replace(tzinfo=None)
    step = timedelta(days=days) / max(count, 1)
    rows = StoreRows()
    pairs = [(a, b) for a in TOPICS for b in TOPICS if a != b]
    links: list[dict] = []       # inserted last: the earlier chapter may be in a later batch

    def flush() -> None:
        rows.flush(store.engine)

    add = rows.add

    for i in range(count):
        when = newest - step * i
        a, b = pairs[(i * 37) % len(pairs)]
        story_id = f"s{i:07d}"
        members = [pool[a, b, (i + m) % VARIANTS] for m in range(1 + i % 3)]
        ids = [f"a{i:07d}{m}" for m in range(len(members))]
        # headlines differ from article to article, as real ones do (topic matching reads each one's words)
        titles = [f"{an.title}…{FIGURES[(i + m) % len(FIGURES)]} {100 + (i * 7 + m * 13) % 9900:,}억원"
                  for m, an in enumerate(members)]
        profiles = []
        for m, (article_id, an) in enumerate(zip(ids, members)):
            profiles.append(rows.article(
                article_id, story_id, titles[m], an.title_origin, OUTLETS[(i + m) % len(OUTLETS)],
                when + timedelta(minutes=m), an.sentences, [(r.index, r.text, r.score) for r in an.bullets],
                url=f"https://news.example/{article_id}", reporter=REPORTERS[(i + m) % len(REPORTERS)],
                published_origin="feed", ingested=when + timedelta(minutes=m + 5)))
        rows.story(story_id, titles[0], when, profiles, [(r.text, ids) for r in members[0].bullets])
        if i % 4 == 0 and i + len(pairs) < count:   # stories are numbered newest first: i + 90 is older, same pair
            links.append({"story_id": story_id, "earlier_id": f"s{i + len(pairs):07d}", "score": 0.3})
        if i % 5 == 0:
            event_id = f"e{i:07d}"
            start = (when + timedelta(days=10)).replace(hour=0, minute=0, second=0, microsecond=0)
            add(EventRow, id=event_id, title=f"{a} 개발자 행사", words=f"{a} 개발자 행사", start=start, end=None,
                precision="day", part_of_day=None, kind="planned", story_id=story_id, happened_article_id=None,
                created_at=when)
            add(EventSourceRow, event_id=event_id, article_id=ids[0], reported_past=False,
                evidence=f"{a}는 다음 달 {start.day}일 서울 코엑스에서 개발자 행사를 열 예정이다")
        if i % 25 == 3:          # background: a past event the news mentioned
            start = (when - timedelta(days=30)).replace(hour=0, minute=0, second=0, microsecond=0)
            add(EventRow, id=f"p{i:07d}", title=f"{b} 협약 체결", words=f"{b} 협약 체결", start=start, end=None,
                precision="day", part_of_day=None, kind="past", story_id=story_id, happened_article_id=None,
                created_at=when)
            add(EventSourceRow, event_id=f"p{i:07d}", article_id=ids[-1], reported_past=True,
                evidence=f"{b}는 지난달 {start.day}일 협약을 체결했다")
        if (i + 1) % batch == 0:
            flush()
    rows.rows[StoryLinkRow] = links
    flush()


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


TARGET_MS = 50          # the evaluation issue's target: p95 under 50 ms on SQLite with 10,000 stories
QUERIES = [  # (label, what the user types, direct message): each goes through CommandLayer.handle_text
    ("/digest", "/digest", False),
    ("/digest 7", "/digest 7", False),
    ("/digest 카카오", "/digest 카카오", False),
    ("/search 카카오", "/search 카카오", False),
    ("/events", "/events", False),
    ("/events past", "/events past", False),
    ("DM 오픈AI 카카오", "오픈AI 카카오", True),
    ("DM 오픈AI", "오픈AI", True),
    ("DM 넷플릭스 (no match)", "넷플릭스", True),   # no stored story has it: the search reads every one
    ("/brief story", "/brief s0001234", False),             # a story by its id (the store's 1,235th newest)
    ("/brief article", "/brief a00012340", False),          # an article by its id
    ("/brief (no match)", "/brief s9999999x", False),       # no story or article has it, nor an id starting so
]


# What a process caches as it reads (profiles parsed, the words Kiwi finds in headlines and queries).
CACHES = [("digest.linking", "parse_profile"), ("digest.reading", "title_words"), ("digest.text.korean", "content_words")]


def pad(text: str, width: int) -> str:
    """Left-aligned in `width` terminal columns (a Hangul syllable takes two)."""
    return text + " " * max(0, width - sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text))


def shown(reply) -> int:
    body = reply.body
    return len(getattr(body, "stories", None) or getattr(body, "events", None) or [])


def full_reply(reply) -> dict:
    """Everything a reply carries: its sentence and its whole view model (every story, bullet, source and event)."""
    body = dataclasses.asdict(reply.body) if dataclasses.is_dataclass(reply.body) else reply.body
    return {"text": reply.text, "problem": reply.problem, "body": body}


def as_a_bot_starts() -> None:
    """What `newsdigest serve` does before its first answer: Kiwi loaded (while the bot connects, waited for here),
    the heap settled (`bot.lifecycle.settle_heap`)."""
    from bot.lifecycle import settle_heap
    from digest.text.korean import preload

    settle_heap()
    preload().join()


def measure(url: str, stories: int, runs: int, replies: dict | None = None) -> dict:
    from bot.commands.layer import CommandLayer
    from bot.protocol import Origin
    from digest.service import NewsService

    for module, name in CACHES:      # each backend starts as a fresh process would: nothing parsed yet
        cache = getattr(importlib.import_module(module), name, None)
        if cache is not None:
            cache.cache_clear()
    now = datetime(2025, 9, 10, 9, 0, tzinfo=timezone.utc)
    store = Store(url)
    started = time.perf_counter()
    with store.session() as s:    # a store kept from an earlier run (--sqlite-file, --pg-url) is queried as it is
        stored = s.scalar(select(func.count()).select_from(StoryRow))
    if stored not in (0, stories):
        raise SystemExit(f"the store holds {stored} stories, not {stories}: give an empty one")
    if not stored:
        insert_synthetic_stories(store, stories, now - timedelta(hours=1))
        if store.engine.dialect.name == "postgresql":
            # A live database has planner statistics and a visibility map (autovacuum vacuums and analyses
            # tables as they grow); a bulk load queried at once has neither: the planner scans whole tables,
            # and an index-only scan still visits every heap page. VACUUM cannot run inside a transaction.
            with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.execute(text("VACUUM ANALYZE"))
    loaded = time.perf_counter() - started
    commands = CommandLayer(NewsService(store, now=lambda: now))
    as_a_bot_starts()
    results = {"backend": store.engine.dialect.name, "stories": stories, "insert_seconds": round(loaded, 1)}
    for label, typed, direct in QUERIES:
        origin = Origin("slack", "C-bench", "U-bench", direct=direct, workspace="T-bench")
        t = time.perf_counter()
        reply = commands.handle_text(typed, origin)   # warm-up: profiles parsed, headlines' words found, for the first time
        first = (time.perf_counter() - t) * 1000
        assert not reply.problem or "no match" in label, (label, reply.text)
        samples = []
        server, cpu = server_cpu_s(store), time.process_time()
        for _ in range(runs):
            t = time.perf_counter()
            reply = commands.handle_text(typed, origin)
            samples.append((time.perf_counter() - t) * 1000)
        client_ms = (time.process_time() - cpu) * 1000 / runs
        server_ms = (server_cpu_s(store) - server) * 1000 / runs
        results[label] = {"p50_ms": round(statistics.median(samples), 1), "p95_ms": round(percentile(samples, 0.95), 1),
                          "first_ms": round(first, 1), "cpu_ms": round(client_ms + server_ms, 1),
                          "client_cpu_ms": round(client_ms, 1), "server_cpu_ms": round(server_ms, 1),
                          "shown": shown(reply), "reply": reply.text}
        if replies is not None:
            replies[label] = full_reply(reply)
    store.close()
    fresh = in_a_fresh_process(url)
    for label, _, _ in QUERIES:
        results[label]["fresh_ms"] = fresh[label]
    return results


def in_a_fresh_process(url: str, *extra: str) -> dict:
    """`first_run` in a new Python process (this module's hidden `--first-run-url`), its answer."""
    child = subprocess.run([sys.executable, "-m", "bench.latency", "--first-run-url", url, *extra], capture_output=True,
                           text=True, cwd=Path(__file__).resolve().parent.parent)
    if child.returncode != 0:
        raise RuntimeError(child.stderr[-3000:])
    return json.loads(child.stdout.strip().splitlines()[-1])


def first_run(url: str, only: str | None = None) -> dict[str, float]:
    """Each query once in a fresh process, as a restarted bot answers it: nothing parsed or cached yet, Kiwi
    loaded and the heap settled beforehand, as `newsdigest serve` does (`as_a_bot_starts`). `only`: that query
    alone, the process's first."""
    from bot.commands.layer import CommandLayer
    from bot.protocol import Origin
    from digest.service import NewsService

    now = datetime(2025, 9, 10, 9, 0, tzinfo=timezone.utc)
    commands = CommandLayer(NewsService(Store(url), now=lambda: now))
    as_a_bot_starts()
    out: dict[str, float] = {}
    for label, typed, direct in QUERIES:
        if only is not None and label != only:
            continue
        origin = Origin("slack", "C-bench", "U-bench", direct=direct, workspace="T-bench")
        t = time.perf_counter()
        commands.handle_text(typed, origin)
        out[label] = round((time.perf_counter() - t) * 1000, 1)
    out["rss_mb"] = round(peak_rss_mb(), 1)
    return out


def postgres_data_dir(url: str) -> Path:
    """The data directory of the server at `url` (the server says; readable by this process only when local)."""
    from sqlalchemy import create_engine

    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return Path(conn.scalar(text("SHOW data_directory")))
    finally:
        engine.dispose()


def restart_postgres(data: Path) -> None:
    """Stop the server of `data` and start it again with the options it ran with (`pg_ctl restart`, as the data
    directory's owner), its log appended to `server.log` beside the directory: shared buffers empty."""
    import glob
    import os
    import pwd

    pg_ctl = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))[-1]
    cmd = [pg_ctl, "-D", str(data), "-m", "fast", "-l", str(data.parent / "server.log"), "-w", "restart"]
    owner = data.stat().st_uid
    if os.geteuid() == 0 and owner != 0:
        cmd = ["runuser", "-u", pwd.getpwuid(owner).pw_name, "--", *cmd]
    subprocess.run(cmd, check=True, capture_output=True)


PROBED = 64          # pages `read_below` times before an answer


def cold_first_answers(url: str, runs: int, only: list[str] | None = None) -> dict:
    """Each query as the first answer of a fresh process, the store cold off disk, `runs` times in turn: before each
    process the store's files are dropped from the page cache (`bench.page_cache.evict`: the SQLite file and its
    -wal and -shm; PostgreSQL's whole data directory, after a server restart that empties its shared buffers).
    `only`: those queries alone.

    After each answer, the store's pages it read (in the page cache then: `pages`). Before each answer but a query's
    first, how fast the storage beneath the page cache serves `PROBED` of the pages that query read the round before
    (`below_ms`, O_DIRECT); `disk_ms`, before anything, the same for pages drawn at random from the store. On a virtual
    machine the host keeps the disk's blocks read a minute or two before, which no eviction from inside reaches: an
    answer whose `below_ms` is well under `disk_ms` re-read them from there, not off the disk, and is marked."""
    from bench import page_cache

    if url.startswith("sqlite"):
        database = Path(url.split("///", 1)[1])
        paths = [database, Path(f"{database}-wal"), Path(f"{database}-shm")]
        data = None
    else:
        data = postgres_data_dir(url)
        paths = [data]
    labels = [label for label, _, _ in QUERIES if only is None or label in only]
    out: dict = {label: [] for label in labels}
    out |= {"resident_after_evict": [], "rss_mb": [], "pages": {label: [] for label in labels},
            "below_ms": {label: [] for label in labels}}
    out["disk_ms"] = round(page_cache.read_below(page_cache.some_pages(paths, PROBED)), 3)
    read_before: dict[str, list] = {}
    for _ in range(runs):
        for label in labels:
            if data is not None:
                restart_postgres(data)
            page_cache.evict(paths)
            out["resident_after_evict"].append(round(page_cache.resident(paths), 4))
            before = read_before.get(label)
            below = round(page_cache.read_below(random.Random(0).sample(before, min(PROBED, len(before)))), 3) \
                if before else None
            answer = in_a_fresh_process(url, "--only", label)
            read = sorted(page_cache.resident_set(paths))
            read_before[label] = read
            out[label].append(answer[label])
            out["rss_mb"].append(answer["rss_mb"])
            out["pages"][label].append(len(read))
            out["below_ms"][label].append(below)
            print(f"  cold {pad(label, 24)} {answer[label]:>8.1f} ms   {len(read):>6} pages read"
                  + (f"   (the round before's pages read beneath the page cache at {below:.2f} ms a page, random "
                     f"ones {out['disk_ms']:.2f}{'' if off_the_disk(below, out['disk_ms']) else ': re-read from a cache below'})"
                     if below is not None else "")
                  + f"   (peak RSS {answer['rss_mb']} MB)", flush=True)
    return out


def off_the_disk(below_ms: float | None, disk_ms: float) -> bool:
    """Whether an answer's pages came off the disk: its query's first round, or pages the storage beneath the page cache
    served no faster than half again random pages' time (a cache there serves them in a third of it)."""
    return below_ms is None or below_ms * 1.5 >= disk_ms


def table(results: list[dict]) -> str:
    """Markdown: one row per query, p50 / p95 (and the first run) per backend, and what the reply said."""
    head = "| query | " + " | ".join(f"{r['backend']} p50 / p95, CPU per run (fresh process)" for r in results) + " | reply |"
    lines = [head, "| --- | " + " | ".join("---:" for _ in results) + " | --- |"]
    for label, _, _ in QUERIES:
        cells = [f"{r[label]['p50_ms']:.1f} / {r[label]['p95_ms']:.1f} ms"
                 + (f", CPU {r[label]['cpu_ms']:.1f}" if "cpu_ms" in r[label] else "")
                 + f" ({r[label].get('fresh_ms', r[label]['first_ms']):.0f})"
                 for r in results]
        lines.append(f"| {label} | " + " | ".join(cells) + f" | {results[0][label]['reply']} |")
    return "\n".join(lines)


def print_backend(r: dict) -> None:
    print(f"{r['backend']}: {r['stories']} stories (inserted in {r['insert_seconds']} s)")
    for label, _, _ in QUERIES:
        m = r[label]
        print(f"  {pad(label, 24)} p50 {m['p50_ms']:>6.1f} ms   p95 {m['p95_ms']:>6.1f} ms   CPU {m.get('cpu_ms', 0):>6.1f} ms "
              f"({m.get('client_cpu_ms', 0):.1f} + {m.get('server_cpu_ms', 0):.1f} server)   "
              f"first run {m.get('first_ms', 0):>6.1f} ms   fresh process {m.get('fresh_ms', 0):>6.1f} ms   {m['reply']}")
    over = [label for label, _, _ in QUERIES if r[label]["p95_ms"] >= TARGET_MS]
    print(f"  p95 under {TARGET_MS} ms: {len(QUERIES) - len(over)} of {len(QUERIES)}"
          + (f"; over: {', '.join(over)}" if over else ""), flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stories", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--pg-url", help="an empty PostgreSQL database, or one an earlier run filled with as many "
                        "stories (default: start a throwaway server)")
    parser.add_argument("--sqlite-file", type=Path, help="the SQLite store, kept: an earlier run's is queried as it is "
                        "(default: a temporary file)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--replies", type=Path, help="also write every query's full reply (its view model) here, per "
                        "backend, as JSON: to check that a change answers exactly as before, and alike on both databases")
    parser.add_argument("--cold", type=int, default=0, metavar="N",
                        help="only each query's first answer in a fresh process with the store cold off disk, N times "
                        "each (the store's files dropped from the page cache first; PostgreSQL restarted, which needs "
                        "its data directory on this machine); the store must exist")
    parser.add_argument("--queries", help="with --cold: only these queries (labels, comma-separated)")
    parser.add_argument("--first-run-url", help=argparse.SUPPRESS)
    parser.add_argument("--only", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.first_run_url:
        out: dict = first_run(args.first_run_url, args.only)
        print(json.dumps(out))
        return 0
    if args.cold:
        urls = []
        if "sqlite" in args.backends.split(",") and args.sqlite_file:
            urls.append(("sqlite", f"sqlite:///{args.sqlite_file.resolve()}"))
        if "postgresql" in args.backends.split(",") and args.pg_url:
            urls.append(("postgresql", args.pg_url))
        if not urls:
            raise SystemExit("--cold needs --sqlite-file or --pg-url of a store an earlier run filled")
        cold = {}
        for backend, url in urls:
            print(f"{backend}: first answers cold off disk, each sent as soon as the bot is up", flush=True)
            cold[backend] = cold_first_answers(url, args.cold, only=args.queries.split(",") if args.queries else None)
            r = cold[backend]
            for label, _, _ in QUERIES:
                if label not in r:
                    continue
                runs = [(ms, off_the_disk(below, r["disk_ms"])) for ms, below in zip(r[label], r["below_ms"][label])]
                print(f"  {pad(label, 24)} median {statistics.median(r[label]):>8.1f} ms   "
                      f"runs {', '.join(f'{ms:.0f}' + ('' if off else '*') for ms, off in runs)}   "
                      f"pages {', '.join(str(n) for n in r['pages'][label])}")
            print("  * re-read what the round before read from a cache beneath the page cache (a virtual machine's "
                  f"host), not off the disk; pages drawn at random from the store came back in {r['disk_ms']:.2f} ms "
                  "(if that is as fast, the store itself was read or written lately and every run may be)", flush=True)
            print(f"  in the page cache after eviction: at most {max(r['resident_after_evict']):.2%}; peak RSS "
                  f"{min(r['rss_mb'])}-{max(r['rss_mb'])} MB", flush=True)
            if args.json:
                args.json.write_text(json.dumps(cold, ensure_ascii=False, indent=2))
        return 0

    out = []
    replies: dict[str, dict] = {}

    def done(result: dict) -> None:       # printed and saved as each backend finishes
        out.append(result)
        print_backend(result)
        if args.json:
            args.json.write_text(json.dumps(out, ensure_ascii=False, indent=2))
        if args.replies:
            args.replies.write_text(json.dumps(replies, ensure_ascii=False, indent=1, sort_keys=True, default=str))

    def measured(url: str, backend: str) -> dict:
        return measure(url, args.stories, args.runs, replies.setdefault(backend, {}) if args.replies else None)

    backends = args.backends.split(",")
    if "sqlite" in backends and args.sqlite_file:
        if args.sqlite_file.exists():    # an earlier run's store, brought to the newest schema as a bot's would be
            upgraded(f"sqlite:///{args.sqlite_file.resolve()}")
        done(measured(f"sqlite:///{args.sqlite_file.resolve()}", "sqlite"))
    elif "sqlite" in backends:
        with tempfile.TemporaryDirectory() as tmp:
            done(measured(f"sqlite:///{Path(tmp) / 'latency.db'}", "sqlite"))
    if "postgresql" in backends and args.pg_url:
        upgraded(args.pg_url)
        done(measured(args.pg_url, "postgresql"))
    elif "postgresql" in backends:
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        from tests.postgres import PostgresServer, binaries

        if binaries() is None:
            print("PostgreSQL binaries not found: skipping PostgreSQL (or pass --pg-url)", file=sys.stderr)
        else:
            server = PostgresServer(binaries()).start()
            try:
                done(measured(server.create_database("latency"), "postgresql"))
            finally:
                server.stop()
    return 0

if __name__ == "__main__":
    sys.exit(main())

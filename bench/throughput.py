"""Speed and memory: Kiwi load, ingest throughput against Kiwi's own floor, query latency, peak RSS.

    .venv/bin/python -m bench.throughput [--articles 1100] [--json bench/results/throughput.json]

One process, one SQLite file in a temporary folder. In order:

1. Kiwi's model load (the first `kiwi()` call), with resident memory before and after it.
2. The seeds (seeds/*.txt with their sidecar) ingested, timed on their own.
3. A corpus of N articles as a year of feeds brings them (`bench.scale.news_corpus`): real news sentences (the
   seeds, the evaluation articles, KLUE-NER's WIKITREE news sentences) recombined into stories of natural size,
   1 to 20 outlets each (most one or two), each outlet's article 11-15 sentences under a real headline,
   stories spread over the year, so stories keep their size as the store grows.
4. The floor: Kiwi's tokenisation alone over exactly those texts (`kiwi().tokenize(text)`), then the whole
   ingest (cleaning, splitting, ranking, stories, events, storage) through `NewsService.ingest_source`.
   The ratio of the two is the pipeline's overhead over Kiwi.
5. Query latency through the command layer (`/digest`, `/events`, a direct-message lookup) on what was
   stored, 20 runs each, p50 and p95.
6. Peak resident memory (`resource.getrusage(...).ru_maxrss`) idle (after Kiwi load) and after ingest.
7. Cold start: `newsdigest serve console` from launch until it has answered `/help` and exited.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import write_json
from bench.scale import news_corpus

ROOT = Path(__file__).resolve().parent.parent


def rss_mb() -> float:
    """Current resident set size, MB."""
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def percentile(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(q * (len(xs) - 1)))]


def cold_start() -> float:
    exe = ROOT / ".venv" / "bin" / "newsdigest"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "bot.cli"]
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        subprocess.run(cmd + ["--db", str(Path(tmp) / "cold.db"), "serve", "console"], input="/help\n",
                       capture_output=True, text=True, check=True, env={**os.environ, "SLACK_BOT_TOKEN": "", "DISCORD_TOKEN": ""})
        return time.perf_counter() - start


def run(n: int) -> dict:
    from bot.commands.layer import CommandLayer
    from bot.protocol import Origin
    from digest.service import NewsService
    from digest.sources.files import SourceText
    from digest.storage.store import Store
    from digest.text.korean import kiwi

    res: dict = {"python": platform.python_version(), "machine": f"{platform.machine()}, {os.cpu_count()} CPUs"}
    res["rss_start_mb"] = rss_mb()
    t = time.perf_counter()
    kiwi().tokenize("워밍업")
    res["kiwi_load_s"] = time.perf_counter() - t
    res["rss_after_kiwi_mb"] = rss_mb()
    res["peak_idle_mb"] = peak_mb()

    texts = news_corpus(n)
    with tempfile.TemporaryDirectory() as tmp:
        service = NewsService(Store(f"sqlite:///{tmp}/bench.db"))
        t = time.perf_counter()
        seeds = service.ingest_paths([ROOT / "seeds"])
        res["seeds"] = {"articles": len(seeds.items), "seconds": time.perf_counter() - t}

        t = time.perf_counter()
        for _, text, _ in texts:
            kiwi().tokenize(text)
        res["kiwi_floor_s"] = time.perf_counter() - t

        statuses: dict[str, int] = {}
        t = time.perf_counter()
        lap, laps = t, []
        for done, (name, text, meta) in enumerate(texts, 1):
            item = service.ingest_source(SourceText(name, text, "utf-8", meta))
            statuses[item.status] = statuses.get(item.status, 0) + 1
            if done % 100 == 0:  # per-100 laps show whether ingest slows down as the store grows
                now = time.perf_counter()
                laps.append(round(now - lap, 2))
                print(f"ingested {done}: last 100 in {now - lap:.1f} s", file=sys.stderr, flush=True)
                lap = now
        res["ingest_s"] = time.perf_counter() - t
        res["ingest_laps_per_100_s"] = laps
        res["corpus"] = {"articles": len(texts), "characters": sum(len(t) for _, t, _ in texts), "statuses": statuses}
        res["articles_per_s"] = len(texts) / res["ingest_s"]
        res["ratio_to_kiwi"] = res["ingest_s"] / res["kiwi_floor_s"]

        commands = CommandLayer(service)
        origin = Origin("console", channel="bench", user="bench", direct=True)
        latency = {}
        for label, call in (("/digest", lambda: commands.run("digest", "", origin)),
                            ("/events", lambda: commands.run("events", "", origin)),
                            ("DM lookup '오픈AI'", lambda: commands.handle_text("오픈AI", origin))):
            times = []
            for _ in range(20):
                t = time.perf_counter()
                call()
                times.append(1000 * (time.perf_counter() - t))
            latency[label] = {"p50_ms": statistics.median(times), "p95_ms": percentile(times, 0.95)}
        res["latency"] = latency
        from sqlalchemy import func, select

        from digest.storage.models import ArticleRow
        with service.store.session() as s:
            res["stored_articles"] = s.scalar(select(func.count()).select_from(ArticleRow))
        try:
            from digest.storage.models import StoryRow
            with service.store.session() as s:
                res["stored_stories"] = s.scalar(select(func.count()).select_from(StoryRow))
        except ImportError:
            res["stored_stories"] = None
        service.store.close()
    res["peak_after_ingest_mb"] = peak_mb()
    res["rss_after_ingest_mb"] = rss_mb()
    res["beyond_kiwi_mb"] = res["peak_after_ingest_mb"] - res["rss_after_kiwi_mb"]
    res["cold_start_s"] = cold_start()
    return res


def report(r: dict) -> str:
    c = r["corpus"]
    lines = [
        "| measure | value |", "| --- | ---: |",
        f"| Kiwi model load | {r['kiwi_load_s']:.2f} s |",
        f"| seeds ingest ({r['seeds']['articles']} files) | {r['seeds']['seconds']:.2f} s |",
        f"| corpus | {c['articles']} articles, {c['characters'] / 1e6:.2f} M characters ({', '.join(f'{k} {v}' for k, v in c['statuses'].items())}) |",
        f"| Kiwi tokenisation alone (floor) | {r['kiwi_floor_s']:.1f} s ({c['articles'] / r['kiwi_floor_s']:.0f} articles/s) |",
        f"| whole ingest | {r['ingest_s']:.1f} s ({r['articles_per_s']:.1f} articles/s) |",
        f"| ingest / Kiwi floor | {r['ratio_to_kiwi']:.2f}x |",
        f"| stored | {r['stored_articles']} articles, {r['stored_stories']} stories |",
    ]
    for label, l in r["latency"].items():
        lines.append(f"| {label} latency p50 / p95 | {l['p50_ms']:.0f} / {l['p95_ms']:.0f} ms |")
    lines += [
        f"| resident memory: start / after Kiwi load | {r['rss_start_mb']:.0f} / {r['rss_after_kiwi_mb']:.0f} MB |",
        f"| peak resident memory: idle / after ingest | {r['peak_idle_mb']:.0f} / {r['peak_after_ingest_mb']:.0f} MB |",
        f"| peak beyond Kiwi-loaded idle | {r['beyond_kiwi_mb']:.0f} MB |",
        f"| cold start `newsdigest serve console` to answered `/help` | {r['cold_start_s']:.2f} s |",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1100)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    r = run(args.articles)
    print(f"Python {r['python']}, {r['machine']}\n")
    print(report(r))
    write_json(args.json, r)
    return 0


if __name__ == "__main__":
    sys.exit(main())

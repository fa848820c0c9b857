"""`/digest` latency with many stories stored, on SQLite and on PostgreSQL.

    .venv/bin/python -m bench.latency [--stories 10000] [--runs 30] [--pg-url URL]

Stories are synthetic rows inserted straight into the tables (articles with sentences and bullets, stories
with bullets, some events), spread over a year, so 10,000 of them take seconds rather than 10,000 Kiwi
analyses; a digest is a query and never calls Kiwi, so what it reads is all that matters. Without
`--pg-url`, a throwaway PostgreSQL is started from the machine's binaries (as the tests do).

Timed through the command layer, as a chat command runs: `/digest` (the last day), `/digest 7` (a week),
`/digest 카카오` (a topic over the last day) and `/search 카카오` (a topic over everything, newest 10).
p50 and p95 over `--runs` runs each, after one warm-up run.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import insert

from digest.store import (ArticleRow, BulletRow, EventRow, EventSourceRow, SentenceRow, Store, StoryBulletRow,
                          StoryRow)

TOPICS = ["카카오", "오픈AI", "삼성전자", "네이버", "반도체", "배터리", "현대차", "금융위", "국토부", "스타트업"]
OUTLETS = ["뉴스웍스", "뉴시스", "AI매터스", "서울경제", "연합뉴스", "한국경제"]


def insert_synthetic_stories(store: Store, count: int, newest: datetime, days: int = 365, batch: int = 2000) -> None:
    """`count` stories ending at `newest` (UTC), one to three outlets each, four sentences and three bullets
    an article; every fifth story announces an event. Rows go in with bulk inserts, a batch at a time."""
    newest = newest.astimezone(timezone.utc).replace(tzinfo=None)
    step = timedelta(days=days) / max(count, 1)
    rows: dict[type, list[dict]] = {}

    def flush() -> None:
        with store.engine.begin() as conn:
            for model in (StoryRow, ArticleRow, SentenceRow, BulletRow, StoryBulletRow, EventRow, EventSourceRow):
                if rows.get(model):
                    conn.execute(insert(model.__table__), rows[model])
        rows.clear()

    for i in range(count):
        when = newest - step * i
        topic, other = TOPICS[i % len(TOPICS)], TOPICS[(i * 7 + 3) % len(TOPICS)]
        story_id = f"s{i:07d}"
        title = f"{topic}, {other}와 협력 확대 발표 {i}"
        members = 1 + i % 3
        rows.setdefault(StoryRow, []).append({"id": story_id, "title": title, "published_at": when,
                                              "updated_at": when, "size": members})
        ids = []
        for m in range(members):
            article_id = f"a{i:07d}{m}"
            ids.append(article_id)
            rows.setdefault(ArticleRow, []).append({
                "id": article_id, "source": f"synthetic/{article_id}.txt", "url": None, "content_hash": f"{article_id:0>64}",
                "title": title, "title_origin": "text", "outlet": OUTLETS[(i + m) % len(OUTLETS)], "reporter": None,
                "published_at": when + timedelta(minutes=m), "published_precision": "minute", "published_origin": "text",
                "ingested_at": when + timedelta(minutes=m + 5), "encoding": "utf-8", "story_id": story_id, "profile": "{}"})
            for n in range(4):
                text = f"{topic}가 {other}와 {n + 1}번째 사업 협력을 추진한다고 {when.day}일 밝혔다."
                rows.setdefault(SentenceRow, []).append({
                    "article_id": article_id, "idx": n, "paragraph": n, "text": text, "role": "body",
                    "words": f"{topic} {other} 사업 협력 추진", "entities": f"{topic} {other}", "final": True})
                if n < 3:
                    rows.setdefault(BulletRow, []).append({"article_id": article_id, "sentence_idx": n, "text": text,
                                                           "score": 1.0 - n / 10})
        for n in range(3):
            rows.setdefault(StoryBulletRow, []).append({
                "story_id": story_id, "rank": n, "article_ids": " ".join(ids),
                "text": f"{topic}가 {other}와 {n + 1}번째 사업 협력을 추진한다고 {when.day}일 밝혔다."})
        if i % 5 == 0:
            event_id = f"e{i:07d}"
            start = (when + timedelta(days=10)).replace(hour=0, minute=0, second=0, microsecond=0)
            rows.setdefault(EventRow, []).append({
                "id": event_id, "title": f"{topic} 신제품 발표회", "words": f"{topic} 신제품 발표회", "start": start,
                "end": None, "precision": "day", "part_of_day": None, "kind": "planned", "story_id": story_id,
                "happened_article_id": None, "created_at": when})
            rows.setdefault(EventSourceRow, []).append({"event_id": event_id, "article_id": ids[0],
                                                        "evidence": f"{start.day}일 신제품 발표회를 연다", "reported_past": False})
        if (i + 1) % batch == 0:
            flush()
    flush()


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def measure(url: str, stories: int, runs: int) -> dict:
    from bot.commands import CommandLayer, Origin
    from digest.service import NewsService

    now = datetime(2025, 9, 10, 9, 0, tzinfo=timezone.utc)
    store = Store(url)
    started = time.perf_counter()
    insert_synthetic_stories(store, stories, now - timedelta(hours=1))
    loaded = time.perf_counter() - started
    commands = CommandLayer(NewsService(store, now=lambda: now))
    origin = Origin("console", "bench", "bench")
    results = {"backend": store.engine.dialect.name, "stories": stories, "insert_seconds": round(loaded, 1)}
    for label, name, args in [("/digest", "digest", ""), ("/digest 7", "digest", "7"),
                              ("/digest 카카오", "digest", "카카오"), ("/search 카카오", "search", "카카오")]:
        reply = commands.run(name, args, origin)
        samples = []
        for _ in range(runs):
            t = time.perf_counter()
            reply = commands.run(name, args, origin)
            samples.append((time.perf_counter() - t) * 1000)
        shown = len(getattr(reply.body, "stories", None) or [])
        results[label] = {"p50_ms": round(statistics.median(samples), 1), "p95_ms": round(percentile(samples, 0.95), 1),
                          "stories_shown": shown}
    store.close()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stories", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--pg-url", help="an empty PostgreSQL database (default: start a throwaway server)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)

    out = []
    with tempfile.TemporaryDirectory() as tmp:
        out.append(measure(f"sqlite:///{Path(tmp) / 'latency.db'}", args.stories, args.runs))
    if args.pg_url:
        out.append(measure(args.pg_url, args.stories, args.runs))
    else:
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        from tests.postgres import PostgresServer, binaries

        if binaries() is None:
            print("PostgreSQL binaries not found: skipping PostgreSQL (or pass --pg-url)", file=sys.stderr)
        else:
            server = PostgresServer(binaries()).start()
            try:
                out.append(measure(server.create_database("latency"), args.stories, args.runs))
            finally:
                server.stop()
    for r in out:
        print(f"{r['backend']}: {r['stories']} stories (inserted in {r['insert_seconds']} s)")
        for label in ("/digest", "/digest 7", "/digest 카카오", "/search 카카오"):
            m = r[label]
            print(f"  {label:<14} p50 {m['p50_ms']:>8.1f} ms   p95 {m['p95_ms']:>8.1f} ms   ({m['stories_shown']} stories)")
    if args.json:
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

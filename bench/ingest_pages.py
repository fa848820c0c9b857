"""How many article pages one process ingests a second from a local web server, and where the time goes.

    .venv/bin/python -m bench.ingest_pages [--pages 100] [--seed 7]

Serves N article pages (real Korean articles: the seeds and bench/data/sci-news-sum-kr-50, each inside
a real outlet's page chrome from tests/fixtures/feeds/pages/kakao.html; past 55 pages, the same articles
again with a different 70 % of their paragraphs) and an RSS feed listing them, on 127.0.0.1. After a
warm-up pass over the first pages, two runs, each on a fresh SQLite database:

1. step by step, timing each stage of the pipeline a feed entry goes through: fetch (HTTP on loopback),
   extract (decoding + trafilatura), analyse (cleaning, Kiwi sentences and morphemes, ranking, events),
   store (SQLite write, story clustering, event calendar);
2. end to end, `poll_feed` on the feed with every entry eligible: the figure a deployment sees.

Kiwi's one-off model load is reported apart. Wall-clock figures on a shared machine are noisy; the CPU
time of the ingesting thread is printed beside them. No network beyond loopback.
"""

from __future__ import annotations

import argparse
import html
import json
import random
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from digest.analysis import analyse
from digest.service import NewsService
from digest.sources.feeds.policy import FeedPolicy
from digest.sources.feeds.polling import add_feed, poll_feed
from digest.sources.fetching import AddressPolicy, FetchPolicy, fetch
from digest.sources.files import NotAnArticle
from digest.sources.pages import decode_html, extract_article
from digest.storage.store import Store, database_url
from digest.text.metadata import KST
from tests.fixtures.feeds.server import FIXTURES, FixtureServer

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2025, 9, 12, 9, 0, tzinfo=KST)
LOOPBACK = AddressPolicy(allow_private=True)   # the pages are served from 127.0.0.1


def corpus() -> list[tuple[str, list[str]]]:
    """(title, paragraphs) of real Korean articles: the seeds (raw, with their boilerplate lines) and the
    50 articles of bench/data/sci-news-sum-kr-50 (sentences, three to a paragraph)."""
    found = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        lines = [x.strip() for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
        found.append((lines[0], lines[1:]))
    for path in sorted((ROOT / "bench" / "data" / "sci-news-sum-kr-50" / "data").glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        sentences = [x if x.endswith((".", "?", "!", "”", '"')) else x + "." for x in doc["sentences"]]
        found.append((doc["title"], [" ".join(sentences[k:k + 3]) for k in range(0, len(sentences), 3)]))
    return found


def make_pages(n: int, seed: int) -> list[tuple[str, datetime, bytes]]:
    """N pages: (title, published, html bytes). Each corpus article once; past the corpus, again as a
    random 70 % of its paragraphs (lead kept, order kept), so every page has its own text and hash."""
    rng = random.Random(seed)
    chrome = (FIXTURES / "pages" / "kakao.html").read_text(encoding="utf-8")
    head, rest = chrome.split('<div id="article-view-content-div" itemprop="articleBody">', 1)
    tail = rest[rest.index("    <p>저작권자"):]
    old_title = "카카오, 대화형 AI 에이전트 '카나나' 공개…다음 달 시범 서비스"
    articles = corpus()
    pages = []
    for i in range(n):
        title, paras = articles[i % len(articles)]
        if i >= len(articles) and len(paras) > 2:
            keep = sorted(rng.sample(range(1, len(paras)), k=max(1, int((len(paras) - 1) * 0.7))))
            paras = paras[:1] + [paras[k] for k in keep]
        published = NOW - timedelta(minutes=7 * (n - i))
        page_title = f"{title} ({i + 1})"
        page = (head.replace(old_title, html.escape(page_title, quote=False))
                .replace("2025-09-11T09:30:00+09:00", published.isoformat())
                .replace("idxno=1001", f"idxno={5000 + i}")
                + '<div id="article-view-content-div" itemprop="articleBody">\n'
                + "\n".join(f"    <p>{html.escape(p, quote=False)}</p>" for p in paras) + "\n" + tail)
        pages.append((page_title, published, page.encode("utf-8")))
    return pages


def rss_of(base: str, pages: list[tuple[str, datetime, bytes]]) -> bytes:
    items = "".join(
        f"<item><title>{html.escape(t)}</title><link>{base}/news/articleView.html?idxno={5000 + i}</link>"
        f"<guid>bench-{i}</guid><pubDate>{p.strftime('%a, %d %b %Y %H:%M:%S %z')}</pubDate></item>\n"
        for i, (t, p, _) in enumerate(pages))
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>bench</title>{items}</channel></rss>'.encode()


def fresh_service(folder: str, name: str) -> NewsService:
    return NewsService(Store(database_url(str(Path(folder) / name))), now=lambda: NOW)


def step_by_step(server: FixtureServer, n: int, folder: str, name: str = "steps.db") -> dict[str, float]:
    service = fresh_service(folder, name)
    policy = FetchPolicy(timeout=10, retries=0, addresses=LOOPBACK)
    stages = ("fetch", "extract", "analyse", "store")
    totals = dict.fromkeys(stages, 0.0) | {f"{k} cpu": 0.0 for k in stages}
    stored, cpu = 0, time.thread_time()
    for i in range(n):
        marks = [(time.perf_counter(), time.thread_time())]
        response = fetch(server.url(f"/news/articleView.html?idxno={5000 + i}"), policy)
        marks.append((time.perf_counter(), time.thread_time()))
        page_html, encoding = decode_html(response.body, response.charset)
        article = extract_article(page_html, response.url, encoding)
        marks.append((time.perf_counter(), time.thread_time()))
        try:
            analysis = analyse(article.source_text(), published=article.published)
        except NotAnArticle:
            analysis = None
        marks.append((time.perf_counter(), time.thread_time()))
        stored += analysis is not None and service.store_analysis(analysis).status == "stored"
        marks.append((time.perf_counter(), time.thread_time()))
        for key, (before, after) in zip(stages, zip(marks, marks[1:])):
            totals[key] += after[0] - before[0]
            totals[f"{key} cpu"] += after[1] - before[1]
    totals["stored"] = stored
    totals["cpu"] = time.thread_time() - cpu
    return totals


def end_to_end(server: FixtureServer, n: int, folder: str) -> tuple[int, float]:
    service = fresh_service(folder, "poll.db")
    policy = FeedPolicy(baseline_eligible=n, max_age_days=3650, fetch=FetchPolicy(timeout=10, retries=0, addresses=LOOPBACK))
    view, _, _ = add_feed(service, server.url("/bench/rss.xml"), policy=policy)
    started, cpu = time.perf_counter(), time.thread_time()
    report = poll_feed(service, view.id, policy)
    return report.count("stored"), time.perf_counter() - started, time.thread_time() - cpu


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)

    pages = make_pages(args.pages, args.seed)
    with FixtureServer() as server, tempfile.TemporaryDirectory() as folder:
        for i, (_, _, body) in enumerate(pages):
            server.serve(f"/news/articleView.html?idxno={5000 + i}", body)
        server.serve("/bench/rss.xml", rss_of(server.base, pages), content_type="application/rss+xml")

        started = time.perf_counter()
        from digest.text.korean import kiwi
        kiwi()
        warm = time.perf_counter() - started
        size = sum(len(b) for _, _, b in pages) / len(pages) / 1024

        step_by_step(server, min(10, args.pages), folder, "warm-up.db")   # trafilatura, lxml, SQLAlchemy caches
        steps = step_by_step(server, args.pages, folder)
        busy = sum(steps[k] for k in ("fetch", "extract", "analyse", "store"))
        stored, elapsed, cpu = end_to_end(server, args.pages, folder)

    print(f"{args.pages} pages of {size:.0f} KiB on average, one process, sequential; Kiwi load {warm:.2f} s (once)")
    print(f"step by step: {steps['stored']:.0f} stored in {busy:.2f} s = {steps['stored'] / busy:.1f} pages/s "
          f"(CPU {steps['cpu']:.2f} s)")
    for key in ("fetch", "extract", "analyse", "store"):
        print(f"  {key:<8} {steps[key] / args.pages * 1000:7.1f} ms/page  {steps[key] / busy:6.1%}"
              f"   (CPU {steps[key + ' cpu'] / args.pages * 1000:5.1f} ms/page)")
    print(f"end to end (poll_feed): {stored} stored in {elapsed:.2f} s = {stored / elapsed:.1f} pages/s (CPU {cpu:.2f} s)")


if __name__ == "__main__":
    main()

"""A story's upkeep as near-copies pile up: one real seed article and up to N versions of it that each drop one
to three of its sentence lines (as outlets running one wire story do), ingested one by one into a fresh SQLite.

    .venv/bin/python -m bench.copies [--copies 1000] [--block 100]

Reported per block of ingests: articles per second, and the story's size and members (articles that are not
copies). A near-copy joins as a copy of its article (digest.linking.join_as_copy), so the rate should stay
flat however large the story grows.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import datetime
from itertools import combinations, islice
from pathlib import Path

from sqlalchemy import func, select

from bench.summaries import article_text
from bench.summaries import load as load_eval
from digest.service import NewsService
from digest.sources.files import SourceText
from digest.storage.models import ArticleRow, StoryRow
from digest.storage.store import Store
from digest.text.metadata import KST

ROOT = Path(__file__).resolve().parent.parent


def corpus(n: int) -> list[tuple[str, str, dict]]:
    """(name, text, meta) for n distinct article texts: the seeds and the 50 evaluation articles (dated 2016-08-01),
    then copies k = 1, 2, ... of each that drop 1-3 of its sentence lines at random (seeded), as outlets
    running one wire story do: distinct texts that share most sentences."""
    from digest.sources.files import iter_article_paths, read_source

    bases: list[tuple[str, str, dict]] = []
    for path, problem in iter_article_paths([ROOT / "seeds"]):
        if not problem:
            src = read_source(path)
            bases.append((path.name, src.text, dict(src.meta or {})))
    for doc in load_eval():
        bases.append((doc["slug"], article_text(doc), {"published": "2016-08-01"}))
    out = []
    k = 0
    while len(out) < n:
        for name, text, meta in bases:
            lines = text.split("\n")
            # only sentence lines are dropped: dropping a caption or byline would leave the same cleaned text
            body = [i for i, line in enumerate(lines) if len(line) > 30 and line.rstrip().endswith(("다.", "다"))]
            drop = set(random.Random(f"{name}#{k}").sample(body, min(len(body) - 2, 1 + k % 3))) if k else set()
            out.append((f"{name}#{k}", "\n".join(x for i, x in enumerate(lines) if i not in drop), meta))
            if len(out) == n:
                break
        k += 1
    return out


def near_copies(n: int) -> list[tuple[str, str, dict]]:
    name, body, meta = next(row for row in corpus(5) if row[0].startswith("002_"))
    lines = body.split("\n")
    sentences = [i for i, line in enumerate(lines) if len(line) > 30 and line.rstrip().endswith(("다.", "다"))]
    drops = (d for k in (1, 2, 3) for d in combinations(sentences, k))
    return [(name, body, meta)] + [(f"{name}#{k}", "\n".join(x for i, x in enumerate(lines) if i not in drop), meta)
                                   for k, drop in enumerate(islice(drops, n))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=1000)
    parser.add_argument("--block", type=int, default=100)
    args = parser.parse_args(argv)
    texts = near_copies(args.copies)
    with tempfile.TemporaryDirectory() as tmp:
        service = NewsService(Store(f"sqlite:///{Path(tmp) / 'copies.db'}"), now=lambda: datetime(2025, 9, 10, 18, tzinfo=KST))
        print("ingested  articles/s  story size  members")
        for start in range(0, len(texts), args.block):
            began = time.perf_counter()
            for name, body, meta in texts[start:start + args.block]:
                service.ingest_source(SourceText(name, body, "utf-8", meta))
            rate = min(args.block, len(texts) - start) / (time.perf_counter() - began)
            with service.store.session() as s:
                size = s.scalar(select(func.max(StoryRow.size)))
                members = s.scalar(select(func.count()).select_from(ArticleRow).where(ArticleRow.copy_of.is_(None)))
            print(f"{min(start + args.block, len(texts)):>8}  {rate:>10.1f}  {size:>10}  {members:>7}")
        service.store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

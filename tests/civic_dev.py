"""Sentences of the civic news benchmark's dev articles, for tests that check a reading over real news.

Only the dev split: the frozen test splits are never read by a test (a failing assertion would print their
sentences, and a test over every line read whatever was being added to the file). Articles come through
bench.event_corpus, which checks every line of the file.
"""

from __future__ import annotations

import re

from bench.event_corpus import load_articles


def dev_sentences(articles: int | None = None) -> list[str]:
    """The sentences of the first `articles` dev articles (all of them by default), in file order."""
    dev = [a for a in load_articles().values() if a["split"] == "dev"][:articles]
    return [s for a in dev for p in a["paragraphs"] for s in re.split(r"(?<=[.!?])\s+", p)]

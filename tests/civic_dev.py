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


def rules_read(paragraphs, published):
    """The events the rules read in `paragraphs` (lists of (sentence, morphemes)), without the learned fallback's
    additions: the tests of a rule's reading check that rule. The fallback only adds events to dates the rules told
    none of; it is tested in test_event_fallback.py and judged on labelled news by bench/event_fallback.py."""
    from digest.text.events import _pub_date, rule_events

    return rule_events(paragraphs, _pub_date(published))[0]

"""Train the learned reader of happenings on a day told before (digest/text/event_context.py) on dev's labels, and judge it.

    .venv/bin/python -m bench.event_context                  # both held-out halves of the training articles
    .venv/bin/python -m bench.event_context --write          # then train on all of them, write the model
    .venv/bin/python -m bench.event_context --judge c1851-c1880   # without it against with the written model

The protocol of `bench.event_fallback`: the training articles are dev's up to `--last` (c1850, the dev split as it
stood before this reader was written; batches labelled after it judge it). The events the product tells without it
(the rules and the fallback) stand; each clause `event_context.candidates` gives is labelled 1 when the benchmark's
strict matching pairs it with a gold event once the candidates are added to them. An L2-regularised logistic
regression (bench.event_filter.train) is fitted; the threshold is the one giving the best strict F1 on the training
articles themselves.
"""

from __future__ import annotations

from datetime import date

import numpy as np

from bench.event_corpus import predicted
from bench.event_fallback import Article, _number, learner_main
from bench.event_fallback import read_articles as fallback_articles
from bench.events import SCORED, Gold, match
from digest.text import event_context as ctx

LAST = "c1850"


def read_article(article: dict, golds: list[Gold]) -> Article:
    from digest.text.event_fallback import fallback_events
    from digest.text.events import rule_events
    from digest.text.korean import sentences_read, split_sentences

    pub = date.fromisoformat(article["published"])
    paragraphs = [[(s.text, s.tokens) for s in split_sentences(p)] for p in article["paragraphs"]]
    with sentences_read(pair for para in paragraphs for pair in para):
        found, reads = rule_events(paragraphs, pub)
        found = found + fallback_events(reads, found, pub)
        cands = ctx.candidates(reads, found, pub, rule_events)
        x = np.array([[ctx.features(c, len(reads), pub)[n] for n in ctx.FEATURES] for c in cands]).reshape(-1, len(ctx.FEATURES))
    preds = [predicted(e, article["id"]) for e in found if not e.on_publication_day]
    extra = [predicted(c.event, article["id"]) for c in cands]
    exact = match(preds + extra, [g for g in golds if g.kind in SCORED], exact=True)
    y = np.array([float(len(preds) + i in exact) for i in range(len(cands))])
    return Article(article["id"], preds, golds, extra, x, y)


def read_articles(first: int = 0, last: int = _number(LAST)) -> list[Article]:
    return fallback_articles(first, last, read_article)


def main(argv: list[str] | None = None) -> int:
    return learner_main(argv, __doc__, read_articles, ctx, LAST, "the reader", "without the reader")


if __name__ == "__main__":
    raise SystemExit(main())

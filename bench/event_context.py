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

import argparse
import json
from datetime import date

import numpy as np

from bench.event_corpus import load_articles, load_labels, predicted
from bench.event_fallback import Article, _number, fit, scored
from bench.event_filter import L2, line
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
    articles = load_articles()
    labels = load_labels(articles)
    return [read_article(a, labels[k]) for k, a in sorted(articles.items(), key=lambda kv: _number(kv[0]))
            if a["split"] == "dev" and first <= _number(k) <= last]


def added(articles: list[Article], w: np.ndarray, threshold: float) -> tuple[int, int]:
    """(strict matches, extras) the reader adds over the events without it."""
    before, after = scored(articles, None, 1.0)["date_exact"], scored(articles, w, threshold)["date_exact"]
    gained = after["matched"] - before["matched"]
    return gained, (after["predicted"] - before["predicted"]) - gained


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--l2", type=float, default=L2)
    ap.add_argument("--threshold", type=float, help="a fixed threshold instead of the one best on the training articles")
    ap.add_argument("--first", default="c0", help="the first training article (default: dev's first)")
    ap.add_argument("--last", default=LAST, help=f"the last training article (default {LAST})")
    ap.add_argument("--write", action="store_true", help=f"train on every training article and write {ctx.MODEL.name}")
    ap.add_argument("--judge", help="a batch of later articles (cA-cB): without the reader, then with the written model")
    args = ap.parse_args(argv)
    if args.judge:
        first, last = (_number(x) for x in args.judge.split("-"))
        model = json.loads(ctx.MODEL.read_text(encoding="utf-8"))
        arts = read_articles(first, last)
        w = np.array(model["weights"])
        print(f"{args.judge}: {len(arts)} articles, {sum(len(a.extra) for a in arts)} candidates, "
              f"{int(sum(a.y.sum() for a in arts))} of them strict matches")
        print(line("without the reader", scored(arts, None, 1.0)))
        print(line(f"with it (threshold {model['threshold']})", scored(arts, w, model["threshold"])))
        print("added: %d matches, %d extras" % added(arts, w, model["threshold"]))
        return 0
    arts = read_articles(_number(args.first), _number(args.last))
    half = {"A": [a for a in arts if _number(a.id) % 2 == 0], "B": [a for a in arts if _number(a.id) % 2 == 1]}
    print(f"training articles: dev {args.first}-{args.last}, {len(arts)} articles, {sum(len(a.extra) for a in arts)} candidates, "
          f"{int(sum(a.y.sum() for a in arts))} of them strict matches")
    for train_on, test_on in (("A", "B"), ("B", "A")):
        w, t = fit(half[train_on], args.l2, args.threshold)
        print(f"trained on {train_on} (even/odd ids), threshold {t}; held-out {test_on}:")
        print(line("without the reader", scored(half[test_on], None, 1.0)))
        print(line("with it", scored(half[test_on], w, t)))
        print("added: %d matches, %d extras" % added(half[test_on], w, t))
    if args.write:
        w, t = fit(arts, args.l2, args.threshold)
        ctx.MODEL.write_text(json.dumps({"trained_on": f"dev articles {args.first}-{args.last} ({len(arts)})", "l2": args.l2,
                                         "threshold": t, "features": list(ctx.FEATURES),
                                         "weights": [round(float(v), 6) for v in w]}, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {ctx.MODEL} (threshold {t})")
        print(line("training articles, without the reader", scored(arts, None, 1.0)))
        print(line("training articles, with it", scored(arts, w, t)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Train the learned fallback of events (digest/text/event_fallback.py) on dev's labels, and judge it.

    .venv/bin/python -m bench.event_fallback                 # both held-out halves of the training articles
    .venv/bin/python -m bench.event_fallback --write         # then train on all of them, write the model
    .venv/bin/python -m bench.event_fallback --judge c1627-c1656   # rules alone against rules + the written model

The training articles are dev's up to `--last` (c1626: the dev split as it stood before this model was written;
batches labelled after it judge it). Every date the rules read and told no event of is a candidate; it is labelled 1
when the benchmark's strict matching (bench.events.match, exact date) pairs it with a gold event once the candidates
are added to the rules' events. An L2-regularised logistic regression (bench.event_filter.train, deterministic) is
fitted; the threshold is the one giving the best strict F1 on the training articles themselves.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from types import ModuleType

import numpy as np

from bench.event_corpus import load_articles, load_labels, pooled, predicted
from bench.event_filter import L2, THRESHOLDS, _probability, line, train
from bench.events import SCORED, Gold, Predicted, match, score
from digest.text import event_fallback as fb

LAST = "c1626"


@dataclass
class Article:
    id: str
    preds: list[Predicted]           # the rules' events (publication-day news left out)
    golds: list[Gold]
    extra: list[Predicted]           # one event per candidate
    x: np.ndarray                    # one row of FEATURES per candidate
    y: np.ndarray                    # 1 when the candidate is a strict match


def _number(article_id: str) -> int:
    return int(article_id.lstrip("c"))


def read_article(article: dict, golds: list[Gold]) -> Article:
    from digest.text.events import rule_events
    from digest.text.korean import sentences_read, split_sentences

    pub = date.fromisoformat(article["published"])
    paragraphs = [[(s.text, s.tokens) for s in split_sentences(p)] for p in article["paragraphs"]]
    with sentences_read(pair for para in paragraphs for pair in para):
        found, reads = rule_events(paragraphs, pub)
    shown = [e for e in found if not e.on_publication_day]
    preds = [predicted(e, article["id"]) for e in shown]
    cands = fb.candidates(reads, found, pub)
    extra = [predicted(fb.candidate_event(c, pub), article["id"]) for c in cands]
    exact = match(preds + extra, [g for g in golds if g.kind in SCORED], exact=True)
    x = np.array([[fb.features(c, found, len(reads), pub)[n] for n in fb.FEATURES] for c in cands]).reshape(-1, len(fb.FEATURES))
    y = np.array([float(len(preds) + i in exact) for i in range(len(cands))])
    return Article(article["id"], preds, golds, extra, x, y)


def read_articles(first: int = 0, last: int = _number(LAST), read: Callable[[dict, list[Gold]], Article] | None = None
                  ) -> list[Article]:
    """The dev articles from `first` to `last` (numbers), each read by `read` (this module's `read_article`)."""
    articles = load_articles()
    labels = load_labels(articles)
    return [(read or read_article)(a, labels[k]) for k, a in sorted(articles.items(), key=lambda kv: _number(kv[0]))
            if a["split"] == "dev" and first <= _number(k) <= last]


def scored(articles: list[Article], w: np.ndarray | None, threshold: float) -> dict:
    """Strict figures of the rules' events plus the candidates at or above the threshold (none when w is None)."""
    results = []
    for a in articles:
        keep = np.zeros(len(a.extra), bool) if w is None or not len(a.extra) else _probability(a.x, w) >= threshold
        results.append(dict(score(a.preds + [p for p, k in zip(a.extra, keep) if k], a.golds), articles=1))
    return pooled(results)


def choose_threshold(articles: list[Article], w: np.ndarray) -> float:
    """The threshold with the best strict F1 on the training articles (the highest on a tie: fewer extras)."""
    return max(THRESHOLDS[1:], key=lambda t: (scored(articles, w, t)["date_exact"]["f1"], t))


def fit(articles: list[Article], l2: float, threshold: float | None = None) -> tuple[np.ndarray, float]:
    """The weights, and the threshold given or else the one best on the training articles."""
    w = train(articles, l2)   # type: ignore[arg-type]  (reads .x and .y only)
    return w, threshold if threshold is not None else choose_threshold(articles, w)


def added(articles: list[Article], w: np.ndarray, threshold: float) -> tuple[int, int]:
    """(strict matches, extras) the learned reader adds over the events without it."""
    before, after = scored(articles, None, 1.0)["date_exact"], scored(articles, w, threshold)["date_exact"]
    gained = after["matched"] - before["matched"]
    return gained, (after["predicted"] - before["predicted"]) - gained


def learner_main(argv: list[str] | None, doc: str, reader: Callable[[int, int], list[Article]], module: ModuleType,
                 last: str, name: str, without: str) -> int:
    """Train, judge or write a learned reader of events (`module`'s MODEL and FEATURES) on the articles `reader`
    gives, as the module docstrings `doc` tell."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("--l2", type=float, default=L2)
    ap.add_argument("--threshold", type=float, help="a fixed threshold (0.5: a candidate only where the model finds a "
                    "happening likelier than not) instead of the one with the best F1 on the training articles")
    ap.add_argument("--first", default="c0", help="the first training article (default: dev's first)")
    ap.add_argument("--last", default=last, help=f"the last training article (default {last})")
    ap.add_argument("--write", action="store_true", help=f"train on every training article and write {module.MODEL.name}")
    ap.add_argument("--judge", help=f"a batch of later articles (cA-cB): {without}, then with the written model")
    args = ap.parse_args(argv)
    if args.judge:
        first, final = (_number(x) for x in args.judge.split("-"))
        model = json.loads(module.MODEL.read_text(encoding="utf-8"))
        arts = reader(first, final)
        w = np.array(model["weights"])
        print(f"{args.judge}: {len(arts)} articles, {sum(len(a.extra) for a in arts)} candidates, "
              f"{int(sum(a.y.sum() for a in arts))} of them strict matches")
        print(line(without, scored(arts, None, 1.0)))
        print(line(f"with {name} (threshold {model['threshold']})", scored(arts, w, model["threshold"])))
        print("added: %d matches, %d extras" % added(arts, w, model["threshold"]))
        return 0
    arts = reader(_number(args.first), _number(args.last))
    half = {"A": [a for a in arts if _number(a.id) % 2 == 0], "B": [a for a in arts if _number(a.id) % 2 == 1]}
    print(f"training articles: dev {args.first}-{args.last}, {len(arts)} articles, {sum(len(a.extra) for a in arts)} "
          f"candidates, {int(sum(a.y.sum() for a in arts))} of them strict matches")
    for train_on, test_on in (("A", "B"), ("B", "A")):
        w, t = fit(half[train_on], args.l2, args.threshold)
        print(f"trained on {train_on} (even/odd ids), threshold {t}; held-out {test_on}:")
        print(line(without, scored(half[test_on], None, 1.0)))
        print(line(f"with {name}", scored(half[test_on], w, t)))
        print("added: %d matches, %d extras" % added(half[test_on], w, t))
    if args.write:
        w, t = fit(arts, args.l2, args.threshold)
        module.MODEL.write_text(json.dumps({"trained_on": f"dev articles {args.first}-{args.last} ({len(arts)})",
                                            "l2": args.l2, "threshold": t, "features": list(module.FEATURES),
                                            "weights": [round(float(v), 6) for v in w]}, indent=1) + "\n",
                                encoding="utf-8")
        print(f"wrote {module.MODEL} (threshold {t})")
        print(line(f"training articles, {without}", scored(arts, None, 1.0)))
        print(line(f"training articles, with {name}", scored(arts, w, t)))
    return 0


def main(argv: list[str] | None = None) -> int:
    return learner_main(argv, __doc__, read_articles, fb, LAST, "the fallback",
                        "rules alone")


if __name__ == "__main__":
    raise SystemExit(main())

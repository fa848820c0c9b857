"""The civic dev split's event failures by kind, for work on titles and merges.

    .venv/bin/python -m bench.event_failures [--failures]

Each failure of `python -m bench.events` on the dev split (never a test split) is put in one class:
- date: the event is named, at another date or precision;
- merge: a gold event the extraction finds when tellings are not merged (`_told_again`, `_told_finer`) is lost
  to a merge; a predicted event naming an already matched gold event at its date is one happening told twice;
- title: a predicted event from the gold event's sentence at its date whose title names none of its keys;
- detection: the rest (missed, or no such event).
A match credited by its sentence alone (`names(...) == "evidence"`) is counted too: a title naming none of the
gold event's words, right only while its sentence tells one event.
"""

from __future__ import annotations

import sys
from collections import Counter

from bench import quality_args
from bench.events import Gold, Predicted, _squash, date_exact, match, names, score


def classify(preds: list[Predicted], golds: list[Gold], unmerged: list[Predicted]) -> list[tuple[str, str, str]]:
    """(class, 'miss'|'extra'|'evidence', what) for each failure of one article; `unmerged` are its
    predictions with no telling merged into another."""
    scored = [g for g in golds if g.kind in ("planned", "past")]
    result, out = score(preds, golds), []
    kept = {(p.title, p.evidence) for p in preds}
    for m in result["misses"]:
        g = next(x for x in scored if x.id == m["event"])
        told = [p for p in preds if (p.date, p.precision) == (g.date, g.precision)
                and any(_squash(e) in _squash(p.evidence) for e in g.evidence)]
        lost = [p for p in unmerged if (p.title, p.evidence) not in kept and names(p, g, scored) and date_exact(p, g)]
        kind = "date" if m["why"].startswith("wrong date") else "merge" if lost else "title" if told else "detection"
        out.append((kind, "miss", f"{g.date}/{g.precision} {g.title}"))
    missed = {m["event"] for m in result["misses"]}
    for p in result["false_positives"]:
        named = [g for g in scored if names(Predicted(p["title"], p["date"], p["precision"], p["kind"], p["evidence"],
                                                      frozenset(p["articles"])), g, scored)]
        kind = ("date" if p["why"].startswith("wrong date") else
                "merge" if p["why"].startswith("a second copy") and any(
                    (g.date, g.precision) == (p["date"], p["precision"]) for g in named) else
                "title" if any(g.id in missed and (g.date, g.precision) == (p["date"], p["precision"])
                               and any(_squash(e) in _squash(p["evidence"]) for e in g.evidence) for g in scored) else
                "detection")
        out.append((kind, "extra", f"{p['date']}/{p['precision']} {p['title']}"))
    for i, (j, how) in match(preds, scored, exact=True).items():
        if how == "evidence":
            out.append(("title", "evidence", f"{preds[i].date} {preds[i].title} ({scored[j].title})"))
    return out


def run() -> list[tuple[str, str, str, str]]:
    """Every dev failure as (article, class, side, what)."""
    import digest.text.events as events
    from bench.event_corpus import load_articles, load_labels, predictions

    articles = load_articles()
    labels = load_labels(articles)
    rows = []
    for key, article in articles.items():
        if article["split"] != "dev":
            continue
        # only events.extract_events calls these two, by the names events.py imports from event_merge: patch those
        merging = events._told_again, events._told_finer
        events._told_again = events._told_finer = lambda *_: False  # type: ignore[assignment]
        try:
            unmerged = predictions(article)
        finally:
            events._told_again, events._told_finer = merging
        rows += [(key, *row) for row in classify(predictions(article), labels[key], unmerged)]
    return rows


def main(argv: list[str] | None = None) -> int:
    args = quality_args(__doc__, argv, "list every classified failure")
    rows = run()
    for (kind, side), n in sorted(Counter((kind, side) for _, kind, side, _ in rows).items()):
        print(f"{kind:10} {side:8} {n:4}")
    if args.failures:
        for row in sorted(rows, key=lambda r: (r[1], r[2], r[0])):
            print("  " + "  ".join(row))
    return 0


if __name__ == "__main__":
    sys.exit(main())

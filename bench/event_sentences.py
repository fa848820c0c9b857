"""Where event recall is lost, by the shape of the sentence each missed event is told in.

    .venv/bin/python -m bench.event_sentences --batch FIRST-LAST      (or --batch dev-a)

For each sentence of the chosen dev articles that tells at least one scored gold event: whether it tells one labelled
happening or several (all on one date, each on a date of its own, or fewer dates than happenings), and whether fewer
events are read from it than it tells. The gold events missed (strict: date and precision exact) are counted by those
shapes. The sixteenth session's measurement on c1153-c1352 (bench/HISTORY.md, "A coordination reader judged on
c1353-c1376 and `zd`") found most missed rows in sentences telling several happenings while fewer were read: lists
and programmes. The held-back half of dev (dev-b) is refused, as `bench.events` refuses its failures.
"""

from __future__ import annotations

import argparse
from collections import Counter

from bench.events import Gold, Predicted, _squash, score


def shape(golds: list[Gold], read: int) -> str:
    """The shape of one sentence: how many happenings it tells and how, and whether fewer were read."""
    if len(golds) == 1:
        told = "one happening"
    else:
        dates = {(g.date, g.precision) for g in golds}
        told = ("several, one date" if len(dates) == 1 else
                "several, a date each" if len(dates) == len(golds) else "several, fewer dates")
    return f"{told}, {'fewer read' if read < len(golds) else 'as many read'}"


def sentence_shapes(sentences: list[str], preds: list[Predicted], golds: list[Gold]) -> tuple[Counter, Counter]:
    """(scored gold events by shape, missed ones by shape) over one article's sentences."""
    scored = [g for g in golds if g.kind in ("planned", "past")]
    missed = {m["event"] for m in score(preds, golds)["misses"]}
    told, lost = Counter(), Counter()
    for sentence in sentences:
        s = _squash(sentence)
        here = [g for g in scored if any(_squash(e) in s for e in g.evidence)]
        if not here:
            continue
        read = sum(1 for p in preds if _squash(p.evidence) in s or s in _squash(p.evidence))
        kind = shape(here, read)
        told[kind] += len(here)
        lost[kind] += sum(g.id in missed for g in here)
    return told, lost


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--batch", required=True, metavar="FIRST-LAST", help="dev articles FIRST to LAST, or dev-a")
    args = ap.parse_args(argv)
    from bench.event_corpus import predicted, read_events
    from bench.events import dev_batch, dev_half

    if args.batch in ("dev", "dev-b"):
        raise SystemExit("bench.event_sentences: dev and dev-b hold the held-back half; choose dev-a or a batch")
    first, _, last = args.batch.partition("-")
    articles, labels = dev_half("a") if args.batch == "dev-a" else dev_batch(first, last or first)
    told, lost = Counter(), Counter()
    for k, article in articles.items():
        sentences, events = read_events(article)
        t, m = sentence_shapes(sentences, [predicted(e, k) for e in events], labels[k])
        told.update(t)
        lost.update(m)
    print(f"{len(articles)} articles, {sum(told.values())} scored gold events in sentences, {sum(lost.values())} missed")
    print("| sentence | gold events | missed |")
    print("| --- | ---: | ---: |")
    for kind in sorted(told, key=lambda k: -lost[k]):
        print(f"| {kind} | {told[kind]} | {lost[kind]} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

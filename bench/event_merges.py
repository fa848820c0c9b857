"""The merges of one half-A dev article: which telling was dropped as a second telling of which (a debugging aid).

`python -m bench.event_merges c741 c747` prints, per article, every pair `_told_again` joined while the article's
events were read (the dropped telling first, with its date), and every telling the last pass gave up for another
(`_told_finer` and its neighbours). Only dev articles of half A (odd numbers) are read: half B is held back.
"""

from __future__ import annotations

import sys

from digest.text import events as extraction
from digest.text.event_identity import display_date


def _line(e) -> str:
    return f"{display_date(e.start, e.precision)}/{e.precision} {e.title!r}"


# The last pass's tests that give an event up for another (each called with the event first).
FINALS = ("_told_day_by_day", "_many_at_once", "_told_once_coarsely", "_entered_on_first_step", "_told_finer_after")


def merges(article: dict) -> list[str]:
    """The article's merges as lines, read with the merge predicates wrapped to note when they hold."""
    from bench.event_corpus import read_events

    out: list[str] = []

    def noted(predicate, say):
        def check(*args):
            held = predicate(*args)
            if held:
                out.append(say(*args))
            return held
        return check

    originals = {name: getattr(extraction, name) for name in ("_told_again", "_told_finer", *FINALS)}
    wrapped = {
        "_told_again": noted(originals["_told_again"], lambda event, earlier:
                             f"  merged {_line(event)} into {_line(earlier)}  <- {event.evidence[:90]}"),
        "_told_finer": noted(originals["_told_finer"], lambda coarse, fine:
                             f"  dropped {_line(coarse)} for finer {_line(fine)} by _told_finer")}
    for name in FINALS:
        wrapped[name] = noted(originals[name], lambda event, *_, name=name: f"  dropped {_line(event)} by {name}")
    try:
        for name, f in wrapped.items():
            setattr(extraction, name, f)
        read_events(article)
    finally:
        for name, f in originals.items():
            setattr(extraction, name, f)
    return out


def main(argv: list[str] | None = None) -> int:
    from bench.event_corpus import load_articles

    articles = load_articles()
    for key in argv if argv is not None else sys.argv[1:]:
        a = articles.get(key)
        if a is None or a["split"] != "dev" or not key.lstrip("c").isdigit() or int(key.lstrip("c")) % 2 == 0:
            print(f"{key}: not a half-A dev article (odd number); half B and the frozen splits are not read")
            continue
        print(key)
        print("\n".join(merges(a)) or "  no merge")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

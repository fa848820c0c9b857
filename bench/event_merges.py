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


def merges(article: dict) -> list[str]:
    """The article's merges as lines, read with the merge predicates wrapped to note when they hold."""
    from bench.event_corpus import read_events

    out: list[str] = []
    told_again = extraction._told_again

    def noting(event, earlier):
        same = told_again(event, earlier)
        if same:
            out.append(f"  merged {_line(event)} into {_line(earlier)}  <- {event.evidence[:90]}")
        return same

    finals = {name: getattr(extraction, name) for name in (
        "_told_day_by_day", "_many_at_once", "_told_once_coarsely", "_entered_on_first_step", "_told_finer_after")}

    def final(name):
        def check(e, *args):
            given_up = finals[name](e, *args)
            if given_up:
                out.append(f"  dropped {_line(e)} by {name}")
            return given_up
        return check

    told_finer = extraction._told_finer

    def finer(coarse, fine):
        same = told_finer(coarse, fine)
        if same:
            out.append(f"  dropped {_line(coarse)} for finer {_line(fine)} by _told_finer")
        return same

    try:
        extraction._told_again = noting
        extraction._told_finer = finer
        for name in finals:
            setattr(extraction, name, final(name))
        read_events(article)
    finally:
        extraction._told_again = told_again
        extraction._told_finer = told_finer
        for name, f in finals.items():
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

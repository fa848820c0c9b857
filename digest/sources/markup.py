"""Tags and elements found in time linear in the markup, whatever the markup.

A pattern like `<x[^>]*>` or `<x>(.*?)</x>` searched over a page is tried again from every `<x` that has no
`>` (or no `</x>`) after it, each try scanning to the end: 300 KB of `<meta ` left open took 9 s, of
`<title>` over two minutes. Here a tag ends at the first `>` after its opening, the next search starts after
that `>` (so openings inside one tag are not tried again), and the first tag or element left open ends the
search, since no later one can be closed either.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

_ANY_TAG = re.compile(r"<(?=[^>])")


def tags(markup: str, opening: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """(start, end) of each tag that `opening` starts (e.g. `<meta\\s`), up to its first `>`, in order."""
    start = 0
    while (m := opening.search(markup, start)):
        end = markup.find(">", m.end())
        if end < 0:
            return
        yield m.start(), end + 1
        start = end + 1


def replace_tags(markup: str, opening: re.Pattern[str], replace: Callable[[str], str]) -> str:
    """The markup with each tag `opening` starts replaced by `replace(tag)`."""
    pieces, last = [], 0
    for start, end in tags(markup, opening):
        pieces += [markup[last:start], replace(markup[start:end])]
        last = end
    return "".join(pieces) + markup[last:]


def strip_tags(markup: str, by: str = " ") -> str:
    """The markup with every tag replaced by `by` (what `re.sub(r"<[^>]+>", by, markup)` does)."""
    return replace_tags(markup, _ANY_TAG, lambda _tag: by)


def elements(markup: str, opening: re.Pattern[str], closing: str) -> Iterator[str]:
    """What lies between each tag `opening` starts and the next `closing` (any case), in order; the search goes on
    after that closing, and ends at the first element left open."""
    close_tag = re.compile(re.escape(closing), re.I)
    start = 0
    while (m := opening.search(markup, start)):
        tag_end = markup.find(">", m.end())
        close = close_tag.search(markup, tag_end + 1) if tag_end >= 0 else None
        if close is None:
            return
        yield markup[tag_end + 1:close.start()]
        start = close.end()


def element_text(markup: str, opening: re.Pattern[str], closing: str) -> str | None:
    """The first element's text (`elements`), or None."""
    return next(elements(markup, opening, closing), None)


def without_elements(markup: str, opening: re.Pattern[str], closing: str,
                     where: Callable[[str], bool] | None = None) -> str:
    """The markup with each element from `opening` to the next `closing` (any case) replaced by a space; with
    `where`, only the elements whose opening tag it accepts. An opening with no closing after it leaves the
    rest as it is."""
    end_tag = re.compile(re.escape(closing), re.I)
    pieces, start = [], 0
    while (m := opening.search(markup, start)):
        inside = m.end()
        if where is not None:
            tag_end = markup.find(">", m.end())
            if tag_end < 0:
                break
            inside = tag_end + 1
            if not where(markup[m.start():inside]):
                pieces.append(markup[start:inside])
                start = inside
                continue
        end = end_tag.search(markup, inside)
        if end is None:
            break
        pieces += [markup[start:m.start()], " "]
        start = end.end()
    return "".join(pieces) + markup[start:]

"""The characters a regular expression cannot match without: a cheap test that skips text it cannot match.

The date patterns are long and each is tried at every position of every sentence, while most sentences hold
none of the characters a given pattern needs (`요` of a weekday, `~` of a dotted span). `required_chars(pattern)`
reads the pattern's own parse tree and returns sets of characters such that every match of the pattern (its
positive lookarounds included) holds a character of each. So a text that has no character of one of them is a
text the pattern matches nowhere in, whatever the pattern is changed to later; a construct it cannot read
(a negated class, `\\s`, `\\d`, a back-reference, case-insensitive matching) just requires nothing.
"""

from __future__ import annotations

import re
import re._constants as sre  # type: ignore[import-not-found]
import re._parser as sre_parse  # type: ignore[import-not-found]
from collections.abc import Iterable, Set
from typing import Any

MOST = 4          # sets kept per pattern, the smallest: each costs a test and more rarely rule out more
WIDEST = 64       # a range of more characters than this is no narrow set


def required_chars(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    """Sets of characters every match of `pattern` holds one of each of (none found: an empty tuple)."""
    if pattern.flags & re.IGNORECASE:
        return ()
    needed = set(_sequence(sre_parse.parse(pattern.pattern, pattern.flags)))
    return tuple(sorted(needed, key=lambda s: (len(s), sorted(s)))[:MOST])


def may_match(needs: tuple[frozenset[str], ...], chars: Set[str]) -> bool:
    """False when a text whose characters are `chars` lacks every character of one of the sets: the pattern
    cannot match it."""
    for needed in needs:
        if needed.isdisjoint(chars):
            return False
    return True


def _sequence(items: Iterable[tuple[Any, Any]]) -> list[frozenset[str]]:
    """Items matched one after another: what each requires is required."""
    return [s for op, av in items for s in _item(op, av)]


def _item(op: Any, av: Any) -> list[frozenset[str]]:
    if op is sre.LITERAL:
        return [frozenset(chr(av))]
    if op is sre.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is sre.LITERAL:
                chars.add(chr(value))
            elif kind is sre.RANGE and value[1] - value[0] < WIDEST:
                chars.update(map(chr, range(value[0], value[1] + 1)))
            else:
                return []                   # a negated class, \s, \d, \w, a wide range: no narrow set
        return [frozenset(chars)]
    if op is sre.SUBPATTERN:
        _, add_flags, _, inner = av
        return [] if add_flags & re.IGNORECASE else _sequence(inner)
    if op is sre.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            sets = _sequence(branch)
            if not sets:
                return []                   # one alternative requires nothing
            union |= min(sets, key=len)
        return [frozenset(union)]
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _, inner = av
        return _sequence(inner) if low >= 1 else []
    if op is sre.ATOMIC_GROUP:
        return _sequence(av)
    if op is sre.ASSERT:
        return _sequence(av[1])             # a positive lookaround matches text of the same string too
    return []                               # negative lookarounds, anchors, back-references, conditionals

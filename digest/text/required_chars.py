"""The characters a regular expression cannot match without: a cheap test that skips text it cannot match.

The date patterns are long and each is tried at every position of every sentence, while most sentences hold
none of the characters a given pattern needs (`요` of a weekday, `~` of a dotted span). `required_chars(pattern)`
reads the pattern's own parse tree and returns character classes such that every match of the pattern (its
positive lookarounds included) holds a character of each. So a text in which one of them finds nothing is a
text the pattern matches nowhere in, whatever the pattern is changed to later; a construct it cannot read
(a negated class, `\\s`, a back-reference, case-insensitive matching) just requires nothing.
"""

from __future__ import annotations

import re
import re._constants as sre  # type: ignore[import-not-found]
import re._parser as sre_parse  # type: ignore[import-not-found]
from collections.abc import Iterable
from typing import Any

Atom = tuple[str, int]     # a member of a class as regex source, and how many characters it admits
Needed = list[Atom]        # a class: a match holds at least one of its characters
DIGIT: Atom = (r"\d", 10)  # (ten as far as news text goes)
MOST = 4                   # classes kept per pattern, the narrowest: more cost a scan each and rarely rule out more


def required_chars(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], ...]:
    """Character classes every match of `pattern` holds a character of each of (none found: an empty tuple)."""
    if pattern.flags & re.IGNORECASE:
        return ()
    classes = _sequence(sre_parse.parse(pattern.pattern, pattern.flags))
    kept = sorted({tuple(dict.fromkeys(c)): _size(c) for c in classes}.items(), key=lambda kv: kv[1])[:MOST]
    return tuple(re.compile("[" + "".join(a for a, _ in atoms) + "]") for atoms, _ in kept)


def may_match(needs: tuple[re.Pattern[str], ...], text: str) -> bool:
    """False when `text` lacks every character of one of the classes: the pattern cannot match it."""
    return all(c.search(text) is not None for c in needs)


def _size(atoms: Iterable[Atom]) -> int:
    return sum(n for _, n in atoms)


def _sequence(items: Iterable[tuple[Any, Any]]) -> list[Needed]:
    """Items matched one after another: what each requires is required."""
    return [c for op, av in items for c in _item(op, av)]


def _item(op: Any, av: Any) -> list[Needed]:
    if op is sre.LITERAL:
        return [[(re.escape(chr(av)), 1)]]
    if op is sre.IN:
        atoms = []
        for kind, value in av:
            if kind is sre.LITERAL:
                atoms.append((re.escape(chr(value)), 1))
            elif kind is sre.RANGE:
                atoms.append((f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}", value[1] - value[0] + 1))
            elif kind is sre.CATEGORY and value is sre.CATEGORY_DIGIT:
                atoms.append(DIGIT)
            else:
                return []                   # a negated class, \s, \w: no narrow class
        return [atoms]
    if op is sre.SUBPATTERN:
        _, add_flags, _, inner = av
        return [] if add_flags & re.IGNORECASE else _sequence(inner)
    if op is sre.BRANCH:
        union: Needed = []
        for branch in av[1]:
            classes = _sequence(branch)
            if not classes:
                return []                   # one alternative requires nothing
            union += min(classes, key=_size)
        return [union]
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _, inner = av
        return _sequence(inner) if low >= 1 else []
    if op is sre.ATOMIC_GROUP:
        return _sequence(av)
    if op is sre.ASSERT:
        return _sequence(av[1])             # a positive lookaround matches text of the same string too
    return []                               # negative lookarounds, anchors, back-references, conditionals

"""The characters a regular expression cannot match without: a cheap test that skips text it cannot match.

The date patterns are long and each is tried at every position of every sentence, while most sentences hold
none of the characters a given pattern needs (`요` of a weekday, `~` of a dotted span). `required_chars(pattern)`
reads the pattern's own parse tree and returns sets of characters such that every match of the pattern (its
positive lookarounds included) holds a character of each. So a text that has no character of one of them is a
text the pattern matches nowhere in, whatever the pattern is changed to later; a construct it cannot read
(a negated class, `\\s`, `\\d`, a back-reference, case-insensitive matching) just requires nothing.

`required_strings(pattern)` reads the same tree for longer pieces: sets of strings such that every text the
pattern matches in holds one string of each (`주말`; `분기`, `상반기` or `하반기`), where single characters are
common in any sentence (`기`, `반`) but the words they spell are not.
"""

from __future__ import annotations

import re
import re._constants as sre  # type: ignore[import-not-found]
import re._parser as sre_parse  # type: ignore[import-not-found]
from collections.abc import Iterable, Sequence, Set
from typing import Any, Generic, TypeVar

T = TypeVar("T")

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


class CharGate(Generic[T]):
    """Many items, each with the character sets its pattern needs (`required_chars`): the items a text's characters
    let through (`may_match`), found at once. Each distinct set is a bit; a text's characters set the bits of the sets
    they meet (a few of its characters are in any set), and the items whose bits are all set are kept by that value
    of the bits, in their order: a sentence costs a handful of lookups instead of a test per item."""

    def __init__(self, items: Sequence[tuple[T, tuple[frozenset[str], ...]]]) -> None:
        sets: dict[frozenset[str], int] = {}
        for _, needs in items:
            for needed in needs:
                sets.setdefault(needed, 1 << len(sets))
        self._bits: dict[str, int] = {}
        for needed, bit in sets.items():
            for char in needed:
                self._bits[char] = self._bits.get(char, 0) | bit
        self._alphabet = frozenset(self._bits)
        self._items = [(item, sum(sets[needed] for needed in set(needs))) for item, needs in items]
        self._passing: dict[int, tuple[T, ...]] = {}

    def passing(self, chars: Set[str]) -> tuple[T, ...]:
        """The items, in order, none of whose sets `chars` lacks every character of."""
        met = 0
        for char in self._alphabet.intersection(chars):
            met |= self._bits[char]
        kept = self._passing.get(met)
        if kept is None:
            kept = tuple(item for item, required in self._items if required & met == required)
            if len(self._passing) < 4096:   # the bits' values seen stay few; a bound all the same
                self._passing[met] = kept
        return kept


def _sequence(items: Iterable[tuple[Any, Any]]) -> list[frozenset[str]]:
    """Items matched one after another: what each requires is required."""
    return [s for op, av in items for s in _item(op, av)]


def _class_chars(av: Any, widest: int) -> frozenset[str] | None:
    """The characters a class `[...]` matches, or None for a negated class, \\s, \\d, \\w or a range wider than
    `widest`: no narrow set."""
    chars: set[str] = set()
    for kind, value in av:
        if kind is sre.LITERAL:
            chars.add(chr(value))
        elif kind is sre.RANGE and value[1] - value[0] < widest:
            chars.update(map(chr, range(value[0], value[1] + 1)))
        else:
            return None
    return frozenset(chars)


def _item(op: Any, av: Any) -> list[frozenset[str]]:
    if op is sre.LITERAL:
        return [frozenset(chr(av))]
    if op is sre.IN:
        chars = _class_chars(av, WIDEST)
        return [] if chars is None else [chars]
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


# How a class item reads back as regular-expression text: the categories a pattern's class may hold.
_CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_SPACE: r"\s",
               sre.CATEGORY_NOT_SPACE: r"\S", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W"}


def gated(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` led by a lookahead for the characters a match can start with, or `pattern` itself when they
    cannot be read. It matches exactly what `pattern` matches, where `pattern` does: a match that consumes
    anything starts with one of those characters, or where `^` holds when an alternative opens with it. What it saves is the search trying, at every position, the
    lookbehinds a pattern opens with (the date patterns' `_START`): the one-character test fails first."""
    first = _first(sre_parse.parse(pattern.pattern, pattern.flags)) if not pattern.flags & re.IGNORECASE else None
    if first is None or first[1] or not first[0]:
        return pattern                              # unreadable, or it can match the empty string
    items = "".join(sorted(_class_text(item) for item in first[0] if item != _AT_START))
    lead = f"(?=[{items}])" if items else ""
    if _AT_START in first[0]:
        # an alternative anchored at the start ("^\\s*까지 …") is tried where `^` holds, the rest where they start
        lead = f"(?:^|{lead})" if lead else "^"
    # (the pattern in a group of its own: a lead before `a|b` would gate only its first alternative)
    body = pattern.pattern + ("\n" if pattern.flags & re.VERBOSE else "")   # (a verbose pattern's last comment)
    try:
        return re.compile(f"{lead}(?:{body})", pattern.flags)
    except re.error:                                # a pattern that must open with its inline flags
        return pattern


def _first(items: Iterable[tuple[Any, Any]]) -> tuple[set[tuple[Any, ...]], bool] | None:
    """The class items a match of the sequence can start with, and whether it can match the empty string;
    None when a construct cannot be read (a negated class, any character, a back-reference)."""
    found: set[tuple[Any, ...]] = set()
    for op, av in items:
        item = _first_of(op, av)
        if item is None:
            return None
        found |= item[0]
        if not item[1]:
            return found, False
    return found, True


def _first_of(op: Any, av: Any) -> tuple[set[tuple[Any, ...]], bool] | None:
    if op is sre.LITERAL:
        return {("char", av)}, False
    if op is sre.IN:
        out: set[tuple[Any, ...]] = set()
        for kind, value in av:
            if kind is sre.LITERAL:
                out.add(("char", value))
            elif kind is sre.RANGE:
                out.add(("range", *value))
            elif kind is sre.CATEGORY and value in _CATEGORIES:
                out.add(("category", value))
            else:
                return None                         # a negated class, a case-folded item
        return out, False
    if op is sre.SUBPATTERN:
        _, add_flags, _, inner = av
        return None if add_flags & re.IGNORECASE else _first(inner)
    if op is sre.BRANCH:
        union: set[tuple[Any, ...]] = set()
        empty = False
        for branch in av[1]:
            item = _first(branch)
            if item is None:
                return None
            union |= item[0]
            empty = empty or item[1]
        return union, empty
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, inner = av
        item = _first(inner)
        return None if item is None else (item[0], low == 0 or high == 0 or item[1])
    if op is sre.ATOMIC_GROUP:
        return _first(av)
    if op is sre.ASSERT and av[0] == 1:
        return _first(av[1])                        # a lookahead: what follows it starts as it does
    if op is sre.AT and av is sre.AT_BEGINNING:
        return {_AT_START}, False                   # `^`: a match of what follows starts only where `^` holds
    if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
        return set(), True                          # consume nothing: the match starts with what follows
    return None


# The item `_first` gives for `^`: no character, the place where `^` holds (the gate leads with `^` then).
_AT_START = ("at start",)


def _class_text(item: tuple[Any, ...]) -> str:
    if item[0] == "category":
        return _CATEGORIES[item[1]]
    return "-".join(_char_text(c) for c in item[1:])


def _char_text(code: int) -> str:
    ch = chr(code)
    return "\\" + ch if ch.isascii() and not ch.isalnum() else ch


# Strings a pattern cannot match without. A piece of the pattern is read as the exact strings it matches (`분기`,
# `(?:상|하)반기`) while there are at most this many; past that, or at a construct whose strings cannot be listed
# (`\\s`, `\\d`, a wide class, a repeat), what was read so far becomes a requirement and reading starts afresh.
EXACT_MOST = 64
STRING_SETS = 2   # the most selective sets kept: each costs a search and rarely rules out more
_UNREAD: tuple[frozenset[str] | None, list[frozenset[str]]] = (None, [])


def required_strings(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    """Sets of strings such that every text `pattern` matches in (its positive lookarounds included) holds one
    string of each, keeping only sets with a string longer than a character (`required_chars` covers the rest)."""
    if pattern.flags & re.IGNORECASE:
        return ()
    exact, needs = _strings_of_sequence(sre_parse.parse(pattern.pattern, pattern.flags))
    found = {_shortest_only(n) for n in needs + _as_needed(exact)}
    kept = [n for n in found if max(map(len, n)) > 1]
    return tuple(sorted(kept, key=lambda n: (_selectivity(n), sorted(n)), reverse=True)[:STRING_SETS])


def holds_one_of(strings: Iterable[str]) -> re.Pattern[str]:
    """A search that finds any of `strings` (a text where it finds none holds none of them)."""
    return re.compile("|".join(re.escape(s) for s in sorted(strings, key=lambda s: (-len(s), s))))


def _selectivity(strings: frozenset[str]) -> tuple[int, int]:
    """Longer strings, then fewer of them, are rarer in a text."""
    return min(map(len, strings)), -len(strings)


def _shortest_only(strings: frozenset[str]) -> frozenset[str]:
    """A string holding another of the set adds nothing: a text holding it holds the other."""
    return frozenset(s for s in strings if not any(t != s and t in s for t in strings))


def _as_needed(exact: frozenset[str] | None) -> list[frozenset[str]]:
    """The exact strings of a piece as a requirement (none when the piece may match the empty string)."""
    return [exact] if exact is not None and "" not in exact else []


def _strings_of_sequence(items: Iterable[tuple[Any, Any]]) -> tuple[frozenset[str] | None, list[frozenset[str]]]:
    """The exact strings the items match one after another (None when they cannot be listed) and the sets of
    strings every text they match in holds one of each of."""
    needs: list[frozenset[str]] = []
    run: frozenset[str] = frozenset({""})
    whole = True
    for op, av in items:
        exact, more = _strings_of(op, av)
        needs += more
        if exact is not None and len(run) * len(exact) <= EXACT_MOST:
            run = frozenset(a + b for a in run for b in exact)
        else:
            whole = False
            needs += _as_needed(run) + _as_needed(exact)
            run = frozenset({""})
    return (run, needs) if whole else (None, needs + _as_needed(run))


def _strings_of(op: Any, av: Any) -> tuple[frozenset[str] | None, list[frozenset[str]]]:
    if op is sre.LITERAL:
        return frozenset(chr(av)), []
    if op is sre.IN:
        chars = _class_chars(av, EXACT_MOST)
        return _UNREAD if chars is None else (chars, [])
    if op is sre.SUBPATTERN:
        _, add_flags, _, inner = av
        return _UNREAD if add_flags & re.IGNORECASE else _strings_of_sequence(inner)
    if op is sre.BRANCH:
        alternatives = [_strings_of_sequence(branch) for branch in av[1]]
        exacts = [exact for exact, _ in alternatives if exact is not None]
        if len(exacts) == len(alternatives):
            union: frozenset[str] = frozenset().union(*exacts)
            if len(union) <= EXACT_MOST:
                return union, []
        chosen: set[str] = set()
        for exact, more in alternatives:
            sets: list[frozenset[str]] = more + _as_needed(exact)
            if not sets:
                return _UNREAD              # an alternative that requires nothing
            best: frozenset[str] = max(sets, key=_selectivity)
            chosen |= best
        return None, [frozenset(chosen)]
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, inner = av
        exact, more = _strings_of_sequence(inner)
        if low == 0:
            return (exact | {""}, []) if exact is not None and high == 1 else _UNREAD
        return (exact, more) if low == high == 1 else (None, more + _as_needed(exact))
    if op is sre.ATOMIC_GROUP:
        return _strings_of_sequence(av)
    if op is sre.ASSERT:                    # a positive lookaround: its text is the same string's
        exact, more = _strings_of_sequence(av[1])
        return frozenset({""}), more + _as_needed(exact)
    if op in (sre.ASSERT_NOT, sre.AT):
        return frozenset({""}), []          # matches no text of its own
    return _UNREAD                          # any character, a back-reference, a conditional

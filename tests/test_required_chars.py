"""digest.text.required_chars: the characters a pattern cannot match without, read from the pattern itself."""

import re
import re._parser as sre_parse  # type: ignore[import-not-found]

import pytest

from digest.text import timex
from digest.text.required_chars import gated, holds_one_of, may_match, required_chars, required_strings
from tests.civic_dev import dev_sentences


def classes(pattern: str) -> list[str]:
    return sorted("".join(sorted(c)) for c in required_chars(re.compile(pattern)))


@pytest.mark.parametrize("pattern, expected", [
    ("abc", ["a", "b", "c"]),
    ("a|bc", ["ab"]),                        # one alternative's smallest set each
    ("x?y", ["y"]),                          # optional: nothing required of it
    ("[0-9]+일", ["0123456789", "일"]),
    (r"\d{1,2}월", ["월"]),                  # \d: any decimal digit of Unicode, no narrow set
    ("[가-힣]", []),                          # too wide a range
    ("(?=가)나", ["가", "나"]),                # a positive lookahead reads the same text
    ("(?!가)나", ["나"]),                     # a negative one requires nothing
    ("(?<=가)나", ["가", "나"]),
    ("a{0,3}", []),
    ("[^a]b", ["b"]),
    (r"\sb", ["b"]),
    ("a|", []),                              # an empty alternative
    ("(?i:a)b", ["b"]),                      # case-insensitive: no set read from it
    (r"(a)\1", ["a"]),
    ("(?P<x>a)?(?(x)b|c)", []),              # a conditional requires nothing
])
def test_sets_read_from_the_parse_tree(pattern, expected):
    assert classes(pattern) == sorted(expected)


def test_case_insensitive_pattern_requires_nothing():
    assert required_chars(re.compile("abc", re.I)) == ()


def test_every_date_pattern_match_in_real_news_holds_its_classes():
    sentences = dev_sentences()
    matched = skipped = 0
    for pattern, _ in timex._PATTERNS:
        needs = required_chars(pattern)
        for s in sentences:
            found = [m for m in pattern.finditer(s)]
            if not may_match(needs, set(s)):
                skipped += 1
                assert found == [], (pattern.pattern[-60:], s)
            for m in found:
                matched += 1
                window = s[max(0, m.start() - 12):]   # the text its lookarounds read, too
                assert may_match(needs, set(window)), (pattern.pattern[-60:], s)
    assert matched > 1000
    assert skipped > len(sentences) * len(timex._PATTERNS) // 3   # most scans are ruled out


def gate(pattern: str) -> str | None:
    """The lookahead `gated` puts before the pattern, or None when it leaves the pattern as it is."""
    compiled = re.compile(pattern)
    led = gated(compiled)
    if led is compiled:
        return None
    assert led.pattern.endswith(f"(?:{pattern})")     # the pattern itself in a group of its own
    return led.pattern[:-len(pattern) - 4]


@pytest.mark.parametrize("pattern, expected", [
    ("abc", "(?=[a])"),
    ("(?:x|y)?z", "(?=[xyz])"),              # an optional start: what may follow it starts a match too
    (r"(?<![가-힣])(?!\s)(?:오는\s*)?\d{1,2}일", r"(?=[\d오])"),   # lookbehinds and negative lookaheads read nothing
    (r"(?=19|20)(?:19|20)?\d\d년", "(?=[12])"),  # a positive lookahead is read: the match starts with it
    ("[가-다]b", "(?=[가-다])"),
    ("-x", "(?=[\\-])"),                    # a class's special characters escaped
    (r"^\s*까지|예정", "(?:^|(?=[예]))"),      # an alternative anchored at the start is tried where `^` holds
    ("^a?", "^"),
    ("a?", None),                            # it may match the empty string
    ("[^a]b", None),                         # a negated class: not read
    (".b", None),
    ("(?i:a)b", None),
    (r"(a)?\1b", None),                     # a back-reference may start it
])
def test_gate_read_from_the_parse_tree(pattern, expected):
    assert gate(pattern) == expected


def test_gate_leads_every_alternative_of_a_pattern():
    # The past tense words are alternatives; led as `(?=[…])바\\s?있|…`, only the first was gated and the
    # search tried the other ten, lookbehinds first, at every position of every clause.
    parsed = sre_parse.parse(gated(timex._PAST_WORDS).pattern)
    assert [str(op) for op, _ in parsed] == ["ASSERT", "BRANCH"]
    assert gated(re.compile(r"^\s*까지|예정")).pattern == r"(?:^|(?=[예]))(?:^\s*까지|예정)"


def test_every_date_pattern_gated_finds_exactly_its_matches_in_real_news():
    sentences = dev_sentences()
    gated_count = matched = 0
    extra = [timex._RELATIVE_YEAR, timex._FUTURE_WORDS, timex._PAST_WORDS]   # and the tense words, read per clause
    for pattern in [p for p, _ in timex._PATTERNS] + extra:
        led = gated(pattern)
        gated_count += led is not pattern
        for s in sentences:
            found = [(m.span(), m.groupdict()) for m in pattern.finditer(s)]
            assert [(m.span(), m.groupdict()) for m in led.finditer(s)] == found, (pattern.pattern[-60:], s)
            matched += len(found)
    assert gated_count == len(timex._PATTERNS) + len(extra)   # every one is led by its first characters
    assert matched > 1000


def strings(pattern: str) -> list[list[str]]:
    return [sorted(n) for n in required_strings(re.compile(pattern))]


@pytest.mark.parametrize("pattern, expected", [
    ("abc", [["abc"]]),
    ("a|bc", [["a", "bc"]]),                        # the alternatives' exact strings
    ("(a|bc)d", [["ad", "bcd"]]),                   # spelled out while they are few
    ("(?:ab)?cd", [["cd"]]),                        # `abcd` holds `cd`: one search finds both
    (r"상반기|하반기|[1-4](?:\s?[./·ㆍ]\s?4)?분기", [["분기", "상반기", "하반기"]]),  # `\s?` ends a run
    (r"x\sy", []),                                 # single characters only: required_chars reads them
    ("a(?=bc)", [["bc"]]),                          # a positive lookahead reads the same text
    ("(?<=ab)c", [["ab"]]),
    ("(?!ab)cd", [["cd"]]),                         # a negative one requires nothing
    ("ab+", []),                                    # a repeat: its strings cannot be listed
    ("(?:ab){2}", [["ab"]]),                        # but what it repeats is held
    ("(?:ab)*cd", [["cd"]]),
    ("ab|", []),                                    # an empty alternative
    ("(?i:ab)cd", [["cd"]]),                        # case-insensitive: nothing read from it
    (r"(ab)\1", [["ab"]]),
    ("(?P<x>ab)?(?(x)cd|ef)", []),                  # a conditional requires nothing
    ("[가-힣]+요일", [["요일"]]),
])
def test_strings_read_from_the_parse_tree(pattern, expected):
    assert strings(pattern) == expected


def test_case_insensitive_pattern_requires_no_string():
    assert required_strings(re.compile("abc", re.I)) == ()


def test_every_date_pattern_match_in_real_news_holds_its_strings():
    sentences = dev_sentences()
    matched = let_through = ruled_out = 0
    for pattern, _ in timex._PATTERNS:
        needs, holds = required_chars(pattern), [holds_one_of(n) for n in required_strings(pattern)]
        for s in sentences:
            found = [m.span() for m in pattern.finditer(s)]
            matched += len(found)
            if not all(h.search(s) for h in holds):
                assert found == [], (pattern.pattern[-60:], s)
                ruled_out += may_match(needs, set(s))
            let_through += may_match(needs, set(s))
    assert matched > 1000
    assert ruled_out > let_through // 2   # most scans the characters let through


def test_char_gate_lets_through_what_each_scan_would_alone():
    """The date scans a real sentence's characters let through, found at once by the gate, are the very scans the
    test per pattern lets through, in their order."""
    gate = timex._SCAN_GATE
    sentences = dev_sentences()
    kept = 0
    for s in sentences:
        alone = [scan for scan in timex._SCANS if may_match(scan[2], set(s))]
        assert list(gate.passing(set(s))) == alone, s
        kept += len(alone)
    assert 0 < kept < len(sentences) * len(timex._SCANS) // 3

"""Happenings of their own joined under one date and one verb of holding: festivals, fairs and exhibitions.

`앞서 9일에는 평창송어축제와 홍천강 꽁꽁축제가 동시에 막을 올린다`, `제3회 빌딩산업전과 유통산업전이 오는 31일부터 …
열린다`, `오는 10월 … 남도 국제미식산업박람회와 수묵 비엔날레, 낭만 항구 축제 등이 함께 열릴 예정입니다`: each member is
a happening of its own, held on the date, where joined doers of one happening (`A와 B가 회담한다`) are one."""

from __future__ import annotations

from collections.abc import Sequence

from digest.text import event_grammar as grammar
from digest.text.korean import Token
from digest.text.timex import TimeExpr

Tokens = Sequence[Token]

# The heads naming a festival, a fair or an exhibition: each one a happening of its own
_HEADS = ("축제", "페스티벌", "박람회", "엑스포", "비엔날레", "영화제", "문화제", "예술제", "전시회", "전람회", "산업전")
# Words of a name (`제3회 빌딩산업전`, `'화천 산천어축제'`)
_NAME_TAGS = ("NNG", "NNP", "SL", "SN", "XPN", "XSN", "NNB", "SH")
# The marks a list closes with: a subject, a topic or `도`, an object
_LIST_MARKS = ("JKS", "JKO")


def _held_at(tokens: Tokens, i: int) -> bool:
    """A verb of holding or opening at i: `열리다`, `치러지다`, `펼쳐지다`, `개최하다`/`개최되다`, `개막하다`, `막을 올리다`."""
    if grammar.held_verb_end(tokens, i) is not None:
        return True
    t = tokens[i]
    if t.tag == "NNG" and t.form in ("개최", "개막") and i + 1 < len(tokens) and tokens[i + 1].tag in ("XSV", "VV") \
            and tokens[i + 1].form in ("하", "되"):
        return True
    return t.form == "막" and i + 2 < len(tokens) and tokens[i + 1].form in ("을", "이") \
        and tokens[i + 2].form in ("올리", "오르")


def _members(sentence: str, tokens: Tokens, mark: int) -> list[str]:
    """The members of the list closed by the mark at `mark` (cut at 와/과, commas, 및, 그리고; 등 before the mark),
    each a name ending in a head of `_HEADS`; [] unless two or more."""
    k = mark - 1
    if k >= 0 and tokens[k].tag == "NNB" and tokens[k].form == "등":
        k -= 1
    members: list[str] = []
    while k >= 0:
        end = k
        while k >= 0 and tokens[k].form != "등" and (
                tokens[k].tag in _NAME_TAGS or tokens[k].tag in ("SSO", "SSC", "SS")
                or (k < end and tokens[k].start + tokens[k].len == tokens[k + 1].start
                    and not tokens[k].tag.startswith(("J", "E", "S")))):  # `꽁꽁축제` (꽁꽁/MAG 축제/NNG): one word
            k -= 1
        if k == end:
            return []
        name = sentence[tokens[k + 1].start:tokens[end].start + tokens[end].len].strip(" '\"‘’“”")
        if not name.endswith(_HEADS):
            return []
        members.append(name)
        if k < 0:
            break
        sep = tokens[k]
        if sep.tag == "JC" and sep.form in ("와", "과") or sep.tag == "SP" and sep.form == ",":
            k -= 1
            if k >= 0 and tokens[k].tag == "MAJ" and tokens[k].form == "그리고":
                k -= 1
        elif sep.tag in ("MAJ", "NNB", "NNG") and sep.form in ("및", "그리고"):
            k -= 1
            if k >= 0 and tokens[k].tag == "SP":
                k -= 1
        else:
            break
    return members[::-1] if len(members) >= 2 else []


def joined_happenings(sentence: str, tokens: Tokens, expr: TimeExpr, stop: int) -> list[str]:
    """The festivals, fairs and exhibitions joined as the subject (or topic, or object) of the date's verb of
    holding: told right before the date with only adverbials between, or after it in its clause. One title each."""
    begin, end = expr.start, expr.end
    verb = next((k for k, t in enumerate(tokens) if end <= t.start < stop and _held_at(tokens, k)), None)
    if verb is None:
        return []
    marks = [k for k, t in enumerate(tokens) if end <= t.start < tokens[verb].start and (
        t.tag in _LIST_MARKS or (t.tag == "JX" and t.form in ("은", "는", "도")))]
    for k in marks:  # after the date, in its clause
        if (members := _members(sentence, tokens, k)):
            return members
    before = [k for k, t in enumerate(tokens) if t.start + t.len <= begin]
    k = before[-1] if before else -1
    while k >= 0 and tokens[k].tag == "MAG":
        k -= 1  # right before the date, with only adverbs between
    if k >= 0 and (tokens[k].tag in _LIST_MARKS or (tokens[k].tag == "JX" and tokens[k].form in ("은", "는", "도"))):
        return _members(sentence, tokens, k)
    return []


__all__ = ["joined_happenings"]

"""Fixture lists: one day, several games each between its own pair at its own venue, under one happening noun.

`새달 8일 대구(삼성-롯데), 잠실(두산-LG), 문학(SK-현대), 대전(한화-기아)구장에서 열리는 2006 프로야구 개막전`, `오는 12일
롯데와 OB(마산), 삼성과 LG(대구)전을 시작으로`: each game is a happening of its own on the day, titled by its pair, the
happening and its venue (`삼성-롯데 개막전(대구)`); a game opening a sentence of its own after its day's happening
(`두산-키움전이 열리는 이천에서는 …`) is a game of that day."""

from __future__ import annotations

from collections.abc import Sequence

from digest.text.korean import Token
from digest.text.timex import TimeExpr

Tokens = Sequence[Token]

# The nouns a fixture list closes with: the happening each pair's game is
FIXTURE_NOUNS = ("경기", "개막전", "시범경기", "더비", "매치", "결승전", "준결승전", "맞대결", "라이벌전", "평가전", "친선경기")
_NAME_TAGS = ("NNP", "NNG", "SL", "SN")
_CLOCK = ("오전", "오후", "낮", "밤", "저녁", "시", "분")


def _name(tokens: Tokens, k: int) -> int:
    """The end (exclusive) of the name written as one word from token k (`울산현대`, `FC서울`, `광주FC`); k: none."""
    j = k
    while j < len(tokens) and tokens[j].tag in _NAME_TAGS and (
            j == k or (tokens[j - 1].start + tokens[j - 1].len == tokens[j].start
                       and not (tokens[j].tag == "NNG" and (tokens[j].form == "전" or tokens[j].form.endswith(FIXTURE_NOUNS))))):
        j += 1  # `키움전` (키움/NNP 전/NNG): the side, then its game
    return j


def _pair(sentence: str, tokens: Tokens, k: int) -> tuple[int, str] | None:
    """Two sides from token k, `A-B` or `A와 B`: (the token after them, `A-B`)."""
    j = _name(tokens, k)
    if j == k or j + 1 >= len(tokens):
        return None
    if not ((tokens[j].tag == "SO" and tokens[j].form == "-")
            or (tokens[j].tag == "JC" and tokens[j].form in ("와", "과"))):
        return None
    m = _name(tokens, j + 1)
    if m == j + 1:
        return None
    first = sentence[tokens[k].start:tokens[j - 1].start + tokens[j - 1].len]
    second = sentence[tokens[j + 1].start:tokens[m - 1].start + tokens[m - 1].len]
    return m, f"{first}-{second}"


def _bracketed(sentence: str, tokens: Tokens, k: int) -> tuple[int, str] | None:
    """A name in brackets from token k, `(울산문수)`: (the token after the bracket, the name)."""
    if k >= len(tokens) or tokens[k].tag != "SSO":
        return None
    j = _name(tokens, k + 1)
    if j == k + 1 or j >= len(tokens) or tokens[j].tag != "SSC":
        return None
    return j + 1, sentence[tokens[k + 1].start:tokens[j - 1].start + tokens[j - 1].len]


def _fixture(sentence: str, tokens: Tokens, k: int) -> tuple[int, str, str] | None:
    """One member from token k: `대구(삼성-롯데)` (venue, pair) or `롯데와 OB(마산)` (pair, venue)."""
    if (pair := _pair(sentence, tokens, k)) and (venue := _bracketed(sentence, tokens, pair[0])):
        return venue[0], pair[1], venue[1]
    j = _name(tokens, k)
    if k < j < len(tokens) and tokens[j].tag == "SSO" and (pair := _pair(sentence, tokens, j + 1)) \
            and pair[0] < len(tokens) and tokens[pair[0]].tag == "SSC":
        return pair[0] + 1, pair[1], sentence[tokens[k].start:tokens[j - 1].start + tokens[j - 1].len]
    return None


def _members(sentence: str, tokens: Tokens, k: int) -> tuple[int, list[tuple[str, str]]]:
    """The members from token k (the hour told with the day passed over), cut by commas or spaces: (the token after
    them, each one's pair and venue)."""
    while k < len(tokens) and (tokens[k].form in _CLOCK or tokens[k].tag == "SN"):
        k += 1
    members: list[tuple[str, str]] = []
    while (member := _fixture(sentence, tokens, k)) is not None:
        k = member[0]
        members.append(member[1:])
        if k < len(tokens) and tokens[k].tag == "SP" and tokens[k].form == ",":
            k += 1
    return k, members


def _closing_noun(sentence: str, tokens: Tokens, k: int) -> str | None:
    """The happening the list at token k closes with: a noun glued to its last bracket (`(대구)전을`), one a clause on
    (`…구장에서 열리는 2006 프로야구 개막전`), or a game by default when the list is where it is played (`…에서 막을 올린다`)."""
    if k < len(tokens) and tokens[k].tag == "NNG" and tokens[k].start == tokens[k - 1].start + tokens[k - 1].len \
            and (tokens[k].form == "전" or tokens[k].form.endswith(FIXTURE_NOUNS)):
        return tokens[k].form
    for t in tokens[k:]:
        if t.tag in ("EF", "EC", "SF"):
            break
        if t.tag == "NNG" and t.form.endswith(FIXTURE_NOUNS):
            return t.form
    if k < len(tokens) and tokens[k].tag == "JKB" and tokens[k].form == "에서":
        return "경기"
    if k + 1 < len(tokens) and tokens[k].tag == "NNG" and tokens[k].form.endswith("장") and tokens[k + 1].form == "에서":
        return "경기"
    return None


def fixture_list(sentence: str, tokens: Tokens, expr: TimeExpr) -> list[str]:
    """The games listed right after a date, each between its own pair at its own venue, under one happening noun:
    `새달 8일 대구(삼성-롯데), 잠실(두산-LG), … 대전(한화-기아)구장에서 열리는 2006 프로야구 개막전`, `오는 12일 롯데와
    OB(마산), 삼성과 LG(대구)전을`, `4일 오후 3시 울산현대-포항스틸러스(울산문수) 광주FC-대구FC(광주월드컵) …`. Members
    are cut by commas or by spaces alone; two or more; one title each, the pair, the happening and the venue
    (`삼성-롯데 개막전(대구)`)."""
    k, members = _members(sentence, tokens, next((j for j, t in enumerate(tokens) if t.start >= expr.end), len(tokens)))
    noun = _closing_noun(sentence, tokens, k) if len(members) >= 2 else None
    while noun is None and members and k + 1 < len(tokens) and tokens[k].tag == "SN" and tokens[k + 1].form == "일":
        # `4일 … 상주상무-강원FC(상주시민), 5일 오후 3시 …에서`: the next day's list closes this one too
        k, more = _members(sentence, tokens, k + 2)
        if not more:
            break
        noun = _closing_noun(sentence, tokens, k)
    if len(members) < 2 or noun is None:
        return []
    return [f"{pair}{'' if noun == '전' else ' '}{noun}({venue})" for pair, venue in members]


_HELD = ("열리", "펼쳐지", "벌어지", "치러지")


def gapped_fixture(sentence: str, tokens: Tokens) -> str | None:
    """A game opening a sentence of its own with its pair and its venue, in a run of such sentences after the day of
    their happening (`두산-키움전이 열리는 이천에서는 …`, `KIA-SSG전이 열리는 광주에서는 …`): its title, the pair, the
    happening and the venue (`두산-키움전(이천)`)."""
    if not (pair := _pair(sentence, tokens, 0)):
        return None
    k = pair[0]
    if k + 4 >= len(tokens) or not (tokens[k].form == "전" or tokens[k].form.endswith(FIXTURE_NOUNS)) \
            or tokens[k].start != tokens[k - 1].start + tokens[k - 1].len:
        return None
    noun = tokens[k].form
    if not (tokens[k + 1].tag == "JKS" and tokens[k + 2].tag == "VV" and tokens[k + 2].form in _HELD
            and tokens[k + 3].tag == "ETM"):
        return None
    j = _name(tokens, k + 4)
    if j == k + 4 or j >= len(tokens) or not (tokens[j].tag == "JKB" and tokens[j].form == "에서"):
        return None
    venue = sentence[tokens[k + 4].start:tokens[j - 1].start + tokens[j - 1].len]
    return f"{pair[1]}{'' if noun == '전' else ' '}{noun}({venue})"


__all__ = ["FIXTURE_NOUNS", "fixture_list", "gapped_fixture"]

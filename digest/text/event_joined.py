"""Several happenings of one day told as one list under the date's one predicate, one title each.

`다음날인 2일은 … 용두레질소리 및 예술단체 축하공연, 강화 특산품 경매 이벤트, 산악회 장기자랑대회, 각종 체험행사, … 장터가
운영된다`, `10월1일은 풍물놀이와 퓨전현악그룹의 공연, TBS 공개방송 및 초청가수 축하공연, 불꽃놀이 등 … 예정돼 있다`, `9일에는
평창송어축제와 홍천강 꽁꽁축제가 동시에 막을 올린다`: the members are joined by commas, 와/과, 및 or 그리고 and closed by `등`
or by the case of the predicate's subject, topic or object; each member a noun phrase headed by a happening noun is a
happening of its own on the date, titled by its own words. Where commas cut the list, a member joined inside by 와/및
is one happening (`TBS 공개방송 및 초청가수 축하공연`) unless both its parts are festivals or fairs; where no comma does,
members with one head are the acts of one happening (`군악대 공연과 난타 공연`)."""

from __future__ import annotations

from collections.abc import Sequence

from digest.text.event_grammar import FRAMING_VERBS
from digest.text.event_titles import EVENT_NOUNS
from digest.text.korean import Token
from digest.text.timex import TimeExpr

Tokens = Sequence[Token]

# Festivals, fairs and exhibitions: a happening of their own even inside a member joined by 와/및
_FESTIVALS = ("축제", "페스티벌", "박람회", "엑스포", "비엔날레", "영화제", "문화제", "예술제", "전시회", "전람회", "산업전")
# The heads naming a happening: a member ending in one is a happening of its own
_HAPPENINGS = _FESTIVALS + (
    "공연", "음악회", "콘서트", "대회", "경기", "경매", "이벤트", "놀이", "캠프", "강연", "사인회", "개막식", "폐막식",
    "개회식", "폐회식", "기념식", "시상식", "취임식", "수료식", "출정식", "개관식", "개통식", "준공식", "기공식", "착공식",
    "방송", "시사회", "간담회", "설명회", "발표회", "토론회", "세미나", "포럼", "심포지엄", "심포지움", "퍼레이드", "시연",
    "상영회", "쇼")
# Words opening a member that names no one happening: `각종 체험행사`, `다양한 부대행사`
_GENERIC = ("각종", "다양한", "여러", "기타", "다채로운")
# Words of a member: nouns, names, numbers, their affixes, the genitive, quotes and brackets
_MEMBER_TAGS = ("NNG", "NNP", "SL", "SN", "XPN", "XSN", "NNB", "SH", "JKG", "SSO", "SSC", "SS", "MM")


def _case_mark(t: Token) -> bool:
    """A mark a list closes with before its predicate: a subject's, an object's or a topic's."""
    return t.tag in ("JKS", "JKO") or (t.tag == "JX" and t.form in ("은", "는", "도"))


def _list_closed_at(sentence: str, tokens: Tokens, k: int) -> list[str]:
    """The happenings of the list closed at token k (its mark, or `등`), `등` before the mark included."""
    last = k - 1
    if tokens[last].tag == "NNB" and tokens[last].form == "등":
        last -= 1
    return _split(sentence, _parse(sentence, tokens, last), tokens[last + 1].form == "등")


def _joiner(tokens: Tokens, k: int) -> int:
    """How many tokens ending at k join two members with 와/과, 및 or 그리고 (0: none)."""
    t = tokens[k]
    if t.tag == "JC" and t.form in ("와", "과"):
        return 1
    if t.form in ("및", "그리고") and t.tag in ("MAG", "MAJ", "NNG", "NNB"):
        return 2 if k > 0 and tokens[k - 1].tag == "SP" else 1
    return 0


def _parse(sentence: str, tokens: Tokens, last: int) -> list[tuple[int, int, str]]:
    """The members of the list ending at token `last`, first to last: each one's character span and the mark before it
    (`,`, `and` or `` for the first)."""
    members: list[tuple[int, int, str]] = []
    k = last
    while k >= 0:
        end = k
        while k >= 0 and tokens[k].form != "등" and not _joiner(tokens, k) and (
                tokens[k].tag in _MEMBER_TAGS
                or (k < end and tokens[k].start + tokens[k].len == tokens[k + 1].start
                    and not tokens[k].tag.startswith(("J", "E", "S", "V")))):  # `꽁꽁축제` (꽁꽁/MAG 축제/NNG): one word
            k -= 1
        if k == end:
            break
        span = (tokens[k + 1].start, tokens[end].start + tokens[end].len)
        if k >= 0 and (n := _joiner(tokens, k)):
            members.append((*span, "and"))
            k -= n
        elif k >= 0 and tokens[k].tag == "SP" and tokens[k].form == ",":
            members.append((*span, ","))
            k -= 1
        else:
            members.append((*span, ""))
            break
    members.reverse()
    if members:
        members[0] = (members[0][0], members[0][1], "")
    return members


def _happening(member: str) -> bool:
    """A member that names a happening of its own: headed by a happening noun or a verbal noun of one (`EVENT_NOUNS`),
    not opening with `각종`."""
    bare = member.strip(" '\"‘’“”")
    return (bare.endswith(_HAPPENINGS) or bare.split()[-1] in EVENT_NOUNS) and not bare.startswith(_GENERIC)


def _festival(text: str) -> bool:
    return text.strip(" '\"‘’“”").endswith(_FESTIVALS)


def _split(sentence: str, members: list[tuple[int, int, str]], closed: bool) -> list[str]:
    """The list's happenings: at commas where there are any (a part joined by 와/및 stays with its member unless both
    are festivals), else at each joiner; [] unless two or more. Two members cut by a comma alone, with no `등` closing
    them, are one happening told twice (`의성군 주민들의 한마당 축제, '제68회 의성군민체육대회'가`)."""
    if any(mark == "," for _, _, mark in members[1:]):
        groups: list[list[int]] = []
        for start, end, mark in members:
            if mark == "and" and groups and not (_festival(sentence[start:end])
                                                 and _festival(sentence[groups[-1][0]:groups[-1][1]])):
                groups[-1][1] = end
            else:
                groups.append([start, end])
        if len(groups) == 2 and not closed and all(mark != "and" for _, _, mark in members[1:]):
            return []
        out = [sentence[start:end].strip() for start, end in groups]
        out = [m for m in out if _happening(m)]
    else:
        out = [sentence[start:end].strip() for start, end, _ in members]
        out = [m for m in out if _happening(m)]
        heads = [m.split()[-1] for m in out]
        if len(set(heads)) < len(heads):
            return []  # `군악대 공연과 난타 공연`: the acts of one show
    return out if len(out) >= 2 else []


def joined_happenings(sentence: str, tokens: Tokens, expr: TimeExpr, stop: int) -> list[str]:
    """The happenings listed in the date's clause (after the date, before its predicate, closed by `등` or the case of
    the predicate's subject, topic or object) or right before the date with only adverbs between: one title each."""
    after = [k for k, t in enumerate(tokens) if expr.end <= t.start < stop]
    skip = -1
    for k in after:
        t = tokens[k]
        if k <= skip:
            continue
        if t.tag.startswith(("V", "E")) or t.tag == "XSV":
            framing = next((j for j in range(k, min(k + 3, len(tokens) - 1)) if tokens[j].tag == "VV"
                            and tokens[j].form in FRAMING_VERBS and tokens[j + 1].tag == "EC"), None)
            if framing is None:
                break  # the clause's predicate: the list is before it
            skip = framing + 1  # `… 효과를 내기 위해`, `… 을 앞두고`: a frame, not the predicate
            continue
        if k > 0 and (_case_mark(t) or (t.tag == "NNB" and t.form == "등")):
            if (found := _list_closed_at(sentence, tokens, k)):
                return found
            if t.form == "등":
                break
    before = [k for k, t in enumerate(tokens) if t.start + t.len <= expr.start]
    k = before[-1] if before else -1
    while k >= 0 and tokens[k].tag == "MAG":
        k -= 1  # right before the date, with only adverbs between
    return _list_closed_at(sentence, tokens, k) if k > 0 and _case_mark(tokens[k]) else []


__all__ = ["joined_happenings"]

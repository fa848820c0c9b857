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


# ---- fixture lists: one day, several games each between its own pair at its own venue -------------------------------

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


__all__ = ["fixture_list", "gapped_fixture", "joined_happenings"]

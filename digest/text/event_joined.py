"""Several happenings of one day told as one list under the date's one predicate, one title each.

`다음날인 2일은 … 용두레질소리 및 예술단체 축하공연, 강화 특산품 경매 이벤트, 산악회 장기자랑대회, 각종 체험행사, … 장터가
운영된다`, `10월1일은 풍물놀이와 퓨전현악그룹의 공연, TBS 공개방송 및 초청가수 축하공연, 불꽃놀이 등 … 예정돼 있다`, `9일에는
평창송어축제와 홍천강 꽁꽁축제가 동시에 막을 올린다`: the members are joined by commas, 와/과, 및 or 그리고 and closed by `등`
or by the case of the predicate's subject, topic or object; each member a noun phrase headed by a happening noun is a
happening of its own on the date, titled by its own words. Where commas cut the list, a member joined inside by 와/및
is one happening (`TBS 공개방송 및 초청가수 축하공연`) unless both its parts are festivals or fairs; where no comma does,
members with one head are the acts of one happening (`군악대 공연과 난타 공연`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta

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



# Heads of a happening several owners, doers or opponents share (`인사청문회`, `친선경기`, `평가전`)
_SHARED_HEADS = _HAPPENINGS + ("청문회", "평가전", "시험", "회담", "회견", "재판", "공판", "연설")
# Words of a member's time that name no owner: `11일과 13일 이틀동안 볼리비아와`
_MEMBER_TIME = ("이틀", "사흘", "나흘", "닷새", "동안", "간", "하루", "각각", "각")


def _written_together(tokens: Tokens, k: int) -> bool:
    """Token k is written right after token k - 1, with no space."""
    return k > 0 and tokens[k - 1].start + tokens[k - 1].len == tokens[k].start


def _shared_happening(tokens: Tokens, k: int) -> int | None:
    """The last token of a happening word opening at token k (a word of its own whose nouns end in a shared head:
    `인사청문회`, `친선경기를치른다`), or None."""
    if tokens[k].tag != "NNG" or _written_together(tokens, k):
        return None
    last, word = k, tokens[k].form
    while last + 1 < len(tokens) and tokens[last + 1].tag == "NNG" and _written_together(tokens, last + 1):
        last += 1
        word += tokens[last].form
    return last if word.endswith(_SHARED_HEADS) else None


def _closed_before(tokens: Tokens, first: int) -> tuple[int, bool] | None:
    """Where the owners listed before the happening word at token `first` end, and whether they run on into it with no
    mark (`… 후보자 청문회`): after `에 대한`, the genitive 의 or an opponent's 와/과, a count (`2차례`) or `각각` between."""
    j = first - 1
    while j > 0 and (tokens[j].form in ("각각", "각") or (tokens[j].form in ("차례", "번") and tokens[j - 1].tag == "SN")):
        j -= 1 if tokens[j].form in ("각각", "각") else 2
    if j < 1:
        return None
    t = tokens[j]
    if t.tag == "ETM" and tokens[j - 1].form == "대하":
        j -= 2
        return (j - 1 if tokens[j].tag == "JKB" and tokens[j].form == "에" else j), False
    if t.tag == "JKG" or (t.tag in ("JC", "JKB") and t.form in ("와", "과")):
        return j - 1, False
    if t.tag in ("NNG", "NNP") and j == first - 1:
        return j, True
    return None


def owners_of_one_happening(sentence: str, tokens: Tokens, exprs: Sequence[TimeExpr]) -> list[tuple[str, str, TimeExpr]]:
    """Several owners, doers or opponents listed before one happening noun, each its own happening on its day, as
    (owner, happening, date): `6일 윤증현 … 후보자와 양승태 … 후보자,9일 신영철 … 후보자 및 현인택 … 후보자,10일 원세훈 … 후보자 대한
    인사청문회를 연다`, `11일과 13일 이틀동안 볼리비아와,22일과 24일은 아랍에미리트와 2차례 친선경기를치른다`, `튀니지(13일),
    핀란드(17일), 터키(27일·…)와 원정경기를 갖는다`, `한상혁 … 후보자와 이정옥 … 후보자 청문회는 오는 30일`. The owners are
    joined by 와/과, commas or 및 and closed by `에 대한`, the genitive 의 (not two owners the second of which
    tells no day of its own: `18일 삼성화재와 현대캐피탈의 개막경기` is the two sides of one match), an opponent's 와/과 or by nothing (the owner's nouns run on
    into the happening word); no owner names a happening itself. A member takes the days told inside it (before its nouns, or after them in
    brackets), else those of the member before it; where no member tells a day, the first day told after the happening
    word with no verb between is all theirs. Two owners or more, else []."""
    dated = [e for e in exprs if e.text and e.date is not None and e.precision == "day"]
    if not dated:
        return []
    in_date = {k: e for k, t in enumerate(tokens) for e in dated if e.start <= t.start < e.end}
    out: list[tuple[str, str, TimeExpr]] = []
    for first in range(1, len(tokens)):
        if first in in_date or (last := _shared_happening(tokens, first)) is None \
                or (closed := _closed_before(tokens, first)) is None:
            continue
        members = _owners(sentence, tokens, closed[0], in_date)
        if len(members) < 2 or any(owner.endswith(_SHARED_HEADS) for owner, _ in members) \
                or (last + 1 < len(tokens) and tokens[last + 1].tag == "JKG") \
                or (tokens[first - 1].tag == "JKG" and len(members) == 2 and not members[1][1]):
            # `초등학생 사물놀이 경연대회, 초등부 민속경기`: happenings listed, not owners; `… 시험의 원서접수`: the
            # happening owns another; `도로공사와 현대건설의 경기`: the two sides of one match
            continue
        if not any(days for _, days in members):
            end = tokens[last].start + tokens[last].len
            verbs = [t.start for n, t in enumerate(tokens) if t.start >= end and n not in in_date
                     and t.tag.startswith(("V", "E"))]
            after = [e for e in dated if e.start >= end and not any(v < e.start for v in verbs)]
            if not after:
                continue
            members = [(owner, [after[0]]) for owner, _ in members]
        happening = sentence[tokens[first].start:tokens[last].start + tokens[last].len]
        previous: list[TimeExpr] = []
        for owner, days in members:
            if days and previous and previous[-1].date is not None:
                days = [_in_month_of(day, previous[-1]) for day in days]
            previous = days or previous
            out += [(owner, happening, day) for day in previous]
    return out


def _in_month_of(day: TimeExpr, before: TimeExpr) -> TimeExpr:
    """A member's bare day (`핀란드(17일)`) read in the month of the list's day before it (`튀니지(13일)` of `3월에는`),
    or the month after when it is earlier in the month: the days of one list run in order."""
    if not re.fullmatch(r"\d{1,2}\s*일", day.text.strip()) or before.date is None or day.date is None:
        return day
    month = before.date.replace(day=1)
    if day.date.day < before.date.day:
        month = (month + timedelta(days=32)).replace(day=1)
    try:
        moved = month.replace(day=day.date.day)
    except ValueError:
        return day
    return replace(day, date=moved, end_date=moved, direction=before.direction)


def _owners(sentence: str, tokens: Tokens, end: int, in_date: dict) -> list[tuple[str, list[TimeExpr]]]:
    """The owners listed up to token `end`, first to last, each with the days told inside its member: a date-led
    member opens at its first date; a date in brackets after the owner's nouns (`튀니지(13일)`) is its own."""
    members: list[tuple[str, list[TimeExpr]]] = []
    words: list[int] = []
    days: list[TimeExpr] = []

    def close() -> None:
        nonlocal words, days
        if words:
            words.reverse()
            runs: list[list[int]] = []
            for w in words:
                if runs and w == runs[-1][1] + 1:
                    runs[-1][1] = w
                else:
                    runs.append([w, w])
            owner = " ".join(sentence[tokens[a].start:tokens[b].start + tokens[b].len] for a, b in runs)
            members.append((owner, sorted(days, key=lambda e: e.start)))
        words, days = [], []

    depth, k = 0, end
    while k >= 0:
        t = tokens[k]
        if k in in_date:
            if in_date[k] not in days:
                days.append(in_date[k])
        elif t.tag == "SSC":
            depth += 1
        elif t.tag == "SSO":
            depth = max(0, depth - 1)
        elif depth or (t.tag == "JX" and k - 1 in in_date) or (t.tag == "JC" and k - 1 in in_date and k + 1 in in_date):
            pass  # `(27일·이하 현지시간)`, `22일과 24일은`
        elif (t.tag == "JC" and t.form in ("와", "과")) or (t.tag == "SP" and t.form == ",") or t.form == "및":
            close()
        elif t.form in _MEMBER_TIME or t.form.endswith(_MEMBER_TIME[:5]):
            pass  # `이틀동안`
        elif t.tag in ("NNG", "NNP", "SL", "XPN", "XSN", "SH") or (t.tag == "MM" and k < end
                                                                   and _written_together(tokens, k + 1)):
            if days and words and all(tokens[w].start > max(d.start for d in days) for w in words):
                break  # `… 뒤 11일과 13일 이틀동안 볼리비아`: a date-led member opens at its date
            words.append(k)
        else:
            break
        k -= 1
    close()
    members.reverse()
    return members


__all__ = ["joined_happenings", "owners_of_one_happening"]

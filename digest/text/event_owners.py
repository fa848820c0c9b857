"""Owners of one happening: several owners, doers or opponents listed before one happening noun, each member its own
event on its day (`6일 윤증현 … 후보자와 양승태 … 후보자,9일 … 대한 인사청문회를 연다`, `11일과 13일 이틀동안 볼리비아와,22일과
24일은 아랍에미리트와 2차례 친선경기를치른다`, `튀니지(13일), 핀란드(17일), 터키(27일·이하 현지시간)와 원정경기를 갖는다`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta

from digest.text.korean import Token
from digest.text.timex import TimeExpr

Tokens = Sequence[Token]

# Heads of a happening several owners, doers or opponents share (`인사청문회`, `친선경기`, `평가전`)
SHARED_HEADS = (
    "축제", "페스티벌", "박람회", "엑스포", "비엔날레", "영화제", "문화제", "예술제", "전시회", "전람회", "산업전",
    "공연", "음악회", "콘서트", "대회", "경기", "경매", "이벤트", "놀이", "캠프", "강연", "사인회", "개막식", "폐막식",
    "개회식", "폐회식", "기념식", "시상식", "취임식", "수료식", "출정식", "개관식", "개통식", "준공식", "기공식", "착공식",
    "방송", "시사회", "간담회", "설명회", "발표회", "토론회", "세미나", "포럼", "심포지엄", "심포지움", "퍼레이드", "시연",
    "상영회", "쇼", "청문회", "평가전", "시험", "회담", "회견", "재판", "공판", "연설")
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
    return last if word.endswith(SHARED_HEADS) else None


def _closed_before(tokens: Tokens, first: int) -> tuple[int, bool, bool] | None:
    """Where the owners listed before the happening word at token `first` end, whether they run on into it with no
    mark (`… 후보자 청문회`) and whether they are opponents (`… 중국과 각각 평가전`): after `에 대한`, the genitive 의 or an
    opponent's 와/과, a count (`2차례`) or `각각` between."""
    j = first - 1
    while j > 0 and (tokens[j].form in ("각각", "각") or (tokens[j].form in ("차례", "번") and tokens[j - 1].tag == "SN")):
        j -= 1 if tokens[j].form in ("각각", "각") else 2
    if j < 1:
        return None
    t = tokens[j]
    if t.tag == "ETM" and tokens[j - 1].form == "대하":
        j -= 2
        return (j - 1 if tokens[j].tag == "JKB" and tokens[j].form == "에" else j), False, False
    if t.tag == "JKG" or (t.tag in ("JC", "JKB") and t.form in ("와", "과")):
        return j - 1, False, t.tag != "JKG"
    if t.tag in ("NNG", "NNP") and j == first - 1:
        return j, True, False
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
        listed = _owners(sentence, tokens, closed[0], in_date)
        members = [(owner, days) for owner, days, _ in listed]
        if closed[1] and len({day.start for _, days in members for day in days}) <= 1 \
                and len({head for _, _, head in listed}) > 1:
            continue  # `7일 완주군청사 및 의회건립공사 기공식`, `29일 운영위원회 및 전체의원 간담회`: run on into the
            # happening word with one day for all, owners of two kinds are what one happening is of; owners of one
            # kind each have their own (`한상혁 … 후보자와 이정옥 … 후보자 청문회`), as members with days of their own do
        if members and not members[0][1] and any(days for _, days in members):
            continue  # `왕이 중국 외교부장과 22일 한중 외교장관회담을`: days told by later members only, the first no
            # member of a list of days but the doer's partner
        if closed[2]:
            # `20일 코스타리카와, 27일 중국과 각각 평가전을`: the opponent's 와 Kiwi writes into a name is no part of it
            members = [(re.sub(r"(?<=[가-힣])(?:와|과)$", "", owner) or owner, days) for owner, days in members]
        if len(members) < 2 or any(owner.endswith(SHARED_HEADS) for owner, _ in members) \
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


def _owners(sentence: str, tokens: Tokens, end: int, in_date: dict) -> list[tuple[str, list[TimeExpr], str]]:
    """The owners listed up to token `end`, first to last, each with the days told inside its member and its last
    noun: a date-led member opens at its first date; a date in brackets after the owner's nouns (`튀니지(13일)`) is
    its own."""
    members: list[tuple[str, list[TimeExpr], str]] = []
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
            members.append((owner, sorted(days, key=lambda e: e.start), tokens[runs[-1][1]].form))
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


__all__ = ["SHARED_HEADS", "owners_of_one_happening"]

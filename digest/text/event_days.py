"""A day carried from context: 같은 날, 이날, ordinal days, a carried month, a heading's or a week's date."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from digest.text import event_grammar as grammar
from digest.text.event_identity import FoundEvent
from digest.text.event_titles import _AFTER_NOUNS, INTENT_NOUNS, _common_nouns, _names_within, _predicate
from digest.text.korean import tokenize
from digest.text.timex import TimeExpr, clause_tense
from digest.text.timex_links import AHEAD_OF

# `7·23 전당대회`, `3·9 대선`, `10·30 재보선`: a month and a day joined by a middle dot, then a space and a noun, name a
# happening by its day (an election, a party convention). The name is used from the day it is set to the day itself,
# so only a day up to four months on (or just past) is read: `12·12사건`, `6·25 전쟁 70주년` name history.
_DAY_NAME = re.compile(r"(?<![\d.·~∼])(?P<m>1[0-2]|[1-9])·(?P<d>3[01]|[12]\d|[1-9])(?=\s)")
_NAME_WINDOW = (timedelta(days=-3), timedelta(days=120))


def _dated_names(sentence: str, tokens, pub: date) -> list[tuple[str, date]]:
    out: list[tuple[str, date]] = []
    if "·" not in sentence:
        return out  # every match holds the middle dot: most sentences are not scanned position by position
    for match in _DAY_NAME.finditer(sentence):
        tokens = tokens or tokenize(sentence)
        k = first = next((n for n, t in enumerate(tokens) if t.start >= match.end()), len(tokens))
        while k < len(tokens) and (tokens[k].tag in ("NNG", "NNP") or tokens[k].form == "·") and (
                k == first or tokens[k].start == tokens[k - 1].start + tokens[k - 1].len):
            k += 1  # the noun written as one word after the space (`전당대회`: 전당/NNG 대회/NNG; `재·보궐선거`)
        while k > first and tokens[k - 1].form == "·":
            k -= 1
        if k == first or not any(len(t.form) > 1 for t in tokens[first:k]):
            continue
        rest = sentence[tokens[k - 1].start + tokens[k - 1].len:]
        if re.match(r"\s*(?:[가-힣]+\s+){0,2}(?:\d+\s*(?:주년|년|돌)|당시|때)", rest):
            continue  # an anniversary (`12·3 비상계엄 사태 1년을 앞두고`) or a time back then: something past
        if re.match(r"\s*(?:이|가|은|는|의)?\s*[\d.,]+\s*%", rest):
            continue  # `10·30 재보선이 5.45%의 사전 투표율을 기록했다`: a figure of a past one, not the day of one
        try:
            day = date(pub.year, int(match["m"]), int(match["d"]))
        except ValueError:
            continue
        for year in (pub.year - 1, pub.year + 1):
            other = day.replace(year=year) if not (day.month == 2 and day.day == 29) else day
            if abs((other - pub).days) < abs((day - pub).days):
                day = other
        if _NAME_WINDOW[0] <= day - pub <= _NAME_WINDOW[1]:
            out.append((sentence[match.start():tokens[k - 1].start + tokens[k - 1].len], day))
    return out


# A bare day (`27일`, `8~15일`, `9일부터 19일까지`): no month, year, `오는`/`지난` or offset word of its own.
_BARE_DAY = re.compile(r"\d{1,2}\s*(?:[~∼·,]\s*\d{1,2}\s*)*일(?:\s*(?:부터|[~∼])\s*\d{1,2}\s*일(?:\s*까지)?)?(?:\s*\S+)?")
# A day counted from another one (`다음 날`, `나흘뒤`, `하루 전`): `다음 날인 7일` names that day by its number.
_OFFSET_DAY = re.compile(r"(?:다음\s?날|이튿날|전날|[가-힣\d]+\s?(?:일|주일?)?\s?(?:뒤|후|전))")


def _can_anchor(expr: TimeExpr) -> bool:
    return expr.precision == "day" and expr.date is not None and expr.role not in ("name", "before") \
        and not _OFFSET_DAY.fullmatch(expr.text)


def _names_its_month(sentence: str, expr: TimeExpr) -> bool:
    """`8월 7일`, `다음달 1일부터`, `같은 달 21일`: the month is in the text, not chosen by the resolver."""
    return bool(re.search(r"[월달]", expr.text)) or re.search(r"같은\s?달\s*$", sentence[:expr.start]) is not None


# a clause told as the background ("… 한 가운데") and a new topic after it
_WHILE_ANOTHER_TOPIC = re.compile(r"[가-힣]\s가운데\s+(?:[^\s]+\s){0,4}[가-힣]+(?:은|는)\s")


def _in_carried_month(sentence: str, exprs: list[TimeExpr], pub: date, before: tuple[TimeExpr, bool] | None,
                      tokens=()):
    """Bare days read in the month of the date they go on from, which the resolver, reading each date alone,
    places near publication: `8월 7일 공개 후 … 9일부터 19일까지 … 20일부터` (the nearest date before, in the
    sentence), or `다음 날인 7일`, `나흘뒤인 15일`, `같은 달 23일` (a day counted from the last date told, in
    the sentence before: `다음달 1일부터 11일까지 … 예판마감 나흘뒤인 15일`). The date gone on from must name
    its month (or have been carried itself). On the dev articles a bare day in a later sentence with nothing
    tying it back is in the publication month far more often, so it is left alone; so is a bare day on the
    publication day (the dateline: `… 확정해 17일 발표했다`).

    Returns the expressions and the last date a later sentence's counted day may go on from, with whether it
    names its month: `before` is that of the sentences before."""
    out: list[TimeExpr] = []
    anchors: list[tuple[TimeExpr, bool]] = []
    for n, expr in enumerate(exprs):
        anchor = anchors[-1] if anchors else None
        apposed = (n > 0 and bool(_OFFSET_DAY.search(exprs[n - 1].text))
                   and re.fullmatch(r"\s*(?:인)?\s*", sentence[exprs[n - 1].end:expr.start]) is not None) \
            or re.search(r"같은\s?달\s*$", sentence[:expr.start]) is not None  # `같은 달 23일`
        if anchor is None and apposed:
            anchor = before
        moved = None
        if anchor is not None and anchors and anchor is anchors[-1] and _in_relative_clause(tokens, anchor[0].end, expr.start):
            anchor = None  # the month named dates a noun's description, not the clause the bare day is in
        if anchor is not None and anchors and anchor is anchors[-1] and AHEAD_OF.match(sentence, anchor[0].end):
            anchor = None  # "다음 달 1∼15일 본조사에 앞서 29일부터": what comes ahead of that month's days is not in it
        if anchor is not None and anchors and anchor is anchors[-1] \
                and _WHILE_ANOTHER_TOPIC.search(sentence, anchor[0].end, expr.start):
            anchor = None  # "백화점들이 다음달 3일부터 7일까지 … 실시키로 한 가운데 … 입점업체들은 25일부터": another topic's day
        if anchor is not None and anchor[1] and expr.precision == "day" and expr.date is not None \
                and not expr.counted_from and _BARE_DAY.fullmatch(expr.text) and not re.search(r"[월달년]", expr.text) \
                and (expr.date != pub or apposed) \
                and (anchor[0].date.year, anchor[0].date.month) != (expr.date.year, expr.date.month):
            moved = _same_days_in(expr, anchor[0].date.year, anchor[0].date.month, pub)
            tense = clause_tense(sentence, expr.end)
            if re.search(r"기로\s", sentence[expr.end:]):
                tense = None  # "7일 또는 10일 각각 열기로 ... 합의했다": a decision about days ahead, whatever its verb's tense
            if moved is not None and ((tense == "past" and moved.date > pub) or (tense == "future" and moved.date < pub)):
                moved = None  # the carried month would contradict the verb's tense (`하루 전인 26일 … 공개했다`)
        out.append(moved or expr)
        if _can_anchor(out[-1]) and sentence.count("(", 0, expr.start) <= sentence.count(")", 0, expr.start):
            # a date in brackets is a note beside a name (`65~69세(1954년 1월1일~1958년 12월31일 출생자)는 19일부터`)
            # a date the resolver read in the month of the trusted date before it (`8월 7일 ... 9일부터 19일까지`)
            # goes on in that month too
            same = bool(anchors) and anchors[-1][1] and (anchors[-1][0].date.year, anchors[-1][0].date.month) == (
                out[-1].date.year, out[-1].date.month)
            anchors.append((out[-1], moved is not None or same or _names_its_month(sentence, expr)))
    return out, (anchors[-1] if anchors else before)


def _in_relative_clause(tokens, begin: int, end: int) -> bool:
    """A predicate in [begin, end) that describes the noun after it (`4월 3일 개항을 앞두고 있는 양양국제공항의 … 8일
    … 실시된다`): a date before it belongs to that relative clause, and a bare day after it to the main clause, whose
    month the resolver chose from the publication day. A clause ending in a time noun (`공개한 뒤 9일부터`) goes
    on from its date instead."""
    return any(begin <= t.start < end and (t.tag.startswith("V") or grammar.verbal_noun(tokens, k))
               and grammar.modifies_noun(tokens, k, grammar.NOT_HEADS) for k, t in enumerate(tokens))


_SAME_MONTH_DAY = re.compile(r"(?<![가-힣])같은\s?달\s*(?P<d>3[01]|[12]\d|0?[1-9])일")


def _same_month_day(sentence: str, before: tuple[TimeExpr, bool] | None, pub: date) -> list[TimeExpr]:
    """`정식 출시는 같은 달 23일이었다`: a day of the month the last date told named, which the resolver, reading
    the sentence alone, cannot date."""
    m = _SAME_MONTH_DAY.search(sentence)
    if m is None or before is None or not before[1]:
        return []
    try:
        day = date(before[0].date.year, before[0].date.month, int(m["d"]))
    except ValueError:
        return []
    where = "past" if day < pub else "future" if day > pub else "present"
    return [TimeExpr(m.group(0), m.start(), m.end(), day, day, "day", where)]


def _same_days_in(expr: TimeExpr, year: int, month: int, pub: date) -> TimeExpr | None:
    """The expression's days moved into another month (a span keeps its length), or None when a day is not in it."""
    try:
        start = date(year, month, expr.date.day)
    except ValueError:
        return None
    end = start + (expr.end_date - expr.date) if expr.end_date is not None else start
    where = "past" if end < pub else "future" if start > pub else "present"
    return replace(expr, date=start, end_date=end, direction=where)


# With no date of its own, a sentence that goes on with a clock time (`폐회식이 끝난 후 오후 2시부터 … 행사가
# 열려`) after naming the event just told is on that event's day.
_CLOCK_ALONE = re.compile(r"(?<![가-힣\d])(?P<pod>오전|오후|저녁|밤|새벽)\s*\d{1,2}시(?:\s*\d{1,2}분)?(?:\s*(?:부터|에|께|쯤))?")


_COUNTED_DOERS = re.compile(r"\d+\s*(?:개사|개\s*(?:종목|업체|기업|단지|팀)|곳)\s*(?:이|가)\s")


def _week_for_many(sentence: str, tokens, read: list[TimeExpr], para: int):
    """A week ahead whose sentence counts its doers (`이번주에는 5개 종목이 … 공모 청약을 받는다`, `다음주에는 … 등
    2개사가 … 공모주 청약을 받는다`): the week and what they do (the object's last noun), which the paragraph then
    tells doer by doer."""
    if len(read) != 1 or read[0].precision != "week" or read[0].direction == "past" \
            or not _COUNTED_DOERS.search(sentence, read[0].end):
        return None
    objects = [k for k, t in enumerate(tokens) if t.tag == "JKO" and k > 0 and grammar.is_noun(tokens[k - 1])]
    return (para, read[0], tokens[objects[-1] - 1].form) if objects else None


def _in_told_week(sentence: str, tokens, week: TimeExpr, noun: str) -> list[TimeExpr]:
    """A sentence with no date that has one doer do what the paragraph's counted week told many do (`또 … 금양은
    실권주 청약을 실시한다`, `코스닥 시장에서는 건설업체 대원이 공모 청약을 실시한다`) is dated by that week."""
    done = [k for k, t in enumerate(tokens) if t.form == noun and grammar.is_noun(t) and k + 1 < len(tokens)
            and tokens[k + 1].tag == "JKO"]
    if not done or clause_tense(sentence, 0) == "past" or _COUNTED_DOERS.search(sentence) \
            or not any(t.tag in ("JKS", "JX") for t in tokens[:done[0]]):
        return []
    return [replace(week, text="", start=0, end=0)]


def _framed_day(sentence: str, para: int, frame, previous_day) -> date | None:
    """The day a sentence with no date of its own happens on, read from the paragraph: the frame set by a
    sentence opening with `N일에는` (a week's calendar, one day a paragraph), or, for a sentence opening with
    `또`/`또한`/`아울러` (`또 ... 회의를 열고`), the planned day the sentence before it told."""
    if frame is not None and frame[0] == para:
        return frame[1]
    if previous_day is not None and previous_day[0] == para and re.match(r"(?:또|또한|아울러)\s", sentence):
        return previous_day[1]
    return None


_DAY_WORD_TOLD = re.compile(r"같은\s?날|이날|당일")
_HEADING_MARK = re.compile(r"\s*[◆◇■□▲△●○▶▷]")


def _heading_day(sentence: str, tokens, exprs: list[TimeExpr]) -> date | None:
    """The day of a schedule heading (`◆ 5월 12일 트리플에스(tripleS), 미야오(MEOVV)`): a marked line opening with one
    day and naming, with no predicate, what the paragraph under it tells; that paragraph happens on its day."""
    if not (exprs and _HEADING_MARK.match(sentence) and not sentence[:exprs[0].start].strip(" ◆◇■□▲△●○▶▷")):
        return None
    first = exprs[0]
    if first.precision != "day" or first.date is None or first.date != first.end_date \
            or any(t.tag.startswith(("V", "E", "XSV")) for t in tokens):
        return None
    return first.date


def _told_coarsely(expr: TimeExpr, day: date) -> TimeExpr:
    """A month or week holding the paragraph's framing day (`5월 컴백 첫 주자로 나선다` under `◆ 5월 2일 …`) is that
    day told coarsely: the happening is on the day."""
    if expr.precision in ("month", "week") and expr.role == "point" and expr.date is not None \
            and expr.end_date is not None and expr.date <= day <= expr.end_date:
        return replace(expr, date=day, end_date=day, precision="day")
    return expr


# Endings that join two clauses as equals (`발표되고`, `발표할 예정이며`): each clause may tell its own happening.
_COORDINATING = ("고", "며", "으며")


def _later_hour(tokens, k: int) -> int | None:
    """Where the clause goes on after a clock time alone opening it (`8시 30분에는`, `9시에`), else None."""
    j = k
    while j + 1 < len(tokens) and tokens[j].tag == "SN" and tokens[j + 1].form in ("시", "분") and tokens[j + 1].tag == "NNB":
        j += 2
    if j == k or j >= len(tokens) or tokens[k + 1].form != "시" or tokens[j].form != "에" or tokens[j].tag != "JKB":
        return None
    j += 1
    if j < len(tokens) and tokens[j].form in ("는", "도") and tokens[j].tag == "JX":
        j += 1
    return j if j < len(tokens) else None


def _coordinated(tokens, begin: int, stop: int) -> list[int]:
    """Where each clause coordinated with the date's first one begins, when it has its own subject or topic
    (`... 발표되고 농림축산식품부는 ... 발표한다`, `... 발표할 예정이며, 기재부는 ... 개최한다`) and its own
    predicate before `stop`: the date told at the head of the sentence dates them all."""
    out = []
    while (found := _predicate(tokens, begin, stop)) is not None:
        k = found[0] + 1
        if k + 1 < len(tokens) and tokens[k].tag == "JKS" and tokens[k + 1].tag == "VV" and _later_hour(
                tokens, k + 4 if tokens[k + 3: k + 4] and tokens[k + 3].tag == "SP" else k + 3) is not None:
            k += 2  # "… 이벤트가 열리고, 8시 30분에는": the happening is the subject of the verb before the hour
        while k < len(tokens) and tokens[k].tag in ("XSV", "EP", "ETM", "VCP", "NNG") and tokens[k].form not in _COORDINATING \
                and (tokens[k].tag != "NNG" or tokens[k].form in INTENT_NOUNS):
            k += 1
        if k >= len(tokens) or tokens[k].tag != "EC" or tokens[k].form not in _COORDINATING or tokens[k].start >= stop:
            return out
        k += 1
        if k < len(tokens) and tokens[k].tag == "SP":
            k += 1
        first = k
        if (hour := _later_hour(tokens, k)) is not None:
            # "27일 오후 8시부턴 … 이벤트가 열리고, 8시 30분에는 … 견우직녀가요제가 시행된다": a later hour of the
            # day told opens the clause; what happens then is the subject after it, wherever it stands
            first = k = hour
        else:
            while k < len(tokens) and (grammar.is_noun(tokens[k]) or tokens[k].tag in ("SN", "XSN", "JKG", "SP")):
                k += 1
            if k == first or k >= len(tokens) or not (tokens[k].tag == "JKS" or (tokens[k].tag == "JX" and tokens[k].form in ("은", "는"))):
                return out
        second = _predicate(tokens, tokens[k].start, stop)
        while hour is not None and second is not None and (
                nxt := _predicate(tokens, tokens[second[0]].start + tokens[second[0]].len, stop)) is not None:
            second = nxt  # the clause's own predicate is its last (`… 오디션을 통해 선발된 … 가요제가 시행된다`)
        if second is None or grammar.modifies_noun(tokens, second[0]) or _time_clause(tokens, second[0]) or not (
                grammar.verbal_noun(tokens, second[0]) or tokens[second[0]].tag == "VV"
                or grammar.light_verb_argument(tokens, second[0]) is not None):
            return out  # "당첨자는 홈페이지에 공지된 시점부터": a predicate describing a noun, not a happening
        if hour is not None:
            # the happening is named after the clauses describing it (`… 10개팀이 참가하는 견우직녀가요제가`)
            first = max([n + 1 for n in range(first, second[0]) if tokens[n].tag == "ETM"], default=first)
        out.append(tokens[first].start)
        begin = tokens[k].start
    return out


def _then_clause(tokens, begin: int, stop: int) -> list[int]:
    """Where the clause after `X를 마친 뒤`, `참배한 뒤` begins when the date's first happening ends in a time
    clause and the next one has its own happening and no date of its own (`20일 유엔총회에서 기조연설을 마친 뒤 …
    사무총장을 면담할 방침`): the day told at the head dates that one too."""
    found = _predicate(tokens, begin, stop)
    if found is None:
        return []
    k = grammar.light_verb_argument(tokens, found[0]) or found[0]
    if not _time_clause(tokens, k):
        return []
    k += 1
    while tokens[k].tag in ("XSV", "EP"):
        k += 1
    if tokens[k + 1].form not in ("뒤", "후") or k + 2 >= len(tokens) or tokens[k + 2].start >= stop:
        return []
    after = tokens[k + 2].start
    second = _predicate(tokens, after, stop)
    if second is None or grammar.modifies_noun(tokens, second[0]) or _time_clause(tokens, second[0]) or not (
            grammar.verbal_noun(tokens, second[0]) or grammar.light_verb_argument(tokens, second[0]) is not None):
        return []
    if any(t.tag == "SN" for t in tokens if after <= t.start < tokens[second[0]].start):
        return []  # "… 마치고 10일 … 들은후 11-12 양일간 …": a clause with a date of its own is dated by it
    # the next one closes the sentence (`면담할 방침이다`, `집전한다`); a step in a chain (`… 평가를 거쳐 10월 …`,
    # `착공에 들어갔으며`) goes on to a happening of its own
    j = grammar.light_verb_argument(tokens, second[0]) or second[0]
    j += 1
    while j < len(tokens) and tokens[j].tag in ("XSV", "EP"):
        j += 1
    closes = j < len(tokens) and (tokens[j].tag == "EF" or (
        tokens[j].tag == "ETM" and j + 1 < len(tokens) and tokens[j + 1].form in INTENT_NOUNS))
    return [after] if closes else []


def _told_that_day(sentence: str, tokens, expr, day: date | None, found: list[FoundEvent]) -> bool:
    """`이날 간담회는 … 질문이 쏟아졌다` after `28일 … 간담회를 갖고`: `이날` with a topic naming a happening already
    told on that day goes on about that happening; whatever its verb says is no happening of its own."""
    if not expr.text.startswith(("이날", "당일")) or day is None:
        return False
    subject = grammar.subject_after(tokens, expr.end)
    if subject is None:
        return False
    topic = sentence[tokens[subject[0]].start:tokens[subject[1] - 1].start + tokens[subject[1] - 1].len]
    return any(e.start == day and e.precision == "day" and _names_within(topic, e.title) for e in found)


# the words of a day's itinerary: what a visitor attends, holds or meets, each a happening of that day
_ITINERARY_NOUNS = frozenset("참석 방문 회담 정상회담 회동 면담 연설 강연 오찬 만찬 참배 시찰 주재 간담회 기자회견 개막식 기념식".split())
_PARTS_OF_DAY = frozenset("오전 오후 저녁 밤 새벽 아침 낮 점심".split())


def _itinerary(tokens, begin: int, stop: int) -> list[int]:
    """Where each later step of one doer's day begins (`14일 오전에는 … 개막식에 참석하고, 오후에는 시진핑 주석과
    정상회담을 갖고 …`): clauses joined by `-고`/`-며`/`-ㄴ 뒤` with no subject and no date of their own (a part of the
    day may open them), each closing on a happening a visitor attends, holds or meets. The day told at the head
    dates them all."""
    out: list[int] = []
    found = _predicate(tokens, begin, stop)
    while found is not None:
        k = grammar.light_verb_argument(tokens, found[0]) or found[0]
        k += 1
        while k < len(tokens) and tokens[k].tag in ("XSV", "EP"):
            k += 1
        if k + 1 < len(tokens) and tokens[k].tag == "ETM" and tokens[k + 1].form in _AFTER_NOUNS:
            k += 2  # `연설을 한 뒤`
        elif not (k < len(tokens) and tokens[k].tag == "EC" and tokens[k].form in _COORDINATING):
            return out
        else:
            k += 1
        while k < len(tokens) and tokens[k].tag == "SP":
            k += 1
        if k >= len(tokens) or tokens[k].start >= stop:
            return out
        first = k
        nxt = _predicate(tokens, tokens[first].start, stop)
        if nxt is None:
            return out
        words = tokens[first:nxt[0]]
        # (a subject inside a clause describing the next noun is that clause's: `타시켄트주지사가 주최하는 고려인만찬에 참석`)
        subject = [n for n, t in enumerate(words) if (t.tag == "JKS" or (t.tag == "JX" and t.form in ("은", "는"))
                   and not (n > 1 and words[n - 1].tag == "JKB" and words[n - 2].form in _PARTS_OF_DAY))
                   and not any(u.tag == "ETM" for u in words[n + 1:])]
        if subject or any(t.tag == "SN" for t in words) or (grammar.modifies_noun(tokens, nxt[0])
                                                             and not _time_clause(tokens, nxt[0])):
            return out  # a doer or a date of its own: another rule's clause, or none of this day
        noun = tokens[nxt[0]]
        if not (noun.form in _ITINERARY_NOUNS or (grammar.light_verb_argument(tokens, nxt[0]) is not None
                                                  and tokens[nxt[0] + 2].form in ("갖", "가지", "열"))):
            return out
        out.append(tokens[first].start)
        found = nxt
    return out


def _time_clause(tokens, i: int) -> bool:
    """`투표가 끝난 뒤`, `회의를 마친 후`: the predicate at i ends in an adnominal before a time noun; its clause
    says when the next one happens, it tells no happening of its own."""
    j = i + 1
    while j < len(tokens) and tokens[j].tag in ("XSV", "EP"):
        j += 1
    return j + 1 < len(tokens) and tokens[j].tag == "ETM" and tokens[j + 1].form in _AFTER_NOUNS


_SAME_DAY = re.compile(r"(?<![가-힣])같은\s?날(?!짜|씨|개)")


def _told_day(sentence: str, last: FoundEvent | None, pub: date, followed: FoundEvent | None = None,
              paragraph: tuple[str, ...] = ()) -> list[TimeExpr]:
    """A clock time alone, on the day of the last single-day event told when the sentence names that event
    before it (`폐회식이 끝난 후 오후 2시부터`): a continuation of that day. `같은 날` opening a sentence is that
    day too (`같은 날 1라운드에선 ... 경기가 펼쳐진다`)."""
    # opening the sentence or after its subject (`… 인사청문회도 같은날 환경노동위원회에서 열린다`): either way the
    # sentence names no day of its own, so 같은 날 is the day just told
    same = _SAME_DAY.search(sentence)
    if same and followed is not None and followed.precision == "day" and followed.start is not None \
            and followed.start == followed.end:
        # the day of the last follow-up told, not the publication day's own news
        where = "past" if followed.start < pub else "future"
        return [TimeExpr(same.group(0), same.start(), same.end(), followed.start, followed.start, "day", where)]
    opening = _PART_OF_DAY_OPENING.match(sentence)
    if opening and followed is not None and followed is last and followed.precision == "day" \
            and followed.start is not None and followed.start == followed.end and followed.start > pub \
            and (opening["pod"] or followed.evidence in paragraph):
        # `이어` alone goes on with a step told in its own paragraph; a paragraph later it may be any part of the day
        # "… 시복미사를 집전한다. 오후에는 충북 음성 꽃동네를 방문하고": a sentence opening with a part of the day
        # and naming no day of its own goes on with the day of the planned happening just told
        return [TimeExpr(opening.group(0).strip(), 0, opening.end(), followed.start, followed.start, "day", "future",
                         opening["pod"])]
    m = _CLOCK_ALONE.search(sentence)
    if m is None or last is None or last.precision != "day" or last.start != last.end or last.start is None \
            or not any(len(w) > 1 and w in sentence[:m.start()] for w in _common_nouns(last.title)):
        return []
    last_day = last.start
    where = "present" if last_day == pub else ("past" if last_day < pub else "future")
    return [TimeExpr(m.group(0), m.start(), m.end(), last_day, last_day, "day", where, m["pod"])]


def _same_day_then_neighbour(sentence: str, read: list[TimeExpr], followed: FoundEvent | None) -> list[TimeExpr]:
    """A gapped list opening with `같은 날` and going on with `다음날`/`전날` (`같은 날 금융감독원은 … 결과를 다음날
    금융위원회는 … 운용현황을 내놓는다`): the first member is the day of the follow-up just told, the next one counts
    from it, not from the publication day as the resolver, reading one sentence, does."""
    same = _SAME_DAY.match(sentence)
    if same is None or followed is None or followed.precision != "day" or followed.start is None \
            or followed.start != followed.end:
        return []
    day = followed.start
    neighbours = [e for e in read if _NEIGHBOUR_DAYS.get(re.sub(r"\s", "", e.text)[:3]) is not None]
    if not neighbours:
        return []
    out = [TimeExpr(same.group(0), same.start(), same.end(), day, day, "day",
                    "future" if followed.kind == "planned" else "past")]
    for e in read:
        shift = _NEIGHBOUR_DAYS.get(re.sub(r"\s", "", e.text)[:3])
        if shift is not None:
            e = replace(e, date=day + timedelta(days=shift), end_date=day + timedelta(days=shift))
        out.append(e)
    return out


def _day_of_a_happening(tokens, expr) -> bool:
    """`도착 당일`: 당일 after a common noun is the day of what that noun names, the planned day just told however far
    ahead (`오는 8월 14일 … 입국해 … 도착 당일 청와대로 박근혜 대통령을 예방하는`), not the news day."""
    k = next((n for n, t in enumerate(tokens) if t.start >= expr.start), len(tokens))
    return expr.text == "당일" and 0 < k < len(tokens) and tokens[k].form == "당일" and tokens[k - 1].tag == "NNG" \
        and tokens[k - 1].start + tokens[k - 1].len < expr.start


# `이 자리에서 … 도 함께 선보일 예정이다`: done at the happening just told, a part of it rather than one held along
_AT_THAT_EVENT = re.compile(r"(?:이|그)\s?자리\s?(?:에서|서|에)\s")


def _held_along(sentence: str, tokens, followed: FoundEvent | None, pub: date) -> list[TimeExpr]:
    """`특히 … 공적비 제막식도 함께 열릴 예정이다` after `… 기념식이 오는 28일 오전 10시 … 열린다`: a subject added with
    도 and done 함께 ("along with it") right before its predicate is held at the planned happening last told, on its
    day; `이와 함께` ("besides") opens a sentence of its own and is not read."""
    if followed is None or followed.precision != "day" or followed.start is None or followed.start != followed.end \
            or followed.start <= pub or clause_tense(sentence, 0) == "past" or _AT_THAT_EVENT.match(sentence):
        return []
    along = next((k for k in range(1, len(tokens) - 1) if tokens[k].form == "함께" and tokens[k].tag == "MAG"
                  and tokens[k - 1].form == "도" and tokens[k - 1].tag == "JX"
                  and tokens[k + 1].tag in ("VV", "NNG")), None)
    if along is None:
        return []
    return [TimeExpr("", 0, 0, followed.start, followed.start, "day", "future")]


# A day counted within a happening of several days: `둘째날`, `셋째 날`, `개막 이틀째`
_ORDINAL_DAY = re.compile(r"(?<![가-힣])(?:(?P<nth>첫|둘|셋|넷|다섯)째?\s?날|(?P<count>이틀|사흘|나흘|닷새)\s?째)(?=에|엔|인|\s)")
_ORDINALS = {"첫": 1, "둘": 2, "셋": 3, "넷": 4, "다섯": 5, "이틀": 2, "사흘": 3, "나흘": 4, "닷새": 5}


def _ordinal_day(sentence: str, first: date | None) -> list[TimeExpr]:
    """`개막 이틀째에는 … 첫 경기가 … 펼쳐진다` after `정규 시즌은 오는 1월 17일부터 …`, `둘째날에는 … 걷기대회` after
    `10일부터 12일까지 3일간`, `방일 첫날 … 한일 정상회담` after `23일 … 출국한다`: a sentence naming no day of its own
    counts its day from the first day the article told, when that day is ahead (what is counted in days is the coming
    happening the article is about)."""
    if first is None:
        return []
    # every one the sentence lists in order (`둘째 날 초등부 단체전, 셋째 날 대학부 예선, 넷째 날 대학부 결선 순으로`); a day
    # before the last one told is pointed back to, not listed (`… 행사가 첫날에 이어 계속된다`)
    out: list[TimeExpr] = []
    last = 0
    for m in _ORDINAL_DAY.finditer(sentence):
        nth = _ORDINALS[m["nth"] or m["count"]]
        if nth <= last:
            break
        day, last = first + timedelta(days=nth - 1), nth
        out.append(TimeExpr(m.group(0), m.start(), m.end(), day, day, "day", "future"))
    return out


# A part of the day (and its clock time) opening a sentence, after `이어` at most: `오후에는`, `이어 오후 6시30분`
# or `이어` alone (`이어 … 솔뫼성지에서 … 참가자들을 만난다`): the next step of that day's schedule
_PART_OF_DAY_OPENING = re.compile(r"(?:이어(?:서)?\s+)?(?P<pod>오전|오후|저녁|밤|새벽)(?:\s*\d{1,2}시(?:\s*\d{1,2}분)?)?"
                                  r"(?:에는|엔|에|부터)?(?=\s)|이어(?:서)?(?=\s)")


# Day words counted from another day: across sentences, from the day of the last event told.
_NEIGHBOUR_DAYS = {"다음날": 1, "이튿날": 1, "전날": -1, "하루전": -1}

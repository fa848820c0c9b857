"""Follow-up events: extraction from dated sentences, and the rules for merging and status.

An event is a dated expression (resolved by `digest.text.timex`) governed by a predicate that names a
happening (`체결하고`, `개최한다`, `열어`, `발표할 예정`). Its title is the clause between the date and the
predicate, headline-style: particles dropped, the predicate as a noun (`서울대학교와 MOU 체결`).

Dates on the publication day are the news itself, not a follow-up; they are kept only as reports that can
confirm an earlier plan ("11일 MOU를 체결했다" in an article of the 11th closes the plan made on the 10th).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta
from functools import partial

from digest.text import event_grammar as grammar
from digest.text.event_exclusions import dates_no_happening
from digest.text.event_identity import (
    CONFIRMING_PERIODS,
    FoundEvent,
    _same_word,
    confirms,
    display_date,
    report_span,
    same_event,
)
from digest.text.event_titles import (
    _AFTER_NOUNS,
    _DAY_OF,
    _HELD_NOUNS,
    _HOLIDAY_NAME,
    _OPENING_CLOSING,
    _PHASES,
    _TAKES_PLACE,
    EVENT_VERBS,
    INTENT_NOUNS,
    INTENT_VERBS,
    NP_TAGS,
    _awaited_title,
    _awaits,
    _Borrowed,
    _clause_on_date,
    _common_nouns,
    _described_history,
    _happening_word,
    _head_noun,
    _held_on_date,
    _inside_single_quotes,
    _last_boundary,
    _names_within,
    _noun_phrase_before,
    _object_set_on_date,
    _owner_of,
    _predicate,
    _set_on_date,
    _subjectless_plan,
    _title,
    _title_from_predicate,
    _topic_on_date,
    _without_topic,
)
from digest.text.korean import content_words, tokenize
from digest.text.metadata import KST
from digest.text.timex import PRECISIONS, TimeExpr, clause_tense, find_time_expressions
from digest.text.timex_context import ArticleDates


def _pub_date(published: datetime | date) -> date:
    if isinstance(published, datetime):
        return (published.astimezone(KST) if published.tzinfo else published).date()
    return published


def extract_events(paragraphs: list[list[tuple[str, tuple]]], published: datetime | date) -> list[FoundEvent]:
    """Events announced or mentioned in an article's body paragraphs: lists of (sentence, morphemes); the
    morphemes from ingest are reused, and a sentence without them is analysed here."""
    pub = _pub_date(published)
    found: list[FoundEvent] = []
    # What "이날" ("that day") points back to: a single day named earlier in its sentence, else the day of the
    # last event told ("오는 11일 ... 이날 오후에는" is the 11th; "10일 선언했다. 이날 ..." the 10th); when that
    # event spans days or has no day (a schedule: "22~25일 심사, 26~29일 운영. ... 이날 오후 4시 기념식"),
    # the day of the article's first event (its lead: "15일 임시회를 개최한다").
    lead_day = last_event_day = None
    frame = None          # a day set as the paragraph's frame (`28일에는 ...`): (paragraph, day)
    previous_day = None   # (paragraph, day) of a planned single day told by the sentence before
    previous_topic = topic = None   # the first topic (`...는`) of the sentence before, for a list it goes on
    previous_owner = owner = None   # whose that topic is (`'갤럭시 노트8'의 사전예약판매는`): what its news is about
    last_told_date = None  # the last day-precise date read (and whether it names its month), for `다음 날인 7일`
    previous_object = last_object = None  # the last object (`...을/를`) of the sentence before, read when asked for
    lead_object = None  # the last object of the article's first sentence, read when asked for
    first_ahead = None  # the first day ahead the article tells: what `둘째날`, `개막 이틀째` count from
    dates_told = ArticleDates()  # what the sentences read so far told (`2월 27일 … 28일 오후에는` is February's)
    week = None  # (paragraph, week, noun) a week ahead told for many doers at once (`이번주에는 5개 종목이 … 청약을 받는다`)
    for para, sentence, known_tokens in ((n, *pair) for n, sentences in enumerate(paragraphs) for pair in sentences):
        previous_topic, topic = topic, None
        previous_object, last_object = last_object, partial(_last_object, sentence, known_tokens or tokenize(sentence))
        # what the article's first sentence announces is done to, for the sentences after it
        lead_before, lead_object = lead_object, lead_object or last_object
        told = [e for e in found if not e.on_publication_day]
        read = find_time_expressions(sentence, pub, dates_told)  # the article's dates so far carried into it
        dates_told = dates_told.after(read, sentence)
        exprs = _same_day_then_neighbour(sentence, read, told[-1] if told else None) or read \
            or _told_day(sentence, found[-1] if found else None, pub, told[-1] if told else None,
                         tuple(text for text, _ in paragraphs[para])) \
            or _ordinal_day(sentence, first_ahead) \
            or _held_along(sentence, known_tokens or tokenize(sentence), told[-1] if told else None, pub)
        if not exprs and week is not None and week[0] == para:
            exprs = _in_told_week(sentence, known_tokens or tokenize(sentence), week[1], week[2])
        if read and week is not None and not all(e.date is not None and week[1].date <= e.date <= week[1].end_date
                                                 for e in read):
            week = None  # a day outside the week ends its telling (`삼양패키징이 20~21일 …` stays inside it)
        week = (_week_for_many(sentence, known_tokens or tokenize(sentence), read, para) if read else None) or week
        first_ahead = first_ahead or next((e.date for e in read if e.precision == "day" and e.date is not None
                                           and e.date > pub and e.role in ("point", "range", "since")), None)
        if not read and exprs and frame is not None and frame[0] == para and len(frame) > 2 \
                and all(_DAY_WORD_TOLD.match(e.text) for e in exprs):
            # "◆ 5월 12일 … / 두 팀이 같은 날 신곡을 발표한다": the day told is the heading's, not the last event's
            exprs = [replace(e, date=frame[1], end_date=frame[1]) for e in exprs]
        # "내년도 예산안 ... 시정연설은 같은 달 31일 본회의서 진행된다": a year inside a name is no reason to leave the day
        exprs = sorted(exprs + [e for e in _same_month_day(sentence, last_told_date, pub)
                                if not any(x.start <= e.start < x.end for x in exprs)], key=lambda e: e.start)
        exprs, last_told_date = _in_carried_month(sentence, exprs, pub, last_told_date,
                                                  known_tokens or tokenize(sentence) if len(exprs) > 1 else ())
        framing = _framed_day(sentence, para, frame, previous_day)
        if framing is not None:
            exprs = [_told_coarsely(e, framing) for e in exprs]
            tokens = known_tokens or tokenize(sentence)
            if all(_names_a_period(sentence, tokens, e) for e in exprs) and clause_tense(sentence, 0) != "past":
                # "28일에는 통계청이 ... 발표한다. 관세청은 2018년 기업무역활동통계를 발표할 예정이다": the frame dates it
                exprs = [TimeExpr("", 0, 0, framing, framing, "day", "future" if framing > pub else "present")]
        previous_day = None
        tokens = (known_tokens or tokenize(sentence)) if exprs else ()
        marks = [k for k, t in enumerate(tokens) if t.tag == "JX" and t.form in ("은", "는") and k > 0
                 and grammar.is_noun(tokens[k - 1])]
        topic = _noun_phrase_before(sentence, tokens, tokens[marks[0]].start) if marks else None
        previous_owner, owner = owner, (_owner_of(sentence, tokens, tokens[marks[0]].start - len(topic))
                                        if topic else None)
        if exprs and exprs[0].precision == "day" and exprs[0].date == exprs[0].end_date and exprs[0].date is not None \
                and re.fullmatch(r"(?:오는\s*)?", sentence[:exprs[0].start]) and re.match(r"(?:에는|엔|은|는)\s", sentence[exprs[0].end:]):
            frame = (para, exprs[0].date)
        if (heading := _heading_day(sentence, tokens, exprs)) is not None:
            frame = (para + 1, heading, "heading")
        sentence_day = None
        sentence_first = len(found)
        dated = _event_dates(sentence, tokens, exprs, pub)
        schedule = _schedule_of(sentence, tokens, dated)
        stages = _stages(sentence, tokens, dated, schedule)
        if stages or (schedule and schedule.endswith(_TIMETABLE_NOUNS)
                      and any(isinstance(e, _Borrowed) and e.listed is not None for e, _, _ in dated)):
            schedule = None  # a timetable whose days are each a stage of their own
        chained = None
        for n, (expr, end_date, stop) in enumerate(dated):
            if schedule is not None and n > 0:
                continue  # a later stop of the schedule told by the sentence's first date
            start, end = expr.date, end_date
            if expr.text.startswith(("이날", "당일")):
                ref = sentence_day or last_event_day or lead_day
                if ref is not None and sentence_day is None and (
                        (abs((ref - pub).days) > 7 and not (ref == last_event_day and ref > pub
                                                            and _day_of_a_happening(tokens, expr)))
                        or (ref > pub and clause_tense(sentence, expr.end) == "past")):
                    # a background day months away is not what "이날" of the news points to, nor is a day ahead what
                    # a past verb tells of ("… 23일로 늦춰진 바 있다. 교육부는 이날 오전 … 논의를 진행했으며")
                    ref = pub
                if ref is not None:
                    start = end = ref
            shift = _NEIGHBOUR_DAYS.get(re.sub(r"\s", "", expr.text)[:3])
            if shift is not None and sentence_day is None and last_event_day is not None \
                    and abs((last_event_day - pub).days) <= 7:
                # "12일 추첨을 진행할 예정이며 ... 당첨자는 다음 날 공지": the day after the last event told, which
                # timex, reading one sentence, could only count from the publication day
                start = end = last_event_day + timedelta(days=shift)
            precision = expr.precision
            if start is not None and _PART_OF_YEAR.fullmatch(expr.text):
                # "올해 초 ... 선정", "내년 초로 연기": the text names the year, not a month of it; its end
                # ("지난해 말 완공한", "연말 준공 예정인") is its last month, December
                if expr.text.rstrip().endswith("말"):
                    precision, start, end = "month", date(start.year, 12, 1), date(start.year, 12, 31)
                else:
                    precision, start, end = "year", date(start.year, 1, 1), date(start.year, 12, 31)
            single = precision == "day" and start is not None and start == end
            if single:
                sentence_day = start
            title = stages[n] if stages else schedule or _awaited_title(sentence, tokens, expr) \
                or _object_set_on_date(sentence, tokens, expr) \
                or _title(sentence, tokens, expr, stop) \
                or _held_on_date(sentence, tokens, expr) or _nominal_member(sentence, tokens, expr, stop) \
                or _set_on_date(sentence, tokens, expr)
            if title is None and previous_topic and re.match(r"(?:이후|이어|이어서|그\s?뒤|그\s?다음)\s", sentence) \
                    and (pred := _predicate(tokens, expr.end, stop)) is not None:
                # "... 결정회의는 8번 열리고, ... 이후 2월 28일, 4월 18일 ... 순으로 개최된다": the list goes on with
                # the topic of the sentence before
                title = f"{previous_topic} {EVENT_VERBS.get(pred[1], pred[1])}"
            if title is None and previous_owner and (pred := _predicate(tokens, expr.end, stop)) is not None \
                    and re.fullmatch(r"\s*(?:경|께|쯤)?\s*", sentence[expr.end:tokens[pred[0]].start]) \
                    and grammar.verbal_noun(tokens, pred[0]) and tokens[pred[0] + 1].form == "되" \
                    and clause_tense(sentence, expr.end) != "past" \
                    and not any(t.tag == "JKS" or (t.tag == "JX" and t.form in ("은", "는"))
                                for t in tokens[:pred[0]] if t.start >= _last_boundary(tokens, 0, expr.start)):
                # "'갤럭시 노트8'의 사전예약판매는 … 진행될 예정이다. … 나흘뒤인 15일 출시될 것으로 보인다": a passive
                # forecast or plan with no subject goes on with what the sentence before was about
                title = f"{previous_owner} {pred[1]}"
            if title is None and n == 0 and previous_object and previous_object() and re.fullmatch(r"\s*(?:(?:오는|다음\s?달|내달)\s*)*", sentence[:expr.start]) \
                    and (pred := _predicate(tokens, expr.end, stop)) is not None and grammar.verbal_noun(tokens, pred[0]) \
                    and not sentence[expr.end:tokens[pred[0]].start].strip() and clause_tense(sentence, expr.end) != "past" \
                    and not any(t.tag == "JKS" or (t.tag == "JX" and t.form in ("은", "는")) for t in tokens
                            if _last_boundary(tokens, 0, expr.start) <= t.start < expr.start):
                # "… ‘소소한 희노애락’전을 준비하고 있다. 다음달 14일 개막해 …": a sentence with no subject that opens
                # with its date and its verbal noun goes on with what the sentence before was doing something to
                title = f"{previous_object()} {pred[1]}"
            if title is None and chained is not None and expr.end == chained[0]:
                title = chained[1]  # "2월 28일, 4월 18일 ... 순으로 개최된다": each listed day, one title
            copula_member = None
            if title is None:
                title = _object_member_title(sentence, tokens, expr, dated[n + 1] if n + 1 < len(dated) else None)
            if title is None:
                title = copula_member = _gapped_copula(sentence, tokens, expr, dated[n + 1] if n + 1 < len(dated) else None)
            if title is None and (done := _subjectless_plan(tokens, expr, stop)) and lead_before and lead_before():
                # "11일 … 입법예고를 실시하고, 7월말 시행될 예정이다": a plan with no subject in its sentence is done
                # to what the article's lead announced (`정부는 7개 부처 대변인 직급을 실장급으로 조정한다고 …`)
                title = f"{lead_before()} {done}"
            if title is None and expr.direction == "future" and expr.date is not None:
                # the last resort of a date ahead: what its clause's own verb says is done (`싱글앨범이 나선다`)
                title = _title_from_predicate(sentence, tokens, expr, stop, verb=True)
            if title is None and expr.direction == "past" and expr.date is not None:
                # the last resort of a date behind: history told in a relative clause (`1977년에 지어진 노후 건축물`)
                title = _described_history(sentence, tokens, expr, stop)
            chained = (expr.end, title) if isinstance(expr, _Borrowed) and title else None
            chain = [e for e, _, _ in dated if e.end == expr.end]
            if title and len(chain) > 1:
                parts = _distributed(sentence, tokens, chain[0].start, chain[-1].inner.end
                                     if isinstance(chain[-1], _Borrowed) else chain[-1].end, len(chain))
                if parts:
                    # "광역도로와 지원센터를 각 2월, 3월에 착공한": each date with its own object
                    title = f"{parts[[e.start for e in chain].index(expr.start)]} {title.split()[-1]}"
            # a member of a copula list names its own topic: no subject carried from an earlier member
            own = getattr(expr, "subject", None) if isinstance(expr, _Borrowed) and not copula_member else None
            member = isinstance(expr, _Borrowed) and expr.listed is not None
            if title is None and topic and topic.endswith(_TIMETABLE_NOUNS) and (member or (
                    n > 0 and isinstance(dated[n - 1][0], _Borrowed) and dated[n - 1][0].listed is not None)):
                # "합동 연설회 일정은 ... ▲14일 부산·울산·경남 ▲16일 ... ▲3월2일 서울·인천·경기로 예정돼있다": each
                # member of the timetable's list is a stage of what the timetable is of
                words = own if member else _words_after(sentence, tokens, expr.end)
                owner = re.sub(r"\s*(?:%s)$" % "|".join(_TIMETABLE_NOUNS), "", topic).strip()
                title = f"{owner} {words}".strip() if words else None
            elif title and own and member and not stages:
                title = _member_title(own, title, expr.listed)
            elif title and not stages and (last_member := _last_member(sentence, tokens, dated, n)) \
                    and last_member not in title:
                # "… 29일 마닐라, …, 6월 7일 홍콩 등 아시아 투어로 … 만난다": the list's last day names its own member
                # too, as the members before it do
                title = _member_title(last_member, title, last_member)
            elif title and own and own not in title and expr.argument:
                title = f"{own} {title.split()[-1]}"  # "14일 태백선 ...에 이어 30일에는 분당선 ...을 개통한다"
            elif title and own and own not in title:
                # the other members' days and subjects are not this one's title
                title = re.sub(r"(?:[\d·~∼]+일(?:과|와)?|다음\s?달|내달|오는|지난|(?:하루|이틀|사흘|나흘|닷새|엿새|이레)\s*(?:간|동안))\s*",
                               "", title).strip()
                title = f"{own} {title}" if title else None
            told_before = _clause_on_date(sentence, tokens, expr)
            if told_before is not None and told_before != title:
                # "중앙버스전용차로제가 확대시행되는 9월쯤 ... 보완을 추진할 방침": the date's own clause, before it
                extra = FoundEvent(told_before, content_words(told_before), start, end, precision,
                                   expr.part_of_day, "past" if expr.direction == "past" or (end is not None and end < pub)
                                   else "planned", clause_tense(sentence, expr.end) == "past", start == pub and
                                   precision == "day", sentence)
                # compared with earlier sentences only: in its own sentence it is another happening than the main one
                if not any(_told_again(extra, earlier) for earlier in found[:sentence_first]):
                    found.append(extra)
            if title is None or _told_that_day(sentence, tokens, expr, start, found):
                continue
            # direction says where the date lies; the verb says whether it is reported as done
            past = clause_tense(sentence, expr.end) == "past" or expr.direction == "past"
            on_pub_day = start == pub and precision == "day"
            kind = "past" if expr.direction == "past" or (end is not None and end < pub) else "planned"
            each = _each_subject(sentence, tokens, expr, dated[n + 1][0].start if n + 1 < len(dated) else stop, stop)
            if each:
                title = each[0]  # "제주항공이 … 주 7회, 이스타항공이 … 각각 신규 취항한다": one happening per subject
            event = FoundEvent(title, content_words(title), start, end, precision,
                               expr.part_of_day, kind, past, on_pub_day, sentence)
            framed = not expr.text  # dated by the paragraph's frame: another doer's happening unless it names the same thing
            if framed:
                event = FoundEvent(_without_topic(title), content_words(_without_topic(title)), start, end, precision,
                                   expr.part_of_day, kind, past, on_pub_day, sentence)
            setting = _setting_after(sentence, tokens, expr)
            if not any(_told_again(event, earlier) and (not framed or _head_noun(event.title) == _head_noun(earlier.title)
                                                        or _one_doers_day(event, earlier))
                       for earlier in found if earlier.title != told_before) \
                    and not (setting and any(_part_of(event, setting, earlier) for earlier in found[:sentence_first])):
                # "11월 9·23·30일 ... 본회의를 열기로": days a week or more apart are each a happening of their own
                days = _recurring_days(expr) or [None]
                found += [event] if days[0] is None else [
                    replace(event, start=day, end=day, kind="past" if day < pub else "planned", on_publication_day=day == pub)
                    for day in days]
            for other in each[1:]:
                also = FoundEvent(other, content_words(other), start, end, precision, expr.part_of_day, kind, past,
                                  on_pub_day, sentence)
                if not any(_told_again(also, earlier) for earlier in found[:sentence_first]):
                    found.append(also)
            # after a span (`13일부터 18일까지 … 벌인후`) the next happening's day is not told
            for clause in _coordinated(tokens, expr.end, stop) + (_then_clause(tokens, expr.end, stop) if single else []):
                # "27일에는 ... 대책이 발표되고 농림축산식품부는 ... 대책을 발표한다": one date, two doers, two happenings
                more = _without_topic(_title(sentence, tokens, _Borrowed(expr, clause), stop))
                if more and more != title:
                    also = FoundEvent(more, content_words(more), start, end, precision, expr.part_of_day, kind, past,
                                      on_pub_day, sentence)
                    if not any(_told_again(also, earlier) for earlier in found[:sentence_first]):
                        found.append(also)
            last_event_day = start if single else None
            lead_day = lead_day or last_event_day
            if single and kind == "planned":
                previous_day = (para, start)
        for title, day in _dated_names(sentence, known_tokens or tokens, pub):
            named = FoundEvent(title, content_words(title), day, day, "day", None, "past" if day < pub else "planned",
                               day < pub, day == pub, sentence)
            if not any(_told_again(named, earlier) for earlier in found):
                found.append(named)
    return [e for e in found if not any(_told_finer(e, other) for other in found if other is not e)
            and not _told_day_by_day(e, found) and not _many_at_once(e, found)]


# Adverbs of many doing one thing together (`나란히 컴백한다`, `일제히 … 발표한다`); the counters of doers (`두 팀이`)
_TOGETHER = frozenset("나란히 일제히".split())
_DOER_COUNTERS = frozenset("팀 개사 곳".split())   # not 명: people counted take part in one happening


def _many_at_once(event: FoundEvent, found: list[FoundEvent]) -> bool:
    """"11월 2일에는 보이그룹 선후배가 나란히 컴백한다", "괴물 신인 걸그룹 두 팀이 같은 날 신곡을 발표한다": many doers told
    together (나란히, 일제히, a count of them as subject) on a day another sentence tells a happening of sum up the
    happenings of that day told one by one, not one more."""
    if event.precision != "day" or event.start is None:
        return False
    tokens = tokenize(event.evidence)
    many = any(t.tag == "MAG" and t.form in _TOGETHER for t in tokens) or any(
        tokens[k].tag in ("MM", "SN") and tokens[k + 1].form in _DOER_COUNTERS and tokens[k + 2].tag in ("JKS", "JX")
        for k in range(len(tokens) - 2))
    return many and any(e.evidence != event.evidence and e.start == event.start and e.precision == "day"
                        for e in found)


def _told_day_by_day(span: FoundEvent, found: list[FoundEvent]) -> bool:
    """"윤석열 정부의 1기 내각 인사청문회가 다음달 2∼4일 집중적으로 열린다" and then "5월 2일엔 … 후보자의 청문회가
    열린다", "… 5월 4일엔 … 청문회가 진행된다": a span of days whose happening is then told on two or more of its days
    is the sum of those happenings, each of them on its own day, not one happening more."""
    if span.precision != "day" or span.start is None or span.end is None or span.end <= span.start:
        return False
    word = _happening_word(span.title)
    if not word or len(word) < 2:
        return False
    days = {e.start for e in found if e is not span and e.start is not None and e.precision == "day"
            and e.start == e.end and span.start <= e.start <= span.end
            and (w := _happening_word(e.title)) and len(w) >= 2 and (word.endswith(w) or w.endswith(word))}
    return len(days) >= 2


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
    m = _ORDINAL_DAY.search(sentence)
    if m is None or first is None:
        return []
    day = first + timedelta(days=_ORDINALS[m["nth"] or m["count"]] - 1)
    return [TimeExpr(m.group(0), m.start(), m.end(), day, day, "day", "future")]


# A part of the day (and its clock time) opening a sentence, after `이어` at most: `오후에는`, `이어 오후 6시30분`
# or `이어` alone (`이어 … 솔뫼성지에서 … 참가자들을 만난다`): the next step of that day's schedule
_PART_OF_DAY_OPENING = re.compile(r"(?:이어(?:서)?\s+)?(?P<pod>오전|오후|저녁|밤|새벽)(?:\s*\d{1,2}시(?:\s*\d{1,2}분)?)?"
                                  r"(?:에는|엔|에|부터)?(?=\s)|이어(?:서)?(?=\s)")


# A noun phrase closed by a coordinator before the next date: `오는 23일 모바일 투표 및 24일 ...`, `24일 2차 상법
# 개정안의 상정, 필리버스터 돌입, 25일 ...`
_NOMINAL_MEMBER = re.compile(r"\s*(?P<np>[^,]+?)(?:\s*,\s*[^,]+?)*\s*(?:,|및|와|과)\s*")
_NOMINAL_TAGS = ("NNG", "NNP", "SN", "SL", "XSN", "XPN", "NNB", "JKG", "SP")


def _nominal_member(sentence: str, tokens, expr, stop: int) -> str | None:
    """A day followed only by a common noun phrase and a coordinator, the next day right after (`오는 23일 모바일
    투표 및 24일 전국 투표소 현장투표와 27일 ...`): news lists happenings as nouns, their verbs dropped. The phrase
    is the happening on that day. A place or a name (`15일 TV조선, 20일 MBN`) is a member of another list."""
    if isinstance(expr, _Borrowed) or expr.precision != "day" or stop >= len(sentence):
        return None
    match = _NOMINAL_MEMBER.fullmatch(sentence, expr.end, stop)
    if match is None or not re.match(r"\s*(?:(?:오는|지난)\s*)?\d", sentence[stop:]):
        return None
    inside = [t for t in tokens if match.start("np") <= t.start < match.end()]
    while inside and (inside[-1].tag in ("SP", "JC") or inside[-1].form == "및"):
        inside.pop()
    heads = [t for n, t in enumerate(inside) if n + 1 == len(inside) or inside[n + 1].form == ","]
    if not inside or any(t.tag not in _NOMINAL_TAGS for t in inside) or inside[0].tag == "JKG" \
            or any(t.tag != "NNG" or len(t.form) < 2 for t in heads):
        return None
    return match.group("np")


def _schedule_of(sentence: str, tokens, dated) -> str | None:
    """The topic of a sentence that lists the days and places of one happening (`주민설명회는 13일 오전
    국토정중앙면을 시작으로 ..., 14일 해안면과 동면 15일에는 양구읍에서 열린다`): several days after a topic
    (`...는`) with no subject of their own between them. The happening is told once, by its first day."""
    days = [expr for expr, _, _ in dated if expr.precision == "day"]
    if len(days) < 2 or len(days) != len(dated):
        return None
    if any(sentence[:day.start].rstrip().endswith("(") for day in days[1:]):
        return None  # "10일 제282회 임시회 의사일정(오는 16 ~ 25일)을 확정했다": a bracket dates the noun before it
    if all(_joined(sentence[(a.inner.end if isinstance(a, _Borrowed) else a.end):b.start]) and _apart(a, b)
           for a, b in zip(days, days[1:])):
        return None  # "금융안정회의는 3월29일, 6월20일, 9월20일, 12월20일에 진행된다": one per day listed, months apart
    if {"past", "future"} <= {day.direction for day in days}:
        return None  # "… 2월 2일 선보이는 공연인 …의 티켓 예매를 지난 10월 29일 … 진행했습니다": one done, one to come
    if _today_word(days[0]) and any(day.direction == "future" for day in days[1:]):
        return None  # "1차장은 오늘(15일) … 브리핑에서 오는 18~24일 진행되는 … 순방 일정을 소개하며": the telling, then a plan
    first = days[0]
    before = [t for t in tokens if t.start + t.len <= first.start and t.form not in BULLETS]
    if not before or before[-1].tag != "JX" or before[-1].form not in ("은", "는") \
            or before[-1].start + before[-1].len < len(sentence[:first.start].rstrip(" " + BULLETS)):
        return None
    first_end = first.inner.end if isinstance(first, _Borrowed) else first.end
    if any(first_end <= t.start < days[-1].start and (t.tag in ("JKS", "EC") or (
            t.tag == "JX" and t.form in ("은", "는") and k > 0 and (grammar.is_noun(tokens[k - 1])
                                                                 or tokens[k - 1].tag in ("SSC", "NNB"))))
           for k, t in enumerate(tokens)) or any(
            first_end <= t.start < days[-1].start and t.tag == "ETM" and k + 1 < len(tokens)
            and tokens[k + 1].form in _AFTER_NOUNS for k, t in enumerate(tokens)):
        # "대표팀은 19일 파주 NFC에 소집된 뒤 23일 ... 평가전을 치른다": a clause of time ends the first day's happening
        # "개회식은 7일 ... 7일 오후 시상식과 함께 폐회식이 열린다", "접수기간은 ... 14일간이며, 합격자 발표는
        # 내년 1월 29일", "운영위원회는 11월 2일~3일, 정보위원회는 ...", "70~74세는 20일, 65~69세는 22일부터": another
        # subject or clause, another happening
        return None
    topic = _noun_phrase_before(sentence, tokens, before[-1].start)
    return topic if topic and grammar.is_noun(before[-2]) and before[-2].tag != "NNP" else None


def _today_word(day) -> bool:
    """`오늘`, `이날` (`오늘(15일)`): the day the news is told, named as such."""
    return day.direction == "present" and re.match(r"(?:오늘|이날)(?![가-힣])", day.text) is not None


# The nouns naming a timetable as a whole: its members are the happenings
_TIMETABLE_NOUNS = ("일정", "일정표", "순서")


def _stages(sentence: str, tokens, dated, topic: str | None) -> list[str] | None:
    """The stages of a timetable told as a topic (`사전청약 일정은 13일 특별공급, 14일 1순위, 15일 일반공급
    2순위로 진행한다`): each day with the noun phrase right after it names a happening of its own, titled with
    what the timetable is of. None unless every day has one. A topic that is no timetable's name is one when the
    list closes with the order its steps run in (`7급 공채는 7월 14∼17일 원서접수, 8월 17일 필기시험, ..., 11월
    1일 최종합격자 발표순으로 진행된다`)."""
    if not topic or not (topic.endswith(_TIMETABLE_NOUNS) or _in_order_of_steps(sentence, tokens, dated)):
        return None
    owner = re.sub(r"\s*(?:%s)$" % "|".join(_TIMETABLE_NOUNS), "", topic).strip()
    titles = []
    for n, (expr, _, _) in enumerate(dated):
        end = expr.inner.end if isinstance(expr, _Borrowed) else expr.end
        nxt = dated[n + 1][0].start if n + 1 < len(dated) else len(sentence)
        inside = [t for t in tokens if end <= t.start < nxt]
        stage = []
        for t in inside:
            if t.tag == "SP" or not (grammar.is_noun(t) or t.tag in ("SN", "NNB")):
                break
            stage.append(t)
        if not stage or (len(stage) < len(inside) and inside[len(stage)].tag not in ("SP", "JKB")
                         and inside[len(stage)].form not in BULLETS):
            return None  # a day with a clause or a subject of its own, not a stage's name
        words = sentence[stage[0].start:stage[-1].start + stage[-1].len]
        words = re.sub(r"\s*순$", "", words) if n == len(dated) - 1 else words  # `최종합격자 발표순으로`: the step
        titles.append(f"{owner} {words}" if owner else words)
    return titles


def _in_order_of_steps(sentence: str, tokens, dated) -> bool:
    """Days each followed by a bare common-noun phrase and a comma, the last phrase closed by 순 and 으로 (`원서접수,
    8월 17일 필기시험, ... 최종합격자 발표순으로 진행된다`): the list names the steps of a process in the order they
    run, each its own happening. Places and names (`부산, 12일 대구에서`) are proper nouns and name no step."""
    if len(dated) < 2:
        return False
    last = dated[-1][0]
    after = [t for t in tokens if t.start >= (last.inner.end if isinstance(last, _Borrowed) else last.end)]
    k = 0
    while k < len(after) and after[k].tag in ("NNG", "SN", "NNB", "XSN"):
        k += 1
    if not (1 < k < len(after) and after[k - 1].form == "순" and after[k].tag == "JKB" and after[k].form in ("으로", "로")):
        return False
    for n in range(len(dated) - 1):
        expr, nxt = dated[n][0], dated[n + 1][0]
        between = [t for t in tokens if (expr.inner.end if isinstance(expr, _Borrowed) else expr.end) <= t.start < nxt.start]
        if len(between) < 2 or between[-1].form != "," or not all(t.tag in ("NNG", "SN", "NNB", "XSN") for t in between[:-1]):
            return False
    return True


# The start or end of a year with no month (`올해 초`, `내년 초`, `연말`): the calendar gives the year.
_PART_OF_YEAR = re.compile(r"(?:(?:오는|지난)\s*)?(?:(?:19|20)\d\d년|올해|금년|내년|지난\s?해|작년|올)\s*(?:초|말)"
                           r"|(?:(?:19|20)\d\d년\s*|올해\s*|내년\s*|지난\s?)?(?:연초|연말)")


# Day words counted from another day: across sentences, from the day of the last event told.
_NEIGHBOUR_DAYS = {"다음날": 1, "이튿날": 1, "전날": -1, "하루전": -1}


def _told_again(event: FoundEvent, earlier: FoundEvent) -> bool:
    """The same happening told twice in one article: the same period, and a common noun of one title's
    arguments (not its predicate, not a name: agents recur across events) in the other title
    ("오산중앙청소년문화의집 개관식 개최" and, on the same day, "개관식 진행"; "준공식" and "준공 기념식"), or the
    same title spaced otherwise (`실적 발표`, `실적을발표하고`)."""
    if event.start is None or display_date(event.start, event.precision) != display_date(earlier.start, earlier.precision):
        return False  # the same period at its precision: `1월 21일 혹은 28일` and `1월 말쯤` are both January
    if _another_that_day(event, earlier) or _another_that_day(earlier, event):
        return False
    if _names_within(event.title, earlier.title) or _names_within(earlier.title, event.title) \
            or event.title.replace(" ", "") == earlier.title.replace(" ", "") \
            or _names_nothing_but_a_happening(event.title) or _names_nothing_but_a_happening(earlier.title):
        return True
    if event.title.split()[-1] == earlier.title.split()[-1] and (_says_only_where(event.title) or _says_only_where(earlier.title)):
        return True  # "갤럭시 폴드도 출시한다는 계획" and "9월부터 글로벌 시장에 순차적으로 출시할 예정": one launch
    if event.evidence != earlier.evidence and event.precision == "day" and event.title.split()[-1] == earlier.title.split()[-1] \
            and event.title.split()[-1] not in _PHASES and _subject_names(event.evidence) & _subject_names(earlier.evidence):
        # "신분당선 광교역~정자역 구간이 30일 첫 개통된다" and "신분당선 광교~강남 복선전철은 30일 … 개통된다": what is
        # opened is named twice in other words, but by the same name, on the same day, with the same verb
        return True
    if _one_doers_day(event, earlier) or _doubles_as(event, earlier) or _doubles_as(earlier, event):
        return True
    if any(t.split()[-1] in _HELD_NOUNS and _says_only_where(t) for t in (event.title, earlier.title)):
        return True  # "3일 개막하는 2010청주직지축제" and "이날 … 흥덕사지(고인쇄박물관 옆)에서 개최될 행사": held there
    a, b = _common_nouns(event.title), _common_nouns(earlier.title)
    if any(len(x) >= 2 and x[-1] in _TAKES_PLACE for x in (a, b)):
        # "1심 선고 진행" and "형사35부 선고": 진행 only says the 선고 takes place, so the happenings agree
        x, y = (n[:-1] if len(n) >= 2 and n[-1] in _TAKES_PLACE else n for n in (a, b))
        if x and y and x[-1] == y[-1]:
            return True
    if _another_too(event, earlier) or _owned_by_others(event.title, earlier.title) \
            or _serves_other(event.title, earlier.title) or _serves_other(earlier.title, event.title) \
            or _other_ceremony(event.title, earlier.title) or _other_ceremony(earlier.title, event.title):
        return False
    if _told_in_sentence(event, earlier):
        return True
    # word by word, as Kiwi tags one word differently in two titles (`언팩 진행` NNG, `뉴욕 언팩` NNP): a word that
    # only takes place (`진행`) or names the day of what it follows (`선고기일`) leaves the happening it is of
    last = [_happening_word(t) for t in (event.title, earlier.title)]
    if last[0] and last[1] and (last[0] == last[1] or _initials_of(*sorted(last, key=len))) \
            and any(_happening_word(t) != t.split()[-1] for t in (event.title, earlier.title)):
        return True
    predicates = {a[-1], b[-1]} if a and b else set()   # `발표하는 ... 발표` and `... 발표`: a shared verb is no argument
    if a and b and event.title.split()[-1] == earlier.title.split()[-1]:
        predicates |= set(_common_nouns(event.title.split()[-1]))  # `A 시정조치`, `B 시정조치`: a compound verb too
    pairs = [(w, v) for w in a[:-1] for v in b if w not in predicates and _same_word(w, v)] \
        + [(w, v) for w in b[:-1] for v in a if w not in predicates and _same_word(w, v)]
    if not pairs:
        return False  # no shared argument to weigh: the titles' words need not be read again (Kiwi, word by word)
    alone = _standalone(event.title) | _standalone(earlier.title)
    # a compound written the same in both (`주민설명회`) is one word shared
    words_a = set(re.findall(r"[가-힣A-Za-z0-9]{2,}", event.title))
    words_b = set(re.findall(r"[가-힣A-Za-z0-9]{2,}", earlier.title))
    # Korean compounds are right-headed: `사전예약판매` is a kind of `예약판매`, one compound ending with the other
    shared = (words_a & words_b) | {short for long_, short in [*((x, y) for x in words_a for y in words_b),
                                                              *((y, x) for x in words_a for y in words_b)]
                                    if len(short) >= 3 and long_.endswith(short) and len(_common_nouns(short)) >= 2}
    alone |= {n for word in shared for n in _common_nouns(word)}
    # a noun buried in a compound in both titles (`군민` of `군민화합한마당` and `군위군민체육대회`) links nothing
    return any(w in alone or v in alone for w, v in pairs)


def _one_doers_day(event: FoundEvent, earlier: FoundEvent) -> bool:
    """"신예 걸그룹 시크릿넘버가 출격한다" and "시크릿넘버는 … 컴백할 예정이다": a named subject and a verb with no
    argument of their own, on one day, in two sentences: the doer's one happening of that day told again."""
    doer = _bare_doer(event.title)
    return event.evidence != earlier.evidence and event.precision == "day" and event.start == earlier.start \
        and doer is not None and doer == _bare_doer(earlier.title) \
        and all(any(n in doer for n in _subject_names(e.evidence)) for e in (event, earlier))


def _doubles_as(event: FoundEvent, other: FoundEvent) -> bool:
    """"명단 발표를 겸한 벤투 감독의 기자회견이 13일 … 진행된다": a happening that doubles as (겸하다) what another
    title names, on the same day, is that happening told again."""
    if event.start != other.start or event.precision != other.precision:
        return False
    happening = _happening_word(event.title)
    for m in re.finditer(r"([가-힣A-Za-z0-9]+\s+[가-힣A-Za-z0-9]+?)(?:을|를)\s+겸(?:한|하는|해|하여|하며|하고)\s", event.evidence):
        if happening and happening in event.evidence[m.end():] and other.title.endswith(m.group(1)):
            return True
    return False


def _another_too(event: FoundEvent, earlier: FoundEvent) -> bool:
    """"13일 올림픽대표팀 명단도 발표된다" after "대표팀의 9월 평가전 명단이 13일 발표된다": 도 (too) adds another
    happening of the kind told, whose owner (the word before the argument) the earlier title does not name."""
    words = event.title.split()
    return len(words) >= 3 and f"{words[-2]}도" in event.evidence and words[-3] not in earlier.title


def _another_that_day(event: FoundEvent, earlier: FoundEvent) -> bool:
    """"같은 날 경기 화성에서는 … 신동탄포레자이가 1순위 청약 접수를 받는다" after "‘우장산숲아이파크’가 12일 1순위
    청약 접수를 받는다": `같은 날` sets another subject's happening beside the one told, not the same one again."""
    if event.evidence == earlier.evidence:
        return False
    if not re.search(r"같은\s?날", event.evidence):
        return _added_with_also(event, earlier)
    # `인사청문회도 같은날 … 열린다`: the subject added with 도 (too) is one too
    subjects = _subject_names(event.evidence, also=("도",))
    return bool(subjects) and not subjects & _subject_names(earlier.evidence, also=("도",))


def _added_with_also(event: FoundEvent, earlier: FoundEvent) -> bool:
    """"한편 … 올림픽대표팀 명단도 13일 공개된다" after "… 평가전 명단 발표를 겸한 … 기자회견이 13일 …": a subject
    added with 도 (too) before the date names a doer or a thing the earlier telling does not, so it is another
    happening of that day."""
    tokens = tokenize(event.evidence)
    for k, t in enumerate(tokens):
        if t.tag == "JX" and t.form == "도" and k > 0 and grammar.is_noun(tokens[k - 1]) and k + 1 < len(tokens) \
                and tokens[k + 1].tag == "SN":
            phrase = _noun_phrase_before(event.evidence, tokens, t.start) or ""
            if any(len(w) >= 2 and w not in earlier.evidence for w in content_words(phrase)):
                return True
    return False


def _owned_by_others(a: str, b: str) -> bool:
    """`‘광산쌍용예가플래티넘’의 견본주택 공개` and `‘인천미추홀꿈에그린’의 견본주택 공개`: the same argument, each owned
    (의) by another name, is two happenings; so is one argument of two kinds, a bare noun before it in each
    (`호우 예비특보 발표`, `강풍 예비특보 발효`)."""
    owners = [w[:-1] for t in (a, b) for w in t.split()[-3:-2] if w.endswith("의") and len(w) > 2]
    if len(owners) == 2 and owners[0] != owners[1] and a.split()[-2:] == b.split()[-2:]:
        return True
    wa, wb = a.split(), b.split()
    if len(wa) < 3 or len(wb) < 3 or wa[-2] != wb[-2] or wa[-3] in wb[-3] or wb[-3] in wa[-3]:
        return False
    kinds = [[(t.form, t.tag) for t in tokenize(w)] for w in (wa[-3], wb[-3])]
    return all(len(k) == 1 and k[0][1] == "NNG" for k in kinds)


def _bare_doer(title: str) -> str | None:
    """The name in a title that is only a named doer and its predicate (`신예 걸그룹 시크릿넘버 출격`: words before the
    name only describe it), or None when the title has an argument of its own."""
    words = title.split()
    if len(words) < 2 or words[-1] in _PHASES:
        return None
    tagged = [tokenize(w) for w in words[:-1]]
    if not any(t.tag == "NNP" for t in tagged[-1]) or not all(t.tag.startswith(("NN", "SL")) for t in tagged[-1]) \
            or not all(len(w) == 1 and w[0].tag == "NNG" for w in tagged[:-1]):
        return None
    return words[-2]  # the whole word: Kiwi cuts a name differently in two sentences (`시크릿넘버`, `시크릿`+`넘버`)


# Nouns naming a happening of any kind: `행사는 … 8월 9일 오전 11시에 열린다` names the day's happening told before
_ANY_HAPPENING = frozenset("행사 이벤트".split())


def _says_only_where(title: str) -> bool:
    """A title whose words before its predicate are only where or how (`글로벌 시장에 순차적으로 출시`): it names no
    argument of its own, so it tells again a happening of the same predicate told that day."""
    words = title.split()
    if len(words) < 2:
        return False
    tokens, runs = tokenize(" ".join(words[:-1])), 0
    k = 0
    # a place is a noun phrase: nouns, joined by 의 or 과/와 (`직지의 발상지`, `과천관과 서울관`), a bracket inside
    in_place = ("NN", "SL", "SN", "XSN", "XPN", "SSO", "SSC", "JKG", "JC")
    while k < len(tokens):
        if tokens[k].tag.startswith(("NN", "SL", "SN", "XSN", "XPN")):
            while k < len(tokens) and tokens[k].tag.startswith(in_place):
                k += 1
            if k == len(tokens) or tokens[k].tag != "JKB" or tokens[k].form not in ("에", "에서", "로", "으로"):
                return False  # a noun that is no place or manner: an argument of its own
            runs += 1
        elif tokens[k].tag != "MAG" and tokens[k].tag != "JKB":
            return False
        k += 1
    return runs > 0


def _subject_names(sentence: str, also: tuple[str, ...] = ()) -> set[str]:
    """The proper nouns of a sentence's subjects and topics (the noun phrases before 이/가 and 은/는, and before the
    particles `also` names)."""
    tokens, names = tokenize(sentence), set()
    for k, t in enumerate(tokens):
        if t.tag == "JKS" or (t.tag == "JX" and t.form in ("은", "는", *also)):
            j = k - 1
            while j >= 0 and tokens[j].tag.startswith(("NN", "SL", "SN", "XSN", "XPN", "SSO", "SSC", "SO", "SW")):
                if tokens[j].tag == "NNP" and len(tokens[j].form) >= 2:
                    names.add(tokens[j].form)
                j -= 1
    return names


def _names_nothing_but_a_happening(title: str) -> bool:
    words = title.split()
    while len(words) > 1 and words[-1] in _PHASES:
        words.pop()
    return len(words) == 1 and words[0] in _ANY_HAPPENING


def _serves_other(a: str, b: str) -> bool:
    """`국정감사 종합상황실 운영` and `2022년도 국정감사 실시`: the word heading b's argument (the word before its
    predicate) only modifies another head in a; Korean phrases are right-headed, so a is about a room set up for
    the audit, another happening than the audit."""
    wa, wb = a.split(), b.split()
    if len(wa) < 3 or len(wb) < 2:
        return False
    head_a, head_b = wa[-2], wb[-2]
    return head_b in wa[:-2] and not head_a.endswith(head_b) and not head_b.endswith(head_a)


def _ceremony_root(title: str) -> str | None:
    """What a ceremony title is held for: `커팅` of `새 병원 앞에서 커팅식`, `준공` of `준공식 개최`."""
    words = title.split()
    while len(words) > 1 and words[-1] in _PHASES | _TAKES_PLACE:
        words.pop()
    nouns = [t.form for t in tokenize(words[-1]) if t.tag.startswith("NN")] if words else []
    if not nouns or not (nouns[-1] == "식" or (len(nouns[-1]) >= 3 and nouns[-1].endswith("식"))):
        return None  # `운영 방식`, `공식`: no ceremony
    return re.sub(r"식$", "", words[-1]) or None


def _other_ceremony(a: str, b: str) -> bool:
    """`관계자들이 새 병원 앞에서 커팅식` and `새 병원 개원과 함께 성서 시대` on one day: a ceremony is a happening of
    its own unless the other telling names what it is held for (`준공식` and `준공 기념`); two ceremonies are
    left to the other rules (`준공식` and `준공 기념식`)."""
    root, told = _ceremony_root(a), b.replace(" ", "")
    return root is not None and _ceremony_root(b) is None and root not in told \
        and _OPENING_CLOSING.get(root, root) not in told  # `폐회식` and `대단원의 폐막`: one closing


def _standalone(title: str) -> set[str]:
    """The nouns of a title written as words of their own (with their particles), not inside a compound."""
    out = set()
    for word in title.split():
        nouns = [t for t in tokenize(word) if t.tag.startswith("NN")]
        if len(nouns) == 1:
            out.add(nouns[0].form)
    return out


def _told_finer(coarse: FoundEvent, fine: FoundEvent) -> bool:
    """One happening told at two precisions (`이번 주에 실시` and `15일 ... 설명회를 개최`, `하반기 ... 박람회`
    and `박람회(10월 30일~11월5일)`): the coarser telling is dropped for the finer one inside its period."""
    if None in (coarse.start, coarse.end, fine.start) or coarse.precision == "none" \
            or PRECISIONS.index(fine.precision) >= PRECISIONS.index(coarse.precision):
        return False
    if not coarse.start <= fine.start <= coarse.end:
        return False
    if _each_of_many(coarse) and not _each_of_many(fine):
        return False  # "이번 주부터 각 부처의 신년 업무보고를 받는다": the series, of which 기획재정부's report is one
    if _held_at(coarse, fine):
        return False  # "내주 … 열리는 유엔총회" and "20일 유엔총회에서 기조연설": a happening held during it, not it
    if _names_within(fine.title, coarse.title) or _names_within(coarse.title, fine.title):
        return True  # "다음 주 … 법안 처리를 위한 본회의를 열기로" and "본회의는 오는 19~21일 사이 열릴 것으로"
    a, b = _common_nouns(coarse.title), _common_nouns(fine.title)
    if a and b and a[-1] == b[-1] and _dates_its_topic(fine):
        return True  # "국제공항이 오는 9월 개항을 앞두고" and "정식 개항은 9월 30일이다": the day of the opening told
    if _head_noun(coarse.title) is None or _head_noun(fine.title) is None:
        return False
    # a title with no argument but an ordinal (`1차 발사`) has no head of its own: the predicates must agree
    bare = any(not [w for w in content_words(t)[:-1] if not w.isdigit()] for t in (coarse.title, fine.title))
    if _head_noun(coarse.title) != _head_noun(fine.title) and not (bare and a and b and a[-1] == b[-1]):
        return False
    # "국방위원회 전체회의" in August is not "안전행정위원회 전체회의" on 10 August: whose it is must agree too
    own_a, own_b = ({re.sub(r"(?:은|는|이|가|을|를|의|에서|에|과|와)$", "", w) for w in t.split()[-3:-2]} - {""}
                    for t in (coarse.title, fine.title))  # the word right before the head names whose it is
    if own_a and own_b and not any(_same_word(x, y) for x in own_a for y in own_b):
        return False
    # "신규 공사 발주" (the year's orders) is not "공사 시작" (one start of works): the predicates must agree
    return len(a) < 2 or len(b) < 2 or a[-1] == b[-1]


def _setting_after(sentence: str, tokens, expr: TimeExpr) -> str | None:
    """`이날 시험운영에는`, `12일 본회의에서는`, `이날 총회에선`: the noun right after the date set as the topic of
    where (에/에서 with 는), the happening inside which the clause's own happening takes place."""
    k = next((k for k, t in enumerate(tokens) if t.start >= expr.end), None)
    if k is None or sentence[expr.end:tokens[k].start].strip():
        return None
    first = k
    while k < len(tokens) and tokens[k].tag in ("NNG", "NNP") and (k == first or tokens[k].start == tokens[k - 1].start
                                                                  + tokens[k - 1].len):
        k += 1
    if k == first or k + 1 >= len(tokens) or tokens[k].tag != "JKB" or tokens[k].form not in ("에", "에서") \
            or tokens[k + 1].tag != "JX" or tokens[k + 1].form not in ("는", "ᆫ"):
        return None
    return sentence[tokens[first].start:tokens[k].start]


def _part_of(event: FoundEvent, setting: str, earlier: FoundEvent) -> bool:
    """"또한 이날 시험운영에는 … 진화훈련과 … 테러진압훈련도 함께 병행될 예정이다" after "… 최종 종합시험운영이 8일 …
    실시된다": what a clause tells inside a happening already told for its day (the date's setting, `X에는`/`X에서는`,
    naming it) is a part of that happening, not another."""
    return earlier.start is not None and earlier.evidence != event.evidence \
        and display_date(event.start, event.precision) == display_date(earlier.start, earlier.precision) \
        and (setting in earlier.title.replace(" ", "") or setting in earlier.evidence)


def _held_at(coarse: FoundEvent, fine: FoundEvent) -> bool:
    """The finer event's title names the coarser one only as where it takes place (`유엔총회에서 기조연설`)."""
    return re.search(re.escape(coarse.title) + r"에서\s+\S", fine.title) is not None


def _dates_its_topic(event: FoundEvent) -> bool:
    """`정식 개항은 9월 30일이다`: the title's event noun is the sentence's topic and its predicate is the date with
    the copula, so the sentence tells the day of a happening already told (a definite topic), not a new one."""
    nouns = _common_nouns(event.title)
    tokens = [t for t in tokenize(event.evidence) if t.tag not in ("SF", "SP", "SE")]
    if not nouns or len(tokens) < 4 or tokens[-2].tag != "VCP" or tokens[-3].form not in ("일", "월") \
            or not tokens[-3].tag.startswith("NN"):
        return False
    return any(t.form == nouns[-1] and tokens[k + 1].tag == "JX" and tokens[k + 1].form in ("은", "는")
               for k, t in enumerate(tokens[:-1]))


def _each_of_many(event: FoundEvent) -> bool:
    """A telling of happenings `각` (each) of many doers hold, or many doers as its topic (`이들 기업은`): a series,
    not one happening."""
    tokens = tokenize(event.evidence)
    return any(t.form == "각" and t.tag == "MM" for t in tokens) or any(
        t.form == "들" and t.tag == "XSN" and any(u.tag == "JX" and u.form in ("은", "는") for u in tokens[k + 1:k + 3])
        for k, t in enumerate(tokens))


def _event_dates(sentence: str, tokens, exprs: list[TimeExpr], pub: date):
    """(date, end of its period, end of its clause) for each date in the sentence that can date a happening.

    Limits (`까지` alone, `이전`, `동안`...) and years that are part of a name are dropped; `X부터 Y까지` is one
    span dated by X; dates joined by `과`/`,` (`7월과 8월에는`) share the predicate after the last one."""
    kept: list[tuple[TimeExpr, date | None]] = []
    included = _included_days(sentence, exprs)
    for n, expr in enumerate(exprs):
        if getattr(expr, "role", "point") == "name" or n in included:
            continue  # the resolver read it as part of a name (`'추석 민생안정 대책'`), or as days a span holds
        if kept and _restated(sentence, kept[-1][0], expr):
            # "내일(2일) 개막식은 ... 펼쳐집니다": the day in brackets says the day before it again; that one reads
            # the clause after the bracket
            close = sentence.index(")", expr.end)
            kept[-1] = (replace(kept[-1][0], end=close + 1), kept[-1][1])
            continue
        if n + 1 < len(exprs) and re.fullmatch(r"\s*(?:인|이던|였던)\s*", sentence[expr.end:exprs[n + 1].start]):
            continue  # "다음날인 4일까지는": the day it names again says what it is (here a limit)
        limit = grammar.limit_after(sentence, expr.end)
        if limit == "occasion" and _awaits(sentence, tokens, expr):
            limit = None  # "4월 3일 개항을 앞두고": the date is the awaited happening's, not an occasion
        if limit == "까지" and re.search(r"[~∼〜]\s*\d", expr.text):
            limit = None  # "10월 26일~11월 1일까지": a span with its start, not a deadline
        if limit and limit.strip() in ("간", "동안") and getattr(expr, "role", "point") == "range":
            limit = None  # "25일부터 내달 2일까지 9일간의 일정으로": the span's own length, not a length instead of a date
        if kept and grammar.starts_span(sentence, kept[-1][0].end) and (
                limit == "까지" or not sentence[kept[-1][0].end:expr.start].strip().removeprefix(grammar.SPAN_START).strip()):
            # the end of "X부터 Y까지" (or "12일부터 13일 양일간"): one span, its clause read after Y
            kept[-1] = (_Borrowed(kept[-1][0], expr.end), expr.end_date)
            continue
        if limit or grammar.states_a_figure(sentence, expr.end, expr.precision) \
                or _counted_from_noun(sentence, tokens, expr) \
                or grammar.names_a_document(sentence, tokens, expr.start, expr.end, expr.precision) \
                or _names_an_edition(sentence, tokens, expr) or _note_in_brackets(sentence, expr, exprs) \
                or _relative_year(sentence, expr) or grammar.routine_weekday(sentence, tokens, expr.start, expr.end):
            continue
        kept.append((expr, expr.end_date))
    # "다음달 4·5·6일" read as a month and then days: the days inside the month say it more finely
    kept = [(e, d) for n, (e, d) in enumerate(kept)
            if not (n + 1 < len(kept) and not sentence[e.end:kept[n + 1][0].start].strip()
                    and PRECISIONS.index(kept[n + 1][0].precision) < PRECISIONS.index(e.precision)
                    and None not in (e.date, e.end_date, kept[n + 1][0].date)
                    and e.date <= kept[n + 1][0].date <= e.end_date)]
    kept = [(e, d) for e, d in kept if not (_HOLIDAY_NAME.search(sentence, e.start, e.end + 4) and not re.search(r"\d", e.text)
                                            and _names_a_period(sentence, tokens, e, holiday=True))]
    if any(e.precision in ("day", "week") for e, _ in kept):  # a finer date dates the happening
        kept = [(e, d) for e, d in kept if not _names_a_period(sentence, tokens, e) or _awaits(sentence, tokens, e)]
    if any(e.precision in ("day", "week", "month") for e, _ in kept):
        kept = [(e, d) for e, d in kept if not _quarter_reported(sentence, tokens, e)
                and not _period_of_what_is_shown(tokens, e)]
    kept = _alternatives(sentence, kept)
    out = []
    for n, (expr, end_date) in enumerate(kept):
        head = n
        while head > 0 and _joined(sentence[kept[head - 1][0].end:kept[head][0].start]):
            head -= 1
        tail = n
        while tail + 1 < len(kept) and _joined(sentence[kept[tail][0].end:kept[tail + 1][0].start]):
            tail += 1
        if n > 0 and _joined(sentence[kept[n - 1][0].end:expr.start]) \
                and not _distributive(sentence, tokens, kept[head][0].start, kept[tail][0].end, tail - head + 1) \
                and not _apart(kept[n - 1][0], expr):
            continue  # "오는 3월 15일과 17~18일 ... 설명회를 개최한다": one happening on several days, dated by the first
        if _SUPERSEDED.match(sentence, expr.end) or _names_a_report_period(sentence, tokens, expr) or grammar.dates_nothing(sentence, tokens, expr):
            continue  # "오는 9일로 예정됐던 쏘나타 공식 출시일": a plan that was, no longer the day of anything
        if grammar.superseded_plan(tokens, _token_after(tokens, expr.end)):
            continue  # "3월 2일 … 건대입구에서 열 예정이었던 언론 시사회를 취소하고": a plan given up
        if expr.direction == "past" and grammar.said_on(tokens, _token_after(tokens, expr.end)):
            continue  # "지난 10일 서울경찰청은 ... 교통통제를 실시한다고 밝혔다": the day it was said
        stop = kept[n + 1][0].start if n + 1 < len(kept) else len(sentence)
        stop = min(stop, _quote_end(sentence, expr.start), _sentence_end(tokens, expr.end), _copula_end(tokens, expr.end))
        if dates_no_happening(sentence, tokens, expr, stop):
            continue  # a statistic's period, a state that runs, a routine, a value, a moved plan's first date
        last = n
        while last + 1 < len(kept) and _joined(sentence[kept[last][0].end:kept[last + 1][0].start]):
            last += 1
        if last != n:  # "각 2월, 3월에 착공한": read this date with the words after the last one
            stop = kept[last + 1][0].start if last + 1 < len(kept) else len(sentence)
            tail = sentence[kept[last][0].end:]
            again = find_time_expressions(expr.text + tail, pub)
            if again and again[0].end == len(expr.text):
                shifted = again[0]
                expr = TimeExpr(expr.text, expr.start, expr.end, shifted.date, shifted.end_date, shifted.precision,
                                shifted.direction, shifted.part_of_day)
                end_date = shifted.end_date
            expr = _Borrowed(expr, kept[last][0].end)
        out.append((expr, end_date, stop))
    return _topic_object_members(sentence, tokens, _object_members(sentence, tokens, _date_first_members(
        sentence, tokens, _listed(sentence, tokens, _gapped(sentence, tokens, _followed(sentence, tokens, _in_list_order(
            sentence, out, pub)))))))


_INCLUDED = re.compile(r"\s*(?:을|를)\s*(?:포함|비롯)")


def _included_days(sentence: str, exprs: list[TimeExpr]) -> set[int]:
    """Indexes of the dates that are the object of 포함/비롯 (`토요일과 일요일을 포함해 대회가 진행된다`), with those
    listed before them: days a span told elsewhere holds, not when something happens."""
    out: set[int] = set()
    for n in range(len(exprs) - 1, -1, -1):
        expr = exprs[n]
        if _INCLUDED.match(sentence, expr.end) or (n + 1 in out and _joined(sentence[expr.end:exprs[n + 1].start])):
            out.add(n)
    return out


def _token_after(tokens, pos: int) -> int:
    """The index of the first token starting at or after character `pos`."""
    return next((k for k, t in enumerate(tokens) if t.start >= pos), len(tokens))


# A length counted back or on (`100일 전`, `2주 뒤`) ...
_COUNTED = re.compile(r"\d+\s*(?:일|주일?|개월|달|년)\s*(?:전|후|뒤)")
# ... after a common noun that is no time word: `대회 100일 전` is counted from the games, not from the news
_TIME_WORDS = frozenset("오늘 내일 모레 어제 그제 그저께 이날 당일 그날 현재 지금 올해 지난해 작년 내년".split())


def _gapped_copula(sentence: str, tokens, expr, following) -> str | None:
    """`서강대는 12일부터 15일, 홍익대는 11일부터 16일까지다`, `최종발표일은 5급 공채의 경우 9월 30일, 외교관후보자는 9월
    14일이다`: members closed by commas share the copula of the last, whose own topic comes right before its date;
    this member's topic (or, after `X의 경우`, X and the sentence's topic) names its happening."""
    if following is None or any(isinstance(e, _Borrowed) and (e.listed or e.argument) for e in (expr, following[0])):
        return None  # a span (`12일부터 15일`) or a gapped date is one member; a member of another list is not
    nxt, stop = following[0], following[2]
    own_end = expr.inner.end if isinstance(expr, _Borrowed) and expr.end == nxt.end else expr.end
    if not re.fullmatch(r"(?:부터\s*\d+일)?\s*,\s*[^,]+?(?:은|는)\s*(?:오는\s*)?", sentence[own_end:nxt.start]) \
            or _topic_on_date(sentence, tokens, nxt, stop) is None:
        return None
    lead = len(re.sub(r"(?:오는\s*)*$", "", sentence[:expr.start]).rstrip())
    mark = next((t for t in tokens if t.start + t.len == lead and t.tag == "JX" and t.form in ("은", "는")), None)
    if mark is not None:
        return _noun_phrase_before(sentence, tokens, mark.start)
    case = re.search(r"(\S+(?:\s\S+)?)의 경우$", sentence[:lead])
    topics = [t for k, t in enumerate(tokens) if t.start < lead and t.tag == "JX" and t.form in ("은", "는")
              and k > 0 and (grammar.is_noun(tokens[k - 1]) or tokens[k - 1].tag == "NNB")]
    topic = _noun_phrase_before(sentence, tokens, topics[-1].start) if case and topics else None
    if not topic:
        return None
    topic = _DAY_OF.sub("", topic).strip() or topic  # `최종발표일`: the day of the final announcement
    return f"{case.group(1)} {topic}" if case else None


def _object_member_title(sentence: str, tokens, expr, following) -> str | None:
    """`사극 ‘아랑사또전’을 15일부터, … ‘메이퀸’을 18일부터 방송한다`: an object and its date closed by a comma, then
    another object and date of the same shape whose predicate follows: the first member shares that predicate
    (whatever the words between the members, `… 닥터진’에 이어`). The title is its own object and the predicate."""
    if following is None or isinstance(expr, _Borrowed) or isinstance(following[0], _Borrowed) \
            or not re.match(r"(?:부터|에는|에|엔)?\s*,", sentence[expr.end:]):
        return None

    def object_before(e) -> int | None:
        lead = len(re.sub(r"(?:(?:오는|지난)\s*)*$", "", sentence[:e.start]).rstrip())
        return next((k for k, t in enumerate(tokens) if t.start + t.len == lead and t.tag == "JKO"), None)

    own, other = object_before(expr), object_before(following[0])
    if own is None or other is None:
        return None
    pred = _predicate(tokens, following[0].end, following[2])
    what = _noun_phrase_before(sentence, tokens, tokens[own].start)
    if pred is None or not what or not (grammar.verbal_noun(tokens, pred[0]) or tokens[pred[0]].tag == "VV"):
        return None
    return f"{what} {pred[1]}"


def _each_subject(sentence: str, tokens, expr, member_end: int, stop: int) -> list[str]:
    """`12월 15일부터는 제주항공이 부산↔도쿄 주 7회, …, 이스타항공이 부산↔코타키나발루 노선에 주 7회에 각각 신규 취항한다`:
    subjects (이/가) of one date's member joined by commas, with no verb of their own, and `각각` (each) before the
    shared predicate: each subject does the happening, one title each (`제주항공 신규 취항`). Else []."""
    begin = expr.inner.end if isinstance(expr, _Borrowed) else expr.end
    pred = _predicate(tokens, expr.end, stop)
    if pred is None or not grammar.is_noun(tokens[pred[0]]):
        return []
    verb_at = tokens[pred[0]].start
    if not any(t.tag == "MAG" and t.form in ("각각", "각") and t.start < verb_at for t in tokens
               if t.start >= max(begin, member_end if member_end < verb_at else begin)):
        return []
    marks = [k for k, t in enumerate(tokens) if begin <= t.start < min(member_end, verb_at) and t.tag == "JKS"]
    subjects, last = [], begin
    for k in marks:
        if subjects and (not re.search(r",", sentence[last:tokens[k].start]) or any(
                last <= t.start < tokens[k].start and t.tag.startswith(_VERBAL_TAGS) for t in tokens)):
            return []  # not a comma-joined list of subjects with no verb of their own
        np = _noun_phrase_before(sentence, tokens, tokens[k].start)
        if not np:
            return []
        subjects.append(np)
        last = tokens[k].start + tokens[k].len
    if len(subjects) < 2:
        return []
    what = _noun_phrase_before(sentence, tokens, tokens[pred[0]].start + tokens[pred[0]].len) or pred[1]
    return [f"{subject} {what}" for subject in subjects]


def _counted_from_noun(sentence: str, tokens, expr) -> bool:
    """`대회 100일 전 기념행사`, `대회 70일 전 … 기념식`: a length counted from the happening a noun names, whose own
    day this sentence does not tell; the resolver, counting from another date, would give a day that is nobody's."""
    if not _COUNTED.fullmatch(expr.text.strip()):
        return False
    before = [t for t in tokens if t.start + t.len <= expr.start]
    return bool(before) and before[-1].tag in ("NNG", "NNP") and len(before[-1].form) > 1 \
        and before[-1].form not in _TIME_WORDS and not sentence[before[-1].start + before[-1].len:expr.start].strip()


# Nouns heading a report or a statistic: a bare month or span before one (`9월 고용동향`, `1월부터 6월까지 세수
# 통계`) is the period it covers, not the day it comes out
_REPORT_HEADS = ("동향", "전망", "통계", "지표", "지수", "실적", "보고서")


def _names_a_report_period(sentence: str, tokens, expr) -> bool:
    """`통계청의 9월 고용동향 발표까지 예고돼`, `앞서 발표한 8월 고용동향에서는`, `8월호에는 1월부터 6월까지 세수
    통계가 발표된다`: a period told with no word placing it (`지난`, `오는`, `올해`), right before a noun phrase headed
    by a report or a statistic, names what the report covers; `지난 9월 경제동향에서 … 판단을 내려` is dated."""
    inner = expr.inner if isinstance(expr, _Borrowed) else expr
    if inner.precision not in ("month", "quarter", "half") or not re.fullmatch(r"[\d\s월분기반상하부터까지~∼·,]+", expr.text
                                                                           if not isinstance(expr, _Borrowed) else
                                                                           sentence[inner.start:expr.end]):
        return False
    k = next((n for n, t in enumerate(tokens) if t.start >= expr.end), len(tokens))
    if k == len(tokens) or sentence[expr.end:tokens[k].start].strip():
        return False
    run = [k]
    while run[-1] + 1 < len(tokens) and tokens[run[-1] + 1].tag.startswith(("NN", "SL", "SN", "XSN")):
        run.append(run[-1] + 1)
    # the report may be the argument of a verbal noun in the same phrase (`9월 고용동향 발표`)
    return any(tokens[n].tag.startswith("NN") and tokens[n].form.endswith(_REPORT_HEADS) for n in run)


# A date that was set for something in the past (`9일로 예정됐던`, `24일까지로 예정돼 있던`, with the verbal noun
# of what was planned between: `1월 4일 진행 예정이었던`, `3월 착공될 예정이었던`): a superseded plan
_SUPERSEDED = re.compile(r"\s*(?:까지)?(?:으로|로|에)?\s*(?:[가-힣]{2,}(?:될|할)?\s*)?(?:예정|계획)\s?(?:됐|되었|이었|였|돼\s?있었|돼\s?있)던")


# `11월 9·23·30일`: days of one month listed with middle dots, read by the resolver as one period
_DOTTED_DAYS = re.compile(r"(?<![\d.])\d{1,2}(?:·\d{1,2})+일$")


def _recurring_days(expr) -> list[date]:
    """The days of a dotted list a week or more apart (`11월 9·23·30일`, `12월 1·8일`): one happening each, where
    near days (`다음달 4·5·6일 국감`) are one happening told over several. Empty for anything else."""
    inner = expr.inner if isinstance(expr, _Borrowed) else expr
    match = _DOTTED_DAYS.search(inner.text)
    if match is None or inner.precision != "day" or inner.date is None:
        return []
    try:
        days = [inner.date.replace(day=int(d)) for d in re.findall(r"\d{1,2}", match.group())]
    except ValueError:
        return []
    if days[0] != inner.date or any((b - a).days < 7 for a, b in zip(days, days[1:])):
        return []
    return days


def _restated(sentence: str, before: TimeExpr, expr: TimeExpr) -> bool:
    """`내일(2일)`, `오늘(24일)`, `수요일(21일)`: a day in brackets right after a date, naming the same day."""
    return (not isinstance(before, _Borrowed) and before.precision == expr.precision == "day"
            and before.date == expr.date is not None and re.fullmatch(r"\s*\(\s*", sentence[before.end:expr.start]) is not None
            and re.match(r"\s*\)", sentence[expr.end:]) is not None)


# List bullets that open each member of a list written in one sentence (`▲14일 부산·울산·경남 ▲16일 ...`)
BULLETS = "▲△■□●○◆◇▶▷•"
# the member's own hour may follow its day (`오는 14일 오후 8시에는 팬클럽 선예매, 16일 오후 8시에는 일반 예매가 오픈된다`)
_MEMBER_HOUR = r"(?:\s*(?:오전|오후|새벽|아침|저녁|밤)?\s*\d{1,2}시(?:\s*\d{1,2}분)?)?"
_MEMBER = re.compile(rf"{_MEMBER_HOUR}\s*(?:에는|엔|에서는|에)?\s*(?P<np>[^,{BULLETS}]+?)\s*(?:,|[{BULLETS}])\s*(?:(?:오는|지난)\s*)?[{BULLETS}]?\s*")
# ... and a member that bullets delimit, commas and all (`△16일 제1차 본회의, 행정사무감사특별위원회(위원장, 부위원장
# 선출) △17일 ...`)
_BULLETED = re.compile(rf"\s*(?:에는|엔|에서는|에)?\s*(?P<np>[^{BULLETS}]+?)\s*[{BULLETS}]\s*")
_MEMBER_TAGS = ("NNG", "NNP", "NNB", "SN", "SL", "SH", "XSN", "XPN", "SP", "SS", "SSO", "SSC", "JC", "MM")


def _member(sentence: str, tokens, begin: int, end: int) -> str | None:
    """The noun phrase a listed day names before the separator that opens the next day (` 가나, `, `에는
    중앙디자인,`, ` 대구(대구·경북권)▲ `, ` 부산에서 부산·울산·경남 합동연설회가, `), its case marker dropped.
    None when there is a predicate, a limit (`까지`, `부터`) or a count (`21건,`) in between."""
    match = _MEMBER.fullmatch(sentence, begin, end) or _BULLETED.fullmatch(sentence, begin, end)
    if match is None:
        return None
    inside = [t for t in tokens if match.start("np") <= t.start < match.end("np")]
    while inside and inside[-1].tag in ("JKS", "JX", "JC"):
        inside.pop()
    # names, places (`부산에서`), brackets and coordinations only: an object (`해안면을 시작으로`) or a time
    # (`오후 4시20분에는`) makes it a clause of the same happening, not a member of its own; a title in single
    # quotes (`‘아름다운 그대에게’가`) is one name, whatever its words
    named = {tokens[k].start for k in _inside_single_quotes(tokens)}
    if not inside or inside[0].tag == "SN" or any(
            not (t.tag in _MEMBER_TAGS or t.start in named or (t.tag == "JKB" and t.form == "에서")) for t in inside):
        return None
    np = sentence[inside[0].start:inside[-1].start + inside[-1].len].strip() if inside else ""
    return np if content_words(np) else None


def _last_member(sentence: str, tokens, dated: list, n: int) -> str | None:
    """The noun phrase right after the last day of a list whose earlier days are members (`6월 7일 홍콩 등`,
    `27일(23시) 독일과`), a note in brackets after the day passed over; None for any other date."""
    expr = dated[n][0]
    if isinstance(expr, _Borrowed) or n == 0 or not isinstance(dated[n - 1][0], _Borrowed) \
            or dated[n - 1][0].listed is None or dated[n - 1][0].end != expr.end:
        return None
    note = re.match(r"\s*\([^()]*\)", sentence[expr.end:])
    words = _words_after(sentence, tokens, expr.end + (note.end() if note else 0))
    return words if words and content_words(words) else None


def _days_only(expr) -> bool:
    """A date that borrows only the end of the days coordinated with it (`3월 22일과 23일`), no member of a list."""
    return isinstance(expr, _Borrowed) and expr.subject is None and expr.listed is None and not expr.argument


def _listed(sentence: str, tokens, dated: list) -> list:
    """Days each followed by a noun phrase of their own and a separator (`10일 부산에서 ... 합동연설회가, 12일
    대구에서 ... 합동연설회가 개최된다`, `▲14일 부산·울산·경남 ▲16일 광주·전북·전남 ...`, `11월 28일 가나, 12월 3일
    포르투갈과 ... 경기를 치른다`) are members of one list: with no predicate of their own, they read the predicate
    after the last day, each titled with its own member."""
    out = list(dated)
    for n in range(len(out) - 2, -1, -1):
        expr, end_date, _ = out[n]
        nxt = out[n + 1][0]
        if (isinstance(expr, _Borrowed) and not _days_only(expr)) or expr.precision not in ("day", "month") \
                or nxt.precision not in ("day", "month"):
            continue
        own = _member(sentence, tokens, expr.end, nxt.start)
        if own is None:
            continue
        after = re.sub(r"^\s*(?:에는|엔|에서는|에)?\s*", "", sentence[(nxt.inner.end if isinstance(nxt, _Borrowed) else nxt.end):])
        last = nxt.listed if isinstance(nxt, _Borrowed) and nxt.listed is not None else (after.split() or [""])[0]
        inner = expr.inner if isinstance(expr, _Borrowed) else expr
        out[n] = (_Borrowed(inner, nxt.end, own, listed=last), end_date, out[n + 1][2])
    return out


def _last_object(sentence: str, tokens) -> str | None:
    """The noun phrase before the sentence's last object marker (`‘소소한 희노애락’전을 준비하고 있다`)."""
    marks = [k for k, t in enumerate(tokens) if t.tag == "JKO"]
    if not marks:
        return None
    j = marks[-1] - 1
    while j >= 0 and tokens[j].tag not in ("JKS", "JKB", "JX", "JKO", "EC", "EF", "SF", "SP"):
        j -= 1  # back to the particle or ending before it, a quoted name's own words kept (`‘소소한 희노애락’전`)
    np = sentence[tokens[j + 1].start:tokens[marks[-1]].start].strip() if j + 1 < marks[-1] else ""
    return np if content_words(np) else None


def _words_after(sentence: str, tokens, end: int) -> str | None:
    """The noun phrase right after a date, up to its first particle (`3월2일 서울·인천·경기로` -> `서울·인천·경기`)."""
    words = []
    for t in (t for t in tokens if t.start >= end):
        if not (grammar.is_noun(t) or t.tag in ("SN", "NNB") or (t.tag == "SP" and t.form == "·")):
            break
        words.append(t)
    return sentence[words[0].start:words[-1].start + words[-1].len] if words else None


def _member_title(own: str, title: str, last: str) -> str:
    """A listed member's title: its own noun phrase with the happening the shared predicate names
    (`부산에서 부산·울산·경남 합동연설회 개최`, `가나 조별리그 경기`, `부산·울산·경남(부산 벡스코) 합동연설회 진행`)."""
    if set(content_words(own)) & set(content_words(title)):
        verb = title.split()[-1]
        return own if verb in own else f"{own} {verb}"
    rest = re.sub(r"^(?:(?:에는|엔|에)\s*)?", "", title)
    if last and rest.startswith(last):
        rest = rest[len(last):]
    rest = re.sub(r"^\s*(?:각각?\s+)?", "", rest)
    return f"{own} {rest}".strip()


_RELATIVE_YEAR = re.compile(r"(?:올해|올|금년|지난\s?해|작년|재작년|내년|내후년|이듬해)(?:에는|에도|엔|에|는|도)?")


def _relative_year(sentence: str, expr) -> bool:
    """A year named only by where it lies from publication (`지난해`, `올해`), with no month, part or start, whose
    clause describes a noun (`지난해 치열한 선두 경쟁을 벌였던 제주와 전북은`): the year says who they are, not when
    the sentence's happening is."""
    if expr.precision != "year" or _RELATIVE_YEAR.fullmatch(expr.text.strip()) is None \
            or grammar.starts_span(sentence, expr.end):
        return False
    tokens = tokenize(sentence)
    first = next((k for k, t in enumerate(tokens) if t.start >= expr.end and t.tag in ("VV", "XSV", "VA", "VX")), None)
    if first is None or not grammar.describes_something(tokens, first) \
            or tokens[first - (tokens[first].tag == "XSV")].form in INTENT_VERBS:
        return False  # "올해 출시를 예고한 스마트 안경": a plan for the year, what is planned named by the noun
    head = next(t for t in tokens[first + 1:] if t.tag.startswith("NN"))
    return head.form not in grammar.NOT_HEADS  # "지난해 협력 구상을 발표한 뒤": a time clause, its own happening


def _alternatives(sentence: str, kept: list) -> list:
    """Days of one month offered as alternatives (`12월 6일 또는 7일에 16강전을`, `7일 또는 10일 각각 열기로`,
    `1월 21일 혹은 28일 선고기일을`): one happening whose day is not settled, dated by the month."""
    out = list(kept)
    for n in range(len(out) - 2, -1, -1):
        (a, _), (b, _) = out[n], out[n + 1]
        if _first_of_alternatives(sentence, a, b):
            # "올해말이나 내년초에 상품화할 계획", "내달 4일이나 5일 … 소집돼": the earliest of the dates offered, its
            # clause read after the last
            out[n:n + 2] = [(replace(a, text=sentence[a.start:b.end], end=b.end), a.end_date)]
            continue
        if a.precision != "day" or b.precision != "day" or None in (a.date, b.date) \
                or re.fullmatch(r"\s*(?:또는|혹은)\s*", sentence[a.end:b.start]) is None \
                or (a.date.year, a.date.month) != (b.date.year, b.date.month):
            continue
        first = a.date.replace(day=1)
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        month = TimeExpr(sentence[a.start:b.end], a.start, b.end, first, last, "month", b.direction, None)
        out[n:n + 2] = [(month, last)]
    return out


def _first_of_alternatives(sentence: str, a, b) -> bool:
    """`A이나 B` with the conjunctive particle (이)나 between two dates, the first the earlier: the dates are
    alternatives offered for one happening, not a list of two."""
    return None not in (a.date, b.date) and a.date < b.date \
        and re.fullmatch(r"(?:이|)나\s+", sentence[a.end:b.start]) is not None


def _note_in_brackets(sentence: str, expr, exprs: list) -> bool:
    """A date inside brackets with more words than dates (`70~74세(1949년 1월1일~1953년 12월31일 출생자)는 오는
    16일부터`) is a note on the noun before it, when the sentence dates its happenings outside brackets."""
    def inside(e) -> tuple[int, int] | None:
        opened = sentence.rfind("(", 0, e.start)
        if opened < 0 or sentence.rfind(")", 0, e.start) > opened:
            return None
        closed = sentence.find(")", e.end)
        return (opened, closed) if closed >= 0 else None

    brackets = inside(expr)
    if brackets is None or all(inside(e) is not None for e in exprs):
        return False
    words = sentence[brackets[0] + 1:brackets[1]]
    for e in exprs:
        if brackets[0] < e.start and e.end <= brackets[1]:
            words = words.replace(e.text, " ")
    return bool(re.search(r"[가-힣A-Za-z]", re.sub(r"[~∼·,\s]", "", words)))


def _names_an_edition(sentence: str, tokens, expr) -> bool:
    """A year told with no month (`올해`, `지난해`, `2019년`) right before a common noun that is the sentence's
    topic (`올해 설명회는`, `올해 영화제에는`, `올해 영화제 개막작으로는`, `올해 코스닥 시장엔`) says which year's
    edition of that thing is meant, not when the predicate happens."""
    if expr.precision != "year" or _PART_OF_YEAR.fullmatch(expr.text):
        return False
    k = next((n for n, t in enumerate(tokens) if t.start >= expr.end), len(tokens))
    if k == len(tokens) or sentence[expr.end:tokens[k].start].strip() or tokens[k].tag != "NNG":
        return False
    while k < len(tokens) and tokens[k].tag in ("NNG", "NNP", "XSN"):
        k += 1
    while k < len(tokens) and tokens[k].tag == "JKB":
        k += 1
    return k < len(tokens) and tokens[k].tag == "JX" and tokens[k].form in ("은", "는", "ᆫ")


def _in_list_order(sentence: str, dated: list, pub: date) -> list:
    """Days listed one after another (`내년 ... 2월27일, 4월12일, ..., 11월 30일에 열린다`) run forward in time: a
    member naming its month but no year that the resolver put before the member just before it (`11월 30일` read
    as this year's, the publication day) is in the year of that member's run. A bare day (`7일 또는 10일`) is
    left to the resolver: its month, not its year, would be in doubt."""
    out = list(dated)
    for n in range(1, len(out)):
        a, (b, end_date, stop) = out[n - 1][0], out[n]
        a_end = a.inner.end if isinstance(a, _Borrowed) else a.end
        if not _joined(sentence[a_end:b.start]) or a.precision != "day" or b.precision != "day" \
                or None in (a.date, b.date) or b.date >= a.date or "년" in b.text or "월" not in b.text:
            continue
        try:
            moved = _forward_year(b.date, a.date)
        except ValueError:
            continue  # 29 February in a year without it
        span = (end_date - b.date) if end_date is not None else timedelta(0)
        where = "past" if moved < pub else ("present" if moved == pub else "future")
        inner = replace(b.inner if isinstance(b, _Borrowed) else b, date=moved, end_date=moved + span, direction=where)
        out[n] = (replace(b, inner=inner) if isinstance(b, _Borrowed) else inner, moved + span, stop)
    return out


def _forward_year(day: date, after: date) -> date:
    """`day` moved by whole years to the first one not before `after`."""
    years = after.year - day.year + (1 if (day.month, day.day) < (after.month, after.day) else 0)
    return day.replace(year=day.year + years)


# `오는 14일 태백선 복선전철에 이어 30일에는 분당선 복선전철을 개통한다`: a date with a noun phrase and `에 이어`,
# then another date: the first is a happening of its own, done by the predicate after the second date
_FOLLOWED_BY = re.compile(r"\s*(?P<np>[^,\s][^,]*?)에\s*이어(?:서)?\s*")


def _followed(sentence: str, tokens, dated: list) -> list:
    out = list(dated)
    for n in range(len(out) - 2, -1, -1):
        expr, end_date, _ = out[n]
        nxt = out[n + 1][0]
        if isinstance(expr, _Borrowed) or (match := _FOLLOWED_BY.fullmatch(sentence, expr.end, nxt.start)) is None:
            continue
        if any(match.start("np") <= t.start < match.end("np") and t.tag in ("VV", "XSV", "EC", "EF", "ETM", "VCP") for t in tokens):
            continue  # "착공한 데 이어": a clause of its own, with its own predicate
        out[n] = (_Borrowed(expr, nxt.end, match.group("np"), True), end_date, out[n + 1][2])
    return out


# `여성가족위원회가 23일, 운영위원회가 25일과 다음달 1일, 정보위원회가 다음달 4·5·6일 국감을 열 계획이다`: subjects
# each with their own date before one shared predicate (gapping); what comes between two of them
# A member may carry its length (`모니터랩은 5월 3일부터 이틀간, 기가비스는 9일부터 이틀간 ... 수요예측을 시행한다`),
# and the next member may be a list closed by 등 (`서울대는 11일부터 14일까지, 고려대, 건국대, … 등 대부분 주요
# 대학들이 12일부터 15일까지 원서접수를 한다`).
# Words that may stand before a list member's date (`오는 21일`, `같은 달 18∼19일`)
_DATE_PREFIXES = r"(?:(?:오는|지난|다음\s?달|내달|이달)\s*)*"
_DATE_PREFIXES_OR_SAME_MONTH = r"(?:(?:오는|지난|다음\s?달|내달|이달|같은\s?달)\s*)*"
_GAP_LENGTH = r"(?:\s*(?:하루|이틀|사흘|나흘|닷새|엿새|이레|\d+일)\s*(?:간|동안))?"
_GAP_MEMBER = r"(?:[^,]+?|(?:[^,]+,\s*)+[^,]+?\s등\s[^,]*?)(?:은|는|이|가)"
_GAP = re.compile(r"(?:까지|부터)?(?:\s*(?:오전|오후)?\s*\d{1,2}시(?:\s*\d{1,2}분)?)?(?:\s*(?:한|두|세|네|\d+)\s*(?:차례|번))?"
                  + _GAP_LENGTH + r"\s*,\s*" + _GAP_MEMBER + r"\s*" + _DATE_PREFIXES)
# ... and a member that names its place after its date (`god는 12월 16∼20일 서울 … 체조경기장, 이승환은 같은 달 18∼19일
# … 잠실실내체육관에서 공연한다`): the place, nouns only, stays with its own member
_GAP_PLACE = re.compile(r"\s+(?P<place>[^,]+?)\s*,\s*" + _GAP_MEMBER + r"\s*" + _DATE_PREFIXES_OR_SAME_MONTH)


def _gapped(sentence: str, tokens, dated: list) -> list:
    """Dates of a gapped list read the predicate after the last one, each titled with its own subject."""
    def own_end(e):
        return e.inner.end if isinstance(e, _Borrowed) else e.end

    def gap(a, b) -> bool:
        between = sentence[own_end(a):b.start]
        if _GAP.fullmatch(between) is None and not _placed_member(sentence, tokens, own_end(a), b.start):
            return False
        same_month = sentence.rfind("같은", own_end(a), b.start)  # `같은 달 18일`: 같/VA 은/ETM name the month
        return not any(own_end(a) <= t.start < b.start and t.tag in ("VV", "XSV", "EC", "EF", "ETM", "VCP")
                       and not (0 <= same_month <= t.start < same_month + 2) for t in tokens)

    gaps = [gap(dated[n][0], dated[n + 1][0]) for n in range(len(dated) - 1)]
    if not any(gaps):
        return dated
    out = list(dated)
    for n in range(len(out) - 2, -1, -1):
        expr, end_date, _ = out[n]
        nxt = out[n + 1][0]
        if gaps[n] or (isinstance(expr, _Borrowed) and expr.end == own_end(nxt)):
            out[n] = (_Borrowed(expr.inner if isinstance(expr, _Borrowed) else expr, nxt.end), end_date, out[n + 1][2])
    subject = None
    for n, (expr, end_date, stop) in enumerate(out):
        in_chain = (n < len(gaps) and gaps[n]) or (n > 0 and gaps[n - 1])
        lead = len(re.sub(_DATE_PREFIXES_OR_SAME_MONTH + "$", "", sentence[:expr.start]).rstrip())
        before = [t for t in tokens if t.start + t.len <= lead]
        if before and before[-1].start + before[-1].len == lead \
                and (before[-1].tag == "JKS" or (before[-1].tag == "JX" and before[-1].form in ("은", "는"))):
            mark = before[-1].start
            if sentence[:mark].endswith(")") and "(" in sentence[:mark]:
                mark = sentence.rfind("(", 0, mark)  # "70~74세(… 출생자)는": the noun the note is on
            subject = _noun_phrase_before(sentence, tokens, mark) or subject
        if subject and (in_chain or isinstance(expr, _Borrowed) and n + 1 < len(out) and expr.end == out[n + 1][0].end):
            inner = expr.inner if isinstance(expr, _Borrowed) else expr
            # a member with its own place is titled by its subject and the shared verb, not the last member's place
            placed = n < len(gaps) and gaps[n] and _placed_member(sentence, tokens, own_end(expr), out[n + 1][0].start)
            out[n] = (_Borrowed(inner, expr.end, subject, placed), end_date, stop)
    return out


def _placed_member(sentence: str, tokens, begin: int, end: int) -> bool:
    """Between two dates of a gapped list, the first date's place (nouns only, no particle) before the comma and
    the next member's subject (`_GAP_PLACE`)."""
    match = _GAP_PLACE.fullmatch(sentence, begin, end)
    return match is not None and all(t.tag in ("NNP", "NNG", "SL", "SN", "NNB")
                                     for t in tokens if match.start("place") <= t.start < match.end("place"))


# `12월 1일부터 진에어가 부산↔기타큐슈 노선에 주 7회, … 12월 7일부터는 에어 부산이 … 각각 신규취항을 예정하고
# 있다`: the mirror of gapping, each date first and its own subject after it, the members closed by commas, the
# predicate told once after the last
_VERBAL_TAGS = ("VV", "VA", "VX", "XSV", "XSA", "EC", "EF", "ETM", "VCP", "VCN")


def _described_members(sentence: str, tokens, begin: int, end: int) -> int | None:
    """`13일 ‘추적자’가 끝난 자리에 사극 ‘신의’가, 수목극 ‘유령’ 종영 뒤인 15일에는 …`: between two dates, a member
    whose only verbs describe a noun (adnominal `끝난 자리`), a comma, and words that describe the next date (`종영
    뒤인`): the position of the member's closing comma, else None."""
    comma = sentence.rfind(",", begin, end)
    if comma < 0:
        return None
    inside = [k for k, t in enumerate(tokens) if begin <= t.start < comma]
    verbs = [k for k in inside if tokens[k].tag.startswith(("VV", "VA", "VX", "XSV", "XSA", "VCP", "EC", "EF"))]
    if any(tokens[k].tag in ("EC", "EF") for k in verbs) or not all(
            any(tokens[j].tag == "ETM" for j in range(k + 1, min(k + 3, len(tokens)))) for k in verbs):
        return None  # a verb of the member's own (`…을 마치고`): a clause, not a described noun
    after = [t for t in tokens if comma < t.start < end]
    if not after or after[-1].tag != "ETM" or after[-1].start + after[-1].len != len(sentence[:end].rstrip()):
        return None  # what follows the comma must end in an adnominal right before the next date (`뒤인`)
    if any(t.tag.startswith(("J", "EC", "EF")) for t in after):
        return None
    return comma


def _date_first_members(sentence: str, tokens, dated: list) -> list:
    """Dates each followed by a subject or topic of their own and a comma, with no verb before the next date, read
    the predicate after the last date, each titled with its own subject."""
    out = list(dated)
    for n in range(len(out) - 2, -1, -1):
        expr, end_date, _ = out[n]
        nxt = out[n + 1][0]
        if isinstance(expr, _Borrowed):
            continue
        between = [t for t in tokens if expr.end <= t.start < nxt.start]
        described = _described_members(sentence, tokens, expr.end, nxt.start)
        if described is None and (not re.search(r",\s*" + _DATE_PREFIXES + "$", sentence[expr.end:nxt.start])
                                  or any(t.tag.startswith(_VERBAL_TAGS) for t in between)):
            continue
        marks = [k for k, t in enumerate(tokens) if expr.end <= t.start < (described or nxt.start) and k > 0 and (
            t.tag == "JKS" or (t.tag == "JX" and t.form in ("은", "는") and grammar.is_noun(tokens[k - 1])))]
        if described is not None:
            marks = marks[-1:]  # "‘추적자’가 끝난 자리에 사극 ‘신의’가,": the subject inside the described place is not the member's
        subject = _noun_phrase_before(sentence, tokens, tokens[marks[0]].start) if marks else None
        if not subject or not content_words(subject):
            continue
        # the subject stands for the whole clause: its name and the shared predicate's happening
        out[n] = (_Borrowed(expr, nxt.end, subject, True), end_date, out[n + 1][2])
    return out


# `26일엔 9월 소비자심리지수를, 29일엔 … 8월 국제수지를 공개할 예정이다`: each date with its own object and a comma,
# the verb told once after the last (gapping of the object)
_OBJECT_MEMBER = re.compile(r"\s*(?:에는|엔|에)?\s*(?P<np>[^,]+?)\s*(?:을|를)\s*,\s*" + _DATE_PREFIXES)


def _object_members(sentence: str, tokens, dated: list) -> list:
    """Dates each followed by an object of their own and a comma, with no verb before the next date, read the
    predicate after the last date, each titled with its own object."""
    out = list(dated)
    for n in range(len(out) - 2, -1, -1):
        expr, end_date, _ = out[n]
        nxt = out[n + 1][0]
        if isinstance(expr, _Borrowed) and not _days_only(expr):
            continue
        match = _OBJECT_MEMBER.fullmatch(sentence, expr.end, nxt.start)
        between = [t for t in tokens if expr.end <= t.start < nxt.start]
        if match is None or any(t.tag.startswith(_VERBAL_TAGS) for t in between) \
                or not any(t.tag == "JKO" and t.start >= match.end("np") for t in between):
            continue
        own = match.group("np")
        if not content_words(own):
            continue
        inner = expr.inner if isinstance(expr, _Borrowed) else expr
        out[n] = (_Borrowed(inner, nxt.end, own, True), end_date, out[n + 1][2])
    return out


def _topic_object_members(sentence: str, tokens, dated: list) -> list:
    """Dates each opening a clause with a topic and an object of its own and no verb (`같은 날 금융감독원은 … 분석
    결과를 다음날 금융위원회는 … 운용현황을 내놓는다`), the next date opening the same shape: the verb told once after
    the last member is each one's, titled with its own object. A comma between members may be left out."""
    out = list(dated)
    for n in range(len(out) - 2, -1, -1):
        expr, end_date, _ = out[n]
        nxt = out[n + 1][0]
        if isinstance(expr, _Borrowed) or isinstance(nxt, _Borrowed):
            continue
        between = [k for k, t in enumerate(tokens) if expr.end <= t.start < nxt.start]
        after = [k for k, t in enumerate(tokens) if t.start >= nxt.end][:4]
        if not between or any(tokens[k].tag.startswith(_VERBAL_TAGS) for k in between) \
                or tokens[between[-1] - (tokens[between[-1]].tag == "SP")].tag != "JKO":
            continue

        def topic_in(ks: list[int]) -> bool:
            return any(tokens[k].tag == "JX" and tokens[k].form in ("은", "는") and k > 0
                       and grammar.is_noun(tokens[k - 1]) for k in ks)

        if not topic_in(between) or not topic_in(after):
            continue
        obj = between[-1] - (tokens[between[-1]].tag == "SP")
        own = _noun_phrase_before(sentence, tokens, tokens[obj].start)
        if not own or not content_words(own):
            continue
        out[n] = (_Borrowed(expr, nxt.end, own, True), end_date, out[n + 1][2])
    return out


def _period_of_what_is_shown(tokens, expr) -> bool:
    """A quarter or half with `중` inside a clause describing a noun (`이날 2분기 중 가계 자금운용 상황을 보여주는
    자금순환을 공표하며`): the period the described thing covers, not when it is told; the finer date dates that."""
    if expr.precision not in ("quarter", "half"):
        return False
    k = next((n for n, t in enumerate(tokens) if t.start >= expr.end), len(tokens))
    if k + 1 >= len(tokens) or tokens[k].form != "중" or tokens[k].tag != "NNB" or not grammar.is_noun(tokens[k + 1]) \
            or grammar.verbal_noun(tokens, k + 1):
        return False  # `상반기 중 출시할 예정`: the period is when it is done
    verb = next((n for n in range(k + 1, len(tokens)) if tokens[n].tag.startswith(("VV", "VA", "XSV", "XSA"))), None)
    if verb is None or tokens[verb].tag != "VV" or not any(t.tag == "JKO" for t in tokens[k + 1:verb]):
        return False
    n = verb + 1
    while n + 1 < len(tokens) and tokens[n].tag == "EC" and tokens[n + 1].tag == "VX":
        n += 2  # `보여주는`: an auxiliary verb goes on with the same clause
    return n < len(tokens) and tokens[n].tag == "ETM"


def _quarter_reported(sentence: str, tokens, expr) -> bool:
    """A quarter or half naming the period a report covers beside a month that dates the happening (`다음달초 컨퍼런스
    콜과 함께 3.4분기 설명회를 가질 예정`): the month is when, the quarter what is told."""
    if expr.precision not in ("quarter", "half") or _awaits(sentence, tokens, expr):
        return False
    k = next((n for n, t in enumerate(tokens) if t.start >= expr.end), len(tokens))
    return k < len(tokens) and sentence[expr.end:tokens[k].start] == " " and tokens[k].tag in ("NNG", "NNP") \
        and not grammar.verbal_noun(tokens, k) and not grammar.planned_noun(tokens, k)


def _names_a_period(sentence: str, tokens, expr, holiday: bool = False) -> bool:
    """A month, quarter or year that modifies the noun after it (`7월 산업활동동향을`, `2018년 기업무역활동통계를`)
    or stands in brackets after one (`금융안정 상황(2019년 3월)`): the period a report covers. Read only in a
    sentence that also names a day, which dates the happening (`31일에는 통계청이 6월 산업활동동향을 발표`)."""
    if expr.precision not in ("month", "quarter", "half", "year") and not holiday:
        return False  # a holiday modifying a noun (`설 명절 특별할인 행사를`) is the occasion, not when
    if sentence[:expr.start].rstrip().endswith("(") and sentence[expr.end:].lstrip().startswith(")"):
        return True
    k = next((n for n, t in enumerate(tokens) if t.start >= expr.end), len(tokens))
    if k == len(tokens) or sentence[expr.end:tokens[k].start].strip(" '‘") or tokens[k].tag not in ("NNG", "NNP") \
            or grammar.verbal_noun(tokens, k) or grammar.planned_noun(tokens, k):
        return False
    # a count may stand inside the phrase (`12월 결산 상장법인 1975개사 중 937개사가`: companies whose year ends then)
    while k < len(tokens) and (grammar.is_noun(tokens[k]) or tokens[k].tag in ("SN", "XSN", "SSC", "SS", "SW", "NNB")
                               or (tokens[k].tag == "MM" and k + 1 < len(tokens) and tokens[k + 1].tag == "SN")):
        k += 1
    # the phrase is an argument (`...을`, `...가`, `...와`), not a place or time adverbial (`내년 5월 청계천에`)
    if k < len(tokens) and tokens[k].form == "및":  # "7월 사업체노동력조사 및 4월 ...조사 결과를": read on to its end
        k += 1
        while k < len(tokens) and (grammar.is_noun(tokens[k]) or tokens[k].tag in ("SN", "XSN", "NNB")):
            k += 1
    if k < len(tokens) and grammar.light_verb_argument(tokens, k - 1) is not None:
        return False  # "지난 8월 공사발주 및 공개경쟁 입찰을 거쳐": the phrase is itself the happening
    return k < len(tokens) and (tokens[k].tag in ("JKO", "JKS", "JC", "JKG") or tokens[k].form in ("은", "는"))


def _copula_end(tokens, pos: int) -> int:
    """Where a date said to be the day of its topic closes its clause (`1차 시험은 3월 10일이며 2차·3차 시험을
    거쳐 …`): the copula right after the date (or its `까지`, or a note in brackets on it: `15~19일(발표마감 19일 오후
    9시)이며`) and its connective ending; what follows is another clause."""
    k = next((k for k, t in enumerate(tokens) if t.start >= pos), None)
    if k is not None and tokens[k].start == pos and tokens[k].tag == "SSO" and tokens[k].form == "(":
        close = next((j for j in range(k + 1, len(tokens)) if tokens[j].tag in ("SSO", "SSC")), None)
        if close is not None and tokens[close].form == ")":
            pos, k = tokens[close].start + tokens[close].len, close + 1
    if k is not None and tokens[k].start == pos and tokens[k].tag == "JX" and tokens[k].form == "까지":
        pos, k = tokens[k].start + tokens[k].len, k + 1
    if k is not None and k + 1 < len(tokens) and tokens[k].start == pos and tokens[k].tag == "VCP" \
            and tokens[k + 1].tag == "EC" and tokens[k + 1].form != "면":
        # "오는 15일이면 모두 끝나게 된다": `DATE이면` is when the clause's verb comes about, not a copula clause
        return tokens[k + 1].start + tokens[k + 1].len
    return 10 ** 9


def _sentence_end(tokens, pos: int) -> int:
    """Where the first sentence ending after `pos` closes (`-다.`): a quotation of two sentences is read as one,
    and the clause of a date in the first ends there (`… 2022년 5월19일이다. 기상 등의 사유로 …`)."""
    for k in range(1, len(tokens)):
        t = tokens[k]
        if t.start >= pos and t.tag == "SF" and tokens[k - 1].tag == "EF" and k + 1 < len(tokens):
            return t.start + t.len
    return 10 ** 9


def _quote_end(sentence: str, pos: int) -> int:
    """Where the quotation holding `pos` closes (a date said inside a quote is dated by the quote's verb),
    or the sentence's end when `pos` is not inside one."""
    before = sentence[:pos]
    if before.count("“") > before.count("”"):
        close = sentence.find("”", pos)
    elif before.count('"') % 2 == 1:
        close = sentence.find('"', pos)
    else:
        return len(sentence)
    return close if close >= 0 else len(sentence)


def _each(sentence: str, tokens, first: int, last: int) -> list[int]:
    """Indexes of `각`/`각각` standing right before the first listed date or right after the last one."""
    return [k for k, t in enumerate(tokens) if t.form in ("각", "각각") and (
        (t.start + t.len <= first and not sentence[t.start + t.len:first].strip())
        or (t.start >= last and re.fullmatch(r"\s*(?:에는|에|엔|에도)?\s*", sentence[last:t.start])))]


def _distributed(sentence: str, tokens, first: int, last: int, count: int) -> list[str] | None:
    """The conjoined objects (or subjects) of `각`/`각각` listed dates, one per date, in order: `광역도로와 지원센터를
    각 2월, 3월에`, `소비자동향조사와 BSI·ESI를 각각 27일과 28일`. None unless there are exactly as many."""
    each = _each(sentence, tokens, first, last)
    if not each:
        if any(first <= t.start < last and t.tag in grammar.NOUN_TAGS for t in tokens):
            return None  # "11월 28일 가나, 12월 3일 포르투갈과": each date already has its own noun
        return _paired_after(sentence, tokens, last, count)
    if tokens[each[0]].start > first:  # "7월과 8월에는 각각 복합편의시설과 선거관리위원회 공사를": the phrase after
        begin = each[0] + 1
        marks = [k for k in range(begin, len(tokens)) if tokens[k].tag in ("JKO", "JKS")]
        if not marks or any(tokens[n].tag.startswith(("V", "E")) for n in range(begin, marks[0])):
            return None
        k = marks[0]
    else:
        marks = [k for k, t in enumerate(tokens) if t.start < min(first, tokens[each[0]].start) and t.tag in ("JKO", "JKS")]
        if not marks:
            return None
        k = marks[-1]
        begin = k
        while begin > 0 and (tokens[begin - 1].tag in NP_TAGS or tokens[begin - 1].tag == "JC"
                             or (tokens[begin - 1].tag == "SP" and tokens[begin - 1].form == "·")
                             or tokens[begin - 1].form == "및"):
            begin -= 1
    for splitters in (("JC",), ("JC", "및")):
        parts, start = [], begin
        for n in range(begin, k + 1):
            if n == k or tokens[n].tag in splitters or tokens[n].form in splitters:
                if n > start:
                    parts.append(sentence[tokens[start].start:tokens[n].start].strip())
                start = n + 1
        parts = [p for p in parts if content_words(p)]
        if len(parts) == count:
            return parts
    return None


def _distributive(sentence: str, tokens, first: int, last: int, count: int = 0) -> bool:
    """`각`/`각각` right before or after listed dates: each date has its own happening (`각 2월, 3월에 착공한`);
    a `각` elsewhere in the sentence (`각 가정에`) distributes something else. Listed dates right before as many
    listed nouns pair with them in order too (`12월 15일과 16일 세부와 코타키나발루에 취항한다`)."""
    return bool(_each(sentence, tokens, first, last)) or _paired_after(sentence, tokens, last, count) is not None


def _paired_after(sentence: str, tokens, last: int, count: int) -> list[str] | None:
    """The nouns joined by `과`/`와` right after the last of `count` listed dates, up to their case particle, when
    there are exactly as many (`12월 15일과 16일 필리핀 세부(주5회)와 말레이시아 코타키나발루(주2회)에`): one place,
    partner or thing per date, in order. Bracketed notes stay with their noun; a predicate on the way ends it."""
    if count < 2:
        return None
    parts, start, depth = [], None, 0
    for t in tokens:
        if t.start < last:
            continue
        if t.tag == "SSO":
            depth += 1
        elif t.tag == "SSC":
            depth = max(0, depth - 1)
        elif depth:
            continue
        elif (t.tag == "JC" or t.tag == "JKB" and t.form in ("과", "와")) and start is not None:
            parts.append(re.sub(r"\([^()]*\)", "", sentence[start:t.start]).strip())
            start = None
        elif t.tag.startswith(("JK", "JX")) or t.form == "등":
            if start is not None:
                parts.append(re.sub(r"\([^()]*\)", "", sentence[start:t.start]).strip())
            break
        elif not grammar.is_noun(t) and t.tag not in ("SN", "NNB", "SP"):
            return None
        elif start is None:
            start = t.start
    else:
        return None
    if any(_DAY_IN_PART.search(p) for p in parts):
        return None  # "4월 5일과 6일 대구 …홀, 4월 12일과 13일 대전 …에서": the next member's days, no partner
    return parts if len(parts) == count and all(content_words(p) for p in parts) else None


_DAY_IN_PART = re.compile(r"\d\s*(?:월|일)(?![가-힣])")


def _apart(a, b) -> bool:
    """Two listed days in different months (`2월 28일, 4월 18일, 5월 31일 순으로 개최`) are separate happenings:
    one happening told on several days keeps to days near each other (`3월 15일과 17~18일`)."""
    # ... and so are days of one month a week or more apart (`본회의는 4월 13일과 27일에 열린다`), as a dotted list's
    # are (`_recurring_days`)
    return a.precision == b.precision == "day" and None not in (a.date, b.date) and (
        (a.date.year, a.date.month) != (b.date.year, b.date.month) or abs((b.date - a.date).days) >= 7)


def _joined(between: str) -> bool:
    # "4월27일~5월6일(대통령배), 5월18~27일(청룡기)": a name in brackets after a listed date stays in the list
    return re.fullmatch(r"\s*(?:\([^()]*\))?\s*(?:,|과|와|및|·|또는|혹은)\s*", between) is not None


def _told_in_sentence(event: FoundEvent, earlier: FoundEvent) -> bool:
    """"조직위는 … 이날 개폐회식의 주요 출연진을 모두 공개할 예정이다" after "… 1일 … 기자회견을 열고, 개폐회식 내용을
    공개한다" (출연진 in that sentence): a title whose predicate and the argument before it are both words of a
    sentence that told a happening of the same day was told by that sentence, whatever title it got there."""
    words = event.title.split()
    while len(words) > 1 and words[-1] in _PHASES:
        words.pop()  # `아랑사또전 방송 시작`: what starts is the 방송 of 아랑사또전
    if event.precision != "day" or event.evidence == earlier.evidence or len(words) < 2:
        return False
    nouns = [t.form for t in tokenize(" ".join(words[-2:])) if t.tag.startswith(("NN", "SL")) and len(t.form) > 1]
    names = [t.form for t in tokenize(event.title) if t.tag in ("NNP", "SL")]
    told = earlier.evidence.replace(" ", "")
    return len(nouns) >= 2 and all(n in told for n in nouns + names)


def _initials_of(short: str, long_: str) -> bool:
    """`주총` of `주주총회`, `국감` of `국정감사`: a two-noun compound of two syllables each shortened to their first ones."""
    return len(short) == 2 and len(long_) == 4 and re.fullmatch(r"[가-힣]+", long_) is not None \
        and short == long_[0] + long_[2]


__all__ = ["CONFIRMING_PERIODS", "FoundEvent", "confirms", "display_date", "extract_events", "report_span", "same_event"]

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
from digest.text.event_context import context_events
from digest.text.event_days import (
    _DAY_WORD_TOLD,
    _NEIGHBOUR_DAYS,
    _SAME_DAY,
    _coordinated,
    _dated_names,
    _day_of_a_happening,
    _framed_day,
    _heading_day,
    _held_along,
    _in_carried_month,
    _in_told_week,
    _itinerary,
    _ordinal_day,
    _same_day_then_neighbour,
    _same_month_day,
    _then_clause,
    _told_coarsely,
    _told_day,
    _told_that_day,
    _week_for_many,
)
from digest.text.event_fallback import fallback_events
from digest.text.event_identity import CONFIRMING_PERIODS, FoundEvent, confirms, display_date, report_span, same_event
from digest.text.event_lists import (
    _PART_OF_YEAR,
    _TIMETABLE_NOUNS,
    _distributed,
    _each_subject,
    _event_dates,
    _gapped_copula,
    _last_member,
    _last_object,
    _member_title,
    _names_a_period,
    _nominal_member,
    _object_member_title,
    _recurring_days,
    _schedule_of,
    _stages,
    _words_after,
    list_members,
    timetable_line,
    with_member,
)
from digest.text.event_members import fixtures, gapped_doers, joined_members
from digest.text.event_merge import (
    _entered_on_first_step,
    _many_at_once,
    _one_doers_day,
    _part_of,
    _setting_after,
    _told_again,
    _told_day_by_day,
    _told_finer,
    _told_finer_after,
    _told_once_coarsely,
)
from digest.text.event_titles import (
    EVENT_VERBS,
    _awaited_title,
    _Borrowed,
    _clause_on_date,
    _described_history,
    _head_noun,
    _held_on_date,
    _last_boundary,
    _noun_phrase_before,
    _object_set_on_date,
    _occasion_on_date,
    _owner_of,
    _predicate,
    _set_on_date,
    _subjectless_passive,
    _subjectless_plan,
    _title,
    _title_from_predicate,
    _topic_done_on_date,
    _without_topic,
)
from digest.text.korean import content_words, tokenize
from digest.text.metadata import KST
from digest.text.timex import TimeExpr, clause_tense, find_time_expressions
from digest.text.timex_context import ArticleDates

_SPACE = re.compile(r"\s")
# "행사 당일(11일) 낮 12시부터 …": the day word glossed by its own day, which timex has read; no other day stands for it
_GLOSSED_BY_DAY = re.compile(r"(?:이날|당일)\s*\(\s*\d{1,2}일\s*\)")


def _pub_date(published: datetime | date) -> date:
    if isinstance(published, datetime):
        return (published.astimezone(KST) if published.tzinfo else published).date()
    return published


def extract_events(paragraphs: list[list[tuple[str, tuple]]], published: datetime | date) -> list[FoundEvent]:
    """Events announced or mentioned in an article's body paragraphs: lists of (sentence, morphemes); the
    morphemes from ingest are reused, and a sentence without them is analysed here. What the rules tell, then
    the dates they read and told nothing of that the learned fallback judges to date a happening, then the happenings
    of sentences with no date that the learned context reader judges to be on the day told before them."""
    pub = _pub_date(published)
    found, reads = rule_events(paragraphs, pub)
    found = found + fallback_events(reads, found, pub)
    return found + context_events(reads, found, pub, rule_events)


def rule_events(paragraphs: list[list[tuple[str, tuple]]], pub: date) -> tuple[list[FoundEvent], list[tuple[str, tuple, list[TimeExpr]]]]:
    """The events the rules tell, and each sentence with the morphemes it came with (if any) and the dates read in
    it: what the learned fallback (`digest.text.event_fallback`) reads the dates the rules told nothing of from."""
    found: list[FoundEvent] = []
    reads: list[tuple[str, tuple, list[TimeExpr]]] = []
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
    # each sentence's next in its paragraph: a sentence with no subject goes on about what the one before told
    following = {text: sentences[k + 1][0] for sentences in paragraphs for k, (text, _) in enumerate(sentences[:-1])}
    for para, sentence, known_tokens in ((n, *pair) for n, sentences in enumerate(paragraphs) for pair in sentences):
        previous_topic, topic = topic, None
        previous_object, last_object = last_object, partial(_last_object, sentence, known_tokens or tokenize(sentence))
        # what the article's first sentence announces is done to, for the sentences after it
        lead_before, lead_object = lead_object, lead_object or last_object
        told = [e for e in found if not e.on_publication_day]
        read = find_time_expressions(sentence, pub, dates_told)  # the article's dates so far carried into it
        reads.append((sentence, known_tokens, read))
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
                                if not any(x.start < e.end and e.start < x.end for x in exprs)], key=lambda e: e.start)
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
        doers_here: set[str] = set()  # the titles of this sentence's gapped members, each its own doer's happening
        for n, (expr, end_date, stop) in enumerate(dated):
            if schedule is not None and n > 0:
                continue  # a later stop of the schedule told by the sentence's first date
            start, end = expr.date, end_date
            if expr.text.startswith(("이날", "당일")) and not _GLOSSED_BY_DAY.match(sentence, expr.start):
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
            shift = _NEIGHBOUR_DAYS.get(_SPACE.sub("", expr.text)[:3])
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
                or _occasion_on_date(sentence, tokens, expr) \
                or _set_on_date(sentence, tokens, expr) or _topic_done_on_date(sentence, tokens, expr, stop) \
                or timetable_line(sentence, tokens, expr)
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
            if title is None and (passive := _subjectless_passive(tokens, expr, stop)) and not passive[1]:
                # "… 4월 10일 사전 예약을 2주간 진행하고 21일경 출시된다", "또한, 아시안게임으로 인해 8월 18일부터 9월 3일까지
                # 일시 중단된다": a passive verbal noun with no subject in its sentence is what happens on the date
                title = passive[0]
            if title is None and expr.direction == "future" and expr.date is not None:
                # the last resort of a date ahead: what its clause's own verb says is done (`싱글앨범이 나선다`)
                title = _title_from_predicate(sentence, tokens, expr, stop, verb=True)
            if title is None and expr.direction == "past" and expr.date is not None:
                # the last resort of a date behind: history told in a relative clause (`1977년에 지어진 노후 건축물`),
                # else what its own clause's verb did to its object (`지난 10일 사건을 맡게 됐다`)
                title = _described_history(sentence, tokens, expr, stop) \
                    or _title_from_predicate(sentence, tokens, expr, stop, verb=True)
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
                title = with_member(own, title) if title else None
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
            # "이번 주에는 … 사전예약이 시작된다", "대학들은 이번 주 졸업식을 마쳤다": the week the article is published in is the
            # news's own time, as its day is
            on_pub_day = (start == pub and precision == "day") or (
                precision == "week" and end is not None and start <= pub <= end)
            kind = "past" if expr.direction == "past" or (end is not None and end < pub) else "planned"
            each = _each_subject(sentence, tokens, expr, dated[n + 1][0].start if n + 1 < len(dated) else stop, stop) \
                or (joined_members(sentence, tokens, expr, stop) if len(chain) < 2 else []) or gapped_doers(own, title, tokens)
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
                       for earlier in found if earlier.title != told_before and not (own and earlier.title in doers_here)
                       # "… 개관식을 열고 같은날 개관 기념공연을 개최할": 같은 날 sets another happening beside its sentence's own
                       and not (_SAME_DAY.match(expr.text) and earlier.evidence == sentence)) \
                    and not (setting and any(_part_of(event, setting, earlier) for earlier in found[:sentence_first])):
                # "11월 9·23·30일 ... 본회의를 열기로": days a week or more apart are each a happening of their own
                days = _recurring_days(expr) or [None]
                if own and own in event.title:
                    # "영덕북부수협은 11~13일 …를, 목포수협은 25일 …를, 경기남부수협은 25~27일 …를 각각 개최한다": members of one
                    # gapped list, each named by its own doer, are other happenings however alike their words
                    doers_here.add(event.title)
                found += [event] if days[0] is None else [
                    replace(event, start=day, end=day, kind="past" if day < pub else "planned", on_publication_day=day == pub)
                    for day in days]
            # a match the sentence's members already name (`부산 대우-전북 현대(부산)` for `대우-전북 경기`) is not another
            matches = [m for m in fixtures(sentence, expr, stop)
                       if m != title and not any(re.split(r"[(\s]", m)[0] in t for t in each)] \
                if kind == "planned" else []
            for other in each[1:] + matches:
                also = FoundEvent(other, content_words(other), start, end, precision, expr.part_of_day, kind, past,
                                  on_pub_day, sentence)
                if not any(_told_again(also, earlier) for earlier in found[:sentence_first]):
                    found.append(also)
            # after a span (`13일부터 18일까지 … 벌인후`) the next happening's day is not told
            then = _then_clause(tokens, expr.end, stop) if single else []
            for clause in _coordinated(tokens, expr.end, stop) + (
                    then or (_itinerary(tokens, expr.end, stop) if single and kind == "planned" else [])):
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
        members = list_members(sentence, known_tokens or tokens, exprs) if exprs else []
        for title, expr in members:
            # each member of a list, with its own date and the happening the list closes with
            member = FoundEvent(title, content_words(title), expr.date, expr.end_date, expr.precision, expr.part_of_day,
                                "past" if expr.direction == "past" or (expr.end_date or expr.date) < pub else "planned",
                                clause_tense(sentence, expr.end) == "past", expr.date == pub and expr.precision == "day",
                                sentence)
            # the member is what this sentence told on its date: a merged reading of the same day gives way
            told = set(member.words[:-1] if len(member.words) > 1 else member.words)
            found[sentence_first:] = [e for e in found[sentence_first:] if not (
                e.start == member.start and e.precision == member.precision
                and all(e.title != other for other, _ in members) and (_told_again(member, e) or told & set(content_words(e.title))))]
            if not any(_told_again(member, earlier) for earlier in found):
                found.append(member)
        for title, day in _dated_names(sentence, known_tokens or tokens, pub):
            named = FoundEvent(title, content_words(title), day, day, "day", None, "past" if day < pub else "planned",
                               day < pub, day == pub, sentence)
            if not any(_told_again(named, earlier) for earlier in found):
                found.append(named)
    return [e for e in found if not any(_told_finer(e, other) for other in found if other is not e)
            and not _told_day_by_day(e, found) and not _many_at_once(e, found) and not _told_once_coarsely(e, found)
            and not _entered_on_first_step(e, found) and not _told_finer_after(e, found, following)], reads


__all__ = ["CONFIRMING_PERIODS", "FoundEvent", "confirms", "display_date", "extract_events", "report_span", "rule_events",
           "same_event"]

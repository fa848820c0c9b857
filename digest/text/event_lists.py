"""Lists, gapping and schedules: which dates of a sentence are events, a list's members and their days."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from digest.text import event_grammar as grammar
from digest.text.event_exclusions import dates_no_happening
from digest.text.event_titles import (
    _AFTER_NOUNS,
    _DAY_OF,
    _HOLIDAY_NAME,
    INTENT_VERBS,
    NP_TAGS,
    _awaits,
    _Borrowed,
    _inside_single_quotes,
    _noun_phrase_before,
    _predicate,
    _topic_on_date,
)
from digest.text.korean import content_words, tokenize
from digest.text.timex import PRECISIONS, SPAN_DASH, TimeExpr, find_time_expressions

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
    if all(sentence[:day.start].rstrip().endswith(tuple(BULLETS)) for day in days):
        return None  # "순회 검진은 ▲22일 광천보건지소를 시작으로 ▲25일 홍북보건지소 …": each bulleted day a stop of its own
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
    if any(t.tag == "JKO" and t.start > first_end and k + 1 < len(tokens) and tokens[k + 1].form not in ("시작", "필두")
           and any(u.tag == "ETM" and first_end <= u.start < t.start for u in tokens) for k, t in enumerate(tokens)):
        # "정부는 오는 25일 … 실시되는 제11대 국회의원선거일을 5일 공고할": the first day is a relative clause's, of the
        # object the later day's verb takes; the topic is that verb's doer, not a happening whose days are listed
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


# A plan quoted (`… 방문할 예정이라고`), then the one who says it and the day before a verb of saying
_SAID_ON = re.compile(r"(?:예정|계획|방침|전망)(?:이)?라고\s+(?:[^\s,.]+\s+){0,3}$")
_SAYING_AFTER = re.compile(r"\s*(?:[^\s,.]+\s+){0,2}?(?:밝혔|발표했|말했|전했|설명했|알렸|보도했|공지했|공개했)")


def _said_on(sentence: str, e: TimeExpr) -> bool:
    """The date is the day a quoted plan was said on: after the quotation's end and before the verb of saying."""
    return bool(_SAID_ON.search(sentence[:e.start])) and bool(_SAYING_AFTER.match(sentence, e.end))


def _event_dates(sentence: str, tokens, exprs: list[TimeExpr], pub: date):
    """(date, end of its period, end of its clause) for each date in the sentence that can date a happening.

    Limits (`까지` alone, `이전`, `동안`...) and years that are part of a name are dropped; `X부터 Y까지` is one
    span dated by X; dates joined by `과`/`,` (`7월과 8월에는`) share the predicate after the last one."""
    kept: list[tuple[TimeExpr, date | None]] = []
    included = _included_days(sentence, exprs)
    for n, expr in enumerate(exprs):
        if expr.role == "name" or n in included:
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
        written_span = re.search(SPAN_DASH + r"\s*\d", expr.text)
        if limit == "까지" and written_span:
            limit = None  # "10월 26일~11월 1일까지", "10월 20-24일까지": a span with its start, not a deadline
        if limit and limit.strip() in ("간", "동안") and (expr.role == "range" or written_span):
            # "25일부터 내달 2일까지 9일간의 일정으로", "내달 17~19일 3일간": the span's own length, not a length
            # instead of a date
            limit = None
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
    # a coarser period right beside a finer date it holds: "다음달 4·5·6일" read as a month and then days (the days say
    # it more finely), "오는 6일 올해 첫 신작인 '프로야구H3'를 출시한다" (the year after the day qualifies what follows)
    kept = [(e, d) for n, (e, d) in enumerate(kept)
            if not any(0 <= k < len(kept) and _holds_beside(sentence, e, kept[k][0]) for k in (n - 1, n + 1))]
    kept = [(e, d) for e, d in kept if not (_HOLIDAY_NAME.search(sentence, e.start, e.end + 4) and not re.search(r"\d", e.text)
                                            and _names_a_period(sentence, tokens, e, holiday=True))]
    # a finer date dates the happening; not the day a quoted plan was said on ("11월 초 … 방문할 예정이라고 청와대가 16일
    # 발표했다": the visit is dated by its month)
    if any(e.precision in ("day", "week") and not _said_on(sentence, e) for e, _ in kept):
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
            # (not the last one's weekday: "…, 10.12(화), 11.26(목) 등": 10.12 is no Thursday)
            tail = re.sub(r"^\s*\([월화수목금토일]\)", "", sentence[kept[last][0].end:])
            # the words before it stay in front, so that it keeps the month they told ("11월 5일과 26일, …": 26일 is
            # November's; "오는 9월4일 … 볼리비아와,22일과 24일은": September's), the members after it are left out,
            # so that its clause is the words after the last one
            before = sentence[:expr.start]
            again = [e for e in find_time_expressions(before + expr.text + tail, pub) if e.start == len(before)]
            if again and again[0].end == len(before) + len(expr.text):
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
_MEMBER = re.compile(rf"{_MEMBER_HOUR}\s*(?:에는|엔|에서는|에)?\s*(?P<np>[^,{BULLETS}]+?(?:,\s*[^,{BULLETS}]+?)*)\s*(?:,|[{BULLETS}])\s*(?:(?:오는|지난)\s*)?[{BULLETS}]?\s*")
# ... and a member that bullets delimit, commas and all (`△16일 제1차 본회의, 행정사무감사특별위원회(위원장, 부위원장
# 선출) △17일 ...`)
_BULLETED = re.compile(rf"\s*(?:에는|엔|에서는|에)?\s*(?P<np>[^{BULLETS}]+?)\s*[{BULLETS}]\s*")
_FIRST_STOP = re.compile(rf"(?<=[가-힣])[을를]\s?(?:시작으로|필두로)(?=\s*[{BULLETS}]\s*$)")
_MEMBER_TAGS = ("NNG", "NNP", "NNB", "SN", "SL", "SH", "XSN", "XPN", "SP", "SS", "SSO", "SSC", "SO", "JC", "MM", "JKG")


def _member(sentence: str, tokens, begin: int, end: int) -> str | None:
    """The noun phrase a listed day names before the separator that opens the next day (` 가나, `, `에는
    중앙디자인,`, ` 대구(대구·경북권)▲ `, ` 부산에서 부산·울산·경남 합동연설회가, `), its case marker dropped.
    None when there is a predicate, a limit (`까지`, `부터`) or a count (`21건,`) in between."""
    if first := _FIRST_STOP.search(sentence, begin, end):
        # "▲22일 광천보건지소를 시작으로 ▲25일 …": the first stop of a bulleted run is a member like the rest
        sentence = sentence[:first.start()] + " " * (first.end() - first.start()) + sentence[first.end():]
    match = _MEMBER.fullmatch(sentence, begin, end) or _BULLETED.fullmatch(sentence, begin, end)
    if match is None:
        return None
    inside = [t for t in tokens if match.start("np") <= t.start < match.end("np")]
    if inside and inside[0].start == begin and inside[0].tag == "JX" and inside[0].form in ("은", "는"):
        inside = inside[1:]  # the day as the member's topic (`5일은 정치·통일·외교·안보 분야, 6일은 경제 분야, …`)
    while inside and inside[-1].tag in ("JKS", "JX", "JC"):
        inside.pop()
    # names, places (`부산에서`), brackets and coordinations only: an object (`해안면을 시작으로`) or a time
    # (`오후 4시20분에는`) makes it a clause of the same happening, not a member of its own; a title in single
    # quotes (`‘아름다운 그대에게’가`) is one name, whatever its words
    named = {tokens[k].start for k in _inside_single_quotes(tokens) | _inside_title_marks(tokens)}
    if not inside or inside[0].tag in ("SN", "SSC", "SP") or any(
            not (t.tag in _MEMBER_TAGS or t.start in named or (t.tag == "JKB" and t.form == "에서")) for t in inside):
        return None
    np = sentence[inside[0].start:inside[-1].start + inside[-1].len].strip() if inside else ""
    if "," in np and np.count("(") != np.count(")"):
        return None  # `), 백제문화제(충남 공주`: the commas of a bracket's note, not names listed inside a member
    # a member of one noun may be one syllable (`2월 15일 콩, 20일 딸기, 22일 배, 27일 지황 순으로 강의하며`)
    return np if content_words(np) or (len(inside) == 1 and inside[0].tag in ("NNG", "NNP", "NNB")) else None


# Marks that enclose the title of a work (`<성난 펭귄>`, `《…》`): whatever is inside is one name
_TITLE_MARKS = {"<": ">", "《": "》", "〈": "〉", "「": "」", "『": "』"}


def _inside_title_marks(tokens) -> set[int]:
    """Indexes of the tokens inside title marks: Kiwi reads `<성난 펭귄>` as a verb and a noun, a film's name."""
    inside: set[int] = set()
    opened: int | None = None
    for k, t in enumerate(tokens):
        if t.tag == "SSO" and t.form in _TITLE_MARKS and opened is None:
            opened = k
        elif t.tag == "SSC" and opened is not None and t.form == _TITLE_MARKS[tokens[opened].form]:
            inside.update(range(opened + 1, k))
            opened = None
    return inside


def _in_brackets(sentence: str, pos: int) -> bool:
    return sentence.count("(", 0, pos) > sentence.count(")", 0, pos)


def _last_member(sentence: str, tokens, dated: list, n: int) -> str | None:
    """The noun phrase right after the last day of a list whose earlier days are members (`6월 7일 홍콩 등`,
    `27일(23시) 독일과`), a note in brackets after the day passed over; None for any other date."""
    expr = dated[n][0]
    if isinstance(expr, _Borrowed) or n == 0 or not isinstance(dated[n - 1][0], _Borrowed) \
            or dated[n - 1][0].listed is None or dated[n - 1][0].end != expr.end or _in_brackets(sentence, expr.start):
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
                or nxt.precision not in ("day", "month") or _in_brackets(sentence, expr.start):
            continue  # (a day noted in brackets, `'…'(1TV, 21일 낮 12시 10분)`, dates the name before them: no member)
        own = _member(sentence, tokens, expr.end, nxt.start)
        if own is None:
            continue
        after = re.sub(r"^(?:은|는)?\s*(?:에는|엔|에서는|에)?\s*", "", sentence[(nxt.inner.end if isinstance(nxt, _Borrowed) else nxt.end):])
        quoted = re.match(r"[<《〈「『'‘][^>》〉」』'’]*[>》〉」』'’]", after)  # `<특별시 사람들>이`: the name is its words
        last = nxt.listed if isinstance(nxt, _Borrowed) and nxt.listed is not None else \
            quoted.group() if quoted else (after.split() or [""])[0]
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


# A timetable's line: a bullet, its day and what happens then, with no predicate (`<>23일 = 대정부질문`,
# `▲24일-30일 국정감사`, `<>15일-17일 = 상임위활동(추경.결산.예비비 심사)`)
# (not a heading's mark, `◆ 5월 2일 투모로우바이투게더(TXT)`, `◇ 1월 5일 월요일`: what its paragraph tells is dated by it)
_TIMETABLE_LINE = re.compile(r"\s*(?:<>|[▲△])\s*(?:〃\s*)?")  # (`△ 〃 26일: 대 태국`: the month of the line above)
_LINE_SEPARATOR = re.compile(r"\s*(?:(?:상오|하오|오전|오후)?\s*\d{1,2}시(?:\s*\d{1,2}분)?)?\s*(?:=|:)?\s*")  # ("10일 하오 2시 =")


def timetable_line(sentence: str, tokens, expr) -> str | None:
    """What a timetable's line dates: the nouns after its day when the line is a bullet, the day and those nouns
    (a note in brackets after them kept out), and nothing else."""
    bullet = _TIMETABLE_LINE.match(sentence)
    if bullet is None or bullet.end() != expr.start:
        return None
    after = _LINE_SEPARATOR.match(sentence, expr.end).end()
    words = _words_after(sentence, tokens, after)
    if not words or not content_words(words):
        return None
    rest = sentence[after + len(words):].strip()
    if more := re.match(r"및\s+(\d[\d~∼-]*[가-힣]+|[가-힣]+)", rest):  # (`결승 및 3~4위전`)
        words = f"{words} 및 {more.group(1)}"  # `개회식 및 본회의(회기결정, …)`: two happenings of the day, one line
        rest = rest[more.end():].strip()
    if rest and not re.fullmatch(r"\([^()]*\)?[.)]*", rest):
        return None  # a clause goes on: the line is a sentence, read as one
    return words


def _words_after(sentence: str, tokens, end: int) -> str | None:
    """The noun phrase right after a date, up to its first particle (`3월2일 서울·인천·경기로` -> `서울·인천·경기`)."""
    words = []
    for t in (t for t in tokens if t.start >= end):
        if not (grammar.is_noun(t) or t.tag in ("SN", "NNB", "XPN") or (t.tag == "SP" and t.form == "·")):
            break
        words.append(t)
    if len(words) > 1 and words[-1].form == "순" and sentence.startswith("으로", words[-1].start + 1):
        words.pop()  # "▲6일 갈산보건지소 순으로 진행된다": the order the list is told in, no word of its last member
    return sentence[words[0].start:words[-1].start + words[-1].len] if words else None


def _member_title(own: str, title: str, last: str) -> str:
    """A listed member's title: its own noun phrase with the happening the shared predicate names
    (`부산에서 부산·울산·경남 합동연설회 개최`, `가나 조별리그 경기`, `부산·울산·경남(부산 벡스코) 합동연설회 진행`)."""
    if set(content_words(own)) & set(content_words(title)):
        words = title.split()
        verb = words[-1]
        if own.split()[-1] in words[:-1]:
            # the noun every member ends in, with the words the last member says after it (`5일은 … 분야, 6일은 경제
            # 분야, 7일은 사회·교육·문화 분야 대정부질문이 각각 진행된다`: `경제 분야 대정부질문 진행`)
            return f"{own} {' '.join(words[words.index(own.split()[-1]) + 1:])}"
        return own if verb in own else f"{own} {verb}"
    rest = re.sub(r"^(?:(?:에는|엔|에)\s*)?", "", title)
    if last and rest.startswith(last):
        rest = re.sub(r"^(?:이|가|은|는|을|를)(?=\s)", "", rest[len(last):])  # the last member's case marker
    # `각각`, or the order the members were told in (`… 27일 지황 순으로 강의하며`), is the list's, not a member's
    rest = re.sub(r"^\s*(?:(?:각각?|순으로|순서로|차례로)\s+)*", "", rest)
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
    # an irregular stem is tagged `VA-I`, `VV-R` (`때이른 무더위`, `뜨거운 관심`): the first predicate all the same
    first = next((k for k, t in enumerate(tokens)
                  if t.start >= expr.end and t.tag.startswith(("VV", "XSV", "VA", "VX"))), None)
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
_GAP_MEMBER = r"(?:[^,]+?|(?:[^,]+,\s*)+[^,]+?)(?:은|는|이|가)"
_GAP = re.compile(r"(?:까지|부터|에는|에|엔)?(?:\s*(?:오전|오후)?\s*\d{1,2}시(?:\s*\d{1,2}분)?)?(?:\s*(?:한|두|세|네|\d+)\s*(?:차례|번))?"
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
    subject = happening = None
    for n, (expr, end_date, stop) in enumerate(out):
        in_chain = (n < len(gaps) and gaps[n]) or (n > 0 and gaps[n - 1])
        lead = len(re.sub(_DATE_PREFIXES_OR_SAME_MONTH + "$", "", sentence[:expr.start]).rstrip())
        before = [t for t in tokens if t.start + t.len <= lead]
        if before and before[-1].start + before[-1].len == lead \
                and (before[-1].tag == "JKS" or (before[-1].tag == "JX" and before[-1].form in ("은", "는"))):
            mark = before[-1].start
            if sentence[:mark].endswith(")") and "(" in sentence[:mark]:
                mark = sentence.rfind("(", 0, mark)  # "70~74세(… 출생자)는": the noun the note is on
            subject = _coordinated_before(sentence, tokens, mark) or subject
            if subject and in_chain and not (n > 0 and gaps[n - 1]):
                happening = _topic_before(sentence, tokens, sentence.rfind(subject, 0, mark))
        if subject and (in_chain or isinstance(expr, _Borrowed) and n + 1 < len(out) and expr.end == out[n + 1][0].end):
            if happening and in_chain:
                subject = f"{subject} {happening}" if not subject.endswith(happening) else subject
            inner = expr.inner if isinstance(expr, _Borrowed) else expr
            # a member with its own place is titled by its subject and the shared verb, not the last member's place
            placed = n < len(gaps) and gaps[n] and _placed_member(sentence, tokens, own_end(expr), out[n + 1][0].start)
            own = subject
            if placed and (place := _GAP_PLACE.fullmatch(sentence, own_end(expr), out[n + 1][0].start)) is not None \
                    and (argument := _own_argument(sentence, tokens, place.start("place"), place.end("place"))):
                own = f"{subject} {argument}"  # what the member holds is its own, as its doer is
            out[n] = (_Borrowed(inner, expr.end, own, placed), end_date, stop)
    return out


def _topic_before(sentence: str, tokens, pos: int) -> str | None:
    """The topic right before a gapped list's first doer, nothing between (`가상종료는 경북 울진군이 8월 초, 전남
    강진군은 9월 초, …에 각각 실시된다`): the happening every member does, the doers told after it."""
    k = next((n for n, t in enumerate(tokens) if t.start >= pos), 0)
    if k < 2 or tokens[k - 1].tag != "JX" or tokens[k - 1].form not in ("은", "는") or not grammar.is_noun(tokens[k - 2]) \
            or tokens[k - 2].tag == "NNP":
        return None
    return _noun_phrase_before(sentence, tokens, tokens[k - 1].start)


def _coordinated_before(sentence: str, tokens, pos: int) -> str | None:
    """The noun phrase before `pos` with the phrases joined to it by 와/과, 및 or a middle dot: a gapped member may
    be several doers sharing one date (`서울지역 1순위자와 인천·경기도 무주택자는 5일`), each part of its title."""
    np = _noun_phrase_before(sentence, tokens, pos)
    while np:
        start = sentence.rfind(np, 0, pos)
        k = next((n for n, t in enumerate(tokens) if t.start == start), None)
        if k is None or k < 2 or not (tokens[k - 1].tag == "JC" or tokens[k - 1].form in ("및", "·")) \
                or not (grammar.is_noun(tokens[k - 2]) or tokens[k - 2].tag in ("XSN", "SN")):
            break
        more = _noun_phrase_before(sentence, tokens, tokens[k - 1].start)
        if not more:
            break
        np = sentence[sentence.rfind(more, 0, tokens[k - 1].start):pos].strip()
    return np


def with_member(own: str, title: str) -> str:
    """A member's own noun phrase before the shared title, the words the title already opens with told once
    (`인천·경기도 무주택자` and `경기도 무주택자 청약`: `인천·경기도 무주택자 청약`) ..."""
    cuts = [n for n, ch in enumerate(title) if ch == " "] + [len(title)]
    # ... or that it begins with too (`경북 울진군 가상종료` and `경북 울진군 실시`)
    overlap = max((n for n in cuts if own.endswith(title[:n]) or own.startswith(title[:n] + " ")), default=0)
    return f"{own} {title[overlap:].strip()}".strip()


def _placed_member(sentence: str, tokens, begin: int, end: int) -> bool:
    """Between two dates of a gapped list, the first date's place (nouns only, no particle) before the comma and
    the next member's subject (`_GAP_PLACE`)."""
    match = _GAP_PLACE.fullmatch(sentence, begin, end)
    return match is not None and (all(t.tag in ("NNP", "NNG", "SL", "SN", "NNB")
                                      for t in tokens if match.start("place") <= t.start < match.end("place"))
                                  or _own_argument(sentence, tokens, match.start("place"), match.end("place")) is not None)


# the cases a gapped member's own argument may close with, after its date and before the comma
_ARGUMENT_CASES = {"JKO": None, "JKB": ("에서", "에", "으로", "로")}


def _own_argument(sentence: str, tokens, begin: int, end: int) -> str | None:
    """A gapped member's own argument after its date (`영덕북부수협은 11~13일 '사진2리 별신굿풍어제'를, 목포수협은
    25일 '만선기원 풍어제'를, … 각각 개최한다`): a noun phrase, quoted names whole, closed by its case particle (an
    object, a place or a goal) with no verb of its own; the object itself, or "" for a place or goal (the member
    is titled by its doer), None for anything else."""
    inside = [k for k, t in enumerate(tokens) if begin <= t.start < end]
    if len(inside) < 2:
        return None
    case = tokens[inside[-1]]
    forms = _ARGUMENT_CASES.get(case.tag, ())
    if forms == () or (forms is not None and case.form not in forms):
        return None
    named = _inside_single_quotes(tokens) | _inside_title_marks(tokens)
    words = inside[:-1]
    if not all(k in named or tokens[k].tag in _MEMBER_TAGS for k in words) \
            or not any(k in named or grammar.is_noun(tokens[k]) for k in words):
        return None
    np = sentence[tokens[words[0]].start:case.start].strip()
    return np if case.tag == "JKO" else ""


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


def _holds_beside(sentence: str, coarse, fine) -> bool:
    """Whether `coarse` is a longer period than `fine`, holds its day, and stands right beside it (only spaces between)."""
    first, second = sorted((coarse, fine), key=lambda e: e.start)
    return (not sentence[first.end:second.start].strip()
            and PRECISIONS.index(fine.precision) < PRECISIONS.index(coarse.precision)
            and None not in (coarse.date, coarse.end_date, fine.date) and coarse.date <= fine.date <= coarse.end_date)


def _names_a_period(sentence: str, tokens, expr, holiday: bool = False) -> bool:
    """A month, quarter or year that modifies the noun after it (`7월 산업활동동향을`, `2018년 기업무역활동통계를`)
    or stands in brackets after one (`금융안정 상황(2019년 3월)`): the period a report covers. Read only in a
    sentence that also names a day, which dates the happening (`31일에는 통계청이 6월 산업활동동향을 발표`)."""
    if expr.precision not in ("month", "quarter", "half", "year") and not holiday:
        return False  # a holiday modifying a noun (`설 명절 특별할인 행사를`) is the occasion, not when
    if sentence[:expr.start].rstrip().endswith("(") and sentence[expr.end:].lstrip().startswith(")"):
        return True
    k = next((n for n, t in enumerate(tokens) if t.start >= expr.end), len(tokens))
    end = expr.end   # where the phrase the period modifies may begin
    if expr.precision == "year" and k < len(tokens) and not sentence[end:tokens[k].start].strip():
        # "올해 첫 기업설명회(IR)를", "올해 1차 입주 당첨자를", "올해 두번째 공연을": the year tells which of its own the
        # noun is (the first, the second), not when it happens
        ordinal = k
        if tokens[k].tag == "MM" and tokens[k].form == "첫":
            k += 1
        elif k + 1 < len(tokens) and tokens[k].tag in ("SN", "MM") and tokens[k + 1].form in ("차", "번"):
            k += 2 + (k + 2 < len(tokens) and tokens[k + 2].form == "째")
        if k > ordinal:
            end = tokens[k - 1].start + tokens[k - 1].len
            if k < len(tokens) and grammar.verbal_noun(tokens, k):
                return False  # "올해 첫 시작하며": the happening itself, this year's first
    if k == len(tokens) or sentence[end:tokens[k].start].strip(" '‘") or tokens[k].tag not in ("NNG", "NNP") \
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
    if k is not None and k >= len(tokens):
        return 10 ** 9   # "개봉일은 8월 5일(수)": the bracket closes the sentence, nothing after it
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


# A list read as members: the parts a sentence's commas and bullets (and, between parallel nouns after a member's own
# day, 와/과/및) cut, each a noun phrase with its own date (leading it, or in a bracket after it) or the date it
# shares, closed by one predicate that every member takes (`21일 태백장사 결정전, 22일 금강장사 결정전, … 26일
# 천하장사 결정전이 열린다`, `△ABAC 회의(4~6일) △외교 및 통상 장관 회의(5~6일)가 이어진다`, `12월에 ▲강서구간과
# ▲거여구간을 개통하고`).
_LIST_NOUN_TAGS = ("NNG", "NNP", "NNB", "NR", "SN", "SL", "SH", "XSN", "XPN", "MM", "SO", "SW")
_LIST_CLOSERS = ("JKS", "JKO", "JX")
_STARTING_ROLES = ("point", "range", "since")
_HEADLESS = ("NNB", "NR", "SN", "SO", "SW", "MM")


def _list_units(sentence: str) -> list[tuple[int, int, str]]:
    """The sentence cut at commas and bullets outside brackets: (begin, end, the mark that opened the unit)."""
    depth, begin, opener, units = 0, 0, "", []
    for k, ch in enumerate(sentence):
        depth += (ch == "(") - (ch == ")" and depth > 0)
        if depth == 0 and (ch == "," or ch in BULLETS):
            units.append((begin, k, opener))
            begin, opener = k + 1, ch
    units.append((begin, len(sentence), opener))
    return units


def _member_np(sentence: str, begin: int, end: int) -> str:
    """A member's words, a bracket holding a figure or a date dropped (`태백장사(80kg 이하) 결정전`)."""
    return re.sub(r"\s+", " ", re.sub(r"\s*\([^()]*\d[^()]*\)", "", sentence[begin:end])).strip()


def _word_end(part, k: int) -> bool:
    """Token k ends its word: Kiwi's `기업+이+ᆫ` inside `기업인자문위원회` is part of one noun."""
    return k + 1 == len(part) or part[k + 1].start > part[k].start + part[k].len


def _parallel(a, b) -> bool:
    """Two nouns a 와/과/및 joins as members of one kind: both names or both common nouns (`인천시당과 충북도당`,
    `개회식 및 여자부 …`), not a partner and the happening (`포르투갈과 조별리그 경기`)."""
    return bool(a and b) and (a[0].tag in ("NNP", "SL")) == (b[0].tag in ("NNP", "SL"))


def _up_to_closer(words) -> list:
    """The nouns of a member before its case marker or predicate."""
    stop = next((k for k, t in enumerate(words) if t.tag not in _LIST_NOUN_TAGS and t.form != "및"
                 and _word_end(words, k)), len(words))
    return words[:stop]


def _words(tokens) -> int:
    """How many words (spaced apart) the tokens make, one or more."""
    return 1 if len(tokens) < 2 else 1 + sum(b.start > a.start + a.len for a, b in zip(tokens, tokens[1:]))


def list_members(sentence: str, tokens, exprs) -> list[tuple[str, TimeExpr]]:
    """Each member of a list with its own date and the happening the list closes with, as (title, date).

    A list needs two members dated on their own, or two bullets; a member without a date of its own takes the one
    of the member it is joined to, or the date told right before the list (`12월에 ▲…과 ▲…을`). A list of bare
    names closed by a member that names the happening shares that member's head (`18일 대구시당, 22일 인천시당과
    충북도당 창당대회를 해서`). A count (`2007년 125만 명, 2008년 130만 명이 찾았다`) is no member."""
    # (a year the resolver read as part of a name dates no member: `2018회계연도 세입세출예산안, 2018 회계년도 …`)
    dated = [e for e in exprs if e.text and e.date is not None and e.role != "name"]
    if not dated or not tokens:
        return []
    in_date = {t.start for t in tokens for e in dated if e.start <= t.start < e.end}

    def words_of(begin, end):
        depth, words = 0, []
        for t in tokens:
            if begin <= t.start < end and t.start not in in_date:
                depth += t.tag == "SSO"
                if depth == 0 and t.tag not in ("SSO", "SSC"):
                    words.append(t)
                depth -= t.tag == "SSC" and depth > 0
        return words

    out: list[tuple[str, TimeExpr]] = []
    # (noun phrase, date, its own date, bulleted, first and last character, cut from the next by an unlike 와/과,
    # dated by a note after it or going with one)
    members: list[tuple[str, TimeExpr | None, bool, bool, int, int, bool, bool]] = []
    pending: TimeExpr | None = None  # a date told right before a list's first member

    def close(happening: str | None) -> None:
        nonlocal members
        own = sum(1 for m in members if m[2])
        bullets = sum(1 for m in members if m[3])
        if len(members) < 2 or (own < 2 and bullets < 2) or any(m[1] is None for m in members):
            return
        last_words = members[-1][0].split()
        shared = len(last_words) >= 2 and all(len(m[0].split()) == 1 for m in members[:-1])
        if not shared:
            # a name before 와/과 and a longer phrase are one member (`서울과 인천·경기도 2순위`) unless the list's
            # other members are bare names that share the last one's head (`대구시당, 인천시당과 충북도당 창당대회`)
            joined: list = []
            for m in members:
                if joined and joined[-1][6]:
                    j = joined.pop()
                    m = (_member_np(sentence, j[4], m[5]), m[1], j[2] or m[2], m[3], j[4], m[5], m[6], m[7])
                joined.append(m)
            members = joined
        for np, expr, *_ in members:
            if expr is None or (expr.role not in _STARTING_ROLES and not (expr.end_date and expr.end_date > expr.date)):
                continue  # `몽유도원도(10월 7일까지)`: how long it stays, not a happening
            title = f"{np} {last_words[-1]}" if shared and len(np.split()) == 1 else np
            if happening and happening not in title.split():
                title = f"{title} {happening}"
            out.append((title, expr))

    for begin, end, opener in _list_units(sentence):
        bulleted = bool(opener) and opener in BULLETS
        inside = [e for e in dated if begin <= e.start and e.end <= end]
        leading = [e for e in inside if not sentence[:e.start].rstrip().endswith("(")]
        heading = [e for e in leading if not sentence[begin:e.start].strip() and opener]
        own = heading[0] if heading else None if members or bulleted else leading[-1] if leading else None
        start = own.end if own is not None else begin
        if own is not None and (hour := re.match(_MEMBER_HOUR, sentence[start:end])):
            start += hour.end()  # the member's own hour (`16일 오후 8시에는 일반 예매가`)
        words = words_of(start, end)
        while words and words[0].tag in ("JKB", "JX") and words[0].form in ("에", "에는", "엔", "는", "에서는"):
            words = words[1:]  # the member's day as its frame (`15일에는 SK텔레콤,`)
        if not words and own is not None:
            members, pending = [], own  # `12월에 ▲…`: the date the list's bulleted members share
            continue
        if not members and not bulleted:
            # a list opens at the end of a clause: its first member is the unit's last nouns
            k = len(words)
            while k > 0 and (words[k - 1].tag in _LIST_NOUN_TAGS or words[k - 1].tag == "JC"
                             or words[k - 1].form == "및" or not _word_end(words, k - 1)):
                k -= 1
            if k > 0:
                own = None  # its day dates another clause, not this member (`31일 … 분석한 결과,`)
            words = words[k:]
        # parallel nouns joined by 와/과/및 after a member's own day share it (`24일 개회식 및 … 결정전과 대학부 단체전`)
        parts, current, unlike = [], [], []
        for k, t in enumerate(words):
            if own is not None and not bulleted and (t.tag == "JC" or t.form == "및") and current \
                    and k + 1 < len(words) and _parallel(current, words[k + 1:]):
                parts.append(current)
                unlike.append((_words(current) == 1) != (_words(_up_to_closer(words[k + 1:])) == 1))
                current = []
            else:
                current.append(t)
        parts.append(current)
        unlike.append(False)
        for n, part in enumerate(parts):
            np_tokens = _up_to_closer(part)
            stop = len(np_tokens)
            while len(np_tokens) > 1 and np_tokens[-1].form == "등":
                np_tokens = np_tokens[:-1]  # `… 어진 등이`
            if not np_tokens or all(t.tag in _HEADLESS for t in np_tokens):
                members, pending = [], None  # no noun to name a happening by: a count, or no member at all
                break
            bracket = [e for e in inside if e not in leading and e.start > np_tokens[0].start]
            expr = bracket[0] if bracket else own if own is not None else \
                members[-1][1] if members and not bulleted else pending
            own_date = bool(bracket) or (own is not None and n == 0)
            member = (_member_np(sentence, np_tokens[0].start, np_tokens[-1].start + np_tokens[-1].len), expr,
                      own_date, bulleted, np_tokens[0].start, np_tokens[-1].start + np_tokens[-1].len, unlike[n],
                      bool(bracket) or (not own_date and bool(members) and members[-1][2] and members[-1][7]))
            if not bulleted and own is None and not bracket and members and members[-1][3]:
                # `△ 3월 15일~16일 경기, 인천, 대전 △3월16일~17일 …`: what commas join inside one bullet, with no day of
                # its own, is that bullet's member; the bullets part the members
                prev = members.pop()
                member = (_member_np(sentence, prev[4], member[5]), prev[1], prev[2], prev[3], prev[4], member[5], member[6],
                          prev[7])
            if bracket and members and not bulleted:
                # `…(9일), 골든브릿지제3호기업인수목적·삼현철강(017480)·KNN(058400), KTB기업인수목적3호(10일)`: in a list
                # dated by notes after its members, members with no note of their own go with the next note
                k = len(members)
                while k > 0 and not members[k - 1][2] and members[k - 1][7]:
                    k -= 1
                members[k:] = [(m[0], expr, *m[2:]) for m in members[k:]]
            rest = part[stop:]
            if not rest or (rest[0].tag == "JC" and bulleted):
                members.append(member)
                continue
            if rest[0].tag not in _LIST_CLOSERS or not members:
                members, pending = [], None
                break
            members.append(member)
            after = rest[0].start + rest[0].len
            pred = _predicate(tokens, np_tokens[0].start, end)
            following = next((t for t in tokens if t.start >= after), None)
            if pred is None and (following is None or following.tag != "VV" or rest[0].tag == "JKO"):
                # with no happening named, only a list of subjects taking one verb (`…가 이어진다`)
                members, pending = [], None
                break
            happening = None
            if pred is not None and tokens[pred[0]].start >= after and pred[1] not in ("개최", "진행"):
                # what the list closes with is done to every member (`LG전자가 실적을 발표한다`: 실적 발표)
                marker = next((k for k in range(pred[0] - 1, -1, -1) if tokens[k].tag == "JKO"
                               and tokens[k].start >= after), None)
                first = marker
                while first is not None and first > 0 and tokens[first - 1].tag in ("NNG", "NNP") \
                        and tokens[first - 1].start >= after:
                    first -= 1
                obj = sentence[tokens[first].start:tokens[marker].start] if marker is not None and first < marker else ""
                happening = " ".join(obj.split() + [pred[1]])
            close(happening)
            members = []
            later = [e for e in inside if e.start >= after]
            pending = later[-1] if later and re.fullmatch(r"\s*(?:에는|엔|에)?\s*", sentence[later[-1].end:end]) else None
            break
    return out

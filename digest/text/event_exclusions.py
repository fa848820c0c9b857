"""Dates that a clause gives without dating one happening, read from Kiwi's tags, not from lists of one article's
words. Each reads a construction that recurs across the dev batches of bench/data/civic_news:
- a statistic's period: a sum of accounts in the clause, an average taken over it, a figure in brackets after its
  noun, a week or longer of happenings one after another or of statistics in the plural (`accounts_a_period`,
  `averaged_over`, `figure_in_brackets`, `many_in_period`);
- a state or work that runs: a date behind with `부터` and a verb that runs on, a stretch something goes on through
  (`runs_from`, `lasts_through`);
- a routine: a clause of what is usually done, a bare weekday naming whom a service is for (`routine_clause`,
  `for_whom`);
- a value: a date given as a reference or target (`value_of_reference`);
- a moved plan's first date, after 당초/애초, or in a plan's relative clause whose noun is then moved, stretched or
  called off (`originally_dated`, `plan_moved_away`).
- a date and its predicate told in other tenses: a day gone by before a plan or forecast, a day ahead before what
  used to be or was to be (`tense_disagrees`);
- a speaker's frame: a date before a quoted speech that holds its clause's predicate is the day of the saying
  (`said_before_a_quote`);
- an arrangement in force: a year with `부터`, not ahead, told as done, says since when a rule stands
  (`in_force_since`);
- a comparison's standard: `X보다`, `X와 달리/마찬가지로`, `X 수준`, `X 대비` (`compared_with`).

Each test takes the sentence's morphemes and the date (and the end of its clause, `stop`), and says the date is to
be left out of the events; `event_lists._event_dates` asks `dates_no_happening` once per date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from digest.text.event_grammar import ACCOUNT_NOUNS, COUNTERS, PLAN_NOUNS, WEEK_PART, habitual, told_tense
from digest.text.event_titles import _predicate
from digest.text.korean import Token
from digest.text.timex import TimeExpr, clause_tense

Tokens = Sequence[Token]

# Units a sum of money is told in (`1000억원`, `73.7억 달러`).
MONEY_UNITS = frozenset("원 달러 엔 위안 유로".split())


def _clause(tokens: Tokens, end: int, stop: int) -> list[Token]:
    return [t for t in tokens if end <= t.start < stop]


def _money_at(clause: Tokens, k: int) -> bool:
    """`1000/SN 억/NR 원/NNB`: a number, its magnitudes, then a unit of money."""
    if clause[k].tag != "SN":
        return False
    j = k + 1
    while j < len(clause) and clause[j].tag in ("NR", "SN"):
        j += 1
    return j < len(clause) and clause[j].form in MONEY_UNITS and clause[j].tag.startswith("NN")


def accounts_a_period(tokens: Tokens, end: int, stop: int) -> bool:
    """`올해 1분기에도 1000억원 중반 수준의 영업손실을 낼 것으로`, `2.4분기에 … 매출액이 2조원을 웃돌 것으로`: the date's
    clause holds a company's account (`손실`, `매출액`) as subject or object and a sum of money: the date is the period
    the sum covers, not the day of a happening (`3분기 실적을 발표한다`, with no sum, stays a release)."""
    clause = _clause(tokens, end, stop)
    account = any(t.tag.startswith("NN") and t.form.endswith(ACCOUNT_NOUNS) and k + 1 < len(clause)
                  and clause[k + 1].tag in ("JKO", "JKS", "JX") for k, t in enumerate(clause))
    return account and any(_money_at(clause, k) for k in range(len(clause)))


_AVERAGE = re.compile(r"\s*(?:하루|일|주|월|연)?\s*평균")


def averaged_over(sentence: str, end: int) -> bool:
    """`주말 하루 평균 10만 명 이상 관광객이 찾는 추세가`, `지난달 일평균 거래대금은`: a period right before an average
    is what the figure is taken over, not when something happens."""
    return _AVERAGE.match(sentence, end) is not None


# Units a figure in brackets is told in (`(73.7억 달러)`, `(1.5%)`, `(603만명)`).
FIGURE_UNITS = MONEY_UNITS | COUNTERS | frozenset("% %p 포인트 배 톤".split())
_COARSE = ("month", "quarter", "half", "year")


def figure_in_brackets(tokens: Tokens, expr: TimeExpr) -> bool:
    """`지난해 6월 대규모 선박 수출(73.7억 달러)에 따른 기저효과`: a month or longer period, a noun phrase and its figure
    in brackets: the period the figure covers (the figure right after the date is `states_a_figure`'s)."""
    if expr.precision not in _COARSE:
        return False
    k = next((n for n, t in enumerate(tokens) if t.start >= expr.end), len(tokens))
    j = k
    while j < len(tokens) and j - k < 5 and tokens[j].tag in ("NNG", "NNP", "XPN", "XSN"):
        j += 1
    if j == k or j + 2 >= len(tokens) or tokens[j].tag != "SSO" or tokens[j + 1].tag != "SN":
        return False
    close = next((n for n in range(j + 2, min(j + 8, len(tokens))) if tokens[n].tag == "SSC"), None)
    return close is not None and any(t.form in FIGURE_UNITS for t in tokens[j + 2:close])


# Heads of a statistic released (`경제 지표`, `경기선행지수`, `가계동향`).
STATISTIC_HEADS = ("지표", "지수", "통계", "동향")
# Adverbs that spread a happening over many doers or times (`줄줄이 나온다`, `잇따라 발표된다`).
ONE_AFTER_ANOTHER = frozenset("줄줄이 잇따라 잇달아 속속 연이어 차례로".split())


def _one_after_another(clause: Tokens, k: int) -> bool:
    """The adverbs of ONE_AFTER_ANOTHER as Kiwi may split them: `잇달/VV 어/EC`, `잇따르/VV 아/EC`, `차례/NNG 로/JKB`."""
    t, after = clause[k], clause[k + 1] if k + 1 < len(clause) else None
    if after is None or after.start != t.start + t.len:
        return False
    return (t.tag.startswith("VV") and t.form in ("잇달", "잇따르") and after.tag == "EC" and after.form in ("어", "아")) \
        or (t.tag == "NNG" and t.form == "차례" and after.tag == "JKB" and after.form == "로")


def _listed_object_before(clause: Tokens, k: int) -> bool:
    """`11월초 일본, 한국, 중국을 잇달아 방문하는`, `한국을 비롯해 일본과 중국을 잇달아 방문할`: the adverb right after a listed object tells one doer's tour of
    them, one happening (the labels hold a tour as one), not many."""
    if k == 0 or clause[k - 1].tag != "JKO":
        return False
    n = k - 2
    while n >= 0 and (clause[n].tag.startswith(("NN", "SL", "SN")) or _joins_members(clause[n])):
        if _joins_members(clause[n]):
            return True
        n -= 1
    return False


def _joins_members(t: Token) -> bool:
    """What joins the members of a listed object: a comma or middle dot, or a conjunctive particle (`일본과 중국을`)."""
    return (t.tag == "SP" and t.form in (",", "·")) or t.tag == "JC"


def many_in_period(tokens: Tokens, expr: TimeExpr, stop: int) -> bool:
    """`다음 주(25∼29일)엔 … 실물과 심리 지표가 줄줄이 나온다`, `이번 주(8월17∼21일)에 발표될 경제 지표 중에서는`, `7월 넷째
    주에는 … 국내외 중요 지수들의 발표가`, `연내 잇달아 다양한 차종 출시를 앞두고`, `신작이 9월 차례로 출시된다`: a week, a
    span of days or longer whose clause tells of happenings one after another (`줄줄이`, `잇달아`, `차례로`) or of
    statistics in the plural (`지수들`, `지표 중`) holds many happenings, each on its own day: a tally or the summary
    of a calendar, not one happening. One doer's tour of a listed object (`일본, 한국, 중국을 잇달아 방문하는`) stays one."""
    if expr.precision == "day" and (expr.date is None or expr.end_date is None or expr.end_date <= expr.date):
        return False  # a single day: the releases it names are that day's
    clause = _clause(tokens, _clause_start(tokens, expr.start), stop)
    for k, t in enumerate(clause):
        if ((t.tag == "MAG" and t.form in ONE_AFTER_ANOTHER) or _one_after_another(clause, k)) \
                and not _listed_object_before(clause, k):
            return True
        if t.tag.startswith("NN") and t.form.endswith(STATISTIC_HEADS) and k + 1 < len(clause) \
                and ((clause[k + 1].tag == "XSN" and clause[k + 1].form == "들")
                     or (clause[k + 1].tag == "NNB" and clause[k + 1].form == "중")):
            return True
    return False


_RUNNING = frozenset({("고", "있"), ("어", "오"), ("아", "오"), ("여", "오")})   # -고 있다, -어 오다
_LEADING = frozenset("어 아 여 어서 아서 여서 도록".split())   # `마련해 … 활용하도록 유도하고 있다`: on with the next verb


def runs_from(sentence: str, tokens: Tokens, expr: TimeExpr, stop: int) -> bool:
    """`지난 19일부터 시정조치를 진행하고 있다`, `2016년 2월부터 … 지침을 마련해 … 유도하고 있다`, `지난 2분기부터 … 설명회를
    폐지하는 등 … 간소화해 왔다`: a date behind with `부터` whose verb runs on (`-고 있다`, `-어 오다`) starts a state or a
    piece of work still going on, not a happening dated by it (`지난 11일부터 운행을 재개한 교외선에서는 … 운행하고 있다`: the
    date's own verb, 재개한, is done)."""
    if expr.direction == "future" or not sentence[expr.end:].lstrip().startswith("부터"):
        return False
    k = next((n for n, t in enumerate(tokens) if t.start >= expr.end), len(tokens))
    while k < len(tokens) and tokens[k].start < stop:
        if tokens[k].tag in ("XSV", "VV"):
            j = k + 1
            while j < len(tokens) and tokens[j].tag in ("XSV", "EP"):
                j += 1
            if j + 1 >= len(tokens):
                return False
            ending, after = tokens[j], tokens[j + 1]
            if (ending.form, after.form) in _RUNNING and ending.tag == "EC" and after.tag == "VX":
                return True
            if not ((ending.tag == "EC" and ending.form in _LEADING)
                    or (ending.tag == "ETM" and after.tag == "NNB" and after.form == "등")):
                return False  # the date's own verb ends its clause or describes a noun: done, or planned, then
            k = j + 1
            continue
        k += 1
    return False


# Verbal nouns of going on (`계속된다`, `지속되고`): what they say of a period is that a state lasts through it.
LASTING_NOUNS = frozenset("계속 지속".split())


def lasts_through(tokens: Tokens, expr: TimeExpr) -> bool:
    """`상반기 부산에 이어 하반기 서울까지 유령 신드롬은 계속될 것으로 보인다`: the first verb after the date says something
    goes on (`계속`, `지속`): the date is a stretch a state lasts through, not a happening (`X에 이어`, following
    another, is passed over to the verb it leads to)."""
    k = next((n for n, t in enumerate(tokens) if t.start >= expr.end), len(tokens))
    for n in range(k, len(tokens)):
        t = tokens[n]
        if t.tag.startswith("VV") and t.form == "잇" and n > 0 and tokens[n - 1].form == "에":
            continue  # "부산에 이어": a list of stretches, the verb after it is theirs
        if t.tag == "XSV" and t.form in ("되", "하"):
            return n > 0 and tokens[n - 1].form in LASTING_NOUNS
        if t.tag.startswith(("VV", "VA", "VCP", "EF")):
            return False
    return False


_CLAUSE_ENDS = ("EC", "EF", "SF")


def _clause_start(tokens: Tokens, start: int, ends: tuple[str, ...] = _CLAUSE_ENDS) -> int:
    """Where the clause holding the date starting at `start` begins: after the last ending (of the tags `ends`) or
    comma before it."""
    begin = 0
    for t in tokens:
        if t.start >= start:
            break
        if t.tag in ends or (t.tag == "SP" and t.form == ","):
            begin = t.start + t.len
    return begin


def _usually(tokens: Tokens, begin: int, stop: int) -> bool:
    """`삼성전자는 통상 분기가 끝난 …`: Kiwi may read the adverb 통상 ("usually") as a noun; standing alone before a
    word of its own it is the adverb (the noun, trade, makes compounds: `통상장관`, `통상적`)."""
    inside = [t for t in tokens if begin <= t.start < stop]
    return any(t.form == "통상" and t.tag == "NNG" and n + 1 < len(inside) and inside[n + 1].start > t.start + t.len
               and inside[n + 1].tag.startswith(("NN", "SN", "MM")) for n, t in enumerate(inside))


# Nouns of a length of time: with 별 or 마다 after them they say "each one" (`분기별 IR`, `5년마다`). 주별 is
# left out: 주 is a state as often as a week (`12월17일 주별로 선거인단이 … 투표한다`, state by state).
PERIOD_NOUNS = frozenset("분기 반기 월 주 년 연도 해 달 일".split())


def _per_period(tokens: Tokens, begin: int, stop: int) -> bool:
    """`작년 하반기부터 분기별 IR을 실시했던`, `5년마다 … 재정비하고 있다`: a length of time with 별 or 마다 in the clause
    says the happening comes round each time."""
    inside = [t for t in tokens if begin <= t.start < stop]
    return any(t.form in PERIOD_NOUNS and t.tag.startswith("NN") and n + 1 < len(inside)
               and ((inside[n + 1].form == "별" and inside[n + 1].tag == "XSN" and t.form != "주")
                    or (inside[n + 1].form == "마다" and inside[n + 1].tag == "JX"))
               for n, t in enumerate(inside))


def routine_clause(tokens: Tokens, expr: TimeExpr, stop: int) -> bool:
    """`그동안 삼성전자는 통상 분기가 끝난 다음 달의 마지막주 금요일에 실적을 발표했었다`: the date's own clause says what
    is usually done (`통상`, `보통`) or done each period (`분기별`, `5년마다`): a routine's day, not one happening. (A distributive, `매년`, `매달`, is left to
    the rules that read it: in a clause describing a noun, `매달 발표하는 '월간 재정동향' 10월호`, the date is one.)"""
    begin = _clause_start(tokens, expr.start)
    # a relative clause before the date describes its subject (`분기별 IR을 실시했던 삼성전자는 22일 …`): not read
    return habitual(tokens, begin, stop) or _usually(tokens, begin, stop) \
        or _per_period(tokens, _clause_start(tokens, expr.start, _CLAUSE_ENDS + ("ETM",)), stop)


PURPOSE_VERBS = frozenset({"위하"})


def for_whom(sentence: str, tokens: Tokens, expr: TimeExpr) -> bool:
    """`금요일 장거리 이용객을 위해 … 열차 1회를 … 연장하는 것`: a bare weekday glued to the noun phrase a purpose is for
    (`N을 위해`) says which N (Friday's travellers, every Friday's), not when the clause's happening is. A date of its
    own there is the purpose's happening (`12월 정식 개통을 위해`) and stays."""
    if not WEEK_PART.fullmatch(sentence[expr.start:expr.end]):
        return False
    k = next((n for n, t in enumerate(tokens) if t.start >= expr.end), len(tokens))
    j = k
    while j < len(tokens) and tokens[j].tag in ("NNG", "NNP", "XSN", "XPN"):
        j += 1
    return j > k and j + 1 < len(tokens) and tokens[j].tag == "JKO" and tokens[j + 1].form in PURPOSE_VERBS \
        and tokens[j + 1].tag.startswith("VV")


# Nouns of a reference or a target: a date given as one (`기준연도를 2022년`, `작년 성적을 기준으로`) is a value.
REFERENCE_NOUNS = frozenset("기준 목표".split())


def value_of_reference(tokens: Tokens, expr: TimeExpr) -> bool:
    """`기준연도를 2022년, 목표연도를 2040년으로 설정하고`, `작년 성적을 기준으로 결정한 것`: a date given as the value of
    a reference or target (the object before it opens with 기준/목표), or a date whose noun phrase is taken as the
    basis (`DATE N을 기준으로`), is a value, not the day of a happening (`개학일을 9일로 연기`, whose object is no
    reference, keeps its day)."""
    before = [t for t in tokens if t.start + t.len <= expr.start]
    if len(before) >= 3 and before[-1].tag == "JKO" and before[-2].tag == "NNG" and before[-3].form in REFERENCE_NOUNS \
            and before[-3].tag == "NNG":
        return True  # "기준/NNG 연도/NNG 를/JKO 2022년"
    k = next((n for n, t in enumerate(tokens) if t.start >= expr.end), len(tokens))
    j = k
    while j < len(tokens) and tokens[j].tag in ("NNG", "NNP", "XSN"):
        j += 1
    return j > k and j + 2 < len(tokens) and tokens[j].tag == "JKO" and tokens[j + 1].form == "기준" \
        and tokens[j + 2].form in ("으로", "로")


# "Originally": the date after one is the plan's first date, given up since (`당초 4월 17일부터 … 열기로 했던`).
ORIGINALLY = frozenset("당초 애초 애당초 원래 본래".split())


def originally_dated(tokens: Tokens, expr: TimeExpr) -> bool:
    """`당초 4월 17일부터 19일까지 … 열기로 했던 올해 도민체전을 한 달 정도 연기하기로`, `당초 지난달 16일 지원서를 받아 …
    치를 예정이었으나`, `당초 9월 11일부터 12월 13일까지에서 …로 연장됐다`: a date right after 당초/애초 ("originally") is
    the date a plan had before it moved; the happening is not on it (`당초 예정대로 15일`, where 당초 goes with 예정,
    keeps its day)."""
    before = [t for t in tokens if t.start + t.len <= expr.start]
    return bool(before) and before[-1].form in ORIGINALLY and before[-1].tag in ("NNG", "MAG")


# Verbs that move, stretch or call off what they take (`미뤘다`, `연기했다`, `연장된다`, `취소하고`)
MOVING_VERBS = frozenset("미루 늦추 앞당기 당기 옮기".split())
MOVING_NOUNS = frozenset("연기 변경 연장 순연 취소 조정".split())
# What may stand between a plan's noun and the verb that moves it: the new day, a count of how far, an adverb
_BETWEEN_MOVE = ("SN", "NNB", "NR", "MAG", "MM", "JKB", "JX", "SW", "SO")


def _plan_adnominal(tokens: Tokens, k: int) -> bool:
    """The adnominal ending at k closes a plan: `열기로 한`, `종료될 예정인`, `개최할 계획인`."""
    before = [t.form for t in tokens[max(0, k - 3):k]]
    return before[-3:] == ["기", "로", "하"] or (len(before) >= 2 and before[-2] in PLAN_NOUNS and before[-1] == "이")


def _moves(tokens: Tokens, j: int) -> bool:
    t = tokens[j]
    return (t.tag == "VV" and t.form in MOVING_VERBS) or (
        t.tag == "NNG" and t.form in MOVING_NOUNS and j + 1 < len(tokens) and tokens[j + 1].tag == "XSV") or (
        t.tag == "MAG" and t.form == "더" and j + 2 < len(tokens) and tokens[j + 1].tag in ("NNG", "VV"))


def plan_moved_away(tokens: Tokens, expr: TimeExpr) -> bool:
    """`지난 26일 … 열기로 한 미스부산 선발대회도 다음달 2일로 미뤘다`, `이달 31일 종료될 예정인 유류세 한시적 인하
    조치는 12월 31일까지 2개월 더 적용됩니다`: the date's clause is a plan told as a relative clause, and the noun it
    describes is then moved, stretched or called off, with only the new day (and how far) between: the date is the
    superseded plan's, no happening's (its new day, if any, dates it)."""
    after = [k for k, t in enumerate(tokens) if t.start >= expr.end]
    etm = next((k for k in after if tokens[k].tag in ("ETM", "EC", "EF")
                and not (k + 1 < len(tokens) and tokens[k + 1].form in PLAN_NOUNS)), None)  # past `종료될` to `예정인`
    if etm is None or tokens[etm].tag != "ETM" or not _plan_adnominal(tokens, etm):
        return False
    j = etm + 1
    while j < len(tokens) and (tokens[j].tag.startswith(("NN", "SL", "SS", "XSN")) or tokens[j].tag == "SP"):
        j += 1  # the noun phrase the plan describes (`유류세 한시적 인하 조치`, brackets and names within)
    if j == etm + 1 or j >= len(tokens) or tokens[j].tag not in ("JX", "JKS", "JKO"):
        return False
    j += 1
    while j < len(tokens) and (tokens[j].tag in _BETWEEN_MOVE or tokens[j].tag.startswith("NN")) and not _moves(tokens, j):
        j += 1
    return j < len(tokens) and _moves(tokens, j)


def tense_disagrees(tokens: Tokens, expr: TimeExpr, stop: int) -> bool:
    """`6월 평가전 때 소집됐던 골키퍼 … 등을 점검할 예정이다`, `… 7월 상반기(1-15일)께 끝날 것`: a day gone by before a
    plan or forecast; `수능 다음날 … 실시됐던 표본채점 제도가`, `10월10일 개최되기로 했던 … 경기는 … 19일로 대체되며`: a day
    ahead before what used to be or was to be. The date and the predicate it would date disagree in tense: it dates
    no happening the sentence tells (the plan's day is not told, the routine or the old plan is over)."""
    if expr.direction not in ("past", "future"):
        return False
    found = _predicate(tokens, expr.end, stop, past=expr.direction == "past")
    told = told_tense(tokens, found[0]) if found is not None else None
    return (expr.direction, told) in (("past", "ahead"), ("future", "was"))


# Marks opening a quoted speech (single quotes are names, `'2024 서울국제마라톤' 대회`, read by the title rules).
SPEECH_OPENS = frozenset('"“')


def said_before_a_quote(sentence: str, tokens: Tokens, expr: TimeExpr, stop: int) -> bool:
    """`기상청은 16일 "기압골을 타고 … 비가 그칠 것"이라고 내다봤다`, `… 부장판사)는 3일 "첫 공판은 … 10월 초순에 열 계획"이라며`:
    a date outside any quote whose predicate is only found inside a speech opened after it is the day the words
    were said (or what they are about, `2~4일 방중 계기 … 여부에 대해 “… 개최될 것으로 알고 있다”`), not the day of
    what the speech tells; a date inside the speech is read there on its own."""
    if sentence[:expr.start].count('"') % 2 == 1 or sentence[:expr.start].count("“") > sentence[:expr.start].count("”"):
        return False
    after = next((k for k, t in enumerate(tokens) if t.start >= expr.end), None)
    if after is not None and tokens[after].form in SPEECH_OPENS and tokens[after].tag == "SSO" \
            and not _quoted_name(tokens, after):
        return True  # the speech opens right after the date
    found = _predicate(tokens, expr.end, stop, past=expr.direction == "past")
    if found is None:
        return False
    names = {j for k, t in enumerate(tokens) if t.tag == "SSO" and t.form in SPEECH_OPENS
             for j in _quoted_name(tokens, k)}
    opened = [t for k, t in enumerate(tokens) if expr.end <= t.start < tokens[found[0]].start and t.form in SPEECH_OPENS
              and k not in names]
    return bool(opened) and (opened[0].form == "“" and not any(
        t.form == "”" for t in tokens if opened[0].start < t.start < tokens[found[0]].start)
        or opened[0].form == '"' and len(opened) % 2 == 1)


def _quoted_name(tokens: Tokens, k: int) -> tuple[int, ...]:
    """The quote opened at token k and its close, when it closes on words with no ending of a verb and a particle
    follows right after it (`30일 "국제용접전시회"를 연다`): a name quoted, not speech; else ()."""
    for j in range(k + 1, len(tokens)):
        if tokens[j].tag.startswith(("EF", "EC")):
            return ()
        if tokens[j].tag == "SSC" and tokens[j].form in ('"', "”"):
            named = j + 1 < len(tokens) and tokens[j + 1].tag.startswith("J") \
                and tokens[j + 1].start == tokens[j].start + tokens[j].len
            return (k, j) if named else ()
    return ()


def in_force_since(sentence: str, expr: TimeExpr) -> bool:
    """`병무청은 올해부터 이동징병검사제를 폐지, … 줄였다`, `올해부터 포스트시즌은 … 환원됐다`, `2007년부터 … 월요일에도
    옥외 전시장을 개방하여 … 얻고 있다`: a year (this one or one gone by) with `부터`, its clause told as done, says since
    when an arrangement stands: a rule or routine in force, not a happening of that year. A year ahead is a change
    to come (`내년부터는 7급 공채에 … 도입되는 등 … 바뀐다`), and a year with a verb ahead an undertaking (`올해부터 2단계
    개발 사업에 들어간다`): both stay."""
    return expr.precision == "year" and expr.role == "since" and expr.direction != "future" \
        and clause_tense(sentence, expr.end) == "past"


_ISSUE = re.compile(r"자\s+(?!로)[가-힣A-Za-z]")


def names_an_issue(sentence: str, expr: TimeExpr) -> bool:
    """`12일자 조·석간 7개 경제지에서도 확인이 가능하다`: a day with 자 before a noun dates a paper or a document (its
    issue), not a happening; `1일자로 임명된다` (the day an order takes effect) is a happening's."""
    return expr.precision == "day" and _ISSUE.match(sentence, expr.end) is not None


# What says a comparison after `X와/과`: 달리, 마찬가지로, 같이, 비교해, 비해, 같은, 다른, 동일한.
_COMPARING = frozenset({("달리", "MAG"), ("마찬가지", "NNG"), ("같이", "MAG"), ("비교", "NNG"), ("비하", "VV"),
                        ("같", "VA"), ("다르", "VA"), ("동일", "NNG")})
# Nouns glued to a date that make it the standard of a figure (`전날 수준`, `전년 대비`)
_STANDARD_NOUNS = frozenset("수준 대비".split())


def compared_with(tokens: Tokens, expr: TimeExpr) -> bool:
    """`이번 특차모집에서도 지난 해와 마찬가지로 … ‘양극화현상’이 나타날 전망이다` (c999), `올시즌은 지난해와 달리 주중경기를
    없애고`, `전날보다 다소 오르겠고 … 전날 수준을 유지할 전망이다` (c603): a date that is the standard of a comparison
    (`X보다`, `X와 달리/마찬가지로/같이/비교해`, `X 수준`, `X 대비`) is what the clause is measured against, not when
    its happening is (the happening, if any, has a date of its own or none)."""
    k = next((n for n, t in enumerate(tokens) if t.start >= expr.end), len(tokens))
    if k >= len(tokens) or tokens[k].start != expr.end and tokens[k].tag != "NNG":
        return False
    t = tokens[k]
    if t.tag == "JKB" and t.form == "보다":
        return True
    if t.tag == "NNG" and t.form in _STANDARD_NOUNS:
        return k + 1 < len(tokens) and tokens[k + 1].tag in ("JKO", "JKS", "JX", "JKB", "XSV", "XSN") or t.form == "대비"
    if t.tag in ("JKB", "JC") and t.form in ("와", "과") and k + 1 < len(tokens):
        nxt = tokens[k + 1]
        return (nxt.form, nxt.tag.split("-")[0]) in _COMPARING
    return False


def dates_no_happening(sentence: str, tokens: Tokens, expr: TimeExpr, stop: int) -> bool:
    """One entry for the events' date loop: the date `expr`, in a clause ending at `stop`, dates no single
    happening (any of the module's tests)."""
    return accounts_a_period(tokens, expr.end, stop) or averaged_over(sentence, expr.end) \
        or figure_in_brackets(tokens, expr) or many_in_period(tokens, expr, stop) \
        or runs_from(sentence, tokens, expr, stop) or lasts_through(tokens, expr) or routine_clause(tokens, expr, stop) \
        or for_whom(sentence, tokens, expr) or value_of_reference(tokens, expr) \
        or originally_dated(tokens, expr) or plan_moved_away(tokens, expr) or tense_disagrees(tokens, expr, stop) \
        or said_before_a_quote(sentence, tokens, expr, stop) or in_force_since(sentence, expr) \
        or compared_with(tokens, expr) or names_an_issue(sentence, expr)

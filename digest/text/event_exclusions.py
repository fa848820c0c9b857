"""Dates that a clause gives without dating one happening, read from Kiwi's tags: the period a company's accounts
cover, a state or a piece of work that runs from a date, a plan's original date once it has moved.

Each test takes the sentence's morphemes and the date's character span (and the end of its clause, `stop`), and
says the date is to be left out of the events; `events._event_dates` asks `dates_no_happening` once per date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from digest.text.event_grammar import ACCOUNT_NOUNS, COUNTERS
from digest.text.korean import Token
from digest.text.timex import TimeExpr

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


def releases_in_period(tokens: Tokens, expr: TimeExpr, stop: int) -> bool:
    """`다음 주(25∼29일)엔 … 실물과 심리 지표가 줄줄이 나온다`, `이번 주(8월17∼21일)에 발표될 경제 지표 중에서는`, `7월 넷째
    주에는 … 국내외 중요 지수들의 발표가`: a week or longer period whose clause tells of statistics in the plural (`들`,
    `… 중`, one after another) over a week or a span of days holds many releases, each on its own day: a summary of a calendar, not one happening."""
    if expr.precision == "day" and (expr.date is None or expr.end_date is None or expr.end_date <= expr.date):
        return False  # a single day: the releases it names are that day's
    clause = _clause(tokens, expr.end, stop)
    for k, t in enumerate(clause):
        if t.tag == "MAG" and t.form in ONE_AFTER_ANOTHER and any(
                u.tag.startswith("NN") and u.form.endswith(STATISTIC_HEADS) for u in clause[:k]):
            return True
        if t.tag.startswith("NN") and t.form.endswith(STATISTIC_HEADS) and k + 1 < len(clause) \
                and ((clause[k + 1].tag == "XSN" and clause[k + 1].form == "들")
                     or (clause[k + 1].tag == "NNB" and clause[k + 1].form == "중")):
            return True
    return False


def dates_no_happening(sentence: str, tokens: Tokens, expr: TimeExpr, stop: int) -> bool:
    """One entry for the events' date loop: the date ending at `expr.end`, in a clause ending at `stop`, dates no
    single happening."""
    return accounts_a_period(tokens, expr.end, stop) or averaged_over(sentence, expr.end) \
        or figure_in_brackets(tokens, expr) or releases_in_period(tokens, expr, stop)

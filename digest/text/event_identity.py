"""A found event, and the rules that compare events across articles: the same event, a report confirming a
plan, the date as shown."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class FoundEvent:
    title: str
    words: tuple[str, ...]
    start: date | None
    end: date | None
    precision: str
    part_of_day: str | None
    kind: str                   # planned | past
    reports_past: bool          # the sentence says it already happened
    on_publication_day: bool    # the article's own news, kept only to confirm earlier plans
    evidence: str
    found_by: str = "rules"     # "rules"; "learned": a date the rules told nothing of, judged by the fallback;
    #                             "context": a day told by an earlier sentence, judged by the context reader


def _same_word(a: str, b: str) -> bool:
    """Equal, or one the other's abbreviation by its start ("서울대" for "서울대학교", "삼성" for "삼성전자")."""
    short, long_ = sorted((a, b), key=len)
    return short == long_ or (long_.startswith(short) and len(short) >= (2 if re.fullmatch(r"[가-힣]+", short) else 3))


def title_overlap(a: tuple[str, ...] | set[str], b: tuple[str, ...] | set[str]) -> float:
    """Jaccard overlap of two titles' words, a word matching its abbreviation in the other title."""
    sa, sb = set(a), set(b)
    if not sa or not sb:
        return 0.0
    shared = sum(1 for w in sa if any(_same_word(w, v) for v in sb))
    return shared / (len(sa) + len(sb) - shared)


def same_period(a_start: date | None, a_precision: str, b_start: date | None, b_precision: str) -> bool:
    return a_precision == b_precision and a_start == b_start


def same_event(a_words, a_start, a_precision, b_words, b_start, b_precision) -> bool:
    """One happening told twice: the same period, and titles sharing enough words."""
    return same_period(a_start, a_precision, b_start, b_precision) and title_overlap(a_words, b_words) >= 0.25


# A past report told by its day, week or month (`지난 2월 빌더랩을 개최`) confirms a plan on any day of that period.
# Longer ones don't: in the labelled civic news a past year is history (`2004년 운행이 중단됐다`, `지난해 한국시리즈`),
# and a year holds every yearly happening's plans of that title.
CONFIRMING_PERIODS = ("day", "week", "month")


def report_span(report: FoundEvent) -> tuple[date, date] | None:
    """The days a past-tense report can say a plan happened on: its whole period when that is a month at most,
    else only its start (a plan whose period holds it)."""
    if report.start is None:
        return None
    return report.start, (report.end or report.start) if report.precision in CONFIRMING_PERIODS else report.start


def confirms(report: FoundEvent, plan_words, plan_start: date | None, plan_end: date | None) -> bool:
    """A past-tense report of a happening whose period meets a plan's (`report_span`), with a matching title, closes
    the plan."""
    span = report_span(report)
    if not report.reports_past or span is None or plan_start is None:
        return False
    within = plan_start <= span[1] and span[0] <= (plan_end or plan_start)
    return within and title_overlap(report.words, plan_words) >= 0.25


def display_date(start: date | None, precision: str) -> str | None:
    """A date written at its precision: 2025-09-11, 2025-11, 2025-Q3, 2025-H2, 2025-W37, 2025; None undated."""
    if start is None or precision == "none":
        return None
    if precision == "day":
        return start.isoformat()
    if precision == "month":
        return f"{start.year}-{start.month:02d}"
    if precision == "quarter":
        return f"{start.year}-Q{(start.month - 1) // 3 + 1}"
    if precision == "half":
        return f"{start.year}-H{1 if start.month <= 6 else 2}"
    if precision == "week":
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    return str(start.year)

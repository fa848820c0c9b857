"""Which of the dates a sentence's resolver read an event takes, on real dev sentences (bench/data/civic_news,
dev split only)."""

from __future__ import annotations

from datetime import date

from tests.test_events_civic import sentence_events


def days_of(found, word: str) -> list[date | None]:
    return [e.start for e in found if word in e.title]


def test_a_month_named_in_a_relative_clause_is_not_carried_to_the_main_clauses_bare_day():
    # "4월 3일 개항을 앞두고 있는 양양국제공항의 최종 종합시험운영이 8일 ... 실시된다." (7 March 2002): 4월 dates the
    # opening the airport awaits; the test run is on the 8th of the publication month
    found = sentence_events("c252", "최종 종합시험운영이 8일")
    assert days_of(found, "시험운영") == [date(2002, 3, 8)]
    assert days_of(found, "개항") == [date(2002, 4, 3)]

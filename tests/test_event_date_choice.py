"""Which of the dates a sentence's resolver read an event takes, on real dev sentences (bench/data/civic_news,
dev split only)."""

from __future__ import annotations

from datetime import date

from digest.text.events import extract_events
from digest.text.korean import split_sentences
from tests.test_events_civic import ARTICLE_TEXT, article_events, sentence_events


def days_of(found, word: str) -> list[date | None]:
    return [e.start for e in found if word in e.title]


def test_a_month_named_in_a_relative_clause_is_not_carried_to_the_main_clauses_bare_day():
    # "4월 3일 개항을 앞두고 있는 양양국제공항의 최종 종합시험운영이 8일 ... 실시된다." (7 March 2002): 4월 dates the
    # opening the airport awaits; the test run is on the 8th of the publication month
    found = sentence_events("c252", "최종 종합시험운영이 8일")
    assert days_of(found, "시험운영") == [date(2002, 3, 8)]
    assert days_of(found, "개항") == [date(2002, 4, 3)]


def test_a_schedule_headings_day_dates_the_paragraph_under_it():
    # "◆ 5월 2일 투모로우바이투게더(TXT)" / "투모로우바이투게더가 5월 컴백 첫 주자로 나선다." (22 April 2025): the month
    # holds the heading's day, which it tells coarsely; "◆ 5월 12일 …" / "… 미야오는 미니 1집 …를 발매할 예정이다."
    # has no date of its own, and "◆ 5월 13일 …" / "보이넥스트도어가 약 4개월 만에 돌아온다." neither
    found = article_events("c234")
    assert days_of(found, "투모로우바이투게더") == [date(2025, 5, 2)]
    assert days_of(found, "미니 1집") == [date(2025, 5, 12)]
    assert days_of(found, "보이넥스트도어") == [date(2025, 5, 13)]
    # "괴물 신인 걸그룹 두 팀이 같은 날 신곡을 발표한다.": the same day is the heading's, not the event's before (read
    # without the sentence after it: there, each team's release told that day makes this one their sum)
    a = ARTICLE_TEXT["c234"]
    upto = [[(s.text, s.tokens) for s in split_sentences(p)] for p in a["paragraphs"][:4]]
    upto.append([(s.text, s.tokens) for s in split_sentences(a["paragraphs"][4])][:1])
    assert days_of(extract_events(upto, date.fromisoformat(a["published"])), "신곡") == [date(2025, 5, 12)]


def test_a_listed_subject_glossed_in_brackets_keeps_its_own_date():
    # "또 같은달 12일부터 정규리그 2위와 준플레이오프 승리팀의 플레이오프(5전3선승제)가, 20일부터 … 한국시리즈
    # (7전4선승제)가각각 열린다." (16 September 2001, after "다음달 7일"): each date has its own subject, the first
    # one glossed in brackets right before its particle
    found = article_events("c202")
    assert date(2001, 10, 12) in days_of(found, "승리팀의 플레이오프")
    assert days_of(found, "한국시리즈") == [date(2001, 10, 20)]


def test_days_a_span_includes_date_no_happening():
    # "… 직장 동호인 등을 고려해 토요일과 일요일을 포함해 대회가 진행된다." (9 May 2013; the games run 10-12 May, told
    # before): the weekend is what the span holds, not a second day of the games
    assert days_of(sentence_events("c305", "토요일과 일요일을 포함해"), "대회 진행") == []


def test_a_day_ahead_of_next_months_happening_is_not_carried_into_that_month():
    # civic news c789 (28 October 2005): "다음 달 1∼15일 본조사에 앞서 29일부터 3일간 … 준비 조사를 벌인다": tomorrow
    days = [e.start for e in sentence_events("c789", "본조사에 앞서 29일부터")]
    assert date(2005, 10, 29) in days and date(2005, 11, 29) not in days


def test_a_plan_quoted_keeps_its_month_when_the_day_it_was_said_is_told():
    # civic news c1478 (17 October 2017): "… 11월 초 한국을 국빈 방문할 예정이라고 청와대가 16일 발표했다": the 16th dates
    # the saying, not the visit, so the month still dates the visit
    visits = [e for e in sentence_events("c1478", "11월 초 한국을 국빈 방문할") if e.start == date(2017, 11, 1)]
    assert [e.precision for e in visits] == ["month"] and "방문" in visits[0].title

"""Event titles and merges on real sentences of the civic news dev split (bench/data/civic_news): how a title is
cut from its sentence, and when two tellings are one happening. The test splits stay unseen."""

from __future__ import annotations

from datetime import date

from tests.test_events_civic import article_events, sentence_events


def titles_on(article: str, needle: str, day: date) -> list[str]:
    return [e.title for e in sentence_events(article, needle) if e.start == day]


def test_a_quoted_name_before_the_subject_particle_is_what_is_held():
    # "'제68회 의성군민체육대회'가 오는 15일 의성종합운동장에서 열린다": the quoted subject, not the place, is held
    assert titles_on("c83", "제68회 의성군민체육대회", date(2025, 10, 15)) == ["'제68회 의성군민체육대회' 개최"]


def test_a_determiner_between_nouns_stays_in_the_topic():
    # "2차 예선 첫 경기는 9월 10일 투르크메니스탄 원정으로 진행된다": 첫 belongs to the phrase it sits inside
    assert titles_on("c167", "첫 경기는 9월", date(2019, 9, 10)) == ["2차 예선 첫 경기 진행"]


def test_a_coarse_telling_with_the_same_predicate_as_a_bare_ordinal_one_is_the_same_launch():
    # "'누리호'가 10월 말 발사된다" and later "1차 발사 10월21일이며": one launch, kept at its day
    found = [(e.title, e.start, e.precision) for e in article_events("c156") if "발사" in e.title]
    assert not [f for f in found if f[2] == "month" and f[1] == date(2021, 10, 1)], found
    assert any(t == "1차 발사" and d == date(2021, 10, 21) for t, d, _ in found), found


def test_a_named_visitor_is_not_a_bare_ordinal_telling():
    # "트럼프 대통령은 … 11월초 … 방문하는" and "문 대통령은 8~10일, 인도네시아를 방문할": two visits, both kept
    found = [(e.title, e.start) for e in article_events("c128") if "방문" in e.title]
    assert any("트럼프" in t for t, _ in found) and any("인도네시아" in t for t, _ in found), found

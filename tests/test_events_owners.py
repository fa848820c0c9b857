"""Owners of one happening in real national news (bench/data/civic_news, dev split only): several owners, doers or
opponents listed before one happening noun, each with its own day, each an event titled by its owner and the
happening; and the lists that are no such owners."""

from __future__ import annotations

from datetime import date

import pytest

from digest.text.event_owners import owners_of_one_happening
from digest.text.korean import tokenize
from digest.text.timex import find_time_expressions
from tests.test_events_civic import ARTICLE_TEXT, article_events


@pytest.mark.parametrize("article, needle, day, title", [
    # c1005: "이어 6일 윤증현 기획재정부 장관 후보자와 양승태 중앙선거관리위원 후보자,9일 신영철 대법관 후보자 및 현인택
    # 통일부 장관 후보자,10일 원세훈 국가정보원장 후보자 대한 인사청문회를 연다": owners closed by `대한`, each member
    # with its own day or the day of the member before it
    ("c1005", "6일 윤증현", date(2009, 2, 6), "양승태 중앙선거관리위원 후보자 인사청문회"),
    ("c1005", "6일 윤증현", date(2009, 2, 9), "현인택 통일부 장관 후보자 인사청문회"),
    # c995: "… 11일과 13일 이틀동안 볼리비아와,22일과 24일은 아랍에미리트와 2차례 친선경기를치른다": opponents
    # closed by 와 and a count, each with its two days
    ("c995", "이틀동안 볼리비아와", date(1994, 9, 13), "볼리비아 친선경기"),
    ("c995", "이틀동안 볼리비아와", date(1994, 9, 24), "아랍에미리트 친선경기"),
    # c1003: "… 3월에는 튀니지(13일), 핀란드(17일), 터키(27일·이하 현지시간)와 원정경기를 갖는다": days in brackets
    # after the owners, read in the month of the list's first day
    ("c1003", "튀니지(13일)", date(2002, 3, 27), "터키 원정경기"),
    # c475: "한상혁 방송통신위원장 후보자와 이정옥 여성가족부 장관 후보자 청문회는 오는 30일, …": owners of one kind
    # running on into the happening word, each with a hearing of their own on the day after it
    ("c475", "한상혁 방송통신위원장 후보자와", date(2019, 8, 30), "이정옥 여성가족부 장관 후보자 청문회"),
])
def test_the_owners_of_one_happening_listed_before_it_each_have_their_own(article, needle, day, title):
    titles = {e.title for e in article_events(article) if e.start == day and needle in e.evidence}
    assert title in titles, titles


@pytest.mark.parametrize("article, needle", [
    # c53: "이달 7일 완주군청사 및 의회건립공사 기공식을 가질 예정이었으나": two things built, one ceremony on one day
    ("c53", "완주군청사 및 의회건립공사 기공식"),
    # c727: "29일 운영위원회 및 전체의원 간담회를 열어": owners of two kinds running on into one meeting on one day
    ("c727", "운영위원회 및 전체의원 간담회"),
])
def test_owners_of_two_kinds_running_on_into_one_happening_on_one_day_are_one(article, needle):
    a = ARTICLE_TEXT[article]
    assert a["split"] == "dev", "tests read the dev split only"
    [sentence] = [s for p in a["paragraphs"] for s in p.split(". ") if needle in s]
    exprs = find_time_expressions(sentence, date.fromisoformat(a["published"]))
    assert owners_of_one_happening(sentence, tokenize(sentence), exprs) == []

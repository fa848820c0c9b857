"""Planned happenings the newest dev articles (c960-c1152, half A) told and the extractor missed: each reading with
the real sentence it was written from (quoted by article id)."""

from __future__ import annotations

from datetime import date

from tests.test_events_civic import article_events, sentence_events


def test_a_topic_glossed_by_an_abbreviation_with_a_prefix_names_the_happening():
    # c1111 "정규시즌 3-4위 팀이 맞붙는 준플레이오프(준PO)는 10월 8일 막을 올려 3전2선승제로 치러진다": Kiwi reads the
    # gloss 준/XPN PO/SL; a prefix is a word of the gloss as the name's own is (`준플레이오프`), so the topic holds
    events = sentence_events("c1111", "준플레이오프(준PO)는 10월 8일")
    assert [(e.title, e.start) for e in events] == [("준플레이오프 개막", date(2006, 10, 8))]


def test_a_sentence_placed_right_after_or_before_a_happening_told_before_is_on_its_day():
    found = article_events("c1079")
    # c1079 "정부는 22일 개최되는 … 공청회에서 이전계획변경안 설명회를 진행한다." then "설명회가 끝난 뒤에는 관계전문가
    # 지정토론, 방청객 의견청취 등이 이어질 예정이다": the 22nd, the day of the 설명회 the sentence is placed after
    assert [e.start for e in found if "의견청취" in e.title] == [date(2018, 3, 22)]
    # c1015 "이어 … 가장행렬과 시가행진이 진행된다." then "행진이 끝나면 고성종합운동장에서 개회식이 열린다"
    assert [e.start for e in article_events("c1015") if "개회식" in e.title] == [date(2023, 9, 20)]
    # c1147 "… 기공식이 오는 31일 오후 4시 … 열린다." … "기공식에 앞서 식전행사로 풍물패 길놀이 공연과 대북공연이 펼쳐지며"
    assert [e.start for e in article_events("c1147") if "식전행사" in e.title] == [date(2016, 10, 31)]


def test_a_noun_the_after_word_describes_places_no_happening():
    # c993 "선거공고직후의 주요 일정은 후보자등록접수 및 선거인명부를 작성하는 것이다": `직후의` describes the schedule;
    # the sentence is placed after nothing, and dates no second 후보등록 beside the one its next sentence tells
    assert [e.title for e in article_events("c993") if e.evidence.startswith("선거공고직후의")] == []


def test_bare_days_listed_after_a_coming_month_all_go_on_in_it():
    from digest.text.timex import find_time_expressions
    from tests.test_events_civic import ARTICLE_TEXT

    # c1003 (published 21 December 2001) "… 스페인 전지훈련 기간인 3월에는 튀니지(13일), 핀란드(17일), 터키(27일·이하
    # 현지시간)와 원정경기를 갖는다": each day is March 2002's, not only the first after the month
    [sentence] = [s for p in ARTICLE_TEXT["c1003"]["paragraphs"] for s in p.split(". ") if "핀란드(17일)" in s]
    found = {e.text: e.date for e in find_time_expressions(sentence, date(2001, 12, 21))}
    assert (found["13일"], found["17일"], found["27일"]) == (date(2002, 3, 13), date(2002, 3, 17), date(2002, 3, 27))
    assert ("핀란드", date(2002, 3, 17)) in {(e.title, e.start) for e in sentence_events("c1003", "핀란드(17일)")}

"""Event extraction on sentences of real civic and regional news (bench/data/civic_news, dev split only:
the test splits stay unseen). Each case is a whole sentence as the outlet printed it, with its article's
publication day; the rules read Kiwi's tags, so a change in how a construction is read shows here."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from bench.event_corpus import ARTICLES, load_articles, load_labels
from digest.text.korean import tokenize
from tests.civic_dev import rules_read

ARTICLE_TEXT = {a["id"]: a for a in (json.loads(line) for line in Path(ARTICLES).read_text(encoding="utf-8").splitlines())}


def sentence_events(article: str, needle: str):
    """The events of the one dev sentence of `article` that contains `needle`, read with its publication day."""
    a = ARTICLE_TEXT[article]
    assert a["split"] == "dev", "tests read the dev split only"
    [paragraph] = [p for p in a["paragraphs"] if needle in p]
    from digest.text.korean import split_sentences

    [sentence] = [s for s in split_sentences(paragraph) if needle in s.text]
    return rules_read([[(sentence.text, sentence.tokens)]], date.fromisoformat(a["published"]))


@pytest.mark.parametrize("article, needle, words, start, precision, kind", [
    # a light verb's argument is the event, whatever the noun: 입학식을 갖고 (Kiwi: 갖), 본회의를 개의해
    ("c01", "3월 4일 입학식을 갖고", ["입학식"], date(2011, 3, 4), "day", "planned"),
    ("c05", "13일에 제2차 본회의를 개의해", ["본회의"], date(2023, 9, 13), "day", "planned"),
    # a Sino-Korean verbal noun with 하 (XSV), after an adnominal that only describes its object
    ("c05", "12일에는 각 상임위원회별로 상정된", ["조례안", "심사"], date(2023, 9, 12), "day", "planned"),
    # X부터 Y까지 is one event dated by its start, the verb far after the span
    ("c03", "2020년 12월 17일(목)부터", ["교육생", "모집"], date(2020, 12, 17), "day", "planned"),
    # a noun before a plan marker, the topic of the sentence naming what is built
    ("c51", "내년 3월 준공 예정이다", ["준공"], date(2014, 3, 1), "month", "planned"),
    # "-ㄹ 예정인" modifying the festival: the festival is what is held
    ("c07", "내년 3월 개최 예정인", ["대가야축제", "개최"], date(2024, 3, 1), "month", "planned"),
    # the topic before the date names the event ("합격자 발표는 내년 1월 29일(금) 발표할 예정")
    ("c03", "합격자 발표는", ["합격자", "발표"], date(2021, 1, 29), "day", "planned"),
    # 받다 and 거치다 as light verbs of a schedule
    ("c37", "오는 18~20일에는", ["업무보고"], date(2022, 7, 18), "day", "planned"),
    # a date in brackets after a noun dates that noun
    ("c15", "선거일(오는 16일)", ["선거일"], date(2024, 10, 16), "day", "planned"),
    # a verbal noun modifying the festival it opens
    ("c54", "오는 3일 개막하는", ["청주직지축제", "개막"], date(2010, 9, 3), "day", "planned"),
    # "X를 시작으로": the first dated step of a sequence; 도시계획 is a compound, not a plan marker
    ("c11", "2019년 도시계획시설사업 실시설계를", ["실시설계"], date(2019, 1, 1), "year", "past"),
    # ... whatever modifies the step with particles of its own (스웨덴과의, 후보자에 대한, a date's 부터); only a topic
    # of its own between them makes the step a place the topic's happening starts from (폐회식은 ... 행사장을 시작으로)
    ("c511", "스웨덴과의 1차전 경기를 시작으로", ["스웨덴", "1차전"], date(2018, 6, 18), "day", "planned"),
    ("c476", "후보자에 대한 인사청문회를 시작으로", ["정홍원", "인사청문회"], date(2013, 2, 20), "day", "planned"),
    ("c515", "감독제도 도입을 시작으로", ["금융그룹통합", "도입"], date(2018, 7, 1), "half", "planned"),
    # a listed day's own hour before its member (`오는 14일 오후 8시에는 팬클럽 선예매, 16일 오후 8시에는 일반 예매가
    # 오픈된다`): the member still reads the verb told once after the last day
    ("c513", "팬클럽 선예매", ["팬클럽 선예매"], date(2025, 1, 14), "day", "planned"),
    # the list's last day names its own member too, as the days before it do (`… 5월 31일~6월 1일 방콕, 6월 7일 홍콩 등
    # 아시아 투어로 …`, `24일(0시) 멕시코, 27일(23시) 독일과 … 한판 결전을 벌이게 된다`)
    ("c513", "6월 7일 홍콩", ["홍콩"], date(2025, 6, 7), "day", "planned"),
    ("c511", "27일(23시) 독일과", ["독일"], date(2018, 6, 27), "day", "planned"),
    # 가능하다 of an application: the application opens then
    ("c45", "28일부터 여권 신청이 가능하다", ["여권", "신청"], None, "day", None),
    # a count in a clause describing the circumstance (80여 명이 참석한 가운데) is not a tally of the event
    ("c07", "80여 명이 참석한 가운데", ["기획보고회"], date(2023, 12, 26), "day", "past"),
    # a span followed by its own length (9일간의 일정으로, 9개월간) is still dated by its start
    ("c71", "9일간의 일정으로", ["임시회", "진행"], date(2012, 7, 25), "day", "planned"),
    ("c63", "9개월간 센터에 거주하며", ["거주"], date(2026, 3, 1), "month", "planned"),
    # a noun that takes an object and ends its clause at a comma: a verbal noun with 하다 dropped
    ("c71", "업무보고를 청취,", ["업무보고", "청취"], date(2012, 7, 26), "day", "planned"),
    # an intransitive verb with only adverbials after the date: its subject before the date is what is held
    ("c81", "제8회 서울 국제방송기기전이", ["방송기기전"], date(1990, 8, 31), "day", "planned"),
    # "조정했다.404번(...)": a sentence run on with no space is split, so its own past tense dates it
    ("c75", "4일 버스정책심의위원회를 열고", ["버스정책심의위원회"], date(2002, 6, 4), "day", "past"),
    # a topic with several days and places and no subject or clause of their own: one happening's schedule
    ("c58", "주민설명회는 13일 오전", ["주민설명회"], date(2021, 1, 13), "day", "planned"),
    # a verbal noun's clause modifying the date is dated by it, beside the sentence's own event
    ("c73", "확대시행되는 9월쯤", ["전용차로제", "확대시행"], date(2004, 9, 1), "month", "planned"),
    ("c73", "확대시행되는 9월쯤", ["노선보완"], date(2004, 9, 1), "month", "planned"),
    # the start of a year with no month named (올해 초, 내년 초): the calendar gives the year
    ("c07", "올해 초 경상북도 지정", ["선정"], date(2023, 1, 1), "year", "past"),
    ("c53", "내년 초로 연기됐다", ["기공식"], date(2010, 1, 1), "year", "planned"),
    # a date whose noun phrase goes on with `에 이어` is done by the predicate after the next date
    ("c132", "태백선 제천~쌍룡", ["태백선", "개통"], date(2013, 11, 14), "day", "planned"),
    ("c132", "태백선 제천~쌍룡", ["분당선", "개통"], date(2013, 11, 30), "day", "planned"),
    # the topic of a passive verb with only adverbials after the date is what takes place
    ("c138", "언팩은 29일", ["언팩"], date(2017, 3, 29), "day", "planned"),
    # a date as the object of 전후하다 is still the day of the happening, about then
    ("c141", "21일을 전후해", ["일제히", "여름방학"], date(2017, 7, 21), "day", "planned"),
    # days each with a noun phrase of their own before a comma or a bullet share the predicate after the last
    ("c153", "10일 부산에서", ["부산", "합동연설회"], date(2024, 7, 10), "day", "planned"),
    ("c155", "6월 2일 부산·울산·경남", ["대구·경북", "합동연설회"], date(2021, 6, 3), "day", "planned"),
    ("c166", "11월 28일 가나", ["가나", "경기"], date(2022, 11, 28), "day", "planned"),
    # a date in brackets after a noun, with the step it dates after it (전형(11월25∼29일 원서접수))
    ("c143", "고교수학능력우수자 전형(", ["이화여대", "원서접수"], date(2005, 11, 25), "day", "planned"),
    # a noun phrase right before its date said to be on it (1차 발사 10월21일이며, 2차 발사 2022년 5월19일이다),
    # in a quotation of two sentences whose second does not title the first's date
    ("c156", "발사예정일은 1차 발사", ["2차 발사"], date(2022, 5, 19), "day", "planned"),
    # topics each with their own day and 부터 before one shared predicate (gapping), a bracketed note on a topic
    # (70~74세(1949년 1월1일~1953년 12월31일 출생자)는) read as a note, not as dates of the happening
    ("c123", "70~74세(1949년", ["70~74세", "접종"], date(2023, 10, 16), "day", "planned"),
    # a verb saying only that something takes place (이뤄진다): its topic, a gloss in brackets inside, happens
    ("c153", "자동 응답 시스템(ARS) 투표는", ["(ARS) 투표"], date(2024, 7, 21), "day", "planned"),
    # days of one month offered as alternatives are one happening whose day is not settled: dated by the month
    ("c166", "12월 6일 또는 7일에", ["16강전"], date(2022, 12, 1), "month", "planned"),
    # a proper noun as the object of 통하다 is the way through (공항을 통해), not a happening intended
    ("c166", "인천국제공항을 통해", ["출국"], date(2022, 11, 14), "day", "planned"),
    # an end (끝나다) is a happening of its topic too
    ("c144", "다음달 9일 끝난다", ["합격자 발표", "종료"], date(2015, 12, 9), "day", "planned"),
    # a timetable topic with bulleted days: each day and its name is a stage of what the timetable is of
    ("c154", "당 대표 토론회 일정은", ["토론회", "MBN"], date(2023, 2, 20), "day", "planned"),
    # 가능하다 after the date says what -ㄹ 수 있다 says: the topic can be done from then
    ("c187", "승차권 예매는 오는 28일", ["승차권 예매"], date(2025, 1, 28), "day", "planned"),
    # a happening held (투표를 진행해) before its outcome (결과를 발표한다): the held one is the happening
    ("c153", "결선 투표를 진행해", ["결선 투표"], date(2024, 7, 28), "day", "planned"),
    # any verb before -ㄹ 전망/예정 is announced as coming, not only the verbs of holding
    ("c182", "저녁 예능이 살아날 전망", ["저녁 예능"], date(2012, 8, 5), "day", "planned"),
    # a verb inside single quotes is part of a title ('검색어를 입력하세요 WWW'), not the sentence's predicate
    ("c180", "6월 5일부터", ["'검색어를 입력하세요 WWW'", "방영"], date(2019, 6, 5), "day", "planned"),
    # history told in a relative clause: a past date, one done verb, the noun it describes
    ("c306", "1977년에 지어진", ["지어진", "건축물"], date(1977, 1, 1), "year", "past"),
    ("c460", "1999년 한국시리즈에서", ["한국시리즈", "맞붙었던"], date(1999, 1, 1), "year", "past"),
    # ... before a time noun (`탄 뒤`): the date dates the verb before it
    ("c426", "1966년 화재로", ["화재", "탄"], date(1966, 1, 1), "year", "past"),
])
def test_event_read_from_grammar(article, needle, words, start, precision, kind):
    found = [e for e in sentence_events(article, needle) if all(w in e.title for w in words)]
    assert len(found) == 1, [(e.title, e.start) for e in sentence_events(article, needle)]
    e = found[0]
    assert e.precision == precision
    if start is not None:
        assert (e.start, e.kind) == (start, kind)


def test_a_happening_the_passive_of_its_verb_describes_takes_each_day_of_the_clause():
    """`치러지는` as Kiwi splits it (치르/VV 어/EC 지/VX 는/ETM) says the noun after it takes place, as `열리는` does:
    each day before it dates that noun (c891, the TOEIC test days of June and July 2016)."""
    found = sentence_events("c891", "6월 26일 치러지는 311회")
    assert sorted((e.start, e.kind) for e in found if "시험" in e.title) == [
        (date(2016, 6, 26), "planned"), (date(2016, 7, 9), "planned"), (date(2016, 7, 31), "planned")]


@pytest.mark.parametrize("article, needle, not_dated", [
    ("c01", "희망하는 농민은 다음달 18일까지", date(2011, 3, 18)),   # a deadline alone (까지 with no 부터)
    ("c01", "2004년부터 운영해 오고 있는", date(2004, 1, 1)),         # going on since a year, then a tally
    ("c27", "11월 한 달 동안", date(2024, 11, 1)),                    # a length of time
    ("c29", "올해부터는 매월 전자추첨을 실시한다", date(2019, 1, 1)),  # a routine (매월), not one happening
    ("c29", "추첨 대상자는 지난해 12월 15일부터", date(2018, 12, 15)),  # an eligibility period defining who
    ("c35", "내년에는 한 단계 더 도약하겠다는", date(2026, 1, 1)),     # a wish quoted as a noun's content
    ("c53", "당초 올해 6월 착공될 예정이었던", date(2009, 6, 1)),      # a superseded plan
    ("c354", "1월 4일 진행 예정이었던", date(2025, 1, 4)),           # ... with its verbal noun before 예정이었던
    ("c240", "3월 2일 서울 광진구", date(2020, 3, 2)),               # ... its clause ending in 열 예정이었던
    ("c240", "3월 3일 오전 롯데시네마", date(2020, 3, 3)),            # ... 예정돼 있던 (a plan that was)
    ("c243", "이달 22일 시험을 치를", date(2020, 8, 22)),             # ... 치를 예정이었으나
    ("c231", "지난 10일 서울경찰청은", date(2025, 10, 10)),          # the day it was said: a quote of what is coming
    ("c358", "매주 수, 목, 금요일에는", date(2024, 5, 26)),          # every such day (매주 before the list): a routine
    ("c358", "매 시즌 일요일에", date(2024, 5, 19)),                 # ... also with the determiner 매 (every season's)
    ("c363", "각종 경기지표가 공개된다", date(2017, 9, 25)),         # 각종: many releases told together, a week
    ("c52", "산술적으로 내년 8월 착공에 들어가려면", date(2027, 8, 1)),  # a condition
    ("c33", "작년 코로나로 연기된", date(2021, 1, 1)),               # a relational verb (관련해)
    ("c50", "서울시는 24일 내년 5월", date(2004, 12, 24)),           # the day it was said, not an event
    ("c25", "총 9개 부처 10명의", date(2019, 1, 1)),                 # a counted subject: a tally of participants
    ("c81", "12월에 4개의 전시회가", date(1990, 12, 1)),             # a counted subject: many happenings
    ("c67", "설 명절을 맞아", date(2019, 2, 5)),                      # the occasion (맞아), not when it is done
    ("c81", "무려 35개의 크고 작은", date(1990, 7, 1)),               # a counted event noun: many happenings
    ("c81", "9월에 14개 전시회가", date(1990, 9, 1)),                 # ... also as "열리는 것" (것 nominalises)
    ("c58", "주민설명회는 13일 오전", date(2021, 1, 15)),              # a later stop of one schedule
    ("c81", "하반기 전시회중 무공 주최로", date(1990, 7, 1)),          # the fair told again by its own days
    ("c56", "오는 3월 15일과 17~18일", date(2022, 3, 17)),            # joined days of one happening: the first
    ("c142", "총 15종으로 확대됨에", date(2016, 1, 1)),               # a count reached (15종으로): a figure
    ("c160", "22일 정오께 제주도", date(2019, 9, 22)),                # a forecast (예보) of where it will be
    ("c126", "지난해 치열한 선두 경쟁을", date(2017, 1, 1)),            # a relative year in a clause describing a noun
    ("c58", "올해 설명회는 신종", date(2021, 1, 1)),                  # which year's edition of the topic
    ("c148", "올해 영화제 개막작으로는", date(2019, 1, 1)),            # ... with an adverbial topic (으로는)
    ("c454", "6.3%로 정점을 찍은 후", date(2022, 7, 1)),              # a figure reached before 후, not history
    ("c138", "런던올림픽 당시 미디어센터로", date(2012, 1, 1)),         # what a place is (사용된 곳이다)
])
def test_no_event_where_the_grammar_dates_none(article, needle, not_dated):
    found = sentence_events(article, needle)
    assert all(e.start != not_dated for e in found), [(e.title, e.start) for e in found]


def test_the_day_of_a_happening_moved_to_dates_dates_that_happening():
    # "… 금융안정회의 의사록은 … 공개일정을 각각 4월 12일, 10월 11일로 앞당길 계획이다": what the day is of (공개),
    # whose the topic says (의사록)
    found = {(e.start, e.kind) for e in sentence_events("c122", "공개일정을 각각") if "의사록 공개" in e.title}
    assert found == {(date(2019, 4, 12), "planned"), (date(2019, 10, 11), "planned")}


def test_a_sentence_with_no_subject_goes_on_with_the_object_of_the_sentence_before():
    # "… 가족사랑 기획전시 ‘소소한 희노애락’전을 준비하고 있다. 다음달 14일 개막해 6월 30일까지 42일 간 열린다."
    a = ARTICLE_TEXT["c163"]
    from digest.text.korean import split_sentences

    paragraphs = [[(s.text, s.tokens) for s in split_sentences(p)] for p in a["paragraphs"]]
    found = [(e.title, e.start) for e in rules_read(paragraphs, date.fromisoformat(a["published"]))]
    assert any("희노애락" in t and "개막" in t and d == date(2019, 5, 14) for t, d in found), found


def test_alternative_days_decided_for_next_month_are_that_month_and_another_body_s_meeting():
    # "안전행정위원회 전체회의는 다음달 10일 …, 국방위원회 전체회의는 7일 또는 10일 각각 열기로 … 합의했다고": the
    # decision (-기로) does not make the carried month past, the alternatives give the month, and the other
    # committee's meeting on the 10th is not a finer telling of this one
    a = ARTICLE_TEXT["c118"]
    from digest.text.korean import split_sentences

    paragraphs = [[(s.text, s.tokens) for s in split_sentences(p)] for p in a["paragraphs"]]
    found = [(e.title, e.start, e.precision) for e in rules_read(paragraphs, date.fromisoformat(a["published"]))]
    assert any("국방위원회" in t and d == date(2015, 8, 1) and p == "month" for t, d, p in found), found
    assert any("안전행정위원회" in t and d == date(2015, 8, 10) and p == "day" for t, d, p in found), found


def test_a_court_sitting_read_with_its_days_named_inside_quotes():
    # "재판부는 지난 13일 재판에서 “내년 1월 7·9·12일을 추가 기일로 지정하고, …”며 “1월 12일 재판을 종결해야 …”고 밝혔다":
    # the sitting where it was said (13일 재판에서), the days fixed as sessions (… 일을 … 기일로 지정), and the
    # month named again inside the next quote keeps the year said before it (내년 1월 … "1월 12일")
    found = {(e.title, e.start, e.kind) for e in sentence_events("c69", "추가 기일로 지정하고")}
    assert ("재판", date(2025, 11, 13), "past") in found
    assert any("기일" in t and d == date(2026, 1, 7) and k == "planned" for t, d, k in found), found
    assert any("종결" in t and d == date(2026, 1, 12) and k == "planned" for t, d, k in found), found


def test_a_clock_time_alone_is_on_the_day_just_told():
    a = ARTICLE_TEXT["c61"]
    from digest.text.korean import split_sentences

    sentences = [s for p in a["paragraphs"] for s in split_sentences(p)]
    k = next(n for n, s in enumerate(sentences) if "폐회식이 끝난 후 오후 2시부터" in s.text)
    # "7일 오후 1시 30분 시상식과 함께 폐회식이 열린다." then "폐회식이 끝난 후 오후 2시부터 군민화합한마당 행사가 열려":
    # the 7th, the day just told (the whole article merges it into the games, a noun shared inside two compounds)
    found = rules_read([[(s.text, s.tokens) for s in sentences[k - 1:k + 1]]], date.fromisoformat(a["published"]))
    assert [(e.start, e.kind) for e in found if "군민화합한마당" in e.title] == [(date(2016, 10, 7), "planned")]


def test_timeless_words_date_no_event():
    assert sentence_events("c53", "완주군은 추후 지방행정체제") == []   # "추후 ... 결정할 계획": no time


def test_coordinated_dates_share_the_verb_after_the_last():
    found = sentence_events("c31", "각 2월, 3월에 착공한 데 이어")
    dated = {(e.start, e.precision, e.kind) for e in found}
    # "각 2월, 3월에 착공한": both months are past starts of works; "7월과 8월에는 ... 시작할 방침": both ahead
    assert {(date(2017, 2, 1), "month", "past"), (date(2017, 3, 1), "month", "past"),
            (date(2017, 7, 1), "month", "planned"), (date(2017, 8, 1), "month", "planned")} <= dated


def test_the_next_day_counts_from_the_last_event_told():
    a = ARTICLE_TEXT["c29"]
    from digest.text.korean import split_sentences

    paragraphs = [[(s.text, s.tokens) for s in split_sentences(p)] for p in a["paragraphs"]]
    found = rules_read(paragraphs, date.fromisoformat(a["published"]))
    # "12일(화) 오후 2시 ... 추첨을 진행할 예정이며" then "당첨자는 다음 날 오전 10시 ... 공지할 예정": the 13th
    assert [e.start for e in found if "공지" in e.title] == [date(2019, 2, 13)]


def test_a_compound_ending_with_another_names_the_same_happening():
    a = ARTICLE_TEXT["c137"]
    from digest.text.korean import split_sentences

    paragraphs = [[(s.text, s.tokens) for s in split_sentences(p)] for p in a["paragraphs"]]
    found = rules_read(paragraphs, date.fromisoformat(a["published"]))
    # "다음달 1일 부터 예약판매를 시작한다" and "사전예약판매는 다음달 1일부터 ... 진행될 예정이다": one pre-sale
    assert [e.title for e in found if e.start == date(2017, 9, 1)] == ["예약판매 시작"]


def test_that_day_after_a_schedule_is_the_lead_day():
    a = ARTICLE_TEXT["c37"]
    from digest.text.korean import split_sentences

    paragraphs = [[(s.text, s.tokens) for s in split_sentences(p)] for p in a["paragraphs"]]
    found = rules_read(paragraphs, date.fromisoformat(a["published"]))
    ceremony = [e for e in found if "기념식" in e.title]
    # "이날 오후 4시 ... 개원 기념식": the 15th of the lead, not the 21st of the schedule just before
    assert [(e.start, e.on_publication_day) for e in ceremony] == [(date(2022, 7, 15), True)]


def test_the_same_day_after_a_subject_is_the_day_just_told_and_the_subject_is_what_is_held():
    # "안전행정위원회는 … 인사청문회를 다음달 8일 열기로 했다. 이기권 … 인사청문회도 같은날 환경노동위원회에서
    # 열린다": 같은날 after the subject, and the hearing (not the committee, the place) is held on the 8th
    hearing = [e for e in article_events("c352") if "이기권" in e.title]
    assert [(e.start, e.kind) for e in hearing] == [(date(2014, 7, 8), "planned")]
    assert "환경노동위원회" not in hearing[0].title


def test_a_second_subject_added_with_do_on_the_same_day_is_another_happening():
    # "이기권 … 인사청문회도 같은날 환경노동위원회에서 열린다. 김희정 … 인사청문회도 같은날 여성가족위원회에서 열릴
    # 예정이다": each 도 (too) adds another minister's hearing on the 8th, not the one just told again
    hearings = [e for e in article_events("c352") if e.start == date(2014, 7, 8) and "인사청문회" in e.title]
    assert any("이기권" in e.title for e in hearings) and any("김희정" in e.title for e in hearings)


@pytest.mark.parametrize("article, word, day", [
    # "2017 LCK 스프링 정규 시즌은 오는 1월 17일부터 …. 개막 이틀째에는 … 시즌 첫 경기가 … 펼쳐진다": the 18th
    ("c357", "SKT", date(2017, 1, 18)),
    # "… 10일부터 12일까지 3일간 …. 둘째날에는 오전10시 희망풍차 행복나눔 걷기대회(주무대)를 시작으로": the 11th
    ("c463", "걷기대회", date(2014, 10, 11)),
])
def test_an_ordinal_day_counts_from_the_first_day_ahead_the_article_tells(article, word, day):
    # the sentence's happening is dated (its title, read from the place or the subject, is another matter)
    assert [(e.start, e.kind) for e in article_events(article) if word in e.evidence] == [(day, "planned")]


def test_an_announced_object_of_a_light_verb_is_what_takes_place():
    # "합격자를 대상으로 오는 11월 30일부터 12월 3일까지 면접을 보며 …": 면접을 보다 is the interview held then
    interviews = [e for e in sentence_events("c243", "면접을 보며") if "면접" in e.title]
    assert [(e.start, e.precision, e.kind) for e in interviews] == [(date(2020, 11, 30), "day", "planned")]


def test_an_outcome_told_as_done_with_the_same_verb_is_no_happening():
    # "지난달 6~10일 태풍 ‘무이파’로 인해 피해를 본 전북 남원·부안 …": 피해를 본 reports an outcome
    assert not [e for e in sentence_events("c421", "피해를 본") if "피해" in e.title]


@pytest.mark.parametrize("article, needle, word, start, kind", [
    # "연말 준공 예정인 이지건설 아파트가 입주하고": completion planned for this December
    ("c493", "연말 준공 예정인", "준공", date(2017, 12, 1), "planned"),
    # "2019년 말 옥암도시개발지구가 신청사 부지로 선정된 지 약 5년 만에": chosen in December 2019
    ("c492", "2019년 말 옥암도시개발지구가", "선정", date(2019, 12, 1), "past"),
])
def test_the_end_of_a_year_is_its_december(article, needle, word, start, kind):
    found = [e for e in sentence_events(article, needle) if word in e.title]
    assert [(e.start, e.precision, e.kind) for e in found] == [(start, "month", kind)]


def test_a_year_before_a_plan_said_with_a_copula_dates_the_plan():
    # "… 오는 2018년 개통 예정인 용산-장흥 구간과 함께 …": 예정인 says the opening is planned for 2018, unlike a
    # document named by its year (`2035년 도시기본계획`)
    opening = [e for e in sentence_events("c480", "개통 예정인") if "개통" in e.title]
    assert [(e.start, e.precision, e.kind) for e in opening] == [(date(2018, 1, 1), "year", "planned")]


def test_an_aim_with_no_subject_in_its_clause_is_the_happening():
    # "8월초 청사건립 부지가 결정되면 … 2022년 기본 및 실시설계를 거쳐 2026년 준공을 목표로 하고 있다": the aimed
    # completion is planned for 2026 (the subject 부지가 belongs to the conditional clause before)
    aims = [e for e in sentence_events("c425", "준공을 목표로") if "준공" in e.title]
    assert [(e.start, e.precision, e.kind) for e in aims] == [(date(2026, 1, 1), "year", "planned")]


def test_a_date_set_for_a_noun_by_a_scheduling_clause_dates_that_noun():
    # "이번에 한달쯤 공개 시기를 당긴 이유는 9월 중순으로 예정된 애플의 아이폰 신제품 공개 때문이다": the unveiling
    # is scheduled for September, though the sentence's verb gives a reason
    unveiling = [e for e in sentence_events("c265", "예정된 애플") if "아이폰" in e.title]
    assert [(e.start.year, e.start.month, e.precision, e.kind) for e in unveiling] == [(2015, 9, "month", "planned")]


def test_a_part_of_the_day_opening_a_sentence_goes_on_with_the_day_just_told():
    # "방한 3일째인 16일에는 … 시복미사를 집전한다. 오후에는 충북 음성 꽃동네를 방문하고 …": the afternoon of the 16th
    visit = [e for e in article_events("c249") if "꽃동네" in e.title]
    assert [(e.start, e.kind) for e in visit] == [(date(2014, 8, 16), "planned")]


def test_then_opening_a_sentence_goes_on_with_the_day_of_its_paragraph():
    # "방한 2일째인 15일에는 … 미사에 참석해 강론을 한다. 미사에는 … 위로한다. 이어 … 솔뫼성지에서 제6회 아시아
    # 가톨릭청년대회 참가자들을 만난다": the meeting is on the 15th, the next step of that day's schedule
    meeting = [e for e in article_events("c249") if "솔뫼성지" in e.evidence]
    assert [(e.start, e.kind) for e in meeting] == [(date(2014, 8, 15), "planned")]


def test_state_by_state_is_no_weekly_routine():
    # "각 주에서 개표 결과가 확정되면 12월11일 주별로 배정된 선거인단 수에 맞춰 선거인단 명부가 확정된다": 주별로 is
    # state by state (州), not each week: the rolls are settled on 11 December
    rolls = [e for e in article_events("c522") if "주별로 배정된" in e.evidence]
    assert [(e.start, e.precision, e.kind) for e in rolls] == [(date(2024, 12, 11), "day", "planned")]


def test_a_subject_held_along_takes_the_day_of_the_planned_happening_just_told():
    # "군산 성산초 개교 100주년 기념식이 오는 28일 오전 10시 … 열린다. … 특히 조시영 대창그룹 회장 공적비 제막식도
    # 함께 열릴 예정이다": the unveiling is held along with the ceremony, on the 28th
    unveiling = [e for e in article_events("c400") if "제막식" in e.title]
    assert [(e.start, e.precision, e.kind) for e in unveiling] == [(date(2023, 10, 28), "day", "planned")]


def test_a_later_hour_opening_a_coordinated_clause_keeps_the_day_told():
    # "27일 오후 8시부턴 … 견우직녀 리마인드 웨딩 이벤트가 열리고, 8시 30분에는 사전 공개오디션을 통해 선발된 10개팀이
    # 참가하는 견우직녀가요제가 시행된다": the song contest is half an hour later on the 27th
    contest = [e for e in sentence_events("c464", "견우직녀가요제가 시행된다") if "가요제" in e.title]
    assert [(e.start, e.precision, e.kind) for e in contest] == [(date(2017, 8, 27), "day", "planned")]


def test_the_benchmark_data_is_consistent():
    articles = load_articles()
    labels = load_labels(articles)
    assert {a["split"] for a in articles.values()} == {"dev", "test", "test2", "test3"}
    assert sum(len(v) for v in labels.values()) >= 100
    assert all(a["url"].startswith("http") and a["published"] for a in articles.values())
    # an article gathered twice would let the dev split fit a frozen one: no address or opening twice
    pages = [re.sub(r"^https?://(?:www\d?\.|m\.|mobile\.|member\.)?", "", a["url"]).rstrip("/") for a in articles.values()]
    openings = [a["paragraphs"][0][:60] for a in articles.values()]
    assert len(set(pages)) == len(pages) and len(set(openings)) == len(openings)
    # nor is a frozen article's sentence a development row of the date benchmark
    dev_dates = (Path(ARTICLES).parents[1] / "dates_dev.tsv").read_text(encoding="utf-8")
    assert not [a["id"] for a in articles.values() if a["split"] != "dev" and a["url"] in dev_dates]
    # and no frozen date row comes from a page or sentence that development work reads: a dev event article, or
    # a dev date row's page or sentence (either would let rules fitted on dev meet the frozen row before scoring)
    from bench.dates import DATA, DEV, TEST, TEST2, TEST3, load

    dev_rows = load(DEV) + load(DATA)
    seen = {c.section for c in dev_rows} | {c.sentence for c in dev_rows}
    seen |= {a["url"] for a in articles.values() if a["split"] == "dev"}
    frozen_rows = load(TEST) + load(TEST2) + load(TEST3)
    assert len(frozen_rows) >= 550
    assert not [c.id for c in frozen_rows if c.section in seen or c.sentence in seen]
    # the same sentence syndicated under another outlet's address counts too (spacing aside)
    def squashed(text: str) -> str:
        return re.sub(r"\s+", "", text)

    dev_text = "\n".join(squashed(t) for t in [c.sentence for c in dev_rows] + [
        p for a in articles.values() if a["split"] == "dev" for p in a["paragraphs"]])
    frozen_sentences = [(a["id"], squashed(s)) for a in articles.values() if a["split"] != "dev"
                        for p in a["paragraphs"] for s in re.split(r"(?<=[.!?])\s+", p)]
    frozen_sentences += [(c.id, squashed(c.sentence)) for c in frozen_rows]
    assert len(frozen_sentences) > 900
    assert not [i for i, s in frozen_sentences if len(s) >= 20 and s in dev_text]


def article_events(article: str):
    """The events of a whole dev article, its sentences read in order."""
    a = ARTICLE_TEXT[article]
    assert a["split"] == "dev", "tests read the dev split only"
    from digest.text.korean import split_sentences

    paragraphs = [[(s.text, s.tokens) for s in split_sentences(p)] for p in a["paragraphs"]]
    return rules_read(paragraphs, date.fromisoformat(a["published"]))


def test_bare_days_stay_in_the_month_of_the_date_they_go_on_from():
    found = {(e.start, e.end) for e in article_events("c136")}
    # "다음 달 5일 … 공개된 후, 같은 달 21일 정식 출시된다. … 바로 다음 날인 7일 시작해 … 다음 날 14일부터 개통":
    # the days counted from the launch are in August, not in the publication month (July)
    assert (date(2020, 8, 7), date(2020, 8, 7)) in found and (date(2020, 8, 14), date(2020, 8, 14)) in found
    # "지난해 갤럭시노트10은 8월 7일 공개 후, … 다음 날인 9일부터 19일까지 …, 20일부터 사전 개통": August of last year
    assert {(date(2019, 8, 9), date(2019, 8, 19)), (date(2019, 8, 20), date(2019, 8, 20))} <= found
    # then "정식 출시는 같은 달 23일이었다": a sentence alone cannot date `같은 달`; the article can
    assert (date(2019, 8, 23), date(2019, 8, 23)) in found
    # "갤럭시S20도 2월 20일부터 26일까지 … 사전 예약이 끝난 후, 27일부터 사전 개통이 진행됐다"
    assert (date(2020, 2, 27), date(2020, 2, 27)) in found
    assert not any(start.month in (6, 7) and start.year == 2020 for start, _ in found if start.day in (9, 20, 27))


def test_a_bare_day_in_a_later_sentence_keeps_the_publication_month():
    found = article_events("c138")
    # "… 4월 21일 출시설에 힘이 실리는 대목이다." then "언팩은 29일 미국 뉴욕의 링컨센터와 … 진행된다": nothing ties
    # the 29th back to April, so it is in the publication month (the commoner reading on the dev articles)
    assert {e.start for e in found if "언팩" in e.title} == {date(2017, 3, 29)}
    # a counted day whose carried month would contradict the past tense stays where the resolver put it
    # ("개막 하루 전인 26일(현지시간) 삼성 프레스컨퍼런스를 개최하면서 … 공개했다")
    assert date(2017, 2, 26) in {e.start for e in found if "프레스컨퍼런스" in e.title}


def test_a_bare_day_goes_on_only_from_a_date_that_names_its_month():
    from digest.text.event_days import _in_carried_month
    from digest.text.korean import split_sentences
    from digest.text.timex import find_time_expressions

    def carried(article: str, needle: str) -> dict[str, date]:
        a = ARTICLE_TEXT[article]
        assert a["split"] == "dev", "tests read the dev split only"
        [paragraph] = [p for p in a["paragraphs"] if needle in p]
        [sentence] = [s.text for s in split_sentences(paragraph) if needle in s.text]
        pub = date.fromisoformat(a["published"])
        exprs, _ = _in_carried_month(sentence, find_time_expressions(sentence, pub), pub, None)
        return {e.text: e.date for e in exprs}

    # "5월 마지막 주 금요일과 토요일 27일과 28일": the 28th goes on from the 27th, whose month the resolver chose,
    # so it is not carried anywhere: it stays in May
    assert carried("c116", "27일과 28일")["28일 오전"] == date(2022, 5, 28)
    # "65~69세(1954년 1월1일~1958년 12월31일 출생자)는 19일부터": a date in brackets is a note, not an anchor
    assert carried("c123", "19일부터 무료 접종")["19일"].month != 12
    # "지난해 애플은 9월9일 아이폰6S를 공개하고 12일부터 사전예약을 받았다": September of last year
    assert carried("c135", "12일부터 사전예약")["12일"] == date(2015, 9, 12)


def test_a_forecast_is_told_as_a_plan_is():
    found = article_events("c137")
    # "다음달 1일부터 11일까지 … 진행될 예정이다. … 또 출시일 하루전인 14일부터는 … 사전개통도 진행될 전망이다":
    # `-ㄹ 전망이다` forecasts the opening as `-ㄹ 예정이다` would plan it (not a definition of 전망), in September
    assert [e.start for e in found if "사전개통" in e.title] == [date(2017, 9, 14)]


def test_a_passive_forecast_with_no_subject_goes_on_with_what_the_sentence_before_was_about():
    found = article_events("c137")
    # "'갤럭시 노트8'의 사전예약판매는 다음달 1일부터 11일까지 … 진행될 예정이다." then "삼성전자가 출시일을
    # 공식확인하지는 않고 있지만 예판마감 나흘뒤인 15일 출시될 것으로 보인다": what is launched is the Note 8
    assert [(e.title, e.start) for e in found if "출시" in e.title] == [("갤럭시 노트8 출시", date(2017, 9, 15))]


def test_a_day_a_plan_moves_to_dates_the_happening_moved_not_the_move():
    # "공개일정을 각각 4월 12일, 10월 11일로 앞당길 계획이다": the minutes are released then; moving is no happening
    found = sentence_events("c122", "공개일정을 각각 4월 12일")
    assert [e.start for e in found] == [date(2019, 4, 12), date(2019, 10, 11)]
    assert all("공개" in e.title and "앞당" not in e.title for e in found), [e.title for e in found]


def test_a_trip_length_in_nights_and_days_is_not_part_of_the_title():
    # "20~23일 3박4일간 영국을 방문한다": how long the trip lasts names nothing
    [e] = sentence_events("c191", "3박4일간 영국을")
    assert (e.title, e.start) == ("영국 방문", date(2023, 11, 20))


def test_a_past_date_in_a_past_adnominal_dates_that_clause_when_the_sentence_goes_on_in_the_present():
    # "지난 11일부터 운행을 재개한 교외선에서는 … 하루 8회 운행하고 있다": the reopening is what the 11th dates
    found = [e for e in sentence_events("c187", "지난 11일부터 운행을 재개한") if e.start == date(2025, 1, 11)]
    assert [("재개" in e.title, e.kind) for e in found] == [(True, "past")], [e.title for e in found]


def test_a_gapped_list_opening_with_the_same_day_dates_each_member_from_the_day_told_before():
    found = article_events("c470")
    # "29일에는 기획재정부에서 … 발표한다. 같은 날 금융감독원은 … 분석 결과를 다음날 금융위원회는 … 운용현황을
    # 내놓는다": 같은 날 is the 29th, 다음날 the day after it (not the day after publication), each with its object
    assert [e.start for e in found if "공적자금" in e.title] == [date(2012, 3, 30)]
    assert [e.start for e in found if "자산운용회사" in e.title] == [date(2012, 3, 29)]


def test_a_quarter_inside_a_clause_describing_the_object_leaves_the_day_to_date_the_happening():
    found = article_events("c363")
    # "한국은행은 이날 2분기 중 가계 자음운용 상황을 보여주는 자금순환을 공표하며": the quarter is what the flow of
    # funds shows; 이날 (the 27th, told two sentences before) is when it is published
    assert [(e.start, e.precision) for e in found if "자금순환" in e.title] == [(date(2017, 9, 27), "day")]


def test_the_day_of_a_named_happening_is_the_planned_day_just_told_however_far_ahead():
    found = article_events("c249")
    # "… 오는 8월 14일 오전 10시30분 경기도 성남 서울공항을 통해 입국해 …" then "도착 당일 청와대로 박근혜 대통령을
    # 예방하는 것으로 공식 일정을 시작해서": 도착 당일 is the arrival's day, two months after publication
    assert [e.start for e in found if "예방" in e.title] == [date(2014, 8, 14)]


def test_a_topic_said_to_be_on_a_day_and_hour_with_a_connective_copula_is_dated_by_it():
    # "행사날짜는 다음달 20일 오전 11시이며, 장소는 …": the hour says the day finely, `이며` goes on to another topic
    found = sentence_events("c264", "행사날짜는 다음달 20일")
    assert [(e.title, e.start, e.kind) for e in found] == [("행사", date(2019, 2, 20), "planned")]


def test_a_topic_foreseen_to_become_a_day_ahead_is_dated_by_it():
    # "첫 발표는 이르면 8일이 될 전망이다": `DATE이 될 전망` is the copula said ahead; `이르면` only hedges the day
    found = sentence_events("c451", "첫 발표는 이르면 8일이")
    assert [(e.title, e.start, e.kind) for e in found] == [("첫 발표", date(2016, 4, 8), "planned")]


def test_a_count_of_one_right_before_the_dated_noun_is_its_edition_not_a_tally():
    # "이번 도민체전은 1964년 1회 대회 이후 제50회를 맞는 …": `1회 대회` is the first games (`제1회` without 제)
    found = sentence_events("c305", "1964년 1회 대회 이후")
    assert [("대회" in e.title, e.start.year, e.precision, e.kind) for e in found] == [(True, 1964, "year", "past")]


def test_a_day_by_which_a_verb_comes_about_dates_it_for_the_sentence_s_topic():
    # "내부 전시물 설치작업은 … 98% 공정을 기록,오는 15일이면 모두 끝나게 된다": `DATE이면` is when, not a copula
    # clause; `-게 되다` says the verb comes about then; with no argument after the date it is said of the topic
    found = sentence_events("c482", "오는 15일이면 모두 끝나게")
    assert [("설치작업" in e.title, e.start, e.kind) for e in found] == [(True, date(1993, 7, 15), "planned")]


def test_a_noun_made_a_verb_by_the_suffix_hwa_is_a_verbal_noun():
    # "… 5개품목의 시제품을 최근 개발, 올해말이나 내년초에 상품화할 계획이다": Kiwi splits 상품/NNG 화/XSN 하/XSV; the
    # noun with its fused 화 is the predicate, and of the dates offered (`A이나 B`) the first dates the plan
    found = sentence_events("c506", "올해말이나 내년초에 상품화할")
    assert [(e.title, e.start, e.precision, e.kind) for e in found if "상품화" in e.title] \
        == [("대우전자 상품화", date(1989, 12, 1), "month", "planned")]


def test_dates_offered_as_alternatives_date_the_happening_by_the_first():
    # "… 3개 노선은 올해말이나 내년초께 도입키로 했다": `이나` offers two dates for one plan, not a list of two
    found = sentence_events("c75", "올해말이나 내년초께 도입키로")
    assert [(e.start, e.precision) for e in found if "도입" in e.title] == [(date(2002, 12, 1), "month")]


def test_the_happening_after_a_time_clause_on_a_told_day_is_dated_by_that_day():
    # "이어 윤 대통령은 20일 유엔총회에서 기조연설을 마친 뒤 … 사무총장을 면담할 방침입니다": `마친 뒤` ends the
    # first happening's clause; the next, closing the sentence with no date of its own, is on the same day
    found = sentence_events("c497", "기조연설을 마친 뒤")
    assert sorted((e.start, "면담" in e.title) for e in found) == [(date(2022, 9, 20), False), (date(2022, 9, 20), True)]


def test_a_happening_held_during_a_coarser_one_does_not_replace_it():
    # "윤석열 대통령이 내주 미국 뉴욕에서 열리는 유엔총회를 계기로 …" and later "20일 유엔총회에서 기조연설을 마친
    # 뒤": the speech is given at the General Assembly, it is not the Assembly told by its day
    found = article_events("c497")
    assert [(e.start, e.precision) for e in found if e.title == "유엔총회"] == [(date(2022, 9, 19), "week")]


def test_a_doer_of_what_a_counted_week_told_many_do_is_dated_by_that_week():
    # "다음주에는 중앙디자인 성호전자 등 2개사가 … 공모주 청약을 받는다. 또 거래소 상장기업인 금양은 실권주 청약을
    # 실시한다.": the second sentence has no date; its 청약 is one of the week's
    found = article_events("c169")
    assert [(e.start, e.precision) for e in found if "실권주" in e.title] == [(date(2001, 11, 5), "week")]
    # "이번주에는 5개 종목이 … 공모 청약을 받는다. … 삼양패키징이 20~21일 … 건설업체 대원이 공모 청약을 실시한다":
    # a day inside the week does not end it
    found = article_events("c170")
    assert [(e.start, e.precision) for e in found if "대원" in e.title] == [(date(2017, 11, 20), "week")]


def test_a_briefing_told_today_is_no_first_stop_of_the_plan_it_tells():
    # "김태효 국가안보실 1차장은 오늘(15일) 용산 대통령실 브리핑에서 오는 18~24일 진행되는 윤 대통령의 순방 일정을
    # 소개하며 …": the day of the telling is not a schedule's first day; the trip is dated by its own start
    found = sentence_events("c497", "오는 18~24일 진행되는")
    assert [e.start for e in found if not e.on_publication_day] == [date(2022, 9, 18)]


def test_a_subject_added_with_also_before_the_day_is_another_happening_of_that_day():
    # "… 평가전 명단 발표를 겸한 벤투 감독의 기자회견이 13일 …" then "한편 황선홍 감독이 이끄는 올림픽대표팀 명단도
    # 13일 공개된다": the Olympic team's list, added with 도, is not the press conference told again
    found = [e for e in article_events("c498") if e.start == date(2022, 9, 13)]
    assert len(found) == 2 and any("올림픽대표팀" in e.evidence for e in found)


@pytest.mark.parametrize("article, needle, start", [
    # "15일에는 오전 10시부터는 잔여(입석) 승차권을 예약할 수 있다": the window opens on that day and hour
    ("c467", "잔여(입석) 승차권을 예약할 수", date(2015, 1, 15)),
    # "남은 좌석은 8일 오후 3시부터 일반 승차권과 동일하게 구매할 수 있다"
    ("c466", "8일 오후 3시부터 일반 승차권과", date(2020, 1, 8)),
])
def test_what_may_be_done_from_a_day_on_opens_that_day(article, needle, start):
    found = sentence_events(article, needle)
    assert [e.start for e in found] == [start]


def test_what_can_be_done_in_a_dated_clause_is_a_happening_not_a_maybe():
    # c507: "… “내년에 정통 오프로드 SUV와 도심레저형 SUV 신모델도 소개할 수 있다”고 설명했다": -ㄹ 수 있다 says the
    # year's launch can take place, a plan like any other; only -ㄹ 수도 있다 and -ㄹ 수 없다 are a maybe or a denial
    found = sentence_events("c507", "신모델도 소개할 수 있다")
    assert [(e.start, e.precision, "신모델" in e.title) for e in found] == [(date(2017, 1, 1), "year", True)], \
        [e.title for e in found]



@pytest.mark.parametrize("article, needle", [
    ("c27", "오는 29일까지 농협은행"),        # "… 지류상품권(1만원권)은 오는 29일까지 … 구매할 수 있다": a deadline
    ("c402", "6월30일까지 신고·납부할 수"),  # "… 첨부하면 6월30일까지 신고·납부할 수 있다": a deadline, and conditional
])
def test_what_may_be_done_until_a_day_names_no_happening(article, needle):
    assert sentence_events(article, needle) == []


def test_the_first_day_of_a_trip_is_the_first_day_ahead_the_article_told():
    # "이재명 대통령이 23일 … 출국한다." … "이 대통령은 방일 첫날 숙소에서 재일동포 오찬 간담회를 가진 뒤 오후 … 한일
    # 정상회담과 만찬 등 공식 일정을 소화할 예정이다": 첫날 counts from the first day ahead, as 둘째날 and 이틀째 do
    on_first = [e.title for e in article_events("c510") if e.start == date(2025, 8, 23)]
    assert any("재일동포" in t for t in on_first) and any("한일 정상회담" in t for t in on_first), on_first


def test_a_date_belongs_to_the_clause_its_first_connective_closes():
    # "조직위는 마지막 단장작업을 이달 중순께 모두 끝내고 각 전시관별로 개관식과 리허설을 거친후 …": the month's clause
    # ends at 끝내고; its happening is the finishing of the work (the object moved before the date), not the
    # openings of the clause after it
    found = [e for e in sentence_events("c482", "마지막 단장작업을 이달 중순께") if e.precision == "month"]
    assert [(e.start, "단장작업" in e.title) for e in found] == [(date(1993, 7, 11), True)], [e.title for e in found]


@pytest.mark.parametrize("article, needle, later", [
    # "1966년 화재로 모두 탄 뒤 이듬해 그 자리에 그대로 건물을 올렸으나 청사가 낡고 사무실이 분산돼 …": the year's clause
    # ends at 올렸으나; the offices' scattering is the state of today, not a happening of 1967
    ("c426", "이듬해 그 자리에 그대로 건물을 올렸으나", "분산"),
    # "한화는 이번 주 최소 4승을 올려서 꼴찌 탈출의 계기를 마련한다는 심산": the week's clause ends at 올려서
    ("c457", "이번 주 최소 4승을 올려서", "계기"),
])
def test_a_happening_after_the_clause_of_a_date_is_not_dated_by_it(article, needle, later):
    assert not any(later in e.title for e in sentence_events(article, needle))


def test_a_subject_after_the_date_makes_it_the_whole_sentences():
    # "… 이번 대회는 10일부터 3일간 … 선수들이 지역 명예를 걸고 불꽃 튀는 열전을 벌인다": the date heads the clause of
    # 선수들이, so 걸고 does not close it; the contest is its happening
    found = sentence_events("c305", "지역 명예를 걸고")
    assert [(e.start, "열전" in e.title) for e in found] == [(date(2013, 5, 10), True)], [e.title for e in found]


def test_a_compound_verb_written_apart_is_the_compound():
    # "GV80은 이미 지난 2017년 4월 미국 뉴욕에서 콘셉트카로 첫 선을 보였지만 2년 6개월 여만에 완성차가 공개된다":
    # 첫 선을 보이다 is 선보이다 written apart, the unveiling in New York that the month dates
    found = [e for e in sentence_events("c246", "콘셉트카로 첫 선을") if e.start == date(2017, 4, 1)]
    assert [("뉴욕" in e.title and "콘셉트카" in e.title) for e in found] == [True], [e.title for e in found]


def test_a_clause_joined_inside_a_purpose_does_not_close_the_dates():
    # "달성군보건소는 지난 21일 … 예방접종의 중요성을 알리고 적기접종 등 완전접종률 향상을 위해 … 예방접종 홍보를 했다":
    # 알리고 is joined inside the purpose told with 위해, so the day still dates the campaign at the sentence's end
    found = sentence_events("c142", "예방접종의 중요성을 알리고")
    assert [(e.start, "홍보" in e.title) for e in found] == [(date(2016, 5, 21), True)], [e.title for e in found]


@pytest.mark.parametrize("article, needle, word", [
    # "거래소 관계자는 스튜디오드래곤을 포함해 약 7곳이 연내 상장될 것으로 내다봤다": the count of companies stands before
    # the year, in its clause: how many listings the year holds, a tally
    ("c170", "약 7곳이 연내 상장될", "상장"),
    # "1999년 한국시리즈에서 맞붙었던 두 팀은 올해 … 26년 만의 동반 가을야구를 목표로 …": two teams told before the year
    ("c460", "26년 만의 동반 가을야구를", "가을야구"),
])
def test_a_count_before_a_period_in_its_clause_is_a_tally(article, needle, word):
    assert not any(word in e.title and e.precision == "year" for e in sentence_events(article, needle))


@pytest.mark.parametrize("article, needle, day, word", [
    # "… 사임계를 제출하면서 지난 10일 사건을 맡게 됐다": what the day's own verb did to its object
    ("c226", "지난 10일 사건을 맡게 됐다", date(2019, 7, 10), "사건"),
    # "치협 선거관리위원회(…)는 2일 이같은 내용을 담은 ‘제31대 치협 회장 보궐선거 후보등록공고’를 냈다"
    ("c311", "후보등록공고’를 냈다", date(2021, 6, 2), "후보등록공고"),
    # "1966년 화재로 모두 탄 뒤 이듬해 그 자리에 그대로 건물을 올렸으나 …": the year's clause ends at its own verb
    ("c426", "이듬해 그 자리에 그대로 건물을 올렸으나", date(1967, 1, 1), "건물"),
])
def test_a_past_date_whose_clause_names_no_happening_dates_what_its_verb_did(article, needle, day, word):
    assert any(e.start == day and word in e.title for e in sentence_events(article, needle))


@pytest.mark.parametrize("article, needle, day, words", [
    # "전국 4년제 대학 수시모집 원서접수는 9월 12~21일 중 대학별로 3일 이상 한다": 한다 says only that it is done
    ("c427", "수시모집 원서접수는", date(2016, 9, 12), ("원서접수",)),
    # "예비후보등록은 2023 1월 4일부터 가능하고, …": what is possible from the day is the topic
    ("c302", "예비후보등록은 2023", date(2023, 1, 4), ("예비후보등록",)),
    # "사전투표는 코로나 정부 지침이 변하지 않는다면, … 27일과 28일 오전 6시부터 오후 6시까지 할 수 있다": a conditional
    # clause between the topic and its days
    ("c116", "사전투표는 코로나", date(2022, 5, 27), ("사전투표",)),
    # "… 레이첼 야마가타 내한 공연은 11월 9일, 10일 … 콘서트홀에서 볼 수 있다": what can be seen on the day
    ("c353", "레이첼 야마가타 내한 공연은", date(2018, 11, 9), ("레이첼", "공연")),
    # "에드 시런의 내한 공연은 2019년 4월 21일 오후 6시.": no predicate at all, the date is what the topic is
    ("c353", "에드 시런의 내한 공연은", date(2019, 4, 21), ("에드 시런", "공연")),
    # "내년 2월 27일 저오후 8시에는 마룬 파이브(MAROON 5) 내한 공연도 볼 수 있다": what is seen, told with 도
    ("c353", "마룬 파이브(MAROON 5) 내한 공연도", date(2019, 2, 27), ("마룬 파이브", "공연")),
])
def test_a_topic_only_said_to_be_done_or_seen_on_a_date_is_the_happening(article, needle, day, words):
    found = sentence_events(article, needle)
    assert any(e.start == day and all(w in e.title for w in words) for e in found), [(e.start, e.title) for e in found]


@pytest.mark.parametrize("article, needle, word", [
    # a share, level or rank given by a number is a figure, not a happening:
    # "지난해 K리그2 2위를 차지하며 승격한 성남의 …": a rank taken is where a team stood, no happening of last year
    ("c99", "K리그2 2위를 차지하며", "차지"),
    # "… 올해 전체 매출 중 10%의 비중을 차지할 것으로 기대했다": a share of the year's sales
    ("c508", "10%의 비중을 차지할", "차지"),
    # "평가원은 이번 6월 모의평가에서 … 연계를 문항 수 기준 70% 수준으로 유지한다고 밝혔다": a level kept
    ("c471", "70% 수준으로 유지한다고", "유지"),
    # a verbal noun right after a quote says it; its day is when it was said:
    # "… 샤먼항공은 이날 다싱 공항에서 주요 기종의 시험 비행을 할 예정이라고 중국국제텔레비전(CGTN)이 12일 보도했다"
    ("c255", "중국국제텔레비전(CGTN)이 12일 보도했다", "보도"),
    # "직하형 LED는 4월 말 현재 … 추가로 4곳이 진행 중에 있다고 부연했다"
    ("c508", "진행 중에 있다고 부연했다", "부연"),
])
def test_a_figure_or_a_saying_is_no_happening(article, needle, word):
    found = sentence_events(article, needle)
    assert not any(word in e.title for e in found), [(e.start, e.title) for e in found]


@pytest.mark.parametrize("article, needle", [
    # "양국은 정상회담 개최와 관련한 최종 일정을 조율해 조만간 공식 발표할 예정이다": before long names no time, as 추후 and
    # 향후 do not
    ("c128", "조만간 공식 발표할 예정이다"),
    ("c167", "조만간 통일부와 협의할 예정이다"),
    ("c300", "조만간 선관위가 소집돼"),
])
def test_before_long_dates_no_event(article, needle):
    assert sentence_events(article, needle) == []


@pytest.mark.parametrize("article, needle, day, word", [
    # "안내에 따르면 오는 29일 뉴욕 언팩을 시작으로 4월 10일 사전 예약을 2주간 진행하고 21일경 출시된다"
    ("c138", "21일경 출시된다", date(2017, 4, 21), "출시"),
    # "또한, 아시안게임으로 인해 8월 18일부터 9월 3일까지 일시 중단된다": an adverb between the date and its verbal noun
    ("c516", "일시 중단된다", date(2018, 8, 18), "중단"),
    # "그러나 현대차 내부 사정에 의해 지난 6일 앞서 공개되면서 사전 계약도 앞당겨진 것으로 보인다"
    ("c193", "지난 6일 앞서 공개되면서", date(2024, 12, 6), "공개"),
])
def test_a_passive_verbal_noun_with_no_subject_is_what_happens_on_its_date(article, needle, day, word):
    a = ARTICLE_TEXT[article]
    assert a["split"] == "dev", "tests read the dev split only"
    from digest.text.korean import split_sentences

    # read in its article: the month of `21일경` is the one the sentence told before it
    paragraphs = [[(s.text, s.tokens) for s in split_sentences(p)] for p in a["paragraphs"]]
    found = [e for e in rules_read(paragraphs, date.fromisoformat(a["published"])) if needle in e.evidence]
    assert any(e.start == day and word in e.title for e in found), [(e.start, e.title) for e in found]


@pytest.mark.parametrize("article, needle, day, word", [
    # "8월초 청사건립 부지가 결정되면 11월까지 … 용역을 완료하고 …": a plain conditional with its own date is a step
    # expected then, which the next ones wait on
    ("c425", "8월초 청사건립 부지가 결정되면", date(2020, 8, 1), "부지"),
    # "22일 오전 필리버스터와 EBS법 개정안 표결 처리가 끝나면 본회의를 열지 않는다"
    ("c196", "EBS법 개정안 표결 처리가 끝나면", date(2025, 8, 22), "EBS법"),
])
def test_a_dated_plain_conditional_is_an_expected_step(article, needle, day, word):
    found = sentence_events(article, needle)
    assert any(e.start == day and word in e.title for e in found), [(e.start, e.title) for e in found]


@pytest.mark.parametrize("article, needle, day, word", [
    # c517: "이번 회담에서는 지난해 5월 열린 제9차 한중일 정상회담 이후 3국 협력 상황을 점검하고, …": the month dates the
    # summit its relative clause says was held, the phrase ending at the time noun after it
    ("c517", "지난해 5월 열린 제9차", date(2024, 5, 1), "제9차 한중일 정상회담"),
    # c563: "마이크로소프트가 이달 초 소리소문없이 2015년 7월에 출시된 최초의 윈도우 10 1507 버전의 지원 기간을 연장했다":
    # the month, with its particle, dates the release its relative clause tells, not the extension of the main clause
    ("c563", "2015년 7월에 출시된", date(2015, 7, 1), "출시"),
])
def test_a_month_before_a_relative_clause_dates_the_noun_it_describes(article, needle, day, word):
    found = [e for e in sentence_events(article, needle) if e.start == day and e.precision == "month"]
    assert [word in e.title for e in found] == [True], [e.title for e in found]


def test_relative_year_reads_an_irregular_adjective_as_the_first_predicate():
    """c409: "올해 때이른 무더위는 …": Kiwi tags the irregular stem 때이르 `VA-I`, not `VA`; it is the clause's first
    predicate all the same, and it describes the heat, so the year only says which heat is meant."""
    from digest.text.event_lists import _relative_year
    from digest.text.korean import split_sentences
    from digest.text.timex import find_time_expressions

    a = ARTICLE_TEXT["c409"]
    assert a["split"] == "dev", "tests read the dev split only"
    [paragraph] = [p for p in a["paragraphs"] if "때이른 무더위는" in p]
    [sentence] = [s.text for s in split_sentences(paragraph) if "때이른 무더위는" in s.text]
    [year] = [e for e in find_time_expressions(sentence, date.fromisoformat(a["published"])) if e.text.startswith("올해")]
    assert _relative_year(sentence, year)


@pytest.mark.parametrize("article, needle, members", [
    # c955: "2월 15일 콩, 20일 딸기, 22일 배, 27일 지황 순으로 강의하며 …": date-led members of one noun, however short,
    # each a class on its own day; the order word is the list's, not a member's
    ("c955", "2월 15일 콩, 20일 딸기", {date(2024, 2, 15): "콩 강의", date(2024, 2, 20): "딸기 강의",
                                    date(2024, 2, 22): "배 강의"}),
    # c939: "영덕북부수협은 11~13일 '사진2리 별신굿풍어제'를, 목포수협은 25일 '만선기원 풍어제'를, …를 각각 개최한다":
    # gapped members, each with its own doer, day and object; two on the 25th are two festivals
    ("c939", "영덕북부수협은 11~13일", {date(2014, 4, 11): "영덕북부수협 '사진2리 별신굿풍어제' 개최",
                                  date(2014, 4, 25): "목포수협 '만선기원 풍어제' 개최"}),
    # c703: "5일은 정치·통일·외교·안보 분야, 6일은 경제 분야, 7일은 …": the day as the member's topic, the words the
    # last member says after the noun all members end in carried to each
    ("c703", "6일은 경제 분야", {date(2018, 2, 6): "경제 분야 대정부질문 진행"}),
])
def test_list_members_carrying_their_own_days(article, needle, members):
    found = {(e.start, e.title) for e in sentence_events(article, needle)}
    assert set(members.items()) <= found, sorted(found)


def test_a_doer_topic_with_a_relative_clauses_day_and_its_own_verbs_day_is_no_schedule():
    """c1102 (4 March 1981): `정부는 오는 25일(수요일)에 실시되는 제11대 국회의원선거일을 5일 공고할 것으로 알려졌다`: the 25th
    is the election's (a relative clause of the object), the 5th the notice's; `정부` is who gives notice, not a
    happening whose days are listed."""
    found = {(e.title, e.start) for e in sentence_events("c1102", "국회의원선거일을 5일 공고")}
    assert ("제11대 국회의원선거일 공고", date(1981, 3, 5)) in found, found
    assert not any(title == "정부" for title, _ in found), found

@pytest.mark.parametrize("article, needle, topic, days", [
    # c1069: "챔피언결정전은 11월19일과 23일, 26일에 각각 열기로": the 23rd is November's, and every day of the run is
    # the final's (the topic before the run), not the all-star game's of the member before it
    ("c1069", "챔피언결정전은 11월19일과", "챔피언결정전", [date(1994, 11, 19), date(1994, 11, 23), date(1994, 11, 26)]),
    # c1029: "국회 본회의는 11월 5일과 26일, 12월 1일과 8일, 9일 실시한다": each listed day in its own month, each a sitting
    ("c1029", "국회 본회의는 11월 5일과", "국회 본회의", [date(2015, 11, 5), date(2015, 11, 26), date(2015, 12, 1),
                                                  date(2015, 12, 8)]),
    # c995: "오는 9월4일 … 11일과 13일 이틀동안 볼리비아와,22일과 24일은 아랍에미리트와 2차례 친선경기를치른다": the 22nd
    # is September's, as the month told before it says
    ("c995", "22일과 24일은 아랍에미리트와", "아랍에미리트", [date(1994, 9, 22)]),
])
def test_each_day_of_a_listed_run_keeps_its_month_and_the_topic_before_the_run(article, needle, topic, days):
    found = sentence_events(article, needle)
    assert sorted(e.start for e in found if e.title.startswith(topic)) == days, [(e.start, e.title) for e in found]


@pytest.mark.parametrize("sentence", ["개봉일은 8월 5일(수)", "1차 시험은 3월 10일(토)"])
def test_a_topics_day_whose_bracket_closes_the_sentence_has_no_copula_after_it(sentence):
    """xv030's `*개봉일: 8월 5일` told as a topic: the note in brackets after the day is the sentence's last token, and
    looking for a copula after it ran past the end (IndexError out of `extract_events`)."""
    from digest.text.event_lists import _copula_end

    tokens = tuple(tokenize(sentence))
    assert _copula_end(tokens, sentence.index("(")) == 10 ** 9
    rules_read([[(sentence, tokens)]], date(2020, 3, 1))   # and the sentence is read through


def test_a_same_month_day_is_read_once_with_the_month_its_sentence_named():
    # "… 4월3일부터 KIA 타이거즈와 3연전을 벌이며, 같은 달 14일부터는 두산 베어스와 홈 경기를 갖고" (c1146, 17 December
    # 2014) and "후보자등록 기간은 3월 13일부터 2일간이며, 선거운동은 같은 달 20일부터 가능하다" (c1181, 1 March 2025): the
    # month is the sentence's own, which the resolver read; the last month of the sentence before (c1181's `지난해 9월
    # 1일부터`) dates no second copy of the day
    assert date(2015, 4, 14) in {e.start for e in article_events("c1146")}
    assert not [e for e in article_events("c1181") if e.start == date(2024, 9, 20)]


def test_a_day_told_as_of_the_same_month_keeps_its_topic_as_the_happening():
    # "후보자등록 기간은 3월 13일부터 2일간이며, 선거운동은 같은 달 20일부터 가능하다" (c1181, 1 March 2025): the words
    # 같은 달 are the date's, not a clause between the topic and it; the campaign starts on 20 March
    assert ("선거운동", date(2025, 3, 20)) in {(e.title, e.start) for e in sentence_events("c1181", "같은 달 20일")}


def test_a_determiner_glued_to_its_noun_is_part_of_a_name_not_many_happenings():
    # "… 3월 1일 초등학교 2곳, 고등학교 2곳, 각종학교 1곳을 개교하고 …" (c1198, 2 January 2017): 각종학교 is a kind of
    # school; only a spaced 각종 (`각종 경기지표가 공개된다`, c363) tells many happenings at once
    found = sentence_events("c1198", "3월 1일 초등학교 2곳")
    assert [(e.start, e.title.split()[-1]) for e in found if e.start == date(2017, 3, 1)] == [(date(2017, 3, 1), "개교")]


def test_a_span_written_with_a_hyphen_before_kkaji_is_a_span_not_a_deadline():
    # '공예연합회는 오는 10월 20-24일까지 "서울국제선물용품 장신구박람회"를 열어 …' (c900, 1989): the hyphen joins the span's
    # two ends as a tilde does (`10월 26일~11월 1일까지`); the fair opens on the 20th
    found = sentence_events("c900", "10월 20-24일까지")
    assert [e.start for e in found if "박람회" in e.title] == [date(1989, 10, 20)]


def test_a_written_span_followed_by_its_own_length_still_dates_its_happening():
    # "엔시티(NCT) 127은 내달 17~19일 3일간 서울 고척 스카이돔에서 두 번째 월드투어 ‘…’를 열고 …" (c1484, 20 November
    # 2021): 3일간 restates the span 17~19일, as 9일간 does after `25일부터 내달 2일까지`; it is no length instead of a date
    found = sentence_events("c1484", "내달 17~19일 3일간")
    assert [e.start for e in found] == [date(2021, 12, 17)]


def test_matches_listed_one_by_one_with_ilje_hi_are_each_a_match_beside_the_seasons_opening():
    # "98코리아리그가 18일 막을 올려 …" and "18일에는 부산 대우-전북 현대(부산), 전남 드래곤즈-대전 시티즌(광양),
    # 수원삼성-부천SK(수원), 포항 스틸러스-안양 LG(포항)전이 오후 7시 일제히 열린다" (c1280, 17 July 1998): a sentence that
    # names its doers one by one is no sum of another telling of the day; each match is told once
    found = [e for e in article_events("c1280") if e.start == date(1998, 7, 18)]
    pairs = ["대우-전북", "드래곤즈-대전", "수원삼성-부천SK", "스틸러스-안양"]
    assert [sum(p in e.title for e in found) for p in pairs] == [1, 1, 1, 1], [e.title for e in found]


def test_a_name_in_straight_double_quotes_after_the_date_is_no_speech():
    # '용접조합도 10월30일부터 11월3일까지 "제3회국제용접전시회"를 연다.' (c1398, 1991): the quote closes on a name with its
    # particle right after it; speech (`16일 "… 그칠 것"이라고 내다봤다`) ends in a verb
    found = sentence_events("c1398", "제3회국제용접전시회")
    assert [(e.start, "용접전시회" in e.title) for e in found] == [(date(1991, 10, 30), True)]


def test_a_topic_before_a_clause_describing_the_date_names_what_is_held_for_days_counted_natively():
    # "… 제47회 KLPGA 챔피언십은 지난해보다 한 주 늦어진 5월 1일부터 나흘간 개최된다." (c958, 2025): 나흘간 is the span's
    # length, as 4일간 is, and the clause `지난해보다 한 주 늦어진` describes the date, not what is held
    found = sentence_events("c958", "한 주 늦어진 5월 1일부터")
    assert [(e.start, "KLPGA 챔피언십" in e.title) for e in found] == [(date(2025, 5, 1), True)]


def test_a_topic_planned_for_a_date_with_ro_is_its_happening():
    # "최초의 흑인 메이저리그 재키 로빈슨을 기념하는 '재키 로빈슨 데이'는 오는 4월15일로 계획돼 있다." (c1084, 2018): 계획돼
    # sets the topic on the date as 예정돼 does
    found = sentence_events("c1084", "오는 4월15일로 계획돼")
    assert [(e.start, "재키 로빈슨 데이" in e.title) for e in found] == [(date(2018, 4, 15), True)]


def test_a_day_made_the_last_with_kkeuteuro_dates_the_ending():
    # "MBC 월화드라마 '기황후'는 오는 29일을 끝으로 종영된다." (c889, 2014): 을 끝으로 makes the day the last one, as 을
    # 시작으로 makes it the first; it is no object
    found = sentence_events("c889", "29일을 끝으로")
    assert [(e.start, e.title.split()[-1]) for e in found] == [(date(2014, 4, 29), "종영")]


def test_a_topic_on_a_span_with_its_length_and_hours_in_brackets_is_on_its_first_day():
    # "사전투표 기간은 4월 10∼11일 이틀간(매일 오전 6시~오후 6시)이다." (c1052, 2020): the hours in brackets after the
    # length say more of the span, as the length does
    found = sentence_events("c1052", "사전투표 기간은 4월 10∼11일")
    assert [(e.start, e.title) for e in found] == [(date(2020, 4, 10), "사전투표")]


def test_an_adnominal_before_an_edition_number_describes_the_named_happening():
    # "오는 20일부터 충주 등지에서 열리는 제98회 전국체육대회 성화가 …" (c1501, 2017): 열리는 modifies `제98회 전국체육대회`;
    # the prefix 제 and the number open the phrase it names
    found = sentence_events("c1501", "충주 등지에서 열리는 제98회")
    assert [(e.start, e.title.startswith("제98회 전국체육대회")) for e in found] == [(date(2017, 10, 20), True)]


def test_a_clause_closed_by_a_noun_taking_an_object_and_a_comma_shares_the_sentences_subject():
    # "제3회 부산국제영화제가 역대 최대 규모인 40여개국 2백10여편의 영화를 초청, 다음달 24일부터 10월1일까지 열린다."
    # (c753, 1998): `영화를 초청,` is a clause of its own (초청하고); what opens on the 24th is the festival, the subject
    found = sentence_events("c753", "영화를 초청, 다음달 24일부터")
    assert [(e.start, "부산국제영화제" in e.title) for e in found] == [(date(1998, 9, 24), True)]


def test_the_next_day_after_a_topic_counts_from_the_day_told_before():
    # "… 선수촌은 9월 12일 개촌식을 열고 본격적인 손님맞이에 들어간다. 입촌식은 이튿날부터 나라별로 진행된다." (c1117,
    # 19 August 2014): 이튿날 after the topic 입촌식은 is the day after 12 September, not after publication
    assert [e.start for e in article_events("c1117") if "입촌식" in e.title] == [date(2014, 9, 13)]


def test_gateun_nal_in_the_same_sentence_sets_another_happening_beside_the_first():
    # "세종시는 … 오는 3월 30일 오후 4시 30분 공식적인 개관식을 열고 같은날 개관 기념공연을 개최할 예정이라고 25일
    # 밝혔다." (c1326, 2022): the concert is a second happening of the day, not the opening told again
    found = sentence_events("c1326", "같은날 개관 기념공연")
    assert sorted(e.title for e in found if e.start == date(2022, 3, 30)) == ["개관 기념공연 개최", "공식적인 개관식"]


def test_two_festivals_of_one_day_named_apart_by_their_quoted_names_are_two():
    # "광산구는 18일 … ‘2025 광산세계야시장’ 축제를 개최한다." and "북구는 오는 18일 … ‘다북다북 책축제’를 개최한다."
    # (c360, 15 October 2025): alike words (`축제 개최`), two names quoted apart: two happenings
    titles = [e.title for e in article_events("c360") if e.start == date(2025, 10, 18)]
    assert [any("광산세계야시장" in t for t in titles), any("다북다북" in t for t in titles)] == [True, True], titles


def test_a_doer_added_with_do_before_a_weekday_glossed_day_is_another_happening():
    # "신세계백화점은 31일부터 … 대형 할인행사를 한다." then "갤러리아백화점과 AK플라자도 목요일인 31일부터 다음달 17일까지 봄
    # 정기 할인행사를 한다." (c827, 27 March 2016): 도 adds other doers; the weekday glossing the day changes nothing
    titles = [e.title for e in article_events("c827") if e.start == date(2016, 3, 31)]
    assert any("봄 정기 할인행사" in t for t in titles) and any(t == "대형 할인행사" for t in titles), titles


def test_an_hour_with_its_particle_after_the_day_is_no_part_of_the_title():
    # "29일 오후 2시에는 국도58호선 경남 김해 무계~삼계 구간이 열린다." (c1375, 2025): 2시에는 says when, as 2시부터 does
    found = sentence_events("c1375", "29일 오후 2시에는 국도58호선")
    assert [e.title for e in found] == ["국도58호선 경남 김해 무계~삼계 구간"]


def test_an_hour_of_the_day_inside_a_title_is_cut_with_the_topics_particle_before_it():
    # "13일 가요제 예심, 전통공연에 이어 …, 개막식은 오후 7시 시작되며 …" (c1412, 2019): the hour says when
    found = sentence_events("c1412", "개막식은 오후 7시 시작되며")
    assert "개막식 시작" in [e.title for e in found], [e.title for e in found]


@pytest.mark.parametrize("article, needle, day, word", [
    ("c1240", "정식 개봉일은 12월 3일.", date(2025, 12, 3), "개봉"),          # a verbless line ending on the date
    ("c860", "개원식은 4월 3일 예정.", date(2019, 4, 3), "개원식"),            # ... or on 예정
    ("c862", "다음달 3일 새벽 2시로 정해졌다", date(2020, 7, 3), "셰필드"),    # set on a day with its hour, then 로
])
def test_a_topic_set_on_a_date_by_a_verbless_line_or_with_its_hour(article, needle, day, word):
    found = sentence_events(article, needle)
    assert [(e.start, word in e.title) for e in found] == [(day, True)], [(e.start, e.title) for e in found]


def test_a_headcount_subject_of_a_clause_describing_the_happening_is_no_figure():
    # "판문점에서 23일 세계적 기업가 1백30여명이 참여하는 ‘이코노미스트 원탁회의’가 열린다." (c1064, 1998): the 130 are
    # the subject of 참여하는, which describes the meeting; what happens on the 23rd is the meeting
    found = sentence_events("c1064", "1백30여명이 참여하는")
    assert [(e.start, "원탁회의" in e.title) for e in found] == [(date(1998, 6, 23), True)]


def test_two_tellings_of_a_day_at_their_own_hours_and_places_are_two_happenings():
    # "… 연등행렬은 오는 26일 오후7시부터 9시30분까지 동대문과 종로, 조계사 일대에서 펼쳐진다." and "같은 날 오후9시30분부터
    # 11시까지 종각사거리에서 회향한마당으로 연등행렬을 마무리한다." (c940, 16 April 2014): each its hour, each its place
    titles = [e.title for e in article_events("c940") if e.start == date(2014, 4, 26)]
    assert any("연등행렬 개최" in t for t in titles) and any("마무리" in t for t in titles), titles


def test_a_happening_told_as_spread_over_places_leaves_each_place_its_own():
    # "… 오는 21일 지역별로 부활절 연합예배를 올린다." then "먼저 평택 북부지역기독교연합회(…)는 이날 오전 5시 은혜중·고등학교
    # 대강당에서 … 부활절 연합예배를 진행한다." and "안성시 기독교총연합회(…)는 오후 4시 안성성결교회에서 … 연합예배를
    # 개최할 예정이다." (c1291, 17 April 2019): the services in their own places are each one, beside the spread
    found = [e for e in article_events("c1291") if e.start == date(2019, 4, 21)]
    assert sum("연합예배" in e.title for e in found) >= 4, [e.title for e in found]


def test_the_occasion_a_planned_doing_is_done_through_is_what_happens_on_the_date():
    # "이들은 7일 미디어데이를 통해 부산모터쇼에 전시할 신차를 최초로 전시할 예정이다." (c1129, 2018): the media day is
    # held on the 7th; 를 통해 makes it the occasion of the clause, not a frame that dates nothing
    found = sentence_events("c1129", "7일 미디어데이를 통해")
    assert [(e.start, e.title) for e in found] == [(date(2018, 6, 7), "미디어데이")]


def test_what_is_held_in_a_place_of_several_words_is_the_object_before_the_date():
    # '허화평 현대사회연구소장은 "한국의 민주화와 선거문화" 학술토론회에 참석하는 인사를 위한 리셉션을 17일 오후6시
    # 동연구소 1층 홀에서 개최한다.' (c992, 1989): the place has three words; what is held is the object before the date
    found = sentence_events("c992", "리셉션을 17일 오후6시")
    assert [(e.start, e.title) for e in found] == [(date(1989, 11, 17), "리셉션 개최")]


def test_a_year_right_after_a_day_qualifies_what_follows_and_the_day_dates_the_happening():
    # "이밖에 코스피 대형주 중에서는 엔씨소프트가 오는 6일 올해 첫 신작인 '프로야구H3'를 출시한다." (c951, 2021): this year's
    # first title, released on the 6th
    found = sentence_events("c951", "오는 6일 올해 첫 신작인")
    assert [(e.start, e.precision) for e in found] == [(date(2021, 4, 6), "day")]


def test_a_year_telling_which_of_its_own_a_noun_is_leaves_the_day_to_date_it():
    # "오는 22일 서울 광운대학교 동해문화예술관에서 새해 첫 팬미팅을 여는 그룹 베리베리 역시 …" (c1506, 2022), "어제(14일)
    # 국토교통부는 '행복주택' 올해 1차 입주 당첨자를 발표하고 …" (c854, 2016): the year's first, its first round; the day dates them
    assert (date(2022, 1, 22), "day") in [(e.start, e.precision) for e in sentence_events("c1506", "새해 첫 팬미팅을")]
    found = sentence_events("c854", "올해 1차 입주 당첨자를")
    assert "year" not in [e.precision for e in found] and date(2016, 6, 14) in [e.start for e in found]


def test_a_count_inside_the_clause_describing_the_subject_is_not_the_subject():
    # '경북 경산의 대경대는 14일 “29일 대구 북구 엑스코 3층에서 신입생 2,000여명이 졸업생 1,600여명의 축하와 격려 속에 입학하는
    # ‘트윈즈 입학식’이 열린다”고 밝혔다.' (c1382, 2008): the counts describe the ceremony; the ceremony is held on the 29th
    found = sentence_events("c1382", "‘트윈즈 입학식’이 열린다")
    assert [(e.start, "입학식" in e.title) for e in found] == [(date(2008, 2, 29), True)]

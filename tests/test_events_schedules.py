"""Event extraction on schedules and calendars of real national news (bench/data/civic_news, dev split only):
gapped lists, coordinated clauses, a paragraph framed by its day, listed days with 각/각각, report periods,
and what dates no happening (a figure, a deadline, a holiday naming an occasion). Each case is a sentence or
paragraph as the outlet printed it, read with its article's publication day."""

from __future__ import annotations

from datetime import date

import pytest

from digest.text.korean import split_sentences
from tests.civic_dev import rules_read
from tests.test_events_civic import ARTICLE_TEXT, sentence_events


def paragraph_events(article: str, needle: str):
    """The events of the one dev paragraph of `article` that contains `needle`, read sentence by sentence."""
    a = ARTICLE_TEXT[article]
    assert a["split"] == "dev", "tests read the dev split only"
    [paragraph] = [p for p in a["paragraphs"] if needle in p]
    sentences = [(s.text, s.tokens) for s in split_sentences(paragraph)]
    return rules_read([sentences], date.fromisoformat(a["published"]))


def article_events(article: str):
    """The events of a whole dev article, as `newsdigest extract` reads it."""
    a = ARTICLE_TEXT[article]
    assert a["split"] == "dev", "tests read the dev split only"
    return rules_read([[(s.text, s.tokens) for s in split_sentences(p)] for p in a["paragraphs"]],
                          date.fromisoformat(a["published"]))


def dated(found, word: str) -> list[date | None]:
    return [e.start for e in found if word in e.title]


def test_a_gapped_list_gives_each_subject_its_days():
    # "여성가족위원회가 23일, 운영위원회가 25일과 다음달 1일, 정보위원회가 다음달 4·5·6일 국감을 열 계획이다"
    found = sentence_events("c117", "여성가족위원회가 23일")
    assert dated(found, "여성가족위원회") == [date(2019, 10, 23)]
    assert dated(found, "운영위원회") == [date(2019, 10, 25), date(2019, 11, 1)]
    assert dated(found, "정보위원회") == [date(2019, 11, 4)]


def test_a_gapped_list_of_topics_with_spans():
    # "국회운영위원회는 11월 2일~3일, 정보위원회는 10월 26일~11월 1일까지, 여성가족위원회는 10월 25일~27일에 ..."
    found = sentence_events("c119", "겸임위원회인 국회운영위원회는")
    assert dated(found, "국회운영위원회") == [date(2022, 11, 2)]
    # X~Y까지 is a span, not a deadline; its year is the resolver's to give (it reads this `until` span a year on)
    assert [(d.month, d.day) for d in dated(found, "정보위원회")] == [(10, 26)]
    assert dated(found, "여성가족위원회") == [date(2022, 10, 25)]


def test_coordinated_clauses_share_the_day_and_a_report_period_does_not_date():
    # "30일에는 통계청이 7월 산업활동동향을 발표할 예정이며, 기재부는 제10차 재정관리점검회의를 개최한다."
    found = sentence_events("c110", "30일에는 통계청이")
    assert dated(found, "산업활동동향") == [date(2019, 8, 30)]
    assert dated(found, "재정관리점검회의") == [date(2019, 8, 30)]


def test_a_day_framing_the_paragraph_dates_its_dateless_sentences():
    # "28일에는 통계청이 ... 발표한다. 관세청은 2018년 기업무역활동통계를 발표할 예정이다."
    found = paragraph_events("c110", "28일에는 통계청이")
    assert dated(found, "기업무역활동통계") == [date(2019, 8, 28)]


def test_a_sentence_opening_with_also_goes_on_the_day_just_told():
    # "... 오는 26일 내년도 예산안 당정협의를 통해 ... 예정이다. 또 ... 거시경제금융회의를 열고 ..."
    found = paragraph_events("c110", "25일 기획재정부와 관계부처에")
    assert dated(found, "거시경제금융회의") == [date(2019, 8, 26)]


@pytest.mark.parametrize("article, needle, pairs", [
    # "3월 소비자동향조사와 기업경기실사지수(BSI)·경제심리지수(ESI)를 각각 27일과 28일 발표한다"
    ("c111", "각각 27일과 28일", [("소비자동향조사", date(2019, 3, 27)), ("기업경기실사지수", date(2019, 3, 28))]),
    # "2개 광역도로와 산·학·연 클러스터 지원센터를 각 2월, 3월에 착공한 데 이어"
    ("c31", "각 2월, 3월에 착공한", [("광역도로", date(2017, 2, 1)), ("지원센터", date(2017, 3, 1))]),
])
def test_dates_listed_with_each_take_their_own_object(article, needle, pairs):
    found = sentence_events(article, needle)
    for word, day in pairs:
        assert dated(found, word) == [day], [(e.title, e.start) for e in found]


@pytest.mark.parametrize("article, needle, word, day", [
    ("c122", "첫 회의는 내년 1월24일이다", "첫 회의", date(2019, 1, 24)),      # the topic is on the date
    ("c111", "자료 발표가 예정돼 있다", "금융안정 상황", date(2019, 3, 28)),   # the subject of 예정되다
    ("c110", "'추석 민생안정 대책'이", "민생안정 대책", date(2019, 8, 27)),   # 추석 inside a name dates nothing
])
def test_what_names_the_happening(article, needle, word, day):
    found = sentence_events(article, needle)
    assert dated(found, word) == [day], [(e.title, e.start) for e in found]


def test_an_object_set_on_a_date_is_the_happening():
    # "정부의 2013년도 예산안 시정연설을 10월 4일로 하고, ..."
    found = sentence_events("c120", "시정연설을 10월 4일로 하고")
    assert [(e.precision, e.start.month, e.start.day) for e in found if "시정연설" in e.title] == [("day", 10, 4)]


@pytest.mark.parametrize("article, needle", [
    ("c113", "72.3%로 떨어져"),                  # a level reached: a figure
    ("c112", "지난해 같은 기간와 비교해"),         # a comparison of figures
    ("c115", "3월30일 마감된다"),                 # a deadline
    ("c110", "민생안정대책이 주목된다"),           # attention, not a happening
    ("c67", "설 명절 10% 특별할인 행사를"),       # a holiday naming the occasion; 28일까지 is a deadline
])
def test_no_happening_dated(article, needle):
    found = sentence_events(article, needle)
    assert [e for e in found if not e.on_publication_day] == [], [(e.title, e.start) for e in found]


def test_a_noun_inside_two_compounds_does_not_merge_two_happenings():
    titles = [e.title for e in article_events("c61")]
    assert any("군민화합한마당" in t for t in titles) and any("체육대회" in t for t in titles), titles


def test_a_list_going_on_from_the_sentence_before_takes_its_topic():
    # "기준금리를 결정하는 통화정책방향 결정회의는 8번 열리고, ... 이후 2월 28일, 4월 18일, ... 순으로 개최된다."
    found = paragraph_events("c122", "이후 2월 28일, 4월 18일")
    assert dated(found, "결정회의") == [date(2019, 2, 28), date(2019, 4, 18), date(2019, 5, 31), date(2019, 7, 18),
                                       date(2019, 8, 30), date(2019, 10, 17), date(2019, 11, 29)]


def test_the_same_day_goes_on_with_the_follow_up_just_told_not_the_news():
    # "... 3월1일 ... 공식 개막전을 시작으로 ... 일정을 확정해 17일 발표했다. 같은 날 1라운드에선 ... 경기가 펼쳐진다."
    found = article_events("c126")
    assert dated(found, "FC서울의 경기") == [date(2018, 3, 1)]


def test_days_listed_months_apart_are_each_a_happening_and_run_forward():
    # "내년도 금융안정회의는 3월29일, 6월20일, 9월20일, 12월20일에 진행된다." (published 2017-11-30): one meeting
    # per day, not one happening's schedule; 12월20일 follows 9월20일 of next year, not this December
    found = sentence_events("c150", "내년도 금융안정회의는")
    assert dated(found, "금융안정회의") == [date(2018, 3, 29), date(2018, 6, 20), date(2018, 9, 20), date(2018, 12, 20)]
    # "... 2월27일, ..., 10월18일, 11월 30일에 열린다": the last day is next year's, not the publication day
    found = sentence_events("c150", "통화정책방향을 정하는 금통위는")
    assert dated(found, "금통위")[-2:] == [date(2018, 10, 18), date(2018, 11, 30)]


def test_a_timetable_topic_gives_each_day_its_stage():
    # "사전청약 일정은 13일 특별공급, 14일 1순위, 15일 일반공급 2순위로 진행한다."
    found = sentence_events("c151", "사전청약 일정은")
    assert [(e.title, e.start) for e in found] == [("사전청약 특별공급", date(2021, 12, 13)),
                                                   ("사전청약 1순위", date(2021, 12, 14)),
                                                   ("사전청약 일반공급 2순위", date(2021, 12, 15))]


@pytest.mark.parametrize("article, needle, word, day", [
    # "... 기자회견을 열고 다음 달 3일부터 12일까지 열리는 제24회 부산국제영화제 행사계획을 발표했습니다."
    ("c148", "다음 달 3일부터 12일까지 열리는", "부산국제영화제", date(2019, 10, 3)),
    # "... 30부(재판장 김영일부장판사)는 20일 열릴 예정인 이 사건 8차공판에서 ... 검토하고 있다고 7일 밝혔다."
    ("c152", "20일 열릴 예정인", "8차공판", date(1996, 5, 20)),
])
def test_a_day_whose_clause_says_a_noun_takes_place_dates_that_noun(article, needle, word, day):
    assert dated(sentence_events(article, needle), word) == [day]


def test_a_year_describing_a_noun_that_took_place_dates_nothing():
    # "... 올해 개최된 축제보다 더욱 화려하고 더욱 다채롭게 구성될 예정이다.": a comparison, not a happening
    assert dated(sentence_events("c07", "올해 개최된 축제보다"), "축제") == [date(2024, 3, 1)]


def test_spans_listed_with_their_names_and_counts_each_date_a_happening():
    # "... 겹치는 4월27일~5월6일(대통령배), 5월18~27일(청룡기) 2차례 원정 9연전을 실시하고, 롯데도 7월13~22일 ..."
    found = sentence_events("c146", "4월27일~5월6일(대통령배)")
    assert dated(found, "원정 9연전") == [date(2010, 4, 27), date(2010, 5, 18), date(2010, 7, 13)]
    # "... 4월24일~5월3일과 5월19~28일 두 차례,롯데는 5월29일~6월7일 한 차례 각각 원정 9연전을 벌인다."
    found = sentence_events("c145", "4월24일~5월3일과")
    assert [(e.title, e.start) for e in found] == [("원정 9연전", date(2009, 4, 24)), ("원정 9연전", date(2009, 5, 19)),
                                                   ("롯데 원정 9연전", date(2009, 5, 29))]


def test_a_light_verb_before_after_is_a_time_clause_not_a_description():
    # "... 13일부터 18일까지 본회의 대정부질의를 벌인후 상임위활동에 들어간다.": 벌인 후 says when, it describes no 후
    found = sentence_events("c121", "대정부질의를 벌인후")
    assert dated(found, "대정부질의") == [date(1989, 10, 13)]


def test_the_day_a_series_starts_dates_its_first_happening():
    # "한국은행은 금리를 조정하는 금융통화위원회를 내년 1월18일을 시작으로 총 8회 개최한다고 30일 밝혔다."
    found = sentence_events("c150", "1월18일을 시작으로")
    assert [(e.title, e.start) for e in found if not e.on_publication_day] == [("금융통화위원회 개최", date(2018, 1, 18))]


def test_steps_listed_in_the_order_they_run_are_each_a_happening():
    # "7급 공채는 내년 7월 14∼17일 원서접수, 8월 17일 필기시험, 10월 19∼23일 면접시험, 11월 1일 최종합격자
    # 발표순으로 진행된다": `...순으로` says each listed noun is a step of its own, not one happening over the days
    found = sentence_events("c465", "7급 공채는 내년")
    assert dated(found, "필기시험") == [date(2019, 8, 17)]
    assert dated(found, "면접시험") == [date(2019, 10, 19)]
    assert dated(found, "최종합격자") == [date(2019, 11, 1)]


def test_a_gapped_member_may_name_its_place_before_the_comma():
    # "god는 12월 16∼20일 서울 송파구 올림픽공원 체조경기장, 이승환은 같은 달 18∼19일 서울 송파구 잠실실내체육관에서
    # 공연한다": each subject with its own days and place, the verb told once after the last
    found = sentence_events("c477", "god는 12월")
    assert dated(found, "god") == [date(2015, 12, 16)]
    assert dated(found, "이승환") == [date(2015, 12, 18)]
    # the first member's title keeps to its subject and the shared verb, not the last member's place
    assert not any("잠실" in e.title for e in found if "god" in e.title)


def test_a_note_in_brackets_after_a_date_leaves_its_copula_clause_whole():
    # "수시 미등록 충원합격자 발표 기간은 오는 15~19일(발표마감 19일 오후 9시)이며 등록 기간은 15~20일(등록마감 20일
    # 오후 4시)이다": each window is its topic's, dated by its start; the deadline in brackets is a note on it
    found = sentence_events("c478", "수시 미등록 충원합격자 발표 기간은")
    assert sorted((e.title, e.start) for e in found) == [("등록", date(2011, 12, 15)),
                                                          ("수시 미등록 충원합격자 발표", date(2011, 12, 15))]


def test_a_noun_said_to_be_there_on_its_date_takes_place():
    # "5급 행정직·기술직 공채와 외교관후보자시험은 내년 2월 10∼12일 원서접수가 있으며, 3월 9일 1차 필기시험(선택형)이
    # 실시된다": the application window is there on its days (있다 with its subject right after the date)
    found = sentence_events("c465", "5급 행정직·기술직 공채와")
    assert dated(found, "원서접수") == [date(2019, 2, 10)]
    assert dated(found, "필기시험") == [date(2019, 3, 9)]


def test_a_day_before_a_clause_saying_its_goal_takes_place_dates_that_goal():
    # "4월 8일 실시하는 고등학교 졸업학력 검정고시에 지원한 수험생도 응시할 수 있다": the day is the exam's, told in the
    # adnominal clause (실시하는), though the sentence's own verb is only a possibility
    found = sentence_events("c471", "4월 8일 실시하는")
    assert [(e.title, e.start) for e in found] == [("고등학교 졸업학력 검정고시 실시", date(2017, 4, 8))]


def test_two_days_of_a_month_two_weeks_apart_are_two_sessions():
    # "안건처리를 위한 본회의는 4월 13일과 27일에 열린다": a session on each day; near days (`3월 15일과 17~18일`) stay
    # one happening told over several
    found = sentence_events("c473", "안건처리를 위한 본회의는")
    assert dated(found, "본회의") == [date(2023, 4, 13), date(2023, 4, 27)]


def _members(found) -> set[tuple[str, date | None]]:
    return {(e.title, e.start) for e in found}


def test_a_list_of_days_each_with_its_noun_phrase_closed_by_one_predicate():
    # "… 21일 태백장사(80kg 이하) 결정전, 22일 금강장사(90kg 이하) 결정전, … 26일 천하장사 결정전이 열린다": every
    # day names its own bout, not only the last one before 열린다
    found = _members(sentence_events("c542", "21일 태백장사"))
    for title, day in (("태백장사 결정전", 21), ("금강장사 결정전", 22), ("한라장사 결정전", 23), ("천하장사 결정전", 26)):
        assert (title, date(2017, 11, day)) in found


def test_bulleted_members_dated_in_brackets():
    # "△APEC 기업인자문위원회(ABAC) 회의(4~6일) △외교 및 통상 장관 회의(5~6일) △최고경영자(CEO) 회의(7~8일) …가
    # 이어진다": each bullet a meeting from the first day of its bracket
    found = _members(sentence_events("c550", "ABAC"))
    assert ("APEC 기업인자문위원회(ABAC) 회의", date(2012, 9, 4)) in found
    assert ("외교 및 통상 장관 회의", date(2012, 9, 5)) in found
    assert ("최고경영자(CEO) 회의", date(2012, 9, 7)) in found


def test_bulleted_members_share_the_period_told_before_them():
    # "12월에 ▲5호선 강서구간(…)과 ▲5호선 거여구간(…)을 개통하고 내년 상반기에 ▲5호선 영등포구간(…)과 … ▲8호선
    # 성남구간(…)을 개통시킬 예정이다": two lists, each member opened in its list's period
    found = [e for e in sentence_events("c539", "거여구간") if e.title.endswith("개통")]
    opened = {e.title: (e.start, e.precision) for e in found}
    assert opened["5호선 강서구간 개통"] == opened["5호선 거여구간 개통"] == (date(1995, 12, 1), "month")
    for line in ("5호선 영등포구간 개통", "5호선 도심구간 개통", "7호선 강북구간 개통", "8호선 성남구간 개통"):
        assert opened[line] == (date(1996, 1, 1), "half")


def test_bare_names_share_the_head_of_the_member_that_names_the_happening():
    # "오는 18일 대구시당, 22일 인천시당과 충북도당 창당대회를 해서": two conventions on the 22nd, not one
    found = _members(sentence_events("c531", "인천시당과"))
    assert ("대구시당 창당대회", date(2020, 2, 18)) in found
    assert ("인천시당 창당대회", date(2020, 2, 22)) in found
    assert ("충북도당 창당대회", date(2020, 2, 22)) in found


def test_a_list_of_counts_by_year_is_no_list_of_happenings():
    # "2007년 125만 명, 2008년 130만 명, 2009년 105만 명, 2010년 133만 명이 찾았다": tallies, no member names a happening
    assert not [e for e in sentence_events("c406", "2007년 125만 명") if "만 명" in e.title and e.precision == "year"
                and e.start is not None and e.start.year == 2008]


def test_gapped_topics_with_their_day_in_the_locative_and_names_listed_inside():
    # c573: "감우성, 김수로 주연의 액션영화 <쏜다>는 3월15일에, 박용우, 남궁민 주연의 스릴러 <뷰티풀 썬데이>는 3월29일에
    # 개봉한다": each film opens on its own day, the actors' commas inside its member
    found = sentence_events("c573", "<쏜다>는 3월15일에")
    assert dated(found, "<쏜다>") == [date(2007, 3, 15)]
    assert dated(found, "<뷰티풀 썬데이>") == [date(2007, 3, 29)]


def test_a_gapped_doer_joined_by_a_coordinator_is_one_member():
    # c95: "서울지역 무주택자 우선공급 청약은 4일, 서울지역 1순위자와 인천·경기도 무주택자는 5일, 인천·경기도 1순위자는
    # 6일 청약해야 한다"
    found = sentence_events("c95", "서울지역 1순위자와")
    assert _members(found) >= {("서울지역 1순위자와 인천·경기도 무주택자 청약", date(2002, 12, 5)),
                               ("인천·경기도 1순위자 청약", date(2002, 12, 6))}


def test_the_topic_before_gapped_doers_names_what_each_does():
    # c527: "… 가상종료는 경북 울진군이 8월 초,전남 강진군은 9월 초,충북 단양군은 10월 초에 각각 실시된다"
    found = _members(sentence_events("c527", "가상종료는 경북 울진군이"))
    assert ("전남 강진군 가상종료 실시", date(2010, 9, 1)) in found
    assert ("충북 단양군 가상종료 실시", date(2010, 10, 1)) in found


def test_date_first_members_with_names_listed_inside_and_titles_in_marks():
    # c573: "… 5월10일에는 정진영, 최우혁 주연의 가족영화 <번트>, 5월24일에는 백윤식, 이문식 주연의 좌충우돌 코미디
    # <성난 펭귄>, … 6월21일에는 <특별시 사람들>이 바통을 이어받는다" (Kiwi reads 성난 as a verb)
    found = sentence_events("c573", "<성난 펭귄>")
    assert dated(found, "<번트>") == [date(2007, 5, 10)]
    assert dated(found, "<성난 펭귄>") == [date(2007, 5, 24)]
    assert dated(found, "<열한번째 엄마>") == [date(2007, 6, 6)]
    assert not [e for e in found if "사람들>이" in e.title and "<특별시" not in e.title]


def test_names_a_comma_joins_inside_one_bullet_are_one_member():
    # civic news c1208 (19 February 2021): "시·도별 원서접수 일정은 △ 3월 15일~16일 경기, 인천, 대전, 세종, 충북, 충남
    # △3월16일~17일 부산, …": the bullets part the members; six regions under one bullet are one day's member, not six
    a = ARTICLE_TEXT["c1208"]
    [paragraph] = [p for p in a["paragraphs"] if "시·도별 원서접수 일정은" in p]
    sentences = [(s.text, s.tokens) for s in split_sentences(paragraph) if "시·도별" in s.text]
    on_15 = [e for e in rules_read([sentences], date.fromisoformat(a["published"])) if e.start == date(2021, 3, 15)]
    assert len(on_15) == 1 and all(region in on_15[0].title for region in ("경기", "인천", "충남"))


def test_a_routes_name_keeps_its_two_ends_and_its_length_in_brackets():
    # "한편 영동고속도로 호법∼가남(15㎞) 구간은 오는 9월 개통되고,경부고속도로 구미∼동대구(61㎞)와 구마고속도로
    # 금호∼서대구(3㎞)는 각각 12월 개통된다.": the title was `구간 개통`, the route cut at its tilde and its unit sign
    found = sentence_events("c1254", "호법∼가남(15㎞) 구간은")
    assert [e.title for e in found if e.start == date(2003, 9, 1)] == ["영동고속도로 호법∼가남(15㎞) 구간 개통"]
    assert any("금호∼서대구" in e.title for e in found if e.start == date(2003, 12, 1))


def test_opening_doors_is_the_subjects_opening_whichever_clause_names_it():
    # c1245: "지난해 2월 보수공사에 들어가면서 임시휴관했던 국립경주박물관 본관이 공사를 끝내고 오는 18일 다시 문을 연다."
    found = sentence_events("c1245", "다시 문을 연다")
    assert [e.title for e in found if e.start == date(1993, 5, 18)] == ["국립경주박물관 본관 개관"]
    # c1288: "… 수정초는 평거동으로, … 문산중은 문산읍 소문리로 옮겨 1일 문을 연다."
    found = sentence_events("c1288", "소문리로 옮겨 1일 문을 연다")
    assert [e.title for e in found if e.start == date(2016, 3, 1)] == ["문산중 개교"]


def test_a_day_dating_an_issue_of_a_paper_is_no_happening():
    # c1158: "12일자 조.석간 7개 경제지에서도 확인이 가능하다." (read whole once the dotted 조.석간 no longer ends it)
    assert sentence_events("c1158", "12일자 조.석간") == []


def test_ordinal_days_listed_in_order_are_each_a_day_of_the_event():
    # c1289 (27 November 2018; the championship runs from the 29th): "둘째 날 초등부 단체전, 셋째 날 대학부 예선, 넷째 날
    # 대학부 결선 순으로 경기가 진행돼 …"
    found = article_events("c1289")
    assert dated(found, "초등부 단체전") == [date(2018, 11, 30)]
    assert dated(found, "대학부 예선") == [date(2018, 12, 1)]
    assert date(2018, 12, 2) in dated(found, "대학부 결선")


def test_doers_joined_under_one_date_each_hold_their_own():
    # c1330: "21일에는 대한항공, LG유플러스, LG이노텍, 대신증권, 롯데정밀화학 등의 주총이 열린다."
    found = sentence_events("c1330", "21일에는 대한항공")
    assert sorted(e.title.split()[0] for e in found if e.start == date(2024, 3, 21)) == sorted(
        ["대한항공", "LG유플러스", "LG이노텍", "대신증권", "롯데정밀화학"])
    # c417: "이어 25일에는 LG화학과 LG생활건강, 삼성SDI, 제일모직, 조흥은행이 일제히 실적을 발표한다."
    found = sentence_events("c417", "LG화학과 LG생활건강")
    assert {e.title for e in found if e.start == date(2002, 7, 25)} >= {"LG생활건강 실적 발표", "조흥은행 실적 발표"}
    # c1314: "서남대와 호원대도 23일 학위수여식을 갖고, 각각 620명과 906명에게 학사학위 등을 수여한다." (two, and each)
    found = sentence_events("c1314", "서남대와 호원대도")
    assert sorted(e.title.split()[0] for e in found if e.start == date(2005, 2, 23)) == ["서남대", "호원대"]
    # c1383: "19일에는 '제약·유통 세미나', '식약청 세미나', '약의날 기념식', '자선음악회'가 롯데호텔에서 일괄적으로 열리며, …":
    # quoted names, each a happening that the verb of taking place says is held
    found = article_events("c1383")
    assert {"'식약청 세미나' 개최", "'자선음악회' 개최"} <= {e.title for e in found if e.start == date(2008, 11, 19)}


def test_performers_listed_for_one_stage_make_up_one_show():
    # c1556: "8월 10일에는 브브걸, 폴킴, 볼빨간사춘기, 멜로망스, 에이핑크의 공연이 예정되어 있고, …": the acts of one stage's
    # night, not five happenings
    found = sentence_events("c1556", "8월 10일에는 브브걸")
    assert len([e for e in found if e.start == date(2025, 8, 10)]) == 1
    # c1232: a market, a festival and a singer's stage joined under one verb stay a happening each
    found = [e for e in article_events("c1232") if e.start == date(2019, 9, 23)]
    assert any("황인욱" in e.title for e in found) and any("야시장" in e.title for e in found)


def test_a_dash_inside_a_quoted_name_is_no_fixture():
    # c1554: "방탄소년단은 \"오는 3월 10일과 12~13일 서울 잠실종합운동장 주경기장에서 'BTS 퍼미션 투 댄스 온 스테이지-서울(BTS
    # PERMISSION TO DANCE ON STAGE-SEOUL)'을 개최한다\"고 16일 밝혔다.": a concert's name, not two matches
    found = sentence_events("c1554", "BTS 퍼미션")
    assert not [e for e in found if e.title.endswith("경기")]


def test_a_step_of_a_visitors_day_is_read_past_a_clause_naming_its_host():
    # c1557: "5일에는 사마르칸트를 방문하고 김병화농장을 시찰한뒤 타시켄트주지사가 주최하는 고려인만찬에 참석, 교민들을 격려할
    # 예정이다.": the governor is the dinner's host, not a doer of a step of his own; the dinner is the day's third step
    found = sentence_events("c1557", "5일에는 사마르칸트를")
    assert any("고려인만찬" in e.title for e in found if e.start == date(1994, 6, 5))


def test_many_places_of_one_happening_stay_one():
    # c678: "또 삼양, 김녕, 신양, 표선, 중문, 화순해수욕장은 7월 1일 개장해 8월 31일까지 운영된다." (one noun ends the list)
    assert len([e for e in sentence_events("c678", "삼양, 김녕") if e.start == date(2019, 7, 1)]) <= 1
    # c35: "… 남한권 울릉군수, 남건 울릉부군수, 각 실·단장, 주재기자, 관계자 등이 참석해 …": attendees of one meeting
    assert [e.title for e in sentence_events("c35", "이날 간담회에는")] == ["이날 간담회 참석"]


def test_a_visitors_day_gives_each_step_of_its_itinerary():
    # c1411 (a state visit's programme): "셋째날인 15일 오전에는 북경대학에서 연설을 한 뒤 장더장 전인대 상무위원장, 리커창 총리를
    # 면담하고 충칭으로 이동합니다." and the 14th's "… 개막식에 참석하고, 오후에는 시진핑 주석과 정상회담을 갖고 …"
    found = article_events("c1411")
    assert dated(found, "면담") == [date(2017, 12, 15)]
    assert dated(found, "정상회담") == [date(2017, 12, 14)]


def test_a_gapped_members_two_doers_each_hold_their_own():
    # c1334 (January 1994): "이어 12일에는 재무부와 건설부, 13일 보사부와 노동부, … 업무보고가 예정돼있다"
    found = sentence_events("c1334", "이어 12일에는 재무부와 건설부")
    assert dated(found, "건설부") == [date(1994, 1, 12)]
    assert dated(found, "노동부") == [date(1994, 1, 13)]
    # c702: "… 강원영동과 영남지역은 같은 날 밤에 대부분 그칠 전망이다": places the rain leaves, no doers
    assert not [e for e in sentence_events("c702", "강원영동과 영남지역은") if e.title.startswith("강원영동 ")]


def test_the_matches_a_day_lists_are_each_a_match():
    # c1039: "한국야구위원회(KBO)는 새달 8일 대구(삼성-롯데), 잠실(두산-LG), 문학(SK-현대), 대전(한화-기아)구장에서 열리는 2006
    # 프로야구 개막전 시작 시간을 오후 4시로 확정했다."
    found = sentence_events("c1039", "새달 8일 대구(삼성-롯데)")
    assert {"삼성-롯데(대구)", "두산-LG(잠실)", "SK-현대(문학)", "한화-기아(대전)"} <= {
        e.title for e in found if e.start == date(2006, 4, 8)}
    # c1094: "첫날 성화는 상암DMC에서 출발해 신촌-동대문역사문화공원-용산전쟁기념관-서울역을 거친다.": a route's stops, no
    # match, whichever day "첫날" is (here the relay's first in Seoul, 13 January 2018)
    from digest.text.event_members import fixtures
    from digest.text.timex import TimeExpr
    route = "첫날 성화는 상암DMC에서 출발해 신촌-동대문역사문화공원-용산전쟁기념관-서울역을 거친다."
    day = TimeExpr("첫날", 0, 2, date(2018, 1, 13), date(2018, 1, 13), "day", "future", None)
    assert fixtures(route, day, len(route)) == []


def test_a_schedule_told_as_set_in_the_passive_keeps_its_days_ahead():
    # "3월에도 현대차(12일)를 비롯해 삼성SDI(19일), … 73개사의 주총 일정이 확정됐다" (11 February 2010): the days are
    # the meetings', in March, though the deciding is told in the past
    found = sentence_events("c1033", "3월에도 현대차(12일)")
    assert dated(found, "현대차") == [date(2010, 3, 12)]
    assert dated(found, "KB금융지주") == [date(2010, 3, 26)]


def test_days_told_right_after_the_schedule_they_make_up_are_ahead():
    # "… 합의사항을 통해 정기국회 일정으로 9월 1일 개회식과 본회의, 2일과 3일 교섭단체 대표연설 … 단서 조항을 달았다"
    # (20 August 2015): the closing past is the agreeing, not the session's days
    found = sentence_events("c1029", "정기국회 일정으로 9월 1일")
    assert dated(found, "개회식") == [date(2015, 9, 1)]
    assert dated(found, "본회의") == [date(2015, 9, 1)]


def test_a_day_word_glossed_by_its_day_is_that_day_not_the_last_one_told():
    # "입장권은 오는 7일 오후 2시부터 … 신청이 가능하다. 행사 당일(11일) 낮 12시부터 … 입장권을 배포할 예정이다"
    found = article_events("c919")
    handed_out = [e for e in found if "본인 확인" in e.title or "배포" in e.title]
    assert [e.start for e in handed_out] == [date(2017, 9, 11)]


def test_listed_names_each_dated_by_its_note_of_place_and_day():
    # "… 하와이안 페스티벌(부산 해운대ㆍ6월 3일) 전국노래자랑(부산 송도ㆍ6월 6일) … 공군 에어쇼(강원 경포ㆍ8월 12일) 등
    # 다채로운 행사도 열린다" (31 May 2017): each name is dated by its own note, not by the member before it
    found = sentence_events("c1093", "하와이안 페스티벌(")
    assert dated(found, "하와이안 페스티벌") == [date(2017, 6, 3)]
    assert dated(found, "전국노래자랑") == [date(2017, 6, 6)]
    assert dated(found, "에어쇼") == [date(2017, 8, 12)]


def test_programmes_noted_with_their_day_and_hour_in_brackets():
    # KBS's and MBC's holiday programmes (19 September 2010): "'청산도'(22일 밤 10시)와 '엄마와 딸'(23일 저녁 7시35분)",
    # "'전국노래자랑 30년 인기상 총집합'(1TV, 21일 낮 12시 10분), '김병만의 달인쇼'(2TV, 21일 밤 8시 35분)도 눈에 띈다"
    found = article_events("c887")
    assert dated(found, "청산도") == [date(2010, 9, 22)]
    assert dated(found, "엄마와 딸") == [date(2010, 9, 23)]
    [national] = [e for e in found if "전국노래자랑" in e.title]
    assert national.start == date(2010, 9, 21) and "달인쇼" not in national.title


def test_a_topic_held_on_listed_dotted_days_with_weekdays():
    # "통화정책방향 결정회의는 1.15(금), 2.25(목), …, 10.12(화), 11.26(목) 등 8차례 열린다" (12 November 2020): each
    # day is a meeting of the topic; the last day's weekday is not the others', and its day is next year's too
    found = article_events("c1099")
    meetings = dated(found, "통화정책방향 결정회의")
    assert date(2021, 2, 25) in meetings and date(2021, 10, 12) in meetings
    assert not any(d.year == 2023 for d in meetings)
    assert date(2021, 11, 26) in meetings and date(2020, 11, 26) not in meetings  # the list's order, not this year's


def test_a_local_time_note_and_an_abbreviation_inside_the_noun_a_day_describes():
    # "아울러 5일(현지시간) 공개될 미국 연방공개시장위원회(FOMC) 회의록과 7일 발표되는 미국 6월 고용보고서에 따라 …"
    found = sentence_events("c523", "5일(현지시간) 공개될")
    assert [(e.start, e.title) for e in found if e.start == date(2023, 7, 5)] == [
        (date(2023, 7, 5), "미국 연방공개시장위원회(FOMC) 회의록")]


def test_a_timetables_lines_each_date_what_they_name():
    # 민자당's order of business (12 November 1990): "<>23일 = 대정부질문", "<>24일-30일 = 국정감사", each line a day
    # and what happens then, with no predicate
    found = article_events("c1457")
    assert dated(found, "대정부질문") == [date(1990, 11, 23)]
    assert dated(found, "국정감사") == [date(1990, 11, 24)]


def test_a_headings_line_is_no_timetables_line():
    # "◇ 1월 5일 월요일" (c524) heads a paragraph that tells what happens that day: the weekday is no happening
    assert not any(e.title == "월요일" for e in article_events("c524"))


def test_a_timetables_line_with_its_hour_and_two_happenings():
    # "<> 10일 하오 2시 = 개회식 및 본회의(회기결정, 국감시기변경, 국감대상 기관승인의 건 처리)" (2 September 1991)
    found = article_events("c1215")
    assert date(1991, 9, 10) in dated(found, "개회식")


def test_bulleted_days_of_a_tour_are_each_a_stop_of_their_own():
    # Joongdo Ilbo, 15 November 2024: "이번 순회 검진은 ▲22일 광천보건지소를 시작으로 ▲25일 홍북보건지소 ▲26일 금마보건지소
    # … ▲12월 2일 서부보건지소 ▲3일 은하보건지소 … ▲6일 갈산보건지소 순으로 진행된다": not one tour told by its first day
    found = sentence_events("c714", "이번 순회 검진은")
    assert dated(found, "홍북보건지소") == [date(2024, 11, 25)]
    assert dated(found, "은하보건지소") == [date(2024, 12, 3)]
    assert len({e.start for e in found}) == 11
    assert dated(found, "광천보건지소") == [date(2024, 11, 22)]  # the first stop, "…를 시작으로", is one too
    assert [e.title for e in found if e.start == date(2024, 12, 6)] == ["갈산보건지소 이번 순회 검진 진행"]


def test_years_inside_names_date_no_member_of_a_list():
    # jgnews.co.kr, 23 January 2019: the June session's agenda, "2018회계연도 세입세출예산안, 2018 회계년도 예비비 지출
    # 승인안, 2019년도 제1회 추가경정예산안, 행정사무감사, …": the accounts' years name them, no day of their own
    found = sentence_events("c1512", "2018회계연도 세입세출예산안")
    assert [e.title for e in found if e.precision == "year"] == []


def test_a_day_of_another_topic_after_a_background_clause_keeps_its_own_month():
    # Dong-A Ilbo, 17 November 1997: "… 백화점들이 다음달 3일부터 7일까지 올해 마지막 세일을 실시키로 한 가운데 … 일부 백화점
    # 입점업체들은 25일부터 자체 브랜드 세일에 들어간다": the brands' sale starts this month, as the lead says (이달 25일부터)
    found = sentence_events("c1502", "입점업체들은 25일부터")
    assert dated(found, "자체 브랜드 세일") == [date(1997, 11, 25)]


def test_names_with_no_note_of_their_own_go_with_the_next_note():
    # News Tomato, 6 March 2016: "골든브릿지제2호기업인수목적(9일), 골든브릿지제3호기업인수목적·삼현철강(017480)·KNN(058400),
    # KTB기업인수목적3호(10일)가 주총을 연다": the companies before KTB's note, after 9일's, meet on the 10th with it
    found = sentence_events("c1082", "KTB기업인수목적3호(10일)")
    assert dated(found, "삼현철강") == [date(2016, 3, 10)]
    assert dated(found, "골든브릿지제2호기업인수목적") == [date(2016, 3, 9)]


def test_timetable_lines_under_a_ditto_mark_keep_the_month_above():
    # Maeil Shinmun, 27 November 1997: "△1월24일: 대 덴마크", "△ 〃 26일: 대 태국", "△ 〃 28일: 대 이집트",
    # "△ 〃 31일: 결승 및 3~4위전": 〃 repeats January; the 28th is no day of the month of publication
    found = article_events("c519")
    assert dated(found, "덴마크") == [date(1998, 1, 24)]
    assert dated(found, "이집트") == [date(1998, 1, 28)]
    assert dated(found, "3~4위전") == [date(1998, 1, 31)]

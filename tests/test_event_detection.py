"""Which dated clauses are events, read from the grammar of real dev sentences (bench/data/civic_news, dev split
only): a release (`나온다`), a planned existence (`있을 예정`), a list member named by a title in quotes; and what is
not one (a release told as done, `나온 바 있다`)."""

from __future__ import annotations

from datetime import date

from digest.text.event_grammar import limit_after, measures_a_period, routine_weekday, states_a_figure
from tests.civic_dev import rules_read
from tests.test_events_civic import ARTICLE_TEXT, sentence_events


def planned_days(found, word: str) -> list[date | None]:
    return [e.start for e in found if word in e.title and e.kind == "planned"]


def test_what_comes_out_on_a_day_is_released_then():
    # "21일 오전 중 1차 소집명단이 나온다." (18 October 2022)
    assert planned_days(sentence_events("c166", "1차 소집명단이 나온다"), "소집명단") == [date(2022, 10, 21)]
    # "지역경제보고서(3월호)는 27일 나온다.": the topic is what comes out
    assert planned_days(sentence_events("c111", "27일 나온다"), "보고서") == [date(2019, 3, 27)]


def test_a_release_told_as_done_is_no_event():
    # "선고 공판 날짜는 아직 나오지 않았으나, 최근 법관 인사이동 명령이 24일자로 나온 바 있다."
    assert not [e for e in sentence_events("c39", "24일자로 나온 바 있다") if "명령" in e.title]


def test_a_noun_said_to_be_there_as_planned_takes_place():
    # "8일과 9일에는 각각 오전 10시에 민주당, 국민의힘 교섭단체 대표연설이 있을 예정이다." (a July schedule)
    found = sentence_events("c199", "대표연설이 있을 예정이다")
    assert [d.day for d in planned_days(found, "대표연설")] == [8, 9]


def test_a_list_member_named_by_a_quoted_title_reads_the_shared_verb():
    # "... 15일에는 ‘아름다운 그대에게’가, 18일에는 새 주말극 ‘다섯손가락’이 각각 첫 방송된다."
    found = sentence_events("c181", "각각 첫 방송된다")
    assert planned_days(found, "아름다운 그대에게") == [date(2012, 8, 15)]
    assert date(2012, 8, 18) in planned_days(found, "다섯손가락")


def test_a_day_in_a_name_dates_the_happening_it_names():
    # "국민의힘이 18일 6·11 전당대회 첫 합동연설회 장소로 호남을 택했다." (18 May 2021)
    assert planned_days(sentence_events("c155", "6·11 전당대회 첫 합동연설회"), "전당대회") == [date(2021, 6, 11)]
    # "... 국민의힘 3·8 전당대회를 위한 전국 합동 연설회가 13일 제주에서 열렸다." (13 February 2023)
    assert planned_days(sentence_events("c154", "3·8 전당대회를 위한"), "전당대회") == [date(2023, 3, 8)]


def test_a_day_in_the_name_of_something_past_dates_nothing():
    # "12·3 비상계엄 사태 1년을 앞두고 ...": an anniversary; "... 10·30 재보선이 5.45%의 사전 투표율을 기록했다": a figure
    assert not [e for e in sentence_events("c69", "12·3 비상계엄 사태 1년을") if "비상계엄" in e.title]
    assert not [e for e in sentence_events("c17", "10·30 재보선이") if "재보선" in e.title]


def test_a_bare_part_of_the_week_in_a_timetable_dates_nothing():
    # "... 이용객이 집중되는 금요일 저녁시간대 서울~부산 간 하행선 열차가 1회 신설된다.": a kind of day, described
    assert sentence_events("c186", "이용객이 집중되는 금요일 저녁시간대 서울~부산") == []
    # "... 시청 대회의실이 평일 9시부터 저녁 9시까지, 주말 10시부터 저녁 9시까지 무료로 개방된다.": opening hours
    assert sentence_events("c210", "대회의실이 평일 9시부터 저녁 9시까지") == []
    # "주중에는 ... 조정하고, 주말에는 주중과는 다르게 ... 낮 시간대에 운행한다.": weekdays set against the weekend
    assert sentence_events("c187", "주말에는 주중과는") == []


def test_a_part_of_the_week_with_its_day_named_is_a_date():
    # "첫 부처인 기획재정부는 수요일(21일) 비상경제민생회의를 겸해 업무보고를 하며, ..." (18 December 2022)
    assert date(2022, 12, 21) in [e.start for e in sentence_events("c198", "수요일(21일)")]


def test_from_a_month_on_is_a_start_not_a_cut_off():
    # "... 월요일 휴관제를 3월 이후부터 폐지해 ...": `이후부터` starts the change as `부터` does
    sentence = next(s for p in ARTICLE_TEXT["c207"]["paragraphs"] for s in [p] if "이후부터" in s)
    assert limit_after(sentence, sentence.index("3월") + 2) is None
    assert limit_after(sentence.replace("이후부터", "이후"), sentence.index("3월") + 2) == "이후"


def test_a_span_in_brackets_dates_the_noun_before_it_not_a_stop_of_the_day_before():
    # "대전 동구의회는 10일 제282회 임시회 의사일정(오는 16 ~ 25일)을 확정했다고 밝혔다."
    found = sentence_events("c209", "의사일정(오는 16 ~ 25일)")
    assert planned_days(found, "임시회") == [date(2024, 10, 16)]


def test_days_each_with_a_happening_told_as_a_noun_are_events():
    # "이를위해 오는 23일 모바일 투표 및 24일 전국 투표소 현장투표와 27일 전당대회장에서 진행되는 ... 합산해 결정된다."
    found = sentence_events("c172", "오는 23일 모바일 투표 및")
    assert planned_days(found, "모바일 투표") == [date(2019, 2, 23)]
    assert planned_days(found, "현장투표") == [date(2019, 2, 24)]
    # "곧바로 24일 2차 상법 개정안의 상정, 필리버스터 돌입, 25일 ...": the verbs dropped, news style
    assert planned_days(sentence_events("c196", "곧바로 24일"), "상정") == [date(2025, 8, 24)]


def test_days_each_with_a_name_are_not_nominal_happenings():
    # "당 대표 토론회 일정은 ▲15일 TV조선 ▲20일 MBN ...": the channels are members of the timetable, not happenings
    titles = [e.title for e in sentence_events("c154", "당 대표 토론회 일정은")]
    assert titles and all("토론회" in t for t in titles)


def test_counted_topics_each_with_a_day_are_not_one_schedule():
    # "75세 이상은 이날부터, 70~74세는 20일, 65~69세는 22일부터 ... 접종을 받을 수 있다." (15 October 2025)
    found = sentence_events("c183", "70~74세는 20일")
    assert planned_days(found, "70~74세") == [date(2025, 10, 20)]
    assert planned_days(found, "65~69세") == [date(2025, 10, 22)]


def test_a_day_restated_in_brackets_is_one_date_reading_the_clause_after():
    # "내일(2일) 개막식은 ... 야외무대에서 펼쳐집니다." (1 October 2008): not an event called 내일
    found = sentence_events("c149", "내일(2일) 개막식은")
    assert [e.start for e in found] == [date(2008, 10, 2)]
    assert all("내일" not in e.title for e in found)


def test_a_topic_fixed_on_a_date_names_the_happening():
    # "국정감사 기간은 다음 달 10일부터 27일까지로 정해졌다." (3 September 2023): the audit is held from the 10th
    assert planned_days(sentence_events("c194", "국정감사 기간은"), "국정감사") == [date(2023, 10, 10)]


def test_the_same_month_is_read_beside_a_year_inside_a_name():
    # "국정감사 기간은 다음 달 10일부터 27일까지로 정해졌다. 내년도 예산안 ... 정부 시정연설은 같은 달 31일 본회의서
    # 진행된다.": 내년도 is part of the budget's name; 같은 달 is October
    from tests.test_events_schedules import paragraph_events

    found = paragraph_events("c194", "같은 달 31일")
    assert planned_days(found, "시정연설") == [date(2023, 10, 31)]


def test_a_member_delimited_by_bullets_keeps_its_commas():
    # "주요 일정은 △16일 제1차 본회의, 행정사무감사특별위원회(위원장, 부위원장 선출) △17일 제1차 상임위원회, ..."
    found = sentence_events("c209", "주요 일정은")
    assert planned_days(found, "제1차 본회의") == [date(2024, 10, 16)]
    assert planned_days(found, "제1차 상임위원회") == [date(2024, 10, 17)]


def test_gapped_members_with_their_length_or_a_list_closed_by_deung_each_read_the_shared_verb():
    # "모니터랩은 5월 3일부터 이틀간, 기가비스는 9일부터 이틀간 기관 대상 수요예측을 시행한다." (30 April 2023)
    found = sentence_events("c221", "모니터랩은 5월 3일부터 이틀간")
    assert planned_days(found, "모니터랩") == [date(2023, 5, 3)]
    assert planned_days(found, "기가비스") == [date(2023, 5, 9)]
    assert not [e for e in found if "이틀간" in e.title]  # the length is not part of what happens
    # "... 서울대는 11일부터 14일까지, 고려대, 건국대, … 한양대 등 대부분 주요 대학들이 12일부터 15일까지
    # 원서접수를 한다." (5 September 2014)
    found = sentence_events("c223", "서울대는 11일부터 14일까지")
    assert planned_days(found, "서울대") == [date(2014, 9, 11)]
    assert planned_days(found, "주요 대학들") == [date(2014, 9, 12)]


def test_a_counted_subject_that_does_something_named_by_its_object_is_no_tally():
    # "오는 12∼17일에는 제이엠피 등 5개사가 청약을 받을 예정이다." (2 November 2001): companies counted, one happening
    assert planned_days(sentence_events("c169", "5개사가 청약을 받을 예정"), "청약") == [date(2001, 11, 12)]


def test_a_month_naming_which_companies_leaves_the_day_to_the_happening():
    # "... 3월 21부터 3월 25일까지 12월 결산 상장법인 1975개사 중 937개사가 정기주주총회를 연다고 20일 밝혔다."
    # (20 March 2016): 12월 결산 says whose year ends in December; the meetings are the week's
    assert planned_days(sentence_events("c176", "1975개사 중 937개사가"), "주주총회") == [date(2016, 3, 21)]


def test_dotted_days_a_week_or_more_apart_are_each_a_happening():
    # "여야는 아울러 11월 9·23·30일, 12월 1·8일에도 본회의를 열기로 합의했다." (3 September 2023)
    found = sentence_events("c194", "11월 9·23·30일")
    assert planned_days(found, "본회의") == [date(2023, 11, d) for d in (9, 23, 30)] + [date(2023, 12, d) for d in (1, 8)]
    # "... 정보위원회가 다음달 4·5·6일 국감을 열 계획이다." (21 October 2019): days next to each other are one happening, told over three
    assert [e.start for e in sentence_events("c117", "다음달 4·5·6일 국감") if "정보위원회" in e.title] \
        == [date(2019, 11, 4)]


def test_what_a_day_is_fixed_for_happens_that_day():
    # "세븐틴은 오는 16일 세 번째 정규앨범으로 컴백을 확정 지었다." (31 August 2019): the object of 확정 짓다 is what
    # the day is fixed for
    assert planned_days(sentence_events("c235", "컴백을 확정 지었다"), "컴백") == [date(2019, 9, 16)]
    # "... 12월 7일부터는 에어 부산이 부산↔중국 싼야 노선에 주 4회 각각 신규취항을 예정하고 있다." (15 November 2016)
    assert date(2016, 12, 7) in planned_days(sentence_events("c244", "에어 부산이 부산↔중국 싼야"), "취항")


def test_a_schedule_fixed_on_a_past_day_is_not_held_that_day():
    # "강원 양구군은 지난 17일 ... 주요 축제의 일정을 확정됐다고 19일 밝혔다." (19 January 2020): the 17th is when
    # the dates were fixed, not a happening the dates were fixed for
    assert not [e for e in sentence_events("c214", "일정을 확정됐다") if e.start == date(2020, 1, 17) and e.kind == "planned"]


def test_dates_each_followed_by_their_own_subject_share_the_last_predicate():
    # "일자별로 살펴보면 12월 1일부터 진에어가 부산↔기타큐슈 노선에 주 7회, 대만 부흥항공이 … 주 5회, 12월 7일부터는
    # 에어 부산이 부산↔중국 싼야 노선에 주 4회 각각 신규취항을 예정하고 있다." (15 November 2016)
    found = sentence_events("c244", "진에어가 부산↔기타큐슈")
    assert planned_days(found, "진에어") == [date(2016, 12, 1)]
    assert [e.title for e in found if "진에어" in e.title] == ["진에어 신규취항"]


def test_a_verb_in_a_clause_dated_ahead_is_what_happens_that_day():
    # "베리굿은 오는 5일 … 컴백하고, 6일에는 슈퍼주니어 선공개곡과 트레저의 세 번째 싱글앨범이 나선다." (30 October 2020)
    assert planned_days(sentence_events("c233", "싱글앨범이 나선다"), "슈퍼주니어") == [date(2020, 11, 6)]
    # "또 17일부터 인간이 되기 위한 구미호의 사투를 그린 판타지시트콤 ‘천번째 남자’를 올린다." (8 August 2012)
    assert planned_days(sentence_events("c181", "‘천번째 남자’를 올린다"), "천번째 남자") == [date(2012, 8, 17)]


def test_a_change_of_a_figure_or_a_state_ahead_is_no_happening():
    # "지상파 3사 수목드라마 구도가 다음 주부터 '확' 바뀐다." (15 May 2019): a state changing
    assert not sentence_events("c180", "구도가 다음 주부터")
    # "개학이 연기되면 4월6일이 유력한 것으로 알려졌다." (17 March 2020): something reported, not done
    assert not [e for e in sentence_events("c216", "4월6일이 유력한") if "알려" in e.title]


def test_the_day_a_doer_sets_for_its_object_dates_what_the_object_is_the_day_of():
    # "30일 게임업계에 따르면 최근 블리자드 엔터테인먼트는 디아블로 이모탈의 출시일을 6월 3일로 공식 발표했다."
    # (30 April 2022): the announced day is the new release day, ahead, whatever the tense of 발표했다
    found = sentence_events("c237", "출시일을 6월 3일로 공식 발표했다")
    assert [(e.title, e.start) for e in found if e.kind == "planned"] == [("디아블로 이모탈의 출시", date(2022, 6, 3))]


def test_a_topic_said_to_be_on_a_date_closes_its_clause_at_the_copula():
    # "1차 시험은 3월 10일이며 2차·3차 시험을 거쳐 …" (7 December 2017): the first exam is on the 10th; the clause
    # after 이며 is another one
    found = sentence_events("c239", "1차 시험은 3월 10일이며")
    assert [e.title for e in found if e.start == date(2018, 3, 10)] == ["1차 시험"]
    # "최저임금 법정 심의 기한은 오는 29일이며, …" (7 June 2017): a deadline so told is no happening
    assert not [e for e in sentence_events("c171", "심의 기한은 오는 29일이며") if "기한" in e.title]


def test_a_paragraph_opening_with_a_day_as_its_topic_dates_the_sentences_after_it():
    # "11월 4일은 솔로 아티스트 볼빨간사춘기(안지영)와 박지훈, 신예 걸그룹 시크릿넘버가 출격한다. … 박지훈은 데뷔 1년
    # 8개월 만에 첫 번째 정규앨범 'MESSAGE(메세지)'와 타이틀곡 'GOTCHA(갓차)'를 내놓는다. …" (30 October 2020)
    from digest.text.korean import split_sentences

    a = ARTICLE_TEXT["c233"]
    [paragraph] = [p for p in a["paragraphs"] if p.startswith("11월 4일은")]
    found = rules_read([[(s.text, s.tokens) for s in split_sentences(paragraph)]], date.fromisoformat(a["published"]))
    assert planned_days(found, "MESSAGE") == [date(2020, 11, 4)]


def test_what_a_day_is_moved_to_is_the_day_it_happens():
    # "이에 따라 전국 학교 개학일은 이달 23일로 미뤄졌다." (2 March 2020): the opening day moved to the 23rd
    assert planned_days(sentence_events("c217", "개학일은 이달 23일로 미뤄졌다"), "개학") == [date(2020, 3, 23)]


def test_the_day_a_plan_is_moved_from_had_not_yet_come():
    # "25일 제작사 하이브미디어코프에 따르면 '보통의 가족'은 개봉일을 10월 1일에서 2주 미뤄 10월 16일로 확정했다."
    # (25 September 2024): both days lie ahead; the new one is the happening's
    from digest.text.timex import find_time_expressions

    a = ARTICLE_TEXT["c242"]
    [sentence] = [p for p in a["paragraphs"] if "2주 미뤄" in p]
    days = [e.date for e in find_time_expressions(sentence, date.fromisoformat(a["published"])) if e.text.startswith("10월")]
    assert days == [date(2024, 10, 1), date(2024, 10, 16)]
    assert [e.start for e in sentence_events("c242", "2주 미뤄") if e.kind == "planned"] == [date(2024, 10, 16)]


def test_what_is_moved_from_one_day_to_another_happens_on_the_second():
    # "… 언론 시사회를 취소하고 개봉을 3월 19일에서 4월로 미뤘다." (28 February 2020): the release moves to April
    found = sentence_events("c240", "개봉을 3월 19일에서 4월로 미뤘다")
    assert [(e.start, e.precision) for e in found if "개봉" in e.title] == [(date(2020, 4, 1), "month")]
    # "… '보통의 가족'은 개봉일을 10월 1일에서 2주 미뤄 10월 16일로 확정했다." (25 September 2024)
    assert planned_days(sentence_events("c242", "2주 미뤄"), "개봉") == [date(2024, 10, 16)]


def test_a_day_something_is_ahead_of_is_still_to_come():
    # "19일 복수의 방송 관계자에 따르면 2월 15일 첫 방송을 앞둔 '열혈사제'는 최근 … '10시 편성'을 확정했다."
    # (19 January 2019): 앞둔 says the first broadcast lies ahead, whatever the tense of 확정했다
    assert planned_days(sentence_events("c188", "첫 방송을 앞둔"), "열혈사제") == [date(2019, 2, 15)]


def test_a_verbal_noun_decided_on_with_a_contracted_kiro_is_the_happening():
    # "여야 총무들은 또 20일부터 28일까지 상임위 활동을 벌이고 7월 3, 4일 본회의에서 관련 법안들을 처리키로 했다."
    # (13 June 2000): 처리키로 is 처리하기로, which Kiwi reads as the noun 키 with 로 and 하다
    found = sentence_events("c245", "관련 법안들을 처리키로 했다")
    assert planned_days(found, "법안") == [date(2000, 7, 3)]


def test_a_clause_of_time_closes_the_first_days_happening_after_a_topic():
    # "이번에 발표되는 대표팀은 19일 파주 NFC에 소집된 뒤 23일 고양종합운동장에서 코스타리카, 27일
    # 서울월드컵경기장에서 카메룬과 각각 평가전을 치른다." (8 September 2022): `소집된 뒤` ends one happening, so the
    # days are not one schedule of the topic; and `-된 뒤` orders the two, it tells no past
    found = sentence_events("c250", "19일 파주 NFC에 소집된 뒤")
    assert planned_days(found, "소집") == [date(2022, 9, 19)]
    assert date(2022, 9, 23) in planned_days(found, "코스타리카")
    assert date(2022, 9, 27) in planned_days(found, "카메룬")
    # "여야는 오는 26, 27일 이틀간 ... 인사청문회를 실시한 뒤 29일 본회의에서 총리 임명동의안을 표결 처리키로 했다."
    found = sentence_events("c245", "인사청문회를 실시한 뒤 29일")
    assert planned_days(found, "인사청문회") == [date(2000, 6, 26)]
    assert planned_days(found, "임명동의안") == [date(2000, 6, 29)]


def test_listed_days_pair_in_order_with_as_many_listed_nouns_after_them():
    # "현재 4개의 국제노선을 운항하고 있는 무안공항에서는 12월 15일과 16일 필리핀 세부(주5회, 월·화·수·금·토요일)와
    # 말레이시아 코타키나발루(주2회, 목·일요일)에 신규 취항한다." (24 October 2018): one route a day, in order
    found = sentence_events("c229", "12월 15일과 16일")
    assert planned_days(found, "세부") == [date(2018, 12, 15)]
    assert planned_days(found, "코타키나발루") == [date(2018, 12, 16)]
    # "... 오는 12월 1일과 22일 나트랑(주2회, 수·토요일)과 다낭(주7회) 등 베트남 2개 노선의 취항계획을 ...":
    # Kiwi reads this 과 as the comitative particle; it joins the two routes all the same
    found = sentence_events("c229", "12월 1일과 22일")
    assert planned_days(found, "나트랑") == [date(2018, 12, 1)]
    assert planned_days(found, "다낭") == [date(2018, 12, 22)]


def test_days_that_each_have_their_own_noun_are_not_paired_with_a_later_list():
    # "한국은 우루과이전 이후 11월 28일 가나, 12월 3일 포르투갈과 조별리그 경기를 치른다.": 포르투갈과 is the
    # 3rd's partner, not the second of a list of two
    found = sentence_events("c166", "11월 28일 가나, 12월 3일 포르투갈과")
    assert date(2022, 12, 3) in planned_days(found, "포르투갈")
def test_a_figure_reached_is_a_tally_not_a_happening():
    # "공모금액도 지난해 2조920억원이었지만 올해는 이미 2조9400억원에 육박한다": an amount reaching a level
    assert [e.title for e in sentence_events("c170", "2조9400억원에 육박")] == []
    # "… 5월에 기관 대상 수요예측과 일반인 대상 청약에 나서는 기업이 9곳에 달하는 것으로 파악됐다": how many firms
    assert [e.title for e in sentence_events("c221", "9곳에 달하는 것으로")] == []


def test_the_happening_of_a_noun_whose_count_is_told_is_a_tally():
    # "… 5월에 수요예측 및 일반청약을 하는 기업은 모두 9곳에 달한다": the subscriptions counted, each told elsewhere
    assert [e.title for e in sentence_events("c221", "기업은 모두 9곳에 달한다")] == []
    # "오는 13일부터 새롭게 안방 시청자를 찾는 드라마는 … 시트콤 2편에 이른다": the new dramas counted
    assert [e.title for e in sentence_events("c181", "2편에 이른다")] == []


def test_a_count_beside_the_happening_does_not_make_it_a_tally():
    # "이후 문재인 대통령은 8~15일 7박8일간 일정으로 … 동남아 3개국을 순방한다": a count of countries visited, one trip
    assert [e.title for e in sentence_events("c128", "동남아 3개국을 순방한다")] == ["필리핀 등 동남아 3개국 순방"]


def test_a_day_a_plan_was_set_for_dates_nothing_now():
    # "한편 현대차는 오는 9일로 예정됐던 쏘나타 공식 출시일 연기 여부를 놓고 내부적으로 논의하고 있는 것으로 전해졌다"
    assert [e.title for e in sentence_events("c192", "9일로 예정됐던")] == []
    # "여야가 21일부터 오는 24일까지로 예정됐던 국회 본회의 일정을 조정해 …": the span that was planned is dropped
    assert [e.start for e in sentence_events("c196", "24일까지로 예정됐던")
            if e.start is not None and e.start.day in (21, 24)] == []


def test_what_is_usually_done_on_a_date_is_no_happening():
    # "삼성전자는 보통 하반기 전략폰을 9월초 독일 국제가전박람회(IFA)에서 공개했다": a habit, not one unveiling
    assert [e.title for e in sentence_events("c265", "보통 하반기 전략폰을")] == []
    # "삼성전자는 다음달 13일(현지시간)에 … ‘갤럭시노트5’를 … 공개한다고 28일 밝혔다": with no adverb of habit, dated
    assert [e.title for e in sentence_events("c265", "다음달 13일(현지시간)에")] == ["전략 스마트폰 갤럭시노트5 공개"]


def test_a_length_counted_from_a_happening_dates_nothing_here():
    # "… “당초 대회 100일 전 기념행사는 6.25와 겹쳐 자제토록하고, … 대회 70일 전 … 별도의 기념식을 준비 중이다”":
    # counted from the games, not from 8월 1일 told before them in the sentence
    found = [(e.title, e.start) for e in sentence_events("c261", "대회 100일 전")]
    assert [start for _, start in found] == [date(2015, 8, 1)], found


def test_a_count_of_times_over_a_period_is_a_tally():
    # "이날 한은에 따르면 금통위는 내년에 통화정책방향 결정회의 8회와 금융안정회의 4회 등 모두 24회의 정기회의를
    # 개최한다": the year's meetings counted, each told with its day elsewhere
    assert [e.title for e in sentence_events("c150", "모두 24회의 정기회의")] == []
    # "지난 5월 13일부터 원 구성 협상을 20여 차례 했는데 …": how often since then, not a happening on the 13th
    assert [e.start for e in sentence_events("c199", "20여 차례") if e.start == date(2024, 5, 13)] == []


def test_an_ordinal_edition_is_not_a_count_of_times():
    # "… 다음달 28일부터 나흘간 일산 킨텍스에서 제1회 한국산업대전을 개최한다고 밝혔다": the first edition, one fair
    assert [e.start for e in sentence_events("c79", "제1회 한국산업대전")] == [date(2011, 9, 28)]


def test_a_quantity_that_grows_or_shrinks_is_a_figure():
    # "올해부터 팀당 경기 수가 126경기에서 133경기로 늘어나면서 … 홈에서 치르는 게임이 67경기(원정 66경기)로 한 경기
    # 늘었다": the games counted, not a game played this year
    assert [e.title for e in sentence_events("c145", "67경기(원정 66경기)로")] == []
    # "코스닥 신규 상장 건수는 2012년 21건, … 2015년 94건 등으로 늘어나다가 작년 급감했다": a measure falling
    assert [e.title for e in sentence_events("c170", "작년 급감했다")] == []


def test_a_dated_happening_called_off_is_no_event():
    # "미원화학은 넥센타이어가 2월 주총을 포기하면서 올해 주총 1호 타이틀도 갖게 됐다": no meeting in February
    assert [e.start for e in sentence_events("c269", "2월 주총을 포기") if e.precision == "month"] == []


def test_a_bare_period_before_a_report_is_what_it_covers():
    # "여기에 기획재정부가 매달 발표하는 '월간 재정동향' 10월호, 통계청의 9월 고용동향 발표까지 예고돼 있어 …": the
    # September figures come out in October (`오는 16일`, told elsewhere), not in September
    assert [e.start for e in sentence_events("c112", "9월 고용동향 발표까지") if e.precision == "month"] == []
    # "8월호에는 1월부터 6월까지 세수 통계가 발표된다": the first half's tax figures, not a release in January
    assert [e.title for e in sentence_events("c113", "1월부터 6월까지 세수 통계")] == []


def test_a_period_placed_by_its_own_word_before_a_report_is_a_date():
    # "앞서 KDI는 지난 9월 경제동향에서 '경기부진' 판단을 내려 …": 지난 places it, the judgement is dated September
    assert [(e.start, e.precision) for e in sentence_events("c112", "지난 9월 경제동향에서")] == [(date(2020, 9, 1), "month")]


def test_a_count_of_many_doers_or_places_over_a_week_is_a_tally():
    # "16일 금융투자업계에 따르면, 이번주 안에 6개 업체가 공모주 청약을 받을 예정이며, …": six subscriptions that week
    assert [e.precision for e in sentence_events("c350", "이번주 안에 6개 업체가") if e.precision == "week"] == []
    # "10일 부동산114에 따르면 이번 주에는 총 10개 단지, 6,733가구에서 1순위 접수를 받는다."
    assert [e.title for e in sentence_events("c411", "6,733가구에서")] == []
    # "한편 다음 주 새 아파트 견본주택은 총 5곳이 개관한다."
    assert [e.title for e in sentence_events("c410", "총 5곳이 개관")] == []
    # "10월 … 15팀 이상 컴백을 예고했다": the month's comebacks counted, each told on its own day
    assert [e.title for e in sentence_events("c233", "15팀 이상")] == []
    # "2007년 125만 명, 2008년 130만 명, 2009년 105만 명, 2010년 133만 명이 찾았다.": visitors counted per year
    assert [e.title for e in sentence_events("c406", "133만 명이")] == []


def test_a_count_sizing_a_happening_with_its_genitive_keeps_the_happening():
    # "세종시 신도시에서는 올해 29개 사업, 1조2천152억원 규모의 신규 공사 발주가 이뤄진다.": one round of orders
    assert [(e.start, e.precision) for e in sentence_events("c31", "29개 사업")] == [(date(2017, 1, 1), "year")]


def test_a_share_or_a_reference_point_is_no_day():
    # "과천시는 7월분 재산세로 총 361억 원을 부과하고, …": the July instalment, not a levy in July
    assert [e.title for e in sentence_events("c401", "7월분 재산세로")] == []
    # "재산세는 매년 6월 1일 기준 주택, 건축물, 토지 등의 소유자에게 부과되며, …": owners as of 1 June
    assert [e.start for e in sentence_events("c401", "매년 6월 1일 기준") if e.precision == "day"] == []


def test_a_period_whose_measure_changes_or_holds_is_a_statistic():
    # "6월 한달동안 전국 주택 매매거래량이 지난달에 비해 감소했으나, …": a measure (`거래량`) fused in one noun
    assert [e.title for e in sentence_events("c404", "6월 한달동안")] == []
    # "또 상반기 수출은 6.6% 증가한 2975억 달러로 …": a change by a percentage
    assert [e.title for e in sentence_events("c414", "6.6% 증가한")] == []
    # "6월 수출이 전년 수준에 머무르긴 했지만 500억 달러대를 유지하며 …": a level held
    assert [e.title for e in sentence_events("c414", "500억 달러대를 유지")] == []


def test_a_term_running_out_is_no_happening():
    # "내년 3월말 임기를 마치는 이 총재가 주재하는 통화정책방향 결정 회의는 모두 2회가 남은 셈이다."
    assert [e.start for e in sentence_events("c150", "3월말 임기를 마치는") if e.precision == "month"] == []


def test_a_headcount_in_ten_thousands_is_a_tally():
    # "… 지난 12일의 경우 23만여 명이 축제장을 찾은 것으로 집계돼 …": visitors counted, no happening on the 12th
    assert [e.title for e in sentence_events("c406", "23만여 명이")] == []


def test_a_bare_month_after_a_distributive_is_every_year_s():
    # "재산세는 매년 6월 1일 기준 …, 7월에는 주택 1기분(2분의 1)과 건축물에, 9월에는 주택 2기분과 토지에 각각 부과된다."
    assert [e.title for e in sentence_events("c401", "9월에는 주택 2기분")] == []


def test_a_period_before_the_measure_it_heads_is_what_the_figure_covers():
    # "8월 소비자물가는 무더위·집중호우 등의 영향으로 채소 가격이 오르면서 전년 동월 대비 2.6% 상승, …"
    assert [e.title for e in sentence_events("c363", "8월 소비자물가는")] == []
    # "1973년 이후 여름철(6∼8월) 폭염일수가 최다였던 2018년의 6월 폭염일수는 1.5일이었고, …"
    assert [e.title for e in sentence_events("c409", "2018년의 6월 폭염일수는")] == []


def test_a_happening_awaited_or_aimed_at_is_dated_by_the_date_before_it():
    # "4월 3일 개항을 앞두고 있는 양양국제공항의 최종 종합시험운영이 8일 ... 실시된다." (7 March 2002): not an occasion
    assert planned_days(sentence_events("c252", "개항을 앞두고"), "개항") == [date(2002, 4, 3)]
    # "수서고속철은 12월 정식 개통을 위해 이날부터 오는 30일까지 ... 시운전을 벌인다.": the month is the opening's,
    # not a period the finer days narrow
    assert planned_days(sentence_events("c270", "정식 개통을 위해"), "개통") == [date(2016, 12, 1)]
    # "곡성군은 ... 오는 2024년 4월 준공을 목표로 하는 신청사 착공에 들어갔다고 오늘(16일) 밝혔습니다."
    found = sentence_events("c306", "준공을 목표로")
    assert [(e.title, e.start, e.precision) for e in found if "준공" in e.title] == [("신청사 준공", date(2024, 4, 1), "month")]


def test_what_is_done_for_someones_good_is_no_awaited_happening():
    # "금요일 이용객 편의를 위해 왕복 1회, 총 2회 호남선 KTX를 증편 운행할 예정이다.": convenience is no happening
    assert not [e for e in sentence_events("c186", "금요일 이용객 편의를 위해") if "편의" in e.title or "이용객" in e.title]


def test_subjects_joined_by_commas_each_do_the_shared_happening():
    # "12월 15일부터는 제주항공이 부산↔도쿄(나리타) 주 7회, 사이판 주 4회, 푸켓 주 2회, 이스타항공이 부산↔코타키나발루
    # 노선에 주 7회에 각각 신규 취항한다." (15 November 2016)
    found = sentence_events("c244", "이스타항공이 부산↔코타키나발루")
    assert sorted(e.title for e in found if e.start == date(2016, 12, 15)) == ["이스타항공 신규 취항", "제주항공 신규 취항"]
    # "... 12월 1일부터 진에어가 ... 주 7회, 대만 부흥항공이 ... 주 5회, 12월 7일부터는 에어 부산이 ... 각각 신규취항을
    # 예정하고 있다": the first date's two subjects each open a route that day
    found = sentence_events("c244", "일자별로 살펴보면")
    assert sorted(e.title for e in found if e.start == date(2016, 12, 1)) == ["대만 부흥항공 신규취항", "진에어 신규취항"]


def test_an_object_and_its_date_closed_by_a_comma_share_the_next_members_predicate():
    # "MBC는 … 사극 ‘아랑사또전’을 15일부터, 종영을 단 1회 남겨둔 주말극 ‘닥터진’에 이어 ‘메이퀸’을 18일부터 방송한다."
    found = sentence_events("c181", "‘아랑사또전’을 15일부터")
    assert planned_days(found, "아랑사또전") == [date(2012, 8, 15)]
    assert planned_days(found, "메이퀸") == [date(2012, 8, 18)]


def test_a_date_first_member_may_hold_a_described_noun():
    # "13일 ‘추적자’가 끝난 자리에 사극 ‘신의’가, 수목극 ‘유령’ 종영 뒤인 15일에는 ‘아름다운 그대에게’가, 18일에는 새
    # 주말극 ‘다섯손가락’이 각각 첫 방송된다.": `끝난 자리` and `종영 뒤인` only describe; 13일's subject is ‘신의’
    found = sentence_events("c181", "‘추적자’가 끝난 자리에")
    assert [e.title for e in found if e.start == date(2012, 8, 13)] == ["사극 ‘신의’ 방송"]


def test_a_plan_with_no_subject_is_done_to_what_the_lead_announced():
    # lead: "정부는 7개 부처 대변인 직급을 실장급으로 조정한다고 11일 밝혔다." (11 July 2023); later: "11일 해당부처 직제
    # 시행규칙에 대한 입법예고를 실시하고, 7월말 시행될 예정이다."
    from digest.text.korean import split_sentences

    a = ARTICLE_TEXT["c200"]
    assert a["split"] == "dev"
    paragraphs = [[(s.text, s.tokens) for s in split_sentences(p)] for p in a["paragraphs"]]
    found = rules_read(paragraphs, date(2023, 7, 11))
    assert [(e.title, e.start.month, e.precision) for e in found if e.title.endswith("시행") and e.start is not None] \
        == [("7개 부처 대변인 직급 시행", 7, "month")]
    # the same sentence alone has no lead to say what is put into force: no event for it
    assert not [e for e in sentence_events("c200", "7월말 시행될 예정이다") if e.title.endswith("시행")]


def test_a_place_before_the_date_in_brackets_still_names_the_noun_before_them():
    # "… 도 지역에서는 아리랑대축제(강원 정선, 10. 9.~12.), 백제문화제(충남 공주, 9. 26.~10. 5.), … 등 지역 고유문화를
    # 소재로 한 축제가 열린다." (2 October 2014)
    found = sentence_events("c206", "아리랑대축제(강원 정선")
    assert [e.start for e in found if e.title == "아리랑대축제"] == [date(2014, 10, 9)]
    assert [e.start for e in found if e.title == "백제문화제"] == [date(2014, 9, 26)]


def test_a_scene_set_by_a_forecast_is_skipped_with_its_count():
    # "2015 경북문경세계군인체육대회는 오는 10월 2일~11일까지 약 110개국 8,700여 명의 참가가 예상되는 가운데, 경북도내
    # 8개 시-군에서 분산 개최된다." (30 April 2015): the count belongs to the scene, the games are held
    found = sentence_events("c261", "참가가 예상되는 가운데")
    assert [(e.title, e.start) for e in found] == [("2015 경북문경세계군인체육대회 개최", date(2015, 10, 2))]


def test_members_closed_by_commas_share_the_last_members_copula():
    # "서강대는 12일부터 15일, 홍익대는 11일부터 16일까지다." (5 September 2014)
    found = sentence_events("c223", "서강대는 12일부터 15일")
    assert planned_days(found, "서강대") == [date(2014, 9, 12)]
    assert planned_days(found, "홍익대") == [date(2014, 9, 11)]
    # "… 최종발표일은 5급 공채의 경우 9월 30일, 외교관후보자는 9월 14일이다.": `X의 경우` names whose, the topic what
    assert "5급 공채 최종발표" in [e.title for e in sentence_events("c239", "5급 공채의 경우 9월 30일")]


def test_a_verb_done_for_someone_is_done_on_the_date():
    # "… 연휴 마지막 날인 15일 오후 3시 어미홀에서는 30명의 가족에게 폴라로이드 가족사진도 찍어준다." (9 September 2019)
    found = sentence_events("c164", "가족사진도 찍어준다")
    assert [e.start for e in found if "가족사진" in e.title] == [date(2019, 9, 15)]


def test_a_happening_moved_to_a_span_is_dated_by_its_start():
    # "정시 전형의 원서 접수도 내년 1월 6일에서 9일까지 미뤄졌다." (26 November 2017)
    found = sentence_events("c222", "원서 접수도 내년 1월")
    assert [(e.title, e.start) for e in found] == [("정시 전형의 원서 접수", date(2018, 1, 6))]


def test_fixing_an_object_with_nothing_else_told_happens_on_its_date():
    # "이어 오는 7월 예비 후보지 5곳을 선정한 뒤 … 거쳐 10월 입지를 확정할 방침이다." (9 May 2019)
    found = sentence_events("c426", "10월 입지를 확정할")
    assert [d.month for d in planned_days(found, "확정")] == [10]
    assert [d.month for d in planned_days(found, "선정")] == [7]


def test_listed_day_pairs_each_with_a_place_read_the_verb_after_the_last():
    # "이어 3월 22일과 23일 광주 조선대학교 해오름관, 3월 29일과 30일 부산 …, 4월 5일과 6일 대구 수성아트피아 용지홀, 4월
    # 12일과 13일 대전 우송예술회관에서도 연달아 콘서트를 열고 …" (8 January 2019): each pair dated by its first day
    found = sentence_events("c419", "해오름관")
    assert planned_days(found, "광주") == [date(2019, 3, 22)]
    assert planned_days(found, "부산") == [date(2019, 3, 29)]
    assert planned_days(found, "대구") == [date(2019, 4, 5)]
    assert date(2019, 4, 6) not in [e.start for e in found]


def test_a_quarter_naming_what_a_briefing_covers_does_not_date_it_beside_a_finer_date():
    # "SK텔레콤은 다음달초 컨퍼런스 콜과 함께 3.4분기 설명회를 가질 예정이며 …" (12 October 2001): next month is when
    found = sentence_events("c415", "다음달초 컨퍼런스 콜")
    assert [(e.start, e.precision) for e in found if "설명회" in e.title] == [(date(2001, 11, 1), "month")]
    # "하지만 올해 1분기 실적부터는 분기가 끝난 다음달 말에 발표키로 했다." (17 April 2014): a custom, no quarter dated
    assert not [e for e in sentence_events("c177", "분기가 끝난 다음달 말에") if e.precision == "quarter"]


def test_days_each_with_their_own_object_read_the_verb_after_the_last():
    # "또한 26일엔 9월 소비자심리지수를, 29일엔 9월 기업경기실사지수 및 8월 국제수지를 공개할 예정이다." (23 September 2017)
    found = sentence_events("c363", "26일엔 9월 소비자심리지수를")
    assert planned_days(found, "소비자심리지수") == [date(2017, 9, 26)]
    assert planned_days(found, "국제수지") == [date(2017, 9, 29)]


def test_a_day_to_come_and_a_day_done_in_one_sentence_are_two_happenings():
    # "예술의전당은 내년 2월 2일 선보이는 공연인 '… 갈라 콘서트'의 티켓 예매를 지난 10월 29일 한 차례 진행했습니다."
    # (3 December 2015): no schedule of one happening; the object before the past day is what was held then
    found = sentence_events("c429", "내년 2월 2일 선보이는")
    assert planned_days(found, "공연") == [date(2016, 2, 2)]
    assert [(e.start, e.kind) for e in found if "예매" in e.title] == [(date(2015, 10, 29), "past")]


def test_a_prefixed_noun_closing_its_clause_with_a_comma_is_an_elided_predicate():
    # "이와 함께 내달 5일 임시국회를 재소집, 5, 6일 이틀간 … 인사청문회를 실시키로 했으며 …" (12 June 2000): 재/XPN 소집
    found = sentence_events("c245", "내달 5일 임시국회를 재소집")
    assert planned_days(found, "재소집") == [date(2000, 7, 5)]


def test_a_month_given_with_its_figure_is_a_statistic():
    # "8월(3.4%) 3%대에 진입한 뒤 2개월 연속 3%대를 기록했습니다." (consumer prices, October 2023)
    assert sentence_events("c454", "8월(3.4%) 3%대에 진입한 뒤") == []
    # "소비자물가 상승률은 7월 5.9%로 정점을 찍은 뒤 8월 5.6%, 9월 5.1%, 10월 4.8%, 11월 4.5% 등으로 5개월 연속 둔화됐다."
    assert sentence_events("c455", "11월 4.5% 등으로") == []


def test_a_period_compared_with_is_no_happening():
    # "31일 통계청이 발표한 소비자물가동향에 따르면, 12월 소비자물가는 지난해 같은 달에 비해 4.1% 올랐다."
    [sentence] = [p for p in ARTICLE_TEXT["c455"]["paragraphs"] if "같은 달에 비해" in p][0].split(". ")[:1]
    assert states_a_figure(sentence, sentence.index("같은 달") + len("같은 달"), "month")
    # "8월 취업자 수는 2708만5000명으로 지난해 8월과 비교해 27만4000명 감소했다."
    [sentence] = [p for p in ARTICLE_TEXT["c112"]["paragraphs"] if "지난해 8월과 비교해" in p]
    sentence = next(s for s in sentence.split(". ") if "지난해 8월과" in s)
    assert states_a_figure(sentence, sentence.index("지난해 8월") + len("지난해 8월"), "month")
    assert not states_a_figure(sentence, sentence.index("8월") + 2, "month")  # the month the figure is of


def test_a_topic_planned_for_a_day_with_ro_takes_place_that_day():
    # "고인의 빈소는 오는 14일 삼성서울병원 장례식장에 마련되며, 발인은 16일로 예정됐다." (13 March 2025)
    assert planned_days(sentence_events("c461", "발인은 16일로"), "발인") == [date(2025, 3, 16)]
    # "애초 신형 팰리세이드 공개일은 12월 말 또는 내년 1월로 예정되어 있었다.": a plan no longer held
    assert sentence_events("c193", "내년 1월로 예정되어 있었다") == []


def test_a_part_of_the_week_before_a_noun_after_a_named_day_is_a_kind():
    # "… 롯데 자이언츠가 19일부터 오는 21일까지 부산 사직야구장에서 주말 3연전을 치른다." (19 May 2023): a weekend series
    assert [e.start for e in sentence_events("c459", "주말 3연전을 치른다")] == [date(2023, 5, 19)]  # the span alone
    # "2연패에 빠진 최하위 롯데는 김원중을 앞세워 NC와의 주중 3연전을 펼치고, …": no day named, the bare part of the
    # week is left to the other rules
    [paragraph] = [p for p in ARTICLE_TEXT["c458"]["paragraphs"] if "NC와의 주중" in p]
    from digest.text.korean import split_sentences

    [s] = [s for s in split_sentences(paragraph) if "NC와의 주중" in s.text]
    at = s.text.index("주중")
    assert not routine_weekday(s.text, s.tokens, at, at + 2)
    [paragraph] = [p for p in ARTICLE_TEXT["c459"]["paragraphs"] if "주말 3연전을" in p]
    [s] = [s for s in split_sentences(paragraph) if "주말 3연전을" in s.text]
    at = s.text.index("주말")
    assert routine_weekday(s.text, s.tokens, at, at + 2)


def test_the_quarter_before_a_company_account_is_the_period_reported_on():
    # "이 밖에 지난해 1분기 적자를 기록한 LG디스플레이의 올해 1분기 영업이익은 흑자로 전환해서 7919억 원으로, …" (2008)
    assert [e for e in sentence_events("c450", "흑자로 전환해서") if e.precision == "quarter"] == []
    # "5일 증권업계에 따르면 LG전자는 올해 1분기 실적부터 잠정 실적을 발표하기로 하고 …": what the results cover
    from digest.text.korean import split_sentences

    [paragraph] = [p for p in ARTICLE_TEXT["c451"]["paragraphs"] if "1분기 실적부터" in p]
    [s] = [s for s in split_sentences(paragraph) if "1분기 실적부터" in s.text]
    assert measures_a_period(s.text, s.tokens, s.text.index("1분기") + 3)
    assert not measures_a_period(s.text, s.tokens, s.text.index("5일") + 2)  # "5일 증권업계에": no account


def test_rain_snow_and_wind_told_with_a_verb_of_weather_fall_on_their_day():
    # "일요일 새벽부터 오전 사이 충남 서해안·전라 서해안·제주산지, 늦은 밤 인천·경기 북부와 강원 북부내륙 곳곳에 눈이
    # 올 것으로 보인다." (30 January 2026): the snow is what happens on Sunday, 1 February
    assert planned_days(sentence_events("c603", "눈이 올 것으로 보인다"), "눈") == [date(2026, 2, 1)]
    # "장마전선은 한동안 약화됐다가 24일께 전국에 장맛비를 뿌릴 것으로 보인다."
    assert planned_days(sentence_events("c771", "장맛비를 뿌릴 것으로"), "장맛비") == [date(2019, 7, 24)]
    # "특히 13일 경북 동해안에는 최대 순간 풍속 20㎧ 이상의 매우 강한 바람이 불 것으로 관측된다."
    assert planned_days(sentence_events("c575", "바람이 불 것으로 관측된다"), "바람") == [date(2014, 10, 13)]

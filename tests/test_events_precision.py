"""Dates in real dev sentences that date no single happening (digest/text/event_exclusions.py): each case is a
sentence of bench/data/civic_news's dev split whose date the extraction used to turn into an event the labels do
not hold, read with its article's publication day."""

from __future__ import annotations

from datetime import date

from tests.civic_dev import rules_read
from tests.test_events_civic import ARTICLE_TEXT, article_events, sentence_events


def test_the_period_of_a_sum_of_accounts_is_no_happening():
    # "올해 1분기에도 1000억원 중반 수준의 영업손실을 낼 것으로 추정됐다": the quarter is what the loss covers
    assert [e.title for e in sentence_events("c452", "1000억원 중반 수준의 영업손실")] == []
    # "2.4분기에 가입자기반을 확충하면서 매출액이 2조원을 웃돌 것으로": the quarter the revenue figure is for
    assert [e.title for e in sentence_events("c417", "2.4분기에 가입자기반을")] == []


def test_a_period_an_average_is_taken_over_is_no_happening():
    # "주말 하루 평균 10만 명 이상 관광객이 찾는 추세가 이어지면": the weekend is what the average is over
    assert [e.start for e in sentence_events("c406", "주말 하루 평균") if "추세" in e.title] == []


def test_a_period_with_a_figure_in_brackets_after_its_noun_is_a_statistic():
    # "지난해 6월 대규모 선박 수출(73.7억 달러)에 따른 기저효과가 크게 작용했다": June's exports, a base effect
    assert [e.title for e in sentence_events("c414", "대규모 선박 수출(73.7억 달러)")] == []


def test_a_week_of_statistics_in_the_plural_is_a_calendar_not_one_release():
    # each release of these weeks is told later in its article on its own day
    assert [e.title for e in sentence_events("c111", "심리 지표가 줄줄이 나온다")] == []
    assert [e.title for e in sentence_events("c113", "발표될 경제 지표 중에서는")] == []
    assert [e.title for e in sentence_events("c469", "국내외 중요 지수들의 발표가")] == []


def test_a_date_behind_with_a_verb_that_runs_on_starts_a_state_not_a_happening():
    # "지난 19일부터 시정조치를 진행하고 있다": a recall still going on
    assert [e.title for e in sentence_events("c178", "지난 19일부터 시정조치를")] == []
    # "2016년 2월부터 방문객 집계 지침을 마련해 지방자치단체들이 활용하도록 유도하고 있다"
    assert [e.title for e in sentence_events("c408", "2016년 2월부터 방문객")] == []
    # "지난 2분기부터 기자단 대상 실적 설명회를 폐지하는 등 단계적으로 IR 절차를 간소화해 왔다"
    assert [e.title for e in sentence_events("c416", "지난 2분기부터 기자단")] == []


def test_a_date_behind_with_a_done_verb_and_a_running_main_clause_stays_a_happening():
    # "지난 11일부터 운행을 재개한 교외선에서는 … 하루 8회 운행하고 있다": the resumption itself is labelled
    found = sentence_events("c187", "지난 11일부터 운행을 재개한")
    assert [(e.start, e.kind) for e in found if "재개" in e.title] == [(date(2025, 1, 11), "past")]


def test_a_stretch_a_state_lasts_through_is_no_happening():
    # "상반기 부산에 이어 하반기 서울까지 유령 신드롬은 계속될 것으로 보인다"
    assert [e.title for e in sentence_events("c161", "유령 신드롬은 계속될")] == []


def test_a_date_in_a_clause_of_what_is_usually_done_is_a_routine():
    # "그동안 삼성전자는 통상 분기가 끝난 다음 달의 마지막주 금요일에 실적을 발표했었다": Kiwi reads this 통상 as a noun
    assert [e.title for e in sentence_events("c177", "통상 분기가 끝난")] == []


def test_a_bare_weekday_naming_whom_a_service_is_for_is_every_such_day():
    # "금요일 장거리 이용객을 위해 … 열차 1회를 서울~부산 간으로 연장하는 것": Friday's travellers, every Friday
    assert [e.title for e in sentence_events("c186", "금요일 장거리 이용객을")] == []
    assert [e.title for e in sentence_events("c186", "금요일 이용객 편의를")] == []


def test_a_month_before_a_purpose_is_the_purpose_s_happening():
    # "수서고속철은 12월 정식 개통을 위해 이날부터 … 시운전을 벌인다": the opening is labelled for December
    found = sentence_events("c270", "12월 정식 개통을 위해")
    assert [(e.start, e.precision) for e in found if "개통" in e.title] == [(date(2016, 12, 1), "month")]


def test_a_year_given_as_a_reference_or_target_value_is_no_happening():
    # "이 계획안은 기준연도를 2022년, 목표연도를 2040년으로 설정하고 …"
    assert [e.title for e in sentence_events("c428", "기준연도를 2022년")] == []
    # "… 작년 성적을 기준으로 결정한 것": last season's record is the basis of the calendar
    assert [e.start for e in sentence_events("c146", "작년 성적을 기준으로") if e.start is not None and e.start.year == 2008] == []


def test_the_date_a_plan_originally_had_is_no_happening():
    # "당초 4월 17일부터 19일까지 … 열기로 했던 올해 도민체전을 한 달 정도 연기하기로 최종 결정했다"
    assert [e.start for e in sentence_events("c310", "당초 4월 17일부터") if e.start == date(2020, 4, 17)] == []
    # "당초 지난달 16일 지원서를 받아 이달 22일 시험을 치를 예정이었으나 … 한 차례 일정이 연기됐다"
    assert [e.title for e in sentence_events("c243", "당초 지난달 16일")] == []


def test_a_period_of_happenings_one_after_another_is_a_tally():
    # "현대·기아자동차가 연내 잇달아 다양한 차종 출시를 앞두고 있어": Kiwi reads 잇달아 as the verb 잇달 with 어
    assert [e.title for e in sentence_events("c246", "연내 잇달아")] == []
    # "… 기업이 줄줄이 5월로 상장 절차를 연기해서다": the adverb before the date, in its clause
    assert [e.start for e in sentence_events("c221", "줄줄이 5월로") if e.start == date(2023, 5, 1)] == []


def test_one_doer_s_tour_of_a_listed_object_stays_one_happening():
    # "트럼프 대통령은 동아시아 순방을 위해 11월초 일본, 한국, 중국을 잇달아 방문하는 것으로 알려졌다": the labelled tour
    found = sentence_events("c128", "잇달아 방문하는")
    assert [(e.start, e.precision) for e in found if "방문" in e.title] == [(date(2017, 11, 1), "month")]
    # "트럼프 대통령은 다음달 한국을 비롯해 일본과 중국을 잇달아 방문할 예정이다": members joined by 과, the labelled visit
    found = sentence_events("c496", "잇달아 방문할 예정")
    assert [(e.start, e.precision) for e in found if "방문" in e.title] == [(date(2017, 11, 1), "month")]


def test_a_happening_each_period_is_a_routine_but_not_for_the_clause_it_describes():
    # "작년 하반기부터 분기별 IR을 실시했던 삼성전자는 22일 외국 기관투자가들을 상대로 컨퍼런스 콜을 가지는데 …": the
    # quarterly IR is a routine; the relative clause does not make the 22nd's call one
    found = sentence_events("c415", "분기별 IR을 실시했던")
    assert [e.start for e in found if e.precision == "half"] == []
    assert [e.start for e in found if "컨퍼런스" in e.title] == [date(2001, 10, 22)]


def told_events(article: str, *needles: str):
    """The events of the dev sentences of `article` that contain `needles`, read in that order as one article."""
    from digest.text.korean import split_sentences

    a = ARTICLE_TEXT[article]
    assert a["split"] == "dev", "tests read the dev split only"
    sentences = [s for n in needles for p in a["paragraphs"] if n in p for s in split_sentences(p) if n in s.text]
    assert len(sentences) == len(needles)
    return rules_read([[(s.text, s.tokens)] for s in sentences], date.fromisoformat(a["published"]))


def test_a_clause_set_inside_a_happening_told_for_its_day_is_part_of_it():
    # "… 최종 종합시험운영이 8일 … 실시된다" then "또한 이날 시험운영에는 … 테러진압훈련도 함께 병행될 예정이다"
    found = told_events("c252", "최종 종합시험운영이 8일", "또한 이날 시험운영에는")
    assert [e.title for e in found if e.start == date(2002, 3, 8)] == ["최종 종합시험운영 실시"]
    # "여야가 12일 오후 2시 국회 본회의를 소집해 …" then "12일 본회의에서는 … 법안과 … 선출 등이 처리될 전망이다"
    found = told_events("c500", "12일 오후 2시 국회 본회의를", "12일 본회의에서는")
    assert len([e for e in found if e.start == date(2015, 11, 12)]) == 1


def test_one_title_spaced_otherwise_on_one_day_is_told_again():
    # "LG전자가 오는 10일 2.4분기 실적을 발표하는 등 …" then "… LG전자가 10일 2.4분기 실적을발표하고 15일에는 …"
    found = told_events("c417", "LG전자가 오는 10일", "실적을발표하고")
    assert len([e for e in found if e.start == date(2002, 7, 10)]) == 1


def test_a_happening_named_by_its_abbreviation_on_one_day_is_told_again():
    # "특히 20일은 409개 상장법인이 주주총회를 개최하는 …" then "… 147개사가 이날 주총을 개최한다" (주총: 주주총회)
    found = told_events("c175", "409개 상장법인이 주주총회를", "147개사가 이날 주총을")
    assert len([e for e in found if e.start == date(2015, 3, 20)]) == 1


def test_a_happening_the_sentence_of_an_earlier_telling_already_named_is_told_again():
    # "… 1일 오후 2시 … 개폐회식 출연진 및 연출진 기자회견을 열고, 개폐회식 내용을 공개한다" then "조직위는 … 이날
    # 개폐회식의 주요 출연진을 모두 공개할 예정이다": 출연진 and 공개 were told by the first sentence
    found = told_events("c260", "1일 오후 2시 서울", "이날 개폐회식의 주요 출연진을")
    assert len([e for e in found if e.start == date(2014, 7, 1)]) == 1
    # "가수 고(故) 휘성의 빈소가 마련된 가운데 14일부터 조문이 가능해졌다" then "고인의 빈소는 오는 14일 … 마련되며"
    found = told_events("c461", "빈소가 마련된 가운데", "고인의 빈소는 오는 14일")
    assert [e.title for e in found if e.start == date(2025, 3, 14)] == ["마련된 가운데 조문"]


def test_a_title_with_a_name_the_earlier_sentence_does_not_hold_is_another_happening():
    # "현대 포터2 … 기아 봉고3 … 25일부터 시정조치에 들어간다" and "르노 XM3 등 2개 차종 … 25일부터 시정조치를 한다"
    found = told_events("c178", "기아 봉고3 3만", "르노 XM3 등 2개 차종")
    assert len([e for e in found if e.start == date(2025, 9, 25)]) == 2


def test_a_span_of_days_then_told_day_by_day_is_the_sum_of_those_days():
    # "윤석열 정부의 1기 내각 인사청문회가 다음달 2∼4일 집중적으로 열린다", then the hearings of 2, 3 and 4 May
    found = told_events("c474", "1기 내각 인사청문회가", "5월 2일엔 한덕수", "5월 4일엔 이종섭")
    assert [(e.start, e.end) for e in found if "청문회" in e.title] == [(date(2022, 5, 2), date(2022, 5, 2)),
                                                                    (date(2022, 5, 4), date(2022, 5, 4))]


def test_many_told_together_on_a_day_told_one_by_one_is_no_happening_more():
    # "11월 2일에는 보이그룹 선후배가 나란히 컴백한다. 이날 몬스타엑스는 세 번째 정규 앨범 …을 발매하고 …"
    found = told_events("c233", "보이그룹 선후배가 나란히", "이날 몬스타엑스는")
    assert [e.title for e in found if "선후배" in e.title] == []
    assert [e.start for e in found if "몬스타엑스" in e.title or "앨범" in e.title][:1] == [date(2020, 11, 2)]
    # "괴물 신인 걸그룹 두 팀이 같은 날 신곡을 발표한다" under "◆ 5월 12일 트리플에스(tripleS), 미야오(MEOVV)"
    assert [e.title for e in article_events("c234") if e.title == "신곡 발표"] == []


def test_the_one_happening_of_a_kind_told_finer_is_what_its_coarse_telling_names():
    # "국내 전시회 가운데 가장 큰 규모의 전시회가 오는 9월 일산 킨텍스에서 열린다" then "… 다음달 28일부터 나흘간 일산
    # 킨텍스에서 제1회 한국산업대전을 개최한다고 밝혔다": the September exhibition is the fair of the 28th
    found = told_events("c79", "가장 큰 규모의 전시회가", "제1회 한국산업대전을")
    assert [(e.start, e.precision) for e in found] == [(date(2011, 9, 28), "day")]
    # "… 재판부는 내년 1월 중순 변론을 종결하기로 했습니다" then "… “1월 12일 재판을 종결해야 하는 게 아닌가 싶다”"
    found = told_events("c69", "내년 1월 중순 변론을", "1월 12일 재판을 종결")
    assert [e.precision for e in found if e.title.endswith("종결")] == ["day"]
    # "갤럭시S10을 3월 초 출시하고 갤럭시 폴더블폰을 올해 상반기 중 출시할 예정이다": two launches told together
    found = told_events("c264", "갤럭시 폴더블폰을 올해 상반기")
    assert len([e for e in found if e.title.endswith("출시")]) == 2


def test_a_series_entered_with_its_first_step_is_that_step_or_its_start_told_elsewhere():
    # "여야가 이달 31일 예산안 공청회를 시작으로 내년도 예산안 심사를 위한 절차에 본격 돌입한다" then "31일 예산안
    # 공청회, 다음달 7~8일 종합정책질의를 진행한다": on the 31st what happens is the hearing
    found = told_events("c403", "예산안 공청회를 시작으로", "31일 예산안 공청회,")
    assert len([e for e in found if e.start == date(2024, 10, 31)]) == 1
    # "프로야구 포스트시즌이 다음달 7일 개막된다" then "… 다음달 7일부터 정규리그 3,4위간의 준플레이오프(3전2선승제)를
    # 시작으로 포스트시즌에 들어간다고 16일 발표했다": one start of the post-season
    found = told_events("c202", "포스트시즌이 다음달 7일 개막", "준플레이오프(3전2선승제)를 시작으로")
    assert len([e for e in found if e.start == date(2001, 10, 7)]) == 1
    # alone, the series told with its first step is still read
    assert [e.start for e in told_events("c403", "예산안 공청회를 시작으로")] == [date(2024, 10, 31)]


def test_a_date_and_a_predicate_told_in_other_tenses_date_nothing():
    # c167: "… 6월 평가전 때 소집됐던 골키퍼 김승규, … 등을 점검할 예정이다": June gone by dates no check ahead
    assert [e.title for e in sentence_events("c167", "소집됐던 골키퍼") if e.start and e.start.month == 6] == []
    # c559: "지난 4월부터 진행된 … 참여했으며, … 캠페인은 오는 12월 9일까지 약 3개월간 진행될 예정이다"
    assert [e.title for e in sentence_events("c559", "진행된 중앙형 캠페인")] == []
    # c533: "… 1주일 가량 빠른 7월 상반기(1-15일)께 끝날 것"이라고 전망했다": a forecast dated by no day gone by
    assert [e.title for e in sentence_events("c533", "7월 상반기") if e.kind == "past"] == []
    # a day ahead and what used to be done then (c143, `수능 다음날 … 실시됐던 표본채점 제도가`) or was to be held
    # then and was moved (c555, `10월10일 개최되기로 했던 도로공사와 현대건설의 경기는 … 19일로 대체되며`)
    assert [e.title for e in sentence_events("c143", "실시됐던 표본채점") if e.kind == "planned"] == []
    assert [e.title for e in article_events("c555")
            if "개최되기로 했던" in e.evidence and e.start == date(2015, 10, 10)] == []


def test_a_coarse_telling_gives_way_to_a_finer_one_referring_back_to_it():
    # "가정의 달인 5월의 첫 전시회는 ‘코베 베이비페어’가 문을 연다. 5월 4일부터 7일까지 2전시장(7홀)에서 열린다.": the
    # sentence after, with no subject of its own, gives the fair its days
    found = article_events("c667")
    assert [(e.start, e.precision) for e in found if e.start and e.start.month == 5 and "베이비페어" in e.evidence] \
        + [(e.start, e.precision) for e in found if e.evidence.startswith("5월 4일부터")] == [(date(2023, 5, 4), "day")]
    # "… 5월 가정의 달을 맞아 가족사랑 기획전시 ‘소소한 희노애락’전을 준비하고 있다. 다음달 14일 개막해 …"
    assert [(e.start, e.precision) for e in article_events("c163") if "희노애락" in e.title] == [(date(2019, 5, 14), "day")]
    # "올해 APEC은 미국 샌프란시스코에서 열린다." beside "윤 대통령은 오는 15~17일 … APEC(…)정상회의에 참석한다."
    assert [(e.start, e.precision) for e in article_events("c191") if "APEC" in e.title] == [(date(2023, 11, 15), "day")]
    # "… SBS의 2017년 상반기 기대작 '피고인'이 출격한다." beside "… '피고인'이 오는 1월 23일 첫 방송된다."
    assert [(e.start, e.precision) for e in article_events("c683") if "'피고인'" in e.title] == [(date(2017, 1, 23), "day")]


def test_a_coarse_telling_of_what_is_done_to_a_name_or_held_around_it_stays():
    # "고령 대가야축제는 앞서 올해 초 … 최우수축제로 3년 연속 선정되었을 뿐만 아니라 …": the selection, a passive, is
    # not the 2024 festival's report meeting of 26 December that names the festival
    assert ("고령 대가야축제 선정", date(2023, 1, 1), "year") in [(e.title, e.start, e.precision) for e in article_events("c07")]
    # "… 내주 미국 뉴욕에서 열리는 유엔총회를 계기로 …" beside "… 20일 유엔총회에서 기조연설을 …": held at it
    assert ("유엔총회", date(2022, 9, 19), "week") in [(e.title, e.start, e.precision) for e in article_events("c497")]


def test_a_number_in_a_unit_of_measure_before_ro_is_a_level_reached():
    # "우선 하반기 금융정책은 … 가계부채 안정 등 4가지로 요약된다": how many parts, not a happening of the half
    assert [e.title for e in sentence_events("c515", "4가지로 요약된다")] == []
    # "태풍 '쁘라삐룬'은 2일 오전 9시께는 시속 38㎞로 제주도를 향할 예정이다": a speed, told beside the landfall
    assert [e.title for e in sentence_events("c629", "시속 38㎞로 제주도를")] == []
    # a number in a unit of time is a day set, not a level: "… 개학일을 이달 2일에서 9일로 연기한다고 발표한 바 있다"
    assert [e.start for e in sentence_events("c217", "9일로 연기한다고")] == [date(2020, 3, 9)]


def test_a_subject_naming_what_an_earlier_telling_of_that_day_named_tells_it_again():
    # "가수 고(故) 휘성의 빈소가 마련된 가운데 14일부터 조문이 가능해졌다" then "… 빈소는 14일 오전 11시부터 추모객들의
    # 조문을 받을 예정이며": the same subject, the same happening, one day
    assert [e.title for e in article_events("c461") if e.start == date(2025, 3, 14)] == ["마련된 가운데 조문"]
    # "여야는 오는 26, 27일 이틀간 이한동 총리서리에 대한 인사청문회를 실시한 뒤 …" then "헌정 사상 처음인 이번
    # 인사청문회는 … 26일부터 이틀간 실시된다": the topic is a word of the earlier title
    assert [e.title for e in article_events("c245") if e.start == date(2000, 6, 26)] == ["이한동 총리서리에 대한 인사청문회 실시"]
    # "… 2026학년도 중학교 입학 배정 결과 공개 시간을 오는 8일 …" then "2026학년도 중학교 입학 배정 결과는 2026년 1월 8일
    # 오후 3시부터 … 확인할 수 있다": a topic of several words inside the earlier title, whatever the verb
    assert [e.start for e in article_events("c715")].count(date(2026, 1, 8)) == 1
    # "LG전자도 'V30'을 같은 날 출시할 것이라는 보도가 …" then "외신은 LG전자가 9월 15일 V30을 한국에 가장 먼저 출시할
    # 것으로 예측했다": one launch of V30; Samsung's launch of that day stays
    titles = [e.title for e in article_events("c609") if e.start == date(2017, 9, 15) and e.title.endswith("출시")]
    assert titles == ["국내 출시", "LG전자도 'V30' 출시"]


def test_a_subject_that_is_the_happening_or_another_thing_of_that_day_stays_apart():
    # "28일엔 '금융안정 상황(2019년 3월)' 자료 발표가 예정돼 있다": the subject is the 발표 itself, not the BSI's of that day
    assert "'금융안정 상황(2019년 3월)' 자료 발표" in [e.title for e in article_events("c111")]
    # "광안리와 다대포·일광·임랑해수욕장은 7월 1일 공식 개장한다" beside "전면 개장은 7월 1일이지만 …": other beaches
    assert "임랑해수욕장 개장" in [e.title for e in article_events("c547")]


def test_a_date_before_a_quoted_speech_is_the_day_it_was_said():
    # "기상청은 16일 "기압골을 타고 … 17일 … 소나기가 온 뒤 비가 그칠 것"이라고 내다봤다": the 16th is the forecast's
    # day; the 17th's shower, told inside the speech, is read there and is the publication day's own news
    assert [(e.start, e.on_publication_day) for e in sentence_events("c757", "기압골을 타고")] == [
        (date(2002, 8, 17), True)]
    # "… 부장판사)는 3일 "첫 공판은 … 10월 초순에 열 계획"이라며 첫공판 일자를 다음달 7일로 할 방침임을 밝혔다": the
    # dates told in and after the speech stay
    found = sentence_events("c525", "첫 공판은 검찰")
    assert [(e.start, e.precision) for e in found] == [(date(1996, 10, 1), "month"), (date(1996, 10, 7), "day")]
    # "박 대통령의 다음달 2~4일 방중 계기 한·중 정상회담 개최 여부에 대해 “제가 알기에는 … 개최될 것으로 알고 있다”며":
    # the predicate is only inside the speech
    assert [e.title for e in sentence_events("c129", "제가 알기에는")] == []


def test_the_week_of_publication_is_the_news_own_time():
    # "수도권에 위치한 대부분의 대학들은 이번 주 졸업식을 마쳤다" (published 2014-02-21): this week's, not a follow-up
    assert [(e.start, e.precision, e.on_publication_day) for e in sentence_events("c657", "이번 주 졸업식을")] == [
        (date(2014, 2, 17), "week", True)]
    # "… "이번주 연휴가 끼어 있어서 예약판매 날짜가 아직 확정되지는 않았지만 …"" (published 2014-04-30)
    assert [(e.precision, e.on_publication_day) for e in sentence_events("c521", "예약판매 날짜가 아직")] == [
        ("week", True)]
    # "25일 고위당정협의회에서 "이번 주 대통령께서 국정 브리핑을 한다. …"": the day gone by stays a follow-up's
    found = sentence_events("c125", "이번 주 대통령께서")
    assert [(e.start, e.precision, e.on_publication_day) for e in found] == [
        (date(2024, 8, 25), "day", False), (date(2024, 8, 26), "week", True)]


def test_a_year_with_buteo_told_as_done_is_an_arrangement_in_force():
    # "병무청은 올해부터 이동징병검사제를 폐지, … 수검인원도 하루 1백50명으로 줄였다", "올해부터 포스트시즌은 … 환원됐다",
    # "경주박물관은 2007년부터 휴관일인 월요일에도 옥외 전시장을 개방하여 … 얻고 있다", "… 표본채점 제도가 지난해부터
    # 폐지된 만큼 …": since when a rule stands, no happening of that year
    for article, needle in [("c841", "이동징병검사제를"), ("c145", "올해부터 포스트시즌은"), ("c855", "2007년부터"),
                            ("c143", "지난해부터 폐지된")]:
        assert sentence_events(article, needle) == []
    # "올해부터 … 통합해 지난 19일 '제19회 국토정중앙 달맞이축제'를 개최한 양구군은 … 일정을 확정해 발표했다": the day stays
    assert [(e.start, e.precision) for e in sentence_events("c705", "올해부터 동계민속")] == [(date(2019, 2, 19), "day")]
    # a year with a verb ahead is a change or an undertaking to come: "내년부터는 7급 공채에 … 도입되는 등 … 바뀐다",
    # "… 행복청이 올해부터 2단계 개발 사업에 들어간다"
    assert [(e.start, e.precision) for e in sentence_events("c243", "내년부터는 7급")] == [(date(2021, 1, 1), "year")]
    assert [(e.start, e.precision) for e in sentence_events("c31", "올해부터 2단계")] == [(date(2017, 1, 1), "year")]


def test_a_date_that_is_the_standard_of_a_comparison_dates_nothing():
    # c999 "이번 특차모집에서도 지난 해와 마찬가지로 주요 대학의 인기학과에만 지원자가 몰리고 … 나타날 전망이다"
    assert [e.title for e in sentence_events("c999", "지난 해와 마찬가지로")] == []
    # c603 "… 전날보다 다소 오르겠고 낮 최고기온은 0~7도로 전날 수준을 유지할 전망이다": Sunday's weather, measured
    # against Saturday's; Saturday (전날) dates nothing of it
    assert date(2026, 1, 31) not in [e.start for e in sentence_events("c603", "전날 수준을 유지할")]
    # c1122 (the unseen batch it was judged on) "… 연전 편성도 올해와 동일하게 3-3, 3-3, 2-2연전을 유지하기로 했다"
    assert [e.title for e in sentence_events("c1122", "올해와 동일하게")] == []

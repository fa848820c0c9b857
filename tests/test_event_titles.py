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


def test_a_light_verbs_argument_alone_takes_whose_it_is():
    # "삼양패키징이 20~21일 공모청약을 받는다": the subject before the date says whose subscription it is
    assert titles_on("c170", "삼양패키징이 20", date(2017, 11, 20)) == ["페트 용기 전문기업 삼양패키징 공모청약"]


def test_two_recalls_on_one_day_by_different_makers_stay_two():
    # "기아 봉고3 3만 3990대는 … 25일부터 시정조치에 들어간다" and "르노 XM3 등 2개 차종 8562대는 … 25일부터 시정조치를
    # 한다": each sentence's topic, its count dropped, tells the two recalls apart; they are not merged
    found = sorted(e.title for e in article_events("c178") if e.start == date(2025, 9, 25))
    assert found == ["기아 봉고3 시정조치", "르노 XM3 등 시정조치"], found


def test_a_count_is_not_whose_happening_it_is():
    # "… 풀무원(017810) 등 총 322사가 18일 정기주총을 연다": a tally of firms names no doer of the meeting
    found = [e.title for e in sentence_events("c176", "총 322사가")]
    assert found == ["정기주총"], found


def test_a_possibility_after_the_verb_is_not_what_starts():
    # "애플 아이폰7의 사전주문은 오는 9월9일부터 시작될 가능성이 점쳐지고 있다": the pre-orders start, not 가능성
    assert titles_on("c135", "사전주문은 오는", date(2016, 9, 9)) == ["사전주문 시작"]


def test_a_quoted_name_an_adnominal_verbal_noun_describes_is_what_is_held():
    # "과학기술정보통신부는 12일 개최되는 '제20회 국가 우주위원회' 안건에 대해 …": the committee, not the ministry
    assert titles_on("c156", "12일 개최되는", date(2021, 8, 12)) == ["'제20회 국가 우주위원회' 개최"]


def test_the_hour_after_the_date_is_not_what_starts():
    # "운행은 28일 오전 5시30분부터 시작한다": the topic starts; 5시30분 belongs to the date
    assert titles_on("c133", "운행은 28일", date(2022, 5, 28)) == ["운행 시작"]


def test_a_subject_after_the_date_is_not_the_event_when_the_predicate_has_its_own_goal():
    # "모레 오전 트럼프 대통령 부부가 주최하는 백악관 환영 만찬에 참석합니다": the dinner attended, not the hosts
    assert titles_on("c189", "백악관 환영 만찬에", date(2017, 6, 30)) == ["백악관 환영 만찬 참석"]


def test_a_framed_sentence_s_goal_of_attending_is_the_event():
    # "30일에는 … 개최한다. 복지부는 '아세안+3 보건장관회의'에 참석한다": the meeting, not the ministry
    found = [e.title for e in article_events("c110") if e.start == date(2019, 8, 30) and "참석" in e.title]
    assert found == ["'아세안+3 보건장관회의' 참석"], found


def test_a_room_set_up_for_the_audit_is_not_the_audit():
    # "내달 4일부터 … 국정감사 종합상황실을 운영할 예정이다" and "… 2022년도 국정감사를 오는 10월 4일부터 24일까지
    # 실시한다": one day, two happenings; 국정감사 heads the second title but only modifies 종합상황실 in the first
    found = sorted(e.title for e in article_events("c119") if e.start == date(2022, 10, 4))
    assert found == ["2022년도 국정감사 실시", "국정감사 종합상황실 운영"], found


def test_the_calendar_keeps_apart_what_the_article_told_apart(cli, tmp_path):
    # the recalls of c178 stored through `newsdigest ingest`: the calendar does not merge the article's two
    # happenings of the 25th again by their shared words (시정, 조치)
    from tests.test_events_civic import ARTICLE_TEXT

    a = ARTICLE_TEXT["c178"]
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "c178.txt").write_text("\n\n".join(a["paragraphs"]), encoding="utf-8")
    (folder / "metadata.toml").write_text(f'["c178.txt"]\npublished = "{a["published"]}"\n', encoding="utf-8")
    assert cli("ingest", str(folder)).code == 0
    events = cli("events", "--all", "--format", "json").json()["events"]
    recalls = sorted(e["title"] for e in events if e["date"] == "2025-09-25")
    assert recalls == ["기아 봉고3 시정조치", "르노 XM3 등 시정조치"], recalls


def test_hours_and_lengths_inside_a_title_are_when_not_what():
    # "12일부터 13일 양일간 오전 9시부터 오후 6시까지 최종 후보자 등록 신청을 받는다"
    found = [e.title for e in sentence_events("c116", "양일간 오전 9시부터")]
    assert "최종 후보자 등록 신청" in found, found


def test_what_is_done_before_the_date_is_not_what_the_date_dates():
    # "… 동포 간담회에 참석한 뒤 다음 달 2일 귀국합니다": the return is on the 2nd, the meetings before it
    assert titles_on("c189", "참석한 뒤 다음 달", date(2017, 7, 2)) == ["문 대통령 귀국"]


def test_a_day_before_an_adnominal_of_taking_place_dates_the_noun_it_describes():
    # "4월 11일 예정된 대한민국 임시정부 수립 100주년 기념행사에는 … 이낙연 국무총리가 참석할 예정": the ceremony
    assert titles_on("c190", "4월 11일 예정된", date(2019, 4, 11)) == ["대한민국 임시정부 수립 100주년 기념행사"]


def test_a_span_s_length_between_it_and_its_adnominal_still_leaves_the_noun_dated():
    # "4월 7일부터 17일 까지 열흘동안 진행된 예악판매에서 …": the pre-sale (as the outlet spelled it) is dated
    assert titles_on("c137", "열흘동안 진행된", date(2017, 4, 7)) == ["예악판매"]


def test_a_happening_said_to_take_place_is_the_one_named_before():
    # "오는 29일 뉴욕 언팩을 시작으로 …" and "언팩은 29일 미국 뉴욕의 링컨센터와 … 동시에 진행된다": one unveiling
    found = [e.title for e in article_events("c138") if e.start == date(2017, 3, 29)]
    assert len([t for t in found if "언팩" in t]) == 1, found


def test_a_passive_predicate_s_topic_is_its_argument_in_a_long_clause():
    # "선거일인 4월 13일의 투표는 오전 6시부터 오후 6시까지 전국 1만3천780개 투표소에서 실시되며, …"
    assert "투표 실시" in titles_on("c114", "4월 13일의 투표는", date(2000, 4, 13))


def test_a_quoted_name_goes_on_with_the_noun_an_adnominal_describes():
    # "지난 2일 개설된 쏘나타 '티저(teaser)' 사이트에서도 …": the site opened, not the car
    assert titles_on("c192", "개설된 쏘나타", date(2009, 9, 2)) == ["쏘나타 '티저(teaser)' 사이트"]


def test_the_curtain_rising_is_an_opening():
    # "지난 8월 10일 막이 오른 도자기엑스포에는 …": the expo opened on the 10th
    assert titles_on("c43", "막이 오른 도자기엑스포", date(2001, 8, 10)) == ["도자기엑스포 개막"]


def test_an_adverb_before_the_predicate_is_no_part_of_a_headline():
    # "국회는 7일로써 20일간의 국정감사를 모두 마치고 …": the audit completed, without 를 모두
    assert titles_on("c121", "모두 마치고", date(1989, 10, 7)) == ["국정감사 완료"]


def test_one_possessive_link_stays_in_a_name():
    # "그녀의 사생활 종영(5월 30일) 이후에는 …": the drama's title keeps its possessive
    assert titles_on("c180", "그녀의 사생활 종영(5월", date(2019, 5, 30)) == ["그녀의 사생활 종영"]


def test_a_described_noun_before_a_possessive_is_no_name():
    # "국내 전시회 가운데 가장 큰 규모의 전시회가 오는 9월 일산 킨텍스에서 열린다": not `규모의 전시회`
    assert not any("규모" in e.title for e in sentence_events("c79", "가장 큰 규모의 전시회가"))


def test_nouns_joined_by_a_middle_dot_are_one_described_phrase():
    # "오는 25∼27일 부산에서 열리는 한·아세안 특별정상회의를 계기로 …": not `한`
    assert "한·아세안 특별정상회의" in titles_on("c130", "부산에서 열리는 한·아세안", date(2019, 11, 25))


def test_a_date_in_words_before_its_bracketed_day_names_no_happening():
    # "제13회 부산국제영화제가 내일(2일) 개막을 앞두고 …" then "내일(2일) 개막식은 … 펼쳐집니다": one opening, not `내일`
    found = [e.title for e in article_events("c149") if e.start == date(2008, 10, 2)]
    assert found == ["제13회 부산국제영화제 개막"], found


def test_the_bracket_closing_around_a_date_is_not_part_of_the_title():
    # "… 코넥스시장 13사 등도 같은 날(25일) 정기주총을 개최한다"
    found = [e.title for e in article_events("c176") if e.evidence.endswith("같은 날(25일) 정기주총을 개최한다.")]
    assert found == ["정기주총 개최"], found


def test_a_shorter_title_inside_a_longer_one_on_the_same_day_is_told_again():
    # "여야가 오는 27일 국회 본회의를 열고 …" and "오는 27일 오후 2시에 본회의를 열고 …": one session
    assert [e.title for e in article_events("c199") if e.start == date(2024, 6, 27)] == ["국회 본회의"]
    # "내년 첫 기준금리 결정회의가 1월 24일로 정해졌다" and "첫 회의는 내년 1월24일이다": 회의 heads 결정회의
    assert [e.title for e in article_events("c122") if e.start == date(2019, 1, 24)] == ["내년 첫 기준금리 결정회의"]
    # "공판 기일이 다음달 20일로 확정됐다" and "1심 공판 기일을 오는 6월 20일로 정하고": 확정 only fixes the day
    assert len([e for e in article_events("c228") if e.start == date(2018, 6, 20)]) == 1


def test_a_name_told_in_two_sentences_is_one_happening():
    # "국민의힘 7·23 전당대회 합동연설회가 …" and "… 7·23 전당대회 합동연설회는 …": one convention, named twice
    assert [e.title for e in article_events("c153") if e.start == date(2024, 7, 23)] == ["7·23 전당대회"]


def test_the_same_month_told_by_two_days_and_by_its_end_is_one_period():
    # "재판은 … 내년 1월 말쯤 선고될 예정" and "내년 1월 21일 혹은 28일 선고기일을 열겠다": one sentencing, January
    found = [e.title for e in article_events("c69") if e.precision == "month" and e.start.year == 2026 and "선고" in e.title]
    assert found == ["한덕수 전 국무총리의 재판 선고"], found


def test_what_ends_before_the_next_clause_is_a_time_not_a_happening():
    # "투표는 … 투표소에서 실시되며, 투표가 끝난 뒤 … 개표가 이뤄진다": 끝난 뒤 says when the count starts
    assert titles_on("c114", "투표가 끝난 뒤", date(2000, 4, 13)) == ["투표 실시"]


def test_two_openings_of_one_day_with_other_subjects_stay_two():
    # "선거인명부는 … 4월6일 확정되며, 부재자투표는 이날부터 8일까지 3일간 실시된다": two happenings on one day
    assert sorted(titles_on("c114", "부재자투표는 이날부터", date(2000, 4, 6))) == ["부재자투표 실시", "선거인명부 확정"]


def test_what_is_carried_out_with_no_object_is_the_topic():
    # "후보자 등록은 28일과 29일 이틀간에 걸쳐 각 지역 선관위에서 실시한다": the place is where, the topic is what
    assert titles_on("c114", "후보자 등록은 28일", date(2000, 3, 28)) == ["후보자 등록 실시"]


def test_a_scene_set_by_a_light_verb_is_not_the_happening():
    # "부산국제영화제(BIFF)가 1일 오후 비가 내리는 가운데 … 야외광장에서 개막됐다": the rain sets the scene
    assert titles_on("c124", "야외광장에서 개막됐다", date(2015, 10, 1)) == ["부산국제영화제 개막"]


def test_a_next_clause_with_a_length_says_how_long_the_dated_start_lasts():
    # "올해 프로야구 정규 시즌이 4월4일 개막돼 팀당 133경기씩 6개월간 대장정에 들어간다": the opening is dated
    assert titles_on("c145", "133경기씩", date(2009, 4, 4)) == ["올해 프로야구 정규 시즌 개막"]
    # "2010년 프로야구가 3월27일 개막해 6개월동안 팀당 133경기, 총 532경기의 대장정에 들어간다고 30일 발표했다"
    assert titles_on("c146", "532경기의", date(2010, 3, 27)) == ["2010년 프로야구 개막"]


def test_a_determiner_written_with_its_noun_stays_in_the_topic():
    # "본회의는 오는 19~21일 사이 열릴 것으로 전망된다" (Kiwi: 본/MM 회의/NNG): the session is 본회의
    assert titles_on("c197", "19~21일 사이", date(2020, 5, 19)) == ["본회의 개최"]


def test_a_coarse_telling_inside_a_finer_title_is_dropped_for_it():
    # "여야는 다음 주 … 법안 처리를 위한 본회의를 열기로 했다" and "본회의는 오는 19~21일 사이 열릴 것으로": one session
    found = [(e.title, e.precision) for e in article_events("c197") if "본회의" in e.title and e.start.month == 5
             and e.start.day >= 18]
    assert found == [("본회의 개최", "day")], found


def test_who_attends_is_not_the_happening_but_what_they_attend():
    # "이날 기자회견에는 김영수 조직위원장을 비롯해 … 첼리스트 송영훈이 참석하고": the press conference, told once (the
    # day's `출연진 … 공개` is told by the conference's own sentence: one labelled happening that day)
    found = [e.title for e in article_events("c260") if e.start == date(2014, 7, 1)]
    assert len(found) == 1 and "기자회견" in found[0], found


def test_a_happening_named_only_as_one_is_the_days_happening_told_again():
    # "'갤럭시노트9'이 오는 8월 9일 미국 뉴욕에서 공개된다" and "행사는 현지시간으로 오는 8월 9일 오전 11시에 열린다"
    assert [e.title for e in article_events("c263") if e.start == date(2018, 8, 9)] == \
        ["삼성전자 하반기 전략 스마트폰 '갤럭시노트9' 공개"]


def test_that_day_with_the_days_happening_as_topic_goes_on_about_it():
    # "… 28일 … 출입기자 60여 명과 간담회를 갖고 …" then "… 시작된 이날 간담회는 … 기자들 질문이 쏟아졌다": one meeting
    found = [e.title for e in article_events("c261") if e.start == date(2015, 4, 28)]
    assert len(found) == 1 and found[0].endswith("간담회"), found


def test_that_day_told_in_the_past_is_not_a_day_ahead():
    # "… 다시 23일로 늦춰진 바 있다." then "교육부는 이날 오전 중앙재난안전대책본부 회의에서 관련 논의를 진행했으면, …":
    # a past verb's 이날 is the news day, not the 23rd ahead
    assert [e.title for e in article_events("c216") if e.start == date(2020, 3, 23) and "논의" in e.title] == []


def test_a_title_saying_only_where_is_the_same_predicates_happening_told_again():
    # "삼성전자는 다음 달에 갤럭시 폴드도 출시한다는 계획이다" and "… 9월부터 글로벌 시장에 순차적으로 출시할 예정이다"
    found = [e.title for e in article_events("c267") if "출시" in e.title]
    assert found == ["갤럭시 폴드 출시"], found


def test_a_length_since_and_an_adverb_name_no_happening_the_topic_does():
    # "베리굿은 오는 5일 무려 1년 5개월 만에 컴백하고": how long after is no part of the headline; who comes back is
    assert titles_on("c233", "베리굿은 오는 5일", date(2020, 11, 5)) == ["베리굿 컴백"]


def test_a_manner_noun_before_the_verbal_noun_gives_way_to_its_object():
    # "… RPG '가디스오더'를 다음 달 24일 정식 출시한다고": 정식 says how, the quoted object what is launched
    assert titles_on("c236", "가디스오더'를 다음 달", date(2025, 9, 24)) == ["모바일 액션 횡스크롤 RPG 가디스오더 출시"]


def test_a_numeral_before_a_counter_stays_in_the_object():
    # "몬스타엑스는 세 번째 정규 앨범 'FATAL LOVE(페이탈 러브)'를 발매하고": 세 번째 is one phrase, its quotes paired
    # (`이날` is read from the article, so the whole article is read)
    found = [e.title for e in article_events("c233") if e.start == date(2020, 11, 2) and "FATAL" in e.title]
    assert found == ["세 번째 정규 앨범 FATAL LOVE(페이탈 러브) 발매"], found


def test_a_day_before_an_adnominal_verbal_noun_dates_the_noun_it_describes():
    # "지난 1월 24일 개막한 ‘100년의 기다림-한국근현대명화’전은 … 작품을 전시했다": the exhibition opened that day
    assert titles_on("c163", "지난 1월 24일 개막한", date(2019, 1, 24)) == ["‘100년의 기다림-한국근현대명화’전 개막"]


def test_where_it_is_held_gives_way_to_the_quoted_name_it_describes():
    # "오는 11월12일 올림픽 공원(올림픽 홀)에서 개최될 예정인 '2018 제2회 한중국제영화제(KCIFF)'가": the festival, not the hall
    assert titles_on("c271", "올림픽 공원(올림픽 홀)에서", date(2018, 11, 12)) == ["'2018 제2회 한중국제영화제(KCIFF)' 개최"]


def test_an_adnominal_ending_inside_a_word_is_a_misread_name_not_a_relative_clause():
    # "12월 7일부터는 에어 부산이 부산↔중국 싼야 노선에 …": Kiwi reads 싼야 as 싸/VA ㄴ/ETM 야; the title keeps the name
    found = [e.title for e in article_events("c244") if e.start == date(2016, 12, 7)]
    assert found == ["에어 부산이 부산↔중국 싼야 노선에 주 4회 각각 신규취항"], found


def test_a_verbal_noun_after_a_comma_shares_the_object_of_the_one_before():
    # "인사청문회법안을 조속히 마련, 이달 19일 본회의에서 처리키로 했다": what is passed is the bill, not where
    assert titles_on("c245", "인사청문회법안을 조속히 마련", date(2000, 6, 19)) == ["인사청문회법안 처리"]


def test_a_launch_after_a_showing_shares_its_object():
    # "3세대 K5를 공개한 뒤 오는 12월 중 본격 출시할 예정이다": K5 is shown, then launched
    found = [e.title for e in sentence_events("c246", "3세대 K5를 공개한 뒤") if e.precision == "month"
             and e.start == date(2019, 12, 1)]
    assert found == ["3세대 K5 출시"], found



def test_a_comma_inside_brackets_ends_no_clause():
    # "오는 29일 중국 산둥반도 옌타이(주4회, 월·수·금·토요일) 노선에 신규취항해": the route keeps its name
    found = titles_on("c229", "옌타이(주4회", date(2018, 10, 29))
    assert found == ["중국 산둥반도 옌타이(주4회, 월·수·금·토요일) 노선에 신규취항"], found


def test_who_takes_part_gives_way_to_what_they_take_part_in():
    # "26일 15개 팀이 참여한 거리퍼레이드로 화려한 행사의 시작을 알렸다": the parade, not the 15 teams
    assert titles_on("c09", "15개 팀이 참여한 거리퍼레이드", date(2024, 9, 26)) == ["거리퍼레이드"]


def test_the_day_a_coming_happening_was_announced_dates_nothing_and_this_day_goes_on_from_the_event():
    # "지난 10일 서울경찰청은 … 순차적으로 교통통제를 실시한다고 밝혔다": the 10th is the day it was said; "경찰은 이날
    # … 구간을 통제하고" then goes on from the marathon of "오는 12일", the last event told
    assert titles_on("c231", "순차적으로 교통통제를", date(2025, 10, 10)) == []
    found = [(e.title, e.start) for e in article_events("c231") if "구간" in e.title]
    assert found == [("세종대로·종로 구간 통제", date(2025, 10, 12))], found


def test_a_day_described_by_what_takes_place_on_it_dates_that():
    # "‘서울마라톤 대회’가 열리는 15일 … 교통이 통제된다": the marathon is held that day; the other sentence's
    # "교통이 순차적으로 통제된다" tells the traffic control, its -적으로 adverb no argument
    found = sorted(e.title for e in article_events("c230") if e.start == date(2026, 3, 15))
    assert found == ["‘서울마라톤 대회’", "교통 통제"], found


def test_a_closing_ceremony_told_after_the_curtain_fell_is_that_closing():
    # "엑스포가 28일 대단원의 막을 내렸다. 이날 폐회식은 … 잇따라 열렸다": 폐회 of a meeting and 폐막 of a curtain are
    # one closing
    found = [e.title for e in article_events("c43") if e.start == date(2001, 10, 28)]
    assert len(found) == 1 and "폐막" in found[0], found


def test_a_telling_of_only_where_something_is_held_is_the_happening_of_that_day():
    # "오는 3일 개막하는 2010청주직지축제가 …" and "이날 오후 2시 직지의 발상지 흥덕사지(고인쇄박물관 옆)에서 개최될
    # 행사는": a place phrase (의, a bracket inside) and 개최 name no happening of their own
    found = [e.title for e in article_events("c54") if e.start == date(2010, 9, 3)]
    assert found == ["2010청주직지축제 개막"], found


def test_one_opening_named_by_the_same_name_in_other_words_is_told_twice():
    # "신분당선 광교역~정자역 구간이 30일 첫 개통된다" and "… 신분당선 광교~강남 복선전철은 30일 … 개통된다": the
    # subjects share a name, the day and the verb agree
    found = [e.title for e in article_events("c134") if e.start == date(2016, 1, 30)]
    assert len(found) == 1 and found[0].endswith("개통"), found
    # two hearings on one day, each of its own nominee, stay two
    assert len([e for e in article_events("c352") if e.start == date(2014, 7, 7)]) >= 2


def test_a_clause_describing_the_object_with_an_aspect_auxiliary_is_not_the_happening():
    # "컴투스는 다음 달 18일 게임테일즈가 개발하고 있는 MMORPG '더 스타라이트'의 서비스를 시작한다": 개발하고 있는
    # describes the game; the day is the service's start
    assert titles_on("c236", "게임테일즈가 개발하고", date(2025, 9, 18)) == ["MMORPG '더 스타라이트'의 서비스 시작"]


def test_a_time_a_happening_is_ahead_of_is_not_what_it_is_done_to():
    # "오는 28일 세계박람회 개최지 결정을 앞둔 시점 방문으로": the decision is the happening, 시점 only says when
    assert titles_on("c191", "세계박람회 개최지 결정을", date(2023, 11, 28)) == ["세계박람회 개최지 결정"]
    # "2월 15일 첫 방송을 앞둔 '열혈사제'는": the drama described is what is broadcast
    assert titles_on("c188", "첫 방송을 앞둔", date(2019, 2, 15)) == ["'열혈사제' 방송"]


def test_raising_the_curtain_and_the_opening_match_are_one_opening():
    # "K리그 클래식이 3월1일 … 맞대결을 시작으로 9개월 대장정의 막을 올린다" and "3월1일 오후 2시 … 전북-울산의 공식
    # 개막전을 시작으로": 막을 올리다 is the opening, the opening match is that opening told again
    found = [e.title for e in article_events("c126") if e.start == date(2018, 3, 1)]
    assert [t for t in found if "개막" in t] == [found[0]] and found[0].endswith("개막"), found


def test_a_ceremony_on_the_day_of_another_happening_is_its_own_happening():
    # "4월15일부터 … 새 병원 개원과 함께 성서 시대를 연다" and "4월15일에는 … 새 병원 앞에서 커팅식을 가진다": the
    # cutting ceremony shares the hospital with the opening but is held for a cutting, not told again
    on_day = [e.title for e in article_events("c312") if e.start == date(2019, 4, 15)]
    assert len(on_day) == 2 and any(t.endswith("커팅식") for t in on_day), on_day
    # "28일 대단원의 막을 내렸다" and "이날 폐회식은 … 열렸다": a closing ceremony is the closing told again
    assert len([e for e in article_events("c43") if e.start == date(2001, 10, 28)]) == 1


def test_a_sentence_dating_its_topic_tells_the_day_of_the_coarser_happening():
    # "국제공항이 오는 9월 개항을 앞두고" and "정식 개항은 9월 30일이다": one opening, told by its month then its day
    openings = [(e.start, e.precision) for e in article_events("c255") if e.title.endswith("개항")]
    assert openings == [(date(2019, 9, 30), "day")], openings


def test_a_named_doer_with_a_bare_verb_told_twice_on_one_day_is_one_happening():
    # "11월 4일은 … 신예 걸그룹 시크릿넘버가 출격한다" and "시크릿넘버는 5개월여 만에 두 번째 싱글로 컴백할 예정이다"
    told = [e.title for e in article_events("c233") if e.start == date(2020, 11, 4) and "시크릿넘버" in e.title]
    assert len(told) == 1, told


def test_a_happening_that_doubles_as_another_is_that_happening_told_again():
    # "대표팀의 9월 평가전 명단이 13일 발표된다" and "… 명단 발표를 겸한 벤투 감독의 기자회견이 13일 … 진행된다"
    told = [e.title for e in article_events("c250") if e.start == date(2022, 9, 13) and "명단" in e.title]
    assert not [e for e in article_events("c250") if "기자회견" in e.title], told
    assert any(t.endswith("평가전 명단 발표") for t in told), told


def test_a_happening_added_with_too_for_another_owner_stays_its_own():
    # "대표팀의 9월 평가전 명단이 13일 발표된다" and "13일 올림픽대표팀 명단도 발표된다": two squads, two announcements
    told = [e.title for e in article_events("c250") if e.start == date(2022, 9, 13) and "명단" in e.title]
    assert len(told) == 2 and any(t.startswith("올림픽대표팀") for t in told), told


def test_one_argument_owned_by_two_names_on_one_day_is_two_happenings():
    # "한화건설은 23일 … ‘인천미추홀꿈에그린’의 견본주택을 공개한다" and "쌍용건설도 23일 … ‘광산쌍용예가플래티넘’의
    # 견본주택을 공개하고": two show houses opened on one day
    told = [e.title for e in article_events("c410") if e.start == date(2018, 11, 23) and "견본주택" in e.title]
    assert len(told) == 2 and any("광산쌍용예가플래티넘" in t for t in told), told


def test_another_subject_on_the_same_day_is_another_happening():
    # "‘우장산숲아이파크’가 12일 1순위 청약 접수를 받는다" and "같은 날 경기 화성에서는 … 신동탄포레자이가 1순위 청약
    # 접수를 받는다": 같은 날 sets a second subscription beside the first
    told = [e.title for e in article_events("c411") if e.start == date(2021, 5, 12) and "청약" in e.title]
    assert len(told) == 2 and any("신동탄포레자이" in t for t in told), told


def test_one_argument_of_two_kinds_on_one_day_is_two_happenings():
    # "29일 오전과 낮 사이 호우 예비특보가 발표됐다" and "29일 밤부터 강풍 예비특보가 발효된다": two warnings
    told = [e.title for e in article_events("c218") if e.start == date(2023, 6, 29) and "예비특보" in e.title]
    assert len(told) == 2 and any("강풍" in t for t in told), told


def test_a_series_each_doer_holds_is_not_told_finer_by_its_first_member():
    # "이번 주부터 각 부처의 신년 업무보고를 받는다" and "첫 부처인 기획재정부는 수요일(21일) … 업무보고를 하며"
    found = {e.precision for e in article_events("c198") if "업무보고" in e.title}
    assert found == {"week", "day"}, found


def test_many_doers_as_topic_are_a_series_not_told_finer_by_another_doers_day():
    # "이들 기업은 … 5월 중 일반청약에도 나설 계획이다" and "트루엔은 5월 8일부터 이틀간 일반청약을 받을 예정이다"
    found = {e.precision for e in article_events("c221") if "일반청약" in e.title}
    assert found == {"month", "day"}, found


def test_the_subject_right_after_a_listed_day_is_whose_happening_it_is():
    # "오는 27일에는 SK하이닉스와 …, 28일에는 LG전자가, 29일에는 SK이노베이션이 콘퍼런스 콜과 함께 실적을 공식 발표한다."
    assert titles_on("c452", "29일에는 SK이노베이션이", date(2022, 4, 29)) == ["SK이노베이션 실적 발표"]
    # the days before it in the list keep their own doers, not the last one's
    assert titles_on("c452", "29일에는 SK이노베이션이", date(2022, 4, 28)) == ["LG전자 실적 발표"]


def test_a_verb_of_holding_with_no_object_holds_the_topic_before_the_date():
    # "추가모집은 내년 2월24~29일 중에 대학이 자율적으로 시행한다": the topic told before the date is what is held
    assert titles_on("c478", "추가모집은 내년", date(2012, 2, 24)) == ["추가모집 시행"]


def test_a_verb_of_holding_that_modifies_a_noun_leaves_the_subject_alone():
    # "과학기술정보통신부는 12일 개최되는 '제20회 국가 우주위원회' 안건에 …": what is held follows the adnominal
    assert titles_on("c156", "12일 개최되는", date(2021, 8, 12)) == ["'제20회 국가 우주위원회' 개최"]


def test_a_prefix_fused_to_the_verbal_noun_stays_in_the_title():
    # "8월초 재소집되는 대표팀은 …": 재/XPN is part of 재소집; the squad is called up again, not for the first time
    assert titles_on("c256", "8월초 재소집되는", date(2001, 8, 1)) == ["대표팀 재소집"]


def test_what_a_hearing_is_about_stays_in_its_title():
    # "5, 6일 이틀간 대법관 6명에 대한 인사청문회를 실시키로": `X에 대한` is no modifying clause to drop
    assert "대법관 6명에 대한 인사청문회 실시" in titles_on("c245", "대법관 6명에 대한", date(2000, 7, 5))


def test_a_manner_noun_before_the_verbal_noun_leaves_the_object_in_the_title():
    # civic news c782 (7 January 1994): "… 건설공사를 8일 동시 착공," after the lead's "건설공사가 8일 착공된다": 동시
    # says how the works start, not what starts; the object names it, and the two tellings are one start on the 8th
    starts = [e for e in article_events("c782") if e.start == date(1994, 1, 8)]
    assert [e.title for e in starts] == ["건설공사 착공"]


def test_an_object_fronted_before_the_date_names_what_a_place_phrase_does_not():
    # "후보자등록신청을 오는 21, 22일 이틀간 관할 구·시·군·선관위에서 접수한다": the listed offices are only where
    assert titles_on("c1298", "후보자등록신청을 오는", date(2023, 2, 21)) == ["제3회 전국동시조합장선거 후보자등록신청 접수"]


def test_a_topic_with_no_object_told_names_the_deed_after_the_span_length():
    # "계약은 오는 26일부터 3일간 해당회사 견본주택에서 체결하게 된다": the length cut, only a place is left after
    # the date; the contract is what is signed
    assert titles_on("c1138", "계약은 오는 26일부터", date(1990, 9, 26)) == ["계약 체결"]


def test_days_in_brackets_after_a_period_word_date_what_names_the_period():
    # "‘2018 보은대추축제’ 기간(12~21일)인 17일 …": the festival runs on the bracketed days; `기간` names nothing
    assert titles_on("c1370", "보은대추축제’ 기간(12~21일)", date(2018, 10, 12)) == ["‘2018 보은대추축제’"]


def test_a_manner_phrase_between_the_topic_and_the_date_leaves_the_topic_what_happens():
    # "대망의 챔피언결정전은 7전4승제로 5월5일부터 시작해": best of seven says how; the final is what starts
    assert titles_on("c726", "7전4승제로 5월5일부터", date(2026, 5, 5)) == ["대망의 챔피언결정전 시작"]
    # "‘부러진 화살’은 예정대로 19일에 개봉하는": as planned says how; the film is what opens
    assert titles_on("c1226", "예정대로 19일에", date(2012, 1, 19)) == ["‘부러진 화살’ 개봉"]


def test_a_stage_between_the_topic_and_the_date_is_no_manner():
    # "금강은 1단계로 올해부터 98년까지 부지조성 및 공장신설에 …": the first stage is what is done, not how
    titles = titles_on("c1249", "1단계로 올해부터", date(1997, 1, 1))
    assert len(titles) == 1 and not titles[0].startswith("금강")  # the stage's works, not the company's


def test_a_day_topic_on_a_span_whose_length_follows_it_is_the_happening():
    # civic news c1448 (23 March 2008): "후보 등록일은 25∼26일 이틀간." (a verbless line): registration opens on the 25th
    assert titles_on("c1448", "후보 등록일은 25∼26일 이틀간", date(2008, 3, 25)) == ["후보 등록일"]


def test_an_ordinal_leg_done_with_hada_is_a_happening():
    # civic news c1450 (6 February 2013): "12월 4일(수) K리그 1위 홈에서 1차전을 하고": 1/SN 차/NNB 전/NNG, one word
    assert titles_on("c1450", "12월 4일(수) K리그 1위", date(2013, 12, 4)) == ["K리그 1위 홈에서 1차전"]


def test_a_place_named_with_a_genitive_inside_one_word_is_only_where():
    # civic news c1453 (6 November 2016): "‘창립 20주년 기념 행사’를 8일 오후 3시 대전예술의전당에서 개최한다"
    assert titles_on("c1453", "‘창립 20주년 기념 행사’를 8일", date(2016, 11, 8)) == ["‘창립 20주년 기념 행사’ 개최"]


def test_a_timetables_equals_sign_is_not_part_of_the_title():
    # civic news c1457 (Hankyung, 12 November 1990): "<>22일 = 본회의(91년도 예산안시정연설.추경 …)"
    assert [t for t in titles_on("c1457", "<>22일 = 본회의", date(1990, 11, 22)) if t.startswith("=")] == []
    assert titles_on("c1457", "<>22일 = 본회의", date(1990, 11, 22))[0].startswith("본회의")


def test_a_name_noted_as_provisional_is_the_name_an_adnominal_describes():
    # c1550: "내년 3월에 개교하는 (가칭)세종예술고는 4월 말까지 시교육청 홈페이지에 모집요강을 안내할 예정으로, …": the
    # school opens next March; the notice due by April is another clause's
    found = sentence_events("c1550", "개교하는 (가칭)세종예술고")
    assert [e.title for e in found if e.start == date(2018, 3, 1)] == ["세종예술고 개교"]

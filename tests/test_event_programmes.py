"""A day's programme: happenings joined in the one argument of a verb that says they take place, each an event of its
own (`digest/text/event_programmes.py`). Sentences of real dev articles (bench/data/civic_news), read with their
article's publication day; and the coordinations that are one happening, which must stay one."""

from __future__ import annotations

from datetime import date

from tests.test_events_civic import sentence_events


def titled(found, day: date) -> list[str]:
    return sorted(e.title for e in found if e.start == day)


def test_two_festivals_joined_as_the_subject_of_their_opening_are_two_events():
    # "앞서 9일에는 평창송어축제와 홍천강 꽁꽁축제가 동시에 막을 올린다."
    found = sentence_events("c869", "평창송어축제와 홍천강")
    assert titled(found, date(2026, 1, 9)) == ["평창송어축제 개막", "홍천강 꽁꽁축제 개막"]


def test_quoted_names_joined_by_and_before_held_are_two_events():
    # "… 11월 11일부터 12일까지 … ‘제30회 농업인의 날 기념식’과 ‘제9회 고성군 농축산물 한마당 축제’가 열린다고 5일 밝혔다."
    found = sentence_events("c1239", "농업인의 날 기념식’과")
    titles = titled(found, date(2025, 11, 11))
    assert len(titles) == 2 and "농업인의 날 기념식" in titles[0] and "한마당 축제" in titles[1]


def test_names_joined_inside_a_genitive_stay_one_match_and_commas_part_the_matches():
    # "3월 2일에는 인천 유나이티드와 제주 유나이티드, 상주 상무와 강원FC의 경기가 열리며 …"
    found = sentence_events("c99", "3월 2일에는 인천 유나이티드와")
    titles = titled(found, date(2019, 3, 2))
    assert len(titles) == 2
    assert any("인천" in t and "제주" in t for t in titles) and any("상주" in t and "강원FC" in t for t in titles)


def test_the_parts_of_a_ceremony_and_names_sharing_one_head_stay_one():
    # "대회 개회식은 7일 … 입장을 시작으로 내빈소개, 국민의례, … 선수단퇴장 등이 진행되고 …": a run of show
    assert len([e for e in sentence_events("c61", "내빈소개, 국민의례") if e.start == date(2016, 10, 7)]) <= 1
    # "13일에는 경부, 경전, 경의, 충북, 경북, 동해남부선 예매가 진행되며 …": lines sharing one booking
    assert len(titled(sentence_events("c467", "13일에는 경부, 경전"), date(2015, 1, 13))) <= 1


def test_members_with_an_hour_of_their_own_are_happenings_after_a_first_step():
    # "19일 군민의 날 행사는 … 주부 사이클 대회를 시작으로 오후 4시에는 풍물한마당과 축등행렬, 옥천줄다리기 시가행진이
    # 펼쳐진다.": the hour gives the members a time of their own; the first step stays an event too
    titles = titled(sentence_events("c1263", "오후 4시에는 풍물한마당과"), date(2019, 4, 19))
    assert titles == sorted(["일품공원에서 주부 사이클 대회", "풍물한마당", "축등행렬", "옥천줄다리기 시가행진"])


def test_a_happening_joined_with_and_together_stays_one():
    from digest.text.event_programmes import programme_members
    from digest.text.korean import tokenize

    # c1015: "특설무대에서는 지역주민들이 참여하는 노래자랑과 함께 초대가수 무대가 펼쳐진다.": labelled as one happening
    sentence = "특설무대에서는 지역주민들이 참여하는 노래자랑과 함께 초대가수 무대가 펼쳐진다."
    assert programme_members(sentence, tokenize(sentence), 0, len(sentence)) == []
    # c945: "10월3일에는 서울시, 손기정기념재단과 함께하는 ‘손기정 평화마라톤대회’가 … 열린다.": partners, one race
    sentence = "10월3일에는 서울시, 손기정기념재단과 함께하는 ‘손기정 평화마라톤대회’가 서울 잠실경기장에서 열린다."
    assert programme_members(sentence, tokenize(sentence), sentence.index("에는"), len(sentence)) == []


def test_each_member_of_a_coordinated_subject_gets_the_title():
    # c417: "이어 25일에는 LG화학과 LG생활건강, 삼성SDI, 제일모직, 조흥은행이 일제히 실적을 발표한다."
    titles = titled(sentence_events("c417", "이어 25일에는 LG화학과"), date(2002, 7, 25))
    assert [t.split()[0] for t in titles] == sorted(["LG화학", "LG생활건강", "삼성SDI", "제일모직", "조흥은행"])
    assert all(t.endswith("실적 발표") for t in titles)


def test_members_the_title_already_joins_or_sides_of_one_happening_are_not_parted():
    from digest.text.event_programmes import shared_title_members
    from digest.text.korean import tokenize

    # c661: "… 지난 2019년에는 주차시설과 문화관이 준공됐고 …": the title names both, one happening
    sentence = "현재 어진동에 한창 마무리 건설 중인 복합편의시설의 경우, 지난 2019년에는 주차시설과 문화관이 준공됐고 올해 8월에 체육관 건립공사가 마무리될 예정이다."
    at = sentence.index("지난 2019년")
    assert shared_title_members(sentence, tokenize(sentence), at, at + 9, len(sentence), "주차시설과 문화관 준공") == []
    # c595: "… 한-아시안센터와 제주도, 제주올레가 공동 개최하는 ‘제주올레 8코스: 한-아시안 올레 제막식’이 열린다."
    sentence = ("특히 2일 차인 8일에는 서귀포시 주상절리 인근 제주올레8코스에서 한-아시안센터와 제주도, 제주올레가 공동 개최하는 "
                "‘제주올레 8코스: 한-아시안 올레 제막식’이 열린다.")
    at = sentence.index("8일에는")
    title = "‘제주올레 8코스: 한-아시안 올레 제막식’ 개최"
    assert shared_title_members(sentence, tokenize(sentence), at, at + 2, len(sentence), title) == []
    # c1003: "… 2월에는 남미에서 2개팀과 A매치를 치르고 …": an object's 와 names a partner
    sentence = "2월에는 남미에서 2개팀과 A매치를 치르고 4월에는 코스타리카와 경기한다."
    assert shared_title_members(sentence, tokenize(sentence), 0, 2, sentence.index("치르고"), "남미에서 2개팀과 A매치") == []

"""Fixture lists of real national news (bench/data/civic_news, dev split only): one day, several games each between
its own pair at its own venue, each game an event titled by its pair, the happening and its venue."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_events_civic import article_events


@pytest.mark.parametrize("article, day, titles", [
    # c1039: "… 새달 8일 대구(삼성-롯데), 잠실(두산-LG), 문학(SK-현대), 대전(한화-기아)구장에서 열리는 2006 프로야구
    # 개막전 시작 시간을 …": venue(pair) members cut by commas, closed by the happening a clause on
    ("c1039", date(2006, 4, 8), {"삼성-롯데 개막전(대구)", "두산-LG 개막전(잠실)", "SK-현대 개막전(문학)", "한화-기아 개막전(대전)"}),
    # c1035: "오는 12일 롯데와 OB(마산), 삼성과 LG(대구)전을 시작으로 …": pair(venue) members joined inside by 와/과,
    # closed by 전 glued to the last bracket (`삼성과 LG(대구)전`, the title an older reading gives, is left as it is)
    ("c1035", date(1994, 3, 12), {"롯데-OB전(마산)"}),
    # c1027: "… 4일 오후 3시 울산현대-포항스틸러스(울산문수) 광주FC-대구FC(광주월드컵) 상주상무-강원FC(상주시민), 5일 오후
    # 3시 …(인천축구전용)에서 새 시즌의 막을 올린다": members cut by spaces alone, two days' lists closed by where they are
    # played
    ("c1027", date(2017, 3, 4), {"울산현대-포항스틸러스 경기(울산문수)", "광주FC-대구FC 경기(광주월드컵)", "상주상무-강원FC 경기(상주시민)"}),
    ("c1027", date(2017, 3, 5), {"전북현대-전남드래곤즈 경기(전주종합)", "인천유나이티드-제주유나이티드 경기(인천축구전용)"}),
    # c989: "3월 12일 오후 1시, 전국 5개 구장에서 펼쳐지는 개막전은 …. 두산-키움전이 열리는 이천에서는 …. 한화 -삼성전이
    # 열리는 대전에서는 …": each game of the day in a sentence of its own after it
    ("c989", date(2026, 3, 12), {"두산-키움전(이천)", "한화-삼성전(대전)", "KIA-SSG전(광주)"}),
])
def test_each_game_of_a_fixture_list_is_an_event_titled_by_its_pair_and_venue(article, day, titles):
    found = {e.title for e in article_events(article) if e.start == day}
    assert titles <= found, found

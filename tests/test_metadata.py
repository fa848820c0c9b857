"""Outlet, reporter and publication time found in raw text."""

import pytest

from digest.text.metadata import find_metadata, find_outlet_and_reporter, find_published, parse_published
from tests.conftest import SEEDS


def seed(name):
    return (SEEDS / name).read_text(encoding="utf-8")


def test_newsworks_byline_and_input_time():
    m = find_metadata(seed("000_37a83a5197225d90.txt"))
    assert (m.outlet, m.reporter) == ("뉴스웍스", "박광하")
    assert m.published.display() == "2025-09-10 10:00" and m.published.precision == "minute"


def test_newsis_date_from_caption():
    m = find_metadata(seed("001_7a6fba69ec65c48e.txt"))
    assert m.outlet == "뉴시스"
    assert m.published.display() == "2025-09-10" and m.published.precision == "day"


def test_seoul_economic_from_copyright_and_closing_credit():
    assert find_outlet_and_reporter(seed("003_60f1355c98299142.txt"))[0] == "서울경제"
    assert find_outlet_and_reporter(seed("004_2c4785145359766b.txt")) == ("서울경제", "진동영·류석")


@pytest.mark.parametrize("name", ["002_abc804fafb055ac8.txt", "003_60f1355c98299142.txt", "004_2c4785145359766b.txt"])
def test_no_date_is_invented(name):
    assert find_published(seed(name)) is None


@pytest.mark.parametrize("text, expected", [
    ("기사입력 2024-03-05 오후 3:07\n본문", "2024-03-05 15:07"),
    ("등록 2024.11.02 08:30 수정 2024.11.02 09:00", "2024-11-02 08:30"),
    ("(서울=연합뉴스) 홍길동 기자 = 삼성전자가 5일 발표했다.", None),
])
def test_labelled_times(text, expected):
    found = find_published(text)
    assert (found.display() if found else None) == expected


def test_copyrights_line_names_the_outlet():
    assert find_outlet_and_reporter("Copyrights ⓒ TV조선. 무단전재 및 재배포 금지")[0] == "TV조선"   # a TV조선 page


def test_credit_forms():
    assert find_outlet_and_reporter("(서울=연합뉴스) 홍길동 기자 = 본문이다.") == ("연합뉴스", "홍길동")
    assert find_outlet_and_reporter("[한국경제=김철수 기자] 본문이다.") == ("한국경제", "김철수")


def test_parse_published_rejects_garbage():
    with pytest.raises(ValueError, match="not a date"):
        parse_published("next tuesday", "argument")
    assert parse_published("2025-09-10", "sidecar").display() == "2025-09-10"


def test_regional_credit_names_the_outlet_after_the_place():
    # Credits quoted in issue 14 (a 스포츠조선 page on 조선닷컴) and on a saved 뉴스zum page of 연합뉴스.
    assert find_outlet_and_reporter("[부산=스포츠조선 선수민 기자]") == ("스포츠조선", "선수민")
    assert find_outlet_and_reporter("(세종=연합뉴스) 이세원 이대희 민경락 기자 = 작년 12월 일자리 증가 폭이") == ("연합뉴스", "이세원")


def test_time_written_beside_a_known_day():
    from datetime import datetime

    from digest.text.metadata import KST, find_time_on_day

    day = datetime(2023, 11, 2, tzinfo=KST)
    assert find_time_on_day("기사입력 2023-11-02 20:06:13 최종수정", day).display() == "2023-11-02 20:06"   # issue 14
    assert find_time_on_day("2023-11-01 09:00 관련기사", day) is None                 # another day's time

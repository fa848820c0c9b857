"""Forecasts read as planned happenings, on dev sentences of bench/data/civic_news: `-ㄹ 것으로 보이다/전망되다/
예상되다/예보되다` tells what will happen as `-ㄹ 전망이다` does."""
from __future__ import annotations

from datetime import date

import pytest

from tests.test_events_civic import sentence_events


@pytest.mark.parametrize("article, needle, words, day", [
    # c603: "일요일 새벽부터 오전 사이 … 곳곳에 눈이 올 것으로 보인다" (published Friday 30 January 2026)
    ("c603", "눈이 올 것으로 보인다", ["눈"], date(2026, 2, 1)),
    # c629: "'쁘라삐룬'은 2일 오전 9시 서귀포 남남서쪽 310㎞ 부근 해상을 지날 것으로 예상된다"
    ("c629", "해상을 지날 것으로 예상된다", ["해상"], date(2018, 7, 2)),
    # c409: "6월 무더위가 화요일인 25일 아침 잠시 꺾일 것으로 예보됐다"
    ("c409", "잠시 꺾일 것으로 예보됐다", ["무더위", "꺾"], date(2024, 6, 25)),
])
def test_a_forecast_is_a_planned_happening(article, needle, words, day):
    found = sentence_events(article, needle)
    dated = [e for e in found if all(w in e.title for w in words)]
    assert [(e.start, e.precision, e.kind) for e in dated] == [(day, "day", "planned")], \
        [(e.title, e.start) for e in found]


"""Tours of real national news (bench/data/civic_news, dev split only): one show taken from place to place, each
stop with its own days and venue, each stop an event titled by its venue."""

from __future__ import annotations

from datetime import date

from tests.test_events_civic import sentence_events


def test_the_last_stop_of_a_tour_listed_by_its_days_names_its_own_venue():
    """c419: "이어 3월 22일과 23일 광주 조선대학교 해오름관, …, 4월 12일과 13일 대전 우송예술회관에서도 연달아 콘서트를
    열고 …": the last stop, its two days joined like the others', is titled by its own venue, as the stops before it."""
    found = {e.start: e.title for e in sentence_events("c419", "이어 3월 22일과 23일")}
    assert "대전 우송예술회관" in found[date(2019, 4, 12)], found
    assert "광주 조선대학교 해오름관" in found[date(2019, 3, 22)], found

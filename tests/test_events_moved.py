"""Happenings moved to another day, read on dev sentences of bench/data/civic_news: `A에서 B로 앞당기다/미루다/
늦추다`: the happening is on B, A is no happening, and a count before the verb (`12일 앞당긴다`) is no day."""
from __future__ import annotations

from datetime import date

import pytest

from digest.text.timex import find_time_expressions
from tests.test_events_civic import ARTICLE_TEXT, sentence_events


def _sentence(article: str, needle: str) -> str:
    [paragraph] = [p for p in ARTICLE_TEXT[article]["paragraphs"] if needle in p]
    from digest.text.korean import split_sentences

    [sentence] = [s.text for s in split_sentences(paragraph) if needle in s.text]
    return sentence


@pytest.mark.parametrize("article, needle, words, new_day, precision", [
    # the moved object before `A에서 B로`, a count of how far between the new day and the verb
    ("c532", "12일 앞당긴다고", ["산불조심기간"], date(2026, 1, 20), "day"),
    ("c539", "98년말로 1년 늦췄다고", ["완공"], date(1998, 12, 1), "month"),
    # moved in the past from a day just gone by (published 23 August): both days are August's
    ("c548", "개학일을 21일에서 27일로 늦췄고", ["개학"], date(2009, 8, 27), "day"),
])
def test_a_moved_happening_is_dated_by_its_new_day(article, needle, words, new_day, precision):
    found = sentence_events(article, needle)
    dated = [e for e in found if all(w in e.title for w in words)]
    assert [(e.start, e.precision, e.kind) for e in dated] == [(new_day, precision, "planned")], \
        [(e.title, e.start) for e in found]


def test_a_count_before_the_moving_verb_is_no_day():
    # "… 2월 1일에서 오는 20일로 12일 앞당긴다고 15일 밝혔다": 12일 is how far, not the 12th
    sentence = _sentence("c532", "12일 앞당긴다고")
    texts = [e.text for e in find_time_expressions(sentence, date(2026, 1, 15))]
    assert "12일" not in texts and "오는 20일" in texts, texts


@pytest.mark.parametrize("article, needle, old_day", [
    # a plan told as a relative clause whose noun is then moved or stretched: its old day dates nothing
    ("c538", "열기로 한 미스부산 선발대회도", date(2009, 5, 26)),
    ("c544", "이달 31일 종료될 예정인", date(2025, 10, 31)),
    # a day ahead whose happening is called off has none (the labels hold no cancelled plan)
    ("c538", "현충일인 점을 감안해 취소하되", date(2009, 6, 6)),
    ("c538", "전면 취소하고", date(2009, 5, 29)),
])
def test_a_superseded_or_called_off_plan_is_not_dated_by_its_old_day(article, needle, old_day):
    found = sentence_events(article, needle)
    assert all(e.start != old_day for e in found), [(e.title, e.start) for e in found]


def test_a_plan_moved_as_well_is_dated_by_its_new_day_and_named_by_itself():
    # "지난 26일 … 열기로 한 미스부산 선발대회도 다음달 2일로 미뤘다" (published 27 May)
    found = sentence_events("c538", "열기로 한 미스부산 선발대회도")
    assert [(e.start, e.kind) for e in found if "선발대회" in e.title] == [(date(2009, 6, 2), "planned")], \
        [(e.title, e.start) for e in found]


def test_a_game_called_off_on_a_day_gone_by_stays_a_past_happening():
    # "… 1일 경기가 비로 취소된 가운데 2일과 3일 경기는 모두 롯데가 승리를 수확했다": labelled as it happened
    found = sentence_events("c460", "1일 경기가 비로 취소된")
    assert (date(2025, 4, 1), "past") in {(e.start, e.kind) for e in found if "취소" in e.title}, \
        [(e.title, e.start) for e in found]

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

"""The learned reader of happenings on a day another sentence gives (digest/text/event_context.py), on real dev
sentences."""

from __future__ import annotations

from datetime import date

from digest.text import event_context as ctx
from digest.text.events import extract_events, rule_events
from digest.text.korean import tokenize
from tests.test_event_fallback import on, read

# c1825 (2013-08-11): `안전행정부는 15일 오전 10시 세종문화회관 대극장에서 … 광복절 경축식을 개최한다고 11일 밝혔다.`, then
# sentences with no date of their own telling the day's programme
BELL = "정오에는 보신각 타종행사가 열리고"


def test_a_happening_told_with_no_date_after_the_day_is_on_that_day():
    paragraphs, pub = read("c1825")
    found = extract_events(paragraphs, pub)
    assert on(rule_events(paragraphs, pub)[0], BELL) == []
    assert on(found, BELL) == [(date(2013, 8, 15), "planned")]
    [bell] = [e for e in found if BELL in e.evidence]
    assert bell.found_by == "context" and bell.title == "보신각 타종행사"   # the hour that opens it is the day's


def test_the_sentence_is_read_as_if_it_named_the_day():
    sentence = "정오에는 보신각 타종행사가 열린다."
    text, tokens = ctx._dated(sentence, tokenize(sentence), date(2013, 8, 15))
    assert text == "2013년 8월 15일 " + sentence
    assert [text[t.start:t.start + t.len] for t in tokens[:6]] == ["2013", "년", "8", "월", "15", "일"]
    own = tokenize(sentence)
    # the sentence's morphemes keep their text, shifted past the date
    assert [(t.form, t.tag, text[t.start:t.start + t.len]) for t in tokens[6:]] == \
        [(t.form, t.tag, sentence[t.start:t.start + t.len]) for t in own]


def test_no_day_told_before_gives_no_candidate():
    paragraphs, pub = read("c1825")
    found, reads = rule_events(paragraphs, pub)
    at = next(k for k, (s, _, _) in enumerate(reads) if BELL in s)
    assert any(c.sentence == reads[at][0] for c in ctx.candidates(reads, found, pub, rule_events))
    # the same sentences with every dated one left out: nothing gives the day
    undated = [r for r in reads if not any(e.date is not None for e in r[2])]
    assert ctx.candidates(undated, [], pub, rule_events) == []


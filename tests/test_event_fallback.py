"""The learned reader of dates the rules told no event of (bench/event_fallback_reader.py), kept out of the product
and judged by bench/event_fallback.py: on real dev sentences."""

from __future__ import annotations

import json
from datetime import date

from bench import event_fallback_reader as fb
from digest.text.events import extract_events, rule_events
from digest.text.korean import split_sentences
from tests.test_events_civic import ARTICLE_TEXT


def read(article: str):
    a = ARTICLE_TEXT[article]
    assert a["split"] == "dev", "tests read the dev split only"
    paragraphs = [[(s.text, s.tokens) for s in split_sentences(p)] for p in a["paragraphs"]]
    pub = date.fromisoformat(a["published"])
    found, reads = rule_events(paragraphs, pub)
    return paragraphs, pub, found, reads


def on(found, needle: str) -> list[tuple[date | None, str]]:
    return [(e.start, e.kind) for e in found if needle in e.evidence]


def test_the_written_model_is_for_these_features():
    # trained for other features, the reader would stay silent without a word: the model must match the code
    model = json.loads(fb.MODEL.read_text(encoding="utf-8"))
    assert tuple(model["features"]) == fb.FEATURES
    assert fb._model() is not None and 0 < fb._model()[1] < 1


def test_the_product_reads_the_rules_alone():
    paragraphs, pub, found, _ = read("c1546")
    assert extract_events(paragraphs, pub) == found


def test_a_date_the_rules_told_nothing_of_is_named_when_its_clause_tells_a_happening():
    # "이들에 대한 접종은 다음달 26일부터 시작돼 9월 30일까지 이어진다.": a start told with 부터, which no rule read
    _, pub, found, reads = read("c1546")
    assert on(found, "이들에 대한 접종은") == []
    named = fb.fallback_events(reads, found, pub)
    assert on(named, "이들에 대한 접종은") == [(date(2021, 8, 26), "planned")]
    assert [e.title for e in named if "이들에 대한 접종은" in e.evidence] == ["이들에 대한 접종은 시작돼"]
    # "김동한은 오는 5월 1일 세 번째 미니음반 ‘디 아워스 에이엠 7:03(D-HOURS AM 7:03)’의 쇼케이스를 개최한다."
    _, pub, found, reads = read("c1562")
    assert on(found, "쇼케이스를 개최한다") == []
    assert on(fb.fallback_events(reads, found, pub), "쇼케이스를 개최한다") == [(date(2019, 5, 1), "planned")]


def test_a_spans_end_and_a_year_naming_a_plan_are_left_alone():
    # "… 사전예약은 다음달 9일부터 시작돼 21일까지 진행된다.": the 21st ends the span, nothing happens on it
    _, pub, found, reads = read("c1546")
    assert date(2021, 8, 21) not in [d for d, _ in on(fb.fallback_events(reads, found, pub), "사전예약은")]
    # "한국도로공사는 21일 이같은 내용을 골자로 한 96년 사업계획을 확정,발표했다.": the year names the plan
    _, pub, found, reads = read("c1617")
    assert date(1996, 1, 1) not in [d for d, _ in on(fb.fallback_events(reads, found, pub), "96년 사업계획")]


def test_a_date_already_told_in_its_sentence_is_no_candidate():
    _, pub, found, reads = read("c1562")
    told = {(e.evidence, e.start) for e in found}
    assert fb.candidates(reads, found, pub)
    for c in fb.candidates(reads, found, pub):
        assert (c.sentence, c.expr.date) not in told
        assert not (c.expr.date == pub and c.expr.precision == "day")   # the publication day's news is no follow-up


def test_without_a_model_for_its_features_the_reader_names_nothing(tmp_path, monkeypatch):
    _, pub, found, reads = read("c1546")
    stale = tmp_path / "model.json"
    stale.write_text(json.dumps({"features": ["bias"], "weights": [9.0], "threshold": 0.5}), encoding="utf-8")
    monkeypatch.setattr(fb, "MODEL", stale)
    fb._model.cache_clear()
    try:
        assert fb.fallback_events(reads, found, pub) == []
    finally:
        fb._model.cache_clear()

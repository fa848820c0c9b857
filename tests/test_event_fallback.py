"""The learned fallback of events (digest/text/event_fallback.py) on real dev sentences."""

from __future__ import annotations

import json
from datetime import date

import pytest

from digest.text import event_context as ctx
from digest.text import event_fallback as fb
from digest.text.events import extract_events, rule_events
from digest.text.korean import split_sentences
from tests.test_events_civic import ARTICLE_TEXT


def read(article: str):
    a = ARTICLE_TEXT[article]
    assert a["split"] == "dev", "tests read the dev split only"
    paragraphs = [[(s.text, s.tokens) for s in split_sentences(p)] for p in a["paragraphs"]]
    return paragraphs, date.fromisoformat(a["published"])


def on(found, needle: str) -> list[tuple[date | None, str]]:
    return [(e.start, e.kind) for e in found if needle in e.evidence]


@pytest.mark.parametrize("reader", [fb, ctx], ids=["fallback", "context"])
def test_the_written_model_is_for_these_features(reader):
    # trained for other features, a learned reader would stay off without a word: the model must match the code
    model = json.loads(reader.MODEL.read_text(encoding="utf-8"))
    assert tuple(model["features"]) == reader.FEATURES
    assert reader._model() is not None and 0 < reader._model()[1] < 1


def test_a_date_the_rules_told_nothing_of_is_named_when_its_clause_tells_a_happening():
    # "이들에 대한 접종은 다음달 26일부터 시작돼 9월 30일까지 이어진다.": a start told with 부터, which no rule read
    paragraphs, pub = read("c1546")
    assert on(rule_events(paragraphs, pub)[0], "이들에 대한 접종은") == []
    found = extract_events(paragraphs, pub)
    assert on(found, "이들에 대한 접종은") == [(date(2021, 8, 26), "planned")]
    [named] = [e for e in found if "이들에 대한 접종은" in e.evidence]
    assert named.title == "이들에 대한 접종은 시작돼"   # the clause, without its date or the date's particle
    # "김동한은 오는 5월 1일 세 번째 미니음반 ‘디 아워스 에이엠 7:03(D-HOURS AM 7:03)’의 쇼케이스를 개최한다."
    paragraphs, pub = read("c1562")
    assert on(rule_events(paragraphs, pub)[0], "쇼케이스를 개최한다") == []
    assert on(extract_events(paragraphs, pub), "쇼케이스를 개최한다") == [(date(2019, 5, 1), "planned")]


def test_a_spans_end_and_a_year_naming_a_plan_are_left_alone():
    # "… 사전예약은 다음달 9일부터 시작돼 21일까지 진행된다.": the 21st ends the span, nothing happens on it
    paragraphs, pub = read("c1546")
    assert date(2021, 8, 21) not in [d for d, _ in on(extract_events(paragraphs, pub), "사전예약은")]
    # "한국도로공사는 21일 이같은 내용을 골자로 한 96년 사업계획을 확정,발표했다.": the year names the plan
    paragraphs, pub = read("c1617")
    assert (date(1996, 1, 1)) not in [d for d, _ in on(extract_events(paragraphs, pub), "96년 사업계획")]


def test_a_date_already_told_in_its_sentence_is_no_candidate():
    paragraphs, pub = read("c1562")
    found, reads = rule_events(paragraphs, pub)
    told = {(e.evidence, e.start) for e in found}
    for c in fb.candidates(reads, found, pub):
        assert (c.sentence, c.expr.date) not in told
        assert not (c.expr.date == pub and c.expr.precision == "day")   # the publication day's news is no follow-up


def test_without_a_model_for_its_features_the_fallback_adds_nothing(tmp_path, monkeypatch):
    paragraphs, pub = read("c1546")
    stale = tmp_path / "model.json"
    stale.write_text(json.dumps({"features": ["bias"], "weights": [9.0], "threshold": 0.5}), encoding="utf-8")
    monkeypatch.setattr(fb, "MODEL", stale)
    fb._model.cache_clear()
    try:
        assert extract_events(paragraphs, pub) == rule_events(paragraphs, pub)[0]
    finally:
        fb._model.cache_clear()


def test_extract_tells_which_events_the_fallback_found(cli, tmp_path):
    # the c1546 article as a file: its vaccination start (`이들에 대한 접종은 다음달 26일부터 시작돼 …`) is the fallback's
    a = ARTICLE_TEXT["c1546"]
    path = tmp_path / "c1546.txt"
    path.write_text("백신 접종 일정\n\n" + "\n\n".join(a["paragraphs"]), encoding="utf-8")
    result = cli("extract", str(path), "--published", a["published"], "--format", "json")
    assert result.code == 0, result.err
    by = {(e["date"], e["found_by"]) for e in result.json()["events"] if "이들에 대한 접종은" in e["evidence"]}
    assert by == {("2021-08-26", "learned")}
    assert {e["found_by"] for e in result.json()["events"]} == {"rules", "learned"}   # the rules named the others

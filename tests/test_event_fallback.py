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


@pytest.mark.parametrize("reader,article,by", [(fb, "c1546", "learned"), (ctx, "c1825", "context")],
                         ids=["fallback", "context"])
def test_without_a_model_for_its_features_a_learned_reader_adds_nothing(tmp_path, monkeypatch, reader, article, by):
    paragraphs, pub = read(article)
    assert [e for e in extract_events(paragraphs, pub) if e.found_by == by]   # with its model it adds some
    stale = tmp_path / "model.json"
    stale.write_text(json.dumps({"features": ["bias"], "weights": [9.0], "threshold": 0.5}), encoding="utf-8")
    monkeypatch.setattr(reader, "MODEL", stale)
    reader._model.cache_clear()
    try:
        assert [e for e in extract_events(paragraphs, pub) if e.found_by == by] == []
    finally:
        reader._model.cache_clear()


@pytest.mark.parametrize("article,headline,needle,day,by", [
    # c1546: its vaccination start (`이들에 대한 접종은 다음달 26일부터 시작돼 …`) is the fallback's
    ("c1546", "백신 접종 일정", "이들에 대한 접종은", "2021-08-26", "learned"),
    # c1825: its bell-ringing at noon (`정오에는 보신각 타종행사가 열리고`, no date of its own) is the context reader's
    ("c1825", "광복절 경축행사", "정오에는 보신각 타종행사가 열리고", "2013-08-15", "context"),
], ids=["fallback", "context"])
def test_extract_tells_which_reader_found_each_event(cli, tmp_path, article, headline, needle, day, by):
    a = ARTICLE_TEXT[article]
    path = tmp_path / f"{article}.txt"
    path.write_text(headline + "\n\n" + "\n\n".join(a["paragraphs"]), encoding="utf-8")
    result = cli("extract", str(path), "--published", a["published"], "--format", "json")
    assert result.code == 0, result.err
    events = result.json()["events"]
    assert {(e["date"], e["found_by"]) for e in events if needle in e["evidence"]} == {(day, by)}
    assert "rules" in {e["found_by"] for e in events}   # the rules named the others

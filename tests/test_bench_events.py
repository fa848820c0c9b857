"""The event benchmark's gold file and matching rule (bench/events.py)."""

from __future__ import annotations

import pytest

from bench.events import Gold, Predicted, gold_events, load, match, names, score


def gold(eid, date, precision, kind, keys, evidence, articles=("000",)):
    return Gold(eid, date, precision, kind, eid, tuple(keys), tuple(evidence), frozenset(articles))


def pred(title, date, precision, evidence="", articles=("000",), kind="planned"):
    return Predicted(title, date, precision, kind, evidence, frozenset(articles))


SENTENCE = "지난 2월 빌더랩을 개최한 데 이어, 12일에는 파운더스 데이를 열어 교류의 장을 마련한다."
MOU = gold("E1", "2025-09-11", "day", "planned", ["MOU", "업무협약"], ["11일 서울대와 MOU를 체결하고"])
FOUNDERS = gold("E2", "2025-09-12", "day", "planned", ["파운더스"], ["12일에는 파운더스 데이를 열어"])
BUILDER = gold("E3", "2025-02", "month", "past", ["빌더랩"], ["지난 2월 빌더랩을 개최한"])
PRESS = gold("E4", "2025-09-10", "day", "news", ["기자간담회"], ["10일 열린 기자간담회에서"])
GOLDS = [MOU, FOUNDERS, BUILDER, PRESS]


def test_title_key_names_an_event_ignoring_spaces_and_case():
    assert names(pred("서울대와 업무 협약 체결", "2025-09-11", "day"), MOU, GOLDS) == "title"
    assert names(pred("서울대와 mou 체결", "2025-09-11", "day"), MOU, GOLDS) == "title"
    assert names(pred("서울대와 협력", "2025-09-11", "day"), MOU, GOLDS) is None


def test_evidence_names_an_event_only_when_the_sentence_tells_no_other():
    alone = pred("교류의 장 마련", "2025-09-11", "day", evidence="오픈AI는 11일 서울대와 MOU를 체결하고 협력한다.")
    assert names(alone, MOU, GOLDS) == "evidence"
    shared = pred("교류의 장 마련", "2025-09-12", "day", evidence=SENTENCE)
    assert names(shared, FOUNDERS, GOLDS) is None and names(shared, BUILDER, GOLDS) is None


def test_an_event_of_another_article_is_not_named():
    assert names(pred("MOU 체결", "2025-09-11", "day", articles=("004",)), MOU, GOLDS) is None


def test_wrong_date_is_named_but_not_exact_and_a_second_copy_is_a_false_positive():
    preds = [pred("MOU 체결", "2025-10-11", "day"),          # the right event, the wrong month
             pred("파운더스 데이 개최", "2025-09-12", "day"),
             pred("파운더스 데이 개최", "2025-09-12", "day"),   # the same event twice
             pred("기자간담회 개최", "2025-09-10", "day"),       # the article's own news
             pred("교류의 장 마련", "2025-09-12", "day", evidence=SENTENCE)]
    r = score(preds, GOLDS)
    assert (r["named"]["matched"], r["date_exact"]["matched"]) == (2, 1)
    assert r["date_exact"]["predicted"] == 5 and r["date_exact"]["gold"] == 3   # news is not scored
    assert r["date_exact"]["precision"] == pytest.approx(0.2) and r["date_exact"]["recall"] == pytest.approx(1 / 3, abs=1e-3)   # rounded to 3 places
    why = {(p["title"], p["date"]): p["why"] for p in r["false_positives"]}
    assert why[("MOU 체결", "2025-10-11")].startswith("wrong date for E1")
    assert why[("파운더스 데이 개최", "2025-09-12")] == "a second copy of an event already matched"
    assert why[("기자간담회 개최", "2025-09-10")] == "the article's own news, not a follow-up"
    assert why[("교류의 장 마련", "2025-09-12")] == "no such event in the gold"
    assert {m["event"]: m["why"] for m in r["misses"]} == {
        "E1": "wrong date: 2025-10-11/day ('MOU 체결')", "E3": "not found"}


def test_exact_date_pairs_are_taken_first():
    preds = [pred("MOU 체결", "2025-10-11", "day"), pred("MOU 체결", "2025-09-11", "day")]
    assert match(preds, [MOU], exact=False) == {1: (0, "title")}


def test_sources_count_the_articles_credited():
    merged = gold("E1", "2025-09-11", "day", "planned", ["MOU"], ["MOU"], articles=("000", "001", "002"))
    r = score([pred("MOU 체결", "2025-09-11", "day", articles=("000", "001"))], [merged])
    assert r["sources"] == {"credited": 2, "gold": 3}
    assert r["uncredited"] == [{"event": "E1", "title": "MOU 체결", "articles": ["002"]}]


def test_seed_gold_file_loads_and_holds_the_seed_readme_events():
    mentions = load()
    events = {g.id: g for g in gold_events(mentions)}
    found = {(g.date, g.precision, g.kind) for g in events.values()}
    assert {("2025-09-11", "day", "planned"), ("2025-09-12", "day", "planned"), ("2025-09-23", "day", "planned"),
            ("2025-11", "month", "planned"), (None, "none", "planned"), ("2025-02", "month", "past"),
            ("2025-02-04", "day", "planned")} <= found
    launch = [g for g in events.values() if g.articles & {"000", "001", "002"}]
    assert all(g.articles <= {"000", "001", "002"} for g in launch)
    assert all(g.keys for g in events.values())


def test_gold_evidence_must_be_in_the_article(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "000_x.txt").write_text("오픈AI는 11일 서울대와 MOU를 체결한다.", encoding="utf-8")
    data = tmp_path / "gold.tsv"
    row = "E1\t000\t2025-09-11\tday\tplanned\tMOU\tMOU\t{}\t-\n"
    data.write_text(row.format("11일 서울대와  MOU를 체결"), encoding="utf-8")   # whitespace is ignored
    assert [m.event for m in load(data, seeds)] == ["E1"]
    data.write_text(row.format("12일 서울대와 MOU를 체결"), encoding="utf-8")
    with pytest.raises(ValueError, match="evidence not in the article"):
        load(data, seeds)


def test_a_new_dev_batch_is_scored_alone_and_a_frozen_article_is_refused():
    from bench.event_corpus import load_articles
    from bench.events import dev_batch

    articles, labels = dev_batch("c143", "c152")
    assert sorted(articles) == [f"c{n}" for n in range(143, 153)]
    assert all(a["split"] == "dev" for a in articles.values()) and set(articles) <= set(labels)
    frozen = next(k for k, a in load_articles().items() if a["split"] != "dev")
    with pytest.raises(SystemExit, match=f"{frozen} belong"):
        dev_batch(frozen, frozen)


def test_the_whole_dev_split_is_scored_without_a_frozen_figure(capsys):
    from bench.event_corpus import load_articles
    from bench.events import dev_split, main

    articles, _ = dev_split()
    every = load_articles()
    assert set(articles) == {k for k, a in every.items() if a["split"] == "dev"} and len(articles) < len(every)
    main(["--batch", "dev"])
    out = capsys.readouterr().out
    assert f"dev articles (all): {len(articles)} articles" in out and "frozen" not in out


def test_dev_halves_split_by_article_number_and_the_held_back_half_lists_no_failure():
    from bench.events import dev_half, dev_split, main

    a, _ = dev_half("a")
    b, _ = dev_half("b")
    assert set(a).isdisjoint(b) and set(a) | set(b) == set(dev_split()[0])
    assert all(int(k[1:]) % 2 == 1 for k in a) and all(int(k[1:]) % 2 == 0 for k in b)
    with pytest.raises(SystemExit, match="held-back half"):
        main(["--batch", "dev-b", "--failures"])


def test_moves_lists_only_the_articles_whose_strict_counts_changed():
    from bench.events import moves

    before = {"c1": [2, 3, 4], "c2": [1, 1, 1], "c3": [0, 2, 1]}
    after = {"c1": [3, 3, 4], "c2": [1, 1, 1], "c3": [0, 1, 1]}
    assert moves(before, after).splitlines() == ["  c1: matches +1, extras -1 (now 3/3, gold 4)",
                                                 "  c3: matches +0, extras -1 (now 0/1, gold 1)"]
    assert moves(after, after) == "  no article moved"


def test_failures_are_classed_as_date_title_merge_or_detection():
    from bench.event_failures import classify

    golds = [MOU, FOUNDERS, BUILDER, PRESS]
    mou_sentence = "오픈AI는 11일 서울대와 MOU를 체결하고 협력한다."
    preds = [pred("서울대와 협력", "2025-09-11", "day", evidence=mou_sentence + " " + SENTENCE),  # names nothing
             pred("파운더스 데이 개최", "2025-09-13", "day", evidence=SENTENCE),                  # a day late
             pred("파운더스 데이 개최", "2025-09-13", "day", evidence=SENTENCE),                  # ... told twice
             pred("빌더랩 개최", "2025-02", "month", evidence=SENTENCE)]
    unmerged = preds + [pred("교류의 장 마련", "2025-09-12", "day", evidence=SENTENCE)]
    got = sorted(classify(preds, golds, unmerged))
    assert ("title", "miss", "2025-09-11/day E1") in got and ("title", "extra", "2025-09-11/day 서울대와 협력") in got
    assert ("date", "miss", "2025-09-12/day E2") in got
    assert [k for k, side, _ in got if side == "extra"].count("date") == 1   # the copy is a second telling
    assert ("title", "evidence", "2025-02 빌더랩 개최 (E3)") not in got      # credited by its title


def test_the_frozen_splits_pooled_sum_their_counts_and_recompute_the_rates():
    from bench.event_corpus import pooled

    one = score([pred("서울대와 MOU 체결", "2025-09-11", "day")], [MOU, FOUNDERS])
    two = score([pred("파운더스 데이", "2025-09-12", "day"), pred("엉뚱한 행사", "2025-09-13", "day")], [FOUNDERS])
    for total in (one, two):
        total["articles"] = 1
    both = pooled([one, two])
    assert both["articles"] == 2
    assert (both["date_exact"]["matched"], both["date_exact"]["predicted"], both["date_exact"]["gold"]) == (2, 3, 3)
    assert both["date_exact"]["recall"] == round(2 / 3, 3) and both["by_kind"]["planned"]["gold"] == 3


def test_missed_events_are_counted_by_the_shape_of_their_sentence():
    from bench.event_sentences import sentence_shapes

    mou_sentence = "오픈AI는 11일 서울대와 MOU를 체결하고 협력한다."
    # SENTENCE tells two labelled happenings on two dates (빌더랩, 파운더스 데이) and one is read; the MOU's sentence
    # tells one and it is read, at its day
    preds = [pred("파운더스 데이 개최", "2025-09-12", "day", evidence=SENTENCE),
             pred("서울대와 MOU 체결", "2025-09-11", "day", evidence=mou_sentence)]
    told, lost = sentence_shapes([SENTENCE, mou_sentence, "관련 없는 문장이다."], preds, GOLDS)
    assert told == {"several, a date each, fewer read": 2, "one happening, as many read": 1}
    assert lost == {"several, a date each, fewer read": 1, "one happening, as many read": 0}
    # the news of the day (PRESS) is not scored, so its sentence counts nothing
    assert sum(told.values()) == 3

"""bench.analysis_cost: the dump that proves a cheaper analysis gives the same results, and what it counts."""

from __future__ import annotations

import json

from bench import analysis_cost


def test_a_dump_compares_equal_to_itself_and_a_changed_analysis_is_named(tmp_path):
    sources = analysis_cost.civic_sources()[:3]
    records = [{"corpus": "civic", **analysis_cost.record(s, analysis_cost.analysed(s))} for s in sources]
    assert all(r["sentences"] and r["sentences"][0]["tokens"] for r in records)   # morphemes are compared too
    assert any(r["events"] for r in records) and any(r["dates"] for r in records)
    dump = tmp_path / "dump.jsonl"
    dump.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    assert analysis_cost.compare(records, dump) == []
    changed = [dict(records[0], bullets=records[0]["bullets"][:-1]), *records[1:]]
    assert analysis_cost.compare(changed, dump) == [f"civic/{records[0]['source']}"]


def test_kiwi_calls_counted_on_texts_new_to_the_caches():
    sources = analysis_cost.civic_sources()[:5]
    first = analysis_cost.kiwi_calls(sources)
    again = analysis_cost.kiwi_calls(sources)   # caches emptied first: the same count, not a warm one
    assert first["calls_per_article"] == again["calls_per_article"]
    assert first["calls_per_article"]["split_into_sents"] >= 1
    assert 0.8 <= first["characters_analysed_per_text_character"]["split_into_sents"] <= 1.0


def test_the_check_reads_the_seeds_with_their_sidecar_and_the_sci_news():
    seeds = analysis_cost.seed_sources()
    assert len(seeds) == len(list((analysis_cost.ROOT / "seeds").glob("*.txt")))
    assert all("/" not in s.source for s in seeds)                                # named alike in every checkout
    assert sum(1 for s in seeds if s.meta.get("published")) == 3                  # the sidecar's dates, read
    sci = analysis_cost.sci_sources()
    assert len(sci) == 50 and all(s.meta["published"] == analysis_cost.GENERAL_PUBLISHED for s in sci)

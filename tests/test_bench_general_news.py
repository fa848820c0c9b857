"""The general-news benchmark's data file: its format, its labels and its frozen split."""

from __future__ import annotations

import pytest

from bench import general_news


def test_every_article_has_three_chosen_sentences_an_address_and_a_section():
    docs = general_news.load()
    assert len(docs) >= 60
    assert {d["section"] for d in docs} == set(general_news.SECTIONS)
    for d in docs:
        assert len(d["summaries"]) == 3 and all(0 <= i < len(d["sentences"]) for i in d["summaries"])
        assert d["url"].startswith("http")


def test_a_third_of_each_section_is_the_test_split_and_splits_do_not_overlap():
    docs = general_news.load()
    dev, test = general_news.load("dev"), general_news.load("test")
    assert len(dev) + len(test) == len(docs)
    assert not {d["slug"] for d in dev} & {d["slug"] for d in test}
    for section in general_news.SECTIONS:
        n = sum(d["section"] == section for d in docs)
        assert sum(d["section"] == section for d in test) == n // 3


def test_appending_an_article_changes_no_existing_split():
    text = general_news.DATA.read_text(encoding="utf-8")
    before = [(d["slug"], d["split"]) for d in general_news.parse(text)]
    extra = "\n@ https://example.org/1 | 예시 | sports |\n* 가 나 다 라 마.\n* 바 사 아 자 차.\n* 카 타 파 하 가.\n"
    after = [(d["slug"], d["split"]) for d in general_news.parse(text + extra)]
    assert after[:len(before)] == before and len(after) == len(before) + 1


@pytest.mark.parametrize("block, message", [
    ("@ https://x | o | weather |\n* 가.\n* 나.\n* 다.\n", "section"),
    ("@ https://x | o | sports |\n* 가.\n나.\n* 다.\n", "2 summary sentences"),
    ("가 나 다.\n", "before the first"),
])
def test_a_malformed_block_is_refused_with_the_reason(block, message):
    with pytest.raises(general_news.FormatError, match=message):
        general_news.parse(block)

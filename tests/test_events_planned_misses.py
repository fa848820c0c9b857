"""Planned happenings the newest dev articles (c960-c1152, half A) told and the extractor missed: each reading with
the real sentence it was written from (quoted by article id)."""

from __future__ import annotations

from datetime import date

from tests.test_events_civic import sentence_events


def test_a_topic_glossed_by_an_abbreviation_with_a_prefix_names_the_happening():
    # c1111 "정규시즌 3-4위 팀이 맞붙는 준플레이오프(준PO)는 10월 8일 막을 올려 3전2선승제로 치러진다": Kiwi reads the
    # gloss 준/XPN PO/SL; a prefix is a word of the gloss as the name's own is (`준플레이오프`), so the topic holds
    events = sentence_events("c1111", "준플레이오프(준PO)는 10월 8일")
    assert [(e.title, e.start) for e in events] == [("준플레이오프 개막", date(2006, 10, 8))]

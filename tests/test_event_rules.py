"""digest.text.events extraction rules, on sentences that are not from the seeds."""

from __future__ import annotations

from datetime import date

import pytest

from digest.text.event_identity import title_overlap
from digest.text.events import extract_events

PUB = date(2025, 9, 10)


def events(*paragraphs: list[str], published=PUB):
    return extract_events([[(s, ()) for s in p] for p in paragraphs], published)


def one(sentence: str):
    [e] = events([sentence])
    return e


@pytest.mark.parametrize("sentence, title, start, precision, kind", [
    # an event noun before 이후/직후/당시 is dated by the date before it
    ("2019년 코스닥 상장 이후 매출이 세 배로 늘었다.", "코스닥 상장", date(2019, 1, 1), "year", "past"),
    ("지난 3월 신임 대표 취임 직후 조직을 개편했다.", "신임 대표 취임", date(2025, 3, 1), "month", "past"),
    # an event noun as the object of 추진/목표/예고/앞두 names the planned event
    ("네이버는 내년 웹툰 자회사 상장을 추진하고 있다.", "웹툰 자회사 상장", date(2026, 1, 1), "year", "planned"),
    ("회사는 2027년 신공장 준공을 목표로 하고 있다.", "신공장 준공", date(2027, 1, 1), "year", "planned"),
    # ... and when the intent verb modifies a noun, that noun is what happens
    ("애플은 올해 출시를 예고한 스마트 안경 ‘비전 글래스’를 공개했다.", "스마트 안경 ‘비전 글래스’ 출시",
     date(2025, 1, 1), "year", "planned"),
    # an agreement reached "through" an MOU is the MOU
    ("정부는 15일 구글과의 MOU를 통해 AI 인재 양성을 본격화한다.", "구글과의 MOU", date(2025, 9, 15), "day", "planned"),
    # a plan that is announced is an announcement, not the planned launch
    ("회사는 지난 5일 신제품 출시 계획을 발표했다.", "신제품 출시 계획 발표", date(2025, 9, 5), "day", "past"),
    ("11월에는 데브데이를 개최할 계획이다.", "데브데이 개최", date(2025, 11, 1), "month", "planned"),
])
def test_event_title_date_and_kind(sentence, title, start, precision, kind):
    e = one(sentence)
    assert (e.title, e.start, e.precision, e.kind) == (title, start, precision, kind)


def test_that_day_carries_the_last_named_day_across_paragraphs():
    found = events(["삼성전자는 12일 서울 코엑스에서 열리는 개발자 행사에 참석한다."],
                   ["이사회는 이날 같은 장소에서 신임 대표를 선임한다."])
    assert [(e.start, e.kind) for e in found] == [(date(2025, 9, 12), "planned"), (date(2025, 9, 12), "planned")]
    assert "선임" in found[1].title


def test_that_day_after_the_publication_day_is_the_publication_day():
    # the 5th was named first, but "이날" follows the 10th: the article's own day, not a follow-up
    found = events(["회사는 지난 5일 신제품 출시 계획을 발표했다.", "회사는 10일 서울에서 간담회를 열었다.",
                    "이날 회사는 새 요금제를 공개했다."])
    last = found[-1]
    assert "요금제" in last.title and last.start == PUB and last.on_publication_day


def test_title_overlap_matches_an_abbreviation():
    assert title_overlap(("서울대학교", "mou"), ("서울대", "업무", "협약", "mou", "체결")) == pytest.approx(0.4)
    assert title_overlap(("삼성", "투자"), ("삼성전자", "투자")) == 1.0
    assert title_overlap(("대", "투자"), ("대학", "설립")) == 0.0          # one syllable is no abbreviation
    assert title_overlap(("ai", "공개"), ("air", "출시")) == 0.0          # nor two Latin letters

"""Where a sentence ends: the periods of real dev articles (bench/data/civic_news) that end one, and those that
join two names in older pages (`시.도지사`, written for the middle dot), which do not."""

from __future__ import annotations

from digest.text.korean import split_sentences
from tests.test_events_civic import ARTICLE_TEXT


def paragraph_with(article: str, needle: str) -> list[str]:
    [paragraph] = [p for p in ARTICLE_TEXT[article]["paragraphs"] if needle in p]
    return [s.text for s in split_sentences(paragraph)]


def test_a_period_joining_two_names_does_not_end_the_sentence():
    # c1249 (Hankyung 1997): "금강은 20일 충남 연기군 전의면 신정.관정.노곡리일원에 … 사업계획서를 연기군에 제출했다."
    [sentence] = [s for s in paragraph_with("c1249", "신정.관정") if "신정" in s]
    assert sentence.startswith("금강은 20일") and sentence.endswith("연기군에 제출했다.")
    # c1048 (1995): "시장.군수.구청장과 시.군.구 의원은 28일 밤늦게 당선자가 가려질 것으로 보인다."
    assert "시장.군수.구청장과 시.군.구 의원은 28일 밤늦게 당선자가 가려질 것으로 보인다." in paragraph_with("c1048", "밤늦게")


def test_a_sentence_ending_in_a_noun_a_clause_describes_still_ends():
    # c235: "… 일정을 차례대로 소화할 예정.세븐틴은 미국 빌보드가 주목하는 그룹이기도 하다."
    sentences = paragraph_with("c235", "소화할 예정.")
    assert any(s.endswith("소화할 예정.") for s in sentences)
    assert any(s.startswith("세븐틴은") for s in sentences)

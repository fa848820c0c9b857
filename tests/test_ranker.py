"""The bullet ranker on real articles of the general-news benchmark (bench/data/general-news-kr)."""

from __future__ import annotations

import pytest

from bench import general_news
from digest.analysis import analyse
from digest.sources.files import SourceText
from digest.text.summarize import (
    LONG_ARTICLE,
    MAX_CHARS,
    Candidate,
    combine,
    is_bullet_worthy,
    score_sentences,
    select_by_scores,
    sentence_features,
)

ARTICLES = {d["slug"]: d for d in general_news.load()}


def bullets_of(slug: str) -> list[str]:
    doc = ARTICLES[slug]
    return [b.text for b in analyse(SourceText(slug, general_news.article_text(doc), "utf-8", {}), bullets=3).bullets]


def test_the_first_real_sentence_leads_even_after_a_subtitle_and_a_caption():
    # 상주시: a subtitle line and a photo caption come before the lead.
    doc = ARTICLES["local-04"]
    assert doc["sentences"][0].endswith("개최") and doc["sentences"][1].startswith("▲")
    assert bullets_of("local-04")[0] == doc["sentences"][2]


@pytest.mark.parametrize("slug", ["sports-02", "economy-05"])
def test_a_short_lead_is_not_passed_over_for_longer_central_sentences(slug):
    # Leads the ranker skipped before it had a lead prior: a record chase, a rate decision.
    assert bullets_of(slug)[0] == ARTICLES[slug]["sentences"][0]


def test_position_counts_real_sentences_only():
    # 뉴스핌: the bracketed headline stays in the body as a line that is no bullet; the lead comes after it.
    doc = ARTICLES["sports-05"]
    analysis = analyse(SourceText("sports-05", general_news.article_text(doc), "utf-8", {}), bullets=3)
    cands = [Candidate(s.index, s.text, s.words, is_bullet_worthy(s.text, s.final, s.role), s.role) for s in analysis.sentences]
    feats = sentence_features(cands)
    first_real = next(i for i, c in enumerate(cands) if c.eligible)
    assert first_real > 0 and cands[first_real].text.endswith(doc["sentences"][0].split("] ")[-1])
    assert feats[first_real]["lead"] == 1.0 and feats[first_real]["position"] == 1.0
    assert all(f["lead"] == 0.0 for i, f in enumerate(feats) if i != first_real)
    assert all(feats[i]["position"] == 0.0 for i in range(first_real))


def test_every_editor_chosen_sentence_of_the_benchmark_may_be_a_bullet():
    # No eligibility rule may drop a sentence an editor chose (leads run long: lists of names and figures).
    chosen = [d["sentences"][i] for d in ARTICLES.values() for i in d["summaries"]]
    longest = max(chosen, key=len)
    assert is_bullet_worthy(longest, True, "body")
    assert all(len(s) <= MAX_CHARS for s in chosen)


def test_a_whole_article_on_one_line_is_not_one_bullet():
    doc = ARTICLES["local-16"]
    merged = " ".join(doc["sentences"])
    assert len(merged) > MAX_CHARS and not is_bullet_worthy(merged, True, "body")


def test_figures_count_as_facts():
    doc = ARTICLES["economy-02"]
    cands = [Candidate(i, s, tuple(s.split()), True) for i, s in enumerate(doc["sentences"])]
    feats = sentence_features(cands)
    # "…0.9% 하락했지만 … 13.6% 상승했다고 … 26일 발표했다": three figures; the attribution line has none.
    assert feats[0]["numbers"] == 1.0
    assert feats[1]["numbers"] < feats[0]["numbers"]


@pytest.mark.parametrize("slug", ["sports-02", "sports-05"])
def test_a_consequence_follows_the_bullet_it_completes(slug):
    # "이로써 ... 200승에 두 걸음 앞으로", "이로써 ... 그룹 B로 탈락했다": the editor kept the result after its game.
    doc = ARTICLES[slug]
    result = next(s for s in doc["sentences"] if s.startswith("이로써"))
    before = doc["sentences"][doc["sentences"].index(result) - 1]
    bullets = bullets_of(slug)
    assert bullets[-1] == result and bullets[-2].endswith(before.split("] ")[-1])


def _page_candidates(name: str) -> list[Candidate]:
    from bench.pages import load_labels, read_page

    label = next(p for p in load_labels() if p["file"] == f"{name}.html.gz")
    assert label["split"] == "dev"
    article, _ = read_page(label)
    analysis = analyse(SourceText(name, article.text, "utf-8", {}), bullets=3)
    return [Candidate(s.index, s.text, s.words, is_bullet_worthy(s.text, s.final, s.role), s.role) for s in analysis.sentences]


def test_a_sentence_summing_up_the_one_before_is_no_bullet_without_it():
    # MTN: "이처럼 실적 개선에 앞장서야 할 ESS 시설에서 ..." sums up the figures of the sentence before it.
    cands = _page_candidates("mtn_2019_01_16")
    real = [i for i, c in enumerate(cands) if c.eligible]
    k = next(n for n, i in enumerate(real) if cands[i].text.startswith("이처럼"))
    summing, before = real[k], real[k - 1]
    scores = [0.5 - 0.01 * n for n in range(len(cands))]
    scores[summing], scores[before] = 2.0, -1.0          # ranked first, its antecedent last
    alone = [b.index for b in select_by_scores(cands, scores, 3)]
    assert cands[summing].index not in alone and len(alone) == 3
    scores[before] = 1.5                                  # with its antecedent chosen, it may follow it
    together = [b.index for b in select_by_scores(cands, scores, 3)]
    assert cands[before].index in together and cands[summing].index in together


def test_a_subtitle_quoting_someone_is_no_sentence_but_a_quoted_sentence_is():
    # 나주시: the subtitle block ends with the mayor's words and no verb of its own; it used to take the lead.
    doc = next(d for d in general_news.load("dev-full") if "국제농업박람회" in d["title"])
    heading = doc["sentences"][0]
    assert heading.endswith("이끌겠다”")
    lines = [b for b in bullets_of_doc(doc)]
    assert all("이끌겠다”" not in b for b in lines) and lines[0].startswith("전라남도 나주시가")
    # A quoted paragraph closes with its own full stop inside the quote (sci-news-sum-kr-50): still a sentence.
    from bench.summaries import load

    quoted = next(s for d in load() for s in d["sentences"] if s.endswith("답을 찾는 과정입니다.”"))
    assert is_bullet_worthy(quoted, True, "body") and not is_bullet_worthy(heading.split("선보여 ")[-1], True, "body")


def bullets_of_doc(doc: dict) -> list[str]:
    return [b.text for b in analyse(SourceText(doc["slug"], general_news.article_text(doc), "utf-8", {}), bullets=3).bullets]


def test_the_near_repeat_test_can_be_replaced():
    # bench.ranker_trials passes its own near-repeat tests; one that calls everything a repeat leaves one bullet.
    doc = ARTICLES["local-04"]
    analysis = analyse(SourceText("local-04", general_news.article_text(doc), "utf-8", {}), bullets=3)
    cands = [Candidate(s.index, s.text, s.words, is_bullet_worthy(s.text, s.final, s.role), s.role) for s in analysis.sentences]
    scores = combine(sentence_features(cands))
    default = select_by_scores(cands, scores, 3)
    alone = select_by_scores(cands, scores, 3, repeats=lambda candidate, chosen: True)
    assert len(default) == 3 and len(alone) == 1
    assert alone[0].index == max(default, key=lambda b: b.score).index


def candidates_of(doc: dict) -> list[Candidate]:
    analysis = analyse(SourceText(doc["slug"], general_news.article_text(doc), "utf-8", {}), bullets=3)
    return [Candidate(s.index, s.text, s.words, is_bullet_worthy(s.text, s.final, s.role), s.role) for s in analysis.sentences]


def test_a_long_article_spreads_the_position_prior_over_more_of_its_opening():
    # 뉴시스 volleyball round-up (38 real sentences, whole article) against a short sports report.
    long = candidates_of(next(d for d in general_news.load("dev-news") if d["slug"] == "newsdev-sports-01"))
    short = candidates_of(ARTICLES["sports-02"])
    assert sum(c.eligible for c in long) >= LONG_ARTICLE > sum(c.eligible for c in short)
    third = [i for i, c in enumerate(long) if c.eligible][2]
    assert score_sentences(long)[third] > combine(sentence_features(long))[third]
    assert score_sentences(short) == combine(sentence_features(short))

"""The ROUGE scorer the summary benchmark relies on: Korean text must not score as empty."""

from __future__ import annotations

import pytest

from bench.rouge import lcs_length, rouge_l, rouge_n, score, score_tokens, tokens

KOREAN = "서울대 연구팀이 페로브스카이트 태양전지의 내구성 저하 원인을 처음으로 밝혔다."
UNRELATED = "프로야구 개막전 티켓이 예매 시작 10분 만에 모두 팔렸다."


def test_identical_korean_texts_score_100():
    r = score(KOREAN, KOREAN)
    assert r.as_tuple() == pytest.approx((100.0, 100.0, 100.0))


def test_korean_is_tokenised_into_morphemes_without_punctuation():
    toks = tokens(KOREAN)
    assert {"연구", "팀", "페로브스카이트", "밝히", "었", "다"} <= set(toks)
    assert "." not in toks and len(toks) > 8


def test_unrelated_korean_texts_score_near_zero():
    # Only grammatical morphemes are shared (subject particle 이, past 었, final 다): that is the floor.
    r = score(KOREAN, UNRELATED)
    assert r.r1 < 20 and r.r2 < 10 and r.rl < 20
    assert score("지카바이러스 감염", "프로야구 개막전").as_tuple() == (0.0, 0.0, 0.0)


def test_sentence_lists_are_joined():
    assert score([KOREAN, UNRELATED], [KOREAN, UNRELATED]).r2 == pytest.approx(100.0)


def test_hand_computed_case():
    cand = ["a", "b", "c", "d"]
    ref = ["a", "b", "d", "e", "f"]
    # unigrams: overlap a,b,d = 3; P = 3/4, R = 3/5, F = 2PR/(P+R) = 0.9/1.35 = 2/3
    assert rouge_n(cand, ref, 1) == pytest.approx(200 / 3)
    # bigrams: cand {ab, bc, cd}, ref {ab, bd, de, ef}; overlap ab = 1; P = 1/3, R = 1/4, F = 2/7
    assert rouge_n(cand, ref, 2) == pytest.approx(200 / 7)
    # LCS a,b,d = 3: same as ROUGE-1 here
    assert lcs_length(cand, ref) == 3
    assert rouge_l(cand, ref) == pytest.approx(200 / 3)
    assert score_tokens(cand, ref).r2 == pytest.approx(200 / 7)


def test_repeated_ngrams_are_clipped():
    # "a a a" vs "a": overlap clipped to 1; P = 1/3, R = 1, F = 0.5
    assert rouge_n(["a", "a", "a"], ["a"], 1) == pytest.approx(50.0)


def test_empty_sides_score_zero():
    assert score_tokens([], ["a"]).as_tuple() == (0.0, 0.0, 0.0)
    assert score_tokens(["a"], []).as_tuple() == (0.0, 0.0, 0.0)

"""Sentence ranking and bullet selection.

Why not LEAD-3: Korean news leads are strong, but scraped copies often open with a quote, a caption-like
sentence or a reporter's framing, and the facts a reader wants (what, when, with whom) are spread
through the article. The score mixes four signals, each cheap and explainable:

* centrality: TF-IDF cosine of a sentence's content words to the whole article (what the article is about);
* length: content words, saturating at 12 (a short sentence rarely carries the what, who and when);
* position: a lead prior 1 / (1 + rank), because the lead usually is the news;
* headline overlap: sentences that restate the headline carry its facts.

The weights were tuned on sci-news-sum-kr-50 (`python -m bench.tune`, ROUGE-2 against human-chosen
sentences); `python -m bench.summaries` compares the result with LEAD-3, TextRank and LexRank.
Bullets are picked greedily by score, skipping near-repeats (word overlap), then shown in article order.
Only real sentences qualify: a sentence-final ending, 5+ words, at most 200 characters, not a question,
not part of an interview transcript, unless nothing else does.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

MIN_WORDS = 5
MAX_CHARS = 200
# Tuned on sci-news-sum-kr-50 by `python -m bench.tune` (ROUGE-2 of 3 bullets: 54.7 -> 65.4 on those
# 50 articles, 61.9 cross-validated); see README "Benchmarks". Only the ratios matter.
WEIGHTS = {"centrality": 0.5, "position": 0.1, "headline": 0.1, "length": 0.15}
POSITION_DECAY = 1.0        # position prior 1 / (1 + decay * rank among body sentences)
FULL_LENGTH = 12            # content words at which a sentence counts as fully informative
REDUNDANCY = 0.5

# Connectives that only link to the previous sentence; a bullet stands alone, so they go.
LEADING_CONNECTIVES = re.compile(r"^(?:이어|또한|또|한편|아울러|특히|이와\s*함께|그러면서|더불어|게다가|다만|그러나|하지만)\s*,?\s+")
# A fact-box item ("- 배기량 3리터, ...") keeps its dash in the article, not in a bullet.
LIST_MARKER = re.compile(r"^[-–·•▶▷►■□◆◇○●※]\s+")


@dataclass(frozen=True)
class Candidate:
    index: int                 # position among the article's sentences
    text: str
    words: tuple[str, ...]
    eligible: bool             # a real, bullet-worthy sentence
    role: str = "body"


@dataclass(frozen=True)
class Ranked:
    index: int
    text: str                  # trimmed bullet text
    score: float


def trim_bullet(text: str) -> str:
    """Light trimming: drop a list marker, a linking connective and a photo credit; never rewrite the sentence."""
    text = LEADING_CONNECTIVES.sub("", LIST_MARKER.sub("", text.strip()))
    text = re.sub(r"\s*[(\[](?:사진|이미지)\s*[=:][^)\]]*[)\]]", "", text)
    return text.strip()


def is_bullet_worthy(text: str, final: bool, role: str) -> bool:
    return (
        role == "body" and final and len(text.split()) >= MIN_WORDS and len(text) <= MAX_CHARS
        and not text.rstrip("\"'”’ ").endswith("?")
    )


def _tfidf(docs: list[tuple[str, ...]]) -> list[dict[str, float]]:
    df = Counter(w for words in docs for w in set(words))
    n = len(docs)
    vectors = []
    for words in docs:
        tf = Counter(words)
        vectors.append({w: c * math.log(1 + n / df[w]) for w, c in tf.items()})
    return vectors


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if not a or not b:
        return 0.0
    dot = sum(v * b.get(k, 0.0) for k, v in a.items())
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
    return dot / (na * nb) if na and nb else 0.0


def overlap(a: tuple[str, ...] | set[str], b: tuple[str, ...] | set[str]) -> float:
    """Jaccard overlap of two word sets: the near-repeat test."""
    sa, sb = set(a), set(b)
    return len(sa & sb) / len(sa | sb) if sa and sb else 0.0


def sentence_features(candidates: list[Candidate], headline_words: tuple[str, ...] = ()) -> list[dict[str, float]]:
    """Each sentence's ranking signals, every one in [0, 1]."""
    vectors = _tfidf([c.words for c in candidates])
    centroid: dict[str, float] = Counter()
    for vec in vectors:
        for w, v in vec.items():
            centroid[w] += v
    headline = set(headline_words)
    feats = []
    body_rank = 0
    for cand, vec in zip(candidates, vectors):
        f = {
            "centrality": cosine(vec, centroid),
            "position": 1.0 / (1.0 + POSITION_DECAY * body_rank),
            "headline": len(headline & set(cand.words)) / len(headline) if headline else 0.0,
            "length": min(1.0, len(cand.words) / FULL_LENGTH),
        }
        if cand.role == "body":
            body_rank += 1
        feats.append(f)
    return feats


def score_sentences(candidates: list[Candidate], headline_words: tuple[str, ...] = ()) -> list[float]:
    return [sum(WEIGHTS.get(k, 0.0) * v for k, v in f.items()) for f in sentence_features(candidates, headline_words)]


def default_bullet_count(eligible: int) -> int:
    """3 bullets for a short article, up to 5 for a long one."""
    return 3 if eligible < 12 else 4 if eligible < 24 else 5


def select_bullets(candidates: list[Candidate], headline_words: tuple[str, ...] = (), count: int | None = None) -> list[Ranked]:
    """The article's bullets, in article order."""
    if not candidates:
        return []
    scores = score_sentences(candidates, headline_words)
    eligible = [i for i, c in enumerate(candidates) if c.eligible]
    want = count if count is not None else default_bullet_count(len(eligible))
    # Fall back to any real sentence (too long, transcript) only when too few qualify.
    pools = [eligible, [i for i, c in enumerate(candidates) if i not in eligible and len(c.words) >= 3]]
    chosen: list[int] = []
    for pool in pools:
        for i in sorted(pool, key=lambda i: -scores[i]):
            if len(chosen) >= want:
                break
            if all(overlap(candidates[i].words, candidates[j].words) <= REDUNDANCY for j in chosen):
                chosen.append(i)
    return [Ranked(candidates[i].index, trim_bullet(candidates[i].text), round(scores[i], 4)) for i in sorted(chosen)]

"""Baseline extractive summarisers the bot is compared with, all on Kiwi.

Each takes the article's sentences (in order) and returns the indices of the chosen ones, in article order.

* LEAD-3: the first three sentences, whatever they are.
* LEAD-3 (sentences only): the first three that are real sentences: a sentence-final ending (Kiwi tag EF)
  and 5+ words (the bot's own threshold), so a subtitle, a caption or a byline line is skipped.
* TextRank (Mihalcea & Tarau 2004): PageRank over sentences, edge weight = shared content morphemes
  / (log|Si| + log|Sj|), damping 0.85; the algorithm `textrankr` implements, written here with Kiwi.
* LexRank (Erkan & Radev 2004): PageRank over the TF-IDF cosine graph with threshold 0.1; the algorithm
  `lexrankr` implements, written here with Kiwi (both packages pin old dependencies).
"""

from __future__ import annotations

import math
from collections import Counter
from functools import lru_cache

CONTENT_PREFIXES = ("NN", "VV", "VA", "XR", "SL", "SN", "SH", "NR")


@lru_cache(maxsize=8192)
def _analyse(sentence: str) -> tuple[tuple[str, ...], bool]:
    from digest.text.korean import kiwi

    toks = kiwi().tokenize(sentence)
    words = tuple(t.form for t in toks if t.tag.startswith(CONTENT_PREFIXES))
    return words, any(t.tag == "EF" for t in toks)


def content(sentence: str) -> tuple[str, ...]:
    return _analyse(sentence)[0]


def is_real_sentence(sentence: str) -> bool:
    return _analyse(sentence)[1] and len(sentence.split()) >= 5


def lead(sentences: list[str], k: int = 3) -> list[int]:
    return list(range(min(k, len(sentences))))


def lead_sentences(sentences: list[str], k: int = 3) -> list[int]:
    picked = [i for i, s in enumerate(sentences) if is_real_sentence(s)][:k]
    return picked if len(picked) == k else lead(sentences, k)


def _pagerank(weights: list[list[float]], damping: float = 0.85, iterations: int = 100) -> list[float]:
    n = len(weights)
    out = [sum(row) for row in weights]
    rank = [1.0 / n] * n
    for _ in range(iterations):
        new = [(1 - damping) / n + damping * sum(rank[j] * weights[j][i] / out[j] for j in range(n) if out[j])
               for i in range(n)]
        if max(abs(a - b) for a, b in zip(new, rank)) < 1e-8:
            return new
        rank = new
    return rank


def _top(scores: list[float], k: int) -> list[int]:
    return sorted(sorted(range(len(scores)), key=lambda i: (-scores[i], i))[:k])


def textrank(sentences: list[str], k: int = 3) -> list[int]:
    words = [content(s) for s in sentences]
    n = len(sentences)
    w = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            common = len(set(words[i]) & set(words[j]))
            denom = math.log(len(words[i]) + 1) + math.log(len(words[j]) + 1)
            if common and denom:
                w[i][j] = w[j][i] = common / denom
    return _top(_pagerank(w), k)


def lexrank(sentences: list[str], k: int = 3, threshold: float = 0.1) -> list[int]:
    words = [content(s) for s in sentences]
    n = len(sentences)
    df = Counter(x for ws in words for x in set(ws))
    vecs = [{x: c * math.log(n / df[x]) for x, c in Counter(ws).items()} for ws in words]
    norms = [math.sqrt(sum(v * v for v in vec.values())) for vec in vecs]
    w = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(n):
            if i != j and norms[i] and norms[j]:
                cos = sum(v * vecs[j].get(x, 0.0) for x, v in vecs[i].items()) / (norms[i] * norms[j])
                w[i][j] = 1.0 if cos > threshold else 0.0
    return _top(_pagerank(w), k)

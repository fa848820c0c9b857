"""ROUGE-1, ROUGE-2 and ROUGE-L F1 on Kiwi morphemes.

The common `rouge-score` package tokenises on ASCII letters and digits only, so it scores any Korean text
as empty. Here the tokens are Kiwi morphemes without punctuation (`digest.text.korean.morphemes`): "발표했다"
counts as 발표 / 하 / 었 / 다, so a bullet and a reference that share stems but differ in particles or
endings still match on what they share. Scores are F1 in percent (0-100), as ROUGE papers report them.

Multi-sentence texts are scored as one token sequence per side (the summary-level ROUGE-L of the original
paper is not needed for 3-sentence extracts; this is the common "rougeL" rather than "rougeLsum").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Sequence


@dataclass(frozen=True)
class Rouge:
    r1: float
    r2: float
    rl: float

    def as_tuple(self) -> tuple[float, float, float]:
        return (self.r1, self.r2, self.rl)


def tokens(text: str | Iterable[str]) -> list[str]:
    """Kiwi morphemes (punctuation dropped) of a text, or of several texts joined."""
    from digest.text.korean import morphemes

    if not isinstance(text, str):
        text = "\n".join(text)
    return morphemes(text)


def _ngrams(toks: Sequence[str], n: int) -> Counter:
    return Counter(tuple(toks[i:i + n]) for i in range(len(toks) - n + 1))


def _f1(overlap: int, cand: int, ref: int) -> float:
    if not overlap or not cand or not ref:
        return 0.0
    p, r = overlap / cand, overlap / ref
    return 100.0 * 2 * p * r / (p + r)


def rouge_n(cand: Sequence[str], ref: Sequence[str], n: int) -> float:
    c, r = _ngrams(cand, n), _ngrams(ref, n)
    return _f1(sum((c & r).values()), sum(c.values()), sum(r.values()))


def lcs_length(a: Sequence[str], b: Sequence[str]) -> int:
    if not a or not b:
        return 0
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b, 1):
            cur.append(prev[j - 1] + 1 if x == y else max(prev[j], cur[j - 1]))
        prev = cur
    return prev[-1]


def rouge_l(cand: Sequence[str], ref: Sequence[str]) -> float:
    return _f1(lcs_length(cand, ref), len(cand), len(ref))


def score_tokens(cand: Sequence[str], ref: Sequence[str]) -> Rouge:
    return Rouge(rouge_n(cand, ref, 1), rouge_n(cand, ref, 2), rouge_l(cand, ref))


def score(candidate: str | Iterable[str], reference: str | Iterable[str]) -> Rouge:
    """ROUGE F1 (percent) of a candidate summary against a reference, both texts or lists of sentences."""
    return score_tokens(tokens(candidate), tokens(reference))

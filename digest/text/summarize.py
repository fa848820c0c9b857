"""Sentence ranking and bullet selection.

A news article's lead is usually the news, in every section: on editor-chosen summaries the first real
sentence is among the chosen three in about two articles of three (general news and IT/science alike).
So the ranking starts from a lead prior and lets cheap, explainable signals adjust it:

* lead: the first real sentence (subtitles, captions and bylines do not count), and a position prior
  1 / (1 + decay * rank) over the real sentences that follow;
* centrality: TF-IDF cosine of a sentence's content words to the whole article (what it is about);
* length: content words, saturating at 12 (a short sentence rarely carries the what, who and when);
* headline overlap: sentences that restate the headline carry its facts;
* figures: how many numbers a sentence carries (dates, amounts, scores, counts), saturating at 3.

The lead prior is fixed, not fitted: the first real sentence is among the chosen sentences in 66% of
the IT/science articles and 83% of the general-news development articles. The other weights were chosen
by cross-domain validation over sci-news-sum-kr-50 (IT/science) and the development split of
general-news-kr (six sections of general news): `python -m bench.tune` fits on one domain and scores the
other, in both directions, and keeps the weights that keep the largest share of the achievable margin over
LEAD-3 on both domains; a signal that helped one domain and hurt the other (quotation share, dates,
attribution verbs) was left out.
`python -m bench.summaries` compares the result with LEAD-3, TextRank and LexRank on both.
Bullets are picked greedily by score, skipping near-repeats (word overlap), then shown in article order. A
sentence that carries on from a chosen one (이로써, 이에 따라, 이처럼, 이같이) is preferred next to it, and one
that only sums up the sentence before it (이처럼, 이같이) is never a bullet without it.
Only real sentences qualify: a sentence-final ending, 5+ words, at most 300 characters, not a question,
not a subtitle that ends on someone's quoted words, not part of an interview transcript, unless nothing
else does.

These three selection rules (the quoted-words subtitle, the consequence that follows its bullet, the
summing-up sentence that waits for its antecedent) were checked at the weights below on both development
domains and on the full-length development releases; none lowered any of them. Re-running the max-min choice
of `bench.tune` with them would move the weights (sci +0.2, general dev -0.8), a trade between domains, so
the weights were kept.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Collection
from dataclasses import dataclass

MIN_WORDS = 5
# A cap for text that is not one sentence (a merged paragraph, a fact box), not for long leads: Korean
# leads with a list of names or figures run past 200 characters.
MAX_CHARS = 300
# Chosen by `python -m bench.tune` (cross-domain validation, see the module docstring and README
# "Benchmarks"). Only the ratios matter for one article; the sum is kept near 0.85 because story bullets
# add a fixed bonus per extra outlet to these scores (digest.text.stories).
WEIGHTS = {"centrality": 0.304, "lead": 0.182, "position": 0.243, "headline": 0.061, "length": 0.03, "numbers": 0.03}
POSITION_DECAY = 2.0        # position prior 1 / (1 + decay * rank among real sentences)
# A whole article of 30+ real sentences spreads its news over more of its opening than a short one, so there the
# prior decays half as fast. Checked on every development set (IT/science, general news, whole releases, whole
# news articles): none lower, IT/science +0.6 and whole news +1.6 ROUGE-2 (python -m bench.summaries).
LONG_ARTICLE = 30
LONG_POSITION_DECAY = 1.0
FULL_LENGTH = 12            # content words at which a sentence counts as fully informative
REDUNDANCY = 0.5

# Connectives that only link to the previous sentence; a bullet stands alone, so they go.
LEADING_CONNECTIVES = re.compile(r"^(?:이어|또한|또|한편|아울러|특히|이와\s*함께|그러면서|더불어|게다가|다만|그러나|하지만)\s*,?\s+")
# A sentence that carries on from the one before it: its consequence (이로써 ...) or a step taken because of
# it (이에 따라 ...). When that sentence is already a bullet, this one completes it, so it is preferred.
CONTINUES_PREVIOUS = re.compile(r"^(?:이로써|이에\s*따라|이처럼|이같이|이와\s*같이)(?=[\s,])")
CONTINUATION_BONUS = 0.1
# "Like this" sums up what came before; without that sentence as the bullet before it, it says nothing.
SUMS_UP_PREVIOUS = re.compile(r"^(?:이처럼|이같이|이와\s*같이)(?=[\s,])")
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


# A subtitle that quotes someone ("윤병태 시장 “... 이끌겠다”"): the quote closes the line with no verb of the
# line's own after it and no full stop inside it, so it is a heading, not a sentence.
QUOTE_HEADING = re.compile(r"[가-힣]\s*[”\"’']\s*$")


def is_bullet_worthy(text: str, final: bool, role: str) -> bool:
    return (
        role == "body" and final and len(text.split()) >= MIN_WORDS and len(text) <= MAX_CHARS
        and not text.rstrip("\"'”’ ").endswith("?") and not QUOTE_HEADING.search(text)
    )


def _tfidf(docs: list[tuple[str, ...]]) -> list[dict[str, float]]:
    df = Counter(w for words in docs for w in set(words))
    n = len(docs)
    idf = {w: math.log(1 + n / d) for w, d in df.items()}   # once per word, not once per sentence holding it
    return [{w: c * idf[w] for w, c in Counter(words).items()} for words in docs]


def norm(a: dict[str, float]) -> float:
    return math.sqrt(sum(v * v for v in a.values()))


def cosine(a: dict[str, float], b: dict[str, float], b_norm: float | None = None) -> float:
    """`b_norm`: norm(b) when already known (every sentence is compared with one centroid)."""
    if not a or not b:
        return 0.0
    dot = sum(v * b.get(k, 0.0) for k, v in a.items())
    na = norm(a)
    nb = norm(b) if b_norm is None else b_norm
    return dot / (na * nb) if na and nb else 0.0


def overlap(a: Collection[str], b: Collection[str]) -> float:
    """Jaccard overlap of two word sets: the near-repeat test."""
    sa, sb = set(a), set(b)
    return len(sa & sb) / len(sa | sb) if sa and sb else 0.0


NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
FULL_FIGURES = 3            # numbers at which a sentence counts as fully factual


def sentence_features(candidates: list[Candidate], headline_words: tuple[str, ...] = (),
                      decay: float | None = None) -> list[dict[str, float]]:
    """Each sentence's ranking signals, every one in [0, 1].

    Position counts real sentences only: a subtitle, a photo caption or a byline line before the lead
    must not push the lead down."""
    decay = POSITION_DECAY if decay is None else decay
    vectors = _tfidf([c.words for c in candidates])
    centroid: dict[str, float] = {}
    for vec in vectors:
        for w, v in vec.items():
            centroid[w] = centroid.get(w, 0.0) + v
    centroid_norm = norm(centroid)
    headline = set(headline_words)
    feats = []
    rank = 0
    for cand, vec in zip(candidates, vectors):
        feats.append({
            "centrality": cosine(vec, centroid, centroid_norm),
            "position": 1.0 / (1.0 + decay * rank) if cand.eligible else 0.0,
            "lead": 1.0 if cand.eligible and rank == 0 else 0.0,
            "headline": len(headline & set(cand.words)) / len(headline) if headline else 0.0,
            "length": min(1.0, len(cand.words) / FULL_LENGTH),
            "numbers": min(1.0, len(NUMBER.findall(cand.text)) / FULL_FIGURES),
        })
        if cand.eligible:
            rank += 1
    return feats


def combine(features: list[dict[str, float]], weights: dict[str, float] | None = None) -> list[float]:
    weights = WEIGHTS if weights is None else weights
    return [sum(weights.get(k, 0.0) * v for k, v in f.items()) for f in features]


def position_decay(candidates: list[Candidate]) -> float:
    """The position prior's decay for this article: slower in a long one (LONG_ARTICLE)."""
    long = sum(1 for c in candidates if c.eligible) >= LONG_ARTICLE
    return LONG_POSITION_DECAY if long else POSITION_DECAY


def score_sentences(candidates: list[Candidate], headline_words: tuple[str, ...] = ()) -> list[float]:
    return combine(sentence_features(candidates, headline_words, position_decay(candidates)))


def default_bullet_count(eligible: int) -> int:
    """3 bullets for a short article, up to 5 for a long one."""
    return 3 if eligible < 12 else 4 if eligible < 24 else 5


def select_bullets(candidates: list[Candidate], headline_words: tuple[str, ...] = (), count: int | None = None) -> list[Ranked]:
    """The article's bullets, in article order."""
    if not candidates:
        return []
    return select_by_scores(candidates, score_sentences(candidates, headline_words), count)


def near_repeat(candidate: Candidate, chosen: Candidate) -> bool:
    return overlap(candidate.words, chosen.words) > REDUNDANCY


def select_by_scores(candidates: list[Candidate], scores: list[float], count: int | None = None,
                     repeats: Callable[[Candidate, Candidate], bool] = near_repeat) -> list[Ranked]:
    """The best-scoring real sentences that do not repeat each other, in article order.

    Picked one at a time, so a sentence that carries on from a chosen one (CONTINUES_PREVIOUS) gets its bonus
    only once that one is chosen, and a sentence summing up the one before it (SUMS_UP_PREVIOUS) waits for it.
    `repeats(candidate, chosen)` is the near-repeat test (bench.ranker_trials tries others)."""
    eligible = [i for i, c in enumerate(candidates) if c.eligible]
    previous = dict(zip(eligible[1:], eligible))      # the real sentence just before each real sentence
    want = count if count is not None else default_bullet_count(len(eligible))
    # Fall back to any real sentence (too long, transcript) only when too few qualify.
    real = set(eligible)
    pools = [eligible, [i for i, c in enumerate(candidates) if i not in real and len(c.words) >= 3]]
    chosen: list[int] = []
    compared: dict[tuple[int, int], bool] = {}   # each pair tested once, not again each time a bullet is added

    def repeat(i: int, j: int) -> bool:
        if (i, j) not in compared:
            compared[i, j] = repeats(candidates[i], candidates[j])
        return compared[i, j]

    def follows_chosen(i: int) -> bool:
        return previous.get(i) in chosen

    # how each sentence opens, read once, not again each time a bullet is added
    sums_up = [SUMS_UP_PREVIOUS.match(c.text) is not None for c in candidates]
    continues = [CONTINUES_PREVIOUS.match(c.text) is not None for c in candidates]

    def usable(i: int) -> bool:
        return (i not in chosen
                and (follows_chosen(i) or not sums_up[i])
                and not any(repeat(i, j) for j in chosen))

    def effective(i: int) -> float:
        bonus = CONTINUATION_BONUS if follows_chosen(i) and continues[i] else 0.0
        return scores[i] + bonus

    for pool in pools:
        while len(chosen) < want:
            options = [i for i in pool if usable(i)]
            if not options:
                break
            chosen.append(max(options, key=lambda i: (effective(i), -i)))
    return [Ranked(candidates[i].index, trim_bullet(candidates[i].text), round(scores[i], 4)) for i in sorted(chosen)]

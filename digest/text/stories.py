"""Stories: grouping articles from several outlets that tell the same happening, and their shared bullets.

Two articles belong to one story when their content overlaps strongly (content words, named entities and
numbers) and they were published within a few days of each other. The test looks at a pair only, with
no corpus statistics, so stories are the connected components of that pair relation: membership is the
same whatever order the articles arrive in.

A weaker overlap with no time limit links a story to an earlier chapter of the same thread.
"""

from __future__ import annotations

import math
import operator
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from digest.text.summarize import overlap

SAME_STORY = 0.42        # pair similarity at or above which two articles tell the same story
RELATED = 0.22           # ... at or above which an older story is an earlier chapter
WINDOW = timedelta(days=3)
NEAR_COPY = 0.45         # word overlap at which two sentences say the same thing
SAME_TEXT = 0.9          # content-word cosine at which two articles are one text (another outlet running it)


@dataclass(frozen=True)
class Profile:
    """What story grouping needs of an article, read from stored analysis."""

    article_id: str
    published: datetime | None
    words: dict[str, int]   # a Counter, or a stored profile's decoded dict
    entities: frozenset[str]


# 1 + log(n) of the counts a profile holds (mostly 1 to a few dozen), looked up rather than computed: every
# candidate story's profile is weighted once, and at 100,000 stored that is a thousand profiles per 100 articles.
_ONE_PLUS_LOG = [0.0] + [1 + math.log(n) for n in range(1, 256)]
_INT = frozenset({int})   # every count an int (not a float, nor a bool), tested by a C loop


def _log_weights(counts: dict[str, int]) -> tuple[dict[str, float], float]:
    # log-scaled term frequency: an article repeating "오픈AI" 30 times is not 30 times more about it
    values = counts.values()
    if values and 0 < min(values) and max(values) < len(_ONE_PLUS_LOG) and _INT.issuperset(map(type, values)):
        weights = dict(zip(counts.keys(), map(_ONE_PLUS_LOG.__getitem__, values)))   # the same floats, in C
    else:
        weights = {k: 1 + math.log(v) for k, v in counts.items() if v > 0}
    squares = weights.values()
    return weights, math.sqrt(sum(map(operator.mul, squares, squares)))


_weights_cache: dict[int, tuple[dict[str, float], float, dict[str, int]]] = {}   # id -> weights, norm, the profile


def _cached_weights(counts: dict[str, int]) -> tuple[dict[str, float], float]:
    """Profiles are parsed once and shared (see linking.profile_of), so their weights can be too."""
    key = id(counts)
    hit = _weights_cache.get(key)
    if hit is None or hit[2] is not counts:
        if len(_weights_cache) > 50_000:
            _weights_cache.clear()
        weights, norm = _log_weights(counts)
        hit = _weights_cache[key] = (weights, norm, counts)
    return hit[0], hit[1]


def cosine_counts(a: dict[str, int], b: dict[str, int]) -> float:
    wa, na = _cached_weights(a)
    wb, nb = _cached_weights(b)
    # the shared words, found by a set intersection in C, are usually far fewer than either profile's; the
    # products summed in the set's order, by C loops
    shared = wa.keys() & wb.keys()
    dot = sum(map(operator.mul, map(wa.__getitem__, shared), map(wb.__getitem__, shared)))
    return dot / (na * nb) if na and nb else 0.0


def similarity(a: Profile, b: Profile) -> float:
    """Content-word cosine, lifted by shared names: outlets rewording one press release share the names."""
    return 0.7 * cosine_counts(a.words, b.words) + 0.3 * overlap(a.entities, b.entities)


def within_window(a: Profile, b: Profile) -> bool:
    """Unknown dates never keep articles apart: such an article takes its story's date."""
    if a.published is None or b.published is None:
        return True
    return abs(a.published - b.published) <= WINDOW


def same_story(a: Profile, b: Profile) -> bool:
    return within_window(a, b) and similarity(a, b) >= SAME_STORY


def copy_and_same_story(a: Profile, b: Profile) -> tuple[bool, bool]:
    """`near_copy(a, b)` and `same_story(a, b)` at once, the content-word cosine computed once: grouping asks
    both of every candidate, sixty of them an article once the store is large."""
    if not within_window(a, b):
        return False, False
    cosine = cosine_counts(a.words, b.words)
    return cosine >= SAME_TEXT, 0.7 * cosine + 0.3 * overlap(a.entities, b.entities) >= SAME_STORY


def near_copy(a: Profile, b: Profile) -> bool:
    """Near-identical texts: a wire story run again with a line dropped or a byline changed. A rewording of
    the same press release by another outlet stays below (it is a member with sentences of its own)."""
    return within_window(a, b) and cosine_counts(a.words, b.words) >= SAME_TEXT


@dataclass(frozen=True)
class MemberSentence:
    article_id: str
    outlet: str | None
    text: str
    words: tuple[str, ...]
    score: float
    eligible: bool
    lead: bool = False       # the article's first real sentence


def choose_story_bullets(sentences: list[MemberSentence], count: int) -> list[tuple[str, list[str]]]:
    """Bullets across a story's articles: (text, article ids carrying it or a near-copy), best first.

    A sentence that several outlets carry is what the story is about, so each extra outlet adds to its
    score; near-repeats of a chosen bullet are skipped, so no two bullets say the same thing. Every
    article's lead tells the story's happening, mostly in its own words, so after one lead the others
    count as near-repeats too.
    """
    word_sets = [frozenset(s.words) for s in sentences]
    near = _near_copy_index(word_sets)
    carriers: dict[int, list[str]] = {}
    scored: list[tuple[float, int]] = []
    for i, s in enumerate(sentences):
        if not s.eligible:
            continue  # only candidates need their carriers: all-pairs would grow with the square of the story
        ids = [s.article_id]
        for j in near(i):
            if sentences[j].article_id not in ids and _jaccard(word_sets[i], word_sets[j]) >= NEAR_COPY:
                ids.append(sentences[j].article_id)
        carriers[i] = ids
        scored.append((s.score + 0.12 * (len(ids) - 1), i))
    chosen: list[int] = []
    for _, i in sorted(scored, key=lambda x: (-x[0], x[1])):
        if len(chosen) >= count:
            break
        if sentences[i].lead and any(sentences[j].lead for j in chosen):
            continue
        if all(_jaccard(word_sets[i], word_sets[j]) < NEAR_COPY for j in chosen):
            chosen.append(i)
    return [(sentences[i].text, carriers[i]) for i in chosen]


def _near_copy_index(word_sets: list[frozenset]) -> Callable[[int], list[int]]:
    """Prefix filtering (as in set-similarity joins): order words rarest first; two sets with Jaccard >= t
    share a word among the first |x| - ceil(t|x|) + 1 of each. So `near(i)` returns, in order, every
    sentence that can be a near-copy of sentence i, without comparing i with the whole story."""
    freq = Counter(w for ws in word_sets for w in ws)
    prefixes = []
    index: dict[str, list[int]] = {}
    for j, ws in enumerate(word_sets):
        ordered = sorted(ws, key=lambda w: (freq[w], w))
        prefix = ordered[:len(ordered) - math.ceil(NEAR_COPY * len(ordered) - 1e-9) + 1]
        prefixes.append(prefix)
        for w in prefix:
            index.setdefault(w, []).append(j)

    def near(i: int) -> list[int]:
        return sorted({j for w in prefixes[i] for j in index[w]})
    return near


def _jaccard(a: frozenset, b: frozenset) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def story_bullet_count(article_count: int) -> int:
    return min(5, 3 + article_count - 1)

"""Stories: grouping articles from several outlets that tell the same happening, and their shared bullets.

Two articles belong to one story when their content overlaps strongly (content words, named entities and
numbers) and they were published within a few days of each other. The test looks at a pair only, with
no corpus statistics, so stories are the connected components of that pair relation: membership is the
same whatever order the articles arrive in.

A weaker overlap with no time limit links a story to an earlier chapter of the same thread.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta

from digest.summarize import overlap

SAME_STORY = 0.42        # pair similarity at or above which two articles tell the same story
RELATED = 0.22           # ... at or above which an older story is an earlier chapter
WINDOW = timedelta(days=3)
NEAR_COPY = 0.45         # word overlap at which two sentences say the same thing


@dataclass(frozen=True)
class Profile:
    """What story grouping needs of an article, read from stored analysis."""

    article_id: str
    published: datetime | None
    words: Counter
    entities: frozenset[str]


def cosine_counts(a: Counter, b: Counter) -> float:
    # log-scaled term frequency: an article repeating "오픈AI" 30 times is not 30 times more about it
    wa = {k: 1 + math.log(v) for k, v in a.items()}
    wb = {k: 1 + math.log(v) for k, v in b.items()}
    dot = sum(v * wb.get(k, 0.0) for k, v in wa.items())
    na = math.sqrt(sum(v * v for v in wa.values()))
    nb = math.sqrt(sum(v * v for v in wb.values()))
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


@dataclass(frozen=True)
class MemberSentence:
    article_id: str
    outlet: str | None
    text: str
    words: tuple[str, ...]
    score: float
    eligible: bool


def choose_story_bullets(sentences: list[MemberSentence], count: int) -> list[tuple[str, list[str]]]:
    """Bullets across a story's articles: (text, article ids carrying it or a near-copy), best first.

    A sentence that several outlets carry is what the story is about, so each extra outlet adds to its
    score; near-repeats of a chosen bullet are skipped, so no two bullets say the same thing.
    """
    carriers: list[list[str]] = []
    scored: list[tuple[float, int]] = []
    for i, s in enumerate(sentences):
        ids = [s.article_id]
        for t in sentences:
            if t.article_id not in ids and overlap(s.words, t.words) >= NEAR_COPY:
                ids.append(t.article_id)
        carriers.append(ids)
        if s.eligible:
            scored.append((s.score + 0.12 * (len(ids) - 1), i))
    chosen: list[int] = []
    for _, i in sorted(scored, key=lambda x: (-x[0], x[1])):
        if len(chosen) >= count:
            break
        if all(overlap(sentences[i].words, sentences[j].words) < NEAR_COPY for j in chosen):
            chosen.append(i)
    return [(sentences[i].text, carriers[i]) for i in chosen]


def story_bullet_count(article_count: int) -> int:
    return min(5, 3 + article_count - 1)

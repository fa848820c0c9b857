"""From source text to an analysed article: clean, find metadata, split, rank, pick bullets.

This is the one place the ingest path and `newsdigest extract` share, so a file analysed without being
stored gives exactly what ingesting it would store.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol

from digest.sources.files import DEFAULT_MAX_ARTICLE_CHARS, NotAnArticle, SourceText, check_article_size
from digest.text.clean import BODY, DECK, HANGUL, clean_article
from digest.text.events import FoundEvent, extract_events
from digest.text.korean import content_words, sentences_read, split_paragraphs
from digest.text.metadata import Published, find_metadata, parse_published
from digest.text.summarize import Candidate, Ranked, is_bullet_worthy, score_sentences, select_by_scores

MIN_SENTENCES = 2


@dataclass(frozen=True)
class AnalysedSentence:
    index: int
    paragraph: int
    text: str
    role: str
    words: tuple[str, ...]
    entities: tuple[str, ...]
    final: bool
    tokens: tuple = ()        # Kiwi's morphemes, kept in memory for event extraction (not stored)


@dataclass
class Analysis:
    source: str
    title: str
    title_origin: str                 # sidecar | text | sentence
    outlet: str | None
    reporter: str | None
    published: Published | None
    sentences: list[AnalysedSentence]
    bullets: list[Ranked]
    content_hash: str
    encoding: str = "utf-8"
    url: str | None = None
    removed: list[tuple[str, str]] = field(default_factory=list)
    events: list[FoundEvent] = field(default_factory=list)
    scores: list[float] = field(default_factory=list)   # each sentence's ranking score, as its bullets were chosen

    def scores_as_stored(self) -> list[float] | None:
        """The sentences' scores, when scoring them again from their stored rows would give the very same: every
        sentence a body one (a story's refresh scores body sentences only) whose words read back as they were
        joined (a Kiwi word holding a space does not); else None, and they are scored again."""
        alike = all(x.role == "body" and x.words == tuple(" ".join(x.words).split()) for x in self.sentences)
        return self.scores if alike else None


class PlacedSentence(Protocol):
    """A sentence with its place in the article: one just analysed, or one read back from the store."""
    @property
    def text(self) -> str: ...
    @property
    def role(self) -> str: ...
    @property
    def paragraph(self) -> int: ...


def body_paragraphs(sentences: Iterable[PlacedSentence]) -> list[list[tuple[str, tuple]]]:
    """Body sentences grouped by paragraph, with their morphemes when known: what event extraction reads."""
    groups: dict[int, list[tuple[str, tuple]]] = {}
    for s in sentences:
        if s.role == BODY:
            groups.setdefault(s.paragraph, []).append((s.text, getattr(s, "tokens", ())))
    return list(groups.values())


def content_hash(texts: list[str]) -> str:
    """Hash of the cleaned body, whitespace-insensitive: the same article scraped twice hashes the same."""
    joined = " ".join(" ".join(texts).split())   # str.split's whitespace is the regex engine's `\s`: one pass, no regex
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()


def _hangul_share(text: str) -> float:
    """Hangul syllables among the letters (every syllable is one)."""
    letters = sum(map(str.isalpha, text))
    return len(HANGUL.findall(text)) / letters if letters else 0.0


def analyse(src: SourceText, bullets: int | None = None, published: Published | None = None,
            max_chars: int = DEFAULT_MAX_ARTICLE_CHARS) -> Analysis:
    """Analyse one article. Raises NotAnArticle, with a reason a user understands, for anything else."""
    check_article_size(len(src.text), max_chars)   # files are checked as they are read; pages and feeds here
    cleaned = clean_article(src.text)
    body = [p for p in cleaned.paragraphs if p.role != DECK]
    if _hangul_share(" ".join(p.text for p in cleaned.paragraphs)) < 0.3:
        raise NotAnArticle("no Korean article text found")
    if not body:
        raise NotAnArticle("no article body (only headline-like lines, no complete sentences); not an article")
    sentences: list[AnalysedSentence] = []
    for pno, (para, para_sentences) in enumerate(zip(body, split_paragraphs([p.text for p in body]))):
        for sent in para_sentences:
            sentences.append(AnalysedSentence(len(sentences), pno, sent.text, para.role, sent.words, sent.entities,
                                              sent.final, sent.tokens))
    if sum(1 for s in sentences if s.final and s.role == BODY) < MIN_SENTENCES:
        raise NotAnArticle(f"fewer than {MIN_SENTENCES} complete Korean sentences; not an article")

    found = find_metadata(src.text)
    meta = src.meta or {}
    if published is None and meta.get("published"):
        published = parse_published(str(meta["published"]), meta.get("published_origin", "sidecar"))
    published = published or found.published

    candidates = [Candidate(s.index, s.text, s.words, is_bullet_worthy(s.text, s.final, s.role), s.role) for s in sentences]
    if meta.get("title"):
        title, origin = str(meta["title"]), "sidecar"
    elif cleaned.title:
        title, origin = cleaned.title, "text"
    else:
        title, origin = "", "sentence"
    if origin == "sentence":
        # no headline: the sentences' scores without one pick both the title and the bullets
        scores = score_sentences(candidates)
        title = _central_sentence(candidates, scores)
    else:
        scores = score_sentences(candidates, content_words(title))
    ranked = select_by_scores(candidates, scores, bullets)   # (the scores kept: its story's refresh reads them)
    # Without a publication date relative dates cannot be resolved; events wait for the story's date.
    paragraphs = body_paragraphs(sentences)
    with sentences_read(s for paragraph in paragraphs for s in paragraph):
        events = extract_events(paragraphs, published.when) if published else []
    return Analysis(
        source=src.source,
        title=title,
        title_origin=origin,
        outlet=meta.get("outlet") or found.outlet,
        reporter=meta.get("reporter") or found.reporter,
        published=published,
        sentences=sentences,
        bullets=ranked,
        content_hash=content_hash([s.text for s in sentences]),
        encoding=src.encoding,
        url=meta.get("url"),
        removed=cleaned.removed,
        events=events,
        scores=scores,
    )


def _central_sentence(candidates: list[Candidate], scores: list[float]) -> str:
    """No headline in the text: the most central eligible sentence stands in, shortened."""
    pool = [i for i, c in enumerate(candidates) if c.eligible] or list(range(len(candidates)))
    best = candidates[max(pool, key=lambda i: scores[i])].text
    return best if len(best) <= 80 else best[:78].rstrip() + "…"

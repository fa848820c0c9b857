"""The use cases the CLI and every chat adapter call: ingest, digest, brief, search.

Adapters never touch the store or Kiwi directly; they call these methods and render the view models.
"""

from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from digest.analysis import Analysis, analyse
from digest.articles import NotAnArticle, SourceText, iter_article_paths, read_source
from digest.korean import content_words
from digest.metadata import KST, Published, parse_published
from digest.store import ArticleRow, BulletRow, SentenceRow, Store, as_utc, utc_naive
from digest.views import (ArticleView, BulletView, DigestView, EventView, IngestItem, IngestReport, SourceRef,
                          StoryView)


class UnknownId(LookupError):
    """No article or story has that id; the message is for the user."""


def published_display(row: ArticleRow) -> str | None:
    if row.published_at is None:
        return None
    return Published(as_utc(row.published_at), row.published_precision or "day", row.published_origin or "").display()


def source_ref(row: ArticleRow) -> SourceRef:
    return SourceRef(row.id, row.outlet, row.title, published_display(row), row.published_origin, row.url)


def article_matches(row: ArticleRow, topic_words: tuple[str, ...], topic_terms: list[str]) -> bool:
    """Every topic word is among the article's content words, or appears verbatim in its text."""
    if not topic_terms:
        return True
    words = {w for s in row.sentences for w in s.words.split()} | set(content_words(row.title))
    text = row.title + " " + " ".join(s.text for s in row.sentences)
    lowered = text.lower()
    return all(term.lower() in lowered for term in topic_terms) or (bool(topic_words) and all(w in words for w in topic_words))


def clock_from_env() -> callable:
    """Wall-clock time, unless NEWSDIGEST_NOW pins it (demos over old seed articles, reproducible runs)."""
    pinned = os.environ.get("NEWSDIGEST_NOW")
    if pinned:
        when = parse_published(pinned, "clock").when
        return lambda: when
    return lambda: datetime.now(timezone.utc)


class NewsService:
    def __init__(self, store: Store, now=None):
        self.store = store
        self._now = now or clock_from_env()

    def now(self) -> datetime:
        return self._now()

    # ---- ingest -------------------------------------------------------------------------------------

    def ingest_paths(self, paths: list[Path]) -> IngestReport:
        report = IngestReport()
        for path, problem in iter_article_paths(paths):
            if problem:
                report.items.append(IngestItem(str(path), "skipped", reason=problem))
                continue
            try:
                src = read_source(path)
            except NotAnArticle as exc:
                report.items.append(IngestItem(str(path), "skipped", reason=str(exc)))
                continue
            report.items.append(self.ingest_source(src))
        return report

    def ingest_source(self, src: SourceText, published: Published | None = None) -> IngestItem:
        try:
            analysis = analyse(src, published=published)
        except (NotAnArticle, ValueError) as exc:
            return IngestItem(src.source, "skipped", reason=str(exc))
        return self.store_analysis(analysis)

    def store_analysis(self, a: Analysis) -> IngestItem:
        with self.store.session() as s, s.begin():
            existing = self.store.find_duplicate(s, a.content_hash, a.url)
            if existing is not None and existing.content_hash == a.content_hash:
                return IngestItem(a.source, "duplicate", existing.id, existing.title, "already stored")
            if existing is not None:  # same URL, edited text: replace the analysis, keep the id
                row, status = existing, "updated"
                row.sentences.clear()
                row.bullets.clear()
                s.flush()
            else:
                row, status = ArticleRow(id=self._new_id(s, a.content_hash), ingested_at=utc_naive(self.now())), "stored"
                s.add(row)
            self._fill(row, a)
        return IngestItem(a.source, status, row.id, row.title)

    def _new_id(self, s: Session, content_hash: str) -> str:
        for length in range(8, 17):
            candidate = content_hash[:length]
            if s.get(ArticleRow, candidate) is None:
                return candidate
        raise RuntimeError("article id space exhausted")

    @staticmethod
    def _fill(row: ArticleRow, a: Analysis) -> None:
        row.source, row.url, row.content_hash = a.source, a.url, a.content_hash
        row.title, row.title_origin = a.title, a.title_origin
        row.outlet, row.reporter, row.encoding = a.outlet, a.reporter, a.encoding
        if a.published:
            row.published_at = utc_naive(a.published.when)
            row.published_precision, row.published_origin = a.published.precision, a.published.origin
        else:
            row.published_at = row.published_precision = row.published_origin = None
        row.sentences = [SentenceRow(idx=x.index, paragraph=x.paragraph, text=x.text, role=x.role,
                                     words=" ".join(x.words), entities=" ".join(x.entities), final=x.final)
                         for x in a.sentences]
        row.bullets = [BulletRow(sentence_idx=b.index, text=b.text, score=b.score) for b in a.bullets]

    # ---- queries ------------------------------------------------------------------------------------

    def _articles(self, s: Session, since: datetime | None):
        q = select(ArticleRow).options(selectinload(ArticleRow.sentences), selectinload(ArticleRow.bullets))
        rows = list(s.scalars(q))
        if since is not None:
            cutoff = utc_naive(since)
            # An article with no known date counts by when it was ingested.
            rows = [r for r in rows if (r.published_at or r.ingested_at) >= cutoff]
        return sorted(rows, key=lambda r: (r.published_at or r.ingested_at), reverse=True)

    def digest(self, since: datetime | None = None, topic: str | None = None) -> DigestView:
        terms = topic.split() if topic else []
        words = content_words(topic) if topic else ()
        with self.store.session() as s:
            rows = [r for r in self._articles(s, since) if article_matches(r, words, terms)]
            stories = [self._story_of_article(r) for r in rows]
        return DigestView(stories, since.astimezone(KST).isoformat() if since else None, topic)

    def _story_of_article(self, row: ArticleRow) -> StoryView:
        ref = source_ref(row)
        return StoryView(row.id, row.title, ref.published, [ref], [BulletView(b.text, [ref]) for b in row.bullets])

    def article(self, article_id: str) -> ArticleView:
        with self.store.session() as s:
            row = self._find_article(s, article_id)
            return ArticleView(row.id, row.title, row.outlet, row.reporter, published_display(row),
                               row.published_origin, row.source, row.url, [b.text for b in row.bullets])

    def _find_article(self, s: Session, article_id: str) -> ArticleRow:
        key = article_id.strip().lower()
        row = s.get(ArticleRow, key)
        if row is None and len(key) >= 4:  # a unique prefix is enough, like git
            found = list(s.scalars(select(ArticleRow).where(ArticleRow.id.startswith(key)).limit(2)))
            row = found[0] if len(found) == 1 else None
        if row is None:
            raise UnknownId(f"no article with id '{article_id}'")
        return row

    def brief(self, item_id: str) -> StoryView | ArticleView:
        """A story by story id, or an article by article id (or unique prefix). Raises UnknownId."""
        return self.article(item_id)

    def search(self, words: str, limit: int = 10) -> DigestView:
        """Stories matching every word, newest first, whatever their age."""
        view = self.digest(topic=words)
        return DigestView(view.stories[:limit], None, words)

    def events(self, which: str = "upcoming", topic: str | None = None) -> list[EventView]:
        """The follow-up calendar: `upcoming` (soonest first, undated last) or `past` (latest first)."""
        return []

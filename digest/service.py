"""The use cases the CLI and every chat adapter call: ingest, digest, brief, search.

Adapters never touch the store or Kiwi directly; they call these methods and render the view models.
"""

from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from digest.analysis import Analysis, analyse
from digest.articles import NotAnArticle, SourceText, iter_article_paths, read_source
from digest.korean import content_words
from digest.metadata import KST, Published, parse_published
from digest.events import display_date
from digest.linking import (article_events, assign_story, event_status, link_related, parse_profile, profile_json,
                            record_events, today_kst)
from digest.store import (ArticleRow, BulletRow, EventRow, EventSourceRow, SentenceRow, Store, StoryLinkRow, StoryRow,
                          as_utc, utc_naive)
from digest.views import (ArticleView, BulletView, DigestView, EventView, IngestItem, IngestReport, SourceRef,
                          StoryView)


SEARCH_BATCH = 200   # stories read at a time by a search, newest first


class UnknownId(LookupError):
    """No article or story has that id; the message is for the user."""


def published_display(row: ArticleRow) -> str | None:
    if row.published_at is None:
        return None
    return Published(as_utc(row.published_at), row.published_precision or "day", row.published_origin or "").display()


def source_ref(row: ArticleRow) -> SourceRef:
    return SourceRef(row.id, row.outlet, row.title, published_display(row), row.published_origin, row.url)


def article_matches(row: ArticleRow, topic_words: tuple[str, ...], topic_terms: list[str]) -> bool:
    """Every topic word is among the article's content words (its stored profile and its title), or every
    term appears verbatim in its title. The profile is parsed once per process, so no sentence is loaded."""
    if not topic_terms:
        return True
    if all(term.lower() in row.title.lower() for term in topic_terms):
        return True
    words, _ = parse_profile(row.profile or "{}")
    return bool(topic_words) and all(w in words or w in content_words(row.title) for w in topic_words)


def stories_matching(s: Session, stories: list, topic: str | None) -> list:
    """The stories (in the given order) with an article about every word of the topic: by content words
    first (no sentence is loaded), then, for the rest, by each word appearing verbatim in a sentence (SQL),
    which catches compounds Kiwi splits differently in the query and in the text."""
    if not topic:
        return list(stories)
    terms, words = topic.split(), content_words(topic)
    by_words = {st.id for st in stories if any(article_matches(a, words, terms) for a in st.articles)}
    rest = {a.id for st in stories if st.id not in by_words for a in st.articles}
    for term in terms:
        if not rest:
            break
        like = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        rest &= set(s.scalars(select(SentenceRow.article_id).where(SentenceRow.article_id.in_(rest),
                                                                    SentenceRow.text.like(like, escape="\\")).distinct()))
    return [st for st in stories if st.id in by_words or any(a.id in rest for a in st.articles)]


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
        """Store an analysed article, then update its story, the story links and the event calendar."""
        now = self.now()
        with self.store.session() as s, s.begin():
            existing = self.store.find_duplicate(s, a.content_hash, a.url)
            if existing is not None and existing.content_hash == a.content_hash:
                return IngestItem(a.source, "duplicate", existing.id, existing.title, "already stored")
            if existing is not None:  # same URL, edited text: replace the analysis, keep the id
                row, status = existing, "updated"
                row.sentences.clear()
                row.bullets.clear()
                for src in s.scalars(select(EventSourceRow).where(EventSourceRow.article_id == row.id)):
                    s.delete(src)
                s.flush()
            else:
                row, status = ArticleRow(id=self._new_id(s, a.content_hash), ingested_at=utc_naive(now)), "stored"
                s.add(row)
            self._fill(row, a)
            s.flush()
            story = assign_story(s, row, now)
            for member in s.scalars(select(ArticleRow).where(ArticleRow.story_id == story.id)):
                found = a.events if member.id == row.id else []
                if member.id == row.id or (member.published_origin == "inferred" and not member.event_sources):
                    record_events(s, member, article_events(member, found), now)
            link_related(s, story)
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
        row.profile = profile_json(a.sentences)

    # ---- queries ------------------------------------------------------------------------------------

    def digest(self, since: datetime | None = None, topic: str | None = None) -> DigestView:
        """Stories with an article published (or, undated, ingested) since `since`, newest first."""
        cutoff = utc_naive(since) if since else None
        with self.store.session() as s:
            stories = []
            query = select(StoryRow)
            if cutoff is not None:  # in SQL: only stories with a member since the cutoff are loaded at all
                recent = func.coalesce(ArticleRow.published_at, ArticleRow.ingested_at) >= cutoff
                query = query.where(select(ArticleRow.id).where(ArticleRow.story_id == StoryRow.id, recent).exists())
            query = query.options(selectinload(StoryRow.articles))
            for story in s.scalars(query):
                members = story.articles
                if cutoff is not None and not any((a.published_at or a.ingested_at) >= cutoff for a in members):
                    continue
                stories.append(story)
            stories = stories_matching(s, stories, topic)
            stories.sort(key=lambda st: (max(a.published_at or a.ingested_at for a in st.articles), st.id), reverse=True)
            views = [self._story_view(s, st) for st in stories]
        return DigestView(views, since.astimezone(KST).isoformat() if since else None, topic)

    def _story_view(self, s: Session, story: StoryRow) -> StoryView:
        members = sorted(story.articles, key=lambda a: (a.published_at or datetime.max, a.id))
        refs = {a.id: source_ref(a) for a in members}
        bullets = [BulletView(b.text, [refs[i] for i in b.article_ids.split() if i in refs]) for b in story.bullets]
        today = today_kst(self.now())
        events = [self._event_view(e, today, story.title)
                  for e in s.scalars(select(EventRow).where(EventRow.story_id == story.id))]
        earlier = [{"id": e.id, "title": e.title, "published": _date_display(e.published_at)}
                   for e in s.scalars(select(StoryRow).join(StoryLinkRow, StoryLinkRow.earlier_id == StoryRow.id)
                                      .where(StoryLinkRow.story_id == story.id).order_by(StoryRow.published_at.desc()))]
        first_dated = next((refs[a.id].published for a in members if a.published_at), None)
        return StoryView(story.id, story.title, first_dated, list(refs.values()), bullets, sort_events(events), earlier)

    def _event_view(self, e: EventRow, today, story_title: str | None = None) -> EventView:
        status = event_status(e, today)
        start = e.start.date() if e.start else None
        sources = [source_ref(src.article) for src in e.sources]
        evidence = next((src.evidence for src in e.sources if not src.reported_past), e.sources[0].evidence if e.sources else "")
        return EventView(e.id, e.title, display_date(start, e.precision), e.precision,
                         start.isoformat() if start else None, e.end.date().isoformat() if e.end else None,
                         korean_date(start, e.precision, e.part_of_day), e.kind, status, evidence, sources,
                         e.story_id, story_title, e.part_of_day, e.happened_article_id)

    def events(self, which: str = "upcoming", topic: str | None = None) -> list[EventView]:
        """The follow-up calendar: `upcoming` (soonest first, undated last), `past` (latest first) or `all`."""
        if which not in ("upcoming", "past", "all"):
            raise ValueError(f"unknown event list '{which}' (upcoming, past or all)")
        today = today_kst(self.now())
        terms = topic.split() if topic else []
        words = set(content_words(topic)) if topic else set()
        with self.store.session() as s:
            rows = s.scalars(select(EventRow).options(selectinload(EventRow.sources).selectinload(EventSourceRow.article)))
            views = []
            for e in rows:
                story = s.get(StoryRow, e.story_id) if e.story_id else None
                view = self._event_view(e, today, story.title if story else None)
                upcoming = view.status in ("planned", "undated")
                if (which == "upcoming" and not upcoming) or (which == "past" and upcoming):
                    continue
                if terms and not event_matches(view, words, terms):
                    continue
                views.append(view)
        ordered = sort_events(views)
        return list(reversed(ordered)) if which == "past" else ordered

    def article(self, article_id: str) -> ArticleView:
        with self.store.session() as s:
            row = self._find_article(s, article_id)
            today = today_kst(self.now())
            events = [self._event_view(src.event, today) for src in row.event_sources]
            return ArticleView(row.id, row.title, row.outlet, row.reporter, published_display(row),
                               row.published_origin, row.source, row.url, [b.text for b in row.bullets],
                               row.story_id, sort_events(events))

    def story(self, story_id: str) -> StoryView:
        with self.store.session() as s:
            key = story_id.strip().lower()
            story = s.get(StoryRow, key)
            if story is None and len(key) >= 5:
                found = list(s.scalars(select(StoryRow).where(StoryRow.id.startswith(key)).limit(2)))
                story = found[0] if len(found) == 1 else None
            if story is None:
                raise UnknownId(f"no story with id '{story_id}'")
            return self._story_view(s, story)

    def brief(self, item_id: str) -> StoryView | ArticleView:
        """A story by story id (`s…`), or an article by article id (or a unique prefix). Raises UnknownId."""
        if item_id.strip().lower().startswith("s"):
            try:
                return self.story(item_id)
            except UnknownId:
                pass
        try:
            return self.article(item_id)
        except UnknownId:
            raise UnknownId(f"no story or article with id '{item_id}'") from None

    def search(self, words: str, limit: int = 10) -> DigestView:
        """Stories matching every word, newest first, whatever their age.

        Stories are read newest first from SQL a batch at a time, and the scan stops once `limit` match, so
        a search does not load every stored story and sentence (10,000 stories: seconds otherwise)."""
        latest = func.max(func.coalesce(ArticleRow.published_at, ArticleRow.ingested_at))
        order = (select(StoryRow.id).join(ArticleRow, ArticleRow.story_id == StoryRow.id).group_by(StoryRow.id)
                 .order_by(latest.desc(), StoryRow.id.desc()))
        found: list[StoryView] = []
        with self.store.session() as s:
            ids = list(s.scalars(order))
            for start in range(0, len(ids), SEARCH_BATCH):
                batch = {st.id: st for st in s.scalars(select(StoryRow).where(StoryRow.id.in_(ids[start:start + SEARCH_BATCH]))
                         .options(selectinload(StoryRow.articles)))}
                ordered = [batch[i] for i in ids[start:start + SEARCH_BATCH]]
                for story in stories_matching(s, ordered, words):
                    found.append(self._story_view(s, story))
                    if len(found) >= limit:
                        return DigestView(found, None, words)
        return DigestView(found, None, words)

    def _find_article(self, s: Session, article_id: str) -> ArticleRow:
        key = article_id.strip().lower()
        row = s.get(ArticleRow, key)
        if row is None and len(key) >= 4:  # a unique prefix is enough, like git
            found = list(s.scalars(select(ArticleRow).where(ArticleRow.id.startswith(key)).limit(2)))
            row = found[0] if len(found) == 1 else None
        if row is None:
            raise UnknownId(f"no article with id '{article_id}'")
        return row


WEEKDAYS = "월화수목금토일"


def korean_date(start, precision: str, part_of_day: str | None) -> str:
    if start is None or precision == "none":
        return "날짜 미정"
    if precision == "day":
        text = f"{start.isoformat()} ({WEEKDAYS[start.weekday()]})"
        return f"{text} {part_of_day}" if part_of_day else text
    return {"month": f"{start.year}년 {start.month}월", "year": f"{start.year}년",
            "quarter": f"{start.year}년 {(start.month - 1) // 3 + 1}분기",
            "half": f"{start.year}년 {'상' if start.month <= 6 else '하'}반기",
            "week": f"{start.isoformat()} 주"}.get(precision, display_date(start, precision) or "")


def sort_events(views: list[EventView]) -> list[EventView]:
    """Soonest first; within a day, day precision before month; undated last."""
    order = {"day": 0, "week": 1, "month": 2, "quarter": 3, "half": 4, "year": 5, "none": 6}
    return sorted(views, key=lambda v: (v.start is None, v.start or "", order.get(v.precision, 9), v.title))


def event_matches(view: EventView, words: set[str], terms: list[str]) -> bool:
    text = " ".join([view.title, view.evidence, view.story_title or ""]).lower()
    return all(t.lower() in text for t in terms) or (bool(words) and words <= set(content_words(view.title + " " + view.evidence)))


def _date_display(when: datetime | None) -> str | None:
    return as_utc(when).astimezone(KST).date().isoformat() if when else None

"""Persistence: SQLAlchemy models and the queries the service needs.

SQLite is the embedded default (a file the user can see: `newsdigest.db`, or `--db` /
`NEWSDIGEST_DATABASE_URL`); the same models run on PostgreSQL. Everything computed at ingest (sentences
with their content words, bullets) is stored, so reading a digest never calls Kiwi.

Times are stored as naive UTC; `published_*` columns keep the precision and origin of a publication time
so an unknown date stays unknown and an inferred one says so.
"""

from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import (Boolean, DateTime, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint,
                        create_engine, event, func, select)
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship, sessionmaker

DEFAULT_DB = "newsdigest.db"


class Base(DeclarativeBase):
    pass


class ArticleRow(Base):
    __tablename__ = "articles"

    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    source: Mapped[str] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text, unique=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str] = mapped_column(Text)
    title_origin: Mapped[str] = mapped_column(String(16))
    outlet: Mapped[str | None] = mapped_column(String(80))
    reporter: Mapped[str | None] = mapped_column(String(80))
    published_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    published_precision: Mapped[str | None] = mapped_column(String(8))
    published_origin: Mapped[str | None] = mapped_column(String(16))
    ingested_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    encoding: Mapped[str] = mapped_column(String(24), default="utf-8")
    story_id: Mapped[str | None] = mapped_column(ForeignKey("stories.id", ondelete="SET NULL"), index=True)
    profile: Mapped[str] = mapped_column(Text, default="{}")   # JSON: content-word counts and entities, for grouping
    title_words: Mapped[str | None] = mapped_column(Text)      # the headline's content words, found once at ingest
    # A near-identical copy of this story member (another outlet running the same text): credited where the
    # member is, never re-ranked, so a story's upkeep does not grow with its copies (see linking.join_as_copy)
    copy_of: Mapped[str | None] = mapped_column(String(16))

    sentences: Mapped[list[SentenceRow]] = relationship(
        back_populates="article", cascade="all, delete-orphan", order_by="SentenceRow.idx")
    bullets: Mapped[list[BulletRow]] = relationship(
        back_populates="article", cascade="all, delete-orphan", order_by="BulletRow.sentence_idx")
    event_sources: Mapped[list[EventSourceRow]] = relationship(back_populates="article", passive_deletes=True)


# Newest first: a digest's date cutoff and a search's newest-first walk read this index (digest.reading.RECENCY)
# instead of every article. An expression index: Alembic's SQLite batch mode does not reflect it, so a migration
# that rebuilds `articles` in batch mode must create it again (see migration 0003).
Index("ix_articles_recency", func.coalesce(ArticleRow.published_at, ArticleRow.ingested_at), ArticleRow.story_id)


class SentenceRow(Base):
    __tablename__ = "sentences"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    idx: Mapped[int] = mapped_column(Integer)
    paragraph: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(String(8))
    words: Mapped[str] = mapped_column(Text)       # content lemmas, space-separated
    entities: Mapped[str] = mapped_column(Text)
    final: Mapped[bool] = mapped_column(Boolean)

    article: Mapped[ArticleRow] = relationship(back_populates="sentences")


class BulletRow(Base):
    __tablename__ = "bullets"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    sentence_idx: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    score: Mapped[float] = mapped_column(Float)

    article: Mapped[ArticleRow] = relationship(back_populates="bullets")


class ArticleTermRow(Base):
    """An article's key terms (its names and its most frequent content words), with its own publication time:
    story grouping finds the candidates an article can match through this index instead of reading every
    article of the time window (see `digest.linking.key_terms`)."""

    __tablename__ = "article_terms"

    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    term: Mapped[str] = mapped_column(String(80), primary_key=True)
    published_at: Mapped[datetime | None] = mapped_column(DateTime)   # None: undated, or dated only by its story


Index("ix_article_terms_term_published", ArticleTermRow.term, ArticleTermRow.published_at)


class StoryRow(Base):
    """Articles from one or more outlets that tell the same happening."""

    __tablename__ = "stories"

    id: Mapped[str] = mapped_column(String(20), primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    published_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)  # earliest known member date
    updated_at: Mapped[datetime] = mapped_column(DateTime, index=True)          # last time membership changed
    size: Mapped[int] = mapped_column(Integer, default=1)
    profile: Mapped[str | None] = mapped_column(Text)          # JSON: its members' profiles merged, kept as they join

    articles: Mapped[list[ArticleRow]] = relationship(order_by="ArticleRow.published_at")
    bullets: Mapped[list[StoryBulletRow]] = relationship(
        cascade="all, delete-orphan", order_by="StoryBulletRow.rank")


class StoryBulletRow(Base):
    __tablename__ = "story_bullets"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    story_id: Mapped[str] = mapped_column(ForeignKey("stories.id", ondelete="CASCADE"), index=True)
    rank: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    article_ids: Mapped[str] = mapped_column(Text)   # every article carrying the sentence or a near-copy, space-separated


class StoryLinkRow(Base):
    """An earlier chapter of the same thread: `earlier_id` happened before `story_id`."""

    __tablename__ = "story_links"

    story_id: Mapped[str] = mapped_column(ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True)
    earlier_id: Mapped[str] = mapped_column(ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True)
    score: Mapped[float] = mapped_column(Float)


class EventRow(Base):
    """A follow-up event the news announced (or a past one it mentioned), merged across outlets."""

    __tablename__ = "events"

    id: Mapped[str] = mapped_column(String(20), primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    words: Mapped[str] = mapped_column(Text)                     # content words of the title, for merging
    start: Mapped[datetime | None] = mapped_column(DateTime, index=True)  # first day of the period (date at 00:00)
    end: Mapped[datetime | None] = mapped_column(DateTime)
    precision: Mapped[str] = mapped_column(String(8))
    part_of_day: Mapped[str | None] = mapped_column(String(8))
    kind: Mapped[str] = mapped_column(String(8))                 # planned | past
    story_id: Mapped[str | None] = mapped_column(ForeignKey("stories.id", ondelete="SET NULL"), index=True)
    happened_article_id: Mapped[str | None] = mapped_column(ForeignKey("articles.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime)

    sources: Mapped[list[EventSourceRow]] = relationship(back_populates="event", cascade="all, delete-orphan",
                                                         order_by="EventSourceRow.id")


# A past-tense report confirms only plans whose period holds its day: by precision, those start at most a year before.
Index("ix_events_precision_start", EventRow.precision, EventRow.start)


class EventSourceRow(Base):
    __tablename__ = "event_sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    evidence: Mapped[str] = mapped_column(Text)
    reported_past: Mapped[bool] = mapped_column(Boolean, default=False)  # this article says it already happened

    event: Mapped[EventRow] = relationship(back_populates="sources")
    article: Mapped[ArticleRow] = relationship(back_populates="event_sources")


class SubscriptionRow(Base):
    """A channel's standing order for digests: what topic, on what schedule."""

    __tablename__ = "subscriptions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    platform: Mapped[str] = mapped_column(String(16), index=True)     # slack | discord | console
    workspace: Mapped[str] = mapped_column(String(64), default="")     # Slack team id / Discord guild id
    channel: Mapped[str] = mapped_column(String(64), index=True)
    topic: Mapped[str | None] = mapped_column(Text)
    schedule: Mapped[str] = mapped_column(String(64))                  # canonical spec, see digest.schedules
    created_by: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    paused_reason: Mapped[str | None] = mapped_column(Text)           # set when the channel can no longer be posted in
    paused_at: Mapped[datetime | None] = mapped_column(DateTime)


class DeliveryRow(Base):
    """One scheduled post, claimed before it is sent: the (subscription, period) key makes it happen once."""

    __tablename__ = "deliveries"
    __table_args__ = (UniqueConstraint("subscription_id", "period_key", name="uq_delivery_period"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    subscription_id: Mapped[int] = mapped_column(ForeignKey("subscriptions.id", ondelete="CASCADE"), index=True)
    period_key: Mapped[str] = mapped_column(String(80))       # "digest:2025-09-11T08:00+09:00" or "remind:<event>:<kind>"
    status: Mapped[str] = mapped_column(String(12))           # claimed | sending | sent | empty | retry | failed | unknown
    claimed_at: Mapped[datetime] = mapped_column(DateTime)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime)
    cutoff: Mapped[datetime | None] = mapped_column(DateTime)  # stories updated up to here are covered
    stories: Mapped[str] = mapped_column(Text, default="")    # "story_id:size" pairs delivered, space-separated
    error: Mapped[str | None] = mapped_column(Text)


def database_url(db: str | None = None) -> str:
    """`--db` wins, then NEWSDIGEST_DATABASE_URL, then ./newsdigest.db. A bare path means SQLite."""
    value = db or os.environ.get("NEWSDIGEST_DATABASE_URL") or DEFAULT_DB
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser()}"


def utc_naive(when: datetime | None) -> datetime | None:
    if when is None:
        return None
    return when.astimezone(timezone.utc).replace(tzinfo=None) if when.tzinfo else when


def as_utc(when: datetime | None) -> datetime | None:
    return when.replace(tzinfo=timezone.utc) if when is not None and when.tzinfo is None else when


class Store:
    """A database connection with the schema in place."""

    def __init__(self, url: str):
        self.url = url
        kwargs = {}
        if url.startswith("sqlite"):
            path = url.split("///", 1)[-1]
            if path and path != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
                _create_private(Path(path))
            kwargs["connect_args"] = {"check_same_thread": False, "timeout": 30}
        self.engine = create_engine(url, **kwargs)
        if url.startswith("sqlite"):
            event.listen(self.engine, "connect", _sqlite_pragmas)
        import digest.deliveries  # noqa: F401  registers the delivery message table
        import digest.feeds  # noqa: F401  registers the feed tables
        from digest.schema import ensure_schema
        try:
            ensure_schema(self.engine)   # an empty database is created current; an older one is refused
        except Exception:
            self.engine.dispose()
            raise
        self.session = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def location(self) -> str:
        """What to show a user: the file path for SQLite, the URL without password otherwise."""
        if self.url.startswith("sqlite"):
            return self.url.split("///", 1)[-1]
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()

    def find_duplicate(self, s: Session, content_hash: str, url: str | None) -> ArticleRow | None:
        row = s.scalar(select(ArticleRow).where(ArticleRow.content_hash == content_hash))
        if row is None and url:
            row = s.scalar(select(ArticleRow).where(ArticleRow.url == url))
        return row


def _create_private(path: Path) -> None:
    """A new SQLite file is readable by its owner only (0600): it holds who subscribed what, and SQLite makes
    its -wal and -shm files with the database's own mode. An existing file keeps the mode it has."""
    if "?" in str(path) or str(path).startswith("file:"):
        return
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except FileExistsError:
        pass


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.close()

"""Every table, on one Base: articles and their analysis, stories, events, subscriptions and deliveries, feeds.

Times are stored as naive UTC; `published_*` columns keep the precision and origin of a publication time
so an unknown date stays unknown and an inferred one says so. The connection and the queries the service
shares are in `digest.storage.store`; the schema's version in `digest.storage.schema`.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Insert,
    Integer,
    String,
    Text,
    UniqueConstraint,
    func,
    insert,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


def core_insert(model: type[Base]) -> Insert:
    """An INSERT on the model's table, for rows the session will not read back as objects: given a list of dicts it
    runs as one Core statement (an insert of the mapped class goes through the ORM's bulk path, which builds its
    parameters a row at a time)."""
    return insert(Base.metadata.tables[model.__tablename__])


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
# Each article's story, read from the index alone: a lookup maps the text index's articles (2,223 for `오픈AI 카카오` at
# 100,000 stories) to their stories, and the articles' rows are large (a profile each, overflow pages on SQLite), so
# reading them for the story was a third of what that lookup read with the store cold off disk (migration 0013).
Index("ix_articles_id_story", ArticleRow.id, ArticleRow.story_id)


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


# By term and date, holding the article id: candidates are found from the index alone (migration 0009).
Index("ix_article_terms_term_published_article", ArticleTermRow.term, ArticleTermRow.published_at, ArticleTermRow.article_id)


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
    # indexed by itself too (migration 0010): a story's links are found by either end, and deleting a story
    # looks for the links that name it, which without the index read every link
    earlier_id: Mapped[str] = mapped_column(ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True, index=True)
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

# The calendar's order (`digest.reading.event_order`) starts undated last, then by day: the past list (the latest
# 100 of every event no longer upcoming, which grow with the store) walks this index from its end and sorts each
# day's few events by the rest. The upcoming list is found by when each event ends (one under way is upcoming too).
Index("ix_events_listed", EventRow.start.is_(None), func.date(EventRow.start))
Index("ix_events_until", func.coalesce(EventRow.end, EventRow.start))


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


class DeliveryMessageRow(Base):
    __tablename__ = "delivery_messages"
    __table_args__ = (UniqueConstraint("delivery_id", "idx", name="uq_delivery_message"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    delivery_id: Mapped[int] = mapped_column(ForeignKey("deliveries.id", ondelete="CASCADE"), index=True)
    idx: Mapped[int] = mapped_column(Integer)
    key: Mapped[str] = mapped_column(String(64))               # unique per message: found again after a timeout
    payload: Mapped[str] = mapped_column(Text)                 # the rendered message, JSON
    status: Mapped[str] = mapped_column(String(12))            # pending | sent
    ref: Mapped[str | None] = mapped_column(String(64))        # the platform's id of the posted message
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime)


class FeedRow(Base):
    __tablename__ = "feeds"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    url: Mapped[str] = mapped_column(Text, unique=True)
    title: Mapped[str | None] = mapped_column(Text)
    topic: Mapped[str | None] = mapped_column(Text)          # only entries mentioning every word are ingested
    added_at: Mapped[datetime] = mapped_column(DateTime)
    interval_minutes: Mapped[int] = mapped_column(Integer, default=15)
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    baseline_at: Mapped[datetime | None] = mapped_column(DateTime)    # when the first read was recorded
    last_polled_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_success_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_error_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    consecutive_failures: Mapped[int] = mapped_column(Integer, default=0)
    paused_at: Mapped[datetime | None] = mapped_column(DateTime)
    paused_reason: Mapped[str | None] = mapped_column(Text)
    next_poll_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    owner: Mapped[str | None] = mapped_column(String(96))    # "platform:workspace" that added it from chat; None: the operator

    entries: Mapped[list[FeedEntryRow]] = relationship(back_populates="feed", cascade="all, delete-orphan",
                                                       passive_deletes=True)


class FeedEntryRow(Base):
    """One entry of one feed, and what became of it.

    status: pending (queued) | stored | updated | duplicate | skipped | baseline (seen on the first read,
    never fetched) | error (page fetch failed; retried up to `max_page_attempts` polls).
    `baseline` marks entries recorded on the feed's first read; `eligible` says whether the entry may be
    announced by a scheduled digest (false for the baseline's older entries).
    """

    __tablename__ = "feed_entries"
    __table_args__ = (UniqueConstraint("feed_id", "guid"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    feed_id: Mapped[int] = mapped_column(ForeignKey("feeds.id", ondelete="CASCADE"), index=True)
    guid: Mapped[str] = mapped_column(Text, index=True)
    link: Mapped[str | None] = mapped_column(Text)                         # the entry's link, as published
    url: Mapped[str | None] = mapped_column(Text, index=True)              # the link, canonicalised
    canonical_url: Mapped[str | None] = mapped_column(Text, index=True)    # the page's own canonical address
    title: Mapped[str | None] = mapped_column(Text)
    published_at: Mapped[datetime | None] = mapped_column(DateTime)
    fingerprint: Mapped[str] = mapped_column(String(64))
    first_seen_at: Mapped[datetime] = mapped_column(DateTime)
    checked_at: Mapped[datetime | None] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(16), index=True)
    reason: Mapped[str | None] = mapped_column(Text)
    article_id: Mapped[str | None] = mapped_column(String(16))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    baseline: Mapped[bool] = mapped_column(Boolean, default=False)
    eligible: Mapped[bool] = mapped_column(Boolean, default=True)

    feed: Mapped[FeedRow] = relationship(back_populates="entries")

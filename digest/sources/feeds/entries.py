"""A feed's entries compared with what is stored: new or changed entries queued, the baseline kept, why each one
was or was not ingested; and the views a front end shows of feeds, entries and polls."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from digest.sources.feeds.parse import FeedEntry
from digest.sources.feeds.policy import FeedPolicy
from digest.sources.pages import PageArticle
from digest.storage.models import ArticleRow, FeedEntryRow, FeedRow
from digest.storage.store import as_utc, utc_naive
from digest.text.metadata import KST


def _display(when: datetime | None) -> str | None:
    return as_utc(when).astimezone(KST).strftime("%Y-%m-%d %H:%M") if when else None


@dataclass(frozen=True)
class FeedView:
    id: int
    url: str
    title: str | None
    topic: str | None
    state: str                  # active | failing | paused | new
    last_success: str | None    # KST, "YYYY-MM-DD HH:MM"
    last_error: str | None
    last_error_at: str | None
    consecutive_failures: int
    paused_reason: str | None
    next_poll: str | None
    entries: int
    ingested: int

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class EntryView:
    feed_id: int | None
    feed_title: str | None
    url: str | None
    title: str | None
    status: str
    reason: str | None
    article_id: str | None
    checked: str | None
    baseline: bool = False
    eligible: bool = True

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class FeedPollReport:
    feed_id: int
    url: str
    title: str | None
    outcome: str                 # ok | not-modified | failed | paused
    reason: str | None = None
    new_entries: int = 0
    items: list[EntryView] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for i in self.items if i.status == status)

    def to_dict(self) -> dict:
        return {"feed_id": self.feed_id, "url": self.url, "title": self.title, "outcome": self.outcome,
                "reason": self.reason, "new_entries": self.new_entries, "items": [i.to_dict() for i in self.items]}


def _feed_view(s: Session, feed: FeedRow) -> FeedView:
    entries = list(s.scalars(select(FeedEntryRow.status).where(FeedEntryRow.feed_id == feed.id)))
    if feed.paused_at:
        state = "paused"
    elif feed.consecutive_failures:
        state = "failing"
    elif feed.last_success_at is None:
        state = "new"
    else:
        state = "active"
    return FeedView(feed.id, feed.url, feed.title, feed.topic, state, _display(feed.last_success_at), feed.last_error,
                    _display(feed.last_error_at), feed.consecutive_failures, feed.paused_reason,
                    _display(feed.next_poll_at), len(entries), sum(1 for x in entries if x in ("stored", "updated")))


def _entry_view(entry: FeedEntryRow) -> EntryView:
    return EntryView(entry.feed_id, entry.feed.title if entry.feed else None, entry.url, entry.title, entry.status,
                     entry.reason, entry.article_id, _display(entry.checked_at), entry.baseline, entry.eligible)


def _newest_first(entry: FeedEntry) -> float:
    """Sort key: dated entries newest first, undated ones after them (their 0 follows every negated date)."""
    return -entry.published.when.timestamp() if entry.published else 0


def _merge_entries(s: Session, feed: FeedRow, entries: list[FeedEntry], now: datetime, policy: FeedPolicy) -> int:
    """Record the parsed entries against what this feed has seen; returns how many became pending."""
    known = {e.guid: e for e in s.scalars(select(FeedEntryRow).where(FeedEntryRow.feed_id == feed.id))}
    first_read = feed.baseline_at is None
    fresh = [e for e in entries if e.guid not in known]
    if first_read:
        # Newest first by date; undated entries keep the feed's own order (newest first by convention).
        order = sorted(range(len(fresh)), key=lambda i: (_newest_first(fresh[i]), i))
        eligible = {fresh[i].guid for i in order[:policy.baseline_eligible]}
        feed.baseline_at = utc_naive(now)
    queued = 0
    seen_now: set[str] = set()
    for entry in entries:
        if entry.guid in seen_now:
            continue
        seen_now.add(entry.guid)
        row = known.get(entry.guid)
        if row is None:
            row = FeedEntryRow(feed_id=feed.id, guid=entry.guid, first_seen_at=utc_naive(now), attempts=0,
                               baseline=first_read, eligible=not first_read or entry.guid in eligible)
            if row.eligible:
                row.status, row.reason = "pending", None
            else:
                row.status, row.reason = "baseline", "already in the feed when it was added (kept as baseline, not fetched)"
            s.add(row)
        elif row.fingerprint != entry.fingerprint and row.status in ("stored", "updated", "duplicate", "skipped"):
            row.status, row.reason, row.attempts = "pending", "the entry changed since it was last read", 0
        else:
            continue
        row.link, row.url, row.title, row.fingerprint = entry.link, entry.url, entry.title, entry.fingerprint
        row.published_at = utc_naive(entry.published.when) if entry.published else None
        queued += row.status == "pending"
    return queued


def _already_ingested(s: Session, entry: FeedEntryRow) -> str | None:
    """Why a new entry need not be fetched: another feed brought the same GUID or address in already, or
    an article with that address is stored."""
    same = [FeedEntryRow.guid == entry.guid]
    if entry.url:
        same += [FeedEntryRow.url == entry.url, FeedEntryRow.canonical_url == entry.url]
    other = s.scalar(select(FeedEntryRow).where(FeedEntryRow.id != entry.id, FeedEntryRow.article_id.is_not(None),
                                                or_(*same)).limit(1))
    if other is not None:
        return other.article_id
    if entry.url:
        stored = s.scalar(select(ArticleRow.id).where(ArticleRow.url == entry.url))
        if stored:
            return stored
    return None


def _matches_topic(topic: str | None, article: PageArticle) -> str | None:
    if not topic:
        return None
    text = f"{article.title or ''}\n{article.text}".lower()
    missing = [w for w in topic.split() if w.lower() not in text]
    return f"off topic: does not mention {', '.join(missing)}" if missing else None

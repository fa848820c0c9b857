"""Feeds: RSS/Atom subscriptions, polling, feed health, and why each entry was or was not ingested.

The pipeline follows MonitoRSS: fetch -> parse -> compare with what was seen -> ingest, and every entry
keeps a status and a reason (`newsdigest feeds why URL`). Per poll of a feed:

1. Conditional GET (ETag / Last-Modified). A timeout, an HTTP error, broken XML or an HTML page posing
   as a feed is a *feed failure*: recorded on the feed (last error, consecutive failures), nothing else
   touched. After `max_failures` in a row the feed is paused and `feeds list` says why; a later
   successful `feeds poll ID` resumes it.
2. Entries are keyed by (feed, GUID). New entries, and known ones whose fingerprint (title, link, dates,
   summary) changed, become `pending`. The first time a feed is read, every entry is recorded as the
   *baseline*: only the newest `baseline_eligible` are queued (and flagged `eligible`), the rest are
   kept as `baseline` and never fetched, so adding a busy feed does not flood any channel.
3. Each pending entry's page is fetched and extracted (`digest.pages`) and goes through
   `NewsService.ingest_source`, like a file. Duplicates are caught by GUID (another feed already
   ingested it), by canonical URL (before fetching) and by the hash of the cleaned text (in the store);
   an edited article (same URL, new text) updates the stored one.

The scheduler calls `poll_due_feeds(service, now)` every minute or so; each feed is due every
`interval_minutes` (default 15) from a per-feed offset (a hash of its URL), plus up to 10 % jitter, so
feeds are spread over the interval instead of fetched at once. A failing feed backs off (x2, x4, x8).
Everything here is synchronous (urllib, Kiwi, SQLAlchemy); an asyncio scheduler runs it in a thread.
"""

from __future__ import annotations

import hashlib
import logging
import os
import random
import re
import xml.sax
import zlib
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta, timezone

from sqlalchemy import (Boolean, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint, or_, select)
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from digest.articles import NotAnArticle
from digest.fetching import BlockedAddress, check_public_url
from digest.metadata import KST, Published, parse_published
from digest.pages import (FetchError, FetchPolicy, PageArticle, Response, canonical_url, fetch, fetch_article,
                          is_url, python_charset)
from digest.store import ArticleRow, Base, as_utc, utc_naive

# ---- tables -------------------------------------------------------------------------------------------


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


# ---- policy -------------------------------------------------------------------------------------------

def _env_int(name: str, default: int) -> int:
    try:
        return int(os.environ.get(name) or default)
    except ValueError:
        return default


@dataclass(frozen=True)
class FeedPolicy:
    """Polling rules; `from_env` reads NEWSDIGEST_FEED_INTERVAL (minutes), NEWSDIGEST_FEED_BASELINE,
    NEWSDIGEST_FEED_MAX_FAILURES, NEWSDIGEST_FEED_MAX_AGE_DAYS and the HTTP settings of FetchPolicy."""

    interval_minutes: int = 15
    baseline_eligible: int = 3        # newest entries of a new feed that are ingested and announced
    max_failures: int = 5             # consecutive feed failures before the feed is paused
    max_age_days: int = 7             # older entries are skipped as too old
    max_page_attempts: int = 3        # polls that retry an entry whose page could not be fetched
    fetch: FetchPolicy = field(default_factory=FetchPolicy)

    @classmethod
    def from_env(cls) -> FeedPolicy:
        return cls(interval_minutes=max(1, _env_int("NEWSDIGEST_FEED_INTERVAL", cls.interval_minutes)),
                   baseline_eligible=max(0, _env_int("NEWSDIGEST_FEED_BASELINE", cls.baseline_eligible)),
                   max_failures=max(1, _env_int("NEWSDIGEST_FEED_MAX_FAILURES", cls.max_failures)),
                   max_age_days=max(1, _env_int("NEWSDIGEST_FEED_MAX_AGE_DAYS", cls.max_age_days)),
                   fetch=FetchPolicy.from_env())


def first_poll_offset(url: str, interval_minutes: int) -> timedelta:
    """A stable per-feed offset within the interval, so feeds added together are not fetched together."""
    return timedelta(seconds=zlib.crc32(url.encode()) % (interval_minutes * 60))


def next_poll_time(now: datetime, interval_minutes: int, failures: int, rng: random.Random | None = None) -> datetime:
    """Interval plus up to 10 % jitter; a failing feed waits 2, 4, then 8 intervals."""
    base = interval_minutes * 60 * (2 ** min(failures, 3))
    return now + timedelta(seconds=base + (rng or random).uniform(0, 0.1 * interval_minutes * 60))


# ---- parsing ------------------------------------------------------------------------------------------

class FeedError(Exception):
    """The feed could not be read; the message is the reason recorded and shown to the user."""


@dataclass(frozen=True)
class FeedEntry:
    guid: str
    link: str | None            # as published (fetched as is)
    url: str | None             # canonicalised (identity)
    title: str | None
    published: Published | None
    summary: str
    fingerprint: str


@dataclass(frozen=True)
class ParsedFeed:
    title: str | None
    entries: list[FeedEntry]


_XML_ENCODING = re.compile(rb"""(<\?xml[^>]*encoding\s*=\s*["'])([A-Za-z0-9_\-]+)(["'])""")
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_ENTITY = re.compile(rb"&([A-Za-z][A-Za-z0-9]{1,31});")
_XML_ENTITIES = {b"amp", b"lt", b"gt", b"quot", b"apos"}
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.I)
_HTML_ROOT = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]", re.I | re.S)
_ALTERNATE = re.compile(r"""<link[^>]+type=["']application/(?:rss|atom)\+xml["'][^>]*>""", re.I)
_HREF = re.compile(r"""href=["']([^"']+)["']""", re.I)


def _html_entity_to_numeric(m: re.Match) -> bytes:
    import html.entities

    name = m.group(1)
    if name in _XML_ENTITIES:
        return m.group(0)
    codepoint = html.entities.name2codepoint.get(name.decode("ascii"))
    return b"&#%d;" % codepoint if codepoint else b"&amp;" + name + b";"


def _repair(body: bytes) -> bytes:
    """Fix what Korean feeds commonly get wrong, before XML parsing judges them: an `euc-kr` label on CP949
    text, control characters, HTML entities (`&nbsp;`). Byte-level is safe: in UTF-8 and CP949 the ASCII
    bytes `&`, letters after `&`, and control bytes are never part of a multi-byte character."""
    body = _XML_ENCODING.sub(lambda m: m.group(1) + (python_charset(m.group(2).decode()) or "utf-8").encode() + m.group(3),
                             body, count=1)
    return _ENTITY.sub(_html_entity_to_numeric, _CONTROL.sub(b"", body))


def _not_a_feed(response: Response) -> FeedError:
    text = response.body[:100_000].decode("utf-8", errors="replace")
    hint = ""
    if (link := _ALTERNATE.search(text)) and (href := _HREF.search(link.group(0))):
        from urllib.parse import urljoin

        hint = f"; the page names its feed: {urljoin(response.url, href.group(1))}"
    return FeedError(f"the address serves an HTML page, not an RSS or Atom feed{hint}")


_HAS_ZONE = re.compile(r"(?:[+-]\d{2}:?\d{2}|Z|GMT|UTC?|[A-Z]{3,4})\s*$")


def lenient_rfc822(raw: str) -> datetime | None:
    """An RFC 822 date as Korean feeds really write it, which feedparser gives up on:
    `Tue, 27 Dec 2005 13:30:33+0900` (no space before the zone), `Thu,28 Jul 2022 4:35:5 GMT+9`
    (no space after the comma, unpadded time, an hour offset after GMT)."""
    from email.utils import parsedate_to_datetime

    def zone(m: re.Match) -> str:
        return f" {m.group(1)}{int(m.group(2)):02d}{m.group(3) or '00'}"

    def padded(m: re.Match) -> str:
        return ":".join(f"{int(x):02d}" for x in m.groups() if x is not None)

    text = re.sub(r",(?=\S)", ", ", raw.strip())
    text = re.sub(r"\s*(?:GMT|UTC)\s*([+-])(\d{1,2})(?::?(\d{2}))?$", zone, text, flags=re.I)
    text = re.sub(r"(\d)([+-]\d{4})$", r"\1 \2", text)
    text = re.sub(r"\b(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?\b", padded, text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return when if when.tzinfo else when.replace(tzinfo=KST)


def _entry_published(entry) -> Published | None:
    """The entry's own date, origin `feed`. A time written without a zone (`2025-09-10 13:20:00`, common
    in Korean feeds) is Korean time, not UTC as feedparser assumes; RFC 822 variants feedparser cannot read
    go through `lenient_rfc822`."""
    # dict.get: feedparser's own .get maps a missing `updated` to `published`, with a deprecation warning.
    for key in ("published", "updated", "created", "dc_date"):
        raw, parsed = str(dict.get(entry, key) or "").strip(), dict.get(entry, f"{key}_parsed")
        if raw and not _HAS_ZONE.search(raw):
            try:
                return parse_published(re.sub(r"^(\d{4})[./](\d{2})[./](\d{2})", r"\1-\2-\3", raw), "feed")
            except ValueError:
                pass
        if parsed:
            return Published(datetime(*parsed[:6], tzinfo=timezone.utc), "minute", "feed")
        lenient = lenient_rfc822(raw) if raw else None
        if lenient:
            return Published(lenient, "minute", "feed")
    return None


def entry_title(raw: str | None) -> str | None:
    """A feed entry's headline as text: markup some feeds leave in it (`<br />`) becomes a space."""
    import html as html_lib

    text = re.sub(r"\s+", " ", html_lib.unescape(re.sub(r"<[^>]+>", " ", raw or ""))).strip()
    return text or None


def parse_feed(response: Response) -> ParsedFeed:
    """RSS 0.9x/1.0/2.0 or Atom, in any declared encoding. Raises FeedError for HTML, broken XML, or
    anything that is not a feed."""
    import feedparser

    body = response.body
    if not body.strip():
        raise FeedError("the feed is empty")
    head = body[:2048]
    if not _FEED_ROOT.search(body[:4096]) and (_HTML_ROOT.match(head) or "html" in response.content_type):
        raise _not_a_feed(response)
    utf16 = body[:2] in (b"\xff\xfe", b"\xfe\xff")
    if not utf16 and not body.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        served = f" (it serves {response.content_type})" if response.content_type else ""
        raise FeedError(f"the address does not serve an RSS or Atom feed{served}")
    headers = {"content-type": response.headers.get("content-type", "application/xml")}
    if response.charset:
        headers["content-type"] = re.sub(r"charset=[\"']?[\w\-]+[\"']?", f"charset={python_charset(response.charset)}",
                                         headers["content-type"], flags=re.I)
    parsed = feedparser.parse(body if utf16 else _repair(body), response_headers=headers)
    problem = parsed.get("bozo_exception")
    if isinstance(problem, xml.sax.SAXParseException):
        raise FeedError(f"the feed is not well-formed XML (line {problem.getLineNumber()}: {problem.getMessage()})")
    if not parsed.get("version"):
        if _HTML_ROOT.match(head):
            raise _not_a_feed(response)
        raise FeedError("the address does not serve an RSS or Atom feed")
    entries = []
    for e in parsed.entries:
        link = e.get("link")
        url = canonical_url(link) if link and is_url(link) else None
        guid = str(e.get("id") or link or e.get("title") or "").strip()
        if not guid:
            continue
        summary = re.sub(r"<[^>]+>", " ", e.get("summary", "") or "")
        stamp = "\x1f".join([e.get("title", "") or "", link or "", dict.get(e, "updated") or dict.get(e, "published") or "",
                             re.sub(r"\s+", " ", summary).strip()])
        entries.append(FeedEntry(guid, link if url else None, url, entry_title(e.get("title")), _entry_published(e), summary,
                                 hashlib.sha256(stamp.encode("utf-8")).hexdigest()))
    return ParsedFeed((parsed.feed.get("title") or "").strip() or None, entries)


# ---- views --------------------------------------------------------------------------------------------

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


# ---- use cases ----------------------------------------------------------------------------------------

class UnknownFeed(LookupError):
    """No feed has that id; the message is for the user."""


def _get_feed(s: Session, feed_id: int, owner: str | None = None) -> FeedRow:
    """The feed; with `owner` (a chat workspace), only one that workspace added: another's is unknown to it."""
    feed = s.get(FeedRow, feed_id)
    if feed is None or (owner is not None and feed.owner != owner):
        raise UnknownFeed(f"no feed with id {feed_id}")
    return feed


def add_feed(service, url: str, topic: str | None = None, check: bool = True,
             policy: FeedPolicy | None = None, owner: str | None = None) -> tuple[FeedView, int, int]:
    """Subscribe to a feed. With `check`, the feed is read once first: an address that is not a readable
    feed is refused (FeedError) and nothing is stored; a readable one has its baseline recorded at once.
    Returns (feed, entries seen, entries queued for the next poll). `owner` is the chat workspace adding it
    ("platform:workspace"); None is the operator (CLI, configuration)."""
    policy = policy or FeedPolicy.from_env()
    url = url.strip()
    if not is_url(url):
        raise FeedError(f"'{url}' is not a web address (it must start with http:// or https://)")
    try:
        check_public_url(url, policy.fetch.addresses)   # even unread (--no-check): a private address is no feed
    except BlockedAddress as exc:
        raise FeedError(str(exc)) from None
    except FetchError:          # not resolvable now: the read below (or the first poll) says so
        pass
    now = service.now()
    with service.store.session() as s:
        existing = s.scalar(select(FeedRow).where(FeedRow.url == url))
        if existing is not None:
            raise FeedError(f"that feed is already added as feed {existing.id}")
    response = parsed = None
    if check:
        try:
            response = fetch(url, policy.fetch, accept="application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5")
        except FetchError as exc:
            raise FeedError(str(exc)) from None
        parsed = parse_feed(response)
    with service.store.session() as s, s.begin():
        feed = FeedRow(url=url, topic=(topic or "").strip() or None, added_at=utc_naive(now), owner=owner,
                       interval_minutes=policy.interval_minutes, consecutive_failures=0,
                       next_poll_at=utc_naive(now + first_poll_offset(url, policy.interval_minutes)))
        s.add(feed)
        s.flush()
        queued = 0
        if parsed is not None:
            feed.title = parsed.title
            feed.etag, feed.last_modified = response.headers.get("etag"), response.headers.get("last-modified")
            feed.last_polled_at = feed.last_success_at = utc_naive(now)
            queued = _merge_entries(s, feed, parsed.entries, now, policy)
        view = _feed_view(s, feed)
    return view, len(parsed.entries) if parsed else 0, queued


def _owned(owner: str | None) -> list:
    """A WHERE clause: the feeds of one chat workspace, or (None) every feed."""
    return [] if owner is None else [FeedRow.owner == owner]


def list_feeds(service, owner: str | None = None) -> list[FeedView]:
    with service.store.session() as s:
        return [_feed_view(s, f) for f in s.scalars(select(FeedRow).where(*_owned(owner)).order_by(FeedRow.id))]


def remove_feed(service, feed_id: int, owner: str | None = None) -> FeedView:
    """Unsubscribe; the feed's entry records go with it, the articles it brought in stay."""
    with service.store.session() as s, s.begin():
        feed = _get_feed(s, feed_id, owner)
        view = _feed_view(s, feed)
        s.delete(feed)
    return view


def why(service, url: str, owner: str | None = None) -> tuple[list[EntryView], FeedView | None]:
    """What became of an address: every feed entry with that link, GUID or canonical URL, and the feed's
    health if the address is a feed (with `owner`, only that workspace's feeds)."""
    key = canonical_url(url) if is_url(url) else url.strip()
    with service.store.session() as s:
        mine = [] if owner is None else [FeedEntryRow.feed_id.in_(select(FeedRow.id).where(*_owned(owner)))]
        rows = s.scalars(select(FeedEntryRow).where(or_(FeedEntryRow.url == key, FeedEntryRow.canonical_url == key,
                                                        FeedEntryRow.guid == url.strip()), *mine)
                         .order_by(FeedEntryRow.feed_id))
        entries = [_entry_view(e) for e in rows]
        feed = s.scalar(select(FeedRow).where(FeedRow.url == url.strip(), *_owned(owner)))
        return entries, (_feed_view(s, feed) if feed else None)


def _merge_entries(s: Session, feed: FeedRow, entries: list[FeedEntry], now: datetime, policy: FeedPolicy) -> int:
    """Record the parsed entries against what this feed has seen; returns how many became pending."""
    known = {e.guid: e for e in s.scalars(select(FeedEntryRow).where(FeedEntryRow.feed_id == feed.id))}
    first_read = feed.baseline_at is None
    fresh = [e for e in entries if e.guid not in known]
    if first_read:
        # Newest first by date; undated entries keep the feed's own order (newest first by convention).
        order = sorted(range(len(fresh)), key=lambda i: (-(fresh[i].published.when.timestamp()) if fresh[i].published else 0, i))
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


def _record_failure(service, feed_id: int, reason: str, policy: FeedPolicy) -> FeedRow:
    now = service.now()
    with service.store.session() as s, s.begin():
        feed = _get_feed(s, feed_id)
        feed.consecutive_failures = (feed.consecutive_failures or 0) + 1
        feed.last_polled_at = feed.last_error_at = utc_naive(now)
        feed.last_error = reason
        feed.next_poll_at = utc_naive(next_poll_time(now, feed.interval_minutes, feed.consecutive_failures))
        if feed.consecutive_failures >= policy.max_failures and feed.paused_at is None:
            feed.paused_at = utc_naive(now)
            feed.paused_reason = f"paused after {feed.consecutive_failures} failed polls in a row; last: {reason}"
    return feed


def poll_feed(service, feed_id: int, policy: FeedPolicy | None = None, force: bool = False) -> FeedPollReport:
    """Poll one feed now and ingest its pending entries. A paused feed is left alone unless `force`
    (`feeds poll ID`); a successful forced poll resumes it. Never raises for a bad feed: the report and
    the feed's health say what went wrong."""
    policy = policy or FeedPolicy.from_env()
    with service.store.session() as s:
        feed = _get_feed(s, feed_id)
        url, title, etag, last_modified = feed.url, feed.title, feed.etag, feed.last_modified
        if feed.paused_at and not force:
            return FeedPollReport(feed_id, url, title, "paused", feed.paused_reason)
    try:
        response = fetch(url, policy.fetch, etag, last_modified,
                         accept="application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5")
        parsed = None if response.not_modified else parse_feed(response)
    except (FetchError, FeedError) as exc:
        _record_failure(service, feed_id, str(exc), policy)
        return FeedPollReport(feed_id, url, title, "failed", str(exc))
    except Exception as exc:   # an unforeseen parser crash is this feed's failure, not every feed's
        reason = f"could not read the feed ({exc.__class__.__name__}: {exc})"
        _record_failure(service, feed_id, reason, policy)
        return FeedPollReport(feed_id, url, title, "failed", reason)

    now = service.now()
    with service.store.session() as s, s.begin():
        feed = _get_feed(s, feed_id)
        new = 0
        if parsed is not None:
            feed.title = parsed.title or feed.title
            feed.etag = response.headers.get("etag") or feed.etag
            feed.last_modified = response.headers.get("last-modified") or feed.last_modified
            new = _merge_entries(s, feed, parsed.entries, now, policy)
        feed.last_polled_at = feed.last_success_at = utc_naive(now)
        feed.consecutive_failures = 0
        feed.paused_at = feed.paused_reason = None
        feed.next_poll_at = utc_naive(next_poll_time(now, feed.interval_minutes, 0))
        title, topic = feed.title, feed.topic
    report = FeedPollReport(feed_id, url, title, "not-modified" if parsed is None else "ok", new_entries=new)
    report.items = ingest_pending(service, feed_id, topic, policy)
    return report


def poll_feeds(service, feed_id: int | None = None, policy: FeedPolicy | None = None,
               owner: str | None = None) -> list[FeedPollReport]:
    """`feeds poll [ID]`: one feed (even if paused), or every feed that is not paused (with `owner`, of that
    workspace only)."""
    if feed_id is not None:
        if owner is not None:
            with service.store.session() as s:
                _get_feed(s, feed_id, owner)
        return [poll_feed(service, feed_id, policy, force=True)]
    with service.store.session() as s:
        ids = list(s.scalars(select(FeedRow.id).where(*_owned(owner)).order_by(FeedRow.id)))
    return [poll_feed_safely(service, i, policy) for i in ids]


def poll_due_feeds(service, now: datetime | None = None, policy: FeedPolicy | None = None) -> list[FeedPollReport]:
    """For the scheduler: poll every feed that is due (not paused, next poll time reached)."""
    return [poll_feed_safely(service, i, policy) for i in claim_due_feeds(service, now)]


def claim_due_feeds(service, now: datetime | None = None) -> list[int]:
    """The due feeds (not paused, next poll time reached) that this process wins the claim to poll: another
    replica may be polling the same feed."""
    from digest.claims import claim_feed_poll   # claims imports this module
    cutoff = utc_naive(now or service.now())
    with service.store.session() as s:
        ids = list(s.scalars(select(FeedRow.id).where(FeedRow.paused_at.is_(None))
                             .where(or_(FeedRow.next_poll_at.is_(None), FeedRow.next_poll_at <= cutoff))
                             .order_by(FeedRow.next_poll_at)))
    return [i for i in ids if claim_feed_poll(service.store, i, now or service.now())]


def poll_feed_safely(service, feed_id: int, policy: FeedPolicy | None) -> FeedPollReport:
    """One bad feed never stops the others, whatever goes wrong inside its poll."""
    try:
        return poll_feed(service, feed_id, policy)
    except UnknownFeed as exc:   # removed while we were polling
        return FeedPollReport(feed_id, "", None, "failed", str(exc))
    except Exception:
        # An unexpected fault is a bug: the traceback goes to the operator's log, and the feed's health
        # (shown in chat by /feeds why) gets a sentence rather than an exception's class and text.
        logging.getLogger(__name__).exception("poll of feed %s failed", feed_id)
        reason = "the poll failed unexpectedly; the bot's log has the details"
        try:
            _record_failure(service, feed_id, reason, policy or FeedPolicy.from_env())
        except Exception:
            pass
        return FeedPollReport(feed_id, "", None, "failed", reason)


# ---- entries to articles ------------------------------------------------------------------------------

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


def ingest_pending(service, feed_id: int, topic: str | None, policy: FeedPolicy) -> list[EntryView]:
    """Fetch, extract and ingest this feed's pending entries (and retry failed fetches), oldest first."""
    with service.store.session() as s:
        ids = list(s.scalars(select(FeedEntryRow.id).where(FeedEntryRow.feed_id == feed_id).where(
            or_(FeedEntryRow.status == "pending",
                (FeedEntryRow.status == "error") & (FeedEntryRow.attempts < policy.max_page_attempts)))
            .order_by(FeedEntryRow.published_at, FeedEntryRow.id)))
    return [_ingest_entry(service, i, topic, policy) for i in ids]


def _ingest_entry(service, entry_id: int, topic: str | None, policy: FeedPolicy) -> EntryView:
    now = service.now()
    with service.store.session() as s:
        entry = s.get(FeedEntryRow, entry_id)
        url, title, previous = entry.link or entry.url, entry.title, entry.article_id
        recheck = previous is not None
        published = Published(as_utc(entry.published_at), "minute", "feed") if entry.published_at else None
        duplicate_of = None if recheck else _already_ingested(s, entry)
    status, reason, article_id, canonical = None, None, None, None
    if duplicate_of:
        status, reason, article_id = "duplicate", f"already stored as article {duplicate_of}", duplicate_of
    elif url is None:
        status, reason = "skipped", "the entry has no web address to read"
    elif published and published.when < now - timedelta(days=policy.max_age_days):
        status, reason = "skipped", f"too old: published {published.display()}, more than {policy.max_age_days} days ago"
    else:
        try:
            article, _, _ = fetch_article(url, policy.fetch)
        except FetchError as exc:
            status, reason = "error", f"fetch error: {exc}"
        except NotAnArticle as exc:
            status, reason = "skipped", f"not an article: {exc}"
        else:
            canonical = article.url
            off_topic = _matches_topic(topic, article)
            if off_topic:
                status, reason = "skipped", off_topic
            else:
                # The feed's own headline is authored; a page title may carry the site's name.
                item = service.ingest_source(article.source_text({"title": title}),
                                             published=published or article.published)
                status, article_id = item.status, item.article_id
                if item.status == "skipped":
                    reason = item.reason
                elif item.status == "duplicate" and item.article_id == previous:
                    status, reason = "stored", "read again after the entry changed; the text had not"
                elif item.status == "duplicate":
                    reason = f"same text as article {item.article_id}"
                elif item.status == "updated":
                    reason = "the article was edited; the stored copy was updated"
    with service.store.session() as s, s.begin():
        entry = s.get(FeedEntryRow, entry_id)
        entry.status, entry.reason, entry.checked_at = status, reason, utc_naive(now)
        entry.canonical_url = canonical or entry.canonical_url
        if article_id:
            entry.article_id = article_id
        entry.attempts = (entry.attempts or 0) + 1 if status == "error" else 0
        if status == "error" and entry.attempts >= policy.max_page_attempts:
            entry.reason = f"{reason}; gave up after {entry.attempts} tries"
        return _entry_view(entry)


def ingest_page(service, url: str, policy: FetchPolicy | None = None):
    """`newsdigest ingest URL`: one article page, fetched, extracted and analysed like a file."""
    from digest.views import IngestItem

    try:
        article, _, _ = fetch_article(url, policy)
    except FetchError as exc:
        return IngestItem(url, "skipped", reason=f"fetch error: {exc}")
    except NotAnArticle as exc:
        return IngestItem(url, "skipped", reason=str(exc))
    item = service.ingest_source(article.source_text(), published=article.published)
    return IngestItem(url, item.status, item.article_id, item.title, item.reason)

"""Feed use cases: add, list, remove, poll and question RSS/Atom subscriptions, and keep their health.

Parsing (`parse`), the polling rules (`policy`) and the comparison of entries with what is stored
(`entries`) are this package's other modules.

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
3. Each pending entry's page is fetched and extracted (`digest.sources.pages`) and goes through
   `NewsService.ingest_source`, like a file. Duplicates are caught by GUID (another feed already
   ingested it), by canonical URL (before fetching) and by the hash of the cleaned text (in the store);
   an edited article (same URL, new text) updates the stored one.

Every minute or so the scheduler takes the feeds it wins (`claim_due_feeds`) and polls each on its fetch
pool with `poll_feed_safely` (`poll_due_feeds` does both in one call, in this thread); each feed is due every
`interval_minutes` (default 15) from a per-feed offset (a hash of its URL), plus up to 10 % jitter, so
feeds are spread over the interval instead of fetched at once. A failing feed backs off (x2, x4, x8).
Everything here is synchronous (urllib, Kiwi, SQLAlchemy); an asyncio scheduler runs it in a thread.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from urllib.parse import urlsplit, urlunsplit

from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from digest.errors import NotFound
from digest.service import NewsService
from digest.sources.feeds.entries import (
    EntryView,
    FeedPollReport,
    FeedView,
    _already_ingested,
    _entry_view,
    _feed_view,
    _matches_topic,
    _merge_entries,
)
from digest.sources.feeds.parse import FeedError, ParsedFeed, parse_feed
from digest.sources.feeds.policy import FeedPolicy, first_poll_offset, next_poll_time
from digest.sources.fetching import BlockedAddress, FetchError, Response, check_public_url, fetch
from digest.sources.files import NotAnArticle
from digest.sources.pages import canonical_url, fetch_article, is_url
from digest.storage.models import FeedEntryRow, FeedRow
from digest.storage.store import as_utc, utc_naive
from digest.text.metadata import Published

# ---- tables -------------------------------------------------------------------------------------------


# ---- policy -------------------------------------------------------------------------------------------


# ---- parsing ------------------------------------------------------------------------------------------


# ---- views --------------------------------------------------------------------------------------------


# ---- use cases ----------------------------------------------------------------------------------------

class UnknownFeed(NotFound):
    """No feed has that id; the message is for the user."""


def _get_feed(s: Session, feed_id: int, owner: str | None = None) -> FeedRow:
    """The feed; with `owner` (a chat workspace), only one that workspace added: another's is unknown to it."""
    feed = s.get(FeedRow, feed_id)
    if feed is None or (owner is not None and feed.owner != owner):
        raise UnknownFeed(f"no feed with id {feed_id}")
    return feed


def add_feed(service: NewsService, url: str, topic: str | None = None, check: bool = True,
             policy: FeedPolicy | None = None, owner: str | None = None) -> tuple[FeedView, int, int]:
    """Subscribe to a feed. With `check`, the feed is read once first: an address that is not a readable
    feed is refused (FeedError) and nothing is stored; a readable one has its baseline recorded at once.
    Returns (feed, entries seen, entries queued for the next poll). `owner` is the chat workspace adding it
    ("platform:workspace"); None is the operator (CLI, configuration)."""
    policy = policy or service.policies.feeds
    url = feed_address(url)
    if not is_url(url):
        raise FeedError(f"'{url}' is not a web address (it must start with http:// or https://)", "not_a_web_address",
                        url=url)
    try:
        check_public_url(url, policy.fetch.addresses)   # even unread (--no-check): a private address is no feed
    except BlockedAddress as exc:
        raise FeedError(str(exc), "blocked") from None
    except FetchError:          # not resolvable now: the read below (or the first poll) says so
        pass
    now = service.now()
    _refuse_if_added(service, url)
    read: tuple[Response, ParsedFeed] | None = None   # the answer and what it holds, when checked
    if check:
        try:
            response = fetch(url, policy.fetch, accept="application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5")
        except FetchError as exc:   # the server's own answer (too big, a loop, 404) is told; no answer is not
            reason = exc.reason if exc.reason in ("too_large", "redirects", "http_status") else "unreadable"
            raise FeedError(str(exc), reason, **(exc.details if reason != "unreadable" else {})) from None
        read = response, parse_feed(response)
    try:
        with service.store.session() as s, s.begin():
            feed = FeedRow(url=url, topic=(topic or "").strip() or None, added_at=utc_naive(now), owner=owner,
                           interval_minutes=policy.interval_minutes, consecutive_failures=0,
                           next_poll_at=utc_naive(now + first_poll_offset(url, policy.interval_minutes)))
            s.add(feed)
            s.flush()
            queued = 0
            if read is not None:
                response, parsed = read
                feed.title = parsed.title
                feed.etag, feed.last_modified = response.headers.get("etag"), response.headers.get("last-modified")
                feed.last_polled_at = feed.last_success_at = utc_naive(now)
                queued = _merge_entries(s, feed, parsed.entries, now, policy)
            view = _feed_view(s, feed)
    except IntegrityError:
        _refuse_if_added(service, url)   # another request stored it while this one read the feed
        raise
    return view, len(read[1].entries) if read else 0, queued


def _refuse_if_added(service: NewsService, url: str) -> None:
    with service.store.session() as s:
        existing = s.scalar(select(FeedRow).where(FeedRow.url == url))
    if existing is not None:
        raise FeedError(f"that feed is already added as feed {existing.id}", "already_added", feed_id=existing.id)


def _owned(owner: str | None) -> list:
    """A WHERE clause: the feeds of one chat workspace, or (None) every feed."""
    return [] if owner is None else [FeedRow.owner == owner]


def list_feeds(service: NewsService, owner: str | None = None) -> list[FeedView]:
    with service.store.session() as s:
        return [_feed_view(s, f) for f in s.scalars(select(FeedRow).where(*_owned(owner)).order_by(FeedRow.id))]


def remove_feed(service: NewsService, feed_id: int, owner: str | None = None) -> FeedView:
    """Unsubscribe; the feed's entry records go with it, the articles it brought in stay."""
    with service.store.session() as s, s.begin():
        feed = _get_feed(s, feed_id, owner)
        view = _feed_view(s, feed)
        s.delete(feed)
    return view


def feed_address(url: str) -> str:
    """A feed's address spelt one way: scheme and host are case-blind (RFC 3986), so `HTTP://A.kr/rss` is the
    feed `http://a.kr/rss` and not a second one polled beside it. The path and query stay as typed."""
    url = url.strip()
    if not is_url(url):
        return url
    parts = urlsplit(url)
    userinfo, at, host = parts.netloc.rpartition("@")
    return urlunsplit((parts.scheme.lower(), f"{userinfo}{at}{host.lower()}", parts.path, parts.query, parts.fragment))


def why(service: NewsService, url: str, owner: str | None = None) -> tuple[list[EntryView], FeedView | None]:
    """What became of an address: every feed entry with that link, GUID or canonical URL, and the feed's
    health if the address is a feed (with `owner`, only that workspace's feeds)."""
    key = canonical_url(url) if is_url(url) else url.strip()
    with service.store.session() as s:
        mine = [] if owner is None else [FeedEntryRow.feed_id.in_(select(FeedRow.id).where(*_owned(owner)))]
        rows = s.scalars(select(FeedEntryRow).where(or_(FeedEntryRow.url == key, FeedEntryRow.canonical_url == key,
                                                        FeedEntryRow.guid == url.strip()), *mine)
                         .order_by(FeedEntryRow.feed_id))
        entries = [_entry_view(e) for e in rows]
        feed = s.scalar(select(FeedRow).where(FeedRow.url == feed_address(url), *_owned(owner)))
        return entries, (_feed_view(s, feed) if feed else None)


def _record_failure(service: NewsService, feed_id: int, reason: str, policy: FeedPolicy) -> FeedRow:
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


def poll_feed(service: NewsService, feed_id: int, policy: FeedPolicy | None = None, force: bool = False) -> FeedPollReport:
    """Poll one feed now and ingest its pending entries. A paused feed is left alone unless `force`
    (`feeds poll ID`); a successful forced poll resumes it. Never raises for a bad feed: the report and
    the feed's health say what went wrong."""
    policy = policy or service.policies.feeds
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


def poll_feeds(service: NewsService, feed_id: int | None = None, policy: FeedPolicy | None = None,
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


def poll_due_feeds(service: NewsService, now: datetime | None = None, policy: FeedPolicy | None = None) -> list[FeedPollReport]:
    """For the scheduler: poll every feed that is due (not paused, next poll time reached)."""
    return [poll_feed_safely(service, i, policy) for i in claim_due_feeds(service, now)]


def claim_due_feeds(service: NewsService, now: datetime | None = None) -> list[int]:
    """The due feeds (not paused, next poll time reached) that this process wins the claim to poll: another
    replica may be polling the same feed."""
    from digest.storage.claims import claim_feed_poll  # claims imports this module
    cutoff = utc_naive(now or service.now())
    with service.store.session() as s:
        ids = list(s.scalars(select(FeedRow.id).where(FeedRow.paused_at.is_(None))
                             .where(or_(FeedRow.next_poll_at.is_(None), FeedRow.next_poll_at <= cutoff))
                             .order_by(FeedRow.next_poll_at)))
    return [i for i in ids if claim_feed_poll(service.store, i, now or service.now())]


def poll_feed_safely(service: NewsService, feed_id: int, policy: FeedPolicy | None) -> FeedPollReport:
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
            _record_failure(service, feed_id, reason, policy or service.policies.feeds)
        except Exception:
            pass
        return FeedPollReport(feed_id, "", None, "failed", reason)


# ---- entries to articles ------------------------------------------------------------------------------


def ingest_pending(service: NewsService, feed_id: int, topic: str | None, policy: FeedPolicy) -> list[EntryView]:
    """Fetch, extract and ingest this feed's pending entries (and retry failed fetches), oldest first."""
    with service.store.session() as s:
        ids = list(s.scalars(select(FeedEntryRow.id).where(FeedEntryRow.feed_id == feed_id).where(
            or_(FeedEntryRow.status == "pending",
                (FeedEntryRow.status == "error") & (FeedEntryRow.attempts < policy.max_page_attempts)))
            .order_by(FeedEntryRow.published_at, FeedEntryRow.id)))
    with service.batch():   # each story the poll touches is refreshed once, when it ends
        return [_ingest_entry(service, i, topic, policy) for i in ids]


def _ingest_entry(service: NewsService, entry_id: int, topic: str | None, policy: FeedPolicy) -> EntryView:
    now = service.now()
    with service.store.session() as s:
        entry = s.get_one(FeedEntryRow, entry_id)   # listed by ingest_pending; gone only if the feed was removed meanwhile
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
        except Exception:   # an extractor bug on one page must not stall every entry behind it, poll after poll
            logging.getLogger(__name__).exception("reading the page of feed entry %s (%s) failed", entry_id, url)
            status, reason = "error", "the page could not be read (an unexpected fault; the bot's log has the details)"
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
        entry = s.get_one(FeedEntryRow, entry_id)   # listed by ingest_pending; gone only if the feed was removed meanwhile
        entry.status, entry.reason, entry.checked_at = status, reason, utc_naive(now)
        entry.canonical_url = canonical or entry.canonical_url
        if article_id:
            entry.article_id = article_id
        entry.attempts = (entry.attempts or 0) + 1 if status == "error" else 0
        if status == "error" and entry.attempts >= policy.max_page_attempts:
            entry.reason = f"{reason}; gave up after {entry.attempts} tries"
        return _entry_view(entry)



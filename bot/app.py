"""The composition root: the one place that builds the core's objects for a front end from the settings."""

from __future__ import annotations

from dataclasses import replace

from digest.errors import UserError
from digest.sources.feeds.parse import FeedError
from digest.sources.feeds.policy import FeedPolicy
from digest.sources.feeds.polling import add_feed, list_feeds
from digest.service import NewsService
from digest.storage.store import Store, database_url


def open_news_service(db: str | None) -> NewsService:
    """The news service over `db` (a path or URL; default `$NEWSDIGEST_DATABASE_URL`, else ./newsdigest.db)."""
    return NewsService(Store(database_url(db)))


def open_configured_service(db: str | None, settings) -> NewsService:
    """`--db` wins; else the settings' database (`NEWSDIGEST_DATABASE_URL`, else the file's `[database] url`)."""
    return open_news_service(db or settings.database_url)


def add_configured_feeds(service: NewsService, settings) -> list[int]:
    """The operator's `[[feeds]]`: each one not stored yet is added unread (its first poll records the
    baseline), with its topic and interval. Returns the new feeds' ids. A feed the address policy refuses
    stops the start with the reason, as any other configuration problem does."""
    stored = {feed.url for feed in list_feeds(service)}
    added = []
    for feed in settings.feeds:
        if feed.url in stored:
            continue
        policy = replace(FeedPolicy.from_env(), interval_minutes=feed.interval_minutes)
        try:
            view, _, _ = add_feed(service, feed.url, feed.topic, check=False, policy=policy)
        except FeedError as exc:
            raise UserError(f"configuration: [[feeds]] {feed.url}: {exc}") from None
        stored.add(view.url)
        added.append(view.id)
    return added

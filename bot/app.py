"""The composition root: the one place that builds the core's objects for a front end."""

from __future__ import annotations

from digest.service import NewsService
from digest.store import Store, database_url


def open_news_service(db: str | None) -> NewsService:
    """The news service over `db` (a path or URL; default `$NEWSDIGEST_DATABASE_URL`, else ./newsdigest.db)."""
    return NewsService(Store(database_url(db)))

"""`newsdigest ingest URL`: one article page, fetched, extracted and analysed like a file."""

from __future__ import annotations

import logging

from digest.service import NewsService
from digest.sources.fetching import FetchError, FetchPolicy
from digest.sources.files import NotAnArticle
from digest.sources.pages import fetch_article
from digest.views import IngestItem


def ingest_page(service: NewsService, url: str, policy: FetchPolicy | None = None) -> IngestItem:
    """`newsdigest ingest URL`: one article page, fetched, extracted and analysed like a file."""
    try:
        article, _, _ = fetch_article(url, policy or service.policies.feeds.fetch)
    except FetchError as exc:
        return IngestItem(url, "skipped", reason=f"fetch error: {exc}")
    except NotAnArticle as exc:
        return IngestItem(url, "skipped", reason=str(exc))
    except Exception:   # an extractor bug on one page is that page's failure, told in one line, not a traceback
        logging.getLogger(__name__).exception("reading %s failed", url)
        return IngestItem(url, "skipped", reason="the page could not be read (an unexpected fault; the log has the details)")
    item = service.ingest_source(article.source_text(), published=article.published)
    return IngestItem(url, item.status, item.article_id, item.title, item.reason)

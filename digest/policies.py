"""The limits and policies the front end hands the core: the core reads no environment and no file.

`bot.config` reads the configuration once and builds these values; `NewsService` carries them, so every
use case (ingest, feeds, pages) applies the same ones. The defaults are the documented ones.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from digest.sources.feeds.policy import FeedPolicy
from digest.sources.files import DEFAULT_MAX_ARTICLE_CHARS


@dataclass(frozen=True)
class Policies:
    max_article_chars: int = DEFAULT_MAX_ARTICLE_CHARS   # the longest text taken as one article
    feeds: FeedPolicy = field(default_factory=FeedPolicy)   # polling, and how feeds and pages are fetched

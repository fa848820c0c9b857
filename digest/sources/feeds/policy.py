"""When to poll a feed: its interval, the first poll spread over the interval, backoff after failures, and the
limits on what one poll reads (all overridable from the environment)."""

from __future__ import annotations

import os
import random
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from digest.sources.fetching import FetchPolicy


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

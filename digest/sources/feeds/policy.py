"""When to poll a feed: its interval, the first poll spread over the interval, backoff after failures, and the
limits on what one poll reads (the front end's configuration sets them; these defaults are the documented ones)."""

from __future__ import annotations

import random
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from digest.sources.fetching import FetchPolicy


@dataclass(frozen=True)
class FeedPolicy:
    """Polling rules, and how a poll fetches (`fetch`: its HTTP limits and the addresses it may reach)."""

    interval_minutes: int = 15
    baseline_eligible: int = 3        # newest entries of a new feed that are ingested and announced
    max_failures: int = 5             # consecutive feed failures before the feed is paused
    max_age_days: int = 7             # older entries are skipped as too old
    max_page_attempts: int = 3        # polls that retry an entry whose page could not be fetched
    fetch: FetchPolicy = field(default_factory=FetchPolicy)


def first_poll_offset(url: str, interval_minutes: int) -> timedelta:
    """A stable per-feed offset within the interval, so feeds added together are not fetched together."""
    return timedelta(seconds=zlib.crc32(url.encode()) % (interval_minutes * 60))


def next_poll_time(now: datetime, interval_minutes: int, failures: int, rng: random.Random | None = None) -> datetime:
    """Interval plus up to 10 % jitter; a failing feed waits 2, 4, then 8 intervals."""
    base = interval_minutes * 60 * (2 ** min(failures, 3))
    return now + timedelta(seconds=base + (rng or random).uniform(0, 0.1 * interval_minutes * 60))

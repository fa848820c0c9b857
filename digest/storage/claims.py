"""Claims that keep replicas from doing the same periodic work twice, in the database (no in-process flag).

Scheduled digests and reminders are claimed in `digest.subscriptions` (a unique delivery row with a lease).
Feed polls are claimed here: `claim_feed_poll` moves a due feed's `next_poll_at` one lease ahead in a
single conditional UPDATE, which exactly one replica wins; the winner's poll then sets the real next time.
A replica that dies mid-poll leaves the feed due again when the lease runs out.

Intended use in `digest.sources.feeds.polling.poll_due_feeds`: poll a due feed only `if claim_feed_poll(service.store, id, now)`.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import CursorResult, or_, update

from digest.storage.store import Store, utc_naive

FEED_POLL_LEASE = timedelta(minutes=10)


def claim_feed_poll(store: Store, feed_id: int, now: datetime, lease: timedelta = FEED_POLL_LEASE) -> bool:
    """True for the one caller that may poll this feed now: it is due, not paused, and nobody else took it."""
    from digest.storage.models import FeedRow

    at = utc_naive(now)
    with store.session() as s, s.begin():
        won = s.execute(update(FeedRow).where(FeedRow.id == feed_id, FeedRow.paused_at.is_(None),
                                              or_(FeedRow.next_poll_at.is_(None), FeedRow.next_poll_at <= at))
                        .values(next_poll_at=at + lease))
        assert isinstance(won, CursorResult)   # an UPDATE answers one; Session.execute is typed as any Result
        return won.rowcount == 1

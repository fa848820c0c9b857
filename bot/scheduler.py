"""Scheduled digests and event reminders: APScheduler jobs that ask the core what is due and post it.

One job per subscription (a cron or interval trigger in the subscription's time zone) and one reminder
job every few minutes. Jobs are rebuilt from the database at start and whenever subscriptions change;
what a job posts and whether it already did is decided in `digest.subscriptions`, so a job that fires
late, twice, or in two processes at once still posts each period exactly once.

At start, a period missed while the bot was down is delivered once (coalesced), if it is at most
`MISFIRE_GRACE` old; older periods are not posted on their own, but their stories are in the next digest.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import time
from datetime import datetime, timezone
from functools import partial
from typing import Awaitable, Callable

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from bot.config import FEED_DEADLINE
from bot.protocol import ChannelUnavailable, Deliverer, Reply, TransientDeliveryError, Unreconcilable
from bot.render.cards import outlets
from bot.workers import Lanes
from digest.deliveries import MessagePart, count_attempt, mark_sent, message_parts
from digest.schedules import parse_schedule
from digest.sources.feeds.entries import FeedPollReport
from digest.subscriptions import (
    MISFIRE_GRACE,
    DigestClaim,
    ReminderClaim,
    RetryClaim,
    Subscriptions,
    SubscriptionView,
    Target,
)

log = logging.getLogger(__name__)


class _StoppingIsNoError(logging.Filter):
    """APScheduler's asyncio executor cancels the jobs in flight, and the ones handed over but not yet
    begun, when it shuts down, then logs each cancellation as a failed job with a traceback. Cancelling is
    only ever our own stop, so those records are dropped; a job that really fails is still logged."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], asyncio.CancelledError))


# the executor logs under apscheduler.executors.<alias>; ours is the default one
logging.getLogger("apscheduler.executors.default").addFilter(_StoppingIsNoError())

REMINDER_EVERY_MINUTES = 10
ATTEMPTS = 6          # tries of one message before the delivery waits for the retry job (digest.subscriptions)
BACKOFF = 2.0         # seconds before the second try, doubling
MAX_WAIT = 120.0      # the longest one wait within a delivery, Retry-After included
WEEKDAY_CRON = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


class RateLimiter:
    """A token bucket: at most `rate` posts a second on average, bursts up to `burst`."""

    def __init__(self, rate: float, burst: int):
        self.rate, self.capacity, self.tokens = rate, burst, float(burst)
        self.updated = time.monotonic()
        self.lock = asyncio.Lock()

    async def wait(self) -> None:
        async with self.lock:
            while True:
                now = time.monotonic()
                self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
                self.updated = now
                if self.tokens >= 1:
                    self.tokens -= 1
                    return
                await asyncio.sleep((1 - self.tokens) / self.rate)


# Defaults under each platform's documented limits. Slack: chat.postMessage allows about one message a second
# per channel and "several hundred a minute" per workspace, so 5/s per workspace. Discord: 50 requests a
# second per bot, so 40/s for the whole bot.
DEFAULT_LIMITS = {"slack": (5.0, 5), "discord": (40.0, 10), "console": (1000.0, 1000)}
PER_WORKSPACE = {"slack"}


def digest_reply(claim: DigestClaim) -> Reply:
    sub = claim.subscription
    count = len(claim.digest.stories)
    topic = f" · 주제 '{sub.topic}'" if sub.topic else ""
    if count == 0:
        return Reply(f"정기 다이제스트 (#{sub.id}{topic}): 지난 배달 이후 새 소식이 없습니다.")
    updated = sum(1 for s in claim.digest.stories if s.updated)
    more = f", 업데이트 {updated}건" if updated else ""
    return Reply(f"정기 다이제스트 (#{sub.id}{topic}, {sub.schedule_text}): 이야기 {count}건{more}", claim.digest)


def reminder_reply(claim: ReminderClaim) -> Reply:
    e = claim.event
    lead = "내일" if claim.when == "day_before" else "오늘"
    return Reply(f"⏰ {lead} 일정: {e.display_date} — {e.title} ({outlets(e.sources)})")


def message_key(sub_id: int, period_key: str) -> str:
    """A delivery's messages' key stem (22 characters; each message adds its 3-digit number): Discord nonces
    are at most 25 characters, and two subscriptions of one channel must not share one."""
    return hashlib.sha256(f"{sub_id}:{period_key}".encode("utf-8")).hexdigest()[:22]


class Dispatcher:
    """Turns due deliveries into posts, one platform deliverer each, within the platforms' rate limits."""

    def __init__(self, subscriptions: Subscriptions, deliverers: dict[str, Deliverer], post_empty: bool = False,
                 limits: dict[str, tuple[float, int]] | None = None, attempts: int = ATTEMPTS, backoff: float = BACKOFF,
                 sleep: Callable[[float], Awaitable[None]] = asyncio.sleep):
        self.subs = subscriptions
        self.attempts, self.backoff, self.sleep = attempts, backoff, sleep
        self.deliverers = deliverers
        self.post_empty = post_empty
        self.limits = limits or DEFAULT_LIMITS
        self.limiters: dict[tuple[str, str], RateLimiter] = {}

    def limiter(self, target: Target) -> RateLimiter | None:
        if target.platform not in self.limits:
            return None
        key = (target.platform, target.workspace if target.platform in PER_WORKSPACE else "")
        if key not in self.limiters:
            self.limiters[key] = RateLimiter(*self.limits[target.platform])
        return self.limiters[key]

    async def deliver_digest(self, sub_id: int) -> str | None:
        """Post this period's digest for one subscription if due; returns the outcome, None if not due."""
        if not self._can_deliver(sub_id):
            return None
        claim = await asyncio.to_thread(self.subs.claim_digest, sub_id)
        if claim is None:
            return None
        posted = bool(claim.digest.stories) or self.post_empty
        return await self._send(claim.subscription, digest_reply(claim), claim.period_key, claim.delivery_id, posted)

    async def send_reminders(self) -> int:
        claims = [c for c in await asyncio.to_thread(self.subs.claim_reminders) if c.subscription.target.platform in self.deliverers]
        outcomes = await asyncio.gather(*(self._send(c.subscription, reminder_reply(c), f"remind:{c.event.id}:{c.when}",
                                                     c.delivery_id, True) for c in claims))
        return sum(1 for o in outcomes if o == "sent")

    def _can_deliver(self, sub_id: int) -> bool:
        return any(s.id == sub_id and s.target.platform in self.deliverers for s in self.subs.all_active())

    async def _send(self, sub: SubscriptionView, reply: Reply, key: str, delivery_id: int, posted: bool) -> str:
        """Wait for the rate limit, mark the claim as sending, record its messages and post them."""
        if not posted:
            await asyncio.to_thread(self.subs.finish, delivery_id, False)
            return "empty"
        limiter = self.limiter(sub.target)
        if limiter:
            await limiter.wait()
        if not await asyncio.to_thread(self.subs.start_sending, delivery_id):
            return "lost"   # another process took the claim over after our lease ran out
        deliverer = self.deliverers[sub.target.platform]
        try:
            payloads = deliverer.render(reply)
        except Exception as exc:  # a rendering bug fails this delivery only
            log.exception("delivery %s could not be rendered", key)
            await asyncio.to_thread(self.subs.finish, delivery_id, False, f"{type(exc).__name__}: {exc}")
            return "failed"
        parts = await asyncio.to_thread(message_parts, self.subs.store, delivery_id, message_key(sub.id, key), payloads)
        return await self._post_parts(sub, key, delivery_id, parts)

    async def _post_parts(self, sub: SubscriptionView, key: str, delivery_id: int, parts: list[MessagePart]) -> str:
        """Post each message not yet posted, in order; record each as it lands."""
        try:
            for part in parts:
                if part.sent:
                    continue   # posted by an earlier attempt: resume after it
                ref = await self._post_part(sub.target, part)
                await asyncio.to_thread(mark_sent, self.subs.store, part.id, ref, self.subs.now())
        except ChannelUnavailable as exc:
            await asyncio.to_thread(self.subs.finish, delivery_id, False, f"channel unavailable: {exc}")
            await asyncio.to_thread(self.subs.pause, sub.id, str(exc))
            return "paused"
        except TransientDeliveryError as exc:
            log.warning("delivery %s to %s deferred: %s", key, sub.target, exc)
            retried = await asyncio.to_thread(self.subs.retry_later, delivery_id, f"{type(exc).__name__}: {exc}")
            return "retry" if retried else "failed"
        except Unreconcilable as exc:
            log.warning("delivery %s to %s: %s", key, sub.target, exc)
            await asyncio.to_thread(self.subs.finish, delivery_id, False, str(exc), "unknown")
            return "unknown"
        except Exception as exc:  # one channel's failure never stops the others
            log.exception("delivery %s to %s failed", key, sub.target)
            await asyncio.to_thread(self.subs.finish, delivery_id, False, f"{type(exc).__name__}: {exc}")
            return "failed"
        await asyncio.to_thread(self.subs.finish, delivery_id, True)
        return "sent"

    async def _post_part(self, target: Target, part: MessagePart) -> str | None:
        """Post one message, retrying what the platform refused for now with backoff (or its Retry-After).
        After any attempt whose answer was lost, the channel is asked first whether the message is there."""
        deliverer = self.deliverers[target.platform]
        maybe_posted = part.attempts > 0
        delay = self.backoff
        for attempt in range(self.attempts):
            try:
                if maybe_posted:
                    ref = await deliverer.find_posted(target, part.key)
                    if ref is not None:
                        return ref
                maybe_posted = True
                await asyncio.to_thread(count_attempt, self.subs.store, part.id)
                return await deliverer.send(target, part.payload, part.key)
            except TransientDeliveryError as exc:
                if attempt == self.attempts - 1:
                    raise
                await self.sleep(min(MAX_WAIT, exc.retry_after if exc.retry_after is not None else delay))
                delay = min(MAX_WAIT, delay * 2)
        raise AssertionError("unreachable")

    async def retry_due(self) -> dict[int, str]:
        """Deliveries the platform kept refusing, and those a dead process left half-sent on a platform whose
        deliverer `reconciles` (finds a message by its key), resumed: the scheduler runs this every minute."""
        resumable = {p for p, d in self.deliverers.items() if getattr(d, "reconciles", False)}
        claims = [c for c in await asyncio.to_thread(self.subs.claim_retries, resumable)
                  if c.subscription.target.platform in self.deliverers]

        async def resume(c: RetryClaim) -> str:
            parts = await asyncio.to_thread(message_parts, self.subs.store, c.delivery_id,
                                          message_key(c.subscription.id, c.period_key), [])
            if not parts:   # nothing was rendered to resume: never report it as sent
                await asyncio.to_thread(self.subs.finish, c.delivery_id, False, "no recorded messages to resume")
                return "failed"
            return await self._post_parts(c.subscription, c.period_key, c.delivery_id, parts)
        outcomes = await asyncio.gather(*(resume(c) for c in claims))
        return {c.delivery_id: o for c, o in zip(claims, outcomes)}

    async def run_due(self) -> dict[int, str | None]:
        """Deliver every subscription's due period (the catch-up at start) and the due reminders."""
        subs = [s for s in await asyncio.to_thread(self.subs.all_active) if s.target.platform in self.deliverers]
        outcomes = await asyncio.gather(*(self.deliver_digest(s.id) for s in subs))
        await self.retry_due()
        await self.send_reminders()
        return {s.id: o for s, o in zip(subs, outcomes)}


def trigger_for(sub: SubscriptionView) -> CronTrigger:
    s = parse_schedule(sub.schedule)
    if s.kind == "hours":
        return CronTrigger(hour=f"*/{s.every_hours}", minute=0, timezone=s.zone)
    day = {"daily": "*", "weekdays": "mon-fri", "weekly": WEEKDAY_CRON[s.weekday or 0]}[s.kind]
    return CronTrigger(day_of_week=day, hour=s.hour, minute=s.minute, timezone=s.zone)


HEARTBEAT_SECONDS = 30


class DigestScheduler:
    """The APScheduler side: one job per active subscription, plus reminders; rebuilt from the database.

    Feed polls run on the fetch lane (`bot.workers`), each within its deadline, so a slow feed server holds
    one fetch worker, never the scheduler or a chat answer. A heartbeat job that passes through the worker
    threads the jobs use tells `/healthz` whether the scheduler still gets its work done."""

    def __init__(self, dispatcher: Dispatcher, lanes: Lanes | None = None, heartbeat_seconds: float = HEARTBEAT_SECONDS,
                 feed_deadline: float = FEED_DEADLINE, stuck_after: float | None = None):
        self.dispatcher = dispatcher
        self.lanes = lanes or Lanes()
        self.heartbeat_seconds = heartbeat_seconds
        self.stuck_after = stuck_after or 3 * heartbeat_seconds + 5   # a few missed beats, not one late one
        self.feed_deadline = feed_deadline   # seconds for one feed's poll, its pages included
        self.last_beat = time.monotonic()
        self.polling: set[int] = set()   # feeds handed to the fetch lane and not yet done
        self.scheduler = AsyncIOScheduler(job_defaults={
            "coalesce": True,                       # several missed runs become one
            "max_instances": 1,
            "misfire_grace_time": int(MISFIRE_GRACE.total_seconds()),  # APScheduler's default is 1 s
        })

    def sync(self) -> None:
        """Make the jobs match the subscriptions in the database."""
        wanted = {f"digest-{s.id}": s for s in self.dispatcher.subs.all_active()
                  if s.target.platform in self.dispatcher.deliverers}
        for job in self.scheduler.get_jobs():
            if job.id.startswith("digest-") and job.id not in wanted:
                job.remove()
        for job_id, sub in wanted.items():
            self.scheduler.add_job(self.dispatcher.deliver_digest, trigger_for(sub), args=[sub.id], id=job_id,
                                   replace_existing=True, name=f"digest #{sub.id} {sub.schedule}")
        if self.scheduler.get_job("feeds") is None:
            # each feed has its own due time (spread over the interval, see digest.sources.feeds.polling); this job looks every
            # minute, and once at start, so feeds that fell due while the bot was down are read at once
            self.scheduler.add_job(self.poll_feeds, IntervalTrigger(minutes=1), id="feeds", name="feed polling",
                                   next_run_time=datetime.now(timezone.utc))
        if self.scheduler.get_job("heartbeat") is None:
            self.scheduler.add_job(self.beat, IntervalTrigger(seconds=self.heartbeat_seconds), id="heartbeat",
                                   name="heartbeat")
        if self.scheduler.get_job("retries") is None:
            self.scheduler.add_job(self.dispatcher.retry_due, IntervalTrigger(minutes=1), id="retries",
                                   name="deliveries the platform refused, again")
        if self.scheduler.get_job("reminders") is None:
            self.scheduler.add_job(self.dispatcher.send_reminders, IntervalTrigger(minutes=REMINDER_EVERY_MINUTES),
                                   id="reminders", name="event reminders")

    async def poll_feeds(self) -> list:
        """Hand the due feeds to the fetch lane, each within `feed_deadline`; returns their futures. The job
        itself only claims, so it never waits for a feed; what the feeds bring in reaches channels with the
        next digest."""
        from digest.sources.feeds.polling import claim_due_feeds

        news = self.dispatcher.subs.news
        try:
            due = await asyncio.to_thread(claim_due_feeds, news, news.now())
        except asyncio.CancelledError:   # the scheduler is stopping: nothing was handed over, nothing to say
            return []
        futures = []
        for feed_id in due:
            if feed_id not in self.polling:
                self.polling.add(feed_id)
                futures.append(self.lanes.fetch.submit(partial(self._poll_one, feed_id)))
        return futures

    def _poll_one(self, feed_id: int) -> FeedPollReport:
        from digest.sources.feeds.polling import poll_feed_safely
        from digest.sources.fetching import fetch_deadline

        try:
            with fetch_deadline(self.feed_deadline):
                return poll_feed_safely(self.dispatcher.subs.news, feed_id, None)
        finally:
            self.polling.discard(feed_id)

    async def beat(self) -> None:
        """Proof of life: the loop ran this job and a worker thread answered."""
        try:
            await asyncio.to_thread(time.monotonic)
        except asyncio.CancelledError:   # the scheduler is stopping
            return
        self.last_beat = time.monotonic()

    def stuck(self) -> str | None:
        """None while the scheduler runs and beats, else why not (for `/healthz`)."""
        if not self.scheduler.running:
            return "scheduler not running"
        silent = time.monotonic() - self.last_beat
        if silent > self.stuck_after:
            return f"scheduler stuck: no heartbeat for {silent:.0f} s"
        return None

    @property
    def running(self) -> bool:
        return self.scheduler.running

    def call_soon(self, fn: Callable[[], object]) -> None:
        """Run fn on the scheduler's event loop; commands run on worker threads."""
        loop = getattr(self.scheduler, "_eventloop", None)
        if loop is not None and loop.is_running():
            loop.call_soon_threadsafe(fn)
        else:
            fn()

    async def start(self) -> None:
        self.last_beat = time.monotonic()
        self.sync()
        self.scheduler.start()
        await self.dispatcher.run_due()   # catch up a period missed while the bot was down

    def shutdown(self) -> None:
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)

"""Subscriptions and their deliveries: what a channel gets, and when it has had it.

Platform-free: a `Target` names a channel on some platform; the scheduler asks this module what is due,
posts it, and reports back. Every post is claimed in the database before it is sent, keyed by
(subscription, period), so two processes, a restart or a repeated job never post the same digest twice:

    claimed (content built) --(start_sending, just before the post)--> sending --(platform accepted)--> sent
       \\--(lease expired: the claimer died before sending)--> claimed again by another process
    sending --(lease expired)--> unknown: never re-sent, because the platform may already show it; unless its
       messages were recorded and the platform can be asked which are there (Slack): then resumed (claim_retries)

A claim stays `claimed` while it waits for its turn (rate limits), so a process killed while many posts
wait loses none of them: another replica takes them over when the lease runs out. Only a post that was
already on its way when the process died is given up (`unknown`), as the platform may show it.

A post the platform refused for a while (5xx, 429, a timeout) is retried at once with backoff; when those
attempts run out the delivery waits as `retry` and is claimed again (`claim_retries`) every few minutes for
up to `RETRY_WINDOW`, resuming at its first unposted message (`digest.deliveries`). A `retry` delivery's
stories count as delivered for the next digest, since they are on their way; one that finally fails with
nothing posted owes them to the next digest, and a subscription whose first delivery failed still has its
first period's stories in the next one.

A digest holds the stories updated since the previous delivery's cutoff, so nothing is repeated and
nothing is skipped; a story that grew since it was delivered comes again marked as updated.
"""

from __future__ import annotations

import builtins
import logging
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import ColumnElement, and_, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from digest.deliveries import recorded_deliveries
from digest.errors import UserError
from digest.schedules import DEFAULT_SCHEDULE, Schedule, latest_due, next_due, parse_schedule, parse_subscription
from digest.service import NewsService, event_matches, stories_matching
from digest.storage.models import DeliveryRow, StoryRow, SubscriptionRow
from digest.storage.store import as_utc, utc_naive
from digest.text.korean import content_words
from digest.views import DigestView, EventView, StoryView

log = logging.getLogger(__name__)

MISFIRE_GRACE = timedelta(hours=12)   # a period missed while down is caught up if at most this old
LEASE = timedelta(minutes=5)          # a claim not sent within this is taken over (claimed) or abandoned (sending)
REMIND_DAY_BEFORE = time(9, 0)        # local time of the day-before reminder
REMIND_MORNING = time(7, 30)          # local time of the morning-of reminder
RETRY_DELAY = timedelta(minutes=5)    # a delivery the platform kept refusing is tried again after this
RETRY_WINDOW = timedelta(hours=12)    # and given up this long after it was first claimed
COVERING = ("sent", "empty", "sending", "unknown", "retry")   # statuses whose stories the next digest leaves out


class SubscriptionError(UserError, ValueError):
    """A subscription request that cannot be done; the message is Korean, for the user."""


@dataclass(frozen=True)
class Target:
    platform: str
    workspace: str
    channel: str


@dataclass(frozen=True)
class SubscriptionView:
    id: int
    target: Target
    topic: str | None
    schedule: str
    schedule_text: str
    next_due: str
    paused_reason: str | None
    created_by: str | None


@dataclass(frozen=True)
class DigestClaim:
    delivery_id: int
    subscription: SubscriptionView
    period_key: str
    digest: DigestView                # empty stories: nothing new this period


@dataclass(frozen=True)
class RetryClaim:
    delivery_id: int
    subscription: SubscriptionView
    period_key: str


@dataclass(frozen=True)
class ReminderClaim:
    delivery_id: int
    subscription: SubscriptionView
    event: EventView
    when: str                         # day_before | morning


class Subscriptions:
    def __init__(self, news: NewsService, default_schedule: Schedule = DEFAULT_SCHEDULE):
        self.news = news
        self.store = news.store
        self.default_schedule = default_schedule

    def now(self) -> datetime:
        return self.news.now()

    # ---- managing ------------------------------------------------------------------------------------

    def subscribe(self, target: Target, text: str, user: str | None) -> SubscriptionView:
        topic, schedule = parse_subscription(text, self.default_schedule)
        with self.store.session() as s, s.begin():
            same = s.scalar(select(SubscriptionRow).where(*self._where(target), SubscriptionRow.topic.is_(topic) if topic is None
                                                          else SubscriptionRow.topic == topic,
                                                          SubscriptionRow.schedule == schedule.spec()))
            if same is not None:
                raise SubscriptionError(f"이 채널은 이미 같은 구독(#{same.id})이 있습니다.")
            row = SubscriptionRow(platform=target.platform, workspace=target.workspace, channel=target.channel,
                                  topic=topic, schedule=schedule.spec(), created_by=user, created_at=utc_naive(self.now()))
            s.add(row)
            s.flush()
            return self._view(row)

    def unsubscribe(self, target: Target, sub_id: int | None) -> SubscriptionView:
        with self.store.session() as s, s.begin():
            rows = list(s.scalars(select(SubscriptionRow).where(*self._where(target))))
            row: SubscriptionRow | None
            if sub_id is None:
                if len(rows) != 1:
                    raise SubscriptionError("이 채널에 구독이 없습니다." if not rows else
                                            "구독이 여러 개입니다. /subscriptions로 번호를 확인하고 /unsubscribe 번호 로 지워 주세요.")
                row = rows[0]
            else:
                row = next((r for r in rows if r.id == sub_id), None)
                if row is None:
                    raise SubscriptionError(f"이 채널에 #{sub_id} 구독이 없습니다. /subscriptions로 확인해 주세요.")
            view = self._view(row)
            s.delete(row)
            return view

    def list(self, target: Target) -> builtins.list[SubscriptionView]:
        with self.store.session() as s:
            return [self._view(r) for r in s.scalars(select(SubscriptionRow).where(*self._where(target)).order_by(SubscriptionRow.id))]

    def all_active(self) -> builtins.list[SubscriptionView]:
        with self.store.session() as s:
            return [self._view(r) for r in s.scalars(select(SubscriptionRow).where(SubscriptionRow.paused_reason.is_(None))
                                                     .order_by(SubscriptionRow.id))]

    def pause(self, sub_id: int, reason: str) -> None:
        """The channel cannot be posted in any more; keep the subscription, say why, post nothing more."""
        log.warning("subscription %s paused: %s", sub_id, reason)
        with self.store.session() as s, s.begin():
            row = s.get(SubscriptionRow, sub_id)
            if row is not None:
                row.paused_reason, row.paused_at = reason, utc_naive(self.now())

    @staticmethod
    def _where(target: Target) -> tuple[ColumnElement[bool], ...]:
        return (SubscriptionRow.platform == target.platform, SubscriptionRow.workspace == target.workspace,
                SubscriptionRow.channel == target.channel)

    def _view(self, row: SubscriptionRow) -> SubscriptionView:
        schedule = parse_schedule(row.schedule)
        due = next_due(schedule, self.now()).isoformat(timespec="minutes")
        return SubscriptionView(row.id, Target(row.platform, row.workspace, row.channel), row.topic, row.schedule,
                                schedule.describe(), due, row.paused_reason, row.created_by)

    # ---- claiming deliveries ----------------------------------------------------------------------------

    def _claim(self, s: Session, sub_id: int, key: str, now: datetime) -> DeliveryRow | None:
        """Insert the delivery row, or take over an abandoned claim; None when someone else has it."""
        try:
            with s.begin_nested():
                row = DeliveryRow(subscription_id=sub_id, period_key=key, status="claimed", claimed_at=utc_naive(now))
                s.add(row)
            return row
        except IntegrityError:
            pass
        stale = utc_naive(now - LEASE)
        # an abandoned "sending" claim may already be on the platform: give it up rather than post twice, unless
        # its messages were recorded (then `claim_retries` resumes it where the platform can be asked what it has)
        s.execute(update(DeliveryRow).where(DeliveryRow.subscription_id == sub_id, DeliveryRow.period_key == key,
                                            DeliveryRow.status == "sending", DeliveryRow.claimed_at < stale,
                                            ~DeliveryRow.id.in_(recorded_deliveries()))
                  .values(status="unknown"))
        taken = s.execute(update(DeliveryRow).where(DeliveryRow.subscription_id == sub_id, DeliveryRow.period_key == key,
                                                    DeliveryRow.status == "claimed", DeliveryRow.claimed_at < stale)
                          .values(claimed_at=utc_naive(now)))
        if taken.rowcount == 1:   # type: ignore[attr-defined]  # an UPDATE answers a CursorResult
            return s.scalar(select(DeliveryRow).where(DeliveryRow.subscription_id == sub_id, DeliveryRow.period_key == key))
        return None

    def claim_digest(self, sub_id: int) -> DigestClaim | None:
        """Claim this period's digest for a subscription, if it is due and nobody has it yet."""
        now = self.now()
        with self.store.session() as s, s.begin():
            sub = s.get(SubscriptionRow, sub_id)
            if sub is None or sub.paused_reason:
                return None
            schedule = parse_schedule(sub.schedule)
            period = latest_due(schedule, now)
            created = as_utc(sub.created_at)
            if period < created or now - period > MISFIRE_GRACE:
                return None
            key = "digest:" + period.isoformat(timespec="minutes")
            row = self._claim(s, sub_id, key, now)
            if row is None:
                return None
            previous = s.scalar(select(DeliveryRow).where(DeliveryRow.subscription_id == sub_id, DeliveryRow.id != row.id,
                                                          DeliveryRow.status.in_(COVERING),
                                                          DeliveryRow.period_key.startswith("digest:"))
                                .order_by(DeliveryRow.cutoff.desc()).limit(1))
            # a digest's delivery gets its cutoff as it is claimed, so a covering one has it
            since = as_utc(previous.cutoff) if previous else None
            since = since or self._first_period_start(s, sub_id, schedule, period)
            digest, delivered = self._digest_since(s, sub, since, now)
            row.cutoff = utc_naive(now)
            row.stories = " ".join(delivered)
            return DigestClaim(row.id, self._view(sub), key, digest)

    @staticmethod
    def _first_period_start(s: Session, sub_id: int, schedule: Schedule, period: datetime) -> datetime:
        """Where a subscription with nothing delivered yet starts: the period before its first claimed one, so
        the stories of a first delivery that failed are still owed."""
        keys = s.scalars(select(DeliveryRow.period_key).where(DeliveryRow.subscription_id == sub_id,
                                                              DeliveryRow.period_key.startswith("digest:")))
        first = min([datetime.fromisoformat(k.removeprefix("digest:")) for k in keys] + [period])
        return first - schedule.period()

    def _digest_since(self, s: Session, sub: SubscriptionRow, since: datetime, now: datetime) -> tuple[DigestView, builtins.list[str]]:
        """Stories changed since `since` that match the topic; the ones delivered before come marked updated."""
        sent_sizes: dict[str, int] = {}
        for d in s.scalars(select(DeliveryRow).where(DeliveryRow.subscription_id == sub.id, DeliveryRow.status.in_(COVERING))):
            for pair in d.stories.split():
                story_id, _, size = pair.partition(":")
                sent_sizes[story_id] = max(sent_sizes.get(story_id, 0), int(size or 0))
        stories = s.scalars(select(StoryRow).where(StoryRow.updated_at > utc_naive(since), StoryRow.updated_at <= utc_naive(now))
                            .options(selectinload(StoryRow.articles)))
        views: builtins.list[StoryView] = []
        delivered: builtins.list[str] = []
        for story in stories_matching(s, sorted(stories, key=lambda st: st.updated_at, reverse=True), sub.topic):
            if sent_sizes.get(story.id, 0) >= story.size:
                continue  # already delivered as it is now
            view = self.news._story_view(s, story)
            if story.id in sent_sizes:
                view = StoryView(**{**view.__dict__, "updated": True})
            views.append(view)
            delivered.append(f"{story.id}:{story.size}")
        return DigestView(views, since.isoformat(), sub.topic), delivered

    def start_sending(self, delivery_id: int) -> bool:
        """Move a claim to `sending` right before its post; False when it is no longer a claim (another
        process took it over and is sending it, or gave it up), in which case nothing is posted."""
        with self.store.session() as s, s.begin():
            moved = s.execute(update(DeliveryRow).where(DeliveryRow.id == delivery_id, DeliveryRow.status == "claimed")
                              .values(status="sending", claimed_at=utc_naive(self.now())))
            return moved.rowcount == 1   # type: ignore[attr-defined]  # an UPDATE answers a CursorResult

    def finish(self, delivery_id: int, posted: bool, error: str | None = None, status: str | None = None) -> None:
        """Record the outcome: sent, empty (nothing to post), failed (not retried) or `status` (unknown: the
        platform may show it, it cannot be told)."""
        from digest.deliveries import any_sent

        status = status or ("failed" if error else ("sent" if posted else "empty"))
        partly = status == "failed" and any_sent(self.store, delivery_id)
        with self.store.session() as s, s.begin():
            row = self._delivery(s, delivery_id)
            row.status, row.sent_at, row.error = status, utc_naive(self.now()), error
            if status == "failed" and not partly:
                row.stories = ""   # nothing of it was posted: it is owed to the next digest

    @staticmethod
    def _delivery(s: Session, delivery_id: int) -> DeliveryRow:
        row = s.get(DeliveryRow, delivery_id)
        if row is None:   # the ids come from this module's own claims: a missing one is a bug, said plainly
            raise LookupError(f"no delivery #{delivery_id}")
        return row

    def retry_later(self, delivery_id: int, error: str) -> bool:
        """The platform kept refusing: wait as `retry` for `claim_retries`; False (and failed) once the delivery
        is older than RETRY_WINDOW."""
        with self.store.session() as s:
            cutoff = as_utc(self._delivery(s, delivery_id).cutoff)
            expired = cutoff is not None and cutoff < self.now() - RETRY_WINDOW
        if expired:
            self.finish(delivery_id, False, f"gave up after {RETRY_WINDOW}: {error}")
            return False
        with self.store.session() as s, s.begin():
            s.execute(update(DeliveryRow).where(DeliveryRow.id == delivery_id)
                      .values(status="retry", claimed_at=utc_naive(self.now()), error=error))
        return True

    def claim_retries(self, resumable: Collection[str] = frozenset()) -> builtins.list[RetryClaim]:
        """Deliveries waiting as `retry` for RETRY_DELAY, and those a process died sending (`sending` past the
        lease, messages recorded) on the platforms in `resumable` (those that can tell whether a message is
        already there), each moved to `sending` by one conditional UPDATE (one replica wins it). Their messages
        are recorded; the caller posts the unposted ones. A dead process's delivery on another platform is
        given up as `unknown`, as the platform may show it."""
        now = self.now()
        stale = utc_naive(now - LEASE)
        with self.store.session() as s, s.begin():
            abandoned = (DeliveryRow.status == "sending", DeliveryRow.claimed_at < stale,
                         DeliveryRow.id.in_(recorded_deliveries()))
            on = select(SubscriptionRow.id).where(SubscriptionRow.platform.in_(sorted(resumable)))
            s.execute(update(DeliveryRow).where(*abandoned, ~DeliveryRow.subscription_id.in_(on)).values(status="unknown"))
            due = list(s.execute(select(DeliveryRow.id, DeliveryRow.subscription_id, DeliveryRow.period_key, DeliveryRow.status)
                                 .where(or_(and_(DeliveryRow.status == "retry", DeliveryRow.claimed_at <= utc_naive(now - RETRY_DELAY)),
                                            and_(*abandoned, DeliveryRow.subscription_id.in_(on))))))
        claims = []
        for delivery_id, sub_id, key, status in due:
            with self.store.session() as s, s.begin():
                won = s.execute(update(DeliveryRow).where(DeliveryRow.id == delivery_id, DeliveryRow.status == status,
                                                          DeliveryRow.claimed_at <= utc_naive(now - RETRY_DELAY if status == "retry" else now - LEASE))
                                .values(status="sending", claimed_at=utc_naive(now))).rowcount == 1   # type: ignore[attr-defined]
                sub = s.get(SubscriptionRow, sub_id) if won else None
                if sub is not None and not sub.paused_reason:
                    claims.append(RetryClaim(delivery_id, self._view(sub), key))
                elif won:
                    s.execute(update(DeliveryRow).where(DeliveryRow.id == delivery_id).values(status="failed", error="paused"))
        return claims

    def claim_reminders(self) -> builtins.list[ReminderClaim]:
        """Reminders due now: the day before and the morning of each upcoming dated event, once each."""
        now = self.now()
        claims: builtins.list[ReminderClaim] = []
        events = [(e, date.fromisoformat(e.start)) for e in self.news.events("upcoming") if e.precision == "day" and e.start]
        for sub in self.all_active():
            zone = parse_schedule(sub.schedule).zone
            words = set(content_words(sub.topic)) if sub.topic else set()
            terms = sub.topic.split() if sub.topic else []
            for e, day in events:
                if terms and not event_matches(e, words, terms):
                    continue
                for when, at in (("day_before", datetime.combine(day - timedelta(days=1), REMIND_DAY_BEFORE, zone)),
                                 ("morning", datetime.combine(day, REMIND_MORNING, zone))):
                    if not at <= now < datetime.combine(day + timedelta(days=1), time(), zone):
                        continue
                    if when == "day_before" and now >= datetime.combine(day, time(), zone):
                        continue  # too late for "tomorrow"; the morning reminder covers it
                    with self.store.session() as s, s.begin():
                        row = self._claim(s, sub.id, f"remind:{e.id}:{when}", now)
                        if row is None:
                            continue
                        row.cutoff = utc_naive(now)
                        claims.append(ReminderClaim(row.id, sub, e, when))
        return claims

    def deliveries(self, sub_id: int) -> builtins.list[tuple[str, str]]:
        """(period key, status) of a subscription's deliveries, oldest first: for tests and `/subscriptions`."""
        with self.store.session() as s:
            return [(d.period_key, d.status) for d in s.scalars(select(DeliveryRow).where(DeliveryRow.subscription_id == sub_id)
                                                                 .order_by(DeliveryRow.id))]


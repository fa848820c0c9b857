"""The composition root: the one place that builds the core's objects for a front end from the settings."""

from __future__ import annotations

import asyncio
import signal
import threading
import time
from dataclasses import replace
from types import FrameType
from typing import TYPE_CHECKING, Any, Awaitable, Callable

from bot.config import Settings
from digest.errors import UserError
from digest.service import NewsService
from digest.sources.feeds.parse import FeedError
from digest.sources.feeds.polling import add_feed, list_feeds
from digest.storage.store import Store, database_url

if TYPE_CHECKING:   # the scheduler (APScheduler) and the platforms' clients load only when a bot starts them
    from aiohttp import web
    from slack_sdk.web.async_client import AsyncWebClient

    from bot.protocol import Deliverer
    from bot.scheduler import DigestScheduler


def open_news_service(db: str | None, settings: Settings) -> NewsService:
    """The news service over `db` (a path or URL; `--db`), else the settings' database
    (`NEWSDIGEST_DATABASE_URL`, else the file's `[database] url`, else ./newsdigest.db), with the settings'
    clock (`NEWSDIGEST_NOW` pins it) and the limits and policies the core applies."""
    pinned = settings.now
    return NewsService(Store(database_url(db or settings.database_url)), now=(lambda: pinned) if pinned else None,
                       policies=settings.policies)


def add_configured_feeds(service: NewsService, settings: Settings) -> list[int]:
    """The operator's `[[feeds]]`: each one not stored yet is added unread (its first poll records the
    baseline), with its topic and interval. Returns the new feeds' ids. A feed the address policy refuses
    stops the start with the reason, as any other configuration problem does."""
    stored = {feed.url for feed in list_feeds(service)}
    added = []
    for feed in settings.feeds:
        if feed.url in stored:
            continue
        policy = replace(service.policies.feeds, interval_minutes=feed.interval_minutes)
        try:
            view, _, _ = add_feed(service, feed.url, feed.topic, check=False, policy=policy)
        except FeedError as exc:
            raise UserError(f"configuration: [[feeds]] {feed.url}: {exc}") from None
        stored.add(view.url)
        added.append(view.id)
    return added


PLATFORM_PROBE_SECONDS = 60.0
BACKGROUND_STOP_SECONDS = 10.0   # the terminal bot waits this long at most for its scheduler thread to end


class Bot:
    """What every front end shares: the core, the subscriptions, and the scheduler once it is started."""

    def __init__(self, service: NewsService, settings: Settings | None = None):
        from bot.commands.layer import CommandLayer
        from bot.commands.subscriptions import SubscriptionCommands
        from digest.schedules import parse_subscription
        from digest.subscriptions import Subscriptions

        self.settings = settings or Settings()
        self.service = service
        _, default = parse_subscription(f"{self.settings.default_schedule} {self.settings.timezone}")
        self.subscriptions = Subscriptions(service, default)
        from bot.workers import Lanes

        self.scheduler: DigestScheduler | None = None
        self._background: tuple[asyncio.AbstractEventLoop, asyncio.Event, threading.Thread] | None = None
        self.connected = False
        # an async call that proves the platform answers (Slack: auth.test)
        self.platform_probe: Callable[[], Awaitable[Any]] | None = None
        self.platform_ttl = PLATFORM_PROBE_SECONDS
        self._probed: tuple[float, bool] | None = None
        # chat answers on one lane, fetching on its own bounded one
        self.lanes = Lanes(fetch_workers=self.settings.fetch_workers, max_wait=self.settings.backlog_seconds)
        self.commands = CommandLayer(service, SubscriptionCommands(self.subscriptions, on_change=self.resync))

    def resync(self) -> None:
        """A subscription changed: rebuild the jobs (on the scheduler's own loop, whatever thread asked)."""
        if self.scheduler is not None:
            self.scheduler.call_soon(self.scheduler.sync)

    async def start_scheduler(self, deliverer: Deliverer) -> None:
        from bot.scheduler import DigestScheduler, Dispatcher

        limits = {p: (rate, max(1, int(rate))) for p, rate in self.settings.limits.items()}
        scheduler = DigestScheduler(Dispatcher(
            self.subscriptions, {deliverer.platform: deliverer}, limits={**limits, "console": (1000.0, 1000)},
            post_empty=self.settings.post_empty), lanes=self.lanes, feed_deadline=self.settings.feed_deadline)
        self.scheduler = scheduler
        await scheduler.start()
        self.connected = True

    async def start_slack(self, client: AsyncWebClient, deliverer: Deliverer) -> None:
        self.platform_probe = client.auth_test
        await self.start_scheduler(deliverer)

    def health_routes(self, app: web.Application) -> None:
        """`/healthz` beside Slack's events endpoint (database, scheduler, platform, backlog), and the stop
        on the web server's graceful shutdown (aiohttp turns SIGTERM into one)."""
        from bot.health import HealthChecks, mount_health

        mount_health(app, HealthChecks(self.service.store, scheduler=self, platform=self.platform_answers,
                                       backlog=self.lanes.backlog))

        async def stopping(_app: web.Application) -> None:
            self.stop()
        app.on_shutdown.append(stopping)

    async def platform_answers(self) -> bool:
        """Started, and the platform still accepts our token: `platform_probe`, asked at most once every
        `platform_ttl` seconds (a load balancer polls /healthz far more often than Slack should be asked)."""
        if not self.connected:
            return False
        if self.platform_probe is None:
            return True
        now = time.monotonic()
        if self._probed is None or now - self._probed[0] >= self.platform_ttl:
            try:
                answer = await self.platform_probe()
                ok = bool(answer.get("ok"))
            except Exception:  # noqa: BLE001  unreachable, refused, revoked: all the same to a health check
                ok = False
            self._probed = (now, ok)
        return self._probed[1]

    def stop(self) -> None:
        """Stop promptly: fetches in flight end at once, queued work is dropped, the scheduler stops. Safe to
        call from a signal handler and more than once."""
        from digest.sources.fetching import abort_fetches

        abort_fetches()
        self._stop_background()
        self.lanes.shutdown()
        self._shutdown_scheduler()

    def _shutdown_scheduler(self) -> None:
        scheduler, self.scheduler = self.scheduler, None   # once: the scheduler may run on another thread's loop
        if scheduler is not None:
            try:
                scheduler.shutdown()
            except RuntimeError:   # its loop is already closed
                pass

    def _stop_background(self) -> None:
        """Ask the terminal bot's scheduler thread to stop on its own loop and wait for it, so no job of it
        is still starting (or handing work to a thread pool) while the interpreter exits."""
        background, self._background = self._background, None
        if background is None:
            return
        loop, stopping, thread = background
        try:
            loop.call_soon_threadsafe(stopping.set)
        except RuntimeError:   # its loop already ended
            return
        if thread is not threading.current_thread():
            thread.join(timeout=BACKGROUND_STOP_SECONDS)

    def stop_on_sigterm(self) -> None:
        """The terminal bot: SIGTERM ends `serve` as Ctrl-C would. The handler only raises SystemExit, which ends
        the blocking read of stdin; `stop` runs after, outside the interrupted frame (it takes locks that frame
        may hold). The chat platforms stop on their event loop instead (`bot.lifecycle`)."""
        def handler(signum: int, frame: FrameType | None) -> None:
            raise SystemExit(0)
        signal.signal(signal.SIGTERM, handler)

    def start_in_background(self, deliverer: Deliverer) -> None:
        """The terminal bot reads stdin on the main thread; its scheduler gets a loop of its own, which `stop`
        ends: the scheduler is shut down on that loop, then the loop's worker threads are joined."""
        loop = asyncio.new_event_loop()
        stopping = asyncio.Event()

        async def run() -> None:
            try:
                await self.start_scheduler(deliverer)
                await stopping.wait()
            finally:
                self._shutdown_scheduler()
                await loop.shutdown_default_executor()

        def thread_main() -> None:
            try:
                loop.run_until_complete(run())
            finally:
                loop.close()

        thread = threading.Thread(target=thread_main, name="newsdigest-scheduler", daemon=True)
        self._background = (loop, stopping, thread)
        thread.start()

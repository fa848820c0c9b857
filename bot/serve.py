"""`newsdigest serve [console|slack|discord]`: start one chat front end over the stored news.

With no platform named, the tokens in the environment decide: SLACK_BOT_TOKEN -> Slack, else
DISCORD_TOKEN -> Discord, else the terminal bot, which needs nothing.
"""

from __future__ import annotations

import argparse
import os
import signal
import time

PLATFORMS = ("console", "slack", "discord")
PLATFORM_PROBE_SECONDS = 60.0


def pick_platform(env=os.environ) -> str:
    if env.get("SLACK_BOT_TOKEN"):
        return "slack"
    if env.get("DISCORD_TOKEN"):
        return "discord"
    return "console"


class Bot:
    """What every front end shares: the core, the subscriptions, and the scheduler once it is started."""

    def __init__(self, service, settings=None):
        from bot.commands import CommandLayer
        from bot.subscription_commands import SubscriptionCommands
        from bot.config import Settings
        from digest.schedules import parse_subscription
        from digest.subscriptions import Subscriptions

        self.settings = settings or Settings()
        self.service = service
        _, default = parse_subscription(f"{self.settings.default_schedule} {self.settings.timezone}")
        self.subscriptions = Subscriptions(service, default)
        from bot.workers import Lanes

        self.scheduler = None
        self.connected = False
        self.platform_probe = None   # an async call that proves the platform answers (Slack: auth.test)
        self.platform_ttl = PLATFORM_PROBE_SECONDS
        self._probed: tuple[float, bool] | None = None
        self.lanes = Lanes()   # chat answers on one lane, fetching on its own bounded one
        self.commands = CommandLayer(service, SubscriptionCommands(self.subscriptions, on_change=self.resync))

    def resync(self) -> None:
        """A subscription changed: rebuild the jobs (on the scheduler's own loop, whatever thread asked)."""
        if self.scheduler is not None:
            self.scheduler.call_soon(self.scheduler.sync)

    async def start_scheduler(self, deliverer) -> None:
        from bot.scheduler import DigestScheduler, Dispatcher

        limits = {p: (rate, max(1, int(rate))) for p, rate in self.settings.limits.items()}
        self.scheduler = DigestScheduler(Dispatcher(
            self.subscriptions, {deliverer.platform: deliverer}, limits={**limits, "console": (1000.0, 1000)},
            post_empty=self.settings.post_empty), lanes=self.lanes)
        await self.scheduler.start()
        self.connected = True

    async def start_slack(self, client, deliverer) -> None:
        self.platform_probe = client.auth_test
        await self.start_scheduler(deliverer)

    def health_routes(self, app) -> None:
        """`/healthz` beside Slack's events endpoint (database, scheduler, platform, backlog), and the stop
        on the web server's graceful shutdown (aiohttp turns SIGTERM into one)."""
        from bot.health import HealthChecks, mount_health

        mount_health(app, HealthChecks(self.service.store, scheduler=self, platform=self.platform_answers,
                                       backlog=self.lanes.backlog))

        async def stopping(_app) -> None:
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
        self.lanes.shutdown()
        scheduler, self.scheduler = self.scheduler, None   # once: the scheduler may run on another thread's loop
        if scheduler is not None:
            try:
                scheduler.shutdown()
            except RuntimeError:   # its loop is already closed
                pass

    def stop_on_sigterm(self) -> None:
        """SIGTERM ends `serve` as Ctrl-C would, after `stop`: whichever platform runs, even with a fetch in
        flight (the platforms that handle SIGTERM themselves replace this and call `stop` on shutdown)."""
        def handler(signum, frame):
            self.stop()
            raise SystemExit(0)
        signal.signal(signal.SIGTERM, handler)

    def start_in_background(self, deliverer) -> None:
        """The terminal bot reads stdin on the main thread; its scheduler gets a loop of its own."""
        import asyncio
        import threading

        async def run() -> None:
            await self.start_scheduler(deliverer)
            await asyncio.Event().wait()

        threading.Thread(target=asyncio.run, args=(run(),), name="newsdigest-scheduler", daemon=True).start()


def cmd_serve(args) -> int:
    from bot.app import add_configured_feeds, open_configured_service
    from bot.config import ConfigError, configure_logging, load_settings
    from digest.errors import UserError

    try:
        settings = load_settings()   # every problem at once, before anything starts
    except ConfigError as exc:
        raise UserError(str(exc)) from None
    platform = args.platform or pick_platform()
    bot = Bot(open_configured_service(args.db, settings), settings)
    add_configured_feeds(bot.service, settings)   # the operator's [[feeds]], before any poll
    from digest.text.korean import preload
    preload()   # Kiwi's ~2 s load happens while the bot connects, not in the first lookup
    bot.stop_on_sigterm()
    if platform == "console":
        from bot.console import run_console
        from bot.delivery import ConsoleDeliverer
        bot.start_in_background(ConsoleDeliverer())   # `/subscribe every 1 hours` prints into the terminal
        try:
            return run_console(bot.commands)
        finally:
            bot.stop()
    configure_logging(settings)   # tokens are masked in every log line
    try:
        if platform == "slack":
            from bot.delivery import SlackDeliverer
            from bot.slack import SlackSettings, run_slack
            return run_slack(bot.commands, SlackSettings.from_env(), host=args.host, port=args.port,
                             on_start=lambda client: bot.start_slack(client, SlackDeliverer("", client=client)),
                             extra_routes=bot.health_routes, lanes=bot.lanes)
        from bot.delivery import DiscordDeliverer
        from bot.discord import DiscordSettings, run_discord
        return run_discord(bot.commands, DiscordSettings.from_env(),
                           on_start=lambda client: bot.start_scheduler(DiscordDeliverer(client)), lanes=bot.lanes)
    except ValueError as exc:  # a missing or malformed setting
        raise UserError(str(exc)) from None
    finally:
        bot.stop()


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="run the chat bot: console (default without tokens), slack or discord")
    p.add_argument("platform", nargs="?", choices=PLATFORMS,
                   help="default: slack if SLACK_BOT_TOKEN is set, else discord if DISCORD_TOKEN is set, else console")
    p.add_argument("--host", default="0.0.0.0", help="Slack HTTP mode: address to listen on (default 0.0.0.0)")
    p.add_argument("--port", type=int, default=int(os.environ.get("PORT", "3000")),
                   help="Slack HTTP mode: port (default $PORT or 3000); events arrive at /slack/events")
    p.set_defaults(func=cmd_serve)

"""`newsdigest serve [console|slack|discord]`: start one chat front end over the stored news.

With no platform named, the tokens in the environment decide: SLACK_BOT_TOKEN -> Slack, else
DISCORD_TOKEN -> Discord, else the terminal bot, which needs nothing (`bot.config.Settings.platform`).
"""

from __future__ import annotations

import argparse

from bot.app import Bot
from bot.lifecycle import settle_heap

PLATFORMS = ("console", "slack", "discord")


def cmd_serve(args: argparse.Namespace) -> int:
    from bot.app import add_configured_feeds, open_news_service
    from bot.config import configure_logging
    from digest.errors import UserError

    settings = args.settings   # read and checked once, before anything starts (bot.cli.main)
    platform = args.platform or settings.platform()
    bot = Bot(open_news_service(args.db, settings), settings)
    add_configured_feeds(bot.service, settings)   # the operator's [[feeds]], before any poll
    from digest.text.korean import preload
    preload()   # Kiwi's ~2 s load happens while the bot connects, not in the first lookup
    if platform == "console":
        bot.stop_on_sigterm()   # the chat platforms stop on the event loop instead (bot.lifecycle, aiohttp)
        from bot.console import ConsoleDeliverer, run_console
        bot.start_in_background(ConsoleDeliverer())   # `/subscribe every 1 hours` prints into the terminal
        settle_heap()
        try:
            return run_console(bot.commands)
        finally:
            bot.stop()
    configure_logging(settings)   # tokens are masked in every log line
    try:
        if platform == "slack":
            from bot.slack.app import run_slack
            from bot.slack.delivery import SlackDeliverer
            settle_heap()
            return run_slack(bot.commands, settings.slack(), host=args.host, port=args.port or settings.port,
                             on_start=lambda client: bot.start_slack(client, SlackDeliverer("", client=client)),
                             extra_routes=bot.health_routes, lanes=bot.lanes, on_stop=bot.stop)
        from bot.discord.client import run_discord
        from bot.discord.delivery import DiscordDeliverer
        settle_heap()
        return run_discord(bot.commands, settings.discord(),
                           on_start=lambda client: bot.start_scheduler(DiscordDeliverer(client)), lanes=bot.lanes,
                           on_stop=bot.stop)
    except ValueError as exc:  # a missing or malformed setting (ConfigError), said in one sentence
        raise UserError(str(exc)) from None
    finally:
        bot.stop()


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="run the chat bot: console (default without tokens), slack or discord")
    p.add_argument("platform", nargs="?", choices=PLATFORMS,
                   help="default: slack if SLACK_BOT_TOKEN is set, else discord if DISCORD_TOKEN is set, else console")
    p.add_argument("--host", default="0.0.0.0", help="Slack HTTP mode: address to listen on (default 0.0.0.0)")
    p.add_argument("--port", type=int,
                   help="Slack HTTP mode: port (default $PORT or 3000); events arrive at /slack/events")
    p.set_defaults(func=cmd_serve)

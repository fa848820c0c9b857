"""`newsdigest serve [console|slack|discord]`: start one chat front end over the stored news.

With no platform named, the tokens in the environment decide: SLACK_BOT_TOKEN -> Slack, else
DISCORD_TOKEN -> Discord, else the terminal bot, which needs nothing.
"""

from __future__ import annotations

import argparse
import logging
import os

PLATFORMS = ("console", "slack", "discord")


def pick_platform(env=os.environ) -> str:
    if env.get("SLACK_BOT_TOKEN"):
        return "slack"
    if env.get("DISCORD_TOKEN"):
        return "discord"
    return "console"


def cmd_serve(args) -> int:
    from bot.cli import UserError, open_service
    from bot.commands import CommandLayer

    platform = args.platform or pick_platform()
    commands = CommandLayer(open_service(args))
    if platform == "console":
        from bot.console import run_console
        return run_console(commands)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        if platform == "slack":
            from bot.slack import SlackSettings, run_slack
            return run_slack(commands, SlackSettings.from_env(), host=args.host, port=args.port)
        from bot.discord import DiscordSettings, run_discord
        return run_discord(commands, DiscordSettings.from_env())
    except ValueError as exc:  # a missing or malformed setting
        raise UserError(str(exc)) from None


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="run the chat bot: console (default without tokens), slack or discord")
    p.add_argument("platform", nargs="?", choices=PLATFORMS,
                   help="default: slack if SLACK_BOT_TOKEN is set, else discord if DISCORD_TOKEN is set, else console")
    p.add_argument("--host", default="0.0.0.0", help="Slack HTTP mode: address to listen on (default 0.0.0.0)")
    p.add_argument("--port", type=int, default=int(os.environ.get("PORT", "3000")),
                   help="Slack HTTP mode: port (default $PORT or 3000); events arrive at /slack/events")
    p.set_defaults(func=cmd_serve)

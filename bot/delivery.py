"""Deliverers: post a reply into a channel, one per platform, for scheduled digests and reminders.

Each maps its platform's "you cannot post here" answers to `ChannelUnavailable`, which pauses the
subscription instead of failing every period.
"""

from __future__ import annotations

import sys
from typing import TextIO

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.commands import Reply
from bot.console import render_reply_text
from bot.scheduler import ChannelUnavailable
from bot.slack import rate_limit_retries, slack_messages
from digest.subscriptions import Target

SLACK_GONE = {"channel_not_found", "not_in_channel", "is_archived", "channel_is_archived", "account_inactive",
              "restricted_action", "restricted_action_read_only_channel", "team_access_not_granted", "invalid_auth"}


class SlackDeliverer:
    platform = "slack"

    def __init__(self, token: str, base_url: str | None = None, client: AsyncWebClient | None = None):
        self.client = client or AsyncWebClient(token=token, base_url=base_url or AsyncWebClient.BASE_URL,
                                               retry_handlers=rate_limit_retries())

    async def post(self, target: Target, reply: Reply, nonce: str) -> None:
        for message in slack_messages(reply):
            try:
                # unfurling would turn article links into previews nobody asked for
                await self.client.chat_postMessage(channel=target.channel, text=message["text"], blocks=message["blocks"],
                                                   unfurl_links=False, unfurl_media=False)
            except SlackApiError as exc:
                error = exc.response.get("error", "")
                if error in SLACK_GONE:
                    raise ChannelUnavailable(f"Slack: {error}") from None
                raise


DISCORD_GONE = {10003, 50001, 50013}   # Unknown Channel, Missing Access, Missing Permissions


class DiscordDeliverer:
    """Posts through the running discord.py client. The delivery's nonce goes with the message and
    discord.py asks Discord to enforce it, so a retried post is dropped by Discord instead of shown twice."""

    platform = "discord"

    def __init__(self, client):
        self.client = client

    async def post(self, target: Target, reply: Reply, nonce: str) -> None:
        import discord

        from bot.discord import NO_MENTIONS, discord_messages

        channel = self.client.get_partial_messageable(int(target.channel))
        for n, message in enumerate(discord_messages(reply)):
            try:
                await channel.send(content=message["content"], embeds=message["embeds"], allowed_mentions=NO_MENTIONS,
                                   nonce=f"{nonce[:23]}{n:02d}")
            except (discord.Forbidden, discord.NotFound) as exc:
                if exc.code in DISCORD_GONE or isinstance(exc, discord.NotFound):
                    raise ChannelUnavailable(f"Discord: {exc.text or exc.status}") from None
                raise


class ConsoleDeliverer:
    """The terminal bot's channel is the terminal itself."""

    platform = "console"

    def __init__(self, out: TextIO | None = None):
        self.out = out or sys.stdout

    async def post(self, target: Target, reply: Reply, nonce: str) -> None:
        print(render_reply_text(reply), file=self.out, flush=True)

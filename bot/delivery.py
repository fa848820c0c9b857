"""Deliverers: post a scheduled digest's or reminder's messages into a channel, one per platform.

Each maps its platform's answers onto what the dispatcher (`bot.scheduler`) acts on: "you cannot post here"
is `ChannelUnavailable` (the subscription pauses), a 5xx, a 429, a timeout or a dropped connection is
`TransientDeliveryError` (retried with backoff), anything else fails the delivery. Each message carries its
own key so that one whose answer was lost can be found instead of posted again: in Slack as message
metadata, read back with `conversations.history`; in Discord as the nonce, which Discord enforces.
"""

from __future__ import annotations

import asyncio
import sys
import time
from typing import TextIO

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.protocol import Reply
from bot.console import render_reply_text
from bot.scheduler import ChannelUnavailable, TransientDeliveryError, Unreconcilable
from bot.slack import slack_messages
from digest.subscriptions import Target

SLACK_GONE = {"channel_not_found", "not_in_channel", "is_archived", "channel_is_archived", "account_inactive",
              "restricted_action", "restricted_action_read_only_channel", "team_access_not_granted", "invalid_auth"}
SLACK_TRANSIENT = {"ratelimited", "internal_error", "fatal_error", "service_unavailable", "request_timeout"}
METADATA_EVENT = "newsdigest_message"
HISTORY_WINDOW = 24 * 3600     # seconds of a channel's history searched for a message whose answer was lost
CONNECTION_ERRORS = (asyncio.TimeoutError, aiohttp.ClientError, ConnectionError)


def _slack_transient(exc: SlackApiError) -> TransientDeliveryError | None:
    status = getattr(exc.response, "status_code", 0) or 0
    error = exc.response.get("error", "") if exc.response is not None else ""
    if status == 429 or status >= 500 or error in SLACK_TRANSIENT:
        retry_after = (exc.response.headers or {}).get("Retry-After") or (exc.response.headers or {}).get("retry-after")
        try:
            wait = float(retry_after) if retry_after is not None else None
        except ValueError:
            wait = None
        return TransientDeliveryError(f"Slack answered {status} {error}".strip(), wait)
    return None


class SlackDeliverer:
    """chat.postMessage with the message's key in its metadata; `conversations.history` (channels:history,
    groups:history) finds it again. Retries are the dispatcher's: the client's own are off, since a blind
    retry of a post whose answer was lost would post it twice."""

    platform = "slack"
    reconciles = True   # find_posted reads the channel: a delivery a dead process left half-sent can be resumed

    def __init__(self, token: str, base_url: str | None = None, client: AsyncWebClient | None = None,
                 timeout: float = 30):
        self.client = client or AsyncWebClient(token=token, base_url=base_url or AsyncWebClient.BASE_URL,
                                               timeout=timeout, retry_handlers=[])

    def render(self, reply: Reply) -> list[dict]:
        return slack_messages(reply)

    async def send(self, target: Target, message: dict, key: str) -> str | None:
        try:
            # unfurling would turn article links into previews nobody asked for
            response = await self.client.chat_postMessage(
                channel=target.channel, text=message["text"], blocks=message["blocks"], unfurl_links=False,
                unfurl_media=False, metadata={"event_type": METADATA_EVENT, "event_payload": {"key": key}})
        except SlackApiError as exc:
            error = exc.response.get("error", "")
            if error in SLACK_GONE:
                raise ChannelUnavailable(f"Slack: {error}") from None
            raise _slack_transient(exc) or exc from None
        except CONNECTION_ERRORS as exc:
            raise TransientDeliveryError(f"Slack did not answer: {type(exc).__name__}") from None
        return response.get("ts")

    async def find_posted(self, target: Target, key: str) -> str | None:
        try:
            response = await self.client.conversations_history(channel=target.channel, include_all_metadata=True,
                                                               oldest=f"{time.time() - HISTORY_WINDOW:.6f}", limit=200)
        except SlackApiError as exc:
            transient = _slack_transient(exc)
            if transient:
                raise transient from None
            raise Unreconcilable(f"Slack history unreadable ({exc.response.get('error', '')}): "
                                 "whether the message was posted is unknown") from None
        except CONNECTION_ERRORS as exc:
            raise TransientDeliveryError(f"Slack did not answer: {type(exc).__name__}") from None
        for message in response.get("messages") or []:
            metadata = message.get("metadata") or {}
            if metadata.get("event_type") == METADATA_EVENT and (metadata.get("event_payload") or {}).get("key") == key:
                return message.get("ts")
        return None


DISCORD_GONE = {10003, 50001, 50013}   # Unknown Channel, Missing Access, Missing Permissions


class DiscordDeliverer:
    """Posts through the running discord.py client. The message's key is its nonce and discord.py asks Discord
    to enforce it, so a retried post whose first answer was lost is answered with the message already there."""

    platform = "discord"

    def __init__(self, client):
        self.client = client

    def render(self, reply: Reply) -> list[dict]:
        from bot.discord import discord_messages

        return [{"content": m["content"], "embeds": [e.to_dict() for e in m["embeds"]]} for m in discord_messages(reply)]

    async def send(self, target: Target, message: dict, key: str) -> str | None:
        import discord

        from bot.discord import NO_MENTIONS

        channel = self.client.get_partial_messageable(int(target.channel))
        embeds = [discord.Embed.from_dict(e) for e in message["embeds"]]
        try:
            sent = await channel.send(content=message["content"] or None, embeds=embeds, allowed_mentions=NO_MENTIONS,
                                      nonce=key)
        except (discord.Forbidden, discord.NotFound) as exc:
            if exc.code in DISCORD_GONE or isinstance(exc, discord.NotFound):
                raise ChannelUnavailable(f"Discord: {exc.text or exc.status}") from None
            raise
        except discord.HTTPException as exc:
            if exc.status == 429 or exc.status >= 500:
                raise TransientDeliveryError(f"Discord answered {exc.status}") from None
            raise
        except CONNECTION_ERRORS as exc:
            raise TransientDeliveryError(f"Discord did not answer: {type(exc).__name__}") from None
        return str(sent.id)

    async def find_posted(self, target: Target, key: str) -> str | None:
        return None   # the nonce makes Discord answer a repeat with the message already posted


class ConsoleDeliverer:
    """The terminal bot's channel is the terminal itself."""

    platform = "console"

    def __init__(self, out: TextIO | None = None):
        self.out = out or sys.stdout

    def render(self, reply: Reply) -> list[dict]:
        return [{"text": render_reply_text(reply)}]

    async def send(self, target: Target, message: dict, key: str) -> str | None:
        print(message["text"], file=self.out, flush=True)
        return None

    async def find_posted(self, target: Target, key: str) -> str | None:
        return None

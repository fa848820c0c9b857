"""What every front end speaks: where a command came from (`Origin`) and what it is answered (`Reply`).

The command layer returns a `Reply`; each platform renders it its own way (Block Kit, embeds, plain text)
and posts scheduled ones through its `Deliverer`. Nothing here knows a platform.

A deliverer maps its platform's answers onto what the dispatcher (`bot.scheduler`) acts on: "you cannot
post here" is `ChannelUnavailable` (the subscription pauses), a 5xx, a 429, a timeout or a dropped
connection is `TransientDeliveryError` (retried with backoff), anything else fails the delivery. Each
message carries its own key so that one whose answer was lost can be found instead of posted again.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Protocol, Union

import aiohttp

from digest.errors import DeliveryError
from digest.subscriptions import Target
from digest.views import ArticleView, DigestView, EventListView, StoryView


@dataclass(frozen=True)
class Origin:
    """Where a command came from; the subscription commands need it, the others ignore it."""
    platform: str                  # slack | discord | console
    channel: str | None = None
    user: str | None = None
    direct: bool = False           # a direct message to the bot
    workspace: str = ""            # Slack team id / Discord guild id: channels are unique only within one
    can_manage: bool = True        # may change this channel's subscriptions (the adapter checks the platform)


@dataclass(frozen=True)
class HelpEntry:
    usage: str
    korean: str
    english: str
    example: str


@dataclass(frozen=True)
class HelpView:
    entries: list[HelpEntry]
    direct_message_ko: str
    direct_message_en: str


Body = Union[DigestView, StoryView, ArticleView, EventListView, HelpView, None]


@dataclass(frozen=True)
class Reply:
    """One answer: a Korean headline sentence and, when there is something to show, the view model."""
    text: str
    body: Body = None
    problem: bool = False          # the request could not be answered as asked (bad argument, unknown id)


class ChannelUnavailable(DeliveryError):
    """The platform says the bot can no longer post in this channel (removed, archived, no permission)."""


class TransientDeliveryError(DeliveryError):
    """The platform could not take the message now (5xx, 429, a timeout, a dropped connection): try again,
    after `retry_after` seconds when the platform said so. The message may or may not have been posted."""

    def __init__(self, reason: str, retry_after: float | None = None):
        super().__init__(reason)
        self.retry_after = retry_after


class Unreconcilable(DeliveryError):
    """Whether a message whose answer was lost is on the platform cannot be found out (no history scope)."""


class Deliverer(Protocol):
    """Posts rendered messages into a channel of one platform, one at a time, each with a key of its own.

    `send` raises TransientDeliveryError for what is worth retrying and ChannelUnavailable when the bot may no
    longer post there. `find_posted` answers whether a message with that key is already in the channel (its
    platform reference) so that a message whose answer was lost is not posted twice; a platform that drops a
    repeated key by itself (Discord's enforce_nonce) may answer None."""

    platform: str

    def render(self, reply: Reply) -> list[dict]: ...

    async def send(self, target: Target, message: dict, key: str) -> str | None: ...

    async def find_posted(self, target: Target, key: str) -> str | None: ...


CONNECTION_ERRORS = (asyncio.TimeoutError, aiohttp.ClientError, ConnectionError)

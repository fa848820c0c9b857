"""What every front end speaks: where a command came from (`Origin`) and what it is answered (`Reply`).

The command layer returns a `Reply`; each platform renders it its own way (Block Kit, embeds, plain text)
and posts scheduled ones through its `Deliverer`. Nothing here knows a platform.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Union

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

"""The Slack adapter: a slack-bolt async app that acks every command at once and answers afterwards.

Slash commands are acknowledged before any work is done (Slack gives 3 s), then answered through the
command's response_url (or chat.postMessage when there is none). A direct message to the bot is a lookup
answered in the DM. Replies are Block Kit within Slack's limits (50 blocks a message, 3000 characters a
section); a long digest becomes several messages. Every Web API and response_url call retries a 429 after
its Retry-After. Article text is escaped so that it can neither ping anyone nor break the markup.

Its settings (`bot.config.SlackSettings`) come from the environment: SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET
(HTTP mode), SLACK_APP_TOKEN (Socket Mode, used when set) and SLACK_API_URL (the Web API base URL; tests
point it at a local fake).
"""

from __future__ import annotations

import logging
import re
from collections import OrderedDict
from typing import TYPE_CHECKING, Awaitable, Callable

from aiohttp import web
from slack_bolt.async_app import AsyncAck, AsyncApp
from slack_sdk.http_retry.builtin_async_handlers import AsyncRateLimitErrorRetryHandler
from slack_sdk.signature import SignatureVerifier
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.webhook.async_client import AsyncWebhookClient

from bot.commands.layer import COMMAND_NAMES, MANAGER_COMMANDS, CommandLayer
from bot.config import SlackSettings
from bot.protocol import Origin, Reply
from bot.render.cards import (
    TEXT_OMITTED,
    Card,
    cap_messages,
    chunk_lines,
    link_target,
    omitted_note,
    pack,
    reply_cards,
    truncate,
)
from bot.render.visible import one_line, visible_text
from bot.workers import Lanes

if TYPE_CHECKING:   # Socket Mode's handler loads only when Socket Mode is used
    from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
MAX_BLOCKS = 50
MAX_SECTION_CHARS = 3000
MAX_CONTEXT_CHARS = 2000
MAX_FALLBACK_CHARS = 3000
MAX_MESSAGE_CHARS = 16000   # our own ceiling: Slack truncates very long messages, and readers stop earlier
RATE_LIMIT_RETRIES = 3
ANSWERED_REMEMBERED = 1000   # direct messages remembered as answered: Slack's retries come within minutes
# Slack keeps /search for itself, so the manifest registers /news-search; both spellings are served.
SLACK_ALIASES = {"news-search": "search"}


# ---- rendering -------------------------------------------------------------------------------------

_BROADCAST = re.compile(r"@(everyone|here|channel)\b", re.IGNORECASE)
_MARKUP = re.compile(r"([*_~`])")


def slack_escape(text: str) -> str:
    """Article text made inert in mrkdwn: &, <, > escaped (so `<!channel>` and `<@U123>` are just text),
    `@here`-style broadcasts broken with a zero-width space, formatting characters fenced likewise; characters
    that act on the display instead of showing removed (`bot.render.visible`)."""
    text = visible_text(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _BROADCAST.sub("@\u200b\\1", text)
    return _MARKUP.sub("\u200b\\1\u200b", text)


_CODE_SPAN = re.compile(r"(`[^`\n]*`)")


def reply_headline(text: str) -> str:
    """Our own sentences keep their `code` spans, but quote what the user typed and what a feed calls itself:
    outside the code spans the formatting characters are fenced as in article text; everywhere &, <, > are
    escaped and broadcasts broken (inside code nothing formats, but Slack still reads `<!here>`)."""
    parts = _CODE_SPAN.split(visible_text(text))
    escaped = [part.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") for part in parts]
    fenced = "".join(part if n % 2 else _MARKUP.sub("\u200b\\1\u200b", part) for n, part in enumerate(escaped))
    return _BROADCAST.sub("@\u200b\\1", fenced)


def _section(text: str) -> dict:
    return {"type": "section", "text": {"type": "mrkdwn", "text": truncate(text, MAX_SECTION_CHARS)}}


def _context(text: str) -> dict:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": truncate(text, MAX_CONTEXT_CHARS)}]}


def card_blocks(card: Card) -> list[dict]:
    title = f"*{slack_escape(truncate(one_line(card.title), 300))}*"
    if link_target(card.url):
        title += f"  <{link_target(card.url)}|원문>"
    blocks = [_section(title)]
    facts = [slack_escape(x) for x in [card.meta, "; ".join(card.sources)] if x]
    if facts:
        blocks.append(_context("  ·  ".join(facts)))
    blocks += [_section(chunk) for chunk in chunk_lines([slack_escape(line) for line in card.lines], MAX_SECTION_CHARS)]
    for label, events in card.event_sections():
        blocks += [_section(chunk) for chunk in
                   chunk_lines([f"*{label}*"] + [f"· {slack_escape(e)}" for e in events], MAX_SECTION_CHARS)]
    if card.notes:
        blocks.append(_context(slack_escape(" / ".join(card.notes))))
    blocks.append({"type": "divider"})
    return blocks


def block_chars(block: dict) -> int:
    if "text" in block:
        return len(block["text"]["text"])
    return sum(len(e.get("text", "")) for e in block.get("elements", []))


def slack_messages(reply: Reply) -> list[dict]:
    """The reply as Slack messages ({"text", "blocks"}), each within every Block Kit limit."""
    headline = reply_headline(reply.text)
    cards = reply_cards(reply)
    if not cards:
        return text_messages(headline)
    # Room is kept in every message for a lead block, and in the last for the omitted-stories note.
    packed = pack([card_blocks(c) for c in cards], MAX_BLOCKS - 2,
                  MAX_MESSAGE_CHARS - MAX_SECTION_CHARS - MAX_CONTEXT_CHARS, block_chars)
    messages, omitted = cap_messages(packed, len(cards))
    out = []
    for n, blocks in enumerate(messages, 1):
        lead = _section(f"*{headline}*") if n == 1 else _context(f"{headline} (계속 {n}/{len(messages)})")
        blocks = [lead] + blocks
        if n == len(messages) and omitted:
            blocks.append(_context(omitted_note(omitted)))
        out.append({"text": truncate(headline if n == 1 else f"{headline} (계속 {n}/{len(messages)})",
                                     MAX_FALLBACK_CHARS), "blocks": blocks})
    return out


# ---- what Slack sends -------------------------------------------------------------------------------

_SLACK_MARKUP = re.compile(r"<([^<>]*)>")


def slack_plain(text: str) -> str:
    """What the user typed, from the text Slack sends (commands and messages alike escape `&`, `<`, `>` and
    wrap links and mentions in `<...>`): a mention of a person, a channel or a broadcast (`<@U123|bob>`,
    `<#C123|general>`, `<!here>`) is no word of a lookup and goes; a link is its address; `&amp;`, `&lt;` and
    `&gt;` are the characters typed. So `https://a.kr/rss?x=1&amp;y=2` is added as `...?x=1&y=2`."""
    def unwrap(m: re.Match) -> str:
        inner = m.group(1)
        return " " if inner[:1] in "@#!" else inner.split("|", 1)[0]
    return _SLACK_MARKUP.sub(unwrap, text).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def text_messages(text: str) -> list[dict]:
    """A long text answer (a feed list, a poll report) in sections cut at line ends, in as many messages as
    it takes (up to MAX_MESSAGES), rather than one section cut off at 3000 characters."""
    sections = [[_section(chunk)] for chunk in chunk_lines(text.split("\n"), MAX_SECTION_CHARS) or ["…"]]
    packed = pack(sections, MAX_BLOCKS - 1, MAX_MESSAGE_CHARS - MAX_CONTEXT_CHARS, block_chars)
    messages, omitted = cap_messages(packed, len(sections))
    if omitted:
        messages[-1].append(_context(TEXT_OMITTED))
    return [{"text": truncate(blocks[0]["text"]["text"], MAX_FALLBACK_CHARS), "blocks": blocks} for blocks in messages]


# ---- the app ---------------------------------------------------------------------------------------

class StrictSignatureVerifier(SignatureVerifier):
    """slack_sdk's verifier, answering False (a 401) to a timestamp that is not a number, where the original
    raises inside bolt's middleware and the request gets a 500."""

    def is_valid(self, body: str | bytes, timestamp: str | None, signature: str | None) -> bool:
        if not isinstance(timestamp, str) or not timestamp.isascii() or not timestamp.isdigit():
            return False
        return super().is_valid(body, timestamp, signature)


def strict_request_verification(app: AsyncApp, secret: str) -> None:
    """Give bolt's request-verification middleware the strict verifier (bolt takes no verifier argument)."""
    from slack_bolt.middleware.request_verification.async_request_verification import AsyncRequestVerification

    for middleware in getattr(app, "_async_middleware_list", []):
        if isinstance(middleware, AsyncRequestVerification):
            middleware._verifier = StrictSignatureVerifier(signing_secret=secret)


def rate_limit_retries() -> list:
    return [AsyncRateLimitErrorRetryHandler(max_retry_count=RATE_LIMIT_RETRIES)]


class SlackBot:
    """Owns the bolt app and the lanes the (blocking) core runs on: chat, and fetching (`bot.workers`)."""

    def __init__(self, commands: CommandLayer, settings: SlackSettings, lanes: Lanes | None = None):
        self.commands = commands
        self.settings = settings
        self.lanes = lanes or Lanes()
        client = AsyncWebClient(token=settings.bot_token, base_url=settings.api_url, retry_handlers=rate_limit_retries())
        self.app = AsyncApp(client=client, signing_secret=settings.signing_secret or "",
                            request_verification_enabled=bool(settings.signing_secret))
        if settings.signing_secret:
            strict_request_verification(self.app, settings.signing_secret)
        for name in list(COMMAND_NAMES) + list(SLACK_ALIASES):
            self.app.command(f"/{name}")(self.on_command)
        self.app.event("message")(self.on_message)
        self._answered: OrderedDict[tuple[str | None, str | None], None] = OrderedDict()   # messages answered

    def _first_delivery(self, event: dict) -> bool:
        """False for a message already answered: Slack delivers an event again (`X-Slack-Retry-Num`; Socket
        Mode re-sends an envelope) when the first delivery was not acknowledged in time, and a message is
        one (channel, ts). The recent ones are remembered in this process (a retry reaching another replica
        is answered there too)."""
        key = (event.get("channel"), event.get("ts"))
        if key[1] is None:   # no ts to know it by (Slack always sends one)
            return True
        if key in self._answered:
            log.info("Slack: message %s in %s delivered again; answered already", key[1], key[0])
            return False
        self._answered[key] = None
        if len(self._answered) > ANSWERED_REMEMBERED:
            self._answered.popitem(last=False)
        return True

    def socket_mode_handler(self) -> AsyncSocketModeHandler:
        """Socket Mode's connection (call it on the running loop): apps.connections.open with the app token,
        through the app's own Web API client so that SLACK_API_URL holds here too, then the websocket it names."""
        from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
        return AsyncSocketModeHandler(self.app, self.settings.app_token, web_client=self.app.client)

    async def _answer(self, compute: Callable[[], Reply], command: str = "") -> Reply:
        return await self.lanes.for_command(command).run(compute)

    async def on_command(self, ack: AsyncAck, command: dict, client: AsyncWebClient) -> None:
        await ack()  # first, with nothing: the answer follows
        name = command["command"].lstrip("/")
        name = SLACK_ALIASES.get(name, name)
        can_manage = True
        if name in MANAGER_COMMANDS and self.settings.subscription_managers == "admins":
            can_manage = await self._is_admin(client, command.get("user_id"))
        channel = command.get("channel_id") or ""
        # a slash command typed in a DM: nobody manages anything there
        direct = command.get("channel_name", "") == "directmessage" or \
            command.get("channel_name", "").startswith("mpdm-") or channel.startswith("D")
        origin = Origin("slack", channel=channel or None, user=command.get("user_id"), direct=direct,
                        workspace=command.get("team_id") or "", can_manage=can_manage and not direct)
        text = slack_plain(command.get("text") or "")
        reply = await self._answer(lambda: self.commands.run(name, text, origin), name)
        # Problems and help go only to the person who asked; news goes to the channel.
        visible = "ephemeral" if reply.problem or name == "help" else "in_channel"
        response_url = command.get("response_url")
        if not response_url and not channel:
            log.warning("/%s without a channel or a response_url: nowhere to answer", name)
            return
        for message in slack_messages(reply):
            if response_url:
                webhook = AsyncWebhookClient(response_url, retry_handlers=rate_limit_retries())
                response = await webhook.send(response_type=visible, **message)
                if response.status_code != 200:
                    log.warning("response_url answered %s: %s", response.status_code, response.body)
            else:
                await client.chat_postMessage(channel=channel, **message)

    async def _is_admin(self, client: AsyncWebClient, user: str | None) -> bool:
        """Workspace admins and owners may manage subscriptions (users.info needs the users:read scope)."""
        if not user:
            return False
        try:
            info = (await client.users_info(user=user)).get("user") or {}
        except Exception as exc:  # no scope, or Slack unreachable: refuse rather than let anyone change
            log.warning("users.info failed for %s: %s", user, exc)
            return False
        return bool(info.get("is_admin") or info.get("is_owner") or info.get("is_primary_owner"))

    async def on_message(self, event: dict, client: AsyncWebClient) -> None:
        """A direct message is a lookup; channel chatter is not ours to answer."""
        if event.get("channel_type") != "im" or event.get("bot_id") or event.get("subtype"):
            return
        if not self._first_delivery(event):
            return
        origin = Origin("slack", channel=event.get("channel"), user=event.get("user"), direct=True,
                        workspace=event.get("team") or "")
        text = slack_plain(event.get("text") or "")   # `<@BOT> 오픈AI` looks up 오픈AI
        reply = await self._answer(lambda: self.commands.handle_text(text, origin))
        for message in slack_messages(reply):
            await client.chat_postMessage(channel=event["channel"], **message)


def run_slack(commands: CommandLayer, settings: SlackSettings, host: str = "0.0.0.0", port: int = 3000,
              on_start: Callable[[AsyncWebClient], Awaitable[None]] | None = None,
              extra_routes: Callable[[web.Application], None] | None = None, lanes: Lanes | None = None,
              on_stop: Callable[[], None] | None = None) -> int:
    """Serve Slack; `on_start` runs on the event loop once it is up (the scheduler starts there). SIGTERM and
    SIGINT end it: in HTTP mode aiohttp's graceful shutdown (`extra_routes` hooks the stop there), in Socket
    Mode `bot.lifecycle` (`on_stop`, then the socket's close)."""
    bot = SlackBot(commands, settings, lanes)
    if settings.app_token:
        log.info("Slack: Socket Mode via %s", settings.api_url)

        from bot.lifecycle import run_until_signalled
        handlers: list[AsyncSocketModeHandler] = []   # made on the running loop

        async def main() -> None:
            if on_start:
                await on_start(bot.app.client)
            handlers.append(bot.socket_mode_handler())
            await handlers[0].start_async()

        async def close() -> None:
            for handler in handlers:
                await handler.close_async()
        run_until_signalled(main(), close, on_stop)
    else:
        log.info("Slack: HTTP mode on %s:%s%s", host, port, EVENTS_PATH)
        app = bot.app.web_app(path=EVENTS_PATH)
        if extra_routes:
            extra_routes(app)
        if on_start:
            async def started(_app: web.Application) -> None:
                await on_start(bot.app.client)
            app.on_startup.append(started)
        web.run_app(app, host=host, port=port)
    return 0

"""The Discord adapter: a discord.py client with an app-command tree, deferring at once and answering after.

Every slash command is deferred before any work is done (Discord gives 3 s), then answered with follow-up
messages of embeds within Discord's limits (2000 characters of content, 4096 a description, 25 fields,
6000 in all and 10 embeds a message). A direct message to the bot is a lookup. Commands are synced on start,
to one guild when DISCORD_GUILD_ID is set (instant) or globally. Article text is escaped and every message
goes out with `allowed_mentions=AllowedMentions.none()`, so the news can never ping anyone.

Its settings (`bot.config.DiscordSettings`) come from the environment: DISCORD_TOKEN, DISCORD_GUILD_ID
(optional), DISCORD_API_BASE and DISCORD_GATEWAY_URL (REST and gateway base URLs, default Discord's; tests
point them at a local fake).
"""

from __future__ import annotations

import logging
import re
from typing import Any, Awaitable, Callable, Literal

import discord
import yarl
from discord import app_commands
from discord.gateway import DiscordWebSocket
from discord.http import Route

from bot.commands.layer import MAX_DAYS, CommandLayer
from bot.config import DiscordSettings
from bot.protocol import Origin, Reply
from bot.render.cards import (
    MAX_MESSAGES,
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
from digest.errors import UserError

log = logging.getLogger(__name__)

MAX_CONTENT = 2000
MAX_TITLE = 256
MAX_DESCRIPTION = 4096
DESCRIPTION_CHUNK = 3000       # below 4096 so that title, fields and footer keep an embed under 6000
MAX_FIELD_VALUE = 1024
MAX_FOOTER = 2048
SOURCES_FIELD = "출처"
MAX_FIELDS = 25
MAX_EMBEDS = 10
MAX_EMBED_TOTAL = 6000
# The first embed of a card holds its title, a description chunk, the sources field and the footer; the footer
# (the meta line, which carries the outlet and reporter a page states) gets what is left of the 6000 an embed
# may carry, so no card's embed is refused however long its names are.
FOOTER_SHOWN = min(MAX_FOOTER, MAX_EMBED_TOTAL - MAX_TITLE - DESCRIPTION_CHUNK - len(SOURCES_FIELD) - MAX_FIELD_VALUE)
NO_MENTIONS = discord.AllowedMentions.none()


def point_at(settings: DiscordSettings) -> None:
    """discord.py reads its REST base and gateway from class attributes; set them from the settings."""
    if settings.api_base:
        Route.BASE = settings.api_base.rstrip("/")
    if settings.gateway_url:
        DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(settings.gateway_url)


# ---- rendering -------------------------------------------------------------------------------------

_MARKUP = re.compile(r"([\\*_~`|<>\[\]#])")


def discord_escape(text: str) -> str:
    """Article text made inert: every markdown character backslash-escaped (discord.utils.escape_markdown
    lets a `[text](link)` span swallow the markup after it), @everyone/@here/user/role mentions broken."""
    return discord.utils.escape_mentions(_MARKUP.sub(r"\\\1", visible_text(text)))


_CODE_SPAN = re.compile(r"(`[^`\n]*`)")


def discord_headline(text: str) -> str:
    """Our own sentence, which may quote what the user typed: markdown outside our `code` spans escaped, so a
    quoted `[공지](https://…)` stays text instead of a masked link; inside a code span nothing renders."""
    parts = _CODE_SPAN.split(visible_text(text))
    return "".join(part if n % 2 else discord_escape(part) for n, part in enumerate(parts))


def card_embeds(card: Card) -> list[discord.Embed]:
    title = truncate(discord_escape(one_line(card.title)), MAX_TITLE)
    lines = [discord_escape(line) for line in card.lines]
    for label, events in card.event_sections():
        lines += [f"**{label}**"] + [f"· {discord_escape(e)}" for e in events]
    lines += [discord_escape(note) for note in card.notes]
    chunks = chunk_lines(lines, DESCRIPTION_CHUNK) or [""]
    embeds = []
    for n, chunk in enumerate(chunks):
        embed = discord.Embed(title=title if n == 0 else truncate(f"{title} (계속)", MAX_TITLE),
                              description=chunk or None, colour=0x2F6FDE)
        if n == 0:
            if link_target(card.url):
                embed.url = link_target(card.url)
            if card.sources:
                embed.add_field(name=SOURCES_FIELD, value=truncate(discord_escape("; ".join(card.sources)), MAX_FIELD_VALUE),
                                inline=False)
            if card.meta:
                embed.set_footer(text=truncate(one_line(card.meta), FOOTER_SHOWN))
        embeds.append(embed)
    return embeds


def discord_messages(reply: Reply) -> list[dict]:
    """The reply as Discord messages ({"content", "embeds"}), each within every embed limit."""
    cards = reply_cards(reply)
    if not cards:   # a long text answer (a feed list, a poll report): cut at line ends into several messages
        pieces = chunk_lines(discord_headline(reply.text).split("\n"), MAX_CONTENT) or ["…"]
        shown = pieces[:MAX_MESSAGES]
        if len(pieces) > MAX_MESSAGES:
            shown[-1] = truncate(shown[-1], MAX_CONTENT - len(TEXT_OMITTED) - 1) + "\n" + TEXT_OMITTED
        return [{"content": piece, "embeds": []} for piece in shown]
    headline = truncate(discord_headline(reply.text), MAX_CONTENT)
    packed = pack([card_embeds(c) for c in cards], MAX_EMBEDS, MAX_EMBED_TOTAL, len)
    messages, omitted = cap_messages(packed, len(cards))
    out = []
    for n, embeds in enumerate(messages, 1):
        content = headline if n == 1 else f"(계속 {n}/{len(messages)})"
        if n == len(messages) and omitted:
            content = truncate(f"{content}\n{omitted_note(omitted)}", MAX_CONTENT)
        out.append({"content": content, "embeds": embeds})
    return out


_MENTION = re.compile(r"<(?:@[!&]?|#)\d+>")


def discord_plain(text: str) -> str:
    """A direct message without its mentions (`<@bot> /digest 7` runs /digest 7; `<@bot> 오픈AI` looks up 오픈AI):
    a person, a role or a channel is no word of a lookup."""
    return _MENTION.sub(" ", text)


# ---- the client ------------------------------------------------------------------------------------

STALE_COMMAND = ("이 명령을 읽지 못했습니다: 봇의 명령 목록이 바뀌었습니다. Discord를 새로 고친 뒤 다시 입력해 주세요 "
                 "(명령 목록은 `/help`).")


class NewsCommandTree(app_commands.CommandTree):
    """The command tree, answering what it cannot dispatch. Discord clients keep the command list they were
    sent, so after an upgrade (or while a global sync spreads) a user can send a command the bot no longer
    has, or options of an older shape: discord.py would only log it and the user would see "this interaction
    failed"."""

    async def on_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError, /) -> None:
        if not isinstance(error, (app_commands.CommandNotFound, app_commands.CommandSignatureMismatch,
                                  app_commands.TransformerError, StaleOptions)):
            await super().on_error(interaction, error)
            return
        log.warning("Discord: %s (the user's command list is older than the bot's)", error)
        if interaction.response.is_done():
            await interaction.followup.send(STALE_COMMAND, ephemeral=True, allowed_mentions=NO_MENTIONS)
        else:
            await interaction.response.send_message(STALE_COMMAND, ephemeral=True, allowed_mentions=NO_MENTIONS)


class StaleOptions(UserError, app_commands.AppCommandError):
    """An option arrived with another type than the command declares (discord.py passes it on unchecked)."""


def of_type(value: Any, kind: type) -> Any:
    if value is not None and not isinstance(value, kind):
        raise StaleOptions(f"an option of type {type(value).__name__}, not {kind.__name__}")
    return value


class NewsDiscordBot(discord.Client):
    def __init__(self, commands: CommandLayer, settings: DiscordSettings,
                 on_start: Callable[["NewsDiscordBot"], Awaitable[None]] | None = None, lanes: Lanes | None = None,
                 **client_options: Any) -> None:
        intents = discord.Intents.default()   # guilds and DMs; message content is not needed for DMs to us
        super().__init__(intents=intents, allowed_mentions=NO_MENTIONS, **client_options)
        self.commands = commands
        self.settings = settings
        self.tree = NewsCommandTree(self)
        self.on_start = on_start   # runs once logged in: the scheduler starts there
        self.lanes = lanes or Lanes()   # chat answers never wait behind a fetch (bot.workers)
        self._register_commands()

    async def setup_hook(self) -> None:
        if self.settings.guild_id:
            guild = discord.Object(id=self.settings.guild_id)
            self.tree.copy_global_to(guild=guild)
            synced = await self.tree.sync(guild=guild)
        else:
            synced = await self.tree.sync()
        log.info("Discord: %d commands synced%s", len(synced),
                 f" to guild {self.settings.guild_id}" if self.settings.guild_id else " globally")
        if self.on_start:
            await self.on_start(self)

    async def _answer(self, compute: Callable[[], Reply], command: str = "") -> Reply:
        return await self.lanes.for_command(command).run(compute)

    async def answer_interaction(self, interaction: discord.Interaction, compute: Callable[[], Reply],
                                 private: bool = False, command: str = "") -> None:
        await interaction.response.defer(ephemeral=private, thinking=True)  # first: the answer follows
        reply = await self._answer(compute, command)
        for message in discord_messages(reply):
            await interaction.followup.send(content=message["content"], embeds=message["embeds"],
                                            allowed_mentions=NO_MENTIONS, ephemeral=private)

    async def on_message(self, message: discord.Message) -> None:
        """A direct message is a lookup; guild chatter is not ours to answer."""
        if message.author.bot or message.guild is not None:
            return
        origin = Origin("discord", channel=str(message.channel.id), user=str(message.author.id), direct=True)
        text = discord_plain(message.content)
        reply = await self._answer(lambda: self.commands.handle_text(text, origin))
        for part in discord_messages(reply):
            await message.channel.send(content=part["content"], embeds=part["embeds"], allowed_mentions=NO_MENTIONS)

    def _register_commands(self) -> None:
        commands, answer = self.commands, self.answer_interaction

        def origin(i: discord.Interaction) -> Origin:
            # Changing a channel's subscriptions or the feeds takes the Manage Channels permission in a server;
            # in a DM nobody manages anything (no platform grant says who may).
            return Origin("discord", channel=str(i.channel_id), user=str(i.user.id), direct=i.guild_id is None,
                          workspace=str(i.guild_id or ""),
                          can_manage=i.guild_id is not None and bool(i.permissions.manage_channels))

        @self.tree.command(name="digest", description="최근 뉴스 다이제스트 · stories of the last day (or N days)")
        @app_commands.describe(topic="주제 단어 (topic words)", days="기간, 일 (days, default 1)")
        async def digest(i: discord.Interaction, topic: str | None = None,
                         days: app_commands.Range[int, 1, MAX_DAYS] | None = None) -> None:
            topic, days = of_type(topic, str), of_type(days, int)
            await answer(i, lambda: commands.digest(topic, days))

        @self.tree.command(name="brief", description="이야기·기사 하나의 요점과 출처 · one story's bullets and sources")
        @app_commands.describe(id="이야기 또는 기사 id (story or article id)")
        async def brief(i: discord.Interaction, id: str) -> None:
            id = of_type(id, str)
            await answer(i, lambda: commands.brief(id))

        @self.tree.command(name="events", description="후속 일정 · the follow-up calendar")
        @app_commands.describe(which="다가오는 일정 또는 지난 일정 (upcoming or past)", topic="주제 단어 (topic words)")
        async def events(i: discord.Interaction, which: Literal["upcoming", "past"] = "upcoming",
                         topic: str | None = None) -> None:
            which, topic = of_type(which, str), of_type(topic, str)
            await answer(i, lambda: commands.events(which, topic))

        @self.tree.command(name="search", description="단어로 이야기 찾기 · stories matching the words")
        @app_commands.describe(words="찾을 단어 (words)")
        async def search(i: discord.Interaction, words: str) -> None:
            words = of_type(words, str)
            await answer(i, lambda: commands.search(words))

        @self.tree.command(name="help", description="명령 도움말 · what each command does")
        async def help_(i: discord.Interaction) -> None:
            await answer(i, commands.help, private=True)

        for name, description in (("feeds", "RSS/Atom 피드 관리 · the feeds the bot reads"),
                                  ("subscribe", "이 채널에 정기 다이제스트 구독 · subscribe this channel"),
                                  ("unsubscribe", "구독 해지 · unsubscribe this channel"),
                                  ("subscriptions", "이 채널의 구독 · this channel's subscriptions")):
            self.tree.add_command(self._subscription_command(name, description, origin))

    def _subscription_command(self, name: str, description: str,
                              origin: Callable[[discord.Interaction], Origin]) -> app_commands.Command:
        async def callback(i: discord.Interaction, args: str | None = None) -> None:
            args = of_type(args, str)
            await self.answer_interaction(i, lambda: self.commands.run(name, args or "", origin(i)), command=name)
        callback = app_commands.describe(args="주제와 일정 등, /help 참고 (topic, schedule: see /help)")(callback)
        return app_commands.Command(name=name, description=description, callback=callback)


def run_discord(commands: CommandLayer, settings: DiscordSettings,
                on_start: Callable[[NewsDiscordBot], Awaitable[None]] | None = None, lanes: Lanes | None = None,
                on_stop: Callable[[], None] | None = None) -> int:
    """Serve Discord until SIGTERM or SIGINT (`bot.lifecycle`): then `on_stop`, and the client's close."""
    from bot.lifecycle import run_until_signalled

    point_at(settings)
    client = NewsDiscordBot(commands, settings, on_start=on_start, lanes=lanes)
    run_until_signalled(client.start(settings.token), client.close, on_stop)
    return 0

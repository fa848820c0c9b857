"""The command set every chat platform shares: parse what the user typed, ask the core, return a Reply.

Nothing here knows Slack, Discord or the terminal. An adapter turns its platform's traffic into a call
(`handle_text` for typed lines and DMs, `run` for a named command with its argument text, or the typed
methods `digest`/`brief`/`events`/`search` when the platform already parsed the options) and renders the
`Reply` it gets back. Every failure a user can cause (a malformed argument, an unknown id, nothing found)
comes back as a helpful Korean sentence, never as an exception.
"""

from __future__ import annotations

import logging
import re
from datetime import date, timedelta
from functools import partial
from typing import Callable

from bot.commands.arguments import CommandError, check_words, typed
from bot.commands.feeds import FeedCommands
from bot.failures import korean_failure
from bot.protocol import HelpEntry, HelpView, Origin, Reply
from digest.errors import quoted
from digest.service import NewsService, UnknownId
from digest.text.metadata import KST
from digest.views import ArticleView

log = logging.getLogger(__name__)

DEFAULT_DAYS = 1
MAX_ID = 64   # characters of an id: ours are 8-9, a pasted full hash is 64
MAX_DAYS = 3650
SEARCH_LIMIT = 10
# Stories or events a reply carries at most: more than any chat adapter shows (Slack's five messages of 48
# blocks hold at most 80 cards of three or more blocks, Discord's five of ten embeds 50), so the bound never
# hides a card a chat would have shown; the headline still counts them all. The CLI is not bounded.
SHOWN_LIMIT = 100


HELP = HelpView(
    entries=[
        HelpEntry("/digest [주제] [일수]", "최근 하루(또는 N일)의 이야기를 요약합니다. 주제 단어를 주면 그 단어가 나오는 이야기만 봅니다.",
                  "Stories of the last day (or N days), optionally only those matching the words.",
                  "/digest 오픈AI 7"),
        HelpEntry("/brief <id>", "이야기나 기사 하나의 요점, 출처, 후속 일정을 보여 줍니다 (id 앞 4자 이상).",
                  "One story's or article's bullets, sources and follow-ups (an id prefix of 4+ characters).",
                  "/brief a8bfef92"),
        HelpEntry("/events [upcoming|past] [주제]", "기사가 예고한 후속 일정: 다가오는 일정(기본) 또는 지난 일정.",
                  "The follow-up calendar: upcoming (default) or past events, optionally by topic.",
                  "/events upcoming 카카오"),
        HelpEntry("/search <단어>", "단어가 모두 들어간 이야기를 최신순으로 찾습니다 (기간 제한 없음). Slack에서는 /news-search.",
                  "Stories matching every word, newest first, of any age (in Slack: /news-search).",
                  "/search 오픈AI 카카오"),
        HelpEntry("/subscribe [주제] [daily HH:MM | weekdays HH:MM | weekly 요일 HH:MM | every N hours], "
                  "/subscriptions, /unsubscribe [번호]",
                  "이 채널에 정기 다이제스트를 구독합니다 (기본: 모든 뉴스, 매일 08:00, 서울 시간). 일정 하루 전과 당일 아침에 알림도 옵니다. "
                  "/subscriptions로 목록, /unsubscribe [번호]로 해지.",
                  "Scheduled digests for this channel (default: all news, daily 08:00 Asia/Seoul), plus event reminders; "
                  "/subscriptions lists, /unsubscribe [id] removes.",
                  "/subscribe 오픈AI weekdays 07:30"),
        HelpEntry("/feeds [list | add URL [주제] | remove 번호 | poll [번호] | why URL]",
                  "이 워크스페이스가 추가한 RSS/Atom 피드를 보고 관리합니다 (채널 관리자만, 채널에서).",
                  "This workspace's RSS/Atom feeds (channel managers only, in a channel).",
                  "/feeds add https://www.yna.co.kr/rss/news.xml IT"),
        HelpEntry("/help", "이 도움말.", "This help.", "/help"),
    ],
    direct_message_ko="봇에게 보내는 DM은 검색어로 처리됩니다: `오픈AI 카카오` → 일치하는 이야기.",
    direct_message_en="Any direct message to the bot is a lookup: `오픈AI 카카오` -> the matching stories.",
)


# ---- argument parsing ---------------------------------------------------------------------------

_DAYS = re.compile(r"^(-?\d+)(일|d|days?)?$", re.IGNORECASE)
_WHICH = {"upcoming": "upcoming", "next": "upcoming", "예정": "upcoming", "다가오는": "upcoming", "앞으로": "upcoming",
          "past": "past", "지난": "past", "과거": "past"}


def parse_days(token: str) -> int | None:
    """`7`, `7일`, `7d` -> 7; anything else -> None. Zero, negative or absurd counts are a CommandError."""
    m = _DAYS.match(token)
    if not m:
        return None
    number = m.group(1)   # thousands of digits are more than Python will read: surely over the limit
    days = int(number) if len(number) <= 8 else (-1 if number.startswith("-") else MAX_DAYS + 1)
    if days < 1:
        raise CommandError(f"기간은 1일 이상이어야 합니다 ('{quoted(token)}'). 예: `/digest 7`")
    if days > MAX_DAYS:
        raise CommandError(f"기간은 {MAX_DAYS}일까지 볼 수 있습니다 ('{quoted(token)}'). 더 오래된 기사는 `/search`로 찾아보세요.")
    return days


def parse_digest_args(text: str) -> tuple[str | None, int | None]:
    """`[topic] [days]` in either order: a number (`7`, `7일`) at either end is the day count."""
    words = text.split()
    days = None
    if words and parse_days(words[-1]) is not None:
        days = parse_days(words.pop())
    elif words and parse_days(words[0]) is not None:
        days = parse_days(words.pop(0))
    return (" ".join(words) or None), days


def parse_events_args(text: str) -> tuple[str, str | None]:
    words = text.split()
    which = "upcoming"
    if words and words[0].lower() in _WHICH:
        which = _WHICH[words.pop(0).lower()]
    return which, (" ".join(words) or None)


def split_command(text: str) -> tuple[str, str, bool] | None:
    """`/digest 카카오 7` -> ("digest", "카카오 7", True). A known command name without the slash counts
    too (the terminal); an unknown word without a slash is not a command (it is a lookup)."""
    stripped = text.strip()
    if not stripped:
        return None
    head, _, rest = stripped.partition(" ")
    slashed = head.startswith("/")
    name = head.lstrip("/").lower()
    if slashed or name in COMMAND_NAMES:
        return name, rest.strip(), slashed
    return None


# ---- subscriptions: a placeholder the scheduling issue replaces ----------------------------------

SUBSCRIPTION_COMMANDS = ("subscribe", "unsubscribe", "subscriptions")
SubscriptionHandler = Callable[[str, str, Origin], Reply]


def subscriptions_placeholder(command: str, args: str, origin: Origin) -> Reply:
    """Parses nothing yet: `/subscribe`, `/unsubscribe` and `/subscriptions` all answer that the feature
    is coming. Pass a real handler as `CommandLayer(subscriptions=...)` when scheduling lands."""
    return Reply("구독 기능은 준비 중입니다. 그동안 `/digest`와 `/search`로 뉴스를 확인해 주세요. "
                 "(Scheduled digests are coming soon.)")


# ---- the command layer --------------------------------------------------------------------------

class CommandLayer:
    """The commands every platform shares, handed the sub-command sets that need more than the news: the
    subscriptions (the composition root gives the real ones) and the feeds (by default the service's own)."""

    def __init__(self, service: NewsService, subscriptions: SubscriptionHandler = subscriptions_placeholder,
                 feeds: SubscriptionHandler | None = None):
        self.service = service
        self.subscriptions = subscriptions
        self.feeds = feeds or FeedCommands(service)
        self._handlers: dict[str, Callable[[str, Origin], Reply]] = {
            "digest": lambda args, origin: self.digest(*parse_digest_args(args)),
            "brief": lambda args, origin: self.brief(args),
            "events": lambda args, origin: self.events(*parse_events_args(args)),
            "search": lambda args, origin: self.search(args),
            "help": lambda args, origin: self.help(),
            "feeds": lambda args, origin: self.feeds("feeds", args, origin),
        }
        for name in SUBSCRIPTION_COMMANDS:
            self._handlers[name] = partial(self.subscriptions, name)

    # The entry points adapters call. Each one answers; none raises.

    def handle_text(self, text: str, origin: Origin) -> Reply:
        """A typed line (terminal) or a direct message: a command if it names one, otherwise a lookup."""
        text = typed(text)
        parsed = split_command(text)
        if parsed is None:
            return self.lookup(text) if text.strip() else self.help()
        name, args, _ = parsed
        return self.run(name, args, origin)

    def run(self, name: str, args: str, origin: Origin) -> Reply:
        handler = self._handlers.get(name.lstrip("/").lower())
        if handler is None:
            return Reply(f"알 수 없는 명령입니다: /{quoted(name.lstrip('/'))}. `/help`로 명령 목록을 볼 수 있습니다.", problem=True)
        return self._answer(lambda: handler(typed(args), origin))

    def digest(self, topic: str | None = None, days: int | None = None) -> Reply:
        return self._answer(lambda: self._digest(typed(topic) or None, days))

    def brief(self, item_id: str) -> Reply:
        return self._answer(lambda: self._brief(typed(item_id)))

    def events(self, which: str = "upcoming", topic: str | None = None) -> Reply:
        return self._answer(lambda: self._events(which, typed(topic) or None))

    def search(self, words: str) -> Reply:
        return self._answer(lambda: self._search(typed(words)))

    def lookup(self, text: str) -> Reply:
        """A direct message: the words are a search."""
        return self.search(text)

    def help(self) -> Reply:
        return Reply("뉴스다이제스트 봇 명령 (newsdigest bot commands)", HELP)

    @staticmethod
    def _answer(compute: Callable[[], Reply]) -> Reply:
        try:
            return compute()
        except CommandError as exc:
            return Reply(str(exc), problem=True)
        except Exception as exc:  # a bug or a broken database must not reach the chat as a stack trace
            log.exception("command failed")
            return Reply(korean_failure(exc), problem=True)

    # ---- the commands -----------------------------------------------------------------------------

    def _digest(self, topic: str | None, days: int | None) -> Reply:
        if days is not None and not 1 <= days <= MAX_DAYS:
            raise CommandError(f"기간은 1일에서 {MAX_DAYS}일 사이로 주세요. 예: `/digest 7`")
        days = days or DEFAULT_DAYS
        check_words(topic)
        view = self.service.digest(since=self.service.now() - timedelta(days=days), topic=topic, limit=SHOWN_LIMIT)
        about = f" '{quoted(topic)}'" if topic else ""
        if view.stories:
            return Reply(f"최근 {days}일{about} 뉴스 다이제스트: 이야기 {view.total}건{_first(view.stories, view.total, '최신')}",
                         view)
        return Reply(self._empty_digest_advice(topic, days))

    def _empty_digest_advice(self, topic: str | None, days: int) -> str:
        """Nothing in the window: say what is stored and which command would show it."""
        stored, newest = self.service.newest(topic)   # the first story a digest over everything would show
        about = f" '{quoted(topic)}' 관련" if topic else ""
        if not stored:
            if topic:
                return (f"'{quoted(topic)}'에 해당하는 이야기가 아직 없습니다. 다른 단어로 `/search`해 보거나 "
                        f"`/digest`로 전체 다이제스트를 보세요.")
            return "아직 저장된 기사가 없습니다. 관리자가 `newsdigest ingest`로 기사를 넣으면 여기에 나타납니다."
        if newest is None:
            return (f"최근 {days}일 동안{about} 새 이야기가 없습니다. 저장된 이야기는 `/search`로 찾아볼 수 있습니다.")
        span = self._days_back_to(newest)
        # the command to type again repeats the topic, unless it is too long to quote whole
        words = topic if topic and quoted(topic) == topic else "주제" if topic else ""
        return (f"최근 {days}일 동안{about} 새 이야기가 없습니다. 저장된 가장 최근 이야기는 {newest[:10]} 기사입니다. "
                f"`/digest {words + ' ' if words else ''}{span}`로 기간을 늘리거나 `/search {words or '단어'}`로 찾아보세요.")

    def _days_back_to(self, published: str) -> int:
        """Days a `/digest N` window needs to reach back to a story published on that day (KST)."""
        today = self.service.now().astimezone(KST).date()
        try:
            day = date.fromisoformat(published[:10])
        except ValueError:
            return 30
        return min(MAX_DAYS, max(1, (today - day).days + 1))

    def _brief(self, item_id: str) -> Reply:
        key = item_id.strip()
        if not key:
            raise CommandError("id를 알려 주세요. 예: `/brief a8bfef92` (id는 `/digest`나 `/search` 결과에 있습니다)")
        if " " in key:
            raise CommandError(f"id는 한 단어입니다 ('{quoted(key)}'). 예: `/brief a8bfef92`. 단어로 찾으려면 "
                               f"`/search {quoted(key)}`")
        not_found = CommandError(f"'{quoted(key)}'에 해당하는 이야기나 기사를 찾지 못했습니다."
                                 f"{' id는 앞 4자 이상을 적어 주세요.' if len(key) < 4 else ''} "
                                 "`/digest`나 `/search`로 id를 확인하세요.")
        if len(key) > MAX_ID:   # longer than any id: nothing to look up (SQLite refuses so long a LIKE)
            raise not_found
        try:
            view = self.service.brief(key)
        except UnknownId:
            raise not_found from None
        kind = "기사" if isinstance(view, ArticleView) else "이야기"
        return Reply(f"{kind} 요약: {view.title}", view)

    def _events(self, which: str, topic: str | None) -> Reply:
        if which not in ("upcoming", "past"):
            raise CommandError(f"'{which}'는 알 수 없는 범위입니다. `/events upcoming` 또는 `/events past`로 적어 주세요.")
        check_words(topic)
        view = self.service.event_list(which, topic, limit=SHOWN_LIMIT)
        about = f" '{quoted(topic)}'" if topic else ""
        label = "다가오는" if which == "upcoming" else "지난"
        if not view.events:
            other = "past" if which == "upcoming" else "upcoming"
            return Reply(f"{label}{about} 후속 일정이 없습니다. `/events {other}`도 확인해 보세요.")
        first = _first(view.events, view.total, "가까운" if which == "upcoming" else "최근")
        return Reply(f"{label}{about} 후속 일정 {view.total}건{first}", view)

    def _search(self, words: str) -> Reply:
        words = " ".join(words.split())
        if not words:
            raise CommandError("찾을 단어를 적어 주세요. 예: `/search 오픈AI 카카오`")
        check_words(words)
        view = self.service.search(words, limit=SEARCH_LIMIT)
        if not view.stories:
            return Reply(f"'{quoted(words)}'와 일치하는 이야기가 없습니다. 단어 수를 줄이거나 다른 표기"
                         "(예: 오픈AI / OpenAI)로 찾아보세요.")
        more = f" (최신 {SEARCH_LIMIT}건)" if len(view.stories) >= SEARCH_LIMIT else ""
        return Reply(f"'{quoted(words)}' 검색 결과: 이야기 {len(view.stories)}건{more}", view)


def _first(shown: list, total: int | None, which: str) -> str:
    """The headline's note when a reply carries only the first of `total` items, e.g. ` (최신 100건)`."""
    return f" ({which} {len(shown)}건)" if total is not None and total > len(shown) else ""


COMMAND_NAMES = ("digest", "brief", "events", "search", "help", "feeds") + SUBSCRIPTION_COMMANDS
MANAGER_COMMANDS = SUBSCRIPTION_COMMANDS + ("feeds",)   # the adapter checks the user's rights for these

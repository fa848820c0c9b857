"""What every rendering has in common: a Reply cut into cards, and (for chat) cards packed into messages.

A card is one story, article, event list or help entry as raw text lines; the terminal and the CLI print a
story's card as text (`bot.render.text`), and the outlets, source labels and event lines are written here once. Each platform escapes the text
and turns a card into its own blocks or embeds; `pack` then fills messages up to that platform's limits,
keeping a card in one message when it fits, and `MAX_MESSAGES` caps how many messages one answer takes
(Slack's response_url takes five).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Sequence, TypeVar
from urllib.parse import urlsplit

from bot.protocol import HelpView, Reply
from bot.render.visible import visible_text
from digest.views import ArticleView, DigestView, EventListView, EventView, SourceRef, StoryView

T = TypeVar("T")

MAX_MESSAGES = 5

UNKNOWN_DATE = "날짜 미상"
UNKNOWN_OUTLET = "출처 미상"


# An outlet's or a reporter's name is shown at most this long: real ones are under 30 characters, but a page or
# a feed can state anything, and a name repeated on every bullet would crowd the news out of a message.
MAX_NAME = 80


def outlet_name(outlet: str | None) -> str:
    return truncate(outlet, MAX_NAME) if outlet else UNKNOWN_OUTLET


def outlets(refs: list[SourceRef]) -> str:
    """The outlets of some sources, each once, in order: `뉴스웍스, 뉴시스`."""
    return ", ".join(dict.fromkeys(outlet_name(r.outlet) for r in refs))


def source_label(ref: SourceRef) -> str:
    outlet = outlet_name(ref.outlet)
    if ref.published is None:
        return f"{outlet}, {UNKNOWN_DATE}"
    suffix = " (추정)" if ref.published_origin == "inferred" else ""
    return f"{outlet}, {ref.published}{suffix}"


def event_line(e: EventView) -> str:
    mark = {"happened": " ✓ 열림", "unconfirmed": " (확인 안 됨)", "past": " (지난 일)"}.get(e.status, "")
    return f"{e.display_date} — {e.title}{mark} [{outlets(e.sources)}]"


@dataclass
class Card:
    title: str
    meta: str = ""                                     # "id a8bfef92 · 2025-09-10 10:00"
    lines: list[str] = field(default_factory=list)     # bullets, event lines, help text
    sources: list[str] = field(default_factory=list)   # "뉴스웍스, 2025-09-10 10:00"
    events: list[str] = field(default_factory=list)    # the follow-ups the news announced
    background: list[str] = field(default_factory=list)  # earlier events the news mentioned
    notes: list[str] = field(default_factory=list)     # earlier chapters
    url: str | None = None

    def event_sections(self) -> list[tuple[str, list[str]]]:
        """("일정", follow-ups) and ("배경", earlier events), whichever are not empty."""
        return [(label, lines) for label, lines in (("일정", self.events), ("배경", self.background)) if lines]


# Characters of an address a chat shows as a link. Discord refuses an embed whose url is too long (it names no
# figure; 1,700 characters were refused) and Slack's link sits in a 3,000-character section with the headline;
# article addresses are a few hundred characters at most.
MAX_LINK = 1000
_LINK_BREAKERS = set('<>|"`')   # Slack's `<url|text>` and Discord's markdown delimiters


def link_target(url: str | None) -> str | None:
    """The address when a chat may make it a link: http or https with a host, nothing invisible, blank or
    markup-delimiting in it, at most MAX_LINK characters. Otherwise None: the address is still shown as text."""
    if not url or len(url) > MAX_LINK or visible_text(url) != url or any(c.isspace() or c in _LINK_BREAKERS for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:   # an unbalanced bracket in the host
        return None
    return url if parts.scheme in ("http", "https") and parts.hostname else None


def truncate(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: max(0, limit - 1)] + "…"


def chunk_lines(lines: Sequence[str], limit: int) -> list[str]:
    """Join lines with newlines into pieces of at most `limit` characters; an overlong line is cut."""
    chunks: list[str] = []
    current = ""
    for line in lines:
        line = truncate(line, limit)
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > limit:
            chunks.append(current)
            candidate = line
        current = candidate
    if current:
        chunks.append(current)
    return chunks


def pack(groups: Sequence[Sequence[T]], max_items: int, max_weight: int,
         weight: Callable[[T], int]) -> list[list[tuple[int, T]]]:
    """Fill messages with items (blocks, embeds), group by group. A group starts a new message when it
    would not fit in the current one; a group larger than a whole message is split across several.
    Each item comes back with its group's index, so the caller can tell which groups were shown."""
    messages: list[list[tuple[int, T]]] = []
    current: list[tuple[int, T]] = []
    used = 0
    for index, group in enumerate(groups):
        group_weight = sum(weight(i) for i in group)
        if current and (len(current) + len(group) > max_items or used + group_weight > max_weight) \
                and len(group) <= max_items and group_weight <= max_weight:
            messages.append(current)
            current, used = [], 0
        for item in group:
            w = weight(item)
            if current and (len(current) + 1 > max_items or used + w > max_weight):
                messages.append(current)
                current, used = [], 0
            current.append((index, item))
            used += w
    if current:
        messages.append(current)
    return messages


def cap_messages(messages: list[list[tuple[int, T]]], group_count: int) -> tuple[list[list[T]], int]:
    """At most MAX_MESSAGES messages; returns them and how many groups did not make it."""
    kept = messages[:MAX_MESSAGES]
    shown = max((index for message in kept for index, _ in message), default=-1) + 1
    return [[item for _, item in message] for message in kept], group_count - shown


TEXT_OMITTED = "(나머지는 길이 제한으로 생략했습니다. 번호나 주소로 하나씩 보세요.)"


def omitted_note(count: int) -> str:
    return f"외 {count}건은 길이 제한으로 생략했습니다. 기간이나 주제를 좁히거나 `/brief <id>`로 하나씩 보세요."


# ---- Reply -> cards -------------------------------------------------------------------------------

def story_card(story: StoryView) -> Card:
    return Card(
        title=story.title + (" (업데이트)" if story.updated else ""),
        meta=f"id {story.id} · {story.published or UNKNOWN_DATE}",
        lines=[f"• {b.text} ({outlets(b.sources)})" for b in story.bullets],
        sources=[source_label(r) for r in story.sources],
        events=[event_line(e) for e in story.events if e.kind != "past"],
        background=[event_line(e) for e in story.events if e.kind == "past"],
        notes=[f"이전: {p['title']} ({p.get('published') or UNKNOWN_DATE}, id {p['id']})" for p in story.earlier],
        url=next((r.url for r in story.sources if r.url), None),
    )


def article_card(a: ArticleView) -> Card:
    meta = f"id {a.id} · {outlet_name(a.outlet)} · {a.published or UNKNOWN_DATE}" + (f" · {truncate(a.reporter, MAX_NAME)} 기자" if a.reporter else "")
    return Card(title=a.title, meta=meta, lines=[f"• {b}" for b in a.bullets],
                sources=[a.url or a.source], events=[event_line(e) for e in a.events if e.kind != "past"],
                background=[event_line(e) for e in a.events if e.kind == "past"], url=a.url)


EVENT_STATUS = {"planned": "예정", "happened": "열림", "unconfirmed": "열렸는지 확인 안 됨", "undated": "날짜 미정",
                "past": "지난 일"}


def event_card(e: EventView) -> Card:
    meta = f"{EVENT_STATUS.get(e.status, e.status)}" + (f" · 이야기 id {e.story_id}" if e.story_id else "")
    return Card(title=f"{e.display_date} — {e.title}", meta=meta, lines=[f"“{e.evidence}”"] if e.evidence else [],
                sources=[source_label(r) for r in e.sources])


def reply_cards(reply: Reply) -> list[Card]:
    body = reply.body
    if isinstance(body, DigestView):
        return [story_card(s) for s in body.stories]
    if isinstance(body, StoryView):
        return [story_card(body)]
    if isinstance(body, ArticleView):
        return [article_card(body)]
    if isinstance(body, EventListView):
        return [event_card(e) for e in body.events]
    if isinstance(body, HelpView):
        cards = [Card(title=e.usage, lines=[e.korean, e.english, f"예: {e.example}"]) for e in body.entries]
        return cards + [Card(title="DM", lines=[body.direct_message_ko, body.direct_message_en])]
    return []

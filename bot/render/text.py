"""Plain-text and Markdown renderings of the view models, for the CLI and the terminal bot.

What they return is `visible_text`: a headline carrying a terminal's escape sequences cannot clear or recolour
the screen it is printed on. In Markdown the news is written to be shown literally by whatever renders it: a
headline's `<img onerror=...>`, `[link](javascript:...)` or `**` is text, not HTML, a link or emphasis.
"""

from __future__ import annotations

import re

from bot.render.cards import MAX_NAME, UNKNOWN_DATE, event_line, outlet_name, story_card, truncate
from bot.render.visible import visible_text
from digest.views import ArticleView, DigestView, EventView, StoryView

_MARKDOWN = re.compile(r"([\\`*_\[\]<>#|~!])")


def markdown_literal(text: str) -> str:
    """Text Markdown shows as written: `&` as an entity (so `&lt;b&gt;` stays those characters) and every
    character that opens emphasis, code, a link, an image, a heading, a table or HTML backslash-escaped."""
    return _MARKDOWN.sub(r"\\\1", text.replace("&", "&amp;"))


def _plain(text: str) -> str:
    return text


def render_story(story: StoryView, markdown: bool = False) -> str:
    """The story's card as text: the same title, sources, bullets, follow-ups and earlier chapters chat shows."""
    card = story_card(story)
    lit = markdown_literal if markdown else _plain
    lines = [f"## {lit(card.title)}" if markdown else f"■ {card.title}", f"  {lit(card.meta)} · " + lit("; ".join(card.sources))]
    lines += [f"{'-' if markdown else '  •'} {lit(line.removeprefix('• '))}" for line in card.lines]
    for label, group in card.event_sections():
        lines.append(f"**{label}**" if markdown else f"  {label}:")
        lines += [f"{'-' if markdown else '    ·'} {lit(line)}" for line in group]
    lines += [f"  {lit(note)}" for note in card.notes]
    return visible_text("\n".join(lines))


def render_digest(view: DigestView, markdown: bool = False) -> str:
    if not view.stories:
        what = f"'{view.topic}'에 해당하는 " if view.topic else ""
        return f"{what}기사가 없습니다."
    topic = (markdown_literal if markdown else _plain)(view.topic or "")
    head = f"뉴스 다이제스트: 이야기 {len(view.stories)}건" + (f" · 주제 '{topic}'" if topic else "")
    parts = [f"# {head}" if markdown else head]
    parts += [render_story(s, markdown) for s in view.stories]
    return visible_text("\n\n".join(parts))


def render_article(a: ArticleView, markdown: bool = False) -> str:
    lit = markdown_literal if markdown else _plain
    lines = [f"# {lit(a.title)}" if markdown else f"■ {a.title}",
             lit(f"  id {a.id} · {outlet_name(a.outlet)} · {a.published or UNKNOWN_DATE}"
                 + (f" · {truncate(a.reporter, MAX_NAME)} 기자" if a.reporter else "") + f" · {a.url or a.source}")]
    lines += [f"{'-' if markdown else '  •'} {lit(b)}" for b in a.bullets]
    if a.events:
        lines.append("  다음 일정:")
        lines += [f"    · {lit(event_line(e))}" for e in a.events]
    return visible_text("\n".join(lines))


def render_events(events: list[EventView], which: str = "upcoming", topic: str | None = None) -> str:
    label = {"upcoming": "다가오는 일정", "past": "지난 일정", "all": "전체 일정"}.get(which, "일정")
    if not events:
        return f"{label}이 없습니다." + (f" (주제 '{topic}')" if topic else "")
    lines = [f"{label} {len(events)}건" + (f" · 주제 '{topic}'" if topic else "")]
    for e in events:
        lines.append(f"  · {event_line(e)}")
        if e.story_title:
            lines.append(f"      {e.story_title} (id {e.story_id})")
    return visible_text("\n".join(lines))

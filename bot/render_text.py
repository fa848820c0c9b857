"""Plain-text and Markdown renderings of the view models, for the CLI and the terminal bot."""

from __future__ import annotations

from digest.views import ArticleView, DigestView, EventView, SourceRef, StoryView

UNKNOWN_DATE = "날짜 미상"
UNKNOWN_OUTLET = "출처 미상"


def outlet_name(outlet: str | None) -> str:
    return outlet or UNKNOWN_OUTLET


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


def render_story(story: StoryView, markdown: bool = False) -> str:
    lines = []
    head = f"{story.title}" + (" (업데이트)" if story.updated else "")
    lines.append(f"## {head}" if markdown else f"■ {head}")
    lines.append(f"  id {story.id} · {story.published or UNKNOWN_DATE} · " + "; ".join(source_label(r) for r in story.sources))
    for b in story.bullets:
        lines.append(f"{'-' if markdown else '  •'} {b.text} ({outlets(b.sources)})")
    for label, group in (("일정", [e for e in story.events if e.kind != "past"]),
                         ("배경", [e for e in story.events if e.kind == "past"])):
        if group:
            lines.append(f"**{label}**" if markdown else f"  {label}:")
            lines += [f"{'-' if markdown else '    ·'} {event_line(e)}" for e in group]
    for prev in story.earlier:
        lines.append(f"  이전: {prev['title']} ({prev.get('published') or UNKNOWN_DATE}, id {prev['id']})")
    return "\n".join(lines)


def render_digest(view: DigestView, markdown: bool = False) -> str:
    if not view.stories:
        what = f"'{view.topic}'에 해당하는 " if view.topic else ""
        return f"{what}기사가 없습니다."
    head = f"뉴스 다이제스트: 이야기 {len(view.stories)}건" + (f" · 주제 '{view.topic}'" if view.topic else "")
    parts = [f"# {head}" if markdown else head]
    parts += [render_story(s, markdown) for s in view.stories]
    return "\n\n".join(parts)


def render_article(a: ArticleView, markdown: bool = False) -> str:
    lines = [f"# {a.title}" if markdown else f"■ {a.title}",
             f"  id {a.id} · {outlet_name(a.outlet)} · {a.published or UNKNOWN_DATE}"
             + (f" · {a.reporter} 기자" if a.reporter else "") + f" · {a.url or a.source}"]
    lines += [f"{'-' if markdown else '  •'} {b}" for b in a.bullets]
    if a.events:
        lines.append("  다음 일정:")
        lines += [f"    · {event_line(e)}" for e in a.events]
    return "\n".join(lines)


def render_events(events: list[EventView], which: str = "upcoming", topic: str | None = None) -> str:
    label = {"upcoming": "다가오는 일정", "past": "지난 일정", "all": "전체 일정"}.get(which, "일정")
    if not events:
        return f"{label}이 없습니다." + (f" (주제 '{topic}')" if topic else "")
    lines = [f"{label} {len(events)}건" + (f" · 주제 '{topic}'" if topic else "")]
    for e in events:
        lines.append(f"  · {event_line(e)}")
        if e.story_title:
            lines.append(f"      {e.story_title} (id {e.story_id})")
    return "\n".join(lines)

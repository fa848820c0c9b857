"""Feeds, their entries and a poll's outcome as text lines: the same lines for `newsdigest feeds ...` and `/feeds`."""

from __future__ import annotations

from bot.render.visible import visible_text
from digest.sources.feeds.entries import EntryView, FeedPollReport, FeedView


def feed_line(f: FeedView) -> str:
    name = f"{f.title} " if f.title else ""
    topic = f"  topic: {f.topic}" if f.topic else ""
    lines = [f"{f.id:<4}{f.state:<8} {name}<{f.url}>{topic}",
             f"    last success {f.last_success or 'never'} · {f.consecutive_failures} failures in a row · "
             f"{f.ingested} of {f.entries} entries ingested · next poll {f.next_poll or 'when due'}"]
    if f.last_error:
        lines.append(f"    last error {f.last_error_at}: {f.last_error}")
    if f.paused_reason:
        lines.append(f"    {f.paused_reason}; `newsdigest feeds poll {f.id}` retries it")
    return visible_text("\n".join(lines))   # a feed's title is the feed's own words


def entry_line(e: EntryView) -> str:
    where = e.url or e.title or "?"
    if e.status in ("stored", "updated"):
        return visible_text(f"  {e.status:<9} {where} -> {e.article_id}  {e.title or ''}".rstrip())
    return visible_text(f"  {e.status:<9} {where}: {e.reason or ''}".rstrip(": "))


def report_text(r: FeedPollReport) -> str:
    head = f"feed {r.feed_id} {r.title or ''} <{r.url}>".replace("  ", " ")
    if r.outcome in ("failed", "paused"):
        return visible_text(f"{head}: {r.outcome}: {r.reason}")
    counts = ", ".join(f"{r.count(s)} {s}" for s in ("stored", "updated", "duplicate", "skipped", "error") if r.count(s))
    state = "not modified (304)" if r.outcome == "not-modified" else f"{r.new_entries} new or changed entries"
    return "\n".join([f"{head}: {state}; {counts or 'nothing to ingest'}", *(entry_line(e) for e in r.items)])

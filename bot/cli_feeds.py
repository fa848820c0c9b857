"""The `newsdigest feeds ...` subcommands and `newsdigest ingest URL`.

`feeds add URL [--topic WORDS] [--no-check]`, `feeds list`, `feeds remove ID`, `feeds poll [ID]`,
`feeds why URL`; each takes `--format text|json`. The work is in `digest.feeds`; this module parses
arguments and renders. `bot.cli` registers it with one call and hands web addresses given to `ingest` here.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from digest.feeds import (EntryView, FeedError, FeedPollReport, FeedView, UnknownFeed, add_feed, ingest_page,
                          list_feeds, poll_feeds, remove_feed, why)
from digest.pages import is_url
from digest.views import IngestReport


NO_FEEDS = "no feeds yet; add one with `newsdigest feeds add URL`"


def _cli():
    from bot import cli   # bot.cli imports this module; importing it back lazily avoids the cycle

    return cli


def _emit(obj) -> None:
    print(json.dumps(obj, ensure_ascii=False))


def ingest_arguments(service, arguments: list[str], report: IngestReport | None = None) -> IngestReport:
    """`newsdigest ingest` arguments in order: web addresses are fetched as article pages, the rest are
    files and folders. Items go into `report` as they are done, so a run the database stops keeps them."""
    report = report if report is not None else IngestReport()
    for argument in arguments:
        if is_url(argument):
            report.items.append(ingest_page(service, argument))
        else:
            service.ingest_paths([Path(argument)], report)
    return report


# ---- rendering ----------------------------------------------------------------------------------------

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
    return "\n".join(lines)


def entry_line(e: EntryView) -> str:
    where = e.url or e.title or "?"
    if e.status in ("stored", "updated"):
        return f"  {e.status:<9} {where} -> {e.article_id}  {e.title or ''}".rstrip()
    return f"  {e.status:<9} {where}: {e.reason or ''}".rstrip(": ")


def report_text(r: FeedPollReport) -> str:
    head = f"feed {r.feed_id} {r.title or ''} <{r.url}>".replace("  ", " ")
    if r.outcome in ("failed", "paused"):
        return f"{head}: {r.outcome}: {r.reason}"
    counts = ", ".join(f"{r.count(s)} {s}" for s in ("stored", "updated", "duplicate", "skipped", "error") if r.count(s))
    state = "not modified (304)" if r.outcome == "not-modified" else f"{r.new_entries} new or changed entries"
    return "\n".join([f"{head}: {state}; {counts or 'nothing to ingest'}", *(entry_line(e) for e in r.items)])


# ---- commands -----------------------------------------------------------------------------------------

def cmd_feeds_add(args) -> int:
    cli = _cli()
    try:
        view, seen, queued = add_feed(cli.open_service(args), args.url, args.topic, check=not args.no_check)
    except FeedError as exc:
        raise cli.UserError(f"cannot add {args.url}: {exc}") from None
    if args.format == "json":
        _emit({"feed": view.to_dict(), "entries": seen, "queued": queued})
    elif args.no_check:
        print(f"feed {view.id} added <{view.url}> (not checked); the first poll records its baseline")
    else:
        print(f"feed {view.id} added: {view.title or view.url}, {seen} entries; the newest {queued} will be "
              f"ingested by the next poll (`newsdigest feeds poll {view.id}`), the other {seen - queued} are kept "
              f"as baseline")
    return 0


def cmd_feeds_list(args) -> int:
    feeds = list_feeds(_cli().open_service(args))
    if args.format == "json":
        _emit({"feeds": [f.to_dict() for f in feeds]})
    elif not feeds:
        print(NO_FEEDS)
    else:
        print("\n".join(feed_line(f) for f in feeds))
    return 0


def _on_feed(args, action):
    """Run `action(service, feed_id)`; an unknown id is the user's error."""
    cli = _cli()
    try:
        return action(cli.open_service(args), args.feed_id)
    except UnknownFeed as exc:
        raise cli.UserError(f"{exc}; `newsdigest feeds list` shows the ids") from None


def cmd_feeds_remove(args) -> int:
    view = _on_feed(args, remove_feed)
    if args.format == "json":
        _emit({"removed": view.to_dict()})
    else:
        print(f"feed {view.id} removed <{view.url}>; the {view.ingested} articles it brought in stay")
    return 0


def cmd_feeds_poll(args) -> int:
    reports = _on_feed(args, poll_feeds)
    if args.format == "json":
        _emit({"feeds": [r.to_dict() for r in reports]})
    elif not reports:
        print(NO_FEEDS)
    else:
        print("\n".join(report_text(r) for r in reports))
    return 1 if any(r.outcome == "failed" for r in reports) else 0


def cmd_feeds_why(args) -> int:
    entries, feed = why(_cli().open_service(args), args.url)
    if args.format == "json":
        _emit({"url": args.url, "entries": [e.to_dict() for e in entries], "feed": feed.to_dict() if feed else None})
        return 0 if entries or feed else 1
    if feed:
        print(feed_line(feed))
    for e in entries:
        outcome = f"{e.status} as article {e.article_id}" if e.status in ("stored", "updated") else e.status
        extra = " (not announced)" if e.baseline and not e.eligible and e.status != "baseline" else ""
        print(f"feed {e.feed_id} {e.feed_title or ''}: {outcome}{extra}" + (f": {e.reason}" if e.reason else "")
              + (f" (checked {e.checked})" if e.checked else ""))
    if not entries and not feed:
        print(f"no feed entry has the address {args.url}; `newsdigest feeds poll` reads the feeds again")
        return 1
    return 0


def register_feed_commands(sub) -> None:
    """Add `feeds ...` to the `newsdigest` subcommands."""
    feeds = sub.add_parser("feeds", help="RSS/Atom feeds: add, list, remove, poll, why")
    fsub = feeds.add_subparsers(dest="feeds_command", metavar="ACTION")
    fsub.required = True
    fmt = argparse.ArgumentParser(add_help=False)
    fmt.add_argument("--format", choices=["text", "json"], default="text")

    p = fsub.add_parser("add", parents=[fmt], help="subscribe to a feed (read once to check it and record its baseline)")
    p.add_argument("url", metavar="URL")
    p.add_argument("--topic", help="only ingest entries that mention every one of these words")
    p.add_argument("--no-check", action="store_true", help="add without reading the feed now")
    p.set_defaults(func=cmd_feeds_add)

    p = fsub.add_parser("list", parents=[fmt], help="the feeds and their health")
    p.set_defaults(func=cmd_feeds_list)

    p = fsub.add_parser("remove", parents=[fmt], help="unsubscribe (stored articles stay)")
    p.add_argument("feed_id", type=int, metavar="ID")
    p.set_defaults(func=cmd_feeds_remove)

    p = fsub.add_parser("poll", parents=[fmt], help="poll now, once: one feed (even paused) or all active feeds")
    p.add_argument("feed_id", type=int, nargs="?", metavar="ID")
    p.set_defaults(func=cmd_feeds_poll)

    p = fsub.add_parser("why", parents=[fmt], help="what became of an entry (or a feed) with this address")
    p.add_argument("url", metavar="URL")
    p.set_defaults(func=cmd_feeds_why)

"""The `newsdigest feeds ...` subcommands and `newsdigest ingest URL`.

`feeds add URL [--topic WORDS] [--no-check]`, `feeds list`, `feeds remove ID`, `feeds poll [ID]`,
`feeds why URL`; each takes `--format text|json`. The work is in `digest.sources.feeds.polling`; this module parses
arguments and renders. `bot.cli` registers it with one call and hands web addresses given to `ingest` here.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Callable, TypeVar

from bot.app import open_news_service
from bot.render.feeds import feed_line, report_text
from bot.render.visible import visible_text
from digest.errors import UserError
from digest.page_ingest import ingest_page
from digest.service import NewsService
from digest.sources.feeds.parse import FeedError
from digest.sources.feeds.polling import UnknownFeed, add_feed, list_feeds, poll_feeds, remove_feed, why
from digest.sources.pages import is_url
from digest.views import IngestReport

T = TypeVar("T")
NO_FEEDS = "no feeds yet; add one with `newsdigest feeds add URL`"


def _emit(obj: object) -> None:
    print(json.dumps(obj, ensure_ascii=False))


def ingest_arguments(service: NewsService, arguments: list[str], report: IngestReport | None = None) -> IngestReport:
    """`newsdigest ingest` arguments in order: web addresses are fetched as article pages, the rest are
    files and folders. Items go into `report` as they are done, so a run the database stops keeps them."""
    report = report if report is not None else IngestReport()
    for argument in arguments:
        if is_url(argument):
            report.items.append(ingest_page(service, argument))
        else:
            service.ingest_paths([Path(argument)], report)
    return report


# ---- commands -----------------------------------------------------------------------------------------

def cmd_feeds_add(args: argparse.Namespace) -> int:
    try:
        view, seen, queued = add_feed(open_news_service(args.db, args.settings), args.url, args.topic, check=not args.no_check)
    except FeedError as exc:
        raise UserError(f"cannot add {args.url}: {exc}") from None
    if args.format == "json":
        _emit({"feed": view.to_dict(), "entries": seen, "queued": queued})
    elif args.no_check:
        print(f"feed {view.id} added <{view.url}> (not checked); the first poll records its baseline")
    else:
        print(visible_text(f"feed {view.id} added: {view.title or view.url}, {seen} entries; the newest {queued} will be "
                           f"ingested by the next poll (`newsdigest feeds poll {view.id}`), the other {seen - queued} are kept "
                           f"as baseline"))
    return 0


def cmd_feeds_list(args: argparse.Namespace) -> int:
    feeds = list_feeds(open_news_service(args.db, args.settings))
    if args.format == "json":
        _emit({"feeds": [f.to_dict() for f in feeds]})
    elif not feeds:
        print(NO_FEEDS)
    else:
        print("\n".join(feed_line(f) for f in feeds))
    return 0


def _on_feed(args: argparse.Namespace, action: Callable[[NewsService, int], T]) -> T:
    """Run `action(service, feed_id)`; an unknown id is the user's error."""
    try:
        return action(open_news_service(args.db, args.settings), args.feed_id)
    except UnknownFeed as exc:
        raise UserError(f"{exc}; `newsdigest feeds list` shows the ids") from None


def cmd_feeds_remove(args: argparse.Namespace) -> int:
    view = _on_feed(args, remove_feed)
    if args.format == "json":
        _emit({"removed": view.to_dict()})
    else:
        print(f"feed {view.id} removed <{view.url}>; the {view.ingested} articles it brought in stay")
    return 0


def cmd_feeds_poll(args: argparse.Namespace) -> int:
    reports = _on_feed(args, poll_feeds)
    if args.format == "json":
        _emit({"feeds": [r.to_dict() for r in reports]})
    elif not reports:
        print(NO_FEEDS)
    else:
        print("\n".join(report_text(r) for r in reports))
    return 1 if any(r.outcome == "failed" for r in reports) else 0


def cmd_feeds_why(args: argparse.Namespace) -> int:
    entries, feed = why(open_news_service(args.db, args.settings), args.url)
    if args.format == "json":
        _emit({"url": args.url, "entries": [e.to_dict() for e in entries], "feed": feed.to_dict() if feed else None})
        return 0 if entries or feed else 1
    if feed:
        print(feed_line(feed))
    for e in entries:
        outcome = f"{e.status} as article {e.article_id}" if e.status in ("stored", "updated") else e.status
        extra = " (not announced)" if e.baseline and not e.eligible and e.status != "baseline" else ""
        print(visible_text(f"feed {e.feed_id} {e.feed_title or ''}: {outcome}{extra}" + (f": {e.reason}" if e.reason else "")
                           + (f" (checked {e.checked})" if e.checked else "")))
    if not entries and not feed:
        print(f"no feed entry has the address {args.url}; `newsdigest feeds poll` reads the feeds again")
        return 1
    return 0


def register_feed_commands(sub: argparse._SubParsersAction) -> None:
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

"""The `newsdigest` command: ingest, digest, brief, extract (and, as they land, serve, events, feeds, db).

Errors are one sentence on stderr and a non-zero exit; `--format json` output is documented in the README.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from bot.app import open_news_service
from bot.cli.dates import register_dates_command
from bot.cli.db import register_db_commands
from bot.cli.feeds import ingest_arguments, register_feed_commands
from bot.cli.serve import register as register_serve
from bot.config import load_settings
from bot.failures import ENGLISH, first_line, storage_failure
from bot.render.cards import outlet_name
from bot.render.ics import render_ics
from bot.render.text import render_article, render_digest, render_events, render_story
from bot.render.visible import visible_text
from digest.analysis import analyse
from digest.errors import UserError
from digest.service import NewsService, UnknownId
from digest.sources.files import DEFAULT_MAX_ARTICLE_CHARS, NotAnArticle, read_source
from digest.storage.schema import SchemaError
from digest.storage.store import database_url
from digest.text.events import display_date
from digest.text.metadata import KST, parse_published
from digest.text.timex import expression_record, read_article
from digest.views import EventListView, IngestReport, StoryView


def _emit_json(obj: object) -> None:
    print(json.dumps(obj, ensure_ascii=False))


def _since(args: argparse.Namespace, now: datetime) -> datetime | None:
    if getattr(args, "days", None) is not None:
        if args.days <= 0:
            raise UserError("--days must be a positive number of days")
        return now - timedelta(days=args.days)
    if getattr(args, "since", None):
        try:
            return datetime.fromisoformat(args.since).replace(tzinfo=KST) if len(args.since) == 10 \
                else datetime.fromisoformat(args.since)
        except ValueError:
            raise UserError(f"--since: '{args.since}' is not a date (YYYY-MM-DD)") from None
    return None


def open_service(args: argparse.Namespace) -> NewsService:
    return open_news_service(args.db, args.settings)


def cmd_ingest(args: argparse.Namespace) -> int:
    service = open_service(args)
    report = IngestReport()
    try:
        ingest_arguments(service, args.paths, report)  # web addresses are read as article pages
    except Exception:
        # the run stops (the database failed): still say what was stored before, then the error
        print_ingest_report(report, service, args.format, stopped=True)
        raise
    print_ingest_report(report, service, args.format)
    return 0 if report.count("skipped") == 0 else 1


def print_ingest_report(report: IngestReport, service: NewsService, fmt: str, stopped: bool = False) -> None:
    if fmt == "json":
        _emit_json(dict(report.to_dict(), stopped=True) if stopped else report.to_dict())
    else:
        for item in report.items:
            if item.status == "skipped":
                print(f"skipped   {item.source}: {item.reason}")
            else:
                print(visible_text(f"{item.status:<9} {item.source} -> {item.article_id}  {item.title}"))
        print(f"{report.count('stored')} stored, {report.count('updated')} updated, "
              f"{report.count('duplicate')} already stored, {report.count('skipped')} skipped "
              f"{'before the run stopped ' if stopped else ''}(database: {service.store.location})")


def cmd_digest(args: argparse.Namespace) -> int:
    service = open_service(args)
    view = service.digest(since=_since(args, service.now()), topic=args.topic)
    if args.format == "json":
        _emit_json(view.to_dict())
    else:
        print(render_digest(view, markdown=args.format == "markdown"))
    return 0


def cmd_brief(args: argparse.Namespace) -> int:
    """A story by the `s…` id `digest` prints, or an article by its id, like the chat's `/brief`."""
    try:
        view = open_service(args).brief(args.item_id)
    except UnknownId as exc:
        raise UserError(f"{exc}; `newsdigest digest` prints story ids, `newsdigest ingest` article ids") from None
    if args.format == "json":
        _emit_json(view.to_dict())
    elif isinstance(view, StoryView):
        print(render_story(view, markdown=args.format == "markdown"))
    else:
        print(render_article(view, markdown=args.format == "markdown"))
    return 0


def cmd_events(args: argparse.Namespace) -> int:
    service = open_service(args)
    events = service.events(args.which, args.topic)
    if args.format == "json":
        _emit_json(EventListView(events, args.which, args.topic).to_dict())
    elif args.format == "ics":
        sys.stdout.write(render_ics(events, service.now()))
    else:
        print(render_events(events, args.which, args.topic))
    return 0


def extract_record(path: Path, published: str | None, bullets: int | None,
                   max_chars: int = DEFAULT_MAX_ARTICLE_CHARS) -> dict:
    src = read_source(path, limit=max_chars)
    pub = parse_published(published, "argument") if published else None
    a = analyse(src, bullets=bullets, published=pub, max_chars=max_chars)
    return {
        "file": str(path),
        "title": a.title,
        "title_origin": a.title_origin,
        "outlet": a.outlet,
        "reporter": a.reporter,
        "published": a.published.display() if a.published else None,
        "published_origin": a.published.origin if a.published else None,
        "bullets": [{"text": b.text, "sentence": b.index, "score": b.score} for b in a.bullets],
        "sentences": len(a.sentences),
        "encoding": a.encoding,
        "removed": [{"text": t, "reason": r} for t, r in a.removed],
        "events": [{"title": e.title, "date": display_date(e.start, e.precision), "precision": e.precision,
                    "part_of_day": e.part_of_day, "kind": e.kind, "evidence": e.evidence, "found_by": e.found_by}
                   for e in a.events if not e.on_publication_day],
        # every date expression read, per sentence, each with what the sentences before it told (none without a
        # publication date to resolve against)
        "dates": [expression_record(e, s.index) for s, exprs in zip(a.sentences, read_article(
            [s.text for s in a.sentences], a.published.when)) for e in exprs] if a.published else [],
    }


def cmd_extract(args: argparse.Namespace) -> int:
    if args.bullets is not None and args.bullets < 1:
        raise UserError("--bullets must be at least 1")
    status = 0
    for name in args.files:
        path = Path(name)
        try:
            record = extract_record(path, args.published, args.bullets, args.settings.policies.max_article_chars)
        except NotAnArticle as exc:
            print(f"newsdigest: {path}: {exc}", file=sys.stderr)
            status = 1
            continue
        except ValueError as exc:
            raise UserError(str(exc)) from None
        if args.format == "json":
            _emit_json(record)
        else:
            print(visible_text(f"■ {record['title']}\n  {path} · {outlet_name(record['outlet'])} · "
                               f"{record['published'] or '날짜 미상'}"))
            print(visible_text("\n".join(f"  • {b['text']}" for b in record["bullets"])))
    return status


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsdigest", description="Korean news digests with sources and a follow-up event calendar.")
    parser.add_argument("--db", help="database path or URL (default: $NEWSDIGEST_DATABASE_URL, else the "
                        "configuration file's [database] url, else ./newsdigest.db)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    formats = ["text", "markdown", "json"]

    p = sub.add_parser("ingest", help="analyse and store article files, folders or web pages")
    p.add_argument("paths", nargs="+", metavar="PATH_OR_URL")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("digest", help="the stored stories, newest first")
    window = p.add_mutually_exclusive_group()
    window.add_argument("--days", type=int, help="only the last N days (default: everything stored)")
    window.add_argument("--since", help="only since this date (YYYY-MM-DD, KST)")
    p.add_argument("--topic", help="only stories with these words")
    p.add_argument("--format", choices=formats, default="text")
    p.set_defaults(func=cmd_digest)

    p = sub.add_parser("brief", help="one story (s… id) or article: bullets, sources, follow-ups")
    p.add_argument("item_id", metavar="ID")
    p.add_argument("--format", choices=formats, default="text")
    p.set_defaults(func=cmd_brief)

    p = sub.add_parser("events", help="the follow-up event calendar")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--upcoming", dest="which", action="store_const", const="upcoming", help="planned and undated (default)")
    which.add_argument("--past", dest="which", action="store_const", const="past", help="happened, unconfirmed and background")
    which.add_argument("--all", dest="which", action="store_const", const="all")
    p.set_defaults(which="upcoming")
    p.add_argument("--topic", help="only events with these words")
    p.add_argument("--format", choices=["text", "json", "ics"], default="text")
    p.set_defaults(func=cmd_events)

    p = sub.add_parser("extract", help="analyse files without storing them")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--published", help="publication date to assume (YYYY-MM-DD or YYYY-MM-DD HH:MM, KST)")
    p.add_argument("--bullets", type=int, help="exactly N bullets when the article has that many usable sentences")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(func=cmd_extract)

    register_dates_command(sub)
    register_serve(sub)
    register_feed_commands(sub)
    register_db_commands(sub)
    return parser


def _hide_password(url: str) -> str:
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True) if "://" in url else url
    except Exception:
        return "?"


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        args.settings = load_settings()   # the environment and the file, read and checked once
        args.db = args.db or args.settings.database_url
        return args.func(args)
    except (UserError, SchemaError) as exc:   # SchemaError: an older database; says what to run
        print(f"newsdigest: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # the reader stopped reading (`| head`): nothing failed here. Silent, with SIGPIPE's status as a Unix
        # tool would end, and stdout pointed at nothing so that flushing it at exit raises no second error.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except (DBAPIError, OSError) as exc:
        failure = storage_failure(exc)
        if failure is None and not isinstance(exc, OSError):
            raise
        where = database_url(getattr(args, "db", None))
        reason = ENGLISH[failure] if failure else "the system refused"
        print(f"newsdigest: {reason} ({first_line(exc)}; database: {_hide_password(where)})", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())

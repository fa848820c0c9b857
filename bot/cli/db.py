"""`newsdigest db upgrade|current|backup PATH`: the database's schema version, and SQLite backups.

These commands open the database without `Store`, which refuses a schema older than the code: upgrading
such a database is their point.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from digest.storage.schema import SchemaError, current_revision, head_revision, upgrade
from digest.storage.store import create_private_file, database_url


def _engine(args: argparse.Namespace) -> Engine:
    url = database_url(args.db)
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            create_private_file(Path(path))
    return create_engine(url)


def _fail(message: str) -> int:
    print(f"newsdigest: {message}", file=sys.stderr)
    return 2


def cmd_upgrade(args: argparse.Namespace) -> int:
    engine = _engine(args)
    try:
        before, after = upgrade(engine, args.revision)
    except (SchemaError, SQLAlchemyError) as exc:
        return _fail(f"db upgrade: {exc}")
    finally:
        engine.dispose()
    if before == after:
        print(f"the database schema is already at {after or 'empty'} (newest: {head_revision()})")
    else:
        print(f"upgraded the database schema from {before or 'empty'} to {after}")
    return 0


def cmd_current(args: argparse.Namespace) -> int:
    engine = _engine(args)
    try:
        with engine.connect() as conn:
            current = current_revision(conn)
    except SQLAlchemyError as exc:
        return _fail(f"db current: cannot read the database: {exc}")
    finally:
        engine.dispose()
    head = head_revision()
    state = "up to date" if current == head else "run `newsdigest db upgrade`"
    print(f"database: {current or 'empty'}\nthis version needs: {head} ({state})")
    return 0


def backup_sqlite(source: str, dest: Path) -> None:
    """A consistent copy while the bot runs: SQLite's online backup API copies a snapshot page by page,
    and includes what is still in the write-ahead log."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".partial")
    partial.unlink(missing_ok=True)
    create_private_file(partial)   # the copy holds what the database holds
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=30)
    try:
        out = sqlite3.connect(partial)
        try:
            src.backup(out, pages=1024)
        finally:
            out.close()
    finally:
        src.close()
    partial.replace(dest)


def cmd_backup(args: argparse.Namespace) -> int:
    url = make_url(database_url(args.db))
    if url.get_backend_name() != "sqlite":
        return _fail("db backup copies SQLite databases; for PostgreSQL use pg_dump "
                     f"(e.g. pg_dump -Fc -f {args.path} DATABASE)")
    source = url.database or ""
    if not source or source == ":memory:" or not Path(source).is_file():
        return _fail(f"db backup: no SQLite database at {source or '(memory)'}")
    dest = Path(args.path)
    if dest.resolve() == Path(source).resolve():
        return _fail("db backup: the backup path is the database itself")
    try:
        backup_sqlite(source, dest)
    except sqlite3.Error as exc:
        return _fail(f"db backup: {exc}")
    print(f"backed up {source} to {dest} ({dest.stat().st_size} bytes)")
    return 0


def register_db_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("db", help="database schema migrations and backups")
    db = p.add_subparsers(dest="db_command", metavar="ACTION")
    db.required = True
    u = db.add_parser("upgrade", help="apply the schema migrations (creates an empty database)")
    u.add_argument("revision", nargs="?", default="head", help=argparse.SUPPRESS)
    u.set_defaults(func=cmd_upgrade)
    db.add_parser("current", help="the database's schema version and the one this version needs").set_defaults(func=cmd_current)
    b = db.add_parser("backup", help="copy a SQLite database consistently, even while the bot runs")
    b.add_argument("path", metavar="PATH")
    b.set_defaults(func=cmd_backup)

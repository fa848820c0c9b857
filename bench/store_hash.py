"""Every table of a store hashed row by row, so a change meant to store the same rows can show it does.

    .venv/bin/python -m bench.store_hash --sqlite FILE
    .venv/bin/python -m bench.store_hash --pg-url postgresql+psycopg://postgres@127.0.0.1:5432/NAME

Prints one line a table, sorted by name: the table, its row count and the sha256 of its rows, each row the `repr`
of its values as the driver returns them, in primary-key order (every column, then the rowid where SQLite
keeps one apart from the key: the order rows were inserted in shows too). A table without a primary key is
ordered by its rowid on SQLite (the FTS5 text index and its shadow tables among them), by all its columns on
PostgreSQL. The schema version (`alembic_version`) is left out: a store copied from an older one is stamped
anew. Run it on the store the code before wrote and on the one the code after wrote, from the same starting
store and the same ingest, and compare the two outputs (`diff`); the hashes of one database are not
comparable with the other's (each driver returns its own types).
"""

from __future__ import annotations

import argparse
import hashlib
import sqlite3
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

SKIPPED = {"alembic_version"}


def digest_rows(rows: Iterable[tuple[Any, ...]]) -> tuple[int, str]:
    """How many rows, and the sha256 of their reprs, a line each."""
    h = hashlib.sha256()
    count = 0
    for row in rows:
        h.update(repr(tuple(row)).encode("utf-8"))
        h.update(b"\n")
        count += 1
    return count, h.hexdigest()


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def sqlite_tables(path: Path) -> Iterator[tuple[str, int, str]]:
    """(table, rows, sha256) for every table of a SQLite file, by name."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                            "AND name NOT LIKE 'sqlite_%' ORDER BY name") if n not in SKIPPED]
        for name in names:
            table = _quoted(name)
            info = conn.execute(f"PRAGMA table_info({table})").fetchall()
            key = [row[1] for row in sorted((r for r in info if r[5]), key=lambda r: r[5])]
            try:   # a table with a rowid (not WITHOUT ROWID): kept, unless it is the integer primary key itself
                conn.execute(f"SELECT rowid FROM {table} LIMIT 0")
                rowid = True
            except sqlite3.OperationalError:
                rowid = False
            integer_key = len(key) == 1 and next(r[2] for r in info if r[1] == key[0]).upper() == "INTEGER"
            columns = ", ".join(["*"] + (["rowid"] if rowid and not integer_key else []))
            order = ", ".join(map(_quoted, key)) if key else ("rowid" if rowid else ", ".join(_quoted(r[1]) for r in info))
            yield (name, *digest_rows(conn.execute(f"SELECT {columns} FROM {table} ORDER BY {order}")))
    finally:
        conn.close()


def pg_tables(url: str) -> Iterator[tuple[str, int, str]]:
    """(table, rows, sha256) for every table of the public schema of a PostgreSQL database, by name."""
    import psycopg
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    with psycopg.connect(host=parsed.host, port=parsed.port, user=parsed.username, password=parsed.password,
                         dbname=parsed.database) as conn:
        names = [n for (n,) in conn.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                                            "'public' AND table_type = 'BASE TABLE' ORDER BY table_name")
                 if n not in SKIPPED]
        for name in names:
            key = [c for (c,) in conn.execute(
                "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
                "AND a.attnum = ANY(i.indkey) WHERE i.indrelid = %s::regclass AND i.indisprimary "
                "ORDER BY array_position(i.indkey, a.attnum)", (f"public.{_quoted(name)}",))]
            if not key:
                key = [c for (c,) in conn.execute("SELECT column_name FROM information_schema.columns WHERE table_schema "
                                                  "= 'public' AND table_name = %s ORDER BY ordinal_position", (name,))]
            order = ", ".join(f'{_quoted(c)} COLLATE "C"' if _is_text(conn, name, c) else _quoted(c) for c in key)
            with conn.cursor(name=f"hash_{name}") as cur:   # server-side: a large table is streamed
                cur.itersize = 5000
                cur.execute(f"SELECT * FROM public.{_quoted(name)} ORDER BY {order}")
                yield (name, *digest_rows(cur))


def _is_text(conn: Any, table: str, column: str) -> bool:
    found = conn.execute("SELECT data_type FROM information_schema.columns WHERE table_schema = 'public' AND table_name = %s "
                         "AND column_name = %s", (table, column)).fetchone()
    return found is not None and found[0] in ("text", "character varying", "character")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--sqlite", type=Path, help="a SQLite store's file")
    which.add_argument("--pg-url", help="a PostgreSQL store's URL (SQLAlchemy's form, postgresql+psycopg://...)")
    args = parser.parse_args(argv)
    if args.sqlite is not None and not args.sqlite.exists():
        parser.error(f"no such file: {args.sqlite}")
    tables = sqlite_tables(args.sqlite) if args.sqlite is not None else pg_tables(args.pg_url)
    for name, count, sha in tables:
        print(f"{name} {count} {sha}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The database connection: SQLite or PostgreSQL, the schema in place, and the queries the service shares.

SQLite is the embedded default (a file the user can see: `newsdigest.db`, or `--db` /
`NEWSDIGEST_DATABASE_URL`); the same models run on PostgreSQL. Everything computed at ingest (sentences
with their content words, bullets) is stored, so reading a digest never calls Kiwi.

The tables are in `digest.storage.models`; times are stored as naive UTC.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import overload

from sqlalchemy import (
    ColumnElement,
    Insert,
    SQLColumnExpression,
    and_,
    bindparam,
    create_engine,
    event,
    insert,
    or_,
    select,
)
from sqlalchemy.engine import Connection
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.orm import Session, SessionTransaction, make_transient_to_detached, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry
from sqlalchemy.sql.schema import ScalarElementColumnDefault

from digest.storage import deferred, driver
from digest.storage.models import ArticleRow, Base

DEFAULT_DB = "newsdigest.db"


def database_url(db: str | None = None) -> str:
    """The database's URL: `db` (the configured path or URL), else ./newsdigest.db. A bare path means SQLite."""
    value = db or DEFAULT_DB
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser()}"


# Both answer None only for None (a NULL column): the overloads let a caller holding a time keep a datetime.
@overload
def utc_naive(when: datetime) -> datetime: ...


@overload
def utc_naive(when: datetime | None) -> datetime | None: ...


def utc_naive(when: datetime | None) -> datetime | None:
    if when is None:
        return None
    return when.astimezone(timezone.utc).replace(tzinfo=None) if when.tzinfo else when


@overload
def as_utc(when: datetime) -> datetime: ...


@overload
def as_utc(when: datetime | None) -> datetime | None: ...


def as_utc(when: datetime | None) -> datetime | None:
    return when.replace(tzinfo=timezone.utc) if when is not None and when.tzinfo is None else when


def id_starting(column: SQLColumnExpression[str], key: str) -> ColumnElement[bool]:
    """The ids starting with `key` (a unique prefix names an article or a story, like git), as a range of the
    primary key's index: `LIKE 'key%'` alone reads every id on SQLite, whose index is not case-insensitive as
    its LIKE is, so a prefix nothing has took 0.2 s at 100,000 stories. The LIKE stays, the exact test."""
    after = key[:-1] + chr(ord(key[-1]) + 1) if key else None
    bounded = [column >= key] + ([column < after] if after else [])
    return and_(*bounded, column.startswith(key, autoescape=True))


class Store:
    """A database connection with the schema in place."""

    def __init__(self, url: str):
        self.url = url
        kwargs = {}
        if url.startswith("sqlite"):
            path = url.split("///", 1)[-1]
            if path and path != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
                create_private_file(Path(path))
            kwargs["connect_args"] = {"check_same_thread": False, "timeout": 30}
        self.engine = create_engine(url, **kwargs)
        if url.startswith("sqlite"):
            event.listen(self.engine, "connect", _sqlite_pragmas)
        elif self.engine.dialect.name == "postgresql":
            # Rows inserted together go as multi-row INSERT ... VALUES statements, as SQLAlchemy already does when it
            # reads ids back, rather than psycopg's executemany, which sends and executes a statement a row (an
            # article's ~45 key terms, its sentences and bullets: about 85 executions an article on the server).
            self.engine.dialect.use_insertmanyvalues_wo_returning = True
            event.listen(self.engine, "connect", _postgres_read_ahead)
        from digest.storage.schema import ensure_schema
        try:
            ensure_schema(self.engine)   # an empty database is created current; an older one is refused
        except Exception:
            self.engine.dispose()
            raise
        self.session = sessionmaker(self.engine, expire_on_commit=False)
        deferred.watch(self.session)
        # Sessions that store articles: on PostgreSQL their transactions plan each statement for its values
        self.ingest_session = sessionmaker(self.engine, expire_on_commit=False)
        deferred.watch(self.ingest_session)
        if self.engine.dialect.name == "postgresql":
            event.listen(self.ingest_session, "after_begin", _plan_for_values)

    @property
    def location(self) -> str:
        """What to show a user: the file path for SQLite, the URL without password otherwise."""
        if self.url.startswith("sqlite"):
            return self.url.split("///", 1)[-1]
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()

    def find_duplicate(self, s: Session, content_hash: str, url: str | None) -> ArticleRow | None:
        row = s.scalar(select(ArticleRow).where(ArticleRow.content_hash == content_hash))
        if row is None and url:
            row = s.scalar(select(ArticleRow).where(ArticleRow.url == url))
        return row


def insert_rows(s: Session, rows: Sequence[Base]) -> None:
    """Insert new objects' rows, all of one table, in order, by one statement (the INSERT a flush would send, straight
    to the driver) after flushing what else the session holds, and make the objects the session's as if read: a
    flush cost several times the statement. Objects added to the session and not yet flushed are taken out of it first, so
    the flush leaves them to this. (Only for tables whose columns have no server-side or callable default.)"""
    if not rows:
        return
    for row in rows:
        if row in s:
            s.expunge(row)
    table = Base.metadata.tables[rows[0].__tablename__]
    values = []
    for row in rows:
        for c in table.columns:   # a column left unset gets what the flush would store: its default, else NULL
            if c.key not in row.__dict__:
                setattr(row, c.key, c.default.arg if isinstance(c.default, ScalarElementColumnDefault) else None)
        values.append({c.key: row.__dict__[c.key] for c in table.columns})
    driver.execute(s, _INSERTS.setdefault(table.name, insert(table)), values)
    for row in rows:
        make_transient_to_detached(row)
        s.add(row)


_INSERTS: dict[str, Insert] = {}


def duplicate_and_taken(s: Session, content_hash: str, url: str | None, ids: list[str]) -> tuple[ArticleRow | None, set[str]]:
    """`Store.find_duplicate`, and which of `ids` articles have, in one statement (ingest asks both of every article).
    Plain columns straight to the driver (`driver`), the statement built once: almost always nothing matches, and
    building the ORM's expression and objects cost more than running it. A duplicate found is read as its row."""
    rows = driver.execute(s, _DUPLICATE_AND_TAKEN, {"hash": content_hash, "url": url or None, "ids": ids})
    found = next((r for r in rows if r.content_hash == content_hash), None) or \
        next((r for r in rows if url and r.url == url), None)
    return (s.get_one(ArticleRow, found.id) if found is not None else None), {r.id for r in rows}


_ARTICLES = ArticleRow.metadata.tables[ArticleRow.__tablename__].c
# a NULL url (an article without one) equals no row, as leaving its test out did
_DUPLICATE_AND_TAKEN = select(_ARTICLES.id, _ARTICLES.content_hash, _ARTICLES.url).where(or_(
    _ARTICLES.content_hash == bindparam("hash"), _ARTICLES.id.in_(bindparam("ids", expanding=True)),
    _ARTICLES.url == bindparam("url", type_=_ARTICLES.url.type)))


def create_private_file(path: Path) -> None:
    """A new SQLite file is readable by its owner only (0600): it holds who subscribed what, and SQLite makes
    its -wal and -shm files with the database's own mode. An existing file keeps the mode it has."""
    if "?" in str(path) or str(path).startswith("file:"):
        return
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except FileExistsError:
        pass


def _plan_for_values(_session: Session, _transaction: SessionTransaction, connection: Connection) -> None:
    # psycopg prepares a statement on the server once it has run five times, and PostgreSQL then plans it once for
    # any values (a generic plan) when that looks no costlier than planning each: ingest's key-term counts and
    # nearby plans run with the same text for every article, and their generic plans (made without the terms and
    # windows, or while `article_terms` still looked empty) read far more than plans made for the values: at
    # 100,000 stored ingest's statements took 20.8 ms an article against 12.0 (bench.scale's 100 articles; into an
    # empty store 37.7 against 15.8, the key-term counts alone 15 ms). Prepared, they are still not parsed again.
    # Only ingest's transactions: chat queries, planned for their values every time too, were 0.2-4.7 ms slower.
    connection.exec_driver_sql("SET LOCAL plan_cache_mode = force_custom_plan")


# Pages a PostgreSQL bitmap scan asks the kernel for ahead of reading them (`effective_io_concurrency`; the server's
# default is 1). A lookup's bitmap scans read thousands of scattered heap pages (`오픈AI 카카오` at 100,000 stories:
# 2,223 articles' rows for their stories and 2,223 documents of the text index); with the store cold off disk one at
# a time took 0.4-0.6 s each, asked ahead 0.06-0.15 s (EXPLAIN ANALYZE after a restart and the data directory
# dropped from the page cache). The same pages are read, not more.
READ_AHEAD = 64


def _postgres_read_ahead(dbapi_conn: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
    cur = dbapi_conn.cursor()
    try:
        cur.execute(f"SET effective_io_concurrency = {READ_AHEAD}")
        dbapi_conn.commit()    # a SET inside a transaction rolled back (the pool's reset) would be undone
    except Exception:          # a server built without posix_fadvise accepts only 0: it reads as before
        dbapi_conn.rollback()
    finally:
        cur.close()


def _sqlite_pragmas(dbapi_conn: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    # In WAL mode NORMAL syncs at checkpoints, not at every commit: the database stays consistent whatever
    # happens, and a crash of the bot loses nothing; a power cut may lose the last commits (articles a poll
    # fetches again). FULL would wait on the disk at every article.
    cur.execute("PRAGMA synchronous=NORMAL")
    # A page cache of up to 32 MiB a connection (SQLite's default is 2 MiB), filled only as pages are read. An
    # article adds an entry to the key-term index under each of its ~30 terms, each in a leaf of its own once
    # the index is large, so a batch's transaction dirties ~45 index pages an article: at 100,000 stored the
    # default cache spilled them to the WAL before the commit and read them back, and re-read the index's
    # upper levels from the file: 81,000 reads and 43,000 writes (system calls) per 100 articles, against
    # 27,000 and 31,000 with 32 MiB (strace, bench.scale's batches of 20); its peak memory +23 MB.
    cur.execute("PRAGMA cache_size=-32768")
    cur.close()

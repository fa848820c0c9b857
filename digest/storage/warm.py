"""Warming a started bot's store: the indexes chat queries read, read through once on a thread of their own.

A fresh bot's first lookup on a store whose files are not in the operating system's page cache (after a reboot, a
server restart, or once other work pushed them out) reads its pages off the disk one at a time: the two-word lookup
at 100,000 stories reads about 9,500 scattered pages (the text index's lists and documents, the articles it names),
1.1 s on SQLite and 2.5 s on PostgreSQL, where the same query takes 35-45 ms once they are cached. Read in key order
the same structures come off the disk in long runs that the kernel reads ahead, and the bot loads Kiwi for about
3 s at start anyway. So `newsdigest serve` starts `warm_in_background` as it opens the store: it never blocks the
start (a daemon thread), never changes an answer (it only reads), and a failure in it is logged and forgotten.

What it reads, most used first (`HOT`): the indexes every chat query walks (articles by id, the recency index,
stories, the calendar's), then the text index lookups ask (its lists, then its documents), then the articles' rows
(profiles) the lookups read. On SQLite each is a count over that one b-tree on a connection of its own with a small
page cache (1 MiB): the pages land in the kernel's page cache, shared with the bot's connections, not in this
process's memory. On PostgreSQL the server reads them (into its own cache and the kernel's): with the `pg_prewarm`
extension installed in the database, every relation and index whole; without it the tables alone, by a count
that scans them (a GIN index cannot be read whole through SQL).
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import text

from digest.storage.search import TABLE as SEARCH_TABLE
from digest.storage.search import WORDS_INDEX

if TYPE_CHECKING:
    from digest.storage.store import Store

log = logging.getLogger(__name__)

# SQLite: (what, a statement that reads that b-tree whole and nothing else), most used first. Each count names its
# index and a condition every row meets, so the planner walks that index alone (a bare count(*) walks whichever
# index is smallest).
SQLITE_HOT = [
    ("articles by id", "SELECT count(*) FROM articles INDEXED BY sqlite_autoindex_articles_1 WHERE id >= ''"),
    ("articles by story", "SELECT count(*) FROM articles INDEXED BY ix_articles_story_id WHERE story_id >= ''"),
    ("recency index", "SELECT count(*) FROM articles INDEXED BY ix_articles_recency "
                      "WHERE coalesce(published_at, ingested_at) >= ''"),
    ("stories by id", "SELECT count(*) FROM stories INDEXED BY sqlite_autoindex_stories_1 WHERE id >= ''"),
    ("calendar", "SELECT count(*) FROM events INDEXED BY ix_events_listed WHERE (start IS NULL) >= 0"),
    ("calendar ends", "SELECT count(*) FROM events INDEXED BY ix_events_until "
                      "WHERE coalesce(\"end\", start) >= '' OR coalesce(\"end\", start) IS NULL"),
    ("events", "SELECT count(*) FROM events NOT INDEXED"),
    ("event sources", "SELECT count(*) FROM event_sources NOT INDEXED"),
    ("text index", f"SELECT count(*) FROM {SEARCH_TABLE}_idx NOT INDEXED"),
    ("articles", "SELECT count(substr(profile, 1, 1)) FROM articles NOT INDEXED"),   # a long profile's overflow too
    ("text index documents", f"SELECT count(substr(c1, 1, 1)) FROM {SEARCH_TABLE}_content NOT INDEXED"),
    ("text index lists", f"SELECT count(substr(block, 1, 1)) FROM {SEARCH_TABLE}_data NOT INDEXED"),
]
# PostgreSQL: relations (tables and indexes), most used first.
POSTGRES_HOT = [
    "articles_pkey", "ix_articles_story_id", "ix_articles_recency", "stories_pkey", "ix_events_listed",
    "ix_events_until", "events", "event_sources", WORDS_INDEX, f"{SEARCH_TABLE}_pkey", "articles",
    f"ix_{SEARCH_TABLE}_body", SEARCH_TABLE,
]
SQLITE_CACHE_KIB = 1024      # the warming connection's own page cache: what it reads goes to the kernel's


@dataclass
class Warming:
    """A warming under way: what it has read so far (names and seconds), whether it has ended, and how."""
    started: float = field(default_factory=time.perf_counter)
    read: list[tuple[str, float]] = field(default_factory=list)
    error: str | None = None
    done: threading.Event = field(default_factory=threading.Event)
    seconds: float | None = None

    def finished_s(self, timeout: float | None = None) -> float | None:
        """Seconds the warming took, waiting up to `timeout` for it to end (None: it has not ended)."""
        self.done.wait(timeout)
        return None if self.seconds is None else round(self.seconds, 2)


def warm(store: Store, warming: Warming | None = None) -> Warming:
    """Read the store's hot structures (`SQLITE_HOT`, `POSTGRES_HOT`) once, in order; never raises."""
    warming = warming or Warming()
    try:
        if store.engine.dialect.name == "sqlite":
            _warm_sqlite(store.location, warming)
        else:
            _warm_postgres(store, warming)
    except Exception as exc:  # noqa: BLE001  warming only saves time: the bot answers without it
        warming.error = f"{type(exc).__name__}: {exc}"
        log.warning("warming the store stopped: %s", warming.error)
    finally:
        warming.seconds = time.perf_counter() - warming.started
        warming.done.set()
    return warming


def warm_in_background(store: Store) -> Warming:
    """`warm` on a daemon thread, started now; the caller goes on at once."""
    warming = Warming()
    threading.Thread(target=warm, args=(store, warming), name="newsdigest-store-warming", daemon=True).start()
    return warming


def _warm_sqlite(path: str, warming: Warming) -> None:
    import sqlite3

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    try:
        conn.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
        present = {name for name, in conn.execute("SELECT name FROM sqlite_master")}
        for what, statement in SQLITE_HOT:
            named = _named(statement)
            if not named <= present:      # a store at an older revision: what it has
                continue
            t = time.perf_counter()
            conn.execute(statement).fetchall()
            warming.read.append((what, time.perf_counter() - t))
    finally:
        conn.close()


def _named(statement: str) -> set[str]:
    """The tables and indexes a `SQLITE_HOT` statement names."""
    words = statement.replace("(", " ").split()
    return {words[i + 1] for i, w in enumerate(words[:-1]) if w in ("FROM", "BY")}


def _warm_postgres(store: Store, warming: Warming) -> None:
    with store.engine.connect() as conn:
        prewarm = conn.scalar(text("SELECT 1 FROM pg_extension WHERE extname = 'pg_prewarm'")) is not None
        present = set(conn.scalars(text("SELECT relname FROM pg_class WHERE relnamespace = current_schema()::regnamespace "
                                         "AND relname = ANY(:names)"), {"names": POSTGRES_HOT}))
        tables = set(conn.scalars(text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")))
        for name in POSTGRES_HOT:
            if name not in present or (not prewarm and name not in tables):
                continue
            t = time.perf_counter()
            if prewarm:
                conn.execute(text("SELECT pg_prewarm(CAST(:name AS regclass), 'read')"), {"name": name})
            else:
                conn.execute(text(f'SELECT count(*) FROM "{name}"'))
            conn.rollback()
            warming.read.append((name, time.perf_counter() - t))

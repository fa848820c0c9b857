"""Warming a started bot's store (`digest.storage.warm`): on a real SQLite file and a real PostgreSQL, it reads the
structures it names, and a failure in it is logged, never raised, and the bot answers as before."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from datetime import datetime
from pathlib import Path

from sqlalchemy import text

from bench import page_cache
from bench.copies import corpus
from digest.service import NewsService
from digest.sources.files import SourceText
from digest.storage import warm
from digest.storage.store import Store
from digest.text.metadata import KST
from tests.postgres import backend_url  # noqa: F401  (fixture)

NOW = datetime(2025, 9, 10, 18, 0, tzinfo=KST)


def ingested(url: str, count: int = 30) -> NewsService:
    """The seeds and real evaluation articles (`bench.copies.corpus`), ingested."""
    service = NewsService(Store(url), now=lambda: NOW)
    for name, body, meta in corpus(count):
        service.ingest_source(SourceText(name, body, "utf-8", meta))
    return service


def owners(path: Path) -> dict[int, str]:
    """The b-tree (table or index) of each page of a SQLite file (`dbstat`, which reads every page: ask first)."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return dict(conn.execute("SELECT pageno, name FROM dbstat").fetchall())


def resident_by_btree(path: Path, owner: dict[int, str]) -> dict[str, tuple[int, int]]:
    """(pages in the page cache, pages) of each table and index of a SQLite file."""
    import ctypes
    import mmap
    import os

    size = path.stat().st_size
    pages = size // mmap.PAGESIZE
    fd = os.open(path, os.O_RDONLY)
    libc = page_cache._libc
    addr = libc.mmap(None, size, mmap.PROT_READ, mmap.MAP_SHARED, fd, 0)
    vec = (ctypes.c_ubyte * pages)()
    libc.mincore(addr, size, vec)
    libc.munmap(addr, size)
    os.close(fd)
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    per_page = 4096 // mmap.PAGESIZE or 1
    for pageno, name in owner.items():      # SQLite's pages are 4 KiB, numbered from 1
        counts[name][1] += 1
        counts[name][0] += bool(vec[(pageno - 1) * per_page] & 1)
    return {name: (held, total) for name, (held, total) in counts.items()}


def test_warming_reads_each_hot_structure_of_a_sqlite_store_into_the_page_cache(tmp_path):
    service = ingested(f"sqlite:///{tmp_path / 'warm.db'}")
    service.store.close()
    database = tmp_path / "warm.db"
    owner = owners(database)
    page_cache.evict([database, Path(f"{database}-wal")])
    before = resident_by_btree(database, owner)
    done = warm.warm(Store(f"sqlite:///{database}"))
    after = resident_by_btree(database, owner)
    assert done.error is None and done.done.is_set()
    assert [what for what, _ in done.read] == [what for what, _ in warm.SQLITE_HOT]
    for name in ("sqlite_autoindex_articles_1", "ix_articles_story_id", "ix_articles_recency", "ix_events_listed",
                 "ix_events_until", "events", "articles", "article_search_data", "article_search_content"):
        assert before[name][0] == 0, name                 # evicted: nothing of it cached
        assert after[name][0] == after[name][1], (name, after[name])   # warmed: every page of it


def test_warming_postgresql_reads_tables_and_with_pg_prewarm_every_hot_index(backend_url):
    service = ingested(backend_url, 12)
    if service.store.engine.dialect.name == "sqlite":
        service.store.close()
        return                                  # the SQLite file is the test above
    done = warm.warm(service.store)
    assert done.error is None
    assert [name for name, _ in done.read] == ["events", "event_sources", "articles", "article_search"]
    with service.store.engine.begin() as conn:
        conn.execute(text("CREATE EXTENSION pg_prewarm"))
    done = warm.warm(service.store)
    assert done.error is None
    assert [name for name, _ in done.read] == warm.POSTGRES_HOT
    assert service.search("카카오", limit=10).stories        # the store answers as before
    service.store.close()


def test_a_warming_that_fails_is_logged_and_the_bot_answers(tmp_path, caplog):
    service = ingested(f"sqlite:///{tmp_path / 'gone.db'}", 12)
    answer = [v.id for v in service.search("카카오", limit=10).stories]
    broken = tmp_path / "broken.db"
    other = Store(f"sqlite:///{broken}")      # a store whose file is then overwritten by something else
    other.close()
    broken.write_bytes(Path(__file__).read_bytes())
    warming = warm.warm_in_background(other)
    assert warming.finished_s(timeout=30) is not None
    assert warming.error == "DatabaseError: file is not a database" and warming.read == []
    assert "warming the store stopped" in caplog.text
    assert [v.id for v in service.search("카카오", limit=10).stories] == answer and answer
    service.store.close()

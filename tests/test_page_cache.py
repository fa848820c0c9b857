"""bench.page_cache on a real store: which of its pages are in the page cache, and reads from beneath it."""

from __future__ import annotations

import mmap
import sqlite3
from datetime import datetime

from bench import page_cache
from bench.latency import off_the_disk
from digest.service import NewsService
from digest.storage.store import Store
from digest.text.metadata import KST
from tests.conftest import SEEDS

NOW = datetime(2025, 9, 10, 18, 0, tzinfo=KST)


def test_the_pages_a_read_brings_in_and_reads_that_leave_the_cache_as_it_was(tmp_path):
    path = tmp_path / "store.db"
    store = Store(f"sqlite:///{path}")
    NewsService(store, now=lambda: NOW).ingest_paths([SEEDS])
    store.close()
    pages = path.stat().st_size // mmap.PAGESIZE
    assert page_cache.resident_set([path]) and page_cache.resident_pages(path)[1] == pages   # just written: cached

    page_cache.evict([path])
    assert page_cache.resident_set([path]) == set()
    drawn = page_cache.some_pages([path], 20, seed=3)
    assert len(drawn) == 20 and all(p == path and 0 <= n < pages for p, n in drawn)
    assert drawn == page_cache.some_pages([path], 20, seed=3)
    assert page_cache.read_below(drawn) > 0
    assert page_cache.resident_set([path]) == set()          # O_DIRECT reads left nothing in the page cache

    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM articles").fetchone() == (5,)
    conn.close()
    read = page_cache.resident_set([path])
    assert read and {p for p, _ in read} == {path} and len(read) == page_cache.resident_pages(path)[0]
    assert page_cache.read_below([(tmp_path / "gone.db", 0)]) == 0.0


def test_an_answer_is_off_the_disk_unless_its_pages_came_back_in_well_under_a_random_pages_time():
    assert off_the_disk(None, 0.3) and off_the_disk(0.25, 0.3) and off_the_disk(0.2, 0.3)
    assert not off_the_disk(0.1, 0.3) and not off_the_disk(0.19, 0.3)

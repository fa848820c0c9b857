"""bench.store_hash: every table of a store hashed in key order, on both databases, the schema version left out."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy import text

from bench.store_hash import main, pg_tables, sqlite_tables
from digest.service import NewsService
from digest.storage.models import Base
from digest.storage.search import SEARCH_TABLES
from digest.storage.store import Store
from digest.text.metadata import KST
from tests.conftest import SEEDS
from tests.postgres import backend_url  # noqa: F401  (fixture)

NOW = datetime(2025, 9, 10, 18, 0, tzinfo=KST)


def hashes(url: str) -> dict[str, tuple[int, str]]:
    found = sqlite_tables(Path(url.split("///", 1)[1])) if url.startswith("sqlite") else pg_tables(url)
    return {name: (count, sha) for name, count, sha in found}


def test_hashes_every_table_and_tells_one_changed_row(backend_url):  # noqa: F811
    store = Store(backend_url)
    NewsService(store, now=lambda: NOW).ingest_paths([SEEDS])
    before = hashes(backend_url)
    indexed = SEARCH_TABLES if backend_url.startswith("sqlite") else {"article_search"}
    assert set(before) == set(Base.metadata.tables) | indexed
    assert "alembic_version" not in before
    with store.engine.connect() as conn:
        for name in Base.metadata.tables:
            assert before[name][0] == conn.execute(text(f"SELECT count(*) FROM {name}")).scalar_one()
    assert (before["articles"][0], before["stories"][0]) == (5, 3)
    assert hashes(backend_url) == before
    with store.engine.begin() as conn:   # one column of one row: that table's hash alone moves
        title = conn.execute(text("SELECT title FROM stories ORDER BY id LIMIT 1")).scalar_one()
        conn.execute(text("UPDATE stories SET title = :t WHERE title = :old"), {"t": title + " ", "old": title})
    changed = hashes(backend_url)
    assert {name for name in before if changed[name] != before[name]} == {"stories"}
    assert changed["stories"][0] == 3
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE stories SET title = :t WHERE title = :old"), {"t": title, "old": title + " "})
    assert hashes(backend_url) == before
    store.close()


def test_sqlite_order_of_insertion_counts(tmp_path, capsys):
    """Rows of a text key keep their rowid: the same rows inserted in another order hash differently."""
    urls = [f"sqlite:///{tmp_path / name}" for name in ("a.db", "b.db")]
    for url, order in zip(urls, (1, -1)):
        store = Store(url)
        with store.engine.begin() as conn:
            for hours in (0, 1)[::order]:
                conn.execute(text("INSERT INTO stories (id, title, updated_at, size) VALUES (:id, '삼성', :at, 1)"),
                             {"id": f"s{hours}", "at": datetime(2025, 9, 10, hours)})
        store.close()
    lines = []
    for url in urls:
        assert main(["--sqlite", url.split("///", 1)[1]]) == 0
        lines.append(dict(line.split(" ", 1) for line in capsys.readouterr().out.splitlines()))
    assert lines[0]["stories"] != lines[1]["stories"] and lines[0]["stories"].startswith("2 ")
    assert {k: v for k, v in lines[0].items() if k != "stories"} == {k: v for k, v in lines[1].items() if k != "stories"}

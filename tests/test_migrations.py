"""Schema migrations on SQLite and PostgreSQL: an empty database, one made by the previous schema version,
one made before migrations existed, and the models agreeing with the newest migration.
"""

from __future__ import annotations

import threading
from datetime import datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, insert, text

from digest.storage.schema import (
    BASELINE_TABLES,
    SchemaError,
    compared,
    current_revision,
    head_revision,
    metadata,
    upgrade,
)
from digest.storage.store import Store
from tests.postgres import backend_url, fresh_database  # noqa: F401  (fixtures the tests request)


@pytest.fixture
def url(backend_url):
    """Every test here runs on SQLite and on PostgreSQL."""
    return backend_url


def revision_of(url: str) -> str | None:
    engine = create_engine(url)
    with engine.connect() as conn:
        revision = current_revision(conn)
    engine.dispose()
    return revision


def has_recency_index(url: str) -> bool:
    """Whether revision 0003's expression index is there (SQLAlchemy does not reflect it on SQLite)."""
    engine = create_engine(url)
    query = ("SELECT name FROM sqlite_master WHERE type = 'index'" if engine.dialect.name == "sqlite"
             else "SELECT indexname FROM pg_indexes WHERE tablename = 'articles'")
    with engine.connect() as conn:
        names = set(conn.scalars(text(query)))
    engine.dispose()
    return "ix_articles_recency" in names


def test_upgrade_creates_an_empty_database(url, cli):
    result = cli("db", "upgrade", database=url)
    assert result.code == 0 and f"from empty to {head_revision()}" in result.out
    assert revision_of(url) == head_revision() and has_recency_index(url)
    assert "already at" in cli("db", "upgrade", database=url).out
    assert cli("digest", "--format", "json", database=url).json()["stories"] == []


def test_upgrade_to_base_on_an_empty_database_says_it_is_empty(url, cli):
    result = cli("db", "upgrade", "base", database=url)
    assert result.code == 0 and f"already at empty (newest: {head_revision()})" in result.out


# SQLite's expression index (ix_articles_recency) cannot be reflected, so Alembic skips it there, saying so;
# has_recency_index checks it instead.
@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index",
                            "ignore:autogenerate skipping metadata-specified expression-based index")
def test_models_agree_with_the_newest_migration(url):
    """Whoever changes a model adds a migration: the schema the migrations build must be the models'."""
    engine = create_engine(url)
    upgrade(engine)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True, "include_name": compared}), metadata())
    engine.dispose()
    assert diff == [], f"the models differ from the migrations; add one (see README, Deploying): {diff}"


def seed_previous_version(url: str) -> None:
    """A database as revision 0001 left it, with an article, a story with a bullet, and an event."""
    engine = create_engine(url)
    upgrade(engine, "0001")
    t = metadata().tables
    when = datetime(2025, 9, 10, 1, 0)
    with engine.begin() as conn:
        conn.execute(insert(t["stories"]), {"id": "s0000001", "title": "오픈AI 코리아 출범", "published_at": when,
                                            "updated_at": when, "size": 1})
        conn.execute(insert(t["articles"]), {
            "id": "a0000001", "source": "old.txt", "url": None, "content_hash": "h" * 64, "title": "오픈AI 코리아 출범",
            "title_origin": "text", "outlet": "뉴스웍스", "reporter": None, "published_at": when,
            "published_precision": "minute", "published_origin": "text", "ingested_at": when, "encoding": "utf-8",
            "story_id": "s0000001", "profile": "{}"})
        conn.execute(insert(t["sentences"]), {"article_id": "a0000001", "idx": 0, "paragraph": 0, "role": "body",
                                              "text": "오픈AI가 10일 오픈AI 코리아의 공식 출범을 발표했다.",
                                              "words": "오픈AI 코리아 출범 발표", "entities": "오픈AI", "final": True})
        conn.execute(insert(t["bullets"]), {"article_id": "a0000001", "sentence_idx": 0, "score": 1.0,
                                            "text": "오픈AI가 10일 오픈AI 코리아의 공식 출범을 발표했다."})
        conn.execute(insert(t["story_bullets"]), {"story_id": "s0000001", "rank": 0, "article_ids": "a0000001",
                                                  "text": "오픈AI가 10일 오픈AI 코리아의 공식 출범을 발표했다."})
        conn.execute(insert(t["events"]), {"id": "e0000001", "title": "서울대 MOU 체결", "words": "서울대 MOU 체결",
                                           "start": datetime(2025, 9, 11), "end": None, "precision": "day",
                                           "part_of_day": None, "kind": "planned", "story_id": "s0000001",
                                           "happened_article_id": None, "created_at": when})
        conn.execute(insert(t["event_sources"]), {"event_id": "e0000001", "article_id": "a0000001",
                                                  "evidence": "11일 서울대와 MOU를 체결한다", "reported_past": False})
    engine.dispose()


def test_previous_version_is_refused_then_upgraded_with_its_data(url, cli, monkeypatch):
    seed_previous_version(url)
    with pytest.raises(SchemaError, match=r"schema is at 0001, this version needs .*run `newsdigest db upgrade`"):
        Store(url)
    refused = cli("digest", database=url)
    assert refused.code == 2 and "newsdigest db upgrade" in refused.err and refused.out == ""
    assert "0001" in cli("db", "current", database=url).out

    assert not has_recency_index(url)
    upgraded = cli("db", "upgrade", database=url)
    assert upgraded.code == 0 and f"from 0001 to {head_revision()}" in upgraded.out and has_recency_index(url)
    monkeypatch.setenv("NEWSDIGEST_NOW", "2025-09-10T18:00+09:00")
    digest = cli("digest", "--format", "json", database=url).json()
    assert [s["id"] for s in digest["stories"]] == ["s0000001"]
    assert digest["stories"][0]["bullets"][0]["text"].startswith("오픈AI가 10일")
    assert [e["title"] for e in digest["stories"][0]["events"]] == ["서울대 MOU 체결"]
    assert cli("brief", "a0000001", "--format", "json", database=url).json()["outlet"] == "뉴스웍스"
    from digest.service import NewsService
    from digest.subscriptions import Subscriptions, Target
    store = Store(url)                                          # the new tables work
    sub = Subscriptions(NewsService(store)).subscribe(Target("slack", "T1", "C1"), "daily 08:00", "U1")
    assert sub.id == 1
    store.close()


def test_database_from_before_migrations_is_adopted(tmp_path, cli):
    core = f"sqlite:///{tmp_path / 'core.db'}"
    engine = create_engine(core)
    metadata().create_all(engine, tables=[metadata().tables[n] for n in BASELINE_TABLES])
    engine.dispose()
    refused = cli("digest", database=core)
    assert refused.code == 2 and "unversioned" in refused.err and "db upgrade" in refused.err
    assert cli("db", "upgrade", database=core).code == 0 and revision_of(core) == head_revision()

    full = f"sqlite:///{tmp_path / 'full.db'}"
    engine = create_engine(full)
    metadata().create_all(engine)                               # what Store did before migrations
    engine.dispose()
    Store(full).close()
    assert revision_of(full) == head_revision() and has_recency_index(full)


def test_database_from_before_migrations_without_the_recency_index_is_upgraded(url, cli):
    """Every table, but made before revision 0003's index: adopted at 0002, so `db upgrade` adds the index."""
    engine = create_engine(url)
    metadata().create_all(engine)
    with engine.begin() as conn:
        conn.execute(text("DROP INDEX ix_articles_recency"))
    engine.dispose()
    refused = cli("digest", database=url)
    assert refused.code == 2 and "db upgrade" in refused.err
    assert cli("db", "upgrade", database=url).code == 0
    assert revision_of(url) == head_revision() and has_recency_index(url)


def test_replicas_starting_together_on_an_empty_postgresql():
    with fresh_database("together") as url:
        errors = []

        def open_store():
            try:
                Store(url).close()
            except Exception as exc:  # noqa: BLE001  collected and asserted below
                errors.append(exc)

        threads = [threading.Thread(target=open_store) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == [] and revision_of(url) == head_revision()

"""Ingest's statements sent straight to the driver (`digest.storage.driver`) store, read and send exactly what
SQLAlchemy's own execution of the same statements did, on both databases: every table's rows, every statement's
SQL and parameters as the engine's cursor events see them, the rows a read gives, and SQLAlchemy's errors.

The reference is SQLAlchemy executing the very statements `driver.execute` is given, on the session's connection
(what ingest ran before), swapped in for a second ingest of the same real articles into a second database."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from sqlalchemy import bindparam, event, exc, select

from bench.store_hash import pg_tables, sqlite_tables
from digest.service import NewsService
from digest.storage import driver
from digest.storage.models import ArticleRow
from digest.storage.store import _DUPLICATE_AND_TAKEN, Store, insert_rows
from tests.postgres import backend_url, fresh_database  # noqa: F401  (fixture)
from tests.test_batch_ingest import NOW, stored, texts

_DATES_OF = select(ArticleRow.id, ArticleRow.published_at).where(ArticleRow.id.in_(bindparam("ids", expanding=True)))


def through_sqlalchemy(s, statement, params=None, flush=True):
    """`driver.execute` as ingest ran its statements before: SQLAlchemy's execution on the session's connection."""
    if flush:
        s.flush()
    if isinstance(params, list) and len(params) == 1:
        params = params[0]
    result = s.connection().execute(statement, params)
    return result.all() if result.returns_rows else []


def hashes(url: str) -> dict[str, tuple[int, str]]:
    found = sqlite_tables(Path(url.split("///", 1)[1])) if url.startswith("sqlite") else pg_tables(url)
    return {name: (count, sha) for name, count, sha in found}


def ingest_recording(url: str) -> tuple[NewsService, list[tuple[str, object, bool]]]:
    """The real articles ingested as one batch into `url`, with every statement the engine's cursor events saw."""
    service = NewsService(Store(url), now=lambda: NOW)
    sent: list[tuple[str, object, bool]] = []
    event.listen(service.store.engine, "before_cursor_execute",
                 lambda _conn, _cursor, statement, params, _context, many: sent.append((statement, params, many)))
    report = service.ingest_sources(texts()[:40])
    assert [item.status for item in report.items].count("stored") == 40
    return service, sent


@contextlib.contextmanager
def second_database(url: str, tmp_path: Path):
    if url.startswith("sqlite"):
        yield f"sqlite:///{tmp_path / 'reference.db'}"
    else:
        with fresh_database("driver_ref") as other:
            yield other


def test_ingest_through_the_driver_stores_and_sends_what_sqlalchemy_did(backend_url, tmp_path, monkeypatch):
    direct, direct_sent = ingest_recording(backend_url)
    direct_rows = stored(direct)
    direct.store.close()
    with second_database(backend_url, tmp_path) as reference_url:
        with monkeypatch.context() as patched:
            patched.setattr(driver, "execute", through_sqlalchemy)
            patched.setattr(driver, "scalars", lambda *a, **k: [row[0] for row in through_sqlalchemy(*a, **k)])
            reference, reference_sent = ingest_recording(reference_url)
        reference_rows = stored(reference)
        reference.store.close()
        assert hashes(backend_url) == hashes(reference_url)
    assert direct_rows == reference_rows
    assert len(direct_sent) == len(reference_sent) == (583 if backend_url.startswith("sqlite") else 584)
    assert any("__1)s" in sql for sql, _, _ in direct_sent) == backend_url.startswith("postgresql")   # multi-row INSERTs
    for sent, theirs in zip(direct_sent, reference_sent):
        assert sent == theirs


def test_a_read_gives_the_rows_and_types_sqlalchemy_gives_for_any_length_of_a_list(backend_url):
    """The duplicate check (an expanding IN) with none, one and nine ids, on a stored article's hash and URL; its
    dates read back as datetimes on SQLite (stored as text) through the same processors."""
    service = NewsService(Store(backend_url), now=lambda: NOW)
    service.ingest_sources(texts()[:3])
    with service.store.ingest_session() as s, s.begin():
        article = s.query(ArticleRow).order_by(ArticleRow.id).first()
        assert article is not None
        for ids in ([], [article.id], [article.content_hash[:n] for n in range(8, 17)]):
            for hashed, url in ((article.content_hash, None), ("0" * 64, article.url), ("0" * 64, None)):
                params = {"hash": hashed, "url": url, "ids": ids}
                rows = driver.execute(s, _DUPLICATE_AND_TAKEN, params)
                assert rows == through_sqlalchemy(s, _DUPLICATE_AND_TAKEN, params)
                assert [tuple(r) for r in rows] == ([(article.id, article.content_hash, article.url)]
                                                    if hashed != "0" * 64 or url or article.id in ids else [])
        dated = driver.execute(s, _DATES_OF, {"ids": [article.id]})
        assert dated == through_sqlalchemy(s, _DATES_OF, {"ids": [article.id]})
        assert [type(r.published_at) for r in dated] == [type(article.published_at)]
    service.store.close()


def test_a_row_the_database_refuses_raises_sqlalchemys_error_and_the_session_rolls_back(backend_url):
    service = NewsService(Store(backend_url), now=lambda: NOW)
    service.ingest_sources(texts()[:2])
    with service.store.ingest_session() as s:
        s.begin()
        taken = s.query(ArticleRow).order_by(ArticleRow.id).first()
        assert taken is not None
        twin = ArticleRow(**{c.key: getattr(taken, c.key) for c in ArticleRow.__table__.columns})
        twin.id = "f" * 16
        s.expunge(taken)
        with pytest.raises(exc.IntegrityError):   # the same content hash: the unique key
            insert_rows(s, [twin])
        s.rollback()
        assert s.query(ArticleRow).count() == 2
    service.store.close()




def test_statements_made_anew_keep_the_compiled_cache_bounded_and_still_answer(tmp_path, monkeypatch):
    """A statement evicted from its maker's `lru_cache` and made again is a new object: the compiled cache holds each
    it saw, so without a bound it would grow for as long as the bot ingests. Emptied when full, it still answers."""
    monkeypatch.setattr(driver, "CACHED_MOST", 5)
    monkeypatch.setattr(driver, "_COMPILED", {})
    service = NewsService(Store(f"sqlite:///{tmp_path / 'store.db'}"), now=lambda: NOW)
    service.ingest_sources(texts()[:1])
    with service.store.ingest_session() as s, s.begin():
        article = s.query(ArticleRow).one()
        for _ in range(12):
            made = select(ArticleRow.id, ArticleRow.published_at).where(ArticleRow.id.in_(bindparam("ids", expanding=True)))
            assert [tuple(r) for r in driver.execute(s, made, {"ids": [article.id]})] == \
                [(article.id, article.published_at)]
            assert 1 <= len(driver._COMPILED) <= 5
    service.store.close()

"""Batch ingest (a folder, a feed's poll) refreshes each story it touches once, at the end, and stores exactly
what ingesting the same texts one by one stores: stories (members, titles, bullets and their sources, links),
every article's story and dates, and the calendar.

Real texts: the seeds, evaluation articles, near-copies that drop a sentence (several outlets' takes, which
join as copies) and undated ones (dated by their story), in one order.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime

from sqlalchemy import event, select, text

from bench.copies import corpus
from digest.analysis import analyse
from digest.service import GROUP, NewsService
from digest.sources.files import SourceText, iter_article_paths, load_sidecar, read_source
from digest.storage import search
from digest.storage.models import ArticleRow, StoryBulletRow, StoryLinkRow, StoryRow
from digest.storage.store import Store
from digest.text.korean import content_words
from digest.text.metadata import KST
from tests.conftest import SEEDS
from tests.postgres import backend_url  # noqa: F401  (fixture)

NOW = datetime(2025, 9, 10, 18, 0, tzinfo=KST)


def texts() -> list[SourceText]:
    """Real articles in one arrival order; every seventh loses its publication date (its story dates it)."""
    out = []
    for k, (name, body, meta) in enumerate(corpus(90)):
        if k % 7 == 3:
            meta = {key: value for key, value in meta.items() if key != "published"}
        out.append(SourceText(name, body, "utf-8", meta))
    return out


def stored(service: NewsService) -> dict:
    """Everything ingest decides, in a form two stores can be compared by."""
    with service.store.session() as s:
        return {
            "articles": sorted(s.execute(select(ArticleRow.id, ArticleRow.story_id, ArticleRow.copy_of,
                                                ArticleRow.published_at, ArticleRow.published_origin)).all()),
            "stories": sorted(s.execute(select(StoryRow.id, StoryRow.title, StoryRow.size, StoryRow.published_at,
                                               StoryRow.updated_at, StoryRow.profile)).all()),
            "bullets": sorted(s.execute(select(StoryBulletRow.story_id, StoryBulletRow.rank, StoryBulletRow.text,
                                               StoryBulletRow.article_ids)).all()),
            "links": sorted(s.execute(select(StoryLinkRow.story_id, StoryLinkRow.earlier_id, StoryLinkRow.score)).all()),
            "digest": [v.to_dict() for v in service.digest().stories],
            "calendar": [e.to_dict() for e in service.events("all")],
        }


def one_by_one(url: str, sources: list[SourceText]) -> NewsService:
    service = NewsService(Store(url), now=lambda: NOW)
    for src in sources:
        service.ingest_source(src)
    return service


def test_a_batch_stores_what_one_by_one_ingest_stores(backend_url, tmp_path):
    sources = texts()
    single = one_by_one(f"sqlite:///{tmp_path / 'single.db'}", sources)
    expected = stored(single)
    single.store.close()
    batch = NewsService(Store(backend_url), now=lambda: NOW)
    report = batch.ingest_sources(sources)
    assert [item.status for item in report.items].count("stored") == len(expected["articles"])
    got = stored(batch)
    batch.store.close()
    assert any(copy_of for _, _, copy_of, _, _ in expected["articles"])                 # copies joined as copies
    assert any(origin == "inferred" for *_, origin in expected["articles"])           # undated ones were dated
    assert any(size > 2 for _, _, size, *_ in expected["stories"]) and expected["calendar"] and expected["links"]
    for part in expected:
        assert got[part] == expected[part], part


def test_a_folder_is_one_batch_and_stores_what_its_files_store_one_by_one(tmp_path):
    sidecar = load_sidecar(SEEDS)
    files = [read_source(path, sidecar.get(path.name, {})) for path, problem in iter_article_paths([SEEDS]) if not problem]
    expected = stored(one_by_one(f"sqlite:///{tmp_path / 'single.db'}", files))
    folder = NewsService(Store(f"sqlite:///{tmp_path / 'folder.db'}"), now=lambda: NOW)
    report = folder.ingest_paths([SEEDS])
    assert len(report.items) == len(files) and expected["calendar"]
    assert stored(folder) == expected


def test_an_article_the_database_refuses_mid_batch_is_skipped_and_the_others_of_its_transaction_kept(backend_url, tmp_path):
    """A batch stores its articles GROUP to a transaction; when the database refuses one (here a value longer than
    it takes: SQLite's length limit, a PostgreSQL trigger raising 'value too long'), the others stored in that
    transaction before it are not lost: the batch stores what one-by-one ingest of the rest stores."""
    good = texts()[:40]
    longest = sorted(good, key=lambda src: -len(src.text))[:2]
    bad = SourceText("two-articles-in-one", longest[0].text + "\n\n" + longest[1].text, "utf-8", dict(longest[0].meta))
    a = analyse(bad)
    limit = len(search.document(a.title, content_words(a.title), ((x.text, x.words) for x in a.sentences)).encode()) - 1
    expected = stored(one_by_one(f"sqlite:///{tmp_path / 'single.db'}", good))
    store = Store(backend_url)
    if backend_url.startswith("sqlite"):
        event.listen(store.engine, "connect", lambda conn, _: conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, limit))
        store.engine.dispose()
    else:
        with store.engine.begin() as conn:
            conn.execute(text(f"""CREATE FUNCTION refuse_long() RETURNS trigger AS $$ BEGIN
                IF octet_length(NEW.body) > {limit} THEN RAISE EXCEPTION 'value too long' USING ERRCODE = '22001';
                END IF; RETURN NEW; END $$ LANGUAGE plpgsql"""))
            conn.execute(text("CREATE TRIGGER too_long BEFORE INSERT ON article_search FOR EACH ROW EXECUTE FUNCTION refuse_long()"))
    batch = NewsService(store, now=lambda: NOW)
    report = batch.ingest_sources(good[:13] + [bad] + good[13:])   # within the first transaction's GROUP
    assert GROUP > 14
    statuses = [item.status for item in report.items]
    assert statuses[13] == "skipped" and report.items[13].reason == "the database refused its text"
    assert statuses[:13] + statuses[14:] == ["stored"] * len(good)
    got = stored(batch)
    store.close()
    for part in expected:
        assert got[part] == expected[part], part


def test_a_batch_writes_its_sentences_bullets_and_search_documents_once_a_transaction(tmp_path):
    """What no later step of ingest reads goes in one statement a table per transaction, and is there to read
    (lookups, the stories' bullets) as one-by-one ingest leaves it."""
    sources = texts()[:30]
    single = one_by_one(f"sqlite:///{tmp_path / 'single.db'}", sources)
    expected, found = stored(single), single.search("오픈AI").stories
    single.store.close()
    store = Store(f"sqlite:///{tmp_path / 'batch.db'}")
    inserts: list[str] = []
    event.listen(store.engine, "before_cursor_execute",
                 lambda _c, _cur, statement, *_: inserts.append(statement.split("(")[0].split()[-1])
                 if statement.startswith("INSERT") else None)
    batch = NewsService(store, now=lambda: NOW)
    batch.ingest_sources(sources)
    transactions = -(-len(sources) // GROUP)
    assert [inserts.count(t) for t in ("sentences", "bullets", "article_search")] == [transactions] * 3
    assert inserts.count("articles") == len(expected["articles"])
    assert stored(batch) == expected and found and batch.search("오픈AI").stories == found
    store.close()


def test_a_member_dated_by_its_story_tells_its_events_first_whatever_order_the_database_lists_rows_in(tmp_path):
    """An undated article (뉴호라이즌's first take) is dated when a dated near-copy joins its story; both tell the same
    two events, which the earlier arrival names and leads. PostgreSQL lists a story's members in no set order (it
    changes with the plan, as when autovacuum analyses the table mid-run); SQLite, told to reverse the rows of
    every unordered SELECT, stands in for it."""
    undated, dated = texts()[31], texts()[86]
    assert "published" not in undated.meta and dated.meta["published"]
    calendars = []
    for reverse in (False, True):
        store = Store(f"sqlite:///{tmp_path / f'reverse-{reverse}.db'}")
        if reverse:
            event.listen(store.engine, "connect", lambda conn, _: conn.execute("PRAGMA reverse_unordered_selects = ON"))
            store.engine.dispose()
        service = NewsService(store, now=lambda: NOW)
        for src in (undated, dated):
            service.ingest_source(src)
        calendars.append([(e.id, e.title, [src.article_id for src in e.sources]) for e in service.events("all")])
        store.close()
    assert calendars[0] == calendars[1] == [("e8bf4dc39", "뉴호라이즌호 출발", ["eb05c5aa", "8dd525ca"]),
                                            ("e42f4d19e", "명왕성의 데이터를 모두 지구로 전송", ["eb05c5aa", "8dd525ca"])]

"""What keeps ingest and lookups flat as the store grows, checked for the answers it gives (not its speed):

- story grouping through the key-term index gives the stories the pair rule gives over every pair;
- lookups through the text index (SQLite FTS5, PostgreSQL pg_trgm) find the stories the full walk finds,
  and a lookup that matches nothing is answered by the index alone;
- stored story profiles are the merge of their members' profiles;
- a near-identical copy of a member joins its story as a copy: credited, never re-ranked;
- migration 0005 creates and backfills the index on both databases (tests/test_migrations.py runs the rest);
- story ids bound as one PostgreSQL array read what an IN (...) list reads;
- links' search span is read from the date index as the row-by-row query gives it;
- words shorter than a trigram (`ai` of `오픈AI`) are looked up too, as ingest and migration 0007 index them;
- the calendar without a topic, read from the indexes of migration 0011, lists and counts what sorting every
  event gives;
- a PostgreSQL walk past the search cap asks the index about each page's stories what it names of all.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime

import pytest
from sqlalchemy import create_engine, event, select, text
from sqlalchemy.exc import OperationalError

from bench.copies import corpus, near_copies
from digest import reading
from digest.linking import parse_profile, profile_of
from digest.service import NewsService
from digest.sources.files import SourceText
from digest.storage import search
from digest.storage.models import ArticleRow, ArticleTermRow, StoryRow
from digest.storage.schema import upgrade
from digest.storage.store import Store
from digest.text.metadata import KST
from digest.text.stories import copy_and_same_story, near_copy, same_story
from tests.conftest import SEEDS
from tests.postgres import backend_url  # noqa: F401  (fixture)
from tests.test_migrations import seed_previous_version

NOW = datetime(2025, 9, 10, 18, 0, tzinfo=KST)
TOPICS = ["카카오", "오픈AI 카카오", "넷플릭스", "오픈AI", "삼성", "서울대", "체결했다", "반도체", "로봇", "AI", "스마트폰 배터리"]


@pytest.fixture(scope="module")
def texts():
    """The seeds, 30 evaluation articles and copies that drop a sentence or two (several outlets' takes)."""
    return [(name, text, meta) for name, text, meta in corpus(110)]


def ingest_all(url: str, texts) -> NewsService:
    service = NewsService(Store(url), now=lambda: NOW)
    for name, body, meta in texts:
        service.ingest_source(SourceText(name, body, "utf-8", meta))
    return service


def components(rows) -> set[frozenset[str]]:
    """Connected components of the pair rule over every pair of stored articles."""
    parent = {r.id: r.id for r in rows}

    def root(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    profiles = [profile_of(r) for r in rows]
    for i, a in enumerate(profiles):
        for b in profiles[i + 1:]:
            if same_story(a, b):
                parent[root(a.article_id)] = root(b.article_id)
    groups: dict[str, set[str]] = {}
    for r in rows:
        groups.setdefault(root(r.id), set()).add(r.id)
    return {frozenset(g) for g in groups.values()}


def test_grouping_through_the_term_index_is_the_pair_rule_over_every_pair(tmp_path, texts):
    service = ingest_all(f"sqlite:///{tmp_path / 'group.db'}", texts)
    with service.store.session() as s:
        rows = list(s.execute(select(ArticleRow.id, ArticleRow.story_id, ArticleRow.profile, ArticleRow.published_at,
                                     ArticleRow.published_origin)))
        stored = {}
        for r in rows:
            stored.setdefault(r.story_id, set()).add(r.id)
        assert {frozenset(g) for g in stored.values()} == components(rows)
        assert any(len(g) > 5 for g in stored.values())        # copies did group
        # ingest asks both questions of a candidate at once: the answers of the two rules, pair by pair
        profiles = [profile_of(r) for r in rows]
        answers = [copy_and_same_story(a, b) for a in profiles for b in profiles if a is not b]
        assert answers == [(near_copy(a, b), same_story(a, b)) for a in profiles for b in profiles if a is not b]
        assert {True} < {copy for copy, _ in answers} and {True} < {same for _, same in answers}
        # every story's stored profile is its members' profiles merged (a copy of a member adds nothing)
        copies = dict(s.execute(select(ArticleRow.id, ArticleRow.copy_of).where(ArticleRow.copy_of.is_not(None))).all())
        assert copies and all(original not in copies for original in copies.values())
        for story in s.scalars(select(StoryRow)):
            words, entities = parse_profile(story.profile)
            merged = Counter()
            for r in rows:
                if r.story_id == story.id and r.id not in copies:
                    merged.update(parse_profile(r.profile)[0])
            assert words == merged
            assert story.size == sum(1 for r in rows if r.story_id == story.id)
        assert s.scalar(select(ArticleTermRow.term).limit(1)) is not None
    service.store.close()


def test_lookups_through_the_text_index_find_what_the_full_walk_finds(backend_url, texts, monkeypatch):
    service = ingest_all(backend_url, texts[:40])
    monkeypatch.setattr(reading, "FIRST_PAGE", 1)          # so the index is asked after one article
    monkeypatch.setattr(reading, "PREFILTER_FROM", 0)      # and for every digest
    for topic in TOPICS:
        via_index = [v.id for v in service.search(topic, limit=10).stories]
        digest_via_index = [v.id for v in service.digest(topic=topic).stories]
        with service.store.session() as s:
            candidates = reading.candidate_stories(s, topic)
        with monkeypatch.context() as walk_only:
            walk_only.setattr(reading, "candidate_stories", lambda s, topic, cap=None: None)   # read every story
            walk_only.setattr(reading, "candidates_counted", lambda s, topic, cap=None, by_words=None: None)
            walk_only.setattr(search, "words_named", lambda s, terms, words, cap: None)   # nor page by page
            walked = [v.id for v in service.search(topic, limit=10).stories]
            digest_walked = [v.id for v in service.digest(topic=topic).stories]
        assert (topic, via_index, digest_via_index) == (topic, walked, digest_walked)
        with monkeypatch.context() as too_many:
            too_many.setattr(reading, "SEARCH_CAP", 0)        # every topic too common to read its stories at once:
            filtered = [v.id for v in service.search(topic, limit=10).stories]   # the walk reads only those named
            too_many.setattr(reading, "PAGE_FILTER_MOST", 0)  # PostgreSQL: every page too long to ask about alone,
            named_once = [v.id for v in service.search(topic, limit=10).stories]  # so the rest is named at once
        assert (topic, filtered, named_once) == (topic, walked, walked)
        if candidates is not None:        # the index answered: it names every story that matches
            assert set(digest_walked) <= candidates, topic
        if topic == "넷플릭스":
            assert candidates == set() and walked == []          # nothing matches, and the index says so alone
        if topic in ("카카오", "오픈AI 카카오", "서울대"):
            assert walked and candidates is not None, topic
            with service.store.session() as s:   # the walk's filter is the same index answer, with a larger cap
                assert reading.candidate_stories(s, topic, reading.WALK_FILTER_CAP) == candidates
    service.store.close()


def test_ids_bound_as_one_array_read_what_an_in_list_reads(backend_url, texts, monkeypatch):
    """Every story id list a lookup or a digest binds (one PostgreSQL array, `= ANY(:ids)`) reads the very rows an
    expanding IN (...) list reads: the same stories, in the same order, with the same sources, bullets and events."""
    service = ingest_all(backend_url, texts)
    monkeypatch.setattr(reading, "FIRST_PAGE", 3)          # several pages, the index asked, lists of every length
    monkeypatch.setattr(reading, "PREFILTER_FROM", 0)
    monkeypatch.setattr(reading, "CHUNK", 7)

    def replies():
        return [(topic, service.search(topic, limit=10), service.digest(topic=topic)) for topic in TOPICS] + \
            [(None, service.digest(), service.events("all"))]
    as_arrays = replies()
    with monkeypatch.context() as in_lists:
        in_lists.setattr(reading, "in_ids", lambda column: column.in_(reading.IDS))
        as_lists = replies()
    assert as_arrays == as_lists
    assert sum(len(found.stories) for _, found, _ in as_arrays[:-1]) >= 20    # the lookups find stories to compare
    service.store.close()


def test_a_story_id_list_is_read_through_the_story_index(backend_url):
    """The ids are a comparison the database answers from `ix_articles_story_id` (on SQLite, a list that read as a
    boolean column, `IN (...) = 1`, made it scan every article: 200 ms a digest at 100,000 stories)."""
    store = Store(backend_url)
    query = select(ArticleRow.id).where(reading.in_ids(ArticleRow.story_id))
    ids = ["s1", "s2"]
    with store.engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            sql = query.params(ids=ids).compile(conn, compile_kwargs={"literal_binds": True})
            plan = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}").all()
        else:
            conn.exec_driver_sql("SET LOCAL enable_seqscan = off")    # an empty table's cheapest plan is a scan
            plan = conn.exec_driver_sql(f"EXPLAIN {query.compile(conn)}", {"ids": ids}).all()
    plan = " ".join(str(row) for row in plan)
    assert "ix_articles_story_id" in plan, plan
    store.close()


def test_short_words_narrow_the_index_as_ingest_and_the_backfill_write_it(backend_url, texts):
    """`오픈AI 카카오` is the words 오픈, ai, 카카오: the index looks up all three, 2-letter ones too, so it names
    exactly the stories with an article holding both terms in its text or every word among its words (not every
    story about 카카오), and the migration's backfill indexes the stored rows as ingest did."""
    from digest.storage.models import SentenceRow
    from digest.text.korean import content_words

    service = ingest_all(backend_url, texts[:40])
    topic = "오픈AI 카카오"
    words = content_words(topic)
    assert any(len(w) < search.SHORTEST for w in words)
    with service.store.session() as s:
        texts_of: dict[str, list[str]] = {}
        words_of: dict[str, set[str]] = {}
        for a in s.execute(select(ArticleRow.id, ArticleRow.title, ArticleRow.title_words)):
            texts_of[a.id], words_of[a.id] = [a.title], set(a.title_words.split())
        for x in s.execute(select(SentenceRow.article_id, SentenceRow.text, SentenceRow.words)):
            texts_of[x.article_id].append(x.text)
            words_of[x.article_id] |= set(x.words.split())
        holding = {i for i in texts_of if all(t.lower() in "\n".join(texts_of[i]).lower() for t in topic.split())
                   or set(words) <= words_of[i]}
        story_of = dict(s.execute(select(ArticleRow.id, ArticleRow.story_id)).all())
        expected = {story_of[i] for i in holding}
        candidates = reading.candidate_stories(s, topic)
        assert expected and candidates == expected
        short = next(w for w in words if len(w) < search.SHORTEST)      # a 2-letter word alone, exactly
        assert search.articles_containing(s, [[search.whole_word(short)]], 10_000) == \
            {i for i in words_of if short in words_of[i]} != set()
        search.backfill(s.connection())
        s.commit()
        assert reading.candidate_stories(s, topic) == expected
    service.store.close()


def test_the_link_cutoff_read_from_the_date_index_leaves_the_story_out(tmp_path, texts, monkeypatch):
    """The date links search back to (the CANDIDATE_LIMIT-th latest reported story but this one) is the one
    the row-by-row query gives, for every story and limits around the number of stories (ties included)."""
    from digest import linking

    service = ingest_all(f"sqlite:///{tmp_path / 'cutoff.db'}", texts)
    with service.store.session() as s:
        dated = list(s.execute(select(StoryRow.id, StoryRow.published_at).where(StoryRow.published_at.is_not(None))))
        assert len(dated) > 3 and len({d.published_at for d in dated}) < len(dated)     # equally dated stories
        for limit in sorted({1, 2, 3, len(dated) // 2, len(dated) - 1, len(dated), len(dated) + 1}):
            monkeypatch.setattr(linking, "CANDIDATE_LIMIT", limit)
            for story in dated:
                row_by_row = s.scalar(select(StoryRow.published_at).where(StoryRow.id != story.id,
                                                                         StoryRow.published_at.is_not(None))
                                      .order_by(StoryRow.published_at.desc()).offset(limit - 1).limit(1))
                assert linking._cutoff(linking._latest_reported(s), story.published_at) == row_by_row, (limit, story.id)
    service.store.close()


def test_the_index_is_used_not_only_kept(backend_url):
    """The text index is what answers a lookup: a document indexed under a word no row holds is found by it."""
    service = NewsService(Store(backend_url), now=lambda: NOW)
    report = service.ingest_paths([SEEDS])
    assert all(i.status == "stored" for i in report.items)
    with service.store.session() as s:
        assert reading.candidate_stories(s, "넷플릭스") == set()
        some = s.scalar(select(ArticleRow.id).order_by(ArticleRow.id).limit(1))
        story = s.scalar(select(ArticleRow.story_id).where(ArticleRow.id == some))
        s.execute(text(f"UPDATE {search.TABLE} SET body = body || ' 넷플릭스' WHERE {search.of_article(s.get_bind().dialect.name)}"),
                  {"id": some})
        s.commit()
        assert reading.candidate_stories(s, "넷플릭스") == {story}
    service.store.close()


def test_migration_0005_creates_and_backfills_the_index(backend_url):
    seed_previous_version(backend_url)      # revision 0001 with one article, its sentence and its story
    engine = create_engine(backend_url)
    upgrade(engine)
    engine.dispose()
    store = Store(backend_url)
    with store.session() as s:
        assert search.articles_containing(s, [["코리아의", "출범"]], 10) == {"a0000001"}
        assert search.articles_containing(s, [["넷플릭스"]], 10) == set()
        assert s.scalar(select(StoryRow.profile).where(StoryRow.id == "s0000001")) is not None
    assert [v.id for v in NewsService(store, now=lambda: NOW).search("출범").stories] == ["s0000001"]
    store.close()


def test_near_copies_join_as_copies_of_their_article(tmp_path):
    """A real seed article and versions of it that drop one or two of its sentence lines (bench.copies)."""
    texts = near_copies(50)
    service = NewsService(Store(f"sqlite:///{tmp_path / 'copies.db'}"), now=lambda: NOW)
    statuses = Counter(service.ingest_source(SourceText(name, body, "utf-8", meta)).status for name, body, meta in texts)
    with service.store.session() as s:
        rows = list(s.execute(select(ArticleRow.id, ArticleRow.story_id, ArticleRow.copy_of)))
        assert len(rows) == statuses["stored"] > 45 and len({r.story_id for r in rows}) == 1
        story = s.scalar(select(StoryRow))
        members = {r.id for r in rows if r.copy_of is None}
        copies = {r.id: r.copy_of for r in rows if r.copy_of is not None}
        assert story.size == len(rows) and len(copies) > 10 * len(members)
        assert set(copies.values()) <= members
        for bullet in story.bullets:        # a copy is credited wherever its article is
            carriers = bullet.article_ids.split()
            assert {c for c, original in copies.items() if original in carriers} <= set(carriers)
        bullets = [b.text for b in story.bullets]
    service.store.close()
    # ... and the story's bullets are those of its members alone: the copies re-ranked nothing
    alone = ingest_all(f"sqlite:///{tmp_path / 'members.db'}",
                       [t for t in texts if service_id(t) in members])
    with alone.store.session() as s:
        assert [b.text for b in s.scalar(select(StoryRow)).bullets] == bullets
    alone.store.close()


def service_id(text_row) -> str:
    """The id an article is stored under (its content hash's first characters), from its analysis."""
    from digest.analysis import analyse
    name, body, meta = text_row
    return analyse(SourceText(name, body, "utf-8", meta)).content_hash[:8]


def test_an_id_prefix_is_a_range_of_the_primary_key_that_finds_what_like_finds(backend_url):
    """`id_starting` finds exactly the ids `LIKE 'key%'` finds (prefixes of every stored id, prefixes no id has,
    a LIKE wildcard typed by the user), and SQLite answers it from the primary key's index, not a scan."""
    from digest.storage.store import id_starting

    service = NewsService(Store(backend_url), now=lambda: NOW)
    service.ingest_paths([SEEDS])
    with service.store.session() as s:
        ids = list(s.scalars(select(ArticleRow.id))) + list(s.scalars(select(StoryRow.id)))
        keys = {i[:n] for i in ids for n in range(1, len(i) + 1)} | {"zzzz", "s9999999x", "a%", "0_", "ffffffff", "~"}
        for column in (ArticleRow.id, StoryRow.id):
            for key in sorted(keys):
                like = set(s.scalars(select(column).where(column.startswith(key, autoescape=True))))
                assert set(s.scalars(select(column).where(id_starting(column, key)))) == like, key
        if s.get_bind().dialect.name == "sqlite":
            query = select(StoryRow.id).where(id_starting(StoryRow.id, "s9999")).compile(
                s.get_bind(), compile_kwargs={"literal_binds": True})
            plan = " ".join(str(r) for r in s.execute(text(f"EXPLAIN QUERY PLAN {query}")))
            assert "SEARCH" in plan and "SCAN" not in plan, plan
    service.store.close()


def test_events_that_may_share_a_word_hold_every_event_whose_title_overlaps(backend_url):
    """The SQL narrowing of event merging keeps every stored event a title overlaps (`title_overlap` > 0: equal
    words, or one the other's abbreviation by its start), for the words of the seeds' real events."""
    from digest.linking import may_share_a_word, sharing_a_word
    from digest.storage.models import EventRow
    from digest.text.event_identity import title_overlap

    service = NewsService(Store(backend_url), now=lambda: NOW)
    service.ingest_paths([SEEDS])
    with service.store.session() as s:
        events = list(s.execute(select(EventRow.id, EventRow.words)))
        assert len(events) > 5
        probes = [tuple(e.words.split()) for e in events] + [("서울대학교", "협약"), ("삼성",), ("100%",), ("a_b",), ("a\\b",), ()]
        for words in probes:
            kept = set(s.scalars(select(EventRow.id).where(may_share_a_word(EventRow.words, words))))
            overlapping = {e.id for e in events if title_overlap(words, tuple(e.words.split())) > 0}
            assert overlapping <= kept, words
            clause, patterns = sharing_a_word(s, words)     # what merging runs: the patterns bound as one value
            assert set(s.scalars(select(EventRow.id).where(clause), patterns)) == kept, words
        assert all(e.id in s.scalars(select(EventRow.id).where(may_share_a_word(EventRow.words, e.words.split())))
                   for e in events)
        assert not list(s.scalars(select(EventRow.id).where(may_share_a_word(EventRow.words, ()))))
    service.store.close()


def test_sqlite_connections_sync_at_checkpoints(tmp_path):
    """Every SQLite connection of a store: WAL, synchronous NORMAL (a commit does not wait on the disk), foreign
    keys enforced."""
    store = Store(f"sqlite:///{tmp_path / 'pragmas.db'}")
    with store.engine.connect() as conn:
        read = {name: conn.exec_driver_sql(f"PRAGMA {name}").scalar() for name in
                ("journal_mode", "synchronous", "foreign_keys")}
    store.close()
    assert read == {"journal_mode": "wal", "synchronous": 1, "foreign_keys": 1}


def test_the_calendar_read_from_its_indexes_lists_and_counts_what_sorting_every_event_gives(backend_url):
    """The calendar without a topic (`reading.listed_events`) gives the first events of each list and its count as
    filtering and sorting every stored event does, for each day the seeds' real events start on (so each of them
    is in turn upcoming and past), and the database reads the past list from `ix_events_listed` and the upcoming
    one from `ix_events_until` (migration 0011) rather than every event."""
    from sqlalchemy import event, func, not_

    from digest.storage.models import EventRow

    service = NewsService(Store(backend_url), now=lambda: NOW)
    service.ingest_paths([SEEDS])
    statements: list[tuple[str, object]] = []
    with service.store.session() as s:
        starts = sorted({d.date() for d in s.scalars(select(EventRow.start).where(EventRow.start.is_not(None)))})
        assert len(starts) > 3 and s.scalar(select(func.count()).select_from(EventRow)) > len(starts)
        for today in [starts[0], starts[len(starts) // 2], starts[-1], NOW.date()]:
            upcoming = reading.upcoming_in_sql(today)
            for which, where in (("upcoming", [upcoming]), ("past", [not_(upcoming)]), ("all", [])):
                every = list(s.scalars(select(EventRow.id).where(*where)
                                       .order_by(*reading.event_order_by(s, descending=which == "past"))))
                for limit in (None, 1, 3):
                    assert reading.listed_events(s, which, today, limit) == (every[:limit], len(every)), (today, which)
        middle = [reading.listed_events(s, which, starts[len(starts) // 2], None)[1] for which in ("upcoming", "past")]
        assert middle == [8, 6], middle    # both lists hold events on the middle day

        def kept(conn, cursor, statement, params, context, executemany):
            statements.append((statement, params))
        event.listen(service.store.engine, "before_cursor_execute", kept)
        for which in ("upcoming", "past"):
            reading.listed_events(s, which, NOW.date(), 100)
        event.remove(service.store.engine, "before_cursor_execute", kept)
        conn = s.connection()
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql("SET LOCAL enable_seqscan = off")    # a small table's cheapest plan is a scan
        explain = "EXPLAIN QUERY PLAN " if conn.dialect.name == "sqlite" else "EXPLAIN "
        plans = [" ".join(str(row) for row in conn.exec_driver_sql(explain + statement, params)) for statement, params in statements]
    upcoming_list, upcoming_count, past_list, past_count = plans
    assert "ix_events_until" in upcoming_list and "ix_events_until" in upcoming_count, plans
    assert "ix_events_listed" in past_list and "ix_events_until" in past_count, plans
    service.store.close()


def test_sqlite_asks_the_index_for_the_trigrams_of_each_string():
    """FTS5 is asked for each string's trigrams, each once (a string's phrase made it match positions too):
    `오픈AI 카카오`'s strings and its words between spaces."""
    assert search.trigrams(["오픈AI", "카카오"]) == ["오픈A", "픈AI", "카카오"]
    assert search.trigrams([" 오픈 ", " ai ", " 카카오 "]) == [" 오픈", "오픈 ", " ai", "ai ", " 카카", "카카오", "카오 "]
    assert search.trigrams(["카카오", "카카오톡"]) == ["카카오", "카오톡"]


def indexed_words(s) -> dict[str, frozenset[str]]:
    """What `search.WORDS_INDEX` holds for each article: its indexed expression's value."""
    return {i: frozenset(words) for i, words in s.execute(text(
        f"SELECT id, {search.WORDS_FUNCTION}(profile, title_words) FROM articles"))}


def differing(expected: dict, actual: dict) -> dict:
    """The keys whose values differ (missing on a side: None), with (expected, actual): what a failed equality names."""
    return {k: (expected.get(k), actual.get(k)) for k in expected.keys() | actual.keys() if expected.get(k) != actual.get(k)}


def test_the_words_index_holds_what_lookups_match_by_as_ingest_and_migration_0012_write_it(backend_url, texts):
    """PostgreSQL: every ingested article is indexed under exactly the words `reading.article_matches` reads (its
    profile's and its headline's), the index rebuilt by migration 0012 from the stored rows holds the same, the
    lookups' statement reads it, and the words' answer is every article holding all of a topic's words (the terms
    verbatim add theirs). SQLite: the migration leaves FTS5 answering as it did."""
    from alembic import command

    from digest.storage.schema import alembic_config
    from digest.text.korean import content_words

    service = ingest_all(backend_url, texts[:40])
    engine = service.store.engine
    with service.store.session() as s:
        stored = {a.id: frozenset(parse_profile(a.profile)[0]) | frozenset(a.title_words.split())
                  for a in s.execute(select(ArticleRow.id, ArticleRow.profile, ArticleRow.title_words))}
        story_of = dict(s.execute(select(ArticleRow.id, ArticleRow.story_id)).all())
        before = {topic: reading.candidate_stories(s, topic, 10_000) for topic in TOPICS}
    assert len(stored) == 40, sorted(stored)
    if engine.dialect.name == "postgresql":
        with service.store.session() as s:
            indexed = indexed_words(s)
        assert indexed == stored, differing(stored, indexed)
        for topic in ("오픈AI 카카오", "카카오", "반도체", "서울대"):
            words = set(content_words(topic))
            holding = {i for i, held in stored.items() if words <= held}
            assert holding and len(holding) < len(stored), topic
            with service.store.session() as s:
                stories, named = search.stories_holding(s, ["넷플릭스"], words, 10_000) or (set(), -1)   # a term no text holds
                assert search.stories_holding(s, ["ai"], words, 10_000) is None     # a term too short to look up
                assert (stories, named) == ({story_of[i] for i in holding}, len(holding)), (topic, holding, story_of)
        with engine.connect() as conn:
            conn.exec_driver_sql("SET enable_seqscan = off")
            plan = " ".join(str(r) for r in conn.exec_driver_sql(
                f"EXPLAIN SELECT id FROM articles WHERE {search.WORDS_FUNCTION}(profile, title_words) @> ARRAY['카카오']"))
        assert search.WORDS_INDEX in plan, plan
    with engine.begin() as conn:
        command.downgrade(alembic_config(connection=conn), "0011")
    with engine.connect() as conn:
        assert not search.words_exist(conn)
    upgrade(engine)
    with service.store.session() as s:
        after = {topic: reading.candidate_stories(s, topic, 10_000) for topic in TOPICS}
        assert after == before, differing(before, after)
        assert any(before.values())
        if engine.dialect.name == "postgresql":
            indexed = indexed_words(s)
            assert indexed == stored, differing(stored, indexed)
            assert search.words_exist(s.connection())
    service.store.close()


def test_lookups_read_articles_stories_from_the_index_of_migration_0013(backend_url, texts):
    """The stories of the articles the text index names are read from `ix_articles_id_story` alone on SQLite (not
    from the articles' rows, which the primary key's plan read); migration 0013 adds it to a database at 0012 on
    both databases, and every topic's candidates are what they were before it. PostgreSQL's connections ask the
    kernel for a bitmap scan's pages ahead (`effective_io_concurrency`)."""
    from alembic import command
    from sqlalchemy import event

    from digest.storage.schema import _has_index, alembic_config

    service = ingest_all(backend_url, texts[:40])
    engine = service.store.engine
    statements: list[tuple[str, object]] = []

    def kept(conn, cursor, statement, params, context, executemany):
        statements.append((statement, params))
    with service.store.session() as s:
        event.listen(engine, "before_cursor_execute", kept)
        before = {topic: reading.candidate_stories(s, topic, 10_000) for topic in TOPICS}
        event.remove(engine, "before_cursor_execute", kept)
        story_of = dict(s.execute(select(ArticleRow.id, ArticleRow.story_id)).all())
    assert before["카카오"] and before["넷플릭스"] == set()
    with engine.connect() as conn:
        assert _has_index(conn, "articles", search.STORY_OF_ARTICLE)
        if engine.dialect.name == "sqlite":
            mapping = [(st, p) for st, p in statements if "a.story_id FROM articles" in st]
            assert len(mapping) == len(TOPICS) - 3, statements     # but `삼성`, `로봇`, `AI`: too short to look up
            plans = [" ".join(str(r) for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + st, p)) for st, p in mapping]
            assert all(f"USING COVERING INDEX {search.STORY_OF_ARTICLE}" in plan for plan in plans), plans
        else:
            assert conn.exec_driver_sql("SHOW effective_io_concurrency").scalar() == "64"
    with engine.begin() as conn:
        command.downgrade(alembic_config(connection=conn), "0012")
    with engine.connect() as conn:
        assert not _has_index(conn, "articles", search.STORY_OF_ARTICLE)
    upgrade(engine)
    with engine.connect() as conn:
        assert _has_index(conn, "articles", search.STORY_OF_ARTICLE)
    with service.store.session() as s:
        assert {topic: reading.candidate_stories(s, topic, 10_000) for topic in TOPICS} == before
        assert dict(s.execute(select(ArticleRow.id, ArticleRow.story_id)).all()) == story_of
    service.store.close()


def test_an_article_stored_without_headline_words_is_named_by_every_words_lookup(backend_url, texts):
    """Its headline's words are found by Kiwi when a lookup reads it (`reading.title_words`), which the index cannot
    do, so the index names it for any words; the lookup still answers what the full walk answers."""
    service = ingest_all(backend_url, texts[:40])
    with service.store.session() as s:
        article, story = s.execute(select(ArticleRow.id, ArticleRow.story_id).order_by(ArticleRow.id).limit(1)).one()
        assert search.stories_holding(s, ["넷플릭스"], ["넷플릭스"], 100) == (set(), 0)
        s.execute(text("UPDATE articles SET title_words = NULL WHERE id = :id"), {"id": article})
        s.commit()
        named = search.stories_holding(s, ["넷플릭스"], ["넷플릭스"], 100)
    assert named == (({story}, 1) if service.store.engine.dialect.name == "postgresql" else (set(), 0))
    assert [v.id for v in service.search("오픈AI 카카오", limit=10).stories] != []
    service.store.close()


def test_sqlite_lookups_read_no_document_as_ingest_and_migration_0014_write_the_index(tmp_path, texts):
    """SQLite: FTS5 numbers each article's document (`search.ROWS`) and a lookup reads the articles' ids by the numbers
    FTS5 answers from its lists, never a document: with every document's row deleted from FTS5's content table, every
    topic's candidates are what they were. The index keeps no positions (`detail=none`): fewer pages of lists than
    revision 0013's index of the same documents. An edited article keeps its number and its new document alone.
    Migration 0014 rebuilds the index from the stored rows of a store at 0013, the same documents, numbered in the
    order of the articles' ids."""
    from alembic import command

    from digest.storage.schema import alembic_config

    service = ingest_all(f"sqlite:///{tmp_path / 'rows.db'}", texts[:40])
    engine = service.store.engine

    def candidates():
        with service.store.session() as s:
            return {topic: reading.candidate_stories(s, topic, 10_000) for topic in TOPICS}

    def sql(query):
        with engine.connect() as conn:
            return conn.exec_driver_sql(query).all()

    def documents():
        return dict(sql(f"SELECT r.article_id, d.body FROM {search.ROWS} r JOIN {search.TABLE} d ON d.rowid = r.id"))

    def list_pages():
        return sql(f"SELECT count(*) FROM dbstat WHERE name IN ('{search.TABLE}_data', '{search.TABLE}_idx')")[0][0]

    first, second = texts[50], texts[51]      # not among the 40: stored, then edited
    edited = service.ingest_source(SourceText("edited.txt", first[1], "utf-8", {"url": "https://news.example/edited"}))
    assert service.ingest_source(SourceText("edited.txt", second[1], "utf-8", {"url": "https://news.example/edited"})) \
        .status == "updated"
    ingested, written = candidates(), documents()
    assert ingested["카카오"] and ingested["넷플릭스"] == set() and len(written) == 41
    assert sql(f"SELECT count(*) FROM {search.TABLE}") == [(41,)]       # the edited article's first document is gone
    number = sql(f"SELECT id FROM {search.ROWS} WHERE article_id = '{edited.article_id}'")
    assert number and written[edited.article_id] == sql(f"SELECT body FROM {search.TABLE} WHERE rowid = {number[0][0]}")[0][0]

    with engine.begin() as conn:
        command.downgrade(alembic_config(connection=conn), "0013")
    assert dict(sql(f"SELECT article_id, body FROM {search.TABLE}")) == written
    assert sql(f"SELECT name FROM sqlite_master WHERE name = '{search.ROWS}'") == []
    with_positions = list_pages()
    upgrade(engine)
    assert documents() == written and candidates() == ingested
    assert [i for i, in sql(f"SELECT article_id FROM {search.ROWS} ORDER BY id")] == sorted(written)
    assert list_pages() < with_positions
    assert sql(f"SELECT count(*) FROM {search.TABLE} WHERE {search.TABLE} MATCH '\"카카오\"'")[0][0] > 0
    with pytest.raises(OperationalError, match="phrase queries are not supported"):    # no positions kept
        sql(f"SELECT count(*) FROM {search.TABLE} WHERE {search.TABLE} MATCH '\"카카오가\"'")

    with engine.begin() as conn:
        conn.exec_driver_sql(f"DELETE FROM {search.TABLE}_content")
    assert candidates() == ingested
    service.store.close()


def test_a_walk_past_the_search_cap_asks_the_index_about_each_page_what_it_names_of_all(backend_url, texts):
    """PostgreSQL: past SEARCH_CAP articles holding a topic's words (`search.words_named`, which reads one article past
    its cap at most), the walk asks the index about each page's stories (`search.stories_holding_among`): every page
    gets exactly the stories `stories_holding` names among all, the terms verbatim adding theirs to the words', by a
    statement that never takes the trigram index (it names every document holding the terms, each then read).
    SQLite: not asked (FTS5 names its articles from its lists alone)."""
    from digest.text.korean import content_words

    service = ingest_all(backend_url, texts[:40])
    postgres = service.store.engine.dialect.name == "postgresql"
    by_terms_only = 0
    with service.store.session() as s:
        stories = reading.latest_first(s)
        rows = list(s.execute(select(ArticleRow.id, ArticleRow.story_id, ArticleRow.profile, ArticleRow.title_words)))
        held = {a.id: frozenset(parse_profile(a.profile)[0]) | frozenset(a.title_words.split()) for a in rows}
        story_of = {a.id: a.story_id for a in rows}
        for topic in TOPICS:
            terms, words = topic.split(), content_words(topic)
            named = search.words_named(s, terms, words, 3)
            everything = search.stories_holding(s, terms, words, 10_000)
            if not postgres or everything is None:      # SQLite; or a term too short: nothing narrows
                assert named is None, topic
                continue
            holding = {i for i, h in held.items() if set(words) <= h}
            assert named is not None and named.more == (len(holding) > 3), topic
            assert len(named.articles) == min(len(holding), 4) and dict(named.articles).items() <= story_of.items()
            by_terms_only += len(everything[0] - {story_of[i] for i in holding})
            for page in reading.in_chunks(stories, 7):
                assert search.stories_holding_among(s, terms, words, page) == everything[0] & set(page), topic
        if postgres:
            assert by_terms_only > 0          # the terms verbatim named stories the words did not
            s.execute(text("SET LOCAL enable_seqscan = off"))
            statements: list[tuple] = []
            event.listen(service.store.engine, "before_cursor_execute", lambda *a: statements.append(a[2:4]))
            assert search.stories_holding_among(s, ["오픈AI", "카카오"], ["오픈", "ai", "카카오"], stories)
            plan = " ".join(str(r) for r in s.connection().exec_driver_sql("EXPLAIN " + statements[-1][0], statements[-1][1]))
            assert f"{search.TABLE}_pkey on {search.TABLE}" in plan and f"ix_{search.TABLE}_body" not in plan, plan
    service.store.close()


def test_a_topic_the_newest_page_matched_is_asked_about_its_next_page_before_its_words_are_counted(backend_url, texts,
                                                                                                   monkeypatch):
    """PostgreSQL: when the newest page matched the topic but did not fill the matches, the next page is asked about
    by page (`search.stories_holding_among`) before the words' index is asked how many articles hold the words
    (`search.words_named`). Whether that page fills the matches (never counted), or the count then says more than
    SEARCH_CAP (the walk goes on by page) or no more (the named stories the walk has not reached are read), every
    answer is the full walk's, for every limit. SQLite: never asked by page."""
    service = ingest_all(backend_url, texts[:40])
    postgres = service.store.engine.dialect.name == "postgresql"
    asked: list[tuple[str, bool | None]] = []
    count, by_page = search.words_named, search.stories_holding_among

    def counted(s, terms, words, cap):
        named = count(s, terms, words, cap)
        asked.append(("count", None if named is None else named.more))
        return named

    def paged(s, terms, words, story_ids):
        asked.append(("page", None))
        return by_page(s, terms, words, story_ids)
    monkeypatch.setattr(search, "words_named", counted)
    monkeypatch.setattr(search, "stories_holding_among", paged)
    ways: Counter = Counter()
    with service.store.session() as s:
        order = reading.latest_first(s)
        assert len(order) <= reading.PREFILTER_FROM          # the reference reads every story, no index asked
        for topic in TOPICS:
            everything = reading.matching_in_order(s, order, topic)
            for first_page, cap in ((1, 300), (2, 300), (1, 3), (3, 0)):
                monkeypatch.setattr(reading, "FIRST_PAGE", first_page)
                monkeypatch.setattr(reading, "SEARCH_CAP", cap)
                for limit in (1, 2, 3, 5, 10, len(order)):
                    asked.clear()
                    assert reading.first_matching(s, topic, limit) == everything[:limit], (topic, first_page, cap, limit)
                    if asked[:1] == [("page", None)]:
                        ways["filled by the page" if ("count", True) not in asked and ("count", False) not in asked
                             else f"then counted, past the cap: {('count', True) in asked}"] += 1
    if postgres:
        assert set(ways) == {"filled by the page", "then counted, past the cap: True",
                             "then counted, past the cap: False"}, ways
    else:
        assert not ways
    service.store.close()

"""How many stories and events are read at once: the SQL that picks, orders and bounds them gives what the
Python definitions give (event_status and sort_events, the latest-reported-first story order, topic matching),
on SQLite and on PostgreSQL, and a chat reply's bound never hides a card a chat would have shown.
"""

from __future__ import annotations

import itertools
import os
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import insert, select

import bot.commands.layer
import digest.reading as reading
from bot.commands.layer import SHOWN_LIMIT, CommandLayer
from bot.protocol import Origin, Reply
from digest.linking import event_status, parse_profile
from digest.reading import (
    event_views,
    first_matching,
    latest_first,
    matching,
    matching_in_order,
    newest_first,
    sort_events,
)
from digest.service import NewsService
from digest.storage import search
from digest.storage.models import ArticleRow, EventRow, EventSourceRow, StoryRow
from digest.storage.store import Store
from digest.text.korean import content_words
from digest.text.metadata import KST
from digest.views import DigestView, EventListView, EventView, StoryView
from tests.fakes import PINNED_NOW, seeded_commands
from tests.postgres import server

TODAY = date(2025, 9, 10)
NOW = datetime(2025, 9, 10, 18, 0, tzinfo=KST)
HERE = Origin("console", channel="c", user="u")
COUNTER = itertools.count(1)


@pytest.fixture(params=["sqlite", "postgresql-icu"])
def url(request, tmp_path):
    """SQLite, and a PostgreSQL database whose default collation is the locale's (en-US), not code points."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'reading.db'}"
        return
    pg, name = server(), f"reading_icu_{os.getpid()}_{next(COUNTER)}"
    pg._admin(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER icu ICU_LOCALE 'en-US' "
              "LOCALE 'C.UTF-8'")
    try:
        yield pg.url(name)
    finally:
        pg.drop_database(name)


def add_article(conn, article_id: str, story_id: str | None, published: datetime | None, ingested: datetime,
                title: str = "제목", profile: str = "{}") -> None:
    conn.execute(insert(ArticleRow.__table__), {
        "id": article_id, "source": f"{article_id}.txt", "url": None, "content_hash": article_id.ljust(64, "0"),
        "title": title, "title_origin": "text", "outlet": "뉴스웍스", "reporter": None, "published_at": published,
        "published_precision": "minute" if published else None, "published_origin": "text" if published else None,
        "ingested_at": ingested, "encoding": "utf-8", "story_id": story_id, "profile": profile})


def add_story(conn, story_id: str, when: datetime) -> None:
    conn.execute(insert(StoryRow.__table__), {"id": story_id, "title": f"이야기 {story_id}", "published_at": when,
                                              "updated_at": when, "size": 1})


def test_calendar_is_picked_and_ordered_in_sql_as_event_status_and_sort_events_would(url):
    """Every kind of event (planned, past, happened, undated, spanning today, every precision) and titles that
    a locale collation orders differently from code points ("B" < "a" < "가"), with ties on every key."""
    store = Store(url)
    t0 = datetime(2025, 9, 1)
    with store.engine.begin() as conn:
        add_story(conn, "s1", t0)
        add_article(conn, "a1", "s1", t0, t0)
        n = 0
        for kind in ("planned", "past"):
            for precision in ("day", "month", "quarter", "none"):
                for start, end in ((None, None), (datetime(2025, 9, 3), None), (datetime(2025, 9, 10), None),
                                   (datetime(2025, 9, 8), datetime(2025, 9, 12)), (datetime(2025, 10, 1), None)):
                    for happened in (None, "a1"):
                        for title in ("B 발표", "a 발표", "가 발표", "b 발표"):
                            n += 1
                            conn.execute(insert(EventRow.__table__), {
                                "id": f"e{n:04d}", "title": title, "words": title, "start": start, "end": end,
                                "precision": precision, "part_of_day": None, "kind": kind, "story_id": "s1",
                                "happened_article_id": happened, "created_at": t0})
                            conn.execute(insert(EventSourceRow.__table__), {
                                "event_id": f"e{n:04d}", "article_id": "a1", "evidence": f"{title} 근거",
                                "reported_past": False})
    service = NewsService(store, now=lambda: NOW)
    with store.session() as s:
        every = event_views(s, [], TODAY)         # in id order, as sort_events' ties keep them
    for which in ("upcoming", "past", "all"):
        upcoming = which == "upcoming"
        chosen = [v for v in every if which == "all" or (v.status in ("planned", "undated")) == upcoming]
        expected = sort_events(chosen)
        if which == "past":
            expected.reverse()
        assert [v.id for v in service.events(which)] == [v.id for v in expected], which
        bounded = service.event_list(which, limit=7)
        assert [v.id for v in bounded.events] == [v.id for v in expected[:7]] and bounded.total == len(expected)
    assert {v.status for v in every} == {"planned", "undated", "happened", "unconfirmed", "past"}
    with store.session() as s:
        rows = s.execute(select(EventRow.id, EventRow.kind, EventRow.precision, EventRow.start, EventRow.end,
                                EventRow.happened_article_id, reading.upcoming_in_sql(TODAY).label("up"))).all()
    assert all(bool(r.up) == (event_status(r, TODAY) in ("planned", "undated")) for r in rows)
    store.close()


def test_newest_first_walk_and_the_digest_order_agree(tmp_path, monkeypatch):
    """Undated articles count by their ingest time, equal times order by story id, a story counts at its newest
    article; pages as small as one article, and any sizes asked for, give the same order."""
    store = Store(f"sqlite:///{tmp_path / 'walk.db'}")
    t0 = datetime(2025, 9, 1)
    latest = {}
    with store.engine.begin() as conn:
        for n in range(12):
            latest[f"s{n:02d}"] = max(t0 + timedelta(hours=n % 5), t0 + timedelta(hours=(n * 7) % 11))
            add_story(conn, f"s{n:02d}", t0)
            add_article(conn, f"a{n:02d}x", f"s{n:02d}", t0 + timedelta(hours=n % 5), t0,
                        profile='{"w": {"카카오": 1}}' if n % 3 == 0 else "{}")
            add_article(conn, f"a{n:02d}y", f"s{n:02d}", None, t0 + timedelta(hours=(n * 7) % 11))
        add_article(conn, "loose", None, t0 + timedelta(days=9), t0)   # no story: never listed
        search.backfill(conn)                                         # the text index, as ingest keeps it
    monkeypatch.setattr(reading, "FIRST_PAGE", 1)
    with store.session() as s:
        order = latest_first(s)
        assert order == sorted(latest, key=lambda i: (latest[i], i), reverse=True)
        assert [i for page in newest_first(s) for i in page] == order
        walk = newest_first(s)
        pages = list(next(walk))
        try:
            while True:
                pages += walk.send(len(pages) % 4)     # the sizes a search asks for, and none (0)
        except StopIteration:
            pass
        assert pages == order
        cutoff = t0 + timedelta(hours=6)
        assert latest_first(s, cutoff) == [i for i in order if latest[i] >= cutoff] != order
        kakao = matching_in_order(s, order, "카카오")
        assert kakao == [i for i in order if int(i[1:]) % 3 == 0]
        for limit in (1, 2, 3, 4, 10):
            assert first_matching(s, "카카오", limit) == kakao[:limit]
            assert first_matching(s, None, limit) == order[:limit]
    store.close()


def reference_match(s, story_ids: list[str], topic: str) -> set[str]:
    """Topic matching as defined, one article at a time, sentences loaded: every term in the headline, or every
    word in the body's words or the headline's, or every term verbatim in a sentence."""
    terms, words = topic.split(), content_words(topic)
    out = set()
    for a in s.scalars(select(ArticleRow).where(ArticleRow.story_id.in_(story_ids))):
        body_words = parse_profile(a.profile)[0]     # the body sentences' words, counted at ingest
        if (all(t.lower() in a.title.lower() for t in terms)
                or (words and all(w in body_words or w in content_words(a.title) for w in words))
                or all(any(t.lower() in x.text.lower() for x in a.sentences) for t in terms)):
            out.add(a.story_id)
    return out


# The company is named only in the headline: "넷플릭스 가격" matches by the headline's words and the body's.
HEADLINE_ONLY = """\
넷플릭스, 국내 구독료 인상 발표
[뉴스웍스=홍길동 기자] 이 회사는 다음 달부터 국내 월 구독 가격을 2천원씩 올린다고 10일 밝혔다.
업계는 다른 동영상 서비스도 가격을 올릴 것으로 본다.
입력 2025.09.10 09:00
"""


@pytest.mark.parametrize("topic", ["카카오", "오픈AI 카카오", "AI", "코리아 출범", "서울대", "챗GPT", "LLM", "존재하지않는낱말",
                                   "넷플릭스 가격", "넷플릭스 카카오"])
def test_topic_matching_is_the_definition_in_any_chunking(tmp_path, monkeypatch, topic):
    commands = seeded_commands(tmp_path, extra={"netflix.txt": HEADLINE_ONLY})
    with commands.service.store.session() as s:
        order = latest_first(s)
        expected = reference_match(s, order, topic)
        assert bool(expected) == (topic not in ("존재하지않는낱말", "넷플릭스 카카오"))
        for chunk in (500, 1):
            monkeypatch.setattr(reading, "CHUNK", chunk)
            assert set(matching_in_order(s, order, topic)) == expected
            members = {i: list(s.execute(select(*reading.MATCH_COLUMNS).where(ArticleRow.story_id == i))) for i in order}
            assert matching(s, members, topic) == expected


def test_chat_replies_carry_the_newest_hundred_and_count_them_all(tmp_path, monkeypatch, cli):
    monkeypatch.setenv("NEWSDIGEST_NOW", PINNED_NOW.isoformat())
    commands = seeded_commands(tmp_path)
    service = commands.service
    full = service.digest(since=PINNED_NOW - timedelta(days=3650))
    past = service.events("past")
    upcoming = service.events("upcoming")
    assert len(full.stories) >= 3 and len(past) >= 2 and len(upcoming) >= 2
    assert not ask(commands, "/digest 3650").text.endswith("건)")       # within the bound: as before
    monkeypatch.setattr(bot.commands.layer, "SHOWN_LIMIT", 2)
    reply = ask(commands, "/digest 3650")
    assert reply.text == f"최근 3650일 뉴스 다이제스트: 이야기 {len(full.stories)}건 (최신 2건)"
    assert reply.body.stories == full.stories[:2] and reply.body.total == len(full.stories)
    reply = ask(commands, "/events past")
    assert reply.text == f"지난 후속 일정 {len(past)}건 (최근 2건)" and reply.body.events == past[:2]
    reply = ask(commands, "/events")
    assert reply.text == f"다가오는 후속 일정 {len(upcoming)}건 (가까운 2건)" and reply.body.events == upcoming[:2]
    db = str(tmp_path / "news.db")                                      # the CLI is never bounded
    assert len(cli("digest", "--days", "3650", "--format", "json", database=db).json()["stories"]) == len(full.stories)


def ask(commands: CommandLayer, text: str) -> Reply:
    return commands.handle_text(text, HERE)


def test_the_bound_is_more_than_any_chat_shows():
    """The smallest cards there are, hundreds of them: Slack and Discord show fewer than SHOWN_LIMIT."""
    from bot.discord.client import discord_messages
    from bot.slack.app import slack_messages

    stories = [StoryView(f"s{n}", "제목", None, [], []) for n in range(3 * SHOWN_LIMIT)]
    events = [EventView(f"e{n}", "행사", None, "none", None, None, "날짜 미정", "planned", "undated", "", [])
              for n in range(3 * SHOWN_LIMIT)]
    for body in (DigestView(stories, None, None), EventListView(events, "upcoming", None)):
        reply = Reply("헤드라인", body)
        slack_cards = sum(1 for m in slack_messages(reply) for b in m["blocks"] if b["type"] == "divider")
        discord_cards = sum(len(m["embeds"]) for m in discord_messages(reply))
        assert 0 < slack_cards < SHOWN_LIMIT and 0 < discord_cards < SHOWN_LIMIT

"""The store's behaviour on SQLite and on PostgreSQL: the same tests, parametrised over both backends.

PostgreSQL is a real server the suite starts itself (tests/postgres.py); each test gets a new database.
What differs between the two (string lengths enforced, NULL ordering, transactional DDL, concurrent unique
inserts) is exactly what these tests are for.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import func, select

from digest.service import NewsService
from digest.storage.models import ArticleRow, DeliveryRow, EventRow, StoryRow
from digest.storage.store import Store
from digest.subscriptions import LEASE, Subscriptions, Target
from digest.text.metadata import KST
from tests.conftest import SEEDS, write_article
from tests.postgres import backend_url, fresh_database  # noqa: F401  (fixtures the tests request)

NOW = datetime(2025, 9, 10, 18, 0, tzinfo=KST)

LATER = """\
카카오, 오픈AI와 손잡고 AI 에이전트 공개
[서울경제=이영희 기자] 카카오가 오픈AI와의 전략적 제휴에 따라 카카오톡 안에서 쓰는 AI 에이전트를 공개했다고 23일 밝혔다.
카카오는 이날 이프카카오 행사에서 챗GPT 기반 서비스를 처음 시연했다.
회사는 연내 정식 출시를 목표로 베타 테스트를 진행할 계획이라고 설명했다.
업계는 국내 메신저 시장의 AI 경쟁이 본격화할 것으로 보고 있다.
입력 2025.09.23 10:00
"""


@pytest.fixture
def url(backend_url):
    """Every test here runs on SQLite and on PostgreSQL."""
    return backend_url


@pytest.fixture
def service(url):
    store = Store(url)
    box = {"now": NOW}
    svc = NewsService(store, now=lambda: box["now"])
    svc.clock = box
    yield svc
    store.close()


def test_ingest_then_dedupe(service, tmp_path):
    report = service.ingest_paths([SEEDS])
    stored = report.count("stored")
    assert stored == 5 and report.count("skipped") == 0
    again = service.ingest_paths([SEEDS])
    assert again.count("duplicate") == stored and again.count("stored") == 0
    with service.store.session() as s:
        assert s.scalar(select(func.count()).select_from(ArticleRow)) == stored


def test_stories_digest_and_brief(service):
    service.ingest_paths([SEEDS])
    digest = service.digest()
    assert sorted(len(st.sources) for st in digest.stories) == [1, 1, 3]
    launch = next(st for st in digest.stories if len(st.sources) == 3)
    assert {r.outlet for r in launch.sources} == {"뉴스웍스", "뉴시스", "AI매터스"}
    assert 3 <= len(launch.bullets) <= 5 and all(b.sources for b in launch.bullets)
    assert service.brief(launch.id).id == launch.id                       # a story by its id
    article = service.brief(launch.sources[0].article_id[:6])             # an article by a prefix
    assert article.story_id == launch.id and article.bullets
    assert [st.id for st in service.digest(topic="카카오").stories]
    assert service.digest(since=datetime(2030, 1, 1, tzinfo=KST)).stories == []


def test_events_calendar_and_a_later_report(service, tmp_path):
    service.ingest_paths([SEEDS])
    upcoming = service.events("upcoming")
    titles = " ".join(e.title + e.evidence for e in upcoming)
    assert "MOU" in titles and "파운더스" in titles
    assert [e.start for e in upcoming if e.start] == sorted(e.start for e in upcoming if e.start)
    service.clock["now"] = datetime(2025, 9, 23, 12, 0, tzinfo=KST)
    service.ingest_paths([write_article(tmp_path, "later.txt", LATER)])
    with service.store.session() as s:
        assert s.scalar(select(func.count()).select_from(EventRow)) >= len(upcoming)
        assert s.scalar(select(func.count()).select_from(StoryRow)) >= 3
    assert service.events("all")


def test_subscription_delivery_claims(service):
    service.clock["now"] = datetime(2025, 9, 10, 7, 0, tzinfo=KST)
    service.ingest_paths([SEEDS])
    subs = Subscriptions(service)
    service.clock["now"] = datetime(2025, 9, 10, 7, 30, tzinfo=KST)
    sub = subs.subscribe(Target("slack", "T1", "CALL"), "daily 08:00", "U1")
    service.clock["now"] = datetime(2025, 9, 10, 8, 1, tzinfo=KST)
    first = subs.claim_digest(sub.id)
    assert first is not None and len(first.digest.stories) == 3
    assert subs.claim_digest(sub.id) is None                  # claimed: nobody else gets this period
    subs.start_sending(first.delivery_id)
    subs.finish(first.delivery_id, posted=True)
    assert subs.claim_digest(sub.id) is None                  # sent
    assert subs.deliveries(sub.id) == [("digest:2025-09-10T08:00+09:00", "sent")]

    # the next period: a claim whose process died before sending is taken over after the lease
    service.clock["now"] = datetime(2025, 9, 11, 8, 0, tzinfo=KST)
    abandoned = subs.claim_digest(sub.id)
    assert abandoned is not None
    service.clock["now"] += LEASE / 2
    assert subs.claim_digest(sub.id) is None                  # still within the lease
    service.clock["now"] += LEASE
    taken = subs.claim_digest(sub.id)
    assert taken is not None and taken.delivery_id == abandoned.delivery_id
    assert subs.start_sending(taken.delivery_id)              # one of the two moves it to sending and posts;
    assert not subs.start_sending(abandoned.delivery_id)      # the other finds it gone and posts nothing
    subs.finish(taken.delivery_id, posted=True)

    # reminders: one claim per (event, moment)
    service.clock["now"] = datetime(2025, 9, 10, 9, 30, tzinfo=KST)
    reminders = subs.claim_reminders()
    assert reminders and subs.claim_reminders() == []
    with service.store.session() as s:
        keys = list(s.scalars(select(DeliveryRow.period_key).where(DeliveryRow.period_key.startswith("remind:"))))
    assert len(keys) == len(set(keys)) == len(reminders)


def test_a_due_feed_poll_is_claimed_by_one_replica(service):
    from concurrent.futures import ThreadPoolExecutor

    from digest.storage.claims import FEED_POLL_LEASE, claim_feed_poll
    from digest.storage.models import FeedRow

    with service.store.session() as s, s.begin():
        s.add(FeedRow(url="https://news.example/rss", added_at=datetime(2025, 9, 1), interval_minutes=15))
    with service.store.session() as s:
        feed_id = s.scalar(select(FeedRow.id))
    with ThreadPoolExecutor(8) as pool:      # eight pollers at the same moment: one wins
        won = list(pool.map(lambda _: claim_feed_poll(service.store, feed_id, NOW), range(8)))
    assert won.count(True) == 1
    assert not claim_feed_poll(service.store, feed_id, NOW + FEED_POLL_LEASE / 2)
    assert claim_feed_poll(service.store, feed_id, NOW + FEED_POLL_LEASE)   # the winner died: due again



def test_postgresql_plans_a_statement_run_again_and_again_for_its_values():
    """psycopg prepares a statement once it has run five times; PostgreSQL would then plan it once for any values (a
    generic plan), which for ingest's key-term counts read far more than plans made for the terms and window (at
    100,000 stored, ingest's statements took 20.8 ms an article against 12.0). The store's connections plan every
    execution for its values in the transactions that store articles (chat queries keep PostgreSQL's choice): the
    count statement grouping runs for each article, run for every stored article twice in one ingest session
    (prepared on the server after five), was never planned generically (it was 5 times of 10 before)."""
    from sqlalchemy import text

    from digest import linking
    from tests.postgres import fresh_database

    with fresh_database("plans") as url:
        store = Store(url)
        service = NewsService(store, now=lambda: NOW)
        assert all(item.status == "stored" for item in service.ingest_paths([SEEDS]).items)
        with store.ingest_session() as s, s.begin():
            articles = list(s.scalars(select(ArticleRow))) * 2
            assert len(articles) > 6
            for article in articles:
                linking._candidates(s, article, linking.profile_of(article))
            plans = s.execute(text("SELECT generic_plans, custom_plans FROM pg_prepared_statements "
                                   "WHERE statement LIKE 'SELECT t.term, (SELECT count(*)%'")).all()
        store.close()
    assert plans and all(generic == 0 for generic, _ in plans) and sum(custom for _, custom in plans) >= len(articles) - 5

"""One slow server never freezes the bot: feed polls run on their own bounded lane within a per-feed deadline,
chat answers keep coming, and /healthz tells a stuck scheduler or a backlog.

The slow server is real: it drips a byte every 0.3 s, so no single read ever times out (the old failure).
"""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from aiohttp import ClientSession
from sqlalchemy import update

from bot.commands.feeds import feed_owner
from bot.health import HealthChecks
from bot.protocol import Origin
from bot.scheduler import DigestScheduler, Dispatcher
from bot.workers import Lanes
from digest.sources.feeds.polling import add_feed
from digest.storage.models import FeedRow
from digest.subscriptions import Subscriptions
from tests.fakes import seeded_commands, serve_health
from tests.fakes.hostile_web import DripServer
from tests.fixtures.feeds.server import FixtureServer

pytestmark = pytest.mark.usefixtures("private_network")   # the feed servers are on 127.0.0.1

MANAGER = Origin("slack", channel="C1", user="U1", workspace="T1", can_manage=True)


@pytest.fixture(autouse=True)
def only_the_feed_deadline_stops_a_drip(monkeypatch):
    monkeypatch.setenv("NEWSDIGEST_HTTP_TIMEOUT", "5")       # a drip never waits this long for a byte
    monkeypatch.setenv("NEWSDIGEST_HTTP_DEADLINE", "600")
    monkeypatch.setenv("NEWSDIGEST_HTTP_RETRIES", "0")


def due_now(service, *feed_ids) -> None:
    with service.store.session() as s, s.begin():
        s.execute(update(FeedRow).where(FeedRow.id.in_(feed_ids)).values(next_poll_at=None))


async def test_a_drip_feed_holds_one_fetch_worker_not_the_chat_or_the_other_feeds(tmp_path):
    """Told by the order things end in, not by a clock: the drip's deadline is far beyond anything the test does
    while it drips, so the chat answer and the healthy feed come first however loaded the machine is, and only
    if neither waits for the drip. The drip is then ended as a shutdown ends it; its deadline has a test of its own, below."""
    from digest.sources.fetching import abort_fetches, resume_fetches

    commands = seeded_commands(tmp_path)
    service = commands.service
    lanes = Lanes(fetch_workers=2)
    scheduler = DigestScheduler(Dispatcher(Subscriptions(service), {}), lanes=lanes, feed_deadline=300.0)
    with DripServer(interval=0.3) as drip, FixtureServer() as site:
        healthy = site.fixture("/rss.xml", "rss.xml", "application/rss+xml")
        slow_view, _, _ = add_feed(service, drip.url(), check=False)
        healthy_view, _, _ = add_feed(service, healthy, check=False)
        due_now(service, slow_view.id, healthy_view.id)

        polls = [asyncio.wrap_future(p) for p in await asyncio.wait_for(scheduler.poll_feeds(), 60)]   # at once: on the fetch lane
        try:
            assert len(polls) == 2 and await asyncio.to_thread(drip.requested.wait, 60)
            # a failure bound only (a chat answer behind the drip would wait out its deadline); passing takes no time
            reply = await asyncio.wait_for(lanes.for_command("digest").run(lambda: commands.run("digest", "", MANAGER)), 60)
            assert reply.text.startswith("최근 1일 뉴스 다이제스트")
            assert drip.open_connections == 1 and not any(p.done() for p in polls)   # answered mid-drip
            done, _ = await asyncio.wait(polls, timeout=60, return_when=asyncio.FIRST_COMPLETED)
            assert len(done) == 1 and drip.open_connections == 1   # the healthy feed, polled beside the drip
            report = done.pop().result()
            assert (report.feed_id, report.outcome) == (healthy_view.id, "ok")
        finally:
            abort_fetches()                                # what a shutdown does to the poll still dripping
            try:
                reports = await asyncio.wait_for(asyncio.gather(*polls), 10)
            finally:
                resume_fetches()
        assert [(r.feed_id, r.outcome) for r in reports if r.feed_id == slow_view.id] == [(slow_view.id, "failed")]
    lanes.shutdown()


async def test_a_drip_feed_poll_ends_at_the_feed_deadline(tmp_path):
    """No read ever times out on a drip (a byte every 0.3 s); the scheduler's per-feed deadline ends the poll."""
    commands = seeded_commands(tmp_path)
    service = commands.service
    lanes = Lanes(fetch_workers=2)
    scheduler = DigestScheduler(Dispatcher(Subscriptions(service), {}), lanes=lanes, feed_deadline=1.5)
    with DripServer(interval=0.3) as drip:
        slow_view, _, _ = add_feed(service, drip.url(), check=False)
        due_now(service, slow_view.id)
        [poll] = await scheduler.poll_feeds()
        report = await asyncio.wait_for(asyncio.wrap_future(poll), 60)   # a failure bound: the deadline ends it
        assert drip.accepted == 1 and (report.feed_id, report.outcome) == (slow_view.id, "failed")
        assert "no complete answer within 1.5 s" in report.reason
    lanes.shutdown()


async def test_feeds_poll_from_chat_runs_on_the_fetch_lane(tmp_path):
    commands = seeded_commands(tmp_path)
    lanes = Lanes()
    with DripServer(interval=0.3) as drip:
        add_feed(commands.service, drip.url(), check=False, owner=feed_owner(MANAGER))
        poll = asyncio.ensure_future(lanes.for_command("feeds").run(lambda: commands.run("feeds", "poll", MANAGER)))
        assert await asyncio.to_thread(drip.requested.wait, 10)
        for _ in range(3):
            reply = await lanes.for_command("digest").run(lambda: commands.run("digest", "", MANAGER))
            assert reply.text.startswith("최근 1일 뉴스 다이제스트")
        assert not poll.done() and drip.open_connections == 1
        from digest.sources.fetching import abort_fetches, resume_fetches
        abort_fetches()                                   # what a shutdown does to the poll still dripping
        try:
            answer = await asyncio.wait_for(poll, 10)
        finally:
            resume_fetches()
        assert "stopping" in answer.text
    lanes.shutdown()


async def until(check, seconds: float = 10.0):
    for _ in range(int(seconds / 0.1)):
        result = await check()
        if result:
            return result
        await asyncio.sleep(0.1)
    raise AssertionError(f"the condition never held: {check}")


async def test_healthz_reports_a_stuck_scheduler_and_a_backlog_in_plain_words(tmp_path):
    commands = seeded_commands(tmp_path)
    service = commands.service
    lanes = Lanes(max_wait=0.5)
    scheduler = DigestScheduler(Dispatcher(Subscriptions(service), {}), lanes=lanes, heartbeat_seconds=0.1,
                                stuck_after=1.0)
    loop = asyncio.get_running_loop()
    loop.set_default_executor(ThreadPoolExecutor(max_workers=1))   # the threads the scheduler's jobs wait on
    await scheduler.start()
    runner, url = await serve_health(HealthChecks(service.store, scheduler=scheduler, backlog=lanes.backlog))
    release = threading.Event()
    try:
        async with ClientSession() as http:
            async def health(check: str, wanted) -> dict | None:
                """The /healthz answer once `check` satisfies `wanted`, else None."""
                async with http.get(url) as r:
                    body = await r.json()
                    return body if wanted(body["checks"][check]) and (r.status == 200) == (body["status"] == "ok") else None

            ok = (lambda reason: reason == "ok")
            await until(lambda: health("scheduler", ok))
            jam = loop.run_in_executor(None, release.wait)          # a job's database call that never returns
            stuck = await until(lambda: health("scheduler", lambda reason: reason != "ok"))
            assert stuck["status"] == "failing"
            assert stuck["checks"]["scheduler"].startswith("scheduler stuck: no heartbeat for")
            release.set()
            await jam
            await until(lambda: health("scheduler", ok))

            release.clear()
            blocking = lanes.chat.submit(release.wait)              # a command that takes its time
            waiting = lanes.chat.submit(lambda: commands.run("digest", "", MANAGER))
            backlog = await until(lambda: health("workers", lambda reason: reason != "ok"))
            assert backlog["status"] == "failing"
            assert backlog["checks"]["workers"].startswith("chat backlog: 1 waiting, the oldest for")
            assert "Error" not in str(backlog) and "Exception" not in str(backlog)
            release.set()
            await asyncio.wrap_future(blocking)
            assert (await asyncio.wrap_future(waiting)).text.startswith("최근 1일")
            await until(lambda: health("workers", ok))
    finally:
        release.set()
        await runner.cleanup()
        scheduler.shutdown()
        lanes.shutdown()


async def test_healthz_asks_the_platform_whether_the_token_still_works(tmp_path):
    from slack_sdk.web.async_client import AsyncWebClient

    from bot.app import Bot
    from tests.fakes.slack_api import FakeSlack

    commands = seeded_commands(tmp_path)
    fake = await FakeSlack().start()
    bot = Bot(commands.service)
    bot.connected, bot.platform_ttl = True, 0                     # ask every time, for the test
    bot.platform_probe = AsyncWebClient(token="xoxb-health", base_url=fake.api_url).auth_test
    runner, url = await serve_health(HealthChecks(commands.service.store, platform=bot.platform_answers))
    try:
        async with ClientSession() as http:
            async with http.get(url) as r:
                assert r.status == 200 and (await r.json())["checks"]["platform"] == "ok"
            assert fake.calls_to("/api/auth.test")
            await fake.close()                                     # Slack unreachable
            async with http.get(url) as r:
                body = await r.json()
                assert r.status == 503 and body["checks"]["platform"] == "platform not connected"
    finally:
        await runner.cleanup()
        bot.lanes.shutdown()

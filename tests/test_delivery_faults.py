"""Scheduled digests when the platform misbehaves: the fake Slack answers 500 (before or after posting), 429
with a Retry-After, or answers only after the client's timeout having posted; the fake Discord posts and then
answers 500. Every message reaches the channel exactly once, a partly posted digest resumes where it stopped,
and a first delivery that failed keeps its stories for the next one.
"""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from bench.summaries import article_text, load
from bot.protocol import Origin
from bot.scheduler import Dispatcher
from bot.slack.delivery import SlackDeliverer
from tests.conftest import SEEDS
from tests.fakes.discord_api import API, GUILD_ID
from tests.fakes.slack_api import FakeSlack
from tests.test_scheduler import World, kst, post_text
from tests.test_scheduler_discord import NEWS_CHANNEL, discord_world  # noqa: F401  (a fixture)


class Sleeps:
    """The dispatcher's backoff, recorded instead of waited."""

    def __init__(self):
        self.waits: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


@pytest.fixture
async def world(tmp_path):
    fake = await FakeSlack().start()
    w = World(tmp_path, fake)
    w.service.ingest_paths([SEEDS])
    w.sleeps = Sleeps()
    w.dispatcher = Dispatcher(w.subs, {"slack": SlackDeliverer("xoxb-test", fake.api_url, timeout=2.0)},
                              attempts=3, sleep=w.sleeps)
    yield w
    await fake.close()


def digests_in(world, channel: str) -> list[dict]:
    """What the channel shows (the fake's kept messages), scheduled digests only."""
    return [m for m in world.fake.posted[channel] if m["text"].startswith("정기 다이제스트")]


async def subscribe_and_fire(world, channel: str = "CALL"):
    world.now = kst(2025, 9, 10, 7, 30)
    world.say(channel, "/subscribe daily 08:00")
    world.now = kst(2025, 9, 10, 8, 1)
    return await world.dispatcher.run_due()


async def test_500_and_429_are_retried_within_the_period_with_backoff(world):
    world.fake.faults = ["500", "429"]
    assert await subscribe_and_fire(world) == {1: "sent"}
    assert len(digests_in(world, "CALL")) == 1
    assert world.sleeps.waits == [2.0, 1.0]          # the backoff, then the 429's Retry-After
    assert world.subs.deliveries(1) == [("digest:2025-09-10T08:00+09:00", "sent")]


async def test_a_post_answered_after_the_timeout_is_found_in_the_history_not_posted_again(world):
    world.fake.faults = ["late"]
    world.fake.late_seconds = 3.0                     # the client gives up after 2 s; the post is there
    assert await subscribe_and_fire(world) == {1: "sent"}
    assert len(digests_in(world, "CALL")) == 1
    assert world.fake.calls_to("/api/conversations.history")   # reconciled, not guessed
    world.fake.faults = ["500-posted"]                # posted, then answered 500: same
    world.now = kst(2025, 9, 11, 8, 1)
    world.ingest_text("sci.txt", article_text(load()[0]))
    await world.dispatcher.run_due()
    assert len(digests_in(world, "CALL")) == 2


async def test_a_partly_posted_digest_resumes_at_its_unposted_message(world):
    for n, doc in enumerate(load()[:14]):
        world.ingest_text(f"sci{n:02d}.txt", article_text(doc))
    world.fake.faults = [None, "500", "500", "500"]   # the first message lands, the second is refused 3 times
    assert await subscribe_and_fire(world) == {1: "retry"}
    first = digests_in(world, "CALL")
    assert len(first) == 1 and "계속" not in first[0]["text"]
    assert world.subs.deliveries(1) == [("digest:2025-09-10T08:00+09:00", "retry")]

    world.now = kst(2025, 9, 10, 8, 7)               # the retry job's next turn
    assert list((await world.dispatcher.retry_due()).values()) == ["sent"]
    shown = digests_in(world, "CALL")
    assert len(shown) == 2 and "계속 2/2" in shown[1]["text"]
    story_ids = [i for m in shown for i in re.findall(r"\"text\": \"id (s[0-9a-f]+)", post_text(m))]
    assert len(story_ids) >= 14 and len(story_ids) == len(set(story_ids))   # every card once

    world.now = kst(2025, 9, 11, 8, 1)               # the next day: nothing new, nothing re-posted
    assert await world.dispatcher.run_due() == {1: "empty"}
    assert len(digests_in(world, "CALL")) == 2


async def test_a_first_delivery_that_failed_keeps_its_stories_for_the_next(world):
    world.fake.faults = ["500"] * 3
    assert await subscribe_and_fire(world) == {1: "retry"}
    world.now = kst(2025, 9, 10, 8, 1) + timedelta(hours=13)   # past the retry window: given up
    world.fake.faults = ["500"] * 3
    assert list((await world.dispatcher.retry_due()).values()) == ["failed"]
    assert digests_in(world, "CALL") == []
    world.now = kst(2025, 9, 11, 8, 1)
    assert await world.dispatcher.run_due() == {1: "sent"}
    shown = digests_in(world, "CALL")
    assert len(shown) == 1 and "이야기 3건" in shown[0]["text"]
    assert "카카오" in post_text(shown[0])


async def test_discord_post_answered_500_after_posting_is_shown_once(discord_world):
    clock, commands, dispatcher, fake = discord_world
    origin = Origin("discord", NEWS_CHANNEL, "42", workspace=GUILD_ID, can_manage=True)
    assert "구독했습니다" in commands.handle_text("/subscribe daily 08:00", origin).text
    fake.faults = ["500-posted"]
    clock["now"] = kst(2025, 9, 10, 8, 0, 20)
    assert await dispatcher.run_due() == {1: "sent"}
    tries = fake.calls_to(f"{API}/channels/{NEWS_CHANNEL}/messages", "POST", status=None)
    assert [c.headers["x-fake-status"] for c in tries] == ["500", "200"]        # a retry with the same nonce
    assert len({c.body["nonce"] for c in tries}) == 1
    assert [m["content"][:8] for m in fake.posted[NEWS_CHANNEL]] == ["정기 다이제스트"]

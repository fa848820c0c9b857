"""Several bot replicas on one PostgreSQL database: every scheduled digest reaches the platform exactly once.

The replicas are real processes (tests/replica_worker.py) firing the same schedule at the same moment
against the fake Slack, with the real slack_sdk client. The fake notes each post the moment it arrives,
before answering, so a post that was on its way when a replica was killed still counts as delivered.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
from collections import Counter
from datetime import datetime, timedelta

import pytest
from aiohttp import web
from sqlalchemy import select

from bench.latency import insert_synthetic_stories
from digest.service import NewsService
from digest.storage.models import DeliveryRow
from digest.storage.store import Store
from digest.subscriptions import LEASE, Subscriptions, Target
from digest.text.metadata import KST
from tests.conftest import ROOT
from tests.fakes.slack_api import FakeSlack
from tests.postgres import fresh_database

CHANNELS = [f"C{n:03d}" for n in range(30)]
FIRES = datetime(2025, 9, 10, 8, 0, 30, tzinfo=KST)     # just after every subscription's 08:00


class ArrivalSlack(FakeSlack):
    """Records each chat.postMessage as it arrives (the platform has it), then waits at the gate."""

    def __init__(self):
        super().__init__()
        self.arrived: list[dict] = []
        self.arrival = asyncio.Event()

    async def post_message(self, request: web.Request) -> web.Response:
        body = await request.json() if request.content_type == "application/json" else dict(await request.post())
        self.arrived.append(body)
        self.arrival.set()
        return await super().post_message(request)

    def digests_per_channel(self) -> Counter:
        return Counter(b["channel"] for b in self.arrived if b["text"].startswith("정기 다이제스트"))


@pytest.fixture
def shared_db():
    """A PostgreSQL database with a few stories and one daily 08:00 subscription per channel."""
    with fresh_database("replicas") as url:
        store = Store(url)
        insert_synthetic_stories(store, 4, datetime(2025, 9, 10, 7, 50, tzinfo=KST), days=1)
        subs = Subscriptions(NewsService(store, now=lambda: datetime(2025, 9, 10, 7, 0, tzinfo=KST)))
        for channel in CHANNELS:
            subs.subscribe(Target("slack", "T1", channel), "daily 08:00", "UADMIN")
        store.close()
        yield url


async def start_replica(url: str, fake: ArrivalSlack, now: datetime, *extra: str):
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "tests.replica_worker", url, fake.api_url, now.isoformat(), *extra,
        cwd=ROOT, stdout=asyncio.subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert json.loads(await asyncio.wait_for(proc.stdout.readline(), 60)) == {"ready": True}
    return proc


async def outcomes_of(proc) -> list[str]:
    line = await asyncio.wait_for(proc.stdout.readline(), 60)
    assert await proc.wait() == 0
    return json.loads(line)["outcomes"]


def statuses(url: str) -> Counter:
    store = Store(url)
    with store.session() as s:
        found = Counter(s.scalars(select(DeliveryRow.status)))
    store.close()
    return found


async def test_two_replicas_fire_together_and_each_digest_is_posted_once(shared_db, tmp_path):
    fake = await ArrivalSlack().start()
    go = tmp_path / "go"
    try:
        replicas = [await start_replica(shared_db, fake, FIRES, "--rounds", "3", "--go", str(go)) for _ in range(2)]
        go.touch()                                            # both fire now, three times each
        outcomes = [await outcomes_of(p) for p in replicas]
    finally:
        await fake.close()
    assert fake.digests_per_channel() == Counter({c: 1 for c in CHANNELS})
    assert sum(o.count("sent") for o in outcomes) == len(CHANNELS)
    assert statuses(shared_db) == Counter({"sent": len(CHANNELS)})


async def test_a_replica_killed_mid_run_loses_nothing(shared_db, tmp_path):
    fake = await ArrivalSlack().start()
    fake.gate.clear()                                         # the platform holds its answers
    go = tmp_path / "go"
    try:
        # Replica A claims every digest, then posts one a second (its rate limit) and is killed after two.
        doomed = await start_replica(shared_db, fake, FIRES, "--rate", "1", "--burst", "1")
        while len(fake.arrived) < 2:
            fake.arrival.clear()
            await asyncio.wait_for(fake.arrival.wait(), 30)
        doomed.send_signal(signal.SIGKILL)
        await doomed.wait()
        fake.gate.set()
        # Replica B fires once A's lease has run out: it takes over what A claimed but never sent.
        survivor = await start_replica(shared_db, fake, FIRES + LEASE + timedelta(minutes=1), "--go", str(go))
        # Counted while B starts, not the moment A dies: a third post A wrote before the kill (a loaded machine can
        # delay the kill past A's next second) reaches the platform, and is in flight, only once the loop reads it.
        in_flight = len(fake.arrived)
        go.touch()
        outcomes = await outcomes_of(survivor)
    finally:
        await fake.close()
    assert fake.digests_per_channel() == Counter({c: 1 for c in CHANNELS})   # each exactly once, none lost
    assert outcomes.count("sent") == len(CHANNELS) - in_flight
    # what A had on its way when it died is not sent again: B finds it in the channel's history by its key
    assert statuses(shared_db) == Counter({"sent": len(CHANNELS)})
    assert len(fake.calls_to("/api/conversations.history")) == in_flight

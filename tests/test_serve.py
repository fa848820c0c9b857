"""`newsdigest serve slack` as a deployment runs it: a real process, its /healthz, a signed /subscribe, and
a scheduled digest reaching the fake Slack."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sys
import time
from datetime import datetime
from urllib.parse import urlencode

import aiohttp
import pytest
from slack_sdk.signature import SignatureVerifier
from sqlalchemy import update

from bot.config import load_settings
from digest.service import NewsService
from digest.sources.feeds.policy import FeedPolicy
from digest.sources.feeds.polling import add_feed
from digest.sources.fetching import FetchPolicy
from digest.storage.models import FeedRow
from digest.storage.store import Store
from digest.subscriptions import Subscriptions, Target
from digest.text.metadata import KST
from tests.conftest import SEEDS
from tests.fakes.discord_api import API, APP_ID, GUILD_ID, FakeDiscord
from tests.fakes.hostile_web import DripServer
from tests.fakes.slack_api import FakeSlack

SECRET = "serve-test-secret"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def wait_healthy(http: aiohttp.ClientSession, url: str, proc) -> dict:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.returncode is not None:
            raise RuntimeError(f"serve exited with {proc.returncode}: {(await proc.stderr.read()).decode()}")
        try:
            async with http.get(url) as r:
                if r.status == 200:
                    return await r.json()
        except aiohttp.ClientError:
            pass
        await asyncio.sleep(0.3)
    raise TimeoutError("no healthy /healthz within 60 s")


async def serve_slack(db: str, fake: FakeSlack, port: int, **settings: str):
    """`newsdigest serve slack` as a process, in HTTP mode against the fake Slack, private fetching off; the
    port comes from PORT, as the container image sets it."""
    env = {**os.environ, "SLACK_BOT_TOKEN": "xoxb-serve-test", "SLACK_SIGNING_SECRET": SECRET,
           "SLACK_API_URL": fake.api_url, "NEWSDIGEST_SLACK_SUBSCRIPTION_MANAGERS": "everyone", "PORT": str(port),
           **settings}
    env.pop("SLACK_APP_TOKEN", None)
    env.pop("NEWSDIGEST_FETCH_ALLOW_PRIVATE", None)
    return await asyncio.create_subprocess_exec(sys.executable, "-m", "bot.cli", "--db", db, "serve", "slack",
                                                "--host", "127.0.0.1", env=env,
                                                stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)


def signed(form: dict) -> tuple[str, dict]:
    body = urlencode(form)
    ts = str(int(time.time()))
    return body, {"Content-Type": "application/x-www-form-urlencoded", "X-Slack-Request-Timestamp": ts,
                  "X-Slack-Signature": SignatureVerifier(SECRET).generate_signature(timestamp=ts, body=body)}


async def test_serve_slack_health_subscribe_and_scheduled_post(tmp_path):
    fake = await FakeSlack().start()
    db = str(tmp_path / "serve.db")
    # news in and a subscription made at 07:00; the bot starts at 08:00:30 and owes it the 08:00 digest
    store = Store(f"sqlite:///{db}")
    service = NewsService(store, now=lambda: datetime(2025, 9, 10, 7, 0, tzinfo=KST))
    service.ingest_paths([SEEDS])
    Subscriptions(service).subscribe(Target("slack", "T1", "C0SCHED"), "daily 08:00", "U1")
    store.close()
    port = free_port()
    proc = await serve_slack(db, fake, port, NEWSDIGEST_NOW="2025-09-10T08:00:30+09:00")
    try:
        async with aiohttp.ClientSession() as http:
            health = await wait_healthy(http, f"http://127.0.0.1:{port}/healthz", proc)
            assert health["checks"] == {"database": "ok", "scheduler": "ok", "platform": "ok", "workers": "ok"}
            # the clock is pinned just after 08:00: a daily 08:00 subscription made now is not due until tomorrow
            form = {"team_id": "T1", "channel_id": "C1", "user_id": "U1", "command": "/subscribe",
                    "text": "카카오 every 1 hours", "response_url": fake.response_url("sub"), "trigger_id": "1"}
            body, headers = signed(form)
            async with http.post(f"http://127.0.0.1:{port}/slack/events", data=body, headers=headers) as r:
                assert r.status == 200
            [answer] = await fake.wait_for("/respond/sub")
            assert "구독했습니다" in answer.body["text"] + str(answer.body.get("blocks"))
            [post] = await fake.wait_for("/api/chat.postMessage")
            assert post.body["channel"] == "C0SCHED" and post.body["text"].startswith("정기 다이제스트 (#1")
    finally:
        proc.terminate()
        await proc.wait()
        await fake.close()


def with_drip_feed(service, drip: DripServer, due: bool = False, owner: str | None = None) -> dict[str, str]:
    """Subscribe the store to the drip server's feed (unread); returns the settings under which a `serve`
    process may read that one loopback server, and no read or fetch deadline stops it before SIGTERM does."""
    allowed = f"127.0.0.1:{drip.port}"          # this one loopback server counts as a site; nothing else
    addresses = load_settings({"NEWSDIGEST_FETCH_ALLOW": allowed}, path=None).policies.feeds.fetch.addresses
    add_feed(service, drip.url(), check=False, owner=owner,
             policy=FeedPolicy(fetch=FetchPolicy(addresses=addresses)))
    if due:
        with service.store.session() as s, s.begin():
            s.execute(update(FeedRow).values(next_poll_at=None))
    service.store.close()
    return {"NEWSDIGEST_FETCH_ALLOW": allowed, "NEWSDIGEST_HTTP_TIMEOUT": "30", "NEWSDIGEST_HTTP_DEADLINE": "600",
            "NEWSDIGEST_HTTP_RETRIES": "0"}


async def serve_process(db: str, platform: str, settings: dict[str, str], *args: str):
    env = {**os.environ, **settings}
    for name in [n for n in ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "DISCORD_TOKEN", "NEWSDIGEST_FETCH_ALLOW_PRIVATE")
                 if n not in settings]:
        env.pop(name, None)
    return await asyncio.create_subprocess_exec(sys.executable, "-m", "bot.cli", "--db", db, "serve", platform, *args,
                                                env=env, stdin=asyncio.subprocess.PIPE,
                                                stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)


async def stops_on_sigterm(proc, signum: int = signal.SIGTERM) -> str:
    """SIGTERM (or `signum`); the process must exit by itself, cleanly (generous, for a loaded machine: a drip
    would last for days). Its stderr."""
    try:
        proc.send_signal(signum)
        assert await asyncio.wait_for(proc.wait(), 60) == 0
        return (await proc.stderr.read()).decode()
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()


async def test_serve_answers_chat_mid_drip_and_stops_on_sigterm_with_the_fetch_in_flight(tmp_path):
    """A manager polls a feed that drips a byte every 0.5 s (no read ever times out, and the fetch deadline is
    set far away): /digest is still answered while the drip is in flight, and SIGTERM stops the process."""
    fake = await FakeSlack().start()
    db = str(tmp_path / "serve.db")
    service = NewsService(Store(f"sqlite:///{db}"), now=lambda: datetime(2025, 9, 10, 7, 0, tzinfo=KST))
    service.ingest_paths([SEEDS])
    port = free_port()
    with DripServer(interval=0.5) as drip:
        settings = with_drip_feed(service, drip, owner="slack:T1")   # a feed of the workspace that polls it
        proc = await serve_slack(db, fake, port, NEWSDIGEST_NOW="2025-09-10T18:00+09:00", **settings)
        try:
            async with aiohttp.ClientSession() as http:
                await wait_healthy(http, f"http://127.0.0.1:{port}/healthz", proc)
                events = f"http://127.0.0.1:{port}/slack/events"
                base = {"team_id": "T1", "channel_id": "C1", "user_id": "U1", "trigger_id": "1"}
                body, headers = signed({**base, "command": "/feeds", "text": "poll",
                                        "response_url": fake.response_url("poll")})
                async with http.post(events, data=body, headers=headers) as r:
                    assert r.status == 200
                assert await asyncio.to_thread(drip.requested.wait, 30)
                body, headers = signed({**base, "command": "/digest", "text": "",
                                        "response_url": fake.response_url("dg")})
                async with http.post(events, data=body, headers=headers) as r:
                    assert r.status == 200
                [answer] = await fake.wait_for("/respond/dg")
                assert answer.body["text"].startswith("최근 1일 뉴스 다이제스트")
                assert drip.open_connections >= 1 and not fake.calls_to("/respond/poll")   # the poll still drips
        finally:
            await stops_on_sigterm(proc)
            await fake.close()
        for _ in range(50):
            if drip.open_connections == 0:
                break
            await asyncio.sleep(0.1)
        assert drip.open_connections == 0                            # the fetch was ended, not left behind


async def test_serve_console_stops_on_sigterm_mid_fetch(tmp_path):
    """The platforms that leave SIGTERM alone (the terminal, Discord, Socket Mode) get the same prompt stop:
    here a `/feeds poll` typed at the terminal is dripping when SIGTERM arrives."""
    db = str(tmp_path / "console.db")
    with DripServer(interval=0.5) as drip:
        proc = await serve_process(db, "console", with_drip_feed(NewsService(Store(f"sqlite:///{db}")), drip))
        proc.stdin.write("/feeds poll\n".encode())
        await proc.stdin.drain()
        assert await asyncio.to_thread(drip.requested.wait, 30)
        assert "Traceback" not in await stops_on_sigterm(proc)


async def until(ready, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not ready():
        assert time.monotonic() < deadline, "not ready in time"
        await asyncio.sleep(0.001)


async def drips_then_stops(db: str, drip: DripServer, platform: str, settings: dict[str, str], connected,
                           signum: int) -> str:
    """`serve <platform>` with a due feed dripping; `signum` arrives the moment the platform's websocket opens
    (while the client is still shaking hands: a stop there once left the process serving). Its stderr."""
    proc = await serve_process(db, platform, settings)
    try:
        await until(connected)
    finally:
        stderr = await stops_on_sigterm(proc, signum)
    assert drip.requested.is_set() and "Traceback" not in stderr
    await until(lambda: drip.open_connections == 0, 10)       # the fetch was ended, not left behind
    return stderr


async def chat_platform(platform: str) -> tuple[FakeDiscord | FakeSlack, dict[str, str]]:
    """The fake for `serve <platform>` (Discord, or Slack in Socket Mode), and the settings pointing at it."""
    if platform == "discord":
        discord = await FakeDiscord().start()
        return discord, {"DISCORD_TOKEN": "fake-token", "DISCORD_API_BASE": discord.api_base,
                         "DISCORD_GATEWAY_URL": discord.gateway_url, "DISCORD_GUILD_ID": GUILD_ID}
    slack = await FakeSlack().start()
    return slack, {"SLACK_BOT_TOKEN": "xoxb-serve-test", "SLACK_APP_TOKEN": "xapp-1-A0FAKE-1-serve",
                   "SLACK_API_URL": slack.api_url}


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
@pytest.mark.parametrize("platform", ["discord", "slack"])
async def test_serve_stops_on_a_signal_at_the_websocket_handshake(tmp_path, platform, signum):
    """`docker stop` (SIGTERM) or Ctrl-C (SIGINT) while a due feed drips and the platform's websocket (Discord's
    gateway, Slack's Socket Mode) is still shaking hands: the process ends by itself, cleanly."""
    fake, platform_settings = await chat_platform(platform)
    db = str(tmp_path / "serve.db")
    try:
        with DripServer(interval=0.5) as drip:
            settings = with_drip_feed(NewsService(Store(f"sqlite:///{db}")), drip, due=True)
            await drips_then_stops(db, drip, platform, {**settings, **platform_settings},
                                   lambda: fake.socket is not None and drip.requested.is_set(), signum)
        if isinstance(fake, FakeDiscord):   # the commands went to DISCORD_GUILD_ID's server (instant), not globally
            assert fake.calls_to(f"{API}/applications/{APP_ID}/guilds/{GUILD_ID}/commands", "PUT")
            assert not fake.calls_to(f"{API}/applications/{APP_ID}/commands", "PUT")
    finally:
        await fake.close()

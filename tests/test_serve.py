"""`newsdigest serve slack` as a deployment runs it: a real process, its /healthz, a signed /subscribe, and
a scheduled digest reaching the fake Slack."""

from __future__ import annotations

import asyncio
import os
import socket
import sys
import time
from urllib.parse import urlencode

import aiohttp
from slack_sdk.signature import SignatureVerifier

from datetime import datetime

from digest.metadata import KST
from digest.service import NewsService
from digest.store import Store
from digest.subscriptions import Subscriptions, Target
from tests.conftest import SEEDS
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
    """`newsdigest serve slack` as a process, in HTTP mode against the fake Slack, private fetching off."""
    env = {**os.environ, "SLACK_BOT_TOKEN": "xoxb-serve-test", "SLACK_SIGNING_SECRET": SECRET,
           "SLACK_API_URL": fake.api_url, "NEWSDIGEST_SLACK_SUBSCRIPTION_MANAGERS": "everyone", **settings}
    env.pop("SLACK_APP_TOKEN", None)
    env.pop("NEWSDIGEST_FETCH_ALLOW_PRIVATE", None)
    return await asyncio.create_subprocess_exec(sys.executable, "-m", "bot.cli", "--db", db, "serve", "slack",
                                                "--host", "127.0.0.1", "--port", str(port), env=env,
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


async def test_serve_answers_chat_mid_drip_and_stops_on_sigterm_with_the_fetch_in_flight(tmp_path):
    """A manager polls a feed that drips a byte every 0.5 s (no read ever times out, and the fetch deadline is
    set far away): /digest is still answered while the drip is in flight, and SIGTERM stops the process."""
    from digest.feeds import add_feed
    from tests.fakes.hostile_web import DripServer

    fake = await FakeSlack().start()
    db = str(tmp_path / "serve.db")
    store = Store(f"sqlite:///{db}")
    service = NewsService(store, now=lambda: datetime(2025, 9, 10, 7, 0, tzinfo=KST))
    service.ingest_paths([SEEDS])
    drip = DripServer(interval=0.5)
    os.environ["NEWSDIGEST_FETCH_ALLOW"] = f"127.0.0.1:{drip.port}"   # this one loopback server is a "site"
    try:
        add_feed(service, drip.url(), check=False)
    finally:
        del os.environ["NEWSDIGEST_FETCH_ALLOW"]
    store.close()
    port = free_port()
    proc = await serve_slack(db, fake, port, NEWSDIGEST_NOW="2025-09-10T18:00+09:00",
                             NEWSDIGEST_FETCH_ALLOW=f"127.0.0.1:{drip.port}", NEWSDIGEST_HTTP_TIMEOUT="30",
                             NEWSDIGEST_HTTP_DEADLINE="600", NEWSDIGEST_HTTP_RETRIES="0")
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
            body, headers = signed({**base, "command": "/digest", "text": "", "response_url": fake.response_url("dg")})
            async with http.post(events, data=body, headers=headers) as r:
                assert r.status == 200
            [answer] = await fake.wait_for("/respond/dg")
            assert answer.body["text"].startswith("최근 1일 뉴스 다이제스트")
            assert drip.open_connections == 1 and not fake.calls_to("/respond/poll")   # the poll still drips
        proc.terminate()                                             # SIGTERM
        assert await asyncio.wait_for(proc.wait(), 20) == 0          # generous; the drip would last for days
        for _ in range(50):
            if drip.open_connections == 0:
                break
            await asyncio.sleep(0.1)
        assert drip.open_connections == 0                            # the fetch was ended, not left behind
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
        drip.__exit__()
        await fake.close()


async def test_serve_console_stops_on_sigterm_mid_fetch(tmp_path):
    """The platforms that leave SIGTERM alone (the terminal, Discord, Socket Mode) get the same prompt stop:
    here a `/feeds poll` typed at the terminal is dripping when SIGTERM arrives."""
    from digest.feeds import add_feed
    from tests.fakes.hostile_web import DripServer

    db = str(tmp_path / "console.db")
    store = Store(f"sqlite:///{db}")
    drip = DripServer(interval=0.5)
    os.environ["NEWSDIGEST_FETCH_ALLOW"] = f"127.0.0.1:{drip.port}"
    try:
        add_feed(NewsService(store), drip.url(), check=False)
    finally:
        del os.environ["NEWSDIGEST_FETCH_ALLOW"]
    store.close()
    env = {**os.environ, "NEWSDIGEST_FETCH_ALLOW": f"127.0.0.1:{drip.port}", "NEWSDIGEST_HTTP_TIMEOUT": "30",
           "NEWSDIGEST_HTTP_DEADLINE": "600", "NEWSDIGEST_HTTP_RETRIES": "0"}
    for name in ("SLACK_BOT_TOKEN", "DISCORD_TOKEN", "NEWSDIGEST_FETCH_ALLOW_PRIVATE"):
        env.pop(name, None)
    proc = await asyncio.create_subprocess_exec(sys.executable, "-m", "bot.cli", "--db", db, "serve", "console",
                                                env=env, stdin=asyncio.subprocess.PIPE,
                                                stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    try:
        proc.stdin.write("/feeds poll\n".encode())
        await proc.stdin.drain()
        assert await asyncio.to_thread(drip.requested.wait, 30)
        proc.terminate()
        assert await asyncio.wait_for(proc.wait(), 20) == 0
        assert "Traceback" not in (await proc.stderr.read()).decode()
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
        drip.__exit__()

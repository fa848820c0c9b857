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
    env = {**os.environ, "SLACK_BOT_TOKEN": "xoxb-serve-test", "SLACK_SIGNING_SECRET": SECRET,
           "SLACK_API_URL": fake.api_url, "NEWSDIGEST_SLACK_SUBSCRIPTION_MANAGERS": "everyone",
           "NEWSDIGEST_NOW": "2025-09-10T08:00:30+09:00"}
    env.pop("SLACK_APP_TOKEN", None)
    proc = await asyncio.create_subprocess_exec(sys.executable, "-m", "bot.cli", "--db", db, "serve", "slack",
                                                "--host", "127.0.0.1", "--port", str(port), env=env,
                                                stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    try:
        async with aiohttp.ClientSession() as http:
            health = await wait_healthy(http, f"http://127.0.0.1:{port}/healthz", proc)
            assert health["checks"] == {"database": "ok", "scheduler": "ok", "platform": "ok", "workers": "ok"}
            # the clock is pinned just after 08:00: a daily 08:00 subscription made now is not due until tomorrow
            form = {"team_id": "T1", "channel_id": "C1", "user_id": "U1", "command": "/subscribe",
                    "text": "카카오 every 1 hours", "response_url": fake.response_url("sub"), "trigger_id": "1"}
            body = urlencode(form)
            ts = str(int(time.time()))
            headers = {"Content-Type": "application/x-www-form-urlencoded", "X-Slack-Request-Timestamp": ts,
                       "X-Slack-Signature": SignatureVerifier(SECRET).generate_signature(timestamp=ts, body=body)}
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

"""Slack delivers an event again when its first delivery was not acknowledged within 3 s (`X-Slack-Retry-Num`:
the bot was busy, the network slow), up to three times, with the same event and message. A direct message is
answered once however often it arrives; a different message with the same words is answered again.
"""

from __future__ import annotations

import asyncio
import json
import time

from slack_sdk.signature import SignatureVerifier

from tests.fakes import seeded_commands
from tests.test_slack import EVENTS_PATH, SECRET, serve_bolt


def dm_event(event_id: str, ts: str) -> str:
    return json.dumps({"token": "legacy", "team_id": "T0FAKE", "api_app_id": "A0FAKE", "type": "event_callback",
                       "event_id": event_id, "event_time": int(time.time()),
                       "event": {"type": "message", "channel_type": "im", "channel": "D0DM", "user": "U0READER",
                                 "text": "오픈AI", "ts": ts}})


async def deliver(slack, body: str, retry: int = 0) -> int:
    ts = str(int(time.time()))
    headers = {"Content-Type": "application/json", "X-Slack-Request-Timestamp": ts,
               "X-Slack-Signature": SignatureVerifier(SECRET).generate_signature(timestamp=ts, body=body)}
    if retry:
        headers.update({"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"})
    async with slack.http.post(f"http://127.0.0.1:{slack.port}{EVENTS_PATH}", data=body.encode(), headers=headers) as r:
        return r.status


async def test_a_direct_message_delivered_again_is_answered_once(tmp_path):
    async with serve_bolt(seeded_commands(tmp_path)) as slack:
        first = dm_event("EvFirst", "1757494800.000100")
        assert [await deliver(slack, first, retry) for retry in range(3)] == [200, 200, 200]
        await deliver(slack, dm_event("EvSecond", "1757494801.000200"))    # the same words, typed again
        await slack.fake.wait_for("/api/chat.postMessage", count=2)
        await asyncio.sleep(0.5)     # time for a third answer, were one coming
        posts = slack.fake.calls_to("/api/chat.postMessage")
    assert len(posts) == 2, [p.body["text"][:40] for p in posts]

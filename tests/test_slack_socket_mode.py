"""Slack Socket Mode as Slack drives it: the real bolt app and its real AsyncSocketModeHandler open a
connection through the fake Web API (apps.connections.open at SLACK_API_URL, with the app token) and a real
websocket on loopback, receive envelopes and ack each one, and answer through the fake Web API."""

from __future__ import annotations

import asyncio
import os
import sys
import time
from contextlib import asynccontextmanager
from datetime import timedelta

import pytest

from bot.slack.app import SlackBot, SlackSettings, slack_escape
from tests.fakes import PINNED_NOW, seeded_commands
from tests.fakes.slack_api import APP_ID, FakeSlack
from tests.test_slack import all_text

APP_TOKEN = "xapp-1-A0FAKE-1-socketmodetest"
ACK_DEADLINE = 3.0   # Slack's: an envelope not acked in 3 s counts as failed and is sent again


@asynccontextmanager
async def socket_mode_bot(commands):
    """The real bolt app for these commands, connected in Socket Mode to a fresh fake Slack."""
    fake = await FakeSlack().start()
    bot = SlackBot(commands, SlackSettings(bot_token="xoxb-test", app_token=APP_TOKEN, api_url=fake.api_url))
    handler = bot.socket_mode_handler()
    try:
        # the client retries a failed connection forever: a connection that never comes fails here
        await asyncio.wait_for(handler.connect_async(), 10)
        await asyncio.wait_for(fake.connected.wait(), 10)
        yield fake
    finally:
        await handler.close_async()
        fake.gate.set()   # an answer a failed test left at the door would hold the fake's shutdown
        await fake.close()


@pytest.fixture
def commands(tmp_path):
    return seeded_commands(tmp_path)


@pytest.fixture
async def slack(commands):
    async with socket_mode_bot(commands) as fake:
        yield fake


def slash_payload(fake: FakeSlack, command: str, text: str, token: str) -> dict:
    """A slash command as a Socket Mode envelope carries it: the form fields of HTTP mode, as JSON."""
    return {"token": "legacy", "team_id": "T0FAKE", "team_domain": "fake", "channel_id": "C0NEWS",
            "channel_name": "news", "user_id": "U0READER", "user_name": "reader", "command": command,
            "text": text, "api_app_id": APP_ID, "is_enterprise_install": "false",
            "response_url": fake.response_url(token), "trigger_id": "1.2.3"}


def dm_payload(text: str) -> dict:
    return {"token": "legacy", "team_id": "T0FAKE", "api_app_id": APP_ID, "type": "event_callback",
            "event_id": "Ev0SOCKET", "event_time": int(time.time()),
            "event": {"type": "message", "channel_type": "im", "channel": "D0DM", "user": "U0READER",
                      "text": text, "ts": "1757494800.000100", "team": "T0FAKE"}}


def assert_last_day_digest(text: str, commands) -> None:
    """The whole last-day digest of the store: its headline, and every story's id and bullets."""
    stories = commands.service.digest(since=PINNED_NOW - timedelta(days=1)).stories
    assert f"최근 1일 뉴스 다이제스트: 이야기 {len(stories)}건" in text
    assert stories
    for story in stories:
        assert f"id {story.id}" in text
        assert all(slack_escape(b.text) in text for b in story.bullets)


async def test_connection_is_opened_with_the_app_token_at_the_configured_api_url(slack):
    [opened] = slack.calls_to("/api/apps.connections.open")
    assert opened.headers["Authorization"] == f"Bearer {APP_TOKEN}"
    assert slack.tickets == set()   # the one URL handed out was the one the client connected to


async def test_slash_digest_is_acked_within_3_s_before_its_answer_reaches_the_response_url(slack, commands):
    slack.gate.clear()  # the fake holds every answer: the ack must not wait for it
    envelope = await slack.push("slash_commands", slash_payload(slack, "/digest", "", token="socket"))
    seconds, ack = await slack.wait_for_ack(envelope, ACK_DEADLINE)
    assert ack == {"envelope_id": envelope}   # an empty ack: the answer follows through the response_url
    assert seconds < ACK_DEADLINE
    assert slack.calls_to("/respond/", status=None) == []
    slack.gate.set()
    [answer] = await slack.wait_for("/respond/socket")
    assert answer.body["response_type"] == "in_channel"
    assert_last_day_digest(all_text(answer.body), commands)


async def test_direct_message_envelope_is_acked_and_answered_in_the_dm(slack, commands):
    envelope = await slack.push("events_api", dm_payload("카카오"))
    seconds, ack = await slack.wait_for_ack(envelope, ACK_DEADLINE)
    assert ack == {"envelope_id": envelope} and seconds < ACK_DEADLINE
    [posted] = await slack.wait_for("/api/chat.postMessage")
    assert posted.body["channel"] == "D0DM"
    assert posted.headers["Authorization"] == "Bearer xoxb-test"   # answers use the bot token, not the app token
    assert "'카카오' 검색 결과" in posted.body["text"]
    found = commands.service.search("카카오").stories
    assert found and all(f"id {story.id}" in all_text(posted.body) for story in found)


async def test_serve_slack_with_an_app_token_connects_out_and_answers(tmp_path, commands):
    """`newsdigest serve slack` as deployed in Socket Mode: no signing secret, no port, SLACK_API_URL."""
    fake = await FakeSlack().start()
    env = {**os.environ, "SLACK_BOT_TOKEN": "xoxb-serve-test", "SLACK_APP_TOKEN": APP_TOKEN,
           "SLACK_API_URL": fake.api_url, "NEWSDIGEST_NOW": PINNED_NOW.isoformat()}
    env.pop("SLACK_SIGNING_SECRET", None)
    log = tmp_path / "serve.log"
    with log.open("wb") as out:
        proc = await asyncio.create_subprocess_exec(sys.executable, "-m", "bot.cli", "--db", commands.service.store.url,
                                                    "serve", "slack", env=env, stdout=out, stderr=out)
    waits = [asyncio.ensure_future(fake.connected.wait()), asyncio.ensure_future(proc.wait())]
    try:
        await asyncio.wait(waits, timeout=60, return_when=asyncio.FIRST_COMPLETED)
        assert fake.connected.is_set(), f"serve did not connect: {log.read_text(errors='replace')[-2000:]}"
        envelope = await fake.push("slash_commands", slash_payload(fake, "/digest", "", token="serve"))
        seconds, _ = await fake.wait_for_ack(envelope, ACK_DEADLINE)
        assert seconds < ACK_DEADLINE
        [answer] = await fake.wait_for("/respond/serve")
        assert_last_day_digest(all_text(answer.body), commands)
    finally:
        for waiting in waits:
            waiting.cancel()
        if proc.returncode is None:
            proc.terminate()
        await proc.wait()
        await fake.close()

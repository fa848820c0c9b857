"""The Slack adapter as Slack drives it: the real bolt app on loopback, signed requests, a fake Web API."""

from __future__ import annotations

import json
import re
import time
from contextlib import asynccontextmanager
from datetime import timedelta
from urllib.parse import urlencode

import aiohttp
import pytest
from slack_sdk.signature import SignatureVerifier

from bot.commands.layer import COMMAND_NAMES
from bot.protocol import Reply
from bot.slack.app import (
    EVENTS_PATH,
    MAX_BLOCKS,
    MAX_FALLBACK_CHARS,
    MAX_SECTION_CHARS,
    SLACK_ALIASES,
    SlackBot,
    SlackSettings,
    slack_escape,
    slack_messages,
)
from digest.views import BulletView, DigestView, SourceRef, StoryView
from tests.conftest import ROOT
from tests.fakes import MENTION_ARTICLE, PINNED_NOW, seeded_commands
from tests.fakes.slack_api import BOT_USER, FakeSlack

SECRET = "8f742231b10e8888abcd99yyyzzz85a5"


class SlackHarness:
    def __init__(self, fake: FakeSlack, port: int, http: aiohttp.ClientSession, commands):
        self.fake, self.port, self.http, self.commands = fake, port, http, commands

    async def post(self, body: str, content_type: str, *, secret: str = SECRET, timestamp: int | None = None):
        ts = str(timestamp if timestamp is not None else int(time.time()))
        headers = {"Content-Type": content_type, "X-Slack-Request-Timestamp": ts,
                   "X-Slack-Signature": SignatureVerifier(secret).generate_signature(timestamp=ts, body=body)}
        async with self.http.post(f"http://127.0.0.1:{self.port}{EVENTS_PATH}", data=body.encode(), headers=headers) as r:
            return r.status, await r.text()

    async def command(self, command: str, text: str, token: str = "tok1", **kw):
        form = {"token": "legacy", "team_id": "T0FAKE", "channel_id": "C0NEWS", "user_id": "U0READER",
                "command": command, "text": text, "response_url": self.fake.response_url(token),
                "trigger_id": "1.2.3"}
        return await self.post(urlencode(form), "application/x-www-form-urlencoded", **kw)


@asynccontextmanager
async def serve_bolt(commands):
    """The real bolt app for these commands on a loopback port, its Web API pointed at a fresh fake Slack."""
    fake = await FakeSlack().start()
    bot = SlackBot(commands, SlackSettings(bot_token="xoxb-test", signing_secret=SECRET, api_url=fake.api_url))
    runner = aiohttp.web.AppRunner(bot.app.web_app(path=EVENTS_PATH))
    await runner.setup()
    site = aiohttp.web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    try:
        async with aiohttp.ClientSession() as http:
            yield SlackHarness(fake, site._server.sockets[0].getsockname()[1], http, commands)
    finally:
        await runner.cleanup()
        await fake.close()


@pytest.fixture
async def slack(tmp_path):
    async with serve_bolt(seeded_commands(tmp_path, extra={"mentions.txt": MENTION_ARTICLE})) as harness:
        yield harness


def all_text(payload: dict) -> str:
    """Every text a Slack message shows, one per line."""
    texts = []
    for block in payload["blocks"]:
        texts += [block["text"]["text"]] if "text" in block else [e["text"] for e in block.get("elements", [])]
    return "\n".join(texts)


async def test_slash_digest_is_acked_before_the_answer_which_reaches_the_response_url(slack):
    slack.fake.gate.clear()  # the fake holds every answer until the ack has come back
    status, body = await slack.command("/digest", "오픈AI")
    assert status == 200 and body == ""
    assert slack.fake.calls_to("/respond/") == []
    slack.fake.gate.set()
    [answer] = await slack.fake.wait_for("/respond/tok1")
    assert answer.body["response_type"] == "in_channel"
    text = all_text(answer.body)
    assert "최근 1일 '오픈AI' 뉴스 다이제스트" in text
    stories = slack.commands.service.digest(since=PINNED_NOW - timedelta(days=1), topic="오픈AI").stories
    assert stories
    for story in stories:
        assert f"id {story.id}" in text
        assert all(slack_escape(b.text) in text for b in story.bullets)


async def test_brief_unknown_id_and_bad_days_answer_in_korean_only_to_the_caller(slack):
    await slack.command("/brief", "a8bf", token="brief")
    await slack.command("/brief", "zzzz9999", token="unknown")
    await slack.command("/digest", "0", token="zero")
    brief, = await slack.fake.wait_for("/respond/brief")
    assert "글로벌 거대언어모델(LLM) 기업인 오픈AI가" in all_text(brief.body)
    unknown, = await slack.fake.wait_for("/respond/unknown")
    assert unknown.body["response_type"] == "ephemeral"
    assert "'zzzz9999'에 해당하는 이야기나 기사를 찾지 못했습니다" in unknown.body["text"]
    zero, = await slack.fake.wait_for("/respond/zero")
    assert "기간은 1일 이상이어야 합니다" in zero.body["text"]


async def test_wrong_signature_and_stale_timestamp_are_refused_and_do_nothing(slack):
    status, _ = await slack.command("/digest", "", token="forged", secret="not-the-secret")
    assert status == 401
    status, _ = await slack.command("/digest", "", token="stale", timestamp=int(time.time()) - 10 * 60)
    assert status == 401
    await slack.command("/help", "", token="after")
    await slack.fake.wait_for("/respond/after")  # everything before it has had its chance to arrive
    assert slack.fake.calls_to("/respond/forged", status=None) == []
    assert slack.fake.calls_to("/respond/stale", status=None) == []


async def test_direct_message_is_a_lookup_answered_in_the_dm(slack):
    event = {"token": "legacy", "team_id": "T0FAKE", "api_app_id": "A0FAKE", "type": "event_callback",
             "event_id": "Ev1", "event_time": int(time.time()),
             "event": {"type": "message", "channel_type": "im", "channel": "D0DM", "user": "U0READER",
                       "text": "오픈AI 카카오", "ts": "1757494800.000100"}}
    status, _ = await slack.post(json.dumps(event), "application/json")
    assert status == 200
    [posted] = await slack.fake.wait_for("/api/chat.postMessage")
    assert posted.body["channel"] == "D0DM"
    assert "'오픈AI 카카오' 검색 결과" in posted.body["text"]
    found = slack.commands.service.search("오픈AI 카카오").stories
    assert found and all(f"id {story.id}" in all_text(posted.body) for story in found)
    # The bot's own messages are not answered.
    own = dict(event, event_id="Ev2", event=dict(event["event"], user=BOT_USER, bot_id="B0FAKE", text="x"))
    await slack.post(json.dumps(own), "application/json")
    await slack.command("/help", "", token="sync")
    await slack.fake.wait_for("/respond/sync")
    assert len(slack.fake.calls_to("/api/chat.postMessage")) == 1


async def test_rate_limited_answer_is_retried_after_retry_after(slack):
    slack.fake.rate_limit_once("/respond/limited")
    await slack.command("/news-search", "카카오", token="limited")  # the manifest's name for /search
    [answer] = await slack.fake.wait_for("/respond/limited")
    assert "'카카오' 검색 결과" in answer.body["text"]
    statuses = [c.headers["x-fake-status"] for c in slack.fake.calls_to("/respond/limited", status=None)]
    assert statuses == ["429", "200"]


async def test_article_mentions_and_markup_reach_slack_inert(slack):
    await slack.command("/search", "알파 메신저", token="mentions")
    [answer] = await slack.fake.wait_for("/respond/mentions")
    text = all_text(answer.body)
    assert "메신저" in text and "&lt;!channel&gt;" in text and "&lt;@U12345678&gt;" in text
    for live in ("<!channel>", "<!here>", "<@U12345678>", "<@&123", "@everyone", "@here", "*긴급*", "`배포`", "~취소~"):
        assert live not in text, live


def huge_digest(stories: int, bullets: int) -> DigestView:
    ref = SourceRef("0123abcd", "뉴스웍스", "제목", "2025-09-10 10:00", "text")
    bullet = "가" * 150 + " 오픈AI가 한국에 세 번째 아시아 지사를 설립했다."
    return DigestView([StoryView(f"{n:08x}", f"이야기 {n} " + "나" * 400, "2025-09-10", [ref] * 30,
                                 [BulletView(bullet, [ref])] * bullets) for n in range(stories)], None, None)


def test_huge_digest_is_split_into_messages_that_each_respect_block_kit_limits():
    messages = slack_messages(Reply("최근 1일 뉴스 다이제스트", huge_digest(stories=300, bullets=40)))
    assert 1 < len(messages) <= 5
    for message in messages:
        assert len(message["blocks"]) <= MAX_BLOCKS
        assert len(message["text"]) <= MAX_FALLBACK_CHARS
        for block in message["blocks"]:
            texts = [block["text"]["text"]] if "text" in block else [e["text"] for e in block.get("elements", [])]
            assert all(len(t) <= MAX_SECTION_CHARS for t in texts)
    assert "외 " in all_text(messages[-1]) and "생략했습니다" in all_text(messages[-1])
    one_long_story = slack_messages(Reply("긴 이야기", huge_digest(stories=1, bullets=60)))
    sections = [b for m in one_long_story for b in m["blocks"] if b["type"] == "section" and "오픈AI가" in b["text"]["text"]]
    assert len(sections) > 1 and sum(b["text"]["text"].count("오픈AI가") for b in sections) == 60


def test_manifest_declares_every_command_the_app_serves_and_the_dm_event():
    manifest = (ROOT / "config" / "slack-manifest.yml").read_text(encoding="utf-8")
    declared = {SLACK_ALIASES.get(name, name) for name in re.findall(r"^\s*- command: /([a-z-]+)$", manifest, re.M)}
    assert declared == set(COMMAND_NAMES)
    assert "/search" not in re.findall(r"command: (/\S+)", manifest)  # reserved by Slack
    assert re.search(r"bot_events:\s+- message\.im", manifest)
    assert all(f"- {scope}" in manifest for scope in ("commands", "chat:write", "im:history"))
    assert set(re.findall(r"(?:url|request_url): (\S+)", manifest)) == {"https://newsdigest.example.com" + EVENTS_PATH}

"""The Discord adapter as Discord drives it: the real discord.py client against a fake REST API and gateway."""

from __future__ import annotations

import asyncio
from contextlib import asynccontextmanager
from datetime import timedelta

import pytest
from discord.gateway import DiscordWebSocket
from discord.http import Route

from bot.discord.client import (
    MAX_CONTENT,
    MAX_DESCRIPTION,
    MAX_EMBED_TOTAL,
    MAX_EMBEDS,
    MAX_FIELDS,
    MAX_TITLE,
    DiscordSettings,
    NewsDiscordBot,
    discord_messages,
    point_at,
)
from bot.protocol import Reply
from tests.fakes import MENTION_ARTICLE, PINNED_NOW, seeded_commands
from tests.fakes.discord_api import API, APP_ID, DM_CHANNEL_ID, GUILD_ID, FakeDiscord, direct_message, slash_command
from tests.test_slack import huge_digest


@asynccontextmanager
async def running_discord(commands):
    """The real discord.py client over these commands, logged in to a fresh fake Discord: (client, fake)."""
    fake = await FakeDiscord().start()
    settings = DiscordSettings("fake-token", int(GUILD_ID), fake.api_base, fake.gateway_url)
    saved = Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY
    point_at(settings)
    # READY waits this long after the last GUILD_CREATE in case more guilds follow (2 s by default).
    client = NewsDiscordBot(commands, settings, guild_ready_timeout=0.1)
    task = asyncio.create_task(client.start(settings.token))
    ready = asyncio.create_task(client.wait_until_ready())
    await asyncio.wait([ready, task], timeout=15, return_when=asyncio.FIRST_COMPLETED)
    if not ready.done():  # the client stopped (its exception says why) or never got READY
        ready.cancel()
        await client.close()
        raise RuntimeError("discord client did not become ready") from (task.exception() if task.done() else None)
    try:
        yield client, fake
    finally:
        await client.close()
        await asyncio.wait_for(task, 15)
        Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY = saved
        await fake.close()


@pytest.fixture
async def discord_bot(tmp_path):
    async with running_discord(seeded_commands(tmp_path, extra={"mentions.txt": MENTION_ARTICLE})) as running:
        yield running


def embeds_text(body: dict) -> str:
    return "\n".join(" ".join(str(v) for v in (e.get("title"), e.get("description"), e.get("footer"), e.get("fields")))
                     for e in body.get("embeds", []))


async def test_start_identifies_and_syncs_the_commands_to_the_guild(discord_bot):
    client, fake = discord_bot
    [sync] = fake.calls_to(f"{API}/applications/{APP_ID}/guilds/{GUILD_ID}/commands", "PUT")
    names = {c["name"] for c in sync.body}
    assert {"digest", "brief", "events", "search", "help", "subscribe", "unsubscribe", "subscriptions"} <= names
    assert 2 in fake.gateway_ops and client.user.name == "newsdigest"


async def test_slash_digest_is_deferred_then_answered_with_embeds(discord_bot):
    client, fake = discord_bot
    await fake.dispatch("INTERACTION_CREATE", slash_command("digest", "tok-digest",
                                                            [{"name": "topic", "type": 3, "value": "오픈AI"}]))
    [callback] = await fake.wait_for(f"{API}/interactions/")
    assert callback.body["type"] == 5
    [followup] = await fake.wait_for(f"{API}/webhooks/{APP_ID}/tok-digest")
    assert fake.calls.index(callback) < fake.calls.index(followup)
    body = followup.body
    assert body["allowed_mentions"]["parse"] == []
    assert "최근 1일 '오픈AI' 뉴스 다이제스트" in body["content"]
    stories = client.commands.service.digest(since=PINNED_NOW - timedelta(days=1), topic="오픈AI").stories
    assert stories and len(body["embeds"]) >= len(stories)
    text = embeds_text(body)
    for story in stories:
        assert f"id {story.id}" in text
        assert story.bullets[0].text.split()[0] in text


async def test_unknown_id_gets_a_korean_sentence(discord_bot):
    client, fake = discord_bot
    await fake.dispatch("INTERACTION_CREATE", slash_command("brief", "tok-brief",
                                                            [{"name": "id", "type": 3, "value": "zzzz9999"}]))
    [followup] = await fake.wait_for(f"{API}/webhooks/{APP_ID}/tok-brief")
    assert "'zzzz9999'에 해당하는 이야기나 기사를 찾지 못했습니다" in followup.body["content"]
    assert followup.body["embeds"] == []


async def test_direct_message_is_a_lookup_answered_in_the_dm(discord_bot):
    client, fake = discord_bot
    await fake.dispatch("MESSAGE_CREATE", direct_message("오픈AI 카카오"))
    [sent] = await fake.wait_for(f"{API}/channels/{DM_CHANNEL_ID}/messages")
    assert "'오픈AI 카카오' 검색 결과" in sent.body["content"]
    assert sent.body["allowed_mentions"]["parse"] == []
    found = client.commands.service.search("오픈AI 카카오").stories
    assert found and all(f"id {story.id}" in embeds_text(sent.body) for story in found)


async def test_rate_limited_followup_is_retried(discord_bot):
    client, fake = discord_bot
    fake.rate_limit_once(f"{API}/webhooks/{APP_ID}/tok-limited")
    await fake.dispatch("INTERACTION_CREATE", slash_command("search", "tok-limited",
                                                            [{"name": "words", "type": 3, "value": "카카오"}]))
    [followup] = await fake.wait_for(f"{API}/webhooks/{APP_ID}/tok-limited")
    assert "'카카오' 검색 결과" in followup.body["content"]
    statuses = [c.headers["x-fake-status"] for c in fake.calls_to(f"{API}/webhooks/{APP_ID}/tok-limited", status=None)]
    assert statuses == ["429", "200"]


async def test_article_mentions_and_markup_reach_discord_inert(discord_bot):
    client, fake = discord_bot
    await fake.dispatch("INTERACTION_CREATE", slash_command("search", "tok-mentions",
                                                            [{"name": "words", "type": 3, "value": "알파 메신저"}]))
    [followup] = await fake.wait_for(f"{API}/webhooks/{APP_ID}/tok-mentions")
    assert followup.body["allowed_mentions"] == {"parse": []}
    text = embeds_text(followup.body)
    assert "메신저" in text and "@\u200beveryone" in text and "\\*긴급\\*" in text
    for live in ("@everyone", "@here", "<@123456789012345678>", "<@&123456789012345678>", "*긴급*", "`배포`",
                 "~취소~", "||스포일러||", "[링크](http"):
        assert live not in text, live


def test_huge_digest_is_split_into_messages_that_each_respect_embed_limits():
    messages = discord_messages(Reply("최근 1일 뉴스 다이제스트", huge_digest(stories=300, bullets=40)))
    assert 1 < len(messages) <= 5
    for message in messages:
        assert len(message["content"]) <= MAX_CONTENT
        assert len(message["embeds"]) <= MAX_EMBEDS
        assert sum(len(e) for e in message["embeds"]) <= MAX_EMBED_TOTAL
        for e in message["embeds"]:
            assert len(e.title or "") <= MAX_TITLE and len(e.description or "") <= MAX_DESCRIPTION
            assert len(e.fields) <= MAX_FIELDS and all(len(f.value) <= 1024 for f in e.fields)
    assert "생략했습니다" in messages[-1]["content"]
    long_story = discord_messages(Reply("긴 이야기", huge_digest(stories=1, bullets=60)))
    descriptions = [e.description for m in long_story for e in m["embeds"]]
    assert len(descriptions) > 1 and sum(d.count("오픈AI가") for d in descriptions) == 60

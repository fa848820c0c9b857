"""Scheduled digests reach a Discord channel through the real discord.py client, against the fake Discord."""

from __future__ import annotations

import asyncio
from datetime import datetime

import pytest
from aiohttp import web
from discord.gateway import DiscordWebSocket
from discord.http import Route

from bot.commands.layer import CommandLayer
from bot.commands.subscriptions import SubscriptionCommands
from bot.discord.client import DiscordSettings, NewsDiscordBot, point_at
from bot.discord.delivery import DiscordDeliverer
from bot.protocol import Origin
from bot.scheduler import Dispatcher
from digest.service import NewsService
from digest.storage.store import Store
from digest.subscriptions import Subscriptions
from digest.text.metadata import KST
from tests.conftest import SEEDS
from tests.fakes.discord_api import API, GUILD_ID, FakeDiscord

NEWS_CHANNEL, GONE_CHANNEL = "700000000000000001", "700000000000000002"


class FakeDiscordWithGoneChannel(FakeDiscord):
    async def channel_message(self, request):
        if request.match_info["channel"] == GONE_CHANNEL:
            return web.json_response({"message": "Unknown Channel", "code": 10003}, status=404)
        return await super().channel_message(request)


@pytest.fixture
async def discord_world(tmp_path):
    fake = await FakeDiscordWithGoneChannel().start()
    clock = {"now": datetime(2025, 9, 10, 7, 0, tzinfo=KST)}
    service = NewsService(Store(f"sqlite:///{tmp_path / 'news.db'}"), now=lambda: clock["now"])
    service.ingest_paths([SEEDS])
    clock["now"] = datetime(2025, 9, 10, 7, 30, tzinfo=KST)
    subs = Subscriptions(service)
    commands = CommandLayer(service, SubscriptionCommands(subs))
    settings = DiscordSettings("fake-token", int(GUILD_ID), fake.api_base, fake.gateway_url)
    saved = Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY
    point_at(settings)
    client = NewsDiscordBot(commands, settings, guild_ready_timeout=0.1)
    task = asyncio.create_task(client.start(settings.token))
    await asyncio.wait_for(client.wait_until_ready(), 15)
    yield clock, commands, Dispatcher(subs, {"discord": DiscordDeliverer(client)}), fake
    await client.close()
    await asyncio.wait_for(task, 15)
    Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY = saved
    await fake.close()


async def test_scheduled_digest_reaches_discord_once_and_a_lost_channel_is_paused(discord_world):
    clock, commands, dispatcher, fake = discord_world
    for channel in (NEWS_CHANNEL, GONE_CHANNEL):
        origin = Origin("discord", channel, "42", workspace=GUILD_ID, can_manage=True)
        assert "구독했습니다" in commands.handle_text("/subscribe 오픈AI daily 08:00", origin).text
    refused = commands.handle_text("/subscribe daily 09:00", Origin("discord", NEWS_CHANNEL, "43", workspace=GUILD_ID,
                                                                     can_manage=False))
    assert refused.problem

    clock["now"] = datetime(2025, 9, 10, 8, 0, 20, tzinfo=KST)
    assert await dispatcher.run_due() == {1: "sent", 2: "paused"}
    await dispatcher.run_due()
    posts = fake.calls_to(f"{API}/channels/{NEWS_CHANNEL}/messages", "POST")
    digests = [p for p in posts if p.body["content"].startswith("정기 다이제스트")]
    assert len(digests) == 1
    body = digests[0].body
    assert body["allowed_mentions"]["parse"] == [] and body["embeds"]
    assert body["nonce"] and body.get("enforce_nonce") is True
    assert "오픈AI" in " ".join(e.get("title", "") + e.get("description", "") for e in body["embeds"])
    listing = commands.handle_text("/subscriptions", Origin("discord", GONE_CHANNEL, "42", workspace=GUILD_ID))
    assert "일시 중지" in listing.text and "Unknown Channel" in listing.text

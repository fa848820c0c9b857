"""`/subscribe` through the real bolt app: only workspace admins may change a channel's subscriptions."""

from __future__ import annotations

from urllib.parse import urlencode

import aiohttp
import pytest

from bot.commands import CommandLayer
from bot.slack import EVENTS_PATH, SlackBot, SlackSettings
from bot.subscription_commands import SubscriptionCommands
from digest.service import NewsService
from digest.store import Store
from digest.subscriptions import Subscriptions
from tests.fakes import PINNED_NOW
from tests.fakes.slack_api import FakeSlack
from tests.test_slack import SECRET, SlackHarness, all_text


@pytest.fixture
async def slack_subs(tmp_path):
    fake = await FakeSlack().start()
    service = NewsService(Store(f"sqlite:///{tmp_path / 'subs.db'}"), now=lambda: PINNED_NOW)
    subs = Subscriptions(service)
    commands = CommandLayer(service, SubscriptionCommands(subs))
    bot = SlackBot(commands, SlackSettings(bot_token="xoxb-test", signing_secret=SECRET, api_url=fake.api_url))
    runner = aiohttp.web.AppRunner(bot.app.web_app(path=EVENTS_PATH))
    await runner.setup()
    site = aiohttp.web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    async with aiohttp.ClientSession() as http:
        yield SlackHarness(fake, site._server.sockets[0].getsockname()[1], http, commands), subs
    await runner.cleanup()
    await fake.close()


async def send(harness: SlackHarness, user: str, text: str, token: str):
    form = {"token": "legacy", "team_id": "T0FAKE", "channel_id": "C0NEWS", "user_id": user, "command": "/subscribe",
            "text": text, "response_url": harness.fake.response_url(token), "trigger_id": "1.2.3"}
    status, _ = await harness.post(urlencode(form), "application/x-www-form-urlencoded")
    assert status == 200
    [answer] = await harness.fake.wait_for(f"/respond/{token}")
    return answer.body


async def test_admin_subscribes_member_is_refused(slack_subs):
    harness, subs = slack_subs
    member = await send(harness, "U0MEMBER", "daily 08:00", "t-member")
    assert member["response_type"] == "ephemeral" and "권한" in all_text(member)
    admin = await send(harness, "UADMIN01", "오픈AI weekdays 07:30", "t-admin")
    assert "구독했습니다" in all_text(admin) and "평일 07:30" in all_text(admin)
    [sub] = subs.all_active()
    assert (sub.target.platform, sub.target.workspace, sub.target.channel, sub.topic) == ("slack", "T0FAKE", "C0NEWS", "오픈AI")
    assert len(harness.fake.calls_to("/api/users.info")) == 2

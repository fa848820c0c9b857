"""`/subscribe` through the real bolt app: only workspace admins may change a channel's subscriptions."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest

from bot.commands.layer import CommandLayer
from bot.commands.subscriptions import SubscriptionCommands
from digest.service import NewsService
from digest.storage.store import Store
from digest.subscriptions import Subscriptions
from tests.fakes import PINNED_NOW
from tests.test_slack import SlackHarness, all_text, serve_bolt


@pytest.fixture
async def slack_subs(tmp_path):
    service = NewsService(Store(f"sqlite:///{tmp_path / 'subs.db'}"), now=lambda: PINNED_NOW)
    subs = Subscriptions(service)
    async with serve_bolt(CommandLayer(service, SubscriptionCommands(subs))) as harness:
        yield harness, subs


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

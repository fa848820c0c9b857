"""What a user typed, echoed back: a lookup of thousands of words, a time zone or a time of thousands of
characters, a topic of hundreds of words. The answer quotes the start of it and still says what it found, on
the real Slack and Discord adapters; a time zone that is a folder of the zone database is a sentence of ours.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from bot.commands.layer import CommandLayer
from bot.commands.subscriptions import SubscriptionCommands
from bot.protocol import Origin
from digest.subscriptions import Subscriptions
from tests.fakes import PINNED_NOW, seeded_commands
from tests.fakes.discord_api import API, DM_CHANNEL_ID, direct_message
from tests.test_discord import discord_bot  # noqa: F401  (a fixture)

MANAGER = Origin("slack", "C1", "U1", workspace="T1", can_manage=True)
LONG_LOOKUP = "오픈AI " * 3000          # 15,000 characters of words that all match


async def test_discord_dm_of_thousands_of_words_still_says_what_it_found(discord_bot):
    client, fake = discord_bot
    await fake.dispatch("MESSAGE_CREATE", direct_message(LONG_LOOKUP))
    [sent] = await fake.wait_for(f"{API}/channels/{DM_CHANNEL_ID}/messages")
    content = sent.body["content"]
    assert "검색 결과: 이야기" in content and len(content) < 200, content[-200:]
    assert sent.body["embeds"]


async def test_slack_search_of_thousands_of_words_keeps_its_headline_whole(tmp_path):
    from tests.test_slack import serve_bolt

    async with serve_bolt(seeded_commands(tmp_path)) as slack:
        status, _ = await slack.command("/news-search", LONG_LOOKUP, token="long")
        assert status == 200
        [answer] = await slack.fake.wait_for("/respond/long")
    lead = answer.body["blocks"][0]["text"]["text"]
    assert lead.startswith("*'오픈AI") and lead.endswith("*") and "검색 결과: 이야기" in lead, lead[-200:]
    assert len(lead) < 200


def test_digest_and_events_headlines_quote_the_start_of_a_long_topic(tmp_path):
    commands = seeded_commands(tmp_path)
    for typed, found in ((f"/digest {LONG_LOOKUP} 30", "뉴스 다이제스트: 이야기"),
                         ("/events past " + "카카오 " * 3000, "후속 일정"),
                         ("/digest " + "넷플릭스 " * 3000, "이야기가 아직 없습니다")):
        reply = commands.handle_text(typed, MANAGER)
        assert found in reply.text and len(reply.text) < 400, reply.text[-300:]


def test_an_empty_digest_of_a_long_topic_suggests_a_command_without_quoting_it_whole(tmp_path):
    month_later = seeded_commands(tmp_path, now=PINNED_NOW + timedelta(days=30))
    reply = month_later.handle_text("/digest " + "카카오 " * 3000, MANAGER)
    assert "새 이야기가 없습니다" in reply.text and "`/digest 주제 31`" in reply.text, reply.text[-300:]
    assert len(reply.text) < 400
    short = month_later.handle_text("/digest 카카오", MANAGER)   # a short topic is repeated as typed
    assert "`/digest 카카오 31`" in short.text and "`/search 카카오`" in short.text, short.text


def subscription_commands(tmp_path) -> CommandLayer:
    seeded = seeded_commands(tmp_path)
    return CommandLayer(seeded.service, SubscriptionCommands(Subscriptions(seeded.service)))


def test_a_time_zone_or_a_time_of_thousands_of_characters_is_quoted_cut(tmp_path, caplog):
    commands = subscription_commands(tmp_path)
    for typed, said in (("/subscribe daily 08:00 Asia/" + "x" * 5000, "알 수 없는 시간대"),   # longer than a file name
                        ("/subscribe daily 08:00 Asia/" + "x" * 200, "알 수 없는 시간대"),
                        ("/subscribe daily 0" + "8" * 5000 + ":00", "시각이 아닙니다")):
        with caplog.at_level(logging.ERROR):
            reply = commands.handle_text(typed, MANAGER)
        assert reply.problem and said in reply.text and len(reply.text) < 400, reply.text[:300]
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], [r.getMessage() for r in caplog.records]
    assert "이 채널에는 구독이 없습니다" in commands.handle_text("/subscriptions", MANAGER).text


def test_a_time_zone_naming_a_folder_of_the_zone_database_is_our_sentence(tmp_path, caplog):
    commands = subscription_commands(tmp_path)
    with caplog.at_level(logging.ERROR):
        reply = commands.handle_text("/subscribe daily 08:00 America/Argentina", MANAGER)
    assert reply.problem and "알 수 없는 시간대" in reply.text, reply.text
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], [r.getMessage() for r in caplog.records]
    assert "구독했습니다" in commands.handle_text("/subscribe daily 08:00 America/Argentina/Cordoba", MANAGER).text


def test_a_topic_of_hundreds_of_words_is_quoted_cut_where_a_subscription_is_shown(tmp_path):
    commands = subscription_commands(tmp_path)
    topic = " ".join(["카카오"] * 600)
    made = commands.handle_text(f"/subscribe {topic} daily 08:00", MANAGER)
    assert "구독했습니다" in made.text and len(made.text) < 400, made.text[:300]
    listed = commands.handle_text("/subscriptions", MANAGER)
    assert "다음 배달" in listed.text and len(listed.text) < 400
    gone = commands.handle_text("/unsubscribe", MANAGER)
    assert "구독을 취소했습니다" in gone.text and len(gone.text) < 400


def test_a_feed_address_in_capitals_is_the_same_feed(tmp_path, monkeypatch):
    """`HTTP://127.0.0.1/...` is read (RFC 3986: the scheme and the host are case-blind), and is the feed the
    lower-case address names, not a second copy of it polled beside it."""
    from digest.sources.feeds.polling import list_feeds
    from tests.fixtures.feeds.server import FixtureServer

    monkeypatch.setenv("NEWSDIGEST_FETCH_ALLOW_PRIVATE", "1")
    monkeypatch.setenv("NEWSDIGEST_NOW", "2025-09-12 09:00")
    with FixtureServer() as site:
        url = site.fixture("/rss/allArticle.xml", "rss.xml", "application/rss+xml; charset=utf-8")
        commands = seeded_commands(tmp_path)
        shouted = url.replace("http://", "HTTP://")
        assert "추가했습니다" in commands.handle_text(f"/feeds add {shouted}", MANAGER).text
        again = commands.handle_text(f"/feeds add {url}", MANAGER)
        assert again.problem and "이미 피드 #1" in again.text, again.text
        assert [f.url for f in list_feeds(commands.service)] == [url]
        assert "테크리뷰" in commands.handle_text(f"/feeds why {shouted}", MANAGER).text


# ---- Discord interactions shaped by an older command list ----------------------------------------------
# Discord clients keep the command list they were sent; after an upgrade (or while a global sync spreads) a
# user can send a command the bot no longer has, without an option it now requires, or an option of another
# type. Each gets a sentence saying the command list changed, never Discord's "this interaction failed".

STALE = {
    "unknown-command": ("nonexistent", []),
    "missing-option": ("brief", []),
    "days-as-text": ("digest", [{"name": "days", "type": 3, "value": "abc"}]),
    "words-as-number": ("search", [{"name": "words", "type": 4, "value": 5}]),
}


async def test_discord_interactions_from_an_older_command_list_are_answered(discord_bot, caplog):
    import asyncio

    from tests.fakes.discord_api import slash_command

    client, fake = discord_bot
    for case, (name, options) in STALE.items():
        answered = len(fake.calls_to(f"{API}/interactions/"))
        with caplog.at_level(logging.ERROR):
            await fake.dispatch("INTERACTION_CREATE", slash_command(name, f"tok-{case}", options))
            try:
                await fake.wait_for(f"{API}/interactions/", count=answered + 1, timeout=5)
            except asyncio.TimeoutError:
                raise AssertionError(f"{case}: no answer at all") from None
        said = [c.body for c in fake.calls if f"tok-{case}" in c.path]
        text = " ".join(str(b.get("data", {}).get("content") or b.get("content") or "") for b in said)
        assert "명령 목록이 바뀌었" in text, (case, said)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], [r.getMessage() for r in caplog.records]


def test_two_managers_adding_one_feed_at_once_get_it_added_once(tmp_path, monkeypatch):
    """Both read the feed before either stores it; the second learns it is already there, in a sentence."""
    from concurrent.futures import ThreadPoolExecutor

    from digest.sources.feeds.polling import list_feeds
    from tests.fixtures.feeds.server import FixtureServer

    monkeypatch.setenv("NEWSDIGEST_FETCH_ALLOW_PRIVATE", "1")
    monkeypatch.setenv("NEWSDIGEST_NOW", "2025-09-12 09:00")
    with FixtureServer() as site:
        url = site.fixture("/rss/allArticle.xml", "rss.xml", "application/rss+xml; charset=utf-8", delay=0.5)
        commands = seeded_commands(tmp_path)
        with ThreadPoolExecutor(2) as pool:
            replies = list(pool.map(lambda _: commands.handle_text(f"/feeds add {url}", MANAGER), range(2)))
        texts = sorted(r.text for r in replies)
        assert any("추가했습니다" in t for t in texts) and any("이미 피드 #" in t for t in texts), texts
        assert [f.url for f in list_feeds(commands.service)] == [url]


def test_an_unknown_command_or_a_long_non_address_is_quoted_cut(tmp_path):
    commands = seeded_commands(tmp_path)
    for typed, said in (("/zzz" + "a" * 5000, "알 수 없는 명령"), ("/feeds add " + "x" * 5000, "웹 주소가 아닙니다"),
                        ("/feeds add https://a.kr/" + "x" * 5000, "웹 주소가 아닙니다")):
        reply = commands.handle_text(typed, MANAGER)
        assert reply.problem and said in reply.text and len(reply.text) < 400, reply.text[:300]

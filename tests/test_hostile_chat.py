"""Chat commands under hostile use: feeds managed only from a channel by that workspace's managers (never from
a DM, never another workspace's feeds), `/feeds add` answering what it did, and user words echoed into a
headline that can neither post a live masked link in Discord nor break Slack's markup.
"""

from __future__ import annotations

import asyncio
import json
import re

import pytest

from bot.discord.client import discord_messages
from bot.protocol import Origin, Reply
from bot.slack.app import slack_messages
from digest.sources.feeds.polling import add_feed, list_feeds, why
from tests.fakes import seeded_commands
from tests.fakes.discord_api import API, APP_ID, DM_CHANNEL_ID, GUILD_ID, READER, slash_command
from tests.fixtures.feeds.server import FixtureServer
from tests.test_discord import discord_bot  # noqa: F401  (a fixture)

RSS_TYPE = "application/rss+xml; charset=utf-8"


@pytest.fixture(autouse=True)
def quick_and_pinned(monkeypatch):
    monkeypatch.setenv("NEWSDIGEST_NOW", "2025-09-12 09:00")
    monkeypatch.setenv("NEWSDIGEST_HTTP_TIMEOUT", "0.5")
    monkeypatch.setenv("NEWSDIGEST_HTTP_RETRIES", "1")
    monkeypatch.setenv("NEWSDIGEST_FETCH_ALLOW_PRIVATE", "1")   # the feed server is on loopback


@pytest.fixture
def site():
    with FixtureServer() as server:
        server.fixture("/rss/allArticle.xml", "rss.xml", RSS_TYPE)
        server.fixture("/daily/atom.xml", "atom.xml", "application/atom+xml")
        yield server


def manager(workspace: str, platform: str = "slack") -> Origin:
    return Origin(platform, "C1", "U1", workspace=workspace, can_manage=True)


def test_feeds_add_from_chat_answers_what_it_added(tmp_path, site):
    commands = seeded_commands(tmp_path)
    reply = commands.handle_text(f"/feeds add {site.url('/rss/allArticle.xml')} 카카오", manager("T1"))
    assert not reply.problem, reply.text
    assert reply.text.startswith("피드 #1을(를) 추가했습니다") and "항목 5건 중 최신 3건" in reply.text
    [feed] = list_feeds(commands.service)
    assert feed.topic == "카카오"


def test_a_workspace_sees_and_changes_only_its_own_feeds(tmp_path, site):
    commands = seeded_commands(tmp_path)
    rss, atom = site.url("/rss/allArticle.xml"), site.url("/daily/atom.xml")
    assert not commands.handle_text(f"/feeds add {rss}", manager("T1")).problem
    add_feed(commands.service, atom)                      # the operator's, from the CLI
    other = manager("T2")
    assert "등록된 피드가 없습니다" in commands.handle_text("/feeds list", other).text
    for attempt in ("/feeds remove 1", "/feeds poll 1", "/feeds remove 2"):
        refused = commands.handle_text(attempt, other)
        assert refused.problem and "그런 번호의 피드가 없습니다" in refused.text
    assert "항목이 없습니다" in commands.handle_text(f"/feeds why {rss}", other).text
    mine = commands.handle_text("/feeds list", manager("T1")).text
    assert "피드 1개" in mine and rss in mine and atom not in mine
    assert commands.handle_text("/feeds remove 2", manager("T1")).problem          # not T1's either
    assert len(list_feeds(commands.service)) == 2
    assert "지웠습니다" in commands.handle_text("/feeds remove 1", manager("T1")).text
    assert [f.url for f in list_feeds(commands.service)] == [atom]


def test_feeds_need_rights_even_to_list_and_ask_why(tmp_path, site):
    commands = seeded_commands(tmp_path)
    member = Origin("slack", "C1", "U9", workspace="T1", can_manage=False)
    for text in ("/feeds", "/feeds list", f"/feeds why {site.url('/rss/allArticle.xml')}"):
        reply = commands.handle_text(text, member)
        assert reply.problem and "권한" in reply.text


def test_no_feed_changes_from_a_direct_message_even_if_the_adapter_said_yes(tmp_path, site):
    commands = seeded_commands(tmp_path)
    dm = Origin("discord", "D1", "U1", direct=True, workspace="", can_manage=True)
    reply = commands.handle_text(f"/feeds add {site.url('/rss/allArticle.xml')}", dm)
    assert reply.problem and "채널에서만" in reply.text
    assert list_feeds(commands.service) == [] and not site.hits_for("/rss/allArticle.xml")


def dm_interaction(name: str, token: str, args: str) -> dict:
    """A slash command typed in a DM with the bot: no guild, no member, a user."""
    payload = slash_command(name, token, [{"name": "args", "type": 3, "value": args}])
    for key in ("guild_id", "member"):
        payload.pop(key)
    payload["data"].pop("guild_id")
    payload.update(user=READER, channel_id=DM_CHANNEL_ID, context=1, app_permissions="0",
                   channel={"id": DM_CHANNEL_ID, "type": 1, "recipients": [READER]})
    return payload


async def test_discord_dm_cannot_manage_feeds(discord_bot, site):
    client, fake = discord_bot
    await fake.dispatch("INTERACTION_CREATE", dm_interaction("feeds", "tok-dm-feeds", f"add {site.url('/rss/allArticle.xml')}"))
    [followup] = await fake.wait_for(f"{API}/webhooks/{APP_ID}/tok-dm-feeds")
    assert "채널에서만" in followup.body["content"]
    assert list_feeds(client.commands.service) == [] and not site.hits_for("/rss/allArticle.xml")


# ---- item 9: user words echoed in a headline ---------------------------------------------------------

MASKED = "[공지](https://evil.example/login)"


def test_discord_headline_never_carries_a_live_masked_link(tmp_path):
    commands = seeded_commands(tmp_path)
    for reply in (commands.handle_text(f"/search {MASKED}", manager("T1")),
                  commands.handle_text(f"/digest {MASKED}", manager("T1")),
                  commands.handle_text(f"/brief {MASKED}", manager("T1"))):
        content = discord_messages(reply)[0]["content"]
        assert "evil.example" in content                       # the words are echoed ...
        assert MASKED not in content and not re.search(r"(?<!\\)\]\(", content)   # ... but not as a link
        assert "\\[공지\\]" in content


def test_discord_headline_escapes_markdown_but_keeps_our_code_spans():
    content = discord_messages(Reply("'# 제목 **굵게** <@123> @everyone' 검색 결과가 없습니다. `/digest 7`로 찾아보세요."))[0]["content"]
    assert "\\#" in content and "\\*\\*굵게\\*\\*" in content and "`/digest 7`" in content
    assert "@everyone" not in content.replace("@\u200beveryone", "")


def test_slack_headline_echo_is_inert():
    reply = Reply("'<https://evil.example/login|공지> <!channel> @here' 검색 결과가 없습니다.")
    text = json.dumps(slack_messages(reply), ensure_ascii=False)
    assert "<https://evil.example" not in text and "<!channel>" not in text and "&lt;https://evil.example" in text
    assert "@here" not in text.replace("@\u200bhere", "")


# ---- item 10: signed Slack requests missing what the bot reads ---------------------------------------

async def test_signed_slack_request_with_a_non_numeric_timestamp_is_refused_not_a_500(tmp_path, caplog):
    from urllib.parse import urlencode

    from slack_sdk.signature import SignatureVerifier

    from tests.test_slack import EVENTS_PATH, SECRET, serve_bolt

    async with serve_bolt(seeded_commands(tmp_path)) as slack:
        body = urlencode({"team_id": "T0FAKE", "channel_id": "C1", "user_id": "U1", "command": "/digest", "text": ""})
        headers = {"Content-Type": "application/x-www-form-urlencoded", "X-Slack-Request-Timestamp": "abc",
                   "X-Slack-Signature": SignatureVerifier(SECRET).generate_signature(timestamp="abc", body=body)}
        async with slack.http.post(f"http://127.0.0.1:{slack.port}{EVENTS_PATH}", data=body.encode(), headers=headers) as r:
            assert r.status == 401
    assert not [r for r in caplog.records if r.levelname == "ERROR"]


async def test_signed_slash_command_without_a_channel_is_answered_or_dropped_without_an_error(tmp_path, caplog):
    import asyncio
    from urllib.parse import urlencode

    from tests.test_slack import serve_bolt

    async with serve_bolt(seeded_commands(tmp_path)) as slack:
        form = {"team_id": "T0FAKE", "user_id": "U1", "command": "/digest", "text": "", "trigger_id": "1.2.3"}
        status, _ = await slack.post(urlencode(form), "application/x-www-form-urlencoded")
        assert status == 200                                      # nowhere to answer: dropped with a warning
        form["response_url"] = slack.fake.response_url("nochannel")
        status, _ = await slack.post(urlencode(form), "application/x-www-form-urlencoded")
        assert status == 200
        [answer] = await slack.fake.wait_for("/respond/nochannel")
        assert "다이제스트" in answer.body["text"] or "새 이야기가 없습니다" in answer.body["text"]
        await asyncio.sleep(0.2)
    assert not [r for r in caplog.records if r.levelname == "ERROR"]
    assert any("nowhere to answer" in r.getMessage() for r in caplog.records)


async def test_slack_admin_cannot_manage_feeds_from_a_dm(tmp_path, site):
    from urllib.parse import urlencode

    from tests.test_slack import serve_bolt

    async with serve_bolt(seeded_commands(tmp_path)) as slack:
        form = {"team_id": "T0FAKE", "channel_id": "D0DM", "channel_name": "directmessage", "user_id": "UADMIN1",
                "command": "/feeds", "text": f"add {site.url('/rss/allArticle.xml')}",
                "response_url": slack.fake.response_url("dmfeeds"), "trigger_id": "1.2.3"}
        status, _ = await slack.post(urlencode(form), "application/x-www-form-urlencoded")
        assert status == 200
        [answer] = await slack.fake.wait_for("/respond/dmfeeds")
        assert "채널에서만" in answer.body["text"] and answer.body["response_type"] == "ephemeral"
        assert list_feeds(slack.commands.service) == [] and not site.hits_for("/rss/allArticle.xml")


# ---- what the platforms send: Slack's escaped text, mentions in a direct message --------------------

async def test_slack_text_arrives_escaped_and_is_read_as_typed(tmp_path, site):
    """Slack sends `&`, `<`, `>` as entities and wraps links and mentions in `<...>`: a feed address with a
    query reaches the bot as `...&amp;page=1` and must be added as typed."""
    from urllib.parse import urlencode

    from tests.test_slack import serve_bolt

    feed = site.fixture("/rss.xml?cat=it&page=1", "rss.xml", RSS_TYPE)
    async with serve_bolt(seeded_commands(tmp_path)) as slack:
        for n, text in enumerate((f"add {feed.replace('&', '&amp;')} 카카오", f"add <{feed.replace('&', '&amp;')}> 카카오")):
            form = {"team_id": "T0FAKE", "channel_id": "C0NEWS", "user_id": "UADMIN1", "command": "/feeds", "text": text,
                    "response_url": slack.fake.response_url(f"escaped{n}"), "trigger_id": "1.2.3"}
            status, _ = await slack.post(urlencode(form), "application/x-www-form-urlencoded")
            assert status == 200
            [answer] = await slack.fake.wait_for(f"/respond/escaped{n}")
            # the second, wrapped as a link, is the same address as the first
            assert ("추가했습니다" if n == 0 else "이미 피드 #1") in answer.body["text"], answer.body["text"]
        assert [(f.url, f.topic) for f in list_feeds(slack.commands.service)] == [(feed, "카카오")]


async def test_slack_direct_message_naming_the_bot_is_the_lookup_of_the_rest(tmp_path):
    import time

    from tests.fakes.slack_api import BOT_USER
    from tests.test_slack import serve_bolt

    async with serve_bolt(seeded_commands(tmp_path)) as slack:
        event = {"token": "legacy", "team_id": "T0FAKE", "api_app_id": "A0FAKE", "type": "event_callback",
                 "event_id": "EvMention", "event_time": int(time.time()),
                 "event": {"type": "message", "channel_type": "im", "channel": "D0DM", "user": "U0READER",
                           "text": f"<@{BOT_USER}> 오픈AI &amp; 카카오 <!here>", "ts": "1757494800.000100"}}
        status, _ = await slack.post(json.dumps(event), "application/json")
        assert status == 200
        [posted] = await slack.fake.wait_for("/api/chat.postMessage")
    assert posted.body["text"].startswith("'오픈AI &amp; 카카오'"), posted.body["text"]   # escaped once, as typed
    assert BOT_USER not in json.dumps(posted.body)


async def test_discord_direct_message_naming_the_bot_runs_the_command_after_it(discord_bot):
    from tests.fakes.discord_api import BOT_ID, direct_message

    client, fake = discord_bot
    await fake.dispatch("MESSAGE_CREATE", direct_message(f"<@{BOT_ID}> /digest 오픈AI 7"))
    [sent] = await fake.wait_for(f"{API}/channels/{DM_CHANNEL_ID}/messages")
    assert "최근 7일 '오픈AI' 뉴스 다이제스트" in sent.body["content"], sent.body["content"]
    await fake.dispatch("MESSAGE_CREATE", dict(direct_message(f"<@!{BOT_ID}> 오픈AI 카카오"), id="1400000000000003001"))
    [_, lookup] = await fake.wait_for(f"{API}/channels/{DM_CHANNEL_ID}/messages", count=2)
    assert "'오픈AI 카카오' 검색 결과" in lookup.body["content"], lookup.body["content"]


async def test_a_feeds_own_title_cannot_format_slacks_answer(tmp_path, site):
    """A feed names itself: its title, shown by `/feeds add` and `/feeds list`, is the feed's words, not the
    bot's markup."""
    from urllib.parse import urlencode

    from tests.fixtures.feeds.server import FIXTURES
    from tests.test_slack import serve_bolt

    marked = "*굵은* _기울임_ ~취소~ `코드`"
    rss = (FIXTURES / "rss.xml").read_text(encoding="utf-8").replace("{{BASE}}", site.base)
    feed = site.serve("/marked/rss.xml", rss.replace("<title>테크리뷰 - 전체기사", f"<title>테크리뷰 {marked}", 1),
                      content_type=RSS_TYPE)
    async with serve_bolt(seeded_commands(tmp_path)) as slack:
        answers = []
        for n, text in enumerate((f"add {feed}", "list")):   # one after the other: the list follows the add
            form = {"team_id": "T0FAKE", "channel_id": "C0NEWS", "user_id": "UADMIN1", "command": "/feeds",
                    "text": text, "response_url": slack.fake.response_url(f"marked{n}"), "trigger_id": "1.2.3"}
            await slack.post(urlencode(form), "application/x-www-form-urlencoded")
            answers.append((await slack.fake.wait_for(f"/respond/marked{n}"))[0].body)
    for body in answers:
        shown = body["blocks"][0]["text"]["text"]
        assert "굵은" in shown and "코드" in shown
        # (a span in backticks stays code, as the bot's own are: nothing inside code renders or pings)
        for live in ("*굵은*", "_기울임_", "~취소~"):
            assert live not in shown, (live, shown)


def test_feeds_add_from_chat_says_why_a_feed_could_not_be_read(tmp_path, site, monkeypatch):
    """Too big, a bomb, a loop, a missing page: each in its own words (the server answered, so nothing about
    private networks is told); a feed that never answers stays 'could not read'."""
    import gzip

    from tests.fixtures.feeds.server import FIXTURES

    monkeypatch.setenv("NEWSDIGEST_HTTP_MAX_MB", "1")
    rss = (FIXTURES / "rss.xml").read_text(encoding="utf-8").replace("{{BASE}}", site.base)
    huge = site.serve("/huge.xml", rss.replace("</channel>", "<item><title>가</title><description>" + "가" * 700_000
                                               + "</description></item></channel>"), content_type=RSS_TYPE)
    bomb = site.serve("/bomb.xml", gzip.compress(b"<rss>" + b" " * 50_000_000), content_type=RSS_TYPE,
                      headers={"Content-Encoding": "gzip"})
    loop = site.serve("/loop.xml", b"", status=302, headers={"Location": "/loop.xml"})
    missing = site.url("/gone.xml")
    commands = seeded_commands(tmp_path)
    said = {name: commands.handle_text(f"/feeds add {url}", manager("T1"))
            for name, url in (("huge", huge), ("bomb", bomb), ("loop", loop), ("missing", missing))}
    assert all(r.problem and r.text.startswith("피드를 추가하지 못했습니다") for r in said.values())
    assert "1 MB보다 큽니다" in said["huge"].text and "1 MB보다 큽니다" in said["bomb"].text
    assert "리디렉션" in said["loop"].text and "404" in said["missing"].text
    assert list_feeds(commands.service) == []


# ---- answers that are long text: every line shown, none cut off at a platform limit ------------------

def many_feeds(commands, owner: str, count: int = 40) -> list[str]:
    urls = [f"http://93.184.216.{n}/rss/allArticle.xml?section=economy&page={n}" for n in range(1, count + 1)]
    for url in urls:   # public addresses, added unread as the operator's `feeds add --no-check` does
        add_feed(commands.service, url, check=False, owner=owner)
    return urls


async def test_slack_shows_every_line_of_a_long_feed_list(tmp_path):
    from urllib.parse import urlencode

    from tests.test_slack import serve_bolt

    commands = seeded_commands(tmp_path)
    urls = many_feeds(commands, "slack:T0FAKE")
    async with serve_bolt(commands) as slack:
        form = {"team_id": "T0FAKE", "channel_id": "C0NEWS", "user_id": "UADMIN1", "command": "/feeds",
                "text": "list", "response_url": slack.fake.response_url("many"), "trigger_id": "1.2.3"}
        await slack.post(urlencode(form), "application/x-www-form-urlencoded")
        answers = await slack.fake.wait_for("/respond/many", timeout=10)
        await asyncio.sleep(0.3)    # any further message of the answer arrives too
        answers = slack.fake.calls_to("/respond/many")
    shown = "\n".join(b["text"]["text"] for a in answers for b in a.body["blocks"] if b["type"] == "section")
    assert "피드 40개" in shown
    assert all(url.replace("&", "&amp;") in shown for url in urls), [u for u in urls if u.replace("&", "&amp;") not in shown]


async def test_discord_shows_every_line_of_a_long_feed_list(discord_bot):
    client, fake = discord_bot
    urls = many_feeds(client.commands, f"discord:{GUILD_ID}")
    await fake.dispatch("INTERACTION_CREATE", slash_command("feeds", "tok-many", [{"name": "args", "type": 3, "value": "list"}]))
    await fake.wait_for(f"{API}/webhooks/{APP_ID}/tok-many", timeout=10)
    await asyncio.sleep(0.3)
    shown = "\n".join(c.body["content"] for c in fake.calls_to(f"{API}/webhooks/{APP_ID}/tok-many"))
    assert "피드 40개" in shown
    assert all(url.replace("_", "\\_") in shown or url in shown for url in urls), \
        [u for u in urls if u not in shown and u.replace("_", "\\_") not in shown]


def test_a_feed_writing_characters_xml_forbids_is_added_and_read(tmp_path, site):
    """`&#xD800;` (half of a character) and `&#x1B;` are no XML characters; a lenient parser passes them on and
    the whole add failed. They are dropped like raw control bytes, and the entries are read."""
    from tests.fixtures.feeds.server import FIXTURES

    rss = (FIXTURES / "rss.xml").read_text(encoding="utf-8").replace("{{BASE}}", site.base)
    rss = rss.replace("<title>카카오,", "<title>&#xD800;&#x1B;&#0;카카오,", 1).replace("<title>네이버,", "<title>&#55296;네이버,", 1)
    feed = site.serve("/refs/rss.xml", rss, content_type=RSS_TYPE)
    commands = seeded_commands(tmp_path)
    reply = commands.handle_text(f"/feeds add {feed}", manager("T1"))
    assert not reply.problem and "추가했습니다" in reply.text, reply.text
    titles = [e.title for e in why(commands.service, site.url("/news/articleView.html?idxno=1001"), None)[0]]
    assert titles and titles[0].startswith("카카오, 대화형 AI 에이전트")


def test_a_page_with_a_reference_to_a_control_character_is_still_read(tmp_path, site):
    """One `&#x1B;` in a page made the parser give up on the whole page: the article was skipped as having no
    text. (Real page of the fixtures with the reference inserted into its first paragraph.)"""
    from digest.sources.pages import extract_article
    from tests.fixtures.feeds.server import FIXTURES

    page = (FIXTURES / "pages" / "kakao.html").read_text(encoding="utf-8")
    for reference in ("&#x1B;", "&#xFFFE;", "&#xD800;", "&#0;"):
        article = extract_article(page.replace("카카오가 11일", f"카카오가{reference} 11일", 1), site.url("/kakao"))
        assert "카카오가 11일 경기 용인시" in article.text.replace("\n", " "), reference


def test_a_feed_entry_or_an_address_urllib_cannot_split_is_no_traceback(tmp_path, site, cli, capsys):
    """`http://[::1` makes urllib raise: a feed entry linking there spoiled the whole feed, and the CLI's
    `feeds add`, `feeds why` and `ingest` of it ended in a traceback."""
    from tests.fixtures.feeds.server import FIXTURES

    rss = (FIXTURES / "rss.xml").read_text(encoding="utf-8").replace("{{BASE}}", site.base)
    rss = rss.replace(f"<link>{site.base}/news/articleView.html?idxno=1002</link>", "<link>http://[::1</link>", 1)
    feed = site.serve("/bracket/rss.xml", rss, content_type=RSS_TYPE)
    reply = seeded_commands(tmp_path).handle_text(f"/feeds add {feed}", manager("T1"))
    assert not reply.problem and "항목 5건" in reply.text, reply.text
    for args in (("feeds", "add", "http://[::1"), ("feeds", "why", "http://[::1"), ("ingest", "http://[1.2.3.4]/x")):
        result = cli(*args)
        assert result.code in (1, 2) and "Traceback" not in result.out + result.err, (args, result.err)
        assert (result.out + result.err).strip().count("\n") <= 1                     # one sentence


def test_a_feed_entry_with_an_id_or_address_too_long_to_index_spoils_nothing(site):
    """PostgreSQL refuses an index entry over 2,704 bytes: one entry with a 6,000-character id made the whole
    feed impossible to add (or to poll). Random characters, since PostgreSQL compresses repeated ones."""
    import random
    from datetime import datetime

    from digest.service import NewsService
    from digest.sources.feeds.polling import poll_feeds
    from digest.storage.store import Store
    from digest.text.metadata import KST
    from tests.fakes import configured_policies
    from tests.fixtures.feeds.server import FIXTURES
    from tests.postgres import fresh_database

    noise = "".join(random.Random(17).choices("abcdefghijklmnopqrstuvwxyz0123456789", k=6000))
    rss = (FIXTURES / "rss.xml").read_text(encoding="utf-8").replace("{{BASE}}", site.base)
    rss = rss.replace("<guid isPermaLink=\"false\">techreview-1002</guid>", f"<guid isPermaLink=\"false\">{noise}</guid>")
    rss = rss.replace(f"<link>{site.base}/news/articleView.html?idxno=1003</link>",
                      f"<link>{site.base}/news/articleView.html?idxno=1003&amp;ref={noise}</link>")
    feed = site.serve("/long/rss.xml", rss, content_type=RSS_TYPE)
    for idxno, name in ((1001, "kakao"), (1002, "naver"), (1003, "hyundai")):
        site.fixture(f"/news/articleView.html?idxno={idxno}", f"pages/{name}.html")
    with fresh_database("longids") as url:
        # the environment's settings (private addresses allowed) and the clock pinned after the entries
        service = NewsService(Store(url), now=lambda: datetime(2025, 9, 12, 9, 0, tzinfo=KST),
                              policies=configured_policies())
        try:
            _, seen, queued = add_feed(service, feed)
            [report] = poll_feeds(service)
        finally:
            service.store.close()
    assert (seen, queued) == (5, 3)
    outcome = {item.title[:3]: item.status for item in report.items}
    assert outcome["카카오"] == "stored" and outcome["네이버"] == "stored"    # the long id is kept, as its hash
    assert outcome["현대차"] == "skipped"                                     # 6,000 characters are no address to read

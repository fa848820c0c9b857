"""The shared command layer over the real ingested seeds: parsing, answers, and every way a user can go wrong."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from bot.commands.layer import COMMAND_NAMES, CommandLayer, parse_digest_args
from bot.protocol import HelpView, Origin
from digest.service import NewsService
from digest.storage.models import Base
from digest.storage.store import Store
from digest.text.metadata import KST
from digest.views import ArticleView, DigestView, EventListView, StoryView
from tests.fakes import PINNED_NOW, seeded_commands

HERE = Origin("console", channel="c", user="u")


@pytest.fixture
def commands(tmp_path) -> CommandLayer:
    return seeded_commands(tmp_path)


def ask(commands: CommandLayer, text: str):
    return commands.handle_text(text, HERE)


def test_digest_shows_the_last_day_and_takes_topic_and_days_in_either_order(commands):
    reply = ask(commands, "/digest")
    assert isinstance(reply.body, DigestView) and reply.body.stories and not reply.problem
    assert reply.text.startswith("최근 1일 뉴스 다이제스트")
    week = commands.service.digest(since=PINNED_NOW - timedelta(days=7), topic="카카오").stories
    for text in ("/digest 카카오 7", "/digest 7 카카오", "digest 카카오 7일"):
        reply = ask(commands, text)
        assert reply.text.startswith("최근 7일 '카카오' 뉴스 다이제스트"), text
        assert [s.id for s in reply.body.stories] == [s.id for s in week]


def test_parse_digest_args():
    assert parse_digest_args("") == (None, None)
    assert parse_digest_args("오픈AI 카카오 30") == ("오픈AI 카카오", 30)
    assert parse_digest_args("3d 반도체") == ("반도체", 3)
    assert parse_digest_args("5G 통신") == ("5G 통신", None)


@pytest.mark.parametrize("text, expected", [
    ("/digest 0", "기간은 1일 이상이어야 합니다"),
    ("/digest -3", "기간은 1일 이상이어야 합니다"),
    ("/digest 99999", "기간은 3650일까지"),
    ("/brief", "id를 알려 주세요"),
    ("/brief a8 bf", "id는 한 단어입니다"),
    ("/brief zzzz9999", "'zzzz9999'에 해당하는 이야기나 기사를 찾지 못했습니다"),
    ("/brief ab", "앞 4자 이상"),
    ("/search", "찾을 단어를 적어 주세요"),
    ("/foo bar", "알 수 없는 명령입니다: /foo"),
])
def test_malformed_requests_get_a_helpful_korean_sentence(commands, text, expected):
    reply = ask(commands, text)
    assert reply.problem and expected in reply.text and reply.body is None


def test_old_news_gives_an_empty_digest_that_says_what_is_stored_and_what_to_type(tmp_path):
    layer = seeded_commands(tmp_path, now=datetime(2026, 3, 1, 9, 0, tzinfo=KST))  # the seeds are from 2025
    reply = ask(layer, "/digest")
    assert reply.body is None and not reply.problem
    newest = max(s.published[:10] for s in layer.service.digest().stories if s.published)
    assert f"저장된 가장 최근 이야기는 {newest} 기사입니다" in reply.text
    suggested = reply.text.split("`/digest ")[1].split("`")[0]
    assert ask(layer, f"/digest {suggested}").body.stories  # the suggestion really shows the news
    assert "`/search" in reply.text
    topic_reply = ask(layer, "/digest 카카오")
    assert "'카카오' 관련 새 이야기가 없습니다" in topic_reply.text and "`/search 카카오`" in topic_reply.text
    assert "해당하는 이야기가 아직 없습니다" in ask(layer, "/digest 존재하지않는낱말").text


def test_empty_database_says_nothing_is_stored_yet(tmp_path):
    layer = CommandLayer(NewsService(Store(f"sqlite:///{tmp_path / 'empty.db'}"), now=lambda: PINNED_NOW))
    assert "아직 저장된 기사가 없습니다" in ask(layer, "/digest").text
    assert "일치하는 이야기가 없습니다" in ask(layer, "/search 오픈AI").text
    assert "후속 일정이 없습니다" in ask(layer, "/events").text


def test_brief_finds_stories_and_articles_by_id_prefix(commands):
    story = commands.service.digest().stories[0]
    reply = ask(commands, f"/brief {story.id[:6]}")
    assert isinstance(reply.body, StoryView) and reply.body.id == story.id
    article_id = story.sources[0].article_id
    reply = ask(commands, f"/brief {article_id[:5].upper()}")
    assert isinstance(reply.body, ArticleView) and reply.body.id == article_id
    assert reply.text.startswith("기사 요약: ")


def test_events_upcoming_and_past_with_korean_aliases(commands):
    upcoming = ask(commands, "/events")
    assert isinstance(upcoming.body, EventListView) and upcoming.body.which == "upcoming"
    assert [e.id for e in upcoming.body.events] == [e.id for e in commands.service.events("upcoming")]
    past = ask(commands, "/events 지난 카카오")
    assert past.body.which == "past" and past.body.topic == "카카오"
    assert [e.id for e in past.body.events] == [e.id for e in commands.service.events("past", "카카오")]
    none = ask(commands, "/events upcoming 존재하지않는낱말")
    assert none.body is None and "`/events past`" in none.text


def test_search_and_direct_message_lookup_agree(commands):
    expected = [s.id for s in commands.service.search("오픈AI 카카오").stories]
    assert expected
    for text in ("/search 오픈AI 카카오", "오픈AI   카카오"):
        reply = ask(commands, text)
        assert [s.id for s in reply.body.stories] == expected
        assert reply.text.startswith("'오픈AI 카카오' 검색 결과")
    assert "일치하는 이야기가 없습니다" in ask(commands, "존재하지않는낱말").text


def test_help_lists_every_command_in_korean_and_english(commands):
    reply = ask(commands, "/help")
    assert isinstance(reply.body, HelpView)
    usages = " ".join(e.usage for e in reply.body.entries)
    assert all(f"/{name}" in usages for name in COMMAND_NAMES)
    assert all(e.korean and e.english and e.example.startswith("/") for e in reply.body.entries)
    assert ask(commands, "   ").body == reply.body  # an empty message gets the help


def test_subscription_commands_answer_through_the_one_replaceable_handler(commands, tmp_path):
    for text in ("/subscribe 오픈AI", "/unsubscribe", "/subscriptions"):
        assert "구독 기능은 준비 중입니다" in ask(commands, text).text
    seen = []
    layer = CommandLayer(commands.service, subscriptions=lambda name, args, origin: seen.append((name, args, origin)) or
                         ask(commands, "/help"))
    layer.handle_text("/subscribe 반도체 daily", HERE)
    assert seen == [("subscribe", "반도체 daily", HERE)]


def test_a_broken_database_gets_an_apology_not_a_stack_trace(commands):
    Base.metadata.drop_all(commands.service.store.engine)
    reply = ask(commands, "/digest")
    assert reply.problem and "요청을 처리하지 못했습니다" in reply.text


def test_feeds_from_chat_needs_manager_rights_and_reports_in_korean(tmp_path):
    from bot.protocol import Origin
    from tests.fakes import seeded_commands

    commands = seeded_commands(tmp_path)
    member = Origin("slack", "C1", "U1", workspace="T1", can_manage=False)
    manager = Origin("slack", "C1", "U2", workspace="T1", can_manage=True)
    assert "등록된 피드가 없습니다" in commands.handle_text("/feeds", manager).text
    assert "권한" in commands.handle_text("/feeds", member).text
    refused = commands.handle_text("/feeds add http://127.0.0.1:9/rss.xml", member)
    assert refused.problem and "권한" in refused.text
    unreachable = commands.handle_text("/feeds add http://127.0.0.1:9/rss.xml", manager)
    assert unreachable.problem and "피드를 추가하지 못했습니다" in unreachable.text
    assert commands.handle_text("/feeds remove 99", manager).problem
    assert "사용법" in commands.handle_text("/feeds frobnicate", manager).text

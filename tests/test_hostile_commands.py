"""What users type, at its worst: numbers no count can hold, digits that are not digits, ids longer than the
whole news, topics of thousands of characters, invisible control characters. Each gets one sentence saying
what to type, never the database's error or Python's, and nothing is stored that a command would refuse.
"""

from __future__ import annotations

import logging

import pytest

from bot.commands.layer import CommandLayer
from bot.commands.subscriptions import SubscriptionCommands
from bot.protocol import Origin
from digest.service import NewsService
from digest.storage.store import Store
from digest.subscriptions import Subscriptions, Target
from tests.conftest import SEEDS
from tests.fakes import PINNED_NOW, seeded_commands
from tests.postgres import backend_url  # noqa: F401  (fixture)

MANAGER = Origin("slack", "C1", "U1", workspace="T1", can_manage=True)
NOT_OURS = ("invalid literal", "int()", "Exceeds the limit", "데이터베이스", "요청을 처리하지 못했습니다")


@pytest.fixture
def commands(tmp_path) -> CommandLayer:
    seeded = seeded_commands(tmp_path)
    return CommandLayer(seeded.service, SubscriptionCommands(Subscriptions(seeded.service)))


def answer(commands: CommandLayer, typed: str, caplog) -> str:
    """The reply to a typed line, which must be a problem told in a sentence of ours, with no error logged."""
    caplog.clear()
    with caplog.at_level(logging.ERROR):
        reply = commands.handle_text(typed, MANAGER)
    assert reply.problem, reply.text
    assert not any(phrase in reply.text for phrase in NOT_OURS), reply.text
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], [r.getMessage() for r in caplog.records]
    assert len(reply.text) < 1000        # what the user typed is quoted, not all of it
    return reply.text


def test_a_day_count_of_five_thousand_digits_gets_the_limit(commands, caplog):
    assert "3650일까지" in answer(commands, "/digest 1" + "0" * 5000, caplog)
    assert "3650일까지" in answer(commands, "/digest 카카오 " + "9" * 5000 + "일", caplog)


def test_an_id_longer_than_any_id_is_not_found_without_asking_the_database(commands, caplog):
    assert "찾지 못했습니다" in answer(commands, "/brief " + "a8bf" * 25_000, caplog)
    assert "찾지 못했습니다" in answer(commands, "/brief s" + "a" * 60_000, caplog)


@pytest.mark.parametrize("typed", ["/feeds remove ²", "/feeds remove 99999999999999999999999", "/feeds poll ³",
                                   "/feeds poll 99999999999999999999999", "/feeds remove #" + "1" * 5000])
def test_a_feed_number_that_is_no_number_or_too_big(commands, caplog, typed):
    assert "/feeds" in answer(commands, typed, caplog)


@pytest.mark.parametrize("typed", ["/unsubscribe ²", "/unsubscribe " + "9" * 5000, "/unsubscribe #" + "1" * 30])
def test_a_subscription_number_that_is_no_number_or_too_big(commands, caplog, typed):
    assert "/subscriptions" in answer(commands, typed, caplog)


@pytest.mark.parametrize("typed", ["/subscribe every ² hours", "/subscribe every 1" + "0" * 5000 + " hours"])
def test_an_hour_count_that_is_no_number_or_too_big(commands, caplog, typed):
    assert "every" in answer(commands, typed, caplog)


def test_a_subscription_topic_is_held_to_the_word_limit_of_every_lookup(commands, caplog):
    assert "100자까지" in answer(commands, "/subscribe " + "가" * 5000 + " daily 08:00", caplog)
    assert Subscriptions(commands.service).list(Target("slack", "T1", "C1")) == []


def test_a_feed_topic_is_held_to_the_word_limit_before_anything_is_fetched(commands, caplog):
    assert "100자까지" in answer(commands, "/feeds add http://127.0.0.1:9/rss.xml " + "가" * 5000, caplog)


@pytest.fixture
def any_backend(backend_url) -> CommandLayer:  # noqa: F811
    service = NewsService(Store(backend_url), now=lambda: PINNED_NOW)
    service.ingest_paths([SEEDS])
    yield CommandLayer(service)
    service.store.close()


def test_control_characters_typed_are_not_words(any_backend):
    plain = any_backend.handle_text("/search 오픈AI", MANAGER)
    assert "검색 결과" in plain.text
    for typed in ("/search 오픈AI\x00", "/search \x00오픈AI\x1b", "오픈AI\x00"):
        reply = any_backend.handle_text(typed, MANAGER)
        assert not reply.problem and reply.text == plain.text and reply.body == plain.body
    for typed in ("/search \x00", "/digest \x00", "/brief a8bf\x00"):
        reply = any_backend.handle_text(typed, MANAGER)
        assert "데이터베이스" not in reply.text and "\x00" not in reply.text
    assert any_backend.handle_text("/search \x00", MANAGER).body is None    # not every story


def test_sql_looking_words_are_words(any_backend):
    """Held before this test was written (every query is bound); kept so that it keeps holding on both backends."""
    before = any_backend.handle_text("/digest 3650", MANAGER).body.total
    for typed in ("/search '; DROP TABLE articles; --", "/search %' OR '1'='1", "/events upcoming ' OR 1=1 --",
                  "/digest \\'; DELETE FROM stories; -- 3650", "'); DROP TABLE stories;--"):
        reply = any_backend.handle_text(typed, MANAGER)
        assert reply.body is None and "데이터베이스" not in reply.text, reply.text
    for typed in ("/brief a8bf'--", "/brief %", "/brief a8b_", "/brief s%"):
        assert "찾지 못했습니다" in any_backend.handle_text(typed, MANAGER).text
    assert any_backend.handle_text("/digest 3650", MANAGER).body.total == before


@pytest.mark.parametrize("address", ["http://[::1", "http://[1.2.3.4]/rss.xml", "https://[fe80::1%25eth0/feed"])
def test_an_address_urllib_cannot_split_gets_our_sentence_not_pythons(commands, caplog, address):
    text = answer(commands, f"/feeds add {address}", caplog)
    assert "웹 주소" in text and "IPv" not in text and "Invalid" not in text

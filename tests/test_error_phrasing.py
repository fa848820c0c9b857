"""Errors the core raises on purpose share one root, and chat phrases them in Korean from their reason while
the CLI keeps the core's English sentence."""

from __future__ import annotations

import importlib
import inspect
import re

import pytest

from bot.failures import KOREAN_REASONS, korean_reason
from bot.protocol import Origin
from digest.errors import NewsdigestError
from digest.sources.feeds.parse import FeedError, parse_feed
from digest.sources.fetching import Response
from tests.fakes import seeded_commands
from tests.import_graph import import_graph

MANAGER = Origin("slack", "C1", "U2", workspace="T1", can_manage=True)
LATIN_WORD = re.compile(r"\b[a-z]{3,}\b")   # an English word in what should be a Korean sentence


# Classes still to re-parent; the list may only shrink until it is empty.
NOT_YET_ROOTED: set[str] = set()


def test_every_exception_class_of_the_project_descends_from_one_root():
    loose = []
    # Alembic runs its env on import and `__main__` runs the command: neither is imported to be read
    for module in (m for m in import_graph() if ".migrations" not in m and not m.endswith("__main__")):
        for name, value in vars(importlib.import_module(module)).items():
            if (inspect.isclass(value) and issubclass(value, BaseException) and value.__module__ == module
                    and not name.startswith("_") and not issubclass(value, NewsdigestError)):
                loose.append(f"{module}.{name}")
    assert set(loose) <= NOT_YET_ROOTED, loose


@pytest.mark.parametrize("body, reason", [
    (b"", "empty"),
    (b"<!doctype html><html><head><link rel='alternate' type='application/rss+xml' href='/rss.xml'></head></html>",
     "html_page"),
    (b"<rss version='2.0'><channel><item><title>a</title></channel>", "malformed"),
    (b"just words", "not_a_feed"),
])
def test_each_feed_problem_names_a_reason_chat_phrases_in_korean(body, reason):
    response = Response("http://news.example/feed", 200, {"content-type": "text/html" if b"html" in body else ""},
                        body)
    with pytest.raises(FeedError) as caught:
        parse_feed(response)
    assert caught.value.reason == reason and reason in KOREAN_REASONS
    phrase = korean_reason(caught.value)
    assert re.search("[가-힣]", phrase) and not LATIN_WORD.search(phrase.replace("RSS/Atom", "")
                                                                   .replace("http://news.example/rss.xml", ""))


def test_feeds_add_in_chat_is_korean_throughout_and_the_cli_keeps_english(tmp_path, cli):
    commands = seeded_commands(tmp_path)
    reply = commands.handle_text("/feeds add ftp://news.example/rss", MANAGER)
    assert reply.problem
    assert reply.text == ("피드를 추가하지 못했습니다 ('ftp://news.example/rss'은(는) 웹 주소가 아닙니다. "
                          "http:// 또는 https://로 시작해야 합니다).")
    refused = cli("feeds", "add", "ftp://news.example/rss")
    assert refused.code == 2 and "is not a web address" in refused.err


def test_an_error_with_no_known_reason_keeps_its_own_sentence():
    assert korean_reason(FeedError("the feed is gone.")) == "the feed is gone"
    assert korean_reason(ValueError("bad value")) == "bad value"

"""Hostile text in the news, shown by every renderer: a real seed article with the hostile part inserted,
ingested for real, then answered through the Slack app (signed requests, fake Web API), the Discord client
(fake gateway), the terminal bot, the CLI and the iCalendar export.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from bot.commands.layer import CommandLayer
from bot.console import run_console
from digest.service import NewsService
from digest.storage.store import Store
from tests.conftest import SEEDS
from tests.fakes import PINNED_NOW
from tests.fakes.discord_api import API, APP_ID, slash_command
from tests.test_discord import running_discord
from tests.test_slack import serve_bolt

SEED = next(SEEDS.glob("001_*.txt"))

# What a display acts on instead of showing: a terminal's clear-screen, colour and window-title sequences,
# the bell, a carriage return, a right-to-left override and isolate, and invisible Unicode tag characters.
ACTING = ("\x1b", "\x07", "\r", "\u202e", "\u2066", "\U000e0041")


def hostile_seed(folder: Path) -> Path:
    """Seed 001 with the acting characters in its headline and a bullet sentence, and in the outlet a sidecar
    gives it (a feed or a page can state any outlet)."""
    folder.mkdir()
    text = SEED.read_text(encoding="utf-8")
    text = text.replace("오픈AI “韓 소버린", "\x1b[2J\x1b]0;owned\x07오픈AI “韓 소버린", 1)
    text = text.replace("삼성·SK 파트너십 협력 희망", "삼성·SK \u202e파트너십 협력 희망", 1)
    text = text.replace("한국 법인 출범을 공식화한", "한국 법인 \u2066출범을\U000e0041\U000e0042 공식화한", 1)
    assert text.count("\x1b") == 2 and "\u2066" in text
    (folder / "001.txt").write_text(text, encoding="utf-8")
    (folder / "metadata.toml").write_text('["001.txt"]\noutlet = "뉴시스\\u202e\\r기자"\n', encoding="utf-8")
    return folder


@pytest.fixture
def hostile_news(tmp_path) -> CommandLayer:
    service = NewsService(Store(f"sqlite:///{tmp_path / 'news.db'}"), now=lambda: PINNED_NOW)
    report = service.ingest_paths([hostile_seed(tmp_path / "news")])
    assert [i.status for i in report.items] == ["stored"]
    return CommandLayer(service)


def strings(payload) -> str:
    """Every string a platform payload carries, one a line (so a carriage return stays a character)."""
    if isinstance(payload, dict):
        return "\n".join(strings(v) for v in payload.values())
    if isinstance(payload, list):
        return "\n".join(strings(v) for v in payload)
    return payload if isinstance(payload, str) else ""


def assert_inert(shown: str, *, crlf: bool = False) -> None:
    if crlf:
        shown = shown.replace("\r\n", "\n")
    for char in ACTING:
        assert char not in shown, f"{char!r} reaches the display"
    # what the reader should see is still there
    assert "오픈AI" in shown and "파트너십 협력 희망" in shown


async def test_slack_shows_no_control_or_direction_characters(hostile_news):
    async with serve_bolt(hostile_news) as slack:
        await slack.command("/digest", "", token="acting")
        [answer] = await slack.fake.wait_for("/respond/acting")
    shown = strings(answer.body)
    assert_inert(shown)
    assert "출범을" in shown and "뉴시스" in shown


async def test_discord_shows_no_control_or_direction_characters(hostile_news):
    async with running_discord(hostile_news) as (client, fake):
        await fake.dispatch("INTERACTION_CREATE", slash_command("digest", "tok-acting"))
        [followup] = await fake.wait_for(f"{API}/webhooks/{APP_ID}/tok-acting")
    shown = strings(followup.body)
    assert_inert(shown)
    assert "출범을" in shown and "뉴시스" in shown


def test_the_terminal_bot_prints_no_escape_sequences(hostile_news):
    out = io.StringIO()
    run_console(hostile_news, stdin=io.StringIO("/digest\n/events\n"), stdout=out)
    assert_inert(out.getvalue())


def test_the_cli_prints_no_escape_sequences_and_the_calendar_carries_none(cli, tmp_path):
    folder = hostile_seed(tmp_path / "news")
    ingested = cli("ingest", str(folder))
    assert ingested.code == 0, ingested.err
    assert_inert(ingested.out)
    assert_inert(cli("digest").out)
    story = cli("digest", "--format", "json").json()["stories"][0]
    assert_inert(cli("brief", story["sources"][0]["article_id"]).out)
    events = cli("events", "--all", "--format", "ics").out
    assert "BEGIN:VEVENT" in events
    for char in ACTING:
        assert char not in events.replace("\r\n", ""), f"{char!r} in the calendar"
    # JSON keeps the data exactly as stored: a program reads it, not a terminal
    assert "\u202e" in story["sources"][0]["outlet"]


# ---- names and addresses longer than a platform takes -----------------------------------------------

LONG_OUTLET = "뉴시스 " * 475                     # 1,900 characters: a page or a sidecar can state any outlet
# 1,858 characters: storable (at most 2,000 bytes), longer than any chat takes as a link (1,000)
LONG_URL = "https://www.newsis.com/view/?id=NISX20250910_0003322&ref=" + "a1b2" * 450


@pytest.fixture
def long_names(tmp_path) -> tuple[CommandLayer, str]:
    """Seed 001 with a 1,900-character outlet, a 1,858-character address and 250 ampersands closing its
    headline; the commands and its id."""
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "001.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    # a headline of ampersands (Slack writes each as `&amp;`) leaves less room for the link in its section
    title = SEED.read_text(encoding="utf-8").splitlines()[0] + " " + "&" * 250
    (folder / "metadata.toml").write_text(f'["001.txt"]\noutlet = "{LONG_OUTLET}"\nurl = "{LONG_URL}"\n'
                                          f'title = "{title}"\n', encoding="utf-8")
    service = NewsService(Store(f"sqlite:///{tmp_path / 'news.db'}"), now=lambda: PINNED_NOW)
    [item] = service.ingest_paths([folder]).items
    assert item.status == "stored"
    return CommandLayer(service), item.article_id


async def test_discord_answers_an_article_with_a_very_long_outlet_and_address(long_names):
    commands, article = long_names
    async with running_discord(commands) as (client, fake):
        for kind, item in (("article", article), ("story", f"s{article}")):
            await fake.dispatch("INTERACTION_CREATE", slash_command(
                "brief", f"tok-{kind}", [{"name": "id", "type": 3, "value": item}]))
            [followup] = await fake.wait_for(f"{API}/webhooks/{APP_ID}/tok-{kind}", timeout=10)
            shown = strings(followup.body)
            assert "파트너십" in shown and "뉴시스" in shown
            assert "url" not in followup.body["embeds"][0]     # too long to be a link; still shown as text
            assert "NISX20250910" in shown or kind == "story"
            assert LONG_OUTLET not in shown and "뉴시스 뉴시스" in shown     # the name is cut, not dropped


async def test_slack_answers_an_article_with_a_very_long_outlet_and_address(long_names):
    commands, article = long_names
    async with serve_bolt(commands) as slack:
        await slack.command("/brief", article, token="long")
        [answer] = await slack.fake.wait_for("/respond/long", timeout=10)
    title = answer.body["blocks"][1]["text"]["text"]
    assert "오픈AI" in title and title.count("<") == title.count(">")    # no link cut in half
    assert "NISX20250910" in strings(answer.body)


# ---- Markdown output, as a Markdown tool renders it ----------------------------------------------------

def test_markdown_output_shows_the_news_literally_not_as_html_links_or_emphasis(cli, tmp_path):
    from markdown_it import MarkdownIt

    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "001.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    title = "<img src=x onerror=alert(1)> [공지](javascript:alert(1)) **긴급** &lt;b&gt; `코드` 오픈AI 韓 협력"
    (folder / "metadata.toml").write_text(f'["001.txt"]\ntitle = "{title}"\noutlet = "<b>뉴시스</b> | _x_"\n',
                                          encoding="utf-8")
    assert cli("ingest", str(folder)).code == 0
    article = cli("digest", "--format", "json").json()["stories"][0]["sources"][0]["article_id"]
    for shown in (cli("digest", "--format", "markdown").out, cli("brief", article, "--format", "markdown").out):
        html = MarkdownIt("commonmark").render(shown)
        for live in ("<img", "<a ", "<strong>긴급", "<b>", "<code>코드", "<em>x"):
            assert live not in html, (live, html)
        # what the title says is still all there, as text
        assert "[공지](javascript:alert(1))" in html and "**긴급**" in html and "&amp;lt;b&amp;gt;" in html

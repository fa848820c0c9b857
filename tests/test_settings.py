"""Configuration is read in one place (`bot.config`), and every key the README and the example file document
is read there and changes what the bot does.

The core is handed values (`digest.policies.Policies`, a clock); a walk over the source fails when anything
but the settings module reads the environment. The documented keys are taken from the README's tables and
the example TOML file, so a key documented and never read (or read and never documented) fails here. The
behaviour tests set a key the way an operator does (the environment, the file) and watch its effect through
the CLI, the composition root and the fixture web server.
"""

from __future__ import annotations

import ast
import asyncio
import io
import re
import shutil
import threading
import time
import tomllib
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select, update

from bot.app import Bot, open_news_service
from bot.cli.main import main
from bot.config import Settings, load_settings
from bot.console import ConsoleDeliverer
from bot.protocol import Origin
from bot.scheduler import DigestScheduler
from digest.service import NewsService
from digest.sources.feeds.polling import add_feed
from digest.storage.models import FeedRow
from digest.storage.store import Store
from digest.text.metadata import KST
from tests.conftest import ROOT
from tests.fakes import _seeded_file
from tests.fakes.hostile_web import DripServer
from tests.fixtures.feeds.server import FixtureServer

SETTINGS_MODULE = ROOT / "bot" / "config.py"
EXAMPLE = ROOT / "config" / "newsdigest.example.toml"


# ---- one reader -----------------------------------------------------------------------------------------

def environment_reads(source: str) -> list[int]:
    """Lines that read the process environment: os.environ, os.getenv, os.putenv, or those names imported
    from os."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and node.attr in ("environ", "getenv", "putenv", "environb") \
                and isinstance(node.value, ast.Name) and node.value.id == "os":
            found.append(node.lineno)
        elif isinstance(node, ast.ImportFrom) and node.module == "os" \
                and any(alias.name in ("environ", "getenv", "putenv", "environb") for alias in node.names):
            found.append(node.lineno)
    return sorted(found)


def test_the_reader_check_finds_each_way_of_reading_the_environment():
    assert environment_reads("import os\nx = os.environ.get('A')\ny = os.getenv('B')\n") == [2, 3]
    assert environment_reads("from os import environ as e\n") == [1]
    assert environment_reads("import os\nos.path.join('a', 'b')\nenviron = {}\n") == []


def test_only_the_settings_module_reads_the_environment():
    readers = {}
    for package in ("digest", "bot"):
        for path in sorted((ROOT / package).rglob("*.py")):
            lines = environment_reads(path.read_text(encoding="utf-8"))
            if lines and path != SETTINGS_MODULE:
                readers[str(path.relative_to(ROOT))] = lines
    assert readers == {}, "read the setting in bot/config.py and hand the value in"
    assert environment_reads(SETTINGS_MODULE.read_text(encoding="utf-8")), "the settings module reads it"


# ---- documented = read ----------------------------------------------------------------------------------

# A value for each documented variable that differs from its default (tokens: a valid shape).
SAMPLES = {
    "NEWSDIGEST_DATABASE_URL": "sqlite:////tmp/elsewhere.db",
    "NEWSDIGEST_TIMEZONE": "Europe/Berlin",
    "NEWSDIGEST_DEFAULT_SCHEDULE": "weekdays 07:30",
    "NEWSDIGEST_LOG_FORMAT": "json",
    "NEWSDIGEST_LOG_LEVEL": "DEBUG",
    "NEWSDIGEST_MAX_ARTICLE_CHARS": "1000",
    "NEWSDIGEST_NOW": "2025-09-10T18:00+09:00",
    "NEWSDIGEST_FETCH_ALLOW_PRIVATE": "1",
    "NEWSDIGEST_FETCH_ALLOW": "10.0.0.5:8080 192.168.7.0/24",
    "NEWSDIGEST_BACKLOG_SECONDS": "5",
    "NEWSDIGEST_POST_EMPTY": "1",
    "NEWSDIGEST_SLACK_SUBSCRIPTION_MANAGERS": "everyone",
    "NEWSDIGEST_FEED_INTERVAL": "30",
    "NEWSDIGEST_FEED_BASELINE": "10",
    "NEWSDIGEST_FEED_MAX_FAILURES": "2",
    "NEWSDIGEST_FEED_MAX_AGE_DAYS": "30",
    "NEWSDIGEST_HTTP_TIMEOUT": "3",
    "NEWSDIGEST_HTTP_RETRIES": "0",
    "NEWSDIGEST_HTTP_BACKOFF": "0.5",
    "NEWSDIGEST_HTTP_DEADLINE": "60",
    "NEWSDIGEST_HTTP_MAX_MB": "1",
    "NEWSDIGEST_FEED_DEADLINE": "30",
    "NEWSDIGEST_FETCH_WORKERS": "5",
    "NEWSDIGEST_USER_AGENT": "newsdigest/0.1 (ops@example.org)",
    "SLACK_BOT_TOKEN": "xoxb-1-sample-token",
    "SLACK_SIGNING_SECRET": "sample-secret",
    "SLACK_APP_TOKEN": "xapp-1-sample-token",
    "SLACK_API_URL": "http://127.0.0.1:9/api/",
    "DISCORD_TOKEN": "sample-discord-token",
    "DISCORD_GUILD_ID": "123456789012345678",
    "DISCORD_API_BASE": "http://127.0.0.1:9/api/v10",
    "DISCORD_GATEWAY_URL": "ws://127.0.0.1:9/",
    "PORT": "8080",
}
# Read by others than the bot: the compose file's own variable (`serve ${NEWSDIGEST_PLATFORM:-slack}`), and the
# file the settings read (its effect is the file's keys, below).
NOT_SETTINGS = {"NEWSDIGEST_PLATFORM": ROOT / "compose.yaml", "NEWSDIGEST_CONFIG": SETTINGS_MODULE}


def variables_in(text: str) -> set[str]:
    return set(re.findall(r"\b(?:NEWSDIGEST|SLACK|DISCORD)_[A-Z_]*[A-Z]\b", text))


def test_every_documented_variable_changes_the_settings():
    documented = variables_in((ROOT / "README.md").read_text(encoding="utf-8")) \
        | variables_in(EXAMPLE.read_text(encoding="utf-8")) | {"PORT"}
    unsampled = sorted(documented - set(SAMPLES) - set(NOT_SETTINGS))
    assert unsampled == [], "a documented variable the settings do not read (or this test has no sample for)"
    for name, reader in NOT_SETTINGS.items():
        assert name in reader.read_text(encoding="utf-8"), f"{name} is documented but {reader.name} never reads it"
    default = load_settings({}, path=None)
    unread = sorted(name for name in SAMPLES if load_settings({name: SAMPLES[name]}, path=None) == default)
    assert unread == [], "documented, yet setting it changes nothing"


def test_every_variable_the_settings_read_is_documented():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    read = variables_in(SETTINGS_MODULE.read_text(encoding="utf-8")) | {"PORT"}
    assert sorted(read - variables_in(readme) - {"PORT"}) == []
    assert "`PORT`" in readme
    assert set(SAMPLES) <= read | {"PORT"}


# A value for each key of the example file that differs from its default.
FILE_SAMPLES = {
    ("database", "url"): "sqlite:////tmp/elsewhere.db",
    ("schedule", "default"): "weekly mon 09:00",
    ("schedule", "timezone"): "Europe/Berlin",
    ("schedule", "post_empty"): True,
    ("limits", "slack_per_second"): 1,
    ("limits", "discord_per_second"): 10,
    ("logging", "format"): "json",
    ("logging", "level"): "WARNING",
}
FEED_SAMPLE = {"url": "https://www.example.co.kr/rss/economy.xml", "topic": "반도체", "interval_minutes": 30}


def toml_value(value) -> str:
    return ("true" if value else "false") if isinstance(value, bool) else repr(value).replace("'", '"')


def example_keys() -> dict:
    """The example file with its commented-out keys and tables (`# url = ...`, `# [[feeds]]`) read too."""
    lines = EXAMPLE.read_text(encoding="utf-8").splitlines()
    return tomllib.loads("\n".join(re.sub(r"^#\s*(?=\[|\w+ = )", "", line) for line in lines))


def test_every_key_of_the_example_file_changes_the_settings(tmp_path):
    example = example_keys()
    keys = {(section, key) for section, table in example.items() if section != "feeds" for key in table}
    assert keys == set(FILE_SAMPLES)
    assert [set(feed) for feed in example["feeds"]] == [set(FEED_SAMPLE)]

    default = load_settings({}, path=None)
    for (section, key), value in FILE_SAMPLES.items():
        path = tmp_path / f"{section}-{key}.toml"
        path.write_text(f"[{section}]\n{key} = {toml_value(value)}\n", encoding="utf-8")
        changed = load_settings({}, path=path)
        assert changed.source == str(path)
        assert Settings(**{**changed.__dict__, "source": None}) != default, f"[{section}] {key} changes nothing"
    feeds = tmp_path / "feeds.toml"
    feeds.write_text("[[feeds]]\n" + "".join(f"{k} = {toml_value(v)}\n" for k, v in FEED_SAMPLE.items()),
                     encoding="utf-8")
    [feed] = load_settings({}, path=feeds).feeds
    assert (feed.url, feed.topic, feed.interval_minutes) == tuple(FEED_SAMPLE.values())


# ---- what the keys do -------------------------------------------------------------------------------------

def test_the_database_comes_from_db_then_the_environment_then_the_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NEWSDIGEST_DATABASE_URL", raising=False)
    config = tmp_path / "newsdigest.toml"
    config.write_text(f'[database]\nurl = "sqlite:///{tmp_path / "from-file.db"}"\n', encoding="utf-8")
    monkeypatch.setenv("NEWSDIGEST_CONFIG", str(config))
    assert main(["digest"]) == 0 and (tmp_path / "from-file.db").exists()          # every command, not only serve
    monkeypatch.setenv("NEWSDIGEST_DATABASE_URL", str(tmp_path / "from-env.db"))
    assert main(["digest"]) == 0 and (tmp_path / "from-env.db").exists()
    assert main(["--db", str(tmp_path / "from-flag.db"), "digest"]) == 0 and (tmp_path / "from-flag.db").exists()
    assert not (tmp_path / "newsdigest.db").exists()


def test_the_pinned_clock_decides_what_the_last_days_are(cli, tmp_path, monkeypatch):
    seeded = tmp_path / "seeded.db"
    shutil.copy(_seeded_file(), seeded)                  # the seed news, all from 2025
    monkeypatch.delenv("NEWSDIGEST_NOW", raising=False)
    assert cli("digest", "--days", "3", "--format", "json", database=str(seeded)).json()["stories"] == []
    monkeypatch.setenv("NEWSDIGEST_NOW", "2025-09-10T18:00+09:00")
    pinned = cli("digest", "--days", "3", "--format", "json", database=str(seeded)).json()["stories"]
    assert pinned and all(story["published"] >= "2025-09-07" for story in pinned)


def test_a_malformed_setting_stops_every_command_with_every_problem(capsys, monkeypatch):
    monkeypatch.setenv("NEWSDIGEST_HTTP_TIMEOUT", "soon")
    monkeypatch.setenv("NEWSDIGEST_FETCH_ALLOW", "intranet")
    monkeypatch.setenv("PORT", "99999")
    assert main(["--db", ":memory:", "digest"]) == 2
    err = capsys.readouterr().err
    for problem in ("NEWSDIGEST_HTTP_TIMEOUT 'soon'", "NEWSDIGEST_FETCH_ALLOW: 'intranet'", "PORT '99999'"):
        assert problem in err
    assert "Traceback" not in err


@pytest.fixture
def site():
    with FixtureServer() as server:
        server.fixture("/news/kakao", "pages/kakao.html")
        server.serve("/down", "busy", status=503)
        server.serve("/slow", "<html>late</html>", delay=1.0)
        yield server


def ingested(cli, url: str) -> dict:
    [item] = cli("ingest", url, "--format", "json").json()["items"]
    return item


@pytest.mark.usefixtures("private_network")
def test_http_settings_change_how_pages_are_fetched(cli, site, monkeypatch):
    monkeypatch.setenv("NEWSDIGEST_HTTP_BACKOFF", "0")
    assert ingested(cli, site.url("/down"))["status"] == "skipped" and len(site.hits_for("/down")) == 3   # 2 retries
    monkeypatch.setenv("NEWSDIGEST_HTTP_RETRIES", "0")
    ingested(cli, site.url("/down"))
    assert len(site.hits_for("/down")) == 4

    monkeypatch.setenv("NEWSDIGEST_HTTP_TIMEOUT", "0.3")
    assert "timed out after 0.3 s" in ingested(cli, site.url("/slow"))["reason"]
    monkeypatch.setenv("NEWSDIGEST_HTTP_TIMEOUT", "5")
    monkeypatch.setenv("NEWSDIGEST_HTTP_DEADLINE", "0.4")
    assert "no complete answer within 0.4 s" in ingested(cli, site.url("/slow"))["reason"]

    monkeypatch.setenv("NEWSDIGEST_HTTP_MAX_MB", "0.001")
    monkeypatch.setenv("NEWSDIGEST_USER_AGENT", "newsdigest/0.1 (ops@example.org)")
    assert "larger than 0.001 MB" in ingested(cli, site.url("/news/kakao"))["reason"]
    assert site.hits_for("/news/kakao")[-1].headers["user-agent"] == "newsdigest/0.1 (ops@example.org)"


@pytest.mark.usefixtures("private_network")
def test_the_article_size_limit_applies_to_pages_too(cli, site, monkeypatch):
    monkeypatch.setenv("NEWSDIGEST_MAX_ARTICLE_CHARS", "300")
    too_long = ingested(cli, site.url("/news/kakao"))
    assert too_long["status"] == "skipped" and "above the 300-character limit" in too_long["reason"]
    monkeypatch.delenv("NEWSDIGEST_MAX_ARTICLE_CHARS")
    assert ingested(cli, site.url("/news/kakao"))["status"] == "stored"


def test_private_addresses_are_reached_only_when_the_settings_allow_it(cli, site, monkeypatch):
    monkeypatch.delenv("NEWSDIGEST_FETCH_ALLOW_PRIVATE", raising=False)
    monkeypatch.delenv("NEWSDIGEST_FETCH_ALLOW", raising=False)
    assert "not on the public internet" in ingested(cli, site.url("/news/kakao"))["reason"]
    assert site.hits == []
    monkeypatch.setenv("NEWSDIGEST_FETCH_ALLOW", site.base.removeprefix("http://"))
    assert ingested(cli, site.url("/news/kakao"))["status"] == "stored"


@pytest.mark.usefixtures("private_network")
def test_a_feed_gets_the_configured_interval(cli, db, monkeypatch):
    monkeypatch.setenv("NEWSDIGEST_FEED_INTERVAL", "40")
    assert cli("feeds", "add", "--no-check", "http://127.0.0.1:9/rss.xml").code == 0
    store = Store(f"sqlite:///{db}")
    with store.session() as s:
        assert [f.interval_minutes for f in s.scalars(select(FeedRow))] == [40]
    store.close()


@pytest.mark.usefixtures("private_network")
def test_entries_older_than_the_configured_age_are_skipped_unread(cli, monkeypatch):
    monkeypatch.setenv("NEWSDIGEST_NOW", "2025-09-12 09:00")
    monkeypatch.setenv("NEWSDIGEST_FEED_MAX_AGE_DAYS", "1")   # the default, 7, takes all three newest entries
    with FixtureServer() as site:
        site.fixture("/rss.xml", "rss.xml", "application/rss+xml; charset=utf-8")
        for idxno, name in ((1001, "kakao"), (1002, "naver"), (1003, "hyundai")):
            site.fixture(f"/news/articleView.html?idxno={idxno}", f"pages/{name}.html")
        assert cli("feeds", "add", site.url("/rss.xml")).code == 0
        items = {i["url"]: i for i in cli("feeds", "poll", "--format", "json").json()["feeds"][0]["items"]}
        old = items[site.url("/news/articleView.html?idxno=1003")]     # published 2025-09-10 10:00
        assert old["status"] == "skipped" and "more than 1 days ago" in old["reason"]
        assert not site.hits_for("/news/articleView.html?idxno=1003")
        assert items[site.url("/news/articleView.html?idxno=1002")]["status"] == "stored"


def configured_bot(tmp_path: Path, **env: str) -> Bot:
    settings = load_settings(env, path=None)
    return Bot(open_news_service(str(tmp_path / f"bot-{len(list(tmp_path.iterdir()))}.db"), settings), settings)


def test_subscribe_without_a_schedule_takes_the_configured_default(tmp_path):
    console = Origin("console", channel="terminal", user="operator", can_manage=True)
    plain = configured_bot(tmp_path).commands.handle_text("/subscribe", console).text
    configured = configured_bot(tmp_path, NEWSDIGEST_DEFAULT_SCHEDULE="weekdays 07:30",
                                NEWSDIGEST_TIMEZONE="Europe/Berlin").commands.handle_text("/subscribe", console).text
    assert "매일 08:00" in plain and "Europe/Berlin" not in plain
    assert "평일 07:30 (Europe/Berlin)" in configured


def test_the_fetch_lane_runs_as_many_fetches_as_configured_and_reports_a_backlog_after_the_configured_wait(tmp_path):
    lanes = configured_bot(tmp_path, NEWSDIGEST_FETCH_WORKERS="2", NEWSDIGEST_BACKLOG_SECONDS="0.05").lanes
    release = threading.Event()
    try:
        for _ in range(3):
            lanes.fetch.submit(lambda: release.wait(10))
        deadline = time.monotonic() + 10
        while lanes.fetch.stats()[0] < 2 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert lanes.fetch.stats()[:2] == (2, 1)          # two run, the third waits
        time.sleep(0.1)                                   # longer than the configured 0.05 s
        assert lanes.backlog() and "fetch backlog: 1 waiting" in lanes.backlog()
    finally:
        release.set()
        lanes.shutdown()
    assert configured_bot(tmp_path).lanes.fetch.workers == 3


async def started(bot: Bot, out: io.StringIO) -> DigestScheduler:
    """The bot's scheduler, started as `serve console` starts it (its jobs, the catch-up run)."""
    await bot.start_scheduler(ConsoleDeliverer(out))
    assert bot.scheduler is not None
    return bot.scheduler


async def test_an_empty_period_posts_a_note_only_when_the_settings_say_so(tmp_path):
    console = Origin("console", channel="terminal", user="operator", can_manage=True)
    clock = {"now": datetime(2025, 9, 10, 7, 30, tzinfo=KST)}
    notes = {}
    for name, env in (("default", {}), ("post-empty", {"NEWSDIGEST_POST_EMPTY": "1"})):
        settings = load_settings(env, path=None)
        bot = Bot(NewsService(Store(f"sqlite:///{tmp_path / f'{name}.db'}"), now=lambda: clock["now"]), settings)
        clock["now"] = datetime(2025, 9, 10, 7, 30, tzinfo=KST)
        assert "구독했습니다" in bot.commands.handle_text("/subscribe daily 08:00", console).text
        out = io.StringIO()
        scheduler = await started(bot, out)
        try:
            clock["now"] = datetime(2025, 9, 10, 8, 1, tzinfo=KST)   # the 08:00 period, with no news stored
            await scheduler.dispatcher.run_due()
        finally:
            scheduler.shutdown()
            bot.lanes.shutdown()
        notes[name] = out.getvalue()
    assert notes["default"] == ""
    assert "새 소식이 없습니다" in notes["post-empty"]


async def test_a_scheduled_feed_poll_ends_at_the_configured_deadline(tmp_path):
    # The feed is due before the scheduler starts, so the poll it runs once at start is the one that claims it
    # (a second claim from the test would race that run); its outcome is read where the bot records it.
    with DripServer(interval=0.3) as drip:
        settings = load_settings({"NEWSDIGEST_FEED_DEADLINE": "1", "NEWSDIGEST_FETCH_ALLOW": f"127.0.0.1:{drip.port}",
                                  "NEWSDIGEST_HTTP_TIMEOUT": "5", "NEWSDIGEST_HTTP_RETRIES": "0"}, path=None)
        bot = Bot(open_news_service(str(tmp_path / "feeds.db"), settings), settings)
        feed, _, _ = add_feed(bot.service, drip.url(), check=False)
        with bot.service.store.session() as s, s.begin():
            s.execute(update(FeedRow).values(next_poll_at=None))   # due now
        scheduler = await started(bot, io.StringIO())
        try:
            started_at = time.monotonic()
            error = None
            while error is None and time.monotonic() - started_at < 20:
                await asyncio.sleep(0.1)
                with bot.service.store.session() as s:
                    error = s.scalar(select(FeedRow.last_error).where(FeedRow.id == feed.id))
        finally:
            scheduler.shutdown()
            bot.lanes.shutdown()
    assert error is not None and "no complete answer within 1 s" in error

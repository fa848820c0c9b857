"""Operations: configuration checked at start, tokens out of logs, /healthz, and SQLite backups."""

from __future__ import annotations

import io
import json
import logging
import sqlite3
import threading
from types import SimpleNamespace

import pytest
from aiohttp import ClientSession
from sqlalchemy import create_engine

from bot.config import ConfigError, Secret, configure_logging, load_settings
from bot.health import HealthChecks
from digest.storage.store import Store
from tests.conftest import ROOT
from tests.fakes import serve_health

TOKEN = "xoxb-1234567890-abcdefghijkl"


def test_settings_from_file_and_environment(tmp_path):
    path = tmp_path / "newsdigest.toml"
    path.write_text('[schedule]\ndefault = "weekdays 07:30"\n[limits]\nslack_per_second = 5\n'
                    '[[feeds]]\nurl = "https://news.example/rss"\ntopic = "반도체"\n', encoding="utf-8")
    settings = load_settings({"NEWSDIGEST_CONFIG": str(path), "NEWSDIGEST_TIMEZONE": "Europe/Berlin",
                              "SLACK_BOT_TOKEN": TOKEN})
    assert settings.default_schedule == "weekdays 07:30" and settings.timezone == "Europe/Berlin"
    assert settings.limits["slack"] == 5.0 and settings.feeds[0].topic == "반도체"
    assert settings.secret("SLACK_BOT_TOKEN") == TOKEN and TOKEN not in repr(settings)
    assert load_settings({}, path=ROOT / "config" / "newsdigest.example.toml").log_format == "json"


def test_every_problem_is_reported_at_once(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text('[schedule]\ndefault = "daily 25:00"\ntimezone = "Mars/Base"\n[limits]\nslack_per_second = -1\n'
                    '[slack]\ntoken = "xoxb-in-a-file"\n[[feeds]]\nurl = "ftp://x"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_settings({"NEWSDIGEST_DATABASE_URL": "mysql://db/x", "SLACK_BOT_TOKEN": "nope"}, path=path)
    message = str(caught.value)
    for part in ["daily 25:00", "Mars/Base", "slack_per_second", "tokens belong in the environment", "feed 1",
                 "mysql://", "SLACK_BOT_TOKEN does not look like", "unknown section [slack]"]:
        assert part in message
    assert "nope" not in message
    with pytest.raises(ConfigError, match="not valid TOML"):
        (tmp_path / "broken.toml").write_text("[schedule\n")
        load_settings({}, path=tmp_path / "broken.toml")


def test_tokens_never_reach_the_logs():
    settings = load_settings({"SLACK_BOT_TOKEN": TOKEN, "NEWSDIGEST_LOG_FORMAT": "json"}, path=None)
    out = io.StringIO()
    handler = configure_logging(settings, out)
    try:
        log = logging.getLogger("newsdigest.test")
        log.info("posting with %s", settings.secret("SLACK_BOT_TOKEN"))
        log.warning("a stray token xapp-1-A0123456789-abcdef in an error")
        try:
            raise RuntimeError(f"auth failed for {TOKEN}")
        except RuntimeError:
            log.exception("delivery failed")
    finally:
        logging.getLogger().removeHandler(handler)
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [entry["level"] for entry in lines] == ["INFO", "WARNING", "ERROR"]
    assert TOKEN not in out.getvalue() and "xapp-1-A0123456789" not in out.getvalue()
    assert "***" in lines[0]["message"] and "RuntimeError" in lines[2]["exception"]
    assert repr(Secret(TOKEN)) == "'***'"


class Running:
    running = True


async def test_healthz_reports_each_check(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'h.db'}")
    connected = {"slack": True}
    checks = HealthChecks(store, scheduler=Running(), platform=lambda: connected["slack"])
    runner, url = await serve_health(checks)
    try:
        async with ClientSession() as http:
            async with http.get(url) as ok:
                assert ok.status == 200 and (await ok.json())["status"] == "ok"
            connected["slack"] = False
            checks.store = SimpleNamespace(engine=create_engine(f"sqlite:///{tmp_path / 'missing' / 'x.db'}"))
            async with http.get(url) as bad:
                body = await bad.json()
                assert bad.status == 503 and body["status"] == "failing"
                assert body["checks"] == {"database": "database unreachable", "scheduler": "ok",
                                          "platform": "platform not connected", "workers": "ok"}
    finally:
        await runner.cleanup()
        store.close()


def test_backup_is_consistent_while_the_bot_writes(tmp_path, cli):
    db = tmp_path / "live.db"
    store = Store(f"sqlite:///{db}")
    with store.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE ticks (n INTEGER)")
    stop = threading.Event()

    def writer():
        n = 0
        while not stop.is_set():
            with store.engine.begin() as conn:
                conn.exec_driver_sql("INSERT INTO ticks VALUES (?)", (n,))
            n += 1

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        result = cli("db", "backup", str(tmp_path / "copy" / "backup.db"), database=str(db))
    finally:
        stop.set()
        thread.join()
        store.close()
    assert result.code == 0 and "backed up" in result.out
    copy = sqlite3.connect(tmp_path / "copy" / "backup.db")
    assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    count, top = copy.execute("SELECT count(*), max(n) FROM ticks").fetchone()
    assert count == (top + 1 if top is not None else 0)               # a prefix of the writes, no gaps
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone()
    copy.close()
    assert cli("db", "backup", str(tmp_path / "x.db"), database="postgresql+psycopg://u@127.0.0.1:1/x").code == 2

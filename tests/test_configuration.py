"""The configuration file read once at start: `serve` opens the database it names and adds its feeds."""

from __future__ import annotations

import os
import subprocess
import sys

from sqlalchemy import select

from bot.config import load_settings
from digest.storage.models import FeedRow
from digest.storage.store import Store
from tests.conftest import ROOT

FEED = "http://127.0.0.1:9/rss/economy.xml"


def serve_console(config, **env_vars) -> subprocess.CompletedProcess:
    env = dict(os.environ, NEWSDIGEST_CONFIG=str(config), **env_vars)
    for name in ("SLACK_BOT_TOKEN", "DISCORD_TOKEN", "NEWSDIGEST_DATABASE_URL", "NEWSDIGEST_FETCH_ALLOW_PRIVATE"):
        if name not in env_vars:
            env.pop(name, None)
    return subprocess.run([sys.executable, "-m", "bot.cli", "serve", "console"], input="quit\n", capture_output=True,
                          text=True, cwd=ROOT, env=env, timeout=120)


def write_config(tmp_path, database):
    config = tmp_path / "newsdigest.toml"
    config.write_text(f'[database]\nurl = "sqlite:///{database}"\n\n'
                      f'[[feeds]]\nurl = "{FEED}"\ntopic = "반도체"\ninterval_minutes = 30\n', encoding="utf-8")
    return config


def test_serve_opens_the_configured_database_and_adds_its_feeds_once(tmp_path):
    database = tmp_path / "configured.db"
    config = write_config(tmp_path, database)
    for _ in range(2):   # the second start finds the feed stored and adds nothing
        done = serve_console(config, NEWSDIGEST_FETCH_ALLOW_PRIVATE="1")
        assert done.returncode == 0, done.stderr
    store = Store(f"sqlite:///{database}")
    with store.session() as s:
        feeds = [(f.url, f.topic, f.interval_minutes, f.owner) for f in s.scalars(select(FeedRow))]
    store.close()
    assert feeds == [(FEED, "반도체", 30, None)]   # the operator's, as `newsdigest feeds add` makes them


def test_a_configured_feed_the_address_policy_refuses_stops_the_start(tmp_path):
    database = tmp_path / "configured.db"
    done = serve_console(write_config(tmp_path, database))   # private addresses not allowed
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert f"[[feeds]] {FEED}" in done.stderr
    store = Store(f"sqlite:///{database}")
    with store.session() as s:
        assert list(s.scalars(select(FeedRow))) == []
    store.close()


def test_an_empty_period_posts_a_note_when_the_environment_or_the_file_says_so(tmp_path):
    config = tmp_path / "newsdigest.toml"
    config.write_text("[schedule]\npost_empty = true\n", encoding="utf-8")
    assert load_settings({}, path=None).post_empty is False
    assert load_settings({"NEWSDIGEST_POST_EMPTY": "1"}, path=None).post_empty is True
    assert load_settings({}, path=config).post_empty is True

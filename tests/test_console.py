"""The terminal bot as a user drives it: `newsdigest serve console` with commands piped into stdin."""

from __future__ import annotations

import gc
import io
import os
import subprocess
import sys

from bot.console import run_console
from tests.conftest import ROOT, SEEDS
from tests.fakes import seeded_commands


def test_piped_commands_are_answered_in_plain_text_until_quit(cli, db):
    assert cli("ingest", str(SEEDS)).code == 0
    env = dict(os.environ, NEWSDIGEST_NOW="2025-09-10T18:00+09:00")
    for token in ("SLACK_BOT_TOKEN", "DISCORD_TOKEN"):  # with no token, `serve` is the terminal bot
        env.pop(token, None)
    lines = ["/digest", "/events", "/events past", "search 오픈AI 카카오", "오픈AI 카카오", "/brief zzzz9999",
             "quit", "/help"]
    done = subprocess.run([sys.executable, "-m", "bot.cli", "--db", db, "serve"], input="\n".join(lines) + "\n",
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "Traceback" not in out + done.stderr
    answers = out.strip().split("\n\n")
    assert answers[0].startswith("최근 1일 뉴스 다이제스트")
    assert "■ " in out and "  • " in out and "id s" in out
    assert "다가오는 후속 일정" in out and "지난 후속 일정" in out
    assert out.count("'오픈AI 카카오' 검색 결과") == 2   # with and without the command word
    assert "'zzzz9999'에 해당하는 이야기나 기사를 찾지 못했습니다" in out
    assert "뉴스다이제스트 봇 명령" not in out  # nothing after quit is read


def test_brief_of_a_story_from_the_digest_and_end_of_input(tmp_path):
    commands = seeded_commands(tmp_path)
    story = commands.service.digest().stories[0]
    out = io.StringIO()
    assert run_console(commands, io.StringIO(f"\n/brief {story.id}\n/subscribe"), out) == 0  # no newline, no quit
    text = out.getvalue()
    assert f"이야기 요약: {story.title}" in text and f"id {story.id}" in text
    assert all(b.text in text for b in story.bullets)
    assert "구독 기능은 준비 중입니다" in text


def test_serve_loads_kiwi_before_the_first_lookup(cli, monkeypatch):
    """`serve` starts loading Kiwi as it starts, so a fresh process's first lookup does not pay the load."""
    import io
    import threading

    from digest.sources.fetching import resume_fetches
    from digest.text import korean

    monkeypatch.setattr(korean, "_kiwi", None)      # a fresh process: nothing loaded yet
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # a session that asks nothing
    monkeypatch.setattr("bot.app.Bot.start_in_background", lambda self, deliverer: None)  # no scheduler thread left behind
    try:
        assert cli("serve", "console").code == 0
    finally:
        resume_fetches()   # serve stops fetching for the whole process as it ends; this test run carries on
        gc.unfreeze()      # serve settled the process's heap as a bot's start does (bot.lifecycle.settle_heap)
    for thread in threading.enumerate():
        if thread.name == "newsdigest-kiwi-preload":
            thread.join()
    assert korean._kiwi is not None and [t.form for t in korean._kiwi.tokenize("카카오")] == ["카카오"]


def test_bytes_that_are_no_text_on_the_terminal_are_no_words(cli, db):
    """A terminal pastes bytes that are not UTF-8: Python reads them as lone surrogates, which the analyser
    cannot take and no terminal can print; they are dropped, and what is left is answered."""
    assert cli("ingest", str(SEEDS)).code == 0
    env = dict(os.environ, NEWSDIGEST_NOW="2025-09-10T18:00+09:00", PYTHONIOENCODING="utf-8:surrogateescape")
    for token in ("SLACK_BOT_TOKEN", "DISCORD_TOKEN"):
        env.pop(token, None)
    typed = "오픈AI 카카오\n".encode() + b"\xff\xfe\xc0\xed\xa0\x80 \xec\x98\xa4\xed\x94\x88AI \xec\xb9\xb4\xec\xb9\xb4\xec\x98\xa4\n"
    done = subprocess.run([sys.executable, "-m", "bot.cli", "--db", db, "serve", "console"], input=typed,
                          capture_output=True, cwd=ROOT, env=env, timeout=120)
    out, err = done.stdout.decode("utf-8"), done.stderr.decode("utf-8", "replace")
    assert done.returncode == 0 and "Traceback" not in out + err, err
    assert out.count("'오픈AI 카카오' 검색 결과") == 2, out


def test_stopping_the_terminal_bot_ends_its_scheduler_thread(tmp_path):
    """`serve console` stops as stdin ends, often while its scheduler thread is still starting: `stop` must
    leave no scheduler running on that thread, or its first jobs race the interpreter's exit."""
    import threading
    import time

    from bot.app import Bot
    from bot.console import ConsoleDeliverer
    from digest.service import NewsService
    from digest.sources.fetching import resume_fetches
    from digest.storage.store import Store

    for wait in (0.0, 0.05, 0.5):   # at once, mid-start, and once its first jobs have run
        bot = Bot(NewsService(Store(f"sqlite:///{tmp_path / 'bot.db'}")))
        bot.start_in_background(ConsoleDeliverer(io.StringIO()))
        time.sleep(wait)
        try:
            bot.stop()
        finally:
            resume_fetches()   # stop ends fetching for the whole process; this test run carries on
        alive = [t.name for t in threading.enumerate() if t.name == "newsdigest-scheduler"]
        assert alive == [] and bot.scheduler is None, alive
        bot.service.store.close()


def test_a_started_bot_settles_its_heap_out_of_the_collectors_reach():
    """What lives once the bot has started is frozen (full collections stop walking it: their 60-70 ms landed on
    one lookup in ten at 100,000 stories); what is made after is collected as before."""
    from bot.lifecycle import settle_heap

    started = {"profiles": [["오픈AI", "카카오"]]}
    try:
        settle_heap()
        later = {"profiles": [["넷플릭스"]]}
        tracked = {id(o) for o in gc.get_objects()}
        assert id(started) not in tracked and id(later) in tracked
    finally:
        gc.unfreeze()

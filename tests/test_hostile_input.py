"""The CLI and the chat under hostile input and an unlucky operator: every error one sentence, nothing lost.

Probes from the field, each run for real: PostgreSQL down, a database that turns read-only part-way, one
that only root may write, two ingests of one article at once (IntegrityError), a NUL character on PostgreSQL,
a 300-character file name, an unreadable folder, subfolders, a 50 MB text file, `_` in an id prefix, a
20,000-character word, and the database file's mode.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine

from bot.config import ConfigError, load_settings
from bot.protocol import Origin
from digest.analysis import analyse
from digest.service import NewsService
from digest.sources.files import SourceText, read_source
from digest.storage.models import ArticleRow
from digest.storage.store import Store, utc_naive
from tests.conftest import SEEDS
from tests.fakes import seeded_commands
from tests.postgres import fresh_database

NOBODY = 65534


def one_sentence(err: str) -> bool:
    lines = [line for line in err.splitlines() if line.strip()]
    return len(lines) == 1 and "Traceback" not in err and lines[0].startswith("newsdigest: ")


def copy_seeds(folder: Path, names: list[str] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for path in sorted(SEEDS.iterdir()):
        if names is None or path.name in names or path.name == "metadata.toml":
            shutil.copy(path, folder / path.name)
    return folder


# ---- item 7: one sentence, and what was stored ------------------------------------------------------

def test_postgresql_down_is_one_sentence_without_the_password(cli):
    result = cli("digest", database="postgresql+psycopg://reader:s3cret@127.0.0.1:1/news")
    assert result.code == 2 and one_sentence(result.err), result.err
    assert "cannot be reached" in result.err and "s3cret" not in result.err


def test_a_database_turning_read_only_part_way_stops_ingest_with_what_it_stored(cli, tmp_path):
    """PostgreSQL refusing writes after the first article (as a failed-over replica does): the run says what it
    stored, then one sentence."""
    with fresh_database("readonly") as url:
        Store(url).close()
        store = Store(url)
        with store.engine.begin() as conn:
            conn.execute(text("""CREATE FUNCTION refuse_second() RETURNS trigger AS $$ BEGIN
                IF (SELECT count(*) FROM articles) >= 1 THEN
                  RAISE EXCEPTION 'cannot execute INSERT in a read-only transaction' USING ERRCODE = '25006';
                END IF; RETURN NEW; END $$ LANGUAGE plpgsql"""))
            conn.execute(text("CREATE TRIGGER read_only_now BEFORE INSERT ON articles FOR EACH ROW EXECUTE FUNCTION refuse_second()"))
        store.close()
        folder = copy_seeds(tmp_path / "news")
        result = cli("ingest", str(folder), database=url)
    assert result.code == 2 and one_sentence(result.err), result.err
    assert "read-only" in result.err
    stored = [line for line in result.out.splitlines() if line.startswith("stored")]
    assert len(stored) == 1 and "1 stored, 0 updated, 0 already stored, 0 skipped before the run stopped" in result.out


def waiting_on_a_lock(url: str, seconds: float) -> bool:
    """Whether a session of this PostgreSQL database comes to wait on a lock within `seconds`."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            until = time.monotonic() + seconds
            while time.monotonic() < until:
                if conn.execute(text("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                     "AND wait_event_type = 'Lock'")).scalar_one():
                    return True
                conn.rollback()   # a fresh snapshot of the statistics each time
                time.sleep(0.01)
        return False
    finally:
        engine.dispose()


def test_two_ingests_of_one_article_at_once_store_it_once_and_go_on(tmp_path):
    """The other ingest's row is written but not committed when this one looks: this one's insert waits on it,
    then hits the unique key (IntegrityError) and reports a duplicate; the rest of the folder is stored."""
    folder = copy_seeds(tmp_path / "news", ["000_37a83a5197225d90.txt", "001_7a6fba69ec65c48e.txt"])
    first = folder / "000_37a83a5197225d90.txt"
    with fresh_database("together") as url:
        mine, theirs = NewsService(Store(url)), Store(url)
        a = analyse(read_source(first))
        reports = []
        with theirs.session() as s:
            s.begin()
            row = ArticleRow(id=a.content_hash[:8], ingested_at=utc_naive(mine.now()))
            NewsService._fill(row, a)
            s.add(row)
            s.flush()
            worker = threading.Thread(target=lambda: reports.append(mine.ingest_paths([folder])))
            worker.start()
            # commit once ours waits on their uncommitted row (a fixed sleep let a slow analysis look only after
            # the commit, and find an ordinary duplicate); the bound is for a run where ours never waits
            assert waiting_on_a_lock(url, seconds=60), "the second ingest never waited on the uncommitted row"
            s.commit()
        worker.join(60)
        mine.store.close()
        theirs.close()
    [report] = reports
    assert [(Path(i.source).name, i.status) for i in report.items] == [
        ("000_37a83a5197225d90.txt", "duplicate"), ("001_7a6fba69ec65c48e.txt", "stored")]
    assert "at the same moment" in report.items[0].reason


def test_a_nul_character_on_postgresql_skips_that_article_and_keeps_the_rest(tmp_path):
    with fresh_database("nul") as url:
        service = NewsService(Store(url))
        texts = [read_source(p) for p in sorted(SEEDS.glob("00[01]_*.txt"))]
        poisoned = SourceText("page-with-nul", texts[0].text.replace("다.", "다.\x00", 3), "utf-8", {})
        items = [service.ingest_source(poisoned), service.ingest_source(texts[1])]
        service.store.close()
    assert [i.status for i in items] == ["skipped", "stored"]
    assert "NUL" in items[0].reason


def test_a_300_character_file_name_is_skipped_with_a_reason(cli, tmp_path):
    folder = copy_seeds(tmp_path / "news", ["000_37a83a5197225d90.txt"])
    result = cli("ingest", str(tmp_path / ("가" * 300 + ".txt")), str(folder))
    assert result.code == 1 and "Traceback" not in result.err
    assert "File name too long" in result.out and "1 stored" in result.out


def run_as_unprivileged(args: list[str], folder: Path) -> subprocess.CompletedProcess:
    """The real CLI (`bot.cli.main`) in a forked process that may not read what its owner locked. Root reads
    everything, so as root the child drops to nobody; it is forked rather than started afresh because nobody
    may not run this interpreter (it lives under /root). Kiwi, SQLite's dialect and the migrations are loaded before
    the fork, and the child works in `folder`: nobody may not enter a checkout kept in a private folder."""
    from bot.cli.main import main
    from digest.text.korean import content_words

    content_words("오픈AI가 지사를 열었다")
    Store(f"sqlite:///{folder / 'warm-up.db'}").close()   # the dialect and migrations, read while the checkout is readable
    out, err = folder / "child.out", folder / "child.err"
    pid = os.fork()
    if pid == 0:   # the child: never returns into pytest
        code = 99
        try:
            sys.stdout, sys.stderr = open(out, "w", encoding="utf-8"), open(err, "w", encoding="utf-8")
            if os.geteuid() == 0:
                os.setgroups([])
                os.setgid(NOBODY)
                os.setuid(NOBODY)
            os.chdir(folder)
            code = main(args)
        except BaseException:
            import traceback
            traceback.print_exc()
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    return subprocess.CompletedProcess(args, os.waitstatus_to_exitcode(status), out.read_text(encoding="utf-8"),
                                       err.read_text(encoding="utf-8"))


@pytest.fixture
def shared_tmp():
    """A folder both this process and an unprivileged one can use (pytest's tmp_path is private to us)."""
    folder = Path(tempfile.mkdtemp(prefix="newsdigest-hostile-"))
    folder.chmod(0o777)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_an_unreadable_folder_is_skipped_with_a_reason_and_the_rest_ingested(shared_tmp):
    news = copy_seeds(shared_tmp / "news", ["000_37a83a5197225d90.txt"])
    locked = copy_seeds(news / "locked", ["001_7a6fba69ec65c48e.txt"])
    for path in (news, *news.iterdir()):
        path.chmod(0o755 if path.is_dir() else 0o644)
    locked.chmod(0o700)
    if os.geteuid() != 0:
        locked.chmod(0o000)
    db = shared_tmp / "db"
    db.mkdir(mode=0o777)
    db.chmod(0o777)
    result = run_as_unprivileged(["--db", str(db / "news.db"), "ingest", str(news)], shared_tmp)
    locked.chmod(0o700)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert f"skipped   {locked}: cannot read the folder (Permission denied)" in result.stdout
    assert "1 stored" in result.stdout


def test_a_database_only_its_owner_may_write_is_one_sentence(shared_tmp):
    db = shared_tmp / "news.db"
    Store(f"sqlite:///{db}").close()
    db.chmod(0o644)
    if os.geteuid() != 0:
        db.chmod(0o444)
    news = copy_seeds(shared_tmp / "news", ["000_37a83a5197225d90.txt"])
    for path in (news, *news.iterdir()):
        path.chmod(0o755 if path.is_dir() else 0o644)
    result = run_as_unprivileged(["--db", str(db), "ingest", str(news)], shared_tmp)
    assert result.returncode == 2 and one_sentence(result.stderr), result.stderr
    assert "read-only" in result.stderr or "cannot be opened" in result.stderr
    assert "0 stored" in result.stdout and "before the run stopped" in result.stdout


def test_chat_says_in_one_korean_sentence_that_the_database_is_down(tmp_path):
    commands = seeded_commands(tmp_path)
    store = commands.service.store      # the bot started; then its database server went away
    store.engine.dispose()
    store.engine = create_engine("postgresql+psycopg://reader:s3cret@127.0.0.1:1/news")
    store.session.configure(bind=store.engine)
    reply = commands.handle_text("/digest", Origin("slack", "C1", "U1", workspace="T1"))
    assert reply.problem and reply.text.count(".") == 1 and reply.text.endswith(").")
    assert "데이터베이스 서버에 연결할 수 없습니다" in reply.text


# ---- item 8: a 50 MB file is not an article ------------------------------------------------------------

def test_an_oversized_text_file_is_skipped_with_the_limit_and_the_rest_ingested(cli, tmp_path, monkeypatch):
    folder = copy_seeds(tmp_path / "news", ["000_37a83a5197225d90.txt"])
    seed = (SEEDS / "002_abc804fafb055ac8.txt").read_text(encoding="utf-8")
    (folder / "huge.txt").write_text(seed * (50_000_000 // len(seed.encode())), encoding="utf-8")   # 50 MB
    started = time.perf_counter()
    result = cli("ingest", str(folder))
    assert result.code == 1
    assert "above the 200,000-character limit for one article (NEWSDIGEST_MAX_ARTICLE_CHARS)" in result.out
    assert "1 stored" in result.out
    monkeypatch.setenv("NEWSDIGEST_MAX_ARTICLE_CHARS", "1000")      # configurable: now the seed is too long
    small = cli("extract", str(SEEDS / "002_abc804fafb055ac8.txt"))
    assert small.code == 1 and "1,000-character limit" in small.err
    assert time.perf_counter() - started < 600   # a sanity bound, not a speed target
    with pytest.raises(ConfigError, match="NEWSDIGEST_MAX_ARTICLE_CHARS 'lots' must be a whole number"):
        load_settings({"NEWSDIGEST_MAX_ARTICLE_CHARS": "lots"}, path=None)


# ---- item 10: the smaller ones -------------------------------------------------------------------------

def test_subfolders_are_ingested_and_hidden_ones_are_not(cli, tmp_path):
    news = tmp_path / "news"
    copy_seeds(news / "2025" / "09", ["000_37a83a5197225d90.txt", "001_7a6fba69ec65c48e.txt"])
    copy_seeds(news / ".cache", ["002_abc804fafb055ac8.txt"])
    result = cli("ingest", str(news))
    assert result.code == 0 and "2 stored" in result.out and ".cache" not in result.out


def test_an_underscore_in_an_id_prefix_is_a_character_not_a_wildcard(cli, tmp_path):
    commands = seeded_commands(tmp_path)
    some_id = commands.service.digest().stories[0].sources[0].article_id
    probe = some_id[:3] + "_"
    reply = commands.handle_text(f"/brief {probe}", Origin("console"))
    assert reply.problem and "찾지 못했습니다" in reply.text
    assert "찾지 못했습니다" in commands.handle_text(f"/brief {some_id[:3]}%", Origin("console")).text
    assert not commands.handle_text(f"/brief {some_id[:5]}", Origin("console")).problem


def test_a_20000_character_word_gets_a_sentence_not_a_database_error(cli, tmp_path):
    commands = seeded_commands(tmp_path)
    word = "가" * 20_000
    for line in (f"/search {word}", f"/digest {word}", f"/events {word}", word):
        reply = commands.handle_text(line, Origin("slack", "C1", "U1", workspace="T1"))
        assert reply.problem and "100자까지" in reply.text
    assert cli("ingest", str(SEEDS)).code == 0
    result = cli("digest", "--topic", word, "--format", "json")
    assert result.code == 0 and result.json()["stories"] == []


def test_a_new_database_file_is_readable_by_its_owner_only(cli, tmp_path):
    db = tmp_path / "fresh" / "news.db"
    assert cli("ingest", str(SEEDS / "000_37a83a5197225d90.txt"), database=str(db)).code == 0
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in db.parent.iterdir()}
    assert modes["news.db"] == 0o600 and all(m == 0o600 for m in modes.values()), modes


def test_db_upgrade_and_backup_create_files_readable_by_their_owner_only(cli, tmp_path):
    db = tmp_path / "fresh" / "news.db"
    assert cli("db", "upgrade", database=str(db)).code == 0
    assert cli("ingest", str(SEEDS / "000_37a83a5197225d90.txt"), database=str(db)).code == 0
    copy = tmp_path / "backups" / "copy.db"
    assert cli("db", "backup", str(copy), database=str(db)).code == 0
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for folder in (db.parent, copy.parent) for p in folder.iterdir()}
    assert modes["news.db"] == 0o600 and modes["copy.db"] == 0o600, modes
    assert all(m == 0o600 for m in modes.values()), modes


def test_a_full_disk_stops_ingest_after_saying_what_it_stored(cli, tmp_path):
    """SQLite's own SQLITE_FULL: the database may not grow past the pages the first article needs
    (max_page_count, set on every connection the CLI opens)."""
    folder = copy_seeds(tmp_path / "news", ["000_37a83a5197225d90.txt", "002_abc804fafb055ac8.txt"])
    db = tmp_path / "full.db"
    assert cli("ingest", str(folder / "000_37a83a5197225d90.txt"), database=str(db)).code == 0
    pages = db.stat().st_size // 4096 + 8    # a few pages more: not room for another article

    def cap(dbapi_conn, _record):
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")
    (folder / "000_37a83a5197225d90.txt").unlink()
    copy_seeds(folder, ["001_7a6fba69ec65c48e.txt", "003_60f1355c98299142.txt", "004_2c4785145359766b.txt"])
    event.listen(Engine, "connect", cap)
    try:
        result = cli("ingest", str(folder), database=str(db))
    finally:
        event.remove(Engine, "connect", cap)
    assert result.code == 2 and one_sentence(result.err), result.err
    assert "the disk is full" in result.err and "before the run stopped" in result.out


def test_a_utf16_file_with_its_byte_order_mark_is_text_not_binary(cli, tmp_path):
    """Windows Notepad's "Unicode" is UTF-16 with a byte order mark: its NUL bytes make it no binary file."""
    seed = next(SEEDS.glob("001_*.txt"))
    for name, encoding in (("le.txt", "utf-16-le"), ("be.txt", "utf-16-be")):
        folder = tmp_path / name.split(".")[0]
        folder.mkdir()
        (folder / name).write_bytes(("\ufeff" + seed.read_text(encoding="utf-8")).encode(encoding))
        record = cli("extract", str(folder / name), "--format", "json").json()
        assert record["encoding"] == "utf-16" and record["title"].startswith("오픈AI “韓 소버린 AI")
    assert cli("ingest", str(seed)).code == 0
    again = cli("ingest", str(tmp_path / "le" / "le.txt"))
    assert again.code == 0 and "1 already stored" in again.out     # the same article, whatever its encoding


def test_a_sidecar_fact_that_is_no_text_skips_that_file_with_the_reason_and_the_rest_go_in(cli, tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    seeds = sorted(SEEDS.glob("00[0-3]_*.txt"))
    for seed in seeds:
        shutil.copy(seed, folder / seed.name)
    (folder / "metadata.toml").write_text(
        f'["{seeds[1].name}"]\noutlet = ["뉴시스", "연합뉴스"]\n["{seeds[2].name}"]\nreporter = {{ name = "홍길동" }}\n'
        f'["{seeds[3].name}"]\npublished = 2023-06-09\ntitle = 2023\n', encoding="utf-8")
    result = cli("ingest", str(folder))
    assert result.code == 1 and "database" not in result.err and result.err == ""
    lines = {Path(line.split()[1].rstrip(":")).name: line for line in result.out.splitlines()[:-1]}
    assert lines[seeds[0].name].startswith("stored") and lines[seeds[3].name].startswith("stored")
    assert lines[seeds[1].name].startswith("skipped") and "outlet" in lines[seeds[1].name]
    assert lines[seeds[2].name].startswith("skipped") and "reporter" in lines[seeds[2].name]
    assert "metadata.toml" in lines[seeds[1].name]
    stored = cli("digest", "--format", "json").json()["stories"]
    assert "2023-06-09" in {src["published"] for story in stored for src in story["sources"]}   # a TOML date is a date


def test_a_sidecar_address_too_long_to_index_skips_that_file_and_the_run_goes_on(tmp_path):
    """PostgreSQL refuses an index entry over 2,704 bytes: a sidecar `url` of 6,000 random characters stopped
    the whole ingest with a database error."""
    import random

    folder = tmp_path / "news"
    folder.mkdir()
    seeds = sorted(SEEDS.glob("00[0-2]_*.txt"))
    for seed in seeds:
        shutil.copy(seed, folder / seed.name)
    noise = "".join(random.Random(5).choices("abcdefghijklmnopqrstuvwxyz0123456789", k=6000))
    (folder / "metadata.toml").write_text(f'["{seeds[1].name}"]\nurl = "https://www.newsis.com/view/?id={noise}"\n',
                                          encoding="utf-8")
    with fresh_database("longurl") as url:
        service = NewsService(Store(url))
        try:
            report = service.ingest_paths([folder])
        finally:
            service.store.close()
    assert [(Path(i.source).name, i.status) for i in report.items] == [
        (seeds[0].name, "stored"), (seeds[1].name, "skipped"), (seeds[2].name, "stored")]
    assert "url" in report.items[1].reason


@pytest.mark.usefixtures("private_network")
@pytest.mark.parametrize("charset", ["undefined", "unicode_escape", "raw-unicode-escape"])
def test_a_page_naming_a_python_codec_that_is_no_charset_is_still_read(cli, charset):
    """`charset=undefined` made Python raise and the ingest end in a traceback; `unicode_escape` read Korean
    bytes as Latin-1 escapes. Neither names a character set a web page can be in: the page's bytes decide."""
    from tests.fixtures.feeds.server import FixtureServer

    with FixtureServer() as site:
        page = site.fixture("/news/1001", "pages/kakao.html", f"text/html; charset={charset}")
        result = cli("ingest", page)
    assert result.code == 0 and "Traceback" not in result.err, result.err
    assert "stored" in result.out and "카카오" in result.out

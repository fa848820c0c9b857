"""The command line as a user drives it: ingest, digest, brief, extract, and every bad input."""

import subprocess
import sys

from tests.conftest import ROOT, SEEDS, write_article

ARTICLE = """\
현대차, 수소트럭 유럽 수출 확대
[한국경제=김철수 기자] 현대자동차가 수소전기트럭 엑시언트의 유럽 수출 물량을 두 배로 늘린다고 밝혔다.
회사는 스위스와 독일에 이어 프랑스 시장에도 트럭을 공급하기로 했다.
현대차 관계자는 충전 인프라 확충이 수출 확대의 관건이라고 설명했다.
업계에서는 유럽의 탄소 규제 강화가 수소트럭 수요를 끌어올릴 것으로 보고 있다.
저작권자 ⓒ 한국경제 무단전재 및 재배포 금지
"""


def test_seed_digest_has_five_articles_with_clean_bullets_and_right_metadata(cli):
    result = cli("ingest", str(SEEDS))
    assert result.code == 0, result.err
    assert "5 stored" in result.out
    digest = cli("digest", "--format", "json").json()
    stories = digest["stories"]
    assert len(stories) >= 1
    sources = {ref["article_id"]: ref for st in stories for ref in st["sources"]}
    assert len(sources) == 5
    by_outlet_date = sorted((r["outlet"], r["published"], r["published_origin"]) for r in sources.values())
    assert by_outlet_date == sorted([
        ("뉴스웍스", "2025-09-10 10:00", "text"), ("뉴시스", "2025-09-10", "text"),
        ("AI매터스", "2025-09-10", "sidecar"), ("서울경제", "2023-06-09", "sidecar"),
        ("서울경제", "2025-02-03", "sidecar"),
    ])
    for article_id in sources:
        brief = cli("brief", article_id, "--format", "json").json()
        assert 3 <= len(brief["bullets"]) <= 5, brief
        for bullet in brief["bullets"]:
            assert len(bullet.split()) >= 5 and len(bullet) <= 200, bullet
            assert not bullet.startswith(("이어 ", "또한 ", "한편 "))


def test_reingest_changes_nothing(cli, db):
    cli("ingest", str(SEEDS))
    before = cli("digest", "--format", "json").out
    again = cli("ingest", str(SEEDS))
    assert again.code == 0
    assert "0 stored" in again.out and "5 already stored" in again.out
    assert cli("digest", "--format", "json").out == before


def test_cp949_file_is_decoded(cli, tmp_path):
    path = write_article(tmp_path, "euckr.txt", ARTICLE, encoding="cp949")
    result = cli("ingest", str(path), "--format", "json").json()
    assert result["stored"] == 1
    article_id = result["items"][0]["article_id"]
    brief = cli("brief", article_id, "--format", "json").json()
    assert brief["outlet"] == "한국경제" and brief["reporter"] == "김철수"
    assert any("수소전기트럭" in b for b in brief["bullets"])
    assert brief["published"] is None  # no date anywhere: unknown, not invented


def test_utf8_bom_file(cli, tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    record = cli("extract", str(path), "--format", "json").json()
    assert record["title"] == "현대차, 수소트럭 유럽 수출 확대"


def test_bad_files_are_skipped_with_reasons_and_others_still_ingested(cli, tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    write_article(folder, "good.txt", ARTICLE)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    write_article(folder, "notes.txt", "shopping list\n- milk\n- eggs\n- bread\n")
    write_article(folder, "menu.txt", "오늘의 메뉴\n김치찌개\n된장찌개\n")
    result = cli("ingest", str(folder), str(tmp_path / "missing.txt"))
    assert result.code == 1
    lines = result.out.splitlines()
    assert any(l.startswith("stored") and "good.txt" in l for l in lines)
    reasons = {l.split(":")[0].split()[-1].split("/")[-1]: l for l in lines if l.startswith("skipped")}
    assert "empty" in reasons["empty.txt"]
    assert "binary" in reasons["binary.txt"]
    assert "not" in reasons["notes.txt"] and "Korean" in reasons["notes.txt"]
    assert "not an article" in reasons["menu.txt"]
    assert "no such file" in reasons["missing.txt"]
    assert "1 stored" in result.out and "5 skipped" in result.out


def test_brief_unknown_id_is_a_clear_error(cli):
    cli("ingest", str(SEEDS))
    for unknown in ("zzzz9999", "szzzz999"):
        result = cli("brief", unknown)
        assert result.code == 2
        assert f"no story or article with id '{unknown}'" in result.err and "`newsdigest digest`" in result.err
        assert "Traceback" not in result.err


def test_brief_takes_the_story_ids_digest_prints(cli):
    """`digest` shows story ids (s…): `brief` opens the story they name, with every outlet's bullets."""
    cli("ingest", str(SEEDS))
    story = max(cli("digest", "--format", "json").json()["stories"], key=lambda st: len(st["sources"]))
    assert story["id"].startswith("s") and len(story["sources"]) >= 2
    shown = cli("brief", story["id"], "--format", "json")
    assert shown.code == 0, shown.err
    assert shown.json()["id"] == story["id"] and shown.json()["bullets"] == story["bullets"]
    text = cli("brief", story["id"][:6])
    assert text.code == 0 and story["title"] in text.out and story["id"] in text.out
    article_id = story["sources"][0]["article_id"]
    assert cli("brief", article_id, "--format", "json").json()["story_id"] == story["id"]


def test_extract_json_shape_several_files_one_line_each(cli):
    files = [str(SEEDS / "000_37a83a5197225d90.txt"), str(SEEDS / "004_2c4785145359766b.txt")]
    result = cli("extract", *files, "--format", "json")
    records = result.json_lines()
    assert [r["file"] for r in records] == files
    for r in records:
        assert {"title", "outlet", "published", "bullets"} <= set(r)
        assert all(isinstance(b["text"], str) and b["text"] for b in r["bullets"])
    assert records[0]["published"] == "2025-09-10 10:00"
    assert records[1]["published"] == "2025-02-03"  # from the sidecar beside the file


def test_extract_published_and_bullet_count(cli):
    path = str(SEEDS / "003_60f1355c98299142.txt")
    for n in (3, 4, 5):
        record = cli("extract", path, "--published", "2023-06-09", "--bullets", str(n), "--format", "json").json()
        assert len(record["bullets"]) == n
        assert record["published"] == "2023-06-09"


def test_extract_does_not_store(cli, db):
    cli("extract", str(SEEDS / "000_37a83a5197225d90.txt"), "--format", "json")
    assert cli("digest", "--format", "json").json()["stories"] == []


def test_digest_topic_and_window(cli):
    cli("ingest", str(SEEDS))
    kakao = cli("digest", "--topic", "카카오", "--format", "json").json()["stories"]
    outlets_dates = {(r["outlet"], r["published"]) for s in kakao for r in s["sources"]}
    assert ("서울경제", "2025-02-03") in outlets_dates      # the Kakao alliance article
    assert ("서울경제", "2023-06-09") not in outlets_dates  # never mentions Kakao
    nothing = cli("digest", "--topic", "양자컴퓨터", "--format", "json").json()["stories"]
    assert nothing == []
    recent = cli("digest", "--since", "2025-01-01", "--format", "json").json()["stories"]
    dates = [r["published"] for s in recent for r in s["sources"]]
    assert "2023-06-09" not in dates and "2025-02-03" in dates
    assert cli("digest", "--since", "last week").code == 2


def test_console_script_help_and_error_exit():
    exe = [sys.executable, "-m", "bot.cli"]
    help_text = subprocess.run(exe + ["--help"], capture_output=True, text=True)
    assert help_text.returncode == 0 and "ingest" in help_text.stdout and "extract" in help_text.stdout
    bad = subprocess.run(exe + ["frobnicate"], capture_output=True, text=True)
    assert bad.returncode != 0 and "invalid choice" in bad.stderr


def test_a_reader_that_stops_reading_is_no_database_error(cli, db):
    """`newsdigest digest --format json | head -c 100`: the pipe closes before the output is written."""
    assert cli("ingest", str(SEEDS)).code == 0
    proc = subprocess.Popen([sys.executable, "-m", "bot.cli", "--db", db, "digest", "--format", "json"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    proc.stdout.close()               # the reader is gone before the first write
    err = proc.stderr.read().decode()
    assert proc.wait(60) == 141 and err == ""     # as a Unix tool stopped by SIGPIPE: silent

"""Stories across outlets and the follow-up calendar, checked against the facts in seeds/README."""

import shutil

import pytest

from digest.service import NewsService
from digest.storage.store import Store
from tests.conftest import SEEDS, write_article

LAUNCH_IDS = {"000", "001", "002"}


def outlet_set(refs):
    return {r["outlet"] for r in refs}


@pytest.fixture
def seeded(cli):
    assert cli("ingest", str(SEEDS)).code == 0
    return cli


def launch_story(digest):
    return next(s for s in digest["stories"] if len(s["sources"]) == 3)


def test_three_stories_and_the_launch_story_has_three_outlets(seeded):
    digest = seeded("digest", "--format", "json").json()
    assert len(digest["stories"]) == 3
    sizes = sorted(len(s["sources"]) for s in digest["stories"])
    assert sizes == [1, 1, 3]
    story = launch_story(digest)
    assert outlet_set(story["sources"]) == {"뉴스웍스", "뉴시스", "AI매터스"}
    assert 3 <= len(story["bullets"]) <= 5
    assert story["id"] and story["title"]


def test_launch_story_follow_ups_match_the_seed_readme(seeded, monkeypatch):
    monkeypatch.setenv("NEWSDIGEST_NOW", "2025-09-10T18:00+09:00")
    story = launch_story(seeded("digest", "--format", "json").json())
    events = {(e["date"], e["precision"]): e for e in story["events"]}
    planned = [e for e in story["events"] if e["kind"] == "planned"]
    by_word = lambda word: [e for e in planned if word in e["title"] or word in e["evidence"]]

    mou = by_word("MOU")
    assert len(mou) == 1 and mou[0]["date"] == "2025-09-11" and mou[0]["precision"] == "day"
    assert len(outlet_set(mou[0]["sources"])) == 3   # AI매터스 says "서울대학교와의 MOU를 통해"
    party = by_word("축하")
    assert len(party) == 1 and party[0]["date"] == "2025-09-11" and party[0]["part_of_day"] in ("저녁", "오후")
    assert len(outlet_set(party[0]["sources"])) == 3
    founders = by_word("파운더스")
    assert len(founders) == 1 and founders[0]["date"] == "2025-09-12" and len(founders[0]["sources"]) == 3
    kakao = by_word("이프카카오")
    assert len(kakao) == 1 and kakao[0]["date"] == "2025-09-23" and "에이전트" in kakao[0]["title"]
    devday = by_word("데브데이")
    assert len(devday) == 1 and devday[0]["date"] == "2025-11" and devday[0]["precision"] == "month"
    assert len(devday[0]["sources"]) == 3
    manager = by_word("지사장")
    assert len(manager) == 1 and manager[0]["date"] is None and manager[0]["status"] == "undated"
    for e in planned:
        if e["date"]:
            assert e["status"] == "planned"

    past = {e["title"]: e for e in story["events"] if e["kind"] == "past"}
    background = {(e["date"], e["precision"]) for t, e in past.items() if "빌더랩" in t or ("카카오" in t and "제휴" in t)}
    assert background == {("2025-02", "month")} and len([t for t in past if "빌더랩" in t or "제휴" in t]) == 2
    launch = [e for t, e in past.items() if "챗GPT" in t and "출시" in t]   # "2022년 챗GPT 출시 이후"
    assert len(launch) == 1 and (launch[0]["date"], launch[0]["precision"]) == ("2022", "year")
    assert len(past) == 3 and all(e["status"] == "past" for e in past.values())
    assert ("2025-09-10", "day") not in events  # the press conference is the news, not a follow-up


def test_alliance_story_event_and_earlier_chapter_link(seeded):
    digest = seeded("digest", "--format", "json").json()
    alliance = next(s for s in digest["stories"] if s["published"] == "2025-02-03")
    assert any(e["date"] == "2025-02-04" and "카카오" in e["title"] for e in alliance["events"])
    # "앞서 올트먼 CEO는 이날 ... ‘빌더 랩’에 참석한다" a paragraph after "4일": that day is the 4th
    assert [e["date"] for e in alliance["events"] if "빌더 랩" in e["title"]] == ["2025-02-04"]
    # "올해 본격 출시를 예고한 AI 서비스 ‘카나나’": a launch planned within 2025
    kanana = [e for e in alliance["events"] if "카나나" in e["title"]]
    assert [(e["date"], e["precision"], e["kind"]) for e in kanana] == [("2025", "year", "planned")]
    launch = launch_story(digest)
    assert [x["id"] for x in launch["earlier"]] == [alliance["id"]]
    meeting = next(s for s in digest["stories"] if s["published"] == "2023-06-09")
    assert meeting["id"] not in [x["id"] for x in launch["earlier"]]


def test_story_bullets_name_every_outlet_carrying_them_and_do_not_repeat(seeded):
    story = launch_story(seeded("digest", "--format", "json").json())
    texts = [b["text"] for b in story["bullets"]]
    assert len(set(texts)) == len(texts)
    shared = [b for b in story["bullets"] if "공식 출범을 발표했다" in b["text"]]
    assert shared and outlet_set(shared[0]["sources"]) >= {"뉴스웍스", "AI매터스"}


def test_membership_does_not_depend_on_ingest_order(tmp_path, cli):
    forward, backward = str(tmp_path / "f.db"), str(tmp_path / "b.db")
    files = sorted(SEEDS.glob("*.txt"))
    for f in files:
        cli("ingest", str(f), database=forward)
    for f in reversed(files):
        cli("ingest", str(f), database=backward)

    def shape(db):
        d = cli("digest", "--format", "json", database=db).json()
        return sorted((s["id"], tuple(sorted(r["article_id"] for r in s["sources"])),
                       tuple(sorted((e["date"] or "", e["title"], tuple(sorted(r["article_id"] for r in e["sources"])))
                                    for e in s["events"])),
                       tuple(x["id"] for x in s["earlier"])) for s in d["stories"])

    assert shape(forward) == shape(backward)


def test_undated_article_takes_its_story_date_marked_inferred(tmp_path, cli):
    folder = tmp_path / "nometa"
    folder.mkdir()
    for name in ("000_37a83a5197225d90.txt", "002_abc804fafb055ac8.txt"):
        shutil.copy(SEEDS / name, folder / name)  # no metadata.toml: 002 carries no date
    cli("ingest", str(folder / "002_abc804fafb055ac8.txt"))
    alone = cli("digest", "--format", "json").json()["stories"][0]["sources"][0]
    assert alone["published"] is None and alone["published_origin"] is None
    cli("ingest", str(folder / "000_37a83a5197225d90.txt"))
    story = cli("digest", "--format", "json").json()["stories"]
    assert len(story) == 1
    refs = {r["outlet"]: r for r in story[0]["sources"]}
    inferred = [r for r in story[0]["sources"] if r["published_origin"] == "inferred"]
    assert len(inferred) == 1 and inferred[0]["published"] == "2025-09-10"
    assert refs["뉴스웍스"]["published_origin"] == "text"
    # its events were read once it had a date: the Founders Day event now has both outlets
    founders = [e for e in story[0]["events"] if "파운더스" in e["title"]]
    assert len(founders) == 1 and len(founders[0]["sources"]) == 2


LATER_REPORT = """\
오픈AI, 서울대와 AI 연구 협력 업무협약 체결
[뉴스웍스=박광하 기자] 오픈AI가 11일 서울대학교와 MOU를 체결했다.
양측은 학문 전반에서 AI 연구 협력을 확대하기로 합의했다고 밝혔다.
서울대는 연구자들에게 오픈AI의 최신 모델 접근 권한을 제공받게 된다고 설명했다.
입력 2025.09.11 15:00
저작권자 © 뉴스웍스 무단전재 및 재배포 금지
"""


def test_later_past_tense_report_marks_the_plan_happened(seeded, tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSDIGEST_NOW", "2025-09-13T09:00+09:00")
    path = write_article(tmp_path, "later.txt", LATER_REPORT)
    stored = seeded("ingest", str(path), "--format", "json").json()["items"][0]
    events = seeded("events", "--all", "--format", "json").json()["events"]
    mou = [e for e in events if "MOU" in e["title"] and e["date"] == "2025-09-11"]
    assert len(mou) == 1
    assert mou[0]["status"] == "happened" and mou[0]["happened_in"] == stored["article_id"]
    founders = next(e for e in events if "파운더스" in e["title"])
    assert founders["status"] == "unconfirmed"  # its day passed and nobody reported it
    past = seeded("events", "--past", "--format", "json").json()["events"]
    assert any(e["id"] == mou[0]["id"] for e in past)
    upcoming = seeded("events", "--format", "json").json()["events"]
    assert all(e["status"] in ("planned", "undated") for e in upcoming)
    assert any("데브데이" in e["title"] for e in upcoming)


def test_planned_before_its_day_and_unconfirmed_after(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'clock.db'}")
    from datetime import datetime, timezone
    clock = {"now": datetime(2025, 9, 10, 12, tzinfo=timezone.utc)}
    service = NewsService(store, now=lambda: clock["now"])
    service.ingest_paths([SEEDS])
    status = lambda: {e.title: e.status for e in service.events("all")}
    founders = lambda: next(v for k, v in status().items() if "파운더스" in k)
    assert founders() == "planned"
    clock["now"] = datetime(2025, 9, 13, 12, tzinfo=timezone.utc)
    assert founders() == "unconfirmed"


def test_events_ics_imports_as_all_day_periods(seeded):
    ics = seeded("events", "--all", "--format", "ics").out
    assert ics.startswith("BEGIN:VCALENDAR\r\n") and ics.rstrip().endswith("END:VCALENDAR")
    unfolded = ics.replace("\r\n ", "")
    blocks = unfolded.split("BEGIN:VEVENT")[1:]
    dated = [e for e in seeded("events", "--all", "--format", "json").json()["events"] if e["date"]]
    assert len(blocks) == len(dated)
    devday = next(b for b in blocks if "데브데이" in b)
    assert "DTSTART;VALUE=DATE:20251101" in devday and "DTEND;VALUE=DATE:20251201" in devday
    assert all(len(line.encode()) <= 75 for line in ics.split("\r\n"))


def test_extract_lists_events(cli):
    record = cli("extract", str(SEEDS / "001_7a6fba69ec65c48e.txt"), "--format", "json").json()
    dates = {(e["date"], e["precision"]) for e in record["events"]}
    assert {("2025-09-11", "day"), ("2025-09-12", "day"), ("2025-09-23", "day"), ("2025-11", "month"), (None, "none")} <= dates

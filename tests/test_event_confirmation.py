"""A later article's past report at a coarser precision confirms a plan inside its period, whichever article is
read first: the seeds' Builder Lab, planned for 2025-02-04 by 004 (서울경제, 3 February) and reported as `지난 2월
... 빌더랩을 개최` by 000 and 002 in September, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import datetime

import pytest

from digest.service import NewsService
from digest.storage.store import Store
from digest.text.metadata import KST
from tests.conftest import SEEDS
from tests.postgres import backend_url  # noqa: F401  (fixture)

NOW = datetime(2025, 9, 10, 18, 0, tzinfo=KST)
PLAN_FIRST = sorted(SEEDS.glob("004_*.txt")) + sorted(p for p in SEEDS.glob("00[0-3]_*.txt"))


def calendar(url: str, paths) -> tuple[list, dict[str, str]]:
    service = NewsService(Store(url), now=lambda: NOW)
    try:
        ids = {}
        for path in paths:
            report = service.ingest_paths([path])
            ids.update({item.source.split("/")[-1][:3]: item.article_id for item in report.items})
        return [e.to_dict() for e in service.events("all")], ids
    finally:
        service.store.close()


@pytest.mark.parametrize("order", ["folder", "plan first"])
def test_a_past_month_report_confirms_the_day_planned_in_it(backend_url, order):
    events, ids = calendar(backend_url, [SEEDS] if order == "folder" else PLAN_FIRST)
    plan = [e for e in events if e["kind"] == "planned" and "빌더" in e["title"]]
    assert len(plan) == 1 and plan[0]["date"] == "2025-02-04"
    assert plan[0]["status"] == "happened"
    outlets = {ref["outlet"] for ref in plan[0]["sources"]}
    assert {"서울경제", "뉴스웍스", "AI매터스"} <= outlets   # the plan's outlet and both reporting ones
    assert plan[0]["happened_in"] in {ids["000"], ids["001"], ids["002"]}
    # the report belongs to another story (004 stands alone): it stays in that story's calendar as its past
    report = [e for e in events if e["kind"] == "past" and "빌더랩" in e["title"]]
    assert len(report) == 1 and report[0]["date"] == "2025-02" and report[0]["story_id"] != plan[0]["story_id"]
    # a February report of another happening (`카카오와 전략적 제휴 체결`) leaves the same day's other plan open
    other = next(e for e in events if e["kind"] == "planned" and "사업 방향" in e["title"])
    assert other["date"] == "2025-02-04" and other["status"] == "unconfirmed"


def test_the_calendar_does_not_depend_on_which_article_is_read_first(tmp_path):
    folder, _ = calendar(f"sqlite:///{tmp_path / 'folder.db'}", [SEEDS])
    plan_first, _ = calendar(f"sqlite:///{tmp_path / 'first.db'}", PLAN_FIRST)

    def seen(events):
        return sorted((e["title"], e["date"], e["status"], tuple(sorted({r["outlet"] for r in e["sources"]})))
                      for e in events)
    assert seen(folder) == seen(plan_first)

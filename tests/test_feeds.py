"""Feeds as a user drives them: `newsdigest feeds add|list|poll|why|remove` against a local web server.

The server (tests/fixtures/feeds/server.py) serves fixture feeds (RSS 2.0, Atom, EUC-KR) and Korean
article pages full of navigation, ads and related-article lists. The clock is pinned to just after the
fixtures' publication times.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

import pytest

from bot.app import open_news_service
from bot.config import load_settings
from digest.sources.feeds.policy import first_poll_offset, next_poll_time
from digest.sources.feeds.polling import list_feeds, poll_due_feeds
from tests.fixtures.feeds.server import FixtureServer

pytestmark = pytest.mark.usefixtures("private_network")   # the fixture server is on 127.0.0.1

RSS_TYPE = "application/rss+xml; charset=utf-8"
TECHREVIEW = {1001: "kakao", 1002: "naver", 1003: "hyundai", 1004: "samsung", 1005: "seoulbus", 1006: "toss"}


@pytest.fixture(autouse=True)
def quick_and_pinned(monkeypatch):
    monkeypatch.setenv("NEWSDIGEST_NOW", "2025-09-12 09:00")
    monkeypatch.setenv("NEWSDIGEST_HTTP_TIMEOUT", "0.5")
    monkeypatch.setenv("NEWSDIGEST_HTTP_RETRIES", "1")
    monkeypatch.setenv("NEWSDIGEST_HTTP_BACKOFF", "0")


@pytest.fixture
def site():
    with FixtureServer() as server:
        server.fixture("/rss/allArticle.xml", "rss.xml", RSS_TYPE)
        for idxno, name in TECHREVIEW.items():
            server.fixture(f"/news/articleView.html?idxno={idxno}", f"pages/{name}.html")
        server.fixture("/daily/atom.xml", "atom.xml", "application/atom+xml")
        for slug, name in [("2025/09/11/dangn-jobs", "daily_dangn"), ("2025/09/11/naver-hyperclova", "daily_naver_copy"),
                           ("2025/09/10/photo-pangyo", "daily_photo")]:
            server.fixture(f"/daily/{slug}", f"pages/{name}.html")
        server.fixture("/hanbit/rss.xml", "euckr.xml", "application/rss+xml")   # charset only in the XML declaration
        server.fixture("/hanbit/news/read.php?id=20250911070001", "pages/hanbit_skt.html", "text/html")
        server.fixture("/hanbit/news/read.php?id=20250910132002", "pages/hanbit_cj.html", "text/html")
        server.fixture("/", "pages/index.html")
        yield server


def article_count(cli) -> int:
    return sum(len(s["sources"]) for s in cli("digest", "--format", "json").json()["stories"])


def test_new_feed_keeps_a_baseline_then_ingests_new_entries_once(cli, site):
    feed = site.url("/rss/allArticle.xml")
    added = cli("feeds", "add", feed)
    assert added.code == 0, added.err
    assert "5 entries" in added.out and "newest 3" in added.out

    first = cli("feeds", "poll", "--format", "json").json()["feeds"][0]
    assert first["outcome"] in ("ok", "not-modified")
    stored = {i["url"]: i for i in first["items"]}
    assert [i["status"] for i in first["items"]] == ["stored"] * 3
    assert set(stored) == {site.url(f"/news/articleView.html?idxno={n}") for n in (1001, 1002, 1003)}
    assert article_count(cli) == 3

    # The older entries are the baseline: recorded, never fetched, not eligible for a digest.
    assert not site.hits_for("/news/articleView.html?idxno=1004")
    why = cli("feeds", "why", site.url("/news/articleView.html?idxno=1005"), "--format", "json").json()
    assert why["entries"][0]["status"] == "baseline" and why["entries"][0]["eligible"] is False
    assert "baseline" in cli("feeds", "why", site.url("/news/articleView.html?idxno=1005")).out

    # The article's time is the feed entry's, its bullets are free of the page's boilerplate.
    kakao = stored[site.url("/news/articleView.html?idxno=1001")]
    brief = cli("brief", kakao["article_id"], "--format", "json").json()
    assert (brief["published"], brief["published_origin"]) == ("2025-09-11 09:30", "feed")
    assert brief["outlet"] == "테크리뷰" and brief["url"] == site.url("/news/articleView.html?idxno=1001")
    text = " ".join(brief["bullets"])
    for boilerplate in ("많이 본 뉴스", "로그인", "댓글", "관련기사", "광고", "저작권자", "사진="):
        assert boilerplate not in text

    # Nothing changed: the feed answers 304 to our ETag, nothing is fetched again.
    page_hits = len(site.hits)
    again = cli("feeds", "poll", "1")
    assert again.code == 0 and "not modified (304)" in again.out
    feed_hits = site.hits_for("/rss/allArticle.xml")
    assert feed_hits[-1].status == 304 and feed_hits[-1].headers.get("if-none-match")
    assert len(site.hits) == page_hits + 1
    assert "newsdigest/" in feed_hits[-1].headers["user-agent"]

    # The feed moves on: one new entry, one edited article, one entry too old to matter.
    site.fixture("/rss/allArticle.xml", "rss_v2.xml", RSS_TYPE)
    site.fixture("/news/articleView.html?idxno=1001", "pages/kakao_edited.html")
    moved = cli("feeds", "poll", "--format", "json").json()["feeds"][0]
    outcome = {i["url"]: (i["status"], i["article_id"]) for i in moved["items"]}
    assert outcome[site.url("/news/articleView.html?idxno=1006")][0] == "stored"
    assert outcome[site.url("/news/articleView.html?idxno=1001")] == ("updated", kakao["article_id"])
    assert outcome[site.url("/news/articleView.html?idxno=950")][0] == "skipped"
    assert article_count(cli) == 4
    edited = cli("brief", kakao["article_id"], "--format", "json").json()
    assert any("다음 달 15일부터" in b for b in edited["bullets"]) and "15일" in edited["title"]
    too_old = cli("feeds", "why", site.url("/news/articleView.html?idxno=950"))
    assert "too old" in too_old.out

    # Polling again ingests nothing twice.
    last = cli("feeds", "poll", "--format", "json").json()["feeds"][0]
    assert last["items"] == [] and article_count(cli) == 4


def test_bad_feeds_are_recorded_paused_and_never_stop_the_others(cli, site, monkeypatch):
    monkeypatch.setenv("NEWSDIGEST_FEED_MAX_FAILURES", "2")
    slow = site.fixture("/slow.xml", "rss.xml", RSS_TYPE, delay=1.5)
    broken = site.fixture("/broken.xml", "broken.xml", RSS_TYPE)
    failing = site.serve("/error.xml", "server error", status=500, content_type="text/plain")
    html = site.url("/")
    for url in (slow, failing, broken, html):
        assert cli("feeds", "add", url, "--no-check").code == 0
    assert cli("feeds", "add", site.url("/rss/allArticle.xml")).code == 0

    result = cli("feeds", "poll", "--format", "json")
    assert result.code == 1
    reports = {r["url"]: r for r in result.json()["feeds"]}
    assert "timed out" in reports[slow]["reason"]
    assert "HTTP 500" in reports[failing]["reason"] and "2 tries" in reports[failing]["reason"]
    assert "not well-formed XML" in reports[broken]["reason"]
    assert "HTML page, not an RSS or Atom feed" in reports[html]["reason"]
    assert site.url("/rss/allArticle.xml") in reports[html]["reason"]     # the page names its real feed
    assert [i["status"] for i in reports[site.url("/rss/allArticle.xml")]["items"]] == ["stored"] * 3
    assert article_count(cli) == 3

    health = {f["url"]: f for f in cli("feeds", "list", "--format", "json").json()["feeds"]}
    assert health[failing]["state"] == "failing" and health[failing]["consecutive_failures"] == 1
    assert "HTTP 500" in health[failing]["last_error"] and health[failing]["last_success"] is None
    assert health[site.url("/rss/allArticle.xml")]["state"] == "active"

    # A second failure in a row pauses each bad feed; `feeds list` and `feeds why` say why.
    cli("feeds", "poll")
    listing = cli("feeds", "list").out
    assert listing.count("paused after 2 failed polls in a row") == 4
    assert "timed out" in cli("feeds", "why", slow).out

    # Paused feeds are left alone by `feeds poll` (and the scheduler) until polled by id.
    hits = len(site.hits_for("/error.xml"))
    paused = cli("feeds", "poll", "--format", "json").json()["feeds"]
    assert sum(r["outcome"] == "paused" for r in paused) == 4
    assert len(site.hits_for("/error.xml")) == hits
    failing_id = health[failing]["id"]
    site.fixture("/error.xml", "rss.xml", RSS_TYPE)
    resumed = cli("feeds", "poll", str(failing_id), "--format", "json").json()["feeds"][0]
    assert resumed["outcome"] == "ok"
    # Same GUIDs and pages as the healthy feed: recognised as duplicates, not stored twice.
    assert {i["status"] for i in resumed["items"]} == {"duplicate"}
    state = {f["id"]: f for f in cli("feeds", "list", "--format", "json").json()["feeds"]}[failing_id]
    assert state["state"] == "active" and state["paused_reason"] is None
    assert article_count(cli) == 3


def test_add_refuses_what_is_not_a_feed_and_stores_nothing(cli, site):
    refused = cli("feeds", "add", site.url("/"))
    assert refused.code == 2
    assert "HTML page" in refused.err and site.url("/rss/allArticle.xml") in refused.err
    assert cli("feeds", "add", site.url("/missing.xml")).code == 2
    assert cli("feeds", "add", "ftp://example.org/rss").code == 2
    assert cli("feeds", "list", "--format", "json").json()["feeds"] == []
    assert cli("feeds", "add", site.url("/rss/allArticle.xml")).code == 0
    twice = cli("feeds", "add", site.url("/rss/allArticle.xml"))
    assert twice.code == 2 and "already added as feed 1" in twice.err


def test_euc_kr_feed_and_pages(cli, site):
    assert cli("feeds", "add", site.url("/hanbit/rss.xml")).code == 0
    report = cli("feeds", "poll", "--format", "json").json()["feeds"][0]
    assert report["title"] == "한빛일보 경제"
    items = {i["title"]: i for i in report["items"]}
    assert set(items) == {"SK텔레콤, 울산에 AI 데이터센터 짓는다", "CJ제일제당, 똠얌꿍 맛 라면 동남아 출시"}
    assert {i["status"] for i in items.values()} == {"stored"}
    cj = cli("brief", items["CJ제일제당, 똠얌꿍 맛 라면 동남아 출시"]["article_id"], "--format", "json").json()
    assert any("똠얌꿍" in b for b in cj["bullets"])           # a CP949-only syllable in a feed labelled EUC-KR
    assert cj["outlet"] == "한빛일보"
    assert (cj["published"], cj["published_origin"]) == ("2025-09-10 13:20", "feed")   # "2025-09-10 13:20:00"
    assert not any("많이 본 뉴스" in b or "관련뉴스" in b for b in cj["bullets"])


def test_atom_feed_duplicates_by_url_guid_and_text(cli, site, monkeypatch):
    monkeypatch.setenv("NEWSDIGEST_FEED_BASELINE", "10")
    cli("feeds", "add", site.url("/rss/allArticle.xml"))
    cli("feeds", "poll")
    assert cli("feeds", "add", site.url("/daily/atom.xml")).code == 0
    report = cli("feeds", "poll", "2", "--format", "json").json()["feeds"][0]
    items = {i["url"]: i for i in report["items"]}
    dangn = items[site.url("/daily/2025/09/11/dangn-jobs")]
    assert dangn["status"] == "stored"
    copy = items[site.url("/daily/2025/09/11/naver-hyperclova")]
    assert copy["status"] == "duplicate" and "same text" in copy["reason"]
    partner = items[site.url("/news/articleView.html?idxno=1003")]      # link carried utm_* and a #fragment
    assert partner["status"] == "duplicate" and "already stored" in partner["reason"]
    photo = items[site.url("/daily/2025/09/10/photo-pangyo")]
    assert photo["status"] == "skipped"
    assert len(site.hits_for("/news/articleView.html?idxno=1003")) == 1   # the duplicate was not fetched again

    why = cli("feeds", "why", site.url("/daily/2025/09/10/photo-pangyo"))
    assert why.code == 0 and "skipped" in why.out
    brief = cli("brief", dangn["article_id"], "--format", "json").json()
    assert brief["outlet"] == "데일리IT" and brief["published"] == "2025-09-11 18:00"
    assert article_count(cli) == 6   # the 5 RSS entries (a baseline of 10 takes them all) and 당근


def test_topic_filter_and_remove(cli, site):
    assert cli("feeds", "add", site.url("/rss/allArticle.xml"), "--topic", "카카오").code == 0
    items = cli("feeds", "poll", "--format", "json").json()["feeds"][0]["items"]
    statuses = sorted((i["status"], i["reason"] or "") for i in items)
    assert [s for s, _ in statuses] == ["skipped", "skipped", "stored"]
    assert all("off topic: does not mention 카카오" in r for s, r in statuses if s == "skipped")

    removed = cli("feeds", "remove", "1")
    assert removed.code == 0 and "1 articles it brought in stay" in removed.out
    assert cli("feeds", "list").out.startswith("no feeds yet")
    assert article_count(cli) == 1
    assert cli("feeds", "remove", "1").code == 2
    assert cli("feeds", "why", site.url("/news/articleView.html?idxno=1001")).code == 1


def test_ingest_a_single_page_by_url(cli, site):
    url = site.url("/news/articleView.html?idxno=1004")
    result = cli("ingest", url, "--format", "json").json()
    assert result["stored"] == 1
    brief = cli("brief", result["items"][0]["article_id"], "--format", "json").json()
    assert brief["title"] == "삼성전자, 평택에 차세대 메모리 라인 증설"
    assert (brief["published"], brief["published_origin"]) == ("2025-09-09 16:00", "page")
    assert brief["reporter"] == "최유진" and brief["url"] == url
    assert 3 <= len(brief["bullets"]) <= 4

    again = cli("ingest", url)
    assert again.code == 0 and "1 already stored" in again.out
    missing = cli("ingest", site.url("/news/articleView.html?idxno=404"))
    assert missing.code == 1 and "HTTP 404" in missing.out
    photo = cli("ingest", site.url("/daily/2025/09/10/photo-pangyo"))
    assert photo.code == 1 and "skipped" in photo.out


def test_scheduler_api_polls_only_due_feeds(db, site):
    service = open_news_service(db, load_settings(path=None))   # as `serve` builds it: clock and policies configured
    policy = service.policies.feeds
    from digest.sources.feeds.polling import add_feed

    add_feed(service, site.url("/rss/allArticle.xml"), policy=policy)
    add_feed(service, site.url("/hanbit/rss.xml"), policy=policy)
    now = service.now()
    assert poll_due_feeds(service, now, policy) == []            # first polls are spread over the interval
    later = now + timedelta(minutes=policy.interval_minutes)
    reports = poll_due_feeds(service, later, policy)
    assert sorted(r.feed_id for r in reports) == [1, 2] and all(r.outcome != "failed" for r in reports)
    assert all(f.next_poll for f in list_feeds(service))


def test_poll_times_are_spread_and_back_off():
    offsets = {first_poll_offset(f"https://outlet{i}.example/rss", 15) for i in range(20)}
    assert len(offsets) > 15 and all(timedelta(0) <= o < timedelta(minutes=15) for o in offsets)
    now = datetime(2025, 9, 12, tzinfo=timezone.utc)
    rng = random.Random(1)
    healthy = next_poll_time(now, 15, 0, rng) - now
    assert timedelta(minutes=15) <= healthy <= timedelta(minutes=16.5)
    failing = next_poll_time(now, 15, 5, rng) - now
    assert timedelta(minutes=120) <= failing <= timedelta(minutes=121.5)


@pytest.mark.parametrize("written, expected", [
    # Dates as issue 14 quotes them from real Korean feeds that feedparser leaves unread.
    ("Tue, 27 Dec 2005 13:30:33+0900", "2005-12-27 13:30"),
    ("Thu,28 Jul 2022 4:35:5 GMT+9", "2022-07-28 04:35"),
])
def test_lenient_feed_dates(written, expected):
    from digest.sources.feeds.parse import parse_feed
    from digest.sources.fetching import Response
    from digest.text.metadata import KST

    # The element as those feeds write it: lowercase <pubdate>.
    body = (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>'
            f'<item><title>{written}</title><link>http://news.example/1</link><pubdate>{written}</pubdate></item>'
            f'</channel></rss>').encode()
    entry = parse_feed(Response("http://news.example/rss", 200, {"content-type": RSS_TYPE}, body)).entries[0]
    assert entry.published.when.astimezone(KST).strftime("%Y-%m-%d %H:%M") == expected


def test_feed_titles_lose_markup():
    from digest.sources.feeds.parse import entry_title

    assert entry_title("작년 취업자 9만7천명 증가<br />금융위기 후 9년 만에 최소") == "작년 취업자 9만7천명 증가 금융위기 후 9년 만에 최소"
    assert entry_title("  ") is None


def test_a_page_the_extractor_fails_on_is_that_entrys_error_and_the_entries_behind_it_are_read(cli, site, monkeypatch):
    """A fault inside page extraction (a bug, not a bad page we foresaw) is recorded on its entry, retried on
    later polls like a failed fetch, and never keeps the feed's other entries from being read."""
    import digest.sources.feeds.polling as polling

    broken = site.url("/news/articleView.html?idxno=1002")
    real_fetch_article = polling.fetch_article

    def failing_on_one_page(url, policy):
        if url == broken:
            raise KeyError("a fault the extractor did not foresee")
        return real_fetch_article(url, policy)

    monkeypatch.setattr(polling, "fetch_article", failing_on_one_page)
    assert cli("feeds", "add", site.url("/rss/allArticle.xml")).code == 0
    polled = cli("feeds", "poll", "--format", "json")
    assert polled.code == 0, polled.err
    items = {i["url"]: i for i in polled.json()["feeds"][0]["items"]}
    assert items[broken]["status"] == "error" and "unexpected fault" in items[broken]["reason"]
    assert [items[site.url(f"/news/articleView.html?idxno={n}")]["status"] for n in (1001, 1003)] == ["stored"] * 2

    monkeypatch.setattr(polling, "fetch_article", real_fetch_article)   # the fault is gone: the entry is read
    again = {i["url"]: i["status"] for i in cli("feeds", "poll", "--format", "json").json()["feeds"][0]["items"]}
    assert again[broken] == "stored" and article_count(cli) == 3


def test_a_page_the_extractor_fails_on_is_told_in_one_line_by_ingest(cli, site, monkeypatch):
    import digest.page_ingest as page_ingest

    def failing(url, policy):
        raise KeyError("a fault the extractor did not foresee")

    monkeypatch.setattr(page_ingest, "fetch_article", failing)
    result = cli("ingest", site.url("/news/articleView.html?idxno=1001"))
    assert "unexpected fault" in result.out + result.err and "Traceback" not in result.out + result.err
    assert "KeyError" not in result.out + result.err and article_count(cli) == 0

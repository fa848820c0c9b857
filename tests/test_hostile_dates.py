"""Publication dates no news carries (year 9999, year 1), claimed by a sidecar, an article's own text, a
feed or the user: a date outside the years news can have is no date, so the article is skipped with the reason
(a sidecar), read as undated (its text, a feed), or the command refused in a sentence (`dates`, `extract`),
and nothing else in the run is lost. Before, the arithmetic around such a day (a story's three-day window,
`내년`) overflowed Python's dates and stopped the whole ingest with a traceback.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from digest.sources.feeds.parse import parse_feed
from digest.sources.fetching import Response
from tests.conftest import SEEDS

FAR = ("9999-12-31 23:59", "0001-01-01")


@pytest.mark.parametrize("claimed", FAR)
def test_a_sidecar_claiming_a_date_out_of_range_skips_that_file_and_the_rest_go_in(cli, tmp_path, claimed):
    folder = tmp_path / "news"
    folder.mkdir()
    seeds = sorted(SEEDS.glob("00[0-2]_*.txt"))
    for seed in seeds:
        shutil.copy(seed, folder / seed.name)
    (folder / "metadata.toml").write_text(f'["{seeds[1].name}"]\npublished = "{claimed}"\n', encoding="utf-8")
    result = cli("ingest", str(folder))
    assert result.code == 1 and result.err == "", result.err[-500:]
    lines = {Path(line.split()[1].rstrip(":")).name: line for line in result.out.splitlines()[:-1]}
    assert lines[seeds[1].name].startswith("skipped") and claimed[:4] in lines[seeds[1].name]
    assert lines[seeds[0].name].startswith("stored") and lines[seeds[2].name].startswith("stored")
    assert cli("events", "--all").code == 0


def test_an_article_whose_text_says_it_was_published_in_9999_is_read_as_undated(cli, tmp_path):
    article = tmp_path / "far.txt"
    body = SEEDS.glob("003_*.txt").__next__().read_text(encoding="utf-8")
    article.write_text("입력 9999.12.31 23:50\n" + body, encoding="utf-8")
    result = cli("ingest", str(article))
    assert result.code == 0 and result.err == "" and result.out.startswith("stored"), result.err[-500:]
    [story] = cli("digest", "--format", "json").json()["stories"]
    assert not any((src["published"] or "").startswith("9999") for src in story["sources"])


@pytest.mark.parametrize("claimed", ["9999-12-31", "0001-01-01"])
def test_dates_and_extract_with_a_publication_date_out_of_range_are_one_sentence(cli, claimed):
    result = cli("dates", "오는 11일 서울대와 MOU를 체결한다. 내년 3월 개최", "--published", claimed)
    assert result.code == 2 and result.err.startswith("newsdigest: --published") and "Traceback" not in result.err
    result = cli("extract", str(next(SEEDS.glob("003_*.txt"))), "--published", claimed)
    assert result.code == 2 and result.err.startswith("newsdigest: ") and "Traceback" not in result.err, result.err


def test_a_feed_entry_dated_9999_is_an_undated_entry():
    feed = parse_feed(Response("https://a.kr/rss", 200, {"content-type": "application/rss+xml"}, """<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
      <item><title>a</title><link>https://a.kr/1</link><pubDate>Fri, 31 Dec 9999 23:59:59 +0900</pubDate></item>
      <item><title>b</title><link>https://a.kr/2</link><pubDate>9999-12-31 23:59:59</pubDate></item>
      <item><title>c</title><link>https://a.kr/3</link><pubDate>Wed, 10 Sep 2025 10:00:00 +0900</pubDate></item>
    </channel></rss>""".encode()))
    assert [e.published.display() if e.published else None for e in feed.entries] == [None, None, "2025-09-10 10:00"]

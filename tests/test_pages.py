"""Article pages: polite fetching, Korean encodings, main text without the site's boilerplate."""

from __future__ import annotations

import pytest

from digest.feeds import FeedError, parse_feed
from digest.pages import (FetchError, FetchPolicy, Response, canonical_url, decode_html, extract_article, fetch,
                          page_published)
from tests.fixtures.feeds.server import FIXTURES, FixtureServer

pytestmark = pytest.mark.usefixtures("private_network")   # the fixture server is on 127.0.0.1

QUICK = FetchPolicy(timeout=0.5, retries=2, backoff=0)


def page(name: str, base: str = "http://news.example") -> str:
    html, _ = decode_html((FIXTURES / "pages" / f"{name}.html").read_bytes().replace(b"{{BASE}}", base.encode()))
    return html


def feed_response(name: str, content_type: str = "application/rss+xml", url: str = "http://news.example/rss") -> Response:
    body = (FIXTURES / name).read_bytes().replace(b"{{BASE}}", b"http://news.example")
    return Response(url, 200, {"content-type": content_type}, body)


def test_canonical_url_drops_tracking_fragments_and_spelling_differences():
    assert canonical_url("HTTPS://News.Example:443/view?utm_source=rss&idxno=7&b=2#comments") == \
        "https://news.example/view?b=2&idxno=7"
    assert canonical_url("http://news.example:8080") == "http://news.example:8080/"
    assert canonical_url("http://news.example/a?fbclid=x") == "http://news.example/a"


def test_decode_html_follows_header_then_meta_then_detection():
    text = "<html><body><p>똠얌꿍 라면이 출시됐다.</p></body></html>"
    cp949 = text.encode("cp949")
    assert decode_html(cp949, "EUC-KR") == (text, "cp949")            # labelled EUC-KR, really CP949
    meta = b'<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">' + cp949
    assert decode_html(meta, None)[1] == "cp949"
    assert decode_html(cp949, None)[0] == text                         # no label at all: detected
    assert decode_html(text.encode("utf-8"), "utf-8")[0] == text


def test_boilerplate_page_yields_the_article_and_its_metadata():
    article = extract_article(page("kakao"), "http://news.example/news/articleView.html?idxno=1001&utm_source=x")
    assert article.url == "http://news.example/news/articleView.html?idxno=1001"    # its rel=canonical
    assert article.title == "카카오, 대화형 AI 에이전트 '카나나' 공개…다음 달 시범 서비스"
    assert (article.outlet, article.reporter) == ("테크리뷰", "김민수")
    assert (article.published.display(), article.published.origin) == ("2025-09-11 09:30", "page")
    assert "데브데이에서 개발자용 연동 도구도 공개할 예정이다." in article.text
    for boilerplate in ("로그인", "많이 본 뉴스", "관련기사", "댓글 운영원칙", "개인정보처리방침", "광고 배너", "좋아요"):
        assert boilerplate not in article.text


def test_table_layout_page_in_euc_kr():
    raw = (FIXTURES / "pages" / "hanbit_skt.html").read_bytes()
    html, encoding = decode_html(raw, None)
    assert encoding == "cp949"
    article = extract_article(html, "http://news.example/hanbit/news/read.php?id=1")
    assert "울산 미포국가산업단지에 대규모 인공지능 데이터센터를 짓는다" in article.text
    assert "많이 본 뉴스" not in article.text and "한빛일보 창간 30주년" not in article.text
    assert article.outlet == "한빛일보"


def test_page_without_article_text_is_refused():
    from digest.articles import NotAnArticle

    with pytest.raises(NotAnArticle, match="no main text"):
        extract_article("<html><head><script>var a = 1;</script></head><body></body></html>", "http://news.example/")


def test_page_published_prefers_the_minute_then_the_day():
    assert page_published(page("daily_dangn"), None).display() == "2025-09-11 18:00"   # JSON-LD
    assert page_published("<html></html>", "2025-09-03").display() == "2025-09-03"
    assert page_published("<html></html>", None) is None


def test_fetch_is_polite_conditional_and_retries_only_what_may_pass():
    with FixtureServer() as site:
        url = site.serve("/ok", "<html>안녕</html>")
        first = fetch(url, QUICK)
        assert first.status == 200 and first.headers["etag"]
        assert site.hits[-1].headers["user-agent"].startswith("newsdigest/")
        again = fetch(url, QUICK, etag=first.headers["etag"])
        assert again.not_modified and site.hits[-1].headers["if-none-match"] == first.headers["etag"]

        site.serve("/down", "oops", status=503)
        with pytest.raises(FetchError, match=r"HTTP 503.*3 tries"):
            fetch(site.url("/down"), QUICK)
        assert len(site.hits_for("/down")) == 3
        with pytest.raises(FetchError, match="HTTP 404"):
            fetch(site.url("/nothing"), QUICK)
        assert len(site.hits_for("/nothing")) == 1                    # a 404 is not retried

        site.serve("/slow", "late", delay=1.0)
        with pytest.raises(FetchError, match="timed out after 0.3 s"):
            fetch(site.url("/slow"), FetchPolicy(timeout=0.3, retries=0))


def test_feed_parsing_rss_atom_and_euc_kr():
    rss = parse_feed(feed_response("rss.xml"))
    assert rss.title == "테크리뷰 - 전체기사" and len(rss.entries) == 5
    first = rss.entries[0]
    assert first.guid == "techreview-1002" and first.published.display() == "2025-09-11 14:00"
    assert first.url == "http://news.example/news/articleView.html?idxno=1002"
    atom = parse_feed(feed_response("atom.xml", "application/atom+xml"))
    assert [e.guid for e in atom.entries][0] == "tag:dailyit.example,2025:dangn-jobs"
    assert atom.entries[2].url == "http://news.example/news/articleView.html?idxno=1003"   # utm_* and #fragment gone
    euckr = parse_feed(feed_response("euckr.xml"))
    assert [e.title for e in euckr.entries] == ["SK텔레콤, 울산에 AI 데이터센터 짓는다", "CJ제일제당, 똠얌꿍 맛 라면 동남아 출시"]
    assert euckr.entries[1].published.display() == "2025-09-10 13:20"      # zone-less: Korean time


def test_feed_parsing_refuses_broken_xml_html_and_empty_answers():
    with pytest.raises(FeedError, match="not well-formed XML"):
        parse_feed(feed_response("broken.xml"))
    with pytest.raises(FeedError, match="HTML page.*http://news.example/rss/allArticle.xml"):
        parse_feed(feed_response("pages/index.html", "text/html", url="http://news.example/"))
    with pytest.raises(FeedError, match="empty"):
        parse_feed(Response("http://news.example/rss", 200, {}, b"  "))
    with pytest.raises(FeedError, match="not serve an RSS or Atom feed"):
        parse_feed(Response("http://news.example/rss", 200, {"content-type": "application/json"}, b'{"a": 1}'))

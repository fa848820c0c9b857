"""Article pages: polite fetching, Korean encodings, main text without the site's boilerplate."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from digest.sources.feeds.parse import FeedError, parse_feed
from digest.sources.fetching import AddressPolicy, FetchError, FetchPolicy, Response, fetch
from digest.sources.pages import canonical_url, decode_html, extract_article, page_published
from tests.fixtures.feeds.server import FIXTURES, FixtureServer

LOOPBACK = AddressPolicy(allow_private=True)   # the fixture server is on 127.0.0.1
QUICK = FetchPolicy(timeout=0.5, retries=2, backoff=0, addresses=LOOPBACK)


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
    from digest.sources.files import NotAnArticle

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
            fetch(site.url("/slow"), FetchPolicy(timeout=0.3, retries=0, addresses=LOOPBACK))


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


# ---- saved pages of real outlets (tests/fixtures/pages; dev split only: the test split is scored by
# `python -m bench.pages`, never tuned on) ----------------------------------------------------------------

SAVED = Path(__file__).parent / "fixtures" / "pages"


def saved(name: str):
    """(article, body paragraphs after cleaning, label) of one saved page."""
    from bench.pages import load_labels, read_page

    label = next(p for p in load_labels() if p["file"] == f"{name}.html.gz")
    assert label["split"] == "dev", "tests use dev pages only"
    article, body = read_page(label)
    return article, body, label


def saved_label(name: str) -> dict:
    from bench.pages import load_labels

    return next(p for p in load_labels() if p["file"] == f"{name}.html.gz")


def load_dev_labels() -> list[dict]:
    from bench.pages import load_labels

    return [p for p in load_labels() if p["split"] == "dev"]


def test_a_javascript_page_gives_its_body_headline_reporter_and_time_from_its_embedded_data():
    # 한국일보's Next.js page: no article text in the HTML, only in the state shipped to the browser.
    article, body, label = saved("hankookilbo_2026_01_29")
    assert article.title == label["headline"]                       # not "...-정치ㅣ한국일보"
    assert (article.outlet, article.reporter) == ("한국일보", "신현주")
    assert (article.published.display(), article.published.precision) == ("2026-01-29 18:40", "minute")
    assert body[0].startswith(label["first"]) and body[-1].endswith(label["last"])
    assert "$$ARTICLEAD$$" not in article.text and "부족 하다" not in article.text   # inline tags leave no gaps


@pytest.mark.parametrize("name, site_suffix", [("maeil_2025_05_28", " - 매일경제"), ("hankookilbo_2025_05_15", " | 한국일보"),
                                               ("moneytoday_2019_02_01", " - 머니투데이 뉴스"),
                                               ("asiatoday_2018_02_01", " - 아시아투데이")])
def test_headline_loses_the_sites_name(name, site_suffix):
    article, _, label = saved(name)
    assert article.title == label["headline"] and site_suffix not in article.title


def test_the_headline_is_spelt_as_the_page_prints_it():
    from digest.sources.page_metadata import as_printed

    article, _, label = saved("mbn_2023_04_04_expo")            # og:title writes ″K팝스타 된 기분″
    assert article.title == label["headline"] and "″" not in article.title
    # Two spellings of one headline: the one the page's heading prints wins, whatever the metadata says.
    assert as_printed("취업자 9만7천명 증가[2보]", ["취업자 9만7천명 증가(2보)"], "홈 > 취업자 9만7천명 증가(2보) 입력") \
        == "취업자 9만7천명 증가(2보)"
    assert as_printed("취업자 증가[2보]", ["취업자 감소(2보)"], "취업자 감소(2보)") == "취업자 증가[2보]"   # not the same words


def test_a_truncated_og_title_gives_way_to_the_full_title():
    article, _, label = saved("mtn_2019_01_16")                     # og:title cut at a quote: "[MTN현장+]"
    assert article.title == label["headline"]


@pytest.mark.parametrize("name, outlet, reporter", [
    ("hankookilbo_2025_05_15", "한국일보", "구현모"),      # JSON-LD Person; meta "순천, 광양 구현모 기자 ninek@..."
    ("maeil_2025_06_03", "매일경제", "배윤경·이상현·한수진·김혜진"),
    ("moneytoday_2019_02_01", "머니투데이", "조성훈"),    # no og:site_name: the title's "머니투데이 뉴스"
    ("mtn_2019_01_16", "MTN", "유찬"),                    # meta author "MTN" is no person; the credit names him
    ("sporbiz_2017_08_30", "한국스포츠경제", "김정희"),
    ("insight_2018_11_13", "인사이트", None),             # "[인사이트] 디지털뉴스팀 =": a desk, no person
    ("asiatoday_2018_02_01", "아시아투데이", None),       # wire credit: author meta "연합", byline "연합 기자"
    ("jnilbo_2025_12_06", "전남일보", "이정준"),          # author meta "서울=이정준 기자": a place, then the name
    ("sbs_2023_04_20_state_visit", "SBS 뉴스", "유영규"),  # Kiwi reads 유영 + 규: a family name, then two syllables
    ("sbs_2023_04_20_wheelchair", "SBS 뉴스", "이정화"),   # "이정화 에디터"; the text's "칼럼에는 논설위원 조 씨" is none
    ("sbs_2023_04_20_dkz", "SBS 뉴스", "강경윤"),         # "사진=백승철 기자" credits the picture; "(SBS연예뉴스 강경윤 기자)"
    ("mbc_2023_04_19_radiostar", "MBC 뉴스", "백아영"),   # signed "백아영 / 화면캡처 MBC"
])
def test_outlet_and_reporter_are_what_the_page_states(name, outlet, reporter):
    article, _, _ = saved(name)
    assert (article.outlet, article.reporter) == (outlet, reporter)


def test_an_arc_page_gives_its_paragraphs_writer_and_first_publication_from_its_story_object():
    # 조선일보's pages print nothing without JavaScript: the story is `Fusion.globalContent = {...}`, one
    # content element a paragraph; its meta article:published_time is the draft's creation (02:40Z), its
    # first_publish_date 02:58Z; its writer's profile name is in western order ("선민 박"), its byline not.
    article, body, label = saved("chosun_2023_04_11")
    assert body[0].startswith(label["first"]) and body[-1].endswith(label["last"]) and len(body) >= 12
    assert (article.outlet, article.reporter, article.published.display()) == ("조선일보", "박선민", "2023-04-11 11:58")
    # A 스포츠조선 story on 조선일보's site: "[스포츠조선 안소윤 기자] 가수 겸 배우 ..." names the outlet that wrote it.
    article, body, label = saved("chosun_sportschosun_2023_04_07")
    assert (article.outlet, article.reporter) == ("스포츠조선", "안소윤")
    assert body[0].startswith(label["first"]) and body[-1].endswith(label["last"])


def test_a_slogan_in_og_site_name_is_no_outlet():
    article, _, _ = saved("asiatoday_2018_02_01")
    assert article.outlet == "아시아투데이"


@pytest.mark.parametrize("name, shown", [("mtn_2019_01_16", "2019-01-16 13:59"),     # "2019/01/16 13:59", no meta
                                         ("insight_2018_11_13", "2018-11-13 07:45")])  # "입력 2018.11.13 07:45"
def test_time_to_the_minute_from_the_page_text(name, shown):
    article, _, _ = saved(name)
    assert (article.published.display(), article.published.precision) == (shown, "minute")


def test_credits_and_trailers_are_not_body_sentences():
    article, body, label = saved("sporbiz_2017_08_30")               # "[한국스포츠경제 김정희] 후반기 ..."
    assert body[0].startswith(label["first"])
    _, body, label = saved("mtn_2019_01_16")                          # complaints desk after the closing credit
    assert body[-1].endswith(label["last"]) and not any("고충처리인" in p for p in body)
    _, body, label = saved("hankookilbo_2025_05_15")
    assert body[-1].endswith(label["last"]) and not any("URL이 복사" in p or "ninek@" in p for p in body)


def test_a_body_the_extractor_misses_is_read_from_the_element_marked_article_body():
    # MBC: trafilatura reads only the page's category, reporter and headline; the article's three
    # sentences stand in a <div itemprop="articleBody"> with no microdata item around it.
    from digest.sources.embedded import marked_body

    article, body, label = saved("mbc_2023_04_04_gimpo_fire")
    html, _ = decode_html(gzip.decompress((SAVED / "mbc_2023_04_04_gimpo_fire.html.gz").read_bytes()))
    marked = marked_body(html).split("\n")
    assert len(marked) == 3 and marked[-1] == label["last"]
    assert body == marked                                   # one paragraph each, nothing of the layout
    assert marked_body("<div class='news_txt'><p>" + label["first"] + "</p></div>") is None


def test_a_dropped_lead_is_put_back_from_the_pages_description():
    from digest.sources.embedded import read_embedded
    from digest.sources.pages import _with_lead, visible_text

    html, _ = decode_html(gzip.decompress((SAVED / "maeil_2025_05_28.html.gz").read_bytes()))
    article = extract_article(html, "https://www.mk.co.kr/news/realestate/11329112")
    lead, rest = article.text.split("\n", 1)
    facts = read_embedded(html)
    assert _with_lead(rest, facts, visible_text(html)).startswith(lead)     # the extractor lost it: back
    assert _with_lead(article.text, facts, visible_text(html)) == article.text   # present: untouched


def test_a_lead_glued_to_the_next_paragraph_in_the_description_is_put_back_alone():
    # TV조선: the body opens in the photo's caption element, which the extractor drops; og:description reads
    # "...고문(어드바이저)로 돌아온다.국가대표 은퇴를 선언한 김연경이 태극마크를 다는 건 2년 .."
    article, body, label = saved("tvchosun_2023_04_21_volleyball")
    assert body[0].startswith(label["first"])
    assert article.text.count("태극마크를 다는 건 2년 만이다.") == 1          # the kept second sentence, once
    assert article.outlet == "TV조선"                                       # "Copyrights ⓒ TV조선. 무단전재 ..."


def test_a_byline_word_read_as_a_common_noun_is_no_reporter():
    from digest.sources.page_metadata import is_person
    from digest.text.korean import reads_as_common_noun

    names = [p["reporter"] for p in load_dev_labels() if p["reporter"]]
    assert len(names) >= 10 and all(is_person(n, []) for n in names)
    assert reads_as_common_noun("유영규")                 # a real name Kiwi splits: its family name keeps it a person
    assert reads_as_common_noun("연합") and reads_as_common_noun("스포츠조")   # a wire's short name; issue 14's cut outlet
    assert not is_person("연합", []) and not is_person("스포츠조", [])


def test_a_lead_dropped_with_no_description_is_put_back_before_the_sentence_referring_to_it():
    article, body, label = saved("maeil_2025_05_30_chips")       # og:description is the deck, not the lead
    assert body[0].startswith(label["first"]) and "이처럼 강조했다" in body[1]
    assert article.text.count(label["first"][:30]) == 1


def test_the_page_republished_by_a_portal_credits_the_original_outlet():
    from digest.sources.embedded import EmbeddedFacts
    from digest.sources.page_metadata import _credit_outlet, _portal_outlet

    # Credits as issue 14 quotes them from a 조선닷컴 page, a 뉴스zum page, a seed; a portal's author meta.
    assert _credit_outlet("[부산=스포츠조선 선수민 기자]") == "스포츠조선"
    assert _credit_outlet("(세종=연합뉴스) 이세원 이대희 민경락 기자 = 작년 12월 일자리 증가 폭이") == "연합뉴스"
    assert _credit_outlet("[뉴스웍스=박광하 기자]") is None                  # reporter only: the site's own
    assert _credit_outlet("[스포츠조선 안소윤 기자] 가수 겸 배우 이승기와") == "스포츠조선"   # 조선일보's copy
    naver = EmbeddedFacts(meta_authors=("연합뉴스 | 네이버",))
    assert _portal_outlet(naver, "네이버 뉴스", "naver") == "연합뉴스"
    # No og:site_name: the portal's side is the one its title ends with (a real headline, the portal's suffix).
    headline = saved_label("maeil_2025_05_28")["headline"]
    naver = EmbeddedFacts(meta_authors=("연합뉴스 | 네이버",), html_title=f"{headline} : 네이버 뉴스")
    assert _portal_outlet(naver, None, "naver") == "연합뉴스"
    assert _portal_outlet(EmbeddedFacts(meta_authors=("연합뉴스 | 네이버",)), None, "naver") is None   # can't tell


def test_an_amp_page_credits_its_publisher_keeps_its_closing_paragraph_and_its_printed_time():
    # 더셀럽's AMP page: JSON-LD publisher "더셀럽(시크뉴스/MK패션)"; its last paragraph is written straight into
    # the container after an empty <p> (trafilatura drops it); it prints 2018-10-24 02:44:27 and states
    # 2018-10-24T02:44:27Z.
    article, body, label = saved("celuv_amp_2018_10_24")
    assert (article.outlet, article.reporter) == ("더셀럽", "심솔아")
    assert body[-1] == label["last"]
    assert body[-2].endswith("역대급 기록을 세웠다.")                  # put back in place, after the line it follows
    assert article.text.count("매주 월요일 오후 6시에 공개된다.") == 1
    assert article.published.display() == label["time"]


def test_a_utc_time_stays_utc_when_the_page_prints_it_in_kst():
    from digest.sources.pages import _as_shown
    from digest.text.metadata import parse_published

    stated = parse_published("2018-10-24T02:44:27Z", "page")
    assert _as_shown(stated, "입력 2018-10-24 02:44:27").display() == "2018-10-24 02:44"     # the printed clock
    both = "입력 2018-10-24 02:44:27 (2018.10.24 11:44 KST)"
    assert _as_shown(stated, both).display() == "2018-10-24 11:44"                       # converted, as stated
    assert _as_shown(stated, "본문에 시각 없음").display() == "2018-10-24 11:44"


def test_an_author_value_gives_every_person_it_credits_in_order():
    from digest.sources.page_metadata import persons_in

    # Author values of saved pages and the seeds' credit (tests/seeds/004: "<서울경제=진동영·류석 기자>").
    assert persons_in("진동영·류석 기자", []) == ["진동영", "류석"]
    assert persons_in("순천, 광양 구현모 기자 ninek@hankookilbo.com", []) == ["구현모"]   # places, then the name
    assert persons_in("이남경 MK스포츠 기자(mkculture3@mkculture.com)", []) == ["이남경"]   # the outlet before 기자
    assert persons_in("MK스포츠 기자", []) == []
    assert persons_in("이정화 에디터", []) == ["이정화"]


def test_outlet_names_lose_their_bracketed_titles_only_when_needed():
    from digest.sources.page_metadata import outlet_name

    assert outlet_name("더셀럽(시크뉴스/MK패션)") == "더셀럽"
    assert outlet_name("머니투데이방송(MTN)") == "머니투데이방송(MTN)"                # a name as it stands
    assert outlet_name("www.example.co.kr") is None


def test_every_dev_page_is_read():
    from bench.pages import load_labels, score_page

    for label in (p for p in load_labels() if p["split"] == "dev"):
        assert score_page(label)["headline"] is not None, label["file"]   # none refused as "no main text"

"""Hostile variants of real saved pages: each test derives a broken or malicious page from one in
tests/fixtures/pages/ and runs the real extraction on it.

A page may nest its embedded JSON deeper than the decoder goes, or repeat an opening tag without ever closing
it, or carry one endless line: the page is still read (or refused with a reason), in time bounded by its size.
Extractions that could hang run in a subprocess whose generous timeout only guards the suite against a hang;
no test measures speed.
"""

from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys
from pathlib import Path

from digest.sources.pages import decode_html, extract_article

ROOT = Path(__file__).resolve().parent.parent
SAVED = ROOT / "tests" / "fixtures" / "pages"
HANG_GUARD_SECONDS = 240


def label(name: str) -> dict:
    labels = json.loads((SAVED / "labels.json").read_text(encoding="utf-8"))["pages"]
    found = next(p for p in labels if p["file"] == f"{name}.html.gz")
    assert found["split"] == "dev", "tests use dev pages only"
    return found


def real_page(name: str) -> str:
    return decode_html(gzip.decompress((SAVED / f"{name}.html.gz").read_bytes()))[0]


def extract_in_subprocess(html: str, url: str, tmp_path: Path) -> dict:
    """extract_article on `html` in a fresh interpreter; its title, reporter and first paragraph."""
    page = tmp_path / "page.html"
    page.write_text(html, encoding="utf-8")
    code = ("import json, sys; from digest.sources.pages import extract_article\n"
            "a = extract_article(open(sys.argv[1], encoding='utf-8').read(), sys.argv[2])\n"
            "print(json.dumps({'title': a.title, 'reporter': a.reporter, 'text': a.text}))")
    done = subprocess.run([sys.executable, "-c", code, str(page), url], cwd=ROOT, capture_output=True, text=True,
                          timeout=HANG_GUARD_SECONDS)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)


def test_a_story_object_nested_deeper_than_json_goes_is_skipped_and_the_page_still_read():
    # 조선일보's Arc page with `Fusion.globalContent = ` followed by 100,000 nested objects: json raises
    # RecursionError, which is no ValueError.
    name = "chosun_2023_04_11"
    html = real_page(name).replace("Fusion.globalContent=", "Fusion.globalContent=" + '{"a":' * 100_000, 1)
    article = extract_article(html, label(name)["url"])
    assert article.title == label(name)["headline"]


def test_an_endless_og_description_does_not_hang_the_lead_search(tmp_path):
    # 매일경제's page whose og:description is 250,000 Hangul syllables with no sentence end.
    name = "maeil_2025_05_28"
    html = re.sub(r'(<meta[^>]+property="og:description"[^>]+content=")[^"]*', lambda m: m.group(1) + "가" * 250_000,
                  real_page(name), count=1)
    assert "가" * 250_000 in html
    found = extract_in_subprocess(html, label(name)["url"], tmp_path)
    assert found["title"] == label(name)["headline"]


def test_unclosed_figures_in_a_next_js_body_do_not_hang_its_reading(tmp_path):
    # 한국일보's Next.js state: its article HTML (escaped in JSON) gets 200,000 `<figure>` with no `</figure>`.
    name = "hankookilbo_2026_01_29"
    html = real_page(name).replace("$$ARTICLEAD$$", "\\u003cfigure\\u003e" * 200_000, 1)
    found = extract_in_subprocess(html, label(name)["url"], tmp_path)
    assert label(name)["first"] in found["text"]
    assert found["reporter"] == "신현주"


def test_unclosed_comments_and_scripts_after_the_page_do_not_hang_it(tmp_path):
    # 한국일보's page followed by 300,000 `<!--` and 300,000 `<script>` that never close.
    name = "hankookilbo_2025_05_15"
    html = real_page(name) + "<!--" * 300_000 + "<script>" * 300_000
    found = extract_in_subprocess(html, label(name)["url"], tmp_path)
    assert found["title"] == label(name)["headline"] and found["reporter"] == "구현모"


def test_half_a_surrogate_pair_and_direction_overrides_in_json_ld_are_dropped_before_storing(tmp_path):
    # 한국일보's JSON-LD NewsArticle with a headline and an author written as JSON escapes: `\ud800` (half a
    # surrogate pair, which no database can encode), a right-to-left override and a control character.
    from digest.service import NewsService
    from digest.storage.store import Store

    name = "hankookilbo_2025_05_15"
    html = real_page(name)
    ld = next(m.group(1) for m in re.finditer(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
              if "NewsArticle" in m.group(1))
    data = json.loads(ld)
    data["headline"] = "\ud800" + label(name)["headline"] + " \u202e(종합)\x07"   # not printed: the page keeps it
    data["author"] = {"@type": "Person", "name": "\u202e구현모\udfff 기자"}
    article = extract_article(html.replace(ld, json.dumps(data)), label(name)["url"])
    assert (article.title, article.reporter) == (label(name)["headline"] + " (종합)", "구현모")
    service = NewsService(Store(f"sqlite:///{tmp_path / 'news.db'}"))
    item = service.ingest_source(article.source_text(), published=article.published)
    assert (item.status, item.title) == ("stored", label(name)["headline"] + " (종합)")


def test_meta_tags_left_open_end_the_head_and_keep_the_tags_before_them():
    # 한국일보's head cut off inside a flood of `<meta ` that never close (a truncated or hostile page): the
    # tags before the first open one are read as on the whole page; the open ones are none.
    from digest.sources.embedded import meta_tags

    html = real_page("hankookilbo_2025_05_15")
    head = html[:html.lower().index("</head>")]
    flooded = head + "<meta " * 40_000
    assert meta_tags(flooded) == meta_tags(html)
    assert len(meta_tags(flooded)) == 39 and "article:published_time" in dict(meta_tags(flooded))

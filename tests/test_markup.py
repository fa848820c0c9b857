"""The linear tag readers of `digest.sources.markup` against the regular expressions they replace.

On every saved real page they give what the expressions gave; on pages flooded with tags that never close
(where each expression was tried again from every opening, to the end) they give the same answer and the page
is read. No test measures speed: `python -m bench.hostile_markup` times the floods.
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path

import pytest

from digest.sources.markup import element_text, replace_tags, strip_tags, tags, without_elements
from digest.sources.pages import decode_html

PAGES = sorted((Path(__file__).parent / "fixtures" / "pages").glob("*.html.gz"))


def page(path: Path) -> str:
    return decode_html(gzip.decompress(path.read_bytes()))[0]


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name.split(".")[0])
def test_on_real_pages_the_readers_agree_with_the_expressions_they_replace(path):
    html = page(path)
    assert strip_tags(html) == re.sub(r"<[^>]+>", " ", html)
    table = re.compile(r"</?(?:table|tbody|thead|tfoot|tr|td|th)\b", re.I)
    assert replace_tags(html, table, lambda tag: "</div>" if tag[1] == "/" else "<div>") == \
        re.sub(r"(?i)<(/?)(?:table|tbody|thead|tfoot|tr|td|th)\b[^>]*>", r"<\1div>", html)
    assert [html[s:e] for s, e in tags(html, re.compile(r"<meta\s", re.I))] == \
        re.findall(r"(?i)<meta\s[^>]*>", html)
    title = re.search(r"(?is)<title\b[^>]*>(.*?)</title>", html)
    assert element_text(html, re.compile(r"<title\b", re.I), "</title>") == (title.group(1) if title else None)
    caption = re.compile(r'(?i)<div[^>]*class="[^"]*caption[^"]*"[^>]*>')
    assert without_elements(html, re.compile(r"<div\b", re.I), "</div>",
                            where=lambda tag: bool(caption.fullmatch(tag))) == \
        _without_by_expression(html, caption, "</div>")


def _without_by_expression(markup: str, opening: re.Pattern, closing: str) -> str:
    """What `without_elements` did with a whole-tag expression as its opening (the old caption reading)."""
    pieces, start = [], 0
    while (m := opening.search(markup, start)):
        end = re.compile(re.escape(closing), re.I).search(markup, m.end())
        if end is None:
            break
        pieces += [markup[start:m.start()], " "]
        start = end.end()
    return "".join(pieces) + markup[start:]


def test_a_flood_of_tags_left_open_is_read_as_the_expressions_read_it():
    html = page(PAGES[0])
    head = html[:html.lower().index("</head>")]
    for flood in ("<title>", "<meta ", "<a ", '<div class="caption '):
        flooded = head + flood * 2_000            # small enough for the expressions to finish quickly
        assert strip_tags(flooded) == re.sub(r"<[^>]+>", " ", flooded)
        assert [flooded[s:e] for s, e in tags(flooded, re.compile(r"<meta\s", re.I))] == \
            re.findall(r"(?i)<meta\s[^>]*>", flooded)
    title = re.compile(r"<title\b", re.I)
    assert element_text(head + "<title>" * 2_000, title, "</title>") == \
        re.search(r"(?is)<title\b[^>]*>(.*?)</title>", head).group(1)
    assert element_text("<title>" * 2_000 + head, title, "</title>") == \
        re.search(r"(?is)<title\b[^>]*>(.*?)</title>", "<title>" * 2_000 + head).group(1)

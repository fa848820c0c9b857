"""What an article page states about itself in machine-readable form, before any guessing.

Four places, read with `extruct` (JSON-LD, OpenGraph), lxml (microdata) and the standard library (the rest):

* JSON-LD `NewsArticle` (or `Article`/`ReportageNewsArticle`): headline, author, publisher, datePublished,
  articleBody;
* OpenGraph and `article:*` meta tags, plus the plain `<meta name=author>` family Korean sites fill in
  (`dable:author`, `og:article:author`);
* the state a JavaScript page ships to the browser (Next.js `__NEXT_DATA__`, React Query's dehydrated
  state, ...): a page whose HTML holds no article text still carries it there, under a key such as
  `articleBody`, `contentHtml` or `content`, or as a story object's paragraphs (Arc's `content_elements`,
  with its `credits` and `first_publish_date`);
* the element the page marks as its article body with schema.org microdata (`itemprop="articleBody"`), which
  some pages use without declaring an item around it, so that no microdata reader returns it.

Values come back as the page wrote them, HTML entities decoded; deciding which one to believe is
`digest.sources.pages`' job.
"""

from __future__ import annotations

import html as html_lib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from digest.sources.markup import element_text, elements, strip_tags, tags, without_elements

ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "blogposting",
                 "opinionnewsarticle", "backgroundnewsarticle"}
AUTHOR_META = ("article:author", "og:article:author", "dable:author", "author", "byl", "twitter:creator")


@dataclass(frozen=True)
class EmbeddedFacts:
    headline: str | None = None             # JSON-LD headline
    authors: tuple[str, ...] = ()            # JSON-LD author names, in order
    publisher: str | None = None             # JSON-LD publisher name
    published: str | None = None             # JSON-LD datePublished, as written
    body: str | None = None                  # JSON-LD articleBody
    og: dict[str, str] = field(default_factory=dict)      # og:* and article:* (first value of each)
    meta_authors: tuple[str, ...] = ()       # author-like <meta> values, in AUTHOR_META order
    html_title: str | None = None            # <title>
    state_titles: tuple[str, ...] = ()       # title/headline strings in the page's script state
    state_body: str | None = None            # the longest Korean article text in the script state
    state_authors: tuple[str, ...] = ()      # bylines of the story object in the script state
    state_published: str | None = None       # its first publication time, as written
    marked_body: str | None = None           # the text of the element marked itemprop="articleBody"


# What a JSON string can hold but no text should: half a surrogate pair (`"\ud800"`, which no database can
# encode), control characters, and the bidirectional overrides and isolates that reorder what a chat shows.
_UNPRINTABLE = re.compile("[\ud800-\udfff\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def unescape(value: str | None) -> str | None:
    """Decode entities, twice when a CMS escaped them twice (`&amp;#039;`), drop what is no text, and tidy
    whitespace."""
    if value is None:
        return None
    for _ in range(2):
        value = html_lib.unescape(value)
    value = _UNPRINTABLE.sub("", value)
    value = re.sub(r"\s+", " ", value.replace("\u00a0", " ")).strip()
    return value or None


def _names(value: object) -> list[str | None]:
    """Names from a JSON-LD author/publisher value: a string, an object with `name`, or a list of them. A name
    that decodes to nothing (`&nbsp;`) stays in its place as None."""
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    if isinstance(value, dict):
        name = value.get("name")
        return _names(name) if name else []
    if isinstance(value, str) and value.strip():
        return [unescape(value)]
    return []


def _first(value: object) -> object:
    return value[0] if isinstance(value, list) and value else value


def _article_item(items: list) -> dict | None:
    """The first JSON-LD item typed as an article, looking inside `@graph` too."""
    stack = list(items)
    while stack:
        item = stack.pop(0)
        if not isinstance(item, dict):
            continue
        types = item.get("@type")
        types = types if isinstance(types, list) else [types]
        if any(str(t).lower() in ARTICLE_TYPES for t in types if t):
            return item
        stack.extend(item.get("@graph") or [])
    return None


_META_OPEN = re.compile(r"<meta\s", re.I)
_META_KEY = re.compile(r"""(?:property|name|itemprop)\s*=\s*["']([^"']+)["']""", re.I)
_CONTENT = re.compile(r"""content\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I | re.S)
_TITLE_OPEN = re.compile(r"<title\b", re.I)


def meta_tags(html: str) -> list[tuple[str, str]]:
    """(lower-case name, decoded content) of every <meta> tag in the head, in page order."""
    found = []
    head = html[:300_000]
    for start, end in tags(head, _META_OPEN):
        tag = head[start:end]
        key, content = _META_KEY.search(tag), _CONTENT.search(tag)
        if key and content:
            value = unescape(content.group(1) if content.group(1) is not None else content.group(2))
            if value:
                found.append((key.group(1).strip().lower(), value))
    return found


_SCRIPT_OPEN = re.compile(r"<script\b", re.I)
_STATE_BODY = re.compile(r'"(?:articleBody|contentHtml|articleContent|content|body|bodyHtml|html)"\s*:\s*"((?:[^"\\]|\\.){200,})"')
_STATE_TITLE = re.compile(r'"(?:title|headline|articleTitle)"\s*:\s*"((?:[^"\\]|\\.){5,300})"')
_BLOCK_END = re.compile(r"</(?:p|div|h[1-6]|li|blockquote|figcaption)>|<br\s*/?>", re.I)


def _json_string(raw: str) -> str | None:
    try:
        return json.loads(f'"{raw}"')
    except ValueError:
        return None


def scripts(html: str) -> Iterator[str]:
    """The code of each inline <script>, in page order (linear: see `digest.sources.markup`)."""
    return elements(html, _SCRIPT_OPEN, "</script>")


_FRAGMENT_DROPPED = [(re.compile(rf"<{tag}\b", re.I), f"</{tag}>") for tag in ("script", "style", "figure", "figcaption")]
_DIV_OPEN = re.compile(r"<div\b", re.I)
_CAPTION_CLASS = re.compile(r'class="[^"]*caption', re.I)


def html_fragment_text(fragment: str) -> str:
    """Paragraph text of an HTML fragment: one block a line, figures and captions dropped."""
    for opening, closing in _FRAGMENT_DROPPED:
        fragment = without_elements(fragment, opening, closing)
    fragment = without_elements(fragment, _DIV_OPEN, "</div>", where=lambda tag: bool(_CAPTION_CLASS.search(tag)))
    fragment = _BLOCK_END.sub("\n", re.sub(r"\$\$[A-Z_]+\$\$", "\n", fragment))   # ad-slot placeholders
    # Inline tags (<strong>, <a>) sit inside words and sentences: they go without a trace.
    lines = (unescape(strip_tags(line, by="")) for line in fragment.split("\n"))
    return "\n".join(line for line in lines if line)


def _hangul(text: str) -> int:
    return sum("가" <= c <= "힣" for c in text)


def marked_body(html: str) -> str | None:
    """Paragraph text of the first element marked `itemprop="articleBody"`, one block a line."""
    if "articlebody" not in html.lower():
        return None
    import lxml.html  # trafilatura's own parser; imported lazily like extruct

    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):   # empty or undecodable markup: nothing marked
        return None
    marked = root.xpath('//*[contains(concat(" ", normalize-space(@itemprop), " "), " articleBody ")]')
    if not marked:
        return None
    return html_fragment_text(lxml.html.tostring(marked[0], encoding="unicode")) or None


def script_state(html: str) -> tuple[tuple[str, ...], str | None]:
    """Titles and the longest Korean article text in the page's inline scripts (JSON state)."""
    titles: list[str] = []
    best, best_score = None, 0
    for code in scripts(html):
        if '"' not in code or len(code) < 200:
            continue
        for m in _STATE_TITLE.finditer(code):
            value = _json_string(m.group(1))
            if value and _hangul(value) >= 4 and value not in titles and (title := unescape(value)):
                titles.append(title)
        for m in _STATE_BODY.finditer(code):
            value = _json_string(m.group(1))
            if not value:
                continue
            text = html_fragment_text(value) if "<" in value else unescape(value) or ""
            if _hangul(text) > best_score:
                best, best_score = text, _hangul(text)
    return tuple(titles), best if best_score >= 100 else None


@dataclass(frozen=True)
class StoryObject:
    """An article as a content API describes it (Arc's ANS, shipped as `Fusion.globalContent = {...}`): its
    paragraphs are `content_elements` of type `text`, its writers `credits.by`, its first publication
    `first_publish_date`."""
    body: str
    authors: tuple[str, ...]
    published: str | None


_ASSIGNED_OBJECT = re.compile(r"=\s*(?=\{)")


def _story_in(value: object) -> dict | None:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            elements = item.get("content_elements")
            if isinstance(elements, list) and any(isinstance(e, dict) and e.get("type") == "text" for e in elements):
                return item
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return None


def _byline(credit: object) -> str | None:
    """A writer's credit as the page prints it: the original byline (`박선민 기자`) before the profile's name,
    which some systems store in western order (`선민 박`)."""
    if not isinstance(credit, dict):
        return None
    original = (credit.get("additional_properties") or {}).get("original") or {}
    for value in (original.get("byline") if isinstance(original, dict) else None, credit.get("byline"), credit.get("name")):
        if isinstance(value, str) and value.strip():
            return unescape(value)
    return None


def story_object(html: str) -> StoryObject | None:
    """The story object a script assigns (`... = {...}`), when the page carries one with text paragraphs."""
    decoder = json.JSONDecoder()
    for code in scripts(html):
        if '"content_elements"' not in code:
            continue
        for m in _ASSIGNED_OBJECT.finditer(code):
            try:
                value, _ = decoder.raw_decode(code, m.end())
            except (ValueError, RecursionError):   # broken, or nested deeper than the decoder goes
                continue
            story = _story_in(value)
            if story is None:
                continue
            paragraphs = [html_fragment_text(e["content"]) if "<" in e["content"] else unescape(e["content"])
                          for e in story["content_elements"]
                          if isinstance(e, dict) and e.get("type") == "text" and isinstance(e.get("content"), str)]
            credits = (story.get("credits") or {}).get("by") if isinstance(story.get("credits"), dict) else None
            authors = tuple(b for b in map(_byline, credits if isinstance(credits, list) else []) if b)
            published = story.get("first_publish_date") or story.get("display_date")
            return StoryObject("\n".join(p for p in paragraphs if p), authors,
                               published if isinstance(published, str) else None)
    return None


def _body_text(value: object) -> str | None:
    """articleBody keeps its paragraph breaks; some sites put HTML in it."""
    if not isinstance(value, str) or not value.strip():
        return None
    if "<" in value:
        return html_fragment_text(value) or None
    lines = (unescape(line) for line in html_lib.unescape(value).split("\n"))
    return "\n".join(line for line in lines if line) or None


def read_embedded(html: str, url: str | None = None) -> EmbeddedFacts:
    import extruct  # imported lazily, like trafilatura: the CLI's other commands need not pay for it

    try:
        data = extruct.extract(html, base_url=url, syntaxes=["json-ld"], uniform=True, errors="ignore")
    except Exception:   # extruct raises whatever its parsers raise on broken markup; metadata is optional
        data = {}
    item = _article_item(data.get("json-ld") or []) or {}
    metas = meta_tags(html)
    og: dict[str, str] = {}
    for key, value in metas:
        if key.startswith(("og:", "article:")) and key not in og:
            og[key] = value
    authors = tuple(v for name in AUTHOR_META for key, v in metas if key == name)
    title = element_text(html[:300_000], _TITLE_OPEN, "</title>")
    titles, state_body = script_state(html)
    story = story_object(html)
    if story and _hangul(story.body) > _hangul(state_body or ""):
        state_body = story.body
    headline = _first(item.get("headline"))
    publisher = _names(item.get("publisher"))
    return EmbeddedFacts(
        headline=unescape(headline) if isinstance(headline, str) else None,
        authors=tuple(n for n in _names(item.get("author")) if n),
        publisher=publisher[0] if publisher else None,
        published=str(_first(item.get("datePublished")) or "") or None,
        body=_body_text(item.get("articleBody")),
        og=og,
        meta_authors=authors,
        html_title=unescape(title),
        state_titles=titles,
        state_body=state_body,
        state_authors=story.authors if story else (),
        state_published=story.published if story else None,
        marked_body=marked_body(html),
    )

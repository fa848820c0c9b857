"""Web pages: an article page's main text, fetched through `digest.sources.fetching` (shared with the feed poller).

Fetching is synchronous: a poll is a handful of requests to one site, and the analysis after each page
(Kiwi) dominates anyway. Every request names the bot in its User-Agent, reaches public addresses only,
has a per-read timeout and a total deadline, retries what is worth retrying (timeouts, refused
connections, 5xx, 429) with exponential backoff, and can be conditional (ETag / Last-Modified, a 304 is
an answer, not an error).

A page's main text comes from trafilatura, which drops navigation, ads and related-headline lists (or,
on a JavaScript page whose HTML holds none, from the article data the page embeds); the rest of the
cleaning is the same `digest.text.clean` pass that files get. What the page states about itself
(`digest.sources.embedded`) gives the canonical URL, headline, outlet, reporter and publication time, chosen in
the order `digest.sources.page_metadata` documents, with origin `page`.
"""

from __future__ import annotations

import codecs
import re
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from digest.sources.embedded import EmbeddedFacts, meta_tags, read_embedded, unescape
from digest.sources.fetching import USER_AGENT, FetchError, FetchPolicy, Response, fetch  # noqa: F401  (re-exported)
from digest.sources.files import MAX_ADDRESS_BYTES, NotAnArticle, SourceText, decode_bytes
from digest.sources.markup import replace_tags, strip_tags, without_elements
from digest.sources.page_metadata import choose_headline, choose_outlet, choose_reporter
from digest.sources.xml_characters import drop_forbidden_references
from digest.text.metadata import (
    KST,
    Published,
    find_outlet_and_reporter,
    find_published,
    find_time_on_day,
    parse_published,
)

if TYPE_CHECKING:
    from trafilatura.metadata import Document

# Korean sites label CP949 pages as EUC-KR (or its old IANA names); CP949 is the superset that decodes both.
KOREAN_CHARSETS = {"euc-kr", "euckr", "ks_c_5601-1987", "ks_c_5601", "ksc5601", "x-windows-949", "windows-949",
                   "cp949", "uhc"}
TRACKING_PARAMS = re.compile(r"^(?:utm_\w+|fbclid|gclid|igshid|mc_cid|mc_eid|ref_src)$", re.I)


def is_url(value: str) -> bool:
    """An http(s) address with a host that urllib can take apart (`http://[::1` makes it raise), of at most
    MAX_ADDRESS_BYTES. The scheme is read in any case (`HTTP://`), as RFC 3986 says it is."""
    if not value.lower().startswith(("http://", "https://")) or len(value.encode("utf-8", "replace")) > MAX_ADDRESS_BYTES:
        return False
    try:
        parts = urlsplit(value)
        return bool(parts.hostname) and (parts.port or 0) >= 0
    except ValueError:
        return False


def canonical_url(url: str) -> str:
    """One spelling per article address: lower-case scheme and host, no fragment, no tracking parameters,
    query parameters sorted, default ports dropped. Used as the identity of an article across feeds."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    port = parts.port
    if port and not ((parts.scheme == "http" and port == 80) or (parts.scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    query = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not TRACKING_PARAMS.match(k))
    return urlunsplit((parts.scheme.lower(), host, parts.path or "/", urlencode(query), ""))


# ---- fetching: digest.sources.fetching (public addresses only, a deadline, a decoded byte cap) ------------------

# ---- decoding and extraction --------------------------------------------------------------------------

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)


# Python codecs that decode bytes but are no character set a page can be written in: `undefined` always
# raises, the escape codecs read Korean bytes as Latin-1 escapes. A page naming one is decoded by its bytes.
_NOT_CHARSETS = {"undefined", "unicode-escape", "raw-unicode-escape"}


def python_charset(name: str | None) -> str | None:
    if not name:
        return None
    name = name.strip().lower()
    if name in KOREAN_CHARSETS:
        return "cp949"
    try:
        return None if codecs.lookup(name).name in _NOT_CHARSETS else name
    except LookupError:
        return name   # unknown: decode_html moves on to the next declaration


def decode_html(body: bytes, header_charset: str | None = None) -> tuple[str, str]:
    """Decode a page by its HTTP charset, else its <meta charset>, else by detection (`decode_bytes`)."""
    m = _META_CHARSET.search(body[:4096])
    for declared in (header_charset, m.group(1).decode("ascii") if m else None):
        charset = python_charset(declared)
        if not charset:
            continue
        try:
            return body.decode(charset), charset
        except (LookupError, UnicodeDecodeError):
            continue
    return decode_bytes(body)


_JSONLD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')
PUBLISHED_NAMES = ("article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate",
                   "publish-date", "dcterms.date")


def meta_values(html: str, names: tuple[str, ...]) -> list[str]:
    """The `content` of <meta> tags with these property/name/itemprop values (lower-case), in page order."""
    return [value for key, value in meta_tags(html) if key in names]


_HIDDEN = [(re.compile(r"<!--"), "-->")] + [(re.compile(rf"<{tag}\b", re.I), f"</{tag}>")
                                           for tag in ("script", "style", "noscript")]


def _block_lines(html: str) -> str:
    """The page without scripts, styles and tags, a line break where a block ends."""
    for opening, closing in _HIDDEN:
        html = without_elements(html, opening, closing)
    html = re.sub(r"(?i)</(?:p|div|li|h[1-6]|tr|dd|dt|span)>|<br\s*/?>", "\n", html)
    return strip_tags(html)


def visible_text(html: str) -> str:
    """The page's text as a reader sees it (no scripts, styles or tags), on one line."""
    return re.sub(r"[ \t\u00a0]+", " ", unescape(_block_lines(html)) or "")


def visible_blocks(html: str) -> list[str]:
    """The page's text block by block (paragraphs, captions, buttons), in page order."""
    return [line for line in map(unescape, _block_lines(html).split("\n")) if line]


def _page_day(html: str, day_hint: str | None) -> str | None:
    if day_hint:
        return day_hint[:10]
    try:
        from htmldate import find_date  # trafilatura's own date finder, for pages it could not read

        return find_date(html, outputformat="%Y-%m-%d", original_date=True)
    except Exception:   # htmldate raises on markup it cannot parse; the day is then unknown
        return None


def page_published(html: str, day_hint: str | None, facts: EmbeddedFacts | None = None) -> Published | None:
    """The page's publication time: JSON-LD or a published-time meta tag to the minute, else a time the
    page's text labels (`입력 2023.11.02 20:06`), else a time written beside the day found (in the text, then
    in the page's scripts), else that day alone. Origin `page`."""
    head = html[:200_000]
    # The story object's first publication comes before the meta tags, which some systems fill with the time
    # the draft was created.
    candidates = [v for v in (facts.published, facts.state_published) if v] if facts else []
    candidates += meta_values(head, PUBLISHED_NAMES) + _JSONLD_DATE.findall(head)
    day_only = None
    shown = visible_text(html)
    for value in candidates:
        try:
            found = parse_published(value, "page")
        except ValueError:
            continue
        if found.precision == "minute":
            return _as_shown(found, shown)
        day_only = day_only or found
    labelled = find_published(shown)
    if labelled and labelled.precision == "minute":
        return Published(labelled.when, "minute", "page")
    day = day_only.when.date().isoformat() if day_only else _page_day(html, day_hint)
    if not day:
        return None
    try:
        day_published = parse_published(day, "page")
    except ValueError:
        return None
    return find_time_on_day(shown, day_published.when) or find_time_on_day(html, day_published.when) or day_published


def _as_shown(found: Published, shown: str) -> Published:
    """A time stated in UTC that the page prints, digit for digit, as its own clock time is the site's local
    time mislabelled (a CMS that appends `Z` to KST): the reader's time is the one printed. A page that also
    prints the converted KST time keeps the UTC reading."""
    if found.when.utcoffset() != timedelta(0):
        return found
    def printed(when: datetime) -> bool:
        w = when.replace(tzinfo=None)
        return re.search(rf"{w.year}\s*[-./년]\s*0?{w.month}\s*[-./월]\s*0?{w.day}\s*[.일]?\s*"
                         rf"(?:\([^)]{{1,3}}\)\s*)?0?{w.hour}:{w.minute:02d}(?!\d)", shown) is not None
    if printed(found.when) and not printed(found.when.astimezone(KST)):
        return Published(found.when.replace(tzinfo=KST), found.precision, found.origin)
    return found


@dataclass(frozen=True)
class PageArticle:
    url: str                      # canonical address (the page's own rel=canonical / og:url when it has one)
    text: str                     # main text, one paragraph a line
    title: str | None
    outlet: str | None
    reporter: str | None
    published: Published | None
    encoding: str

    def source_text(self, extra_meta: dict | None = None) -> SourceText:
        """What `NewsService.ingest_source` takes; the page's facts go in as metadata."""
        meta = {"url": self.url}
        for key in ("title", "outlet", "reporter"):
            if getattr(self, key):
                meta[key] = getattr(self, key)
        meta.update({k: v for k, v in (extra_meta or {}).items() if v})
        return SourceText(self.url, self.text, self.encoding, meta)


MIN_TEXT_CHARS = 200
_LAYOUT_TABLE = re.compile(r"</?(?:table|tbody|thead|tfoot|tr|td|th)\b", re.I)


def _hangul(text: str) -> int:
    return sum("가" <= c <= "힣" for c in text)


def _main_text(html: str, url: str) -> tuple[Document | dict[str, Any] | None, str]:
    """trafilatura's reading of the page: (document or None, text)."""
    from trafilatura import bare_extraction  # imported lazily: 0.2 s the CLI's other commands need not pay

    doc = bare_extraction(html, url=url, with_metadata=True, include_comments=False, include_tables=False,
                          favor_precision=True)
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if len(text) < MIN_TEXT_CHARS and "<table" in html.lower():
        # Older Korean sites lay the whole page out in tables, which trafilatura skips as data tables:
        # read them as plain blocks and let it find the article among them.
        retry = bare_extraction(replace_tags(html, _LAYOUT_TABLE, lambda tag: "</div>" if tag[1] == "/" else "<div>"), url=url, with_metadata=True,
                                include_comments=False, favor_precision=True)
        retry_text = (getattr(retry, "text", None) or "").strip() if retry is not None else ""
        if len(retry_text) > len(text):
            doc, text = retry, retry_text
    return doc, text


_SENTENCE = re.compile(r".+?다\.(?=\s|$)")
MAX_DESCRIPTION_CHARS = 2_000
# A description glues the lead's paragraphs together (`...돌아온다.국가대표 은퇴를 ...`) and cuts the last one
# off (`...2년 ..`): a sentence there ends at `다.` whatever follows it.
_DESCRIPTION_SENTENCE = re.compile(r".+?다\.(?=\s|$|[^\s.])")


def _with_lead(text: str, facts: EmbeddedFacts, shown: str) -> str:
    """Put back a lead paragraph the extractor dropped. The page's description quotes the lead: when its
    complete sentences are printed on the page but missing from the text, they open the text again, so
    that a later sentence referring back to them (이처럼, 이에 따라) keeps its antecedent."""
    # A lead is a few sentences; the cap keeps a description of one endless line from costing the sentence
    # search quadratic time.
    description = (facts.og.get("og:description") or "")[:MAX_DESCRIPTION_CHARS]
    sentences = _DESCRIPTION_SENTENCE.findall(description)
    if not sentences or len(sentences[0]) < 30:
        return text
    probe = _compact(sentences[0])[:40]
    if probe in _compact(text) or probe not in _compact(shown):
        return text
    missing = []                      # the lead's sentences up to the first one the text kept
    for sentence in sentences:
        if _compact(sentence)[:40] in _compact(text):
            break
        missing.append(sentence.strip())
    return " ".join(missing) + "\n" + text


# A sentence that points back at something said before it: without that, it cannot open the text.
_REFERS_BACK = re.compile(r"^[^.?!]{0,80}?(?:이처럼|이같이|이와 같이|이렇게|이 같은|이에 따라)")


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _with_antecedent(text: str, blocks: list[str]) -> str:
    """Put back the paragraph a dropped lead left on the page. When the text's first paragraph refers
    back (`... 꼽으면서 이처럼 강조했다`), the paragraph printed just before it on the page is its
    antecedent: if that is made of complete sentences and missing from the text, it goes in before it."""
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if _SENTENCE.match(line.strip())), None)
    if first is None or not _REFERS_BACK.match(lines[first].strip()):
        return text
    probe = _compact(lines[first])[:30]
    at = next((i for i, block in enumerate(blocks) if _compact(block).startswith(probe)), None)
    if not at:
        return text
    before = blocks[at - 1].strip()
    if len(before) < 30 or not re.search(r"다\.[\"'”’]?$", before) or _compact(before)[:30] in _compact(text):
        return text
    return "\n".join(lines[:first] + [before] + lines[first:])


def _loose_sentences(html: str) -> list[str]:
    """Runs of text written straight into a container, between its elements rather than in one of them
    (`<p></p> 문장. </p>`): the tails lxml reads after an element's end."""
    import lxml.html  # trafilatura's own parser; imported lazily like trafilatura

    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):   # empty or undecodable markup: nothing to recover
        return []
    tails = (" ".join((el.tail or "").split()) for el in root.iter() if not isinstance(el, lxml.html.HtmlComment))
    return [tail for tail in tails if len(tail) >= 30 and re.search(r"다\.[\"'”’]?$", tail)]


def _with_loose_paragraphs(text: str, html: str) -> str:
    """Put back paragraphs the extractor skipped between two it kept. trafilatura leaves out a paragraph
    written straight into the article's container instead of in a <p> of its own; such a run of complete
    sentences, printed on the page between two of the text's lines and missing from the text, goes back
    in between them."""
    loose = [s for s in _loose_sentences(html) if _compact(s)[:30] not in _compact(text)]
    if not loose:
        return text
    blocks = [b for b in visible_blocks(html) if b.strip()]
    compact_blocks = [_compact(b) for b in blocks]
    lines = text.split("\n")
    at, placed = 0, []                          # (line index, page block index) of each line found in order
    for i, line in enumerate(lines):
        probe = _compact(line)[:30]
        if not probe:
            continue
        j = next((k for k in range(at, len(blocks)) if compact_blocks[k].startswith(probe)), None)
        if j is not None:
            placed.append((i, j))
            at = j + 1
    keys = {_compact(s)[:30] for s in loose}
    for (i, a), (_, b) in reversed(list(zip(placed, placed[1:]))):
        between = [blocks[k].strip() for k in range(a + 1, b) if compact_blocks[k][:30] in keys]
        if between and b - a <= 4:              # next to the kept lines, not a sidebar further down
            lines[i + 1:i + 1] = between
    return "\n".join(lines)


_CLOSING_CREDIT = re.compile(r"^[\[(【<].{0,40}=.{0,40}(?:기자|특파원).{0,60}[\])】>]$")


def _article_lines(text: str, names: list[str]) -> str:
    """The article's own lines: the credit that opens the first paragraph (`[한국스포츠경제 김정희]`,
    `[인사이트] 전준강 기자 =`, `(세종=연합뉴스) 이세원 이대희 기자 =`) goes, and so does what follows a
    closing credit line (`[머니투데이방송 MTN = 유찬 기자 (e-mail)]`: the complaints desk, the footer)."""
    lines = text.split("\n")
    total = sum(len(x) for x in lines) or 1
    seen = 0
    for i, line in enumerate(lines):
        if seen / total > 0.5 and _CLOSING_CREDIT.match(line.strip()):
            lines = lines[:i]
            break
        seen += len(line)
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        m = re.match(r"^\s*([\[(【〈<])([^\])】〉>]{1,40})[\])】〉>]\s*", line)
        if m and ("=" in m.group(2) or any(n and n in m.group(2) for n in names)):
            rest = line[m.end():]
            rest = re.sub(r"^[가-힣A-Za-z·, ]{2,30}?\s*=\s*", "", rest) if re.match(r"^[^=]{2,30}=", rest) else rest
            lines[i] = rest
        break
    return "\n".join(lines)


def extract_article(html: str, url: str, encoding: str = "utf-8") -> PageArticle:
    """Main text and metadata of an article page. Raises NotAnArticle when the page has no main text.

    The text is trafilatura's, or, when trafilatura finds none, the article body the page embeds as data
    (JSON-LD articleBody, a JavaScript page's state) or marks as such (`itemprop="articleBody"`); the facts
    follow `digest.sources.page_metadata`'s order."""
    html = drop_forbidden_references(html)   # one `&#x1B;` made the parser give up on the whole page
    facts = read_embedded(html, url)
    doc, text = _main_text(html, url)
    if len(_compact(text)) < MIN_TEXT_CHARS:          # the layout's indentation is no text
        embedded = max((facts.body or "", facts.state_body or "", facts.marked_body or ""), key=_hangul)
        if _hangul(embedded) > _hangul(text):
            text = embedded
    if not text:
        raise NotAnArticle("no main text found on the page")
    shown = visible_text(html)
    text = _with_loose_paragraphs(_with_antecedent(_with_lead(text, facts, shown), visible_blocks(html)), html)
    own = getattr(doc, "url", None) or facts.og.get("og:url")
    address = canonical_url(own if own and is_url(own) else url)
    # og:site_name as written: trafilatura title-cases names that do not start upper-case ("데일리It").
    site = facts.og.get("og:site_name")
    outlet = choose_outlet(facts, text, url, getattr(doc, "sitename", None))
    credited, _ = find_outlet_and_reporter(text)
    names = [n for n in (outlet, site, facts.publisher, credited, getattr(doc, "sitename", None)) if n]
    reporter = choose_reporter(facts, text, names, getattr(doc, "author", None))
    title = choose_headline(facts, getattr(doc, "title", None), names, url, shown)
    text = _article_lines(text, names + ([reporter.split("·")[0]] if reporter else []))
    return PageArticle(address, text, title, outlet, reporter,
                       page_published(html, getattr(doc, "date", None), facts), encoding)


def fetch_article(url: str, policy: FetchPolicy | None = None) -> tuple[PageArticle, float, float]:
    """Fetch and extract one article page: (article, fetch seconds, extract seconds).
    Raises FetchError or NotAnArticle."""
    response = fetch(url, policy, accept="text/html,application/xhtml+xml;q=0.9,*/*;q=0.5")
    started = time.perf_counter()
    if response.content_type and "html" not in response.content_type and "xml" not in response.content_type:
        raise NotAnArticle(f"the address serves {response.content_type}, not a web page")
    html, encoding = decode_html(response.body, response.charset)
    article = extract_article(html, response.url, encoding)
    return article, response.seconds, time.perf_counter() - started

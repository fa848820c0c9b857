"""Web pages: an article page's main text, fetched through `digest.fetching` (shared with the feed poller).

Fetching is synchronous: a poll is a handful of requests to one site, and the analysis after each page
(Kiwi) dominates anyway. Every request names the bot in its User-Agent, reaches public addresses only,
has a per-read timeout and a total deadline, retries what is worth retrying (timeouts, refused
connections, 5xx, 429) with exponential backoff, and can be conditional (ETag / Last-Modified, a 304 is
an answer, not an error).

A page's main text comes from trafilatura, which drops navigation, ads and related-headline lists; the
rest of the cleaning is the same `digest.clean` pass that files get. The page's own metadata gives what
the text may not: canonical URL, title, outlet (`og:site_name`), reporter, and publication time
(`article:published_time` to the minute, else trafilatura's date to the day), with origin `page`.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from digest.articles import NotAnArticle, SourceText, decode_bytes
from digest.fetching import USER_AGENT, FetchError, FetchPolicy, Response, fetch  # noqa: F401  (re-exported)
from digest.metadata import Published, parse_published

# Korean sites label CP949 pages as EUC-KR (or its old IANA names); CP949 is the superset that decodes both.
KOREAN_CHARSETS = {"euc-kr", "euckr", "ks_c_5601-1987", "ks_c_5601", "ksc5601", "x-windows-949", "windows-949",
                   "cp949", "uhc"}
TRACKING_PARAMS = re.compile(r"^(?:utm_\w+|fbclid|gclid|igshid|mc_cid|mc_eid|ref_src)$", re.I)


def is_url(value: str) -> bool:
    return value.startswith(("http://", "https://"))


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


# ---- fetching: digest.fetching (public addresses only, a deadline, a decoded byte cap) ------------------

# ---- decoding and extraction --------------------------------------------------------------------------

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)


def python_charset(name: str | None) -> str | None:
    if not name:
        return None
    name = name.strip().lower()
    return "cp949" if name in KOREAN_CHARSETS else name


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


_META_TAG = re.compile(r"<meta\s[^>]*>", re.I)
_META_NAME = re.compile(r"""(?:property|name|itemprop)\s*=\s*["']([^"']+)["']""", re.I)
_CONTENT_ATTR = re.compile(r"""content\s*=\s*["']([^"']+)["']""", re.I)
_JSONLD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')
PUBLISHED_NAMES = ("article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate",
                   "publish-date", "dcterms.date")


def meta_values(html: str, names: tuple[str, ...]) -> list[str]:
    """The `content` of <meta> tags with these property/name/itemprop values (lower-case), in page order."""
    found = []
    for tag in _META_TAG.finditer(html[:200_000]):
        name, content = _META_NAME.search(tag.group(0)), _CONTENT_ATTR.search(tag.group(0))
        if name and content and name.group(1).lower() in names:
            found.append(content.group(1).strip())
    return found


def page_published(html: str, day_hint: str | None) -> Published | None:
    """The page's publication time: a published-time meta tag or JSON-LD to the minute, else the day
    trafilatura found. Origin `page`."""
    head = html[:200_000]
    candidates = meta_values(head, PUBLISHED_NAMES)
    candidates += _JSONLD_DATE.findall(head)
    for value in candidates:
        try:
            return parse_published(value, "page")
        except ValueError:
            continue
    if day_hint:
        try:
            return parse_published(day_hint[:10], "page")
        except ValueError:
            return None
    return None


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


def _reporter(author: str | None) -> str | None:
    if not author:
        return None
    m = re.search(r"([가-힣]{2,4})\s*(?:기자|특파원)?", author)
    return m.group(1) if m else None


MIN_TEXT_CHARS = 200
_LAYOUT_TABLE = re.compile(r"<(/?)(?:table|tbody|thead|tfoot|tr|td|th)\b[^>]*>", re.I)


def extract_article(html: str, url: str, encoding: str = "utf-8") -> PageArticle:
    """Main text and metadata of an article page. Raises NotAnArticle when the page has no main text."""
    from trafilatura import bare_extraction   # imported lazily: 0.2 s the CLI's other commands need not pay

    doc = bare_extraction(html, url=url, with_metadata=True, include_comments=False, include_tables=False,
                          favor_precision=True)
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if len(text) < MIN_TEXT_CHARS and "<table" in html.lower():
        # Older Korean sites lay the whole page out in tables, which trafilatura skips as data tables:
        # read them as plain blocks and let it find the article among them.
        doc = bare_extraction(_LAYOUT_TABLE.sub(r"<\1div>", html), url=url, with_metadata=True,
                              include_comments=False, favor_precision=True)
        text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise NotAnArticle("no main text found on the page")
    own = getattr(doc, "url", None)
    address = canonical_url(own if own and is_url(own) else url)
    title = getattr(doc, "title", None)
    # og:site_name as written: trafilatura title-cases names that do not start upper-case ("데일리It").
    outlet = next(iter(meta_values(html, ("og:site_name",))), None) or getattr(doc, "sitename", None)
    if outlet and "." in outlet and not re.search(r"[가-힣]", outlet):   # a bare host name is not an outlet
        outlet = None
    return PageArticle(address, text, title, outlet, _reporter(getattr(doc, "author", None)),
                       page_published(html, getattr(doc, "date", None)), encoding)


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

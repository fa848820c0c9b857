"""A fetched RSS/Atom document read into entries: repaired where Korean sites break XML, dates read leniently,
and a page that is not a feed said to be one (with the feed it links to, if any). No I/O."""

from __future__ import annotations

import hashlib
import re
import xml.sax
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any
from urllib.parse import urljoin

from digest.errors import SourceError
from digest.sources.fetching import Response
from digest.sources.markup import strip_tags, tags
from digest.sources.pages import canonical_url, is_url, python_charset
from digest.sources.xml_characters import drop_forbidden_references
from digest.text.metadata import KST, Published, parse_published, within_news_years


class FeedError(SourceError):
    """The feed could not be read; the message is the reason recorded and shown to the user."""


@dataclass(frozen=True)
class FeedEntry:
    guid: str
    link: str | None            # as published (fetched as is)
    url: str | None             # canonicalised (identity)
    title: str | None
    published: Published | None
    summary: str
    fingerprint: str


@dataclass(frozen=True)
class ParsedFeed:
    title: str | None
    entries: list[FeedEntry]


_XML_ENCODING = re.compile(rb"""(<\?xml[^>]*encoding\s*=\s*["'])([A-Za-z0-9_\-]+)(["'])""")


_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")


_ENTITY = re.compile(rb"&([A-Za-z][A-Za-z0-9]{1,31});")


_XML_ENTITIES = {b"amp", b"lt", b"gt", b"quot", b"apos"}


_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.I)


_HTML_ROOT = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]", re.I | re.S)


_LINK_OPEN = re.compile(r"<link\b", re.I)
_FEED_TYPE = re.compile(r"""type=["']application/(?:rss|atom)\+xml["']""", re.I)


_HREF = re.compile(r"""href=["']([^"']+)["']""", re.I)


def _html_entity_to_numeric(m: re.Match) -> bytes:
    import html.entities

    name = m.group(1)
    if name in _XML_ENTITIES:
        return m.group(0)
    codepoint = html.entities.name2codepoint.get(name.decode("ascii"))
    return b"&#%d;" % codepoint if codepoint else b"&amp;" + name + b";"


def _repair(body: bytes) -> bytes:
    """Fix what Korean feeds commonly get wrong, before XML parsing judges them: an `euc-kr` label on CP949
    text, control characters and references to them, HTML entities (`&nbsp;`). Byte-level is safe: in UTF-8 and CP949 the ASCII
    bytes `&`, letters after `&`, and control bytes are never part of a multi-byte character."""
    # The declaration opens the document: only the first kilobyte is searched (every `<?xml` without an
    # encoding would otherwise be tried to the end of the body).
    head = _XML_ENCODING.sub(lambda m: m.group(1) + (python_charset(m.group(2).decode()) or "utf-8").encode() + m.group(3),
                             body[:1024], count=1)
    body = head + body[1024:]
    return drop_forbidden_references(_ENTITY.sub(_html_entity_to_numeric, _CONTROL.sub(b"", body)))


def _not_a_feed(response: Response) -> FeedError:
    text = response.body[:100_000].decode("utf-8", errors="replace")
    feed = None
    link = next((text[s:e] for s, e in tags(text, _LINK_OPEN) if _FEED_TYPE.search(text[s:e])), None)
    if link and (href := _HREF.search(link)):
        feed = urljoin(response.url, href.group(1))
    hint = f"; the page names its feed: {feed}" if feed else ""
    return FeedError(f"the address serves an HTML page, not an RSS or Atom feed{hint}", "html_page", feed=feed)


_HAS_ZONE = re.compile(r"(?:[+-]\d{2}:?\d{2}|Z|GMT|UTC?|[A-Z]{3,4})\s*$")


def lenient_rfc822(raw: str) -> datetime | None:
    """An RFC 822 date as Korean feeds really write it, which feedparser gives up on:
    `Tue, 27 Dec 2005 13:30:33+0900` (no space before the zone), `Thu,28 Jul 2022 4:35:5 GMT+9`
    (no space after the comma, unpadded time, an hour offset after GMT)."""
    from email.utils import parsedate_to_datetime

    def zone(m: re.Match) -> str:
        return f" {m.group(1)}{int(m.group(2)):02d}{m.group(3) or '00'}"

    def padded(m: re.Match) -> str:
        return ":".join(f"{int(x):02d}" for x in m.groups() if x is not None)

    text = re.sub(r",(?=\S)", ", ", raw.strip())
    text = re.sub(r"\s*(?:GMT|UTC)\s*([+-])(\d{1,2})(?::?(\d{2}))?$", zone, text, flags=re.I)
    text = re.sub(r"(\d)([+-]\d{4})$", r"\1 \2", text)
    text = re.sub(r"\b(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?\b", padded, text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return when if when.tzinfo else when.replace(tzinfo=KST)


def _entry_published(entry: dict[str, Any]) -> Published | None:   # a feedparser entry, a dict subclass
    """The entry's own date, origin `feed`. A time written without a zone (`2025-09-10 13:20:00`, common
    in Korean feeds) is Korean time, not UTC as feedparser assumes; RFC 822 variants feedparser cannot read
    go through `lenient_rfc822`."""
    # dict.get: feedparser's own .get maps a missing `updated` to `published`, with a deprecation warning.
    for key in ("published", "updated", "created", "dc_date"):
        raw, parsed = str(dict.get(entry, key) or "").strip(), dict.get(entry, f"{key}_parsed")
        if raw and not _HAS_ZONE.search(raw):
            try:
                return parse_published(re.sub(r"^(\d{4})[./](\d{2})[./](\d{2})", r"\1-\2-\3", raw), "feed")
            except ValueError:
                pass
        stated = datetime(*parsed[:6]).replace(tzinfo=timezone.utc) if parsed else lenient_rfc822(raw) if raw else None
        if stated and within_news_years(stated):   # year 9999 is no date
            return Published(stated, "minute", "feed")
    return None


def entry_title(raw: str | None) -> str | None:
    """A feed entry's headline as text: markup some feeds leave in it (`<br />`) becomes a space."""
    import html as html_lib

    text = re.sub(r"\s+", " ", html_lib.unescape(strip_tags(raw or ""))).strip()
    return text or None


MAX_GUID_BYTES = 500   # an entry id longer than any feed writes is stored as its hash (ids are indexed)


def parse_feed(response: Response) -> ParsedFeed:
    """RSS 0.9x/1.0/2.0 or Atom, in any declared encoding. Raises FeedError for HTML, broken XML, or
    anything that is not a feed."""
    import feedparser

    body = response.body
    if not body.strip():
        raise FeedError("the feed is empty", "empty")
    head = body[:2048]
    if not _FEED_ROOT.search(body[:4096]) and (_HTML_ROOT.match(head) or "html" in response.content_type):
        raise _not_a_feed(response)
    utf16 = body[:2] in (b"\xff\xfe", b"\xfe\xff")
    if not utf16 and not body.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        served = f" (it serves {response.content_type})" if response.content_type else ""
        raise FeedError(f"the address does not serve an RSS or Atom feed{served}", "not_a_feed")
    headers = {"content-type": response.headers.get("content-type", "application/xml")}
    if response.charset:
        headers["content-type"] = re.sub(r"charset=[\"']?[\w\-]+[\"']?", f"charset={python_charset(response.charset)}",
                                         headers["content-type"], flags=re.I)
    parsed = feedparser.parse(body if utf16 else _repair(body), response_headers=headers)
    problem = parsed.get("bozo_exception")
    if isinstance(problem, xml.sax.SAXParseException):
        raise FeedError(f"the feed is not well-formed XML (line {problem.getLineNumber()}: {problem.getMessage()})",
                        "malformed", line=problem.getLineNumber())
    if not parsed.get("version"):
        if _HTML_ROOT.match(head):
            raise _not_a_feed(response)
        raise FeedError("the address does not serve an RSS or Atom feed", "not_a_feed")
    entries = []
    for e in parsed.entries:
        link = e.get("link")
        url = canonical_url(link) if link and is_url(link) else None
        guid = str(e.get("id") or link or e.get("title") or "").strip()
        if not guid:
            continue
        if len(guid.encode("utf-8", "replace")) > MAX_GUID_BYTES:   # indexed: kept as its hash
            guid = "sha256:" + hashlib.sha256(guid.encode("utf-8", "replace")).hexdigest()
        summary = strip_tags(e.get("summary", "") or "")
        stamp = "\x1f".join([e.get("title", "") or "", link or "", dict.get(e, "updated") or dict.get(e, "published") or "",
                             re.sub(r"\s+", " ", summary).strip()])
        entries.append(FeedEntry(guid, link if url else None, url, entry_title(e.get("title")), _entry_published(e), summary,
                                 hashlib.sha256(stamp.encode("utf-8")).hexdigest()))
    return ParsedFeed((parsed.feed.get("title") or "").strip() or None, entries)

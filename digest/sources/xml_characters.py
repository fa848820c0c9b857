"""Character references to characters no XML or HTML parser should be handed: `&#x1B;`, `&#0;`, `&#xD800;`.

Pages and feeds are read by lxml (through trafilatura) and feedparser. One such reference anywhere in a page
made lxml give up on the whole document (the article was skipped as having no text), and feedparser's
lenient mode handed half a surrogate pair on to be stored, where it cannot be encoded. The references are
dropped before parsing, as raw control bytes are: XML 1.0 allows tab, newline, carriage return and
U+0020-U+D7FF, U+E000-U+FFFD, U+10000-U+10FFFF.
"""

from __future__ import annotations

import re
from typing import TypeVar

Markup = TypeVar("Markup", str, bytes)

_TEXT = re.compile(r"&#(?:[xX]([0-9A-Fa-f]{1,8})|([0-9]{1,10}));")
_BYTES = re.compile(_TEXT.pattern.encode("ascii"))


def xml_allows(code: int) -> bool:
    return code in (0x9, 0xA, 0xD) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD or 0x10000 <= code <= 0x10FFFF


def _code(m: re.Match) -> int:
    return int(m.group(1), 16) if m.group(1) else int(m.group(2))


def drop_forbidden_references(markup: Markup) -> Markup:
    """The markup (text or bytes) without references to characters XML forbids."""
    if isinstance(markup, bytes):
        return _BYTES.sub(lambda m: m.group(0) if xml_allows(_code(m)) else b"", markup)
    return _TEXT.sub(lambda m: m.group(0) if xml_allows(_code(m)) else "", markup)

"""Text from strangers made safe to show anywhere: what a reader cannot see cannot act.

Headlines, bullets, outlet, reporter and feed names come from pages, feeds and files anyone can write, and
the user's own words are echoed back. Some characters in them do not show but act on the display: control
characters (a terminal's escape sequences that clear the screen or recolour it, a carriage return that writes
over the start of a line, the bell), bidirectional embeddings, overrides and isolates (U+202E turns the rest
of a line around, so a date or an outlet after it reads backwards), and other invisible format characters
(zero-width spaces, word joiners, the tag characters that carry invisible text), and surrogates that pair
with nothing (what bytes that are no UTF-8 become when a terminal or a JSON escape carries them: no display
shows them, UTF-8 cannot encode them and the analyser refuses them). They are removed; line and paragraph
separators become newlines. Zero-width joiners and non-joiners stay, since emoji sequences need them.

Every renderer (Slack, Discord, the terminal and the CLI, iCalendar) applies this before its own escaping.
"""

from __future__ import annotations

import re

# Unicode's format characters (category Cf) that are invisible or steer the text direction, without the
# zero-width (non-)joiner U+200C/U+200D; plus C0 and C1 controls except tab and newline, and lone surrogates
# (a str holds a paired one as a single character beyond U+FFFF, so a surrogate code point is always unpaired).
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f"
    "\ud800-\udfff\ufeff\ufff9-\ufffb\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]")
_LINE_BREAKS = re.compile("\r\n?|[\u2028\u2029\x85]")


def visible_text(text: str) -> str:
    """The text without the characters that act on a display instead of showing; line breaks kept as `\\n`."""
    return _INVISIBLE.sub("", _LINE_BREAKS.sub("\n", text))


def one_line(text: str) -> str:
    """A title, a name or an address: visible, and on one line (a line break inside one would break the
    markup around it, e.g. Slack's `*bold*`, which ends at the line's end)."""
    return " ".join(visible_text(text).split("\n"))

"""The event calendar as an iCalendar file (RFC 5545) that calendar apps import.

Dated events become all-day events spanning their period (a month-precision event spans the month), so a
calendar never shows more precision than the news gave. Undated events have no place in a calendar and
are left out.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from bot.render.cards import outlets
from bot.render.visible import visible_text
from digest.views import EventView


def _escape(text: str) -> str:
    """A TEXT value: no control characters (RFC 5545 allows none; a bare CR would end the line), the rest escaped."""
    return visible_text(text).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> list[str]:
    """Lines longer than 75 octets are folded, counting UTF-8 bytes (Korean is 3 bytes a syllable)."""
    out, current = [], ""
    for ch in line:
        if len((current + ch).encode("utf-8")) > 75:
            out.append(current)
            current = " " + ch
        else:
            current += ch
    out.append(current)
    return out


def render_ics(events: list[EventView], now: datetime | None = None) -> str:
    stamp = (now or datetime.now(timezone.utc)).astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//newsdigest//follow-up events//KO", "CALSCALE:GREGORIAN",
             "X-WR-CALNAME:newsdigest 일정"]
    for e in events:
        if e.start is None:
            continue
        start = date.fromisoformat(e.start)
        end = date.fromisoformat(e.end) if e.end else start
        by = outlets(e.sources)
        summary = e.title + (f" ({e.display_date})" if e.precision != "day" else "")
        lines += ["BEGIN:VEVENT", f"UID:{e.id}@newsdigest", f"DTSTAMP:{stamp}",
                  f"DTSTART;VALUE=DATE:{start:%Y%m%d}", f"DTEND;VALUE=DATE:{end + timedelta(days=1):%Y%m%d}",
                  f"SUMMARY:{_escape(summary)}",
                  f"DESCRIPTION:{_escape(e.evidence + chr(10) + '출처: ' + by + chr(10) + '상태: ' + e.status)}",
                  "TRANSP:TRANSPARENT", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "\r\n".join(folded for line in lines for folded in _fold(line)) + "\r\n"

"""Article metadata found in raw text: outlet, reporter and publication time.

Read from the raw text, before cleaning, because the clues live in exactly the lines cleaning removes:
credits (`[뉴스웍스=박광하 기자]`, `[서울=뉴시스]`, `<서울경제=진동영·류석 기자>`), copyright lines
(`저작권자 © 뉴스웍스`, `Copyright © 서울경제`), bylines (`기자명 박광하 기자`, `입력 2025.09.10 10:00`) and
photo captions (`... 2025.09.10. 서울=뉴시스`). A date is never guessed: no clue, no date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

KST = ZoneInfo("Asia/Seoul")


@dataclass(frozen=True)
class Published:
    when: datetime      # timezone-aware
    precision: str      # "minute" when a time was given, else "day"
    origin: str         # text | sidecar | feed | page | inferred

    def display(self) -> str:
        local = self.when.astimezone(KST)
        return local.strftime("%Y-%m-%d %H:%M" if self.precision == "minute" else "%Y-%m-%d")


# The years a publication date may fall in: from before Korea's first newspaper (1883) to far beyond any clock
# error. A date outside them is no publication date: the arithmetic around it (a story's three-day window,
# `내년`) would leave the years Python can count, and one such article stopped a whole ingest.
NEWS_YEARS = range(1800, 3000)


def within_news_years(when: datetime) -> bool:
    return when.year in NEWS_YEARS


def published_at(when: datetime, precision: str, origin: str) -> Published:
    """A publication date, or ValueError (saying why) when it falls outside NEWS_YEARS."""
    if not within_news_years(when):
        raise ValueError(f"'{when.date().isoformat()}' is no publication date "
                         f"(news is dated {NEWS_YEARS.start} to {NEWS_YEARS.stop - 1})")
    return Published(when, precision, origin)


@dataclass(frozen=True)
class TextMetadata:
    outlet: str | None
    reporter: str | None
    published: Published | None


_COPYRIGHT_OUTLET = re.compile(r"(?:저작권자|copyrights?)\s*(?:ⓒ|©|\(c\))?\s*(?:\d{4}\s*)?([가-힣A-Za-z0-9][가-힣A-Za-z0-9 .]{0,20}?)\s*(?:[.,(]|무단|all|$)", re.I)
# "[A=B]", "<A=B 기자>", "(A=B) 홍길동 기자 =", "A=B" inside a caption
_CREDIT = re.compile(r"[\[<(【〈]\s*([가-힣A-Za-z0-9 ]{1,20}?)\s*=\s*([^\]>)】〉\n]{1,40}?)\s*[\]>)】〉]")
_CAPTION_CREDIT = re.compile(r"\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\.?\s*([가-힣]{1,10})\s*=\s*([가-힣A-Za-z]{2,15})\s*$", re.M)
_REPORTER = re.compile(r"(?:기자명\s+)?([가-힣]{2,4}(?:·[가-힣]{2,4})*)\s*(?:기자|특파원)")
_LABELLED_TIME = re.compile(
    r"(?:기사\s*)?(?:입력|등록|발행|승인|송고)\s*:?\s*(\d{4})[.\-/]\s?(\d{1,2})[.\-/]\s?(\d{1,2})\.?\s*(?:(오전|오후)\s*)?(?:(\d{1,2}):(\d{2}))?"
)
_CAPTION_DATE = re.compile(r"(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})\.?\s*(?:[가-힣]{1,10}\s*=\s*[가-힣A-Za-z]{2,15}|(?:사진|뉴시스|뉴스1|연합뉴스))")


def _outlet_of_credit(left: str, right: str) -> tuple[str | None, str | None]:
    """`뉴스웍스=박광하 기자` names outlet and reporter; `서울=뉴시스` names place and outlet."""
    left, right = left.strip(), right.strip()
    reporter = _REPORTER.search(right)
    if reporter:
        # "부산=스포츠조선 선수민 기자": a place, then the outlet before the reporter's name.
        before = right[:reporter.start()].strip()
        return (before if re.fullmatch(r"[가-힣A-Za-z0-9 ]{2,15}", before) else left), reporter.group(1)
    if re.fullmatch(r"[가-힣A-Za-z0-9 ]{2,15}", right):
        return right, None
    return None, None


_CREDITED_FIRST = re.compile(r"^\s*기자명\s+([가-힣]{2,4})|[)\]]\s*([가-힣]{2,4})(?:\s+[가-힣]{2,4}){0,3}\s*(?:기자|특파원)\s*=",
                             re.M)


def find_outlet_and_reporter(text: str) -> tuple[str | None, str | None]:
    outlet = reporter = None
    for m in _COPYRIGHT_OUTLET.finditer(text):
        name = m.group(1).strip()
        if name and not re.fullmatch(r"\d+|all", name, re.I):
            outlet = name
    for m in list(_CREDIT.finditer(text)) + list(_CAPTION_CREDIT.finditer(text)):
        found_outlet, found_reporter = _outlet_of_credit(m.group(1), m.group(2))
        outlet = outlet or found_outlet
        reporter = reporter or found_reporter
    if reporter is None:
        # "(세종=연합뉴스) 이세원 이대희 민경락 기자 =": the first of the names credited.
        by = _CREDITED_FIRST.search(text)
        reporter = (by.group(1) or by.group(2)) if by else None
    return outlet, reporter


def find_published(text: str) -> Published | None:
    m = _LABELLED_TIME.search(text)
    if m:
        y, mo, d, ampm, hh, mm = m.groups()
        try:
            if hh is not None:
                hour = int(hh) % 12 + 12 if ampm == "오후" else int(hh)
                return published_at(datetime(int(y), int(mo), int(d), hour, int(mm), tzinfo=KST), "minute", "text")
            return published_at(datetime(int(y), int(mo), int(d), tzinfo=KST), "day", "text")
        except ValueError:
            pass
    m = _CAPTION_DATE.search(text)
    if m:
        try:
            return published_at(datetime(int(m[1]), int(m[2]), int(m[3]), tzinfo=KST), "day", "text")
        except ValueError:
            return None
    return None


_DATETIME = re.compile(r"(\d{4})[.\-/]\s?(\d{1,2})[.\-/]\s?(\d{1,2})\.?\s+(?:(오전|오후)\s*)?(\d{1,2}):(\d{2})")


def find_time_on_day(text: str, day: datetime) -> Published | None:
    """The first time written next to `day` in the text (`2023-11-02 20:06:13`, `2019/01/16 13:59`):
    a page whose metadata gives the day alone usually prints the minute beside the byline."""
    for m in _DATETIME.finditer(text):
        y, mo, d, ampm, hh, mm = m.groups()
        if (int(y), int(mo), int(d)) != (day.year, day.month, day.day):
            continue
        hour = int(hh) % 12 + 12 if ampm == "오후" else int(hh)
        try:
            return published_at(datetime(int(y), int(mo), int(d), hour, int(mm), tzinfo=KST), "minute", "page")
        except ValueError:
            continue
    return None


def find_metadata(text: str) -> TextMetadata:
    outlet, reporter = find_outlet_and_reporter(text)
    return TextMetadata(outlet, reporter, find_published(text))


def parse_published(value: str, origin: str) -> Published:
    """A date or datetime written by a person or a feed: `2025-09-10`, `2025-09-10 10:00`, ISO 8601."""
    value = value.strip()
    day_only = re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) is not None
    try:
        when = datetime.fromisoformat(value if day_only else value.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"'{value}' is not a date (expected YYYY-MM-DD or YYYY-MM-DD HH:MM)") from None
    return published_at(when if when.tzinfo else when.replace(tzinfo=KST), "day" if day_only else "minute", origin)

"""Delivery schedules: parsing `/subscribe` arguments and computing when a digest is due.

A schedule is a wall-clock rule in a time zone (Asia/Seoul unless the user names another):
`daily 08:00`, `weekdays 07:30`, `weekly mon 09:00`, `every 6 hours`. Period boundaries are computed
here from the rule and the clock, never from when a job happened to run, so a late or repeated run
still names the same period (the delivery's idempotency key).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from digest.errors import UserError, quoted

DEFAULT_TZ = "Asia/Seoul"
WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6,
            "월": 0, "화": 1, "수": 2, "목": 3, "금": 4, "토": 5, "일": 6}
WEEKDAY_NAMES = "월화수목금토일"


class ScheduleError(UserError, ValueError):
    """A schedule the user wrote that cannot be read; the message is Korean, for the user."""


@dataclass(frozen=True)
class Schedule:
    kind: str                 # daily | weekdays | weekly | hours
    hour: int = 8
    minute: int = 0
    weekday: int | None = None
    every_hours: int | None = None
    tz: str = DEFAULT_TZ

    def spec(self) -> str:
        """The canonical text form, stored in the database and parsed back by `parse_schedule`."""
        hm = f"{self.hour:02d}:{self.minute:02d}"
        body = {"daily": f"daily {hm}", "weekdays": f"weekdays {hm}",
                "weekly": f"weekly {list(WEEKDAYS)[self.weekday or 0]} {hm}",
                "hours": f"every {self.every_hours} hours"}[self.kind]
        return body if self.tz == DEFAULT_TZ else f"{body} {self.tz}"

    def describe(self) -> str:
        hm = f"{self.hour:02d}:{self.minute:02d}"
        text = {"daily": f"매일 {hm}", "weekdays": f"평일 {hm}",
                "weekly": f"매주 {WEEKDAY_NAMES[self.weekday or 0]}요일 {hm}",
                "hours": f"{self.every_hours}시간마다"}[self.kind]
        return text + ("" if self.tz == DEFAULT_TZ else f" ({self.tz})")

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.tz)

    def period(self) -> timedelta:
        return {"daily": timedelta(days=1), "weekdays": timedelta(days=1), "weekly": timedelta(days=7)}.get(
            self.kind, timedelta(hours=self.every_hours or 1))


DEFAULT_SCHEDULE = Schedule("daily")
_TIME = re.compile(r"^(\d{1,2}):(\d{2})$")


def _parse_time(text: str) -> tuple[int, int]:
    m = _TIME.match(text)
    if not m or int(m[1]) > 23 or int(m[2]) > 59:
        raise ScheduleError(f"'{quoted(text)}'은(는) 시각이 아닙니다. 24시간제 HH:MM으로 적어 주세요 (예: 08:00).")
    return int(m[1]), int(m[2])


def _zone(text: str) -> str:
    try:
        ZoneInfo(text)
    # OSError: the key names a folder of the zone database (`America/Argentina`) or is longer than a file name
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise ScheduleError(f"'{quoted(text)}'은(는) 알 수 없는 시간대입니다 (예: Asia/Seoul, Europe/Berlin).") from None
    return text


def parse_subscription(text: str, default: Schedule | None = None) -> tuple[str | None, Schedule]:
    """`[topic words] [daily HH:MM | weekdays HH:MM | weekly DAY HH:MM | every N hours] [Area/Zone]`;
    without a schedule, `default` (daily 08:00 unless configured), in the zone given if any."""
    default = default or DEFAULT_SCHEDULE
    words = text.split()
    tz = default.tz
    if words and "/" in words[-1]:
        tz = _zone(words.pop())
    schedule = None
    for i, word in enumerate(words):
        low = word.lower()
        rest = words[i + 1:]
        if low in ("daily", "weekdays", "매일", "평일"):
            if len(rest) != 1:
                raise ScheduleError(f"'{word}' 다음에는 시각 하나가 와야 합니다 (예: {word} 08:00).")
            kind = "daily" if low in ("daily", "매일") else "weekdays"
            schedule = Schedule(kind, *_parse_time(rest[0]), tz=tz)
        elif low in ("weekly", "매주"):
            if len(rest) != 2 or rest[0].lower()[:3] not in WEEKDAYS and rest[0][:1] not in WEEKDAYS:
                raise ScheduleError("weekly 다음에는 요일과 시각이 와야 합니다 (예: weekly mon 09:00).")
            day = WEEKDAYS.get(rest[0].lower()[:3], WEEKDAYS.get(rest[0][:1]))
            schedule = Schedule("weekly", *_parse_time(rest[1]), weekday=day, tz=tz)
        elif low == "every":
            # isdecimal, not isdigit: `²` is a digit to Python but int() refuses it
            if len(rest) != 2 or not rest[0].isdecimal() or rest[1].lower() not in ("hours", "hour", "h", "시간"):
                raise ScheduleError("every 다음에는 시간 수가 와야 합니다 (예: every 6 hours).")
            hours = int(rest[0]) if len(rest[0]) <= 4 else 0   # thousands of digits: out of range, unread
            if not 1 <= hours <= 24:
                raise ScheduleError("every N hours의 N은 1에서 24 사이여야 합니다.")
            schedule = Schedule("hours", 0, 0, every_hours=hours, tz=tz)
        else:
            continue
        topic = " ".join(words[:i]).strip() or None
        return topic, schedule
    if any(_TIME.match(w) for w in words):
        raise ScheduleError("시각 앞에 daily, weekdays 또는 weekly DAY를 적어 주세요 (예: daily 08:00).")
    return (" ".join(words).strip() or None), replace(default, tz=tz)


def parse_schedule(spec: str) -> Schedule:
    topic, schedule = parse_subscription(spec)
    if topic:
        raise ScheduleError(f"'{spec}' is not a schedule")
    return schedule


def _candidates(s: Schedule, local: datetime) -> list[datetime]:
    """Scheduled instants on the local day of `local` (in s's zone), earliest first."""
    day = local.date()
    if s.kind == "hours":
        step = s.every_hours or 1
        return [datetime.combine(day, time(h), s.zone) for h in range(0, 24, step)]
    at = datetime.combine(day, time(s.hour, s.minute), s.zone)
    if s.kind == "weekdays" and day.weekday() >= 5:
        return []
    if s.kind == "weekly" and day.weekday() != s.weekday:
        return []
    return [at]


def latest_due(s: Schedule, now: datetime) -> datetime:
    """The last scheduled instant at or before `now` (looks back at most eight days)."""
    local = now.astimezone(s.zone)
    for back in range(0, 9):
        for at in reversed(_candidates(s, local - timedelta(days=back))):
            if at <= now:
                return at
    raise AssertionError("every schedule fires at least weekly")


def next_due(s: Schedule, now: datetime) -> datetime:
    local = now.astimezone(s.zone)
    for ahead in range(0, 9):
        for at in _candidates(s, local + timedelta(days=ahead)):
            if at > now:
                return at
    raise AssertionError("every schedule fires at least weekly")

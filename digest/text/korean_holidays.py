"""Korean holidays and commemorative days by name, for the date resolver.

Lunar days (설날, 추석, 부처님오신날, 정월대보름, 단오, 칠석) are converted with the maintained
`korean-lunar-calendar` package (KASI's tables), never with dates typed in here; 부활절 (Easter) is reckoned by
`python-dateutil`; solar ones are fixed by law or custom. A holiday's 연휴 is the day before, the day and the day
after for 설날 and 추석, as the law names them; for a one-day public holiday it is the day with the weekend it touches
(`개천절 연휴` of a Friday is Friday to Sunday), and the day alone when it touches none. Substitute days are not part
of the name.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateutil.easter import easter
from korean_lunar_calendar import KoreanLunarCalendar

# surface forms -> (calendar, month, day); "lunar" days are converted per year
_HOLIDAYS = (
    (("신정", "새해 첫날"), "solar", 1, 1),
    (("설날", "설", "구정"), "lunar", 1, 1),
    (("정월대보름", "정월 대보름", "대보름"), "lunar", 1, 15),
    (("밸런타인데이",), "solar", 2, 14),
    (("삼일절", "3·1절", "3.1절", "3ㆍ1절"), "solar", 3, 1),
    (("화이트데이",), "solar", 3, 14),
    (("만우절",), "solar", 4, 1),
    (("식목일",), "solar", 4, 5),
    (("부처님오신날", "부처님 오신 날", "석가탄신일"), "lunar", 4, 8),
    (("어린이날",), "solar", 5, 5),
    (("어버이날",), "solar", 5, 8),
    (("스승의 날", "스승의날"), "solar", 5, 15),
    (("단오",), "lunar", 5, 5),
    (("현충일",), "solar", 6, 6),
    (("제헌절",), "solar", 7, 17),
    (("칠석",), "lunar", 7, 7),
    (("8·15 광복절", "8.15 광복절", "광복절"), "solar", 8, 15),
    (("추석", "한가위", "추석절"), "lunar", 8, 15),  # (추석절: the older papers' name)
    (("국군의 날", "국군의날"), "solar", 10, 1),
    (("개천절",), "solar", 10, 3),
    (("한글날",), "solar", 10, 9),
    (("핼러윈", "핼로윈", "할로윈"), "solar", 10, 31),
    (("빼빼로데이",), "solar", 11, 11),
    (("크리스마스 이브", "크리스마스이브"), "solar", 12, 24),
    (("크리스마스", "성탄절", "기독탄신일"), "solar", 12, 25),
    # the Sunday after the first full moon of spring, by the Gregorian reckoning Korean churches keep
    (("부활절",), "easter", 0, 0),
)
_DAYS = {re.sub(r"\s", "", name): (kind, month, day) for names, kind, month, day in _HOLIDAYS for name in names}

# Names long enough to read anywhere; the bare "설" (also "theory", "rumour") only before a holiday word or as the
# limit of what is extended ("설까지 지속됩니다"); before a ticket ("설 열차승차권", "설 승차권") it is the holiday
# travelled for.
NAMES = sorted((n for names, *_ in _HOLIDAYS for n in names if n not in ("설", "구정", "단오", "칠석", "대보름", "부활절")),
               key=len, reverse=True)
# A holiday told with its year word right before it (`올해 설`, `이번 설`, `지난해 부활절`): that year's one
_AFTER_YEAR_WORD = r"(?:(?<=올해 )|(?<=내년 )|(?<=지난해 )|(?<=작년 )|(?<=전년 )|(?<=금년 )|(?<=올 )|(?<=이번 ))"
HOLIDAY_PATTERN = (r"(?P<hol>" + "|".join(re.escape(n).replace(r"\ ", r"\s?") for n in NAMES)
                   + r"|(?:설|구정)(?=\s?(?:연휴|명절|당일|전날|다음\s?날|을\s?앞두|을\s?맞|맞이|대목|귀성|직전|직후|특수|(?:열차\s?)?승차권|기차표|열차표)|까지\s?(?:지속|연장|유지))"
                   # "설과 정월 대보름을 맞아", "설·추석": coordinated with another holiday, it is the holiday too
                   + r"|(?<![가-힣])(?:설|구정)(?=(?:과|·|,)\s?(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s?") for n in NAMES)
                   + r"|단오|칠석|대보름))"
                   + r"|(?:단오|칠석|대보름)(?=\s?(?:날|에|을|를|맞|행사|축제|잔치))"
                   # "올해 설 기차표": told with its year word, the one 설 a year has; "이번 설에도": this year's, nearest
                   + r"|" + _AFTER_YEAR_WORD + r"(?:설|구정)"
                   # ("전년 설과 마찬가지로 고속도로 통행료가 면제된다": compared with it)
                   r"(?=[^가-힣]|(?:에(?:는|도)?|은|는|도|의|엔|까지|부터|과)?(?![가-힣]))"
                   # "올해 부활절은": Easter told with its year word, ending there (alone, "부활절은 3월21일 춘분 후 …" is
                   # any year's rule, and before a noun, "올해 부활절 연합예배가", it names the service, dated apart)
                   + r"|" + _AFTER_YEAR_WORD + r"부활절"
                   r"(?:(?=(?:에(?:는|도)?|은|는|도|의|엔|까지|부터|인)(?![가-힣]))|(?![가-힣]|\s[가-힣])))")
# 설날 and 추석 come with a three-day 연휴 in law.
HAS_HOLIDAYS = ("설날", "설", "구정", "추석", "한가위", "추석절")
# One-day public holidays (공휴일), every surface form of each: a 연휴 of theirs is the day joined to the weekend beside
# it. Not 신정, whose 연휴 the law once made two or three days long.
_PUBLIC = ("삼일절", "부처님오신날", "어린이날", "현충일", "광복절", "개천절", "한글날", "크리스마스")
DAYS_OFF = frozenset(re.sub(r"\s", "", n) for names, *_ in _HOLIDAYS if set(names) & set(_PUBLIC) for n in names)


# Lunar dates converted so far: a calendar fact, the same for every article, and costly to work out (about 15 ms
# each), so kept for the process's life (a few holidays a year; no text is kept).
_SOLAR: dict[tuple[int, int, int], date | None] = {}


def _lunar_to_solar(year: int, month: int, day: int) -> date | None:
    key = (year, month, day)
    if key not in _SOLAR:
        if len(_SOLAR) >= 4096:
            _SOLAR.clear()                  # text naming years by the thousand keeps no more than this
        cal = KoreanLunarCalendar()
        _SOLAR[key] = date.fromisoformat(cal.SolarIsoFormat()) if cal.setLunarDate(year, month, day, False) else None
    return _SOLAR[key]


def lunar_day(year: int, month: int, day: int) -> date | None:
    """The solar day of a lunar date told in the text ("음력 1월 14일" of lunar year 2018 -> 2018-03-01)."""
    return _lunar_to_solar(year, month, day)


def holiday(name: str, year: int) -> date | None:
    """The day a holiday name falls on in a (solar) year: 추석 2015 -> 2015-09-27."""
    kind, month, day = _DAYS[re.sub(r"\s", "", name)]
    if kind == "easter":
        return easter(year)
    if kind == "solar":
        return date(year, month, day)
    return _lunar_to_solar(year, month, day)


def holiday_span(name: str, year: int, with_holidays: bool) -> tuple[date, date] | None:
    """The day, or with `with_holidays` the 연휴 (day before to day after) of 설날/추석."""
    d = holiday(name, year)
    if d is None:
        return None
    key = re.sub(r"\s+", "", name)
    if with_holidays and key in HAS_HOLIDAYS:
        return d - timedelta(days=1), d + timedelta(days=1)
    if with_holidays and key in DAYS_OFF:
        start, end = d, d
        while (start - timedelta(days=1)).weekday() >= 5:  # Saturday 5, Sunday 6
            start -= timedelta(days=1)
        while (end + timedelta(days=1)).weekday() >= 5:
            end += timedelta(days=1)
        return start, end
    return d, d


# Ordinal weekdays: "10월 첫째 화요일", "3월 마지막 월요일".
ORDINALS = {"첫째": 1, "첫": 1, "첫번째": 1, "첫 번째": 1, "둘째": 2, "두번째": 2, "두 번째": 2, "셋째": 3,
            "세번째": 3, "세 번째": 3, "넷째": 4, "네번째": 4, "네 번째": 4, "다섯째": 5, "마지막": -1}


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date | None:
    """The nth (1-5, or -1 for the last) given weekday (Monday 0) of a month; None when there is none."""
    if nth == -1:
        nxt = date(year + (month == 12), month % 12 + 1, 1)
        last = nxt - timedelta(days=1)
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    d = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    return d if d.month == month else None

"""Date expressions of one sentence read together, after each was resolved on its own.

`digest.text.timex` resolves every expression against the publication day. Some only make sense beside another:

- a range "3월 17일부터 25일까지" is one span (3/17-3/25): the open end takes its month and year from the
  other end, and the span is dated by its start;
- "수요일인 9일", "19일 화요일", "14일(목요일)": the 9th that is a Wednesday, and the weekday is that day;
  "이튿날인 26일", "전날(14일)": the day word is the day it names;
- "전날", "다음날", "이튿날", "이날", "당일" count from the last day the sentence names ("21일 ... 전날 오후"
  is the 20th), else from the publication day;
- "지난 2008년 4월과 9월": a date listed after one with a year takes that year;
- every expression gets a role: what it is to the sentence (see `TimeExpr.role`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Callable, TypedDict, Unpack

from digest.text.korean_holidays import HOLIDAY_PATTERN
from digest.text.time_expression import TimeExpr

PRECISION_ORDER = ("day", "week", "month", "quarter", "half", "year", "none")
WEEKDAYS = "월화수목금토일"


@dataclass
class Found:
    """An expression with the match and resolver that made it, so it can be resolved again."""
    expr: TimeExpr
    match: re.Match
    resolve: Callable


Again = Callable[[Found, date, str], TimeExpr | None]

# An expression whose text fixes it by itself (a year, or a word counted from the publication day); the
# other end of a range, or a date listed after it, is read relative to it.
_ANCHORED = re.compile(r"(?:19|20)\d\d|\d\d년|올해|금년|내년|지난|작년|오는|이달|이번|다음|내달|저번|전월|익월|금월|"
                       r"오늘|내일|어제|모레|그제|전날|이튿날|이날|당일|올\s|같은\s?해|이듬해|그\s?해|다음\s?해")
_DAY_WORD = re.compile(r"^(?:전날|전일|전\s?거래일|다음\s?날|이튿날|이날|이\s날|같은\s?날|당일)")
_DAY_OFFSETS = {"전날": -1, "전일": -1, "다음날": 1, "이튿날": 1, "이날": 0, "같은날": 0, "당일": 0}


def previous_trading_day(d: date) -> date:
    """"전 거래일": the weekday before `d` (a Monday's close is told against Friday's; holidays are not known here)."""
    d -= timedelta(days=1)
    while d.weekday() >= 5:
        d -= timedelta(days=1)
    return d


def _counted_from(anchor: date, word: str) -> date:
    word = re.sub(r"\s", "", word)
    return previous_trading_day(anchor) if word == "전거래일" else anchor + timedelta(days=_DAY_OFFSETS[word])
# "같은 날" refers back to a day told before it; with none in the sentence that day is in another sentence
_SAME_DAY = re.compile(r"^같은\s?날")
_WEEKDAY = re.compile(r"^([월화수목금토일])요일")
_WEEK_WORD_WEEKDAY = re.compile(r"(?:이번|다음|지난|저번|내|오는)\s?주\s?[월화수목금토일]요일")
# Between a day and the word that describes it: "수요일인 9일", "수요일이었던 이달 1일", "9일 수요일", "14일(목요일)",
# "10일이 금요일".
_APPOSITION = re.compile(r"^(?:\s*|인\s*|(?:이었|였)던\s*|\s*\(\s*|\)\s*\(\s*|자\s*\(\s*|[이은는]\s+|,\s*)$")
_COMPARED_WITH = re.compile(r"\s*(?:보다|대비|에\s?비해)")
_LISTED = re.compile(r"^(?:\s*\([^()]*\))?\s*(?:과|와|및|,|·|이나|또는)\s*$")  # "올 1분기(43조원)와 2분기"
_DOCUMENT = re.compile(r"^(?:\s+[가-힣A-Za-z·]+){0,2}?\s*[가-힣]*(?:계획|로드맵|비전|전략|예산안?|보고서|백서|요항|지정안|"
                       r"방안|플랜|가이드라인|규칙|지침|올림픽|월드컵|아시안게임|엑스포|유니버시아드)(?=[^가-힣]|[을를이가은는의에과와도]|$)")


_NUMBERED = re.compile(r"\d+일|\d\Z")  # ("23(금)": a day whose 일 a notice left out)
_COUNTED_DAYS = re.compile(r"\d+일\s?(?:전|후|뒤)$")
_DAY_NUMBER = re.compile(r"(\d{1,2})일")


def _numbered_day(f: Found) -> date | None:
    """The day a single numbered day ("9일", "3월 9일") names; None for any other expression."""
    e = f.expr
    is_numbered = (e.precision == "day" and e.date is not None and e.date == e.end_date and _NUMBERED.search(e.text) is not None
                   and _COUNTED_DAYS.search(e.text) is None)  # "500일 전" is a count, not a numbered day
    return e.date if is_numbered else None


def direction(start: date | None, end: date | None, p: date) -> str:
    """Where a period lies relative to publication: "past", "present" or "future"."""
    if start is None or end is None:
        return "future"  # 곧/조만간/향후/추후 all point forward
    return "past" if end < p else "future" if start > p else "present"


class _AlsoChanged(TypedDict, total=False):
    counted_from: str | None


def _set(f: Found, p: date, start: date | None, end: date | None, **changes: Unpack[_AlsoChanged]) -> None:
    f.expr = replace(f.expr, date=start, end_date=end, direction=direction(start, end, p), **changes)


def _fit_weekday(f: Found, named: date, weekday: int, p: date) -> date:
    """Move a partial day ("9일", "9월 3일"), `named` now, to a candidate that falls on the weekday: the nearest
    within the usual window (the month before to the month after, or the year before to the year after), else
    the nearest further out on the side of publication the wording chose. Returns the day it names then."""
    g = f.match.groupdict()
    if named.weekday() == weekday or g.get("y") or g.get("yw") or g.get("dir") or g.get("mw") or not g.get("d"):
        return named
    day, month = int(g["d"]), int(g["m"]) if g.get("m") else None

    def cands(months: range) -> list[date]:
        out = []
        for k in months:
            n = p.year * 12 + p.month - 1 + k
            y, mon = n // 12, n % 12 + 1
            if month is None or mon == month:
                try:
                    d = date(y, mon, day)
                except ValueError:
                    continue
                if d.weekday() == weekday:
                    out.append(d)
        return out

    near = cands(range(-12, 13) if month is not None else range(-1, 2))
    # a bare day whose weekday fits no month around publication was mistyped ("월요일인 28일" on a Tuesday 28th):
    # it keeps its day rather than jump months away; a day with its month may sit in another year
    far = [d for d in cands(range(-36, 37)) if (d >= p) == (named >= p)] if month is not None else []
    if near or far:
        best = min(near or far, key=lambda d: abs((d - named).days))
        _set(f, p, best, best)
        return best
    return named


_COUNT_OF_DAYS = re.compile(r"^(?:\d{1,3}\s?일|하루|이틀|사흘|나흘|닷새|엿새|이레|열흘|보름)\s?(?:뒤|후|전)")


# "일주일 뒤", "1주일 후": a count of weeks after a day, counted in days ("오는 21일에 … 발표하고, 일주일 뒤" is the 28th)
_COUNT_OF_WEEKS = re.compile(r"^(?:(?P<n>\d)\s?주일?|(?P<one>일주일))\s?(?P<rel>뒤|후)")


def _counted_from_then(sentence: str, p: date, found: list[Found], again: Again,
                       article_day: date | None = None) -> None:
    """"다음 달 12일까지 … 그로부터 이틀 뒤", "3월 2일에는 …, 하루 뒤에는": a count of days (or weeks) after a day the
    sentence named starts at that day, not at publication; with none named, a count after (뒤/후) starts at the
    article's day still ahead (`article_day`: "오는 4월3일 … 개막전" then "수원 삼성은 1주일 뒤 … 첫 경기를 갖는다")."""
    anchor: date | None = None
    for f in found:
        since = anchor if anchor is not None else article_day if article_day is not None and article_day > p else None
        weeks = _COUNT_OF_WEEKS.match(f.expr.text)
        if since is not None and weeks:  # `_COUNT_OF_WEEKS` reads only counts after (뒤/후)
            d = since + timedelta(weeks=int(weeks["n"] or 1))
            _set(f, p, d, d, counted_from="sentence" if anchor is not None else "article")
            f.expr = replace(f.expr, precision="day")
        elif (since is not None and (days := _COUNT_OF_DAYS.match(f.expr.text))
                and (anchor is not None or not days.group(0).endswith("전"))
                and (e := again(f, since, "unknown")) is not None and e.date is not None):
            _set(f, p, e.date, e.end_date, counted_from="sentence" if anchor is not None else "article")
        if (numbered := _numbered_day(f)) is not None:
            anchor = numbered


def _holiday_numbered(word: Found, day: Found, named: date, p: date, again: Again) -> date | None:
    """"추석 전날인 12일": the day of the holiday (or of its eve, its first day…) in the year before, of or after
    publication that carries the number of the day glossing it, the nearest to publication; None when none does.
    A day told with its month ("제헌절인 7월 17일(월)") is a whole date: the holiday is in its year when it falls on it."""
    if day.match.groupdict().get("m") and (r := again(word, named, "unknown")) is not None and r.date == r.end_date == named:
        return named
    held = {r.date for k in (-1, 0, 1) if (r := again(word, p.replace(year=p.year + k, day=min(p.day, 28)), "unknown"))
            is not None and r.date is not None and r.date == r.end_date}
    cands = {d for d in held if d.day == named.day}
    if not cands:
        # "추석연휴마지막날인 13일" (27 August 1992, when a Sunday made the break four days long): a day a break is
        # stretched to by the calendar lies next to the holiday as the law counts it, in its month, not a month away
        cands = {near for d in held for k in (-2, -1, 1, 2) if (near := d + timedelta(days=k)).day == named.day}
    return min(cands, key=lambda d: abs((d - p).days)) if cands else None


def _appositions(sentence: str, p: date, found: list[Found], again: Again | None = None) -> set[int]:
    """Weekdays and day words next to a numbered day take that day; returns the indexes so set."""
    done: set[int] = set()
    for i in range(len(found) - 1):
        for a, b in ((i, i + 1), (i + 1, i)):
            day, word = found[a], found[b]
            gap = sentence[min(day.expr.end, word.expr.end):max(day.expr.start, word.expr.start)]
            if (named := _numbered_day(day)) is None or _numbered_day(word) is not None or not _APPOSITION.match(gap):
                continue
            if b > a and _COMPARED_WITH.match(sentence, word.expr.end):
                continue  # "토요일인 2일은 오늘보다 기온이 더 오르고": a day compared with another is not that day
            if b > a and _HEADS_AN_APPOSITION.match(sentence, word.expr.start - 2, word.expr.end):
                continue  # "음력 5일인 이날": what stands before 이날 glosses the story's day (see _anchored_day_words)
            if (wd := _WEEKDAY.match(word.expr.text)) is not None:
                if _WEEKDAY_LISTED.search(sentence, 0, word.expr.start):
                    # "금요일과 토요일 27일과 28일": weekdays and days listed each, paired respectively; the last
                    # weekday is the last day of the list that follows
                    listed = [day]
                    for nxt in found[max(a, b) + 1:]:
                        if _numbered_day(nxt) is None or not _LISTED.match(sentence[listed[-1].expr.end:nxt.expr.start]):
                            break
                        listed.append(nxt)
                    if b < a and len(listed) > 1 and (last := _numbered_day(listed[-1])) is not None:
                        _set(word, p, last, last)
                        done.add(b)
                    continue
                named = _fit_weekday(day, named, WEEKDAYS.index(wd[1]), p)
            elif not (_DAY_WORD.match(word.expr.text) or re.match(r"^(?:오늘|내일|어제|모레|그제)", word.expr.text)
                      or (b < a and (word.expr.precision == "day" or _COUNTED_BACK.search(word.expr.text))
                          and re.match(r"인\s*$", gap))):
                continue  # any other day is the numbered day only when it says so: "설 연휴 전날인 오는 27일"
            elif (b < a and (told := word.expr.date) is not None and _WEEK_WORD_WEEKDAY.fullmatch(word.expr.text)
                  and (in_week := [d for k in range(-7, 8) if (d := told + timedelta(days=k)).day == named.day])):
                # "다음주 일요일인 12일은 … 지정되지 않았다": the week the weekday is told in fixes the bare day's month
                # (the day its number names within a week of it: weeks are counted from Sunday or from Monday), not
                # the tense of a verb about something else
                named = min(in_week, key=lambda d: (abs((d - told).days), abs((d - p).days)))
                _set(day, p, named, named)
            if b > a and re.match(r"^(?:내일|모레|어제|그제)", word.expr.text) and word.expr.date is not None \
                    and word.expr.date.day != named.day:
                continue  # "도선관위는 25일 내일부터 이틀 동안 … 접수한다고 밝혔다": the day said, then the day after it
            if (b < a and again is not None and _holiday_day(word) is not None
                    and (held := _holiday_numbered(word, day, named, p, again)) is not None):
                # "추석 전날인 12일": the holiday fixes the month and year of the bare day that glosses it, never the
                # other way round (a day the tense alone placed, 12 August, is no eve of 추석)
                if not day.match.groupdict().get("m"):
                    _set(day, p, held, held)
                _set(word, p, held, held)
                done.add(b)
                continue
            if word.expr.counted_from == "sentence" and word.expr.date and word.expr.date.day == named.day:
                _set(day, p, word.expr.date, word.expr.date)  # "그로부터 이틀 뒤인 14일": the count names the month
                continue
            if (b < a and _ORDINAL_WEEKDAY_NAMED.match(word.expr.text) and word.expr.date
                    and word.expr.date.day == named.day):
                # "지난해에도 3월 마지막 금요일인 27일에": the weekday of a month named before the day gives its month and year
                _set(day, p, word.expr.date, word.expr.date)
                continue
            if (rel := _DAY_WORD.match(word.expr.text)) and (near := _next_to_day_before(found[:min(a, b)], rel.group(0), named)):
                # "8월 7일(미국 현지시간) 공개 후 … 바로 다음 날인 9일": the day next to the day named before, give or take
                # a time zone, not a 9th near publication
                named = near
                _set(day, p, named, named)
            _set(word, p, named, named, counted_from="sentence" if _DAY_WORD.match(word.expr.text) else None)
            word.expr = replace(word.expr, precision="day")  # "2주 전인 17일": the count names that day
            done.add(b)
    for i, (weekend, weekday) in enumerate(zip(found, found[1:])):
        # "주말인 토요일 오늘날씨는": the weekend glossed by one of its days is that day
        if (_WEEKEND_WORD.fullmatch(weekend.expr.text) and _WEEKDAY.match(weekday.expr.text)
                and re.fullmatch(r"인\s*", sentence[weekend.expr.end:weekday.expr.start])
                and weekday.expr.date is not None and weekday.expr.date == weekday.expr.end_date
                and weekend.expr.date is not None and weekend.expr.end_date is not None
                and weekend.expr.date <= weekday.expr.date <= weekend.expr.end_date):
            _set(weekend, p, weekday.expr.date, weekday.expr.date)
            done.add(i)
    return done


_WEEKEND_WORD = re.compile(r"(?:이번\s?)?주말")


def _next_to_day_before(before: list[Found], word: str, named: date) -> date | None:
    """For "전날/다음 날/이튿날인 9일": the day numbered so within two days of the day next to the last numbered day
    told before, when that is not the one `named` already is."""
    offset = _DAY_OFFSETS.get(re.sub(r"\s", "", word), 0)
    days = [d for f in before if (d := _numbered_day(f)) is not None]
    if not offset or not days:
        return None
    want = days[-1] + timedelta(days=offset)
    near = [d for k in (0, 1, -1, 2, -2) if (d := want + timedelta(days=k)).day == named.day]
    return near[0] if near and near[0] != named else None


_ORDINAL_WEEKDAY_NAMED = re.compile(r"\d{1,2}월\s*(?:의\s*)?(?:첫|둘|셋|넷|다섯|마지막)[가-힣]*\s*(?:주\s*)?[월화수목금토일]요일$")
_COUNTED_BACK = re.compile(r"(?:\d+|[한두세네넉])\s?(?:일|주일?|개월|달|년|해)\s?(?:전|후|뒤)$")
_WEEKDAY_LISTED = re.compile(r"[월화수목금토일]요일\s*(?:과|와|,|및)\s*$")
_WEEKDAY_MARK = re.compile(r"\s*\(([월화수목금토일])\)")


def _marked_weekday(sentence: str, f: Found) -> int | None:
    """The weekday (Monday 0) noted in brackets right after the expression (`18일(수)`), else None."""
    m = _WEEKDAY_MARK.match(sentence, f.expr.end)
    return WEEKDAYS.index(m[1]) if m else None


def _weekday_fits(sentence: str, f: Found) -> bool:
    """The expression is followed by a weekday in brackets that its day as read falls on."""
    return f.expr.date is not None and f.expr.date.weekday() == _marked_weekday(sentence, f)


def _abbreviated_weekdays(sentence: str, p: date, found: list[Found]) -> None:
    """"6일(화)", notices' short weekday: the 6th that is a Tuesday."""
    for f in found:
        if (named := _numbered_day(f)) is not None and (weekday := _marked_weekday(sentence, f)) is not None:
            _fit_weekday(f, named, weekday, p)


# "22일 한미정상회담을 앞두고 이날 오전 …": the day awaited is not the day the sentence tells
AWAITED = re.compile(r"\s*(?:[^\s,.]+\s){0,3}?[^\s,.]*[을를]\s?앞두고")


def _anchored_day_words(sentence: str, p: date, found: list[Found], done: set[int],
                        pointed_back: Callable[[str, str], date | None]) -> None:
    """전날/다음날/이튿날/이날/당일 count from the last numbered day before them, else (같은 날, 다음 날, 이튿날) from
    the article's last day (`pointed_back`), else the publication day."""
    anchor: date | None = None
    anchor_end = 0
    for i, f in enumerate(found):
        m = _DAY_WORD.match(f.expr.text)
        if (anchor is not None and m and _SPAN_OPENED.fullmatch(sentence, anchor_end, f.expr.start)
                and (m.group(0) == "전날" or _SAME_DAY_WORD.match(m.group(0)) and _SPAN_CLOSED.match(sentence, f.expr.end))):
            # "지난해 3월 5일부터 전날까지": the end of a span from a day is not that day's eve (it would come before
            # the start) but publication's ("10일 밤부터 이튿날 새벽까지" does count from the start); nor is
            # "지난달 27일부터 이날까지", "지난 24일(113명) 이후 이날까지" that same day again, but the story's
            anchor = None
        if (anchor is not None and m and _THIS_DAY_WORD.match(m.group(0))
                and _DESCRIBES_TOPIC.match(sentence, anchor_end, f.expr.start)):
            # "지난 6일 … 발생한 '구촐'은 … 이날 오전 9시를 기해 격상됐다": a day in a clause describing the topic is not
            # the day the sentence tells; 이날 is the story's
            anchor = None
        if (anchor is not None and m and _THIS_DAY_WORD.match(m.group(0))
                and _DAYS_GONE_BY.search(sentence, anchor_end, f.expr.start)):
            # "지난 12일 … 지진 이후 엿새가 지났음에도 … 이날 밤사이": days have gone by since that day; 이날 is the story's
            anchor = None
        if anchor is not None and m and _HEADS_AN_APPOSITION.match(sentence, f.expr.start - 2, f.expr.end):
            # "광복절 연휴 마지막 날인 이날", "칩거 5일만인 이날", "음력 5일인 이날": 이날 heads what glosses it; it is the
            # story's day, whatever day the gloss counts from
            anchor = None
        if m and i not in done:
            if anchor is None and (told := pointed_back(m.group(0), sentence[:f.expr.start])) is not None:
                _set(f, p, told, told, counted_from="article")
            elif anchor is None:
                f.expr = replace(f.expr, counted_from="publication")
            else:
                d = _counted_from(anchor, m.group(0))
                _set(f, p, d, d, counted_from="sentence")
        if (numbered := _numbered_day(f) or _holiday_day(f) or _this_day(f) or _one_day_named(f, _WEEKDAY_ALONE)) is not None \
                and not AWAITED.match(sentence, f.expr.end):
            anchor, anchor_end = numbered, f.expr.end


_SAID_DAY_WORD = re.compile(r"(오늘|내일|어제)(?!\s?\()")
_SAID_DAY_OFFSETS = {"오늘": 0, "내일": 1, "어제": -1}


def _quotation_opened(sentence: str, pos: int) -> int | None:
    """Where the “…” or "…" quotation that holds pos opens, or None when pos is not quoted."""
    if sentence.count("“", 0, pos) > sentence.count("”", 0, pos):
        return sentence.rfind("“", 0, pos)
    if sentence.count('"', 0, pos) % 2:
        return sentence.rfind('"', 0, pos)
    return None


def _days_of_the_saying(sentence: str, p: date, found: list[Found]) -> None:
    """"청와대 관계자는 3일 … 기자들과 만나 "오늘 … 열리지 않는다"며": 오늘/내일/어제 in a quotation count from the day the
    words were said, a numbered day of the last week told before the quotation opens, not from publication."""
    for i, f in enumerate(found):
        m = _SAID_DAY_WORD.fullmatch(f.expr.text)
        opened = _quotation_opened(sentence, f.expr.start) if m else None
        if m is None or opened is None:
            continue
        said = [d for g in found[:i] if g.expr.end <= opened and (d := _numbered_day(g)) is not None]
        if said and timedelta(0) < p - said[-1] <= timedelta(days=7):
            d = said[-1] + timedelta(days=_SAID_DAY_OFFSETS[m.group(1)])
            _set(f, p, d, d, counted_from="sentence")


def _this_day(f: Found) -> date | None:
    """The day "이날" or "같은 날" names once read ("이날 오후 5시 기준 … 같은 날 오후 4시27분": the same day; "같은 날
    금융감독원은 … 다음날 금융위원회는": the day after the one pointed back to)."""
    return f.expr.date if _SAME_DAY_WORD.match(f.expr.text) and f.expr.date == f.expr.end_date else None


_THIS_DAY_WORD = re.compile(r"이\s?날")
# "…인 이날": 이날 as the head of an apposition (matched from two characters before it)
_HEADS_AN_APPOSITION = re.compile(r"인\s이\s?날")
# the words for the day already named, and what opens a span from a day ("부터", "이후", a figure in brackets between)
_DAYS_GONE_BY = re.compile(r"(?:\d{1,3}\s?일|하루|이틀|사흘|나흘|닷새|엿새|이레|열흘|보름|일주일|\d{1,2}\s?주일?)\s?(?:이나|이|가)?\s?"
                           r"(?:지[나났난]|흘[렀러]|흐른)")
_SAME_DAY_WORD = re.compile(r"이\s?날|같은\s?날|당일")
_SPAN_OPENED = re.compile(r"(?:\s*\([^()]*\))?\s*(?:부터|이후)\s*")
_SPAN_CLOSED = re.compile(r"(?:\s*(?:오전|오후|저녁|밤|새벽))?(?:\s*\d{1,2}시(?:\s?\d{1,2}분)?)?\s*까지")
# what follows a day told inside a relative clause on the sentence's topic: a past adnominal, its noun, the topic marker
_DESCRIBES_TOPIC = re.compile(r"[^,.]*?[가-힣](?:한|된|던|든|난|진|린|운)\s+(?:[^\s,.]+\s+){0,2}?[^\s,.]*[은는](?=\s)")


def _one_day_named(f: Found, named: re.Pattern) -> date | None:
    """The day an expression told as one day names when its text is of the kind `named` matches: a holiday ("추석
    당일과 다음 날": the day after 추석), a weekday told alone ("일요일은 … 전날과 비슷한": the Saturday before)."""
    e = f.expr
    single = e.precision == "day" and e.date is not None and e.date == e.end_date
    return e.date if single and named.match(e.text) else None


def _holiday_day(f: Found) -> date | None:
    return _one_day_named(f, _HOLIDAY_NAMED)


# "설날 연휴(1월 27~29일)", "제헌절인 7월 17일": a holiday glossed by its month's days, in brackets or as an apposition
_HOLIDAY_GLOSS = re.compile(r"\s*\(\s*$|인\s*$")
_GLOSS_DAYS = re.compile(r"(?P<m>1[0-2]|0?[1-9])월\s?(?P<d1>\d{1,2})(?:일)?(?:\s?[~∼\-–～〜]\s?(?P<d2>\d{1,2}))?일?")


def _holidays_glossed(sentence: str, p: date, found: list[Found], again: Again) -> None:
    """"내년 신정(1월 1일)과 설날 연휴(1월 27~29일)의 마지막 날" (9 March 2016): a holiday and the month's days that gloss it
    name one span, so both are of a year in which the holiday falls on those days: the holiday's own when it does (its
    year told, "내년 신정"), else the gloss's, else the year nearest publication in which it does (2017's 설, not 2016's)."""
    for h, g in zip(found, found[1:]):
        gloss = _GLOSS_DAYS.fullmatch(g.expr.text.strip())
        if (not _HOLIDAY_NAMED.search(h.expr.text) or gloss is None or g.match.groupdict().get("y")
                or not _HOLIDAY_GLOSS.fullmatch(sentence[h.expr.end:g.expr.start]) or h.expr.date is None
                or g.expr.date is None or h.expr.end_date is None):
            continue
        mon, first, last = int(gloss["m"]), int(gloss["d1"]), int(gloss["d2"] or gloss["d1"])
        if (h.expr.date.month, h.expr.date.day, h.expr.end_date.month, h.expr.end_date.day) == (mon, first, mon, last):
            _set(g, p, h.expr.date, h.expr.end_date)  # "내년 신정(1월 1일)": the holiday's year, told, is the gloss's
            continue
        fits = []
        for year in range(p.year - 1, p.year + 3):
            try:
                start, end = date(year, mon, first), date(year, mon, last)
            except ValueError:
                continue
            r = again(h, start, "unknown")
            if r is not None and (r.date, r.end_date) == (start, end):
                fits.append((start, end))
        if not fits:
            continue
        own = [s for s in ((h.expr.date, h.expr.end_date), (g.expr.date, g.expr.end_date)) if s in fits]
        span = own[0] if own else min(fits, key=lambda s: abs((s[0] - p).days))
        for f in (h, g):
            if (f.expr.date, f.expr.end_date) != span:
                _set(f, p, *span)


_WEEKDAY_ALONE = re.compile(r"[월화수목금토일]요일\Z")


_YEAR_WORD = re.compile(r"(?:19|20)\d\d|올해|금년|내년|지난\s?해|작년|^올\s")


def _listed(sentence: str, p: date, found: list[Found], again: Again) -> None:
    """"2008년 4월과 9월": a partial date listed after one with a year is read from that date on."""
    for a, b in zip(found, found[1:]):
        if (_LISTED.match(sentence[a.expr.end:b.expr.start]) and _YEAR_WORD.search(a.expr.text)
                and not _ANCHORED.search(b.expr.text) and a.expr.date is not None and b.expr.date is not None
                and b.expr.date.year != a.expr.date.year and (e := again(b, a.expr.date, "future")) is not None):
            _set(b, p, e.date, e.end_date)


_BARE_DAYS = re.compile(r"(?P<first>\d{1,2})(?:일?\s*[~∼\-–～〜·,]\s*\d{1,2})*일")


# ("… 개최된다고 무라오카 일본 관방장관이 12일 공식발표했다": an adverb of how it was told may be glued before it)
_REPORTED_ON = re.compile(r"\s*(?:공식\s?|정식\s?)?(?:밝혔|말했|전했|발표했|설명했|알렸|보도했)")


# What may stand between two dates of one list: a few words naming what the first date is for ("한 차례", "KBS
# 울산홀"), none a predicate or a connective; the joint (과, 와, 및, a comma); and the topic of the next ("코스닥은")
_LIST_JOINT = re.compile(r"(?P<before>(?:\s*[^\s,]+){0,3}?)\s*(?:(?:(?<=[가-힣])|^)(?:과|와)|\s및|,)\s+(?P<topic>(?:[^\s,]+\s+)?[^\s,]+(?:은|는|도)\s*)?")
_NOT_A_NAME = re.compile(r"[고며서면니해여지다]$")


def _one_list(between: str) -> bool:
    m = _LIST_JOINT.fullmatch(between)
    return m is not None and not any(_NOT_A_NAME.search(w) for w in m["before"].split())


def _beside_a_months_day(sentence: str, p: date, found: list[Found], has_predicate: Callable[[str], bool]) -> None:
    """"29일 한 차례와 7월 1일 세 차례 저녁 상영분은", "코스피의 경우 3월 25일, 코스닥은 24일에 몰렸다": a bare day listed
    beside a month's day, with no predicate between them, is read with it: the day of that number nearest to it."""
    for a, b in zip(found, found[1:]):
        for day, month_day in ((a, b), (b, a)):
            between = sentence[a.expr.end:b.expr.start]
            bare = _BARE_DAYS.fullmatch(day.expr.text.split(" ")[0])
            anchor = month_day.expr.date
            if (bare is None or anchor is None or day.expr.date is None or month_day.expr.end_date != anchor
                    or not re.search(r"(?:\d월|달)\s?\d{1,2}일", month_day.expr.text) or not _one_list(between)
                    or has_predicate(between) or _REPORTED_ON.match(sentence, day.expr.end)):
                continue
            number = int(bare["first"])
            cands = [d for k in (-1, 0, 1) if (d := _day_in(anchor, k, number)) is not None
                     # "13일 광주월드컵경기장, 12월9일 서귀포 월드컵경기장이" (in November): a day listed first comes first
                     and not (day is a and d > anchor)]
            if cands and (near := min(cands, key=lambda d: abs((d - anchor).days))) != day.expr.date:
                length = (day.expr.end_date - day.expr.date) if day.expr.end_date else None
                _set(day, p, near, near + length if length is not None else None)


def _day_in(anchor: date, months: int, number: int) -> date | None:
    y, m = anchor.year + (anchor.month - 1 + months) // 12, (anchor.month - 1 + months) % 12 + 1
    try:
        return date(y, m, number)
    except ValueError:
        return None


def _goes_on_from(day: date, later: date | None) -> bool:
    """Whether a bare day read on from `day` stays in its month, or the next one's early days after its end ("3월 29일
    … 2일"): "내달 1일까지이며 본회의는 30일" has no 30th in February to go on to, and is not March's."""
    return later is not None and ((later.year, later.month) == (day.year, day.month) or later.day < day.day)


# An expression that names its month: "3월 4일", "다음달 5일"
_NAMES_ITS_MONTH = re.compile(r"\d월|달\s?\d")


def _carried_month(sentence: str, p: date, found: list[Found], again: Again,
                   tense_at: Callable[[int], str] = lambda pos: "unknown") -> None:
    """"오는 3월 4일 발표하고 이어 6~13일 접수한다": bare days after a coming month-day in the same sentence go on
    from it, in its month, rather than falling back into the month of publication. The reporting day
    ("…연다고 22일 밝혔다") is not one of them."""
    a: Found | None = None  # the month's day the bare days go on from; it stays while they do ("5월 16일부터 26일까지
    # …, … ‘동성로 축제’가 25일부터 3일간": the 25th goes on from 16 May, past the 26th it carried)
    for k, b in enumerate(found):
        if a is not None and b.expr.precision == "year" and _YEAR_IN_A_NAME.match(sentence, b.expr.end):
            continue  # "▲16일 96년도 예산안 시정연설 ▲17∼18일": a year naming a document leaves the days going on
        at = _carried_from(a) if a is not None else None
        if a is None or not (_NAMES_ITS_MONTH.search(a.expr.text) and at is not None and at > p
                and _BARE_DAYS.fullmatch(b.expr.text.split(" ")[0]) and b.expr.date is not None
                and b.expr.date < at and not _REPORTED_ON.match(sentence, b.expr.end)
                # "다음달 5일부터 … 접수를 4일부터": a day already in that month is of it; the publication day
                # ("내년 2월8일 치르기로 한 전당대회와 관련해 … 10일 잠정 결정했다") is the story's own
                and (b.expr.date.year, b.expr.date.month) != (at.year, at.month) and b.expr.date != p
                # a day its verb put behind publication and numbered before the month's day, not on from it
                # ("오는 6월 20일로 정하고 11일 … 소환장을 발송했다”고 13일"), stays there
                and not (b.expr.end_date is not None and b.expr.end_date < p and tense_at(b.expr.end) == "past"
                         and b.expr.date.day < at.day)
                and not _gloss_or_relative(sentence, a.expr, b.expr)
                # "4월 3일 개항을 앞두고 … 최종 시험운영이 8일 실시된다": the day awaited comes after, not before, the
                # sentence's own day
                and not AWAITED.match(sentence, a.expr.end)
                # "다음 달 1∼15일 본조사에 앞서 29일부터 … 준비 조사를 벌인다": what comes ahead of that month's days is not in it
                and not AHEAD_OF.match(sentence, a.expr.end)
                # "21일부터 4월5일까지 …, 27일부터 4월5일까지": a start whose own end names its month takes it from there
                and not _opens_a_span_to_a_month(sentence, b, found[k + 1:k + 2])
                and (e := again(b, at, "future")) is not None and _goes_on_from(at, e.date)):
            a = b
            continue
        _set(b, p, e.date, e.end_date)


# A span's end that names its month ("▲25일∼10월14일 국정감사 ▲16일 … 시정연설"): the bare days after it go on from there
_END_NAMES_ITS_MONTH = re.compile(r"[~∼\-–～〜‐]\s*(?:(?:19|20)?\d{2}년\s*)?\d{1,2}월")


# a year followed by a word (`96년도 예산안`, `94년 결산`): the year of a document or account, not a date the days go on from
_YEAR_IN_A_NAME = re.compile(r"도?\s?[가-힣]")


def _carried_from(a: Found) -> date | None:
    """The day bare days after `a` go on from: its end when it is a span whose end names its month, else its start."""
    e = a.expr
    if e.date is not None and e.end_date is not None and e.end_date > e.date and _END_NAMES_ITS_MONTH.search(e.text):
        return e.end_date
    return e.date


# ("11월 ‘2015 인구주택총조사’ 방문 면접조사에 앞서 24일부터": up to four words name what the month's happening is)
AHEAD_OF = re.compile(r"\s*(?:[^\s,.]+\s){0,4}?[^\s,.]*에\s?앞서(?![가-힣])")


def _opens_a_span_to_a_month(sentence: str, start: Found, after: list[Found]) -> bool:
    """A bare day right before `부터` whose next expression, right after it, is a month's day ("27일부터 4월5일까지"):
    the span's start, placed by its end (the range reading), not by a month told before it."""
    return bool(after) and bool(re.fullmatch(r"\s*부터\s*", sentence[start.expr.end:after[0].expr.start])) \
        and bool(re.search(r"\d{1,2}월", after[0].expr.text))  # ("21일부터 내년 1월 31일까지": its year told too)


# An adnominal verb right after a month ("9월 시작되는 예선", "7월 열릴 대회"): the month is that clause's
# ("작년 8월 8일에 출범한 … 내각": with 에 before it too; "12월 15일 실시되는 90학년도 전기대 입시": a numbered noun)
_RELATIVE_AFTER = re.compile(r"(?:에)?\s+[가-힣]+(?:[는던]|[된한린진될할릴질])\s(?:[가-힣]|\d+(?![일월])[가-힣])")


def _inside_parentheses(sentence: str, pos: int) -> bool:
    return sentence.count("(", 0, pos) > sentence.count(")", 0, pos)


def _gloss_or_relative(sentence: str, a: TimeExpr, b: TimeExpr) -> bool:
    """"65~69세(… 1958년 12월31일 출생자)는 19일부터", "9월 시작되는 … 예선 소집 명단을 26일 발표한다": a month told in
    a bracketed gloss or in a relative clause belongs to the noun it describes; the main clause's bare day is
    not in it."""
    return ((_inside_parentheses(sentence, a.start) and not _inside_parentheses(sentence, b.start))
            or _RELATIVE_AFTER.match(sentence, a.end) is not None)


_AS_OF = re.compile(r"\s?(?:기준|현재)(?![가-힣])")


def _past_month_goes_on(sentence: str, p: date, found: list[Found], again: Again) -> None:
    """"지난해 애플은 9월9일 아이폰6S를 공개하고 12일부터 사전예약을 받았다": bare days numbered on after a month's day
    already past, later in the same sentence, go on in that month rather than in the month of publication
    (not the reporting day, "…고 20일 밝혔다", nor a figure's moment, "10일 현재")."""
    anchor: date | None = None  # the last day of the month's day named, while the days after it rise
    last = 0  # the last day number told since
    for f in found:
        e = f.expr
        numbers = _DAY_NUMBER.findall(e.text)
        if e.end_date is not None and e.end_date < p and re.search(r"\d월", e.text) and not _DAY_WORD.match(e.text):
            # (a day a figure is taken as of, "6월1일 기준 공동주택가격공시(안)을 25일까지", frames no later day)
            anchor = None if _AS_OF.match(sentence, e.end) else e.end_date
            last = e.end_date.day
            continue
        bare = _BARE_DAYS.fullmatch(e.text.split(" ")[0]) is not None
        if anchor is None or not bare or not numbers or int(numbers[0]) <= last:
            if not bare:
                anchor = None if re.search(r"\d월|달", e.text) else anchor
            last = int(numbers[-1]) if numbers else last
            continue
        last = int(numbers[-1])
        if (e.date is not None and (e.date.year, e.date.month) != (anchor.year, anchor.month)
                and not _REPORTED_ON.match(sentence, e.end)
                and not re.match(r"\s*(?:\([^()]*\)\s*)?(?:오전|오후)?\s*(?:\d{1,2}시\s*)?(?:현재|기준)", sentence[e.end:])
                and (r := again(f, anchor, "future")) is not None and r.date is not None):
            _set(f, p, r.date, r.end_date)


# What opens a run between its first day and its end (`11일 … 개막, 내달 2일까지 열린다`)
_OPENS = re.compile(r"개막|시작|개최|개장|개관|개봉|오픈|문을\s?열|열[어고]")


def _ends_after_start(sentence: str, p: date, found: list[Found], again: Again) -> None:
    """"지난 1일 시작해 12월9일까지 100일간 이어지는": an end told after a dated start in the same sentence is not
    before that start."""
    for a, b in zip(found, found[1:]):
        if (a.expr.date is not None and b.expr.date is not None and b.expr.date < a.expr.date
                and _UNTIL.match(sentence, b.expr.end) and not _ANCHORED.search(b.expr.text)
                # "27일까지 세금을 납부하면 되지만 … 25일까지 마쳐야 한다": a deadline told first is no start; each
                # deadline is its own
                and not _UNTIL.match(sentence, a.expr.end)
                # a bare day does not go on from a year ("내년도 예산안과 관련, 늦어도 28일까지"): a year starts no span
                # of days
                and not (a.expr.precision == "year" and _BARE_DAYS.fullmatch(b.expr.text.split(" ")[0]))
                # a month named with its day or part that is already ahead keeps its place ("5월4일까지 사직해야")
                and (b.expr.date < p or _BARE_DAYS.fullmatch(b.expr.text.split(" ")[0]))
                and (e := again(b, a.expr.date, "future")) is not None and _goes_on_from(a.expr.date, e.date)):
            _set(b, p, e.date, e.end_date)
        elif (a.expr.date is not None and b.expr.date is not None and b.expr.date < a.expr.date
              and _UNTIL.match(sentence, b.expr.end) and _ANCHORED.search(b.expr.text)
              and not _UNTIL.match(sentence, a.expr.end) and _BARE_DAYS.fullmatch(a.expr.text)
              and _OPENS.search(sentence, a.expr.end, b.expr.start)
              and (e := again(a, b.expr.date, "past")) is not None and e.date is not None and e.date <= b.expr.date):
            # "11일 … 개막, 내달 2일까지 열린다": a bare day that opens what lasts until a month's day named is
            # not after that end; it is of the month before it
            _set(a, p, e.date, e.end_date)


def _schedule(sentence: str, p: date, found: list[Found], again: Again, verbless: bool,
              has_predicate: Callable[[str], bool], tense_at: Callable[[int], str] = lambda pos: "unknown") -> None:
    """"▲파키스탄 12∼15일 ▲인도 15∼17일 … ▲불가리아 22∼23일", "24일 부산·울산·경남권을 시작으로 25일 대구·경북권, 27일 …": days
    listed with no predicate between them are a schedule, told in order; a bare day numbered after the bare day
    listed just before it is not in an earlier month."""
    for a, b in zip(found, found[1:]):
        if (a.expr.date is not None and b.expr.date is not None and b.expr.date < a.expr.date
                and (verbless or not has_predicate(sentence[a.expr.end:b.expr.start]))
                and (bare_a := _BARE_DAYS.fullmatch(a.expr.text.split(" ")[0]))
                and (bare_b := _BARE_DAYS.fullmatch(b.expr.text.split(" ")[0]))
                and int(bare_b["first"]) >= int(bare_a["first"])
                and (e := again(b, a.expr.date, "future")) is not None
                # a day the verb put behind publication is not carried ahead of it ("15일과 18일 … 제출했다"); one that
                # fell behind it for want of a tense is ("5월에는 … LG 트윈스(8~10일), 롯데(15~17일) … 마친다")
                and (verbless or not (b.expr.end_date is not None and b.expr.end_date < p and e.date is not None and e.date > p
                                      and tense_at(b.expr.end) == "past"))):
            _set(b, p, e.date, e.end_date)


# Between a week and some of its days that gloss it: "다음주 초인 22∼24일", "이번 주(4월 7일~9일)"
_WEEK_GLOSS = re.compile(r"^(?:\s*\(\s*|\s*(?:초|중반|말)?인\s+)$")


def _says_which_week(sentence: str, w: TimeExpr, f: Found) -> bool:
    """A week right before a numbered day of it, or before some of its days that gloss it."""
    e = f.expr
    if w.precision != "week" or w.date is None or w.end_date is None:
        return False
    if (numbered := _numbered_day(f)) is not None and re.fullmatch(r"\s*", sentence[w.end:e.start]):
        return w.date <= numbered <= w.end_date
    return (e.precision == "day" and e.date is not None and e.end_date is not None
            and _WEEK_GLOSS.match(sentence[w.end:e.start]) is not None
            and w.date <= e.date <= e.end_date <= w.end_date and e.end_date - e.date < w.end_date - w.date)


def _week_and_day(sentence: str, p: date, found: list[Found]) -> list[Found]:
    """"내주 20일(월)", "다음 주 15일": a week word right before a day of that week only says which week; the day
    is the expression. So too days glossing part of the week ("다음주 초인 22∼24일"); a gloss of the whole week
    ("이번 주(13~19일)는") leaves the week, as the labels read it."""
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if prev is not None and _says_which_week(sentence, prev.expr, f):
            f.expr = replace(f.expr, text=sentence[prev.expr.start:f.expr.end], start=prev.expr.start)
            out[-1] = f
            continue
        if (prev is not None and prev.expr.precision == "week" and prev.expr.date is not None
                and _COUNTED_BACK.search(prev.expr.text) and (wd := _WEEKDAY.match(f.expr.text))
                and re.fullmatch(r"\s*", sentence[prev.expr.end:f.expr.start])):
            # "1주일 전 화요일(9일·1715명)": a weekday right after a week counted back is that week's day
            d = prev.expr.date + timedelta(days=WEEKDAYS.index(wd.group(1)))
            _set(f, p, d, d)
            f.expr = replace(f.expr, text=sentence[prev.expr.start:f.expr.end], start=prev.expr.start)
            out[-1] = f
            continue
        out.append(f)
    return out


def _days_of_the_week(sentence: str, p: date, found: list[Found]) -> None:
    """"이번 주에 실시하게 됐으며, 설명회는 15일 …, 17일에는 …, 18일에는 …": bare days after a week named in the
    same sentence are the days of that week that carry those numbers."""
    week: tuple[date, date] | None = None   # its first and last days
    for f in found:
        e = f.expr
        if e.precision == "week" and e.date is not None and e.end_date is not None:
            week = e.date, e.end_date
        elif week is not None and (bare := _BARE_DAYS.fullmatch(e.text.split(" ")[0])) and e.date is not None \
                and e.date == e.end_date:
            day = int(bare["first"])
            inside = [week[0] + timedelta(days=k) for k in range((week[1] - week[0]).days + 1)]
            match = [d for d in inside if d.day == day]
            if match and match[0] != e.date:
                _set(f, p, match[0], match[0])


_YEAR_ONLY = re.compile(r"(?:(?:19|20)\d\d년|올해|금년|내년|지난\s?해|작년|(?:그\s?)?이듬해|다음\s?해|같은\s?해|그\s?해)"
                        r"(?:에는|에도|엔|에|은|는|의)?")


# ("올해와 같은 2월에 시행되며": the month named as this year's is next year's too)
# "작년보다", "작년 같은 기간보다": a year told as what a figure is compared with
_COMPARED = re.compile(r"\s*(?:보다|대비|에\s?비해|과\s?비교|와\s?비교|[와과]\s?(?:같은|같이|마찬가지로|동일한)|동기\s?(?:대비|보다|에\s?비해)"
                       r"|같은\s?(?:기간|달|분기|때)\s?(?:보다|대비|에\s?비해|과\s?비교|와\s?비교|의|에는|엔|에))")


_YEAR_MONTH = re.compile(r"(?:(?:오는|지난)\s*)?(?:(?:19|20)\d\d년|올해|금년|내년|지난\s?해|작년|올)\s*\d{1,2}월")
_MONTH_ONLY = re.compile(r"\d{1,2}월(?:\s?(?:초순|초|중순|하순|말))?")
# a year's beginning or end named with the year ("내년 초", "올해 말")
_YEAR_PART = re.compile(r"(?:(?:19|20)\d\d년|올해|금년|내년|지난\s?해|작년)\s?(?:초|말|초순|하순)")
# a part of the year told bare ("연말", "하반기"): after a month named with its year, the rest of that year
_PART_OF_YEAR_ONLY = re.compile(r"(?:연말|연초|연내|[상하]반기|[1-4]분기)(?:중|께|쯤|경)?")
_HOLIDAY_NAMED = re.compile(HOLIDAY_PATTERN)


def _a_year_on(d: date) -> date:
    return d.replace(year=d.year + 1) if not (d.month == 2 and d.day == 29) else date(d.year + 1, 3, 1)
_MONTH_DAY = re.compile(r"\d{1,2}월\s?\d{1,2}일")  # a month's day with neither year nor 지난/오는
_DOTTED_MD = re.compile(r"\d{1,2}\.\s?\d{1,2}")  # "3.25(목)": the same, dotted
_YEAR_ADVERBIAL = re.compile(r"(?:에는|에도|엔|에|은|는)\s|\s?\([^()]*\)\s|\)\s")  # "내년(2024년) 설 명절은"
_MONTH_DAY_SPAN = re.compile(r"\d{1,2}월\s?\d{1,2}(?:\s?[~∼\-–～〜]\s?\d{1,2})?\s?일")  # ("6월 27 일": spaced)


# A final ending and its period inside a quotation or a run-on text: the sentence before it is closed
_SENTENCE_CLOSED = re.compile(r"[가-힣]다\.(?=\s|$)")


_THIS_YEAR_OPENING = re.compile(r"^\s*(?:올해|금년)(?:\s|에는?\s|도\s)")


def _this_years_days(sentence: str, p: date, found: list[Found], again: Again) -> None:
    """"올해 … 재량휴업일로 정한 날은 5월 21일, 10월 8일, 12월 31일 등인 것으로 나타났다" (in March): a sentence that opens
    with this year tells days of it; a month's day without a year that a past verb sent into last year comes back."""
    if not _THIS_YEAR_OPENING.match(sentence):
        return
    for f in found:
        e = f.expr
        if (e.date is not None and e.date.year == p.year - 1 and _MONTH_DAY.match(e.text) and not _ANCHORED.search(e.text)
                and (r := again(f, date(p.year, 1, 1), "future")) is not None and r.date is not None
                and r.date.year == p.year):
            _set(f, p, r.date, r.end_date)


# "지난 2017박람회는": a past edition named by its year glued to the name
_PAST_EDITION = re.compile(r"지난\s?((?:19|20)\d{2})(?=[가-힣])")


def _past_edition_year(sentence: str, p: date, found: list[Found], again: Again) -> None:
    """"지난 2017박람회는 4월14일 개막했으며 세월호 3주기인 4월16일에는 …": the month's days told of a past edition named
    by its year are that year's, when the sentence names no year of its own."""
    m = _PAST_EDITION.search(sentence)
    if m is None or int(m.group(1)) >= p.year or any(_YEAR_WORD.search(f.expr.text) for f in found):
        return
    for f in found:
        e = f.expr
        if e.start > m.end() and e.date is not None and _MONTH_DAY.match(e.text) and e.date.year != int(m.group(1)) \
                and (r := again(f, date(int(m.group(1)), 1, 1), "future")) is not None and r.date is not None \
                and r.date.year == int(m.group(1)):
            _set(f, p, r.date, r.end_date)


def _carried_year(sentence: str, p: date, found: list[Found], again: Again) -> None:
    """"작년에는 추석이 4분기에 있었다": a quarter, half, month or holiday without a year of its own, after a year
    named alone earlier in the sentence, is in that year."""
    year, year_end, scoping = None, 0, False
    months: dict[int, int] = {}  # month -> year, of a month named with its year ("내년 1월 7·9·12일")
    named: date | None = None  # the first day of the last month named with its year
    named_day: date | None = None  # the last day named with its year and month
    told_to = 0  # where the expression before this one ended
    period: date | None = None  # the first day of the last half or quarter named with its year ("내년 상반기")
    part_named: date | None = None  # the first day of the last beginning or end of a year named with it ("내년 초")
    for f in found:
        e = f.expr
        if _SENTENCE_CLOSED.search(sentence, told_to, e.start):
            # "2차 발사 2022년 5월19일이다. … 8월 말에 WDR" (one quotation, two sentences): a sentence closed in between
            # ends the timeline its year started
            year, scoping, months, named, named_day, period, part_named = None, False, {}, None, None, None, None
        told_to = e.end
        if e.precision in ("half", "quarter") and e.date is not None:
            if _YEAR_WORD.search(e.text):
                period = e.date
            elif (period is not None and e.date.year != period.year
                  and (r := again(f, date(period.year, 1, 1), "future")) is not None and r.date is not None
                  and r.date.year == period.year and r.date > period):
                # "내년 상반기 토지보상이 마무리되면 늦어도 하반기에는": a later half or quarter told bare after one
                # named with its year is of that year
                _set(f, p, r.date, r.end_date)
                continue
        if e.date is not None and e.precision == "month" and _YEAR_PART.fullmatch(e.text.strip()):
            # "내년 초 … 착공되고 하반기에는 …": a year's beginning or end named with its year starts the timeline of the
            # year's parts told bare (not of its months: "완공시기를 올해말에서 7월로 앞당기기로" moves back)
            part_named = e.date.replace(day=1)
        elif (part_named is not None and e.date is not None and _PART_OF_YEAR_ONLY.fullmatch(e.text.strip())
              and not part_named <= e.date < _a_year_on(part_named)
              and (r := again(f, part_named, "future")) is not None and r.date is not None
              and r.date < _a_year_on(part_named)):
            _set(f, p, r.date, r.end_date)
            continue
        elif e.date is not None and _YEAR_MONTH.match(e.text):
            months[e.date.month] = e.date.year
            named = e.date.replace(day=1)
            # (a day told in a relative clause, "작년 8월 8일에 출범한 … 내각", starts no timeline of the main clause)
            named_day = e.date if e.precision == "day" and not _RELATIVE_AFTER.match(sentence, e.end) else None
        elif (named_day is not None and e.date is not None and _MONTH_DAY.match(e.text)
              # "7급 … 은 내년 7월 26일에 실시되며, 9급 … 은 4월 19일에": already in the year named, it is a member
              # told beside it, not a later step
              and e.date.year != named_day.year
              and (r := again(f, named_day, "future")) is not None and r.date is not None and r.date != e.date):
            # "1차 출시 2009년 6월 19일, 국내 출시 11월 28일": a month's day told after a day named with its year
            # is the next such day from it, in a timeline of past years as in a plan ahead
            _set(f, p, r.date, r.end_date)
            months[r.date.month] = r.date.year
            named_day = r.date
            continue
        elif (named is not None and e.date is not None and not named <= e.date < _a_year_on(named)
              and (_MONTH_ONLY.fullmatch(e.text.strip()) or _HOLIDAY_NAMED.match(e.text)
                   or _PART_OF_YEAR_ONLY.fullmatch(e.text.strip()))
              and (r := again(f, named, "future")) is not None and r.date is not None and r.date < _a_year_on(named)):
            # "내년 3월 … 마치고 4월 착공에 들어가", "2017년 9월 수출은 …, 당시 10월 초에 있던 추석 연휴에 맞춰": a bare month
            # (or its part, or a holiday) told after it goes on from it, within the year that follows
            _set(f, p, r.date, r.end_date)
            continue
        elif (e.date is not None and _MONTH_ONLY.match(e.text) and months.get(e.date.month) not in (None, e.date.year)
              and (r := again(f, date(months[e.date.month], 1, 1), "future")) is not None
              and r.date is not None and r.date.year == months[e.date.month]):
            # "내년 1월 7·9·12일을 … 지정하고 … “1월 12일 재판을 종결해야 …”": the same month again, in the same year
            _set(f, p, r.date, r.end_date)
            continue
        if e.precision == "year" and e.role == "point" and _YEAR_ONLY.fullmatch(e.text.strip()) and e.date:
            # a year told alone starts the sentence's timeline anew ("작년 6월 29일 개편 이후 … 올해는 7월에")
            named = named_day = None
            if not _COMPARED.match(sentence, e.end):  # "작년보다 적었던": a comparison, not the sentence's year
                year, year_end = e.date.year, e.end
                # the year scopes the clause when it stands as an adverbial ("2025년에도", "내년(2024년) …"), not
                # when it is part of a name or a noun phrase ("2013년도 예산안", "지난해 K리그2 2위를")
                scoping = _YEAR_ADVERBIAL.match(sentence, e.end) is not None
                if _RELATIVE_AFTER.match(sentence, e.end) or not scoping and _YEAR_OF_OBJECT.match(sentence, e.end):
                    # "내년에 적용될 최저임금을 결정하면, … 8월5일까지", "내년도 최저임금을 고시해야 하는 기일인 8월 5일
                    # 이전까지(7월 중순)": a year told in a relative clause, or of the object noun it determines, is
                    # that noun's; the main clause's dates are not in it
                    year = None
        elif year is not None and (_closes_on_subject(sentence[year_end:e.start])
                                   or not scoping and (_TOPIC_NOUN.fullmatch(sentence, year_end, e.start)
                                                       or _CLAUSE_THEN_TOPIC.search(sentence, year_end, e.start))):
            # ("내년 공무원 공채시험 세부 일정은 10월 말 … 발표된다": a year inside the topic's noun phrase is the
            # topic's; the main clause's date is not in it)
            year = None
        elif (year is not None and e.date is not None and e.precision in ("quarter", "half", "month", "day")
              and not _ANCHORED.search(e.text)
              # "2025년에도 설 명절은 3일(1월 28~30일)에 불과하지만": a month's days, too (not a bare day or a weekday)
              and (not re.search(r"\d+일|요일", e.text) or scoping and _MONTH_DAY_SPAN.match(e.text))
              and e.date.year != year and (r := again(f, date(year, 1, 1), "future")) is not None
              and r.date is not None and r.date.year == year):
            _set(f, p, r.date, r.end_date)


def _month_days_in_order(sentence: str, p: date, found: list[Found], again: Again) -> None:
    """"5월 6일부터 … 시행됐으나, 6월 28일부터는 … 시행하기로 했다" (in August): a month's day told after another
    that its own reading put a year on goes on from that one, within half a year."""
    before: date | None = None
    last_dotted = False
    for f in found:
        e = f.expr
        if e.date is None or e.precision != "day" or not (re.search(r"\d월\s?\d{1,2}일", e.text) or _DOTTED_MD.fullmatch(e.text)):
            continue
        if (before is not None and _MONTH_DAY.match(e.text) and (e.date - before).days > 300
                and (r := again(f, before, "future")) is not None and r.date is not None
                and 0 < (r.date - before).days <= 183):
            _set(f, p, r.date, r.end_date)
        elif (before is not None and before > p and e.date < p and (_MONTH_DAY.match(e.text) or _DOTTED_MD.fullmatch(e.text))
                and (r := again(f, before, "future")) is not None and r.date is not None
                and 0 < (r.date - before).days <= 183):
            # "‘…’(5월 3일∼8월 28일), ‘…’(9월 27일∼11월 6일)" (in February): a later month of a timeline ahead, not
            # one gone by before publication
            _set(f, p, r.date, r.end_date)
        elif (before is not None and before > p and e.date < before and last_dotted and _DOTTED_MD.fullmatch(e.text)
                and (r := again(f, before, "future")) is not None and r.date is not None
                and 0 < (r.date - before).days <= 183):
            # "1.15(금), 2.25(목), … 10.12(화), 11.26(목) 등 8차례" (in November 2020): a dotted list of next year's
            # days runs on in its order, not back into this year's
            _set(f, p, r.date, r.end_date)
        last_dotted = bool(_DOTTED_MD.fullmatch(e.text))
        # (a day told in a relative clause, "작년 8월 8일에 출범한 … 내각", starts no timeline of the main clause)
        before = None if _RELATIVE_AFTER.match(sentence, e.end) else f.expr.date


# An adnominal verb (final ㄴ: 치른, 높인, 거둔) before a noun with a subject or topic particle
# ("…을 벌였던 제주와 전북은": a retrospective 던, and a subject of two nouns joined by 와/과)
_ADNOMINAL_SUBJECT = re.compile(r"([가-힣])\s(?:[^\s]+(?:와|과)\s)?[^\s]+[이가은는](?=\s)")


_YEAR_OF_OBJECT = re.compile(r"도?\s[가-힣]+[을를]\s")
_TOPIC_NOUN = re.compile(r"\s(?:[가-힣]+\s){1,3}[가-힣]+(?:은|는)\s")
# a clause closed by its connective, then a new topic ("지난해 K리그 챔피언인 … 슈퍼컵을 치르고 정규리그는 5월 말∼"): a year
# inside a noun phrase of the first clause is that phrase's, not the next clause's
_CLAUSE_THEN_TOPIC = re.compile(r"[가-힣](?:고|며|으며|면서|지만|는데|으나)\s+(?:[^\s]+\s){0,2}[가-힣]+(?:은|는)\s")


def _closes_on_subject(between: str) -> bool:
    """"지난해 … 수업료를 치른 삼성전자가 … 상반기 … 등판한다", "지난해 … 소득을 거둔 사람은 5월 한달간 … 신고해야 한다": a
    year told in a relative clause that closes on the sentence's subject or topic is that clause's; the main
    clause's periods are not in it."""
    return any(((ord(m[1]) - 0xAC00) % 28 == 4 and m[1] not in "은는" or m[1] == "던")
               for m in _ADNOMINAL_SUBJECT.finditer(between))


def _finer(a: str, b: str) -> str:
    return min(a, b, key=PRECISION_ORDER.index)


# "X부터 Y까지", a clock time allowed after X: "오늘 밤 10시부터 내일 새벽까지"
# ("금요일(19일) 오후부터 토요일(20일) 오전까지": a part of the day may follow a day told twice)
_POD = r"(?:\s*(?:(?:늦은|이른)\s?)?(?:오전|오후|저녁|밤|새벽))?"  # ("내일(3일) 늦은 오후부터")
# ("5월12일부터 선거일 전일인 6월2일까지": the end may be named first by what it is; "19일에서 26일 사이": between)
_FROM = re.compile(r"(?:\s*\([월화수목금토일]\))?" + _POD + r"\s*(?:\d{1,2}시(?:\s?\d{1,2}분)?|정오|자정)?\s*"
                   r"(?:부터\s*(?:같은\s?달\s*|(?:[가-힣]+\s+){0,2}[가-힣]+인\s+)?|(?P<between>에서)\s*|(?P<both>과|와)\s*)")
# "19일부터 선거 전날인 31일까지": the end may be a day word of what it precedes, glossed by its numbered day
_FROM_TO_DAY_WORD = re.compile(_FROM.pattern + r"(?:[가-힣]+\s+){1,2}")
_BETWEEN_END = re.compile(r"\s*사이")
# ("노동절 연휴가 겹치는 1일부터 3일, 국경절 연휴 10월 1일부터 7일, … 10월25부터 31일에는": a list's comma, or 에는
# naming when, closes the span as 까지 would)
_OPEN_END = re.compile(r"(?:\s*\([월화수목금토일]\))?\s+(?=[가-힣])|(?<=\))[은는도](?![가-힣])|,|에는(?![가-힣])")
# "26일(화)까지", "오는 28일 '부처님오신날'까지" (the end glossed by the name of its day)
# ("20일까진": 까지는 contracted)
_UNTIL = re.compile(r"(?:\s*\([월화수목금토일]\))?" + _POD + r"(?:\s*['‘\"“][^'’\"”]{1,20}['’\"”])?\s*까(?:지|진)")
# "내달 4일부터 6일까, 대정부질문은 …", "20일부터 23일까 진도 신비의 바닷길 축제": 까지 cut to 까 by a slip still
# closes a span a day opened with 부터 (only there: alone "6일까" may ask a question)
_UNTIL_CUT = re.compile(r"까(?=[\s,])")
_MOVED_TO = re.compile(r"\s*(?:으로|로)\s?(?:[가-힣]+\s)?(?:연장|연기|변경|늦춰|늦췄|미뤄|미뤘|앞당겨|앞당겼|단축|조정)")
# "6일 0시 48분부터 8일 0시 48분까지": a span's end may carry its clock time, as its start does (only after a start:
# "20일 … 19일 자정까지" alone is a deadline told after a report's day, not an end after a start)
# ("오늘 밤 11시부터 내일 오전 일출 직전까지": or by sunrise or sunset)
_UNTIL_TIMED = re.compile(r"(?:\s*\([월화수목금토일]\))?" + _POD + r"\s*(?:\d{1,2}시(?:\s?\d{1,2}분)?|(?:일출|일몰)\s?(?:직전|전)?)"
                          r"\s*까지")
# "수시 원서접수 기간은 오는 9월 23일부터 29일로 … 미뤄지고": a span set as what something becomes closes with 로
_UNTIL_SET = re.compile(r"\s*(?:으로|로)(?![가-힣])")


def _same_day(sentence: str, found: list[Found], i: int) -> bool:
    """Are found[i] and found[i + 1] one day told twice ("금요일(19일)", "수요일인 9일")?"""
    if i + 1 >= len(found):
        return False
    a, b = found[i].expr, found[i + 1].expr
    return (a.precision == b.precision == "day" and a.date is not None and a.date == a.end_date
            and b.end_date == a.date and (b.date == a.date or _SPAN_GLOSS.match(sentence, b.end) is not None)
            and _APPOSITION.match(sentence[a.end:b.start]) is not None)


# "오는 월요일부터 화요일(7~8일)은": the span's last day glossed by the whole span, in brackets
_SPAN_GLOSS = re.compile(r"\)")


# A note in brackets setting days aside from a span, between its end and 까지
_DAYS_SET_ASIDE = re.compile(r"\s?\([^()]*(?:제외|포함|빼고|휴무|휴관)\)(?=\s?까지)")


def _past_paren(sentence: str, end: int, told_twice: bool) -> int:
    """The end of a day told twice, past the parenthesis that holds its second telling ("금요일(17일)")."""
    return end + 1 if told_twice and sentence.startswith(")", end) else end


def _ranges(sentence: str, p: date, found: list[Found], again: Again) -> list[Found]:
    """"X부터 Y까지": one span from X's start to Y's end, the open end read from the fixed one. An end told
    twice ("목요일(16일)부터 금요일(17일)까지") counts as one."""
    out: list[Found] = []
    i = 0
    while i < len(found):
        a = found[i]
        ja = i + 1 if _same_day(sentence, found, i) else i  # the last part of the start
        b = found[ja + 1] if ja + 1 < len(found) else None
        jb = ja + 2 if _same_day(sentence, found, ja + 1) else ja + 1  # the last part of the end
        b_last = found[jb] if jb < len(found) else None
        a_end = _past_paren(sentence, found[ja].expr.end, ja != i)
        b_end = _past_paren(sentence, b_last.expr.end, jb != ja + 1) if b_last is not None else 0
        aside = _DAYS_SET_ASIDE.match(sentence, b_end) if b_last is not None else None
        if aside:
            b_end = aside.end()  # "다음달 3일부터 오는 5월 30일(3월31일 제외)까지": a day set aside, noted before 까지
        gap = _FROM.fullmatch(sentence[a_end:b.expr.start]) if b is not None else None
        if b is not None and gap is None and jb != ja + 1 and _DAY_WORD.match(b.expr.text):
            gap = _FROM_TO_DAY_WORD.fullmatch(sentence[a_end:b.expr.start])
        # ("10월 22일에서 10월 28일까지": 에서 opens a span that 사이 or 까지 closes)
        # ("9월6일과 9월8일 사이에": two days joined by 과 are a span only where 사이 closes them)
        closing = (_BETWEEN_END.match(sentence, b_end) if gap["both"]
                   else (_BETWEEN_END.match(sentence, b_end) or _UNTIL.match(sentence, b_end)) if gap["between"]
                   else _UNTIL.match(sentence, b_end) or _UNTIL_TIMED.match(sentence, b_end) or _UNTIL_SET.match(sentence, b_end)
                   or _UNTIL_CUT.match(sentence, b_end)
                   # "2000년부터 2008년 사이의", "2009년 12월부터 2010년 1월사이": 부터 opened, 사이 closes
                   or _BETWEEN_END.match(sentence, b_end)) if gap else None
        if gap and gap["both"] and closing and (wd := _WEEKDAY.match(a.expr.text)) and b is not None \
                and b.expr.date is not None and a.expr.precision == "day" and not _ANCHORED.search(a.expr.text) \
                and not _WEEKDAY.match(b.expr.text):  # "토요일(27일)과 일요일(28일) 사이에는": two weekdays, one span
            # "일요일과 석가탄신일(5월 22일) 사이인 '5월 21일'": a weekday and a day with 사이 name the day between them,
            # each its own day, not one span; the weekday is the one right before that day
            back = (b.expr.date.weekday() - WEEKDAYS.index(wd.group(1))) % 7 or 7
            _set(a, p, b.expr.date - timedelta(days=back), b.expr.date - timedelta(days=back))
            closing = None
        if gap and gap["between"] and closing and _MOVED_TO.match(sentence, closing.end()):
            # "활동시한을 애초 이달말에서 오는 11월 15일까지로 연장하기로 했다": a deadline moved from one day to
            # another is two points, the old end and the new, not one span between them
            closing = None
        if (gap and not closing and not gap["between"] and not gap["both"] and a.expr.precision == "day" and b is not None
                and b_last is not None and _BARE_DAYS.fullmatch(b_last.expr.text.split(" ")[0]) and _OPEN_END.match(sentence, b_end)):
            # "16일(목)부터 17일(금) 대부분 해상에서": a day right after "부터" is the end even without "까지"
            closing = re.compile("").match(sentence, b_end)
        # a start told twice is read by its numbered day ("목요일인 31일부터 다음달 17일까지": the 31st, not a
        # Thursday counted back from the end)
        s = found[ja] if ja != i and _numbered_day(found[ja]) is not None and _WEEKDAY.match(a.expr.text) else a
        if closing and b is not None and s.expr.date and b.expr.date and b.expr.end_date:
            start, end = s.expr, b.expr
            if not _ANCHORED.search(b.expr.text):
                end = again(b, s.expr.date, "future") or b.expr  # the end comes after the start
                # "22일부터 23일까지 개최된다" on the 23rd, "9월 11일부터 12월 20일까지로 연장됐다" on 26 November: a span
                # under way, not next year's
                if (not _ANCHORED.search(s.expr.text) and s.expr.date > p and s.expr.counted_from != "article"
                        # "다음달 5일부터 7일까지 …, 26일부터 28일까지": a start put in a month named before it stays there
                        and not _month_named_before(found[:i], s.expr.date)
                        # "18일(수)부터 26일(목)까지" on 20 September 1995: a start whose weekday fits it as read is that day
                        and not _weekday_fits(sentence, s)
                        and (_BARE_DAYS.fullmatch(b.expr.text.split(" ")[0])
                             or _MONTH_DAY_SPAN.fullmatch(s.expr.text) and _MONTH_DAY_SPAN.fullmatch(b.expr.text))):
                    early = again(s, p, "past")
                    late = again(b, early.date, "future") if early is not None and early.date else None
                    if early is not None and late is not None and late.end_date and late.end_date >= p \
                            and not _runs_over(early, late):
                        start, end = early, late
            elif not _ANCHORED.search(s.expr.text) and not (
                    _BARE_DAYS.fullmatch(s.expr.text) and s.expr.date <= b.expr.end_date
                    and ((b.expr.end_date - s.expr.date).days <= 62 or s.expr.date >= p)):
                # "10월 말부터 지난달까지"; a bare day already before the end stays ("13일부터 다음 달 28일까지" on the
                # 13th starts that day, not on February 13; "21일부터 내년 4월 30일까지" on the 19th starts in two days)
                start = again(s, b.expr.end_date, "past") or s.expr
            elif (not _ANCHORED.search(s.expr.text) and _BARE_DAYS.fullmatch(s.expr.text)
                  and (s.expr.date.year, s.expr.date.month) < (p.year, p.month) and b.expr.end_date >= p
                  and (this := _same_day_this_month(s.expr.date, p)) is not None and this <= b.expr.end_date):
                # "여행주간인 21일부터 다음달 5일까지 … 나섰다고 18일 밝혔다": a span running on past publication
                # starts in its month, whatever the sentence's past verb pulled its start back to
                start = replace(s.expr, date=this, end_date=this)
            if (start is s.expr and _BARE_DAYS.fullmatch(s.expr.text) and _NAMES_ITS_MONTH.search(b.expr.text)
                    and b.expr.precision == "day" and end.date is not None and start.date is not None
                    and s.expr.date.day > end.date.day and start.date < p and (r := again(s, end.date, "past")) is not None and r.date is not None
                    and start.date < r.date):
                # "28일 부터 10월3일까지 6일간을 … 정하고" (on 10 September): a bare start numbered above the end's day
                # lies in the month right before the end's, not before publication where a past verb pulled it
                start = r
            # both ends fixed by themselves ("2010년 5월부터 지난해 8월까지"): as they are
            if start.date and end.end_date and start.date < end.end_date:
                # the span's text runs through its "까지", so nothing after it reads as a deadline
                close = b_last.expr.end if aside and b_last is not None else closing.end()  # (the note keeps its date)
                a.expr = replace(a.expr, text=sentence[a.expr.start:close], end=close, date=start.date,
                                 end_date=end.end_date, precision=_finer(start.precision, end.precision),
                                 direction=direction(start.date, end.end_date, p), role="range")
                out.append(a)
                i = jb + 1
                continue
        out.append(a)
        i += 1
    return out


def _month_named_before(before: list[Found], d: date) -> bool:
    """Does an expression before, naming its month (`다음달 5일`, `10월 3일`), lie in the month of `d`?"""
    return any(f.expr.date is not None and (f.expr.date.year, f.expr.date.month) == (d.year, d.month)
               and _NAMES_ITS_MONTH.search(f.expr.text) for f in before)


def _same_day_this_month(d: date, p: date) -> date | None:
    """Day `d.day` of publication's month, None when that month has no such day."""
    try:
        return d.replace(year=p.year, month=p.month)
    except ValueError:
        return None


def _in_single_quotes(sentence: str, e: TimeExpr) -> bool:
    """Inside '…' or ‘…’: news quotes a title or a name that way ('생방송 오늘 아침'), speech with “…”."""
    before, after = sentence[:e.start], sentence[e.end:]
    if before.count("‘") > before.count("’") and "’" in after:
        return True
    return before.count("'") % 2 == 1 and "'" in after


def _role(sentence: str, e: TimeExpr) -> str:
    if e.role != "point":
        return e.role
    if _in_single_quotes(sentence, e):
        return "name"
    after = sentence[e.end:]
    if e.precision == "year" and re.fullmatch(r"(?:19|20)\d\d년", e.text) and (
            re.match(r"도\s+[가-힣]", after) or _DOCUMENT.match(after)
            or (e.start > 0 and sentence[e.start - 1] in "'‘\"“「『")):
        return "name"  # "2035년 도시기본계획", "‘2025년도 월력요항’": the year is part of a name
    if e.precision == "year" and re.search(r"회계\s?[연년]도$", e.text):
        return "name"  # "2021회계연도 결산승인안": the accounts' year names what is reviewed, not when
    if e.precision == "year" and re.match(r"산(?![가-힣])", after):
        return "name"  # "2017년산 공공비축미곡", "금년산 추곡": a crop's year designates the crop; nothing happens then
    if re.match(r"\s*(?:까지|안에|이내|내에?(?![가-힣]))", after):
        return "until"
    if re.match(r"\s*(?:이전|以前|전에|전까지)", after):
        return "before"
    if re.match(r"\s*(?:부터|이후|以後)", after):
        return "since"
    return "point"


def _runs_over(start: TimeExpr, end: TimeExpr) -> bool:
    """`26일부터 31일까지` read as June 26 to July 31: a rising pair of days lies in one month, and one that
    lacks the later day (June has no 31st) is not theirs."""
    a, b = (re.match(r"(\d{1,2})일", e.text) for e in (start, end))
    return bool(a and b and int(a.group(1)) < int(b.group(1)) and start.date is not None and end.end_date is not None
                and (start.date.year, start.date.month) != (end.end_date.year, end.end_date.month))


_NIGHTLY = re.compile(r"\d{1,2}시(?:\s?\d{1,2}분)?\s*부터\s*$")
# "금요일을 제외한 주 6일": days a week (a rate) and a weekday set aside (a kind of day), no day of the calendar
_RATE_OF_DAYS = re.compile(r"(?:^|[^가-힣])주\s?$")
_WEEK_NAMED = re.compile(r"(?:이번|다음|지난|오는|이|전|차|첫|둘째|셋째|넷째|마지막)\s?주\s?$")
_SET_ASIDE = re.compile(r"\s?[을를]\s?(?:제외|빼)")


def _days_of_a_kind(sentence: str, found: list[Found]) -> list[Found]:
    """Drop a number of days a week and a weekday set aside: kinds of day, not days of the calendar."""
    return [f for f in found
            if not (_BARE_DAYS.fullmatch(f.expr.text) and _RATE_OF_DAYS.search(sentence, 0, f.expr.start)
                    and not _WEEK_NAMED.search(sentence, 0, f.expr.start))
            and not (_WEEKDAY_ALONE.search(f.expr.text) and _SET_ASIDE.match(sentence, f.expr.end))]


# What joins a count of days to the date that glosses it: "선거 30일 전인 5월 14일", "선거일 전 … 30일(5월 4일)까지"
_GLOSSING_A_COUNT = re.compile(r"\s?(?:전|후|뒤)\s?인\s*|\s*\(\s*")


def _glossed_counts(sentence: str, found: list[Found]) -> list[Found]:
    """Drop a bare number of days that a month's day right after it glosses: it counts days from something (the
    election), and the day it comes to is told; read alone it would be a day of the month near publication."""
    return [f for f, nxt in zip(found, [*found[1:], None])
            if not (nxt is not None and re.fullmatch(r"\d{1,2}일", f.expr.text)
                    and (m := _GLOSSING_A_COUNT.match(sentence, f.expr.end)) is not None and m.end() == nxt.expr.start
                    and re.match(r"\d{1,2}월\s?\d{1,2}일", nxt.expr.text)
                    and (m.group(0).strip() != "(" or _inside_parentheses(sentence, nxt.expr.start)))]


_SAME_MONTH = re.compile(r"(?:같은|그)\s?달\s*$")


def _same_month(sentence: str, p: date, found: list[Found], article_month: date | None = None) -> list[Found]:
    """"같은 달 17일(과 21일)": a day of the month named before it in the sentence; with none named, the month is
    in another sentence: the article's last month (`article_month`), else the day is not read."""
    out: list[Found] = []
    same, prev_end = False, 0  # whether the day before was of that month ("같은 달 17일과 21일")
    for f in found:
        bare = _BARE_DAYS.fullmatch(f.expr.text.split(" ")[0])
        same = bare is not None and (_SAME_MONTH.search(sentence, 0, f.expr.start) is not None
                         or (same and _LISTED.match(sentence[prev_end:f.expr.start]) is not None))
        prev_end = f.expr.end
        if same and bare is not None:
            months = [o.expr.date for o in out if o.expr.date is not None and re.search(r"\d월|달", o.expr.text)]
            months = months or ([article_month] if article_month is not None else [])
            if not months:
                continue
            day = int(bare["first"])
            try:
                d = months[-1].replace(day=day)
            except ValueError:
                continue
            # "같은 달 17~20일": a span of days keeps its length in the month it is moved to
            length = (f.expr.end_date - f.expr.date) if f.expr.date is not None and f.expr.end_date is not None else None
            _set(f, p, d, d + length if length is not None and length.days > 0 else d)
            if (told := _SAME_MONTH.search(sentence, 0, f.expr.start)) is not None:
                # the words that point to the month are part of the expression, whichever sentence named it
                f.expr = replace(f.expr, text=sentence[told.start():f.expr.end], start=told.start())
        out.append(f)
    return out


_CLAUSE_BREAK = re.compile(r"[,;]\s|(?<=[가-힣])(?:고|며|면서|해|아서|어서)\s")


def _same_day_told(sentence: str, before: list[Found], f: Found) -> bool:
    """Does "같은 날" take the day named before it in the sentence? Only when that day is in a clause of its own
    ("3월1일 … 열리고 같은 날 오후 4시에는"): a day inside a relative clause ("지난 7일 변론을 종결한 피고인들에 대해서도
    같은 날") is not the one compared with; that one is in another sentence."""
    days = [b for b in before if _numbered_day(b) is not None]
    return f.expr.counted_from == "article" or any(_this_day(b) is not None for b in before) or (
        f.expr.counted_from == "sentence" and bool(days)
        and _CLAUSE_BREAK.search(sentence, days[-1].expr.end, f.expr.start) is not None)


def link(sentence: str, p: date, found: list[Found], again: Again, verbless: bool = False,
         has_predicate: Callable[[str], bool] | None = None, article_month: date | None = None,
         pointed_back: Callable[[str, str], date | None] = lambda word, before: None,
         tense_at: Callable[[int], str] = lambda pos: "unknown", article_day: date | None = None) -> list:
    """The sentence's expressions, read together (see the module docstring), as TimeExpr in textual order.
    `verbless`: the sentence has no predicate (a schedule or a table row); `has_predicate` tells whether a
    stretch of it has one; `article_month` and `pointed_back` are what the article's earlier sentences told
    (`digest.text.timex_context`): the month "같은 달" means, the day "같은 날"/"다음 날" counts from; `tense_at(pos)`
    is the tense of the clause after pos."""
    # "오후 10시부터 다음날 오전 6시까지" with no day named before: a nightly window, no date
    found = [f for i, f in enumerate(found) if not (i == 0 and _NIGHTLY.search(sentence, 0, f.expr.start)
                                                     and _DAY_WORD.match(f.expr.text))]
    found = _days_of_a_kind(sentence, _glossed_counts(sentence, found))
    found = _same_month(sentence, p, found, article_month)
    _counted_from_then(sentence, p, found, again, article_day)
    _abbreviated_weekdays(sentence, p, found)  # first: "제헌절인 7월 17일(월)" is the holiday of the year the weekday fits
    done = _appositions(sentence, p, found, again)
    _anchored_day_words(sentence, p, found, done, pointed_back)
    _days_of_the_saying(sentence, p, found)
    _listed(sentence, p, found, again)
    _beside_a_months_day(sentence, p, found, has_predicate or (lambda _: True))
    _carried_month(sentence, p, found, again, tense_at)
    _past_month_goes_on(sentence, p, found, again)
    _ends_after_start(sentence, p, found, again)
    _days_of_the_week(sentence, p, found)
    found = _week_and_day(sentence, p, found)
    _schedule(sentence, p, found, again, verbless, has_predicate or (lambda _: True), tense_at)
    _past_edition_year(sentence, p, found, again)
    _carried_year(sentence, p, found, again)
    _this_years_days(sentence, p, found, again)
    _month_days_in_order(sentence, p, found, again)
    found = _ranges(sentence, p, found, again)
    _holidays_glossed(sentence, p, found, again)
    found = [f for i, f in enumerate(found) if not (_SAME_DAY.match(f.expr.text) and not _same_day_told(sentence, found[:i], f))]
    return [replace(f.expr, role=_role(sentence, f.expr)) for f in found]


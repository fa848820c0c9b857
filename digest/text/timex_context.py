"""The dates an article has told so far, carried from one sentence to the next.

`digest.text.timex` reads one sentence at a time, and a sentence may leave to the ones before it what a reader
keeps in mind: in "공식 개막전은 2월 27일 … 열린다. … 28일 오후 2시에는 포항-인천의 경기가 열린다", published on 28
January, the 28th is February's; "같은 날", "다음 날엔" and "같은 달 12일" point back to a day or month told
earlier. `ArticleDates` is that running context (the last date told with its month, the last single day, and
the sentence that told them); the caller reads an article's sentences in order and hands each the context of
the ones before (`ArticleDates.after`). What it changes, and only then:

- a bare day ("28일", "20일까지"; not "지난/오는 N일", not the day a report is dated by, "…고 28일 밝혔다") in a
  sentence of bare days only goes into the month of the last day the article named, when that month lies
  ahead of publication (a schedule being told), the day alone would fall behind publication (or on it, in a
  clause that tells it ahead) and its clause is not in the past tense;
- a bare day in a sentence of bare days that alone goes back to the month before publication's, while the last day
  the article named with its month is ahead in publication's own month ("이달 22일 주주총회를 연다" then "22일 다음으로는
  29일이 …, 15일, 28일 … 순으로 집계됐다" on 4 March), is that month's, whatever the tense of its clause;
- a month's day without a year ("9월 30일") that alone would fall behind publication while the schedule the
  earlier sentences told runs ahead is the next such day after publication ("2018년 …
  2월 7일부터 9일까지 … 최종발표일은 9월 30일" in December 2017 is 30 September 2018);
- a bare day in a sentence of bare days whose number the article already told as a day with its month or
  weekday ("29일 목요일부터 …
  장마가 다시 시작된다" then "29일 오전과 낮 사이 호우 예비특보가 발표됐다"; "양록제는 10월 8~10일" then "양록제 첫 날인
  8일") is that day again, the latest told, whatever tense its own clause has: the article keeps one calendar;
- "같은 날", "다음 날"/"이튿날" opening a sentence, and "같은 달 N일", with nothing to point back to in their own
  sentence count from the last day (or its month) the article told, whichever side of publication it lies;
- in an article whose lead frames it as next year's ("내년 주요 천문현상을 발표했다"), a month or month's day without a
  year that alone would fall behind publication is of that year.
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from digest.text.time_expression import TimeExpr
from digest.text.timex_links import Found, direction

# A date that names its month: "2월 27일", "다음달 7일", "내년 3월", "’20.7.15.", "2024. 6. 12."
_MONTH_TOLD = re.compile(r"\d{1,2}\s?월|달|\d\.\s?\d{1,2}\.")
_DIRECTED_DAY = re.compile(r"(?:지난|오는)\s*\d{1,2}일")
_MONTH_DAY = re.compile(r"^\d{1,2}월\s?\d{1,2}(?:\s?[~∼\-–～〜·,]\s?\d{1,2})?일")
_BARE_DAY = re.compile(r"^\d{1,2}(?:\s?[~∼\-–～〜·,]\s?\d{1,2})*일")
# What dates the report itself ("…고 28일 밝혔다", "28일 연맹에 따르면"): the story's own day, never carried
_REPORT_DAY = re.compile(r"(?:\s*(?:오전|오후))?\s*(?:[^\s,.]+\s+){0,5}?[^\s,.]*?(?:에\s?따르면|에\s?의하면)"
                         r"|\s*(?:밝혔|말했|전했|발표했|설명했|알렸|보도했|공개했|공고했)")
_AS_OF = re.compile(r"\s*기준")
_PART_OF_MONTH = re.compile(r"\d{1,2}\s?월\s*(?:초순|초|중순|하순|말)")
_WORDS_BACK = {"같은날": 0, "다음날": 1, "이튿날": 1}
_THIS_DAY = {"이날", "이 날"}
_NOUN_OPENING = re.compile(r"\s*[가-힣]{1,4}\s")
# "19일 발생한 태풍 … 북진하고 있다": a day that dates a noun's happening ("발생한 태풍"), in a sentence telling what
# goes on now, is background to the story's day (publication's); "1일 열린 공판에서 … 선고했다" is not
_BACKGROUND_DAY = re.compile(r"\s[가-힣]+[한된난진린던]\s[^.]*(?:하고|고|어|아)\s있다[.\s]*$"
                             # "오는 4·12 재보궐선거가 치러지는 지역이 … 확정됐다고 14일 밝혔다": a day in a clause that
                             # describes the subject ("…가 치러지는 지역이") dates that, not the story
                             r"|\s(?:[^\s,.]+\s){0,1}[가-힣]+(?:[한된진린던]|지는|되는|하는)\s(?:[^\s,.]+\s){0,3}?[^\s,.]*[이가](?=\s)")
# A story's day told right after its subject or source ("군은 10일 …", "천문연에 따르면 내년 9월 28일 …")
_LEAD_SUBJECT = re.compile(r"(?:[가-힣)][은는]|(?:따르|의하)면)\s$")
# ... or right after any subject or topic ("국회는 17일부터 …", "접수가 1일부터 …"): the day a lead tells of, not a schedule's
_AFTER_SUBJECT = re.compile(r"[가-힣)][은는이가]\s$")


def _lead_told_late(sentence: str, e: TimeExpr) -> bool:
    """Is e the story's day told by a second sentence, after a first that told none ("옥천군이 … 나섰다. 군은 10일 …
    가졌다")? A numbered day right after the subject or source, not one gone by ("지난 5일") nor background."""
    return (not e.text.startswith("지난") and re.search(r"\d일", e.text) is not None
            and _LEAD_SUBJECT.search(sentence, 0, e.start) is not None and not _BACKGROUND_DAY.match(sentence, e.end))


# A sentence that opens on a day as its topic ("21일 월요일에는", "수요일인 23일에는", "추석 당일은") moves the story to it
_TOPIC_DAY = re.compile(r"\S*(?:\s\S+){0,2}?(?:일|날)(?:\s[월화수목금토일]요일)?(?:에는|은|는)\s")

Again = Callable[[Found, date, str], TimeExpr | None]


@dataclass(frozen=True)
class ArticleDates:
    """What the sentences read so far have told: the last day named with its month ("2월 27일", "다음달 7일", or a
    day this context placed), the last single day told, and the index of the sentence that told the former."""
    anchor: date | None = None
    day: date | None = None
    sentence: int | None = None
    read: int = 0  # sentences read so far: the index of the next one
    days: tuple[tuple[int, date], ...] = ()  # each day number told so far with the date it named, latest last
    running: bool = False  # the anchor is a bare day this context carried into a schedule's month
    # the story's day, what a later "이날" names: the last day the article's first sentence tells as a point
    # ("유가족이 1일 … 오열하고 있다", "… 내달 1일 … 개최한다"), or one a later sentence opens on as its topic
    # ("21일 월요일에는 …", "추석 당일은 …"); not a span's bound ("14일부터", "23일까지"), which no happening is
    # on, nor the day a report is dated by ("13일 국토교통부에 따르면"), nor a day told in passing later on
    # ("… 12일 본진 직후 … 여진이었다" after a lead about today)
    event_day: date | None = None
    # the article tells figures weekday by weekday ("요일별 등락률"): a bare weekday in it is a kind of day
    by_weekday: bool = False
    month: date | None = None  # the first day of the month of the last month or day told: what "같은 달" names
    # the year the lead frames the article in, told as next year ("내년 주요 천문현상을 발표했다"): its later months and
    # days without a year are that year's (see `year_framed`)
    year_ahead: int | None = None
    # a year the lead names by its number ("닭의 해 2017년(단기 4350년)의 일요일은 53일", told in 2016): the frame too
    # when it is the year after publication's (see `year_framed`)
    lead_year: int | None = None
    calendar: bool = False  # the lead is about a year's calendar ("월력요항", "공휴일", "재량휴업일")
    this_year: bool = False  # the lead names this year by a word ("올해 … 재량휴업일로 정한 날은")

    def after(self, exprs: Sequence[TimeExpr], sentence: str = "") -> ArticleDates:
        """The context once the sentence (whose resolved expressions these are) has been read too."""
        anchor, day, told_in, running, event_day = self.anchor, self.day, self.sentence, self.running, self.event_day
        days = dict(self.days)
        report_day = False  # the lead's day of a report ("백악관은 4일 … 12일 … 열린다고 발표했다") is the story's
        for e in exprs:
            if e.date is None or e.role not in ("point", "range", "since", "until"):
                continue
            # a day whose month the text fixes: told with it ("10월 8~10일"), or beside a weekday or day word naming
            # the same day ("29일 목요일"); not one only the tense placed, nor the story's day ("28일 … 공개했다")
            fixed = _MONTH_TOLD.search(e.text) or any(o is not e and o.date == e.date and not re.search(r"\d", o.text)
                                                      for o in exprs)
            if (e.precision == "day" and e.end_date is not None and re.search(r"\d일", e.text) and fixed
                    and not (sentence and _REPORT_DAY.match(sentence, e.end))):
                for d in (e.date, e.end_date):  # "10월 8~10일": its first and its last day
                    days.pop(d.day, None)
                    days[d.day] = d
            carried = anchor is not None and _BARE_DAY.match(e.text) is not None and (
                e.date.year, e.date.month) == (anchor.year, anchor.month)
            # only a day (a schedule's): "11월에는 … 개최할 계획이다" names no month that later days fall in
            # ("지난 10일", "오는 27일": 지난/오는 fix the day's month too, so a schedule told of another month before ends)
            if e.precision == "day" and (_MONTH_TOLD.search(e.text) or _DIRECTED_DAY.match(e.text)
                                         or e.counted_from == "article" or carried):
                anchor, told_in = e.date, self.read
                running = not _MONTH_TOLD.search(e.text) and (e.counted_from == "article" or carried)
            elif e.precision == "month" and _PART_OF_MONTH.search(e.text):
                # "한미 정상회담이 11월 초 서울에서 개최된다. … 이후 … 8~15일 … 순방한다": a part of a month is as near to
                # a day as a schedule's next days need
                anchor, told_in, running = e.date, self.read, False
            if (e.precision == "day" and e.date == e.end_date and (re.search(r"\d일", e.text) or e.counted_from == "article")
                    and not (sentence and (_REPORT_DAY.match(sentence, e.end) or _AS_OF.match(sentence, e.end)))):
                # "… 확정해 17일 발표했다": the story's day; "컨센서스(9월29일 기준)": the day a figure is counted to
                day = e.date
            # (a start at a part of that day is on it too: "개표작업이 27일 하오부터 … 진행되고 있다")
            if ((e.role == "point" or (e.role == "since" and e.part_of_day)) and e.precision == "day"
                    and e.date == e.end_date and not report_day
                    and not (sentence and _REPORT_DAY.match(sentence, e.end))
                    and (self.read == 0 and not _BACKGROUND_DAY.match(sentence, e.end)
                         or (sentence and _TOPIC_DAY.match(sentence[e.start:]) and not sentence[:e.start].strip())
                         or (self.read == 1 and event_day is None and _lead_told_late(sentence, e)))):
                event_day = e.date
                # the days inside what the report tells (after its subject's day) are not the story's day
                report_day = self.read == 0 and _reported_by_subject(sentence, e.start)
        month = self.month
        for e in exprs:
            if e.date is not None and e.precision in ("day", "month") and e.role in ("point", "range") \
                    and (e.end_date is None or (e.date.year, e.date.month) == (e.end_date.year, e.end_date.month)):
                month = e.date.replace(day=1)
        year_ahead, lead_year, calendar, this_year = self.year_ahead, self.lead_year, self.calendar, self.this_year
        if self.read == 0:
            calendar = bool(_CALENDAR_LEAD.search(sentence))
            this_year = any(e.role == "point" and e.precision == "year" and _THIS_YEAR_WORD.fullmatch(e.text.strip())
                            for e in exprs)
            year_ahead = next((e.date.year for e in exprs if e.date is not None and e.role == "point"
                               and _NEXT_YEAR.match(e.text)), None)
            lead_year = next((e.date.year for e in exprs if e.date is not None and e.role == "point"
                              and e.precision == "year" and _NUMBERED_YEAR.fullmatch(e.text)), None)
        return ArticleDates(anchor, day, told_in, self.read + 1, tuple(days.items()), running, event_day,
                            self.by_weekday or bool(BY_WEEKDAY.search(sentence)), month, year_ahead, lead_year,
                            calendar, this_year)


_NEXT_YEAR = re.compile(r"(?:내년도?|새해|명년)(?![가-힣])")
_NUMBERED_YEAR = re.compile(r"(?:19|20)\d\d년")
_THIS_YEAR_WORD = re.compile(r"올해|금년|올")
_CALENDAR_LEAD = re.compile(r"월력|달력|공휴일|쉬는\s?날|연휴|휴업일|학사\s?일정")
_YEAR_LESS_MONTH = re.compile(r"^\d{1,2}\s?월")


_SPAN_OPENED = re.compile(r"\s*(?:부터|에서|[~∼\-–])\s*")


def year_framed(sentence: str, p: date, found: list[Found], told: ArticleDates | None, again: Again) -> None:
    """In an article its lead frames as next year's ("한국천문연구원은 15일 … 내년 주요 천문현상을 발표했다", on 15
    December 2017), a month or a month's day told without a year that alone would fall behind publication ("12월
    13일에는 … 볼 수 있을 전망이다", "7월28일로 예상됐다") is of that year, unless its sentence names another year."""
    if told is None:
        return
    year = told.year_ahead or (told.lead_year if told.lead_year == p.year + 1 else None) or (
        p.year if told.calendar and (told.this_year or told.lead_year == p.year) else None)
    if year is None or any(f.expr.precision == "year" and f.expr.date is not None and f.expr.date.year != year
                           for f in found):
        return
    # ("내년의 월력을 보면 95년은 … 추석연휴의 하루(9월10일)": a sentence whose topic is the frame's year tells its days, even
    # those that alone would still lie ahead this year)
    names_the_year = any(f.expr.precision == "year" and f.expr.date is not None and f.expr.date.year == year
                         and re.match(r"(?:은|는|에는|엔)\s", sentence[f.expr.end:]) for f in found)
    moved: date | None = None
    for prev, f in zip([None, *found], found):
        e, g = f.expr, f.match.groupdict()
        if (moved is not None and prev is not None and e.date is not None and e.date < moved and not g.get("dir")
                and _BARE_DAY.fullmatch(f.match.group(0).split(" ")[0])
                and _SPAN_OPENED.fullmatch(sentence[prev.expr.end:e.start])):
            # "12월4일부터 17일까지": the end of a span opened by a date of the frame goes on from it
            if (r := again(f, moved, "future")) is not None and r.date is not None:
                f.expr = _moved(e, r, p)
            continue
        moved = None
        if (e.date is None or g.get("dir") or g.get("y") or g.get("yw") or g.get("yy")
                or not (_YEAR_LESS_MONTH.match(e.text) or (told.calendar and g.get("hol")))
                or e.precision not in ("day", "month")):
            continue  # (a holiday too, in a calendar's article: "개천절(10월 3일)", "추석 연휴에는")
        if e.date.year == year:
            # already the frame's: marked so (no span read as under way around publication), and a bare day after
            # it goes on from it too
            f.expr = replace(e, counted_from="article")
            moved = e.date
        elif ((e.date < p or names_the_year or told.calendar) and e.date.year < year and (r := again(f, date(year, 1, 1), "future")) is not None
              and r.date is not None and r.date.year == year):
            f.expr = _moved(e, r, p)
            moved = r.date


def carry(sentence: str, p: date, found: list[Found], told: ArticleDates | None, again: Again,
          tense_at: Callable[[int], str], last_predicate_past: Callable[[str], bool]) -> None:
    """Move this sentence's bare days and year-less month days that only the article's earlier dates place
    (see the module docstring). `found` are the sentence's expressions, each resolved alone, in order;
    `tense_at(pos)` is the tense of the clause after pos."""
    anchor = told.anchor if told else None
    if told is not None and anchor is not None and (anchor.year, anchor.month) == (p.year, p.month) and anchor > p:
        _carried_into_this_month(sentence, p, found, anchor, again)
        return
    if told is None or anchor is None or (anchor.year, anchor.month) <= (p.year, p.month):
        return  # only a schedule told ahead of publication carries its month on
    # Only a sentence of bare days goes on in the schedule's month: one that names a month, a holiday or a day
    # counted from publication ("12일 … 4월3일까지", "성탄절인 25일", "17일부터 … 오는 23일", "이번주 주말인 14~15일")
    # sets its own frame
    bare_only = _bare_days_only(found)
    # "20일 … 측은 “…”라고 밝혔다": the publication day, in a sentence that ends reporting in the past, is the
    # story's own day
    own_day_reported = last_predicate_past(sentence)
    # "지난해(11월23일)보다": a date glossing the period right before it is that period's, schedule or not
    glosses = {id(b) for a, b in zip(found, found[1:]) if sentence[a.expr.end:b.expr.start] == "("
               and a.expr.precision in ("quarter", "half", "year")}
    _between_told_days(sentence, p, found, anchor, again, tense_at)
    for f in found:
        e, g = f.expr, f.match.groupdict()
        if (e.date is None or e.end_date is None or g.get("dir") or id(f) in glosses
                or (tense := tense_at(e.end)) == "past"):
            continue
        if _MONTH_DAY.match(e.text) and not (g.get("y") or g.get("yw") or g.get("yy")):
            if e.end_date < p and (r := again(f, p, "future")) is not None and r.date is not None:
                f.expr = _moved(e, r, p)  # the schedule runs ahead: so does this day of it
        elif (bare_only and (e.date.year, e.date.month) != (anchor.year, anchor.month)
              # a day still ahead this month is told bare as it is ("언팩은 29일 … 진행된다" on 3 March); one that
              # alone would be behind, or today in a clause that tells it ahead, goes on in the schedule; not today
              # right after the sentence's subject or topic ("국회는 17일부터 4일간 … 활동을 벌인뒤" on the 17th,
              # "접수가 1일부터 13일까지 … 실시된다" on the 1st): the story's own day, as a lead tells it
              and (e.end_date < p or e.date == p and tense == "future" and not own_day_reported
                   and not _AFTER_SUBJECT.search(sentence, 0, e.start)
                   # "방한 2일째인 15일에는" on 18 June after "오는 8월 14일 … 입국해": a day that alone rolls into a month
                   # after publication's is the schedule's, told ahead, while the last day told is still of it
                   or ((e.date.year, e.date.month) > (p.year, p.month) and tense != "past"
                       and (told.day is None or (told.day.year, told.day.month) == (anchor.year, anchor.month)))
                   # "△1월24일: 대 덴마크" then "△ 〃 28일: 대 이집트": a ditto mark repeats the month above
                   or sentence[:e.start].rstrip().endswith("〃")
                   # "8~15일 … 순방한다" on the 12th: a span told ahead that would have begun already
                   or e.date < p < e.end_date and tense == "future"
                   # "(8~10일 …, 10∼11일 …) 13∼14일 … 참석한다": a schedule already carried into its month runs on there
                   or told.running and e.date.day >= anchor.day
                   and (tense == "future" or tense == "unknown" and _noted_tense(sentence, e, tense_at) == "future"))
              and not _REPORT_DAY.match(sentence, e.end)
              # "서울대는 18일 학장회의를 열어 … 12일에 치르고 … 13일에 실시키로 했다": a day right after the subject,
              # its clause not told ahead and the first of the sentence, is the day of deciding, not one of the schedule
              and not (f is found[0] and _AFTER_SUBJECT.search(sentence, 0, e.start) and tense != "future"
                       and not re.match(r"\s*(?:까지|부터)", sentence[e.end:]))  # (a limit is the schedule's: "20일까지")
              and (r := again(f, anchor.replace(day=1), "future")) is not None and r.date is not None
              and (r.date.year, r.date.month) == (anchor.year, anchor.month)):
            f.expr = _moved(e, r, p)


def _between_told_days(sentence: str, p: date, found: list[Found], anchor: date, again: Again,
                       tense_at: Callable[[int], str]) -> None:
    """"26일 … 최종 평가전(수원)을 치른다" then "대표팀은 27일 경주로 옮겨 … 6월4일(오후 8시반ㆍ 부산) 폴란드와의 본선 첫 경기에
    대비한다" (told on 28 March): a bare day followed in its sentence by a day named with its month falls between the
    schedule's last day and that one, when its number comes after the last day's. So does a span's bare start
    before its end's month ("5월 6일부터 10일까지" then "그다음 날인 12일부터 본투표 전날인 6월 2일 밤 12시까지", in April)."""
    for i, f in enumerate(found):
        e = f.expr
        # the next day named with its month; past a day word ("전날인") when this day opens a span to it
        ahead = found[i + 1:i + 3] if _OPENS_SPAN.match(sentence, e.end) else found[i + 1:i + 2]
        later = next((n.expr.date for n in ahead if _MONTH_DAY.match(n.expr.text)), None)
        if (e.date is None or later is None or f.match.groupdict().get("dir") or not _BARE_DAY.match(e.text)
                or e.precision != "day" or e.date.day <= anchor.day
                or e.date.day > monthrange(anchor.year, anchor.month)[1] or _REPORT_DAY.match(sentence, e.end)
                or tense_at(e.end) != "future" or e.date == p):  # today's day is the story's ("기한은 29일이고")
            continue
        if anchor < (there := anchor.replace(day=e.date.day)) < later and e.date != there \
                and (r := again(f, anchor.replace(day=1), "future")) is not None and r.date == there:
            f.expr = _moved(e, r, p)


_OPENS_SPAN = re.compile(r"\s?부터\s")


def _noted_tense(sentence: str, e: TimeExpr, tense_at: Callable[[int], str]) -> str:
    """"요미우리 자이언츠(19일, 오키나와 …), 요코하마 DeNa(22일, 장소 미정) 등을 상대로 연습경기를 펼칠 예정이다": a day
    noted in brackets beside a name has no verb of its own; the one after the brackets tells whether it lies ahead."""
    if sentence.count("(", 0, e.start) <= sentence.count(")", 0, e.start) or (close := sentence.find(")", e.end)) < 0:
        return "unknown"
    return tense_at(close + 1)


def _carried_into_this_month(sentence: str, p: date, found: list[Found], anchor: date, again: Again) -> None:
    """"22일 다음으로는 29일이 …, 이어 15일(33개), 28일(22개), 25일(12개) 등의 순으로 집계됐다" on 4 March, after "이달
    22일 주주총회를 연다": the article tells a schedule of publication's own month, ahead of it, so a bare day in a
    sentence of bare days that alone went back to the month before (a past verb's: a tally, a forecast's
    "멈췄던") is this month's, whatever its clause's tense; one this month already stays."""
    if not _bare_days_only(found):
        return
    for f in found:
        e = f.expr
        if (e.date is not None and not f.match.groupdict().get("dir") and (e.date.year, e.date.month) < (p.year, p.month)
                and not _REPORT_DAY.match(sentence, e.end)
                and (r := again(f, anchor.replace(day=1), "future")) is not None and r.date is not None
                and (r.date.year, r.date.month) == (anchor.year, anchor.month)):
            f.expr = _moved(e, r, p)


# Figures told weekday by weekday ("요일별 등락률"): the weekdays in them are kinds of day
BY_WEEKDAY = re.compile(r"요일\s?별")
_BARE_WEEKDAY = re.compile(r"[월화수목금토일]요일")
# "금요일인 이달 10일", "수요일이었던 1일", "금요일(10일)": a weekday told with its day is that day
_WEEKDAY_WITH_DAY = re.compile(r"\s*(?:인|이었던|였던|\()\s*(?:(?:오는|지난|이달|이번\s?달|지난\s?달|올해)\s*)?(?:\d{1,2}월\s*)?\d{1,2}일")


def weekdays_as_kinds(sentence: str, found: list[Found], told: ArticleDates | None) -> list[Found]:
    """In an article that tells figures weekday by weekday ("요일별 … 수요일과 금요일에는 … 하락", then "수요일도 시황이
    좋지 않았다"), a bare weekday is any week's, no day; one told with its day ("금요일인 이달 10일") still is that day."""
    if told is None or not told.by_weekday:
        return found
    return [f for f in found if not (_BARE_WEEKDAY.fullmatch(f.expr.text) and not f.match.groupdict().get("dir")
                                     and not _WEEKDAY_WITH_DAY.match(sentence, f.expr.end))]


# "같은 달 코스닥 지수도 …" (after "지난달 … 요일별 흐름을 분석한 결과"): the month told before; not "같은 달 12일",
# a day of it (`timex_links`)
_MONTH_NAMED = re.compile(r"\d월|달")
_SAME_MONTH_ALONE = re.compile(r"(?<![가-힣])같은\s?달(?!\s*\d)(?=\s|[은는의에도]|$)")


def month_pointed_back(sentence: str, p: date, found: list[Found], told: ArticleDates | None) -> list[Found]:
    """"같은 달" alone names the month its sentence told before it ("2월 국제수지는 29일 … 같은 달 산업활동동향은"), else
    the month the article told last; with none told it names nothing."""
    if (m := _SAME_MONTH_ALONE.search(sentence)) is None \
            or any(f.expr.start < m.end() and m.start() < f.expr.end for f in found):
        return found
    in_sentence = [f.expr.date.replace(day=1) for f in found if f.expr.end <= m.start() and f.expr.date is not None
                   and f.expr.precision in ("month", "day") and _MONTH_NAMED.search(f.expr.text)]
    first = in_sentence[-1] if in_sentence else (told.month if told is not None else None)
    if first is None:
        return found
    last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    expr = TimeExpr(m.group(0), m.start(), m.end(), first, last, "month", direction(first, last, p),
                    counted_from="article")
    return sorted([*found, Found(expr, m, lambda *_: None)], key=lambda f: f.expr.start)


def repeated_days(sentence: str, p: date, found: list[Found], told: ArticleDates | None,
                  tense_at: Callable[[int], str] | None = None) -> None:
    """A bare day whose number the article already told as a day names that day again (see the module docstring);
    only in a sentence of bare days, not the day a report is dated by ("…고 13일 밝혔다") nor one a schedule told
    ahead already placed (`carry`), and never counting the day a report was dated by as told."""
    days = dict(told.days) if told else {}
    if not days or not _bare_days_only(found):
        return
    candidates = []
    for f in found:
        e, g = f.expr, f.match.groupdict()
        if (e.date is None or e.date != e.end_date or g.get("dir")
                # a schedule's (`carry`), unless glossed as a bound of what was told ("최종일인 6일에는")
                or (e.counted_from == "article" and not _BOUND_GLOSSED.search(sentence, 0, e.start))
                or not _SINGLE_DAY.fullmatch(e.text.split(" ")[0])
                or _REPORT_DAY.match(sentence, e.end) or _reported_by_subject(sentence, e.start)):
            continue
        candidates.append(f)
    if any(days.get(f.expr.date.day) is None for f in candidates if f.expr.date is not None):
        # "대표연설은 8일 …, 9일 …가 한다" after "12월 9일까지": days listed together are of one month, so one day the
        # article has not told keeps the list where it stands
        return
    for f in candidates:
        e = f.expr
        if (e.date is not None and (was := days.get(e.date.day)) is not None and was != e.date
                # "원내수석부대표는 1일 … 일정에 합의했다" after "다음달 1~21일", on the 1st: the publication day in a clause
                # told done is the story's own day, not the schedule's day ahead
                and not (e.date == p and was > p and tense_at is not None and tense_at(e.end) == "past")):
            f.expr = replace(e, date=was, end_date=was, direction=direction(was, was, p), counted_from="article")


_SINGLE_DAY = re.compile(r"\d{1,2}일")
# "최종일인 6일에는 … 3경기만 열린다" after "10월3일부터 6일까지 재편성했다" and "11월1일에야 … 끝날": a day glossed as the
# first or last of what the article told is that day, not one on from the last month named
_BOUND_GLOSSED = re.compile(r"(?:최종일|마지막\s?날|첫\s?날|개막일|폐막일|종료일)인\s*$")
# "서울시는 12일 이같은 내용의 … 통과했다고 밝혔다": a day right after the reporting subject, in a sentence that ends
# reporting, is the day of the report
_SUBJECT_BEFORE = re.compile(r"[가-힣][은는]\s$")
_REPORTED_AT_END = re.compile(r"(?:밝혔|말했|전했|발표했|설명했|알렸|보도했|공개했|공고했)(?:다|습니다)[\s.\"'”’…)]*$")


def _reported_by_subject(sentence: str, start: int) -> bool:
    return (_SUBJECT_BEFORE.search(sentence, max(0, start - 3), start) is not None
            and _REPORTED_AT_END.search(sentence) is not None)


def _bare_days_only(found: list[Found]) -> bool:
    # (cut before a word, "19일 오후"; not inside a list of days, "9, 10일")
    return all(_BARE_DAY.fullmatch(re.split(r"\s(?=\D)", f.match.group(0), maxsplit=1)[0]) for f in found)


def _moved(e: TimeExpr, r: TimeExpr, p: date) -> TimeExpr:
    return replace(e, date=r.date, end_date=r.end_date, direction=direction(r.date, r.end_date, p),
                   counted_from="article")


# What may stand before a day word that points back: nothing, or a connective ("또", "한편", "이어")
_OPENING = re.compile(r"^\s*(?:(?:또|또한|한편|이어|이어서|그리고|그러나|하지만)\s*,?\s*)?$")
# "여자부 디펜딩챔피언 IBK기업은행은 같은 날", "LG전자도 같은 날", "입촌식은 이튿날부터": the sentence's topic, then
# perhaps a connective, before "같은 날" or "이튿날" (a noun before it, "수능 다음날", names another day)
_TOPIC_OPENING = re.compile(r"\s*(?:[^\s,.]+\s+){0,3}[^\s,.]*[가-힣A-Za-z0-9)](?:은|는|도)\s+(?:또\s+|또한\s+)?"
                            # ("윤 대통령은 현충원 참배 후 같은 날": and what the topic did first, that same day)
                            r"(?:(?:[^\s,.]+\s+){0,2}[^\s,.]+\s(?:후|뒤|직후)\s+)?")
# "이들 3개 주요 교통시설물의 같은날 개통은": what the sentence is about, in the genitive, owning "같은 날" and the
# happening after it (not a time's, "지난해의 같은 날", the same day of another year)
_GENITIVE_OPENING = re.compile(r"\s*(?:[^\s,.]+\s+){0,3}[^\s,.\d]*[가-힣A-Za-z)](?<!해)(?<!년)(?<!달)(?<!주)의\s+")


def day_pointed_back(word: str, told: ArticleDates | None, before: str = "") -> date | None:
    """The day "같은 날"/"다음 날"/"이튿날" names when its own sentence names none, opening the sentence (`before`
    is the text before it; "수능 다음날" is the day after the exam, not after the last day told): counted from
    the article's last day."""
    if word == "당일" and (_NOUN_OPENING.fullmatch(before) or _OPENING.match(before)) and told is not None \
            and told.day is not None:
        # "도착 당일 청와대로 …", "대회 당일 기온은": the day of the happening the article just told; so is "당일" opening
        # a sentence ("개기월식은 1월31일에 … 예상됐다. 당일 오후 8시48분부터 …")
        return told.day
    if word in _THIS_DAY:
        # "이날" points back wherever it stands, to the last day something was told to happen on
        return told.event_day if told else None
    offset = _WORDS_BACK.get(re.sub(r"\s", "", word))
    if offset is None or told is None or told.day is None or not (
            _OPENING.match(before) or _TOPIC_OPENING.fullmatch(before)
            or offset == 0 and _GENITIVE_OPENING.fullmatch(before)):
        return None
    return told.day + timedelta(days=offset)

"""One date expression found in a sentence and resolved: what `digest.text.timex` finds and
`digest.text.timex_links` reads together with its neighbours (a module of its own so both can name it)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

Day = date   # the field named `date` below hides the type inside the class


@dataclass(frozen=True)
class TimeExpr:
    text: str               # matched surface text, e.g. "오는 11일", "11월", "내달 초", "25~26일"
    start: int              # character offsets of the match in the sentence
    end: int
    date: date | None       # first day of the resolved period (None when precision == "none")
    end_date: Day | None    # last day of the period (== date for a single day)
    precision: str          # one of timex.PRECISIONS; never finer than the text ("11월 초" stays "month")
    direction: str          # "past", "present" or "future": where the period lies relative to publication
    part_of_day: str | None = None  # one of timex.PARTS_OF_DAY when the text gives it ("11일 저녁")
    # What the date is to the sentence: "point" (a day or period something happens in), "range" (a span
    # "X부터 Y까지", dated by its start), "until" (a deadline or term's end, "2030년까지"), "since" ("X부터",
    # "X 이후"), "before" (a cut-off, "2012년 12월 31일 이전 출생자"), or "name" (a year inside the name of a
    # plan or document, "‘2025년도 월력요항’"): only "point" and "range" date a happening.
    role: str = "point"
    # For 전날/다음날/이튿날/이날/당일: "sentence" when counted from a day this sentence names, "publication"
    # when from the publication day for want of one (an article's previous sentence may name the real one).
    counted_from: str | None = None

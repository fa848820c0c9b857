"""Date resolution: hand-labelled Korean date expressions scored against digest/text/timex.py.

    .venv/bin/python -m bench.dates [--failures] [--json bench/results/dates.json]
    .venv/bin/python -m bench.dates --batch wb,wc [--failures]   # one dev batch alone (its before/after figure)

Five labelled sets, reported side by side (exact start, end and precision), by kind of expression:

- `bench/data/dates_test.tsv`: the **frozen test split**, real news sentences (KLUE-NER WIKITREE and news
  pages; see bench/data/README.md), committed before any rule was changed for it; never tuned on.
- `bench/data/dates_test2.tsv`: the **second frozen test split**, sentences labelled later (KLUE and
  general-news-kr articles nobody had scored), frozen before any rule was changed after it; never tuned on.
- `bench/data/dates_test3.tsv`: the **third frozen test split**, sentences of other outlets and years (2002-2026:
  court, festival, holiday traffic, weather, sports schedules, council, school and phone-launch news), labelled
  by reading and frozen before the rules were changed after it; never tuned on.
- `bench/data/dates_dev.tsv`: the development split of the same sentences.
- `bench/data/dates.tsv`: the older development set, written alongside the resolver (seed articles and
  phrasing per news section). Cases marked `context` need the previous sentence and are left out.

Columns of the real-sentence files: id, published, expression, at (offset in the sentence), start, end,
precision, source, sentence, and optionally `before`: the article's earlier sentences, separated by " ¶ ", which
the resolver reads first as the article's running context (a bare "28일" after "개막전은 2월 27일"); of dates.tsv: id, published, expression, start, end, precision, section,
sentence. `start`/`end` are the first and last day a reader gives the expression as of `published` (KST);
`precision` is day, week, month, quarter, half, year, none (an undated "곧", `-` for start/end), or
`absent`: the phrase looks like a date but names no point in time ("3일 만에", "매주 목요일", "징역 6월")
and must not be resolved. Conventions: 초 = 1-10, 중순 = 11-20, 말 = 21-last day; a week runs Monday-Sunday;
연말 = December, 연초 and 내년 초 = January; 연내 = publication day to 31 December; a span of days ("25~26일",
a weekend, a holiday's 연휴) has precision day; a range "X부터 Y까지" is one expression.

The script also reports the share of KLUE's point-in-time DT spans that the resolver finds (any resolved
expression overlapping the span), over all 2,534 sentences with a fixed publication day. Point-in-time is
decided on the span's text by `point_in_time` below: a span naming a calendar day, month, quarter, half,
year, week or weekend, a weekday, a holiday, a day word (오늘, 전날, 이날...) or an offset from now
("2년 전"); not durations ("2년", "하루", "5년간", "15일째"), anniversaries ("1주년"), recurring days
("매주 목요일"), eras, seasons, decades, sports seasons, bare numbers in names ("2014 브라질 월드컵").
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from bench import quality_args, write_json

DATA_DIR = Path(__file__).resolve().parent / "data"
DATA = DATA_DIR / "dates.tsv"
DEV = DATA_DIR / "dates_dev.tsv"
TEST = DATA_DIR / "dates_test.tsv"
TEST2 = DATA_DIR / "dates_test2.tsv"
TEST3 = DATA_DIR / "dates_test3.tsv"
# KLUE-NER's WIKITREE sentences live beside the checkouts (../shared/eval), not in the repository.
KLUE = next((p / "shared" / "eval" / "klue-ner-wikitree" / "sentences.tsv" for p in Path(__file__).resolve().parents
             if (p / "shared" / "eval" / "klue-ner-wikitree" / "sentences.tsv").exists()), None)
KLUE_PUBLISHED = date(2015, 6, 15)
BEFORE_SEPARATOR = " ¶ "  # between the earlier sentences of an article in the optional tenth column


@dataclass(frozen=True)
class Case:
    id: str
    published: date
    expression: str
    start: date | None
    end: date | None
    precision: str
    section: str
    sentence: str
    at: int | None = None
    before: tuple[str, ...] = ()  # the article's earlier sentences, in order (newer batches only)

    @property
    def context(self) -> bool:
        return "context" in self.section.split(",")

    @property
    def offset(self) -> int:
        return self.sentence.index(self.expression) if self.at is None else self.at


def _day(s: str) -> date | None:
    return None if s == "-" else date.fromisoformat(s)


def load(path: Path = DATA) -> list[Case]:
    """Either file format: the real-sentence files carry the expression's offset, dates.tsv does not."""
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) in (9, 10):
            cid, pub, expr, at, start, end, precision, source, sentence = cols[:9]
            before = tuple(s for s in cols[9].split(BEFORE_SEPARATOR) if s) if len(cols) == 10 else ()
            cases.append(Case(cid, date.fromisoformat(pub), expr, _day(start), _day(end), precision, source,
                              sentence, int(at), before))
        else:
            cid, pub, expr, start, end, precision, section, sentence = cols
            cases.append(Case(cid, date.fromisoformat(pub), expr, _day(start), _day(end), precision, section,
                              sentence))
    return cases


# Kinds of expression, decided on the labelled text (first match wins).
_HOLIDAY = re.compile(r"설|추석|광복절|삼일절|3·1절|한글날|개천절|현충일|어린이날|어버이날|스승의 ?날|식목일|"
                      r"크리스마스|성탄절|부처님 ?오신 ?날|석가탄신일|정월 ?대보름|제헌절|신정|단오")
KINDS = (
    ("not a date", lambda c: c.precision == "absent"),
    ("range", lambda c: re.search(r"\d\s*[~∼\-–]\s*\d|부터.+까지|\d\.\d+~", c.expression) is not None),
    ("holiday", lambda c: _HOLIDAY.search(c.expression) is not None),
    ("weekday", lambda c: "요일" in c.expression),
    ("anchored day (전날, 다음날)", lambda c: re.search(r"전날|다음\s?날|이튿날|당일", c.expression) is not None),
    ("day word (오늘, 어제)", lambda c: re.search(r"오늘|내일|모레|어제|그제|그저께|이날|이 날", c.expression) is not None),
    ("offset (N년 전)", lambda c: re.search(r"(?:\d+|[한두세네넉]|일)\s?(?:일|주일?|개월|달|년)\s?(?:전|후|뒤|만)", c.expression) is not None),
    ("week, weekend", lambda c: re.search(r"주말|주$|주\s|주일", c.expression) is not None),
    ("part of month/year (초, 말)", lambda c: re.search(r"초$|초순|중순|하순|말$|연말|연초", c.expression) is not None),
    ("day with year/month", lambda c: re.search(r"(?:월|\.)\s?\d+일?$|\d월\s?\d+일|\d+\.\d+\.\d+", c.expression) is not None),
    ("day with 지난/오는/이달", lambda c: re.search(r"(?:지난|오는|달|이달)\s?\d+일", c.expression) is not None),
    ("bare day (11일)", lambda c: re.search(r"\d+일", c.expression) is not None),
    ("month", lambda c: "월" in c.expression or "달" in c.expression),
    ("quarter, half", lambda c: re.search(r"분기|반기", c.expression) is not None),
    ("year", lambda c: True),
)


def kind(case: Case) -> str:
    return next(name for name, test in KINDS if test(case))


def judge(case: Case) -> tuple[bool, str]:
    """(exact, what timex gave) for one case."""
    from digest.text.timex import read_article

    begin = case.offset
    finish = begin + len(case.expression)
    # the article's earlier sentences are read first, in order, as a caller reads an article
    found = [e for e in read_article([*case.before, case.sentence], case.published)[-1] if e.start < finish and e.end > begin]
    if case.precision == "absent":  # a year inside a name is found but flagged as no point in time
        found = [e for e in found if getattr(e, "role", "point") != "name"]
        return not found, ", ".join(f"{e.text}->{e.date}/{e.precision}" for e in found) or "nothing"
    if not found:
        return False, "nothing"
    e = found[0]
    got = f"{e.text}->{e.date}..{e.end_date}/{e.precision}"
    return (e.date, e.end_date, e.precision) == (case.start, case.end, case.precision), got


def run(cases: list[Case], by=kind) -> dict:
    rows: dict[str, list[bool]] = defaultdict(list)
    failures = []
    for case in cases:
        ok, got = judge(case)
        rows["context (needs previous sentence)" if case.context else by(case)].append(ok)
        if not ok:
            failures.append({"id": case.id, "published": case.published.isoformat(), "expression": case.expression,
                             "expected": f"{case.start}..{case.end}/{case.precision}", "got": got,
                             "sentence": case.sentence})
    scored = [ok for key, oks in rows.items() if not key.startswith("context") for ok in oks]
    return {"cases": len(cases), "sentences": len({c.sentence for c in cases}),
            "by_kind": {k: {"n": len(v), "exact": sum(v)} for k, v in rows.items()},
            "overall": {"n": len(scored), "exact": sum(scored)}, "failures": failures}


# --------------------------------------------------------------------------------------------------
# KLUE DT spans: which name a point in time, and how many of those the resolver finds.
# --------------------------------------------------------------------------------------------------
_NOT_POINT = re.compile(r"(?:간|동안|째|주년|주기|시즌|시대|시절|세기|년생|생|만|새|여|호)$|^매|^\d+$|^\d{4}\s?[^년\d]"
                        r"|년대|\d박|^\d{1,2}년\s?\d+(?:월|개월|일)$|^(?:[5-9]|\d\d)분기"
                        r"|^(?:\d{1,3}|[한두세석넉]|일)\s?(?:년|개월|달|주)$|^(?:3[2-9]|[4-9]\d|\d{3,})일$|^(?:하루|이틀|사흘|나흘|닷새|엿새|이레|열흘|보름|일주일|한\s?해)")
_POINT = re.compile(r"\d+일|\d+월|(?:19|20)\d\d년|\d{4}\.\d|오늘|어제|내일|모레|그제|그저께|이날|이 날|전날|다음\s?날|"
                    r"이튿날|당일|지난\s?해|작년|올해|올\s|내년|금년|지난\s?달|이달|이번\s?달|다음\s?달|내달|저번\s?달|"
                    r"지난\s?주|이번\s?주|다음\s?주|주말|요일|분기|반기|연말|연초|올\s?초|" + _HOLIDAY.pattern +
                    r"|\d+\s?(?:일|주|개월|달|년)\s?(?:전|후|뒤)$|[한두세네넉]\s?달\s?(?:전|후|뒤)$")


def point_in_time(span: str) -> bool:
    """Does this KLUE DT span name a point (or period) on the calendar, rather than a length or a name?"""
    span = span.strip()
    if re.search(r"\s(?:전|후|뒤)$", span) and _POINT.search(span):
        return True
    return _POINT.search(span) is not None and _NOT_POINT.search(span) is None


def klue_coverage(path: Path | None = KLUE) -> dict | None:
    """Share of point-in-time DT spans that overlap a resolved expression (None when the data is absent)."""
    from digest.text.timex import find_time_expressions

    if path is None or not path.exists():
        return None
    spans = found = other = 0
    missed: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        tagged = line.split("\t", 1)[1]
        sentence, marks, pos = "", [], 0
        for m in re.finditer(r"<([^<>]*):([A-Z]{2})>", tagged):
            sentence += tagged[pos:m.start()]
            if m[2] == "DT":
                marks.append((len(sentence), len(sentence) + len(m[1]), m[1]))
            sentence += m[1]
            pos = m.end()
        sentence += tagged[pos:]
        exprs = find_time_expressions(sentence, KLUE_PUBLISHED)
        for begin, end, text in marks:
            if not point_in_time(text):
                other += 1
                continue
            spans += 1
            if any(e.start < end and e.end > begin for e in exprs):
                found += 1
            else:
                missed.append(text)
    return {"point_in_time": spans, "found": found, "other_dt_spans": other, "missed": missed}


def table(result: dict) -> str:
    """Exact figures by kind of expression: frozen test, development, older development set."""
    sets = [("frozen test", result["test"]), ("frozen test 2", result["test2"]), ("frozen test 3", result["test3"]),
            ("all frozen", result["frozen"]), ("dev", result["dev"]),
            ("older dev (dates.tsv)", result["older"])]
    kinds = [name for name, _ in KINDS] + ["context (needs previous sentence)"]
    lines = ["| kind | " + " | ".join(name for name, _ in sets) + " |", "| --- |" + " ---: |" * len(sets)]

    def cell(r: dict | None) -> str:
        return "-" if not r or not r["n"] else f"{r['exact']}/{r['n']} ({100 * r['exact'] / r['n']:.0f}%)"

    for k in kinds:
        if any(k in s["by_kind"] for _, s in sets):
            lines.append(f"| {k} | " + " | ".join(cell(s["by_kind"].get(k)) for _, s in sets) + " |")
    lines.append("| **all (without context cases)** | " + " | ".join(
        f"**{s['overall']['exact']}/{s['overall']['n']} ({100 * s['overall']['exact'] / s['overall']['n']:.1f}%)**"
        for _, s in sets) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = quality_args(__doc__, argv, "list every case timex got wrong", lambda ap: ap.add_argument(
        "--batch", metavar="PREFIXES", help="score only the dev rows whose id starts with one of these comma-separated "
                                            "prefixes (e.g. wb,wc): a new batch, before and after rule changes"))
    if args.batch:
        prefixes = tuple(x.strip() for x in args.batch.split(",") if x.strip())
        cases = [c for c in load(DEV) if c.id.startswith(prefixes)]
        if not cases:
            print(f"no dev rows start with {', '.join(prefixes)}", file=sys.stderr)
            return 2
        r = run(cases)
        print(f"dev batch {', '.join(prefixes)}: {r['overall']['exact']}/{r['overall']['n']} exact "
              f"({100 * r['overall']['exact'] / r['overall']['n']:.1f}%) in {r['sentences']} sentences")
        if args.failures:
            for f in r["failures"]:
                print(f"{f['id']} [{f['published']}] {f['expression']!r}: expected {f['expected']}, got {f['got']}\n    {f['sentence']}")
        write_json(args.json, r)
        return 0
    result = {"test": run(load(TEST)), "test2": run(load(TEST2)), "test3": run(load(TEST3)), "dev": run(load(DEV)),
              "older": run(load(DATA))}
    result["frozen"] = run(load(TEST) + load(TEST2) + load(TEST3))   # the three frozen splits read as one test set
    for name, key, path in (("frozen test", "test", TEST), ("frozen test 2", "test2", TEST2),
                            ("frozen test 3", "test3", TEST3), ("dev", "dev", DEV),
                            ("older dev", "older", DATA)):
        r = result[key]
        print(f"{name}: {r['cases']} labelled expressions in {r['sentences']} sentences ({path.name})")
    print()
    print(table(result))
    klue = klue_coverage()
    result["klue"] = klue
    if klue:
        print(f"\nKLUE-NER WIKITREE: the resolver finds {klue['found']} of {klue['point_in_time']} point-in-time DT spans "
              f"({100 * klue['found'] / klue['point_in_time']:.1f}%); {klue['other_dt_spans']} other DT spans "
              "(durations, names, eras) are not counted")
    if args.failures:
        # The frozen splits print figures only: reading their failures would tune the rules on them.
        for name, key in (("dev", "dev"), ("older dev", "older")):
            print(f"\n{name} failures:")
            for f in result[key]["failures"]:
                print(f"{f['id']} [{f['published']}] {f['expression']!r}: expected {f['expected']}, got {f['got']}\n    {f['sentence']}")
        if klue:
            print("\nKLUE point-in-time DT spans not found:", ", ".join(sorted(set(klue["missed"]))))
    write_json(args.json, result)
    return 0


if __name__ == "__main__":
    sys.exit(main())

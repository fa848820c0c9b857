"""Date resolution: hand-labelled Korean date expressions scored against digest/timex.py.

    .venv/bin/python -m bench.dates [--failures] [--json bench/results/dates.json]

Data: bench/data/dates.tsv, one case per line (tab-separated, `#` starts a comment):

    id  published  expression  start  end  precision  section  sentence

`expression` is the phrase to resolve as it appears in `sentence`; `start`/`end` are the first and last
day of the period a reader would give it, as of `published` (KST); `precision` is day, week, month,
quarter, half, year, none (an undated "곧"/"조만간", with `-` for start/end), or `absent`: the phrase looks
like a date but is none ("3일 만에", "2분기 연속", "매년 3월") and must not be resolved. Conventions:
초 = 1-10, 중순 = 11-20, 말 = 21-last day; a week runs Monday-Sunday; 연말 = December, 연초 and 내년 초 =
January; 연내 = publication day to 31 December; a span of days ("25~26일", a weekend) has precision day.
Sections name the source of the phrasing: seedNNN for the seed articles, else the news section.
Cases marked `context` need the previous sentence ("이날" after "오는 11일"): timex sees one sentence,
so they are reported on their own row and left out of the overall figure.

A case counts as exact when the expression found at that place has the same start, end and precision.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from bench import quality_args, write_json

DATA = Path(__file__).resolve().parent / "data" / "dates.tsv"
ORDER = ("day", "week", "month", "quarter", "half", "year", "none", "absent")


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

    @property
    def context(self) -> bool:
        return "context" in self.section.split(",")


def load(path: Path = DATA) -> list[Case]:
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cid, pub, expr, start, end, precision, section, sentence = line.split("\t")
        day = lambda s: None if s == "-" else date.fromisoformat(s)  # noqa: E731
        cases.append(Case(cid, date.fromisoformat(pub), expr, day(start), day(end), precision, section, sentence))
    return cases


def judge(case: Case) -> tuple[bool, str]:
    """(exact, what timex gave) for one case."""
    from digest.timex import find_time_expressions

    begin = case.sentence.index(case.expression)
    finish = begin + len(case.expression)
    found = [e for e in find_time_expressions(case.sentence, case.published) if e.start < finish and e.end > begin]
    if case.precision == "absent":
        return not found, ", ".join(f"{e.text}->{e.date}/{e.precision}" for e in found) or "nothing"
    if not found:
        return False, "nothing"
    e = found[0]
    got = f"{e.text}->{e.date}..{e.end_date}/{e.precision}"
    return (e.date, e.end_date, e.precision) == (case.start, case.end, case.precision), got


def run(cases: list[Case]) -> dict:
    rows: dict[str, list[bool]] = defaultdict(list)
    failures = []
    for case in cases:
        ok, got = judge(case)
        rows["context (needs previous sentence)" if case.context else case.precision].append(ok)
        if not ok:
            failures.append({"id": case.id, "published": case.published.isoformat(), "expression": case.expression,
                             "expected": f"{case.start}..{case.end}/{case.precision}", "got": got,
                             "sentence": case.sentence})
    scored = [ok for key, oks in rows.items() if not key.startswith("context") for ok in oks]
    return {"cases": len(cases), "sentences": len({c.sentence for c in cases}),
            "by_precision": {k: {"n": len(v), "exact": sum(v)} for k, v in
                             sorted(rows.items(), key=lambda kv: ORDER.index(kv[0]) if kv[0] in ORDER else 99)},
            "overall": {"n": len(scored), "exact": sum(scored)}, "failures": failures}


def table(result: dict) -> str:
    lines = ["| precision | cases | exact | accuracy |", "| --- | ---: | ---: | ---: |"]
    for key, r in result["by_precision"].items():
        lines.append(f"| {key} | {r['n']} | {r['exact']} | {100 * r['exact'] / r['n']:.0f}% |")
    o = result["overall"]
    lines.append(f"| **all (without context cases)** | {o['n']} | {o['exact']} | {100 * o['exact'] / o['n']:.1f}% |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = quality_args(__doc__, argv, "list every case timex got wrong")
    result = run(load())
    print(f"{result['cases']} labelled expressions in {result['sentences']} sentences (bench/data/dates.tsv)\n")
    print(table(result))
    if args.failures:
        print()
        for f in result["failures"]:
            print(f"{f['id']} [{f['published']}] {f['expression']!r}: expected {f['expected']}, got {f['got']}\n    {f['sentence']}")
    write_json(args.json, result)
    return 0


if __name__ == "__main__":
    sys.exit(main())

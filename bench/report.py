"""Run every benchmark and write bench/RESULTS.md and bench/results/quality.png (`make bench`).

    .venv/bin/python -m bench.report [--articles 1100]

Each benchmark runs in its own process (so the memory and Kiwi-load figures of the throughput run are not
disturbed by the others) and leaves its full results as JSON in bench/results/.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"


def _run(module: str, *args: str) -> dict:
    out = RESULTS / f"{module}.json"
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", f"bench.{module}", "--json", str(out), *args], check=True,
                   cwd=HERE.parent, stdout=subprocess.DEVNULL)
    print(f"bench.{module}: {time.perf_counter() - start:.0f} s", file=sys.stderr)
    return json.loads(out.read_text(encoding="utf-8"))


def _saved(name: str):
    """Results a longer benchmark left in bench/results/ (not re-run by `make bench`), or None."""
    path = RESULTS / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def chart(summaries: dict, path: Path) -> bool:
    """ROUGE-2 of every system on every set of the summary benchmark, side by side."""
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("matplotlib missing (pip install -e '.[bench]'): no chart", file=sys.stderr)
        return False
    sets = list(summaries["datasets"])
    names = list(summaries["datasets"][sets[0]]["systems"])
    fig, ax = plt.subplots(figsize=(max(9, 1.4 * len(sets)), 4.5))
    width = 0.8 / len(names)
    for i, name in enumerate(names):
        values = [summaries["datasets"][d]["systems"][name]["rouge2"] for d in sets]
        ax.bar([m + i * width for m in range(len(sets))], values, width, label=name)
    ax.set_xticks([m + 0.4 - width / 2 for m in range(len(sets))],
                  [f"{d.replace('general-news-kr ', 'general ')} ({summaries['datasets'][d]['articles']})" for d in sets],
                  rotation=20, ha="right", fontsize=8)
    ax.set_ylabel("ROUGE-2 F1 (%) on Kiwi morphemes")
    ax.set_title("3-sentence extracts vs human-chosen sentences")
    ax.legend(fontsize=8, loc="lower right")
    ax.set_ylim(0, 100)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    return True


def dates_and_events(dates: dict, events: dict) -> list[str]:
    """The date-resolution and event-extraction sections of RESULTS.md, from their JSON results."""
    from bench.dates import table as dates_table
    from bench.events import table as events_table

    return [
        "## Date resolution (`python -m bench.dates`)",
        "",
        f"Exact match of start, end and precision against `digest.text.timex.find_time_expressions`: the frozen test "
        f"split ({dates['test']['cases']} expressions in {dates['test']['sentences']} real news sentences, "
        f"bench/data/dates_test.tsv, never tuned on), the development split ({dates['dev']['cases']} in "
        f"{dates['dev']['sentences']}) and the older development set written alongside the resolver "
        f"({dates['older']['cases']} in {dates['older']['sentences']}, bench/data/dates.tsv).",
        "",
        dates_table(dates),
        "",
        (f"KLUE-NER WIKITREE: {dates['klue']['found']} of {dates['klue']['point_in_time']} point-in-time DT spans found "
         f"({100 * dates['klue']['found'] / dates['klue']['point_in_time']:.1f}%)." if dates.get("klue")
         else "KLUE-NER WIKITREE: not on this machine (../shared/eval/klue-ner-wikitree)."),
        "",
        "## Event extraction (`python -m bench.events`)",
        "",
        f"{events['gold_events']} hand-labelled events ({events['gold_rows']} article mentions) of the five seed "
        "articles (bench/data/seed_events.tsv: follow-ups and dated background; the publication-day news itself is "
        "not scored), against the calendar after `ingest seeds/` and against each article's `extract`. A predicted "
        "event matches when it shares an article and its title holds one of the event's key words (or its sentence "
        "tells only that event); \"date exact\" also needs the same date and precision.",
        "**Development figures**: the seeds are the acceptance test the extraction rules were written against.",
        "",
        events_table(events),
        "",
    ]


def faults_section(faults: dict, table) -> list[str]:
    return ["## Scheduled digests under platform faults (`python -m bench.faults`)", "",
            f"{faults['days']} days of scheduled digests for {faults['channels']} channels against a fake Slack failing "
            f"{faults['fault_rate']:.0%} of all calls at random (500 before or after posting, 429, an answer after the "
            "client's timeout having posted; history reads too), fixed seed, simulated clock, real loopback HTTP. "
            "Both lost and repeated must be 0.", "", table(faults), ""]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1100)
    args = ap.parse_args(argv)
    RESULTS.mkdir(exist_ok=True)
    started = time.perf_counter()
    throughput = _run("throughput", "--articles", str(args.articles))
    latency = _run("latency")
    summaries = _run("summaries")
    dates = _run("dates")
    events = _run("events")
    faults = _run("faults")

    from bench.analysis_cost import section as analysis_cost_section
    from bench.faults import table as faults_table
    from bench.latency import table as latency_table
    from bench.scale import section as scale_section
    from bench.summaries import markdown as summary_markdown
    from bench.throughput import report as throughput_report

    has_chart = chart(summaries, RESULTS / "quality.png")
    load = os.getloadavg()
    md = [
        "# Benchmark results",
        "",
        f"Written by `make bench` (`python -m bench.report --articles {args.articles}`) on "
        f"{datetime.now().astimezone().isoformat(timespec='minutes')}, in {time.perf_counter() - started:.0f} s.",
        f"Machine: {platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}; "
        f"load average at the end {load[0]:.1f} (other jobs on the machine slow the speed figures).",
        "",
        "## Summary quality (`python -m bench.summaries`)",
        "",
        "The bot's 3 bullets and each baseline's 3 sentences against the human-chosen summary sentences; ROUGE F1 (%) "
        "on Kiwi morphemes; the last column is the paired bootstrap share of article resamples in which the bot leads "
        "on ROUGE-2. The ranking weights were chosen on the two development sets (`python -m bench.tune`).",
        "",
        *summary_markdown(summaries),
        "![quality vs baselines](results/quality.png)" if has_chart else "(no chart: matplotlib is not installed)",
        "",
        *dates_and_events(dates, events),
        "## Speed and memory (`python -m bench.throughput`)",
        "",
        throughput_report(throughput),
        "",
        *analysis_cost_section(_saved("analysis_cost")),
        "## Query latency at 10,000 stories (`python -m bench.latency`)",
        "",
        f"{latency[0]['stories']:,} synthetic stories (rows as ingest stores them, see the script), each query typed "
        "through the command layer 30 times after a first run; target p95 under 50 ms on SQLite.",
        "",
        latency_table(latency),
        "",
        *faults_section(faults, faults_table),
        *scale_section(_saved("scale"), _saved("latency_100k")),
    ]
    (HERE / "RESULTS.md").write_text("\n".join(md), encoding="utf-8")
    print((HERE / "RESULTS.md").read_text(encoding="utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""What analysing an article costs beyond Kiwi: `analyse` alone (no storage) against Kiwi's own floor.

    .venv/bin/python -m bench.analysis_cost [--corpora scale,civic,general] [--articles 300] [--repeat 3]
                                            [--top 25] [--dump FILE] [--compare FILE] [--json FILE]

Corpora: `scale`, the first N articles of `bench.scale.news_corpus` (real news sentences recombined into stories,
sidecar metadata as a feed gives it); `civic`, the 193 real civic and regional articles of bench/data/civic_news
(each with its publication day); `general`, every article of bench/data/general-news-kr (all splits; no
publication day in the data, so each is analysed as published 2025-09-10 KST, which makes dates and events run
as they do at ingest).

For each corpus, in one process with Kiwi loaded and warmed, `--repeat` rounds of: Kiwi's floor (its own
`tokenize` over every raw text, as `bench.scale` measures it), then `digest.analysis.analyse` over the same
texts, each round with the text caches emptied (every article is new to ingest). Reported: CPU ms per article
of each (median round), their ratio, and our share (analyse minus the floor). Then, in a pass that is not timed, how often Kiwi was called and on how many characters against the
texts' own length (1.0x: every character analysed once), and a cProfile (CPU time) of one round: the functions
that take the most time of their own and the time per source file.

Two more corpora serve the check below: `seeds`, the bundled seed articles with their sidecar, and `sci`, the 50
articles of bench/data/sci-news-sum-kr-50 (published as `general`'s).

`--dump FILE` writes every analysis in full (sentences with their morphemes, bullets, events, each sentence's
resolved dates as `extract --format json` lists them) as JSON lines; `--compare FILE` checks the analyses of
this run against such a dump and lists the articles that differ: a change meant to make analysis cheaper must
leave every one identical. The check, on the code before a change and again after it:

    .venv/bin/python -m bench.analysis_cost --corpora scale,civic,general,seeds,sci --no-timing --dump before.jsonl
    .venv/bin/python -m bench.analysis_cost --corpora scale,civic,general,seeds,sci --no-timing --compare before.jsonl
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import json
import os
import pstats
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from bench import write_json

ROOT = Path(__file__).resolve().parent.parent
GENERAL_PUBLISHED = "2025-09-10T09:00+09:00"
CORPORA = ("scale", "civic", "general")


def scale_sources(articles: int) -> list:
    from bench.scale import news_corpus
    from digest.sources.files import SourceText

    return [SourceText(name, text, "utf-8", meta) for name, text, meta in news_corpus(articles)]


def civic_sources() -> list:
    from bench.event_corpus import load_articles
    from digest.sources.files import SourceText

    return [SourceText(a["id"], "\n\n".join(a["paragraphs"]) + "\n", "utf-8",
                       {"published": a["published"], "outlet": a["outlet"], "url": a["url"]})
            for a in load_articles().values()]


def general_sources() -> list:
    from bench.general_news import WHOLE_FILES, article_text, load
    from digest.sources.files import SourceText

    docs = load() + [d for split in WHOLE_FILES for d in load(split)]
    return [SourceText(d["slug"], article_text(d), "utf-8", {"published": GENERAL_PUBLISHED, "outlet": d["outlet"]})
            for d in docs]


def seed_sources() -> list:
    from digest.sources.files import iter_article_paths, read_source

    return [dataclasses.replace(read_source(path), source=path.name)   # named alike in every checkout
            for path, problem in iter_article_paths([ROOT / "seeds"]) if problem is None]


def sci_sources() -> list:
    from bench.summaries import article_text, load
    from digest.sources.files import SourceText

    return [SourceText(d["slug"], article_text(d), "utf-8", {"published": GENERAL_PUBLISHED}) for d in load()]


def sources(corpus: str, articles: int) -> list:
    return {"scale": lambda: scale_sources(articles), "civic": civic_sources, "general": general_sources,
            "seeds": seed_sources, "sci": sci_sources}[corpus]()


def analysed(src):
    """The article's analysis, or the reason it is none (a skipped file is a result too)."""
    from digest.analysis import analyse
    from digest.sources.files import NotAnArticle

    try:
        return analyse(src)
    except NotAnArticle as e:
        return e


def record(src, result) -> dict:
    """Everything an analysis holds, as plain JSON: what must stay identical when analysis gets cheaper."""
    from digest.text.timex import expression_record, read_article

    if isinstance(result, Exception):
        return {"source": src.source, "skipped": str(result)}
    out = dataclasses.asdict(result)
    out["dates"] = [expression_record(e, s.index) for s, exprs in zip(result.sentences, read_article(
        [s.text for s in result.sentences], result.published.when)) for e in exprs] if result.published else []
    return json.loads(json.dumps(out, ensure_ascii=False, default=str))


def forget_texts() -> None:
    """Empty the text analysis's caches (morphemes of a title, tense markers of a clause...): every round reads
    its texts as new, as ingest reads new articles, not the ones the round before has kept."""
    for name, module in list(sys.modules.items()):
        if name.startswith("digest.text."):
            for obj in vars(module).values():
                if getattr(obj, "__module__", None) == name and callable(getattr(obj, "cache_clear", None)):
                    obj.cache_clear()


def cpu_ms_per_article(run: Callable[[], object], count: int) -> float:
    forget_texts()
    started = time.process_time()
    run()
    return 1000 * (time.process_time() - started) / count


def timed(srcs: list, repeat: int) -> dict:
    """Kiwi's floor and `analyse` over the same texts, `repeat` rounds in turn; the median round of each."""
    from digest.text.korean import kiwi

    for src in srcs[:5]:
        analysed(src)                       # caches and lazy imports warmed, as in a running bot
    floors, analyses = [], []
    load = os.getloadavg()[0]   # other work on the machine slows both alike; the ratio is what compares runs
    for _ in range(repeat):
        floors.append(cpu_ms_per_article(lambda: [kiwi().tokenize(s.text) for s in srcs], len(srcs)))
        analyses.append(cpu_ms_per_article(lambda: [analysed(s) for s in srcs], len(srcs)))
    floor, analysis = statistics.median(floors), statistics.median(analyses)
    return {"articles": len(srcs), "kiwi_cpu_ms": round(floor, 2), "analyse_cpu_ms": round(analysis, 2),
            "ratio_to_kiwi": round(analysis / floor, 2), "ours_cpu_ms": round(analysis - floor, 2),
            "rounds": {"kiwi": [round(x, 2) for x in floors], "analyse": [round(x, 2) for x in analyses]},
            "load_average": [round(load, 2), round(os.getloadavg()[0], 2)]}


def kiwi_calls(srcs: list) -> dict:
    """How often `analyse` calls Kiwi and on how much text, against the raw texts' length."""
    from digest.text import korean

    k = korean.kiwi()
    calls: Counter = Counter()
    chars: Counter = Counter()
    cpu: Counter = Counter()

    def counted(name: str, method):
        def call(text, *args, **kwargs):
            calls[name] += 1
            chars[name] += len(text) if isinstance(text, str) else sum(len(t) for t in text)
            started = time.process_time()
            try:
                # a list of texts gives an iterator Kiwi's threads fill: read it whole here, so its CPU is counted
                return method(text, *args, **kwargs) if isinstance(text, str) else list(method(text, *args, **kwargs))
            finally:
                cpu[name] += time.process_time() - started
        return call

    originals = {name: getattr(k, name) for name in ("tokenize", "split_into_sents")}
    for name, method in originals.items():
        setattr(k, name, counted(name, method))
    try:
        forget_texts()
        for src in srcs:
            analysed(src)
    finally:
        for name in originals:
            delattr(k, name)
    total = sum(len(s.text) for s in srcs)
    return {"calls_per_article": {n: round(c / len(srcs), 2) for n, c in sorted(calls.items())},
            "characters_analysed_per_text_character": {n: round(c / total, 3) for n, c in sorted(chars.items())},
            "cpu_ms_per_article": {n: round(1000 * c / len(srcs), 2) for n, c in sorted(cpu.items())}}


def profile(srcs: list, top: int) -> dict:
    """One round under cProfile counting CPU time: the top functions by their own time, and time per file."""
    profiler = cProfile.Profile(time.process_time)
    forget_texts()
    profiler.enable()
    for src in srcs:
        analysed(src)
    profiler.disable()
    stats = pstats.Stats(profiler)
    total = sum(row[2] for row in stats.stats.values())        # type: ignore[attr-defined]
    rows = sorted(stats.stats.items(), key=lambda kv: kv[1][2], reverse=True)  # type: ignore[attr-defined]

    def name(key) -> str:
        file, line, func = key
        short = file.replace(str(ROOT) + "/", "")
        return func if file == "~" else f"{short}:{line}({func})"

    def where(key) -> str:
        file = key[0]
        if file == "~":
            return "Kiwi (C)" if "Kiwi" in key[2] else "builtins and regex engine (C)"
        if str(ROOT) in file:
            return file.replace(str(ROOT) + "/", "")
        return "library (Python)"

    per_file: Counter = Counter()
    for key, row in stats.stats.items():                       # type: ignore[attr-defined]
        per_file[where(key)] += row[2]
    return {"total_s": round(total, 3),
            "top": [{"function": name(k), "calls": r[1], "own_ms_per_article": round(1000 * r[2] / len(srcs), 2),
                     "cumulative_ms_per_article": round(1000 * r[3] / len(srcs), 2)} for k, r in rows[:top]],
            "per_file": [{"file": f, "ms_per_article": round(1000 * s / len(srcs), 2), "share": round(s / total, 3)}
                         for f, s in per_file.most_common()]}


def compare(records: list[dict], path: Path) -> list[str]:
    """Sources whose analysis differs from the dump's (or is missing from it)."""
    before = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        before[r["corpus"], r["source"]] = r
    return [f"{r['corpus']}/{r['source']}" for r in records if before.get((r["corpus"], r["source"])) != r]


def report(corpus: str, result: dict) -> str:
    t = result["timing"]
    lines = [f"## {corpus}: {t['articles']} articles",
             f"Kiwi's floor {t['kiwi_cpu_ms']} ms CPU/article, analyse {t['analyse_cpu_ms']} ms: "
             f"{t['ratio_to_kiwi']}x Kiwi, ours {t['ours_cpu_ms']} ms (rounds: Kiwi {t['rounds']['kiwi']}, "
             f"analyse {t['rounds']['analyse']}; load average {t['load_average'][0]} -> {t['load_average'][1]})"]
    if "profile" not in result:
        return "\n".join(lines)
    k, p = result["kiwi_calls"], result["profile"]
    lines += [f"Kiwi inside analyse, nothing cached yet: calls per article {k['calls_per_article']}, characters "
              f"analysed per text character {k['characters_analysed_per_text_character']}, CPU ms per article "
              f"{k['cpu_ms_per_article']}",
              "", "CPU per file under the profiler (its overhead inflates Python code, not Kiwi's):"]
    lines += [f"  {row['ms_per_article']:7.2f} ms  {row['share']:6.1%}  {row['file']}" for row in p["per_file"][:12]]
    lines += ["", "top functions by own CPU time (ms/article own, cumulative; calls over the corpus):"]
    lines += [f"  {row['own_ms_per_article']:7.2f} {row['cumulative_ms_per_article']:7.2f}  {row['calls']:>7}  "
              f"{row['function']}" for row in p["top"]]
    return "\n".join(lines)


def section(saved: dict | None) -> list[str]:
    """The analysis-cost section of RESULTS.md, from `bench.analysis_cost --json bench/results/analysis_cost.json`
    (run on its own: `make bench` quotes it)."""
    lines = ["## Analysis beyond Kiwi (`python -m bench.analysis_cost`)", ""]
    if not saved:
        return lines + ["(not run: `python -m bench.analysis_cost --json bench/results/analysis_cost.json`)", ""]
    lines += ["`digest.analysis.analyse` alone (cleaning, sentences, bullets, dates, events; nothing stored) against "
              "Kiwi's own `tokenize` over the same raw texts in the same process, CPU ms per article (median round, "
              "text caches emptied before each round; the machine's load average over the timing in parentheses: other "
              "work slows Kiwi and analyse alike, so the ratio is what compares runs), and the calls to Kiwi `analyse` "
              "makes on new texts.", "",
              "| corpus | articles | Kiwi's floor | analyse | x Kiwi | ours (analyse - floor) | Kiwi calls per article |",
              "| --- | ---: | ---: | ---: | ---: | ---: | --- |"]
    for corpus, result in saved.items():
        t = result["timing"]
        calls = ", ".join(f"{n} {c}" for n, c in result.get("kiwi_calls", {}).get("calls_per_article", {}).items())
        load = " (load {} -> {})".format(*t["load_average"]) if "load_average" in t else ""
        lines.append(f"| {corpus} | {t['articles']} | {t['kiwi_cpu_ms']:.1f} ms | {t['analyse_cpu_ms']:.1f} ms | "
                     f"{t['ratio_to_kiwi']:.2f}x{load} | {t['ours_cpu_ms']:.1f} ms | {calls} |")
    return lines + ["", "A change made to cheapen analysis leaves every analysis of the five corpora (these three, the seeds "
                    "and sci-news-sum-kr-50) identical: `--dump` before it, `--compare` after it (see the script).", ""]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", default=",".join(CORPORA))
    parser.add_argument("--articles", type=int, default=300, help="articles of the scale corpus")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--dump", type=Path, help="write every analysis as JSON lines")
    parser.add_argument("--compare", type=Path, help="check every analysis against a dump")
    parser.add_argument("--no-timing", action="store_true", help="only dump or compare")
    parser.add_argument("--no-profile", action="store_true", help="time only: no Kiwi call count, no profile")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    from digest.text.korean import kiwi

    kiwi().tokenize("워밍업")
    results, records = {}, []
    for corpus in args.corpora.split(","):
        srcs = sources(corpus, args.articles)
        if args.dump or args.compare:
            records += [{"corpus": corpus, **record(s, analysed(s))} for s in srcs]
        if args.no_timing:
            continue
        results[corpus] = {"timing": timed(srcs, args.repeat)}
        if not args.no_profile:
            results[corpus].update(kiwi_calls=kiwi_calls(srcs), profile=profile(srcs, args.top))
        print(report(corpus, results[corpus]), end="\n\n", flush=True)
    if args.dump:
        args.dump.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        print(f"{len(records)} analyses written to {args.dump}")
    differing = compare(records, args.compare) if args.compare else []
    if args.compare:
        print(f"{len(records) - len(differing)} of {len(records)} analyses identical to {args.compare}"
              + (": differ: " + ", ".join(differing[:20]) if differing else ""))
    write_json(args.json, results)
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())

"""Summary quality: the bot's 3 bullets against human-chosen sentences, next to the usual baselines.

    .venv/bin/python -m bench.summaries [--per-article] [--json bench/results/summaries.json]

Two domains, three sets, one run:

* sci-news-sum-kr-50 (bench/data/sci-news-sum-kr-50): 50 Naver IT/science articles; for each, the sentences
  and the indices two annotators chose as its summary (3 to 9 sentences). The reference is the chosen
  sentences, joined. The dataset's preprocessing stripped every full stop; it is put back after a
  sentence-final ending (다, 요, 죠, 까), as in the published article. Subtitle lines stay unpunctuated.
* general-news-kr (bench/data/general-news-kr, `bench/general_news.py`): 68 articles of six sections from
  national and regional outlets and local-government releases, three sentences chosen by an editor;
  development split (47) and frozen test split (21), reported separately; plus a second frozen split,
  test-full: 32 whole, full-length press releases (no page openings), labelled before any system ran on them,
  and dev-full, 12 more of the same kind for development; and whole news articles of national and regional
  outlets, dev-news (34) for development and test-news (14), frozen the same way.

The bot gets what a user would paste: the article as text, headline first, then one sentence per line,
so cleaning and splitting are part of what is measured (`newsdigest extract FILE --bullets 3` runs the same
`analyse` call). Baselines work on the dataset's own sentence list (its split is given to them for free).
All systems extract 3 sentences. Scores: ROUGE-1/2/L F1 (percent) on Kiwi morphemes, mean over articles
(bench/rouge.py). The paired bootstrap column says how often the bot beats each system on ROUGE-2 when
articles are resampled (1,000 resamples): about 0.5 means a tie, near 1.0 a real lead.

Cross-domain figures come from `bench.tune`: the ranking weights fitted on one domain's development set,
scored on the other domain (both directions), against LEAD-3 over real sentences on the same articles.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path

from bench import baselines, general_news, write_json
from bench.rouge import score_tokens, tokens

DATA = Path(__file__).resolve().parent / "data" / "sci-news-sum-kr-50" / "data"
FINAL = re.compile(r"(?:다|요|죠|까)[\"'”’)\]]*$")


def load(data: Path = DATA) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(data.glob("*.json"))]


def article_text(doc: dict) -> str:
    """The article as a scraped page would give it: headline, blank line, one paragraph per sentence."""
    body = [s.strip() + "." if FINAL.search(s.strip()) else s.strip() for s in doc["sentences"]]
    return doc["title"].strip() + "\n\n" + "\n".join(body) + "\n"


def bot_summary(doc: dict, k: int = 3, text_of=article_text) -> list[str]:
    from digest.analysis import analyse
    from digest.sources.files import SourceText

    analysis = analyse(SourceText(doc["slug"], text_of(doc), "utf-8", {}), bullets=k)
    return [b.text for b in analysis.bullets]


def systems(text_of=article_text) -> dict:
    pick = lambda f: (lambda doc: [doc["sentences"][i] for i in f(doc["sentences"])])  # noqa: E731
    return {
        "LEAD-3": pick(baselines.lead),
        "LEAD-3 (sentences only)": pick(baselines.lead_sentences),
        "TextRank (Kiwi)": pick(baselines.textrank),
        "LexRank (Kiwi)": pick(baselines.lexrank),
        "newsdigest bot": lambda doc: bot_summary(doc, text_of=text_of),
    }


def datasets() -> dict[str, tuple[list[dict], object]]:
    """name -> (documents, the function that renders one as pasted text)."""
    return {
        "sci-news-sum-kr-50": (load(), article_text),
        "general-news-kr dev": (general_news.load("dev"), general_news.article_text),
        "general-news-kr test": (general_news.load("test"), general_news.article_text),
        "general-news-kr dev-full": (general_news.load("dev-full"), general_news.article_text),
        "general-news-kr test-full": (general_news.load("test-full"), general_news.article_text),
        "general-news-kr dev-news": (general_news.load("dev-news"), general_news.article_text),
        "general-news-kr test-news": (general_news.load("test-news"), general_news.article_text),
    }


def paired_bootstrap(a: list[float], b: list[float], resamples: int = 1000, seed: int = 7) -> float:
    """Share of article resamples in which mean(a) > mean(b) (ties count half)."""
    rng = random.Random(seed)
    n, wins = len(a), 0.0
    for _ in range(resamples):
        idx = [rng.randrange(n) for _ in range(n)]
        d = sum(a[i] - b[i] for i in idx)
        wins += 1.0 if d > 0 else 0.5 if d == 0 else 0.0
    return wins / resamples


def run(docs: list[dict], text_of=article_text) -> dict:
    refs = [tokens([doc["sentences"][i] for i in sorted(doc["summaries"])]) for doc in docs]
    results: dict[str, dict] = {}
    for name, summarise in systems(text_of).items():
        start = time.perf_counter()
        per = []
        for doc, ref in zip(docs, refs):
            out = summarise(doc)
            per.append({"slug": doc["slug"], "summary": out, "rouge": score_tokens(tokens(out), ref).as_tuple()})
        elapsed = time.perf_counter() - start
        mean = [sum(p["rouge"][m] for p in per) / len(per) for m in range(3)]
        results[name] = {"rouge1": mean[0], "rouge2": mean[1], "rougeL": mean[2], "seconds": elapsed, "articles": per}
    bot = [p["rouge"][1] for p in results["newsdigest bot"]["articles"]]
    for name, r in results.items():
        if name != "newsdigest bot":
            r["bot_wins_r2"] = paired_bootstrap(bot, [p["rouge"][1] for p in r["articles"]])
    return results


def table(results: dict) -> str:
    lines = ["| system | ROUGE-1 | ROUGE-2 | ROUGE-L | bot ahead on R-2 (bootstrap) |", "| --- | ---: | ---: | ---: | ---: |"]
    for name, r in results.items():
        wins = f"{r['bot_wins_r2']:.2f}" if "bot_wins_r2" in r else ""
        lines.append(f"| {name} | {r['rouge1']:.2f} | {r['rouge2']:.2f} | {r['rougeL']:.2f} | {wins} |")
    return "\n".join(lines)


def cross_domain() -> dict:
    """ROUGE-2 of the weights fitted on each domain (and of the bot's own), on every set, with LEAD-3 over
    real sentences on the same articles and the paired bootstrap of the fitted ranking against it."""
    from bench import tune

    cd = tune.cross_domain()
    sets = {"sci-news-sum-kr-50": cd.sci, "general-news-kr dev": cd.gen, "general-news-kr test": cd.test,
            "general-news-kr dev-full": cd.fulldev, "general-news-kr test-full": cd.full,
            "general-news-kr dev-news": cd.newsdev, "general-news-kr test-news": cd.news}
    rows = {"fit on sci-news-sum-kr-50": cd.best_on(1)[0], "fit on general-news-kr dev": cd.best_on(2)[0],
            "the bot's weights (chosen on both)": tune.current_point()}
    out: dict = {"LEAD-3 (sentences only)": {name: tune.mean(tune.lead_real(prep)) for name, prep in sets.items()}}
    for label, point in rows.items():
        out[label] = {"point": point}
        for name, prep in sets.items():
            scores, lead = tune.evaluate(prep, point), tune.lead_real(prep)
            out[label][name] = tune.mean(scores)
            out[label][name + " ahead of LEAD-3 (bootstrap)"] = paired_bootstrap(scores, lead)
    return out


def cross_table(cross: dict) -> str:
    names = ["sci-news-sum-kr-50", "general-news-kr dev", "general-news-kr test", "general-news-kr dev-full",
             "general-news-kr test-full", "general-news-kr dev-news", "general-news-kr test-news"]
    lines = ["| ranking weights | " + " | ".join(names) + " |", "| --- |" + " ---: |" * len(names)]
    for label, r in cross.items():
        cells = []
        for n in names:
            wins = r.get(n + " ahead of LEAD-3 (bootstrap)")
            cells.append(f"{r[n]:.2f}" + (f" ({wins:.2f})" if wins is not None else ""))
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def markdown(results: dict) -> list[str]:
    """The summary-quality section of README/RESULTS: every set's table, then the cross-domain table."""
    notes = {
        "sci-news-sum-kr-50": "50 Naver IT/science articles, 3-9 sentences chosen by two annotators. A development set.",
        "general-news-kr dev": "47 articles of six sections (politics, society, economy, local, sports, culture), "
                               "3 sentences chosen by an editor. The development split.",
        "general-news-kr test": "21 articles, frozen before any tuning; never used to choose a rule or a weight.",
        "general-news-kr dev-full": "12 whole, full-length Naju city press releases for development.",
        "general-news-kr test-full": "32 whole, full-length press releases (Naju and Gwangju cities), labelled and "
                                     "frozen before any system ran on them; never used to choose a rule or a weight.",
        "general-news-kr dev-news": "34 whole news articles of national and regional outlets for development.",
        "general-news-kr test-news": "14 whole news articles of national and regional outlets, labelled and frozen "
                                     "before any system ran on them; never used to choose a rule or a weight.",
    }
    md: list[str] = []
    for name, r in results["datasets"].items():
        md += [f"**{name}** ({r['articles']} articles): {notes.get(name, '')}", "", table(r["systems"]), ""]
    md += ["**Cross-domain** (`python -m bench.tune`): ROUGE-2 of the ranking with weights fitted on one domain's "
           "development set, on every set; in brackets, how often it beats LEAD-3 over real sentences on ROUGE-2 "
           "when articles are resampled.", "", cross_table(results["cross_domain"]), ""]
    return md


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", type=Path, help="write the full results (per article) to this file")
    ap.add_argument("--per-article", action="store_true", help="print the bot's and LEAD-3's ROUGE-2 per article")
    args = ap.parse_args(argv)
    results: dict = {"datasets": {}}
    for name, (docs, text_of) in datasets().items():
        r = run(docs, text_of)
        results["datasets"][name] = {"articles": len(docs), "systems": r}
        print(f"{name}: {len(docs)} articles, 3 sentences per system, F1 % on Kiwi morphemes\n")
        print(table(r) + "\n")
        if args.per_article:
            bot, lead = r["newsdigest bot"]["articles"], r["LEAD-3 (sentences only)"]["articles"]
            for b, l in zip(bot, lead):
                print(f"{b['rouge'][1]:6.1f} {l['rouge'][1]:6.1f}  {b['slug'][:60]}")
            print()
    results["cross_domain"] = cross_domain()
    print("cross-domain ROUGE-2 (in brackets: bootstrap share of resamples ahead of LEAD-3 over real sentences)\n")
    print(cross_table(results["cross_domain"]))
    write_json(args.json, results)
    return 0


if __name__ == "__main__":
    sys.exit(main())

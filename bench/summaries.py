"""Summary quality: the bot's 3 bullets against human-chosen sentences, next to the usual baselines.

    .venv/bin/python -m bench.summaries [--per-article] [--json bench/results/summaries.json]

Data: bench/data/sci-news-sum-kr-50 (50 Naver IT/science articles; for each, the sentences and the
indices two annotators chose as its summary). The reference is the chosen sentences, joined.

The bot gets what a user would paste: the article as text, headline first, then one sentence per
paragraph, so cleaning and splitting are part of what is measured (`newsdigest extract FILE --bullets 3`
runs the same `analyse` call). The dataset's preprocessing stripped every full stop; it is put back after
a sentence-final ending (다, 요, 죠, 까), as in the published article. Subtitle lines stay unpunctuated.

Baselines work on the dataset's own sentence list (its split is given to them for free). All systems
extract 3 sentences. Scores: ROUGE-1/2/L F1 (percent) on Kiwi morphemes, mean over articles (bench/rouge.py).
The paired bootstrap column says how often the bot beats each system on ROUGE-2 when articles are
resampled (1,000 resamples): about 0.5 means a tie, near 1.0 a real lead.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path

from bench import baselines, write_json
from bench.rouge import score_tokens, tokens

DATA = Path(__file__).resolve().parent / "data" / "sci-news-sum-kr-50" / "data"
FINAL = re.compile(r"(?:다|요|죠|까)[\"'”’)\]]*$")


def load(data: Path = DATA) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(data.glob("*.json"))]


def article_text(doc: dict) -> str:
    """The article as a scraped page would give it: headline, blank line, one paragraph per sentence."""
    body = [s.strip() + "." if FINAL.search(s.strip()) else s.strip() for s in doc["sentences"]]
    return doc["title"].strip() + "\n\n" + "\n".join(body) + "\n"


def bot_summary(doc: dict, k: int = 3) -> list[str]:
    from digest.analysis import analyse
    from digest.articles import SourceText

    analysis = analyse(SourceText(doc["slug"], article_text(doc), "utf-8", {}), bullets=k)
    return [b.text for b in analysis.bullets]


def systems() -> dict:
    pick = lambda f: (lambda doc: [doc["sentences"][i] for i in f(doc["sentences"])])  # noqa: E731
    return {
        "LEAD-3": pick(baselines.lead),
        "LEAD-3 (sentences only)": pick(baselines.lead_sentences),
        "TextRank (Kiwi)": pick(baselines.textrank),
        "LexRank (Kiwi)": pick(baselines.lexrank),
        "newsdigest bot": bot_summary,
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


def run(docs: list[dict]) -> dict:
    refs = [tokens([doc["sentences"][i] for i in sorted(doc["summaries"])]) for doc in docs]
    results: dict[str, dict] = {}
    for name, summarise in systems().items():
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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", type=Path, help="write the full results (per article) to this file")
    ap.add_argument("--per-article", action="store_true", help="print the bot's and LEAD-3's ROUGE-2 per article")
    args = ap.parse_args(argv)
    docs = load()
    results = run(docs)
    print(f"sci-news-sum-kr-50: {len(docs)} articles, 3 sentences per system, F1 % on Kiwi morphemes\n")
    print(table(results))
    if args.per_article:
        bot, lead = results["newsdigest bot"]["articles"], results["LEAD-3"]["articles"]
        for b, l in zip(bot, lead):
            print(f"{b['rouge'][1]:6.1f} {l['rouge'][1]:6.1f}  {b['slug'][:60]}")
    write_json(args.json, {"dataset": "sci-news-sum-kr-50", "articles": len(docs), "systems": results})
    return 0


if __name__ == "__main__":
    sys.exit(main())

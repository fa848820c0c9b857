"""Event extraction on real Korean news: the dev split and the three frozen test splits.

Gold: bench/data/civic_events.tsv (conventions in its header), articles in bench/data/civic_news/ (sources
and licences in its README). Each article is analysed alone, as `newsdigest extract` does, and scored with
bench.events' matching rule; the figures are summed over the articles of a split. `python -m bench.events`
prints them beside the seeds'.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

from bench.events import KINDS, PRECISIONS, SCORED, Gold, Predicted, _prf, score

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "data" / "civic_news" / "articles.jsonl"
LABELS = HERE / "data" / "civic_events.tsv"
SPLITS = ("dev", "test", "test2", "test3")   # frozen: test (c02-c44 even), test2 (c60-c84 even), test3 (c85-c109)


def load_articles(path: Path = ARTICLES) -> dict[str, dict]:
    out = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        a = json.loads(line)
        if a.get("split") not in SPLITS or not a.get("paragraphs"):
            raise ValueError(f"{path.name}:{n}: an article needs a split ({'/'.join(SPLITS)}) and paragraphs")
        out[a["id"]] = a
    return out


def load_labels(articles: dict[str, dict], path: Path = LABELS) -> dict[str, list[Gold]]:
    """Gold events per article, checked: known article, kind and precision, evidence found in the text."""
    squash = lambda s: re.sub(r"\s+", "", s)
    texts = {k: squash(" ".join(a["paragraphs"])) for k, a in articles.items()}
    out: dict[str, list[Gold]] = {k: [] for k in articles}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        article, day, precision, kind, title, keys, evidence, tags = line.split("\t")
        problem = (f"unknown article {article}" if article not in articles else
                   f"unknown kind {kind}" if kind not in KINDS else
                   f"unknown precision {precision}" if precision not in PRECISIONS else
                   "evidence not in the article" if squash(evidence) not in texts[article] else None)
        if problem:
            raise ValueError(f"{path.name}:{n}: {problem}")
        out[article].append(Gold(f"{article}-{len(out[article]) + 1}", day, precision, kind, title,
                                 tuple(k for k in keys.split("|") if k), (evidence,), frozenset({article})))
    return out


def read_events(article: dict) -> tuple[list[str], list]:
    """The article's sentences and its events as `newsdigest extract` lists them (publication-day news left out),
    read as ingest reads them (`analysis.analyse`): the rules' texts from the paragraphs' morphemes where it does."""
    from digest.text.events import extract_events
    from digest.text.korean import sentences_read, split_sentences

    paragraphs = [[(s.text, s.tokens) for s in split_sentences(p)] for p in article["paragraphs"]]
    with sentences_read(pair for para in paragraphs for pair in para):
        found = extract_events(paragraphs, date.fromisoformat(article["published"]))
    return [text for para in paragraphs for text, _ in para], [e for e in found if not e.on_publication_day]


def predictions(article: dict) -> list[Predicted]:
    """The article's events as `newsdigest extract` lists them, as the benchmark scores them."""
    return [predicted(e, article["id"]) for e in read_events(article)[1]]


def predicted(e, article_id: str) -> Predicted:
    """A found event as the scorer reads it."""
    from digest.text.events import display_date

    return Predicted(e.title, display_date(e.start, e.precision), e.precision, e.kind, e.evidence, frozenset({article_id}))


def run_split(split: str, articles: dict[str, dict] | None = None, labels: dict[str, list[Gold]] | None = None) -> dict:
    articles = articles or load_articles()
    labels = labels or load_labels(articles)
    results = {k: score(predictions(a), labels[k]) for k, a in articles.items() if a["split"] == split}
    total = pooled([dict(r, articles=1) for r in results.values()])
    total["misses"] = [dict(m, article=k) for k, r in results.items() for m in r["misses"]]
    total["false_positives"] = [p for r in results.values() for p in r["false_positives"]]
    total["uncredited"] = []
    # strict counts per article, so two runs can be compared article by article (bench.events --moves)
    total["by_article"] = {k: [r["date_exact"][n] for n in ("matched", "predicted", "gold")] for k, r in results.items()}
    return total


def pooled(totals: list[dict]) -> dict:
    """Several splits' totals as one (counts summed, rates recomputed): the frozen splits read as one test set."""
    out: dict = {"articles": sum(t["articles"] for t in totals), "by_kind": {}}
    for level in ("named", "date_exact"):
        out[level] = _prf(*(sum(t[level][k] for t in totals) for k in ("matched", "predicted", "gold")))
    for kind in SCORED:
        out["by_kind"][kind] = _prf(*(sum(t["by_kind"][kind][k] for t in totals) for k in ("matched", "predicted", "gold")))
    return out


def run() -> dict:
    articles = load_articles()
    labels = load_labels(articles)
    result = {split: run_split(split, articles, labels) for split in SPLITS}
    result["frozen"] = pooled([result[split] for split in SPLITS if split != "dev"])
    return result

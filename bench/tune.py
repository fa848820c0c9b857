"""How the ranking weights in digest/text/summarize.py are chosen: cross-domain validation, reproducibly.

    .venv/bin/python -m bench.tune [--folds 5]

Two domains with human-chosen summary sentences: sci-news-sum-kr-50 (50 IT/science articles) and the
development split of general-news-kr (47 articles of six sections). The frozen test split of
general-news-kr (21 articles), its full-length split test-full (32 whole press releases) and test-news (14
whole news articles) are only ever scored, never fitted on. Each article is analysed once
(cleaning, splitting, Kiwi); only the ranking reruns over a grid of weights and position decays, scored by
ROUGE-2 of 3 bullets against the chosen sentences.

* Cross-domain: the best grid point on one domain is scored on the other, both directions. A ranking that
  only fits its own domain shows here.
* The weights the bot uses: on each development domain a point keeps some share of the margin over
  LEAD-3 over real sentences that the domain's own best point reaches; the chosen point is the one whose
  smaller share is largest (max-min). A weighting that helps one domain and hurts the other loses to one
  that holds on both.
* The lead prior is fixed (GRID["lead"] has one value): it is a fact of both domains (the first real
  sentence is chosen in 66% and 83% of their articles), not something to fit. A signal was added to the
  grid only if it improved or kept both cross-domain figures: the share of a sentence in quotation marks,
  dates and attribution verbs each lowered one direction and are not used; figures (numbers) raised one
  and kept the other.
* Within sci-news-sum-kr-50, k-fold cross-validation of the same procedure, as before.
"""

from __future__ import annotations

import argparse
import functools
import itertools
import sys
from dataclasses import dataclass

from bench import baselines, general_news, summaries
from bench.rouge import score_tokens, tokens
from digest.text import summarize

# Only ratios matter for one article, so centrality stays fixed and the others move around it.
GRID = {
    "centrality": [0.5],
    "lead": [0.3],
    "position": [0.0, 0.1, 0.2, 0.4],
    "headline": [0.0, 0.1, 0.2],
    "length": [0.05, 0.15, 0.25],
    "numbers": [0.0, 0.05, 0.1],
    "decay": [0.5, 1.0, 2.0],
}
SCALE = 0.85   # weights are reported scaled to this sum (digest.text.stories adds a fixed bonus per outlet)


@dataclass
class Prepared:
    slug: str
    candidates: list
    features: dict          # decay -> per-sentence feature dicts
    ref: list[str]
    sentences: list[str]    # the dataset's own sentence list (for the baselines)
    reference: list[int]


def datasets() -> dict[str, tuple[list[dict], object]]:
    """name -> (documents, article_text function)."""
    return {
        "sci-news-sum-kr-50": (summaries.load(), summaries.article_text),
        "general-news-kr dev": (general_news.load("dev"), general_news.article_text),
        "general-news-kr test": (general_news.load("test"), general_news.article_text),
        "general-news-kr dev-full": (general_news.load("dev-full"), general_news.article_text),
        "general-news-kr test-full": (general_news.load("test-full"), general_news.article_text),
        "general-news-kr dev-news": (general_news.load("dev-news"), general_news.article_text),
        "general-news-kr test-news": (general_news.load("test-news"), general_news.article_text),
    }


def prepare(docs: list[dict], text_of, decays=tuple(GRID["decay"])) -> list[Prepared]:
    from digest.analysis import analyse
    from digest.sources.files import SourceText
    from digest.text.korean import content_words

    out = []
    for doc in docs:
        a = analyse(SourceText(doc["slug"], text_of(doc), "utf-8", {}), bullets=3)
        cands = [summarize.Candidate(s.index, s.text, s.words, summarize.is_bullet_worthy(s.text, s.final, s.role), s.role)
                 for s in a.sentences]
        head = content_words(a.title) if a.title_origin != "sentence" else ()
        feats = {d: summarize.sentence_features(cands, head, d)
                 for d in set(decays) | {summarize.POSITION_DECAY, summarize.LONG_POSITION_DECAY}}
        ref = tokens([doc["sentences"][i] for i in sorted(doc["summaries"])])
        out.append(Prepared(doc["slug"], cands, feats, ref, doc["sentences"], sorted(doc["summaries"])))
    return out


@functools.lru_cache(maxsize=None)
def _tokens(texts: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(tokens(list(texts)))


_r2_cache: dict[tuple[str, tuple[str, ...]], float] = {}


def _r2(p: Prepared, texts: tuple[str, ...]) -> float:
    key = (p.slug, texts)
    if key not in _r2_cache:
        _r2_cache[key] = score_tokens(_tokens(texts), p.ref).r2
    return _r2_cache[key]


def evaluate(prepared: list[Prepared], point: dict) -> list[float]:
    """ROUGE-2 of each article's 3 bullets under the given weights (and 'decay'). At the bot's own point a long
    article gets the bot's slower decay (summarize.position_decay), so the figure is the bot's."""
    weights = {k: v for k, v in point.items() if k != "decay"}
    decay = point.get("decay", summarize.POSITION_DECAY)
    bots_point = point == current_point()
    out = []
    for p in prepared:
        scores = summarize.combine(p.features[summarize.position_decay(p.candidates) if bots_point else decay], weights)
        bullets = summarize.select_by_scores(p.candidates, scores, 3)
        out.append(_r2(p, tuple(b.text for b in bullets)))
    return out


def lead_real(prepared: list[Prepared]) -> list[float]:
    """LEAD-3 over real sentences on the dataset's own sentence list, per article."""
    return [_r2(p, tuple(p.sentences[i] for i in baselines.lead_sentences(p.sentences))) for p in prepared]


def mean(xs) -> float:
    return sum(xs) / len(xs) if xs else 0.0


def current_point() -> dict:
    return dict(summarize.WEIGHTS, decay=summarize.POSITION_DECAY)


def grid_points() -> list[dict]:
    keys = list(GRID)
    return [dict(zip(keys, values)) for values in itertools.product(*GRID.values())]


def scaled(point: dict) -> dict:
    """The point as summarize.WEIGHTS would hold it: weights summing to SCALE."""
    weights = {k: v for k, v in point.items() if k != "decay"}
    total = sum(weights.values())
    return {k: round(v * SCALE / total, 3) for k, v in weights.items()} | {"decay": point["decay"]}


@dataclass
class CrossDomain:
    table: list[tuple[dict, list[float], list[float]]]   # (point, per-article R2 on sci, on general dev)
    sci: list[Prepared]
    gen: list[Prepared]
    test: list[Prepared]
    full: list[Prepared]
    fulldev: list[Prepared]
    newsdev: list[Prepared]
    news: list[Prepared]

    def best_on(self, which: int, indices: list[int] | None = None) -> tuple[dict, list[float], list[float]]:
        pick = (lambda s: mean([s[i] for i in indices])) if indices is not None else mean
        return max(self.table, key=lambda t: (pick(t[which]), -self.table.index(t)))

    def chosen(self) -> tuple[dict, list[float], list[float]]:
        """Max-min: the point whose smaller share of its domain's best margin over LEAD-3 is largest."""
        base = mean(lead_real(self.sci)), mean(lead_real(self.gen))
        best = max(mean(t[1]) for t in self.table), max(mean(t[2]) for t in self.table)

        def share(t, d):
            return (mean(t[d + 1]) - base[d]) / (best[d] - base[d]) if best[d] > base[d] else 0.0
        return max(self.table, key=lambda t: (min(share(t, 0), share(t, 1)), mean(t[1]) + mean(t[2])))


def cross_domain() -> CrossDomain:
    sets = datasets()
    sci = prepare(*sets["sci-news-sum-kr-50"])
    gen = prepare(*sets["general-news-kr dev"])
    test = prepare(*sets["general-news-kr test"])
    full = prepare(*sets["general-news-kr test-full"])
    fulldev = prepare(*sets["general-news-kr dev-full"])
    newsdev = prepare(*sets["general-news-kr dev-news"])
    news = prepare(*sets["general-news-kr test-news"])
    table = [(p, evaluate(sci, p), evaluate(gen, p)) for p in grid_points()]
    return CrossDomain(table, sci, gen, test, full, fulldev, newsdev, news)


def report(cd: CrossDomain, folds: int = 5) -> dict:
    """Every figure the README quotes: current, chosen and cross-domain, with LEAD-3 (real sentences)."""
    def row(point):
        return {"sci": mean(evaluate(cd.sci, point)), "general dev": mean(evaluate(cd.gen, point))}
    fit_sci, _, _ = cd.best_on(1)
    fit_gen, _, _ = cd.best_on(2)
    chosen, _, _ = cd.chosen()
    n = len(cd.sci)
    held = []
    for k in range(folds):
        train = [i for i in range(n) if i % folds != k]
        point, sci_scores, _ = cd.best_on(1, train)
        held += [sci_scores[i] for i in range(n) if i % folds == k]
    return {
        "LEAD-3 (sentences only)": {"sci": mean(lead_real(cd.sci)), "general dev": mean(lead_real(cd.gen))},
        "current weights": row(current_point()) | {"point": current_point()},
        "fit on sci-news-sum-kr-50": row(fit_sci) | {"point": fit_sci},
        "fit on general-news-kr dev": row(fit_gen) | {"point": fit_gen},
        "chosen (max-min over both)": row(chosen) | {"point": chosen, "weights": scaled(chosen)},
        f"sci {folds}-fold cross-validated": {"sci": mean(held)},
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args(argv)
    cd = cross_domain()
    print(f"{len(cd.table)} grid points; ROUGE-2 of 3 bullets (F1 %, Kiwi morphemes)\n")
    print(f"{'':32s} {'sci':>7s} {'gen dev':>8s}   (the frozen test split: python -m bench.summaries)")
    for name, r in report(cd, args.folds).items():
        cells = " ".join(f"{r[k]:8.2f}" if k in r else f"{'':8s}" for k in ("sci", "general dev"))
        print(f"{name:32s}{cells}   {r.get('weights') or r.get('point') or ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

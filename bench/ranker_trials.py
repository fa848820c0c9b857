"""Ranking changes tried against the bot's weights on the development sets only, with cross-domain checks.

    .venv/bin/python -m bench.ranker_trials

Three development sets: sci-news-sum-kr-50 (IT/science), general-news-kr dev (short general news) and
general-news-kr dev-full (whole press releases). The frozen test splits are not read. A change is taken only
if it raises a set without lowering another, and, for a fitted model, only if both cross-domain directions
(fit on one domain, score the other) beat the grid of `bench.tune` fitted the same way. Printed:

* Pareto: how many points of the `bench.tune` grid score at least the bot's weights on all three sets, and
  the max-min point over the three (the trade it makes).
* Listwise logistic regression over the same features (softmax over an article's real sentences, the
  sentences an editor chose as targets, L2 penalty): fitted on IT/science, scored on general news; fitted on
  general news (dev and dev-full), scored on IT/science.
* Length saturating at 20 or 30 content words instead of 12 (most press-release sentences pass 12).
* Restatement as near-repeat: a sentence whose content nouns (Kiwi NNG/NNP, foreign words and numbers) are
  mostly in a chosen bullet and that adds no new figure; on every chosen bullet, on the lead only, or only for
  an attribution sentence ("... 했다고 밝혔다"), the way press releases restate their lead.
"""

from __future__ import annotations

import functools
import re
import sys

import numpy as np

from bench import tune
from digest.text import summarize
from digest.text.korean import content_words, kiwi

SETS = ["sci-news-sum-kr-50", "general-news-kr dev", "general-news-kr dev-full"]
FEATURES = ["centrality", "lead", "position", "headline", "length", "numbers"]
NOUN_TAGS = {"NNG", "NNP", "SL", "SN", "SH"}
ATTRIBUTION = re.compile(r"(?:고|며)\s+(?:밝혔|전했|말했|설명했)다[.\"'”’]*$")


def evaluate(prepared, point, repeats=summarize.near_repeat) -> float:
    weights = {k: v for k, v in point.items() if k != "decay"}
    decay = point.get("decay", summarize.POSITION_DECAY)
    out = []
    for p in prepared:
        bullets = summarize.select_by_scores(p.candidates, summarize.combine(p.features[decay], weights), 3, repeats)
        out.append(tune._r2(p, tuple(b.text for b in bullets)))
    return tune.mean(out)


# --- listwise logistic regression -------------------------------------------------------------------------

def chosen_by_editor(p) -> list[bool]:
    """A real sentence of the bot's split counts as chosen if its content words match a chosen sentence's
    (Jaccard >= 0.6; the two splits differ on subtitles and quotes)."""
    refs = [set(content_words(p.sentences[i])) for i in p.reference]
    return [max(len(set(c.words) & r) / len(set(c.words) | r) if set(c.words) | r else 0.0 for r in refs) >= 0.6
            for c in p.candidates]


def lists(prepared, decay) -> list[tuple[np.ndarray, np.ndarray]]:
    out = []
    for p in prepared:
        target = chosen_by_editor(p)
        real = [i for i, c in enumerate(p.candidates) if c.eligible]
        y = np.array([float(target[i]) for i in real])
        if y.sum():
            out.append((np.array([[p.features[decay][i][k] for k in FEATURES] for i in real]), y))
    return out


def fit_listwise(data, l2: float, steps: int = 2000, rate: float = 0.5) -> dict:
    w = np.zeros(len(FEATURES))
    for _ in range(steps):
        grad = -l2 * w
        for x, y in data:
            s = x @ w
            p = np.exp(s - s.max())
            grad += (y @ x) / y.sum() - (p / p.sum()) @ x
        w += rate * grad / len(data)
    return dict(zip(FEATURES, w.round(3).tolist()))


# --- restatement --------------------------------------------------------------------------------------------

@functools.lru_cache(maxsize=None)
def nouns(text: str) -> frozenset[str]:
    return frozenset(t.form for t in kiwi().tokenize(text)
                     if t.tag in NOUN_TAGS and (len(t.form) > 1 or t.tag != "NNG"))


def restates(share: float, lead_only: bool = False, attribution_only: bool = False):
    def test(cand, chosen) -> bool:
        if summarize.near_repeat(cand, chosen):
            return True
        if lead_only and chosen is not first[0]:
            return False
        if attribution_only and not ATTRIBUTION.search(cand.text):
            return False
        mine = nouns(cand.text)
        new_figures = set(summarize.NUMBER.findall(cand.text)) - set(summarize.NUMBER.findall(chosen.text))
        return bool(mine) and len(mine & nouns(chosen.text)) / len(mine) >= share and not new_figures
    first = [None]
    return test, first


def evaluate_restating(prepared, share, **kind) -> float:
    test, first = restates(share, **kind)
    out = []
    for p in prepared:
        scores = summarize.combine(p.features[summarize.POSITION_DECAY])
        real = [i for i, c in enumerate(p.candidates) if c.eligible]
        first[0] = p.candidates[max(real, key=lambda i: (scores[i], -i))] if real else None
        bullets = summarize.select_by_scores(p.candidates, scores, 3, test)
        out.append(tune._r2(p, tuple(b.text for b in bullets)))
    return tune.mean(out)


def main() -> int:
    sets = tune.datasets()
    prepared = {name: tune.prepare(*sets[name]) for name in SETS}
    current = tune.current_point()
    row = lambda label, cells: print(f"{label:52s}" + "".join(f"{c:9.2f}" for c in cells))  # noqa: E731
    print("ROUGE-2 of 3 bullets (F1 %, Kiwi morphemes), development sets only\n")
    print(f"{'':52s}{'sci':>9s}{'gen dev':>9s}{'dev-full':>9s}")
    row("LEAD-3 (sentences only)", [tune.mean(tune.lead_real(prepared[n])) for n in SETS])
    bot = [evaluate(prepared[n], current) for n in SETS]
    row("the bot's weights", bot)

    table = [(point, [evaluate(prepared[n], point) for n in SETS]) for point in tune.grid_points()]
    lead = [tune.mean(tune.lead_real(prepared[n])) for n in SETS]
    best = [max(t[1][d] for t in table) for d in range(3)]
    dominating = [t for t in table if all(a >= b - 1e-9 for a, b in zip(t[1], bot)) and t[1] != bot]
    print(f"\ngrid points at least as good on all three sets and better on one: {len(dominating)} of {len(table)}")
    share = lambda t, d: (t[1][d] - lead[d]) / (best[d] - lead[d])  # noqa: E731
    maxmin = max(table, key=lambda t: (min(share(t, d) for d in range(3)), sum(t[1])))
    row("max-min over the three", maxmin[1])
    print(f"{'':8s}{tune.scaled(maxmin[0])}")
    fit_sci = max(table, key=lambda t: t[1][0])
    fit_gen = max(table, key=lambda t: t[1][1] * 47 + t[1][2] * 12)
    row("grid fitted on sci", fit_sci[1])
    row("grid fitted on general (dev + dev-full)", fit_gen[1])

    print("\nlistwise logistic regression (weights on features in [0, 1])")
    for decay in (1.0, 2.0):
        for l2 in (0.1, 1.0):
            for label, train in (("sci", SETS[:1]), ("general", SETS[1:]), ("all three", SETS)):
                w = fit_listwise([x for n in train for x in lists(prepared[n], decay)], l2)
                row(f"decay {decay} l2 {l2}: fitted on {label}", [evaluate(prepared[n], w | {"decay": decay}) for n in SETS])
                print(f"{'':8s}{w}")

    print("\nlength saturating later than FULL_LENGTH content words (the grid refitted on each domain)")
    for full in (20, 30):
        saved = {n: [p.features for p in prepared[n]] for n in SETS}
        for n in SETS:
            for p in prepared[n]:
                p.features = {d: [dict(f, length=min(1.0, len(c.words) / full)) for f, c in zip(fs, p.candidates)]
                              for d, fs in p.features.items()}
        tune._r2_cache.clear()
        grid = [[evaluate(prepared[n], point) for n in SETS] for point in tune.grid_points()]
        row(f"length at {full}: grid fitted on sci", max(grid, key=lambda r: r[0]))
        row(f"length at {full}: grid fitted on general", max(grid, key=lambda r: r[1] * 47 + r[2] * 12))
        print(f"{'':8s}points beating the bot's weights on one set, losing on none: "
              f"{sum(all(a >= b - 1e-9 for a, b in zip(r, bot)) and r != bot for r in grid)}")
        for n in SETS:
            for p, features in zip(prepared[n], saved[n]):
                p.features = features
        tune._r2_cache.clear()

    print("\nrestatement as near-repeat (content nouns mostly in a chosen bullet, no new figure)")
    for share_ in (0.4, 0.5, 0.6):
        for label, kind in (("any bullet", {}), ("the lead", {"lead_only": True}),
                            ("attribution sentence", {"attribution_only": True})):
            row(f"nouns >= {share_} in {label}", [evaluate_restating(prepared[n], share_, **kind) for n in SETS])
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""A learned filter of extra events, trained on dev's labels and judged on the held-back half.

    .venv/bin/python -m bench.event_filter            # both held-out directions (A->B, B->A), counts only
    .venv/bin/python -m bench.event_filter --seeds    # then the model of all dev applied to the seed articles

Each dev article's predictions (as bench.event_corpus.predictions lists them) are labelled 1 when the benchmark's
strict matching (bench.events.match, exact date) pairs them with a gold event, else 0, and described by
`features` (grammar and position, no article ids, no open-class words). An L2-regularised
logistic regression (Newton's method, deterministic) is trained on one half; the threshold is the one that gives
the best strict F1 on that same half; the other half is scored before and after dropping the events below it,
with bench.events.score (so a dropped match may free its gold event for another prediction, as in the product).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import numpy as np

from bench.event_corpus import pooled, predicted, read_events
from bench.events import SCORED, Gold, Predicted, dev_half, match, score
from digest.text import event_grammar as grammar
from digest.text.event_fallback import DAY_BUCKETS, MODALITY, PLAN, QUOTED
from digest.text.event_identity import FoundEvent, title_overlap
from digest.text.korean import tokenize

# ---- features: the event's grammar and position, closed classes only ---------------------------------------

PRECISIONS = ("day", "week", "month", "quarter", "half", "year", "none")
HEAD_CLASSES = ("NNG", "NNP", "XSN", "ETN", "V", "other")

FEATURES: tuple[str, ...] = (
    "bias",
    *(f"precision_{p}" for p in PRECISIONS),
    "kind_planned", "reports_past",
    *(f"ahead_{b}" for _, b in DAY_BUCKETS), "ahead_beyond",
    *(f"behind_{b}" for _, b in DAY_BUCKETS), "behind_beyond",
    *(f"head_{c}" for c in HEAD_CLASSES),
    "head_verbal_in_sentence",
    "plan_marker", "future_ending", "modality",
    "quoted_speech", "sentence_has_past",
    "same_sentence_events", "shares_title_word", "told_in_other_sentence",
    "evidence_length", "title_words", "title_has_number",
    "lead_sentence", "sentence_position",
)



def _head_class(title: str) -> tuple[str, str | None]:
    """The closed class of the title's last morpheme, and its last word's first morpheme (what the sentence's
    predicate was made from)."""
    words = title.split()
    if not words:
        return "other", None
    tokens = tokenize(words[-1])
    if not tokens:
        return "other", None
    tag = tokens[-1].tag
    cls = next((c for c in HEAD_CLASSES[:-1] if tag.startswith(c)), "other")
    return cls, tokens[0].form


@lru_cache(maxsize=4096)
def _sentence_grammar(sentence: str) -> tuple[bool, bool, bool, bool, frozenset[str]]:
    """Plan marker, future ending (-겠, -ㄹ 것), modality, past ending anywhere, and the forms of its verbal nouns."""
    tokens = tokenize(sentence)
    future = any(t.tag == "EP" and t.form == "겠" for t in tokens) or any(
        a.tag == "ETM" and a.form in ("ㄹ", "을") and b.form == "것" for a, b in zip(tokens, tokens[1:]))
    past = any(t.tag == "EP" and t.form in ("었", "았", "였") for t in tokens)
    verbal = frozenset(tokens[i].form for i in range(len(tokens)) if grammar.verbal_noun(tokens, i))
    return bool(PLAN.search(sentence)), future, bool(MODALITY.search(sentence)), past, verbal


def features(event: FoundEvent, events: list[FoundEvent], sentences: list[str], pub: date) -> dict[str, float]:
    """The event's features (FEATURES' names), among the article's other events and its sentences in order."""
    f = dict.fromkeys(FEATURES, 0.0)
    f["bias"] = 1.0
    f[f"precision_{event.precision}"] = 1.0
    f["kind_planned"] = float(event.kind == "planned")
    f["reports_past"] = float(event.reports_past)
    if event.start is not None:
        days = (event.start - pub).days
        bucket = next((b for limit, b in DAY_BUCKETS if abs(days) <= limit), "beyond")
        f[f"{'ahead' if days >= 0 else 'behind'}_{bucket}"] = 1.0
    head, first = _head_class(event.title)
    f[f"head_{head}"] = 1.0
    plan, future, modality, past, verbal = _sentence_grammar(event.evidence)
    f["head_verbal_in_sentence"] = float(first is not None and first in verbal)
    f["plan_marker"], f["future_ending"], f["modality"], f["sentence_has_past"] = map(float, (plan, future, modality, past))
    f["quoted_speech"] = float(bool(QUOTED.search(event.evidence)))
    same = [e for e in events if e is not event and e.evidence == event.evidence]
    f["same_sentence_events"] = float(min(len(same), 3))
    others = [e for e in events if e is not event]
    f["shares_title_word"] = float(any(set(event.words) & set(e.words) for e in others))
    f["told_in_other_sentence"] = float(any(e.evidence != event.evidence and title_overlap(event.words, e.words) >= 0.25
                                            for e in others))
    f["evidence_length"] = min(len(event.evidence), 300) / 100
    f["title_words"] = min(len(event.title.split()), 8) / 4
    f["title_has_number"] = float(bool(re.search(r"\d", event.title)))
    index = sentences.index(event.evidence) if event.evidence in sentences else 0
    f["lead_sentence"] = float(index == 0)
    f["sentence_position"] = index / max(len(sentences) - 1, 1)
    return f



# ---- training and the held-out test ------------------------------------------------------------------------

L2 = 1.0                      # the penalty on the weights (not on the bias)
THRESHOLDS = [n / 100 for n in range(0, 81, 2)]


@dataclass
class Article:
    id: str
    events: list[FoundEvent]     # the shown events (publication-day news left out), in the order found
    preds: list[Predicted]
    golds: list[Gold]
    x: np.ndarray                # one row of FEATURES per event
    y: np.ndarray                # 1 when the event is a strict match


def _matrix(shown: list[FoundEvent], sentences: list[str], pub: date) -> np.ndarray:
    """One row of FEATURES per shown event."""
    return np.array([[features(e, shown, sentences, pub)[n] for n in FEATURES] for e in shown]).reshape(-1, len(FEATURES))


def _probability(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-x @ w))


def read_articles(half: str) -> list[Article]:
    articles, labels = dev_half(half)
    out = []
    for k in sorted(articles, key=lambda k: int(k.lstrip("c"))):
        a = articles[k]
        pub = date.fromisoformat(a["published"])
        sentences, shown = read_events(a)
        preds = [predicted(e, k) for e in shown]
        exact = match(preds, [g for g in labels[k] if g.kind in SCORED], exact=True)
        out.append(Article(k, shown, preds, labels[k], _matrix(shown, sentences, pub), np.array([float(i in exact) for i in range(len(shown))])))
    return out


def train(articles: list[Article], l2: float = L2) -> np.ndarray:
    """Logistic regression by Newton's method from zero weights: the same data give the same weights."""
    x = np.vstack([a.x for a in articles])
    y = np.concatenate([a.y for a in articles])
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[FEATURES.index("bias")] = 0.0
    for _ in range(50):
        p = _probability(x, w)
        grad = x.T @ (p - y) + penalty * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty) + 1e-9 * np.eye(x.shape[1])
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-10:
            break
    return w


def scored(articles: list[Article], w: np.ndarray | None, threshold: float) -> dict:
    """The strict figures of the articles with the events below the threshold dropped (none when w is None)."""
    results = []
    for a in articles:
        keep = np.ones(len(a.preds), bool) if w is None or not len(a.preds) else _probability(a.x, w) >= threshold
        results.append(dict(score([p for p, k in zip(a.preds, keep) if k], a.golds), articles=1))
    return pooled(results)


def choose_threshold(articles: list[Article], w: np.ndarray) -> float:
    """The threshold with the best strict F1 on the training articles (the lowest on a tie)."""
    best = max(THRESHOLDS, key=lambda t: (scored(articles, w, t)["date_exact"]["f1"], -t))
    return best


def seed_scores(w: np.ndarray, threshold: float) -> tuple[dict, dict]:
    """The seed articles' per-article strict figures without and with the filter (the acceptance test)."""
    from bench.events import gold_events, load, seed_files
    from digest.analysis import analyse
    from digest.sources.files import read_source
    from digest.text.events import _pub_date

    mentions = load()
    before, after = [], []
    for k, path in seed_files().items():
        a = analyse(read_source(path))
        assert a.published is not None
        pub = _pub_date(a.published.when)
        sentences = [s.text for s in a.sentences]
        shown = [e for e in a.events if not e.on_publication_day]
        preds = [predicted(e, k) for e in shown]
        keep = _probability(_matrix(shown, sentences, pub), w) >= threshold
        golds = gold_events(mentions, k)
        before.append(dict(score(preds, golds), articles=1))
        after.append(dict(score([p for p, kept in zip(preds, keep) if kept], golds), articles=1))
    return pooled(before), pooled(after)


def line(name: str, r: dict) -> str:
    s, p = r["date_exact"], r["by_kind"]["planned"]
    return (f"  {name}: strict P {100 * s['precision']:.1f}% R {100 * s['recall']:.1f}% F1 {100 * s['f1']:.1f}% "
            f"({s['matched']}/{s['predicted']}, gold {s['gold']}); planned recall {100 * p['recall']:.1f}% "
            f"({p['matched']}/{p['gold']})")


def direction(train_on: list[Article], test_on: list[Article], name: str, l2: float = L2) -> dict:
    w = train(train_on, l2)
    t = choose_threshold(train_on, w)
    before, after = scored(test_on, None, t), scored(test_on, w, t)
    fit = scored(train_on, w, t)
    print(f"{name}: threshold {t:.2f} (training half F1 {100 * scored(train_on, None, t)['date_exact']['f1']:.1f}% "
          f"-> {100 * fit['date_exact']['f1']:.1f}%)")
    print(line("held-out before", before))
    print(line("held-out after ", after))
    return {"threshold": t, "weights": dict(zip(FEATURES, w.round(4).tolist())), "before": before, "after": after}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seeds", action="store_true", help="train on all dev and score the seed articles with it")
    ap.add_argument("--l2", type=float, default=L2, help=f"the penalty on the weights (default {L2})")
    ap.add_argument("--json", help="write both directions' figures and weights to this file")
    args = ap.parse_args(argv)
    a, b = read_articles("a"), read_articles("b")
    print(f"half A: {len(a)} articles, {sum(len(x.y) for x in a)} events; half B: {len(b)} articles, "
          f"{sum(len(x.y) for x in b)} events; {len(FEATURES)} features, L2 {args.l2}")
    result = {"a_to_b": direction(a, b, "train A, threshold on A, scored on B", args.l2),
              "b_to_a": direction(b, a, "train B, threshold on B, scored on A", args.l2)}
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(result, f, ensure_ascii=False, indent=1)
    if args.seeds:
        w = train(a + b, args.l2)
        t = choose_threshold(a + b, w)
        print(f"all dev: threshold {t:.2f}; the seeds (per article, strict):")
        before, after = seed_scores(w, t)
        print(line("seeds before", before))
        print(line("seeds after ", after))
    return 0


if __name__ == "__main__":
    sys.exit(main())

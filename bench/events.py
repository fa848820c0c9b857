"""Event extraction: the seed articles' hand-labelled events scored against what the pipeline finds.

    .venv/bin/python -m bench.events [--failures] [--json bench/results/events.json]

Gold: bench/data/seed_events.tsv (its header gives the columns and the labelling conventions): every
follow-up and dated background event of the five seed articles, one row per article that tells it, rows of
one happening sharing an event id. The article's own news (the press conference on its publication day) is
labelled `news` and is not scored: the calendar leaves it out on purpose.

Two views are scored:
- calendar: the seeds ingested into a temporary SQLite store through the service layer, as
  `newsdigest ingest seeds/` does, then every stored event (`newsdigest events --all --format json`): the
  events merged per story, each with the articles that tell it.
- per article: each seed analysed alone, as `newsdigest extract FILE --format json` shows its events.

Matching rule. A predicted event names a gold event when they share an article (the predicted event's sources
for the calendar, the file for the per-article view) and either its title contains one of the gold event's
keys (spaces and case ignored) or, failing that, its evidence sentence contains the gold event's evidence and
no other gold event's: a sentence telling two events names neither by evidence alone. Each gold event is
matched at most once, each predicted event at most once (a second copy of one event is a false positive);
pairs with the exact date, then title matches, are taken first. Two levels are reported:
- named: the event is found, whatever date it got;
- date exact: found with the same date and precision (`2025-09-11`/day, `2025-11`/month, undated/none).
Precision = matched / predicted, recall = matched / gold, F1 their harmonic mean.

The seeds are also the product's acceptance test and the extraction rules were written while reading them:
these are development figures, not an estimate of how the rules do on unseen news.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from bench import quality_args, write_json

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "seed_events.tsv"
SEEDS = HERE.parent / "seeds"
SCORED = ("planned", "past")
KINDS = SCORED + ("news",)
PRECISIONS = ("day", "week", "month", "quarter", "half", "year", "none")
NOW = "2025-09-10T18:00+09:00"   # the clock the calendar is read at (status only; matching ignores it)


@dataclass(frozen=True)
class Mention:
    """One gold row: one article telling one event."""
    event: str
    article: str
    date: str | None
    precision: str
    kind: str
    title: str
    keys: tuple[str, ...]
    evidence: str
    tags: tuple[str, ...]


@dataclass(frozen=True)
class Gold:
    id: str
    date: str | None
    precision: str
    kind: str
    title: str
    keys: tuple[str, ...]
    evidence: tuple[str, ...]
    articles: frozenset[str]


@dataclass(frozen=True)
class Predicted:
    title: str
    date: str | None
    precision: str
    kind: str
    evidence: str
    articles: frozenset[str]


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text).lower()


def seed_files(seeds: Path = SEEDS) -> dict[str, Path]:
    """Seed number (the file name's first three characters) -> file."""
    return {p.name[:3]: p for p in sorted(seeds.glob("*.txt"))}


def load(path: Path = DATA, seeds: Path = SEEDS) -> list[Mention]:
    """The gold rows, checked: known article, kind and precision, and evidence found in the seed text."""
    files = seed_files(seeds)
    texts = {k: _squash(p.read_text(encoding="utf-8")) for k, p in files.items()}
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        event, article, day, precision, kind, title, keys, evidence, tags = line.split("\t")
        problem = (f"unknown article {article}" if article not in files else
                   f"unknown kind {kind}" if kind not in KINDS else
                   f"unknown precision {precision}" if precision not in PRECISIONS else
                   "undated row with a precision" if (day == "-") != (precision == "none") else
                   "evidence not in the article" if _squash(evidence) not in texts[article] else None)
        if problem:
            raise ValueError(f"{path.name}:{n}: {problem}")
        rows.append(Mention(event, article, None if day == "-" else day, precision, kind, title,
                            tuple(k for k in keys.split("|") if k), evidence,
                            () if tags == "-" else tuple(tags.split(","))))
    return rows


def gold_events(mentions: list[Mention], article: str | None = None) -> list[Gold]:
    """The gold events merged per happening, or (with article) as that one article tells them."""
    groups: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if article is None or m.article == article:
            groups[m.event].append(m)
    out = []
    for eid, ms in groups.items():
        first = ms[0]
        if any((m.date, m.precision, m.kind) != (first.date, first.precision, first.kind) for m in ms):
            raise ValueError(f"{eid}: its rows disagree on date, precision or kind")
        out.append(Gold(eid, first.date, first.precision, first.kind, first.title, first.keys,
                        tuple(m.evidence for m in ms), frozenset(m.article for m in ms)))
    return out


# ---- matching ---------------------------------------------------------------------------------------------

def names(pred: Predicted, gold: Gold, golds: list[Gold]) -> str | None:
    """'title' or 'evidence' when the predicted event names the gold one (see the module docstring)."""
    if not pred.articles & gold.articles:
        return None
    title = _squash(pred.title)
    if any(_squash(k) in title for k in gold.keys):
        return "title"
    sentence = _squash(pred.evidence)
    told = [g for g in golds if g.articles & pred.articles and any(_squash(e) in sentence for e in g.evidence)]
    return "evidence" if [g.id for g in told] == [gold.id] else None


def date_exact(pred: Predicted, gold: Gold) -> bool:
    return (pred.date, pred.precision) == (gold.date, gold.precision)


def match(preds: list[Predicted], golds: list[Gold], exact: bool) -> dict[int, tuple[int, str]]:
    """Predicted index -> (gold index, how), one to one; exact=True keeps only pairs with the exact date."""
    pairs = []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            how = names(p, g, golds)
            if how and (date_exact(p, g) or not exact):
                pairs.append((not date_exact(p, g), how != "title", i, j, how))
    taken: dict[int, tuple[int, str]] = {}
    for _, _, i, j, how in sorted(pairs):
        if i not in taken and j not in {g for g, _ in taken.values()}:
            taken[i] = (j, how)
    return taken


def _prf(matched: int, predicted: int, gold: int) -> dict:
    p = matched / predicted if predicted else 0.0
    r = matched / gold if gold else 0.0
    return {"gold": gold, "predicted": predicted, "matched": matched, "precision": round(p, 3),
            "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}


def score(preds: list[Predicted], golds: list[Gold]) -> dict:
    """Both levels for one set of predictions, with every miss and false positive explained."""
    scored = [g for g in golds if g.kind in SCORED]
    named, exact = match(preds, scored, exact=False), match(preds, scored, exact=True)
    out = {"named": _prf(len(named), len(preds), len(scored)),
           "date_exact": _prf(len(exact), len(preds), len(scored)),
           "by_kind": {}, "misses": [], "false_positives": [], "uncredited": []}
    for kind in SCORED:
        kind_preds = [i for i, p in enumerate(preds) if p.kind == kind]
        hits = sum(1 for i in kind_preds if i in exact and scored[exact[i][0]].kind == kind)
        out["by_kind"][kind] = _prf(hits, len(kind_preds), sum(1 for g in scored if g.kind == kind))
    out["kind_agrees"] = sum(1 for i, (j, _) in exact.items() if preds[i].kind == scored[j].kind)
    out["sources"] = {"credited": sum(len(preds[i].articles & scored[j].articles) for i, (j, _) in exact.items()),
                      "gold": sum(len(g.articles) for g in scored)}
    for i, (j, _) in sorted(exact.items()):
        if missing := scored[j].articles - preds[i].articles:
            out["uncredited"].append({"event": scored[j].id, "title": preds[i].title, "articles": sorted(missing)})
    exact_gold = {j for j, _ in exact.values()}
    named_by_gold = {j: i for i, (j, _) in named.items()}
    for j, g in enumerate(scored):
        if j in exact_gold:
            continue
        got = preds[named_by_gold[j]] if j in named_by_gold else None
        out["misses"].append({"event": g.id, "kind": g.kind, "date": g.date, "precision": g.precision,
                              "title": g.title, "articles": sorted(g.articles),
                              "why": f"wrong date: {got.date}/{got.precision} ('{got.title}')" if got else "not found"})
    news = [g for g in golds if g.kind == "news"]
    for i, p in enumerate(preds):
        if i in exact:
            continue
        if i in named:
            why = f"wrong date for {scored[named[i][0]].id} ({scored[named[i][0]].date}/{scored[named[i][0]].precision})"
        elif any(names(p, g, golds) for g in news):
            why = "the article's own news, not a follow-up"
        elif any(names(p, g, golds) for g in scored):
            why = "a second copy of an event already matched"
        else:
            why = "no such event in the gold"
        out["false_positives"].append({"title": p.title, "date": p.date, "precision": p.precision, "kind": p.kind,
                                       "articles": sorted(p.articles), "evidence": p.evidence, "why": why})
    return out


# ---- the pipeline -----------------------------------------------------------------------------------------

def calendar_predictions(seeds: Path = SEEDS) -> list[Predicted]:
    """Every event the calendar holds after ingesting the seeds into a fresh SQLite store."""
    from digest.service import NewsService
    from digest.storage.store import Store
    from digest.text.metadata import parse_published

    now = parse_published(NOW, "clock").when
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(f"sqlite:///{Path(tmp) / 'events.db'}")
        try:
            service = NewsService(store, now=lambda: now)
            report = service.ingest_paths([seeds])
            seed_of = {item.article_id: Path(item.source).name[:3] for item in report.items if item.article_id}
            return [Predicted(e.title, e.date, e.precision, e.kind, e.evidence,
                              frozenset(seed_of[s.article_id] for s in e.sources if s.article_id in seed_of))
                    for e in service.events("all")]
        finally:
            store.close()


def article_predictions(seeds: Path = SEEDS) -> dict[str, list[Predicted]]:
    """Each seed's events analysed alone, as `newsdigest extract` lists them (publication-day news left out)."""
    from digest.analysis import analyse
    from digest.sources.files import read_source
    from digest.text.events import display_date

    out = {}
    for article, path in seed_files(seeds).items():
        a = analyse(read_source(path))
        out[article] = [Predicted(e.title, display_date(e.start, e.precision), e.precision, e.kind, e.evidence,
                                  frozenset({article})) for e in a.events if not e.on_publication_day]
    return out


def per_article(mentions: list[Mention], predictions: dict[str, list[Predicted]]) -> dict:
    """Per-article scores summed over the articles (micro-average), failures tagged with their article."""
    results = {a: score(preds, gold_events(mentions, a)) for a, preds in predictions.items()}
    total = {}
    for level in ("named", "date_exact"):
        m = sum(r[level]["matched"] for r in results.values())
        total[level] = _prf(m, sum(r[level]["predicted"] for r in results.values()),
                            sum(r[level]["gold"] for r in results.values()))
    total["misses"] = [x for r in results.values() for x in r["misses"]]
    total["false_positives"] = [x for r in results.values() for x in r["false_positives"]]
    total["uncredited"] = []
    total["by_article"] = {a: {"date_exact": r["date_exact"]} for a, r in results.items()}
    total["by_kind"] = {kind: _prf(sum(r["by_kind"][kind]["matched"] for r in results.values()),
                                   sum(r["by_kind"][kind]["predicted"] for r in results.values()),
                                   sum(r["by_kind"][kind]["gold"] for r in results.values())) for kind in SCORED}
    return total


def run(path: Path = DATA, seeds: Path = SEEDS) -> dict:
    mentions = load(path, seeds)
    golds = gold_events(mentions)
    return {"gold_events": sum(1 for g in golds if g.kind in SCORED),
            "gold_news": sum(1 for g in golds if g.kind == "news"),
            "gold_rows": sum(1 for m in mentions if m.kind in SCORED),
            "calendar": score(calendar_predictions(seeds), golds),
            "per_article": per_article(mentions, article_predictions(seeds)),
            "civic": civic_run(),
            "note": "development figures: the seeds are the acceptance test the rules were written against"}


def civic_run() -> dict:
    from bench.event_corpus import run as run_civic

    return run_civic()


def side_by_side(result: dict) -> str:
    """Seeds (per article), the civic news dev split and the three frozen test splits, one column each."""
    views = [("seeds", result["per_article"]), ("civic dev", result["civic"]["dev"]),
             ("civic test (frozen)", result["civic"]["test"]), ("civic test2 (frozen)", result["civic"]["test2"]),
             ("news test3 (frozen)", result["civic"]["test3"]), ("all frozen", result["civic"]["frozen"])]
    lines = ["| measure | " + " | ".join(name for name, _ in views) + " |",
             "| --- | " + " | ".join("---:" for _ in views) + " |"]
    lines.append("| articles / scored gold events | " + " | ".join(
        f"{v.get('articles', len(v.get('by_article', {})))} / {v['named']['gold']}" for _, v in views) + " |")
    for level, name in (("named", "named"), ("date_exact", "strict (date exact)")):
        for key in ("precision", "recall", "f1"):
            lines.append(f"| {name} {key} | " + " | ".join(f"{100 * v[level][key]:.1f}%" for _, v in views) + " |")
    planned = []
    for _, v in views:
        r = v.get("by_kind", {}).get("planned")
        planned.append(f"{100 * r['recall']:.1f}% ({r['matched']}/{r['gold']})" if r else "-")
    lines.append("| planned recall (strict) | " + " | ".join(planned) + " |")
    return "\n".join(lines)


def table(result: dict) -> str:
    lines = ["| view | level | gold | predicted | matched | precision | recall | F1 |",
             "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for view, label in (("calendar", "calendar (merged per story)"), ("per_article", "per article (extract)")):
        for level, name in (("named", "event named"), ("date_exact", "event and date exact")):
            r = result[view][level]
            bold = "**" if (view, level) == ("calendar", "date_exact") else ""
            lines.append(f"| {label} | {name} | {r['gold']} | {r['predicted']} | {r['matched']} | "
                         f"{bold}{100 * r['precision']:.1f}%{bold} | {bold}{100 * r['recall']:.1f}%{bold} | "
                         f"{bold}{100 * r['f1']:.1f}%{bold} |")
    for kind in SCORED:
        r = result["calendar"]["by_kind"][kind]
        lines.append(f"| calendar, {kind} | event and date exact | {r['gold']} | {r['predicted']} | {r['matched']} | "
                     f"{100 * r['precision']:.1f}% | {100 * r['recall']:.1f}% | {100 * r['f1']:.1f}% |")
    c = result["calendar"]
    lines += ["", f"Outlets credited on the calendar's exactly matched events: {c['sources']['credited']} of the "
                  f"{c['sources']['gold']} article mentions in the gold; kind (planned/past) agrees on "
                  f"{c['kind_agrees']} of {c['date_exact']['matched']}."]
    return "\n".join(lines)


def failures(result: dict, views=("calendar", "per_article")) -> str:
    out = []
    for view in views:
        r = result[view]
        out.append(f"{view}: misses ({len(r['misses'])})")
        out += [f"  {m['event']} {m['kind']} {m['date'] or '-'}/{m['precision']} {m['title']} [{', '.join(m['articles'])}]: "
                f"{m['why']}" for m in r["misses"]]
        out.append(f"{view}: false positives ({len(r['false_positives'])})")
        out += [f"  {p['date'] or '-'}/{p['precision']} {p['kind']} '{p['title']}' [{', '.join(p['articles'])}]: {p['why']}\n"
                f"      {p['evidence']}" for p in r["false_positives"]]
        if r["uncredited"]:
            out.append(f"{view}: matched events missing an article that tells them")
            out += [f"  {u['event']} '{u['title']}': not credited to {', '.join(u['articles'])}" for u in r["uncredited"]]
    return "\n".join(out)


def dev_batch(first: str, last: str) -> tuple[dict[str, dict], dict]:
    """The dev articles from id `first` to id `last` (c143-c152): a new batch scored on its own, before rules
    are changed for it. A frozen article in the range is refused, so this never shows a test split."""
    from bench.event_corpus import load_articles, load_labels

    articles = load_articles()
    number = {k: int(k.lstrip("c")) for k in articles if k.lstrip("c").isdigit()}
    lo, hi = int(first.lstrip("c")), int(last.lstrip("c"))
    chosen = {k: a for k, a in articles.items() if k in number and lo <= number[k] <= hi}
    frozen = sorted(k for k, a in chosen.items() if a["split"] != "dev")
    if frozen:
        raise SystemExit(f"bench.events: {', '.join(frozen)} belong to a frozen test split; choose dev articles")
    if not chosen:
        raise SystemExit(f"bench.events: no article from {first} to {last}")
    return chosen, load_labels(articles)   # the labels file is checked against every article


def dev_split() -> tuple[dict[str, dict], dict]:
    """Every dev article: the figure and failures a rule is chosen by, printed without the frozen splits' totals
    (which are read only after a rule is kept)."""
    from bench.event_corpus import load_articles, load_labels

    articles = load_articles()
    return {k: a for k, a in articles.items() if a["split"] == "dev"}, load_labels(articles)


def dev_half(half: str) -> tuple[dict[str, dict], dict]:
    """Half of the dev articles: `a` the odd article numbers (read, rules written on them), `b` the even ones (held
    back: only their counts are printed, so a rule is also judged on articles whose failures nobody read)."""
    articles, labels = dev_split()
    odd = half == "a"
    return {k: a for k, a in articles.items() if k.lstrip("c").isdigit() and int(k.lstrip("c")) % 2 == odd}, labels


def moves(before: dict, after: dict) -> str:
    """Articles whose strict counts differ between two `--json` runs of one batch: matches won or lost, extras."""
    lines = []
    for k in sorted(set(before) | set(after), key=lambda k: (len(k), k)):
        (m0, p0, _), (m1, p1, g) = before.get(k, (0, 0, 0)), after.get(k, (0, 0, 0))
        if (m0, p0) != (m1, p1):
            extras = (p1 - m1) - (p0 - m0)
            lines.append(f"  {k}: matches {m1 - m0:+d}, extras {extras:+d} (now {m1}/{p1}, gold {g})")
    return "\n".join(lines) or "  no article moved"


def main(argv: list[str] | None = None) -> int:
    def batch_options(ap) -> None:
        ap.add_argument("--batch", metavar="FIRST-LAST",
                        help="score only the dev articles from FIRST to LAST (e.g. c143-c152): a new batch; `dev`: "
                             "every dev article, with no frozen figure printed; `dev-a` / `dev-b`: the odd / even half "
                             "of dev (dev-b is held back: its failures are never listed)")
        ap.add_argument("--moves", type=Path, metavar="BEFORE.json",
                        help="with --batch: list the articles whose strict counts moved since the --json file of an "
                             "earlier run of the same batch")

    args = quality_args(__doc__, argv, "list every missed and every false-positive event", more=batch_options)
    if args.batch:
        first, _, last = args.batch.partition("-")
        from bench.event_corpus import run_split

        if args.batch == "dev-b" and args.failures:
            raise SystemExit("bench.events: dev-b is the held-back half; its failures are not listed")
        articles, labels = (dev_split() if args.batch == "dev" else
                            dev_half(last) if args.batch in ("dev-a", "dev-b") else dev_batch(first, last or first))
        batch = run_split("dev", articles=articles, labels=labels)
        print(f"dev articles {'(all)' if args.batch == 'dev' else f'{first}-{last or first}'}: {batch['articles']} articles")
        for level, name in (("named", "named"), ("date_exact", "strict (date exact)")):
            r = batch[level]
            print(f"  {name}: P {100 * r['precision']:.1f}% R {100 * r['recall']:.1f}% F1 {100 * r['f1']:.1f}%")
        planned = batch["by_kind"].get("planned")
        if planned:
            print(f"  planned recall (strict): {100 * planned['recall']:.1f}% ({planned['matched']}/{planned['gold']})")
        if args.moves:
            print("articles moved since " + str(args.moves) + ":")
            print(moves(json.loads(args.moves.read_text(encoding="utf-8"))["by_article"], batch["by_article"]))
        if args.failures:
            print(failures({"civic": batch}, views=("civic",)))
        write_json(args.json, batch)
        return 0
    result = run()
    print(f"{result['gold_events']} hand-labelled events ({result['gold_rows']} article mentions) in the 5 seed "
          f"articles, plus {result['gold_news']} publication-day news events not scored (bench/data/seed_events.tsv)")
    print("Development figures: the seeds are the acceptance test the extraction rules were written against.\n")
    print(table(result))
    print("\nPer article, side by side: the seeds, the real civic news dev split and the three frozen test splits "
          "(bench/data/civic_events.tsv).\n")
    print(side_by_side(result))
    if args.failures:
        print()
        print(failures(result))
        # the frozen test splits' failures are not listed: rules are developed on the dev split alone
        print("\ncivic dev:")
        print(failures({"civic": result["civic"]["dev"]}, views=("civic",)))
    write_json(args.json, result)
    return 0


if __name__ == "__main__":
    sys.exit(main())

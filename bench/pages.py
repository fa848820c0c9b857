"""Per-field accuracy of article extraction on saved pages of Korean outlets.

    .venv/bin/python -m bench.pages [--verbose]

Reads tests/fixtures/pages (real pages, labelled by reading them; see its README) and prints, for the dev and
the frozen test split apart, how often the extractor gets each field right: headline (without the site's
name), outlet, reporter, publication time (within 5 minutes), and the first and last sentence of the body
that the bullets are chosen from (after `digest.text.clean`). A page the extractor refuses counts as skipped and
wrong on every field. --verbose prints every miss on the dev split (the test split's totals only).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import unicodedata
from datetime import datetime
from pathlib import Path

from digest.sources.files import NotAnArticle
from digest.sources.pages import decode_html, extract_article
from digest.text.clean import clean_article
from digest.text.metadata import KST

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "pages"
FIELDS = ("headline", "outlet", "reporter", "time", "first", "last")
_QUOTES = re.compile(r"[\"'“”‘’`]")


def normalise(text: str | None) -> str:
    text = unicodedata.normalize("NFC", text or "").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", _QUOTES.sub("", text)).strip()


def load_labels() -> list[dict]:
    return json.loads((FIXTURES / "labels.json").read_text(encoding="utf-8"))["pages"]


def read_page(label: dict):
    """Extract one labelled page; returns (article, body paragraphs) or raises NotAnArticle."""
    html, encoding = decode_html(gzip.decompress((FIXTURES / label["file"]).read_bytes()))
    article = extract_article(html, label["url"], encoding)
    return article, [p.text for p in clean_article(article.text).body]


def score_page(label: dict) -> dict[str, bool | None]:
    """Field -> right or wrong; every field None when the page was skipped."""
    try:
        article, body = read_page(label)
    except NotAnArticle:
        return {f: None for f in FIELDS}
    first_name = (article.reporter or "").split("·")[0] or None
    when = None
    if article.published:
        expected = datetime.strptime(label["time"], "%Y-%m-%d %H:%M").replace(tzinfo=KST)
        when = article.published.precision == "minute" and abs((article.published.when - expected).total_seconds()) <= 300
    return {
        "headline": normalise(article.title) == normalise(label["headline"]),
        "outlet": normalise(article.outlet) in {normalise(o) for o in label["outlet"]},
        "reporter": first_name == label["reporter"],
        "time": bool(when),
        "first": bool(body) and normalise(body[0]).startswith(normalise(label["first"])),
        "last": bool(body) and normalise(body[-1]).endswith(normalise(label["last"])),
    }


def _row(name: str, scores: list[tuple[dict, dict]]) -> dict:
    skipped = [p["file"] for p, s in scores if s["headline"] is None]
    right = {f: sum(1 for _, s in scores if s[f]) for f in FIELDS}
    cells = "  ".join(f"{f} {right[f]}/{len(scores)} ({100 * right[f] / len(scores):.0f}%)" for f in FIELDS)
    print(f"{name:14} {len(scores):2} pages, {len(skipped)} skipped  {cells}")
    return {"pages": len(scores), "skipped": skipped, "right": right}


def report(verbose: bool = False) -> dict[str, dict]:
    """One row per split, then one per search round within it (`round` in labels.json: the pages found by
    a later search, labelled and split before the rules were changed for them)."""
    labels = load_labels()
    results = {}
    for split in ("dev", "test"):
        scores = [(p, score_page(p)) for p in labels if p["split"] == split]
        results[split] = _row(split, scores)
        rounds = sorted({p.get("round", 1) for p, _ in scores})
        for n in rounds if len(rounds) > 1 else ():
            results[f"{split} round {n}"] = _row(f"  round {n}", [(p, s) for p, s in scores if p.get("round", 1) == n])
        if verbose and split == "dev":       # the frozen split is scored, never looked into
            for page, s in scores:
                missed = [f for f in FIELDS if not s[f]]
                if missed:
                    print(f"      {page['file']}: {', '.join(missed)}")
    return results


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list every field missed on a dev page")
    report(parser.parse_args(argv).verbose)


if __name__ == "__main__":
    main()

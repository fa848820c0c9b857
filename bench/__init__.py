"""Reproducible benchmarks: summary quality, date resolution, event extraction, throughput and memory (`make bench`)."""

import argparse
import json
from collections.abc import Callable
from pathlib import Path


def write_json(path: Path | None, obj) -> None:
    """Leave a benchmark's full results for bench/report.py (nothing when no path was asked for)."""
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(obj, ensure_ascii=False, indent=1), encoding="utf-8")


def quality_args(doc: str, argv: list[str] | None, failures: str,
                 more: Callable[[argparse.ArgumentParser], None] | None = None) -> argparse.Namespace:
    """The options of a labelled-data benchmark: --failures (what it lists), --json, and any a bench adds."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--failures", action="store_true", help=failures)
    ap.add_argument("--json", type=Path, help="write the results to this file")
    if more is not None:
        more(ap)
    return ap.parse_args(argv)

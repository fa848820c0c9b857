"""Reproducible benchmarks: summary quality, date resolution, throughput and memory (`make bench`)."""

import json
from pathlib import Path


def write_json(path: Path | None, obj) -> None:
    """Leave a benchmark's full results for bench/report.py (nothing when no path was asked for)."""
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(obj, ensure_ascii=False, indent=1), encoding="utf-8")

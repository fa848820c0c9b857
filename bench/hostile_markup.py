"""What a page or feed flooded with tags that never close costs each markup reader, before and after the
linear readers of `digest.sources.markup`.

    .venv/bin/python -m bench.hostile_markup [--kb 300] [--limit 60]

Each row times, on `--kb` kilobytes of one opening that never closes (what a page's first 300 KB hold when a
hostile or broken page leads with such a flood), the regular expression the product used before (stopped
after `--limit` seconds, in a subprocess) and the reader it uses now.
"""

from __future__ import annotations

import argparse
import multiprocessing
import re
import time

from digest.sources.markup import element_text, replace_tags, strip_tags, tags, without_elements

_TABLE = re.compile(r"</?(?:table|tbody|thead|tfoot|tr|td|th)\b", re.I)
_CAPTION = re.compile(r'class="[^"]*caption', re.I)

# name: (opening repeated, the old expression's work, the new reader's work)
CASES = {
    "<meta> tags": ("<meta ", lambda s: re.findall(r"(?i)<meta\s[^>]*>", s),
                    lambda s: list(tags(s, re.compile(r"<meta\s", re.I)))),
    "<title>": ("<title>", lambda s: re.search(r"(?is)<title[^>]*>(.*?)</title>", s),
                lambda s: element_text(s, re.compile(r"<title\b", re.I), "</title>")),
    "<script> openings": ("<script ", lambda s: re.findall(r"(?i)<script\b[^>]*>", s),
                          lambda s: list(tags(s, re.compile(r"<script\b", re.I)))),
    "caption <div>": ('<div class="caption ', lambda s: re.findall(r'(?i)<div[^>]*class="[^"]*caption[^"]*"[^>]*>', s),
                      lambda s: without_elements(s, re.compile(r"<div\b", re.I), "</div>",
                                                 where=lambda t: bool(_CAPTION.search(t)))),
    "layout tables": ("<table ", lambda s: re.sub(r"(?i)<(/?)(?:table|tbody|thead|tfoot|tr|td|th)\b[^>]*>", r"<\1div>", s),
                      lambda s: replace_tags(s, _TABLE, lambda t: "<div>")),
    "any tag": ("<a ", lambda s: re.sub(r"<[^>]+>", " ", s), strip_tags),
    "feed link": ('<link type="application/rss+xml" ',
                  lambda s: re.search(r"""(?i)<link[^>]+type=["']application/(?:rss|atom)\+xml["'][^>]*>""", s),
                  lambda s: list(tags(s, re.compile(r"<link\b", re.I)))),
}


def _run_old(name: str, text: str) -> None:
    CASES[name][1](text)


def timed_old(name: str, text: str, limit: float) -> float | None:
    """Seconds the old expression took, or None if it was still running after `limit`."""
    proc = multiprocessing.Process(target=_run_old, args=(name, text))
    start = time.perf_counter()
    proc.start()
    proc.join(limit)
    if proc.is_alive():
        proc.terminate()
        proc.join()
        return None
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kb", type=int, default=300)
    parser.add_argument("--limit", type=float, default=60.0)
    args = parser.parse_args()
    print(f"{'flood':<20} {'before (s)':>11} {'now (s)':>9}")
    for name, (opening, _old, new) in CASES.items():
        text = opening * (args.kb * 1024 // len(opening))
        old = timed_old(name, text, args.limit)
        start = time.perf_counter()
        new(text)
        now = time.perf_counter() - start
        shown = f"{old:.2f}" if old is not None else f">{args.limit:.0f}"
        print(f"{name:<20} {shown:>11} {now:>9.4f}")


if __name__ == "__main__":
    main()

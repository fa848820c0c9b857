"""What an article text shaped to be slow costs the analysis: a real seed article followed by `--kb`
kilobytes of one repeated piece (no sentence end, an unclosed bracket or quote, a run of dates, ...), beside
Kiwi's own time on the same text.

    .venv/bin/python -m bench.hostile_text [--kb 150] [--limit 120]

Each flood is analysed in a fresh subprocess, stopped after `--limit` seconds. Articles are refused above
200,000 characters (`NEWSDIGEST_MAX_ARTICLE_CHARS`), so 150 KB is near the worst a file, page or feed can hand
the analysis.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLOODS = ["가", "가 ", "다. ", "(", "\"", "@", "=", "\n", "·", "기자 ", "11일 ", "오는 11일부터 ", "1.", "댓글"]

_CHILD = """
import json, sys, time
from pathlib import Path
from digest.analysis import analyse
from digest.errors import NewsdigestError
from digest.sources.files import SourceText
from digest.text.korean import kiwi
seed = sorted(Path("seeds").glob("*.txt"))[0].read_text(encoding="utf-8")
text = seed + "\\n" + sys.argv[1] * (int(sys.argv[2]) // len(sys.argv[1]))
analyse(SourceText("warm-up", seed, "utf-8", {}))
start = time.process_time(); kiwi().tokenize(text); floor = time.process_time() - start
start = time.process_time()
try:
    outcome = f"{len(analyse(SourceText('flood', text, 'utf-8', {})).sentences)} sentences"
except NewsdigestError as e:
    outcome = f"refused: {e}"
print(json.dumps({"kiwi": floor, "analysis": time.process_time() - start, "outcome": outcome}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kb", type=int, default=150)
    parser.add_argument("--limit", type=float, default=120.0)
    args = parser.parse_args()
    print(f"{'flood':<16} {'Kiwi CPU s':>10} {'analysis CPU s':>15}  outcome")
    for flood in FLOODS:
        try:
            done = subprocess.run([sys.executable, "-c", _CHILD, flood, str(args.kb * 1000)], cwd=ROOT,
                                  capture_output=True, text=True, timeout=args.limit)
            row = json.loads(done.stdout.strip().splitlines()[-1]) if done.returncode == 0 else None
        except subprocess.TimeoutExpired:
            row = None
        name = repr(flood)
        if row is None:
            print(f"{name:<16} {'':>10} {f'>{args.limit:.0f}':>15}  stopped")
        else:
            print(f"{name:<16} {row['kiwi']:>10.1f} {row['analysis']:>15.1f}  {row['outcome']}")


if __name__ == "__main__":
    main()

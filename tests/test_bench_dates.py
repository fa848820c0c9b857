"""The date benchmark's batch option (bench/dates.py): a new dev batch is scored on its own."""

from __future__ import annotations

from bench.dates import DEV, load, main


def test_a_batch_is_scored_alone(capsys):
    rows = [c for c in load(DEV) if c.id.startswith("wd")]
    assert main(["--batch", "wd"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("dev batch wd: ") and f"/{len(rows)} exact" in out


def test_an_unknown_batch_is_refused(capsys):
    assert main(["--batch", "no-such-batch"]) == 2
    assert "no dev rows start with no-such-batch" in capsys.readouterr().err

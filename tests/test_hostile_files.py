"""Things in a folder that are no files: a named pipe (opening it waits for a writer that never comes) and a
link to a device (`/dev/zero` never ends, and says it holds 0 bytes). `ingest` skips each with the reason and
stores the rest; before, the pipe stopped the run for good and the device filled the memory.

Run in a process of its own, with a deadline, so that a regression fails instead of hanging the suite.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import SEEDS


def test_a_pipe_and_a_device_in_a_folder_are_skipped_and_the_rest_ingested(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    seed = next(SEEDS.glob("001_*.txt"))
    shutil.copy(seed, folder / seed.name)
    os.mkfifo(folder / "pipe.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")   # read after the pipe: a regression hangs there first
    env = dict(os.environ, NEWSDIGEST_DATABASE_URL=f"sqlite:///{tmp_path / 'news.db'}")
    try:
        done = subprocess.run([sys.executable, "-m", "bot.cli", "ingest", str(folder)], capture_output=True,
                              text=True, timeout=120, env=env, cwd=Path(__file__).resolve().parent.parent)
    except subprocess.TimeoutExpired:
        raise AssertionError("ingest never came back from the pipe") from None
    lines = {Path(line.split()[1].rstrip(":")).name: line for line in done.stdout.splitlines()[:-1]}
    assert done.returncode == 1 and done.stderr == "", done.stderr[-500:]
    assert lines[seed.name].startswith("stored")
    for name in ("pipe.txt", "zero.txt"):
        assert lines[name].startswith("skipped") and "not a regular file" in lines[name], lines[name]


def test_a_pipe_named_on_the_command_line_is_not_called_missing(cli, tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    result = cli("ingest", str(tmp_path / "pipe.txt"))
    assert result.code == 1 and "not a regular file" in result.out and "no such" not in result.out, result.out

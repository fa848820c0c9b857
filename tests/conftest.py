"""Shared fixtures: the seed folder, a fresh database per test, and the CLI run in-process.

The CLI is driven through `bot.cli.main`, the same entry point as the `newsdigest` script, so the
Kiwi model loads once for the whole session instead of once per command.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from bot.cli.main import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


class CliResult:
    def __init__(self, code: int, out: str, err: str):
        self.code, self.out, self.err = code, out, err

    def json(self):
        try:
            return json.loads(self.out)
        except json.JSONDecodeError as e:   # say what was printed instead, so a rare failure can be read afterwards
            raise AssertionError(f"not JSON (exit {self.code}): out={self.out[:2000]!r} err={self.err[-2000:]!r}") from e

    def json_lines(self):
        return [json.loads(line) for line in self.out.splitlines() if line.strip()]


@pytest.fixture
def db(tmp_path) -> str:
    return str(tmp_path / "test.db")


@pytest.fixture
def cli(capsys, db):
    def run(*args: str, database: str | None = None) -> CliResult:
        capsys.readouterr()
        code = main(["--db", database or db, *args])
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)
    return run


@pytest.fixture
def seeds_copy(tmp_path) -> Path:
    dest = tmp_path / "seeds"
    shutil.copytree(SEEDS, dest)
    return dest


def write_article(folder: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


@pytest.fixture
def private_network(monkeypatch):
    """Fetching may reach private addresses: the fixture servers listen on 127.0.0.1. Off by default, as in
    a deployment; a test that serves feeds or pages on loopback opts in with this fixture."""
    monkeypatch.setenv("NEWSDIGEST_FETCH_ALLOW_PRIVATE", "1")

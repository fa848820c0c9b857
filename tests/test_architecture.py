"""The shape of the code, checked from its imports (read with ast, see tests/import_graph.py).

Arrows point one way: the front ends (bot/) use the core (digest/), never the reverse; inside the core, the
pure text pipeline imports nothing of storage, sources or the use cases; and no module needs itself back
through a chain of imports.
"""

from __future__ import annotations

import pytest

from tests.import_graph import ROOT, cycles, import_graph

# Cycles that existed before the layout was untied; each may only shrink until the list is empty.
KNOWN_CYCLES: list[set[str]] = []

# The pure text pipeline: functions over text and dates, no I/O.
TEXT_PACKAGE = "digest.text"


@pytest.fixture(scope="module")
def graph() -> dict[str, set[str]]:
    return import_graph()


def is_text_module(module: str) -> bool:
    return module == TEXT_PACKAGE or module.startswith(TEXT_PACKAGE + ".")


def test_the_graph_is_read_from_both_packages(graph):
    assert any(module.startswith("bot.commands.layer") for module in graph)
    assert any(target.startswith("digest") for target in graph.get("bot.console", ()))


def test_no_import_cycle_beyond_those_being_untied(graph):
    found = [set(component) for component in cycles(graph)]
    new = [sorted(c) for c in found if not any(c <= known for known in KNOWN_CYCLES)]
    assert new == [], f"import cycles: {new}"


def test_the_core_never_imports_a_front_end(graph):
    wrong = sorted(f"{module} -> {target}" for module, targets in graph.items() if module.startswith("digest")
                   for target in targets if target == "bot" or target.startswith("bot."))
    assert wrong == []


def test_text_modules_import_only_text(graph):
    text = {module for module in graph if is_text_module(module)}
    assert text, "no text module found"
    wrong = sorted(f"{module} -> {target}" for module in text for target in graph[module]
                   if not is_text_module(target) and target != "digest.errors")
    assert wrong == []


def test_cycles_are_found_when_they_exist():
    """The check itself: a chain back to its start is a cycle, a one-way chain is not."""
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": {"c"}, "c": set()}) == []


def test_lazy_and_relative_imports_count(tmp_path, monkeypatch):
    """An import inside a function or under TYPE_CHECKING still ties two modules; `from . import x` resolves."""
    import tests.import_graph as module

    package = tmp_path / "digest"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("def f():\n    from digest import b\n")
    (package / "b.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .a import f\n")
    monkeypatch.setattr(module, "ROOT", tmp_path)
    found = module.import_graph(["digest"])
    assert found["digest.a"] == {"digest.b"} and found["digest.b"] == {"digest.a"}
    assert module.cycles(found) == [["digest.a", "digest.b"]]
    assert ROOT != tmp_path

"""The project's import graph, read from the source with ast (nothing is imported).

Every import counts, wherever it is written: at the top, inside a function (a lazy import only hides a
cycle until the function runs) or under `if TYPE_CHECKING:` (a cycle of types is still two modules that
cannot be read apart). `tests/test_architecture.py` holds the rules; run this file to print the graph:

    .venv/bin/python -m tests.import_graph [--edges]
"""

from __future__ import annotations

import argparse
import ast
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("digest", "bot")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def project_modules(packages: Iterable[str] = PACKAGES) -> dict[str, Path]:
    modules: dict[str, Path] = {}
    for package in packages:
        for path in sorted((ROOT / package).rglob("*.py")):
            # Alembic revisions are loaded by Alembic from their folder, not imported by the code.
            if "versions" in path.relative_to(ROOT).parts:
                continue
            modules[module_name(path)] = path
    return modules


def _absolute(node: ast.ImportFrom, importer: str, is_package: bool) -> str:
    if not node.level:
        return node.module or ""
    base = importer.split(".")
    # `from . import x` in a package's __init__ is relative to the package itself.
    base = base if is_package else base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def _nearest_module(name: str, modules: dict[str, Path]) -> str | None:
    """The project module `name` denotes: itself, or the module it is an attribute of."""
    while name:
        if name in modules:
            return name
        name = name.rpartition(".")[0]
    return None


def imports_of(module: str, modules: dict[str, Path]) -> set[str]:
    path = modules[module]
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            origin = _absolute(node, module, path.name == "__init__.py")
            # `from pkg import sub` imports the submodule when there is one, else a name of pkg.
            names = [f"{origin}.{alias.name}" for alias in node.names] or [origin]
        else:
            continue
        for name in names:
            target = _nearest_module(name, modules)
            if target and target != module:
                found.add(target)
    return found


def import_graph(packages: Iterable[str] = PACKAGES) -> dict[str, set[str]]:
    modules = project_modules(packages)
    return {module: imports_of(module, modules) for module in modules}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edges", action="store_true", help="print every module's imports too")
    args = parser.parse_args()
    graph = import_graph()
    edges = sum(len(targets) for targets in graph.values())
    print(f"{len(graph)} modules, {edges} imports between them")
    found = cycles(graph)
    print(f"{len(found)} import cycles")
    for component in found:
        print(f"  {len(component)} modules: {', '.join(component)}")
    if args.edges:
        for module in sorted(graph):
            print(f"{module} -> {', '.join(sorted(graph[module])) or '-'}")


if __name__ == "__main__":
    main()

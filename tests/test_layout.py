"""The package layout the developer docs describe: layers without cycles, small modules, tests that mirror it.

These are the architecture's promises to a reader (docs/developing.md); a change that breaks one should say so
by changing this test and the docs together.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "factlint"
TESTS = Path(__file__).resolve().parent
MAX_LINES = 400
MAX_ROOT_MODULES = 6


def _modules() -> dict[str, Path]:
    mods = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        mods[name] = path
    return mods


def _node(module: str, mods: dict[str, Path]) -> str:
    """The graph node of a module: its package, except that each module directly in factlint/ is its own node."""
    if mods[module].name == "__init__.py":
        return module
    package = module.rpartition(".")[0]
    return module if package == "factlint" else package


def _imports(path: Path) -> set[str]:
    """Every factlint module a file imports, at any depth (lazy and TYPE_CHECKING imports count too)."""
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("factlint"):
            out.add(node.module)
            out.update(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name.startswith("factlint"))
    return out


def package_graph() -> dict[str, set[str]]:
    mods = _modules()
    graph: dict[str, set[str]] = defaultdict(set)
    for module, path in mods.items():
        src = _node(module, mods)
        for target in _imports(path):
            if target in mods and _node(target, mods) != src:
                graph[src].add(_node(target, mods))
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one package (Tarjan's algorithm, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found = []
    for root in list(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph.get(root, ()))))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            v, children = work[-1]
            w = next(children, None)
            if w is not None:
                if w not in index:
                    index[w] = low[w] = len(index)
                    stack.append(w)
                    on_stack.add(w)
                    work.append((w, iter(sorted(graph.get(w, ())))))
                elif w in on_stack:
                    low[v] = min(low[v], index[w])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[v])
            if low[v] == index[v]:
                component = []
                while True:
                    w = stack.pop()
                    on_stack.discard(w)
                    component.append(w)
                    if w == v:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_no_import_cycle_between_packages():
    assert _cycles(package_graph()) == []


def test_cycle_finder_sees_a_cycle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_module_over_the_size_limit():
    big = {
        str(p.relative_to(PACKAGE.parent)): n
        for p in PACKAGE.rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert big == {}


def test_root_package_holds_few_modules():
    assert len(list(PACKAGE.glob("*.py"))) <= MAX_ROOT_MODULES


def test_test_folders_mirror_the_package_tree():
    """Every folder of tests/ (other than data) names a package of factlint, so a reader finds a module's tests."""
    packages = {p.parent.relative_to(PACKAGE) for p in PACKAGE.rglob("__init__.py")}
    folders = {
        p.relative_to(TESTS) for p in TESTS.rglob("*") if p.is_dir()
        and p.name not in ("__pycache__", "data") and "data" not in p.relative_to(TESTS).parts
    }
    assert folders - packages == set()


def test_test_module_names_are_unique():
    """pytest's default import mode imports test modules by basename: two of one name in different folders clash."""
    names = [p.name for p in TESTS.rglob("test_*.py")]
    assert sorted(n for n in set(names) if names.count(n) > 1) == []

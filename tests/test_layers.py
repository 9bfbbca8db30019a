"""Lookalike's package layering, read from the source: no cycle between top-level packages, no import that runs
up the layers (the table below says which way each arrow may point), and no cycle between the subpackages of
any package (engine/ once it is split by concern, connectors/ and its dialects).

Every `import` and `from … import` counts, also those inside functions (a lazy import is still a dependency);
only imports under `if TYPE_CHECKING:` are left out, since they never run.
"""

from __future__ import annotations

import ast
import itertools
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from lookalike.core.plan import strongly_connected

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "lookalike"
ROOT_PACKAGE = "lookalike"  # lookalike/__init__.py: the version only; every layer may read it

# Which top-level packages each one may import (besides itself and the root package's __version__).
# Listed bottom-up; the arrows below a layer are all it may know.
ALLOWED: dict[str, frozenset[str]] = {
    # Pure models and contracts (schema, job config, plan, errors, canonical Arrow types): stands on nothing.
    "core": frozenset(),
    # The installation's settings (LOOKALIKE_*) and its secret key: raises core's ConfigError, nothing more.
    "installation": frozenset({"core"}),
    # Vectorized functions over core's canonical Arrow types, and the check of a configured transformer
    # against the registry; a transformer knows no connector, engine or store.
    "transformers": frozenset({"core"}),
    # Classifying columns and values as PII names the transformer that fits, so it reads the registry and the
    # transformers' vocabularies and detectors.
    "classify": frozenset({"core", "transformers"}),
    # Database dialects behind one Protocol, speaking core's schema and Arrow types; they may read installation
    # settings (e.g. where SQLite files live) but never the transformers that run between them.
    "connectors": frozenset({"core", "installation"}),
    # Plans and runs jobs: resolves a job with classify and the transformer registry, moves data through
    # connectors, seals secrets with the installation key. Never the control plane (store) or a front end.
    "engine": frozenset({"core", "classify", "transformers", "connectors", "installation"}),
    # The control plane's database: seals with the installation key, checks user-defined transformers against
    # the registry and connections against the connectors' confinement policy. Never the engine.
    "store": frozenset({"core", "installation", "transformers", "connectors"}),
    # The HTTP API over the store and the engine; it does not know the web pages composed with it.
    "api": frozenset({"core", "classify", "transformers", "connectors", "installation", "engine", "store"}),
    # The web pages: a client of the API's services and paths, with the store for browser sessions.
    "web": frozenset({"core", "classify", "transformers", "connectors", "installation", "engine", "store", "api"}),
    # The server's app: composes the API and the web pages.
    "server": frozenset(
        {"core", "classify", "transformers", "connectors", "installation", "engine", "store", "api", "web"}
    ),
    # Helpers for tests and benches (a throwaway PostgreSQL, the crash harness): may use anything but the CLI.
    "testing": frozenset(
        {"core", "classify", "transformers", "connectors", "installation", "engine", "store", "api", "web", "server"}
    ),
    # The command line is the top: it may start anything.
    "cli": frozenset(
        {
            "core",
            "classify",
            "transformers",
            "connectors",
            "installation",
            "engine",
            "store",
            "api",
            "web",
            "server",
            "testing",
        }
    ),
}


@dataclass(frozen=True)
class Import:
    """One import statement: `module` (where, at `line`) imports `target` (a module of the source tree)."""

    module: str
    line: int
    text: str
    target: str

    def __str__(self) -> str:
        return f"{self.module} line {self.line}: `{self.text}`"


def _module_name(path: Path, package: Path) -> str:
    parts = [package.name, *path.relative_to(package).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _statements(tree: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    """Every import statement in `tree`, at any depth, but none under `if TYPE_CHECKING:`."""
    pending: list[ast.AST] = [tree]
    while pending:
        node = pending.pop()
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            pending.extend(node.orelse)
            continue
        pending.extend(ast.iter_child_nodes(node))


def import_graph(package: Path) -> list[Import]:
    """Every import, between modules of `package`'s source tree, that the source makes."""
    paths = sorted(package.rglob("*.py"))
    modules = {_module_name(path, package) for path in paths}
    found: list[Import] = []
    for path in paths:
        module = _module_name(path, package)
        source = path.read_text()
        lines = source.splitlines()
        is_package = path.name == "__init__.py"
        for statement in _statements(ast.parse(source, filename=str(path))):
            text = " ".join(part.strip() for part in lines[statement.lineno - 1 : statement.end_lineno])
            targets: list[str] = []
            if isinstance(statement, ast.Import):
                targets = [alias.name for alias in statement.names]
            else:
                base = statement.module or ""
                if statement.level:  # relative: from the importing module's package, up level - 1
                    anchor = module.split(".") if is_package else module.split(".")[:-1]
                    anchor = anchor[: len(anchor) - (statement.level - 1)]
                    base = ".".join([*anchor, *([statement.module] if statement.module else [])])
                # `from a import b` imports the module a.b when there is one, else names of a.
                targets = [
                    f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base for alias in statement.names
                ]
            for target in dict.fromkeys(targets):
                if target == package.name or target.startswith(package.name + "."):
                    found.append(Import(module, statement.lineno, text, target))
    return found


def _layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ROOT_PACKAGE


def _cycles(edges: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """One cycle (as a closed path a → … → a) for each strongly connected group of more than one node."""
    graph = {node: sorted(set(targets) - {node}) for node, targets in edges.items()}
    for targets in list(graph.values()):
        for target in targets:
            graph.setdefault(target, [])
    groups = [sorted(group) for group in strongly_connected(graph) if len(group) > 1]
    groups.sort()
    return [_closed_path(group, graph) for group in groups]


def _closed_path(group: list[str], graph: Mapping[str, list[str]]) -> list[str]:
    """A shortest path from the group's first node back to itself, inside the group."""
    start, members = group[0], set(group)
    came_from: dict[str, str] = {}
    frontier = [start]
    while frontier:
        following = []
        for node in frontier:
            for target in graph[node]:
                if target == start:
                    path = [node]
                    while path[-1] != start:
                        path.append(came_from[path[-1]])
                    return [start, *reversed(path[:-1]), start]  # path runs node → … → start
                if target in members and target not in came_from:
                    came_from[target] = node
                    following.append(target)
        frontier = following
    raise AssertionError(f"{group} is not a cycle")


def _explain(cycle: list[str], witnesses: Mapping[tuple[str, str], list[Import]]) -> str:
    steps = [f"  {a} → {b}: {witnesses[a, b][0]}" for a, b in itertools.pairwise(cycle)]
    return " → ".join(cycle) + "\n" + "\n".join(steps)


def layer_edges(imports: Iterable[Import]) -> dict[tuple[str, str], list[Import]]:
    edges: dict[tuple[str, str], list[Import]] = defaultdict(list)
    for item in imports:
        source, target = _layer(item.module), _layer(item.target)
        if source != target:
            edges[source, target].append(item)
    return edges


def upward_imports(imports: Iterable[Import], allowed: Mapping[str, frozenset[str]]) -> list[str]:
    """Each import that the table does not allow, with where it is and what its layer may import."""
    problems = []
    for (source, target), items in sorted(layer_edges(imports).items()):
        if target == ROOT_PACKAGE:
            continue
        if source == ROOT_PACKAGE:
            problems.extend(f"{item}: the root package imports nothing of its own" for item in items)
            continue
        if target not in allowed.get(source, frozenset()):
            may = ", ".join(sorted(allowed.get(source, frozenset()))) or "nothing"
            problems.extend(f"{item}: {source} may not import {target} ({source} may import: {may})" for item in items)
    return problems


def layer_cycles(imports: Iterable[Import]) -> list[str]:
    edges = {key: value for key, value in layer_edges(imports).items() if ROOT_PACKAGE not in key}
    graph: dict[str, set[str]] = defaultdict(set)
    for source, target in edges:
        graph[source].add(target)
    return [_explain(cycle, edges) for cycle in _cycles(graph)]


def subpackage_cycles(imports: Iterable[Import], package: Path) -> list[str]:
    """Cycles between sibling subpackages (folders with an __init__.py) of every package below the root (whose
    own are the layers); the modules lying directly in a package are not nodes (engine/ is still flat)."""
    imports = list(imports)
    problems = []
    for folder in sorted(path.parent for path in package.rglob("__init__.py") if path.parent != package):
        parent = _module_name(folder / "__init__.py", package)
        children = {
            f"{parent}.{child.name}"
            for child in folder.iterdir()
            if child.is_dir() and (child / "__init__.py").exists()
        }
        if len(children) < 2:
            continue

        def child_of(module: str, children: set[str] = children) -> str | None:
            return next((c for c in children if module == c or module.startswith(c + ".")), None)

        edges: dict[tuple[str, str], list[Import]] = defaultdict(list)
        for item in imports:
            source, target = child_of(item.module), child_of(item.target)
            if source is not None and target is not None and source != target:
                edges[source, target].append(item)
        graph: dict[str, set[str]] = defaultdict(set)
        for source, target in edges:
            graph[source].add(target)
        problems.extend(f"in {parent}: {_explain(cycle, edges)}" for cycle in _cycles(graph))
    return problems


IMPORTS = import_graph(PACKAGE)


def test_the_import_graph_is_read() -> None:
    """Sanity: the parser sees lazy imports inside functions and resolves `from package import module`."""
    assert any(item.module == "lookalike.cli.server" and item.target == "lookalike.server" for item in IMPORTS)
    assert any(
        item.target == "lookalike.engine.dbos.runtime" for item in IMPORTS if item.module.startswith("lookalike.engine")
    )


def test_every_top_level_package_has_a_place_in_the_table() -> None:
    layers = {_layer(_module_name(path, PACKAGE)) for path in PACKAGE.rglob("*.py")} - {ROOT_PACKAGE}
    assert layers == set(ALLOWED), (
        f"place {sorted(layers - set(ALLOWED))} in ALLOWED (and say why each arrow); "
        f"drop {sorted(set(ALLOWED) - layers)}"
    )


def test_the_table_itself_has_no_cycle() -> None:
    assert _cycles(ALLOWED) == []


def test_no_cycle_between_top_level_packages() -> None:
    cycles = layer_cycles(IMPORTS)
    assert not cycles, "import cycles between packages:\n" + "\n".join(cycles)


def test_no_import_runs_up_the_layers() -> None:
    problems = upward_imports(IMPORTS, ALLOWED)
    assert not problems, "imports against the layering (tests/test_layers.py ALLOWED):\n" + "\n".join(problems)


def test_no_cycle_between_the_subpackages_of_a_package() -> None:
    problems = subpackage_cycles(IMPORTS, PACKAGE)
    assert not problems, "import cycles between subpackages:\n" + "\n".join(problems)


def test_the_checks_name_the_offending_import(tmp_path: Path) -> None:
    """A made-up tree with an upward import, a package cycle and a subpackage cycle: each is reported with the
    module and the import line."""
    files = {
        "lookalike/__init__.py": "",
        "lookalike/core/__init__.py": "",
        "lookalike/core/model.py": "def f() -> None:\n    from lookalike.engine import plan\n",
        "lookalike/engine/__init__.py": "",
        "lookalike/engine/plan/__init__.py": "from ..copy import step\n",
        "lookalike/engine/copy/__init__.py": "",
        "lookalike/engine/copy/step.py": "from typing import TYPE_CHECKING\nimport lookalike.engine.plan\n"
        "import lookalike.core.model\nif TYPE_CHECKING:\n    from lookalike.store import x\n",
        "lookalike/store/__init__.py": "",
        "lookalike/store/x.py": "",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    imports = import_graph(tmp_path / "lookalike")
    upward = upward_imports(imports, ALLOWED)
    assert upward == [
        "lookalike.core.model line 2: `from lookalike.engine import plan`: core may not import engine "
        "(core may import: nothing)"
    ]
    [cycle] = layer_cycles(imports)
    assert cycle.startswith("core → engine → core") and "lookalike.engine.copy.step line 3" in cycle
    [inner] = subpackage_cycles(imports, tmp_path / "lookalike")
    assert inner.startswith(
        "in lookalike.engine: lookalike.engine.copy → lookalike.engine.plan → lookalike.engine.copy"
    )
    assert "lookalike.engine.plan line 1: `from ..copy import step`" in inner


def test_the_engine_backends_share_code_only_through_neutral_modules() -> None:
    """engine/dbos and engine/temporal never import each other: what both need (the step bodies, the guard, the
    outcome mapping) lives in engine/run and the engine's root modules."""
    crossing = [
        str(item)
        for item in IMPORTS
        for mine, theirs in (("dbos", "temporal"), ("temporal", "dbos"))
        if item.module.startswith(f"lookalike.engine.{mine}") and item.target.startswith(f"lookalike.engine.{theirs}")
    ]
    assert not crossing, "one backend imports the other:\n" + "\n".join(crossing)
    assert any(item.module.startswith("lookalike.engine.temporal") for item in IMPORTS), "no Temporal backend read"

"""relj's layering holds: no import circles, and no package imports one above it.

The layers (DESIGN.md, "The way data flows"; a module may import its own layer
or a lower one, never a higher one):

    9  relj.cli, relj.__main__   Typer commands; one place catches errors
    8  relj.interchange          import (CSV/vCard) and export (json/csv/ics)
    7  relj.render               the only code that writes to the terminal
    6  relj.catalogue            journal and cache together
    5  relj.team                 git and the merge driver
    4  relj.storage              the only code that touches the journal's files
    3  relj.analysis             pure functions of (customers, today, settings)
    2  ground floor              relj, model, settings, errors, dates, numbers, slugs, i18n
    1  relj.messages             every sentence; data only

Every ``import`` and ``from ... import`` of every module under relj/ counts,
including those inside functions (imported late for a cheap start-up, but a
dependency all the same). Imports under ``if TYPE_CHECKING:`` never run, so
they cannot close a circle at import time and are left out of the circle rule;
they do count for the layer rule: a lower layer that names a higher layer's
types depends on it in design, even if not at run time.

The checker works on source text, so it is tested on a planted graph too
(`test_the_checker_catches_...`): a checker that finds nothing must not pass
silently.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from tests.helpers import ROOT

RELJ = ROOT / "relj"

# The longest matching prefix decides; a module that matches none is an error.
LAYERS: dict[str, int] = {
    "relj.messages": 1,
    "relj": 2,
    "relj.model": 2,
    "relj.settings": 2,
    "relj.errors": 2,
    "relj.dates": 2,
    "relj.numbers": 2,
    "relj.slugs": 2,
    "relj.i18n": 2,
    "relj.analysis": 3,
    "relj.storage": 4,
    "relj.team": 5,
    "relj.catalogue": 6,
    "relj.render": 7,
    "relj.interchange": 8,
    "relj.cli": 9,
    "relj.__main__": 9,
}


@dataclass(frozen=True)
class Import:
    """One imported relj module, where it is imported and whether only for types."""

    source: str  # the importing module, e.g. relj.storage.journal
    target: str  # the imported module, e.g. relj.storage.cache
    line: int
    text: str  # the statement as written
    type_only: bool

    def where(self) -> str:
        return f"{self.source}:{self.line}: {self.text}"


def layer_of(module: str) -> int | None:
    """The layer of a relj module (longest prefix in LAYERS), None if it has none."""
    parts = module.split(".")
    for end in range(len(parts), 0, -1):
        layer = LAYERS.get(".".join(parts[:end]))
        if layer is not None and (end > 1 or module == "relj"):
            return layer
    return None


def module_name(path: Path, root: Path = RELJ) -> str:
    relative = path.relative_to(root.parent).with_suffix("")
    parts = list(relative.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    """ids of the statements inside ``if TYPE_CHECKING:`` blocks (not their else)."""
    inside: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            for statement in node.body:
                inside.update(id(child) for child in ast.walk(statement))
    return inside


def imports_of(module: str, source: str, is_package: bool,
               known: Iterable[str]) -> list[Import]:
    """Every relj module that ``module`` (with this source) imports, wherever it is imported."""
    known = set(known)
    tree = ast.parse(source)
    type_only = _type_checking_nodes(tree)
    package = module if is_package else module.rpartition(".")[0]
    found: list[Import] = []
    for node in ast.walk(tree):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: from . import x, from ..storage import y
                anchor = package.split(".")
                anchor = anchor[:len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                # `from relj.cli import journal_cmds` imports the submodule.
                sub = f"{base}.{alias.name}"
                targets.append(sub if sub in known else base)
        else:
            continue
        text = (ast.get_source_segment(source, node) or "").strip()
        text = " ".join(text.split())
        for target in dict.fromkeys(targets):
            if target == "relj" or target.startswith("relj."):
                found.append(Import(module, target, node.lineno, text, id(node) in type_only))
    return found


def relj_imports(root: Path = RELJ) -> dict[str, list[Import]]:
    """The import graph of the relj package on disk: module -> its imports."""
    paths = sorted(root.rglob("*.py"))
    names = {module_name(path, root): path for path in paths}
    return {
        name: imports_of(name, path.read_text(encoding="utf-8"), path.name == "__init__.py",
                         names)
        for name, path in names.items()
    }


def upward_imports(graph: Mapping[str, list[Import]]) -> list[str]:
    """Every import of a higher layer (and every module without a layer), one line each."""
    problems = []
    for module in sorted(graph):
        own = layer_of(module)
        if own is None:
            problems.append(f"{module}: no layer (add it to LAYERS in tests/test_layers.py)")
            continue
        for found in graph[module]:
            target = layer_of(found.target)
            if target is not None and target > own:
                kind = " (type only)" if found.type_only else ""
                problems.append(f"{found.where()}  [layer {own} imports {found.target}, "
                                f"layer {target}]{kind}")
    return problems


def import_circles(graph: Mapping[str, list[Import]]) -> list[str]:
    """Each circle between relj modules (type-only imports left out), as a chain of imports."""
    edges: dict[str, dict[str, Import]] = {module: {} for module in graph}
    for module, found in graph.items():
        for item in found:
            if not item.type_only and item.target != module and item.target in graph:
                edges[module].setdefault(item.target, item)
    circles = []
    for component in _strongly_connected(edges):
        if len(component) > 1:
            chain = _a_circle(component, edges)
            circles.append(" -> ".join(item.where() for item in chain))
    return sorted(circles)


def _strongly_connected(edges: Mapping[str, Mapping[str, Import]]) -> list[set[str]]:
    """Tarjan's algorithm, iteratively (the graph is small; recursion would do too)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[set[str]] = []
    for start in sorted(edges):
        if start in index:
            continue
        work = [(start, iter(sorted(edges[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                components.append(component)
    return components


def _a_circle(component: set[str], edges: Mapping[str, Mapping[str, Import]]) -> list[Import]:
    """One shortest circle through the first module of the component (breadth first)."""
    start = min(component)
    paths: dict[str, list[Import]] = {start: []}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for child, item in sorted(edges[node].items()):
            if child == start:
                return [*paths[node], item]
            if child in component and child not in paths:
                paths[child] = [*paths[node], item]
                queue.append(child)
    raise AssertionError(f"no circle in a strongly connected component: {component}")


# -- the rules on relj itself ------------------------------------------------


def test_relj_has_modules_and_imports_to_check() -> None:
    graph = relj_imports()
    assert {"relj", "relj.cli.app", "relj.messages"} <= set(graph)
    assert sum(len(found) for found in graph.values()) > 50


def test_no_import_circles_between_relj_modules() -> None:
    circles = import_circles(relj_imports())
    assert not circles, "import circles:\n" + "\n".join(circles)


def test_no_module_imports_a_higher_layer() -> None:
    problems = upward_imports(relj_imports())
    assert not problems, "upward imports:\n" + "\n".join(problems)


# -- the checker itself, on a planted graph -----------------------------------

PLANTED = {
    "relj/__init__.py": '"""root"""\n',
    "relj/model.py": "from relj import errors\n",
    "relj/errors.py": "def late():\n    from relj.model import Customer\n",
    "relj/storage/__init__.py": "",
    "relj/storage/journal.py": (
        "from __future__ import annotations\n"
        "from typing import TYPE_CHECKING\n"
        "from .cache import load\n"
        "if TYPE_CHECKING:\n"
        "    from relj.render.report import Screen\n"
        "    from relj.storage import check\n"
    ),
    "relj/storage/cache.py": "def warm():\n    import relj.storage.journal\n",
    "relj/storage/check.py": "from relj.storage.journal import Journal\n",
    "relj/render/__init__.py": "",
    "relj/render/report.py": "from relj.storage import journal\nfrom relj.cli.app import app\n",
    "relj/cli/__init__.py": "",
    "relj/cli/app.py": "import relj.render.report\n",
    "relj/gadget.py": "",
}


def _planted(tmp_path: Path) -> dict[str, list[Import]]:
    for name, text in PLANTED.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return relj_imports(tmp_path / "relj")


def test_the_checker_reads_every_kind_of_import(tmp_path: Path) -> None:
    graph = _planted(tmp_path)
    targets = {(item.target, item.type_only) for item in graph["relj.storage.journal"]}
    assert targets == {("relj.storage.cache", False), ("relj.render.report", True),
                       ("relj.storage.check", True)}
    assert [item.target for item in graph["relj.storage.cache"]] == ["relj.storage.journal"]
    assert [item.target for item in graph["relj.model"]] == ["relj.errors"]
    assert graph["relj.storage.cache"][0].line == 2


def test_the_checker_catches_planted_circles(tmp_path: Path) -> None:
    circles = import_circles(_planted(tmp_path))
    # Inside a function counts; a TYPE_CHECKING import (journal -> check) does not.
    assert len(circles) == 3, circles
    assert any("relj.errors:2: from relj.model import Customer" in c for c in circles)
    assert any("relj.storage.cache:2: import relj.storage.journal" in c for c in circles)
    assert any("relj.render.report:2: from relj.cli.app import app" in c for c in circles)
    assert not any("check" in c for c in circles)


def test_the_checker_catches_planted_upward_imports(tmp_path: Path) -> None:
    problems = upward_imports(_planted(tmp_path))
    assert len(problems) == 3, problems
    assert problems[0] == "relj.gadget: no layer (add it to LAYERS in tests/test_layers.py)"
    assert problems[1].startswith("relj.render.report:2: from relj.cli.app import app  [layer 7")
    assert problems[2].startswith(
        "relj.storage.journal:5: from relj.render.report import Screen  [layer 4")
    assert problems[2].endswith("(type only)")


def test_layers_are_found_by_the_longest_prefix() -> None:
    assert layer_of("relj") == 2
    assert layer_of("relj.messages.coach") == 1
    assert layer_of("relj.storage.codec.reading") == 4
    assert layer_of("relj.__main__") == 9
    assert layer_of("relj.catalogue") == 6
    assert layer_of("relj.unknown") is None

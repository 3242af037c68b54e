"""The project's modules import each other without cycles and only downwards through the layers, counting
imports made only for type checking."""

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("core", "cogs", "config", "database", "web")

# The layers, bottom first: a module imports its own package and the layers below, never beside or above.
# "core" is its root modules (models, errors, messages, ...); a new package gets its place here.
LAYERS = (
    ("core.i18n",),  # texts by key, the catalogs and who reads which language
    ("core",),
    ("core.rules",),  # pure rules: no I/O
    ("database",),  # storage: our models in and out
    ("config",),  # process settings, checked as they load
    ("core.places", "core.transcripts"),  # the Discord side of a ticket's place; transcripts
    ("core.runtime",),  # the services every operation works with, and the timed work
    ("core.tickets", "core.admin", "core.staff", "core.analytics"),  # the operations, and their figures
    ("core.ui",),  # interactions: buttons, selects, modals, errors
    ("web", "cogs"),  # the two ways in: HTTP and slash commands
    ("bot",),  # the entry point that builds it all
)
# Storage knows our records, errors and metrics and the pure rules, nothing of Discord or of text.
STORAGE_MAY_IMPORT = ("core.models", "core.errors", "core.metrics", "core.rules")


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def project_modules() -> dict[str, Path]:
    files = [ROOT / "bot.py", *(p for package in PACKAGES for p in (ROOT / package).rglob("*.py"))]
    return {module_name(path): path for path in files}


def imports(path: Path, modules: dict[str, Path], *, type_checking: bool = True) -> set[str]:
    """Every project module ``path`` imports, wherever the import stands (TYPE_CHECKING blocks unless told)."""
    found = set()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree) if type_checking else _run_time_nodes(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [f"{node.module}.{alias.name}" for alias in node.names] + [node.module]
        else:
            continue
        for name in names:
            if name in modules:
                found.add(name)
    return found


def _run_time_nodes(node: ast.AST) -> Iterator[ast.AST]:
    """Every node outside ``if TYPE_CHECKING:`` blocks."""
    yield node
    for child in ast.iter_child_nodes(node):
        test = child.test if isinstance(child, ast.If) else None
        if isinstance(test, ast.Name) and test.id == "TYPE_CHECKING":
            for orelse in child.orelse:
                yield from _run_time_nodes(orelse)
            continue
        yield from _run_time_nodes(child)


def package(module: str) -> str:
    """The package a module belongs to for layering: ``core.tickets.opening`` → ``core.tickets``, ``core.models`` → ``core``."""
    parts = module.split(".")
    if parts[0] == "core" and len(parts) > 1 and (ROOT / "core" / parts[1]).is_dir():
        return f"core.{parts[1]}"
    return parts[0]


def layer(name: str) -> int:
    return next(i for i, names in enumerate(LAYERS) if name in names)


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, str] = {}
    stack: list[str] = []

    def visit(module: str) -> list[str] | None:
        state[module] = "visiting"
        stack.append(module)
        for target in sorted(graph[module]):
            if state.get(target) == "visiting":
                return [*stack[stack.index(target) :], target]
            if target not in state and (cycle := visit(target)):
                return cycle
        stack.pop()
        state[module] = "done"
        return None

    for module in sorted(graph):
        if module not in state and (cycle := visit(module)):
            return cycle
    return None


def test_no_import_cycles_even_through_type_checking_imports():
    modules = project_modules()
    graph = {name: imports(path, modules) - {name} for name, path in modules.items()}
    assert find_cycle(graph) is None, " -> ".join(find_cycle(graph) or [])


def test_core_never_imports_the_entry_point_or_the_cogs():
    modules = project_modules()
    for name, path in modules.items():
        if name.startswith("core"):
            assert not {m for m in imports(path, modules) if m == "bot" or m.startswith("cogs")}, name


def test_the_finder_sees_a_cycle():
    assert find_cycle({"a": {"b"}, "b": {"a"}}) == ["a", "b", "a"]


def test_every_package_has_a_layer():
    packages = {package(name) for name in project_modules()}
    assert packages <= {name for names in LAYERS for name in names}, "give each new package its place in LAYERS"


def test_imports_go_only_downwards_through_the_layers():
    """Except a cog's type hint naming the bot that loads it (``setup(bot: TicketBot)``), never at run time."""
    modules = project_modules()
    upwards = []
    for name, path in modules.items():
        run_time = imports(path, modules, type_checking=False)
        for target in imports(path, modules):
            source, goal = package(name), package(target)
            if source == goal or layer(goal) < layer(source):
                continue
            if (source, goal) == ("cogs", "bot") and target not in run_time:
                continue
            upwards.append(f"{name} -> {target}")
    assert not upwards, upwards


def test_storage_imports_only_records_errors_metrics_and_pure_rules():
    modules = project_modules()
    for name, path in modules.items():
        if package(name) == "database":
            core = {m for m in imports(path, modules) if m.split(".")[0] == "core"}
            others = {m for m in core if not any(m == p or m.startswith(f"{p}.") for p in STORAGE_MAY_IMPORT)}
            assert not others, (name, others)


def test_the_layer_check_sees_type_checking_imports_and_skips_them_when_told(tmp_path):
    source = tmp_path / "example.py"
    source.write_text("from typing import TYPE_CHECKING\nimport core.models\nif TYPE_CHECKING:\n    import bot\n")
    modules = {"bot": ROOT / "bot.py", "core.models": ROOT / "core" / "models.py"}
    assert imports(source, modules) == {"bot", "core.models"}
    assert imports(source, modules, type_checking=False) == {"core.models"}

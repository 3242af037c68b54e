"""The project's modules import each other without cycles, counting imports made only for type checking."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("core", "cogs", "config", "database", "web")


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def project_modules() -> dict[str, Path]:
    files = [ROOT / "bot.py", *(p for package in PACKAGES for p in (ROOT / package).rglob("*.py"))]
    return {module_name(path): path for path in files}


def imports(path: Path, modules: dict[str, Path]) -> set[str]:
    """Every project module ``path`` imports, wherever the import stands (TYPE_CHECKING blocks too)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
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

"""Operations read the time from the injected clock (``Services.clock``, the bot's ``clock``), so tests can move it.

``core.models.utcnow`` is only the clock's default: passed, never called, outside its own definition.
"""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
READ_THE_CLOCK = {"utcnow", "now", "today"}


def clock_reads(source: str, *, defines_the_clock: bool = False) -> list[str]:
    """Every call in ``source`` that reads the wall clock itself (``line: call``), except in ``utcnow``'s own body."""
    tree = ast.parse(source)
    exempt: set[ast.AST] = set()
    if defines_the_clock:
        definition = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "utcnow")
        exempt = set(ast.walk(definition))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or node in exempt:
            continue
        func = node.func
        if (isinstance(func, ast.Name) and func.id == "utcnow") or (
            isinstance(func, ast.Attribute) and func.attr in READ_THE_CLOCK
        ):
            found.append(f"{node.lineno}: {ast.unparse(node)}")
    return found


def test_core_cogs_and_web_read_the_time_only_from_the_injected_clock():
    files = [p for package in ("core", "cogs", "web") for p in sorted((ROOT / package).rglob("*.py"))]
    reads = [
        f"{path.relative_to(ROOT)}:{read}"
        for path in files
        for read in clock_reads(path.read_text(encoding="utf-8"), defines_the_clock=path == ROOT / "core" / "models.py")
    ]
    assert reads == []


def test_the_check_sees_a_direct_call_and_spares_the_clock_itself():
    source = "from core.models import utcnow\nstamp = utcnow()\nlater = datetime.now(UTC)\nok = clock()\n"
    assert clock_reads(source) == ["2: utcnow()", "3: datetime.now(UTC)"]
    assert clock_reads("def utcnow():\n    return datetime.now(UTC)\n", defines_the_clock=True) == []

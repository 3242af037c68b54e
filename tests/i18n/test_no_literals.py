"""No sentence a person reads is written in code: every one comes from the catalogs.

A string literal of two or more words in ``bot.py``, ``cogs/``, ``core/`` or ``web/`` is a sentence unless
it is a docstring, a catalog key, a log line, a metric's HELP line, an operator's message (``ConfigurationError``, ``DatabaseError`` and their
kin, which the terminal shows), or its line says why it is not shown to anyone: ``# i18n: <reason>``.
``database/`` and ``config/`` speak only to operators and developers (storage refuses with codes), so they
are not checked. Templates may hold no words outside their ``{{ }}`` and ``{% %}`` blocks.
"""

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHECKED = ("bot.py", "cogs", "core", "web")
WORDS = re.compile(r"[A-Za-z]{2,}[,.:;!?']* +[A-Za-z]{2,}")
# HTML markup and header values (a Content-Security-Policy) are read by browsers, not people.
MACHINE_TEXT = re.compile(r"<[a-z]+[ >]|=\"|'(none|self|unsafe-inline)'|no-store|filename\*=")
MARKER = re.compile(r"#\s*i18n:\s*(\S.*)?$")
LOG_METHODS = {"debug", "info", "warning", "error", "exception", "critical", "log"}
# Prometheus metrics' HELP lines are read by operators, with the metrics.
OPERATOR_TEXT = {"Counter", "Gauge", "Histogram"}
OPERATOR_ERRORS = {
    "ConfigurationError",
    "CommandLineRefused",
    "DatabaseError",
    "TransientDatabaseError",
    "DatabaseUnavailable",
}
# Calls whose first argument is a catalog key ("cmd-ticket.description"), not a sentence.
KEY_CALLS = {"t", "Text", "command_text"}


def sources() -> list[Path]:
    found: list[Path] = []
    for name in CHECKED:
        path = ROOT / name
        found.extend([path] if path.is_file() else sorted(path.rglob("*.py")))
    return found


def _exempt_nodes(tree: ast.AST) -> set[int]:
    exempt: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if (
            isinstance(node, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
            and body
            and isinstance(body[0], ast.Expr)
            and isinstance(body[0].value, ast.Constant)
        ):
            exempt.add(id(body[0].value))
        if isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            logging = isinstance(node.func, ast.Attribute) and name in LOG_METHODS
            if logging or name in OPERATOR_ERRORS or name in OPERATOR_TEXT:
                exempt.update(id(sub) for sub in ast.walk(node))
            elif name in KEY_CALLS and node.args:
                exempt.add(id(node.args[0]))
    return exempt


def sentences(path: Path) -> list[tuple[int, str]]:
    """Return the literals in a file that read as sentences and are not exempt, with their line numbers."""
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    tree = ast.parse(text)
    exempt = _exempt_nodes(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in exempt:
            marked = any(MARKER.search(lines[n - 1]) for n in range(node.lineno, (node.end_lineno or node.lineno) + 1))
            if WORDS.search(node.value) and not MACHINE_TEXT.search(node.value) and not marked:
                found.append((node.lineno, node.value))
    return found


def test_no_sentence_is_written_in_code():
    found = [f"{path.relative_to(ROOT)}:{line}: {value!r}" for path in sources() for line, value in sentences(path)]
    assert not found, "sentences outside the catalogs (use t(...), or mark '# i18n: <reason>'):\n" + "\n".join(found)


def test_every_exemption_says_why():
    for path in sources():
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            marker = MARKER.search(line)
            assert marker is None or marker.group(1), f"{path.relative_to(ROOT)}:{number}: '# i18n:' without a reason"


def test_templates_hold_no_words():
    templates = [  # stylesheets (``*.css.j2``) hold font names, not words for readers
        *(ROOT / "web" / "templates").glob("*.html.j2"),
        *(ROOT / "core" / "transcripts" / "templates").glob("*.html.j2"),
    ]
    assert templates
    for template in sorted(templates):
        text = re.sub(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", " ", template.read_text(encoding="utf-8"), flags=re.S)
        text = re.sub(r"<(style|script)\b.*?</\1>", " ", text, flags=re.S)
        text = re.sub(r"<[^>]*>", " ", text)
        assert not WORDS.search(text), f"{template.name} has words outside the catalogs: {WORDS.search(text)}"

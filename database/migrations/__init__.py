"""The schema's history, one file per version for both SQL dialects: ``NNNN_<what>.sql``.

A file's statements before any ``-- dialect: <name>`` line apply to every dialect; those after such a
line, up to the next, only to that dialect (``sqlite`` or ``mysql``). A database records the last
version applied; connecting applies the later files in order, each in a transaction of its own
(``database.sql.adapter``). A new version is one new file with the next number; MongoDB's steps are
in ``database.mongo.migrations``.
"""

from __future__ import annotations

import re
from importlib import resources

STATEMENT_END = re.compile(r";\s*$", re.MULTILINE)
DIALECT_LINE = re.compile(r"^--\s*dialect:\s*(\w+)\s*$")
DIALECTS = ("sqlite", "mysql")


def statements(script: str) -> tuple[str, ...]:
    """Split SQL into its statements (each ends with ``;`` at the end of a line), less comments."""
    code = "\n".join(line for line in script.splitlines() if not line.lstrip().startswith("--"))
    return tuple(s.strip() for s in STATEMENT_END.split(code) if s.strip())


def dialect_part(script: str, dialect: str) -> str:
    """Return the lines of a migration file that apply to ``dialect``: the shared ones and its section."""
    kept: list[str] = []
    section: str | None = None
    for line in script.splitlines():
        marker = DIALECT_LINE.match(line.strip())
        if marker:
            section = marker.group(1)
            if section not in DIALECTS:
                raise RuntimeError(f"unknown dialect {section!r} in a migration (known: {', '.join(DIALECTS)})")
        elif section is None or section == dialect:
            kept.append(line)
    return "\n".join(kept)


def sql_migrations(dialect: str) -> tuple[tuple[str, ...], ...]:
    """Return a dialect's migrations, version 1 first: the statements of each file for it, in order."""
    if dialect not in DIALECTS:
        raise ValueError(f"unknown SQL dialect {dialect!r}")
    files = sorted(
        (f for f in resources.files(__name__).iterdir() if f.name.endswith(".sql")),
        key=lambda f: f.name,
    )
    numbers = [int(f.name.partition("_")[0]) for f in files]
    if numbers != list(range(1, len(files) + 1)):
        raise RuntimeError(f"migrations are not numbered 1 to {len(files)}: {numbers}")
    return tuple(statements(dialect_part(f.read_text(encoding="utf-8"), dialect)) for f in files)

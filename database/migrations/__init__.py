"""The schema's history, one file per version: ``<dialect>/NNNN_<what>.sql`` for the SQL backends.

A database records the last version applied; connecting applies the later files in order, each in a
transaction of its own (``database.sql.adapter``). A new version is a new file with the next number,
in both dialects' folders; MongoDB's steps are in ``database.mongo.migrations``.
"""

from __future__ import annotations

import re
from importlib import resources

STATEMENT_END = re.compile(r";\s*$", re.MULTILINE)


def statements(script: str) -> tuple[str, ...]:
    """Split a migration file into its statements (each ends with ``;`` at the end of a line), less comments."""
    code = "\n".join(line for line in script.splitlines() if not line.lstrip().startswith("--"))
    return tuple(s.strip() for s in STATEMENT_END.split(code) if s.strip())


def sql_migrations(dialect: str) -> tuple[tuple[str, ...], ...]:
    """Return a dialect's migrations, version 1 first: the statements of each file, in order."""
    files = sorted(
        (f for f in resources.files(__name__).joinpath(dialect).iterdir() if f.name.endswith(".sql")),
        key=lambda f: f.name,
    )
    numbers = [int(f.name.partition("_")[0]) for f in files]
    if numbers != list(range(1, len(files) + 1)):
        raise RuntimeError(f"{dialect} migrations are not numbered 1 to {len(files)}: {numbers}")
    return tuple(statements(f.read_text(encoding="utf-8")) for f in files)

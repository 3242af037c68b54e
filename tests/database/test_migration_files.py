"""The schema's history is one file per version, numbered alike for both SQL dialects."""

from importlib import resources

import pytest

from database.migrations import sql_migrations, statements


def test_both_dialects_have_the_same_versions():
    names = {
        dialect: sorted(f.name for f in resources.files("database.migrations").joinpath(dialect).iterdir())
        for dialect in ("sqlite", "mysql")
    }
    assert names["sqlite"] == names["mysql"] and len(names["sqlite"]) == len(sql_migrations("sqlite")) >= 7


@pytest.mark.parametrize("dialect", ["sqlite", "mysql"])
def test_every_version_but_sqlites_third_changes_something(dialect):
    empty = [n for n, version in enumerate(sql_migrations(dialect), start=1) if not version]
    assert empty == ([3] if dialect == "sqlite" else [])


def test_statements_are_split_at_line_ends_without_comments():
    script = "-- v9: a comment; with a semicolon\nCREATE TABLE t (\n    a TEXT DEFAULT 'x;y'\n);\n\nDROP TABLE u;\n"
    assert statements(script) == ("CREATE TABLE t (\n    a TEXT DEFAULT 'x;y'\n)", "DROP TABLE u")

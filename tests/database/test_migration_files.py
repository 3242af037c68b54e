"""The schema's history is one file per version, numbered alike for both SQL dialects."""

from importlib import resources

import pytest

from database.migrations import dialect_part, sql_migrations, statements


def test_both_dialects_have_the_same_versions():
    """One file per version serves both dialects, so their histories cannot drift apart."""
    names = sorted(f.name for f in resources.files("database.migrations").iterdir() if f.name.endswith(".sql"))
    assert [int(name.partition("_")[0]) for name in names] == list(range(1, len(names) + 1))
    assert len(names) == len(sql_migrations("sqlite")) == len(sql_migrations("mysql")) >= 7


def test_each_dialect_reads_the_shared_lines_and_its_own_section():
    script = "CREATE TABLE a (x INT);\n-- dialect: sqlite\nSELECT 1;\n-- dialect: mysql\nSELECT 2;\n"
    assert statements(dialect_part(script, "sqlite")) == ("CREATE TABLE a (x INT)", "SELECT 1")
    assert statements(dialect_part(script, "mysql")) == ("CREATE TABLE a (x INT)", "SELECT 2")
    with pytest.raises(RuntimeError, match="unknown dialect"):
        dialect_part("-- dialect: postgres\nSELECT 3;\n", "sqlite")


@pytest.mark.parametrize("dialect", ["sqlite", "mysql"])
def test_every_version_but_sqlites_third_changes_something(dialect):
    empty = [n for n, version in enumerate(sql_migrations(dialect), start=1) if not version]
    assert empty == ([3] if dialect == "sqlite" else [])


def test_statements_are_split_at_line_ends_without_comments():
    script = "-- v9: a comment; with a semicolon\nCREATE TABLE t (\n    a TEXT DEFAULT 'x;y'\n);\n\nDROP TABLE u;\n"
    assert statements(script) == ("CREATE TABLE t (\n    a TEXT DEFAULT 'x;y'\n)", "DROP TABLE u")

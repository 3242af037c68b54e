"""Rows of the crash-matrix test, printed as a table at the end of the run.

A test adds each row to its report as a user property (``record_property(PROPERTY, row)``): pytest-xdist
carries reports from its worker processes to the one that prints, where ``collect`` gathers the rows.
"""

from __future__ import annotations

from typing import Any

import pytest

PROPERTY = "crash matrix"
ROWS: list[tuple[str, str, str, str, str, dict[str, int], int]] = []


def collect(report: pytest.TestReport) -> None:
    """Keep the rows a test recorded (its setup and teardown reports repeat them: only the call's count)."""
    if report.when == "call":
        ROWS.extend(tuple(value) for name, value in report.user_properties if name == PROPERTY)


def table() -> list[str]:
    """Return the rows as aligned lines, one per backend, flow, fault, step and moment."""
    if not ROWS:
        return []
    # Flows check different things; a row shows "-" under another flow's columns.
    columns = list(dict.fromkeys(column for row in ROWS for column in row[5]))
    header = ["backend", "flow", "fault", "step", "checked", *columns, "can act again"]
    lines: list[list[Any]] = [header]
    # Tests finish in any order on parallel workers; a test's own rows keep theirs (the sort is stable).
    for backend, flow, kind, step, when, counts, reopened in sorted(ROWS, key=lambda row: (row[1], row[2], row[0])):
        shown = (counts.get(c, "-") for c in columns)
        lines.append([backend, flow, kind, step, when, *shown, "yes" if reopened else "NO"])
    widths = [max(len(str(line[i])) for line in lines) for i in range(len(header))]
    return ["  ".join(str(value).ljust(width) for value, width in zip(line, widths, strict=True)) for line in lines]

"""Rows of the crash-matrix test, printed as a table at the end of the run."""

from __future__ import annotations

from typing import Any

ROWS: list[tuple[str, str, str, str, str, dict[str, int], int]] = []


def table() -> list[str]:
    """Return the rows as aligned lines, one per backend, flow, fault, step and moment."""
    if not ROWS:
        return []
    columns = list(ROWS[0][5])
    header = ["backend", "flow", "fault", "step", "checked", *columns, "member reopens"]
    lines: list[list[Any]] = [header]
    for backend, flow, kind, step, when, counts, reopened in ROWS:
        lines.append([backend, flow, kind, step, when, *(counts[c] for c in columns), "yes" if reopened else "NO"])
    widths = [max(len(str(line[i])) for line in lines) for i in range(len(header))]
    return ["  ".join(str(value).ljust(width) for value, width in zip(line, widths, strict=True)) for line in lines]

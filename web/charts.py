"""Bar charts drawn on the server as inline SVG: no script, no library, nothing the page policy must allow.

The page's style colours the scale, labels and lines (``svg.chart`` in ``stats.html.j2``), dark or light.

A chart is a few rectangles and labels, so drawing it here costs less than vendoring a chart library and
keeps the statistics page working with scripts off. Every text is escaped (``markupsafe``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

WIDTH, HEIGHT = 720, 220
LEFT, BOTTOM, TOP = 44, 28, 22
COLOURS = ("#5865f2", "#23a55a", "#f0b232")


@dataclass(frozen=True, slots=True)
class Series:
    """One named row of values, one per bar group (``None``: no value there)."""

    name: str
    values: Sequence[float | None]


def bars(title: str, labels: Sequence[str], series: Sequence[Series], unit: str = "", *, whole: bool = False) -> Markup:
    """Return grouped bars, one group per label (a week), with a scale, a legend and a title for readers.

    ``whole``: the values are counts, so the scale's steps are whole numbers.
    """
    highest = _scale_top(max((v for s in series for v in s.values if v is not None), default=0.0), whole)
    plot_w, plot_h = WIDTH - LEFT - 8, HEIGHT - BOTTOM - TOP
    group_w = plot_w / max(len(labels), 1)
    bar_w = max(group_w * 0.8 / max(len(series), 1), 1.0)
    parts = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="{escape(title)}"'
        ' xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title>",
    ]
    for step in range(5):
        y = TOP + plot_h - plot_h * step / 4
        parts.append(f'<line x1="{LEFT}" x2="{WIDTH - 8}" y1="{y:.1f}" y2="{y:.1f}"/>')
        parts.append(
            f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="11">'
            f"{escape(_number(highest * step / 4))}{escape(unit)}</text>"
        )
    for index, label in enumerate(labels):
        x0 = LEFT + index * group_w + group_w * 0.1
        for n, row in enumerate(series):
            shown = row.values[index]
            if shown is None:
                continue
            height = plot_h * shown / highest
            x, y = x0 + n * bar_w, TOP + plot_h - height
            parts.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{height:.1f}" fill="{COLOURS[n % 3]}">'
                f"<title>{escape(row.name)} · {escape(label)}: {escape(_number(shown))}{escape(unit)}</title></rect>"
            )
        if index % max(1, len(labels) // 8) == 0:
            parts.append(f'<text x="{x0:.1f}" y="{HEIGHT - 10}" font-size="11">{escape(label)}</text>')
    for n, row in enumerate(series):
        x = LEFT + n * 130
        parts.append(f'<rect x="{x}" y="0" width="10" height="10" fill="{COLOURS[n % 3]}"/>')
        parts.append(f'<text class="legend" x="{x + 14}" y="9" font-size="11">{escape(row.name)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def _scale_top(value: float, whole: bool) -> float:
    """Return the top of a scale of four even steps (1, 1.5, 2, 3 or 5 times a power of ten) that holds ``value``."""
    if value <= 0:
        return 4.0
    power = 10.0 ** math.floor(math.log10(value / 4))
    step = next(m * power for m in (1, 1.5, 2, 3, 5, 10) if m * power * 4 >= value)
    return max(step, 1) * 4 if whole else step * 4


def _number(value: float) -> str:
    return f"{value:.0f}" if value >= 10 or value == int(value) else f"{value:.1f}"

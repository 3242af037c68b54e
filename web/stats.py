"""Statistics on the web side: the query both the API and the viewer take, and the figures as JSON and CSV.

Durations are whole seconds; business time (the type's opening hours) first, wall-clock time beside it.
"""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from core.analytics.measures import AGES, Figures, Spread, StaffFigures, Stats
from core.analytics.stats import PERIODS
from core.i18n import Text, t
from core.models import TicketType
from web.edge import whole_number

DEFAULT_DAYS = 30


@dataclass(frozen=True, slots=True)
class StatsQuery:
    """What a request asks for: a period in days, and optionally one type or one staff member."""

    days: int = DEFAULT_DAYS
    type_id: int | None = None
    staff_id: int | None = None


def stats_query(query: Mapping[str, str], types: Sequence[TicketType]) -> tuple[StatsQuery, list[Text]]:
    """Read ``days``, ``type`` (a type's id) and ``staff`` (a member's id); return what is wrong with them too."""
    problems: list[Text] = []
    days_text = query.get("days", str(DEFAULT_DAYS))
    days = next((p for p in PERIODS if str(p) == days_text), None)
    if days is None:
        problems.append(t("api-error-days", choices=", ".join(str(p) for p in PERIODS)))
    type_id = staff_id = None
    if query.get("type"):  # an empty one (a form's "any type") asks for none
        type_id = whole_number(query["type"])
        if type_id is None or all(kind.id != type_id for kind in types):
            problems.append(t("api-error-stats-type"))
    if query.get("staff"):
        staff_id = whole_number(query["staff"])
        if staff_id is None:
            problems.append(t("api-error-stats-staff"))
    return StatsQuery(days or DEFAULT_DAYS, type_id, staff_id), problems


def stats_json(stats: Stats, types: Sequence[TicketType], days: int) -> dict[str, Any]:
    """Return the figures as the API gives them: overall, by type, by staff member and by week, and the backlog."""
    names = {kind.id: kind.name for kind in types}
    backlog = stats.backlog
    return {
        "period": {"days": days, "since": stats.since.isoformat(), "until": stats.until.isoformat()},
        "overall": figures_json(stats.overall),
        "by_type": [
            {"type_id": type_id, "name": names.get(type_id or -1), **figures_json(figures)}
            for type_id, figures in sorted(stats.by_type.items(), key=lambda item: item[0] or 0)
        ],
        "by_staff": [{"user_id": str(member), **staff_json(done)} for member, done in stats.by_staff.items()],
        "by_week": [{"week": monday.date().isoformat(), **figures_json(figures)} for monday, figures in stats.by_week],
        "backlog": {
            "open": backlog.total,
            "by_age_days": dict(zip(_age_groups(), backlog.by_age, strict=True)),
            "waiting_on_staff": backlog.waiting_on_staff,
            "waiting_on_opener": backlog.waiting_on_opener,
        },
    }


def figures_json(figures: Figures) -> dict[str, Any]:
    """Return one group's measures."""
    return {
        "opened": figures.opened,
        "closed": figures.closed,
        "claimed": figures.claimed,
        "first_response": _times(figures.first_response, figures.first_response_wall),
        "resolution": _times(figures.resolution, figures.resolution_wall),
        "reopen_rate": _rounded(figures.reopen_rate, 3),
        "messages_per_ticket": {"median": figures.messages.median, "p90": _rounded(figures.messages.p90, 1)},
        "rating": {"average": _rounded(figures.rating, 2), "count": figures.ratings},
        "missed_targets": {"first_response": figures.response_missed, "resolution": figures.resolution_missed},
    }


def staff_json(done: StaffFigures) -> dict[str, Any]:
    """Return what one staff member did."""
    return {
        "first_answers": done.first_answers,
        "first_response_median_seconds": _seconds(done.first_response.median),
        "claimed": done.claimed,
        "closed": done.closed,
        "rating": {"average": _rounded(done.rating, 2), "count": done.ratings},
    }


CSV_COLUMNS = (
    "group",
    "key",
    "name",
    "opened",
    "closed",
    "claimed",
    "first_response_median_seconds",
    "first_response_p90_seconds",
    "first_response_wall_median_seconds",
    "resolution_median_seconds",
    "resolution_p90_seconds",
    "resolution_wall_median_seconds",
    "reopen_rate",
    "messages_median",
    "rating_average",
    "ratings",
    "missed_first_response",
    "missed_resolution",
)


def stats_csv(stats: Stats, types: Sequence[TicketType]) -> str:
    """Return the figures as CSV: one row overall, then one per type and per week (staff in the JSON)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerows(_csv_rows(stats, types))
    return out.getvalue()


def csv_response(
    stats: Stats, types: Sequence[TicketType], days: int, headers: Mapping[str, str] | None = None
) -> web.Response:
    """Return the figures as a CSV download named after the period."""
    disposition = f'attachment; filename="ticket-stats-{days}-days.csv"'
    return web.Response(
        text=stats_csv(stats, types),
        content_type="text/csv",
        charset="utf-8",
        headers={**(headers or {}), "Content-Disposition": disposition},
    )


def _csv_rows(stats: Stats, types: Sequence[TicketType]) -> Iterator[list[Any]]:
    names = {kind.id: kind.name for kind in types}
    yield _csv_row("overall", "", "", stats.overall)
    for type_id, figures in sorted(stats.by_type.items(), key=lambda item: item[0] or 0):
        yield _csv_row("type", str(type_id or ""), _cell(names.get(type_id or -1, "")), figures)
    for monday, figures in stats.by_week:
        yield _csv_row("week", monday.date().isoformat(), "", figures)


def _csv_row(group: str, key: str, name: str, figures: Figures) -> list[Any]:
    return [
        group,
        key,
        name,
        figures.opened,
        figures.closed,
        figures.claimed,
        _seconds(figures.first_response.median),
        _seconds(figures.first_response.p90),
        _seconds(figures.first_response_wall.median),
        _seconds(figures.resolution.median),
        _seconds(figures.resolution.p90),
        _seconds(figures.resolution_wall.median),
        _rounded(figures.reopen_rate, 3),
        figures.messages.median,
        _rounded(figures.rating, 2),
        figures.ratings,
        figures.response_missed,
        figures.resolution_missed,
    ]


def _cell(text: str) -> str:
    """Keep a name from being read as a formula by a spreadsheet (a leading =, +, - or @)."""
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _times(business: Spread, wall: Spread) -> dict[str, Any]:
    return {
        "count": business.count,
        "median_seconds": _seconds(business.median),
        "p90_seconds": _seconds(business.p90),
        "wall_median_seconds": _seconds(wall.median),
        "wall_p90_seconds": _seconds(wall.p90),
    }


def _age_groups() -> list[str]:
    bounds = [str(int(age.days)) for age in AGES]
    return [f"<{bounds[0]}", *(f"{a}-{b}" for a, b in itertools.pairwise(bounds)), f">={bounds[-1]}"]


def _seconds(value: float | None) -> int | None:
    return None if value is None else round(value)


def _rounded(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)

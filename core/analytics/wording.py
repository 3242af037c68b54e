"""The figures in words, as /stats and the viewer's statistics page both say them."""

from __future__ import annotations

from datetime import timedelta

from core.analytics.measures import Backlog, Figures, Spread
from core.i18n import Text, formatting, t


def span(seconds: float | None, language: str) -> str:
    """Return a duration in short units (``1d 2h 3m``), or — when there is none."""
    return "—" if seconds is None else formatting.short_duration(timedelta(seconds=round(seconds)), language)


def times(business: Spread, wall: Spread, language: str) -> Text:
    """Return a time's median and 90th percentile in opening hours, with wall-clock time beside them."""
    if business.median is None or business.p90 is None:
        return t("stats-none")
    return t(
        "stats-times",
        median=span(business.median, language),
        p90=span(business.p90, language),
        wall_median=span(wall.median, language),
        wall_p90=span(wall.p90, language),
        count=business.count,
    )


def tickets(figures: Figures) -> Text:
    """Return how many tickets were opened, closed and claimed."""
    return t("stats-tickets", opened=figures.opened, closed=figures.closed, claimed=figures.claimed)


def quality(figures: Figures, deflected: int) -> Text:
    """Return the reopen rate, messages per ticket, the ratings and what saved replies answered."""
    return t(
        "stats-quality",
        reopened=round(100 * figures.reopen_rate) if figures.reopen_rate is not None else "—",
        messages=round(figures.messages.median) if figures.messages.median is not None else "—",
        rating=f"{figures.rating:.1f}" if figures.rating is not None else "—",
        ratings=figures.ratings,
        deflected=deflected,
    )


def missed(figures: Figures) -> Text:
    """Return how many tickets missed their first-answer and resolution targets."""
    return t("stats-targets", response=figures.response_missed, resolution=figures.resolution_missed)


def backlog(waiting: Backlog) -> Text:
    """Return the open tickets by age and by whom they wait for."""
    day, days, week, older = waiting.by_age
    return t(
        "stats-backlog",
        total=waiting.total,
        day=day,
        days=days,
        week=week,
        older=older,
        staff=waiting.waiting_on_staff,
        opener=waiting.waiting_on_opener,
    )

"""A server's figures for a period, computed from its tickets' stored times: no message history is read.

Times are business time (only the ticket type's opening hours count, ``core.rules.business_time``), with
wall-clock time beside them. Which tickets a figure counts:

- opened, first response, claims and missed response targets: tickets opened in the period;
- closed, resolution, reopen rate, messages per ticket and ratings: tickets closed in the period;
- the backlog: tickets open now, by age and by whom they wait for.

Pure functions, no I/O.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from core.models import Ticket, TicketStatus, TicketType, WaitingOn
from core.rules import business_time
from core.rules.business_time import ALWAYS, Hours

DONE = (TicketStatus.CLOSED, TicketStatus.ARCHIVED)
# The backlog's age groups: open for less than each bound (the last has none).
AGES = (timedelta(days=1), timedelta(days=3), timedelta(days=7))


@dataclass(frozen=True, slots=True)
class Spread:
    """How a set of values falls: how many, the median and the 90th percentile (None when there are none)."""

    count: int = 0
    median: float | None = None
    p90: float | None = None

    @classmethod
    def of(cls, values: Sequence[float]) -> Spread:
        """Return the spread of ``values`` (the percentile interpolates between the nearest two)."""
        if not values:
            return cls()
        if len(values) == 1:
            return cls(1, values[0], values[0])
        return cls(len(values), statistics.median(values), statistics.quantiles(values, n=10, method="inclusive")[8])


@dataclass(frozen=True, slots=True)
class Figures:
    """The measures of one set of tickets: a whole server, one type, one staff member or one week."""

    opened: int = 0
    closed: int = 0
    # Seconds from the open to staff's first answer, and to the close: business time, then wall-clock time.
    first_response: Spread = field(default_factory=Spread)
    first_response_wall: Spread = field(default_factory=Spread)
    resolution: Spread = field(default_factory=Spread)
    resolution_wall: Spread = field(default_factory=Spread)
    # Of the tickets closed, the share ever reopened; messages each transcript kept.
    reopen_rate: float | None = None
    messages: Spread = field(default_factory=Spread)
    claimed: int = 0
    rating: float | None = None
    ratings: int = 0
    # Tickets that missed their type's targets (unanswered or open past them count too).
    response_missed: int = 0
    resolution_missed: int = 0


@dataclass(frozen=True, slots=True)
class Backlog:
    """The tickets open now: how many, by age (``AGES``; the last group is older) and by whom they wait for."""

    total: int = 0
    by_age: tuple[int, ...] = (0,) * (len(AGES) + 1)
    waiting_on_staff: int = 0
    waiting_on_opener: int = 0


@dataclass(frozen=True, slots=True)
class StaffFigures:
    """What one staff member did in the period: first answers (and how fast), claims, closes, their ratings."""

    first_answers: int = 0
    first_response: Spread = field(default_factory=Spread)
    claimed: int = 0
    closed: int = 0
    rating: float | None = None
    ratings: int = 0


@dataclass(frozen=True, slots=True)
class Stats:
    """A server's figures over ``(since, until]``, overall and grouped, and its backlog at ``until``."""

    since: datetime
    until: datetime
    overall: Figures
    by_type: Mapping[int | None, Figures]
    by_staff: Mapping[int, StaffFigures]
    # Monday of each week (UTC) in the period, oldest first, and that week's figures.
    by_week: Sequence[tuple[datetime, Figures]]
    backlog: Backlog


@dataclass(frozen=True, slots=True)
class _Timed:
    """One ticket with its business and wall-clock times worked out once."""

    ticket: Ticket
    response: float | None
    response_wall: float | None
    resolution: float | None
    resolution_wall: float | None
    response_missed: bool
    resolution_missed: bool


def compute(
    tickets: Iterable[Ticket],
    types: Sequence[TicketType],
    since: datetime,
    until: datetime,
    *,
    type_id: int | None = None,
    staff_id: int | None = None,
) -> Stats:
    """Return the figures of ``tickets`` (``DatabaseAdapter.list_figures``) for the period, optionally narrowed.

    ``type_id`` keeps one type's tickets; ``staff_id`` keeps those the member answered first, claimed or closed.
    """
    by_id = {t.id: t for t in types}
    chosen = [t for t in tickets if (type_id is None or t.type_id == type_id) and _touched(t, staff_id)]
    timed = [_timed(t, by_id.get(t.type_id or -1), until) for t in chosen]
    in_period = [t for t in timed if _in(t.ticket, since, until)]
    return Stats(
        since=since,
        until=until,
        overall=_figures(in_period, since, until),
        by_type=_by_type(in_period, since, until),
        by_staff=_staff(in_period, since, until),
        by_week=_weekly(in_period, since, until),
        backlog=_backlog(chosen, until),
    )


def hours_of(ticket_type: TicketType | None) -> Hours:
    """Return the opening hours a type's times are counted in; no type, or no hours set, is always open."""
    if ticket_type is None or not ticket_type.hours:
        return ALWAYS
    return Hours.of(ticket_type.hours, ticket_type.timezone)


def _touched(ticket: Ticket, staff_id: int | None) -> bool:
    return staff_id is None or staff_id in (ticket.first_responder_id, ticket.claimed_by, ticket.closed_by)


# A period runs from just after ``since`` to ``until`` included: what happened at the moment of reading counts.
def _in(ticket: Ticket, since: datetime, until: datetime) -> bool:
    return _opened_in(ticket, since, until) or _closed_in(ticket, since, until)


def _opened_in(ticket: Ticket, since: datetime, until: datetime) -> bool:
    return since < ticket.opened_at <= until


def _closed_in(ticket: Ticket, since: datetime, until: datetime) -> bool:
    return ticket.status in DONE and ticket.closed_at is not None and since < ticket.closed_at <= until


def _timed(ticket: Ticket, ticket_type: TicketType | None, now: datetime) -> _Timed:
    hours = hours_of(ticket_type)
    opened = ticket.opened_at
    answered, closed = ticket.first_response_at, ticket.closed_at if ticket.status in DONE else None
    response = business_time.seconds(hours, opened, answered) if answered else None
    resolution = business_time.seconds(hours, opened, closed) if closed else None
    response_target = ticket_type.response_target_minutes if ticket_type else None
    resolution_target = ticket_type.resolution_target_minutes if ticket_type else None
    return _Timed(
        ticket,
        response,
        (answered - opened).total_seconds() if answered else None,
        resolution,
        (closed - opened).total_seconds() if closed else None,
        _missed(response_target, response, hours, opened, now, ticket.status is TicketStatus.OPEN),
        _missed(resolution_target, resolution, hours, opened, now, ticket.status is TicketStatus.OPEN),
    )


def _missed(
    target: int | None, taken: float | None, hours: Hours, opened: datetime, now: datetime, still_open: bool
) -> bool:
    """Whether a target was missed: what it took is over it, or it has not happened and is over it already."""
    if not target:
        return False
    if taken is not None:
        return taken > target * 60
    return still_open and business_time.seconds(hours, opened, now) > target * 60


def _figures(timed: Sequence[_Timed], since: datetime, until: datetime) -> Figures:
    opened = [t for t in timed if _opened_in(t.ticket, since, until)]
    closed = [t for t in timed if _closed_in(t.ticket, since, until)]
    rated = [t.ticket.rating for t in closed if t.ticket.rating is not None]
    counted = [float(t.ticket.message_count) for t in closed if t.ticket.message_count is not None]
    return Figures(
        opened=len(opened),
        closed=len(closed),
        first_response=Spread.of(sorted(t.response for t in opened if t.response is not None)),
        first_response_wall=Spread.of(sorted(t.response_wall for t in opened if t.response_wall is not None)),
        resolution=Spread.of(sorted(t.resolution for t in closed if t.resolution is not None)),
        resolution_wall=Spread.of(sorted(t.resolution_wall for t in closed if t.resolution_wall is not None)),
        reopen_rate=(sum(1 for t in closed if t.ticket.reopen_count) / len(closed)) if closed else None,
        messages=Spread.of(sorted(counted)),
        claimed=sum(1 for t in opened if t.ticket.claimed_by is not None),
        rating=statistics.fmean(rated) if rated else None,
        ratings=len(rated),
        response_missed=sum(1 for t in opened if t.response_missed),
        resolution_missed=sum(1 for t in timed if t.resolution_missed and _counts_resolution(t, since, until)),
    )


def _counts_resolution(timed: _Timed, since: datetime, until: datetime) -> bool:
    """Return whether a missed resolution counts here: in the period of its close, or (still open) its open."""
    if timed.ticket.status is TicketStatus.OPEN:
        return _opened_in(timed.ticket, since, until)
    return _closed_in(timed.ticket, since, until)


def _by_type(timed: Sequence[_Timed], since: datetime, until: datetime) -> dict[int | None, Figures]:
    groups: dict[int | None, list[_Timed]] = {}
    for item in timed:
        groups.setdefault(item.ticket.type_id, []).append(item)
    return {key: _figures(items, since, until) for key, items in groups.items()}


def _staff(timed: Sequence[_Timed], since: datetime, until: datetime) -> dict[int, StaffFigures]:
    members = {m for t in timed for m in (t.ticket.first_responder_id, t.ticket.claimed_by, t.ticket.closed_by) if m}
    found: dict[int, StaffFigures] = {}
    for member in sorted(members):
        answered = [
            t.response
            for t in timed
            if t.ticket.first_responder_id == member and t.response is not None and _opened_in(t.ticket, since, until)
        ]
        claimed = [t for t in timed if t.ticket.claimed_by == member and _opened_in(t.ticket, since, until)]
        closed = [t for t in timed if t.ticket.closed_by == member and _closed_in(t.ticket, since, until)]
        rated = [
            t.ticket.rating
            for t in timed
            if t.ticket.rating is not None and t.ticket.claimed_by == member and _closed_in(t.ticket, since, until)
        ]
        found[member] = StaffFigures(
            first_answers=len(answered),
            first_response=Spread.of(sorted(answered)),
            claimed=len(claimed),
            closed=len(closed),
            rating=statistics.fmean(rated) if rated else None,
            ratings=len(rated),
        )
    return found


def _weekly(timed: Sequence[_Timed], since: datetime, until: datetime) -> list[tuple[datetime, Figures]]:
    weeks: list[tuple[datetime, Figures]] = []
    monday = _monday(since)
    while monday < until:
        start, end = max(monday, since), min(monday + timedelta(days=7), until)
        weeks.append((monday, _figures([t for t in timed if _in(t.ticket, start, end)], start, end)))
        monday += timedelta(days=7)
    return weeks


def _monday(at: datetime) -> datetime:
    day = at.replace(hour=0, minute=0, second=0, microsecond=0)
    return day - timedelta(days=day.weekday())


def _backlog(tickets: Sequence[Ticket], now: datetime) -> Backlog:
    waiting = [t for t in tickets if t.status is TicketStatus.OPEN]
    by_age = [0] * (len(AGES) + 1)
    for ticket in waiting:
        age = now - ticket.opened_at
        by_age[next((i for i, bound in enumerate(AGES) if age < bound), len(AGES))] += 1
    return Backlog(
        total=len(waiting),
        by_age=tuple(by_age),
        waiting_on_staff=sum(1 for t in waiting if t.waiting_on is WaitingOn.STAFF),
        waiting_on_opener=sum(1 for t in waiting if t.waiting_on is WaitingOn.OPENER),
    )

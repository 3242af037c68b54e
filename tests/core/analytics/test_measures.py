"""A server's figures from its tickets' stored times: which tickets each figure counts, in business time."""

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from core.analytics.measures import Spread, compute
from core.models import Ticket, TicketStatus, TicketType

MONDAY = datetime(2026, 11, 2, tzinfo=UTC)  # a Monday
H = timedelta(hours=1)
WEEKDAYS = TicketType(1, 10, "Billing", hours="Mon-Fri 09:00-17:00", timezone="UTC", response_target_minutes=60)
ANYTIME = TicketType(2, 10, "Bugs", resolution_target_minutes=120)


def _ticket(number, opened, *, type_id=1, **fields):
    return Ticket(
        number, 10, number, 7, None, fields.pop("status", TicketStatus.OPEN), None, opened, type_id=type_id, **fields
    )


def _closed(number, opened, closed, **fields):
    return _ticket(
        number, opened, status=TicketStatus.CLOSED, closed_at=closed, closed_by=fields.pop("closed_by", 5), **fields
    )


def test_spreads_give_the_median_and_the_90th_percentile():
    assert Spread.of([]) == Spread()
    assert Spread.of([4.0]) == Spread(1, 4.0, 4.0)
    spread = Spread.of([float(n) for n in range(1, 11)])
    assert (spread.count, spread.median, round(spread.p90 or 0, 2)) == (10, 5.5, 9.1)


def test_response_and_resolution_count_opening_hours_only_with_wall_time_beside():
    friday_evening = MONDAY + timedelta(days=4, hours=16)
    monday_ten = MONDAY + timedelta(days=7, hours=10)
    tickets = [
        _closed(1, friday_evening, monday_ten + 2 * H, first_response_at=monday_ten, first_responder_id=5),
    ]
    stats = compute(tickets, [WEEKDAYS, ANYTIME], MONDAY, MONDAY + timedelta(days=14))
    figures = stats.overall
    assert (figures.opened, figures.closed) == (1, 1)
    assert figures.first_response.median == 2 * 3600, "Friday 16-17 and Monday 9-10"
    assert figures.first_response_wall.median == (monday_ten - friday_evening).total_seconds()
    assert figures.resolution.median == 4 * 3600
    assert figures.response_missed == 1, "two working hours against a one-hour target"
    assert stats.by_staff[5].first_answers == 1 and stats.by_staff[5].closed == 1


def test_each_figure_counts_the_tickets_of_its_period():
    since, until = MONDAY, MONDAY + timedelta(days=7)
    before = since - timedelta(days=3)
    tickets = [
        _closed(1, before, since + H, reopen_count=1, message_count=10, rating=4),  # opened before, closed in
        _closed(2, since + H, since + 3 * H, message_count=20, rating=2, claimed_by=6),  # both in the period
        _ticket(3, since + 2 * H, claimed_by=6),  # opened in, still open
        _ticket(4, before),  # open from before
    ]
    stats = compute(tickets, [WEEKDAYS, ANYTIME], since, until)
    figures = stats.overall
    assert (figures.opened, figures.closed, figures.claimed) == (2, 2, 2)
    assert figures.reopen_rate == 0.5 and figures.messages.median == 15 and figures.rating == 3
    assert stats.backlog.total == 2 and stats.backlog.by_age == (0, 0, 1, 1), "aged at the end of the period"
    assert stats.by_staff[6].claimed == 2 and stats.by_staff[6].rating == 2


def test_an_open_ticket_past_its_resolution_target_counts_as_missed():
    opened = MONDAY + H
    tickets = [_ticket(1, opened, type_id=2), _ticket(2, opened + 2 * H, type_id=2)]
    stats = compute(tickets, [WEEKDAYS, ANYTIME], MONDAY, opened + 3 * H + timedelta(minutes=1))
    assert stats.overall.resolution_missed == 1
    assert stats.by_type[2].resolution_missed == 1 and 1 not in stats.by_type


def test_narrowing_to_a_type_or_a_staff_member_and_weekly_groups():
    tickets = [
        _ticket(1, MONDAY + H, first_response_at=MONDAY + 2 * H, first_responder_id=5),
        _ticket(2, MONDAY + timedelta(days=8), type_id=2, claimed_by=6),
    ]
    until = MONDAY + timedelta(days=14)
    assert compute(tickets, [WEEKDAYS, ANYTIME], MONDAY, until, type_id=2).overall.opened == 1
    assert compute(tickets, [WEEKDAYS, ANYTIME], MONDAY, until, staff_id=5).overall.opened == 1
    weeks = compute(tickets, [WEEKDAYS, ANYTIME], MONDAY, until).by_week
    assert [(monday, figures.opened) for monday, figures in weeks] == [(MONDAY, 1), (MONDAY + timedelta(days=7), 1)]


def test_a_ticket_of_a_deleted_type_counts_wall_time():
    ticket = replace(_ticket(1, MONDAY + H, type_id=99), first_response_at=MONDAY + 2 * H)
    assert compute([ticket], [], MONDAY, MONDAY + timedelta(days=1)).overall.first_response.median == 3600

from datetime import UTC, datetime, timedelta

import pytest

from core.errors import PermissionDenied, UserInputError
from core.i18n import render
from core.models import GuildConfig, Ticket, TicketStatus
from core.rules import policy
from core.rules.policy import Actor, RoleFacts

STAFF_ROLE, OPENER = 10, 1
CONFIG = GuildConfig(guild_id=5, staff_role_ids=[STAFF_ROLE], ticket_category_id=6)
NOW = datetime(2026, 5, 1, tzinfo=UTC)


def ticket(status=TicketStatus.OPEN):
    return Ticket(1, 5, 42, OPENER, 99, status, None, NOW)


@pytest.mark.parametrize(
    ("actor", "staff", "closes"),
    [
        (Actor(OPENER), False, True),
        (Actor(2, frozenset({STAFF_ROLE})), True, True),
        (Actor(3, administrator=True), True, True),
        (Actor(4, manage_guild=True), False, False),
        (Actor(5, frozenset({77})), False, False),
        (Actor.bot(6), True, True),
    ],
)
def test_who_is_staff_and_who_may_close(actor, staff, closes):
    assert policy.is_staff(actor, CONFIG) is staff
    assert policy.may_close(actor, ticket(), CONFIG) is closes
    if not closes:
        with pytest.raises(PermissionDenied):
            policy.require_closer(actor, ticket(), CONFIG)


def test_the_state_machine():
    assert policy.may_follow(TicketStatus.PENDING, TicketStatus.OPEN)
    assert policy.may_follow(TicketStatus.OPEN, TicketStatus.CLOSING)
    assert policy.may_follow(TicketStatus.CLOSING, TicketStatus.ARCHIVED)
    assert not policy.may_follow(TicketStatus.CLOSED, TicketStatus.OPEN)
    assert not policy.may_follow(TicketStatus.PENDING, TicketStatus.CLOSED)
    assert {TicketStatus.PENDING, TicketStatus.OPEN} == policy.ACTIVE


@pytest.mark.parametrize(
    ("status", "message"),
    [
        (TicketStatus.PENDING, "still being opened"),
        (TicketStatus.CLOSING, "already being closed"),
        (TicketStatus.CLOSED, "is closed"),
        (TicketStatus.ARCHIVED, "is closed"),
    ],
)
def test_only_open_tickets_take_work_and_the_refusal_says_why(status, message):
    assert policy.require_open(ticket()).status is TicketStatus.OPEN
    with pytest.raises(UserInputError, match=message):
        policy.require_open(ticket(status))


def test_a_reservation_is_stale_after_the_timeout():
    assert not policy.reservation_is_stale(NOW, NOW + policy.RESERVATION_TIMEOUT)
    assert policy.reservation_is_stale(NOW, NOW + policy.RESERVATION_TIMEOUT + timedelta(seconds=1))


@pytest.mark.parametrize(
    ("facts", "problem"),
    [
        (RoleFacts("@everyone", True, False, False), "@everyone cannot be a staff role"),
        (RoleFacts("<@&1>", False, True, False), "managed by an integration"),
        (RoleFacts("<@&1>", False, False, True), "at or above my highest role"),
        (RoleFacts("<@&1>", False, False, False), None),
    ],
)
def test_staff_role_rules(facts, problem):
    found = policy.staff_role_problem(facts)
    assert (found is None) if problem is None else (problem in render(found, "en"))

"""The ticket rules, as plain code with no I/O: who may do what, and which status may follow which.

Operations ask these functions; they never re-derive a rule. Everything here is tested without Discord.

Who is staff (one definition, applied to channel access, to checks and to replies): a member who holds
one of the server's staff roles, or who has Discord's Administrator permission (Discord shows them every
channel whatever its overwrites, so treating them otherwise would make the bot's answers untrue).
Manage Server alone makes a member an admin of the bot's settings, not staff.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from core.errors import PermissionDenied, UserInputError
from core.i18n import Text, t
from core.models import Ticket, TicketRules, TicketStatus

if TYPE_CHECKING:
    import discord

# Tickets that count towards their opener's limit.
ACTIVE = frozenset({TicketStatus.PENDING, TicketStatus.OPEN})
# An open not finished by its process within this time is finished or undone by recovery.
RESERVATION_TIMEOUT = timedelta(seconds=30)

TRANSITIONS: dict[TicketStatus, frozenset[TicketStatus]] = {
    TicketStatus.PENDING: frozenset({TicketStatus.OPEN}),
    TicketStatus.OPEN: frozenset({TicketStatus.CLOSING}),
    TicketStatus.CLOSING: frozenset({TicketStatus.CLOSED, TicketStatus.ARCHIVED}),
    TicketStatus.CLOSED: frozenset(),
    TicketStatus.ARCHIVED: frozenset(),
}


def may_follow(current: TicketStatus, new: TicketStatus) -> bool:
    """Whether a ticket in ``current`` may move to ``new``."""
    return new in TRANSITIONS[current]


def is_active(status: TicketStatus) -> bool:
    """Whether a ticket in this status counts towards its opener's limit."""
    return status in ACTIVE


def reservation_is_stale(started_at: datetime, now: datetime) -> bool:
    """Whether a pending open, or a close under way, has run longer than any live one may."""
    return now - started_at > RESERVATION_TIMEOUT


def may_be_under_way(started_at: datetime | None, now: datetime) -> bool:
    """Whether a pending open, or a close, begun at ``started_at`` may still be running in a live process."""
    return started_at is not None and not reservation_is_stale(started_at, now)


@dataclass(frozen=True, slots=True)
class Actor:
    """Who acts: a member (their id, roles and relevant permissions), or the bot itself."""

    id: int
    role_ids: frozenset[int] = frozenset()
    administrator: bool = False
    manage_guild: bool = False
    system: bool = False

    @classmethod
    def bot(cls, bot_id: int) -> Actor:
        """Return the bot acting on its own: recovery, a deleted channel, and later auto-close."""
        return cls(bot_id, system=True)


def actor(member: discord.Member) -> Actor:
    """Return what the rules need to know about a member: their roles and the permissions that matter."""
    permissions = member.guild_permissions
    return Actor(
        member.id,
        frozenset(role.id for role in member.roles),
        administrator=permissions.administrator,
        manage_guild=permissions.manage_guild,
    )


def is_staff(actor: Actor, rules: TicketRules) -> bool:
    """Whether ``actor`` handles tickets that follow ``rules`` (see the module docstring)."""
    return actor.system or actor.administrator or not actor.role_ids.isdisjoint(rules.staff_role_ids)


def require_staff(actor: Actor, rules: TicketRules, action: str) -> None:
    """Raise PermissionDenied unless ``actor`` is staff; ``action`` names the refused act (``refusal-staff-only``'s variants)."""
    if not is_staff(actor, rules):
        raise PermissionDenied(t("refusal-staff-only", action=action))


def may_close(actor: Actor, ticket: Ticket, rules: TicketRules) -> bool:
    """Return whether the actor may close the ticket: its opener, staff and the bot may."""
    return actor.id == ticket.opener_id or is_staff(actor, rules)


def require_closer(actor: Actor, ticket: Ticket, rules: TicketRules) -> None:
    """Raise PermissionDenied unless ``actor`` may close ``ticket``."""
    if not may_close(actor, ticket, rules):
        raise PermissionDenied(t("refusal-close"))


def require_open(ticket: Ticket | None) -> Ticket:
    """Return the ticket if people can work in it now; otherwise say what state it is in."""
    if ticket is None:
        raise UserInputError(t("ticket-not-a-ticket"))
    if ticket.status is TicketStatus.OPEN:
        return ticket
    if ticket.status is TicketStatus.PENDING:
        raise UserInputError(t("ticket-still-opening", label=ticket.label))
    if ticket.status is TicketStatus.CLOSING:
        raise UserInputError(t("ticket-already-closing", label=ticket.label))
    raise UserInputError(t("ticket-closed", label=ticket.label))


@dataclass(frozen=True, slots=True)
class RoleFacts:
    """What /setup needs to know about a role offered as a staff role."""

    mention: str
    is_everyone: bool
    managed: bool
    above_bot: bool


def staff_role_problem(role: RoleFacts) -> Text | None:
    """Return why a role cannot be a staff role, or None when it can."""
    if role.is_everyone:
        return t("staff-role-everyone")
    if role.managed:
        return t("staff-role-managed", role=role.mention)
    if role.above_bot:
        return t("staff-role-above-bot", role=role.mention)
    return None


def limit_problem(limit: int) -> Text | None:
    """Return why a per-member open-ticket limit is not allowed, or None."""
    return None if 1 <= limit <= 25 else t("limit-out-of-range", low=1, high=25)

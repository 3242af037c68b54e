"""Labels: names a server defines (bug, refund, VIP…) that staff put on tickets to sort and find them.

Admins make and delete a server's labels (up to 25, names unique regardless of case); a ticket's staff
put them on and take them off. Deleting a label takes it off every ticket. Each change is audited; a
ticket's members are not told, as labels are staff's bookkeeping.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import discord

from core.audit import AuditAction
from core.errors import UserInputError
from core.i18n import t
from core.models import Label, Ticket, TicketLabel
from core.rules import names, policy
from core.rules.policy import Actor

if TYPE_CHECKING:
    from core.runtime.services import Services, TicketKey

MAX_LABELS = 25
MAX_NAME = 30


class Labels:
    """A server's labels, and the labels on its tickets."""

    def __init__(self, deps: Services) -> None:
        self._deps = deps

    async def create(self, guild_id: int, actor: Actor, name: str) -> Label:
        """Define a label (admins: the cog checks Manage Server)."""
        deps = self._deps
        name = names.clean(name)
        if problem := names.problem(name, "label", MAX_NAME):
            raise UserInputError(t("label-name-problem", problem=problem))
        if len(await deps.db.list_labels(guild_id)) >= MAX_LABELS:
            raise UserInputError(t("label-too-many", most=MAX_LABELS))
        label = await deps.db.create_label(Label(0, guild_id, name, actor.id, deps.clock()))
        await self._audit(guild_id, actor, AuditAction.LABEL_CREATED, label)
        return label

    async def delete(self, guild_id: int, actor: Actor, name: str) -> Label:
        """Delete a label by name, taking it off every ticket."""
        label = _find(await self._deps.db.list_labels(guild_id), name)
        if not await self._deps.db.delete_label(guild_id, label.id):
            raise UserInputError(t("label-unknown", name=discord.utils.escape_markdown(label.name)))
        await self._audit(guild_id, actor, AuditAction.LABEL_DELETED, label)
        return label

    async def listed(self, guild_id: int) -> list[Label]:
        """Return the server's labels, by name."""
        return await self._deps.db.list_labels(guild_id)

    async def put_on(self, key: TicketKey, actor: Actor, name: str) -> tuple[Ticket, Label]:
        """Put a label on the ticket, for its staff."""
        ticket, label = await self._staff_and_label(key, actor, name)
        added = TicketLabel(ticket.id, label.id, self._deps.clock())
        if not await self._deps.db.add_ticket_label(added):
            raise UserInputError(t("label-already-on", name=discord.utils.escape_markdown(label.name)))
        await self._audit(ticket.guild_id, actor, AuditAction.LABEL_ADDED, label, ticket)
        return ticket, label

    async def take_off(self, key: TicketKey, actor: Actor, name: str) -> tuple[Ticket, Label]:
        """Take a label off the ticket, for its staff."""
        ticket, label = await self._staff_and_label(key, actor, name)
        if not await self._deps.db.remove_ticket_label(ticket.id, label.id):
            raise UserInputError(t("label-not-on", name=discord.utils.escape_markdown(label.name)))
        await self._audit(ticket.guild_id, actor, AuditAction.LABEL_REMOVED, label, ticket)
        return ticket, label

    async def _staff_and_label(self, key: TicketKey, actor: Actor, name: str) -> tuple[Ticket, Label]:
        deps = self._deps
        ticket = policy.require_open(await deps.load(key))
        policy.require_staff(actor, await deps.settings.for_ticket(ticket), "labels")
        return ticket, _find(await deps.db.list_labels(ticket.guild_id), name)

    async def _audit(
        self, guild_id: int, actor: Actor, action: AuditAction, label: Label, ticket: Ticket | None = None
    ) -> None:
        journal = self._deps.journal
        details = t("audit-detail-label", name=discord.utils.escape_markdown(label.name))
        entry = journal.entry(guild_id, actor.id, action, details, ticket.id if ticket else None)
        await journal.record(entry, ticket.label if ticket else None)


def _find(labels: Sequence[Label], name: str) -> Label:
    found = next((label for label in labels if names.key(label.name) == names.key(name)), None)
    if found is None:
        raise UserInputError(t("label-unknown", name=discord.utils.escape_markdown(names.clean(name))))
    return found

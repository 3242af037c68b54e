"""Adding people to a ticket and taking them out again."""

from __future__ import annotations

import logging

import discord

from core import messages
from core.audit import AuditAction
from core.errors import UserInputError
from core.i18n import render, t
from core.models import Participant, ParticipantRole, Ticket
from core.places.failures import explain
from core.rules import policy
from core.rules.policy import Actor
from core.runtime.services import Services, TicketKey
from core.runtime.steps import Sync
from core.tickets.notices import place_of, tell, ticket_language

log = logging.getLogger(__name__)


class Membership:
    """Staff give members access to a ticket, or take it away; each change is posted in the ticket."""

    def __init__(self, deps: Services, sync: Sync) -> None:
        self._deps = deps
        self._sync = sync

    async def add(self, key: TicketKey, actor: Actor, member: discord.Member, member_actor: Actor) -> Ticket:
        """Give ``member`` access and tell the ticket, pinging only them."""
        deps = self._deps
        ticket = policy.require_open(await deps.load(key))
        rules = await deps.settings.for_ticket(ticket)
        policy.require_staff(actor, rules, "add-members")
        if member.bot:
            raise UserInputError(t("member-bot"))
        place = await place_of(deps, ticket)
        role = ParticipantRole.STAFF if policy.is_staff(member_actor, rules) else ParticipantRole.PARTICIPANT
        try:
            async with self._sync.change(ticket) as change:
                if not await deps.db.add_participant(Participant(ticket.id, member.id, role, deps.clock())):
                    raise UserInputError(t("member-already-in", member=member.mention))
                change.made(lambda: deps.db.remove_participant(ticket.id, member.id))
                why = t("discord-reason-added", label=ticket.label, actor=str(actor.id))
                await deps.places.grant(place, member, reason=render(why, await ticket_language(deps, ticket)))
        except discord.HTTPException as error:
            raise explain(error, t("place-action-grant", member=member.mention)) from error
        mentions = discord.AllowedMentions(users=[member], roles=False, everyone=False)
        await tell(
            deps, ticket, place, actor, AuditAction.MEMBER_ADDED, messages.member_added(member.id, actor.id), mentions
        )
        return ticket

    async def join(self, key: TicketKey, actor: Actor, member: discord.Member) -> Ticket:
        """Put a staff member into a thread ticket (channel tickets they see through their role)."""
        deps = self._deps
        ticket = policy.require_open(await deps.load(key))
        policy.require_staff(actor, await deps.settings.for_ticket(ticket), "join")
        place = await place_of(deps, ticket)
        if not isinstance(place, discord.Thread):
            raise UserInputError(t("join-sees-already", label=ticket.label, place=place.mention))
        if any(m.id == member.id for m in place.members):
            raise UserInputError(t("join-in-already", label=ticket.label, place=place.mention))
        try:
            async with self._sync.change(ticket) as change:
                if await deps.db.add_participant(
                    Participant(ticket.id, member.id, ParticipantRole.STAFF, deps.clock())
                ):
                    change.made(lambda: deps.db.remove_participant(ticket.id, member.id))
                why = t("discord-reason-joined", label=ticket.label)
                await deps.places.grant(place, member, reason=render(why, await ticket_language(deps, ticket)))
        except discord.HTTPException as error:
            raise explain(error, t("place-action-join")) from error
        await tell(
            deps,
            ticket,
            place,
            actor,
            AuditAction.STAFF_JOINED,
            t("notice-joined", member=member.mention),
            messages.NOBODY,
        )
        return ticket

    async def remove(
        self, key: TicketKey, actor: Actor, member: discord.Member | discord.User, member_actor: Actor
    ) -> Ticket:
        """Take ``member``'s access away and tell the ticket; staff keep theirs through their role."""
        deps = self._deps
        ticket = policy.require_open(await deps.load(key))
        rules = await deps.settings.for_ticket(ticket)
        policy.require_staff(actor, rules, "remove-members")
        if member.id == ticket.opener_id:
            raise UserInputError(t("member-remove-opener"))
        if policy.is_staff(member_actor, rules):
            raise UserInputError(t("member-remove-staff", member=member.mention))
        added = next((p for p in await deps.db.list_participants(ticket.id) if p.user_id == member.id), None)
        if added is None:
            raise UserInputError(t("member-not-in", member=member.mention))
        place = await place_of(deps, ticket)
        try:
            async with self._sync.change(ticket) as change:
                await deps.db.remove_participant(ticket.id, member.id)
                change.made(lambda: deps.db.add_participant(added))
                why = t("discord-reason-removed", label=ticket.label, actor=str(actor.id))
                await deps.places.revoke(place, member, reason=render(why, await ticket_language(deps, ticket)))
        except discord.HTTPException as error:
            raise explain(error, t("place-action-revoke", member=member.mention)) from error
        notice = messages.member_removed(member.id, actor.id)
        await tell(deps, ticket, place, actor, AuditAction.MEMBER_REMOVED, notice, messages.NOBODY)
        return ticket

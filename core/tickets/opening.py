"""Opening a ticket: reserve → make its place → welcome → open, each step visible to recovery.

The reservation (a pending ticket) is the only state before the place exists. If the process dies
between steps, ``resume`` (run by recovery) finishes the open when the place was made, posting the
welcome that pings the opener, or undoes it when not. If Discord refuses a step, the open is undone
at once and the member told why.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from datetime import datetime

import discord

from core import messages, metrics
from core.audit import AuditAction
from core.errors import (
    DatabaseError,
    NotConfigured,
    NotFoundError,
    PermissionDenied,
    TicketLimitReached,
    UserInputError,
)
from core.i18n import render, t
from core.i18n.languages import of_server
from core.models import Answer, AuditEntry, Ticket, TicketRequest, TicketRules, TicketStatus, TicketType
from core.places.channels import TicketPlace, ticket_categories
from core.places.failures import explain
from core.rules import policy, ticket_types
from core.rules.policy import ACTIVE, Actor
from core.runtime.services import KeyedLocks, Services, context
from core.tickets.alerts import Alerts
from core.tickets.closing import log_channel
from core.tickets.notices import tell

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Order:
    """What a member asked for: a type (None: the server's first), why, and their answers to its form."""

    type_id: int | None = None
    reason: str | None = None
    answers: tuple[Answer, ...] = ()
    # Files the member attached to the form, posted with the welcome (an interrupted open resumes without them).
    files: tuple[discord.File, ...] = ()
    # The opener's Discord language: a type's variant in it gives the welcome (None: the type's own).
    language: str | None = None
    # A message the ticket is about (staff opened it from the message's menu): quoted with a link after the welcome.
    about: discord.Message | None = None


@dataclass(frozen=True, slots=True)
class OpenedTicket:
    """A ticket that is open, and its place."""

    ticket: Ticket
    place: TicketPlace


class Opening:
    """Opens tickets for members, and finishes or undoes opens that were interrupted."""

    def __init__(self, deps: Services, alerts: Alerts) -> None:
        self._deps = deps
        self._alerts = alerts
        self._cooldown_checks: KeyedLocks[tuple[int, int]] = KeyedLocks()

    async def open(
        self,
        guild: discord.Guild,
        opener: discord.Member,
        opener_actor: Actor,
        order: Order,
        acknowledged: Awaitable[object] | None = None,
    ) -> OpenedTicket:
        """Open a ticket of the ordered type for ``opener``; nothing is left half-made when a step is refused.

        ``acknowledged``, the interaction's acknowledgement under way: the checks and the reservation run
        meanwhile, and nothing is made in Discord before it is done (when it fails, the reservation goes).
        """
        deps = self._deps
        server = await deps.settings.require(guild.id)
        ticket_type = ticket_types.find(await deps.settings.types(guild.id), order.type_id)
        if order.type_id is not None and ticket_type is None:
            raise UserInputError(t("open-type-gone"))
        rules = ticket_types.effective(server, ticket_type)
        refusal = ticket_types.opening_refusal(opener_actor, ticket_type, rules, deps.clock())
        if refusal:
            raise PermissionDenied(refusal)
        rules = replace(
            rules, welcome_message=ticket_types.welcome_for(ticket_type, order.language, rules.welcome_message)
        )
        request = TicketRequest(
            guild.id,
            opener.id,
            order.reason,
            deps.clock(),
            ticket_type.id if ticket_type else None,
            order.answers,
            targeted=ticket_types.has_targets(ticket_type),
        )
        async with self._cooldown(guild.id, opener_actor, ticket_type, rules):
            try:
                ticket = await deps.db.reserve_ticket(
                    request, server.max_open_tickets, type_max_open=ticket_type.max_open if ticket_type else None
                )
            except TicketLimitReached as refused:
                if refused.per_type and ticket_type is not None:
                    raise TicketLimitReached(refused.limit, ticket_type.name) from None
                raise
        deps.busy.add(ticket.id)
        try:
            if acknowledged is not None:
                await self._acknowledged(ticket, acknowledged)
            place = await self._create(guild, ticket, opener, rules, ticket_type)
            return await self._welcome_and_activate(ticket, place, rules, ticket_type, order.files)
        finally:
            deps.busy.discard(ticket.id)

    async def open_for(
        self,
        guild: discord.Guild,
        staff: Actor,
        opener: discord.Member,
        opener_actor: Actor,
        order: Order,
        acknowledged: Awaitable[object] | None = None,
    ) -> OpenedTicket:
        """Open a ticket for ``opener`` on staff's behalf: staff of the type may, and every rule is the opener's.

        The type's limits, blacklist, hours and cooldown apply as if the member had asked; its form is not
        asked (staff give a reason instead). A refusal says it is the member's, and the ticket says who
        opened it for them.
        """
        deps = self._deps
        server = await deps.settings.require(guild.id)
        ticket_type = ticket_types.find(await deps.settings.types(guild.id), order.type_id)
        policy.require_staff(staff, ticket_types.effective(server, ticket_type), "open-for")
        if opener.bot:
            raise UserInputError(t("open-for-bot", member=opener.mention))
        try:
            opened = await self.open(guild, opener, opener_actor, order, acknowledged)
        except (PermissionDenied, UserInputError) as refused:
            said = t("open-for-refused", member=opener.mention, why=refused.text)
            raise (PermissionDenied if isinstance(refused, PermissionDenied) else UserInputError)(said) from None
        if order.about is None:
            notice = t("notice-opened-for", actor=messages.user(staff.id), opener=messages.user(opener.id))
        else:
            about = order.about
            notice = t(
                "notice-opened-about",
                actor=messages.user(staff.id),
                opener=messages.user(opener.id),
                link=about.jump_url,
                quote=messages.quoted(about.content),
            )
        await tell(deps, opened.ticket, opened.place, staff, AuditAction.TICKET_OPENED_FOR, notice, messages.NOBODY)
        return opened

    async def open_about(
        self,
        guild: discord.Guild,
        member: discord.Member,
        member_actor: Actor,
        author: discord.Member,
        author_actor: Actor,
        message: discord.Message,
    ) -> OpenedTicket:
        """Open a ticket about a message, from its Apps menu; the ticket quotes it with a link.

        Staff open it for the message's author (as ``open_for``); other members, where the server allows it,
        open one of their own about it, a report, under their own rules.
        """
        deps = self._deps
        server = await deps.settings.require(guild.id)
        first = ticket_types.find(await deps.settings.types(guild.id), None)
        order = Order(reason=messages.shorten(message.content, 500) or None, about=message)
        if policy.is_staff(member_actor, ticket_types.effective(server, first)) or not server.members_open_about:
            return await self.open_for(guild, member_actor, author, author_actor, order)
        opened = await self.open(guild, member, member_actor, order)
        notice = t(
            "notice-opened-about-self",
            opener=messages.user(member.id),
            link=message.jump_url,
            quote=messages.quoted(message.content),
        )
        try:
            language = of_server(server.language, guild)
            await deps.places.post(opened.place, render(notice, language), allowed_mentions=messages.NOBODY)
        except discord.HTTPException as error:
            log.warning("%s: the message the ticket is about was not quoted: %s", context(opened.ticket), error)
        return opened

    async def _acknowledged(self, ticket: Ticket, acknowledged: Awaitable[object]) -> None:
        """Wait for the acknowledgement; release the reservation when it failed (or the wait was cancelled)."""
        try:
            await acknowledged
        except BaseException:
            await self._deps.db.discard_ticket(ticket.id)
            raise

    @asynccontextmanager
    async def _cooldown(
        self, guild_id: int, opener: Actor, ticket_type: TicketType | None, rules: TicketRules
    ) -> AsyncIterator[None]:
        """Refuse an open inside the type's cooldown; one check at a time per member, so quick clicks queue."""
        if ticket_type is None or not ticket_type.cooldown_seconds or policy.is_staff(opener, rules):
            yield
            return
        async with self._cooldown_checks((guild_id, opener.id)):
            last = await self._deps.db.last_opened_at(guild_id, opener.id, ticket_type.id)
            now = self._deps.clock()
            left = ticket_types.cooldown_left(ticket_type, last, now)
            if left is not None:
                raise UserInputError(
                    t("open-cooldown", type=ticket_type.name, again=ticket_types.discord_time(now + left))
                )
            yield

    async def _create(
        self,
        guild: discord.Guild,
        ticket: Ticket,
        opener: discord.Member,
        rules: TicketRules,
        ticket_type: TicketType | None,
    ) -> TicketPlace:
        try:
            return await self._deps.places.create(
                guild, ticket, opener, rules, type_name=ticket_type.name if ticket_type else "ticket"
            )
        except (discord.HTTPException, discord.RateLimited, UserInputError) as error:
            await self._deps.db.discard_ticket(ticket.id)
            log.warning("%s: no place made: %s", context(ticket), error)
            if isinstance(error, discord.RateLimited | UserInputError):  # a long wait is said with its time
                raise
            names = [getattr(guild.get_channel(c), "name", "?") for c in ticket_categories(rules)]
            raise explain(error, t("place-action-create"), categories=names) from error

    async def _welcome_and_activate(
        self,
        ticket: Ticket,
        place: TicketPlace,
        rules: TicketRules,
        ticket_type: TicketType | None,
        files: tuple[discord.File, ...],
    ) -> OpenedTicket:
        deps = self._deps
        try:
            await self._welcome(place, ticket, rules, ticket_type, files)
            entry = await deps.db.activate_ticket(ticket.id, place.id, opened_entry(ticket, place, deps.clock()))
        except discord.HTTPException as error:
            await self._undo(ticket, place)
            raise explain(error, t("place-action-welcome")) from error
        except discord.RateLimited:
            await self._undo(ticket, place)
            raise
        except DatabaseError as error:
            await self._undo(ticket, place)
            raise DatabaseError("failed while a ticket was being opened", t("open-database-failed")) from error
        deps.journal.publish(entry, ticket.label)
        if isinstance(place, discord.Thread):
            await self._call_staff(ticket, place, rules, ticket_type)
        metrics.TICKETS_OPENED.labels(ticket_type.name if ticket_type else "none").inc()
        log.info("%s: opened in channel=%s", context(ticket), place.id)
        opened = replace(ticket, channel_id=place.id, status=TicketStatus.OPEN)
        await self._alerts.post(opened, place, rules, ticket_type.name if ticket_type else None)
        return OpenedTicket(opened, place)

    async def _call_staff(
        self, ticket: Ticket, thread: discord.Thread, rules: TicketRules, ticket_type: TicketType | None
    ) -> None:
        """Tell staff of a new thread ticket in the log channel, with a Join button; the ticket stands if not."""
        try:
            channel = log_channel(thread.guild, rules)
            language = of_server(rules.language, thread.guild)
            type_name = ticket_type.name if ticket_type else render(t("ticket-type-default"), language)
            text, view = messages.join_notice(ticket, thread.mention, type_name, language)
            await channel.send(text, view=view, allowed_mentions=messages.NOBODY)
        except (discord.HTTPException, UserInputError) as error:
            log.warning("%s: staff not told of the new thread ticket: %s", context(ticket), error)

    async def _welcome(
        self,
        place: TicketPlace,
        ticket: Ticket,
        rules: TicketRules,
        ticket_type: TicketType | None,
        files: tuple[discord.File, ...] = (),
    ) -> None:
        language = of_server(rules.language, place.guild)
        type_name = ticket_type.name if ticket_type else render(t("ticket-type-default"), language)
        text = ticket_types.render_welcome(
            rules.welcome_message or render(t("welcome-default"), language),
            user=messages.user(ticket.opener_id),
            type_name=type_name,
            number=ticket.label,
            server=place.guild.name,
        )
        pings = ticket_type.ping_role_ids if ticket_type else ()
        content, embed, view = messages.welcome(ticket, text, language, type_name if ticket_type else None, pings)
        mentions = discord.AllowedMentions(
            everyone=False, users=[discord.Object(ticket.opener_id)], roles=[discord.Object(r) for r in pings]
        )
        await self._deps.places.post(
            place, content, embed=embed, view=view, allowed_mentions=mentions, files=list(files)
        )

    async def _undo(self, ticket: Ticket, place: TicketPlace) -> None:
        """Remove a half-made ticket; if Discord keeps the place, recovery finishes the job later."""
        try:
            why = t("discord-reason-open-failed", label=ticket.label)
            await self._deps.places.remove(place, reason=render(why, of_server(None, place.guild)))
        except (discord.HTTPException, discord.RateLimited) as error:
            log.warning("%s: half-made channel=%s not removed yet: %s", context(ticket), place.id, error)
            return
        try:
            await self._deps.db.discard_ticket(ticket.id)
        except DatabaseError as error:
            log.warning("%s: reservation not released yet: %s", context(ticket), error)

    async def resume(self, ticket: Ticket) -> None:
        """Finish an interrupted open whose place exists, or release its reservation when none does."""
        deps = self._deps
        guild = deps.guild(ticket)
        try:
            rules: TicketRules | None = await deps.settings.for_ticket(ticket)
        except NotConfigured:
            rules = None
        ticket_type = ticket_types.find(await deps.settings.types(guild.id), ticket.type_id)
        place = deps.places.locate(guild, ticket)
        if place is None and rules is not None:
            others = await deps.db.list_tickets([*ACTIVE, TicketStatus.CLOSING], guild.id)
            taken = {t.channel_id for t in others if t.channel_id}
            type_name = ticket_type.name if ticket_type else "ticket"
            place = await deps.places.unrecorded(guild, ticket, rules, taken, type_name=type_name)
        if place is None or rules is None:
            await deps.db.discard_ticket(ticket.id)
            log.warning("%s: released the reservation of an interrupted open", context(ticket))
            return
        if not await self._has_welcome(place, ticket):
            try:
                await self._welcome(place, ticket, rules, ticket_type)
            except discord.HTTPException:
                await self._undo(ticket, place)
                raise
        try:
            entry = await deps.db.activate_ticket(
                ticket.id, place.id, opened_entry(ticket, place, deps.clock(), resumed=True)
            )
        except NotFoundError:
            why = t("discord-reason-withdrawn", label=ticket.label)
            await deps.places.remove(place, reason=render(why, of_server(rules.language, guild)))
            return
        deps.journal.publish(entry, ticket.label)
        opened = replace(ticket, channel_id=place.id, status=TicketStatus.OPEN)
        await self._alerts.post(opened, place, rules, ticket_type.name if ticket_type else None)
        log.warning("%s: finished an interrupted open in channel=%s", context(ticket), place.id)

    async def _has_welcome(self, place: TicketPlace, ticket: Ticket) -> bool:
        seen = 0
        async for message in self._deps.places.history(place):
            if messages.is_welcome(message, ticket):
                return True
            seen += 1
            if seen >= 10:
                break
        return False


def opened_entry(ticket: Ticket, place: TicketPlace, now: datetime, *, resumed: bool = False) -> AuditEntry:
    """Return the audit entry of an open (its details stored as a text, shown in whoever reads it's language)."""
    details = t(
        "audit-detail-opened",
        opener=messages.user(ticket.opener_id),
        place=place.mention,
        reason=ticket.reason or "",
        with_reason=bool(ticket.reason),
        resumed=resumed,
    )
    action = AuditAction.TICKET_OPENED
    return AuditEntry(None, ticket.guild_id, ticket.id, ticket.opener_id, action, details.dump(), now)

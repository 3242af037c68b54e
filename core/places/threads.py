"""Tickets as private threads in a text channel, for types that choose it.

Threads know no 50-per-category or 500-per-server limits. The opener and the bot are in the thread from
the start; staff are told in the log channel, with a Join button, so that a large staff team is not
added to every ticket (members who may manage threads see them all anyway). Claim modes other than
``shared`` do not narrow a thread: Discord gives threads no per-member permissions. A closed ticket's
thread is locked and archived, so it can be reopened.
"""

from __future__ import annotations

import contextlib
from collections.abc import Collection
from typing import Literal

import discord

from core.errors import UserInputError
from core.i18n import t
from core.models import Ticket, TicketRules
from core.places.channels import CLOCK_SKEW, PlaceBasics, audit_reason
from core.rules.naming import ticket_channel_name

ARCHIVE_AFTER: Literal[10080] = 10080  # minutes: Discord's longest; a message brings an archived, unlocked thread back


class ThreadPlaces(PlaceBasics):
    """Private threads in the type's thread channel."""

    def keeps(self, place: discord.Thread, rules: TicketRules) -> bool:
        """Keep a closed ticket's thread, always: locked and archived."""
        return True

    async def create(
        self, guild: discord.Guild, ticket: Ticket, opener: discord.abc.User, rules: TicketRules, *, type_name: str
    ) -> discord.Thread:
        """Start a private thread that only its members (the opener, the bot) and thread managers see."""
        parent = guild.get_channel(rules.thread_channel_id or 0)
        if not isinstance(parent, discord.TextChannel):
            raise UserInputError(t("place-thread-channel-gone"))
        if isinstance(opener, discord.Member):
            # Discord shows a thread only to who can see its channel, and lets them write only with this.
            allowed = parent.permissions_for(opener)
            if not (allowed.view_channel and allowed.send_messages_in_threads):
                raise UserInputError(t("place-thread-channel-hidden", channel=parent.mention))
        name = ticket_channel_name(
            rules.channel_name_template, number=ticket.number, username=opener.name, type_name=type_name
        )
        thread = await parent.create_thread(
            name=name,
            type=discord.ChannelType.private_thread,
            invitable=False,
            auto_archive_duration=ARCHIVE_AFTER,
            reason=audit_reason(t("discord-reason-opened", label=ticket.label, opener=opener.name), guild, rules),
        )
        try:
            await thread.add_user(opener)
        except (discord.HTTPException, discord.RateLimited):
            with contextlib.suppress(discord.HTTPException, discord.RateLimited):
                await thread.delete()
            raise
        return thread

    async def unrecorded(
        self, guild: discord.Guild, ticket: Ticket, rules: TicketRules, taken: set[int], *, type_name: str
    ) -> discord.Thread | None:
        """Find the thread ``create`` made, by what Discord keeps of it, and finish ``create``'s work on it.

        A reconnect's threads come without their members, so the thread is known by its own marks: in the
        thread channel, made by the bot since the reservation, and named as ``create`` names the ticket's
        thread. The opener is added to it (again: Discord ignores a second add); when the opener has left,
        the thread is deleted instead and None returned, as the open cannot be finished.
        """
        parent = guild.get_channel(rules.thread_channel_id or 0)
        if not isinstance(parent, discord.TextChannel):
            return None
        opener = guild.get_member(ticket.opener_id)
        if opener is None:
            with contextlib.suppress(discord.NotFound):
                opener = await guild.fetch_member(ticket.opener_id)
        if opener is None and "{username" in rules.channel_name_template:
            return None  # without the opener's name the thread's cannot be told; nothing is guessed
        name = ticket_channel_name(
            rules.channel_name_template,
            number=ticket.number,
            username=opener.name if opener is not None else "",
            type_name=type_name,
        )
        thread = await self._made_for(parent, ticket, name, taken)
        if thread is None:
            return None
        if opener is not None:
            try:
                if thread.archived:
                    why = audit_reason(t("discord-reason-opened-resumed", label=ticket.label), guild, rules)
                    await thread.edit(archived=False, reason=why)
                await thread.add_user(opener)
                return thread
            except discord.NotFound:
                pass  # the opener left a moment ago
        await thread.delete(reason=audit_reason(t("discord-reason-opener-gone", label=ticket.label), guild, rules))
        return None

    async def _made_for(
        self, parent: discord.TextChannel, ticket: Ticket, name: str, taken: set[int]
    ) -> discord.Thread | None:
        """Return the thread named ``name`` the bot made in ``parent`` since ``ticket`` was reserved.

        Active threads are in the cache; a thread left a week (its auto-archive time) is archived, and only
        Discord lists those: newest archived first, so the listing stops at one archived before the ticket.
        """
        since = ticket.opened_at - CLOCK_SKEW

        def made(thread: discord.Thread) -> bool:
            return (
                thread.id not in taken
                and thread.name == name
                and thread.owner_id == parent.guild.me.id
                and thread.created_at is not None
                and thread.created_at >= since
            )

        cached = sorted((thread for thread in parent.threads if made(thread)), key=lambda thread: thread.id)
        if cached:
            return cached[0]
        try:
            async for thread in parent.archived_threads(private=True, limit=None):
                if thread.archive_timestamp < since:
                    break
                if made(thread):
                    return thread
        except discord.Forbidden:
            pass  # no Manage Threads: the archived ones cannot be listed (the bot needs it for thread tickets)
        return None

    async def grant(self, place: discord.Thread, member: discord.Member, *, reason: str) -> None:
        """Add the member to the thread."""
        await place.add_user(member)

    async def revoke(self, place: discord.Thread, member: discord.abc.User, *, reason: str) -> None:
        """Remove the member from the thread."""
        await place.remove_user(member)

    async def retire(self, place: discord.Thread, ticket: Ticket, rules: TicketRules) -> None:
        """Lock and archive the thread: readable, closed to messages, reopenable."""
        await self.hide_close_button(place, ticket)
        why = audit_reason(t("discord-reason-closed", label=ticket.label), place.guild, rules)
        await place.edit(archived=True, locked=True, reason=why)

    async def reopen(self, place: discord.Thread, ticket: Ticket, rules: TicketRules) -> None:
        """Unlock and unarchive the thread; its members are still in it."""
        why = audit_reason(t("discord-reason-reopened", label=ticket.label), place.guild, rules)
        await place.edit(archived=False, locked=False, reason=why)

    async def reclaim(
        self, place: discord.Thread, rules: TicketRules, claimer: int | None, dropped: int | None
    ) -> None:
        """Make sure the claimer is in the thread (a thread has no per-member permissions to narrow)."""
        if claimer is not None:
            await place.add_user(discord.Object(claimer))

    async def move(self, place: discord.Thread, ticket: Ticket, old: TicketRules, new: TicketRules) -> None:
        """Allow a move only to a type whose tickets are threads in the same channel (threads cannot move)."""
        if new.thread_channel_id != place.parent_id:
            raise UserInputError(t("place-thread-move"))

    async def sync(
        self, place: discord.Thread, rules: TicketRules, claimer: int | None, members: Collection[int]
    ) -> None:
        """Unlock a thread still locked (a reopen cut off), and make sure the claimer is in it.

        Its staff need no change; members are never taken out here.
        """
        if place.locked:
            why = audit_reason(t("discord-reason-synced"), place.guild, rules)
            await place.edit(archived=False, locked=False, reason=why)
        if claimer is not None:
            await place.add_user(discord.Object(claimer))

"""Where a ticket lives on Discord, behind one protocol: every Discord-side operation on a ticket's place.

The ticket operations (``core.tickets``) call only these methods, so a ticket that is a private thread
instead of a channel needs a second implementation here and no change to the operations. Methods raise
``discord.HTTPException`` as Discord answered; the operations decide what that means for the ticket.
"""

from __future__ import annotations

import asyncio
import copy
import re
from collections import Counter
from collections.abc import AsyncIterator, Collection, Iterable
from datetime import timedelta
from typing import Any, Protocol, TypeAlias

import discord

from core import messages
from core.errors import UserInputError
from core.i18n import Text, render, t
from core.i18n.languages import of_server
from core.models import CloseAction, Ticket, TicketRules
from core.places.failures import is_category_full
from core.places.permissions import (
    MEMBER_ACCESS,
    archived_overwrites,
    claimed_overwrites,
    moved_overwrites,
    reopened_overwrites,
    same_overwrites,
    synced_overwrites,
    ticket_overwrites,
)
from core.rules.naming import ticket_channel_name

TicketPlace: TypeAlias = discord.TextChannel | discord.Thread
CATEGORY_LIMIT = 50  # Discord's channels per category
GUILD_CHANNEL_LIMIT = 500  # Discord's channels (categories included) per server
# How far before its reservation a channel may seem to have been made (Discord's and our clocks differ).
CLOCK_SKEW = timedelta(seconds=5)


class Places(Protocol):
    """Creates, shares, reads and retires the places where tickets happen."""

    def locate(self, guild: discord.Guild, ticket: Ticket) -> TicketPlace | None:
        """Return the ticket's place from the cache, if it exists there (an archived thread is not)."""
        ...

    async def find(self, guild: discord.Guild, ticket: Ticket) -> TicketPlace | None:
        """Return the ticket's place, asking Discord when the cache does not have it (an archived thread)."""
        ...

    def keeps(self, place: TicketPlace, rules: TicketRules) -> bool:
        """Whether retiring the place keeps it, read-only, so that the ticket can be reopened."""
        ...

    async def create(
        self, guild: discord.Guild, ticket: Ticket, opener: discord.abc.User, rules: TicketRules, *, type_name: str
    ) -> TicketPlace:
        """Make a place that only the opener, the ticket's staff and the bot can see."""
        ...

    async def unrecorded(
        self, guild: discord.Guild, ticket: Ticket, rules: TicketRules, taken: set[int], *, type_name: str
    ) -> TicketPlace | None:
        """Find the place an interrupted open made for ``ticket`` before recording it (ids in ``taken`` are others').

        The place is returned as ``create`` would have returned it; None when there is none, or when the
        open cannot be finished (a thread whose opener left is deleted). ``type_name`` is as ``create`` had it.
        """
        ...

    async def post(self, place: TicketPlace, content: str | None = None, **options: Any) -> discord.Message:
        """Post a message in the place."""
        ...

    async def grant(self, place: TicketPlace, member: discord.Member, *, reason: str) -> None:
        """Let a member see and write in the place."""
        ...

    async def revoke(self, place: TicketPlace, member: discord.abc.User, *, reason: str) -> None:
        """Take a member's own access away."""
        ...

    def history(self, place: TicketPlace) -> AsyncIterator[discord.Message]:
        """Yield every message in the place, oldest first."""
        ...

    async def remove(self, place: TicketPlace, *, reason: str) -> None:
        """Remove a place that holds no ticket (an open undone, or one no record knows)."""
        ...

    def check_retirable(self, guild: discord.Guild, rules: TicketRules) -> None:
        """Raise UserInputError, before a close starts, when the place could not be retired as configured."""
        ...

    async def retire(self, place: TicketPlace, ticket: Ticket, rules: TicketRules) -> None:
        """Remove a closed ticket's place, or keep it read-only (as ``keeps`` says)."""
        ...

    async def reopen(self, place: TicketPlace, ticket: Ticket, rules: TicketRules) -> None:
        """Make an archived ticket's place a working one again, for the people it had."""
        ...

    async def rename(self, place: TicketPlace, name: str, *, reason: str) -> None:
        """Rename the place; Discord allows two renames per ten minutes (``discord.RateLimited`` beyond)."""
        ...

    async def move(self, place: TicketPlace, ticket: Ticket, old: TicketRules, new: TicketRules) -> None:
        """Give a ticket moved to another type that type's staff (its claim kept) and, if it has one, place."""
        ...

    async def reclaim(self, place: TicketPlace, rules: TicketRules, claimer: int | None, dropped: int | None) -> None:
        """Set the staff's access for a claim as the claim mode says (no claimer: everyone's usual access)."""
        ...

    async def show_state(self, place: TicketPlace, ticket: Ticket, claimer: int | None, language: str) -> None:
        """Show who has claimed the ticket, and its priority, in its welcome message (in the ticket's ``language``)."""
        ...

    async def sync(self, place: TicketPlace, rules: TicketRules, claimer: int | None, members: Collection[int]) -> None:
        """Bring the place's access (and a channel's category) to what the ticket's row says; nothing if it agrees.

        ``rules`` are the ticket's type's, ``claimer`` its claimer, ``members`` its opener and the people added.
        """
        ...


def ticket_categories(rules: TicketRules) -> tuple[int, ...]:
    """Return the categories where new tickets go, in order: the ticket category, then its overflow."""
    return tuple(c for c in (rules.ticket_category_id, rules.overflow_category_id) if c)


def audit_reason(text: Text, guild: discord.Guild, rules: TicketRules | None) -> str:
    """Return a reason for Discord's own audit log (Server Settings → Audit Log), in the server's language."""
    return render(text, of_server(rules.language if rules else None, guild))


def _ticket_category_channels(guild: discord.Guild, rules: TicketRules) -> list[discord.CategoryChannel]:
    """Return where tickets go, in order: the ticket category, its overflow, then the numbered ones made for it.

    Numbered categories are the ticket category's name and a number ("Tickets 2", "Tickets 3"), found by
    name so that they are reused after a restart and by every process.
    """
    configured = [c for c in map(guild.get_channel, ticket_categories(rules)) if isinstance(c, discord.CategoryChannel)]
    if not configured:
        raise UserInputError(t("place-ticket-category-gone"))
    numbered = _numbered(configured[0].name, guild.categories)
    return configured + [c for _, c in sorted(numbered.items()) if c not in configured]


def ticket_category_ids(guild: discord.Guild, rules: TicketRules) -> set[int]:
    """Return the ids of every category tickets go to (none when the ticket category is gone)."""
    try:
        return {c.id for c in _ticket_category_channels(guild, rules)}
    except UserInputError:
        return set()


def _numbered(base: str, categories: Iterable[discord.CategoryChannel]) -> dict[int, discord.CategoryChannel]:
    """Return the categories named ``base`` and a number from 2, by number."""
    pattern = re.compile(re.escape(base) + r" ([2-9]|[1-9]\d+)")
    return {int(match[1]): c for c in categories if (match := pattern.fullmatch(c.name))}


def _categories_with_room(guild: discord.Guild, rules: TicketRules) -> list[discord.CategoryChannel]:
    """Return the ticket categories that have room, in order; all full: the last, for Discord to refuse."""
    categories = _ticket_category_channels(guild, rules)
    return [c for c in categories if len(c.channels) < CATEGORY_LIMIT] or categories[-1:]


def _category_for_one_more(guild: discord.Guild, rules: TicketRules) -> discord.CategoryChannel:
    """Return the first ticket category with room for a channel moved into it, or say they are full."""
    room = _categories_with_room(guild, rules)
    if len(room[0].channels) >= CATEGORY_LIMIT:
        raise UserInputError(t("place-ticket-category-full", category=room[0].name))
    return room[0]


async def _in_server(guild: discord.Guild, user_id: int) -> bool:
    """Whether a user is a member of the server, asking Discord when the cache does not know."""
    if guild.get_member(user_id) is not None:
        return True
    try:
        await guild.fetch_member(user_id)
    except discord.NotFound:
        return False
    return True


class PlaceBasics:
    """What a ticket's place does the same way as a channel or a thread: messages, history, names."""

    async def post(self, place: TicketPlace, content: str | None = None, **options: Any) -> discord.Message:
        """Post a message in the place."""
        message: discord.Message = await place.send(content, **options)
        return message

    async def history(self, place: TicketPlace) -> AsyncIterator[discord.Message]:
        """Yield every message in the place, oldest first."""
        async for message in place.history(limit=None, oldest_first=True):
            yield message

    async def remove(self, place: TicketPlace, *, reason: str) -> None:
        """Delete the place."""
        await place.delete(reason=reason)

    async def show_state(self, place: TicketPlace, ticket: Ticket, claimer: int | None, language: str) -> None:
        """Edit the welcome's embed to name the claimer and the priority (found among the first messages, as recovery finds it).

        A welcome that says both already is left alone.
        """
        async for message in place.history(limit=10, oldest_first=True):
            if message.author.id == place.guild.me.id and messages.is_welcome(message, ticket) and message.embeds:
                before = copy.deepcopy(message.embeds[0].to_dict())
                shown = messages.with_state(message.embeds[0], claimer, ticket.priority, language)
                if shown.to_dict() != before:
                    await message.edit(embed=shown)
                return

    async def rename(self, place: TicketPlace, name: str, *, reason: str) -> None:
        """Rename the place (Discord's answer to a third rename within ten minutes is raised, not waited out)."""
        await place.edit(name=name, reason=reason)

    async def hide_close_button(self, place: TicketPlace, ticket: Ticket) -> None:
        """Take the Close button off the welcome (a retired ticket cannot be closed again)."""
        async for message in place.history(limit=10, oldest_first=True):
            if message.author.id == place.guild.me.id and messages.is_welcome(message, ticket):
                await message.edit(view=None)
                return


class ChannelPlaces(PlaceBasics):
    """Tickets as private text channels in the server's ticket category."""

    def __init__(self) -> None:
        # Numbered categories are made one at a time, so two opens never make two "Tickets 3".
        self._making = asyncio.Lock()

    def keeps(self, place: discord.TextChannel, rules: TicketRules) -> bool:
        """Whether a closed ticket's channel is archived (rather than deleted), as the server says."""
        return rules.close_action is CloseAction.ARCHIVE

    async def create(
        self, guild: discord.Guild, ticket: Ticket, opener: discord.abc.User, rules: TicketRules, *, type_name: str
    ) -> discord.TextChannel:
        """Make the channel in the first ticket category with room (50 channels each).

        When all are full, a numbered one ("Tickets 3", with the ticket category's permissions) is made.
        The channel is private through its overwrites, set in the same request.
        """
        room = _categories_with_room(guild, rules)
        if len(room[-1].channels) >= CATEGORY_LIMIT:
            room = [await self._numbered_category(guild, rules)]
        for category in room:
            try:
                return await guild.create_text_channel(
                    ticket_channel_name(
                        rules.channel_name_template, number=ticket.number, username=opener.name, type_name=type_name
                    ),
                    category=category,
                    overwrites=ticket_overwrites(guild, rules, opener),
                    topic=messages.topic(ticket, opener.name),
                    reason=audit_reason(
                        t("discord-reason-opened", label=ticket.label, opener=opener.name), guild, rules
                    ),
                )
            except discord.HTTPException as error:
                # Discord counts a few channels our cache may not know of yet; then the next category is tried.
                if not is_category_full(error):
                    raise
                if category is room[-1]:
                    room.append(await self._numbered_category(guild, rules))
        raise AssertionError("unreachable: a channel is made or an error raised")  # i18n: never raised

    async def _numbered_category(self, guild: discord.Guild, rules: TicketRules) -> discord.CategoryChannel:
        """Return a numbered ticket category with room, reusing one or making the next (within the 500 limit)."""
        base = _ticket_category_channels(guild, rules)[0]
        async with self._making:
            # Discord's own list, not the cache: a category made a moment ago may not be in the cache yet.
            fetched = await guild.fetch_channels()
            children = Counter(c.category_id for c in fetched)
            numbered = _numbered(base.name, (c for c in fetched if isinstance(c, discord.CategoryChannel)))
            for _, category in sorted(numbered.items()):
                if children[category.id] < CATEGORY_LIMIT and category.id not in ticket_categories(rules):
                    return category
            if len(fetched) + 2 > GUILD_CHANNEL_LIMIT:
                raise UserInputError(t("place-categories-full", channels=len(fetched), limit=str(GUILD_CHANNEL_LIMIT)))
            name = f"{base.name} {max([1, *numbered]) + 1}"
            return await guild.create_category(
                name,
                overwrites=base.overwrites,
                reason=audit_reason(t("discord-reason-categories-full"), guild, rules),
            )

    def unrecorded(
        self, guild: discord.Guild, ticket: Ticket, rules: TicketRules, taken: set[int]
    ) -> discord.TextChannel | None:
        """Find the channel by what ``create`` gave it: category, topic, the opener's overwrite, its age."""
        for channel in guild.text_channels:
            if (
                channel.id not in taken
                and channel.category_id in ticket_category_ids(guild, rules)
                and (channel.topic or "").startswith(messages.topic_prefix(ticket))
                and any(target.id == ticket.opener_id for target in channel.overwrites)
                and channel.created_at >= ticket.opened_at - CLOCK_SKEW
            ):
                return channel
        return None

    async def grant(self, place: discord.TextChannel, member: discord.Member, *, reason: str) -> None:
        """Add a member overwrite that lets them see and write."""
        await place.set_permissions(member, overwrite=MEMBER_ACCESS, reason=reason)

    async def revoke(self, place: discord.TextChannel, member: discord.abc.User, *, reason: str) -> None:
        """Remove the member's overwrite (someone who left the server keeps one until it is removed)."""
        # discord.py takes any user here (it checks for abc.User); its overloads only name Member.
        await place.set_permissions(member, overwrite=None, reason=reason)  # type: ignore[call-overload]

    def check_retirable(self, guild: discord.Guild, rules: TicketRules) -> None:
        """In archive mode, refuse while the archive category is missing or full."""
        if rules.close_action is not CloseAction.ARCHIVE:
            return
        archive = guild.get_channel(rules.archive_category_id or 0)
        if not isinstance(archive, discord.CategoryChannel):
            raise UserInputError(t("place-archive-gone-stays-open"))
        if len(archive.channels) >= CATEGORY_LIMIT:
            raise UserInputError(t("place-archive-full", category=archive.name))

    async def retire(self, place: discord.TextChannel, ticket: Ticket, rules: TicketRules) -> None:
        """Delete the channel, or move it to the archive category read-only without its Close button."""
        if rules.close_action is not CloseAction.ARCHIVE:
            await place.delete(reason=audit_reason(t("discord-reason-closed", label=ticket.label), place.guild, rules))
            return
        archive = place.guild.get_channel(rules.archive_category_id or 0)
        if not isinstance(archive, discord.CategoryChannel):
            raise UserInputError(t("place-archive-gone"))
        if place.category_id != archive.id:
            await place.edit(
                category=archive,
                overwrites=archived_overwrites(place, rules),
                reason=audit_reason(t("discord-reason-archived", label=ticket.label), place.guild, rules),
            )
        await self.hide_close_button(place, ticket)

    async def reopen(self, place: discord.TextChannel, ticket: Ticket, rules: TicketRules) -> None:
        """Move the channel back to a ticket category with room, its members able to write again."""
        await place.edit(
            category=_category_for_one_more(place.guild, rules),
            overwrites=reopened_overwrites(place),
            reason=audit_reason(t("discord-reason-reopened", label=ticket.label), place.guild, rules),
        )

    async def reclaim(
        self, place: discord.TextChannel, rules: TicketRules, claimer: int | None, dropped: int | None
    ) -> None:
        """Rewrite the channel's overwrites in one request."""
        reason = audit_reason(t("discord-reason-claim"), place.guild, rules)
        await place.edit(overwrites=claimed_overwrites(place, rules, claimer, dropped), reason=reason)

    async def move(self, place: discord.TextChannel, ticket: Ticket, old: TicketRules, new: TicketRules) -> None:
        """Rewrite the staff overwrites, and move the channel to the new type's category unless it is in one."""
        overwrites = moved_overwrites(place, old.staff_role_ids, new, ticket.claimed_by)
        reason = audit_reason(t("discord-reason-moved", label=ticket.label), place.guild, new)
        if place.category_id in ticket_category_ids(place.guild, new):
            await place.edit(overwrites=overwrites, reason=reason)
            return
        await place.edit(category=_category_for_one_more(place.guild, new), overwrites=overwrites, reason=reason)

    async def sync(
        self, place: discord.TextChannel, rules: TicketRules, claimer: int | None, members: Collection[int]
    ) -> None:
        """Rewrite the overwrites, and move the channel into the type's categories, in one request if needed.

        The channel is read from Discord first: the cache may not yet hold a change this process just made.
        """
        fresh = await place.guild.fetch_channel(place.id)
        if isinstance(fresh, discord.TextChannel):
            place = fresh
        have = {target.id for target in place.overwrites}
        absent = [m for m in members if m not in have and not await _in_server(place.guild, m)]
        overwrites = synced_overwrites(place, rules, claimer, members, absent)
        inside = place.category_id in ticket_category_ids(place.guild, rules)
        if inside and same_overwrites(overwrites, place.overwrites):
            return
        reason = audit_reason(t("discord-reason-synced"), place.guild, rules)
        if inside:
            await place.edit(overwrites=overwrites, reason=reason)
            return
        await place.edit(category=_category_for_one_more(place.guild, rules), overwrites=overwrites, reason=reason)

"""Saved replies (tags): text staff write once and send into any ticket by name, its details filled in.

A server's tags are its own, unique by name regardless of case, and each may be limited to some ticket
types. Only staff (of the server or of any type) see, make or send them; making, changing and deleting
one is audited. A sent tag is the answer to the staff member's own command, so Discord and the
transcript show who sent it, and it names the tag.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import discord

from core import messages
from core.audit import AuditAction
from core.errors import PermissionDenied, StorageConflict, UserInputError
from core.i18n import Text, render, t
from core.i18n.languages import of_server
from core.models import Tag, TagCount, Ticket, TicketType
from core.rules import names, policy, ticket_types
from core.rules.policy import Actor

if TYPE_CHECKING:
    from core.runtime.services import Services, TicketKey

MAX_TAGS = 200
MAX_NAME = 50
MAX_CONTENT = 1800  # a message holds 2,000 characters: room for the filled-in details and the tag's name
TAG_FIELDS = frozenset({"opener", "number", "type", "claimer", "server"})
SUGGESTIONS = 25  # Discord shows at most 25 autocomplete choices


@dataclass(frozen=True, slots=True)
class Draft:
    """What staff wrote for a tag: its name, text and the names of the types it is for (empty: every type)."""

    name: str
    content: str
    types: str = ""


@dataclass(frozen=True, slots=True)
class SentTag:
    """A tag filled in for one ticket: the message to post, in the ticket's language."""

    tag: Tag
    ticket: Ticket
    text: str


class Tags:
    """A server's saved replies: made, changed, listed and sent by staff."""

    def __init__(self, deps: Services) -> None:
        self._deps = deps

    async def require_staff(self, guild_id: int, actor: Actor) -> list[TicketType]:
        """Refuse anyone who is not staff of the server or of one of its types; return the server's types."""
        settings = self._deps.settings
        config = await settings.require(guild_id)
        types = await settings.types(guild_id)
        if not ticket_types.staff_anywhere(actor, config, types):
            raise PermissionDenied(t("refusal-staff-only", action="tags"))
        return types

    async def create(self, guild_id: int, actor: Actor, draft: Draft) -> Tag:
        """Store a new tag and audit it."""
        types = await self.require_staff(guild_id, actor)
        if len(await self._deps.db.list_tags(guild_id)) >= MAX_TAGS:
            raise UserInputError(t("tag-too-many", most=MAX_TAGS))
        now = self._deps.clock()
        name, content, type_ids = _checked(draft, types)
        try:
            tag = await self._deps.db.create_tag(Tag(0, guild_id, name, content, actor.id, now, now, type_ids=type_ids))
        except StorageConflict:
            # The name is taken: by another tag, or by this one, stored by a try whose answer was lost.
            same = [t for t in await self._deps.db.list_tags(guild_id) if names.key(t.name) == names.key(name)]
            if not same or (same[0].created_by, same[0].created_at, same[0].content) != (actor.id, now, content):
                raise
            tag = same[0]
        await self._audit(guild_id, actor, AuditAction.TAG_CREATED, tag)
        return tag

    async def edit(self, guild_id: int, actor: Actor, tag_id: int, draft: Draft) -> Tag:
        """Replace a tag's name, text and types, and audit it."""
        types = await self.require_staff(guild_id, actor)
        name, content, type_ids = _checked(draft, types)
        tag = next((tag for tag in await self._deps.db.list_tags(guild_id) if tag.id == tag_id), None)
        gone = UserInputError(t("tag-unknown", name=discord.utils.escape_markdown(name)))
        if tag is None:
            raise gone  # deleted meanwhile, perhaps by another staff member
        changed = replace(tag, name=name, content=content, type_ids=type_ids, updated_at=self._deps.clock())
        if not await self._deps.db.update_tag(changed):
            raise gone
        await self._audit(guild_id, actor, AuditAction.TAG_CHANGED, changed)
        return changed

    async def delete(self, guild_id: int, actor: Actor, name: str) -> Tag:
        """Delete a tag by name and audit it."""
        tag = await self.named(guild_id, actor, name)
        if not await self._deps.db.delete_tag(guild_id, tag.id):
            raise UserInputError(t("tag-unknown", name=discord.utils.escape_markdown(tag.name)))
        await self._audit(guild_id, actor, AuditAction.TAG_DELETED, tag)
        return tag

    async def listed(self, guild_id: int, actor: Actor) -> tuple[list[Tag], list[TicketType]]:
        """Return the server's tags, by name, with its types (to name the ones a tag is for)."""
        types = await self.require_staff(guild_id, actor)
        return await self._deps.db.list_tags(guild_id), types

    async def named(self, guild_id: int, actor: Actor, name: str) -> Tag:
        """Return the server's tag of this name, for staff."""
        await self.require_staff(guild_id, actor)
        return _find(await self._deps.db.list_tags(guild_id), name)

    async def suggest(self, guild_id: int, actor: Actor, typed: str, ticket_channel: int | None = None) -> list[Tag]:
        """Return the tags whose name, then whose text, holds what staff typed (in a ticket: those for its type).

        Members who are not staff are offered nothing.
        """
        settings = self._deps.settings
        config = await settings.get(guild_id)
        types = await settings.types(guild_id)
        if config is None or not ticket_types.staff_anywhere(actor, config, types):
            return []
        tags = await self._deps.db.list_tags(guild_id)
        if ticket_channel is not None:
            ticket = await self._deps.db.get_ticket_by_channel(ticket_channel)
            tags = [tag for tag in tags if ticket is None or _fits(tag, ticket)]
        wanted = names.key(typed)  # read as names are stored: composed, one space between words
        by_name = [tag for tag in tags if wanted in names.key(tag.name)]
        by_text = [tag for tag in tags if tag not in by_name and wanted in names.key(tag.content)]
        return (by_name + by_text)[:SUGGESTIONS]

    async def prepare(self, key: TicketKey, actor: Actor, name: str) -> SentTag:
        """Fill a tag in for the open ticket ``key`` names, for its staff; the caller posts it, then calls ``sent``."""
        deps = self._deps
        ticket = policy.require_open(await deps.load(key))
        rules = await deps.settings.for_ticket(ticket)
        policy.require_staff(actor, rules, "tags")
        tag = _find(await deps.db.list_tags(ticket.guild_id), name)
        if not _fits(tag, ticket):
            raise UserInputError(t("tag-not-for-type", name=discord.utils.escape_markdown(tag.name)))
        guild = deps.guild(ticket)
        language = of_server(rules.language, guild)
        ticket_type = ticket_types.find(await deps.settings.types(ticket.guild_id), ticket.type_id)
        type_name = ticket_type.name if ticket_type else render(t("ticket-type-default"), language)
        filled = ticket_types.fill(
            tag.content,
            {
                "opener": messages.user(ticket.opener_id),
                "number": ticket.label,
                "type": type_name,
                "claimer": messages.user(ticket.claimed_by or actor.id),
                "server": guild.name,
            },
        )
        footer = render(t("tag-sent-footer", name=tag.name), language)
        return SentTag(tag, ticket, messages.shorten(filled, 2000 - len(footer) - 1) + "\n" + footer)

    async def sent(self, sent: SentTag) -> None:
        """Count a tag's use once its message is posted."""
        await self._deps.db.count_tag(sent.tag.guild_id, sent.tag.id, TagCount.USES)

    async def _audit(self, guild_id: int, actor: Actor, action: AuditAction, tag: Tag) -> None:
        journal = self._deps.journal
        details = t("audit-detail-tag", name=discord.utils.escape_markdown(tag.name))
        await journal.record(journal.entry(guild_id, actor.id, action, details))


def _checked(draft: Draft, types: Sequence[TicketType]) -> tuple[str, str, tuple[int, ...]]:
    """Return a draft's clean name, its text and its types' ids, or say what to fix."""
    name = names.clean(draft.name)
    if problem := names.problem(name, "tag", MAX_NAME):
        raise UserInputError(t("tag-name-problem", problem=problem))
    content = draft.content.strip()
    if not 1 <= len(content) <= MAX_CONTENT:
        raise UserInputError(t("tag-content-length", most=MAX_CONTENT))
    if unknown := ticket_types.unknown_placeholders(content, TAG_FIELDS):
        raise UserInputError(t("tag-unknown-placeholder", placeholder="{" + unknown[0] + "}"))
    chosen = ticket_types.listed(types, draft.types) if draft.types.strip() else []
    return name, content, tuple(ticket_type.id for ticket_type in chosen)


def _find(tags: Sequence[Tag], name: str) -> Tag:
    found = next((tag for tag in tags if names.key(tag.name) == names.key(name)), None)
    if found is None:
        raise UserInputError(t("tag-unknown", name=discord.utils.escape_markdown(names.clean(name))))
    return found


def _fits(tag: Tag, ticket: Ticket) -> bool:
    """Whether a tag may be sent in a ticket: it is for every type, or for the ticket's."""
    return not tag.type_ids or ticket.type_id in tag.type_ids


def shown_types(tag: Tag, types: Sequence[TicketType]) -> Text | None:
    """Return the names of the types a tag is for, or None when it is for every type."""
    if not tag.type_ids:
        return None
    known = {ticket_type.id: ticket_type.name for ticket_type in types}
    return t("tag-types", names=", ".join(known.get(i, "?") for i in tag.type_ids))

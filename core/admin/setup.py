"""Server administration: /setup, single settings, and panels (all for members with Manage Server)."""

from __future__ import annotations

import logging
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

import discord

from core.admin.changes import settings_changed, type_changed, type_created
from core.admin.panels import Panels
from core.audit import AuditAction
from core.errors import TicketBotError, UserInputError
from core.i18n import t
from core.models import CloseAction, GuildConfig, Question, Ticket, TicketStatus, TicketType
from core.places.permissions import (
    LOG_CHANNEL_NEEDS,
    THREAD_CHANNEL_NEEDS,
    TICKET_CATEGORY_NEEDS,
    check_bot_permissions,
    everyone_can_read,
    role_facts,
)
from core.rules import names, policy, ticket_types
from core.rules.naming import validate_channel_name_template
from core.runtime.services import KeyedLocks, Services, context
from core.runtime.steps import Sync

log = logging.getLogger(__name__)

# The type /setup makes, and the one a first-release server's settings became.
DEFAULT_TYPE = "Support"
# A new type, whose settings a cleared setting goes back to.
NEW_TYPE = TicketType(0, 0, "")


@dataclass(frozen=True, slots=True)
class SetupChoice:
    """What an admin chose in /setup."""

    staff_roles: list[discord.Role]
    category: discord.CategoryChannel
    log_channel: discord.TextChannel
    close_action: CloseAction
    archive_category: discord.CategoryChannel | None
    overflow_category: discord.CategoryChannel | None = None


@dataclass(frozen=True, slots=True)
class SetupResult:
    """The stored settings, and how many open tickets got the new staff roles."""

    config: GuildConfig
    restaffed: int
    failed: int


class Administration:
    """Checks and stores a server's settings, types and blacklist; panels follow their types' changes."""

    def __init__(self, deps: Services, panels: Panels, sync: Sync) -> None:
        self._deps = deps
        self._panels = panels
        self._sync = sync
        # A change reads a server's settings or a type whole and writes them back whole: two admins at
        # once (a command and the dashboard too) take turns, so neither change overwrites the other.
        self._changing: KeyedLocks[int] = KeyedLocks()

    async def setup(self, guild: discord.Guild, actor_id: int, choice: SetupChoice) -> SetupResult:
        """Check the choice (roles, permissions, privacy of the log), store it, and apply new staff roles."""
        deps = self._deps
        if choice.close_action is CloseAction.ARCHIVE and choice.archive_category is None:
            raise UserInputError(t("setup-archive-needs-category"))
        for role in choice.staff_roles:
            problem = policy.staff_role_problem(role_facts(role))
            if problem:
                raise UserInputError(problem)
        if everyone_can_read(choice.log_channel):
            raise UserInputError(t("setup-log-public", channel=choice.log_channel.mention))
        places: list[tuple[Any, discord.Permissions]] = [
            (choice.category, TICKET_CATEGORY_NEEDS),
            (choice.log_channel, LOG_CHANNEL_NEEDS),
        ]
        for extra in (choice.archive_category, choice.overflow_category):
            if extra is not None:
                places.append((extra, TICKET_CATEGORY_NEEDS))
        check_bot_permissions(places)
        async with self._changing(guild.id):
            previous = await deps.settings.get(guild.id)
            old_roles = previous.staff_role_ids if previous else []
            marked = await self._mark_restaff(guild, old_roles, [r.id for r in choice.staff_roles])
            config = await deps.settings.save(
                replace(
                    previous or deps.settings.new(guild.id),
                    staff_role_ids=[r.id for r in choice.staff_roles],
                    ticket_category_id=choice.category.id,
                    log_channel_id=choice.log_channel.id,
                    close_action=choice.close_action,
                    archive_category_id=choice.archive_category.id if choice.archive_category else None,
                    overflow_category_id=choice.overflow_category.id if choice.overflow_category else None,
                )
            )
            if not await deps.settings.types(guild.id):
                await deps.settings.save_type(TicketType(0, guild.id, DEFAULT_TYPE))
        restaffed, failed = await self._restaff(guild, marked)
        staff = ", ".join(r.mention for r in choice.staff_roles)
        archive = choice.archive_category if choice.close_action is CloseAction.ARCHIVE else None
        details = t(
            "audit-detail-setup",
            staff=staff,
            category=choice.category.mention,
            log=choice.log_channel.mention,
            archived=archive is not None,
            archive=archive.mention if archive else "",
        )
        await deps.journal.record(deps.journal.entry(guild.id, actor_id, AuditAction.SETUP, details))
        log.info("guild=%s configured by user=%s", guild.id, actor_id)
        return SetupResult(config, restaffed, failed)

    async def _mark_restaff(
        self, guild: discord.Guild, old_roles: Sequence[int], new_roles: Sequence[int], only_type: int | None = None
    ) -> tuple[list[Ticket], datetime] | None:
        """Before new staff roles are stored, mark the open tickets (of one type, or all) they change."""
        if set(old_roles) == set(new_roles):
            return None
        tickets = [
            t
            for t in await self._deps.db.list_tickets([TicketStatus.OPEN], guild.id)
            if only_type is None or t.type_id == only_type
        ]
        return tickets, await self._sync.mark(tickets)

    async def _restaff(self, guild: discord.Guild, marked: tuple[list[Ticket], datetime] | None) -> tuple[int, int]:
        """Bring the marked tickets' access to their new staff roles; one Discord refuses is left to recovery."""
        if marked is None:
            return 0, 0
        tickets, mark = marked
        done = failed = 0
        for ticket in tickets:
            if self._deps.places.locate(guild, ticket) is None:
                continue
            try:
                await self._sync.bring(ticket, mark)
                done += 1
            except (discord.HTTPException, TicketBotError) as error:
                failed += 1
                log.warning("%s: staff roles not updated: %s", context(ticket), error)
        return done, failed

    async def change(self, guild: discord.Guild, actor_id: int, **changes: Any) -> GuildConfig:
        """Change single settings (limits, naming, welcome, claims, auto-close…), audited before → after."""
        async with self._changing(guild.id):
            return await self._change(guild, actor_id, **changes)

    async def _change(self, guild: discord.Guild, actor_id: int, **changes: Any) -> GuildConfig:
        deps = self._deps
        config = await deps.settings.require(guild.id)
        if "channel_name_template" in changes:
            validate_channel_name_template(changes["channel_name_template"])
        if "welcome_message" in changes:
            ticket_types.validate_welcome(changes["welcome_message"])
        if "max_open_tickets" in changes and (problem := policy.limit_problem(changes["max_open_tickets"])):
            raise UserInputError(problem)
        changed = replace(config, **changes)
        for ticket_type in await deps.settings.types(guild.id):
            ticket_types.validate_auto_close(ticket_types.effective(changed, ticket_type))
        ticket_types.validate_auto_close(ticket_types.effective(changed, None))
        described = settings_changed(config, changes)
        config = await deps.settings.save(changed)
        await deps.journal.record(deps.journal.entry(guild.id, actor_id, AuditAction.SETTINGS_CHANGED, described))
        return config

    # The blacklist

    async def block(self, guild: discord.Guild, actor_id: int, target: discord.Member | discord.Role) -> GuildConfig:
        """Stop a member, or everyone with a role, from opening tickets; staff are never blocked."""
        deps = self._deps
        if isinstance(target, discord.Role) and target.is_default():
            raise UserInputError(t("blacklist-everyone"))
        async with self._changing(guild.id):
            config = await deps.settings.require(guild.id)
            if target.id in config.blocked_ids:
                raise UserInputError(t("blacklist-already", target=target.mention))
            config = await deps.settings.save(replace(config, blocked_ids=[*config.blocked_ids, target.id]))
        await deps.journal.record(
            deps.journal.entry(
                guild.id, actor_id, AuditAction.BLACKLIST_ADDED, t("audit-detail-blocked", target=target.mention)
            )
        )
        return config

    async def unblock(self, guild: discord.Guild, actor_id: int, target_id: int, mention: str) -> GuildConfig:
        """Let a blacklisted member or role open tickets again."""
        deps = self._deps
        async with self._changing(guild.id):
            config = await deps.settings.require(guild.id)
            if target_id not in config.blocked_ids:
                raise UserInputError(t("blacklist-not-on", target=mention))
            config = await deps.settings.save(
                replace(config, blocked_ids=[i for i in config.blocked_ids if i != target_id])
            )
        await deps.journal.record(
            deps.journal.entry(
                guild.id, actor_id, AuditAction.BLACKLIST_REMOVED, t("audit-detail-unblocked", target=mention)
            )
        )
        return config

    # Ticket types

    async def save_type(
        self,
        guild: discord.Guild,
        actor_id: int,
        existing: str | None,
        roles: Sequence[discord.Role] = (),
        cleared: Collection[str] = (),
        **changes: Any,
    ) -> TicketType:
        """Create a type (``existing`` None) or change the one so named; a change of None leaves a field as it is.

        An empty ``hours`` and a target of 0 remove them; so does naming a field in ``cleared`` (the
        dashboard's way to give a setting back to the server's), which sets it to a new type's default.

        ``changes`` are ``TicketType`` fields (``core.admin.type_options`` maps the commands' options onto
        them). New staff and ping roles are checked on Discord's side first, as ``roles`` (the roles the
        command named, as it resolved them) has them: the server's cache may not know a new role yet.
        """
        async with self._changing(guild.id):
            return await self._save_type(guild, actor_id, existing, changes, roles, cleared)

    async def _save_type(
        self,
        guild: discord.Guild,
        actor_id: int,
        existing: str | None,
        changes: dict[str, Any],
        roles: Sequence[discord.Role] = (),
        cleared: Collection[str] = (),
    ) -> TicketType:
        deps = self._deps
        await deps.settings.require(guild.id)
        known = await deps.settings.types(guild.id)
        before = ticket_types.named(known, existing) if existing is not None else TicketType(0, guild.id, "")
        if changes.get("name") is not None:
            changes["name"] = names.clean(changes["name"])
        after = replace(before, **{k: v for k, v in changes.items() if v is not None})
        after = replace(after, **{k: getattr(NEW_TYPE, k) for k in cleared})
        if after.hours == "":
            after = replace(after, hours=None)
        if after.response_target_minutes == 0:
            after = replace(after, response_target_minutes=None)
        if after.resolution_target_minutes == 0:
            after = replace(after, resolution_target_minutes=None)
        ticket_types.validate(after, [t for t in known if t.id != after.id])
        ticket_types.validate_auto_close(ticket_types.effective(await deps.settings.require(guild.id), after))
        named = {role.id: role for role in roles}
        staff = [named.get(i) or guild.get_role(i) for i in changes.get("staff_role_ids") or ()]
        ping = [named.get(i) or guild.get_role(i) for i in changes.get("ping_role_ids") or ()]
        self._check_discord_side(guild, after, staff, ping)
        server = await deps.settings.require(guild.id)
        marked = None
        if existing is not None:
            old_staff, new_staff = (ticket_types.effective(server, t).staff_role_ids for t in (before, after))
            marked = await self._mark_restaff(guild, old_staff, new_staff, before.id)
        stored = await deps.settings.save_type(after)
        if existing is None:
            await deps.journal.record(
                deps.journal.entry(guild.id, actor_id, AuditAction.TYPE_CREATED, type_created(stored))
            )
            return stored
        await self._restaff(guild, marked)
        await deps.journal.record(
            deps.journal.entry(guild.id, actor_id, AuditAction.TYPE_CHANGED, type_changed(before, stored))
        )
        await self._panels.refresh(guild, stored.id)
        return stored

    async def delete_type(self, guild: discord.Guild, actor_id: int, name: str) -> TicketType:
        """Delete a type that has no open tickets; panels offering it stop offering it."""
        deps = self._deps
        async with self._changing(guild.id):
            ticket_type = ticket_types.named(await deps.settings.types(guild.id), name)
            active = [t for t in await deps.db.list_tickets(policy.ACTIVE, guild.id) if t.type_id == ticket_type.id]
            if active:
                labels = ", ".join(ticket.label for ticket in active[:5])
                raise UserInputError(t("type-delete-open", count=len(active), type=ticket_type.name, labels=labels))
            await deps.settings.delete_type(ticket_type)
        await deps.journal.record(
            deps.journal.entry(
                guild.id, actor_id, AuditAction.TYPE_DELETED, t("audit-detail-type-deleted", type=ticket_type.name)
            )
        )
        await self._panels.refresh(guild, ticket_type.id)
        return ticket_type

    async def add_question(self, guild: discord.Guild, actor_id: int, name: str, question: Question) -> TicketType:
        """Append a question to a type's form."""
        async with self._changing(guild.id):
            current = ticket_types.named(await self._deps.settings.types(guild.id), name)
            return await self._save_type(guild, actor_id, name, {"questions": (*current.questions, question)})

    async def remove_question(self, guild: discord.Guild, actor_id: int, name: str, number: int) -> TicketType:
        """Remove question ``number`` (from 1) from a type's form."""
        async with self._changing(guild.id):
            current = ticket_types.named(await self._deps.settings.types(guild.id), name)
            kept = tuple(q for i, q in enumerate(current.questions, start=1) if i != number)
            return await self._save_type(guild, actor_id, name, {"questions": kept})

    def _check_discord_side(
        self,
        guild: discord.Guild,
        ticket_type: TicketType,
        staff_roles: Sequence[discord.Role | None],
        ping_roles: Sequence[discord.Role | None],
    ) -> None:
        if None in staff_roles or None in ping_roles:
            raise UserInputError(t("setup-role-gone"))
        for role in filter(None, staff_roles):
            problem = policy.staff_role_problem(role_facts(role))
            if problem:
                raise UserInputError(problem)
        for role in filter(None, ping_roles):
            if not role.mentionable and not guild.me.guild_permissions.mention_everyone:
                raise UserInputError(t("setup-ping-role-unmentionable", role=role.mention))
        for category_id in (ticket_type.category_id, ticket_type.overflow_category_id):
            if category_id is None:
                continue
            category = guild.get_channel(category_id)
            if not isinstance(category, discord.CategoryChannel):
                raise UserInputError(t("setup-category-gone"))
            check_bot_permissions([(category, TICKET_CATEGORY_NEEDS)])
        if ticket_type.thread_channel_id is not None:
            channel = guild.get_channel(ticket_type.thread_channel_id)
            if not isinstance(channel, discord.TextChannel):
                raise UserInputError(t("setup-thread-channel-not-text"))
            check_bot_permissions([(channel, THREAD_CHANNEL_NEEDS)])

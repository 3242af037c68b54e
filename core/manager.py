"""The TicketManager: every ticket rule and the Discord and database work behind each action."""

from __future__ import annotations

import asyncio
import logging
import weakref
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import TYPE_CHECKING, Any

import discord

from core import embeds
from core.errors import (
    BotMissingPermissions,
    DiscordOperationFailed,
    NotConfigured,
    PermissionDenied,
    UserInputError,
)
from core.models import (
    AuditEntry,
    CloseAction,
    GuildConfig,
    Panel,
    Participant,
    ParticipantRole,
    Ticket,
    TicketStatus,
    utcnow,
)
from core.naming import ticket_channel_name, validate_channel_name_template
from core.permissions import (
    LOG_CHANNEL_NEEDS,
    MEMBER_ACCESS,
    TICKET_CATEGORY_NEEDS,
    archived_overwrites,
    check_bot_permissions,
    ticket_overwrites,
)
from core.transcripts import collect_messages, render_transcript, transcript_files
from core.views import close_view, panel_view

if TYPE_CHECKING:
    from config.settings import TicketDefaults
    from database.base import DatabaseAdapter

log = logging.getLogger(__name__)

PENDING_GRACE = timedelta(minutes=10)
WELCOME_MENTIONS = discord.AllowedMentions(everyone=False, roles=False, users=True)


@dataclass(frozen=True, slots=True)
class OpenedTicket:
    ticket: Ticket
    channel: discord.TextChannel


@dataclass(frozen=True, slots=True)
class ClosedTicket:
    ticket: Ticket
    channel: discord.TextChannel
    config: GuildConfig
    dm_delivered: bool
    log_message: discord.Message


def ticket_context(ticket: Ticket) -> str:
    """Return the ids every log line about a ticket carries."""
    return f"guild={ticket.guild_id} ticket={ticket.id} number={ticket.number} user={ticket.opener_id}"


def discord_failure(error: discord.HTTPException, action: str) -> Exception:
    """Translate a Discord error into a message the user can act on."""
    text = str(error.text)
    if isinstance(error, discord.Forbidden):
        return BotMissingPermissions(f"Discord refused to let me {action}: I am missing a permission there.")
    if "CHANNEL_PARENT_MAX_CHANNELS" in text or "Maximum number of channels in category" in text:
        return UserInputError(
            "The ticket category is full (Discord allows 50 channels per category). "
            "Close some tickets, or ask an admin to choose another category with `/setup`."
        )
    if error.code == 30013:
        return UserInputError(
            "This server has reached Discord's limit of 500 channels, so no ticket channel can be made."
        )
    return DiscordOperationFailed(
        f"Discord failed to {action} ({error.status}). Nothing was changed; please try again."
    )


class TicketManager:
    """Opens, changes and closes tickets; cogs and buttons call it and only reply."""

    def __init__(self, bot: discord.Client, db: DatabaseAdapter, defaults: TicketDefaults) -> None:
        self.bot = bot
        self.db = db
        self.defaults = defaults
        self._close_locks: weakref.WeakValueDictionary[int, asyncio.Lock] = weakref.WeakValueDictionary()

    # Settings

    async def config_for(self, guild_id: int) -> GuildConfig:
        config = await self.db.get_guild_config(guild_id)
        if config is None or config.ticket_category_id is None:
            raise NotConfigured()
        return config

    def is_staff(self, member: discord.Member, config: GuildConfig) -> bool:
        """Staff are members with a staff role, and anyone who can manage the server."""
        return member.guild_permissions.manage_guild or any(r.id in config.staff_role_ids for r in member.roles)

    async def setup_guild(
        self,
        guild: discord.Guild,
        actor: discord.Member,
        *,
        staff_roles: list[discord.Role],
        category: discord.CategoryChannel,
        log_channel: discord.TextChannel,
        close_action: CloseAction,
        archive_category: discord.CategoryChannel | None,
    ) -> GuildConfig:
        """Check the bot's permissions where it will work, then store the server's settings."""
        if close_action is CloseAction.ARCHIVE and archive_category is None:
            raise UserInputError("Archiving needs an archive category: pass `archive_category` too.")
        places: list[tuple[Any, discord.Permissions]] = [
            (category, TICKET_CATEGORY_NEEDS),
            (log_channel, LOG_CHANNEL_NEEDS),
        ]
        if archive_category is not None:
            places.append((archive_category, TICKET_CATEGORY_NEEDS))
        check_bot_permissions(places)
        previous = await self.db.get_guild_config(guild.id)
        base = previous or GuildConfig(
            guild_id=guild.id,
            max_open_tickets=self.defaults.max_open_tickets,
            channel_name_template=self.defaults.channel_name_template,
            welcome_message=self.defaults.welcome_message,
        )
        config = replace(
            base,
            staff_role_ids=[r.id for r in staff_roles],
            ticket_category_id=category.id,
            log_channel_id=log_channel.id,
            close_action=close_action,
            archive_category_id=archive_category.id if archive_category else None,
            updated_at=utcnow(),
        )
        await self.db.save_guild_config(config)
        await self.audit(
            config,
            actor.id,
            "setup",
            f"Staff: {', '.join(r.mention for r in staff_roles)}; tickets in {category.mention}; "
            f"log in {log_channel.mention}; on close: {close_action.value}",
        )
        log.info("guild=%s configured by user=%s", guild.id, actor.id)
        return config

    async def update_config(self, guild: discord.Guild, actor: discord.Member, **changes: Any) -> GuildConfig:
        """Change single settings (max_open_tickets, channel_name_template, welcome_message)."""
        config = await self.config_for(guild.id)
        if "channel_name_template" in changes:
            validate_channel_name_template(changes["channel_name_template"])
        if not 1 <= changes.get("max_open_tickets", 1) <= 25:
            raise UserInputError("The limit must be between 1 and 25 open tickets per member.")
        described = "; ".join(f"{key}: {getattr(config, key)!r} → {value!r}" for key, value in changes.items())
        config = replace(config, **changes, updated_at=utcnow())
        await self.db.save_guild_config(config)
        await self.audit(config, actor.id, "settings_changed", described)
        return config

    # Panels

    async def send_panel(
        self,
        channel: discord.TextChannel,
        actor: discord.Member,
        *,
        title: str,
        description: str,
        button_label: str,
    ) -> Panel:
        """Store a panel, then post it with a Create Ticket button that carries the panel's id."""
        config = await self.config_for(channel.guild.id)
        check_bot_permissions([(channel, LOG_CHANNEL_NEEDS)])
        panel = await self.db.create_panel(
            guild_id=channel.guild.id,
            channel_id=channel.id,
            title=title,
            description=description,
            button_label=button_label,
            created_by=actor.id,
            created_at=utcnow(),
        )
        try:
            message = await channel.send(
                embed=embeds.panel(panel), view=panel_view(panel), allowed_mentions=discord.AllowedMentions.none()
            )
        except discord.HTTPException as error:
            await self.db.delete_panel(panel.id)
            raise discord_failure(error, f"post the panel in {channel.mention}") from error
        await self.db.set_panel_message(panel.id, message.id)
        await self.audit(config, actor.id, "panel_sent", f"Panel {panel.id} posted in {channel.mention}")
        return replace(panel, message_id=message.id)

    # Opening

    async def open_ticket(self, guild: discord.Guild, opener: discord.Member, reason: str | None) -> OpenedTicket:
        """Reserve a number, make the private channel and greet the opener; undo everything on failure."""
        config = await self.config_for(guild.id)
        category = guild.get_channel(config.ticket_category_id or 0)
        if not isinstance(category, discord.CategoryChannel):
            raise UserInputError("The ticket category no longer exists. An admin needs to run `/setup` again.")
        ticket = await self.db.reserve_ticket(
            guild_id=guild.id,
            opener_id=opener.id,
            reason=reason,
            max_open=config.max_open_tickets,
            opened_at=utcnow(),
        )
        name = ticket_channel_name(config.channel_name_template, number=ticket.number, username=opener.name)
        try:
            channel = await guild.create_text_channel(
                name,
                category=category,
                overwrites=ticket_overwrites(guild, config, opener),
                topic=f"Ticket #{ticket.number:04d} opened by {opener} ({opener.id})",
                reason=f"Ticket #{ticket.number:04d} opened by {opener.id}",
            )
        except discord.HTTPException as error:
            await self.db.discard_ticket(ticket.id)
            log.warning("%s: channel creation failed: %s", ticket_context(ticket), error)
            raise discord_failure(error, "create the ticket channel") from error
        try:
            await channel.send(
                content=opener.mention,
                embed=embeds.welcome(ticket, opener, config.welcome_message),
                view=close_view(ticket),
                allowed_mentions=WELCOME_MENTIONS,
            )
            ticket = await self.db.activate_ticket(ticket.id, channel.id)
        except BaseException as error:
            await self._undo_open(ticket, channel)
            if isinstance(error, discord.HTTPException):
                raise discord_failure(error, "greet you in the ticket channel") from error
            raise
        log.info("%s: opened in channel=%s", ticket_context(ticket), channel.id)
        await self.audit(
            config, opener.id, "ticket_opened", f"Ticket #{ticket.number:04d} opened in {channel.mention}", ticket
        )
        return OpenedTicket(ticket, channel)

    async def _undo_open(self, ticket: Ticket, channel: discord.TextChannel) -> None:
        try:
            await channel.delete(reason=f"Ticket #{ticket.number:04d} could not be opened")
        except discord.HTTPException as error:
            log.error("%s: could not remove half-made channel=%s: %s", ticket_context(ticket), channel.id, error)
        await self.db.discard_ticket(ticket.id)

    # Working in a ticket

    async def ticket_for_channel(self, channel: discord.abc.GuildChannel) -> Ticket:
        ticket = await self.db.get_ticket_by_channel(channel.id)
        if ticket is None or not ticket.status.is_active:
            raise UserInputError("This channel is not an open ticket.")
        return ticket

    async def add_member(self, channel: discord.TextChannel, actor: discord.Member, member: discord.Member) -> Ticket:
        ticket = await self.ticket_for_channel(channel)
        config = await self.config_for(channel.guild.id)
        self._require_staff(actor, config, "add members to tickets")
        if member.bot:
            raise UserInputError("Bots cannot be added to tickets.")
        role = ParticipantRole.STAFF if self.is_staff(member, config) else ParticipantRole.PARTICIPANT
        if not await self.db.add_participant(Participant(ticket.id, member.id, role, utcnow())):
            raise UserInputError(f"{member.mention} is already in this ticket.")
        try:
            await channel.set_permissions(member, overwrite=MEMBER_ACCESS, reason=f"Added by {actor.id}")
        except discord.HTTPException as error:
            await self.db.remove_participant(ticket.id, member.id)
            raise discord_failure(error, f"give {member.mention} access to this channel") from error
        await self.audit(
            config, actor.id, "member_added", f"{member.mention} added to ticket #{ticket.number:04d}", ticket
        )
        return ticket

    async def remove_member(
        self, channel: discord.TextChannel, actor: discord.Member, member: discord.Member
    ) -> Ticket:
        ticket = await self.ticket_for_channel(channel)
        config = await self.config_for(channel.guild.id)
        self._require_staff(actor, config, "remove members from tickets")
        if member.id == ticket.opener_id:
            raise UserInputError("The member who opened the ticket cannot be removed. Close the ticket instead.")
        participants = {p.user_id for p in await self.db.list_participants(ticket.id)}
        if member.id not in participants:
            raise UserInputError(f"{member.mention} is not in this ticket.")
        try:
            await channel.set_permissions(member, overwrite=None, reason=f"Removed by {actor.id}")
        except discord.HTTPException as error:
            raise discord_failure(error, f"remove {member.mention} from this channel") from error
        await self.db.remove_participant(ticket.id, member.id)
        await self.audit(
            config, actor.id, "member_removed", f"{member.mention} removed from ticket #{ticket.number:04d}", ticket
        )
        return ticket

    def _require_staff(self, actor: discord.Member, config: GuildConfig, action: str) -> None:
        if not self.is_staff(actor, config):
            raise PermissionDenied(f"Only staff can {action}.")

    # Closing

    async def check_can_close(self, channel: discord.TextChannel, closer: discord.Member) -> Ticket:
        """Return the channel's ticket if ``closer`` (its opener or staff) may close it."""
        ticket = await self.ticket_for_channel(channel)
        self._require_closer(ticket, await self.config_for(channel.guild.id), closer)
        return ticket

    def _require_closer(self, ticket: Ticket, config: GuildConfig, closer: discord.Member) -> None:
        if closer.id != ticket.opener_id and not self.is_staff(closer, config):
            raise PermissionDenied("Only the member who opened this ticket, or staff, can close it.")

    async def close_ticket(
        self, channel: discord.TextChannel, closer: discord.Member, reason: str | None
    ) -> ClosedTicket | None:
        """Save and post the transcript, mark the ticket closed and tell the opener.

        Returns None when the ticket was closed meanwhile. The channel is left for ``retire_channel``
        so the caller can answer in it first. If the transcript cannot be posted or stored, the
        ticket stays open and the error says why.
        """
        lock = self._close_locks.setdefault(channel.id, asyncio.Lock())
        async with lock:
            ticket = await self.db.get_ticket_by_channel(channel.id)
            if ticket is None:
                raise UserInputError("This channel is not an open ticket.")
            if not ticket.status.is_active:
                return None
            config = await self.config_for(channel.guild.id)
            self._require_closer(ticket, config, closer)
            log_channel = channel.guild.get_channel(config.log_channel_id or 0)
            if not isinstance(log_channel, discord.TextChannel):
                raise UserInputError(
                    "The log channel no longer exists, so the transcript cannot be saved. The ticket stays open; "
                    "an admin needs to run `/setup` again."
                )
            try:
                messages = await collect_messages(channel)
            except discord.HTTPException as error:
                raise discord_failure(error, "read this channel's messages; the ticket stays open") from error
            transcript = render_transcript(ticket, channel.guild.name, messages)
            status = TicketStatus.ARCHIVED if config.close_action is CloseAction.ARCHIVE else TicketStatus.CLOSED
            closed = replace(ticket, status=status, closed_at=utcnow(), closed_by=closer.id, close_reason=reason)
            participants = [p.user_id for p in await self.db.list_participants(ticket.id)]
            summary = embeds.close_summary(closed, transcript, participants, channel.guild.name)
            files = transcript_files(closed, transcript, channel.guild.filesize_limit)
            try:
                log_message = await log_channel.send(
                    embed=summary,
                    files=files,
                    allowed_mentions=discord.AllowedMentions.none(),
                )
            except discord.HTTPException as error:
                log.warning("%s: transcript could not be posted: %s", ticket_context(ticket), error)
                raise discord_failure(
                    error, f"post the transcript in {log_channel.mention}; the ticket stays open"
                ) from error
            stored = await self.db.close_ticket(
                ticket.id,
                status=status,
                closed_by=closer.id,
                reason=reason,
                closed_at=closed.closed_at or utcnow(),
                transcript=transcript,
            )
            if not stored:
                return None
            log.info("%s: closed by user=%s (%d messages)", ticket_context(ticket), closer.id, transcript.message_count)
            await self.audit(
                config,
                closer.id,
                "ticket_closed",
                f"Ticket #{ticket.number:04d} closed: {reason or 'no reason given'}",
                ticket,
                post=False,
            )
            delivered = await self._dm_opener(
                closed, summary, transcript_files(closed, transcript, channel.guild.filesize_limit)[:1]
            )
            return ClosedTicket(closed, channel, config, delivered, log_message)

    async def _dm_opener(self, ticket: Ticket, summary: discord.Embed, files: list[discord.File]) -> bool:
        try:
            user = self.bot.get_user(ticket.opener_id) or await self.bot.fetch_user(ticket.opener_id)
            await user.send(embed=summary, files=files)
        except discord.HTTPException as error:
            log.info("%s: opener not reachable by DM (%s)", ticket_context(ticket), error.code)
            return False
        return True

    async def retire_channel(self, closed: ClosedTicket, actor_id: int) -> None:
        """Delete the closed ticket's channel, or move it to the archive category read-only."""
        channel, config, ticket = closed.channel, closed.config, closed.ticket
        try:
            if ticket.status is TicketStatus.ARCHIVED:
                archive = channel.guild.get_channel(config.archive_category_id or 0)
                if not isinstance(archive, discord.CategoryChannel):
                    raise UserInputError("The archive category no longer exists; the channel was left in place.")
                await channel.edit(
                    category=archive,
                    overwrites=archived_overwrites(channel, config),
                    reason=f"Ticket #{ticket.number:04d} archived",
                )
                await self.audit(config, actor_id, "ticket_archived", f"Ticket #{ticket.number:04d} archived", ticket)
            else:
                await channel.delete(reason=f"Ticket #{ticket.number:04d} closed")
        except discord.HTTPException as error:
            log.warning("%s: channel could not be retired: %s", ticket_context(ticket), error)
            raise discord_failure(error, "remove the closed ticket's channel; the transcript is saved") from error

    # Reconciliation

    async def on_channel_deleted(self, channel_id: int) -> None:
        """Close the ticket whose channel someone deleted by hand."""
        ticket = await self.db.get_ticket_by_channel(channel_id)
        if ticket is None or not ticket.status.is_active:
            return
        await self._close_orphan(ticket, "Channel deleted outside the bot")

    async def reconcile(self, guilds: list[discord.Guild]) -> None:
        """At start-up, close open tickets whose channels are gone and drop stale reservations."""
        now = utcnow()
        for guild in guilds:
            for ticket in await self.db.list_active_tickets(guild.id):
                if ticket.status is TicketStatus.PENDING:
                    if now - ticket.opened_at > PENDING_GRACE:
                        await self.db.discard_ticket(ticket.id)
                        log.warning("%s: dropped a reservation left by a crash", ticket_context(ticket))
                elif ticket.channel_id is None or guild.get_channel(ticket.channel_id) is None:
                    await self._close_orphan(ticket, "Channel missing at start-up")

    async def _close_orphan(self, ticket: Ticket, reason: str) -> None:
        bot_id = self.bot.user.id if self.bot.user else 0
        closed = await self.db.close_ticket(
            ticket.id, status=TicketStatus.CLOSED, closed_by=bot_id, reason=reason, closed_at=utcnow(), transcript=None
        )
        if closed:
            log.info("%s: closed (%s)", ticket_context(ticket), reason)
            config = await self.db.get_guild_config(ticket.guild_id)
            if config is not None:
                await self.audit(
                    config, bot_id, "ticket_closed", f"Ticket #{ticket.number:04d} closed: {reason}", ticket
                )

    # Audit

    async def audit(
        self,
        config: GuildConfig,
        actor_id: int,
        action: str,
        details: str,
        ticket: Ticket | None = None,
        *,
        post: bool = True,
    ) -> None:
        """Store an audit entry and post it to the server's log channel."""
        entry = await self.db.add_audit_entry(
            AuditEntry(None, config.guild_id, ticket.id if ticket else None, actor_id, action, details, utcnow())
        )
        if not post:
            return
        channel = self.bot.get_channel(config.log_channel_id or 0)
        if not isinstance(channel, discord.TextChannel):
            return
        try:
            await channel.send(embed=embeds.audit(entry), allowed_mentions=discord.AllowedMentions.none())
        except discord.HTTPException as error:
            log.warning("guild=%s: audit entry %s not posted: %s", config.guild_id, entry.id, error)

    # Status

    async def count_open(self, guild_id: int) -> int:
        return await self.db.count_open_tickets(guild_id)

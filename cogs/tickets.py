"""/ticket open, close, add and remove; the routing of buttons and modals; deleted ticket channels."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from cogs.labels import label_names
from cogs.types import type_names
from core.i18n.commands import choices, command_text
from core.models import TicketPriority
from core.rules import ticket_types
from core.rules.policy import actor
from core.staff.notes import MAX_NOTE
from core.ui import actions, staff
from core.ui.context import channel_ticket
from core.ui.items import DYNAMIC_ITEMS
from core.ui.modals import close_by_command, route_submission

if TYPE_CHECKING:
    from bot import TicketBot


class Tickets(commands.Cog):
    """Commands members and staff use on tickets."""

    ticket = app_commands.Group(
        name=command_text("cmd-ticket"), description=command_text("cmd-ticket.description"), guild_only=True
    )

    label = app_commands.Group(
        name=command_text("cmd-ticket-label"), description=command_text("cmd-ticket-label.description"), parent=ticket
    )

    def __init__(self, bot: TicketBot) -> None:
        self.bot = bot
        # Context menus cannot be declared inside a cog; this one is added to the tree with it.
        self.open_about = app_commands.ContextMenu(
            name=command_text("menu-open-ticket-about"), callback=self._open_about
        )
        self.open_about.guild_only = True
        bot.tree.add_command(self.open_about)

    async def cog_unload(self) -> None:
        """Take the context menu out of the tree with the cog."""
        self.bot.tree.remove_command(self.open_about.name, type=self.open_about.type)

    async def _open_about(self, interaction: discord.Interaction[TicketBot], message: discord.Message) -> None:
        """Open a ticket for a message's author about that message (staff)."""
        await staff.open_about(interaction, message)

    @ticket.command(name=command_text("cmd-ticket-open"), description=command_text("cmd-ticket-open.description"))
    @app_commands.rename(type=command_text("cmd-ticket-open-type"), reason=command_text("cmd-ticket-open-reason"))
    @app_commands.describe(
        type=command_text("cmd-ticket-open-type.description"), reason=command_text("cmd-ticket-open-reason.description")
    )
    async def open(
        self,
        interaction: discord.Interaction[TicketBot],
        type: str | None = None,
        reason: app_commands.Range[str, 1, 500] | None = None,
    ) -> None:
        """Open a ticket, of a type when one is named (asking its form first)."""
        await actions.start_open(interaction, type, reason)

    @open.autocomplete("type")
    async def open_type(
        self, interaction: discord.Interaction[TicketBot], current: str
    ) -> list[app_commands.Choice[str]]:
        """Suggest the types this member may open."""
        member = interaction.user
        if interaction.guild_id is None or not isinstance(member, discord.Member):
            return []
        settings = self.bot.guild_settings
        config = await settings.get(interaction.guild_id)
        if config is None:
            return []
        typed = current.casefold()
        types = ticket_types.openable(
            await settings.types(interaction.guild_id), config, actor(member), self.bot.clock()
        )
        return [app_commands.Choice(name=t.name, value=t.name) for t in types if typed in t.name.casefold()][:25]

    @ticket.command(
        name=command_text("cmd-ticket-open-for"), description=command_text("cmd-ticket-open-for.description")
    )
    @app_commands.rename(
        member=command_text("cmd-ticket-open-for-member"),
        type=command_text("cmd-ticket-open-for-type"),
        reason=command_text("cmd-ticket-open-for-reason"),
    )
    @app_commands.describe(
        member=command_text("cmd-ticket-open-for-member.description"),
        type=command_text("cmd-ticket-open-for-type.description"),
        reason=command_text("cmd-ticket-open-for-reason.description"),
    )
    @app_commands.autocomplete(type=type_names)
    async def open_for(
        self,
        interaction: discord.Interaction[TicketBot],
        member: discord.Member,
        type: str | None = None,
        reason: app_commands.Range[str, 1, 500] | None = None,
    ) -> None:
        """Open a ticket for a member (staff), as if they had asked: their limits, blacklist and hours apply."""
        await staff.open_for(interaction, member, type, reason)

    @ticket.command(name=command_text("cmd-ticket-close"), description=command_text("cmd-ticket-close.description"))
    @app_commands.rename(reason=command_text("cmd-ticket-close-reason"))
    @app_commands.describe(reason=command_text("cmd-ticket-close-reason.description"))
    async def close(
        self, interaction: discord.Interaction[TicketBot], reason: app_commands.Range[str, 1, 500] | None = None
    ) -> None:
        """Close the ticket this command is used in."""
        await close_by_command(interaction, channel_ticket(interaction), reason)

    @ticket.command(name=command_text("cmd-ticket-add"), description=command_text("cmd-ticket-add.description"))
    @app_commands.rename(member=command_text("cmd-ticket-add-member"))
    @app_commands.describe(member=command_text("cmd-ticket-add-member.description"))
    async def add(self, interaction: discord.Interaction[TicketBot], member: discord.Member) -> None:
        """Add a member to the ticket this command is used in."""
        await actions.add_member(interaction, channel_ticket(interaction), member)

    @ticket.command(name=command_text("cmd-ticket-remove"), description=command_text("cmd-ticket-remove.description"))
    @app_commands.rename(member=command_text("cmd-ticket-remove-member"))
    @app_commands.describe(member=command_text("cmd-ticket-remove-member.description"))
    async def remove(self, interaction: discord.Interaction[TicketBot], member: discord.Member | discord.User) -> None:
        """Remove a member from the ticket this command is used in (someone who left the server too)."""
        await actions.remove_member(interaction, channel_ticket(interaction), member)

    @ticket.command(
        name=command_text("cmd-ticket-close-request"), description=command_text("cmd-ticket-close-request.description")
    )
    @app_commands.rename(
        reason=command_text("cmd-ticket-close-request-reason"), hours=command_text("cmd-ticket-close-request-hours")
    )
    @app_commands.describe(
        reason=command_text("cmd-ticket-close-request-reason.description"),
        hours=command_text("cmd-ticket-close-request-hours.description"),
    )
    async def close_request(
        self,
        interaction: discord.Interaction[TicketBot],
        reason: app_commands.Range[str, 1, 500] | None = None,
        hours: app_commands.Range[float, 0.01, 720.0] | None = None,
    ) -> None:
        """Ask the opener of the ticket this command is used in."""
        delay = timedelta(hours=hours) if hours is not None else None
        await actions.request_close(interaction, channel_ticket(interaction), reason, delay)

    @ticket.command(name=command_text("cmd-ticket-reopen"), description=command_text("cmd-ticket-reopen.description"))
    async def reopen(self, interaction: discord.Interaction[TicketBot]) -> None:
        """Reopen the archived ticket this command is used in."""
        await actions.reopen_ticket(interaction, channel_ticket(interaction))

    @ticket.command(name=command_text("cmd-ticket-rename"), description=command_text("cmd-ticket-rename.description"))
    @app_commands.rename(name=command_text("cmd-ticket-rename-name"))
    @app_commands.describe(name=command_text("cmd-ticket-rename-name.description"))
    async def rename(self, interaction: discord.Interaction[TicketBot], name: app_commands.Range[str, 1, 100]) -> None:
        """Rename the ticket this command is used in."""
        await actions.rename_ticket(interaction, channel_ticket(interaction), name)

    @ticket.command(name=command_text("cmd-ticket-move"), description=command_text("cmd-ticket-move.description"))
    @app_commands.rename(type=command_text("cmd-ticket-move-type"))
    @app_commands.describe(type=command_text("cmd-ticket-move-type.description"))
    @app_commands.autocomplete(type=type_names)
    async def move(self, interaction: discord.Interaction[TicketBot], type: str) -> None:
        """Move the ticket this command is used in to another type."""
        await actions.move_ticket(interaction, channel_ticket(interaction), type)

    @ticket.command(name=command_text("cmd-ticket-claim"), description=command_text("cmd-ticket-claim.description"))
    async def claim(self, interaction: discord.Interaction[TicketBot]) -> None:
        """Claim the ticket this command is used in."""
        await actions.claim_ticket(interaction, channel_ticket(interaction))

    @ticket.command(name=command_text("cmd-ticket-unclaim"), description=command_text("cmd-ticket-unclaim.description"))
    async def unclaim(self, interaction: discord.Interaction[TicketBot]) -> None:
        """Unclaim the ticket this command is used in."""
        await actions.unclaim_ticket(interaction, channel_ticket(interaction))

    @ticket.command(
        name=command_text("cmd-ticket-transfer"), description=command_text("cmd-ticket-transfer.description")
    )
    @app_commands.rename(staff=command_text("cmd-ticket-transfer-staff"))
    @app_commands.describe(staff=command_text("cmd-ticket-transfer-staff.description"))
    async def transfer(self, interaction: discord.Interaction[TicketBot], staff: discord.Member) -> None:
        """Hand the ticket this command is used in to another staff member."""
        await actions.transfer_ticket(interaction, channel_ticket(interaction), staff)

    @ticket.command(
        name=command_text("cmd-ticket-auto-close"), description=command_text("cmd-ticket-auto-close.description")
    )
    @app_commands.rename(enabled=command_text("cmd-ticket-auto-close-enabled"))
    @app_commands.describe(enabled=command_text("cmd-ticket-auto-close-enabled.description"))
    @app_commands.choices(
        enabled=[
            app_commands.Choice(name=command_text("cmd-ticket-auto-close-enabled-choice-on"), value=1),
            app_commands.Choice(name=command_text("cmd-ticket-auto-close-enabled-choice-off"), value=0),
        ]
    )
    async def auto_close(self, interaction: discord.Interaction[TicketBot], enabled: int) -> None:
        """Exempt the ticket this command is used in from auto-close, or end the exemption."""
        await actions.set_auto_close(interaction, channel_ticket(interaction), bool(enabled))

    @ticket.command(
        name=command_text("cmd-ticket-priority"), description=command_text("cmd-ticket-priority.description")
    )
    @app_commands.rename(level=command_text("cmd-ticket-priority-level"))
    @app_commands.describe(level=command_text("cmd-ticket-priority-level.description"))
    @app_commands.choices(level=choices("cmd-ticket-priority-level", (p.value for p in TicketPriority)))
    async def priority(self, interaction: discord.Interaction[TicketBot], level: str) -> None:
        """Set how urgent the ticket this command is used in is."""
        await staff.set_priority(interaction, channel_ticket(interaction), TicketPriority(level))

    @label.command(
        name=command_text("cmd-ticket-label-add"), description=command_text("cmd-ticket-label-add.description")
    )
    @app_commands.rename(name=command_text("cmd-ticket-label-add-name"))
    @app_commands.describe(name=command_text("cmd-ticket-label-add-name.description"))
    @app_commands.autocomplete(name=label_names)
    async def label_add(self, interaction: discord.Interaction[TicketBot], name: str) -> None:
        """Put a label on the ticket this command is used in."""
        await staff.label_ticket(interaction, channel_ticket(interaction), name, on=True)

    @label.command(
        name=command_text("cmd-ticket-label-remove"), description=command_text("cmd-ticket-label-remove.description")
    )
    @app_commands.rename(name=command_text("cmd-ticket-label-remove-name"))
    @app_commands.describe(name=command_text("cmd-ticket-label-remove-name.description"))
    @app_commands.autocomplete(name=label_names)
    async def label_remove(self, interaction: discord.Interaction[TicketBot], name: str) -> None:
        """Take a label off the ticket this command is used in."""
        await staff.label_ticket(interaction, channel_ticket(interaction), name, on=False)

    @ticket.command(name=command_text("cmd-ticket-note"), description=command_text("cmd-ticket-note.description"))
    @app_commands.rename(text=command_text("cmd-ticket-note-text"))
    @app_commands.describe(text=command_text("cmd-ticket-note-text.description"))
    async def note(
        self, interaction: discord.Interaction[TicketBot], text: app_commands.Range[str, 1, MAX_NOTE] | None = None
    ) -> None:
        """Keep a note on the ticket this command is used in, for its staff alone (without text: a modal)."""
        await staff.add_note(interaction, channel_ticket(interaction), text)

    @ticket.command(name=command_text("cmd-ticket-notes"), description=command_text("cmd-ticket-notes.description"))
    async def notes(self, interaction: discord.Interaction[TicketBot]) -> None:
        """Show the staff notes of the ticket this command is used in, to you alone."""
        await staff.show_notes(interaction, channel_ticket(interaction))

    @commands.Cog.listener()
    async def on_raw_member_remove(self, payload: discord.RawMemberRemoveEvent) -> None:
        """Close, or flag for staff, the tickets of an opener who left the server."""
        if self.bot.lifecycle.admit():
            await self.bot.tickets.departures.left(payload.guild_id, payload.user.id)

    @commands.Cog.listener()
    async def on_interaction(self, interaction: discord.Interaction[TicketBot]) -> None:
        """Handle submitted modals by their custom_id, so they work after a restart."""
        await route_submission(interaction)

    @commands.Cog.listener()
    async def on_guild_channel_delete(self, channel: discord.abc.GuildChannel) -> None:
        """Close the tickets whose channel, or whose threads' channel, someone deleted by hand.

        During a shutdown, recovery does it at start.
        """
        if self.bot.lifecycle.admit():
            await self.bot.tickets.closing.on_place_deleted(channel.id)
            if isinstance(channel, discord.TextChannel):
                await self.bot.tickets.closing.on_thread_parent_deleted(channel.guild, channel.id)

    @commands.Cog.listener()
    async def on_raw_thread_delete(self, payload: discord.RawThreadDeleteEvent) -> None:
        """Close the ticket whose thread someone deleted (raw: an archived thread is not cached)."""
        if self.bot.lifecycle.admit():
            await self.bot.tickets.closing.on_place_deleted(payload.thread_id, "close-reason-thread-deleted")


async def setup(bot: TicketBot) -> None:
    """Load the cog and route the ticket buttons."""
    bot.add_dynamic_items(*DYNAMIC_ITEMS)
    await bot.add_cog(Tickets(bot))

"""Buttons and modals. Buttons keep their state in ``custom_id`` so they work after a restart."""

from __future__ import annotations

import re

import discord

from core import flows
from core.error_handler import guarded, report
from core.models import Panel, Ticket


class OpenTicketButton(discord.ui.DynamicItem[discord.ui.Button], template=r"ticket:open:(?P<panel_id>\d+)"):
    """The panel's Create Ticket button."""

    def __init__(self, panel_id: int, label: str = "Create Ticket") -> None:
        super().__init__(
            discord.ui.Button(
                label=label, emoji="🎫", style=discord.ButtonStyle.primary, custom_id=f"ticket:open:{panel_id}"
            )
        )
        self.panel_id = panel_id

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Button, match: re.Match[str]
    ) -> OpenTicketButton:
        return cls(int(match["panel_id"]), item.label or "Create Ticket")

    async def callback(self, interaction: discord.Interaction) -> None:
        await guarded(interaction, flows.open_ticket(interaction, None))


class CloseTicketButton(discord.ui.DynamicItem[discord.ui.Button], template=r"ticket:close:(?P<ticket_id>\d+)"):
    """The Close button in a ticket's welcome message; asks for a reason, which also confirms."""

    def __init__(self, ticket_id: int) -> None:
        super().__init__(
            discord.ui.Button(
                label="Close", emoji="🔒", style=discord.ButtonStyle.danger, custom_id=f"ticket:close:{ticket_id}"
            )
        )
        self.ticket_id = ticket_id

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Button, match: re.Match[str]
    ) -> CloseTicketButton:
        return cls(int(match["ticket_id"]))

    async def callback(self, interaction: discord.Interaction) -> None:
        await guarded(interaction, self._confirm(interaction))

    async def _confirm(self, interaction: discord.Interaction) -> None:
        channel, member = interaction.channel, interaction.user
        if isinstance(channel, discord.TextChannel) and isinstance(member, discord.Member):
            ticket = await interaction.client.tickets.check_can_close(channel, member)  # type: ignore[attr-defined]
            await interaction.response.send_modal(CloseTicketModal(ticket))


class CloseTicketModal(discord.ui.Modal):
    """Confirms a close from the button and takes an optional reason."""

    reason: discord.ui.TextInput[CloseTicketModal] = discord.ui.TextInput(
        label="Reason (optional)", style=discord.TextStyle.paragraph, required=False, max_length=500
    )

    def __init__(self, ticket: Ticket) -> None:
        super().__init__(title=f"Close ticket #{ticket.number:04d}?", custom_id=f"ticket:close-modal:{ticket.id}")

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await flows.close_ticket(interaction, self.reason.value.strip() or None)

    async def on_error(self, interaction: discord.Interaction, error: Exception) -> None:
        await report(interaction, error)


def panel_view(panel: Panel) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    view.add_item(OpenTicketButton(panel.id, panel.button_label))
    return view


def close_view(ticket: Ticket) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    view.add_item(CloseTicketButton(ticket.id))
    return view


DYNAMIC_ITEMS = (OpenTicketButton, CloseTicketButton)

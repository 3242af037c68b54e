"""Buttons that survive restarts: each carries its panel or ticket id in its ``custom_id``.

``TicketItem`` is the base of every button: it turns clicks away during shutdown and routes any error
to the one handler, so no callback has to remember to.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import discord

from core import custom_ids, messages
from core.rules import policy, ticket_types
from core.tickets import TicketKey
from core.ui import actions
from core.ui.context import actor, member_of
from core.ui.errors import admit, report
from core.ui.modals import close_modal

if TYPE_CHECKING:
    from core.ui.client import TicketClient


class TicketItem(discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"(?!)"):
    """A button whose callback is admitted by the lifecycle and whose errors are reported."""

    async def interaction_check(self, interaction: discord.Interaction[TicketClient]) -> bool:  # type: ignore[override]
        """Admit the click unless the bot is shutting down."""
        return await admit(interaction)

    async def callback(self, interaction: discord.Interaction[TicketClient]) -> None:  # type: ignore[override]
        """Run the click's action, reporting any error."""
        try:
            await self.act(interaction)
        except Exception as error:
            await report(interaction, error)

    async def act(self, interaction: discord.Interaction[TicketClient]) -> None:
        """Do what the button is for."""
        raise NotImplementedError


class OpenTicketButton(TicketItem, template=custom_ids.OPEN_TEMPLATE):
    """A panel's button for one ticket type (first-release panels: Create Ticket, for the server's first type)."""

    def __init__(self, panel_id: int, type_id: int | None) -> None:
        super().__init__(discord.ui.Button(custom_id=custom_ids.open_button(panel_id, type_id)))
        self.type_id = type_id

    @classmethod
    async def from_custom_id(  # type: ignore[override]
        cls, interaction: discord.Interaction[TicketClient], item: discord.ui.Button[Any], match: re.Match[str]
    ) -> OpenTicketButton:
        """Rebuild the button from the panel and type ids it carries."""
        return cls(int(match["panel_id"]), int(match["type_id"]) if match["type_id"] else None)

    async def act(self, interaction: discord.Interaction[TicketClient]) -> None:
        """Open a ticket of the button's type for the member who clicked (asking its form first)."""
        await actions.start_open(interaction, self.type_id, None)


class TypeSelect(discord.ui.DynamicItem[discord.ui.Select[Any]], template=custom_ids.TYPE_SELECT_TEMPLATE):
    """A panel's select menu of ticket types."""

    def __init__(self, panel_id: int) -> None:
        super().__init__(discord.ui.Select(custom_id=custom_ids.type_select(panel_id)))

    @classmethod
    async def from_custom_id(  # type: ignore[override]
        cls, interaction: discord.Interaction[TicketClient], item: discord.ui.Select[Any], match: re.Match[str]
    ) -> TypeSelect:
        """Rebuild the menu from the panel id it carries."""
        return cls(int(match["panel_id"]))

    async def interaction_check(self, interaction: discord.Interaction[TicketClient]) -> bool:  # type: ignore[override]
        """Admit the choice unless the bot is shutting down."""
        return await admit(interaction)

    async def callback(self, interaction: discord.Interaction[TicketClient]) -> None:  # type: ignore[override]
        """Open a ticket of the chosen type, reporting any error."""
        try:
            data: dict[str, Any] = dict(interaction.data or {})
            values = data.get("values") or []
            await actions.start_open(interaction, int(values[0]) if values else None, None)
        except Exception as error:
            await report(interaction, error)


class FormButton(TicketItem, template=custom_ids.FORM_BUTTON_TEMPLATE):
    """Shows a type's form when it could not be the first answer to the click that asked for it."""

    def __init__(self, type_id: int) -> None:
        super().__init__(discord.ui.Button(custom_id=custom_ids.form_button(type_id)))
        self.type_id = type_id

    @classmethod
    async def from_custom_id(  # type: ignore[override]
        cls, interaction: discord.Interaction[TicketClient], item: discord.ui.Button[Any], match: re.Match[str]
    ) -> FormButton:
        """Rebuild the button from the type id it carries."""
        return cls(int(match["type_id"]))

    async def act(self, interaction: discord.Interaction[TicketClient]) -> None:
        """Show the form (or, right after a restart, offer it again)."""
        await actions.start_open(interaction, self.type_id, None)


class CloseTicketButton(TicketItem, template=custom_ids.CLOSE_TEMPLATE):
    """A ticket's Close button: it asks for a reason in a modal, which also confirms the close.

    A modal must be the first response, so the decision to show it is made from memory (the opener's id
    the button carries, and the cached staff roles); the close itself checks again from the database.
    """

    def __init__(self, ticket_id: int, opener_id: int | None) -> None:
        super().__init__(discord.ui.Button(custom_id=custom_ids.close_button(ticket_id, opener_id or 0)))
        self.ticket_id = ticket_id
        self.opener_id = opener_id

    @classmethod
    async def from_custom_id(  # type: ignore[override]
        cls, interaction: discord.Interaction[TicketClient], item: discord.ui.Button[Any], match: re.Match[str]
    ) -> CloseTicketButton:
        """Rebuild the button from the ticket (and opener) id it carries."""
        opener = match["opener_id"]
        return cls(int(match["ticket_id"]), int(opener) if opener else None)

    async def act(self, interaction: discord.Interaction[TicketClient]) -> None:
        """Show the close modal, or refuse at once when memory already says the member may not close."""
        member = member_of(interaction)
        settings = interaction.client.guild_settings
        config = settings.cached(member.guild.id)
        is_opener = self.opener_id is None or member.id == self.opener_id
        # The button does not carry the ticket's type: refuse only whoever is staff of no type at all.
        if config is not None and not is_opener:
            types = [None, *(settings.cached_types(member.guild.id) or [])]
            if not any(policy.is_staff(actor(member), ticket_types.effective(config, t)) for t in types):
                await interaction.response.send_message(
                    embed=messages.failure("Only the member who opened this ticket, or staff, can close it."),
                    ephemeral=True,
                )
                return
        await interaction.response.send_modal(close_modal(self.ticket_id))


class TicketIdButton(TicketItem, template=r"(?!)"):
    """A button that acts on the ticket whose id its ``custom_id`` carries; subclasses say how it is built."""

    @staticmethod
    def custom_id_of(ticket_id: int) -> str:
        """Return the button's custom_id for a ticket."""
        raise NotImplementedError

    def __init__(self, ticket_id: int) -> None:
        super().__init__(discord.ui.Button(custom_id=type(self).custom_id_of(ticket_id)))
        self.key = TicketKey(ticket_id)

    @classmethod
    async def from_custom_id(  # type: ignore[override]
        cls, interaction: discord.Interaction[TicketClient], item: discord.ui.Button[Any], match: re.Match[str]
    ) -> TicketIdButton:
        """Rebuild the button from the ticket id it carries."""
        return cls(int(match["ticket_id"]))


class ClaimTicketButton(TicketIdButton, template=custom_ids.CLAIM_TEMPLATE):
    """A ticket's Claim button: the staff member who clicks it takes the ticket on."""

    custom_id_of = staticmethod(custom_ids.claim_button)

    async def act(self, interaction: discord.Interaction[TicketClient]) -> None:
        """Claim the ticket for the member who clicked."""
        await actions.claim_ticket(interaction, self.key)


class AcceptCloseButton(TicketIdButton, template=custom_ids.ACCEPT_CLOSE_TEMPLATE):
    """A close request's "Close it": the opener agrees."""

    custom_id_of = staticmethod(custom_ids.accept_close)

    async def act(self, interaction: discord.Interaction[TicketClient]) -> None:
        """Close the ticket as staff asked."""
        await actions.accept_close(interaction, self.key)


class KeepOpenButton(TicketIdButton, template=custom_ids.KEEP_OPEN_TEMPLATE):
    """A close request's "Keep open": the opener refuses."""

    custom_id_of = staticmethod(custom_ids.keep_open)

    async def act(self, interaction: discord.Interaction[TicketClient]) -> None:
        """Keep the ticket open."""
        await actions.keep_open(interaction, self.key)


class ReopenTicketButton(TicketIdButton, template=custom_ids.REOPEN_TEMPLATE):
    """An archived ticket's Reopen button, for staff."""

    custom_id_of = staticmethod(custom_ids.reopen_button)

    async def act(self, interaction: discord.Interaction[TicketClient]) -> None:
        """Reopen the ticket."""
        await actions.reopen_ticket(interaction, self.key)


class JoinTicketButton(TicketIdButton, template=custom_ids.JOIN_TEMPLATE):
    """A thread ticket's staff notice: the staff member who presses it joins the thread."""

    custom_id_of = staticmethod(custom_ids.join_button)

    async def act(self, interaction: discord.Interaction[TicketClient]) -> None:
        """Join the ticket's thread."""
        await actions.join_ticket(interaction, self.key)


DYNAMIC_ITEMS = (
    OpenTicketButton,
    TypeSelect,
    FormButton,
    CloseTicketButton,
    ClaimTicketButton,
    AcceptCloseButton,
    KeepOpenButton,
    ReopenTicketButton,
    JoinTicketButton,
)

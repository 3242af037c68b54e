"""What a member does with saved replies offered before a ticket opens: "This solved it", or open it anyway.

Both buttons are on an ephemeral offer (``core.ui.actions.open_or_offer``) that carries everything they
need: the tags offered in the custom_id, the member's subject or answers in the embed. So they work after
a restart and in any process, with nothing stored for the offer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord

from core import messages
from core.errors import UserInputError
from core.i18n import render, t
from core.i18n.languages import of_interaction
from core.rules import ticket_types
from core.tickets.opening import Order
from core.ui.actions import open_ticket
from core.ui.context import answered_in_time, guild_of, update

if TYPE_CHECKING:
    from core.ui.client import TicketClient


async def solved(interaction: discord.Interaction[TicketClient], tag_id: int) -> None:
    """Count that the tag answered the member, and close the offer."""
    await answered_in_time(interaction, interaction.client.deflection.solved(guild_of(interaction).id, tag_id))
    text = render(t("deflect-glad"), of_interaction(interaction))
    await update(interaction, embed=messages.success(text), view=None)


async def anyway(interaction: discord.Interaction[TicketClient], type_id: int, tag_ids: list[int]) -> None:
    """Open the ticket the member asked for, with the subject or answers the offer carries."""
    guild = guild_of(interaction)
    offer = interaction.message.embeds[0] if interaction.message and interaction.message.embeds else None
    ticket_type = ticket_types.find(await interaction.client.guild_settings.types(guild.id), type_id)
    if offer is None or ticket_type is None:
        raise UserInputError(t("open-type-gone"))
    carried = [(field.name or "", field.value or "") for field in offer.fields]
    language = of_interaction(interaction)
    if ticket_types.questions_for(ticket_type, language):
        order = Order(ticket_type.id, None, tuple(carried), language=language)
    else:
        order = Order(ticket_type.id, carried[0][1] if carried else None, language=language)
    await interaction.response.edit_message(view=None)  # the offer's buttons are spent
    await interaction.client.deflection.opened_anyway(guild.id, tag_ids)
    await open_ticket(interaction, order)

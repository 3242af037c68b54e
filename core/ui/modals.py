"""Modals, and the router that handles their submissions by ``custom_id``.

discord.py keeps a modal object in memory until it is submitted, which a restart loses (the member then
sees "This interaction failed"). Modals here carry the ticket id in their ``custom_id`` and are not
kept: every submission is routed from the raw interaction, the way ``DynamicItem`` routes buttons.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import discord

from core import custom_ids
from core.tickets import TicketKey
from core.ui import actions
from core.ui.errors import admit, report

if TYPE_CHECKING:
    from core.client import TicketClient


def close_modal(ticket_id: int) -> discord.ui.Modal:
    """Return the modal that confirms a close and asks for an optional reason."""
    modal = discord.ui.Modal(title="Close this ticket?", custom_id=custom_ids.close_modal(ticket_id), timeout=None)
    modal.add_item(
        discord.ui.TextInput(
            label="Reason (optional)",
            custom_id=custom_ids.CLOSE_REASON_INPUT,
            style=discord.TextStyle.paragraph,
            required=False,
            max_length=500,
        )
    )
    # Routed by custom_id (see the module docstring), so discord.py must not keep it.
    modal.stop()
    return modal


def submitted_values(data: dict[str, Any]) -> dict[str, str]:
    """Return the text values of a modal submission by input ``custom_id`` (inputs in rows or in labels)."""
    values: dict[str, str] = {}
    for outer in data.get("components", []):
        for component in [*outer.get("components", []), *([outer["component"]] if "component" in outer else [])]:
            if "custom_id" in component and isinstance(component.get("value"), str):
                values[component["custom_id"]] = component["value"]
    return values


def close_submission(interaction: discord.Interaction[TicketClient]) -> tuple[int, str | None] | None:
    """Return the ticket id and reason of a submitted close modal, or None for any other interaction."""
    if interaction.type is not discord.InteractionType.modal_submit or interaction.data is None:
        return None
    data: dict[str, Any] = dict(interaction.data)
    match = re.fullmatch(custom_ids.CLOSE_MODAL_TEMPLATE, str(data.get("custom_id", "")))
    if match is None:
        return None
    reason = submitted_values(data).get(custom_ids.CLOSE_REASON_INPUT, "").strip()
    return int(match["ticket_id"]), reason or None


async def route_submission(interaction: discord.Interaction[TicketClient]) -> None:
    """Handle a submitted modal of ours, whichever process showed it and whenever."""
    submission = close_submission(interaction)
    if submission is None or not await admit(interaction):
        return
    ticket_id, reason = submission
    try:
        await actions.close_ticket(interaction, TicketKey(ticket_id), reason)
    except Exception as error:
        await report(interaction, error)

"""The ``custom_id`` of every button and modal: what each carries, written in one place.

Buttons and modals carry the id of the panel or ticket they act on, so they work after a restart and
in any shard process; ``core.ui`` routes a click or a submission by matching these templates.
"""

from __future__ import annotations

OPEN_TEMPLATE = r"ticket:open:(?P<panel_id>\d+)"
# Buttons posted by the first release carry only the ticket id.
CLOSE_TEMPLATE = r"ticket:close:(?P<ticket_id>\d+)(?::(?P<opener_id>\d+))?"
CLOSE_MODAL_TEMPLATE = r"ticket:close-modal:(?P<ticket_id>\d+)"
CLOSE_REASON_INPUT = "reason"


def open_button(panel_id: int) -> str:
    """Return the Create Ticket button of a panel."""
    return f"ticket:open:{panel_id}"


def close_button(ticket_id: int, opener_id: int) -> str:
    """Return a ticket's Close button; the opener's id lets a click be answered from memory."""
    return f"ticket:close:{ticket_id}:{opener_id}"


def close_modal(ticket_id: int) -> str:
    """Return the modal that confirms a close and asks for a reason."""
    return f"ticket:close-modal:{ticket_id}"

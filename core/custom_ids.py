"""The ``custom_id`` of every button and modal: what each carries, written in one place.

Buttons and modals carry the id of the panel or ticket they act on, so they work after a restart and
in any shard process; ``core.ui`` routes a click or a submission by matching these templates.
"""

from __future__ import annotations

# A panel's button, for one of its types (first-release panels carry no type: the server's first).
OPEN_TEMPLATE = r"ticket:open:(?P<panel_id>\d+)(?::(?P<type_id>\d+))?"
TYPE_SELECT_TEMPLATE = r"ticket:pick:(?P<panel_id>\d+)"
# The button that shows a type's form when it could not be the first answer to a click.
FORM_BUTTON_TEMPLATE = r"ticket:form:(?P<type_id>\d+)"
FORM_MODAL_TEMPLATE = r"ticket:form-modal:(?P<type_id>\d+)"
# Buttons posted by the first release carry only the ticket id.
CLOSE_TEMPLATE = r"ticket:close:(?P<ticket_id>\d+)(?::(?P<opener_id>\d+))?"
CLAIM_TEMPLATE = r"ticket:claim:(?P<ticket_id>\d+)"
# The opener's answers to a close request.
ACCEPT_CLOSE_TEMPLATE = r"ticket:close-yes:(?P<ticket_id>\d+)"
KEEP_OPEN_TEMPLATE = r"ticket:close-no:(?P<ticket_id>\d+)"
REOPEN_TEMPLATE = r"ticket:reopen:(?P<ticket_id>\d+)"
JOIN_TEMPLATE = r"ticket:join:(?P<ticket_id>\d+)"
CLOSE_MODAL_TEMPLATE = r"ticket:close-modal:(?P<ticket_id>\d+)"
CLOSE_REASON_INPUT = "reason"
# The modal that edits a welcome message: a type's, or (without a type) the server's.
WELCOME_MODAL_TEMPLATE = r"ticket:welcome(?::(?P<type_id>\d+))?"
WELCOME_INPUT = "welcome"


def open_button(panel_id: int, type_id: int | None = None) -> str:
    """Return a panel's button that opens a ticket of one type (or of the server's first)."""
    return f"ticket:open:{panel_id}" if type_id is None else f"ticket:open:{panel_id}:{type_id}"


def type_select(panel_id: int) -> str:
    """Return a panel's select menu of types."""
    return f"ticket:pick:{panel_id}"


def form_button(type_id: int) -> str:
    """Return the button that shows a type's form."""
    return f"ticket:form:{type_id}"


def form_modal(type_id: int) -> str:
    """Return the modal that asks a type's form."""
    return f"ticket:form-modal:{type_id}"


def question_input(index: int) -> str:
    """Return the input of a form's question ``index``."""
    return f"q{index}"


def close_button(ticket_id: int, opener_id: int) -> str:
    """Return a ticket's Close button; the opener's id lets a click be answered from memory."""
    return f"ticket:close:{ticket_id}:{opener_id}"


def claim_button(ticket_id: int) -> str:
    """Return a ticket's Claim button."""
    return f"ticket:claim:{ticket_id}"


def accept_close(ticket_id: int) -> str:
    """Return a close request's button that agrees to the close."""
    return f"ticket:close-yes:{ticket_id}"


def keep_open(ticket_id: int) -> str:
    """Return a close request's button that keeps the ticket open."""
    return f"ticket:close-no:{ticket_id}"


def reopen_button(ticket_id: int) -> str:
    """Return an archived ticket's button that reopens it."""
    return f"ticket:reopen:{ticket_id}"


def join_button(ticket_id: int) -> str:
    """Return a thread ticket's staff notice button that puts the staff member into the thread."""
    return f"ticket:join:{ticket_id}"


def close_modal(ticket_id: int) -> str:
    """Return the modal that confirms a close and asks for a reason."""
    return f"ticket:close-modal:{ticket_id}"


def welcome_modal(type_id: int | None) -> str:
    """Return the modal that edits a type's welcome message, or the server's."""
    return "ticket:welcome" if type_id is None else f"ticket:welcome:{type_id}"

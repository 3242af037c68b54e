"""The custom_id of every component is pinned: buttons already posted on servers must keep working."""

import re

import pytest

from core import components
from core.models import TicketType
from core.ui import items, modals

# Every format as the first releases wrote it, byte for byte, and what it carries.
WRITTEN = [
    (components.OPEN.custom_id(12), "ticket:open:12"),
    (components.OPEN.custom_id(12, 34), "ticket:open:12:34"),
    (components.TYPE_SELECT.custom_id(12), "ticket:pick:12"),
    (components.FORM.custom_id(34), "ticket:form:34"),
    (components.CLOSE.custom_id(56, 78), "ticket:close:56:78"),
    (components.CLAIM.custom_id(56), "ticket:claim:56"),
    (components.ACCEPT_CLOSE.custom_id(56), "ticket:close-yes:56"),
    (components.KEEP_OPEN.custom_id(56), "ticket:close-no:56"),
    (components.REOPEN.custom_id(56), "ticket:reopen:56"),
    (components.JOIN.custom_id(56), "ticket:join:56"),
    (components.CLOSE_MODAL.custom_id(56), "ticket:close-modal:56"),
    (components.FORM_MODAL.custom_id(34), "ticket:form-modal:34"),
    (components.WELCOME_MODAL.custom_id(None), "ticket:welcome"),
    (components.WELCOME_MODAL.custom_id(34), "ticket:welcome:34"),
    (components.question_input(2), "q2"),
    (components.CLOSE_REASON_INPUT, "reason"),
    (components.WELCOME_MODAL.input, "welcome"),
]

# What each handler reads back from a custom_id, including the first release's shorter ones.
READ = [
    (items.OpenTicketButton, "ticket:open:12:34", (12, 34)),
    (items.OpenTicketButton, "ticket:open:12", (12, None)),
    (items.TypeSelect, "ticket:pick:12", 12),
    (items.FormButton, "ticket:form:34", 34),
    (items.CloseTicketButton, "ticket:close:56:78", (56, 78)),
    (items.CloseTicketButton, "ticket:close:56", (56, None)),
    (items.ClaimTicketButton, "ticket:claim:56", 56),
    (items.AcceptCloseButton, "ticket:close-yes:56", 56),
    (items.KeepOpenButton, "ticket:close-no:56", 56),
    (items.ReopenTicketButton, "ticket:reopen:56", 56),
    (items.JoinTicketButton, "ticket:join:56", 56),
]


@pytest.mark.parametrize(("written", "pinned"), WRITTEN)
def test_every_custom_id_is_written_as_before(written, pinned):
    assert written == pinned


@pytest.mark.parametrize(("item", "custom_id", "carried"), READ)
def test_every_handler_reads_what_its_spec_writes(item, custom_id, carried):
    template = item.__discord_ui_compiled_template__
    match = template.fullmatch(custom_id)
    assert match is not None, f"{item.__name__} no longer answers {custom_id}"
    spec = {
        items.OpenTicketButton: components.OPEN,
        items.TypeSelect: components.TYPE_SELECT,
        items.CloseTicketButton: components.CLOSE,
    }.get(item) or item.spec
    assert template.pattern == spec.template
    assert spec.read(match) == carried
    others = [i for i in items.DYNAMIC_ITEMS if i is not item]
    assert not [i.__name__ for i in others if i.__discord_ui_compiled_template__.fullmatch(custom_id)]


def test_modals_are_routed_by_the_templates_of_their_specs():
    routes = {template: handler.__name__ for template, handler in modals.ROUTES}
    assert routes == {
        components.CLOSE_MODAL.template: "_close",
        components.FORM_MODAL.template: "_form",
        components.WELCOME_MODAL.template: "_welcome",
        components.TAG_MODAL.template: "_tag",
        components.NOTE_MODAL.template: "_note",
        components.RATING_MODAL.template: "_rating",
        components.SUBJECT_MODAL.template: "_subject",
    }
    assert re.fullmatch(components.WELCOME_MODAL.template, "ticket:welcome")
    assert (
        components.CLOSE.ticket_of("ticket:close:56:78") == 56 and components.CLOSE.ticket_of("ticket:claim:56") is None
    )


def test_the_renderer_and_the_handlers_build_the_same_buttons():
    # A button's label is in its reader's language; its custom_id is the same in every language.
    handled = items.ClaimTicketButton(56).item
    posted = components.CLAIM.button(56, "en")
    assert (handled.custom_id, handled.label, str(handled.emoji), handled.style) == (
        posted.custom_id,
        "Claim",
        "🙋",
        posted.style,
    )
    assert items.CloseTicketButton(56, 78).item.custom_id == components.CLOSE.button(56, 78, "es").custom_id
    assert items.OpenTicketButton(12, 34).item.custom_id == components.OPEN.button(12, 34, "Billing").custom_id
    menu = components.TYPE_SELECT.select(12, "Pick", [TicketType(34, 1, "Billing", description="Invoices")])
    assert menu.custom_id == items.TypeSelect(12).item.custom_id
    assert [(o.label, o.value, o.description) for o in menu.options] == [("Billing", "34", "Invoices")]

"""Names read one way (core.rules.names), and lists of types that never read two ways (core.rules.ticket_types)."""

import pytest

from core.errors import UserInputError
from core.i18n import render
from core.models import TicketType
from core.rules import names, ticket_types


def types(*named):
    return [TicketType(i, 1, name) for i, name in enumerate(named, start=1)]


@pytest.mark.parametrize(
    "typed",
    [
        "Refunds",
        " Refunds",
        "Refunds\t",
        "Refunds\u2028",
        "Refunds\x1e",
        "\x1cRefunds\u3000",
        "Refunds\r\n",
        "Refunds\x85",
    ],
)
def test_whitespace_at_either_end_is_dropped(typed):
    assert names.clean(typed) == "Refunds"


def test_whitespace_inside_is_one_space_and_case_and_composition_do_not_count():
    assert names.clean("ci\t \nbot\u2029x") == "ci bot x"
    assert names.key("Cafe\u0301") == names.key("CAFÉ") == "café"


def test_problems_are_named():
    empty = names.problem("", "type", 50)
    assert empty is not None and render(empty, "en") == "A ticket type needs a name of 1 to 50 characters."
    assert names.problem("x" * 51, "type", 50)
    bell = names.problem("Bell\x07", "api-key", 100)
    assert bell is not None and "An API key's name cannot hold control characters" in render(bell, "en")
    assert names.problem("Refunds, returns 💸", "type", 50) is None


def test_a_list_reads_names_that_hold_commas_whole_in_order_and_once():
    known = types("Billing", "Refunds, returns", "Reports")
    read = ticket_types.listed(known, " billing ,Refunds,  returns, Reports,Billing,")
    assert [t.name for t in read] == ["Billing", "Refunds, returns", "Reports"]
    assert ticket_types.listed(known, "") == []
    with pytest.raises(UserInputError, match="no ticket type named “Refunds”"):
        ticket_types.listed(known, "Refunds")


def test_no_name_may_read_as_a_list_of_others():
    known = types("Billing", "Reports")
    with pytest.raises(UserInputError, match="would also read as “Billing” and “Reports”"):
        ticket_types.validate(TicketType(0, 1, "Billing, Reports"), known)
    with pytest.raises(UserInputError, match="“Billing, Reports” would also read as “Billing” and “Reports”"):
        ticket_types.validate(TicketType(0, 1, "Reports"), types("Billing", "Billing, Reports"))
    ticket_types.validate(TicketType(0, 1, "Billing, refunds"), known)
    with pytest.raises(UserInputError, match="already a ticket type named “billing”"):
        ticket_types.validate(TicketType(0, 1, "billing"), known)


def test_suggestions_finish_the_entry_being_typed():
    known = types("Billing", "Refunds, returns", "Reports")
    assert ticket_types.list_suggestions(known, "bil") == ["Billing"]
    assert ticket_types.list_suggestions(known, "Billing, Refunds, ret") == ["Billing, Refunds, returns"]
    assert ticket_types.list_suggestions(known, "Billing,") == ["Billing, Refunds, returns", "Billing, Reports"]
    assert ticket_types.list_suggestions(known, "x" * 95 + ", ") == []
    assert ticket_types.list_suggestions(known, "nothing like it") == []

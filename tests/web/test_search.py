"""Reading the list page's and the API's search: a type is found the way names are read everywhere."""

from core.i18n import render
from core.models import TicketType
from web.search import search_from

TYPES = [TicketType(7, 1, "Billing"), TicketType(8, 1, "Order Support")]


def test_a_type_is_found_by_its_name_as_names_are_read():
    search, problems = search_from({"type": "  order   SUPPORT "}, 1, TYPES)
    assert problems == [] and search.type_ids == (8,)


def test_an_unknown_type_is_named_as_a_problem():
    search, problems = search_from({"type": "Refunds"}, 1, TYPES)
    assert [render(p, "en") for p in problems] == ["There is no such type."] and search.type_ids is None

"""How the options of /type create and /type edit map onto a stored TicketType."""

import dataclasses
from types import SimpleNamespace

from core.admin.type_options import TYPE_OPTIONS, changes
from core.models import ClaimMode, TicketType


def test_every_option_sets_a_field_of_a_ticket_type_and_none_twice():
    fields = {f.name for f in dataclasses.fields(TicketType)}
    assert {option.field for option in TYPE_OPTIONS} <= fields
    assert len({option.field for option in TYPE_OPTIONS}) == len({option.name for option in TYPE_OPTIONS}) == 24


def test_options_given_become_fields_and_options_left_out_leave_them():
    role, category = SimpleNamespace(id=11), SimpleNamespace(id=22)
    given = {
        "name": "Billing",
        "staff_role": role,
        "ping_role": role,
        "category": category,
        "cooldown_minutes": 5,
        "hours": " Always ",
        "naming": "{type}-{number}",
        "claim_mode": ClaimMode.SHARED,
        "confirm_close": False,
        "emoji": None,
    }
    assert changes(given) == {
        "name": "Billing",
        "staff_role_ids": (11,),
        "ping_role_ids": (11,),
        "category_id": 22,
        "cooldown_seconds": 300,
        "hours": "",
        "channel_name_template": "{type}-{number}",
        "claim_mode": ClaimMode.SHARED,
        "confirm_close": False,
    }
    assert changes({"hours": " Mon-Fri 09:00-17:00 "}) == {"hours": "Mon-Fri 09:00-17:00"}
    assert changes({}) == {}


def test_the_language_option_names_a_catalog_language_or_the_servers():
    assert changes({"language": "de"}) == {"language": "de"}
    assert changes({"language": "server"}) == {"language": ""}

"""The dashboard's fields take what the slash commands' options take: the same bounds, read the same way."""

from types import SimpleNamespace

import pytest
from multidict import MultiDict

from cogs.admin import Admin
from cogs.panels import Panels
from cogs.types import Types
from core.admin import bounds
from core.admin.type_options import TYPE_OPTIONS
from core.errors import UserInputError
from web.dashboard import fields


def _field(table, name):
    return next(f for f in table if f.name == name)


# Each bounded dashboard field, and the command option that sets the same setting.
TWINS = [
    (fields.SETTINGS, "max_open_tickets", Admin.max_tickets, "limit"),
    (fields.SETTINGS, "channel_name_template", Admin.naming, "template"),
    (fields.SETTINGS, "welcome_message", Admin.welcome, "message"),
    (fields.SETTINGS, "target_warning_percent", Admin.target_warning, "percent"),
    (fields.SETTINGS, "auto_close_hours", Admin.auto_close, "hours"),
    (fields.SETTINGS, "auto_close_warning_hours", Admin.auto_close, "warning_hours"),
    (fields.TYPE_FIELDS, "response_target_minutes", Types.targets, "first_response"),
    (fields.TYPE_FIELDS, "resolution_target_minutes", Types.targets, "resolution"),
    (fields.QUESTION_FIELDS, "label", Types.question_add, "question"),
    (fields.QUESTION_FIELDS, "placeholder", Types.question_add, "placeholder"),
    (fields.QUESTION_FIELDS, "choices", Types.question_add, "choices"),
    (fields.QUESTION_FIELDS, "min_length", Types.question_add, "min_length"),
    (fields.QUESTION_FIELDS, "max_length", Types.question_add, "max_length"),
    (fields.PANEL_DESIGN, "title", Panels.send, "title"),
    (fields.PANEL_DESIGN, "description", Panels.send, "description"),
    (fields.PANEL_DESIGN, "button_label", Panels.send, "button_label"),
]


@pytest.mark.parametrize(("table", "name", "command", "option"), TWINS, ids=[t[1] for t in TWINS])
def test_a_field_has_its_commands_bounds(table, name, command, option):
    given = command._params[option]
    assert bounds.limits(_field(table, name).bound) == (given.min_value, given.max_value)


BOUNDED = [o for o in TYPE_OPTIONS if hasattr(o.kind, "min_value") and _field(fields.TYPE_FIELDS, o.field).bound]


@pytest.mark.parametrize("option", BOUNDED, ids=lambda o: o.name)
def test_a_type_field_has_its_type_options_bounds(option):
    assert bounds.limits(_field(fields.TYPE_FIELDS, option.field).bound) == bounds.limits(option.kind)


GUILD = SimpleNamespace(get_role=lambda _: None, get_channel=lambda _: None)


def _read(field, raw):
    return fields.read(field, MultiDict({field.name: raw}), GUILD)


def test_numbers_are_read_within_their_bounds_and_nothing_else_is():
    limit = _field(fields.SETTINGS, "max_open_tickets")
    assert (_read(limit, "1"), _read(limit, " 25 ")) == (1, 25)
    for bad in ("0", "26", "1.5", "nan", "inf", "1e3", "٣", ""):
        with pytest.raises(UserInputError):
            _read(limit, bad)
    hours = _field(fields.TYPE_FIELDS, "resolution_target_minutes")
    assert _read(hours, "1.5") == 90, "shown in hours, stored in minutes, as /type targets does"
    assert _read(hours, "") is fields.EMPTY
    cooldown = _field(fields.TYPE_FIELDS, "cooldown_seconds")
    assert _read(cooldown, "5") == 300


def test_choices_ids_and_zones_must_be_ones_offered():
    mode = _field(fields.SETTINGS, "claim_mode")
    assert _read(mode, "claimer-only").value == "claimer-only"
    for field, bad in (
        (mode, "everyone"),
        (_field(fields.TYPE_FIELDS, "timezone"), "Mars/Olympus"),
        (_field(fields.TYPE_FIELDS, "category_id"), "12345"),
        (_field(fields.TYPE_FIELDS, "category_id"), "1" * 40),
        (_field(fields.SETUP, "staff_role_ids"), "12345"),
    ):
        with pytest.raises(UserInputError):
            _read(field, bad)

import pytest

from core.errors import UserInputError
from core.rules.naming import sanitize_channel_name, ticket_channel_name, validate_channel_name_template


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Ticket 0001", "ticket-0001"),
        ("  Ärger & Co!! ", "ärger-co"),
        ("a--b__c", "a-b__c"),
        ("💥💥", ""),
        ("x" * 150, "x" * 100),
    ],
)
def test_sanitize_follows_discords_channel_name_rules(raw, expected):
    assert sanitize_channel_name(raw) == expected


def test_template_renders_number_and_username():
    assert ticket_channel_name("ticket-{number:04d}", number=7, username="x") == "ticket-0007"
    assert ticket_channel_name("{username}-{number}", number=12, username="Bob Smith") == "bob-smith-12"
    assert ticket_channel_name("{username}", number=3, username="🎉") == "ticket-0003"


@pytest.mark.parametrize("template", ["ticket", "ticket-{id}", "ticket-{number", "{number!z}", "!!"])
def test_bad_templates_are_refused(template):
    with pytest.raises(UserInputError):
        validate_channel_name_template(template)


@pytest.mark.parametrize(
    "template", ["{number:>10000000}", "{number:{number}000000}", "{username:>100}", "{number!r}", "{number:,}"]
)
def test_format_specs_are_bounded(template):
    with pytest.raises(UserInputError, match="only with padding"):
        validate_channel_name_template(template)


@pytest.mark.parametrize("template", ["ticket-{number:04d}", "{username:>20}-{number}", "t-{number:d}"])
def test_padding_is_allowed_and_names_stay_within_discords_limit(template):
    validate_channel_name_template(template)
    assert len(ticket_channel_name(template, number=10**30, username="x" * 200)) <= 100

"""The rules a ticket follows: its type's own settings laid over its server's."""

import pytest

from core.errors import UserInputError
from core.models import ClaimMode, CloseAction, GuildConfig, IdleCounts, Question, TicketType, TypeVariant
from core.rules import ticket_types
from core.rules.ticket_types import effective

SERVER = GuildConfig(
    guild_id=5,
    staff_role_ids=[10],
    ticket_category_id=20,
    overflow_category_id=21,
    log_channel_id=30,
    archive_category_id=40,
    close_action=CloseAction.ARCHIVE,
    blocked_ids=[66],
    auto_close_hours=48,
    auto_close_warning_hours=6,
    confirm_close=True,
)


def test_a_typeless_ticket_follows_the_servers_settings():
    rules = effective(SERVER, None)
    assert rules.staff_role_ids == (10,) and rules.blocked_ids == (66,)
    assert (rules.ticket_category_id, rules.overflow_category_id, rules.thread_channel_id) == (20, 21, None)
    assert (rules.log_channel_id, rules.archive_category_id, rules.close_action) == (30, 40, CloseAction.ARCHIVE)
    assert (rules.auto_close_hours, rules.auto_close_warning_hours, rules.confirm_close) == (48, 6, True)
    assert rules.channel_name_template == SERVER.channel_name_template
    assert rules.welcome_message == SERVER.welcome_message


def test_a_type_replaces_what_it_sets_and_zero_and_false_count():
    billing = TicketType(
        1,
        5,
        "Billing",
        staff_role_ids=(11, 12),
        category_id=22,
        claim_mode=ClaimMode.CLAIMER_ONLY,
        auto_close_hours=0,
        idle_counts=IdleCounts.ANYONE,
        confirm_close=False,
        thread_channel_id=50,
        welcome_message="Hi {user}",
    )
    rules = effective(SERVER, billing)
    assert rules.staff_role_ids == (11, 12)
    assert rules.ticket_category_id == 22
    assert rules.overflow_category_id is None, "a type with its own category does not overflow into the server's"
    assert (rules.claim_mode, rules.idle_counts, rules.thread_channel_id) == (
        ClaimMode.CLAIMER_ONLY,
        IdleCounts.ANYONE,
        50,
    )
    assert (rules.auto_close_hours, rules.auto_close_warning_hours, rules.confirm_close) == (0, 6, False)
    assert rules.welcome_message == "Hi {user}"
    assert rules.channel_name_template == SERVER.channel_name_template
    assert (rules.log_channel_id, rules.archive_category_id, rules.blocked_ids) == (30, 40, (66,))


def test_a_type_without_a_category_overflows_as_the_server_does():
    assert effective(SERVER, TicketType(2, 5, "Appeal")).overflow_category_id == 21
    assert effective(SERVER, TicketType(2, 5, "Appeal", overflow_category_id=23)).overflow_category_id == 23


def test_an_opener_gets_the_variant_of_their_language_else_the_types_own():
    own = (Question("What happened?"),)
    german = TypeVariant("Hallo {user}", (Question("Was ist passiert?"),))
    typed = TicketType(1, 1, "Reports", welcome_message="Hi {user}", questions=own, variants={"de": german})
    assert ticket_types.welcome_for(typed, "de", "Hi {user}") == "Hallo {user}"
    assert ticket_types.welcome_for(typed, "fr", "Hi {user}") == "Hi {user}"
    assert ticket_types.welcome_for(None, "de", "the server's") == "the server's"
    assert ticket_types.questions_for(typed, "de") == german.questions
    assert ticket_types.questions_for(typed, None) == own
    only_welcome = TicketType(1, 1, "Reports", questions=own, variants={"de": TypeVariant("Hallo")})
    assert ticket_types.questions_for(only_welcome, "de") == own, "a variant without a form asks the type's own"


def test_a_variant_changes_one_part_at_a_time_and_goes_when_empty():
    typed = TicketType(1, 1, "Reports")
    variants = ticket_types.with_variant(typed, "de", welcome_message="Hallo")
    typed = TicketType(1, 1, "Reports", variants=variants)
    variants = ticket_types.with_variant(typed, "de", questions=(Question("Wer?"),))
    assert variants["de"].welcome_message == "Hallo" and variants["de"].questions == (Question("Wer?"),)
    typed = TicketType(1, 1, "Reports", variants=variants)
    typed = TicketType(1, 1, "Reports", variants=ticket_types.with_variant(typed, "de", welcome_message=""))
    assert ticket_types.with_variant(typed, "de", questions=()) == {}
    with pytest.raises(UserInputError):
        ticket_types.with_variant(typed, "xx", welcome_message="?")
    with pytest.raises(UserInputError, match="not a placeholder"):
        ticket_types.validate(TicketType(0, 1, "Reports", variants={"de": TypeVariant("{nick}")}), [])


@pytest.mark.parametrize("emoji", ["💳", "1️⃣", "#️⃣", "*️⃣", "©️", "®️", "‼️", "🇫🇷", "<:blob:123456789012345678>"])
def test_emoji_discord_takes_on_a_button_are_valid(emoji):
    assert ticket_types.valid_emoji(emoji)


@pytest.mark.parametrize("emoji", ["a", "1", "#", "a\ufe0f", "x" * 9, ""])
def test_letters_and_bare_digits_are_not_emoji(emoji):
    assert not ticket_types.valid_emoji(emoji)

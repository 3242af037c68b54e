"""Audit details of settings and type changes: stored as texts, their words written in the reader's language."""

from core.admin.changes import settings_changed, type_changed, type_created
from core.i18n import Text, render
from core.models import ClaimMode, GuildConfig, Question, QuestionStyle, TicketType, TypeVariant


def read(text: Text, language: str = "en") -> str:
    """Render a detail as the log channel or the viewer would: from what was stored."""
    return render(Text.load(text.dump()), language)


def test_a_server_change_names_each_setting_with_its_values_as_an_admin_reads_them():
    changes = {
        "claim_mode": ClaimMode.CLAIMER_ONLY,
        "confirm_close": True,
        "max_open_tickets": 3,
        "auto_close_warning_hours": 1.5,
        "welcome_message": "Hi {user}",
        "language": "es",
    }
    assert read(settings_changed(GuildConfig(1), changes)) == (
        "claim_mode: shared → claimer-only; confirm_close: no → yes; max_open_tickets: 1 → 3; "
        "auto_close_warning_hours: none → 1.5; welcome_message: none → “Hi {user}”; "
        "language: the server's Discord language → Español"
    )


def test_a_types_change_lists_what_changed_its_language_and_each_languages_variant():
    before = TicketType(1, 1, "Reports", staff_role_ids=(5,))
    after = TicketType(
        1,
        1,
        "Reports",
        staff_role_ids=(5, 6),
        category_id=7,
        language="de",
        questions=(Question("Plan", QuestionStyle.CHOICE, required=False, choices=("Pro", "Free")),),
        variants={"de": TypeVariant("Hallo")},
    )
    assert read(type_changed(before, after)) == (
        "Ticket type “Reports” changed: staff_role_ids: <@&5> → <@&5>, <@&6>; category_id: none → <#7>; "
        "language: the server's → Deutsch; questions: none → 1. “Plan” (choice, optional, choices: Pro, Free); "
        "welcome_message (Deutsch): none → “Hallo”"
    )
    assert read(type_changed(after, after)) == "Ticket type “Reports” changed: nothing"


def test_a_new_type_lists_what_it_sets():
    made = TicketType(1, 1, "Billing", emoji="💳", questions=(Question("Order number"),))
    assert read(type_created(made)) == (
        "Ticket type “Billing” created: emoji: “💳”; timezone: “UTC”; questions: 1. “Order number” (short, required)"
    )


def test_the_words_of_a_stored_detail_follow_the_reader_not_the_writer():
    detail = settings_changed(GuildConfig(1), {"confirm_close": True})
    assert read(detail, "en") == "confirm_close: no → yes"
    assert read(detail, "de") != read(detail, "en")


def test_a_setting_with_choices_reads_as_its_command_names_the_choice():
    detail = settings_changed(GuildConfig(1), {"claim_mode": ClaimMode.CLAIMER_ONLY})
    shared = render(Text("cmd-config-claim-mode-mode-choice-shared"), "de")
    claimer_only = render(Text("cmd-config-claim-mode-mode-choice-claimer-only"), "de")
    assert shared != "shared" and f"{shared} → {claimer_only}" in read(detail, "de")

"""Every audit action has a title of its own, and stored actions keep their values."""

from core.audit import AuditAction, heading
from core.i18n import render


def test_every_action_has_a_title_of_its_own():
    headings = [render(heading(action), "en") for action in AuditAction]
    assert all(h.strip() and h == h.strip() and not h.startswith("audit-") for h in headings)
    assert len(set(headings)) == len(headings), "two actions share a title"


def test_a_stored_action_reads_back_as_its_action_and_title():
    assert AuditAction("ticket_closed") is AuditAction.TICKET_CLOSED
    assert AuditAction.API_KEY_CREATED == "api_key_created"
    assert render(heading("api_key_created"), "en") == "API key created"
    assert render(heading("recovery_stuck"), "en") == "Needs attention"


def test_an_unknown_stored_action_is_shown_as_its_words():
    assert render(heading("feedback_given"), "es") == "Feedback given"

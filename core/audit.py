"""The actions an audit entry records; the log channel titles each by its catalog key ``audit-<action>``.

A member's value is what the database stores, so entries stored by earlier releases stay readable; a new
action is one line here and one heading in the catalogs.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from enum import StrEnum

from core.i18n import Text, t
from core.i18n.catalogs import bundle
from core.i18n.languages import DEFAULT_LANGUAGE


class AuditAction(StrEnum):
    """What an audit entry records: its stored value, which names its heading ``audit-<value>`` in the catalogs."""

    # The server's settings and what staff set up.
    SETUP = "setup"
    SETTINGS_CHANGED = "settings_changed"
    PANEL_SENT = "panel_sent"
    PANEL_CHANGED = "panel_changed"
    PANEL_DELETED = "panel_deleted"
    TYPE_CREATED = "type_created"
    TYPE_CHANGED = "type_changed"
    TYPE_DELETED = "type_deleted"
    BLACKLIST_ADDED = "blacklist_added"
    BLACKLIST_REMOVED = "blacklist_removed"
    API_KEY_CREATED = "api_key_created"
    API_KEY_REVOKED = "api_key_revoked"
    TAG_CREATED = "tag_created"
    TAG_CHANGED = "tag_changed"
    TAG_DELETED = "tag_deleted"
    LABEL_CREATED = "label_created"
    LABEL_DELETED = "label_deleted"
    # A ticket's life.
    TICKET_OPENED = "ticket_opened"
    TICKET_OPENED_FOR = "ticket_opened_for"
    TICKET_RENAMED = "ticket_renamed"
    TICKET_MOVED = "ticket_moved"
    MEMBER_ADDED = "member_added"
    MEMBER_REMOVED = "member_removed"
    STAFF_JOINED = "staff_joined"
    OPENER_LEFT = "opener_left"
    TICKET_CLAIMED = "ticket_claimed"
    TICKET_UNCLAIMED = "ticket_unclaimed"
    TICKET_TRANSFERRED = "ticket_transferred"
    PRIORITY_CHANGED = "priority_changed"
    LABEL_ADDED = "label_added"
    LABEL_REMOVED = "label_removed"
    AUTO_CLOSE_ON = "auto_close_on"
    AUTO_CLOSE_OFF = "auto_close_off"
    CLOSE_REQUESTED = "close_requested"
    CLOSE_REFUSED = "close_refused"
    TICKET_CLOSED = "ticket_closed"
    TICKET_ARCHIVED = "ticket_archived"
    TICKET_REOPENED = "ticket_reopened"
    TICKET_RATED = "ticket_rated"
    RATING_COMMENTED = "rating_commented"
    REOPEN_UNDONE = "reopen_undone"
    TRANSCRIPT_LINKS_REVOKED = "transcript_links_revoked"
    RECOVERY_STUCK = "recovery_stuck"


# Whether the changes under way come from the web dashboard (a command's are the default); see ``via_dashboard``.
_FROM_DASHBOARD: ContextVar[bool] = ContextVar("from_dashboard", default=False)


@contextmanager
def via_dashboard() -> Iterator[None]:
    """Mark every audit entry made inside as made on the web dashboard ("… via the dashboard")."""
    token = _FROM_DASHBOARD.set(True)
    try:
        yield
    finally:
        _FROM_DASHBOARD.reset(token)


def marked(details: Text) -> Text:
    """Return an entry's details as stored: a dashboard change says so after the command's own words."""
    return t("audit-detail-via-dashboard", details=details) if _FROM_DASHBOARD.get() else details


def heading_key(action: str) -> str:
    """Return the catalog key of an action's heading (Fluent ids hold hyphens, not underscores)."""
    return "audit-" + action.replace("_", "-")


def heading(action: str) -> Text:
    """Return the title of a stored action; one this release does not know is shown as its words."""
    key = heading_key(action)
    if bundle(DEFAULT_LANGUAGE).has_message(key):
        return t(key)
    return t("stored-prose", text=action.replace("_", " ").capitalize())

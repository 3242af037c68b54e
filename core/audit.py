"""The actions an audit entry records, each with the title the log channel shows for it.

A member's value is what the database stores, so entries stored by earlier releases stay readable; a new
action is one line here.
"""

from __future__ import annotations

from enum import StrEnum


class AuditAction(StrEnum):
    """What an audit entry records: its stored value and its ``heading`` in the log channel."""

    heading: str

    def __new__(cls, value: str, heading: str) -> AuditAction:
        """Make a member from its stored value and its heading."""
        member = str.__new__(cls, value)
        member._value_ = value
        member.heading = heading
        return member

    # The server's settings and what staff set up.
    SETUP = "setup", "Setup"
    SETTINGS_CHANGED = "settings_changed", "Settings changed"
    PANEL_SENT = "panel_sent", "Panel posted"
    PANEL_CHANGED = "panel_changed", "Panel edited"
    PANEL_DELETED = "panel_deleted", "Panel deleted"
    TYPE_CREATED = "type_created", "Ticket type created"
    TYPE_CHANGED = "type_changed", "Ticket type changed"
    TYPE_DELETED = "type_deleted", "Ticket type deleted"
    BLACKLIST_ADDED = "blacklist_added", "Blacklisted"
    BLACKLIST_REMOVED = "blacklist_removed", "Taken off the blacklist"
    API_KEY_CREATED = "api_key_created", "API key created"
    API_KEY_REVOKED = "api_key_revoked", "API key revoked"
    # A ticket's life.
    TICKET_OPENED = "ticket_opened", "Ticket opened"
    TICKET_RENAMED = "ticket_renamed", "Ticket renamed"
    TICKET_MOVED = "ticket_moved", "Ticket moved"
    MEMBER_ADDED = "member_added", "Member added"
    MEMBER_REMOVED = "member_removed", "Member removed"
    STAFF_JOINED = "staff_joined", "Staff joined"
    OPENER_LEFT = "opener_left", "Opener left"
    TICKET_CLAIMED = "ticket_claimed", "Ticket claimed"
    TICKET_UNCLAIMED = "ticket_unclaimed", "Ticket unclaimed"
    TICKET_TRANSFERRED = "ticket_transferred", "Ticket handed over"
    AUTO_CLOSE_ON = "auto_close_on", "Auto-close on"
    AUTO_CLOSE_OFF = "auto_close_off", "Auto-close off"
    CLOSE_REQUESTED = "close_requested", "Close requested"
    CLOSE_REFUSED = "close_refused", "Kept open"
    TICKET_CLOSED = "ticket_closed", "Ticket closed"
    TICKET_ARCHIVED = "ticket_archived", "Ticket archived"
    TICKET_REOPENED = "ticket_reopened", "Ticket reopened"
    REOPEN_UNDONE = "reopen_undone", "Reopen undone"
    TRANSCRIPT_LINKS_REVOKED = "transcript_links_revoked", "Transcript links revoked"
    RECOVERY_STUCK = "recovery_stuck", "Needs attention"


_HEADINGS = {action.value: action.heading for action in AuditAction}


def heading(action: str) -> str:
    """Return the title of a stored action; one this release does not know is shown as its words."""
    return _HEADINGS.get(action) or action.replace("_", " ").capitalize()

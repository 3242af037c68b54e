"""The audit log, on every backend."""

from datetime import timedelta

from core.models import AuditEntry
from tests.database.contract.helpers import BIG, MOMENT, open_ticket


async def test_audit_entries_newest_first(db):
    ticket = await open_ticket(db)
    for n in range(3):
        entry = await db.add_audit_entry(AuditEntry(None, BIG, ticket.id, BIG + 1, f"action_{n}", "détails 📝", MOMENT))
        assert entry.id is not None
    entries = await db.list_audit_entries(BIG, limit=2)
    assert [e.action for e in entries] == ["action_2", "action_1"]
    assert entries[0].details == "détails 📝" and entries[0].created_at == MOMENT and entries[0].actor_id == BIG + 1


async def test_has_audit_entry_of_an_action_for_a_ticket_since_a_moment(db):
    ticket = await open_ticket(db)
    await db.add_audit_entry(AuditEntry(None, BIG, ticket.id, 1, "recovery_stuck", "stuck", MOMENT))
    assert await db.has_audit_entry(BIG, ticket.id, "recovery_stuck", MOMENT)
    assert not await db.has_audit_entry(BIG, ticket.id, "recovery_stuck", MOMENT + timedelta(milliseconds=1))
    assert not await db.has_audit_entry(BIG, ticket.id, "ticket_closed", MOMENT - timedelta(days=1))
    assert not await db.has_audit_entry(BIG, ticket.id + 1, "recovery_stuck", MOMENT - timedelta(days=1))
    assert not await db.has_audit_entry(BIG + 1, ticket.id, "recovery_stuck", MOMENT - timedelta(days=1))

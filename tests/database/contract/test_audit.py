"""The audit log, on every backend."""

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

"""Panels, on every backend."""

from dataclasses import replace

from core.models import Panel, PanelStyle
from tests.database.contract.helpers import BIG, MOMENT, draft_panel


async def test_panels(db):
    panel = await db.create_panel(draft_panel())
    assert panel.message_id is None
    await db.set_panel_message(panel.id, BIG + 3)
    stored = await db.get_panel(panel.id)
    assert stored.message_id == BIG + 3 and stored.title == "Help 🆘" and stored.created_at == MOMENT
    second = await db.create_panel(draft_panel("b"))
    assert [p.id for p in await db.list_panels(BIG)] == [panel.id, second.id]
    await db.delete_panel(second.id)
    assert await db.get_panel(second.id) is None
    assert await db.list_panels(BIG + 100) == []


async def test_panels_with_types(db):
    panel = await db.create_panel(
        Panel(0, BIG, BIG + 1, None, "t", "d", "b", 1, MOMENT, type_ids=(BIG + 5, 3), style=PanelStyle.SELECT)
    )
    stored = await db.get_panel(panel.id)
    assert (stored.type_ids, stored.style) == ((BIG + 5, 3), PanelStyle.SELECT)
    await db.set_panel_message(panel.id, BIG + 9)
    changed = Panel(panel.id, BIG, 0, None, "T ✨", "D", "B", 0, MOMENT, type_ids=(), style=PanelStyle.BUTTONS)
    await db.update_panel(changed)
    assert await db.get_panel(panel.id) == Panel(
        panel.id, BIG, BIG + 1, BIG + 9, "T ✨", "D", "B", 1, MOMENT, (), PanelStyle.BUTTONS
    )
    await db.update_panel(replace(changed, unsynced_since=MOMENT))
    assert (await db.get_panel(panel.id)).unsynced_since == MOMENT, "an edit under way is marked"
    await db.update_panel(changed)
    assert (await db.get_panel(panel.id)).unsynced_since is None


async def test_unsettled_panels_across_servers(db):
    posted = await db.create_panel(draft_panel())
    await db.set_panel_message(posted.id, BIG + 3)
    unposted = await db.create_panel(replace(draft_panel("b"), guild_id=BIG + 100))
    edited = await db.create_panel(draft_panel("c"))
    await db.set_panel_message(edited.id, BIG + 4)
    await db.update_panel(replace(edited, message_id=BIG + 4, unsynced_since=MOMENT))
    assert [p.id for p in await db.list_unsettled_panels()] == [unposted.id, edited.id]
    assert (await db.get_panel((await db.create_panel(draft_panel())).id)).type_ids == ()

"""The audit journal at shutdown: what is queued is posted at once, not after the batch window."""

import time

from core.runtime.journal import BATCH_WINDOW


async def test_a_stop_posts_what_is_queued_without_waiting_out_the_batch_window(harness):
    world = await harness.world()
    await harness.setup(world)
    journal = harness.bot.journal
    await journal.record(journal.entry(world.guild.id, world.owner.id, "settings_changed", "queued at shutdown"))
    started = time.monotonic()
    await journal.stop(timeout=5.0)
    assert time.monotonic() - started < BATCH_WINDOW, "the stop waited out the batch window"
    posted = [e.get("description", "") for m in world.log.history() for e in m.embeds]
    assert any(d.startswith("queued at shutdown") for d in posted), posted

"""The audit journal at shutdown: what is queued is posted at once, not after the batch window."""

import asyncio
import time

from core.i18n import t
from core.runtime.journal import BATCH_WINDOW


async def test_a_stop_posts_what_is_queued_without_waiting_out_the_batch_window(harness):
    world = await harness.world()
    await harness.setup(world)
    journal = harness.bot.journal
    await journal.record(
        journal.entry(world.guild.id, world.owner.id, "settings_changed", t("stored-prose", text="queued at shutdown"))
    )
    started = time.monotonic()
    await journal.stop(timeout=5.0)
    assert time.monotonic() - started < BATCH_WINDOW, "the stop waited out the batch window"
    posted = [e.get("description", "") for m in world.log.history() for e in m.embeds]
    assert any(d.startswith("queued at shutdown") for d in posted), posted


async def test_a_burst_of_opens_is_posted_ten_entries_to_a_message(harness):
    """Opens spread over several batch windows still fill each log message before it is posted."""
    world = await harness.world()
    await harness.setup(world)
    panel = await harness.panel(world)
    crowd = [await harness.emulator.add_member(world.guild, f"member{n}") for n in range(20)]
    await harness.bot.journal.stop(timeout=5.0)  # the setup's entries posted, so the opens' are alone
    harness.bot.journal.start()
    clicks = []
    for member in crowd:
        clicks.append(await harness.emulator.click(member, panel))
        await asyncio.sleep(BATCH_WINDOW / 4)
    for click in clicks:
        assert "is open" in (await click.answered()).text

    def posts() -> list[int]:
        opens = ([e for e in m.embeds if " opened " in e.get("description", "")] for m in world.log.history())
        return [len(found) for found in opens if found]

    await harness.eventually(lambda: sum(posts()) == 20, "every open's audit entry to be posted")
    assert posts() == [10, 10]

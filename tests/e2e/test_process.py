"""The bot as a process: ``python bot.py`` shuts down cleanly on SIGTERM."""

import asyncio
import signal
from pathlib import Path

import pytest

from tests.harness import build_world, spawn_bot, until_connected, wait_for

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]


async def test_sigterm_closes_gateway_and_database(emulator, tmp_path):
    process = await spawn_bot(emulator, tmp_path)
    try:
        await until_connected(emulator, process, set())
        await wait_for(lambda: emulator.commands.get(None), 30, "command registration")
        process.send_signal(signal.SIGTERM)
        returncode = await asyncio.wait_for(process.wait(), 20)
    finally:
        if process.returncode is None:
            process.kill()
    stderr = (await process.stderr.read()).decode()
    assert returncode == 0, stderr
    assert "shutting down" in stderr and "Traceback" not in stderr
    assert "voice" not in stderr.lower(), "the bot uses no voice: no warning about voice libraries"
    await wait_for(lambda: not any(s.ws for s in emulator.sessions.values()), 5, "the gateway to close")


async def test_sigterm_lets_a_running_click_finish_and_turns_new_ones_away(emulator, tmp_path):
    world = await build_world(emulator)
    process = await spawn_bot(emulator, tmp_path)
    try:
        await until_connected(emulator, process, set())
        options = {"staff_role": world.staff_role, "category": world.category, "log_channel": world.log}
        await (await emulator.run_command(world.owner, world.lobby, "setup", **options)).answered(20)
        await (await emulator.run_command(world.owner, world.lobby, "panel send")).answered(20)
        panel = next(m for m in world.lobby.history() if m.custom_ids)
        emulator.latency = 0.7
        running = await emulator.click(world.alice, panel)
        await wait_for(lambda: running.acknowledged, 10, "the first click to be acknowledged")
        process.send_signal(signal.SIGTERM)
        await asyncio.sleep(0.3)
        emulator.latency = 0
        turned_away = await (await emulator.click(world.bob, panel)).answered(10)
        assert turned_away.ephemeral and "restarting" in turned_away.text
        assert "is open" in (await running.answered(20)).text
        returncode = await asyncio.wait_for(process.wait(), 30)
    finally:
        if process.returncode is None:
            process.kill()
    stderr = (await process.stderr.read()).decode()
    assert returncode == 0 and "Traceback" not in stderr and " ERROR " not in stderr, stderr

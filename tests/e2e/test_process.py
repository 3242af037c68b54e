"""The bot as a process: ``python bot.py`` shuts down cleanly on SIGTERM."""

import asyncio
import os
import signal
import sys
from pathlib import Path

from tests.harness import wait_for

ROOT = Path(__file__).resolve().parents[2]


async def test_sigterm_closes_gateway_and_database(emulator, tmp_path):
    (tmp_path / "config.yaml").write_text("logging:\n  file: null\n")
    env = {
        "PATH": os.environ["PATH"],
        "PYTHONPATH": str(ROOT),
        "DISCORD_TOKEN": emulator.token,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'tickets.db'}",
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "tests.run_bot", emulator.base_url, cwd=tmp_path, env=env, stderr=asyncio.subprocess.PIPE
    )
    try:
        await wait_for(
            lambda: any(s.ws for s in emulator.sessions.values()) or process.returncode is not None, 30, "a connection"
        )
        await wait_for(lambda: emulator.commands.get(None), 30, "command registration")
        process.send_signal(signal.SIGTERM)
        returncode = await asyncio.wait_for(process.wait(), 20)
    finally:
        if process.returncode is None:
            process.kill()
    stderr = (await process.stderr.read()).decode()
    assert returncode == 0, stderr
    assert "shutting down" in stderr and "Traceback" not in stderr
    await wait_for(lambda: not any(s.ws for s in emulator.sessions.values()), 5, "the gateway to close")

"""Fixtures shared by every test: databases on real backends, and the emulator with the real bot."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.backends import BACKENDS, fresh_database
from tests.e2e.matrix_report import collect, table
from tests.emulator.emulator import Emulator
from tests.harness import RETRYING_MODULES, ErrorRecorder, Harness, ScaledRetryWaits


@pytest.fixture(params=BACKENDS)
async def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    """A fresh database on each backend for the bot to run on."""
    async with fresh_database(request.param, tmp_path) as url:
        yield url


@pytest.fixture
async def emulator(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Emulator]:
    """The Discord API emulator, with discord.py's waits between retries scaled down (``RETRY_WAIT_SCALE``)."""
    for module in RETRYING_MODULES:
        monkeypatch.setattr(module, "asyncio", ScaledRetryWaits())
    emulator = Emulator()
    await emulator.start()
    yield emulator
    await emulator.stop()


@pytest.fixture
async def harness(
    emulator: Emulator, database_url: str, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> AsyncIterator[Harness]:
    """The real bot connected to the emulator on a fresh database.

    The test fails if discord.py or the bot logs an ERROR (unless marked ``allow_errors``), if the bot
    task dies, or if any request or response broke Discord's API description.
    """
    for name in ("DISCORD_TOKEN", "DATABASE_URL", "TICKETBOT_CONFIG"):
        monkeypatch.delenv(name, raising=False)
    recorder = ErrorRecorder()
    logging.getLogger().addHandler(recorder)
    harness = Harness(emulator, database_url, recorder)
    try:
        await harness.start_bot()
        yield harness
        harness.check_alive()
    finally:
        await harness.stop_bot()
        logging.getLogger().removeHandler(recorder)
    if not request.node.get_closest_marker("allow_errors"):
        assert not recorder.records, f"errors were logged:\n{recorder.describe()}"
    assert not emulator.violations, "requests or responses broke Discord's API description:\n" + "\n".join(
        emulator.violations
    )


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """Gather the crash matrix's rows from every test's report, wherever (on which worker) it ran."""
    collect(report)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Print the crash matrix (what every fault left behind, after recovery and after a restart), then one
    line per reason tests were skipped, with how many."""
    lines = table()
    if lines:
        terminalreporter.section("crash matrix (every count must be 0)")
        for line in lines:
            terminalreporter.write_line(line)
    reasons = Counter(_skip_reason(report) for report in terminalreporter.stats.get("skipped", []))
    for reason, count in reasons.most_common():
        terminalreporter.write_line(f"{count} skipped: {reason}", yellow=True)


def _skip_reason(report: pytest.TestReport) -> str:
    longrepr = report.longrepr
    reason = str(longrepr[2]) if isinstance(longrepr, tuple | list) else str(longrepr)
    return reason.removeprefix("Skipped: ")

"""Interrupting an operation's handler while Discord is still answering one of its requests.

Discord answers the request with 500s (discord.py waits and retries) and the handler is cancelled while it
waits: the database holds what the operation wrote before, Discord holds none of the request's change.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

from core.models import utcnow

# The tasks discord.py runs a slash command's and a button's handler in.
HANDLER_TASKS = ("CommandTree-invoker", "discord-ui-dynamic-item")


def handlers_running() -> bool:
    """Whether a handler of an interaction is still running in the bot."""
    return any(task.get_name().startswith(HANDLER_TASKS) for task in asyncio.all_tasks() if not task.done())


def cancel_handlers() -> None:
    """Cancel every interaction handler running in the bot (as a crash of its task would end it)."""
    for task in asyncio.all_tasks():
        if task.get_name().startswith(HANDLER_TASKS):
            task.cancel()


async def cancelled_at(harness, route: str, guild_id: int, act: Callable[[], Awaitable[Any]]) -> None:
    """Run ``act`` and cancel the handler once it sent its first request to ``route``, which Discord refuses."""
    emulator = harness.emulator
    before = len(emulator.requests)
    fault = emulator.fail(route, 500, times=5, scope=guild_id)
    await act()
    await harness.eventually(
        lambda: any(r.route == route for r in emulator.requests[before:]), f"a request to {route}", timeout=20
    )
    cancel_handlers()
    fault.times = 0
    await harness.eventually(lambda: not handlers_running(), "the handlers to end", timeout=10)


async def cancelled_after(harness, route: str, nth: int, guild_id: int, act: Callable[[], Awaitable[Any]]) -> None:
    """Run ``act`` and cancel the handler right after Discord carried out its ``nth`` request to ``route``."""
    fired = asyncio.Event()

    def cancel() -> None:
        cancel_handlers()
        fired.set()

    harness.emulator.after(route, cancel, nth=nth, scope=guild_id)
    await act()
    await asyncio.wait_for(fired.wait(), 20)


async def recover(harness) -> None:
    """Run the scheduler's jobs once, a minute ahead, as the running bot would by itself."""
    await harness.bot.scheduler.sweep(now=utcnow() + timedelta(minutes=1))

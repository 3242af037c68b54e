"""Whether the bot takes new interactions, and the handlers in flight that a shutdown waits for."""

from __future__ import annotations

import asyncio


class Lifecycle:
    """Admits interaction handlers while running; once draining, turns new ones away.

    Every handler (command, button or modal) is admitted from inside the task that runs it, so a
    shutdown can wait for exactly those tasks, for a bounded time, before the gateway, the HTTP session
    and the database close under them.
    """

    def __init__(self) -> None:
        self.accepting = True
        self._handlers: set[asyncio.Task[object]] = set()

    def admit(self) -> bool:
        """Register the current task as a running handler; False when the bot is shutting down."""
        if not self.accepting:
            return False
        task = asyncio.current_task()
        if task is not None and task not in self._handlers:
            self._handlers.add(task)
            task.add_done_callback(self._handlers.discard)
        return True

    @property
    def running(self) -> int:
        """How many handlers are running."""
        return len(self._handlers)

    async def drain(self, timeout: float) -> bool:
        """Stop admitting handlers and wait for the running ones; return whether all finished in time."""
        self.accepting = False
        running = self._handlers - {asyncio.current_task()}
        if not running:
            return True
        _, unfinished = await asyncio.wait(running, timeout=timeout)
        return not unfinished

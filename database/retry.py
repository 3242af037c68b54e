"""Retry of transient database failures with exponential backoff."""

from __future__ import annotations

import asyncio
import functools
import logging
import time
from collections.abc import Callable, Coroutine
from typing import Any, ParamSpec, TypeVar

from core.errors import TransientDatabaseError
from core.metrics import DATABASE_SECONDS

log = logging.getLogger(__name__)

P = ParamSpec("P")
R = TypeVar("R")

# Five tries over 7.5 s: enough for a MongoDB driver's pool, paused by a dropped connection, to resume.
ATTEMPTS = 5
BASE_DELAY = 0.5


def retry_transient(func: Callable[P, Coroutine[Any, Any, R]]) -> Callable[P, Coroutine[Any, Any, R]]:
    """Run ``func`` again up to four times, waiting 0.5, 1, 2 and 4 s, when it raises TransientDatabaseError.

    Each try is timed for /metrics, by operation.
    """

    @functools.wraps(func)
    async def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        timing = DATABASE_SECONDS.labels(func.__name__)
        for attempt in range(1, ATTEMPTS + 1):
            started = time.perf_counter()
            try:
                return await func(*args, **kwargs)
            except TransientDatabaseError as error:
                if attempt == ATTEMPTS:
                    raise
                delay = BASE_DELAY * 2 ** (attempt - 1)
                log.warning("%s failed (%s); retry %d in %.1fs", func.__qualname__, error.__cause__, attempt, delay)
            finally:
                timing.observe(time.perf_counter() - started)
            await asyncio.sleep(delay)
        raise AssertionError("unreachable")

    return wrapper

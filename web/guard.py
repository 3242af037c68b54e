"""What the web side does before a request reaches a handler: connection limits, common headers, quiet logs.

A client that sends nothing, or trickles a request's header lines, is cut off ``IDLE_TIMEOUT`` seconds after
it connected or after its last answer (aiohttp's keep-alive timer, which runs until a whole request head has
arrived). One address may hold ``CONNECTIONS_PER_ADDRESS`` connections at once; more are closed at once.
A malformed or oversized request is a warning of one line, not an ERROR with a traceback.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import Callable
from typing import Any

from aiohttp import web
from aiohttp.http_exceptions import HttpProcessingError

from core.errors import ConfigurationError

IDLE_TIMEOUT = 15.0
CONNECTIONS_PER_ADDRESS = 64
HSTS = "max-age=31536000"


class _QuietBadRequests(logging.Filter):
    """Turns aiohttp's report of a request it could not parse into a one-line warning."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        if isinstance(error, HttpProcessingError):
            record.levelno, record.levelname = logging.WARNING, "WARNING"
            record.msg = f"refused a malformed request ({error.message or type(error).__name__})"  # i18n: log
            record.args, record.exc_info, record.exc_text = None, None, None
        return True


# The logger aiohttp's connection handler reports to (passed to it, so other aiohttp loggers are untouched).
PROTOCOL_LOG = logging.getLogger("web.protocol")
PROTOCOL_LOG.addFilter(_QuietBadRequests())


def runner_options() -> dict[str, Any]:
    """Return the AppRunner options that bound idle connections and quiet parse errors."""
    return {"access_log": None, "keepalive_timeout": IDLE_TIMEOUT, "logger": PROTOCOL_LOG}


def common_headers(https: bool) -> Callable[[web.Request, web.StreamResponse], Any]:
    """Return the response hook that drops the Server header and, behind https, asks for https only."""

    async def prepare(request: web.Request, response: web.StreamResponse) -> None:
        response.headers.popall("Server", None)
        if https:
            response.headers["Strict-Transport-Security"] = HSTS

    return prepare


class _Counted(asyncio.Protocol):
    """One connection: refused when its address already holds too many, else handed to aiohttp's handler."""

    def __init__(self, inner: asyncio.Protocol, counts: Counter[str]) -> None:
        self._inner, self._counts = inner, counts
        self._address: str | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        peer = transport.get_extra_info("peername")
        address = str(peer[0]) if isinstance(peer, tuple) else "?"
        if self._counts[address] >= CONNECTIONS_PER_ADDRESS:
            transport.close()
            return
        self._counts[address] += 1
        self._address = address
        self._inner.connection_made(transport)

    def connection_lost(self, exc: Exception | None) -> None:
        if self._address is None:
            return
        self._counts[self._address] -= 1
        if not self._counts[self._address]:
            del self._counts[self._address]
        self._inner.connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if self._address is not None:
            self._inner.data_received(data)

    def eof_received(self) -> bool | None:
        return self._inner.eof_received() if self._address is not None else None

    def pause_writing(self) -> None:
        self._inner.pause_writing()

    def resume_writing(self) -> None:
        self._inner.resume_writing()


class Listener:
    """Accepts connections for an AppRunner, at most ``CONNECTIONS_PER_ADDRESS`` from one address."""

    def __init__(self, runner: web.AppRunner) -> None:
        self._runner = runner
        self._counts: Counter[str] = Counter()
        self._server: asyncio.Server | None = None

    async def start(self, host: str, port: int) -> None:
        """Set the runner up and listen on ``host``:``port``; a port already taken is a settings error."""
        await self._runner.setup()
        handler = self._runner.server
        assert handler is not None

        def connection() -> asyncio.Protocol:
            return _Counted(handler(), self._counts)

        try:
            self._server = await asyncio.get_running_loop().create_server(connection, host, port, reuse_address=True)
        except OSError as error:
            await self._runner.cleanup()
            raise ConfigurationError(
                f"web.port: cannot listen on {host}:{port} ({error.strerror or error}); choose another web.port "
                "(or web.host) in config.yaml, or stop what holds it"
            ) from None

    async def stop(self) -> None:
        """Stop accepting connections, finish those open (the runner's cleanup), and wait until all are gone."""
        if self._server is not None:
            self._server.close()
        await self._runner.cleanup()
        if self._server is not None:
            await self._server.wait_closed()

"""The web side, in the bot's own process and event loop (aiohttp.web): health and metrics.

``GET /health`` says whether the gateway is connected and the database answers, with latencies, as JSON:
200 when both are well, 503 otherwise (for load balancers and container health checks). ``GET /metrics``
is the Prometheus text format. Nothing here blocks the gateway: every handler only awaits.
"""

from __future__ import annotations

import logging
import math
import time
from typing import TYPE_CHECKING, Any

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from core import metrics
from core.errors import DatabaseError

if TYPE_CHECKING:
    from core.client import TicketClient

log = logging.getLogger(__name__)

HEALTH_DATABASE_TIMEOUT = 5.0


class WebServer:
    """Serves /health and /metrics for one bot process."""

    def __init__(self, bot: TicketClient, host: str, port: int) -> None:
        self._bot = bot
        self._host, self._port = host, port
        app = web.Application()
        app.router.add_get("/health", self.health)
        app.router.add_get("/metrics", self.metrics)
        self._runner = web.AppRunner(app, access_log=None)

    async def start(self) -> None:
        """Listen on the configured address."""
        await self._runner.setup()
        await web.TCPSite(self._runner, self._host, self._port).start()
        log.info("web side listening on http://%s:%d (/health, /metrics)", self._host, self._port)

    async def stop(self) -> None:
        """Stop listening and finish the requests under way."""
        await self._runner.cleanup()

    async def health(self, request: web.Request) -> web.Response:
        """Report the gateway and the database; 503 when either is not well."""
        bot = self._bot
        latency = bot.latency
        gateway: dict[str, Any] = {
            "connected": bot.is_ready() and not bot.is_closed(),
            "latency_ms": round(latency * 1000, 1) if math.isfinite(latency) else None,
        }
        started = time.perf_counter()
        database: dict[str, Any] = {"backend": bot.db.backend}
        try:
            await bot.db.count_open_tickets()
            database.update(reachable=True, latency_ms=round((time.perf_counter() - started) * 1000, 1))
        except DatabaseError as error:
            database.update(reachable=False, error=str(error))
        healthy = gateway["connected"] and database["reachable"]
        body = {"status": "ok" if healthy else "unavailable", "gateway": gateway, "database": database}
        return web.json_response(body, status=200 if healthy else 503)

    async def metrics(self, request: web.Request) -> web.Response:
        """Report the metrics, reading the gauges first."""
        try:
            metrics.OPEN_TICKETS.set(await self._bot.db.count_open_tickets())
        except DatabaseError as error:
            log.warning("open tickets not counted for /metrics: %s", error)
        metrics.AUDIT_QUEUE.set(self._bot.journal.depth)
        return web.Response(body=generate_latest(), headers={"Content-Type": CONTENT_TYPE_LATEST})

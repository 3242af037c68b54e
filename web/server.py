"""The web side, in the bot's own process and event loop (aiohttp.web): health, metrics and the viewer.

``/api/v1`` is the HTTP API (:mod:`web.api`). ``GET /health`` says whether the gateway is connected and the
database answers, with latencies, as JSON: 200 when both are well, 503 otherwise (for load balancers and
container health checks). ``GET /metrics`` is the Prometheus text format. With ``METRICS_TOKEN`` set,
/metrics and /health's details answer only requests carrying it (/health's status stays open). With ``WEB_SECRET`` set, the transcript viewer (:mod:`web.viewer`) is
served too. Nothing here blocks the gateway: every handler only awaits. An unexpected error is logged with
an id, which the page shows; no traceback reaches the browser.
"""

from __future__ import annotations

import logging
import math
import secrets
import time
from typing import TYPE_CHECKING, Any

from aiohttp import web
from aiohttp.typedefs import Handler
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from core import metrics
from core.errors import DatabaseError
from core.i18n import Text, t
from core.i18n.text import STORED_PROSE
from core.signing import Signer
from web.access import Access
from web.api import API_CODES, Api, ApiError
from web.dashboard.site import dashboard_routes
from web.edge import bearer
from web.guard import Listener, common_headers, runner_options
from web.language import of_request
from web.login import DiscordLogin
from web.pages import notice
from web.people import People
from web.viewer import Viewer

if TYPE_CHECKING:
    from core.ui.client import TicketClient

log = logging.getLogger(__name__)


@web.middleware
async def _errors_shown_by_id(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Answer unexpected errors with an id (logged with the traceback); the API answers every error as JSON."""
    api = request.path.startswith("/api/")
    language = of_request(None, request.headers.get("Accept-Language"))
    try:
        return await handler(request)
    except web.HTTPException as error:
        if not api and error.status == 404:
            return notice("web-not-found", language, status=404)
        if not api or error.status < 400:
            raise
        reason = Text(STORED_PROSE, {"text": error.reason})  # HTTP's own reason phrase
        return ApiError(error.status, API_CODES.get(error.status, "bad_request"), reason).response(language)
    except DatabaseError as error:  # the database is down or too slow: say so, and when to try again
        log.warning("web request %s %s: database unavailable: %s", request.method, request.path, error)
        if api:
            return ApiError(503, "unavailable", t("error-database"), {"Retry-After": "5"}).response(language)
        return notice("web-unavailable", language, status=503)
    except Exception:
        error_id = secrets.token_hex(4)
        log.exception("web request %s %s failed (error id %s)", request.method, request.path, error_id)
        if api:
            return ApiError(500, "internal_error", t("api-error-internal", id=error_id)).response(language)
        return notice("web-error", of_request(None, request.headers.get("Accept-Language")), status=500, id=error_id)


# For the operator's scraper, which only its own operator configures.
METRICS_TOKEN_NEEDED = "Send Authorization: Bearer <METRICS_TOKEN>."  # i18n: operators


class WebServer:
    """Serves /health, /metrics and (with a signing secret) the transcript viewer for one bot process."""

    def __init__(
        self,
        bot: TicketClient,
        host: str,
        port: int,
        *,
        signer: Signer | None = None,
        public_url: str | None = None,
        client_secret: str | None = None,
        metrics_token: str | None = None,
        links_need_membership: bool = False,
    ) -> None:
        self._bot = bot
        self._host, self._port = host, port
        self._signer = signer
        self._public_url = (public_url or f"http://{host}:{port}").rstrip("/")
        self._client_secret = client_secret
        self._metrics_token = metrics_token
        self._links_need_membership = links_need_membership
        self._app = web.Application(middlewares=[_errors_shown_by_id])
        self._app.on_response_prepare.append(common_headers(self._public_url.startswith("https://")))
        self._app.router.add_get("/health", self.health)
        self._app.router.add_get("/metrics", self.metrics)
        self._app.router.add_routes(Api(bot).routes())
        self._listener = Listener(web.AppRunner(self._app, **runner_options()))

    @property
    def redirect_uri(self) -> str:
        """Return the address Discord sends people back to after login (registered in the developer portal)."""
        return f"{self._public_url}/auth/callback"

    async def start(self) -> None:
        """Listen on the configured address (the viewer needs the application id, known once logged in)."""
        if self._signer is not None:
            login = None
            if self._client_secret and self._bot.application_id is not None:
                login = DiscordLogin(self._bot.application_id, self._client_secret, self.redirect_uri)
            access = Access(self._bot, self._signer, secure=self._public_url.startswith("https://"))
            people = People(self._bot, access.members)
            viewer = Viewer(
                self._bot, self._signer, login, access, people, links_need_membership=self._links_need_membership
            )
            self._app.router.add_routes(viewer.routes())
            self._app.router.add_routes(dashboard_routes(self._bot, access, people, self._public_url))
        await self._listener.start(self._host, self._port)
        shown = ", the transcript viewer and the dashboard" if self._signer is not None else ""  # i18n: log
        served = "/health, /metrics, /api/v1" + shown
        log.info("web side listening on http://%s:%d (%s)", self._host, self._port, served)

    async def stop(self) -> None:
        """Stop listening and finish the requests under way."""
        await self._listener.stop()

    def _trusted(self, request: web.Request) -> bool:
        """Whether the request may read the operator's details (always, unless METRICS_TOKEN is set)."""
        if self._metrics_token is None:
            return True
        given = bearer(request) or ""
        return given.isascii() and secrets.compare_digest(given.encode(), self._metrics_token.encode())

    async def health(self, request: web.Request) -> web.Response:
        """Report the gateway and the database; 503 when either is not well (details only to the trusted)."""
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
        if not self._trusted(request):
            body = {"status": body["status"]}
        return web.json_response(body, status=200 if healthy else 503)

    async def metrics(self, request: web.Request) -> web.Response:
        """Report the metrics, reading the gauges first (with METRICS_TOKEN set, only to requests carrying it)."""
        if not self._trusted(request):
            return web.json_response(
                {"error": {"code": "unauthorized", "message": METRICS_TOKEN_NEEDED}},
                status=401,
            )
        try:
            metrics.OPEN_TICKETS.set(await self._bot.db.count_open_tickets())
            backlog = await self._bot.db.count_backlog()
            metrics.WAITING_ON_STAFF.set(backlog.waiting_on_staff)
            metrics.PAST_TARGET.set(backlog.past_target)
        except DatabaseError as error:
            log.warning("open tickets not counted for /metrics: %s", error)
        metrics.AUDIT_QUEUE.set(self._bot.journal.depth)
        return web.Response(body=generate_latest(), headers={"Content-Type": CONTENT_TYPE_LATEST})

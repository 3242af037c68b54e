"""The HTTP API, ``/api/v1``: a server's tickets, transcripts and stats, and posting panels.

Every request carries ``Authorization: Bearer <key>`` (a key made with ``/api-key create``), which scopes
it to that key's server. Errors are JSON, ``{"error": {"code": ..., "message": ...}}``, with stable codes:
``unauthorized``, ``not_found``, ``method_not_allowed``, ``bad_request``, ``timeout``, ``too_large``,
``rate_limited``, ``unavailable``, ``internal_error``. Each key may make ``RATE`` requests a second on average, in bursts of up
to ``BURST``, per process. Bodies, ids and texts are checked against their limits before Discord is asked.
"""

from __future__ import annotations

import asyncio
import json
import math
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import discord
from aiohttp import web

from core.admin.api_keys import hash_key
from core.admin.panels import PanelDesign
from core.errors import TicketBotError
from core.i18n import DEFAULT_LANGUAGE, Text, render, t
from core.models import ApiKey, Tag, Ticket, TicketSearch, TicketType
from core.rules import ticket_types
from web.edge import bearer, whole_number
from web.language import of_request
from web.search import label_names, search_from
from web.stats import StatsQuery, csv_response, stats_json, stats_query

if TYPE_CHECKING:
    from core.ui.client import TicketClient

RATE = 2.0
BURST = 60
MAX_PAGE = 100
MAX_BODY = 16_384  # bytes: a panel's texts at their longest fit in well under this
BODY_SECONDS = 10.0  # a body trickled slower than this is refused (a slow client holds a connection)
# The longest text Discord takes for each of a panel's fields (an embed title, our description cap, a button).
TEXT_LIMITS = {"title": 256, "description": 2000, "button_label": 80}
MAX_TYPE_NAME = 100
API_CODES = {
    400: "bad_request",
    404: "not_found",
    405: "method_not_allowed",
    408: "timeout",
    413: "too_large",
    429: "rate_limited",
}
Endpoint = Callable[[web.Request, ApiKey], Awaitable[web.StreamResponse]]


class ApiError(Exception):
    """An answer with an error code a client can act on."""

    def __init__(
        self, status: int, code: str, message: Text | Sequence[Text], headers: dict[str, str] | None = None
    ) -> None:
        said = (message,) if isinstance(message, Text) else tuple(message)
        super().__init__(" ".join(text.key for text in said))
        self.status, self.code, self.message, self.headers = status, code, said, headers or {}

    def response(self, language: str = DEFAULT_LANGUAGE) -> web.Response:
        """Return the error as its JSON answer: a stable code, and the message (its sentences) in ``language``."""
        body = {"error": {"code": self.code, "message": " ".join(render(text, language) for text in self.message)}}
        return web.json_response(body, status=self.status, headers=self.headers)


class _Buckets:
    """Token buckets per key: ``RATE`` a second, up to ``BURST`` at once."""

    def __init__(self) -> None:
        self._buckets: dict[int, tuple[float, float]] = {}

    def take(self, key_id: int) -> float:
        """Spend one request; return 0, or the seconds to wait when the bucket is empty."""
        now = time.monotonic()
        tokens, then = self._buckets.get(key_id, (float(BURST), now))
        tokens = min(float(BURST), tokens + (now - then) * RATE)
        if tokens < 1:
            self._buckets[key_id] = (tokens, now)
            return (1 - tokens) / RATE
        self._buckets[key_id] = (tokens - 1, now)
        return 0.0


def ticket_json(ticket: Ticket, types: list[TicketType], labels: list[str]) -> dict[str, Any]:
    """Return a ticket as the API shows it (snowflakes as strings, times in ISO 8601 UTC), with its labels' names."""
    kind = next((t.name for t in types if t.id == ticket.type_id), None)

    def snowflake(value: int | None) -> str | None:
        return None if value is None else str(value)

    return {
        "id": ticket.id,
        "number": ticket.number,
        "status": ticket.status.value,
        "type": kind,
        "opener_id": str(ticket.opener_id),
        "channel_id": snowflake(ticket.channel_id),
        "reason": ticket.reason,
        "answers": [{"question": q, "answer": a} for q, a in ticket.answers],
        "claimed_by": snowflake(ticket.claimed_by),
        "priority": ticket.priority.value,
        "waiting_on": ticket.waiting_on.value if ticket.waiting_on else None,
        "labels": labels,
        "rating": ticket.rating,
        "rating_comment": ticket.rating_comment,
        "opened_at": ticket.opened_at.isoformat(),
        "closed_at": ticket.closed_at.isoformat() if ticket.closed_at else None,
        "closed_by": snowflake(ticket.closed_by),
        "close_reason": ticket.close_reason,
    }


class Api:
    """The ``/api/v1`` endpoints."""

    def __init__(self, bot: TicketClient) -> None:
        self._bot = bot
        self._buckets = _Buckets()

    def routes(self) -> list[web.RouteDef]:
        """Return the API's routes."""
        return [
            web.get("/api/v1/tickets", self._endpoint(self.list_tickets)),
            web.get(r"/api/v1/tickets/{ticket:[0-9]{1,20}}", self._endpoint(self.get_ticket)),
            web.get(r"/api/v1/tickets/{ticket:[0-9]{1,20}}/transcript", self._endpoint(self.get_transcript)),
            web.get("/api/v1/stats", self._endpoint(self.stats)),
            web.get("/api/v1/stats.csv", self._endpoint(self.stats_csv)),
            web.get("/api/v1/tags", self._endpoint(self.list_tags)),
            web.post("/api/v1/panels", self._endpoint(self.post_panel)),
        ]

    def _endpoint(self, handler: Endpoint) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
        async def answer(request: web.Request) -> web.StreamResponse:
            try:
                return await handler(request, await self._key(request))
            except ApiError as error:
                return error.response(of_request(None, request.headers.get("Accept-Language")))

        return answer

    async def _key(self, request: web.Request) -> ApiKey:
        given = bearer(request)
        if given is None:
            raise ApiError(401, "unauthorized", t("api-error-no-key"))
        if not given.isascii():  # keys are ASCII; aiohttp keeps other bytes as surrogates, which cannot be hashed
            raise ApiError(401, "unauthorized", t("api-error-bad-key"))
        key = await self._bot.db.find_api_key(hash_key(given))
        if key is None or key.revoked_at is not None:
            raise ApiError(401, "unauthorized", t("api-error-bad-key"))
        wait = self._buckets.take(key.id)
        if wait:
            raise ApiError(429, "rate_limited", t("api-error-rate-limited"), {"Retry-After": str(math.ceil(wait))})
        return key

    async def _ticket(self, request: web.Request, key: ApiKey) -> Ticket:
        ticket_id = whole_number(request.match_info["ticket"])
        ticket = await self._bot.db.get_ticket(ticket_id) if ticket_id is not None else None
        if ticket is None or ticket.guild_id != key.guild_id:
            raise ApiError(404, "not_found", t("api-error-no-ticket"))
        return ticket

    async def list_tickets(self, request: web.Request, key: ApiKey) -> web.StreamResponse:
        """``GET /api/v1/tickets``: newest first, or most urgent first with ``sort=priority``.

        Filters: number, opener, type, status, priority, waiting, label, from, to. Paged by ``before`` (and
        ``before_rank`` when sorted by priority).
        """
        types = await self._bot.guild_settings.types(key.guild_id)
        labels = await self._bot.db.list_labels(key.guild_id)
        search, problems = search_from(request.query, key.guild_id, types, labels)
        limit = whole_number(request.query.get("limit", "50"))
        if limit is None or limit > MAX_PAGE:
            problems.append(t("api-error-limit", most=str(MAX_PAGE)))
        if problems or limit is None:
            raise ApiError(400, "bad_request", problems)
        tickets = await self._bot.db.search_tickets(replace(search, limit=limit))
        named = await label_names(self._bot.db, tickets, labels)
        return web.json_response({"tickets": [ticket_json(t, types, named.get(t.id, [])) for t in tickets]})

    async def get_ticket(self, request: web.Request, key: ApiKey) -> web.StreamResponse:
        """``GET /api/v1/tickets/{id}``."""
        ticket = await self._ticket(request, key)
        named = await label_names(self._bot.db, [ticket], await self._bot.db.list_labels(key.guild_id))
        types = await self._bot.guild_settings.types(key.guild_id)
        return web.json_response(ticket_json(ticket, types, named.get(ticket.id, [])))

    async def get_transcript(self, request: web.Request, key: ApiKey) -> web.StreamResponse:
        """``GET /api/v1/tickets/{id}/transcript``: JSON with the text, or the page with ``?format=html``."""
        ticket = await self._ticket(request, key)
        transcript = await self._bot.db.get_transcript(ticket.id)
        if transcript is None:
            raise ApiError(404, "not_found", t("api-error-no-transcript"))
        if request.query.get("format") == "html":
            headers = {"Content-Security-Policy": "sandbox; default-src 'none'; style-src 'unsafe-inline'"}
            return web.Response(body=transcript.html, content_type="text/html", charset="utf-8", headers=headers)
        return web.json_response(
            {
                "ticket_id": ticket.id,
                "message_count": transcript.message_count,
                "created_at": transcript.created_at.isoformat(),
                "text": transcript.text.decode(),
            }
        )

    async def stats(self, request: web.Request, key: ApiKey) -> web.StreamResponse:
        """``GET /api/v1/stats``: open tickets, tickets ever opened and the types; then the figures of a period.

        ``days`` (7, 30, 90 or 365; 30 by default), ``type`` (a type's id) and ``staff`` (a member's id)
        choose them; they are up to a minute old, computed once for the command, the page and the API.
        """
        db = self._bot.db
        types = await self._bot.guild_settings.types(key.guild_id)
        asked = self._stats_query(request, types)
        newest = await db.search_tickets(TicketSearch(key.guild_id, limit=1))
        figures = await self._bot.stats.stats(key.guild_id, asked.days, type_id=asked.type_id, staff_id=asked.staff_id)
        return web.json_response(
            {
                "open_tickets": await db.count_open_tickets(key.guild_id),
                "tickets": newest[0].number if newest else 0,
                "types": [{"id": t.id, "name": t.name} for t in types],
                **stats_json(figures, types, asked.days),
            }
        )

    async def stats_csv(self, request: web.Request, key: ApiKey) -> web.StreamResponse:
        """``GET /api/v1/stats.csv``: the figures of ``/api/v1/stats`` (same query) as a spreadsheet."""
        types = await self._bot.guild_settings.types(key.guild_id)
        asked = self._stats_query(request, types)
        figures = await self._bot.stats.stats(key.guild_id, asked.days, type_id=asked.type_id, staff_id=asked.staff_id)
        return csv_response(figures, types, asked.days)

    @staticmethod
    def _stats_query(request: web.Request, types: Sequence[TicketType]) -> StatsQuery:
        asked, problems = stats_query(request.query, types)
        if problems:
            raise ApiError(400, "bad_request", problems)
        return asked

    async def list_tags(self, request: web.Request, key: ApiKey) -> web.StreamResponse:
        """``GET /api/v1/tags``: the saved replies, with how often each was sent and answered members first."""
        tags = await self._bot.db.list_tags(key.guild_id)

        def shown(tag: Tag) -> dict[str, Any]:
            offered = tag.solved + tag.opened_anyway
            return {
                "id": tag.id,
                "name": tag.name,
                "content": tag.content,
                "uses": tag.uses,
                "solved": tag.solved,
                "opened_anyway": tag.opened_anyway,
                "deflection_rate": round(tag.solved / offered, 3) if offered else None,
            }

        return web.json_response({"tags": [shown(tag) for tag in tags]})

    async def post_panel(self, request: web.Request, key: ApiKey) -> web.StreamResponse:
        """``POST /api/v1/panels``: ``{"channel_id", "title"?, "description"?, "button_label"?, "types"?}``."""
        body = await _json_object(request)
        given = body.get("channel_id")
        channel_id = whole_number(str(given)) if isinstance(given, str | int) and not isinstance(given, bool) else None
        if channel_id is None:
            raise ApiError(400, "bad_request", t("api-error-channel-id"))
        texts = {name: body.get(name) for name in TEXT_LIMITS}
        names = body.get("types") or []
        if not all(v is None or isinstance(v, str) for v in texts.values()) or not isinstance(names, list):
            raise ApiError(400, "bad_request", t("api-error-panel-fields"))
        for name, limit in TEXT_LIMITS.items():
            if len(texts[name] or "") > limit:
                raise ApiError(400, "bad_request", t("api-error-too-long", field=name, limit=str(limit)))
        if len(names) > ticket_types.MAX_TYPES or not all(
            isinstance(n, str) and len(n) <= MAX_TYPE_NAME for n in names
        ):
            raise ApiError(
                400,
                "bad_request",
                t("api-error-types", most=str(ticket_types.MAX_TYPES), length=str(MAX_TYPE_NAME)),
            )
        channel = self._bot.get_channel(channel_id)
        if not isinstance(channel, discord.TextChannel) or channel.guild.id != key.guild_id:
            raise ApiError(404, "not_found", t("api-error-no-channel"))
        design = PanelDesign(texts["title"], texts["description"], texts["button_label"], tuple(map(str, names)))
        try:
            panel = await self._bot.panels.post(channel, key.created_by, design)
        except TicketBotError as error:
            raise ApiError(400, "bad_request", error.text) from None
        return web.json_response({"id": panel.id, "message_id": str(panel.message_id)}, status=201)


async def _json_object(request: web.Request) -> dict[str, Any]:
    """Read a JSON object of at most ``MAX_BODY`` bytes from the request's body."""
    if (request.content_length or 0) > MAX_BODY:
        raise ApiError(413, "too_large", t("api-error-too-large", most=str(MAX_BODY)))
    raw = b""
    try:
        async with asyncio.timeout(BODY_SECONDS):
            while len(raw) <= MAX_BODY and (piece := await request.content.read(MAX_BODY + 1 - len(raw))):
                raw += piece
    except TimeoutError:
        raise ApiError(408, "timeout", t("api-error-timeout", seconds=f"{BODY_SECONDS:.0f}")) from None
    if len(raw) > MAX_BODY:
        raise ApiError(413, "too_large", t("api-error-too-large", most=str(MAX_BODY)))
    try:
        body = json.loads(raw)
    except (ValueError, RecursionError):  # not JSON (or not UTF-8), or nested deeper than anyone writes
        raise ApiError(400, "bad_request", t("api-error-not-object")) from None
    if not isinstance(body, dict):
        raise ApiError(400, "bad_request", t("api-error-not-object"))
    return body

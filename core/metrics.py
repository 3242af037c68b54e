"""The bot's Prometheus metrics, in one place: what the web side's /metrics reports.

Counters and histograms are updated where things happen (an open, a close, a database operation, a
request to Discord, seen through aiohttp's tracing); gauges are read when /metrics is scraped.
"""

from __future__ import annotations

import re
import time
from types import SimpleNamespace

import aiohttp
from prometheus_client import Counter, Gauge, Histogram

TICKETS_OPENED = Counter(
    "ticketbot_tickets_opened",
    "Tickets opened, by type",
    ["type"],
)
TICKETS_CLOSED = Counter(
    "ticketbot_tickets_closed",
    "Tickets closed or archived, by type",
    ["type"],
)
OPEN_TICKETS = Gauge(
    "ticketbot_open_tickets",
    "Tickets open in the database (all shards), read at each scrape",
)
WAITING_ON_STAFF = Gauge(
    "ticketbot_tickets_waiting_on_staff",
    "Open tickets whose opener wrote last, or nobody yet (all shards), read at each scrape",
)
PAST_TARGET = Gauge(
    "ticketbot_tickets_past_target",
    "Open tickets that missed their first-answer or resolution target (all shards), read at each scrape",
)
AUDIT_QUEUE = Gauge(
    "ticketbot_audit_queue_depth",
    "Audit entries waiting to be posted to log channels",
)
ACKNOWLEDGED = Histogram(
    "ticketbot_interaction_ack_seconds",
    "From an interaction's creation to the bot's first answer (Discord allows 3 s)",
    buckets=(0.05, 0.1, 0.25, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 5.0),
)
TARGET_ALERTS = Counter(
    "ticketbot_target_alerts",
    "Staff alerted that a ticket neared or missed its response or resolution target, by alert",
    ["alert"],
)
DISCORD_ERRORS = Counter(
    "ticketbot_discord_http_errors",
    "Requests Discord refused or failed, by status",
    ["status"],
)
DATABASE_SECONDS = Histogram(
    "ticketbot_database_operation_seconds",
    "Database operations (each try of a retried one), by operation",
    ["operation"],
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5),
)

DISCORD_EPOCH_MS = 1_420_070_400_000
_CALLBACK = re.compile(r"/interactions/(\d+)/[^/]+/callback$")


def discord_trace() -> aiohttp.TraceConfig:
    """Return the tracing that counts Discord's error answers and times interaction acknowledgements."""
    trace = aiohttp.TraceConfig()
    trace.on_request_end.append(_request_ended)
    return trace


async def _request_ended(
    session: aiohttp.ClientSession, context: SimpleNamespace, params: aiohttp.TraceRequestEndParams
) -> None:
    status = params.response.status
    if status >= 400:
        DISCORD_ERRORS.labels(str(status)).inc()
    callback = _CALLBACK.search(params.url.path)
    if callback and status < 400:
        created = ((int(callback[1]) >> 22) + DISCORD_EPOCH_MS) / 1000  # the interaction id's own time
        ACKNOWLEDGED.observe(max(time.time() - created, 0.0))

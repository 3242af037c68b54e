"""Response targets: staff are alerted once when a ticket nears, then misses, its type's targets.

A type may set two targets in business time (its opening hours): staff's first answer, and the close.
When an open ticket has used the server's warning share of one (80 % by default), its type's alert
channel (else the log channel) gets one post pinging the type's ping roles; when it misses one, one more.

Nothing is kept in memory: each ticket stores when the sweep looks at it next (``target_due_at``, indexed
across every server), and each of its four alerts is a compare-and-set taken before the post, so with
several processes, and across restarts, no threshold is alerted twice. A post Discord refuses, or one
cut off by a crash after it was taken, costs that alert (logged); the ticket and its figures stand, as
the statistics read what was missed from the ticket's own times.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

import discord

from core import metrics
from core.analytics.measures import hours_of
from core.errors import TicketBotError
from core.i18n import formatting, render, t
from core.i18n.languages import of_server
from core.models import NEVER, GuildConfig, TargetAlert, Ticket, TicketType
from core.rules import business_time, ticket_types
from core.runtime.services import Services, context

log = logging.getLogger(__name__)

# A warning whose target was missed by the time it was looked at is not posted: the miss says more.
_MISS_OF = {
    TargetAlert.RESPONSE_WARNED: TargetAlert.RESPONSE_BREACHED,
    TargetAlert.RESOLUTION_WARNED: TargetAlert.RESOLUTION_BREACHED,
}


@dataclass(frozen=True, slots=True)
class _Threshold:
    """One alert of one target: when it falls due, and whether it was taken already."""

    alert: TargetAlert
    target: timedelta
    share: float
    taken: bool


class Targets:
    """Looks at the open tickets whose next target threshold fell due, and alerts staff once for each."""

    def __init__(self, deps: Services) -> None:
        self._deps = deps

    async def sweep(self, held: set[int], now: datetime) -> None:
        """Alert for the thresholds that fell due by ``now`` in the servers held here; schedule the next look."""
        deps = self._deps
        for ticket in await deps.db.list_target_due(now):
            if ticket.guild_id in held and ticket.id not in deps.busy:
                await self._check(ticket, now)

    async def _check(self, ticket: Ticket, now: datetime) -> None:
        deps = self._deps
        config = await deps.settings.get(ticket.guild_id)
        kind = ticket_types.find(await deps.settings.types(ticket.guild_id), ticket.type_id)
        if config is None or kind is None:
            await deps.db.schedule_targets(ticket.id, NEVER)
            return
        hours = hours_of(kind)
        thresholds = _thresholds(ticket, kind, config)
        taken = {threshold.alert for threshold in thresholds if threshold.taken}
        upcoming: list[datetime] = []
        # The miss first: a ticket that missed a target while nobody looked gets that alert, not the warning too.
        for threshold in reversed(thresholds):
            if threshold.taken:
                continue
            due = business_time.deadline(hours, ticket.opened_at, threshold.target * threshold.share)
            if due is None:
                continue
            if now < due:
                upcoming.append(due)
            elif await deps.db.mark_target_alert(ticket.id, threshold.alert, now):
                if _MISS_OF.get(threshold.alert) not in taken:
                    await self._post(ticket, kind, config, threshold)
                taken.add(threshold.alert)
        await deps.db.schedule_targets(ticket.id, min(upcoming, default=NEVER))

    async def _post(self, ticket: Ticket, kind: TicketType, config: GuildConfig, threshold: _Threshold) -> None:
        deps = self._deps
        guild = deps.client.get_guild(ticket.guild_id)
        rules = ticket_types.effective(config, kind)
        channel_id = rules.alert_channel_id or rules.log_channel_id
        channel = guild.get_channel(channel_id) if guild is not None and channel_id else None
        if guild is None or not isinstance(channel, discord.TextChannel):
            log.warning("%s: %s not posted: no alert or log channel", context(ticket), threshold.alert.value)
            return
        language = of_server(rules.language, guild)
        text = t(
            "target-alert",
            kind=threshold.alert.value,
            ticket=f"<#{ticket.channel_id}>" if ticket.channel_id else ticket.label,
            label=ticket.label,
            type=kind.name,
            target=formatting.short_duration(threshold.target, language),
            elapsed=formatting.short_duration(threshold.target * threshold.share, language),
        )
        pings = " ".join(f"<@&{role}>" for role in kind.ping_role_ids)
        mentions = discord.AllowedMentions(
            users=False, everyone=False, roles=[discord.Object(r) for r in kind.ping_role_ids]
        )
        try:
            await channel.send(f"{pings} {render(text, language)}".strip(), allowed_mentions=mentions)
        except (discord.HTTPException, TicketBotError) as error:
            log.warning("%s: %s not posted: %s", context(ticket), threshold.alert.value, error)
            return
        metrics.TARGET_ALERTS.labels(threshold.alert.value.removesuffix("_at")).inc()


def _thresholds(ticket: Ticket, kind: TicketType, config: GuildConfig) -> list[_Threshold]:
    """Return the ticket's thresholds still to watch, warning before miss for each target."""
    share = config.target_warning_percent / 100
    found: list[_Threshold] = []
    if kind.response_target_minutes and ticket.first_response_at is None:
        target = timedelta(minutes=kind.response_target_minutes)
        found += [
            _Threshold(TargetAlert.RESPONSE_WARNED, target, share, ticket.response_warned_at is not None),
            _Threshold(TargetAlert.RESPONSE_BREACHED, target, 1.0, ticket.response_breached_at is not None),
        ]
    if kind.resolution_target_minutes:
        target = timedelta(minutes=kind.resolution_target_minutes)
        found += [
            _Threshold(TargetAlert.RESOLUTION_WARNED, target, share, ticket.resolution_warned_at is not None),
            _Threshold(TargetAlert.RESOLUTION_BREACHED, target, 1.0, ticket.resolution_breached_at is not None),
        ]
    return found

"""/stats: a server's figures for a period as an embed, for its staff alone."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import timedelta

import discord

from core import messages
from core.analytics.measures import Figures, Spread, StaffFigures, Stats
from core.errors import PermissionDenied
from core.i18n import Text, formatting, render, t
from core.i18n.languages import of_interaction
from core.models import TicketType
from core.rules import ticket_types
from core.rules.policy import actor
from core.ui.client import TicketClient
from core.ui.context import guild_of, member_of

BUSIEST = 8  # staff members listed, by first answers then claims


async def show_stats(
    interaction: discord.Interaction[TicketClient],
    days: int,
    type_name: str | None,
    staff: discord.Member | None,
) -> None:
    """Answer with the server's figures (optionally of one type or staff member), to staff alone."""
    await interaction.response.defer(ephemeral=True, thinking=True)
    client, guild = interaction.client, guild_of(interaction)
    config = await client.guild_settings.require(guild.id)
    types = await client.guild_settings.types(guild.id)
    member = actor(member_of(interaction))
    if not (member.manage_guild or ticket_types.staff_anywhere(member, config, types)):
        raise PermissionDenied(t("refusal-staff-only", action="stats"))
    kind = ticket_types.named(types, type_name) if type_name else None
    stats = await client.stats.stats(
        guild.id, days, type_id=kind.id if kind else None, staff_id=staff.id if staff else None
    )
    deflected = sum(tag.solved for tag in await client.db.list_tags(guild.id))
    embed = stats_embed(stats, days, types, kind, staff, deflected, of_interaction(interaction))
    await interaction.edit_original_response(embed=embed)


def stats_embed(
    stats: Stats,
    days: int,
    types: Sequence[TicketType],
    kind: TicketType | None,
    staff: discord.Member | None,
    deflected: int,
    language: str,
) -> discord.Embed:
    """Return the figures as an embed: tickets, times, quality, targets, the backlog and the busiest staff."""

    def say(text: Text) -> str:
        return render(text, language)

    figures = stats.overall
    embed = discord.Embed(title=say(t("stats-title", days=days)), colour=messages.BRAND)
    narrowed = [say(t("stats-only-type", name=kind.name)) if kind else "", staff.mention if staff else ""]
    embed.description = "\n".join(part for part in (*narrowed, say(t("stats-note"))) if part)
    embed.add_field(
        name=say(t("stats-field", field="tickets")),
        value=say(t("stats-tickets", opened=figures.opened, closed=figures.closed, claimed=figures.claimed)),
        inline=False,
    )
    times = [
        ("first-response", figures.first_response, figures.first_response_wall),
        ("resolution", figures.resolution, figures.resolution_wall),
    ]
    for field, business, wall in times:
        embed.add_field(name=say(t("stats-field", field=field)), value=say(_times(business, wall, language)))
    embed.add_field(name=say(t("stats-field", field="quality")), value=say(_quality(figures, deflected)), inline=False)
    if any(kind.response_target_minutes or kind.resolution_target_minutes for kind in types):
        missed = t("stats-targets", response=figures.response_missed, resolution=figures.resolution_missed)
        embed.add_field(name=say(t("stats-field", field="targets")), value=say(missed), inline=False)
    backlog = stats.backlog
    day, days_3, week, older = backlog.by_age
    waiting = t(
        "stats-backlog",
        total=backlog.total,
        day=day,
        days=days_3,
        week=week,
        older=older,
        staff=backlog.waiting_on_staff,
        opener=backlog.waiting_on_opener,
    )
    embed.add_field(name=say(t("stats-field", field="backlog")), value=say(waiting), inline=False)
    if staff is None and stats.by_staff:
        embed.add_field(
            name=say(t("stats-field", field="staff")), value=_busiest(stats.by_staff, language)[:1024], inline=False
        )
    return embed


def _times(business: Spread, wall: Spread, language: str) -> Text:
    if business.median is None or business.p90 is None or wall.median is None or wall.p90 is None:
        return t("stats-none")

    def span(seconds: float) -> str:
        return formatting.short_duration(timedelta(seconds=round(seconds)), language)

    return t(
        "stats-times",
        median=span(business.median),
        p90=span(business.p90),
        wall_median=span(wall.median),
        wall_p90=span(wall.p90),
        count=business.count,
    )


def _quality(figures: Figures, deflected: int) -> Text:
    reopened = round(100 * figures.reopen_rate) if figures.reopen_rate is not None else None
    messages_median = round(figures.messages.median) if figures.messages.median is not None else None
    return t(
        "stats-quality",
        reopened=reopened if reopened is not None else "—",
        messages=messages_median if messages_median is not None else "—",
        rating=f"{figures.rating:.1f}" if figures.rating is not None else "—",
        ratings=figures.ratings,
        deflected=deflected,
    )


def _busiest(by_staff: Mapping[int, StaffFigures], language: str) -> str:
    ranked = sorted(by_staff.items(), key=lambda item: (-item[1].first_answers, -item[1].claimed, item[0]))
    lines = []
    for member_id, done in ranked[:BUSIEST]:
        median = done.first_response.median
        line = t(
            "stats-staff-line",
            member=messages.user(member_id),
            answers=done.first_answers,
            median=formatting.short_duration(timedelta(seconds=round(median)), language) if median is not None else "—",
            claimed=done.claimed,
            closed=done.closed,
        )
        lines.append(render(line, language))
    return "\n".join(lines)

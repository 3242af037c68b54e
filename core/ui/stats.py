"""/stats: a server's figures for a period as an embed, for its staff alone."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import discord

from core import messages
from core.analytics import wording
from core.analytics.measures import StaffFigures, Stats
from core.errors import PermissionDenied
from core.i18n import Text, render, t
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

    def field(name: str, value: Text, *, inline: bool = False) -> None:
        embed.add_field(name=say(t("stats-field", field=name)), value=say(value), inline=inline)

    figures = stats.overall
    embed = discord.Embed(title=say(t("stats-title", days=days)), colour=messages.BRAND)
    narrowed = [say(t("stats-only-type", name=kind.name)) if kind else "", staff.mention if staff else ""]
    embed.description = "\n".join(part for part in (*narrowed, say(t("stats-note"))) if part)
    field("tickets", wording.tickets(figures))
    field("first-response", wording.times(figures.first_response, figures.first_response_wall, language), inline=True)
    field("resolution", wording.times(figures.resolution, figures.resolution_wall, language), inline=True)
    field("quality", wording.quality(figures, deflected))
    if any(ticket_types.has_targets(kind) for kind in types):
        field("targets", wording.missed(figures))
    field("backlog", wording.backlog(stats.backlog))
    if staff is None and stats.by_staff:
        embed.add_field(
            name=say(t("stats-field", field="staff")), value=_busiest(stats.by_staff, language)[:1024], inline=False
        )
    return embed


def _busiest(by_staff: Mapping[int, StaffFigures], language: str) -> str:
    ranked = sorted(by_staff.items(), key=lambda item: (-item[1].first_answers, -item[1].claimed, item[0]))
    lines = []
    for member_id, done in ranked[:BUSIEST]:
        line = t(
            "stats-staff-line",
            member=messages.user(member_id),
            answers=done.first_answers,
            median=wording.span(done.first_response.median, language),
            claimed=done.claimed,
            closed=done.closed,
        )
        lines.append(render(line, language))
    return "\n".join(lines)

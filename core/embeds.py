"""Embeds the bot shows: panels, welcomes, summaries, audit posts and errors."""

from __future__ import annotations

from datetime import datetime

import discord

from core.models import AuditEntry, GuildConfig, Panel, Ticket, Transcript

BRAND = discord.Colour.blurple()
SUCCESS = discord.Colour.green()
FAILURE = discord.Colour.red()


def panel(panel: Panel) -> discord.Embed:
    return discord.Embed(title=panel.title, description=panel.description, colour=BRAND)


def welcome(ticket: Ticket, opener: discord.abc.User, message: str) -> discord.Embed:
    embed = discord.Embed(title=f"Ticket #{ticket.number:04d}", description=message, colour=BRAND)
    embed.add_field(name="Opened by", value=opener.mention)
    embed.add_field(name="Reason", value=ticket.reason or "No reason given", inline=False)
    embed.set_footer(text="Press Close when your issue is solved.")
    return embed


def duration(start: datetime, end: datetime) -> str:
    seconds = int((end - start).total_seconds())
    days, seconds = divmod(seconds, 86_400)
    hours, seconds = divmod(seconds, 3_600)
    minutes, seconds = divmod(seconds, 60)
    parts = [f"{days}d" if days else "", f"{hours}h" if hours else "", f"{minutes}m" if minutes else ""]
    return " ".join(p for p in parts if p) or f"{seconds}s"


def close_summary(ticket: Ticket, transcript: Transcript, participant_ids: list[int], guild_name: str) -> discord.Embed:
    """Build the summary posted to the log channel and sent to the opener."""
    assert ticket.closed_at is not None and ticket.closed_by is not None
    embed = discord.Embed(title=f"Ticket #{ticket.number:04d} closed", colour=FAILURE, timestamp=ticket.closed_at)
    embed.add_field(name="Server", value=guild_name)
    embed.add_field(name="Opened by", value=f"<@{ticket.opener_id}>")
    embed.add_field(name="Closed by", value=f"<@{ticket.closed_by}>")
    embed.add_field(name="Reason", value=ticket.close_reason or "No reason given", inline=False)
    embed.add_field(name="Opened", value=discord.utils.format_dt(ticket.opened_at))
    embed.add_field(name="Closed", value=discord.utils.format_dt(ticket.closed_at))
    embed.add_field(name="Duration", value=duration(ticket.opened_at, ticket.closed_at))
    embed.add_field(name="Participants", value=" ".join(f"<@{p}>" for p in participant_ids)[:1024] or "-")
    embed.add_field(name="Messages", value=str(transcript.message_count))
    return embed


def audit(entry: AuditEntry) -> discord.Embed:
    embed = discord.Embed(description=entry.details[:4096], colour=BRAND, timestamp=entry.created_at)
    embed.set_author(name=entry.action.replace("_", " ").capitalize())
    embed.set_footer(text=f"by user {entry.actor_id}" + (f" · ticket id {entry.ticket_id}" if entry.ticket_id else ""))
    return embed


def settings(config: GuildConfig) -> discord.Embed:
    def channel(channel_id: int | None) -> str:
        return f"<#{channel_id}>" if channel_id else "not set"

    embed = discord.Embed(title="Ticket settings", colour=BRAND)
    embed.add_field(name="Staff roles", value=" ".join(f"<@&{r}>" for r in config.staff_role_ids) or "none")
    embed.add_field(name="Ticket category", value=channel(config.ticket_category_id))
    embed.add_field(name="Log channel", value=channel(config.log_channel_id))
    embed.add_field(name="On close", value=config.close_action.value)
    embed.add_field(name="Archive category", value=channel(config.archive_category_id))
    embed.add_field(name="Max open tickets per member", value=str(config.max_open_tickets))
    embed.add_field(name="Channel names", value=f"`{config.channel_name_template}`")
    embed.add_field(name="Welcome message", value=config.welcome_message[:1024], inline=False)
    return embed


def success(message: str) -> discord.Embed:
    return discord.Embed(description=message, colour=SUCCESS)


def failure(message: str) -> discord.Embed:
    return discord.Embed(description=message, colour=FAILURE)

"""What happens between an interaction and the staff tools: saved replies (tags), notes, priority, labels.

Every answer here is ephemeral except a sent tag, which is the staff member's public reply in the ticket:
its checks run before it is posted, within Discord's 3 seconds, so a refusal is never shown to the ticket.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import discord
from discord import app_commands

from core import components, messages
from core.i18n import in_language, render, t
from core.i18n.languages import of_interaction
from core.models import Tag, TicketNote, TicketPriority, TicketType
from core.rules import names, ticket_types
from core.rules.policy import actor
from core.staff.notes import MAX_NOTE
from core.staff.tags import MAX_CONTENT, MAX_NAME, Draft, shown_types
from core.tickets import TicketKey
from core.tickets.opening import Order
from core.ui.actions import answer
from core.ui.context import answered_in_time, before_the_deadline, guild_of, member_of, update

if TYPE_CHECKING:
    from core.ui.client import TicketClient


def tag_modal(tag: Tag | None, types: Sequence[TicketType], language: str, name: str = "") -> discord.ui.Modal:
    """Return the modal that writes a new tag (its name filled in when given) or changes ``tag``."""
    say = in_language(language)
    title = say("tag-modal-title-edit" if tag else "tag-modal-title-new")
    modal = discord.ui.Modal(
        title=title, custom_id=components.TAG_MODAL.custom_id(tag.id if tag else None), timeout=None
    )
    shown = ", ".join(ty.name for ty in types if tag and ty.id in tag.type_ids)
    modal.add_item(
        discord.ui.Label(
            text=say("tag-modal-name"),
            component=discord.ui.TextInput(
                custom_id=components.TAG_MODAL.name, default=tag.name if tag else name or None, max_length=MAX_NAME
            ),
        )
    )
    modal.add_item(
        discord.ui.Label(
            text=say("tag-modal-content"),
            description=say("tag-modal-placeholders"),
            component=discord.ui.TextInput(
                custom_id=components.TAG_MODAL.content,
                style=discord.TextStyle.paragraph,
                default=tag.content if tag else None,
                max_length=MAX_CONTENT,
            ),
        )
    )
    modal.add_item(
        discord.ui.Label(
            text=say("tag-modal-types"),
            description=say("tag-modal-types-hint"),
            component=discord.ui.TextInput(
                custom_id=components.TAG_MODAL.types, default=shown or None, required=False, max_length=400
            ),
        )
    )
    modal.stop()  # routed by custom_id (core.ui.modals), so discord.py must not keep it
    return modal


def note_modal(channel_id: int, language: str) -> discord.ui.Modal:
    """Return the modal that takes a long note on the ticket of a channel (or thread)."""
    modal = discord.ui.Modal(
        title=render(t("note-modal-title"), language),
        custom_id=components.NOTE_MODAL.custom_id(channel_id),
        timeout=None,
    )
    modal.add_item(
        discord.ui.Label(
            text=render(t("note-modal-label"), language),
            component=discord.ui.TextInput(
                custom_id=components.NOTE_INPUT, style=discord.TextStyle.paragraph, max_length=MAX_NOTE
            ),
        )
    )
    modal.stop()
    return modal


async def create_tag(
    interaction: discord.Interaction[TicketClient], name: str, content: str | None, types: str | None
) -> None:
    """Make a tag from the command's options, or ask for its text in the tag modal when none was given."""
    if content is None:
        known = interaction.client.guild_settings.cached_types(guild_of(interaction).id) or []
        await interaction.response.send_modal(tag_modal(None, known, of_interaction(interaction), name))
        return
    await save_tag(interaction, None, Draft(name, content, types or ""))


async def edit_tag(interaction: discord.Interaction[TicketClient], name: str) -> None:
    """Show a tag in the tag modal, to change it (read first: a modal must be the first answer)."""
    guild_id = guild_of(interaction).id
    tags = interaction.client.tags
    tag = await before_the_deadline(tags.named(guild_id, actor(member_of(interaction)), name))
    types = interaction.client.guild_settings.cached_types(guild_id) or []
    await interaction.response.send_modal(tag_modal(tag, types, of_interaction(interaction)))


async def save_tag(interaction: discord.Interaction[TicketClient], tag_id: int | None, draft: Draft) -> None:
    """Store a new tag, or the changes to tag ``tag_id``, and say so."""
    await interaction.response.defer(ephemeral=True, thinking=True)
    guild_id, staff = guild_of(interaction).id, actor(member_of(interaction))
    tags = interaction.client.tags
    if tag_id is None:
        tag = await tags.create(guild_id, staff, draft)
        await answer(interaction, t("tag-created", name=discord.utils.escape_markdown(tag.name)))
    else:
        tag = await tags.edit(guild_id, staff, tag_id, draft)
        await answer(interaction, t("tag-changed", name=discord.utils.escape_markdown(tag.name)))


async def delete_tag(interaction: discord.Interaction[TicketClient], name: str) -> None:
    """Delete a tag by name."""
    await interaction.response.defer(ephemeral=True, thinking=True)
    tag = await interaction.client.tags.delete(guild_of(interaction).id, actor(member_of(interaction)), name)
    await answer(interaction, t("tag-deleted", name=discord.utils.escape_markdown(tag.name)))


async def list_tags(interaction: discord.Interaction[TicketClient]) -> None:
    """List the server's tags with their types, uses and how often each answered a member before a ticket."""
    await interaction.response.defer(ephemeral=True, thinking=True)
    tags, types = await interaction.client.tags.listed(guild_of(interaction).id, actor(member_of(interaction)))
    language = of_interaction(interaction)
    lines = [_tag_line(tag, types, language) for tag in tags]
    text = "\n".join(lines) if lines else render(t("tag-list-empty"), language)
    embed = discord.Embed(title=render(t("tag-list-title", count=len(tags)), language), colour=messages.BRAND)
    embed.description = messages.shorten(text, 4096)
    await interaction.edit_original_response(embed=embed)


def _tag_line(tag: Tag, types: Sequence[TicketType], language: str) -> str:
    parts = [t("tag-line", name=discord.utils.escape_markdown(tag.name), uses=tag.uses)]
    if offered := tag.solved + tag.opened_anyway:
        parts.append(t("tag-deflection", solved=tag.solved, offered=offered, percent=round(100 * tag.solved / offered)))
    if types_text := shown_types(tag, types):
        parts.append(types_text)
    return " · ".join(render(part, language) for part in parts)


async def show_tag(interaction: discord.Interaction[TicketClient], name: str) -> None:
    """Show a tag's text as written, placeholders unfilled, to the staff member alone."""
    await interaction.response.defer(ephemeral=True, thinking=True)
    tag = await interaction.client.tags.named(guild_of(interaction).id, actor(member_of(interaction)), name)
    embed = discord.Embed(title=tag.name, description=tag.content, colour=messages.BRAND)
    await interaction.edit_original_response(embed=embed)


async def send_tag(interaction: discord.Interaction[TicketClient], key: TicketKey, name: str) -> None:
    """Post a tag into the ticket as the staff member's reply; a refusal is told to them alone."""
    tags = interaction.client.tags
    sent = await before_the_deadline(tags.prepare(key, actor(member_of(interaction)), name))
    await interaction.response.send_message(sent.text, allowed_mentions=messages.NOBODY)
    await tags.sent(sent)


async def suggest_tags(
    interaction: discord.Interaction[TicketClient], typed: str, *, in_ticket: bool
) -> list[app_commands.Choice[str]]:
    """Suggest tags by name, then by text, to staff (in a ticket: the ones for its type); nobody else sees any."""
    member = interaction.user
    if interaction.guild_id is None or not isinstance(member, discord.Member):
        return []
    channel = interaction.channel_id if in_ticket else None
    found = await interaction.client.tags.suggest(interaction.guild_id, actor(member), typed, channel)
    return [
        app_commands.Choice(name=messages.shorten(f"{tag.name} — {' '.join(tag.content.split())}", 100), value=tag.name)
        for tag in found
    ]


async def add_note(interaction: discord.Interaction[TicketClient], key: TicketKey, text: str | None) -> None:
    """Keep a staff note on the ticket; without text, ask for it in the note modal."""
    if text is None:
        assert key.channel_id is not None  # /ticket note names its ticket by the channel it is used in
        await interaction.response.send_modal(note_modal(key.channel_id, of_interaction(interaction)))
        return
    await interaction.response.defer(ephemeral=True, thinking=True)
    await interaction.client.notes.add(key, actor(member_of(interaction)), text)
    await answer(interaction, t("note-added"))


async def show_notes(interaction: discord.Interaction[TicketClient], key: TicketKey) -> None:
    """Show a ticket's notes to a staff member alone."""
    await interaction.response.defer(ephemeral=True, thinking=True)
    ticket, notes = await interaction.client.notes.read(key, actor(member_of(interaction)))
    language = of_interaction(interaction)
    embed = discord.Embed(title=render(t("note-list-title", label=ticket.label), language), colour=messages.BRAND)
    embed.description = _notes_text(notes, language) or render(t("note-list-empty"), language)
    await interaction.edit_original_response(embed=embed)


def _notes_text(notes: Sequence[TicketNote], language: str) -> str:
    """Return the newest notes that fit an embed, oldest of them first, each with its author and time."""
    kept: list[str] = []
    room = 4096
    for note in reversed(notes):
        line = (
            render(
                t("note-line", by=messages.user(note.author_id), when=discord.utils.format_dt(note.created_at, "f")),
                language,
            )
            + "\n"
            + note.content
        )
        if len(line) + 2 > room:
            break
        kept.append(line)
        room -= len(line) + 2
    return "\n\n".join(reversed(kept))


async def set_priority(
    interaction: discord.Interaction[TicketClient], key: TicketKey, priority: TicketPriority
) -> None:
    """Set the ticket's priority."""
    staff = member_of(interaction)
    await interaction.response.defer(ephemeral=True, thinking=True)
    ticket, unnamed = await interaction.client.tickets.triage.set_priority(key, actor(staff), priority)
    said = t("reply-priority", label=ticket.label, priority=priority.value)
    await answer(interaction, t("reply-priority-unnamed", said=said, why=unnamed) if unnamed else said)


async def open_for(
    interaction: discord.Interaction[TicketClient], member: discord.Member, type_name: str | None, reason: str | None
) -> None:
    """Open a ticket for a member on staff's behalf and answer with a link to it."""
    staff = member_of(interaction)
    await interaction.response.defer(ephemeral=True, thinking=True)
    types = await interaction.client.guild_settings.types(staff.guild.id)
    type_id = ticket_types.named(types, type_name).id if type_name else None
    opened = await interaction.client.tickets.opening.open_for(
        staff.guild, actor(staff), member, actor(member), Order(type_id, reason)
    )
    await answer(
        interaction, t("reply-opened-for", label=opened.ticket.label, place=opened.place.mention, member=member.mention)
    )


async def create_label(interaction: discord.Interaction[TicketClient], name: str) -> None:
    """Define a label for the server's tickets."""
    await interaction.response.defer(ephemeral=True, thinking=True)
    label = await interaction.client.labels.create(guild_of(interaction).id, actor(member_of(interaction)), name)
    await answer(interaction, t("label-created", name=discord.utils.escape_markdown(label.name)))


async def delete_label(interaction: discord.Interaction[TicketClient], name: str) -> None:
    """Delete a label, taking it off every ticket."""
    await interaction.response.defer(ephemeral=True, thinking=True)
    label = await interaction.client.labels.delete(guild_of(interaction).id, actor(member_of(interaction)), name)
    await answer(interaction, t("label-deleted", name=discord.utils.escape_markdown(label.name)))


async def list_labels(interaction: discord.Interaction[TicketClient]) -> None:
    """List the server's labels."""
    await interaction.response.defer(ephemeral=True, thinking=True)
    labels = await interaction.client.labels.listed(guild_of(interaction).id)
    shown = ", ".join(f"**{discord.utils.escape_markdown(label.name)}**" for label in labels)
    await answer(interaction, t("label-list", count=len(labels), labels=shown) if labels else t("label-list-empty"))


async def label_ticket(interaction: discord.Interaction[TicketClient], key: TicketKey, name: str, *, on: bool) -> None:
    """Put a label on the ticket, or take it off."""
    staff = actor(member_of(interaction))
    await interaction.response.defer(ephemeral=True, thinking=True)
    labels = interaction.client.labels
    ticket, label = await (labels.put_on(key, staff, name) if on else labels.take_off(key, staff, name))
    shown = discord.utils.escape_markdown(label.name)
    await answer(interaction, t("label-put-on" if on else "label-taken-off", name=shown, label=ticket.label))


async def suggest_labels(interaction: discord.Interaction[TicketClient], typed: str) -> list[app_commands.Choice[str]]:
    """Suggest the server's labels whose name holds what was typed."""
    if interaction.guild_id is None:
        return []
    wanted = names.key(typed)  # read as names are stored: composed, one space between words
    labels = await interaction.client.labels.listed(interaction.guild_id)
    return [
        app_commands.Choice(name=found.name, value=found.name) for found in labels if wanted in names.key(found.name)
    ][:25]


async def open_about(interaction: discord.Interaction[TicketClient], message: discord.Message) -> None:
    """Open a ticket about a message (for its author, or, where the server lets members, for the member)."""
    member = member_of(interaction)
    await interaction.response.defer(ephemeral=True, thinking=True)
    author = message.author
    if not isinstance(author, discord.Member):
        author = await member.guild.fetch_member(author.id)
    opening = interaction.client.tickets.opening
    opened = await opening.open_about(member.guild, member, actor(member), author, actor(author), message)
    opener = opened.ticket.opener_id
    shown = t("reply-opened-for", label=opened.ticket.label, place=opened.place.mention, member=f"<@{opener}>")
    await answer(interaction, shown)


async def rate(interaction: discord.Interaction[TicketClient], ticket_id: int, stars: int) -> None:
    """Store the opener's rating and turn the prompt into thanks, offering a comment."""
    rating = interaction.client.tickets.ratings.rate(ticket_id, interaction.user.id, stars)
    ticket = await answered_in_time(interaction, rating)
    content, view = messages.rating_thanks(ticket, stars, of_interaction(interaction), comment=True)
    await update(interaction, content=content, view=view)


def rating_modal(ticket_id: int, language: str) -> discord.ui.Modal:
    """Return the modal that takes the comment of a rating."""
    modal = discord.ui.Modal(
        title=render(t("rating-modal-title"), language),
        custom_id=components.RATING_MODAL.custom_id(ticket_id),
        timeout=None,
    )
    modal.add_item(
        discord.ui.Label(
            text=render(t("rating-modal-label"), language),
            component=discord.ui.TextInput(
                custom_id=components.RATING_INPUT, style=discord.TextStyle.paragraph, max_length=1000, required=False
            ),
        )
    )
    modal.stop()
    return modal


async def ask_comment(interaction: discord.Interaction[TicketClient], key: TicketKey) -> None:
    """Show the rating's comment modal."""
    assert key.ticket_id is not None
    await interaction.response.send_modal(rating_modal(key.ticket_id, of_interaction(interaction)))


async def save_comment(interaction: discord.Interaction[TicketClient], ticket_id: int, text: str) -> None:
    """Store a rating's comment, and leave the thanks without the comment button."""
    comment = interaction.client.tickets.ratings.comment(ticket_id, interaction.user.id, text)
    ticket = await answered_in_time(interaction, comment, private=interaction.message is None)
    content, view = messages.rating_thanks(ticket, ticket.rating or 0, of_interaction(interaction), comment=False)
    if interaction.message is not None:
        await update(interaction, content=content, view=view)
    elif interaction.response.is_done():
        await interaction.edit_original_response(content=content)
    else:
        await interaction.response.send_message(content, ephemeral=True)

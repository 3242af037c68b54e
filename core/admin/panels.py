"""Panels: the posted messages that offer ticket types; posted, edited in place, listed and deleted.

A panel is stored before its message is posted, so every button can carry the panel's id; a panel
whose message was deleted by hand is reported by ``/panel list`` and ``/doctor``'s checks of it.

Posting, editing and deleting follow the rule of ``core.runtime.steps`` with the panel's row as the
truth: a row without a message is a post under way, and an edit or a deletion marks the row
(``unsynced_since``) before it touches the message. At start-up, ``settle`` finishes or undoes what a
crash left: a post's message is found in its channel and recorded (or the row goes), a marked panel's
message is rendered from its row (or, gone, the row goes with it).
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime

import discord

from core import messages
from core.admin.changes import listed
from core.audit import AuditAction
from core.components import OPEN, TYPE_SELECT
from core.errors import NotFoundError, UserInputError
from core.i18n import Text, render, t
from core.i18n.languages import of_server
from core.models import Panel, PanelStyle, PostedPanel, TicketType
from core.places.failures import explain, is_gone
from core.places.permissions import PANEL_CHANNEL_NEEDS, check_bot_permissions
from core.rules import ticket_types
from core.runtime.services import Services

log = logging.getLogger(__name__)

SEEN_SECONDS = 60.0  # how long ``missing`` trusts that a panel's message is there (or gone)
POST_SEARCH = 50  # messages back in a panel's channel where an interrupted post's message is looked for


def default(language: str) -> Panel:
    """Return what a panel says when the admin leaves its text out, in the server's language (stored as written)."""
    return Panel(
        id=0,
        guild_id=0,
        channel_id=0,
        message_id=None,
        title=render(t("panel-default-title"), language),
        description=render(t("panel-default-description"), language),
        button_label=render(t("panel-default-button"), language),
        created_by=0,
        created_at=datetime.fromtimestamp(0, UTC),  # a panel made from it is stamped when posted
    )


@dataclass(frozen=True, slots=True)
class PanelDesign:
    """What an admin chose for a panel: its text, the types it offers, and how.

    Left out (None, or no type named): a new panel gets ``default``'s text and the server's first type;
    an edited panel keeps what it had. Types come by name (``type_names``, as the HTTP API lists them) or
    as a command's list (``type_list``, ``Billing, Reports``: see ``ticket_types.listed``).
    """

    title: str | None = None
    description: str | None = None
    button_label: str | None = None
    type_names: tuple[str, ...] = ()
    style: PanelStyle | None = None
    type_list: str = ""

    def types(self, known: Sequence[TicketType]) -> list[TicketType]:
        """Return the types this design names, found among the server's ``known`` types."""
        found = [ticket_types.named(known, n) for n in self.type_names] + ticket_types.listed(known, self.type_list)
        return list({t.id: t for t in found}.values())

    def applied_to(self, panel: Panel, types: Sequence[TicketType]) -> Panel:
        """Return ``panel`` with this design's choices (``types``: the named types, found) laid over it."""
        return replace(
            panel,
            title=self.title or panel.title,
            description=self.description or panel.description,
            button_label=self.button_label or panel.button_label,
            type_ids=tuple(t.id for t in types) if types else panel.type_ids,
            style=self.style or panel.style,
        )


def offered(panel: Panel, types: Sequence[TicketType]) -> list[TicketType]:
    """Return the stored types a panel offers, in its order (types deleted since are left out)."""
    return [t for t in (ticket_types.find(types, type_id) for type_id in panel.type_ids) if t is not None]


class Panels:
    """Posts, edits, lists and deletes a server's panels (for members with Manage Server)."""

    def __init__(self, deps: Services) -> None:
        self._deps = deps
        # Panels whose post, edit or deletion runs in this process now; ``settle`` leaves them alone.
        self._busy: set[int] = set()
        # When each panel message was last found (or found gone), for ``missing``.
        self._seen: dict[int, tuple[float, bool]] = {}

    async def post(self, channel: discord.TextChannel, actor_id: int, design: PanelDesign) -> Panel:
        """Store a panel, then post it with its types' buttons (or menu), each carrying the panel's id."""
        deps = self._deps
        config = await deps.settings.require(channel.guild.id)
        types = design.types(await deps.settings.types(channel.guild.id))
        check_bot_permissions([(channel, PANEL_CHANNEL_NEEDS)])
        draft = replace(
            default(of_server(config.language, channel.guild)),
            guild_id=channel.guild.id,
            channel_id=channel.id,
            created_by=actor_id,
            created_at=deps.clock(),
        )
        panel = await deps.db.create_panel(design.applied_to(draft, types))
        embed, view = messages.panel(panel, types)
        self._busy.add(panel.id)
        try:
            message = await channel.send(embed=embed, view=view, allowed_mentions=messages.NOBODY)
            await deps.db.set_panel_message(panel.id, message.id)
        except discord.HTTPException as error:
            await deps.db.delete_panel(panel.id)
            raise explain(error, t("place-action-post-panel", channel=channel.mention)) from error
        finally:
            self._busy.discard(panel.id)
        await self._audit(
            panel,
            actor_id,
            AuditAction.PANEL_SENT,
            t("audit-detail-panel-sent", title=panel.title, channel=channel.mention, link=message.jump_url),
        )
        return replace(panel, message_id=message.id)

    async def edit(self, guild: discord.Guild, actor_id: int, panel_id: int, design: PanelDesign) -> Panel:
        """Change a panel's text, types or style (what ``design`` leaves out stays), editing its message in place."""
        deps = self._deps
        panel = await self._load(guild, panel_id)
        known = await deps.settings.types(guild.id)
        types = design.types(known)
        changed = design.applied_to(panel, types)
        self._busy.add(panel.id)
        try:
            await deps.db.update_panel(replace(changed, unsynced_since=deps.clock()))
            try:
                await self._render(guild, changed, t("place-action-edit-panel"))
            except (UserInputError, discord.HTTPException):
                await deps.db.update_panel(panel)
                raise
            await deps.db.update_panel(changed)
        finally:
            self._busy.discard(panel.id)
        await self._audit(changed, actor_id, AuditAction.PANEL_CHANGED, _diff(panel, changed, known))
        return changed

    async def delete(self, guild: discord.Guild, actor_id: int, panel_id: int) -> Panel:
        """Delete a panel's message (if it is still there) and forget the panel."""
        panel = await self._load(guild, panel_id)
        channel = guild.get_channel(panel.channel_id)
        self._busy.add(panel.id)
        try:
            if isinstance(channel, discord.TextChannel) and panel.message_id is not None:
                await self._deps.db.update_panel(replace(panel, unsynced_since=self._deps.clock()))
                try:
                    await channel.get_partial_message(panel.message_id).delete()
                except discord.HTTPException as error:
                    if not is_gone(error):
                        await self._deps.db.update_panel(panel)
                        raise explain(error, t("place-action-delete-panel", channel=channel.mention)) from error
            await self._deps.db.delete_panel(panel.id)
        finally:
            self._busy.discard(panel.id)
        await self._audit(
            panel, actor_id, AuditAction.PANEL_DELETED, t("audit-detail-panel-deleted", title=panel.title)
        )
        return panel

    async def list(self, guild: discord.Guild) -> list[PostedPanel]:
        """Return the server's panels, each with its message as Discord has it now."""
        deps = self._deps
        types = await deps.settings.types(guild.id)
        listed = []
        for panel in await deps.db.list_panels(guild.id):
            channel = guild.get_channel(panel.channel_id)
            jump_url = None
            if (
                isinstance(channel, discord.TextChannel)
                and panel.message_id is not None
                and await self._message_there(channel, panel.message_id)
            ):
                jump_url = channel.get_partial_message(panel.message_id).jump_url
            listed.append(PostedPanel(panel, jump_url, tuple(offered(panel, types))))
        return listed

    async def missing(self, guild: discord.Guild, panels: Sequence[Panel]) -> set[int]:
        """Return the ids of the panels whose channel or message is gone (each message asked at most once a minute)."""
        gone = set()
        now = time.monotonic()
        for panel in panels:
            channel = guild.get_channel(panel.channel_id)
            if not isinstance(channel, discord.TextChannel) or panel.message_id is None:
                gone.add(panel.id)
                continue
            seen = self._seen.get(panel.message_id)
            if seen is None or now - seen[0] >= SEEN_SECONDS:
                seen = self._seen[panel.message_id] = (now, await self._message_there(channel, panel.message_id))
            if not seen[1]:
                gone.add(panel.id)
        return gone

    async def _message_there(self, channel: discord.TextChannel, message_id: int) -> bool:
        """Ask Discord whether a panel's message is still in its channel (a refusal to say is raised)."""
        try:
            await channel.fetch_message(message_id)
        except discord.HTTPException as error:
            if not is_gone(error):
                raise explain(error, t("place-action-read-panel", channel=channel.mention)) from error
            return False
        return True

    async def refresh(self, guild: discord.Guild, type_id: int) -> None:
        """Re-render the panels that offer a type that changed; a panel that cannot be edited is only logged."""
        for panel in await self._deps.db.list_panels(guild.id):
            if type_id in panel.type_ids:
                try:
                    await self._render(guild, panel, t("place-action-update-panel"))
                except (UserInputError, discord.HTTPException) as error:
                    log.warning("guild=%s panel=%s not updated: %s", guild.id, panel.id, error)

    async def settle(self, held: set[int], now: datetime) -> None:
        """At start-up: finish or undo the posts, edits and deletions of panels that a crash interrupted."""
        for panel in await self._deps.db.list_unsettled_panels():
            guild = self._deps.client.get_guild(panel.guild_id) if panel.guild_id in held else None
            if guild is not None and panel.id not in self._busy:
                try:
                    await self._settle(guild, panel)
                except discord.HTTPException as error:
                    log.warning("guild=%s panel=%s not settled: %s", guild.id, panel.id, error)

    async def _settle(self, guild: discord.Guild, panel: Panel) -> None:
        db = self._deps.db
        channel = guild.get_channel(panel.channel_id)
        if panel.message_id is None:
            message = await self._posted(channel, panel) if isinstance(channel, discord.TextChannel) else None
            if message is None:
                await db.delete_panel(panel.id)
                log.warning("guild=%s panel=%s: forgot a panel whose post was interrupted", guild.id, panel.id)
                return
            await db.set_panel_message(panel.id, message.id)
            panel = replace(panel, message_id=message.id)
        try:
            await self._render(guild, panel, t("place-action-update-panel"))
        except UserInputError:  # its channel or message is gone: so is the panel (a deletion interrupted)
            await db.delete_panel(panel.id)
            log.warning("guild=%s panel=%s: forgot a panel whose message is gone", guild.id, panel.id)
            return
        await db.update_panel(replace(panel, unsynced_since=None))
        log.warning("guild=%s panel=%s: finished an interrupted change of a panel", guild.id, panel.id)

    async def _posted(self, channel: discord.TextChannel, panel: Panel) -> discord.Message | None:
        """Find the message an interrupted post made for ``panel``: the bot's, carrying the panel's id."""
        async for message in channel.history(limit=POST_SEARCH):
            if message.author.id == channel.guild.me.id and panel.id in _panel_ids(message):
                return message
        return None

    async def _render(self, guild: discord.Guild, panel: Panel, action: Text) -> None:
        channel = guild.get_channel(panel.channel_id)
        if not isinstance(channel, discord.TextChannel) or panel.message_id is None:
            raise UserInputError(t("panel-channel-gone", id=str(panel.id)))
        embed, view = messages.panel(panel, offered(panel, await self._deps.settings.types(guild.id)))
        try:
            await channel.get_partial_message(panel.message_id).edit(embed=embed, view=view)
        except discord.HTTPException as error:
            if is_gone(error):
                raise UserInputError(t("panel-message-gone", id=str(panel.id))) from error
            raise explain(error, action) from error

    async def _load(self, guild: discord.Guild, panel_id: int) -> Panel:
        panel = await self._deps.db.get_panel(panel_id)
        if panel is None or panel.guild_id != guild.id:
            raise NotFoundError(t("panel-unknown", id=str(panel_id)))
        return panel

    async def _audit(self, panel: Panel, actor_id: int, action: AuditAction, details: Text) -> None:
        journal = self._deps.journal
        await journal.record(journal.entry(panel.guild_id, actor_id, action, details))


def _panel_ids(message: discord.Message) -> set[int]:
    """Return the panel ids a message's buttons and menus carry."""
    found = set()
    for row in message.components:
        for child in getattr(row, "children", ()):
            custom_id = getattr(child, "custom_id", None) or ""
            if match := re.fullmatch(OPEN.template, custom_id):
                found.add(OPEN.read(match)[0])
            elif match := re.fullmatch(TYPE_SELECT.template, custom_id):
                found.add(TYPE_SELECT.read(match))
    return found


def _diff(before: Panel, after: Panel, types: Sequence[TicketType]) -> Text:
    """Describe a panel's edit as before → after, field by field (types by name)."""

    def shown(panel: Panel, key: str) -> str:
        value = [t.name for t in offered(panel, types)] if key == "type_ids" else getattr(panel, key)
        return repr(value)

    fields = ("title", "description", "button_label", "type_ids", "style")
    changed = [
        t("audit-detail-panel-change", field=key, before=shown(before, key), after=shown(after, key))
        for key in fields
        if shown(before, key) != shown(after, key)
    ]
    return t(
        "audit-detail-panel-edited",
        id=str(after.id),
        title=after.title,
        changed="yes" if changed else "no",
        changes=listed(changed) if changed else "",
    )

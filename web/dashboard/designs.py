"""The dashboard's design pages: ticket types with their forms, and panels, each with a preview.

A type's page holds every setting, grouped, and its form's questions (added in the empty rows, reordered by
their numbers, removed by a tick); a panel's page picks its channel and types. Both show a preview drawn
by the server from what the form holds (the Preview button redraws it without saving; with JavaScript it
follows the typing). Saving goes through ``core.admin``, as ``/type`` and ``/panel`` do.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import discord
from aiohttp import web
from multidict import MultiMapping

from core.admin.panels import PanelDesign, default, offered
from core.errors import TicketBotError
from core.i18n import LANGUAGES, Text
from core.i18n.languages import of_server
from core.models import Panel, PanelStyle, Question, QuestionStyle, TicketType, TypeVariant
from core.rules import ticket_types
from core.rules.ticket_types import MAX_QUESTIONS
from web.access import path_id
from web.dashboard import fields
from web.dashboard.admins import Admin, Admins, Form
from web.dashboard.render import page
from web.edge import whole_number
from web.pages import redirect

if TYPE_CHECKING:
    from core.ui.client import TicketClient

NEW = "new"


class DesignPages:
    """Serves a server's ticket types and panels to those who manage it."""

    def __init__(self, bot: TicketClient, admins: Admins) -> None:
        self._bot = bot
        self._admins = admins

    def routes(self) -> list[web.RouteDef]:
        """Return the pages' routes."""
        server = r"/g/{guild:[0-9]{1,20}}"
        return [
            web.get(server + "/types", self.types),
            web.get(server + "/types/new", self.type_page),
            web.post(server + "/types/new", self.save_type),
            web.get(server + r"/types/{type:[0-9]{1,20}}", self.type_page),
            web.post(server + r"/types/{type:[0-9]{1,20}}", self.save_type),
            web.post(server + r"/types/{type:[0-9]{1,20}}/delete", self.delete_type),
            web.get(server + r"/types/{type:[0-9]{1,20}}/language/{language}", self.variant_page),
            web.post(server + r"/types/{type:[0-9]{1,20}}/language/{language}", self.save_variant),
            web.get(server + "/panels", self.panels),
            web.get(server + "/panels/new", self.panel_page),
            web.post(server + "/panels/new", self.save_panel),
            web.get(server + r"/panels/{panel:[0-9]{1,20}}", self.panel_page),
            web.post(server + r"/panels/{panel:[0-9]{1,20}}", self.save_panel),
            web.post(server + r"/panels/{panel:[0-9]{1,20}}/delete", self.delete_panel),
        ]

    # Types

    async def types(self, request: web.Request) -> web.Response:
        """List the server's types, each with what it asks and who staffs it."""
        admin = await self._admins.admin(request)
        if isinstance(admin, web.Response):
            return admin
        known = await self._bot.guild_settings.types(admin.guild.id)
        return page("dash-types.html.j2", admin, "types", types=known, saved=request.query.get("saved", ""))

    async def type_page(self, request: web.Request) -> web.Response:
        """Show a type's settings and form (a new type's defaults for /types/new), with the form's preview."""
        admin = await self._admins.admin(request)
        if isinstance(admin, web.Response):
            return admin
        chosen = await self._type(request, admin)
        return self._type_form(admin, chosen, saved=request.query.get("saved", ""))

    def _type_form(
        self,
        admin: Admin,
        chosen: TicketType,
        *,
        values: dict[str, Any] | None = None,
        rows: list[dict[str, Any]] | None = None,
        problem: Text | None = None,
        saved: str = "",
        language: str = "",
    ) -> web.Response:
        """Draw a type's page; with ``language``, its welcome and form for openers who read that language."""
        shown_rows = rows or [fields.values(fields.QUESTION_FIELDS, q) for q in chosen.questions]
        blank = fields.values(fields.QUESTION_FIELDS, Question(""))
        shown_rows = [*shown_rows, *[blank] * (MAX_QUESTIONS - len(shown_rows))]
        return page(
            "dash-type.html.j2",
            admin,
            "types",
            status=400 if problem is not None else 200,
            problem=problem,
            saved=saved,
            ticket_type=chosen,
            action=f"/g/{admin.guild.id}/types/{chosen.id or NEW}" + (f"/language/{language}" if language else ""),
            type_fields=[fields.WELCOME] if language else fields.TYPE_FIELDS,
            language=language,
            languages=LANGUAGES,
            values=values or fields.values(fields.TYPE_FIELDS, chosen),
            question_fields=fields.QUESTION_FIELDS,
            rows=shown_rows,
        )

    async def save_type(self, request: web.Request) -> web.Response:
        """Create or change a type with every setting and its form, checked as /type's are; or preview it."""

        async def save(admin: Admin, form: Form) -> web.Response:
            chosen = await self._type(request, admin)
            asked = questions(form, admin.guild)
            changes, cleared = _type_changes(form, admin.guild)
            if form.get("preview"):  # the form again, its questions in their new order, removed ones gone
                ordered = [fields.values(fields.QUESTION_FIELDS, q) for q in asked]
                return self._type_form(admin, chosen, values=fields.posted(fields.TYPE_FIELDS, form), rows=ordered)
            stored = await self._bot.administration.save_type(
                admin.guild,
                admin.user_id,
                chosen.name if chosen.id else None,
                cleared=cleared if chosen.id else (),
                questions=asked,
                **changes,
            )
            return redirect(f"/g/{admin.guild.id}/types/{stored.id}?saved={'changed' if chosen.id else 'created'}")

        async def refused(admin: Admin, form: Form, problem: Text) -> web.Response:
            chosen = await self._type(request, admin)
            rows = [fields.posted(fields.QUESTION_FIELDS, form, f"q{n}-") for n in range(MAX_QUESTIONS)]
            values = fields.posted(fields.TYPE_FIELDS, form)
            return self._type_form(admin, chosen, values=values, rows=rows, problem=problem)

        return await self._admins.apply(request, save, refused)

    async def delete_type(self, request: web.Request) -> web.Response:
        """Delete a type without open tickets (as /type delete); panels stop offering it."""

        async def delete(admin: Admin, _: Form) -> web.Response:
            chosen = await self._type(request, admin)
            await self._bot.administration.delete_type(admin.guild, admin.user_id, chosen.name)
            return redirect(f"/g/{admin.guild.id}/types?saved=deleted")

        async def refused(admin: Admin, _: Form, problem: Text) -> web.Response:
            return self._type_form(admin, await self._type(request, admin), problem=problem)

        return await self._admins.apply(request, delete, refused)

    async def variant_page(self, request: web.Request) -> web.Response:
        """Show a type's welcome and form for openers who read one language (empty: the type's own)."""
        admin = await self._admins.admin(request)
        if isinstance(admin, web.Response):
            return admin
        chosen = await self._type(request, admin)
        return self._variant_form(admin, chosen, _language(request), saved=request.query.get("saved", ""))

    def _variant_form(
        self,
        admin: Admin,
        chosen: TicketType,
        language: str,
        *,
        values: dict[str, Any] | None = None,
        rows: list[dict[str, Any]] | None = None,
        problem: Text | None = None,
        saved: str = "",
    ) -> web.Response:
        variant = chosen.variants.get(language, TypeVariant())
        shown = values or {"name": chosen.name, "welcome_message": variant.welcome_message or ""}
        return self._type_form(
            admin,
            replace(chosen, questions=variant.questions),
            values=shown,
            rows=rows,
            problem=problem,
            saved=saved,
            language=language,
        )

    async def save_variant(self, request: web.Request) -> web.Response:
        """Store a type's welcome and form for openers of one language (as /type welcome and question-add do)."""

        async def save(admin: Admin, form: Form) -> web.Response:
            chosen, language = await self._type(request, admin), _language(request)
            asked = questions(form, admin.guild)
            if form.get("preview"):
                ordered = [fields.values(fields.QUESTION_FIELDS, q) for q in asked]
                values = {"name": chosen.name, **fields.posted([fields.WELCOME], form)}
                return self._variant_form(admin, chosen, language, values=values, rows=ordered)
            welcome = fields.read(fields.WELCOME, form, admin.guild)
            written = "" if welcome is fields.EMPTY else welcome
            variants = ticket_types.with_variant(chosen, language, welcome_message=written, questions=asked)
            await self._bot.administration.save_type(admin.guild, admin.user_id, chosen.name, variants=variants)
            return redirect(f"/g/{admin.guild.id}/types/{chosen.id}/language/{language}?saved=changed")

        async def refused(admin: Admin, form: Form, problem: Text) -> web.Response:
            chosen = await self._type(request, admin)
            rows = [fields.posted(fields.QUESTION_FIELDS, form, f"q{n}-") for n in range(MAX_QUESTIONS)]
            values = {"name": chosen.name, **fields.posted([fields.WELCOME], form)}
            return self._variant_form(admin, chosen, _language(request), values=values, rows=rows, problem=problem)

        return await self._admins.apply(request, save, refused)

    async def _type(self, request: web.Request, admin: Admin) -> TicketType:
        """Return the type the address names (a new one for ``new``); another server's or none is a 404."""
        if "type" not in request.match_info:
            return TicketType(0, admin.guild.id, "")
        type_id = path_id(request, "type")
        for known in await self._bot.guild_settings.types(admin.guild.id):
            if known.id == type_id:
                return known
        raise web.HTTPNotFound()

    # Panels

    async def panels(self, request: web.Request) -> web.Response:
        """List the server's panels: where each is, what it offers, and whether its message is still there."""
        admin = await self._admins.admin(request)
        if isinstance(admin, web.Response):
            return admin
        stored = await self._bot.db.list_panels(admin.guild.id)
        known = await self._bot.guild_settings.types(admin.guild.id)
        problem = None
        try:
            gone = await self._bot.panels.missing(admin.guild, stored)
        except TicketBotError as error:  # Discord refused to show a message: the list shows, with why
            gone, problem = set(), error.text
        return page(
            "dash-panels.html.j2",
            admin,
            "panels",
            problem=problem,
            panels=stored,
            offers=lambda panel: offered(panel, known),
            gone=gone,
            saved=request.query.get("saved", ""),
        )

    async def panel_page(self, request: web.Request) -> web.Response:
        """Show a panel's design (a new panel's defaults), with a preview drawn as Discord shows it."""
        admin = await self._admins.admin(request)
        if isinstance(admin, web.Response):
            return admin
        return await self._panel_form(admin, await self._panel(request, admin), saved=request.query.get("saved", ""))

    async def _panel_form(
        self,
        admin: Admin,
        panel: Panel,
        *,
        values: dict[str, Any] | None = None,
        chosen: Sequence[TicketType] | None = None,
        problem: Text | None = None,
        saved: str = "",
    ) -> web.Response:
        known = await self._bot.guild_settings.types(admin.guild.id)
        offers = offered(panel, known) if chosen is None else list(chosen)
        shown = values or fields.values(fields.PANEL_FIELDS, panel)
        return page(
            "dash-panel.html.j2",
            admin,
            "panels",
            status=400 if problem is not None else 200,
            problem=problem,
            saved=saved,
            panel=panel,
            action=f"/g/{admin.guild.id}/panels/{panel.id or NEW}",
            panel_fields=fields.PANEL_DESIGN if panel.id else fields.PANEL_FIELDS,
            values=shown,
            types=known,
            offers=offers,
            offered_ids={t.id for t in offers},
            style=str(shown.get("style") or PanelStyle.BUTTONS.value),
        )

    async def save_panel(self, request: web.Request) -> web.Response:
        """Post a new panel, or edit one in place (as /panel send and /panel edit); or redraw the preview."""

        async def save(admin: Admin, form: Form) -> web.Response:
            panel = await self._panel(request, admin)
            chosen = await self._offered(admin, form)
            read = {f.name: fields.read(f, form, admin.guild) for f in fields.PANEL_DESIGN}
            if form.get("preview"):
                draft = Panel(**{**_fields_of(panel), **read})
                return await self._panel_form(
                    admin,
                    draft,
                    values=fields.posted(fields.PANEL_FIELDS, form),
                    chosen=chosen,
                )
            design = PanelDesign(
                read["title"],
                read["description"],
                read["button_label"],
                type_names=tuple(t.name for t in chosen),
                style=read["style"],
            )
            if panel.id:
                stored = await self._bot.panels.edit(admin.guild, admin.user_id, panel.id, design)
            else:
                channel = admin.guild.get_channel(fields.read(fields.PANEL_CHANNEL, form, admin.guild))
                assert isinstance(channel, discord.TextChannel)
                stored = await self._bot.panels.post(channel, admin.user_id, design)
            done = "changed" if panel.id else "posted"
            return redirect(f"/g/{admin.guild.id}/panels?saved={done}#panel-{stored.id}")

        async def refused(admin: Admin, form: Form, problem: Text) -> web.Response:
            values = fields.posted(fields.PANEL_FIELDS, form)
            chosen = await self._offered(admin, form)
            panel = await self._panel(request, admin)
            return await self._panel_form(admin, panel, values=values, chosen=chosen, problem=problem)

        return await self._admins.apply(request, save, refused)

    async def delete_panel(self, request: web.Request) -> web.Response:
        """Delete a panel and its message (as /panel delete)."""

        async def delete(admin: Admin, _: Form) -> web.Response:
            panel = await self._panel(request, admin)
            await self._bot.panels.delete(admin.guild, admin.user_id, panel.id)
            return redirect(f"/g/{admin.guild.id}/panels?saved=deleted")

        async def refused(admin: Admin, _: Form, problem: Text) -> web.Response:
            return await self._panel_form(admin, await self._panel(request, admin), problem=problem)

        return await self._admins.apply(request, delete, refused)

    async def _offered(self, admin: Admin, form: Form) -> list[TicketType]:
        """Return the server's types a panel form picked, in the server's order."""
        wanted = {whole_number(str(raw)) for raw in form.getall("type_ids", [])}
        return [t for t in await self._bot.guild_settings.types(admin.guild.id) if t.id in wanted]

    async def _panel(self, request: web.Request, admin: Admin) -> Panel:
        """Return the panel the address names (a new one's defaults for ``new``); another server's is a 404."""
        if "panel" not in request.match_info:
            config = await self._bot.guild_settings.get(admin.guild.id)
            language = of_server(config.language if config else None, admin.guild)
            return Panel(**{**_fields_of(default(language)), "guild_id": admin.guild.id})
        stored = await self._bot.db.get_panel(path_id(request, "panel"))
        if stored is None or stored.guild_id != admin.guild.id:
            raise web.HTTPNotFound()
        return stored


def questions(form: MultiMapping[Any], guild: discord.Guild) -> tuple[Question, ...]:
    """Return the form's questions: rows with a question, not ticked for removal, in the order of their numbers."""
    rows = []
    for row in range(MAX_QUESTIONS):
        prefix = f"q{row}-"
        if not str(form.get(prefix + "label", "")).strip() or form.get(prefix + "remove"):
            continue
        read = {f.name: fields.read(f, form, guild, prefix) for f in fields.QUESTION_FIELDS}
        listed = "" if read["choices"] is fields.EMPTY else read["choices"]
        asked = Question(
            read["label"],
            QuestionStyle(read["style"]),
            read["required"],
            "" if read["placeholder"] is fields.EMPTY else read["placeholder"],
            read["max_length"],
            tuple(c.strip() for c in listed.split(",") if c.strip()),
            read["min_length"],
        )
        rows.append((whole_number(str(form.get(prefix + "position", ""))) or row + 1, row, asked))
    return tuple(asked for _, _, asked in sorted(rows, key=lambda r: r[:2]))


def _type_changes(form: MultiMapping[Any], guild: discord.Guild) -> tuple[dict[str, Any], set[str]]:
    """Return the type settings the form sets, and those it leaves empty (back to the server's)."""
    changes: dict[str, Any] = {}
    cleared: set[str] = set()
    for field in fields.TYPE_FIELDS:
        value = fields.read(field, form, guild)
        if value is fields.EMPTY:
            cleared.add(field.name)
        else:
            changes[field.name] = value
    return changes, cleared


def _language(request: web.Request) -> str:
    """Return the catalog language the address names; any other is a 404."""
    language = request.match_info["language"]
    if language not in LANGUAGES:
        raise web.HTTPNotFound()
    return language


def _fields_of(panel: Panel) -> dict[str, Any]:
    return {name: getattr(panel, name) for name in Panel.__dataclass_fields__}

"""The dashboard's staff tools: saved replies (``/tag``) and labels (``/label``), made, changed and deleted.

The admin acts as the commands see them (their roles, Administrator if they have it), so saved replies,
which only staff may touch, are refused to an admin who is not staff, with the command's own words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiohttp import web

from core.i18n import Text
from core.models import Tag
from core.staff.tags import MAX_CONTENT, Draft
from web.access import path_id
from web.dashboard.admins import Admin, Admins, Form
from web.dashboard.render import page
from web.edge import whole_number
from web.pages import redirect

if TYPE_CHECKING:
    from core.ui.client import TicketClient


class ReplyPages:
    """Serves a server's saved replies and labels to those who manage it."""

    def __init__(self, bot: TicketClient, admins: Admins) -> None:
        self._bot = bot
        self._admins = admins

    def routes(self) -> list[web.RouteDef]:
        """Return the pages' routes."""
        server = r"/g/{guild:[0-9]{1,20}}"
        return [
            web.get(server + "/tags", self.tags),
            web.post(server + "/tags/new", self.save_tag),
            web.post(server + r"/tags/{tag:[0-9]{1,20}}", self.save_tag),
            web.post(server + r"/tags/{tag:[0-9]{1,20}}/delete", self.delete_tag),
            web.get(server + "/labels", self.labels),
            web.post(server + "/labels/new", self.create_label),
            web.post(server + r"/labels/{label:[0-9]{1,20}}/delete", self.delete_label),
        ]

    # Saved replies

    async def tags(self, request: web.Request) -> web.Response:
        """List the saved replies, each ready to change, with an empty one to make a new reply."""
        admin = await self._admins.admin(request)
        if isinstance(admin, web.Response):
            return admin
        return await self._tags_page(admin)

    async def _tags_page(self, admin: Admin, form: Form | None = None, problem: Text | None = None) -> web.Response:
        types = await self._bot.guild_settings.types(admin.guild.id)
        return page(
            "dash-tags.html.j2",
            admin,
            "tags",
            status=400 if problem is not None else 200,
            problem=problem,
            tags=await self._bot.db.list_tags(admin.guild.id),
            types=types,
            most=MAX_CONTENT,
            typed=form or {},
        )

    async def save_tag(self, request: web.Request) -> web.Response:
        """Make a saved reply, or change one (its name, text and types), as /tag create and /tag edit do."""

        async def save(admin: Admin, form: Form) -> web.Response:
            known = await self._bot.guild_settings.types(admin.guild.id)
            wanted = {whole_number(str(raw)) for raw in form.getall("type_ids", [])}
            names = ", ".join(t.name for t in known if t.id in wanted)
            draft = Draft(str(form.get("name", "")), str(form.get("content", "")), names)
            if "tag" in request.match_info:
                await self._bot.tags.edit(admin.guild.id, admin.actor, (await self._tag(request, admin)).id, draft)
            else:
                await self._bot.tags.create(admin.guild.id, admin.actor, draft)
            return redirect(f"/g/{admin.guild.id}/tags")

        return await self._admins.apply(request, save, self._tags_page)

    async def delete_tag(self, request: web.Request) -> web.Response:
        """Delete a saved reply (as /tag delete)."""

        async def delete(admin: Admin, _: Form) -> web.Response:
            tag = await self._tag(request, admin)
            await self._bot.tags.delete(admin.guild.id, admin.actor, tag.name)
            return redirect(f"/g/{admin.guild.id}/tags")

        return await self._admins.apply(request, delete, self._tags_page)

    async def _tag(self, request: web.Request, admin: Admin) -> Tag:
        """Return the saved reply the address names; another server's is a 404."""
        tag_id = path_id(request, "tag")
        found = next((t for t in await self._bot.db.list_tags(admin.guild.id) if t.id == tag_id), None)
        if found is None:
            raise web.HTTPNotFound()
        return found

    # Labels

    async def labels(self, request: web.Request) -> web.Response:
        """List the server's labels, with a way to make one and to delete each."""
        admin = await self._admins.admin(request)
        if isinstance(admin, web.Response):
            return admin
        return await self._labels_page(admin)

    async def _labels_page(self, admin: Admin, _: Form | None = None, problem: Text | None = None) -> web.Response:
        return page(
            "dash-labels.html.j2",
            admin,
            "labels",
            status=400 if problem is not None else 200,
            problem=problem,
            labels=await self._bot.labels.listed(admin.guild.id),
        )

    async def create_label(self, request: web.Request) -> web.Response:
        """Make a label (as /label create)."""

        async def create(admin: Admin, form: Form) -> web.Response:
            await self._bot.labels.create(admin.guild.id, admin.actor, str(form.get("name", "")))
            return redirect(f"/g/{admin.guild.id}/labels")

        return await self._admins.apply(request, create, self._labels_page)

    async def delete_label(self, request: web.Request) -> web.Response:
        """Delete a label, taking it off every ticket (as /label delete)."""

        async def delete(admin: Admin, _: Form) -> web.Response:
            label_id = path_id(request, "label")
            label = next((x for x in await self._bot.labels.listed(admin.guild.id) if x.id == label_id), None)
            if label is None:
                raise web.HTTPNotFound()
            await self._bot.labels.delete(admin.guild.id, admin.actor, label.name)
            return redirect(f"/g/{admin.guild.id}/labels")

        return await self._admins.apply(request, delete, self._labels_page)

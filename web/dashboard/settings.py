"""The dashboard's server pages: /setup's choices and /config's settings, the blacklist, and API keys.

Each change goes through the same ``core.admin`` call as its command, so it is checked, stored, audited
("via the dashboard") and cached the same way; what the admin typed is shown again beside what was wrong.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import discord
from aiohttp import web

from core.admin.setup import SetupChoice
from core.i18n import Text
from core.models import CloseAction, GuildConfig
from web.dashboard import fields
from web.dashboard.admins import Admin, Admins, Form
from web.dashboard.render import page
from web.edge import whole_number
from web.pages import redirect
from web.people import People

if TYPE_CHECKING:
    from core.ui.client import TicketClient


class SettingsPages:
    """Serves a server's settings, blacklist and API keys to those who manage it."""

    def __init__(self, bot: TicketClient, admins: Admins, people: People) -> None:
        self._bot = bot
        self._admins = admins
        self._people = people

    def routes(self) -> list[web.RouteDef]:
        """Return the pages' routes."""
        server = r"/g/{guild:[0-9]{1,20}}"
        return [
            web.get(server + "/settings", self.settings),
            web.post(server + "/settings", self.save_settings),
            web.post(server + "/setup", self.save_setup),
            web.get(server + "/blacklist", self.blacklist),
            web.post(server + "/blacklist/add", self.block),
            web.post(server + "/blacklist/remove", self.unblock),
            web.get(server + "/keys", self.keys),
            web.post(server + "/keys/create", self.create_key),
            web.post(server + "/keys/revoke", self.revoke_key),
        ]

    # Settings

    async def settings(self, request: web.Request) -> web.Response:
        """Show /setup's choices and every /config setting, ready to change."""
        admin = await self._admins.admin(request)
        if isinstance(admin, web.Response):
            return admin
        config = await self._bot.guild_settings.get(admin.guild.id)
        return self._settings_page(admin, config, saved=request.query.get("saved", ""))

    def _settings_page(
        self,
        admin: Admin,
        config: GuildConfig | None,
        *,
        setup_values: dict[str, Any] | None = None,
        settings_values: dict[str, Any] | None = None,
        problem: Text | None = None,
        saved: str = "",
    ) -> web.Response:
        shown = config or GuildConfig(admin.guild.id)
        return page(
            "dash-settings.html.j2",
            admin,
            "settings",
            status=400 if problem is not None else 200,
            problem=problem,
            saved=saved,
            set_up=config is not None and config.is_set_up,
            setup_fields=fields.SETUP,
            settings_fields=fields.SETTINGS,
            setup_values=setup_values or fields.values(fields.SETUP, shown),
            settings_values=settings_values or fields.values(fields.SETTINGS, shown),
        )

    async def save_setup(self, request: web.Request) -> web.Response:
        """Store /setup's choices, checked as the command checks them (roles, permissions, a private log)."""
        return await self._admins.apply(request, self._setup, self._setup_refused)

    async def _setup(self, admin: Admin, form: Form) -> web.Response:
        guild = admin.guild
        read = {field.name: fields.read(field, form, guild) for field in fields.SETUP}
        roles = [role for role in (guild.get_role(i) for i in read["staff_role_ids"]) if role is not None]
        if not roles:
            raise fields.required(fields.SETUP[0])
        category, log_channel = guild.get_channel(read["ticket_category_id"]), guild.get_channel(read["log_channel_id"])
        assert isinstance(category, discord.CategoryChannel) and isinstance(log_channel, discord.TextChannel)
        choice = SetupChoice(
            roles,
            category,
            log_channel,
            CloseAction(read["close_action"]),
            _category(guild, read["archive_category_id"]),
            _category(guild, read["overflow_category_id"]),
        )
        await self._bot.administration.setup(guild, admin.user_id, choice)
        return redirect(f"/g/{guild.id}/settings?saved=setup")

    async def _setup_refused(self, admin: Admin, form: Form, problem: Text) -> web.Response:
        config = await self._bot.guild_settings.get(admin.guild.id)
        return self._settings_page(admin, config, setup_values=fields.posted(fields.SETUP, form), problem=problem)

    async def save_settings(self, request: web.Request) -> web.Response:
        """Store the settings that changed, in one change checked and audited as /config's are."""
        return await self._admins.apply(request, self._settings, self._settings_refused)

    async def _settings(self, admin: Admin, form: Form) -> web.Response:
        config = await self._bot.guild_settings.get(admin.guild.id)
        read = {field.name: fields.read(field, form, admin.guild) for field in fields.SETTINGS}
        changes = fields.changed(fields.SETTINGS, config or GuildConfig(admin.guild.id), read)
        if changes:
            await self._bot.administration.change(admin.guild, admin.user_id, **changes)
        return redirect(f"/g/{admin.guild.id}/settings?saved=settings")

    async def _settings_refused(self, admin: Admin, form: Form, problem: Text) -> web.Response:
        config = await self._bot.guild_settings.get(admin.guild.id)
        values = fields.posted(fields.SETTINGS, form)
        return self._settings_page(admin, config, settings_values=values, problem=problem)

    # The blacklist

    async def blacklist(self, request: web.Request) -> web.Response:
        """List who may not open tickets, with a way to add a role or a member and to take them off."""
        admin = await self._admins.admin(request)
        if isinstance(admin, web.Response):
            return admin
        return await self._blacklist_page(admin)

    async def _blacklist_page(self, admin: Admin, _: Form | None = None, problem: Text | None = None) -> web.Response:
        config = await self._bot.guild_settings.get(admin.guild.id)
        blocked = config.blocked_ids if config else []
        roles = {i: role for i in blocked if (role := admin.guild.get_role(i)) is not None}
        people = await self._people.named(i for i in blocked if i not in roles)
        return page(
            "dash-blacklist.html.j2",
            admin,
            "blacklist",
            status=400 if problem is not None else 200,
            problem=problem,
            set_up=config is not None,
            blocked=blocked,
            roles=roles,
            people=people,
            role_field=fields.BLOCKED_ROLE,
        )

    async def block(self, request: web.Request) -> web.Response:
        """Add a role, or a member by id, to the blacklist (as /blacklist add)."""
        return await self._admins.apply(request, self._block, self._blacklist_page)

    async def _block(self, admin: Admin, form: Form) -> web.Response:
        guild = admin.guild
        target: discord.Role | discord.Member
        member_id = whole_number(str(form.get("member", "")).strip())
        if member_id is not None:
            target = guild.get_member(member_id) or await _member(guild, member_id)
        else:
            role_id = fields.read(fields.BLOCKED_ROLE, form, guild)
            target = guild.get_role(role_id) or guild.default_role
        await self._bot.administration.block(guild, admin.user_id, target)
        return redirect(f"/g/{guild.id}/blacklist")

    async def unblock(self, request: web.Request) -> web.Response:
        """Take a role or a member off the blacklist (as /blacklist remove)."""
        return await self._admins.apply(request, self._unblock, self._blacklist_page)

    async def _unblock(self, admin: Admin, form: Form) -> web.Response:
        target_id = whole_number(str(form.get("id", ""))) or 0
        mention = f"<@&{target_id}>" if admin.guild.get_role(target_id) else f"<@{target_id}>"
        await self._bot.administration.unblock(admin.guild, admin.user_id, target_id, mention)
        return redirect(f"/g/{admin.guild.id}/blacklist")

    # API keys

    async def keys(self, request: web.Request) -> web.Response:
        """List the server's API keys in use (names and makers), with a way to make one or revoke one."""
        admin = await self._admins.admin(request)
        if isinstance(admin, web.Response):
            return admin
        return await self._keys_page(admin)

    async def _keys_page(
        self, admin: Admin, _: Form | None = None, problem: Text | None = None, secret: str = ""
    ) -> web.Response:
        listed = await self._bot.api_keys.list(admin.guild.id)
        return page(
            "dash-keys.html.j2",
            admin,
            "keys",
            status=400 if problem is not None else 201 if secret else 200,
            problem=problem,
            keys=listed,
            secret=secret,
            people=await self._people.named(k.created_by for k in listed),
        )

    async def create_key(self, request: web.Request) -> web.Response:
        """Make a key and show it this once (the page is never cached; only its hash is kept)."""
        return await self._admins.apply(request, self._create_key, self._keys_page)

    async def _create_key(self, admin: Admin, form: Form) -> web.Response:
        _, secret = await self._bot.api_keys.create(admin.guild.id, admin.user_id, str(form.get("name", "")))
        return await self._keys_page(admin, secret=secret)

    async def revoke_key(self, request: web.Request) -> web.Response:
        """Revoke a key by name: it stops working at once, in every process."""
        return await self._admins.apply(request, self._revoke_key, self._keys_page)

    async def _revoke_key(self, admin: Admin, form: Form) -> web.Response:
        await self._bot.api_keys.revoke(admin.guild.id, admin.user_id, str(form.get("name", "")))
        return redirect(f"/g/{admin.guild.id}/keys")


def _category(guild: discord.Guild, channel_id: Any) -> discord.CategoryChannel | None:
    channel = guild.get_channel(channel_id) if isinstance(channel_id, int) else None
    return channel if isinstance(channel, discord.CategoryChannel) else None


async def _member(guild: discord.Guild, member_id: int) -> discord.Member:
    """Return a member the cache does not hold, asked of Discord; one who is not in the server is refused."""
    try:
        return await guild.fetch_member(member_id)
    except discord.NotFound:
        raise fields.refused("web-dash-member-unknown") from None

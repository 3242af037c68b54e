"""/setup, /config, /blacklist, /api-key and /doctor: server settings, API keys and a health check (Manage Server)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands

from cogs.checks import ADMIN, AdminCog
from core import messages
from core.admin.doctor import diagnose, report
from core.admin.setup import SetupChoice
from core.i18n import render, t
from core.i18n.languages import of_interaction
from core.models import ClaimMode, CloseAction, IdleCounts, LeaveAction
from core.ui.context import before_the_deadline, guild_of
from core.ui.modals import welcome_modal

if TYPE_CHECKING:
    from bot import TicketBot


class Admin(AdminCog):
    """Commands for server admins."""

    config = app_commands.Group(
        name="config", description="Show or change ticket settings", guild_only=True, default_permissions=ADMIN
    )
    blacklist = app_commands.Group(
        name="blacklist",
        description="Stop members or roles from opening tickets",
        guild_only=True,
        default_permissions=ADMIN,
    )
    api_key = app_commands.Group(
        name="api-key",
        description="Keys to this server's tickets over HTTP",
        guild_only=True,
        default_permissions=ADMIN,
    )

    @app_commands.command(name="setup", description="Set up tickets: staff roles, category, log channel")
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.describe(
        staff_role="The role that handles tickets",
        category="The category new ticket channels go in",
        log_channel="Where transcripts and the audit log are posted (staff only)",
        close_action="Delete closed tickets' channels, or archive them read-only",
        archive_category="Where archived tickets go (needed for archive)",
        overflow_category="Where new tickets go while the ticket category is full (50 channels)",
        staff_role_2="Another staff role",
        staff_role_3="Another staff role",
    )
    async def setup_command(
        self,
        interaction: discord.Interaction[TicketBot],
        staff_role: discord.Role,
        category: discord.CategoryChannel,
        log_channel: discord.TextChannel,
        close_action: CloseAction = CloseAction.DELETE,
        archive_category: discord.CategoryChannel | None = None,
        staff_role_2: discord.Role | None = None,
        staff_role_3: discord.Role | None = None,
        overflow_category: discord.CategoryChannel | None = None,
    ) -> None:
        """Store the server's staff roles, category, log channel and close action."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        roles = list(dict.fromkeys(r for r in (staff_role, staff_role_2, staff_role_3) if r is not None))
        choice = SetupChoice(roles, category, log_channel, close_action, archive_category, overflow_category)
        result = await self.bot.administration.setup(guild_of(interaction), interaction.user.id, choice)
        note = "Tickets are set up."
        if result.restaffed or result.failed:
            note += f" {result.restaffed} open tickets now use the new staff roles"
            note += f"; {result.failed} could not be updated (check my permissions there)." if result.failed else "."
        await interaction.edit_original_response(content=note, embed=messages.settings(result.config))

    @config.command(name="show", description="Show this server's ticket settings")
    async def show(self, interaction: discord.Interaction[TicketBot]) -> None:
        """Show the settings."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        config = await self.bot.guild_settings.require(guild_of(interaction).id)
        await interaction.edit_original_response(embed=messages.settings(config))

    @config.command(name="max-tickets", description="How many tickets a member may have open at once")
    @app_commands.describe(limit="From 1 to 25")
    async def max_tickets(
        self, interaction: discord.Interaction[TicketBot], limit: app_commands.Range[int, 1, 25]
    ) -> None:
        """Change the per-member limit."""
        await self._change(interaction, max_open_tickets=limit)

    @config.command(name="naming", description="How ticket channels are named")
    @app_commands.describe(template="Uses {number} and/or {username}, e.g. ticket-{number:04d}")
    async def naming(
        self, interaction: discord.Interaction[TicketBot], template: app_commands.Range[str, 1, 90]
    ) -> None:
        """Change the channel naming template."""
        await self._change(interaction, channel_name_template=template)

    @config.command(name="welcome", description="The message shown in every new ticket")
    @app_commands.describe(message="One line, up to 1500 characters; leave out to write several lines in a form")
    async def welcome(
        self, interaction: discord.Interaction[TicketBot], message: app_commands.Range[str, 1, 1500] | None = None
    ) -> None:
        """Change the welcome message, in the option or in a modal that can hold several lines."""
        if message is not None:
            await self._change(interaction, welcome_message=message)
            return
        config = await before_the_deadline(self.bot.guild_settings.get(guild_of(interaction).id))
        reader = of_interaction(interaction)
        # An empty welcome is the default greeting: the form starts from it, in the admin's language.
        current = (config.welcome_message if config else "") or render(t("welcome-default"), reader)
        await interaction.response.send_modal(welcome_modal(None, "Welcome message", current, reader))

    @config.command(name="claim-mode", description="What claiming a ticket does to the other staff's access")
    @app_commands.describe(
        mode="shared: all keep access; claimer-writes: others read only; claimer-only: others lose it"
    )
    async def claim_mode(self, interaction: discord.Interaction[TicketBot], mode: ClaimMode) -> None:
        """Change the claim mode of types that do not set their own."""
        await self._change(interaction, claim_mode=mode)

    @config.command(name="auto-close", description="Close tickets that go quiet, after a warning")
    @app_commands.describe(
        hours="Close after this many hours without a message (0: never)",
        warning_hours="Warn the opener this many hours before (0: no warning)",
        counts="Whose messages keep a ticket open: the opener's (default) or anyone's",
    )
    async def auto_close(
        self,
        interaction: discord.Interaction[TicketBot],
        hours: app_commands.Range[float, 0.0, 8760.0],
        warning_hours: app_commands.Range[float, 0.0, 8760.0] = 0.0,
        counts: IdleCounts = IdleCounts.OPENER,
    ) -> None:
        """Change when quiet tickets close, for types that do not set their own."""
        await self._change(
            interaction,
            auto_close_hours=hours or None,
            auto_close_warning_hours=warning_hours or None,
            idle_counts=counts,
        )

    @config.command(name="close-confirmation", description="Whether /ticket close asks before closing")
    @app_commands.describe(enabled="Ask for confirmation (the Close button always does)")
    async def close_confirmation(self, interaction: discord.Interaction[TicketBot], enabled: bool) -> None:
        """Change whether /ticket close confirms, for types that do not set it."""
        await self._change(interaction, confirm_close=enabled)

    @config.command(name="opener-leaves", description="What happens to a ticket whose opener leaves the server")
    @app_commands.describe(action="keep: it stays open and staff are told; close: it closes, transcript saved")
    async def opener_leaves(self, interaction: discord.Interaction[TicketBot], action: LeaveAction) -> None:
        """Change what happens to the tickets of openers who leave."""
        await self._change(interaction, on_opener_leave=action)

    async def _change(self, interaction: discord.Interaction[TicketBot], **changes: object) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        config = await self.bot.administration.change(guild_of(interaction), interaction.user.id, **changes)
        await interaction.edit_original_response(content="Settings saved.", embed=messages.settings(config))

    @blacklist.command(name="add", description="Stop a member, or everyone with a role, from opening tickets")
    @app_commands.describe(target="The member or role")
    async def blacklist_add(
        self, interaction: discord.Interaction[TicketBot], target: discord.Member | discord.Role
    ) -> None:
        """Add a member or role to the blacklist."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        await self.bot.administration.block(guild_of(interaction), interaction.user.id, target)
        await interaction.edit_original_response(
            embed=messages.success(f"{target.mention} can no longer open tickets (staff are never blocked).")
        )

    @blacklist.command(name="remove", description="Let a blacklisted member or role open tickets again")
    @app_commands.describe(target="The member or role")
    async def blacklist_remove(
        self, interaction: discord.Interaction[TicketBot], target: discord.Member | discord.User | discord.Role
    ) -> None:
        """Take a member or role off the blacklist."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        await self.bot.administration.unblock(guild_of(interaction), interaction.user.id, target.id, target.mention)
        await interaction.edit_original_response(embed=messages.success(f"{target.mention} can open tickets again."))

    @blacklist.command(name="list", description="Show who may not open tickets")
    async def blacklist_list(self, interaction: discord.Interaction[TicketBot]) -> None:
        """Show the blacklist."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        guild = guild_of(interaction)
        config = await self.bot.guild_settings.require(guild.id)
        role_ids = {role.id for role in guild.roles}
        await interaction.edit_original_response(embed=messages.blacklist(config.blocked_ids, role_ids))

    @api_key.command(name="create", description="Make a key to this server's tickets over HTTP (shown once)")
    @app_commands.describe(name="What the key is for, e.g. dashboard")
    async def api_key_create(self, interaction: discord.Interaction[TicketBot], name: str) -> None:
        """Make a key and show it to the admin alone, once."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        key, secret = await self.bot.api_keys.create(guild_of(interaction).id, interaction.user.id, name)
        await interaction.edit_original_response(embed=messages.api_key_made(key, secret))

    @api_key.command(name="list", description="Show this server's API keys in use")
    async def api_key_list(self, interaction: discord.Interaction[TicketBot]) -> None:
        """List the keys in use (names and makers; the keys themselves are not kept)."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        keys = await self.bot.api_keys.list(guild_of(interaction).id)
        await interaction.edit_original_response(embed=messages.api_keys(keys))

    @api_key.command(name="revoke", description="Stop an API key from working")
    @app_commands.describe(name="The key's name")
    async def api_key_revoke(self, interaction: discord.Interaction[TicketBot], name: str) -> None:
        """Revoke a key by name."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        key = await self.bot.api_keys.revoke(guild_of(interaction).id, interaction.user.id, name)
        await interaction.edit_original_response(embed=messages.api_key_revoked(key))

    @app_commands.command(name="doctor", description="Check everything that stops tickets from working here")
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    async def doctor(self, interaction: discord.Interaction[TicketBot]) -> None:
        """Report what would make tickets fail in this server, each with its fix."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        guild = guild_of(interaction)
        config = await self.bot.guild_settings.get(guild.id)
        panels = await self.bot.db.list_panels(guild.id)
        types = await self.bot.guild_settings.types(guild.id)
        findings = diagnose(guild, config, self.bot.application, panels, types, self.bot.settings.web.problems())
        await interaction.edit_original_response(embed=report(findings))


async def setup(bot: TicketBot) -> None:
    """Load the cog."""
    await bot.add_cog(Admin(bot))

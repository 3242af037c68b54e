"""/setup, /config and /panel: server settings and panels (Manage Server)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from core import embeds
from core.models import CloseAction

if TYPE_CHECKING:
    from bot import TicketBot

ADMIN = discord.Permissions(manage_guild=True)


def _actor(interaction: discord.Interaction) -> tuple[discord.Guild, discord.Member]:
    assert interaction.guild is not None and isinstance(interaction.user, discord.Member)
    return interaction.guild, interaction.user


class Admin(commands.Cog):
    """Commands for server admins."""

    config = app_commands.Group(
        name="config", description="Show or change ticket settings", guild_only=True, default_permissions=ADMIN
    )
    panel = app_commands.Group(
        name="panel", description="Post ticket panels", guild_only=True, default_permissions=ADMIN
    )

    def __init__(self, bot: TicketBot) -> None:
        self.bot = bot

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        """Enforce Manage Server even where an admin changed the commands' default visibility."""
        if not interaction.permissions.manage_guild:
            raise app_commands.MissingPermissions(["manage_guild"])
        return True

    @app_commands.command(name="setup", description="Set up tickets: staff roles, category, log channel")
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.describe(
        staff_role="The role that handles tickets",
        category="The category new ticket channels go in",
        log_channel="Where transcripts and the audit log are posted",
        close_action="Delete closed tickets' channels, or archive them read-only",
        archive_category="Where archived tickets go (needed for archive)",
        staff_role_2="Another staff role",
        staff_role_3="Another staff role",
    )
    async def setup_command(
        self,
        interaction: discord.Interaction,
        staff_role: discord.Role,
        category: discord.CategoryChannel,
        log_channel: discord.TextChannel,
        close_action: CloseAction = CloseAction.DELETE,
        archive_category: discord.CategoryChannel | None = None,
        staff_role_2: discord.Role | None = None,
        staff_role_3: discord.Role | None = None,
    ) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        guild, actor = _actor(interaction)
        roles = list(dict.fromkeys(r for r in (staff_role, staff_role_2, staff_role_3) if r is not None))
        config = await self.bot.tickets.setup_guild(
            guild,
            actor,
            staff_roles=roles,
            category=category,
            log_channel=log_channel,
            close_action=close_action,
            archive_category=archive_category,
        )
        await interaction.edit_original_response(content="Tickets are set up.", embed=embeds.settings(config))

    @config.command(name="show", description="Show this server's ticket settings")
    async def show(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        config = await self.bot.tickets.config_for(_actor(interaction)[0].id)
        await interaction.edit_original_response(embed=embeds.settings(config))

    @config.command(name="max-tickets", description="How many tickets a member may have open at once")
    @app_commands.describe(limit="From 1 to 25")
    async def max_tickets(self, interaction: discord.Interaction, limit: app_commands.Range[int, 1, 25]) -> None:
        await self._change(interaction, max_open_tickets=limit)

    @config.command(name="naming", description="How ticket channels are named")
    @app_commands.describe(template="Uses {number} and/or {username}, e.g. ticket-{number:04d}")
    async def naming(self, interaction: discord.Interaction, template: app_commands.Range[str, 1, 90]) -> None:
        await self._change(interaction, channel_name_template=template)

    @config.command(name="welcome", description="The message shown in every new ticket")
    @app_commands.describe(message="Up to 1500 characters")
    async def welcome(self, interaction: discord.Interaction, message: app_commands.Range[str, 1, 1500]) -> None:
        await self._change(interaction, welcome_message=message)

    async def _change(self, interaction: discord.Interaction, **changes: object) -> None:
        guild, actor = _actor(interaction)
        await interaction.response.defer(ephemeral=True, thinking=True)
        config = await self.bot.tickets.update_config(guild, actor, **changes)
        await interaction.edit_original_response(content="Settings saved.", embed=embeds.settings(config))

    @panel.command(name="send", description="Post a panel with a Create Ticket button")
    @app_commands.describe(
        channel="Where to post it (default: here)",
        title="The panel's title",
        description="The panel's text",
        button_label="The button's label",
    )
    async def send(
        self,
        interaction: discord.Interaction,
        channel: discord.TextChannel | None = None,
        title: app_commands.Range[str, 1, 256] = "Need help?",
        description: app_commands.Range[
            str, 1, 2000
        ] = "Press the button below to open a private ticket with our staff.",
        button_label: app_commands.Range[str, 1, 80] = "Create Ticket",
    ) -> None:
        _, actor = _actor(interaction)
        target = channel or interaction.channel
        if not isinstance(target, discord.TextChannel):
            raise app_commands.AppCommandError("Pick a text channel for the panel.")
        await interaction.response.defer(ephemeral=True, thinking=True)
        panel = await self.bot.tickets.send_panel(
            target, actor, title=title, description=description, button_label=button_label
        )
        await interaction.edit_original_response(embed=embeds.success(f"Panel {panel.id} posted in {target.mention}."))


async def setup(bot: TicketBot) -> None:
    await bot.add_cog(Admin(bot))

"""/setup, /config, /blacklist, /api-key and /doctor: server settings, API keys and a health check (Manage Server)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands

from cogs.checks import ADMIN, AdminCog
from core import messages
from core.admin import bounds
from core.admin.doctor import diagnose, report
from core.admin.setup import SetupChoice
from core.i18n import LANGUAGES, Text, render, t
from core.i18n.commands import choices, command_text
from core.i18n.languages import of_interaction
from core.models import ClaimMode, CloseAction, IdleCounts, LeaveAction
from core.ui.context import before_the_deadline, guild_of
from core.ui.modals import welcome_modal

if TYPE_CHECKING:
    from bot import TicketBot

# /config language: each catalog language, or "server" for the server's own Discord language.
SERVER_LANGUAGE = "server"


def _say(interaction: discord.Interaction[TicketBot], text: Text) -> str:
    return render(text, of_interaction(interaction))


class Admin(AdminCog):
    """Commands for server admins."""

    config = app_commands.Group(
        name=command_text("cmd-config"),
        description=command_text("cmd-config.description"),
        guild_only=True,
        default_permissions=ADMIN,
    )
    blacklist = app_commands.Group(
        name=command_text("cmd-blacklist"),
        description=command_text("cmd-blacklist.description"),
        guild_only=True,
        default_permissions=ADMIN,
    )
    api_key = app_commands.Group(
        name=command_text("cmd-api-key"),
        description=command_text("cmd-api-key.description"),
        guild_only=True,
        default_permissions=ADMIN,
    )

    @app_commands.command(name=command_text("cmd-setup"), description=command_text("cmd-setup.description"))
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.rename(
        staff_role=command_text("cmd-setup-staff-role"),
        category=command_text("cmd-setup-category"),
        log_channel=command_text("cmd-setup-log-channel"),
        close_action=command_text("cmd-setup-close-action"),
        archive_category=command_text("cmd-setup-archive-category"),
        overflow_category=command_text("cmd-setup-overflow-category"),
        staff_role_2=command_text("cmd-setup-staff-role-2"),
        staff_role_3=command_text("cmd-setup-staff-role-3"),
    )
    @app_commands.describe(
        staff_role=command_text("cmd-setup-staff-role.description"),
        category=command_text("cmd-setup-category.description"),
        log_channel=command_text("cmd-setup-log-channel.description"),
        close_action=command_text("cmd-setup-close-action.description"),
        archive_category=command_text("cmd-setup-archive-category.description"),
        overflow_category=command_text("cmd-setup-overflow-category.description"),
        staff_role_2=command_text("cmd-setup-staff-role-2.description"),
        staff_role_3=command_text("cmd-setup-staff-role-3.description"),
    )
    @app_commands.choices(close_action=choices("cmd-setup-close-action", (a.value for a in CloseAction)))
    async def setup_command(
        self,
        interaction: discord.Interaction[TicketBot],
        staff_role: discord.Role,
        category: discord.CategoryChannel,
        log_channel: discord.TextChannel,
        close_action: str = CloseAction.DELETE.value,
        archive_category: discord.CategoryChannel | None = None,
        staff_role_2: discord.Role | None = None,
        staff_role_3: discord.Role | None = None,
        overflow_category: discord.CategoryChannel | None = None,
    ) -> None:
        """Store the server's staff roles, category, log channel and close action."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        roles = list(dict.fromkeys(r for r in (staff_role, staff_role_2, staff_role_3) if r is not None))
        action = CloseAction(close_action)
        choice = SetupChoice(roles, category, log_channel, action, archive_category, overflow_category)
        result = await self.bot.administration.setup(guild_of(interaction), interaction.user.id, choice)
        note = t("setup-done", restaffed=result.restaffed, failed=result.failed)
        language = of_interaction(interaction)
        await interaction.edit_original_response(
            content=render(note, language), embed=messages.settings(result.config, language)
        )

    @config.command(name=command_text("cmd-config-show"), description=command_text("cmd-config-show.description"))
    async def show(self, interaction: discord.Interaction[TicketBot]) -> None:
        """Show the settings."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        config = await self.bot.guild_settings.require(guild_of(interaction).id)
        await interaction.edit_original_response(embed=messages.settings(config, of_interaction(interaction)))

    @config.command(
        name=command_text("cmd-config-max-tickets"), description=command_text("cmd-config-max-tickets.description")
    )
    @app_commands.rename(limit=command_text("cmd-config-max-tickets-limit"))
    @app_commands.describe(limit=command_text("cmd-config-max-tickets-limit.description"))
    async def max_tickets(self, interaction: discord.Interaction[TicketBot], limit: bounds.MAX_TICKETS) -> None:
        """Change the per-member limit."""
        await self._change(interaction, max_open_tickets=limit)

    @config.command(name=command_text("cmd-config-naming"), description=command_text("cmd-config-naming.description"))
    @app_commands.rename(template=command_text("cmd-config-naming-template"))
    @app_commands.describe(template=command_text("cmd-config-naming-template.description"))
    async def naming(self, interaction: discord.Interaction[TicketBot], template: bounds.NAMING) -> None:
        """Change the channel naming template."""
        await self._change(interaction, channel_name_template=template)

    @config.command(name=command_text("cmd-config-welcome"), description=command_text("cmd-config-welcome.description"))
    @app_commands.rename(message=command_text("cmd-config-welcome-message"))
    @app_commands.describe(message=command_text("cmd-config-welcome-message.description"))
    async def welcome(self, interaction: discord.Interaction[TicketBot], message: bounds.WELCOME | None = None) -> None:
        """Change the welcome message, in the option or in a modal that can hold several lines."""
        if message is not None:
            await self._change(interaction, welcome_message=message)
            return
        config = await before_the_deadline(self.bot.guild_settings.get(guild_of(interaction).id))
        reader = of_interaction(interaction)
        # An empty welcome is the default greeting: the form starts from it, in the admin's language.
        current = (config.welcome_message if config else "") or render(t("welcome-default"), reader)
        title = render(t("config-welcome-modal-title"), reader)
        await interaction.response.send_modal(welcome_modal(None, title, current, reader))

    @config.command(
        name=command_text("cmd-config-language"), description=command_text("cmd-config-language.description")
    )
    @app_commands.rename(language=command_text("cmd-config-language-language"))
    @app_commands.describe(language=command_text("cmd-config-language-language.description"))
    @app_commands.choices(language=choices("cmd-config-language-language", [*LANGUAGES, SERVER_LANGUAGE]))
    async def language(self, interaction: discord.Interaction[TicketBot], language: str) -> None:
        """Choose what the whole server reads (welcome, notices, panels, log posts, transcripts)."""
        await self._change(interaction, language=None if language == SERVER_LANGUAGE else language)

    @config.command(
        name=command_text("cmd-config-claim-mode"), description=command_text("cmd-config-claim-mode.description")
    )
    @app_commands.rename(mode=command_text("cmd-config-claim-mode-mode"))
    @app_commands.describe(mode=command_text("cmd-config-claim-mode-mode.description"))
    @app_commands.choices(mode=choices("cmd-config-claim-mode-mode", (m.value for m in ClaimMode)))
    async def claim_mode(self, interaction: discord.Interaction[TicketBot], mode: str) -> None:
        """Change the claim mode of types that do not set their own."""
        await self._change(interaction, claim_mode=ClaimMode(mode))

    @config.command(
        name=command_text("cmd-config-auto-close"), description=command_text("cmd-config-auto-close.description")
    )
    @app_commands.rename(
        hours=command_text("cmd-config-auto-close-hours"),
        warning_hours=command_text("cmd-config-auto-close-warning-hours"),
        counts=command_text("cmd-config-auto-close-counts"),
    )
    @app_commands.describe(
        hours=command_text("cmd-config-auto-close-hours.description"),
        warning_hours=command_text("cmd-config-auto-close-warning-hours.description"),
        counts=command_text("cmd-config-auto-close-counts.description"),
    )
    @app_commands.choices(counts=choices("cmd-config-auto-close-counts", (c.value for c in IdleCounts)))
    async def auto_close(
        self,
        interaction: discord.Interaction[TicketBot],
        hours: bounds.HOURS,
        warning_hours: bounds.HOURS = 0.0,
        counts: str = IdleCounts.OPENER.value,
    ) -> None:
        """Change when quiet tickets close, for types that do not set their own."""
        await self._change(
            interaction,
            auto_close_hours=hours or None,
            auto_close_warning_hours=warning_hours or None,
            idle_counts=IdleCounts(counts),
        )

    @config.command(
        name=command_text("cmd-config-close-confirmation"),
        description=command_text("cmd-config-close-confirmation.description"),
    )
    @app_commands.rename(enabled=command_text("cmd-config-close-confirmation-enabled"))
    @app_commands.describe(enabled=command_text("cmd-config-close-confirmation-enabled.description"))
    async def close_confirmation(self, interaction: discord.Interaction[TicketBot], enabled: bool) -> None:
        """Change whether /ticket close confirms, for types that do not set it."""
        await self._change(interaction, confirm_close=enabled)

    @config.command(name=command_text("cmd-config-rating"), description=command_text("cmd-config-rating.description"))
    @app_commands.rename(enabled=command_text("cmd-config-rating-enabled"))
    @app_commands.describe(enabled=command_text("cmd-config-rating-enabled.description"))
    async def rating(self, interaction: discord.Interaction[TicketBot], enabled: bool) -> None:
        """Change whether openers rate their closed tickets, for types that do not set it."""
        await self._change(interaction, ask_rating=enabled)

    @config.command(
        name=command_text("cmd-config-members-open-about"),
        description=command_text("cmd-config-members-open-about.description"),
    )
    @app_commands.rename(enabled=command_text("cmd-config-members-open-about-enabled"))
    @app_commands.describe(enabled=command_text("cmd-config-members-open-about-enabled.description"))
    async def members_open_about(self, interaction: discord.Interaction[TicketBot], enabled: bool) -> None:
        """Change whether members may open a ticket about a message from its Apps menu."""
        await self._change(interaction, members_open_about=enabled)

    @config.command(
        name=command_text("cmd-config-priority-prefix"),
        description=command_text("cmd-config-priority-prefix.description"),
    )
    @app_commands.rename(enabled=command_text("cmd-config-priority-prefix-enabled"))
    @app_commands.describe(enabled=command_text("cmd-config-priority-prefix-enabled.description"))
    async def priority_prefix(self, interaction: discord.Interaction[TicketBot], enabled: bool) -> None:
        """Change whether a ticket's priority shows as an emoji before its name."""
        await self._change(interaction, priority_prefix=enabled)

    @config.command(
        name=command_text("cmd-config-target-warning"),
        description=command_text("cmd-config-target-warning.description"),
    )
    @app_commands.rename(percent=command_text("cmd-config-target-warning-percent"))
    @app_commands.describe(percent=command_text("cmd-config-target-warning-percent.description"))
    async def target_warning(self, interaction: discord.Interaction[TicketBot], percent: bounds.TARGET_WARNING) -> None:
        """Change how much of a response target a ticket uses before staff are alerted."""
        await self._change(interaction, target_warning_percent=percent)

    @config.command(
        name=command_text("cmd-config-opener-leaves"), description=command_text("cmd-config-opener-leaves.description")
    )
    @app_commands.rename(action=command_text("cmd-config-opener-leaves-action"))
    @app_commands.describe(action=command_text("cmd-config-opener-leaves-action.description"))
    @app_commands.choices(action=choices("cmd-config-opener-leaves-action", (a.value for a in LeaveAction)))
    async def opener_leaves(self, interaction: discord.Interaction[TicketBot], action: str) -> None:
        """Change what happens to the tickets of openers who leave."""
        await self._change(interaction, on_opener_leave=LeaveAction(action))

    async def _change(self, interaction: discord.Interaction[TicketBot], **changes: object) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        config = await self.bot.administration.change(guild_of(interaction), interaction.user.id, **changes)
        language = of_interaction(interaction)
        await interaction.edit_original_response(
            content=render(t("config-saved"), language), embed=messages.settings(config, language)
        )

    @blacklist.command(
        name=command_text("cmd-blacklist-add"), description=command_text("cmd-blacklist-add.description")
    )
    @app_commands.rename(target=command_text("cmd-blacklist-add-target"))
    @app_commands.describe(target=command_text("cmd-blacklist-add-target.description"))
    async def blacklist_add(
        self, interaction: discord.Interaction[TicketBot], target: discord.Member | discord.Role
    ) -> None:
        """Add a member or role to the blacklist."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        await self.bot.administration.block(guild_of(interaction), interaction.user.id, target)
        said = _say(interaction, t("blacklist-added", target=target.mention))
        await interaction.edit_original_response(embed=messages.success(said))

    @blacklist.command(
        name=command_text("cmd-blacklist-remove"), description=command_text("cmd-blacklist-remove.description")
    )
    @app_commands.rename(target=command_text("cmd-blacklist-remove-target"))
    @app_commands.describe(target=command_text("cmd-blacklist-remove-target.description"))
    async def blacklist_remove(
        self, interaction: discord.Interaction[TicketBot], target: discord.Member | discord.User | discord.Role
    ) -> None:
        """Take a member or role off the blacklist."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        await self.bot.administration.unblock(guild_of(interaction), interaction.user.id, target.id, target.mention)
        said = _say(interaction, t("blacklist-removed", target=target.mention))
        await interaction.edit_original_response(embed=messages.success(said))

    @blacklist.command(
        name=command_text("cmd-blacklist-list"), description=command_text("cmd-blacklist-list.description")
    )
    async def blacklist_list(self, interaction: discord.Interaction[TicketBot]) -> None:
        """Show the blacklist."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        guild = guild_of(interaction)
        config = await self.bot.guild_settings.require(guild.id)
        role_ids = {role.id for role in guild.roles}
        embed = messages.blacklist(config.blocked_ids, role_ids, of_interaction(interaction))
        await interaction.edit_original_response(embed=embed)

    @api_key.command(
        name=command_text("cmd-api-key-create"), description=command_text("cmd-api-key-create.description")
    )
    @app_commands.rename(name=command_text("cmd-api-key-create-name"))
    @app_commands.describe(name=command_text("cmd-api-key-create-name.description"))
    async def api_key_create(self, interaction: discord.Interaction[TicketBot], name: str) -> None:
        """Make a key and show it to the admin alone, once."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        key, secret = await self.bot.api_keys.create(guild_of(interaction).id, interaction.user.id, name)
        await interaction.edit_original_response(embed=messages.api_key_made(key, secret, of_interaction(interaction)))

    @api_key.command(name=command_text("cmd-api-key-list"), description=command_text("cmd-api-key-list.description"))
    async def api_key_list(self, interaction: discord.Interaction[TicketBot]) -> None:
        """List the keys in use (names and makers; the keys themselves are not kept)."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        keys = await self.bot.api_keys.list(guild_of(interaction).id)
        await interaction.edit_original_response(embed=messages.api_keys(keys, of_interaction(interaction)))

    @api_key.command(
        name=command_text("cmd-api-key-revoke"), description=command_text("cmd-api-key-revoke.description")
    )
    @app_commands.rename(name=command_text("cmd-api-key-revoke-name"))
    @app_commands.describe(name=command_text("cmd-api-key-revoke-name.description"))
    async def api_key_revoke(self, interaction: discord.Interaction[TicketBot], name: str) -> None:
        """Revoke a key by name."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        key = await self.bot.api_keys.revoke(guild_of(interaction).id, interaction.user.id, name)
        await interaction.edit_original_response(embed=messages.api_key_revoked(key, of_interaction(interaction)))

    @app_commands.command(name=command_text("cmd-doctor"), description=command_text("cmd-doctor.description"))
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
        await interaction.edit_original_response(embed=report(findings, of_interaction(interaction)))


async def setup(bot: TicketBot) -> None:
    """Load the cog."""
    await bot.add_cog(Admin(bot))

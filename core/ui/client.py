"""The bot as the interaction layer sees it: a discord.py bot with the bot's services as typed attributes.

``core.ui`` reaches the services through ``interaction.client``; typing it as ``TicketClient`` (which
``bot.TicketBot`` builds) keeps core free of imports from the entry point, so nothing in core depends
on what is built on top of it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from discord.ext import commands

if TYPE_CHECKING:
    from core.admin.api_keys import ApiKeys
    from core.admin.panels import Panels
    from core.admin.setup import Administration
    from core.analytics.stats import StatsCache
    from core.analytics.targets import Targets
    from core.runtime.guild_settings import GuildSettings
    from core.runtime.journal import Journal
    from core.runtime.lifecycle import Lifecycle
    from core.staff.deflection import Deflection
    from core.staff.labels import Labels
    from core.staff.notes import Notes
    from core.staff.tags import Tags
    from core.tickets import TicketManager
    from database import DatabaseAdapter


class TicketClient(commands.AutoShardedBot):
    """The services every handler may use; ``bot.TicketBot`` sets them up."""

    db: DatabaseAdapter
    # What time it is for the ticket rules (opening hours, cooldowns); tests pass a fake one.
    clock: Callable[[], datetime]
    lifecycle: Lifecycle
    guild_settings: GuildSettings
    journal: Journal
    tickets: TicketManager
    administration: Administration
    panels: Panels
    api_keys: ApiKeys
    tags: Tags
    notes: Notes
    labels: Labels
    deflection: Deflection
    stats: StatsCache
    targets: Targets

"""The bounds of what admins type, shared by the slash commands' options and the dashboard's fields.

Each is an ``app_commands.Range``: a command's option declares it as its annotation (Discord then refuses
what lies outside), and the dashboard reads the same bounds (``limits``) to refuse the same values itself.
"""

from __future__ import annotations

from typing import Any

from discord import app_commands

MAX_RESPONSE_MINUTES = 30 * 24 * 60  # targets up to 30 days of opening hours to a first answer
MAX_RESOLUTION_HOURS = 90 * 24  # and 90 days to the close

TYPE_NAME = app_commands.Range[str, 1, 50]
EMOJI = app_commands.Range[str, 1, 64]
TYPE_DESCRIPTION = app_commands.Range[str, 1, 100]
COOLDOWN = app_commands.Range[int, 0, 10080]  # minutes
OPENING_HOURS = app_commands.Range[str, 1, 200]
TIME_ZONE = app_commands.Range[str, 1, 64]
MAX_TICKETS = app_commands.Range[int, 1, 25]
NAMING = app_commands.Range[str, 1, 90]
WELCOME = app_commands.Range[str, 1, 1500]
HOURS = app_commands.Range[float, 0.0, 8760.0]
TARGET_WARNING = app_commands.Range[int, 50, 95]
FIRST_RESPONSE = app_commands.Range[int, 0, MAX_RESPONSE_MINUTES]
RESOLUTION = app_commands.Range[float, 0, MAX_RESOLUTION_HOURS]
QUESTION = app_commands.Range[str, 1, 45]
CHOICES = app_commands.Range[str, 1, 1000]
PLACEHOLDER = app_commands.Range[str, 1, 100]
MIN_LENGTH = app_commands.Range[int, 0, 4000]
MAX_LENGTH = app_commands.Range[int, 1, 4000]
PANEL_TITLE = app_commands.Range[str, 1, 256]
PANEL_DESCRIPTION = app_commands.Range[str, 1, 2000]
BUTTON_LABEL = app_commands.Range[str, 1, 80]
PANEL_TYPES = app_commands.Range[str, 1, 1000]


def limits(bound: Any) -> tuple[float, float]:
    """Return a bound's least and greatest value (for text: its least and greatest length)."""
    return bound.min_value, bound.max_value

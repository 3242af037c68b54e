"""The dashboard's pages, put together for the web server."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiohttp import web

from web.access import Access
from web.dashboard.admins import Admins, origin_of
from web.dashboard.designs import DesignPages
from web.dashboard.replies import ReplyPages
from web.dashboard.settings import SettingsPages
from web.people import People

if TYPE_CHECKING:
    from core.ui.client import TicketClient


def dashboard_routes(bot: TicketClient, access: Access, people: People, public_url: str) -> list[web.RouteDef]:
    """Return the dashboard's routes, for a site served at ``public_url``."""
    admins = Admins(bot, access, origin_of(public_url))
    return [
        *SettingsPages(bot, admins, people).routes(),
        *DesignPages(bot, admins).routes(),
        *ReplyPages(bot, admins).routes(),
    ]

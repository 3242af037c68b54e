"""The storage contract for the panels that offer the buttons or menu to open tickets."""

from __future__ import annotations

from abc import ABC, abstractmethod

from core.models import Panel
from database.records import RecordKind

PANELS = RecordKind.declare("panels", Panel, 40)


class PanelStore(ABC):
    """The panels that offer the buttons or menu to open tickets."""

    @abstractmethod
    async def create_panel(self, panel: Panel) -> Panel:
        """Store a panel before its message is posted (so its button can carry the id); return it with its id."""

    @abstractmethod
    async def set_panel_message(self, panel_id: int, message_id: int) -> None:
        """Record the message that shows the panel."""

    @abstractmethod
    async def update_panel(self, panel: Panel) -> None:
        """Store a panel's new text, types and style (its place and message stay)."""

    @abstractmethod
    async def get_panel(self, panel_id: int) -> Panel | None:
        """Return one panel."""

    @abstractmethod
    async def list_panels(self, guild_id: int) -> list[Panel]:
        """Return a server's panels, oldest first."""

    @abstractmethod
    async def list_unsettled_panels(self) -> list[Panel]:
        """Return every server's panels that a crash may have left half done: not yet posted, or marked."""

    @abstractmethod
    async def delete_panel(self, panel_id: int) -> None:
        """Forget a panel (used when posting it failed)."""

"""What a click does: the handler of every button and select, routed by the custom_id its spec writes.

Each handler is a ``discord.ui.DynamicItem`` that takes its template and its look from its spec in
``core.components`` (the renderer posts from the same spec). ``TicketItem`` is the base of every one: it
turns clicks away during shutdown and routes any error to the one handler, so no callback has to
remember to; ``TicketButton`` is the whole of a button that runs one action on the ticket it carries.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, ClassVar, TypeAlias

import discord

from core import components, messages
from core.i18n import DEFAULT_LANGUAGE, render, t
from core.i18n.languages import of_interaction
from core.rules import policy, ticket_types
from core.rules.policy import actor
from core.tickets import TicketKey
from core.ui import actions, deflection, staff
from core.ui.context import member_of
from core.ui.errors import admit, report
from core.ui.modals import close_modal

if TYPE_CHECKING:
    from core.ui.client import TicketClient

Action: TypeAlias = Callable[["discord.Interaction[TicketClient]", TicketKey], Awaitable[None]]  # i18n: a type


class TicketItem(discord.ui.DynamicItem[Any], template=r"(?!)"):
    """A button or select whose callback is admitted by the lifecycle and whose errors are reported."""

    async def interaction_check(self, interaction: discord.Interaction[TicketClient]) -> bool:  # type: ignore[override]
        """Admit the click unless the bot is shutting down."""
        return await admit(interaction)

    async def callback(self, interaction: discord.Interaction[TicketClient]) -> None:  # type: ignore[override]
        """Run the click's action, reporting any error."""
        try:
            await self.act(interaction)
        except Exception as error:
            await report(interaction, error)

    async def act(self, interaction: discord.Interaction[TicketClient]) -> None:
        """Do what the item is for."""
        raise NotImplementedError


class OpenTicketButton(TicketItem, template=components.OPEN.template):
    """A panel's button for one ticket type (first-release panels: Create Ticket, for the server's first type)."""

    def __init__(self, panel_id: int, type_id: int | None) -> None:
        super().__init__(components.OPEN.button(panel_id, type_id))
        self.type_id = type_id

    @classmethod
    async def from_custom_id(  # type: ignore[override]
        cls, interaction: discord.Interaction[TicketClient], item: discord.ui.Button[Any], match: re.Match[str]
    ) -> OpenTicketButton:
        """Rebuild the button from the panel and type ids it carries."""
        return cls(*components.OPEN.read(match))

    async def act(self, interaction: discord.Interaction[TicketClient]) -> None:
        """Open a ticket of the button's type for the member who clicked (asking its form first)."""
        await actions.start_open(interaction, self.type_id, None)


class TypeSelect(TicketItem, template=components.TYPE_SELECT.template):
    """A panel's select menu of ticket types."""

    def __init__(self, panel_id: int) -> None:
        super().__init__(components.TYPE_SELECT.select(panel_id))

    @classmethod
    async def from_custom_id(  # type: ignore[override]
        cls, interaction: discord.Interaction[TicketClient], item: discord.ui.Select[Any], match: re.Match[str]
    ) -> TypeSelect:
        """Rebuild the menu from the panel id it carries."""
        return cls(components.TYPE_SELECT.read(match))

    async def act(self, interaction: discord.Interaction[TicketClient]) -> None:
        """Open a ticket of the chosen type."""
        data: dict[str, Any] = dict(interaction.data or {})
        values = data.get("values") or []
        await actions.start_open(interaction, int(values[0]) if values else None, None)


class CloseTicketButton(TicketItem, template=components.CLOSE.template):
    """A ticket's Close button: it asks for a reason in a modal, which also confirms the close.

    A modal must be the first response, so the decision to show it is made from memory (the opener's id
    the button carries, and the cached staff roles); the close itself checks again from the database.
    """

    def __init__(self, ticket_id: int, opener_id: int | None) -> None:
        # Rebuilt from a click to route it: the label is never shown again, so any language does.
        super().__init__(components.CLOSE.button(ticket_id, opener_id, DEFAULT_LANGUAGE))
        self.ticket_id = ticket_id
        self.opener_id = opener_id

    @classmethod
    async def from_custom_id(  # type: ignore[override]
        cls, interaction: discord.Interaction[TicketClient], item: discord.ui.Button[Any], match: re.Match[str]
    ) -> CloseTicketButton:
        """Rebuild the button from the ticket (and opener) id it carries."""
        return cls(*components.CLOSE.read(match))

    async def act(self, interaction: discord.Interaction[TicketClient]) -> None:
        """Show the close modal, or refuse at once when memory already says the member may not close."""
        member = member_of(interaction)
        settings = interaction.client.guild_settings
        config = settings.cached(member.guild.id)
        is_opener = self.opener_id is None or member.id == self.opener_id
        # The button does not carry the ticket's type: refuse only whoever is staff of no type at all.
        if config is not None and not is_opener:
            types = [None, *(settings.cached_types(member.guild.id) or [])]
            if not any(policy.is_staff(actor(member), ticket_types.effective(config, kind)) for kind in types):
                refusal = render(t("refusal-close"), of_interaction(interaction))
                await interaction.response.send_message(embed=messages.failure(refusal), ephemeral=True)
                return
        await interaction.response.send_modal(close_modal(self.ticket_id, of_interaction(interaction)))


class IdButtonItem(TicketItem, template=r"(?!)"):
    """A button that acts on the one id (a type's or a ticket's) its custom_id carries, as its spec writes it."""

    spec: ClassVar[components.IdButton]

    def __init_subclass__(cls, *, spec: components.IdButton | None = None, template: str = r"(?!)") -> None:
        super().__init_subclass__(template=spec.template if spec else template)
        if spec is not None:
            cls.spec = spec

    def __init__(self, id_: int) -> None:
        # Rebuilt from a click to route it: the label is never shown again, so any language does.
        super().__init__(self.spec.button(id_, DEFAULT_LANGUAGE))
        self.id = id_

    @classmethod
    async def from_custom_id(  # type: ignore[override]
        cls, interaction: discord.Interaction[TicketClient], item: discord.ui.Button[Any], match: re.Match[str]
    ) -> IdButtonItem:
        """Rebuild the button from the id it carries."""
        return cls(cls.spec.read(match))


class FormButton(IdButtonItem, spec=components.FORM):
    """Shows a type's form when it could not be the first answer to the click that asked for it."""

    async def act(self, interaction: discord.Interaction[TicketClient]) -> None:
        """Show the form (or, right after a restart, offer it again)."""
        await actions.start_open(interaction, self.id, None)


class TicketButton(IdButtonItem, template=r"(?!)"):
    """A button that runs one action on the ticket it carries; a subclass names only its spec and its action.

    ``class Claim(TicketButton, spec=components.CLAIM, action=actions.claim_ticket)`` is the whole of a
    button: its template, its look and the reading of its id come from the spec.
    """

    action: ClassVar[Action]

    def __init_subclass__(cls, *, action: Action | None = None, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if action is not None:
            cls.action = staticmethod(action)

    async def act(self, interaction: discord.Interaction[TicketClient]) -> None:
        """Run the button's action on its ticket."""
        await type(self).action(interaction, TicketKey(self.id))


class ClaimTicketButton(TicketButton, spec=components.CLAIM, action=actions.claim_ticket):
    """A ticket's Claim button: the staff member who clicks it takes the ticket on."""


class AcceptCloseButton(TicketButton, spec=components.ACCEPT_CLOSE, action=actions.accept_close):
    """A close request's "Close it": the opener agrees, and the ticket closes as staff asked."""


class KeepOpenButton(TicketButton, spec=components.KEEP_OPEN, action=actions.keep_open):
    """A close request's "Keep open": the opener refuses, and the ticket stays open."""


class ReopenTicketButton(TicketButton, spec=components.REOPEN, action=actions.reopen_ticket):
    """An archived ticket's Reopen button, for staff."""


class JoinTicketButton(TicketButton, spec=components.JOIN, action=actions.join_ticket):
    """A thread ticket's staff notice: the staff member who presses it joins the thread."""


class RateButton(TicketItem, template=components.RATE.template):
    """One of a rating prompt's star buttons: the opener rates their closed ticket (in a DM, or in the ticket)."""

    def __init__(self, ticket_id: int, stars: int) -> None:
        super().__init__(components.RATE.button(ticket_id, stars))
        self.ticket_id, self.stars = ticket_id, stars

    @classmethod
    async def from_custom_id(  # type: ignore[override]
        cls, interaction: discord.Interaction[TicketClient], item: discord.ui.Button[Any], match: re.Match[str]
    ) -> RateButton:
        """Rebuild the button from the ticket and stars it carries."""
        return cls(*components.RATE.read(match))

    async def act(self, interaction: discord.Interaction[TicketClient]) -> None:
        """Store the rating."""
        await staff.rate(interaction, self.ticket_id, self.stars)


class RateCommentButton(TicketButton, spec=components.RATE_COMMENT, action=staff.ask_comment):
    """After a rating: the opener adds a comment in the rating modal."""


class SolvedButton(TicketItem, template=components.DEFLECTION.solved_template):
    """An offer's "<tag> solved it": the member needed no ticket."""

    def __init__(self, tag_id: int) -> None:
        super().__init__(components.DEFLECTION.solved(tag_id, "-"))
        self.tag_id = tag_id

    @classmethod
    async def from_custom_id(  # type: ignore[override]
        cls, interaction: discord.Interaction[TicketClient], item: discord.ui.Button[Any], match: re.Match[str]
    ) -> SolvedButton:
        """Rebuild the button from the tag it carries."""
        return cls(int(match["tag_id"]))

    async def act(self, interaction: discord.Interaction[TicketClient]) -> None:
        """Count the answer."""
        await deflection.solved(interaction, self.tag_id)


class AnywayButton(TicketItem, template=components.DEFLECTION.anyway_template):
    """An offer's "Open the ticket anyway": none of the answers offered did."""

    def __init__(self, type_id: int, tag_ids: list[int]) -> None:
        super().__init__(components.DEFLECTION.anyway(type_id, tag_ids, "-"))
        self.type_id, self.tag_ids = type_id, tag_ids

    @classmethod
    async def from_custom_id(  # type: ignore[override]
        cls, interaction: discord.Interaction[TicketClient], item: discord.ui.Button[Any], match: re.Match[str]
    ) -> AnywayButton:
        """Rebuild the button from the type and tags it carries."""
        return cls(*components.DEFLECTION.read_anyway(match))

    async def act(self, interaction: discord.Interaction[TicketClient]) -> None:
        """Open the ticket."""
        await deflection.anyway(interaction, self.type_id, self.tag_ids)


DYNAMIC_ITEMS = (
    OpenTicketButton,
    TypeSelect,
    FormButton,
    CloseTicketButton,
    ClaimTicketButton,
    AcceptCloseButton,
    KeepOpenButton,
    ReopenTicketButton,
    JoinTicketButton,
    RateButton,
    RateCommentButton,
    SolvedButton,
    AnywayButton,
)

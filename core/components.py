"""Every button, select and modal the bot shows, each defined once: its custom_id, how it is read back, its look.

Components carry the id of the panel, type or ticket they act on in their ``custom_id``, so they work
after a restart and in any shard process. A spec here is pure discord.py: the renderer
(``core.messages``) builds what it posts from it, and the handler in ``core.ui`` (a ``DynamicItem``, or
the modal router) takes its template from the same spec, so the two cannot drift apart.

The custom_id formats are a promise to every message already posted: they never change.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import discord

from core.i18n import render, t
from core.models import TicketType

PRIMARY = discord.ButtonStyle.primary
SECONDARY = discord.ButtonStyle.secondary
TICKET_EMOJI = "🎫"


@dataclass(frozen=True, slots=True)
class Look:
    """How a button shows: its label (a catalog key, rendered in the reader's language), emoji and colour."""

    label: str
    emoji: str
    style: discord.ButtonStyle


@dataclass(frozen=True, slots=True)
class OneId:
    """A component whose custom_id is ``ticket:<kind>:<id>``: one id, of a ticket or of a type."""

    kind: str
    id_name: str = "ticket_id"

    @property
    def template(self) -> str:
        """Return the pattern that recognises the custom_id and captures its id."""
        return rf"ticket:{self.kind}:(?P<{self.id_name}>\d+)"

    def custom_id(self, id_: int) -> str:
        """Return the custom_id that carries ``id_``."""
        return f"ticket:{self.kind}:{id_}"  # i18n: a custom_id

    def read(self, match: re.Match[str]) -> int:
        """Return the id a custom_id matched by ``template`` carries."""
        return int(match[self.id_name])


@dataclass(frozen=True, slots=True)
class IdButton(OneId):
    """A button with a fixed look that acts on the one id its custom_id carries."""

    look: Look = field(kw_only=True)

    def button(self, id_: int, language: str) -> discord.ui.Button[Any]:
        """Return the button for ``id_``, labelled in ``language``."""
        look = self.look
        label = render(t(look.label), language)
        return discord.ui.Button(label=label, emoji=look.emoji, style=look.style, custom_id=self.custom_id(id_))


class OpenButton:
    """A panel's button for one of its types; first-release panels carry no type (they open the server's first)."""

    template = r"ticket:open:(?P<panel_id>\d+)(?::(?P<type_id>\d+))?"  # i18n: a custom_id

    def custom_id(self, panel_id: int, type_id: int | None = None) -> str:
        """Return the custom_id of a panel's button for a type (or for the server's first)."""
        if type_id is None:
            return f"ticket:open:{panel_id}"  # i18n: a custom_id
        return f"ticket:open:{panel_id}:{type_id}"  # i18n: a custom_id

    def read(self, match: re.Match[str]) -> tuple[int, int | None]:
        """Return the panel id and the type id (None on a first-release panel) a custom_id carries."""
        return int(match["panel_id"]), int(match["type_id"]) if match["type_id"] else None

    def button(
        self, panel_id: int, type_id: int | None = None, label: str | None = None, emoji: str | None = None
    ) -> discord.ui.Button[Any]:
        """Return the button for a type (labelled with the type's name), or a typeless panel's button."""
        return discord.ui.Button(
            label=label, emoji=emoji or TICKET_EMOJI, style=PRIMARY, custom_id=self.custom_id(panel_id, type_id)
        )


class TypeSelect:
    """A panel's select menu of ticket types; an option's value is the type's id."""

    template = r"ticket:pick:(?P<panel_id>\d+)"  # i18n: a custom_id

    def custom_id(self, panel_id: int) -> str:
        """Return the custom_id of a panel's menu."""
        return f"ticket:pick:{panel_id}"  # i18n: a custom_id

    def read(self, match: re.Match[str]) -> int:
        """Return the panel id a custom_id carries."""
        return int(match["panel_id"])

    def select(
        self, panel_id: int, placeholder: str | None = None, types: Sequence[TicketType] = ()
    ) -> discord.ui.Select[Any]:
        """Return the menu offering ``types``."""
        options = [
            discord.SelectOption(label=t.name, value=str(t.id), description=t.description[:100] or None, emoji=t.emoji)
            for t in types
        ]
        return discord.ui.Select(custom_id=self.custom_id(panel_id), placeholder=placeholder, options=options)


class CloseButton:
    """A ticket's Close button; the opener's id it carries lets a click be answered from memory.

    Buttons posted by the first release carry only the ticket id.
    """

    template = r"ticket:close:(?P<ticket_id>\d+)(?::(?P<opener_id>\d+))?"  # i18n: a custom_id
    look = Look("button-close", "🔒", discord.ButtonStyle.danger)

    def custom_id(self, ticket_id: int, opener_id: int) -> str:
        """Return the custom_id of a ticket's Close button."""
        return f"ticket:close:{ticket_id}:{opener_id}"  # i18n: a custom_id

    def read(self, match: re.Match[str]) -> tuple[int, int | None]:
        """Return the ticket id and the opener's id (None on a first-release button) a custom_id carries."""
        return int(match["ticket_id"]), int(match["opener_id"]) if match["opener_id"] else None

    def ticket_of(self, custom_id: str) -> int | None:
        """Return the ticket whose Close button has ``custom_id``, or None when it is not one."""
        match = re.fullmatch(self.template, custom_id)
        return self.read(match)[0] if match else None

    def button(self, ticket_id: int, opener_id: int | None, language: str) -> discord.ui.Button[Any]:
        """Return a ticket's Close button, labelled in ``language``."""
        look = self.look
        custom_id = self.custom_id(ticket_id, opener_id or 0)
        label = render(t(look.label), language)
        return discord.ui.Button(label=label, emoji=look.emoji, style=look.style, custom_id=custom_id)


class WelcomeModal:
    """The modal that edits a welcome message: a type's, or (without a type) the server's."""

    template = r"ticket:welcome(?::(?P<type_id>\d+))?"  # i18n: a custom_id
    input = "welcome"

    def custom_id(self, type_id: int | None) -> str:
        """Return the custom_id of the modal for a type's welcome message, or the server's."""
        return "ticket:welcome" if type_id is None else f"ticket:welcome:{type_id}"  # i18n: a custom_id

    def read(self, match: re.Match[str]) -> int | None:
        """Return the type id a custom_id carries (None: the server's welcome message)."""
        return int(match["type_id"]) if match["type_id"] else None


class TagModal:
    """The modal that writes a saved reply: a new one, or (with its id) one to change."""

    template = r"ticket:tag(?::(?P<tag_id>\d+))?"  # i18n: a custom_id
    name = "name"
    content = "content"
    types = "types"

    def custom_id(self, tag_id: int | None) -> str:
        """Return the custom_id of the modal for a new tag, or for changing tag ``tag_id``."""
        return "ticket:tag" if tag_id is None else f"ticket:tag:{tag_id}"  # i18n: a custom_id

    def read(self, match: re.Match[str]) -> int | None:
        """Return the tag id a custom_id carries (None: a new tag)."""
        return int(match["tag_id"]) if match["tag_id"] else None


class RateButton:
    """One of a rating prompt's five buttons: ``ticket:rate:<ticket_id>:<stars>``."""

    template = r"ticket:rate:(?P<ticket_id>\d+):(?P<stars>[1-5])"  # i18n: a custom_id

    def custom_id(self, ticket_id: int, stars: int) -> str:
        """Return the custom_id of the button that gives ``stars`` to a ticket."""
        return f"ticket:rate:{ticket_id}:{stars}"  # i18n: a custom_id

    def read(self, match: re.Match[str]) -> tuple[int, int]:
        """Return the ticket id and the stars a custom_id carries."""
        return int(match["ticket_id"]), int(match["stars"])

    def button(self, ticket_id: int, stars: int) -> discord.ui.Button[Any]:
        """Return the button that gives ``stars`` (its label is the number, which needs no words)."""
        return discord.ui.Button(
            label=str(stars), emoji="⭐", style=SECONDARY, custom_id=self.custom_id(ticket_id, stars)
        )


class DeflectionButtons:
    """An offer's buttons: "<tag> solved it" (``ticket:solved:<tag_id>``) and "Open the ticket anyway".

    The second carries the type and the tags offered (``ticket:anyway:<type_id>:<tag>.<tag>``); the
    member's subject and answers travel in the offer's own embed, so an offer needs no state kept.
    """

    solved_template = r"ticket:solved:(?P<tag_id>\d+)"  # i18n: a custom_id
    anyway_template = r"ticket:anyway:(?P<type_id>\d+):(?P<tag_ids>[\d.]*)"  # i18n: a custom_id

    def solved(self, tag_id: int, label: str) -> discord.ui.Button[Any]:
        """Return the button that says a tag answered the member."""
        style = discord.ButtonStyle.success
        return discord.ui.Button(label=label[:80], emoji="✅", style=style, custom_id=f"ticket:solved:{tag_id}")

    def anyway(self, type_id: int, tag_ids: Sequence[int], label: str) -> discord.ui.Button[Any]:
        """Return the button that opens the ticket all the same."""
        custom_id = f"ticket:anyway:{type_id}:{'.'.join(map(str, tag_ids))}"  # i18n: a custom_id
        return discord.ui.Button(label=label[:80], emoji=TICKET_EMOJI, style=PRIMARY, custom_id=custom_id)

    @staticmethod
    def read_anyway(match: re.Match[str]) -> tuple[int, list[int]]:
        """Return the type and the tags an "Open the ticket anyway" custom_id carries."""
        return int(match["type_id"]), [int(i) for i in match["tag_ids"].split(".") if i]


OPEN = OpenButton()
TYPE_SELECT = TypeSelect()
# The button that shows a type's form when the form could not be the first answer to a click.
FORM = IdButton("form", "type_id", look=Look("button-form", "📝", PRIMARY))
CLOSE = CloseButton()
CLAIM = IdButton("claim", look=Look("button-claim", "🙋", SECONDARY))
# The opener's answers to a close request.
ACCEPT_CLOSE = IdButton("close-yes", look=Look("button-accept-close", "✅", discord.ButtonStyle.success))
KEEP_OPEN = IdButton("close-no", look=Look("button-keep-open", "↩️", SECONDARY))
REOPEN = IdButton("reopen", look=Look("button-reopen", "🔓", SECONDARY))
# A thread ticket's staff notice: the staff member who presses it is put into the thread.
JOIN = IdButton("join", look=Look("button-join", "➕", PRIMARY))

# Modals, routed by ``core.ui.modals``; their inputs are named here too.
CLOSE_MODAL = OneId("close-modal")
CLOSE_REASON_INPUT = "reason"
FORM_MODAL = OneId("form-modal", "type_id")
WELCOME_MODAL = WelcomeModal()
TAG_MODAL = TagModal()
RATE = RateButton()
DEFLECTION = DeflectionButtons()
# The one question a deflecting type without a form asks first: what the member needs.
SUBJECT_MODAL = OneId("subject-modal", "type_id")
SUBJECT_INPUT = "subject"
# After a rating: the opener may add a comment, in the rating modal.
RATE_COMMENT = IdButton("rate-comment", look=Look("button-rate-comment", "💬", SECONDARY))
RATING_MODAL = OneId("rating-modal")
RATING_INPUT = "comment"
NOTE_MODAL = OneId("note-modal", "channel_id")  # by channel: the modal is shown before any read
NOTE_INPUT = "note"


def question_input(index: int) -> str:
    """Return the custom_id of the input that asks a form's question ``index``."""
    return f"q{index}"


def view(*items: discord.ui.Item[Any]) -> discord.ui.View:
    """Return a view of persistent components (routed by their custom_ids, so they work after restarts).

    The view is finished before it is sent: its buttons are answered by the ``DynamicItem`` handlers,
    so discord.py need not keep it per message posted (it would keep every panel's and ticket's forever).
    """
    built = discord.ui.View(timeout=None)
    for item in items:
        built.add_item(item)
    built.stop()
    return built

"""A ticket type's form: the modal that asks its questions, and reading the answers back.

Each question is a ``discord.ui.Label`` holding a text input or a select menu, the modal layout Discord
added in 2025. Like the close modal, the form is routed by its ``custom_id`` (``core.ui.modals``), so a
restart between showing and submitting it loses nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import discord

from core import custom_ids
from core.errors import UserInputError
from core.models import Answer, Question, QuestionStyle, TicketType


def form_modal(ticket_type: TicketType) -> discord.ui.Modal:
    """Return the modal that asks a type's questions."""
    modal = discord.ui.Modal(
        title=f"{ticket_type.name} ticket"[:45], custom_id=custom_ids.form_modal(ticket_type.id), timeout=None
    )
    for index, question in enumerate(ticket_type.questions):
        modal.add_item(discord.ui.Label(text=question.label, component=_input(index, question)))
    # Routed by custom_id (see the module docstring), so discord.py must not keep it.
    modal.stop()
    return modal


def _input(index: int, question: Question) -> discord.ui.TextInput[Any] | discord.ui.Select[Any]:
    custom_id = custom_ids.question_input(index)
    if question.style is QuestionStyle.CHOICE:
        return discord.ui.Select(
            custom_id=custom_id,
            placeholder=question.placeholder or None,
            required=question.required,
            options=[discord.SelectOption(label=choice, value=choice) for choice in question.choices],
        )
    return discord.ui.TextInput(
        custom_id=custom_id,
        style=discord.TextStyle.paragraph if question.style is QuestionStyle.PARAGRAPH else discord.TextStyle.short,
        placeholder=question.placeholder or None,
        required=question.required,
        max_length=question.max_length,
    )


def form_prompt(ticket_type: TicketType) -> discord.ui.View:
    """Return a button that shows the type's form, for when the form could not be the first answer."""
    view = discord.ui.View(timeout=None)
    view.add_item(
        discord.ui.Button(
            label="Answer the questions",
            emoji="📝",
            style=discord.ButtonStyle.primary,
            custom_id=custom_ids.form_button(ticket_type.id),
        )
    )
    return view


def submitted_values(data: dict[str, Any]) -> dict[str, str]:
    """Return a modal submission's answers by input ``custom_id``: text as typed, choices joined by commas.

    Inputs arrive in action rows (the older layout) or inside labels.
    """
    values: dict[str, str] = {}
    for outer in data.get("components", []):
        for component in [*outer.get("components", []), *([outer["component"]] if "component" in outer else [])]:
            if "custom_id" not in component:
                continue
            if isinstance(component.get("value"), str):
                values[component["custom_id"]] = component["value"]
            elif isinstance(component.get("values"), list):
                values[component["custom_id"]] = ", ".join(str(v) for v in component["values"])
    return values


def answers(questions: Sequence[Question], values: dict[str, str]) -> tuple[Answer, ...]:
    """Pair each question with the member's answer; optional questions left empty are left out."""
    pairs: list[Answer] = []
    for index, question in enumerate(questions):
        answer = values.get(custom_ids.question_input(index), "").strip()
        if question.required and not answer:
            raise UserInputError(f"Please answer “{question.label}”: it is required.")
        if answer:
            pairs.append((question.label, answer[: question.max_length]))
    return tuple(pairs)

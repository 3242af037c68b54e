"""A ticket type's form: the modal that asks its questions, and reading the answers back.

Each question is a ``discord.ui.Label`` around one input (text, a menu, radio buttons, checkboxes, a
member, role or channel picker, or a file upload), the modal layout Discord added in 2025. Like the
close modal, the form is routed by its ``custom_id`` (``core.ui.modals``), so a restart between
showing and submitting it loses nothing.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import aiohttp
import discord

from core import components
from core.errors import DiscordOperationFailed, UserInputError
from core.i18n import render, t
from core.models import Answer, Question, QuestionStyle, TicketType

# Files a form may bring, in all: what the bot re-posts into the ticket in one message.
UPLOAD_LIMIT = 10
UPLOAD_BYTES = 10 * 1024 * 1024
MENTIONS = {QuestionStyle.MEMBER: "<@{}>", QuestionStyle.ROLE: "<@&{}>", QuestionStyle.CHANNEL: "<#{}>"}


@dataclass(frozen=True, slots=True)
class Upload:
    """A file a member attached to a form, as Discord's CDN holds it."""

    filename: str
    url: str
    size: int


@dataclass(frozen=True, slots=True)
class Submission:
    """What a member put in a form: values by input ``custom_id``, and the files they uploaded."""

    values: dict[str, list[str]]
    uploads: dict[str, Upload]


def form_modal(ticket_type: TicketType, language: str) -> discord.ui.Modal:
    """Return the modal that asks a type's questions (its title in the member's ``language``)."""
    title = render(t("form-title", type=ticket_type.name), language)
    modal = discord.ui.Modal(title=title[:45], custom_id=components.FORM_MODAL.custom_id(ticket_type.id), timeout=None)
    for index, question in enumerate(ticket_type.questions):
        modal.add_item(discord.ui.Label(text=question.label, component=_input(index, question)))
    # Routed by custom_id (see the module docstring), so discord.py must not keep it.
    modal.stop()
    return modal


def subject_modal(ticket_type: TicketType, language: str) -> discord.ui.Modal:
    """Return the one question a type that offers answers first asks when it has no form: what the member needs."""
    title = render(t("form-title", type=ticket_type.name), language)
    modal = discord.ui.Modal(
        title=title[:45], custom_id=components.SUBJECT_MODAL.custom_id(ticket_type.id), timeout=None
    )
    modal.add_item(
        discord.ui.Label(
            text=render(t("deflect-subject"), language),
            component=discord.ui.TextInput(custom_id=components.SUBJECT_INPUT, min_length=3, max_length=200),
        )
    )
    modal.stop()
    return modal


def _input(index: int, question: Question) -> Any:
    custom_id, required, hint = components.question_input(index), question.required, question.placeholder or None
    match question.style:
        case QuestionStyle.CHOICE:
            options = [discord.SelectOption(label=c, value=c) for c in question.choices]
            return discord.ui.Select(custom_id=custom_id, placeholder=hint, required=required, options=options)
        case QuestionStyle.RADIO:
            radios = [discord.RadioGroupOption(label=c, value=c) for c in question.choices]
            return discord.ui.RadioGroup(custom_id=custom_id, required=required, options=radios)
        case QuestionStyle.CHECKBOXES:
            boxes = [discord.CheckboxGroupOption(label=c, value=c) for c in question.choices]
            return discord.ui.CheckboxGroup(
                custom_id=custom_id, required=required, min_values=int(required), max_values=len(boxes), options=boxes
            )
        case QuestionStyle.MEMBER:
            return discord.ui.UserSelect(custom_id=custom_id, placeholder=hint, required=required)
        case QuestionStyle.ROLE:
            return discord.ui.RoleSelect(custom_id=custom_id, placeholder=hint, required=required)
        case QuestionStyle.CHANNEL:
            return discord.ui.ChannelSelect(custom_id=custom_id, placeholder=hint, required=required)
        case QuestionStyle.FILE:
            return discord.ui.FileUpload(custom_id=custom_id, required=required, max_values=UPLOAD_LIMIT)
    return discord.ui.TextInput(
        custom_id=custom_id,
        style=discord.TextStyle.paragraph if question.style is QuestionStyle.PARAGRAPH else discord.TextStyle.short,
        placeholder=hint,
        required=required,
        min_length=question.min_length or None,
        max_length=question.max_length,
    )


def form_prompt(ticket_type: TicketType, language: str) -> discord.ui.View:
    """Return a button that shows the type's form, for when the form could not be the first answer."""
    return components.view(components.FORM.button(ticket_type.id, language))


def read_submission(data: dict[str, Any]) -> Submission:
    """Return what a modal submission carries, from inputs in action rows (the older layout) or in labels."""
    values: dict[str, list[str]] = {}
    for outer in data.get("components", []):
        for component in [*outer.get("components", []), *([outer["component"]] if "component" in outer else [])]:
            if "custom_id" not in component:
                continue
            if isinstance(component.get("value"), str):
                values[component["custom_id"]] = [component["value"]]
            elif isinstance(component.get("values"), list):
                values[component["custom_id"]] = [str(v) for v in component["values"]]
    attachments = (data.get("resolved") or {}).get("attachments") or {}
    uploads = {
        key: Upload(str(a.get("filename", "file")), str(a.get("url", "")), int(a.get("size", 0)))
        for key, a in attachments.items()
    }
    return Submission(values, uploads)


def answers(questions: Sequence[Question], submission: Submission) -> tuple[Answer, ...]:
    """Pair each question with the member's answer as text; optional questions left empty are left out."""
    pairs: list[Answer] = []
    for index, question in enumerate(questions):
        given = [v for v in submission.values.get(components.question_input(index), []) if v.strip()]
        if question.required and not given:
            raise UserInputError(t("form-required", question=question.label))
        if not given:
            continue
        if question.style in MENTIONS:
            text = " ".join(MENTIONS[question.style].format(int(v)) for v in given if v.isdigit())
        elif question.style is QuestionStyle.FILE:
            text = ", ".join(submission.uploads[v].filename for v in given if v in submission.uploads)
        else:
            text = ", ".join(v.strip() for v in given)
        pairs.append((question.label, text[: question.max_length]))
    return tuple(pairs)


def uploads(questions: Sequence[Question], submission: Submission) -> list[Upload]:
    """Return the files uploaded to the form's file questions, refusing more than one message can carry."""
    files = [
        submission.uploads[v]
        for index, question in enumerate(questions)
        if question.style is QuestionStyle.FILE
        for v in submission.values.get(components.question_input(index), [])
        if v in submission.uploads
    ]
    if len(files) > UPLOAD_LIMIT or sum(f.size for f in files) > UPLOAD_BYTES:
        raise UserInputError(t("form-too-many-files", limit=UPLOAD_LIMIT))
    return files


async def download(files: Sequence[Upload]) -> list[discord.File]:
    """Fetch uploaded files from Discord's CDN, to post them into the ticket."""
    fetched = []
    try:
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30)) as session:
            for upload in files:
                async with session.get(upload.url) as response:
                    response.raise_for_status()
                    data = await response.content.read(UPLOAD_BYTES + 1)
                fetched.append(discord.File(io.BytesIO(data[:UPLOAD_BYTES]), filename=upload.filename))
    except (aiohttp.ClientError, TimeoutError) as error:
        raise DiscordOperationFailed(t("form-download-failed", error=str(error))) from None
    return fetched

"""Keeping a ticket's attachments with its transcript: Discord's file links expire within a day or so.

Files are downloaded at close, oldest first, until the per-ticket cap (``transcripts.attachments_mb``);
what the cap or a failed download leaves out is named in the transcript with the reason.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence

import aiohttp
import discord

from core.i18n import Text, t
from core.models import TranscriptFile
from core.transcripts.render import KeptFiles, TranscriptAttachment, TranscriptMessage

log = logging.getLogger(__name__)

Download = Callable[[str], Awaitable[bytes]]
PARALLEL_DOWNLOADS = 4
DOWNLOAD_SECONDS = 60.0  # per file: a stalled download must not hold the close for aiohttp's five minutes


async def keep_attachments(
    ticket_id: int, messages: Sequence[TranscriptMessage], cap: int, download: Download
) -> tuple[list[TranscriptFile], KeptFiles]:
    """Download the ticket's attachments within ``cap`` bytes; return the files and what became of each."""
    chosen: dict[str, TranscriptAttachment] = {}  # by URL: a file shown twice is kept once
    missing: dict[str, Text] = {}
    room = cap
    for attachment in (a for m in messages for a in m.attachments):
        if attachment.url in missing or attachment.url in chosen:
            continue
        if attachment.size > room:
            missing[attachment.url] = t("transcript-not-kept-cap", cap=_size(cap))
            continue
        room -= attachment.size
        chosen[attachment.url] = attachment
    gate = asyncio.Semaphore(PARALLEL_DOWNLOADS)
    results = await asyncio.gather(*(_fetch(a, download, gate) for a in chosen.values()))
    files: list[TranscriptFile] = []
    positions: dict[str, int] = {}
    for attachment, result in zip(chosen.values(), results, strict=True):
        if isinstance(result, Text):
            missing[attachment.url] = result
            continue
        positions[attachment.url] = len(files)
        files.append(TranscriptFile(ticket_id, len(files), attachment.filename, attachment.content_type, result))
    return files, KeptFiles(positions, missing)


def _size(cap: int) -> str:
    return f"{cap / 2**20:.3g} MB" if cap >= 2**20 else f"{cap / 1024:.0f} KB"


async def _fetch(attachment: TranscriptAttachment, download: Download, gate: asyncio.Semaphore) -> bytes | Text:
    """Return the file's bytes, or why it could not be kept."""
    async with gate:
        try:
            data = await asyncio.wait_for(download(attachment.url), DOWNLOAD_SECONDS)
        except discord.HTTPException as error:
            log.info("attachment %s not kept: HTTP %s", attachment.url, error.status)
            return t("transcript-not-kept-refused", status=str(error.status))
        except (aiohttp.ClientError, TimeoutError) as error:
            log.info("attachment %s not kept: %r", attachment.url, error)
            return t("transcript-not-kept-failed")
    if len(data) > attachment.size:  # never more than Discord said, so the cap holds
        return t("transcript-not-kept-larger")
    return data

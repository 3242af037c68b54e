"""The storage contract for revoked web credentials: a user's sessions, a ticket's transcript links."""

from __future__ import annotations

from abc import ABC, abstractmethod
from datetime import datetime

from core.models import Revoked, WebRevocation
from database.records import RecordKind

WEB_REVOCATIONS = RecordKind.declare("web_revocations", WebRevocation, 110)


class WebAccessStore(ABC):
    """When a subject's signed web credentials were last revoked (they are signed, never stored)."""

    @abstractmethod
    async def revoke_web_access(self, revocation: WebRevocation) -> None:
        """Store that the subject's credentials issued before ``revoked_at`` end (a later time stored stays)."""

    @abstractmethod
    async def web_access_revoked_at(self, kind: Revoked, subject_id: int) -> datetime | None:
        """Return when the subject's credentials were last revoked, or None if never."""

"""The storage contract, one small interface per kind of record; ``DatabaseAdapter`` combines them."""

from __future__ import annotations

from database.contract.alerts import AlertStore
from database.contract.api_keys import ApiKeyStore
from database.contract.audit import AuditStore
from database.contract.copying import RecordStore
from database.contract.figures import FigureStore
from database.contract.labels import LabelStore
from database.contract.lifecycle import TicketLifecycleStore
from database.contract.notes import NoteStore
from database.contract.panels import PanelStore
from database.contract.participants import ParticipantStore
from database.contract.queries import TicketQueryStore
from database.contract.ratings import RatingStore
from database.contract.settings import SettingsStore
from database.contract.tags import TagStore
from database.contract.transcripts import TranscriptStore
from database.contract.triage import TriageStore
from database.contract.upkeep import TicketUpkeepStore
from database.contract.web_access import WebAccessStore

__all__ = [
    "AlertStore",
    "ApiKeyStore",
    "AuditStore",
    "FigureStore",
    "LabelStore",
    "NoteStore",
    "PanelStore",
    "ParticipantStore",
    "RatingStore",
    "RecordStore",
    "SettingsStore",
    "TagStore",
    "TicketLifecycleStore",
    "TicketQueryStore",
    "TicketUpkeepStore",
    "TranscriptStore",
    "TriageStore",
    "WebAccessStore",
]

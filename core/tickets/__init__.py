"""The ticket operations, by capability: opening, closing, reopening, editing, members, claims, triage, timers.

Each operation takes a ticket by id (or by its channel), loads it once, asks ``core.rules.policy`` whether the
actor may act, and does the Discord side through ``core.places``. Callers only translate an interaction
into an operation and answer.
"""

from __future__ import annotations

from core.runtime.services import Services, TicketKey
from core.runtime.steps import Sync
from core.tickets.alerts import Alerts
from core.tickets.claims import Claims
from core.tickets.close_requests import CloseRequests
from core.tickets.closing import Closing
from core.tickets.departures import Departures
from core.tickets.editing import Editing
from core.tickets.inactivity import Inactivity
from core.tickets.members import Membership
from core.tickets.opening import Opening
from core.tickets.ratings import Ratings
from core.tickets.recovery import Recovery
from core.tickets.reopen_requests import ReopenRequests
from core.tickets.reopening import Reopening
from core.tickets.responses import FirstResponses
from core.tickets.triage import Triage

__all__ = ["TicketKey", "TicketManager"]


class TicketManager:
    """The façade the cogs and buttons call: one of each ticket operation of this process.

    It holds no logic of its own and never should: a new operation is a module here and one line below.
    """

    def __init__(self, deps: Services, *, retire_delay: float) -> None:
        self.alerts = Alerts(deps)
        self.opening = Opening(deps, self.alerts)
        self.sync = Sync(deps)
        self.closing = Closing(deps, self.alerts, self.sync, retire_delay=retire_delay)
        self.members = Membership(deps, self.sync)
        self.reopening = Reopening(deps, self.sync)
        self.reopen_requests = ReopenRequests(deps)
        self.inactivity = Inactivity(deps, self.closing, FirstResponses(deps))
        self.editing = Editing(deps, self.sync, moved=self.inactivity.forget)
        self.claims = Claims(deps, self.sync, self.alerts)
        self.triage = Triage(deps, self.sync)
        self.ratings = Ratings(deps)
        self.close_requests = CloseRequests(deps, self.closing)
        self.departures = Departures(deps, self.closing)
        self.recovery = Recovery(deps, self.opening, self.closing, self.reopening)

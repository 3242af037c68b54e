"""Plain records passed between the ticket operations and the database adapters.

Ids are ``int`` snowflakes and every datetime is timezone-aware UTC, whatever the backend.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import TypeAlias

# A form question and the member's answer to it.
Answer: TypeAlias = tuple[str, str]


def utcnow() -> datetime:
    """Return the current time as an aware UTC datetime, to the millisecond.

    Milliseconds are Discord's own precision and the finest every backend stores exactly (BSON dates).
    """
    now = datetime.now(UTC)
    return now.replace(microsecond=now.microsecond // 1000 * 1000)


class TicketStatus(StrEnum):
    """Where a ticket is in its life; ``core.rules.policy`` says which status may follow which."""

    PENDING = "pending"
    OPEN = "open"
    CLOSING = "closing"
    CLOSED = "closed"
    ARCHIVED = "archived"


class TicketPriority(StrEnum):
    """How urgent staff judge an open ticket."""

    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


# How priorities sort, most urgent first (a list sorted by priority pages by rank, then number).
PRIORITY_RANK = {TicketPriority.URGENT: 3, TicketPriority.HIGH: 2, TicketPriority.NORMAL: 1, TicketPriority.LOW: 0}


class WaitingOn(StrEnum):
    """Who an open ticket waits for, from who wrote last: staff (the opener did) or the opener (someone else did)."""

    STAFF = "staff"
    OPENER = "opener"


class ParticipantRole(StrEnum):
    """Why a member has access to a ticket."""

    CREATOR = "creator"
    STAFF = "staff"
    PARTICIPANT = "participant"


class PanelStyle(StrEnum):
    """How a panel offers its ticket types."""

    BUTTONS = "buttons"
    SELECT = "select"


class QuestionStyle(StrEnum):
    """What a form question asks for, and so which modal input asks it."""

    SHORT = "short"  # a line of text
    PARAGRAPH = "paragraph"  # several lines
    CHOICE = "choice"  # one of a list, from a menu
    RADIO = "radio"  # one of a few, all shown
    CHECKBOXES = "checkboxes"  # any of a few
    MEMBER = "member"  # a member of the server
    ROLE = "role"
    CHANNEL = "channel"
    FILE = "file"  # uploaded files, posted into the ticket


class ClaimMode(StrEnum):
    """What claiming a ticket does to the other staff's access."""

    SHARED = "shared"  # everyone keeps access; the claim is only shown
    CLAIMER_WRITES = "claimer-writes"  # the other staff may read but not write
    CLAIMER_ONLY = "claimer-only"  # only the claimer (and Administrators) see the ticket


class IdleCounts(StrEnum):
    """Whose messages keep a ticket from closing for inactivity."""

    OPENER = "opener"  # only the member who opened it
    ANYONE = "anyone"  # anyone but bots


class LeaveAction(StrEnum):
    """What happens to a ticket whose opener leaves the server."""

    KEEP = "keep"  # it stays open, and staff are told
    CLOSE = "close"  # it closes, its transcript saved


class CloseAction(StrEnum):
    """What happens to a closed ticket's channel."""

    DELETE = "delete"
    ARCHIVE = "archive"


@dataclass(slots=True)
class GuildConfig:
    """One server's ticket settings, changed through /setup and /config."""

    guild_id: int
    staff_role_ids: list[int] = field(default_factory=list)
    ticket_category_id: int | None = None
    log_channel_id: int | None = None
    archive_category_id: int | None = None
    close_action: CloseAction = CloseAction.DELETE
    # Where new tickets go while the ticket category holds Discord's 50 channels.
    overflow_category_id: int | None = None
    # Members and roles that may not open tickets (snowflakes never collide, so one list holds both).
    blocked_ids: list[int] = field(default_factory=list)
    claim_mode: ClaimMode = ClaimMode.SHARED
    # Close a ticket after this many hours without a message that counts (None: never), warning first.
    auto_close_hours: float | None = None
    auto_close_warning_hours: float | None = None
    idle_counts: IdleCounts = IdleCounts.OPENER
    # Whether /ticket close asks for confirmation (the button always does).
    confirm_close: bool = False
    on_opener_leave: LeaveAction = LeaveAction.KEEP
    # Unused: the thread channel is a type's (see ``TicketRules``). Not stored; the MongoDB adapter still
    # drops it before writing, so it goes when that line does.
    thread_channel_id: int | None = None
    max_open_tickets: int = 1
    channel_name_template: str = "ticket-{number:04d}"
    # Empty: the catalog's default welcome, in the ticket's language.
    welcome_message: str = ""
    # What the whole server reads: a catalog language (``core.i18n``); None: the server's Discord preferred locale.
    language: str | None = None
    # Whether openers are asked to rate closed tickets (types may say otherwise).
    ask_rating: bool = False
    # Whether members (not only staff) may open a ticket about a message from its Apps menu.
    members_open_about: bool = False
    # Whether a ticket's priority shows as an emoji before its channel or thread name.
    priority_prefix: bool = False
    # Staff are alerted once a ticket has used this share of a response or resolution target.
    target_warning_percent: int = 80
    updated_at: datetime = field(default_factory=utcnow)

    @property
    def is_set_up(self) -> bool:
        """Whether /setup has run: tickets need at least their category."""
        return self.ticket_category_id is not None


@dataclass(frozen=True, slots=True)
class Question:
    """One question of a ticket type's form, asked in a modal when a member opens a ticket."""

    label: str
    style: QuestionStyle = QuestionStyle.SHORT
    required: bool = True
    placeholder: str = ""
    max_length: int = 1000
    choices: tuple[str, ...] = ()
    min_length: int = 0


@dataclass(frozen=True, slots=True)
class TypeVariant:
    """A type's welcome and form in one language, for openers who read it (empty: the type's own)."""

    welcome_message: str | None = None
    questions: tuple[Question, ...] = ()


@dataclass(frozen=True, slots=True)
class TicketType:
    """A kind of ticket ("Billing", "Appeal") with its own staff, place, text, limits and form.

    Unset fields fall back to the server's settings, so the type made from a first-release server's
    settings has none set. ``id`` is 0 until stored.
    """

    id: int
    guild_id: int
    name: str
    emoji: str | None = None
    description: str = ""
    staff_role_ids: tuple[int, ...] = ()
    category_id: int | None = None
    overflow_category_id: int | None = None
    channel_name_template: str | None = None
    welcome_message: str | None = None
    ping_role_ids: tuple[int, ...] = ()
    max_open: int | None = None
    required_role_ids: tuple[int, ...] = ()
    cooldown_seconds: int = 0
    questions: tuple[Question, ...] = ()
    # When staff take these tickets (``core.rules.hours``), in ``timezone``; members with a bypass role may open any time.
    hours: str | None = None
    timezone: str = "UTC"
    bypass_role_ids: tuple[int, ...] = ()
    claim_mode: ClaimMode | None = None
    # Inactivity and close settings; None takes the server's (0 hours: this type never auto-closes).
    auto_close_hours: float | None = None
    auto_close_warning_hours: float | None = None
    idle_counts: IdleCounts | None = None
    confirm_close: bool | None = None
    # Tickets of this type are private threads in this text channel (None: channels of their own).
    thread_channel_id: int | None = None
    # What these tickets read (welcome, notices, transcript): a catalog language; None (or ""): the server's.
    language: str | None = None
    # The welcome and form for openers whose Discord language has its own, by catalog language.
    variants: dict[str, TypeVariant] = field(default_factory=dict)
    # After a close, the opener is asked to rate the help they got (1 to 5 stars, and a comment); None: as the server.
    ask_rating: bool | None = None
    # A staff channel that gets one live post per new ticket of this type, with Claim (None: none).
    alert_channel_id: int | None = None
    # Before a ticket opens, the member's subject is matched against the server's saved replies.
    deflect: bool = False
    # Targets in business time (``hours``): staff's first answer, and the close, within these minutes (None: none).
    response_target_minutes: int | None = None
    resolution_target_minutes: int | None = None
    created_at: datetime = field(default_factory=utcnow)


@dataclass(frozen=True, slots=True)
class TicketRules:
    """The rules one ticket follows: its server's settings with its type's own laid over them.

    Made by ``core.rules.ticket_types.effective``, never stored. The operations, the places and the policy
    read a ticket's staff, place, texts and timers here; the server's record (``GuildConfig``) and a type's
    (``TicketType``) are what admins change.
    """

    staff_role_ids: tuple[int, ...]
    blocked_ids: tuple[int, ...]
    ticket_category_id: int | None
    overflow_category_id: int | None
    # The text channel whose private threads the tickets are (None: channels of their own).
    thread_channel_id: int | None
    log_channel_id: int | None
    close_action: CloseAction
    archive_category_id: int | None
    claim_mode: ClaimMode
    auto_close_hours: float | None
    auto_close_warning_hours: float | None
    idle_counts: IdleCounts
    confirm_close: bool
    channel_name_template: str
    # Empty: the catalog's default welcome.
    welcome_message: str
    # The chosen language (the type's, else the server's); None: the server's Discord preferred locale.
    language: str | None
    # Whether the opener is asked to rate the ticket once it closes.
    ask_rating: bool = False
    # Where staff get a live post per new ticket (None: nowhere).
    alert_channel_id: int | None = None


@dataclass(slots=True)
class Panel:
    """A posted embed that offers ticket types as buttons or a select menu; ``id`` is 0 until stored.

    A panel without types (every first-release panel) offers the server's first type.
    """

    id: int
    guild_id: int
    channel_id: int
    message_id: int | None
    title: str
    description: str
    button_label: str
    created_by: int
    created_at: datetime
    type_ids: tuple[int, ...] = ()
    style: PanelStyle = PanelStyle.BUTTONS
    # Set while an edit or deletion changes the panel's row and message; recovery finishes it at start-up.
    unsynced_since: datetime | None = None


@dataclass(frozen=True, slots=True)
class PostedPanel:
    """A stored panel as Discord has it now: the link to its message (None when deleted) and its types."""

    panel: Panel
    jump_url: str | None
    types: tuple[TicketType, ...]


@dataclass(frozen=True, slots=True)
class TicketSearch:
    """One page of a server's tickets, newest first, narrowed by each field that is set."""

    guild_id: int
    number: int | None = None
    opener_id: int | None = None
    type_ids: tuple[int | None, ...] | None = None  # None: any type; within, None stands for tickets without one
    statuses: tuple[TicketStatus, ...] = ()  # empty: any status
    opened_from: datetime | None = None
    opened_before: datetime | None = None
    below_number: int | None = None  # the page after the one that ended at this number
    priorities: tuple[TicketPriority, ...] = ()  # empty: any priority
    label_id: int | None = None  # tickets that carry this label
    # Most urgent first (then newest); the next page starts below ``below_rank`` and ``below_number``.
    by_priority: bool = False
    below_rank: int | None = None
    waiting_on: WaitingOn | None = None  # open tickets waiting for staff, or for their opener
    limit: int = 50


@dataclass(frozen=True, slots=True)
class OpenCounts:
    """Open tickets across every server: those whose opener wrote last (or nobody yet), those past a target."""

    waiting_on_staff: int
    past_target: int


# A due time that never comes: timed work with nothing to do for a ticket until its rules change.
NEVER = datetime(9999, 1, 1, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class TicketRequest:
    """A member's request for a ticket, before the database gives it an id and a number."""

    guild_id: int
    opener_id: int
    reason: str | None
    opened_at: datetime
    type_id: int | None = None
    answers: tuple[Answer, ...] = ()
    # Whether the type sets response targets: the target sweep looks only at tickets whose type does.
    targeted: bool = False

    def pending(self, ticket_id: int, number: int) -> Ticket:
        """Return the reservation this request becomes: a pending ticket, active as of its request."""
        return Ticket(
            ticket_id,
            self.guild_id,
            number,
            self.opener_id,
            None,
            TicketStatus.PENDING,
            self.reason,
            self.opened_at,
            type_id=self.type_id,
            answers=self.answers,
            active_at=self.opened_at,
            opener_active_at=self.opened_at,
            target_due_at=None if self.targeted else NEVER,
        )


@dataclass(slots=True)
class Ticket:
    """A support ticket; ``number`` counts per server from 1."""

    id: int
    guild_id: int
    number: int
    opener_id: int
    channel_id: int | None
    status: TicketStatus
    reason: str | None
    opened_at: datetime
    closed_at: datetime | None = None
    closed_by: int | None = None
    close_reason: str | None = None
    transcript_message_id: int | None = None
    type_id: int | None = None
    answers: tuple[Answer, ...] = ()
    # The staff member handling the ticket, if one claimed it.
    claimed_by: int | None = None
    # When an open ticket closes by itself (a close request nobody answered); its reason is in close_reason.
    close_due_at: datetime | None = None
    # The posted message that promised close_due_at; None while the request may not have been posted.
    close_request_message_id: int | None = None
    # The last message from anyone (bots aside) and from the opener, recorded to the nearest few minutes.
    active_at: datetime | None = None
    opener_active_at: datetime | None = None
    # When a process took on posting the inactivity warning (one process warns); a later message answers it.
    idle_warned_at: datetime | None = None
    # When that warning was posted: a ticket closes for inactivity only on a warning its members got.
    idle_warning_posted_at: datetime | None = None
    # When the inactivity sweep looks at the ticket next (None: at the next sweep); a cache of its rules.
    idle_due_at: datetime | None = None
    # False when staff exempted the ticket from closing for inactivity.
    auto_close: bool = True
    # When the bot saw that the opener had left the server (the notice is posted once).
    opener_left_at: datetime | None = None
    # Set while an operation changes the ticket's row and its Discord side, cleared once both agree;
    # recovery brings the Discord side of a ticket left marked to what the row says.
    unsynced_since: datetime | None = None
    priority: TicketPriority = TicketPriority.NORMAL
    # The opener's rating of the help they got after the close (1 to 5 stars), once, and their comment.
    rating: int | None = None
    rating_comment: str | None = None
    rated_at: datetime | None = None
    # The ticket's post in its type's staff alert channel, kept up to date as it is claimed and closed.
    alert_message_id: int | None = None
    # The first message from staff after the ticket opened, and who wrote it (the statistics' response time).
    first_response_at: datetime | None = None
    first_responder_id: int | None = None
    # How often the ticket was reopened, and how many messages its transcript kept (None: no transcript yet).
    reopen_count: int = 0
    message_count: int | None = None
    # When a member of the archived ticket last asked staff, from the web, to reopen it (once a day at most).
    reopen_asked_at: datetime | None = None
    # When the response-target sweep looks at the open ticket next (None: at the next sweep).
    target_due_at: datetime | None = None
    # When staff were alerted that the ticket neared, then missed, its first-response and resolution targets.
    response_warned_at: datetime | None = None
    response_breached_at: datetime | None = None
    resolution_warned_at: datetime | None = None
    resolution_breached_at: datetime | None = None

    @property
    def waiting_on(self) -> WaitingOn | None:
        """Who the open ticket waits for: staff while the opener wrote last (or nobody yet), else the opener.

        Read from the stored activity times, so it is as fresh as they are (see ``core.tickets.inactivity``).
        """
        if self.status is not TicketStatus.OPEN or self.active_at is None:
            return None
        if self.opener_active_at is not None and self.opener_active_at >= self.active_at:
            return WaitingOn.STAFF
        return WaitingOn.OPENER

    @property
    def label(self) -> str:
        """How people refer to the ticket: ``#0042``."""
        return f"#{self.number:04d}"


class TargetAlert(StrEnum):
    """The four moments staff are alerted about a ticket's targets, each once; values name the stored times."""

    RESPONSE_WARNED = "response_warned_at"
    RESPONSE_BREACHED = "response_breached_at"
    RESOLUTION_WARNED = "resolution_warned_at"
    RESOLUTION_BREACHED = "resolution_breached_at"


@dataclass(frozen=True, slots=True)
class Closure:
    """Who closes a ticket, when and why; stored when the close begins so any process can finish it."""

    closed_by: int
    reason: str | None
    closed_at: datetime


@dataclass(slots=True)
class Participant:
    """A member with access to a ticket, and why they have it."""

    ticket_id: int
    user_id: int
    role: ParticipantRole
    added_at: datetime


@dataclass(slots=True)
class Transcript:
    """The saved conversation of a closed ticket, as two UTF-8 documents: a web page and plain text.

    Kept as bytes, the form they are uploaded and served in: a string of a long conversation costs up
    to four bytes per character in memory once one emoji is in it.
    """

    ticket_id: int
    message_count: int
    html: bytes
    text: bytes
    created_at: datetime


@dataclass(frozen=True, slots=True)
class ApiKey:
    """A server's key to the HTTP API; only its SHA-256 is stored, the key itself is shown once."""

    id: int
    guild_id: int
    name: str
    key_hash: str
    created_by: int
    created_at: datetime
    revoked_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Tag:
    """A saved reply: text staff send into tickets by name, with the ticket's details filled in.

    ``type_ids`` limits it to tickets of those types (empty: every type). ``uses`` counts sends; ``solved``
    and ``opened_anyway`` count what members did when it was offered before a ticket opened.
    """

    id: int
    guild_id: int
    name: str
    content: str
    created_by: int
    created_at: datetime
    updated_at: datetime
    type_ids: tuple[int, ...] = ()
    uses: int = 0
    solved: int = 0
    opened_anyway: int = 0


class TagCount(StrEnum):
    """Which of a tag's counters an event adds one to."""

    USES = "uses"
    SOLVED = "solved"
    OPENED_ANYWAY = "opened_anyway"


@dataclass(frozen=True, slots=True)
class TicketNote:
    """A note staff keep on a ticket: never shown to its opener or members, in Discord or on the web."""

    id: int
    ticket_id: int
    guild_id: int
    author_id: int
    content: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class Label:
    """A label a server defines for sorting its tickets (billing, bug, refund…), unique by name regardless of case."""

    id: int
    guild_id: int
    name: str
    created_by: int
    created_at: datetime


@dataclass(frozen=True, slots=True)
class TicketLabel:
    """A label put on a ticket."""

    ticket_id: int
    label_id: int
    added_at: datetime


class Revoked(StrEnum):
    """What a web revocation ends."""

    SESSIONS = "sessions"  # a user's signed-in sessions (subject: the user's id)
    LINKS = "links"  # a ticket's transcript links (subject: the ticket's id)


@dataclass(frozen=True, slots=True)
class WebRevocation:
    """Web credentials of one subject issued before ``revoked_at`` no longer work (they are signed, not stored)."""

    kind: Revoked
    subject_id: int
    revoked_at: datetime


@dataclass(frozen=True, slots=True)
class TranscriptFile:
    """An attachment kept with a transcript, so it outlives Discord's expiring links."""

    ticket_id: int
    position: int  # the order the transcript shows it in; its address in the viewer
    filename: str
    content_type: str | None
    data: bytes


@dataclass(frozen=True, slots=True)
class FileChunk:
    """A stored piece of a transcript file: files are kept in pieces that every backend stores and copies well."""

    ticket_id: int
    position: int
    part: int
    filename: str
    content_type: str | None
    data: bytes


@dataclass(slots=True)
class AuditEntry:
    """One recorded action: a ticket action or a settings change.

    ``details`` is a ``core.i18n.Text`` as stored by ``Text.dump`` (``Text.load`` reads it back, and reads an
    earlier release's English prose as it was written); rendered, it may hold Discord mentions.
    """

    id: int | None
    guild_id: int
    ticket_id: int | None
    actor_id: int
    action: str
    details: str
    created_at: datetime


@dataclass(slots=True)
class GuildCounter:
    """The last ticket number handed out in a server."""

    guild_id: int
    last_number: int

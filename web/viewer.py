"""The transcript viewer: transcripts, their files, and each server's list of tickets for its staff.

``/t/<id>`` opens by a signed link or after login with Discord; ``/g/<server>`` lists a server's tickets.

Who reads what: a valid link opens its one ticket for that browser (with ``web.links_need_membership``, only
once signed in as a member of its server); a signed-in member sees the tickets
they opened or were added to; staff see the tickets of the types they staff (a type's staff roles, or
the server's), and people who manage the server see all of them. Membership is asked of Discord (with the
bot's token) at most once a minute per person (:mod:`web.members`), so someone who left the server, or lost
the role that let them read, loses access within that minute. Ids in addresses are checked before anything
is looked up (:mod:`web.edge`).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING
from urllib.parse import quote, urlencode

import discord
from aiohttp import web

from core.analytics import wording
from core.analytics.measures import Stats
from core.analytics.stats import PERIODS
from core.audit import AuditAction
from core.errors import UserInputError
from core.i18n import Text, formatting, render, t
from core.models import PRIORITY_RANK, Revoked, Ticket, TicketStatus, TicketType, WebRevocation
from core.rules.text import plain
from core.signing import Session, Signer
from core.transcripts.notes import notes_section, with_notes, with_rating
from core.transcripts.render import INLINE_IMAGE_TYPES, LOCAL_TIMES
from web import charts
from web.access import COOKIE, Access, path_id, to_login
from web.edge import local_path, read_form
from web.language import of_request
from web.login import DiscordLogin, LoginFailed
from web.members import TooManyLookups
from web.pages import PRIVATE, TEMPLATES, busy, notice, page, private_page, redirect, script_hash, words
from web.people import People, Person
from web.search import id_text, label_names, search_from
from web.stats import csv_response, stats_query

if TYPE_CHECKING:
    from core.ui.client import TicketClient

log = logging.getLogger(__name__)

PAGE_SIZE = 50
MINE = 100  # a member's newest tickets on their "My tickets" page
TRANSCRIPT_POLICY = (
    "default-src 'none'; img-src 'self' data: https://cdn.discordapp.com https://media.discordapp.net; "
    f"style-src 'unsafe-inline'; script-src '{script_hash(LOCAL_TIMES)}'; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'"
)


@dataclass(frozen=True, slots=True)
class _StatsView:
    """What a statistics request may see: the server, period and type (None: all), the figures, and for whom."""

    guild_id: int
    days: int
    type_id: int | None
    all_types: bool
    types: list[TicketType]
    stats: Stats
    problems: list[Text]
    language: str
    csrf: str


class Viewer:
    """Serves transcripts, their files, and Discord login, for the web side."""

    def __init__(
        self,
        bot: TicketClient,
        signer: Signer,
        login: DiscordLogin | None,
        access: Access,
        people: People,
        *,
        links_need_membership: bool = False,
    ) -> None:
        self._bot = bot
        self._links_need_membership = links_need_membership
        self._signer = signer
        self._login = login
        self._access = access
        self._people = people

    def routes(self) -> list[web.RouteDef]:
        """Return the viewer's routes."""
        return [
            web.get("/", self.home),
            web.get(r"/g/{guild:[0-9]{1,20}}", self.ticket_list),
            web.get(r"/g/{guild:[0-9]{1,20}}/stats", self.stats_page),
            web.get(r"/g/{guild:[0-9]{1,20}}/stats.csv", self.stats_file),
            web.get(r"/t/{ticket:[0-9]{1,20}}", self.transcript),
            web.get(r"/t/{ticket:[0-9]{1,20}}/files/{position:[0-9]{1,6}}/{name}", self.file),
            web.get("/me", self.my_tickets),
            web.get("/login", self.start_login),
            web.get("/auth/callback", self.finish_login),
            web.post("/logout", self.logout),
            web.post(r"/t/{ticket:[0-9]{1,20}}/links/revoke", self.revoke_links),
            web.post(r"/me/reopen/{ticket:[0-9]{1,20}}", self.ask_reopen),
        ]

    # Pages

    async def home(self, request: web.Request) -> web.Response:
        """Say who is signed in, with the way in or out."""
        session = await self._access.session(request)
        language = self._language(request, session)
        title = render(t("web-home-title"), language)
        if session.user_id is None:
            if self._login is None:
                return page(title, render(t("web-home-anonymous"), language), language=language)
            return page(title, render(t("web-home-sign-in"), language), login=True, language=language)
        return page(
            title,
            render(t("web-home-signed-in", name=session.name, servers=len(session.servers)), language),
            logout=session.csrf,
            links=[
                ("/me", render(t("web-mine-title"), language)),
                *((f"/g/{server_id}", name) for server_id, name in session.servers),
            ],
            language=language,
        )

    async def ticket_list(self, request: web.Request) -> web.StreamResponse:
        """List a server's tickets for its staff, newest first, searchable and in pages."""
        guild_id = path_id(request, "guild")
        session = await self._access.session(request)
        if session.user_id is None:
            return to_login(request)
        types = await self._bot.guild_settings.types(guild_id)
        try:
            reach = await self._access.reach(session, guild_id)
        except TooManyLookups:
            return busy(self._language(request, session))
        if reach is None or not (reach.all_types or reach.type_ids):
            return notice("web-not-your-server", self._language(request, session), status=404, logout=session.csrf)
        labels = await self._bot.db.list_labels(guild_id)
        try:
            query, openers, named = await self._openers(guild_id, request.query, session.user_id)
        except TooManyLookups:
            return busy(self._language(request, session))
        search, problems = search_from(query, guild_id, types, labels)
        problems += named
        if not reach.all_types:
            wanted = reach.type_ids if search.type_ids is None else reach.type_ids & set(search.type_ids)
            search = replace(search, type_ids=tuple(wanted))
        found = await self._bot.db.search_tickets(replace(search, limit=PAGE_SIZE + 1))
        labelled = await label_names(self._bot.db, found[:PAGE_SIZE], labels)
        names = {t.id: t.name for t in types}
        guild = self._bot.get_guild(guild_id)
        language = self._language(request, session)
        body = TEMPLATES.get_template("tickets.html.j2").render(
            **words(language),
            said=lambda text: render(text, language),
            when=lambda moment: formatting.date_time(moment, language),
            server=guild.name if guild else render(t("web-tickets-unknown-server", id=str(guild_id)), language),
            guild_id=guild_id,
            tickets=found[:PAGE_SIZE],
            older=f"?{urlencode({**request.query, **_next_page(found[PAGE_SIZE - 1], search.by_priority)})}"
            if len(found) > PAGE_SIZE
            else None,
            query=request.query,
            problems=problems,
            types=[t for t in types if reach.all_types or t.id in reach.type_ids],
            type_name=lambda type_id: names.get(type_id, "-"),
            labels=labels,
            labels_of=lambda ticket_id: ", ".join(labelled.get(ticket_id, [])),
            people=await self._people.named(t.opener_id for t in found[:PAGE_SIZE]),
            csrf=session.csrf,
            manager=reach.all_types,
            openers=openers,
            with_opener=lambda user_id: "?" + urlencode({**request.query, "opener": str(user_id)}),
        )
        return private_page(body)

    async def _openers(
        self, guild_id: int, query: Mapping[str, str], reader_id: int
    ) -> tuple[dict[str, str], list[Person], list[Text]]:
        """Read an opener typed by name: one member found is searched by id; several are offered to pick from.

        Returns the query to search with, the members to pick from, and what to say (no one of that name).
        """
        wanted = dict(query)
        typed = wanted.get("opener", "").strip()
        as_id = id_text(typed)
        if not typed or (as_id.isascii() and as_id.isdigit()):  # an id (one out of range is said to be so)
            return wanted, [], []
        del wanted["opener"]
        try:
            found = await self._people.search(guild_id, typed, reader_id)
        except discord.HTTPException:
            found = []
        if len(found) == 1:
            return {**wanted, "opener": str(found[0].id)}, [], []
        return wanted, found, [] if found else [t("web-search-no-such-opener", name=typed)]

    async def my_tickets(self, request: web.Request) -> web.StreamResponse:
        """List the signed-in member's own tickets on the servers they share with the bot, newest first."""
        session = await self._access.session(request)
        if session.user_id is None:
            return to_login(request)
        language = self._language(request, session)
        servers = dict(session.servers)
        found = await self._bot.db.list_member_tickets(session.user_id, list(servers), MINE)
        shown = [ticket for ticket in found if ticket.status is not TicketStatus.PENDING]
        type_names: dict[int, str] = {}
        for guild_id in {ticket.guild_id for ticket in shown}:
            type_names.update({kind.id: kind.name for kind in await self._bot.guild_settings.types(guild_id)})
        body = TEMPLATES.get_template("mine.html.j2").render(
            **words(language),
            when=lambda moment: formatting.date_time(moment, language),
            tickets=shown,
            server=lambda guild_id: servers.get(guild_id, str(guild_id)),
            type_name=lambda type_id: type_names.get(type_id, "-"),
            status=_shown_status,
            csrf=session.csrf,
        )
        return private_page(body)

    async def stats_page(self, request: web.Request) -> web.StreamResponse:
        """Show a server's figures for a period to its staff, with weekly charts drawn as SVG."""
        view = await self._stats(request)
        if isinstance(view, web.StreamResponse):
            return view
        stats, language = view.stats, view.language
        names = {t.id: t.name for t in view.types}
        weeks = [monday.strftime("%d %b") for monday, _ in stats.by_week]

        def series(name: str, values: list[float | None]) -> charts.Series:
            return charts.Series(render(t("web-stats-series", series=name), language), values)

        opened = series("opened", [float(f.opened) for _, f in stats.by_week])
        closed = series("closed", [float(f.closed) for _, f in stats.by_week])
        response = series(
            "response", [f.first_response.median / 3600 if f.first_response.median else None for _, f in stats.by_week]
        )
        figures = stats.overall
        deflected = sum(tag.solved for tag in await self._bot.db.list_tags(view.guild_id))
        shown = [
            ("tickets", wording.tickets(figures)),
            ("first-response", wording.times(figures.first_response, figures.first_response_wall, language)),
            ("resolution", wording.times(figures.resolution, figures.resolution_wall, language)),
            ("quality", wording.quality(figures, deflected)),
            ("targets", wording.missed(figures)),
            ("backlog", wording.backlog(stats.backlog)),
        ]
        guild = self._bot.get_guild(view.guild_id)
        query = {"days": str(view.days), **({"type": str(view.type_id)} if view.type_id else {})}
        body = TEMPLATES.get_template("stats.html.j2").render(
            **words(language),
            said=lambda text: render(text, language),
            span=lambda seconds: wording.span(seconds, language),
            server=guild.name if guild else render(t("web-tickets-unknown-server", id=str(view.guild_id)), language),
            guild_id=view.guild_id,
            csv=f"/g/{view.guild_id}/stats.csv?{urlencode(query)}",
            periods=[(d, render(t(f"cmd-stats-days-choice-{d}"), language)) for d in PERIODS],
            days=view.days,
            all_types=view.all_types,
            types=view.types,
            type_id=view.type_id,
            problems=view.problems,
            figures=shown,
            tickets_chart=charts.bars(
                render(t("web-stats-chart", chart="tickets"), language), weeks, [opened, closed], whole=True
            ),
            response_chart=charts.bars(
                render(t("web-stats-chart", chart="response"), language), weeks, [response], "h"
            ),
            by_type=[(names.get(type_id or -1, "-"), f) for type_id, f in stats.by_type.items()],
            by_staff=list(stats.by_staff.items()),
            csrf=view.csrf,
            people=await self._people.named(stats.by_staff),
        )
        return private_page(body)

    async def stats_file(self, request: web.Request) -> web.StreamResponse:
        """Give the statistics page's figures as CSV (the API's ``/api/v1/stats.csv``), behind the same login."""
        view = await self._stats(request)
        if isinstance(view, web.StreamResponse):
            return view
        return csv_response(view.stats, view.types, view.days, PRIVATE)

    async def _stats(self, request: web.Request) -> web.StreamResponse | _StatsView:
        """Return what a statistics request may see, or the page that says why not.

        Staff of some types only see those types' figures, one type at a time; people who manage the server
        see every type, together or one by one.
        """
        guild_id = path_id(request, "guild")
        session = await self._access.session(request)
        if session.user_id is None:
            return to_login(request)
        language = self._language(request, session)
        try:
            reach = await self._access.reach(session, guild_id)
        except TooManyLookups:
            return busy(language)
        if reach is None or not (reach.all_types or reach.type_ids):
            return notice("web-not-your-server", language, status=404, logout=session.csrf)
        types = await self._bot.guild_settings.types(guild_id)
        query, problems = stats_query(request.query, types)
        reachable = [t.id for t in types if reach.all_types or t.id in reach.type_ids]
        type_id = query.type_id if query.type_id in reachable else None
        if type_id is None and not reach.all_types:
            if not reachable:
                return notice("web-not-your-server", language, status=404, logout=session.csrf)
            type_id = reachable[0]
        stats = await self._bot.stats.stats(guild_id, query.days, type_id=type_id)
        shown = [t for t in types if t.id in reachable]
        return _StatsView(
            guild_id, query.days, type_id, reach.all_types, shown, stats, problems, language, session.csrf
        )

    @staticmethod
    def _language(request: web.Request, session: Session | None) -> str:
        """Return the reader's language: their Discord language once signed in, else their browser's."""
        return of_request(session.locale if session else None, request.headers.get("Accept-Language"))

    def _user_name(self, user_id: int) -> str:
        return self._people.shown(user_id).name

    async def transcript(self, request: web.Request) -> web.StreamResponse:
        """Show a stored transcript to someone who may read it."""
        ticket_id = path_id(request, "ticket")
        session = await self._access.session(request)
        key = request.query.get("key")
        if key is not None:
            linked = self._signer.linked_ticket(key)
            if linked is None or linked[0] != ticket_id or not await self._link_valid(*linked):
                return notice(
                    "web-link-expired",
                    self._language(request, session),
                    status=403,
                    login=self._login is not None,
                    sign_in=self._login is not None,
                )
            # The key is swapped for a cookie at once, so it stays out of history, logs and referrers.
            response = redirect(f"/t/{ticket_id}")
            self._access.save(response, session.with_grant(*linked))
            return response
        refusal = await self._refusal(request, session, ticket_id)
        if refusal is not None:
            return refusal
        transcript = await self._bot.db.get_transcript(ticket_id)
        if transcript is None:
            return notice("web-no-transcript", self._language(request, session), status=404)
        page = transcript.html
        ticket = await self._bot.db.get_ticket(ticket_id)
        if ticket is not None:
            page = with_rating(page, ticket, self._language(request, session))
        if ticket is not None and await self._staffs(session, ticket):
            notes = await self._bot.db.list_notes(ticket.id)
            if notes:
                section = notes_section(notes, self._user_name, self._language(request, session))
                page = with_notes(page, section)
        headers = {**PRIVATE, "Content-Security-Policy": TRANSCRIPT_POLICY}
        return web.Response(body=page, content_type="text/html", charset="utf-8", headers=headers)

    async def file(self, request: web.Request) -> web.StreamResponse:
        """Send one kept attachment of a transcript the reader may see."""
        ticket_id = path_id(request, "ticket")
        refusal = await self._refusal(request, await self._access.session(request), ticket_id)
        if refusal is not None:
            return refusal
        kept = await self._bot.db.get_transcript_file(ticket_id, int(request.match_info["position"]))
        if kept is None:
            raise web.HTTPNotFound()
        headers = {**PRIVATE, "Content-Security-Policy": "default-src 'none'; sandbox"}
        if kept.content_type in INLINE_IMAGE_TYPES:
            return web.Response(body=kept.data, content_type=kept.content_type, headers=headers)
        headers["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote(plain(kept.filename), safe='')}"
        return web.Response(body=kept.data, content_type="application/octet-stream", headers=headers)

    # Login

    async def start_login(self, request: web.Request) -> web.StreamResponse:
        """Send the browser to Discord to sign in, remembering where it was going."""
        if self._login is None:
            return notice("web-login-off", self._language(request, None), status=503)
        session = await self._access.session(request)
        wanted = request.query.get("next", "/")
        next_path = local_path(wanted)
        state = self._login.new_state()
        response = redirect(self._login.authorize_url(state))
        self._access.save(response, replace(session, oauth_state=state, next_path=next_path))
        return response

    async def finish_login(self, request: web.Request) -> web.StreamResponse:
        """Take Discord's answer: check the state, learn who signed in, and go where the browser was going.

        The state is spent by the first answer that carries it, whatever that answer is, so one state never
        pays for two token exchanges.
        """
        session = await self._access.session(request)
        state, code = request.query.get("state", ""), request.query.get("code", "")
        ours = self._login is not None and bool(session.oauth_state) and state == session.oauth_state
        spent = replace(session, oauth_state="")
        if ours and request.query.get("error") == "access_denied":
            return self._access.saved(
                notice("web-sign-in-cancelled", self._language(request, session), login=True),
                spent,
            )
        if self._login is None or not ours or not code:
            refused = notice("web-sign-in-not-ours", self._language(request, session), status=400, login=True)
            return self._access.saved(refused, spent) if session.oauth_state else refused
        try:
            identity = await self._login.identify(code)
        except LoginFailed as error:
            log.warning("Discord login failed: %s", error)
            failed = notice("web-sign-in-failed", self._language(request, session), status=502, login=True)
            return self._access.saved(failed, spent)
        servers = [
            (guild_id, name[:40])
            for guild_id, name in identity.guilds[:200]
            if await self._bot.guild_settings.get(guild_id) is not None
        ]
        signed_in = Session(
            identity.user_id,
            identity.name,
            session.grants,
            self._login.new_state(),
            servers=tuple(servers[:10]),
            signed_in_at=time.time(),
            locale=identity.locale,
        )
        return self._access.saved(redirect(session.next_path), signed_in)

    async def logout(self, request: web.Request) -> web.StreamResponse:
        """End the user's sessions in every browser; only from this site's own form (its token must come back)."""
        session = await self._access.session(request)
        form = await read_form(request)
        if not session.csrf or form.get("csrf") != session.csrf:
            return notice("web-not-signed-out", self._language(request, session), status=403)
        if session.user_id is not None:
            await self._bot.db.revoke_web_access(
                WebRevocation(Revoked.SESSIONS, session.user_id, _ceiled(self._bot.clock()))
            )
        response = redirect("/")
        response.del_cookie(COOKIE, path="/")
        return response

    async def revoke_links(self, request: web.Request) -> web.StreamResponse:
        """Make every link to a ticket's transcript made so far stop working; for the ticket's staff."""
        ticket_id = path_id(request, "ticket")
        session = await self._access.session(request)
        form = await read_form(request)
        if session.user_id is None or not session.csrf or form.get("csrf") != session.csrf:
            return notice("web-not-revoked", self._language(request, session), status=403)
        ticket = await self._bot.db.get_ticket(ticket_id)
        try:
            reach = await self._access.reach(session, ticket.guild_id) if ticket is not None else None
        except TooManyLookups:
            return busy(self._language(request, session))
        if ticket is None or reach is None or not (reach.all_types or ticket.type_id in reach.type_ids):
            return notice("web-revoke-not-yours", self._language(request, session), status=404, logout=session.csrf)
        await self._bot.db.revoke_web_access(WebRevocation(Revoked.LINKS, ticket.id, _ceiled(self._bot.clock())))
        journal = self._bot.journal
        details = t("audit-detail-web-links-revoked", ticket=ticket.label)
        await journal.record(
            journal.entry(ticket.guild_id, session.user_id, AuditAction.TRANSCRIPT_LINKS_REVOKED, details, ticket.id),
            ticket.label,
        )
        return redirect(f"/g/{ticket.guild_id}")

    async def ask_reopen(self, request: web.Request) -> web.StreamResponse:
        """Ask staff to reopen an archived ticket of the signed-in member's (their opener or a member of it)."""
        ticket_id = path_id(request, "ticket")
        session = await self._access.session(request)
        form = await read_form(request)
        language = self._language(request, session)
        if session.user_id is None or not session.csrf or form.get("csrf") != session.csrf:
            return notice("web-reopen-not-asked", language, status=403)
        back = [("/me", render(t("web-mine-title"), language))]
        title = render(t("web-reopen-not-asked.title"), language)
        try:
            ticket = await self._bot.tickets.reopen_requests.ask(ticket_id, session.user_id)
        except UserInputError as refused:
            return page(
                title, render(refused.text, language), status=409, logout=session.csrf, links=back, language=language
            )
        said = render(t("web-reopen-asked", label=ticket.label), language)
        return page(
            render(t("web-reopen-asked.title"), language), said, logout=session.csrf, links=back, language=language
        )

    # Access

    async def _refusal(self, request: web.Request, session: Session, ticket_id: int) -> web.StreamResponse | None:
        """Return None when the reader may see the ticket; otherwise what to answer (the same for no such ticket)."""
        ticket = await self._bot.db.get_ticket(ticket_id)
        try:
            if ticket is not None and await self._may_read(session, ticket):
                return None
        except TooManyLookups:
            return busy(self._language(request, session))
        if session.user_id is None:
            return to_login(request)
        return notice("web-not-yours-to-read", self._language(request, session), status=404, logout=session.csrf)

    async def _may_read(self, session: Session, ticket: Ticket) -> bool:
        """Return whether the reader may see the ticket; a link opens it (to members only, if links need membership)."""
        signed_at = session.grant(ticket.id)
        granted = signed_at is not None and await self._link_valid(ticket.id, signed_at)
        if granted and not self._links_need_membership:
            return True
        if session.user_id is None:
            return False
        if granted:
            return await self._access.members.of(ticket.guild_id, session.user_id) is not None
        reach = await self._access.reach(session, ticket.guild_id)
        if reach is None:
            return False  # not (or no longer) in the server
        if reach.all_types or ticket.type_id in reach.type_ids or ticket.opener_id == session.user_id:
            return True
        return any(p.user_id == session.user_id for p in await self._bot.db.list_participants(ticket.id))

    async def _staffs(self, session: Session, ticket: Ticket) -> bool:
        """Return whether the signed-in reader is staff of the ticket (who alone read its notes); a link is not."""
        if session.user_id is None:
            return False
        reach = await self._access.reach(session, ticket.guild_id)
        return reach is not None and (reach.all_types or ticket.type_id in reach.type_ids)

    # Links

    async def _link_valid(self, ticket_id: int, signed_at: int) -> bool:
        """Whether a link to the ticket signed at ``signed_at`` was made after staff last revoked its links."""
        revoked = await self._bot.db.web_access_revoked_at(Revoked.LINKS, ticket_id)
        return revoked is None or signed_at > revoked.timestamp()


def _next_page(last: Ticket, by_priority: bool) -> dict[str, str]:
    """Return the query that continues a list after its last ticket (by priority: its rank and number)."""
    page = {"before": str(last.number)}
    return {**page, "before_rank": str(PRIORITY_RANK[last.priority])} if by_priority else page


def _ceiled(now: datetime) -> datetime:
    """Return ``now`` rounded up to the millisecond (what every backend stores), so nothing made now survives."""
    return now.replace(microsecond=now.microsecond // 1000 * 1000) + timedelta(milliseconds=1)


def _shown_status(ticket: Ticket) -> str:
    """Return how a member's list names a ticket's state: open, closed (closing too) or archived."""
    if ticket.status is TicketStatus.OPEN:
        return "open"
    return "archived" if ticket.status is TicketStatus.ARCHIVED else "closed"

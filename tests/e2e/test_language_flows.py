"""A ticket's whole life in a Spanish and a German server, with members whose Discord is in other languages.

Each reader gets their own language: what only the member who acted sees (replies, the close form) is in
that member's Discord language; what the whole ticket or server sees (the welcome, notices, the log post,
the opener's copy, the transcript) is in the server's language, which is its Discord language unless
an admin chose another.
"""

from dataclasses import replace

from core.i18n import render, t
from core.models import TicketStatus


def said(language: str, key: str, **params: object) -> str:
    return render(t(key, **params), language)


async def _server(harness, *, preferred_locale: str, opener_locale: str, chosen: str | None = None):
    """A set-up server with an opener whose Discord is in ``opener_locale`` and a French-speaking staff member."""
    world = await harness.world(preferred_locale=preferred_locale)
    await harness.setup(world)
    if chosen:
        config = await harness.database.get_guild_config(world.guild.id)
        await harness.database.save_guild_config(replace(config, language=chosen))
        await harness.stop_bot()
        await harness.start_bot()
    opener = await harness.emulator.add_member(world.guild, "jonas", locale=opener_locale)
    staff = await harness.emulator.add_member(world.guild, "amelie", world.staff_role, locale="fr")
    return world, opener, staff, await harness.panel(world)


async def _live_a_ticket(harness, world, opener, staff, panel, server: str, own: str) -> None:
    """Open, claim and close a ticket, checking each reader's language at each step."""
    emulator = harness.emulator
    reply, channel = await harness.open_ticket(world, opener, panel)
    ticket = await harness.ticket_of(world, opener)
    assert reply.text == said(own, "reply-opened", label="#0001", place=f"<#{channel.id}>"), "the opener's own"

    welcome = channel.history()[0]
    embed = welcome.embeds[0]
    assert embed["title"] == said(server, "welcome-title-typed", type="Support", label="#0001")
    assert embed["description"] == said(server, "welcome-default")
    assert embed["footer"]["text"] == said(server, "welcome-footer")
    assert said(server, "welcome-footer") != said("en", "welcome-footer"), "the server's catalog, not English"
    labels = {c["custom_id"].split(":")[1]: c["label"] for row in welcome.components for c in row["components"]}
    assert labels == {"close": said(server, "button-close"), "claim": said(server, "button-claim")}

    claimed = await (await emulator.click(staff, welcome, "ticket:claim:")).answered()
    assert claimed.ephemeral and claimed.text == said("fr", "reply-claimed", label="#0001"), "the claimer's own"
    notice = said(server, "notice-claimed", actor=f"<@{staff.id}>")
    await harness.eventually(lambda: any(m.content == notice for m in channel.history()), "the claim notice")

    await emulator.post_message(opener, channel, "Mein Paket ist nicht angekommen")
    shown = await (await emulator.click(opener, channel.history()[0], "ticket:close:")).answered()
    assert shown.modal["title"] == said(own, "close-modal-title"), "the form is the opener's own"
    text_input = shown.modal["components"][0]["components"][0]["custom_id"]
    closed = await (
        await emulator.submit_modal(opener, channel, shown.modal["custom_id"], {text_input: "ok"})
    ).answered()
    assert closed.text.startswith(said(own, "reply-closed", label="#0001", archived="false", copy="none", held="x"))

    await harness.until_status(ticket.id, TicketStatus.CLOSED)
    [posted] = [m for m in world.log.history() if m.attachments]
    assert posted.embeds[0]["title"] == said(server, "close-summary-title", label="#0001"), "the log is the server's"
    [copy] = emulator.dm_messages(opener.user)
    assert copy.embeds[0]["title"] == said(server, "close-summary-title", label="#0001")

    html = (await harness.database.get_transcript(ticket.id)).html.decode()
    assert f'<html lang="{server}"' in html, "the transcript is in the server's language"
    assert said(server, "transcript-fact", fact="opened-by") in html
    assert said(server, "transcript-fact", fact="opened-by") != said("en", "transcript-fact", fact="opened-by")


async def test_a_ticket_in_a_spanish_server_reads_spanish_and_each_member_their_own(harness):
    world, opener, staff, panel = await _server(harness, preferred_locale="es-ES", opener_locale="de")
    await _live_a_ticket(harness, world, opener, staff, panel, "es", own="de")


async def test_a_server_that_chose_german_reads_german_whatever_its_discord_language(harness):
    world, opener, staff, panel = await _server(harness, preferred_locale="pt-BR", opener_locale="es-419", chosen="de")
    await _live_a_ticket(harness, world, opener, staff, panel, "de", own="es")

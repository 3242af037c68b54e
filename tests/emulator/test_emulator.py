"""The emulator's own rules, checked over raw HTTP as Discord would answer them."""

import aiohttp

from tests.emulator.conftest import call
from tests.emulator.emulator import BOT_PERMISSIONS
from tests.emulator.state import ChannelType, Overwrite, Permissions


async def test_unknown_routes_answer_discords_404(emulator, api):
    status, body = await call(api, "GET", "/channels/1/nothing-here")
    assert (status, body["code"]) == (404, 0)


async def test_bad_token_is_401(emulator):
    url = emulator.base_url + "/api/v10/users/@me"
    async with aiohttp.ClientSession() as session, session.get(url, headers={"Authorization": "Bot nope"}) as r:
        assert r.status == 401


async def test_permission_algorithm(emulator):
    guild = emulator.create_guild()
    role = emulator.create_role(guild, "Helpers")
    admin_role = emulator.create_role(guild, "Admins", Permissions.ADMINISTRATOR)
    helper = await emulator.add_member(guild, "helper", role)
    admin = await emulator.add_member(guild, "admin", admin_role)
    plain = await emulator.add_member(guild, "plain")
    channel = await emulator.create_channel(
        guild,
        "secret",
        overwrites=[
            Overwrite(guild.id, 0, deny=Permissions.VIEW_CHANNEL),
            Overwrite(role.id, 0, allow=Permissions.VIEW_CHANNEL),
            Overwrite(plain.id, 1, allow=Permissions.VIEW_CHANNEL, deny=Permissions.SEND_MESSAGES),
        ],
    )
    assert emulator.can_send(helper, channel)
    assert emulator.can_view(plain, channel) and not emulator.can_send(plain, channel)
    assert emulator.can_send(admin, channel) and emulator.can_send(emulator.owner(guild), channel)
    stranger = await emulator.add_member(guild, "stranger")
    assert not emulator.can_view(stranger, channel)


async def test_missing_permission_is_403_50013(emulator, api):
    guild = emulator.create_guild(bot_permissions=BOT_PERMISSIONS & ~Permissions.MANAGE_CHANNELS)
    status, body = await call(api, "POST", f"/guilds/{guild.id}/channels", json={"name": "x", "type": 0})
    assert (status, body["code"]) == (403, 50013)


async def test_category_holds_fifty_channels(emulator, api):
    guild = emulator.create_guild()
    category = await emulator.create_channel(guild, "full", type=ChannelType.GUILD_CATEGORY)
    for n in range(50):
        status, _ = await call(
            api, "POST", f"/guilds/{guild.id}/channels", json={"name": f"c{n}", "parent_id": str(category.id)}
        )
        assert status == 201
    status, body = await call(
        api, "POST", f"/guilds/{guild.id}/channels", json={"name": "one-more", "parent_id": str(category.id)}
    )
    assert (status, body["code"]) == (400, 50035)
    assert body["errors"]["parent_id"]["_errors"][0]["code"] == "CHANNEL_PARENT_MAX_CHANNELS"


async def test_message_limits_and_spec_violations(emulator, api):
    guild = emulator.create_guild()
    channel = await emulator.create_channel(guild, "general")
    too_long_id = {"type": 1, "components": [{"type": 2, "style": 1, "label": "x", "custom_id": "x" * 101}]}
    status, body = await call(api, "POST", f"/channels/{channel.id}/messages", json={"components": [too_long_id]})
    assert (status, body["code"]) == (400, 50035)
    status, body = await call(api, "POST", f"/channels/{channel.id}/messages", json={"content": "x" * 2001})
    assert (status, body["code"]) == (400, 50035)
    emulator.violations.clear()
    status, _ = await call(api, "POST", f"/channels/{channel.id}/messages", json={"embeds": [{"title": 5}]})
    assert status == 400 and emulator.violations and "title" in emulator.violations[0]
    emulator.violations.clear()


async def test_history_pages_newest_first_without_ephemeral_messages(emulator, api):
    guild = emulator.create_guild()
    channel = await emulator.create_channel(guild, "general")
    ids = []
    for n in range(120):
        _, body = await call(api, "POST", f"/channels/{channel.id}/messages", json={"content": str(n)})
        ids.append(int(body["id"]))
    _, page = await call(api, "GET", f"/channels/{channel.id}/messages", params={"limit": "50"})
    assert [int(m["id"]) for m in page] == ids[::-1][:50]
    _, older = await call(
        api, "GET", f"/channels/{channel.id}/messages", params={"limit": "100", "before": page[-1]["id"]}
    )
    assert [int(m["id"]) for m in older] == ids[::-1][50:]
    _, newer = await call(api, "GET", f"/channels/{channel.id}/messages", params={"limit": "5", "after": str(ids[9])})
    assert [int(m["id"]) for m in newer] == ids[10:15][::-1]


async def test_interaction_deadline_and_single_response(emulator, api):
    guild = emulator.create_guild()
    channel = await emulator.create_channel(guild, "general")
    member = await emulator.add_member(guild, "m")
    button = {"type": 1, "components": [{"type": 2, "style": 1, "label": "Go", "custom_id": "go"}]}
    _, body = await call(api, "POST", f"/channels/{channel.id}/messages", json={"content": "x", "components": [button]})
    message = channel.messages[int(body["id"])]

    late = await emulator.click(member, message)
    late.created_at -= 3.5
    status, body = await call(api, "POST", f"/interactions/{late.id}/{late.token}/callback", json={"type": 6})
    assert (status, body["code"]) == (404, 10062)

    twice = await emulator.click(member, message)
    ephemeral = {"type": 4, "data": {"content": "only you", "flags": 64}}
    status, _ = await call(api, "POST", f"/interactions/{twice.id}/{twice.token}/callback", json=ephemeral)
    assert status == 200
    status, body = await call(api, "POST", f"/interactions/{twice.id}/{twice.token}/callback", json=ephemeral)
    assert (status, body["code"]) == (400, 40060)
    assert all(m.content != "only you" for m in channel.history())


async def test_dms_to_members_who_closed_them_are_refused(emulator, api):
    user = emulator.create_user("private", accepts_dms=False)
    _, dm = await call(api, "POST", "/users/@me/channels", json={"recipient_id": str(user.id)})
    status, body = await call(api, "POST", f"/channels/{dm['id']}/messages", json={"content": "hi"})
    assert (status, body["code"]) == (403, 50007)


async def test_injected_faults_and_request_counts(emulator, api):
    guild = emulator.create_guild()
    emulator.fail("GET /guilds/{guild_id}", 500, times=2)
    assert (await call(api, "GET", f"/guilds/{guild.id}"))[0] == 500
    assert (await call(api, "GET", f"/guilds/{guild.id}"))[0] == 500
    assert (await call(api, "GET", f"/guilds/{guild.id}"))[0] == 200
    assert emulator.requests_per_route()["GET /guilds/{guild_id}"] == 3


async def test_every_request_is_checked_against_the_vendored_description(emulator):
    """The e2e suite's spec checks must never be silently off (as they were when the file lived outside the repo)."""
    assert emulator.spec is not None
    assert emulator.spec.template("/channels/123/messages") == "/channels/{channel_id}/messages"
    assert emulator.spec.check_request("POST", "/channels/1/messages", {}, {"embeds": [{"title": 5}]})


async def test_private_threads_show_only_to_their_members_and_thread_managers(emulator, api):
    guild = emulator.create_guild()
    helpers = emulator.create_role(guild, "Helpers", Permissions.MANAGE_THREADS)
    helper = await emulator.add_member(guild, "helper", helpers)
    alice, bob = await emulator.add_member(guild, "alice"), await emulator.add_member(guild, "bob")
    lobby = await emulator.create_channel(
        guild, "support", overwrites=[Overwrite(guild.id, 0, deny=Permissions.SEND_MESSAGES)]
    )
    status, thread = await call(api, "POST", f"/channels/{lobby.id}/threads", json={"name": "ticket-0001", "type": 12})
    assert status == 201 and thread["type"] == 12 and thread["owner_id"] == str(emulator.bot_user.id)
    assert thread["thread_metadata"]["archived"] is False and thread["parent_id"] == str(lobby.id)
    made = emulator.channels[int(thread["id"])]
    assert made.id in guild.threads and made.id not in guild.channels, "threads are not among the channels"
    assert not emulator.can_view(alice, made) and emulator.can_send(helper, made)

    assert (await call(api, "PUT", f"/channels/{made.id}/thread-members/{alice.id}"))[0] == 204
    assert emulator.can_send(alice, made), "a member may send in the thread though not in its channel"
    assert not emulator.can_view(bob, made)
    status, members = await call(api, "GET", f"/channels/{made.id}/thread-members")
    assert {m["user_id"] for m in members} == {str(emulator.bot_user.id), str(alice.id)}
    assert (await call(api, "DELETE", f"/channels/{made.id}/thread-members/{alice.id}"))[0] == 204
    assert not emulator.can_view(alice, made)
    assert emulator.violations == []


async def test_archived_and_locked_threads(emulator, api):
    guild = emulator.create_guild()
    alice = await emulator.add_member(guild, "alice")
    lobby = await emulator.create_channel(guild, "support")
    _, thread = await call(api, "POST", f"/channels/{lobby.id}/threads", json={"name": "t", "type": 12})
    made = emulator.channels[int(thread["id"])]
    await call(api, "PUT", f"/channels/{made.id}/thread-members/{alice.id}")
    status, body = await call(api, "PATCH", f"/channels/{made.id}", json={"archived": True, "locked": True})
    assert status == 200 and body["thread_metadata"] | {"archived": True, "locked": True} == body["thread_metadata"]
    assert emulator.can_view(alice, made) and not emulator.can_send(alice, made), "locked: read-only"
    status, body = await call(api, "PUT", f"/channels/{made.id}/thread-members/{alice.id}")
    assert (status, body["code"]) == (400, 50083)
    await call(api, "PATCH", f"/channels/{made.id}", json={"archived": False, "locked": False})
    await call(api, "PATCH", f"/channels/{made.id}", json={"archived": True})
    await emulator.post_message(alice, made, "back again")
    assert not made.archived, "a message unarchives an unlocked thread"

    plain = emulator.create_guild("Plain", bot_permissions=BOT_PERMISSIONS & ~Permissions.MANAGE_THREADS)
    room = await emulator.create_channel(plain, "room")
    _, other = await call(api, "POST", f"/channels/{room.id}/threads", json={"name": "t", "type": 12})
    status, body = await call(api, "PATCH", f"/channels/{other['id']}", json={"locked": True})
    assert (status, body["code"]) == (403, 50013), "locking takes Manage Threads"
    assert emulator.violations == []


async def test_a_deleted_channel_takes_its_threads_with_it(emulator, api):
    guild = emulator.create_guild()
    lobby = await emulator.create_channel(guild, "support")
    _, active = await call(api, "POST", f"/channels/{lobby.id}/threads", json={"name": "a", "type": 12})
    _, quiet = await call(api, "POST", f"/channels/{lobby.id}/threads", json={"name": "b", "type": 12})
    await emulator.archive_thread(emulator.channels[int(quiet["id"])])
    status, body = await call(api, "GET", f"/channels/{quiet['id']}")
    assert status == 200 and body["thread_metadata"]["archived"], "an archived thread still exists"
    assert (await call(api, "DELETE", f"/channels/{lobby.id}"))[0] == 200
    for thread in (active, quiet):
        status, body = await call(api, "GET", f"/channels/{thread['id']}")
        assert (status, body["code"]) == (404, 10003)
    assert not guild.threads
    assert emulator.violations == []


async def test_archived_private_threads_are_listed_newest_archived_first(emulator, api):
    guild = emulator.create_guild()
    lobby = await emulator.create_channel(guild, "support")
    made = []
    for name in ("a", "b", "c"):
        _, thread = await call(api, "POST", f"/channels/{lobby.id}/threads", json={"name": name, "type": 12})
        made.append(emulator.channels[int(thread["id"])])
    await emulator.archive_thread(made[1])
    await emulator.archive_thread(made[0])
    path = f"/channels/{lobby.id}/threads/archived/private"
    status, body = await call(api, "GET", path)
    assert status == 200 and [t["name"] for t in body["threads"]] == ["a", "b"] and not body["has_more"]
    assert len(body["members"]) == 2, "the bot's own memberships"
    before = body["threads"][0]["thread_metadata"]["archive_timestamp"]
    status, body = await call(api, "GET", path, params={"before": before, "limit": 2})
    assert [t["name"] for t in body["threads"]] == ["b"]

    plain = emulator.create_guild("Plain", bot_permissions=BOT_PERMISSIONS & ~Permissions.MANAGE_THREADS)
    room = await emulator.create_channel(plain, "room")
    status, body = await call(api, "GET", f"/channels/{room.id}/threads/archived/private")
    assert (status, body["code"]) == (403, 50013), "listing private archived threads takes Manage Threads"
    assert emulator.violations == []


async def test_guild_create_lists_active_threads_without_their_members(emulator, api):
    guild = emulator.create_guild()
    alice = await emulator.add_member(guild, "alice")
    lobby = await emulator.create_channel(guild, "support")
    made = []
    for name in ("active", "quiet"):
        _, thread = await call(api, "POST", f"/channels/{lobby.id}/threads", json={"name": name, "type": 12})
        made.append(emulator.channels[int(thread["id"])])
        await call(api, "PUT", f"/channels/{thread['id']}/thread-members/{alice.id}")
    await emulator.archive_thread(made[1])
    threads = guild.gateway_payload(emulator.bot_member(guild))["threads"]
    assert [t["name"] for t in threads] == ["active"], "archived threads are not among the active ones"
    assert not {"member", "members"} & set(threads[0]), "a reconnect's threads carry no member list"

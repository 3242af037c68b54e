"""SQLite's writer runs the transactions queued behind it together, each still on its own."""

import asyncio
import threading

import pytest

from core.errors import TicketLimitReached
from core.rules.policy import ACTIVE
from database import create_adapter
from tests.backends import fresh_database
from tests.database.contract.helpers import BIG, request
from tests.harness import wait_for


async def test_queued_transactions_keep_their_own_outcomes(tmp_path):
    """A burst runs in one hand-off: a refused reservation fails alone, a given-up one is never made."""
    async with fresh_database("sqlite", tmp_path) as url:
        db = create_adapter(url)
        await db.connect()
        try:
            first = asyncio.ensure_future(db.reserve_ticket(request(opener_id=7), 1))
            refused = asyncio.ensure_future(db.reserve_ticket(request(opener_id=7), 1))
            given_up = asyncio.ensure_future(db.reserve_ticket(request(opener_id=8), 1))
            other = asyncio.ensure_future(db.reserve_ticket(request(opener_id=9), 1))
            await asyncio.sleep(0)  # all four are queued; the writer has not run them yet
            given_up.cancel()
            with pytest.raises(TicketLimitReached):
                await refused
            with pytest.raises(asyncio.CancelledError):
                await given_up
            made = [await first, await other]
            stored = await db.list_tickets(ACTIVE, BIG)
            assert sorted(t.opener_id for t in stored) == [7, 9]
            assert sorted(t.number for t in stored) == sorted(t.number for t in made)
        finally:
            await db.close()


async def test_a_burst_of_transactions_is_committed_once(tmp_path):
    """Transactions queued together share one SQLite transaction, each in a savepoint: one commit, not one each."""
    async with fresh_database("sqlite", tmp_path) as url:
        db = create_adapter(url)
        await db.connect()
        statements: list[str] = []
        try:
            await db._writer.call(lambda connection: connection.set_trace_callback(statements.append))
            made = await asyncio.gather(*(db.reserve_ticket(request(opener_id=n), 1) for n in range(10, 15)))
            assert sorted(t.number for t in made) == [1, 2, 3, 4, 5]
            assert [s for s in statements if not s.startswith(("INSERT", "SELECT"))] == [
                "BEGIN IMMEDIATE",
                *["SAVEPOINT body", "RELEASE body"] * 5,
                "COMMIT",
            ]
        finally:
            await db.close()


async def test_a_batch_in_the_writers_thread_is_answered_when_the_drain_is_cancelled(tmp_path):
    """A drain cancelled (the bot stopping) while the writer's thread runs its batch still answers that batch."""
    async with fresh_database("sqlite", tmp_path) as url:
        db = create_adapter(url)
        await db.connect()
        gate = threading.Event()

        async def held(s):
            gate.wait(5)  # runs in the writer's thread, which it holds until the gate opens
            return await s.fetchone("SELECT 1")

        try:
            batch = [asyncio.ensure_future(db._transaction(held))]
            batch += [asyncio.ensure_future(db.reserve_ticket(request(opener_id=n), 1)) for n in (21, 22)]
            await asyncio.sleep(0)  # queued
            await wait_for(lambda: not db._queued, 5, "the writer's thread to take the batch")
            db._drainer.cancel()
            gate.set()
            held_row, *made = await asyncio.wait_for(asyncio.gather(*batch), 5)
            assert held_row == (1,) and sorted(t.opener_id for t in made) == [21, 22]
        finally:
            gate.set()
            await db.close()

"""``python bot.py db copy``: copy every record from one backend to another, written once against the adapter."""

from __future__ import annotations

import sys
from dataclasses import dataclass

from tqdm import tqdm

from core.errors import TicketBotError
from database import DatabaseAdapter, RecordKind, create_adapter
from database.base import Record

BATCH = 500


@dataclass(frozen=True, slots=True)
class CopyCount:
    """How many records of one kind the source had and the target has after the copy."""

    kind: RecordKind
    source: int
    target: int

    @property
    def matches(self) -> bool:
        """Whether the copy holds as many records as the source."""
        return self.source == self.target


async def copy_database(source: DatabaseAdapter, target: DatabaseAdapter, *, progress: bool = True) -> list[CopyCount]:
    """Copy every kind of record, keeping ids; existing records are replaced, so running twice changes nothing."""
    counts = []
    for kind in RecordKind:
        total = await source.count_records(kind)
        with tqdm(total=total, desc=kind.value, unit="rec", disable=not progress, file=sys.stderr) as bar:
            batch: list[Record] = []
            async for record in source.iter_records(kind):
                batch.append(record)
                if len(batch) == BATCH:
                    await target.import_records(kind, batch)
                    bar.update(len(batch))
                    batch = []
            await target.import_records(kind, batch)
            bar.update(len(batch))
        counts.append(CopyCount(kind, total, await target.count_records(kind)))
    return counts


async def copy_command(source_url: str, target_url: str) -> int:
    """Run a copy from the command line and print the per-table comparison; 0 when every count matches."""
    if source_url == target_url:
        raise TicketBotError("--from and --to are the same database.")
    source, target = create_adapter(source_url), create_adapter(target_url)
    await source.connect()
    try:
        await target.connect()
        try:
            counts = await copy_database(source, target)
        finally:
            await target.close()
    finally:
        await source.close()
    print(f"{'table':<15} {'source':>8} {'target':>8}")
    for count in counts:
        print(f"{count.kind.value:<15} {count.source:>8} {count.target:>8}{'' if count.matches else '  MISMATCH'}")
    ok = all(c.matches for c in counts)
    print("Copy complete: every count matches." if ok else "Copy finished with mismatched counts (see above).")
    return 0 if ok else 1

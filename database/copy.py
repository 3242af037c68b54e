"""``python bot.py db copy``: copy every record from one backend to another, written once against the adapter."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from tqdm import tqdm

from core.errors import CommandLineRefused, ConfigurationError
from database import DatabaseAdapter, RecordKind, create_adapter
from database.records import Record
from database.urls import check_database_url, redact_url


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
                if len(batch) == kind.page:
                    await target.import_records(kind, batch)
                    bar.update(len(batch))
                    batch = []
            await target.import_records(kind, batch)
            bar.update(len(batch))
        counts.append(CopyCount(kind, total, await target.count_records(kind)))
    return counts


async def copy_command(source_url: str, target_url: str) -> int:
    """Run a copy from the command line and print the per-table comparison; 0 when every count matches."""
    for option, url in (("--from", source_url), ("--to", target_url)):
        try:
            check_database_url(url)
        except ValueError as error:
            raise ConfigurationError(f"{option} {redact_url(url)}: {error}") from None
    if same_database(source_url, target_url):
        raise CommandLineRefused("--from and --to name the same database.")
    source_path = sqlite_path(source_url)
    if source_path is not None and not source_path.is_file():
        raise CommandLineRefused(f"--from: there is no SQLite database at {source_path.resolve()}; nothing was copied.")
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


def sqlite_path(url: str) -> Path | None:
    """Return the file a SQLite URL names, or None for another backend."""
    scheme, _, rest = url.partition("://")
    return Path(rest.removeprefix("/")) if scheme.lower() == "sqlite" else None


def same_database(first: str, second: str) -> bool:
    """Whether two URLs name one database, however they are spelled (relative and absolute paths, case of host)."""
    paths = sqlite_path(first), sqlite_path(second)
    if paths[0] is not None and paths[1] is not None:
        return paths[0].resolve() == paths[1].resolve()
    a, b = urlsplit(first), urlsplit(second)
    return (a.scheme.lower(), (a.hostname or "").lower(), a.port, a.path.strip("/")) == (
        b.scheme.lower(),
        (b.hostname or "").lower(),
        b.port,
        b.path.strip("/"),
    )

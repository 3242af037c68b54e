"""Storage refuses with codes, never sentences; the catalogs have a text for every code it raises."""

import re
from pathlib import Path

from core.errors import NotFoundError, StorageConflict, StorageNotFound, UserInputError
from core.i18n.catalogs import has

DATABASE = Path(__file__).resolve().parents[2] / "database"


def raised_codes():
    pattern = re.compile(r"raise (Storage\w+)\(\"(\w+)\"")
    return {code for path in DATABASE.rglob("*.py") for _, code in pattern.findall(path.read_text(encoding="utf-8"))}


def test_every_code_storage_raises_has_a_text():
    codes = raised_codes()
    assert codes >= {"type_name_taken", "ticket_not_pending"}
    assert all(has("error-" + code.replace("_", "-"), "en") for code in codes)


def test_storage_writes_no_sentences_into_its_errors():
    """Refusals the user reads are coded; only start-up and connection errors (for the operator) carry text."""
    for path in DATABASE.rglob("*.py"):
        for line in path.read_text(encoding="utf-8").splitlines():
            assert not re.search(r"raise (UserInputError|NotFoundError|TicketLimitReached)\(\s*f?\"", line), line


def test_coded_errors_are_caught_where_their_families_are_and_read_as_before():
    conflict = StorageConflict("type_name_taken", name="Billing 💳")
    missing = StorageNotFound("ticket_not_pending", ticket_id=7)
    assert isinstance(conflict, UserInputError) and isinstance(missing, NotFoundError)
    assert str(conflict) == "There is already a ticket type named “Billing 💳”."
    assert str(missing) == "Ticket 7 is not waiting for a channel."

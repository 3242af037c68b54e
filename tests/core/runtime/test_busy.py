"""The marks on tickets an operation is working on: counted, so overlapping operations each keep theirs."""

from core.runtime.services import Busy


def test_a_ticket_stays_busy_until_every_operation_on_it_gave_its_mark_back():
    busy = Busy()
    busy.add(7)  # a closer that lost the race to close
    busy.add(7)  # the closer doing the close
    busy.discard(7)  # the loser gives its mark back at once
    assert 7 in busy, "the close under way still holds its own mark"
    busy.discard(7)
    assert 7 not in busy and 8 not in busy

"""The dashboard's own origin, as browsers send it in ``Origin``, from the public URL as an operator types it."""

import pytest

from web.dashboard.admins import origin_of


@pytest.mark.parametrize(
    ("public_url", "sent"),
    [
        ("https://tickets.example.com", "https://tickets.example.com"),
        ("https://Tickets.Example.com/", "https://tickets.example.com"),
        ("HTTPS://tickets.example.com/base", "https://tickets.example.com"),
        ("https://tickets.example.com:443", "https://tickets.example.com"),
        ("http://tickets.example.com:80", "http://tickets.example.com"),
        ("http://tickets.example.com:8080", "http://tickets.example.com:8080"),
        ("https://tickets.example.com:80", "https://tickets.example.com:80"),
        ("http://[::1]:8080", "http://[::1]:8080"),
    ],
)
def test_the_origin_is_what_a_browser_sends(public_url: str, sent: str) -> None:
    assert origin_of(public_url) == sent

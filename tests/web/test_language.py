"""The web reader's language: Discord locale first, then Accept-Language by q-value, then English."""

from web.language import accepted, of_request


def test_accept_language_is_ranked_by_quality() -> None:
    assert accepted("fr;q=0.4, de-AT, es;q=0.9, *;q=0.1, it;q=0") == ["de-AT", "es", "fr"]


def test_a_signed_in_users_discord_locale_wins() -> None:
    assert of_request("de", "es") == "de"
    assert of_request("pt-BR", None) == "pt-BR"


def test_the_header_picks_the_best_catalog_language() -> None:
    assert of_request(None, "it, es-MX;q=0.8, en;q=0.5") == "es"
    assert of_request(None, "pt-BR") == "pt-BR"
    assert of_request(None, "ja") == "en"
    assert of_request(None, None) == "en"

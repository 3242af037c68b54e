import logging

from config.logging import Redactor

CALLBACK = (
    "POST https://discord.com/api/v10/interactions/1574/aW50ZXJhY3Rpb246MTU3NDpzZWNyZXQ.x-y_z/callback with "
    "{'type': 5, 'data': {'content': 'my password is hunter2', 'token': 'aW50ZXJhY3Rpb24'}} has returned 200"
)


def record(message, *args):
    return logging.LogRecord("discord.http", logging.DEBUG, __file__, 1, message, args, None)


def test_tokens_are_redacted_at_every_level_and_content_unless_asked():
    entry = record("%s", CALLBACK)
    assert Redactor(keep_content=False).filter(entry)
    text = entry.getMessage()
    assert "aW50ZXJhY3Rpb2" not in text and "hunter2" not in text
    assert "/interactions/1574/[token]/callback" in text and "'content': '[content]'" in text

    kept = record("%s", CALLBACK)
    Redactor(keep_content=True).filter(kept)
    assert "hunter2" in kept.getMessage() and "aW50ZXJhY3Rpb2" not in kept.getMessage()


def test_webhook_urls_and_json_payloads_are_redacted():
    entry = record('PATCH /webhooks/99/abc.def-ghi/messages/@original {"content": "it\'s \\"quoted\\"", "value": "x"}')
    Redactor(keep_content=False).filter(entry)
    assert (
        entry.getMessage()
        == "PATCH /webhooks/99/[token]/messages/@original {\"content\": '[content]', \"value\": '[content]'}"
    )


def test_transcript_link_keys_are_never_logged():
    link = "https://tickets.example/t/12?key=MTI.aBc-d_e.fGh"
    for keep_content in (False, True):
        entry = record("sent %s and %s", link, link.replace("?key", "&amp;x=1&key"))
        Redactor(keep_content=keep_content).filter(entry)
        assert "aBc-d_e" not in entry.getMessage() and "/t/12?key=[key]" in entry.getMessage()


def test_a_log_file_that_cannot_be_written_is_said_once_in_one_line(tmp_path, capsys):
    from config.logging import _file_handler
    from config.settings import LoggingSettings

    handler = _file_handler(LoggingSettings(file=tmp_path / "bot.log"))

    class Full:
        def write(self, text):
            raise OSError(28, "No space left on device")

        def flush(self):
            pass

        def seek(self, *where):
            return 0

        def tell(self):
            return 0

    handler.stream = Full()
    for _ in range(3):
        handler.handle(record("a record"))
    handler.stream = None
    handler.close()
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: logging.file: cannot write") and "No space" in lines[0]

"""A loopback TCP proxy whose connections a test can cut, to drop a database's connections mid-work."""

from __future__ import annotations

import asyncio
import contextlib


class TcpProxy:
    """Forwards 127.0.0.1:<port> to a target; ``drop_all`` closes every live connection at once."""

    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        self.port = 0
        self.drops = 0
        self._writers: set[asyncio.StreamWriter] = set()
        self._server: asyncio.Server | None = None
        self._lose_answer_to: bytes | None = None
        self.lost_answers = 0
        # Seconds each answer from the server is held back: a slow database.
        self.delay = 0.0

    def lose_answer_to(self, request_bytes: bytes) -> None:
        """Let the next request containing ``request_bytes`` reach the server, then cut the connection before its answer."""
        self._lose_answer_to = request_bytes

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        self.drop_all()
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()

    def drop_all(self) -> None:
        self.drops += 1
        for writer in list(self._writers):
            writer.transport.abort()
        self._writers.clear()

    async def _serve(self, client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter) -> None:
        try:
            server_reader, server_writer = await asyncio.open_connection(*self.target)
        except OSError:
            client_writer.transport.abort()
            return
        self._writers |= {client_writer, server_writer}
        armed = asyncio.Event()
        await asyncio.gather(
            self._pipe(client_reader, server_writer, watch=armed),
            self._pipe(server_reader, client_writer, cut_when=armed, other=server_writer),
        )

    async def _pipe(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        *,
        watch: asyncio.Event | None = None,
        cut_when: asyncio.Event | None = None,
        other: asyncio.StreamWriter | None = None,
    ) -> None:
        with contextlib.suppress(ConnectionError, OSError):
            while data := await reader.read(65536):
                if watch is not None and self._lose_answer_to is not None and self._lose_answer_to in data:
                    self._lose_answer_to = None
                    watch.set()
                if cut_when is not None and cut_when.is_set():
                    # The server answered the watched request: lose the answer and the connection.
                    await asyncio.sleep(0.05)
                    self.lost_answers += 1
                    assert other is not None
                    other.transport.abort()
                    break
                if cut_when is not None and self.delay:
                    await asyncio.sleep(self.delay)
                writer.write(data)
                await writer.drain()
        writer.transport.abort()
        self._writers.discard(writer)

"""A misbehaving HTTP server for the hostile-input tests, on 127.0.0.1 only.

Plain sockets rather than http.server, because the point is to send what a
well-behaved server never would: headers one byte at a time, a body that
drips, an archive whose header line never ends. Each connection has its own
thread, which stops when the client hangs up or the server is stopped.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator

# A route: the chunks to send, lazily, and the pause between them.
Route = Callable[[], Iterator[bytes]]


def drip(data: bytes, *, every: float) -> Iterator[bytes]:
    """`data` one byte at a time, `every` seconds apart."""
    for i in range(len(data)):
        yield data[i:i + 1]
        time.sleep(every)


def slow_headers() -> Iterator[bytes]:
    yield b"HTTP/1.1 200 OK\r\n"
    while True:  # a header that never ends
        yield from drip(b"X-Padding: " + b"a" * 64 + b"\r\n", every=0.05)


def slow_body() -> Iterator[bytes]:
    yield b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\n"
    while True:
        yield from drip(b"Russia will deliver S-300 systems to Iran. ", every=0.05)


def endless_body(content_type: bytes) -> Callable[[], Iterator[bytes]]:
    """A fast body with no Content-Length that never ends."""

    def route() -> Iterator[bytes]:
        yield b"HTTP/1.1 200 OK\r\nContent-Type: " + content_type + b"\r\nConnection: close\r\n\r\n"
        block = b"x" * 65536
        while True:
            yield block

    return route


def fixed(status: str, content_type: str, body: bytes) -> Route:
    def route() -> Iterator[bytes]:
        yield (f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n"
               "Connection: close\r\n\r\n").encode() + body

    return route


class HostileServer:
    """`with HostileServer(routes) as server: server.url("/path")`."""

    def __init__(self, routes: dict[str, Route]) -> None:
        self.routes = routes
        self.stopping = threading.Event()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.2)
        self.port = self.listener.getsockname()[1]
        self.thread = threading.Thread(target=self._accept, daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def __enter__(self) -> HostileServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        self.thread.join(timeout=5)
        self.listener.close()

    def _accept(self) -> None:
        while not self.stopping.is_set():
            try:
                conn, _ = self.listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(5)
            request = b""
            try:
                while b"\r\n\r\n" not in request and len(request) < 65536:
                    data = conn.recv(4096)
                    if not data:
                        return
                    request += data
                path = request.split(b" ", 2)[1].decode("ascii", "replace")
                route = self.routes.get(path, fixed("404 Not Found", "text/plain", b"not found"))
                for chunk in route():
                    if self.stopping.is_set():
                        return
                    conn.sendall(chunk)
            except OSError:
                return  # the client hung up, as it should on these routes

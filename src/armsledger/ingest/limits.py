"""Bounds that hold however slowly or strangely an input arrives.

`Deadline` is the wall-clock budget of one URL: connecting, the headers and
the body together. httpx's own read timeout restarts with every byte, so a
server sending one byte a second would never trip it; the deadline instead
shuts the connection's socket down from a timer thread, which wakes the
blocked read at once.

`HeaderLimits` caps the header lines and header blocks of WARC records.
"""

from __future__ import annotations

import socket
import threading
import time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx


class Deadline:
    """A total time budget for one fetch; `extensions()` goes on each request
    so that the watchdog can reach the socket the request opens."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.ends = time.monotonic() + seconds
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True
        self._timer.start()

    def remaining(self) -> float:
        return max(self.ends - time.monotonic(), 0.0)

    def passed(self) -> bool:
        return self.expired or time.monotonic() >= self.ends

    def timeout(self, connect: float) -> httpx.Timeout:
        """httpx timeouts no longer than what is left of the budget (at least a
        moment, as httpx takes 0 for no wait at all)."""
        import httpx  # here, not at the top: archives read from files need no HTTP client

        left = max(self.remaining(), 0.001)
        return httpx.Timeout(left, connect=min(connect, left))

    def extensions(self) -> dict[str, Any]:
        return {"trace": self._trace}

    def _trace(self, event: str, info: dict[str, Any]) -> None:
        if event == "connection.connect_tcp.complete":
            stream = info.get("return_value")
            sock = stream.get_extra_info("socket") if stream is not None else None
            if sock is not None:
                with self._lock:
                    self._sockets.append(sock)
                    late = self.expired
                if late:
                    self._shut(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            sockets = list(self._sockets)
        for sock in sockets:
            self._shut(sock)

    @staticmethod
    def _shut(sock: socket.socket) -> None:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass  # already closed: nothing left to wake

    def cancel(self) -> None:
        self._timer.cancel()

    def __enter__(self) -> Deadline:
        return self

    def __exit__(self, *exc: object) -> None:
        self.cancel()


# A WARC header line (and an HTTP header line inside a record) is a URI or a
# date: anything near 64 KB is damage or an attack. A record's whole header
# block, WARC and HTTP, is rarely over a few KB.
MAX_HEADER_LINE = 64 * 1024
MAX_HEADER_BLOCK = 1024 * 1024


class MalformedHeader(Exception):
    """A record header over the limits: the archive cannot be read past it."""


class HeaderLimits:
    """warcio's readline with a cap on each line and on the lines read since
    the last record began. warcio reads header lines without a limit, joining
    the pieces of a long line one by one, so that an endless line costs time
    growing with its square."""

    def __init__(self, readline) -> None:
        self._readline = readline
        self.read = 0

    def record_started(self) -> None:
        self.read = 0

    def __call__(self, length: int | None = None) -> bytes:
        cap = MAX_HEADER_LINE + 1 if not length or length > MAX_HEADER_LINE else length
        line = self._readline(cap)
        # warcio may stop short of `cap` at a buffer boundary: join the pieces,
        # which is cheap this side of the cap.
        while line and not line.endswith(b"\n") and len(line) < cap:
            more = self._readline(cap - len(line))
            if not more:
                break
            line += more
        if len(line) > MAX_HEADER_LINE and not line.endswith(b"\n"):
            raise MalformedHeader(f"a header line is longer than {MAX_HEADER_LINE // 1024} KB")
        self.read += len(line)
        if self.read > MAX_HEADER_BLOCK:
            raise MalformedHeader(f"a record header is longer than {MAX_HEADER_BLOCK // (1024 * 1024)} MB")
        return line

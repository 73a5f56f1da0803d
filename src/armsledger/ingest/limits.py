"""Bounds that hold however slowly or strangely an input arrives.

`Deadline` is the wall-clock budget of one URL: connecting, the headers and
the body together. httpx's own read timeout restarts with every byte, so a
server sending one byte a second would never trip it; the deadline instead
shuts the connection's socket down from a timer thread, which wakes the
blocked read at once.
"""

from __future__ import annotations

import socket
import threading
import time
from typing import Any

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

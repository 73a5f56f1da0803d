"""Webhooks: each alert POSTed as JSON, signed, retried with backoff.

The receiver checks `X-Armsledger-Signature: sha256=HEX`, the HMAC-SHA256 of
the request body under the shared secret, and may use
`X-Armsledger-Alert` (the alert's id) to drop a repeat after a crash.
The URL is checked as fetching checks it (no private, loopback or cloud
metadata addresses unless allowed, the checked address pinned for the
connection), and redirects are not followed: a webhook that moved is
reported, not chased.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from ..errors import InputError
from ..ingest import IngestConfig
from ..ingest.http import check_url

SIGNATURE_HEADER = "X-Armsledger-Signature"
ALERT_HEADER = "X-Armsledger-Alert"
# Worth another try at once; any other answer waits for the next cycle.
RETRYABLE = {408, 425, 429, 500, 502, 503, 504}


def sign(secret: str, body: bytes) -> str:
    """The signature header's value for a body."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def verify(secret: str, body: bytes, header: str | None) -> bool:
    """Whether a signature header is right for a body (for receivers and tests)."""
    return bool(header) and hmac.compare_digest(sign(secret, body), header)


@dataclass(slots=True, kw_only=True)
class WebhookConfig:
    allow_private: bool = False
    timeout: float = 10.0
    attempts: int = 3  # tries per alert in one cycle
    backoff: float = 1.0  # seconds before the second try, doubled for each next
    user_agent: str = "armsledger-watch"


class WebhookError(Exception):
    def __init__(self, message: str, *, retryable: bool) -> None:
        super().__init__(message)
        self.retryable = retryable


class Webhook:
    """One webhook URL with its secret."""

    def __init__(self, url: str, secret: str, config: WebhookConfig | None = None,
                 *, sleep: Callable[[float], None] = time.sleep) -> None:
        self.url = url
        self.secret = secret
        self.config = config or WebhookConfig()
        self.sleep = sleep
        self.client = httpx.Client(timeout=self.config.timeout, follow_redirects=False, trust_env=False,
                                   limits=httpx.Limits(max_keepalive_connections=0))

    def close(self) -> None:
        self.client.close()

    def deliver(self, alert: dict[str, Any], *, retry: bool = True) -> tuple[bool, int, str | None]:
        """POST one alert: (delivered, attempts made, the last error)."""
        body = json.dumps(alert, ensure_ascii=False, sort_keys=True).encode("utf-8")
        attempts = self.config.attempts if retry else 1
        error = None
        for attempt in range(1, attempts + 1):
            try:
                self._post(body, alert.get("id") or "")
                return True, attempt, None
            except WebhookError as exc:
                error = str(exc)
                if not exc.retryable or attempt == attempts:
                    return False, attempt, error
                self.sleep(self.config.backoff * 2 ** (attempt - 1))
        return False, attempts, error

    def _post(self, body: bytes, alert_id: str) -> None:
        try:
            address = check_url(self.url, IngestConfig(allow_private=self.config.allow_private))
        except InputError as exc:
            raise WebhookError(exc.reason, retryable=False) from exc
        target = httpx.URL(self.url)
        headers = {
            "Host": target.netloc.decode("ascii").rsplit("@", 1)[-1],
            "Content-Type": "application/json",
            "User-Agent": self.config.user_agent,
            SIGNATURE_HEADER: sign(self.secret, body),
            ALERT_HEADER: alert_id,
        }
        extensions = {"sni_hostname": target.host} if target.scheme == "https" else {}
        request = self.client.build_request("POST", target.copy_with(host=address), content=body,
                                            headers=headers, extensions=extensions)
        try:
            response = self.client.send(request)
        except httpx.TimeoutException as exc:
            raise WebhookError(f"timed out after {self.config.timeout:g} s", retryable=True) from exc
        except httpx.HTTPError as exc:
            raise WebhookError(f"request failed ({type(exc).__name__})", retryable=True) from exc
        if 200 <= response.status_code < 300:
            return
        raise WebhookError(f"answered HTTP {response.status_code}", retryable=response.status_code in RETRYABLE)

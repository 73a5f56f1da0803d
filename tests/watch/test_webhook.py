"""Webhooks against a receiver on 127.0.0.1: retried with backoff, each alert
taken exactly once and signed; kept for the next cycle while the receiver is
down; refused for private addresses unless allowed, as fetching is."""

from __future__ import annotations

import pytest

from armsledger.watch import SIGNATURE_HEADER, WebhookConfig, parse_rules, verify
from armsledger.watch.webhook import Webhook

from .conftest import make_watcher
from .feedsite import WebhookReceiver

SECRET = "correct horse battery staple"
RULES = """\
rules:
  - name: arms-to-embargoed-states
    recipient: arms-embargo
    type: [AGREEMENT, DELIVERY]
    outputs:
      - webhook: {url}
        secret_env: HOOK_SECRET
"""


def _rules(receiver):
    return parse_rules(RULES.format(url=receiver.url), environ={"HOOK_SECRET": SECRET})


def _feed(site):
    site.add_example("xinhua-2016-10-13-russia-completes-s300-deliveries.txt", "2016-10-13")
    site.add_example("yonhap-2023-10-14-nk-munitions-russia.txt", "2023-10-14")


def test_webhook_failing_twice_then_succeeding_gets_each_alert_once_signed(site, tmp_path, open_stores, nlp):
    _feed(site)
    with WebhookReceiver(fail_first=2) as receiver:
        rules = _rules(receiver)
        watcher = make_watcher(open_stores(str(tmp_path / "ledger.db")), rules, [site.feed_url])
        report = watcher.cycle()
        assert len(report.alerts) >= 2 and report.pending == 0 and not report.delivery_errors
        got = [r.json()["id"] for r in receiver.received]
        assert got == [a["id"] for a in report.alerts]  # each once, in firing order
        assert receiver.attempts == len(report.alerts) + 2
        for request in receiver.received:
            signature = request.headers[SIGNATURE_HEADER]
            assert signature.startswith("sha256=") and verify(SECRET, request.body, signature)
            assert not verify("another secret", request.body, signature)
            assert request.headers["X-Armsledger-Alert"] == request.json()["id"]
            assert request.json()["evidence"]["sentence"] and request.json()["rule"] == "arms-to-embargoed-states"

        restarted = make_watcher(open_stores(str(tmp_path / "ledger.db")), rules, [site.feed_url])
        assert restarted.cycle().delivered == 0
        assert len(receiver.received) == len(report.alerts)


def test_webhook_down_for_a_cycle_gets_its_alerts_on_the_next(site, tmp_path, open_stores, nlp):
    _feed(site)
    with WebhookReceiver(fail_first=1000) as receiver:
        rules = _rules(receiver)
        watcher = make_watcher(open_stores(str(tmp_path / "ledger.db")), rules, [site.feed_url])
        first = watcher.cycle()
        assert first.alerts and first.pending == len(first.alerts) and receiver.received == []
        assert "answered HTTP 503" in first.delivery_errors[0]
        assert receiver.attempts == 3  # the first alert, tried three times; the rest wait behind it

        receiver.failures_left = 0
        second = make_watcher(open_stores(str(tmp_path / "ledger.db")), rules, [site.feed_url]).cycle()
        assert second.alerts == [] and second.delivered == len(first.alerts) and second.pending == 0
        assert [r.json()["id"] for r in receiver.received] == [a["id"] for a in first.alerts]


def test_webhook_to_loopback_is_refused_unless_allowed(site, tmp_path, open_stores, nlp):
    _feed(site)
    with WebhookReceiver() as receiver:
        from armsledger.ingest import IngestConfig
        from armsledger.watch import Watcher

        store = open_stores(str(tmp_path / "ledger.db"))
        watcher = Watcher(store, _rules(receiver), [site.feed_url],
                          ingest_config=IngestConfig(allow_private=True, timeout=10.0),
                          webhook_config=WebhookConfig(allow_private=False, backoff=0.01))
        report = watcher.cycle()
        assert report.alerts and report.pending == len(report.alerts) and receiver.attempts == 0
        assert "127.0.0.1 is a loopback address" in report.delivery_errors[0]


@pytest.mark.parametrize("url", ["http://169.254.169.254/latest/meta-data/", "http://[::ffff:169.254.169.254]/",
                                 "http://100.100.100.200/hook", "file:///etc/passwd"])
def test_webhook_never_posts_to_metadata_addresses(url):
    hook = Webhook(url, SECRET, WebhookConfig(allow_private=True, backoff=0.0))
    delivered, attempts, error = hook.deliver({"id": "x"})
    hook.close()
    assert not delivered and attempts == 1 and error

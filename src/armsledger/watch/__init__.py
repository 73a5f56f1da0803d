"""Watch feeds and alert on what matters: rules, matching, outputs, the poll loop.

    from armsledger.watch import Watcher, load_rules
    watcher = Watcher(store, load_rules("rules.yaml"), ["https://example.org/feed.xml"])
    watcher.baseline()
    watcher.run(every=900)
"""

from .rules import Output, Rule, RulesError, load_rules, parse_rules
from .watcher import CycleReport, Watcher, parse_interval
from .webhook import SIGNATURE_HEADER, WebhookConfig, sign, verify

__all__ = ["CycleReport", "Output", "Rule", "RulesError", "SIGNATURE_HEADER", "Watcher", "WebhookConfig",
           "load_rules", "parse_interval", "parse_rules", "sign", "verify"]

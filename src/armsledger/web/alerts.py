"""The alerts page: what `armsledger watch` fired, newest first, each with
its rule, evidence and links to the deal and the document (read-only)."""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from fastapi import Query, Request
from fastapi.routing import APIRouter
from pydantic import AfterValidator, BeforeValidator

from ..store import alerts as memory
from .models import Links, Open, PageOut
from .params import IdParam, PageNo, PerPage, _blank
from .views import page_links, twin, wants_json

router = APIRouter()
KINDS = ("event", "status_change", "contradiction")


def _rule_name(value: str | None) -> str | None:
    if value is not None and not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_. -]{0,99}", value):
        raise ValueError("must be a rule name, as in the rules file")
    return value


RuleParam = Annotated[str | None, BeforeValidator(_blank), AfterValidator(_rule_name),
                      Query(description="Only alerts of this rule.")]
KindParam = Annotated[Literal["event", "status_change", "contradiction"] | None, BeforeValidator(_blank),
                      Query(description="Only alerts of this kind: event, status_change or contradiction.")]


class AlertOut(Open):
    """An alert as the watch's outputs sent it, with its deliveries."""

    id: str
    rule: str
    kind: str
    fired_at: str
    summary: str
    evidence: dict
    source: dict
    links: dict
    deliveries: dict[str, int]


class AlertsOut(PageOut[AlertOut]):
    filters: dict
    rules: list[str]
    links: Links


@twin(router, "/alerts", name="alerts", model=AlertsOut, summary="Alerts fired by `armsledger watch`")
def alerts_view(request: Request, rule: RuleParam = None, kind: KindParam = None,
                deal: Annotated[IdParam, Query(description="Only alerts about this deal.")] = None,
                page: PageNo = 1, per_page: PerPage = 50):
    """The alerts `armsledger watch` recorded, newest first: the rule that
    fired, the event or deal change, its evidence sentence and source, and
    how many of its deliveries are done or pending."""
    store = request.app.state.store
    total, items = memory.list_alerts(store, rule=rule, kind=kind, deal=deal, page=page, per_page=per_page)
    pages = max(1, -(-total // per_page))
    filters: dict[str, Any] = {k: v for k, v in (("rule", rule), ("kind", kind), ("deal", deal)) if v}
    data = {"total": total, "page": page, "per_page": per_page, "pages": pages, "items": items,
            "filters": filters, "rules": memory.alert_rules(store), "links": page_links(request, page, pages)}
    if wants_json(request):
        return data
    return request.app.state.render(request, "alerts.html", data, kinds=KINDS)

"""The alerts page and its JSON twin, over alerts a real watch cycle fired,
on SQLite and PostgreSQL: read-only, linked to the deal and the evidence."""

from __future__ import annotations

import pytest

from armsledger.watch import parse_rules

from .conftest import make_watcher

RULES = """\
rules:
  - name: arms-to-embargoed-states
    recipient: [arms-embargo]
    type: [AGREEMENT, DELIVERY]
    outputs: [{{jsonl: {jsonl}}}]
  - name: deal-delivered
    status_change: {{to: DELIVERY}}
    outputs: [{{jsonl: {jsonl}}}]
"""


@pytest.fixture
def client(site, db_url, tmp_path, open_stores, nlp):
    pytest.importorskip("fastapi")
    from armsledger.web import create_app

    from ..web.conftest import Client

    site.add_example("xinhua-2016-10-13-russia-completes-s300-deliveries.txt", "2016-10-13")
    site.add_example("yonhap-2023-10-14-nk-munitions-russia.txt", "2023-10-14")
    watcher = make_watcher(open_stores(db_url), parse_rules(RULES.format(jsonl=tmp_path / "a.jsonl")),
                           [site.feed_url])
    fired = watcher.cycle().alerts
    assert fired
    app = create_app(open_stores(db_url), annotate=False)
    test_client = Client(app)
    test_client.fired = fired
    yield test_client
    test_client.close()


def test_alerts_page_json_lists_what_fired_newest_first(client):
    data = client.get("/alerts.json").json()
    assert data["total"] == len(client.fired) and data["rules"] == ["arms-to-embargoed-states"]
    assert [a["id"] for a in data["items"]] == [a["id"] for a in reversed(client.fired)]
    for alert in data["items"]:
        assert alert["deliveries"] == {"delivered": 1, "pending": 0}
        assert alert["evidence"]["sentence"] and alert["source"]["url"]
        document = alert["links"]["document"]
        assert client.get(document.split("#")[0]).status_code == 200
        for deal in alert["links"]["deals"]:
            assert client.get(deal + ".json").json()["id"] == deal.rsplit("/", 1)[1]

    one = client.get("/alerts.json", params={"per_page": 1, "rule": "arms-to-embargoed-states"}).json()
    assert one["pages"] == len(client.fired) and one["links"]["next"]
    assert client.get("/alerts.json", params={"kind": "status_change"}).json()["total"] == 0


def test_alerts_page_html_links_to_deal_and_evidence(client):
    page = client.get("/alerts")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    html = page.text
    assert 'href="/alerts.json"' in html and 'aria-current="page">Alerts' in html
    for alert in client.fired:
        assert f'id="alert-{alert["id"]}"' in html
        assert f'href="{alert["links"]["document"]}"' in html
        for deal in alert["links"]["deals"]:
            assert f'href="{deal}"' in html
    assert "recipient under EU arms embargo" in html


@pytest.mark.parametrize("query", ["kind=nonsense", "rule=%3Cscript%3E", "page=0", "per_page=100000"])
def test_alerts_page_bad_parameters_are_422(client, query):
    response = client.get(f"/alerts.json?{query}")
    assert response.status_code == 422 and response.json()["error"] == "invalid parameters"


def test_alerts_page_is_read_only(client):
    assert client.request("POST", "/alerts.json").status_code == 405
    assert client.request("DELETE", "/alerts").status_code == 405

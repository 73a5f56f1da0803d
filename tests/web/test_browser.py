"""The UI in headless Chromium (Debian's package, driven by Playwright)
against a uvicorn server on the example ledger: list, filter, open a deal,
read its timeline and evidence, follow it to the document, search.
Screenshots go to the folder printed at the end of the run
(`ARMSLEDGER_SCREENSHOTS=docs/screenshots` refreshes the README's)."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.usefixtures("browser")


def _shot(page, screenshots, name: str, *, full_page: bool = True) -> None:
    page.screenshot(path=str(screenshots / f"{name}.png"), full_page=full_page)


def test_deals_list_filter_and_deal_page(page, server, screenshots):
    page.goto(f"{server.url}/deals")
    assert page.title().startswith("Deals")
    total = int(page.inner_text("#deal-count"))
    rows = page.locator("table.deals tbody tr")
    assert total > 0 and rows.count() == min(total, 50)
    _shot(page, screenshots, "deals")

    # Filter by the first supplier the form offers, as a person would.
    supplier = page.locator("select[name=supplier] option").nth(1)
    code, label = supplier.get_attribute("value"), supplier.inner_text()
    page.select_option("select[name=supplier]", code)
    page.click("#deal-filters button[type=submit]")
    page.wait_for_url(re.compile(rf"supplier={code}"))
    filtered = int(page.inner_text("#deal-count"))
    assert 0 < filtered <= total
    suppliers = page.locator("table.deals tbody tr td:first-child").all_inner_texts()
    assert suppliers and all(s.strip() == label.split(" (")[0] for s in suppliers)
    assert page.locator("a.chip", has_text=f"supplier: {code}").count() == 1
    _shot(page, screenshots, "deals-filtered")

    # Open a deal: timeline drawn on the server, evidence with the trigger marked.
    page.locator("a.deal-link").first.click()
    page.wait_for_url(re.compile(r"/deals/[0-9a-f]+$"))
    timeline = page.locator("svg.timeline")
    assert timeline.is_visible()
    steps = page.locator("svg.timeline a.tl-step")
    assert steps.count() >= 1
    assert page.locator("article.step").count() >= 1
    first_card = page.locator("figure.evidence-card").first
    assert first_card.locator("mark.hl-trigger").count() >= 1
    assert int(page.inner_text("#source-count")) >= 1
    assert page.locator("aside.sources tbody tr").count() >= 1

    # A mark of the timeline leads to its step.
    steps.last.click()
    assert re.search(r"#step-\d+$", page.url)
    assert page.locator("article.step:target").count() == 1
    assert page.console_errors == [], page.console_errors


def test_the_best_sourced_deal_page(page, server, screenshots):
    """The deal with most independent sources: the README's screenshot."""
    page.goto(f"{server.url}/deals?sort=-sources")
    page.locator("a.deal-link").first.click()
    page.wait_for_url(re.compile(r"/deals/[0-9a-f]+$"))
    assert page.locator("svg.timeline circle").count() >= 1
    evidence = page.locator("figure.evidence-card blockquote").first.inner_text()
    assert len(evidence) > 20
    # Parties are marked in the evidence as well as the trigger.
    assert page.locator("figure.evidence-card mark.hl-party").count() >= 1
    page.set_viewport_size({"width": 1400, "height": 1400})
    _shot(page, screenshots, "deal", full_page=False)
    _shot(page, screenshots, "deal-full")
    assert page.console_errors == [], page.console_errors


def test_from_evidence_to_the_document(page, server, screenshots):
    page.goto(f"{server.url}/deals?sort=-sources")
    page.locator("a.deal-link").first.click()
    page.locator("figure.evidence-card a", has_text="in the document").first.click()
    page.wait_for_url(re.compile(r"/documents/[0-9a-f]+#ev-[0-9a-f]+$"))
    anchor = page.url.rsplit("#", 1)[1]
    assert page.locator(f".doctext #{anchor}").count() == 1
    text = page.locator(".doctext")
    assert text.locator("mark.hl-trigger").count() >= 1
    assert text.locator("mark.hl-system").count() >= 1
    assert text.locator(".evidence").count() >= 1
    assert page.locator(".doc-events .ev").count() >= 1
    _shot(page, screenshots, "document")

    # The legend switches a kind of highlight off, without any script.
    mark = text.locator("mark.hl-system").first
    before = mark.evaluate("m => getComputedStyle(m).backgroundColor")
    page.click("label[for=show-system]")
    after = mark.evaluate("m => getComputedStyle(m).backgroundColor")
    assert before != after and after in ("rgba(0, 0, 0, 0)", "transparent")
    assert page.console_errors == [], page.console_errors


def test_search_and_countries(page, server, screenshots):
    page.goto(f"{server.url}/")
    page.fill("header input[name=q]", "S-300")
    page.press("header input[name=q]", "Enter")
    page.wait_for_url(re.compile(r"/search\?q=S-300"))
    hits = page.locator(".hit")
    assert hits.count() >= 1
    assert page.locator(".snippet mark").count() >= 1
    _shot(page, screenshots, "search")
    hits.first.locator("h3 a").click()
    page.wait_for_url(re.compile(r"/documents/[0-9a-f]+$"))

    page.goto(f"{server.url}/countries")
    assert page.locator("svg.flows").count() == 1
    page.locator("table.countries tbody a").first.click()
    page.wait_for_url(re.compile(r"/countries/[A-Z]+$"))
    assert page.locator("svg.flows").is_visible()
    _shot(page, screenshots, "country")
    page.goto(f"{server.url}/")
    _shot(page, screenshots, "home")
    assert page.console_errors == [], page.console_errors


def test_pages_work_without_javascript(browser, server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{server.url}/deals")
    page.select_option("select[name=status]", index=1)
    page.click("#deal-filters button[type=submit]")
    assert "status=" in page.url
    page.goto(f"{server.url}/deals?sort=-sources")
    page.locator("a.deal-link").first.click()
    assert page.locator("svg.timeline").is_visible()
    context.close()

"""The register view in headless Chromium: register columns, filters by
several values and by name, the empty search, a 400 px wide screen, the
keyboard alone, and the contrast of the stage colours."""

from __future__ import annotations

import re

import pytest

from armsledger.web.svg import STAGE_COLOURS

pytestmark = pytest.mark.usefixtures("browser")


def _luminance(rgb: tuple[float, float, float]) -> float:
    def channel(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: tuple[float, float, float], b: tuple[float, float, float]) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _rgb(css: str) -> tuple[float, float, float] | None:
    """(r, g, b) of a computed CSS colour; None when it is fully transparent."""
    numbers = [float(n) for n in re.findall(r"[\d.]+", css)]
    if len(numbers) == 4 and numbers[3] == 0:
        return None
    return tuple(numbers[:3])


def test_stage_colours_of_the_diagrams_reach_4_5_to_1():
    white = (255, 255, 255)
    for stage, colour in STAGE_COLOURS.items():
        rgb = tuple(int(colour[i:i + 2], 16) for i in (1, 3, 5))
        assert contrast(rgb, white) >= 4.5, (stage, colour)


def test_stage_labels_on_pages_reach_4_5_to_1(page, server):
    checked = 0
    for path in ("/deals", "/events?per_page=200"):
        page.goto(f"{server.url}{path}")
        styles = page.eval_on_selector_all(
            ".stage", "els => els.map(e => [e.className, getComputedStyle(e).color, getComputedStyle(e).backgroundColor])")
        for name, colour, background in styles:
            ink = _rgb(colour)
            ground = _rgb(background) or (255, 255, 255)
            assert contrast(ink, ground) >= 4.5, (name, colour, background)
            checked += 1
    assert checked > 20


def test_deals_table_shows_the_register_columns(page, server):
    page.goto(f"{server.url}/deals?system=S300")
    headers = [h.strip().lower() for h in page.locator("table.deals thead th").all_inner_texts()]
    for name in ("designation", "ordered", "no. ordered", "no. delivered", "delivered", "value", "status"):
        assert any(h.startswith(name) for h in headers), (name, headers)
    row = page.locator("table.deals tbody tr").first
    cells = [c.strip() for c in row.locator("td").all_inner_texts()]
    # The delivery years the register derives (tested against the timeline in test_register_web.py).
    (deal,) = page.request.get(f"{server.url}/deals.json?system=S300").json()["items"]
    delivered = "; ".join(str(year) for year in deal["register"]["delivery_years"])
    assert cells[2].startswith("S-300") and cells[3] == "2007" and "USD" in cells[7]
    assert cells[6] == delivered and "2016" in delivered
    assert page.locator("th[aria-sort]").count() >= 8


def test_filters_take_several_values_and_names(page, server):
    page.goto(f"{server.url}/deals?supplier=Russia&supplier=FRA")
    assert page.locator("a.chip", has_text="supplier: RUS").count() == 1
    assert page.locator("a.chip", has_text="supplier: FRA").count() == 1
    suppliers = {s.strip() for s in page.locator("table.deals tbody tr td:first-child").all_inner_texts()}
    assert suppliers == {"Russia", "France"}
    selected = page.eval_on_selector("select[name=supplier]",
                                     "s => Array.from(s.selectedOptions).map(o => o.value)")
    assert sorted(selected) == ["FRA", "RUS"]
    # Removing one value keeps the other.
    page.locator("a.chip", has_text="supplier: FRA").click()
    page.wait_for_url(re.compile(r"supplier=RUS"))
    assert {s.strip() for s in page.locator("table.deals tbody tr td:first-child").all_inner_texts()} == {"Russia"}
    page.goto(f"{server.url}/deals?system=Rusia-300")
    assert page.locator("h1").first.inner_text() and "did you mean" in page.content()


def test_empty_search_from_the_header_shows_the_search_page(page, server):
    page.goto(f"{server.url}/deals")
    page.fill("header input[name=q]", "")
    page.locator("header form.search button").click()
    page.wait_for_url(re.compile(r"/search"))
    assert page.locator("form.bigsearch").count() == 1 and not page.console_errors
    page.fill("form.bigsearch input[name=q]", "S300")
    page.locator("form.bigsearch button").click()
    page.wait_for_url(re.compile(r"q=S300"))
    assert page.locator(".deal-hits a.deal-link").count() >= 1
    assert page.locator(".hit").count() >= 1


@pytest.mark.parametrize("path", ["/", "/deals", "/deals?system=S300", "/countries", "/search?q=Russia",
                                  "/events", "/documents", "DEAL", "DOCUMENT", "COUNTRY"])
def test_a_400px_screen_never_scrolls_the_page_sideways(browser, server, path):
    context = browser.new_context(viewport={"width": 400, "height": 800})
    page = context.new_page()
    try:
        if path in ("DEAL", "DOCUMENT", "COUNTRY"):
            page.goto(f"{server.url}/deals?system=S300")
            link = {"DEAL": "a.deal-link", "DOCUMENT": None, "COUNTRY": "table.deals a.country"}[path]
            if path == "DOCUMENT":
                page.locator("a.deal-link").first.click()
                link = "a[href^='/documents/']"
            page.locator(link).first.click()
            page.wait_for_load_state()
        else:
            page.goto(f"{server.url}{path}")
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 400, (path, page.url, width)
    finally:
        context.close()


def test_the_keyboard_alone_reaches_the_first_deal(page, server):
    page.goto(f"{server.url}/deals")
    first = page.locator("a.deal-link").first.get_attribute("href")
    presses = 0
    while presses < 12:
        page.keyboard.press("Tab")
        presses += 1
        focused = page.evaluate("[document.activeElement.className, document.activeElement.textContent]")
        if "skip-link" in focused[0] and "deals" in focused[1]:
            page.keyboard.press("Enter")
            break
    else:
        pytest.fail("no skip link to the deals")
    while presses < 12:
        page.keyboard.press("Tab")
        presses += 1
        if page.evaluate("document.activeElement.classList.contains('deal-link')"):
            break
    else:
        pytest.fail("the first deal is not reached in 12 key presses")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("", "none")  # the focus is visible
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(re.escape(first) + "$"))


def test_highlight_toggles_show_keyboard_focus_and_labels_are_hidden_from_screen_readers(page, server):
    page.goto(f"{server.url}/deals?system=S300")
    page.locator("a.deal-link").first.click()
    page.locator("a[href^='/documents/']").first.click()
    assert page.locator(".hl-label").count() > 0
    assert page.locator(".hl-label:not([aria-hidden=true])").count() == 0
    page.focus("input.toggle")
    page.keyboard.press("Tab")
    page.keyboard.press("Shift+Tab")
    toggle = page.evaluate("document.activeElement.id")
    assert toggle.startswith("show-")
    outline = page.eval_on_selector(f"label[for={toggle}]", "l => getComputedStyle(l).outlineStyle")
    assert outline not in ("", "none")

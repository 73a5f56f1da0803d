"""Diagrams drawn on the server as SVG: a deal's timeline, arms flows.

Self-contained (presentation attributes, no stylesheet or script), so an
SVG reads the same inline in a page, opened alone, or saved; every text is
escaped; every mark links to what it stands for.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from typing import Any

from markupsafe import Markup, escape

from .names import country_name

FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
INK, MUTED, RULE = "#1f2933", "#616e7c", "#cbd2d9"
STAGE_COLOURS = {
    "INTEREST": "#64748b", "NEGOTIATION": "#52606d",
    "APPROVAL": "#1c64f2", "AGREEMENT": "#1a56db", "PRODUCTION": "#6741d9",
    "DELIVERY": "#057a55",
    "SUSPENSION": "#e02424", "CANCELLATION": "#9b1c1c", "RESUMPTION": "#b45309",
    "VISIT": "#8e44ad", "MEETING": "#8e44ad", "COOPERATION_AGREEMENT": "#8e44ad", "EXERCISE": "#8e44ad",
}


def stage_colour(event_type: str) -> str:
    return STAGE_COLOURS.get(event_type, INK)


def _text_width(text: str, size: float = 12) -> float:
    return len(text) * size * 0.56


def fractional_year(when: str | None) -> float | None:
    """2015.5 for "2015", 2015.29 for "2015-04", the day's place for a date."""
    if not when:
        return None
    try:
        year = int(when[:4])
        if len(when) >= 10:
            day = dt.date.fromisoformat(when[:10]).timetuple().tm_yday
            return year + (day - 0.5) / 366
        if len(when) >= 7:
            return year + (int(when[5:7]) - 0.5) / 12
        return year + 0.5
    except ValueError:
        return None


def _marker(x: float, y: float, modality: str, colour: str, r: float = 7) -> str:
    """Filled: asserted; ring: planned; dashed ring: speculated; crossed: negated."""
    if modality == "ASSERTED":
        return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r}" fill="{colour}" stroke="#fff" stroke-width="1.5"/>'
    if modality == "PLANNED":
        return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r - 1}" fill="#fff" stroke="{colour}" stroke-width="3"/>'
    if modality == "SPECULATED":
        return (f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r - 1}" fill="#fff" stroke="{colour}" '
                f'stroke-width="2.5" stroke-dasharray="3 2.2"/>')
    d = r * 0.6
    return (f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r - 1}" fill="#fff" stroke="{colour}" stroke-width="2"/>'
            f'<path d="M{x - d:.1f},{y - d:.1f}L{x + d:.1f},{y + d:.1f}M{x - d:.1f},{y + d:.1f}L{x + d:.1f},{y - d:.1f}" '
            f'stroke="{colour}" stroke-width="2"/>')


def _ticks(lo: int, hi: int) -> list[int]:
    span = hi - lo
    step = next(s for s in (1, 2, 5, 10, 20, 50, 100) if span / s <= 14)
    return [y for y in range(lo, hi + 1) if y % step == 0]


def timeline_svg(steps: list[dict[str, Any]], *, width: int = 960, title: str = "",
                 max_rows: int = 7) -> Markup:
    """A deal's lifecycle: one marker per step on a time axis (shape by
    modality, colour by stage), labelled, each linking to `#step-N`.
    A step with no time of its own sits at the date it was first reported
    (its label in italics); one with neither sits after the axis."""
    left, right = 24, 24
    # An undated step is drawn where fusion orders it: at its first report.
    dated = [(i, s, fractional_year(s.get("time")) or fractional_year(s.get("reported")))
             for i, s in enumerate(steps)]
    placed = [(i, s, y) for i, s, y in dated if y is not None]
    undated = [(i, s) for i, s, y in dated if y is None]
    undated_w = 150 if undated else 0
    axis_right = width - right - undated_w
    if placed:
        lo = math.floor(min(y for _, _, y in placed))
        hi = math.floor(max(y for _, _, y in placed)) + 1
    else:
        lo, hi = dt.date.today().year - 1, dt.date.today().year
    if hi - lo < 2:
        lo, hi = lo - 1, hi + 1

    def x_of(year: float) -> float:
        return left + (year - lo) / (hi - lo) * (axis_right - left)

    axis_y = 46
    row_h = 36
    items = []
    for i, step, year in sorted(placed, key=lambda p: (p[2], p[0])):
        items.append((i, step, x_of(year)))
    for n, (i, step) in enumerate(undated):
        items.append((i, step, axis_right + 30 + (n % 4) * 30))
    # Steps at (nearly) the same time stack their markers down from the axis.
    stack: list[int] = []
    for n, (_, _, x) in enumerate(items):
        k = 0
        for _, _, other in reversed(items[max(0, n - 9):n]):  # at most 8 stack
            if abs(other - x) < 12:
                k += 1
        stack.append(min(8, k))
    label_top = axis_y + 26 + max(stack, default=0) * 15
    rows: list[float] = []  # right edge of the last label in each row
    labels = []
    for (i, step, x), k in zip(items, stack, strict=True):
        n_sources = step.get("source_count", len(step.get("sources") or []))
        line1 = f"{step.get('time') or ''} {step['type'].lower().replace('_', ' ')}".strip()
        line2 = f"{step['modality'].lower()} · {n_sources} source{'s' if n_sources != 1 else ''}"
        if not step.get("time"):
            line2 += f" · reported {step['reported']}" if step.get("reported") else " · undated"
        w = max(_text_width(line1, 12), _text_width(line2, 11)) + 12
        lx = min(max(x - 6, 4), width - w - 4)
        row = next((r for r, edge in enumerate(rows) if lx > edge + 8), None)
        if row is None and len(rows) < max_rows:
            rows.append(0.0)
            row = len(rows) - 1
        if row is not None:
            rows[row] = lx + w
        labels.append((i, step, x, axis_y + k * 15, lx, row, line1, line2))
    height = label_top + max(1, len(rows)) * row_h + 40
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
           f'height="{height}" role="img" class="timeline" font-family="{escape(FONT)}">',
           f"<title>{escape(title or 'Deal timeline')}</title>",
           f'<rect width="{width}" height="{height}" fill="#fff"/>',
           f'<line x1="{left}" y1="{axis_y}" x2="{axis_right}" y2="{axis_y}" stroke="{INK}" stroke-width="1.5"/>']
    for year in _ticks(lo, hi):
        x = x_of(year)
        out.append(f'<line x1="{x:.1f}" y1="{axis_y - 5}" x2="{x:.1f}" y2="{axis_y + 5}" stroke="{INK}"/>'
                   f'<text x="{x:.1f}" y="{axis_y - 12}" font-size="12" fill="{MUTED}" text-anchor="middle">{year}</text>')
    if undated:
        out.append(f'<text x="{axis_right + 20}" y="{axis_y - 12}" font-size="12" fill="{MUTED}">undated</text>'
                   f'<line x1="{axis_right + 14}" y1="{axis_y - 24}" x2="{axis_right + 14}" y2="{axis_y + 14}" '
                   f'stroke="{RULE}" stroke-dasharray="3 3"/>')
    # Three layers, so no leader line crosses a marker: lines, labels, markers.
    lines, texts, markers = [], [], []
    for i, step, x, my, lx, row, line1, line2 in labels:
        colour = stage_colour(step["type"])
        named = step.get("sources") or []
        more = step.get("source_count", len(named)) - len(named)  # a bounded step names its first few
        tip = (f"{step.get('time') or 'undated'}: {step['type']} ({step['modality'].lower()}), "
               f"sources: {', '.join(named) or 'none'}{f' and {more} more' if more > 0 else ''}")
        anchor = f'<a href="#step-{i}" class="tl-step"><title>{escape(tip)}</title>'
        if my != axis_y:
            lines.append(f'<line x1="{x:.1f}" y1="{axis_y}" x2="{x:.1f}" y2="{my}" stroke="{RULE}"/>')
        if row is not None:
            ly = label_top + row * row_h
            lines.append(f'<line x1="{x:.1f}" y1="{my}" x2="{x:.1f}" y2="{ly - 11}" stroke="{RULE}"/>'
                         f'<line x1="{x:.1f}" y1="{ly - 11}" x2="{lx + 2:.1f}" y2="{ly - 11}" stroke="{RULE}"/>')
            style = "" if step.get("time") else ' font-style="italic"'
            texts.append(f'{anchor}<text x="{lx + 2:.1f}" y="{ly + 2}" font-size="12" font-weight="600" '
                         f'fill="{colour}"{style}>{escape(line1)}</text>'
                         f'<text x="{lx + 2:.1f}" y="{ly + 16}" font-size="11" fill="{MUTED}">{escape(line2)}</text></a>')
        markers.append(f'{anchor}{_marker(x, my, step["modality"], colour)}</a>')
    out.extend(lines + texts + markers)
    legend_y = height - 14
    lx = left
    for modality in ("ASSERTED", "PLANNED", "SPECULATED", "NEGATED"):
        out.append(_marker(lx + 6, legend_y - 4, modality, INK, r=6))
        out.append(f'<text x="{lx + 18}" y="{legend_y}" font-size="11" fill="{MUTED}">{modality.lower()}</text>')
        lx += 30 + _text_width(modality, 11)
    out.append("</svg>")
    return Markup("".join(out))


def _curve(x1: float, y1: float, x2: float, y2: float) -> str:
    mid = (x1 + x2) / 2
    return f"M{x1:.1f},{y1:.1f}C{mid:.1f},{y1:.1f} {mid:.1f},{y2:.1f} {x2:.1f},{y2:.1f}"


def _flow_colour(flow: dict[str, Any]) -> str:
    statuses = flow.get("statuses") or {}
    if statuses.get("DELIVERY"):
        return STAGE_COLOURS["DELIVERY"]
    if statuses.get("AGREEMENT") or statuses.get("PRODUCTION"):
        return STAGE_COLOURS["AGREEMENT"]
    if statuses.get("SUSPENSION") or statuses.get("CANCELLATION"):
        return STAGE_COLOURS["SUSPENSION"]
    return STAGE_COLOURS["NEGOTIATION"]


def _width(deals: int, most: int) -> float:
    return 1.5 + 12 * math.sqrt(deals / max(most, 1))


def _families(flow: dict[str, Any], n: int = 6) -> str:
    fams = sorted(set(flow.get("families") or []))
    return ", ".join(fams[:n]) + (f" +{len(fams) - n}" if len(fams) > n else "")


def country_flow_svg(code: str, supplies: list[dict], receives: list[dict], *,
                     deals_url: Callable[..., str], country_url: Callable[[str], str],
                     width: int = 960, max_nodes: int = 24) -> Markup:
    """Who supplies `code` (left) and whom it supplies (right), one band per
    partner, as wide as the number of deals."""
    left_nodes = sorted(receives, key=lambda f: (-f["deals"], f["supplier"]))
    right_nodes = sorted(supplies, key=lambda f: (-f["deals"], f["recipient"]))
    left_nodes, left_more = left_nodes[:max_nodes], left_nodes[max_nodes:]
    right_nodes, right_more = right_nodes[:max_nodes], right_nodes[max_nodes:]
    row = 30
    top = 50
    n = max(len(left_nodes) + bool(left_more), len(right_nodes) + bool(right_more), 1)
    height = top + n * row + 30
    cx, cw = width / 2, 150
    center_top, center_h = top - 8, n * row
    most = max([f["deals"] for f in left_nodes + right_nodes] or [1])
    lx, rx = 260, width - 260
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
           f'height="{height}" role="img" class="flows" font-family="{escape(FONT)}">',
           f"<title>{escape(f'Arms flows of {country_name(code)} ({code})')}</title>",
           f'<rect width="{width}" height="{height}" fill="#fff"/>',
           f'<text x="{lx}" y="24" font-size="13" font-weight="600" fill="{MUTED}" text-anchor="end">'
           f'supply {escape(code)}</text>',
           f'<text x="{rx}" y="24" font-size="13" font-weight="600" fill="{MUTED}">supplied by {escape(code)}</text>']

    def y_of(k: int) -> float:
        return top + k * row + row / 2 - 8

    for k, flow in enumerate(left_nodes):
        y = y_of(k)
        partner = flow["supplier"]
        ty = center_top + center_h * (k + 0.5) / max(len(left_nodes), 1)
        tip = f"{partner} → {code}: {flow['deals']} deal(s): {_families(flow, 20)}"
        out.append(f'<a href="{escape(deals_url(supplier=partner, recipient=code))}"><title>{escape(tip)}</title>'
                   f'<path d="{_curve(lx + 6, y, cx - cw / 2, ty)}" fill="none" stroke="{_flow_colour(flow)}" '
                   f'stroke-opacity="0.45" stroke-width="{_width(flow["deals"], most):.1f}"/></a>')
        out.append(f'<a href="{escape(country_url(partner))}"><text x="{lx}" y="{y + 4}" font-size="12" '
                   f'fill="{INK}" text-anchor="end">{escape(country_name(partner))} '
                   f'<tspan fill="{MUTED}">{flow["deals"]}</tspan></text></a>')
    if left_more:
        out.append(f'<text x="{lx}" y="{y_of(len(left_nodes)) + 4}" font-size="12" fill="{MUTED}" '
                   f'text-anchor="end" class="not-shown">+{len(left_more)} more suppliers '
                   f'({sum(f["deals"] for f in left_more)} deals) not shown</text>')
    for k, flow in enumerate(right_nodes):
        y = y_of(k)
        partner = flow["recipient"]
        ty = center_top + center_h * (k + 0.5) / max(len(right_nodes), 1)
        tip = f"{code} → {partner}: {flow['deals']} deal(s): {_families(flow, 20)}"
        out.append(f'<a href="{escape(deals_url(supplier=code, recipient=partner))}"><title>{escape(tip)}</title>'
                   f'<path d="{_curve(cx + cw / 2, ty, rx - 6, y)}" fill="none" stroke="{_flow_colour(flow)}" '
                   f'stroke-opacity="0.45" stroke-width="{_width(flow["deals"], most):.1f}"/></a>')
        out.append(f'<a href="{escape(country_url(partner))}"><text x="{rx}" y="{y + 4}" font-size="12" '
                   f'fill="{INK}">{escape(country_name(partner))} <tspan fill="{MUTED}">{flow["deals"]}</tspan>'
                   f'</text></a>')
    if right_more:
        out.append(f'<text x="{rx}" y="{y_of(len(right_nodes)) + 4}" font-size="12" fill="{MUTED}" '
                   f'class="not-shown">+{len(right_more)} more recipients '
                   f'({sum(f["deals"] for f in right_more)} deals) not shown</text>')
    out.append(f'<rect x="{cx - cw / 2}" y="{center_top}" width="{cw}" height="{center_h}" rx="6" '
               f'fill="#f0f4f8" stroke="{INK}"/>'
               f'<text x="{cx}" y="{center_top + center_h / 2 + 5}" font-size="15" font-weight="700" '
               f'fill="{INK}" text-anchor="middle">{escape(country_name(code))}</text>')
    for nodes, x, anchor in ((left_nodes, lx, "end"), (right_nodes, rx, "start")):
        if not nodes:
            out.append(f'<text x="{x}" y="{y_of(0) + 4}" font-size="12" fill="{MUTED}" '
                       f'text-anchor="{anchor}">none reported</text>')
    out.append("</svg>")
    return Markup("".join(out))


def network_svg(flows: list[dict[str, Any]], *, deals_url: Callable[..., str],
                country_url: Callable[[str], str], width: int = 960, max_nodes: int = 18) -> Markup:
    """All flows: the main suppliers on the left, the main recipients on the
    right, a band for each pair between them."""
    by_supplier: dict[str, int] = {}
    by_recipient: dict[str, int] = {}
    for flow in flows:
        by_supplier[flow["supplier"]] = by_supplier.get(flow["supplier"], 0) + flow["deals"]
        by_recipient[flow["recipient"]] = by_recipient.get(flow["recipient"], 0) + flow["deals"]
    suppliers = sorted(by_supplier, key=lambda c: (-by_supplier[c], c))[:max_nodes]
    recipients = sorted(by_recipient, key=lambda c: (-by_recipient[c], c))[:max_nodes]
    row, top = 28, 44
    n = max(len(suppliers), len(recipients), 1)
    height = top + n * row + 20
    lx, rx = 250, width - 250
    sy = {c: top + k * row + row / 2 for k, c in enumerate(suppliers)}
    ry = {c: top + k * row + row / 2 for k, c in enumerate(recipients)}
    shown = [f for f in flows if f["supplier"] in sy and f["recipient"] in ry]
    hidden = len(flows) - len(shown)
    if hidden:
        height += 24  # a line saying what is left out: a diagram must not drop flows silently
    most = max([f["deals"] for f in shown] or [1])
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
           f'height="{height}" role="img" class="flows" font-family="{escape(FONT)}">',
           "<title>Arms flows: suppliers to recipients</title>",
           f'<rect width="{width}" height="{height}" fill="#fff"/>',
           f'<text x="{lx}" y="22" font-size="13" font-weight="600" fill="{MUTED}" text-anchor="end">suppliers</text>',
           f'<text x="{rx}" y="22" font-size="13" font-weight="600" fill="{MUTED}">recipients</text>']
    for flow in sorted(shown, key=lambda f: f["deals"]):
        s, r = flow["supplier"], flow["recipient"]
        tip = f"{s} → {r}: {flow['deals']} deal(s): {_families(flow, 20)}"
        out.append(f'<a href="{escape(deals_url(supplier=s, recipient=r))}"><title>{escape(tip)}</title>'
                   f'<path d="{_curve(lx + 8, sy[s], rx - 8, ry[r])}" fill="none" stroke="{_flow_colour(flow)}" '
                   f'stroke-opacity="0.35" stroke-width="{_width(flow["deals"], most):.1f}"/></a>')
    for code in suppliers:
        out.append(f'<a href="{escape(country_url(code))}"><text x="{lx}" y="{sy[code] + 4}" font-size="12" '
                   f'fill="{INK}" text-anchor="end">{escape(country_name(code))} '
                   f'<tspan fill="{MUTED}">{by_supplier[code]}</tspan></text></a>')
    for code in recipients:
        out.append(f'<a href="{escape(country_url(code))}"><text x="{rx}" y="{ry[code] + 4}" font-size="12" '
                   f'fill="{INK}">{escape(country_name(code))} <tspan fill="{MUTED}">{by_recipient[code]}</tspan>'
                   f'</text></a>')
    if hidden:
        hidden_deals = sum(f["deals"] for f in flows) - sum(f["deals"] for f in shown)
        out.append(f'<text x="{width / 2}" y="{height - 12}" font-size="12" fill="{MUTED}" text-anchor="middle" '
                   f'class="not-shown">{len(shown)} of {len(flows)} flows shown; {hidden} '
                   f'flow{"s" if hidden != 1 else ""} ({hidden_deals} deal{"s" if hidden_deals != 1 else ""}) '
                   f'between smaller suppliers and recipients not shown</text>')
    out.append("</svg>")
    return Markup("".join(out))

"""Migration 10: deal rows of bounded size, for the deals list and a deal's page.

Migration 9's list row (`deals.list_record`) still carried every timeline
step with all its sources, and texts that name every source: the register's
comments and each contradiction's summary. For the largest deals of a
million events that is a megabyte a row (half of it comments), and a deal's
whole record, which its page read, nine. Now:

- `list_record`: the first LIST_STEPS timeline steps and their count
  (`step_count`), each with its first LIST_SOURCES sources and `source_count`;
  the first LIST_CONTRADICTIONS contradictions, each with its first
  LIST_CLAIMS claims and `claim_count`; the comments and summaries cut at
  LIST_TEXT characters (`comments_truncated`, `summary_truncated`).
- `page_record`: what a deal's page shows by default (queries/deal_page.py
  DealBounds): each step's first PAGE_EVENTS event ids and PAGE_SOURCES
  sources with their counts, the first PAGE_CONTRADICTIONS contradictions
  with their first PAGE_CLAIMS claims and counts; texts whole.

The page asking for more (`?sources=all`), and the exports, read the whole
record. On PostgreSQL both are generated columns, so every writer of `deals`
keeps them right without knowing of them (the list row's column is dropped
and added again with the new function: `deals` is rewritten once); SQLite
keeps neither and computes them from the record (`list_record`, `page_record`).
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from .read_paths import LIST_CLAIMS, LIST_CONTRADICTIONS

# Timeline steps a list row gives, the earliest first; `steps` counts them
# all, and the deal's page and the exports give every one. The web list shows
# 8; a deal of a million-event ledger has up to 1,247 (7.7 MB for one page of
# the list). Migration 12 applied this bound to stored rows.
LIST_STEPS = 10
LIST_SOURCES = 3  # sources a list row gives each step, in the step's order (first to report it first)
LIST_TEXT = 300  # characters of the comments and of each contradiction's summary in a list row
PAGE_SOURCES, PAGE_CONTRADICTIONS, PAGE_CLAIMS = 20, 5, 20  # a deal page's default bounds
PAGE_EVENTS = 50  # event ids kept per step: a page shows at most 50 a step (`per_step`)
ELLIPSIS = "…"


def _at(value: str, key: str) -> str:
    return f"{value} -> '{key}'"


def _array_length(path: str) -> str:
    return f"CASE WHEN jsonb_typeof({path}) = 'array' THEN jsonb_array_length({path}) ELSE 0 END"


def _first(path: str, alias: str, bound: int) -> str:
    """The first `bound` items of a JSON array, '[]' when it is no array."""
    return (f"CASE WHEN jsonb_typeof({path}) = 'array' THEN coalesce(("
            f"SELECT jsonb_agg({alias} ORDER BY n_{alias}) FROM jsonb_array_elements({path}) "
            f"WITH ORDINALITY AS list_{alias}({alias}, n_{alias}) WHERE n_{alias} <= {bound}), '[]'::jsonb) "
            f"ELSE '[]'::jsonb END")


def _cut_text(path: str) -> str:
    """A JSON string cut at LIST_TEXT characters (with an ellipsis); anything else as it is."""
    return (f"CASE WHEN jsonb_typeof({path}) = 'string' AND char_length({path} #>> '{{}}') > {LIST_TEXT} "
            f"THEN to_jsonb(left({path} #>> '{{}}', {LIST_TEXT}) || '{ELLIPSIS}') ELSE {path} END")


def _is_long(path: str) -> str:
    return f"(jsonb_typeof({path}) = 'string' AND char_length({path} #>> '{{}}') > {LIST_TEXT})"


def _row_function(name: str, *, steps: int | None, sources: int, events: int | None, contradictions: int,
                  claims: int, cut_texts: bool) -> str:
    step_bound = f" WHERE n <= {steps}" if steps is not None else ""
    step = (f"(step - 'event_ids') || jsonb_build_object("
            f"'event_count', {_array_length(_at('step', 'event_ids'))}, "
            f"'sources', {_first(_at('step', 'sources'), 'source', sources)}, "
            f"'source_count', {_array_length(_at('step', 'sources'))}"
            + (f", 'event_ids', {_first(_at('step', 'event_ids'), 'event', events)}"
               if events is not None else "") + ")")
    item = (f"item || jsonb_build_object('claims', {_first(_at('item', 'claims'), 'claim', claims)}, "
            f"'claim_count', {_array_length(_at('item', 'claims'))}"
            + (f", 'summary', {_cut_text(_at('item', 'summary'))}, "
               f"'summary_truncated', {_is_long(_at('item', 'summary'))}" if cut_texts else "")
            + ")")
    comments = "deal::jsonb -> 'register' -> 'comments'"
    whole = (f"(CASE WHEN {_is_long(comments)} THEN jsonb_set(deal::jsonb, '{{register,comments}}', "
             f"{_cut_text(comments)}) ELSE deal::jsonb END)" if cut_texts else "deal::jsonb")
    flag = f", 'comments_truncated', coalesce({_is_long(comments)}, false)" if cut_texts else ""
    return f"""
CREATE OR REPLACE FUNCTION {name}(deal json) RETURNS jsonb
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
  SELECT ({whole} - 'reports' - 'event_ids') || jsonb_build_object(
    'timeline', CASE WHEN jsonb_typeof(deal::jsonb -> 'timeline') = 'array' THEN coalesce((
      SELECT jsonb_agg({step} ORDER BY n)
      FROM jsonb_array_elements(deal::jsonb -> 'timeline') WITH ORDINALITY AS steps(step, n){step_bound}), '[]'::jsonb)
      ELSE '[]'::jsonb END,
    'step_count', {_array_length("deal::jsonb -> 'timeline'")},
    'contradictions', CASE WHEN jsonb_typeof(deal::jsonb -> 'contradictions') = 'array' THEN coalesce((
      SELECT jsonb_agg({item} ORDER BY n)
      FROM jsonb_array_elements(deal::jsonb -> 'contradictions') WITH ORDINALITY AS items(item, n)
      WHERE n <= {contradictions}), '[]'::jsonb)
      ELSE '[]'::jsonb END,
    'contradiction_count', {_array_length("deal::jsonb -> 'contradictions'")},
    'event_count', {_array_length("deal::jsonb -> 'event_ids'")}{flag})
$fn$
"""


# The same as list_record and page_record below (tests/store/test_list_rows.py
# holds them to it), in SQL so that the database keeps them.
LIST_ROW_FUNCTION = _row_function("armsledger_deal_list_row", steps=LIST_STEPS, sources=LIST_SOURCES, events=None,
                                  contradictions=LIST_CONTRADICTIONS, claims=LIST_CLAIMS, cut_texts=True)
PAGE_ROW_FUNCTION = _row_function("armsledger_deal_page_row", steps=None, sources=PAGE_SOURCES, events=PAGE_EVENTS,
                                  contradictions=PAGE_CONTRADICTIONS, claims=PAGE_CLAIMS, cut_texts=False)


def _cut(text: Any) -> tuple[Any, bool]:
    if isinstance(text, str) and len(text) > LIST_TEXT:
        return text[:LIST_TEXT] + ELLIPSIS, True
    return text, False


def _bounded(record: dict[str, Any], *, steps: int | None, sources: int, events: int | None, contradictions: int,
             claims: int, cut_texts: bool) -> dict[str, Any]:
    every = record.get("contradictions") or []
    row = {k: v for k, v in record.items() if k not in {"reports", "event_ids"}}
    row["timeline"] = []
    timeline = record.get("timeline") or []
    row["step_count"] = len(timeline)
    for step in timeline if steps is None else timeline[:steps]:
        ids, named = step.get("event_ids") or [], step.get("sources") or []
        bounded = {**{k: v for k, v in step.items() if k != "event_ids"}, "event_count": len(ids),
                   "sources": named[:sources], "source_count": len(named)}
        if events is not None:
            bounded["event_ids"] = ids[:events]
        row["timeline"].append(bounded)
    row["contradictions"] = []
    for item in every[:contradictions]:
        bounded = {**item, "claims": (item.get("claims") or [])[:claims], "claim_count": len(item.get("claims") or [])}
        if cut_texts:
            bounded["summary"], bounded["summary_truncated"] = _cut(item.get("summary"))
        row["contradictions"].append(bounded)
    row["contradiction_count"] = len(every)
    row["event_count"] = len(record.get("event_ids") or [])
    if cut_texts:
        register = record.get("register")
        row["comments_truncated"] = False
        if isinstance(register, dict):
            comments, row["comments_truncated"] = _cut(register.get("comments"))
            if row["comments_truncated"]:
                row["register"] = {**register, "comments": comments}
    return row


def list_record(record: dict[str, Any]) -> dict[str, Any]:
    """A deal record as the deals list reads it: no reports or event ids;
    its first LIST_STEPS steps and their count, each with its count of events, its first LIST_SOURCES sources and
    their count; the first LIST_CONTRADICTIONS contradictions, each with its
    first LIST_CLAIMS claims and their count, and how many there are; the
    comments and summaries cut at LIST_TEXT characters."""
    return _bounded(record, steps=LIST_STEPS, sources=LIST_SOURCES, events=None, contradictions=LIST_CONTRADICTIONS,
                    claims=LIST_CLAIMS, cut_texts=True)


def page_record(record: dict[str, Any]) -> dict[str, Any]:
    """A deal record as its page reads it by default: each step's first
    PAGE_EVENTS event ids and PAGE_SOURCES sources, the first
    PAGE_CONTRADICTIONS contradictions with their first PAGE_CLAIMS claims,
    each list with its count."""
    return _bounded(record, steps=None, sources=PAGE_SOURCES, events=PAGE_EVENTS, contradictions=PAGE_CONTRADICTIONS,
                    claims=PAGE_CLAIMS, cut_texts=False)


# The stored rows on PostgreSQL: generated from the record by the functions above.
_LIST_COLUMN = "list_record jsonb GENERATED ALWAYS AS (armsledger_deal_list_row(record)) STORED"
_PAGE_COLUMN = "page_record jsonb GENERATED ALWAYS AS (armsledger_deal_page_row(record)) STORED"


def has_bounded_rows(conn: sa.Connection) -> bool:
    """Whether deals carry `list_record` and `page_record` (on PostgreSQL, from this migration on)."""
    return conn.dialect.name == "postgresql"


def bound_deal_rows(conn: sa.Connection) -> None:
    """Migration 10."""
    if conn.dialect.name != "postgresql":
        return
    conn.exec_driver_sql(LIST_ROW_FUNCTION)
    conn.exec_driver_sql(PAGE_ROW_FUNCTION)
    # One ALTER, so that `deals` is rewritten once for both columns.
    conn.exec_driver_sql(f"ALTER TABLE deals DROP COLUMN IF EXISTS list_record, DROP COLUMN IF EXISTS page_record, "
                         f"ADD COLUMN {_LIST_COLUMN}, ADD COLUMN {_PAGE_COLUMN}")
    conn.exec_driver_sql("DROP FUNCTION IF EXISTS armsledger_deal_list_record(json)")
    conn.exec_driver_sql("ANALYZE deals")


def bound_list_steps(conn: sa.Connection) -> None:
    """Migration 12: list rows give the first LIST_STEPS steps (they gave
    every one); on PostgreSQL the list row's function is replaced and its
    column computed again. SQLite computes list rows when it reads them."""
    if conn.dialect.name != "postgresql":
        return
    conn.exec_driver_sql(LIST_ROW_FUNCTION)
    conn.exec_driver_sql(f"ALTER TABLE deals DROP COLUMN IF EXISTS list_record, ADD COLUMN {_LIST_COLUMN}")
    conn.exec_driver_sql("ANALYZE deals")

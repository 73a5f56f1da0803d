"""Migration 10: deals list rows of bounded size.

A list row (migration 9's `deals.list_record` on PostgreSQL, `list_record`
computed on SQLite) carried every timeline step with all its sources: for
the largest deals, thousands of outlets per step and up to a megabyte a row,
and the pages holding them were the deals list's slowest. A row now gives
each step its first LIST_SOURCES sources and `source_count`, and each
contradiction its first LIST_CLAIMS claims and `claim_count`; the deal's own
page (`?sources=all`) and the exports give everything.

On PostgreSQL the generated column is dropped and added again with the new
function, which rewrites `deals` once; SQLite keeps no list rows, so there
the migration only records its version.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from .read_paths import LIST_CLAIMS, LIST_CONTRADICTIONS

LIST_SOURCES = 3  # sources a list row gives each timeline step, in the step's order (first reported first)


def _array_length(path: str) -> str:
    return f"CASE WHEN jsonb_typeof({path}) = 'array' THEN jsonb_array_length({path}) ELSE 0 END"


def _first(path: str, alias: str, bound: int) -> str:
    """The first `bound` items of a JSON array, '[]' when it is no array."""
    return (f"CASE WHEN jsonb_typeof({path}) = 'array' THEN coalesce(("
            f"SELECT jsonb_agg({alias} ORDER BY n_{alias}) FROM jsonb_array_elements({path}) "
            f"WITH ORDINALITY AS list_{alias}({alias}, n_{alias}) WHERE n_{alias} <= {bound}), '[]'::jsonb) "
            f"ELSE '[]'::jsonb END")


# The same as list_record below (tests/store/test_list_rows.py holds them to
# it), in SQL so that the database keeps it for every writer of `deals`.
LIST_ROW_FUNCTION = f"""
CREATE OR REPLACE FUNCTION armsledger_deal_list_row(deal json) RETURNS jsonb
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
  SELECT (deal::jsonb - 'reports' - 'event_ids') || jsonb_build_object(
    'timeline', CASE WHEN jsonb_typeof(deal::jsonb -> 'timeline') = 'array' THEN coalesce((
      SELECT jsonb_agg((step - 'event_ids') || jsonb_build_object(
               'event_count', {_array_length("step -> 'event_ids'")},
               'sources', {_first("step -> 'sources'", "source", LIST_SOURCES)},
               'source_count', {_array_length("step -> 'sources'")}) ORDER BY n)
      FROM jsonb_array_elements(deal::jsonb -> 'timeline') WITH ORDINALITY AS steps(step, n)), '[]'::jsonb)
      ELSE '[]'::jsonb END,
    'contradictions', CASE WHEN jsonb_typeof(deal::jsonb -> 'contradictions') = 'array' THEN coalesce((
      SELECT jsonb_agg(item || jsonb_build_object(
               'claims', {_first("item -> 'claims'", "claim", LIST_CLAIMS)},
               'claim_count', {_array_length("item -> 'claims'")}) ORDER BY n)
      FROM jsonb_array_elements(deal::jsonb -> 'contradictions') WITH ORDINALITY AS items(item, n)
      WHERE n <= {LIST_CONTRADICTIONS}), '[]'::jsonb)
      ELSE '[]'::jsonb END,
    'contradiction_count', {_array_length("deal::jsonb -> 'contradictions'")})
$fn$
"""


def list_record(record: dict[str, Any]) -> dict[str, Any]:
    """A deal record as the deals list reads it: no reports or event ids;
    each step with its count of events, its first LIST_SOURCES sources and
    their count; the first LIST_CONTRADICTIONS contradictions, each with its
    first LIST_CLAIMS claims and their count, and how many there are."""
    contradictions = record.get("contradictions") or []
    listed = {k: v for k, v in record.items() if k not in {"reports", "event_ids"}}
    listed["timeline"] = [{**{k: v for k, v in step.items() if k != "event_ids"},
                           "event_count": len(step.get("event_ids") or []),
                           "sources": (step.get("sources") or [])[:LIST_SOURCES],
                           "source_count": len(step.get("sources") or [])}
                          for step in record.get("timeline") or []]
    listed["contradictions"] = [{**item, "claims": (item.get("claims") or [])[:LIST_CLAIMS],
                                 "claim_count": len(item.get("claims") or [])}
                                for item in contradictions[:LIST_CONTRADICTIONS]]
    listed["contradiction_count"] = len(contradictions)
    return listed


def bound_list_rows(conn: sa.Connection) -> None:
    """Migration 10."""
    if conn.dialect.name != "postgresql":
        return
    conn.exec_driver_sql(LIST_ROW_FUNCTION)
    conn.exec_driver_sql("ALTER TABLE deals DROP COLUMN IF EXISTS list_record")
    conn.exec_driver_sql("ALTER TABLE deals ADD COLUMN list_record jsonb "
                         "GENERATED ALWAYS AS (armsledger_deal_list_row(record)) STORED")
    conn.exec_driver_sql("DROP FUNCTION IF EXISTS armsledger_deal_list_record(json)")
    conn.exec_driver_sql("ANALYZE deals")

"""Migration 9: what reading a ledger of a million events needs
(`bench/bench_pg_scale.py` measures it).

- Indexes for the deals list's filters and facets (both databases) and,
  on PostgreSQL, its sorts, so that a page is read in index order instead
  of sorting every matching deal.
- PostgreSQL: `deals.list_record`, the deal record as the deals list reads
  it: without its reports and event ids, each timeline step with its count
  of events instead of their ids. The database keeps it (a generated
  column), so every writer of `deals` keeps it right without knowing of it;
  a page of the largest deals then reads kilobytes, not megabytes.
- PostgreSQL: `documents.search_vector`, the full-text vector stored, so that
  ranking the matches of a common word does not parse every matching text
  again (store/search.py).
"""

from __future__ import annotations

import sqlalchemy as sa

from .search import add_search_vector

LIST_CONTRADICTIONS, LIST_CLAIMS = 5, 10  # as many as a deals list row shows

# Plain DDL, as in search.py's READ_INDEXES: sa.Index objects would attach
# themselves to the shared tables of schema.py.
DEAL_INDEXES = (
    "CREATE INDEX IF NOT EXISTS ix_deals_status ON deals (status)",
    "CREATE INDEX IF NOT EXISTS ix_deals_status_modality ON deals (status_modality)",
    "CREATE INDEX IF NOT EXISTS ix_deals_category ON deals (category)",
    # A deal's events and their documents, for its page's sources, read from
    # the indexes alone (PostgreSQL's covering ones below) rather than from
    # the wide rows of a million events.
    "CREATE INDEX IF NOT EXISTS ix_deal_events_deal_event ON deal_events (deal_id, event_id)",
)
# The list's sorts (queries/deals.py DEAL_SORTS: NULLs last, then the id), each
# way, so that a page, deep ones too, is read off an index in order rather
# than by sorting every deal. PostgreSQL only: SQLite's indexes cannot say
# NULLS LAST, and its ledgers are smaller.
SORTED_COLUMNS = ("last_time", "first_time", "sources", "documents", "confidence", "order_year")
POSTGRES_SORT_INDEXES = tuple(
    f"CREATE INDEX IF NOT EXISTS ix_deals_{column}_{way} ON deals ({column} {way.upper()} NULLS LAST, id)"
    for column in SORTED_COLUMNS for way in ("asc", "desc")
) + (
    "CREATE INDEX IF NOT EXISTS ix_deals_by_supplier ON deals (supplier, recipient, family, id)",
    "CREATE INDEX IF NOT EXISTS ix_deals_by_recipient ON deals (recipient, supplier, family, id)",
    "CREATE INDEX IF NOT EXISTS ix_deals_by_family ON deals (family, supplier, recipient, id)",
    "CREATE INDEX IF NOT EXISTS ix_events_id_source ON events (id) INCLUDE (doc_id, source_label)",
    "CREATE INDEX IF NOT EXISTS ix_documents_id_published ON documents (id) INCLUDE (published)",
)

# The same as queries/deals.py's list_record (tests/store/test_read_paths.py
# holds them to it), in SQL so that the database can keep it.
LIST_RECORD_FUNCTION = f"""
CREATE OR REPLACE FUNCTION armsledger_deal_list_record(deal json) RETURNS jsonb
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
  SELECT (deal::jsonb - 'reports' - 'event_ids') || jsonb_build_object(
    'timeline', CASE WHEN jsonb_typeof(deal::jsonb -> 'timeline') = 'array' THEN coalesce((
      SELECT jsonb_agg((step - 'event_ids') || jsonb_build_object('event_count',
               CASE WHEN jsonb_typeof(step -> 'event_ids') = 'array'
                    THEN jsonb_array_length(step -> 'event_ids') ELSE 0 END) ORDER BY n)
      FROM jsonb_array_elements(deal::jsonb -> 'timeline') WITH ORDINALITY AS steps(step, n)), '[]'::jsonb)
      ELSE '[]'::jsonb END,
    'contradictions', CASE WHEN jsonb_typeof(deal::jsonb -> 'contradictions') = 'array' THEN coalesce((
      SELECT jsonb_agg(item || jsonb_build_object('claims',
               CASE WHEN jsonb_typeof(item -> 'claims') = 'array' THEN coalesce((
                 SELECT jsonb_agg(claim ORDER BY m)
                 FROM jsonb_array_elements(item -> 'claims') WITH ORDINALITY AS claims(claim, m)
                 WHERE m <= {LIST_CLAIMS}), '[]'::jsonb) ELSE '[]'::jsonb END) ORDER BY n)
      FROM jsonb_array_elements(deal::jsonb -> 'contradictions') WITH ORDINALITY AS items(item, n)
      WHERE n <= {LIST_CONTRADICTIONS}), '[]'::jsonb)
      ELSE '[]'::jsonb END,
    'contradiction_count', CASE WHEN jsonb_typeof(deal::jsonb -> 'contradictions') = 'array'
      THEN jsonb_array_length(deal::jsonb -> 'contradictions') ELSE 0 END)
$fn$
"""
LIST_RECORD_COLUMN = ("ALTER TABLE deals ADD COLUMN IF NOT EXISTS list_record jsonb "
                      "GENERATED ALWAYS AS (armsledger_deal_list_record(record)) STORED")


def has_list_record(conn: sa.Connection) -> bool:
    """Whether deals carry `list_record` (on PostgreSQL, from this migration on)."""
    return conn.dialect.name == "postgresql"


def add_read_paths(conn: sa.Connection) -> None:
    """Migration 9."""
    for statement in DEAL_INDEXES:
        conn.exec_driver_sql(statement)
    if conn.dialect.name == "postgresql":
        for statement in POSTGRES_SORT_INDEXES:
            conn.exec_driver_sql(statement)
        conn.exec_driver_sql(LIST_RECORD_FUNCTION)
        conn.exec_driver_sql(LIST_RECORD_COLUMN)
    add_search_vector(conn)
    if conn.dialect.name == "postgresql":
        # The rewritten tables' statistics, so that the next query is planned
        # on them (VACUUM, which would also mark pages all-visible for
        # index-only scans, cannot run in a transaction: autovacuum does it).
        conn.exec_driver_sql("ANALYZE deals, deal_events, events, documents")

"""Full-text search over documents.

SQLite: an external-content FTS5 table, `documents_fts`, indexes each
document's title and text without storing a second copy of the text;
triggers on `documents` keep it in step with every insert, update and
delete. PostgreSQL: a stored `tsvector` column with a GIN index (migration 9;
before it, a GIN index over the same expression). Any other dialect falls back to a `LIKE` scan, which is correct
but slow, and says so in `SearchResult.engine`.

User input never becomes query syntax: on SQLite each word is quoted as an
FTS5 string (a trailing `*` makes it a prefix, `OR` between words is kept);
on PostgreSQL `websearch_to_tsquery` parses it, and never fails.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from markupsafe import Markup, escape

from . import schema

FTS_TABLE = "documents_fts"
# Marks around matched words in snippets: control characters that cannot
# occur in stored text, so the snippet can be escaped first and marked after.
MARK_OPEN, MARK_CLOSE = "\x02", "\x03"
MAX_QUERY_LENGTH = 300

_SQLITE_DDL = (
    # Porter stemming: "deliveries" finds "delivery"; unicode61 folds accents.
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
    "title, text, content='documents', tokenize='porter unicode61 remove_diacritics 2')",
    f"CREATE TRIGGER IF NOT EXISTS {FTS_TABLE}_ai AFTER INSERT ON documents BEGIN "
    f"INSERT INTO {FTS_TABLE}(rowid, title, text) VALUES (new.rowid, new.title, new.text); END",
    f"CREATE TRIGGER IF NOT EXISTS {FTS_TABLE}_ad AFTER DELETE ON documents BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, title, text) "
    "VALUES ('delete', old.rowid, old.title, old.text); END",
    f"CREATE TRIGGER IF NOT EXISTS {FTS_TABLE}_au AFTER UPDATE OF title, text ON documents BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, title, text) "
    "VALUES ('delete', old.rowid, old.title, old.text); "
    f"INSERT INTO {FTS_TABLE}(rowid, title, text) VALUES (new.rowid, new.title, new.text); END",
)
_POSTGRES_DDL = (
    "CREATE INDEX IF NOT EXISTS documents_fts_gin ON documents USING GIN "
    "(to_tsvector('english'::regconfig, coalesce(title, '') || ' ' || text))",
)


# Indexes the web's lists sort and filter by (store/queries.py): documents
# newest first, events by source, systems by category.
# (Plain DDL, the same on SQLite and PostgreSQL, rather than sa.Index objects,
# which would attach themselves to the shared tables of schema.py.)
READ_INDEXES = (
    "CREATE INDEX IF NOT EXISTS ix_documents_published ON documents (published)",
    "CREATE INDEX IF NOT EXISTS ix_events_source_label ON events (source_label)",
    "CREATE INDEX IF NOT EXISTS ix_event_systems_category ON event_systems (category)",
)


def create_search_index(conn: sa.Connection) -> None:
    """Migration 2: the full-text index over documents, filled from what is
    already stored, and the indexes the web's read queries need."""
    for statement in READ_INDEXES:
        conn.exec_driver_sql(statement)
    dialect = conn.dialect.name
    if dialect == "sqlite":
        for statement in _SQLITE_DDL:
            conn.exec_driver_sql(statement)
        rebuild_search_index(conn)
    elif dialect == "postgresql":
        for statement in _POSTGRES_DDL:
            conn.exec_driver_sql(statement)


_POSTGRES_VECTOR_DDL = (
    # Stored, so that ranking the matches of a common word reads their
    # vectors instead of parsing each matching text again.
    "ALTER TABLE documents ADD COLUMN IF NOT EXISTS search_vector tsvector GENERATED ALWAYS AS "
    "(to_tsvector('english'::regconfig, coalesce(title, '') || ' ' || text)) STORED",
    "CREATE INDEX IF NOT EXISTS documents_search_vector_gin ON documents USING GIN (search_vector)",
    "DROP INDEX IF EXISTS documents_fts_gin",
)


def add_search_vector(conn: sa.Connection) -> None:
    """Part of migration 9 (store/read_paths.py): on PostgreSQL, the
    documents' full-text vectors stored in a column with its GIN index, in
    place of the index over the expression; SQLite's FTS5 table already
    stores its index."""
    if conn.dialect.name == "postgresql":
        for statement in _POSTGRES_VECTOR_DDL:
            conn.exec_driver_sql(statement)


def rebuild_search_index(conn: sa.Connection) -> None:
    """Re-read every document into the SQLite index.

    Needed only after a `VACUUM`, which may renumber the rowids of a table
    without an INTEGER PRIMARY KEY (as `documents`), which the index keys on.
    """
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")


@dataclass(slots=True, kw_only=True)
class SearchHit:
    id: str
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None
    snippet: str  # plain text, matched words between MARK_OPEN and MARK_CLOSE

    def snippet_html(self) -> Markup:
        """The snippet escaped, with matched words in <mark>."""
        return Markup(
            str(escape(self.snippet)).replace(MARK_OPEN, "<mark>").replace(MARK_CLOSE, "</mark>")
        )

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "outlet": self.outlet,
                "published": self.published, "url": self.url,
                "snippet": self.snippet.replace(MARK_OPEN, "").replace(MARK_CLOSE, ""),
                "snippet_html": str(self.snippet_html())}


@dataclass(slots=True, kw_only=True)
class SearchResult:
    query: str
    total: int
    hits: list[SearchHit] = field(default_factory=list)
    engine: str = "fts5"


_TOKEN = re.compile(r'"([^"]*)"?|(\S+)')


def fts5_query(text: str) -> str:
    """A safe FTS5 query from what a person typed: words and "phrases" are
    ANDed, `word*` is a prefix, a bare `OR` between two terms is kept.
    Returns "" when nothing searchable is left."""
    terms: list[str] = []
    pending_or = False
    for phrase, word in _TOKEN.findall(text):
        if word == "OR":
            pending_or = bool(terms)
            continue
        raw = phrase if phrase else word
        prefix = not phrase and raw.endswith("*")
        raw = raw.rstrip("*") if prefix else raw
        if not re.search(r"\w", raw):
            continue
        term = '"' + raw.replace('"', '""') + '"' + ("*" if prefix else "")
        if pending_or:
            terms[-1] = f"{terms[-1]} OR {term}"
        else:
            terms.append(term)
        pending_or = False
    return " AND ".join(f"({t})" if " OR " in t else t for t in terms)


def clean_query(text: str) -> str:
    """What a person typed, without control characters (a NUL ends an FTS5
    string early), trimmed to MAX_QUERY_LENGTH."""
    return re.sub(r"[\x00-\x1f\x7f]+", " ", text).strip()[:MAX_QUERY_LENGTH]


def groups_fts5_query(groups: list[list[str]]) -> str:
    """An FTS5 query from groups of alternatives: each alternative a quoted
    string, alternatives ORed, groups ANDed."""
    parts = []
    for group in groups:
        quoted = ['"' + alt.replace('"', '""') + '"' for alt in dict.fromkeys(group) if re.search(r"\w", alt)]
        if quoted:
            parts.append(quoted[0] if len(quoted) == 1 else "(" + " OR ".join(quoted) + ")")
    return " AND ".join(parts)


def search_documents(engine: sa.Engine, text: str, *, limit: int = 20, offset: int = 0,
                     groups: list[list[str]] | None = None) -> SearchResult:
    """Documents matching `text`, best first, each with a snippet. `groups`,
    when given, is the query already read: groups of alternative words or
    phrases ("S300", "S-300"), all groups required."""
    text = clean_query(text)
    groups = [[clean_query(alt) for alt in group] for group in groups] if groups else None
    dialect = engine.dialect.name
    if dialect == "sqlite":
        return _search_sqlite(engine, text, limit=limit, offset=offset, groups=groups)
    if dialect == "postgresql":
        return _search_postgres(engine, text, limit=limit, offset=offset, groups=groups)
    return _search_like(engine, text, limit=limit, offset=offset)


_fts = sa.table(FTS_TABLE, sa.column("rowid"), sa.column("title"), sa.column("text"))
_fts_ref = sa.literal_column(FTS_TABLE)
_documents_rowid = sa.literal_column("documents.rowid")


def _search_sqlite(engine: sa.Engine, text: str, *, limit: int, offset: int,
                   groups: list[list[str]] | None = None) -> SearchResult:
    match = groups_fts5_query(groups) if groups else fts5_query(text)
    if not match:
        return SearchResult(query=text, total=0)
    docs = schema.documents
    where = _fts_ref.op("MATCH")(sa.bindparam("match", match))
    count = sa.select(sa.func.count()).select_from(_fts).where(where)
    # bm25 weights: a word in the title counts ten times one in the body.
    rank = sa.func.bm25(_fts_ref, 10.0, 1.0)
    snippet = sa.func.snippet(_fts_ref, -1, MARK_OPEN, MARK_CLOSE, "…", 24)
    query = (
        sa.select(docs.c.id, docs.c.title, docs.c.outlet, docs.c.published, docs.c.url,
                  snippet.label("snippet"))
        .select_from(_fts.join(docs, _documents_rowid == _fts.c.rowid))
        .where(where)
        .order_by(rank, docs.c.id)
        .limit(limit)
        .offset(offset)
    )
    with engine.connect() as conn:
        total = conn.execute(count).scalar() or 0
        hits = [SearchHit(**row) for row in conn.execute(query).mappings()] if total else []
    return SearchResult(query=text, total=total, hits=hits, engine="fts5")


def _pg_vector() -> sa.ColumnElement:
    # The stored vector of migration 9, with its GIN index.
    return sa.literal_column("documents.search_vector")


def _pg_tsquery(text: str, groups: list[list[str]] | None) -> sa.ColumnElement | None:
    config = sa.literal_column("'english'::regconfig")
    if not groups:
        return sa.func.websearch_to_tsquery(config, sa.bindparam("q", text)) if re.search(r"\w", text) else None
    # websearch syntax cannot group ORs inside an AND; tsquery operators can.
    combined = None
    for n, group in enumerate(groups):
        either = None
        for m, alt in enumerate(dict.fromkeys(a for a in group if re.search(r"\w", a))):
            phrase = '"' + alt.replace('"', " ") + '"'
            term = sa.func.websearch_to_tsquery(config, sa.bindparam(f"q{n}_{m}", phrase))
            either = term if either is None else either.op("||")(term)
        if either is not None:
            combined = either if combined is None else combined.op("&&")(either)
    return combined


def _search_postgres(engine: sa.Engine, text: str, *, limit: int, offset: int,
                     groups: list[list[str]] | None = None) -> SearchResult:
    tsquery = _pg_tsquery(text, groups)
    if tsquery is None:
        return SearchResult(query=text, total=0, engine="postgresql")
    docs = schema.documents
    config = sa.literal_column("'english'::regconfig")
    where = _pg_vector().op("@@")(tsquery)
    options = f"StartSel={MARK_OPEN}, StopSel={MARK_CLOSE}, MaxWords=30, MinWords=12, MaxFragments=2"
    snippet = sa.func.ts_headline(config, docs.c.text, tsquery, sa.bindparam("opts", options))
    query = (
        sa.select(docs.c.id, docs.c.title, docs.c.outlet, docs.c.published, docs.c.url,
                  snippet.label("snippet"))
        .where(where)
        .order_by(sa.func.ts_rank(_pg_vector(), tsquery).desc(), docs.c.id)
        .limit(limit)
        .offset(offset)
    )
    with engine.connect() as conn:
        total = conn.execute(sa.select(sa.func.count()).select_from(docs).where(where)).scalar() or 0
        hits = [SearchHit(**row) for row in conn.execute(query).mappings()] if total else []
    return SearchResult(query=text, total=total, hits=hits, engine="postgresql")


def _search_like(engine: sa.Engine, text: str, *, limit: int, offset: int) -> SearchResult:
    words = [w for w in re.findall(r"\w+", text)][:8]
    if not words:
        return SearchResult(query=text, total=0, engine="like")
    docs = schema.documents
    where = sa.and_(*(docs.c.text.icontains(w, autoescape=True) for w in words))
    query = (sa.select(docs.c.id, docs.c.title, docs.c.outlet, docs.c.published, docs.c.url, docs.c.text)
             .where(where).order_by(docs.c.published.desc(), docs.c.id).limit(limit).offset(offset))
    with engine.connect() as conn:
        total = conn.execute(sa.select(sa.func.count()).select_from(docs).where(where)).scalar() or 0
        rows = list(conn.execute(query).mappings())
    hits = []
    for row in rows:
        position = row["text"].lower().find(words[0].lower())
        start = max(0, position - 80)
        snippet = row["text"][start:start + 200]
        hits.append(SearchHit(id=row["id"], title=row["title"], outlet=row["outlet"],
                              published=row["published"], url=row["url"], snippet=snippet))
    return SearchResult(query=text, total=total, hits=hits, engine="like")

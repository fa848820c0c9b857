"""The database schema's version: create a fresh database at the newest revision, refuse an older one.

Migrations are Alembic revisions in `digest/storage/migrations/versions/`, shipped inside the package so that
`newsdigest db upgrade` works from a wheel or a container image. `Store` calls `ensure_schema` when it
opens a database:

- an empty database is created from the models and stamped at the newest revision (Alembic's recipe for
  "building an up to date database from scratch"), so `make demo` needs no extra step;
- a database at the newest revision is used as it is;
- a database at an older revision raises `SchemaError` ("... run `newsdigest db upgrade`"); so does a
  database made before migrations existed (tables, no `alembic_version`) unless its tables are exactly
  the newest ones, in which case it is stamped;
- a database at a revision this code does not know (migrated by a newer version) raises `SchemaError`.

On PostgreSQL the check-and-create runs under an advisory lock, so replicas starting together on an
empty database do not race to create it; PostgreSQL's DDL is transactional, so a crash leaves nothing
half-made.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.environment import NameFilterParentNames, NameFilterType
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import MetaData, inspect, text
from sqlalchemy.engine import Connection, Engine

from digest.errors import StorageError
from digest.storage import search

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
SCHEMA_LOCK = 727_343_001            # pg_advisory_xact_lock key: "newsdigest schema"
BASELINE_TABLES = {                  # what revision 0001 made: the schema before subscriptions and feeds
    "articles", "sentences", "bullets", "stories", "story_bullets", "story_links", "events", "event_sources"}
UNVERSIONED = "unversioned (made before migrations)"
RECENCY_INDEX = "ix_articles_recency"   # what revision 0003 added
ADDED_IN_0004 = {"delivery_messages"}
ADDED_IN_0005 = {"article_terms"}       # with two columns and the text search index (digest.storage.search)


class SchemaError(StorageError, RuntimeError):
    """The database's schema does not match this version of the code; the message says what to run."""


def alembic_config(url: str | None = None, connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if url:
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@lru_cache(maxsize=1)
def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = _scripts().get_current_head()
    if head is None:     # Alembic's answer for a folder with no revisions: the package was shipped without them
        raise SchemaError(f"no schema migrations found in {MIGRATIONS / 'versions'}: reinstall newsdigest")
    return head


def known_revisions() -> set[str]:
    return {rev.revision for rev in _scripts().walk_revisions()}


def metadata() -> MetaData:
    """Every table of the models (all on one Base)."""
    from digest.storage.models import Base

    return Base.metadata


def compared(name: str | None, type_: NameFilterType, parent_names: NameFilterParentNames) -> bool:
    """Alembic's `include_name`: the text search index and the words' index (digest.storage.search) are made by hand,
    not by the models."""
    return not (type_ == "table" and name in search.SEARCH_TABLES or type_ == "index" and name == search.WORDS_INDEX)


def current_revision(conn: Connection) -> str | None:
    """The revision stamped in the database; UNVERSIONED for a pre-migration database; None when empty."""
    revision = MigrationContext.configure(conn).get_current_revision()
    if revision is not None:
        return revision
    tables = set(inspect(conn).get_table_names()) - {"alembic_version"}
    return UNVERSIONED if tables else None


def _lock(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_LOCK})


def _has_index(conn: Connection, table: str, name: str) -> bool:
    if conn.dialect.name == "sqlite":   # SQLAlchemy does not reflect SQLite's expression indexes
        return conn.execute(text("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = :name"),
                            {"name": name}).first() is not None
    return any(index["name"] == name for index in inspect(conn).get_indexes(table))


def _adopt_unversioned(conn: Connection) -> str | None:
    """The revision a pre-migration database (made by `create_all`) matches, judged by its tables (and the
    index revision 0003 added)."""
    tables = set(inspect(conn).get_table_names())
    if tables >= set(metadata().tables) and _has_index(conn, "articles", RECENCY_INDEX):
        indexed = search.exists(conn)
        if not indexed:                  # the models' tables, without the text index that is not a model
            search.create(conn)
            search.backfill(conn)
            search.create_words(conn)
        if "copy_of" not in {c["name"] for c in inspect(conn).get_columns("articles")}:
            return "0005"                # made before revision 0006 marked copies
        return "0006" if indexed else head_revision()   # 0007 re-indexes an index written before it
    if tables >= set(metadata().tables) - ADDED_IN_0005 and _has_index(conn, "articles", RECENCY_INDEX):
        return "0004"
    if tables >= set(metadata().tables) - ADDED_IN_0005 - ADDED_IN_0004:
        return "0003" if _has_index(conn, "articles", RECENCY_INDEX) else "0002"
    if tables >= BASELINE_TABLES:
        return "0001"
    return None


def ensure_schema(engine: Engine) -> str:
    """Make an empty database current, accept a current one, refuse anything else. Returns the revision."""
    head = head_revision()
    with engine.begin() as conn:
        _lock(conn)
        current = current_revision(conn)
        if current is None:
            metadata().create_all(conn)
            search.create(conn)
            search.create_words(conn)
            MigrationContext.configure(conn).stamp(_scripts(), head)
            return head
        if current == UNVERSIONED and _adopt_unversioned(conn) == head:
            MigrationContext.configure(conn).stamp(_scripts(), head)
            return head
    if current == head:
        return head
    if current != UNVERSIONED and current not in known_revisions():
        raise SchemaError(f"the database schema is at {current}, which this version does not know (it needs {head}; "
                          "was the database upgraded by a newer newsdigest?)")
    raise SchemaError(f"the database schema is at {current}, this version needs {head}: run `newsdigest db upgrade`")


def upgrade(engine: Engine, revision: str = "head") -> tuple[str | None, str | None]:
    """Apply the migrations up to `revision`; returns (before, after), None for an empty database (`base` keeps
    one empty). An empty database gets every migration; a pre-migration one is first stamped at the revision its
    tables match."""
    with engine.begin() as conn:
        _lock(conn)
        before = current_revision(conn)
        if before == UNVERSIONED:
            adopted = _adopt_unversioned(conn)
            if adopted is None:
                raise SchemaError("the database has tables but no schema version, and they are not newsdigest's: "
                                  "point --db at a newsdigest database or an empty one")
            MigrationContext.configure(conn).stamp(_scripts(), adopted)
        command.upgrade(alembic_config(connection=conn), revision)
        after = current_revision(conn)
    return before, after

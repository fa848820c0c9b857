"""PostgreSQL: articles indexed by the content words a lookup matches by (their profile's words and headline words,
as stored), so a lookup of several words intersects the words' lists in a GIN index instead of asking the trigram
index for each word between spaces and checking every document it names (digest.storage.search.create_words). The
index is built from the stored rows (its backfill), and the database keeps it in step with them. Nothing on SQLite,
whose text index answers both.

Revision ID: 0012
Revises: 0011
"""

from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    from digest.storage import search

    conn = op.get_bind()
    search.create_words(conn)
    if conn.dialect.name == "postgresql":   # the planner's statistics of the indexed words: only ANALYZE gathers them
        conn.exec_driver_sql("ANALYZE articles")


def downgrade() -> None:
    from digest.storage import search

    search.drop_words(op.get_bind())

"""SQLite: the text index rebuilt so a lookup reads no document. FTS5 numbers each article's document (its rowid) in a
small table of its own (`article_search_rows`: number, article id; numbered in the order of the ids), so a lookup asks
FTS5 for the numbers alone, answered from its lists, and reads the articles' ids from that table; before, FTS5 read each
matching document's row for the article id stored beside it (2,493 scattered pages of `오픈AI 카카오` at 100,000 stories,
cold). The index keeps no positions (`detail=none`): a lookup asks single trigrams, never a phrase, and positions were
most of its lists (at 100,000 stories 140,103 pages of lists, 21,858 without). Every document is carried over as it
was (the index answers exactly what it answered), the old index read once in its own order. Nothing on PostgreSQL.

Revision ID: 0014
Revises: 0013
"""

from alembic import op
from sqlalchemy import text

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None

OLD = "article_search_0013"


def upgrade() -> None:
    from digest.storage import search

    conn = op.get_bind()
    if conn.dialect.name != "sqlite" or conn.execute(
            text("SELECT 1 FROM sqlite_master WHERE name = :name"), {"name": search.ROWS}).first() is not None:
        return      # PostgreSQL, or an index this version made (revision 0005 upgrading an older store makes it so)
    conn.execute(text(f"ALTER TABLE {search.TABLE} RENAME TO {OLD}"))
    search.create(conn)
    conn.execute(text(f"INSERT INTO {search.ROWS} (article_id) SELECT article_id FROM {OLD} ORDER BY article_id"))
    # CROSS JOIN: the old index read once, in its order, each document's number found by its id
    conn.execute(text(f"INSERT INTO {search.TABLE} (rowid, body) SELECT r.id, o.body FROM {OLD} o "
                      f"CROSS JOIN {search.ROWS} r ON r.article_id = o.article_id"))
    conn.execute(text(f"DROP TABLE {OLD}"))


def downgrade() -> None:
    from digest.storage import search

    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        return
    # revision 0013's index: each document beside its article's id, with positions
    conn.execute(text(f"CREATE VIRTUAL TABLE {OLD} USING fts5(article_id UNINDEXED, body, tokenize = 'trigram')"))
    conn.execute(text(f"INSERT INTO {OLD} (article_id, body) SELECT r.article_id, d.body FROM {search.TABLE} d "
                      f"CROSS JOIN {search.ROWS} r ON r.id = d.rowid"))
    conn.execute(text(f"DROP TABLE {search.TABLE}"))
    conn.execute(text(f"DROP TABLE {search.ROWS}"))
    conn.execute(text(f"ALTER TABLE {OLD} RENAME TO {search.TABLE}"))

"""On PostgreSQL the text index stores documents lowercased and looks them up with `LIKE lower(...)`, the test
`ILIKE` made, without lowercasing each document it checks (digest.storage.search). SQLite's FTS5 folds case
itself: nothing changes there.

Revision ID: 0008
Revises: 0007
"""

from alembic import op
from sqlalchemy import text

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    from digest.storage import search

    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        conn.execute(text(f"UPDATE {search.TABLE} SET body = lower(body) WHERE body <> lower(body)"))


def downgrade() -> None:
    pass   # revision 0007's ILIKE finds in lowercased documents all it found before

"""The text index lists every content word between spaces, so a lookup finds a word of any length (`ai` of
`오픈AI`) through trigrams: every article is indexed again (digest.storage.search.backfill, no Kiwi).

Revision ID: 0007
Revises: 0006
"""

from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    from digest.storage import search

    search.backfill(op.get_bind())


def downgrade() -> None:
    pass   # the spaced documents hold every string the earlier lookups search for

"""Index of when each article was last reported (publication time, or ingest time when undated), with its story.

A digest's date cutoff and a search's newest-first walk read this index instead of every article. It is an
expression index: Alembic's SQLite batch mode does not reflect expression indexes, so a later migration that
rebuilds `articles` in batch mode must create this one again. A database adopted from before migrations may
have it already (its tables were made by the models), hence IF NOT EXISTS.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_articles_recency', 'articles', [sa.text('coalesce(published_at, ingested_at)'), 'story_id'],
                    unique=False, if_not_exists=True)


def downgrade() -> None:
    op.drop_index('ix_articles_recency', table_name='articles', if_exists=True)

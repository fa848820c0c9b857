"""A near-identical copy of a story member is marked as such (`articles.copy_of`): it is credited where its
member is and never re-ranked, so thousands of copies keep a story's upkeep bounded.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A database adopted from before migrations may have the column already (made by the models).
    if 'copy_of' not in {c['name'] for c in sa.inspect(op.get_bind()).get_columns('articles')}:
        op.add_column('articles', sa.Column('copy_of', sa.String(length=16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('articles') as batch:
        batch.drop_column('copy_of')
    op.create_index('ix_articles_recency', 'articles', [sa.text('coalesce(published_at, ingested_at)'), 'story_id'],
                    unique=False, if_not_exists=True)

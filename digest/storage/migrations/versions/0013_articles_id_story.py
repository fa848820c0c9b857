"""Articles' stories by article id from an index alone (`ix_articles_id_story`): a lookup maps the articles the
text index names to their stories, and reading each article's row for it (a large row, its profile on overflow pages
on SQLite) was about a third of the pages `오픈AI 카카오` read with the store cold off disk (3,042 rows' pages and the
primary key's 998 at 100,000 stories, against the new index's 1,319, laid out in key order). Both databases.

Revision ID: 0013
Revises: 0012
"""

from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_articles_id_story', 'articles', ['id', 'story_id'], unique=False, if_not_exists=True)


def downgrade() -> None:
    op.drop_index('ix_articles_id_story', table_name='articles', if_exists=True)

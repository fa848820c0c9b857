"""Story grouping and links find an article's candidates through `article_terms` by term and date; the index
now holds the article id too, so the database answers from the index alone instead of reading each matching
row of the table (a rare term has up to 200 articles within the span searched). It replaces the index on term
and date, whose columns lead it.

Revision ID: 0009
Revises: 0008
"""

from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_article_terms_term_published_article', 'article_terms', ['term', 'published_at', 'article_id'],
                    unique=False, if_not_exists=True)
    op.drop_index('ix_article_terms_term_published', table_name='article_terms', if_exists=True)


def downgrade() -> None:
    op.create_index('ix_article_terms_term_published', 'article_terms', ['term', 'published_at'], unique=False,
                    if_not_exists=True)
    op.drop_index('ix_article_terms_term_published_article', table_name='article_terms', if_exists=True)

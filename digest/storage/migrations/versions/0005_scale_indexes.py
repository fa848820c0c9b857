"""Indexes that keep ingest and lookups flat as the store grows: each article's key terms (story grouping's
candidates), each story's merged profile (links to earlier chapters), headline words stored at ingest, the
text search index of articles (SQLite FTS5 / PostgreSQL pg_trgm, see digest.storage.search), and events by precision
and start (a past-tense report confirms only plans whose period can hold its day). Existing rows are
backfilled from what is stored, without Kiwi; headline words stay empty for old articles (lookups then find
them with Kiwi, as before).

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    from digest.linking import backfill_terms_and_profiles
    from digest.storage import search

    # A database adopted from before migrations may have this revision's tables already (made by the models).
    conn = op.get_bind()
    have = sa.inspect(conn)
    if 'title_words' not in {c['name'] for c in have.get_columns('articles')}:
        op.add_column('articles', sa.Column('title_words', sa.Text(), nullable=True))
    if 'profile' not in {c['name'] for c in have.get_columns('stories')}:
        op.add_column('stories', sa.Column('profile', sa.Text(), nullable=True))
    if 'article_terms' not in have.get_table_names():
        op.create_table('article_terms',
        sa.Column('article_id', sa.String(length=16), nullable=False),
        sa.Column('term', sa.String(length=80), nullable=False),
        sa.Column('published_at', sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('article_id', 'term')
        )
    op.create_index('ix_article_terms_term_published', 'article_terms', ['term', 'published_at'], unique=False,
                    if_not_exists=True)
    op.create_index('ix_events_precision_start', 'events', ['precision', 'start'], unique=False, if_not_exists=True)
    search.create(conn)
    search.backfill(conn)
    backfill_terms_and_profiles(conn)


def downgrade() -> None:
    from digest.storage import search

    conn = op.get_bind()
    conn.execute(sa.text(f"DROP TABLE IF EXISTS {search.TABLE}"))
    conn.execute(sa.text(f"DROP TABLE IF EXISTS {search.ROWS}"))      # SQLite's documents' numbers (revision 0014)
    op.drop_index('ix_events_precision_start', table_name='events')
    op.drop_index('ix_article_terms_term_published', table_name='article_terms')
    op.drop_table('article_terms')
    with op.batch_alter_table('stories') as batch:
        batch.drop_column('profile')
    with op.batch_alter_table('articles') as batch:
        batch.drop_column('title_words')
    op.create_index('ix_articles_recency', 'articles', [sa.text('coalesce(published_at, ingested_at)'), 'story_id'],
                    unique=False, if_not_exists=True)

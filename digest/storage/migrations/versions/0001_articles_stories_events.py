"""Articles with their sentences and bullets, stories across outlets, story links, and the event calendar.

Revision ID: 0001
Revises: None
"""

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('stories',
    sa.Column('id', sa.String(length=20), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('published_at', sa.DateTime(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_stories_published_at'), 'stories', ['published_at'], unique=False)
    op.create_index(op.f('ix_stories_updated_at'), 'stories', ['updated_at'], unique=False)
    op.create_table('articles',
    sa.Column('id', sa.String(length=16), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('title_origin', sa.String(length=16), nullable=False),
    sa.Column('outlet', sa.String(length=80), nullable=True),
    sa.Column('reporter', sa.String(length=80), nullable=True),
    sa.Column('published_at', sa.DateTime(), nullable=True),
    sa.Column('published_precision', sa.String(length=8), nullable=True),
    sa.Column('published_origin', sa.String(length=16), nullable=True),
    sa.Column('ingested_at', sa.DateTime(), nullable=False),
    sa.Column('encoding', sa.String(length=24), nullable=False),
    sa.Column('story_id', sa.String(length=20), nullable=True),
    sa.Column('profile', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['story_id'], ['stories.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('content_hash'),
    sa.UniqueConstraint('url')
    )
    op.create_index(op.f('ix_articles_ingested_at'), 'articles', ['ingested_at'], unique=False)
    op.create_index(op.f('ix_articles_published_at'), 'articles', ['published_at'], unique=False)
    op.create_index(op.f('ix_articles_story_id'), 'articles', ['story_id'], unique=False)
    op.create_table('sentences',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('article_id', sa.String(length=16), nullable=False),
    sa.Column('idx', sa.Integer(), nullable=False),
    sa.Column('paragraph', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('role', sa.String(length=8), nullable=False),
    sa.Column('words', sa.Text(), nullable=False),
    sa.Column('entities', sa.Text(), nullable=False),
    sa.Column('final', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_sentences_article_id'), 'sentences', ['article_id'], unique=False)
    op.create_table('bullets',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('article_id', sa.String(length=16), nullable=False),
    sa.Column('sentence_idx', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('score', sa.Float(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_bullets_article_id'), 'bullets', ['article_id'], unique=False)
    op.create_table('story_bullets',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('story_id', sa.String(length=20), nullable=False),
    sa.Column('rank', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('article_ids', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['story_id'], ['stories.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_story_bullets_story_id'), 'story_bullets', ['story_id'], unique=False)
    op.create_table('story_links',
    sa.Column('story_id', sa.String(length=20), nullable=False),
    sa.Column('earlier_id', sa.String(length=20), nullable=False),
    sa.Column('score', sa.Float(), nullable=False),
    sa.ForeignKeyConstraint(['earlier_id'], ['stories.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['story_id'], ['stories.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('story_id', 'earlier_id')
    )
    op.create_table('events',
    sa.Column('id', sa.String(length=20), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('words', sa.Text(), nullable=False),
    sa.Column('start', sa.DateTime(), nullable=True),
    sa.Column('end', sa.DateTime(), nullable=True),
    sa.Column('precision', sa.String(length=8), nullable=False),
    sa.Column('part_of_day', sa.String(length=8), nullable=True),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('story_id', sa.String(length=20), nullable=True),
    sa.Column('happened_article_id', sa.String(length=16), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['happened_article_id'], ['articles.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['story_id'], ['stories.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_events_start'), 'events', ['start'], unique=False)
    op.create_index(op.f('ix_events_story_id'), 'events', ['story_id'], unique=False)
    op.create_table('event_sources',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('event_id', sa.String(length=20), nullable=False),
    sa.Column('article_id', sa.String(length=16), nullable=False),
    sa.Column('evidence', sa.Text(), nullable=False),
    sa.Column('reported_past', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_event_sources_article_id'), 'event_sources', ['article_id'], unique=False)
    op.create_index(op.f('ix_event_sources_event_id'), 'event_sources', ['event_id'], unique=False)


def downgrade() -> None:
    op.drop_table('event_sources')
    op.drop_table('events')
    op.drop_table('story_links')
    op.drop_table('story_bullets')
    op.drop_table('bullets')
    op.drop_table('sentences')
    op.drop_table('articles')
    op.drop_table('stories')

"""Story links are found by either end: linking a story first deletes every link naming it, as the later or the
earlier story, and deleting a story (merging it into another) makes the database look for the links naming it.
The primary key serves the later end only, so each of those read every link; an index on the earlier end makes
them lookups, whatever the number of links stored.

Revision ID: 0010
Revises: 0009
"""

from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_story_links_earlier_id', 'story_links', ['earlier_id'], unique=False, if_not_exists=True)


def downgrade() -> None:
    op.drop_index('ix_story_links_earlier_id', table_name='story_links', if_exists=True)

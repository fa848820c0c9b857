"""The calendar without a topic read from indexes: the past list (every event no longer upcoming, which grows with
the store) is the latest 100 in the calendar's order, and sorting them all read and sorted every past event (23,433
at 100,000 stories) to keep 100; the upcoming list and both counts tested every event.

`ix_events_listed` holds the start of the calendar's order (undated last, then the day), so the past list walks
it from its end and sorts only each day's few events by the rest (precision, title, id). `ix_events_until` is when
an event ends, so the upcoming ones (an event under way is upcoming too) are a range of it, with the undated ones
from the existing indexes.

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_events_listed', 'events', [sa.text('(start IS NULL)'), sa.text('date(start)')],
                    unique=False, if_not_exists=True)
    op.create_index('ix_events_until', 'events', [sa.text('coalesce("end", start)')], unique=False, if_not_exists=True)


def downgrade() -> None:
    op.drop_index('ix_events_until', table_name='events', if_exists=True)
    op.drop_index('ix_events_listed', table_name='events', if_exists=True)

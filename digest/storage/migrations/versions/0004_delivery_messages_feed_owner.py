"""Each message of a scheduled delivery recorded as it is posted (resuming a partly posted digest, finding a
message whose answer timed out); feeds owned by the workspace that added them from chat.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a database adopted from before migrations may have both already (its tables were made by the models)
    inspector = sa.inspect(op.get_bind())
    if 'delivery_messages' not in inspector.get_table_names():
        _create_delivery_messages()
    if 'owner' not in {c['name'] for c in inspector.get_columns('feeds')}:
        with op.batch_alter_table('feeds') as batch:
            batch.add_column(sa.Column('owner', sa.String(length=96), nullable=True))


def _create_delivery_messages() -> None:
    op.create_table(
        'delivery_messages',
        sa.Column('id', sa.Integer(), nullable=False, autoincrement=True),
        sa.Column('delivery_id', sa.Integer(), nullable=False),
        sa.Column('idx', sa.Integer(), nullable=False),
        sa.Column('key', sa.String(length=64), nullable=False),
        sa.Column('payload', sa.Text(), nullable=False),
        sa.Column('status', sa.String(length=12), nullable=False),
        sa.Column('ref', sa.String(length=64), nullable=True),
        sa.Column('attempts', sa.Integer(), nullable=False),
        sa.Column('sent_at', sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(['delivery_id'], ['deliveries.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('delivery_id', 'idx', name='uq_delivery_message'),
    )
    op.create_index('ix_delivery_messages_delivery_id', 'delivery_messages', ['delivery_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('feeds') as batch:
        batch.drop_column('owner')
    op.drop_index('ix_delivery_messages_delivery_id', table_name='delivery_messages')
    op.drop_table('delivery_messages')

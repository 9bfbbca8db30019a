"""a job version's key, sealed beside its document

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("job_version", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sealed_key", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("job_version", schema=None) as batch_op:
        batch_op.drop_column("sealed_key")

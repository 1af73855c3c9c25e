"""Profile snapshots: one row per creator and date.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "snapshots",
        sa.Column("platform", sa.String(32), primary_key=True),
        sa.Column("creator_id", sa.String(200), primary_key=True),
        sa.Column("date", sa.Date, primary_key=True),
        sa.Column("followers", sa.BigInteger, nullable=False),
        sa.Column("following", sa.BigInteger, nullable=True),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("snapshots")

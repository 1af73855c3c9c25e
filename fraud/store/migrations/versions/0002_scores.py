"""Past scores (verdict, probability, model version, top reasons); snapshots gain ``posts``.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("snapshots") as batch:
        batch.add_column(sa.Column("posts", sa.BigInteger, nullable=True))
    op.create_table(
        "scores",
        sa.Column("platform", sa.String(32), primary_key=True),
        sa.Column("creator_id", sa.String(200), primary_key=True),
        sa.Column("date", sa.Date, primary_key=True),
        sa.Column("model_version", sa.String(100), primary_key=True),
        sa.Column("verdict", sa.String(32), nullable=False),
        sa.Column("fraud_probability", sa.Float, nullable=False),
        sa.Column("authenticity", sa.Float, nullable=False),
        sa.Column("top_reasons", sa.Text, nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("scores")
    with op.batch_alter_table("snapshots") as batch:
        batch.drop_column("posts")

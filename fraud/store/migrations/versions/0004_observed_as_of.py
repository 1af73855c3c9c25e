"""When each stored row was observed: ``as_of`` on snapshots and scores.

Two observations of one creator on one day (a morning and an evening crawl) share a row;
the last written won, so re-running the morning's file after the evening's replaced the
evening's count. The row now keeps the ``as_of`` of the record it came from, and a later
write replaces it only when its own ``as_of`` is at least as recent. Rows stored before
this revision have none (NULL): any observation may still replace them, as before.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_TABLES = ("snapshots", "scores")


def upgrade() -> None:
    existing = sa.inspect(op.get_bind())
    for table in _TABLES:
        # re-runnable where DDL is not transactional (MySQL): a column already added stays
        if "as_of" in {c["name"] for c in existing.get_columns(table)}:
            continue
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("as_of", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    for table in _TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("as_of")

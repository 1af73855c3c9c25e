"""Keys compared byte for byte on MySQL and MariaDB, as on SQLite and PostgreSQL.

A MySQL table's text columns take the server's default collation, on MySQL 8
``utf8mb4_0900_ai_ci``, which compares without case or accents: there the keys of two
case-sensitive ids (Douyin's ``sec_uid``, a YouTube channel id ``UC...``) that differ only
in case were one primary key, so one creator's row replaced the other's, and a read by one
id found the other's. SQLite (``BINARY``) and PostgreSQL (deterministic collations) compare
bytes. This revision gives the key columns that hold names, ``namespace`` and
``creator_id``, the binary collation ``utf8mb4_bin`` on MySQL and MariaDB (the store's
normaliser, :func:`fraud.store.normalise_creator_id`, already folds the case of the
platforms whose handles ignore it). Rows are kept: a binary collation only tells more keys
apart. Other databases: nothing to do. Re-runnable (``MODIFY`` to what a column already
is changes nothing). Downgrading keeps the collation.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

#: (table, column, length): the key columns that hold names
_NAME_KEYS = (
    ("snapshots", "namespace", 64),
    ("snapshots", "creator_id", 200),
    ("scores", "namespace", 64),
    ("scores", "creator_id", 200),
)


def upgrade() -> None:
    if op.get_context().dialect.name not in ("mysql", "mariadb"):
        return
    for table, column, length in _NAME_KEYS:
        op.alter_column(
            table,
            column,
            existing_type=sa.String(length),
            type_=mysql.VARCHAR(length, charset="utf8mb4", collation="utf8mb4_bin"),
            existing_nullable=False,
            existing_server_default="" if column == "namespace" else None,
        )


def downgrade() -> None:
    pass  # the binary collation stays: going back could merge keys it told apart

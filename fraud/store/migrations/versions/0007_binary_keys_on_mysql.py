"""Keys compared byte for byte on MySQL and MariaDB, as on SQLite and PostgreSQL.

A MySQL table's text columns take the server's default collation, on MySQL 8
``utf8mb4_0900_ai_ci``, which compares without case or accents (and the older ones' without
case): there the keys of two case-sensitive ids (Douyin's ``sec_uid``, a YouTube channel id
``UC...``) that differ only in case were one primary key, so one creator's row replaced the
other's, and a read by one id found the other's. SQLite (``BINARY``) and PostgreSQL
(deterministic collations) compare bytes. This revision gives the key columns that hold
names, ``namespace`` and ``creator_id``, a binary collation that also tells trailing spaces
apart (NO PAD: ``utf8mb4_0900_bin`` on MySQL 8, ``utf8mb4_nopad_bin`` on MariaDB; MySQL 5.7
has only ``utf8mb4_bin``, which ignores trailing spaces: ids are stored stripped, a
namespace is not). The store's normaliser, :func:`fraud.store.normalise_creator_id`, already
folds the case of the platforms whose handles ignore it. Rows are kept: a binary collation
only tells more keys apart, and a table in an older character set (latin1, utf8mb3) has
every character in utf8mb4; the primary keys then need the DYNAMIC row format (MySQL's
default since 5.7.9) for their up to 1,600 bytes. One ``ALTER TABLE`` per table (each
rebuilds its table). Other databases: nothing to do. Re-runnable (``MODIFY`` to what a
column already is changes nothing). Downgrading keeps the collation. ``model_version`` keeps
the server's collation (the versions are made by this package: digits, lower-case hex).

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

from alembic import op

from fraud.store.migrations.mysql import binary_collation as binary_collation  # (tests read it)
from fraud.store.migrations.mysql import binary_keys, is_mysql

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    dialect = op.get_context().dialect
    if not is_mysql(dialect):
        return
    for table in ("snapshots", "scores"):
        op.execute(binary_keys(dialect, table))


def downgrade() -> None:
    pass  # the binary collation stays: going back could merge keys it told apart

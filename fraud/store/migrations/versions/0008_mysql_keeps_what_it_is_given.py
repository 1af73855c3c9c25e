"""MySQL and MariaDB keep what the store gives them, as SQLite and PostgreSQL do: text in
utf8mb4, times to the microsecond, probabilities as doubles.

A MySQL table takes the server's defaults, and they lost data (found when the store first
ran on a live MariaDB server, ``make store-servers``): a server whose character set is not
utf8mb4 (latin1 is MariaDB's own default before 11.6) refused a score whose reasons hold
Chinese or an emoji ("Incorrect string value", so nothing of that write was stored);
``DATETIME`` keeps whole seconds (MariaDB truncates the fraction, MySQL rounds it), so of two
observations in one second the earlier could replace the later, or a correction at the same
``as_of`` be refused as older; ``FLOAT`` is single precision (0.12345678901234566 came back
0.123457). The text columns that are not name keys (``platform``, ``model_version``,
``verdict``, ``top_reasons``; the name keys are utf8mb4 since 0007) become utf8mb4 in the
charset's default collation, the times ``DATETIME(6)``, the probabilities ``DOUBLE``, and the
tables' default character set utf8mb4 (for columns added later). Stored values are kept (a
time or a probability already cut stays cut). Other databases: nothing to do. Re-runnable.
Downgrading keeps the types (they only hold more).

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

from alembic import op

from fraud.store.migrations.mysql import is_mysql

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_TIMES = ("MODIFY recorded_at DATETIME(6) NOT NULL", "MODIFY as_of DATETIME(6) NULL")
_COLUMNS = {
    "snapshots": ("MODIFY platform VARCHAR(32) CHARACTER SET utf8mb4 NOT NULL", *_TIMES),
    "scores": (
        "MODIFY platform VARCHAR(32) CHARACTER SET utf8mb4 NOT NULL",
        "MODIFY model_version VARCHAR(100) CHARACTER SET utf8mb4 NOT NULL",
        "MODIFY verdict VARCHAR(32) CHARACTER SET utf8mb4 NOT NULL",
        "MODIFY fraud_probability DOUBLE NOT NULL",
        "MODIFY authenticity DOUBLE NOT NULL",
        "MODIFY top_reasons TEXT CHARACTER SET utf8mb4 NOT NULL",
        *_TIMES,
    ),
}


def upgrade() -> None:
    if not is_mysql(op.get_context().dialect):
        return
    for table, columns in _COLUMNS.items():
        op.execute(f"ALTER TABLE {table} {', '.join(columns)}, DEFAULT CHARACTER SET utf8mb4")


def downgrade() -> None:
    pass  # the types stay: they only hold more

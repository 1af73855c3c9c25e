"""Namespaces: every row belongs to one (``''``, the shared one, for every row stored before).

A store may be partitioned (the service's ``FRAUD_STORE_PARTITION=key``: one namespace per
API key), so the namespace leads both tables' primary keys. A primary key cannot be altered
in place on every database (SQLite least of all), so each table is rebuilt: created anew,
its rows copied into the shared namespace, the old table dropped, the new one renamed.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_SNAPSHOT_COLUMNS = ("platform", "creator_id", "date", "followers", "following", "posts")
_SCORE_COLUMNS = (
    "platform",
    "creator_id",
    "date",
    "model_version",
    "verdict",
    "fraud_probability",
    "authenticity",
    "top_reasons",
)


def _snapshot_columns(namespace: bool) -> list[sa.Column[Any]]:
    columns: list[sa.Column[Any]] = [
        sa.Column("platform", sa.String(32), primary_key=True),
        sa.Column("creator_id", sa.String(200), primary_key=True),
        sa.Column("date", sa.Date, primary_key=True),
        sa.Column("followers", sa.BigInteger, nullable=False),
        sa.Column("following", sa.BigInteger, nullable=True),
        sa.Column("posts", sa.BigInteger, nullable=True),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
    ]
    return [_namespace(), *columns] if namespace else columns


def _score_columns(namespace: bool) -> list[sa.Column[Any]]:
    columns: list[sa.Column[Any]] = [
        sa.Column("platform", sa.String(32), primary_key=True),
        sa.Column("creator_id", sa.String(200), primary_key=True),
        sa.Column("date", sa.Date, primary_key=True),
        sa.Column("model_version", sa.String(100), primary_key=True),
        sa.Column("verdict", sa.String(32), nullable=False),
        sa.Column("fraud_probability", sa.Float, nullable=False),
        sa.Column("authenticity", sa.Float, nullable=False),
        sa.Column("top_reasons", sa.Text, nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
    ]
    return [_namespace(), *columns] if namespace else columns


def _namespace() -> sa.Column[Any]:
    return sa.Column("namespace", sa.String(64), primary_key=True, server_default="")


def _rebuild(table: str, columns: list[sa.Column[Any]], copied: tuple[str, ...]) -> None:
    """``table`` rebuilt with ``columns``, its rows (``copied`` columns) kept.

    Re-runnable where DDL is not transactional (MySQL commits each statement): a copy left
    by an interrupted run is dropped and made again, or, once the old table is gone, only
    renamed."""
    new = f"{table}_rebuilt"
    existing = set(sa.inspect(op.get_bind()).get_table_names())
    if new in existing:
        if table not in existing:  # interrupted between the drop and the rename
            op.rename_table(new, table)
            return
        op.drop_table(new)
    op.create_table(new, *columns)
    names = ", ".join((*copied, "recorded_at"))
    op.execute(f"INSERT INTO {new} ({names}) SELECT {names} FROM {table}")
    op.drop_table(table)
    op.rename_table(new, table)


def upgrade() -> None:
    _rebuild("snapshots", _snapshot_columns(namespace=True), _SNAPSHOT_COLUMNS)
    _rebuild("scores", _score_columns(namespace=True), _SCORE_COLUMNS)


def downgrade() -> None:
    # Only the shared namespace goes back: partitions have no place in the old schema.
    op.execute("DELETE FROM snapshots WHERE namespace <> ''")
    op.execute("DELETE FROM scores WHERE namespace <> ''")
    _rebuild("snapshots", _snapshot_columns(namespace=False), _SNAPSHOT_COLUMNS)
    _rebuild("scores", _score_columns(namespace=False), _SCORE_COLUMNS)

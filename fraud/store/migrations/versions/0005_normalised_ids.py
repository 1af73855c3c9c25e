"""Creator ids normalised: surrounding whitespace removed, handles case-folded.

A store keyed ``"NatGeo "``, ``@NatGeo`` and ``natgeo`` held split histories of one Instagram
account.
The store now keys a creator by :func:`fraud.store.normalise_creator_id` (frozen here as
:func:`_normalised`, so that this revision always does what it did); the rows of every older
key are moved under the normalised one. Where both hold a row of one date, the more recent
observation stays (its ``as_of``, a row without one counting as oldest; then the later
``recorded_at``: rows of stores before 0004 have no ``as_of``, so the later written), the
other is dropped, after the counts the staying row lacks are taken from it. Re-runnable: a second run finds nothing to move.
Downgrading keeps the normalised keys (the old spellings are not kept).

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

#: the counts of a snapshot the merged row takes from the other when it has none
_FILLED = {"snapshots": ("followers", "following", "posts")}
_KEYS = {
    "snapshots": ("namespace", "platform", "creator_id", "date"),
    "scores": ("namespace", "platform", "creator_id", "date", "model_version"),
}


def _normalised(platform: str, creator_id: str) -> str:
    creator_id = creator_id.strip()
    if platform in ("instagram", "tiktok", "twitter"):
        if platform == "tiktok" and creator_id.startswith("MS4wLjAB"):
            return creator_id
        return creator_id.removeprefix("@").lower()
    if platform == "youtube" and creator_id.startswith("@"):
        return creator_id.lower()
    return creator_id


def _recency(row: Any) -> tuple[bool, str, str]:
    # as text: a database without time zones gives them naive, all in UTC
    return (row.as_of is not None, str(row.as_of or ""), str(row.recorded_at or ""))


def _move(table: str, keys: tuple[str, ...]) -> None:
    bind = op.get_bind()
    t = sa.table(
        table, *(sa.column(k) for k in (*keys, "as_of", "recorded_at", *_FILLED.get(table, ())))
    )
    found = bind.execute(sa.select(t.c.namespace, t.c.platform, t.c.creator_id).distinct())
    moved = [
        (namespace, platform, creator_id, _normalised(platform, creator_id))
        for namespace, platform, creator_id in found.all()
        if _normalised(platform, creator_id) != creator_id
    ]
    rest = keys[3:]
    for namespace, platform, old, new in moved:
        same = (t.c.namespace == namespace, t.c.platform == platform)
        rows = bind.execute(sa.select(t).where(*same, t.c.creator_id == old)).all()
        for row in rows:
            where_old = sa.and_(
                *same, t.c.creator_id == old, *(t.c[k] == row._mapping[k] for k in rest)
            )
            where_new = sa.and_(
                *same, t.c.creator_id == new, *(t.c[k] == row._mapping[k] for k in rest)
            )
            there = bind.execute(sa.select(t).where(where_new)).first()
            if there is not None:
                older, newer, where_newer = (row, there, where_new)
                if _recency(there) < _recency(row):
                    older, newer, where_newer = (there, row, where_old)
                # a count the newer row lacks is not erased by the merge (as in a write)
                filled = {
                    k: older._mapping[k]
                    for k in _FILLED.get(table, ())
                    if newer._mapping[k] is None and older._mapping[k] is not None
                }
                if filled:
                    bind.execute(sa.update(t).where(where_newer).values(**filled))
                if newer is there:
                    bind.execute(sa.delete(t).where(where_old))
                    continue
                bind.execute(sa.delete(t).where(where_new))
            bind.execute(sa.update(t).where(where_old).values(creator_id=new))


def upgrade() -> None:
    for table, keys in _KEYS.items():
        _move(table, keys)


def downgrade() -> None:
    pass  # the normalised keys stay: the old spellings are gone

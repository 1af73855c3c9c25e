"""Creator ids normalised: surrounding whitespace removed, handles case-folded.

A store keyed ``"NatGeo "``, ``@NatGeo`` and ``natgeo`` held split histories of one Instagram
account. The store now keys a creator by :func:`fraud.store.normalise_creator_id` (as it was
then, frozen here as :func:`_normalised`, so that this revision always does what it did);
the rows of every older key are moved under the normalised one, set-based
(:mod:`fraud.store.migrations.key_moves`, which says how rows two keys hold for one date are
merged). Downgrading keeps the normalised keys (the old spellings are not kept).

Not re-runnable as it was said to be ("a second run finds nothing to move"): this normaliser
takes one ``@`` off, so the normalised key of ``@@1abc`` is ``@1abc``, which a second run
(after an interruption where DDL is not transactional, MySQL) would move on to ``1abc``,
while ``@@x`` went to ``x`` in the first when ``@x`` was stored too (the keys are taken in
order, and ``@`` sorts after digits but before letters). Revision 0006 moves every key to
where the store keeps it now, whatever this one left.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from alembic import op

from fraud.store.migrations.key_moves import KEYS, move_keys

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _normalised(platform: str, creator_id: str) -> str:
    creator_id = creator_id.strip()
    if platform in ("instagram", "tiktok", "twitter"):
        if platform == "tiktok" and creator_id.startswith("MS4wLjAB"):
            return creator_id
        return creator_id.removeprefix("@").lower()
    if platform == "youtube" and creator_id.startswith("@"):
        return creator_id.lower()
    return creator_id


def upgrade() -> None:
    bind = op.get_bind()
    for table in KEYS:
        move_keys(bind, table, _normalised, "migration_0005")


def downgrade() -> None:
    pass  # the normalised keys stay: the old spellings are gone

"""Creator ids normalised once and for all: a handle's every leading ``@`` removed.

Revision 0005's normaliser took one ``@`` off an Instagram, TikTok or X handle, so the key
of ``@@1abc`` was ``@1abc`` and that of ``@ natgeo`` was `` natgeo``: keys that were not
their own normalised key, which a second run of 0005 (after an interruption where DDL is not
transactional, MySQL) moved again, and which 0005 itself moved on or not depending on the
other spellings stored (``@@x`` went to ``x`` when ``@x`` was stored too). The store's
normaliser (:func:`fraud.store.normalise_creator_id`, frozen here as :func:`_normalised`)
now removes every leading ``@`` and the spaces after one, so a normalised key is its own
normalised key; this revision moves the rows of every key to it (set-based, merging as
0005 did: :mod:`fraud.store.migrations.key_moves`), whatever 0005 left. Re-runnable: the
normaliser is idempotent, so a second run finds nothing to move. Downgrading keeps the
keys.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

from alembic import op

from fraud.store.migrations.key_moves import KEYS, move_keys

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _normalised(platform: str, creator_id: str) -> str:
    creator_id = creator_id.strip()
    if platform in ("instagram", "tiktok", "twitter"):
        if platform == "tiktok" and creator_id.startswith("MS4wLjAB"):
            return creator_id
        while creator_id.startswith("@"):
            creator_id = creator_id[1:].lstrip()
        return creator_id.lower()
    if platform == "youtube" and creator_id.startswith("@"):
        return creator_id.lower()
    return creator_id


def upgrade() -> None:
    bind = op.get_bind()
    for table in KEYS:
        move_keys(bind, table, _normalised, "migration_0006")


def downgrade() -> None:
    pass  # the normalised keys stay: the old spellings are gone

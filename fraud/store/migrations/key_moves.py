"""Moving a store's rows from older spellings of creator ids to normalised ones, set-based:
the machinery of revisions 0005 and 0006 (each with its own frozen normaliser). What it
decides is part of what those revisions do: change it only in ways that keep their
decisions (``tests/test_store_ids_migration.py`` holds 0005 to the row-by-row move it
replaced).

The move takes a few statements over all rows, however many (a store with 135,000 snapshot
and 135,000 score rows to move opened in 89 s row by row, while other processes waited for
it; 3.5 s set-based). It decides what the row-by-row move decided, which took the keys in
order (namespace, platform, id) and merged each of their rows into the row of the same
date under the normalised key, one after the other: where both held a row of one date, the
more recent observation stayed (its ``as_of``, a row without one counting as oldest; then
the later ``recorded_at``), the other was dropped, after the counts the staying row lacked
were taken from it (see :func:`_merged`). It needs window functions (SQLite 3.25,
PostgreSQL, MySQL 8, MariaDB 10.2). On MySQL and MariaDB the name keys are first given the
binary collation revision 0007 gives them, so that ids are compared as SQLite compares them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sqlalchemy as sa

from fraud.store.migrations.mysql import binary_keys, is_mysql

__all__ = ["FILLED", "KEYS", "Normaliser", "move_keys"]

#: A creator id's normalised spelling: ``normalised(platform, creator_id)``.
Normaliser = Callable[[str, str], str]
#: the counts of a snapshot the merged row takes from the other when it has none
FILLED = {"snapshots": ("followers", "following", "posts")}
#: each table's primary key
KEYS = {
    "snapshots": ("namespace", "platform", "creator_id", "date"),
    "scores": ("namespace", "platform", "creator_id", "date", "model_version"),
}


def _rounds(
    found: list[tuple[str, str, str]], normalised: Normaliser
) -> list[list[dict[str, Any]]]:
    """The keys to move (namespace, platform, id) as rows of the moves table, in rounds.

    ``seq`` is a key's place in the order the row-by-row move took them. A key that is the
    normalised key of one moved before it in the same round (``@@x`` -> ``@x`` -> ``x``)
    starts a new round: row by row, it moved what it had received too."""
    rounds: list[list[dict[str, Any]]] = [[]]
    targets: set[tuple[str, str, str]] = set()
    for seq, (namespace, platform, old) in enumerate(sorted(found), start=1):
        new = normalised(platform, old)
        if new == old:
            continue
        if (namespace, platform, old) in targets:
            rounds.append([])
            targets.clear()
        targets.add((namespace, platform, new))
        rounds[-1].append(
            {"namespace": namespace, "platform": platform, "old_id": old, "new_id": new, "seq": seq}
        )
    return [moves for moves in rounds if moves]


def _merged(
    rows: sa.Table, keys: tuple[str, ...], filled: tuple[str, ...], met: Any
) -> sa.Select[Any]:
    """One row per key and date (and model version) of the rows of ``rows`` that ``met``
    another there (the rows of moved keys, under their normalised key ``target``, and the
    rows they meet there, ``seq`` 0: a normalised key's own row came first).

    Row by row, each row in ``seq`` order met the row there: the later one replaced it only
    when strictly more recent (so the most recent stays, the first of equally recent ones),
    and the one staying took the counts it lacked from the other. So a count comes from the
    last row that was more recent than all before it (a "record") and had the count; when
    no such row had it, from the first row that had it."""
    place = (rows.c.namespace, rows.c.platform, rows.c.target, *(rows.c[k] for k in keys[3:]))
    # how recent: as_of (none is oldest), then recorded_at; as text where that is the type
    # (SQLite), as the row-by-row move compared them
    recency = sa.func.dense_rank().over(
        partition_by=place,
        order_by=(sa.case((rows.c.as_of.is_(None), 0), else_=1), rows.c.as_of, rows.c.recorded_at),
    )
    ranked = sa.select(rows, recency.label("recency")).where(met).subquery()
    r = ranked.c
    group = (r.namespace, r.platform, r.target, *(r[k] for k in keys[3:]))
    before = sa.func.max(r.recency).over(partition_by=group, order_by=r.seq, rows=(None, -1))
    marked = sa.select(
        ranked,
        sa.func.row_number()
        .over(partition_by=group, order_by=(r.recency.desc(), r.seq))
        .label("place"),
        sa.case((r.recency > sa.func.coalesce(before, 0), 1), else_=0).label("record"),
    ).subquery()
    m = marked.c
    group = (m.namespace, m.platform, m.target, *(m[k] for k in keys[3:]))

    def count(name: str) -> Any:
        first = (
            sa.case((m[name].is_(None), 2), (m.record == 1, 0), else_=1),
            sa.case((m.record == 1, -m.seq), else_=m.seq),
        )
        return sa.func.first_value(m[name]).over(partition_by=group, order_by=first).label(name)

    columns = [c.name for c in rows.columns if c.name not in ("target", "seq")]
    chosen = sa.select(
        *(
            m.target.label(name)
            if name == "creator_id"
            else count(name)
            if name in filled
            else m[name]
            for name in columns
        ),
        m.place,
    ).subquery()
    return sa.select(*(chosen.c[name] for name in columns)).where(chosen.c.place == 1)


def move_keys(bind: sa.Connection, table: str, normalised: Normaliser, scratch_prefix: str) -> None:
    """Move the rows of ``table`` (``snapshots`` or ``scores``) from every key to its
    ``normalised`` one, merging the rows two keys hold for one date as the module says, via
    scratch tables whose names start with ``scratch_prefix`` (dropped when done)."""
    keys = KEYS[table]
    if is_mysql(bind.dialect):
        # Keys compared byte for byte, as on SQLite and PostgreSQL (what revision 0007 gives
        # them, done here first): under the server's case-blind collation two spellings of
        # one id were one key to the move, which moved one and lost sight of the other.
        bind.exec_driver_sql(binary_keys(bind.dialect, table))
    named = sa.table(table, *(sa.column(name) for name in keys[:3]))
    found = bind.execute(sa.select(*named.columns).distinct())
    rounds = _rounds([tuple(row) for row in found], normalised)
    if not rounds:
        return  # (before the table is read: a store with nothing to move opens quickly)
    t = sa.Table(table, sa.MetaData(), autoload_with=bind)
    scratch = sa.MetaData()
    moves = sa.Table(  # the keys moved in a round
        f"{scratch_prefix}_moves",
        scratch,
        sa.Column("namespace", t.c.namespace.type, primary_key=True),
        sa.Column("platform", t.c.platform.type, primary_key=True),
        sa.Column("old_id", t.c.creator_id.type, primary_key=True),
        sa.Column("new_id", t.c.creator_id.type, nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
    )
    rows = sa.Table(  # their rows, and the rows they meet, as they were before the round
        f"{scratch_prefix}_rows",
        scratch,
        *(sa.Column(c.name, c.type, primary_key=c.name in keys) for c in t.columns),
        sa.Column("target", t.c.creator_id.type, nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
    )
    sa.Index(
        f"{scratch_prefix}_targets", rows.c.namespace, rows.c.platform, rows.c.target, *keys[3:]
    )
    scratch.drop_all(bind)  # left by an interrupted run where DDL is not transactional
    scratch.create_all(bind)
    for round_moves in rounds:
        bind.execute(moves.delete())
        bind.execute(rows.delete())
        bind.execute(moves.insert(), round_moves)
        _move_round(bind, t, moves, rows, keys, FILLED.get(table, ()))
    scratch.drop_all(bind)


def _move_round(
    bind: sa.Connection,
    t: sa.Table,
    moves: sa.Table,
    rows: sa.Table,
    keys: tuple[str, ...],
    filled: tuple[str, ...],
) -> None:
    """Move the rows of the keys in ``moves`` (via the empty scratch table ``rows``)."""
    columns = [c.name for c in t.columns]
    same = [rows.c[k] == t.c[k] for k in ("namespace", "platform", *keys[3:])]
    moved = (
        moves.c.namespace == t.c.namespace,
        moves.c.platform == t.c.platform,
        moves.c.old_id == t.c.creator_id,
    )
    bind.execute(
        rows.insert().from_select(
            [*columns, "target", "seq"],
            sa.select(t, moves.c.new_id, moves.c.seq).join(moves, sa.and_(*moved)),
        )
    )
    met_there = sa.exists().where(*same, rows.c.target == t.c.creator_id)
    bind.execute(
        rows.insert().from_select(
            [*columns, "target", "seq"],
            sa.select(t, t.c.creator_id.label("target"), sa.literal(0)).where(
                met_there, ~sa.exists().where(*moved)
            ),
        )
    )
    taken = sa.exists().where(*same, rows.c.creator_id == t.c.creator_id)
    bind.execute(t.delete().where(taken))
    # most rows meet none there: moved as they are; the others merged
    other = rows.alias("other")
    met = sa.exists().where(
        *(other.c[k] == rows.c[k] for k in ("namespace", "platform", "target", *keys[3:])),
        other.c.creator_id != rows.c.creator_id,
    )
    alone = [rows.c.target if name == "creator_id" else rows.c[name] for name in columns]
    bind.execute(t.insert().from_select(columns, sa.select(*alone).where(~met)))
    bind.execute(t.insert().from_select(columns, _merged(rows, keys, filled, met)))

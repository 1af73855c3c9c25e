"""Dated follower counts (``date, followers[, following, posts]``) as follower-tracking
sites export them, and the ``--profiles`` table of current counts.

Both are CSV or JSONL with a ``platform`` column (or ``--platform``) and the creator as
``creator_id`` (the platform's id, with or without a ``platform:`` prefix) or ``handle``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from fraud.importers._items import (
    Item,
    ProfileItem,
    Reject,
    SnapshotItem,
    Where,
    iter_rows,
    reject_row,
)
from fraud.importers._values import parse_count, parse_date
from fraud.io import plain_name
from fraud.platforms import canonical_platform, strip_platform

__all__ = [
    "canonical_platform",
    "read_history",
    "read_profiles",
    "reads_file",
    "strip_platform",
]


def reads_file(path: Path) -> bool:
    """Whether a directory given as history or ``--profiles`` input has ``path`` read: its
    CSV and JSON lines files, compressed or not (``counts.csv.gz``)."""
    return Path(plain_name(path.name)).suffix.lower() in (".csv", ".jsonl", ".ndjson")


def _files(inputs: Iterable[Path]) -> Iterator[Path]:
    for path in inputs:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and reads_file(p))
        else:
            yield path


_Identity = tuple[str, str | None, str | None]
"""(platform, creator id or None, handle or None) of a row."""


def _identity(row: dict[str, Any], platform: str | None) -> _Identity:
    found = canonical_platform(row.get("platform") or platform)
    raw_id = row.get("creator_id") or row.get("id") or row.get("user_id")
    key = strip_platform(str(raw_id).strip(), found) if raw_id not in (None, "") else None
    handle = row.get("handle") or row.get("username") or row.get("nickname")
    handle = str(handle).strip() if handle not in (None, "") else None
    if key is None and handle is None:
        raise ValueError("creator_id or handle is missing")
    return found, key, handle


def _read_counted_rows(
    inputs: Iterable[Path],
    platform: str | None,
    build: Callable[[dict[str, Any], Where, _Identity, int], Item],
) -> Iterator[Item]:
    """Each row's identity and (required) ``followers`` parsed, then ``build`` makes the item;
    a ``ValueError`` from either rejects the row."""
    for path in _files(inputs):
        if not path.exists():
            yield Reject(Where(str(path), 0), f"{path}: no such file")
            continue
        for where, row in iter_rows(path):
            if isinstance(row, Reject):
                yield row
                continue
            try:
                ident = _identity(row, platform)
                followers = parse_count(row.get("followers"), "followers")
                if followers is None:
                    raise ValueError("followers is missing")
                yield build(row, where, ident, followers)
            except ValueError as error:
                yield reject_row(where, str(error), row)


def _snapshot(row: dict[str, Any], where: Where, ident: _Identity, followers: int) -> SnapshotItem:
    found, key, handle = ident
    return SnapshotItem(
        platform=found,
        date=parse_date(row.get("date"), "date"),
        followers=followers,
        where=where,
        key=key,
        handle=handle,
        following=parse_count(row.get("following"), "following"),
        posts=parse_count(row.get("posts"), "posts"),
    )


def _profile(row: dict[str, Any], where: Where, ident: _Identity, followers: int) -> ProfileItem:
    found, key, handle = ident
    return ProfileItem(
        platform=found,
        key=key or "",
        where=where,
        handle=handle,
        followers=followers,
        following=parse_count(row.get("following"), "following"),
        posts=parse_count(row.get("posts"), "posts"),
    )


def read_history(inputs: Iterable[Path], platform: str | None = None) -> Iterator[Item]:
    """Yield one :class:`SnapshotItem` per dated row."""
    yield from _read_counted_rows(inputs, platform, _snapshot)


def read_profiles(inputs: Iterable[Path], platform: str | None = None) -> Iterator[Item]:
    """Yield one :class:`ProfileItem` per row of a ``--profiles`` table."""
    yield from _read_counted_rows(inputs, platform, _profile)

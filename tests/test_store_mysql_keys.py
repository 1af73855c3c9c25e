"""Revision 0007: on MySQL and MariaDB the name keys compare byte for byte (a case- and
accent-blind default collation made one key of two case-sensitive ids, a Douyin ``sec_uid``
or a YouTube channel id differing only in case). No MySQL server here: the revision's DDL is
rendered for each dialect (Alembic's SQL mode) and read; on SQLite it runs for real."""

from __future__ import annotations

import importlib.util
import io
from pathlib import Path
from types import ModuleType

import pytest
from alembic.migration import MigrationContext
from alembic.operations import Operations

from fraud.schema import CreatorRecord
from fraud.store import CreatorStore

_REVISION = (
    Path(__file__).resolve().parents[1]
    / "fraud/store/migrations/versions/0007_binary_keys_on_mysql.py"
)


def _revision() -> ModuleType:
    spec = importlib.util.spec_from_file_location("revision_0007", _REVISION)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _ddl(dialect: str) -> list[str]:
    """The statements revision 0007 sends to a ``dialect`` database."""
    out = io.StringIO()
    context = MigrationContext.configure(
        dialect_name=dialect, opts={"as_sql": True, "output_buffer": out}
    )
    with Operations.context(context):
        _revision().upgrade()
    return [s.strip() for s in out.getvalue().split(";") if s.strip()]


@pytest.mark.parametrize("dialect", ["mysql", "mariadb"])
def test_mysql_name_keys_become_binary_keeping_their_length_null_rule_and_default(
    dialect: str,
) -> None:
    assert _ddl(dialect) == [
        f"ALTER TABLE {table} MODIFY {column} VARCHAR({length}) CHARACTER SET utf8mb4 "
        f"COLLATE utf8mb4_bin NOT NULL{default}"
        for table in ("snapshots", "scores")
        for column, length, default in (("namespace", 64, " DEFAULT ''"), ("creator_id", 200, ""))
    ]


@pytest.mark.parametrize("dialect", ["sqlite", "postgresql"])
def test_databases_that_compare_bytes_already_are_left_alone(dialect: str) -> None:
    assert _ddl(dialect) == []


def test_a_store_at_0007_tells_apart_ids_differing_in_case(tmp_path: Path) -> None:
    with CreatorStore.open(tmp_path / "s.sqlite") as store:
        assert store.revision() == "0007"
        for creator_id, followers in (("MS4wLjABAAAAabC", 1), ("MS4wLjABAAAAABC", 2)):
            record = CreatorRecord.model_validate(
                {
                    "creator_id": creator_id,
                    "platform": "douyin",
                    "as_of": "2026-01-01T00:00:00Z",
                    "profile": {"followers": followers},
                }
            )
            store.record_snapshots([record])
        assert [s.followers for s in store.snapshots("douyin", "MS4wLjABAAAAabC")] == [1]
        assert [s.followers for s in store.snapshots("douyin", "MS4wLjABAAAAABC")] == [2]

"""Revision 0007: on MySQL and MariaDB the name keys compare byte for byte (a case- and
accent-blind default collation made one key of two case-sensitive ids, a Douyin ``sec_uid``
or a YouTube channel id differing only in case). No MySQL server here: the revision's DDL is
rendered for each dialect (Alembic's SQL mode) and read, not run."""

from __future__ import annotations

import importlib.util
import io
from pathlib import Path
from types import ModuleType, SimpleNamespace

import pytest
from alembic.migration import MigrationContext
from alembic.operations import Operations

_VERSIONS = Path(__file__).resolve().parents[1] / "fraud/store/migrations/versions"


def revision_module(filename: str) -> ModuleType:
    """The Alembic revision ``filename`` of the store's migrations, imported on its own."""
    spec = importlib.util.spec_from_file_location(
        filename.removesuffix(".py"), _VERSIONS / filename
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def revision_ddl(filename: str, dialect: str) -> list[str]:
    """The statements the revision ``filename`` sends to a ``dialect`` database."""
    out = io.StringIO()
    context = MigrationContext.configure(
        dialect_name=dialect, opts={"as_sql": True, "output_buffer": out}
    )
    with Operations.context(context):
        revision_module(filename).upgrade()
    return [s.strip() for s in out.getvalue().split(";") if s.strip()]


_REVISION = "0007_binary_keys_on_mysql.py"


def _revision() -> ModuleType:
    return revision_module(_REVISION)


def _ddl(dialect: str) -> list[str]:
    """The statements revision 0007 sends to a ``dialect`` database."""
    return revision_ddl(_REVISION, dialect)


def _expected(collation: str) -> list[str]:
    columns = (
        f"MODIFY namespace VARCHAR(64) CHARACTER SET utf8mb4 COLLATE {collation} NOT NULL "
        f"DEFAULT '', MODIFY creator_id VARCHAR(200) CHARACTER SET utf8mb4 COLLATE {collation} "
        "NOT NULL"
    )
    return [f"ALTER TABLE {table} {columns}" for table in ("snapshots", "scores")]


@pytest.mark.parametrize(
    ("dialect", "collation"), [("mysql", "utf8mb4_0900_bin"), ("mariadb", "utf8mb4_nopad_bin")]
)
def test_mysql_name_keys_become_binary_and_no_pad_keeping_length_null_rule_and_default(
    dialect: str, collation: str
) -> None:
    assert _ddl(dialect) == _expected(collation)


@pytest.mark.parametrize(
    ("name", "mariadb", "version", "collation"),
    [
        ("mysql", False, (8, 0, 36), "utf8mb4_0900_bin"),
        ("mysql", False, (5, 7, 44), "utf8mb4_bin"),  # 5.7 has no NO PAD binary collation
        ("mysql", False, None, "utf8mb4_0900_bin"),  # SQL printed, no server asked
        ("mysql", True, (10, 11, 6), "utf8mb4_nopad_bin"),  # MariaDB behind a mysql:// URL
        ("mariadb", True, (11, 4, 2), "utf8mb4_nopad_bin"),
    ],
)
def test_the_collation_suits_the_server(
    name: str, mariadb: bool, version: tuple[int, ...] | None, collation: str
) -> None:
    dialect = SimpleNamespace(name=name, is_mariadb=mariadb, server_version_info=version)
    assert _revision().binary_collation(dialect) == collation


@pytest.mark.parametrize("dialect", ["sqlite", "postgresql"])
def test_databases_that_compare_bytes_already_are_left_alone(dialect: str) -> None:
    assert _ddl(dialect) == []

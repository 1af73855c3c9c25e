"""What the migrations do on MySQL and MariaDB alone, where a table takes the server's
character set and collation for its text and its own precision for times and floats.

:func:`binary_keys` gives the key columns that hold names the binary collation (revision
0007, and revisions 0005 and 0006 before they move keys: a key move compares ids byte for
byte, as on SQLite and PostgreSQL, or two ids differing only in case are one key to it).
"""

from __future__ import annotations

from typing import Any

__all__ = ["NAME_KEYS", "binary_collation", "binary_keys", "is_mysql"]

#: the key columns that hold names: (column, its length, its default)
NAME_KEYS = (("namespace", 64, " DEFAULT ''"), ("creator_id", 200, ""))


def is_mysql(dialect: Any) -> bool:
    """Whether ``dialect`` is MySQL's or MariaDB's."""
    return bool(dialect.name in ("mysql", "mariadb"))


def binary_collation(dialect: Any) -> str:
    """The NO PAD binary collation of utf8mb4 on this MySQL or MariaDB server (a server of
    unknown version, as when the SQL is only printed, is taken for a current one)."""
    if getattr(dialect, "is_mariadb", False) or dialect.name == "mariadb":
        return "utf8mb4_nopad_bin"  # MariaDB 10.2 and later
    version = dialect.server_version_info
    return "utf8mb4_bin" if version is not None and version < (8,) else "utf8mb4_0900_bin"


def binary_keys(dialect: Any, table: str) -> str:
    """The ``ALTER TABLE`` that gives ``table``'s name keys the binary collation."""
    collation = binary_collation(dialect)
    columns = ", ".join(
        f"MODIFY {column} VARCHAR({length}) CHARACTER SET utf8mb4 COLLATE {collation} "
        f"NOT NULL{default}"
        for column, length, default in NAME_KEYS
    )
    return f"ALTER TABLE {table} {columns}"

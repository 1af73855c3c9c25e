"""Revision 0008: on MySQL and MariaDB the store's text is utf8mb4, its times keep their
microseconds and its probabilities are doubles (a server's defaults refused Chinese and emoji
reasons, cut times to the second and probabilities to single precision: found on a live
MariaDB by ``make store-servers``, tests/test_store_servers.py). Here the DDL is rendered for
each dialect and read; the live tests run it."""

from __future__ import annotations

import pytest

from tests.test_store_mysql_keys import revision_ddl


def _ddl(dialect: str) -> list[str]:
    return revision_ddl("0008_mysql_keeps_what_it_is_given.py", dialect)


@pytest.mark.parametrize("dialect", ["mysql", "mariadb"])
def test_text_times_and_probabilities_keep_what_they_are_given(dialect: str) -> None:
    snapshots, scores = _ddl(dialect)
    times = "MODIFY recorded_at DATETIME(6) NOT NULL, MODIFY as_of DATETIME(6) NULL"
    assert snapshots == (
        "ALTER TABLE snapshots MODIFY platform VARCHAR(32) CHARACTER SET utf8mb4 NOT NULL, "
        f"{times}, DEFAULT CHARACTER SET utf8mb4"
    )
    assert scores.startswith("ALTER TABLE scores MODIFY platform VARCHAR(32) CHARACTER SET")
    for column in (
        "model_version VARCHAR(100) CHARACTER SET utf8mb4 NOT NULL",
        "verdict VARCHAR(32) CHARACTER SET utf8mb4 NOT NULL",
        "fraud_probability DOUBLE NOT NULL",
        "authenticity DOUBLE NOT NULL",
        "top_reasons TEXT CHARACTER SET utf8mb4 NOT NULL",
    ):
        assert f"MODIFY {column}," in scores
    assert scores.endswith(f"{times}, DEFAULT CHARACTER SET utf8mb4")


@pytest.mark.parametrize("dialect", ["sqlite", "postgresql"])
def test_databases_that_keep_them_already_are_left_alone(dialect: str) -> None:
    assert _ddl(dialect) == []

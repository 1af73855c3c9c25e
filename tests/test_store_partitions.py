"""A store partitioned by namespace (FRAUD_STORE_PARTITION=key: one per API key): each part
sees only its own rows; the migration that brought namespaces keeps every older row."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from fraud.schema import CreatorRecord
from fraud.store import SHARED, CreatorStore
from service.main import create_app
from service.routes.creators import store_namespace
from service.settings import ServiceSettings, settings_from_env
from tests.conftest import STORE_HEAD
from tests.test_cli import StubScorer
from tests.test_service import _wait_ready, local_client

KEY_A, KEY_B = "a" * 16 + "-client-a", "b" * 16 + "-client-b"


def _record(followers: int, as_of: str = "2026-06-10T00:00:00Z") -> CreatorRecord:
    return CreatorRecord.model_validate(
        {
            "creator_id": "c1",
            "platform": "weibo",
            "as_of": as_of,
            "profile": {"followers": followers},
        }
    )


def test_each_partition_sees_only_its_own_rows(tmp_path: Path) -> None:
    with CreatorStore.open(tmp_path / "s.sqlite") as store:
        first, second = store.partition("a"), store.partition("b")
        first.record_snapshots([_record(100)])
        second.record_snapshots([_record(999)])
        assert [s.followers for s in first.snapshots("weibo", "c1")] == [100]
        assert [s.followers for s in second.snapshots("weibo", "c1")] == [999]
        assert store.snapshots("weibo", "c1") == []  # the shared part has none of them
        completed = first.complete_history(_record(120, "2026-06-11T00:00:00Z"))
        assert [s.followers for s in completed.follower_history] == [100, 120]
        first.close()  # a partition leaves the connections to its store
        assert second.history("weibo", "c1")["snapshots"][0]["followers"] == 999
    with pytest.raises(ValueError, match="at most 64"):
        CreatorStore.open(tmp_path / "s.sqlite").partition("x" * 65)


def store_at(location: Path, revision: str, day: str) -> None:
    """A store of an older schema (``revision``) with one Weibo snapshot row on ``day``:
    1,234 followers, 56 following, 7 posts."""
    old = CreatorStore.open(location, upgrade=False)
    old.upgrade(revision)
    old.close()
    with sqlite3.connect(location) as db:
        db.execute(
            "INSERT INTO snapshots(platform, creator_id, date, followers, following, posts,"
            " recorded_at) VALUES ('weibo', 'c1', ?, 1234, 56, 7, ?)",
            (day, day),
        )


def _store_at_0002(location: Path) -> None:
    """A store of the schema before namespaces, with one snapshot row."""
    store_at(location, "0002", "2026-01-02")


def test_the_namespace_migration_keeps_every_row_in_the_shared_part(tmp_path: Path) -> None:
    location = tmp_path / "old.sqlite"
    _store_at_0002(location)
    with sqlite3.connect(location) as db:
        db.execute(
            "INSERT INTO scores(platform, creator_id, date, model_version, verdict,"
            " fraud_probability, authenticity, top_reasons, recorded_at) VALUES ('weibo', 'c1',"
            " '2026-01-02', 'm1', 'authentic', 0.1, 90.0, '[]', '2026-01-02')"
        )
    with CreatorStore.open(location) as store:  # upgraded to namespaces
        assert store.revision() == STORE_HEAD
        assert store.namespace == SHARED
        history = store.history("weibo", "c1")
        assert history["snapshots"] == [
            {"date": "2026-01-02", "followers": 1234, "following": 56, "posts": 7}
        ]
        assert [s["verdict"] for s in history["scores"]] == ["authentic"]
        assert store.partition("a").history("weibo", "c1")["snapshots"] == []
        # the upsert keys now include the namespace: the same date in another part is added
        store.partition("a").record_snapshots([_record(5, "2026-01-02T00:00:00Z")])
        store.record_snapshots([_record(1300, "2026-01-02T00:00:00Z")])
        assert [s.followers for s in store.snapshots("weibo", "c1")] == [1300]
        _downgrade(store, "0002")  # and back: the shared rows stay
        assert store.revision() == "0002"
        store.upgrade()
        assert [s.followers for s in store.snapshots("weibo", "c1")] == [1300]
        assert store.partition("a").snapshots("weibo", "c1") == []


@pytest.mark.parametrize("left", ["copy", "copy_only"])
def test_the_namespace_migration_recovers_from_an_interrupted_run(
    tmp_path: Path, left: str
) -> None:
    # where DDL is not transactional (MySQL), an interrupted upgrade leaves the rebuilt copy
    # beside the old table ("copy"), or only the copy, the old table dropped ("copy_only")
    location = tmp_path / "old.sqlite"
    _store_at_0002(location)
    with sqlite3.connect(location) as db:
        db.execute("CREATE TABLE snapshots_rebuilt AS SELECT '' AS namespace, * FROM snapshots")
        if left == "copy_only":
            db.execute("DROP TABLE snapshots")
    with CreatorStore.open(location) as store:
        assert store.revision() == STORE_HEAD
        assert [s.followers for s in store.snapshots("weibo", "c1")] == [1234]


def _downgrade(store: CreatorStore, revision: str) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "fraud.store:migrations")
    with store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)


def _scored_by(client: Any, key: str, followers: int) -> Any:
    body = {
        "creator_id": "victim",
        "platform": "rednote",
        "as_of": datetime.now(UTC).isoformat(),
        "profile": {"followers": followers},
    }
    return client.post("/v1/score", json=body, headers={"X-API-Key": key})


def test_with_partitions_one_keys_writes_never_reach_anothers_answers(tmp_path: Path) -> None:
    store = CreatorStore.open(tmp_path / "s.sqlite")
    settings = ServiceSettings(api_keys=(KEY_A, KEY_B), store_partition="key")
    try:
        with local_client(create_app(settings, scorer=StubScorer(), store=store)) as client:
            _wait_ready(client)
            assert _scored_by(client, KEY_A, 60000).status_code == 200
            assert _scored_by(client, KEY_B, 1000).status_code == 200
            path = "/v1/creators/rednote/victim"
            seen_by_a = client.get(path, headers={"X-API-Key": KEY_A}).json()
            seen_by_b = client.get(path, headers={"X-API-Key": KEY_B}).json()
            assert client.get(path).status_code == 401
        assert [s["followers"] for s in seen_by_a["snapshots"]] == [60000]
        assert [s["followers"] for s in seen_by_b["snapshots"]] == [1000]
        assert store.history("rednote", "victim")["snapshots"] == []  # nothing shared
        part = store.partition(store_namespace(KEY_A))
        assert [s.followers for s in part.snapshots("rednote", "victim")] == [60000]
        assert KEY_A not in store_namespace(KEY_A)  # the database never holds a key
        # without partitions (the default), the second key's count would not have been added
        # beside the first's at the same date: one shared part
        shared = ServiceSettings(api_keys=(KEY_A, KEY_B))
        with local_client(create_app(shared, scorer=StubScorer(), store=store)) as client:
            _wait_ready(client)
            _scored_by(client, KEY_A, 60000)
            _scored_by(client, KEY_B, 1000)
            seen = client.get("/v1/creators/rednote/victim", headers={"X-API-Key": KEY_B})
        assert [s["followers"] for s in seen.json()["snapshots"]] == [60000]
    finally:
        store.close()


def test_store_partition_setting() -> None:
    keys = {"FRAUD_API_KEYS": f"{KEY_A},{KEY_B}"}
    assert settings_from_env(keys).store_partition == "shared"
    assert settings_from_env({**keys, "FRAUD_STORE_PARTITION": "key"}).store_partition == "key"
    with pytest.raises(ValueError, match="needs FRAUD_API_KEYS"):
        settings_from_env({"FRAUD_STORE_PARTITION": "key"})
    with pytest.raises(ValueError, match="must be 'key' or 'shared'"):
        settings_from_env({**keys, "FRAUD_STORE_PARTITION": "tenant"})


def test_each_part_of_the_store_keeps_one_wrapper_so_its_requests_are_scored_together() -> None:
    # one ObservedOnly per store object: a request of another key must not replace the
    # wrapper of the first (requests waiting together are grouped by their store)
    import asyncio
    from types import SimpleNamespace

    from fraud_service.routes.score import ObservedOnly, scoring_store

    settings = SimpleNamespace(store_trusts_client_history=False, store_observed_days=3)
    request = SimpleNamespace(app=SimpleNamespace(state=SimpleNamespace(settings=settings)))

    class Part:  # stands for a CreatorStore partition
        pass

    a, b = Part(), Part()
    first = asyncio.run(scoring_store(request, a))  # type: ignore[arg-type]
    other = asyncio.run(scoring_store(request, b))  # type: ignore[arg-type]
    again = asyncio.run(scoring_store(request, a))  # type: ignore[arg-type]
    assert isinstance(first, ObservedOnly) and first.store is a and other.store is b
    assert again is first

"""The store changes' own review (session 47): the newest observation also wins inside one
write; a record with no time of its own is not stored as seen at 23:59; a store at the latest
schema opens without the write lock; `fraud report --store` reads a read-only store; merging
two spellings keeps the counts only one of them has; handles lose a leading @ and are
lower-cased, not case-folded."""

from __future__ import annotations

import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from fraud.schema import CreatorRecord
from fraud.store import CreatorStore, normalise_creator_id, open_store_option
from tests.test_cli import StubScorer
from tests.test_store_same_day import EVENING, MORNING, _counts


def test_the_newest_observation_wins_inside_one_write_too(tmp_path: Path) -> None:
    scorer = StubScorer()
    with CreatorStore.open(tmp_path / "s.sqlite") as store:
        # evening first, morning last, in one call: the last given won
        store.record([(EVENING, scorer.score(EVENING)), (MORNING, scorer.score(MORNING))])
        assert _counts(store) == [("2026-01-10", 1100, 11)]
    with sqlite3.connect(tmp_path / "s.sqlite") as db:
        (as_of,) = db.execute("SELECT as_of FROM scores").fetchone()
    assert as_of.startswith("2026-01-10 20:00")  # the evening's score


def test_a_record_without_a_time_of_its_own_is_stored_as_seen_now(tmp_path: Path) -> None:
    from fraud.io import RawRecord
    from fraud.store.recorder import StoreRecorder

    today = datetime.now(UTC).date().isoformat()
    with CreatorStore.open(tmp_path / "s.sqlite") as store:
        seen = {"creator_id": "c9", "platform": "weibo", "profile": {"followers": 4900}}
        store.record_snapshots(
            [CreatorRecord.model_validate(seen | {"as_of": f"{today}T00:00:01Z"})]
        )
        recorder = StoreRecorder(store)  # no as_of, no posts: dated by the store's snapshot
        (completed,) = recorder.complete([RawRecord(1, {**seen, "profile": {"followers": 5000}})])
        result = StubScorer().score(completed.payload)
        recorder.record([type("Outcome", (), {"number": 1, "result": result})()])
        later = datetime.now(UTC).isoformat()
        time.sleep(0.01)
        store.record_snapshots(
            [CreatorRecord.model_validate(seen | {"profile": {"followers": 5100}, "as_of": later})]
        )
        (snapshot,) = store.snapshots("weibo", "c9")
    assert snapshot.followers == 5100  # the later crawl of the day stands (it was 23:59's)


def test_a_store_at_the_latest_schema_opens_while_another_process_writes(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    CreatorStore.open(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        with CreatorStore.open(path) as store:
            assert store.snapshots("weibo", "c1") == []
        assert time.monotonic() - started < 2  # it waited up to the 60 s lock timeout
    finally:
        holder.close()


def test_a_read_only_store_is_refused_only_to_commands_that_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import fraud.store

    path = tmp_path / "s.sqlite"
    CreatorStore.open(path).close()
    # (these tests run as root, for whom every file is writable: os.access says read-only)
    real = fraud.store.os.access
    monkeypatch.setattr(fraud.store.os, "access", lambda p, mode: Path(p) != path and real(p, mode))
    from fraud.store import StoreOpenError

    with pytest.raises(StoreOpenError, match="read-only"):
        open_store_option(str(path))
    reader = open_store_option(str(path), writes=False)
    assert reader is not None
    reader.close()


def test_merging_two_spellings_keeps_the_counts_only_one_has(tmp_path: Path) -> None:
    location = tmp_path / "old.sqlite"
    old = CreatorStore.open(location, upgrade=False)
    old.upgrade("0003")
    old.close()
    with sqlite3.connect(location) as db:
        for creator_id, followers, following, posts, written in (
            ("natgeo", 2000, 7, 50, "2026-01-10 20:00:00"),  # the evening: full counts
            ("NatGeo ", 1900, None, None, "2026-01-10 21:00:00"),  # written later: stays
        ):
            db.execute(
                "INSERT INTO snapshots(platform, creator_id, date, followers, following, posts,"
                " recorded_at) VALUES ('instagram', ?, '2026-01-10', ?, ?, ?, ?)",
                (creator_id, followers, following, posts, written),
            )
    with CreatorStore.open(location) as store:
        (snapshot,) = store.snapshots("instagram", "natgeo")
    assert (snapshot.followers, snapshot.following, snapshot.posts) == (1900, 7, 50)


@pytest.mark.parametrize(
    ("platform", "given", "key"),
    [
        ("instagram", "@NatGeo", "natgeo"),
        ("twitter", "@NASA ", "nasa"),
        ("youtube", "@Straße", "@straße"),  # lower, not casefold (which gives strasse)
        ("youtube", "UCx6abcDEF", "UCx6abcDEF"),
        ("weibo", "Lu", "Lu"),
    ],
)
def test_store_keys(platform: str, given: str, key: str) -> None:
    assert normalise_creator_id(platform, given) == key


def test_a_report_never_makes_a_new_empty_store(tmp_path: Path) -> None:
    from fraud.store import StoreOpenError

    missing = tmp_path / "typo" / "vetting.sqlte"
    with pytest.raises(StoreOpenError):
        open_store_option(str(missing), writes=False)
    assert not missing.parent.exists()

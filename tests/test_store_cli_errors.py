"""The command line words store failures as what they are (review s47, finding 8): a
mistyped ``fraud history --store`` path created directories and an empty store and said
"nothing stored"; a read-only store or a full disk failed at the first write as "cannot open
the store: ... readonly database", after five retries of a failure no retry can fix."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.exc import OperationalError

import fraud.store
from fraud.cli import main
from fraud.runs import error_message
from fraud.schema import CreatorRecord
from fraud.store import CreatorStore, StoreOpenError, open_store_option

RECORD = {
    "creator_id": "c1",
    "platform": "weibo",
    "as_of": "2026-01-01T00:00:00Z",
    "profile": {"followers": 1},
}


def test_history_refuses_a_store_that_does_not_exist_and_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    typo = tmp_path / "sub" / "vetting.sqlte"
    assert main(["history", "weibo:c1", "--store", str(typo)]) == 1
    err = capsys.readouterr().err
    assert f"no store at {typo}" in err and "nothing stored" not in err
    assert not (tmp_path / "sub").exists()


def _failing(message: str) -> Any:
    calls: list[int] = []

    def work(*_: Any) -> Any:
        calls.append(1)
        raise OperationalError("INSERT", {}, sqlite3.OperationalError(message))

    return work, calls


@pytest.mark.parametrize(
    "message", ["attempt to write a readonly database", "database or disk is full"]
)
def test_a_write_no_retry_can_fix_fails_once_and_says_it_could_not_write(
    tmp_path: Path, message: str
) -> None:
    with CreatorStore.open(tmp_path / "s.sqlite") as store:
        work, calls = _failing(message)
        with pytest.raises(OperationalError) as raised:
            store._retry(work)
    assert len(calls) == 1  # not retried (a locked database still is: below)
    assert error_message(raised.value) == f"cannot write to the store: {raised.value.args[0]}"


def test_a_locked_database_is_still_retried(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fraud.store.time, "sleep", lambda _: None)
    with CreatorStore.open(tmp_path / "s.sqlite") as store:
        work, calls = _failing("database is locked")
        with pytest.raises(OperationalError):
            store._retry(work)
    assert len(calls) == 5


def test_a_read_only_store_is_refused_when_opened_for_writing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    location = tmp_path / "s.sqlite"
    with CreatorStore.open(location) as store:
        store.record_snapshots([CreatorRecord.model_validate(RECORD)])
    # (chmod cannot make a file read-only to root, who runs some CI: the check is os.access)
    real = fraud.store.os.access
    monkeypatch.setattr(
        fraud.store.os, "access", lambda p, mode: mode != fraud.store.os.W_OK and real(p, mode)
    )
    with pytest.raises(StoreOpenError, match=f"cannot write to the store {location}: .*read-only"):
        open_store_option(str(location))
    with CreatorStore.open(location, create=False) as store:  # reading it still works
        assert len(store.snapshots("weibo", "c1")) == 1

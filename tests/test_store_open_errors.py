"""A store that cannot be opened: one clear line on the command line, 503 from the service.

Stores written by a newer release, stores whose database driver is missing, and a default
store location that cannot be written (review r3, findings 3, 4 and 6).
"""

from __future__ import annotations

import importlib.util
import json
import time
from pathlib import Path
from typing import Any

import pytest

from fraud.cli import main
from fraud.store import CreatorStore, StoreOpenError
from service.main import create_app
from tests.conftest import SAMPLES, STORE_HEAD, load_sample
from tests.test_cli import StubScorer
from tests.test_service import local_client


@pytest.fixture
def future_store(tmp_path: Path) -> Path:
    """A store a newer release upgraded past this one's migrations."""
    path = tmp_path / "future.sqlite"
    with CreatorStore.open(path) as store, store.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE store_version SET version_num = '0003_future'")
    return path


@pytest.fixture
def no_default_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A per-user data directory that cannot be created (its parent is a regular file)."""
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("")
    monkeypatch.delenv("FRAUD_STORE", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker / "share"))
    return blocker


def _score_args(tmp_path: Path) -> list[str]:
    out = tmp_path / "scores.jsonl"
    return ["score", str(SAMPLES / "creators.jsonl"), "-o", str(out), "--jobs", "1"]


def test_cli_names_a_store_from_a_newer_release_without_a_traceback(
    tmp_path: Path, future_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for args in (
        [*_score_args(tmp_path), "--store", str(future_store)],
        ["history", "rednote:abc", "--store", str(future_store)],
    ):
        assert main(args) == 1
        err = capsys.readouterr().err
        assert f"schema 0003_future is newer than this release's ({STORE_HEAD})" in err
        assert "upgrade creator-fraud" in err
        assert "Traceback" not in err and "Can't locate revision" not in err
    with CreatorStore(CreatorStore.open(future_store, upgrade=False).engine) as store:
        assert store.revision() == "0003_future"  # refused, not touched


def test_unwritable_default_store_is_named_as_the_default_with_the_way_out(
    tmp_path: Path, no_default_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*_score_args(tmp_path), "--store"]) == 1
    err = capsys.readouterr().err
    assert "cannot use the default store" in err
    assert str(no_default_store) in err
    assert "--store PATH" in err and "$FRAUD_STORE" in err
    # A path the user gave is their own mistake: the plain error, not the default's advice.
    given = no_default_store / "mine.sqlite"
    assert main([*_score_args(tmp_path), "--store", str(given)]) == 1
    assert "default store" not in capsys.readouterr().err


def test_history_takes_a_bare_store_option_like_score_and_import(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("FRAUD_STORE", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    CreatorStore.open().close()  # the default store, as `fraud score --store` makes it
    assert main(["history", "rednote:abc", "--store", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["scores"] == []
    assert (tmp_path / "share" / "creator-fraud" / "store.sqlite").is_file()


@pytest.mark.skipif(
    importlib.util.find_spec("pg8000") is not None, reason="pg8000 is installed here"
)
def test_missing_database_driver_is_named_and_the_password_hidden() -> None:
    with pytest.raises(StoreOpenError, match=r"driver 'pg8000' is not installed") as caught:
        CreatorStore.open("postgresql+pg8000://fraud:s3cret@127.0.0.1:1/fraud")
    assert "s3cret" not in str(caught.value)


def _wait_settled(client: Any) -> Any:
    deadline = time.monotonic() + 20
    while (answer := client.get("/readyz")).json()["status"] == "loading":
        assert time.monotonic() < deadline, "the service never settled"
        time.sleep(0.02)
    return answer


@pytest.mark.parametrize("kind", ["newer schema", "missing driver", "not a database"])
def test_service_with_a_store_it_cannot_open_is_not_ready_and_answers_503(
    kind: str,
    future_store: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    if kind == "missing driver" and importlib.util.find_spec("pg8000") is not None:
        pytest.skip("pg8000 is installed here")
    location = str(future_store) if kind == "newer schema" else "postgresql+pg8000://127.0.0.1:1/x"
    if kind == "not a database":  # (review s47, 7: it was retried forever, /healthz 200)
        location = str(tmp_path / "counts.sqlite")
        Path(location).write_text("date,followers\n2026-01-01,100\n" * 100)
    monkeypatch.setenv("FRAUD_STORE", location)
    app = create_app(scorer=StubScorer())
    with local_client(app, raise_server_exceptions=False) as client:
        ready = _wait_settled(client)
        assert ready.status_code == 503
        assert ready.json() == {"status": "failed", "detail": "the creator store is unavailable"}
        assert client.get("/healthz").status_code == 503
        score = client.post("/v1/score", json=load_sample("genuine_koc_rednote"))
        assert score.status_code == 503
        assert score.json() == {"detail": "the creator store is unavailable"}
        assert client.get("/v1/creators/rednote/abc").status_code == 503
    assert "could not open the store" in caplog.text or "cannot open the store" in caplog.text


def test_service_opens_a_good_store_at_startup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    location = tmp_path / "team.sqlite"
    monkeypatch.setenv("FRAUD_STORE", str(location))
    app = create_app(scorer=StubScorer())
    with local_client(app) as client:
        assert _wait_settled(client).status_code == 200
        assert location.is_file()  # opened (created) before any request needed it
        assert client.get("/healthz").status_code == 200
        assert client.get("/v1/creators/rednote/abc").status_code == 404
    app.state.store.close()


@pytest.mark.skipif(importlib.util.find_spec("MySQLdb") is not None, reason="mysqlclient is here")
def test_missing_driver_is_named_by_its_pip_package_not_its_module() -> None:
    with pytest.raises(StoreOpenError, match=r"driver 'MySQLdb' is not installed") as caught:
        CreatorStore.open("mysql://fraud:s3cret@127.0.0.1:1/fraud")
    assert str(caught.value).endswith("(pip install mysqlclient)")


def test_newer_schema_tells_service_operators_about_fraud_store(future_store: Path) -> None:
    with pytest.raises(StoreOpenError) as caught:
        CreatorStore.open(future_store)
    message = str(caught.value)
    assert "--store PATH on the command line" in message
    assert "$FRAUD_STORE for the service" in message


def test_cli_names_a_file_that_is_not_a_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    location = tmp_path / "counts.sqlite"
    location.write_text("date,followers\n2026-01-01,100\n" * 100)
    assert main(["history", "weibo:lu", "--store", str(location)]) == 1
    err = capsys.readouterr().err
    assert "it is not a SQLite database" in err and str(location) in err
    assert "Traceback" not in err

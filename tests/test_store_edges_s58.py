"""Stored rows that cannot be read whole, and old lower-cased sec_uid keys (session 58); each
test failed before.

* A score row whose ``top_reasons`` is not JSON (a row edited by hand, or written by a faulty
  release) made ``GET /v1/creators/...`` answer 404 with the decoder's words, and ``fraud
  history`` fail, hiding the creator's other rows; JSON that is not a list of reasons made
  the route 500. A date, count or probability edited into something else (SQLite keeps any
  text) did the same. Such a score is now answered with ``top_reasons_error`` saying why (the
  reasons that can be read kept), a row whose date or numbers cannot be read is left out and
  named in ``unreadable_rows``, the rest is answered, and each is logged.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from pydantic import TypeAdapter

from fraud.cli import main
from fraud.store import CreatorStore, scores_table, snapshots_table
from service.main import create_app
from service.settings import ServiceSettings
from tests.test_cli import StubScorer
from tests.test_service import local_client
from tests.test_service_walk import CREATORS, _documented, _spec, _validator

WHEN = datetime(2026, 1, 3, tzinfo=UTC)
KEY = {"namespace": "", "platform": "weibo", "creator_id": "w"}
REASON = {"code": "NO_RED_FLAGS", "severity": "info", "message": "m"}


def _store(location: Path, reasons: list[Any], snapshots: list[dict[str, Any]]) -> None:
    """A store holding one score per item of ``reasons`` (its stored text, dated 1 January on)
    and the snapshot rows ``snapshots``."""
    with CreatorStore.open(location) as store, store.engine.begin() as connection:
        connection.execute(
            sa.insert(scores_table),
            [
                {**KEY, "date": date(2026, 1, day), "model_version": "v", "verdict": "authentic"}
                | {"fraud_probability": 0.1, "authenticity": 90.0, "top_reasons": text}
                | {"recorded_at": WHEN, "as_of": None}
                for day, text in enumerate(reasons, 1)
            ],
        )
        if snapshots:
            connection.execute(
                sa.insert(snapshots_table),
                [{**KEY, "recorded_at": WHEN, "as_of": None} | row for row in snapshots],
            )


def _answer(location: Path) -> tuple[Any, dict[str, Any], dict[str, Any]]:
    with CreatorStore.open(location) as store:
        app = create_app(ServiceSettings(), scorer=StubScorer(), store=store)
        with local_client(app, raise_server_exceptions=False) as client:
            response = client.get("/v1/creators/weibo/w")
            spec = _spec(client)
        history = store.history("weibo", "w")
    return response, spec, history


def _as_documented(spec: dict[str, Any], body: dict[str, Any]) -> list[str]:
    media = _documented(spec, "get", CREATORS, 200)["content"]["application/json"]
    return [e.message for e in _validator(spec, media["schema"]).iter_errors(body)]


@pytest.mark.parametrize(
    ("stored", "why", "kept"),
    [
        ('[{"code": "X", broken', "the stored reasons are not JSON (", []),  # was 404
        ("{}", "the stored reasons are an object, not a list of reasons", []),  # was 500
        ("null", "the stored reasons are null, not a list of reasons", []),  # was 500
        (
            json.dumps([REASON, {"code": 1}]),  # was 500
            "1 of 2 stored reasons is not a reason (a code, a severity and a message, each"
            " text), left out",
            [REASON],
        ),
    ],
)
def test_unreadable_reasons_are_said_and_the_rest_is_answered(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, stored: str, why: str, kept: list[Any]
) -> None:
    location = tmp_path / "store.sqlite"
    _store(location, [stored, json.dumps([REASON])], [{"date": date(2026, 1, 1), "followers": 5}])
    with caplog.at_level(logging.WARNING):
        response, spec, history = _answer(location)
    assert response.status_code == 200, response.text
    body = response.json()
    assert response.content == TypeAdapter(dict[str, Any]).dump_json(history)
    assert _as_documented(spec, body) == []
    first, second = body["scores"]
    assert first["top_reasons_error"].startswith(why)
    assert first["top_reasons"] == kept
    assert (first["verdict"], first["fraud_probability"]) == ("authentic", 0.1)
    assert second["top_reasons"] == [REASON] and "top_reasons_error" not in second
    assert body["snapshots"] == [{"date": "2026-01-01", "followers": 5}]
    assert "unreadable_rows" not in body
    logged = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("2026-01-01" in line and why in line for line in logged)
    documented = spec["components"]["schemas"]["StoredVerdict"]["properties"]
    assert "top_reasons_error" in documented


def test_fraud_history_shows_the_rest_and_says_which_reasons_are_unreadable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    location = tmp_path / "store.sqlite"
    _store(location, ["not json", json.dumps([REASON])], [])
    assert main(["history", "weibo:w", "--store", str(location)]) == 0  # it raised
    out = capsys.readouterr().out
    assert "reasons: - (unreadable: the stored reasons are not JSON (" in out
    assert "reasons: NO_RED_FLAGS" in out
    assert main(["history", "weibo:w", "--store", str(location), "--json"]) == 0
    scores = json.loads(capsys.readouterr().out)["scores"]
    assert [("top_reasons_error" in s) for s in scores] == [True, False]


def test_a_row_whose_date_or_numbers_cannot_be_read_is_named_and_the_rest_answered(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    location = tmp_path / "store.sqlite"
    good = json.dumps([REASON])
    _store(location, [good, good], [{"date": date(2026, 1, d), "followers": 5} for d in (1, 2)])
    with CreatorStore.open(location) as store, store.engine.begin() as connection:
        # what SQLite keeps when a row is edited by hand: any text in any column
        connection.exec_driver_sql(
            "UPDATE scores SET fraud_probability = 'high' WHERE date = '2026-01-01'"
        )
        connection.exec_driver_sql(
            "UPDATE snapshots SET date = '2026-13-01' WHERE date = '2026-01-01'"
        )
        connection.exec_driver_sql(
            "INSERT INTO snapshots (namespace, platform, creator_id, date, followers,"
            " recorded_at) VALUES ('', 'weibo', 'w', '2026-01-05', 'many', '2026-01-05')"
        )
    with caplog.at_level(logging.WARNING):
        response, spec, history = _answer(location)
    assert response.status_code == 200, response.text  # was a 404 (month 13) or a 500
    body = response.json()
    assert response.content == TypeAdapter(dict[str, Any]).dump_json(history)
    assert _as_documented(spec, body) == []
    assert [s["date"] for s in body["scores"]] == ["2026-01-02"]
    assert body["snapshots"] == [{"date": "2026-01-02", "followers": 5}]
    assert body["unreadable_rows"] == [
        "snapshots row 2026-01-05 of weibo:w left out: its followers 'many' is not a count",
        "snapshots row 2026-13-01 of weibo:w left out: month must be in 1..12",
        "scores row 2026-01-01 (model v) of weibo:w left out: its fraud_probability 'high' is"
        " not a number",
    ]
    assert all(
        any(line in r.getMessage() for r in caplog.records) for line in body["unreadable_rows"]
    )
    assert main(["history", "weibo:w", "--store", str(location)]) == 0
    assert "unreadable rows (3), left out:" in capsys.readouterr().out
    with CreatorStore.open(location) as store:  # the scoring path reads past them too
        assert [s.date for s in store.snapshots("weibo", "w")] == [date(2026, 1, 2)]


def test_both_at_once_each_is_said_where_it_belongs(tmp_path: Path) -> None:
    location = tmp_path / "store.sqlite"
    _store(location, ["not json", json.dumps([REASON])], [])
    with CreatorStore.open(location) as store, store.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE scores SET authenticity = 'x' WHERE date = '2026-01-02'")
    response, spec, history = _answer(location)
    body = response.json()
    assert response.content == TypeAdapter(dict[str, Any]).dump_json(history)
    assert _as_documented(spec, body) == []
    assert [s["date"] for s in body["scores"]] == ["2026-01-01"]
    assert body["scores"][0]["top_reasons_error"].startswith("the stored reasons are not JSON")
    assert body["unreadable_rows"] == [
        "scores row 2026-01-02 (model v) of weibo:w left out: its authenticity 'x' is not a number"
    ]


def test_a_sound_history_is_answered_as_before(tmp_path: Path) -> None:
    location = tmp_path / "store.sqlite"
    _store(location, [json.dumps([REASON])], [{"date": date(2026, 1, 1), "followers": 5}])
    response, _, history = _answer(location)
    assert set(response.json()) == {"platform", "creator_id", "snapshots", "scores"}
    assert set(history["scores"][0]) == {
        "date",
        "model_version",
        "verdict",
        "fraud_probability",
        "authenticity",
        "top_reasons",
    }


# ------------------------------------------------------------------ old lower-cased sec_uid keys
# A release before b7d6901 lower-cased a TikTok sec_uid sent as "@MS4wLjAB..." (revisions 0005
# and 0006 moved such keys there too): its rows stayed under "ms4wljab...", apart from the
# rows this release writes under the sec_uid as given, so a creator's history was split.

SEC_UID = "MS4wLjABAAAAv7iSuuXDJGDvJkmH_vz1qkDZYo1apxgzaxdBSeIuPiM"  # a real sec_uid's form


def _record(creator_id: str, day: int, followers: int, platform: str = "tiktok") -> Any:
    from fraud.schema import CreatorRecord

    return CreatorRecord.model_validate(
        {
            "creator_id": creator_id,
            "platform": platform,
            "as_of": f"2026-01-{day:02d}T12:00:00Z",
            "profile": {"followers": followers},
        }
    )


def _old_release_store(location: Path, *creator_ids: str) -> None:
    """A store the old release wrote: at revision 0004, a snapshot and a score of each id on
    1 January, then upgraded by that release's own revisions (0005, 0006)."""
    from tests.test_store_ids_migration import _upgrade

    with CreatorStore.open(location, upgrade=False) as old:
        old.upgrade("0004")
    with CreatorStore.open(location, upgrade=False) as old, old.engine.begin() as connection:
        for creator_id in creator_ids:
            key = {"namespace": "", "platform": "tiktok", "creator_id": creator_id}
            day = {"date": date(2026, 1, 1), "recorded_at": WHEN}
            connection.execute(sa.insert(snapshots_table), [key | day | {"followers": 100}])
            connection.execute(
                sa.insert(scores_table),
                [
                    key
                    | day
                    | {"model_version": "old", "verdict": "authentic"}
                    | {"fraud_probability": 0.1, "authenticity": 90.0, "top_reasons": "[]"}
                ],
            )
    _upgrade(location, "0006")


def test_an_old_lower_cased_sec_uid_key_is_read_as_the_sec_uids_own(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    location = tmp_path / "store.sqlite"
    _old_release_store(location, "@" + SEC_UID)
    with CreatorStore.open(location) as store:  # opened by this release: upgraded to head
        assert store.history("tiktok", SEC_UID.lower())["snapshots"]  # the old rows are there
        store.record([(_record("@" + SEC_UID, 2, 150), StubScorer().score(_record(SEC_UID, 2, 1)))])
        history = store.history("tiktok", SEC_UID)
        completed = store.complete_history(_record(SEC_UID, 3, 200))
        by_old_key = store.history("tiktok", SEC_UID.lower())
    # before: the sec_uid's history held 2 January only
    assert [(s["date"], s["followers"]) for s in history["snapshots"]] == [
        ("2026-01-01", 100),
        ("2026-01-02", 150),
    ]
    assert [s["model_version"] for s in history["scores"]] == ["old", "0.0-test"]
    assert history["also_stored_as"] == [SEC_UID.lower()]
    assert [s.followers for s in completed.follower_history] == [100, 150, 200]
    assert by_old_key["snapshots"] == history["snapshots"]  # and the other way round
    assert by_old_key["also_stored_as"] == [SEC_UID]
    with CreatorStore.open(location) as store:
        app = create_app(ServiceSettings(), scorer=StubScorer(), store=store)
        with local_client(app, raise_server_exceptions=False) as client:
            response = client.get(f"/v1/creators/tiktok/@{SEC_UID}")
            spec = _spec(client)
    assert response.status_code == 200 and response.json()["also_stored_as"] == [SEC_UID.lower()]
    assert _as_documented(spec, response.json()) == []
    assert main(["history", f"tiktok:{SEC_UID}", "--store", str(location)]) == 0
    out = capsys.readouterr().out
    assert f"with the rows an older release stored under {SEC_UID.lower()}" in out


def test_a_row_of_one_date_under_both_keys_is_answered_once_from_the_sec_uids_own(
    tmp_path: Path,
) -> None:
    location = tmp_path / "store.sqlite"
    _old_release_store(location, "@" + SEC_UID)
    with CreatorStore.open(location) as store:
        store.record_snapshots([_record(SEC_UID, 1, 120)])
        snapshots = store.snapshots("tiktok", SEC_UID)
    assert [(s.date, s.followers) for s in snapshots] == [(date(2026, 1, 1), 120)]


def test_an_ambiguous_old_key_is_joined_to_neither_sec_uid(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # two sec_uids the same up to case: the lower-cased key may be either's, so neither gets it
    other = SEC_UID.replace("v7iS", "V7is")
    location = tmp_path / "store.sqlite"
    _old_release_store(location, "@" + SEC_UID)
    with CreatorStore.open(location) as store:
        store.record_snapshots([_record(SEC_UID, 2, 150), _record(other, 2, 9)])
        with caplog.at_level(logging.WARNING):
            mine = store.snapshots("tiktok", SEC_UID)
            theirs = store.snapshots("tiktok", other)
            old = store.history("tiktok", SEC_UID.lower())
    assert [s.followers for s in mine] == [150] and [s.followers for s in theirs] == [9]
    assert [s["followers"] for s in old["snapshots"]] == [100] and "also_stored_as" not in old
    assert any("not joined" in r.getMessage() for r in caplog.records)


def test_a_tiktok_username_and_a_douyin_sec_uid_are_looked_up_as_before(tmp_path: Path) -> None:
    location = tmp_path / "store.sqlite"
    with CreatorStore.open(location) as store:
        store.record_snapshots([_record("natgeo", 1, 5)])
        store.record_snapshots([_record(SEC_UID, 1, 7, "douyin")])
        assert [s.followers for s in store.snapshots("tiktok", "NatGeo")] == [5]
        assert store.snapshots("douyin", SEC_UID.lower()) == []  # case-sensitive, never joined
        assert [s.followers for s in store.snapshots("douyin", SEC_UID)] == [7]

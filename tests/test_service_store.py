"""The service with a creator store: records read by the fast parser, and what clients may write."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import orjson
import pytest
from fastapi.testclient import TestClient

from fraud.cli import main
from fraud.store import CreatorStore
from fraud.validation import validate_creator_json
from service.main import create_app
from service.settings import ServiceSettings, settings_from_env
from tests.conftest import creator_seen_twice
from tests.test_cli import StubScorer
from tests.test_service import _wait_ready, local_client

# A count observed before the record's as_of (importers write such records).
OBSERVED_EARLIER = {
    "creator_id": "obs1",
    "platform": "weibo",
    "as_of": "2026-12-01T00:00:00Z",
    "profile": {"followers": 1000, "observed_at": "2026-11-20"},
}


@pytest.fixture
def store(tmp_path: Path) -> Iterator[CreatorStore]:
    opened = CreatorStore.open(tmp_path / "store.sqlite")
    yield opened
    opened.close()


#: For the tests below, dated in 2026: every date may be stored (the window of dates an
#: untrusted client's observation may be stored at is tested on its own).
ANY_DATE = ServiceSettings(store_observed_days=100 * 365)


def _client(store: CreatorStore, settings: ServiceSettings | None = None) -> TestClient:
    app = create_app(settings or ServiceSettings(), scorer_factory=StubScorer, store=store)
    return local_client(app, raise_server_exceptions=False)


def test_fast_parser_gives_profile_its_private_defaults() -> None:
    record = validate_creator_json(orjson.dumps(OBSERVED_EARLIER))
    assert record is not None  # the fast path decided it
    assert record.profile._posts_at_observed is False


def test_earlier_observation_is_scored_and_recorded_with_a_store(store: CreatorStore) -> None:
    with _client(store, ANY_DATE) as client:
        _wait_ready(client)
        response = client.post("/v1/score", json=OBSERVED_EARLIER)
        assert response.status_code == 200, response.text
        batch = client.post("/v1/score/batch", json={"creators": [OBSERVED_EARLIER]})
        assert batch.status_code == 200, batch.text
    snapshots = store.history("weibo", "obs1")["snapshots"]
    assert [(str(s["date"]), s["followers"]) for s in snapshots] == [("2026-11-20", 1000)]


def test_cli_scores_an_earlier_observation_into_a_store(tmp_path: Path, scorer: Any) -> None:
    del scorer  # the shipped models, loaded once for the session
    source = tmp_path / "observed.json"
    source.write_bytes(orjson.dumps(OBSERVED_EARLIER))
    out = tmp_path / "scored.jsonl"
    location = tmp_path / "cli.sqlite"
    assert main(["score", str(source), "-o", str(out), "--store", str(location)]) == 0
    assert orjson.loads(out.read_bytes().splitlines()[0])["creator_id"] == "obs1"


def _victim_requests() -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """The reviewer's victim (one count), a spike history sent for it, a smooth one."""
    clean = {
        "creator_id": "victim01",
        "platform": "rednote",
        "as_of": "2026-12-01T12:00:00Z",
        "profile": {"followers": 60000, "following": 200, "posts": 150},
    }
    spiky, smooth, followers = [], [], 10000
    for day in range(1, 29):
        followers += 45000 if day == 15 else 50
        spiky.append({"date": f"2026-11-{day:02d}", "followers": followers})
        smooth.append({"date": f"2026-11-{day:02d}", "followers": 55000 + day})
    attack = {**clean, "as_of": "2026-11-28T12:00:00Z", "profile": {**clean["profile"]}}
    attack["profile"]["followers"] = followers
    return clean, {**attack, "follower_history": spiky}, {**attack, "follower_history": smooth}


def _stored(store: CreatorStore) -> list[tuple[str, int]]:
    snapshots = store.history("rednote", "victim01")["snapshots"]
    return [(str(s["date"]), s["followers"]) for s in snapshots]


def test_a_client_cannot_rewrite_the_history_others_are_scored_with(
    store: CreatorStore, scorer: Any
) -> None:
    clean, poison, wash = _victim_requests()
    app = create_app(ANY_DATE, scorer=scorer, store=store)
    with local_client(app) as client:
        before = client.post("/v1/score", json=clean).json()
        assert client.post("/v1/score", json=poison).status_code == 200
        # only the attacker's own profile count, at its as_of, is stored: not its history
        assert _stored(store) == [("2026-11-28", 56350), ("2026-12-01", 60000)]
        after = client.post("/v1/score", json=clean).json()
        assert "FOLLOWER_SPIKE" not in {r["code"] for r in after["reasons"]}
        # a stored date is never changed by a client, nor erased
        changed = {**wash, "profile": {**wash["profile"], "followers": 1}}
        assert client.post("/v1/score/batch", json={"creators": [changed]}).status_code == 200
        assert _stored(store) == [("2026-11-28", 56350), ("2026-12-01", 60000)]
    assert before["verdict"] == after["verdict"] == "insufficient_data"


def test_an_operator_may_trust_client_histories(store: CreatorStore) -> None:
    _, poison, _ = _victim_requests()
    settings = ServiceSettings(store_trusts_client_history=True)
    with _client(store, settings) as client:
        _wait_ready(client)
        assert client.post("/v1/score", json=poison).status_code == 200
    assert len(_stored(store)) == 28  # the client's history, as `fraud score --store` keeps it
    assert settings_from_env({"FRAUD_STORE_TRUST_CLIENT_HISTORY": "1"}).store_trusts_client_history
    assert not settings_from_env({}).store_trusts_client_history


def test_a_creator_twice_in_one_batch_is_answered_as_two_requests_in_turn(
    tmp_path: Path, scorer: Any
) -> None:
    first, second, other = creator_seen_twice("dupbatch1")

    def answers(directory: str, batched: bool) -> list[Any]:
        opened = CreatorStore.open(tmp_path / directory)
        try:
            with local_client(create_app(ANY_DATE, scorer=scorer, store=opened)) as c:
                if batched:
                    body = {"creators": [first, other, second]}
                    return list(c.post("/v1/score/batch", json=body).json()["results"])
                return [
                    c.post("/v1/score", json=creator).json() for creator in (first, other, second)
                ]
        finally:
            opened.close()

    in_turn = answers("turn.sqlite", batched=False)
    together = answers("batch.sqlite", batched=True)
    assert together == in_turn
    assert "history has 2 snapshots" in orjson.dumps(together[2]).decode()


def _today() -> date:
    return datetime.now(UTC).date()


def _observation(creator_id: str, followers: int, observed: date | None = None) -> dict[str, Any]:
    record: dict[str, Any] = {
        "creator_id": creator_id,
        "platform": "rednote",
        "as_of": datetime.now(UTC).isoformat(),
        "profile": {"followers": followers},
    }
    if observed is not None:
        record["profile"]["observed_at"] = observed.isoformat()
    return record


def test_a_client_cannot_plant_a_count_on_a_past_date(store: CreatorStore) -> None:
    """The reviewer's back-dating: a count said to be observed a month ago would read, in
    every later history of the creator, as a drop to 1,000 followers then a jump back. It is
    used for the attacker's own answer, not stored, and the answer says so."""
    today = _today()
    with _client(store) as client:
        _wait_ready(client)
        honest = client.post("/v1/score", json=_observation("victim02", 60000))
        assert "x-store-not-recorded" not in honest.headers
        planted = client.post(
            "/v1/score", json=_observation("victim02", 1000, today - timedelta(days=30))
        )
        assert planted.status_code == 200, planted.text
        note = planted.headers["x-store-not-recorded"]
        assert note.startswith("1 of 1 scored creators had a count or score dated outside")
        assert f"{today - timedelta(days=3)}..{today}" in note
        old_as_of = {
            **_observation("victim02", 1000),
            "as_of": f"{today - timedelta(days=40)}T12:00:00Z",
        }
        batch = client.post("/v1/score/batch", json={"creators": [old_as_of, honest_body()]})
        assert batch.status_code == 200, batch.text
        assert batch.headers["x-store-not-recorded"].startswith("1 of 2 scored creators")
        recent = client.post(
            "/v1/score", json=_observation("victim02", 59000, today - timedelta(days=2))
        )
        assert "x-store-not-recorded" not in recent.headers
    history = store.history("rednote", "victim02")
    assert [(s["date"], s["followers"]) for s in history["snapshots"]] == [
        (str(today - timedelta(days=2)), 59000),
        (str(today), 60000),
    ]
    assert all(s["date"] == str(today) for s in history["scores"])


def honest_body() -> dict[str, Any]:
    return _observation("bystander", 500)


def test_a_count_dated_after_the_servers_date_is_not_stored(store: CreatorStore) -> None:
    tomorrow = _today() + timedelta(days=1)
    future = {
        **_observation("victim03", 1000),
        "as_of": f"{tomorrow + timedelta(days=9)}T00:00:00Z",
    }
    with _client(store) as client:
        _wait_ready(client)
        answer = client.post("/v1/score", json=future)
        assert answer.status_code == 200, answer.text
        assert "x-store-not-recorded" in answer.headers
    assert store.history("rednote", "victim03") == {
        "platform": "rednote",
        "creator_id": "victim03",
        "snapshots": [],
        "scores": [],
    }


def test_the_window_of_stored_dates_is_a_setting(store: CreatorStore) -> None:
    assert settings_from_env({}).store_observed_days == 3
    assert settings_from_env({"FRAUD_STORE_OBSERVED_DAYS": "0"}).store_observed_days == 0
    with pytest.raises(ValueError, match="FRAUD_STORE_OBSERVED_DAYS"):
        settings_from_env({"FRAUD_STORE_OBSERVED_DAYS": "-2"})
    yesterday = _today() - timedelta(days=1)
    with _client(store, ServiceSettings(store_observed_days=0)) as client:
        _wait_ready(client)
        answer = client.post("/v1/score", json=_observation("victim04", 10, yesterday))
        assert "(the server's date and the 0 days before)" in answer.headers["x-store-not-recorded"]
    assert store.history("rednote", "victim04")["snapshots"] == []
    # trusted clients are recorded as the command line records them, whatever the date
    trusted = ServiceSettings(store_trusts_client_history=True)
    with _client(store, trusted) as client:
        _wait_ready(client)
        answer = client.post("/v1/score", json=_observation("victim04", 10, yesterday))
        assert "x-store-not-recorded" not in answer.headers
    assert [s["date"] for s in store.history("rednote", "victim04")["snapshots"]] == [
        str(yesterday)
    ]


@pytest.mark.parametrize("route", ["/v1/score", "/v1/score/batch"])
def test_what_is_stored_and_what_the_header_says_use_one_window(
    store: CreatorStore, monkeypatch: pytest.MonkeyPatch, route: str
) -> None:
    # A request scored across midnight: the window the store recorded with is the one its
    # header names, even when the server's date moves between the two.
    from service.routes.score import ObservedOnly  # the module create_app above uses

    today = _today()
    windows = iter([(today - timedelta(days=3), today), (today - timedelta(days=2), today)])
    taken: list[tuple[date, date]] = []

    def dates(self: ObservedOnly) -> tuple[date, date]:
        taken.append(next(windows))
        return taken[-1]

    monkeypatch.setattr(ObservedOnly, "dates", dates)
    old = today - timedelta(days=10)
    body = _observation("victim05", 10, old)
    with _client(store) as client:
        _wait_ready(client)
        answer = client.post(route, json=body if route == "/v1/score" else {"creators": [body]})
        assert answer.status_code == 200, answer.text
    assert len(taken) == 1  # one window per request
    first, last = taken[0]
    assert f"outside {first}..{last}" in answer.headers["x-store-not-recorded"]

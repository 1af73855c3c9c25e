"""The service with a creator store: records read by the fast parser, and what clients may write."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest
from fastapi.testclient import TestClient

from fraud.cli import main
from fraud.store import CreatorStore
from fraud.validation import validate_creator_json
from service.main import create_app
from service.settings import ServiceSettings
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


def _client(store: CreatorStore, settings: ServiceSettings | None = None) -> TestClient:
    app = create_app(settings or ServiceSettings(), scorer_factory=StubScorer, store=store)
    return local_client(app, raise_server_exceptions=False)


def test_fast_parser_gives_profile_its_private_defaults() -> None:
    record = validate_creator_json(orjson.dumps(OBSERVED_EARLIER))
    assert record is not None  # the fast path decided it
    assert record.profile._posts_at_observed is False


def test_earlier_observation_is_scored_and_recorded_with_a_store(store: CreatorStore) -> None:
    with _client(store) as client:
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

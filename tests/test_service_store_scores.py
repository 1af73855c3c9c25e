"""An untrusted client cannot change a stored verdict (review s47, finding 2): the service
recorded a request's score with an upsert, so a client sending another creator's id with a
made-up clean record replaced the verdict a `fraud score --store` run had stored that day.
A client's score is now added only where the store has none for that creator, date and model
version, as its profile count is."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from fraud.schema import CreatorRecord, Verdict
from fraud.store import CreatorStore
from service.main import create_app
from service.settings import ServiceSettings
from tests.test_cli import StubScorer
from tests.test_service import _wait_ready, local_client


@pytest.fixture
def store(tmp_path: Path) -> Iterator[CreatorStore]:
    opened = CreatorStore.open(tmp_path / "store.sqlite")
    yield opened
    opened.close()


def _request(followers: int) -> dict[str, object]:
    return {
        "creator_id": "weibo:bought",
        "platform": "weibo",
        "as_of": datetime.now(UTC).isoformat(),
        "profile": {"followers": followers},
    }


def test_a_client_cannot_overwrite_a_stored_verdict(store: CreatorStore) -> None:
    analyst = CreatorRecord.model_validate(_request(50000))
    bought = (
        StubScorer()
        .score(analyst)
        .model_copy(update={"verdict": Verdict.LIKELY_FRAUDULENT, "fraud_probability": 0.97})
    )
    store.record([(analyst, bought)])  # the analyst's `fraud score --store` run, today
    app = create_app(ServiceSettings(), scorer_factory=StubScorer, store=store)
    with local_client(app) as client:
        _wait_ready(client)
        assert client.post("/v1/score", json=_request(50000)).status_code == 200
        batch = client.post("/v1/score/batch", json={"creators": [_request(1)]})
        assert batch.status_code == 200
        (score,) = client.get("/v1/creators/weibo/bought").json()["scores"]
    assert (score["verdict"], score["fraud_probability"]) == ("likely_fraudulent", 0.97)


def test_a_clients_score_is_still_added_where_none_is_stored(store: CreatorStore) -> None:
    app = create_app(ServiceSettings(), scorer_factory=StubScorer, store=store)
    with local_client(app) as client:
        _wait_ready(client)
        assert client.post("/v1/score", json=_request(50000)).status_code == 200
    (score,) = store.scores("weibo", "bought")
    assert score.verdict == "insufficient_data"  # the stand-in's verdict of a postless record

"""An id holding "/" is read back over HTTP (review s47, finding 9): the route's
``{creator_id}`` matched one path segment, so a creator stored as ``UCx/videos`` (a
YouTube key some exports give) answered 404 forever."""

from __future__ import annotations

from pathlib import Path

from fraud.schema import CreatorRecord
from fraud.store import CreatorStore
from service.main import create_app
from service.settings import ServiceSettings
from tests.test_cli import StubScorer
from tests.test_service import _wait_ready, local_client


def test_a_creator_id_with_a_slash_is_found(tmp_path: Path) -> None:
    with CreatorStore.open(tmp_path / "s.sqlite") as store:
        record = CreatorRecord.model_validate(
            {
                "creator_id": "UCx/videos",
                "platform": "youtube",
                "as_of": "2026-01-01T00:00:00Z",
                "profile": {"followers": 10},
            }
        )
        store.record_snapshots([record])
        app = create_app(ServiceSettings(), scorer_factory=StubScorer, store=store)
        with local_client(app) as client:
            _wait_ready(client)
            found = client.get("/v1/creators/youtube/UCx/videos")
            assert found.status_code == 200, found.text
            assert found.json()["creator_id"] == "UCx/videos"
            assert client.get("/v1/creators/youtube/UCx").status_code == 404

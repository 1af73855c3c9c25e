"""``POST /v1/score/batch?invalid=skip``: a batch with invalid creators is scored for the valid
ones, each invalid one null in ``results`` and said in ``rejects``; without it (the default,
``invalid=reject``) one invalid creator makes the whole batch a 422, as before. Problems with
the body itself stay a 422 (or 413) either way."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jsonschema
import pytest
from fastapi.testclient import TestClient

from fraud.store import CreatorStore
from service.main import create_app
from service.routes import score as score_route
from tests import test_service
from tests.test_cli import StubScorer
from tests.test_service import SCORE_SCHEMA, _sample, _wait_ready, local_client
from tests.test_service_store import ANY_DATE, OBSERVED_EARLIER

BAD_DATE = {
    "creator_id": "x",
    "platform": "tiktok",
    "profile": {"followers": 1},
    "follower_history": [{"date": "2026-02-30", "followers": 3}],
}
NO_ID = {"platform": "tiktok", "profile": {"followers": 1}}
SKIP = "/v1/score/batch?invalid=skip"
client = test_service.client  # the fixture: the stub scorer's service with small limits


def _other(name: str) -> dict[str, Any]:
    return {**_sample("thin_data_tiktok"), "creator_id": f"tiktok:{name}", "handle": name}


def test_by_default_one_invalid_creator_is_a_422_for_the_batch(client: TestClient) -> None:
    creators = [_other("a"), BAD_DATE]
    for path in ("/v1/score/batch", "/v1/score/batch?invalid=reject"):
        response = client.post(path, json={"creators": creators})
        assert response.status_code == 422, path
        (item,) = response.json()["detail"]
        assert item["loc"] == ["body", "creators", 1, "follower_history", 0, "date"]


def test_skip_scores_the_valid_creators_and_rejects_the_others_in_place(
    client: TestClient,
) -> None:
    creators: list[Any] = [_other("a"), BAD_DATE, 5, _other("b"), NO_ID]
    response = client.post(SKIP, json={"creators": creators})
    assert response.status_code == 200, response.text
    answer = response.json()
    assert set(answer) == {"results", "rejects"}
    results, rejects = answer["results"], answer["rejects"]
    assert len(results) == len(creators)  # aligned with the input
    assert [r["creator_id"] if r else None for r in results] == [
        "tiktok:a",
        None,
        None,
        "tiktok:b",
        None,
    ]
    for result in results:
        if result is not None:
            jsonschema.validate(result, SCORE_SCHEMA)
    assert [r["index"] for r in rejects] == [1, 2, 4]
    assert [r["creator_id"] for r in rejects] == ["x", None, None]
    assert sum(r is not None for r in results) + len(rejects) == len(creators)
    # each reject's errors are the 422's for that creator, in the same shape and words
    detail = client.post("/v1/score/batch", json={"creators": creators}).json()["detail"]
    for reject in rejects:
        assert reject["errors"] == [e for e in detail if e["loc"][2] == reject["index"]]
        assert reject["errors"]
        assert set(reject["errors"][0]) == {"loc", "field", "msg", "type"}
    assert rejects[0]["errors"][0]["field"] == "body.creators[1].follower_history[0].date"
    assert rejects[2]["errors"][0]["loc"] == ["body", "creators", 4, "creator_id"]


def test_skip_with_every_creator_invalid_is_200_with_nulls(client: TestClient) -> None:
    response = client.post(SKIP, json={"creators": [BAD_DATE, NO_ID, BAD_DATE]})
    assert response.status_code == 200, response.text
    answer = response.json()
    assert answer["results"] == [None, None, None]
    assert [r["index"] for r in answer["rejects"]] == [0, 1, 2]


def test_skip_with_every_creator_valid_has_no_rejects(client: TestClient) -> None:
    response = client.post(SKIP, json={"creators": [_other("a"), _other("b")]})
    assert response.status_code == 200
    answer = response.json()
    assert answer["rejects"] == [] and [r["creator_id"] for r in answer["results"]] == [
        "tiktok:a",
        "tiktok:b",
    ]
    assert client.post(SKIP, json={"creators": []}).json() == {"results": [], "rejects": []}


@pytest.mark.parametrize(
    ("body", "loc"),
    [
        (b'{"creators": [', ["body", 14]),  # not JSON
        (b"{}", ["body", "creators"]),  # no creators
        (b'{"creators": 5}', ["body", "creators"]),  # not a list
        (b"[1]", ["body"]),  # not an object
        (b'{"creators": [' + b",".join([b"{}"] * 1001) + b"]}", ["body", "creators"]),
    ],
    ids=["not json", "no creators", "not a list", "not an object", "too many creators"],
)
def test_skip_still_refuses_a_bad_body_as_a_whole(
    client: TestClient, body: bytes, loc: list[Any]
) -> None:
    response = client.post(SKIP, content=body, headers={"content-type": "application/json"})
    assert response.status_code == 422, response.text
    assert response.json()["detail"][0]["loc"] == loc


def test_skip_still_refuses_a_body_over_the_size_limit(client: TestClient) -> None:
    creator = {**_other("big"), "padding": "x" * 500_000}
    assert client.post(SKIP, json={"creators": [creator] * 5}).status_code == 413


def test_an_unknown_choice_is_refused(client: TestClient) -> None:
    response = client.post("/v1/score/batch?invalid=ignore", json={"creators": [_other("a")]})
    assert response.status_code == 422
    assert [item["field"] for item in response.json()["detail"]] == ["query.invalid"]


def test_the_rejects_list_a_bounded_number_of_problems(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    # one creator with 60 wrong likes: the first 50 listed and the rest counted, as in a 422
    many = {
        **_other("many"),
        "posts": [
            {"post_id": f"p{i}", "posted_at": "2026-11-01T00:00:00Z", "likes": -1, "comments": 0}
            for i in range(60)
        ],
    }
    (reject,) = client.post(SKIP, json={"creators": [many]}).json()["rejects"]
    assert len(reject["errors"]) == 51
    last = reject["errors"][-1]
    assert last["type"] == "too_many_errors" and last["loc"] == ["body", "creators", 0]
    assert last["msg"] == "10 more problems not listed (the first 50 are above)"
    refused = client.post("/v1/score/batch", json={"creators": [many]}).json()["detail"]
    assert reject["errors"][:50] == refused[:50] and refused[-1]["msg"] == last["msg"]
    # and a whole answer lists at most MAX_REJECT_ERRORS_LISTED, every reject at least one
    monkeypatch.setattr(score_route, "MAX_REJECT_ERRORS_LISTED", 3)
    two = {**BAD_DATE, "profile": {"followers": -1}}  # two problems each
    rejects = client.post(SKIP, json={"creators": [two, two, two]}).json()["rejects"]
    assert [len(r["errors"]) for r in rejects] == [2, 2, 2]
    assert [e["type"] == "too_many_errors" for e in rejects[1]["errors"]] == [False, True]
    assert rejects[1]["errors"][1]["msg"] == "1 more problem not listed (the first is above)"


def test_openapi_documents_the_choice(client: TestClient) -> None:
    operation = client.get("/openapi.json").json()["paths"]["/v1/score/batch"]["post"]
    (parameter,) = [p for p in operation["parameters"] if p["name"] == "invalid"]
    assert parameter["in"] == "query" and parameter["required"] is False
    assert parameter["schema"]["enum"] == ["reject", "skip"]
    assert parameter["schema"]["default"] == "reject"
    assert "rejects" in parameter["schema"]["description"]
    assert "?invalid=skip" in operation["description"]
    answers = operation["responses"]["200"]["content"]["application/json"]["schema"]["anyOf"]
    assert {"$ref": "#/components/schemas/BatchAnswerWithRejects"} in answers


def test_skip_with_a_store_records_the_valid_creators_only(tmp_path: Path) -> None:
    store = CreatorStore.open(tmp_path / "store.sqlite")
    try:
        app = create_app(ANY_DATE, scorer_factory=StubScorer, store=store)
        with local_client(app, raise_server_exceptions=False) as client:
            _wait_ready(client)
            invalid = {**OBSERVED_EARLIER, "creator_id": "obs2", "profile": {"followers": -1}}
            response = client.post(SKIP, json={"creators": [invalid, OBSERVED_EARLIER]})
            assert response.status_code == 200, response.text
            answer = response.json()
            assert answer["results"][0] is None and answer["results"][1]["creator_id"] == "obs1"
            assert [r["creator_id"] for r in answer["rejects"]] == ["obs2"]
        assert store.history("weibo", "obs1")["snapshots"]
        assert not store.history("weibo", "obs2")["snapshots"]
    finally:
        store.close()

"""Behaviour of the HTTP service, against a stand-in scorer (dependency injection)."""

from __future__ import annotations

import base64
import hashlib
import json
import threading
import time
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from fastapi.testclient import TestClient

from fraud.paths import DATA_DIR
from service.main import create_app
from service.settings import ServiceSettings, settings_from_env
from tests.test_cli import StubScorer

SAMPLES = DATA_DIR / "samples"
SCORE_SCHEMA = json.loads((DATA_DIR / "contract" / "score.schema.json").read_text("utf-8"))
SMALL_LIMITS = ServiceSettings(max_body_bytes=400_000, max_batch_body_bytes=2_000_000)


def _sample(name: str) -> dict[str, Any]:
    return json.loads((SAMPLES / f"{name}.json").read_text("utf-8"))


def local_client(app: Any, **kwargs: Any) -> TestClient:
    """A test client that sends ``Host: localhost`` (the service answers loopback names only)."""
    return TestClient(app, base_url="http://localhost", **kwargs)


def _wait_ready(client: TestClient, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while client.get("/readyz").status_code != 200:
        assert time.monotonic() < deadline, "the model never became ready"
        time.sleep(0.01)


@pytest.fixture
def client() -> Iterator[TestClient]:
    app = create_app(SMALL_LIMITS, scorer_factory=StubScorer)
    with local_client(app, raise_server_exceptions=False) as test_client:
        _wait_ready(test_client)
        yield test_client


def test_score_returns_contract_result(client: TestClient) -> None:
    response = client.post("/v1/score", json=_sample("genuine_koc_rednote"))
    assert response.status_code == 200
    body = response.json()
    jsonschema.validate(body, SCORE_SCHEMA)
    assert body["creator_id"] == "rednote:genuine_koc"


def test_score_batch_keeps_order(client: TestClient) -> None:
    creators = [json.loads(line) for line in (SAMPLES / "creators.jsonl").read_text().splitlines()]
    response = client.post("/v1/score/batch", json={"creators": creators})
    assert response.status_code == 200
    results = response.json()["results"]
    assert [r["creator_id"] for r in results] == [c["creator_id"] for c in creators]
    for result in results:
        jsonschema.validate(result, SCORE_SCHEMA)


def test_score_batch_empty_list(client: TestClient) -> None:
    assert client.post("/v1/score/batch", json={"creators": []}).json() == {"results": []}


def test_model_reports_manifest_without_file_hashes(client: TestClient) -> None:
    body = client.get("/v1/model").json()
    assert body["name"] == "stub-creator-model"
    assert body["version"] == "0.0-test"
    assert body["metrics"] == {"roc_auc": 0.5}
    assert body["training_data"] == {"source": "none"}
    assert "files" not in body["extra"]


def test_score_invalid_field_gives_422_with_location(client: TestClient) -> None:
    creator = _sample("genuine_koc_rednote")
    creator["posts"][3]["likes"] = -1
    response = client.post("/v1/score", json=creator)
    assert response.status_code == 422
    detail = response.json()["detail"]
    assert detail[0]["loc"] == ["body", "posts", 3, "likes"]
    assert detail[0]["field"] == "body.posts[3].likes"


def test_a_422_lists_at_most_fifty_problems_and_counts_the_rest(client: TestClient) -> None:
    """A body with hundreds of wrong fields gets a short 422: the first 50 problems and one
    item counting the others (every one listed was a response of over 100 MB for a 12 MB
    batch body, built while other requests waited)."""
    from service.routes.score import MAX_ERRORS_LISTED

    creator = _sample("genuine_koc_rednote")
    for comment in creator["comments"][:40]:
        comment["text"] = 1
        comment["likes"] = "many"
    single = client.post("/v1/score", json=creator)
    batch = client.post("/v1/score/batch", json={"creators": [creator, creator, creator]})
    for response, total in ((single, 80), (batch, 240)):
        assert response.status_code == 422
        detail = response.json()["detail"]
        assert len(detail) == MAX_ERRORS_LISTED + 1 == 51
        assert detail[-1]["type"] == "too_many_errors"
        assert detail[-1]["msg"].startswith(f"{total - MAX_ERRORS_LISTED} more problems")
        assert detail[0]["loc"][-2:] in (["text"], [0, "text"], ["likes"], [0, "likes"])
    listed = batch.json()["detail"][:-1]
    assert {tuple(item["loc"][:3]) for item in listed} == {("body", "creators", 0)}


def test_undeclared_query_parameters_are_refused(client: TestClient) -> None:
    koc = _sample("genuine_koc_rednote")
    assert client.post("/v1/score", json=koc).status_code == 200
    for path, body, named in (
        ("/v1/score?verbose=1&x=2", koc, ["query.verbose", "query.x"]),
        ("/v1/score/batch?x=1", {"creators": [koc]}, ["query.x"]),
    ):
        response = client.post(path, json=body)
        assert response.status_code == 422, path
        assert [item["field"] for item in response.json()["detail"]] == named
    assert client.get("/healthz?probe=1").status_code == 200  # probes are not API routes


def test_score_batch_invalid_field_location(client: TestClient) -> None:
    bad = {
        "creator_id": "x",
        "platform": "tiktok",
        "profile": {"followers": 1},
        "follower_history": [{"date": "2026-02-30", "followers": 3}],
    }
    response = client.post("/v1/score/batch", json={"creators": [_sample("thin_data_tiktok"), bad]})
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == [
        "body",
        "creators",
        1,
        "follower_history",
        0,
        "date",
    ]


NASTY_BODIES: list[tuple[str, bytes, str]] = [
    ("invalid json", b'{"creator_id": "a",', "application/json"),
    ("empty body", b"", "application/json"),
    ("array not object", b"[1, 2, 3]", "application/json"),
    ("null", b"null", "application/json"),
    ("wrong content type", json.dumps(_sample("thin_data_tiktok")).encode(), "text/plain"),
    ("no content type", json.dumps(_sample("thin_data_tiktok")).encode(), ""),
    ("deeply nested", b"[" * 100_000 + b"]" * 100_000, "application/json"),
    ("deeply nested object", b'{"a":' * 50_000 + b"1" + b"}" * 50_000, "application/json"),
    (
        "huge float",
        b'{"creator_id": "a", "platform": "x", "profile": {"followers": 1e999}}',
        "application/json",
    ),
    (
        "huge int",
        b'{"creator_id": "a", "platform": "tiktok", "profile": {"followers": '
        + b"9" * 5000
        + b"}}",
        "application/json",
    ),
    ("lone surrogate", b'{"creator_id": "\\ud800", "platform": "tiktok"}', "application/json"),
    ("not utf-8", b'{"creator_id": "\xff\xfe", "platform": "tiktok"}', "application/json"),
    ("nul bytes", b"\x00\x00\x00", "application/json"),
    ("form", b"creator_id=a&platform=tiktok", "application/x-www-form-urlencoded"),
    ("weird charset", b"{}", "application/json; charset=klingon"),
]


@pytest.mark.parametrize(
    ("label", "body", "content_type"), NASTY_BODIES, ids=[case[0] for case in NASTY_BODIES]
)
@pytest.mark.parametrize("path", ["/v1/score", "/v1/score/batch"])
def test_score_nasty_body_never_500(
    client: TestClient, path: str, label: str, body: bytes, content_type: str
) -> None:
    headers = {"content-type": content_type} if content_type else {}
    response = client.post(path, content=body, headers=headers)
    assert response.status_code == 422, (label, response.status_code, response.text[:300])
    assert response.json()["detail"][0]["loc"][0] == "body"


def test_score_unicode_record_is_scored(client: TestClient) -> None:
    creator = {
        "creator_id": "weibo:小红🌸",
        "platform": "xiaohongshu",
        "handle": "🌸" * 200,
        "profile": {"followers": 2**62, "bio": "ｆｕｌｌ‐ｗｉｄｔｈ \u202e rtl"},
        "comments": [{"text": "👍👍👍"}, {"text": "真好看！"}],
    }
    response = client.post("/v1/score", json=creator)
    assert response.status_code == 200
    assert response.json()["platform"] == "rednote"


def test_score_over_limit_gives_413(client: TestClient) -> None:
    creator = _sample("thin_data_tiktok")
    creator["padding"] = "x" * 500_000
    response = client.post("/v1/score", json=creator)
    assert response.status_code == 413


def test_score_over_limit_without_content_length_gives_413(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"creator_id": "a", "platform": "tiktok", "profile": {"followers": 1}, "pad": "'
        for _ in range(100):
            yield b"x" * 10_000
        yield b'"}'

    response = client.post(
        "/v1/score", content=chunks(), headers={"content-type": "application/json"}
    )
    assert response.status_code == 413


def test_score_batch_has_its_own_larger_limit(client: TestClient) -> None:
    creator = _sample("thin_data_tiktok")
    creator["padding"] = "x" * 500_000
    assert client.post("/v1/score/batch", json={"creators": [creator]}).status_code == 200
    too_big = {"creators": [creator] * 5}
    assert client.post("/v1/score/batch", json=too_big).status_code == 413


def test_readyz_before_and_after_load() -> None:
    release = threading.Event()

    def slow_factory() -> StubScorer:
        release.wait(timeout=10)
        return StubScorer()

    app = create_app(SMALL_LIMITS, scorer_factory=slow_factory)
    with local_client(app) as client:
        assert client.get("/healthz").status_code == 200
        assert client.get("/readyz").status_code == 503
        # load balancers probe with HEAD too (review s47: 405): the same status, no body
        assert client.head("/healthz").status_code == 200
        assert client.head("/readyz").status_code == 503
        assert client.head("/healthz").content == b""
        assert client.post("/v1/score", json=_sample("thin_data_tiktok")).status_code == 503
        release.set()
        _wait_ready(client)
        assert client.get("/readyz").json() == {"status": "ready", "detail": None}
        assert client.post("/v1/score", json=_sample("thin_data_tiktok")).status_code == 200


def test_failed_load_is_logged_with_path_and_hidden_from_clients(
    caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    def broken() -> StubScorer:
        raise RuntimeError(f"{tmp_path}/creator/model.txt does not match its manifest")

    settings = ServiceSettings(models_dir=tmp_path, max_body_bytes=400_000)
    with (
        caplog.at_level("ERROR"),
        local_client(create_app(settings, scorer_factory=broken)) as client,
    ):
        deadline = time.monotonic() + 10
        while client.get("/readyz").json()["status"] == "loading":
            assert time.monotonic() < deadline
            time.sleep(0.01)
        for path in ("/readyz", "/healthz"):
            response = client.get(path)
            assert response.status_code == 503
            assert response.json() == {"status": "failed", "detail": "the model is unavailable"}
        scored = client.post("/v1/score", json=_sample("thin_data_tiktok"))
        assert scored.status_code == 503
        assert scored.json() == {"detail": "the model is unavailable"}
        assert "retry-after" not in scored.headers  # retrying cannot help
        assert str(tmp_path) not in client.get("/readyz").text + scored.text
    assert any(str(tmp_path) in record.getMessage() for record in caplog.records)


def test_unhandled_error_gives_clean_500() -> None:
    class FailingScorer(StubScorer):
        def score_many(self, records: Any) -> Any:
            raise RuntimeError("secret internal detail")

    with local_client(
        create_app(SMALL_LIMITS, scorer_factory=FailingScorer), raise_server_exceptions=False
    ) as client:
        _wait_ready(client)
        response = client.post("/v1/score", json=_sample("thin_data_tiktok"))
    assert response.status_code == 500
    assert "secret" not in response.text


def test_openapi_is_small_with_examples_and_reason_codes(client: TestClient) -> None:
    from fraud.reasons import REASON_CODES
    from fraud.schema import BatchRequest, CreatorRecord, ScoreResult

    response = client.get("/openapi.json")
    assert len(response.content) < 60_000  # was 597 KB with every sample embedded twice
    spec = response.json()
    score = spec["paths"]["/v1/score"]["post"]
    examples = score["requestBody"]["content"]["application/json"]["examples"]
    assert set(examples) == {"bought_followers", "profile_only"}
    for example in examples.values():
        CreatorRecord.model_validate(example["value"])
    answer = score["responses"]["200"]["content"]["application/json"]["example"]
    ScoreResult.model_validate(answer)
    jsonschema.validate(answer, SCORE_SCHEMA)
    assert answer["creator_id"] == examples["bought_followers"]["value"]["creator_id"]
    batch = spec["paths"]["/v1/score/batch"]["post"]["requestBody"]["content"]["application/json"]
    for example in batch["examples"].values():
        BatchRequest.model_validate(example["value"])
    followers = spec["components"]["schemas"]["Profile"]["properties"]["followers"]
    assert followers["minimum"] == 0 and followers["maximum"] == 2**63 - 1  # not a raw "ge"
    reason = next(v for k, v in spec["components"]["schemas"].items() if k.startswith("Reason"))
    assert reason["properties"]["code"]["enum"] == list(REASON_CODES)
    assert {code for r in answer["reasons"] for code in [r["code"]]} <= set(REASON_CODES)


def test_docs_are_served_from_local_assets(client: TestClient) -> None:
    page = client.get("/docs")
    assert page.status_code == 200
    # never framed by another site: a user may type an API key there (review s47)
    assert "frame-ancestors 'none'" in page.headers["content-security-policy"]
    assert page.headers["x-frame-options"] == "DENY"
    assert "cdn" not in page.text.lower()
    assert "http://" not in page.text and "https://" not in page.text.replace(
        "https://fastapi.tiangolo.com", ""
    )
    for asset in ("swagger-ui-bundle.js", "swagger-ui.css"):
        assert f"/docs/assets/{asset}" in page.text
        served = client.get(f"/docs/assets/{asset}")
        assert served.status_code == 200 and len(served.content) > 100_000
    assert client.get("/redoc").status_code == 404  # ReDoc would come from a CDN


class _PageParts(HTMLParser):
    """What an HTML page loads: its scripts' and links' addresses, and its inline scripts."""

    def __init__(self) -> None:
        super().__init__()
        self.loaded: list[str] = []
        self.inline_scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "script":
            self._in_script = found.get("src") is None
            if not self._in_script:
                self.loaded.append(str(found["src"]))
        elif tag in ("link", "img", "iframe", "object", "embed"):
            self.loaded += [str(found[k]) for k in ("href", "src", "data") if found.get(k)]
        assert not any(name.startswith("on") for name in found), f"an inline handler: {found}"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False if tag == "script" else self._in_script

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.inline_scripts.append(data)


def _directives(policy: str) -> dict[str, list[str]]:
    return {
        name: sources
        for name, *sources in (part.split() for part in policy.split(";") if part.strip())
    }


def test_docs_policy_lets_run_only_the_pages_own_scripts(client: TestClient) -> None:
    page = client.get("/docs")
    policy = _directives(page.headers["content-security-policy"])
    parts = _PageParts()
    parts.feed(page.text)
    assert parts.inline_scripts  # Swagger UI's start, allowed by its hash alone
    hashes = [
        f"'sha256-{base64.b64encode(hashlib.sha256(code.encode()).digest()).decode()}'"
        for code in parts.inline_scripts
    ]
    assert sorted(policy["script-src"]) == sorted(["'self'", *hashes])
    assert all(url.startswith("/") and not url.startswith("//") for url in parts.loaded)
    assert policy["default-src"] == ["'none'"]
    assert policy["style-src"] == ["'self'"]  # swagger-ui.css, no inline style
    assert "<style" not in page.text and " style=" not in page.text
    assert policy["object-src"] == ["'none'"] and policy["base-uri"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["connect-src"] == ["'self'"]  # /openapi.json, "Try it out"
    assert "validator.swagger.io" not in page.text  # no badge fetched from elsewhere
    assert '"validatorUrl": null' in page.text


def test_settings_from_env_reads_limits_and_rejects_garbage() -> None:
    settings = settings_from_env(
        {"FRAUD_MAX_BODY_BYTES": "1000", "FRAUD_MODELS_DIR": "/m", "FRAUD_BENCH_ROUTES": "1"}
    )
    assert settings.max_body_bytes == 1000
    assert settings.models_dir == Path("/m")
    assert settings.bench_routes
    assert settings.scoring_batch == 16  # the default
    assert settings_from_env({"FRAUD_SCORING_BATCH": "1"}).scoring_batch == 1
    assert settings.scoring_batch_bytes == 2 * 1024 * 1024
    assert settings_from_env({"FRAUD_SCORING_BATCH_BYTES": "0"}).scoring_batch_bytes == 0
    with pytest.raises(ValueError, match="FRAUD_MAX_BODY_BYTES"):
        settings_from_env({"FRAUD_MAX_BODY_BYTES": "5MB"})
    with pytest.raises(ValueError, match="FRAUD_SCORING_BATCH must be at least 1"):
        settings_from_env({"FRAUD_SCORING_BATCH": "0"})


def test_noop_route_only_with_bench_setting() -> None:
    plain = create_app(SMALL_LIMITS, scorer_factory=StubScorer)
    bench = create_app(ServiceSettings(bench_routes=True), scorer_factory=StubScorer)
    with local_client(plain) as a, local_client(bench) as b:
        assert a.post("/v1/noop").status_code in (404, 405)
        assert b.post("/v1/noop", content=b"anything").status_code == 200


def test_score_with_real_scorer_validates_against_contract() -> None:
    try:
        from fraud.scoring import Scorer

        Scorer.load()
    except Exception as error:
        pytest.skip(f"real scorer not available: {error}")
    with local_client(create_app(ServiceSettings())) as client:
        _wait_ready(client, timeout=120)
        creators = [
            json.loads(line) for line in (SAMPLES / "creators.jsonl").read_text().splitlines()
        ]
        for creator in creators:
            response = client.post("/v1/score", json=creator)
            assert response.status_code == 200, response.text
            jsonschema.validate(response.json(), SCORE_SCHEMA)
        batch = client.post("/v1/score/batch", json={"creators": creators})
        assert [r["creator_id"] for r in batch.json()["results"]] == [
            c["creator_id"] for c in creators
        ]
        assert client.get("/v1/model").json()["name"]
        edge = {
            "creator_id": "edge",
            "platform": "x",
            "profile": {"followers": 2**63},
            "posts": [{"posted_at": "2026-01-01T00:00:00Z", "likes": 2**63, "comments": 0}],
        }
        assert client.post("/v1/score", json=edge).status_code != 500


def test_a_loaded_service_collects_garbage_rarely() -> None:
    # The comment caches grow after the models are frozen: default thresholds made full
    # collections walk them every few requests (fraud.batch.SCORING_GC_THRESHOLDS).
    import gc

    from fraud.batch import SCORING_GC_THRESHOLDS

    previous = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    try:
        app = create_app(SMALL_LIMITS, scorer_factory=StubScorer)
        with local_client(app, raise_server_exceptions=False) as test_client:
            _wait_ready(test_client)
            assert gc.get_threshold() == SCORING_GC_THRESHOLDS
        assert gc.get_threshold() == (700, 10, 10)  # restored when the app stops
    finally:
        gc.set_threshold(*previous)
        gc.unfreeze()


def test_the_openapi_response_example_is_what_the_shipped_models_answer() -> None:
    """service/examples/score_bought_followers.json is the shipped models' answer for the
    bundled request example (regenerate it as service/examples/SOURCE.md says when a model or
    a reason changes)."""
    import json as _json

    from fraud.schema import CreatorRecord
    from fraud.scoring import Scorer
    from service.openapi import EXAMPLES_DIR

    request = _json.loads((EXAMPLES_DIR / "creator_bought_followers.json").read_text("utf-8"))
    shown = _json.loads((EXAMPLES_DIR / "score_bought_followers.json").read_text("utf-8"))
    answer = Scorer.load().score(CreatorRecord.model_validate(request))
    assert answer.model_dump(mode="json") == shown

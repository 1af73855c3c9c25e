"""The service under attack: keys, rate limits, hosts, banners, size errors, heavy requests."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import pytest
from fastapi.testclient import TestClient

from fraud.schema import CreatorRecord, ScoreResult
from service.main import create_app
from service.server import uvicorn_config
from service.settings import ServiceSettings, get_settings, settings_from_env
from tests.test_cli import StubScorer
from tests.test_service import _sample, _wait_ready, local_client

KEY = "k" * 24
OTHER_KEY = "o" * 24


class ThresholdScorer(StubScorer):
    """A stub whose manifest has the internals /v1/model must guard."""

    manifest: dict[str, Any] = {  # noqa: RUF012 - read-only test data
        **StubScorer.manifest,
        "thresholds": {"suspicious": 0.4, "likely_fraudulent": 0.9},
        "monotone_constraints": {"fake_follower_share": 1},
    }


class SlowScorer(StubScorer):
    """Burns CPU (holding the GIL between switches) for ``seconds`` per call."""

    seconds = 1.5

    def score_many(self, records: Sequence[CreatorRecord]) -> list[ScoreResult]:
        deadline = time.perf_counter() + self.seconds
        while time.perf_counter() < deadline:
            sum(range(1000))
        return super().score_many(records)


@contextmanager
def _ready_client(settings: ServiceSettings, factory: Any = StubScorer) -> Iterator[TestClient]:
    with local_client(create_app(settings, scorer_factory=factory)) as client:
        _wait_ready(client)
        yield client


@pytest.fixture
def keyed() -> Iterator[TestClient]:
    with _ready_client(ServiceSettings(api_keys=(KEY,)), ThresholdScorer) as client:
        yield client


def test_api_key_required_when_configured(keyed: TestClient) -> None:
    creator = _sample("thin_data_tiktok")
    missing = keyed.post("/v1/score", json=creator)
    assert missing.status_code == 401
    assert missing.json()["detail"] == "a valid API key is required in the X-API-Key header"
    assert (
        keyed.post("/v1/score", json=creator, headers={"X-API-Key": OTHER_KEY}).status_code == 401
    )
    assert keyed.post("/v1/score", json=creator, headers={"X-API-Key": KEY}).status_code == 200
    batch = {"creators": [creator]}
    assert keyed.post("/v1/score/batch", json=batch, headers={"X-API-Key": KEY}).status_code == 200
    bearer = {"Authorization": f"Bearer {KEY}"}  # not a supported way to send the key
    assert keyed.post("/v1/score/batch", json=batch, headers=bearer).status_code == 401
    assert keyed.post("/v1/score/batch", json={"creators": [creator]}).status_code == 401
    # Probes and docs stay open.
    assert keyed.get("/healthz").status_code == 200
    assert keyed.get("/openapi.json").status_code == 200


def test_model_internals_only_for_authenticated_clients(keyed: TestClient) -> None:
    anonymous = keyed.get("/v1/model").json()
    assert anonymous["thresholds"] is None
    assert "monotone_constraints" not in anonymous["extra"]
    assert "files" not in anonymous["extra"]
    full = keyed.get("/v1/model", headers={"X-API-Key": KEY}).json()
    assert full["thresholds"] == {"suspicious": 0.4, "likely_fraudulent": 0.9}
    assert full["extra"]["monotone_constraints"] == {"fake_follower_share": 1}


def test_model_internals_hidden_when_no_keys_are_configured() -> None:
    with _ready_client(ServiceSettings(), ThresholdScorer) as client:
        body = client.get("/v1/model", headers={"X-API-Key": KEY}).json()
        assert body["thresholds"] is None
        assert "monotone_constraints" not in body["extra"]


def test_model_says_the_models_are_not_cleared_for_commercial_use() -> None:
    with _ready_client(ServiceSettings(), ThresholdScorer) as client:
        body = client.get("/v1/model").json()
        assert body["commercial_use_ok"] is False
        assert "not cleared for commercial use" in body["licence_notice"]
        # a server names no path of its own disk (review s47): it said /work/.../NOTICE.md
        assert "see the models' NOTICE.md" in body["licence_notice"]
        assert "/" not in body["licence_notice"].split("; see ")[-1]


def test_rate_limit_refuses_with_json_429_and_spares_probes() -> None:
    with _ready_client(ServiceSettings(rate_limit="3/minute")) as client:
        creator = _sample("thin_data_tiktok")
        codes = [client.post("/v1/score", json=creator).status_code for _ in range(4)]
        assert codes == [200, 200, 200, 429]
        refused = client.post("/v1/score", json=creator)
        assert refused.json()["detail"].startswith("rate limit exceeded")
        assert int(refused.headers["retry-after"]) >= 1
        assert all(client.get("/healthz").status_code == 200 for _ in range(5))


def test_rate_limit_buckets_by_configured_key_only() -> None:
    settings = ServiceSettings(rate_limit="3/minute", api_keys=(KEY, OTHER_KEY))
    with _ready_client(settings) as client:
        creator = _sample("thin_data_tiktok")

        def post(key: str) -> int:
            return client.post("/v1/score", json=creator, headers={"X-API-Key": key}).status_code

        assert [post(KEY) for _ in range(4)] == [200, 200, 200, 429]
        # Another configured key is another client, with its own allowance.
        assert post(OTHER_KEY) == 200
        # Made-up keys are all the same client (the address): a fresh key per request
        # does not escape the limit, and the bad-key 401s are throttled too.
        made_up = [post(f"made-up-{n}") for n in range(5)]
        assert made_up == [401, 401, 401, 429, 429]
        limiter = _rate_limiter(client.app)
        assert limiter is not None
        assert len(limiter.limiter.storage.events) <= 3  # two keys and one address


def _rate_limiter(app: Any) -> Any:
    from service.middleware import RateLimitMiddleware

    layer = app.middleware_stack
    while layer is not None:
        if isinstance(layer, RateLimitMiddleware):
            return layer
        layer = getattr(layer, "app", None)
    return None


def test_unknown_host_is_refused_as_json() -> None:
    with _ready_client(ServiceSettings()) as client:
        response = client.get("/healthz", headers={"Host": "attacker.example"})
        assert response.status_code == 400
        assert response.headers["content-type"] == "application/json"
        assert "Host" in response.json()["detail"]
    app = create_app(ServiceSettings(allowed_hosts=("fraud.example.com",)), StubScorer)
    with TestClient(app, base_url="http://fraud.example.com") as client:
        assert client.get("/healthz").status_code == 200
        assert client.get("/healthz", headers={"Host": "localhost"}).status_code == 400


def test_413_is_json_with_and_without_content_length() -> None:
    with _ready_client(ServiceSettings(max_body_bytes=10_000)) as client:
        big = {**_sample("thin_data_tiktok"), "padding": "x" * 20_000}
        sized = client.post("/v1/score", json=big)

        def chunks() -> Iterator[bytes]:
            yield b'{"creator_id": "a", "platform": "tiktok", "pad": "'
            for _ in range(10):
                yield b"x" * 5_000
            yield b'"}'

        chunked = client.post(
            "/v1/score", content=chunks(), headers={"content-type": "application/json"}
        )
        for response in (sized, chunked):
            assert response.status_code == 413
            assert response.headers["content-type"] == "application/json"
            assert response.json() == {"detail": "the body is over the size limit"}


def test_healthz_answers_while_a_large_request_is_scored() -> None:
    settings = ServiceSettings(scoring_budget_seconds=30)
    with _ready_client(settings, SlowScorer) as client:
        big = {**_sample("genuine_koc_rednote")}
        outcome: dict[str, int] = {}

        def post() -> None:
            outcome["status"] = client.post("/v1/score", json=big).status_code

        worker = threading.Thread(target=post)
        started = time.perf_counter()
        worker.start()
        time.sleep(0.2)  # the slow scoring is under way
        latencies = []
        while worker.is_alive() and time.perf_counter() - started < 1.2:
            before = time.perf_counter()
            assert client.get("/healthz").status_code == 200
            latencies.append(time.perf_counter() - before)
        worker.join()
        assert outcome["status"] == 200
        assert latencies, "the slow request finished before /healthz was tried"
        # On the event loop, /healthz would have waited the whole 1.5 s.
        assert max(latencies) < 0.5, latencies


def test_scoring_over_the_time_budget_gives_503() -> None:
    settings = ServiceSettings(scoring_budget_seconds=0.2)
    with _ready_client(settings, SlowScorer) as client:
        started = time.perf_counter()
        response = client.post("/v1/score", json=_sample("thin_data_tiktok"))
        assert time.perf_counter() - started < 1.2
        assert response.status_code == 503
        assert "budget" in response.json()["detail"]
        assert "retry-after" not in response.headers  # the same request would time out again


def test_uvicorn_is_configured_without_banner_or_trusted_proxies(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("FRAUD_FORWARDED_ALLOW_IPS", raising=False)
    get_settings.cache_clear()
    try:
        config = uvicorn_config("127.0.0.1", 8000)
        assert config.server_header is False
        assert config.proxy_headers is False
        assert config.app == "fraud_service.main:create_app"
        monkeypatch.setenv("FRAUD_FORWARDED_ALLOW_IPS", "10.0.0.5")
        get_settings.cache_clear()
        config = uvicorn_config("127.0.0.1", 8000)
        assert config.proxy_headers is True
        assert config.forwarded_allow_ips == "10.0.0.5"
    finally:
        get_settings.cache_clear()


def test_hardening_settings_from_env() -> None:
    settings = settings_from_env(
        {
            "FRAUD_API_KEYS": f"{KEY}, {OTHER_KEY}",
            "FRAUD_RATE_LIMIT": "10/second;600/minute",
            "FRAUD_ALLOWED_HOSTS": "fraud.example.com, *.internal",
            "FRAUD_MODELS": "default",
        }
    )
    assert settings.api_keys == (KEY, OTHER_KEY)
    assert settings.rate_limit == "10/second;600/minute"
    assert settings.allowed_hosts == ("fraud.example.com", "*.internal")
    assert settings_from_env({"FRAUD_RATE_LIMIT": "off"}).rate_limit is None
    with pytest.raises(ValueError, match="FRAUD_RATE_LIMIT"):
        settings_from_env({"FRAUD_RATE_LIMIT": "lots"})
    with pytest.raises(ValueError, match="at least 16"):
        settings_from_env({"FRAUD_API_KEYS": "short"})
    with pytest.raises(ValueError, match="no model set"):
        settings_from_env({"FRAUD_MODELS": "no-such-set"})

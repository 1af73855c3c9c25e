"""Schema fuzzing of every route (schemathesis) against the real models, with a fixed seed.

Each operation gets ``FUZZ_EXAMPLES`` random cases beside schemathesis's boundary cases
(default 10: 1,877 cases, about 40 s, in ``make test``); ``make fuzz`` runs 250 (2,837
cases; ``-s`` prints the count per route). Checks: no
5xx; status codes, content types, headers and bodies as the OpenAPI document says; bad keys
refused; the validator accepting exactly what the schema allows, both ways.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, seed, settings

from fraud.scoring import Scorer
from service.main import create_app
from service.settings import ServiceSettings

FUZZ_EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "10"))
FUZZ_SEED = int(os.environ.get("FUZZ_SEED", "20261201"))
API_KEY = "fuzz-key-0123456789abcdef"


# schemathesis talks to the app in-process as Host "testserver" and restarts its lifespan for
# each operation: the real models are loaded once, here, so that every start is ready at once
# (the fuzzer would otherwise meet the 503 of a service still loading). The body limits are the
# defaults: an invalid body must meet validation (422), not the size limit.
APP = create_app(
    ServiceSettings(
        allowed_hosts=("testserver",),
        api_keys=(API_KEY,),  # as deployed: the fuzzer also checks that bad keys are refused
    ),
    scorer=Scorer.load(),
)
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)
CASES: dict[str, int] = {}


@pytest.fixture(scope="module", autouse=True)
def _report_case_counts(pytestconfig: pytest.Config) -> Iterator[None]:
    """Say how many cases ran per route (hypothesis stops early where few distinct ones exist)."""
    yield
    reporter = pytestconfig.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None and CASES:
        counts = ", ".join(f"{label} {n}" for label, n in sorted(CASES.items()))
        reporter.write_line(f"fuzz: {sum(CASES.values())} cases ({counts})")


@schema.parametrize()
@seed(FUZZ_SEED)
@settings(
    max_examples=FUZZ_EXAMPLES,
    deadline=None,
    database=None,  # the same cases every run: no replay of earlier failures from a cache
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
)
def test_every_route_survives_generated_requests(case: Any) -> None:
    label = f"{case.method} {case.path}"
    CASES[label] = CASES.get(label, 0) + 1
    if case.path == "/v1/score/batch" and (case.query or {}).get("invalid") == "skip":
        # ?invalid=skip answers a batch holding invalid creators with 200 by design (each such
        # creator null, with a reject), so schemathesis's "invalid data must be refused" does
        # not apply; the answer must account for every creator sent instead
        response = case.call_and_validate(
            headers={"X-API-Key": API_KEY},
            excluded_checks=[schemathesis.checks.negative_data_rejection],
        )
        creators = case.body.get("creators") if isinstance(case.body, dict) else None
        if response.status_code == 200 and isinstance(creators, list):
            answer = response.json()
            scored = sum(result is not None for result in answer["results"])
            assert len(answer["results"]) == len(creators)
            assert scored + len(answer.get("rejects", [])) == len(creators)
        return
    case.call_and_validate(headers={"X-API-Key": API_KEY})

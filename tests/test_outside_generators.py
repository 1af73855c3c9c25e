"""The outside generators (``evaluation/``, ``training.evaluate.INDEPENDENT_GENERATORS``):
deterministic per record, valid against the contract, labelled with both classes."""

from __future__ import annotations

import importlib
import json
from collections import Counter
from typing import Any

import pytest

from fraud.paths import DATA_DIR
from fraud.schema import CreatorRecord
from training.evaluate import INDEPENDENT_GENERATORS

SCHEMA = json.loads((DATA_DIR / "contract" / "creator.schema.json").read_text(encoding="utf-8"))


def _records(name: str, n: int, seed: int = 5) -> list[dict[str, Any]]:
    module = importlib.import_module(INDEPENDENT_GENERATORS[name][0])
    return list(module.generate(n, seed))


@pytest.mark.parametrize("name", sorted(INDEPENDENT_GENERATORS))
def test_a_record_depends_only_on_the_seed_and_its_number(name: str) -> None:
    first = _records(name, 12)
    assert _records(name, 12) == first
    assert _records(name, 5) == first[:5]
    assert _records(name, 5, seed=6) != first[:5]


@pytest.mark.parametrize("name", sorted(INDEPENDENT_GENERATORS))
def test_records_follow_the_contract_and_carry_a_label(name: str) -> None:
    import jsonschema

    records = _records(name, 40)
    validator = jsonschema.Draft202012Validator(
        SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    for raw in records:
        record = {k: v for k, v in raw.items() if k not in ("label", "archetype")}
        errors = [e.message for e in validator.iter_errors(record)]
        assert errors == [], (raw["creator_id"], errors[:3])
        CreatorRecord.model_validate(record)
        assert raw["label"] in (0, 1) and isinstance(raw["archetype"], str)
    labels = Counter(raw["label"] for raw in records)
    assert 0.25 < labels[1] / len(records) < 0.65  # both classes, neither swamped
    assert len({raw["creator_id"] for raw in records}) == len(records)

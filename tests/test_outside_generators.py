"""The outside generators, the judges (``evaluation/``,
``training.evaluate.INDEPENDENT_GENERATORS``) and the ones trained on (``training.generators``):
deterministic per record, valid against the contract, labelled with both classes; the two sets
apart, and the trained-on ones recorded."""

from __future__ import annotations

import importlib
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from fraud.paths import DATA_DIR
from fraud.schema import CreatorRecord
from training import generators
from training.evaluate import INDEPENDENT_GENERATORS

SCHEMA = json.loads((DATA_DIR / "contract" / "creator.schema.json").read_text(encoding="utf-8"))


MODULES = {
    **{name: entry[0] for name, entry in INDEPENDENT_GENERATORS.items()},
    **{name: g.module for name, g in generators.TRAINING_GENERATORS.items()},
}


def _records(name: str, n: int, seed: int = 5) -> list[dict[str, Any]]:
    module = importlib.import_module(MODULES[name])
    return list(module.generate(n, seed))


@pytest.mark.parametrize("name", sorted(MODULES))
def test_a_record_depends_only_on_the_seed_and_its_number(name: str) -> None:
    first = _records(name, 12)
    assert _records(name, 12) == first
    assert _records(name, 5) == first[:5]
    assert _records(name, 5, seed=6) != first[:5]


@pytest.mark.parametrize("name", sorted(MODULES))
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


def test_no_judge_is_trained_on() -> None:
    judges = {entry[0] for entry in INDEPENDENT_GENERATORS.values()}
    trained = {g.module for g in generators.TRAINING_GENERATORS.values()}
    assert generators.TRAINING_GENERATORS and not judges & trained
    assert all(module.startswith("evaluation.") for module in judges)
    assert all(module.startswith("training.generators.") for module in trained)


def test_the_shipped_model_records_the_generators_it_learned_from_as_they_are() -> None:
    """Editing a generator's code (a change of training data) without retraining is caught:
    the shipped manifest keeps each module's hash (``training.train.recipe_differs`` then
    refuses to take its booster as this recipe's)."""
    from fraud.artifacts import file_sha256
    from fraud.model import CreatorModel
    from fraud.paths import CREATOR_MODEL_DIR, MODELS_DIR

    for directory in (
        MODELS_DIR / CREATOR_MODEL_DIR,
        MODELS_DIR / "commercial" / CREATOR_MODEL_DIR,
    ):
        manifest = CreatorModel.load(directory).manifest
        recorded = manifest["training_data"]["other_generators"]
        assert sorted(recorded) == sorted(generators.TRAINING_GENERATORS), directory
        for name, generator in generators.TRAINING_GENERATORS.items():
            assert recorded[name]["code_sha256"] == file_sha256(generator.source), name
            assert (recorded[name]["seed"], recorded[name]["n"]) == (generator.seed, generator.n)


def test_a_generator_that_fails_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(argv: list[str]) -> int:
        out = Path(argv[argv.index("--out") + 1])
        out.write_text('{"creator_id": "half', encoding="utf-8")
        raise KeyboardInterrupt

    name = next(iter(generators.TRAINING_GENERATORS))
    module = importlib.import_module(generators.TRAINING_GENERATORS[name].module)
    monkeypatch.setattr(module, "main", broken)
    with pytest.raises(KeyboardInterrupt):
        generators.generated(name, tmp_path)
    assert list(tmp_path.iterdir()) == []  # neither the file nor its partial


def test_other_generators_join_the_train_split_only(monkeypatch: pytest.MonkeyPatch) -> None:
    import numpy as np
    import pandas as pd

    from training import train
    from training.creator_data import LabelledFeatures

    rng = np.random.default_rng(3)
    n = 400
    frame = pd.DataFrame(
        {
            "creator": np.arange(n),
            "archetype": rng.choice(["a", "b"], n),
            "label": rng.integers(0, 2, n),
        }
    )
    other = frame.iloc[:50].assign(creator=[f"delta:{i}" for i in range(50)])
    seen: dict[str, int] = {}

    def fit(train_rows: pd.DataFrame, calibration: pd.DataFrame, seed: int, **_: Any) -> Any:
        seen["train"], seen["calibration"] = len(train_rows), len(calibration)
        seen["others_in_train"] = int(
            train_rows["creator"].astype(str).str.startswith("delta:").sum()
        )
        raise StopIteration

    monkeypatch.setattr(train, "fit_creator_model", fit)
    data = LabelledFeatures(frame, Path("x"), "0")
    parts = train.split(data, 7)
    with pytest.raises(StopIteration):
        train.fit_on_splits(data, 7, extra=[LabelledFeatures(other, Path("y"), "1")])
    assert seen == {
        "train": len(parts["train"]) + 50,
        "calibration": len(parts["calibration"]),
        "others_in_train": 50,
    }


def test_the_readme_tells_the_judges_use_as_recorded() -> None:
    """How often ``final`` was consulted and what the judges never trained on chose are
    recorded once (``training.evaluate``); the reports' sentence is written from that record,
    and the README must say the same."""
    from fraud.paths import PROJECT_ROOT
    from training.evaluate import FINAL_CONSULTATIONS, judges_chose, number_word

    readme = " ".join((PROJECT_ROOT / "README.md").read_text(encoding="utf-8").split())
    assert f"printed {number_word(FINAL_CONSULTATIONS)} times" in readme
    assert f"never trained on and {judges_chose()}:" in readme


def test_numbers_are_spelled_as_the_reports_spell_them() -> None:
    from training.evaluate import number_word

    assert [number_word(n) for n in (0, 6, 19, 20, 21, 88, 99)] == [
        "zero",
        "six",
        "nineteen",
        "twenty",
        "twenty-one",
        "eighty-eight",
        "ninety-nine",
    ]
    assert number_word(100) == "100" and number_word(1234) == "1,234"

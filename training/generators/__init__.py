"""Creator generators written apart from the simulator, used as training data.

The creator model learns mostly from ``training/simulate.py``, one engineer's idea of how
creators look. On creators that other engineers generated blind (``evaluation/``), it did
worse the further their idea was from ours. Creators from more ideas, in training, teach it
what holds across them: each module here was written blind by another engineer, from the
brief of ``evaluation/BRIEF.md`` (the product and the problem, not our code) with a focus of
its own, and its creators join the train split (never calibration or test: the thresholds stay
chosen on our own creators' calibration split, and the evaluation's test split stays ours).

They are not judges: ``evaluation/`` holds the generators that judge, and none of those is
trained on. Only mechanical edits that leave their output byte for byte as it was (formatting,
lint, type annotations) are allowed here; a change of what they generate is a change of the
training data and retrains the model (the manifest keeps each module's hash).
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fraud.artifacts import file_sha256
from fraud.paths import DATA_DIR
from training.creator_data import LabelledFeatures, load_labelled_features

__all__ = ["TRAINING_GENERATORS", "TrainingGenerator", "generated", "load", "recipe"]


@dataclass(frozen=True)
class TrainingGenerator:
    """One generator of the recipe: its module, the seed and how many creators it gives."""

    module: str
    seed: int
    n: int
    focus: str

    @property
    def source(self) -> Path:
        """The module's file (its hash is part of the recipe)."""
        spec = importlib.util.find_spec(self.module)
        if spec is None or spec.origin is None:
            raise ModuleNotFoundError(self.module)
        return Path(spec.origin)


#: The generators whose creators join the train split, by name (``data/generated/train-NAME.jsonl``).
#: Written in the thirty-fifth session, each by another engineer, from ``evaluation/BRIEF.md``
#: with the focus given here; 3,000 creators each (the simulator gives 10,000, half of them to
#: the train split).
TRAINING_GENERATORS: dict[str, TrainingGenerator] = {
    "delta": TrainingGenerator(
        "training.generators.delta_sim",
        4004,
        3000,
        "Chinese platforms as they are: their comment cultures, fraud markets and audiences",
    ),
    "echo": TrainingGenerator(
        "training.generators.echo_sim",
        5005,
        3000,
        "the fraud markets as sold: vendor packages, drip delivery, refills, pods, churn",
    ),
    "foxtrot": TrainingGenerator(
        "training.generators.foxtrot_sim",
        6006,
        3000,
        "the hard cases: odd-looking genuine creators and cautious fraud sold to evade detection",
    ),
}


def generated(name: str, directory: Path | None = None) -> Path:
    """The creators of generator ``name``, generated on first use (written under a temporary
    name, renamed when complete and removed when not, so an interrupted run leaves no file)."""
    generator = TRAINING_GENERATORS[name]
    path = (directory or DATA_DIR / "generated") / f"train-{name}.jsonl"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f".{path.name}.partial")
        try:
            importlib.import_module(generator.module).main(
                ["--n", str(generator.n), "--seed", str(generator.seed), "--out", str(partial)]
            )
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        partial.replace(path)
    return path


def recipe(paths: Mapping[str, Path]) -> dict[str, dict[str, Any]]:
    """What the manifest records of each generator in ``paths`` (name: its generated file):
    module, seed, n, the module's hash and the data's."""
    out = {}
    for name, path in paths.items():
        generator = TRAINING_GENERATORS[name]
        out[name] = {
            "module": generator.module,
            "focus": generator.focus,
            "seed": generator.seed,
            "n": generator.n,
            "code_sha256": file_sha256(generator.source),
            "data_sha256": file_sha256(path),
        }
    return out


def load(directory: Path | None = None) -> tuple[list[LabelledFeatures], dict[str, dict[str, Any]]]:
    """The labelled features of every generator of the recipe (generated and featurised on
    first use, then cached like the simulator's), and the :func:`recipe` record of them."""
    paths = {name: generated(name, directory) for name in TRAINING_GENERATORS}
    frames = []
    for name, path in paths.items():
        features = load_labelled_features(path)
        frame = features.frame.copy()
        # Apart from our creators' line numbers (a creator's rows stay one creator).
        frame["creator"] = f"{name}:" + frame["creator"].astype(str)
        frames.append(LabelledFeatures(frame, features.source, features.source_sha256))
    return frames, recipe(paths)

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
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from fraud.artifacts import file_sha256
from fraud.batch import sigterm_as_interrupt
from fraud.io import OutputTarget
from fraud.paths import DATA_DIR
from training.creator_data import LabelledFeatures, load_labelled_features

__all__ = ["TRAINING_GENERATORS", "TrainingGenerator", "generated", "load", "recipe", "write_once"]


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


#: The generators whose creators join the train split, by name
#: (``data/generated/train-NAME.jsonl``). Each written by another engineer from
#: ``evaluation/BRIEF.md`` with the focus given here (delta, echo and foxtrot in the
#: thirty-fifth session; golf, hotel and india in the thirty-sixth; juliet, kilo, lima and mike
#: in the thirty-ninth, whose only edits are formatting and, in juliet, a clamp at 0 that lets
#: seed 10010 run; november, oscar, papa and quebec in the forty-first, edited only to pass the
#: linters with their output unchanged byte for byte); 3,000 creators each (the simulator gives
#: 10,000, half of them to the train split).
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
    "golf": TrainingGenerator(
        "training.generators.golf_sim",
        7007,
        3000,
        "the scraper's view: what posts and comments alone show, follower data for a minority",
    ),
    "hotel": TrainingGenerator(
        "training.generators.hotel_sim",
        8008,
        3000,
        "every size and niche, nano KOC to mega KOL, and how fraud differs by tier",
    ),
    "india": TrainingGenerator(
        "training.generators.india_sim",
        9009,
        3000,
        "the patterns measured as hard: bought likes and views, churn, premium followers, AI"
        " praise",
    ),
    "juliet": TrainingGenerator(
        "training.generators.juliet_sim",
        10010,
        3000,
        "engagement against size seen from outside: bought followers of every kind, and the"
        " honest reasons a genuine creator's engagement is low for its size",
    ),
    "kilo": TrainingGenerator(
        "training.generators.kilo_sim",
        11011,
        3000,
        "the commercial world: MCN agencies, brand campaigns and sponsored posts, live"
        " commerce, buying before a pitch, paid KOC networks, data packages, giveaways",
    ),
    "lima": TrainingGenerator(
        "training.generators.lima_sim",
        12012,
        3000,
        "time: growth curves, seasons, fraud bought years ago or again and again, purges,"
        " refills, churn cycles, pods that start and stop; histories with gaps and rounding",
    ),
    "mike": TrainingGenerator(
        "training.generators.mike_sim",
        13013,
        3000,
        "audiences and their comment sections the world over: fandoms, niches, bilingual"
        " audiences, comment farms, pods and AI praise as they are produced",
    ),
    "november": TrainingGenerator(
        "training.generators.november_sim",
        14014,
        3000,
        "machine-written comments as LLM tools and comment services write them, and genuine"
        " audiences whose comments look formulaic (fan clubs, beginners, giveaway entrants)",
    ),
    "oscar": TrainingGenerator(
        "training.generators.oscar_sim",
        15015,
        3000,
        "cautious follower fraud (premium lots, drip, bought before the window, masked by a"
        " real campaign) and the genuine creators who share its surface signs",
    ),
    "papa": TrainingGenerator(
        "training.generators.papa_sim",
        16016,
        3000,
        "the posts themselves: likes, comments, shares, saves and views per platform, post to"
        " post, and what bought likes, views, comments and followers do to them",
    ),
    "quebec": TrainingGenerator(
        "training.generators.quebec_sim",
        17017,
        3000,
        "small and mid creators on the Chinese platforms, their audiences and comment habits,"
        " and the Chinese fraud markets aimed at them (素人 networks, 互粉 groups, 水军)",
    ),
}


def write_once(module: str, n: int, seed: int, path: Path) -> Path:
    """``path``, holding the ``n`` creators that generator ``module`` makes with ``seed``,
    generated if it does not exist yet: its ``main`` writes under a temporary name
    (:class:`fraud.io.OutputTarget`) renamed when complete and removed when not, so an
    interrupted run (Ctrl-C, SIGTERM) leaves no file that would be read as whole. The
    training generators and the judges (``training.evaluate``) are written this way."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        target = OutputTarget(str(path))
        try:
            with sigterm_as_interrupt():
                importlib.import_module(module).main(
                    ["--n", str(n), "--seed", str(seed), "--out", target.write_path]
                )
        except BaseException:
            target.discard()
            raise
        target.commit()
    return path


def generated(name: str, directory: Path | None = None) -> Path:
    """The creators of generator ``name`` (:func:`write_once`)."""
    generator = TRAINING_GENERATORS[name]
    path = (directory or DATA_DIR / "generated") / f"train-{name}.jsonl"
    return write_once(generator.module, generator.n, generator.seed, path)


def recipe(data_sha256: Mapping[str, str]) -> dict[str, dict[str, Any]]:
    """What the manifest records of each generator in ``data_sha256`` (name: its generated
    file's hash): module, seed, n, the module's hash and the data's."""
    out = {}
    for name, digest in data_sha256.items():
        generator = TRAINING_GENERATORS[name]
        out[name] = {
            "module": generator.module,
            "focus": generator.focus,
            "seed": generator.seed,
            "n": generator.n,
            "code_sha256": file_sha256(generator.source),
            "data_sha256": digest,
        }
    return out


def load(
    directory: Path | None = None,
) -> tuple[dict[str, LabelledFeatures], dict[str, dict[str, Any]]]:
    """The labelled features of every generator of the recipe by name, in
    :data:`TRAINING_GENERATORS` order (generated and featurised on first use, then cached like
    the simulator's), and the :func:`recipe` record of them."""
    frames: dict[str, LabelledFeatures] = {}
    for name in TRAINING_GENERATORS:
        features = load_labelled_features(generated(name, directory))
        frame = features.frame.copy()
        # Apart from our creators' line numbers (a creator's rows stay one creator).
        frame["creator"] = f"{name}:" + frame["creator"].astype(str)
        frames[name] = replace(features, frame=frame)
    # The data's hash as featurising took it (the file is read once for it).
    return frames, recipe({name: f.source_sha256 for name, f in frames.items()})

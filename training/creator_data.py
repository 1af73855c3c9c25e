"""Labelled creator features for training and evaluation, computed by the scoring code itself.

The simulated creators (``make data``) go through :meth:`fraud.scoring.Scorer.features`, the
same path a real request takes, so the model is trained on exactly what it will see.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import orjson
import pandas as pd

from fraud.artifacts import file_sha256
from fraud.audience import FollowerModel
from fraud.comment_quality import CommentClassifier
from fraud.features import FEATURE_NAMES
from fraud.paths import ACCOUNTS_MODEL_DIR, COMMENTS_MODEL_DIR, DATA_DIR, models_dir
from fraud.schema import CreatorRecord
from fraud.scoring import BEHAVIOURAL_CHECKS

__all__ = ["DEFAULT_CREATORS", "LabelledFeatures", "feature_extractor", "load_labelled_features"]

DEFAULT_CREATORS = DATA_DIR / "generated" / "creators.jsonl"


@dataclass(frozen=True)
class LabelledFeatures:
    """One row per simulated creator: features, label, archetype, and which checks ran."""

    frame: pd.DataFrame  # FEATURE_NAMES columns + label, archetype, platform, sufficient
    source: Path
    source_sha256: str

    @property
    def X(self) -> pd.DataFrame:
        return self.frame[list(FEATURE_NAMES)]

    @property
    def y(self) -> np.ndarray:
        return self.frame["label"].to_numpy()


class _Extractor:
    """A feature extractor with the follower model and comment classifier, no creator model."""

    def __init__(self, root: Path):
        from fraud.norms import load_norms

        self.follower_model = FollowerModel.load(root / ACCOUNTS_MODEL_DIR)
        self.comment_classifier = CommentClassifier.load(root / COMMENTS_MODEL_DIR)
        self.norms = load_norms()

    def __call__(self, record: CreatorRecord) -> dict[str, Any]:
        from fraud.features import FeatureContext, extract_features

        ctx = FeatureContext(
            as_of=record.as_of,  # type: ignore[arg-type]  # simulated records always carry it
            norms=self.norms,
            follower_model=self.follower_model,
            comment_classifier=self.comment_classifier,
        )
        row = extract_features(record, ctx)
        values: dict[str, Any] = row.values
        values["sufficient"] = any(row.blocks[c].ran for c in BEHAVIOURAL_CHECKS)
        return values


def feature_extractor(root: Path | None = None) -> _Extractor:
    return _Extractor(root or models_dir())


def _read(path: Path) -> Iterator[dict[str, Any]]:
    with path.open("rb") as handle:
        for line in handle:
            if line.strip():
                yield orjson.loads(line)


def load_labelled_features(path: Path = DEFAULT_CREATORS, cache: bool = True) -> LabelledFeatures:
    """Features of every labelled creator in ``path`` (cached next to it, keyed by its hash)."""
    digest = file_sha256(path)
    cache_path = path.with_suffix(f".features-{digest[:12]}.parquet")
    if cache and cache_path.exists():
        frame = pd.read_parquet(cache_path)
        if list(frame.columns[: len(FEATURE_NAMES)]) == list(FEATURE_NAMES):
            return LabelledFeatures(frame, path, digest)
    extract = feature_extractor()
    rows = []
    for raw in _read(path):
        record = CreatorRecord.model_validate(raw)
        values = extract(record)
        values.update(label=int(raw["label"]), archetype=raw["archetype"], platform=raw["platform"])
        rows.append(values)
    frame = pd.DataFrame(
        rows, columns=[*FEATURE_NAMES, "sufficient", "label", "archetype", "platform"]
    )
    frame[list(FEATURE_NAMES)] = frame[list(FEATURE_NAMES)].astype("float64")
    if cache:
        for old in path.parent.glob(f"{path.stem}.features-*.parquet"):
            old.unlink()
        frame.to_parquet(cache_path)
    return LabelledFeatures(frame, path, digest)

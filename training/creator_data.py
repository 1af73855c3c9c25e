"""Labelled creator features for training and evaluation, computed by the scoring code itself.

The simulated creators (``make data``) go through :class:`fraud.scoring.FeatureExtractor`, the
same path a real request takes, so the model is trained on exactly what it will see.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import orjson
import pandas as pd

from fraud.artifacts import file_sha256
from fraud.features import FEATURE_NAMES
from fraud.paths import DATA_DIR
from fraud.schema import CreatorRecord
from fraud.scoring import FeatureExtractor, is_sufficient

__all__ = ["DEFAULT_CREATORS", "LabelledFeatures", "load_labelled_features"]

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
    extractor = FeatureExtractor.load()
    raws = _read(path)
    rows = []
    while chunk := list(itertools.islice(raws, 256)):  # batches: one follower-model call each
        records = [CreatorRecord.model_validate(raw) for raw in chunk]
        for raw, row in zip(chunk, extractor.rows(records), strict=True):
            values: dict[str, Any] = row.values
            values.update(
                sufficient=is_sufficient(row),
                label=int(raw["label"]),
                archetype=raw["archetype"],
                platform=raw["platform"],
            )
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

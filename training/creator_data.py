"""Labelled creator features for training and evaluation, computed by the scoring code itself.

The simulated creators (``make data``) go through :class:`fraud.scoring.FeatureExtractor`, the
same path a real request takes, so the model is trained on exactly what it will see.
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import orjson
import pandas as pd

from fraud import paths
from fraud.artifacts import file_sha256
from fraud.batch import atomic_output
from fraud.features import FEATURE_NAMES, extract_features
from fraud.paths import ACCOUNTS_MODEL_DIR, COMMENTS_MODEL_DIR, DATA_DIR, models_dir
from fraud.schema import CreatorRecord
from fraud.scoring import FeatureExtractor, is_sufficient, row_regime
from training.simulate import SOURCE_REGIMES, as_regime

__all__ = ["DEFAULT_CREATORS", "LabelledFeatures", "features_sha256", "load_labelled_features"]

DEFAULT_CREATORS = DATA_DIR / "generated" / "creators.jsonl"
# Bump when what decides features changes outside the files _feature_inputs_digest hashes.
_CODE_VERSION = "regimes-3"


def _feature_inputs_digest() -> str:
    """A hash of what the features are computed from besides the data and the component
    models: the feature code, the comment classifier's rules and lexicons, the norms. Any edit
    of them invalidates the cache (a lexicon edit used to leave features of the old rules)."""
    root = Path(__file__).resolve().parent.parent / "fraud"
    files = sorted(
        [
            *root.glob("features/*.py"),
            *(root / name for name in _FEATURE_MODULES),
            *root.glob("lexicons/*"),
            *root.glob("data/*.csv"),
        ]
    )
    digest = hashlib.sha256()
    for path in files:
        if path.is_file():
            digest.update(path.relative_to(root).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()


#: Modules outside ``fraud/features`` whose code decides feature values.
_FEATURE_MODULES = (
    "audience.py",
    "comment_quality.py",
    "lures.py",
    "text_patterns.py",
    "sound_table.py",
    "norms.py",
    "scoring.py",
    "derived.py",
)


@dataclass(frozen=True)
class LabelledFeatures:
    """One row per simulated creator: features, label, archetype, and which checks ran."""

    frame: pd.DataFrame  # FEATURE_NAMES columns + _META columns
    source: Path
    source_sha256: str

    @property
    def X(self) -> pd.DataFrame:
        return self.frame[list(FEATURE_NAMES)]

    @property
    def y(self) -> np.ndarray:
        return self.frame["label"].to_numpy()


def features_sha256(frames: Sequence[pd.DataFrame]) -> str:
    """A digest of what a model is fitted on: the feature values, labels and regimes of the
    rows of ``frames``, in order. The data's hash says which creators; this says what today's
    feature code makes of them (a rule edit that moves one comment's category changes it), so
    a manifest that records it tells whether ``make train`` would fit the same booster now
    (LightGBM is deterministic here: two fits on equal digests give equal model files)."""
    digest = hashlib.sha256()
    columns = [*FEATURE_NAMES, "label", "source_regime", "regime", "sufficient"]
    for frame in frames:
        rows = pd.util.hash_pandas_object(frame[columns], index=False)
        digest.update(rows.to_numpy().tobytes())
    return digest.hexdigest()


def _read(path: Path) -> Iterator[dict[str, Any]]:
    with path.open("rb") as handle:
        for line in handle:
            if line.strip():
                yield orjson.loads(line)


_RAN = ["ran_growth", "ran_engagement", "ran_comments", "ran_audience", "ran_profile"]
_META = [
    *_RAN,
    "sufficient",
    "regime",
    "source_regime",
    "creator",
    "label",
    "archetype",
    "platform",
]


def load_labelled_features(
    path: Path = DEFAULT_CREATORS, cache: bool = True, regimes: tuple[str, ...] | None = None
) -> LabelledFeatures:
    """Features of every labelled creator in ``path`` under every data regime.

    One row per creator and source regime (:data:`training.simulate.SOURCE_REGIMES`), with
    ``source_regime`` (the data given), ``regime`` (what the scorer makes of it, from the
    checks that ran; ``"none"`` when none did) and ``creator`` (the line number, to keep a
    creator's rows in one split). Cached next to ``path``, keyed by its hash.
    """
    regimes = regimes or tuple(SOURCE_REGIMES)
    digest = file_sha256(path)
    # Keyed by the data, the regimes, the feature code version and the component models.
    components = "".join(
        file_sha256(models_dir() / name / "manifest.json")
        for name in paths.model_components(models_dir(), (ACCOUNTS_MODEL_DIR, COMMENTS_MODEL_DIR))
    )
    key = hashlib.sha256(
        (
            digest + ",".join(regimes) + _CODE_VERSION + components + _feature_inputs_digest()
        ).encode()
    ).hexdigest()[:12]
    cache_path = path.with_suffix(f".features-{key}.parquet")
    if cache and cache_path.exists():
        frame = pd.read_parquet(cache_path)
        if list(frame.columns[: len(FEATURE_NAMES)]) == list(FEATURE_NAMES):
            return LabelledFeatures(frame, path, digest)
    extractor = FeatureExtractor.load()
    raws = _read(path)
    rows = []
    index = 0
    while chunk := list(itertools.islice(raws, 256)):  # batches: one follower-model call each
        records = [CreatorRecord.model_validate(raw) for raw in chunk]
        for raw, record, full in zip(chunk, records, extractor.rows(records), strict=True):
            ctx = extractor.context(record)
            for regime in regimes:
                variant = as_regime(record, regime)
                reuse = {
                    check: full.blocks[check]
                    for check, present in (
                        ("comments", bool(variant.comments)),
                        ("audience", variant.follower_sample is not None),
                    )
                    if present
                }
                row = full if regime == "everything" else extract_features(variant, ctx, reuse)
                values: dict[str, Any] = row.values
                values.update({f"ran_{c}": b.ran for c, b in row.blocks.items()})
                values.update(
                    sufficient=is_sufficient(row),
                    regime=row_regime(row) or "none",
                    source_regime=regime,
                    creator=index,
                    label=int(raw["label"]),
                    archetype=raw["archetype"],
                    platform=raw["platform"],
                )
                rows.append(values)
            index += 1
    frame = pd.DataFrame(rows, columns=[*FEATURE_NAMES, *_META])
    frame[list(FEATURE_NAMES)] = frame[list(FEATURE_NAMES)].astype("float64")
    if cache:
        for old in path.parent.glob(f"{path.stem}.features-*.parquet"):
            old.unlink()
        with atomic_output(cache_path) as handle:  # a killed run leaves no cache that reads whole
            frame.to_parquet(handle)
    return LabelledFeatures(frame, path, digest)

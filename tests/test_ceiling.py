"""The in-generator ceiling (training.ceiling): a cross-fitted model inside one generator."""

from __future__ import annotations

import numpy as np
import pandas as pd

from training.ceiling import in_generator_auc, per_archetype_auc


def _frame(signal: float, n: int = 300, seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    label = np.repeat([0, 1], n // 2)
    archetype = np.where(label == 1, np.where(np.arange(n) % 2 == 0, "burst:a", "pod"), "steady")
    return pd.DataFrame(
        {
            "label": label,
            "archetype": archetype,
            "shown": label * signal + rng.normal(size=n),
            "noise": rng.normal(size=n),
        }
    )


def test_a_feature_that_separates_the_labels_gives_a_high_ceiling() -> None:
    auc, out_of_fold = in_generator_auc(_frame(signal=4.0), ["shown", "noise"])
    assert auc > 0.95
    assert out_of_fold.shape == (300,)
    assert ((out_of_fold >= 0) & (out_of_fold <= 1)).all()


def test_noise_alone_gives_a_ceiling_near_chance() -> None:
    auc, _ = in_generator_auc(_frame(signal=0.0), ["noise"])
    assert 0.35 < auc < 0.65


def test_every_row_is_predicted_out_of_fold() -> None:
    # A model that saw a row would score the label it memorised: with pure noise and rows
    # predicted in-sample, ROC-AUC would be near 1.
    auc, _ = in_generator_auc(_frame(signal=0.0, seed=3), ["noise", "shown"])
    assert auc < 0.7


def test_per_archetype_drops_the_variant_suffix() -> None:
    frame = _frame(signal=4.0)
    p = frame["shown"].to_numpy()
    out = per_archetype_auc(frame, p)
    assert set(out) == {"burst", "pod"}
    assert all(v > 0.95 for v in out.values())

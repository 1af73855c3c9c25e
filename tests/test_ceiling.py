"""The in-generator ceiling (training.ceiling): a cross-fitted model inside one generator."""

from __future__ import annotations

import numpy as np
import pandas as pd

from training.ceiling import in_generator_auc, per_archetype_auc, transfer_matrix
from training.train import CREATOR_FEATURES


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


def _generator(signal: str, n: int = 400, seed: int = 0) -> pd.DataFrame:
    """One generator's rows in two regimes: every model feature noise, but ``signal``
    (shifted up for fraud) in the everything regime; the scraper rows hold no signal."""
    rng = np.random.default_rng(seed)
    frames = []
    for regime in ("everything", "scraper"):
        label = np.repeat([0, 1], n // 2)
        values = {name: rng.normal(size=n) for name in CREATOR_FEATURES}
        if regime == "everything":
            values[signal] = values[signal] + 3.0 * label
        frames.append(
            pd.DataFrame({**values, "label": label, "source_regime": regime, "sufficient": True})
        )
    return pd.concat(frames, ignore_index=True)


def test_transfer_carries_a_signal_only_to_generators_that_share_it() -> None:
    ours = _generator("fake_follower_share", seed=1)
    outside = {
        "alike": _generator("fake_follower_share", seed=2),
        "unlike": _generator("spam_comment_share", seed=3),
    }
    both = transfer_matrix(ours, outside, seed=7)
    assert set(both) == {"scraper", "everything"}
    table = both["everything"]
    assert set(table) == {"ours", "alike", "unlike", "ours + the rest"}
    # every source is judged on the outside generators it did not see, never on itself
    assert set(table["ours"]) == {"alike", "unlike"}
    assert set(table["alike"]) == {"unlike"} and set(table["unlike"]) == {"alike"}
    assert set(table["ours + the rest"]) == {"alike", "unlike"}
    assert table["ours"]["alike"] > 0.9
    assert table["ours"]["unlike"] < 0.65
    assert table["unlike"]["alike"] < 0.65
    # judged on "unlike", the rest (ours and "alike") holds no example of its signal ...
    assert table["ours + the rest"]["unlike"] < 0.65
    # ... judged on "alike", the rest holds both signals, "alike"'s among them
    assert table["ours + the rest"]["alike"] > 0.9
    # the scraper rows hold no signal: no source carries anything there
    assert all(0.3 < auc < 0.7 for row in both["scraper"].values() for auc in row.values())

"""``fraud.paths.model_components``: a model set may leave out the follower model only."""

from __future__ import annotations

from pathlib import Path

from fraud.artifacts import licence_notice
from fraud.paths import MODELS_DIR, model_components


def test_a_set_without_accounts_lists_the_other_components(tmp_path: Path) -> None:
    (tmp_path / "comments").mkdir()
    assert model_components(tmp_path) == ["comments", "creator"]  # creator: fails where loaded
    (tmp_path / "accounts").mkdir()
    assert model_components(tmp_path) == ["accounts", "comments", "creator"]
    assert model_components(tmp_path, ("comments", "accounts")) == ["comments", "accounts"]


def test_the_licence_notice_names_only_components_the_set_holds(tmp_path: Path) -> None:
    notice = licence_notice(MODELS_DIR) or ""
    assert "accounts" in notice  # the default set has a follower model, not cleared
    (tmp_path / "comments").mkdir()
    assert "accounts" not in (licence_notice(tmp_path) or "")

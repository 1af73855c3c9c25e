"""Model artifacts: sealed manifests, one read per file, errors that name the file."""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from fraud import paths
from fraud.artifacts import (
    MANIFEST_HASH_KEY,
    ArtifactError,
    licence_notice,
    manifest_digest,
    read_verified,
    seal_manifest,
)
from fraud.audience import FollowerModel
from fraud.comment_quality import CommentClassifier
from fraud.model import CreatorModel
from fraud.paths import (
    ACCOUNTS_MODEL_DIR,
    COMMENTS_MODEL_DIR,
    CREATOR_MODEL_DIR,
    MODELS_DIR,
    ModelSetError,
    models_dir,
    resolve_models,
)

LOADERS: dict[str, Callable[[Path], Any]] = {
    CREATOR_MODEL_DIR: CreatorModel.load,
    ACCOUNTS_MODEL_DIR: FollowerModel.load,
    COMMENTS_MODEL_DIR: CommentClassifier.load,
}
MODEL_FILES = {
    CREATOR_MODEL_DIR: "model.txt",
    ACCOUNTS_MODEL_DIR: "model.txt",
    COMMENTS_MODEL_DIR: "comment_model.npz",
}


def _copy(tmp_path: Path, component: str) -> Path:
    target = tmp_path / component
    shutil.copytree(MODELS_DIR / component, target)
    return target


def _manifest(directory: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((directory / "manifest.json").read_text("utf-8"))
    return loaded


def _write(directory: Path, manifest: dict[str, Any], *, seal: bool) -> None:
    if seal:
        manifest = seal_manifest(manifest)
    (directory / "manifest.json").write_text(json.dumps(manifest, indent=2), "utf-8")


def _replace_file(directory: Path, name: str, payload: bytes) -> None:
    """Overwrite a model file and record its new hash, as a careless re-pack would."""
    (directory / name).write_bytes(payload)
    manifest = _manifest(directory)
    manifest["files"][name] = hashlib.sha256(payload).hexdigest()
    _write(directory, manifest, seal=True)


@pytest.mark.parametrize("component", list(LOADERS))
def test_shipped_manifests_are_sealed(component: str) -> None:
    manifest = _manifest(MODELS_DIR / component)
    assert manifest[MANIFEST_HASH_KEY] == manifest_digest(manifest)


@pytest.mark.parametrize("component", list(LOADERS))
def test_edited_manifest_is_refused(tmp_path: Path, component: str) -> None:
    directory = _copy(tmp_path, component)
    manifest = _manifest(directory)
    manifest["edited_by_hand"] = True
    _write(directory, manifest, seal=False)
    with pytest.raises(ArtifactError, match="changed after training"):
        LOADERS[component](directory)


def test_edited_threshold_is_refused(tmp_path: Path) -> None:
    directory = _copy(tmp_path, CREATOR_MODEL_DIR)
    manifest = _manifest(directory)
    manifest["thresholds"]["likely_fraudulent"] = 0.99
    _write(directory, manifest, seal=False)
    with pytest.raises(ArtifactError, match=r"manifest\.json was changed after training"):
        CreatorModel.load(directory)


def test_reordered_comment_classes_are_refused(tmp_path: Path) -> None:
    directory = _copy(tmp_path, COMMENTS_MODEL_DIR)
    manifest = _manifest(directory)
    manifest["classes"] = list(reversed(manifest["classes"]))
    _write(directory, manifest, seal=False)
    with pytest.raises(ArtifactError, match="changed after training"):
        CommentClassifier.load(directory)


def test_whitespace_only_manifest_change_is_accepted(tmp_path: Path) -> None:
    directory = _copy(tmp_path, CREATOR_MODEL_DIR)
    manifest = _manifest(directory)
    (directory / "manifest.json").write_text(json.dumps(manifest), "utf-8")  # no indent
    assert CreatorModel.load(directory).manifest == manifest


def test_unsealed_manifest_is_refused(tmp_path: Path) -> None:
    directory = _copy(tmp_path, CREATOR_MODEL_DIR)
    manifest = _manifest(directory)
    del manifest[MANIFEST_HASH_KEY]
    _write(directory, manifest, seal=False)
    with pytest.raises(ArtifactError, match=f"no {MANIFEST_HASH_KEY}"):
        CreatorModel.load(directory)


@pytest.mark.parametrize("component", [CREATOR_MODEL_DIR, ACCOUNTS_MODEL_DIR])
def test_reversed_feature_names_are_refused_even_when_resealed(
    tmp_path: Path, component: str
) -> None:
    directory = _copy(tmp_path, component)
    manifest = _manifest(directory)
    manifest["feature_names"] = list(reversed(manifest["feature_names"]))
    _write(directory, manifest, seal=True)
    with pytest.raises(ArtifactError, match="feature"):
        LOADERS[component](directory)


def test_creator_model_feature_names_must_match_the_model_file(tmp_path: Path) -> None:
    directory = _copy(tmp_path, CREATOR_MODEL_DIR)
    manifest = _manifest(directory)
    names = manifest["feature_names"]
    names[0], names[1] = names[1], names[0]  # still a valid set of features, wrong order
    _write(directory, manifest, seal=True)
    with pytest.raises(ArtifactError, match=r"model\.txt was trained on features"):
        CreatorModel.load(directory)


@pytest.mark.parametrize("component", list(LOADERS))
def test_corrupt_model_with_recomputed_hash_names_the_file(tmp_path: Path, component: str) -> None:
    directory = _copy(tmp_path, component)
    name = MODEL_FILES[component]
    _replace_file(directory, name, b"this is not a model\n" * 10)
    with pytest.raises(ArtifactError, match=name.replace(".", r"\.")) as caught:
        LOADERS[component](directory)
    assert str(directory / name) in str(caught.value)


@pytest.mark.parametrize("component", [CREATOR_MODEL_DIR, ACCOUNTS_MODEL_DIR])
def test_non_utf8_model_names_the_file(tmp_path: Path, component: str) -> None:
    directory = _copy(tmp_path, component)
    payload = (directory / "model.txt").read_bytes()
    _replace_file(directory, "model.txt", payload[:100] + b"\x80\xff" + payload[100:])
    with pytest.raises(ArtifactError, match=r"model\.txt is not UTF-8"):
        LOADERS[component](directory)


def test_truncated_calibration_names_the_file(tmp_path: Path) -> None:
    directory = _copy(tmp_path, CREATOR_MODEL_DIR)
    _replace_file(directory, "calibration.json", b'{"a": 1.0, ')
    with pytest.raises(ArtifactError, match=r"calibration\.json is not valid JSON"):
        CreatorModel.load(directory)


def test_non_utf8_manifest_names_the_file(tmp_path: Path) -> None:
    directory = _copy(tmp_path, CREATOR_MODEL_DIR)
    (directory / "manifest.json").write_bytes(b"{\x80}")
    with pytest.raises(ArtifactError, match=r"manifest\.json is not UTF-8"):
        CreatorModel.load(directory)


def test_each_file_is_read_once_and_the_checked_bytes_are_loaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    directory = _copy(tmp_path, CREATOR_MODEL_DIR)
    reads: list[str] = []
    original = Path.read_bytes

    def counting_read_bytes(self: Path) -> bytes:
        reads.append(self.name)
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", counting_read_bytes)
    artifact = read_verified(directory)
    model = CreatorModel.load(directory)
    files = ["manifest.json", "model.txt", "calibration.json", "contributions.npz"]
    assert sorted(reads) == sorted(files * 2)
    assert artifact.files["model.txt"] == original(directory / "model.txt")
    assert model.feature_names == tuple(artifact.manifest["feature_names"])


def test_licence_notice_for_the_shipped_set() -> None:
    notice = licence_notice(MODELS_DIR)
    assert notice is not None
    assert "not cleared for commercial use" in notice
    assert "accounts" in notice
    assert "\n" not in notice


def test_licence_notice_is_silent_when_every_component_is_cleared(tmp_path: Path) -> None:
    for component in LOADERS:
        directory = _copy(tmp_path, component)
        manifest = _manifest(directory)
        manifest["commercial_use_ok"] = True
        _write(directory, manifest, seal=True)
    assert licence_notice(tmp_path) is None
    # One component that says nothing is enough to warn.
    manifest = _manifest(tmp_path / COMMENTS_MODEL_DIR)
    del manifest["commercial_use_ok"]
    _write(tmp_path / COMMENTS_MODEL_DIR, manifest, seal=True)
    notice = licence_notice(tmp_path)
    assert notice is not None and "comments not confirmed" in notice


def test_model_sets_resolve_by_name_or_directory(tmp_path: Path) -> None:
    for component in LOADERS:
        shutil.copytree(MODELS_DIR / component, tmp_path / "open" / component)
    assert resolve_models(None, root=tmp_path) == tmp_path
    assert resolve_models("default", root=tmp_path) == tmp_path
    assert resolve_models("open", root=tmp_path) == tmp_path / "open"
    assert resolve_models(str(tmp_path / "open")) == tmp_path / "open"
    assert paths.model_set_names(tmp_path) == ["default", "open"]
    with pytest.raises(ModelSetError, match="no model set 'closed': choose one of default, open"):
        resolve_models("closed", root=tmp_path)
    with pytest.raises(ModelSetError):
        resolve_models("creator", root=tmp_path)  # a component, not a set


def test_models_dir_follows_the_environment(tmp_path: Path) -> None:
    assert models_dir({}) == MODELS_DIR
    assert models_dir({"FRAUD_MODELS_DIR": str(tmp_path)}) == tmp_path
    assert models_dir({"FRAUD_MODELS": str(tmp_path / "x")}) == tmp_path / "x"
    assert models_dir({"FRAUD_MODELS": "default", "FRAUD_MODELS_DIR": ""}) == MODELS_DIR
    with pytest.raises(ModelSetError):
        models_dir({"FRAUD_MODELS": "no-such-set"})


def test_a_set_without_a_follower_model_scores_without_the_audience_check(tmp_path: Path) -> None:
    from fraud import Scorer
    from tests.conftest import load_sample

    for component in (COMMENTS_MODEL_DIR, CREATOR_MODEL_DIR):
        directory = _copy(tmp_path, component)
        manifest = _manifest(directory)
        manifest["commercial_use_ok"] = True
        _write(directory, manifest, seal=True)
    # No follower model is cleared for commercial use, so such a set leaves it out; that
    # alone is no licence problem.
    assert licence_notice(tmp_path) is None
    scorer = Scorer.load(tmp_path)
    assert scorer.extractor.follower_model is None
    result = scorer.score(load_sample("bought_followers_weibo"))
    assert "audience" in result.checks_skipped
    skipped = next(r for r in result.reasons if r.code == "AUDIENCE_NOT_CHECKED")
    assert "no follower model" in skipped.message


def test_the_shipped_commercial_set_is_cleared_and_has_no_follower_model() -> None:
    from fraud import Scorer
    from tests.conftest import load_sample

    root = resolve_models("commercial")
    assert "commercial" in paths.model_set_names()
    assert licence_notice(root) is None
    for component in (COMMENTS_MODEL_DIR, CREATOR_MODEL_DIR):
        manifest = _manifest(root / component)
        assert manifest["commercial_use_ok"] is True
        assert "youtube-spam" not in json.dumps(manifest.get("sources", {}))
    assert not (root / ACCOUNTS_MODEL_DIR).exists()
    scorer = Scorer.load("commercial")
    result = scorer.score(load_sample("engagement_pod_instagram"))
    assert result.verdict.value == "likely_fraudulent"
    assert "audience" in result.checks_skipped

"""The simulator's comment pools: the real comments are filed once, beside the comment model.

The simulator used to ask the comment classifier for the categories of the real ham comments
every time it ran, so an edit of the comment rules silently changed the training data that
``make data`` writes (the shipped creator model could not be rebuilt). The filing is now stored
with the comment model (``pool_filing.csv``) and the pools are read from it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from fraud import paths
from fraud.artifacts import MANIFEST_HASH_KEY, ArtifactError, open_verified, write_manifest
from fraud.comment_quality import MODEL_FILE, CommentClassifier
from training.comment_pools import (
    POOL_FILING_FILE,
    _real_comments,
    _text_key,
    load_comment_pools,
    load_pool_filing,
    write_pool_filing,
)

SHIPPED = paths.models_dir() / paths.COMMENTS_MODEL_DIR


class _EverythingGeneric:
    """A classifier that calls every text generic (a stand-in for a changed rule set)."""

    def classify(self, texts: list[str]) -> list[str]:
        return ["generic"] * len(texts)


@pytest.mark.parametrize("commercial_only", [False, True])
def test_shipped_filing_covers_every_real_comment(commercial_only: bool) -> None:
    """Every real ham comment the pools draw from has a stored category (no silent gaps)."""
    commercial = paths.models_dir({"FRAUD_MODELS": "commercial"}) / paths.COMMENTS_MODEL_DIR
    directory = commercial if commercial_only else SHIPPED
    filing = load_pool_filing(directory)
    ham = _real_comments(commercial_only)[0]
    assert {_text_key(text) for text in ham} <= set(filing)
    pools = load_comment_pools(filing, commercial_only=commercial_only)
    assert sum(len(texts) for (lang, _), texts in pools.items() if lang == "en") > len(set(ham))


def test_pools_follow_the_stored_filing_not_todays_classifier(tmp_path: Path) -> None:
    """Filing by one classifier, then reading the pools, gives that classifier's categories,
    whatever the classifier in use says later."""
    shipped = load_comment_pools(load_pool_filing(SHIPPED))
    directory = tmp_path / "comments"
    shutil.copytree(SHIPPED, directory)
    counts = write_pool_filing(directory, _EverythingGeneric())  # type: ignore[arg-type]
    assert set(counts) == {"generic"}
    regrouped = load_comment_pools(
        pd.read_csv(directory / POOL_FILING_FILE).set_index("text_sha256")["category"].to_dict()
    )
    ham = set(_real_comments()[0])
    # Every real ham text now sits in ("en", "generic"), and only the real ham texts moved.
    assert ham <= set(regrouped[("en", "generic")])
    for key, texts in shipped.items():
        assert set(texts) - ham <= set(regrouped.get(key, [])), key


def test_filing_matches_the_classifier_that_wrote_it(tmp_path: Path) -> None:
    classifier = CommentClassifier.load(SHIPPED)
    write_pool_filing(tmp_path, classifier)
    stored = pd.read_csv(tmp_path / POOL_FILING_FILE, dtype=str)
    assert list(stored.columns) == ["text_sha256", "category"]
    assert stored["text_sha256"].is_monotonic_increasing
    ham = list(dict.fromkeys(_real_comments()[0]))
    sample = ham[:: max(1, len(ham) // 300)]
    filed = dict(zip(stored["text_sha256"], stored["category"], strict=True))
    assert [filed[_text_key(t)] for t in sample] == [str(c) for c in classifier.classify(sample)]
    assert not list(tmp_path.glob(".*partial"))


def test_an_unfiled_comment_is_refused_with_the_fix() -> None:
    filing = load_pool_filing(SHIPPED)
    missing = _text_key(_real_comments()[0][0])
    del filing[missing]
    with pytest.raises(
        ValueError, match=r"1 of \d+ real comments have no category.*train_comments"
    ):
        load_comment_pools(filing)


def test_a_model_without_a_filing_or_with_an_edited_one_is_refused(tmp_path: Path) -> None:
    directory = tmp_path / "comments"
    shutil.copytree(SHIPPED, directory)
    filing = directory / POOL_FILING_FILE
    filing.write_text(filing.read_text().replace("substantive", "generic", 1))
    with pytest.raises(ArtifactError):
        load_pool_filing(directory)
    # A model trained before filings were stored: its manifest lists only the model file.
    filing.unlink()
    fields = dict(open_verified(SHIPPED))
    for key in ("files", "created_at", "libraries", "platform", MANIFEST_HASH_KEY):
        fields.pop(key, None)
    write_manifest(directory, [MODEL_FILE], **fields)
    with pytest.raises(FileNotFoundError, match="retrain the comment model"):
        load_pool_filing(directory)

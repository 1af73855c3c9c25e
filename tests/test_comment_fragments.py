"""The word lists shared by the spam cues and the code are written once, in
``fraud/lexicons/fragments.txt`` (review s51: what makes a money claim a lure was written in
spam_cues.txt and again, slightly wider, in comment_quality after the model)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from fraud import comment_quality, lures
from fraud.comment_quality import CommentCategory, apply_rules, prepare_text

_CACHED = (
    comment_quality.load_lexicons,
    comment_quality._fragments,
    comment_quality._money_claim,
    comment_quality._money_talk,
    comment_quality._money_lure_context,
)


@pytest.fixture
def lexicon_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of the lexicons that the loaders read, with their caches emptied before and
    after (the other tests read the shipped lexicons)."""
    copy = tmp_path / "lexicons"
    shutil.copytree(comment_quality.LEXICON_DIR, copy)
    monkeypatch.setattr(comment_quality, "LEXICON_DIR", copy)
    monkeypatch.setattr(lures, "LEXICON_DIR", copy)
    for cached in _CACHED:
        cached.cache_clear()
    yield copy
    monkeypatch.undo()
    for cached in _CACHED:
        cached.cache_clear()


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_word_added_to_money_points_counts_in_the_rules_and_after_the_model(
    lexicon_copy: Path,
) -> None:
    claim = "i made $500 last week zorblax"
    assert apply_rules(prepare_text(claim)).category is not CommentCategory.SPAM
    assert not comment_quality._money_lure_context().search(claim)
    for cached in _CACHED:
        cached.cache_clear()
    _edit(lexicon_copy / "fragments.txt", "money_points\t([@#]|", "money_points\t(zorblax|[@#]|")
    decision = apply_rules(prepare_text(claim))
    assert (decision.category, decision.lure_type) == (CommentCategory.SPAM, "scam")
    assert comment_quality._money_lure_context().search(claim)


def test_an_unknown_fragment_name_is_an_error_naming_the_rule(lexicon_copy: Path) -> None:
    with (lexicon_copy / "spam_cues.txt").open("a", encoding="utf-8") as file:
        file.write("scam\t{money_clam}.{0,20}zorblax\n")
    with pytest.raises(ValueError, match=r"spam_cues.txt rule \d+: no fragment named money_clam"):
        comment_quality.load_lexicons()


def test_a_fragment_row_without_a_name_is_an_error(lexicon_copy: Path) -> None:
    with (lexicon_copy / "fragments.txt").open("a", encoding="utf-8") as file:
        file.write("\\bzorblax\\b\n")
    with pytest.raises(ValueError, match=r"fragments\.txt fragment \d+: expected a new name"):
        comment_quality.load_lexicons()

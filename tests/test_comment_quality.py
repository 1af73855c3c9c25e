"""Behavioural tests of the per-comment authenticity classifier (fraud.comment_quality)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from fraud import paths
from fraud.artifacts import ArtifactError
from fraud.comment_quality import (
    LOW_EFFORT,
    CommentCategory,
    CommentClassifier,
    apply_rules,
    normalise_comment,
    prepare_text,
)

SUBSTANTIVE = CommentCategory.SUBSTANTIVE
GENERIC = CommentCategory.GENERIC
EMOJI_ONLY = CommentCategory.EMOJI_ONLY
MENTION_ONLY = CommentCategory.MENTION_ONLY
SPAM = CommentCategory.SPAM

MODEL_DIR = paths.models_dir() / paths.COMMENTS_MODEL_DIR

CASES: list[tuple[str, CommentCategory]] = [
    # Chinese: questions and purchase intent are substantive however short
    ("求链接", SUBSTANTIVE),
    ("多少钱", SUBSTANTIVE),
    ("在哪买", SUBSTANTIVE),
    ("敏感肌可以用吗", SUBSTANTIVE),
    ("好看！求链接", SUBSTANTIVE),
    ("爱了爱了 多少钱", SUBSTANTIVE),
    ("第三个真的踩雷了，用完起皮", SUBSTANTIVE),
    ("鞋子偏码吗，平时穿38", SUBSTANTIVE),
    # Chinese generic praise, however long
    ("太好看了吧爱了爱了", GENERIC),
    ("绝绝子", GENERIC),
    ("好好好好", GENERIC),
    ("博主真棒", GENERIC),
    ("怎么这么好看", GENERIC),
    ("哈哈哈哈哈哈", GENERIC),
    ("666", GENERIC),
    # stickers / emoji / kaomoji only
    ("[赞][赞][赞]", EMOJI_ONLY),
    ("[doge]", EMOJI_ONLY),
    ("[笑哭][666]", EMOJI_ONLY),
    ("[赞R][派对R]", EMOJI_ONLY),
    ("❤️❤️", EMOJI_ONLY),
    ("(≧▽≦)", EMOJI_ONLY),
    ("!!!!!", EMOJI_ONLY),
    # mentions
    ("@小红 @阿明", MENTION_ONLY),
    ("@小红 快看[doge]", MENTION_ONLY),
    ("@john_doe @jane.d", MENTION_ONLY),
    ("@amy look 😂", MENTION_ONLY),
    # spam
    ("love this! check out my page for more", SPAM),
    ("好看！看我主页有更多", SPAM),
    ("互粉互粉，回关必回", SPAM),
    ("加v领资料", SPAM),
    ("I made $5000 in a week with @trader_jane", SPAM),
    ("nice video, visit mysite.com for free followers", SPAM),
    ("Great shot! DM me for a collab", SPAM),
    # English
    ("where can I buy this", SUBSTANTIVE),
    ("size?", SUBSTANTIVE),
    ("link pls", SUBSTANTIVE),
    ("love it! what's the brand?", SUBSTANTIVE),
    ("Love this so much, keep it up!", GENERIC),
    ("So inspiring, love your feed!", GENERIC),
    ("Such a vibe, this is everything", GENERIC),
    ("how are you so pretty?", GENERIC),
    ("soooo good 😍😍", GENERIC),
    ("🔥🔥🔥", EMOJI_ONLY),
    # round 4: tag-a-friend remarks, xD, self-promotion without the classic cue words
    ("@kev_99 this is so us", MENTION_ONLY),
    ("@tasha omg we have to try this", MENTION_ONLY),
    ("@小雨 这说的就是你", MENTION_ONLY),
    ("@sara_t siamo noi", MENTION_ONLY),
    ("@amy is this the one you bought?", SUBSTANTIVE),
    ("xD", EMOJI_ONLY),
    ("XDD 😂", EMOJI_ONLY),
    ("Nice pic! swing by my profile", SPAM),
    ("Bella foto! Dai un'occhiata al mio profilo", SPAM),
    ("Bonita foto, date una vuelta por mi perfil", SPAM),
    ("好看，来我主页看看同款", SPAM),
    ("escribeme para trabajar desde casa", SPAM),
    ("can't wait to see what you do next, amazing work", GENERIC),
    ("又是恰饭", SUBSTANTIVE),
    ("ci sono stato l'anno scorso, posto tranquillo", SUBSTANTIVE),
    # Italian / Spanish
    ("bellissimo", GENERIC),
    ("che bello!!!", GENERIC),
    ("qué bonito", GENERIC),
    ("me encanta", GENERIC),
    ("quanto costa?", SUBSTANTIVE),
    ("¿dónde lo compraste?", SUBSTANTIVE),
    ("sígueme", SPAM),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_category(classifier: CommentClassifier, text: str, expected: CommentCategory) -> None:
    assert classifier.classify([text]) == [expected]


def test_low_effort_set() -> None:
    assert {GENERIC, EMOJI_ONLY, MENTION_ONLY} == LOW_EFFORT
    assert SPAM not in LOW_EFFORT and SUBSTANTIVE not in LOW_EFFORT


@pytest.mark.parametrize(
    ("traditional", "simplified"),
    [
        ("太好看了吧愛了愛了", "太好看了吧爱了爱了"),
        ("求鏈接", "求链接"),
        ("[讚][讚][讚]", "[赞][赞][赞]"),
        ("這個多少錢", "这个多少钱"),
    ],
)
def test_traditional_equals_simplified(
    classifier: CommentClassifier, traditional: str, simplified: str
) -> None:
    assert normalise_comment(traditional) == normalise_comment(simplified)
    assert classifier.classify([traditional]) == classifier.classify([simplified])


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Love this!!!", "love this"),
        ("ＬＯＶＥ　ＴＨＩＳ！", "love this"),  # full-width letters, space and punctuation
        ("好看！！！", "好看"),
        ("好好好好", "好"),
        ("sooooo good", "so good"),
        ("qué bonito", "que bonito"),
        ("  spaced   out  ", "spaced out"),
        ("nice &amp; clean", "nice & clean"),
    ],
)
def test_normalise_comment_invariances(left: str, right: str) -> None:
    assert normalise_comment(left) == normalise_comment(right)


def test_normalise_comment_keeps_emoji_only_comments_distinct() -> None:
    assert normalise_comment("🔥🔥🔥") == normalise_comment("🔥")
    assert normalise_comment("🔥") != normalise_comment("👍")
    assert normalise_comment("求链接") != normalise_comment("多少钱")


def test_classify_keeps_order_and_length(classifier: CommentClassifier) -> None:
    texts = ["求链接", "🔥", "求链接", "@a @b", "", "太好看了吧"]
    result = classifier.classify(texts)
    assert result == [SUBSTANTIVE, EMOJI_ONLY, SUBSTANTIVE, MENTION_ONLY, EMOJI_ONLY, GENERIC]
    assert classifier.classify([]) == []


def test_rules_leave_open_text_to_model() -> None:
    decision = apply_rules(prepare_text("the audio is out of sync after the first minute"))
    assert decision.category is None and decision.rule == "model"


def test_model_never_returns_emoji_only_for_words(classifier: CommentClassifier) -> None:
    texts = ["the dog in the background stole the show", "我觉得还是上一版更好看"]
    assert EMOJI_ONLY not in classifier.classify(texts)


def test_manifest_has_provenance(classifier: CommentClassifier) -> None:
    manifest = classifier.manifest
    assert manifest["classes"] == [c.value for c in CommentCategory]
    assert "data/comments/labelled.csv" in manifest["data"]
    assert set(manifest["sources"]) >= {"youtube-spam", "instagram-scam-comments"}


def test_tampered_model_is_refused(tmp_path: Path) -> None:
    copy = tmp_path / "comments"
    shutil.copytree(MODEL_DIR, copy)
    CommentClassifier.load(copy)  # an intact copy loads
    model_file = copy / "comment_model.npz"
    data = bytearray(model_file.read_bytes())
    data[-1] ^= 0xFF
    model_file.write_bytes(bytes(data))
    with pytest.raises(ArtifactError, match="does not match"):
        CommentClassifier.load(copy)


def test_missing_manifest_is_refused(tmp_path: Path) -> None:
    copy = tmp_path / "comments"
    shutil.copytree(MODEL_DIR, copy)
    (copy / "manifest.json").unlink()
    with pytest.raises(ArtifactError):
        CommentClassifier.load(copy)

"""Machine-written praise (session 59): fluent, polite praise that would fit under any post is
``generic`` by the labelling guide (data/comments/README.md), however long; the same fluent
style naming a detail of the post (a step, an ingredient, a scene, a number, a product) or
asking a real question stays ``substantive``. The shipped comment model called most such
generic praise ``substantive`` (it read fluency as content) until it was retrained with the
``composed-train6`` rows of ``data/comments/labelled.csv``.

The texts below were written for this test after those training rows, in the same styles
(English and Chinese, formal, emoji, naming the creator), and none of them is a training row or
a row of ``data/comments/blind5.csv`` (the held-out judge, not opened when writing them). They
were scored once with the retrained model; the two it gets wrong are kept, marked as known
misses (strict: the test fails when they start passing, so the list is kept honest). The
model before the retraining called 8 of these 12 generic texts substantive or spam.
"""

from __future__ import annotations

import pytest

from fraud.comment_quality import CommentCategory, CommentClassifier
from tests.conftest import categories_on_path

GENERIC_PRAISE = [
    "Absolutely brilliant! You have a rare gift for making people feel seen and inspired. Thank you for everything you share here. 💖",
    "I have to say, the consistency and quality of your work are truly admirable. Every upload feels like a gift. Keep going! 🚀",
    "What an incredible piece of content! It's informative, heartfelt and beautifully crafted. You never cease to amaze me. 🌟",
    "Thank you, Emma, for always bringing such positivity and wisdom to this space. Your content is a true blessing. 🙏",
    "Outstanding work! The dedication and creativity you pour into every post are evident. Can't wait for the next one! 🙌",
    "真的太优秀了！内容有深度又有温度，每次看完都有新的收获，感谢博主的倾情分享🌹",
    "您的作品总是给人带来满满的正能量，用心程度令人感动，期待您带来更多精彩内容！",
    "这期内容质量非常高，逻辑严谨又生动有趣，看得出博主下了很大的功夫，必须点赞支持👍✨",
    "感谢作者的精彩分享！文章视角独特、见解深刻，读完让人受益良多，已收藏反复学习。",
    "小哥哥的视频每一期都很用心，风格鲜明又不失真诚，真的是越看越喜欢，加油呀💪",
    "好用心的创作者！内容充实、表达清晰、节奏舒适，这样的宝藏值得更多人发现🌈",
]

SPECIFIC_PRAISE = [
    "This is genuinely one of the most helpful posts I've seen. Soaking the chickpeas overnight with a pinch of baking soda made them so creamy! 👏",
    "Absolutely brilliant! Which microphone are you using in this one? The voice sounds so much warmer than in your last video. 💖",
    "Outstanding work! The timelapse of the aurora over the fjord at 2:05 is breathtaking, how long was the exposure? 🙌",
    "Thank you, Emma! I tried your 4-7-8 breathing before my job interview and I actually stayed calm. 🙏",
    "真的太优秀了！视频里那道蒜蓉粉丝蒸扇贝，蒸几分钟比较合适？我怕蒸老了🌹",
    "您的作品总是很用心，第三张图里的那盏落地灯是哪家的？想给客厅也买一个。",
    "这期内容质量非常高，不过你说的北京到上海高铁最快4小时18分，好像不是4小时48分👍",
]

# Scored once with the retrained model, wrong: long fluent praise with "perspective" and
# "delivery" read as content; a first-hand result with a plant named, read as praise.
KNOWN_MISSES = [
    pytest.param(
        "This is genuinely one of the most thoughtful posts I've come across lately. Your perspective is so refreshing and your delivery is flawless. 👏✨",
        CommentCategory.GENERIC,
        marks=pytest.mark.xfail(strict=True, reason="called substantive by the retrained model"),
    ),
    pytest.param(
        "感谢作者的分享！按文中方法把绿萝剪枝水培，两周就长出白根了，太惊喜了。",
        CommentCategory.SUBSTANTIVE,
        marks=pytest.mark.xfail(strict=True, reason="called generic (also before retraining)"),
    ),
]


@pytest.mark.parametrize("fast", [True, False], ids=["chunk", "reference"])
def test_generic_machine_praise_is_generic(classifier: CommentClassifier, fast: bool) -> None:
    found = categories_on_path(classifier, GENERIC_PRAISE, fast, with_lures=True)
    wrong = [
        (t, c.value)
        for t, c in zip(GENERIC_PRAISE, found, strict=True)
        if c != CommentCategory.GENERIC
    ]
    assert wrong == []


@pytest.mark.parametrize("fast", [True, False], ids=["chunk", "reference"])
def test_praise_naming_a_detail_stays_substantive(
    classifier: CommentClassifier, fast: bool
) -> None:
    found = categories_on_path(classifier, SPECIFIC_PRAISE, fast, with_lures=True)
    wrong = [
        (t, c.value)
        for t, c in zip(SPECIFIC_PRAISE, found, strict=True)
        if c != CommentCategory.SUBSTANTIVE
    ]
    assert wrong == []


@pytest.mark.parametrize(("text", "expected"), KNOWN_MISSES)
def test_known_misses(classifier: CommentClassifier, text: str, expected: CommentCategory) -> None:
    assert categories_on_path(classifier, [text], True, with_lures=True) == [expected]

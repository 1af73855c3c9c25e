"""Lures seen through their disguise (fraud.lures) and the classifier's lure types."""

from __future__ import annotations

import pandas as pd
import pytest

from fraud.comment_quality import (
    LOW_EFFORT,
    ByteBoundedCache,
    CommentCategory,
    CommentClassifier,
    prepare_text,
)
from fraud.lures import LureType, detect_lure, lure_skeleton, lure_sound
from fraud.paths import DATA_DIR
from fraud.text_patterns import GatedPatterns, required_literals, split_top_level

CONTACT = LureType.CONTACT_HANDLE
POINTER = LureType.PROFILE_POINTER
SEARCH = LureType.SEARCH_LURE
RESOURCE = LureType.RESOURCE_AD
MONEY = LureType.MONEY_OFFER
FOLLOW = LureType.FOLLOW_EXCHANGE

DISGUISED: list[tuple[str, LureType]] = [
    ("资源看我签名", POINTER),
    ("滋愿 看我签眀", POINTER),  # homophone + look-alike (the examples)
    ("国铲资源 戳我头像", RESOURCE),
    ("看 我 煮 页", POINTER),  # separators + homophone
    ("王页有惊喜", POINTER),  # look-alike 王 for 主
    ("簡介有你想要的福利", POINTER),  # traditional
    ("加 · V · 信 abc123", CONTACT),
    ("想-要-驚-喜-的-力-口-微-信", CONTACT),  # component split 力口 = 加
    ("ｖｘ：ｗｗ１２３４５６", CONTACT),  # full-width
    ("扣扣 12345678", CONTACT),
    ("QQ:①②③④⑤⑥⑦⑧", CONTACT),  # circled digits
    ("一三八一二三四五六七八", CONTACT),  # a phone number in Chinese numerals
    ("滴滴窝 16270574200 15", CONTACT),  # random number suffix glued on
    ("需丨要丨惊丨喜丨的丨来丨加丨Ｖ", CONTACT),  # 丨 (a CJK stroke) as separator
    ("百度搜 XX影院", SEARCH),
    ("某宝搜 暗号123", SEARCH),
    ("宝妈在家用手机就能赚", MONEY),
    ("互关互赞 有关必回", FOLLOW),
    ("求回关！", FOLLOW),
    ("check my b i o", POINTER),
    ("text me on t.e.l.e.g.r.a.m", CONTACT),
    ("プロフ見てね", POINTER),
    ("相互フォロー希望です", FOLLOW),
    ("맞팔해요", FOLLOW),
    ("카톡 주세요", CONTACT),
]

NOT_LURES = [
    "哈哈哈",
    "666666666",
    "笑死我了",
    "太戳我了 love love",
    "求链接",
    "订单号2023112456789怎么还没发货",
    "国产手机真好用",
    "头像好好看",
    "型号a2337 多少钱",
    "这个vlogger好棒",
    "简直太美了",
    "双十一买的 一共一千二百块",
    "身高165体重50穿什么码",
    "可以用微信支付吗",
    "刚去你主页看了，原来你也是学设计的",
    "淘宝搜同款买不到啊",
    "咖啡机是7号色吗",
    "爷青回[赞]",
    "Is that Megan Fox?",
    "i was just gonna blame biden for sending money",
    "quite good 2",
]


@pytest.mark.parametrize(("text", "expected"), DISGUISED)
def test_disguised_lures_are_found_with_their_type(text: str, expected: LureType) -> None:
    assert detect_lure(prepare_text(text)) == expected


@pytest.mark.parametrize("text", NOT_LURES)
def test_reactions_and_questions_with_lure_words_are_not_lures(text: str) -> None:
    assert detect_lure(prepare_text(text)) is None


def test_homophones_share_a_sound() -> None:
    def sound(text: str) -> str:
        return lure_sound(lure_skeleton(prepare_text(text)))

    assert sound("资源") == sound("滋愿") == sound("姿原")
    assert sound("主页") == sound("煮叶")
    assert sound("国产") == sound("国铲") == sound("国chan")


def test_no_labelled_non_spam_comment_is_a_lure() -> None:
    frame = pd.read_csv(DATA_DIR / "comments" / "labelled.csv", dtype=str, keep_default_na=False)
    flagged = [
        text
        for text, category in zip(frame["text"], frame["category"], strict=True)
        if category != "spam" and detect_lure(prepare_text(text)) is not None
    ]
    assert flagged == []


def test_classifier_reports_lure_types_for_spam_only() -> None:
    classifier = CommentClassifier.load()
    decisions = classifier.classify_with_lures(["资源看我签名 8841", "哈哈哈", "加微信领取福利"])
    assert decisions[0] == (CommentCategory.SPAM, "profile_pointer")
    assert decisions[1][0] in LOW_EFFORT and decisions[1][1] is None
    assert decisions[2][0] is CommentCategory.SPAM and decisions[2][1] == "contact_handle"
    # the cache serves the same answer
    assert classifier.classify_with_lures(["资源看我签名 8841"]) == [decisions[0]]


@pytest.mark.parametrize(
    "text", ["哈哈哈", "666", "绝绝子", "蹲", "码住", "来了", "打卡", "[doge]", "我也是", "求更"]
)
def test_everyday_reactions_stay_low_effort(text: str) -> None:
    assert CommentClassifier.load().classify([text])[0] in LOW_EFFORT


def test_gated_patterns_find_the_first_matching_label_in_order() -> None:
    patterns = GatedPatterns(
        [r"\bcheck my\b", r"加(我)?微信", r"[a-z][\u0400-\u04ff]"], ["a", "b", "c"]
    )
    assert patterns.find("pls check my page") == "a"
    assert patterns.find("快加我微信") == "b"
    assert patterns.find("sаle") == "c"  # Cyrillic а after a Latin letter
    assert patterns.find("nothing here") is None


def test_gates_pick_the_most_selective_literal() -> None:
    assert required_literals(r"\bl ?4 ?l\b") == frozenset({"4"})
    assert required_literals(r"\b(i'?m|i am) an? (rapper|singer)\b") == frozenset(
        {" rapper", " singer"}
    )
    # a literal run joined with the group that must follow it
    assert required_literals(r"[a-z]{2,}\.(com|net)\b") == frozenset({".com", ".net"})
    assert required_literals(r"^6{3,}$") is None  # anchored: tried at position 0 only
    assert split_top_level(r"a|b(c|d)|[|]") == ["a", "b(c|d)", "[|]"]


def test_decision_cache_is_bounded_in_bytes() -> None:
    cache = ByteBoundedCache(max_bytes=20_000)
    for i in range(2_000):
        cache.put(f"{i} " + "x" * 500, i)
    assert cache.n_bytes <= 20_000
    assert 0 < len(cache) < 40
    assert cache.get(f"1999 {'x' * 500}") == 1999  # the newest entries stay

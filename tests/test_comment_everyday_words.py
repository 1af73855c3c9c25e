"""Everyday Chinese that the comment rules heard as lures, and numbers the model read as spam
(review s47): each made whole genuine sections `likely_fraudulent` (a patriotic video's
国家威武, a 扣1 call's 1 / 11 / 111, a couple's 520 / 1314, a fandom's 磕死我了); buyers asking
for the link by DM were lure campaigns; 隐私我 (privacy, I ...) was a DM-me lure to the text model
(review s48). The lures they were confused with are still caught."""

from __future__ import annotations

from typing import Any

import pytest

GENUINE = [
    # jia + wei: words that end in a jia syllable before any wei syllable
    "大家为什么都说好用",
    "国家威武",
    "厉害了我的国，国家威武",
    "保家卫国",
    "全家为你骄傲",
    "回家喂猫了",
    "我家卫生间也是这样",
    "增加维生素摄入",
    "参加为期三天的培训",
    "售价为299元",
    "最佳位置在哪",
    "副驾位置好宽敞",
    "更加威风了",
    "大家好有意思",
    "大家飞机延误了吗",
    "国家卫星发射成功",
    "大家v我50（开玩笑）",
    # 死我了, an intensifier; the ride app; privacy
    "磕死我了",
    "嗑死我了",
    "苏死我了",
    "打滴滴我花了80块",
    # 私 of 隐私 (privacy), 自私 (selfish), 无私 before 我: no 私我 (DM me) (review s48: the
    # text model, which learnt 私 and 私我 from lures and never saw 隐私, called them spam)
    "隐私我",
    "隐私我不想说",
    "关于隐私我有话说",
    "保护隐私我觉得很重要",
    "涉及隐私我就不说了",
    "别人的隐私我从来不问",
    "他太自私我受不了",
    "无私我做不到",
    # numbers
    "1",
    "11",
    "111",
    "1111111111",
    "520",
    "1314",
    "5201314",
    "888",
    "2025",
    "20240101",
    "2024.12.31打卡",
    "我18岁",
    "第14秒的眼神杀我",
    "2:15",
    # buyers asking to be sent the link
    "求链接私我",
    "链接私我一下谢谢",
    "宝子可以私我链接吗",
    "可以私信我链接吗",
    "想要想要，私我价格",
    "多少钱私我",
    "链接可以私我吗",
    "求博主联系方式",
    "dm me the recipe pls",
    # English: a new subscriber says so
    "new sub here!",
    "subscribed 🔔",
    "I followed you back",
]

LURES = [
    "加我微信",
    "加v看简介",
    "+v看简介",
    "+V详聊",
    "＋薇了解",
    "+q",
    "+我v",
    "家薇详聊",
    "佳v看简介",
    "加威信",
    "可私我",
    "滴滴我",
    "薇❤同号 185 xxxx 6623",
    "138 0013 8000",
    "微同号",
    "需要链接的私我",
    "想要的私我",
    "资源私我",
    "私信我领取教程",
    "要全集的私我",
    "保护隐私，资源私我",
    "隐私资源私我",
    "想要资源的隐私我",
    "需要的隐私我",
    "想要的隐私我",
    "follow me back",
]


def _categories(classifier: Any, texts: list[str]) -> dict[str, str]:
    batch = classifier.classify_with_lures(texts)
    alone = []
    for text in texts:
        classifier.clear_cache()
        alone.append(classifier.classify_with_lures([text])[0])
    assert batch == alone
    return {text: str(category) for text, (category, _) in zip(texts, batch, strict=True)}


def test_everyday_words_and_numbers_are_not_spam(classifier: Any) -> None:
    called = _categories(classifier, GENUINE)
    assert {text for text, category in called.items() if category == "spam"} == set()


def test_the_lures_they_resemble_are_still_caught(classifier: Any) -> None:
    called = _categories(classifier, LURES)
    assert {text for text, category in called.items() if category != "spam"} == set()


@pytest.mark.parametrize("text", ["佳薇加油", "嘉薇好美"])
def test_a_given_name_that_sounds_like_add_wechat_is_not_a_lure(classifier: Any, text: str) -> None:
    assert _categories(classifier, [text])[text] != "spam"

"""Chinese money talk is not a disguised money lure (review s53). The money-offer rules of
lures.txt (宝妈 / 在家 / 手机 / 学生 / 躺着 + 赚, 副业 + 赚, the sound rule 月赚 + an amount) and
spam_cues.txt (日入, 躺着就能赚钱...) took questions and statements about earning as offers:
"这个副业能赚钱吗", "宝妈怎么赚钱", "我每个月赚3000多" were spam. A ``money_talk`` row of
lure_context.txt (a question, a doubt, one's own earnings, a complaint) now undoes a money offer
alone, unless a ``money_pitch`` row (a contact, "you can too", a teacher, task words, a promised
amount after 也能) makes it a pitch; a lure of another type beside the talk (宝妈怎么赚钱？加薇
了解) is still found, as are the offers and their disguises."""

from __future__ import annotations

from typing import Any

from fraud.comment_quality import (
    CommentCategory,
    apply_rules,
    apply_rules_many,
    prepare_text,
)
from fraud.lures import LureType, detect_lure
from tests.conftest import decided_on_both_paths

# each was spam (a money_offer lure or cue) before
MONEY_TALK = [
    "这个副业能赚钱吗",
    "宝妈怎么赚钱",
    "手机上能赚钱吗",
    "在家带娃怎么赚钱啊",
    "我每个月赚3000多",
    "学生怎么赚钱",
    "学生党想赚点零花钱有什么办法吗",
    "躺着就能赚钱的事哪有啊",
    "副业真的能赚到钱吗",
    "我的副业就是做手工，一个月赚个几百块",
    "我老公一个月赚8000",
    "我月入3000，房租就要1500",
    "月入过万是什么感觉",
    "月赚5000在我们这算高了吗",
    "学生赚钱真不容易",
    "我在家做副业一年了，赚得不多但很开心",
    "这个副业太坑了，根本赚不到钱",
    "宝妈赚钱好难啊",
    "手机摄影能赚钱吗？",
    "他日入过万我都不信",
    "打工一个月赚的钱不够买个包",
    "一个月赚五千够花吗",
    "副业做了半年，一分钱没赚到",
    "我也想像博主一样在家赚钱",
]

# offers, their disguises, and offers in the form of a question or beside talk
MONEY_LURES = [
    "日赚500",
    "薇我 月入过万",  # a contact spelt with a look-alike: a pitch (review s53)
    "v我 我月入过万",
    "副业一天几百，带新手",  # a statement with an amount, and a teacher (train-mike, review s53)
    "谁要副业项目啊 我这有?",  # an offer put as a question (train-kilo, review s53)
    "在家轻松赚钱加我",
    "宝妈在家也能月入过万",
    "手机操作日结",
    "兼职赚钱私我",
    "躺赚项目",
    "宝妈在家就能赚，有兴趣的私",
    "手机一部就能赚钱",
    "学生党在家赚零花钱，私我",
    "宝妈副业，月入8000",
    "副业项目，日入300+",
    "在家就能做的副业，每天赚200",
    "手机做任务，一单一结",
    "学生兼职日结",
    "躺着也能赚，了解一下",
    "月赚三万不是梦",
    "日賺伍佰",
    "在 家 赚 钱 加 薇",
    "宝 妈 兼 职",
    "你也可以月入过万",
    "在家带娃也能月入五位数",
    "支持博主宝妈兼职日结",
    "支持博主日赚三百 919",
    # questions and first-person talk that pitch all the same
    "想在家赚钱吗？",
    "宝妈想月入过万吗",
    "在家怎么赚钱？私我",
    "手机怎么赚钱？滴滴我",
    "副业能赚钱吗？我带你",
    "我靠这个副业月入过万，想了解的私我",
    "我在家带娃月入两万，有兴趣的来",
    "我日赚500，你也可以",
    "怎么在家赚钱，扣1",
    "学生怎么赚钱？进群",
    "我每个月赚3000多，跟我一起",
    "还在为赚钱发愁吗？手机日结",
    "手机就能赚钱，你还在等什么",
]

# money talk beside a lure of another type: the money offer found first hid it
OTHER_LURES_BESIDE_TALK = {
    "宝妈怎么赚钱？加薇了解": "contact_handle",
    "副业赚钱吗 +v": "contact_handle",
}


def test_chinese_money_talk_is_not_a_money_lure(classifier: Any) -> None:
    called = decided_on_both_paths(classifier, MONEY_TALK)
    assert [t for t, category in called.items() if category == "spam"] == []
    for text in MONEY_TALK:
        assert apply_rules(prepare_text(text)).category is not CommentCategory.SPAM, text


def test_chinese_money_lures_stay_spam(classifier: Any) -> None:
    called = decided_on_both_paths(classifier, MONEY_LURES)
    assert [t for t, category in called.items() if category != "spam"] == []
    prepared = [prepare_text(t) for t in MONEY_LURES]
    decisions = apply_rules_many(prepared)
    assert decisions == [apply_rules(p) for p in prepared]
    assert [t for t, d in zip(MONEY_LURES, decisions, strict=True) if d.category is None] == []


def test_a_lure_beside_money_talk_is_still_found() -> None:
    prepared = [prepare_text(t) for t in OTHER_LURES_BESIDE_TALK]
    decisions = apply_rules_many(prepared)
    assert decisions == [apply_rules(p) for p in prepared]
    assert {
        t: (str(d.category), d.lure_type)
        for t, d in zip(OTHER_LURES_BESIDE_TALK, decisions, strict=True)
    } == {t: ("spam", lure) for t, lure in OTHER_LURES_BESIDE_TALK.items()}


def test_detect_lure_without_money_offers() -> None:
    assert detect_lure(prepare_text("宝妈在家也能月入过万")) is LureType.MONEY_OFFER
    assert detect_lure(prepare_text("宝妈在家也能月入过万"), without_money_offers=True) is None
    assert detect_lure(prepare_text("日 赚 伍 佰"), without_money_offers=True) is None
    assert (
        detect_lure(prepare_text("宝妈怎么赚钱？加薇了解"), without_money_offers=True)
        is LureType.CONTACT_HANDLE
    )
    assert (
        detect_lure(prepare_text("赚钱看我煮页"), without_money_offers=True)
        is LureType.PROFILE_POINTER
    )

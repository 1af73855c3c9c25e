"""Chinese money talk is not a disguised money lure (review s53). The money-offer rules of
lures.txt (宝妈 / 在家 / 手机 / 学生 / 躺着 + 赚, 副业 + 赚, the sound rule 月赚 + an amount) and
spam_cues.txt (日入, 躺着就能赚钱...) took questions and statements about earning as offers:
"这个副业能赚钱吗", "宝妈怎么赚钱", "我每个月赚3000多" were spam. A ``money_talk`` row of
lure_context.txt (a question, a doubt, one's own earnings, a complaint) now undoes a money offer
alone, unless a ``money_pitch`` row (a contact, "you can too", a teacher, task words, a promised
amount after 也能) makes it a pitch; a lure of another type beside the talk (宝妈怎么赚钱？加薇
了解) is still found, as are the offers and their disguises."""

from __future__ import annotations

from collections.abc import Sequence
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


def _rule_decisions(texts: Sequence[str]) -> list[Any]:
    """The rules' decisions on ``texts``, the chunk path's held to the per-text path's."""
    prepared = [prepare_text(t) for t in texts]
    decisions = apply_rules_many(prepared)
    assert decisions == [apply_rules(p) for p in prepared]
    return decisions


def test_chinese_money_talk_is_not_a_money_lure(classifier: Any) -> None:
    called = decided_on_both_paths(classifier, MONEY_TALK)
    assert [t for t, category in called.items() if category == "spam"] == []
    for text in MONEY_TALK:
        assert apply_rules(prepare_text(text)).category is not CommentCategory.SPAM, text


def test_chinese_money_lures_stay_spam(classifier: Any) -> None:
    called = decided_on_both_paths(classifier, MONEY_LURES)
    assert [t for t, category in called.items() if category != "spam"] == []
    decisions = _rule_decisions(MONEY_LURES)
    assert [t for t, d in zip(MONEY_LURES, decisions, strict=True) if d.category is None] == []


def test_a_lure_beside_money_talk_is_still_found() -> None:
    decisions = _rule_decisions(list(OTHER_LURES_BESIDE_TALK))
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


# Review s54: recruitment addressed to the reader, as Douyin / RedNote side-job lures write it
# (those who want a side job called, a side-job recruit beside job words, "hands are all it
# takes" with pay, a phone is all it takes); each was generic or substantive before
RECRUITMENT_LURES = [
    "想做副业的来",
    "想赚外快的姐妹们看过来",
    "想做兼职的私",
    "工作室招宝妈，手机操作",
    "招宝妈 手机就能做",
    "诚招宝妈，时间自由，手机操作",
    "手机操作，招宝妈",
    "在家可做，招学生",
    "工作室招学生",
    "招 宝 妈 手 机 操 作",
    "有手就行，一天赚300",
    "有手就行 一天两百",
    "有手就行，我一天赚300",  # first-person pay, pitched all the same (money_pitch)
    "做副业？有手就行",
    "一部手机就能做",
    "只要一部手机就能做",
    "一部手机就能做，日结",
]

# the same words without the recruitment: no money, a question, one's own job, a trick, a
# recipe, a phone that films; and high earnings said to be for the few (月入过万 was a lure by
# its sound rule)
NOT_RECRUITMENT = [
    "想吃的来我家",
    "想学的来看第二集",
    "有手就行，这个菜真的简单",
    "有手就行，成本才20块",
    "有手就行吗？我试了好难",
    "我们工作室招人吗？",
    "你们招人吗？在家可以做吗",
    "想问下这个工作室招人吗",
    "我们公司招人，工资还行，就是加班多",
    "学校招学生在家上网课",
    "我妈是宝妈，手机操作不熟",
    "这招学生党必学，在家就能做",
    "这个人真招人喜欢，手机壁纸都换了",
    "这个效果一部手机就能做出来吗",
    "剪辑用一部手机就能做，博主好厉害",
    "一部手机就能做，太方便了",
    "太方便了，一部手机就能做，谢谢博主",
    "赚钱哪有那么容易，有手就行？",
    "月入过万的都是少数",
    "只有少数人能月入过万",
    "月入过万是少数人的事吧",
]


def test_recruitment_addressed_to_the_reader_is_a_money_lure(classifier: Any) -> None:
    called = decided_on_both_paths(classifier, RECRUITMENT_LURES)
    assert [t for t, category in called.items() if category != "spam"] == []
    decisions = _rule_decisions(RECRUITMENT_LURES)
    assert {
        t: d.lure_type for t, d in zip(RECRUITMENT_LURES, decisions, strict=True)
    } == dict.fromkeys(RECRUITMENT_LURES, "money_offer")


def test_the_same_words_without_recruitment_are_not_spam(classifier: Any) -> None:
    called = decided_on_both_paths(classifier, NOT_RECRUITMENT)
    assert [t for t, category in called.items() if category == "spam"] == []
    decisions = _rule_decisions(NOT_RECRUITMENT)
    assert [
        t
        for t, d in zip(NOT_RECRUITMENT, decisions, strict=True)
        if d.category is CommentCategory.SPAM
    ] == []


# Review s54: "those who want / of the same city, come to <contact>" in the generated training
# comments (train-juliet, train-quebec) were generic or substantive: a contact token, its
# homophone or its emoji right after 来
CALLED_TO_A_CONTACT = [
    "有需要的来薇",
    "有需要的来🐧～",
    "有需要的来卫星",
    "有需要的来绿色软件！！！",
    "有需要的来V❤...",
    "同城的来 wei❤yy31232",
    "同城的来 ♥️信 ab６9８６",
    "同城的来 💚 kk5零6②3",
    "同城的来 卫 jj一-303-3 ８ ",
]
NOT_CALLED_TO_A_CONTACT = ["需要的来卫生间排队", "同城的来点赞", "有需要的来vlog里看"]


def test_a_call_to_a_contact_after_those_who_want_is_a_contact_lure(classifier: Any) -> None:
    called = decided_on_both_paths(classifier, CALLED_TO_A_CONTACT + NOT_CALLED_TO_A_CONTACT)
    assert [t for t in CALLED_TO_A_CONTACT if called[t] != "spam"] == []
    assert [t for t in NOT_CALLED_TO_A_CONTACT if called[t] == "spam"] == []
    for text in CALLED_TO_A_CONTACT:
        assert detect_lure(prepare_text(text)) is LureType.CONTACT_HANDLE, text
    for text in NOT_CALLED_TO_A_CONTACT:
        assert detect_lure(prepare_text(text)) is None, text

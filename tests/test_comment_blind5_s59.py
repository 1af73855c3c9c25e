"""Mends from the blind batch data/comments/blind5.csv (session 59), each a rule written for its
kind of comment, not for the batch's strings, and each with near misses that must stay as
they were.

Lures and boost asks that were missed: a pointer to a pinned comment or to one's own post
(方法放置顶了 自取, 去我第一条笔记看), the note to write when adding a contact (备注xhs), an
account after v我 with a colon and the note 去掉空格, letters in black squares or circles
(🅳🅼 me), paid shoutouts and promos offered, uncensored content on one's story, ➕我 beside
money words, 求互 before other words, 记得回访, a follow asked for and returned, comment for
comment, mutuals asked for and a follow promised back.

Comments that talk about a lure and were spam: warnings with 别去 / 让你交 / 盗号, a lure quoted
inside quotation marks or reported after 说 in a comment that warns (说“私我”的都别点 都是盗号的),
follow-exchange accounts talked about in the third person, "like" as a hedge before "this comment
section". And a short Chinese either/or question (是英短还是美短呀) is a question, a tag beside
"this is literally your dog" a tag-a-friend remark (data/comments/README.md, "Known label
ambiguities").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from fraud.comment_quality import (
    CommentCategory,
    RuleDecision,
    apply_rules,
    apply_rules_many,
    load_lexicons,
    prepare_text,
)
from fraud.lures import LureType, detect_lure, lure_skeleton
from tests.conftest import decided_on_both_paths


def _rules(texts: Sequence[str]) -> list[RuleDecision]:
    """The rules' decisions, the chunk path's held to the per-text reference's."""
    prepared = [prepare_text(t) for t in texts]
    decisions = apply_rules_many(prepared)
    assert decisions == [apply_rules(p) for p in prepared]
    return decisions


# ---- lures and boost asks the rules now find: text -> lure type (each was left to the model,
# which called it substantive or generic, or was decided otherwise by the rules)
LURES = {
    # a pointer to the pinned comment or to one's own post
    "我靠这个副业一个月多挣了八千，方法放置顶了 自取": "profile_pointer",
    "教程放置顶里了 自取哦": "profile_pointer",
    "我放评论区会被吞 去我第一条笔记看": "profile_pointer",
    "发不出来，看我上一条视频": "profile_pointer",
    "懂的都懂，主页第二个视频评论区置顶": "profile_pointer",
    "主页最新的视频置顶有": "profile_pointer",
    # the note when adding a contact
    "绿色软件🟢 后面加 l i n 1 9 9 0 备注xhs": "contact_handle",
    "加的时候备注来意": "contact_handle",
    # an account after v我 with a colon; the disguise note after spaced or bracketed digits
    "姐妹们别问了 v我：daisy 0 9 2 8（去掉空格）": "contact_handle",
    "薇我: momo 1 2 3": "contact_handle",
    "暗号 k i k i 9 9（去掉空格）": "contact_handle",
    # letters in black squares and circles (NFKC folds Ⓓ and 🄳, not these)
    "🅳🅼 me for paid shoutout": "contact_handle",
    "🅓🅜 me for details": "contact_handle",
    # paid shoutouts and promos offered; promote written with zeros, pointing at an account
    "message me for paid shoutouts": "self_promotion",
    "paid promos open, cheap": "self_promotion",
    "pr0m0te it on @instapromo_hub 🔥": "self_promotion",
    # uncensored content on one's story or page
    "if u want the uncensored version it's on my st0ry 🍑": "resource_ad",
    "uncut vid on my page 😈": "resource_ad",
    # ➕我 beside money words (a spam cue, read where ➕ is still itself)
    "球球 一起赚米 ➕我 每天稳定两三百": "money_offer",
    "➕我 一天三百": "money_offer",
    # boost asks
    "求互 小号刚起步": "follow_exchange",
    "求互 一起加油💪": "follow_exchange",
    "点赞评论我都回了，记得回访哦💕": "follow_exchange",
    "走过路过点个关注吧 我也会关注你们的": "follow_exchange",
    "我也会关注大家的，给个关注吧": "follow_exchange",
    "comment for comment? just did yours 💬": "follow_exchange",
    "c4c anyone": "follow_exchange",
    "who wants to be mutuals 👀 drop a 🔥 and I'll follow": "follow_exchange",
    "I'll follow you back, promise 🤞": "follow_exchange",
}


def test_lures_and_boost_asks_are_spam(classifier: Any) -> None:
    decisions = _rules(list(LURES))
    assert {t: (str(d.category), d.lure_type) for t, d in zip(LURES, decisions, strict=True)} == {
        t: ("spam", lure) for t, lure in LURES.items()
    }
    called = decided_on_both_paths(classifier, list(LURES))
    assert [t for t, c in called.items() if c != "spam"] == []


def test_enclosed_letters_fold_in_the_lure_skeleton() -> None:
    # black-square and black-circle letters become plain ones for lure matching only
    assert lure_skeleton(prepare_text("🅳🅼 me")) == "dmme"
    assert lure_skeleton(prepare_text("🅓🅜 me")) == "dmme"
    # NFKC already folds the circled and white-square ones
    assert prepare_text("Ⓓⓜ me") == "dm me"
    assert prepare_text("🄳🄼 me") == "dm me"
    assert detect_lure(prepare_text("🅳🅼 me")) is LureType.CONTACT_HANDLE
    # the comment text the other rules and the model see keeps them
    assert prepare_text("🅳🅼 me") == "🅳🅼 me"


# ---- near misses of the lure and boost rules: each stays non-spam
NOT_LURES = [
    # the pinned comment or a post named, nothing to take from it
    "链接在置顶了",
    "置顶了吗？没看到",
    "博主主页第二个视频评论区置顶有链接",
    "你主页第二个视频好好看",
    "我第一条笔记也是写的这个",
    "看我第一条评论，说过了",
    # 备注 in everyday use
    "下单的时候备注一下尺码",
    "备注写了生日快乐，店家真的写了",
    # v我50 is a meme; 去掉空格 in a spreadsheet question
    "v我50",
    "v我50看看实力",
    "excel怎么去掉空格",
    "A1去掉空格之后还是不对",
    # paid promos talked about, promotion asked about
    "is this a paid promo?",
    "this feels like a paid shoutout lol",
    "I did a paid shoutout once and got 3 followers",
    # uncensored content talked about
    "is there an uncensored version?",
    "the uncensored version is on netflix",
    "my story is uncensored and raw",
    # + as arithmetic, 加我 without ➕
    "工资+我的存款刚好够首付",
    "老板说下个月工资+我一份奖金",
    # 求互 inside a word, 回访 at work, following the creator
    "追求互利共赢",
    "求互相理解吧",
    "记得回访客户，这是销售的基本功",
    "我会一直关注你的",
    "我也关注你们了，加油",
    # comment, mutuals and follows in other senses
    "he said no comment for comment's sake",
    "we've been mutuals for years",
    "I'll follow your recipe exactly",
    "do a tutorial and i'll follow along",
]


def test_near_misses_of_the_lure_rules_stay_non_spam(classifier: Any) -> None:
    decisions = _rules(NOT_LURES)
    assert [t for t, d in zip(NOT_LURES, decisions, strict=True) if d.category == "spam"] == []
    called = decided_on_both_paths(classifier, NOT_LURES)
    assert [t for t, c in called.items() if c == "spam"] == []


# ---- comments that talk about a lure: real content (each was spam by a lure or a cue)
TALK = [
    # warning words 别去 / 让你交 / 盗号
    "姐妹你说的那个vx群我进了，就是让你交会员费的，大家别去",
    "那个vx群进去就让你交押金，千万别进",
    # a lure quoted in a comment that warns, no handle
    "看到前面好多说“私我”的 都别点 都是盗号的",
    "这种“看我主页”的评论是不是都是机器人发的？怎么这么多",
    'PSA: anyone commenting "dm me" or "check my bio" under this post is a scammer, don\'t reply',
    "评论区说「加我领资源」的都是骗子",
    # reported speech condemned: an insist word inside what is reported
    "评论区那些说加v带你赚钱的都是骗子，大家千万别信！！我朋友被骗了两万",
    "说私我领福利的都是盗号的",
    # follow-exchange accounts talked about
    "bro the f4f accounts are getting out of hand on this app lol",
    "so many sub4sub bots here now",
]


def test_lures_talked_about_are_not_spam(classifier: Any) -> None:
    decisions = _rules(TALK)
    assert [(d.category, d.rule) for d in decisions] == [
        (CommentCategory.SUBSTANTIVE, "lure_context")
    ] * len(TALK)
    called = decided_on_both_paths(classifier, TALK)
    assert [t for t, c in called.items() if c == "spam"] == []


# ---- near misses of the talk rules: lures that stay spam beside a warning, a quote or a report
STILL_LURES = [
    # the lure pushed outside the quotes, or quoted with no warning
    "小心“骗子”，资源私我",
    "“小心骗子” 资源私我",
    "想要的“私我”",
    'anyone saying "dm me" is a scammer, the real one is me: add me on telegram',
    "别信他们说的，我这里有资源，私我",
    # a warning word beside a lure that pushes (a handle, a call to contact)
    "别去别处找了，资源私我",
    "说带你赚钱的都是骗子？我是真的带你赚，私我",
    "评论区说“私我”的都是骗子，加我vx abc12345",
    # follow exchange offered, not talked about
    "f4f anyone?",
    "all f4f accounts welcome 👇 follow me",
    # engagement bait itself
    "like this comment if you're here in 2025",
    "thumbs up so more people see this comment",
]


def test_lures_beside_talk_stay_spam(classifier: Any) -> None:
    decisions = _rules(STILL_LURES)
    assert [t for t, d in zip(STILL_LURES, decisions, strict=True) if d.category != "spam"] == []
    called = decided_on_both_paths(classifier, STILL_LURES)
    assert [t for t, c in called.items() if c != "spam"] == []


def test_like_as_a_hedge_before_the_comment_section_is_no_bait() -> None:
    lex = load_lexicons()
    for text in (
        "Reported like 6 bot accounts in this comment section promising crypto returns smh",
        "there are like a dozen bots in this comment section",
        "I like this comment section more than the video",
    ):
        assert lex.spam.find(prepare_text(text)) != "engagement_bait", text
    for text in ("like this comment if you agree", "like if this comment made you laugh"):
        assert lex.spam.find(prepare_text(text)) == "engagement_bait", text


# ---- a short either/or question, a tag beside a remark
@pytest.mark.parametrize(
    "text",
    [
        "视频里那只小猫是英短还是美短呀 好可爱",
        "这个是真的还是p的呢 好美",
        "这是金毛还是拉布拉多呀 好乖",
    ],
)
def test_short_either_or_question_is_substantive(text: str) -> None:
    [decision] = _rules([text])
    assert (decision.category, decision.rule) == (
        CommentCategory.SUBSTANTIVE,
        "question_or_intent",
    )


def test_whichever_is_no_either_or_question() -> None:
    lex = load_lexicons()
    for text in ("不管是大人还是小孩都喜欢呀", "无论是大人还是小孩都爱吃啊", "是英短还是美短"):
        assert not lex.intent.search(prepare_text(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "@mikey_b this is literally your dog lmao",
        "@jen that's so your cat",
        "@sam this is your brother fr",
    ],
)
def test_tag_beside_a_remark_on_their_own_is_mention_only(text: str) -> None:
    [decision] = _rules([text])
    assert decision.category is CommentCategory.MENTION_ONLY


def test_tag_beside_other_remarks_is_not_a_tag_remark() -> None:
    decisions = _rules(["@mikey_b this is your fault", "@jen this is your size?"])
    assert [d.rule for d in decisions if d.rule == "mention_with_tag_remark"] == []


# ---- review of the s59 mends (findings 3-6): evasions that must be spam again and ordinary
# comments the new rows called spam

# a lure's own call put in quotes beside a warning word: no reporting word before the quote,
# no 的 / "comments" after it, so the quote is the comment's own (finding 3)
QUOTED_OWN_LURES = [
    "小心骗子，资源“私我”",
    "小心骗子！“看我主页”有福利",
    "谨防上当 正版资源 “私我”",
    "防骗指南在「看我主页」",
    'beware of scammers, "dm me" for the real link',
    '"dm me" for real help, beware of scammers',
    # reported, but the comment offers the quoted lure's bait beside it
    "小心骗子 说“私我”的都是骗子 真资源在这 “私我”",
    "别信他们 「私我」 领福利",
]
# quotes that stay reported: a reporting word before, a kind of comment named after
QUOTED_REPORTED = [
    "说“私我”的都别信，都是骗子",
    'those "dm me" comments are all scams, report them',
    "评论区留言“私我”的都是骗子",
]


def test_own_quoted_lure_beside_a_warning_is_spam(classifier: Any) -> None:
    decisions = _rules(QUOTED_OWN_LURES)
    assert [
        t for t, d in zip(QUOTED_OWN_LURES, decisions, strict=True) if d.category != "spam"
    ] == []
    called = decided_on_both_paths(classifier, QUOTED_OWN_LURES)
    assert [t for t, c in called.items() if c != "spam"] == []


def test_reported_quote_is_still_talk(classifier: Any) -> None:
    decisions = _rules(QUOTED_REPORTED)
    assert [(d.category, d.rule) for d in decisions] == [
        (CommentCategory.SUBSTANTIVE, "lure_context")
    ] * len(QUOTED_REPORTED)
    called = decided_on_both_paths(classifier, QUOTED_REPORTED)
    assert [t for t, c in called.items() if c == "spam"] == []


# a denied or "anti-" word is no warning: the lure beside it stands (finding 4)
DENIED_WARNINGS = [
    "不是机器人 点我头像有惊喜",
    "防盗号 资源在置顶 自取",
    "资源在主页 不是托",
]


def test_denied_warning_words_leave_the_lure(classifier: Any) -> None:
    decisions = _rules(DENIED_WARNINGS)
    assert [
        t for t, d in zip(DENIED_WARNINGS, decisions, strict=True) if d.category != "spam"
    ] == []
    called = decided_on_both_paths(classifier, DENIED_WARNINGS)
    assert [t for t, c in called.items() if c != "spam"] == []
    lex = load_lexicons()
    for text in ("都是机器人", "是不是都是机器人发的", "小心盗号", "全是托"):
        assert lex.lure_context.find(prepare_text(text)) == "warning", text


# ordinary comments the s59 rows called spam: 回访 at a clinic, a shop or a hotel, 备注 in an
# order note, +我 as "count me in" (finding 5); and the lures of those rows that stay spam
ORDINARY_ZH = [
    "记得回访老客户",
    "医生说记得回访复查",
    "酒店说请回访一下满意度",
    "快递备注抖音下单的",
    "备注粉丝牌可以打折吗博主",
    "兼职一起吗 +我",
    "+我 周末一起去赚点经验",
]
STILL_LURES_ZH = {
    "关注了 记得回访我哦": "follow_exchange",
    "互关吗 记得回访": "follow_exchange",
    "有需要的➕薇 x y 7 7 5 2 1 备注小红书": "contact_handle",
    "加v备注抖音": "contact_handle",
    "➕我 日入300": "money_offer",
}


def test_ordinary_chinese_near_the_new_rows_is_not_spam(classifier: Any) -> None:
    decisions = _rules(ORDINARY_ZH)
    assert [t for t, d in zip(ORDINARY_ZH, decisions, strict=True) if d.category == "spam"] == []
    called = decided_on_both_paths(classifier, ORDINARY_ZH)
    assert [t for t, c in called.items() if c == "spam"] == []
    decisions = _rules(list(STILL_LURES_ZH))
    assert {
        t: (str(d.category), d.lure_type) for t, d in zip(STILL_LURES_ZH, decisions, strict=True)
    } == {t: ("spam", lure) for t, lure in STILL_LURES_ZH.items()}


# ordinary English comments the s59 rows called spam: mutuals got, c4c talked about, a platform's
# paid features and promotions, selling talked about, my story told uncensored, a feature on an
# account asked about (finding 6); and the offers of those rows that stay spam
ORDINARY_EN = [
    "how do you get mutuals to see your stories",
    "c4c is so cringe honestly",
    "paid features available on the app store are a rip off",
    "selling promos is against the TOS right?",
    "the paid promotions open up next week according to YouTube",
    "uncensored thoughts on my story yesterday, I was so tired",
    "how do I get featured on @natgeo",
    "I'll follow you back to the car, wait",
]
STILL_LURES_EN = {
    "wanna be mutuals? 👀": "follow_exchange",
    "c4c? i'll do yours": "follow_exchange",
    "I'm selling cheap shoutouts 🔥": "self_promotion",
    "paid promos available now": "self_promotion",
    "uncensored pics on my page 😈": "resource_ad",
    "you can get your art featured on @artdaily_hub": "self_promotion",
}


def test_ordinary_english_near_the_new_rows_is_not_spam(classifier: Any) -> None:
    decisions = _rules(ORDINARY_EN)
    assert [t for t, d in zip(ORDINARY_EN, decisions, strict=True) if d.category == "spam"] == []
    called = decided_on_both_paths(classifier, ORDINARY_EN)
    assert [t for t, c in called.items() if c == "spam"] == []
    decisions = _rules(list(STILL_LURES_EN))
    assert {
        t: (str(d.category), d.lure_type) for t, d in zip(STILL_LURES_EN, decisions, strict=True)
    } == {t: ("spam", lure) for t, lure in STILL_LURES_EN.items()}

"""Comments that talk about lures (warnings, scam stories, questions) are not spam; narrowed
cues (微信 nouns, 加我一个, 企鹅, 兼职 / 副业 / 互助 / 回关, collab) no longer fire on real
comments; true lures stay caught (trust-and-safety review 20d, finding 2)."""

from __future__ import annotations

import pandas as pd
import pytest

from fraud.comment_quality import (
    CommentCategory,
    CommentClassifier,
    apply_rules,
    apply_rules_many,
    prepare_text,
)
from fraud.paths import DATA_DIR

REAL_COMMENTS = [
    # warnings and scam stories
    "评论区加V的都是骗子",
    "凡是让你加微信的都是骗子",
    "私信我没回，是不是没看到",
    "百度搜了一下没找到这个药",
    "刚才有人私我说中奖了，是骗子吧",
    "别加那些说主页有资源的",
    "举报了，评论区好多互粉的",
    "假冒快递理赔让加QQ，千万别加",
    # WeChat nouns, 加我 without a handle
    "微信群",
    "微信读书上有这本书吗",
    "微信运动步数第一",
    "微信转账可以吗",
    "微信聊天记录怎么恢复",
    "加我一个！",
    "加我一份",
    "加我妈一个",
    # everyday words the lure rules took for lures
    "这个企鹅好可爱",
    "宝妈在家带娃真的辛苦",
    "我是兼职模特",
    "做兼职累吗",
    "日结工资合法吗",
    "做副业的话推荐学什么",
    "回关的那个教程在哪里",
    "互助小组是什么意思",
    "我们小区有个互助群，挺好的",
    "楼主主页有吗",
    # English
    "This collab with Nike is fire",
    "when is the next collab with Emma?",
    "I'm a singer too and this song moved me to tears",
    "DM'd you about the collab?",
    "did you check your messages? the venue changed",
    "Is the link in bio still working? It says 404",
    "Does WhatsApp work in China?",
]

STILL_LURES = [
    "加微信lily8866",
    "评论区加V的都是骗子，我这里正规，加v lily8866",  # a warning beside a handle
    "不是骗子，加我微信",  # reassurance
    "企鹅号 12345678",
    "宝妈在家用手机就能赚",
    "招兼职，日结200",
    "副业月入过万，私我",
    "互关互赞 有关必回",
    "求回关！",
    "看我主页有惊喜",
    "Nice pic! DM me for collab",
    "Collab?",
    "I'm a rapper, check out my channel",
    "Message me on whatsapp to earn from home",
    "微信号：lily8866",
    "资源加我",
]


@pytest.mark.parametrize("text", REAL_COMMENTS)
def test_real_comment_with_lure_words_is_not_spam(text: str) -> None:
    decision = apply_rules(prepare_text(text))
    assert decision.category is not CommentCategory.SPAM, decision
    [(category, _lure)] = CommentClassifier.load().classify_with_lures([text])
    assert category is not CommentCategory.SPAM


@pytest.mark.parametrize("text", STILL_LURES)
def test_lures_beside_the_narrowed_words_stay_spam(text: str) -> None:
    assert apply_rules(prepare_text(text)).category is CommentCategory.SPAM


def test_chunk_and_reference_agree_on_lure_context() -> None:
    prepared = [prepare_text(t) for t in REAL_COMMENTS + STILL_LURES]
    assert apply_rules_many(prepared) == [apply_rules(p) for p in prepared]


def test_model_spam_on_a_scam_warning_becomes_substantive() -> None:
    # no lure rule fires (兼职 alone is no longer one); the model hears the lure words
    [(category, lure)] = CommentClassifier.load().classify_with_lures(
        ["兼职打字员那种都是骗押金的"]
    )
    assert (category, lure) == (CommentCategory.SUBSTANTIVE, None)


def test_no_labelled_spam_is_undone_by_lure_context() -> None:
    undone = []
    for name in ("labelled.csv", "zh_stream.csv"):
        frame = pd.read_csv(DATA_DIR / "comments" / name, dtype=str, keep_default_na=False)
        spam = frame.loc[frame["category"] == "spam", "text"].tolist()
        prepared = [prepare_text(t) for t in spam]
        undone += [
            t
            for t, d in zip(spam, apply_rules_many(prepared), strict=True)
            if d.rule == "lure_context"
        ]
    assert undone == []


MORE_LURES = [
    "看\u3164我\u3164主\u3164页",  # Hangul filler between characters (NFKC: U+1160)
    "互\u3164粉\u3164互\u3164赞",
    "私\u3164我",
    "咸鱼搜 lily8866",
    "去闲鱼找我",
    "淘宝搜 lily小店",
    "pdd搜lily小店",
    "￥AbCd1234￥ 复制打开淘宝",
    "€AbCd1234€",
    "关注必回",
    "關注必回",
    "评论必回",
    "求个关注",
    "互🉑",
    "hu粉",
    "已回访",
]


@pytest.mark.parametrize("text", MORE_LURES)
def test_fillers_marketplace_and_mutual_boost_lures_are_spam(text: str) -> None:
    assert apply_rules(prepare_text(text)).category is CommentCategory.SPAM
    [(category, _lure)] = CommentClassifier.load().classify_with_lures([text])
    assert category is CommentCategory.SPAM


@pytest.mark.parametrize("text", ["淘宝搜同款买不到啊", "淘宝搜不到", "客服回访了吗"])
def test_marketplace_and_boost_words_without_a_lure_are_not_spam(text: str) -> None:
    assert apply_rules(prepare_text(text)).category is not CommentCategory.SPAM


def test_filler_only_changes_texts_that_hold_one() -> None:
    texts = ["看\u3164我", "哈哈哈", "nice video", "👨\u200d👩\u200d👧"]
    assert [prepare_text(t) for t in texts] == [
        "看 我",
        "哈哈哈",
        "nice video",
        "👨\u200d👩\u200d👧",
    ]
    from fraud.comment_quality import prepare_many

    assert prepare_many(texts) == [prepare_text(t) for t in texts]


DISGUISED_LURES = [
    # WeChat / QQ homophones or emoji before a handle
    "威芯 lily8866",
    "维信 lily8866",
    "V芯 lily8866",
    "卫心：lily8866",
    "薇 lily8866",
    "🛰 lily8866",
    "🐧 123456789",
    "抠抠 lily8866",
    "微❤ lily8866",
    "+V lily8866",
    "＋ｖ ｌｉｌｙ８８６６",
    "V❤ lily8866",
    "微~信 lily8866",
    "🔍lily8866",
    # slang contact cues and same-name pointers
    "蜜我",
    "㊙️我",
    "s我",
    "私戳",
    "后台踢我",
    "薇同名",
    "vb同名",
    "👉头像👈",
    "看我🏠",
    "主页🔗",
    "看我zhuye",
    "全集私",
    "夸克搜",
    # English through separators and styled letters
    "D\u200bM me",
    "d m me",
    "D.M. me",
    "link in b\u200bio",
    "ᴅᴍ ᴍᴇ",
    "ʟɪɴᴋ ɪɴ ʙɪᴏ",
    "ᴄʜᴇᴄᴋ ᴍʏ ᴘʀᴏғɪʟᴇ",
    "lınk ın bıo",
    "#linkinbio",
    "link-in-bio",
    "link_in_bio",
    "0nlyfans in bio",
    "my snap is lily_promo",
    "tele gram @lily_promo",
    "hmu",
    "f\u200bo\u200bl\u200bl\u200bo\u200bw \u200bf\u200bo\u200br \u200bf\u200bo\u200bl\u200bl\u200bo\u200bw",
    "f.o.l.l.o.w. .f.o.r. .f.o.l.l.o.w",
    # all-pinyin lures
    "kan wo zhu ye",
    "kanwozhuye",
    "si wo",
    "hu fen",
    "qiu hui guan",
    "zi yuan si wo",
    "bai du sou lily",
    "jia v lily8866",
    # mutual-boost favours
    "给我点个赞吧我也给你点",
    "已关，回一下",
]

NOT_DISGUISED_LURES = [
    "@amy 哈哈哈真的是我",  # 的是我 sounds like 的私我
    "This I wonder about",  # "thisiwonder" holds siwo: pinyin needs word edges
    "hu is that",
    "my line is busy",
    "the admin team",
    "这是我们的秘密",
    "微信群",
    "置顶那条说得好",
    "what's app is that?",
    "Linkin Park forever",
    "I never follow for followers, only for the recipes",
]


@pytest.mark.parametrize("text", DISGUISED_LURES)
def test_disguised_lures_from_review_20d_are_spam(text: str) -> None:
    assert apply_rules(prepare_text(text)).category is CommentCategory.SPAM


@pytest.mark.parametrize("text", NOT_DISGUISED_LURES)
def test_words_near_the_new_lure_rules_are_not_spam(text: str) -> None:
    assert apply_rules(prepare_text(text)).category is not CommentCategory.SPAM


def test_chunk_and_reference_agree_on_the_new_lures() -> None:
    prepared = [prepare_text(t) for t in DISGUISED_LURES + NOT_DISGUISED_LURES + MORE_LURES]
    assert apply_rules_many(prepared) == [apply_rules(p) for p in prepared]


#: a warning word put before a call to contact the writer: the warning does not undo the lure
#: (recovery scams and "don't trust the others, DM me" pitches are written exactly so)
WARNING_THEN_LURE = [
    "举报了！私我领资源",
    "小心骗子，资源私我",
    "评论区都是骗子，看我主页",
    "被骗过的姐妹私我，教你维权",
    "don't trust scammers, DM me for the real link",
    # review 20f: a warning word beside a follow exchange, a page of content, a handle
    # without digits or a phone number in groups
    "提醒一下：主页有全集",
    "互关互赞，别信骗子",
    "关注必回，谨防冒充",
    "求回访 举报",
    "加我薇 lilyabc，别信骗子",
    "WhatsApp me +1 555 123 4567, beware of scams",
    "别信骗子，加我q 1234 5678",
    "telegram: lily_x, scammers everywhere",
]


@pytest.mark.parametrize("text", WARNING_THEN_LURE)
def test_a_warning_word_before_a_call_to_contact_the_writer_stays_spam(text: str) -> None:
    assert apply_rules(prepare_text(text)).category is CommentCategory.SPAM
    prepared = [prepare_text(text)]
    assert apply_rules_many(prepared)[0].category is CommentCategory.SPAM

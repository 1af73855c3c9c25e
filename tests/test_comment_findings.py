"""Three comment-classifier errors a reviewer found (session 22), each with a corpus of both
sides written by the team for these tests (none of these texts is a training row):

1. comments thanking "us" or inviting to "hang out with us" were called spam, while real
   "contact me / join my group" lures must stay spam;
2. a lure mixing pinyin and characters (``zi yuan在主页``) was missed, while ordinary mixed
   zh / en comments (``这个 look 好好看``, brand names) must not become lures;
3. terse Chinese replies with real content (``这家店已经倒闭了``) were called generic.
"""

from __future__ import annotations

import pytest

from fraud.comment_quality import (
    CommentCategory,
    CommentClassifier,
    apply_rules_many,
    prepare_text,
)
from fraud.lures import detect_lure, detect_lure_many
from tests.conftest import categories_on_path

SPAM = CommentCategory.SPAM

# ---- 1. "us" in ordinary comments, and real lures that say "me" / "us" / "my group"

THANKING_US = [
    "Thank you for sharing this with us, it really helped me",
    "hang out with us",
    "thanks for showing us",
    "join us next time",
    "Thanks for sharing this with us",
    "Thank you for taking us along on this trip!",
    "thanks for letting us see behind the scenes",
    "You should come hang out with us at the dog park sometime",
    "Thank you for teaching us this, my sourdough finally rose",
    "thanks for bringing us along, Lisbon looks amazing",
    "Thank you for sharing your story with us",
    "we loved having you with us at the meetup last week",
    "Join us next time you're in Leeds, we run every Saturday",
    "thanks for telling us about the recall, I checked my batch",
    "thank you for explaining this to us so clearly",
    "Thanks for keeping us updated on the renovation",
    "Please keep sharing these with us, the knitting tips help a lot",
    "Thank you for reminding us to stretch, my back thanks you",
    "come sit with us at the next concert haha",
    "my kids watched this with us and now want a telescope",
    "You always make us laugh, thank you",
    "Thanks for the shoutout to us at the bakery!",
    "thank you for walking us through the setup, it worked on my old router",
    "this reminded us of our trip to Kyoto",
    "Thanks for inviting us to the livestream yesterday",
    "thank you for trusting us with your wedding cake",
    "hope you come visit us in Porto again",
    "Thanks for sharing the recipe with us, I swapped butter for olive oil and it worked",
    "our book club read this with us last month, great pick",
    "join us at the park cleanup on Sunday if you're local",
    "Thank you for being so honest with us about the costs",
    "thanks for showing us the before and after",
    "Let us know when the next part is out!",
    "you guys should hang out with us more often",
    "thank u for showing us the trail, we hiked it on saturday",
    "it was so nice of you to stop and chat with us in Rome",
]

US_LURES = [
    "join my group for daily signals",
    "Join my telegram group for free crypto signals",
    "dm me for the link",
    "message me on whatsapp for details",
    "add me on snap: jess_2041",
    "join our whatsapp group, link in bio",
    "check out my channel and subscribe",
    "text me on telegram @fxmentor_ken",
    "follow me and I follow back",
    "reach out to me on instagram for collabs",
    "anyone up for sub4sub? i always sub back",
    "Click the link in my bio to join us",
    "hmu on kik",
    "join us on telegram t.me/cashflowclub",
    "visit my profile for more",
    "contact us on whatsapp +44 7911 123456",
    "DM us for a free trial",
    "follow us for more giveaways",
    "Write to me on telegram for investment advice",
    "chat with me on wechat",
    "my whatsapp number is +1 202 555 0147",
    "check my page for free followers",
    "join our vip group for signals, dm me",
    "Contact Mrs Helen on whatsapp, she helped me recover my funds",
    "subscribe to my channel please",
    "I made $5000 this week thanks to @trader_mia, message her",
    "come join us on discord, link in my bio",
    "send us a message on whatsapp to get started",
    "check out my page, you won't regret it",
    "follow back please, I followed you",
    "get free followers at www.boostfollowers.net",
    "talk to me on whatsapp if you want to learn trading",
]


def _spam(classifier: CommentClassifier, texts: list[str], fast: bool = True) -> list[str]:
    found = categories_on_path(classifier, texts, fast)
    return [t for t, c in zip(texts, found, strict=True) if c is SPAM]


@pytest.mark.parametrize("fast", [True, False])
def test_thanking_us_is_not_spam(classifier: CommentClassifier, fast: bool) -> None:
    assert _spam(classifier, THANKING_US, fast) == []


@pytest.mark.parametrize("fast", [True, False])
def test_lures_saying_me_or_us_stay_spam(classifier: CommentClassifier, fast: bool) -> None:
    assert sorted(set(US_LURES) - set(_spam(classifier, US_LURES, fast))) == []


# ---- 2. pinyin syllables beside characters

MIXED_LURES = [
    "zi yuan在主页",
    "jia wo v 看主页",
    "资源在 zhu ye",
    "zi yuan 在我主页",
    "ziyuan在主页",
    "资源在zhuye",
    "kan 我 zhu ye",
    "看我 zhuye 有惊喜",
    "kan wo 主页",
    "全集在 zhu ye",
    "quan ji 在主页",
    "fu li 在我主页",
    "福利在 wo 的 zhu ye",
    "jia 我 wei xin",
    "jia wo wei xin 领福利",
    "加 wo 微信",
    "jia wo vx",
    "jia wo qq 了解",
    "主页 you 资源",
    "zhu ye 有资源",
    "zhuye有福利",
    "tou xiang 有惊喜",
    "头像 you fu li",
    "qian ming 有资源哦",
    "看我 qian ming",
    "点 wo tou xiang",
    "想要 zi yuan 的私我",
    "zi yuan 私 wo",
    "需要 zi yuan 的 jia v",
    "bai du 搜 片名",
    "百度 sou 一下 就有全集",
    "ri jie 工资 ri zhuan 三百",
    "日赚 san bai",
    "wei xin 号 在主页",
    "guo chan 资源在主页",
    "私 xin 我 领福利",
    "来 si wo 领资源",
    "gao qing 全集 在我 zhu ye",
    "资源 kan 我 zhu ye",
    "點 wo 頭像 有福利",
    "bao zang 资源 在我主页",
]

MIXED_ORDINARY = [
    "这个 look 好好看",
    "yyds 太好吃了",
    "zi mu (字幕) 有错",
    "这个 vlog 拍得好用心",
    "Dior 999 真的显白",
    "nike 这双 dunk 我也有",
    "今天的 ootd 绝了",
    "huawei mate 60 拍照怎么样",
    "xiaomi 手环 续航多久",
    "求 bgm 名字",
    "bgm 是什么歌",
    "这个 app 叫什么",
    "我在 taobao 买的同款",
    "Zara 的外套吗",
    "好 cute 啊",
    "so cute 我要哭了",
    "这首 song 太上头",
    "nihao 我是新来的",
    "wo ye shi 这么觉得",
    "hao kan 哈哈",
    "zhen de hao chi 吗",
    "ma ma 说我也要买",
    "jiayou 你最棒",
    "加油 jia you",
    "chanel 的包好贵",
    "gucci 这个色系好看",
    "iphone 15 的拍照效果",
    "ipad 画的吗",
    "这个 filter 是哪个",
    "mbti 是 infp 吗",
    "pdd 上有卖吗",
    "anta 的鞋子舒服吗",
    "li ning 这款配色好看",
    "这个 bug 修了吗",
    "up 主辛苦了",
    "我也是 intj",
    "haha 笑死",
    "ok 了解了",
    "谢谢 up 主 分享 tips",
    "xswl 这个 ending",
    "下次 vlog 想看 citywalk",
    "今天的 makeup 是 natural 风",
    "zhu ni sheng ri kuai le 生日快乐",
    "ni hao 在家做的吗",
    "wei shen me 我做不成功",
    "pin yin 打字 好慢",
    # user names in pinyin (回复 li -> "fu li" would sound as 福利) and English beside 私信
    "回复li_wang：在置顶评论里",
    "回复li.linzi：我也觉得",
    "@lilinzi 你看这个",
    "私信你了 wangfang",
    "How long did it take? 私信 anwang 了",
    "the planner made a difference, 私信你了",
]


def _lures_both_paths(texts: list[str]) -> tuple[list[str], list[str]]:
    """The texts called lures, text by text (``detect_lure``) and as one chunk
    (``detect_lure_many``), each in the order given."""
    prepared = [prepare_text(t) for t in texts]
    one = [t for t, p in zip(texts, prepared, strict=True) if detect_lure(p)]
    many = [t for t, found in zip(texts, detect_lure_many(prepared), strict=True) if found]
    return one, many


def test_mixed_pinyin_and_characters_are_lures_both_paths() -> None:
    assert _lures_both_paths(MIXED_LURES) == (MIXED_LURES, MIXED_LURES)


def test_ordinary_mixed_comments_are_not_lures_both_paths() -> None:
    assert _lures_both_paths(MIXED_ORDINARY) == ([], [])


def test_mixed_lures_are_spam_and_ordinary_ones_are_not(classifier: CommentClassifier) -> None:
    assert sorted(set(MIXED_LURES) - set(_spam(classifier, MIXED_LURES))) == []
    assert _spam(classifier, MIXED_ORDINARY) == []


# ---- 3. terse Chinese replies with real content

TERSE_SUBSTANTIVE_ZH = [
    "这家店已经倒闭了",
    "做出来太甜了，下次少放糖",
    "第三步的火候是多少",
    "这条路周末很堵",
    "面粉换成全麦的也行",
    "那家分店搬到二楼了",
    "我烤了二十分钟就糊了",
    "门票涨到八十了",
    "盐放多了有点咸",
    "周一闭馆别白跑",
    "酱油要用生抽",
    "这个型号已经停产了",
    "地铁三号线能到",
    "水放少了饭有点硬",
    "老板换人了味道变了",
    "我家猫吃了会吐",
    "冬天去人少一点",
    "这款包装改了",
    "奶油要先冷藏",
    "停车场要收费的",
]


def test_terse_chinese_replies_with_content_are_substantive(
    classifier: CommentClassifier,
) -> None:
    classifier.clear_cache()
    found = classifier.classify(TERSE_SUBSTANTIVE_ZH)
    wrong = [
        (t, c.value)
        for t, c in zip(TERSE_SUBSTANTIVE_ZH, found, strict=True)
        if c is not CommentCategory.SUBSTANTIVE
    ]
    # the text model decides these, not a rule: at most two of twenty may still be missed
    # (before the team's terse rows were added to its training data, 16 of 20 were generic)
    assert len(wrong) <= 2, wrong


# A reviewer's findings on the cut into syllables: given names in pinyin sound like lure words,
# replies name their addressee, and a pinyin-shaped word could make the shape test exponential.
NAMES_AND_REPLIES = [
    "ziyuan加油！",
    "Ziyuan加油加油",
    "sixin我想你了",
    "Sixin我也想去",
    "wang pan 加油！",
    "Fu Li 加油！",
    "回复 Li Na：加油呀",
    "回复李娜：加油",
    "回复 @李娜: 加油呀",
    "回复li：加油",
    "回复立华：加油",
    "@付丽 加油",
    "ziyuan的主页好好看",
    "xinyuan生日快乐，加油",
    "yueru万岁",
    "Yueru快点更新",
    # 周杰 sounds as 周结 (weekly pay), 快 / 前 / 万 as 块 / 千 / 万: Jay Chou's fans
    "周杰伦快出新歌吧",
    "周杰伦的前奏一响我就哭了",
    "周杰伦万岁",
]


def test_names_in_pinyin_and_reply_prefixes_are_not_lures_both_paths() -> None:
    assert _lures_both_paths(NAMES_AND_REPLIES) == ([], [])
    # a lure in the reply itself is still one
    replies = [
        "回复张三：加我微信",
        "回复@小李：私我",
        "@小号 资源私我",
        "@小号煮页有滋愿",
        "煮@页@有@滋@愿",
        # a lure inside what looks like a handle, whatever follows it
        "@小号煮页有滋愿 ",
        "@小号煮页有滋愿 快来",
        "@小号煮页有滋愿\n谢谢",
        "@紫源在煮页 ",
        # weekly pay, written
        "兼职周结500",
        "周结工资两千",
    ]
    assert _lures_both_paths(replies) == (replies, replies)


def test_pinyin_shaped_words_take_linear_time() -> None:
    import time

    texts = [
        "好 " + "ana" * 400 + "b",
        "哈哈哈 l" + "o" * 2000 + "l",
        "啊啊 a" + "ah" * 1000,
        "资源 " + "zhuang" * 300 + "x 主页",
        # a handle's letters then digits (quadratic before the letters were bounded)
        "v a" + "1" * 4990 + "x",
        "评论区加V的都是骗子 " + "a" * 4970,
    ]
    prepared = [prepare_text(t) for t in texts]
    start = time.perf_counter()
    for p in prepared:
        detect_lure(p)
    detect_lure_many(prepared)
    apply_rules_many(prepared)
    # exponential before (13 repeats of "ana" took 8 s); now a few milliseconds
    assert time.perf_counter() - start < 2.0


def test_names_beside_a_place_word_are_not_lures() -> None:
    # goods and place side by side with no verb (资源主页, 资源 zhu ye) is not a rule: names
    # sound like the goods (紫媛头像好好看, ziyuan头像换了); a reviewer's finding
    texts = [
        "紫媛头像好好看",
        "子源签名照",
        "付丽签名好好看",
        "ziyuan头像换了",
        "ziyuan的q版好可爱",
    ]
    assert _lures_both_paths(texts) == ([], [])


# A reviewer's ordinary comments that the sound rules heard as lures: a name or word that sounds
# like 福利 / 资源 before an everyday word holding 加 (加油, 加更...) or 错 (不错), and 价位 / 味道
# (加V / 微). These words are heard as a syllable no rule holds; the same goods beside a real
# verb still are lures, and so are words lures use as they are (加入, 弟弟 = 滴滴, 加快手).
EVERYDAY_WORDS = [
    "傅丽加油",
    "子源加油",
    "林子源加油",
    "@傅丽加油",
    "付丽加班辛苦了",
    "粉丝福利加更",
    "紫媛加冕",
    "傅丽唱得不错",
    "公司福利不错",
    "这个资源不错",
    "学习资源加油整理",
    "紫媛没错",
    "思馨加油我爱你",  # the word heard as a syllable, not dropped: not 私信 + 我
    "迪迪加油，我们等你回来",
    "傅丽加油加油我们扣1支持你",  # one syllable per character: 扣 stays out of the gap
    "这个价位很良心",
    "这就是家的味道",
]


def test_everyday_words_are_not_heard_as_lures_both_paths() -> None:
    assert _lures_both_paths(EVERYDAY_WORDS) == ([], [])
    lures = [
        "傅丽加我",  # 福利 + 加我: add me
        "子源滴滴我",  # 资源 + 滴滴
        "福利不错，加我v",
        "资源加油站在主页",  # 主页 still points
        "紫媛戳我头像",
        "家我威信",  # 加我微信 by sound
        "想要资源的加入",
        "资源弟弟我",
        "有资源加快手",
    ]
    assert _lures_both_paths(lures) == (lures, lures)


def test_sound_collision_sets_hold_their_figures(classifier: CommentClassifier) -> None:
    """The README's and reports/comments.md's figures on the reviewer's collision sets, as a
    ratchet: a rule change that hears more names as lures, or misses more lures, fails here."""
    from training.evaluate_comments import evaluate_sound_collisions

    figures = evaluate_sound_collisions(classifier)
    assert figures["ordinary"]["n"] == 272 and figures["lures"]["n"] == 159
    assert figures["ordinary"]["lure"] <= 62
    assert figures["lures"]["lure"] >= 152
    assert figures["ordinary"]["spam"] <= figures["ordinary"]["lure"] + 5

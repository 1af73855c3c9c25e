"""Simulated pieces of Chinese (and English) comment sections: lure campaigns, mutual-boost
groups and template-written ("machine-written") praise, plus the lure grammar and the disguises
that the labelled lure set of ``data/comments/`` is generated from.

Everything here is generated, not collected: the grammar imitates the lure spam described in
issue 9 (look at my signature / nickname / homepage, resource ads, contact handles, search lures,
part-time-job offers, 互关 / 互赞 cues), and the disguises are those named there (homophones,
look-alike characters, separators between characters, full-width letters, traditional
characters, random suffixes). Machine-written praise cannot come from a language model here (no
API is called): it is generated from template grammars with paraphrase tables that imitate the
shape of LLM praise (compliment + specific-sounding detail + question), in English and Chinese.

Two parameter sets, :data:`TRAIN_STYLE` and :data:`TEST_STYLE`, use *different* homophones,
look-alikes, separators, suffixes and lure frames, so that a held-out set generated with the
test style (and another seed) measures generalisation to unseen disguises, not memory.

Simulator API (used by ``training/simulate.py``): each ``*_comments`` function takes the posts
(dicts with ``post_id`` and ISO ``posted_at``) and a ``numpy.random.Generator`` and returns
comment dicts (``post_id``, ``author``, ``text``, ``posted_at``, ``likes``) to add to a creator's
comments; the callers decide which creators get them.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, TypeVar

import numpy as np

__all__ = [
    "TEST_STYLE",
    "TRAIN_STYLE",
    "DisguiseStyle",
    "disguise",
    "lure_campaign_comments",
    "lure_text",
    "machine_praise_comments",
    "machine_praise_text",
    "mutual_boost_comments",
    "organic_spam_comments",
    "organic_spam_share",
]


@dataclass(frozen=True)
class DisguiseStyle:
    """How lures are written and disguised (one set for training data, another for held-out)."""

    name: str
    frames: tuple[str, ...]
    homophones: dict[str, str]  # character -> homophones to pick from
    lookalikes: dict[str, str]  # character -> look-alike characters to pick from
    separators: tuple[str, ...]
    suffixes: tuple[str, ...]  # kinds: digits, emoji, letters, sticker, cjk, tilde
    numerals: str  # "circled" or "chinese": how digits are disguised
    p_homophone: float
    p_lookalike: float
    p_separate: float
    p_fullwidth: float
    p_traditional: float
    p_suffix: float
    p_praise_prefix: float


_PLACES = ("主页", "头像", "签名", "昵称", "简介", "首页", "个签", "置顶")
_POINTERS = ("看我", "点我", "戳我", "进我", "来我")
_GOODS = ("资源", "福利", "好东西", "惊喜", "国产资源", "高清全集", "完整版", "网盘资源", "片源")
_CONTACTS = ("加微信", "加V", "加vx", "扣扣", "加我QQ", "私我", "私信我", "滴滴我", "加v信")
_SEARCH = ("百度搜", "某宝搜", "某音搜", "度娘搜", "百度一搜")
_SEARCH_NAMES = ("星辰影视", "暗号666", "小鹿资源站", "追剧神器", "蓝莓影院", "xx视频", "全集在线")
_MONEY = (
    "宝妈兼职日结",
    "在家用手机就能赚",
    "日赚三百",
    "躺赚不是梦",
    "兼职打字员日结",
    "手机兼职一单一结",
)
_FOLLOW = ("互关互赞", "有关必回", "求回关", "互暖一下", "互粉秒回", "回关回赞", "互赞互评")
_PRAISE = ("好看！", "太美了", "哈哈哈", "爱了爱了", "支持博主", "666", "绝绝子")

TRAIN_STYLE = DisguiseStyle(
    name="train",
    frames=(
        "{goods}{pointer}{place}",
        "{pointer}{place}有{goods}",
        "想要{goods}的{contact}",
        "{contact} {id}",
        "{search}{search_name}",
        "{money}",
        "{follow}",
        "{place}有{goods}",
    ),
    homophones={
        "资": "滋姿",
        "源": "愿",
        "主": "煮",
        "页": "业",
        "签": "千",
        "名": "茗",
        "头": "投",
        "像": "象",
        "微": "薇",
        "信": "芯",
        "看": "康",
        "我": "窝",
        "福": "幅",
        "利": "俐",
        "产": "铲",
    },
    lookalikes={"名": "眀", "主": "王", "福": "褔", "微": "徽", "加": "力口"},
    separators=(" ", "·", "/", "-"),
    suffixes=("digits", "emoji"),
    numerals="circled",
    p_homophone=0.35,
    p_lookalike=0.25,
    p_separate=0.3,
    p_fullwidth=0.2,
    p_traditional=0.15,
    p_suffix=0.7,
    p_praise_prefix=0.1,
)

TEST_STYLE = DisguiseStyle(
    name="test",
    frames=(
        "{place}有你想要的{goods}",
        "{goods}都在{place}了",
        "需要{goods}的来{contact}",
        "{id}，{contact}了解",
        "{search_name}，{search}就有",
        "{money}，{contact}",
        "{follow}，{pointer}{place}",
        "{goods}已放{place}，自取",
        "{pointer}{place}，{goods}免费领",
    ),
    homophones={
        "资": "咨孜",
        "源": "原元",
        "主": "住注",
        "页": "叶夜",
        "签": "芊",
        "名": "铭明",
        "头": "偷",
        "像": "相",
        "微": "威围",
        "信": "心新",
        "看": "堪",
        "我": "沃",
        "福": "符",
        "利": "力",
        "产": "蝉",
        "全": "泉",
        "集": "级",
    },
    lookalikes={"名": "冥", "简": "筒", "信": "訫", "私": "厶", "微": "嶶"},
    separators=("|", "丨", "~", "\u200b", "✨", "▪"),
    suffixes=("letters", "sticker", "cjk", "tilde"),
    numerals="chinese",
    p_homophone=0.45,
    p_lookalike=0.3,
    p_separate=0.35,
    p_fullwidth=0.35,
    p_traditional=0.25,
    p_suffix=0.8,
    p_praise_prefix=0.3,
)

_EMOJI = ("🔥", "💕", "✨", "😘", "👉", "🌸", "❤️", "😏", "🈲", "💰")
_STICKERS = ("[doge]", "[微笑]", "[玫瑰]", "[色]", "[偷笑]", "[害羞]")
_CJK_FILL = "嗯啊哦呀吧呢哈嘿喔咯"
_CIRCLED = "⓪①②③④⑤⑥⑦⑧⑨"
_CHINESE_DIGITS = "零一二三四五六七八九"
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


@functools.cache
def _s2t() -> Any:
    import opencc

    return opencc.OpenCC("s2t")


T = TypeVar("T")


def _pick(rng: np.random.Generator, options: Sequence[T]) -> T:
    return options[int(rng.integers(len(options)))]


def _contact_id(rng: np.random.Generator, style: DisguiseStyle) -> str:
    kind = int(rng.integers(3))
    if kind == 0:  # WeChat-like id
        letters = "".join(_pick(rng, _LETTERS) for _ in range(int(rng.integers(3, 7))))
        return f"vx：{letters}{int(rng.integers(100, 99999))}"
    if kind == 1:  # QQ number
        digits = str(int(rng.integers(10**7, 10**10)))
        return "QQ" + _disguise_digits(digits, rng, style)
    digits = "1" + _pick(rng, "3456789") + "".join(_pick(rng, "0123456789") for _ in range(9))
    return _disguise_digits(digits, rng, style)


def _disguise_digits(digits: str, rng: np.random.Generator, style: DisguiseStyle) -> str:
    if rng.random() < 0.5:
        return digits
    table = _CIRCLED if style.numerals == "circled" else _CHINESE_DIGITS
    return "".join(table[int(d)] for d in digits)


def lure_text(rng: np.random.Generator, style: DisguiseStyle) -> str:
    """One undisguised lure from the style's frames."""
    frame = _pick(rng, style.frames)
    return frame.format(
        goods=_pick(rng, _GOODS),
        pointer=_pick(rng, _POINTERS),
        place=_pick(rng, _PLACES),
        contact=_pick(rng, _CONTACTS),
        id=_contact_id(rng, style),
        search=_pick(rng, _SEARCH),
        search_name=_pick(rng, _SEARCH_NAMES),
        money=_pick(rng, _MONEY),
        follow=_pick(rng, _FOLLOW),
    )


def _fullwidth(char: str) -> str:
    code = ord(char)
    return chr(code + 0xFEE0) if 0x21 <= code <= 0x7E else char


def _suffix(rng: np.random.Generator, style: DisguiseStyle) -> str:
    kind = _pick(rng, style.suffixes)
    length = int(rng.integers(1, 5))
    if kind == "digits":
        return " " + str(int(rng.integers(10, 10**length + 10)))
    if kind == "emoji":
        return "".join(_pick(rng, _EMOJI) for _ in range(length))
    if kind == "letters":
        return " " + "".join(_pick(rng, _LETTERS) for _ in range(length + 1))
    if kind == "sticker":
        return "".join(_pick(rng, _STICKERS) for _ in range(length))
    if kind == "cjk":
        return "".join(_pick(rng, _CJK_FILL) for _ in range(length))
    return "~" * length


def disguise(text: str, rng: np.random.Generator, style: DisguiseStyle) -> str:
    """The lure as spammers post it: homophones, look-alikes, separators, full-width letters,
    traditional characters, a random suffix and sometimes a praise prefix (per the style)."""
    chars: list[str] = []
    for char in text:
        if char in style.lookalikes and rng.random() < style.p_lookalike:
            char = _pick(rng, tuple(style.lookalikes[char].split(" ")))
        elif char in style.homophones and rng.random() < style.p_homophone:
            char = _pick(rng, style.homophones[char])
        chars.append(char)
    out = "".join(chars)
    if rng.random() < style.p_traditional:
        out = _s2t().convert(out)
    if rng.random() < style.p_fullwidth:
        out = "".join(_fullwidth(c) for c in out)
    if rng.random() < style.p_separate:
        separator = _pick(rng, style.separators)
        out = separator.join(out) if rng.random() < 0.5 else separator.join(out.split())
    if rng.random() < style.p_praise_prefix:
        out = _pick(rng, _PRAISE) + out
    if rng.random() < style.p_suffix:
        out += _suffix(rng, style)
    return out


# ------------------------------------------------------------------------------------------
# Machine-written praise: compliment + specific-sounding detail + question, with paraphrases.

_EN_OPENERS = (
    "Absolutely love how you",
    "I really appreciate how you",
    "What a beautiful way you",
    "It's amazing how you",
    "Love the way you",
    "This is such a great example of how you",
)
_EN_VERBS = ("captured", "showcased", "highlighted", "brought out", "presented", "framed")
_EN_OBJECTS = (
    "the colours",
    "the lighting",
    "the atmosphere",
    "the little details",
    "the textures",
    "the composition",
    "the mood",
)
_EN_DETAILS = (
    "The attention to detail really shines through.",
    "The way everything comes together is truly inspiring.",
    "It really makes the whole post stand out.",
    "Such a thoughtful and creative approach!",
    "It feels so authentic and genuine.",
    "This really resonates with me.",
)
_EN_QUESTIONS = (
    "What inspired you to create this?",
    "How long did this take you?",
    "Do you have any tips for beginners?",
    "What was your favourite part of the process?",
    "Can't wait to see what you share next!",
    "Where do you get your inspiration?",
)
_ZH_OPENERS = ("真的太喜欢", "特别欣赏", "好喜欢", "超级爱", "非常佩服")
_ZH_OBJECTS = ("这组画面的色调", "博主对细节的把控", "整体的氛围感", "这种用心的分享", "这个构图")
_ZH_DETAILS = (
    "每一个细节都能看出满满的用心，",
    "看完感觉被治愈了，",
    "内容真的很有温度，",
    "能感受到博主的真诚，",
    "质感真的绝了，",
)
_ZH_QUESTIONS = (
    "请问是怎么想到这个创意的呀？",
    "想问一下平时是怎么积累灵感的？",
    "期待博主更多的分享！",
    "可以分享一下拍摄的小技巧吗？",
    "请问这个花了多长时间呀？",
)


def machine_praise_text(rng: np.random.Generator, lang: str = "en") -> str:
    """One template-written praise comment (compliment + detail + question)."""
    if lang == "zh":
        return (
            f"{_pick(rng, _ZH_OPENERS)}{_pick(rng, _ZH_OBJECTS)}了！"
            f"{_pick(rng, _ZH_DETAILS)}{_pick(rng, _ZH_QUESTIONS)}"
        )
    return (
        f"{_pick(rng, _EN_OPENERS)} {_pick(rng, _EN_VERBS)} {_pick(rng, _EN_OBJECTS)} here! "
        f"{_pick(rng, _EN_DETAILS)} {_pick(rng, _EN_QUESTIONS)}"
    )


# ------------------------------------------------------------------------------------------
# Comment sections


def _accounts(rng: np.random.Generator, n: int, prefix: str, bot: bool) -> list[str]:
    if bot:  # bot handles: letters + long digit runs
        return [
            "".join(_pick(rng, _LETTERS) for _ in range(int(rng.integers(3, 7))))
            + str(int(rng.integers(10**5, 10**9)))
            for _ in range(n)
        ]
    return [f"{prefix}{_pick(rng, _LETTERS)}{_pick(rng, _LETTERS)}_{i}" for i in range(n)]


def _comment(
    post: dict[str, Any], author: str, text: str, delay_minutes: float, rng: np.random.Generator
) -> dict[str, Any]:
    posted = datetime.fromisoformat(str(post["posted_at"]).replace("Z", "+00:00"))
    at = posted + timedelta(minutes=float(delay_minutes))
    return {
        "post_id": post["post_id"],
        "author": author,
        "text": text,
        "posted_at": at.isoformat().replace("+00:00", "Z"),
        "likes": int(rng.poisson(0.5)),
    }


def lure_campaign_comments(
    posts: list[dict[str, Any]],
    rng: np.random.Generator,
    *,
    n_accounts: int | None = None,
    per_post: tuple[int, int] = (2, 12),
    style: DisguiseStyle = TRAIN_STYLE,
) -> list[dict[str, Any]]:
    """A lure campaign: one to three lures pasted by many bot accounts under every post, each
    copy disguised anew (changed characters, separators, random suffixes)."""
    n_accounts = n_accounts or int(rng.integers(15, 120))
    bots = _accounts(rng, n_accounts, "", bot=True)
    lures = [lure_text(rng, style) for _ in range(int(rng.integers(1, 4)))]
    out: list[dict[str, Any]] = []
    for post in posts:
        for _ in range(int(rng.integers(per_post[0], per_post[1] + 1))):
            text = disguise(_pick(rng, tuple(lures)), rng, style)
            delay = float(np.exp(rng.normal(np.log(90), 1.3)))
            out.append(_comment(post, _pick(rng, tuple(bots)), text, delay, rng))
    return out


_BOOST_CUES_ZH = (
    "互赞互关",
    "已赞，求回赞",
    "来互暖啦",
    "已关注，求回关",
    "互关一下吧",
    "支持！有关必回",
    "打卡互赞",
    "已三连，求回访",
)
_BOOST_REPLIES_ZH = ("已回关", "已回赞～", "来啦来啦", "互暖成功", "回访啦")
_BOOST_PRAISE_ZH = ("好看", "支持支持", "太棒了", "爱了", "每天都来打卡", "加油加油")
_BOOST_CUES_EN = ("f4f?", "followed, follow back!", "l4l", "done, return the like pls", "s4s")
_BOOST_REPLIES_EN = ("followed back!", "done ✅", "returned!", "liked yours too")
_BOOST_PRAISE_EN = ("love this", "great post!", "amazing", "so good", "keep it up")


def mutual_boost_comments(
    posts: list[dict[str, Any]],
    rng: np.random.Generator,
    *,
    n_members: int | None = None,
    chinese: bool = True,
) -> list[dict[str, Any]]:
    """A mutual-boost group (互赞 / 互关 / 互暖): the same member accounts (creators themselves)
    comment on most posts with boost cues or short praise, and @-reply to each other."""
    n_members = n_members or int(rng.integers(8, 30))
    members = _accounts(rng, n_members, "hu" if chinese else "mb", bot=False)
    cues, replies, praise = (
        (_BOOST_CUES_ZH, _BOOST_REPLIES_ZH, _BOOST_PRAISE_ZH)
        if chinese
        else (_BOOST_CUES_EN, _BOOST_REPLIES_EN, _BOOST_PRAISE_EN)
    )
    activity = rng.uniform(0.5, 0.95, n_members)
    out: list[dict[str, Any]] = []
    for post in posts:
        present = [m for m, p in zip(members, activity, strict=True) if rng.random() < p]
        for member in present:
            roll = rng.random()
            if roll < 0.45:
                text = _pick(rng, cues)
            elif roll < 0.75 and len(present) > 1:
                other = _pick(rng, tuple(m for m in present if m != member))
                text = (
                    f"回复 @{other}：{_pick(rng, replies)}"
                    if chinese
                    else f"@{other} {_pick(rng, replies)}"
                )
            else:
                text = _pick(rng, praise)
            delay = float(rng.uniform(2, 240))
            out.append(_comment(post, member, text, delay, rng))
    return out


def machine_praise_comments(
    posts: list[dict[str, Any]],
    rng: np.random.Generator,
    *,
    n_accounts: int | None = None,
    per_post: tuple[int, int] = (2, 8),
    lang: str = "en",
) -> list[dict[str, Any]]:
    """Template-written praise bought per post: varied, on-topic-sounding comments from a pool
    of accounts, posted within a few hours, every text different."""
    n_accounts = n_accounts or int(rng.integers(10, 60))
    accounts = _accounts(rng, n_accounts, "ai", bot=False)
    out: list[dict[str, Any]] = []
    for post in posts:
        for _ in range(int(rng.integers(per_post[0], per_post[1] + 1))):
            delay = float(rng.uniform(5, 300))
            text = machine_praise_text(rng, lang)
            out.append(_comment(post, _pick(rng, tuple(accounts)), text, delay, rng))
    return out


# Third-party spam, bought by nobody: scam and lure bots comment under posts that reach people,
# whoever wrote them. Real shares, from the one scraped, labelled set we hold (ScamSpot,
# data/raw/instagram-scam-comments: the scam-labelled share of all scraped comments under each
# of the 19 finance and crypto accounts with 50+ comments, from Dave Ramsey and the FT to WSJ,
# Bloomberg and Coinbase; "unknown" comments count as not scam, so these are lower bounds).
# Finance and crypto draw the most scam bots; other niches draw fewer (ORGANIC_SPAM_NICHE_X,
# an assumption), small accounts fewer still (ORGANIC_SPAM_SIZE_X, an assumption).
SCAMSPOT_ACCOUNT_SPAM_SHARES = (
    0.029, 0.041, 0.062, 0.073, 0.087, 0.087, 0.088, 0.09, 0.152, 0.179,
    0.21, 0.23, 0.443, 0.468, 0.469, 0.508, 0.545, 0.642, 0.714,
)  # fmt: skip
ORGANIC_SPAM_NONE = 0.4  # share of creators no spam bot has found
ORGANIC_SPAM_NICHE_X = (0.1, 0.4)  # uniform multiplier of a ScamSpot share
ORGANIC_SPAM_SIZE_X = {"nano": 0.3, "micro": 0.6}  # mid and larger: 1.0


def organic_spam_share(rng: np.random.Generator, tier: str) -> float:
    """The share of a creator's comment section that third-party spam bots write."""
    if rng.random() < ORGANIC_SPAM_NONE:
        return 0.0
    share = _pick(rng, SCAMSPOT_ACCOUNT_SPAM_SHARES) * rng.uniform(*ORGANIC_SPAM_NICHE_X)
    return float(share * ORGANIC_SPAM_SIZE_X.get(tier, 1.0))


def organic_spam_comments(
    posts: list[dict[str, Any]],
    audience_comments: list[int],
    share: float,
    rng: np.random.Generator,
    *,
    spam_pool: list[str],
    chinese: bool,
    style: DisguiseStyle = TRAIN_STYLE,
) -> list[dict[str, Any]]:
    """Spam that found a creator's posts: about ``share`` of each post's comments (beside its
    ``audience_comments``). Half comes from campaigns (one to three spam texts pasted by 3-20
    bot accounts: Chinese lures disguised anew each time, or a text of ``spam_pool``), half
    from lone bots (``spam_pool``); bots come fast to posts that reach people."""
    if share <= 0.0 or not posts:
        return []
    bots = _accounts(rng, int(rng.integers(3, 21)), "", bot=True)
    if chinese:
        lures = [lure_text(rng, style) for _ in range(int(rng.integers(1, 4)))]
    else:
        lures = [_pick(rng, tuple(spam_pool)) for _ in range(int(rng.integers(1, 4)))]
    # per audience comment, so that spam is about ``share`` of all (from a share of 0.5: one each)
    per_comment = 1.0 if share >= 0.5 else share / (1.0 - share)
    out: list[dict[str, Any]] = []
    for post, k in zip(posts, audience_comments, strict=True):
        for _ in range(int(rng.binomial(max(k, 1), per_comment))):
            delay = float(np.exp(rng.normal(np.log(60), 1.3)))
            if rng.random() < 0.5:
                text = _pick(rng, tuple(lures))
                text = disguise(text, rng, style) if chinese else text
                author = _pick(rng, tuple(bots))
            else:
                text = _pick(rng, tuple(spam_pool))
                author = _accounts(rng, 1, "", bot=True)[0]
            out.append(_comment(post, author, text, delay, rng))
    return out

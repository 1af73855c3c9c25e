"""Independent, blind-written creator simulator for the final hold-out test.

Usage:  python -m evaluation.final_sim --n 2000 --seed 31 --out data/generated/final.jsonl

Each line is one CreatorRecord (data/contract/creator.schema.json) plus two extra keys:
``label`` (1 = fraudulent, 0 = genuine) and ``archetype``.  ``generate(n, seed)`` yields
the same dicts; record i depends only on (seed, i), so output is deterministic.

Genuine archetypes
  steady     organic growth (or slow decline) with day-to-day noise
  viral      one post takes off; engagement and followers surge together, then settle
  giveaway   giveaway post full of @-tag comments, follower jump, partial unfollow later
  shoutout   a bigger account mentions the creator: follower jump, no own viral post
  purge      platform-wide clean-up removes a few percent of followers in one day
  celebrity  1M-20M, verified, low engagement rate, emoji / generic fan comments
  koc        small key-opinion consumer: high engagement, questions, creator replies
Fraud archetypes
  bought_followers  1-3 bursts of purchased accounts, no engagement rise, some purged later
  drip_followers    purchased followers delivered steadily over weeks
  bought_likes      likes inflated (sometimes views too) without comments/shares/saves
  bot_comments      generic / emoji / duplicated comments from bot accounts minutes after posting
  engagement_pod    same small group writes multi-word praise within an hour on most posts
  follow_churn      mass follow then unfollow; following count saw-tooths, hollow follow-backs
  combo:a+b[+c]     two or three of the above
Every fraud record carries an intensity in (0, 1]: subtle (premium aged accounts, small
volumes) to blatant (empty new accounts, huge bursts).

Assumptions
  * Followers are three pools: engaged real, hollow real (giveaway hunters, follow-backs;
    ~10% of an engaged follower's activity) and purchased (engagement ~0).  Post engagement
    follows the engaged pool at posting time; the follower sample mirrors the pool shares
    at ``as_of`` on top of a messy baseline (lurkers, mass-followers, spam, default users).
  * Engagement rate falls with size and varies by platform (Twitter/Weibo low, Douyin/
    TikTok high); views for video platforms, saves matter on RedNote/Instagram, Bilibili
    has coins and danmaku.  Genuine messiness (some spam comments, bot followers, a purge,
    a viral post on a fraud account) appears in both classes.
  * Blocks go missing at the same rates for both classes (plus ~3% profile-only records).
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import time
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import orjson

DAY = 86400
CN_PLATFORMS = {"douyin", "kuaishou", "rednote", "weibo", "bilibili", "wechat_channels"}
PLATFORMS = {
    "douyin": 12,
    "kuaishou": 7,
    "rednote": 11,
    "weibo": 9,
    "bilibili": 7,
    "wechat_channels": 5,
    "instagram": 15,
    "tiktok": 13,
    "youtube": 9,
    "twitter": 8,
    "other": 4,
}
ER_MULT = {
    "douyin": 1.3,
    "kuaishou": 1.15,
    "rednote": 1.0,
    "weibo": 0.35,
    "bilibili": 0.6,
    "wechat_channels": 0.8,
    "instagram": 1.0,
    "tiktok": 1.35,
    "youtube": 0.45,
    "twitter": 0.3,
    "other": 0.7,
}
FORMATS = {
    "douyin": ("video", "video", "video", "live"),
    "kuaishou": ("video", "video", "live"),
    "tiktok": ("video", "video", "video", "live"),
    "wechat_channels": ("video", "video", "live"),
    "youtube": ("video", "video", "video", "live"),
    "bilibili": ("video", "video", "video", "other"),
    "rednote": ("image", "image", "video"),
    "instagram": ("image", "video", "image", "video"),
    "weibo": ("text", "image", "image", "video"),
    "twitter": ("text", "text", "image", "video"),
    "other": ("video", "image", "text", "other"),
}
SAVE_RATE = {
    "rednote": 0.5,
    "instagram": 0.08,
    "douyin": 0.05,
    "tiktok": 0.06,
    "kuaishou": 0.03,
    "bilibili": 0.25,
    "wechat_channels": 0.02,
    "youtube": 0.0,
    "weibo": 0.0,
    "twitter": 0.02,
    "other": 0.03,
}
CATEGORIES = [
    "beauty",
    "food",
    "travel",
    "fitness",
    "tech",
    "fashion",
    "parenting",
    "gaming",
    "music",
    "comedy",
    "education",
    "pets",
    "finance",
    "lifestyle",
    "auto",
]

GENUINE_W = {
    "steady": 30,
    "viral": 12,
    "giveaway": 8,
    "shoutout": 9,
    "purge": 8,
    "celebrity": 10,
    "koc": 23,
}
FRAUD_W = {
    "bought_followers": 22,
    "drip_followers": 12,
    "bought_likes": 13,
    "bot_comments": 14,
    "engagement_pod": 12,
    "follow_churn": 9,
    "combo": 18,
}
FRAUD_SHARE = 0.45

# --------------------------------------------------------------------------- text pools
NOUNS_CN = {
    "beauty": ["粉底液", "口红", "眼影盘", "防晒", "精华"],
    "food": ["酱料", "锅", "这家店", "配方", "烤箱"],
    "travel": ["民宿", "路线", "相机", "机票", "背包"],
    "fitness": ["蛋白粉", "瑜伽垫", "跑鞋", "计划", "哑铃"],
    "tech": ["耳机", "键盘", "手机壳", "显示器", "充电器"],
    "fashion": ["外套", "裙子", "包包", "鞋子", "帽子"],
    "parenting": ["奶粉", "推车", "绘本", "辅食机", "纸尿裤"],
    "gaming": ["手柄", "显卡", "键位设置", "皮肤", "耳麦"],
    "music": ["吉他", "声卡", "麦克风", "谱子", "伴奏"],
    "comedy": ["BGM", "滤镜", "剧本", "衣服", "道具"],
    "education": ["课程", "笔记本", "资料", "网课", "单词书"],
    "pets": ["猫粮", "猫砂", "狗绳", "驱虫药", "猫爬架"],
    "finance": ["基金", "理财App", "信用卡", "保险", "记账本"],
    "lifestyle": ["香薰", "台灯", "收纳盒", "床品", "杯子"],
    "auto": ["行车记录仪", "轮胎", "座椅套", "车膜", "香水"],
}
NOUNS_EN = {
    "beauty": ["foundation", "lip tint", "palette", "sunscreen", "serum"],
    "food": ["sauce", "pan", "recipe", "oven", "knife"],
    "travel": ["hostel", "route", "camera", "backpack", "lens"],
    "fitness": ["protein", "mat", "running shoes", "program", "band"],
    "tech": ["headphones", "keyboard", "monitor", "charger", "case"],
    "fashion": ["jacket", "dress", "bag", "boots", "hat"],
    "parenting": ["stroller", "carrier", "book", "bottle", "high chair"],
    "gaming": ["controller", "GPU", "headset", "build", "mouse"],
    "music": ["guitar", "interface", "mic", "pedal", "chord chart"],
    "comedy": ["song", "filter", "outfit", "set", "mic"],
    "education": ["course", "notebook", "flashcards", "textbook", "planner"],
    "pets": ["food", "litter", "harness", "tower", "brush"],
    "finance": ["index fund", "budget app", "card", "broker", "spreadsheet"],
    "lifestyle": ["candle", "lamp", "rug", "sheets", "mug"],
    "auto": ["dashcam", "tires", "wax", "seat covers", "wipers"],
}
WHO_CN = ["学生党", "敏感肌", "新手", "上班族", "小个子", "宝妈", "干皮", "南方人", "零基础"]
WHO_EN = [
    "beginners",
    "oily skin",
    "short people",
    "students",
    "a tiny apartment",
    "someone over 40",
    "cold weather",
]
OP_CN = [
    "真的好用",
    "有点踩雷",
    "效果一般般",
    "回购第三次了",
    "比想象中好",
    "味道有点重",
    "性价比很高",
]
OP_EN = [
    "absolutely worth it",
    "honestly kinda meh",
    "my partner loves it",
    "it broke after a month",
    "10/10 would buy again",
]
Q_CN = [
    "{x}在哪里买的呀",
    "这个{x}适合{w}吗",
    "求{x}链接！",
    "{x}大概多少钱啊",
    "请问用的是哪款{x}",
    "上次推荐的{x}买了，{o}",
    "能出一期{w}的{x}推荐吗",
    "第{n}个{x}是什么牌子",
    "{w}可以试试吗，有点犹豫",
    "跟着做了一遍，{o}",
    "看了三遍终于学会了，{x}选得好",
    "{x}用了多久了？想知道耐不耐用",
    "博主的{x}和上期那个比哪个好",
    "{n}分钟那里没看懂，能再讲讲吗",
    "我家那个{x}也是这样，{o}",
    "求问{x}尺寸多大",
    "真实！{w}表示很有共鸣",
]
Q_EN = [
    "Where did you get the {x}?",
    "Would this work for {w}?",
    "Tried the {x} you recommended, {o}",
    "Can you do one on {x} for {w}?",
    "What's the {x} at {n}:{s}?",
    "How much was the {x}?",
    "Been following since {y}, {o}",
    "The part about the {x} was so helpful, thank you",
    "Does the {x} hold up after a few months?",
    "Wait how did you get it that {a}?",
    "Not sure I agree about the {x} but great breakdown",
    "Lol the {x} at the end {e}",
    "Saving this for later, need a new {x} anyway",
    "Is there a cheaper alternative to the {x}?",
]
ADJ_EN = ["smooth", "crispy", "clean", "bright", "quiet", "fast", "soft"]
GENERIC_CN = [
    "好看",
    "太棒了",
    "支持",
    "赞",
    "666",
    "厉害了",
    "爱了爱了",
    "沙发",
    "来了来了",
    "好好看啊",
    "绝了",
    "不错不错",
    "哈哈哈哈",
    "真好",
    "学到了",
    "顶",
    "加油",
    "第一",
]
GENERIC_EN = [
    "Nice",
    "Amazing",
    "Love this",
    "Great post",
    "Wow",
    "So cool",
    "Awesome!",
    "Beautiful",
    "Yes!!",
    "Love it",
    "Great",
    "lol",
    "first",
    "Cute",
    "Fire",
    "W",
]
EMOJI = [
    "😍😍",
    "🔥",
    "👍👍👍",
    "❤️",
    "👏👏",
    "😂😂😂",
    "🙌",
    "💯",
    "🥰",
    "✨✨",
    "😭❤️",
    "🔥🔥🔥",
    "👀",
]
STICKERS = [
    "[赞]",
    "[赞][赞]",
    "[爱心]",
    "[666]",
    "[玫瑰]",
    "[鼓掌]",
    "[doge]",
    "[笑哭]",
    "[比心]",
    "[送心]",
    "[强]",
    "[微笑]",
    "[打call]",
    "[捂脸]",
]
SPAM_CN = [
    "互关互赞，回关必回",
    "宝子看看我主页",
    "私信有惊喜哦",
    "兼职日结，有意私",
    "点我头像领福利",
    "关注我每天分享好物",
    "互粉互粉",
    "加v了解一下副业",
]
SPAM_EN = [
    "Check my page 💯",
    "DM us for a collab 📩",
    "Send this to @promo.hub to get featured!",
    "Follow for follow?",
    "I made $5k this week, ask me how",
    "Nice pic! DM @{u} for promo",
    "f4f l4l",
]
POD_EN = [
    "This is absolutely stunning, love it!",
    "Such great content as always!",
    "Wow this is amazing, keep it up!",
    "Love your feed so much!",
    "Great shot, so inspiring!",
    "Obsessed with this look!",
    "You always deliver, love this!",
    "This made my whole day, thank you!",
    "Incredible work as usual!",
    "So much good energy here, love it",
    "Goals! This is so beautiful",
    "Can't stop looking at this, amazing",
    "Always here for your posts!",
    "Such a vibe, love everything about this",
    "Absolutely gorgeous, great job!",
]
POD_CN = [
    "太好看了吧，爱了爱了",
    "博主的内容一直都这么棒",
    "每一条都好喜欢，支持支持",
    "质量太高了吧，已收藏",
    "又是被博主美到的一天",
    "太有质感了，学习了",
    "每次更新都来支持，太棒了",
    "这也太用心了吧，必须点赞",
    "好喜欢这种风格，继续加油",
    "真的是宝藏博主，冲冲冲",
    "画面太舒服了，治愈了",
    "一直在追更，越来越好了",
]
FAN_CN = [
    "哥哥好帅",
    "姐姐我爱你",
    "永远支持你",
    "前排",
    "打卡",
    "来了来了",
    "啊啊啊啊啊",
    "好想你",
    "新歌什么时候出",
    "老公！",
    "冲鸭",
    "饭拍在哪里",
    "下次来{c}开演唱会吧",
]
FAN_EN = [
    "Love you queen",
    "first!",
    "ily",
    "GOAT",
    "notice me pls",
    "MOTHER",
    "iconic",
    "we love you",
    "come to {c} pls",
    "the legend",
    "😭😭 love you",
]
CITIES_CN = ["成都", "上海", "武汉", "西安", "长沙", "广州"]
CITIES_EN = ["Brazil", "Manila", "Chicago", "London", "Jakarta", "Toronto"]
REPLY_CN = [
    "链接在主页置顶",
    "可以的，我也是{w}",
    "下期安排！",
    "谢谢支持～",
    "大概两百多",
    "在置顶评论里",
    "哈哈是的",
    "用了半年了，还可以",
    "尺码偏大，建议拍小一码",
    "我也踩过雷，别买",
]
REPLY_EN = [
    "thank you!!",
    "link's in my bio",
    "yes it does!",
    "planning one next week 🙌",
    "about $40 I think",
    "haha right?",
    "I'll pin the details",
    "good question, it's the {x}",
    "lol glad you noticed",
]
GIVEAWAY_CN = ["@{u} @{v}", "抽我抽我 @{u}", "参与 @{u} @{v} @{t}", "@{u} 快来", "许愿中奖 @{u}"]
GIVEAWAY_EN = [
    "@{u} @{v}",
    "@{u} we need this!!",
    "entering! @{u} @{v} @{t}",
    "@{u} 🤞",
    "done ✅ @{u}",
]
BIO_CN = [
    "",
    "",
    "",
    "大学生",
    "设计师",
    "热爱生活",
    "🌸",
    "吃货一枚",
    "努力搬砖中",
    "宝妈",
    "摄影爱好者",
    "一只猫奴",
    "成都 | 95后",
    "什么都想学一点",
    "健身打卡中",
]
BIO_EN = [
    "",
    "",
    "",
    "coffee & books",
    "runner",
    "mom of 2",
    "🌸",
    "designer",
    "she/her",
    "living my best life",
    "NYC",
    "dog dad",
    "student",
    "photography | travel",
    "just vibes",
]
BIO_SPAM = [
    "互关必回",
    "接推广 vx:",
    "Follow for follow",
    "DM for promo 💰",
    "crypto | forex | 💸",
    "副业日入300+",
    "f4f",
]
PINYIN = [
    "xiao",
    "yu",
    "lin",
    "chen",
    "wang",
    "li",
    "mei",
    "jie",
    "hao",
    "ming",
    "tian",
    "yun",
    "zhi",
    "fei",
    "qing",
    "le",
    "an",
    "xin",
    "bo",
    "lu",
    "wei",
    "yan",
    "zi",
    "hua",
]
EN_FIRST = [
    "emma",
    "liam",
    "olivia",
    "noah",
    "ava",
    "mia",
    "lucas",
    "zoe",
    "jack",
    "lily",
    "sam",
    "nina",
    "leo",
    "maya",
    "alex",
    "kai",
    "sara",
    "ben",
    "chloe",
    "ryan",
]
EN_WORD = [
    "sunny",
    "cozy",
    "wild",
    "daily",
    "the",
    "real",
    "its",
    "official",
    "little",
    "blue",
    "moon",
    "pixel",
]
CN_NICK = [
    "小鱼儿",
    "阿杰不吃香菜",
    "今天也要开心",
    "橘子汽水",
    "快乐星球",
    "芝士就是力量",
    "晚风",
    "一只小胖猫",
    "山有木兮",
    "追风少年",
    "奶茶续命",
    "江南烟雨",
    "深夜食堂",
    "柠檬不萌",
    "阳光男孩",
    "大白",
]


def _ts(sec: float) -> str:
    return datetime.fromtimestamp(int(sec), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _day(sec: float) -> str:
    return datetime.fromtimestamp(int(sec), UTC).strftime("%Y-%m-%d")


def _pick(rng: random.Random, weights: dict[str, float]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _lognorm(rng: random.Random, median: float, sigma: float) -> float:
    return median * math.exp(rng.gauss(0.0, sigma))


# --------------------------------------------------------------------------- names & accounts
def _username(rng: random.Random, cn: bool, kind: str = "real") -> str:
    if kind == "bot":
        style = rng.random()
        if style < 0.35:
            return "user" + str(rng.randint(10**6, 10**10))
        if style < 0.7:
            return "".join(rng.choices("abcdefghijklmnopqrstuvwxyz", k=rng.randint(3, 6))) + str(
                rng.randint(10**4, 10**9)
            )
        base = rng.choice(PINYIN) + rng.choice(PINYIN) if cn else rng.choice(EN_FIRST)
        return f"{base}{rng.choice(['', '_', '.'])}{rng.randint(10**6, 10**8)}"
    if cn:
        name = rng.choice(PINYIN) + rng.choice(["", "_", "."]) + rng.choice(PINYIN)
        if rng.random() < 0.3:
            name += rng.choice(PINYIN)
    else:
        name = (
            rng.choice([rng.choice(EN_FIRST), rng.choice(EN_WORD)])
            + rng.choice(["", "_", "."])
            + rng.choice(EN_FIRST + EN_WORD)
        )
    if rng.random() < 0.45:
        name += str(rng.randint(1, 99) if rng.random() < 0.7 else rng.randint(1980, 2008))
    return name


def _account(
    rng: random.Random,
    kind: str,
    cn: bool,
    platform: str,
    as_of: float,
    burst_at: float | None = None,
    tier: float = 0.0,
) -> dict:
    """One follower profile. kind: real, lurker, mass, spam, default, bought."""
    created = as_of - rng.uniform(60, 4000) * DAY
    last_post: float | None = as_of - _lognorm(rng, 12, 1.3) * DAY
    avatar, private, bio, url = (
        rng.random() < 0.9,
        rng.random() < (0.3 if platform == "instagram" else 0.08),
        rng.choice(BIO_CN if cn else BIO_EN),
        rng.random() < 0.05,
    )
    uname = _username(rng, cn)
    if kind == "real":
        fol, fing, posts = _lognorm(rng, 150, 1.3), _lognorm(rng, 280, 0.9), _lognorm(rng, 60, 1.4)
    elif kind == "lurker":
        fol, fing, posts = (
            _lognorm(rng, 15, 1.2),
            _lognorm(rng, 120, 1.0),
            rng.choice([0, 0, 1, 2, 3, 5]),
        )
        avatar, bio = rng.random() < 0.6, rng.choice(["", "", "", bio])
        last_post = None if posts == 0 else as_of - _lognorm(rng, 200, 1.0) * DAY
    elif kind == "mass":
        fol, fing, posts = _lognorm(rng, 600, 1.2), rng.uniform(1500, 7500), _lognorm(rng, 120, 1.2)
        url = rng.random() < 0.3
    elif kind == "spam":
        fol, fing, posts = _lognorm(rng, 80, 1.5), _lognorm(rng, 2500, 0.7), _lognorm(rng, 30, 1.5)
        bio, url, created = (
            rng.choice(BIO_SPAM),
            rng.random() < 0.6,
            as_of - rng.uniform(10, 700) * DAY,
        )
        uname = _username(rng, cn, "bot")
    elif kind == "default":  # never customised: default handle, no avatar, reads only
        fol, fing, posts = rng.randint(0, 12), _lognorm(rng, 40, 1.0), 0
        avatar, bio, last_post = False, "", None
        uname = ("用户" if cn and rng.random() < 0.5 else "user") + str(rng.randint(10**7, 10**11))
    else:  # bought: tier 0 = cheap fresh farm account, 1 = premium aged/stolen-avatar account
        premium = rng.random() < tier
        if premium:
            fol, fing, posts = (
                _lognorm(rng, 60, 1.0),
                _lognorm(rng, 900, 0.6),
                _lognorm(rng, 8, 1.0),
            )
            avatar, bio = rng.random() < 0.85, rng.choice(BIO_CN if cn else BIO_EN)
            created = as_of - rng.uniform(200, 2500) * DAY
            last_post = created + rng.uniform(0.1, 0.7) * (as_of - created)
            uname = _username(rng, cn) if rng.random() < 0.6 else _username(rng, cn, "bot")
        else:
            fol, fing, posts = (
                rng.choice([0, 0, 1, 2, 3, rng.randint(4, 40)]),
                rng.uniform(200, 7500),
                rng.choice([0, 0, 0, 1, 2]),
            )
            avatar, bio, url = (
                rng.random() < 0.25,
                rng.choice(["", "", "", "", rng.choice(BIO_SPAM)]),
                False,
            )
            anchor = burst_at if burst_at is not None else as_of - rng.uniform(30, 400) * DAY
            created = anchor - rng.uniform(1, 45) * DAY
            last_post = None if posts == 0 else created + rng.uniform(0, 5) * DAY
            private = rng.random() < 0.05
            uname = _username(rng, cn, "bot")
    created = min(created, as_of - DAY)
    acc = {
        "id": f"u{rng.getrandbits(48):012x}",
        "username": uname,
        "followers": int(fol),
        "following": int(fing),
        "posts": int(posts),
        "has_avatar": avatar,
        "is_private": private,
        "bio": bio,
        "created_at": _day(created),
    }
    if rng.random() < 0.4:
        acc["display_name"] = (
            rng.choice(CN_NICK) if cn else uname.replace("_", " ").replace(".", " ").title()
        )
    if rng.random() < 0.7:
        acc["has_url"] = url
    if last_post is not None and rng.random() < 0.85:
        acc["last_post_at"] = _day(min(max(last_post, created), as_of))
    return acc


# --------------------------------------------------------------------------- comments
def _fill(rng: random.Random, tmpl: str, cn: bool, cat: str, handles: list[str]) -> str:
    nouns = (NOUNS_CN if cn else NOUNS_EN)[cat]
    return tmpl.format(
        x=rng.choice(nouns),
        w=rng.choice(WHO_CN if cn else WHO_EN),
        o=rng.choice(OP_CN if cn else OP_EN),
        n=rng.randint(1, 9),
        s=f"{rng.randint(0, 59):02d}",
        y=rng.randint(2016, 2024),
        a=rng.choice(ADJ_EN),
        e=rng.choice(EMOJI),
        c=rng.choice(CITIES_CN if cn else CITIES_EN),
        u=rng.choice(handles),
        v=rng.choice(handles),
        t=rng.choice(handles),
    )


def _genuine_text(rng: random.Random, cn: bool, cat: str, handles: list[str], style: str) -> str:
    r = rng.random()
    if style == "celebrity":
        mix = (0.35, 0.25, 0.1, 0.25)  # fan, emoji/sticker, substantive, generic
    elif style == "koc":
        mix = (0.0, 0.07, 0.75, 0.14)
    else:
        mix = (0.03, 0.15, 0.5, 0.27)
    if r < mix[0]:
        return _fill(rng, rng.choice(FAN_CN if cn else FAN_EN), cn, cat, handles)
    r -= mix[0]
    if r < mix[1]:
        return rng.choice(STICKERS + EMOJI[:4]) if cn else rng.choice(EMOJI)
    r -= mix[1]
    if r < mix[2]:
        return _fill(rng, rng.choice(Q_CN if cn else Q_EN), cn, cat, handles)
    r -= mix[2]
    if r < mix[3]:
        g = rng.choice(GENERIC_CN if cn else GENERIC_EN)
        return g + (
            rng.choice(STICKERS)
            if cn and rng.random() < 0.3
            else rng.choice(["", "", "!", " " + rng.choice(EMOJI)])
        )
    if rng.random() < 0.5:  # mention a friend
        return _fill(
            rng,
            "@{u} "
            + rng.choice(
                ["看这个", "你要的", "哈哈哈像你"]
                if cn
                else ["look", "this is you", "we need this"]
            ),
            cn,
            cat,
            handles,
        )
    return _fill(rng, rng.choice(SPAM_CN if cn else SPAM_EN), cn, cat, handles)


# --------------------------------------------------------------------------- follower dynamics
class Pools:
    """Daily follower pools (relative units): engaged real, hollow real, purchased."""

    def __init__(self, days: int, real0: float, hollow0: float, fake0: float) -> None:
        self.days = days
        self.d_real = [0.0] * days
        self.d_hollow = [0.0] * days
        self.d_fake = [0.0] * days
        self.start = (real0, hollow0, fake0)
        self.following = [0.0] * days

    def add(self, pool: str, day: int, amount: float, spread: int = 1, decay: float = 0.0) -> None:
        arr = {"real": self.d_real, "hollow": self.d_hollow, "fake": self.d_fake}[pool]
        spread = max(1, spread)
        w = [math.exp(-decay * k) for k in range(spread)]
        tot = sum(w)
        for k in range(spread):
            if 0 <= day + k < self.days:
                arr[day + k] += amount * w[k] / tot

    def series(self) -> tuple[list[float], list[float], list[float]]:
        out = []
        for start, deltas in zip(
            self.start, (self.d_real, self.d_hollow, self.d_fake), strict=False
        ):
            v, s = start, []
            for d in deltas:
                v = max(0.0, v + d)
                s.append(v)
            out.append(s)
        return out[0], out[1], out[2]


def _organic(rng: random.Random, pools: Pools, annual: float) -> None:
    daily = math.log1p(annual) / 365
    level = pools.start[0]
    for t in range(pools.days):
        season = 1 + 0.25 * math.sin(2 * math.pi * t / 7 + 1.3)
        delta = level * daily * season * (1 + rng.gauss(0, 0.6)) + level * rng.gauss(0, 0.0008)
        pools.d_real[t] += delta
        pools.d_hollow[t] += 0.08 * abs(delta) * rng.random()
        level += delta


# --------------------------------------------------------------------------- one creator
def _creator(rng: random.Random, idx: int) -> dict:
    fraud = rng.random() < FRAUD_SHARE
    arch = _pick(rng, FRAUD_W if fraud else GENUINE_W)  # type: ignore[arg-type]
    tactics = [arch]
    if arch == "combo":
        opts = [k for k in FRAUD_W if k != "combo"]
        tactics = rng.sample(opts, rng.choice([2, 2, 3]))
        arch = "combo:" + "+".join(sorted(tactics))
    intensity = min(1.0, 0.08 + rng.random() ** 0.8) if fraud else 0.0
    platform = _pick(rng, PLATFORMS)  # type: ignore[arg-type]
    cn = platform in CN_PLATFORMS or (platform == "other" and rng.random() < 0.3)
    cat = rng.choice(CATEGORIES)
    as_of = datetime(2025, 5, 1, tzinfo=UTC).timestamp() + rng.uniform(0, 420) * DAY
    as_of = as_of - as_of % 3600

    # ---- size
    if arch == "celebrity":
        final = _lognorm(rng, 3e6, 0.9)
    elif arch == "koc":
        final = _lognorm(rng, 6000, 0.8)
    else:
        final = (
            math.exp(rng.uniform(math.log(1500), math.log(4e6)))
            if rng.random() < 0.8
            else _lognorm(rng, 30000, 1.5)
        )
    final = int(min(2.2e7, max(900, final)))

    days = rng.choice([60, 90, 90, 120, 180, 180, 180, 270, 365]) + rng.randint(-5, 5)
    start_ts = as_of - days * DAY
    annual = rng.choice([_lognorm(rng, 0.4, 0.9), _lognorm(rng, 0.15, 0.7), -rng.uniform(0, 0.15)])
    if arch == "celebrity":
        annual = rng.uniform(-0.05, 0.3)
    legacy_fake = 0.0
    if "bought_followers" in tactics and rng.random() < 0.3:
        legacy_fake = intensity * rng.uniform(
            0.2, 1.5
        )  # bought before the window: invisible in history
    pools = Pools(days, 1.0, rng.uniform(0.03, 0.15), legacy_fake)
    _organic(rng, pools, annual)
    events: dict[str, list[int]] = {"viral": [], "giveaway": []}

    def lvl(t: int) -> float:  # rough engaged level for sizing events
        return 1.0 + sum(pools.d_real[:t])

    gen_events = (
        [] if fraud else [arch]
    )  # a list, not a set: iteration order must not depend on hashing
    if fraud and rng.random() < 0.15:
        gen_events.append(rng.choice(["viral", "shoutout", "purge"]))  # messiness on fraud accounts
    if not fraud and arch in ("steady", "koc", "celebrity") and rng.random() < 0.12:
        gen_events.append(rng.choice(["viral", "shoutout", "purge", "giveaway"]))
    purge_day = -1
    for ev in gen_events:
        t = rng.randint(days // 6, days - 8)
        if ev == "viral":
            events["viral"].append(t)
            pools.add(
                "real",
                t,
                lvl(t) * rng.uniform(0.08, 1.2),
                rng.randint(3, 12),
                rng.uniform(0.2, 0.7),
            )
            pools.add("hollow", t, lvl(t) * rng.uniform(0.01, 0.1), 5, 0.4)
        elif ev == "giveaway":
            events["giveaway"].append(t)
            gain = lvl(t) * rng.uniform(0.05, 0.4)
            pools.add("hollow", t, gain * 0.8, rng.randint(2, 5), 0.5)
            pools.add("real", t, gain * 0.2, 4, 0.5)
            pools.add(
                "hollow",
                t + rng.randint(3, 10),
                -gain * 0.8 * rng.uniform(0.15, 0.5),
                rng.randint(10, 30),
                0.08,
            )
        elif ev == "shoutout":
            gain = lvl(t) * rng.uniform(0.04, 0.5)
            pools.add("real", t, gain * 0.6, rng.randint(1, 4), 0.8)
            pools.add("hollow", t, gain * 0.4, rng.randint(1, 4), 0.8)
            pools.add("real", t + 5, -gain * 0.06, 20)
        elif ev == "purge":
            purge_day = t  # applied after the fraud tactics so it also hits purchased accounts

    fake_tier = min(
        1.0, max(0.0, 1.1 - intensity + rng.gauss(0, 0.2))
    )  # share of premium bought accounts
    burst_days: list[int] = []
    if "bought_followers" in tactics:
        for _ in range(rng.choice([1, 1, 2, 3])):
            t = rng.randint(3, days - 3)
            size = lvl(t) * intensity * rng.uniform(0.08, 1.6)
            burst_days.append(t)
            pools.add("fake", t, size, rng.randint(1, 3), 0.3)
            if rng.random() < 0.4:  # platform or vendor clean-up of part of the batch
                pools.add(
                    "fake", t + rng.randint(6, 50), -size * rng.uniform(0.1, 0.6), rng.randint(1, 3)
                )
    if "drip_followers" in tactics:
        t0 = rng.randint(0, max(1, days - 20))
        length = min(days - t0, rng.randint(14, 75))
        rate = intensity * rng.uniform(0.003, 0.02)
        burst_days.append(t0 + length // 2)
        for k in range(length):
            pools.add("fake", t0 + k, lvl(t0 + k) * rate * rng.uniform(0.85, 1.15))
    churn = "follow_churn" in tactics
    following0 = (
        rng.uniform(1500, 6000)
        if churn
        else min(7000.0, _lognorm(rng, 40, 1.0) if arch == "celebrity" else _lognorm(rng, 350, 1.0))
    )
    fol_cur = following0
    t = rng.randint(0, 10)
    for d in range(days):
        if not churn:
            fol_cur = max(0.0, fol_cur + rng.choice([0, 0, 0, 0, 1, 1, -1]))
        pools.following[d] = fol_cur
    if churn:
        while t < days - 3:
            ups, added = rng.randint(2, 7), 0.0
            for k in range(ups):
                n = following0 * intensity * rng.uniform(0.04, 0.15) + rng.uniform(30, 150)
                added += n
                for d in range(t + k, days):
                    pools.following[d] += n
            back = lvl(t) * added * rng.uniform(0.08, 0.25) / final  # follow-backs, relative units
            pools.add("hollow", t, back, ups + 3)
            down = t + ups + rng.randint(0, 3)
            pools.add("hollow", down + 1, -back * rng.uniform(0.2, 0.5), rng.randint(2, 8))
            for d in range(down, days):
                pools.following[d] -= added * rng.uniform(0.9, 1.0)
            t = down + rng.randint(3, 18)
    if purge_day >= 0:
        r, h, f = pools.series()
        frac = rng.uniform(0.01, 0.06)
        pools.add("real", purge_day, -r[purge_day] * frac * 0.5)
        pools.add("hollow", purge_day, -h[purge_day] * frac * 2)
        pools.add("fake", purge_day, -f[purge_day] * min(0.9, frac * 8))
    r_s, h_s, f_s = pools.series()
    tot_rel = [r + h + f for r, h, f in zip(r_s, h_s, f_s, strict=False)]
    scale = final / max(tot_rel[-1], 1e-9)
    history_counts = [round(x * scale) for x in tot_rel]
    engaged = [(r + 0.1 * h + 0.003 * f) * scale for r, h, f in zip(r_s, h_s, f_s, strict=False)]
    final = history_counts[-1]

    # ---- posts
    er = min(0.25, _lognorm(rng, 0.06, 0.45) * (final / 1e3) ** -0.17 * ER_MULT[platform])
    if arch == "celebrity":
        er *= rng.uniform(0.15, 0.45)
    if arch == "koc":
        er *= rng.uniform(1.4, 2.5)
    c_ratio = _lognorm(
        rng, {"weibo": 0.08, "rednote": 0.07, "bilibili": 0.05}.get(platform, 0.035), 0.4
    )
    n_posts = max(3, min(150, int(_lognorm(rng, 28, 0.5))))
    post_days = sorted(rng.uniform(0.5, days - 0.2) for _ in range(n_posts))
    for t in events["viral"] + events["giveaway"]:
        post_days.append(t + rng.uniform(-0.8, 0.2))
    post_days.sort()
    pod_size = rng.randint(6, 25) if "engagement_pod" in tactics else 0
    pod_members = [_username(rng, cn) for _ in range(pod_size)]
    pod_cover = rng.uniform(0.65, 1.0)
    like_boost_p = rng.uniform(0.3, 1.0)
    buy_views = rng.random() < 0.4
    bot_share = intensity * rng.uniform(0.3, 0.9) if "bot_comments" in tactics else 0.0
    bot_texts = rng.sample(
        GENERIC_CN + STICKERS + EMOJI if cn else GENERIC_EN + EMOJI + POD_EN[:4], rng.randint(4, 14)
    )
    fans = [_username(rng, cn) for _ in range(max(15, min(400, int(_lognorm(rng, 120, 0.6)))))]
    bots = [_username(rng, cn, "bot") for _ in range(rng.randint(15, 120))]
    formats = FORMATS[platform]
    posts, post_meta = [], []
    for i, pd in enumerate(post_days):
        ts = start_ts + pd * DAY
        ts = (
            ts
            - ts % 86400
            + rng.choice([8, 11, 12, 13, 18, 19, 20, 21, 22, 23, 2, 14]) * 3600
            + rng.randint(0, 3599)
        )
        ts = min(ts, as_of - 600)
        d = max(0, min(days - 1, int((ts - start_ts) / DAY)))
        maturity = 1 - math.exp(-max(0.02, (as_of - ts) / DAY) / 1.2)
        sponsored = rng.random() < (0.15 if final > 20000 else 0.04)
        mult = _lognorm(rng, 1.0, 0.5) * (0.7 if sponsored else 1.0) * maturity
        kind = "normal"
        if any(abs(pd - v) < 1.0 for v in events["viral"]):
            mult *= rng.uniform(6, 40)
            kind = "viral"
        elif any(abs(pd - g) < 1.0 for g in events["giveaway"]):
            mult *= rng.uniform(2, 6)
            kind = "giveaway"
        likes = engaged[d] * er * mult
        comments = (
            likes * c_ratio * (rng.uniform(4, 15) if kind == "giveaway" else _lognorm(rng, 1, 0.3))
        )
        shares = likes * _lognorm(rng, 0.04, 0.6) * (2 if kind == "viral" else 1)
        saves = likes * SAVE_RATE[platform] * _lognorm(rng, 1, 0.4)
        views = likes / _lognorm(rng, 0.06, 0.4)
        if "bought_likes" in tactics and rng.random() < like_boost_p:
            boost = 1 + intensity * rng.uniform(1.0, 12.0)
            likes *= boost
            if buy_views:
                views *= 1 + (boost - 1) * rng.uniform(0.3, 1.0)
        bot_n = 0
        if bot_share:
            bot_n = int(
                comments * bot_share / (1 - bot_share) * rng.uniform(0.6, 1.4)
                + rng.random() * intensity * 20
            )
        pod_here = pod_size and rng.random() < pod_cover
        pod_n = int(pod_size * rng.uniform(0.5, 0.95)) if pod_here else 0
        likes += pod_n
        post = {
            "post_id": f"p{i}",
            "posted_at": _ts(ts),
            "format": rng.choice(formats),
            "likes": int(likes),
            "comments": int(comments) + bot_n + pod_n,
            "shares": int(shares),
            "saves": int(saves),
            "sponsored": sponsored,
        }
        if platform in (
            "douyin",
            "kuaishou",
            "tiktok",
            "youtube",
            "bilibili",
            "wechat_channels",
        ) or (post["format"] == "video" and rng.random() < 0.6):
            post["views"] = int(views)
        if platform == "bilibili":
            post["coins"] = int(likes * _lognorm(rng, 0.25, 0.5))
            post["danmaku"] = int(comments * _lognorm(rng, 0.8, 0.7))
        if rng.random() < 0.05:
            post.pop("saves")
        posts.append(post)
        post_meta.append((ts, int(comments), bot_n, pod_n, kind))

    # ---- comment sample
    target = int(_lognorm(rng, 200, 0.5))
    total_c = sum(m[1] + m[2] + m[3] for m in post_meta) or 1
    handle = _username(rng, cn)
    reply_rate = rng.uniform(0.12, 0.35) if arch == "koc" else rng.uniform(0.0, 0.06)
    comments_out: list[dict] = []
    for post, (ts, real_n, bot_n, pod_n, kind) in zip(posts, post_meta, strict=False):
        quota = target * (real_n + bot_n + pod_n) / total_c
        k_real = min(real_n, int(quota * real_n / max(1, real_n + bot_n + pod_n) + rng.random()))
        k_bot = min(bot_n, int(quota * bot_n / max(1, real_n + bot_n + pod_n) + rng.random()))
        for _ in range(k_real):
            at = ts + min(_lognorm(rng, 3 * 3600, 1.4), 20 * DAY)
            author = (
                rng.choice(fans[: max(5, len(fans) // 3)])
                if rng.random() < 0.4
                else rng.choice(fans)
            )
            if kind == "giveaway" and rng.random() < 0.7:
                text = _fill(rng, rng.choice(GIVEAWAY_CN if cn else GIVEAWAY_EN), cn, cat, fans)
            else:
                text = _genuine_text(
                    rng, cn, cat, fans, arch if arch in ("celebrity", "koc") else "normal"
                )
            likes = int(_lognorm(rng, 1.5, 1.3)) if rng.random() < 0.6 else 0
            comments_out.append(
                {
                    "post_id": post["post_id"],
                    "author": author,
                    "text": text,
                    "posted_at": _ts(min(at, as_of)),
                    "likes": likes,
                }
            )
            if rng.random() < reply_rate:
                rtext = _fill(rng, rng.choice(REPLY_CN if cn else REPLY_EN), cn, cat, fans)
                rtext = f"回复{author}：{rtext}" if cn else f"@{author} {rtext}"
                comments_out.append(
                    {
                        "post_id": post["post_id"],
                        "author": handle,
                        "text": rtext,
                        "posted_at": _ts(min(at + _lognorm(rng, 4 * 3600, 1.0), as_of)),
                        "likes": int(_lognorm(rng, 2, 1.0)),
                        "from_creator": True,
                    }
                )
        for _ in range(k_bot):
            at = ts + rng.uniform(20, 40 * 60 * (1.5 - intensity))
            text = rng.choice(bot_texts)
            if rng.random() < 0.15:
                text = rng.choice(SPAM_CN if cn else SPAM_EN).replace("{u}", rng.choice(bots))
            comments_out.append(
                {
                    "post_id": post["post_id"],
                    "author": rng.choice(bots),
                    "text": text,
                    "posted_at": _ts(min(at, as_of)),
                    "likes": 0 if rng.random() < 0.9 else 1,
                }
            )
        for m in rng.sample(pod_members, pod_n):
            at = ts + rng.uniform(60, 3600 * rng.choice([0.5, 1.0, 1.0, 1.5]))
            comments_out.append(
                {
                    "post_id": post["post_id"],
                    "author": m,
                    "text": rng.choice(POD_CN if cn else POD_EN),
                    "posted_at": _ts(min(at, as_of)),
                    "likes": rng.choice([0, 0, 1, 2, 3]),
                }
            )
    comments_out = comments_out[:20000]

    # ---- follower sample
    sample_n = (
        rng.choice([100, 100, 150, 200, 200, 200]) if rng.random() < 0.85 else rng.randint(30, 500)
    )
    fake_share = f_s[-1] / max(tot_rel[-1], 1e-9)
    hollow_share = h_s[-1] / max(tot_rel[-1], 1e-9)
    base = {
        "real": rng.uniform(0.45, 0.75),
        "lurker": rng.uniform(0.12, 0.35),
        "mass": rng.uniform(0.02, 0.1),
        "spam": rng.uniform(0.01, 0.08) * (2.5 if arch == "celebrity" else 1),
        "default": rng.uniform(0.02, 0.12),
    }
    btot = sum(base.values())
    sample = []
    bursts_ts = [start_ts + b * DAY for b in burst_days] or [None]  # type: ignore[list-item]
    for _ in range(sample_n):
        u = rng.random()
        if u < fake_share:
            sample.append(
                _account(rng, "bought", cn, platform, as_of, rng.choice(bursts_ts), fake_tier)
            )
        elif u < fake_share + hollow_share:
            sample.append(
                _account(
                    rng,
                    rng.choice(
                        ["mass", "mass", "lurker", "spam"] if churn else ["mass", "lurker", "real"]
                    ),
                    cn,
                    platform,
                    as_of,
                )
            )
        else:
            kind = rng.choices(list(base), weights=[v / btot for v in base.values()])[0]
            sample.append(_account(rng, kind, cn, platform, as_of))

    # ---- history snapshots
    with_following = (
        rng.random() < 0.65
    )  # same for every archetype: missingness must not leak the label
    history = []
    for d in range(days):
        if rng.random() < 0.04:
            continue  # crawler gaps
        snap = {"date": _day(start_ts + (d + 1) * DAY - 1), "followers": max(0, history_counts[d])}
        if with_following:
            snap["following"] = max(0, int(pools.following[d]))
        history.append(snap)
    if rng.random() < 0.12:  # weekly crawl only
        history = history[::7] + history[-1:]

    profile = {
        "followers": final,
        "following": max(0, int(pools.following[-1])),
        "posts": n_posts + int(_lognorm(rng, 250, 1.0)),
        "verified": (arch == "celebrity" and rng.random() < 0.9)
        or (final > 5e5 and rng.random() < 0.3),
        "category": cat,
        "created_at": _day(start_ts - rng.uniform(30, 3500) * DAY),
    }
    for key, p in (
        ("following", 0.05),
        ("posts", 0.05),
        ("verified", 0.08),
        ("category", 0.15),
        ("created_at", 0.45),
    ):
        if rng.random() < p:
            profile.pop(key)
    creator_id = f"{platform}:{_username(rng, cn)}_{rng.getrandbits(32):08x}"
    rec: dict = {
        "creator_id": creator_id,
        "platform": platform,
        "as_of": _ts(as_of),
        "profile": profile,
    }
    r = rng.random()  # type: ignore[assignment]
    if r < 0.03:  # type: ignore[operator]  # profile only
        pass
    else:
        if rng.random() > 0.1:
            rec["follower_history"] = history
        if rng.random() > 0.07:
            rec["posts"] = posts
            if rng.random() > 0.1:
                rec["comments"] = comments_out
        if rng.random() > 0.14:
            rec["follower_sample"] = sample
    rec["label"] = int(fraud)
    rec["archetype"] = arch
    return rec


def generate(n: int, seed: int) -> Iterator[dict]:
    """Yield n creator records (with ``label`` and ``archetype``), deterministic for seed."""
    for i in range(n):
        yield _creator(random.Random(f"final_sim:{seed}:{i}"), i)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=31)
    ap.add_argument("--out", type=Path, default=Path("data/generated/final.jsonl"))
    args = ap.parse_args(argv)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    counts: Counter[str] = Counter()
    labels: Counter[int] = Counter()
    with args.out.open("wb") as fh:
        for rec in generate(args.n, args.seed):
            counts[rec["archetype"].split(":")[0]] += 1
            labels[rec["label"]] += 1
            fh.write(orjson.dumps(rec) + b"\n")
    dt = time.perf_counter() - t0
    print(
        f"wrote {args.n} creators to {args.out} in {dt:.1f}s; fraud={labels[1]} genuine={labels[0]}",
        file=sys.stderr,
    )
    for k, v in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {k:18s} {v}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

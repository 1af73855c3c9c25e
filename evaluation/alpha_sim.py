"""alpha_sim -- an independent simulator of labelled social-media creators (genuine and fraudulent).

Usage:  python alpha_sim.py --n 2000 --seed 101 --out creators.jsonl

Every record follows creator.schema.json plus two extra keys: ``label`` (1 = fraudulent,
0 = genuine) and ``archetype``.  Record i depends only on (seed, i).

Archetypes (target shares of all records; about 50 % genuine / 50 % fraud)
-------------------------------------------------------------------------
Genuine (label 0):
  organic_koc (7 %)        small trusted consumer creators, 300-5k followers
  organic_micro (8 %)      5k-100k followers
  organic_mid (7 %)        100k-1M followers
  organic_macro (4 %)      1M-10M followers
  viral_post (4.5 %)       one post goes viral -> real follower surge, later mild churn
  giveaway (3.5 %)         抽奖/giveaway post: huge repetitive tag-a-friend comments, follower jump
                           then partial drop, giveaway-hunter accounts among followers
  shoutout (3 %)           a bigger account mentions them -> step jump of real followers
  bot_purge (3 %)          platform clean-up of zombie accounts -> one-day follower drop
  celebrity_low_er (3 %)   verified star, 2M-40M followers, very low engagement rate,
                           many dormant followers, third-party spam in comments
  tiny_koc_few_posts (3 %) 100-3k followers, 10-15 posts in total, few comments
  fan_community (1.5 %)    idol account: real fans paste the same praise (控评), reposts
  controversy (1.5 %)      a scandal post: negative comment flood, unfollow wave
  ecommerce_live (1 %)     Douyin/Kuaishou/Channels live-commerce seller: followers arrive on
                           live days not tied to posts, low post engagement
Fraud (label 1), each with an intensity drawn from Beta(1.3, 1.7) (most fraud is cautious):
  bought_followers_burst (5 %)    1-4 orders delivered in 1-3 days (subtle: +5 %, blatant: x3),
                                  cheap accounts (no avatar, 0 posts, mass following, batch
                                  created), later drop-off and refills
  bought_followers_drip (4 %)     slow even delivery over weeks/months
  bought_followers_premium (5 %)  aged, avatar'd, posting accounts that look real; little drop-off
  bought_likes (5 %)              likes inflated on some/all posts (likes/comment, likes/save,
                                  likes/view ratios break; sometimes fixed package per post)
  bought_views (2.5 %)            plays inflated, likes/view collapses
  bot_comments (4 %)              comment farm: generic / emoji texts, re-used accounts, tight
                                  bursts, comments copied from other posts
  engagement_pod (4.5 %)          互赞群 / IG pods: same members on every post within the hour,
                                  reciprocal creator replies, mutual follows
  ai_praise (4.5 %)               fluent, long, generic machine-written praise, never repeated
                                  verbatim but on one skeleton, from aged accounts
  follow_unfollow (4.5 %)         follow/unfollow churn: saw-tooth following count, follow-back
                                  followers that never engage
  lure_spam (3 %)                 引流号: disguised contact / "resource" lures in bio, in own
                                  replies and from sock-puppets ("已加，老师很专业")
  combo:a+b[+c] (8 %)             2-3 of the above (at most one bought_followers_* kind)

Main assumptions
----------------
* Platforms: douyin 16 %, rednote 14 %, weibo 10 %, bilibili 8 %, kuaishou 7 %,
  wechat_channels 5 % (about 60 % Chinese), instagram 16 %, tiktok 14 %, youtube 10 %
  (some archetypes lean to a platform: pods to Instagram/RedNote, fandoms to Weibo, live
  commerce to Douyin/Kuaishou/Channels).  Chinese platforms are in Chinese with the platform's
  bracket emoji codes; Western ones in English (about 12 % are Chinese-language creators).
* Likes per follower fall with size (~ F^-0.15..-0.3) and differ by platform (Weibo, YouTube
  low; Douyin/TikTok high and heavy-tailed); creators differ by a log-normal factor (sd 0.7-1.0)
  and posts by another (sd 0.6-1.05) with occasional algorithmic hits.  Comments/likes,
  shares, saves, coins, danmaku and likes/view follow platform norms.  Sponsored posts do worse.
* Followers: Poisson daily gains/losses around a growth regime, bumps after posts, weekly
  rhythm; bought followers never engage; bought cheap ones partly drop off.
* Genuine audiences hold 1-10 % spam bots and 5-40 % dormant accounts; genuine comment
  sections hold some third-party lure spam and generic/emoji comments, regular fans who
  comment often, and creator replies.  Real comment texts are composed from many parts so they
  almost never repeat; farm texts repeat.
* Blocks: posts always (10-60); comments 95 %; follower_history 85 % (80 % daily over 90-365
  days, the rest sparse snapshots; following column in 70 %); follower_sample 80 %
  (50-200 accounts).  Block presence never depends on the label.  About 3 % of records carry
  profile.observed_at (count from an older snapshot); Kuaishou exports often lack comment counts
  (comments_unknown); some Instagram creators hide likes (likes_unknown).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any, TextIO, TypedDict

import numpy as np

# --------------------------------------------------------------------------------------------
# platforms
# --------------------------------------------------------------------------------------------
PLATFORM_W = {
    "douyin": 0.16,
    "rednote": 0.14,
    "weibo": 0.10,
    "bilibili": 0.08,
    "kuaishou": 0.07,
    "wechat_channels": 0.05,
    "instagram": 0.16,
    "tiktok": 0.14,
    "youtube": 0.10,
}
CN_PLATFORMS = {"douyin", "rednote", "weibo", "bilibili", "kuaishou", "wechat_channels"}

# lr: likes per (real) follower at 10k followers; ex: size exponent; csig: creator sd;
# psig: post sd; cpl: comments per like; shr/sav: shares/saves per like (None = not shown);
# lpv: likes per view (None = no views); views: P(source gives views); gap: mean days/post


class PlatformCfg(TypedDict):
    lr: float
    ex: float
    csig: float
    psig: float
    cpl: float
    shr: float | None
    sav: float | None
    lpv: float | None
    views: float
    fmt: tuple[tuple[str, float], ...]
    gap: float
    founded: float


PCFG: dict[str, PlatformCfg] = {
    "douyin": PlatformCfg(
        lr=0.030,
        ex=-0.30,
        csig=1.0,
        psig=1.0,
        cpl=0.030,
        shr=0.05,
        sav=0.10,
        lpv=0.045,
        views=0.6,
        fmt=(("video", 0.85), ("image", 0.13), ("live", 0.02)),
        gap=2.5,
        founded=2016.8,
    ),
    "kuaishou": PlatformCfg(
        lr=0.025,
        ex=-0.28,
        csig=1.0,
        psig=0.95,
        cpl=0.045,
        shr=0.03,
        sav=0.04,
        lpv=0.035,
        views=0.9,
        fmt=(("video", 0.9), ("image", 0.06), ("live", 0.04)),
        gap=2.0,
        founded=2013.0,
    ),
    "rednote": PlatformCfg(
        lr=0.030,
        ex=-0.22,
        csig=0.9,
        psig=0.9,
        cpl=0.09,
        shr=0.05,
        sav=0.6,
        lpv=None,
        views=0.0,
        fmt=(("image", 0.7), ("video", 0.3)),
        gap=3.5,
        founded=2014.0,
    ),
    "weibo": PlatformCfg(
        lr=0.004,
        ex=-0.15,
        csig=1.0,
        psig=0.9,
        cpl=0.25,
        shr=0.25,
        sav=None,
        lpv=0.012,
        views=0.4,
        fmt=(("text", 0.35), ("image", 0.45), ("video", 0.2)),
        gap=1.3,
        founded=2009.7,
    ),
    "bilibili": PlatformCfg(
        lr=0.012,
        ex=-0.20,
        csig=0.8,
        psig=0.8,
        cpl=0.06,
        shr=0.05,
        sav=0.25,
        lpv=0.05,
        views=1.0,
        fmt=(("video", 0.95), ("live", 0.05)),
        gap=6.0,
        founded=2010.0,
    ),
    "wechat_channels": PlatformCfg(
        lr=0.012,
        ex=-0.20,
        csig=0.8,
        psig=0.8,
        cpl=0.06,
        shr=0.35,
        sav=None,
        lpv=None,
        views=0.0,
        fmt=(("video", 0.9), ("image", 0.07), ("live", 0.03)),
        gap=2.5,
        founded=2020.1,
    ),
    "instagram": PlatformCfg(
        lr=0.030,
        ex=-0.22,
        csig=0.7,
        psig=0.6,
        cpl=0.025,
        shr=None,
        sav=None,
        lpv=0.08,
        views=0.5,
        fmt=(("image", 0.55), ("video", 0.45)),
        gap=3.0,
        founded=2010.8,
    ),
    "tiktok": PlatformCfg(
        lr=0.040,
        ex=-0.30,
        csig=0.9,
        psig=1.05,
        cpl=0.012,
        shr=0.03,
        sav=0.06,
        lpv=0.08,
        views=1.0,
        fmt=(("video", 0.95), ("image", 0.05)),
        gap=2.0,
        founded=2017.5,
    ),
    "youtube": PlatformCfg(
        lr=0.006,
        ex=-0.15,
        csig=0.8,
        psig=0.8,
        cpl=0.05,
        shr=None,
        sav=None,
        lpv=0.035,
        views=1.0,
        fmt=(("video", 1.0),),
        gap=7.0,
        founded=2006.0,
    ),
}

# --------------------------------------------------------------------------------------------
# archetypes
# --------------------------------------------------------------------------------------------
GENUINE = [
    ("organic_koc", 7.0),
    ("organic_micro", 8.0),
    ("organic_mid", 7.0),
    ("organic_macro", 4.0),
    ("viral_post", 4.5),
    ("giveaway", 3.5),
    ("shoutout", 3.0),
    ("bot_purge", 3.0),
    ("celebrity_low_er", 3.0),
    ("tiny_koc_few_posts", 3.0),
    ("fan_community", 1.5),
    ("controversy", 1.5),
    ("ecommerce_live", 1.0),
]
FRAUD_COMPONENTS = [
    "bought_followers_burst",
    "bought_followers_drip",
    "bought_followers_premium",
    "bought_likes",
    "bought_views",
    "bot_comments",
    "engagement_pod",
    "ai_praise",
    "follow_unfollow",
    "lure_spam",
]
FRAUD = [
    ("bought_followers_burst", 5.0),
    ("bought_followers_drip", 4.0),
    ("bought_followers_premium", 5.0),
    ("bought_likes", 5.0),
    ("bought_views", 2.5),
    ("bot_comments", 4.0),
    ("engagement_pod", 4.5),
    ("ai_praise", 4.5),
    ("follow_unfollow", 4.5),
    ("lure_spam", 3.0),
    ("combo", 8.0),
]
ARCH_NAMES = [a for a, _ in GENUINE] + [a for a, _ in FRAUD]
ARCH_W = np.array([w for _, w in GENUINE] + [w for _, w in FRAUD], dtype=float)
ARCH_W /= ARCH_W.sum()
N_GEN = len(GENUINE)

PLATFORM_AFFINITY = {
    "engagement_pod": {
        "instagram": 2.2,
        "rednote": 1.6,
        "tiktok": 1.2,
        "weibo": 0.6,
        "youtube": 0.3,
        "kuaishou": 0.5,
        "wechat_channels": 0.5,
        "bilibili": 0.5,
    },
    "fan_community": {
        "weibo": 5.0,
        "douyin": 1.5,
        "bilibili": 1.5,
        "instagram": 0.8,
        "rednote": 0.4,
        "kuaishou": 0.3,
        "wechat_channels": 0.2,
        "tiktok": 0.6,
        "youtube": 0.5,
    },
    "ecommerce_live": {
        "douyin": 4.0,
        "kuaishou": 6.0,
        "wechat_channels": 4.0,
        "tiktok": 0.6,
        "rednote": 0.5,
        "weibo": 0.0,
        "bilibili": 0.0,
        "instagram": 0.0,
        "youtube": 0.0,
    },
    "celebrity_low_er": {
        "weibo": 2.5,
        "douyin": 1.5,
        "instagram": 1.5,
        "youtube": 1.0,
        "rednote": 0.6,
        "kuaishou": 0.6,
        "wechat_channels": 0.3,
    },
    "follow_unfollow": {
        "instagram": 2.0,
        "tiktok": 1.3,
        "weibo": 1.1,
        "rednote": 1.1,
        "douyin": 0.9,
        "youtube": 0.15,
        "bilibili": 0.6,
        "kuaishou": 0.8,
        "wechat_channels": 0.5,
    },
    "bought_views": {
        "rednote": 0.0,
        "wechat_channels": 0.0,
        "weibo": 0.3,
        "instagram": 0.6,
        "youtube": 1.6,
        "bilibili": 1.4,
        "tiktok": 1.3,
        "kuaishou": 1.2,
        "douyin": 1.4,
    },
    "lure_spam": {"douyin": 1.3, "rednote": 1.3, "weibo": 1.3, "kuaishou": 1.2, "youtube": 0.5},
}

# --------------------------------------------------------------------------------------------
# text banks
# --------------------------------------------------------------------------------------------
CATEGORIES = {
    # name: (zh items, en items, zh topic, en topic)
    "beauty": (
        ["口红", "粉底液", "眼影盘", "腮红", "防晒", "精华", "面膜", "卸妆油", "气垫", "睫毛膏"],
        [
            "lipstick",
            "foundation",
            "palette",
            "blush",
            "sunscreen",
            "serum",
            "mascara",
            "concealer",
            "skincare routine",
            "brow pencil",
        ],
        "美妆",
        "makeup",
    ),
    "fashion": (
        ["外套", "裙子", "牛仔裤", "包包", "鞋子", "毛衣", "卫衣", "大衣", "帽子", "耳环"],
        [
            "jacket",
            "dress",
            "jeans",
            "bag",
            "sneakers",
            "sweater",
            "coat",
            "boots",
            "earrings",
            "fit",
        ],
        "穿搭",
        "styling",
    ),
    "food": (
        ["火锅", "奶茶", "蛋糕", "烤肉", "面包", "螺蛳粉", "小龙虾", "咖啡", "寿司", "红烧肉"],
        [
            "pasta",
            "ramen",
            "cake",
            "tacos",
            "burger",
            "sourdough",
            "coffee",
            "sushi",
            "curry",
            "brunch",
        ],
        "美食",
        "cooking",
    ),
    "travel": (
        ["民宿", "酒店", "景点", "海边", "古镇", "雪山", "攻略", "机票", "路线", "夜景"],
        [
            "hotel",
            "beach",
            "itinerary",
            "view",
            "hike",
            "airbnb",
            "flight",
            "road trip",
            "sunset",
            "old town",
        ],
        "旅行",
        "travel",
    ),
    "fitness": (
        ["减脂餐", "瑜伽", "跑步", "练腿", "马甲线", "蛋白粉", "普拉提", "拉伸", "帕梅拉", "深蹲"],
        [
            "workout",
            "leg day",
            "protein shake",
            "yoga flow",
            "run",
            "pilates",
            "deadlift",
            "meal prep",
            "ab routine",
            "stretch",
        ],
        "健身",
        "fitness",
    ),
    "tech": (
        ["手机", "耳机", "笔记本", "相机", "键盘", "平板", "充电宝", "显示器", "手表", "路由器"],
        [
            "phone",
            "headphones",
            "laptop",
            "camera",
            "keyboard",
            "tablet",
            "monitor",
            "smartwatch",
            "desk setup",
            "charger",
        ],
        "数码",
        "tech",
    ),
    "gaming": (
        ["原神", "王者", "新皮肤", "这关", "boss", "抽卡", "副本", "角色", "装备", "操作"],
        [
            "boss fight",
            "build",
            "skin",
            "speedrun",
            "loadout",
            "ranked game",
            "patch",
            "character",
            "clip",
            "aim",
        ],
        "游戏",
        "gaming",
    ),
    "parenting": (
        ["辅食", "宝宝", "绘本", "早教", "纸尿裤", "推车", "奶粉", "睡眠", "玩具", "幼儿园"],
        [
            "toddler",
            "baby",
            "bedtime routine",
            "stroller",
            "snacks",
            "toy",
            "nursery",
            "daycare",
            "picture book",
            "car seat",
        ],
        "育儿",
        "parenting",
    ),
    "pets": (
        ["猫咪", "狗狗", "猫粮", "猫砂", "小柯基", "布偶", "金毛", "橘猫", "逗猫棒", "狗窝"],
        [
            "puppy",
            "kitten",
            "cat food",
            "leash",
            "golden",
            "corgi",
            "cat tree",
            "dog bed",
            "treats",
            "vet visit",
        ],
        "萌宠",
        "pets",
    ),
    "finance": (
        ["基金", "存钱", "理财", "定投", "房贷", "记账", "副业", "股票", "保险", "预算"],
        [
            "budget",
            "index funds",
            "savings",
            "side hustle",
            "mortgage",
            "credit card",
            "ETF",
            "retirement",
            "debt",
            "stocks",
        ],
        "理财",
        "personal finance",
    ),
    "home": (
        ["装修", "收纳", "沙发", "地毯", "厨房", "灯", "窗帘", "书桌", "绿植", "床品"],
        [
            "living room",
            "sofa",
            "rug",
            "kitchen",
            "lamp",
            "curtains",
            "desk",
            "plants",
            "bedding",
            "shelves",
        ],
        "家居",
        "home decor",
    ),
    "music": (
        ["翻唱", "吉他", "钢琴", "编曲", "这首歌", "副歌", "声音", "演唱会", "和声", "新歌"],
        [
            "cover",
            "guitar",
            "piano",
            "chorus",
            "this song",
            "vocals",
            "concert",
            "mix",
            "harmony",
            "new single",
        ],
        "音乐",
        "music",
    ),
    "comedy": (
        ["段子", "剧情", "结尾", "表情", "这个梗", "反转", "配音", "演技", "台词", "老板"],
        [
            "ending",
            "that face",
            "skit",
            "punchline",
            "this bit",
            "plot twist",
            "the voice",
            "acting",
            "line",
            "boss",
        ],
        "搞笑",
        "comedy",
    ),
    "education": (
        ["笔记", "英语", "考研", "单词", "网课", "方法", "错题本", "雅思", "学习计划", "公式"],
        [
            "notes",
            "study tips",
            "exam",
            "vocab",
            "course",
            "method",
            "flashcards",
            "essay",
            "study plan",
            "formula",
        ],
        "学习",
        "studying",
    ),
    "auto": (
        ["新车", "油耗", "内饰", "续航", "试驾", "轮毂", "改装", "底盘", "空间", "车漆"],
        [
            "new car",
            "mpg",
            "interior",
            "range",
            "test drive",
            "wheels",
            "mods",
            "engine",
            "trunk space",
            "paint",
        ],
        "汽车",
        "cars",
    ),
    "lifestyle": (
        ["vlog", "日常", "早餐", "房间", "穿搭", "周末", "咖啡店", "书", "香薰", "生活"],
        [
            "vlog",
            "morning routine",
            "room",
            "weekend",
            "coffee spot",
            "book",
            "candle",
            "day",
            "outfit",
            "apartment",
        ],
        "生活",
        "lifestyle",
    ),
}
CAT_NAMES = list(CATEGORIES)
CAT_W = np.array([10, 9, 10, 8, 6, 6, 6, 5, 5, 4, 4, 4, 6, 4, 3, 10], dtype=float)
CAT_W /= CAT_W.sum()

ZH_PLACES = [
    "成都",
    "重庆",
    "杭州",
    "上海",
    "北京",
    "广州",
    "深圳",
    "西安",
    "长沙",
    "厦门",
    "大理",
    "三亚",
    "南京",
    "苏州",
    "武汉",
    "青岛",
    "哈尔滨",
    "昆明",
    "天津",
    "郑州",
    "合肥",
    "贵阳",
    "福州",
    "沈阳",
]
EN_PLACES = [
    "Tokyo",
    "Bali",
    "Lisbon",
    "NYC",
    "London",
    "Paris",
    "Seoul",
    "Bangkok",
    "LA",
    "Melbourne",
    "Toronto",
    "Barcelona",
    "Rome",
    "Chicago",
    "Austin",
    "Vancouver",
    "Sydney",
    "Berlin",
    "Dublin",
    "Singapore",
    "Mexico City",
    "Denver",
    "Manchester",
    "Amsterdam",
]
ZH_EMO = {
    "douyin": [
        "[赞]",
        "[比心]",
        "[捂脸]",
        "[呲牙]",
        "[玫瑰]",
        "[偷笑]",
        "[666]",
        "[送心]",
        "[泣不成声]",
        "[看]",
        "[灵机一动]",
        "[愉快]",
        "[大笑]",
        "[流泪]",
    ],
    "rednote": [
        "[赞R]",
        "[哭惹R]",
        "[笑哭R]",
        "[派对R]",
        "[萌萌哒R]",
        "[害羞R]",
        "[偷笑R]",
        "[石化R]",
        "[飞吻R]",
        "[买爆R]",
        "[蹲后续H]",
    ],
    "weibo": [
        "[doge]",
        "[允悲]",
        "[笑cry]",
        "[心]",
        "[赞]",
        "[二哈]",
        "[抱一抱]",
        "[awsl]",
        "[苦涩]",
        "[吃瓜]",
        "[哈哈]",
        "[泪]",
    ],
    "bilibili": [
        "[doge]",
        "[笑哭]",
        "[妙啊]",
        "[打call]",
        "[藏狐]",
        "[脱单doge]",
        "[吃瓜]",
        "[支持]",
        "[OK]",
        "[辣眼睛]",
        "[热词系列_知识增加]",
    ],
    "kuaishou": [
        "[赞]",
        "[玫瑰]",
        "[呲牙]",
        "[捂脸]",
        "[老铁]",
        "[双击]",
        "[666]",
        "[鼓掌]",
        "[爱心]",
    ],
    "wechat_channels": [
        "[强]",
        "[玫瑰]",
        "[握手]",
        "[抱拳]",
        "[微笑]",
        "[愉快]",
        "[鼓掌]",
        "[爱心]",
        "[OK]",
    ],
}
UNI_EMO = [
    "😂",
    "🤣",
    "😍",
    "🥰",
    "😭",
    "👍",
    "❤️",
    "🔥",
    "✨",
    "🙏",
    "😮",
    "👏",
    "💕",
    "😆",
    "🥺",
    "🤔",
    "😅",
    "💯",
    "🙌",
    "😊",
    "🤤",
    "😳",
    "💀",
    "👀",
    "🫶",
    "😎",
    "🤩",
    "😌",
]
ZH_ADDR = {
    "douyin": ["博主", "姐妹", "宝", "兄弟", "老师"],
    "rednote": ["姐妹", "宝子", "博主", "集美", "宝"],
    "weibo": ["博主", "老师", "宝", "姐"],
    "bilibili": ["up主", "up", "阿婆主", "老师"],
    "kuaishou": ["老铁", "主播", "兄弟", "大哥", "姐"],
    "wechat_channels": ["老师", "博主", "朋友", "大姐"],
}
ZH_INTERJ = [
    "啊啊啊",
    "天呐",
    "哇",
    "救命",
    "我的天",
    "绝了",
    "好家伙",
    "诶",
    "嗯",
    "哈哈",
    "唉",
    "卧槽",
    "呜呜",
]
ZH_REACT = [
    "好好看",
    "太可爱了吧",
    "笑死我了",
    "绝绝子",
    "爱了爱了",
    "太美了",
    "好有氛围感",
    "真的会谢",
    "这也太香了",
    "破防了",
    "泪目",
    "好治愈",
    "yyds",
    "好喜欢",
    "冲了",
    "看饿了",
    "学到了",
    "好真实",
    "懂了",
    "有被笑到",
    "羡慕了",
    "牛啊",
    "这个好",
    "哈哈哈",
    "上头了",
    "好温柔",
    "哭死",
    "爱住",
    "馋哭了",
    "被种草了",
]
ZH_QUEST = [
    "{item}是哪家的呀",
    "求{item}链接",
    "这个{item}多少钱",
    "{addr}{item}在哪买的",
    "请问{item}是什么牌子",
    "这是在{place}吗",
    "{item}踩雷吗",
    "{item}适合新手吗",
    "{addr}用的什么相机",
    "背景音乐叫什么",
    "{item}有平替吗",
    "干皮能用吗",
    "求出{item}教程",
    "多高多重呀",
    "{item}会不会很难",
    "这家店叫啥",
]
ZH_EXPER = [
    "我也买了这个{item}，{op}",
    "上周去{place}也{act}了，{op}",
    "用了一个月{item}，{op}",
    "我家{item}也是这样",
    "之前踩过{item}的雷，{op}",
    "跟着{addr}{act}了，{op}",
    "刚下单了{item}",
    "去年在{place}{act}过，{op}",
    "我妈也超爱{item}",
    "{place}也有类似的，{op}",
]
ZH_OP = [
    "真的还不错",
    "一般般吧",
    "确实好用",
    "有点失望",
    "回购好几次了",
    "性价比很高",
    "踩雷了",
    "超出预期",
    "没有想象中好",
    "强烈推荐",
    "味道绝了",
    "有点贵",
    "已经空瓶了",
    "还在观望",
    "效果很明显",
]
ZH_ADJ = ["好吃", "好看", "便宜", "好用", "出片", "划算", "舒服", "清爽", "实惠", "有意思"]
ZH_ACT = ["打卡", "试", "吃", "买", "逛", "练", "做", "玩"]
ZH_PRAISE = [
    "{item}拍得好好看",
    "配色好温柔",
    "剪辑越来越好了",
    "这期{item}讲得好清楚",
    "声音好好听",
    "{addr}的审美好在线",
    "运镜好丝滑",
    "文案好戳我",
    "这个{item}真的绝了",
    "滤镜是什么呀好喜欢",
    "终于更新了",
    "每期都在等",
    "{addr}好会{act}",
    "细节满分",
    "这期质量好高",
]
ZH_SLANG = {
    "bilibili": [
        "前排",
        "三连了",
        "下次一定",
        "{addr}辛苦了",
        "awsl",
        "爷青回",
        "来了来了",
        "第一",
        "泪目",
        "hhhhhh",
        "已投币",
        "弹幕护体",
        "催更",
        "这期封面绝了",
        "打卡",
    ],
    "kuaishou": [
        "老铁666",
        "双击支持",
        "{addr}666",
        "支持老铁",
        "必须支持",
        "来了老铁",
        "关注了",
        "牛逼老铁",
    ],
    "douyin": [
        "来了",
        "第一",
        "这是哪里",
        "已关注",
        "刷到好几次了",
        "我先来",
        "给我看饿了",
        "评论区笑死",
    ],
    "rednote": [
        "蹲一个链接",
        "马住了",
        "码住",
        "已收藏",
        "蹲后续",
        "姐妹好会",
        "求教程",
        "已三连",
        "抄作业了",
    ],
    "weibo": ["转发微博", "哈哈哈哈哈", "吃瓜", "来了", "抱抱", "说得太对了", "[doge]", "转发"],
    "wechat_channels": ["说得好", "分享了", "点赞", "讲得好", "赞", "有道理", "学习了", "感谢分享"],
}
ZH_NEG = [
    "广告太多了",
    "又恰饭了",
    "这期一般",
    "感觉不如以前了",
    "有点水",
    "价格太贵了吧",
    "滤镜太重了",
    "没看懂",
    "太长了",
    "标题党",
    "说实话有点失望",
    "能不能多更点",
]
ZH_CHAT = [
    "第一次来",
    "从{yr}年就关注你了",
    "刷到好几次了终于关注",
    "{addr}最近好忙呀",
    "今天心情不好看到这个好多了",
    "半夜刷到饿了",
    "已经推荐给朋友了",
    "我室友也在看你",
    "上班摸鱼中",
    "期末周来放松",
]
ZH_REPLY = [
    "谢谢宝子～",
    "哈哈哈是的",
    "在{place}哦",
    "下期安排！",
    "谢谢喜欢",
    "主页有链接～",
    "是{item}哈",
    "对的",
    "爱你们",
    "好的收到",
    "有机会试试",
    "哈哈哈哈哈哈",
    "感谢支持",
    "谢谢鼓励[比心]",
    "会的会的",
    "评论区有答案",
    "私信回你了",
    "抱抱",
]

EN_FIRST = [
    "emma",
    "olivia",
    "ava",
    "mia",
    "sophia",
    "isabella",
    "chloe",
    "grace",
    "lily",
    "zoe",
    "hannah",
    "ella",
    "sarah",
    "jess",
    "katie",
    "amy",
    "liam",
    "noah",
    "james",
    "ben",
    "lucas",
    "jack",
    "ethan",
    "mason",
    "logan",
    "ryan",
    "tyler",
    "matt",
    "chris",
    "alex",
    "sam",
    "jordan",
    "taylor",
    "morgan",
    "nina",
    "maya",
    "priya",
    "aisha",
    "kenji",
    "mei",
    "daniel",
    "david",
    "leo",
    "max",
    "ivy",
    "ruby",
    "nora",
    "jade",
    "carlos",
    "sofia",
    "marco",
    "kim",
    "hailey",
    "brooke",
    "sean",
    "kevin",
    "lauren",
    "megan",
]
EN_LAST = [
    "smith",
    "jones",
    "brown",
    "lee",
    "nguyen",
    "garcia",
    "martin",
    "wilson",
    "clark",
    "lewis",
    "walker",
    "hall",
    "young",
    "king",
    "wright",
    "scott",
    "green",
    "baker",
    "adams",
    "nelson",
    "hill",
    "campbell",
    "parker",
    "evans",
    "turner",
    "collins",
    "murphy",
    "rivera",
    "cooper",
    "reed",
    "chen",
    "wong",
    "patel",
    "kim",
    "park",
    "tan",
    "ali",
    "silva",
    "rossi",
    "moore",
]
EN_WORDS = [
    "sunny",
    "coffee",
    "moon",
    "wander",
    "daily",
    "pixel",
    "velvet",
    "urban",
    "cozy",
    "wild",
    "golden",
    "salty",
    "lazy",
    "happy",
    "little",
    "bookish",
    "plant",
    "city",
    "ocean",
    "sweet",
    "midnight",
    "vintage",
    "honey",
    "lemon",
    "peach",
    "cloud",
    "forest",
    "retro",
    "matcha",
    "boba",
    "taco",
    "yoga",
    "runner",
    "gamer",
    "chef",
    "mama",
    "dad",
    "nerd",
    "studio",
    "vibes",
    "life",
    "diaries",
    "eats",
    "travels",
    "style",
    "fit",
    "beats",
    "notes",
    "club",
    "lab",
]
EN_FOREIGN = [
    "joao",
    "lucas_silva",
    "ana_paula",
    "putri",
    "dewi",
    "agus",
    "rahul",
    "priya_k",
    "arjun",
    "dmitry",
    "olga",
    "ahmed",
    "fatima",
    "mohamed",
    "yusuf",
    "andrea",
    "gabriel",
    "fernanda",
    "rizky",
    "siti",
    "kumar",
    "sanjay",
    "ivan",
    "natasha",
    "bruna",
    "thiago",
    "ayesha",
    "hassan",
    "nur",
    "vanessa",
]
EN_INTERJ = [
    "omg",
    "wow",
    "ok but",
    "honestly",
    "literally",
    "wait",
    "ngl",
    "lol",
    "yesss",
    "bro",
    "girl",
    "oh my god",
]
EN_REACT = [
    "this is so cute",
    "I'm obsessed",
    "crying 😭",
    "this made my day",
    "so good",
    "love this",
    "stunning",
    "the vibes",
    "I need this",
    "why is this so relatable",
    "lmaooo",
    "this is everything",
    "can't stop watching",
    "so satisfying",
    "chef's kiss",
    "iconic",
    "this is art",
    "I'm dead",
    "you never miss",
    "saving this",
    "the way I gasped",
    "not me watching this 5 times",
    "adorable",
    "so underrated",
    "this is gorgeous",
    "bookmarking this",
    "instant follow",
    "real",
]
EN_QUEST = [
    "where is the {item} from?",
    "what {item} is that?",
    "link to the {item}?",
    "is this in {place}?",
    "how long did the {item} take?",
    "what camera do you use?",
    "song name?",
    "is the {item} worth it?",
    "any dupe for the {item}?",
    "does it work for beginners?",
    "how much was the {item}?",
    "what's the name of the place?",
    "can you do a tutorial on the {item}?",
    "which shade is that?",
    "how do you stay so consistent?",
]
EN_EXPER = [
    "I tried this {item} last week and {op}",
    "went to {place} last year, {op}",
    "my {item} looks nothing like this lol",
    "been using this {item} for a month, {op}",
    "my mom has the same {item}",
    "just ordered the {item}",
    "we did this in {place} and {op}",
    "my {item} broke after 2 weeks tbh",
    "I made this yesterday and {op}",
    "used your tips on my {item}, {op}",
]
EN_OP = [
    "it was amazing",
    "not bad at all",
    "honestly overrated",
    "it actually works",
    "10/10",
    "kinda mid",
    "worth every penny",
    "I'm hooked",
    "total game changer",
    "it was so much harder than it looks",
    "my family loved it",
    "not sure about it yet",
]
EN_PRAISE = [
    "the lighting in this is perfect",
    "your editing keeps getting better",
    "the {item} looks amazing",
    "love how you explained the {item}",
    "your voice is so calming",
    "the color palette 😍",
    "finally a realistic {item} video",
    "been waiting for this one",
    "best {item} content on here",
    "the transitions are so smooth",
    "this is the content I'm here for",
    "you explain things so well",
]
EN_NEG = [
    "too many ads lately",
    "not your best tbh",
    "this is sponsored right?",
    "the {item} is overpriced",
    "audio is kinda quiet",
    "clickbait",
    "miss your old videos",
    "that's not how you do it lol",
    "feels rushed",
    "unfollowing, too much promo",
]
EN_CHAT = [
    "first time here",
    "been following since {yr}",
    "watching this at 3am",
    "who's here in {yr2}?",
    "my roommate showed me this",
    "came from your last video",
    "sending this to my sister",
    "on my lunch break watching this",
    "the algorithm finally blessed me",
]
EN_REPLY = [
    "thank you so much!!",
    "haha yes",
    "it's from {place}!",
    "appreciate you ❤️",
    "tutorial coming soon!",
    "glad it helped!",
    "the {item} is linked in my bio",
    "lol right",
    "thank youuu",
    "you're the best",
    "yes it's worth it!",
    "good question, I'll do a video on it",
    "❤️",
    "🙏",
    "so true",
]

# fraud / spam banks
BOT_ZH = [
    "好棒",
    "支持",
    "赞赞赞",
    "不错",
    "好看",
    "加油",
    "666",
    "太棒了",
    "喜欢",
    "真好",
    "[赞]",
    "[赞][赞][赞]",
    "👍👍",
    "支持博主",
    "关注了",
    "好作品",
    "优秀",
    "厉害了",
    "真不错",
    "很好很好",
    "👍",
    "❤️❤️",
    "美",
    "顶",
    "支持一下",
    "好",
    "棒棒哒",
    "赞一个",
    "真棒",
    "期待",
]
BOT_EN = [
    "Nice",
    "Nice pic",
    "Great post",
    "Awesome",
    "Wow",
    "Amazing 🔥",
    "Love it",
    "Cool",
    "👍",
    "❤️❤️❤️",
    "Beautiful",
    "Great content",
    "Super",
    "Perfect",
    "So good",
    "🔥🔥🔥",
    "Nice one",
    "Keep it up",
    "Excellent",
    "Wonderful",
    "Great",
    "😍😍",
    "Good job",
    "Fantastic",
    "Very nice",
    "Lovely",
    "Top",
    "👏👏",
    "Great work",
    "Wow nice",
]
POD_ZH = [
    "来啦来啦",
    "已赞已藏，求回访",
    "宝子互赞呀",
    "支持一下~",
    "打卡",
    "已关注，互关呀",
    "来支持了",
    "好看！已三连",
    "回访来啦",
    "互助一下",
    "姐妹已赞",
    "路过点赞",
    "已赞，回我",
    "来了宝",
    "支持支持",
    "好美呀已赞",
    "已点赞收藏",
    "互关互赞",
    "来晚了已赞",
    "已关求回",
    "准时打卡",
    "姐妹冲鸭",
]
POD_EN = [
    "Love this so much 😍",
    "Obsessed!! 🔥",
    "This is stunning ✨",
    "Gorgeous shot 😍🙌",
    "Yesss 🙌🙌",
    "So inspiring babe 💕",
    "Need this in my life 😍",
    "Great tips! Saving this 📌",
    "Such a vibe ✨",
    "Beautiful feed as always 💛",
    "Absolutely love this 🙌",
    "Goals!! 🔥🔥",
    "This is so pretty 😍",
    "Amazing content as always 👏",
    "Loving this look 💕",
    "So good! 🙌",
    "Wow this is beautiful ✨",
    "Stunning as always 😍",
    "Saving for later 📌🙌",
    "This is fire 🔥",
    "Obsessed with this 💛",
    "Perfection 👌✨",
]
POD_REPLY_ZH = ["谢谢宝子，回访啦", "已回赞～", "感谢支持，互关啦", "谢谢亲，已回", "来啦已回访"]
POD_REPLY_EN = [
    "Thank you babe! 💕",
    "Thanks love 🙌",
    "Appreciate you! ✨",
    "Thank you so much 😍",
    "Thanks hun 💛",
]

AI_ZH_OPEN = [
    "这篇",
    "这条",
    "这期",
    "这个分享",
    "{addr}的这篇笔记",
    "这份{topic}攻略",
    "这期关于{item}的内容",
    "这组作品",
]
AI_ZH_P1 = [
    "内容真的非常用心",
    "干货满满",
    "写得太有条理了",
    "信息量很大却一点都不枯燥",
    "把{item}讲得清晰透彻",
    "质量真的很高",
    "呈现得非常专业",
    "拍得既有质感又有温度",
]
AI_ZH_P2 = [
    "从{a}到{b}都考虑得很周到",
    "每一个细节都能看出作者的专业与热爱",
    "既有实用性又有温度",
    "让人受益匪浅",
    "看完之后对{item}有了全新的认识",
    "整体的节奏和氛围都把握得恰到好处",
    "真正做到了深入浅出",
    "能感受到满满的诚意",
]
AI_ZH_CL = [
    "期待更多精彩内容！",
    "已收藏，慢慢学习～",
    "感谢分享，继续加油！",
    "真心推荐大家看看！",
    "支持优质创作者！",
    "希望能一直更新下去！",
    "受益良多，感谢！",
    "已经分享给身边的朋友了！",
]
AI_EN_OPEN = [
    "What a {adj} {thing}!",
    "This is such a {adj} {thing}!",
    "Absolutely love this {thing}!",
    "Such a {adj} take on {topic}!",
    "Wow, this {thing} is truly {adj}!",
    "I really enjoyed this {thing}!",
]
AI_EN_P1 = [
    "I really appreciate how you {verb} the {item}.",
    "The way you {verb} the {item} is truly inspiring.",
    "Your attention to detail really shines through.",
    "It's clear how much effort went into this.",
    "You made {topic} feel so accessible and fun.",
    "Every detail is thoughtfully put together.",
]
AI_EN_P2 = [
    "Thank you for sharing such valuable content with us.",
    "This is exactly the kind of content I needed today.",
    "It's so refreshing to see such authentic creativity.",
    "I learned so much from this.",
    "Your passion for {topic} really comes through.",
    "This deserves so much more attention.",
]
AI_EN_CL = [
    "Keep up the amazing work! ✨",
    "Can't wait to see what you share next!",
    "Looking forward to more!",
    "Truly inspiring! 🙌",
    "Saving this for later! 💡",
    "Keep shining! 🌟",
    "",
]
AI_EN_ADJ = [
    "fantastic",
    "wonderful",
    "insightful",
    "beautiful",
    "thoughtful",
    "brilliant",
    "inspiring",
    "stunning",
    "creative",
    "amazing",
]
AI_EN_THING = [
    "post",
    "breakdown",
    "share",
    "piece of content",
    "video",
    "perspective",
    "guide",
    "showcase",
]
AI_EN_VERB = ["explained", "showcased", "captured", "highlighted", "presented", "broke down"]

LURE_ZH_BAIT = [
    "想要同款资源的",
    "需要全套资料的",
    "想学的",
    "兼职日结",
    "同城的",
    "想看完整版的",
    "免费领取课程",
    "有需要的宝子",
    "想要原图的",
    "需要渠道的",
    "想赚零花钱的",
    "懂的来",
    "需要的姐妹",
    "副业了解一下",
]
LURE_ZH_CONTACT = [
    "看我主页",
    "点我头像",
    "私我",
    "dd我",
    "主页有",
    "简介自取",
    "看我置顶",
    "来找我",
    "滴滴",
    "看我动态",
]
LURE_ZH_ID = [
    "➕薇：{id}",
    "V❤{id}",
    "威：{id}",
    "🛰️{id}",
    "扣{dig}",
    "vx：{id}",
    "绿泡泡{id}",
    "➕V {id}",
    "薇信 {id}",
    "卫星：{id}",
]
LURE_ZH_TESTI = [
    "已加，老师很专业",
    "加了，资料收到了谢谢",
    "真的有用！",
    "怎么加？",
    "求带",
    "已私",
    "同求",
    "加了好友通过了",
    "靠谱的，我已经赚回来了",
    "求资源",
    "已关注求发",
    "蹲",
]
LURE_ZH_SELF = ["私信发你了", "看主页置顶", "已回复宝子", "dd我发你", "看简介哦", "资源在主页～"]
LURE_EN = [
    "Check my bio for the full video 💋",
    "DM me for promo on @{h}",
    "Send your pic to @{h} for a feature 📸",
    "I earned $4,500 this week thanks to @{h} 🙏",
    "Want to go viral? DM @{h}",
    "Hey dear, can we collab? Send DM to @{h}",
    "free followers 👉 in my b.i.o",
    "𝗗𝗠 𝗺𝗲 for a 𝗳𝗿𝗲𝗲 𝗴𝗶𝗳𝘁 🎁",
    "hot pics on my page 🍑",
    "Invest with @{h}, best mentor ever 📈",
    "Promote it on @{h} 🔥",
    "Contact @{h} on telegram for crypto recovery",
    "who wants a sugar momma? text me 💸",
]
LURE_EN_TESTI = [
    "How do I join?",
    "Just DMed!",
    "It works thanks 🙏",
    "Is this legit?",
    "Sent you a message",
    "Thank you @{h}, got my payout today",
    "Interested",
    "Link pls",
]
LURE_EN_SELF = ["Check your DM ✅", "Link in bio 👆", "DM sent!", "All details in my bio 💋"]
LURE_BIO_ZH = [
    "🍑看主页置顶 | V❤：{id}",
    "资源/合作 ➕薇 {id}",
    "兼职日结 私我",
    "主页有福利～ 🛰️{id}",
    "同城交友 | 滴滴我",
    "全套资料免费领 dd",
]
LURE_BIO_EN = [
    "💸 earn from home – link below",
    "🔞 spicy pics 👉 link",
    "📈 crypto mentor | DM for signals",
    "🎁 free gift for followers – tap the link",
    "promo / shoutouts – DM",
]

GIVE_ZH = [
    "抽我抽我",
    "参与一下",
    "好运来[锦鲤]",
    "许愿中奖",
    "转发了，求锦鲤",
    "想要想要",
    "冲冲冲",
    "求中一次",
    "从来没中过奖",
    "锦鲤附体",
    "万一呢",
    "已关注已转发",
    "保佑保佑",
    "选我选我",
]
GIVE_EN = [
    "Entered! 🤞",
    "Would love to win this!",
    "Done ✅",
    "Fingers crossed 🤞🤞",
    "Pick me please 🙏",
    "Amazing giveaway!",
    "I never win but here goes",
    "Followed and shared!",
    "Count me in!",
    "Good luck everyone",
]
FAN_ZH = [
    "{star}好帅[心]",
    "永远支持{star}",
    "{star}冲鸭",
    "第一眼就爱了",
    "我们永远在",
    "晚安{star}",
    "啊啊啊啊啊啊啊",
    "好想你呀",
    "新歌循环了一百遍",
    "{star}的新作品太好看了，期待更多",
    "全世界最好的{star}",
    "哥哥辛苦了",
    "妈妈爱你",
    "今天也是爱{star}的一天",
    "冲冲冲",
    "美貌暴击",
]
FAN_EN = [
    "{star} you're my everything 💜",
    "we love you {star}!!",
    "so proud of you",
    "queen behavior 👑",
    "the visuals 😭",
    "streaming all day 💜",
    "best comeback ever",
    "{star} never disappoints",
    "I love you so much",
    "legend",
    "can't wait for the tour!!",
]
CONTRO_ZH = [
    "脱粉了",
    "取关",
    "这事你得给个说法",
    "黑子退散",
    "支持{addr}",
    "吃瓜",
    "说实话有点失望",
    "洗白失败",
    "道歉有用吗",
    "理性讨论",
    "一直支持你",
    "路转黑",
    "等一个反转",
    "节奏太明显了",
]
CONTRO_EN = [
    "unfollowed.",
    "this is not ok",
    "waiting for an apology",
    "ppl are overreacting",
    "still here ❤️",
    "the receipts though",
    "cancel culture is wild",
    "lost all respect",
    "explain yourself",
    "love you no matter what",
]
SHOP_ZH = [
    "链接在哪",
    "什么时候开播",
    "已下单",
    "质量怎么样",
    "上次买的很好用",
    "几号发货",
    "有优惠吗",
    "还有货吗",
    "尺码偏大吗",
    "蹲直播",
    "回购了",
    "昨天直播间抢到了",
    "退货怎么弄",
    "主播讲得好细",
]

ZH_CHARS = (
    "小大月星云风雨雪花草木林森晨夕阳光影梦心悠然安宁静思语言诗画音乐橙柚桃梨糖果甜酸辣猫狗兔熊鱼鹿鲸鸟喵"
    "汪呆萌乖酷野白黑蓝绿紫红金银一二三七九十阿宝贝乔可芝士奶茶咖啡团子豆包饺面米粒瓜皮番茄南北东西山海川"
    "江湖岛城叶枫柳松竹梅兰菊荷"
)
ZH_SURN = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔"
)
ZH_NICK_ADJ = [
    "快乐",
    "温柔",
    "可爱",
    "孤独",
    "勇敢",
    "睡不醒",
    "认真",
    "佛系",
    "暴躁",
    "安静",
    "迷糊",
    "元气",
    "努力",
    "普通",
    "emo",
    "社恐",
    "摸鱼",
]
ZH_NICK_NOUN = [
    "小猫",
    "小熊",
    "兔子",
    "橘子",
    "土豆",
    "小鱼",
    "星星",
    "月亮",
    "打工人",
    "少女",
    "阿姨",
    "大叔",
    "学生党",
    "宝妈",
    "程序员",
    "吃货",
    "柠檬",
    "咸鱼",
    "仙女",
    "小孩",
]
ZH_FOODS = ["草莓", "火锅", "西瓜", "芒果", "香菜", "薯条", "冰淇淋", "螺蛳粉", "桃子", "奶茶"]
ZH_ANIMALS = ["猫", "小狗", "熊猫", "兔子", "小羊", "狐狸", "企鹅", "考拉", "小猪", "鲸鱼"]
EN_NAMES_ZH = [
    "Lily",
    "Coco",
    "Amy",
    "Vivian",
    "Momo",
    "Kiki",
    "Cindy",
    "Jason",
    "Kevin",
    "Yuki",
    "Nana",
    "Leo",
    "Eva",
    "Tina",
    "Sunny",
    "Cherry",
]
PINYIN = [
    "xiao",
    "yu",
    "mei",
    "le",
    "tian",
    "ming",
    "qing",
    "jia",
    "hui",
    "lin",
    "chen",
    "wen",
    "xin",
    "yan",
    "hao",
    "zhi",
    "ran",
    "yue",
    "fei",
    "ting",
]
ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
HEX = "0123456789ABCDEF"
B62 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"

ZH_BIO_TAIL = [
    "商务合作请私信",
    "📮合作：{mail}",
    "分享日常～",
    "不定期更新",
    "记录生活",
    "谢谢关注",
    "💌 {mail}",
    "合作v：{id}（备注来意）",
    "全网同名",
    "",
    "",
    "",
]
EN_BIO_TAIL = [
    "📩 collabs: {mail}",
    "links below 👇",
    "new videos every week",
    "she/her",
    "he/him",
    "business: {mail}",
    "",
    "",
    "",
]
ZH_BIO_HEAD = [
    "一个爱{topic}的{who}",
    "{place}｜{topic}博主",
    "分享{topic}和生活",
    "{who}｜{topic}",
    "专注{topic}{n}年",
    "{place}人在{place2}",
    "{topic}爱好者",
    "普通{who}的{topic}日常",
]
ZH_WHO = [
    "女孩",
    "宝妈",
    "打工人",
    "学生",
    "设计师",
    "程序员",
    "老师",
    "医生",
    "吃货",
    "旅行者",
    "奶爸",
    "大叔",
]
EN_BIO_HEAD = [
    "{topic} creator ✨",
    "{place} | {topic}",
    "sharing {topic} & everyday life",
    "{who} who loves {topic}",
    "{topic} tips for real people",
    "just a {who} figuring out {topic}",
    "{topic} • {place} • coffee",
]
EN_WHO = [
    "mom",
    "nurse",
    "student",
    "engineer",
    "teacher",
    "dad",
    "designer",
    "runner",
    "foodie",
    "nerd",
]
ACC_BIO_ZH = [
    "热爱生活",
    "随便看看",
    "记录",
    "开心最重要",
    "保持热爱",
    "{place}",
    "不想上班",
    "一只小透明",
    "佛系",
    "你好",
    "日常分享",
    "emo中",
    "努力搞钱",
    "干饭人",
    "追星女孩",
    "🌙",
]
ACC_BIO_EN = [
    "living my best life",
    "✨",
    "coffee addict",
    "{place}",
    "dog mom 🐶",
    "just vibes",
    "gym • food • travel",
    "she/her",
    "student",
    "photography",
    "not active",
    "lover of all things {topic}",
    "🌸",
    "God first 🙏",
]
PREM_BIO_ZH = [
    "热爱生活，热爱自己",
    "保持热爱，奔赴山海",
    "生活明朗，万物可爱",
    "努力成为更好的自己",
    "做自己的光",
]
PREM_BIO_EN = [
    "Living life to the fullest ✨",
    "Dream big, work hard",
    "Lover of life and good vibes",
    "Travel | Food | Fashion",
    "Be yourself, everyone else is taken",
]
FB_BIO_ZH = ["互关必回", "有关必回", "互粉互赞", "关注我我回关", "回关"]
FB_BIO_EN = [
    "follow for follow",
    "f4f ✅ always follow back",
    "🔄 follow back",
    "l4l f4f",
    "DM for collab 📩",
]
POD_BIO_EN = [
    "{topic} creator | DM for collabs 📩",
    "UGC creator ✨ {topic}",
    "Brand ambassador | {topic}",
    "{place} based {topic} blogger",
]
GW_BIO_ZH = ["专业抽奖", "锦鲤附体", "抽奖号", "中奖绝缘体", "每天转发抽奖"]
GW_BIO_EN = [
    "giveaway lover 🎁",
    "contests & sweepstakes",
    "lucky girl 🍀",
    "always entering giveaways",
]


# --------------------------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------------------------
def _iso(ts: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ts))


def _dstr(ts: float) -> str:
    return time.strftime("%Y-%m-%d", time.gmtime(ts))


def _wchoice(pr: random.Random, pairs):
    x = pr.random() * sum(w for _, w in pairs)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def _rs(pr: random.Random, chars: str, k: int) -> str:
    return "".join(pr.choice(chars) for _ in range(k))


def _digits(pr: random.Random, k: int) -> str:
    return str(pr.randint(1, 9)) + "".join(pr.choice("0123456789") for _ in range(k - 1))


# --------------------------------------------------------------------------------------------
# names
# --------------------------------------------------------------------------------------------
def zh_default_name(pr: random.Random, platform: str) -> str:
    if platform == "rednote":
        return "小红薯" + _rs(pr, HEX, 8)
    if platform == "bilibili":
        return "bili_" + _digits(pr, 11)
    if platform == "weibo":
        return ("用户" if pr.random() < 0.7 else "手机用户") + _digits(pr, 10)
    if platform == "wechat_channels":
        return "微信用户" if pr.random() < 0.3 else _rs(pr, ZH_CHARS, 2)
    return "用户" + _digits(pr, pr.choice((9, 10, 11)))


def zh_nick(pr: random.Random, platform: str) -> str:
    r = pr.random()
    if r < 0.14:
        return zh_default_name(pr, platform)
    if r < 0.30:
        return pr.choice(ZH_NICK_ADJ) + "的" + pr.choice(ZH_NICK_NOUN)
    if r < 0.38:
        return "爱吃" + pr.choice(ZH_FOODS) + "的" + pr.choice(ZH_ANIMALS)
    if r < 0.50:
        return pr.choice(ZH_SURN) + _rs(pr, ZH_CHARS, pr.choice((1, 2)))
    if r < 0.64:
        return _rs(pr, ZH_CHARS, pr.choice((2, 2, 3))) + pr.choice(
            ("", "", "酱", "呀", "子", "ya", "z", ".")
        )
    if r < 0.72:
        return _rs(pr, ZH_CHARS, 2) + _digits(pr, pr.choice((2, 3, 4)))
    if r < 0.78:
        return "一只" + pr.choice(ZH_ANIMALS) + pr.choice(("", "", "呀", "吖"))
    if r < 0.88:
        return (
            pr.choice(EN_NAMES_ZH)
            + pr.choice(("", "", "_", ".", "酱"))
            + pr.choice(("", "", _digits(pr, 2)))
        )
    return (
        pr.choice(PINYIN)
        + pr.choice(PINYIN)
        + pr.choice(("", "_", ""))
        + _digits(pr, pr.choice((2, 3, 4)))
    )


def zh_uid(pr: random.Random, platform: str) -> str:
    if platform == "weibo":
        return _digits(pr, 10)
    if platform == "bilibili":
        return _digits(pr, pr.choice((8, 9, 10, 16)))
    if platform == "rednote":
        return _digits(pr, pr.choice((9, 10)))
    if platform == "douyin":
        return (
            ("dy" + _rs(pr, ALNUM, 9))
            if pr.random() < 0.6
            else (pr.choice(PINYIN) + pr.choice(PINYIN) + _digits(pr, 4))
        )
    if platform == "kuaishou":
        return ("ks" + _rs(pr, ALNUM, 9)) if pr.random() < 0.6 else _rs(pr, ALNUM, 10)
    return "sph" + _rs(pr, B62, 12)


def en_handle(pr: random.Random, platform: str) -> str:
    r = pr.random()
    sep = pr.choice(("", "_", ".", "", "__"))
    if r < 0.07 and platform == "tiktok":
        return "user" + _digits(pr, pr.choice((10, 11, 13)))
    if r < 0.07 and platform == "youtube":
        return "user-" + _rs(pr, ALNUM, 10)
    if r < 0.27:
        return pr.choice(EN_FIRST) + sep + pr.choice(EN_LAST)
    if r < 0.45:
        return pr.choice(EN_FIRST) + sep + pr.choice(EN_LAST) + _digits(pr, 2)
    if r < 0.62:
        return pr.choice(EN_WORDS) + sep + pr.choice(EN_WORDS)
    if r < 0.72:
        return pr.choice(EN_FIRST) + "." + pr.choice(EN_WORDS)
    if r < 0.80:
        return "the" + pr.choice(EN_WORDS) + pr.choice(EN_FIRST)
    if r < 0.90:
        return pr.choice(EN_FIRST) + _digits(pr, pr.choice((2, 3, 4)))
    return pr.choice(EN_WORDS) + "_" + pr.choice(EN_WORDS) + "_" + _digits(pr, 2)


def en_display(pr: random.Random, handle: str) -> str:
    if pr.random() < 0.55:
        return pr.choice(EN_FIRST).title() + " " + pr.choice(EN_LAST).title()
    if pr.random() < 0.5:
        return pr.choice(EN_FIRST).title() + pr.choice(("", " ✨", " 🌸", " 🇺🇸", " 🇬🇧", ""))
    return handle


def fake_cheap_name(pr: random.Random, platform: str, zh: bool, style: int) -> tuple:
    """(username, display_name) for a cheap farm account; `style` is the vendor's pattern."""
    if zh:
        if style == 0:
            nick = zh_default_name(pr, platform)
        elif style == 1:
            nick = _rs(pr, ZH_CHARS, pr.choice((2, 3))) + _digits(pr, 4)
        else:
            nick = _rs(pr, "abcdefghijklmnopqrstuvwxyz", pr.randint(4, 7)) + _digits(
                pr, pr.randint(2, 5)
            )
        return zh_uid(pr, platform), nick
    if style == 0:
        h = "user" + _digits(pr, pr.choice((8, 9, 10)))
    elif style == 1:
        h = pr.choice(EN_FOREIGN) + pr.choice(("_", ".", "")) + _rs(pr, ALNUM, pr.randint(3, 6))
    else:
        h = _rs(pr, "abcdefghijklmnopqrstuvwxyz", pr.randint(5, 8)) + _digits(pr, pr.randint(3, 6))
    return h, (h if pr.random() < 0.6 else pr.choice(EN_FOREIGN).split("_")[0].title())


# --------------------------------------------------------------------------------------------
# texts
# --------------------------------------------------------------------------------------------
PRODUCT_CATS = {"beauty", "fashion", "tech", "home", "parenting", "pets", "auto", "fitness", "food"}
NONPROD_ZH = (
    "用了",
    "买",
    "下单",
    "平替",
    "链接",
    "多少钱",
    "牌子",
    "踩雷",
    "踩过",
    "更{adj}",
    "干皮",
    "爱{item}",
)
NONPROD_EN = (
    "dupe",
    "ordered",
    "how much",
    "link to",
    "broke",
    "using this",
    "shade",
    "my mom has",
)


class TextCtx:
    __slots__ = (
        "addr",
        "ee",
        "emos",
        "eq",
        "items_en",
        "items_zh",
        "platform",
        "prod",
        "star",
        "topic_en",
        "topic_zh",
        "year",
        "ze",
        "zh",
        "zq",
    )

    def __init__(self, zh, platform, category, star, year):
        self.zh = zh
        self.platform = platform
        c = CATEGORIES[category]
        self.items_zh, self.items_en, self.topic_zh, self.topic_en = c
        self.emos = ZH_EMO.get(platform, ZH_EMO["douyin"])
        self.addr = ZH_ADDR.get(platform, ["博主", "宝"])
        self.star = star
        self.year = year
        self.prod = category in PRODUCT_CATS
        self.zq = (
            ZH_QUEST if self.prod else [t for t in ZH_QUEST if not any(w in t for w in NONPROD_ZH)]
        )
        self.ze = (
            ZH_EXPER if self.prod else [t for t in ZH_EXPER if not any(w in t for w in NONPROD_ZH)]
        )
        self.eq = (
            EN_QUEST if self.prod else [t for t in EN_QUEST if not any(w in t for w in NONPROD_EN)]
        )
        self.ee = (
            EN_EXPER if self.prod else [t for t in EN_EXPER if not any(w in t for w in NONPROD_EN)]
        )


def _zh_fill(pr, s, c: TextCtx):
    if "{" not in s:
        return s
    return s.format(
        item=pr.choice(c.items_zh),
        place=pr.choice(ZH_PLACES),
        addr=pr.choice(c.addr),
        op=pr.choice(ZH_OP),
        act=pr.choice(ZH_ACT),
        adj=pr.choice(ZH_ADJ),
        yr=pr.randint(c.year - 6, c.year - 1),
        star=c.star,
        topic=c.topic_zh,
    )


def _en_fill(pr, s, c: TextCtx):
    if "{" not in s:
        return s
    return s.format(
        item=pr.choice(c.items_en),
        place=pr.choice(EN_PLACES),
        op=pr.choice(EN_OP),
        yr=pr.randint(c.year - 6, c.year - 1),
        yr2=c.year,
        star=c.star,
        topic=c.topic_en,
    )


def zh_decorate(pr, s, c: TextCtx):
    r = pr.random()
    if r < 0.2:
        s = pr.choice(ZH_INTERJ) + pr.choice(("，", "", " ", "！")) + s
    r = pr.random()
    if r < 0.25:
        s += pr.choice(c.emos) * pr.choice((1, 1, 2, 3))
    elif r < 0.40:
        s += pr.choice(UNI_EMO) * pr.choice((1, 1, 2, 3))
    elif r < 0.62:
        s += pr.choice(
            ("！", "!!", "～", "。", "?", "…", "哈哈", "hhh", "吧", "呀", "啊", "哈哈哈哈")
        )
    return s


def en_decorate(pr, s, c: TextCtx):
    if pr.random() < 0.15:
        s = pr.choice(EN_INTERJ) + pr.choice((" ", ", ", " ")) + s
    r = pr.random()
    if r < 0.33:
        s += " " + pr.choice(UNI_EMO) * pr.choice((1, 1, 2, 3))
    elif r < 0.55:
        s += pr.choice(("!", "!!", "...", " lol", " haha", "!!!", " 😂", "."))
    if pr.random() < 0.3:
        s = s.lower()
    elif pr.random() < 0.08:
        s = s.upper()
    return s


def zh_organic(pr: random.Random, c: TextCtx, mention_pool) -> str:
    r = pr.random()
    if r < 0.20:
        s = pr.choice(ZH_REACT)
        if s == "哈哈哈":
            s = "哈" * pr.randint(3, 14)
    elif r < 0.29:
        if pr.random() < 0.6:
            return "".join(pr.choice(c.emos) for _ in range(pr.randint(1, 4)))
        return pr.choice(UNI_EMO) * pr.randint(1, 5)
    elif r < 0.43:
        s = _zh_fill(pr, pr.choice(c.zq), c)
    elif r < 0.56:
        s = _zh_fill(pr, pr.choice(c.ze), c)
    elif r < 0.67:
        s = _zh_fill(pr, pr.choice(ZH_PRAISE), c)
    elif r < 0.74:
        s = (
            "@"
            + pr.choice(mention_pool)
            + pr.choice(
                (
                    "",
                    " 快来看",
                    " 我们下次去这个",
                    " 这不就是你",
                    " 看这个",
                    " 你要的",
                    " 哈哈哈哈像不像你",
                )
            )
        )
        return s
    elif r < 0.83:
        s = _zh_fill(pr, pr.choice(ZH_SLANG.get(c.platform, ZH_SLANG["douyin"])), c)
    elif r < 0.88:
        s = pr.choice(ZH_NEG)
    elif r < 0.93:
        s = _zh_fill(pr, pr.choice(ZH_CHAT), c)
    else:  # longer, multi-clause
        parts = [
            _zh_fill(pr, pr.choice(c.ze), c),
            _zh_fill(pr, pr.choice(c.zq), c),
            pr.choice(ZH_REACT),
            _zh_fill(pr, pr.choice(ZH_CHAT), c),
        ]
        pr.shuffle(parts)
        s = "，".join(parts[: pr.randint(2, 3)])
    return zh_decorate(pr, s, c)


def en_organic(pr: random.Random, c: TextCtx, mention_pool) -> str:
    r = pr.random()
    if r < 0.20:
        s = pr.choice(EN_REACT)
    elif r < 0.28:
        return pr.choice(UNI_EMO) * pr.randint(1, 5)
    elif r < 0.42:
        s = _en_fill(pr, pr.choice(c.eq), c)
    elif r < 0.55:
        s = _en_fill(pr, pr.choice(c.ee), c)
    elif r < 0.66:
        s = _en_fill(pr, pr.choice(EN_PRAISE), c)
    elif r < 0.76:
        k = pr.choice((1, 1, 1, 2))
        s = " ".join("@" + pr.choice(mention_pool) for _ in range(k))
        s += pr.choice(
            ("", "", " this is us", " we need to do this", " lmao", " look", " 😂", " omg")
        )
        return s
    elif r < 0.83:
        s = _en_fill(pr, pr.choice(EN_NEG), c)
    elif r < 0.90:
        s = _en_fill(pr, pr.choice(EN_CHAT), c)
    else:
        parts = [
            _en_fill(pr, pr.choice(c.ee), c),
            _en_fill(pr, pr.choice(c.eq), c),
            pr.choice(EN_REACT),
            _en_fill(pr, pr.choice(EN_PRAISE), c),
        ]
        pr.shuffle(parts)
        s = ". ".join(parts[: pr.randint(2, 3)])
    return en_decorate(pr, s, c)


def organic_text(pr, c: TextCtx, mention_pool, mode: str) -> str:
    """mode: normal | giveaway | fan | controversy | shop"""
    if mode == "giveaway" and pr.random() < 0.8:
        if pr.random() < 0.45:
            tags = " ".join("@" + pr.choice(mention_pool) for _ in range(pr.randint(1, 3)))
            return (
                (pr.choice(GIVE_ZH) + " " + tags)
                if c.zh
                else (tags + pr.choice(("", " 🤞", " done", " ✅")))
            )
        s = pr.choice(GIVE_ZH if c.zh else GIVE_EN)
        return zh_decorate(pr, s, c) if c.zh else en_decorate(pr, s, c)
    if mode == "fan" and pr.random() < 0.6:
        s = pr.choice(FAN_ZH if c.zh else FAN_EN).format(star=c.star)
        if pr.random() < 0.45:  # fans paste the template as is (控评)
            return s
        return zh_decorate(pr, s, c) if c.zh else en_decorate(pr, s, c)
    if mode == "controversy" and pr.random() < 0.6:
        s = pr.choice(CONTRO_ZH if c.zh else CONTRO_EN)
        s = _zh_fill(pr, s, c) if c.zh else s
        return zh_decorate(pr, s, c) if c.zh else en_decorate(pr, s, c)
    if mode == "shop" and c.zh and pr.random() < 0.5:
        return zh_decorate(pr, pr.choice(SHOP_ZH), c)
    return zh_organic(pr, c, mention_pool) if c.zh else en_organic(pr, c, mention_pool)


def creator_reply_text(pr, c: TextCtx, author: str) -> str:
    if c.zh:
        s = _zh_fill(pr, pr.choice(ZH_REPLY), c)
        if c.platform == "weibo" and pr.random() < 0.6:
            s = "回复@" + author + ":" + s
        return s
    s = _en_fill(pr, pr.choice(EN_REPLY), c)
    if pr.random() < 0.4:
        s = "@" + author + " " + s
    return s


def bot_text(pr, c: TextCtx, variety: float) -> str:
    s = pr.choice(BOT_ZH if c.zh else BOT_EN)
    if pr.random() < variety:  # cautious vendors vary the texts
        s += (
            pr.choice(UNI_EMO) * pr.randint(1, 3)
            if pr.random() < 0.6
            else pr.choice(("!", "！", "~", "!!"))
        )
    return s


def pod_text(pr, c: TextCtx) -> str:
    s = pr.choice(POD_ZH if c.zh else POD_EN)
    if pr.random() < 0.25:
        s += pr.choice(UNI_EMO)
    return s


def ai_text(pr, c: TextCtx) -> str:
    if c.zh:
        a, b = pr.sample(c.items_zh, 2)

        def fz(s: str) -> str:
            return s.format(
                item=pr.choice(c.items_zh),
                topic=c.topic_zh,
                addr=pr.choice(("博主", "作者", "创作者")),
                a=a,
                b=b,
            )

        parts = [fz(pr.choice(AI_ZH_OPEN)) + fz(pr.choice(AI_ZH_P1)), fz(pr.choice(AI_ZH_P2))]
        if pr.random() < 0.5:
            parts.append(fz(pr.choice(AI_ZH_P2)))
        s = "，".join(parts) + "，" + pr.choice(AI_ZH_CL)
        if pr.random() < 0.3:
            s += pr.choice(("✨", "👍", "💯", "🌟"))
        return s

    def fe(s: str) -> str:
        return s.format(
            adj=pr.choice(AI_EN_ADJ),
            thing=pr.choice(AI_EN_THING),
            topic=c.topic_en,
            item=pr.choice(c.items_en),
            verb=pr.choice(AI_EN_VERB),
        )

    parts = [fe(pr.choice(AI_EN_OPEN)), fe(pr.choice(AI_EN_P1))]
    if pr.random() < 0.7:
        parts.append(fe(pr.choice(AI_EN_P2)))
    cl = pr.choice(AI_EN_CL)
    if cl:
        parts.append(cl)
    return " ".join(parts)


def lure_id(pr) -> str:
    r = pr.random()
    base = pr.choice(PINYIN) + _digits(pr, pr.randint(3, 6))
    if r < 0.3:  # spaced out
        return " ".join(base)
    if r < 0.5:  # fancy digits
        tbl = str.maketrans("0123456789", "𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗")
        return base.translate(tbl)
    if r < 0.65:
        tbl = str.maketrans("0123456789", "零壹贰叁肆伍陆柒捌玖")
        return base.translate(tbl)
    if r < 0.8:
        return "".join(ch + ("·" if pr.random() < 0.3 else "") for ch in base)
    return base


def lure_text(pr, c: TextCtx, handles) -> str:
    if c.zh:
        r = pr.random()
        if r < 0.45:
            return (
                pr.choice(LURE_ZH_BAIT)
                + pr.choice(("", "，", " "))
                + pr.choice(LURE_ZH_CONTACT)
                + pr.choice(("", "～", "[看]", "👀", "🍑"))
            )
        if r < 0.85:
            return (
                pr.choice(LURE_ZH_BAIT)
                + pr.choice(("", " "))
                + pr.choice(LURE_ZH_ID).format(id=lure_id(pr), dig=" ".join(_digits(pr, 9)))
            )
        return pr.choice(
            (
                "主页有你想要的",
                "懂的都懂，看我头像",
                "点我头像有惊喜",
                "我的动态里有完整版",
                "这个我有全套的 看我主页",
            )
        )
    return pr.choice(LURE_EN).format(h=pr.choice(handles))


# --------------------------------------------------------------------------------------------
# core simulation
# --------------------------------------------------------------------------------------------
DAY = 86400.0
AS_OF_START = datetime(2024, 1, 15, tzinfo=UTC).timestamp()
AS_OF_END = datetime(2025, 11, 20, tzinfo=UTC).timestamp()
FOLLOW_CAP = {
    "instagram": 7500,
    "tiktok": 10000,
    "douyin": 8000,
    "weibo": 3000,
    "rednote": 5000,
    "kuaishou": 8000,
    "bilibili": 5000,
    "youtube": 2000,
    "wechat_channels": 5000,
}
VERIFY_THR = {
    "weibo": 4.4,
    "douyin": 5.5,
    "instagram": 5.8,
    "youtube": 5.2,
    "tiktok": 5.8,
    "bilibili": 5.4,
    "rednote": 5.0,
    "kuaishou": 5.5,
    "wechat_channels": 5.0,
}
KERN_POST = np.array([0.45, 0.22, 0.12, 0.08, 0.05, 0.04, 0.04])
EN_COUNTRIES = (
    ("US", 45),
    ("UK", 14),
    ("CA", 8),
    ("AU", 8),
    ("IN", 5),
    ("PH", 4),
    ("SG", 3),
    ("MY", 3),
    ("DE", 3),
    ("NG", 2),
    ("BR", 2),
    ("IE", 2),
    ("NZ", 1),
)
EN_TZ = {
    "US": -5,
    "UK": 0,
    "CA": -5,
    "AU": 10,
    "IN": 5,
    "PH": 8,
    "SG": 8,
    "MY": 8,
    "DE": 1,
    "NG": 1,
    "BR": -3,
    "IE": 0,
    "NZ": 12,
}


def _loguni(n, lo, hi):
    return float(math.exp(n.uniform(math.log(lo), math.log(hi))))


def _size_for(n, arch: str, label: int) -> float:
    rng = {
        "organic_koc": (300, 5e3),
        "organic_micro": (5e3, 1e5),
        "organic_mid": (1e5, 1e6),
        "organic_macro": (1e6, 1e7),
        "viral_post": (200, 8e4),
        "giveaway": (3e3, 5e5),
        "shoutout": (300, 1.5e5),
        "bot_purge": (3e3, 5e6),
        "celebrity_low_er": (2e6, 4e7),
        "tiny_koc_few_posts": (100, 3e3),
        "fan_community": (2e5, 2e7),
        "controversy": (5e4, 5e6),
        "ecommerce_live": (2e4, 5e6),
    }
    if label == 0:
        lo, hi = rng[arch]
        return _loguni(n, lo, hi)
    r = n.random()
    if r < 0.25:
        return _loguni(n, 300, 5e3)
    if r < 0.65:
        return _loguni(n, 5e3, 1e5)
    if r < 0.90:
        return _loguni(n, 1e5, 1e6)
    return _loguni(n, 1e6, 8e6)


def _post_id(pr, platform):
    if platform in ("douyin", "tiktok"):
        return "7" + _digits(pr, 18)
    if platform == "rednote":
        return _rs(pr, "0123456789abcdef", 24)
    if platform == "weibo":
        return _rs(pr, B62, 9)
    if platform == "bilibili":
        return "BV1" + _rs(pr, B62, 9)
    if platform == "kuaishou":
        return "3x" + _rs(pr, "abcdefghijkmnpqrstuvwxyz23456789", 13)
    if platform == "wechat_channels":
        return "export/" + _rs(pr, B62, 24)
    if platform == "instagram":
        return _rs(pr, B62 + "_-", 11)
    return _rs(pr, B62 + "_-", 11)


def _delays(n, k, kind, age_h, inten=0.5):
    """Comment delays in hours after posting, for k comments of one source."""
    if k <= 0:
        return np.zeros(0)
    if kind == "organic":
        d = n.lognormal(math.log(3.0), 1.6, k)
    elif kind == "reg":
        d = n.lognormal(math.log(1.5), 1.4, k)
    elif kind == "tp":
        d = n.lognormal(math.log(0.2), 1.3, k)
    elif kind == "pod":
        d = n.lognormal(math.log(0.35), 0.8, k)
    elif kind in ("bot", "ai"):
        if inten < 0.3:  # cautious: dripped like real comments
            d = n.lognormal(math.log(4.0), 1.2, k)
        else:
            nb = 1 + int(n.integers(0, 1 + int(3 * (1 - inten)) + 1))
            starts = n.uniform(0.02, 8.0 if kind == "ai" else 3.0, nb)
            win = n.uniform(0.08, 1.0 if kind == "bot" else 4.0, nb)
            b = n.integers(0, nb, k)
            d = starts[b] + n.uniform(0, 1, k) * win[b]
    else:  # lure
        d = n.lognormal(math.log(1.0), 1.5, k)
    over = d > age_h
    if over.any():
        d[over] = age_h * n.uniform(0, 1, int(over.sum())) ** 1.5
    return d


class _Sim:
    tctx: TextCtx  # set in build() right after setup(), before any use

    def __init__(self, seed: int, idx: int):
        ss = np.random.SeedSequence(
            [seed & 0xFFFFFFFF, (seed >> 32) & 0xFFFFFFFF, idx & 0xFFFFFFFF, 0xA1FA]
        )
        self.n = np.random.default_rng(ss)
        self.pr = random.Random(int(self.n.integers(0, 2**62)))

    # ---------------------------------------------------------------- setup
    def setup(self):
        n, pr = self.n, self.pr
        k = int(n.choice(len(ARCH_NAMES), p=ARCH_W))
        arch = ARCH_NAMES[k]
        self.label = 0 if k < N_GEN else 1
        comps = []
        if self.label:
            if arch == "combo":
                while True:
                    m = 3 if n.random() < 0.2 else 2
                    comps = list(n.choice(FRAUD_COMPONENTS, m, replace=False))
                    if sum(c.startswith("bought_followers") for c in comps) <= 1:
                        break
                comps = [c for c in FRAUD_COMPONENTS if c in comps]
                self.archetype = "combo:" + "+".join(comps)
            else:
                comps = [arch]
                self.archetype = arch
        else:
            self.archetype = arch
        self.arch = arch
        self.comps = comps
        base_i = float(n.beta(1.3, 1.7))
        self.I = {c: float(np.clip(base_i + n.normal(0, 0.12), 0.02, 0.99)) for c in comps}
        # platform
        aff_key = arch if arch in PLATFORM_AFFINITY else None
        if "bought_views" in comps:
            aff_key = "bought_views"
        elif arch == "combo":
            for c in comps:
                if c in PLATFORM_AFFINITY:
                    aff_key = c
                    break
        aff = PLATFORM_AFFINITY.get(aff_key, {}) if aff_key is not None else {}
        plats = list(PLATFORM_W)
        w = np.array([PLATFORM_W[p] * aff.get(p, 1.0) for p in plats])
        self.platform = plats[int(n.choice(len(plats), p=w / w.sum()))]
        self.cfg = PCFG[self.platform]
        cn = self.platform in CN_PLATFORMS
        self.zh = cn or n.random() < 0.12
        if cn:
            self.country = "CN"
            self.tz = 8
        elif self.zh:
            self.country = _wchoice(
                pr, (("CN", 3), ("TW", 2), ("HK", 1), ("SG", 2), ("MY", 2), ("US", 2))
            )
            self.tz = 8 if self.country != "US" else -8
        else:
            self.country = _wchoice(pr, EN_COUNTRIES)
            self.tz = EN_TZ[self.country]
        self.category = CAT_NAMES[int(n.choice(len(CAT_NAMES), p=CAT_W))]
        if arch in ("fan_community", "celebrity_low_er") and n.random() < 0.7:
            self.category = pr.choice(("music", "lifestyle", "fashion", "comedy"))
        if arch == "ecommerce_live":
            self.category = pr.choice(("beauty", "fashion", "food", "home", "lifestyle"))
        # time frame
        day0 = int(n.uniform(AS_OF_START, AS_OF_END) // DAY) * DAY
        self.as_of_day = day0  # midnight UTC of as_of date
        local_h = n.uniform(9, 24)
        self.as_of_ts = day0 + ((local_h - self.tz) % 24) * 3600.0
        if self.as_of_ts >= day0 + DAY:
            self.as_of_ts -= 3600
        self.year = time.gmtime(day0).tm_year
        self.D = int(n.integers(90, 366))
        # size
        self.F_target = _size_for(n, arch, self.label)
        self.Fclass = (
            "koc"
            if self.F_target < 5e3
            else "micro"
            if self.F_target < 1e5
            else "mid"
            if self.F_target < 1e6
            else "macro"
        )
        # posts timing
        if arch == "tiny_koc_few_posts":
            self.N = int(n.integers(10, 16))
            gap = self.cfg["gap"] * n.lognormal(math.log(3.0), 0.5)
        else:
            self.N = int(n.integers(10, 61))
            gap = self.cfg["gap"] * n.lognormal(0, 0.6)
            if arch == "celebrity_low_er":
                gap *= 1.5
        self.gap = gap
        gaps = n.exponential(gap, self.N) * n.lognormal(0, 0.3, self.N)
        gaps[0] = n.uniform(0.05, max(0.1, gap))
        ages = np.cumsum(np.maximum(gaps, 0.03))
        self.post_k = []  # calendar days before as_of date
        self.post_ts = []
        last = self.as_of_ts
        for a in ages:
            kday = int(a)
            h = _wchoice(
                pr,
                (
                    (8, 1),
                    (10, 1),
                    (12, 3),
                    (13, 2),
                    (17, 2),
                    (18, 3),
                    (19, 3),
                    (20, 4),
                    (21, 4),
                    (22, 3),
                    (23, 1),
                    (0, 0.5),
                    (7, 0.5),
                ),
            )
            ts = self.as_of_day - kday * DAY + ((h - self.tz) % 24) * 3600 + n.uniform(0, 3600)
            while ts >= last - 900:
                ts -= DAY
            self.post_ts.append(ts)
            last = ts
        self.post_k = [int((self.as_of_day + DAY - 1 - t) // DAY) for t in self.post_ts]
        span = max(self.post_k) + 1
        self.L = int(max(self.D, span + 10)) + 90

    # ---------------------------------------------------------------- follower paths
    def real_path(self):
        n, L = self.n, self.L
        arch = self.arch
        cfg = self.cfg
        # bought/followback share of final displayed followers
        s_b = 0.0
        self.bf_kind = None
        for c in self.comps:
            if c.startswith("bought_followers"):
                inten = self.I[c]
                self.bf_kind = c.split("_")[-1]
                if self.bf_kind == "premium":
                    s_b = 0.04 + 0.55 * inten**1.3
                else:
                    s_b = 0.04 + 0.78 * inten**1.3
        s_fb = 0.0
        if "follow_unfollow" in self.comps:
            s_fb = 0.04 + 0.5 * self.I["follow_unfollow"] ** 1.2
        tot = s_b + s_fb
        if tot > 0.9:
            s_b, s_fb = s_b * 0.9 / tot, s_fb * 0.9 / tot
        self.s_b, self.s_fb = s_b, s_fb
        self.R_end = max(30.0, self.F_target * (1 - s_b - s_fb))
        # regime
        r = n.random()
        if arch == "celebrity_low_er":
            G = n.uniform(-0.05, 0.25)
        elif r < 0.35:
            G = n.uniform(0.3, 1.4) if self.Fclass in ("koc", "micro") else n.uniform(0.2, 0.8)
        elif r < 0.70:
            G = n.uniform(0.05, 0.3)
        elif r < 0.90:
            G = n.uniform(-0.03, 0.05)
        else:
            G = n.uniform(-0.25, -0.03)
        lam = n.uniform(0.0001, 0.0006)
        net = G / L
        gam = max(net + lam, 0.00002)
        lam = gam - net
        self.lam = lam
        gain = np.full(L, gam)
        loss = np.full(L, lam)
        dow = (np.arange(L) + int(self.as_of_day // DAY) - L + 1 + 4) % 7  # 0 = Monday
        gain *= np.where(dow >= 5, 1.12, 0.97)
        gain *= n.lognormal(0, 0.35, L)
        # post-driven bumps (reach factors drawn here, reused for engagement)
        psig = cfg["psig"] * n.uniform(0.7, 1.15)
        v = n.lognormal(0, psig, self.N)
        v /= np.exp(psig**2 / 2)
        if self.platform in ("douyin", "tiktok", "kuaishou", "bilibili", "youtube"):
            hits = n.random(self.N) < 0.04
            v[hits] *= n.uniform(3, 12, int(hits.sum()))
        self.v = v
        self.events = {}
        phi = n.uniform(0.3, 0.8)
        post_days = [L - 1 - k for k in self.post_k]
        first_post_day = min(post_days)
        bump = np.zeros(L + 10)
        span_gap = max(1.0, (L - 1 - first_post_day) / self.N)
        vm = max(float(np.mean(v)), 1e-6)
        for d, vv in zip(post_days, v, strict=True):
            if d >= 0:
                bump[d : d + 7] += min(vv / vm, 30.0) * span_gap * KERN_POST
        bump = bump[:L]
        bump[: max(first_post_day, 0)] = 1.0
        gain = gain * (1 - phi) + gam * phi * bump
        lo_win = L - self.D  # first day index in the history window

        def pick_day(in_window_p=0.85, margin=3):
            if n.random() < in_window_p:
                return int(n.integers(lo_win + 2, L - margin))
            return int(n.integers(5, max(6, lo_win)))

        def add_kernel(arr, d, total, kern):
            for j, kv in enumerate(kern):
                if 0 <= d + j < L:
                    arr[d + j] += total * kv

        small = self.Fclass in ("koc", "micro")
        if arch == "viral_post":
            cand = [j for j, d in enumerate(post_days) if lo_win + 2 <= d <= L - 4]
            if cand and n.random() < 0.85:
                j = cand[int(n.integers(0, len(cand)))]
            else:
                j = int(n.integers(0, self.N))
            mult = n.uniform(15, 150) if small else n.uniform(5, 40)
            self.v[j] = max(self.v[j], 1.0) * mult
            f = n.uniform(0.2, 2.0) if small else n.uniform(0.05, 0.5)
            d = post_days[j]
            add_kernel(gain, d, f, [0.3, 0.25, 0.15, 0.1, 0.06, 0.05, 0.03, 0.03, 0.02, 0.01])
            add_kernel(loss, d + 5, f * n.uniform(0.03, 0.15) / 30, [1.0] * 30)
            self.events["viral"] = j
        elif arch == "giveaway":
            cand = [j for j, d in enumerate(post_days) if lo_win + 2 <= d <= L - 14]
            j = cand[int(n.integers(0, len(cand)))] if cand else int(n.integers(0, self.N))
            d = post_days[j]
            dur = int(n.integers(3, 11))
            f = n.uniform(0.1, 0.8)
            add_kernel(gain, d, f, [1.0 / dur] * dur)
            u = n.uniform(0.2, 0.5)
            kern = np.exp(-np.arange(20) / n.uniform(2, 6))
            add_kernel(loss, d + dur, f * u / (1 + f), kern / kern.sum())
            self.events["giveaway"] = j
            self.gw_share = f * (1 - u) / (1 + f * (1 - u))
        elif arch == "shoutout":
            d = pick_day()
            f = n.uniform(0.1, 1.2) if small else n.uniform(0.03, 0.3)
            add_kernel(gain, d, f, [0.55, 0.3, 0.1, 0.05])
            add_kernel(loss, d + 3, f * n.uniform(0.02, 0.1) / 20, [1.0] * 20)
        elif arch == "bot_purge" or (self.label == 0 and self.F_target > 3e5 and n.random() < 0.08):
            d = pick_day(0.9)
            p = n.uniform(0.02, 0.15) if arch == "bot_purge" else n.uniform(0.01, 0.05)
            if n.random() < 0.7:
                loss[d] += p
            else:
                add_kernel(loss, d, p, [0.5, 0.3, 0.2])
            self.events["purge"] = d
        elif arch == "controversy":
            cand = [j for j, d in enumerate(post_days) if lo_win + 2 <= d <= L - 6]
            j = cand[int(n.integers(0, len(cand)))] if cand else int(n.integers(0, self.N))
            d = post_days[j]
            dur = int(n.integers(3, 11))
            add_kernel(loss, d, n.uniform(0.02, 0.15), [1.0 / dur] * dur)
            add_kernel(gain, d, n.uniform(0.003, 0.03), [0.5, 0.3, 0.2])
            self.events["controversy"] = j
            self.v[j] *= n.uniform(2, 8)
        elif arch == "ecommerce_live":
            days = set(int(x) for x in n.choice(7, int(n.integers(2, 5)), replace=False))
            live = np.array([(dd in days) for dd in dow], dtype=float)
            live *= n.lognormal(0, 0.7, L)
            gain = gain * 0.35 + gam * 0.65 * live * 7 / len(days)
        if self.label == 1 and n.random() < 0.05:  # fraud accounts also suffer purges
            d = pick_day(0.9)
            loss[d] += n.uniform(0.01, 0.05)
        netr = gain - loss
        cp = np.cumprod((1 + netr)[::-1])[::-1]
        m_prev = self.R_end / cp
        gains = n.poisson(np.maximum(m_prev * gain, 0))
        losses = n.poisson(np.maximum(m_prev * loss, 0))
        netc = (gains - losses).astype(np.float64)
        rc = np.cumsum(netc[::-1])[::-1]
        R = self.R_end - np.concatenate([rc[1:], [0.0]])
        self.R = np.maximum(R, 0)
        self.post_days = post_days

    def bought_path(self):
        """Cheap/premium bought followers: B_cheap, B_prem arrays; creation clusters for the sample."""
        n, L = self.n, self.L
        self.Bc = np.zeros(L)
        self.Bp = np.zeros(L)
        self.cheap_clusters = []
        if not self.bf_kind:
            return
        c = "bought_followers_" + self.bf_kind
        inten = self.I[c]
        target = self.s_b * self.F_target
        lo_win = L - self.D
        deliv = np.zeros(L)
        drops = np.zeros(L)
        if self.bf_kind == "burst":
            n_orders = 1 + int(n.binomial(3, inten))
            shares = n.dirichlet(np.ones(n_orders))
            delta = n.uniform(0.05, 0.4)
            for sh in shares:
                d = (
                    int(n.integers(lo_win + 1, L - 2))
                    if n.random() < 0.8
                    else int(n.integers(1, max(2, lo_win)))
                )
                A = sh * target / (1 - delta * 0.6)
                k = int(n.integers(1, 4)) if inten > 0.4 else int(n.integers(2, 8))
                w = n.dirichlet(np.ones(k) * 3)
                for j in range(k):
                    if d + j < L:
                        deliv[d + j] += A * w[j]
                dd = d + k + n.exponential(n.uniform(5, 40), int(min(200, max(1, A * delta))))
                cnt = np.bincount(np.minimum(dd.astype(int), L + 5), minlength=L + 6)[:L]
                drops += cnt * (A * delta / max(1, int(min(200, max(1, A * delta)))))
                self.cheap_clusters.append(
                    self.as_of_day - (L - 1 - d) * DAY - n.uniform(5, 200) * DAY
                )
                if n.random() < 0.3:  # refill
                    rd = d + int(n.integers(10, 40))
                    if rd < L:
                        deliv[rd] += A * delta * n.uniform(0.5, 1.0)
            B = np.cumsum(deliv - drops)
            if n.random() < 0.15:  # platform clean-up of fake accounts
                d = int(n.integers(lo_win + 1, L - 1))
                cut = np.maximum(B[d], 0) * n.uniform(0.2, 0.6)
                B[d:] -= cut
            self.Bc = np.maximum(B, 0)
        else:
            prem = self.bf_kind == "premium"
            n_orders = 1 + int(n.binomial(2, 0.4))
            shares = n.dirichlet(np.ones(n_orders) * 2)
            delta = n.uniform(0.0, 0.08) if prem else n.uniform(0.02, 0.15)
            for sh in shares:
                T = (
                    int(n.integers(14, 151))
                    if (not prem or n.random() < 0.6)
                    else int(n.integers(3, 11))
                )
                if n.random() < 0.8:
                    s0 = int(n.integers(max(1, lo_win - T // 2), L - 2))
                else:
                    s0 = int(n.integers(1, max(2, lo_win - T)))
                A = sh * target / (1 - delta * 0.5)
                noise = n.uniform(0.05, 0.3) if not prem else n.uniform(0.3, 0.7)
                daily = np.maximum(0, (A / T) * (1 + n.normal(0, noise, T)))
                for j in range(T):
                    if s0 + j < L:
                        deliv[s0 + j] += daily[j]
                dd = s0 + T / 2 + n.exponential(30, 50)
                cnt = np.bincount(np.minimum(dd.astype(int), L + 5), minlength=L + 6)[:L]
                drops += cnt * (A * delta / 50)
                self.cheap_clusters.append(
                    self.as_of_day - (L - 1 - s0) * DAY - n.uniform(5, 200) * DAY
                )
            B = np.maximum(np.cumsum(deliv - drops), 0)
            if prem:
                self.Bp = B
            else:
                self.Bc = B

    def follow_paths(self):
        """following count G and follow-back followers FB."""
        n, L = self.n, self.L
        arch = self.arch
        self.FB = np.zeros(L)
        if arch == "celebrity_low_er":
            G_end = int(n.lognormal(math.log(150), 1.0))
        elif n.random() < 0.1:  # genuine follow-back culture / business accounts
            G_end = int(n.uniform(1000, 4000))
        else:
            G_end = int(n.lognormal(math.log(250 if self.Fclass != "koc" else 180), 0.9))
        G_end = max(G_end, 1)
        mf = max(0.02, G_end * n.uniform(0.0002, 0.0025))
        mu = mf * n.uniform(0.3, 1.0)
        dg = n.poisson(mf, L) - n.poisson(mu, L)
        rc = np.cumsum(dg[::-1])[::-1]
        G = G_end - np.concatenate([rc[1:], [0]])
        G = np.maximum(G, 0).astype(np.float64)
        if "follow_unfollow" in self.comps:
            inten = self.I["follow_unfollow"]
            cap = FOLLOW_CAP[self.platform]
            target = self.s_fb * self.F_target
            fbr = n.uniform(0.05, 0.25)
            u = n.uniform(0.2, 0.6)
            start = int(n.integers(0, max(1, L - self.D // 2)))
            cycles = []
            t = start
            while t < L - 2:
                a = int(n.integers(1, 6))
                h = int(n.integers(1, 8))
                cycles.append((t, a, h))
                t += a + h + int(n.integers(1, 3)) + int(n.integers(0, 11))
            if not cycles:
                cycles = [(L - 8, 3, 3)]
            tot_days = sum(a for _, a, _ in cycles)
            k = target / max(1.0, tot_days * fbr * (1 - u * 0.8))
            k = min(
                k,
                {"instagram": 200, "tiktok": 250, "youtube": 60}.get(self.platform, 300)
                * (0.4 + 0.6 * inten),
            )
            keep = 0.0 if inten < 0.4 else n.uniform(0.05, 0.4) * inten
            extraG = np.zeros(L)
            fbd = np.zeros(L)
            for t0, a, h in cycles:
                fol = n.poisson(k * n.uniform(0.6, 1.3), a).astype(float)
                for j in range(a):
                    if t0 + j < L:
                        extraG[t0 + j :] += fol[j]
                unf_day = t0 + a + h
                if unf_day < L:
                    extraG[unf_day:] -= fol.sum() * (1 - keep)
                    gained = n.poisson(fol.sum() * fbr)
                    for j, frac in enumerate((0.5, 0.35, 0.15)):
                        if t0 + j < L:
                            fbd[t0 + j] += gained * frac
                    lost = gained * u
                    dd = unf_day + 1 + n.exponential(3, 20)
                    cnt = np.bincount(np.minimum(dd.astype(int), L + 5), minlength=L + 6)[:L]
                    fbd -= cnt * lost / 20
                else:
                    gained = n.poisson(fol.sum() * fbr)
                    fbd[min(t0, L - 1)] += gained
            G = G + extraG
            excess = G.max() - cap
            if excess > 0:
                G -= excess
            G = np.maximum(G, 0)
            self.FB = np.maximum(np.cumsum(fbd), 0)
        self.G = np.round(G)

    # ---------------------------------------------------------------- posts
    def posts(self):
        n, pr, cfg = self.n, self.pr, self.cfg
        arch = self.arch
        N = self.N
        self.has_views = cfg["lpv"] is not None and (
            n.random() < cfg["views"] or "bought_views" in self.comps
        )
        cf = n.lognormal(0, cfg["csig"])
        if arch == "celebrity_low_er":
            cf *= n.uniform(0.1, 0.45)
        elif arch == "ecommerce_live":
            cf *= n.uniform(0.15, 0.5)
        elif arch == "fan_community":
            cf *= n.uniform(1.0, 3.0)
        cc = n.lognormal(0, 0.5)
        if arch == "fan_community":
            cc *= n.uniform(1.5, 4)
        cs = n.lognormal(0, 0.6)
        if arch == "fan_community" and self.platform == "weibo":
            cs *= n.uniform(3, 10)
        csv = n.lognormal(0, 0.4)
        lpv_c = (cfg["lpv"] or 0.05) * n.lognormal(0, 0.35)
        p_spons = {"koc": 0.04, "micro": 0.12, "mid": 0.22, "macro": 0.25}[self.Fclass] * n.uniform(
            0, 2
        )
        fmts = cfg["fmt"]
        self.P = []
        for j in range(N):
            d = self.post_days[j]
            Rp = self.R[max(d, 0)]
            FBp = self.FB[max(d, 0)]
            fmt = _wchoice(pr, fmts)
            if arch == "ecommerce_live" and pr.random() < 0.35:
                fmt = "live"
            ff = 1.0
            if self.platform == "instagram":
                ff = 1.25 if fmt == "video" else 0.9
            elif self.platform == "weibo":
                ff = {"text": 0.6, "image": 1.0, "video": 1.3}.get(fmt, 1.0)
            elif self.platform in ("douyin", "kuaishou") and fmt == "image":
                ff = 0.6
            if fmt == "live":
                ff = 0.3
            spons = pr.random() < p_spons
            sf = n.lognormal(math.log(0.72), 0.2) if spons else 1.0
            age_h = (self.as_of_ts - self.post_ts[j]) / 3600
            rec = 1 - math.exp(-age_h / 20.0)
            rec_c = 1 - math.exp(-age_h / 30.0)
            size_f = min(max(Rp, 50) / 1e4, 1e4) ** cfg["ex"]
            mu = Rp * cfg["lr"] * size_f * cf * self.v[j] * ff * sf + FBp * 0.0005
            full_likes = mu
            likes = int(n.poisson(mu * rec)) if mu < 1e7 else int(mu * rec)
            cmu = full_likes * cfg["cpl"] * cc * n.lognormal(0, 0.45)
            if self.events.get("giveaway") == j:
                likes = int(likes * n.uniform(2, 6))
                cmu = max(cmu * n.uniform(10, 60), likes * n.uniform(0.4, 2.5))
            if self.events.get("controversy") == j:
                cmu *= n.uniform(5, 30)
            comments = int(n.poisson(cmu * rec_c)) if cmu < 1e7 else int(cmu * rec_c)
            p = {
                "post_id": _post_id(pr, self.platform),
                "posted_at": _iso(self.post_ts[j]),
                "format": fmt,
                "likes": likes,
                "comments": comments,
                "_real_likes": likes,
                "_org_c": comments,
                "_age_h": age_h,
                "_ts": self.post_ts[j],
                "_bot": 0,
                "_ai": 0,
                "_pod": 0,
                "_lure": 0,
            }
            if cfg["shr"] is not None:
                p["shares"] = int(n.poisson(likes * cfg["shr"] * cs * n.lognormal(0, 0.6)))
                if self.events.get("giveaway") == j and self.platform == "weibo":
                    p["shares"] = int(p["shares"] * n.uniform(5, 30))
            if cfg["sav"] is not None:
                p["saves"] = int(n.poisson(likes * cfg["sav"] * csv * n.lognormal(0, 0.4)))
            video_like = fmt in ("video", "live") or self.platform in (
                "bilibili",
                "youtube",
                "kuaishou",
                "tiktok",
            )
            if self.has_views and video_like:
                p["views"] = int(max(likes, 1) / (lpv_c * n.lognormal(0, 0.3)))
            if self.platform == "bilibili":
                p["coins"] = int(n.poisson(likes * n.uniform(0.1, 0.5)))
                p["danmaku"] = int(n.poisson(p.get("views", likes * 20) * n.uniform(0.001, 0.01)))
            if spons:
                p["sponsored"] = True
            self.P.append(p)
        self.fraud_posts()

    def fraud_posts(self):
        n = self.n
        P = self.P
        real = np.array([p["_real_likes"] for p in P], dtype=float)
        med = float(np.median(real)) if len(real) else 0.0
        orgc = np.array([p["_org_c"] for p in P], dtype=float)

        def choose(inten, prefer_spons=False):
            cov = 0.25 + 0.75 * inten
            sel = n.random(len(P)) < cov
            if prefer_spons:
                for j, p in enumerate(P):
                    if p.get("sponsored"):
                        sel[j] = True
            if not sel.any():
                sel[int(n.integers(0, len(P)))] = True
            return sel

        if "bought_likes" in self.comps:
            inten = self.I["bought_likes"]
            sel = choose(inten, prefer_spons=inten < 0.5)
            pkg = n.random() < 0.5
            also_views = n.random() < 0.4
            for j, p in enumerate(P):
                if not sel[j]:
                    continue
                m = (0.3 + 9 * inten**1.5) * n.lognormal(0, 0.3)
                add = (med * m * n.uniform(0.95, 1.08)) if pkg else (max(real[j], 5) * m)
                add = int(max(add, n.integers(20, 100)))
                p["likes"] += add
                if also_views and "views" in p:
                    p["views"] += int(add / ((self.cfg["lpv"] or 0.05) * n.uniform(0.5, 1.5)))
        if "bought_views" in self.comps:
            inten = self.I["bought_views"]
            sel = choose(inten)
            for j, p in enumerate(P):
                if sel[j] and "views" in p:
                    mv = 1 + (1 + 30 * inten**1.5) * n.lognormal(0, 0.3)
                    p["views"] = int(p["views"] * mv)
                    if n.random() < 0.2:
                        p["likes"] += int(p["likes"] * n.uniform(0.05, 0.3))
        if "engagement_pod" in self.comps:
            inten = self.I["engagement_pod"]
            size = int(8 + 250 * inten**1.5 * n.lognormal(0, 0.3))
            self.pod_size = size
            join = int(n.integers(0, len(P))) if n.random() < 0.3 else len(P)
            pl, pc = n.uniform(0.4, 0.9), n.uniform(0.3, 0.8)
            for j, p in enumerate(P):
                if j < join and p["_age_h"] > 1:
                    p["_pod"] = int(n.binomial(size, pc))
                    p["likes"] += int(n.binomial(size, pl))
                    if "saves" in p:
                        p["saves"] += int(n.binomial(size, pl * 0.5))
        if "bot_comments" in self.comps:
            inten = self.I["bot_comments"]
            sel = choose(inten)
            for j, p in enumerate(P):
                if sel[j]:
                    p["_bot"] = int(n.poisson(max(4.0, orgc[j] * (0.15 + 3 * inten**1.3))))
        if "ai_praise" in self.comps:
            inten = self.I["ai_praise"]
            sel = choose(inten)
            for j, p in enumerate(P):
                if sel[j]:
                    p["_ai"] = int(n.poisson(max(2.0, orgc[j] * (0.1 + 2 * inten**1.3))))
        if "lure_spam" in self.comps:
            inten = self.I["lure_spam"]
            sel = choose(inten)
            for j, p in enumerate(P):
                if sel[j]:
                    p["_lure"] = int(n.poisson(max(2.0, orgc[j] * (0.1 + 1.5 * inten))))
        for p in P:
            p["comments"] += p["_bot"] + p["_ai"] + p["_pod"] + p["_lure"]

    # ---------------------------------------------------------------- comments
    def comments(self):
        n, pr = self.n, self.pr
        c = self.tctx
        zh = self.zh
        P = self.P
        plat = self.platform
        newname = (lambda: zh_nick(pr, plat)) if zh else (lambda: en_handle(pr, plat))
        mention_pool = [newname() for _ in range(40)]
        regulars = [newname() for _ in range(int(n.integers(5, 41)))]
        p_reg = {"koc": 0.25, "micro": 0.12, "mid": 0.05, "macro": 0.02}[self.Fclass] * n.uniform(
            0.3, 1.5
        )
        reply = {"koc": (0.1, 0.4), "micro": (0.04, 0.25), "mid": (0.0, 0.1), "macro": (0.0, 0.03)}[
            self.Fclass
        ]
        rho = n.uniform(*reply)
        if self.arch in ("celebrity_low_er", "fan_community"):
            rho = n.uniform(0, 0.01)
        tp_base = {"koc": 0.004, "micro": 0.012, "mid": 0.03, "macro": 0.05}[
            self.Fclass
        ] * n.lognormal(0, 0.7)
        spam_handles = [en_handle(pr, plat) for _ in range(6)]
        vend_style = int(n.integers(0, 3))
        # fraud author pools
        I_bot = self.I.get("bot_comments", 0.5)
        I_ai = self.I.get("ai_praise", 0.5)
        I_lure = self.I.get("lure_spam", 0.5)
        bot_pool = (
            [fake_cheap_name(pr, plat, zh, vend_style)[1] for _ in range(int(20 + 400 * I_bot))]
            if "bot_comments" in self.comps
            else []
        )
        ai_pool = (
            [
                (zh_nick(pr, plat) if zh else en_handle(pr, plat))
                for _ in range(int(15 + 200 * I_ai))
            ]
            if "ai_praise" in self.comps
            else []
        )
        pod_pool = [
            (zh_nick(pr, plat) if zh else en_handle(pr, plat))
            for _ in range(getattr(self, "pod_size", 0))
        ]
        lure_pool = (
            [fake_cheap_name(pr, plat, zh, 2)[1] for _ in range(int(5 + 60 * I_lure))]
            if "lure_spam" in self.comps
            else []
        )
        lure_handles = [en_handle(pr, plat) for _ in range(3)]
        bot_variety = 0.6 * (1 - I_bot)
        copy_p = 0.1 + 0.2 * (1 - I_bot)
        pod_reply = n.uniform(0.3, 0.8)
        lure_self = n.uniform(0.1, 0.5) * (0.5 + I_lure)
        me = self.display if zh else self.handle
        # sample size and per-post quota
        S = int(n.integers(100, 301)) if n.random() < 0.88 else int(n.integers(300, 401))
        counts = np.array([p["comments"] for p in P], dtype=float)
        tot = counts.sum()
        if tot <= S:
            quota = counts.astype(int)
        else:
            w = counts**0.6
            quota = np.minimum(counts, np.floor(S * w / w.sum())).astype(int)
        out = []
        org_texts = []
        hot = np.array([1.0, 0.6, 0.8, 1.2, 0.9])
        for j, p in enumerate(P):
            q = int(quota[j])
            if q <= 0:
                continue
            src = np.array(
                [max(p["_org_c"], 0), p["_bot"], p["_ai"], p["_pod"], p["_lure"]], dtype=float
            )
            if src.sum() <= 0:
                continue
            wv = src * hot
            alloc = np.minimum(n.multinomial(q, wv / wv.sum()), src.astype(int))
            pid, ts0, age_h = p["post_id"], p["_ts"], p["_age_h"]
            base_like = p["_real_likes"] / (p["_org_c"] + 5.0) * 0.5
            mode = "normal"
            if self.events.get("giveaway") == j:
                mode = "giveaway"
            elif self.events.get("controversy") == j:
                mode = "controversy"
            elif self.arch == "fan_community":
                mode = "fan"
            elif self.arch == "ecommerce_live":
                mode = "shop"
            tp_rate = tp_base * (3.0 if self.events.get("viral") == j else 1.0)
            post_c = []
            # organic
            k = int(alloc[0])
            if k:
                isreg = n.random(k) < p_reg
                dl = _delays(n, k, "organic", age_h)
                dl[isreg] = _delays(n, int(isreg.sum()), "reg", age_h)
                lk = np.floor(base_like * n.lognormal(0, 1.4, k) * np.where(dl < 1, 1.5, 1.0))
                lk = np.minimum(lk, max(3.0, 0.2 * p["_real_likes"]))
                tp = n.random(k) < tp_rate
                for x in range(k):
                    if tp[x]:
                        if pr.random() < 0.6:
                            text = lure_text(pr, c, spam_handles)
                        else:
                            text = bot_text(pr, c, 0.5)
                        author = fake_cheap_name(pr, plat, zh, pr.randint(0, 2))[1]
                        t = ts0 + _delays(n, 1, "tp", age_h)[0] * 3600
                        post_c.append(
                            {
                                "post_id": pid,
                                "author": author,
                                "text": text,
                                "posted_at": _iso(t),
                                "likes": int(n.poisson(0.5)),
                            }
                        )
                        continue
                    author = pr.choice(regulars) if isreg[x] else newname()
                    text = organic_text(pr, c, mention_pool, mode)
                    org_texts.append(text)
                    t = ts0 + dl[x] * 3600
                    cm = {
                        "post_id": pid,
                        "author": author,
                        "text": text,
                        "posted_at": _iso(t),
                        "likes": int(lk[x]),
                    }
                    post_c.append(cm)
                    if pr.random() < rho:
                        rt = min(t + n.lognormal(math.log(2.0), 1.2) * 3600, self.as_of_ts - 60)
                        if rt > t:
                            post_c.append(
                                {
                                    "post_id": pid,
                                    "author": me,
                                    "text": creator_reply_text(pr, c, author),
                                    "posted_at": _iso(rt),
                                    "likes": int(lk[x] * n.uniform(0.02, 0.3)),
                                    "from_creator": True,
                                }
                            )
            # bot farm
            k = int(alloc[1])
            if k:
                dl = _delays(n, k, "bot", age_h, I_bot)
                for x in range(k):
                    if org_texts and pr.random() < copy_p:
                        text = pr.choice(org_texts)
                    else:
                        text = bot_text(pr, c, bot_variety)
                    post_c.append(
                        {
                            "post_id": pid,
                            "author": pr.choice(bot_pool),
                            "text": text,
                            "posted_at": _iso(ts0 + dl[x] * 3600),
                            "likes": int(n.poisson(0.2)),
                        }
                    )
            # machine-written praise
            k = int(alloc[2])
            if k:
                dl = _delays(n, k, "ai", age_h, I_ai)
                for x in range(k):
                    post_c.append(
                        {
                            "post_id": pid,
                            "author": pr.choice(ai_pool),
                            "text": ai_text(pr, c),
                            "posted_at": _iso(ts0 + dl[x] * 3600),
                            "likes": int(n.poisson(0.6)),
                        }
                    )
                    if pr.random() < 0.04:
                        post_c.append(
                            {
                                "post_id": pid,
                                "author": me,
                                "text": "谢谢" if zh else "Thank you!",
                                "posted_at": _iso(
                                    min(ts0 + (dl[x] + 3) * 3600, self.as_of_ts - 60)
                                ),
                                "likes": 0,
                                "from_creator": True,
                            }
                        )
            # pod
            k = int(alloc[3])
            if k:
                dl = _delays(n, k, "pod", age_h)
                authors = pr.sample(pod_pool, min(k, len(pod_pool))) if pod_pool else []
                lam = n.uniform(2, 10)
                for x in range(min(k, len(authors))):
                    t = ts0 + dl[x] * 3600
                    post_c.append(
                        {
                            "post_id": pid,
                            "author": authors[x],
                            "text": pod_text(pr, c),
                            "posted_at": _iso(t),
                            "likes": int(n.poisson(lam)),
                        }
                    )
                    if pr.random() < pod_reply:
                        rt = min(t + n.lognormal(math.log(1.0), 1.0) * 3600, self.as_of_ts - 60)
                        if rt > t:
                            s = pr.choice(POD_REPLY_ZH if zh else POD_REPLY_EN)
                            post_c.append(
                                {
                                    "post_id": pid,
                                    "author": me,
                                    "text": s if zh else "@" + authors[x] + " " + s,
                                    "posted_at": _iso(rt),
                                    "likes": int(n.poisson(1)),
                                    "from_creator": True,
                                }
                            )
            # lure hub
            k = int(alloc[4])
            if k:
                dl = _delays(n, k, "lure", age_h)
                topl = I_lure > 0.6
                for x in range(k):
                    r = pr.random()
                    if r < 0.3:
                        text = (
                            pr.choice(LURE_ZH_TESTI)
                            if zh
                            else pr.choice(LURE_EN_TESTI).format(h=self.handle)
                        )
                    else:
                        text = lure_text(pr, c, [self.handle, *lure_handles])
                    t = ts0 + dl[x] * 3600
                    lk = (
                        int(n.poisson(p["_real_likes"] * 0.01))
                        if (topl and pr.random() < 0.3)
                        else int(n.poisson(0.5))
                    )
                    post_c.append(
                        {
                            "post_id": pid,
                            "author": pr.choice(lure_pool),
                            "text": text,
                            "posted_at": _iso(t),
                            "likes": lk,
                        }
                    )
                    if pr.random() < lure_self:
                        rt = min(t + n.lognormal(math.log(0.5), 1.0) * 3600, self.as_of_ts - 60)
                        if rt > t:
                            post_c.append(
                                {
                                    "post_id": pid,
                                    "author": me,
                                    "text": pr.choice(LURE_ZH_SELF if zh else LURE_EN_SELF),
                                    "posted_at": _iso(rt),
                                    "likes": 0,
                                    "from_creator": True,
                                }
                            )
            if len(post_c) > p["comments"]:
                p["comments"] = len(post_c)
            p["_sample"] = len(post_c)
            out.extend(post_c)
        if len(out) > 400:  # keep the scraped sample within ~400
            keep = sorted(pr.sample(range(len(out)), 400))
            dropped: dict[str, int] = {}
            for x in set(range(len(out))) - set(keep):
                dropped[out[x]["post_id"]] = dropped.get(out[x]["post_id"], 0) + 1
            out = [out[x] for x in keep]
            for p in P:
                if p["post_id"] in dropped and "_sample" in p:
                    p["_sample"] -= dropped[p["post_id"]]
        return out

    # ---------------------------------------------------------------- follower sample
    def _plat_age_years(self):
        fy = self.cfg["founded"]
        f_ts = datetime(int(fy), 1, 1, tzinfo=UTC).timestamp() + (fy - int(fy)) * 365 * DAY
        return max(0.5, (self.as_of_ts - f_ts) / (365 * DAY))

    def _account(self, kind: str, zh: bool, cluster_ts: float) -> dict:
        n, pr, plat = self.n, self.pr, self.platform
        ya = self.plat_age
        now = self.as_of_ts
        lg = n.lognormal
        cap = FOLLOW_CAP[plat]
        bio = None
        has_url = False
        private_p = {"instagram": 0.3, "tiktok": 0.12}.get(plat, 0.04)
        verified = False
        last = None
        if kind in ("cheap", "obot"):
            u, dn = fake_cheap_name(
                pr, plat, zh, self.vend_style if kind == "cheap" else pr.randint(0, 2)
            )
            fol = int(lg(math.log(3), 1.2))
            fing = min(int(lg(math.log(900 if kind == "cheap" else 1500), 0.8)), cap)
            posts = 0 if pr.random() < 0.7 else pr.randint(1, 4)
            av = pr.random() < (0.3 if kind == "cheap" else 0.45)
            if kind == "cheap":
                created = cluster_ts + n.normal(0, 5 * DAY)
            else:
                created = now - n.uniform(0.2, ya) * 365 * DAY
            if posts:
                last = created + n.uniform(0, 30) * DAY
            if pr.random() < 0.05:
                bio = pr.choice(ACC_BIO_ZH if zh else ACC_BIO_EN).format(place="", topic="life")
            private_p *= 0.3
        else:
            if zh:
                u, dn = zh_uid(pr, plat), zh_nick(pr, plat)
                if kind in ("premium", "followback", "pod", "giveaway") and dn.startswith(
                    ("用户", "小红薯", "bili_", "手机")
                ):
                    dn = pr.choice(ZH_NICK_ADJ) + "的" + pr.choice(ZH_NICK_NOUN)
            else:
                u = en_handle(pr, plat)
                dn = en_display(pr, u)
            if kind == "active":
                fol, fing, posts = (
                    int(lg(math.log(60), 1.5)),
                    int(lg(math.log(180), 0.9)),
                    int(lg(math.log(35), 1.3)),
                )
                av, bio_p, url_p = pr.random() < 0.95, 0.55, 0.06
                created = now - n.uniform(0.3, ya) * 365 * DAY
                last = now - n.exponential(12) * DAY
            elif kind == "lurker":
                fol, fing = int(lg(math.log(8), 1.2)), int(lg(math.log(120), 1.0))
                posts = 0 if pr.random() < 0.6 else int(lg(math.log(3), 1.0)) + 1
                av, bio_p, url_p = pr.random() < 0.7, 0.15, 0.01
                created = now - n.uniform(0.2, ya) * 365 * DAY
                last = now - n.uniform(30, 1000) * DAY
            elif kind == "inactive":
                fol, fing = int(lg(math.log(20), 1.3)), int(lg(math.log(150), 1.0))
                posts = 0 if pr.random() < 0.3 else int(lg(math.log(10), 1.3)) + 1
                av, bio_p, url_p = pr.random() < 0.6, 0.25, 0.02
                created = now - n.uniform(min(2.0, ya * 0.8), ya) * 365 * DAY
                last = now - n.uniform(365, max(366, (now - created) / DAY)) * DAY
            elif kind == "premium":
                fol, fing = int(lg(math.log(250), 0.9)), int(lg(math.log(600), 0.6))
                posts = int(lg(math.log(30), 0.8)) + 3
                av, bio_p, url_p = pr.random() < 0.98, 0.7, 0.05
                created = cluster_ts + n.normal(0, 40 * DAY)
                last = (
                    (now - n.exponential(20) * DAY)
                    if pr.random() < 0.4
                    else created + n.uniform(30, 300) * DAY
                )
                if pr.random() < 0.5:
                    bio = pr.choice(PREM_BIO_ZH if zh else PREM_BIO_EN)
            elif kind == "followback":
                fol = int(lg(math.log(1500), 0.8))
                fing = min(int(fol * n.uniform(0.8, 1.5)), cap)
                posts = int(lg(math.log(200), 0.9))
                av, bio_p, url_p = pr.random() < 0.98, 0.8, 0.3
                created = now - n.uniform(0.3, ya) * 365 * DAY
                last = now - n.exponential(5) * DAY
                if pr.random() < 0.3:
                    bio = pr.choice(FB_BIO_ZH if zh else FB_BIO_EN)
            elif kind == "giveaway":
                fol, fing = int(lg(math.log(80), 1.0)), min(int(lg(math.log(2500), 0.5)), cap)
                posts = int(lg(math.log(40), 1.2))
                av, bio_p, url_p = pr.random() < 0.85, 0.4, 0.02
                created = now - n.uniform(0.3, ya) * 365 * DAY
                last = now - n.exponential(4) * DAY
                if pr.random() < 0.4:
                    bio = pr.choice(GW_BIO_ZH if zh else GW_BIO_EN)
            elif kind == "pod":
                fol, fing = int(lg(math.log(8000), 1.0)), min(int(lg(math.log(2500), 0.6)), cap)
                posts = int(lg(math.log(500), 0.8))
                av, bio_p, url_p = True, 0.95, 0.7
                created = now - n.uniform(0.5, ya) * 365 * DAY
                last = now - n.exponential(2) * DAY
                bio = (
                    pr.choice(POD_BIO_EN).format(
                        topic=self.tctx.topic_en, place=pr.choice(EN_PLACES)
                    )
                    if not zh
                    else self.tctx.topic_zh + "博主｜合作私信"
                )
            else:  # fan alt account
                fol, fing = int(lg(math.log(30), 1.0)), int(lg(math.log(300), 0.8))
                posts = int(lg(math.log(800), 1.0))
                av, bio_p, url_p = pr.random() < 0.9, 0.6, 0.0
                created = now - n.uniform(0.2, min(ya, 4)) * 365 * DAY
                last = now - n.exponential(2) * DAY
                bio = (
                    ("爱" + self.tctx.star + "的第" + str(pr.randint(100, 3000)) + "天")
                    if zh
                    else "stan account 💜"
                )
            if bio is None and pr.random() < bio_p:
                bio = pr.choice(ACC_BIO_ZH if zh else ACC_BIO_EN).format(
                    place=pr.choice(ZH_PLACES if zh else EN_PLACES), topic=self.tctx.topic_en
                )
            has_url = pr.random() < url_p
            verified = pr.random() < (0.003 if kind != "pod" else 0.03)
        created = min(created, now - DAY)
        created = max(created, now - ya * 365 * DAY)
        acc = {
            "id": _digits(pr, pr.choice((9, 10, 11, 12))),
            "username": u,
            "display_name": dn,
            "followers": max(0, fol),
            "following": max(0, fing),
            "posts": max(0, posts),
            "has_avatar": bool(av),
            "is_private": pr.random() < private_p,
            "verified": verified,
            "has_url": has_url,
            "created_at": _dstr(created),
        }
        if bio:
            acc["bio"] = bio
        if posts > 0 and last is not None:
            last = min(max(last, created), now)
            acc["last_post_at"] = _dstr(last)
        if plat == "weibo":
            age_y = (now - created) / (365 * DAY)
            cw: tuple[float, ...]
            if kind in ("cheap", "obot"):
                lvl, mem, cw = pr.randint(0, 4), 0, (0.6, 0.35, 0.05, 0, 0)
            elif kind == "premium":
                lvl, mem, cw = (
                    pr.randint(8, 22),
                    (pr.randint(1, 3) if pr.random() < 0.05 else 0),
                    (0.1, 0.5, 0.35, 0.05, 0),
                )
            else:
                lvl = int(
                    np.clip(
                        age_y * 2
                        + n.normal(3, 4)
                        + (4 if kind in ("active", "followback", "pod") else 0),
                        1,
                        48,
                    )
                )
                mem = pr.randint(1, 7) if pr.random() < (0.15 if kind == "active" else 0.06) else 0
                cw = {
                    "active": (0.02, 0.18, 0.45, 0.25, 0.10),
                    "lurker": (0.05, 0.35, 0.4, 0.15, 0.05),
                    "inactive": (0.1, 0.4, 0.35, 0.1, 0.05),
                    "followback": (0.05, 0.3, 0.45, 0.15, 0.05),
                    "giveaway": (0.1, 0.4, 0.35, 0.1, 0.05),
                    "pod": (0.02, 0.2, 0.45, 0.23, 0.1),
                    "fan": (0.2, 0.4, 0.3, 0.1, 0),
                }[kind]
            acc["platform_level"] = lvl
            acc["membership_level"] = mem
            acc["credit_rating"] = _wchoice(pr, list(zip(range(5), cw, strict=True)))
        return acc

    def follower_sample(self, F_end: float) -> list:
        n = self.n
        m = int(n.integers(50, 201))
        base = np.array([0.5, 0.3, 0.15, 0.05])  # active, lurker, inactive, spam bots
        if self.platform in CN_PLATFORMS:
            base = base + np.array([-0.05, 0.1, 0.0, 0.0])
        if self.arch == "celebrity_low_er":
            base = np.array([0.3, 0.25, 0.33, 0.12])
        elif self.Fclass == "koc":
            base = base + np.array([0.1, 0.0, -0.05, -0.03])
        if "purge" in self.events:
            base[3] *= 0.3
        mix = n.dirichlet(base / base.sum() * 25)
        Fe = max(F_end, 1.0)
        sh = {
            "cheap": self.Bc[-1] / Fe,
            "premium": self.Bp[-1] / Fe,
            "followback": self.FB[-1] / Fe,
            "giveaway": getattr(self, "gw_share", 0.0),
            "pod": min(0.3, getattr(self, "pod_size", 0) * 0.5 / Fe),
            "fan": n.uniform(0.08, 0.25) if self.arch == "fan_community" else 0.0,
        }
        rest = max(0.0, 1.0 - sum(sh.values()))
        kinds = ["active", "lurker", "inactive", "obot", *sh]
        probs = np.array(list(mix * rest) + list(sh.values()))
        probs = np.maximum(probs, 0)
        cnt = n.multinomial(m, probs / probs.sum())
        clusters = self.cheap_clusters or [self.as_of_ts - 200 * DAY]
        zh_aud = self.zh
        out = []
        for kind, k in zip(kinds, cnt, strict=True):
            for _ in range(int(k)):
                zh_a = (
                    zh_aud
                    if (self.platform in CN_PLATFORMS or self.n.random() < 0.85)
                    else not zh_aud
                )
                if kind in ("cheap", "premium"):
                    zh_a = (
                        zh_aud if self.platform in CN_PLATFORMS or self.n.random() < 0.6 else False
                    )
                out.append(self._account(kind, zh_a, self.pr.choice(clusters)))
        self.pr.shuffle(out)
        return out

    # ---------------------------------------------------------------- assemble
    def build(self) -> dict:
        n, pr = self.n, self.pr
        self.gw_share = 0.0
        self.setup()
        plat = self.platform
        self.plat_age = self._plat_age_years()
        self.vend_style = int(n.integers(0, 3))
        star = zh_nick(pr, plat)[:3] if self.zh else pr.choice(EN_FIRST).title()
        self.tctx = TextCtx(self.zh, plat, self.category, star, self.year)
        # identity
        if self.zh:
            self.display = pr.choice(
                (
                    pr.choice(ZH_SURN) + _rs(pr, ZH_CHARS, 1) + "的" + self.tctx.topic_zh + "日记",
                    _rs(pr, ZH_CHARS, 2) + pr.choice(("酱", "呀", "同学", "老师", "")),
                    pr.choice(EN_NAMES_ZH) + pr.choice(("", "在" + pr.choice(ZH_PLACES))),
                    pr.choice(ZH_NICK_ADJ) + "的" + pr.choice(ZH_NICK_NOUN),
                )
            )
            self.handle = self.display
            slug = (
                pr.choice(PINYIN)
                + pr.choice(PINYIN)
                + pr.choice(("_", "", "."))
                + _rs(pr, ALNUM, 4)
            )
        else:
            self.handle = pr.choice(
                (
                    pr.choice(EN_FIRST) + "." + self.category,
                    pr.choice(EN_WORDS) + pr.choice(("_", "", ".")) + pr.choice(EN_WORDS),
                    pr.choice(EN_FIRST) + pr.choice(EN_LAST) + pr.choice(("", "tv", "eats", "_")),
                    "the" + pr.choice(EN_WORDS) + self.category,
                )
            ) + _rs(pr, "0123456789", pr.randint(0, 2))
            self.display = self.handle
            slug = self.handle + "_" + _rs(pr, ALNUM, 3)
        self.real_path()
        self.bought_path()
        self.follow_paths()
        self.posts()
        F = np.round(self.R + self.Bc + self.Bp + self.FB).astype(np.int64)
        F = np.maximum(F, 0)
        G = self.G.astype(np.int64)
        L = self.L
        has_comments = n.random() < 0.95
        comments = self.comments() if has_comments else []
        # profile
        age_min = (L + 30) / 365.0
        age_y = max(
            age_min,
            min(
                self.plat_age,
                n.uniform(age_min, self.plat_age)
                if self.arch != "celebrity_low_er"
                else n.uniform(max(age_min, self.plat_age * 0.5), self.plat_age),
            ),
        )
        if "lure_spam" in self.comps:
            age_y = max(age_min, min(age_y, n.uniform(0.3, 2.5)))
        created = self.as_of_ts - age_y * 365 * DAY
        total_posts = self.N + (
            pr.randint(0, 2)
            if self.arch == "tiny_koc_few_posts"
            else max(0, int(age_y * 365 / self.gap * n.uniform(0.2, 0.9)) - self.N)
        )
        lv = math.log10(max(F[-1], 1))
        verified = n.random() < 1 / (1 + math.exp(-(lv - VERIFY_THR[plat]) * 2.5))
        if self.arch == "celebrity_low_er":
            verified = n.random() < 0.95
        c = self.tctx
        if self.zh:
            head = pr.choice(ZH_BIO_HEAD).format(
                topic=c.topic_zh,
                who=pr.choice(ZH_WHO),
                place=pr.choice(ZH_PLACES),
                place2=pr.choice(ZH_PLACES),
                n=pr.randint(2, 9),
            )
            tail = pr.choice(ZH_BIO_TAIL).format(
                mail=slug.replace(".", "") + pr.choice(("@163.com", "@qq.com", "@126.com")),
                id=pr.choice(PINYIN) + _digits(pr, 4),
            )
            bio = head + (" | " + tail if tail else "")
        else:
            head = pr.choice(EN_BIO_HEAD).format(
                topic=c.topic_en, who=pr.choice(EN_WHO), place=pr.choice(EN_PLACES)
            )
            tail = pr.choice(EN_BIO_TAIL).format(mail=slug.replace(".", "") + "@gmail.com")
            bio = head + ("\n" + tail if tail else "")
        if "lure_spam" in self.comps and n.random() < 0.4 + 0.6 * self.I["lure_spam"]:
            bio = (
                pr.choice(LURE_BIO_ZH).format(id=lure_id(pr)) if self.zh else pr.choice(LURE_BIO_EN)
            )
        if self.arch == "celebrity_low_er" or self.arch == "fan_community":
            bio = (
                (
                    pr.choice(("演员", "歌手", "艺人", "主持人"))
                    + " | 工作联系："
                    + slug
                    + "@studio.cn"
                )
                if self.zh
                else (
                    pr.choice(("Actor", "Singer", "Artist", "Host"))
                    + " | mgmt: "
                    + slug
                    + "@mgmt.com"
                )
            )
        profile: dict[str, Any] = {
            "followers": int(F[-1]),
            "following": int(G[-1]),
            "posts": int(total_posts),
            "verified": bool(verified),
            "created_at": _dstr(created),
            "bio": bio,
            "category": self.category,
            "country": self.country,
        }
        rec: dict[str, Any] = {
            "creator_id": plat + ":" + slug,
            "platform": plat,
            "handle": self.handle,
            "as_of": _iso(self.as_of_ts),
            "profile": profile,
        }
        if n.random() < 0.03:
            k = int(n.integers(1, 31))
            profile["followers"] = int(F[L - 1 - k])
            profile["observed_at"] = _dstr(self.as_of_day - k * DAY)
        # history
        if n.random() < 0.85:
            with_fing = n.random() < 0.7
            lo = L - self.D
            if n.random() < 0.8:
                idx = np.arange(lo, L)
                gp = n.uniform(0, 0.04)
                if gp > 0.01:
                    keep = n.random(len(idx)) >= gp
                    keep[-1] = True
                    idx = idx[keep]
            else:
                m = int(n.integers(6, 41))
                idx = np.sort(n.choice(np.arange(lo, L), min(m, self.D), replace=False))
            hist = []
            for t in idx.tolist():
                row = {"date": _dstr(self.as_of_day - (L - 1 - t) * DAY), "followers": int(F[t])}
                if with_fing:
                    row["following"] = int(G[t])
                hist.append(row)
            rec["follower_history"] = hist
        # posts output
        ks_unknown = plat == "kuaishou" and n.random() < 0.5
        ig_hide = plat == "instagram" and n.random() < 0.04
        hide_frac = n.uniform(0.5, 1.0)
        posts = []
        for p in self.P:
            q = {k: v for k, v in p.items() if not k.startswith("_")}
            if ks_unknown:
                q["comments"] = int(p.get("_sample", 0))
                q["comments_unknown"] = True
            if ig_hide and pr.random() < hide_frac:
                q["likes"] = 0
                q["likes_unknown"] = True
            posts.append(q)
        rec["posts"] = posts
        if has_comments:
            rec["comments"] = comments
        if n.random() < 0.8:
            rec["follower_sample"] = self.follower_sample(float(F[-1]))
        rec["label"] = self.label
        rec["archetype"] = self.archetype
        return rec


def make_creator(seed: int, i: int) -> dict:
    return _Sim(seed, i).build()


def generate(n: int, seed: int) -> Iterator[dict]:
    """Yield n labelled creator records; record i depends only on (seed, i)."""
    for i in range(n):
        yield make_creator(seed, i)


def _write_jsonl(fh: TextIO, n: int, seed: int) -> None:
    for rec in generate(n, seed):
        fh.write(json.dumps(rec, ensure_ascii=False, separators=(",", ":")))
        fh.write("\n")


def main(argv: list | None = None) -> int:
    ap = argparse.ArgumentParser(
        description="alpha creator simulator (genuine + fraudulent, labelled)"
    )
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=101)
    ap.add_argument("--out", default="-", help="JSONL path ('-' = stdout)")
    a = ap.parse_args(argv)
    t0 = time.time()
    if a.out == "-":
        _write_jsonl(sys.stdout, a.n, a.seed)
    else:
        with open(a.out, "w", encoding="utf-8") as fh:
            _write_jsonl(fh, a.n, a.seed)
    print(f"wrote {a.n} creators in {time.time() - t0:.1f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

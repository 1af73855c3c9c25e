"""hotel_sim -- an independent simulator of social-media creators, genuine and fraudulent.

Usage:  python hotel_sim.py --n 2000 --seed 7 --out creators.jsonl
        generate(n, seed) -> iterator of dicts (record i depends only on (seed, i)).

Every record follows creator.schema.json and carries two extra keys: ``label``
(1 = fraudulent, 0 = genuine) and ``archetype`` (combined frauds as ``combo:a+b``).

Focus of this simulator: the whole range of creator sizes and niches and how fraud
scales with them.  Tiers (observed followers): nano (<10k, down to a few hundred),
micro (10k-100k), mid (100k-500k), macro (500k-2M), mega (2M-50M+), drawn with a
heavy tail inside each tier.  Niches: beauty, fashion, food, travel, gaming, tech,
parenting, finance, local shops (探店), e-commerce live-sellers, fitness, pets,
lifestyle, each with its own engagement, save, comment and posting norms and its own
comment culture (questions about shades, recipes, sizes, routes, specs, prices...).

Genuine archetypes (label 0, about 50 % together)
  genuine_nano / genuine_micro / genuine_mid / genuine_macro / genuine_mega
                      ordinary creators of every size               6/6/4/3/2 %
  viral_post          one post explodes, followers jump after it          3.5 %
  giveaway            a giveaway post: mention-only comments, hunters follow
                      then a part unfollow after the draw                 2.5 %
  shoutout            a bigger account mentions them: follower jump with
                      no own post behind it                               2.5 %
  platform_purge      the platform removes bots: one-day follower drops   3 %
  celebrity_low_er    verified star, very low engagement rate, fan-club
                      comment culture (incl. copy-pasted 控评 texts)       2.5 %
  tiny_koc            a few hundred followers, 10-15 posts, friends comment 3 %
  brand_new           account weeks old, fast early growth, short history 2.5 %
  dormant_returned    months without posts, then back ("welcome back")    2.5 %
  niche_changed       older posts in one niche, newer in another           2 %
  agency_managed      MCN-run: posts on fixed weekdays/hours, many ads    2.5 %
  live_seller         e-commerce live-seller: "上链接 / 扣1" comments      2.5 %
  (Every creator, genuine or fraud, may also carry background events: a viral
  post, a purge, a giveaway, hidden likes, natural bots and lure spam in the
  audience, scraper artefacts such as rounded counts and missing days.)

Fraud archetypes (label 1, about 50 % together), intensity from subtle to blatant
(intensity ~ Beta(1.4, 2.3) plus a 25 % "very cautious" mode, so most fraud is mild):
  starter_followers        nano account buys its first 1k-10k followers      3 %
  bought_followers_burst   bursts of cheap bots (1 day if blatant, spread
                           over a week if cautious), later partial drop-off  3 %
  bought_followers_drip    a steady daily trickle over months               3 %
  premium_followers        real-looking aged accounts (avatar, posts, bio)  3 %
  legacy_bought_followers  big account carrying bots bought years ago; only
                           purges and a dead follower sample show it        3 %
  bought_likes             like packages on some/all posts                  3 %
  bought_views             view packages (video platforms)                  2 %
  brand_deal_topup         mid-tier tops up likes/comments/saves on
                           sponsored posts (and the post before a deal)      3 %
  bot_comments             generic / emoji comments from bot accounts        3 %
  engagement_pod           mutual-boost group: same accounts like and comment
                           on every post within the first hours (group size
                           grows with the account: 6-40 nano, up to 160 mid) 3 %
  ai_praise                machine-written, polished, generic praise         3 %
  follow_churn             follow / unfollow waves; follow-backs inflate
                           the count, following oscillates                   3.5 %
  lure_spam                comment counts inflated by a lure network
                           (disguised contact / "resource" spam)             2.5 %
  combo:a+b                13 common bundles (e.g. bought_followers_burst+
                           bought_likes, starter_followers+bot_comments,
                           legacy_bought_followers+bought_likes, ...)       12 % total

Main assumptions
  * Engagement comes from the *real* audience only: bought followers add nothing, so
    the engagement rate falls with the bought share; genuine engagement rate itself
    falls with size (likes/followers ~ a * F^-b per platform), with a wide
    creator-level spread (lognormal sigma ~0.55) and post-level spread (sigma 0.5-1.0,
    larger on algorithmic feeds).  Weibo engagement is very low for big accounts,
    RedNote saves are high, WeChat Channels shares are high, TikTok/Douyin reach
    non-followers (a small post always gets some likes).
  * Fraud by tier: small accounts buy a starter pack of followers; mid-tier tops up
    engagement on sponsored posts; big accounts carry old bots (purged gradually).
  * Genuine audiences contain lurkers (no posts, no avatar), a few natural bots
    (more on Weibo and on old/big accounts) and occasional lure spam; fan clubs and
    live-shopping chats repeat texts for genuine reasons.
  * Follower sample: a random sample of current followers, so its fake share equals
    the fake share of the follower count.  Bought accounts are created in batches;
    premium ones are aged and active, only subtly off (clustered activity dates,
    following/followers ratios, copied bios).
  * Data blocks: posts ~99 %, comments ~93 %, follower history ~75 % (daily with gaps,
    90-365 days, following count in most), follower sample ~68 %.
  * Platform mix ~60 % Chinese platforms; comments in the platform language (some
    Chinese-language creators on Instagram/TikTok/YouTube).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
import time
from datetime import datetime, timedelta
from typing import Any

import numpy as np

# ============================================================================ platforms
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
ZH_PLATFORMS = {"douyin", "rednote", "weibo", "bilibili", "kuaishou", "wechat_channels"}

# er: likes per follower per post at 1k followers; ex: decay exponent with size;
# sig: post-to-post spread; lpv: likes per view (None = no public views);
# cpl / spl / svl: comments / shares / saves per like; tau: days to accrue engagement.
PLAT: dict[str, dict[str, Any]] = {
    "douyin": dict(
        er=0.060,
        ex=0.20,
        sig=0.95,
        lpv=0.040,
        cpl=0.035,
        spl=0.08,
        svl=0.10,
        tau=0.8,
        launch=2016.75,
        fmt=(("video", 0.86), ("image", 0.14)),
        floor=6.0,
        bots=0.06,
    ),
    "kuaishou": dict(
        er=0.045,
        ex=0.20,
        sig=0.90,
        lpv=0.035,
        cpl=0.060,
        spl=0.05,
        svl=0.04,
        tau=0.9,
        launch=2013.0,
        fmt=(("video", 0.92), ("image", 0.04), ("live", 0.04)),
        floor=4.0,
        bots=0.06,
    ),
    "rednote": dict(
        er=0.085,
        ex=0.30,
        sig=1.00,
        lpv=None,
        cpl=0.10,
        spl=0.10,
        svl=0.55,
        tau=2.5,
        launch=2013.5,
        fmt=(("image", 0.70), ("video", 0.30)),
        floor=4.0,
        bots=0.04,
    ),
    "weibo": dict(
        er=0.012,
        ex=0.30,
        sig=0.75,
        lpv=None,
        cpl=0.30,
        spl=0.30,
        svl=None,
        tau=0.6,
        launch=2009.7,
        fmt=(("image", 0.50), ("text", 0.30), ("video", 0.20)),
        floor=0.5,
        bots=0.16,
    ),
    "bilibili": dict(
        er=0.055,
        ex=0.18,
        sig=0.80,
        lpv=0.050,
        cpl=0.060,
        spl=0.05,
        svl=0.25,
        tau=3.0,
        launch=2010.0,
        fmt=(("video", 0.95), ("text", 0.05)),
        floor=2.0,
        bots=0.04,
    ),
    "wechat_channels": dict(
        er=0.030,
        ex=0.20,
        sig=0.80,
        lpv=None,
        cpl=0.04,
        spl=0.35,
        svl=None,
        tau=1.0,
        launch=2020.1,
        fmt=(("video", 0.95), ("live", 0.05)),
        floor=2.0,
        bots=0.02,
    ),
    "instagram": dict(
        er=0.065,
        ex=0.21,
        sig=0.50,
        lpv=0.045,
        cpl=0.020,
        spl=0.03,
        svl=0.06,
        tau=1.2,
        launch=2010.8,
        fmt=(("image", 0.50), ("video", 0.50)),
        floor=1.0,
        bots=0.07,
    ),
    "tiktok": dict(
        er=0.120,
        ex=0.22,
        sig=1.00,
        lpv=0.075,
        cpl=0.012,
        spl=0.02,
        svl=0.08,
        tau=0.8,
        launch=2017.6,
        fmt=(("video", 0.95), ("image", 0.05)),
        floor=6.0,
        bots=0.06,
    ),
    "youtube": dict(
        er=0.020,
        ex=0.15,
        sig=0.65,
        lpv=0.035,
        cpl=0.050,
        spl=None,
        svl=None,
        tau=3.0,
        launch=2005.5,
        fmt=(("video", 1.0),),
        floor=1.0,
        bots=0.03,
    ),
}

TIER_NAMES = ["nano", "micro", "mid", "macro", "mega"]
TIER_RANGE = [
    (300, 10_000),
    (10_000, 100_000),
    (100_000, 500_000),
    (500_000, 2_000_000),
    (2_000_000, 60_000_000),
]

# w: share; er/cpl/save: multipliers; freq: posts per day (base); spon: sponsored multiplier
NICHES: dict[str, dict[str, Any]] = {
    "beauty": dict(
        w=0.12, er=1.00, cpl=1.25, save=1.4, freq=0.35, spon=1.7, zh="美妆", en="beauty"
    ),
    "fashion": dict(
        w=0.08, er=0.90, cpl=0.90, save=1.3, freq=0.35, spon=1.6, zh="穿搭", en="fashion"
    ),
    "food": dict(w=0.11, er=1.10, cpl=1.00, save=1.6, freq=0.40, spon=1.0, zh="美食", en="food"),
    "travel": dict(
        w=0.08, er=1.00, cpl=0.80, save=1.5, freq=0.22, spon=1.0, zh="旅行", en="travel"
    ),
    "gaming": dict(
        w=0.09, er=1.20, cpl=1.30, save=0.6, freq=0.35, spon=0.8, zh="游戏", en="gaming"
    ),
    "tech": dict(
        w=0.08, er=0.80, cpl=1.40, save=1.0, freq=0.20, spon=1.3, zh="数码科技", en="tech"
    ),
    "parenting": dict(
        w=0.07, er=1.10, cpl=1.50, save=1.3, freq=0.30, spon=1.2, zh="母婴育儿", en="parenting"
    ),
    "finance": dict(
        w=0.06, er=0.60, cpl=1.80, save=1.8, freq=0.50, spon=0.5, zh="财经", en="finance"
    ),
    "local": dict(w=0.07, er=0.90, cpl=1.20, save=1.4, freq=0.40, spon=1.3, zh="探店", en="local"),
    "ecommerce": dict(
        w=0.06, er=0.50, cpl=1.50, save=0.6, freq=1.20, spon=0.6, zh="好物带货", en="shopping"
    ),
    "fitness": dict(
        w=0.06, er=1.00, cpl=1.00, save=1.5, freq=0.35, spon=1.1, zh="健身", en="fitness"
    ),
    "pets": dict(w=0.06, er=1.40, cpl=0.70, save=0.6, freq=0.35, spon=0.7, zh="萌宠", en="pets"),
    "lifestyle": dict(
        w=0.06, er=1.00, cpl=0.90, save=1.0, freq=0.25, spon=1.1, zh="生活", en="lifestyle"
    ),
}
NICHE_LIST = list(NICHES)
NICHE_W = [NICHES[k]["w"] for k in NICHE_LIST]

# ============================================================================ archetypes
# name: (share, tier weights nano..mega)
GENUINE_ARCH: dict[str, tuple[float, list[float]]] = {
    "genuine_nano": (0.06, [1, 0, 0, 0, 0]),
    "genuine_micro": (0.06, [0, 1, 0, 0, 0]),
    "genuine_mid": (0.04, [0, 0, 1, 0, 0]),
    "genuine_macro": (0.03, [0, 0, 0, 1, 0]),
    "genuine_mega": (0.02, [0, 0, 0, 0, 1]),
    "viral_post": (0.035, [0.50, 0.35, 0.12, 0.03, 0]),
    "giveaway": (0.025, [0.20, 0.45, 0.25, 0.10, 0]),
    "shoutout": (0.025, [0.55, 0.35, 0.10, 0, 0]),
    "platform_purge": (0.03, [0.05, 0.20, 0.30, 0.25, 0.20]),
    "celebrity_low_er": (0.025, [0, 0, 0, 0.25, 0.75]),
    "tiny_koc": (0.03, [1, 0, 0, 0, 0]),
    "brand_new": (0.025, [0.75, 0.25, 0, 0, 0]),
    "dormant_returned": (0.025, [0.35, 0.35, 0.20, 0.10, 0]),
    "niche_changed": (0.02, [0.25, 0.45, 0.25, 0.05, 0]),
    "agency_managed": (0.025, [0, 0.25, 0.45, 0.25, 0.05]),
    "live_seller": (0.025, [0.10, 0.35, 0.30, 0.20, 0.05]),
}
FRAUD_ARCH: dict[str, tuple[float, list[float]]] = {
    "starter_followers": (0.03, [1, 0, 0, 0, 0]),
    "bought_followers_burst": (0.03, [0.15, 0.35, 0.30, 0.15, 0.05]),
    "bought_followers_drip": (0.03, [0.30, 0.40, 0.20, 0.10, 0]),
    "premium_followers": (0.03, [0.15, 0.40, 0.30, 0.12, 0.03]),
    "legacy_bought_followers": (0.03, [0, 0.05, 0.25, 0.35, 0.35]),
    "bought_likes": (0.03, [0.25, 0.35, 0.25, 0.10, 0.05]),
    "bought_views": (0.02, [0.20, 0.35, 0.25, 0.15, 0.05]),
    "brand_deal_topup": (0.03, [0, 0.30, 0.50, 0.20, 0]),
    "bot_comments": (0.03, [0.25, 0.35, 0.25, 0.10, 0.05]),
    "engagement_pod": (0.03, [0.45, 0.40, 0.15, 0, 0]),
    "ai_praise": (0.03, [0.20, 0.35, 0.30, 0.10, 0.05]),
    "follow_churn": (0.035, [0.45, 0.40, 0.15, 0, 0]),
    "lure_spam": (0.025, [0.20, 0.35, 0.25, 0.15, 0.05]),
}
# combos: the first mechanism decides the tier mix
COMBOS = [
    (("bought_followers_burst", "bought_likes"), 0.011),
    (("starter_followers", "bot_comments"), 0.010),
    (("bought_followers_drip", "bought_likes"), 0.009),
    (("premium_followers", "ai_praise"), 0.009),
    (("bought_likes", "bot_comments"), 0.010),
    (("engagement_pod", "follow_churn"), 0.009),
    (("legacy_bought_followers", "bought_likes"), 0.009),
    (("bought_views", "bought_likes"), 0.008),
    (("brand_deal_topup", "premium_followers"), 0.009),
    (("bought_likes", "ai_praise"), 0.008),
    (("follow_churn", "bought_followers_burst"), 0.008),
    (("lure_spam", "bought_followers_burst"), 0.007),
    (("bought_followers_burst", "bought_likes", "bot_comments"), 0.013),
]
FOLLOWER_MECHS = {
    "starter_followers",
    "bought_followers_burst",
    "bought_followers_drip",
    "premium_followers",
    "legacy_bought_followers",
}

ARCH_TABLE: list[
    tuple[str, float, int, tuple[str, ...], list[float]]
] = []  # (name, share, label, mechs, tier weights)
for _k, (_s, _t) in GENUINE_ARCH.items():
    ARCH_TABLE.append((_k, _s, 0, (), _t))
for _k, (_s, _t) in FRAUD_ARCH.items():
    ARCH_TABLE.append((_k, _s, 1, (_k,), _t))
for _m, _s in COMBOS:
    ARCH_TABLE.append(("combo:" + "+".join(_m), _s, 1, _m, FRAUD_ARCH[_m[0]][1]))
ARCH_NAMES = [a[0] for a in ARCH_TABLE]
ARCH_W = [a[1] for a in ARCH_TABLE]

PLATFORM_OVERRIDE = {
    "live_seller": {
        "douyin": 0.35,
        "kuaishou": 0.30,
        "tiktok": 0.15,
        "wechat_channels": 0.10,
        "rednote": 0.05,
        "instagram": 0.05,
    },
    "celebrity_low_er": {
        "weibo": 0.33,
        "douyin": 0.20,
        "instagram": 0.25,
        "tiktok": 0.06,
        "youtube": 0.06,
        "bilibili": 0.05,
        "rednote": 0.05,
    },
    "platform_purge": {
        "weibo": 0.28,
        "instagram": 0.24,
        "douyin": 0.15,
        "tiktok": 0.11,
        "rednote": 0.09,
        "kuaishou": 0.05,
        "bilibili": 0.05,
        "youtube": 0.03,
    },
    "engagement_pod": {
        "instagram": 0.30,
        "rednote": 0.25,
        "tiktok": 0.12,
        "douyin": 0.10,
        "weibo": 0.08,
        "bilibili": 0.05,
        "youtube": 0.05,
        "kuaishou": 0.05,
    },
    "follow_churn": {
        "instagram": 0.28,
        "tiktok": 0.15,
        "weibo": 0.15,
        "douyin": 0.15,
        "rednote": 0.10,
        "kuaishou": 0.10,
        "bilibili": 0.04,
        "youtube": 0.03,
    },
    "bought_views": {
        "douyin": 0.25,
        "tiktok": 0.20,
        "youtube": 0.18,
        "bilibili": 0.15,
        "kuaishou": 0.12,
        "instagram": 0.10,
    },
    "legacy_bought_followers": {
        "weibo": 0.28,
        "instagram": 0.20,
        "douyin": 0.15,
        "youtube": 0.10,
        "tiktok": 0.09,
        "bilibili": 0.06,
        "rednote": 0.06,
        "kuaishou": 0.06,
    },
}
NICHE_OVERRIDE = {
    "brand_deal_topup": {
        "beauty": 0.28,
        "fashion": 0.18,
        "tech": 0.14,
        "parenting": 0.10,
        "food": 0.10,
        "fitness": 0.08,
        "lifestyle": 0.07,
        "travel": 0.05,
    },
    "engagement_pod": {
        "beauty": 0.18,
        "fashion": 0.15,
        "travel": 0.12,
        "fitness": 0.12,
        "lifestyle": 0.12,
        "food": 0.12,
        "pets": 0.07,
        "parenting": 0.06,
        "local": 0.06,
    },
    "live_seller": {"ecommerce": 1.0},
    "celebrity_low_er": {
        "lifestyle": 0.35,
        "fashion": 0.2,
        "beauty": 0.15,
        "gaming": 0.1,
        "food": 0.1,
        "travel": 0.1,
    },
}

# ============================================================================ names
ZH_ADJ = [
    "快乐的",
    "爱笑的",
    "不吃香菜的",
    "会飞的",
    "努力的",
    "佛系的",
    "熬夜的",
    "干饭的",
    "躺平的",
    "元气",
    "温柔的",
    "暴躁的",
    "发光的",
    "迷路的",
    "早睡的",
    "爱喝奶茶的",
    "社恐",
    "摸鱼的",
    "勇敢的",
    "认真",
    "可爱的",
    "安静的",
    "失眠的",
    "贪吃的",
]
ZH_NOUN = [
    "小熊",
    "猫咪",
    "小鱼",
    "兔子",
    "橘子",
    "西瓜",
    "汽水",
    "咸鱼",
    "打工人",
    "柠檬",
    "小狗",
    "团子",
    "奶茶",
    "星星",
    "月亮",
    "饺子",
    "小羊",
    "麻薯",
    "可乐",
    "蘑菇",
    "土豆",
    "芋圆",
    "鲸鱼",
    "松鼠",
    "桃子",
    "布丁",
    "面包",
    "云朵",
]
ZH_GIVEN = [
    "小雨",
    "阿杰",
    "芒果",
    "婷婷",
    "晓晓",
    "大伟",
    "阿宁",
    "小鹿",
    "思思",
    "琳琳",
    "浩子",
    "小北",
    "阿May",
    "Cici",
    "Momo",
    "Yoyo",
    "Lily",
    "Coco",
    "小七",
    "一一",
    "欢欢",
    "乐乐",
    "甜甜",
    "阿飞",
    "老张",
    "老王",
    "小李",
    "小陈",
    "阿珍",
    "阿强",
    "萌萌",
    "小敏",
    "阿坤",
    "佳佳",
    "笑笑",
    "小周",
    "阿月",
    "九九",
    "小满",
    "安安",
    "Vivi",
    "Kiki",
    "阿锋",
    "大海",
]
ZH_SUFFIX = [
    "",
    "",
    "",
    "呀",
    "酱",
    "同学",
    "不想上班",
    "的日常",
    "吖",
    "y",
    "_",
    "。",
    "🍊",
    "~",
    "2号",
    "在努力",
    "要暴富",
    "的小号",
]
ZH_CITY = [
    "上海",
    "北京",
    "广州",
    "深圳",
    "成都",
    "杭州",
    "武汉",
    "南京",
    "重庆",
    "西安",
    "长沙",
    "苏州",
    "厦门",
    "青岛",
    "天津",
    "郑州",
    "昆明",
    "合肥",
    "沈阳",
    "济南",
]
ZH_SURNAME = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁沈任姚卢傅钟姜崔谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
ZH_GIVEN_CHARS = list(
    "子涵浩宇欣怡梓轩一诺雨萱俊杰思远晨曦佳琪嘉怡宇航紫萱文博梦瑶天佑语嫣明轩若曦博文诗涵瑞芸泽洋雅琳昊然可馨"
)
PINYIN = [
    "xiao",
    "yu",
    "mei",
    "li",
    "wang",
    "zhang",
    "chen",
    "lin",
    "hao",
    "jia",
    "qi",
    "ning",
    "yan",
    "xin",
    "tian",
    "le",
    "an",
    "bo",
    "meng",
    "jun",
    "wei",
    "ting",
    "fei",
    "lu",
    "zhou",
    "yi",
]
EN_FIRST = [
    "jess",
    "emma",
    "olivia",
    "ava",
    "mia",
    "sophie",
    "chloe",
    "lily",
    "grace",
    "zoe",
    "hannah",
    "maddie",
    "kate",
    "amy",
    "sarah",
    "nina",
    "leah",
    "ruby",
    "jake",
    "ryan",
    "tom",
    "sam",
    "alex",
    "chris",
    "daniel",
    "matt",
    "josh",
    "ben",
    "liam",
    "noah",
    "ethan",
    "lucas",
    "max",
    "carlos",
    "maria",
    "ana",
    "priya",
    "arjun",
    "kevin",
    "jenny",
    "michelle",
    "tyler",
    "megan",
    "jordan",
    "taylor",
    "bella",
    "isa",
    "dani",
    "nat",
    "andre",
    "marco",
    "yuki",
    "min",
    "joy",
]
EN_LAST = [
    "smith",
    "lee",
    "nguyen",
    "garcia",
    "brown",
    "jones",
    "miller",
    "davis",
    "wilson",
    "moore",
    "taylor",
    "clark",
    "lewis",
    "walker",
    "hall",
    "young",
    "king",
    "wright",
    "lopez",
    "hill",
    "scott",
    "green",
    "adams",
    "baker",
    "reyes",
    "patel",
    "kim",
    "chen",
    "wong",
    "tan",
    "cruz",
]
EN_WORDS = [
    "sunny",
    "coffee",
    "wander",
    "moon",
    "daily",
    "vibes",
    "life",
    "official",
    "xo",
    "art",
    "plants",
    "books",
    "runs",
    "eats",
    "travels",
    "makes",
    "studio",
    "world",
    "club",
    "creates",
]
EMOJI = [
    "😍",
    "🔥",
    "❤️",
    "😂",
    "🥺",
    "✨",
    "👏",
    "🙌",
    "💕",
    "😭",
    "🤩",
    "👍",
    "💯",
    "😊",
    "🥰",
    "😮",
    "🤣",
    "💖",
    "👀",
    "🙏",
    "😋",
    "💪",
    "🌸",
    "🤍",
]
BRACKET = {
    "douyin": [
        "[赞]",
        "[比心]",
        "[玫瑰]",
        "[呲牙]",
        "[捂脸]",
        "[666]",
        "[笑哭]",
        "[憨笑]",
        "[爱心]",
        "[送心]",
        "[大笑]",
        "[鼓掌]",
        "[害羞]",
        "[惊讶]",
    ],
    "kuaishou": [
        "[赞]",
        "[鼓掌]",
        "[玫瑰]",
        "[666]",
        "[抱拳]",
        "[爱心]",
        "[捂脸]",
        "[笑哭]",
        "[呲牙]",
    ],
    "weibo": [
        "[赞]",
        "[哈哈]",
        "[心]",
        "[泪]",
        "[doge]",
        "[允悲]",
        "[二哈]",
        "[笑cry]",
        "[抱抱]",
        "[good]",
        "[馋嘴]",
        "[费解]",
        "[鼓掌]",
    ],
    "rednote": [
        "[赞R]",
        "[哇R]",
        "[派对R]",
        "[笑哭R]",
        "[偷笑R]",
        "[飞吻R]",
        "[害羞R]",
        "[萌萌哒R]",
        "[买爆R]",
        "[种草R]",
        "[石化R]",
        "[哭惹R]",
    ],
    "bilibili": [
        "[doge]",
        "[笑哭]",
        "[妙啊]",
        "[tv_微笑]",
        "[支持]",
        "[热词系列_知识增加]",
        "[打call]",
        "[藏狐]",
        "[脱单doge]",
        "[给心心]",
    ],
    "wechat_channels": [
        "[强]",
        "[爱心]",
        "[玫瑰]",
        "[呲牙]",
        "[捂脸]",
        "[666]",
        "[抱拳]",
        "[鼓掌]",
        "[微笑]",
        "[偷笑]",
    ],
}
for _p in ("instagram", "tiktok", "youtube"):
    BRACKET[_p] = ["[赞]", "[笑哭]", "[爱心]"]

# ============================================================================ comment banks (zh)
ZH_NICHE = {
    "beauty": dict(
        items=[
            "粉底液",
            "口红",
            "眼影盘",
            "腮红",
            "散粉",
            "遮瑕",
            "眉笔",
            "睫毛膏",
            "卸妆油",
            "精华",
            "面霜",
            "防晒",
            "气垫",
            "唇釉",
            "高光",
            "妆前乳",
        ],
        x=["干皮", "油皮", "混油皮", "敏感肌", "黄黑皮", "冷白皮", "痘肌", "混干皮", "黄一白"],
        res=[
            "真的不卡粉",
            "有点拔干",
            "持妆还可以",
            "氧化有点快",
            "颜色很显白",
            "用完皮肤稳定多了",
            "比柜姐推荐的好用",
            "太容易搓泥了",
            "空瓶了准备回购",
            "下午就斑驳了",
            "没有闷痘",
        ],
        q=[
            "这个{item}是什么色号呀",
            "{x}能用这个{item}吗",
            "{item}会不会假白",
            "请问{item}持妆怎么样，{x}夏天会不会脱妆",
            "这支{item}和之前那支比哪个好",
            "{item}多少钱入的",
            "底妆用的是哪款啊",
            "眼影是哪一盘呀",
            "{x}求推荐{item}",
            "{item}闷痘吗",
            "刷子是什么牌子的",
            "这个{item}孕妇能用吗",
        ],
        story=[
            "我{x}用了{n}周{item}，{res}",
            "之前买过这个{item}，{res}",
            "跟着博主画了一遍，{res}",
            "种草了{n}个月终于入了，{res}",
            "我也是{x}，{res}",
            "刚去专柜试了{item}，{res}",
        ],
        react=[
            "这个妆太适合约会了",
            "底妆好干净",
            "这个颜色也太温柔了吧",
            "原相机也这么好看吗",
            "手法好专业",
            "眼线画得好顺",
            "新手也能学会",
            "皮肤状态好好啊",
            "这个腮红位置绝了",
            "妆容好高级",
        ],
        req=[
            "可以出一期{x}的底妆教程吗",
            "求{item}平价替代",
            "求出一期{item}测评",
            "能不能出个通勤妆",
            "求新手化妆步骤",
            "出个{x}护肤流程吧",
        ],
    ),
    "fashion": dict(
        items=[
            "风衣",
            "西装外套",
            "阔腿裤",
            "针织衫",
            "半裙",
            "老爹鞋",
            "托特包",
            "大衣",
            "衬衫",
            "马丁靴",
            "卫衣",
        ],
        x=["小个子", "梨形身材", "微胖", "155", "高个子", "苹果型身材", "胯宽"],
        res=["上身很显瘦", "有点显胖", "质量超出预期", "退了", "面料很舒服", "一穿就起球"],
        q=[
            "{item}是哪家的",
            "{x}能穿吗",
            "多高多重呀",
            "链接有吗",
            "这个{item}起球吗",
            "{item}尺码怎么选",
            "裤子是什么颜色的",
            "鞋子求链接",
        ],
        story=["{x}买了同款{item}，{res}", "入了这件{item}，{res}", "我{x}穿{item}，{res}"],
        react=[
            "好会穿",
            "这套绝了",
            "配色好高级",
            "通勤可以抄作业了",
            "气质好好",
            "这个比例太好了",
            "好有氛围感",
        ],
        req=["求{x}穿搭", "出个一衣多穿吧", "出一期秋冬{item}合集", "求平价{item}"],
    ),
    "food": dict(
        items=[
            "红烧肉",
            "酸菜鱼",
            "葱油面",
            "糖醋排骨",
            "蛋挞",
            "螺蛳粉",
            "火锅",
            "煎饺",
            "提拉米苏",
            "麻辣烫",
            "可乐鸡翅",
            "小龙虾",
            "牛肉面",
            "番茄炒蛋",
            "肉夹馍",
            "生煎",
        ],
        x=["空气炸锅", "电饭煲", "铸铁锅", "烤箱", "不粘锅", "高压锅"],
        res=[
            "家里人都说好吃",
            "有点咸了下次少放盐",
            "一下子光盘",
            "比外面卖的还香",
            "就是火候没掌握好",
            "孩子连吃了两碗饭",
            "第一次做就成功了",
            "糊锅了哈哈",
        ],
        q=[
            "{item}要炖多久呀",
            "没有{x}可以做吗",
            "糖放多少合适",
            "请问用的什么酱油",
            "{item}可以提前一天做吗",
            "这是几人份的",
            "老抽和生抽可以换吗",
            "这家店在哪",
            "人均多少",
            "用{x}的话温度多少",
        ],
        story=[
            "昨晚照着做了{item}，{res}",
            "第{n}次做{item}了，{res}",
            "我妈也是这么做的，{res}",
            "按这个方子用{x}做了，{res}",
        ],
        react=[
            "看饿了",
            "半夜刷到太罪恶了",
            "色泽好诱人",
            "这一口下去也太满足了",
            "口水流下来了",
            "刀工好厉害",
            "好有家的味道",
            "光看就知道好吃",
        ],
        req=["求出{item}教程", "能不能出个{x}版本", "求一周减脂餐", "出个快手早餐合集吧"],
    ),
    "travel": dict(
        items=[
            "大理",
            "丽江",
            "成都",
            "厦门",
            "西藏",
            "新疆",
            "青岛",
            "重庆",
            "三亚",
            "北京",
            "杭州",
            "洱海",
            "稻城亚丁",
            "长白山",
            "桂林",
            "阿勒泰",
            "景德镇",
        ],
        x=["五一", "国庆", "暑假", "十月", "冬天", "春节", "工作日"],
        res=[
            "人多到怀疑人生",
            "天气超好拍照出片",
            "吃的太好了",
            "高反难受了两天",
            "跟图片一模一样",
            "被宰了一次，大家注意",
            "住的民宿很赞",
        ],
        q=[
            "{item}{x}去人多吗",
            "请问这是{item}哪里呀",
            "住的民宿叫什么",
            "自驾还是跟团",
            "几天的行程够吗",
            "预算大概多少",
            "带老人去合适吗",
            "机位在哪",
            "需要提前预约吗",
        ],
        story=["去年{x}去了{item}，{res}", "刚从{item}回来，{res}", "我也是{n}月去的，{res}"],
        react=[
            "好美啊",
            "这是什么神仙地方",
            "风景像画一样",
            "看完好想出去玩",
            "光线绝了",
            "攒钱去",
            "滤镜参数求分享",
        ],
        req=["求攻略", "可以出个详细路线吗", "求{item}美食推荐", "出个穷游版攻略吧"],
    ),
    "gaming": dict(
        items=[
            "原神",
            "王者荣耀",
            "和平精英",
            "英雄联盟",
            "永劫无间",
            "崩坏星穹铁道",
            "我的世界",
            "黑神话悟空",
            "金铲铲",
            "第五人格",
            "蛋仔派对",
        ],
        x=["星耀", "王者", "钻石", "大师", "黄金", "铂金"],
        res=[
            "上分快多了",
            "还是被对面打爆",
            "终于过了这关",
            "手残党表示做不到",
            "队友太坑了",
            "真的有用",
        ],
        q=[
            "这个出装是啥",
            "{item}这个版本还能玩吗",
            "{x}局也这么打吗",
            "键位怎么设置的",
            "这角色值得抽吗",
            "手机什么配置",
            "这是什么模式",
            "开局那个操作怎么做的",
        ],
        story=["我{x}也是这么打的，{res}", "玩{item}{n}年了，{res}", "照着练了一下，{res}"],
        react=[
            "这波操作太秀了",
            "这反应速度",
            "下饭操作哈哈哈",
            "泪目了",
            "这剧情绝了",
            "上头",
            "技术流up主",
            "看得我血压都上来了",
        ],
        req=["求出{item}新手教学", "出个配队攻略", "求更新", "下期打BOSS吧"],
    ),
    "tech": dict(
        items=[
            "iPhone16",
            "小米15",
            "华为Mate70",
            "MacBook",
            "平板",
            "降噪耳机",
            "充电宝",
            "机械键盘",
            "扫地机器人",
            "智能手表",
            "显卡",
            "相机",
            "折叠屏",
        ],
        x=["续航", "发热", "拍照", "信号", "系统", "性价比", "屏幕"],
        res=["{x}确实不错", "{x}有点拉胯", "没什么毛病", "已经退了", "比宣传的差一点", "真香"],
        q=[
            "{item}{x}怎么样",
            "和上一代比升级大吗",
            "现在入手合适吗",
            "{n}千预算买哪个",
            "打游戏会不会发热",
            "学生党推荐吗",
            "有没有优惠渠道",
            "国补之后多少钱",
        ],
        story=["刚入手{item}{n}天，{res}", "用了{n}个月，{res}", "之前用的{item}，{res}"],
        react=[
            "讲得很客观",
            "测评很专业",
            "终于有人说实话了",
            "数据很详细",
            "对比很直观",
            "这期良心",
        ],
        req=["可以测一下{item}吗", "出个横评吧", "求{n}千元机推荐"],
    ),
    "parenting": dict(
        items=[
            "绘本",
            "辅食",
            "纸尿裤",
            "奶粉",
            "早教",
            "睡眠训练",
            "湿疹",
            "幼儿园",
            "学步鞋",
            "安抚奶嘴",
            "儿童座椅",
        ],
        x=["六个月", "一岁", "两岁半", "三岁", "八个月", "十个月"],
        res=["慢慢就好了", "真的太难了", "效果挺好", "心疼宝宝", "熬过去就好", "现在好多了"],
        q=[
            "宝宝{x}可以吃这个吗",
            "{item}是哪个牌子",
            "夜醒怎么办呀",
            "{x}宝宝一天喝多少奶",
            "请问{item}怎么选",
            "上幼儿园哭怎么办",
            "这个{item}多大能用",
        ],
        story=["我家宝宝{x}也是这样，{res}", "二胎妈妈表示{res}", "试了{item}，{res}"],
        react=[
            "宝宝好可爱",
            "看哭了",
            "当妈太不容易了",
            "好温馨",
            "这也太乖了吧",
            "说出了我的心声",
        ],
        req=["求{item}推荐", "出个{x}辅食合集吧", "分享一下作息表吧"],
    ),
    "finance": dict(
        items=[
            "基金",
            "指数",
            "存款利率",
            "房贷",
            "黄金",
            "理财",
            "养老金",
            "国债",
            "美股",
            "可转债",
            "红利",
        ],
        x=["明年", "下半年", "这波", "现在"],
        res=["终于回本了", "心态崩了", "还在坚持", "收益还行", "学到了长期主义", "割肉了"],
        q=[
            "{x}还能上车吗",
            "{item}怎么看",
            "提前还{item}划算吗",
            "{n}万闲钱怎么配置",
            "老师说的那个指标在哪看",
            "定投一般多久",
            "新手先买什么",
            "{item}现在是高位吗",
        ],
        story=["我{item}亏了{n}%，{res}", "定投{n}年了，{res}", "去年听了建议，{res}"],
        react=[
            "讲得通俗易懂",
            "干货",
            "说到心坎里了",
            "理性客观",
            "这个逻辑清晰",
            "比新闻讲得明白",
        ],
        req=["讲讲{item}吧", "出个小白入门系列", "能分析下{x}行情吗"],
    ),
    "local": dict(
        items=[
            "火锅店",
            "咖啡店",
            "烧烤",
            "面馆",
            "甜品店",
            "日料",
            "早茶",
            "小酒馆",
            "粉店",
            "烘焙店",
            "苍蝇馆子",
        ],
        x=["朝阳", "徐汇", "天河", "南山", "锦江", "江汉", "鼓楼", "西湖", "静安", "福田"],
        res=[
            "味道确实可以",
            "服务一般",
            "价格有点小贵",
            "环境很出片",
            "排了一个小时",
            "老板人超好",
            "有点踩雷",
        ],
        q=[
            "这家{item}在{x}哪里",
            "人均多少",
            "需要排队吗",
            "停车方便吗",
            "周末人多吗",
            "可以带宠物吗",
            "营业到几点",
            "要提前订位吗",
        ],
        story=["上周去了这家{item}，{res}", "就住附近，{res}", "吃了{n}次了，{res}"],
        react=[
            "看起来好好吃",
            "收藏了周末去",
            "又多了一家想去的店",
            "终于有人推荐这家了",
            "本地人认证好吃",
        ],
        req=["再推荐几家{x}的店", "出个{x}美食地图吧"],
    ),
    "ecommerce": dict(
        items=[
            "连衣裙",
            "羽绒服",
            "牛仔裤",
            "面膜",
            "零食",
            "家居服",
            "保温杯",
            "四件套",
            "运动鞋",
            "卫衣",
            "洗衣凝珠",
            "纸巾",
        ],
        x=["160", "165", "170", "155"],
        res=["质量很好", "有点色差", "穿着很舒服", "物流很快", "尺码偏小", "性价比很高"],
        q=[
            "{x} {n}0斤穿什么码",
            "{item}还有货吗",
            "{n}号链接是哪个",
            "什么时候发货",
            "会起球吗",
            "有运费险吗",
            "什么时候返场",
            "{item}有几个颜色",
        ],
        story=["上次买的{item}，{res}", "拍了{n}单，{res}", "回购第{n}次了，{res}"],
        react=["主播好会讲", "性价比好高", "这个颜色好看", "上身效果真好", "讲得好细"],
        req=["上链接", "求返场", "再讲一下{item}", "能看下细节吗"],
    ),
    "fitness": dict(
        items=[
            "帕梅拉",
            "跳绳",
            "深蹲",
            "普拉提",
            "减脂餐",
            "臀桥",
            "跑步",
            "瑜伽",
            "哑铃",
            "八段锦",
        ],
        x=["膝盖不好", "产后", "久坐", "腰不好", "大基数"],
        res=["瘦了{n}斤", "腿好酸", "体态好了很多", "坚持下来了", "还没看到变化"],
        q=[
            "{x}能练吗",
            "一天练多久",
            "{item}要做几组",
            "要配合饮食吗",
            "多久能看到效果",
            "早上练还是晚上练",
        ],
        story=["跟练{n}天了，{res}", "{item}打卡第{n}天，{res}", "我{x}，{res}"],
        react=["线条好好看", "好自律", "看着就累", "动作好标准", "这就是我想要的身材"],
        req=["出个{x}的跟练吧", "求一周计划"],
    ),
    "pets": dict(
        items=["布偶", "橘猫", "柯基", "金毛", "英短", "柴犬", "边牧", "仓鼠", "狸花", "萨摩耶"],
        x=["猫粮", "狗粮", "猫砂", "驱虫药", "疫苗", "绝育"],
        res=["每天都在拆家", "超级粘人", "天天被治愈", "一言难尽哈哈", "胖了好多"],
        q=[
            "这是{item}吗",
            "几个月了",
            "{x}用的哪款",
            "{item}掉毛严重吗",
            "在哪里领养的",
            "叫什么名字",
        ],
        story=["我家{item}也这样，{res}", "养了{n}年{item}，{res}"],
        react=["好可爱", "想rua", "太萌了", "这眼神", "笑死 表情好丰富", "猫猫好乖", "狗狗好聪明"],
        req=["多发点{item}", "出个{x}经验分享"],
    ),
    "lifestyle": dict(
        items=["vlog", "租房改造", "极简生活", "早起", "独居", "读书", "收纳"],
        x=["上海", "北京", "深圳", "杭州", "成都"],
        res=["坚持了{n}天", "生活变好了", "有被治愈到", "房间干净多了"],
        q=[
            "这个{item}用的什么软件剪的",
            "房租多少呀",
            "在{x}哪个区",
            "台灯是哪款",
            "几点起床",
            "背景音乐叫什么",
        ],
        story=["我也在{x}独居，{res}", "看了你的{item}之后我也开始了，{res}"],
        react=["好治愈", "氛围感拉满", "向往的生活", "好舒服的节奏", "房间好温馨"],
        req=["出个房间tour吧", "多更vlog"],
    ),
}

# ============================================================================ comment banks (en)
EN_NICHE = {
    "beauty": dict(
        items=[
            "foundation",
            "lipstick",
            "eyeshadow palette",
            "blush",
            "concealer",
            "setting powder",
            "brow pencil",
            "mascara",
            "serum",
            "moisturizer",
            "sunscreen",
            "lip tint",
            "highlighter",
        ],
        x=[
            "dry skin",
            "oily skin",
            "combo skin",
            "sensitive skin",
            "olive skin",
            "fair skin",
            "acne-prone skin",
            "mature skin",
        ],
        res=[
            "it didn't cling to dry patches at all",
            "it oxidized a bit on me",
            "lasted all day honestly",
            "broke me out unfortunately",
            "best one i've tried",
            "it's my holy grail now",
            "pilled under my sunscreen",
        ],
        q=[
            "what shade is the {item}?",
            "would this {item} work on {x}?",
            "does the {item} oxidize?",
            "how's the wear time on {x}?",
            "is the {item} worth the price?",
            "what brush are you using?",
            "which {item} is this??",
            "does it transfer?",
        ],
        story=[
            "i have {x} and used this {item} for {n} weeks, {res}",
            "bought the {item} after your last video and {res}",
            "tried this look today and {res}",
            "as someone with {x}, {res}",
        ],
        react=[
            "your skin looks unreal",
            "the blend on the eyes!!",
            "this look is so soft",
            "obsessed with this color on you",
            "that technique is genius",
            "finally a tutorial that's easy to follow",
        ],
        req=[
            "can you do a routine for {x}?",
            "pls do a drugstore dupe for the {item}",
            "would love a review of the {item}",
            "do a 5 minute makeup look next!",
        ],
    ),
    "fashion": dict(
        items=[
            "trench coat",
            "blazer",
            "wide-leg pants",
            "cardigan",
            "midi skirt",
            "loafers",
            "tote",
            "slip dress",
            "denim jacket",
        ],
        x=["petite", "curvy", "tall", "pear-shaped", "5'2"],
        res=["so flattering", "kinda boxy on me", "quality is amazing", "sent it back"],
        q=[
            "where's the {item} from?",
            "would this work for {x}?",
            "what size is the {item}?",
            "how tall are you?",
            "link to the {item}?",
        ],
        story=["i'm {x} and got this {item}, {res}", "bought the {item} after your video, {res}"],
        react=[
            "you always look so put together",
            "this outfit is everything",
            "the color combo!!",
            "stealing this look",
            "so chic",
        ],
        req=["do a {x} lookbook!", "capsule wardrobe video pls"],
    ),
    "food": dict(
        items=[
            "carbonara",
            "fried rice",
            "banana bread",
            "ramen",
            "tacos",
            "dumplings",
            "birria",
            "lasagna",
            "sourdough",
            "butter chicken",
            "cheesecake",
            "pho",
            "smash burger",
        ],
        x=["air fryer", "instant pot", "cast iron", "oven", "slow cooker"],
        res=[
            "my family devoured it",
            "a bit too salty for me",
            "turned out perfect",
            "mine came out kinda dry",
            "my kids asked for seconds",
            "it's in our weekly rotation now",
        ],
        q=[
            "can i make the {item} in an {x}?",
            "how long do you cook it?",
            "what can i sub for the cream?",
            "can this be made ahead?",
            "how many servings is this?",
            "where is this place?",
            "what brand of soy sauce?",
        ],
        story=[
            "made the {item} last night and {res}",
            "this is my {n}th time making this, {res}",
            "tried it in my {x}, {res}",
        ],
        react=[
            "this looks sooo good",
            "i'm drooling",
            "the crunch!!",
            "that cheese pull tho",
            "comfort food at its finest",
            "why am i watching this at midnight",
        ],
        req=[
            "recipe please!!",
            "drop the recipe",
            "can you do a {x} version?",
            "need more budget meals like this",
        ],
    ),
    "travel": dict(
        items=[
            "Bali",
            "Kyoto",
            "Lisbon",
            "Iceland",
            "Santorini",
            "Banff",
            "Seoul",
            "the Amalfi Coast",
            "Tokyo",
            "Patagonia",
            "Marrakech",
            "Vietnam",
        ],
        x=["in spring", "in december", "in the summer", "off-season", "for a week"],
        res=[
            "it was packed but worth it",
            "the weather was perfect",
            "best trip of my life",
            "got scammed once, be careful",
            "exactly like the photos",
        ],
        q=[
            "is {item} crowded {x}?",
            "where did you stay?",
            "how many days do you recommend?",
            "what's the budget like?",
            "is it safe for solo travel?",
            "what camera do you use?",
            "where exactly is this spot?",
        ],
        story=[
            "went to {item} {x} and {res}",
            "just got back from {item}, {res}",
            "did this trip {n} years ago and {res}",
        ],
        react=[
            "this is unreal",
            "adding to my bucket list",
            "the colors!!",
            "wow i need a vacation",
            "stunning shots",
            "this looks like a painting",
        ],
        req=["full itinerary please!", "can you share the hotel?", "do a budget guide for {item}"],
    ),
    "gaming": dict(
        items=[
            "Elden Ring",
            "Valorant",
            "Fortnite",
            "Minecraft",
            "Genshin",
            "League",
            "Apex",
            "Baldur's Gate 3",
            "Zelda",
            "Stardew Valley",
            "CS2",
            "Helldivers",
        ],
        x=["in ranked", "on controller", "on console", "on PC", "in solo queue"],
        res=[
            "got stomped lol",
            "finally ranked up",
            "couldn't pull it off",
            "it actually worked",
            "my teammates were useless",
        ],
        q=[
            "what sens do you use?",
            "what's your loadout?",
            "is {item} still worth playing?",
            "does this work {x}?",
            "what are your specs?",
            "which mod is this?",
        ],
        story=["tried this {x} and {res}", "been playing {item} for {n} years and {res}"],
        react=[
            "that clutch was insane",
            "the timing on that",
            "bro is cracked",
            "this edit goes hard",
            "i'm crying at the ending",
            "how did that even hit",
        ],
        req=["tutorial pls", "do a {item} beginner guide", "more {item} content!!"],
    ),
    "tech": dict(
        items=[
            "iPhone 16",
            "Pixel 9",
            "Galaxy S24",
            "MacBook Air",
            "iPad",
            "AirPods Pro",
            "Steam Deck",
            "mechanical keyboard",
            "robot vacuum",
            "smartwatch",
            "RTX 4070",
            "mirrorless camera",
        ],
        x=["battery life", "thermals", "the camera", "the display", "the price", "build quality"],
        res=[
            "{x} has been great",
            "{x} is disappointing",
            "no complaints so far",
            "returned it already",
            "worse than the marketing says",
        ],
        q=[
            "how's the {x} on the {item}?",
            "is it worth upgrading from last gen?",
            "should i buy now or wait?",
            "best option under ${n}00?",
            "does it get hot while gaming?",
            "is this good for students?",
        ],
        story=["got the {item} {n} days ago, {res}", "been using the {item} for {n} months, {res}"],
        react=[
            "super honest review",
            "finally someone said it",
            "the comparison was really helpful",
            "great breakdown",
            "love how unbiased this is",
        ],
        req=[
            "can you review the {item}?",
            "do a comparison video pls",
            "best phones under ${n}00 next?",
        ],
    ),
    "parenting": dict(
        items=[
            "sleep training",
            "baby-led weaning",
            "potty training",
            "daycare",
            "toddler tantrums",
            "picture books",
            "teething",
            "screen time",
        ],
        x=["6 month old", "1 year old", "toddler", "3 year old", "newborn"],
        res=[
            "it slowly got better",
            "it's so hard honestly",
            "worked like magic",
            "still struggling",
            "we survived lol",
        ],
        q=[
            "what age did you start {item}?",
            "any tips for a {x}?",
            "which brand is that?",
            "how long did {item} take?",
            "what's your daily schedule?",
        ],
        story=[
            "my {x} does the exact same thing, {res}",
            "we tried {item} and {res}",
            "mom of {n} here, {res}",
        ],
        react=[
            "this is so wholesome",
            "crying this is so sweet",
            "mom life is no joke",
            "so relatable",
            "your kids are adorable",
        ],
        req=["please share the schedule!", "more {item} tips please", "book recs for a {x}?"],
    ),
    "finance": dict(
        items=[
            "index funds",
            "the S&P 500",
            "high-yield savings",
            "a Roth IRA",
            "my mortgage",
            "bitcoin",
            "dividend stocks",
            "bonds",
            "an emergency fund",
            "my 401k",
        ],
        x=["right now", "this year", "in this market", "at 25", "with kids"],
        res=[
            "finally broke even",
            "down {n}% but holding",
            "best decision i made",
            "wish i started earlier",
        ],
        q=[
            "should i put money in {item} {x}?",
            "how much should go to {item}?",
            "is it better to pay off debt first?",
            "what app do you use?",
            "thoughts on {item} {x}?",
        ],
        story=[
            "started with {item} {n} years ago, {res}",
            "followed your advice last year and {res}",
        ],
        react=[
            "explained so simply",
            "wish school taught this",
            "this is gold",
            "very balanced take",
            "saving this",
        ],
        req=["can you explain {item}?", "do a beginner series!", "more on {item} please"],
    ),
    "local": dict(
        items=[
            "coffee shop",
            "taco truck",
            "bakery",
            "ramen spot",
            "bookstore",
            "brunch place",
            "thrift store",
            "pizza place",
            "boba shop",
        ],
        x=[
            "downtown",
            "on the east side",
            "near campus",
            "in Brooklyn",
            "in the Mission",
            "in Shoreditch",
        ],
        res=[
            "it was amazing",
            "service was slow tbh",
            "a bit pricey",
            "my new favorite spot",
            "the line was crazy",
        ],
        q=[
            "where is this {item}?",
            "is it {x}?",
            "do they take reservations?",
            "is parking ok?",
            "what are the hours?",
            "is it kid friendly?",
        ],
        story=[
            "went to this {item} last week, {res}",
            "i live nearby and {res}",
            "been here {n} times, {res}",
        ],
        react=[
            "adding this to my list",
            "need to try this asap",
            "love supporting small businesses",
            "hidden gem for real",
        ],
        req=["more spots {x} please!", "do a {item} crawl next"],
    ),
    "ecommerce": dict(
        items=[
            "dress",
            "hoodie",
            "leggings",
            "sneakers",
            "tote bag",
            "skincare set",
            "phone case",
            "jacket",
            "jeans",
        ],
        x=["size S", "size M", "size L", "5'4", "5'7"],
        res=[
            "fits perfectly",
            "runs a bit small",
            "quality is great for the price",
            "color is different irl",
            "shipping was fast",
        ],
        q=[
            "what size are you wearing?",
            "is the {item} still in stock?",
            "does the {item} run small?",
            "how long is shipping?",
            "what's the code?",
            "which link is the {item}?",
        ],
        story=["ordered the {item} in {x}, {res}", "got the {item} last week, {res}"],
        react=["need this", "great deal", "this haul is everything", "love the color"],
        req=["link pls", "restock please!", "show the {item} up close"],
    ),
    "fitness": dict(
        items=[
            "pilates",
            "squats",
            "HIIT",
            "running",
            "hip thrusts",
            "yoga",
            "deadlifts",
            "stretching",
        ],
        x=["bad knees", "postpartum", "a desk job", "lower back pain", "beginner level"],
        res=[
            "down {n} lbs",
            "my legs are shaking",
            "posture is so much better",
            "feeling stronger already",
            "no results yet but sticking with it",
        ],
        q=[
            "can i do this with {x}?",
            "how many sets of {item}?",
            "how often should i train?",
            "what do you eat in a day?",
            "how long till results?",
        ],
        story=["day {n} of this program, {res}", "been doing {item} for {n} weeks, {res}"],
        react=[
            "form is perfect",
            "the discipline!!",
            "so motivating",
            "you make it look easy",
            "this burn though",
        ],
        req=["do a routine for {x}!", "full workout plan pls"],
    ),
    "pets": dict(
        items=[
            "golden retriever",
            "corgi",
            "ragdoll",
            "tabby",
            "husky",
            "frenchie",
            "border collie",
            "bunny",
        ],
        x=["food", "litter", "harness", "vet", "grooming brush"],
        res=[
            "he's such a menace",
            "so clingy lol",
            "best decision ever",
            "she does the same thing",
        ],
        q=[
            "what breed is this?",
            "how old is he?",
            "which {x} do you use?",
            "what's her name?",
            "does the {item} shed a lot?",
        ],
        story=["my {item} does this too, {res}", "had a {item} for {n} years, {res}"],
        react=[
            "i'm screaming 😭",
            "the little paws",
            "protect him at all costs",
            "that face!!",
            "so fluffy",
            "the side eye lmao",
        ],
        req=["more of him please", "{x} recs?"],
    ),
    "lifestyle": dict(
        items=[
            "vlog",
            "apartment",
            "morning routine",
            "reading list",
            "desk setup",
            "room makeover",
        ],
        x=["NYC", "London", "LA", "Toronto", "Sydney"],
        res=["it changed my life honestly", "i've been doing it for {n} days", "felt so cozy"],
        q=[
            "what camera do you vlog with?",
            "where's the lamp from?",
            "how much is rent in {x}?",
            "what time do you wake up?",
            "what's the song?",
        ],
        story=["i also live in {x} and {res}", "started the {item} after watching you, {res}"],
        react=[
            "so calming",
            "this is my comfort channel",
            "the aesthetic!!",
            "love the vibes",
            "your {item} is so cozy",
        ],
        req=["apartment tour next!", "more vlogs please"],
    ),
}

ZH_GENERIC = [
    "好看",
    "太好看了",
    "好美",
    "绝了",
    "爱了",
    "好喜欢",
    "哇",
    "太可了",
    "好棒",
    "学到了",
    "收藏了",
    "码住",
    "蹲一个",
    "mark",
    "真不错",
    "厉害",
    "太强了",
    "好有感觉",
    "羡慕",
    "好绝",
    "冲",
    "爱住了",
    "好爱",
    "好戳我",
    "太香了",
    "支持",
    "好家伙",
    "牛",
    "可以的",
    "有用",
    "好看好看",
    "这个好",
    "喜欢这种",
    "真好",
    "太会了",
    "心动了",
    "也太好了吧",
]
EN_GENERIC = [
    "love this",
    "so pretty",
    "omg",
    "obsessed",
    "this is so good",
    "yes",
    "wow",
    "need this",
    "amazing",
    "goals",
    "stunning",
    "so cute",
    "the best",
    "iconic",
    "perfect",
    "beautiful",
    "incredible",
    "love it",
    "vibes",
    "so good",
    "this!!",
    "yes please",
    "loved this one",
    "agreed",
    "same",
    "so true",
    "legend",
    "chef's kiss",
]
ZH_BANTER = {
    "douyin": [
        "哈哈哈哈哈哈",
        "刷到就是缘分",
        "评论区人才太多了",
        "笑不活了",
        "这是我能看的吗",
        "来了",
        "好家伙",
        "一整个爱住",
        "破防了",
        "绷不住了",
        "有没有一样的",
        "听劝",
        "谁懂啊",
        "已关注",
        "姐妹们冲",
    ],
    "kuaishou": [
        "老铁666",
        "支持老铁",
        "双击了",
        "老铁没毛病",
        "来了老铁",
        "家人们看过来",
        "实在",
        "接地气",
        "主播辛苦了",
        "关注了",
        "一直支持",
    ],
    "bilibili": [
        "前排",
        "来了来了",
        "三连了",
        "下次一定",
        "催更",
        "awsl",
        "妙啊",
        "up主辛苦了",
        "泪目",
        "这期质量好高",
        "弹幕护体",
        "考古",
        "已三连",
        "好耶",
        "懂了，但没完全懂",
    ],
    "weibo": [
        "哈哈哈哈哈",
        "[doge]",
        "蹲后续",
        "说得对",
        "转发微博",
        "前排",
        "笑死",
        "真实",
        "太真实了",
        "有一说一",
        "什么时候出下一条",
        "确实",
    ],
    "rednote": [
        "姐妹太会了",
        "码住",
        "已关注",
        "蹲",
        "宝子太懂了",
        "狠狠心动",
        "已收藏",
        "好绝的分享",
        "救命好好看",
        "求求了",
        "被种草了",
        "抄作业",
    ],
    "wechat_channels": [
        "说得好",
        "赞",
        "谢谢分享",
        "受益匪浅",
        "[强][强][强]",
        "早上好",
        "好",
        "支持",
        "讲得真好",
        "点赞",
        "认同",
        "学习了",
        "很有道理",
    ],
}
ZH_BANTER["instagram"] = ZH_BANTER["rednote"]
ZH_BANTER["tiktok"] = ZH_BANTER["douyin"]
ZH_BANTER["youtube"] = ZH_BANTER["bilibili"]
EN_BANTER = {
    "tiktok": [
        "💀💀💀",
        "the way i screamed",
        "not me watching this at 3am",
        "this is so me",
        "pov: it's me",
        "core memory unlocked",
        "ate",
        "slay",
        "i'm deceased",
        "the accuracy",
        "why is this so real",
        "this popped up at the right time",
    ],
    "youtube": [
        "who's watching in 2025",
        "the editing is insane",
        "{mm}:{ss} had me dying",
        "this deserves way more views",
        "first",
        "the algorithm finally blessed me",
        "{mm}:{ss} is the best part",
        "underrated channel",
        "been subscribed since day one",
    ],
    "instagram": [
        "😍😍",
        "stunning",
        "obsessed",
        "iconic",
        "the vibes",
        "need this in my life",
        "feed goals",
        "literally perfect",
        "this is art",
    ],
}
for _p in ZH_PLATFORMS:
    EN_BANTER[_p] = EN_BANTER["instagram"]
ZH_NEG = [
    "又恰饭了",
    "感觉滤镜太重",
    "买过 不推荐",
    "价格有点劝退",
    "这期一般",
    "广告太多了",
    "说实话没那么好",
    "踩雷了",
    "不太认同",
    "标题党",
    "有点水",
    "以前的视频更好看",
]
EN_NEG = [
    "ad? lol",
    "the filter is heavy",
    "bought it, not worth it",
    "kinda overpriced",
    "not your best tbh",
    "too many ads lately",
    "hard disagree",
    "clickbait",
    "the old videos were better",
]
ZH_OFF = [
    "今天好冷",
    "有人一起吗",
    "终于下班了",
    "第一次评论",
    "从去年看到现在",
    "你声音好好听",
    "背景音乐叫啥",
    "刚下班刷到",
    "有没有{city}的",
    "考完试来看",
    "凌晨三点还在刷",
]
EN_OFF = [
    "first time commenting",
    "been following since 10k!",
    "your voice is so calming",
    "hello from brazil",
    "anyone else here on their lunch break",
    "what's the song?",
    "the cat in the background lol",
    "watching this instead of studying",
]
ZH_FRIEND = [
    "哈哈哈你终于发了",
    "好久没见了 下次约饭",
    "这不是上次我们去的那家吗",
    "拍得好好看！！",
    "你好会啊",
    "带我一个",
    "又去哪玩了",
    "羡慕死了",
    "等我回来一起",
    "啊啊啊好想你",
    "我也在！",
    "下次叫我",
    "这张是我拍的吧哈哈",
]
EN_FRIEND = [
    "omg miss you!!",
    "when are we going again",
    "you look amazing babe",
    "so proud of you!!",
    "take me with you next time",
    "haha this was so fun",
    "obsessed with you",
    "wait i was there",
    "call me later!",
]
ZH_VIRAL = [
    "从推荐页刷到的",
    "这条火了啊",
    "第一次刷到你",
    "来自首页的朋友",
    "怎么突然这么多赞",
    "百万播放前来打卡",
    "被大数据推过来的",
    "我也是刷到的",
    "评论区好热闹",
    "火了火了",
    "出名了哈哈",
]
EN_VIRAL = [
    "the algorithm brought me here",
    "this blew up!!",
    "first time seeing your page",
    "congrats on going viral",
    "who else is here from fyp",
    "came from explore page",
    "this deserves all the views",
]
ZH_GIVE = [
    "参与一下 @{f}",
    "@{f} @{f2}",
    "想要！@{f}",
    "许愿中奖 🙏",
    "转发了 求锦鲤",
    "参与抽奖",
    "好运来好运来",
    "求中！！",
    "@{f} 一起参加",
    "第一次参加 希望能中",
    "分母来了",
    "已关注已转发 求中",
    "万一呢",
]
EN_GIVE = [
    "@{f} @{f2}",
    "entered! 🤞",
    "done ✅ @{f}",
    "would love to win this @{f}",
    "fingers crossed @{f} @{f2}",
    "shared to my story!",
    "hope i win 🍀",
    "omg yes please @{f}",
]
ZH_RETURN = [
    "终于更新了！",
    "还以为你不做了",
    "欢迎回来",
    "等了好久啊",
    "回来就好",
    "好久不见",
    "这段时间去哪了",
    "爷青回",
]
EN_RETURN = [
    "welcome back!!",
    "omg you're back",
    "missed your videos",
    "thought you quit",
    "been waiting for this",
]
ZH_SWITCH = [
    "怎么不做{old}了",
    "新风格也喜欢",
    "还是喜欢以前的内容",
    "转型了吗",
    "从{old}时期就关注了",
]
EN_SWITCH = [
    "miss the {old} content tbh",
    "love the new direction",
    "is this a {new} page now?",
    "been here since the {old} days",
]
ZH_SPON = [
    "恰饭了恰饭了",
    "支持恰饭",
    "广告也要看完",
    "这个牌子用过 还行",
    "有优惠码吗",
    "是广子吧",
    "恰饭也这么用心",
]
EN_SPON = [
    "get that bag 💰",
    "is there a discount code?",
    "love that you only promote stuff you use",
    "ad but i'll allow it",
    "congrats on the partnership!",
]
ZH_SHOUT = ["从{big}那里过来的", "{big}推荐来的", "看了{big}的视频来的", "新粉报到"]
EN_SHOUT = [
    "came here from {big}'s story",
    "{big} sent me",
    "new follower from {big}!",
    "found you through {big}",
]
ZH_LIVE = [
    "上链接",
    "扣1",
    "1",
    "111",
    "已拍",
    "已拍2单",
    "什么时候返场",
    "主播好",
    "宝宝们冲",
    "来了来了",
    "{x} {n}0斤什么码",
    "{n}号链接还有吗",
    "拍了 什么时候发货",
    "质量怎么样",
    "再讲讲{item}",
    "已抢",
    "没抢到",
    "求加库存",
    "主播穿的什么码",
    "福袋什么时候开",
]
EN_LIVE = [
    "sold!",
    "claimed",
    "link?",
    "1",
    "me!!",
    "did it restock?",
    "what size is the {item}?",
    "got one!",
    "how much is shipping",
    "missed it 😭",
]
ZH_FAN = [
    "{name}好帅！！",
    "永远支持{name}",
    "{name}我们会一直在",
    "啊啊啊终于等到你",
    "{name}新作品大爆",
    "我的宝贝{name}",
    "好想你呀{name}",
    "{name}要照顾好自己",
    "颜值又上线了",
    "{name}生日快乐！",
    "期待新作品",
    "打卡",
    "冲冲冲",
    "来晚了",
    "爱你",
    "{name}今天也很好看",
]
EN_FAN = [
    "{name} you're so talented",
    "we love you {name}",
    "the visuals 😍",
    "{name} never misses",
    "can't wait for the tour",
    "queen behavior",
    "{name} please come to brazil",
    "mother",
    "legend",
    "the way you glow",
]
ZH_REPLY = [
    "谢谢宝子",
    "是的呀",
    "哈哈哈哈",
    "感谢支持",
    "下期安排",
    "爱你们",
    "在橱窗里哦",
    "正文有写哦",
    "我也这么觉得",
    "可以的",
    "不客气呀",
    "抱抱",
    "收到",
    "好的好的",
    "已经在做啦",
    "嘿嘿",
    "谢谢喜欢",
    "对的",
    "哈哈被你发现了",
    "建议先试用哦",
]
EN_REPLY = [
    "thank you!!",
    "haha yes",
    "glad it helped",
    "it's linked in my bio",
    "you're the best",
    "so sweet ❤️",
    "coming soon!",
    "thanks babe",
    "yes it is!",
    "appreciate you",
    "lol exactly",
    "hope you love it",
]
ZH_NAT_BOT = ["互粉吗", "关注我 我回关", "互关互赞", "已关注求回关", "来互粉", "赞了 回赞一下"]
EN_NAT_BOT = ["f4f?", "follow back?", "nice pic, check my page", "l4l", "follow for follow"]

# ---------------------------------------------------------------------------- fraud banks
ZH_BOT = [
    "好看",
    "支持",
    "太棒了",
    "666",
    "赞赞赞",
    "路过点赞",
    "很不错",
    "学习了",
    "好好看",
    "真不错",
    "爱了爱了",
    "[赞][赞][赞]",
    "👍👍👍",
    "来了来了",
    "加油",
    "不错不错",
    "厉害了",
    "赞",
    "好",
    "支持支持",
    "顶",
    "漂亮",
    "太美了",
    "优秀",
    "真棒",
    "好厉害",
    "期待",
    "关注了",
    "棒棒哒",
    "哇塞",
    "好喜欢",
    "牛",
    "已赞",
    "给力",
    "好看好看",
    "赞一个",
    "必须支持",
    "真好看",
    "厉害",
    "点赞",
]
EN_BOT = [
    "Nice",
    "Great post!",
    "Amazing 🔥",
    "Love it ❤️",
    "Wow",
    "Cool",
    "Awesome content",
    "👏👏👏",
    "Nice pic",
    "Beautiful 😍",
    "Great",
    "Super",
    "Nice one",
    "🔥🔥🔥",
    "Good",
    "Wonderful",
    "Perfect",
    "Very nice",
    "Love this",
    "So cool",
    "❤️❤️❤️",
    "Great job",
    "Excellent",
    "Fantastic",
    "Keep it up",
    "Nice content",
    "Awesome",
    "Superb",
    "Lovely",
    "Gorgeous",
]
ZH_POD = [
    "来啦来啦",
    "支持姐妹～",
    "已赞已藏",
    "互赞互评",
    "好棒呀 一起加油",
    "已关注 求回",
    "回访啦",
    "姐妹好会拍",
    "太好看啦 支持",
    "来晚了 支持一下",
    "打卡支持",
    "一起成长呀",
    "好用心的分享",
    "又是被种草的一天",
    "姐妹的图都好出片",
    "每篇都好喜欢",
    "来支持啦～",
    "宝子好棒",
    "认真看完啦",
    "先赞后看",
]
EN_POD = [
    "Love this!! 😍",
    "So inspiring ✨",
    "Obsessed with this",
    "Yesss love it 🙌",
    "This is gorgeous!",
    "Saving this for later 📌",
    "Such a vibe 💫",
    "Great tips, thanks for sharing!",
    "Gorgeous as always 💕",
    "You never miss! 🔥",
    "Absolutely stunning 😍",
    "Beautiful shot!",
    "Love your feed!",
    "This is everything 🙌",
    "So good, thanks for sharing",
    "Wow love this so much",
    "Amazing as always!",
    "Such great content 👏",
]
ZH_TOPUP = [
    "已下单",
    "看起来好好用",
    "种草了",
    "已入",
    "这个牌子一直很喜欢",
    "求链接",
    "好想要",
    "这个真的好用",
    "买它",
    "冲了",
    "被种草了",
    "已经加购了",
    "看完就下单了",
    "回购无数次了",
    "闭眼入",
    "真心推荐",
    "效果看得见",
    "我也在用 很好用",
]
EN_TOPUP = [
    "Need this!",
    "Just ordered 🙌",
    "Where can I get this?",
    "Adding to cart",
    "This looks amazing",
    "Been wanting to try this",
    "Obsessed with this brand",
    "Buying this asap",
    "Holy grail product!",
    "Ordered two!",
    "Love this brand so much",
    "This works so well",
]
ZH_LURE = [
    "想要同款的姐妹看我主页哦",
    "有需要资料的滴滴我",
    "➕{v} {code} 领取{res}",
    "{v}：{code}",
    "找我拿全套{res}",
    "懂的私",
    "看我名字",
    "点我头像有福利",
    "兼职日结 宝妈学生党都可以 私",
    "{res}已整理好 需要的扣1",
    "同城交友 看主页",
    "免费领取{res}，评论区扣1我私你",
    "👉🏻主页有惊喜",
    "加我 送你{res}",
    "✓❤️：{code}",
    "{res}在我主页 自取",
    "带你一起做副业 日入三位数 私",
    "q群：{digits}",
    "已私你了 看一下",
    "姐妹们我整理了{res} 要的戳我",
    "宝子们{res}可以找我拿 不收费",
]
ZH_LURE_RES = [
    "学习资料",
    "网课资源",
    "副业项目",
    "美妆小样",
    "理财课程",
    "游戏礼包",
    "原图",
    "电子书",
    "考研资料",
    "穿搭合集",
    "减脂食谱",
    "育儿资料包",
]
ZH_V = ["薇", "vx", "V", "威", "卫星", "🛰", "绿泡泡", "v❤", "wei"]
EN_LURE = [
    "DM me for collab 💰",
    "Check my bio 👀",
    "I earn $500/day from home, ask me how 💸",
    "Send your pics to @{h} to get featured ✨",
    "f0llow me for a free g1ft card",
    "Thanks to @{h} I made $12k in crypto, highly recommend",
    "Brand ambassador opportunity! DM @{h}",
    "Promote it on @{h} 🔥",
    "Hey dear, your content is amazing, kindly DM @{h} for promotion",
    "Want more followers? visit my bio",
    "💸 passive income link in my profile",
    "DM me 'INFO' for the free guide",
]
AI_ZH = {
    "beauty": ("妆容分享", ["底妆细节", "产品质地", "上妆手法", "色号选择", "持妆表现"]),
    "fashion": ("穿搭分享", ["色彩搭配", "版型选择", "单品组合", "细节处理", "整体比例"]),
    "food": ("美食教程", ["食材搭配", "火候掌控", "调味比例", "摆盘细节", "步骤讲解"]),
    "travel": ("旅行攻略", ["路线规划", "预算安排", "拍照机位", "住宿推荐", "交通细节"]),
    "gaming": ("游戏视频", ["操作细节", "战术思路", "剪辑节奏", "版本理解", "解说风格"]),
    "tech": ("产品测评", ["性能测试", "续航表现", "使用体验", "参数对比", "优缺点分析"]),
    "parenting": ("育儿分享", ["喂养经验", "作息安排", "情绪引导", "好物选择", "亲子互动"]),
    "finance": ("财经分析", ["市场逻辑", "风险提示", "资产配置", "数据解读", "投资心态"]),
    "local": ("探店分享", ["菜品介绍", "环境氛围", "性价比分析", "服务体验", "位置信息"]),
    "ecommerce": ("好物推荐", ["产品细节", "使用场景", "性价比", "材质讲解", "上身效果"]),
    "fitness": ("健身教程", ["动作要领", "训练计划", "饮食搭配", "发力细节", "节奏控制"]),
    "pets": ("萌宠日常", ["养宠经验", "喂养细节", "互动瞬间", "拍摄角度", "日常记录"]),
    "lifestyle": ("生活记录", ["画面质感", "生活节奏", "空间布置", "情绪表达", "细节记录"]),
}
AI_EN = {
    "beauty": (
        "tutorial",
        [
            "blending technique",
            "product selection",
            "color choices",
            "skin prep",
            "step-by-step guidance",
        ],
    ),
    "fashion": (
        "outfit breakdown",
        ["color coordination", "styling choices", "fit and proportions", "layering", "accessories"],
    ),
    "food": (
        "recipe",
        [
            "ingredient choices",
            "cooking technique",
            "plating",
            "step-by-step instructions",
            "flavor balance",
        ],
    ),
    "travel": (
        "travel guide",
        ["itinerary planning", "budget tips", "photo spots", "local insights", "hidden gems"],
    ),
    "gaming": (
        "gameplay video",
        ["strategy", "mechanics", "editing", "commentary", "game knowledge"],
    ),
    "tech": (
        "review",
        [
            "performance testing",
            "battery analysis",
            "pros and cons",
            "comparisons",
            "real-world usage",
        ],
    ),
    "parenting": (
        "parenting tips",
        [
            "daily routines",
            "practical advice",
            "emotional support",
            "product picks",
            "honest experience",
        ],
    ),
    "finance": (
        "financial breakdown",
        ["market analysis", "risk management", "long-term strategy", "data", "practical advice"],
    ),
    "local": (
        "local guide",
        ["menu highlights", "atmosphere", "value for money", "service", "location tips"],
    ),
    "ecommerce": (
        "product showcase",
        ["product details", "sizing info", "quality", "value", "styling ideas"],
    ),
    "fitness": (
        "workout",
        ["form cues", "training plan", "nutrition tips", "progression", "consistency"],
    ),
    "pets": (
        "pet video",
        ["care tips", "training insights", "sweet moments", "photography", "daily routine"],
    ),
    "lifestyle": (
        "vlog",
        ["aesthetic", "storytelling", "routine", "cinematography", "authenticity"],
    ),
}
AI_ZH_OPEN = [
    "这篇{noun}真的太用心了！",
    "看完这条{noun}收获满满！",
    "非常喜欢博主的{noun}风格，",
    "这期{noun}质量真的很高，",
    "一直关注博主的{noun}，",
    "每次看博主的{noun}都很有收获，",
    "这条{noun}做得太棒了！",
    "必须为这条{noun}点赞！",
]
AI_ZH_MID = [
    "对{a}的讲解非常细致，逻辑清晰，",
    "从{a}到{b}都分析得很到位，",
    "{a}和{b}的部分尤其精彩，",
    "尤其是关于{a}的部分，让人眼前一亮，",
    "看得出在{a}上下了很大功夫，",
    "每一个细节都处理得很专业，特别是{a}，",
    "{a}方面的分享非常实用，",
]
AI_ZH_CLOSE = [
    "干货满满，已收藏！",
    "期待更多优质内容～",
    "感谢博主的用心分享！",
    "受益匪浅，支持博主继续创作！",
    "真心推荐给身边的朋友！",
    "已经转发给朋友了，期待下一期！",
    "内容真诚又专业，必须支持！",
]
AI_EN_ADJ = [
    "insightful",
    "inspiring",
    "well-crafted",
    "thoughtful",
    "informative",
    "beautifully done",
    "engaging",
    "valuable",
    "incredibly helpful",
    "well-structured",
]
AI_EN_VERB = ["highlighted", "explained", "captured", "broke down", "presented", "showcased"]
AI_EN_OPEN = [
    "What a {adj} {noun}!",
    "This is such a {adj} {noun}!",
    "Absolutely love this {noun}!",
    "Such a {adj} and {adj2} {noun}!",
    "Wow, this {noun} is truly {adj}!",
    "Really enjoyed this {adj} {noun}.",
]
AI_EN_MID = [
    "The way you {verb} the {a} really stands out.",
    "I really appreciate how you {verb} the {a} and {b}.",
    "Your attention to {a} is truly impressive.",
    "It's clear you put a lot of thought into the {a}.",
    "The details on {a} are spot on.",
    "Your approach to {a} is both practical and inspiring.",
]
AI_EN_CLOSE = [
    "Keep up the amazing work!",
    "Looking forward to your next post!",
    "Thank you for sharing such valuable content!",
    "This is incredibly helpful — thank you!",
    "Can't wait to see more from you!",
    "Truly appreciate the effort you put into this.",
]

ZH_BIO_NICHE = {
    "beauty": [
        "混油皮 | 分享平价好物",
        "美妆博主 | 专注新手化妆",
        "敏感肌自救中",
        "彩妆师 | 只说真话",
    ],
    "fashion": ["小个子穿搭 155/45kg", "通勤穿搭分享", "梨形身材穿搭", "每天一套ootd"],
    "food": ["在家做饭的打工人", "厨房小白成长记", "一人食 | 家常菜", "吃遍全国的吃货"],
    "travel": ["旅行25国 | 攻略分享", "周末去哪儿", "背包客 | 摄影", "带爸妈去旅行"],
    "gaming": ["游戏up主 | 每周更新", "手残党的快乐", "王者荣耀国服选手", "剧情党 | 攻略"],
    "tech": ["数码博主 | 真实测评", "科技爱好者", "不吹不黑 只讲体验", "程序员的数码日常"],
    "parenting": ["二胎宝妈 | 育儿日记", "新手妈妈成长记", "绘本阅读推广人", "科学育儿"],
    "finance": ["前券商研究员 | 不荐股", "理财小白进阶", "聊聊钱的事", "长期主义投资者"],
    "local": ["本地吃喝玩乐", "探店达人 | 不收钱不推荐", "城市美食地图", "周末去哪吃"],
    "ecommerce": ["每晚8点直播", "工厂直供 | 源头好货", "好物分享官", "宝妈严选好物"],
    "fitness": ["健身5年 | 减脂30斤", "普拉提教练", "跟练打卡", "居家健身"],
    "pets": ["两只猫的铲屎官", "柯基日常", "救助流浪猫", "萌宠日记"],
    "lifestyle": ["独居女孩的日常", "记录生活", "极简主义者", "慢生活"],
}
EN_BIO_NICHE = {
    "beauty": [
        "makeup artist | honest reviews",
        "skincare for sensitive skin",
        "beauty on a budget",
    ],
    "fashion": ["petite style tips", "everyday outfits", "thrift & style"],
    "food": [
        "easy recipes for busy people",
        "home cook | recipes below",
        "eating my way through the city",
    ],
    "travel": ["30 countries & counting", "travel guides + tips", "slow travel | photography"],
    "gaming": ["variety streamer", "gaming clips & guides", "live on twitch"],
    "tech": ["honest tech reviews", "gadgets & setups", "tech explained simply"],
    "parenting": ["mom of 2 | real parenting", "toddler activities", "dad life"],
    "finance": ["personal finance made simple", "not financial advice", "debt free journey"],
    "local": ["best eats in town", "supporting local businesses", "city guides"],
    "ecommerce": ["daily deals & finds", "live sales every night", "amazon finds"],
    "fitness": ["certified PT | workouts", "pilates instructor", "home workouts"],
    "pets": ["life with my golden", "two cats one couch", "rescue dog mom"],
    "lifestyle": ["living slowly", "vlogs & routines", "cozy home content"],
}
GENERIC_BIO_ZH = [
    "生活明朗，万物可爱",
    "热爱生活",
    "做自己",
    "简单快乐",
    "愿所有美好如期而至",
    "一只普通打工人",
    "不负韶华",
    "佛系青年",
    "平平淡淡才是真",
    "保持热爱 奔赴山海",
]
GENERIC_BIO_EN = [
    "Living my best life ✨",
    "Dream big",
    "Good vibes only",
    "Just living",
    "Love & light",
    "Blessed",
    "Life is beautiful",
    "Follow your dreams",
    "Coffee lover ☕",
]

# ============================================================================ small helpers
PKG = [
    20,
    50,
    100,
    200,
    300,
    500,
    1000,
    2000,
    3000,
    5000,
    10000,
    20000,
    50000,
    100000,
    200000,
    500000,
]
SPON_TIER = [0.03, 0.10, 0.20, 0.22, 0.15]
G_MED = [0.0040, 0.0022, 0.0012, 0.0006, 0.0003]
AGE_MED = [500, 1000, 1400, 1800, 2500]
FREQ_PLAT = {
    "weibo": 2.0,
    "douyin": 1.0,
    "kuaishou": 1.3,
    "rednote": 0.8,
    "bilibili": 0.3,
    "wechat_channels": 0.8,
    "instagram": 0.6,
    "tiktok": 1.1,
    "youtube": 0.25,
}
FREQ_TIER = [0.6, 0.9, 1.1, 1.2, 0.9]
NATURAL_MIX = {  # active, lurker, creator  (natural bots handled separately)
    "douyin": (0.45, 0.48, 0.07),
    "kuaishou": (0.43, 0.52, 0.05),
    "rednote": (0.55, 0.37, 0.08),
    "weibo": (0.45, 0.48, 0.07),
    "bilibili": (0.42, 0.52, 0.06),
    "wechat_channels": (0.58, 0.39, 0.03),
    "instagram": (0.60, 0.31, 0.09),
    "tiktok": (0.43, 0.52, 0.05),
    "youtube": (0.37, 0.58, 0.05),
}
EN_COUNTRIES = {
    "US": 0.40,
    "UK": 0.12,
    "Canada": 0.08,
    "Australia": 0.07,
    "Philippines": 0.05,
    "India": 0.06,
    "Singapore": 0.03,
    "Malaysia": 0.03,
    "Germany": 0.03,
    "Brazil": 0.04,
    "Indonesia": 0.04,
    "Nigeria": 0.02,
    "Mexico": 0.03,
}
ZH_ABROAD = {
    "Taiwan": 0.30,
    "Hong Kong": 0.20,
    "Malaysia": 0.20,
    "Singapore": 0.15,
    "China": 0.10,
    "US": 0.05,
}
PLATFORM_LAUNCH_YEAR = {k: v["launch"] for k, v in PLAT.items()}
LETTERS = "abcdefghijkmnopqrstuvwxyz"
ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
B62 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
B64U = B62 + "-_"


def _wpick(r, d):
    keys = list(d)
    return r.choices(keys, weights=[d[k] for k in keys])[0]


def _ln(r, med, sig):
    return med * math.exp(r.gauss(0.0, sig))


def _clip(x, lo, hi):
    return lo if x < lo else hi if x > hi else x


def _rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def _beta_intensity(r):
    if r.random() < 0.25:
        return r.uniform(0.03, 0.15)
    return _clip(r.betavariate(1.4, 2.3), 0.03, 1.0)


def _pkg(x):
    best = PKG[0]
    for p in PKG:
        if abs(math.log(p / max(x, 1.0))) < abs(math.log(best / max(x, 1.0))):
            best = p
    return best


def _pois(rng, lam):
    if lam <= 0:
        return 0
    if lam > 1e8:
        return int(round(lam * (1 + rng.normal(0, 1e-4))))  # noqa: RUF046 -- round() of a numpy scalar; keep int() explicit
    return int(rng.poisson(lam))


def zh_nick(r):
    u = r.random()
    if u < 0.25:
        return r.choice(ZH_ADJ) + r.choice(ZH_NOUN)
    if u < 0.45:
        return r.choice(ZH_GIVEN) + r.choice(ZH_SUFFIX)
    if u < 0.55:
        return r.choice(ZH_CITY) + r.choice(
            [*ZH_GIVEN, "打工人", "小透明", "吃货", "宝妈", "大学生"]
        )
    if u < 0.65:
        return (
            r.choice(PINYIN)
            + r.choice(PINYIN)
            + ("_" if r.random() < 0.4 else "")
            + str(r.randint(1, 2005))
        )
    if u < 0.75:
        return r.choice(ZH_NOUN) + r.choice(ZH_NOUN) + r.choice(["", "", "呀", "酱", "🌙"])
    if u < 0.87:
        return r.choice(ZH_SURNAME) + "".join(r.sample(ZH_GIVEN_CHARS, r.randint(1, 2)))
    return r.choice(ZH_GIVEN) + str(r.randint(0, 9999))


def en_handle(r):
    u = r.random()
    f = r.choice(EN_FIRST)
    if u < 0.30:
        return f + r.choice(["", ".", "_"]) + r.choice(EN_LAST)
    if u < 0.50:
        return f + r.choice(["", "_", "."]) + r.choice(EN_WORDS)
    if u < 0.70:
        return f + r.choice(EN_LAST) + str(r.randint(1, 99))
    if u < 0.85:
        return f + "." + r.choice(EN_LAST)[0] + str(r.randint(80, 2006))
    return r.choice(EN_WORDS) + "." + f + r.choice(["", "x", "_", "official"])


def default_name(r, platform):
    if platform == "rednote":
        return "小红薯" + f"{r.getrandbits(32):08X}"
    if platform == "bilibili":
        return "bili_" + str(r.randint(10**7, 10**11))
    if platform == "kuaishou":
        return "快手用户" + str(r.randint(10**9, 10**10 - 1))
    if platform == "wechat_channels":
        return "微信用户" + _rs(r, ALNUM, 4)
    if platform in ("douyin", "weibo"):
        return "用户" + str(r.randint(10**9, 10**10 - 1))
    if platform == "youtube":
        return "@user-" + _rs(r, ALNUM, 9)
    return "user" + str(r.randint(10**6, 10**10))


def bot_handle(r, platform, zh):
    u = r.random()
    if u < 0.40:
        return default_name(r, platform)
    if u < 0.70:
        return _rs(r, LETTERS, r.randint(5, 9)) + str(r.randint(10, 99999))
    if zh:
        return zh_nick(r) + str(r.randint(100, 99999))
    return r.choice(EN_FIRST) + r.choice(EN_LAST) + str(r.randint(1000, 999999))


def lure_code(r):
    base = _rs(r, "abcdefghjkmnpqrstuvwxyz", r.randint(3, 6)) + str(r.randint(100, 99999))
    u = r.random()
    if u < 0.3:
        return base.translate(str.maketrans("0123456789", "⓪①②③④⑤⑥⑦⑧⑨"))
    if u < 0.5:
        return base.translate(str.maketrans("0123456789", "零一二三四五六七八九"))
    if u < 0.65:
        return " ".join(base)
    if u < 0.8:
        return base.translate(
            str.maketrans(
                "0123456789abcdefghijklmnopqrstuvwxyz",
                "０１２３４５６７８９ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ",
            )
        )
    return base.upper()


def _fill(r, tpl, bank):
    if "{res}" in tpl:
        tpl = tpl.replace("{res}", r.choice(bank["res"]))
    if "{item}" in tpl:
        tpl = tpl.replace("{item}", r.choice(bank["items"]))
    if "{x}" in tpl:
        tpl = tpl.replace("{x}", r.choice(bank["x"]))
    if "{n}" in tpl:
        tpl = tpl.replace("{n}", str(r.randint(2, 12)))
    return tpl


ZH_TAIL = [
    "",
    "",
    "",
    "",
    "！",
    "!",
    "~",
    "～",
    "。",
    "!!",
    "！！！",
    "…",
    "哈哈",
    "哈哈哈",
    "呀",
    "啊",
    "耶",
    "嘿嘿",
]
ZH_QTAIL = ["", "", "？", "?", "？？", "呀", "呢", "啊？", "～"]
ZH_PRE = ["哈哈哈", "啊啊啊", "天呐", "救命", "真的", "家人们", "笑死", "不是", "我去", "姐妹"]
EN_PRE = ["omg ", "ok ", "honestly ", "literally ", "wait ", "ngl ", "okay but ", "not gonna lie "]


def zh_deco(r, s, plat, is_q=False):
    s = s + r.choice(ZH_QTAIL if is_q else ZH_TAIL)
    u = r.random()
    if u < 0.16:
        s += "".join(r.choice(BRACKET[plat]) for _ in range(r.randint(1, 3)))
    elif u < 0.27:
        s += r.choice(EMOJI) * r.randint(1, 3)
    if r.random() < 0.08:
        s = r.choice(ZH_PRE) + r.choice(["", "，", " "]) + s
    if r.random() < 0.04 and len(s) > 5:
        k = r.randrange(1, len(s) - 1)
        s = s[:k] + s[k + 1 :]
    return s


def en_deco(r, s, is_q=False):
    u = r.random()
    if u < 0.35 and s:
        s = s[0].upper() + s[1:]
    elif u < 0.38 and len(s) < 25:
        s = s.upper()
    if not is_q:
        s += r.choice(["", "", "", "!", "!!", "!!!", ".", " lol", " haha", " omg"])
    if r.random() < 0.25:
        s += " " + r.choice(EMOJI) * r.randint(1, 3)
    if r.random() < 0.06:
        s = r.choice(EN_PRE) + s
    if r.random() < 0.05:
        for i in range(len(s) - 1, -1, -1):
            if s[i] in "aeiouy":
                s = s[:i] + s[i] * r.randint(2, 5) + s[i + 1 :]
                break
    return s


# ============================================================================ the simulator
class _Creator:
    """Builds one record; all randomness comes from (seed, i)."""

    def __init__(self, seed: int, i: int):
        ss = np.random.SeedSequence([int(seed) % (2**63), int(i), 0x40_7E1])
        self.rng = np.random.default_rng(ss)
        self.r = random.Random(int(self.rng.integers(0, 2**62)))
        self.i = i

    # ------------------------------------------------------------------ setup
    def setup(self):
        r = self.r
        k = r.choices(range(len(ARCH_TABLE)), weights=ARCH_W)[0]
        self.arch, _, self.label, mechs, tierw = ARCH_TABLE[k]
        self.mech_list = tuple(mechs)  # ordered: iteration must not depend on hashing
        self.mechs = frozenset(mechs)
        key = self.arch if self.label == 0 else next(iter(m for m in ARCH_TABLE[k][3]))
        self.platform = _wpick(r, PLATFORM_OVERRIDE.get(key, PLATFORM_W))
        self.P = PLAT[self.platform]
        self.zhp = self.platform in ZH_PLATFORMS
        self.lang = "zh" if self.zhp or r.random() < 0.13 else "en"
        self.mix = 0.015 if self.zhp else (0.25 if self.lang == "zh" else 0.02)
        nd = NICHE_OVERRIDE.get(key)
        self.niche = _wpick(r, nd) if nd else r.choices(NICHE_LIST, weights=NICHE_W)[0]
        self.N = NICHES[self.niche]
        self.tier = r.choices(range(5), weights=tierw)[0]
        lo, hi = TIER_RANGE[self.tier]
        if self.tier == 4:
            self.F_obs = lo * (hi / lo) ** (r.random() ** 2.2)
        else:
            self.F_obs = lo * (hi / lo) ** (r.random() ** 1.3)
        if self.arch == "tiny_koc":
            self.F_obs = 80 * (3000 / 80) ** r.random()
        if self.arch == "brand_new":
            self.F_obs = 150 * (40000 / 150) ** (r.random() ** 1.5)
        if self.arch == "celebrity_low_er":
            self.F_obs = max(self.F_obs, 1_000_000 * (80 / 1) ** (r.random() ** 1.5))
        self.s = {m: _beta_intensity(r) for m in self.mech_list}
        if len(self.mech_list) > 1:
            for m in self.mech_list:
                self.s[m] = max(0.03, self.s[m] * r.uniform(0.6, 1.0))
        self.as_of = datetime(2024, 5, 1, 0, 0) + timedelta(days=r.uniform(0, 560))
        self.as_of = self.as_of.replace(
            hour=r.randint(7, 23), minute=r.randint(0, 59), second=r.randint(0, 59)
        )
        self.tz = "+08:00" if (self.zhp or (self.lang == "zh" and r.random() < 0.5)) else "Z"
        # genuine/background events
        a = self.arch
        self.ev_viral = a == "viral_post" or r.random() < 0.05
        self.ev_giveaway = a == "giveaway" or r.random() < 0.025
        self.ev_shout = a == "shoutout" or (self.tier <= 1 and r.random() < 0.02)
        p_purge = (0.03 + 0.05 * self.tier / 4) * (1.6 if self.platform == "weibo" else 1.0)
        self.ev_purge = a == "platform_purge" or r.random() < p_purge
        self.agency = a == "agency_managed" or (
            self.tier >= 2 and a != "dormant_returned" and r.random() < 0.08
        )
        self.celeb = a == "celebrity_low_er"
        self.tiny = a == "tiny_koc"
        self.brand_new = a == "brand_new"
        self.dormant = a == "dormant_returned"
        self.switch = a == "niche_changed"
        self.live = a == "live_seller" or (
            self.niche == "ecommerce"
            and self.platform in ("douyin", "kuaishou", "tiktok", "wechat_channels", "rednote")
        )
        self.old_niche: str | None = None
        if self.switch:
            self.old_niche = r.choice([n for n in NICHE_LIST if n != self.niche])
        if "legacy_bought_followers" in self.mechs and r.random() < 0.65:
            self.ev_purge = True
        self.hidden_likes = (
            self.platform == "instagram"
            and r.random() < 0.08
            and not (self.mechs & {"bought_likes", "brand_deal_topup", "engagement_pod"})
        )
        # account age in days
        plat_age = (
            self.as_of.year + self.as_of.timetuple().tm_yday / 365.0 - self.P["launch"]
        ) * 365.0
        if self.brand_new:
            self.age_days = r.randint(25, 150)
        elif "starter_followers" in self.mechs:
            self.age_days = r.randint(60, 900)
        else:
            self.age_days = int(_clip(_ln(r, AGE_MED[self.tier], 0.6), 60, 5000))
            if "legacy_bought_followers" in self.mechs or self.celeb:
                self.age_days = max(self.age_days, r.randint(1600, 4500))
        self.age_days = int(min(self.age_days, plat_age - 5))
        self.age_days = max(self.age_days, 25)
        # handles and names
        self.handle = self._creator_handle()
        self.celeb_name = self.handle if self.celeb else None
        # behaviour parameters
        self.er_noise = _ln(r, 1.0, 0.55)
        self.cpl_noise = _ln(r, 1.0, 0.45)
        self.lpv_noise = _ln(r, 1.0, 0.30)
        self.sig_mult = r.uniform(0.75, 1.2)
        tier_rr = [0.25, 0.18, 0.10, 0.05, 0.01][self.tier]
        self.reply_rate = _clip(_ln(r, tier_rr, 0.7), 0.0, 0.6)
        if self.agency or self.celeb:
            self.reply_rate = min(self.reply_rate, 0.02)
        if self.tiny:
            self.reply_rate = r.uniform(0.3, 0.6)
        if r.random() < 0.15:
            self.reply_rate *= 0.1

    def _creator_handle(self):
        r = self.r
        if self.celeb:
            if self.lang == "zh":
                return r.choice(ZH_SURNAME) + "".join(r.sample(ZH_GIVEN_CHARS, r.randint(1, 2)))
            return r.choice(EN_FIRST).capitalize() + " " + r.choice(EN_LAST).capitalize()
        nz = {
            "beauty": ["美妆日记", "化妆间", "爱美妆"],
            "fashion": ["穿搭", "的衣橱", "OOTD"],
            "food": ["的厨房", "吃吃喝喝", "爱做饭"],
            "travel": ["去旅行", "在路上", "看世界"],
            "gaming": ["游戏解说", "打游戏", "Gaming"],
            "tech": ["聊数码", "科技", "数码说"],
            "parenting": ["育儿记", "妈妈", "带娃日记"],
            "finance": ["聊理财", "说财经", "的钱包"],
            "local": ["探店", "吃遍" + r.choice(ZH_CITY), "寻味"],
            "ecommerce": ["好物", "严选", "直播间"],
            "fitness": ["爱健身", "练起来", "的健身房"],
            "pets": ["家的猫", "和狗", "萌宠"],
            "lifestyle": ["的日常", "vlog", "生活记"],
        }
        ne = {
            "beauty": ["beauty", "glam", "makeup"],
            "fashion": ["style", "fits", "wears"],
            "food": ["eats", "kitchen", "cooks"],
            "travel": ["travels", "wanders", "abroad"],
            "gaming": ["plays", "gaming", "gg"],
            "tech": ["tech", "reviews", "gadgets"],
            "parenting": ["mom", "dadlife", "family"],
            "finance": ["money", "finance", "invests"],
            "local": ["eatsla", "local", "citybites"],
            "ecommerce": ["finds", "deals", "shop"],
            "fitness": ["fit", "lifts", "moves"],
            "pets": ["andthepups", "cats", "pets"],
            "lifestyle": ["life", "vlogs", "daily"],
        }
        if self.lang == "zh":
            base = r.choice([*ZH_GIVEN, zh_nick(r)])
            return (
                base
                + r.choice(nz[self.niche])
                + (str(r.randint(1, 99)) if r.random() < 0.15 else "")
            )
        return (
            r.choice(EN_FIRST)
            + r.choice(["", ".", "_"])
            + r.choice(ne[self.niche])
            + (str(r.randint(1, 99)) if r.random() < 0.2 else "")
        )

    # ------------------------------------------------------------------ posting schedule
    def schedule(self):
        r = self.r
        n = int(r.triangular(10, 60, 28))
        if self.tiny:
            n = r.randint(10, 15)
        freq = self.N["freq"] * FREQ_PLAT[self.platform] * FREQ_TIER[self.tier] * _ln(r, 1.0, 0.6)
        if self.live:
            freq *= 2.0
        if self.celeb:
            freq *= 0.4
        if self.tiny:
            freq = r.uniform(0.03, 0.2)
        freq = _clip(freq, 0.02, 6.0)
        avail = self.age_days - 2
        if self.brand_new:
            n = min(n, max(10, int(avail * r.uniform(0.3, 1.0))))
        freq = max(freq, n / 700.0, n / max(avail * 0.9, 1.0))
        gap_days, n_after = 0.0, 0
        if self.dormant:
            gap_days = r.uniform(60, 300)
            n_after = r.randint(3, max(3, min(15, n - 5)))
            if (n / freq) + gap_days > avail:
                gap_days = max(45.0, avail - n / freq - 5)
        ages: list[float] = []
        if self.agency:
            days = sorted(r.sample(range(7), r.randint(2, 5)))
            hour = r.choice([11, 12, 17, 18, 19, 20, 21])
            minute = r.choice([0, 0, 0, 30, 15, 45])
            d0 = self.as_of.date()
            off = 0
            while len(ages) < n and off < 1500:
                day = d0 - timedelta(days=off)
                if day.weekday() in days and r.random() > 0.05:
                    dt = datetime(day.year, day.month, day.day, hour, minute) + timedelta(
                        minutes=r.randint(-4, 12)
                    )
                    if dt < self.as_of - timedelta(minutes=30):
                        ages.append((self.as_of - dt).total_seconds() / 86400.0)
                off += 1
        else:
            shape = r.uniform(0.5, 1.3)
            t = r.expovariate(freq) * r.uniform(0.2, 1.0) + r.uniform(0.0, 0.3)
            pref = r.choice([8, 12, 12, 18, 19, 20, 20, 21, 21, 22])
            for j in range(n):
                if self.dormant and j == n_after:
                    t += gap_days
                # time of day: snap to the creator's habit
                day_off = int(t)
                hod = (pref + r.gauss(0, 2.3)) % 24
                dt = datetime.combine(
                    self.as_of.date() - timedelta(days=day_off), datetime.min.time()
                ) + timedelta(hours=hod)
                if dt > self.as_of - timedelta(minutes=20):
                    dt -= timedelta(days=1)
                ages.append((self.as_of - dt).total_seconds() / 86400.0)
                gap = r.gammavariate(shape, 1.0 / (freq * shape))
                if r.random() < 0.04:
                    gap += r.uniform(8, 45)
                t = max(t + gap, ages[-1] + 0.02)
        ages = sorted(ages)
        if ages[-1] > avail:  # compress into the account's life
            f = avail / ages[-1]
            ages = [a * f for a in ages]
        self.n_after = n_after
        self.ages = ages
        self.post_dt = [self.as_of - timedelta(days=a) for a in ages]
        self.freq = freq

    # ------------------------------------------------------------------ follower trajectories
    def trajectories(self):
        r, rng = self.r, self.rng
        H = r.randint(90, 365)
        max_age = self.ages[-1]
        if self.brand_new:
            D = self.age_days + 1
            H = D - 1
        else:
            D = max(H + 1, math.ceil(max_age) + 3)
        self.D, self.H = D, H
        d0 = self.as_of.date()
        self.kpost = [D - 1 - (d0 - dt.date()).days for dt in self.post_dt]
        # fake shares -> real audience target
        F_obs = self.F_obs
        fb = 0.0
        fc = 0.0
        m = self.mechs
        if "starter_followers" in m:
            s = self.s["starter_followers"]
            R_target = _clip(_ln(r, 400, 0.8), 60, 3000)
            B_final = 1000 + 9000 * s**1.2 * r.uniform(0.6, 1.1)
            F_obs = R_target + B_final
            fb = B_final / F_obs
        elif "bought_followers_burst" in m:
            fb = 0.06 + 0.6 * self.s["bought_followers_burst"] ** 1.3
        elif "bought_followers_drip" in m:
            fb = 0.05 + 0.45 * self.s["bought_followers_drip"]
        elif "premium_followers" in m:
            fb = 0.05 + 0.4 * self.s["premium_followers"]
        elif "legacy_bought_followers" in m:
            fb = 0.15 + 0.55 * self.s["legacy_bought_followers"]
        if "follow_churn" in m:
            fc = 0.08 + 0.45 * self.s["follow_churn"]
            if fb + fc > 0.85:
                fc = 0.85 - fb
        self.fb_share, self.fc_share = fb, fc
        F_real = max(30.0, F_obs * (1 - fb - fc))
        # ---- real followers: log-growth increments
        g = G_MED[self.tier] * _ln(r, 1.0, 0.7)
        if r.random() < 0.15 and not self.brand_new:
            g = -g * r.uniform(0.1, 0.5)
        if self.celeb:
            g = abs(g) * r.uniform(0.2, 1.0)
        alpha = 0.5
        lg = (1 - alpha) * g * np.exp(rng.normal(-0.12, 0.5, D))
        lg *= 1 + 0.15 * np.sin(2 * np.pi * (np.arange(D) + r.random() * 7) / 7.0)
        gap_mean = max(1.0, (self.ages[-1] - self.ages[0]) / max(1, len(self.ages) - 1))
        self.perf = [math.exp(r.gauss(0, self.P["sig"] * self.sig_mult)) for _ in self.ages]
        # drift of engagement over the post sequence (AR(1))
        drift, dv = [], 0.0
        for _ in self.ages:
            dv = 0.8 * dv + r.gauss(0, 0.15)
            drift.append(math.exp(dv))
        self.drift = drift
        self.viral_j = None
        self.give_j = None
        n = len(self.ages)
        if self.ev_viral and n > 4:
            self.viral_j = r.randint(2, n - 1)
            V = r.uniform(12, 150) if self.tier <= 1 else r.uniform(6, 40)
            self.perf[self.viral_j] *= V
        if self.ev_giveaway and n > 4:
            cand = [j for j in range(1, n) if j != self.viral_j]
            self.give_j = r.choice(cand)
        pm = float(np.mean([min(p, 5.0) for p in self.perf]))
        kern = np.exp(-np.arange(6) / 1.3)
        kern /= kern.sum()
        for j, k in enumerate(self.kpost):
            amt = alpha * abs(g) * gap_mean * min(self.perf[j], 5.0) / pm
            self._add_kernel(lg, k, kern, amt)
        # events
        self.event_days = {}
        win0 = D - H
        if self.viral_j is not None:
            k = self.kpost[self.viral_j]
            G = (
                r.uniform(0.3, 3.0)
                if self.tier == 0
                else r.uniform(0.1, 0.8)
                if self.tier == 1
                else r.uniform(0.02, 0.2)
            )
            tau = r.uniform(1.5, 4.0)
            kv = np.exp(-np.arange(14) / tau)
            self._add_kernel(lg, k, kv / kv.sum(), math.log1p(G))
            self.event_days["viral"] = k
        if self.give_j is not None:
            k = self.kpost[self.give_j]
            G = r.uniform(0.08, 0.6) if self.tier <= 1 else r.uniform(0.02, 0.15)
            w = r.randint(3, 7)
            self._add_kernel(lg, k, np.ones(w) / w, math.log1p(G))
            k2 = k + r.randint(8, 20)
            w2 = r.randint(6, 20)
            loss = G * r.uniform(0.25, 0.5)
            self._add_kernel(lg, k2, np.ones(w2) / w2, math.log(max(0.05, 1 - loss / (1 + G))))
            self.event_days["giveaway"] = k
        if self.ev_shout:
            k = r.randint(max(0, win0), D - 3)
            G = r.uniform(0.15, 1.2) if self.tier == 0 else r.uniform(0.05, 0.4)
            w = r.randint(1, 4)
            kv = np.exp(-np.arange(w) / 1.0)
            self._add_kernel(lg, k, kv / kv.sum(), math.log1p(G))
            self._add_kernel(
                lg,
                k + r.randint(5, 15),
                np.ones(15) / 15,
                math.log(1 - G / (1 + G) * r.uniform(0.05, 0.2)),
            )
            self.event_days["shout"] = k
            self.shout_big = (
                (r.choice(ZH_GIVEN) + r.choice(["大王", "说", "姐", "老师"]))
                if self.lang == "zh"
                else "@" + en_handle(r)
            )
        self.nat_bot = _clip(
            self.P["bots"]
            * _ln(r, 1.0, 0.5)
            * (1 + 0.15 * self.tier)
            * (1 + self.age_days / 3000.0),
            0.0,
            0.45,
        )
        if self.celeb and self.platform == "weibo":
            self.nat_bot = _clip(self.nat_bot * 1.8, 0, 0.5)
        self.purge_days = []
        if self.ev_purge:
            used: list[int] = []
            for _ in range(1 if r.random() < 0.7 else 2):
                k = r.randint(max(1, win0 + 3), D - 2)
                if any(abs(k - u_) < 20 for u_ in used):
                    continue
                used.append(k)
                p = _clip(self.nat_bot * r.uniform(0.3, 0.9), 0.01, 0.10)
                if self.arch == "platform_purge":
                    p = max(p, r.uniform(0.02, 0.12))
                lg[k] += math.log(1 - p)
                self.purge_days.append((k, r.uniform(0.3, 0.9)))
        if self.dormant:
            # slow decline while dormant, bump on return
            k_last = self.kpost[self.n_after]  # last post before the gap
            k_ret = self.kpost[self.n_after - 1]  # first post after
            if k_ret > k_last + 1:
                lg[k_last + 3 : k_ret] = -r.uniform(0.0002, 0.0009) * np.exp(
                    rng.normal(0, 0.5, max(0, k_ret - k_last - 3))
                )
                self._add_kernel(lg, k_ret, kern, r.uniform(0.01, 0.06))
            self.event_days["return"] = k_ret
        if self.switch:
            jsw = r.randint(max(3, n // 5), max(4, n // 2))
            self.switch_j: int | None = jsw  # posts 0..jsw-1 are the new niche (newest)
            k = self.kpost[jsw - 1]
            w = r.randint(10, 30)
            self._add_kernel(lg, k, np.ones(w) / w, math.log(1 - r.uniform(0.03, 0.10)))
        else:
            self.switch_j = None
        if self.brand_new:
            F0 = r.uniform(0, 20)
        else:
            tot = lg.sum()
            cap = math.log(8.0) if (self.ev_viral or self.ev_shout) else math.log(3.0)
            if tot > cap:
                pos = lg > 0
                excess = tot - cap
                lg[pos] -= excess * lg[pos] / lg[pos].sum()
        if self.brand_new:
            # additive growth driven by individual posts (a hit brings a step), not a smooth exponential
            wts = 0.15 * np.exp(rng.normal(0, 0.6, D)) * np.linspace(0.3, 1.0, D)
            for j, k in enumerate(self.kpost):
                self._add_kernel(wts, k, kern, self.perf[j] ** 1.3)
            cw = np.cumsum(wts)
            R0 = F0 + (F_real - F0) * cw / cw[-1]
        else:
            cl = np.cumsum(lg)
            R0 = F_real * np.exp(cl - cl[-1])
        d = np.diff(R0)
        u = 0.0004 * R0[1:] * r.uniform(0.3, 1.5)
        real = rng.poisson(np.clip(d, 0, None) + u) - rng.poisson(np.clip(-d, 0, None) + u)
        R = np.empty(D)
        R[0] = round(R0[0])
        R[1:] = R[0] + np.cumsum(real)
        self.R = np.clip(R, 0, None)
        # ---- fake followers
        self.B = np.zeros(D)
        Rf = float(self.R[-1])
        if fb > 0:
            B_final = fb / max(1e-6, 1 - fb - fc) * Rf
            self.B = self._fake_shape(B_final)
        # ---- following + churn follow-backs
        fol_med = [250, 350, 300, 250, 120][self.tier] * (
            2.0 if self.platform in ("instagram", "tiktok") else 1.0
        )
        if self.celeb:
            fol_med = 80
        fo_now = int(_clip(_ln(r, fol_med, 0.8), 3, 7500))
        steps = np.zeros(D)
        pw = min(1.0, fo_now / 300.0)
        active_f = r.random() < (
            0.3 if self.tier <= 1 else 0.12
        )  # follows/unfollows a lot, genuinely
        ups = rng.random(D) < (0.2 if active_f else 0.08) * pw
        steps[ups] = rng.poisson(5.0 if active_f else 1.5, ups.sum()) + 1
        dns = rng.random(D) < (0.05 if active_f else 0.02) * pw
        steps[dns] -= rng.integers(1, 40 if active_f else 6, dns.sum())
        if r.random() < 0.1:
            kc = r.randint(1, D - 1)
            steps[kc] -= int(fo_now * r.uniform(0.05, 0.3))
        Fo = fo_now - (np.cumsum(steps[::-1])[::-1] - steps)
        self.Fo = np.clip(Fo, 0, None)
        self.FB = np.zeros(D)
        if "follow_churn" in m:
            self._churn(Rf, fo_now)
        self.O = np.round(self.R + self.B + self.FB)
        self.E = self.R + 0.15 * self.FB
        if self.brand_new:
            self.hist_start = 0
        else:
            self.hist_start = D - H

    @staticmethod
    def _add_kernel(arr, k, kern, amt):
        D = len(arr)
        if k >= D:
            return
        if k < 0:
            kern = kern[-k:]
            k = 0
        e = min(D, k + len(kern))
        arr[k:e] += amt * kern[: e - k]

    def _fake_shape(self, B_final):
        r, rng, D, H = self.r, self.rng, self.D, self.H
        m = self.mechs
        win0 = D - H
        shape = np.zeros(D)
        self.fake_kind = "cheap"
        self.fake_bursts = []
        if "bought_followers_drip" in m:
            s = self.s["bought_followers_drip"]
            b0 = r.uniform(0.2, 0.7)
            inc = np.full(D, (1 - b0) / D)
            if s < 0.5:
                inc *= np.exp(rng.normal(0, 0.6, D))
                inc[rng.random(D) < 0.2] = 0
            else:
                inc *= np.exp(rng.normal(0, 0.05, D))
            if r.random() < 0.15:
                inc[D - r.randint(10, 40) :] = 0
            shape = b0 + np.cumsum(inc)
            self.fake_kind = "cheap" if r.random() < 0.6 else "mixed"
        elif "legacy_bought_followers" in m:
            shape = np.ones(D) * np.exp(-np.arange(D) * r.uniform(0.00002, 0.0002))
            for k, _f in self.purge_days:
                shape[k:] *= 1 - r.uniform(0.05, 0.35)
            self.fake_kind = "legacy"
        else:
            premium = "premium_followers" in m
            starter = "starter_followers" in m
            mech = (
                "premium_followers"
                if premium
                else "starter_followers"
                if starter
                else "bought_followers_burst"
            )
            s = self.s[mech]
            nb = 1 if s > 0.7 else r.randint(1, 3)
            if starter:
                nb = r.randint(1, 2)
            p_in = 0.5 if starter else 0.7
            for _ in range(nb):
                a = r.uniform(0.5, 1.5)
                if r.random() < p_in and win0 + 3 < D - 6:
                    k0 = r.randint(win0 + 3, D - 6)
                else:
                    k0 = r.randint(0, max(0, win0 - 1)) if win0 > 2 and r.random() < 0.5 else -1
                if premium:
                    w = r.randint(3, 15)
                    dd = r.uniform(0.0, 0.05)
                else:
                    w = 1 if s > 0.7 else int(1 + (1 - s) * r.randint(1, 9))
                    dd = r.uniform(0.03, 0.3)
                if k0 < 0:
                    shape += a * (1 - dd)
                    continue
                ramp = np.clip((np.arange(D) - k0 + 1) / w, 0, 1)
                part = a * ramp
                kd = k0 + w + r.randint(1, 5)
                if kd < D:
                    ld = r.randint(15, 60)
                    drop = np.clip((np.arange(D) - kd) / ld, 0, 1) * dd * a
                    part = part - drop
                shape += part
                self.fake_bursts.append(k0)
            self.fake_kind = "premium" if premium else "cheap"
        if "legacy_bought_followers" not in m:
            for k, _f in self.purge_days:
                q = r.uniform(0.0, 0.08) if self.fake_kind == "premium" else r.uniform(0.1, 0.5)
                shape[k:] *= 1 - q
        if shape[-1] <= 0:
            shape = shape + 1.0
        B = shape / shape[-1] * B_final
        return np.round(np.clip(B, 0, None))

    def _churn(self, Rf, fo_now):
        r, D = self.r, self.D
        s = self.s["follow_churn"]
        A = (10 + 700 * s**1.3) * r.uniform(0.6, 1.4)
        cap = 7500
        base = min(fo_now, int(cap * 0.3))
        extra = np.zeros(D)
        fbi = np.zeros(D)
        fbr = r.uniform(0.08, 0.22)
        k = r.randint(0, 6)
        cur = 0.0
        while k < D:
            fl = r.randint(1, 3 if s > 0.6 else 5)
            cyc = 0.0
            for _ in range(fl):
                if k >= D:
                    break
                f = min(A * r.uniform(0.6, 1.4), cap - base - cur)
                f = max(f, 0)
                cur += f
                cyc += f
                extra[k] = cur
                for t, w in ((1, 0.5), (2, 0.3), (3, 0.2)):
                    if k + t < D:
                        fbi[k + t] += f * fbr * w
                k += 1
            ul = r.randint(1, 3)
            frac = r.uniform(0.7, 1.0) if s > 0.4 else r.uniform(0.4, 0.9)
            rem = cur * frac
            for _ in range(ul):
                if k >= D:
                    break
                cur -= rem / ul
                extra[k] = cur
                k += 1
            lost = cyc * fbr * r.uniform(0.3, 0.6)
            lw = r.randint(3, 20)
            for t in range(lw):
                if k + t < D:
                    fbi[k + t] -= lost / lw
            idle = r.randint(0, 8 if s > 0.5 else 30)
            for _ in range(idle):
                if k >= D:
                    break
                extra[k] = cur
                k += 1
        self.Fo = np.clip(self.Fo - self.Fo[-1] + base, 0, None) + extra
        target = self.fc_share / max(1e-6, 1 - self.fb_share - self.fc_share) * Rf
        cs = np.cumsum(fbi)
        FB0 = target - cs[-1]
        if FB0 < 0:
            sc = target / max(cs[-1], 1e-6) * 0.8
            cs *= sc
            FB0 = target - cs[-1]
        self.FB = np.round(np.clip(FB0 + cs, 0, None))

    # ------------------------------------------------------------------ posts and their counts
    def posts(self):
        r, rng, P = self.r, self.rng, self.P
        n = len(self.ages)
        spon_p = _clip(
            SPON_TIER[self.tier] * self.N["spon"] * (2.5 if self.agency else 1.0), 0, 0.6
        )
        if self.tiny or self.brand_new:
            spon_p *= 0.3
        spon = [r.random() < spon_p for _ in range(n)]
        if "brand_deal_topup" in self.mechs:
            need = max(2, int(n * r.uniform(0.12, 0.3)))
            idx = list(range(n))
            r.shuffle(idx)
            for j in idx:
                if sum(spon) >= need:
                    break
                if j != self.give_j:
                    spon[j] = True
        if self.give_j is not None:
            spon[self.give_j] = r.random() < 0.5  # many giveaways are brand-sponsored
        fmts, fw = zip(*P["fmt"], strict=False)
        celeb_f = r.uniform(0.12, 0.45) if self.celeb else 1.0
        out = []
        for j in range(n):
            k = self.kpost[j]
            age = self.ages[j]
            niche = (
                self.old_niche if (self.switch_j is not None and j >= self.switch_j) else self.niche
            )
            Nn = NICHES[niche]  # type: ignore[index]  # old_niche is set whenever switch_j is
            fmt = r.choices(fmts, weights=fw)[0]
            if (
                self.live
                and self.platform in ("douyin", "kuaishou", "wechat_channels", "tiktok")
                and r.random() < 0.25
            ):
                fmt = "live"
            E = max(float(self.E[k]), 1.0)
            er = (
                P["er"] * (max(E, 30.0) / 1000.0) ** (-P["ex"]) * Nn["er"] * self.er_noise * celeb_f
            )
            base = E * er + P["floor"] * _ln(r, 1.0, 0.8)
            fm = {"video": 1.0, "image": 0.85, "text": 0.6, "live": 0.35, "other": 0.8}[fmt]
            if self.platform == "instagram" and fmt == "video":
                fm = 1.2
            sm = _clip(_ln(r, 0.72, 0.25), 0.35, 1.1) if spon[j] else 1.0
            acc = 1 - math.exp(-age / P["tau"]) * 0.97
            L = base * self.perf[j] * self.drift[j] * fm * sm * acc
            likes = _pois(rng, L)
            views = None
            if P["lpv"] and (fmt in ("video", "live") or self.platform == "bilibili"):
                views = likes + _pois(rng, L / (P["lpv"] * self.lpv_noise * _ln(r, 1.0, 0.3)))
            cpl = P["cpl"] * Nn["cpl"] * self.cpl_noise * _clip((E / 1e4) ** -0.08, 0.6, 1.6)
            cm = 3.0 if fmt == "live" else 1.0
            if self.tiny:
                cm *= 3.0
            if j == self.give_j:
                cm *= r.uniform(8, 40)
                likes = int(likes * r.uniform(2, 6))
            comments = _pois(rng, L * cpl * cm * _ln(r, 1.0, 0.35))
            p = dict(
                j=j,
                k=k,
                fmt=fmt,
                niche=niche,
                spon=spon[j],
                likes=likes,
                views=views,
                comments=comments,
                L=L,
                fake={},
                add_likes=0,
                add_views=0,
                add_saves=0,
            )
            p["shares"] = _pois(rng, L * P["spl"] * _ln(r, 1.0, 0.5)) if P["spl"] else None
            p["saves"] = (
                _pois(rng, L * P["svl"] * Nn["save"] * _ln(r, 1.0, 0.4)) if P["svl"] else None
            )
            if self.platform == "bilibili":
                p["coins"] = _pois(rng, L * 0.3 * _ln(r, 1.0, 0.4))
                p["danmaku"] = (
                    _pois(rng, (views or 0) * 0.006 * _ln(r, 1.0, 0.6)) if fmt == "video" else None
                )
            out.append(p)
        self.P_list = out
        self._fraud_engagement()

    def _fraud_engagement(self):
        r, rng = self.r, self.rng
        posts = self.P_list
        n = len(posts)
        m = self.mechs
        med_likes = float(np.median([p["likes"] for p in posts])) + 1.0
        med_views = float(np.median([p["views"] or 0 for p in posts])) + 1.0
        recency_w = [1.0 / (1 + j * 0.05) for j in range(n)]

        def choose(q):
            sel = [j for j in range(n) if r.random() < q * (0.7 + 0.6 * recency_w[j])]
            return set(sel) if sel else {0}

        if "bought_likes" in m:
            s = self.s["bought_likes"]
            mult = 1.3 + 5.0 * s**1.3
            sel = choose(0.25 + 0.75 * s)
            pkg = _pkg(med_likes * (mult - 1))
            uniform = r.random() < 0.4 + 0.5 * s
            for j in sel:
                p = posts[j]
                if uniform:
                    add = pkg * r.uniform(0.93, 1.08)
                else:
                    add = max(p["likes"], med_likes * 0.3) * (mult - 1) * _ln(r, 1.0, 0.3)
                p["add_likes"] += int(add)
            self.likes_sel = sel
        if "bought_views" in m:
            s = self.s["bought_views"]
            mult = 1.5 + 12 * s**1.2
            sel = choose(0.4 + 0.6 * s)
            pkg = _pkg(med_views * (mult - 1))
            with_likes = r.random() < 0.3
            for j in sel:
                p = posts[j]
                if p["views"] is None:
                    continue
                add = (
                    pkg * r.uniform(0.95, 1.1)
                    if r.random() < 0.5
                    else p["views"] * (mult - 1) * _ln(r, 1, 0.25)
                )
                p["add_views"] += int(add)
                if with_likes:
                    p["add_likes"] += int(add * r.uniform(0.001, 0.004))
        if "bot_comments" in m:
            s = self.s["bot_comments"]
            sel = choose(0.3 + 0.7 * s)
            for j in sel:
                p = posts[j]
                want = max(3.0, p["comments"] * (0.3 + 5 * s) * _ln(r, 1.0, 0.4))
                nb = _pkg(want) if (s > 0.5 and r.random() < 0.5) else int(want)
                nb = int(min(nb, 3000))
                p["fake"]["bot"] = p["fake"].get("bot", 0) + nb
                p["add_likes"] += int(nb * r.uniform(0.5, 4))
        if "engagement_pod" in m:
            s = self.s["engagement_pod"]
            if self.tier == 0:
                M = r.randint(6, 12) if s < 0.4 else r.randint(12, 40)
            elif self.tier == 1:
                M = r.randint(15, 40) if s < 0.4 else r.randint(30, 90)
            else:  # big mutual-boost groups (Telegram / 互助群) with rounds
                M = r.randint(30, 80) if s < 0.4 else r.randint(60, 160)
            self.pod_size = M
            pp = r.uniform(0.85, 1.0)
            for p in posts:
                if r.random() > pp:
                    continue
                likers = int(rng.binomial(M, 0.55 + 0.4 * s))
                com = int(rng.binomial(M, 0.25 + 0.5 * s))
                p["add_likes"] += likers
                p["fake"]["pod"] = com
                if p["saves"] is not None:
                    p["add_saves"] += int(likers * r.uniform(0.2, 0.8))
        if "ai_praise" in m:
            s = self.s["ai_praise"]
            sel = choose(0.35 + 0.65 * s)
            for j in sel:
                p = posts[j]
                na = int(max(2.0, p["comments"] * (0.3 + 3 * s) * _ln(r, 1.0, 0.4)))
                p["fake"]["ai"] = p["fake"].get("ai", 0) + min(na, 2000)
                p["add_likes"] += int(na * r.uniform(0, 2))
        if "lure_spam" in m:
            s = self.s["lure_spam"]
            sel = choose(0.5 + 0.5 * s)
            for j in sel:
                p = posts[j]
                nl = int(max(2.0, p["comments"] * (0.3 + 3 * s) * _ln(r, 1.0, 0.5)))
                p["fake"]["lure"] = p["fake"].get("lure", 0) + min(nl, 2000)
        if "brand_deal_topup" in m:
            s = self.s["brand_deal_topup"]
            targets = set()
            for j, p in enumerate(posts):
                if p["spon"]:
                    targets.add(j)
                    if j + 1 < n and r.random() < 0.5:
                        targets.add(j + 1)  # the post published just before the deal
            bump_views = r.random() < 0.5
            for j in targets:
                p = posts[j]
                lm = 1.4 + 3 * s
                p["add_likes"] += int(
                    max(p["likes"], med_likes * 0.5) * (lm - 1) * _ln(r, 1.0, 0.2)
                )
                nt = int(max(2.0, max(p["comments"], 2) * (0.4 + 4 * s) * _ln(r, 1.0, 0.3)))
                p["fake"]["topup"] = p["fake"].get("topup", 0) + nt
                if p["saves"] is not None:
                    p["add_saves"] += int(max(p["saves"], 1) * (0.2 + 1.5 * s))
                if bump_views and p["views"] is not None:
                    p["add_views"] += int(p["views"] * (0.2 + 2 * s))
            self.topup_targets = targets
        for p in posts:
            p["likes_total"] = p["likes"] + p["add_likes"]
            p["comments_total"] = p["comments"] + sum(p["fake"].values())
            if p["views"] is not None:
                p["views_total"] = max(p["views"] + p["add_views"], p["likes_total"])
            if p["saves"] is not None:
                p["saves_total"] = p["saves"] + p["add_saves"]

    # ------------------------------------------------------------------ comment texts
    def _intent_table(self):
        w = dict(
            q=0.15,
            story=0.09,
            react=0.17,
            req=0.05,
            generic=0.19,
            emoji=0.07,
            mention=0.05,
            banter=0.09,
            neg=0.03,
            off=0.03,
            combo=0.04,
            friend=0.0,
            long={"youtube": 0.07, "bilibili": 0.07, "weibo": 0.04, "rednote": 0.05}.get(
                self.platform, 0.025
            ),
        )
        pl = self.platform
        if pl == "wechat_channels":
            w["generic"] += 0.15
            w["banter"] += 0.06
            w["q"] -= 0.05
        elif pl == "bilibili":
            w["banter"] += 0.10
            w["story"] += 0.03
        elif pl == "instagram":
            w["emoji"] += 0.08
            w["generic"] += 0.05
        elif pl == "tiktok":
            w["banter"] += 0.08
        elif pl == "youtube":
            w["story"] += 0.05
            w["react"] += 0.03
        elif pl == "weibo":
            w["banter"] += 0.05
            w["neg"] += 0.03
        elif pl == "rednote":
            w["q"] += 0.05
            w["req"] += 0.02
        if self.tier >= 3:
            w["generic"] += 0.08
            w["emoji"] += 0.04
            w["q"] -= 0.05
            w["neg"] += 0.02
        if self.tiny:
            w["friend"] = 0.30
        elif self.tier == 0:
            w["friend"] = 0.06
        w["spam"] = (0.004 + 0.02 * self.tier / 4) * (2.0 if pl == "weibo" else 1.0)
        w["bot"] = (0.004 + 0.015 * self.tier / 4) * (2.0 if pl == "weibo" else 1.0)
        self.intents = list(w)
        self.intent_w = [max(0.0, w[k]) for k in self.intents]

    def _comment_setup(self):
        r = self.r
        self._intent_table()
        zh = self.lang == "zh"
        n_reg = (
            r.randint(5, 15)
            if self.tiny
            else [
                r.randint(15, 60),
                r.randint(30, 120),
                r.randint(50, 200),
                r.randint(50, 200),
                r.randint(50, 200),
            ][self.tier]
        )
        self.regulars = [self._audience_name(zh) for _ in range(n_reg)]
        self.reg_w = [1.0 / (i + 1) ** 1.1 for i in range(n_reg)]
        self.p_reg = 0.75 if self.tiny else [0.35, 0.2, 0.1, 0.05, 0.02][self.tier]
        if self.celeb:
            works = ["长风", "星河", "追光", "山海", "流年", "归途", "浮生", "破晓", "春日", "夜航"]
            nm = self.celeb_name
            self.kongping = [
                f"{nm}新作《{r.choice(works)}》正在热播，演技真的太好了，期待更多作品！",
                f"{nm}｜{r.choice(['温柔', '努力', '闪闪发光'])}｜未来可期",
                f"恭喜{nm}获得{r.choice(['年度人气', '最佳新人', '年度突破'])}！实至名归！",
            ]
        # fraud text services
        m = self.mechs
        plat = self.platform
        if "bot_comments" in m or "brand_deal_topup" in m:
            s = max(self.s.get("bot_comments", 0), self.s.get("brand_deal_topup", 0))
            bank = ZH_BOT if zh else EN_BOT
            k = r.randint(5, 12) if s > 0.6 else r.randint(18, min(38, len(bank)))
            self.bot_texts = r.sample(bank, k)
            self.bot_deco = 0.0 if s > 0.6 else r.uniform(0.2, 0.5)
            size = r.randint(15, 50) if s > 0.6 else r.randint(80, 400)
            self.bot_pool = [bot_handle(r, plat, zh) for _ in range(size)]
        if "engagement_pod" in m:
            M = getattr(self, "pod_size", 10)
            self.pod_pool = [self._pod_name(zh) for _ in range(M)]
            bank = ZH_POD if zh else EN_POD
            self.pod_habit = {h: r.sample(bank, r.randint(2, 5)) for h in self.pod_pool}
        if "ai_praise" in m:
            self.ai_pool = [
                self._audience_name(zh, realistic=True) for _ in range(r.randint(30, 150))
            ]
            self.ai_emoji = r.choice(["", "", " ✨", " 👏", " 💯", " 🙌"])
            self.ai_full = r.random() < 0.6
        if "lure_spam" in m:
            self.lure_pool = [self._lure_name(zh) for _ in range(r.randint(10, 60))]
            self.lure_codes = [lure_code(r) for _ in range(r.randint(2, 5))]
            self.lure_liked = r.random() < 0.4
            self.lure_h = [
                en_handle(r) + r.choice(["_promo", ".hq", "_official", "ads"]) for _ in range(3)
            ]
        if "brand_deal_topup" in m:
            self.topup_pool = [
                bot_handle(r, plat, zh) if r.random() < 0.5 else self._audience_name(zh, True)
                for _ in range(r.randint(40, 250))
            ]

    def _audience_name(self, zh, realistic=False):
        r = self.r
        if zh:
            if not realistic and r.random() < 0.12:
                return default_name(r, self.platform)
            return zh_nick(r)
        return en_handle(r)

    def _pod_name(self, zh):
        r = self.r
        if zh:
            return r.choice(ZH_GIVEN + ZH_NOUN) + r.choice(
                ["的日常", "爱分享", "小屋", "成长记", "rua", "生活家", "种草机"]
            )
        return r.choice(EN_FIRST) + r.choice(
            [".creates", "_lifestyle", ".blogs", "_style", ".daily", "_journey"]
        )

    def _lure_name(self, zh):
        r = self.r
        if r.random() < 0.45:
            return self._audience_name(zh, True)
        if zh:
            return r.choice(
                [
                    "资源分享",
                    "副业小助手",
                    "看头像领福利",
                    "宝妈兼职",
                    "福利社",
                    "学习资料库",
                    "免费领",
                ]
            ) + str(r.randint(1, 999))
        return r.choice(
            ["promo.hub_", "crypto.queen", "collab.agency", "freegift.", "earn.daily_"]
        ) + str(r.randint(1, 9999))

    def _lure_text(self, zh, codes=None):
        r = self.r
        if zh:
            t = r.choice(ZH_LURE)
            t = t.replace("{v}", r.choice(ZH_V)).replace("{res}", r.choice(ZH_LURE_RES))
            t = t.replace("{code}", r.choice(codes) if codes else lure_code(r))
            t = t.replace("{digits}", str(r.randint(10**7, 10**10)))
            if r.random() < 0.3:
                t += r.choice(["🎁", "💰", "👇", "🉑", "‼️", "✅"])
            return t
        hs = getattr(self, "lure_h", None) or [en_handle(r) + "_promo"]
        return r.choice(EN_LURE).replace("{h}", r.choice(hs))

    def genuine_text(self, p, zh):
        r = self.r
        plat = self.platform
        j = p["j"]
        # post-specific cultures
        if j == self.give_j and r.random() < 0.75:
            f = self._audience_name(zh)
            f2 = self._audience_name(zh)
            return r.choice(ZH_GIVE if zh else EN_GIVE).replace("{f}", f).replace(
                "{f2}", f2
            ), "give"
        if self.celeb and r.random() < 0.5:
            if zh and r.random() < 0.3:
                return r.choice(self.kongping), "fan"
            t = r.choice(ZH_FAN if zh else EN_FAN).replace("{name}", self.celeb_name)  # type: ignore[arg-type]  # celeb_name is a str when self.celeb
            return (zh_deco(r, t, plat) if zh else en_deco(r, t)), "fan"
        if self.live and r.random() < (0.7 if p["fmt"] == "live" else 0.35):
            t = _fill(
                r, r.choice(ZH_LIVE if zh else EN_LIVE), (ZH_NICHE if zh else EN_NICHE)["ecommerce"]
            )
            if r.random() < 0.5:
                return t, "live"
            return (zh_deco(r, t, plat) if zh else en_deco(r, t)), "live"
        if j == self.viral_j and r.random() < 0.12:
            t = r.choice(ZH_VIRAL if zh else EN_VIRAL)
            return (zh_deco(r, t, plat) if zh else en_deco(r, t)), "viral"
        if self.dormant and j < self.n_after and j >= self.n_after - 2 and r.random() < 0.3:
            t = r.choice(ZH_RETURN if zh else EN_RETURN)
            return (zh_deco(r, t, plat) if zh else en_deco(r, t)), "return"
        if self.switch_j is not None and j < self.switch_j and r.random() < 0.1:
            on = NICHES[self.old_niche]["zh" if zh else "en"]  # type: ignore[index]  # set when switch_j is
            nn = NICHES[self.niche]["zh" if zh else "en"]
            t = r.choice(ZH_SWITCH if zh else EN_SWITCH).replace("{old}", on).replace("{new}", nn)
            return (zh_deco(r, t, plat) if zh else en_deco(r, t)), "switch"
        if p["spon"] and r.random() < 0.1:
            t = r.choice(ZH_SPON if zh else EN_SPON)
            return (zh_deco(r, t, plat) if zh else en_deco(r, t)), "spon"
        ks = self.event_days.get("shout")
        if ks is not None and p["k"] >= ks and p["k"] < ks + 30 and r.random() < 0.08:
            t = r.choice(ZH_SHOUT if zh else EN_SHOUT).replace("{big}", self.shout_big)
            return (zh_deco(r, t, plat) if zh else en_deco(r, t)), "shout"
        intent = r.choices(self.intents, weights=self.intent_w)[0]
        bank = (ZH_NICHE if zh else EN_NICHE)[p["niche"]]
        if intent in ("q", "story", "react", "req"):
            t = _fill(r, r.choice(bank[intent]), bank)
            return (
                zh_deco(r, t, plat, intent == "q") if zh else en_deco(r, t, intent == "q")
            ), intent
        if intent == "long":
            a = _fill(r, r.choice(bank["story"]), bank)
            b = _fill(r, r.choice(bank["react"]), bank)
            c = _fill(r, r.choice(bank["req"] + bank["q"]), bank)
            if zh:
                t = a + r.choice(["。", "，", "！", " "]) + b + r.choice(["。", "，", "！"]) + c
                return zh_deco(r, t, plat), intent
            t = a + r.choice([". ", "! ", " - ", ", "]) + b + r.choice([". ", "! ", " "]) + c
            return en_deco(r, t), intent
        if intent == "combo":
            a = _fill(r, r.choice(bank["react"]), bank)
            b = _fill(r, r.choice(bank["q"]), bank)
            t = (
                (a + r.choice(["，", " ", "！"]) + b)
                if zh
                else (a + r.choice([". ", "! ", " - "]) + b)
            )
            return (zh_deco(r, t, plat, True) if zh else en_deco(r, t, True)), intent
        if intent == "generic":
            if zh:
                t = r.choice(ZH_GENERIC)
                u = r.random()
                if u < 0.15:
                    t = t + t[-1] * r.randint(1, 3)
                elif u < 0.25:
                    t = r.choice(["真的", "太", "也太", "好", "超级"]) + t
                return zh_deco(r, t, plat), intent
            return en_deco(r, r.choice(EN_GENERIC)), intent
        if intent == "emoji":
            if zh and r.random() < 0.6:
                return "".join(r.choice(BRACKET[plat]) for _ in range(r.randint(1, 4))), intent
            e = r.choice(EMOJI)
            return (
                e * r.randint(1, 4)
                if r.random() < 0.6
                else "".join(r.choice(EMOJI) for _ in range(r.randint(1, 4)))
            ), intent
        if intent == "mention":
            f = self._audience_name(zh)
            if zh:
                t = (
                    "@"
                    + f
                    + " "
                    + r.choice(
                        [
                            "快看",
                            "我们周末去",
                            "这不就是你",
                            "学起来",
                            "你要的",
                            "",
                            "看这个",
                            "下次一起",
                        ]
                    )
                )
                return zh_deco(r, t.strip(), plat), intent
            t = (
                "@"
                + f
                + " "
                + r.choice(
                    [
                        "look",
                        "we need to go here",
                        "this is so you 😂",
                        "omg",
                        "this!!",
                        "",
                        "us",
                        "next weekend?",
                    ]
                )
            )
            return t.strip(), intent
        if intent == "banter":
            t = r.choice((ZH_BANTER if zh else EN_BANTER)[plat])
            t = t.replace("{mm}", str(r.randint(0, 14))).replace("{ss}", f"{r.randint(0, 59):02d}")
            return (zh_deco(r, t, plat) if zh else en_deco(r, t)), intent
        if intent == "neg":
            t = r.choice(ZH_NEG if zh else EN_NEG)
            return (zh_deco(r, t, plat) if zh else en_deco(r, t)), intent
        if intent == "off":
            t = r.choice(ZH_OFF if zh else EN_OFF).replace("{city}", r.choice(ZH_CITY))
            return (zh_deco(r, t, plat) if zh else en_deco(r, t)), intent
        if intent == "friend":
            t = r.choice(ZH_FRIEND if zh else EN_FRIEND)
            return (zh_deco(r, t, plat) if zh else en_deco(r, t)), intent
        if intent == "spam":
            return self._lure_text(zh), "spam_nat"
        return r.choice(ZH_NAT_BOT if zh else EN_NAT_BOT), "bot_nat"

    def ai_text(self, p, zh):
        r = self.r
        niche = p["niche"]
        if zh:
            noun, asp = AI_ZH[niche]
            a, b = r.sample(asp, 2)
            o = r.choice(AI_ZH_OPEN).replace("{noun}", noun)
            mid = r.choice(AI_ZH_MID).replace("{a}", a).replace("{b}", b)
            c = r.choice(AI_ZH_CLOSE)
            if not self.ai_full and r.random() < 0.4:
                t = o.rstrip("，") + ("" if o.endswith("！") else "！") + c
            else:
                t = o + mid + c
            return t + self.ai_emoji
        noun, asp = AI_EN[niche]
        a, b = r.sample(asp, 2)
        adj, adj2 = r.sample(AI_EN_ADJ, 2)
        o = (
            r.choice(AI_EN_OPEN)
            .replace("{adj}", adj)
            .replace("{adj2}", adj2)
            .replace("{noun}", noun)
        )
        mid = (
            r.choice(AI_EN_MID)
            .replace("{verb}", r.choice(AI_EN_VERB))
            .replace("{a}", a)
            .replace("{b}", b)
        )
        c = r.choice(AI_EN_CLOSE)
        t = o + " " + c if not self.ai_full and r.random() < 0.4 else o + " " + mid + " " + c
        t = re.sub(r"\b([Aa]) ([aeiouAEIOU])", r"\1n \2", t)
        return t + self.ai_emoji

    def reply_text(self, zh, p):
        r = self.r
        if zh:
            t = r.choice(ZH_REPLY)
            if r.random() < 0.2:
                bank = ZH_NICHE[p["niche"]]
                t = (
                    r.choice(["是", "用的是", "这个是"])
                    + r.choice(bank["items"])
                    + r.choice(["哦", "呀", "～", ""])
                )
            u = r.random()
            if u < 0.2:
                t += r.choice(BRACKET[self.platform])
            elif u < 0.35:
                t += r.choice(["～", "!", "😊", "❤️", "🙏"])
            return t
        t = r.choice(EN_REPLY)
        if r.random() < 0.2:
            t = "it's the " + r.choice(EN_NICHE[p["niche"]]["items"]) + "!"
        if r.random() < 0.3:
            t = t[0].upper() + t[1:]
        if r.random() < 0.2:
            t += " " + r.choice(["❤️", "🙏", "😊", "🥰"])
        return t

    # ------------------------------------------------------------------ comment sample
    def iso(self, dt):
        return dt.strftime("%Y-%m-%dT%H:%M:%S") + self.tz

    def _delay_genuine(self, age_h):
        r = self.r
        u = r.random()
        if u < 0.6:
            d = _ln(r, 2.0, 1.2)
        elif u < 0.9:
            d = _ln(r, 20.0, 0.8)
        else:
            d = r.uniform(24.0, max(24.5, age_h))
        if d >= age_h * 0.995:
            d = r.uniform(0.0, age_h * 0.995)
        return max(d, 0.01)

    def comments(self):
        r, rng = self.r, self.rng
        self._comment_setup()
        posts = self.P_list
        zh_main = self.lang == "zh"
        T = r.randint(100, 300) if r.random() > 0.05 else r.randint(300, 380)
        cap = r.randint(20, 60)
        cover = len(posts) if r.random() > 0.25 else min(len(posts), r.randint(8, 20))
        avail = [min(p["comments_total"], cap) if j < cover else 0 for j, p in enumerate(posts)]
        tot = sum(avail)
        if tot > T:
            take = [int(a * T / tot) for a in avail]
            for j, a in enumerate(avail):
                if a > 0 and take[j] == 0 and r.random() < 0.5:
                    take[j] = 1
        else:
            take = avail
        bias = r.uniform(0.6, 1.2)
        out = []
        for j, p in enumerate(posts):
            p["n_sampled"] = 0
            n = take[j]
            if n <= 0:
                continue
            types = ["org", *list(p["fake"])]
            wts = [float(p["comments"])]
            for t in types[1:]:
                wts.append(
                    p["fake"][t]
                    * bias
                    * (1.6 if t == "lure" and getattr(self, "lure_liked", False) else 1.0)
                )
            sw = sum(wts)
            if sw <= 0:
                continue
            counts = rng.multinomial(n, [w / sw for w in wts])
            pdt = self.post_dt[j]
            age_h = self.ages[j] * 24.0
            lk = max(p["likes"], 0)
            scale = 0.02 + (lk**0.55) * 0.02
            pc = []
            burst = None
            for t, c in zip(types, counts, strict=False):
                for _ in range(int(c)):
                    zh = zh_main if r.random() > self.mix else not zh_main
                    if t == "org":
                        text, kind = self.genuine_text(p, zh)
                        if kind in ("bot_nat",):
                            author = bot_handle(r, self.platform, zh)
                        elif kind == "spam_nat":
                            author = self._lure_name(zh)
                        elif r.random() < self.p_reg:
                            author = r.choices(self.regulars, weights=self.reg_w)[0]
                        else:
                            author = self._audience_name(zh)
                        d = self._delay_genuine(age_h)
                        cl = int(scale * (r.paretovariate(1.2) - 1) * 2.5)
                        if kind in ("bot_nat", "spam_nat"):
                            cl = r.choice([0, 0, 0, 1])
                        c_ = dict(author=author, text=text, d=d, likes=cl)
                        pc.append(c_)
                        if r.random() < self.reply_rate and kind not in (
                            "bot_nat",
                            "spam_nat",
                            "give",
                        ):
                            dr = d + _ln(r, 3.0, 1.2)
                            if dr < age_h:
                                pc.append(
                                    dict(
                                        author=self.handle,
                                        text=self.reply_text(zh_main, p),
                                        d=dr,
                                        likes=int(scale * (r.paretovariate(1.5) - 1) * 3),
                                        fc=True,
                                    )
                                )
                        continue
                    if t in ("bot", "topup"):
                        if burst is None:
                            s = max(
                                self.s.get("bot_comments", 0), self.s.get("brand_deal_topup", 0)
                            )
                            st = r.uniform(0.05, 6.0) if s > 0.5 else r.uniform(0.5, 48.0)
                            sp = r.uniform(0.1, 1.5) if s > 0.5 else r.uniform(6.0, 72.0)
                            burst = (st, sp)
                        d = burst[0] + r.uniform(0, burst[1])
                        if d >= age_h:
                            d = r.uniform(0, age_h * 0.99)
                        if t == "bot":
                            text = r.choice(self.bot_texts)
                            if r.random() < self.bot_deco:
                                text = (
                                    zh_deco(r, text, self.platform) if zh_main else en_deco(r, text)
                                )
                            author = r.choice(self.bot_pool)
                        else:
                            if r.random() < 0.3 and hasattr(self, "bot_texts"):
                                text = r.choice(self.bot_texts)
                            else:
                                text = r.choice(ZH_TOPUP if zh_main else EN_TOPUP)
                                if r.random() < 0.4:
                                    text = (
                                        zh_deco(r, text, self.platform)
                                        if zh_main
                                        else en_deco(r, text)
                                    )
                            author = r.choice(self.topup_pool)
                        pc.append(
                            dict(
                                author=author, text=text, d=d, likes=r.choice([0, 0, 0, 0, 0, 1, 2])
                            )
                        )
                    elif t == "pod":
                        author = r.choice(self.pod_pool)
                        text = r.choice(self.pod_habit[author])
                        if r.random() < 0.3:
                            text = zh_deco(r, text, self.platform) if zh_main else en_deco(r, text)
                        d = min(_ln(r, 0.6, 0.8), age_h * 0.99)
                        pc.append(dict(author=author, text=text, d=d, likes=r.randint(0, 3)))
                        if r.random() < 0.3:
                            dr = d + _ln(r, 1.0, 1.0)
                            if dr < age_h:
                                pc.append(
                                    dict(
                                        author=self.handle,
                                        text=self.reply_text(zh_main, p),
                                        d=dr,
                                        likes=r.randint(0, 2),
                                        fc=True,
                                    )
                                )
                    elif t == "ai":
                        d = min(_ln(r, 5.0, 1.2), age_h * 0.99)
                        pc.append(
                            dict(
                                author=r.choice(self.ai_pool),
                                text=self.ai_text(p, zh_main),
                                d=d,
                                likes=r.choice([0, 0, 0, 1, 2]),
                            )
                        )
                    elif t == "lure":
                        d = min(_ln(r, 1.0, 1.3), age_h * 0.99)
                        cl = (
                            (int(scale * r.paretovariate(1.3) * 3) + r.randint(3, 40))
                            if self.lure_liked
                            else r.choice([0, 0, 1])
                        )
                        pc.append(
                            dict(
                                author=r.choice(self.lure_pool),
                                text=self._lure_text(zh_main, self.lure_codes),
                                d=d,
                                likes=cl,
                            )
                        )
            pc.sort(key=lambda c: c["d"])
            p["n_sampled"] = len(pc)
            for c in pc:
                c["post"] = j
                c["dt"] = pdt + timedelta(hours=c["d"])
            out.extend(pc)
        if len(out) > 400:
            keep = sorted(r.sample(range(len(out)), 400))
            out = [out[i] for i in keep]
            for p in posts:
                p["n_sampled"] = 0
            for c in out:
                posts[c["post"]]["n_sampled"] += 1
        self.C_list = out

    # ------------------------------------------------------------------ follower sample
    def _plat_age_days(self):
        return int(
            (self.as_of.year + self.as_of.timetuple().tm_yday / 365.0 - self.P["launch"]) * 365.0
        )

    def follower_sample(self):
        r, rng = self.r, self.rng
        n = r.randint(50, 200)
        Rf, Bf, Ff = float(self.R[-1]), float(self.B[-1]), float(self.FB[-1])
        tot = max(Rf + Bf + Ff, 1.0)
        nR, nB, nF = rng.multinomial(
            n,
            [Rf / tot, Bf / tot, 1 - Rf / tot - Bf / tot if Ff > 0 else 0.0]
            if Ff > 0
            else [Rf / tot, 1 - Rf / tot, 0.0],
        )
        act, lur, cre = NATURAL_MIX[self.platform]
        kinds = []
        give_share = 0.0
        if self.give_j is not None:
            give_share = r.uniform(0.05, 0.25)
        pod_share = 0.0
        if "engagement_pod" in self.mechs:
            pod_share = min(0.2, getattr(self, "pod_size", 10) / max(Rf, 1.0) * 3)
        for _ in range(int(nR)):
            u = r.random()
            if u < self.nat_bot:
                kinds.append("cheap_nat")
                continue
            u = r.random()
            if u < give_share:
                kinds.append("lottery")
            elif u < give_share + pod_share:
                kinds.append("pod")
            else:
                kinds.append(r.choices(["active", "lurker", "creator"], weights=[act, lur, cre])[0])
        fk = getattr(self, "fake_kind", "cheap")
        for _ in range(int(nB)):
            if fk == "premium":
                kinds.append("premium" if r.random() < 0.85 else "cheap")
            elif fk == "legacy":
                kinds.append("legacy" if r.random() < 0.8 else "cheap")
            elif fk == "mixed":
                kinds.append("premium" if r.random() < 0.4 else "cheap")
            else:
                kinds.append("cheap" if r.random() < 0.9 else "premium")
        kinds += ["f4f"] * int(nF)
        r.shuffle(kinds)
        self._batches = None
        return [self.account(k) for k in kinds]

    def _batch_params(self):
        if self._batches is None:
            r = self.r
            pa = self._plat_age_days()
            cheap_c = [min(pa - 5, r.uniform(20, 900)) for _ in range(r.randint(1, 3))]
            legacy_c = [min(pa - 5, r.uniform(1800, 4000)) for _ in range(r.randint(1, 3))]
            prem_active = r.uniform(10, 200)
            prem_bio = r.sample(GENERIC_BIO_ZH if self.lang == "zh" else GENERIC_BIO_EN, 3)
            quality = r.random() ** 0.8
            self._batches = (cheap_c, legacy_c, prem_active, prem_bio, quality)
        return self._batches

    def account(self, kind):
        r = self.r
        zh = self.lang == "zh"
        plat = self.platform
        pa = max(30, self._plat_age_days())
        d0 = self.as_of.date()
        av_p, priv = 0.93, {"instagram": 0.35, "tiktok": 0.22}.get(plat, 0.03)
        bio_p, url_p, lvl = 0.5, 0.04, None
        last = None
        name = None
        if kind in ("active", "fan"):
            fol = _ln(r, 120, 1.3)
            fing = _ln(r, 300, 0.9)
            posts = _ln(r, 60, 1.1)
            age = r.uniform(120, pa)
            last = r.expovariate(1 / 20.0)
            lvl = (
                r.randint(8, 35),
                r.choice([0] * 8 + [1, 2, 3, 4, 5, 6, 7]),
                r.choices([1, 2, 3, 4], [0.1, 0.4, 0.35, 0.15])[0],
            )
        elif kind == "lurker":
            fol = _ln(r, 6, 1.3)
            fing = _ln(r, 150, 1.1)
            posts = 0 if r.random() < 0.55 else r.randint(1, 10)
            av_p, bio_p = 0.6, 0.12
            age = r.uniform(60, pa)
            last = r.uniform(20, 1500)
            lvl = (r.randint(1, 12), 0, r.choices([0, 1, 2], [0.1, 0.6, 0.3])[0])
            if zh and r.random() < 0.35:
                name = default_name(r, plat)
        elif kind == "creator" or kind == "pod":
            fol = _ln(r, 3000 if kind == "creator" else 6000, 1.1)
            fing = _ln(r, 500, 0.8)
            posts = _ln(r, 300, 0.8)
            av_p, bio_p, url_p = 1.0, 0.95, 0.4
            age = r.uniform(365, pa)
            last = r.expovariate(1 / 4.0)
            lvl = (r.randint(15, 40), r.randint(0, 7), r.choice([2, 3, 4]))
            if kind == "pod":
                name = self._pod_name(zh)
        elif kind == "lottery":
            fol = _ln(r, 100, 1.0)
            fing = _ln(r, 2500, 0.6)
            posts = _ln(r, 2000, 0.7)
            age = r.uniform(200, pa)
            last = r.expovariate(1.0)
            lvl = (r.randint(10, 30), r.choice([0, 0, 1, 2]), r.choice([1, 2, 3]))
        elif kind == "f4f":
            fol = _ln(r, 1500, 0.8)
            fing = fol * r.uniform(0.8, 1.6)
            posts = _ln(r, 150, 0.8)
            av_p, bio_p = 0.98, 0.8
            age = r.uniform(300, min(pa, 2500))
            last = r.expovariate(1 / 6.0)
            lvl = (r.randint(10, 28), r.choice([0, 0, 1, 2, 3]), r.choice([1, 2, 3]))
        elif kind in ("cheap", "cheap_nat"):
            cheap_c, q = self._batch_params()[0], self._batch_params()[4]
            if kind == "cheap_nat":
                q = r.random()
            fol = (
                r.choice([0, 0, 0, 1, 2, 3, 5, 8, 12])
                if r.random() > q * 0.6
                else int(_ln(r, 25, 1.0))
            )
            fing = _ln(r, 400 + 1200 * (1 - q), 0.9)
            posts = 0 if r.random() < 0.9 - 0.5 * q else int(_ln(r, 3 + 20 * q, 0.8))
            av_p, bio_p, url_p = 0.15 + 0.7 * q, 0.05 + 0.3 * q, 0.02
            age = r.choice(cheap_c) + r.uniform(-3, 3) if kind == "cheap" else r.uniform(20, pa)
            last = r.uniform(1, max(2, age))
            lvl = (r.randint(0, 3), 0, r.choice([0, 0, 1]))
            name = bot_handle(r, plat, zh) if r.random() < 0.7 else None
        elif kind == "premium":
            _, _, act, _pbio, _q = self._batch_params()
            fol = _ln(r, 250, 0.6)
            fing = _ln(r, 550, 0.6)
            posts = _ln(r, 25, 0.7)
            av_p, bio_p, url_p = 0.97, 0.6, 0.03
            age = r.uniform(365, min(pa, 1800))
            last = act + r.uniform(-10, 10)
            lvl = (r.randint(5, 16), 0, r.choice([1, 1, 2]))
        else:  # legacy bought bots, created years ago, long dead
            legacy_c = self._batch_params()[1]
            fol = r.choice([0, 0, 1, 2, 4, 9, 15, 30])
            fing = _ln(r, 800, 0.7)
            posts = 0 if r.random() < 0.6 else r.randint(1, 12)
            av_p, bio_p = 0.35, 0.05
            age = r.choice(legacy_c) + r.uniform(-5, 5)
            last = r.uniform(max(1.0, age - 400), age)
            lvl = (r.randint(1, 6), 0, r.choice([0, 1]))
        age = int(_clip(age, 1, pa))
        last = int(_clip(last, 0, age))
        posts = int(posts)
        fol = int(fol)
        fing = int(min(fing, 7500))
        if name is None:
            name = zh_nick(r) if zh else en_handle(r)
        acc: dict[str, Any] = {"id": str(r.randint(10**8, 10**11))}
        if zh:
            acc["username"] = (
                r.choice(PINYIN) + r.choice(PINYIN) + str(r.randint(1, 99999))
                if r.random() < 0.6
                else str(r.randint(10**8, 10**10))
            )
            acc["display_name"] = name
        else:
            acc["username"] = name.lstrip("@")
            acc["display_name"] = (
                (
                    r.choice(EN_FIRST).capitalize()
                    + (" " + r.choice(EN_LAST).capitalize() if r.random() < 0.5 else "")
                )
                if r.random() < 0.7
                else ""
            )
        acc["followers"] = max(fol, 0)
        acc["following"] = max(fing, 0)
        acc["posts"] = max(posts, 0)
        acc["has_avatar"] = r.random() < av_p
        acc["is_private"] = r.random() < (priv if kind not in ("creator", "pod") else 0.0)
        acc["verified"] = kind in ("creator", "pod") and r.random() < 0.05
        if r.random() < bio_p:
            if kind == "premium":
                acc["bio"] = r.choice(self._batch_params()[3])
            elif kind in ("creator", "pod"):
                acc["bio"] = r.choice((ZH_BIO_NICHE if zh else EN_BIO_NICHE)[self.niche])
            elif kind == "lottery":
                acc["bio"] = (
                    r.choice(["每天转发抽奖", "抽奖号 锦鲤附体", "逢抽必转"])
                    if zh
                    else "giveaway hunter 🍀"
                )
            elif kind == "f4f":
                acc["bio"] = (
                    r.choice(["互关必回", "互粉互赞", "回关"])
                    if zh
                    else r.choice(["f4f", "follow back 100%", "l4l f4f"])
                )
            else:
                acc["bio"] = r.choice(GENERIC_BIO_ZH if zh else GENERIC_BIO_EN)
        acc["has_url"] = r.random() < url_p
        acc["created_at"] = (d0 - timedelta(days=age)).isoformat()
        if posts > 0:
            acc["last_post_at"] = (d0 - timedelta(days=last)).isoformat()
        if plat == "weibo" and lvl is not None:
            acc["platform_level"] = lvl[0]
            acc["membership_level"] = lvl[1]
            acc["credit_rating"] = lvl[2]
        return acc

    # ------------------------------------------------------------------ ids, display
    def _post_id(self):
        r = self.r
        pl = self.platform
        if pl == "douyin":
            return "7" + str(r.randint(10**17, 10**18 - 1))
        if pl == "tiktok":
            return "73" + str(r.randint(10**16, 10**17 - 1))
        if pl == "rednote":
            return f"{r.getrandbits(96):024x}"
        if pl == "weibo":
            return _rs(r, B62, 9)
        if pl == "bilibili":
            return "BV1" + _rs(r, "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz", 9)
        if pl == "kuaishou":
            return "3x" + _rs(r, "abcdefghijkmnpqrstuvwxyz23456789", 13)
        if pl == "wechat_channels":
            return "export/" + _rs(r, B64U, 24)
        if pl == "instagram":
            return _rs(r, B64U, 11)
        return _rs(r, B64U, 11)

    def _creator_id(self):
        r = self.r
        pl = self.platform
        if pl == "douyin":
            uid = "MS4wLjABAAAA" + _rs(r, B64U, 32)
        elif pl == "kuaishou":
            uid = "3x" + _rs(r, "abcdefghijkmnpqrstuvwxyz23456789", 13)
        elif pl == "rednote":
            uid = f"{r.getrandbits(96):024x}"
        elif pl == "weibo":
            uid = str(r.randint(10**9, 7 * 10**9))
        elif pl == "bilibili":
            uid = str(r.randint(10**5, 4 * 10**9))
        elif pl == "wechat_channels":
            uid = "sph" + _rs(r, B62, 10)
        elif pl == "youtube":
            uid = "UC" + _rs(r, B64U, 22)
        else:
            uid = str(r.randint(10**8, 10**19))
        return pl + ":" + uid

    def _disp(self, x):
        if not self.round_display or x < 10000:
            return int(x)
        if self.zhp:
            if x >= 10**8:
                return int(round(x / 1e7) * 1e7)
            return int(round(x / 1e3) * 1e3)
        if x >= 10**6:
            return int(round(x / 1e5) * 1e5)
        return int(round(x / 1e2) * 1e2)

    # ------------------------------------------------------------------ assembly
    def build(self):
        r = self.r
        self.setup()
        self.schedule()
        self.trajectories()
        self.posts()
        has_posts = r.random() > 0.01
        has_comments = has_posts and r.random() < 0.93
        has_hist = r.random() < 0.75
        has_sample = r.random() < (0.15 if self.platform == "youtube" else 0.72)
        self.round_display = r.random() < (0.15 if self.zhp else 0.08)
        if has_comments:
            self.comments()
        else:
            self.C_list = []
            for p in self.P_list:
                p["n_sampled"] = 0
        for p in self.P_list:
            p["pid"] = self._post_id()
        # ---- profile
        D = self.D
        n_posts_total = len(self.ages)
        if not self.brand_new:
            span = self.ages[-1]
            n_posts_total += int(self.freq * max(0.0, self.age_days - span) * r.uniform(0.3, 1.1))
        else:
            n_posts_total += r.randint(0, 3)
        prof = {"followers": self._disp(int(self.O[-1]))}
        observed_k = None
        if not has_hist and r.random() < 0.06:
            observed_k = D - 1 - r.randint(1, 30)
            prof["followers"] = self._disp(int(self.O[max(observed_k, 0)]))
            prof["observed_at"] = (
                self.as_of.date() - timedelta(days=D - 1 - max(observed_k, 0))
            ).isoformat()
        if r.random() < 0.95:
            prof["following"] = int(self.Fo[-1])
        if r.random() < 0.9:
            prof["posts"] = int(n_posts_total)
        if r.random() < 0.85:
            vp = [0.01, 0.08, 0.25, 0.5, 0.8][self.tier]
            if self.celeb:
                vp = 0.97
            prof["verified"] = r.random() < vp
        if r.random() < 0.7:
            prof["created_at"] = (self.as_of.date() - timedelta(days=self.age_days)).isoformat()
        if r.random() < 0.9:
            prof["bio"] = self._bio()
        if r.random() < 0.75:
            if self.zhp and r.random() < 0.2:
                prof["category"] = NICHES[self.niche]["zh"]
            else:
                prof["category"] = NICHES[self.niche]["en"]
        if r.random() < 0.6:
            if self.zhp:
                prof["country"] = r.choices(["China", "CN", "中国"], [0.75, 0.1, 0.15])[0]
            elif self.lang == "zh":
                prof["country"] = _wpick(r, ZH_ABROAD)
            else:
                prof["country"] = _wpick(r, EN_COUNTRIES)
        rec = {
            "creator_id": self._creator_id(),
            "platform": self.platform,
            "handle": self.handle,
            "as_of": self.iso(self.as_of),
            "profile": prof,
        }
        # ---- posts
        if has_posts:
            ks_unknown = self.platform == "kuaishou" and has_comments and r.random() < 0.5
            hide_frac = r.uniform(0.5, 1.0) if self.hidden_likes else 0.0
            spon_known = r.random() < 0.7
            posts_out = []
            for j, p in enumerate(self.P_list):
                po = {
                    "post_id": p["pid"],
                    "posted_at": self.iso(self.post_dt[j]),
                    "format": p["fmt"],
                }
                if hide_frac and r.random() < hide_frac:
                    po["likes"] = 0
                    po["likes_unknown"] = True
                else:
                    po["likes"] = self._disp(p["likes_total"])
                if ks_unknown:
                    po["comments"] = int(p["n_sampled"])
                    po["comments_unknown"] = True
                else:
                    po["comments"] = self._disp(p["comments_total"])
                if p["shares"] is not None:
                    po["shares"] = self._disp(p["shares"])
                if p["saves"] is not None:
                    po["saves"] = self._disp(p["saves_total"])
                if p["views"] is not None:
                    po["views"] = self._disp(p["views_total"])
                if p.get("coins") is not None:
                    po["coins"] = int(p["coins"])
                if p.get("danmaku") is not None:
                    po["danmaku"] = int(p["danmaku"])
                if spon_known:
                    po["sponsored"] = bool(p["spon"])
                posts_out.append(po)
            rec["posts"] = posts_out
        # ---- comments
        if has_comments and self.C_list:
            cm = []
            for c in self.C_list:
                p = self.P_list[c["post"]]
                dt = c["dt"]
                if dt > self.as_of:
                    dt = self.as_of - timedelta(minutes=r.randint(1, 30))
                co = {
                    "post_id": p["pid"],
                    "author": c["author"][:200],
                    "text": c["text"][:5000],
                    "posted_at": self.iso(dt),
                    "likes": max(0, int(c["likes"])),
                }
                if c.get("fc"):
                    co["from_creator"] = True
                cm.append(co)
            rec["comments"] = cm
        # ---- follower history
        if has_hist:
            with_following = r.random() < 0.8
            p_gap = r.choice([0.0, 0.0, 0.01, 0.03, 0.06])
            outage = None
            if r.random() < 0.1:
                a = r.randint(self.hist_start, D - 2)
                outage = (a, a + r.randint(3, 20))
            hist = []
            for k in range(self.hist_start, D):
                if k != D - 1 and k != self.hist_start:
                    if p_gap and r.random() < p_gap:
                        continue
                    if outage and outage[0] <= k < outage[1]:
                        continue
                h = {
                    "date": (self.as_of.date() - timedelta(days=D - 1 - k)).isoformat(),
                    "followers": int(self.O[k]),
                }
                if with_following:
                    h["following"] = int(self.Fo[k])
                hist.append(h)
            rec["follower_history"] = hist
        if has_sample:
            rec["follower_sample"] = self.follower_sample()
        rec["label"] = int(self.label)
        rec["archetype"] = self.arch
        return rec

    def _bio(self):
        r = self.r
        zh = self.lang == "zh"
        b = r.choice((ZH_BIO_NICHE if zh else EN_BIO_NICHE)[self.niche])
        if zh:
            parts = [b]
            if r.random() < 0.4:
                parts.insert(0, r.choice(ZH_CITY))
            u = r.random()
            if u < 0.35:
                parts.append(
                    "📮合作："
                    + r.choice(PINYIN)
                    + str(r.randint(10, 9999))
                    + r.choice(["@163.com", "@qq.com", "@126.com"])
                )
            elif u < 0.5:
                parts.append("商务V：" + r.choice(PINYIN) + str(r.randint(100, 99999)))
            if self.agency:
                parts.append(r.choice(["签约MCN", "商务合作请联系经纪人", "官方合作请私信"]))
            if self.live:
                parts.append(r.choice(["每晚8点直播", "直播间见", "橱窗有好物"]))
            return " | ".join(parts)
        parts = [b]
        if r.random() < 0.4:
            parts.append(
                r.choice(["📍", "🌍 "])
                + r.choice(["NYC", "LA", "London", "Toronto", "Sydney", "Manila", "Singapore"])
            )
        if r.random() < 0.45:
            parts.append(
                "📩 " + r.choice(EN_FIRST) + r.choice(["collabs", "", ".work"]) + "@gmail.com"
            )
        if self.agency:
            parts.append(
                "mgmt: " + r.choice(["@select.talent", "@bloom.mgmt", "@northstar.agency"])
            )
        return "\n".join(parts)


# ============================================================================ public API
def generate(n: int, seed: int):
    """Yield n creator records; record i depends only on (seed, i)."""
    for i in range(int(n)):
        yield _Creator(seed, i).build()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Simulate labelled creators (hotel_sim).")
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", default="-", help="JSONL path ('-' = stdout)")
    a = ap.parse_args(argv)
    t0 = time.time()
    fh = sys.stdout if a.out == "-" else open(a.out, "w", encoding="utf-8")  # noqa: SIM115 -- may be sys.stdout; closed in finally
    try:
        for rec in generate(a.n, a.seed):
            fh.write(json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n")
    finally:
        if fh is not sys.stdout:
            fh.close()
    print(f"wrote {a.n} creators in {time.time() - t0:.1f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""india_sim: an independent simulator of labelled social-media creators (genuine and fraudulent).

Usage:  python india_sim.py --n 2000 --seed 7 --out creators.jsonl
API:    generate(n, seed) -> Iterator[dict]   (record i depends only on (seed, i))

Every record follows creator.schema.json plus two keys: ``label`` (1 fraud, 0 genuine) and
``archetype`` (combined frauds are ``combo:a+b``).  Only the standard library and numpy.

Archetypes (approximate shares; genuine ~50 %, fraud ~50 %)
-----------------------------------------------------------
Genuine (label 0)
  ordinary_nano / ordinary_micro / ordinary_mid / ordinary_macro   plain creators of every size (21%)
  tiny_koc            150-3k followers, 10-18 posts, a few comments                       (3%)
  viral_post          one post 10-80x its peers, follower surge the following days        (3.5%)
  giveaway            "follow + comment to win": comment flood with repeated short texts
                      from real people, lottery-hunter followers, partial unfollow after
                      the draw (a rise-then-fall that looks like bought followers)        (3%)
  shoutout            a bigger account mentions them: follower jump with no own hit post  (2.5%)
  platform_purge      the platform removes bots: a one-day follower drop                  (2.5%)
  celebrity_low_er    huge, verified, very low engagement rate, zombie-heavy audience,
                      organised fan praise (控评) that repeats slogans                    (2.5%)
  follow_back         follows back its fans: following grows steadily with followers,
                      fans thank them for the follow-back (counterweight to churn)        (3%)
  promoted_posts      DOU+/薯条/粉丝头条/Instagram boost or brand ad spend on a few posts:
                      views and likes up, like/view and comment/like ratios down
                      (counterweight to bought likes/views)                               (3.5%)
  short_praise_fans   fan base writing short praise and emoji, some exact repeats
                      (counterweight to bot and machine comments)                         (3%)
  inactive_audience   old account, many dormant followers, flat growth, low ER
                      (counterweight to bought followers)                                 (3%)
  Any genuine creator may also carry a secondary benign trait (a boosted post, a small
  giveaway, a viral hit, a purge, hidden likes, ambient spam in its comments).

Fraud (label 1; each layer has its own intensity u in [0,1]: ~40 % subtle, ~35 % moderate,
~25 % blatant)
  bought_followers_burst    1-4 orders delivered in 1-8 days, partly dropped later (bot decay
                            or a purge); cheap/mid bot accounts in the follower sample      (3.5%)
  bought_followers_drip     slow, jittered daily drip over weeks-months (careful buyers align
                            it with posting days)                                           (3%)
  bought_followers_premium  "真人粉/高质量粉": accounts with avatars, bios, posts, plausible
                            follower/following ratios; tells are cohort-clustered creation
                            and last-post dates, a limited pool of bios, weak engagement    (4.5%)
  bought_likes              likes (and sometimes saves/shares/views/comments to keep ratios)
                            on some or all posts, package sizes with jitter, delivered as a
                            drip (recent posts still partially delivered)                   (5%)
  bought_views              views bought on video platforms; like/view, danmaku/view drop,
                            careful buyers add some likes                                   (3%)
  bot_comments              cheap short generic comments from default-named accounts, exact
                            repeats, clustered timing                                       (3%)
  engagement_pod            Instagram-style pod (fixed members commenting on every post in
                            the first hours) or Chinese 互助/互赞 exchange (varied authors,
                            "已赞已藏求回")                                                 (3.5%)
  llm_comments              fluent machine-written praise (zh/en), varied wording, few exact
                            repeats, generic relative to the post, timed in batches        (5%)
  follow_churn              follow/unfollow churn: following count oscillates, followers rise
                            in steps and partly fall back; f4f accounts in the sample;
                            "互关/求回关" chatter                                            (5%)
  lure_spam                 comment section dominated by disguised contact/"resource" spam
                            from a spam network the account trades with                     (2.5%)
  combo:...                 9 combinations (e.g. premium followers + bought likes + machine
                            comments: the "full package" of a careful buyer)               (12%)

Main assumptions
----------------
* Platforms: douyin 16, rednote 13, weibo 9, bilibili 9, kuaishou 7, wechat_channels 6
  (60 % Chinese); instagram 15, tiktok 15, youtube 10.  Chinese platforms write Chinese; on
  the international ones ~25 % of creators have a Chinese-speaking audience.
* Engagement: views = followers x platform reach x tier factor x creator factor x post
  virality (lognormal, creator-specific spread, rare hits); likes = views x like-per-view;
  comments/shares/saves/coins/danmaku from platform-specific ratios with creator and post
  noise; recent posts are not yet saturated.  Engagement rate falls with size.
* Public fields follow the platform: RedNote/WeChat show no views, Douyin rarely (third-party
  estimates), Instagram views only on video, Bilibili coins + danmaku, Kuaishou exports often
  lack a comment count (comments_unknown), ~8 % of Instagram creators hide like counts.
* YouTube subscriber counts are rounded to 3 significant figures (history shows steps);
  some Chinese exports round big counts to 0.1万.
* Follower history: organic growth + post-driven bumps + unfollows, daily with optional
  gaps; following count drifts slowly for genuine creators.
* Follower samples are random (or, for ~35 %, the newest followers, as follower lists are
  returned newest first), with real audiences full of lurkers with default names and no
  avatar, dormant accounts, and a few ambient bots.
* Bought followers, pods, LLM farms, lure spam and churn accounts each have their own
  account profile.  Comment farms and buyers never touch the genuine comment-like
  distribution: top-comment likes scale with organic engagement only.
* Comments: genuine texts come from a category-aware grammar (questions, experiences with
  prices/durations/places, critiques, memes, @-mentions, video timestamps, bracket emoticons
  such as [赞] or RedNote's [哭惹R]); short praise repeats naturally, long genuine comments
  carry specifics.  Machine-written praise is long and fluent or casual and short, mentions
  the category or an item only generically, asks generic questions, rarely repeats exactly,
  and arrives in batches (tight for blatant farms, spread over a day for careful ones).
  Comment likes scale with organic engagement only; bots get ~0, careful LLM buyers buy some.
* Bought likes/views: a share of posts (recent, sponsored or random), a multiplier or a fixed
  package with jitter, delivered as a drip (posts younger than the drip are only partly
  filled); careful buyers (more likely at low intensity) also buy shares/saves/views and a
  few comments to keep ratios; bought engagement brings no follower gain in the history.
* Follow/unfollow churn: cycles of follow bursts (tens to ~1500 accounts), 8-35 % follow back,
  mass unfollow after days, 20-60 % of the followed-back leave again.
* Blocks: history in ~80 % (20 % of those gappy or weekly, 75 % with following), follower
  sample ~75 %, comments ~95 %; a few records carry an older observed_at instead of history
  (the test harness removes blocks itself).
* Deterministic: record i depends only on (seed, i) (numpy SeedSequence + random.Random).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from typing import Any

import numpy as np

# ----------------------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------------------

EPOCH_ORD = date(1970, 1, 1).toordinal()
DAY = 86400.0
HOUR = 3600.0


def _pk(r: random.Random, seq):
    return seq[int(r.random() * len(seq))]


def _wpk(r: random.Random, pairs):
    tot = 0.0
    for _, w in pairs:
        tot += w
    x = r.random() * tot
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def _lerp(a, b, u):
    return a + (b - a) * u


def _loglerp(a, b, u):
    return math.exp(math.log(a) + (math.log(b) - math.log(a)) * u)


def _ln(r, mu, s):
    return math.exp(r.gauss(mu, s))


def _clip(x, lo, hi):
    return lo if x < lo else hi if x > hi else x


def _dstr(day: int) -> str:
    return date.fromordinal(EPOCH_ORD + int(day)).isoformat()


def _intensity(r):
    x = r.random()
    if x < 0.40:
        return r.uniform(0.02, 0.33)
    if x < 0.75:
        return r.uniform(0.33, 0.66)
    return r.uniform(0.66, 1.0)


def _poisson(r, lam):
    if lam <= 0:
        return 0
    if lam > 40:
        return max(0, round(r.gauss(lam, math.sqrt(lam))))
    L = math.exp(-lam)
    k = 0
    p = 1.0
    while True:
        p *= r.random()
        if p < L:
            return k
        k += 1


# ----------------------------------------------------------------------------------------
# platforms
# ----------------------------------------------------------------------------------------

PLAT: dict[str, dict[str, Any]] = {
    "douyin": dict(
        zh=True,
        w=16,
        reach=0.6,
        lpv=0.05,
        cpl=0.035,
        spl=0.08,
        svl=0.06,
        views=0.15,
        fmt=[("video", 0.88), ("image", 0.10), ("live", 0.02)],
        tau=12,
        launch=2016.8,
        conv=0.035,
        floor=300,
        tz=8,
    ),
    "kuaishou": dict(
        zh=True,
        w=7,
        reach=0.8,
        lpv=0.035,
        cpl=0.04,
        spl=0.03,
        svl=None,
        views=1.0,
        fmt=[("video", 0.95), ("image", 0.03), ("live", 0.02)],
        tau=14,
        launch=2013.0,
        conv=0.03,
        floor=250,
        tz=8,
    ),
    "rednote": dict(
        zh=True,
        w=13,
        reach=0.4,
        lpv=0.08,
        cpl=0.09,
        spl=0.05,
        svl=0.55,
        views=0.0,
        fmt=[("image", 0.68), ("video", 0.32)],
        tau=30,
        launch=2013.5,
        conv=0.03,
        floor=40,
        tz=8,
    ),
    "weibo": dict(
        zh=True,
        w=9,
        reach=0.15,
        lpv=0.05,
        cpl=0.22,
        spl=0.25,
        svl=None,
        views=0.3,
        fmt=[("text", 0.30), ("image", 0.45), ("video", 0.25)],
        tau=8,
        launch=2009.7,
        conv=0.02,
        floor=10,
        tz=8,
    ),
    "bilibili": dict(
        zh=True,
        w=9,
        reach=0.35,
        lpv=0.05,
        cpl=0.06,
        spl=0.07,
        svl=0.4,
        views=1.0,
        fmt=[("video", 0.95), ("text", 0.05)],
        tau=48,
        launch=2010.0,
        conv=0.05,
        floor=100,
        tz=8,
    ),
    "wechat_channels": dict(
        zh=True,
        w=6,
        reach=0.5,
        lpv=0.04,
        cpl=0.05,
        spl=0.35,
        svl=0.12,
        views=0.0,
        fmt=[("video", 0.9), ("image", 0.1)],
        tau=24,
        launch=2020.1,
        conv=0.02,
        floor=60,
        tz=8,
    ),
    "instagram": dict(
        zh=False,
        w=15,
        reach=0.35,
        lpv=0.08,
        cpl=0.025,
        spl=None,
        svl=None,
        views=1.0,
        fmt=[("image", 0.5), ("video", 0.45), ("other", 0.05)],
        tau=18,
        launch=2010.8,
        conv=0.02,
        floor=30,
        tz=0,
    ),
    "tiktok": dict(
        zh=False,
        w=15,
        reach=0.6,
        lpv=0.08,
        cpl=0.012,
        spl=0.02,
        svl=0.06,
        views=1.0,
        fmt=[("video", 0.97), ("image", 0.03)],
        tau=12,
        launch=2017.6,
        conv=0.04,
        floor=300,
        tz=0,
    ),
    "youtube": dict(
        zh=False,
        w=10,
        reach=0.25,
        lpv=0.035,
        cpl=0.04,
        spl=None,
        svl=None,
        views=1.0,
        fmt=[("video", 1.0)],
        tau=72,
        launch=2005.5,
        conv=0.03,
        floor=50,
        tz=0,
    ),
}
PLAT_NAMES = list(PLAT)
PLAT_W = [(k, v["w"]) for k, v in PLAT.items()]
VIEW_PLATS = ["kuaishou", "bilibili", "youtube", "tiktok", "instagram"]

TIERS = {  # followers range, reach multiplier, reply prob
    "koc": (150, 3000, 1.7, 0.30),
    "nano": (1000, 10000, 1.45, 0.22),
    "micro": (10000, 100000, 1.0, 0.12),
    "mid": (100000, 1000000, 0.7, 0.05),
    "macro": (1000000, 10000000, 0.45, 0.015),
    "mega": (10000000, 80000000, 0.28, 0.004),
}

CATS_BY_PLAT = {
    "douyin": [
        ("comedy", 3),
        ("food", 3),
        ("lifestyle", 3),
        ("beauty", 2),
        ("fashion", 2),
        ("travel", 2),
        ("pets", 2),
        ("auto", 1),
        ("fitness", 1),
        ("parenting", 1),
        ("knowledge", 1),
        ("music", 1),
    ],
    "kuaishou": [
        ("lifestyle", 4),
        ("food", 3),
        ("comedy", 3),
        ("auto", 2),
        ("music", 1),
        ("pets", 1),
        ("parenting", 1),
        ("home", 1),
    ],
    "rednote": [
        ("beauty", 4),
        ("fashion", 3),
        ("food", 3),
        ("travel", 3),
        ("home", 2),
        ("lifestyle", 2),
        ("fitness", 2),
        ("parenting", 1),
        ("photography", 1),
        ("pets", 1),
        ("knowledge", 1),
    ],
    "weibo": [
        ("lifestyle", 3),
        ("comedy", 2),
        ("finance", 2),
        ("knowledge", 2),
        ("music", 2),
        ("fashion", 1),
        ("beauty", 1),
        ("travel", 1),
        ("photography", 1),
        ("auto", 1),
    ],
    "bilibili": [
        ("gaming", 4),
        ("knowledge", 3),
        ("tech", 3),
        ("comedy", 2),
        ("music", 2),
        ("food", 1),
        ("lifestyle", 1),
        ("fitness", 1),
        ("auto", 1),
    ],
    "wechat_channels": [
        ("knowledge", 3),
        ("finance", 2),
        ("lifestyle", 3),
        ("parenting", 2),
        ("food", 2),
        ("travel", 1),
        ("music", 1),
        ("home", 1),
    ],
    "instagram": [
        ("fashion", 3),
        ("beauty", 3),
        ("travel", 3),
        ("fitness", 2),
        ("food", 2),
        ("photography", 2),
        ("lifestyle", 2),
        ("pets", 1),
        ("home", 1),
        ("music", 1),
    ],
    "tiktok": [
        ("comedy", 3),
        ("beauty", 2),
        ("lifestyle", 3),
        ("fitness", 2),
        ("food", 2),
        ("fashion", 2),
        ("pets", 1),
        ("gaming", 1),
        ("knowledge", 1),
        ("music", 1),
    ],
    "youtube": [
        ("tech", 3),
        ("gaming", 3),
        ("knowledge", 3),
        ("music", 2),
        ("food", 1),
        ("fitness", 1),
        ("travel", 1),
        ("finance", 1),
        ("auto", 1),
        ("comedy", 1),
    ],
}

# ----------------------------------------------------------------------------------------
# vocabulary
# ----------------------------------------------------------------------------------------

CAT = {
    # cat: (zh word, en word, zh items, en items)
    "beauty": (
        "护肤",
        "skincare",
        [
            "粉底液",
            "口红",
            "眼影盘",
            "防晒",
            "精华",
            "卸妆油",
            "腮红",
            "睫毛膏",
            "面膜",
            "遮瑕",
            "这个色号",
            "眉笔",
        ],
        [
            "this foundation",
            "the lipstick",
            "that palette",
            "the sunscreen",
            "this serum",
            "the blush",
            "the mascara",
            "the concealer",
            "that shade",
            "the brow pencil",
            "the cleanser",
        ],
    ),
    "fashion": (
        "穿搭",
        "fashion",
        [
            "这件外套",
            "牛仔裤",
            "小白鞋",
            "针织开衫",
            "半身裙",
            "风衣",
            "包包",
            "阔腿裤",
            "卫衣",
            "帽子",
            "这条裙子",
        ],
        [
            "the jacket",
            "those jeans",
            "the sneakers",
            "that cardigan",
            "the skirt",
            "the trench coat",
            "that bag",
            "the hoodie",
            "the hat",
            "that dress",
            "the boots",
        ],
    ),
    "food": (
        "美食",
        "food",
        [
            "这家火锅",
            "红烧肉",
            "蛋糕",
            "螺蛳粉",
            "烤鱼",
            "奶茶",
            "牛肉面",
            "烧烤",
            "糖醋排骨",
            "这家店",
            "酸菜鱼",
        ],
        [
            "this ramen",
            "the tacos",
            "that cake",
            "the pasta",
            "this place",
            "the burger",
            "dumplings",
            "the sauce",
            "sourdough",
            "the curry",
        ],
    ),
    "travel": (
        "旅行",
        "travel",
        [
            "大理",
            "成都",
            "川西",
            "三亚",
            "重庆",
            "新疆",
            "云南",
            "厦门",
            "西安",
            "这家民宿",
            "这个机位",
        ],
        [
            "Bali",
            "Kyoto",
            "Lisbon",
            "this hotel",
            "Iceland",
            "the beach",
            "that hike",
            "Seoul",
            "this spot",
            "Tulum",
        ],
    ),
    "tech": (
        "数码",
        "tech",
        [
            "这台手机",
            "耳机",
            "平板",
            "笔记本",
            "充电器",
            "相机",
            "键盘",
            "手表",
            "显示器",
            "路由器",
        ],
        [
            "the phone",
            "these earbuds",
            "the laptop",
            "that keyboard",
            "the monitor",
            "the charger",
            "the camera",
            "the watch",
            "the GPU",
            "the router",
        ],
    ),
    "fitness": (
        "健身",
        "fitness",
        [
            "这套动作",
            "深蹲",
            "平板支撑",
            "跳绳",
            "减脂餐",
            "瑜伽",
            "跑步",
            "蛋白粉",
            "普拉提",
            "练腹",
        ],
        [
            "this workout",
            "the squats",
            "the plank",
            "the meal prep",
            "this yoga flow",
            "the running plan",
            "the protein",
            "the pilates routine",
            "the ab routine",
            "the deadlifts",
        ],
    ),
    "parenting": (
        "育儿",
        "parenting",
        [
            "辅食",
            "绘本",
            "早教",
            "推车",
            "奶粉",
            "安抚巾",
            "睡眠训练",
            "儿童餐椅",
            "积木",
            "幼儿园",
        ],
        [
            "the stroller",
            "sleep training",
            "the baby food",
            "that book",
            "the car seat",
            "daycare",
            "that toy",
            "potty training",
        ],
    ),
    "gaming": (
        "游戏",
        "gaming",
        [
            "这关",
            "这个角色",
            "这套阵容",
            "装备",
            "新赛季",
            "副本",
            "皮肤",
            "这个操作",
            "这个boss",
            "这个版本",
        ],
        [
            "this level",
            "that build",
            "the boss",
            "new season",
            "the skin",
            "that combo",
            "this patch",
            "the speedrun",
            "ranked",
        ],
    ),
    "finance": (
        "理财",
        "finance",
        ["基金", "定投", "存钱", "记账", "指数基金", "保险", "公积金", "房贷", "信用卡", "国债"],
        [
            "index funds",
            "the Roth IRA",
            "budgeting",
            "credit cards",
            "the mortgage",
            "ETFs",
            "high-yield savings",
            "taxes",
        ],
    ),
    "knowledge": (
        "知识",
        "learning",
        [
            "这个知识点",
            "这段历史",
            "心理学",
            "这本书",
            "英语",
            "考研",
            "物理",
            "时间管理",
            "经济学",
            "这个理论",
        ],
        [
            "this topic",
            "the history part",
            "that book",
            "psychology",
            "the physics",
            "time management",
            "the experiment",
            "economics",
        ],
    ),
    "pets": (
        "萌宠",
        "pets",
        ["猫粮", "狗狗", "猫砂", "小猫", "驱虫", "狗粮", "猫爬架", "洗澡", "绝育", "冻干"],
        [
            "the cat",
            "your dog",
            "that toy",
            "the kibble",
            "the harness",
            "the puppy",
            "the litter",
            "the treats",
        ],
    ),
    "home": (
        "家居",
        "home",
        ["收纳", "沙发", "窗帘", "这个灯", "地毯", "改造", "衣柜", "厨房", "香薰", "床品"],
        [
            "the couch",
            "the rug",
            "that lamp",
            "the shelves",
            "the kitchen",
            "the paint color",
            "the bedding",
            "the curtains",
        ],
    ),
    "comedy": (
        "搞笑",
        "comedy",
        [
            "这段",
            "结尾",
            "那个表情",
            "这个梗",
            "老板",
            "室友",
            "男朋友",
            "我妈",
            "这个剧情",
            "那句台词",
        ],
        [
            "the ending",
            "that face",
            "the boss",
            "your roommate",
            "the mom part",
            "that line",
            "the plot twist",
            "the dog",
        ],
    ),
    "music": (
        "音乐",
        "music",
        ["这首歌", "翻唱", "吉他", "钢琴", "编曲", "高音", "副歌", "和声", "现场", "这个调"],
        [
            "this song",
            "the cover",
            "the guitar",
            "the piano",
            "the high note",
            "the chorus",
            "the harmony",
            "the bridge",
        ],
    ),
    "auto": (
        "汽车",
        "cars",
        ["这台车", "油耗", "续航", "内饰", "底盘", "空间", "座椅", "智驾", "落地价", "保养"],
        [
            "the car",
            "the range",
            "the interior",
            "the price",
            "mileage",
            "the seats",
            "the engine",
            "the EV",
        ],
    ),
    "photography": (
        "摄影",
        "photography",
        ["这张", "构图", "调色", "镜头", "光线", "滤镜", "胶片", "参数", "机位", "后期"],
        [
            "the lens",
            "the edit",
            "the lighting",
            "that shot",
            "the composition",
            "film",
            "the preset",
            "the camera",
        ],
    ),
    "lifestyle": (
        "生活",
        "lifestyle",
        ["早餐", "租房", "vlog", "通勤", "周末", "咖啡", "日常", "手账", "绿植", "作息"],
        [
            "the morning routine",
            "the apartment",
            "the vlog",
            "the coffee",
            "your weekend",
            "the journal",
            "plants",
            "that mug",
        ],
    ),
}
CATEGORIES = list(CAT)
GROUP = {
    "beauty": "prod",
    "fashion": "prod",
    "tech": "prod",
    "home": "prod",
    "pets": "prod",
    "parenting": "prod",
    "auto": "prod",
    "photography": "prod",
    "fitness": "prod",
    "food": "food",
    "travel": "travel",
    "comedy": "topic",
    "music": "topic",
    "gaming": "topic",
    "knowledge": "topic",
    "finance": "topic",
    "lifestyle": "topic",
}

ZH_EMO = [
    "😂",
    "😍",
    "❤️",
    "👍",
    "🥰",
    "😭",
    "🤣",
    "✨",
    "🔥",
    "💕",
    "😘",
    "🙏",
    "👏",
    "💯",
    "😳",
    "🤔",
    "😅",
    "🥺",
    "💪",
    "🌸",
    "😆",
    "🤩",
]
ZH_BRK = [
    "[赞]",
    "[捂脸]",
    "[呲牙]",
    "[流泪]",
    "[笑哭]",
    "[doge]",
    "[爱心]",
    "[鼓掌]",
    "[偷笑]",
    "[比心]",
    "[玫瑰]",
    "[666]",
    "[强]",
    "[害羞]",
    "[色]",
]
RN_BRK = [
    "[哭惹R]",
    "[笑哭R]",
    "[赞R]",
    "[派对R]",
    "[萌萌哒R]",
    "[哇R]",
    "[害羞R]",
    "[飞吻R]",
    "[石化R]",
    "[偷笑R]",
]
EN_EMO = [
    "😂",
    "😍",
    "❤️",
    "🔥",
    "🙌",
    "😭",
    "💀",
    "✨",
    "👏",
    "🥹",
    "😮",
    "💕",
    "🤣",
    "😊",
    "🙏",
    "👀",
    "💯",
    "🤯",
]

ZH_SHORT = [
    "好看",
    "好好看",
    "太好看了",
    "绝了",
    "爱了爱了",
    "好美",
    "哇",
    "哇塞",
    "太可爱了",
    "好喜欢",
    "真好",
    "太棒了",
    "好绝",
    "美哭",
    "神仙",
    "好有氛围感",
    "好帅",
    "绝绝子",
    "yyds",
    "好厉害",
    "牛",
    "牛啊",
    "太强了",
    "救命好好看",
    "我哭死",
    "冲",
    "支持",
    "爱了",
    "好甜",
    "心动",
    "好治愈",
    "太酷了",
    "好有感觉",
    "这也太美了吧",
    "好温柔",
    "被美到了",
    "又美又飒",
    "好会拍",
    "可爱捏",
    "羡慕",
    "真不错",
    "好赞",
    "顶",
    "来了",
    "前排",
    "沙发",
    "打卡",
    "好家伙",
    "狠狠爱住",
    "好看到犯规",
    "啊啊啊好喜欢",
    "宝藏博主",
    "太会了",
    "好绝的审美",
    "喜欢喜欢",
]
ZH_REACT = [
    "笑死",
    "笑死我了",
    "救命",
    "绝了",
    "破防了",
    "泪目",
    "DNA动了",
    "xswl",
    "awsl",
    "我不行了",
    "有被笑到",
    "蚌埠住了",
    "什么鬼哈哈",
    "太真实了",
    "这是我",
    "说的就是我",
    "一模一样",
    "懂了",
    "学到了",
    "涨知识了",
    "原来如此",
    "好家伙",
    "绷不住了",
    "真的假的",
    "不是吧",
    "666",
    "离谱",
    "好真实",
    "哈哈哈哈这个我熟",
    "已老实",
    "人麻了",
    "这谁顶得住",
    "大无语",
    "孩子很喜欢",
    "我直接好家伙",
    "看一次笑一次",
]
ZH_Q_PROD = [
    "{it}是哪个牌子的呀",
    "求{it}链接！",
    "请问{it}多少钱",
    "{it}适合新手吗",
    "{it}在哪买的呀",
    "想问下{it}怎么样",
    "{it}用的什么型号",
    "同求{it}",
    "{it}有平替吗",
    "博主{it}是自己买的吗",
    "{it}还有货吗",
    "{it}值得入吗",
    "想知道{it}的具体做法",
    "{it}贵不贵",
    "有没有{it}的详细版",
    "{it}跟之前那个比哪个好",
    "{it}会不会很难",
    "请问{it}是在哪里",
    "{it}大概要多久",
    "新手怎么开始{it}啊",
    "{it}学生党能入吗",
    "博主能说说{it}的缺点吗",
]
ZH_EXP_PROD = [
    "我也买了{it}，{op}",
    "{it}我用了{n}个月了，{op}",
    "上次试了{it}，{op}",
    "刚入了{it}，{op}",
    "{it}我家也有，{op}",
    "去年就试过{it}，{op}",
    "我妈也在用{it}，{op}",
    "室友推荐过{it}，{op}",
    "跟着做了一次{it}，{op}",
    "之前被种草{it}，{op}",
    "{it}真的是我的心头好，{op}",
    "看完就去试了{it}，{op}",
]
ZH_OP_PROD = [
    "真的好用",
    "一般般吧",
    "没啥感觉",
    "回购好几次了",
    "有点踩雷",
    "性价比很高",
    "绝了",
    "排了好久",
    "有点贵但值",
    "效果很明显",
    "我觉得还行",
    "坚持一下就有效果",
    "不太适合我",
    "超出预期",
    "跟图上差不多",
    "比想象中好",
    "真的会上瘾",
    "踩过坑才知道",
    "味道一般",
    "已经安利给朋友了",
    "反正我是爱了",
    "用久了会腻",
    "差点被劝退",
    "第二次就熟练了",
    "还在观望",
    "价格又涨了",
    "别买小样直接正装",
]
ZH_Q_G = {
    "prod": ZH_Q_PROD,
    "food": [
        "{it}在哪里呀",
        "{it}人均多少",
        "{it}排队久吗",
        "求{it}的做法",
        "{it}辣不辣",
        "{it}是在哪个城市",
        "{it}要提前预约吗",
        "{it}值得专门去吗",
        "{it}外卖有吗",
        "{it}几点去人少",
        "新手做{it}难吗",
        "{it}用的什么锅",
    ],
    "travel": [
        "{it}几月去最好",
        "{it}住哪里方便",
        "{it}人多吗",
        "求{it}攻略！",
        "{it}自驾还是跟团好",
        "{it}一共花了多少钱",
        "{it}需要几天",
        "{it}现在冷吗",
        "{it}拍照机位在哪",
        "{it}带老人去合适吗",
        "{it}要门票吗",
    ],
    "topic": [
        "BGM叫什么呀",
        "{it}后续呢",
        "求出处",
        "{it}是真的吗",
        "这是第几集",
        "怎么做到的",
        "有没有完整版",
        "{it}那里没看懂，能再讲讲吗",
        "求{it}的资料",
        "{it}有推荐的书吗",
        "{it}那段是即兴的吗",
        "字幕组辛苦了，求原视频",
    ],
}
ZH_EXP_G = {
    "prod": ZH_EXP_PROD,
    "food": [
        "上周刚去吃了{it}，{op}",
        "{it}我吃过，{op}",
        "按这个方法做了{it}，{op}",
        "{it}我家楼下就有，{op}",
        "和朋友去吃了{it}，{op}",
        "{it}我吃了{n}次了，{op}",
    ],
    "travel": [
        "去年去了{it}，{op}",
        "{it}我也去过，{op}",
        "国庆刚从{it}回来，{op}",
        "{it}真的值得去，{op}",
        "{it}是我去过最喜欢的地方，{op}",
        "上个月刚去了{it}，{op}",
    ],
    "topic": [
        "我也遇到过{it}这种情况，{op}",
        "{it}这个我之前也研究过，{op}",
        "看完{it}这部分，{op}",
        "关于{it}，{op}",
        "{it}这里我反复看了{n}遍，{op}",
        "每次看到{it}都{op}",
    ],
}
ZH_OP_G = {
    "prod": ZH_OP_PROD,
    "food": [
        "味道绝了",
        "有点咸",
        "排了一个小时",
        "性价比很高",
        "一般般",
        "会再去的",
        "分量很足",
        "有点踩雷",
        "和图上不太一样",
        "老板人很好",
        "真的香",
        "偏甜了",
    ],
    "travel": [
        "风景绝美",
        "人太多了",
        "物价有点高",
        "特别出片",
        "天气不太好",
        "强烈推荐",
        "有点失望",
        "还想再去",
        "被宰了一次",
        "一定要早点去",
    ],
    "topic": [
        "深有同感",
        "学到了",
        "笑了好久",
        "不太同意",
        "讲得很清楚",
        "有被治愈到",
        "太真实了",
        "受教了",
        "看哭了",
        "想多了解一点",
    ],
}
ZH_ADJ_G = {
    "prod": ["好用", "好看", "一般", "贵", "绝", "可以", "质感好"],
    "food": ["好吃", "香", "一般", "贵", "绝", "辣", "馋"],
    "travel": ["美", "出片", "一般", "贵", "人多", "绝", "治愈"],
    "topic": ["真实", "好笑", "离谱", "有道理", "绝", "上头", "难"],
}
ZH_DETAIL_G = {
    "prod": [
        "我是{skin}，用了{n}周",
        "{price}块入的，比专柜便宜",
        "之前用的是别的牌子，这个{cmp}",
        "买的时候打了{d}折",
        "刚开始有点不习惯，第{n}天就好了",
        "同款我买了两个颜色",
        "618囤的，到现在还没用完",
        "客服说{n}天内可以退",
    ],
    "food": [
        "人均{price}左右",
        "我们{n}个人点了{k}个菜",
        "等位等了{n}0分钟",
        "辣度选的微辣还是有点顶",
        "他家的{it2}也不错",
        "周末中午去的，人超多",
        "老板送了一份小菜",
        "打包回家第二天热了还挺好吃",
    ],
    "travel": [
        "我是{n}月去的",
        "住的古城附近，走路{n}分钟",
        "一共玩了{n}天",
        "包车一天{price}",
        "早上{h}点去的没什么人",
        "带着爸妈去的",
        "高反了一晚上",
        "门票{price}，学生半价",
    ],
    "topic": [
        "我{n}年前也经历过",
        "我反复看了{n}遍",
        "评论区有人说的也对",
        "作为{who}很有共鸣",
        "我给{rel}也看了",
        "第{n}分钟那里尤其好",
        "看了三遍才看懂",
        "之前在别的地方也看到过类似的说法",
    ],
}
ZH_SKIN = ["干皮", "混油皮", "油皮", "敏感肌", "黄黑皮", "混干皮"]


def _zh_long(r, C, p):
    g = C.group
    it = _pk(r, p["items_zh"])
    it2 = next(x for x in p["items_zh"] if x != it)
    kw = dict(
        it=it,
        it2=it2,
        n=r.randint(2, 12),
        k=r.randint(3, 9),
        d=r.randint(5, 9),
        h=r.randint(6, 9),
        price=r.choice((39, 59, 88, 99, 128, 168, 199, 258, 299, 368, 450, 600, 1200)),
        skin=_pk(r, ZH_SKIN),
        cmp=_pk(r, ["更清爽", "持久一点", "质感好很多", "没那么闷", "性价比高"]),
        who=_pk(r, ZH_WHO),
        rel=_pk(r, ZH_REL),
        op=_pk(r, ZH_OP_G[g]),
    )
    dl = ZH_DETAIL_G[g]
    if C.cat == "auto":
        dl = [
            "落地{price}0",
            "开了{n}千公里",
            "试驾了{n}次才定",
            "等车等了{n}周",
            "保养一次{price}",
        ]
    elif g == "prod" and C.cat != "beauty":
        dl = [q for q in dl if "{skin}" not in q]
    d1 = _pk(r, dl)
    parts = [_pk(r, ZH_EXP_G[g]).format(**kw), d1.format(**kw)]
    if r.random() < 0.5:
        d2 = _pk(r, dl)
        if d2 != d1:
            parts.append(d2.format(**kw))
    r.shuffle(parts)
    if r.random() < 0.45:
        tail = _pk(r, ZH_Q_G[g]).format(it=it2) + _pk(r, ["？", "?", "", "呀"])
    else:
        tail = _pk(r, [q for q in ZH_OP_G[g] if q != kw["op"]])
    return "，".join(parts) + _pk(r, ["，", "。", "，", " "]) + tail + _pk(r, ZH_END)


ZH_CRIT = [
    "感觉{it}一般般吧",
    "{it}有点贵了",
    "上一期更好看",
    "广告有点多哈",
    "{it}我用了过敏了…",
    "不太同意，{it}其实没那么神",
    "声音有点小",
    "滤镜是不是太重了",
    "这期节奏有点慢",
    "标题党了吧",
    "{it}的价格涨了好多",
    "说实话没看懂",
    "没说到重点",
    "{it}我觉得不值这个价",
    "恰饭了吧这期",
    "和上次说的不一样啊",
    "字幕有错别字",
]
ZH_REQ = [
    "出个{it}教程吧",
    "下期讲讲{it}",
    "蹲一个后续",
    "求更新！",
    "想看{it}的合集",
    "能不能出个详细版",
    "求多发点{it}",
    "催更催更",
    "什么时候出下一期",
    "可以讲讲{cw}入门吗",
    "蹲{it}测评",
    "求{it}清单",
]
ZH_MEN = [
    "@{nm} 快看",
    "@{nm} 我们下次去这个",
    "@{nm} 这不就是你",
    "@{nm} 你要的",
    "@{nm} 给我买",
    "@{nm} 哈哈哈哈像不像你",
    "@{nm}",
    "@{nm} 学起来",
    "@{nm} 周末安排",
]
ZH_TS = [
    "{ts} 笑死",
    "{ts}那里绝了",
    "{ts} 这里好好看",
    "{ts}前方高能",
    "{ts} 我直接暂停",
    "{ts}这段反复看了好几遍",
    "{ts} 名场面",
]
ZH_STORY = [
    "我之前也是这样，{op2}，后来{af}，现在好多了",
    "看到这个想起{rel}，{op2}",
    "作为一个{who}，{op2}，真的很有共鸣",
    "说实话刚开始我也不信，{af}，现在{op}",
    "昨天刚经历过一模一样的事，{op2}哈哈",
    "{rel}也这样，{op2}，看完我发给他了",
    "坐标{city}，{op2}，{af}之后才好起来",
]
ZH_OP2 = [
    "每天都很焦虑",
    "踩了无数坑",
    "完全不懂",
    "差点放弃",
    "走了很多弯路",
    "被坑过一次",
    "纠结了好久",
    "一直拖着没做",
    "被说了好久",
    "失眠了好几天",
]
ZH_AF = [
    "慢慢摸索出来了",
    "换了方法",
    "听了朋友的建议",
    "看了好多攻略",
    "自己试了几次",
    "咬咬牙坚持了",
    "跟着博主学了",
]
ZH_REL = [
    "我妈",
    "我室友",
    "我男朋友",
    "我闺蜜",
    "我同事",
    "我家猫",
    "我大学同学",
    "我小时候",
    "我老公",
    "我弟",
]
ZH_WHO = [
    "打工人",
    "学生党",
    "新手",
    "宝妈",
    "过来人",
    "老用户",
    "社恐",
    "南方人",
    "北方人",
    "程序员",
    "护士",
]
ZH_CITY = [
    "北京",
    "上海",
    "广州",
    "深圳",
    "杭州",
    "成都",
    "武汉",
    "南京",
    "西安",
    "长沙",
    "重庆",
    "苏州",
    "天津",
    "郑州",
    "沈阳",
]
ZH_AGREE = [
    "同问",
    "+1",
    "楼上说得对",
    "我也想知道",
    "一样一样",
    "真的",
    "同感",
    "哈哈哈哈同",
    "确实",
    "我也是！",
    "蹲",
    "mark",
    "码住",
]
ZH_PREFIX = ["", "", "", "", "博主", "姐妹", "宝", "啊", "诶", "天哪", "哈哈", "说真的", "不是，"]
ZH_END = ["", "", "", "！", "～", "。", "!!", "哈哈", "哈哈哈", "啊", "呀", "？", "…"]
ZH_BILI = [
    "前排",
    "三连了",
    "来了来了",
    "下次一定",
    "up主辛苦了",
    "已投币",
    "这期质量好高",
    "考古",
    "弹幕护体",
    "第一次来，关注了",
]
ZH_REPLY = [
    "谢谢宝～",
    "哈哈哈哈是的",
    "谢谢喜欢！",
    "{it}是网上买的哦",
    "下次安排！",
    "好的记下了",
    "哈哈哈哈哈",
    "抱抱",
    "是的呢",
    "可以试试",
    "已经在准备了",
    "比心",
    "感谢支持🙏",
    "哈哈被你发现了",
    "置顶有写哦",
    "要看个人情况哦",
    "对的",
    "明天更",
    "哈哈你也是",
    "有的有的",
]

EN_SHORT = [
    "so pretty",
    "love this",
    "obsessed",
    "omg",
    "yes!!",
    "gorgeous",
    "stunning",
    "beautiful",
    "queen",
    "this is it",
    "amazing",
    "iconic",
    "so cute",
    "wow",
    "need this",
    "slay",
    "perfect",
    "fire",
    "goals",
    "love love love",
    "the best",
    "so good",
    "yesss",
    "ate",
    "cute!!",
    "mood",
    "vibes",
    "legend",
    "so talented",
    "literally perfect",
]
EN_REACT = [
    "LMAO",
    "I'm screaming",
    "not the {it} 💀",
    "crying",
    "this is so me",
    "the accuracy",
    "dead 💀",
    "why is this so real",
    "I felt that",
    "no way",
    "wait what",
    "stop 😭",
    "I needed this today",
    "lol same",
    "this made my day",
    "bro what",
    "the way I gasped",
    "facts",
    "real",
    "okay this is genius",
    "TIL",
    "huh, never knew that",
]
EN_Q_PROD = [
    "where did you get {it}?",
    "what {it} is this?",
    "is {it} worth it?",
    "how long did {it} take?",
    "link for {it}??",
    "does {it} work for beginners?",
    "what's the price on {it}?",
    "can you do a full review of {it}?",
    "is {it} still available?",
    "how does {it} compare to the old one?",
    "what camera do you use?",
    "song name?",
    "where is this?",
    "any alternatives to {it}?",
    "did {it} hold up after a month?",
]
EN_EXP_PROD = [
    "I tried {it} last week and {op}",
    "been using {it} for {n} months, {op}",
    "got {it} because of you and {op}",
    "my sister has {it}, {op}",
    "just ordered {it}, {op}",
    "tried {it} after your last video, {op}",
]
EN_OP_PROD = [
    "honestly love it",
    "it's okay",
    "kinda overrated",
    "10/10",
    "not worth the hype imo",
    "game changer",
    "didn't work for me",
    "obsessed",
    "it broke after a month",
    "worth every penny",
    "meh",
    "so much better than I expected",
]
EN_Q_G = {
    "prod": EN_Q_PROD,
    "food": [
        "where is {it} from?",
        "is {it} spicy?",
        "recipe for {it} please!",
        "how long was the wait for {it}?",
        "what city is {it} in?",
        "is {it} worth the hype?",
        "how much was {it}?",
    ],
    "travel": [
        "when is the best time to visit {it}?",
        "where did you stay in {it}?",
        "was {it} crowded?",
        "how many days for {it}?",
        "is {it} expensive?",
        "itinerary for {it}??",
        "how did you get to {it}?",
    ],
    "topic": [
        "song name?",
        "part 2??",
        "what happened after {it}?",
        "is {it} real?",
        "source?",
        "how did you do that?",
        "can you explain {it} again?",
        "any book recs on {it}?",
        "where's the full video?",
    ],
}
EN_EXP_G = {
    "prod": EN_EXP_PROD,
    "food": [
        "I had {it} last week and {op}",
        "made {it} with your recipe, {op}",
        "tried {it} after your video, {op}",
        "{it} is right by my place, {op}",
    ],
    "travel": [
        "went to {it} last year, {op}",
        "just got back from {it}, {op}",
        "{it} was on my list forever, {op}",
        "visited {it} in {n}th grade lol, {op}",
    ],
    "topic": [
        "I went through {it} too, {op}",
        "been thinking about {it} a lot, {op}",
        "watched the {it} part {n} times, {op}",
        "never thought about {it} like that, {op}",
    ],
}
EN_OP_G = {
    "prod": EN_OP_PROD,
    "food": [
        "so good",
        "a bit salty",
        "worth the wait",
        "honestly overrated",
        "10/10",
        "will go back",
        "portions were huge",
    ],
    "travel": [
        "absolutely stunning",
        "way too crowded",
        "pricey but worth it",
        "loved every minute",
        "the weather was awful",
        "would go back in a heartbeat",
    ],
    "topic": [
        "so true",
        "learned a lot",
        "I laughed so hard",
        "respectfully disagree",
        "felt this",
        "mind blown",
        "needed this",
    ],
}
EN_DETAIL_G = {
    "prod": [
        "I have {skin} skin and it lasted about {n} hours",
        "paid ${price} on sale",
        "switched from another brand and it's {cmp}",
        "the first week was rough but it got better",
        "bought it in two colors",
        "returned the first one because it was damaged",
    ],
    "food": [
        "we waited like {n}0 minutes",
        "about ${price} per person",
        "got {it2} too and honestly it was better",
        "went on a Sunday and it was packed",
        "portions are huge so share",
    ],
    "travel": [
        "went in {mon}",
        "stayed near the old town, {n} min walk",
        "we did {n} days there",
        "rented a car for ${price}",
        "went at {h}am and it was empty",
        "took my parents and they loved it",
    ],
    "topic": [
        "I've watched this {n} times",
        "my {rel} said the exact same thing",
        "been following since you had like {n}k",
        "the comments here are gold",
        "had to pause at {n}:{k}0 to process",
        "sent this to my group chat",
    ],
}


def _en_long(r, C, p):
    g = C.group
    it = _pk(r, p["items_en"])
    it2 = next(x for x in p["items_en"] if x != it)
    kw = dict(
        it=it,
        it2=it2,
        n=r.randint(2, 12),
        k=r.randint(0, 5),
        h=r.randint(6, 9),
        price=r.choice((12, 18, 25, 40, 65, 90, 120, 250)),
        skin=_pk(r, ["oily", "dry", "combo", "sensitive"]),
        cmp=_pk(r, ["way lighter", "longer lasting", "less sticky", "cheaper"]),
        mon=_pk(r, ["March", "May", "June", "October", "November", "January"]),
        rel=_pk(r, ["mom", "sister", "roommate", "bf", "coworker"]),
        op=_pk(r, EN_OP_G[g]),
    )
    dl = EN_DETAIL_G[g]
    if g == "prod" and C.cat != "beauty":
        dl = [q for q in dl if "{skin}" not in q]
    d1 = _pk(r, dl)
    parts = [_pk(r, EN_EXP_G[g]).format(**kw), d1.format(**kw)]
    if r.random() < 0.4:
        d2 = _pk(r, dl)
        if d2 != d1:
            parts.append(d2.format(**kw))
    tail = _pk(r, EN_Q_G[g]).format(it=it2) if r.random() < 0.45 else ""
    s = ". ".join(q[:1].upper() + q[1:] for q in parts) + (
        ". " + tail[:1].upper() + tail[1:] if tail else ""
    )
    if r.random() < 0.4:
        s = s.lower().replace(". ", " ")
    return s


EN_CRIT = [
    "kinda overpriced tbh",
    "the audio is a bit low",
    "liked the old format better",
    "too many ads lately",
    "{it} didn't work for me at all",
    "clickbait title lol",
    "respectfully disagree about {it}",
    "this felt rushed",
    "you skipped the best part",
    "the music is too loud",
]
EN_REQ = [
    "can you do a {it} tutorial?",
    "part 2 please",
    "do a {cw} haul next!",
    "need a follow up on {it}",
    "please do more {cw} content",
    "waiting for the next one",
]
EN_MEN = [
    "@{nm} look",
    "@{nm} we need to go",
    "@{nm} this is you",
    "@{nm} lol",
    "@{nm}",
    "@{nm} for your birthday?",
]
EN_TS = [
    "{ts} had me dying",
    "{ts} 😂",
    "the part at {ts}",
    "{ts} is so good",
    "rewatched {ts} like 5 times",
]
EN_STORY = [
    "I went through the same thing last year, {op}",
    "my mom does this exact thing lol",
    "as a {who} this is so relatable",
    "been following since 2k followers, so proud of you",
    "this reminds me of my trip to {city}",
    "I was skeptical at first but {op}",
]
EN_WHO = [
    "nurse",
    "teacher",
    "student",
    "new mom",
    "beginner",
    "introvert",
    "college student",
    "dad",
]
EN_CITY = [
    "Tokyo",
    "Paris",
    "Mexico City",
    "Chicago",
    "Toronto",
    "London",
    "Seoul",
    "Austin",
    "Melbourne",
    "Berlin",
]
EN_AGREE = [
    "same question",
    "+1",
    "this!!",
    "literally",
    "agreed",
    "facts",
    "same",
    "exactly what I was thinking",
    "^^^",
]
EN_REPLY = [
    "thank you!! 🥰",
    "haha yes",
    "it's linked in my bio!",
    "omg thank you",
    "coming soon!",
    "❤️",
    "right?!",
    "good question, will do a video on it",
    "thanks for watching 🙏",
    "haha I know",
    "yes it's {it}",
    "🙏🙏",
]

# fraud / special comment pools
ZH_BOT = [
    "好看",
    "很棒",
    "支持",
    "赞",
    "厉害",
    "不错",
    "加油",
    "666",
    "👍",
    "👍👍👍",
    "太棒了",
    "真好",
    "喜欢",
    "好",
    "哇",
    "可以的",
    "[赞][赞][赞]",
    "优秀",
    "漂亮",
    "支持支持",
    "真棒",
    "好好好",
    "不错不错",
    "点赞",
    "棒棒哒",
    "👏👏",
    "❤️❤️❤️",
    "牛",
    "好厉害",
    "很好看",
    "太美了",
    "赞赞赞",
    "顶顶",
    "学习了",
    "好的",
    "[强][强]",
    "[玫瑰][玫瑰]",
    "有意思",
    "真不错",
    "非常好",
]
EN_BOT = [
    "Nice",
    "Great",
    "Wow",
    "Cool",
    "Amazing",
    "Nice pic",
    "Love it",
    "🔥",
    "😍😍",
    "👏👏",
    "Awesome",
    "Great post",
    "Beautiful",
    "Nice one",
    "Super",
    "Perfect",
    "👍",
    "Good",
    "Very nice",
    "Lovely",
    "🔥🔥🔥",
    "❤️",
    "Great job",
    "Wonderful",
    "Fantastic",
]
ZH_PAID = [
    "内容很好，支持一下",
    "很实用的分享",
    "学到了，谢谢分享",
    "太棒了，已收藏",
    "写得真好",
    "很喜欢这样的内容",
    "说得很有道理",
    "很有用，点赞",
    "支持博主，加油",
    "质量很高的内容",
    "很有帮助，谢谢",
    "分享得很详细",
    "种草了",
    "已经收藏啦",
    "博主好用心",
    "感谢分享，很有用",
    "涨知识了，谢谢博主",
    "看完很有收获",
]
EN_PAID = [
    "Great content, thanks for sharing",
    "Very useful post",
    "Love this content",
    "Really nice, keep it up",
    "Amazing work as always",
    "Very informative, thank you",
    "So helpful!",
    "This is great, saved it",
    "Thanks for sharing this",
    "Super helpful content",
]
ZH_POD = [
    "来啦来啦～",
    "姐妹来支持啦",
    "已赞已藏✨",
    "宝子我来了",
    "互助互助 冲",
    "好看！支持一下",
    "来捧场啦",
    "一起加油呀",
    "已关注，互相支持",
    "来了来了，好用心",
    "姐妹写得真好，已赞",
    "支持支持！一起变好",
    "路过支持一下～",
    "冲冲冲！",
    "每次都来打卡",
    "宝子今天也好棒",
    "来给姐妹加热度",
    "好有用！已赞藏",
    "姐妹这篇会爆",
    "又来啦，支持",
]
ZH_EXCH = [
    "已完成，求回",
    "已赞藏评，回我一下",
    "来自互助群～",
    "三连完成，宝子回一个",
    "已赞，求回赞",
    "互助已完成",
    "已赞已藏，记得回哦",
    "完成啦，主页等你",
    "已关注已赞，求回关",
    "来啦，已赞藏，互助",
]
EN_POD_A = [
    "Love this",
    "This is amazing",
    "So beautiful",
    "Obsessed with this",
    "Wow this is stunning",
    "Such a vibe",
    "Great content as always",
    "This is everything",
    "Absolutely love this",
    "So inspiring",
    "Gorgeous shot",
    "Yes yes yes",
    "Love the colors",
    "This made my day",
    "Goals right here",
    "Need this in my life",
]
EN_POD_B = [
    "🔥🔥",
    "!!",
    "so much 😍",
    "✨",
    "girl!",
    "babe 💕",
    "🙌🙌",
    "❤️",
    "!! keep it up",
    "😍",
    "👏👏",
    "💯",
    "friend!",
    "",
]
ZH_CHURN = [
    "互关",
    "互关吗",
    "互关互关～",
    "已关注，求回关",
    "关注你了，回个关呗",
    "互粉互粉",
    "有关必回",
    "回关必回",
    "宝子互关一下呀",
    "已关，速回",
    "来互关啦",
    "求互关🙏",
    "互关互赞，有关必回",
    "关注了，互相关注呀",
    "新人求互关",
    "已关注你啦，记得回哦",
    "互关互助一起涨粉",
]
EN_CHURN = [
    "f4f",
    "follow for follow?",
    "followed you, follow back pls 🙏",
    "I followed, fb?",
    "let's support each other, followed!",
    "follow back? 💕",
    "f4f l4l",
    "followed ✅ your turn",
    "mutuals?",
    "just followed, hope you follow back",
]
ZH_CHURN_REPLY = ["已回", "回啦", "已回关～", "回了哦", "回关了", "已互"]
EN_CHURN_REPLY = ["done ✅", "followed back!", "done!", "followed 💕"]
ZH_GIVE = [
    "抽我抽我",
    "想要！！",
    "许愿中奖",
    "锦鲤附体🙏",
    "分母来了",
    "求中奖",
    "参与一下",
    "冲冲冲",
    "希望是我",
    "转发了，求好运",
    "第一次参加，希望能中",
    "想要{it}！",
    "好运来",
    "求抽中",
    "我我我",
    "蹲一个好运",
    "中奖绝绝子",
    "谢谢博主，许愿",
    "从来没中过，这次一定",
    "已关注已转发",
]
EN_GIVE = [
    "Entered! 🤞",
    "pick me!!",
    "would love to win this",
    "fingers crossed 🤞🤞",
    "done ✅",
    "I never win but here goes",
    "entering for my mom!",
    "yes please!",
    "this would make my year",
    "omg I need {it}",
]
ZH_SHOUT = [
    "从{big}那边过来的",
    "{big}推荐来的",
    "看了{big}的视频来的，已关注",
    "{big}的粉丝来报到",
    "被{big}安利过来的",
]
EN_SHOUT = [
    "came here from @{big} 👋",
    "@{big} sent me here!",
    "found you through {big}'s story",
    "here from {big}'s video",
]
ZH_FBT = [
    "博主回关我了！开心",
    "谢谢回关～",
    "被回关了哈哈",
    "关注啦，博主人真好，还回关了",
    "宝回关我啦",
]
EN_FBT = [
    "thanks for the follow back!!",
    "omg you followed me back 😭",
    "thank you for following back 💕",
]
ZH_SLOGAN = [
    "{star}{s}",
    "#{star}# {s}",
    "{star}永远的神",
    "爱你{star}",
    "{star}，我们一直都在",
    "{star}辛苦啦",
    "{star}冲冲冲",
    "{s}，{star}最棒",
]
ZH_SLOGAN_S = [
    "永远支持你",
    "未来可期",
    "一路繁花",
    "闪耀前行",
    "值得被看见",
    "新作品大爆",
    "我们陪你",
    "所有的美好都会如期而至",
]

LLM_ZH_C = {
    "rednote": ["笔记", "分享", "内容", "干货"],
    "douyin": ["视频", "作品", "内容", "分享"],
    "bilibili": ["视频", "作品", "讲解", "内容"],
    "default": ["内容", "分享", "作品", "视频", "创作"],
}
LLM_ZH_A = [
    "用心",
    "精彩",
    "实用",
    "有质感",
    "专业",
    "细致",
    "有深度",
    "走心",
    "有价值",
    "有温度",
    "清晰",
    "扎实",
]
LLM_ZH_OPEN = [
    "这篇{c}真的太{a}了",
    "看完这期{c}，收获满满",
    "博主的{c}一如既往地{a}",
    "非常{a}的{c}",
    "不得不说，这次的{c}做得很{a}",
    "每次看博主的{c}都能学到新东西",
    "认真看完了，{c}质量真的很高",
    "很少看到这么{a}的{c}",
    "这期{c}的完成度太高了",
    "终于刷到这么{a}的{c}了",
    "作为一名{who}，这期{c}真的说到我心坎里了",
    "一口气看完，{c}真的很{a}",
    "这条{c}值得反复观看",
    "今天刷到最{a}的{c}就是这条",
]
LLM_ZH_MID = [
    "从细节到整体都能看出博主的用心",
    "内容清晰又实用，逻辑也很有条理",
    "讲解深入浅出，特别适合刚入门的朋友",
    "能感受到背后付出了大量的时间和精力",
    "这种真诚的分享在现在真的很难得",
    "既有干货又不失趣味",
    "每一个细节都处理得恰到好处",
    "关于{cw}的见解很独到",
    "不仅内容丰富，而且表达很有感染力",
    "整体节奏把握得非常好",
    "让人看完之后很有启发",
    "画面和文案都非常有质感",
    "真正做到了把复杂的事情讲简单",
    "对{cw}的理解又加深了一层",
    "看得出博主在{cw}领域积累很深",
]
LLM_ZH_CLOSE = [
    "已经收藏了，期待更多优质内容！",
    "希望博主继续保持，持续关注中～",
    "真心推荐给身边的朋友们！",
    "感谢分享，受益匪浅。",
    "支持博主，继续加油！",
    "会一直支持下去的！",
    "期待下一期的更新！",
    "这样的博主值得被更多人看到！",
    "已三连，期待后续！",
    "干货满满，必须点赞！",
    "收藏起来慢慢学习。",
    "感谢博主的无私分享～",
]
LLM_ZH_CASUAL = [
    "这个{cw}分享好实用，收藏了慢慢看～",
    "关于{it}的内容太有用了，谢谢博主",
    "刚好需要这样的{cw}干货，已收藏",
    "讲得好清楚，{cw}小白也能看懂",
    "{it}这部分讲得好细致，学到了",
    "好喜欢这种真诚的分享，关注了",
    "看完对{cw}有了新的认识，感谢",
    "这期真的很用心，支持一下",
    "{it}的分享很有参考价值！",
    "想请教一下博主，{cw}新手应该从哪里开始呢？",
    "请问有没有更系统的{cw}资料推荐呀？",
    "博主平时是怎么保持{cw}的热情的？",
    "这个思路很新颖，请问{it}还有什么需要注意的地方吗？",
]
LLMC_ZH_OPEN = [
    "这个{cw}分享",
    "这期{c}",
    "这条{c}",
    "博主这期",
    "关于{it}的部分",
    "{it}这块",
    "整篇{c}",
    "今天这个{c}",
]
LLMC_ZH_PRED = {
    "default": [
        "好实用",
        "讲得好清楚",
        "太有参考价值了",
        "真的很用心",
        "干货满满",
        "很有启发",
        "条理好清晰",
        "内容好扎实",
    ],
    "comedy": ["太有意思了", "创意满分", "笑到停不下来", "好有梗", "节奏感好棒"],
    "music": ["太好听了", "好治愈", "编排好用心", "听得起鸡皮疙瘩", "情感好饱满"],
}
LLMC_ZH_TAIL = [
    "，收藏了慢慢看～",
    "，谢谢博主",
    "，已收藏",
    "，关注了",
    "！",
    "，学到了",
    "，小白也能看懂",
    "，支持一下",
    "，期待下一期",
    "，推荐给朋友了",
    "～",
]
LLMC_ZH_Q = [
    "想请教一下博主，{cw}新手应该从哪里开始呢？",
    "请问有没有更系统的{cw}资料推荐呀？",
    "博主平时是怎么保持对{cw}的热情的？",
    "请问{it}还有什么需要注意的地方吗？",
    "想问问博主做这期内容花了多久？",
    "博主有什么入门建议可以分享一下吗？",
]
LLMC_EN_OPEN = [
    "this {cw} content",
    "this",
    "the part about {it}",
    "this breakdown",
    "your {cw} stuff",
    "this whole {c}",
    "honestly this {c}",
]
LLMC_EN_PRED = {
    "default": [
        "is so helpful",
        "is super clear",
        "is exactly what I needed",
        "is so well done",
        "really resonated",
        "is so valuable",
        "is such a great resource",
    ],
    "comedy": ["is so creative", "had me smiling", "is so clever", "is pure gold"],
    "music": ["is so soothing", "gave me chills", "is beautifully done", "is so moving"],
}
LLMC_EN_TAIL = [
    ", saving it!",
    ", thanks for sharing",
    "! following for more",
    " 🙌",
    ". needed this today",
    "!",
    ", keep it up!",
    ", sending this to a friend",
    " ✨",
]
LLMC_EN_Q = [
    "do you have any tips for beginners getting into {cw}?",
    "what inspired you to create this?",
    "how do you stay so consistent with your {cw} content?",
    "would love to hear more about your process with {it}!",
    "how long did this take you to put together?",
    "any advice for someone just starting out?",
]
LLM_EN_C = ["post", "content", "video", "breakdown", "share", "piece"]
LLM_EN_A = [
    "thoughtful",
    "insightful",
    "beautifully crafted",
    "inspiring",
    "well-put-together",
    "genuine",
    "informative",
    "captivating",
    "refreshing",
    "high-quality",
]
LLM_EN_OPEN = [
    "What a {a} {c}!",
    "This is such a {a} {c}.",
    "Absolutely love this {c}!",
    "Such a {a} take on {cw}.",
    "Wow, this {c} is incredibly {a}.",
    "I really appreciate how {a} this {c} is.",
    "This {c} is a true gem!",
    "Honestly, one of the most {a} {c}s I've seen lately.",
    "Every time I see your {c}s, I learn something new.",
]
LLM_EN_MID = [
    "The attention to detail really shines through",
    "You explain {cw} in such an approachable way",
    "It's clear how much effort went into this",
    "This is exactly the kind of content the community needs",
    "Every detail feels so intentional",
    "Your passion for {cw} is truly inspiring",
    "The way you break things down makes it so easy to follow",
    "It's refreshing to see such authentic content",
    "Your perspective on {cw} is so unique",
]
LLM_EN_CLOSE = [
    "Can't wait to see what you share next!",
    "Keep up the amazing work! ✨",
    "Saving this for later 🙌",
    "Thank you for sharing your perspective!",
    "Looking forward to more content like this!",
    "You never disappoint! 💯",
    "Definitely sharing this with my friends!",
    "Truly appreciate you putting this out there.",
]
LLM_EN_CASUAL = [
    "this {cw} content is so helpful, saving it!",
    "love how clear this is, thanks for sharing",
    "really needed this {cw} tip today",
    "such a good breakdown of {it}, thank you!",
    "the part about {it} was super helpful 🙌",
    "this is so well done, following for more",
    "do you have any tips for beginners getting into {cw}?",
    "what inspired you to create this?",
    "how do you stay so consistent with your {cw} content?",
    "would love to hear more about your process with {it}!",
]
LLM_EMO = ["✨", "👍", "💯", "🙌", "🌟", "💪", "👏", "🔥", "❤️"]

LURE_ZH = [
    "主页有惊喜哦～",
    "想看完整版的来找我",
    "同城寂寞的滴滴我🍑",
    "资源在我主页，自取",
    "有需要的私信我",
    "要{it}资料的看我简介",
    "➕{v} {code} 领取",
    "{v}：{code}",
    "带你赚米，日入五百+ 看主页",
    "宝子看我头像",
    "点我头像有福利",
    "兼职日结，手机就能做",
    "{code} 你懂的",
    "🈶️需要滴滴",
    "加我{v} {code}",
    "全套教程已整理好，评论区扣1",
    "姐妹我也是这样瘦下来的，方法在主页",
    "同款低价渠道，看我置顶",
    "找我拿原图🍑",
    "有没有一起搞副业的，{v}{code}",
    "扣1发你",
    "不看后悔系列，私我",
]
LURE_EN = [
    "💋 check my bio for something special",
    "DM me for free promo 💰",
    "I made $5k this week, ask me how 📈",
    "Send pic to @{code} to get featured",
    "Lonely tonight? Check my profile 😘",
    "Want 10k followers? DM me",
    "she's in my bio 🔥",
    "Promote it on @{code}",
    "W.h.a.t.s.a.p.p me {digits}",
    "Hey! Collab? DM @{code} 💌",
    "crypto signals in my bio 🚀",
    "free {it} giveaway at my page",
]
LURE_V = ["v", "V", "薇", "威", "💚信", "vx", "VX", "➕v", "卫星", "v❤", "绿泡泡", "扣扣", "企鹅"]

# names
ZH_NICK_A = [
    "小",
    "阿",
    "大",
    "老",
    "是",
    "一只",
    "爱吃",
    "今天也要",
    "不吃",
    "momo",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "Miss",
    "爱喝",
]
ZH_NICK_B = [
    "鱼",
    "橘子",
    "星星",
    "柚子",
    "汤圆",
    "猫",
    "兔",
    "糖",
    "月亮",
    "花生",
    "栗子",
    "桃子",
    "葡萄",
    "奶盖",
    "可乐",
    "团子",
    "布丁",
    "芒果",
    "西瓜",
    "小熊",
    "饭团",
    "土豆",
    "番茄",
    "豆豆",
    "米粒",
    "柠檬",
    "海盐",
    "晚风",
    "山茶",
    "青柠",
    "七七",
    "一一",
    "南风",
    "北辰",
    "知夏",
    "清欢",
    "木子",
    "安安",
    "乐乐",
    "小鹿",
    "鲸鱼",
    "刺猬",
    "熊猫",
    "狐狸",
    "麦子",
    "云朵",
    "雨天",
    "晴天",
    "夏天",
    "冬至",
    "白露",
    "阿杰",
    "小雨",
    "浩然",
    "子涵",
    "欣怡",
    "梓萱",
    "宇轩",
    "思远",
    "嘉怡",
    "俊杰",
    "婷婷",
    "文博",
    "晓峰",
    "建国",
    "秀英",
    "丽华",
    "志强",
    "海燕",
    "玉兰",
    "奶茶",
    "芝士",
    "可颂",
    "橙子",
    "荔枝",
    "椰子",
]
ZH_NICK_C = [
    "",
    "",
    "",
    "",
    "呀",
    "酱",
    "er",
    "同学",
    "的日常",
    "不加糖",
    "吖",
    "_",
    "哈哈",
    "喵",
    "子",
    "小姐",
    "先生",
    "的小号",
    "001",
    "2018",
    "520",
    "1997",
    "在此",
    "超甜",
    "🍊",
    "🌙",
    "✨",
    "🐱",
    "🌸",
    "今天",
    "ya",
    "丫",
    "本尊",
    "233",
]
ZH_WX = [
    "平安是福",
    "花开富贵",
    "静待花开",
    "岁月静好",
    "上善若水",
    "知足常乐",
    "宁静致远",
    "老王",
    "A建材-李总",
    "心若向阳",
    "开心每一天",
    "阳光总在风雨后",
    "荷塘月色",
    "天道酬勤",
    "A保险顾问小张",
    "淡定",
    "幸福人生",
    "平凡之路",
]
PINYIN = [
    "xiao",
    "yu",
    "lin",
    "chen",
    "wang",
    "li",
    "zhang",
    "liu",
    "yang",
    "mei",
    "jia",
    "hui",
    "ting",
    "hao",
    "jun",
    "qi",
    "an",
    "le",
    "xin",
    "yi",
    "tang",
    "mo",
    "nan",
    "bei",
    "zhi",
    "xia",
    "yun",
    "feng",
    "shan",
    "he",
    "mi",
    "tao",
    "cheng",
    "ming",
]
EN_FIRST = [
    "emma",
    "olivia",
    "ava",
    "mia",
    "sophia",
    "liam",
    "noah",
    "jack",
    "lucas",
    "ethan",
    "chloe",
    "grace",
    "zoe",
    "lily",
    "maya",
    "nora",
    "leo",
    "max",
    "sam",
    "alex",
    "jess",
    "kate",
    "ryan",
    "tyler",
    "megan",
    "hannah",
    "josh",
    "dan",
    "sara",
    "nina",
    "carlos",
    "diego",
    "ana",
    "priya",
    "aisha",
    "kai",
    "jade",
    "ivy",
    "ben",
    "tom",
]
EN_LAST = [
    "smith",
    "johnson",
    "brown",
    "lee",
    "garcia",
    "miller",
    "davis",
    "wilson",
    "moore",
    "taylor",
    "thomas",
    "white",
    "harris",
    "clark",
    "lewis",
    "young",
    "walker",
    "hall",
    "allen",
    "king",
    "wright",
    "lopez",
    "hill",
    "scott",
    "green",
    "nguyen",
    "kim",
    "patel",
    "chen",
    "wong",
]
EN_WORD = [
    "sunny",
    "wild",
    "lazy",
    "coffee",
    "moon",
    "pixel",
    "urban",
    "golden",
    "little",
    "happy",
    "blue",
    "salty",
    "cozy",
    "midnight",
    "lucky",
    "velvet",
    "honey",
    "retro",
    "wander",
    "sweet",
]
EN_NOUN = [
    "days",
    "girl",
    "vibes",
    "life",
    "kitchen",
    "studio",
    "travels",
    "journal",
    "eats",
    "dreams",
    "fox",
    "bee",
    "club",
    "lab",
    "diaries",
    "spot",
    "soul",
    "trails",
]

ZH_BIO = [
    "热爱生活",
    "00后",
    "95后",
    "打工人",
    "学生党",
    "宝妈",
    "摄影爱好者",
    "吃货一枚",
    "旅行中",
    "努力变好",
    "不定期更新",
    "记录生活",
    "爱猫人士",
    "健身中",
    "读书",
    "咖啡续命",
    "INFP",
    "ENFJ",
    "北漂",
    "沪漂",
    "广州",
    "成都",
    "杭州",
    "深圳",
    "设计师",
    "程序员",
    "护士",
    "老师",
    "医学生",
    "考研人",
    "佛系",
    "快乐至上",
    "一个普通人",
    "工作号",
    "小号",
    "谢绝推销",
    "偶尔发发",
    "喜欢就关注吧",
    "二次元",
    "追星中",
    "钓鱼佬",
    "跑步",
    "广东人",
]
EN_BIO = [
    "coffee lover",
    "dog mom",
    "NYC",
    "LA",
    "London",
    "travel",
    "foodie",
    "photographer",
    "student",
    "mom of 2",
    "gym rat",
    "bookworm",
    "she/her",
    "he/him",
    "🌿",
    "✈️",
    "📸",
    "Toronto",
    "Sydney",
    "artist",
    "nurse",
    "teacher",
    "engineer",
    "just vibing",
    "plant parent",
    "music",
    "gamer",
    "runner",
    "yoga",
    "🇺🇸",
    "🇬🇧",
    "🇵🇭",
    "🇧🇷",
    "Texas",
    "UCLA '24",
]
PREMIUM_BIO_ZH = [
    "生活不止眼前的苟且，还有诗和远方",
    "做一个温柔的人",
    "热爱可抵岁月漫长",
    "愿你被这个世界温柔以待",
    "保持热爱，奔赴山海",
    "平凡的日子也要闪闪发光",
    "慢慢来，比较快",
    "心有山海，静而无边",
    "人间值得",
    "简单生活，快乐每一天",
    "记录美好生活",
    "把日子过成诗",
    "向阳而生",
    "日子常新，未来不远",
    "自律给我自由",
    "好好吃饭，好好睡觉",
    "追光的人终会光芒万丈",
    "喜欢的东西就是最好的",
]
PREMIUM_BIO_EN = [
    "Live, laugh, love",
    "Chasing dreams ✨",
    "Good vibes only",
    "Life is beautiful",
    "Dream big, work hard",
    "Wanderlust ✈️",
    "Living my best life 🌸",
    "Coffee ☕ & sunsets 🌅",
    "Be yourself; everyone else is taken",
    "Making memories",
    "Positive energy only ✨",
    "Just a girl with big dreams",
    "Happiness is homemade",
    "Collecting moments, not things",
]
CREATOR_BIO_ZH = [
    "分享{cw}日常",
    "{cw}博主",
    "专注{cw}{n}年",
    "一个爱{cw}的{who}",
    "{cw}｜{city}",
    "记录我的{cw}生活",
    "每周更新{cw}内容",
    "认真做{cw}的普通人",
]
CREATOR_BIO_EN = [
    "{cw} creator",
    "sharing my {cw} journey",
    "{cw} • {city}",
    "your daily dose of {cw}",
    "{cw} tips every week",
    "just a {who} who loves {cw}",
]
BIZ_ZH = [
    "商务合作：{mail}",
    "合作V：{wx}",
    "📮{mail}",
    "品牌合作请私信",
    "合作请联系：{mail}",
    "商务📧 {mail}",
]
BIZ_EN = ["📩 {mail}", "business: {mail}", "collabs ➡️ {mail}", "link below 👇", "inquiries: {mail}"]
LURE_BIO = [
    "看简介有惊喜 → ➕{v} {code}",
    "资源/合作 {v}：{code}",
    "副业带你起飞 {v}{code}",
    "私我领取全套资料",
    "同城交友 {v} {code}",
    "🍑主页置顶有福利",
]
CHURN_BIO_ZH = ["互关必回", "有关必回", "回关", "互粉互赞", "关注我，必回"]
CHURN_BIO_EN = ["f4f", "follow back ✅", "I follow back", "l4l f4f"]
AMB_BOT_BIO = [
    "专业代运营",
    "招代理",
    "微商",
    "低价好物",
    "网店代理",
    "投资理财咨询",
    "cheap followers",
    "dm for promo",
    "crypto",
    "forex trader 📈",
]
LOTTERY_BIO = ["抽奖专用号", "锦鲤附体", "只转抽奖", "分母一号", "许愿中奖"]
PLAT_BIZ_MAIL = ["qq.com", "163.com", "126.com", "gmail.com", "outlook.com", "foxmail.com"]
BIG_ZH = [
    "阿晨说车",
    "小林探店",
    "老K聊数码",
    "七七的日常",
    "大橙子vlog",
    "毛毛姐姐",
    "阿飞游戏解说",
    "王大厨的厨房",
    "叶子穿搭",
    "北北摄影",
    "胖虎吃遍中国",
]
BIG_EN = [
    "lucyeats",
    "techwithmarco",
    "thejennashow",
    "gymbrodan",
    "wanderwithava",
    "makeupbyriley",
    "chefnoodle",
    "daily.dose.sam",
]
STAR_SUR = ["林", "顾", "沈", "陆", "江", "许", "宋", "白", "周", "叶", "程", "苏", "温", "季"]
STAR_GIV = [
    "知夏",
    "北辰",
    "清欢",
    "一舟",
    "星河",
    "以安",
    "子墨",
    "念初",
    "予白",
    "时晏",
    "南乔",
    "若溪",
    "景行",
    "嘉树",
]


# ----------------------------------------------------------------------------------------
# names / accounts
# ----------------------------------------------------------------------------------------


def _digits(r, n):
    if n <= 0:
        return ""
    if n > 15:
        return str(r.randrange(10**n)).zfill(n)
    return str(int(r.random() * 10**n)).zfill(n)


_HEX = "0123456789ABCDEF"
_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"


def _hexs(r, n):
    return "".join(_HEX[int(r.random() * 16)] for _ in range(n))


def _alnum(r, n):
    return "".join(_ALNUM[int(r.random() * 36)] for _ in range(n))


def _zh_nick(r):
    x = r.random()
    if x < 0.08:
        return _pk(r, ZH_WX)
    if x < 0.16:
        return (
            _pk(r, PINYIN)
            + _pk(r, PINYIN)
            + ("" if r.random() < 0.5 else _digits(r, r.randint(2, 4)))
        )
    return _pk(r, ZH_NICK_A) + _pk(r, ZH_NICK_B) + _pk(r, ZH_NICK_C)


def _default_name(r, plat):
    if plat == "rednote":
        return "小红薯" + _hexs(r, r.choice((6, 7, 8)))
    if plat in ("douyin", "weibo"):
        return "用户" + _digits(r, 10 if plat == "weibo" else r.randint(10, 13))
    if plat == "kuaishou":
        return ("快手用户" if r.random() < 0.5 else "用户") + _digits(r, 10)
    if plat == "bilibili":
        return "bili_" + _digits(r, r.randint(8, 11))
    if plat == "wechat_channels":
        return "微信用户" if r.random() < 0.3 else _zh_nick(r)
    if plat == "tiktok":
        return "user" + _digits(r, r.randint(10, 13))
    if plat == "youtube":
        return "@user-" + _alnum(r, r.randint(8, 10))
    return _pk(r, EN_FIRST) + _digits(r, r.randint(4, 8))


def _en_user(r):
    f = _pk(r, EN_FIRST)
    x = r.random()
    if x < 0.25:
        return f + "." + _pk(r, EN_LAST)
    if x < 0.45:
        return f + _pk(r, EN_LAST) + _digits(r, 2)
    if x < 0.6:
        return f + "_" + _pk(r, EN_WORD)
    if x < 0.75:
        return _pk(r, EN_WORD) + _pk(r, EN_NOUN)
    if x < 0.85:
        return "the." + f + (_digits(r, 1) if r.random() < 0.5 else "")
    return f + "_" * r.randint(1, 2) + _pk(r, EN_LAST)[:3] + _digits(r, r.randint(1, 3))


def _display(r, name):
    parts = [q for q in re.split(r"[._\d]+", name) if q and q.isalpha()]
    if not parts or name.startswith(("user", "@user")):
        return name
    d = " ".join(q.capitalize() for q in parts[:2])
    return d + (" " + _pk(r, EN_EMO) if r.random() < 0.1 else "")


def _person(r, C, default_p=None):
    """A realistic audience handle for this creator's platform/language."""
    plat = C.plat
    if default_p is None:
        default_p = C.default_p
    if r.random() < default_p:
        return _default_name(r, plat)
    if C.zh_aud and (PLAT[plat]["zh"] or r.random() < 0.8):
        return _zh_nick(r)
    return _en_user(r)


def _bot_name(r, C, style):
    plat = C.plat
    if style == 0:
        return _default_name(r, plat)
    if style == 1:
        return _alnum(r, r.randint(6, 10))
    if style == 2:
        return _pk(r, EN_FIRST) + "_" + _pk(r, EN_LAST) + _digits(r, r.randint(3, 5))
    if C.zh_aud:
        return _pk(r, ZH_NICK_B) + _digits(r, r.randint(3, 6))
    return _pk(r, EN_FIRST) + _alnum(r, 3) + _digits(r, 2)


def _lure_name(r, C):
    if C.zh_aud:
        return (
            _pk(
                r,
                [
                    "主页有惊喜",
                    "私我有福利",
                    "小甜甜",
                    "寂寞的猫",
                    "同城约吗",
                    "副业小王",
                    "资源分享",
                    "甜心",
                    "💋小野猫",
                    "宝藏女孩",
                ],
            )
            + _pk(r, ["", "🍑", "_", "~", "💋"])
            + _digits(r, r.randint(0, 3))
        )
    return (
        _pk(r, ["hot", "cute", "sexy", "promo", "cash", "lonely", "sweet", "crypto", "grow"])
        + "_"
        + _pk(r, ["girl", "babe", "queen", "king", "boss", "angel", "page", "hub"])
        + _digits(r, r.randint(2, 5))
    )


def _code(r):
    x = r.random()
    base = _pk(r, PINYIN) + _pk(r, PINYIN) + _digits(r, r.randint(2, 4))
    if x < 0.3:
        return base
    if x < 0.5:
        return " ".join(base)
    if x < 0.65:  # full-width digits
        return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in base)
    if x < 0.8:  # circled digits
        return "".join("①②③④⑤⑥⑦⑧⑨⓪"[int(c) - 1] if c.isdigit() and c != "0" else c for c in base)
    if x < 0.9:  # cyrillic homoglyphs
        return base.replace("a", "а").replace("o", "о").replace("e", "е")
    return _pk(r, ["💚", "🍑", "✨"]).join(base[i : i + 3] for i in range(0, len(base), 3))


def _age(r, med, sig, lo, hi):
    """Lognormal age in days, redrawn (not clipped) when outside [lo, hi]: no pile-up at a platform's launch."""
    hi = max(hi, lo + 1)
    for _ in range(6):
        a = _ln(r, math.log(med), sig)
        if lo <= a <= hi:
            return a
    return r.uniform(lo, hi)


def _bio_genuine(r, zh):
    if r.random() < 0.15:
        return ""
    parts = ZH_BIO if zh else EN_BIO
    k = r.choice((1, 1, 2, 2, 3))
    sep = _pk(
        r,
        [" | ", "｜", "·", " ", "，", " / ", "\n"]
        if zh
        else [" | ", " • ", " ", "\n", " / ", ", "],
    )
    s = sep.join(r.sample(parts, k))
    if r.random() < 0.2:
        s += _pk(r, ZH_EMO if zh else EN_EMO)
    return s


class Acct:
    """Profile generators for follower-sample accounts."""

    @staticmethod
    def make(kind, C, r, idx):
        plat = C.plat
        asof = C.asof_day
        launch = C.launch_day
        zh = C.zh_aud
        a = {}

        def created_between(lo, hi):
            lo = max(lo, launch)
            hi = max(lo + 1, min(hi, asof - 3))
            return r.randint(int(lo), int(hi))

        verified = False
        has_url = False
        priv = None
        bio = ""
        lvl = mem = cred = None
        last = None
        if kind in ("active", "lurker", "dormant", "lottery", "newfan", "creator", "f4f", "pod"):
            name_default_p = {
                "active": C.default_p * 0.45,
                "lurker": C.default_p * 1.6,
                "dormant": C.default_p * 1.4,
                "lottery": 0.1,
                "newfan": C.default_p * 0.8,
                "creator": 0.0,
                "f4f": 0.03,
                "pod": 0.0,
            }[kind]
            name = _person(r, C, min(0.9, name_default_p))
        if kind == "active":
            created = asof - int(_age(r, 900, 0.8, 20, asof - launch))
            posts = int(_ln(r, math.log(45), 1.3))
            fol = int(_ln(r, math.log(110), 1.4))
            fing = int(_ln(r, math.log(260), 0.85))
            av = r.random() < (0.86 if zh else 0.93)
            bio = _bio_genuine(r, zh) if r.random() < 0.6 else ""
            last = asof - int(_clip(_ln(r, math.log(9), 1.3), 0, asof - created)) if posts else None
            priv = r.random() < 0.35
            has_url = r.random() < 0.05
            verified = r.random() < 0.004
            if plat == "weibo":
                lvl = r.randint(8, 36)
                mem = r.choice((0, 0, 0, 1, 2, 3, 5))
                cred = r.choice((2, 2, 3, 3, 4))
        elif kind == "newfan":  # real accounts gained recently (viral/shoutout/promo)
            created = asof - int(_age(r, 700, 1.0, 5, asof - launch))
            posts = int(_ln(r, math.log(20), 1.5))
            fol = int(_ln(r, math.log(60), 1.4))
            fing = int(_ln(r, math.log(220), 0.9))
            av = r.random() < 0.8
            bio = _bio_genuine(r, zh) if r.random() < 0.45 else ""
            last = (
                asof - int(_clip(_ln(r, math.log(12), 1.3), 0, asof - created)) if posts else None
            )
            priv = r.random() < 0.35
            if plat == "weibo":
                lvl = r.randint(3, 30)
                mem = r.choice((0, 0, 0, 1))
                cred = r.choice((1, 2, 2, 3))
        elif kind == "lurker":
            created = asof - int(_age(r, 800, 0.9, 10, asof - launch))
            posts = 0 if r.random() < 0.62 else r.randint(1, 6)
            fol = int(_ln(r, math.log(4), 1.1)) if r.random() < 0.7 else 0
            fing = int(_ln(r, math.log(90), 1.0)) + 1
            av = r.random() < (0.4 if zh else 0.6)
            bio = _bio_genuine(r, zh) if r.random() < 0.12 else ""
            last = asof - r.randint(30, max(31, asof - created)) if posts else None
            priv = r.random() < 0.45
            if plat == "weibo":
                lvl = r.randint(1, 12)
                mem = 0
                cred = r.choice((1, 1, 2, 2, 3))
        elif kind == "dormant":
            created = created_between(asof - 365 * 11, asof - 365 * 2)
            posts = 0 if r.random() < 0.4 else int(_ln(r, math.log(10), 1.2))
            fol = int(_ln(r, math.log(8), 1.3)) if r.random() < 0.8 else 0
            fing = int(_ln(r, math.log(120), 0.9)) + 1
            av = r.random() < 0.55
            bio = _bio_genuine(r, zh) if r.random() < 0.2 else ""
            last = r.randint(created, max(created + 1, asof - 400)) if posts else None
            priv = r.random() < 0.3
            if plat == "weibo":
                lvl = r.randint(1, 15)
                mem = 0
                cred = r.choice((0, 1, 1, 2))
        elif kind == "lottery":
            created = created_between(asof - 365 * 6, asof - 60)
            posts = int(_ln(r, math.log(3000), 0.9))
            fol = int(_ln(r, math.log(120), 1.0))
            fing = int(_clip(_ln(r, math.log(2500), 0.5), 300, C.fcap))
            av = r.random() < 0.85
            bio = (
                _pk(r, LOTTERY_BIO)
                if (zh and r.random() < 0.5)
                else (_bio_genuine(r, zh) if r.random() < 0.3 else "")
            )
            last = asof - r.randint(0, 5)
            priv = False
            if plat == "weibo":
                lvl = r.randint(10, 30)
                mem = r.choice((0, 0, 1))
                cred = r.choice((1, 2, 2))
        elif kind == "creator":
            created = created_between(launch, asof - 365)
            posts = int(_ln(r, math.log(400), 0.9))
            fol = int(_ln(r, math.log(8000), 1.3))
            fing = int(_ln(r, math.log(450), 0.8))
            av = True
            bio = _creator_bio(r, C, _pk(r, CATEGORIES)) if r.random() < 0.9 else ""
            last = asof - r.randint(0, 20)
            verified = r.random() < 0.2
            has_url = r.random() < 0.5
            priv = False
            if plat == "weibo":
                lvl = r.randint(20, 45)
                mem = r.choice((0, 1, 3, 5, 6))
                cred = r.choice((3, 4))
        elif kind == "ambot":  # platform-native spam/marketing bots, present in every audience
            created = created_between(asof - 365 * 5, asof - 10)
            posts = int(_ln(r, math.log(6), 1.4)) if r.random() < 0.6 else 0
            fol = int(_ln(r, math.log(10), 1.2))
            fing = int(_clip(_ln(r, math.log(2500), 0.6), 400, C.fcap))
            av = r.random() < 0.55
            name = _bot_name(r, C, r.randint(0, 3))
            bio = _pk(r, AMB_BOT_BIO) if r.random() < 0.3 else ""
            last = asof - r.randint(0, 300) if posts else None
            priv = r.random() < 0.2
            if plat == "weibo":
                lvl = r.randint(1, 6)
                mem = 0
                cred = r.choice((0, 0, 1))
        elif kind == "f4f":
            created = created_between(asof - 365 * 4, asof - 30)
            fol = int(_ln(r, math.log(1500), 0.9))
            fing = int(_clip(fol * r.uniform(0.8, 1.5), 50, C.fcap))
            posts = int(_ln(r, math.log(80), 0.9))
            av = r.random() < 0.95
            bio = (
                (
                    _pk(r, CHURN_BIO_ZH if zh else CHURN_BIO_EN)
                    + (" " + _bio_genuine(r, zh) if r.random() < 0.5 else "")
                )
                if r.random() < 0.35
                else _bio_genuine(r, zh)
            )
            last = asof - r.randint(0, 15)
            priv = r.random() < 0.1
            if plat == "weibo":
                lvl = r.randint(6, 25)
                mem = r.choice((0, 0, 1))
                cred = r.choice((1, 2, 2, 3))
        elif kind == "pod":
            created = created_between(asof - 365 * 6, asof - 200)
            fol = int(_ln(r, math.log(max(800, C.F_org * 0.6)), 0.8))
            fing = int(_clip(_ln(r, math.log(900), 0.6), 100, C.fcap))
            posts = int(_ln(r, math.log(350), 0.7))
            av = True
            bio = _creator_bio(r, C, C.cat)
            last = asof - r.randint(0, 6)
            has_url = r.random() < 0.45
            priv = False
            if plat == "weibo":
                lvl = r.randint(12, 35)
                mem = r.choice((0, 1, 2))
                cred = r.choice((2, 3, 3))
        elif kind == "cheap":
            co = _pk(r, C.cohorts_cheap)
            created = int(_clip(co + r.randint(-C.cohort_w, C.cohort_w), launch, asof - 2))
            posts = 0 if r.random() < 0.85 else r.randint(1, 3)
            fol = 0 if r.random() < 0.6 else r.randint(1, 8)
            fing = int(_clip(_ln(r, math.log(1300), 0.7), 150, C.fcap))
            av = r.random() < 0.15
            name = _bot_name(r, C, _wpk(r, [(0, 0.55), (1, 0.2), (2, 0.1), (3, 0.15)]))
            bio = ""
            last = created + r.randint(0, 5) if posts else None
            priv = r.random() < 0.05
            if plat == "weibo":
                lvl = r.randint(0, 3)
                mem = 0
                cred = r.choice((0, 0, 1))
        elif kind == "mid":
            co = _pk(r, C.cohorts_cheap)
            created = int(
                _clip(co + r.randint(-3 * C.cohort_w - 10, 3 * C.cohort_w + 10), launch, asof - 2)
            )
            posts = r.randint(1, 15)
            fol = int(_ln(r, math.log(12), 1.0))
            fing = int(_clip(_ln(r, math.log(1100), 0.6), 200, C.fcap))
            av = r.random() < 0.78
            name = _bot_name(r, C, _wpk(r, [(0, 0.2), (2, 0.35), (3, 0.45)]))
            bio = _pk(r, PREMIUM_BIO_ZH if zh else PREMIUM_BIO_EN) if r.random() < 0.3 else ""
            last = min(asof, created + r.randint(0, 120))
            priv = r.random() < 0.1
            if plat == "weibo":
                lvl = r.randint(1, 8)
                mem = 0
                cred = r.choice((0, 1, 1, 2))
        elif kind == "premium":
            co = _pk(r, C.cohorts_prem)
            created = int(_clip(co + int(r.gauss(0, C.prem_w)), launch, asof - 30))
            posts = int(_clip(_ln(r, math.log(45), 0.55), 8, 400))
            fol = int(_clip(_ln(r, math.log(320), 0.6), 30, 5000))
            fing = int(_clip(fol * _ln(r, math.log(1.6), 0.35), 80, C.fcap))
            av = r.random() < 0.97
            name = _person(r, C, 0.03) if r.random() < 0.7 else _bot_name(r, C, 3)
            bio = (
                _pk(r, PREMIUM_BIO_ZH if zh else PREMIUM_BIO_EN)
                if r.random() < 0.78
                else _bio_genuine(r, zh)
            )
            lp = _pk(r, C.prem_lastpost)
            last = int(_clip(lp - r.randint(0, C.prem_lp_w), created + 1, asof))
            priv = r.random() < 0.12
            if plat == "weibo":
                lvl = r.randint(8, 20)
                mem = 0 if r.random() < 0.85 else 1
                cred = r.choice((2, 2, 3))
        elif kind == "lure":
            created = created_between(asof - 500, asof - 5)
            posts = r.randint(1, 30)
            fol = int(_ln(r, math.log(60), 1.0))
            fing = int(_clip(_ln(r, math.log(1800), 0.6), 200, C.fcap))
            av = True
            name = _lure_name(r, C)
            bio = _lure_bio(r, C)
            last = asof - r.randint(0, 20)
            priv = False
            if plat == "weibo":
                lvl = r.randint(1, 8)
                mem = 0
                cred = r.choice((0, 1))
        elif kind == "farm":  # comment-farm accounts (LLM/paid)
            co = _pk(r, C.cohorts_cheap)
            created = int(_clip(co + r.randint(-60, 60), launch, asof - 2))
            posts = r.randint(3, 60)
            fol = int(_ln(r, math.log(80), 0.9))
            fing = int(_clip(_ln(r, math.log(900), 0.5), 100, C.fcap))
            av = r.random() < 0.92
            name = _person(r, C, 0.05)
            bio = _pk(r, PREMIUM_BIO_ZH if zh else PREMIUM_BIO_EN) if r.random() < 0.5 else ""
            last = asof - r.randint(0, 40)
            priv = False
            if plat == "weibo":
                lvl = r.randint(4, 15)
                mem = 0
                cred = r.choice((1, 2, 2))
        else:
            raise ValueError(kind)
        created = int(_clip(created, launch, asof))
        a["id"] = C.acct_id(r)
        a["username"] = name
        if not PLAT[plat]["zh"] and r.random() < 0.85:
            a["display_name"] = _display(r, name) if kind not in ("cheap", "mid") else name
        a["followers"] = max(0, int(fol))
        a["following"] = max(0, int(min(fing, C.fcap)))
        a["posts"] = max(0, int(posts))
        a["has_avatar"] = bool(av)
        if plat in ("instagram", "tiktok") and priv is not None:
            a["is_private"] = bool(priv)
        a["verified"] = bool(verified)
        if bio:
            a["bio"] = bio
        a["has_url"] = bool(has_url)
        a["created_at"] = _dstr(created)
        if last is not None and a["posts"] > 0:
            a["last_post_at"] = _dstr(int(_clip(last, created, asof)))
        if plat == "weibo" and lvl is not None:
            a["platform_level"] = int(lvl)
            # every weibo branch sets lvl, mem and cred together, so these are not None here
            a["membership_level"] = int(mem)  # type: ignore[arg-type]
            a["credit_rating"] = int(cred)  # type: ignore[arg-type]
        return a


def _creator_bio(r, C, cat):
    zh = C.zh_aud
    cw = CAT[cat][0] if zh else CAT[cat][1]
    t = _pk(r, CREATOR_BIO_ZH if zh else CREATOR_BIO_EN)
    return t.format(
        cw=cw,
        n=r.randint(2, 9),
        who=_pk(r, ZH_WHO if zh else EN_WHO),
        city=_pk(r, ZH_CITY if zh else EN_CITY),
    )


def _lure_bio(r, C):
    return (
        _pk(r, LURE_BIO).format(v=_pk(r, LURE_V), code=_code(r))
        if C.zh_aud
        else _pk(
            r,
            [
                "💋 link below",
                "DM for promo 💰",
                "free followers ➡️ link",
                "🔞 check link",
                "crypto profits 📈 DM",
            ],
        )
    )


# ----------------------------------------------------------------------------------------
# the creator state
# ----------------------------------------------------------------------------------------


class Ctx:
    """Mutable per-creator state.

    The annotations below declare (without creating) the attributes that `_build` sets; the
    helper functions (`_history`, `_bought_*`, `_comment_plan`, `_assemble`, ...) attach more.
    """

    r: random.Random
    arch: str
    label: int
    layers: list[str]
    fr: dict[str, float]  # fraud layer -> intensity
    plat: str
    P: dict[str, Any]
    zh_aud: bool
    tz: int
    cat: str
    cw: str
    items: list[str]
    group: str
    vid_len: int
    fcap: int
    default_p: float
    handle: str
    nick: str
    asof_day: int
    asof_ts: float
    launch_day: int
    D: int
    start_day: int
    tier: str
    F_org: int
    tmult: float
    reply_p: float
    created_day: int
    reach_f: float
    lpv: float
    cpl: float
    spl: float
    svl: float
    vir_s: float
    hit_p: float
    floor: float
    sec: set[str]
    posts: list[dict[str, Any]]
    viral_post: dict[str, Any] | None
    give_post: dict[str, Any] | None
    promo_posts: list[dict[str, Any]]
    fake: dict[str, float]
    cohorts_cheap: list[int]
    cohort_w: int
    cohorts_prem: list[int]
    prem_w: int
    prem_lastpost: list[int]
    prem_lp_w: int


GENUINE_ARCH = [
    ("ordinary_nano", 7.0),
    ("ordinary_micro", 7.0),
    ("ordinary_mid", 5.0),
    ("ordinary_macro", 2.5),
    ("tiny_koc", 3.0),
    ("viral_post", 3.5),
    ("giveaway", 3.0),
    ("shoutout", 2.5),
    ("platform_purge", 2.5),
    ("celebrity_low_er", 2.5),
    ("follow_back", 3.0),
    ("promoted_posts", 3.5),
    ("short_praise_fans", 3.0),
    ("inactive_audience", 3.0),
]
FRAUD_ARCH = [
    ("bought_followers_burst", 3.5),
    ("bought_followers_drip", 3.0),
    ("bought_followers_premium", 4.5),
    ("bought_likes", 5.0),
    ("bought_views", 3.0),
    ("bot_comments", 3.0),
    ("engagement_pod", 3.5),
    ("llm_comments", 5.0),
    ("follow_churn", 5.0),
    ("lure_spam", 2.5),
    ("combo:bought_followers_burst+bot_comments", 1.4),
    ("combo:bought_followers_premium+bought_likes", 1.5),
    ("combo:bought_likes+llm_comments", 1.5),
    ("combo:bought_followers_premium+bought_likes+llm_comments", 1.5),
    ("combo:follow_churn+engagement_pod", 1.2),
    ("combo:bought_followers_drip+bought_likes", 1.3),
    ("combo:bought_views+llm_comments", 1.2),
    ("combo:follow_churn+bought_likes", 1.2),
    ("combo:bought_followers_burst+lure_spam", 1.2),
]
_GW = sum(w for _, w in GENUINE_ARCH)
_FW = sum(w for _, w in FRAUD_ARCH)
ARCH_TABLE = [(n, 0, 0.5 * w / _GW) for n, w in GENUINE_ARCH] + [
    (n, 1, 0.5 * w / _FW) for n, w in FRAUD_ARCH
]


def archetype_shares():
    return {n: round(p, 4) for n, _, p in ARCH_TABLE}


def _pick_arch(r):
    x = r.random()
    for n, lab, p in ARCH_TABLE:
        x -= p
        if x <= 0:
            return n, lab
    return ARCH_TABLE[-1][0], ARCH_TABLE[-1][1]


def _layers(arch):
    if arch.startswith("combo:"):
        return arch[6:].split("+")
    return [arch]


# ----------------------------------------------------------------------------------------
# build one creator
# ----------------------------------------------------------------------------------------


def _build(seed: int, i: int) -> dict:
    ss = np.random.SeedSequence([int(seed) & 0xFFFFFFFF, int(i), 0x1D1A])
    nr = np.random.default_rng(ss)
    r = random.Random(int(nr.integers(0, 2**62)))
    C = Ctx()
    C.r = r
    arch, label = _pick_arch(r)
    C.arch, C.label = arch, label
    layers = _layers(arch) if label else []
    C.layers = layers
    fr = {}  # fraud layer -> intensity
    for L in layers:
        fr[L] = _intensity(r)
    C.fr = fr

    # ---------------- platform, language, category
    plat = _wpk(r, PLAT_W)
    if "bought_views" in fr:
        plat = _wpk(
            r,
            [("kuaishou", 2), ("bilibili", 2.5), ("youtube", 2.5), ("tiktok", 3), ("instagram", 2)],
        )
    if "engagement_pod" in fr:
        plat = _wpk(
            r,
            [
                ("instagram", 3),
                ("rednote", 3),
                ("douyin", 2),
                ("tiktok", 2),
                ("weibo", 1),
                ("bilibili", 0.5),
                ("kuaishou", 0.5),
                ("youtube", 0.5),
            ],
        )
    if arch == "celebrity_low_er":
        plat = _wpk(
            r, [("weibo", 5), ("douyin", 3), ("instagram", 2), ("kuaishou", 1), ("tiktok", 1)]
        )
    C.plat = plat
    P = PLAT[plat]
    C.P = P
    C.zh_aud = P["zh"] or r.random() < 0.25
    C.tz = 8 if C.zh_aud else _pk(r, [0, -5, -8, 1, 0, 8])
    C.cat = _wpk(r, CATS_BY_PLAT[plat])
    if arch == "short_praise_fans":
        C.cat = _pk(r, ["beauty", "fashion", "music", "photography", "lifestyle", "fitness"])
    if "engagement_pod" in fr:
        C.cat = _pk(
            r,
            ["beauty", "fashion", "fitness", "lifestyle", "travel", "food", "home", "photography"],
        )
    C.cw = CAT[C.cat][0] if C.zh_aud else CAT[C.cat][1]
    C.items = CAT[C.cat][2] if C.zh_aud else CAT[C.cat][3]
    C.group = GROUP[C.cat]
    C.vid_len = {"bilibili": 1200, "youtube": 1100, "weibo": 300, "wechat_channels": 180}.get(
        plat, 75
    )
    C.fcap = 7500 if plat != "weibo" else 5000
    C.default_p = {
        "douyin": 0.22,
        "weibo": 0.25,
        "rednote": 0.3,
        "kuaishou": 0.2,
        "bilibili": 0.22,
        "wechat_channels": 0.05,
        "tiktok": 0.12,
        "youtube": 0.1,
        "instagram": 0.0,
    }[plat]
    if not P["zh"] and C.zh_aud:
        C.default_p *= 0.5

    C.handle = _handle(r, C)
    C.nick = _zh_nick(r) if C.zh_aud else C.handle
    if arch == "celebrity_low_er" and C.zh_aud:
        C.nick = _pk(r, STAR_SUR) + _pk(r, STAR_GIV)

    # ---------------- dates
    asof_day = date(2024, 3, 1).toordinal() - EPOCH_ORD + r.randint(0, 600)
    C.asof_day = asof_day
    C.asof_ts = asof_day * DAY + r.uniform(8, 23) * HOUR - C.tz * HOUR  # UTC seconds
    C.launch_day = int((P["launch"] - 1970) * 365.25)
    D = r.randint(90, 365)
    C.D = D
    C.start_day = asof_day - D + 1

    # ---------------- tier and size
    if arch == "tiny_koc":
        tier = "koc"
    elif arch == "celebrity_low_er":
        tier = _wpk(r, [("macro", 0.35), ("mega", 0.65)])
    elif arch.startswith("ordinary_"):
        tier = arch.split("_")[1]
    elif label:
        if "engagement_pod" in fr or "follow_churn" in fr:
            tier = _wpk(r, [("koc", 0.1), ("nano", 0.5), ("micro", 0.35), ("mid", 0.05)])
        else:
            tier = _wpk(
                r, [("koc", 0.05), ("nano", 0.3), ("micro", 0.4), ("mid", 0.2), ("macro", 0.05)]
            )
    elif arch == "inactive_audience":
        tier = _wpk(r, [("nano", 0.2), ("micro", 0.4), ("mid", 0.3), ("macro", 0.1)])
    else:
        tier = _wpk(
            r,
            [
                ("koc", 0.05),
                ("nano", 0.3),
                ("micro", 0.35),
                ("mid", 0.22),
                ("macro", 0.07),
                ("mega", 0.01),
            ],
        )
    C.tier = tier
    lo, hi, tmult, reply_p = TIERS[tier]
    F_org = int(_loglerp(lo, hi, r.random()))
    # fraud creators show their final (inflated) count in the nominal tier: organic is smaller
    C.F_org = F_org
    C.tmult = tmult
    C.reply_p = reply_p * r.uniform(0.3, 1.6)

    # account age
    min_age = D + 30
    age = int(_age(r, 1400, 0.6, min_age, asof_day - C.launch_day - 1))
    if arch == "inactive_audience":
        age = int(_clip(r.uniform(5, 12) * 365, min_age, asof_day - C.launch_day - 1))
    C.created_day = asof_day - max(min_age, age)

    # creator-level engagement factors
    C.reach_f = _ln(r, 0, 0.55)
    C.lpv = P["lpv"] * _ln(r, 0, 0.25)
    C.cpl = P["cpl"] * _ln(r, 0, 0.4)
    C.spl = (P["spl"] or 0) * _ln(r, 0, 0.45)
    C.svl = (P["svl"] or 0) * _ln(r, 0, 0.4)
    if C.cat in ("knowledge", "finance", "home", "beauty"):
        C.svl *= 1.5
    if C.cat == "comedy":
        C.reach_f *= 1.3
        C.spl *= 1.8
    if C.cat in ("beauty", "finance", "parenting"):
        C.cpl *= 1.25
    C.vir_s = (
        r.uniform(0.45, 1.0)
        if plat not in ("douyin", "tiktok", "kuaishou")
        else r.uniform(0.7, 1.25)
    )
    C.hit_p = r.uniform(0.0, 0.05)
    if arch == "celebrity_low_er":
        C.reach_f *= r.uniform(0.15, 0.45)
    if arch == "inactive_audience":
        C.reach_f *= r.uniform(0.3, 0.6)
    if arch == "tiny_koc":
        C.reach_f *= r.uniform(0.8, 1.6)
    C.floor = P["floor"] * r.uniform(0.5, 1.5)
    if tier in ("koc", "nano") and plat in ("douyin", "tiktok", "kuaishou"):
        C.floor *= r.uniform(1.0, 3.0)

    # genuine secondary traits (also for fraud bases sometimes)
    sec = set()
    for trait, prob in (
        ("promo", 0.08),
        ("giveaway", 0.03),
        ("viral", 0.07),
        ("purge", 0.04),
        ("followback", 0.06),
    ):
        if r.random() < prob:
            sec.add(trait)
    m = {
        "viral_post": "viral",
        "giveaway": "giveaway",
        "shoutout": "shoutout",
        "platform_purge": "purge",
        "follow_back": "followback",
        "promoted_posts": "promo",
    }
    if arch in m:
        sec.add(m[arch])
    if "follow_churn" in fr:
        sec.discard("followback")
    C.sec = sec

    # ---------------- posts schedule
    n_posts = r.randint(10, 18) if arch == "tiny_koc" else r.randint(10, 60)
    fpw = _ln(r, math.log(3.0), 0.7)
    if tier == "koc":
        fpw *= 0.5
    regular = r.random() < 0.4
    posts: list[dict[str, Any]] = []
    t = C.asof_ts - r.uniform(0.05, 3.0) * DAY * 7 / fpw
    for _ in range(n_posts):
        lt = t + C.tz * HOUR
        hod = (lt % DAY) / HOUR
        # move to a plausible local publishing hour
        target = _wpk(
            r, [(12, 2), (18, 2), (20, 3), (21, 3), (8, 1), (22, 1), (15, 1), (r.uniform(0, 24), 1)]
        )
        t = t - (hod - target) * HOUR + r.uniform(-40, 40) * 60
        t = min(t, C.asof_ts - 600)
        posts.append({"ts": t})
        gap = (7 / fpw) * (r.gammavariate(6, 1 / 6) if regular else r.expovariate(1.0))
        if r.random() < 0.03:
            gap += r.uniform(10, 60)  # hiatus
        t -= max(0.15, gap) * DAY
    posts.sort(key=lambda p: p["ts"])
    for k in range(len(posts) - 2, -1, -1):
        if posts[k + 1]["ts"] - posts[k]["ts"] < 1.5 * HOUR:
            posts[k]["ts"] = posts[k + 1]["ts"] - r.uniform(1.5, 8) * HOUR
    fmts = P["fmt"]
    for k, p in enumerate(posts):
        p["idx"] = k
        p["fmt"] = _wpk(r, fmts)
        if arch == "celebrity_low_er" and plat == "weibo":
            p["fmt"] = _wpk(r, [("image", 0.5), ("video", 0.3), ("text", 0.2)])
        p["vir"] = _ln(r, 0, C.vir_s)
        if r.random() < C.hit_p:
            p["vir"] *= 3 + r.paretovariate(1.6) * 2
        p["items_zh"] = r.sample(CAT[C.cat][2], 2)
        p["items_en"] = r.sample(CAT[C.cat][3], 2)
        p["items"] = p["items_zh"] if C.zh_aud else p["items_en"]
        p["day"] = int((p["ts"] + C.tz * HOUR) // DAY)
        p["age_h"] = (C.asof_ts - p["ts"]) / HOUR
        p["ln"] = _ln(r, 0, 0.25)  # like noise
        p["cn"] = _ln(r, 0, 0.45)
        p["sn"] = _ln(r, 0, 0.5)
        p["vn"] = _ln(r, 0, 0.4)
        spons_p = {
            "koc": 0.03,
            "nano": 0.08,
            "micro": 0.15,
            "mid": 0.22,
            "macro": 0.25,
            "mega": 0.2,
        }[tier]
        p["spons"] = r.random() < spons_p
        p["promo"] = 1.0
        p["give"] = False
        p["pid"] = _post_id(r, plat)
    C.posts = posts

    # ---------------- genuine events on posts
    in_win = [p for p in posts if p["day"] >= C.start_day + 3 and p["age_h"] > 30]
    if not in_win:
        in_win = posts[-3:]
    C.viral_post = None
    if "viral" in sec:
        p = _pk(r, in_win)
        p["vir"] = max(p["vir"], 1.0) * r.uniform(10, 80) * (1 if arch == "viral_post" else 0.4)
        C.viral_post = p
    C.give_post = None
    if "giveaway" in sec:
        p = _pk(r, in_win)
        p["give"] = True
        p["give_m"] = r.uniform(6, 40) if arch == "giveaway" else r.uniform(3, 10)
        C.give_post = p
    C.promo_posts = []
    if "promo" in sec:
        k = r.randint(1, min(6, len(posts))) if arch == "promoted_posts" else r.randint(1, 2)
        for p in r.sample(posts, k):
            p["promo"] = r.uniform(2.5, 15.0)
            if r.random() < 0.4:
                p["spons"] = True  # brand paid to push its ad
            C.promo_posts.append(p)

    # ---------------- follower history (organic)
    _history(C)

    # ---------------- fraud layers affecting followers
    C.fake = {}  # kind -> alive count at as_of (bought / f4f); C.recent set in _history
    C.cohorts_cheap = [asof_day - r.randint(3, 900) for _ in range(r.randint(1, 3))]
    C.cohort_w = r.randint(1, 12)
    C.cohorts_prem = [asof_day - r.randint(400, 2600) for _ in range(r.randint(1, 3))]
    C.prem_w = 30
    C.prem_lastpost = [asof_day - r.randint(2, 60) for _ in range(r.randint(1, 3))]
    C.prem_lp_w = 5
    for L in ("bought_followers_burst", "bought_followers_drip", "bought_followers_premium"):
        if L in fr:
            _bought_followers(C, L, fr[L])
    if "follow_churn" in fr:
        _churn(C, fr["follow_churn"])
    _following_series(C)

    # ---------------- post engagement
    _engagement(C)
    for L in ("bought_likes", "bought_views"):
        if L in fr:
            (_bought_likes if L == "bought_likes" else _bought_views)(C, fr[L])
    _comment_plan(C)

    # ---------------- blocks
    rec = _assemble(C)
    rec["label"] = int(label)
    rec["archetype"] = arch
    return rec


def _post_id(r, plat):
    if plat in ("douyin", "tiktok"):
        return "7" + _digits(r, 18)
    if plat == "rednote":
        return "".join("0123456789abcdef"[int(r.random() * 16)] for _ in range(24))
    if plat == "weibo":
        return "".join(
            "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"[int(r.random() * 62)]
            for _ in range(9)
        )
    if plat == "bilibili":
        return "BV1" + "".join(
            "123456789abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ"[int(r.random() * 58)]
            for _ in range(9)
        )
    if plat == "kuaishou":
        return "3x" + _alnum(r, 13)
    if plat == "wechat_channels":
        return "export/" + _alnum(r, 20)
    return "".join(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"[int(r.random() * 64)]
        for _ in range(11)
    )


# ----------------------------------------------------------------------------------------
# follower history
# ----------------------------------------------------------------------------------------


def _history(C):
    r = C.r
    D = C.D
    arch = C.arch
    if arch == "inactive_audience":
        g = r.uniform(-0.12, 0.04)
    elif arch == "celebrity_low_er":
        g = r.uniform(-0.05, 0.15)
    else:
        g = _wpk(
            r,
            [
                (r.uniform(-0.15, 0.0), 0.2),
                (r.uniform(0.0, 0.2), 0.45),
                (_ln(r, math.log(0.5), 0.6), 0.35),
            ],
        )
    c = r.uniform(0.04, 0.25)  # annual unfollow rate
    dow_amp = r.uniform(0.0, 0.25)
    gain = np.zeros(D)
    loss = np.zeros(D)
    base_g = max(0.0, g + c) / 365
    for d in range(D):
        day = C.start_day + d
        dow = 1 + dow_amp * (1 if (day + 3) % 7 in (5, 6) else -0.4)
        gain[d] = base_g * dow * _ln(r, 0, 0.35)
        loss[d] = c / 365 * _ln(r, 0, 0.3)
    # post-driven bumps (relative to F_org)
    conv = C.P["conv"] * _ln(r, 0, 0.4)
    kern = [0.5, 0.25, 0.11, 0.06, 0.04, 0.02, 0.02]
    exp_like_rel = C.P["reach"] * C.tmult * C.reach_f * C.lpv
    for p in C.posts:
        d0 = p["day"] - C.start_day
        if d0 < 0 or d0 >= D:
            continue
        b = exp_like_rel * p["vir"] * conv * (1 + 0.5 * (p["promo"] - 1))
        if C.tier in ("koc", "nano"):
            b += C.floor * C.lpv * p["vir"] * conv / max(1, C.F_org)
        for j, k in enumerate(kern):
            if d0 + j < D:
                gain[d0 + j] += b * k * _ln(r, 0, 0.2)
    net = gain - loss
    tot_net = float(net.sum())
    cap_net = r.uniform(0.6, 0.88)
    if tot_net > cap_net:
        net *= cap_net / tot_net
    f = np.cumsum(net)
    f = 1.0 + f - f[-1]  # relative to end = 1
    f = np.maximum(f, 0.05)
    org = f * C.F_org
    # absolute event series (real followers)
    ev = np.zeros(D)
    C.recent = {}
    C.real_new = 0.0
    C.lottery = 0.0
    C.purged_amb = 0.0
    if C.give_post is not None:
        p = C.give_post
        d0 = p["day"] - C.start_day
        if 0 <= d0 < D:
            G = C.F_org * (r.uniform(0.05, 0.45) if arch == "giveaway" else r.uniform(0.005, 0.04))
            G += 30 * r.random()
            dur = r.randint(2, 7)
            w = np.array([math.exp(-j / 2.0) for j in range(dur)])
            w /= w.sum()
            seg = np.zeros(D)
            for j in range(dur):
                if d0 + j < D:
                    seg[d0 + j] += G * w[j]
            draw = d0 + r.randint(5, 21)
            q = r.uniform(0.15, 0.5)
            back = G * q
            L = r.randint(5, 25)
            for j in range(L):
                if draw + j < D:
                    seg[draw + j] -= back / L
            ev += seg
            alive = G - back * min(1.0, max(0, D - draw) / L) if draw < D else G
            C.lottery += alive
            if D - d0 <= 30:
                C.recent["lottery"] = C.recent.get("lottery", 0) + alive
    if "shoutout" in C.sec:
        d0 = r.randint(int(D * 0.2), D - 4)
        G = C.F_org * r.uniform(0.08, 0.6)
        dur = r.randint(2, 5)
        for j in range(dur):
            if d0 + j < D:
                ev[d0 + j] += G * (0.55**j) / sum(0.55**k for k in range(dur))
        back = G * r.uniform(0.02, 0.08)
        for j in range(14):
            if d0 + dur + j < D:
                ev[d0 + dur + j] -= back / 14
        C.real_new += G - back
        C.shout_day = C.start_day + d0
        C.shout_big = _pk(r, BIG_ZH if C.zh_aud else BIG_EN)
        if D - d0 <= 30:
            C.recent["newfan"] = C.recent.get("newfan", 0) + G
    else:
        C.shout_day = None
    C.purge_day = None
    if "purge" in C.sec:
        d0 = r.randint(int(D * 0.2), D - 2)
        C.purge_day = d0
        C.purge_frac = r.uniform(0.02, 0.12) if arch == "platform_purge" else r.uniform(0.01, 0.04)
    C.org = org
    C.ev = np.cumsum(ev)
    C.fake_series = np.zeros(D)  # bought + f4f alive
    C.following_add = np.zeros(D)
    # recent organic gains
    C.recent["org"] = float(max(0.0, np.sum(gain[-30:]) * C.F_org))
    if C.viral_post is not None or C.promo_posts:
        C.recent["newfan"] = C.recent.get("newfan", 0) + 0.5 * C.recent["org"]


def _bought_followers(C, mode, u):
    r = C.r
    D = C.D
    if mode == "bought_followers_burst":
        frac = _loglerp(0.06, 3.0, u)
        p_pre = r.uniform(0.0, 0.4)
        mix = {"cheap": _lerp(0.5, 0.8, u), "mid": _lerp(0.5, 0.2, u)}
        drop = r.uniform(0.1, 0.45)
    elif mode == "bought_followers_drip":
        frac = _loglerp(0.05, 1.5, u)
        p_pre = r.uniform(0.0, 0.3)
        mix = {"cheap": 0.35, "mid": 0.5, "premium": 0.15}
        drop = r.uniform(0.05, 0.3)
    else:
        frac = _loglerp(0.04, 0.8, u)
        p_pre = r.uniform(0.0, 0.5)
        mix = {"premium": 0.85, "mid": 0.15}
        drop = r.uniform(0.0, 0.1)
        # premium tells: subtle -> wide cohorts; blatant -> tight cohorts
        C.prem_w = int(_lerp(240, 15, u))
        C.prem_lp_w = int(_lerp(40, 2, u))
        if u < 0.3:
            C.cohorts_prem = [C.asof_day - r.randint(200, 3000) for _ in range(r.randint(3, 6))]
            C.prem_lastpost = [C.asof_day - r.randint(1, 120) for _ in range(r.randint(3, 6))]
    C.cohort_w = int(_lerp(40, 1, u))
    B = C.F_org * frac * _ln(r, 0, 0.2)
    B_pre = B * p_pre
    B_in = B - B_pre
    add = np.zeros(D)
    careful = r.random() < (1 - u) * 0.8
    post_days = sorted({p["day"] - C.start_day for p in C.posts if 0 <= p["day"] - C.start_day < D})
    if mode == "bought_followers_burst":
        k = 1 + (u > 0.5) + _poisson(r, 0.6)
        k = min(k, 4)
        sizes = [r.random() + 0.3 for _ in range(k)]
        ssum = sum(sizes)
        for s in sizes:
            amt = B_in * s / ssum
            if careful and post_days:
                d0 = _pk(r, post_days)
                dur = r.randint(3, 8)
            else:
                d0 = r.randint(0, max(0, D - 3))
                dur = r.randint(1, 2) if u > 0.6 else r.randint(1, 3)
            w = [r.uniform(0.6, 1.4) for _ in range(dur)]
            ws = sum(w)
            for j in range(dur):
                if d0 + j < D:
                    add[d0 + j] += amt * w[j] / ws
    elif mode == "bought_followers_drip":
        s = r.randint(0, int(D * 0.5))
        e = r.randint(min(D, s + int(D * 0.3)), D)
        L = max(1, e - s)
        sig = _lerp(0.5, 0.1, u)
        for d in range(s, e):
            m = _ln(r, 0, sig)
            if careful and (d + C.start_day) in {p["day"] for p in C.posts}:
                m *= r.uniform(1.5, 3.0)
            add[d] += B_in / L * m
    else:
        nwin = r.randint(1, 3)
        for _ in range(nwin):
            s = r.randint(0, max(0, D - 10))
            L = r.randint(10, 60)
            for d in range(s, min(D, s + L)):
                add[d] += B_in / nwin / L * _ln(r, 0, 0.4)
    # drop-off of bought accounts: exponential decay or a purge
    alive = np.zeros(D)
    cur = B_pre
    tau = r.uniform(7, 40)
    purge = None
    if C.purge_day is not None and r.random() < 0.7:
        purge = C.purge_day
    elif r.random() < 0.25:
        purge = r.randint(int(D * 0.3), D - 1)
        C.purge_day = purge
        C.purge_frac = r.uniform(0.01, 0.03)
    lost_total = 0.0
    for d in range(D):
        cur += add[d]
        if purge is None:
            # decay: of everything delivered, drop fraction `drop` asymptotically
            dec = cur * drop / tau * (1 if cur > 0 else 0) * 0.5
            cur -= dec
            lost_total += dec
        elif d == purge:
            dec = cur * drop * r.uniform(1.0, 2.0)
            cur -= dec
        alive[d] = cur
    C.fake_series = C.fake_series + alive
    recent = float(np.sum(add[-30:]))
    for kind, w in mix.items():
        C.fake[kind] = C.fake.get(kind, 0) + alive[-1] * w
        if recent > 0:
            C.recent[kind] = C.recent.get(kind, 0) + recent * w
    # premium sellers' accounts leave a trickle of likes
    C.prem_likes = getattr(C, "prem_likes", 0.0) + alive[-1] * mix.get("premium", 0) * r.uniform(
        0.0, 0.004
    )


def _churn(C, u):
    r = C.r
    D = C.D
    fol_add = np.zeros(D)
    foll = np.zeros(D)  # following delta
    A_mean = _loglerp(40, 1500, u)
    fb = r.uniform(0.08, 0.35)
    ub = r.uniform(0.2, 0.6)
    d = r.randint(0, min(40, D // 3)) if r.random() < 0.7 else r.randint(0, D // 2)
    gained_total = 0.0
    recent = 0.0
    while d < D:
        A = A_mean * _ln(r, 0, 0.35)
        fd = r.randint(1, 5)
        hold = r.randint(2, 12)
        ud = r.randint(1, 4)
        for j in range(fd):
            if d + j < D:
                foll[d + j] += A / fd
        G = A * fb
        for j in range(fd + 3):
            if d + j < D:
                fol_add[d + j] += G / (fd + 3)
                if d + j >= D - 30:
                    recent += G / (fd + 3)
        us = d + fd + hold
        unf = A * r.uniform(0.8, 1.0)
        for j in range(ud):
            if us + j < D:
                foll[us + j] -= unf / ud
        back = G * ub
        L = r.randint(3, 20)
        for j in range(L):
            if us + j < D:
                fol_add[us + j] -= back / L
        gained_total += G - back
        d = us + ud + r.randint(0, int(_lerp(25, 3, u)))
    pre = gained_total * r.uniform(0.3, 2.0)
    alive = pre + np.cumsum(fol_add)
    C.fake_series = C.fake_series + alive
    C.following_add = C.following_add + np.cumsum(foll)
    C.fake["f4f"] = C.fake.get("f4f", 0) + max(0.0, alive[-1])
    C.recent["f4f"] = C.recent.get("f4f", 0) + recent
    C.churn_A = A_mean


def _following_series(C):
    r = C.r
    D = C.D
    arch = C.arch
    if arch == "celebrity_low_er":
        g0 = int(_ln(r, math.log(120), 0.8))
    elif C.tier == "koc":
        g0 = int(_ln(r, math.log(min(C.F_org, 400)), 0.6))
    else:
        g0 = int(_ln(r, math.log(280), 0.9))
    lam = r.uniform(0.02, 1.0)
    fs = np.zeros(D)
    cur = float(g0)
    fb = r.uniform(0.1, 0.7) if "followback" in C.sec else 0.0
    real_total = C.org + C.ev
    for d in range(D):
        cur += _poisson(r, lam)
        if r.random() < 0.004:
            cur *= r.uniform(0.7, 0.95)  # tidy-up
        if fb and d > 0:
            inc = real_total[d] - real_total[d - 1]
            if inc > 0:
                cur += inc * fb * _ln(r, 0, 0.3)
        fs[d] = cur
    if "follow_churn" in C.fr:
        fs = fs + C.following_add
    fs = np.clip(fs, 0, C.fcap)
    C.following = fs
    # purge applies to everything (bots organically in the audience + bought)
    tot = C.org + C.ev + C.fake_series
    if C.purge_day is not None:
        pd = C.purge_day
        drop = tot[pd] * C.purge_frac
        C.purged_amb = drop
        tot = tot.copy()
        tot[pd:] -= drop
    C.total = np.maximum(tot, 0)


# ----------------------------------------------------------------------------------------
# engagement
# ----------------------------------------------------------------------------------------


def _engagement(C):
    r = C.r
    P = C.P
    plat = C.plat
    real = C.org + C.ev
    D = C.D
    C.show_views_rec = r.random() < P["views"]
    for p in C.posts:
        d = p["day"] - C.start_day
        Freal = real[_clip(d, 0, D - 1)]
        Freal += C.fake.get("f4f", 0) * 0.05  # f4f followers barely engage
        reach = Freal * P["reach"] * C.tmult * C.reach_f * p["vir"] + C.floor * _ln(r, 0, 0.3)
        if p["fmt"] == "live":
            reach *= 0.5
        if p["spons"]:
            reach *= r.uniform(0.5, 0.9)
        tau = P["tau"] * _ln(r, 0, 0.3)
        sat = 1 - math.exp(-max(p["age_h"], 0.1) / tau)
        views = reach * sat
        likes = views * C.lpv * p["ln"]
        comments = likes * C.cpl * p["cn"]
        shares = likes * C.spl * p["sn"]
        saves = likes * C.svl * p["vn"]
        if p["promo"] > 1:
            m = p["promo"]
            ev = views * (m - 1)
            views += ev
            k = r.uniform(0.35, 0.8)  # paid reach is less engaged
            likes += ev * C.lpv * k * p["ln"]
            comments += ev * C.lpv * k * C.cpl * r.uniform(0.4, 0.9) * p["cn"]
            shares += ev * C.lpv * k * C.spl * r.uniform(0.5, 1.2)
            saves += ev * C.lpv * k * C.svl * r.uniform(0.5, 1.2)
        if p["give"]:
            gm = p["give_m"]
            likes *= r.uniform(1.5, 4)
            comments = comments * gm + r.uniform(20, 200)
            shares *= gm * (3 if plat == "weibo" else 1)
        likes += getattr(C, "prem_likes", 0) * r.uniform(0.3, 1.2)
        p["views_o"] = views
        p["likes_o"] = max(0.0, likes)
        p["comments_o"] = max(0.0, comments)
        p["shares_o"] = max(0.0, shares)
        p["saves_o"] = max(0.0, saves)
        p["coins_o"] = likes * r.uniform(0.15, 0.5) if plat == "bilibili" else 0
        p["danmaku_o"] = views * r.uniform(0.001, 0.01) if plat == "bilibili" else 0
        p["b_likes"] = 0.0
        p["b_views"] = 0.0
        p["b_shares"] = 0.0
        p["b_saves"] = 0.0
        p["b_coins"] = 0.0
        p["add_c"] = {}  # fraud comment kind -> count


def _delivered(age_h, start_h, dur_h):
    if age_h <= start_h:
        return 0.0
    return min(1.0, (age_h - start_h) / max(dur_h, 0.1))


def _select_posts(C, frac, strategy):
    r = C.r
    posts = C.posts
    n = max(1, round(len(posts) * frac))
    if strategy == "recent":
        return posts[-n:]
    if strategy == "sponsored":
        sp = [p for p in posts if p["spons"]]
        rest = [p for p in posts if not p["spons"]]
        r.shuffle(rest)
        return (sp + rest)[:n]
    return r.sample(posts, n)


PACKAGES = [
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
    30000,
    50000,
    100000,
    200000,
]


def _round_pkg(x):
    best = PACKAGES[0]
    for pk in PACKAGES:
        if abs(math.log(pk) - math.log(max(x, 1))) < abs(math.log(best) - math.log(max(x, 1))):
            best = pk
    return best


def _bought_likes(C, u):
    r = C.r
    P = C.P
    frac = _clip(_lerp(0.25, 1.0, u) * r.uniform(0.8, 1.2), 0.15, 1.0)
    strat = _wpk(r, [("recent", 0.4), ("sponsored", 0.25), ("random", 0.35)])
    sel = _select_posts(C, frac, strat)
    mult = _lerp(0.4, 6.0, u) * _ln(r, 0, 0.3)
    careful = r.random() < (1 - u) * 0.85
    C.bl_careful = careful
    pkg_mode = r.random() < _lerp(0.25, 0.75, u)
    med = sorted(p["likes_o"] for p in sel)[len(sel) // 2]
    pkg = _round_pkg(max(50, med * mult))
    jit = _lerp(0.25, 0.03, u)
    drip_h = _lerp(120, 2, u) * _ln(r, 0, 0.4)
    start_h = r.uniform(0.1, 6.0)
    match = r.uniform(0.3, 1.0) if careful else 0.0
    buy_views = P["views"] > 0 and (careful or r.random() < 0.3)
    buy_comments = careful and r.random() < 0.55
    for p in sel:
        b = pkg * _ln(r, 0, jit) if pkg_mode else max(30.0, p["likes_o"] * mult * _ln(r, 0, 0.3))
        frac_d = _delivered(p["age_h"], start_h, drip_h)
        b *= frac_d
        p["b_likes"] += b
        if match:
            p["b_shares"] += b * C.spl * match * r.uniform(0.6, 1.3)
            p["b_saves"] += b * C.svl * match * r.uniform(0.6, 1.3)
            if C.plat == "bilibili":
                p["b_coins"] += b * 0.3 * match
        if buy_views:
            p["b_views"] += b / (C.lpv * r.uniform(0.7, 1.6))
        if buy_comments:
            n = int(b * C.cpl * r.uniform(0.2, 0.8) * match)
            if n > 0:
                p["add_c"]["paid"] = p["add_c"].get("paid", 0) + n
    C.paid_tim = (start_h, max(drip_h, 1.0))


def _bought_views(C, u):
    r = C.r
    frac = _clip(_lerp(0.3, 1.0, u) * r.uniform(0.8, 1.2), 0.15, 1.0)
    sel = _select_posts(C, frac, _wpk(r, [("recent", 0.5), ("random", 0.3), ("sponsored", 0.2)]))
    mult = _lerp(1.5, 15.0, u) * _ln(r, 0, 0.3)
    careful = r.random() < (1 - u) * 0.85
    lk = C.lpv * (r.uniform(0.2, 0.6) if careful else r.uniform(0.0, 0.05))
    drip_h = _lerp(96, 3, u) * _ln(r, 0, 0.4)
    start_h = r.uniform(0.1, 4.0)
    C.force_views = True
    for p in sel:
        base = max(p["views_o"], C.floor)
        b = base * (mult - 1) * _ln(r, 0, 0.25)
        if r.random() < 0.4 * u:
            b = _round_pkg(b) * _ln(r, 0, 0.05)
        b *= _delivered(p["age_h"], start_h, drip_h)
        p["b_views"] += b
        p["b_likes"] += b * lk
        if C.plat == "bilibili" and careful:
            p["b_coins"] += b * lk * 0.1


# ----------------------------------------------------------------------------------------
# comment planning
# ----------------------------------------------------------------------------------------


def _comment_plan(C):
    r = C.r
    fr = C.fr
    arch = C.arch
    posts = C.posts
    # genuine comment mix
    C.short_share = r.uniform(0.1, 0.35)
    C.long_p = r.uniform(0.03, 0.2) * (
        1.5
        if C.group in ("prod", "travel") or C.plat in ("bilibili", "youtube", "rednote")
        else 1.0
    )
    if arch == "short_praise_fans":
        C.short_share = r.uniform(0.45, 0.8)
    if arch == "celebrity_low_er":
        C.short_share = r.uniform(0.3, 0.6)
        C.star = C.nick
        C.slogan_share = r.uniform(0.1, 0.35)
    else:
        C.slogan_share = 0.0
    C.amb_spam = r.uniform(0.0, 0.012) * (3 if C.tier in ("mid", "macro", "mega") else 1)
    if C.plat in ("weibo", "douyin", "instagram"):
        C.amb_spam *= 1.5
    C.fbt_share = r.uniform(0.01, 0.05) if "followback" in C.sec else 0.0
    # fraud comment layers
    C.tim = {}
    if "bot_comments" in fr:
        u = fr["bot_comments"]
        sel = _select_posts(C, _clip(_lerp(0.3, 1.0, u) * r.uniform(0.8, 1.2), 0.2, 1), "random")
        pkgm = r.random() < 0.5
        for p in sel:
            base = max(3.0, p["comments_o"])
            n = base * _lerp(0.2, 4.0, u) * _ln(r, 0, 0.3)
            if pkgm:
                n = max(n, _pk(r, [10, 20, 30, 50]) * _lerp(0.5, 2, u))
            n *= _delivered(p["age_h"], 0.2, 6)
            p["add_c"]["bot"] = p["add_c"].get("bot", 0) + int(n)
        C.tim["bot"] = (_lerp(12, 0.2, u), _lerp(10, 0.2, u), 1 if u > 0.5 else r.randint(1, 3))
        C.bot_pool = r.sample(
            ZH_BOT if C.zh_aud else EN_BOT,
            min(len(ZH_BOT if C.zh_aud else EN_BOT), int(_lerp(30, 8, u))),
        )
        C.bot_authors = [None] * int(_lerp(400, 40, u))
    if "engagement_pod" in fr:
        u = fr["engagement_pod"]
        C.pod_mode = "exchange" if (C.zh_aud and r.random() < 0.55) else "pod"
        size = int(_lerp(8, 60, u) * _ln(r, 0, 0.2))
        C.pod_members = [_person(r, C, 0.0) for _ in range(max(5, size))]
        part = _lerp(0.4, 0.9, u)
        for p in posts:
            n = sum(1 for _ in range(len(C.pod_members)) if r.random() < part)
            if C.pod_mode == "exchange":
                n = int(n * r.uniform(0.6, 1.5))
            n = int(n * _delivered(p["age_h"], 0.0, 3))
            p["b_likes"] += n * r.uniform(0.9, 1.0)
            if C.plat in ("rednote", "douyin", "bilibili"):
                p["b_saves"] += n * r.uniform(0.3, 0.9)
            p["add_c"]["pod"] = p["add_c"].get("pod", 0) + int(n * r.uniform(0.6, 1.0))
        C.tim["pod"] = (0.6, 2.5 if C.pod_mode == "pod" else 18, 1) if u > 0.4 else (1.5, 8, 2)
    if "llm_comments" in fr:
        u = fr["llm_comments"]
        sel = _select_posts(
            C,
            _clip(_lerp(0.4, 1.0, u) * r.uniform(0.8, 1.2), 0.25, 1),
            _pk(r, ["recent", "sponsored", "random"]),
        )
        for p in sel:
            base = max(3.0, p["comments_o"])
            n = base * _lerp(0.15, 2.5, u) * _ln(r, 0, 0.35) + r.randint(2, 6)
            n *= _delivered(p["age_h"], 0.5, 12)
            p["add_c"]["llm"] = p["add_c"].get("llm", 0) + int(n)
        C.tim["llm"] = (_lerp(8, 0.3, u), _lerp(20, 0.4, u), 1 if u > 0.6 else r.randint(2, 4))
        C.llm_u = u
        C.llm_authors = [None] * int(_lerp(200, 25, u) * _ln(r, 0, 0.3))
        C.llm_likes_bought = u < 0.45 and r.random() < 0.5
    if getattr(C, "bl_careful", False):
        C.tim["paid"] = (C.paid_tim[0], min(48, C.paid_tim[1]), 2)
        C.paid_authors = [None] * r.randint(30, 200)
    if "follow_churn" in fr:
        u = fr["follow_churn"]
        C.churn_share = 0.0 if (u < 0.3 and r.random() < 0.6) else _lerp(0.02, 0.35, u)
        for p in posts:
            n = p["comments_o"] * C.churn_share / max(0.05, 1 - C.churn_share) * _ln(r, 0, 0.4)
            p["add_c"]["churn"] = p["add_c"].get("churn", 0) + int(n + (r.random() < C.churn_share))
        C.tim["churn"] = (3, 24, 3)
    if "lure_spam" in fr:
        u = fr["lure_spam"]
        for p in posts:
            n = max(2.0, p["comments_o"]) * _lerp(0.15, 2.0, u) * _ln(r, 0, 0.4)
            p["add_c"]["lure"] = p["add_c"].get("lure", 0) + int(n)
        C.tim["lure"] = (_lerp(10, 0.5, u), _lerp(40, 3, u), r.randint(1, 3))
        C.lure_authors = [None] * int(_lerp(60, 8, u))
        C.lure_u = u


# ----------------------------------------------------------------------------------------
# comment texts
# ----------------------------------------------------------------------------------------


def _emo(r, C):
    if C.zh_aud:
        if C.plat == "rednote" and r.random() < 0.4:
            return _pk(r, RN_BRK)
        if (
            C.plat in ("douyin", "weibo", "bilibili", "kuaishou", "wechat_channels")
            and r.random() < 0.4
        ):
            return _pk(r, ZH_BRK)
        return _pk(r, ZH_EMO)
    return _pk(r, EN_EMO)


def _zh_genuine(r, C, p):
    it = _pk(r, p["items_zh"])
    x = r.random()
    ss = C.short_share
    if x < ss:
        s = _pk(r, ZH_SHORT)
        y = r.random()
        if y < 0.25:
            s += _emo(r, C) * r.randint(1, 3)
        elif y < 0.5:
            s += _pk(r, ZH_END)
        return s
    x = (x - ss) / (1 - ss)
    if r.random() < C.long_p:
        return _zh_long(r, C, p)
    if x < 0.06:
        return "".join(_emo(r, C) for _ in range(r.randint(1, 4)))
    if x < 0.17:
        if r.random() < 0.35:
            return "哈" * r.randint(3, 14) + (_pk(r, ZH_END) if r.random() < 0.3 else "")
        return _pk(r, ZH_REACT) + _pk(r, ZH_END) + (_emo(r, C) if r.random() < 0.3 else "")
    g = C.group
    if x < 0.33:
        return (
            _pk(r, ZH_PREFIX)
            + _pk(r, ZH_Q_G[g]).format(it=it)
            + (_pk(r, ["", "？", "?", "～", "呀"]) if r.random() < 0.4 else "")
        )
    if x < 0.48:
        return _pk(r, ZH_EXP_G[g]).format(it=it, op=_pk(r, ZH_OP_G[g]), n=r.randint(1, 12)) + _pk(
            r, ZH_END
        )
    if x < 0.55:
        return _pk(r, ZH_CRIT).format(it=it)
    if x < 0.62:
        return _pk(r, ZH_REQ).format(it=it, cw=C.cw) + _pk(r, ZH_END)
    if x < 0.67:
        return _pk(r, ZH_MEN).format(nm=_person(r, C))
    if x < 0.72 and p["fmt"] == "video":
        s = int(r.uniform(3, C.vid_len))
        return _pk(r, ZH_TS).format(ts=f"{s // 60}:{s % 60:02d}")
    if x < 0.8:
        return _pk(r, ZH_STORY).format(
            op2=_pk(r, ZH_OP2),
            af=_pk(r, ZH_AF),
            rel=_pk(r, ZH_REL),
            who=_pk(r, ZH_WHO),
            op=_pk(r, ZH_OP_G[g]),
            city=_pk(r, ZH_CITY),
        )
    if x < 0.86:
        return _pk(r, ZH_AGREE) + _pk(r, ZH_END)
    if x < 0.9 and C.plat == "bilibili":
        return _pk(r, ZH_BILI)
    # a "specific" mixed comment: item + opinion + emoji
    s = (
        it
        + _pk(r, ["真的", "也太", "感觉", "看着就", "是不是", "居然", "好"])
        + _pk(r, ZH_ADJ_G[g])
    )
    return s + _pk(r, ZH_END) + (_emo(r, C) if r.random() < 0.3 else "")


def _en_genuine(r, C, p):
    it = _pk(r, p["items_en"])
    g = C.group
    x = r.random()
    ss = C.short_share
    if x < ss:
        s = _pk(r, EN_SHORT)
        y = r.random()
        if y < 0.35:
            s += " " + _emo(r, C) * r.randint(1, 3)
        elif y < 0.5:
            s += "!" * r.randint(1, 3)
        return s if r.random() < 0.6 else s.capitalize()
    x = (x - ss) / (1 - ss)
    if r.random() < C.long_p:
        return _en_long(r, C, p)
    if x < 0.07:
        s = "".join(_emo(r, C) for _ in range(r.randint(1, 4)))
    elif x < 0.2:
        s = _pk(r, EN_REACT).format(it=it)
    elif x < 0.36:
        s = _pk(r, EN_Q_G[g]).format(it=it)
    elif x < 0.5:
        s = _pk(r, EN_EXP_G[g]).format(it=it, op=_pk(r, EN_OP_G[g]), n=r.randint(2, 11))
    elif x < 0.57:
        s = _pk(r, EN_CRIT).format(it=it)
    elif x < 0.64:
        s = _pk(r, EN_REQ).format(it=it, cw=C.cw)
    elif x < 0.7:
        s = _pk(r, EN_MEN).format(nm=_en_user(r))
    elif x < 0.76 and p["fmt"] == "video":
        sec = int(r.uniform(3, C.vid_len))
        s = _pk(r, EN_TS).format(ts=f"{sec // 60}:{sec % 60:02d}")
    elif x < 0.84:
        s = _pk(r, EN_STORY).format(op=_pk(r, EN_OP_G[g]), who=_pk(r, EN_WHO), city=_pk(r, EN_CITY))
    elif x < 0.9:
        s = _pk(r, EN_AGREE)
    else:
        s = (
            it
            + " "
            + _pk(
                r, ["is so good", "looks amazing", "though", "omg", "is everything", "??", "tho 😭"]
            )
        )
    y = r.random()
    if y < 0.35:
        s = s.lower()
    elif y < 0.5:
        s = s[:1].upper() + s[1:]
    if r.random() < 0.2:
        s += " " + _emo(r, C)
    return s


def _genuine_text(r, C, p):
    if C.zh_aud:
        if not C.P["zh"] and r.random() < 0.3:
            return _en_genuine(r, C, p)
        return _zh_genuine(r, C, p)
    return _en_genuine(r, C, p)


def _llm_text(r, C, p):
    u = C.llm_u
    it = _pk(r, p["items"])
    casual = r.random() < _lerp(0.7, 0.1, u)
    if C.zh_aud:
        cs = LLM_ZH_C.get(C.plat, LLM_ZH_C["default"])
        kw = dict(c=_pk(r, cs), a=_pk(r, LLM_ZH_A), cw=C.cw, it=it, who=_pk(r, ZH_WHO))
        if casual:
            x = r.random()
            if x < 0.15 and C.cat not in ("comedy", "music"):
                s = _pk(r, LLMC_ZH_Q).format(**kw)
            elif x < 0.3:
                s = _pk(r, LLM_ZH_CASUAL).format(**kw)
            else:
                s = (
                    _pk(r, LLMC_ZH_OPEN).format(**kw)
                    + _pk(r, LLMC_ZH_PRED.get(C.cat, LLMC_ZH_PRED["default"]))
                    + _pk(r, LLMC_ZH_TAIL)
                )
        else:
            form = r.randint(0, 4)
            o = _pk(r, LLM_ZH_OPEN).format(**kw)
            m = _pk(r, LLM_ZH_MID).format(**kw)
            c = _pk(r, LLM_ZH_CLOSE)
            if form == 0:
                s = o + "，" + m + "。" + c
            elif form == 1:
                s = o + "！" + m + "，" + c
            elif form == 2:
                s = m + "，" + c
            elif form == 3:
                s = "作为一个" + C.cw + "爱好者，" + m + "。" + c
            else:
                s = o + "。" + c
        if r.random() < 0.35:
            s += _pk(r, LLM_EMO)
        return s
    kw = dict(c=_pk(r, LLM_EN_C), a=_pk(r, LLM_EN_A), cw=C.cw, it=it)
    if casual:
        x = r.random()
        if x < 0.15 and C.cat not in ("comedy", "music"):
            s = _pk(r, LLMC_EN_Q).format(**kw)
        elif x < 0.3:
            s = _pk(r, LLM_EN_CASUAL).format(**kw)
        else:
            s = (
                _pk(r, LLMC_EN_OPEN).format(**kw)
                + " "
                + _pk(r, LLMC_EN_PRED.get(C.cat, LLMC_EN_PRED["default"]))
                + _pk(r, LLMC_EN_TAIL)
            )
        return s[:1].upper() + s[1:] if r.random() < 0.6 else s
    form = r.randint(0, 3)
    o = _pk(r, LLM_EN_OPEN).format(**kw)
    m = _pk(r, LLM_EN_MID).format(**kw)
    c = _pk(r, LLM_EN_CLOSE)
    if form == 0:
        s = o + " " + m + ". " + c
    elif form == 1:
        s = o + " " + m + " — " + c[0].lower() + c[1:]
    elif form == 2:
        s = m + "! " + c
    else:
        s = o + " " + c
    return s


def _lure_text(r, C, p):
    it = _pk(r, p["items"])
    if C.zh_aud:
        s = _pk(r, LURE_ZH).format(v=_pk(r, LURE_V), code=_code(r), it=it)
        if r.random() < 0.3:
            s = _pk(r, ZH_SHORT) + "，" + s
        return s
    return _pk(r, LURE_EN).format(code=_code(r).replace(" ", ""), digits=_digits(r, 10), it=it)


def _kind_text(r, C, p, kind):
    zh = C.zh_aud
    if kind == "org":
        return _genuine_text(r, C, p)
    if kind == "slogan":
        return (
            _pk(r, ZH_SLOGAN).format(star=C.star, s=_pk(r, ZH_SLOGAN_S))
            if zh
            else _genuine_text(r, C, p)
        )
    if kind == "give":
        if r.random() < 0.2:
            return ("@" + _person(r, C) + " ") * r.randint(1, 3)
        s = _pk(r, ZH_GIVE if zh else EN_GIVE).format(it=_pk(r, p["items"]))
        return s
    if kind == "shout":
        return _pk(r, ZH_SHOUT if zh else EN_SHOUT).format(big=C.shout_big)
    if kind == "fbt":
        return _pk(r, ZH_FBT if zh else EN_FBT)
    if kind in ("amb", "lure"):
        return _lure_text(r, C, p)
    if kind == "bot":
        s = _pk(r, C.bot_pool)
        if r.random() < 0.15:
            s = s + s if len(s) < 4 else s
        return s
    if kind == "paid":
        return _pk(r, ZH_PAID if zh else EN_PAID) + (
            _pk(r, ["", "！", "～", "👍"]) if zh else _pk(r, ["", "!", " 👍", " 🙌"])
        )
    if kind == "pod":
        if zh:
            if C.pod_mode == "exchange" and r.random() < 0.6:
                return _pk(r, ZH_EXCH)
            return _pk(r, ZH_POD)
        return _pk(r, EN_POD_A) + " " + _pk(r, EN_POD_B)
    if kind == "llm":
        return _llm_text(r, C, p)
    if kind == "churn":
        return _pk(r, ZH_CHURN if zh else EN_CHURN)
    raise ValueError(kind)


# ----------------------------------------------------------------------------------------
# comment sampling
# ----------------------------------------------------------------------------------------


def _author(r, C, kind):
    if kind in ("org", "slogan", "fbt", "shout"):
        pool = C.aud_pool
        if pool and r.random() < C.repeat_p:
            # loyal fans: Zipf-like preference for early pool entries
            return pool[int(len(pool) * r.random() ** 2.2)]
        a = _person(r, C)
        pool.append(a)
        return a
    if kind == "give":
        if r.random() < 0.15 and C.aud_pool:
            return _pk(r, C.aud_pool)
        return _person(r, C, C.default_p * 0.6)
    if kind == "amb":
        return _lure_name(r, C)
    if kind == "lure":
        j = int(r.random() * len(C.lure_authors))
        if C.lure_authors[j] is None:
            C.lure_authors[j] = _lure_name(r, C)
        return C.lure_authors[j]
    if kind == "bot":
        j = int(r.random() * len(C.bot_authors))
        if C.bot_authors[j] is None:
            C.bot_authors[j] = _bot_name(r, C, _wpk(r, [(0, 0.6), (1, 0.15), (2, 0.1), (3, 0.15)]))
        return C.bot_authors[j]
    if kind == "pod":
        if C.pod_mode == "exchange" and r.random() < 0.7:
            return _person(r, C, 0.05)
        return _pk(r, C.pod_members)
    if kind == "llm":
        j = int(r.random() * len(C.llm_authors))
        if C.llm_authors[j] is None:
            C.llm_authors[j] = _person(r, C, 0.06)
        return C.llm_authors[j]
    if kind == "paid":
        j = int(r.random() * len(C.paid_authors))
        if C.paid_authors[j] is None:
            C.paid_authors[j] = _person(r, C, 0.25)
        return C.paid_authors[j]
    if kind == "churn":
        return _person(r, C, 0.03)
    raise ValueError(kind)


def _natural_delay_h(r):
    if r.random() < 0.7:
        return _ln(r, math.log(3.0), 1.3)
    return _ln(r, math.log(40), 1.2)


def _comment_time(r, C, p, kind, clusters):
    age = p["age_h"]
    if kind in C.tim:
        st, wd, nc = C.tim[kind]
        cl = clusters.get(kind)
        if cl is None:
            cl = [(st * _ln(r, 0, 0.5), wd * _ln(r, 0, 0.3)) for _ in range(nc)]
            clusters[kind] = cl
        s0, w = _pk(r, cl)
        dh = s0 + w * r.random()
    else:
        dh = _natural_delay_h(r)
        lt_h = ((p["ts"] + C.tz * HOUR) / HOUR + dh) % 24
        if 1.5 <= lt_h <= 6.5 and r.random() < 0.7:
            dh += r.uniform(3, 7)
    if dh >= age:
        dh = age * r.random() ** 1.5
    return p["ts"] + dh * HOUR


def _fmt_ts(C, ts):
    tz = timezone(timedelta(hours=C.tz))
    return datetime.fromtimestamp(int(ts), tz).isoformat()


def _comments(C, post_counts):
    """post_counts: list of (post, {kind: n_total}) -> sampled comment dicts."""
    r = C.r
    out: list[dict[str, Any]] = []
    C.aud_pool = []
    C.repeat_p = (
        r.uniform(0.05, 0.3) if C.tier in ("koc", "nano", "micro") else r.uniform(0.02, 0.12)
    )
    if C.arch in ("short_praise_fans", "celebrity_low_er"):
        C.repeat_p += 0.1
    total_c = sum(sum(k.values()) for _, k in post_counts)
    T = r.randint(100, 300) if r.random() < 0.9 else r.randint(300, 400)
    T = min(T, total_c)
    if T <= 0:
        return out, {}
    n = len(post_counts)
    cap = max(5, math.ceil(T / n * r.uniform(1.5, 3.5)))
    weights = [sum(k.values()) ** 0.75 for _, k in post_counts]
    ws = sum(weights) or 1.0
    alloc = [
        min(round(T * w / ws), cap, int(sum(k.values())))
        for w, (_, k) in zip(weights, post_counts, strict=False)
    ]
    # redistribute remainder
    rem = T - sum(alloc)
    guard = 0
    while rem > 0 and guard < 5:
        guard += 1
        for j, (_, k) in enumerate(post_counts):
            room = min(cap * 2, int(sum(k.values()))) - alloc[j]
            if room > 0 and rem > 0:
                add = min(room, rem)
                alloc[j] += add
                rem -= add
    sampled_per_post = {}
    for (p, kinds), m in zip(post_counts, alloc, strict=False):
        if m <= 0:
            sampled_per_post[p["pid"]] = 0
            continue
        kl = [(k, v) for k, v in kinds.items() if v > 0]
        tot = sum(v for _, v in kl)
        clusters: dict[str, list[tuple[float, float]]] = {}
        org_like_base = max(0.2, p["likes_o"] * 0.0025)
        cnt = 0
        for _ in range(m):
            x = r.random() * tot
            kind = kl[-1][0]
            for k, v in kl:
                x -= v
                if x <= 0:
                    kind = k
                    break
            text = _kind_text(r, C, p, kind)
            author = _author(r, C, kind)
            ts = _comment_time(r, C, p, kind, clusters)
            if kind in ("org", "slogan", "give", "shout", "fbt"):
                lk = int(org_like_base * _ln(r, 0, 1.7)) if r.random() < 0.85 else 0
                if kind == "slogan":
                    lk = int(lk * r.uniform(1, 5))
            elif kind == "bot":
                lk = 0 if r.random() < 0.9 else r.randint(1, 2)
            elif kind == "pod":
                lk = r.randint(0, 5)
            elif kind == "llm":
                lk = (
                    r.randint(3, 40)
                    if C.llm_likes_bought
                    else (0 if r.random() < 0.6 else r.randint(1, 3))
                )
            elif kind == "lure":
                lk = (
                    int(_ln(r, math.log(30), 1.0))
                    if (C.lure_u > 0.6 and r.random() < 0.3)
                    else r.randint(0, 3)
                )
            elif kind == "amb":
                lk = r.randint(0, 2)
            else:
                lk = 0 if r.random() < 0.6 else r.randint(1, 6)
            c = {
                "post_id": p["pid"],
                "author": author[:200],
                "text": text[:5000],
                "posted_at": ts,
                "likes": lk,
            }
            out.append(c)
            cnt += 1
            # creator replies
            rp = C.reply_p * (0.4 if kind in ("bot", "llm", "amb", "lure", "paid") else 1.0)
            if kind == "churn":
                rp = 0.5
            if r.random() < rp and cnt < m:
                zh = C.zh_aud
                if kind == "churn":
                    rt = _pk(r, ZH_CHURN_REPLY if zh else EN_CHURN_REPLY)
                elif kind == "fbt":
                    rt = _pk(r, ["不客气～", "❤️", "谢谢关注！"] if zh else ["❤️", "of course!"])
                else:
                    rt = _pk(r, ZH_REPLY if zh else EN_REPLY)
                    if "{it}" in rt:
                        rt = (
                            rt.format(it=_pk(r, p["items"]))
                            if C.group == "prod"
                            else _pk(
                                r,
                                ["哈哈哈哈", "谢谢！", "❤️"] if zh else ["haha", "thank you!", "❤️"],
                            )
                        )
                rts = min(C.asof_ts - 30, ts + _ln(r, math.log(2.0), 1.2) * HOUR)
                out.append(
                    {
                        "post_id": p["pid"],
                        "author": C.nick[:200],
                        "text": rt,
                        "posted_at": rts,
                        "likes": int(org_like_base * _ln(r, 0.5, 1.2)),
                        "from_creator": True,
                    }
                )
                cnt += 1
            if cnt >= m:
                break
        sampled_per_post[p["pid"]] = cnt
    for c in out:
        c["posted_at"] = _fmt_ts(C, c["posted_at"])
    return out, sampled_per_post


# ----------------------------------------------------------------------------------------
# follower sample
# ----------------------------------------------------------------------------------------


def _follower_sample(C):
    r = C.r
    arch = C.arch
    S = r.randint(50, 200)
    # genuine base composition
    zhp = C.P["zh"]
    comp = {
        "active": r.uniform(0.35, 0.6),
        "lurker": r.uniform(0.2, 0.45) * (1.3 if zhp else 1.0),
        "dormant": r.uniform(0.05, 0.22),
        "ambot": r.uniform(0.01, 0.07),
        "creator": r.uniform(0.005, 0.04),
    }
    if arch == "inactive_audience":
        comp["dormant"] = r.uniform(0.35, 0.6)
        comp["lurker"] *= 1.2
        comp["ambot"] *= 1.5
    if arch == "celebrity_low_er":
        comp["dormant"] = r.uniform(0.3, 0.5)
        comp["ambot"] = r.uniform(0.05, 0.15)
        comp["lurker"] *= 1.3
    if C.purge_day is not None:
        comp["ambot"] *= 0.3
    tot = sum(comp.values())
    F_end = max(1.0, float(C.total[-1]))
    real_end = max(1.0, F_end - sum(C.fake.values()) - C.lottery - C.real_new)
    counts = {k: v / tot * real_end for k, v in comp.items()}
    counts["lottery"] = counts.get("lottery", 0) + C.lottery
    counts["newfan"] = counts.get("newfan", 0) + C.real_new
    if C.plat == "weibo" and C.tier in ("mid", "macro", "mega"):
        counts["lottery"] += real_end * r.uniform(0.0, 0.03)
    for k, v in C.fake.items():
        counts[k] = counts.get(k, 0) + max(0.0, v)
    if "engagement_pod" in C.fr:
        counts["pod"] = min(len(C.pod_members), F_end * 0.5)
    if "lure_spam" in C.fr:
        counts["lure"] = F_end * _lerp(0.02, 0.15, C.fr["lure_spam"])
    if "llm_comments" in C.fr and r.random() < 0.5:
        counts["farm"] = F_end * _lerp(0.005, 0.05, C.fr["llm_comments"])
    # sample is the newest followers sometimes
    C.sample_recent = r.random() < 0.35
    if C.sample_recent:
        rc = dict(C.recent)
        org_recent = rc.pop("org", 0.0)
        rec = {k: v / tot * org_recent for k, v in comp.items() if k != "dormant"}
        for k, v in rc.items():
            rec[k] = rec.get(k, 0) + v
        rs = sum(rec.values())
        cs = sum(counts.values())
        if rs > 0:
            mix = {}
            for k in sorted(set(counts) | set(rec)):
                mix[k] = 0.3 * counts.get(k, 0) / cs + 0.7 * rec.get(k, 0) / rs
            counts = mix
    items = [(k, v) for k, v in counts.items() if v > 0]
    out = []
    for j in range(S):
        kind = _wpk(r, items)
        out.append(Acct.make(kind, C, r, j))
    return out


# ----------------------------------------------------------------------------------------
# assemble
# ----------------------------------------------------------------------------------------


def _round_display(C, x):
    x = int(max(0, round(x)))
    if C.plat == "youtube" and x >= 1000:
        e = math.floor(math.log10(x)) - 2
        return int(round(x / 10**e) * 10**e)
    if C.round_wan and x >= 100000:
        return int(round(x / 1000.0) * 1000)
    return x


def _handle(r, C):
    if C.P["zh"] or C.zh_aud:
        h = (
            _pk(r, PINYIN)
            + _pk(r, ["", "_", "."])
            + _pk(r, PINYIN)
            + (_digits(r, r.randint(0, 4)) if r.random() < 0.5 else "")
        )
        if r.random() < 0.3:
            h += "_" + C.cat[:4]
        return h
    return _en_user(r) + (
        _pk(r, ["", "", "_" + C.cat[:5], "tv", "official", "creates"]) if r.random() < 0.5 else ""
    )


def _assemble(C):
    r = C.r
    P = C.P
    plat = C.plat
    C.round_wan = P["zh"] and r.random() < 0.3
    handle = C.handle
    acct_prefix = _alnum(r, 3)
    ctr = [0]

    def acct_id(rr):
        ctr[0] += 1
        if plat in ("douyin", "kuaishou", "weibo", "bilibili", "tiktok", "instagram"):
            return _digits(rr, rr.choice((9, 10, 11, 12)))
        if plat == "rednote":
            return f"{int(rr.random() * 16**12):012x}{int(rr.random() * 16**12):012x}"
        if plat == "youtube":
            return "UC" + "".join(
                "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"[
                    int(rr.random() * 64)
                ]
                for _ in range(22)
            )
        return acct_prefix + _alnum(rr, 10) + str(ctr[0])

    C.acct_id = acct_id

    as_of = _fmt_ts(C, C.asof_ts)
    F_end = _round_display(C, C.total[-1])
    following_end = int(round(C.following[-1]))  # noqa: RUF046 (operand may be a NumPy scalar)
    # profile
    prof = {"followers": F_end, "following": following_end}
    tot_posts = len(C.posts) + int(
        _ln(C.r, math.log(max(1, (C.asof_day - C.created_day) / 7 * 1.5)), 0.7)
    )
    prof["posts"] = tot_posts
    verified = {"koc": 0.0, "nano": 0.02, "micro": 0.12, "mid": 0.4, "macro": 0.8, "mega": 0.97}[
        C.tier
    ]
    prof["verified"] = r.random() < verified
    prof["created_at"] = _dstr(C.created_day)
    zh = C.zh_aud
    bio = _creator_bio(r, C, C.cat)
    if r.random() < (0.2 if C.tier in ("koc", "nano") else 0.6):
        bio += _pk(r, ["\n", " | ", " "]) + _pk(r, BIZ_ZH if zh else BIZ_EN).format(
            mail=_pk(r, PINYIN) + _digits(r, r.randint(0, 4)) + "@" + _pk(r, PLAT_BIZ_MAIL),
            wx=_pk(r, PINYIN) + _pk(r, PINYIN) + _digits(r, 3),
        )
    if "follow_churn" in C.fr and C.fr["follow_churn"] > 0.55 and r.random() < 0.6:
        bio += " " + _pk(r, CHURN_BIO_ZH if zh else CHURN_BIO_EN)
    if "followback" in C.sec and r.random() < 0.3:
        bio += " " + _pk(
            r,
            ["关注我的都会回关哦", "粉丝都是家人"]
            if zh
            else ["I follow back my fans ❤️", "fans = family"],
        )
    if "lure_spam" in C.fr and C.fr["lure_spam"] > 0.5 and r.random() < 0.5:
        bio += "\n" + _lure_bio(r, C)
    if r.random() < 0.1:
        bio = ""
    if bio:
        prof["bio"] = bio
    prof["category"] = C.cat
    prof["country"] = (
        "CN"
        if P["zh"]
        else (
            _pk(r, ["TW", "MY", "SG", "HK", "US", "CA"])
            if zh
            else _pk(r, ["US", "US", "US", "GB", "CA", "AU", "PH", "IN", "DE", "BR"])
        )
    )
    if r.random() < 0.1:
        del prof["country"]
    if r.random() < 0.08:
        del prof["following"]

    # posts
    hide_likes = plat == "instagram" and r.random() < 0.08
    ks_unknown = plat == "kuaishou" and r.random() < 0.6
    show_sponsored = r.random() < 0.7
    show_views = C.show_views_rec or getattr(C, "force_views", False)
    post_counts = []
    for p in C.posts:
        kinds = {}
        oc = p["comments_o"]
        if p["give"]:
            kinds["give"] = oc * 0.75
            oc *= 0.25
        if C.slogan_share:
            kinds["slogan"] = oc * C.slogan_share
            oc *= 1 - C.slogan_share
        amb = oc * C.amb_spam * (3 if (p is C.viral_post or p["promo"] > 1) else 1)
        if amb > 0:
            kinds["amb"] = amb
        if C.fbt_share:
            kinds["fbt"] = oc * C.fbt_share
        if C.shout_day is not None and 0 <= p["day"] - C.shout_day <= 10:
            kinds["shout"] = oc * r.uniform(0.03, 0.12)
        kinds["org"] = oc
        for k, v in p["add_c"].items():
            kinds[k] = kinds.get(k, 0) + v
        # integerise
        ik = {}
        for k, v in kinds.items():
            n = int(v) + (1 if r.random() < (v - int(v)) else 0)
            if n > 0:
                ik[k] = n
        post_counts.append((p, ik))
    include_comments = r.random() < 0.95
    comments, per_post = ([], {})
    if include_comments:
        comments, per_post = _comments(C, post_counts)

    posts_out = []
    for p, ik in reversed(post_counts):  # newest first
        likes = int(round(p["likes_o"] + p["b_likes"]))  # noqa: RUF046 (operand may be a NumPy scalar)
        ncom = sum(ik.values())
        ncom = max(ncom, per_post.get(p["pid"], 0))
        q = {
            "post_id": p["pid"],
            "posted_at": _fmt_ts(C, p["ts"]),
            "format": p["fmt"],
            "likes": likes,
            "comments": ncom,
        }
        if hide_likes:
            q["likes"] = 0
            q["likes_unknown"] = True
        if ks_unknown:
            q["comments"] = per_post.get(p["pid"], 0)
            q["comments_unknown"] = True
        if P["spl"] is not None:
            q["shares"] = int(round(p["shares_o"] + p["b_shares"]))  # noqa: RUF046 (operand may be a NumPy scalar)
        if P["svl"] is not None:
            q["saves"] = int(round(p["saves_o"] + p["b_saves"]))  # noqa: RUF046 (operand may be a NumPy scalar)
        has_views = (
            show_views
            and (plat != "instagram" or p["fmt"] == "video")
            and (plat != "weibo" or p["fmt"] == "video")
        )
        if has_views:
            v = p["views_o"] + p["b_views"]
            q["views"] = int(round(max(v, likes * 1.05)))  # noqa: RUF046 (operand may be a NumPy scalar)
        if plat == "bilibili":
            q["coins"] = int(round(p["coins_o"] + p["b_coins"]))  # noqa: RUF046 (operand may be a NumPy scalar)
            q["danmaku"] = int(round(p["danmaku_o"]))  # noqa: RUF046 (operand may be a NumPy scalar)
        if show_sponsored:
            q["sponsored"] = bool(p["spons"])
        posts_out.append(q)

    rec = {
        "creator_id": f"{plat}:{handle}",
        "platform": plat,
        "handle": handle,
        "as_of": as_of,
        "profile": prof,
    }

    # history
    if r.random() < 0.8:
        hist = []
        with_following = r.random() < 0.75
        gappy = r.random() < 0.2
        weekly = gappy and r.random() < 0.35
        keep_p = r.uniform(0.4, 0.9)
        D = C.D
        tot = C.total
        noise_sd = r.uniform(0.0, 0.0004)
        for d in range(D):
            if d != D - 1:
                if weekly and (D - 1 - d) % 7 != 0:
                    continue
                if gappy and not weekly and r.random() > keep_p:
                    continue
            v = tot[d]
            if d != D - 1 and noise_sd:
                v *= 1 + r.gauss(0, noise_sd)
            h = {"date": _dstr(C.start_day + d), "followers": _round_display(C, v)}
            if d == D - 1:
                h["followers"] = F_end
            if with_following:
                h["following"] = int(round(C.following[d]))  # noqa: RUF046 (operand may be a NumPy scalar)
                if d == D - 1 and "following" in prof:
                    h["following"] = prof["following"]
            hist.append(h)
        rec["follower_history"] = hist
    elif r.random() < 0.15:
        k = r.randint(3, 60)
        k = min(k, C.D - 1)
        prof["followers"] = _round_display(C, C.total[-1 - k])
        prof["observed_at"] = _dstr(C.asof_day - k)

    rec["posts"] = posts_out
    if include_comments:
        rec["comments"] = comments
    if r.random() < 0.75:
        rec["follower_sample"] = _follower_sample(C)
    return rec


# ----------------------------------------------------------------------------------------
# public API
# ----------------------------------------------------------------------------------------


def generate(n: int, seed: int) -> Iterator[dict]:
    """Yield n labelled creator records; record i depends only on (seed, i)."""
    for i in range(int(n)):
        yield _build(int(seed), i)


def main(argv: list | None = None) -> int:
    ap = argparse.ArgumentParser(
        description="india_sim: labelled genuine/fraudulent creator simulator"
    )
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", type=str, default="-")
    a = ap.parse_args(argv)
    t0 = time.time()
    # not a `with`: f may be sys.stdout, which must stay open; a file is closed in `finally`
    f = sys.stdout if a.out == "-" else open(a.out, "w", encoding="utf-8")  # noqa: SIM115
    try:
        for rec in generate(a.n, a.seed):
            f.write(json.dumps(rec, ensure_ascii=False, separators=(",", ":")))
            f.write("\n")
    finally:
        if f is not sys.stdout:
            f.close()
    print(f"wrote {a.n} creators in {time.time() - t0:.1f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

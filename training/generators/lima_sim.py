"""lima: an independent, time-focused simulator of genuine and fraudulent creators.

Each record follows ``creator.schema.json`` plus ``label`` (1 = fraudulent, 0 = genuine) and
``archetype``. Record ``i`` depends only on ``(seed, i)``; platform-wide purge dates depend on
``seed`` alone, so every creator of one platform shares the same purge days.

Shares: each archetype's weight in GENUINE_ARCHETYPES / FRAUD_ARCHETYPES is its expected
percentage of all records (each table sums to 50); labels are balanced in pairs of records
(2k, 2k+1), drawn from (seed, k), so every run is half genuine, half fraud.

Genuine archetypes (about half the records):
    ordinary_nano, ordinary_micro, ordinary_mid, ordinary_macro -- ordinary creators by size;
    tiny_koc (10-15 posts, a few hundred to 3k followers, friends in the comments);
    viral_post (one post far above the rest and a follower surge after it);
    giveaway (a lucky-draw post: @-mentions and repeated entries, a surge, then unfollows);
    shoutout (a bigger account's mention: a follower step without an own engagement spike);
    platform_purge (a platform-wide bot purge removes a visible slice of organic junk);
    celebrity_low_er (millions of followers, very low engagement rate, fan-club comments
        that repeat copy-paste texts, many organic zombie followers);
    declining (followers and engagement fall; posting slows);
    rhythm_change (hiatus and return, cadence change, strong seasonality);
    brand_heavy (many sponsored posts that under-perform);
    spam_magnet (popular creator whose comments attract organic lure spam and bots).
Fraud archetypes (about half; each component has an intensity from subtle to blatant,
drawn from Beta(1.3, 1.9), so most fraud is cautious):
    bought_followers_burst, bought_followers_drip, bought_followers_premium
    ("real-looking" aged accounts), bought_followers_legacy (bought years ago, never again),
    bought_followers_repeat (small repeated purchases, seller refills after drops and purges),
    bought_likes (likes and often views / saves; all posts, recent posts only, sponsored posts,
    or a random subset), bot_comments (packages of generic comments from reused accounts,
    often only on recent posts), engagement_pod (comment pods / Chinese mutual-boost groups
    that start and stop), ai_praise (long, fluent machine-written praise from aged accounts),
    follow_churn (follow/unfollow cycles over weeks), lure_spam (the account funnels traffic
    to private channels: sockpuppet "resource" comments with disguised contacts, the
    creator's own "check your DMs" replies), and combinations named ``combo:a+b``.

Main assumptions:
    * Time is simulated daily over the whole span the record covers (up to ~3 years): an
      organic follower curve of one of several shapes (steady, slow build, plateau, decline,
      rise-and-fall, revival, flat) modulated by seasonality, festivals and posting activity,
      realised with over-dispersed Poisson gains and unfollows; events add kernels.
    * Bought followers never engage (premium "live" followers like a little), decay slowly,
      drop after delivery, are hit hard by purges, and are refilled by guaranteed sellers.
    * Engagement is driven by active real followers (sub-linear in size), platform norms,
      creator effects, post quality (heavy-tailed on algorithmic feeds) and post age.
    * Genuine audiences hold organic junk followers (more for bigger accounts), lurkers with
      default names, loyal regular commenters, short generic comments, emoji and mentions,
      and occasional organic spam; genuine texts come from a compositional grammar so they
      rarely repeat, fraud texts come from the small pools sellers really use.
    * Platform-wide purges (shared dates per platform and seed) remove organic junk and
      cheap bots, barely touch premium accounts; genuine creators lose their few bots too.
    * Follower histories (included ~80%) have missing days, scraper gaps, stale values and
      display rounding; follower samples (~75%) are random over the follower composition.
    * Exports: newest posts first; comments sampled per post (hot or newest order, sometimes
      only the latest posts); Kuaishou comment counts unknown; some Instagram likes hidden.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import TypeVar

import numpy as np

T_ = TypeVar("T_")

# --------------------------------------------------------------------------------------------
# Randomness
# --------------------------------------------------------------------------------------------


class Rng:
    """Per-record randomness: numpy for arrays, a seeded stdlib Random for fast scalars."""

    def __init__(self, *key: int) -> None:
        self.np = np.random.default_rng(list(key))
        self.py = random.Random(int(self.np.integers(0, 2**62)))

    def uniform(self, a: float, b: float) -> float:
        """Uniform float in [a, b]."""
        return self.py.uniform(a, b)

    def lognorm(self, median: float, sd: float) -> float:
        """Log-normal draw with the given median and log-sd."""
        return median * math.exp(self.py.gauss(0.0, sd))

    def chance(self, p: float) -> bool:
        """True with probability p."""
        return self.py.random() < p

    def pick(self, seq: Sequence[T_]) -> T_:
        """Uniform choice from a non-empty sequence."""
        return seq[int(self.py.random() * len(seq))]

    def weighted(self, pairs: Sequence[tuple[T_, float]]) -> T_:
        """Choice from (item, weight) pairs."""
        total = sum(w for _, w in pairs)
        x = self.py.random() * total
        for item, w in pairs:
            x -= w
            if x <= 0:
                return item
        return pairs[-1][0]

    def randint(self, a: int, b: int) -> int:
        """Integer in [a, b]."""
        return a + int(self.py.random() * (b - a + 1))

    def beta(self, a: float, b: float) -> float:
        """Beta draw."""
        return self.py.betavariate(a, b)

    def poisson(self, lam: float) -> int:
        """Poisson draw (numpy)."""
        return int(self.np.poisson(max(lam, 0.0)))

    def gauss(self, mu: float, sd: float) -> float:
        """Normal draw."""
        return self.py.gauss(mu, sd)


def lerp_log(lo: float, hi: float, x: float) -> float:
    """Geometric interpolation between lo and hi at x in [0, 1]."""
    return math.exp(math.log(lo) + (math.log(hi) - math.log(lo)) * x)


def _split(text: str) -> tuple[str, ...]:
    """Split a '|'-separated resource string."""
    return tuple(text.split("|"))


# --------------------------------------------------------------------------------------------
# Platforms
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Platform:
    """Norms of one platform: reach, rates per like, what an export shows."""

    name: str
    weight: float
    zh_share: float
    reach: float
    q_sd: float
    like_rate: float
    cpl: float
    share_rate: float
    save_rate: float
    views: str
    formats: tuple[tuple[str, float], ...]
    launch: int
    tau: float
    following_median: float
    following_cap: int


PLATFORMS: dict[str, Platform] = {
    p.name: p
    for p in (
        Platform(
            "douyin",
            0.17,
            1.0,
            2.0,
            1.05,
            0.045,
            0.035,
            0.12,
            0.10,
            "video",
            (("video", 0.84), ("image", 0.14), ("live", 0.02)),
            2016,
            0.6,
            150,
            10000,
        ),
        Platform(
            "kuaishou",
            0.08,
            1.0,
            1.8,
            1.0,
            0.035,
            0.05,
            0.05,
            0.0,
            "video",
            (("video", 0.95), ("image", 0.03), ("live", 0.02)),
            2013,
            0.8,
            100,
            10000,
        ),
        Platform(
            "rednote",
            0.14,
            1.0,
            0.8,
            0.95,
            0.18,
            0.09,
            0.04,
            0.45,
            "none",
            (("image", 0.66), ("video", 0.34)),
            2014,
            1.0,
            120,
            10000,
        ),
        Platform(
            "weibo",
            0.10,
            1.0,
            0.10,
            0.8,
            0.15,
            0.2,
            0.25,
            0.0,
            "video",
            (("text", 0.3), ("image", 0.45), ("video", 0.25)),
            2010,
            0.5,
            300,
            5000,
        ),
        Platform(
            "bilibili",
            0.07,
            1.0,
            1.3,
            0.9,
            0.06,
            0.035,
            0.08,
            0.25,
            "all",
            (("video", 0.95), ("text", 0.05)),
            2010,
            2.5,
            80,
            2000,
        ),
        Platform(
            "wechat_channels",
            0.04,
            1.0,
            0.6,
            0.8,
            0.10,
            0.07,
            0.35,
            0.0,
            "none",
            (("video", 0.9), ("live", 0.1)),
            2020,
            0.8,
            50,
            10000,
        ),
        Platform(
            "instagram",
            0.16,
            0.12,
            0.5,
            0.7,
            0.25,
            0.025,
            0.0,
            0.0,
            "video",
            (("image", 0.5), ("video", 0.5)),
            2011,
            0.7,
            600,
            7500,
        ),
        Platform(
            "tiktok",
            0.14,
            0.10,
            3.5,
            1.1,
            0.08,
            0.015,
            0.03,
            0.05,
            "all",
            (("video", 1.0),),
            2017,
            0.7,
            150,
            10000,
        ),
        Platform(
            "youtube",
            0.10,
            0.10,
            0.6,
            0.8,
            0.035,
            0.045,
            0.0,
            0.0,
            "all",
            (("video", 0.93), ("live", 0.07)),
            2006,
            3.0,
            0,
            0,
        ),
    )
}
CHINESE_PLATFORMS = ("douyin", "kuaishou", "rednote", "weibo", "bilibili", "wechat_channels")

# --------------------------------------------------------------------------------------------
# Lexicon: vertical vocabulary (zh items | aspects | places, en items | aspects | places)
# --------------------------------------------------------------------------------------------

_VERTICALS_RAW: dict[str, tuple[str, str, str, str, str, str]] = {
    "beauty": (
        "粉底液|口红|眼影盘|防晒|卸妆油|面霜|睫毛膏|腮红|精华|气垫|唇釉|散粉",
        "妆感|持妆|底妆|眼妆|色号|手法|配色|遮瑕|肤感",
        "专柜|免税店|直播间|屈臣氏|丝芙兰|海南",
        (
            "foundation|lipstick|eyeshadow palette|sunscreen|cleanser|moisturizer|mascara|blush"
            "|serum|concealer|lip oil|setting spray"
        ),
        (
            "blending|the undertone|longevity|the finish|the shade|your technique|the coverage"
            "|the glow"
        ),
        "Sephora|Ulta|the drugstore|Boots|duty free|Target",
    ),
    "fashion": (
        "大衣|牛仔裤|针织衫|包包|鞋子|裙子|卫衣|耳环|帽子|西装|冲锋衣|马面裙",
        "搭配|版型|配色|面料|尺码|风格|身材比例|叠穿",
        "优衣库|商场|淘宝|古着店|ZARA|杭州四季青",
        "coat|jeans|cardigan|bag|boots|dress|hoodie|earrings|blazer|sneakers|trench|scarf",
        "the fit|the color combo|the fabric|the sizing|the styling|the silhouette|the layering",
        "Zara|Uniqlo|the thrift store|Aritzia|H&M|Vinted",
    ),
    "food": (
        "火锅|奶茶|蛋糕|牛肉面|烤鱼|小笼包|螺蛳粉|咖啡|炸鸡|酸菜鱼|肠粉|煎饼果子",
        "火候|调料|口感|摆盘|做法|配方|汤底|刀工",
        "楼下|夜市|成都|长沙|顺德|西安|潮汕",
        (
            "pasta|ramen|sourdough|tacos|cheesecake|dumplings|curry|latte|fried chicken|pho"
            "|banana bread|birria"
        ),
        "the sauce|the texture|the seasoning|the plating|the recipe|the crust|the broth",
        "Trader Joe's|the farmers market|Costco|that place downtown|Chinatown|my local deli",
    ),
    "travel": (
        "民宿|机票|路线|攻略|酒店|古镇|雪山|海边|露营地|高铁|自驾|签证",
        "机位|行程|预算|光线|路线安排|季节|拍照角度",
        "大理|云南|新疆|三亚|西藏|重庆|日本|泰国|阿勒泰|川西",
        (
            "itinerary|hostel|flight|hike|hotel|road trip|beach|campsite|train ride|day trip"
            "|visa|ferry"
        ),
        "the views|the budget|the route|the lighting|the timing|the vibes|the drone shots",
        "Lisbon|Bali|Tokyo|Iceland|Banff|Mexico City|Seoul|Rome|Vietnam|Scotland",
    ),
    "tech": (
        "手机|耳机|平板|笔记本|相机|键盘|显示器|充电宝|手表|路由器|投影仪|扫地机",
        "续航|性能|屏幕|拍照|散热|系统|性价比|做工",
        "京东|官网|华强北|线下店|拼多多|闲鱼",
        (
            "phone|earbuds|tablet|laptop|camera|keyboard|monitor|power bank|smartwatch|router"
            "|projector|robot vacuum"
        ),
        (
            "battery life|performance|the screen|the camera|thermals|the software|value"
            "|build quality"
        ),
        "Best Buy|Amazon|the Apple store|eBay|Costco|Micro Center",
    ),
    "fitness": (
        "深蹲|普拉提|跑步|瑜伽|减脂餐|蛋白粉|哑铃|拉伸|帕梅拉|跳绳|硬拉|八段锦",
        "动作|姿势|强度|饮食|核心|呼吸|节奏|发力",
        "健身房|家里|公园|操场|楼下|小区",
        (
            "squats|pilates|running|yoga|meal prep|protein powder|dumbbells|stretching|HIIT"
            "|deadlifts|rucking|mobility work"
        ),
        "the form|the intensity|the core work|the breathing|the pacing|your split",
        "the gym|home|the park|the track|my garage|the rec center",
    ),
    "parenting": (
        "辅食|绘本|早教|纸尿裤|奶粉|婴儿车|安抚|哄睡|幼儿园|玩具|幼小衔接|英语启蒙",
        "方法|作息|耐心|语气|习惯|规律|沟通",
        "母婴店|社区|小区|医院|早教中心|游乐场",
        (
            "baby food|picture books|sleep training|diapers|formula|stroller|tantrums|daycare"
            "|toys|bedtime routine|potty training|car seat"
        ),
        "the routine|the patience|the schedule|the consistency|the tone|the approach",
        "Target|the library|the pediatrician|daycare|the playground|Costco",
    ),
    "pets": (
        "猫粮|猫砂|狗粮|逗猫棒|猫爬架|罐头|疫苗|驱虫|牵引绳|冻干|绝育|洗澡",
        "毛色|性格|体型|眼神|叫声|品种|毛量",
        "宠物店|宠物医院|小区|猫咖|救助站|楼下",
        (
            "cat food|litter|dog food|toy|cat tree|treats|vet visit|harness|grooming|crate"
            "|flea meds|puppy class"
        ),
        "the fur|the personality|the eyes|the zoomies|the breed|the ears|the little paws",
        "the shelter|the vet|the dog park|Petco|the rescue|the groomer",
    ),
    "gaming": (
        "原神|王者|英雄联盟|吃鸡|塞尔达|黑神话|蛋仔|Switch|Steam|星铁|金铲铲|永劫无间",
        "操作|走位|配队|剧情|画质|手感|意识|出装",
        "网吧|宿舍|直播间|服务器|国服|排位",
        (
            "Elden Ring|Zelda|Valorant|Minecraft|Fortnite|the new patch|Baldur's Gate|Switch"
            "|Steam Deck|Apex|Hades|Stardew"
        ),
        "the aim|the movement|the build|the story|the graphics|the game sense|the strat",
        "ranked|the lobby|the EU server|co-op|my squad|the speedrun",
    ),
    "finance": (
        "基金|定投|存款|理财|房贷|股票|保险|记账|副业|国债|公积金|黄金",
        "收益|风险|配置|复利|利率|思路|逻辑",
        "银行|支付宝|券商|公司|小区|老家",
        (
            "index funds|Roth IRA|savings|budget|mortgage|stocks|insurance|side hustle|bonds"
            "|credit card|HYSA|emergency fund"
        ),
        "the returns|the risk|the allocation|compound interest|the rate|the math|the logic",
        "my bank|Vanguard|Fidelity|work|the 401k|my credit union",
    ),
    "home": (
        "收纳|沙发|窗帘|地毯|装修|厨房|绿植|灯|书架|床品|洗碗机|衣柜",
        "配色|布局|采光|风格|质感|动线|空间利用",
        "宜家|家居城|淘宝|老房子|出租屋|新房",
        (
            "storage|sofa|curtains|rug|renovation|kitchen|plants|lamp|bookshelf|bedding"
            "|dishwasher|wardrobe"
        ),
        "the color palette|the layout|the lighting|the style|the textures|the use of space",
        "IKEA|HomeGoods|Target|the flea market|my rental|Facebook Marketplace",
    ),
    "lifestyle": (
        "vlog|日常|早餐|手账|咖啡|读书|出租屋|通勤|周末|独居|city walk|断舍离",
        "氛围|节奏|滤镜|心态|状态|生活感|审美|BGM",
        "北京|上海|杭州|家里|公司|深圳|成都",
        (
            "vlog|morning routine|journal|coffee|book|apartment|commute|weekend|self care"
            "|night routine|reset day|grocery haul"
        ),
        "the vibe|the pacing|the filter|the mindset|the aesthetic|the music|the editing",
        "NYC|London|home|the office|LA|Toronto|Melbourne",
    ),
    "entertainment": (
        "新剧|综艺|演唱会|新歌|MV|电影|舞台|路透|杂志|直播|花絮|新专辑",
        "演技|造型|唱功|舞台表现|状态|颜值|表情管理|台风",
        "剧组|现场|机场|后台|首映|发布会",
        (
            "the new show|the tour|the album|the single|the movie|the performance|the interview"
            "|the premiere|the shoot|the livestream|the music video|the docuseries"
        ),
        "the acting|the outfit|the vocals|the choreography|the energy|the visuals",
        "the set|the concert|the airport|backstage|the premiere|the red carpet",
    ),
}


@dataclass(frozen=True)
class Lex:
    """Vocabulary of one vertical in one language."""

    items: tuple[str, ...]
    aspects: tuple[str, ...]
    places: tuple[str, ...]


LEX: dict[str, dict[str, Lex]] = {
    v: {
        "zh": Lex(_split(raw[0]), _split(raw[1]), _split(raw[2])),
        "en": Lex(_split(raw[3]), _split(raw[4]), _split(raw[5])),
    }
    for v, raw in _VERTICALS_RAW.items()
}
VERTICAL_WEIGHTS: tuple[tuple[str, float], ...] = (
    ("beauty", 14),
    ("fashion", 11),
    ("food", 12),
    ("travel", 9),
    ("tech", 8),
    ("fitness", 7),
    ("parenting", 6),
    ("pets", 7),
    ("gaming", 8),
    ("finance", 5),
    ("home", 6),
    ("lifestyle", 10),
    ("entertainment", 3),
)

# Festivals that lift growth and engagement, per vertical: (month, day, width in days).
FESTIVALS: dict[str, tuple[tuple[int, int, int], ...]] = {
    "beauty": ((6, 18, 6), (11, 11, 8), (2, 14, 4)),
    "fashion": ((6, 18, 6), (11, 11, 8), (3, 20, 15)),
    "food": ((1, 29, 10), (9, 17, 5), (11, 25, 6)),
    "travel": ((5, 1, 6), (10, 2, 6), (7, 20, 25)),
    "tech": ((6, 18, 6), (11, 11, 8), (9, 15, 7)),
    "fitness": ((1, 5, 12), (5, 20, 20)),
    "parenting": ((6, 1, 5), (9, 1, 8)),
    "pets": ((11, 11, 8),),
    "gaming": ((7, 25, 25), (1, 29, 10)),
    "finance": ((1, 10, 12), (4, 10, 10)),
    "home": ((6, 18, 6), (11, 11, 8)),
    "lifestyle": ((1, 3, 8), (12, 24, 8)),
    "entertainment": ((1, 29, 6), (7, 15, 20)),
}

# --------------------------------------------------------------------------------------------
# Generic text pools
# --------------------------------------------------------------------------------------------

ZH_POOLS: dict[str, tuple[str, ...]] = {
    "t": _split(
        "昨天|上周|前几天|去年|上个月|刚刚|今天早上|周末|双十一的时候|过年回家的时候|之前"
        "|前年|国庆|618的时候|下班路上"
    ),
    "who": _split(
        "我妈|我老公|我男朋友|我闺蜜|我室友|我家娃|我同事|我姐|我奶奶|我们老板|我对象|我表妹|我爸"
    ),
    "adj": _split(
        "好看|实用|温柔|高级|舒服|治愈|清爽|有质感|自然|显白|好吃|划算|耐用|丝滑|惊艳"
        "|上头|出片|松弛"
    ),
    "neg": _split(
        "有点贵|很难买到|踩雷了|效果一般|有点拔干|用久了会油|有点卡|说明书看不懂"
        "|不太显色|有点腻|容易坏|味道有点冲|客服很慢"
    ),
    "feel": _split(
        "真的被种草了|心情好好|破防了|狠狠共鸣了|有被安慰到|笑出声|立马下单了|感动哭了"
        "|好羡慕|想立刻出发|学到了好多|决定明天就试试"
    ),
    "opinion": _split(
        "确实好用|没有想象中好|回购三次了|还在观望|跟博主说的一样|感觉一般般"
        "|性价比很高|用完皮肤都好了|有点后悔没早买"
    ),
    "opinion2": _split("比之前那个好|不如想象中|她很喜欢|有点踩雷|已经推荐给全家|再也不用别的了"),
    "opinion3": _split("很值|有点贵|闭眼入|可以冲|不太推荐|一般般"),
    "place_note": _split(
        "人巨多|风景绝了|消费有点高|建议工作日去|本地人表示还行|排队排了两小时|值得再去一次"
    ),
    "improve": _split("自然|淡|慢|细|简单|详细|大胆|收一收"),
    "skin": _split("干皮|油皮|混油|敏感肌|黄皮|梨形身材|小个子|新手"),
    "years": _split("两年|三年|一年多|好久|半年|五年"),
    "laugh": _split("哈哈哈哈|哈哈哈哈哈哈哈|hhhhh|笑死|救命哈哈哈|哈哈哈|绷不住了"),
    "react": _split("笑疯了|沉默了|说好真实|直接点了关注|问我要链接|说他也想要"),
    "sad": _split("😭|[流泪]|呜呜|…|😢|🥲"),
    "slang": _split("yyds|绝绝子|家人们谁懂啊|狠狠心动了|DNA动了|真的会谢|啊啊啊|好家伙|破防了"),
    "who_react": _split("他说想要|她已经下单了|他笑了半天|她说丑|他说学会了"),
    "role": _split("过来人|学生党|宝妈|上班族|打工人|新手|老用户|本地人"),
    "role_opinion": _split("真的很有用|建议再等等|说得太对了|这个坑我踩过|觉得还可以|真心推荐"),
    "result": _split("真的有用|翻车了|还不错|一般般|家人都夸|比预期好"),
    "region": _split(
        "广东|上海|北京|成都|杭州|东北|湖南|山东|福建|海外|武汉|西安|南京|重庆|苏州"
        "|厦门|云南|广西|河南|天津|青岛|长沙"
    ),
}
ZH_TAG_WORDS = _split("快看|你看这个|这不就是你|安排|冲|下次一起|哈哈哈|我们周末去")
EN_TAG_WORDS = _split("look|this is you|we need this|omg|lol|us|literally you|saturday?")
ZH_OPENERS = _split(
    "啊|emmm|讲真|说实话|天呐|哇|不是|真的|姐妹们|救命|呜呜|笑死|啊这"
    "|好家伙|其实|话说|等等|诶|我去|绝了"
)
EN_OPENERS = _split(
    "ok|wait|honestly|omg|lol|ngl|yo|hmm|okay so|not me|bruh|girl|dude|srsly|hold on|idk|tbh|aw"
)
EN_POOLS: dict[str, tuple[str, ...]] = {
    "t": _split(
        "yesterday|last week|a few days ago|last year|this morning|over the weekend"
        "|on black friday|last month|a while back|today"
    ),
    "who": _split(
        "mom|husband|boyfriend|best friend|roommate|sister|coworker|grandma|wife"
        "|partner|brother|dad"
    ),
    "adj": _split(
        "good|clean|underrated|gorgeous|cozy|practical|satisfying|elegant|smart"
        "|wholesome|crisp|effortless|chaotic"
    ),
    "neg": _split(
        "it broke after a month|it was way overpriced|not worth the hype|it pilled"
        "|it smelled weird|shipping took forever|it did nothing for me"
    ),
    "neg2": _split("is overrated|is mid at best|broke on me twice|isn't for everyone"),
    "opinion": _split(
        "it's holding up great|it's fine i guess|i'm obsessed|not sure yet"
        "|you're so right about it|kinda regret it|worth every penny"
    ),
    "opinion2": _split("loves it|swears by it|returned it|thinks it's overrated|uses it daily"),
    "place_note": _split(
        "it was packed|the views were insane|pricey but worth it"
        "|go on a weekday|locals know|we waited two hours"
    ),
    "improve": _split("subtle|slow|detailed|natural|simple|bold"),
    "skin": _split("skin type|budget|height|experience level|setup"),
    "years": _split("two years|three years|forever|like a year|6 months"),
    "laugh": _split("lmao|lol|LMAOOO|😂😂|hahaha|💀|im crying"),
    "react": _split("cannot stop laughing|felt so seen|both said same|are obsessed now"),
    "sad": _split("😭|🥲|:(|lol|😩"),
    "slang": _split("ngl|lowkey|highkey|not gonna lie|honestly|bestie|no bc|ok but|fr"),
    "who_react": _split(
        "they said it's a must|they already ordered one|they laughed so hard|they don't get it lol"
    ),
    "role": _split("nurse|teacher|new mom|student|beginner|former barista|local|dad of three"),
    "role_opinion": _split(
        "this is so accurate|i'd add one thing|this is spot on"
        "|please listen to her|this saved me|i learned this the hard way"
    ),
    "result": _split(
        "it actually worked|it was a disaster lol|not bad|my family loved it"
        "|way better than expected"
    ),
    "ord": _split("first|second|third|last|4th|5th"),
    "region": _split(
        "Texas|the UK|Canada|Australia|NYC|the Philippines|Ireland|Florida"
        "|Ohio|Chicago|Scotland|Singapore|Manila|Lagos|Mumbai|Seattle|Denver"
        "|Toronto|Sydney|Berlin"
    ),
}

ZH_TEMPLATES = _split(
    "请问{item}是哪家的呀|{item}链接有吗，找了好久|求{item}同款！|我{t}也买了{item}，{opinion}"
    "|{who}{t}用了{item}，说{opinion2}|{aspect}这块讲得好清楚，终于懂了|第{n}张的{aspect}绝了"
    "|{aspect}也太{adj}了吧|看完{feel}|{t}刷到的，{feel}|这个{place}我去过，{place_note}"
    "|{place}那边也能买到吗|感觉{aspect}可以再{improve}一点|{item}我踩过雷，{neg}，大家慎重"
    "|不同意，{item}其实{neg}|蹲一个{item}的详细测评|{item}多少钱呀|博主是{skin}吗，{item}适合我吗"
    "|关注你{years}了，{aspect}越来越好了|{laugh}{who}看了也{react}|这期视频我看了{n}遍"
    "|终于有人讲{aspect}了|刚好在纠结{item}，谢谢博主|{item}和{item2}哪个更好啊"
    "|我的{item}怎么没有这个效果{sad}|是我的错觉吗，{aspect}和上期不太一样|{slang}，{aspect}真的{adj}"
    "|想看{item}的后续|下期可以讲讲{item2}吗|这个{aspect}是怎么做到的，求教程"
    "|好久没更新了，还以为你不做了|给{who}看了，{who_react}|{region}的朋友集合！"
    "|在地铁上看的{laugh}|前面说{item}的那段好有用|一直在用{item}，{opinion}|作为{role}，{role_opinion}"
    "|{t}试了一下，{result}|{item}这个价位真的{opinion3}|{region}哪里能买到{item}啊"
    "|{aspect}好{adj}，是天生的吗|看了三遍才看懂{aspect}|评论区有没有用过{item}的|{item}保质期多久呀"
    "|上次你推荐的{item}{opinion}|{who}非要我也买{item}|这个{aspect}我学不会{sad}|先赞后看"
)
EN_TEMPLATES = _split(
    "where is the {item} from??|need a link to the {item} pls|i bought the same {item} {t}"
    " and {opinion}|my {who} has that {item} and {opinion2}|the {aspect} in the {ord} pic is"
    " unreal|ok but {aspect} is so {adj}|{laugh} my {who} and i {react}|been following for"
    " {years} and {aspect} keeps getting better|i've been to {place}, {place_note}|is the"
    " {item} worth it at that price?|i think {aspect} could be a bit more {improve}|tried the"
    " {item} {t}, {neg} tbh|respectfully, the {item} {neg2}|can you do a full review of the"
    " {item}?|what's your {skin}? wondering if the {item} works for me|watched this {n} times"
    " {laugh}|finally someone talks about {aspect}|was literally looking at {item} {t}, perfect"
    " timing|{item} or {item2}? can't decide|why doesn't my {item} look like this {sad}"
    "|{slang} {aspect} is {adj}|part 2 please!!|could you do {item2} next?|how did you get"
    " {aspect} like that|showed this to my {who}, {who_react}|anyone else from {region}?"
    "|watching this on my commute {laugh}|the bit about the {item} was so helpful|as a {role},"
    " {role_opinion}|tried it your way {t} and {result}|{item} at that price is wild"
    "|where in {region} can i get the {item}|{aspect} is {adj}, how long did this take"
    "|anyone here actually used the {item}?|your last {item} rec {opinion}|my {who} made me"
    " buy the {item} lol|i can't get {aspect} right {sad}|saving this for {t}"
    "|{slang} this is the only {item} content i trust|wait how old is the {item}?"
)
ZH_GENERIC = _split(
    "好看|太好看了|爱了爱了|绝了|冲|学到了|好喜欢|马住|mark|码住了|收藏了|蹲|蹲后续|好可爱"
    "|救命好可爱|太真实了|笑死|好家伙|催更|来了|沙发|前排|终于更新了|宝藏博主|好美|好棒|支持"
    "|好想要|种草了|哇|有被美到|牛|这也太好了|心动|好治愈|羡慕|求教程|我也想要|真不错|啊啊啊"
)
EN_GENERIC = _split(
    "love this|so good|obsessed|omg|this is it|yesss|need this|lol|dead 💀|saving this"
    "|first|wow|goals|iconic|no way|same|crying|stunning|this is so cute|literally me|ok wow"
    "|the best|yes!!|amazing|beautiful|so pretty|i love this|need|haha|cute"
)
EMOJI = _split("😍|🥰|❤️|💕|👍|👏|🔥|✨|😭|🤩|💯|🙌|😂|🤣|😆|🥺|💗|🌹|👍🏻|😘|🙏|💪|😋|👀")
PLATFORM_EMOTICONS: dict[str, tuple[str, ...]] = {
    "douyin": _split("[赞]|[比心]|[捂脸]|[呲牙]|[玫瑰]|[鼓掌]|[偷笑]|[666]|[流泪]|[送心]"),
    "kuaishou": _split("[赞]|[666]|[捂脸]|[玫瑰]|[鼓掌]|[爱心]|[笑哭]"),
    "rednote": _split("[哭惹R]|[派对R]|[赞R]|[害羞R]|[偷笑R]|[萌萌哒R]|[飞吻R]|[笑哭R]"),
    "weibo": _split("[doge]|[允悲]|[笑cry]|[心]|[赞]|[good]|[哈哈]|[泪]|[给力]"),
    "bilibili": _split("[doge]|[笑哭]|[妙啊]|[tv_微笑]|[打call]|[脱单doge]|[吃瓜]"),
    "wechat_channels": _split("[强]|[玫瑰]|[捂脸]|[呲牙]|[偷笑]|[爱心]|[鼓掌]"),
}

BOT_ZH = _split(
    "好看|太棒了|支持支持|赞赞赞|👍👍👍|真不错|学到了|优秀|666|已关注|好好看啊|喜欢|太美了"
    "|❤️❤️❤️|打卡|支持博主|厉害了|真好|不错不错|好棒|加油|很棒|漂亮|赞👍|写得真好|太赞了"
    "|大爱|哇塞|喜欢喜欢|棒棒哒"
)
BOT_EN = _split(
    "Nice!|Great post|Amazing 🔥|Love this|😍😍😍|Awesome content|Beautiful|Wow|Keep it up!"
    "|🔥🔥|Super cool|Great pic|Nice one 👍|So nice|Perfect|Cool|Great job|Love it ❤️"
    "|Amazing work|Nice shot|Wonderful|Excellent|Very nice|Gorgeous 😍|Fantastic"
)
BOT_ZH_TOPIC = _split(
    "这个{item}真不错|{aspect}好赞|博主的{item}好好看|已经下单同款{item}了|被种草了|{item}看起来好棒"
    "|{aspect}绝了|好喜欢这个{item}|很实用的分享|讲得很清楚"
)
BOT_EN_TOPIC = _split(
    "this {item} is so nice|love the {aspect}!|need this {item}|great {aspect} 👍|the {item}"
    " looks amazing|so helpful, thanks|great tips|really nice {item}|wow the {aspect}"
)
POD_ZH = _split(
    "来啦宝|支持宝子|已赞👍|好看宝，回我一下|互赞|已关注 求回关|宝子好棒|来踩踩|宝藏博主|冲冲冲"
    "|来了来了|已赞已藏|宝子太会了|姐妹好美|回访～|互助|点赞支持|来支持啦|已三连|互关互赞"
)
POD_EN = _split(
    "Love this!! 😍|So good 🙌|Obsessed with this|Yes!! 🔥🔥|This is everything ✨|Saving this!"
    "|Great tips 👏|Stunning 😍|Such a vibe ✨|Love your feed 💕|Gorgeous shot!|Absolutely"
    " love this|Beautiful as always 😍|Sooo good|Need this in my life|Amazing as always!"
    "|This is so inspiring 🙌|Wow wow wow|Love love love 💕|Perfection 👌"
)
AI_ZH = (
    _split(
        "这条内容真的太有价值了|非常用心的一期分享|看完这条真的收获满满|博主的分享总是这么专业"
        "|这是我最近看到最用心的内容|内容质量真的很高|真的是一期干货满满的分享|每次看博主的内容都很有启发"
        "|不得不说，博主真的很专业|认真看完了整期内容|这期的质量真的没话说|非常有深度的一期内容"
    ),
    _split(
        "对{aspect}的讲解非常细致|把{item}的{aspect}讲得清清楚楚|从{aspect}到{aspect2}都分析得非常到位"
        "|{item}的每一个细节都展示得很清晰|关于{aspect}的建议特别实用|对{item}的介绍既专业又易懂"
        "|{aspect}和{aspect2}的对比讲得特别透彻|能看出来博主在{item}上下了很多功夫"
        "|关于{item}的经验分享非常真诚|{aspect}的细节处理得恰到好处"
    ),
    _split(
        "受益匪浅，期待更多这样的干货分享！|已经收藏慢慢学习，感谢博主的用心付出！|真心推荐大家认真看完，绝对值得！"
        "|希望博主继续保持，期待下一期！|这样的内容真的值得更多人看到👍|感谢分享，支持博主继续创作✨"
        "|强烈推荐给正在纠结{item}的朋友们！|学到了很多实用的知识，感谢！|已关注，期待更多优质内容🌟"
        "|这样用心的博主真的不多了，加油！"
    ),
)
AI_ZH_CASUAL = (
    _split("说真的|看完真的很有感触|不得不说|这期真的|太喜欢这种分享了|一直在等这样的内容"),
    _split(
        "{aspect}的部分讲得特别清楚|{item}这个点我之前完全没想到|对{aspect}的理解一下子通透了"
        "|尤其是{item}那段，真的很实用|把{aspect}讲得又细又好懂"
    ),
    _split(
        "已经收藏了，慢慢消化～|马上去试试{item}！|期待下一期的分享呀|转给朋友们一起学习了"
        "|感谢博主，真的很用心"
    ),
)
AI_EN_CASUAL = (
    _split(
        "Honestly this is so helpful!|Okay this is genuinely great.|Not gonna lie, this"
        " changed how I think about it.|Love how clear this is!|This is such a good"
        " reminder."
    ),
    _split(
        "The {aspect} part was exactly what I needed.|I never thought about the {item} that"
        " way before.|Your take on {aspect} makes so much sense.|The tip about the {item}"
        " is gold."
    ),
    _split(
        "Saving this for later!|Definitely trying this with my {item} this week.|Sharing"
        " this with my friends!|Thanks for always sharing such useful stuff.|Can't wait"
        " for the next one!"
    ),
)
AI_EN = (
    _split(
        "What a thoughtful breakdown!|This is genuinely such valuable content.|Absolutely"
        " love the effort that went into this.|Such an insightful and well-presented post!"
        "|This is exactly the kind of content I needed today.|Truly impressive work here."
        "|I'm genuinely impressed by the quality of this post.|Such a refreshing and"
        " informative share!|This is beautifully put together.|Wow, what a valuable"
        " perspective."
    ),
    _split(
        "The way you explained {aspect} really resonated with me.|Your attention to detail"
        " on the {item} is truly impressive.|I especially appreciated the part about {aspect}"
        " — so helpful.|You made {aspect} feel so approachable and clear.|Your insights on"
        " the {item} and {aspect2} are spot on.|The level of detail on {aspect} here is"
        " outstanding.|Your passion for the {item} truly shines through.|It's clear how"
        " much thought went into {aspect} and {aspect2}.|The way you broke down the {item}"
        " is incredibly helpful."
    ),
    _split(
        "Thank you for sharing your knowledge with us! 🙌|Looking forward to more amazing"
        " content like this! ✨|Keep up the incredible work! 👏|This deserves so much more"
        " attention.|Can't wait to see what you share next! 💫|Thank you for always"
        " creating such meaningful content. 💖|Bookmarking this for future reference! 📌"
        "|You never disappoint! 🌟|Truly inspiring, thank you! 🙏"
    ),
)
LURE_ZH = _split(
    "想要资料的可以看我主页|需要的滴滴我|+{c} 领取|姐妹们我靠这个副业月入过万，私我|已私你了"
    "|有需要的来，看我头像|主页有惊喜|资料整理好了，评论区扣1发你|同城的可以来玩 看主页|扣1，私发"
    "|想要原图的私|免费送资料，关注后私信“资料”|{c} 有全套|高清资源在我这，滴滴|薇❤：{c}"
    "|我也是做这个的，有需要可以交流下|加{c}进群|看我简介，有福利|需要代购的可以滴滴|宝子们私我领"
)
LURE_EN = _split(
    "DM @{c} to get featured 🚀|Send pic to @{c} ✨|I earned $3,200 last week, check my bio"
    "|Hi! Love your page, DM us on @{c} for collab|Free followers 👉 link in bio|t.e.l.e.g.r.a.m"
    ": {c}|Comment GUIDE and I'll DM you the free pdf|Wh@tsApp me for details {c}|Check my page"
    " for the full guide 💰|Promote it on @{c}|I sent you a DM 💌|Who wants the free template?"
    " check my bio"
)
LURE_REPLY_ZH = _split("已私|看私信哦|私你了|主页有|已发，注意查收|戳我头像|看简介")
LURE_REPLY_EN = _split("Sent you a DM!|check DMs 💌|link in bio!|dm'd you|check your requests")
SPAM_ZH = _split(
    "关注我，每天分享好物|互关吗|有没有人互关|来我主页看看|求关注求关注|回关必回"
    "|我主页有同款|感兴趣的看我主页"
)
SPAM_EN = _split(
    "check out my page!|follow for follow?|f4f|love your page, check mine|sub4sub"
    "|visit my profile for more|promo? dm"
)
GIVEAWAY_ZH = _split(
    "参与|想要想要！|许愿🙏|选我选我|蹲中奖|转发了求中|求锦鲤|想要！！|参与抽奖"
    "|许愿中奖|从来没中过，这次求求了|好运来"
)
GIVEAWAY_EN = _split(
    "enter me 🙏|entered!|i'd love to win this!|done ✅|pick me pls|🤞🤞"
    "|would love this|never win anything lol|entered! good luck all"
)
FAN_ZH = _split(
    "{star}好帅|{star}我永远爱你|啊啊啊啊啊{star}|{item}什么时候上|{star}今天状态好好"
    "|永远支持{star}|{star}看看我|{star}早点休息|期待{item}|{star}的{aspect}绝了"
    "|姐姐好美|哥哥好帅|冲冲冲|爱你一万年|{star}辛苦啦"
)
FAN_EN = _split(
    "{star} ate this 🔥|i love you so much|MOTHER|slay|{star} please come to"
    " {region}|the {aspect} omg|can't wait for {item}|queen behavior|we love you"
    " {star}|{star} looking so good|notice me pls 🥺|legend"
)
VIRAL_ZH = _split(
    "从推荐刷到的|这是什么神仙视频|火了火了|评论区好热闹|第一次刷到你就关注了"
    "|{region}的我来打卡|看了好几遍|这条要火|被大数据推过来了|从热门过来的"
)
VIRAL_EN = _split(
    "this is on my fyp for a reason|here before it blows up|commenting for the"
    " algorithm|how does this only have this many likes|the algorithm brought me"
    " here|{region} checking in|this went viral for a reason|why is this so"
    " good"
)
REPLY_ZH = _split(
    "谢谢宝子❤️|哈哈哈是的|是的哦～|主页置顶有写|{item}是自己买的哈|下期安排|抱抱"
    "|对的！|下次试试|感谢喜欢～|哈哈哈被你发现了|好的好的|我也觉得|{item}在橱窗里"
    "|晚安～|你也是！|{item}是{place}买的|看个人哈，我是{skin}|哈哈哈哈哈|记下了"
    "|没错没错|在整理了|这个真的{adj}|谢谢支持|{aspect}下期细讲|确实{neg}"
    "|已经在拍了|{t}买的|啊啊谢谢|你说得对|好主意！"
)
REPLY_EN = _split(
    "thank you!!|haha yes|it's linked in my bio|glad it helped ❤️|next week!"
    "|omg thank you|you're the best|good eye lol|it's the {item}!|same honestly"
    "|noted for next time|love that!|got it from {place}|depends on your {skin}"
    "|hahaha|filming it now|yes!! {aspect} is everything|bought it {t}|so sweet"
    "|you're right lol|great idea!|ty!!|working on it|that's the one"
)
LURE_CONTACT_TEMPLATES = ("v{a}{d}", "{a}_{d}", "vx{d}", "{a}{d}x", "q{d}", "{a}.{a2}{d}")

# --------------------------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------------------------

ZH_ADJ = _split("爱吃|不想|快乐|温柔|迷路|熬夜|努力|佛系|躺平|元气|小小|会飞|认真|慢慢|酸甜|今天也")
ZH_NOUN = _split(
    "小猫|橘子|咸鱼|兔子|奶茶|星星|柠檬|小熊|鲸鱼|汽水|饺子|桃子|山竹|西瓜|云朵|土豆"
    "|小鹿|芒果|奶糖|月亮|豆包|糯米|椰子|小羊"
)
ZH_SUFFIX = _split("|的日常|酱|呀|同学|君|_|吖|本人|的小窝|爱分享|不加糖|在发呆")
ZH_SURNAME = _split("王|李|张|刘|陈|杨|黄|赵|周|吴|徐|孙|马|朱|胡|林|郭|何|高|罗")
ZH_GIVEN = _split("子|雨|欣|涵|轩|浩|宇|嘉|梓|若|晨|悦|一|可|思|文|博|佳|诗|明|琪|瑶|睿|安")
PINYIN = _split(
    "xiao|yu|li|chen|wang|zhang|lin|mei|jing|hao|yang|xin|yi|tian|ming|hui|fang"
    "|lei|jun|ting|qian|wen|jie|na|kai|rui|zi|han|xue|yan|momo|coco|kiki|yoyo"
)
EN_FIRST = _split(
    "emma|olivia|ava|mia|sophia|liam|noah|jake|mike|sarah|katie|jess|chris|alex"
    "|sam|lily|grace|ben|ella|zoe|maya|nina|leo|max|ryan|amber|chloe|dan|josh"
    "|hannah|tyler|megan|rachel|nick|claire|luke|tom|ruby|iris|sean"
)
EN_LAST = _split(
    "smith|nguyen|garcia|brown|lee|patel|kim|walker|lopez|clark|reyes|hall|young"
    "|khan|silva|murphy|chen|wright|scott|adams"
)
EN_WORD = _split(
    "eats|life|fit|travels|daily|style|home|studio|creates|reads|plays|cooks|lens"
    "|vibes|notes|journal|world|shop|diaries|makes|wanders|kitchen|club|lab"
)
FOREIGN = _split(
    "ana.silva|rizky|ahmad|dewi|fatima|olga|juan|lucas.oliveira|siti|putri"
    "|mohammed|aisha|bruno|gabriel|yulia|andrei|thiago|nur|ayu|karim|larissa"
)
DEFAULT_PREFIX: dict[str, str] = {
    "douyin": "用户",
    "kuaishou": "快手用户",
    "rednote": "小红薯",
    "weibo": "用户",
    "bilibili": "bili_",
    "wechat_channels": "微信用户",
    "instagram": "user",
    "tiktok": "user",
    "youtube": "user-",
}
_HEX = "0123456789ABCDEF"
_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"


def digits(r: Rng, n: int) -> str:
    """n random decimal digits (first non-zero)."""
    return str(r.py.randrange(10 ** (n - 1), 10**n))


def alnum(r: Rng, n: int, alphabet: str = _ALNUM) -> str:
    """n random characters from an alphabet."""
    return "".join(r.pick(alphabet) for _ in range(n))


def zh_nick(r: Rng) -> str:
    """A plausible Chinese nickname."""
    style = r.py.random()
    if style < 0.4:
        return r.pick(ZH_ADJ) + r.pick(ZH_NOUN) + r.pick(ZH_SUFFIX)
    if style < 0.55:
        return r.pick(("小", "阿", "大", "老")) + r.pick(ZH_GIVEN) + r.pick(ZH_SUFFIX)
    if style < 0.7:
        return r.pick(ZH_SURNAME) + r.pick(ZH_GIVEN) + r.pick(ZH_GIVEN)
    if style < 0.85:
        return (
            r.pick(PINYIN) + r.pick(PINYIN) + (digits(r, r.randint(2, 4)) if r.chance(0.5) else "")
        )
    return r.pick(ZH_NOUN) + r.pick(("Lily", "Momo", "Yuki", "Coco", "Amy", "Leo", "Kiki"))


def en_handle(r: Rng) -> str:
    """A plausible English-language handle."""
    style = r.py.random()
    first = r.pick(EN_FIRST)
    if style < 0.3:
        return first + r.pick((".", "_", "")) + r.pick(EN_WORD)
    if style < 0.55:
        return first + r.pick((".", "_", "")) + r.pick(EN_FIRST)[: r.randint(1, 5)]
    if style < 0.8:
        return first + digits(r, r.randint(2, 4))
    if style < 0.9:
        return "the." + first + "." + r.pick(EN_WORD)
    return r.pick(EN_WORD) + "with" + first


def default_name(r: Rng, platform: str) -> str:
    """The name an account keeps when the owner never edits it."""
    prefix = DEFAULT_PREFIX[platform]
    if platform == "rednote":
        return prefix + alnum(r, 8, _HEX)
    if platform == "youtube":
        return "@" + prefix + alnum(r, 10)
    return prefix + digits(r, r.randint(9, 11))


def person_name(r: Rng, lang: str, platform: str) -> str:
    """A commenter or follower name in the style of the platform."""
    if lang == "zh" or platform in CHINESE_PLATFORMS:
        return zh_nick(r)
    return en_handle(r)


def star_name(r: Rng, lang: str) -> str:
    """A celebrity's name."""
    if lang == "zh":
        return r.pick(ZH_SURNAME) + r.pick(ZH_GIVEN) + (r.pick(ZH_GIVEN) if r.chance(0.6) else "")
    return (
        r.pick(EN_FIRST).title()
        + " "
        + r.pick(("Lane", "Reyes", "Cole", "Park", "Vale", "Hart", "Stone", "Quinn"))
    )


def bot_name_factory(r: Rng, platform: str, lang: str) -> Callable[[], str]:
    """A seller batch's naming pattern: bots of one batch look alike."""
    style = r.pick(("default", "word_digits", "pinyin_digits", "letters", "foreign"))
    n_dig = r.randint(3, 8)
    if style == "default":
        return lambda: default_name(r, platform)
    if style == "word_digits":
        if lang == "zh" or platform in CHINESE_PLATFORMS:
            return lambda: r.pick(ZH_ADJ) + r.pick(ZH_NOUN) + digits(r, n_dig)
        return lambda: r.pick(EN_FIRST) + r.pick(("_", ".", "")) + digits(r, n_dig)
    if style == "pinyin_digits":
        return lambda: r.pick(PINYIN) + r.pick(PINYIN) + digits(r, n_dig)
    if style == "letters":
        n_let = r.randint(6, 10)
        return lambda: alnum(r, n_let, "abcdefghijklmnopqrstuvwxyz") + digits(r, 2)
    if platform in CHINESE_PLATFORMS:
        return lambda: r.pick(ZH_SURNAME) + r.pick(ZH_GIVEN) + digits(r, n_dig)
    return lambda: r.pick(FOREIGN) + r.pick(("_", ".", "")) + digits(r, n_dig)


# --------------------------------------------------------------------------------------------
# Voice: comment texts
# --------------------------------------------------------------------------------------------


class _Slots(dict):
    """A dict that draws a slot value the first time a template asks for it."""

    def __init__(self, fill: Callable[[str], str]) -> None:
        super().__init__()
        self._fill = fill

    def __missing__(self, key: str) -> str:
        value = self._fill(key)
        self[key] = value
        return value


class Voice:
    """Writes every kind of comment text for one creator (language, vertical, platform)."""

    def __init__(self, r: Rng, lang: str, platform: str, vertical: str, star: str) -> None:
        self.r = r
        self.zh = lang == "zh"
        self.lex = LEX[vertical][lang]
        self.pools = ZH_POOLS if self.zh else EN_POOLS
        self.emoticons = PLATFORM_EMOTICONS.get(platform, ()) if self.zh else ()
        self.star = star
        self.platform = platform
        self.lang = lang
        # Creator-specific habits of its audience.
        self.emoji_rate = r.uniform(0.08, 0.4)
        self.lower_rate = r.uniform(0.3, 0.85)

    def _fill(self, key: str) -> str:
        r = self.r
        if key in ("item", "item2"):
            return r.pick(self.lex.items)
        if key in ("aspect", "aspect2"):
            return r.pick(self.lex.aspects)
        if key == "place":
            return r.pick(self.lex.places)
        if key == "n":
            return str(r.randint(2, 9))
        if key == "star":
            return self.star
        if key == "c":
            return lure_contact(r)
        return r.pick(self.pools[key])

    def fill(self, template: str) -> str:
        """Fill a template's slots."""
        return template.format_map(_Slots(self._fill))

    def emoji(self, lo: int = 1, hi: int = 3) -> str:
        """A run of emoji or platform emoticons."""
        n = self.r.randint(lo, hi)
        if self.emoticons and self.r.chance(0.5):
            return "".join(self.r.pick(self.emoticons) for _ in range(n))
        if self.r.chance(0.4):
            return self.r.pick(EMOJI) * n
        return "".join(self.r.pick(EMOJI) for _ in range(n))

    def decorate(self, text: str) -> str:
        """Human noise: punctuation, emoji, case, stretched letters, small typos."""
        r = self.r
        if self.zh:
            u = r.py.random()
            if u < 0.25:
                text += r.pick(("！", "!!", "～", "。", "？", "…", "!!!", "啊", "呀"))
        else:
            if r.chance(self.lower_rate):
                text = text.lower()
            elif text:
                text = text[0].upper() + text[1:]
            if r.chance(0.2):
                text += r.pick(("!", "!!", "...", " lol", "?", " haha", "!!!"))
            if r.chance(0.04) and len(text) > 6:
                i = r.randint(1, len(text) - 3)
                text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
        if r.chance(self.emoji_rate):
            text += ("" if r.chance(0.5) else " ") + self.emoji()
        return text

    def substantive(self) -> str:
        """A specific, content-related comment (the grammar rarely repeats)."""
        r = self.r
        text = self.fill(r.pick(ZH_TEMPLATES if self.zh else EN_TEMPLATES))
        if r.chance(0.3):
            opener = r.pick(ZH_OPENERS if self.zh else EN_OPENERS)
            text = (
                opener + (r.pick(("，", "", " ", "！")) if self.zh else r.pick((" ", ", "))) + text
            )
        if r.chance(0.12):
            text += ("，" if self.zh else ", ") + self.fill(
                r.pick(ZH_TEMPLATES if self.zh else EN_TEMPLATES)
            )
        return self.decorate(text)

    def generic(self) -> str:
        """A short low-effort but human comment."""
        r = self.r
        base = r.pick(ZH_GENERIC if self.zh else EN_GENERIC)
        if self.zh and base.startswith("哈") is False and r.chance(0.1):
            base = "哈" * r.randint(3, 9)
        if r.chance(0.2):
            base = base + base[-1] * r.randint(1, 3)
        return self.decorate(base)

    def emoji_only(self) -> str:
        """Emoji-only comment."""
        return self.emoji(1, 5)

    def mention(self, friends: Sequence[str]) -> str:
        """A tag of one to three friends, sometimes with a word."""
        r = self.r
        tags = " ".join(
            "@" + r.pick(friends) for _ in range(r.randint(1, 3) if r.chance(0.3) else 1)
        )
        if r.chance(0.45):
            words = ZH_TAG_WORDS if self.zh else EN_TAG_WORDS
            return tags + " " + r.pick(words)
        return tags

    def viral(self) -> str:
        """A newcomer's comment on a post that went viral."""
        return self.decorate(self.fill(self.r.pick(VIRAL_ZH if self.zh else VIRAL_EN)))

    def giveaway(self, friends: Sequence[str]) -> str:
        """A giveaway entry: repeated short texts and @-mentions."""
        if self.r.chance(0.45):
            return self.mention(friends)
        text = self.r.pick(GIVEAWAY_ZH if self.zh else GIVEAWAY_EN)
        return text if self.r.chance(0.6) else self.decorate(text)

    def fan(self) -> str:
        """A fan's comment under a celebrity's post."""
        return self.decorate(self.fill(self.r.pick(FAN_ZH if self.zh else FAN_EN)))

    def reply(self, to: str) -> str:
        """The creator's reply to a commenter (exports often keep the 'reply @x:' prefix)."""
        r = self.r
        text = self.fill(r.pick(REPLY_ZH if self.zh else REPLY_EN))
        if r.chance(0.3):
            text += self.emoji(1, 2)
        if r.chance(0.35):
            text = ("回复@" + to + "：" if self.zh else "@" + to + " ") + text
        return text

    def spam(self) -> str:
        """Organic spam found under any popular post."""
        r = self.r
        if r.chance(0.5):
            return self.lure()
        return r.pick(SPAM_ZH if self.zh else SPAM_EN)

    def lure(self) -> str:
        """A disguised contact / resource lure."""
        return self.fill(self.r.pick(LURE_ZH if self.zh else LURE_EN))

    def lure_reply(self) -> str:
        """The lure creator's own pointer to a private channel."""
        return self.r.pick(LURE_REPLY_ZH if self.zh else LURE_REPLY_EN)

    def ai_praise(self, x: float) -> str:
        """Machine-written praise: fluent, positive, generic; subtle ones are casual."""
        r = self.r
        if r.chance(x):
            parts = AI_ZH if self.zh else AI_EN
        else:
            parts = AI_ZH_CASUAL if self.zh else AI_EN_CASUAL
        n_parts = 3 if r.chance(0.35 + 0.6 * x) else 2
        chosen = [r.pick(parts[0]), r.pick(parts[1])]
        if n_parts == 3:
            chosen.append(r.pick(parts[2]))
        elif r.chance(0.5):
            chosen = [chosen[1], r.pick(parts[2])]
        joiner = "" if self.zh else " "
        text = ""
        for template in chosen:
            piece = self.fill(template)
            if self.zh and text and not text.endswith(("！", "。", "，", "✨", "👍")):
                text += r.pick(("，", "！", "。"))
            text += (joiner if text else "") + piece
        return text

    def pod_habits(self) -> list[str]:
        """The few phrases one pod member keeps reusing."""
        pool = POD_ZH if self.zh else POD_EN
        return [self.r.pick(pool) for _ in range(self.r.randint(2, 5))]

    def bot_pool(self, x: float) -> list[str]:
        """The text pool of one comment seller; blatant sellers use few exact texts."""
        r = self.r
        base = BOT_ZH if self.zh else BOT_EN
        topic = BOT_ZH_TOPIC if self.zh else BOT_EN_TOPIC
        size = round(lerp_log(40, 6, x))
        pool = [r.pick(base) for _ in range(size)]
        if x < 0.6:
            pool += [self.fill(r.pick(topic)) for _ in range(int(size * (0.8 - x)))]
        return pool

    def bot(self, pool: Sequence[str], x: float) -> str:
        """A bought comment; cautious sellers vary the decoration."""
        text = self.r.pick(pool)
        if self.r.chance(0.5 * (1 - x)):
            text += self.emoji(1, 2) if self.r.chance(0.6) else self.r.pick(("!", "！", "~"))
        return text


def lure_contact(r: Rng) -> str:
    """A filter-dodging contact handle (spaced, mixed letters and digits)."""
    tpl = r.pick(LURE_CONTACT_TEMPLATES)
    text = tpl.format(
        a=alnum(r, r.randint(2, 5), "abcdefghijklmnopqrstuvwxyz"),
        a2=alnum(r, 2, "abcdefghijklmnopqrstuvwxyz"),
        d=digits(r, r.randint(3, 7)),
    )
    if r.chance(0.3):
        text = " ".join(text)
    return text


# --------------------------------------------------------------------------------------------
# Archetypes and plans
# --------------------------------------------------------------------------------------------

GENUINE_ARCHETYPES: tuple[tuple[str, float], ...] = (
    ("ordinary_nano", 6),
    ("ordinary_micro", 6),
    ("ordinary_mid", 5),
    ("ordinary_macro", 3),
    ("tiny_koc", 4),
    ("viral_post", 4),
    ("giveaway", 3),
    ("shoutout", 3),
    ("platform_purge", 3),
    ("celebrity_low_er", 3),
    ("declining", 3),
    ("rhythm_change", 3),
    ("brand_heavy", 2),
    ("spam_magnet", 2),
)
FRAUD_ARCHETYPES: tuple[tuple[str, float], ...] = (
    ("bought_followers_burst", 4),
    ("bought_followers_drip", 4),
    ("bought_followers_premium", 4),
    ("bought_followers_legacy", 3),
    ("bought_followers_repeat", 3),
    ("bought_likes", 5),
    ("bot_comments", 4),
    ("engagement_pod", 4),
    ("ai_praise", 3),
    ("follow_churn", 4),
    ("lure_spam", 3),
    ("combo:bought_followers_burst+bought_likes", 2),
    ("combo:bought_followers_drip+bot_comments", 1.5),
    ("combo:bought_likes+bot_comments", 1.5),
    ("combo:bought_followers_premium+ai_praise", 1),
    ("combo:follow_churn+engagement_pod", 1),
    ("combo:bought_likes+ai_praise", 1),
    ("combo:bought_followers_burst+bought_likes+bot_comments", 1),
)
COMPONENT: dict[str, str] = {
    "bought_followers_burst": "bf_burst",
    "bought_followers_drip": "bf_drip",
    "bought_followers_premium": "bf_premium",
    "bought_followers_legacy": "bf_legacy",
    "bought_followers_repeat": "bf_repeat",
    "bought_likes": "likes",
    "bot_comments": "bot_comments",
    "engagement_pod": "pod",
    "ai_praise": "ai",
    "follow_churn": "churn",
    "lure_spam": "lure",
}
TIERS: dict[str, tuple[float, float]] = {
    "nano": (500, 10_000),
    "micro": (10_000, 100_000),
    "mid": (100_000, 1_000_000),
    "macro": (1_000_000, 8_000_000),
    "mega": (8_000_000, 60_000_000),
}
SHAPES_GENUINE = (
    ("steady", 22),
    ("slow_build", 15),
    ("plateau", 20),
    ("decline", 8),
    ("rise_fall", 8),
    ("revival", 7),
    ("flat", 12),
    ("seasonal", 8),
)
SHAPES_FRAUD = (
    ("steady", 15),
    ("slow_build", 8),
    ("plateau", 25),
    ("decline", 12),
    ("rise_fall", 8),
    ("revival", 5),
    ("flat", 22),
    ("seasonal", 5),
)
PLATFORM_BIAS: dict[str, dict[str, float]] = {
    "celebrity_low_er": {
        "weibo": 0.35,
        "douyin": 0.2,
        "instagram": 0.2,
        "tiktok": 0.1,
        "youtube": 0.05,
        "bilibili": 0.05,
        "kuaishou": 0.05,
    },
    "pod": {
        "instagram": 0.35,
        "rednote": 0.2,
        "tiktok": 0.1,
        "douyin": 0.1,
        "weibo": 0.08,
        "bilibili": 0.07,
        "youtube": 0.05,
        "kuaishou": 0.05,
    },
    "lure": {
        "rednote": 0.3,
        "douyin": 0.2,
        "weibo": 0.15,
        "instagram": 0.15,
        "tiktok": 0.1,
        "kuaishou": 0.1,
    },
    "churn": {
        "instagram": 0.3,
        "tiktok": 0.15,
        "weibo": 0.15,
        "rednote": 0.15,
        "douyin": 0.15,
        "bilibili": 0.05,
        "kuaishou": 0.05,
    },
}
EPOCH_FIRST = date(2024, 2, 1)
EPOCH_LAST = date(2025, 10, 31)
AI_ERA = date(2023, 3, 1)


@dataclass
class Plan:
    """Everything decided about a creator before simulating it."""

    archetype: str
    label: int
    platform: str
    lang: str
    vertical: str
    tier: str
    size: float
    shape: str
    comps: dict[str, float]
    events: set[str]
    n_posts: int
    mean_gap: float
    junk: float
    star: str
    brand_rate: float


def fraud_components(archetype: str, r: Rng) -> dict[str, float]:
    """Map an archetype to its fraud components with intensities in (0, 1)."""
    names = archetype[6:].split("+") if archetype.startswith("combo:") else [archetype]
    comps: dict[str, float] = {}
    base = r.beta(1.3, 1.9)
    for name in names:
        if name in COMPONENT:
            x = base if len(names) == 1 else min(0.98, max(0.02, base + r.gauss(0, 0.15)))
            comps[COMPONENT[name]] = x
    return comps


def choose_platform(r: Rng, archetype: str, comps: dict[str, float]) -> str:
    """Platform, weighted toward Chinese ones (~60%) and biased by archetype."""
    bias = None
    if archetype == "celebrity_low_er":
        bias = PLATFORM_BIAS["celebrity_low_er"]
    elif "churn" in comps:
        bias = PLATFORM_BIAS["churn"]
    elif "pod" in comps and r.chance(0.7):
        bias = PLATFORM_BIAS["pod"]
    elif "lure" in comps and r.chance(0.7):
        bias = PLATFORM_BIAS["lure"]
    if bias is None:
        return r.weighted([(p.name, p.weight) for p in PLATFORMS.values()])
    return r.weighted(list(bias.items()))


def pair_label(seed: int, index: int) -> int:
    """Labels balanced in pairs: records 2k and 2k+1 hold one fraud and one genuine."""
    first = 1 if Rng(seed, index // 2, 0xA11).chance(0.5) else 0
    return first if index % 2 == 0 else 1 - first


def make_plan(r: Rng, label: int) -> Plan:
    """Draw the archetype and the creator-level choices."""
    archetype = r.weighted(FRAUD_ARCHETYPES if label else GENUINE_ARCHETYPES)
    comps = fraud_components(archetype, r) if label else {}
    platform = choose_platform(r, archetype, comps)
    spec = PLATFORMS[platform]
    lang = "zh" if r.chance(spec.zh_share) else "en"
    vertical = r.weighted(VERTICAL_WEIGHTS)
    events: set[str] = set()
    if label:
        tier = r.weighted((("nano", 40), ("micro", 35), ("mid", 20), ("macro", 5)))
    else:
        tier = r.weighted((("nano", 30), ("micro", 35), ("mid", 25), ("macro", 10)))
    shape = r.weighted(SHAPES_FRAUD if label else SHAPES_GENUINE)
    style = r.weighted(((1.2, 20), (3.0, 35), (7.0, 30), (16.0, 15)))
    mean_gap = r.lognorm(style, 0.3)
    n_posts = int(min(60, max(10, r.lognorm(30, 0.45))))
    junk_scale = 1.0
    brand_rate = {"nano": 0.03, "micro": 0.08, "mid": 0.15, "macro": 0.2, "mega": 0.15}
    # Archetype-specific choices.
    if archetype.startswith("ordinary_"):
        tier = archetype.split("_")[1]
        if tier == "macro" and r.chance(0.1):
            tier = "mega"
    elif archetype == "tiny_koc":
        tier = "tiny"
        n_posts = r.randint(10, 15)
        mean_gap = r.lognorm(r.pick((6.0, 14.0, 30.0)), 0.4)
        shape = r.weighted((("flat", 3), ("steady", 3), ("slow_build", 1), ("plateau", 2)))
    elif archetype == "viral_post":
        events.add("viral_big")
        tier = r.weighted((("nano", 40), ("micro", 40), ("mid", 20)))
    elif archetype == "giveaway":
        events.add("giveaway")
    elif archetype == "shoutout":
        events.add("shoutout_big")
        tier = r.weighted((("nano", 40), ("micro", 40), ("mid", 20)))
    elif archetype == "platform_purge":
        events.add("purge_in_window")
        junk_scale = r.uniform(2.0, 4.0)
    elif archetype == "celebrity_low_er":
        events.add("celebrity")
        tier = r.weighted((("macro", 35), ("mega", 65)))
        vertical = "entertainment" if r.chance(0.75) else vertical
        junk_scale = r.uniform(1.3, 2.2)
        mean_gap = r.lognorm(3.0, 0.5)
    elif archetype == "declining":
        shape = r.weighted((("decline", 6), ("rise_fall", 3), ("plateau", 1)))
        events.add("slowing")
    elif archetype == "rhythm_change":
        events.add(r.pick(("hiatus", "cadence", "hiatus")))
        if r.chance(0.5):
            shape = r.pick(("seasonal", "revival", "seasonal"))
    elif archetype == "brand_heavy":
        events.add("brand")
        tier = r.weighted((("micro", 45), ("mid", 40), ("macro", 15)))
    elif archetype == "spam_magnet":
        events.add("spam_magnet")
        tier = r.weighted((("micro", 25), ("mid", 50), ("macro", 25)))
    if "lure" in comps:
        tier = r.weighted((("nano", 55), ("micro", 40), ("mid", 5)))
    if "churn" in comps:
        tier = r.weighted((("nano", 50), ("micro", 40), ("mid", 10)))
        shape = r.weighted((("flat", 3), ("plateau", 3), ("steady", 2), ("decline", 1)))
    # Incidental genuine-looking events happen to everyone, fraud included.
    for event, p in (
        ("viral_small", 0.10),
        ("giveaway", 0.05),
        ("shoutout_small", 0.05),
        ("hiatus", 0.08),
        ("cadence", 0.14),
        ("cleanup", 0.08),
    ):
        if r.chance(p):
            events.add(event)
    if tier == "tiny":
        size = r.lognorm(900, 0.8)
        size = min(3000.0, max(150.0, size))
    else:
        lo, hi = TIERS[tier]
        size = lerp_log(lo, hi, r.py.random())
    junk_base = {
        "tiny": 0.02,
        "nano": 0.04,
        "micro": 0.06,
        "mid": 0.09,
        "macro": 0.13,
        "mega": 0.18,
    }[tier]
    junk = min(0.35, junk_base * r.lognorm(1.0, 0.5) * junk_scale)
    brand = brand_rate.get(tier, 0.02) * r.lognorm(1.0, 0.6)
    if "brand" in events:
        brand = r.uniform(0.3, 0.6)
    star = star_name(r, lang) if "celebrity" in events else ""
    return Plan(
        archetype,
        label,
        platform,
        lang,
        vertical,
        tier,
        size,
        shape,
        comps,
        events,
        n_posts,
        mean_gap,
        junk,
        star,
        min(0.7, brand),
    )


# --------------------------------------------------------------------------------------------
# Calendar
# --------------------------------------------------------------------------------------------


@lru_cache(maxsize=8)
def purge_calendar(seed: int) -> dict[str, tuple[tuple[date, float], ...]]:
    """Platform-wide bot purge days and strengths; they depend on the seed only."""
    r = Rng(seed, 0x5EED, 0xB07)
    out: dict[str, tuple[tuple[date, float], ...]] = {}
    for name in PLATFORMS:
        days: list[tuple[date, float]] = []
        d = date(2022, 1, 1) + timedelta(days=r.randint(0, 200))
        while d < date(2026, 1, 1):
            days.append((d, min(0.9, r.lognorm(0.12, 0.8))))
            d += timedelta(days=int(r.uniform(80, 320)))
        out[name] = tuple(days)
    return out


@dataclass
class Calendar:
    """The simulated span: day 0 = start (local), day T-1 = the as-of day."""

    start: date
    days: int
    as_of_t: float
    tz: int
    zulu: bool
    hist_len: int

    def date_of(self, day: int) -> date:
        """Local date of a day index."""
        return self.start + timedelta(days=day)

    def stamp(self, t: float) -> str:
        """ISO timestamp of a local day-float, as an export would write it."""
        base = datetime(self.start.year, self.start.month, self.start.day)
        moment = base + timedelta(days=t)
        if self.zulu:
            moment -= timedelta(hours=self.tz)
            return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
        return moment.strftime("%Y-%m-%dT%H:%M:%S") + f"{self.tz:+03d}:00"

    def day_of(self, d: date) -> int:
        """Day index of a date (may fall outside the span)."""
        return (d - self.start).days


def choose_as_of(r: Rng, plan: Plan, seed: int) -> tuple[date, int]:
    """The as-of date and the follower-history length (a purge archetype sees its purge)."""
    hist_len = r.pick((90, 90, 120, 180, 180, 365)) if r.chance(0.5) else r.randint(90, 365)
    span = (EPOCH_LAST - EPOCH_FIRST).days
    as_of = EPOCH_FIRST + timedelta(days=r.randint(0, span))
    if "purge_in_window" in plan.events:
        purges = [
            d
            for d, _ in purge_calendar(seed)[plan.platform]
            if date(2023, 6, 1) <= d <= EPOCH_LAST - timedelta(days=12)
        ]
        if purges:
            when = r.pick(purges)
            lag = r.randint(10, 300)
            as_of = min(EPOCH_LAST, when + timedelta(days=lag))
            hist_len = max(hist_len, (as_of - when).days + r.randint(15, 60))
            hist_len = min(hist_len, 365)
    return as_of, hist_len


# --------------------------------------------------------------------------------------------
# Posts: schedule and latent quality
# --------------------------------------------------------------------------------------------


@dataclass
class PostPlan:
    """One post: when, how good, what kind; engagement and comment mix filled later."""

    t: float
    q: float
    fmt: str
    sponsored: bool
    pid: str
    viral: float = 1.0
    giveaway: bool = False
    control: float = 0.0
    follows: float = 0.0
    organic_likes: int = 0
    exported: int = 0
    out: dict[str, object] = field(default_factory=dict)
    mix: dict[str, int] = field(default_factory=dict)


def post_id(r: Rng, platform: str) -> str:
    """A post id shaped like the platform's own."""
    if platform in ("douyin", "tiktok"):
        return "7" + digits(r, 18)
    if platform == "rednote":
        return alnum(r, 24, "0123456789abcdef")
    if platform == "weibo":
        return alnum(r, 9, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    if platform == "bilibili":
        return "BV1" + alnum(r, 9, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz123456789")
    if platform == "kuaishou":
        return "3x" + alnum(r, 13, "abcdefghijkmnpqrstuvwxyz23456789")
    if platform == "wechat_channels":
        return "export/" + alnum(r, 20, _ALNUM + "ABCDEFGHIJKLMNOPQRSTUVWXYZ_-")
    if platform == "instagram":
        return "C" + alnum(r, 10, _ALNUM + "ABCDEFGHIJKLMNOPQRSTUVWXYZ_-")
    return alnum(r, 11, _ALNUM + "ABCDEFGHIJKLMNOPQRSTUVWXYZ_-")


def post_ages(r: Rng, plan: Plan) -> np.ndarray:
    """Ages (days before as-of) of the exported posts, newest first, with realistic gaps."""
    n = plan.n_posts
    k = r.uniform(0.5, 2.5)
    gaps = r.np.gamma(k, plan.mean_gap / k, n - 1) + 0.03
    if "cadence" in plan.events:
        idx = r.randint(max(1, n // 5), max(2, (4 * n) // 5))
        gaps[idx:] *= r.pick((0.3, 0.5, 2.0, 3.0))
    if "hiatus" in plan.events:
        gaps[r.randint(0, n - 2)] += r.uniform(30, 200)
    if "slowing" in plan.events:
        gaps *= np.linspace(r.uniform(1.5, 3.0), 0.6, n - 1)
    first = float(r.np.exponential(plan.mean_gap * 0.5))
    if "slowing" in plan.events:
        first += r.uniform(5, 60)
    ages = first + np.concatenate(([0.0], np.cumsum(gaps)))
    if ages[-1] > 1000:
        ages *= 1000.0 / ages[-1]
    return ages


def make_posts(r: Rng, plan: Plan, cal: Calendar, ages: np.ndarray) -> list[PostPlan]:
    """Turn ages into timed posts (creator's habitual hour) with latent quality and format."""
    spec = PLATFORMS[plan.platform]
    hour0 = r.uniform(11, 22)
    hour_sd = r.uniform(0.5, 3.0)
    q_sd = spec.q_sd * r.uniform(0.7, 1.2)
    n = len(ages)
    drift = np.cumsum(r.np.normal(0, r.uniform(0.02, 0.12), n))[::-1]
    if "slowing" in plan.events:
        drift += np.linspace(-r.uniform(0.4, 1.0), 0.0, n)
    formats = list(spec.formats)
    posts: list[PostPlan] = []
    for i, age in enumerate(ages):
        day = math.floor(cal.as_of_t - age)
        hour = (hour0 + r.gauss(0, hour_sd)) % 24
        t = day + hour / 24
        if t > cal.as_of_t - 0.02:
            t = cal.as_of_t - r.uniform(0.03, 0.4)
        t = max(t, 0.05)
        q = math.exp(r.gauss(0, q_sd) + float(drift[i]))
        fmt = r.weighted(formats)
        posts.append(PostPlan(t, q, fmt, r.chance(plan.brand_rate), post_id(r, plan.platform)))
    posts.sort(key=lambda p: p.t)
    hist_start = cal.days - cal.hist_len

    def pick_post(inside: float) -> PostPlan:
        pool = [p for p in posts if hist_start + 5 < p.t < cal.as_of_t - 3]
        if pool and r.chance(inside):
            return r.pick(pool)
        older = [p for p in posts if p.t < cal.as_of_t - 3] or posts
        return r.pick(older)

    if "viral_big" in plan.events:
        pick_post(0.75).viral = r.lognorm(25, 0.6)
    if "viral_small" in plan.events:
        pick_post(0.5).viral = r.lognorm(6, 0.4)
    if "giveaway" in plan.events:
        lucky = pick_post(0.7)
        lucky.giveaway = True
        lucky.q *= r.uniform(1.5, 4.0)
    if "celebrity" in plan.events:
        for p in posts:
            if r.chance(0.4):
                p.control = r.uniform(0.1, 0.45)
    return posts


# --------------------------------------------------------------------------------------------
# Creator-level engagement traits
# --------------------------------------------------------------------------------------------

FORMAT_REACH = {"video": 1.0, "image": 0.8, "text": 0.45, "live": 0.6, "other": 0.7}
REPLY_RATE = {
    "tiny": (0.1, 0.5),
    "nano": (0.05, 0.4),
    "micro": (0.02, 0.25),
    "mid": (0.0, 0.1),
    "macro": (0.0, 0.04),
    "mega": (0.0, 0.02),
}
SPAM_RATE = {"tiny": 0.0, "nano": 0.003, "micro": 0.008, "mid": 0.015, "macro": 0.03, "mega": 0.04}


@dataclass
class Traits:
    """Creator-level effects on engagement and on what the export shows."""

    reach: float
    like: float
    cpl: float
    share: float
    save: float
    alpha: float
    show_views: bool
    hidden_likes: float
    spons_factor: float
    prem_like: float
    spam_rate: float
    reply_rate: float
    show_sponsored: bool


def make_traits(r: Rng, plan: Plan) -> Traits:
    """Draw creator-level engagement traits."""
    spec = PLATFORMS[plan.platform]
    reach = r.lognorm(1, 0.55)
    cpl = r.lognorm(1, 0.45) * (plan.size / 30_000) ** -0.12
    if plan.tier == "tiny":
        cpl *= 2.0
        reach *= 1.4
    if "celebrity" in plan.events:
        reach *= 0.6
    show_views = spec.views != "none" and (plan.platform != "douyin" or r.chance(0.6))
    hidden = 0.0
    if plan.platform == "instagram" and r.chance(0.08):
        hidden = r.pick((1.0, 0.3))
    spam = SPAM_RATE[plan.tier] * r.lognorm(1, 0.6)
    if "spam_magnet" in plan.events:
        spam = r.uniform(0.05, 0.15)
    lo, hi = REPLY_RATE[plan.tier]
    return Traits(
        reach,
        r.lognorm(1, 0.3),
        cpl,
        r.lognorm(1, 0.45),
        r.lognorm(1, 0.45),
        r.uniform(0.84, 0.95),
        show_views,
        hidden,
        r.uniform(0.45, 0.9),
        r.uniform(0.0, 0.004),
        min(spam, 0.3),
        r.uniform(lo, hi),
        r.chance(0.7),
    )


# --------------------------------------------------------------------------------------------
# Followers over time
# --------------------------------------------------------------------------------------------


def shape_log_curve(r: Rng, shape: str, n_days: int) -> np.ndarray:
    """Log of the organic follower curve, relative to its last day (which is 0)."""
    x = np.linspace(0.0, 1.0, n_days)
    span = (n_days / 365.0) ** 0.7
    if shape == "slow_build":
        curve = r.uniform(0.3, 1.4) * span * x ** r.uniform(1.5, 3.0)
    elif shape == "plateau":
        tau = r.uniform(0.08, 0.35)
        curve = r.uniform(0.1, 0.9) * span * (1 - np.exp(-x / tau)) / (1 - math.exp(-1 / tau))
    elif shape == "decline":
        curve = -r.uniform(0.03, 0.35) * span * x
    elif shape in ("rise_fall", "revival"):
        x0 = r.uniform(0.25, 0.75)
        width = r.uniform(0.15, 0.4)
        hump = r.uniform(0.1, 0.6) * span * np.exp(-0.5 * ((x - x0) / width) ** 2)
        trend = r.uniform(-0.1, 0.3) * span * x
        curve = (hump if shape == "rise_fall" else -hump) + trend
    elif shape == "flat":
        curve = r.uniform(-0.03, 0.06) * span * x
    else:
        curve = r.uniform(0.03, 0.55) * span * x
    return curve - curve[-1]


def seasonal_factor(r: Rng, plan: Plan, cal: Calendar) -> np.ndarray:
    """Yearly cycle plus the vertical's festivals, as a multiplier around 1."""
    n = cal.days
    doy0 = cal.start.timetuple().tm_yday - 1
    doy = (doy0 + np.arange(n)) % 365
    strong = plan.shape == "seasonal"
    amp = r.uniform(0.3, 0.7) if strong else r.uniform(0.0, 0.25)
    season = 1.0 + amp * np.sin(2 * math.pi * doy / 365.0 + r.uniform(0, 2 * math.pi))
    for month, day, width in FESTIVALS[plan.vertical]:
        fd = date(2001, month, day).timetuple().tm_yday - 1
        dist = np.abs(doy - fd)
        dist = np.minimum(dist, 365 - dist)
        height = r.lognorm(0.35, 0.5) * (2.0 if strong else 1.0)
        season += height * np.exp(-0.5 * (dist / width) ** 2)
    return np.maximum(season, 0.1)


def kernel_into(arr: np.ndarray, t0: float, total: float, width: float, peak: float) -> None:
    """Add `total` spread over the days after t0 with a gamma-like profile (clipped to arr)."""
    if total <= 0:
        return
    n = max(2, math.ceil(width * (peak + 6)))
    d = np.arange(n, dtype=float) + 0.5
    w = (d / width) ** peak * np.exp(-d / width)
    w /= w.sum()
    start = math.floor(t0)
    lo, hi = max(0, start), min(len(arr), start + n)
    if lo < hi:
        arr[lo:hi] += total * w[lo - start : hi - start]


def posting_activity(posts: Sequence[PostPlan], n_days: int) -> np.ndarray:
    """Follows come when the creator posts: decaying bumps after each post, mean 1."""
    act = np.full(n_days, 0.35)
    d = np.arange(40, dtype=float)
    for p in posts:
        start = int(p.t)
        if start >= n_days:
            continue
        hi = min(n_days, start + 40)
        act[start:hi] += min(p.q * p.viral, 10.0) * np.exp(-d[: hi - start] / 3.0) * 0.6
    return act / act.mean()


@dataclass
class Batch:
    """One delivery of bought followers and what its accounts look like."""

    day: int
    amount: float
    kind: str
    made: int
    made_spread: int
    quality: float


@dataclass
class Audience:
    """Daily follower composition and following count over the simulated span."""

    real: np.ndarray
    junk: np.ndarray
    bot: np.ndarray
    prem: np.ndarray
    churn: np.ndarray
    mutual: np.ndarray
    following: np.ndarray | None
    act: np.ndarray
    batches: list[Batch]
    legacy_days: int

    def total(self) -> np.ndarray:
        """Total follower count per day."""
        return self.real + self.junk + self.bot + self.prem + self.churn + self.mutual


@dataclass
class FraudTiming:
    """When each engagement fraud is active (day-floats), decided before engagement."""

    pod: tuple[float, float] = (math.inf, math.inf)
    bots: tuple[float, float] = (math.inf, math.inf)
    ai: tuple[float, float] = (math.inf, math.inf)
    likes_since: float = math.inf
    likes_mode: str = "all"
    lure_since: float = math.inf


def fraud_timing(r: Rng, plan: Plan, cal: Calendar, posts: Sequence[PostPlan]) -> FraudTiming:
    """Start/stop times: bots only on recent posts, pods that start and stop, AI since 2023."""
    ft = FraudTiming()
    times = [p.t for p in posts]
    end = cal.as_of_t + 1

    def recent_start(p_recent: float) -> float:
        if r.chance(p_recent):
            idx = r.randint(int(len(times) * 0.2), int(len(times) * 0.8))
            return times[idx] - 0.01
        return -math.inf

    if "pod" in plan.comps:
        start = recent_start(0.5)
        stop = end
        if r.chance(0.35):
            later = [t for t in times if t > start + 10]
            if len(later) > 3:
                stop = later[r.randint(2, len(later) - 1)] + 0.01
        ft.pod = (start, stop)
    if "bot_comments" in plan.comps:
        start = recent_start(0.55)
        stop = end
        if r.chance(0.15):
            later = [t for t in times if t > start]
            if len(later) > 3:
                stop = later[r.randint(2, len(later) - 1)] + 0.01
        ft.bots = (start, stop)
    if "ai" in plan.comps:
        ai_day = cal.day_of(AI_ERA) + r.uniform(0, 200)
        ft.ai = (max(recent_start(0.5), ai_day), end)
    if "likes" in plan.comps:
        ft.likes_mode = r.weighted((("all", 35), ("since", 30), ("sponsored", 15), ("random", 20)))
        ft.likes_since = recent_start(1.0) if ft.likes_mode == "since" else -math.inf
    if "lure" in plan.comps:
        ft.lure_since = recent_start(0.3)
    return ft


def round_package(amount: float) -> float:
    """Sellers sell round packages (500, 1000, 5000, 10k ...)."""
    if amount < 100:
        return 100.0
    mag = 10 ** math.floor(math.log10(amount))
    for step in (1, 2, 5, 10):
        if amount <= step * mag * 1.2:
            return float(step * mag)
    return float(10 * mag)


def organic_real(
    r: Rng, plan: Plan, cal: Calendar, posts: Sequence[PostPlan], season: np.ndarray, tr: Traits
) -> np.ndarray:
    """Organic real followers per day: shaped trend, seasonality, posting, events, noise."""
    n = cal.days
    spec = PLATFORMS[plan.platform]
    expected = plan.size * np.exp(shape_log_curve(r, plan.shape, n))
    convert = r.lognorm(0.01, 0.6)
    activity = posting_activity(posts, n)
    dow = (cal.start.weekday() + np.arange(n)) % 7
    weekday = np.where(dow >= 5, 1.0 + r.uniform(0.0, 0.2), 1.0)
    diff = np.diff(expected)
    unfollow = r.uniform(0.0002, 0.0015) * expected[1:]
    gain = np.maximum(diff, 0) + unfollow
    loss = np.maximum(-diff, 0) + unfollow
    mod = gain * (season[1:] * activity[1:] * weekday[1:])
    gain = mod * (gain.sum() / max(mod.sum(), 1e-9))
    ev_gain = np.zeros(n)
    ev_loss = np.zeros(n)
    hist_start = n - cal.hist_len
    for p in posts:
        base = float(expected[min(n - 1, int(p.t))])
        if p.viral > 2.5:
            views = spec.reach * tr.reach * (0.6 * base) ** tr.alpha * p.q * FORMAT_REACH[p.fmt]
            jump = min(base * 4.0, (p.viral - 1) * views * convert)
            p.follows = jump
            kernel_into(ev_gain, p.t, jump, r.uniform(0.8, 2.0), r.uniform(0.6, 1.5))
            kernel_into(ev_loss, p.t + 5, jump * r.uniform(0.02, 0.08), 8.0, 1.0)
        if p.giveaway:
            dur = r.uniform(3, 10)
            big = plan.archetype == "giveaway"
            gained = base * (r.uniform(0.05, 0.6) if big else r.uniform(0.02, 0.2))
            p.follows = gained
            kernel_into(ev_gain, p.t, gained, dur / 3, 0.3)
            kernel_into(
                ev_loss,
                p.t + dur + r.uniform(0, 3),
                gained * r.uniform(0.15, 0.5),
                r.uniform(2, 6),
                1.0,
            )
    for event, lo, hi in (("shoutout_big", 0.1, 1.0), ("shoutout_small", 0.02, 0.15)):
        if event in plan.events:
            low = hist_start + 3 if r.chance(0.7) else 0
            day = r.uniform(low, n - 3)
            jump = float(expected[int(day)]) * r.uniform(lo, hi)
            kernel_into(ev_gain, day, jump, r.uniform(0.4, 1.2), r.uniform(0.2, 0.8))
            kernel_into(ev_loss, day + 3, jump * r.uniform(0.08, 0.2), 6.0, 1.0)
    k = r.uniform(1.5, 15)
    noise = r.np.gamma(k, 1 / k, n - 1)
    k_loss = r.uniform(3, 30)
    noise_loss = r.np.gamma(k_loss, 1 / k_loss, n - 1)
    gains = r.np.poisson(np.maximum(gain + ev_gain[1:], 0) * noise)
    losses = r.np.poisson(np.maximum(loss + ev_loss[1:], 0) * noise_loss)
    real = np.empty(n)
    real[0] = round(float(expected[0]))
    real[1:] = real[0] + np.cumsum(gains - losses)
    return np.maximum(real, 1.0)


def pick_day(r: Rng, cal: Calendar, inside: float) -> int:
    """A day for a purchase: mostly inside the follower-history window."""
    n = cal.days
    if r.chance(inside):
        return r.randint(n - cal.hist_len + 3, n - 4)
    return r.randint(max(1, n - 500), n - 4)


def plan_batches(r: Rng, plan: Plan, cal: Calendar, real: np.ndarray) -> list[Batch]:
    """Bought-follower deliveries for the creator's follower-fraud components."""
    batches: list[Batch] = []
    c = plan.comps
    n = cal.days

    def add(day: int, amount: float, kind: str, quality: float, made_back: float) -> None:
        made = int(day - made_back)
        batches.append(Batch(day, amount, kind, made, r.randint(2, 60), quality))

    if "bf_burst" in c:
        x = c["bf_burst"]
        day = pick_day(r, cal, 0.75)
        for _ in range(1 if r.chance(0.6) else r.randint(2, 3)):
            frac = lerp_log(0.05, 3.0, x) * r.lognorm(1, 0.3)
            amount = round_package(real[min(day, n - 1)] * frac)
            add(day, amount, "bot", r.uniform(0.0, 0.6) * (1.2 - x), r.uniform(20, 700))
            day = min(n - 4, day + r.randint(20, 120))
    if "bf_drip" in c:
        x = c["bf_drip"]
        for _ in range(1 if r.chance(0.8) else 2):
            day = pick_day(r, cal, 0.7)
            frac = lerp_log(0.06, 2.5, x) * r.lognorm(1, 0.3)
            kind = "prem" if r.chance(0.35) else "bot"
            add(day, real[day] * frac, kind, r.uniform(0.2, 0.8), r.uniform(20, 900))
    if "bf_premium" in c:
        x = c["bf_premium"]
        for _ in range(1 if r.chance(0.7) else 2):
            day = pick_day(r, cal, 0.7)
            frac = lerp_log(0.04, 1.2, x) * r.lognorm(1, 0.3)
            add(
                day,
                round_package(real[day] * frac),
                "prem",
                r.uniform(0.6, 1.0),
                r.uniform(365, 2000),
            )
    if "bf_legacy" in c:
        x = c["bf_legacy"]
        day = -r.randint(200, 1500)
        frac = lerp_log(0.2, 4.0, x) * r.lognorm(1, 0.3)
        total = real[0] * frac
        prem_share = r.uniform(0.0, 0.4)
        add(day, total * (1 - prem_share), "bot", r.uniform(0.0, 0.5), r.uniform(20, 500))
        if prem_share > 0.05:
            add(day, total * prem_share, "prem", r.uniform(0.5, 1.0), r.uniform(300, 1500))
    if "bf_repeat" in c:
        x = c["bf_repeat"]
        count = 3 + int(x * 7) + r.randint(0, 2)
        day = n - r.randint(3, 40)
        interval = r.lognorm(35, 0.3)
        for _ in range(count):
            if day < 1:
                break
            frac = r.uniform(0.02, 0.08) * (1 + 2 * x)
            kind = "prem" if r.chance(0.4) else "bot"
            add(day, round_package(real[day] * frac), kind, r.uniform(0.1, 0.9), r.uniform(20, 800))
            day -= int(interval * r.lognorm(1, 0.25))
    return batches


def delivery_arrays(
    r: Rng, plan: Plan, batches: Sequence[Batch], n: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, float, float]:
    """Daily deliveries and early drops of bought followers; initial legacy stock."""
    del_bot, del_prem = np.zeros(n), np.zeros(n)
    drop_bot, drop_prem = np.zeros(n), np.zeros(n)
    bot0 = prem0 = 0.0
    refill_p = 0.85 if "bf_repeat" in plan.comps else 0.3
    for b in batches:
        if b.day < 0:
            if b.kind == "bot":
                bot0 += b.amount * r.uniform(0.4, 0.8)
            else:
                prem0 += b.amount * r.uniform(0.6, 0.9)
            continue
        drip = (
            "bf_drip" in plan.comps
            and b.amount > 0
            and r.chance(0.8)
            and "bf_burst" not in plan.comps
            and "bf_repeat" not in plan.comps
        )
        if drip:
            dur = r.randint(14, 120)
            w = r.np.lognormal(0, 0.4, dur) * (r.np.random(dur) > 0.1)
        elif b.kind == "prem":
            dur = r.randint(3, 21)
            w = r.np.lognormal(0, 0.3, dur)
        else:
            dur = r.randint(1, 4)
            w = r.np.lognormal(0, 0.5, dur)
        w = w / max(w.sum(), 1e-9) * b.amount
        hi = min(n, b.day + dur)
        target, drops = (del_bot, drop_bot) if b.kind == "bot" else (del_prem, drop_prem)
        target[b.day : hi] += w[: hi - b.day]
        early = b.amount * r.uniform(0.03, 0.35) * (1 - 0.7 * b.quality)
        kernel_into(drops, b.day + dur, early, r.uniform(3, 12), 0.7)
        if r.chance(refill_p):
            kernel_into(
                target, b.day + dur + r.uniform(10, 40), early * r.uniform(0.6, 1.1), 1.0, 0.5
            )
    return del_bot, del_prem, drop_bot, drop_prem, bot0, prem0


def churn_arrays(r: Rng, plan: Plan, cal: Calendar) -> tuple[np.ndarray, np.ndarray]:
    """Follow/unfollow cycles: (followers gained by follow-back, following count delta)."""
    n = cal.days
    gain, loss, fol = np.zeros(n), np.zeros(n), np.zeros(n)
    x = plan.comps["churn"]
    spec = PLATFORMS[plan.platform]
    k_base = min(lerp_log(60, 3000, x), spec.following_cap * 0.6)
    daily_limit = r.uniform(100, 400)
    period = r.uniform(7, 30)
    hold = r.uniform(3, max(4, min(period - 1, 21)))
    start = 0.0 if r.chance(0.5) else r.uniform(0, max(1, n - 60))
    stop = n if r.chance(0.8) else r.uniform(start + 40, n + 40)
    t = start
    while t < min(stop, n):
        k = k_base * r.lognorm(1, 0.3)
        follow_days = max(1.0, k / daily_limit)
        kernel_into(fol, t, k, follow_days / 2, 0.5)
        back = k * r.uniform(0.05, 0.2)
        kernel_into(gain, t, back, r.uniform(1, 3), 0.6)
        h = hold * r.lognorm(1, 0.2)
        kernel_into(loss, t + h + follow_days, back * r.uniform(0.2, 0.6), r.uniform(2, 6), 0.8)
        unf = np.zeros(n)
        kernel_into(unf, t + h + follow_days, k, 0.6, 0.3)
        fol -= unf
        t += period * r.lognorm(1, 0.25)
    return np.cumsum(gain - loss), np.cumsum(fol)


def following_series(r: Rng, plan: Plan, cal: Calendar, extra: np.ndarray) -> np.ndarray | None:
    """Following count: slow random walk, occasional clean-ups, plus churn and mutual follows."""
    spec = PLATFORMS[plan.platform]
    if spec.following_cap == 0:
        return None
    n = cal.days
    f0 = r.lognorm(spec.following_median, 0.9)
    if "celebrity" in plan.events:
        f0 *= 0.4
    if "churn" in plan.comps:
        f0 *= r.uniform(1.0, 3.0)
    rate_in = f0 * r.uniform(0.0003, 0.004)
    walk = np.cumsum(r.np.poisson(rate_in, n) - r.np.poisson(rate_in * r.uniform(0.2, 0.8), n))
    fol = f0 + walk + extra
    if "cleanup" in plan.events:
        day = r.randint(n // 4, n - 3)
        cut = np.zeros(n)
        kernel_into(cut, day, float(fol[day]) * r.uniform(0.2, 0.6), r.uniform(0.3, 1.5), 0.4)
        fol = fol - np.cumsum(cut)
    return np.clip(np.round(fol), 0, spec.following_cap)


def simulate_audience(
    r: Rng,
    plan: Plan,
    cal: Calendar,
    posts: Sequence[PostPlan],
    ft: FraudTiming,
    tr: Traits,
    seed: int,
) -> tuple[Audience, np.ndarray]:
    """Daily follower composition (organic, junk, bought, churn, mutual) and the season."""
    n = cal.days
    season = seasonal_factor(r, plan, cal)
    real = organic_real(r, plan, cal, posts, season, tr)
    batches = plan_batches(r, plan, cal, real)
    del_bot, del_prem, drop_bot, drop_prem, bot_v, prem_v = delivery_arrays(r, plan, batches, n)
    purges: dict[int, float] = {}
    for when, strength in purge_calendar(seed)[plan.platform]:
        day = cal.day_of(when)
        for offset, share in ((0, 0.6), (1, 0.4)):
            if 0 <= day + offset < n:
                purges[day + offset] = purges.get(day + offset, 0.0) + strength * share
    lam_b, lam_p = r.uniform(0.0002, 0.002), r.uniform(0.00005, 0.0005)
    hit_b, hit_p, hit_j = r.uniform(0.4, 1.0), r.uniform(0.03, 0.25), r.uniform(0.5, 1.0)
    recover = r.uniform(0.0005, 0.003)
    repeat = "bf_repeat" in plan.comps
    refill_p = 0.85 if repeat else 0.35
    buy_days = [b.day for b in batches if b.day >= 0]
    extra = np.zeros(n + 16)
    bot, prem, purge_f = np.empty(n), np.empty(n), np.empty(n)
    real_hit = np.zeros(n)
    keep = 1.0
    for t in range(n):
        bot_v = bot_v * (1 - lam_b) + del_bot[t] + extra[t] - drop_bot[t]
        prem_v = prem_v * (1 - lam_p) + del_prem[t] - drop_prem[t]
        keep += (1 - keep) * recover
        s = purges.get(t)
        if s:
            removed = max(bot_v, 0.0) * min(1.0, s * hit_b)
            bot_v -= removed
            prem_v -= max(prem_v, 0.0) * min(1.0, s * hit_p)
            keep *= 1 - min(0.95, s * hit_j)
            real_hit[t] = s * r.uniform(0.0003, 0.002)
            guaranteed = repeat or any(0 <= t - d <= 120 for d in buy_days)
            if removed > 1 and guaranteed and r.chance(refill_p):
                delay = r.randint(1, 8)
                refill = removed * r.uniform(0.6, 1.1)
                extra[t + delay] += refill * 0.6
                extra[t + delay + 1] += refill * 0.4
        bot_v, prem_v = max(bot_v, 0.0), max(prem_v, 0.0)
        bot[t], prem[t], purge_f[t] = bot_v, prem_v, keep
    real = np.round(real * np.cumprod(1 - real_hit))
    junk = np.round(plan.junk / (1 - plan.junk) * real * purge_f)
    churn: np.ndarray = np.zeros(n)
    fol_extra: np.ndarray = np.zeros(n)
    if "churn" in plan.comps:
        churn, fol_extra = churn_arrays(r, plan, cal)
        churn = np.round(np.maximum(churn, 0))
    mutual: np.ndarray = np.zeros(n)
    if "pod" in plan.comps:
        x = plan.comps["pod"]
        total = lerp_log(20, 2500, x) if plan.lang == "zh" else lerp_log(10, 300, x)
        lo = max(0.0, ft.pod[0])
        hi = min(float(n), ft.pod[1])
        if hi > lo:
            gain = np.zeros(n)
            gain[int(lo) : int(hi)] = total / max(1, int(hi) - int(lo))
            mutual = np.round(np.cumsum(gain))
    fol_extra = fol_extra + mutual
    following = following_series(r, plan, cal, fol_extra)
    act_end = r.uniform(0.35, 0.85)
    fatigue = r.uniform(-0.1, 0.4)
    act = act_end * (1 + fatigue * (1 - np.arange(n) / n))
    legacy = max([-b.day for b in batches if b.day < 0], default=0)
    aud = Audience(
        real, junk, np.round(bot), np.round(prem), churn, mutual, following, act, batches, legacy
    )
    return aud, season


# --------------------------------------------------------------------------------------------
# Engagement
# --------------------------------------------------------------------------------------------


def engage(
    r: Rng,
    plan: Plan,
    cal: Calendar,
    aud: Audience,
    posts: Sequence[PostPlan],
    ft: FraudTiming,
    season: np.ndarray,
    tr: Traits,
) -> None:
    """Fill each post's counts and its comment mix (organic, bought, pods, AI, lures...)."""
    spec = PLATFORMS[plan.platform]
    n = cal.days
    c = plan.comps
    like_cover = r.uniform(0.3, 0.8)
    buy_views = r.chance(0.55)
    buy_saves = r.chance(0.6)
    bot_cover = r.uniform(0.6, 1.0)
    pod_size = int(lerp_log(6, 60, c["pod"])) if "pod" in c else 0
    pod_join = r.uniform(0.4, 0.9)
    coins_rate, danmaku_rate = r.uniform(0.1, 0.5), r.uniform(0.001, 0.01)
    for p in posts:
        d = min(n - 1, int(p.t))
        active = aud.act[d] * aud.real[d] + 0.1 * aud.churn[d] + 0.3 * aud.mutual[d]
        age = cal.as_of_t - p.t
        accrued = 1 - 0.85 * math.exp(-age / spec.tau) - 0.15 * math.exp(-age / 30)
        spons = tr.spons_factor if p.sponsored else 1.0
        reach = (
            spec.reach
            * tr.reach
            * max(active, 1.0) ** tr.alpha
            * p.q
            * p.viral
            * FORMAT_REACH[p.fmt]
            * spons
            * float(season[d]) ** 0.4
        )
        views = reach * accrued
        likes_mean = views * spec.like_rate * tr.like * r.lognorm(1, 0.2)
        likes_mean += aud.prem[d] * tr.prem_like * accrued
        likes = r.poisson(likes_mean)
        com_mean = likes_mean * spec.cpl * tr.cpl * r.lognorm(1, 0.35)
        organic_c = r.poisson(com_mean)
        give = 0
        if p.giveaway:
            give = r.poisson(
                max(com_mean * r.uniform(10, 50), p.follows * r.uniform(0.4, 1.2))
                * min(1.0, accrued * 1.5)
            )
            likes += int(give * r.uniform(0.3, 0.9))
        shares = r.poisson(
            likes_mean
            * spec.share_rate
            * tr.share
            * r.lognorm(1, 0.4)
            * (1.8 if p.viral > 2.5 else 1.0)
        )
        saves = r.poisson(likes_mean * spec.save_rate * tr.save * r.lognorm(1, 0.4))
        p.organic_likes = likes
        # Bought likes / views / saves.
        bought = 0
        if "likes" in c:
            x = c["likes"]
            mode = ft.likes_mode
            hit = (
                mode == "all"
                or (mode == "since" and p.t >= ft.likes_since)
                or (mode == "sponsored" and (p.sponsored or r.chance(0.2)))
                or (mode == "random" and r.chance(like_cover))
            )
            if hit:
                bought = int(likes * lerp_log(0.15, 8.0, x) * r.lognorm(1, 0.3))
                if x > 0.5 and bought > 50:
                    bought = int(round_package(bought) * r.uniform(0.97, 1.0))
        likes += bought
        if bought and buy_views:
            views += bought / spec.like_rate * r.uniform(0.3, 1.0)
        if bought and buy_saves and spec.save_rate > 0:
            saves += int(bought * r.uniform(0.15, 0.6))
        # Comment mix.
        mix: dict[str, int] = {}
        spam = int(r.np.binomial(organic_c, min(tr.spam_rate, 1.0)))
        organic = organic_c - spam
        if give and spec.share_rate > 0:
            shares += int(give * r.uniform(0.1, 0.8))
        mix["organic"], mix["give"], mix["spam"] = organic, give, spam
        mix["reply"] = min(40, int(r.np.binomial(organic, tr.reply_rate)))
        if pod_size and ft.pod[0] <= p.t < ft.pod[1]:
            joined = int(r.np.binomial(pod_size, pod_join))
            mix["pod"] = joined
            likes += joined * (2 if plan.lang == "zh" else 1)
            if plan.lang == "zh" and spec.save_rate > 0:
                saves += int(joined * r.uniform(0.3, 0.9))
        if "bot_comments" in c and ft.bots[0] <= p.t < ft.bots[1] and r.chance(bot_cover):
            x = c["bot_comments"]
            amount = organic * lerp_log(0.08, 2.5, x) * r.lognorm(1, 0.4)
            if x > 0.4:
                amount = (
                    round_package(max(amount, 10.0))
                    if amount > 80
                    else float(r.pick((10, 20, 30, 50)))
                )
            mix["bot"] = max(r.randint(2, 6), int(amount))
        if "ai" in c and ft.ai[0] <= p.t < ft.ai[1]:
            x = c["ai"]
            mix["ai"] = int(organic * lerp_log(0.05, 1.2, x) * r.lognorm(1, 0.4)) + r.randint(1, 4)
        if "lure" in c and p.t >= ft.lure_since:
            x = c["lure"]
            lure = max(r.randint(1, 4), int(organic * lerp_log(0.1, 1.5, x) * r.lognorm(1, 0.4)))
            mix["lure"] = lure
            mix["lure_reply"] = int(lure * r.uniform(0.15, 0.6))
        p.mix = mix
        out: dict[str, object] = {"likes": likes, "comments": sum(mix.values())}
        if spec.share_rate > 0:
            out["shares"] = shares
        if spec.save_rate > 0:
            out["saves"] = saves
        if tr.show_views and (spec.views == "all" or p.fmt in ("video", "live")):
            out["views"] = int(views * r.lognorm(1, 0.05))
        if plan.platform == "bilibili":
            out["coins"] = r.poisson(likes_mean * coins_rate * r.lognorm(1, 0.3))
            out["danmaku"] = r.poisson(views * danmaku_rate)
        if tr.hidden_likes and r.chance(tr.hidden_likes):
            out["likes"] = 0
            out["likes_unknown"] = True
        if tr.show_sponsored:
            out["sponsored"] = p.sponsored
        p.out = out


# --------------------------------------------------------------------------------------------
# Comments
# --------------------------------------------------------------------------------------------

SORT_WEIGHTS: dict[str, dict[str, float]] = {
    "hot": {
        "organic": 1.6,
        "reply": 1.0,
        "give": 0.8,
        "spam": 0.4,
        "bot": 0.5,
        "pod": 1.0,
        "ai": 0.8,
        "lure": 0.7,
        "lure_reply": 1.0,
    },
    "time": {
        "organic": 1.0,
        "reply": 1.0,
        "give": 1.0,
        "spam": 1.0,
        "bot": 0.8,
        "pod": 0.8,
        "ai": 1.0,
        "lure": 1.0,
        "lure_reply": 1.0,
    },
    "mixed": {
        "organic": 1.3,
        "reply": 1.0,
        "give": 0.9,
        "spam": 0.7,
        "bot": 0.7,
        "pod": 0.9,
        "ai": 0.9,
        "lure": 0.8,
        "lure_reply": 1.0,
    },
}
LURE_NAMES_ZH = _split(
    "资料分享站|学姐笔记|副业小姐姐|考研资料铺|省钱攻略君|小鹿资料库|福利分享官"
    "|好物搬运工|宝妈副业|资源小仓库"
)
LURE_NAMES_EN = _split(
    "promo_hub|growth.tips|free.guides|cashflow.coach|feature.page"
    "|dm.for.collab|crypto.mentor|shoutout.daily"
)


def organic_lag(r: Rng, slow: bool) -> float:
    """Delay (days) between a post and a human comment: most within hours, a long tail."""
    u = r.py.random()
    if u < 0.55:
        lag = r.lognorm(2.5 / 24, 1.1)
    elif u < 0.9:
        lag = r.lognorm(1.0, 1.0)
    else:
        lag = r.lognorm(8.0, 1.2)
    return lag * (2.0 if slow else 1.0)


def split_sample(
    r: Rng, mix: dict[str, int], size: int, weights: dict[str, float]
) -> dict[str, int]:
    """How many of each comment source a scraper's sample of `size` holds."""
    keys = [k for k, v in mix.items() if v > 0]
    if not keys or size <= 0:
        return {}
    w = np.array([mix[k] * weights[k] for k in keys], dtype=float)
    drawn = r.np.multinomial(size, w / w.sum())
    got = {k: int(min(dn, mix[k])) for k, dn in zip(keys, drawn, strict=True)}
    left = size - sum(got.values())
    for k in sorted(keys, key=lambda k: -mix[k] * weights[k]):
        if left <= 0:
            break
        add = min(left, mix[k] - got[k])
        got[k] += add
        left -= add
    return got


class CommentWriter:
    """Generates the exported comments of one creator, post by post."""

    def __init__(self, r: Rng, plan: Plan, cal: Calendar, voice: Voice, handle: str) -> None:
        self.r, self.plan, self.cal, self.voice, self.handle = r, plan, cal, voice, handle
        lang, platform = plan.lang, plan.platform
        self.slow = platform in ("youtube", "bilibili")
        self.name = lambda: person_name(r, lang, platform)
        k = r.randint(5, 60)
        self.regulars = [self.name() for _ in range(k)]
        self.reg_cw = list(np.cumsum(1.0 / (np.arange(k) + 1.0) ** 1.1))
        share = {"tiny": (0.3, 0.6), "nano": (0.15, 0.4), "micro": (0.08, 0.25)}
        lo, hi = share.get(plan.tier, (0.02, 0.12))
        self.reg_share = r.uniform(lo, hi)
        sub = r.uniform(0.3, 0.75) if plan.tier not in ("tiny", "nano") else r.uniform(0.5, 0.85)
        emo = r.uniform(0.03, 0.15)
        tags = (
            r.uniform(0.03, 0.15)
            if platform in ("instagram", "tiktok", "douyin")
            else r.uniform(0.005, 0.05)
        )
        self.kinds = [
            ("sub", sub),
            ("emoji", emo),
            ("mention", tags),
            ("generic", max(0.05, 1 - sub - emo - tags)),
        ]
        self.controls = [self._control_text() for _ in range(r.randint(1, 3))]
        self.sources: dict[str, Callable[[PostPlan], tuple[str, str, float, int]]] = {
            "organic": self._organic,
            "reply": self._reply,
            "give": self._give,
            "spam": self._spam,
            "bot": self._bot,
            "pod": self._pod,
            "ai": self._ai,
            "lure": self._lure,
            "lure_reply": self._lure_reply,
        }
        c = plan.comps
        self.bot_x = c.get("bot_comments", 0.5)
        n_bots = int(lerp_log(300, 25, self.bot_x))
        make_bot = bot_name_factory(r, platform, lang)
        self.bot_names = [make_bot() for _ in range(n_bots)] if "bot_comments" in c else []
        self.bot_pool = voice.bot_pool(self.bot_x) if "bot_comments" in c else []
        self.bot_boost = r.chance(0.2)
        self.pod = (
            [(self.name(), voice.pod_habits()) for _ in range(int(lerp_log(6, 60, c["pod"])))]
            if "pod" in c
            else []
        )
        self.ai_x = c.get("ai", 0.5)
        self.ai_names = (
            [self.name() for _ in range(int(lerp_log(200, 15, self.ai_x)))] if "ai" in c else []
        )
        lure_pool = LURE_NAMES_ZH if plan.lang == "zh" else LURE_NAMES_EN
        self.lure_names = [
            r.pick(lure_pool) + (digits(r, 3) if r.chance(0.5) else "")
            if r.chance(0.5)
            else self.name()
            for _ in range(r.randint(4, 25))
        ]
        self.post_bots: dict[str, tuple[float, float]] = {}
        self.post_pod: dict[str, list[int]] = {}

    def _control_text(self) -> str:
        """A fan club's copy-paste 'comment control' text (repeated by genuine fans)."""
        v = self.voice
        if v.zh:
            return v.fill(
                self.r.pick(
                    (
                        "#{star}{item}# 期待{star}更多精彩表现，{star}加油！",
                        "{star}的{aspect}真的太绝了，{item}冲冲冲！",
                        "支持{star}，{item}大爆！每天都要开心哦",
                        "【{star}{item}】好评如潮，{star}值得！",
                    )
                )
            )
        return v.fill(
            self.r.pick(
                (
                    "{star} deserves everything 💜 #{star}{item}",
                    "so proud of {star}, {item} is a masterpiece",
                    "STREAM {item} FOR {star} 🔥🔥",
                )
            )
        )

    def _when(self, p: PostPlan, lag: float) -> float:
        """Clamp a comment time to the as-of moment and soften local night hours."""
        t = p.t + lag
        if self.voice.zh:
            hour = (t % 1.0) * 24
            if 1.0 <= hour < 7.0 and self.r.chance(0.7):
                t += (7.0 - hour + self.r.uniform(0, 3)) / 24
        limit = self.cal.as_of_t - 0.001
        if t > limit:
            t = p.t + (limit - p.t) * self.r.py.random() ** 1.5
        return t

    def _like_scale(self, p: PostPlan) -> float:
        return max(0.15, p.organic_likes * self.r.uniform(0.0004, 0.004))

    def _organic(self, p: PostPlan) -> tuple[str, str, float, int]:
        r, v = self.r, self.voice
        if r.chance(self.reg_share):
            author = r.py.choices(self.regulars, cum_weights=self.reg_cw)[0]
        else:
            author = self.name()
        if p.viral > 2.5 and r.chance(0.3):
            text = v.viral()
        elif p.control and r.chance(p.control):
            text = r.pick(self.controls)
        elif "celebrity" in self.plan.events and r.chance(0.5):
            text = v.fan()
        else:
            kind = r.weighted(self.kinds)
            if kind == "sub":
                text = v.substantive()
            elif kind == "emoji":
                text = v.emoji_only()
            elif kind == "mention":
                text = v.mention([self.name() for _ in range(3)])
            else:
                text = v.generic()
        likes = int(self._like_scale(p) * (r.py.paretovariate(1.25) - 1))
        return author, text, self._when(p, organic_lag(r, self.slow)), min(likes, p.organic_likes)

    def _reply(self, p: PostPlan) -> tuple[str, str, float, int]:
        r = self.r
        lag = organic_lag(r, self.slow) * r.uniform(1.0, 2.0) + r.lognorm(0.1, 1.0)
        likes = int(self._like_scale(p) * 0.5 * (r.py.paretovariate(1.4) - 1))
        to = (
            self.r.py.choices(self.regulars, cum_weights=self.reg_cw)[0]
            if self.r.chance(0.4)
            else self.name()
        )
        return self.handle, self.voice.reply(to), self._when(p, lag), likes

    def _give(self, p: PostPlan) -> tuple[str, str, float, int]:
        r = self.r
        text = self.voice.giveaway([self.name() for _ in range(3)])
        return self.name(), text, self._when(p, r.lognorm(0.8, 1.0)), r.randint(0, 2)

    def _spam(self, p: PostPlan) -> tuple[str, str, float, int]:
        r = self.r
        return (
            self.name(),
            self.voice.spam(),
            self._when(p, r.lognorm(1 / 24, 1.5)),
            int(r.chance(0.15)),
        )

    def _bot(self, p: PostPlan) -> tuple[str, str, float, int]:
        r, x = self.r, self.bot_x
        if p.pid not in self.post_bots:
            delay = lerp_log(r.uniform(0.2, 2.0), r.uniform(0.003, 0.05), x)
            self.post_bots[p.pid] = (delay, lerp_log(1.5, 0.01, x))
        delay, spread = self.post_bots[p.pid]
        likes = 0 if r.chance(0.9) else r.randint(1, 3)
        if self.bot_boost and r.chance(0.15):
            likes = r.randint(20, 200)
        text = self.voice.bot(self.bot_pool, x)
        return r.pick(self.bot_names), text, self._when(p, delay + r.uniform(0, spread)), likes

    def _pod(self, p: PostPlan) -> tuple[str, str, float, int]:
        r = self.r
        order = self.post_pod.setdefault(p.pid, r.py.sample(range(len(self.pod)), len(self.pod)))
        member, habits = self.pod[order.pop() if order else r.randint(0, len(self.pod) - 1)]
        return member, r.pick(habits), self._when(p, r.lognorm(0.4 / 24, 0.8)), r.randint(0, 4)

    def _ai(self, p: PostPlan) -> tuple[str, str, float, int]:
        r = self.r
        likes = r.randint(0, 2) if r.chance(0.3) else 0
        return (
            r.pick(self.ai_names),
            self.voice.ai_praise(self.ai_x),
            self._when(p, organic_lag(r, self.slow)),
            likes,
        )

    def _lure(self, p: PostPlan) -> tuple[str, str, float, int]:
        r = self.r
        lag = r.lognorm(0.3 / 24, 1.2) if r.chance(0.7) else organic_lag(r, self.slow)
        return (
            r.pick(self.lure_names),
            self.voice.lure(),
            self._when(p, lag),
            r.randint(0, 3) if r.chance(0.7) else r.randint(3, 25),
        )

    def _lure_reply(self, p: PostPlan) -> tuple[str, str, float, int]:
        r = self.r
        return (
            self.handle,
            self.voice.lure_reply(),
            self._when(p, r.lognorm(0.3, 1.0)),
            r.randint(0, 2),
        )

    def write(self, posts: Sequence[PostPlan]) -> list[dict[str, object]]:
        """Sample and write the comments a scraper would export."""
        r = self.r
        target = int(min(400, max(60, r.lognorm(190, 0.35))))
        cap = r.pick((20, 30, 50, 50, 100))
        avail = [sum(p.mix.values()) for p in posts]
        if r.chance(0.3):
            # Many scrapers only read the comments of the latest posts.
            keep = r.randint(5, 20)
            cutoff = sorted((p.t for p in posts), reverse=True)[min(keep, len(posts)) - 1]
            avail = [a if p.t >= cutoff else 0 for a, p in zip(avail, posts, strict=True)]
            cap = max(cap, 50)
        want = [min(a, cap) for a in avail]
        total = sum(want)
        if total > target:
            want = [int(w * target / total + r.py.random()) for w in want]
        sort = r.pick(("hot", "hot", "time", "mixed"))
        weights = SORT_WEIGHTS[sort]
        flag_all = r.chance(0.5)
        out: list[dict[str, object]] = []
        for p, size in zip(posts, want, strict=True):
            counts = split_sample(r, p.mix, size, weights)
            rows: list[tuple[float, int, dict[str, object]]] = []
            for source, count in counts.items():
                make = self.sources[source]
                for _ in range(count):
                    author, text, t, likes = make(p)
                    row: dict[str, object] = {
                        "post_id": p.pid,
                        "author": author,
                        "text": text,
                        "posted_at": self.cal.stamp(t),
                        "likes": likes,
                    }
                    mine = source in ("reply", "lure_reply")
                    if mine or flag_all:
                        row["from_creator"] = mine
                    rows.append((t, likes, row))
            if sort == "hot":
                rows.sort(key=lambda x: -x[1])
            else:
                rows.sort(key=lambda x: -x[0])
            out.extend(row for _, _, row in rows)
            p.exported = len(rows)
        return out


# --------------------------------------------------------------------------------------------
# Follower sample
# --------------------------------------------------------------------------------------------

# followers (median, sd), following (median, sd), posts (median, sd, p_zero), avatar, bio, url
KIND_PARAMS: dict[str, tuple[float, ...]] = {
    "real": (150, 1.5, 300, 0.9, 60, 1.3, 0.05, 0.93, 0.55, 0.05),
    "lurker": (12, 1.2, 110, 1.0, 1, 1.0, 0.65, 0.55, 0.1, 0.0),
    "junk": (25, 1.5, 1800, 0.7, 3, 2.0, 0.45, 0.7, 0.5, 0.4),
    "bot": (3, 1.2, 900, 0.9, 1, 1.0, 0.8, 0.5, 0.05, 0.02),
    "prem": (90, 1.0, 600, 0.6, 20, 0.8, 0.03, 0.97, 0.65, 0.03),
    "churn": (450, 1.2, 2500, 0.6, 80, 1.2, 0.05, 0.95, 0.6, 0.1),
    "pod": (6000, 1.0, 1200, 0.7, 350, 0.6, 0.0, 1.0, 0.9, 0.5),
}
PLATFORM_SOCIAL = {
    "instagram": 2.0,
    "tiktok": 0.6,
    "douyin": 0.4,
    "kuaishou": 0.4,
    "rednote": 0.5,
    "weibo": 1.0,
    "bilibili": 0.3,
    "wechat_channels": 0.3,
    "youtube": 0.05,
}
CREATED_SHOWN = {"weibo": 0.9, "instagram": 0.5, "youtube": 0.9}
ZH_ACCOUNT_BIO = _split(
    "热爱生活|一枚{role}|坐标{region}|{item}爱好者|记录日常|不定期更新|INFP"
    "|00后|双子座|努力搞钱|快乐就好|{item}|慢慢来"
)
EN_ACCOUNT_BIO = _split(
    "coffee & books|{role} | {region}|just vibes|living my best life"
    "|dog mom|he/him|she/her|{item} lover|mom of 2|always learning|🌿✨"
    "|runner, reader|photos mostly"
)
PREM_BIO_ZH = _split("热爱生活，热爱美食|做一个温柔的人|生活明朗，万物可爱|愿你被这个世界温柔以待")
PREM_BIO_EN = _split("Love life ✨|Live laugh love|Dream big 💫|Good vibes only")
JUNK_BIO_ZH = _split("互关必回|主页有福利|合作私信|每天分享好物|加V了解")
JUNK_BIO_EN = _split("follow back 100%|DM for promo|link below 👇|crypto | forex | signals")


def follower_account(
    r: Rng, plan: Plan, cal: Calendar, voice: Voice, kind: str, batch: Batch | None
) -> dict[str, object]:
    """One follower's public profile, as the contract's account object."""
    platform = plan.platform
    fm, fs, gm, gs, pm, ps, p_zero, avatar, bio_p, url_p = KIND_PARAMS[kind]
    social = PLATFORM_SOCIAL[platform] if kind in ("real", "lurker", "churn") else 1.0
    quality = batch.quality if batch else 0.5
    as_of_day = cal.days - 1
    if kind == "bot":
        fm, pm, avatar = 3 + 40 * quality, 1 + 8 * quality, 0.2 + 0.75 * quality
        p_zero = 0.9 - 0.6 * quality
    followers = int(r.lognorm(fm * social, fs))
    following = int(r.lognorm(gm, gs))
    if platform == "youtube" and kind in ("real", "lurker"):
        following = int(r.lognorm(40, 1.0))
    posts = 0 if r.chance(p_zero) else max(1, int(r.lognorm(pm * max(social, 0.2), ps)))
    if batch is not None:
        created = batch.made + r.randint(-batch.made_spread, batch.made_spread)
    else:
        age = {"junk": 250.0, "pod": 1500.0}.get(kind, 1100.0)
        created = as_of_day - int(r.lognorm(age, 0.7))
    launch_day = cal.day_of(date(PLATFORMS[platform].launch, 6, 1))
    created = min(max(created, launch_day), as_of_day - 1)
    zh_platform = platform in CHINESE_PLATFORMS
    if kind == "lurker" and r.chance(0.35 if zh_platform else 0.15):
        name = default_name(r, platform)
    elif batch is not None and kind == "bot":
        name = bot_name_factory(r, platform, plan.lang)()
    else:
        name = person_name(r, plan.lang, platform)
    acc: dict[str, object] = {"id": digits(r, r.randint(9, 16))}
    if not zh_platform or platform in ("douyin", "kuaishou"):
        acc["username"] = name if name.isascii() else r.pick(PINYIN) + digits(r, 6)
    if not zh_platform and plan.lang == "en" and kind != "bot" and r.chance(0.7):
        tokens = name.replace("_", ".").split(".")
        first = next((t for t in tokens if t in EN_FIRST), r.pick(EN_FIRST))
        acc["display_name"] = first.title() + r.pick(
            ("", " " + r.pick(EN_LAST).title(), " " + r.pick(EN_LAST)[0].upper() + ".", " ✨")
        )
    else:
        acc["display_name"] = name
    acc["followers"] = followers
    acc["following"] = following
    acc["posts"] = posts
    acc["has_avatar"] = r.chance(avatar)
    if platform in ("instagram", "tiktok"):
        private_p = {"real": 0.25, "lurker": 0.35}.get(kind, 0.06)
        acc["is_private"] = r.chance(private_p)
    acc["verified"] = r.chance(0.03 if kind == "pod" else 0.004 if kind == "real" else 0.0)
    if r.chance(bio_p):
        if kind == "prem" and r.chance(1.2 - quality):
            acc["bio"] = r.pick(PREM_BIO_ZH if voice.zh else PREM_BIO_EN)
        elif kind == "junk":
            acc["bio"] = r.pick(JUNK_BIO_ZH if voice.zh else JUNK_BIO_EN)
        else:
            acc["bio"] = voice.fill(r.pick(ZH_ACCOUNT_BIO if voice.zh else EN_ACCOUNT_BIO))
    acc["has_url"] = r.chance(url_p)
    if r.chance(CREATED_SHOWN.get(platform, 0.3)):
        acc["created_at"] = cal.date_of(created).isoformat()
    if posts > 0 and r.chance(0.85):
        if kind == "bot":
            last = created + r.randint(0, 30)
        elif kind == "prem" and batch is not None:
            last = batch.day - r.randint(0, 60) if r.chance(0.7) else as_of_day - r.randint(0, 30)
        elif kind in ("real", "churn", "pod"):
            last = as_of_day - int(r.lognorm(6, 1.6))
        else:
            last = r.randint(created, as_of_day)
        acc["last_post_at"] = cal.date_of(min(max(last, created), as_of_day)).isoformat()
    if platform == "weibo":
        level = {"real": 14, "lurker": 6, "junk": 4, "bot": 2, "prem": 10, "churn": 16, "pod": 25}[
            kind
        ]
        acc["platform_level"] = int(min(48, max(1, r.lognorm(level, 0.5))))
        acc["membership_level"] = (
            r.randint(1, 7) if kind in ("real", "pod", "churn") and r.chance(0.15) else 0
        )
        credit = {
            "real": ((0, 5), (1, 30), (2, 35), (3, 20), (4, 10)),
            "lurker": ((0, 20), (1, 60), (2, 20)),
            "junk": ((0, 50), (1, 50)),
            "bot": ((0, 60), (1, 40)),
            "prem": ((0, 10), (1, 50), (2, 40)),
            "churn": ((1, 40), (2, 40), (3, 20)),
            "pod": ((2, 30), (3, 40), (4, 30)),
        }
        acc["credit_rating"] = r.weighted(credit[kind])
    return acc


def follower_sample(
    r: Rng, plan: Plan, cal: Calendar, voice: Voice, aud: Audience
) -> list[dict[str, object]]:
    """A random sample of 50-200 current followers, drawn from the follower composition."""
    last = cal.days - 1
    real = float(aud.real[last])
    active = min(0.95, max(0.1, float(aud.act[last]) * r.uniform(0.8, 1.2)))
    groups: list[tuple[str, Batch | None, float]] = [
        ("real", None, real * active),
        ("lurker", None, real * (1 - active)),
        ("junk", None, float(aud.junk[last])),
        ("churn", None, float(aud.churn[last])),
        ("pod", None, float(aud.mutual[last])),
    ]
    for kind, stock in (("bot", float(aud.bot[last])), ("prem", float(aud.prem[last]))):
        mine = [b for b in aud.batches if b.kind == kind]
        weights = [b.amount * (0.5 if last - b.day > 365 else 1.0) for b in mine]
        total_w = sum(weights)
        for b, w in zip(mine, weights, strict=True):
            groups.append((kind, b, stock * w / total_w))
    counts = np.array([max(g[2], 0.0) for g in groups])
    size = int(min(r.randint(50, 200), counts.sum()))
    drawn = r.np.multinomial(size, counts / counts.sum())
    accounts: list[dict[str, object]] = []
    for (kind, batch, _), k in zip(groups, drawn, strict=True):
        accounts.extend(follower_account(r, plan, cal, voice, kind, batch) for _ in range(k))
    order = r.np.permutation(len(accounts))
    return [accounts[i] for i in order]


# --------------------------------------------------------------------------------------------
# Follower history as a tracker exports it
# --------------------------------------------------------------------------------------------


def display_round(value: float, platform: str, fine: bool) -> int:
    """Round a count the way the platform displays it ('12.3万', '45.6K', '1.2M')."""
    v = int(value)
    if v < 10_000:
        return v
    if platform in CHINESE_PLATFORMS:
        unit = (100 if fine else 1000) if v < 100_000_000 else 1_000_000
    elif platform == "youtube":
        unit = 10 ** max(0, len(str(v)) - 3)
    else:
        unit = 100 if v < 1_000_000 else (10_000 if fine else 100_000)
    return int(round(v / unit) * unit)


def follower_history(r: Rng, plan: Plan, cal: Calendar, aud: Audience) -> list[dict[str, object]]:
    """Daily snapshots with missing days, scraper gaps, stale values and display rounding."""
    n = cal.days
    total = aud.total()
    end = n - 1 - (r.randint(1, 3) if r.chance(0.3) else 0)
    start = max(1, end - cal.hist_len + 1)
    days = np.arange(start, end + 1)
    keep = r.np.random(len(days)) >= r.uniform(0.0, 0.12)
    for _ in range(r.randint(0, 3)):
        g0 = r.randint(0, len(days) - 1)
        keep[g0 : g0 + r.randint(2, 20)] = False
    keep[-1] = True
    frac = r.np.random(len(days))
    values = total[days - 1] + frac * (total[days] - total[days - 1])
    rounding = r.chance(0.4)
    fine = r.chance(0.5)
    stale_p = r.uniform(0.0, 0.05)
    with_following = aud.following is not None and r.chance(0.75)
    rows: list[dict[str, object]] = []
    previous: int | None = None
    for i, day in enumerate(days):
        if not keep[i]:
            continue
        value = round(float(values[i]))
        if rounding:
            value = display_round(value, plan.platform, fine)
        if previous is not None and r.chance(stale_p):
            value = previous
        row: dict[str, object] = {"date": cal.date_of(int(day)).isoformat(), "followers": value}
        if with_following and aud.following is not None and r.chance(0.97):
            row["following"] = int(aud.following[int(day)])
        rows.append(row)
        previous = value
    return rows


# --------------------------------------------------------------------------------------------
# Profile and record
# --------------------------------------------------------------------------------------------

ZH_TAGLINE = _split(
    "{item}分享|分享{aspect}小技巧|记录{item}日常|一个爱{item}的人|{item}测评"
    "|专注{aspect}|{place}生活记录|真实{item}体验"
)
EN_TAGLINE = _split(
    "{item} & {aspect}|sharing my {item} journey|honest {item} reviews"
    "|{place} based|{aspect} nerd|daily {item} content|{item} tips"
)
COUNTRIES_EN = (
    ("US", 45),
    ("GB", 12),
    ("CA", 8),
    ("AU", 6),
    ("IN", 8),
    ("PH", 5),
    ("NG", 3),
    ("DE", 3),
    ("SG", 3),
    ("MY", 3),
    ("IE", 2),
    ("NZ", 2),
)
TZ_EN = (-8, -5, -5, -6, 0, 1, 8, 10)
ZH_CITIES = _split(
    "北京|上海|广州|深圳|杭州|成都|重庆|武汉|西安|南京|长沙|厦门|苏州|青岛|大理"
    "|昆明|天津|郑州|合肥|香港|台北"
)
EN_CITIES = _split(
    "NYC|LA|London|Toronto|Chicago|Austin|Sydney|Melbourne|Manila|Dublin|Miami"
    "|Seattle|Atlanta|Vancouver|Lagos|Mumbai|Berlin|Singapore"
)


def creator_handle(r: Rng, plan: Plan) -> str:
    """The creator's handle in the platform's style."""
    if plan.platform in CHINESE_PLATFORMS:
        if plan.platform in ("douyin", "kuaishou") or r.chance(0.4):
            return r.pick(PINYIN) + r.pick(PINYIN) + r.pick(("", "_", ".")) + digits(r, 4)
        return zh_nick(r) + digits(r, 3)
    if plan.lang == "zh":
        return r.pick(PINYIN) + r.pick((".", "_", "")) + r.pick(EN_WORD) + digits(r, 2)
    return en_handle(r) + (digits(r, 2) if r.chance(0.5) else "")


def creator_bio(r: Rng, plan: Plan, voice: Voice) -> str:
    """Bio: tagline, city, contacts (genuine brand contacts look like lures; cautious lure
    accounts keep the bio clean)."""
    parts = [voice.fill(r.pick(ZH_TAGLINE if voice.zh else EN_TAGLINE))]
    lure = "lure" in plan.comps and r.chance(0.4 + 0.6 * plan.comps["lure"])
    mail = (
        r.pick(PINYIN)
        + r.pick(PINYIN)
        + digits(r, 3)
        + "@"
        + r.pick(("163.com", "qq.com", "gmail.com", "outlook.com", "126.com"))
    )
    if voice.zh:
        if r.chance(0.4):
            parts.append("坐标" + r.pick(ZH_CITIES))
        if r.chance(0.35):
            parts.append(r.pick(("📮", "合作：", "商务合作：", "📧")) + mail)
        elif r.chance(0.15):
            parts.append("商务V：" + lure_contact(r))
        if lure:
            parts.append(
                r.pick(
                    ("免费领{item}资料👉", "想要{item}攻略的看这里👉", "副业交流👉", "资源都在这👉")
                ).format(item=r.pick(voice.lex.items))
                + r.pick(("薇❤", "v❤", "🐧", "威：", "➕"))
                + lure_contact(r)
            )
        return r.pick(("｜", "\n", " ")).join(parts)
    if r.chance(0.4):
        parts.append("📍" + r.pick(EN_CITIES))
    if r.chance(0.4):
        parts.append(r.pick(("📩 ", "collabs: ", "business: ")) + mail)
    if lure:
        parts.append(
            r.pick(("free guide 👉 ", "DM 'START' or tg: ", "earn with me 💰 ")) + lure_contact(r)
        )
    return r.pick((" | ", "\n", " ✨ ")).join(parts)


def make_profile(
    r: Rng, plan: Plan, cal: Calendar, aud: Audience, voice: Voice, posts: Sequence[PostPlan]
) -> dict[str, object]:
    """The profile block: counts at as-of (or an older snapshot), bio, dates."""
    last = cal.days - 1
    total = aud.total()
    profile: dict[str, object] = {}
    if r.chance(0.05):
        day = last - r.randint(5, 60)
        profile["followers"] = int(total[max(0, day)])
        profile["observed_at"] = cal.date_of(max(0, day)).isoformat()
    else:
        followers = int(total[last])
        if r.chance(0.15):
            followers = display_round(followers, plan.platform, r.chance(0.5))
        profile["followers"] = followers
    if aud.following is not None:
        profile["following"] = int(aud.following[last])
    first_age = cal.as_of_t - posts[0].t
    older = int(r.uniform(0.2, 1.0) * r.lognorm(400, 0.8) / plan.mean_gap)
    profile["posts"] = len(posts) + older
    verified_p = {"tiny": 0.0, "nano": 0.02, "micro": 0.1, "mid": 0.4, "macro": 0.8, "mega": 0.98}[
        plan.tier
    ]
    profile["verified"] = r.chance(verified_p)
    launch = date(PLATFORMS[plan.platform].launch, 3, 1)
    as_of = cal.date_of(last)
    min_age = max(first_age, aud.legacy_days) + r.randint(10, 300)
    age = max(min_age, r.lognorm(3 * 365, 0.6))
    created = max(launch, as_of - timedelta(days=int(age)))
    if r.chance(0.6):
        profile["created_at"] = created.isoformat()
    profile["bio"] = creator_bio(r, plan, voice)
    if r.chance(0.8):
        profile["category"] = plan.vertical
    if r.chance(0.6):
        if plan.platform in CHINESE_PLATFORMS:
            country = "CN" if r.chance(0.92) else r.pick(("TW", "HK", "MY", "SG"))
        elif plan.lang == "zh":
            country = r.pick(("TW", "HK", "SG", "MY", "US", "CA", "AU", "CN"))
        else:
            country = r.weighted(COUNTRIES_EN)
        profile["country"] = country
    return profile


@dataclass
class Simulation:
    """The latent state of one simulated creator (kept for inspection and debugging)."""

    r: Rng
    plan: Plan
    cal: Calendar
    posts: list[PostPlan]
    timing: FraudTiming
    traits: Traits
    audience: Audience


def simulate_creator(seed: int, index: int) -> Simulation:
    """Run the latent simulation of creator `index`: plan, calendar, followers, engagement."""
    r = Rng(seed, index)
    plan = make_plan(r, pair_label(seed, index))
    as_of, hist_len = choose_as_of(r, plan, seed)
    ages = post_ages(r, plan)
    n_days = int(max(hist_len, ages[-1] + 3)) + 2
    tz = 8 if plan.platform in CHINESE_PLATFORMS or plan.lang == "zh" else r.pick(TZ_EN)
    zulu = plan.platform not in CHINESE_PLATFORMS
    # The as-of hour keeps the UTC date equal to the local date, so no local date is later.
    earliest = max(8.0, tz + 1.0) if zulu else 8.0
    cal = Calendar(
        as_of - timedelta(days=n_days - 1),
        n_days,
        n_days - 1 + r.uniform(earliest, 23.5) / 24,
        tz,
        zulu,
        hist_len,
    )
    posts = make_posts(r, plan, cal, ages)
    ft = fraud_timing(r, plan, cal, posts)
    traits = make_traits(r, plan)
    aud, season = simulate_audience(r, plan, cal, posts, ft, traits, seed)
    bought_days = [b.day for b in aud.batches if b.day >= 0]
    if bought_days:
        # An inflated follower count wins brand deals: more sponsored posts after buying.
        for p in posts:
            if p.t > min(bought_days) and r.chance(plan.brand_rate * 0.6):
                p.sponsored = True
    engage(r, plan, cal, aud, posts, ft, season, traits)
    return Simulation(r, plan, cal, posts, ft, traits, aud)


def creator_record(seed: int, index: int) -> dict[str, object]:
    """Simulate creator `index` of the run `seed` and export it as a scraper would."""
    sim = simulate_creator(seed, index)
    r, plan, cal, posts, aud = sim.r, sim.plan, sim.cal, sim.posts, sim.audience
    voice = Voice(r, plan.lang, plan.platform, plan.vertical, plan.star)
    handle = creator_handle(r, plan)
    comments = CommentWriter(r, plan, cal, voice, handle).write(posts)
    post_rows: list[dict[str, object]] = []
    for p in sorted(posts, key=lambda q: -q.t):
        row: dict[str, object] = {"post_id": p.pid, "posted_at": cal.stamp(p.t), "format": p.fmt}
        row.update(p.out)
        if plan.platform == "kuaishou":
            row["comments"] = p.exported
            row["comments_unknown"] = True
        post_rows.append(row)
    record: dict[str, object] = {
        "creator_id": f"{plan.platform}:{handle}",
        "platform": plan.platform,
        "handle": handle,
        "as_of": cal.stamp(cal.as_of_t),
        "profile": make_profile(r, plan, cal, aud, voice, posts),
    }
    if r.chance(0.8):
        record["follower_history"] = follower_history(r, plan, cal, aud)
    record["posts"] = post_rows
    record["comments"] = comments
    if r.chance(0.75):
        record["follower_sample"] = follower_sample(r, plan, cal, voice, aud)
    record["label"] = plan.label
    record["archetype"] = plan.archetype
    return record


def generate(n: int, seed: int) -> Iterator[dict]:
    """Yield n labelled creator records; record i depends only on (seed, i)."""
    for index in range(n):
        yield creator_record(seed, index)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: write --n creators for --seed as JSONL to --out."""
    parser = argparse.ArgumentParser(description="Simulate genuine and fraudulent creators.")
    parser.add_argument("--n", type=int, default=2000, help="number of creators")
    parser.add_argument("--seed", type=int, default=0, help="random seed")
    parser.add_argument("--out", default="lima_creators.jsonl", help="output JSONL path")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.writelines(
            json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
            for record in generate(args.n, args.seed)
        )
    elapsed = time.perf_counter() - started
    print(f"wrote {args.n} creators to {args.out} in {elapsed:.1f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Simulated social-media creators, genuine and fraudulent, as a test bed for a fraud detector.

Author: mike.  Written independently of the detector, from general knowledge of the platforms,
their audiences and the fraud markets.  ``generate(n, seed)`` yields creator records valid
against ``creator.schema.json`` plus ``label`` (1 = fraudulent, 0 = genuine) and
``archetype``.  Record i depends only on (seed, i).  Standard library and numpy only.

Focus: audiences and their comment sections.  Every creator gets an audience culture
(ordinary, fandom/stan, niche-loyal, livestream "老铁", older WeChat audience, celebrity fan
clubs), an audience language mix (Chinese first; English; Cantonese; Hinglish, Indonesian,
Portuguese, Spanish, Taglish for some international creators), a pool of regular commenters
and a share of organic bots, zombies and third-party lure spam that every real audience has.

Archetypes (expected share of all records, %)
-------------------------------------------
Genuine (50):
  organic_nano 6, organic_micro 6, organic_mid 4.5, organic_macro 2.5 -- ordinary creators.
  tiny_koc 3.5 -- under ~1.5k followers, only 5-14 posts, friends in the comments.
  niche_loyal 4 -- crafts, finance, farming, local news...; few, loyal, terse commenters
      who come back on every post (looks like a pod at first sight).
  fandom_community 3 -- emoji-heavy stan/idol/anime/vtuber audiences, 打卡/前排/三连 rituals.
  livestream_laotie 2.5 -- Kuaishou/Douyin sellers: 老铁666, 几号链接, 已拍 (looks paid).
  viral_post 3.5 -- one post explodes; follower surge; many generic comments.
  giveaway 3 -- 抽奖/giveaway: surge, mention-only entries, lottery-hunter followers.
  shoutout 2.5 -- a bigger account's mention: a step in followers in 1-3 days.
  bot_purge 2.5 -- the platform removes bots: a sudden follower drop.
  celebrity_low_er 2 -- millions of followers, ER far below 1%, fan-club 控评 slogans.
  dormant_decline 2 -- big old account, slow decline, inactive audience, low engagement.
  follows_back_koc 1.5 -- community KOC following back thousands (following ~ followers).
  bilingual_creator 1.5 -- mixed zh/en audience (RedNote "refugees", YouTube diaspora).
Fraud (50), each with an intensity in (0, 1] drawn from beta(1.3, 1.9): mostly cautious:
  bought_followers_burst 4.5, bought_followers_drip 4, bought_followers_premium 4 (aged
      accounts with avatars and posts, task-app humans), bought_likes 4.5 (likes, views or
      both), bot_comments 3.5, paid_comments 2.5 (human 水军 farms: varied praise, product
      seeding), engagement_pod 4 (Instagram pods, 互赞/互评 groups: the same members comment
      within the first hour of every post), ai_comments 4 (LLM praise in polished, casual or
      question styles that cite post details), follow_churn 3.5 (follow/unfollow cycles or
      steady turnover), lure_spam 2.5 (traffic-diversion account: sockpuppets ask "怎么领",
      the creator answers "已私", disguised contacts), and combos 13:
  combo:bought_followers_burst+bought_likes 2, combo:bought_followers_drip+bot_comments 1.5,
  combo:bought_followers_premium+ai_comments 1.5, combo:bought_likes+paid_comments 1.5,
  combo:engagement_pod+bought_followers_drip 1.5, combo:follow_churn+bought_likes 1.5,
  combo:bought_followers_burst+bought_likes+bot_comments 1.5,
  combo:bought_likes+ai_comments 1, combo:bought_followers_premium+bought_likes 1.

Main assumptions
----------------
* Platforms: ~60% Chinese (Douyin, RedNote, Weibo, Bilibili, Kuaishou, WeChat Channels),
  ~40% Instagram, TikTok, YouTube; each with its own reach, like/comment/share/save norms,
  formats, visible fields (RedNote shows no views, Bilibili has coins and danmaku, Kuaishou
  exports may lack the comment count, some Instagram creators hide likes).
* Genuine engagement is log-normal between creators and between posts, falls with size,
  and has hit posts; follower growth is Poisson gains and losses driven by posts.
* Genuine audiences contain lurkers (many with default names and avatars), inactive and
  zombie accounts (many on Weibo), some organic bots, and lure spam from third parties;
  short and emoji-only comments are common, ritual comments (打卡, first) repeat in form but
  vary in detail; fan clubs repeat 控评 slogans verbatim.  Each platform has its own comment
  culture (bracket emoji codes such as [赞R] or [doge], YouTube's long comments and
  timestamps, TikTok's "💀" relatability, Instagram's tags and emoji, Bilibili's 三连/前排,
  Weibo's 回复@ threads) and creators reply to part of their comments.
* Comment farms reuse a pool of accounts across posts; cheap bots draw from a short script
  (sometimes in the wrong language) and post within minutes; paid humans vary their praise
  and seed products; LLM comments are fluent, positive and cite post details; pods comment
  within the first hour of every post and the creator thanks them; lures hide contacts
  behind homoglyphs, full-width or circled digits, spacing and code words (v, 薇, 🐧, dd).
* Fraud is added on top of an ordinary organic creator, sometimes with a genuine event too
  (viral post, giveaway, purge) as a confounder.  Bought followers are delivered in bursts
  or drips, drop over weeks and get refilled; some were bought before the history window.
  Bought likes come in packages; cautious sellers randomise them and buy views too.
  Comment fraud mixes with the organic comments in proportion, so subtle fraud is sparse.
* Sizes: 10-60 posts (tiny_koc: 5-14, by design), a comment sample spread over the posts
  up to a common cap (typically 100-300, up to 400, fewer when the posts have few).
* Data blocks are present as a scraper would give them: comments for ~93% of creators,
  a daily follower history for ~55% (sparse snapshots for ~15% more), a follower sample
  (50-200 accounts) for ~55%; sometimes an older profile snapshot (``observed_at``).
"""

# Chinese and full-width punctuation, small caps and look-alike digits are deliberate here.
# ruff: noqa: RUF001, RUF100

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import random
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TextIO

import numpy as np

# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------

_SLOT = re.compile(r"\{(\w+)\}")


def _bank(text: str) -> list[str]:
    """Split a '|'-separated bank of phrases into a list."""
    return text.split("|")


def _lex(entries: dict[str, str]) -> dict[str, list[str]]:
    """Turn a dict of '|'-separated banks into a dict of lists."""
    return {key: _bank(value) for key, value in entries.items()}


def _weights(spec: str) -> tuple[list[str], list[float]]:
    """Parse 'a:3 b:1.5' into names and weights."""
    names, weights = [], []
    for item in spec.split():
        name, weight = item.split(":")
        names.append(name)
        weights.append(float(weight))
    return names, weights


# --------------------------------------------------------------------------------------------
# Archetypes
# --------------------------------------------------------------------------------------------

GENUINE_ARCHETYPES: dict[str, float] = {
    "organic_nano": 6.0,
    "organic_micro": 6.0,
    "organic_mid": 4.5,
    "organic_macro": 2.5,
    "tiny_koc": 3.5,
    "niche_loyal": 4.0,
    "fandom_community": 3.0,
    "livestream_laotie": 2.5,
    "viral_post": 3.5,
    "giveaway": 3.0,
    "shoutout": 2.5,
    "bot_purge": 2.5,
    "celebrity_low_er": 2.0,
    "dormant_decline": 2.0,
    "follows_back_koc": 1.5,
    "bilingual_creator": 1.5,
}

FRAUD_ARCHETYPES: dict[str, float] = {
    "bought_followers_burst": 4.5,
    "bought_followers_drip": 4.0,
    "bought_followers_premium": 4.0,
    "bought_likes": 4.5,
    "bot_comments": 3.5,
    "paid_comments": 2.5,
    "engagement_pod": 4.0,
    "ai_comments": 4.0,
    "follow_churn": 3.5,
    "lure_spam": 2.5,
    "combo:bought_followers_burst+bought_likes": 2.0,
    "combo:bought_followers_drip+bot_comments": 1.5,
    "combo:bought_followers_premium+ai_comments": 1.5,
    "combo:bought_likes+paid_comments": 1.5,
    "combo:engagement_pod+bought_followers_drip": 1.5,
    "combo:follow_churn+bought_likes": 1.5,
    "combo:bought_followers_burst+bought_likes+bot_comments": 1.5,
    "combo:bought_likes+ai_comments": 1.0,
    "combo:bought_followers_premium+bought_likes": 1.0,
}

# Genuine archetype -> (size tiers to draw from, audience culture).
GENUINE_SETUP: dict[str, tuple[str, str]] = {
    "organic_nano": ("nano", "ordinary"),
    "organic_micro": ("micro", "ordinary"),
    "organic_mid": ("mid", "ordinary"),
    "organic_macro": ("macro", "ordinary"),
    "tiny_koc": ("tiny", "ordinary"),
    "niche_loyal": ("niche", "niche"),
    "fandom_community": ("nano micro mid", "fandom"),
    "livestream_laotie": ("nano micro mid", "live"),
    "viral_post": ("tiny nano nano micro", "ordinary"),
    "giveaway": ("nano micro micro mid", "ordinary"),
    "shoutout": ("tiny nano micro", "ordinary"),
    "bot_purge": ("micro mid mid macro", "ordinary"),
    "celebrity_low_er": ("celeb", "celebrity"),
    "dormant_decline": ("micro mid macro", "ordinary"),
    "follows_back_koc": ("tiny nano nano", "ordinary"),
    "bilingual_creator": ("nano micro mid", "ordinary"),
}

TIERS: dict[str, tuple[float, float]] = {
    "tiny": (80, 1500),
    "nano": (1000, 10000),
    "micro": (10000, 100000),
    "mid": (100000, 1000000),
    "macro": (1000000, 8000000),
    "celeb": (3000000, 80000000),
    "niche": (300, 30000),
}

# Platform weights for archetypes that live mostly on some platforms (default otherwise).
PLATFORM_BIAS: dict[str, str] = {
    "livestream_laotie": "kuaishou:55 douyin:35 wechat_channels:5 tiktok:5",
    "celebrity_low_er": "weibo:35 douyin:20 instagram:25 tiktok:10 youtube:10",
    "fandom_community": "bilibili:25 weibo:20 douyin:10 rednote:10 tiktok:15 instagram:10 "
    "youtube:10",
    "niche_loyal": "wechat_channels:14 kuaishou:12 bilibili:12 douyin:12 rednote:12 weibo:8 "
    "youtube:14 instagram:8 tiktok:8",
    "bilingual_creator": "rednote:25 youtube:25 instagram:20 tiktok:15 bilibili:10 douyin:5",
    "follows_back_koc": "instagram:35 rednote:25 tiktok:15 douyin:10 weibo:15",
    "giveaway": "weibo:30 instagram:25 rednote:15 douyin:10 tiktok:10 youtube:5 bilibili:5",
    "engagement_pod": "instagram:40 rednote:20 tiktok:15 douyin:10 weibo:5 youtube:5 bilibili:5",
    "follow_churn": "instagram:35 tiktok:20 rednote:15 douyin:15 weibo:10 kuaishou:5",
    "lure_spam": "douyin:25 rednote:20 weibo:15 kuaishou:10 tiktok:15 instagram:15",
    "paid_comments": "douyin:22 rednote:22 weibo:16 kuaishou:8 bilibili:6 wechat_channels:6 "
    "instagram:8 tiktok:7 youtube:5",
}

# --------------------------------------------------------------------------------------------
# Platforms
# --------------------------------------------------------------------------------------------

CHINESE_PLATFORMS = ("douyin", "rednote", "weibo", "bilibili", "kuaishou", "wechat_channels")


@dataclass(frozen=True)
class PlatformSpec:
    """Engagement norms of a platform.

    reach: median views per follower; like: likes per view; cmt: comments per like;
    share/save: per like; reach_s/post_s: log-sigmas between creators and between posts;
    views_p: chance an export has views; fields: optional counters the platform shows.
    """

    weight: float
    reach: float
    reach_s: float
    post_s: float
    like: float
    cmt: float
    share: float
    save: float
    views_p: float
    fields: tuple[str, ...]
    formats: str


PLATFORMS: dict[str, PlatformSpec] = {
    "douyin": PlatformSpec(
        16,
        0.6,
        0.8,
        1.1,
        0.045,
        0.04,
        0.08,
        0.07,
        0.45,
        ("shares", "saves"),
        "video:80 image:16 live:4",
    ),
    "rednote": PlatformSpec(
        14, 0.35, 0.9, 1.1, 0.08, 0.08, 0.05, 0.45, 0.0, ("shares", "saves"), "image:70 video:30"
    ),
    "weibo": PlatformSpec(
        10, 0.06, 1.0, 0.9, 0.05, 0.2, 0.25, 0.0, 0.3, ("shares",), "text:30 image:48 video:22"
    ),
    "bilibili": PlatformSpec(
        8,
        0.35,
        0.8,
        0.9,
        0.05,
        0.07,
        0.06,
        0.3,
        1.0,
        ("shares", "saves", "coins", "danmaku"),
        "video:95 text:5",
    ),
    "kuaishou": PlatformSpec(
        7, 0.5, 0.8, 1.0, 0.035, 0.07, 0.05, 0.0, 0.8, ("shares",), "video:82 live:14 image:4"
    ),
    "wechat_channels": PlatformSpec(
        5, 0.4, 1.0, 1.0, 0.03, 0.06, 0.4, 0.0, 0.0, ("shares",), "video:88 live:8 image:4"
    ),
    "instagram": PlatformSpec(
        15, 0.3, 0.7, 0.6, 0.08, 0.02, 0.0, 0.0, 0.6, (), "image:46 video:50 other:4"
    ),
    "tiktok": PlatformSpec(
        14,
        0.5,
        0.8,
        1.3,
        0.07,
        0.015,
        0.03,
        0.06,
        1.0,
        ("shares", "saves"),
        "video:93 image:5 live:2",
    ),
    "youtube": PlatformSpec(11, 0.12, 0.8, 0.8, 0.035, 0.05, 0.0, 0.0, 1.0, (), "video:96 live:4"),
}

PLATFORM_CATEGORIES: dict[str, str] = {
    "douyin": "food:4 comedy:4 beauty:3 fashion:2 travel:2 pets:2 dance:2 lifestyle:3 "
    "knowledge:2 cars:1 parenting:1 fitness:1 farming:1 local_news:1",
    "rednote": "beauty:5 fashion:5 food:3 travel:3 lifestyle:3 home:2 parenting:1 fitness:2 "
    "crafts:1 pets:1 finance:1",
    "weibo": "local_news:3 comedy:2 fashion:2 beauty:2 finance:2 knowledge:2 music:2 "
    "lifestyle:2 anime:1 food:1 travel:1",
    "bilibili": "gaming:5 knowledge:4 anime:4 tech:3 music:2 food:1 dance:1 lifestyle:1 "
    "crafts:1 cars:1",
    "kuaishou": "farming:4 food:3 comedy:3 cars:2 local_news:2 lifestyle:2 music:1 crafts:1",
    "wechat_channels": "knowledge:4 finance:3 local_news:3 food:2 parenting:2 farming:2 "
    "lifestyle:2 music:1",
    "instagram": "beauty:4 fashion:4 fitness:3 travel:3 food:3 lifestyle:3 home:1 pets:1 "
    "crafts:1 music:1",
    "tiktok": "comedy:4 dance:3 beauty:3 food:3 pets:2 lifestyle:2 fashion:2 fitness:1 "
    "gaming:1 knowledge:1",
    "youtube": "tech:4 gaming:4 finance:3 knowledge:3 music:2 cars:2 food:2 fitness:1 "
    "crafts:1 travel:1 comedy:1",
}
NICHE_CATEGORIES = "crafts:4 finance:4 farming:4 local_news:4 knowledge:2 cars:2 tech:1"
FANDOM_CATEGORIES = "anime:4 music:4 dance:3 gaming:2 comedy:1"

# category -> (zh topics, zh details, en topics, en details)
CATEGORIES: dict[str, tuple[str, str, str, str]] = {
    "beauty": (
        "口红|粉底液|眼影盘|防晒霜|卸妆油|精华|腮红|睫毛膏|遮瑕|妆容",
        "色号|持妆|质地|上脸效果|价格|成分|包装|显色度|刷子|底妆|眼线|修容",
        "lipstick|foundation|eyeshadow palette|sunscreen|serum|blush|mascara|concealer",
        "shade|finish|texture|wear time|price|packaging|formula|undertone|swatches|liner",
    ),
    "fashion": (
        "大衣|牛仔裤|连衣裙|卫衣|通勤穿搭|包包|运动鞋|西装|针织衫|半身裙",
        "配色|版型|面料|尺码|腰线|搭配|鞋子|发型|耳环|比例",
        "coat|jeans|dress|hoodie|work outfit|bag|sneakers|blazer|sweater|skirt",
        "color combo|fit|fabric|sizing|waistline|styling|shoes|hair|earrings",
    ),
    "food": (
        "红烧肉|螺蛳粉|蛋糕|火锅|糖醋排骨|早餐|便当|面包|小龙虾|家常菜",
        "火候|酱汁|配方|刀工|糖的用量|摆盘|口感|调料|步骤|锅",
        "ramen|sourdough|cake|pasta|curry|meal prep|tacos|dumplings|brownies|salad",
        "sauce|recipe|timing|knife work|sugar|plating|texture|seasoning|steps|pan",
    ),
    "travel": (
        "大理|川西自驾|日本|新疆|民宿|泰国|云南|青海湖|厦门|攻略",
        "路线|住宿|预算|机位|拍照|交通|天气|门票|美食|行程安排",
        "Bali|Japan trip|road trip|Iceland|Airbnb|Lisbon|Mexico City|hiking trail|Paris",
        "route|hotel|budget|photo spots|transport|weather|tickets|food spots|drone shots",
    ),
    "tech": (
        "新手机|笔记本|耳机|平板|键盘|相机|充电宝|智能手表|显卡|路由器",
        "续航|屏幕|价格|拍照|性能|发热|做工|系统|信号|音质",
        "phone|laptop|earbuds|tablet|keyboard|camera|smartwatch|GPU|monitor|router",
        "battery life|screen|price|camera|performance|thermals|build quality|software",
    ),
    "gaming": (
        "原神|王者荣耀|黑神话|和平精英|新版本|这局|Boss战|开荒|抽卡|联机",
        "操作|配装|出装|走位|剧情|画面|手法|阵容|意识|BGM",
        "Elden Ring|Minecraft|Fortnite|Valorant|this run|boss fight|new season|speedrun",
        "build|aim|strategy|lore|graphics|timing|loadout|movement|soundtrack|settings",
    ),
    "finance": (
        "基金定投|存钱|理财|房贷|指数基金|记账|公积金|养老金|黄金|国债",
        "收益率|风险|利率|定投节奏|仓位|手续费|复利|分散配置|提前还款|预算",
        "index funds|budgeting|Roth IRA|mortgage|emergency fund|dividends|ETFs|401k",
        "returns|risk|interest rate|allocation|fees|compound interest|early payoff|tax",
    ),
    "parenting": (
        "辅食|早教|绘本|哄睡|幼儿园|带娃|母乳|二胎|育儿|作业",
        "作息|月龄|分量|方法|情绪|耐心|习惯|年龄段|安全|时间",
        "toddler meals|sleep training|picture books|daycare|potty training|newborn",
        "schedule|age range|portions|routine|emotions|patience|habits|safety|naps",
    ),
    "fitness": (
        "减脂|跑步|瑜伽|帕梅拉|增肌|普拉提|体态|马甲线|跳绳|健身餐",
        "动作|呼吸|组数|饮食|热量|强度|拉伸|核心|膝盖|频率",
        "fat loss|running|yoga|pilates|leg day|posture|home workout|protein|marathon",
        "form|breathing|sets|diet|calories|intensity|stretching|core|knees|frequency",
    ),
    "pets": (
        "猫粮|狗狗|布偶猫|柯基|猫砂|驱虫|铲屎|橘猫|金毛|仓鼠",
        "品种|毛色|性格|饮食|训练|体重|洗澡|疫苗|表情|叫声",
        "golden retriever|cat food|puppy|kitten|rescue dog|corgi|litter box|husky",
        "breed|coat|personality|diet|training|weight|bath|vaccines|face|zoomies",
    ),
    "music": (
        "翻唱|吉他|钢琴|原创|这首歌|编曲|live|乐队|唱功|和声",
        "高音|转音|和弦|节奏|副歌|前奏|音色|气息|混音|间奏",
        "cover|guitar|piano|original song|this track|live set|band|vocals|beat",
        "high notes|chords|rhythm|chorus|intro|tone|breath control|mix|bridge",
    ),
    "knowledge": (
        "历史|心理学|天文|法律常识|英语学习|考研|物理|读书|冷知识|医学科普",
        "逻辑|例子|资料|观点|细节|结论|讲解|数据|案例|推导",
        "history|psychology|astronomy|law|language learning|exam prep|physics",
        "logic|examples|sources|argument|details|conclusion|explanation|data",
    ),
    "crafts": (
        "钩针|刺绣|木工|手账|黏土|编织|皮具|陶艺|拼布|手工皂",
        "针法|配色|线材|工具|尺寸|步骤|收尾|图纸|打磨|比例",
        "crochet|embroidery|woodworking|journaling|polymer clay|knitting|pottery|quilting",
        "stitch|color palette|yarn|tools|sizing|steps|finishing|pattern|sanding",
    ),
    "farming": (
        "种菜|果园|养鸡|插秧|大棚|收玉米|养蜂|种草莓|农机|养鱼",
        "施肥|品种|浇水|病虫害|产量|天气|价格|土壤|时节|销路",
        "vegetable garden|orchard|chickens|greenhouse|corn harvest|beekeeping|cattle",
        "fertilizer|variety|watering|pests|yield|weather|prices|soil|season|market",
    ),
    "local_news": (
        "本地新闻|修路|地铁|菜市场|天气预警|老城区|学区|停水通知|新开的店|交通",
        "时间|地点|通知|路段|进度|价格|安排|政策|影响|消息来源",
        "city council|road work|new subway line|local market|storm warning|traffic",
        "timeline|location|notice|route|progress|prices|schedule|policy|impact",
    ),
    "comedy": (
        "段子|情景剧|模仿|日常吐槽|整蛊|反转|搞笑视频|方言|办公室|家庭",
        "结尾|反转|表情|台词|配音|节奏|演技|包袱|梗|BGM",
        "skit|impression|prank|story time|POV|parody|sketch|office skit|family skit",
        "ending|twist|face|line|voice|timing|acting|punchline|callback|music",
    ),
    "lifestyle": (
        "vlog|独居|早晨routine|周末|租房改造|收纳|日常|极简|咖啡|搬家",
        "光线|滤镜|节奏|布置|bgm|好物|细节|氛围|色调|桌子",
        "vlog|morning routine|weekend|apartment tour|organizing|day in my life",
        "lighting|editing|pacing|decor|music|finds|details|vibe|colors|desk",
    ),
    "cars": (
        "新能源车|二手车|自驾|保养|试驾|SUV|改装|充电|油耗|提车",
        "续航|价格|空间|配置|操控|油耗|内饰|保养费|底盘|智驾",
        "EV|used car|road trip|maintenance|test drive|SUV|mods|charging|truck|new car",
        "range|price|space|trim|handling|mpg|interior|maintenance cost|suspension",
    ),
    "home": (
        "装修|厨房|收纳|小户型|客厅|软装|卫生间|阳台|家具|灯光",
        "配色|预算|动线|材质|尺寸|收纳|灯光|风格|地板|柜子",
        "renovation|kitchen|storage|small apartment|living room|decor|bathroom",
        "color scheme|budget|layout|materials|dimensions|lighting|style|flooring",
    ),
    "anime": (
        "新番|cos|手办|漫展|番剧|同人|虚拟主播|二创|声优|角色",
        "还原度|作画|剧情|配音|妆造|细节|打光|OP|ED|名场面",
        "new anime|cosplay|figure|con|manga|fan art|vtuber stream|AMV|character",
        "accuracy|animation|plot|voice acting|wig|details|lighting|opening|ending",
    ),
    "dance": (
        "翻跳|舞蹈|街舞|古典舞|手势舞|爵士|编舞|练习室|韩舞|宅舞",
        "卡点|动作|表情|力度|律动|服装|走位|镜头|腿|手臂",
        "dance cover|choreo|hip hop|ballet|trend dance|jazz|freestyle|K-pop cover",
        "timing|moves|expressions|power|groove|outfit|formation|camera|footwork",
    ),
}

CATEGORY_ZH_NAME: dict[str, str] = {
    "beauty": "美妆",
    "fashion": "穿搭",
    "food": "美食",
    "travel": "旅行",
    "tech": "数码",
    "gaming": "游戏",
    "finance": "理财",
    "parenting": "育儿",
    "fitness": "健身",
    "pets": "萌宠",
    "music": "音乐",
    "knowledge": "知识",
    "crafts": "手工",
    "farming": "三农",
    "local_news": "本地资讯",
    "comedy": "搞笑",
    "lifestyle": "生活",
    "cars": "汽车",
    "home": "家居",
    "anime": "二次元",
    "dance": "舞蹈",
}

# International creator countries: weight, UTC offset (hours), audience language mix.
COUNTRIES: dict[str, tuple[float, float, str]] = {
    "US": (34, -5, "en:1"),
    "GB": (7, 0, "en:1"),
    "CA": (4, -5, "en:1"),
    "AU": (4, 10, "en:1"),
    "IN": (12, 5.5, "en:0.6 hi:0.4"),
    "ID": (7, 7, "id:0.6 en:0.4"),
    "PH": (6, 8, "en:0.55 tl:0.45"),
    "BR": (6, -3, "pt:0.75 en:0.25"),
    "MX": (5, -6, "es:0.75 en:0.25"),
    "NG": (4, 1, "en:1"),
    "MY": (3, 8, "en:0.7 zh:0.3"),
    "SG": (2, 8, "en:0.75 zh:0.25"),
    "DE": (2, 1, "en:1"),
    "ZA": (2, 2, "en:1"),
}
OVERSEAS_CHINESE = ("US", "CA", "AU", "GB", "JP", "SG", "MY", "HK", "TW")

# --------------------------------------------------------------------------------------------
# Comment text banks: Chinese
# --------------------------------------------------------------------------------------------

ZH_LEX = _lex(
    {
        "act": "买了|试了|做了|去了|用了|入手了|跟着做了|看了|囤了|复刻了",
        "res": "真的{adj}|结果翻车了{laugh}|效果比想象中好|我妈都说好|有点失望|一般般吧|已经回购了"
        "|踩雷了|还行就是有点贵|完全停不下来|确实{adj}|没有博主说的那么夸张|还在观察中",
        "adj": "好用|惊艳|舒服|香|方便|值|实用|不错|绝|稳|好看|有效",
        "judge": "有点贵|很实用|挺适合新手|不太适合我|很加分|有点过了|刚刚好|还挺难的|很有想法"
        "|挺特别的",
        "caveat": "价格有点劝退|有点广告味|步骤有点快|声音有点小|字幕太小了|不太适合油皮|我这边买不到"
        "|量有点少|后面讲得有点急|感觉滤镜有点重|背景音乐太大了",
        "improve": "慢|详细|便宜|简单|清楚",
        "worry": "踩雷|不好用|过敏|太难|翻车|踩坑|太贵",
        "who": "学生党|新手|上班族|宝妈|油皮|敏感肌|南方人|北方人|社恐|打工人|小个子|中年人|大学生"
        "|退休老人",
        "who2": "我妈|我老公|我室友|我闺蜜|我同事|我家娃|我爸|我奶奶|我对象",
        "time": "昨天|上周|前几天|去年|刚刚|今天早上|上个月|周末|前年",
        "place": "成都|杭州|上海|北京|广州|深圳|武汉|西安|长沙|重庆|南京|苏州|青岛|厦门|昆明|哈尔滨"
        "|郑州|天津|大理|三亚|沈阳|合肥|南宁|贵阳",
        "laugh": "哈哈哈|哈哈哈哈哈哈|[捂脸]|😂|hhh|笑死|🤣|哈哈",
        "feel": "太有共鸣了|看哭了|瞬间懂了|感同身受|破防了|好治愈",
        "attr": "肤质|身高|城市|星座|专业|体重",
        "same": "一模一样|经历差不多|想的一样|踩的坑一样",
    }
)

ZH_TPL: dict[str, list[str]] = {
    "question": _bank(
        "请问{d}是怎么弄的呀|{t}在哪里买的？|求问{d}|这个{t}多少钱呀|新手适合这个{t}吗"
        "|{d}能再讲细一点吗|想问下{t}适合{who}吗|{t}是哪个牌子的|第{n}个是什么呀|{d}有链接吗"
        "|有没有平替推荐|{d}会不会{worry}|求{t}的详细教程|{place}有卖吗|博主是什么{attr}呀"
        "|{d}是后期调的吗|{who}可以试试吗|这个{d}我怎么弄都不对，求救|所以{d}到底选哪个"
        "|{t}和上次那个比哪个好|{nn}块能买到吗|这个{d}是原相机吗"
    ),
    "anecdote": _bank(
        "{time}刚{act}{t}，{res}|我{time}也{act}，{res}|{who2}{time}{act}{t}，{res}"
        "|之前{act}{t}，{res}|看完马上去{act}同款，{res}|{time}在{place}{act}，{res}"
        "|我也是{who}，{act}{t}之后{res}|跟着博主{act}第{n}次了，{res}"
    ),
    "opinion": _bank(
        "感觉{d}{judge}|{d}确实{judge}，不过{caveat}|我觉得{d}还可以再{improve}一点"
        "|说实话{caveat}|{t}这个价位{judge}|个人觉得{d}一般，其他都还行|{d}见仁见智吧"
        "|不太同意{d}这点，{caveat}|{d}{judge}，但整体还是{adj}"
    ),
    "praise": _bank(
        "{d}真的{adj}|最喜欢{d}那部分|{d}讲得太清楚了|终于有人说{d}了|{d}绝了"
        "|看了好多{t}的，这个{d}讲得最明白|{d}拍得好有感觉|这期{d}好用心|{d}这个思路可以"
    ),
    "relate": _bank(
        "和我{same}|我也是{who}，{feel}|太真实了，{who}都懂|这不就是我吗{laugh}"
        "|{who2}也是这样{laugh}|看到{d}那里{feel}"
    ),
    "joke": _bank(
        "我的钱包：你礼貌吗|看饿了|这是我不花钱能看的吗|已经在脑子里学会了|眼睛：会了 手：不会"
        "|{who2}问我为什么半夜在笑|笑到邻居敲门|建议改名叫{t}天花板|我宣布这是本年度最佳"
        "|给我整不会了|这个{d}是认真的吗{laugh}|评论区比视频还好笑"
    ),
    "tag": _bank(
        "@{friend} 快看|@{friend} 这个我们下次试试|@{friend} 你要的|@{friend} 看看人家"
        "|@{friend} 周末去？|@{friend} @{friend2} 来|@{friend} 这不就是你"
    ),
    "ritual": _bank(
        "打卡|打卡第{nn}天|每日打卡✅|今天也来打卡了|{md}打卡|前排|第一|沙发|来了"
        "|报道|签到|已三连|点赞了|冲|前排围观|来晚了|追更打卡|第{n}次看"
    ),
    "terse": _bank(
        "学习了|谢谢分享|收藏了|干货|打卡|👍|顶|好|有用|mark|已收藏|支持|讲得清楚"
        "|感谢|实用|记下了|请问{d}呢|今年{t}怎么样|同问|明白了|有道理|谢谢老师"
        "|{d}呢？|等更新|学到了|辛苦了|赞同"
    ),
    "fan": _bank(
        "哥哥好帅|姐姐杀我|啊啊啊啊啊|呜呜呜呜|宝贝你是最棒的|妈妈爱你|冲冲冲|永远支持"
        "|今天也好爱你|守护最好的{idol}|{idol}yyds|美貌暴击|颜值天花板|我直接尖叫|哭死"
        "|好想你|吹爆|天呐|这谁顶得住|{idol}我的神|老婆好美|老公看我|心动了"
        "|我宣布这是神图"
        "|啊啊啊{idol}|被美晕了|救命好可爱|这个{d}谁顶得住|awsl|我超"
        "|今天也是为{idol}心动的一天"
    ),
    "live": _bank(
        "几号链接|多少钱|已拍|发货快吗|主播好|来了老铁|家人们晚上好|{n}号上架没"
        "|有没有优惠|老铁666|双击666|支持主播|主播辛苦了|回放在哪看|{n}号还有吗"
        "|能便宜点吗"
        "|已下单支持|上次买的很好用|有大码吗|主播声音好好听|{place}的老铁来了|老铁们冲"
        "|主播几点下播|上车了|给主播点赞|必须支持|老铁没毛病|{n}号什么颜色"
    ),
    "elder": _bank(
        "说得太好了[强][强][强]|早上好[玫瑰]|感恩分享[抱拳]|学习了，谢谢老师|很有道理"
        "|支持[强]|赞赞赞|问好老师|讲得真好|真正的正能量|转发给家人了|好[强]|受益匪浅"
        "|祝福老师身体健康|谢谢您的分享[玫瑰][玫瑰][玫瑰]|老师说得对|晚上好[月亮]"
        "|人间值得[握手]|说到心坎里了|{place}的朋友来点赞|顶一个|很实在的建议"
        "|我们这里{t}也是这样|感谢老师[抱拳][抱拳]|好视频要分享"
    ),
    "entry": _bank(
        "抽我抽我|想要！|好运来|求中🙏|许愿|希望是我|锦鲤附体|冲冲冲|转发了"
        "|已关注已转发|@{friend} @{friend2} @{friend3}|第一次参与抽奖|求中求中"
        "|想要给{who2}用|蹲一个好运|支持博主|好运+1|中中中|选我选我|@{friend} 一起"
        "|{nn}号求中|许愿{t}|从来没中过，这次一定|好运连连|分母来了"
    ),
    "viral": _bank(
        "从首页刷到的|这条火了|大数据推过来的|来自推荐页|{k}赞了恭喜|哈哈哈哈哈哈哈哈"
        "|看了{n}遍|这个博主怎么才刷到|爆了爆了|来看热闹的|评论区好热闹|回来看看"
        "|大家都是从哪里来的|第{n}次刷到"
    ),
    "sponsored": _bank(
        "恰饭了|广告也看完了|恰饭也支持|这条是广子吧|广告做得好自然|支持恰饭"
        "|博主终于接广告了|接广是好事|广告费没白花"
    ),
    "dormant": _bank(
        "好久不见|还在更新啊|多年老粉来了|终于更新了|还有人吗|考古|{year}年来考古"
        "|老粉打卡|怀念以前的视频|博主还记得我吗"
    ),
}

# Audience culture -> relative weights of the kinds of comment its members write.
CULTURE_KINDS: dict[str, dict[str, float]] = {
    "ordinary": {
        "short": 26,
        "emoji": 8,
        "question": 14,
        "anecdote": 9,
        "opinion": 8,
        "praise": 12,
        "relate": 6,
        "joke": 5,
        "tag": 4,
        "ritual": 2,
        "reply": 5,
        "long": 4,
    },
    "fandom": {
        "short": 16,
        "emoji": 22,
        "fan": 22,
        "ritual": 10,
        "praise": 7,
        "relate": 4,
        "joke": 4,
        "question": 4,
        "reply": 6,
        "tag": 4,
        "long": 1,
    },
    "niche": {
        "terse": 38,
        "question": 20,
        "anecdote": 12,
        "praise": 8,
        "opinion": 9,
        "ritual": 4,
        "reply": 4,
        "long": 5,
    },
    "live": {
        "live": 45,
        "short": 18,
        "emoji": 10,
        "question": 12,
        "anecdote": 6,
        "reply": 5,
        "praise": 4,
    },
    "celebrity": {
        "emoji": 24,
        "fan": 28,
        "short": 18,
        "ritual": 8,
        "slogan": 10,
        "joke": 4,
        "reply": 4,
        "tag": 4,
    },
    "elder": {"elder": 55, "short": 12, "question": 10, "anecdote": 8, "praise": 10, "emoji": 5},
}

# Platform comment cultures: multipliers on the culture weights above.
PLATFORM_KIND_BOOST: dict[str, dict[str, float]] = {
    "youtube": {"long": 3.0, "anecdote": 1.5, "question": 1.2, "emoji": 0.5, "tag": 0.3},
    "tiktok": {"relate": 2.0, "joke": 2.0, "short": 1.2, "tag": 1.5, "long": 0.5},
    "instagram": {"emoji": 1.8, "tag": 2.0, "short": 1.2, "long": 0.4, "question": 0.8},
    "bilibili": {"long": 1.5, "ritual": 2.0, "joke": 1.5},
    "douyin": {"short": 1.3, "tag": 1.5, "joke": 1.3},
    "rednote": {"question": 1.5, "praise": 1.2, "tag": 1.2},
    "weibo": {"reply": 1.6, "joke": 1.3, "opinion": 1.3},
    "kuaishou": {"short": 1.3, "anecdote": 1.2},
    "wechat_channels": {"tag": 0.2, "joke": 0.5},
}

ZH_SHORT = _bank(
    "好看|太好看了|绝了|爱了|哈哈哈哈|好好笑|厉害|好棒|哇|真不错|喜欢|好可爱|好美|牛|牛啊"
    "|好家伙|救命|太强了|我哭了|好羡慕|有点东西|可以可以|还得是你|妙啊|太可了|心动|好想要"
    "|笑不活了|真的假的|太会了|好真实|离谱|学会了|服了|好有感觉|冲|期待|好治愈|太绝了|好戳我"
)

ZH_SLANG: dict[str, list[str]] = {
    "douyin": _bank(
        "来了来了|第一|哈哈哈哈哈|太真实了|笑死我了|6|666|有被笑到|求bgm|求同款"
        "|抖音你不要让我看到这个|看一遍笑一遍|已关注|好家伙|啊啊啊啊|破防了|宝藏博主"
        "|大数据你懂我|谁懂啊|家人们|一整个爱住|蹲后续|建议全文背诵"
    ),
    "kuaishou": _bank(
        "老铁666|双击666|支持|来了老铁|家人们好|真不错|关注了|好听|铁铁们冲|老铁稳"
        "|真牛|必须的|不错不错|给力|有意思|厉害了我的哥|实在人|点赞|真实"
        "|咱老百姓就爱看这个"
    ),
    "rednote": _bank(
        "码住|马住|蹲一个|求链接|绝绝子|姐妹冲|已收藏|好绝|这也太好看了吧|宝子"
        "|谁懂啊家人们|一整个爱住|狠狠心动了|被种草了|抄作业|收藏等于学会|姐妹求分享"
        "|好出片|是我的梦中情{t}|蹲蹲|求求了|好会|集美们冲"
    ),
    "weibo": _bank(
        "转发微博|哈哈哈哈哈哈|吃瓜|前排|沙发|支持|说得好|好家伙|笑死|冲|太可了|路过"
        "|打卡|来了|蹲|有道理|顶|[doge]|赞同|我也想说"
    ),
    "bilibili": _bank(
        "前排|三连了|已三连|下次一定|up主yyds|awsl|泪目|来了来了|第一|这期质量好高"
        "|催更|一键三连|好活当赏|妙啊|爷青回|硬核|我超|绷不住了|草|你说得对|"
        "up主辛苦了|好耶|封面骗进来的|完了我会了"
    ),
    "wechat_channels": _bank(
        "说得好|赞|支持|谢谢分享|很有道理|感恩|学习了|讲得真好|好|点赞"
        "|顶|有意义|转发了|不错|真好|长见识了|说得对|实在"
    ),
}

ZH_EMOJI: dict[str, list[str]] = {
    "douyin": _bank(
        "[赞]|[比心]|[玫瑰]|[捂脸]|[呲牙]|[送心]|[泪奔]|[666]|[强]|[鼓掌]|[爱心]"
        "|[偷笑]|[大笑]|[憨笑]|[耶]|[看]|[机智]|[流泪]|[惊讶]"
    ),
    "rednote": _bank(
        "[哇R]|[赞R]|[笑哭R]|[派对R]|[害羞R]|[哭惹R]|[偷笑R]|[萌萌哒R]|[买爆R]"
        "|[自拍R]|[色色R]|[飞吻R]|[石化R]|[暗中观察R]|[doge]|[生气R]|[鼓掌R]"
        "|[加油R]"
    ),
    "weibo": _bank(
        "[doge]|[允悲]|[二哈]|[心]|[哈哈]|[泪]|[赞]|[good]|[笑cry]|[跪了]|[抱抱]"
        "|[太开心]|[给力]|[吃瓜]|[鲜花]|[加油]|[酷]|[费解]|[思考]|[微笑]"
    ),
    "bilibili": _bank(
        "[doge]|[笑哭]|[星星眼]|[打call]|[妙啊]|[OK]|[脱单doge]|[支持]|[大哭]"
        "|[吃瓜]|[藏狐]|[喜欢]|[给心心]|[鼓掌]|[嗑瓜子]|[热词系列_知识增加]"
    ),
    "kuaishou": _bank("[赞]|[玫瑰]|[666]|[鼓掌]|[抱拳]|[爱心]|[呲牙]|[捂脸]|[笑哭]|[握手]|[强]"),
    "wechat_channels": _bank(
        "[强]|[玫瑰]|[微笑]|[握手]|[抱拳]|[爱心]|[太阳]|[拥抱]|[咖啡]"
        "|[鼓掌]|[OK]|[胜利]|[福]|[烟花]|[庆祝]"
    ),
}

UNI_EMOJI = _bank(
    "😍|🥰|❤️|💕|💖|✨|🔥|👏|🙌|👍|💯|😭|🥹|😂|🤣|💪|🌹|🌸|🎉|😘|🤩|👌|🙏|💗|🫶|😆|🥺|💞|😳|🤍"
)
FAN_EMOJI = _bank("😭|🥺|💜|💙|🩷|💖|✨|🫶|👑|🛐|😍|🥹|💗|⭐|🌟|🐰|🐶|🦊|🐱|💫")

ZH_REPLY_CREATOR = _bank(
    "谢谢宝子～|是的呢|哈哈哈哈谢谢|链接在橱窗哦|放主页了|下期安排！|感谢支持[比心]|对的|好的收到"
    "|可以的|么么哒|❤️|一起加油|评论区有答案哦|{d}在置顶评论|是在{place}买的|{n}号色|嗯嗯是的"
    "|哈哈哈被你发现了|谢谢喜欢|会的会的|这个问题好，下期讲{d}|不客气～|是的，{d}很重要|抱抱"
    "|哈哈哈哈哈|你也是{who}吗|收到收到|记下了|真的吗！开心"
)

# --------------------------------------------------------------------------------------------
# Comment text banks: English and other languages
# --------------------------------------------------------------------------------------------

EN_LEX = _lex(
    {
        "act": "tried|bought|made|ordered|used|tested|followed|copied",
        "res": "it was {adj}|it totally flopped lol|honestly better than expected|my mom loved it"
        "|kinda disappointed ngl|it was just ok|already repurchased|big regret"
        "|worth every penny|can't stop using it|still not sure how I feel",
        "adj": "amazing|so good|a game changer|surprisingly good|incredible|perfect|lowkey great"
        "|solid|really helpful",
        "judge": "a bit pricey|super practical|great for beginners|not for me|a nice touch|a bit much"
        "|spot on|harder than it looks|underrated|overhyped",
        "caveat": "the price is a lot|it feels a bit sponsored|it went kinda fast|the audio is low"
        "|it's not available here|it's hard to find|the music is too loud"
        "|the captions are tiny",
        "who": "beginner|student|busy mom|night shift nurse|teacher|introvert|dad of three"
        "|college student|small business owner|runner|retiree|first time buyer",
        "who2": "mom|sister|roommate|husband|wife|best friend|coworker|dad|grandma|kid|bf|gf",
        "time": "yesterday|last week|a few days ago|last year|this morning|over the weekend"
        "|last month",
        "laugh": "lol|lmao|😂|😭|💀|haha|LMAOO",
        "city": "Chicago|London|Toronto|Sydney|Austin|Manila|Delhi|Lagos|Jakarta|Houston|Leeds"
        "|Denver|Melbourne|Mumbai|Atlanta",
        "brand": "Zara|Sephora|Amazon|Target|Uniqlo|IKEA|Trader Joe's|H&M|Costco|Walmart",
        "alt": "oily skin|a small kitchen|no oven|a budget|kids around|a bad knee|a tiny apartment",
    }
)

EN_TPL: dict[str, list[str]] = {
    "question": _bank(
        "where did you get the {t}?|what {d} is that?|does this work for a {who}?"
        "|how long did the {d} take?|can you do a part 2 on the {d}?|is the {t} worth it?"
        "|wait which {t} is this|any tips for a {who}?|how do you deal with the {d}??"
        "|what's the song?|link to the {t}?|would this work with {alt}?|what camera do you use"
        "|is the {d} edited or natural?|how much was the {t}?"
        "|does the {d} hold up after a while?"
    ),
    "anecdote": _bank(
        "I {act} the {t} {time} and {res}|my {who2} {act} this {time}, {res}"
        "|{act} this {time}, {res}|been doing this for {nn} years and you still taught me "
        "something|as a {who} I {act} this and {res}|saw this, {act} it {time}, {res}"
    ),
    "opinion": _bank(
        "honestly the {d} is {judge}|the {d} is nice but {caveat}|not sure about the {d} tbh"
        "|the {t} is {judge} for the price|I'd go easier on the {d} but that's just me"
        "|respectfully, the {d} is {judge}|the {d} could be better, {caveat}"
    ),
    "praise": _bank(
        "the {d} is {adj}|the part about the {d} was so helpful|finally someone talks about {d}"
        "|love how you explained the {d}|the {d} at the end 😭|this {d} is {adj}"
        "|the {d} though|your {d} is always on point"
    ),
    "relate": _bank(
        "this is literally me|as a {who} this hits|my {who2} does this all the time {laugh}"
        "|why is this so accurate|the {d} part is too real|me and my {who2} every single day"
    ),
    "joke": _bank(
        "my wallet is crying|I'm hungry now thanks|adding this to my list of things I'll never "
        "do|the {d} had me on the floor|not the {d} {laugh}|I learned nothing and I'm happy"
        "|this is my sign|my {who2} just asked why I'm laughing|the comments are sending me"
    ),
    "tag": _bank(
        "@{friend} look|@{friend} we need this|@{friend} this is so you|@{friend} 👀"
        "|@{friend} @{friend2}|@{friend} us fr|@{friend} remember when"
    ),
    "ritual": _bank(
        "first|early squad|here before {k}|notification squad|day {nn} of asking for "
        "a {d} video|who's here in {year}?|commenting for the algorithm|early 🙋"
        "|back again|rewatching for the {n}th time"
    ),
    "terse": _bank(
        "thanks|great info|saved|👍|helpful as always|good stuff|noted|useful"
        "|thanks for the update|same question|appreciate this|solid advice|nice work"
        "|what about {d}?|good point on {d}|agreed|thanks again|clear as always"
    ),
    "fan": _bank(
        "MOTHER 🛐|she ate|ATE and left no crumbs|the way {idol}|i'm not okay"
        "|protect {idol} at all costs|KING|QUEEN 👑|I'm screaming|my heart"
        "|this is so iconic|{idol} supremacy|living for this|the visuals|stream {song}!!"
        "|crying rn|{idol} never misses|obsessed is an understatement|the {d} omg"
        "|why is {idol} so real for this|my bias wrecker fr|i love {idol} sm"
    ),
    "live": _bank(
        "what's the price?|link pls|just ordered!|do you ship to {city}?|hi from {city}!"
        "|is the {t} still available|restock when??|love your lives|sizes?|bought!"
    ),
    "elder": _bank(
        "Great video, thank you|Very informative|God bless|Thank you for sharing this"
        "|Well explained|Excellent work|Good morning from {city}|Keep it up"
        "|Amen|Wonderful advice"
    ),
    "entry": _bank(
        "@{friend} @{friend2} @{friend3}|entered! 🤞|would love to win this|🙏🙏🙏"
        "|done ✅|pick me!!|fingers crossed 🤞|@{friend} we need this"
        "|this would be a dream|entered and shared!|good luck everyone|@{friend} 🤞"
        "|never win these but here we go|followed + shared ✨"
    ),
    "viral": _bank(
        "who's here from fyp|this blew up lol|the algorithm brought me here"
        "|how is this on my fyp|watched this {n} times|congrats on going viral!"
        "|{k} likes?? deserved|the comments are a whole show|this is everywhere"
    ),
    "sponsored": _bank(
        "ad but I watched it anyway|get that bag|the ad was smooth lol"
        "|sponsored but honest, respect|love that you only promote stuff you use"
    ),
    "dormant": _bank(
        "you're back!|been a while|here since {year}|old fan checking in"
        "|missed your videos|who's still here?"
    ),
}

EN_SHORT = _bank(
    "love this|so good|obsessed|omg|this is amazing|wow|need this|so cute|yesss|amazing|iconic"
    "|the vibes|lol|stunning|gorgeous|this is it|perfect|so pretty|beautiful|incredible|wait"
    "|no way|so true|facts|real|same|bruh|insane|this is so helpful|goals"
)

EN_SLANG: dict[str, list[str]] = {
    "instagram": _bank(
        "Obsessed|Stunning 😍|Love this!!|need this|goals|so pretty|gorgeous|ate"
        "|iconic|yesss|vibes|cute!!|this is everything|not you being this pretty"
    ),
    "tiktok": _bank(
        "💀💀💀|this is so real|the way I screamed|not me|bestie|I'm crying 😭"
        "|the algorithm knew|part 2 pls|why is this so accurate|LMAOOO|ok but why is "
        "this me|slay|real|the {d} 😭|I'm weak|no bc|HELP|pls|it's giving"
    ),
    "youtube": _bank(
        "Great video!|Thanks for sharing|Very informative|Love your content"
        "|Underrated channel|This deserves more views|Amazing as always"
        "|Subscribed|Quality content|Best video on this topic|Instant like"
    ),
}

EN_REPLY_CREATOR = _bank(
    "Thank you!! 🥹|Link in bio!|Haha yes!|Part 2 coming soon|Appreciate you ❤️"
    "|Thanks for watching!|🙏🙏|Good question! I'll do a video on the {d}|It's from {brand}"
    "|lol exactly|You're the best|Will do!|Glad it helped!|It's in my stories"
    "|Yes! Highly recommend|haha right?|thank you so much|omg thank you|noted!|💕"
)

OTHER_BANKS: dict[str, list[str]] = {
    "hi": _bank(
        "bhai mast video 🔥|kya baat hai|bahut badiya|ekdum sahi bola|love from {city}"
        "|bhai next video kab|op bhai|nice bhai|super se bhi upar|kya editing hai bhai"
        "|maza aa gaya|ye {t} kaha se liya|sahi hai yaar|bhai {d} pe video banao"
        "|dil khush ho gaya|first time dekha, subscribe kar diya"
    ),
    "id": _bank(
        "keren banget kak|mantap|semangat terus kak|bagus bgt|kak ini beli dimana?"
        "|lucu bgt 😍|wah keren|salam dari {city}|kak tutorial dong|suka bgt sama {t} nya"
        "|kak {d} nya pake apa?|auto follow|gemes bgt|wkwkwk|kerennn"
    ),
    "pt": _bank(
        "que lindo|amei demais|perfeita 😍|maravilhosa|onde comprou esse {t}?"
        "|que incrível|arrasou|sensacional|to apaixonada|muito bom|kkkkkk"
        "|socorro que lindo"
        "|ensina o {d} pfv|diva|melhor conteúdo"
    ),
    "es": _bank(
        "qué bonito|me encanta|increíble 🔥|hermosa|dónde compraste el {t}?"
        "|qué buen video|saludos desde {city}|lo máximo|genial|me mató jajaja|jajajaja"
        "|necesito el {t}|qué arte|eres lo máximo|tutorial del {d} porfa"
    ),
    "tl": _bank(
        "ang ganda po|sana all|grabe ang galing|idol talaga|solid po|pa-shoutout po"
        "|ang cute|lodi|nakakaaliw|salamat po sa tips|saan po nabili yung {t}?"
        "|grabe yung {d}|hahahaha|kakainggit|galing mo talaga"
    ),
    "yue": _bank(
        "好正呀|真係好靚|好鍾意|勁|請問喺邊度買|好好笑|支持你|睇完好想去|正到爆|好有心機"
        "|點解咁好睇|多謝分享|呢個{t}幾多錢|笑死我|好治癒"
    ),
    "ko": _bank("사랑해|최고|대박|너무 예뻐요|오늘도 고마워|진짜 미쳤다|응원해요"),
    "ja": _bank("かわいい|最高|すごい|大好き|尊い|天才|ありがとう"),
}
OTHER_CITIES: dict[str, list[str]] = {
    "hi": _bank("Delhi|Mumbai|Pune|Jaipur|Lucknow|Patna|Indore"),
    "id": _bank("Bandung|Surabaya|Medan|Jakarta|Makassar|Jogja"),
    "es": _bank("CDMX|Monterrey|Guadalajara|Bogotá|Lima|Madrid"),
}

IDOLS_ZH = _bank("哥哥|姐姐|宝宝|老师|崽崽|小太阳|我们家宝贝|阿哲|小鹿|糖糖")
IDOLS_EN = _bank("him|her|bestie|our girl|the king|mother|baby|the legend")
SONGS = _bank("the new single|the title track|the b-side|this song|the remix")

# --------------------------------------------------------------------------------------------
# Fraud comment banks
# --------------------------------------------------------------------------------------------

BOT_ZH = _bank(
    "好|赞|支持|不错|太棒了|好看|厉害|加油|666|优秀|真好|很棒|喜欢|点赞|👍|👍👍👍|[赞][赞][赞]"
    "|❤❤❤|好好好|支持支持|太美了|真不错|关注了|已关注|支持博主|好作品|大赞|美美哒|棒棒哒"
    "|太厉害了吧|拍得真好|好漂亮|真棒|顶顶顶|写得好|必须支持|精彩|优秀作品|很好看|漂亮|棒"
)
BOT_EN = _bank(
    "Nice|Great post|Awesome|Amazing|Love it|Beautiful|Nice pic|Cool|Wow|Great content|👍"
    "|🔥🔥|😍😍😍|Superb|Great work|Keep it up|Nice one|Perfect|Excellent|Good job|So cute"
    "|Lovely|Nice shot|Great video|Very nice|Wonderful|Good|Cool post|Fantastic|💯💯"
    "|Nice post|Good content|So beautiful|Amazing work|Great"
)

PAID_ZH_A = _bank(
    "姐姐也太美了吧|被种草了|真的好用|博主推荐的从来没踩过雷|这个质感绝了|第一次刷到就关注了"
    "|颜值和实力并存|看完立刻去搜了同款|讲得好清楚|身边朋友都在用|终于等到这期|太喜欢这个风格了"
    "|每次看都很治愈|博主好真诚|这个真的可以冲|已经推荐给闺蜜了|用了一周效果很明显|这个价格太香了"
    "|买了不后悔|品质真的没话说|物流好快已经收到了|包装好精致|回购第三次了|闭眼入不会错"
    "|{t}真的是我用过最好的|这期{d}好用心|有被{d}惊艳到"
)
PAID_ZH_B = _bank(
    "！|，已下单|，冲！|～|，爱了爱了|，支持支持|！！|[赞]|❤️|，真心推荐|，yyds"
    "|，大家放心买|。|，好评|"
)
PAID_EN_A = _bank(
    "Love this so much|You always deliver|Your content never misses|Just ordered mine"
    "|This is why I follow you|Obsessed with this look|Such great energy"
    "|Quality content as always|Best account on here|This changed my routine"
    "|Can't believe how good this is|You deserve way more followers|Literally the best tips"
    "|Absolutely love your style|Been using this for weeks and love it|The {d} is perfect"
    "|Got the {t} because of you|Such an honest review"
)
PAID_EN_B = _bank("!|!!| ❤️| 🔥|, can't wait!| 🙌|, thank you!| 😍|, keep going!|.|")

AI_ZH = {
    "open": _bank(
        "看完真的很有收获！|这篇内容太有价值了！|作为一个{who}，真的很有共鸣。"
        "|说实话，这是我最近看到最用心的{t}分享。"
        "|一直在找关于{t}的靠谱内容，终于刷到了！"
        "|太喜欢这种真诚的分享了～|内容真的很扎实！|每次看博主的{t}内容都很安心。"
    ),
    "mid": _bank(
        "博主对{d}的讲解特别细致，|尤其是{d}这部分，完全说到了心坎里，"
        "|{d}的细节处理得非常到位，|能看出来在{d}上花了很多心思，"
        "|关于{d}的建议非常实用，|{d}这个角度很新颖，|把{d}讲得通俗易懂，"
    ),
    "close": _bank(
        "已经收藏准备慢慢学习了！|期待更多这样的干货分享～|感谢分享，继续加油！"
        "|真的学到了很多，支持博主！|已经推荐给身边的朋友了✨"
        "|希望能出一期关于{d2}的内容！"
        "|想问一下博主平时是怎么坚持下来的呀？|请问新手应该从哪一步开始呢？"
        "|太治愈了，谢谢博主的用心～|收藏了，准备周末试试！"
    ),
    "casual": _bank(
        "{d}那里真的戳到我了，收藏了|看完默默去试了{d}，真的有用|这个{d}的思路好清晰啊"
        "|{d}讲得好细，学到了|原来{d}还可以这样，涨知识了|{d}这块终于搞懂了"
        "|救命{d}也太实用了吧|收藏了，{d}这个点太关键了|{d}这里好用心，爱了"
    ),
}
AI_EN = {
    "open": _bank(
        "This is such a thoughtful take on {t}!|Wow, I really appreciate how detailed "
        "this is.|As a {who}, this really resonates with me.|Honestly, this is one of "
        "the most helpful {t} posts I've seen.|I love how authentic this feels."
        "|What a refreshing perspective on {t}!|This is exactly what I needed today."
    ),
    "mid": _bank(
        "The way you broke down the {d} makes it so easy to follow."
        "|Your attention to the {d} really shows.|The tips on {d} are incredibly "
        "practical.|I never thought about the {d} like that before.|It's clear you put "
        "so much care into the {d}.|The {d} section was especially insightful."
    ),
    "close": _bank(
        "Thanks for sharing such valuable content! 🙌|Can't wait to see what you "
        "share next! ✨|Saving this for later!|Keep up the amazing work!|This made "
        "my day, thank you! 💫|What inspired you to get into {t}? Would love to hear "
        "more!|How long did it take you to master the {d}?|Would love a deep dive on "
        "the {d2} next!"
    ),
    "casual": _bank(
        "ok the {d} part is actually so helpful, saving this|not me taking notes "
        "on the {d} 😭|the {d} tho... need a part 2|wait the {d} tip is genius"
        "|lowkey needed this {d} breakdown|the {d} explanation finally clicked for "
        "me|this {d} hack just saved me so much time"
    ),
}

POD_EN_A = _bank(
    "This is gorgeous|Love this so much|Obsessed with this look|Such a vibe"
    "|Absolutely stunning babe|Yesss love this|This is everything|Wow, so beautiful"
    "|Needed this today|Great tips|Saving this|Love your feed|Such a great shot"
    "|Okay this is amazing|Love the {d}|The {d} is perfection|So inspiring|This made me smile"
    "|Beautiful as always|Can't get enough of this|You never miss girl|Love love love this"
    "|Goals|So good|Perfect {t} inspo|This {t} though|Obsessed with the {d}|Stunning work"
)
POD_EN_B = _bank(
    "! 😍|!! 🙌| 🔥|! ✨| 💕|!|, thanks for sharing!|, saving for later 📌| 👏👏"
    "|! Have a great day ☀️|, keep shining ✨| 😍😍|, you inspire me!| ❤️| 🙏|."
)
POD_ZH_A = _bank(
    "来啦来啦|支持宝子|宝，已赞已藏|来支持啦|姐妹冲鸭|好棒，已三连|来晚了，支持一下"
    "|宝贝回访我一下呀|互助打卡|已赞，求回赞|好喜欢这篇|宝子好会拍|{d}好好看|已关注，互关呀"
    "|来给宝子点赞啦|今天也来支持|宝子加油|姐妹的{d}绝了|好用心啊|一起加油呀|第一时间来了"
    "|宝子的{t}好绝|滴滴，来支持|日常支持宝子|赞藏评三连|这篇{d}好用心|又是被宝子美到的一天"
    "|宝子{t}拍得好好|来给姐妹打call"
)
POD_ZH_B = _bank("|～|！|✅|💪|❤️|呀|！！|🥰|，冲冲冲|～～|✨|👍")

LURE_ZH_BAIT = _bank(
    "想要资源的滴滴|兼职日结，有意私|同城交友看我主页|福利在我主页～|想要原图的看我头像"
    "|免费领教程，主页见|需要的宝子私我|有同款资源|私我发你|看我简介有惊喜|找到便宜渠道了，看主页"
    "|副业一天几百，带新手|想要完整版的来|有人一起学习吗，有群|低价出{t}，需要的看主页"
    "|戳我头像看更多|姐妹们我整理好了，私|有zy的dd|想学的扣1|私聊带你|进群领{t}福利"
)
LURE_ZH_HANDLE = _bank("v|V|薇|威|vx|wx|➕v|加v|🛰|绿泡泡|扣|🐧|q|微|卫星|VX号")
LURE_EN_BAIT = _bank(
    "Check my bio for something special 💋|I posted something hot on my page 🍑"
    "|Earn $500 daily from home, DM me|Investing with {handle} changed my life! 🙏"
    "|Who wants a free iPhone? Link in bio|Send this to {handle} to get featured ⭐"
    "|Promote it on {handle} 🚀|DM for collab 📩|Nice feed! We'd love to collab, DM {handle}"
    "|Thanks for watching, text me on the number below 👇 for a gift|I recommend {handle}, "
    "she helped me recover my account|Bored? Come see my page 😘|Want more followers? DM us"
)
LURE_PUPPET_ZH = _bank(
    "怎么领？|求|已私|求资源|求带|dd了|私了|想要|真的假的|已加|滴滴|求发|蹲"
    "|怎么联系|需要|已私信求回|我也要|扣1"
)
LURE_PUPPET_EN = _bank(
    "how?|interested|sent you a dm|me please|is this legit?|done ✅"
    "|dm'd you|need this|how do I join|me too"
)
LURE_REPLY_ZH = _bank("私你了|已私|看主页|滴滴我|发你了宝|主页有|看简介|回你了|私信看一下|已发")
LURE_REPLY_EN = _bank("check your DMs|sent!|link in bio|dm me|replied 💌|check my page")

SMALL_CAPS = str.maketrans("abcdefghijklmnopqrstuvwxyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡxʏᴢ")
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
CIRCLED = str.maketrans("0123456789", "⓪①②③④⑤⑥⑦⑧⑨")
ZH_DIGITS = str.maketrans("0123456789", "零幺两三四五六七八九")

# --------------------------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------------------------

NICK_PRE = _bank(
    "爱吃|不吃|一只|会飞的|努力的|快乐的|小|大|阿|今天也要|想去|喜欢|睡不醒的"
    "|减肥中的"
    "|暴躁|温柔|佛系|摸鱼的|发呆的|||||"
)
NICK_CORE = _bank(
    "猫|鱼|兔子|草莓|橘子|奶茶|星星|月亮|小熊|土豆|饺子|布丁|西瓜|樱桃|柠檬|小鹿"
    "|小狗"
    "|汤圆|蘑菇|芒果|可乐|桃子|仙女|打工人|程序员|咸鱼|螃蟹|团子|椰子|koala|鲸鱼"
    "|向日葵"
)
NICK_SUF = _bank(
    "|||酱|呀|吖|同学|本人|_|ovo|🍓|✨|zz|鸭|子|不加糖|的日常|Ly|.|~|233|520|1998|0412"
)
SURNAMES = _bank("林|陈|王|张|李|刘|杨|赵|黄|周|吴|徐|孙|马|朱|胡|郭|何|高|罗")
GIVEN = _bank(
    "小雨|晓|子涵|思琪|欣怡|浩然|宇轩|婷婷|佳怡|俊杰|梦瑶|一诺|雨桐|子墨|嘉欣|志强|建国"
    "|秀英|丽华|伟|磊|静|敏|涛"
)
ELDER_NICKS = _bank(
    "平安是福|心静如水|阳光明媚|老张|幸福一家人|🌸花开富贵|A建材王总|上善若水"
    "|知足常乐"
    "|岁月静好|老李头|夕阳红|荷塘月色|好人一生平安|开心每一天|A01装修刘姐|淡泊明志"
    "|山水之间|梅花香自苦寒来|春暖花开"
)
ZH_EN_NAMES = _bank("Momo|Lily|Kevin|Coco|Amy|Jason|Vivian|Sunny|Tony|Cici|Yuki|Leo|Ada|Jojo|Mia")
ZH_EN_SUFFIX = _bank("|不加糖|_|酱|呀|Z|🍑|同学")
ROMAN = _bank(
    "lin|xiao|lu|an|chen|wang|mei|yu|hao|jia|zi|xin|yi|na|ting|fei|long|ming|hui|qing"
    "|yun|li|zhang|liu|yang|huang|zhou|wu|tao|bo"
)
FIRST = _bank(
    "jess|mike|sarah|alex|emma|chris|olivia|josh|mia|ryan|ashley|kevin|sofia|dan"
    "|hannah|tyler|grace|jordan|maya|nate|priya|rahul|ana|lucas|chloe|ben|zoe|sam|nina"
    "|omar|fatima|aditya|siti|budi|juan|maria|tunde|ada|kim|leo"
)
LAST = _bank(
    "smith|jones|lee|garcia|khan|nguyen|brown|patel|silva|santos|walker|kim|cruz|ali"
    "|martin|reyes|wright|cohen|singh|okafor"
)
WORDS = _bank(
    "coffee|moon|pixel|sunny|wander|sage|cozy|indie|lofi|matcha|mango|cloudy|velvet"
    "|honey|nova|rosie|chaos|bookish|plant|taco|salty|lucky|golden|wild"
)
CONSONANTS = "bcdfghjklmnpqrstvwxz"


@dataclass
class Post:
    """One post with its organic engagement and what fraud added to it."""

    pid: str
    ts: float
    day: int
    fmt: str
    topic_zh: str
    topic_en: str
    det_zh: list[str]
    det_en: list[str]
    mult: float
    special: str = ""
    sponsored: bool = False
    views: float = 0.0
    likes: int = 0
    org_comments: int = 0
    replies: int = 0
    shares: int = 0
    saves: int = 0
    coins: int = 0
    danmaku: int = 0
    duration_min: int = 3
    fraud_comments: dict[str, int] = field(default_factory=dict)

    def topic(self, lang: str) -> str:
        """Return the post topic in the language of a comment."""
        return self.topic_zh if lang in ("zh", "yue") else self.topic_en

    def details(self, lang: str) -> list[str]:
        """Specific things in the post a commenter could mention."""
        return self.det_zh if lang in ("zh", "yue") else self.det_en


@dataclass(frozen=True)
class AccountKind:
    """How one kind of follower account looks.

    fol/fwg/posts: (median, log-sigma) of followers, following and posts; p0: chance of no
    posts; age: account age in years (lo, hi); last: (median, log-sigma) of days since the
    last post (median 0 = no date); default: chance of a platform default name.
    """

    fol: tuple[float, float]
    fwg: tuple[float, float]
    posts: tuple[float, float]
    p0: float
    avatar: float
    bio: float
    url: float
    age: tuple[float, float]
    last: tuple[float, float]
    priv: float
    default: float


ACCOUNT_KINDS: dict[str, AccountKind] = {
    "active": AccountKind(
        (120, 1.3), (260, 0.8), (60, 1.2), 0.02, 0.95, 0.55, 0.08, (0.5, 12), (8, 1.2), 0.25, 0.05
    ),
    "lurker": AccountKind(
        (6, 1.2), (90, 0.9), (3, 1.0), 0.55, 0.6, 0.12, 0.01, (0.2, 10), (200, 1.0), 0.3, 0.35
    ),
    "inactive": AccountKind(
        (20, 1.0), (150, 0.8), (15, 1.0), 0.1, 0.8, 0.3, 0.03, (2, 12), (900, 0.5), 0.2, 0.15
    ),
    "org_bot": AccountKind(
        (15, 1.5), (1500, 0.8), (4, 1.8), 0.45, 0.7, 0.45, 0.4, (0.05, 3), (30, 1.2), 0.05, 0.4
    ),
    "hunter": AccountKind(
        (80, 1.0), (2000, 0.7), (2500, 1.0), 0.0, 0.9, 0.6, 0.02, (1, 9), (1, 1.0), 0.02, 0.05
    ),
    "mutual": AccountKind(
        (900, 0.9), (1400, 0.6), (150, 0.9), 0.0, 0.98, 0.8, 0.35, (0.5, 8), (5, 1.0), 0.05, 0.0
    ),
    "fan": AccountKind(
        (60, 1.3), (300, 0.8), (700, 1.2), 0.02, 0.95, 0.7, 0.02, (0.3, 8), (2, 1.2), 0.15, 0.05
    ),
    "cheap": AccountKind(
        (3, 1.2), (800, 1.0), (1, 0.6), 0.8, 0.3, 0.03, 0.01, (0.0, 1.0), (0, 0.0), 0.05, 0.6
    ),
    "premium": AccountKind(
        (180, 0.8), (600, 0.6), (25, 0.7), 0.0, 0.97, 0.5, 0.05, (1, 6), (60, 0.9), 0.3, 0.02
    ),
    "task": AccountKind(
        (60, 1.2), (1200, 0.7), (20, 1.2), 0.15, 0.85, 0.25, 0.02, (0.5, 7), (40, 1.3), 0.15, 0.15
    ),
    "followback": AccountKind(
        (400, 1.0), (1500, 0.6), (80, 1.0), 0.0, 0.95, 0.65, 0.2, (0.5, 8), (6, 1.0), 0.1, 0.02
    ),
    "pod": AccountKind(
        (8000, 1.0), (1200, 0.6), (400, 0.7), 0.0, 1.0, 0.95, 0.6, (1, 8), (2, 0.8), 0.0, 0.0
    ),
}
# Weibo level (等级), credit (阳光信用) ranges and membership chance per kind.
WEIBO_LEVELS: dict[str, tuple[int, int, int, int, float]] = {
    "active": (8, 40, 2, 4, 0.3),
    "lurker": (1, 12, 1, 2, 0.03),
    "inactive": (3, 20, 1, 3, 0.05),
    "org_bot": (0, 5, 0, 1, 0.0),
    "hunter": (10, 35, 1, 3, 0.1),
    "mutual": (10, 35, 2, 4, 0.3),
    "fan": (10, 40, 2, 4, 0.45),
    "cheap": (0, 3, 0, 1, 0.0),
    "premium": (4, 18, 1, 3, 0.05),
    "task": (2, 15, 1, 2, 0.02),
    "followback": (6, 30, 1, 3, 0.1),
    "pod": (15, 38, 2, 4, 0.5),
}

ZH_BIO_PARTS = _bank(
    "坐标{place}|{who}一枚|分享{t}日常|记录生活|热爱{t}|不定期更新|{cat}博主"
    "|谢谢关注❤"
    "|认真生活|温柔且坚定|公众号同名|🎀{t}爱好者|一个爱{t}的{who}|每周{n}更"
    "|全网同名"
    "|{nn}岁|💗|不接私单|慢慢来比较快|📷{place}"
)
EN_BIO_PARTS = _bank(
    "📍{city}|{cat} lover|sharing my {t} journey|Dad. Runner. Bad jokes."
    "|✨ just vibes"
    "|she/her|he/him|new videos every week|link below 👇|coffee & {t}"
    "|{who} · {cat}"
    "|making {t} fun|all opinions my own|est. {year}|🌱 slow living"
)
LURE_BIO_ZH = _bank(
    "主页置顶有福利🎁｜看简介|资源➕{contact}|每日分享福利，需要的dd"
    "|副业交流➕{contact}"
    "|想要的私，秒回|🉐免费领取👇|找我➕{contact}备注来意"
)
LURE_BIO_EN = _bank(
    "🍑 see my link|DM for promo 💸|💰 earn daily 👇|free gifts ⬇️"
    "|Telegram: {contact}"
    "|💌 collab & promo: {contact}|18+ 🔞 link below"
)
ACCOUNT_BIO_ZH = _bank(
    "热爱生活|不定期更新|你好呀|一个普通人|佛系|记录生活点滴|不加陌生人"
    "|做自己的光"
    "|生活明朗，万物可爱|坐标{place}|🌸|努力搬砖中|{who}|快乐最重要|早睡早起"
)
ACCOUNT_BIO_EN = _bank(
    "Live and let live|Good vibes only ✨|📍{city}|coffee addict|dog mom 🐶"
    "|just here to look|{who}|books & tea|IG: @{handle}|god first 🙏|🌸"
    "|chasing sunsets"
    "|she/her|living my best life"
)
HUNTER_BIO = _bank("逢抽必转|求锦鲤|抽奖号|🍀转发抽奖|中奖绝缘体|分母专业户|万一呢")
FAN_BIO = _bank("{idol}的小号|只爱{idol}|超话常驻|stan account 💜|{idol} only|追星中勿扰|💜💜💜")
SLOGANS_ZH = _bank(
    "{idol}新作品《{title}》正在热播，快来看！|期待{idol}的新作品"
    "|{idol}的努力大家都看得到"
    "|恭喜{idol}获得{award}|{idol}未来可期|和{idol}一起变得更好"
    "|支持{idol}的每一个决定"
    "|《{title}》好评如潮，一起来看{idol}"
)
SLOGANS_EN = _bank(
    "Stream {title} on all platforms! 💜|So proud of {idol}, congrats on {award}!"
    "|{title} out now, go stream!|{idol} deserves all the love|vote for {idol}!!"
)
TITLES_ZH = _bank("星河|追光|长夜|向阳|晚风|浮生|山海")
TITLES_EN = _bank("Starlight|Echoes|Golden Hour|Midnight|Bloom")
AWARDS_ZH = _bank("最佳新人|年度歌手|最受欢迎艺人|年度突破")
AWARDS_EN = _bank("Best New Artist|the award|the #1 spot|Artist of the Year")
STAMP_ZH = _bank(
    "笑死|这里绝了|名场面|前方高能|泪目|这里的{d}好帅|谁懂这里|反复观看"
    "|这里的{d}太细了"
    "|暂停截图了|这里笑了好久|鸡皮疙瘩起来了"
)
STAMP_EN = _bank(
    "had me dying|this part 😭|the {d} here|best part|rewatched this like 5 times"
    "|🔥🔥|wait what|chills|the {d} at this point is insane|lmaooo"
)
SPAM_ZH = _bank("互关吗|求关注|回关必回|新人求关注～|关注我带你看更多|互粉互赞|看看我的作品吧")
SPAM_EN = _bank(
    "follow me back|check out my page!|f4f?|follow for follow|sub4sub|new here, follow me"
)


def _lognorm(r: random.Random, median: float, sigma: float) -> float:
    """Draw from a log-normal with the given median."""
    return median * math.exp(r.gauss(0.0, sigma))


def _log_uniform(r: random.Random, lo: float, hi: float) -> float:
    """Draw log-uniformly from [lo, hi]."""
    return math.exp(r.uniform(math.log(lo), math.log(hi)))


def _water_fill(avail: Sequence[int], target: int) -> list[int]:
    """Spread ``target`` sampled items over posts as scrapers do: up to a common cap each."""
    total = sum(avail)
    if total <= target:
        return list(avail)
    lo, hi = 0, max(avail)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if sum(min(a, mid) for a in avail) <= target:
            lo = mid
        else:
            hi = mid - 1
    alloc = [min(a, lo) for a in avail]
    rest = target - sum(alloc)
    for i, a in enumerate(avail):
        if rest <= 0:
            break
        if a > alloc[i]:
            alloc[i] += 1
            rest -= 1
    return alloc


class CreatorSim:
    """Simulates one labelled creator from (seed, index)."""

    def __init__(self, seed: int, index: int) -> None:
        ss = np.random.SeedSequence([seed & 0xFFFFFFFFFFFFFFFF, index])
        self.g = np.random.default_rng(ss)
        self.r = random.Random(int(ss.generate_state(2, np.uint64)[1]))
        self.label = 0
        self.archetype = ""
        self.frauds: dict[str, float] = {}
        self.events: dict[str, int] = {}
        self.posts: list[Post] = []
        self.slogans: list[str] = []
        self.regulars: list[str] = []
        self.regular_w: list[float] = []
        self.pools: dict[str, list[str]] = {}
        self.fake_mix: dict[str, float] = {}
        self.batch_days: list[int] = []
        self.sampled: dict[str, int] = {}

    # ---------------------------------------------------------------- setup

    def run(self) -> dict[str, Any]:
        """Simulate the creator and return its record."""
        self._choose_archetype()
        self._choose_platform()
        self._choose_audience()
        self._choose_size_and_time()
        self._plan_posts()
        self._organic_history()
        self._engagement()
        self._fraud_engagement()
        self._finish_history()
        return self._assemble()

    def _intensity(self) -> float:
        return min(1.0, max(0.03, self.r.betavariate(1.3, 1.9)))

    def _choose_archetype(self) -> None:
        r = self.r
        table = GENUINE_ARCHETYPES if r.random() < 0.5 else FRAUD_ARCHETYPES
        self.label = 0 if table is GENUINE_ARCHETYPES else 1
        self.archetype = r.choices(list(table), list(table.values()))[0]
        event_of = {
            "viral_post": "viral",
            "giveaway": "giveaway",
            "shoutout": "shoutout",
            "bot_purge": "purge",
        }
        if self.label:
            for part in self.archetype.removeprefix("combo:").split("+"):
                self.frauds[part] = self._intensity()
            if r.random() < 0.12:
                self.events[r.choice(["viral", "giveaway", "shoutout", "purge"])] = -1
        elif self.archetype in event_of:
            self.events[event_of[self.archetype]] = -1
        elif r.random() < 0.1:
            self.events[r.choice(["viral", "giveaway", "shoutout", "purge"])] = -1

    def _choose_platform(self) -> None:
        r = self.r
        key = self.archetype
        if self.label and key not in PLATFORM_BIAS:
            key = next((f for f in self.frauds if f in PLATFORM_BIAS and r.random() < 0.5), "")
        if key in PLATFORM_BIAS:
            names, weights = _weights(PLATFORM_BIAS[key])
        else:
            names = list(PLATFORMS)
            weights = [PLATFORMS[p].weight for p in names]
        self.platform = r.choices(names, weights)[0]
        self.cfg = PLATFORMS[self.platform]
        self.chinese = self.platform in CHINESE_PLATFORMS

    def _choose_audience(self) -> None:
        """Pick country, audience languages, culture and category."""
        r = self.r
        bilingual = self.archetype == "bilingual_creator"
        if self.chinese:
            self.tz_hours = 8.0
            if bilingual or r.random() < 0.06:
                self.country = r.choice(OVERSEAS_CHINESE)
                yue = 0.3 if self.country in ("HK", "TW") else 0.04
                en = r.uniform(0.35, 0.55) if bilingual else r.uniform(0.08, 0.2)
                self.langs = {"zh": 1.0 - en - yue, "en": en, "yue": yue}
            else:
                self.country = "CN"
                other = r.uniform(0.005, 0.04)
                self.langs = {"zh": 1.0 - other, "en": other * 0.7, "yue": other * 0.3}
        else:
            if bilingual:
                self.country = r.choice(["US", "CA", "SG", "MY", "AU", "GB"])
                zh = r.uniform(0.35, 0.6)
                self.langs = {"en": 1.0 - zh, "zh": zh}
            else:
                names = list(COUNTRIES)
                self.country = r.choices(names, [COUNTRIES[c][0] for c in names])[0]
                langs, weights = _weights(COUNTRIES[self.country][2])
                self.langs = dict(zip(langs, weights, strict=True))
            self.tz_hours = 0.0
        self.main_lang = "zh" if self.chinese else "en"
        if self.label:
            culture = r.choices(["ordinary", "niche", "fandom", "live"], [80, 8, 6, 6])[0]
            if culture == "live" and self.platform not in ("kuaishou", "douyin"):
                culture = "ordinary"
        else:
            culture = GENUINE_SETUP[self.archetype][1]
        if culture == "ordinary" and self.platform == "wechat_channels" and r.random() < 0.55:
            culture = "elder"
        self.culture = culture
        if culture in ("fandom", "celebrity") and not self.chinese:
            kj = r.uniform(0.0, 0.12)
            self.langs["ko" if r.random() < 0.6 else "ja"] = kj
        if culture == "niche":
            spec = NICHE_CATEGORIES
        elif culture in ("fandom", "celebrity"):
            spec = FANDOM_CATEGORIES + " fashion:2 lifestyle:2"
        elif culture == "live":
            spec = "food:3 fashion:3 beauty:2 farming:3 home:1"
        else:
            spec = PLATFORM_CATEGORIES[self.platform]
        names, weights = _weights(spec)
        self.category = r.choices(names, weights)[0]
        cat = CATEGORIES[self.category]
        self.cat_text = tuple(_bank(c) for c in cat)
        self.idol = r.choice(IDOLS_ZH if self.chinese else IDOLS_EN)
        boost = PLATFORM_KIND_BOOST[self.platform]
        self.kind_names = list(CULTURE_KINDS[culture])
        self.kind_weights = [
            w * boost.get(k, 1.0) * math.exp(r.gauss(0, 0.3))
            for k, w in CULTURE_KINDS[culture].items()
        ]
        self.lang_names = list(self.langs)
        self.lang_weights = [self.langs[k] for k in self.lang_names]

    def _choose_size_and_time(self) -> None:
        r = self.r
        if self.label:
            tier = r.choices(["tiny", "nano", "micro", "mid", "macro"], [13, 33, 35, 16, 3])[0]
        else:
            tier = r.choice(GENUINE_SETUP[self.archetype][0].split())
        self.tier = tier
        self.f_org = _log_uniform(r, *TIERS[tier])
        start = dt.datetime(2024, 2, 1, tzinfo=dt.UTC).timestamp()
        self.asof_ts = start + r.uniform(0, 660) * 86400.0
        self.tz = dt.timezone(dt.timedelta(hours=self.tz_hours))
        self.days = r.randint(90, 365)
        self.ts0 = self.asof_ts - self.days * 86400.0
        self.asof_date = dt.datetime.fromtimestamp(self.asof_ts, self.tz).date()
        verified_p = {
            "tiny": 0.0,
            "nano": 0.03,
            "micro": 0.12,
            "mid": 0.4,
            "macro": 0.85,
            "celeb": 0.97,
            "niche": 0.03,
        }[tier]
        self.verified = r.random() < verified_p
        self.reply_rate = {
            "niche": r.uniform(0.15, 0.5),
            "live": r.uniform(0.02, 0.1),
            "celebrity": r.uniform(0.0, 0.01),
            "fandom": r.uniform(0.01, 0.08),
            "elder": r.uniform(0.03, 0.2),
        }.get(self.culture, 0.0)
        if self.culture == "ordinary":
            self.reply_rate = r.uniform(0.02, 0.35) * (1.0 if self.f_org < 1e5 else 0.2)

    # ---------------------------------------------------------------- posts and history

    def _post_id(self) -> str:
        r = self.r
        p = self.platform
        if p in ("douyin", "tiktok"):
            return "7" + "".join(r.choice("0123456789") for _ in range(18))
        if p == "rednote":
            return "".join(r.choice("0123456789abcdef") for _ in range(24))
        if p == "weibo":
            return "".join(
                r.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz")
                for _ in range(9)
            )
        if p == "bilibili":
            return "BV1" + "".join(
                r.choice("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")
                for _ in range(9)
            )
        if p == "kuaishou":
            return "3x" + "".join(
                r.choice("0123456789abcdefghijklmnopqrstuvwxyz") for _ in range(13)
            )
        if p == "wechat_channels":
            return "finder_" + "".join(r.choice("0123456789") for _ in range(19))
        return "".join(
            r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
            for _ in range(11)
        )

    def _plan_posts(self) -> None:
        r = self.r
        if self.archetype == "tiny_koc":
            n = r.randint(5, 14)
        else:
            n = 10 + int(50 * r.betavariate(1.2, 1.6))
        ppw_med = {
            "douyin": 3.5,
            "kuaishou": 4.0,
            "tiktok": 4.0,
            "rednote": 2.5,
            "weibo": 5.0,
            "bilibili": 1.0,
            "youtube": 1.0,
            "instagram": 3.0,
            "wechat_channels": 3.0,
        }[self.platform]
        ppw = _lognorm(r, ppw_med, 0.7)
        if self.culture == "live":
            ppw *= 1.5
        if self.archetype == "dormant_decline":
            ppw *= 0.15
        if self.tier == "tiny":
            ppw *= 0.5
        ppw = min(max(ppw, 0.25), 21.0)
        gap_mean = 7.0 / ppw
        ages: list[float] = []
        age = r.uniform(0.05, 1.5) * min(gap_mean, 3.0)
        for _ in range(n):
            ages.append(age)
            age += r.gammavariate(0.7, gap_mean / 0.7)
        scale = 1.0 if ages[-1] < 900 else 900.0 / ages[-1]
        names, weights = _weights(self.cfg.formats)
        if self.culture == "live" and "live" in names:
            weights[names.index("live")] *= 4
        zh_t, zh_d, en_t, en_d = self.cat_text
        sigma = self.cfg.post_s
        local_peak = [12, 13, 18, 19, 20, 20, 21, 21, 22, 22, 23, 8, 9, 17]
        for a in reversed(ages):
            ts = self.asof_ts - a * scale * 86400.0
            local = ts + self.tz_hours * 3600.0
            day_start = local - (local % 86400.0)
            hour = r.choice(local_peak) - (0 if self.chinese else r.randint(0, 3))
            ts_new = day_start + hour * 3600.0 + r.uniform(0, 3600) - self.tz_hours * 3600.0
            if ts_new < self.asof_ts - 600:
                ts = ts_new
            mult = math.exp(r.gauss(0.0, sigma))
            if r.random() < 0.04:
                mult *= r.uniform(3, 12)
            fmt = r.choices(names, weights)[0]
            post = Post(
                pid=self._post_id(),
                ts=ts,
                day=math.floor((ts - self.ts0) / 86400.0),
                fmt=fmt,
                topic_zh=r.choice(zh_t),
                topic_en=r.choice(en_t),
                det_zh=r.sample(zh_d, 3),
                det_en=r.sample(en_d, 3),
                mult=mult,
            )
            post.duration_min = (
                r.randint(1, 4) if self.platform in ("douyin", "tiktok") else r.randint(3, 35)
            )
            self.posts.append(post)
        self.posts.sort(key=lambda p: p.ts)
        spons_p = 0.0
        if self.f_org > 5000:
            spons_p = r.uniform(0.0, 0.35)
        if self.culture == "celebrity":
            spons_p = r.uniform(0.2, 0.6)
        for p in self.posts:
            p.sponsored = r.random() < spons_p
        self._place_events()

    def _place_events(self) -> None:
        """Fix the days of genuine events and tie viral/giveaway ones to a post."""
        r = self.r
        d = self.days
        inside = [p for p in self.posts if 0.12 * d <= p.day <= 0.9 * d]
        if not inside:
            inside = [p for p in self.posts if 0 <= p.day < d - 1] or self.posts[-1:]
        for ev in list(self.events):
            if ev in ("viral", "giveaway"):
                post = r.choice(inside)
                post.special = ev
                self.events[ev] = min(max(post.day, 0), d - 2)
                if ev == "viral":
                    small = self.tier in ("tiny", "nano", "niche")
                    post.mult = r.uniform(20, 250) if small else r.uniform(8, 60)
            else:
                self.events[ev] = r.randint(int(0.15 * d), int(0.9 * d))

    def _organic_history(self) -> None:
        """Daily organic followers: post-driven Poisson gains, steady unfollows, events."""
        r, g = self.r, self.g
        d = self.days
        t = np.arange(d, dtype=float)
        stage = r.choices(["grow", "stable", "decline"], [50, 35, 15])[0]
        if self.archetype == "dormant_decline":
            growth = r.uniform(-0.2, -0.03)
        elif self.culture == "celebrity":
            growth = r.uniform(-0.01, 0.1)
        elif stage == "grow":
            growth = min(2.0, _lognorm(r, 0.25, 0.8) * (1.5 if self.f_org < 1e4 else 1.0))
        elif stage == "stable":
            growth = r.uniform(-0.03, 0.08)
        else:
            growth = r.uniform(-0.12, -0.01)
        self.growth = growth
        f_start = self.f_org / (1.0 + growth)
        self.f_start = f_start
        shape = (t / max(d - 1, 1)) ** r.uniform(0.6, 1.6)
        base = f_start * (1.0 + growth) ** shape
        loss_rate = r.uniform(0.0002, 0.0012)
        loss_exp = base * loss_rate
        diff = np.diff(base, prepend=base[0])
        gain_exp = np.maximum(diff + loss_exp, 0.05 * loss_exp)
        kernel = np.zeros(d)
        pull = sorted(p.mult**0.5 for p in self.posts)
        cap = 4.0 * pull[len(pull) // 2]
        for p in self.posts:
            if 0 <= p.day < d and p.special != "viral":
                span = np.arange(p.day, min(d, p.day + 8))
                kernel[span] += min(p.mult**0.5, cap) * np.exp(-(span - p.day) / 1.5)
        weekly = 1.0 + r.uniform(0.0, 0.15) * np.sin(2 * np.pi * (t + r.uniform(0, 7)) / 7)
        phi = r.uniform(0.3, 0.8)
        noise = np.exp(g.normal(0.0, 0.25, d))
        kmean = kernel.mean() if kernel.mean() > 0 else 1.0
        mod = (1 - phi) * weekly * noise + phi * kernel / kmean
        gain_exp = gain_exp * mod / max(mod.mean(), 1e-9)
        gains = g.poisson(gain_exp)
        losses = g.poisson(loss_exp * np.exp(g.normal(0.0, 0.2, d)))
        org = np.maximum(f_start + np.cumsum(gains - losses), 0.0)
        self.org = org
        self.ev_add = np.zeros(d)
        self.giveaway_left = 0.0
        self.purge_frac = 0.0
        for ev, day in self.events.items():
            self._event_series(ev, day)
        self.real = np.maximum(self.org + self.ev_add, 0.0)

    def _event_series(self, ev: str, day: int) -> None:
        """Add a genuine event's follower gain (or a purge's loss) to ``ev_add``."""
        r = self.r
        d = self.days
        t = np.arange(d, dtype=float)
        f_here = float(self.org[day])
        small = self.tier in ("tiny", "nano", "niche")
        after = t >= day
        if ev == "purge":
            frac = r.uniform(0.04, 0.25) if self.archetype == "bot_purge" else r.uniform(0.02, 0.1)
            self.purge_frac = frac
            ramp = np.clip((t - day + 1) / r.randint(1, 3), 0, 1)
            self.ev_add -= frac * f_here * ramp
            return
        if ev == "viral":
            gain = f_here * (r.uniform(0.15, 1.2) if small else r.uniform(0.05, 0.5))
            tau, back, tau2 = r.uniform(0.8, 3.0), r.uniform(0.05, 0.15), r.uniform(20, 60)
        elif ev == "giveaway":
            gain = f_here * r.uniform(0.08, 0.6)
            tau, back, tau2 = r.uniform(3.0, 10.0), r.uniform(0.15, 0.45), r.uniform(5, 25)
        else:
            gain = f_here * (r.uniform(0.2, 3.0) if small else r.uniform(0.1, 1.0))
            tau, back, tau2 = r.uniform(0.4, 1.2), r.uniform(0.03, 0.12), r.uniform(15, 45)
        rise = np.where(after, 1.0 - np.exp(-(t - day + 1) / tau), 0.0)
        fall_start = day + 3 * tau
        fall = np.where(t >= fall_start, 1.0 - np.exp(-(t - fall_start) / tau2), 0.0)
        self.ev_add += gain * (rise - back * fall)
        if ev == "giveaway":
            self.giveaway_left = gain * (1 - back)

    def _real_at(self, day: int) -> float:
        """Real (organic + event) followers on a day, extrapolated before the window."""
        if day >= 0:
            return float(self.real[min(day, self.days - 1)])
        rate = (1.0 + self.growth) ** (1.0 / max(self.days - 1, 1))
        return float(max(20.0, self.f_start * rate**day))

    def _engagement(self) -> None:
        """Organic views, likes, comments, shares and saves of every post."""
        r, g, c = self.r, self.g, self.cfg
        size = max(self.f_org, 50.0) / 1e4
        reach = c.reach * math.exp(r.gauss(0, c.reach_s)) * size**-0.12
        arch = self.archetype
        if arch == "celebrity_low_er":
            reach *= r.uniform(0.25, 1.0)
        elif arch == "dormant_decline":
            reach *= r.uniform(0.1, 0.35)
        elif arch == "follows_back_koc":
            reach *= r.uniform(0.4, 0.9)
        elif arch == "tiny_koc":
            reach *= r.uniform(0.8, 2.0)
        self.like_rate = c.like * math.exp(r.gauss(0, 0.35)) * size**-0.04
        cmt_factor = {"fandom": 1.5, "live": 1.8, "niche": 1.3, "celebrity": 1.2}
        cmt_rate = c.cmt * math.exp(r.gauss(0, 0.5)) * cmt_factor.get(self.culture, 1.0)
        if arch == "tiny_koc":
            cmt_rate *= r.uniform(1.2, 2.5)
        share_rate = c.share * math.exp(r.gauss(0, 0.5))
        save_rate = c.save * math.exp(r.gauss(0, 0.4))
        coin_rate = r.uniform(0.15, 0.4)
        dm_rate = r.uniform(0.002, 0.012)
        for p in self.posts:
            age_h = (self.asof_ts - p.ts) / 3600.0
            age_f = 1.0 - math.exp(-age_h / 8.0)
            views = self._real_at(p.day) * min(reach * p.mult, 60.0) * age_f
            if p.sponsored:
                views *= math.exp(r.gauss(-0.3, 0.3))
            likes = views * self.like_rate * math.exp(r.gauss(0, 0.25))
            comments = likes * cmt_rate * math.exp(r.gauss(0, 0.35))
            shares = likes * share_rate * math.exp(r.gauss(0, 0.5))
            if p.special == "giveaway":
                likes *= r.uniform(2, 6)
                comments *= r.uniform(8, 60)
                shares *= r.uniform(5, 40)
            p.views = views
            p.likes = int(g.poisson(min(likes, 1e9)))
            p.org_comments = int(g.poisson(min(comments, 1e8)))
            p.replies = int(g.binomial(p.org_comments, self.reply_rate))
            p.shares = int(g.poisson(min(shares, 1e9)))
            p.saves = int(g.poisson(min(likes * save_rate * math.exp(r.gauss(0, 0.4)), 1e9)))
            p.coins = int(g.poisson(min(likes * coin_rate, 1e9)))
            p.danmaku = int(g.poisson(min(views * dm_rate, 1e9)))

    # ---------------------------------------------------------------- fraud on posts

    def _fraud_engagement(self) -> None:
        """Add bought likes/views and fraudulent comments to the posts."""
        r = self.r
        for kind, inten in self.frauds.items():
            if kind == "bought_likes":
                self._buy_likes(inten)
            elif kind == "bot_comments":
                self._add_comments(
                    "bot", 0.25 + 5.0 * inten**1.5, 0.35 + 0.65 * inten, r.uniform(0.0, 2.0)
                )
            elif kind == "paid_comments":
                self._add_comments(
                    "paid", 0.2 + 3.0 * inten**1.3, 0.2 + 0.6 * inten, r.uniform(0.5, 1.5)
                )
            elif kind == "ai_comments":
                self.ai_style = r.choices(["polished", "casual", "question"], [45, 35, 20])[0]
                self._add_comments(
                    "ai", 0.15 + 3.0 * inten**1.3, 0.4 + 0.6 * inten, r.uniform(0.3, 1.2)
                )
            elif kind == "engagement_pod":
                self._pod(inten)
            elif kind == "lure_spam":
                self._add_comments(
                    "lure", 1.0 + 6.0 * inten, 0.6 + 0.4 * inten, r.uniform(1.0, 5.0)
                )
                self.reply_rate = max(self.reply_rate, r.uniform(0.25, 0.6))
        self.bot_script = r.sample(BOT_ZH if self.chinese else BOT_EN, r.randint(4, 9))

    def _add_comments(self, kind: str, ratio: float, treated: float, likes_each: float) -> None:
        """Inject ``kind`` comments into a share of posts, in proportion to organic ones."""
        r = self.r
        for p in self.posts:
            hit = treated + (0.3 if p.sponsored and kind == "paid" else 0.0)
            if r.random() > hit:
                continue
            base = max(p.org_comments, r.randint(2, 6))
            k = int(base * ratio * math.exp(r.gauss(0, 0.4))) + 1
            p.fraud_comments[kind] = p.fraud_comments.get(kind, 0) + k
            p.likes += int(k * likes_each)

    def _buy_likes(self, inten: float) -> None:
        """Bought likes (and/or views) in seller packages, cautious or blatant."""
        r = self.r
        shows_views = self.cfg.views_p > 0
        mode = r.choices(["likes", "views", "both"], [55, 15, 30])[0] if shows_views else "likes"
        likes_sorted = sorted(p.likes for p in self.posts)
        median = max(likes_sorted[len(likes_sorted) // 2], 5)
        want = median * (0.3 + 8.0 * inten**1.3)
        packages = [50, 100, 200, 300, 500, 1000, 2000, 3000, 5000, 10000, 20000, 50000, 100000]
        pkg = min(packages, key=lambda s: abs(math.log(s / want)))
        cautious = r.random() < (1.0 - inten) * 0.8
        treated = 0.3 + 0.7 * inten
        for p in self.posts:
            if r.random() > treated + (0.3 if p.sponsored else 0.0):
                continue
            if cautious:
                add = pkg * math.exp(r.gauss(0, 0.45)) * p.mult**0.25
            else:
                add = pkg * r.uniform(0.95, 1.12)
            if mode == "views":
                p.views += p.views * (1.0 + 8.0 * inten) * math.exp(r.gauss(0, 0.3))
                p.likes += int(0.1 * add)
                continue
            p.likes += int(add)
            if mode == "both":
                p.views += add / self.like_rate * r.uniform(0.6, 1.6)
            if self.platform == "rednote" and r.random() < 0.3:
                p.saves += int(add * r.uniform(0.0, 0.15))

    def _pod(self, inten: float) -> None:
        """Engagement pod / mutual-boost group: the same members on every post, fast."""
        r, g = self.r, self.g
        members = r.randint(8, 20) + int(40 * inten * r.random())
        like_only = int(members * r.uniform(0.0, 5.0) * inten)
        part = r.uniform(0.3, 0.5) + 0.5 * inten
        self.pools["pod"] = [self._creator_like_name() for _ in range(members)]
        join_day = -10_000 if r.random() < 0.6 else r.randint(0, self.days - 1)
        for p in self.posts:
            if p.day < join_day:
                continue
            k = int(g.binomial(members, min(part, 0.98)))
            p.fraud_comments["pod"] = p.fraud_comments.get("pod", 0) + k
            p.likes += k + int(g.binomial(like_only, min(part, 0.98))) if like_only else k
            p.saves += int(k * r.uniform(0.0, 0.5)) if self.platform == "rednote" else 0
        self.reply_rate = max(self.reply_rate, r.uniform(0.1, 0.4))

    # ---------------------------------------------------------------- follower series

    def _finish_history(self) -> None:
        """Combine real followers with bought ones and follow-backs; build following."""
        r = self.r
        d = self.days
        self.fake = np.zeros(d)
        mixes: list[tuple[float, dict[str, float]]] = []
        for kind in ("bought_followers_burst", "bought_followers_drip", "bought_followers_premium"):
            if kind in self.frauds:
                arr, mix = self._bought_series(kind.rsplit("_", 1)[1], self.frauds[kind])
                self.fake += arr
                mixes.append((float(arr[-1]), mix))
        if "lure_spam" in self.frauds and r.random() < 0.6:
            arr, mix = self._bought_series("burst", self.frauds["lure_spam"] * 0.5)
            self.fake += arr
            mixes.append((float(arr[-1]), mix))
        total_fake = sum(m[0] for m in mixes)
        self.fake_mix = {}
        for amount, mix in mixes:
            for k, v in mix.items():
                self.fake_mix[k] = self.fake_mix.get(k, 0.0) + v * amount / max(total_fake, 1.0)
        self.following = self._genuine_following()
        self.followback = np.zeros(d)
        if "follow_churn" in self.frauds:
            extra, self.followback = self._churn(self.frauds["follow_churn"])
            self.following = self.following + extra
        cap = 7500 if self.platform == "instagram" else 10000
        self.following = np.clip(np.round(self.following), 0, cap).astype(np.int64)
        total = self.real + self.fake + self.followback
        self.total = np.maximum(np.round(total), 0).astype(np.int64)

    def _bought_series(self, kind: str, inten: float) -> tuple[np.ndarray, dict[str, float]]:
        """Remaining bought followers per day, and the kinds of accounts delivered."""
        r = self.r
        d = self.days
        share = {
            "burst": 0.06 + 0.84 * inten**1.2,
            "drip": 0.05 + 0.8 * inten**1.2,
            "premium": 0.04 + 0.55 * inten**1.2,
        }[kind]
        amount = self.f_org * share / (1.0 - share)
        deliver = np.zeros(d)
        pre = r.random() < (0.12 if kind == "drip" else 0.22)
        if pre:
            stock0 = amount
        else:
            stock0 = 0.0
            n_ep = 1 if (inten > 0.6 or r.random() < 0.5) else r.randint(2, 3)
            parts = np.random.default_rng(r.randrange(1 << 30)).dirichlet(np.ones(n_ep) * 2)
            for part in parts:
                t0 = r.randint(int(0.05 * d), d - 3)
                if kind == "burst":
                    w = np.array([0.6, 0.3, 0.1])[: r.randint(1, 3)]
                elif kind == "drip":
                    w = np.exp(
                        np.random.default_rng(r.randrange(1 << 30)).normal(
                            0, 0.3, r.randint(14, 120)
                        )
                    )
                else:
                    w = np.ones(r.randint(3, 45))
                w = w[: d - t0]
                deliver[t0 : t0 + len(w)] += amount * part * w / w.sum()
        cheap = kind != "premium"
        drop_frac = r.uniform(0.05, 0.35) if cheap else r.uniform(0.0, 0.08)
        tau = r.uniform(5, 40)
        refill = cheap and r.random() < 0.35
        purge_day = self.events.get("purge", -1)
        out = np.zeros(d)
        stock, lost, last, refilled = stock0, 0.0, -1, False
        for t in range(d):
            if deliver[t] > 0:
                stock += deliver[t]
                last = t
            if last >= 0 or pre:
                since = t - last if last >= 0 else t + 30
                loss = stock * drop_frac / tau * math.exp(-since / tau)
                stock -= loss
                lost += loss
            if refill and not refilled and last >= 0 and t - last > r.randint(7, 30):
                stock += lost * r.uniform(0.5, 1.0)
                refilled = True
            if t == purge_day:
                stock *= 1.0 - r.uniform(0.2, 0.7)
            out[t] = stock
        mix = {
            "burst": {"cheap": 0.75, "premium": 0.1, "task": 0.15},
            "drip": {"cheap": 0.55, "premium": 0.2, "task": 0.25},
            "premium": {"cheap": 0.05, "premium": 0.6, "task": 0.35},
        }[kind]
        mix = dict(mix)
        mix["premium"] += (1.0 - inten) * 0.2
        norm = sum(mix.values())
        first = int(np.argmax(deliver > 0)) if deliver.any() else 0
        self.batch_days = [first - r.randint(10, 300) for _ in range(r.randint(1, 3))]
        return out, {k: v / norm for k, v in mix.items()}

    def _genuine_following(self) -> np.ndarray:
        """Simulate a genuine following count: a slow walk (or many follow-backs for a KOC)."""
        r, g = self.r, self.g
        d = self.days
        med = {
            "tiny": 180,
            "nano": 260,
            "micro": 300,
            "mid": 220,
            "macro": 120,
            "celeb": 60,
            "niche": 200,
        }[self.tier]
        start = _lognorm(r, med, 0.8)
        lam = r.uniform(0.05, 1.5)
        if self.archetype == "follows_back_koc":
            start = r.uniform(1000, 4000)
            lam = r.uniform(3, 15)
        steps = g.poisson(lam, d) - g.poisson(lam * r.uniform(0.5, 1.1), d)
        return np.maximum(start + np.cumsum(steps), 0.0)

    def _churn(self, inten: float) -> tuple[np.ndarray, np.ndarray]:
        """Follow/unfollow churn: extra following and the follow-backs it brings."""
        r = self.r
        d = self.days
        amp = 150 + 4500 * inten**1.3
        fbr = r.uniform(0.04, 0.22)
        extra = np.zeros(d)
        gain = np.zeros(d)
        if r.random() < 0.35:
            level = amp * r.uniform(0.8, 1.2)
            extra[:] = level * (1 + np.random.default_rng(r.randrange(1 << 30)).normal(0, 0.03, d))
            gain[:] = level / r.uniform(5, 20) * fbr
        else:
            t = r.randint(0, 10)
            while t < d:
                up, hold, down = r.randint(1, 4), r.randint(0, 5), r.randint(1, 3)
                a = amp * r.uniform(0.6, 1.3)
                for k in range(up):
                    if t + k < d:
                        extra[t + k] = a * (k + 1) / up
                        gain[t + k] += a * fbr / up
                for k in range(hold):
                    if t + up + k < d:
                        extra[t + up + k] = a
                for k in range(down):
                    if t + up + hold + k < d:
                        extra[t + up + hold + k] = a * (1 - (k + 1) / down)
                t += up + hold + down + r.randint(2, 25)
        leave = r.uniform(0.3, 0.6) / r.uniform(10, 40)
        fb = np.zeros(d)
        stock = gain.mean() * r.uniform(0, 60)
        for t in range(d):
            stock += gain[t] - stock * leave
            fb[t] = stock
        return extra, fb

    # ---------------------------------------------------------------- names

    def _digits(self, n: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def _default_name(self) -> str:
        """Return the name a platform gives an account whose owner never set one."""
        r = self.r
        p = self.platform
        if p in ("douyin", "weibo"):
            return "用户" + self._digits(10)
        if p == "rednote":
            return "小红薯" + "".join(r.choice("0123456789ABCDEF") for _ in range(8))
        if p == "bilibili":
            return "bili_" + self._digits(11)
        if p == "kuaishou":
            return "快手用户" + self._digits(10)
        if p == "tiktok":
            return "user" + self._digits(r.randint(10, 13))
        if p == "youtube":
            return "@user-" + "".join(
                r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(10)
            )
        if p == "wechat_channels":
            return r.choice(["微信用户", r.choice(ELDER_NICKS) + self._digits(r.randint(1, 3))])
        return self._en_handle()

    def _zh_nick(self) -> str:
        r = self.r
        x = r.random()
        if x < 0.45:
            return r.choice(NICK_PRE) + r.choice(NICK_CORE) + r.choice(NICK_SUF)
        if x < 0.7:
            return r.choice(SURNAMES) + r.choice(GIVEN) + r.choice(NICK_SUF[:12])
        if x < 0.85:
            return r.choice(ZH_EN_NAMES) + r.choice(ZH_EN_SUFFIX)
        return r.choice(ROMAN) + r.choice(ROMAN) + self._digits(r.randint(0, 4))

    def _en_handle(self) -> str:
        r = self.r
        f, last, w = r.choice(FIRST), r.choice(LAST), r.choice(WORDS)
        pattern = r.randint(0, 9)
        if pattern == 0:
            return f"{f}.{last}"
        if pattern == 1:
            return f"{f}_{w}"
        if pattern == 2:
            return f"{f}{self._digits(2)}"
        if pattern == 3:
            return f"the.{f}"
        if pattern == 4:
            return f"{f}{last}_"
        if pattern == 5:
            return f"{w}.{r.choice(WORDS)}"
        if pattern == 6:
            return f"its{f}{last[0]}"
        if pattern == 7:
            return f"{f}xo{self._digits(r.randint(0, 2))}"
        if pattern == 8:
            return f"{f}.{w}{self._digits(r.randint(0, 3))}"
        return f"not.{f}"

    def _person_name(self) -> str:
        """Make up a commenter as the platform shows them (nickname or handle)."""
        r = self.r
        if not self.chinese:
            if r.random() < 0.04:
                return self._default_name()
            if "zh" in self.langs and r.random() < self.langs["zh"] * 0.6:
                return (
                    r.choice(ROMAN)
                    + r.choice(["_", ".", ""])
                    + r.choice(ROMAN)
                    + self._digits(r.randint(0, 3))
                )
            return self._en_handle()
        if r.random() < 0.12:
            return self._default_name()
        if self.culture == "elder" and r.random() < 0.5:
            return r.choice(ELDER_NICKS) + r.choice(["", "", self._digits(r.randint(1, 3))])
        return self._zh_nick()

    def _bot_name(self) -> str:
        """Make up a farm account's name: defaults, random strings or name+digits."""
        r = self.r
        x = r.random()
        if self.chinese:
            if x < 0.5:
                return self._default_name()
            if x < 0.75:
                return r.choice(ROMAN) + r.choice(ROMAN) + self._digits(r.randint(3, 6))
            return self._zh_nick() + self._digits(r.randint(2, 4))
        if x < 0.35:
            return f"{r.choice(FIRST)}{r.choice(LAST)}{self._digits(r.randint(3, 5))}"
        if x < 0.55:
            return f"{r.choice(FIRST)}_{r.choice(FIRST)}{self._digits(3)}"
        if x < 0.7:
            return "user" + self._digits(r.randint(8, 11))
        if x < 0.85:
            return (
                "".join(r.choice(CONSONANTS) for _ in range(r.randint(4, 7)))
                + "_"
                + self._digits(r.randint(2, 4))
            )
        return f"{r.choice(WORDS)}{r.choice(WORDS)}{self._digits(2)}_"

    def _creator_like_name(self) -> str:
        """Another small creator's handle (pod or mutual-boost group member)."""
        r = self.r
        if self.chinese:
            nick = self._zh_nick()
            cat = CATEGORY_ZH_NAME[self.category]
            return r.choice(
                [
                    f"{nick}的{cat}日记",
                    f"{nick}｜{cat}",
                    f"{nick}探店",
                    f"{nick}",
                    f"{r.choice(SURNAMES)}{r.choice(GIVEN)}{cat}分享",
                ]
            )
        f = r.choice(FIRST)
        cat = self.category.replace("_", "")
        return r.choice(
            [
                f"{f}.creates",
                f"{r.choice(WORDS)}with{f}",
                f"{f}.{cat}",
                f"{cat}by{f}",
                f"{f}_{cat}diary",
                f"{f}{r.choice(LAST)}.{cat}",
            ]
        )

    def _pool_name(self, kind: str) -> str:
        """Pick an author from a fraud pool, reused across posts as farms do."""
        r = self.r
        pool = self.pools.get(kind)
        if pool is None:
            size = {
                "bot": r.randint(30, 300),
                "paid": r.randint(20, 150),
                "ai": r.randint(10, 80),
                "lure": r.randint(5, 30),
                "spam": r.randint(10, 60),
            }[kind]
            maker = self._bot_name if kind in ("bot", "spam") else self._person_name
            if kind == "ai" and r.random() < 0.5:
                maker = self._bot_name
            pool = [maker() for _ in range(size)]
            self.pools[kind] = pool
        return r.choice(pool)

    def _organic_author(self) -> str:
        """Pick a real commenter: a regular (loyal fan, friend) or someone passing by."""
        r = self.r
        if not self.regulars:
            n = {
                "niche": r.randint(5, 30),
                "fandom": r.randint(30, 120),
                "celebrity": r.randint(50, 200),
                "live": r.randint(20, 80),
            }.get(self.culture, r.randint(8, 60))
            if self.archetype == "tiny_koc":
                n = r.randint(4, 15)
            self.regulars = [self._person_name() for _ in range(n)]
            self.regular_w = [1.0 / (k + 1) ** 0.8 for k in range(n)]
            lo, hi = {
                "niche": (0.55, 0.85),
                "fandom": (0.2, 0.45),
                "live": (0.2, 0.5),
                "celebrity": (0.05, 0.2),
                "elder": (0.2, 0.5),
            }.get(self.culture, (0.08, 0.3))
            if self.archetype == "tiny_koc":
                lo, hi = 0.4, 0.75
            self.regular_p = r.uniform(lo, hi)
        if r.random() < self.regular_p:
            return r.choices(self.regulars, self.regular_w)[0]
        return self._person_name()

    # ---------------------------------------------------------------- text

    def _slot(self, key: str, post: Post | None, lang: str) -> str:
        """Return the value of one {slot} in a template."""
        r = self.r
        zh = lang in ("zh", "yue")
        if key == "t":
            if post is not None:
                return post.topic(lang)
            return r.choice(self.cat_text[0] if zh else self.cat_text[2])
        if key in ("d", "d2"):
            if post is not None:
                return r.choice(post.details(lang))
            return r.choice(self.cat_text[1] if zh else self.cat_text[3])
        lex = ZH_LEX if zh else EN_LEX
        if key in lex:
            return r.choice(lex[key])
        if key == "n":
            return str(r.randint(1, 9))
        if key == "nn":
            return str(r.randint(2, 99))
        if key in ("friend", "friend2", "friend3", "handle"):
            return (
                self._person_name().lstrip("@")
                if key != "handle"
                else "@" + self._bot_name().lstrip("@")
            )
        if key == "idol":
            return self.idol
        if key == "k":
            return r.choice(["10w", "100w", "50w"]) if zh else r.choice(["100k", "1M", "10k"])
        if key == "year":
            return str(self.asof_date.year - r.randint(0, 6))
        if key == "md":
            return f"{r.randint(1, 12)}.{r.randint(1, 28)}"
        if key == "song":
            return r.choice(SONGS)
        if key == "title":
            return r.choice(TITLES_ZH if zh else TITLES_EN)
        if key == "award":
            return r.choice(AWARDS_ZH if zh else AWARDS_EN)
        if key == "cat":
            return CATEGORY_ZH_NAME[self.category] if zh else self.category.replace("_", " ")
        if key == "contact":
            return self._contact()
        if key == "city":
            return r.choice(OTHER_CITIES.get(lang, EN_LEX["city"]))
        if key == "place":
            return r.choice(ZH_LEX["place"])
        return ""

    def _fill(self, template: str, post: Post | None, lang: str) -> str:
        """Fill the {slots} of a template (two passes for nested slots)."""
        if "{" not in template:
            return template
        out = _SLOT.sub(lambda m: self._slot(m.group(1), post, lang), template)
        if "{" in out:
            out = _SLOT.sub(lambda m: self._slot(m.group(1), post, lang), out)
        return out

    def _emoji_run(self, fan: bool = False) -> str:
        r = self.r
        if self.chinese and self.platform in ZH_EMOJI and r.random() < 0.55:
            code = r.choice(ZH_EMOJI[self.platform])
            return (
                code * r.randint(1, 4)
                if r.random() < 0.6
                else "".join(r.choice(ZH_EMOJI[self.platform]) for _ in range(r.randint(1, 3)))
            )
        bank = FAN_EMOJI if fan else UNI_EMOJI
        if r.random() < 0.5:
            return r.choice(bank) * r.randint(1, 6)
        return "".join(r.choice(bank) for _ in range(r.randint(1, 5)))

    def _deco_zh(self, text: str) -> str:
        """Trailing particles, punctuation, emoji or laughter, as people type."""
        r = self.r
        x = r.random()
        if x < 0.35:
            return text
        if x < 0.6:
            return text + r.choice(
                [
                    "！",
                    "!",
                    "～",
                    "~",
                    "。",
                    "...",
                    "！！",
                    "啊",
                    "呀",
                    "哈哈",
                    "吧",
                    "呢",
                    "!!!",
                    "😭",
                    "嘿嘿",
                ]
            )
        if x < 0.82:
            return text + self._emoji_run()
        if x < 0.9:
            return text + r.choice(ZH_LEX["laugh"])
        return text + r.choice("啊哈呜嘿") * r.randint(2, 5)

    def _deco_en(self, text: str) -> str:
        r = self.r
        if r.random() < 0.45 and not text.startswith("@"):
            text = text.lower()
        if r.random() < 0.3:
            text = text.rstrip("!.?")
        x = r.random()
        if x < 0.25:
            text += " " + self._emoji_run()
        elif x < 0.33:
            text += " " + r.choice(EN_LEX["laugh"])
        elif x < 0.38 and text and text[-1] in "aeiouy":
            text += text[-1] * r.randint(2, 5)
        elif x < 0.45:
            text += r.choice(["!!", "!!!", " fr", " tbh", " ngl", " 🙏"])
        return text

    def _organic_kind(self, post: Post) -> str:
        """Choose what sort of comment a real audience member writes under this post."""
        r = self.r
        if post.special == "giveaway" and r.random() < 0.75:
            return "entry"
        names, vals = list(self.kind_names), list(self.kind_weights)
        extra = []
        if post.special == "viral":
            extra.append(("viral", 25.0))
        if post.sponsored:
            extra.append(("sponsored", 5.0))
        if self.archetype == "dormant_decline":
            extra.append(("dormant", 8.0))
        if self.platform in ("bilibili", "youtube") and post.fmt == "video":
            extra.append(("timestamp", 6.0))
        for name, w in extra:
            names.append(name)
            vals.append(w)
        return r.choices(names, vals)[0]

    def _organic_text(self, post: Post, lang: str) -> str:
        """Write a real comment in ``lang``, shaped by the audience culture."""
        r = self.r
        kind = self._organic_kind(post)
        if lang not in ("zh", "en"):
            text = self._fill(r.choice(OTHER_BANKS[lang]), post, lang)
            return text + (" " + self._emoji_run() if r.random() < 0.25 else "")
        zh = lang == "zh"
        tpl = ZH_TPL if zh else EN_TPL
        if kind == "emoji":
            return self._emoji_run(fan=self.culture in ("fandom", "celebrity"))
        if kind == "slogan":
            if not self.slogans:
                bank = SLOGANS_ZH if self.chinese else SLOGANS_EN
                lang0 = "zh" if self.chinese else "en"
                self.slogans = [self._fill(s, None, lang0) for s in r.sample(bank, 4)]
            return r.choice(self.slogans)
        if kind == "short":
            if zh:
                bank = ZH_SLANG.get(self.platform, ZH_SHORT) if r.random() < 0.5 else ZH_SHORT
            else:
                bank = EN_SLANG.get(self.platform, EN_SHORT) if r.random() < 0.5 else EN_SHORT
            text = self._fill(r.choice(bank), post, lang)
        elif kind == "timestamp":
            mm = r.randint(0, max(post.duration_min - 1, 0))
            stamp = f"{mm:02d}:{r.randint(0, 59):02d}"
            text = stamp + " " + self._fill(r.choice(STAMP_ZH if zh else STAMP_EN), post, lang)
        elif kind == "long":
            parts = [
                self._fill(r.choice(tpl[k]), post, lang)
                for k in r.sample(
                    ["anecdote", "opinion", "praise", "question", "relate"], r.randint(2, 3)
                )
            ]
            text = ("，" if zh else ". ").join(parts)
        elif kind == "reply":
            other = self._organic_author().lstrip("@")
            body = self._fill(
                r.choice(tpl[r.choice(["relate", "opinion", "joke", "question"])]), post, lang
            )
            short = ZH_SHORT if zh else EN_SHORT
            body = body if r.random() < 0.6 else r.choice(short)
            text = (f"回复@{other}:" if self.platform == "weibo" else f"@{other} ") + body
        else:
            text = self._fill(r.choice(tpl[kind]), post, lang)
        if kind in ("entry", "tag", "ritual"):
            return text
        return self._deco_zh(text) if zh else self._deco_en(text)

    def _fraud_lang(self, blatant: bool) -> str:
        """Farms write in the platform language, cheap ones sometimes in the wrong one."""
        if blatant and self.r.random() < 0.1:
            return "en" if self.chinese else "zh"
        return "zh" if self.chinese else "en"

    def _bot_text(self, inten: float) -> str:
        r = self.r
        lang = self._fraud_lang(inten > 0.6)
        if inten > 0.5 and lang == ("zh" if self.chinese else "en") and r.random() < inten:
            return r.choice(self.bot_script)
        text = r.choice(BOT_ZH if lang == "zh" else BOT_EN)
        if r.random() < 0.4:
            text += self._emoji_run()
        elif r.random() < 0.2:
            text += r.choice(["!", "!!", "！", "~"])
        return text

    def _paid_text(self, post: Post) -> str:
        r = self.r
        if self.chinese:
            text = self._fill(r.choice(PAID_ZH_A), post, "zh") + r.choice(PAID_ZH_B)
            if r.random() < 0.25:
                text = self._fill("{d}真的{adj}，", post, "zh") + text
            return text
        text = self._fill(r.choice(PAID_EN_A), post, "en") + r.choice(PAID_EN_B)
        return text.lower() if r.random() < 0.2 else text

    def _ai_text(self, post: Post) -> str:
        r = self.r
        zh = self.chinese
        bank = AI_ZH if zh else AI_EN
        style = self.ai_style if r.random() < 0.8 else r.choice(["polished", "casual"])
        if style == "casual":
            text = self._fill(r.choice(bank["casual"]), post, self.main_lang)
            return text if zh or r.random() < 0.5 else text + " " + r.choice(UNI_EMOJI)
        parts = [r.choice(bank["open"]), r.choice(bank["mid"])]
        if style == "question":
            closers = [c for c in bank["close"] if c.endswith(("？", "?", "!"))]
            parts.append(r.choice(closers))
        else:
            parts.append(r.choice(bank["close"]))
        if r.random() < 0.3:
            parts.pop(0)
        text = ("" if zh else " ").join(self._fill(p, post, self.main_lang) for p in parts)
        return text.replace("，期", "。期").replace("，已", "。已") if zh else text

    def _pod_text(self, post: Post) -> str:
        """Write a pod member's comment: friendly, generic, sometimes naming a detail."""
        r = self.r
        if self.chinese:
            text = r.choice(POD_ZH_A) + r.choice(POD_ZH_B)
            if r.random() < 0.25:
                text += self._emoji_run()
        else:
            text = r.choice(POD_EN_A) + r.choice(POD_EN_B)
        return self._fill(text, post, self.main_lang)

    def _contact(self) -> str:
        """Make up a contact id disguised to dodge keyword filters."""
        r = self.r
        letters = "".join(r.choice("abcdefghijkmnpqrstuvwxyz") for _ in range(r.randint(2, 6)))
        digits = self._digits(r.randint(3, 8))
        raw = letters + digits
        x = r.random()
        if x < 0.2:
            return " ".join(raw)
        if x < 0.35:
            return letters + digits.translate(FULL_WIDTH)
        if x < 0.5:
            return letters + digits.translate(CIRCLED)
        if x < 0.62:
            return letters + digits.translate(ZH_DIGITS)
        if x < 0.75:
            return "·".join(raw)
        if x < 0.85:
            return raw.upper()
        return raw

    def _lure_text(self, lang: str) -> str:
        """Write a lure: contact or 'resource' spam worded to slip past filters."""
        r = self.r
        if lang == "zh":
            text = self._fill(r.choice(LURE_ZH_BAIT), None, "zh")
            if r.random() < 0.2:
                text = r.choice([" ", "/", "~", "."]).join(text)
            if r.random() < 0.5:
                text += (
                    r.choice(["，", " ", "👉", "~"])
                    + r.choice(LURE_ZH_HANDLE)
                    + r.choice([":", "：", "", " "])
                    + self._contact()
                )
            return text + (r.choice(["🎁", "💰", "🍑", "❤️", "🔥"]) if r.random() < 0.3 else "")
        text = self._fill(r.choice(LURE_EN_BAIT), None, "en")
        x = r.random()
        if x < 0.15:
            text = text.lower().translate(SMALL_CAPS)
        elif x < 0.3:
            text += (
                " "
                + r.choice(["T.e.l.e.g.r.a.m", "Tele-gram", "wh@tsapp", "💬"])
                + ": "
                + self._contact()
            )
        return text

    def _spam_text(self) -> str:
        """Third-party spam that lands in any real comment section."""
        r = self.r
        lang = "zh" if self.chinese else "en"
        x = r.random()
        if x < 0.45:
            return self._lure_text(lang)
        if x < 0.75:
            return r.choice(BOT_ZH if lang == "zh" else BOT_EN)
        return r.choice(SPAM_ZH if lang == "zh" else SPAM_EN)

    def _creator_reply_text(self, post: Post, to_kind: str) -> str:
        r = self.r
        if to_kind == "lure":
            return r.choice(LURE_REPLY_ZH if self.chinese else LURE_REPLY_EN)
        lang = self.main_lang
        text = self._fill(
            r.choice(ZH_REPLY_CREATOR if lang == "zh" else EN_REPLY_CREATOR), post, lang
        )
        return text

    # ---------------------------------------------------------------- comment sample

    def _comments(self) -> list[dict[str, Any]]:
        """Sample comments as a scraper does: up to a common cap per post, ~100-400 in all."""
        r = self.r
        self.spam_share = r.uniform(0.0, 0.04) + (0.03 if self.f_org > 1e5 else 0.0)
        self.cmt_like_rate = r.uniform(0.0005, 0.004)
        avail = [p.org_comments + p.replies + sum(p.fraud_comments.values()) for p in self.posts]
        target = int(r.triangular(100, 320, 200)) if r.random() < 0.9 else r.randint(300, 400)
        alloc = _water_fill(avail, target)
        self.sampled = {p.pid: n for p, n in zip(self.posts, alloc, strict=True)}
        out: list[tuple[float, int, dict[str, Any]]] = []
        for order, (p, n) in enumerate(zip(self.posts, alloc, strict=True)):
            if n > 0:
                out.extend((ts, order, c) for ts, c in self._post_comments(p, n))
        out.sort(key=lambda item: (item[1], item[0]))
        return [c for _, _, c in out]

    def _post_comments(self, post: Post, n: int) -> list[tuple[float, dict[str, Any]]]:
        """``n`` sampled comments of one post, drawn in proportion to who wrote them."""
        r, g = self.r, self.g
        kinds = ["org", "reply", *list(post.fraud_comments)]
        counts = np.array(
            [post.org_comments, post.replies, *list(post.fraud_comments.values())], dtype=float
        )
        draw = g.multinomial(n, counts / counts.sum())
        made: list[tuple[str, float, dict[str, Any]]] = []
        for kind, k in zip(kinds, draw, strict=True):
            if kind == "reply":
                continue
            for _ in range(int(k)):
                if kind == "org" and r.random() < self.spam_share:
                    made.append(("spam", *self._one_comment(post, "spam")))
                else:
                    made.append((kind, *self._one_comment(post, kind)))
        out = [(ts, c) for _, ts, c in made]
        prefer = {"lure": 6.0, "pod": 3.0, "org": 1.0, "paid": 0.5, "ai": 0.7}
        weights = [prefer.get(kind, 0.1) for kind, _, _ in made]
        for _ in range(int(draw[1])):
            if not made:
                break
            kind, ts, target = r.choices(made, weights)[0]
            reply_ts = min(ts + _lognorm(r, 5400, 1.3), self.asof_ts - 5)
            text = self._creator_reply_text(post, kind)
            if self.platform == "weibo" and r.random() < 0.7:
                text = f"回复@{target['author']}:{text}"
            elif not self.chinese and r.random() < 0.5:
                text = f"@{target['author'].lstrip('@')} {text}"
            likes = self._comment_likes("reply", post)
            out.append(
                (
                    reply_ts,
                    {
                        "post_id": post.pid,
                        "author": self.handle,
                        "text": text,
                        "posted_at": self._iso(reply_ts),
                        "likes": likes,
                        "from_creator": True,
                    },
                )
            )
        return out

    def _one_comment(self, post: Post, kind: str) -> tuple[float, dict[str, Any]]:
        r = self.r
        if kind == "org":
            lang = r.choices(self.lang_names, self.lang_weights)[0]
            author, text = self._organic_author(), self._organic_text(post, lang)
        elif kind == "spam":
            author, text = self._pool_name("spam"), self._spam_text()
        elif kind == "bot":
            author, text = self._pool_name("bot"), self._bot_text(self.frauds["bot_comments"])
        elif kind == "paid":
            author, text = self._pool_name("paid"), self._paid_text(post)
        elif kind == "ai":
            author, text = self._pool_name("ai"), self._ai_text(post)
        elif kind == "pod":
            author, text = r.choice(self.pools["pod"]), self._pod_text(post)
        else:
            author = self._pool_name("lure")
            if r.random() < 0.6:
                text = r.choice(LURE_PUPPET_ZH if self.chinese else LURE_PUPPET_EN)
            else:
                text = self._lure_text("zh" if self.chinese else "en")
        ts = post.ts + self._delay(post, kind)
        return ts, {
            "post_id": post.pid,
            "author": author,
            "text": text,
            "posted_at": self._iso(ts),
            "likes": self._comment_likes(kind, post),
        }

    def _delay(self, post: Post, kind: str) -> float:
        """Seconds from the post to a comment of this kind."""
        r = self.r
        room = self.asof_ts - 30 - post.ts
        if kind == "org" and post.special == "giveaway":
            delay = r.uniform(0, 10 * 86400)
        else:
            med: float
            sigma: float
            med, sigma = {
                "org": (10800, 1.6),
                "paid": (7200, 1.0),
                "ai": (21600, 1.2),
                "pod": (1200, 0.7),
                "lure": (10800, 1.4),
                "spam": (1800, 1.5),
            }.get(kind, (10800, 1.6))
            if kind == "org" and post.special == "viral":
                med, sigma = 30000, 1.5
            if kind == "bot":
                inten = self.frauds["bot_comments"]
                med, sigma = 300 + (1 - inten) * 10000, 0.6 + (1 - inten) * 0.8
            delay = _lognorm(r, med, sigma)
        if delay > room:
            delay = max(room, 1.0) * r.random()
        return max(delay, 5.0)

    def _comment_likes(self, kind: str, post: Post) -> int:
        r = self.r
        if kind in ("org", "reply"):
            if r.random() < 0.35:
                return 0
            base = max(post.likes, 1) * self.cmt_like_rate * (1.5 if kind == "reply" else 1.0)
            bonus = 1 if r.random() < 0.25 else 0
            return min(int(base * r.paretovariate(1.6)) + bonus, max(post.likes, 1))
        if kind == "paid" and r.random() < 0.08:
            return int(max(post.likes, 10) * self.cmt_like_rate * r.uniform(2, 10))
        if kind == "lure" and r.random() < 0.05:
            return r.randint(20, 300)
        top = {"bot": 2, "spam": 1, "paid": 4, "ai": 3, "pod": 6, "lure": 2}[kind]
        zero = {"bot": 0.9, "spam": 0.9, "paid": 0.5, "ai": 0.6, "pod": 0.3, "lure": 0.7}[kind]
        return 0 if r.random() < zero else r.randint(1, top)

    # ---------------------------------------------------------------- follower sample

    def _audience_mix(self) -> dict[str, float]:
        """Shares of account kinds among the real followers."""
        r, g = self.r, self.g
        if self.archetype == "dormant_decline":
            alpha = [0.12, 0.3, 0.45, 0.13]
        elif self.platform == "weibo":
            alpha = (
                [0.15, 0.3, 0.2, 0.35]
                if self.tier in ("macro", "celeb")
                else [0.2, 0.35, 0.2, 0.25]
            )
        elif self.chinese:
            alpha = [0.28, 0.47, 0.17, 0.08]
        else:
            alpha = [0.42, 0.33, 0.15, 0.10]
        shares = g.dirichlet(np.array(alpha) * 25)
        mix = dict(zip(["active", "lurker", "inactive", "org_bot"], shares.tolist(), strict=True))
        if "purge" in self.events:
            mix["org_bot"] *= r.uniform(0.2, 0.5)
        if self.culture in ("fandom", "celebrity"):
            moved = mix["active"] * r.uniform(0.4, 0.7)
            mix["active"] -= moved
            mix["fan"] = moved
        if self.archetype == "follows_back_koc":
            mix["mutual"] = r.uniform(0.3, 0.6)
        total = sum(mix.values())
        return {k: v / total for k, v in mix.items()}

    def _follower_sample(self) -> list[dict[str, Any]]:
        """Sample followers at random from real, bought and follow-back accounts."""
        r, g = self.r, self.g
        m = r.randint(50, 200)
        real_end = float(self.real[-1])
        hunters = min(self.giveaway_left * r.uniform(0.4, 0.8), real_end * 0.9)
        counts = {k: (real_end - hunters) * v for k, v in self._audience_mix().items()}
        counts["hunter"] = hunters
        for k, v in self.fake_mix.items():
            counts[k] = counts.get(k, 0.0) + float(self.fake[-1]) * v
        counts["followback"] = float(self.followback[-1])
        if "pod" in self.pools:
            counts["pod"] = float(len(self.pools["pod"]))
        names = list(counts)
        vals = np.array([max(counts[k], 0.0) for k in names])
        draw = g.multinomial(m, vals / vals.sum())
        opts = {
            "created": r.random() < 0.65,
            "last": r.random() < 0.7,
            "bio": r.random() < 0.85,
            "names": r.random() < 0.9,
        }
        accounts = [
            self._account(kind, opts)
            for kind, k in zip(names, draw, strict=True)
            for _ in range(int(k))
        ]
        r.shuffle(accounts)
        return accounts

    def _account(self, kind: str, opts: dict[str, bool]) -> dict[str, Any]:
        """One follower account with the fields a scraper gives."""
        r = self.r
        spec = ACCOUNT_KINDS[kind]
        cap = 7500 if self.platform == "instagram" else 10000
        followers = int(_lognorm(r, *spec.fol))
        following = int(min(_lognorm(r, *spec.fwg), cap))
        posts = 0 if r.random() < spec.p0 else max(1, int(_lognorm(r, *spec.posts)))
        default = r.random() < spec.default
        acc: dict[str, Any] = {"id": self._digits(r.randint(9, 16))}
        if opts["names"]:
            if self.chinese:
                display = (
                    self._default_name()
                    if default
                    else (self._bot_name() if kind == "cheap" else self._zh_nick())
                )
                acc["username"] = (
                    self._digits(r.randint(8, 11))
                    if default or r.random() < 0.3
                    else r.choice(ROMAN) + r.choice(ROMAN) + self._digits(r.randint(0, 5))
                )
            else:
                acc["username"] = (
                    self._bot_name()
                    if kind in ("cheap", "org_bot")
                    else self._default_name()
                    if default
                    else self._en_handle()
                )
                display = (
                    ""
                    if r.random() < 0.2
                    else (
                        f"{r.choice(FIRST).title()} {r.choice(LAST).title()}"
                        if r.random() < 0.6
                        else r.choice(FIRST) + r.choice(["", " ✨", " 🌸", "🦋", " ♡"])
                    )
                )
            acc["display_name"] = display
        acc.update(
            followers=followers,
            following=following,
            posts=posts,
            has_avatar=r.random() < spec.avatar * (0.85 if self.chinese else 1.0),
        )
        if self.platform in ("instagram", "tiktok"):
            acc["is_private"] = r.random() < spec.priv
        acc["verified"] = r.random() < (0.05 if kind == "pod" else 0.002)
        if opts["bio"]:
            acc["bio"] = self._account_bio(kind) if r.random() < spec.bio else ""
            acc["has_url"] = r.random() < spec.url
        if kind == "cheap" and self.batch_days:
            start = self.asof_date - dt.timedelta(days=self.days - 1)
            created = start + dt.timedelta(days=r.choice(self.batch_days) + r.randint(-4, 4))
        else:
            created = self.asof_date - dt.timedelta(days=int(r.uniform(*spec.age) * 365) + 3)
        created = min(created, self.asof_date - dt.timedelta(days=1))
        if opts["created"]:
            acc["created_at"] = created.isoformat()
        if opts["last"] and posts > 0 and spec.last[0] > 0:
            ago = int(_lognorm(r, *spec.last))
            last = max(self.asof_date - dt.timedelta(days=ago), created)
            acc["last_post_at"] = last.isoformat()
        if self.platform == "weibo":
            lvl_lo, lvl_hi, cr_lo, cr_hi, member_p = WEIBO_LEVELS[kind]
            acc["platform_level"] = r.randint(lvl_lo, lvl_hi)
            acc["membership_level"] = r.randint(1, 7) if r.random() < member_p else 0
            acc["credit_rating"] = r.randint(cr_lo, cr_hi)
        return acc

    def _account_bio(self, kind: str) -> str:
        r = self.r
        lang = "zh" if self.chinese else "en"
        if kind == "org_bot" and r.random() < 0.5:
            return self._fill(r.choice(LURE_BIO_ZH if self.chinese else LURE_BIO_EN), None, lang)
        if kind == "hunter" and self.chinese:
            return r.choice(HUNTER_BIO)
        if kind == "fan":
            return self._fill(r.choice(FAN_BIO), None, lang)
        if kind in ("pod", "mutual"):
            return self._fill(r.choice(ZH_BIO_PARTS if self.chinese else EN_BIO_PARTS), None, lang)
        return self._fill(r.choice(ACCOUNT_BIO_ZH if self.chinese else ACCOUNT_BIO_EN), None, lang)

    # ---------------------------------------------------------------- record

    def _iso(self, ts: float) -> str:
        return dt.datetime.fromtimestamp(ts, self.tz).isoformat(timespec="seconds")

    def _creator_names(self) -> tuple[str, str]:
        """Display handle and an ascii slug for the creator id."""
        r = self.r
        slug = (
            r.choice(ROMAN)
            + r.choice(["_", "", "."])
            + r.choice(ROMAN)
            + self._digits(r.randint(0, 4))
            + "_"
            + "".join(r.choice("0123456789abcdef") for _ in range(6))
        )
        if self.chinese:
            cat = CATEGORY_ZH_NAME[self.category]
            nick = self._zh_nick()
            handle = r.choice(
                [
                    f"{nick}的日常",
                    f"{r.choice(SURNAMES)}{r.choice(GIVEN)}",
                    f"阿{r.choice(GIVEN)}{cat}",
                    nick,
                    f"{nick}{cat}",
                    f"{r.choice(GIVEN)}在{r.choice(ZH_LEX['place'])}",
                ]
            )
        else:
            handle = self._creator_like_name() if r.random() < 0.5 else self._en_handle()
            slug = handle.replace(".", "_") + "_" + slug[-6:]
        return handle, slug

    def _bio(self) -> str:
        r = self.r
        lang = self.main_lang
        if "lure_spam" in self.frauds and r.random() < 0.85:
            return self._fill(r.choice(LURE_BIO_ZH if self.chinese else LURE_BIO_EN), None, lang)
        parts = r.sample(ZH_BIO_PARTS if self.chinese else EN_BIO_PARTS, r.randint(1, 4))
        bio = (r.choice(["｜", "\n", " ", "｜"]) if self.chinese else r.choice([" | ", "\n"])).join(
            self._fill(p, None, lang) for p in parts
        )
        if self.f_org > 1e4 and r.random() < 0.6:
            mail = (
                r.choice(ROMAN)
                + r.choice(ROMAN)
                + self._digits(r.randint(0, 4))
                + "@"
                + r.choice(
                    ["163.com", "qq.com", "126.com"]
                    if self.chinese
                    else ["gmail.com", "outlook.com", "mgmt.co"]
                )
            )
            if self.chinese:
                bio += r.choice(["\n商务合作：", "｜合作📮", "\n📮"]) + mail
                if r.random() < 0.3:
                    bio += "｜合作v：" + r.choice(ROMAN) + self._digits(r.randint(3, 6))
            else:
                bio += r.choice(["\ncollabs: ", " | 📩 ", "\nbusiness: "]) + mail
        return bio

    def _post_record(self, p: Post, opts: dict[str, bool]) -> dict[str, Any]:
        fields = self.cfg.fields
        rec: dict[str, Any] = {
            "post_id": p.pid,
            "posted_at": self._iso(p.ts),
            "format": p.fmt,
            "likes": p.likes,
            "comments": p.org_comments + p.replies + sum(p.fraud_comments.values()),
        }
        if "shares" in fields:
            rec["shares"] = p.shares
        if "saves" in fields:
            rec["saves"] = p.saves
        if opts["views"] and (self.platform != "instagram" or p.fmt == "video"):
            rec["views"] = round(p.views)
        if self.platform == "bilibili":
            rec["coins"] = p.coins
            rec["danmaku"] = p.danmaku
        if opts["sponsored"]:
            rec["sponsored"] = p.sponsored
        if opts["hide_likes"] and (opts["hide_all"] or self.r.random() < 0.5):
            rec["likes"] = 0
            rec["likes_unknown"] = True
        if opts["no_comment_count"]:
            rec["comments"] = self.sampled.get(p.pid, 0)
            rec["comments_unknown"] = True
        return rec

    def _assemble(self) -> dict[str, Any]:
        """Build the record with the data blocks a real source would deliver."""
        r = self.r
        self.handle, slug = self._creator_names()
        has_posts = r.random() < 0.985
        has_comments = has_posts and r.random() < 0.93
        hist_mode = r.choices(["daily", "sparse", "none"], [55, 15, 30])[0]
        has_sample = r.random() < 0.55
        comments = self._comments() if has_comments else []
        d = self.days
        obs_idx = d - 1
        if r.random() < 0.08:
            obs_idx = d - 1 - r.randint(1, min(60, d - 10))
        span_days = (self.asof_ts - self.posts[0].ts) / 86400.0
        age_days = max(span_days + r.uniform(30, 400), r.uniform(180, 3650))
        profile: dict[str, Any] = {
            "followers": int(self.total[obs_idx]),
            "following": int(self.following[obs_idx]),
        }
        extra_posts = (
            r.randint(0, 3)
            if self.archetype == "tiny_koc"
            else int(_lognorm(r, 2.0 * len(self.posts), 1.0))
        )
        profile["posts"] = len(self.posts) + extra_posts
        profile["verified"] = self.verified
        if r.random() < 0.6:
            profile["created_at"] = (self.asof_date - dt.timedelta(days=int(age_days))).isoformat()
        if r.random() < 0.95:
            profile["bio"] = self._bio()
        if r.random() < 0.85:
            profile["category"] = self.category
        if r.random() < 0.75:
            profile["country"] = self.country
        if obs_idx < d - 1:
            profile["observed_at"] = (
                self.asof_date - dt.timedelta(days=d - 1 - obs_idx)
            ).isoformat()
        rec: dict[str, Any] = {
            "creator_id": f"{self.platform}:{slug}",
            "platform": self.platform,
            "handle": self.handle,
            "as_of": self._iso(self.asof_ts),
            "profile": profile,
        }
        if hist_mode != "none":
            rec["follower_history"] = self._history_record(hist_mode, obs_idx)
        if has_posts:
            hide = self.platform == "instagram" and r.random() < 0.1
            opts = {
                "views": r.random() < self.cfg.views_p,
                "sponsored": r.random() < 0.6,
                "hide_likes": hide,
                "hide_all": r.random() < 0.5,
                "no_comment_count": self.platform == "kuaishou" and r.random() < 0.5,
            }
            rec["posts"] = [self._post_record(p, opts) for p in self.posts]
        if has_comments:
            rec["comments"] = comments
        if has_sample:
            rec["follower_sample"] = self._follower_sample()
        rec["label"] = self.label
        rec["archetype"] = self.archetype
        return rec

    def _history_record(self, mode: str, last_idx: int) -> list[dict[str, Any]]:
        """Daily snapshots, or sparse ones from a tracking tool; following when known."""
        r = self.r
        with_following = r.random() < 0.75
        if mode == "daily":
            idx = [t for t in range(last_idx + 1) if r.random() > 0.02]
        else:
            idx, t = [], r.randint(0, 6)
            while t <= last_idx:
                idx.append(t)
                t += r.choice([3, 5, 7, 7, 7, 10, 14, 30])
        start = self.asof_date - dt.timedelta(days=self.days - 1)
        out = []
        for t in idx:
            snap: dict[str, Any] = {
                "date": (start + dt.timedelta(days=t)).isoformat(),
                "followers": int(self.total[t]),
            }
            if with_following:
                snap["following"] = int(self.following[t])
            out.append(snap)
        return out


# --------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------


def generate(n: int, seed: int) -> Iterator[dict[str, Any]]:
    """Yield ``n`` labelled creator records; record i depends only on (seed, i)."""
    for i in range(n):
        yield CreatorSim(seed, i).run()


def _write(fh: TextIO, n: int, seed: int) -> None:
    """Write ``n`` records as JSON lines."""
    fh.writelines(
        json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
        for record in generate(n, seed)
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: write ``--n`` creators for ``--seed`` as JSONL to ``--out``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000, help="number of creators")
    parser.add_argument("--seed", type=int, default=0, help="random seed")
    parser.add_argument("--out", default="-", help="output JSONL path ('-' = stdout)")
    args = parser.parse_args(argv)
    if args.out == "-":
        _write(sys.stdout, args.n, args.seed)
    else:
        with open(args.out, "w", encoding="utf-8") as fh:
            _write(fh, args.n, args.seed)
    print(f"wrote {args.n} creators to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

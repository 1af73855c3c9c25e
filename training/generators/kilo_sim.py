"""kilo_sim: labelled social-media creators, genuine and fraudulent, in a commercial world.

Each record follows ``creator.schema.json`` (profile, follower history, posts, comments,
follower sample) plus ``label`` (1 = fraudulent, 0 = genuine) and ``archetype``.
Record i depends only on (seed, i). About half the records are genuine.

Genuine archetypes (label 0)
    organic_nano / organic_micro / organic_mid / organic_macro
        ordinary creators of every size, on every platform.
    koc_tiny          tiny key-opinion consumer: few posts, friends as audience.
    viral_post        one post reaches far beyond the audience; a follower surge follows.
    giveaway          lucky draws (抽奖): comment floods of short entries, a follow surge
                      from prize hunters (抽奖号) who look bot-like, then partial unfollows.
    shoutout          a bigger account or a news mention sends real but passive followers.
    platform_purge    the platform removes bots: a sudden follower drop.
    celebrity_low_er  millions of followers, very low engagement rate, fan-club comments
                      (控评 slogans do repeat), a zombie-heavy follower base on Weibo.
    sponsored_heavy   many paid posts, honest audience; ads underperform and draw
                      "恰饭" / "#ad" remarks.
    mcn_managed       agency-run creator: regular schedule, paid posts, roster mates who
                      comment on each other (looks a little like a pod).
    brand_collab_spike  a collab with a brand or a bigger creator: a spike in one post and
                      in followers.
    platform_ads      paid reach bought from the platform itself (DOU+, 薯条, Spark Ads, boosts):
                      posts far above normal reach, liked by strangers who rarely comment.
    live_commerce     Douyin/Kuaishou/Channels store sellers: live replays with tap-likes,
                      repetitive shopping questions ("几号链接", "已拍"), buyer lurkers.
    high_following    community creators who follow thousands back, steadily.
    dormant_return    a hiatus with slow follower loss, then a comeback.

Fraud archetypes (label 1), each with an intensity from subtle to blatant
    followers_burst   bought followers delivered in one to four bursts (some before the
                      history window: only the sample and the engagement rate show them).
    followers_drip    bought followers trickled in daily by a vendor for weeks.
    followers_premium "high-quality" bought followers: aged accounts with avatars, bios and
                      posts; their tell is only in aggregate (clustered creation and activity).
    likes_bought      likes (and/or views, saves, coins, reposts) bought per post, as a ratio
                      or as fixed vendor packages, on all, recent or some posts.
    bot_comments      comment-farm comments: generic pools, emoji padding or a buyer-supplied
                      list reused, delivered in bursts by throwaway accounts.
    pod               engagement pods / 互赞群: a fixed group likes and comments early on
                      every post.
    ai_praise         machine-written praise: fluent, on topic, uniformly positive, unique.
    follow_churn      follow/unfollow cycles to harvest follow-backs.
    lure_spam         a traffic-diversion (引流) account: sock puppets flood its comments with
                      disguised contact/resource lures, the creator answers them, cheap followers.
    prepitch_burst    buys once (followers, maybe likes) shortly before pitching brands, stops.
    sponsored_boost   engagement bought only around paid posts (they then over-perform).
    data_package      platform-specific "data" packages (刷数据): 抖音套餐, B站三连, 小红书赞藏,
                      微博转评赞...: near-constant numbers per post from a vendor.
    mcn_farm          an MCN buying for its roster: monthly follower top-ups, uniform like
                      boosts, roster cross-comments, farm comments.
    koc_network       素人铺量: undisclosed paid reviews by small accounts in a network that
                      likes, saves, follows and comments on each other.
    brand_seeded      comment sections of paid posts seeded by the brand's water army (水军),
                      with bought comment likes to keep them on top (控评).
    live_boost        live-commerce seller buying live viewers, tap-likes and warm-up
                      comments (暖场) from shills (托) who also ask planted questions.
    fanclub_data      a celebrity's fan club "doing data" (做数据, 轮博): sock puppets mass-repost,
                      like and post 控评 slogans; sometimes bought followers too.
    combo:a+b[+c]     two or three of the base frauds above together.

Main assumptions
    * Platforms: about 60% Chinese (Douyin, RedNote, Weibo, Kuaishou, Bilibili, WeChat
      Channels), the rest Instagram, TikTok, YouTube; comment language follows the platform
      (a minority of Chinese-language creators on the global platforms).
    * Engagement = engaged audience x reach x like rate ..., with platform norms, a size
      decay (rate ~ followers^-0.18), wide creator-level and post-level lognormal scatter,
      heavy-tailed hits and young posts that have not finished accumulating.
    * Bought followers never engage; followers from shout-outs, giveaways and viral posts
      engage less than the core audience; genuine audiences hold lurkers, dormant accounts
      and spontaneous bots (far more on Weibo).
    * Every creator, genuine or not, may have paid posts (some boosted with official ads), a
      small giveaway, a hit post or a purge; fraud is layered on the same organic baseline,
      so no single field gives it away. Genuine paid posts usually underperform unless boosted.
    * Genuine sections contain what looks low-effort or suspicious on its own: emoji, 码住/三连/
      老铁666/fyp slang, giveaway entries, repeated shopping questions, fan slogans, stray spam
      bots and lures, long sincere fan letters that read like machine praise.
    * Intensity ~ Beta(1.2, 1.7): most fraud is cautious.
    * Scrapers return a comment sample (hot or newest first, so farm comments are under- or
      over-represented); the follower sample is random; histories may be daily, gappy or
      weekly snapshots; Kuaishou exports may lack comment counts, and some Instagram and
      YouTube creators hide likes.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import string
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any, TextIO

import numpy as np

Json = dict[str, Any]  # one JSON object of the record

CN_TZ = timezone(timedelta(hours=8))
EPOCH = datetime(2024, 1, 1, tzinfo=UTC)

# --------------------------------------------------------------------------------------
# Platform norms
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Norms:
    """Median engagement norms of a platform; creators and posts scatter widely around them."""

    zh: bool
    formats: tuple[tuple[str, float], ...]
    reach: float  # views per engaged follower per post at 10k followers
    like_rate: float  # likes per view
    comment_rate: float  # comments per like
    share_rate: float  # shares per like (0: not shown)
    save_rate: float  # saves per like (0: not shown)
    views_formats: tuple[str, ...]  # formats whose view count is public
    bot_floor: tuple[float, float]  # spontaneous bots / zombies in a genuine audience
    lurkers: float  # share of real followers who never post
    launched: int  # year the platform opened


NORMS: dict[str, Norms] = {
    "douyin": Norms(
        True,
        (("video", 0.9), ("image", 0.1)),
        0.25,
        0.05,
        0.035,
        0.08,
        0.10,
        (),
        (0.03, 0.12),
        0.55,
        2016,
    ),
    "kuaishou": Norms(
        True,
        (("video", 0.95), ("image", 0.05)),
        0.22,
        0.04,
        0.06,
        0.0,
        0.0,
        ("video",),
        (0.04, 0.14),
        0.6,
        2013,
    ),
    "rednote": Norms(
        True,
        (("image", 0.65), ("video", 0.35)),
        0.3,
        0.06,
        0.08,
        0.05,
        0.45,
        (),
        (0.03, 0.10),
        0.45,
        2014,
    ),
    "weibo": Norms(
        True,
        (("text", 0.35), ("image", 0.45), ("video", 0.2)),
        0.05,
        0.06,
        0.25,
        0.3,
        0.0,
        ("video",),
        (0.12, 0.38),
        0.4,
        2010,
    ),
    "bilibili": Norms(
        True,
        (("video", 0.92), ("image", 0.04), ("text", 0.04)),
        0.25,
        0.06,
        0.06,
        0.08,
        0.35,
        ("video",),
        (0.04, 0.12),
        0.5,
        2010,
    ),
    "wechat_channels": Norms(
        True,
        (("video", 0.9), ("image", 0.1)),
        0.15,
        0.03,
        0.15,
        0.5,
        0.0,
        (),
        (0.03, 0.10),
        0.55,
        2020,
    ),
    "instagram": Norms(
        False,
        (("image", 0.45), ("video", 0.55)),
        0.3,
        0.09,
        0.03,
        0.0,
        0.0,
        ("video",),
        (0.05, 0.15),
        0.4,
        2011,
    ),
    "tiktok": Norms(
        False, (("video", 1.0),), 0.4, 0.08, 0.015, 0.08, 0.08, ("video",), (0.04, 0.14), 0.5, 2018
    ),
    "youtube": Norms(
        False,
        (("video", 0.93), ("live", 0.07)),
        0.12,
        0.035,
        0.06,
        0.0,
        0.0,
        ("video", "live"),
        (0.03, 0.10),
        0.5,
        2006,
    ),
}

FOLLOW_CAP = {
    "weibo": 2000,
    "bilibili": 2000,
    "rednote": 5000,
    "douyin": 10000,
    "kuaishou": 10000,
    "wechat_channels": 5000,
    "instagram": 7500,
    "tiktok": 10000,
    "youtube": 7500,
}

PLATFORM_WEIGHTS = {
    "douyin": 0.17,
    "rednote": 0.13,
    "weibo": 0.09,
    "kuaishou": 0.08,
    "bilibili": 0.08,
    "wechat_channels": 0.05,
    "instagram": 0.16,
    "tiktok": 0.14,
    "youtube": 0.10,
}

TIERS = {
    "koc": (300.0, 3e3),
    "nano": (1e3, 1e4),
    "micro": (1e4, 1e5),
    "mid": (1e5, 1e6),
    "macro": (1e6, 8e6),
    "celeb": (5e6, 8e7),
}
DEFAULT_TIERS = {"nano": 0.36, "micro": 0.36, "mid": 0.2, "macro": 0.08}

CATEGORIES = {
    "beauty": 1.4,
    "fashion": 1.2,
    "food": 1.2,
    "travel": 0.9,
    "tech": 0.8,
    "fitness": 0.7,
    "parenting": 0.6,
    "pets": 0.6,
    "home": 0.6,
    "gaming": 0.7,
    "finance": 0.4,
    "education": 0.5,
    "music": 0.5,
    "comedy": 0.8,
    "lifestyle": 1.2,
}

# --------------------------------------------------------------------------------------
# Text banks
# --------------------------------------------------------------------------------------

ZH_NOUNS: dict[str, tuple[str, ...]] = {
    "beauty": (
        "粉底液",
        "口红",
        "眼影盘",
        "这个色号",
        "妆容",
        "卸妆油",
        "防晒",
        "精华",
        "腮红",
        "睫毛膏",
    ),
    "fashion": (
        "这套穿搭",
        "裙子",
        "外套",
        "这双鞋",
        "包包",
        "这条裤子",
        "毛衣",
        "配色",
        "发型",
        "耳环",
    ),
    "food": (
        "这家店",
        "火锅",
        "奶茶",
        "这道菜",
        "蛋糕",
        "红烧肉",
        "螺蛳粉",
        "烤肉",
        "早餐",
        "面包",
    ),
    "travel": (
        "这个地方",
        "酒店",
        "民宿",
        "景点",
        "机票",
        "攻略",
        "海边",
        "古镇",
        "路线",
        "露营地",
    ),
    "tech": (
        "手机",
        "耳机",
        "这台电脑",
        "续航",
        "相机",
        "键盘",
        "平板",
        "显示器",
        "充电器",
        "系统",
    ),
    "fitness": (
        "这个动作",
        "减脂餐",
        "体态",
        "腹肌",
        "跑步",
        "瑜伽",
        "蛋白粉",
        "深蹲",
        "拉伸",
        "训练计划",
    ),
    "parenting": (
        "宝宝",
        "辅食",
        "奶粉",
        "绘本",
        "早教",
        "纸尿裤",
        "推车",
        "睡眠",
        "玩具",
        "幼儿园",
    ),
    "pets": (
        "猫猫",
        "狗狗",
        "猫粮",
        "这只小猫",
        "猫砂",
        "狗粮",
        "小金毛",
        "布偶",
        "驱虫",
        "猫爬架",
    ),
    "home": (
        "这个收纳",
        "沙发",
        "装修",
        "这盏灯",
        "窗帘",
        "厨房",
        "地毯",
        "书桌",
        "床品",
        "小家电",
    ),
    "gaming": (
        "这局",
        "这个角色",
        "皮肤",
        "操作",
        "这把",
        "阵容",
        "新版本",
        "剧情",
        "boss",
        "装备",
    ),
    "finance": ("基金", "理财", "这个方法", "存钱", "定投", "保险", "房贷", "记账", "副业", "利率"),
    "education": (
        "这本书",
        "考研",
        "英语",
        "笔记",
        "网课",
        "背单词",
        "时间管理",
        "雅思",
        "论文",
        "错题本",
    ),
    "music": ("这首歌", "嗓音", "吉他", "翻唱", "编曲", "高音", "钢琴", "这段旋律", "副歌", "现场"),
    "comedy": (
        "这个剧情",
        "你妈",
        "老板",
        "同事",
        "这个梗",
        "结尾",
        "演技",
        "表情",
        "反转",
        "台词",
    ),
    "lifestyle": (
        "vlog",
        "房间",
        "日常",
        "早餐",
        "周末",
        "通勤",
        "这个习惯",
        "咖啡",
        "手账",
        "晚饭",
    ),
}
EN_NOUNS: dict[str, tuple[str, ...]] = {
    "beauty": (
        "foundation",
        "lip combo",
        "palette",
        "shade",
        "look",
        "cleanser",
        "sunscreen",
        "serum",
        "blush",
        "mascara",
    ),
    "fashion": (
        "fit",
        "dress",
        "jacket",
        "shoes",
        "bag",
        "jeans",
        "sweater",
        "color combo",
        "hair",
        "earrings",
    ),
    "food": (
        "place",
        "ramen",
        "recipe",
        "cake",
        "pasta",
        "sauce",
        "brunch spot",
        "bbq",
        "bread",
        "dumplings",
    ),
    "travel": (
        "view",
        "hotel",
        "airbnb",
        "trail",
        "itinerary",
        "beach",
        "old town",
        "road trip",
        "camping spot",
        "flight deal",
    ),
    "tech": (
        "phone",
        "headphones",
        "laptop",
        "battery life",
        "camera",
        "keyboard",
        "tablet",
        "monitor",
        "charger",
        "setup",
    ),
    "fitness": (
        "routine",
        "meal prep",
        "posture",
        "abs workout",
        "run",
        "yoga flow",
        "protein",
        "squat form",
        "stretch",
        "program",
    ),
    "parenting": (
        "baby",
        "puree",
        "formula",
        "book",
        "bedtime routine",
        "stroller",
        "toy",
        "nap schedule",
        "daycare",
        "car seat",
    ),
    "pets": (
        "cat",
        "pup",
        "kibble",
        "kitten",
        "litter",
        "golden",
        "ragdoll",
        "harness",
        "cat tree",
        "vet tip",
    ),
    "home": (
        "storage hack",
        "sofa",
        "reno",
        "lamp",
        "curtains",
        "kitchen",
        "rug",
        "desk",
        "bedding",
        "air fryer",
    ),
    "gaming": (
        "match",
        "character",
        "skin",
        "play",
        "clutch",
        "build",
        "patch",
        "story",
        "boss fight",
        "loadout",
    ),
    "finance": (
        "index fund",
        "budget",
        "method",
        "savings plan",
        "etf",
        "insurance",
        "mortgage",
        "spreadsheet",
        "side hustle",
        "rate",
    ),
    "education": (
        "book",
        "study plan",
        "notes",
        "course",
        "flashcards",
        "time blocking",
        "essay",
        "exam tip",
        "thesis",
        "language app",
    ),
    "music": (
        "song",
        "voice",
        "guitar part",
        "cover",
        "arrangement",
        "high note",
        "piano",
        "melody",
        "chorus",
        "live set",
    ),
    "comedy": (
        "skit",
        "ending",
        "boss character",
        "coworker bit",
        "meme",
        "timing",
        "face",
        "plot twist",
        "line",
        "mom impression",
    ),
    "lifestyle": (
        "vlog",
        "room",
        "routine",
        "breakfast",
        "weekend",
        "commute",
        "habit",
        "coffee",
        "journal",
        "dinner",
    ),
}

ZH_REACT = (
    "笑死",
    "绝了",
    "好家伙",
    "救命",
    "天呐",
    "我的妈",
    "破防了",
    "太真实了",
    "爱了爱了",
    "心动了",
    "蚌埠住了",
    "好好看",
    "绝绝子",
    "yyds",
    "冲",
    "牛",
    "离谱",
    "有被笑到",
    "太可了",
    "泪目",
    "羡慕",
    "好馋",
    "慕了",
    "芜湖",
    "awsl",
    "xswl",
    "哇塞",
    "啊这",
    "不愧是你",
    "好治愈",
    "上头了",
    "太会了",
    "我悟了",
    "服了",
    "笑不活了",
    "大无语",
    "确实",
    "懂了",
    "真的假的",
    "家人们谁懂啊",
    "狠狠爱住",
    "好想要",
    "DNA动了",
    "学到了",
    "我直接好家伙",
)
ZH_EXP = (
    "用了两个月了还不错",
    "回购好几次了",
    "确实好用",
    "但是有点贵",
    "感觉一般",
    "我妈也在用",
    "已经空瓶了",
    "没想象中那么好",
    "真的没踩雷",
    "学生党表示心动",
    "物流太慢了",
    "质量比想象的好",
    "颜色跟图片有色差",
    "同事都问我要链接",
    "用完皮肤稳定多了",
    "就是味道有点冲",
    "性价比可以",
    "第二次买了",
    "踩过一次坑",
    "朋友推荐的",
)
ZH_ADJ = (
    "好看",
    "绝",
    "香",
    "实用",
    "离谱",
    "可爱",
    "高级",
    "好用",
    "精致",
    "有意思",
    "便宜",
    "出片",
    "温柔",
    "上头",
    "治愈",
)
ZH_NEG = (
    "不太推荐",
    "我踩雷了",
    "反正我不会买",
    "可能因人而异吧",
    "不知道是不是我的问题",
    "价格劝退",
    "个人觉得一般",
    "滤镜有点重",
)
ZH_WHO = (
    "学生党",
    "新手",
    "上班族",
    "宝妈",
    "南方人",
    "小白",
    "懒人",
    "打工人",
    "北方人",
    "老年人",
)
ZH_WHO_LOOKS = (
    "油皮",
    "干皮",
    "敏感肌",
    "小个子",
    "梨形身材",
    "黄黑皮",
    "微胖",
    "学生党",
    "混油皮",
)
ZH_CITY = (
    "北京",
    "上海",
    "广州",
    "深圳",
    "成都",
    "杭州",
    "武汉",
    "西安",
    "重庆",
    "南京",
    "长沙",
    "郑州",
    "苏州",
    "天津",
    "沈阳",
    "厦门",
    "昆明",
    "青岛",
    "合肥",
    "南宁",
)
ZH_OPINION = (
    "这个{n}我也入了，{e}",
    "{n}真的{a}",
    "第一次见这么{a}的{n}",
    "之前买过{n}，{e}",
    "{n}踩过雷，{g}",
    "感觉{n}一般般吧，{g}",
    "{n}适合{w}吗",
    "{n}和上次那个比哪个好",
    "同款{n}，{e}",
    "看完立马去搜了{n}",
    "说实话{n}有点贵",
    "{n}拍得也太{a}了",
    "{w}表示{n}很友好",
    "蹲了好久的{n}终于出了",
    "我觉得{n}没有视频里那么{a}",
    "{n}这个点子太{a}了",
)
ZH_QUESTION = (
    "这是在哪里拍的",
    "求bgm",
    "{n}有链接吗",
    "下期能讲讲{n}吗",
    "博主多高呀",
    "用的什么相机",
    "请问{n}是哪家的",
    "{n}多少钱",
    "{w}能用吗",
    "这个滤镜叫啥",
    "几点更新呀",
    "在哪个城市",
    "{n}还有货吗",
    "有没有平替推荐",
    "{n}能出个教程吗",
    "封面是怎么拍的",
)
ZH_PERSONAL = (
    "我妈也是这样",
    "上周刚去过",
    "下班路上刷到的",
    "终于更新了",
    "蹲了好久",
    "来晚了",
    "第一次刷到你",
    "关注很久了",
    "从几万粉看到现在",
    "室友看了也说好",
    "已经推荐给闺蜜了",
    "学生党表示买不起",
    "看了三遍",
    "半夜刷到饿了",
    "我家猫也这样",
    "在地铁上笑出声",
    "考完试来看了",
    "跟我老公一模一样",
    "坐标{c}",
    "已经转给我姐了",
    "刚加完班",
    "为了这个专门去了一趟{c}",
    "我们{c}也有一家",
    "今天心情不好看完好多了",
)
ZH_AD = (
    "恰饭了",
    "支持恰饭",
    "广告来得猝不及防",
    "这个广我接受",
    "恰饭也这么用心",
    "又是广子",
    "为了博主去买",
    "先赞后看，支持恰饭",
    "这个品牌靠谱吗",
    "有没有人用过这个牌子",
    "广告植入好自然哈哈",
    "接广了哈哈哈，恭喜",
    "好家伙这转折",
    "金主爸爸看到了吗",
)
SLANG: dict[str, tuple[str, ...]] = {
    "rednote": (
        "码住",
        "蹲",
        "马住了",
        "求链接",
        "已种草",
        "求攻略",
        "mark",
        "救命好好看",
        "姐妹求{n}链接",
        "{n}是什么牌子的呀",
        "蹲一个{n}链接",
        "已收藏",
        "拔草了",
        "宝藏博主",
    ),
    "bilibili": (
        "前排",
        "三连了",
        "下次一定",
        "up主辛苦了",
        "[ts] 笑死",
        "[ts]这里绝了",
        "弹幕护体",
        "催更",
        "来了来了",
        "[ts] {n}那段太真实",
        "这期质量好高",
    ),
    "douyin": (
        "来了",
        "第一",
        "刷到就是缘分",
        "已关注",
        "{n}绝了",
        "笑不活了家人们",
        "这谁顶得住",
        "抖音日常",
        "又刷到你了",
    ),
    "kuaishou": (
        "老铁666",
        "双击",
        "支持老铁",
        "老铁没毛病",
        "来了老铁",
        "关注了",
        "好家伙",
        "点赞支持",
    ),
    "weibo": ("转发微博", "哈哈哈哈哈哈哈哈", "好耶", "笑死我了", "好可爱", "mark", "已阅"),
    "wechat_channels": ("赞", "说得好", "[强][强]", "有道理", "转发了", "学习了", "好"),
    "tiktok": (
        "first",
        "the algorithm brought me here",
        "fyp",
        "POV: you're still watching",
        "who's here in 2024",
        "part 2 pls",
        "need the {n} asap",
        "ok but the {n}",
        "this popped up on my fyp for a reason",
    ),
    "youtube": (
        "[ts] had me dying",
        "thanks for the video!",
        "great video as always",
        "who's watching in 2024?",
        "[ts] the {n} part",
        "been waiting for this one",
        "underrated channel",
        "came here from your short",
    ),
    "instagram": (
        "obsessed",
        "😍😍",
        "🔥",
        "need",
        "goals",
        "the {n} 😍",
        "stunning",
        "saving this",
    ),
}
ZH_PUNCT = ("～", "！", "!!", "。", "…", "?", "～～", "！！！", "。。。")
ZH_EMOTICON: dict[str, tuple[str, ...]] = {
    "douyin": ("[捂脸]", "[赞]", "[比心]", "[666]", "[呲牙]", "[玫瑰]", "[流泪]", "[送心]"),
    "kuaishou": ("[老铁]", "[666]", "[玫瑰]", "[奸笑]", "[捂脸]", "[赞]", "[鼓掌]"),
    "rednote": ("[笑哭R]", "[派对R]", "[赞R]", "[害羞R]", "[萌萌哒R]", "[哭惹R]", "[偷笑R]"),
    "weibo": ("[允悲]", "[doge]", "[二哈]", "[笑cry]", "[心]", "[赞]", "[哆啦A梦吃惊]"),
    "bilibili": ("[doge]", "[笑哭]", "[妙啊]", "[吃瓜]", "[tv_微笑]", "[辣眼睛]", "[脱单doge]"),
    "wechat_channels": ("[捂脸]", "[强]", "[玫瑰]", "[呲牙]", "[耶]", "[爱心]", "[666]"),
}
EMOJI = (
    "😂",
    "🤣",
    "😭",
    "👍",
    "❤️",
    "😍",
    "🥰",
    "🔥",
    "✨",
    "👏",
    "🙏",
    "😅",
    "💕",
    "😆",
    "🥺",
    "💯",
    "😋",
    "🤔",
    "👀",
    "🙌",
    "💀",
    "😳",
)

EN_REACT = (
    "lol",
    "omg",
    "haha",
    "wow",
    "no way",
    "obsessed",
    "stop it",
    "I'm crying",
    "literally me",
    "lmaooo",
    "the way I screamed",
    "YES",
    "ngl this slaps",
    "so good",
    "wait what",
    "okay but",
    "this is it",
    "iconic",
    "bro",
    "dead 💀",
    "not me replaying this",
    "chills",
    "so underrated",
    "I can't",
    "mood",
    "real",
    "this is art",
    "ok I'm sold",
    "how",
    "ahhh",
)
EN_OPINION = (
    "the {n} looks {a}",
    "I've been using this {n} for months, {e}",
    "honestly the {n} is {a}",
    "I tried this {n} and {e}",
    "not sure about the {n} tbh",
    "this {n} would be perfect for {w}",
    "how does this {n} compare to the last one?",
    "my {n} never looks like this 😭",
    "saving this {n} for later",
    "the {n} at the end tho",
    "ok the {n} is actually {a}",
    "unpopular opinion but the {n} is overrated",
    "{n} is {a} but the price...",
    "need a whole video on the {n}",
)
EN_EXP = (
    "it's so worth it",
    "still obsessed",
    "wasn't a fan tbh",
    "works great",
    "broke after a week",
    "my sister loves it too",
    "kinda overpriced",
    "game changer",
    "it's fine i guess",
    "never going back",
    "took a while to get used to",
)
EN_ADJ = (
    "amazing",
    "so clean",
    "gorgeous",
    "insane",
    "cute",
    "underrated",
    "perfect",
    "wild",
    "so cozy",
    "fire",
    "unreal",
    "chef's kiss",
)
EN_WHO = (
    "beginners",
    "students",
    "my mom",
    "small apartments",
    "people on a budget",
    "new parents",
    "lazy people like me",
    "busy people",
)
EN_WHO_LOOKS = (
    "oily skin",
    "short girls",
    "dry skin",
    "curvy girls",
    "sensitive skin",
    "petite people",
)
EN_CITY = (
    "Toronto",
    "London",
    "NYC",
    "Manila",
    "Sydney",
    "Chicago",
    "Texas",
    "Berlin",
    "Singapore",
    "LA",
    "Lagos",
    "Mumbai",
    "Dublin",
    "Melbourne",
)
EN_QUESTION = (
    "where is this?",
    "what song is this",
    "link to the {n}?",
    "can you do a part 2",
    "what camera do you use",
    "how long did this take",
    "where did you get the {n}",
    "is the {n} worth it?",
    "does this work for {w}?",
    "what's the filter",
    "how tall are you?",
    "what brand is the {n}?",
    "recipe pls",
    "is this still open?",
)
EN_PERSONAL = (
    "my mom does this too",
    "been following since you had like 5k",
    "first time seeing your page",
    "sending this to my sister",
    "watching this at 2am",
    "this made my day",
    "I needed this today",
    "same thing happened to me last week",
    "from {c} 👋",
    "my dog does the exact same thing",
    "showed this to my whole office",
    "we went there on our honeymoon",
    "currently on my lunch break watching this",
    "this is the content I signed up for",
)
EN_AD = (
    "ad but I'll allow it",
    "get that bag 💰",
    "sponsored but honestly looks good",
    "is this actually good or just the ad",
    "love that you only promote stuff you use",
    "lol the transition into the ad",
    "#ad spotted 👀",
    "congrats on the partnership!",
    "does the code still work?",
    "the ad read was funny ngl",
)
EN_PUNCT = ("!", "!!", ".", "...", "?", "!!!", "")

FIRST = (
    "jess",
    "emma",
    "liam",
    "olivia",
    "noah",
    "ava",
    "mia",
    "lucas",
    "sofia",
    "ethan",
    "chloe",
    "ryan",
    "zoe",
    "daniel",
    "grace",
    "leo",
    "nina",
    "sam",
    "kate",
    "alex",
    "maya",
    "josh",
    "lily",
    "ben",
    "amy",
    "tom",
    "sara",
    "matt",
    "rose",
    "dan",
    "jay",
    "priya",
    "carlos",
    "ana",
    "kim",
    "chris",
    "megan",
    "tyler",
    "hannah",
    "nick",
)
LAST = (
    "smith",
    "lee",
    "brown",
    "nguyen",
    "garcia",
    "wilson",
    "taylor",
    "martin",
    "clark",
    "lopez",
    "walker",
    "young",
    "king",
    "wright",
    "hill",
    "green",
    "adams",
    "baker",
    "reyes",
    "chen",
    "wong",
    "patel",
    "khan",
    "moore",
    "scott",
    "evans",
    "cruz",
    "ross",
)
WORDS = (
    "sunny",
    "coffee",
    "moon",
    "travel",
    "daily",
    "little",
    "wild",
    "golden",
    "ocean",
    "lazy",
    "happy",
    "vintage",
    "urban",
    "cozy",
    "minimal",
    "retro",
    "pixel",
    "velvet",
    "peach",
    "mango",
    "cloud",
    "forest",
    "paper",
    "neon",
    "honey",
    "salty",
    "midnight",
)
PINYIN = (
    "xiao",
    "yu",
    "lin",
    "chen",
    "wang",
    "li",
    "zhang",
    "mei",
    "jia",
    "hui",
    "yang",
    "tian",
    "le",
    "an",
    "ming",
    "qing",
    "xin",
    "yi",
    "ke",
    "nan",
    "bei",
    "tong",
    "hao",
    "jun",
    "wen",
    "ying",
    "lu",
    "su",
    "fei",
    "rui",
    "zhou",
    "xu",
    "huang",
    "meng",
    "ran",
)
ZH_NICK_A = (
    "一只",
    "爱吃",
    "快乐的",
    "不吃香菜的",
    "小",
    "阿",
    "今天也要",
    "努力的",
    "佛系",
    "熬夜的",
    "想去旅行的",
    "温柔的",
    "会飞的",
    "睡不醒的",
    "吃不胖的",
    "迷路的",
    "开心",
    "大",
    "老",
    "是",
    "野生",
    "暴躁",
    "元气",
    "",
    "",
    "",
)
ZH_NICK_B = (
    "橘猫",
    "小鱼",
    "柠檬",
    "胖虎",
    "兔子",
    "打工人",
    "小仙女",
    "阿杰",
    "大王",
    "芒果",
    "奶茶",
    "饺子",
    "小熊",
    "星星",
    "月亮",
    "咸鱼",
    "椰子",
    "桃子",
    "鹿鹿",
    "小王",
    "程序员",
    "宝妈",
    "学生",
    "橙子",
    "土豆",
    "糯米",
    "团子",
    "晴天",
    "晚风",
    "山川",
    "汤圆",
    "可乐",
    "阿花",
    "西瓜",
    "花卷",
    "小林",
    "大梨",
    "阿珍",
    "喵喵",
    "老陈",
)
ZH_NICK_C = (
    "",
    "",
    "",
    "",
    "呀",
    "酱",
    "w",
    "_",
    "吖",
    "本人",
    "2023",
    "98",
    "ovo",
    "～",
    "同学",
    "家的",
    "0521",
    "er",
    "子",
)
ZH_SURNAME = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高"
ZH_GIVEN = "子涵浩然欣怡宇轩梓萱一诺雨桐俊杰佳琪思远晓明静雯婷婷文博嘉怡晨阳"

# fraud and special-purpose comment banks -----------------------------------------------

BOT_ZH = (
    "好棒",
    "支持",
    "赞赞赞",
    "太好看了",
    "不错不错",
    "666",
    "厉害",
    "加油",
    "好看",
    "真棒",
    "很好",
    "支持博主",
    "路过支持",
    "优秀",
    "可以的",
    "感谢分享",
    "学到了",
    "👍",
    "👍👍👍",
    "❤️❤️",
    "🌹🌹🌹",
    "[赞][赞][赞]",
    "[玫瑰][玫瑰]",
    "好作品",
    "赞一个",
    "关注了",
    "太棒啦",
    "好喜欢",
    "真不错",
    "支持支持",
)
BOT_EN = (
    "Nice",
    "Great post",
    "Amazing",
    "Love it",
    "Awesome 🔥",
    "Beautiful",
    "Wow",
    "Cool",
    "👏👏",
    "🔥🔥🔥",
    "😍😍",
    "Nice pic",
    "Great content",
    "Superb",
    "Keep it up",
    "So cute",
    "Perfect",
    "Wonderful",
    "Nice one",
    "Lovely",
    "Great job",
    "❤️❤️❤️",
    "Fantastic",
    "Good",
    "Awesome post",
    "Nice shot",
)
BOT_CUSTOM_ZH = (
    "博主的{n}太好看了吧",
    "{n}种草了",
    "这个{n}绝了",
    "每天都来看{n}",
    "{n}真的爱了",
    "又是被{n}惊艳的一天",
    "求{n}同款",
    "{n}好有质感",
    "被{n}圈粉了",
    "宝藏博主",
)
BOT_CUSTOM_EN = (
    "love the {n}!",
    "this {n} is goals",
    "need this {n}",
    "best {n} ever",
    "obsessed with the {n}",
    "your {n} always amazes me",
    "so in love with this {n}",
)
POD_ZH = (
    "来啦来啦",
    "支持支持",
    "互赞了宝",
    "已赞",
    "打卡",
    "来了来了",
    "已三连",
    "回访啦",
    "宝子好美",
    "冲冲冲",
    "支持一下",
    "每天都来",
    "已关注求回",
    "赞赞",
    "来支持了",
    "姐妹好看",
    "踩踩",
    "互助",
    "已阅",
    "前排",
    "{n}好好看",
    "宝这个{n}绝",
    "来咯",
    "交作业啦",
)
POD_EN = (
    "Love this! 🔥",
    "Such a vibe ✨",
    "Obsessed 😍",
    "Yesss 🙌",
    "This is everything",
    "Gorgeous shot",
    "Stunning!! 💕",
    "Goals",
    "Slaying as always",
    "Great tips, saving this!",
    "Love the colors in this one",
    "So inspiring babe",
    "Need this in my life",
    "Beautiful as always 😍",
    "Amazing content as always 👏",
    "Love the {n} here!",
    "Your {n} game is unreal",
    "Okay this {n} 😍",
    "Wow love this so much!",
)
AI_ZH_OPEN = (
    "这篇内容真的太有价值了！",
    "看完之后收获满满，",
    "博主的分享总是这么用心，",
    "不得不说，这次的内容质量很高，",
    "非常喜欢这种真诚的分享，",
    "每次看博主的作品都能学到新东西，",
    "内容干货满满，",
    "真的被这期内容打动了，",
    "作为一名长期关注的粉丝，",
    "这期视频太治愈了，",
    "整体内容既专业又有温度，",
)
AI_ZH_MID = (
    "尤其是关于{n}的部分讲得特别细致，",
    "对{n}的解读很到位，",
    "把{n}的优缺点都讲清楚了，",
    "{n}的展示既专业又贴近生活，",
    "关于{n}的小技巧非常实用，",
    "{n}的细节处理得很用心，",
    "从{n}的角度切入很有新意，",
    "对{w}来说{n}这部分特别友好，",
    "{n}的呈现方式让人眼前一亮，",
    "在{n}方面给了我很多启发，",
    "画面和{n}都非常有质感，",
)
AI_ZH_END = (
    "期待下一期的更新！",
    "已经收藏起来慢慢学习了～",
    "希望博主继续保持这份热爱！",
    "真心推荐给身边的朋友们！",
    "感谢博主的用心付出✨",
    "继续加油，一直支持你！💪",
    "期待更多优质内容🌟",
    "为你的专业和用心点赞👍",
    "愿你越来越好！❤️",
    "已经迫不及待想要尝试了！",
)
AI_EN_OPEN = (
    "Absolutely love this!",
    "What a fantastic post!",
    "This is such valuable content.",
    "Wow, this really resonates with me.",
    "Such an inspiring share!",
    "This is incredibly well done.",
    "I truly appreciate this post.",
    "What a thoughtful piece of content!",
    "This is exactly what I needed today.",
)
AI_EN_MID = (
    "The way you explained the {n} is so clear and engaging.",
    "Your attention to detail with the {n} is truly impressive.",
    "I never thought about the {n} this way before.",
    "The {n} looks absolutely stunning and so well presented.",
    "Your insights on the {n} are spot on.",
    "The {n} tips are practical and easy to follow.",
    "I love how authentic your take on the {n} feels.",
    "This {n} breakdown is perfect for {w}.",
)
AI_EN_END = (
    "Keep up the amazing work! 🙌",
    "Looking forward to more content like this!",
    "Thanks for sharing your insights! 💯",
    "You never disappoint! ✨",
    "Can't wait to see what you share next! 🚀",
    "Sending lots of love and support! ❤️",
    "Truly inspiring, thank you! 🌟",
    "Saving this for future reference! 📌",
)
AI_ZH_CASUAL = (
    "看完直接去搜了{n}，希望不踩雷",
    "{n}真的{a}，博主讲得好清楚",
    "这个{n}也太{a}了吧，已经加购物车了",
    "终于有人把{n}讲明白了，收藏了",
    "{n}这个思路好棒，学到了",
    "一直想找这样的{n}，感谢分享",
    "被{n}种草了，周末就去试试",
    "博主好用心，{n}的细节都讲到了",
    "{n}看起来好{a}，求更多这种内容",
    "作为{w}表示{n}太友好了，感谢",
    "哈哈哈{n}太真实了，每天都在期待更新",
    "{n}绝了，已经分享给朋友了",
)
AI_EN_CASUAL = (
    "ok this {n} is actually so {a}, adding to cart",
    "the {n} looks so {a}, need to try",
    "been looking for a {n} like this forever, thank you!!",
    "wow the {n} is exactly what I needed",
    "saving this, the {n} tips are so helpful",
    "this is so helpful for {w}, thank you!",
    "love how you explained the {n}, so clear",
    "haha the {n} is so relatable, can't wait for the next one",
)
LURE_ZH = (
    "看我主页有惊喜",
    "主页有你想要的{r}",
    "{r}在我简介里",
    "私我领{r}",
    "{v}：{id} 备注{r}",
    "同城的看我头像",
    "想要{r}的滴滴我",
    "兼职日结，有意私",
    "{v}{id}",
    "我把{r}放在主页了",
    "宝子们{r}已整理好，戳头像",
    "免费领取{r}，扣1",
    "扣1领{r}",
    "需要{r}的扣{d}",
    "🐧{qq}",
    "进群看{r}",
    "有人一起吗 看我名字",
    "点我头像有福利",
    "姐妹{r}我有，主页自取",
    "谁要{r}啊 我这有",
    "加{v}拉你进群 {id}",
    "蹲{r}的来 {v} {id}",
)
LURE_EN = (
    "DM @{p} to get featured 🚀",
    "Promote it on @{p}",
    "check my bio for {r} 🔥",
    "I made ${d}00 this week from home, details in my bio",
    "Send this pic to @{p} ❤️",
    "collab? DM us @{p}",
    "want more followers? 👉 my page",
    "who wants {r}? 👀 bio",
    "hi dear, let's be friends 🌹 text me on whatsapp +1 {ph}",
    "free {r} on my page, first 100 only",
    "Tell @{p} I sent you 💸",
)
LURE_RES = (
    "全套资料",
    "网课资源",
    "高清原图",
    "教程",
    "副业项目",
    "福利",
    "同款链接",
    "内部优惠券",
    "电子书",
    "剧集资源",
    "原视频",
)
LURE_RES_EN = (
    "presets",
    "free followers",
    "giftcards",
    "crypto signals",
    "the full video",
    "templates",
    "free merch",
)
LURE_V = ("V", "v", "薇", "威", "vx", "V❤", "➕V", "卫星", "绿泡泡", "🛰", "wx", "微❤", "vx❤")
SEEDED_ZH = (
    "求链接",
    "蹲链接",
    "同款已下单",
    "用了一个月真的有效果",
    "这个{p}回购第三次了",
    "姐妹们冲，真的好用",
    "刚拍了，坐等到货",
    "{p}一直在用，温和不刺激",
    "性价比超高",
    "{p}没踩雷",
    "已种草",
    "敏感肌亲测不过敏",
    "价格多少呀",
    "直播间还有优惠吗",
    "看了好多测评还是这个好",
    "{p}真的绝了，闭眼入",
    "跟风买的，没失望",
    "已经推荐给同事了",
    "{p}用完皮肤状态好多了",
    "包装也好高级",
    "终于等到博主推荐{p}了",
    "之前一直犹豫，看完下单了",
)
SEEDED_EN = (
    "where can I get this?",
    "just ordered 🙌",
    "been using it for a month, obsessed",
    "need this asap",
    "link pls",
    "is there a discount code?",
    "my skin has never been better since using this",
    "the {p} is a game changer honestly",
    "added to cart 🛒",
    "finally a {p} that actually works",
    "bought it after your last video, no regrets",
)
GIVEAWAY_ZH = (
    "抽我",
    "抽我抽我",
    "许愿🙏",
    "想要",
    "好运来",
    "接好运",
    "选我选我",
    "我我我",
    "求中奖",
    "冲",
    "希望是我",
    "蹲一个好运",
    "参与一下",
    "转发了",
    "锦鲤附体",
    "求求了",
    "万一呢",
    "好运+1",
    "许愿中奖",
    "想要想要",
    "来了来了",
    "冲鸭",
    "一次中奖的机会都没有过",
)
GIVEAWAY_EN = (
    "me please 🙏",
    "entered!",
    "done ✅",
    "would love this",
    "pick me",
    "🙏🙏",
    "fingers crossed 🤞",
    "following all accounts!",
    "entered, good luck everyone",
    "hope I win",
    "yes please",
    "omg I need this",
)
LIVEQ_ZH = (
    "多少钱",
    "几号链接",
    "已拍",
    "拍了",
    "什么时候发货",
    "有优惠券吗",
    "{h}cm{k}斤穿什么码",
    "主播多高",
    "还有货吗",
    "能便宜点吗",
    "上次买的很好",
    "质量怎么样",
    "退货包运费吗",
    "{i}号链接是哪个",
    "求讲解{i}号",
    "想要{col}的",
    "已拍{i}号",
    "刚付款",
    "怎么又没了",
    "上链接",
    "宝宝们冲",
    "主播再试一下{i}号",
    "{col}还有吗",
    "回购了",
    "新人有券吗",
    "小黄车{i}号是哪个",
    "橱窗里有吗",
    "淘宝能搜到吗",
    "运费险有吗",
    "拍了{i}号{col}",
)
LIVEBOT_ZH = (
    "主播好美",
    "已拍",
    "已拍已拍",
    "666",
    "家人们冲",
    "质量很好回购了",
    "刚到货好看",
    "支持主播",
    "来了来了",
    "福利来了吗",
    "主播声音好好听",
    "已下单",
    "好划算",
    "抢到了",
)
COLORS = ("黑色", "白色", "杏色", "雾霾蓝", "奶油白", "灰色", "焦糖色", "粉色")
NET_ZH = (
    "求链接",
    "蹲一个",
    "已种草",
    "码住了",
    "姐妹用了多久",
    "这个{n}我也买了",
    "好想要",
    "收藏了",
    "马住",
    "蹲后续",
    "求同款",
    "拔草了",
    "{n}好适合我",
    "这个真的可以",
    "被种草了",
    "冲了",
)
MATE_ZH = (
    "来啦～",
    "姐妹这期好绝",
    "太会拍了",
    "期待合作",
    "一起加油",
    "今天也好好看",
    "这个{n}我也想试",
    "哈哈哈哈我来了",
    "下次一起拍",
    "老师好",
    "这期剪得好好",
    "收工啦",
)
MATE_EN = (
    "love this babe",
    "so good!!",
    "ugh obsessed",
    "collab soon?",
    "proud of you ❤️",
    "the {n} 😍",
    "you ate this",
    "need to film together again",
)
FAN_ZH = (
    "{s}我爱你",
    "{s}新作品好期待",
    "永远支持{s}",
    "{s}要一直开心",
    "期待{s}新作品",
    "{s}辛苦了",
    "好帅好帅",
    "宝贝注意休息",
    "{s}最棒",
    "{s}今天也很好看",
    "冲冲冲，{s}加油",
    "有{s}真好",
)
FAN_EN = (
    "we love you {s}",
    "queen 👑",
    "{s} never misses",
    "ICON",
    "so proud of you {s}",
    "the best 💖",
    "{s} supremacy",
)
REPLY_ZH = (
    "谢谢宝子～",
    "哈哈哈是的",
    "下期安排！",
    "是{n}哦",
    "爱你们❤️",
    "嘿嘿",
    "收到～",
    "确实",
    "链接在橱窗哦",
    "谢谢喜欢",
    "你也是",
    "哈哈哈哈哈",
    "抱抱",
    "好的好的",
    "会的！",
    "看置顶",
    "在{c}哦",
    "谢谢支持",
    "下次试试",
    "哈哈被你发现了",
    "小黄车里有",
    "淘宝店在主页",
    "私你啦",
)
LETTER_ZH_OPEN = (
    "从你{k}粉的时候就开始关注了，",
    "默默关注两年多了，第一次留言，",
    "每次不开心的时候都会来看你的视频，",
    "作为一个老粉，",
    "说实话一开始是被{n}吸引进来的，",
    "去年在{c}线下见过你一次，",
    "刷到这期的时候刚下夜班，",
)
LETTER_ZH_MID = (
    "看着你一点点变好真的很替你开心",
    "你说的那句话我记到现在",
    "这期{n}做得比以前更用心了能看出来",
    "虽然更新慢但每一期都值得等",
    "谢谢你一直坚持做自己喜欢的东西",
    "你的视频陪我度过了最难熬的那段时间",
    "我妈现在也跟着你学{n}",
    "评论区越来越热闹了真好",
)
LETTER_ZH_END = (
    "，加油！",
    "。希望你一直开心",
    "，不管多少粉都会一直支持",
    "～别太累了注意身体",
    "，等你下一期",
    "",
)
LETTER_EN_OPEN = (
    "been here since you had {k} subs,",
    "I don't usually comment but",
    "long time viewer,",
    "your videos got me through a really rough year and",
    "my whole family watches you now,",
)
LETTER_EN_MID = (
    "seeing you grow like this is honestly so wholesome",
    "this one felt extra personal",
    "the {n} part made me tear up a bit",
    "you can tell how much work went into the {n}",
    "I tried the {n} thing and it actually worked for me",
)
LETTER_EN_END = (
    ". keep going!!",
    ". proud of you",
    ", see you next week",
    ". thank you for what you do ❤️",
    "",
)
REPLY_EN = (
    "thank you!!",
    "haha yes",
    "love you guys ❤️",
    "part 2 coming soon",
    "it's linked in my bio!",
    "glad it helped",
    "😂😂",
    "thank youuu",
    "omg hi!",
    "yes! the {n} is from a small shop",
    "you're too sweet 🥹",
    "will do!",
    "sent you a dm!",
)
REPLY_LURE_ZH = ("已私", "私你了", "看主页", "发你了", "已发", "滴滴了", "看头像")
BIO_ZH = (
    "{cat}博主｜分享日常",
    "记录生活的小美好",
    "一个爱{cat}的普通人",
    "{city}｜{cat}｜真实分享",
    "不定期更新",
    "全网同名",
    "只分享自己用过的",
    "每周三、六更新",
    "{cat}爱好者 🌙",
    "{city}｜努力生活",
    "90后 | {cat} | 打工人",
)
BIO_EN = (
    "{cat} | {city}",
    "sharing my {cat} journey",
    "just a girl who loves {cat}",
    "{city} based ✨ {cat}",
    "new videos every week",
    "{cat} + coffee ☕",
    "making {cat} fun",
    "dog mom | {cat}",
)
CONTACT_ZH = (
    "商务合作📮 {mail}",
    "合作请私信",
    "商务V：{id}",
    "合作邮箱：{mail}",
    "商务：{id}（备注来意）",
)
CONTACT_EN = ("business: {mail}", "collabs 📩 {mail}", "mgmt: {mail}", "")
CAT_ZH = {
    "beauty": "美妆",
    "fashion": "穿搭",
    "food": "美食",
    "travel": "旅行",
    "tech": "数码",
    "fitness": "健身",
    "parenting": "母婴",
    "pets": "萌宠",
    "home": "家居",
    "gaming": "游戏",
    "finance": "理财",
    "education": "学习",
    "music": "音乐",
    "comedy": "搞笑",
    "lifestyle": "生活",
}
ACCOUNT_BIO_ZH = (
    "爱生活爱自己",
    "摄影爱好者",
    "努力搞钱",
    "干饭人",
    "一个普通人",
    "慢慢来",
    "在{city}",
    "追星女孩",
    "宝妈一枚",
    "学生党",
    "喜欢猫",
    "平平淡淡才是真",
    "不要温和地走进那个良夜",
    "00后",
    "佛系",
)
ACCOUNT_BIO_EN = (
    "coffee addict",
    "living my best life",
    "mom of 2",
    "{city}",
    "dog lover",
    "she/her",
    "just here for the memes",
    "photography",
    "student",
    "🌿",
    "travel | food | life",
)
PREMIUM_BIO_ZH = (
    "热爱生活，热爱美食",
    "分享美好生活",
    "做最好的自己",
    "世界那么大，我想去看看",
    "简单生活，快乐每一天",
    "心若向阳，无畏悲伤",
)
PREMIUM_BIO_EN = (
    "Living life to the fullest ✨",
    "Love, laugh, live",
    "Dream big 💫",
    "Positive vibes only",
    "Traveler | Foodie | Dreamer",
    "Be yourself 🌸",
)
HUNTER_BIO_ZH = ("专注抽奖", "锦鲤附体", "中奖绝缘体", "抽奖小号", "天天转发", "")
FOLLOWBACK_BIO = ("互关必回", "回关", "f4f", "follow back", "互粉", "")
KOC_BIO_ZH = ("分享好物", "真实测评", "平价好物分享", "宝妈好物", "学生党好物", "好物推荐官")

# --------------------------------------------------------------------------------------
# State
# --------------------------------------------------------------------------------------


@dataclass
class Stock:
    """A group of followers over time: series (daily), how much it engages, what it is made of."""

    kind: str
    series: np.ndarray
    engage: float
    mix: dict[str, float]


@dataclass
class Post:
    """One post, with organic metrics (``base``) and the totals after any bought engagement."""

    pid: str
    t: datetime
    day: int
    fmt: str
    q: float
    sponsored: bool = False
    collab: bool = False
    promo: bool = False
    views: float = 0.0
    likes: float = 0.0
    comments: float = 0.0
    shares: float = 0.0
    saves: float = 0.0
    coins: float = 0.0
    danmaku: float = 0.0
    base: dict[str, float] = field(default_factory=dict)
    src: dict[str, float] = field(default_factory=dict)


@dataclass
class Creator:
    """Everything the simulator knows about one creator while building the record."""

    rng: np.random.Generator
    rnd: random.Random
    platform: str
    norms: Norms
    zh: bool
    category: str
    tier: str
    as_of: datetime
    days: int
    target: float
    quality: float
    chat: float
    reply_rate: float
    handle: str
    display: str
    verified: bool
    stocks: list[Stock] = field(default_factory=list)
    following: np.ndarray = field(default_factory=lambda: np.zeros(1))
    posts: list[Post] = field(default_factory=list)
    ops: list[Callable[[Creator], None]] = field(default_factory=list)
    styles: dict[str, Json] = field(default_factory=dict)
    organic_mix: dict[str, float] = field(default_factory=lambda: {"organic": 1.0})
    real_mix: dict[str, float] = field(default_factory=dict)
    fans: list[str] = field(default_factory=list)
    fan_share: float = 0.15
    spam_rate: float = 0.0
    stray_rate: float = 0.0
    hot_sort: bool = True
    bio: str = ""
    lure_bio: bool = False
    live_taps: float = 1.0
    extra_profile_posts: int = 0
    bump_engage: float = 0.7
    conv: float = 0.004
    promo_rate: float = 0.15
    share_mult: float = 1.0
    comment_speed: float = 4.0
    letter_rate: float = 0.02

    @property
    def start(self) -> date:
        """First day of the follower history window."""
        return self.as_of.date() - timedelta(days=self.days - 1)

    @property
    def tz(self) -> timezone:
        """Time zone the platform's timestamps are written in."""
        return CN_TZ if self.norms.zh else UTC

    def nouns(self) -> tuple[str, ...]:
        """Topic nouns of the creator's category in the comment language."""
        return (ZH_NOUNS if self.zh else EN_NOUNS)[self.category]


# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------


def pick(rnd: random.Random, weights: dict[str, float]) -> str:
    """Weighted choice of a key."""
    keys = list(weights)
    return rnd.choices(keys, weights=[weights[k] for k in keys])[0]


def lognorm(rnd: random.Random, median: float, sigma: float) -> float:
    """Lognormal draw given its median."""
    return median * math.exp(sigma * rnd.gauss(0.0, 1.0))


def intensity(rnd: random.Random) -> float:
    """Fraud intensity in (0, 1]: mostly cautious, sometimes blatant."""
    return min(1.0, max(0.04, rnd.betavariate(1.2, 1.7)))


def count(rnd: random.Random, x: float) -> int:
    """Turn an expected value into an integer count (Poisson-like for small values)."""
    if x <= 0:
        return 0
    if x < 30:
        # Knuth's method is fine for small means
        limit, k, p = math.exp(-x), 0, 1.0
        while True:
            p *= rnd.random()
            if p <= limit:
                return k
            k += 1
    return nint(x + rnd.gauss(0.0, math.sqrt(x)))


def nint(x: float) -> int:
    """Round to a non-negative integer."""
    return max(0, math.floor(float(x) + 0.5))


def digits(rnd: random.Random, n: int) -> str:
    """A string of n digits not starting with zero."""
    return str(rnd.randint(1, 9)) + "".join(rnd.choice(string.digits) for _ in range(n - 1))


def alnum(
    rnd: random.Random, n: int, alphabet: str = string.ascii_lowercase + string.digits
) -> str:
    """A random alphanumeric string."""
    return "".join(rnd.choice(alphabet) for _ in range(n))


def pulse(
    days: int, start: float, amount: float, rise: float, keep: float, tau: float
) -> np.ndarray:
    """Stock gained over `rise` days from `start`; a share 1-keep is later lost (time tau)."""
    t = np.arange(days, dtype=float)
    frac = np.clip((t - start + 1.0) / max(rise, 1.0), 0.0, 1.0)
    after = np.clip(t - start - rise, 0.0, None)
    return amount * frac * (keep + (1.0 - keep) * np.exp(-after / tau))


def iso(t: datetime) -> str:
    """RFC 3339 timestamp."""
    return t.isoformat(timespec="seconds")


# --------------------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------------------


def default_name(rnd: random.Random, platform: str) -> str:
    """The name a platform gives an account whose owner never set one."""
    if platform == "douyin":
        return "用户" + digits(rnd, rnd.randint(9, 13))
    if platform == "kuaishou":
        return "快手用户" + digits(rnd, 13)
    if platform == "rednote":
        return "小红薯" + alnum(rnd, rnd.choice((7, 8)), "0123456789ABCDEF")
    if platform == "weibo":
        return "用户" + digits(rnd, 10)
    if platform == "bilibili":
        return "bili_" + digits(rnd, rnd.randint(8, 11))
    if platform == "wechat_channels":
        return rnd.choice(("微信用户", "用户" + digits(rnd, 8)))
    if platform == "tiktok":
        return "user" + digits(rnd, rnd.randint(10, 13))
    if platform == "youtube":
        return "@user-" + alnum(rnd, 8)
    return rnd.choice(FIRST) + rnd.choice(LAST) + digits(rnd, 4)


def zh_nick(rnd: random.Random) -> str:
    """A Chinese-style nickname as real users pick them."""
    r = rnd.random()
    if r < 0.5:
        return rnd.choice(ZH_NICK_A) + rnd.choice(ZH_NICK_B) + rnd.choice(ZH_NICK_C)
    if r < 0.62:
        return rnd.choice(ZH_SURNAME) + "".join(rnd.choice(ZH_GIVEN) for _ in range(2))
    if r < 0.72:
        return rnd.choice(
            ("Momo", "Kiki", "Aaron", "Coco", "Leo", "Yuki", "Mia", "Jason")
        ) + rnd.choice(("", "_", "陈", "林", "酱", digits(rnd, 2)))
    if r < 0.82:
        return rnd.choice(EMOJI) + rnd.choice(ZH_NICK_B) + rnd.choice(ZH_NICK_C)
    if r < 0.92:
        b = rnd.choice(ZH_NICK_B)
        return b[-1] * 2 + rnd.choice(("", "呀", "子", "w"))
    return "".join(rnd.choice(PINYIN) for _ in range(2)) + rnd.choice(("", digits(rnd, 3)))


def pinyin_id(rnd: random.Random) -> str:
    """A latin user id in the Chinese style (pinyin plus digits)."""
    s = "".join(rnd.choice(PINYIN) for _ in range(rnd.randint(1, 3)))
    r = rnd.random()
    if r < 0.4:
        s += str(rnd.randint(1985, 2008)) if rnd.random() < 0.5 else digits(rnd, 3)
    elif r < 0.6:
        s += "_" + rnd.choice(PINYIN)
    elif r < 0.75:
        s += f"{rnd.randint(1, 12):02d}{rnd.randint(1, 28):02d}"
    return s


def en_handle(rnd: random.Random) -> str:
    """A Latin handle as real users pick them."""
    f, la, w = rnd.choice(FIRST), rnd.choice(LAST), rnd.choice(WORDS)
    r = rnd.random()
    if r < 0.2:
        return f"{f}.{la}"
    if r < 0.35:
        return f"{f}_{la}{rnd.randint(1, 99)}"
    if r < 0.5:
        return f"{w}.{f}"
    if r < 0.6:
        return f"{f}{la}{rnd.randint(80, 2005)}"
    if r < 0.7:
        return f"its{f}{rnd.choice(('', 'x', 'xo', '_'))}"
    if r < 0.8:
        return f"{w}_{w if rnd.random() < 0.2 else rnd.choice(WORDS)}"
    if r < 0.9:
        return f"the{f}{rnd.choice(('', 'diaries', 'eats', 'daily'))}"
    return f"{f}{rnd.choice(('', '.', '_'))}{w}"


def real_name(c: Creator, default_p: float = 0.08) -> str:
    """An organic commenter's name (display name on Chinese platforms, handle elsewhere)."""
    rnd = c.rnd
    if rnd.random() < default_p:
        return default_name(rnd, c.platform)
    if c.norms.zh:
        return zh_nick(rnd) if rnd.random() < 0.85 else pinyin_id(rnd)
    if c.zh and rnd.random() < 0.5:
        return pinyin_id(rnd)
    return en_handle(rnd)


def bot_name(c: Creator, mode: str) -> str:
    """A name from a vendor's account stock, by the vendor's naming habit."""
    rnd = c.rnd
    if mode == "default":
        return default_name(rnd, c.platform)
    if mode == "random":
        return alnum(rnd, rnd.randint(7, 12))
    if mode == "nick_digits":
        if c.norms.zh:
            return zh_nick(rnd) + digits(rnd, rnd.randint(3, 6))
        return rnd.choice(FIRST) + rnd.choice(LAST) + digits(rnd, rnd.randint(3, 5))
    return real_name(c, 0.0)


# --------------------------------------------------------------------------------------
# Comment texts
# --------------------------------------------------------------------------------------


def zh_tail(rnd: random.Random, platform: str) -> str:
    """Optional trailing punctuation or emoji of a Chinese comment."""
    r = rnd.random()
    if r < 0.42:
        return ""
    if r < 0.6:
        return rnd.choice(ZH_PUNCT)
    if r < 0.83 and platform in ZH_EMOTICON:
        return rnd.choice(ZH_EMOTICON[platform]) * rnd.choice((1, 1, 1, 2, 3))
    return rnd.choice(EMOJI) * rnd.choice((1, 1, 2, 3))


def en_tail(rnd: random.Random) -> str:
    """Optional trailing punctuation or emoji of an English comment."""
    r = rnd.random()
    if r < 0.5:
        return ""
    if r < 0.7:
        return rnd.choice(EN_PUNCT)
    return " " + rnd.choice(EMOJI) * rnd.choice((1, 1, 2, 3))


def fill(rnd: random.Random, template: str, c: Creator) -> str:
    """Fill the slots of a comment template."""
    if "{" not in template:
        return template
    zh = c.zh
    return template.format(
        n=rnd.choice(c.nouns()),
        e=rnd.choice(ZH_EXP if zh else EN_EXP),
        a=rnd.choice(ZH_ADJ if zh else EN_ADJ),
        g=rnd.choice(ZH_NEG),
        w=rnd.choice(who_pool(c)),
        c=rnd.choice(ZH_CITY if zh else EN_CITY),
        p=rnd.choice(c.nouns()),
    )


def who_pool(c: Creator) -> tuple[str, ...]:
    """Audience words that fit the creator's category."""
    looks = c.category in ("beauty", "fashion")
    if c.zh:
        return ZH_WHO_LOOKS if looks else ZH_WHO
    return EN_WHO_LOOKS if looks else EN_WHO


def slang(c: Creator) -> str:
    """A platform-specific genuine phrase (short, often repeated across real users)."""
    rnd = c.rnd
    pool = SLANG.get(c.platform if c.zh == c.norms.zh else "", ())
    if not pool:
        return ""
    ts = f"{rnd.randint(0, 14)}:{rnd.randint(0, 59):02d}"
    return fill(rnd, rnd.choice(pool), c).replace("[ts]", ts)


def organic_zh(c: Creator, post: Post) -> str:
    """A genuine Chinese comment: reactions, opinions, questions, stories, tags."""
    rnd = c.rnd
    if post.sponsored and rnd.random() < 0.14:
        return rnd.choice(ZH_AD) + zh_tail(rnd, c.platform)
    if rnd.random() < 0.12:
        text = slang(c)
        if text:
            return text + zh_tail(rnd, c.platform)
    r = rnd.random()
    if r < 0.1:
        return "哈" * rnd.randint(2, 12) + zh_tail(rnd, c.platform)
    if r < 0.18:
        em = ZH_EMOTICON.get(c.platform, EMOJI)
        return "".join(rnd.choice(em + EMOJI) for _ in range(rnd.randint(1, 4)))
    if r < 0.3:
        return rnd.choice(ZH_REACT) + zh_tail(rnd, c.platform)
    if r < 0.5:
        text = fill(rnd, rnd.choice(ZH_OPINION), c)
    elif r < 0.64:
        text = fill(rnd, rnd.choice(ZH_QUESTION), c)
    elif r < 0.76:
        text = fill(rnd, rnd.choice(ZH_PERSONAL), c)
    elif r < 0.83:
        friend = real_name(c, 0.0)
        return f"@{friend} " + rnd.choice(
            (
                "快看",
                "这不就是你",
                "下次去这",
                "你要的",
                "哈哈哈哈",
                "学起来",
                "看看人家",
                "",
                "我们也去",
            )
        )
    else:
        parts = [fill(rnd, rnd.choice(ZH_PERSONAL), c), fill(rnd, rnd.choice(ZH_OPINION), c)]
        if rnd.random() < 0.5:
            parts.append(fill(rnd, rnd.choice(ZH_QUESTION), c))
        rnd.shuffle(parts)
        text = rnd.choice(("，", "。", " ", "！")).join(parts)
    if rnd.random() < 0.25:
        text = rnd.choice(ZH_REACT) + rnd.choice(("，", " ", "！", "")) + text
    return text + zh_tail(rnd, c.platform)


def organic_en(c: Creator, post: Post) -> str:
    """A genuine English comment."""
    rnd = c.rnd
    if post.sponsored and rnd.random() < 0.12:
        return rnd.choice(EN_AD) + en_tail(rnd)
    if rnd.random() < 0.1:
        text = slang(c)
        if text:
            return text + en_tail(rnd)
    r = rnd.random()
    if r < 0.1:
        return "".join(rnd.choice(EMOJI) for _ in range(rnd.randint(1, 4)))
    if r < 0.24:
        text = rnd.choice(EN_REACT)
        if rnd.random() < 0.3:
            text = text.upper()
        return text + en_tail(rnd)
    if r < 0.46:
        text = fill(rnd, rnd.choice(EN_OPINION), c)
    elif r < 0.6:
        text = fill(rnd, rnd.choice(EN_QUESTION), c)
    elif r < 0.72:
        text = fill(rnd, rnd.choice(EN_PERSONAL), c)
    elif r < 0.8:
        tags = " ".join("@" + en_handle(rnd) for _ in range(rnd.choice((1, 1, 1, 2))))
        return tags + rnd.choice(
            ("", " look", " omg", " we need to go", " this is you", " 😂", " lol")
        )
    else:
        parts = [fill(rnd, rnd.choice(EN_PERSONAL), c), fill(rnd, rnd.choice(EN_OPINION), c)]
        if rnd.random() < 0.4:
            parts.append(fill(rnd, rnd.choice(EN_QUESTION), c))
        text = rnd.choice((". ", ", ", " - ", "! ")).join(parts)
    if rnd.random() < 0.2:
        text = rnd.choice(EN_REACT) + rnd.choice((" ", ", ", "! ")) + text
    r = rnd.random()
    if r < 0.35:
        text = text.lower()
    elif r < 0.7:
        text = text[:1].upper() + text[1:]
    return text + en_tail(rnd)


def fan_letter(c: Creator) -> str:
    """A long, sincere comment from a loyal follower (close to machine praise in tone)."""
    rnd = c.rnd
    k = rnd.choice(
        ("几百", "三千", "五千", "一万多", "三万", "十来万")
        if c.zh
        else ("500", "2k", "10k", "like 30k", "a few hundred")
    )
    if c.zh:
        parts = [rnd.choice(LETTER_ZH_OPEN), rnd.choice(LETTER_ZH_MID)]
        if rnd.random() < 0.4:
            parts.append(rnd.choice(LETTER_ZH_MID))
        text = parts[0] + "，".join(parts[1:]) + rnd.choice(LETTER_ZH_END)
    else:
        parts = [rnd.choice(LETTER_EN_OPEN), rnd.choice(LETTER_EN_MID)]
        if rnd.random() < 0.4:
            parts.append(rnd.choice(LETTER_EN_MID))
        text = " ".join(parts) + rnd.choice(LETTER_EN_END)
    return fill(rnd, text.replace("{k}", k), c)


def organic_text(c: Creator, post: Post) -> str:
    """A genuine comment in the creator's language (a few in the other language)."""
    if c.rnd.random() < c.letter_rate:
        return fan_letter(c)
    if c.rnd.random() < 0.03:
        return organic_en(c, post) if c.zh else organic_zh(c, post)
    return organic_zh(c, post) if c.zh else organic_en(c, post)


def obfuscate(rnd: random.Random, s: str) -> str:
    """Disguise a contact id the way lure spammers dodge filters."""
    full = {ch: chr(ord(ch) + 0xFEE0) for ch in string.ascii_letters + string.digits}
    out = []
    for ch in s:
        r = rnd.random()
        if r < 0.25 and ch in full:
            out.append(full[ch])
        elif r < 0.35:
            out.append(ch + rnd.choice((" ", "·", "_", "❤", "-")))
        else:
            out.append(ch)
    return "".join(out)


def lure_text(c: Creator) -> str:
    """A disguised contact or resource lure."""
    rnd = c.rnd
    if c.zh:
        contact = obfuscate(rnd, rnd.choice(PINYIN) + digits(rnd, rnd.randint(4, 7)))
        t = rnd.choice(LURE_ZH).format(
            r=rnd.choice(LURE_RES),
            v=rnd.choice(LURE_V),
            id=contact,
            d=rnd.randint(1, 9),
            qq=obfuscate(rnd, digits(rnd, 9)),
        )
        return t + zh_tail(rnd, c.platform)
    promo = rnd.choice(WORDS) + rnd.choice(("_promo", ".feature", "_collab", "page", "_ads"))
    return rnd.choice(LURE_EN).format(
        p=promo, r=rnd.choice(LURE_RES_EN), d=rnd.randint(2, 90), ph=digits(rnd, 10)
    ) + en_tail(rnd)


def ai_text(c: Creator) -> str:
    """Machine-written praise: fluent, on topic, uniformly positive (formal or casual)."""
    rnd = c.rnd
    if rnd.random() < c.styles["ai"].get("casual", 0.0):
        text = fill(rnd, rnd.choice(AI_ZH_CASUAL if c.zh else AI_EN_CASUAL), c)
        return text + rnd.choice(("", "～", "！", " ✨", " 👍")) if c.zh else text
    if c.zh:
        mid = fill(rnd, rnd.choice(AI_ZH_MID), c)
        if rnd.random() < 0.35:
            mid += fill(rnd, rnd.choice(AI_ZH_MID), c)
        return rnd.choice(AI_ZH_OPEN) + mid + rnd.choice(AI_ZH_END)
    parts = [rnd.choice(AI_EN_OPEN), fill(rnd, rnd.choice(AI_EN_MID), c)]
    if rnd.random() < 0.3:
        parts.append(fill(rnd, rnd.choice(AI_EN_MID), c))
    parts.append(rnd.choice(AI_EN_END))
    return " ".join(parts)


def bot_text(c: Creator, style: Json) -> str:
    """A comment-farm comment in the vendor's style."""
    rnd = c.rnd
    mode = style["text"]
    if mode == "pool":
        return str(rnd.choice(style["pool"]))
    if mode == "custom":
        return fill(rnd, rnd.choice(style["pool"]), c)
    base = rnd.choice(BOT_ZH if c.zh else BOT_EN)
    return base + "".join(rnd.choice(EMOJI) for _ in range(rnd.randint(0, 3)))


def giveaway_text(c: Creator) -> str:
    """A lucky-draw entry."""
    rnd = c.rnd
    r = rnd.random()
    if r < 0.22:
        tags = " ".join("@" + real_name(c, 0.0) for _ in range(rnd.randint(1, 3)))
        return tags + (
            " " + rnd.choice(GIVEAWAY_ZH if c.zh else GIVEAWAY_EN) if rnd.random() < 0.4 else ""
        )
    text = rnd.choice(GIVEAWAY_ZH if c.zh else GIVEAWAY_EN)
    if rnd.random() < 0.3:
        text += zh_tail(rnd, c.platform) if c.zh else en_tail(rnd)
    return text


def live_text(c: Creator, bot: bool) -> str:
    """A live-commerce chat line: genuine shopper questions or warm-up bots (暖场)."""
    rnd = c.rnd
    if not c.zh:
        pool = (
            "price?",
            "link pls",
            "just bought!",
            "what size for 5'5?",
            "restock when?",
            "ordered 🙌",
            "does it ship to canada",
            "is this the black one?",
        )
        return rnd.choice((*pool[2:4], "love this live!", "great deal") if bot else pool)
    if bot:
        return rnd.choice(LIVEBOT_ZH) + (zh_tail(rnd, c.platform) if rnd.random() < 0.3 else "")
    return rnd.choice(LIVEQ_ZH).format(
        h=rnd.randint(150, 185),
        k=rnd.randint(85, 170),
        i=rnd.randint(1, 60),
        col=rnd.choice(COLORS),
    )


def seeded_text(c: Creator) -> str:
    """A comment planted by a brand's water army (水军)."""
    rnd = c.rnd
    if c.zh:
        t = fill(rnd, rnd.choice(SEEDED_ZH), c)
        if rnd.random() < 0.3:
            t = fill(rnd, rnd.choice(SEEDED_ZH), c) + "，" + t
        return t + zh_tail(rnd, c.platform)
    return fill(rnd, rnd.choice(SEEDED_EN), c) + en_tail(rnd)


def fan_text(c: Creator) -> str:
    """A fan-club comment; slogans for 控评 are copied verbatim on purpose."""
    rnd = c.rnd
    style = c.styles["fan"]
    if rnd.random() < style["slogan_share"]:
        return str(rnd.choice(style["slogans"]))
    pool = FAN_ZH if c.zh else FAN_EN
    return rnd.choice(pool).format(s=style["star"]) + (
        zh_tail(rnd, c.platform) if c.zh else en_tail(rnd)
    )


def reply_text(c: Creator, to_kind: str) -> str:
    """The creator's own reply."""
    rnd = c.rnd
    if to_kind == "lure" and c.zh:
        return rnd.choice(REPLY_LURE_ZH)
    if to_kind == "lure":
        return rnd.choice(("sent you a dm", "check dm", "dm'd"))
    return fill(rnd, rnd.choice(REPLY_ZH if c.zh else REPLY_EN), c)


def comment_text(c: Creator, kind: str, post: Post) -> str:
    """Dispatch a comment text by its source."""
    rnd = c.rnd
    if kind == "organic":
        return organic_text(c, post)
    if kind in ("bot", "stray"):
        return bot_text(c, c.styles[kind])
    if kind == "pod":
        if rnd.random() < c.styles["pod"]["smart"]:
            return organic_text(c, post)
        return fill(rnd, rnd.choice(POD_ZH if c.zh else POD_EN), c)
    if kind == "ai":
        return ai_text(c)
    if kind in ("lure", "spam"):
        return lure_text(c)
    if kind == "seeded":
        return seeded_text(c)
    if kind == "giveaway":
        return giveaway_text(c)
    if kind == "liveq":
        return live_text(c, False)
    if kind == "livebot":
        return live_text(c, rnd.random() > c.styles["livebot"]["shill"])
    if kind == "net":
        if c.zh:
            return fill(rnd, rnd.choice(NET_ZH), c) + zh_tail(rnd, c.platform)
        return fill(rnd, rnd.choice(SEEDED_EN + POD_EN), c)
    if kind == "mate":
        return fill(rnd, rnd.choice(MATE_ZH if c.zh else MATE_EN), c)
    if kind == "fan":
        return fan_text(c)
    if kind == "fanbot":
        return rnd.choice(c.styles["fan"]["slogans"]) if rnd.random() < 0.7 else fan_text(c)
    raise ValueError(kind)


# --------------------------------------------------------------------------------------
# Comment authors, timing and likes
# --------------------------------------------------------------------------------------


def pool_author(c: Creator, key: str, size: int, maker: Callable[[], str]) -> str:
    """Draw an author from a fixed per-creator pool, created on first use."""
    pool = c.styles.setdefault("_pools", {}).get(key)
    if pool is None:
        pool = [maker() for _ in range(max(1, size))]
        c.styles["_pools"][key] = pool
    return str(c.rnd.choice(pool))


def comment_author(c: Creator, kind: str) -> str:
    """Who writes a comment of this source."""
    rnd = c.rnd
    if kind == "organic":
        if c.fans and rnd.random() < c.fan_share:
            i = min(int(rnd.paretovariate(1.1)) - 1, len(c.fans) - 1)
            return c.fans[i]
        return real_name(c, 0.12 if c.platform in ("douyin", "kuaishou") else 0.06)
    if kind in ("bot", "stray"):
        st = c.styles[kind]
        if st["reuse"]:
            return pool_author(c, kind, st["pool_size"], lambda: bot_name(c, st["names"]))
        return bot_name(c, st["names"])
    if kind in ("pod", "mate", "net"):
        size = c.styles.get(kind, {}).get("members", 20)
        return pool_author(c, kind, size, lambda: real_name(c, 0.0))
    if kind == "ai":
        size = c.styles["ai"]["pool_size"]
        return pool_author(c, "ai", size, lambda: bot_name(c, c.styles["ai"]["names"]))
    if kind == "lure":
        size = c.styles["lure"]["pool_size"]
        return pool_author(c, "lure", size, lambda: lure_name(c))
    if kind == "spam":
        return lure_name(c)
    if kind == "livebot":
        return pool_author(
            c, "livebot", c.styles["livebot"]["pool_size"], lambda: bot_name(c, "default")
        )
    if kind == "fanbot":
        st = c.styles["fanbot"]
        return pool_author(
            c,
            "fanbot",
            st["pool_size"],
            lambda: fan_name(c, True) if st["names"] == "fan" else bot_name(c, st["names"]),
        )
    if kind == "fan" and rnd.random() < 0.4:
        return fan_name(c, False)
    if kind in ("giveaway", "liveq"):
        return real_name(c, 0.3 if c.norms.zh else 0.1)
    return real_name(c, 0.05)


def fan_name(c: Creator, sock: bool) -> str:
    """A fan-club member's name; sock-puppet accounts add serial digits."""
    rnd = c.rnd
    star = str(c.styles["fan"]["star"])
    if c.zh:
        name = (
            rnd.choice(("爱", "守护", "", ""))
            + star
            + rnd.choice(("的小太阳", "家的", "的饭", "今天也很好", "永远的神", "的女友粉", "の宝"))
        )
    else:
        name = star.lower() + rnd.choice(("_stan", ".fan", "sworld", "_updates", "lover"))
    if sock or rnd.random() < 0.3:
        name += digits(rnd, rnd.randint(2, 5))
    return name


def lure_name(c: Creator) -> str:
    """Names that lure accounts use: bait words, or ordinary-looking ones."""
    rnd = c.rnd
    if rnd.random() < 0.5:
        return real_name(c, 0.1)
    if c.zh:
        return (
            rnd.choice(("资源分享", "看我头像", "福利", "副业", "同城", "私我", "宝藏资料"))
            + rnd.choice(("小助手", "君", "号", "", "酱", "站"))
            + digits(rnd, rnd.randint(2, 4))
        )
    return rnd.choice(WORDS) + rnd.choice(("_promo", ".ads", "_free", "_dm", "_feature"))


def comment_delay(c: Creator, kind: str) -> float:
    """Hours from the post to a comment of this source."""
    rnd = c.rnd
    if kind in ("bot", "stray", "livebot", "fanbot"):
        st = c.styles.get(kind, {"delay": 3.0, "spread": 2.0})
        return max(0.01, float(st["delay"]) + abs(rnd.gauss(0.0, float(st["spread"]))))
    if kind == "pod":
        return lognorm(rnd, 0.35, 0.8)
    if kind == "ai":
        return rnd.uniform(0.2, c.styles["ai"]["span"])
    if kind in ("lure", "spam"):
        return lognorm(rnd, 0.4, 1.6)
    if kind == "seeded":
        return lognorm(rnd, 6.0, 1.0)
    if kind == "giveaway":
        return lognorm(rnd, 10.0, 1.2)
    if kind == "liveq":
        return rnd.uniform(0.0, 3.0)
    if kind == "fan":
        return lognorm(rnd, 0.3, 1.3)
    if kind == "net":
        return lognorm(rnd, 3.0, 1.2)
    return lognorm(rnd, c.comment_speed, 1.7)


def comment_likes(c: Creator, kind: str, post: Post) -> int:
    """Likes a comment of this source collects."""
    rnd = c.rnd
    pl = max(post.base.get("likes", 0.0), 1.0)
    if kind in ("organic", "mate", "fan"):
        scale = pl * (0.004 if kind != "fan" else 0.01)
        return int(min((rnd.paretovariate(1.15) - 1.0) * scale * lognorm(rnd, 1, 0.6), pl * 0.2))
    if kind in ("bot", "stray", "livebot", "liveq", "giveaway"):
        return 0 if rnd.random() < 0.85 else rnd.randint(1, 2)
    if kind == "fanbot":
        return int(pl * rnd.uniform(0.0, 0.003)) if rnd.random() < 0.3 else 0
    if kind == "pod":
        return count(rnd, min(c.styles["pod"]["members"] * 0.05, 4.0))
    if kind == "seeded":
        return int(pl * rnd.uniform(0.002, 0.04) * c.styles["seeded"]["boost"])
    if kind == "lure":
        return (
            int(rnd.paretovariate(2.0))
            - 1
            + (rnd.randint(5, 200) if c.styles["lure"]["boosted"] and rnd.random() < 0.3 else 0)
        )
    if kind == "net":
        return count(rnd, 2.0)
    return int(rnd.paretovariate(2.5)) - 1


VISIBILITY_HOT = {
    "organic": 1.0,
    "fan": 1.3,
    "mate": 1.0,
    "bot": 0.35,
    "stray": 0.3,
    "pod": 0.9,
    "ai": 0.6,
    "lure": 0.5,
    "spam": 0.4,
    "seeded": 1.6,
    "giveaway": 0.6,
    "liveq": 0.5,
    "livebot": 0.4,
    "net": 0.9,
    "fanbot": 1.1,
}


# --------------------------------------------------------------------------------------
# Follower sample accounts
# --------------------------------------------------------------------------------------


def day_str(d: date) -> str:
    """ISO date."""
    return d.isoformat()


def account(c: Creator, kind: str) -> Json:
    """One follower profile of the given kind, as a scraper returns it."""
    rnd, today = c.rnd, c.as_of.date()
    launch = date(c.norms.launched, 3, 1)
    ig = c.platform == "instagram"
    vendor = c.styles.get("vendor_" + kind, {})
    created = today - timedelta(days=int(min(lognorm(rnd, 1300, 0.7), (today - launch).days)))
    last: date | None = today - timedelta(days=int(lognorm(rnd, 6, 1.5)))
    avatar_p, bio_p, private_p, url_p, default_p = 0.95, 0.5, (0.3 if ig else 0.05), 0.05, 0.03
    if kind == "active":
        followers = int(lognorm(rnd, 250 if not c.norms.zh else 90, 1.3))
        following = int(lognorm(rnd, 220, 0.8))
        posts = int(lognorm(rnd, 60, 1.2)) + 1
    elif kind == "lurker":
        followers = int(rnd.expovariate(1 / 6))
        following = int(lognorm(rnd, 110, 0.9))
        posts = 0 if rnd.random() < 0.6 else rnd.randint(1, 6)
        avatar_p, bio_p, default_p = 0.7, 0.12, 0.3 if c.norms.zh else 0.08
        last = today - timedelta(days=int(lognorm(rnd, 200, 1.2)))
    elif kind == "dormant":
        followers = int(lognorm(rnd, 30, 1.2))
        following = int(lognorm(rnd, 150, 0.8))
        posts = int(lognorm(rnd, 15, 1.1))
        avatar_p, bio_p = 0.8, 0.3
        created = min(created, today - timedelta(days=rnd.randint(900, 3000)))
        last = today - timedelta(days=rnd.randint(400, 2200))
    elif kind == "org_bot":
        followers = int(rnd.expovariate(1 / 15))
        following = int(min(lognorm(rnd, 1800, 0.7), 7500))
        posts = 0 if rnd.random() < 0.5 else int(lognorm(rnd, 8, 1.0))
        avatar_p, bio_p, url_p, default_p = 0.55, 0.3, 0.25, 0.3
        last = today - timedelta(days=int(lognorm(rnd, 40, 1.5)))
    elif kind == "cheap":
        followers = count(rnd, vendor.get("fol", 2.0))
        following = int(min(lognorm(rnd, vendor.get("fwg", 700), 0.5), 7500))
        posts = 0 if rnd.random() < vendor.get("p0", 0.8) else rnd.randint(1, 4)
        avatar_p, bio_p, private_p, url_p = vendor.get("avatar", 0.4), 0.04, 0.02, 0.0
        batch = rnd.choice(vendor.get("batches", [today - timedelta(days=90)]))
        created = batch + timedelta(days=rnd.randint(-2, 2))
        last = None if posts == 0 else created + timedelta(days=rnd.randint(0, 20))
    elif kind == "premium":
        followers = int(lognorm(rnd, vendor.get("fol", 120), 0.7))
        following = int(lognorm(rnd, vendor.get("fwg", 400), 0.5))
        posts = int(lognorm(rnd, 40, 0.7)) + 3
        avatar_p, bio_p, private_p, url_p, default_p = 0.97, 0.6, 0.08, 0.02, 0.0
        created = today - timedelta(days=rnd.randint(*vendor.get("age", (400, 2200))))
        act = rnd.choice(vendor.get("acts", [today - timedelta(days=20)]))
        last = act + timedelta(days=rnd.randint(-1, 1))
    elif kind == "followback":
        followers = int(lognorm(rnd, 900, 0.9))
        following = int(followers * rnd.uniform(0.8, 1.6)) + rnd.randint(50, 400)
        posts = int(lognorm(rnd, 120, 0.9))
        bio_p = 0.6
    elif kind == "hunter":
        followers = int(lognorm(rnd, 60, 1.0))
        following = int(min(lognorm(rnd, 1500, 0.6), 5000))
        posts = int(lognorm(rnd, 700, 0.8))
        avatar_p, bio_p, default_p = 0.9, 0.4, 0.1
        last = today - timedelta(days=rnd.randint(0, 3))
    elif kind in ("pod", "mate"):
        followers = int(lognorm(rnd, 9000, 1.0))
        following = int(lognorm(rnd, 1200, 0.6))
        posts = int(lognorm(rnd, 400, 0.7))
        avatar_p, bio_p, url_p, default_p = 1.0, 0.95, 0.5, 0.0
        last = today - timedelta(days=rnd.randint(0, 4))
    elif kind == "koc_net":
        followers = int(lognorm(rnd, 800, 0.8))
        following = int(lognorm(rnd, 600, 0.6))
        posts = int(lognorm(rnd, 90, 0.7))
        avatar_p, bio_p, default_p = 1.0, 0.9, 0.0
        last = today - timedelta(days=rnd.randint(0, 6))
    else:
        raise ValueError(kind)
    created = max(min(created, today - timedelta(days=1)), launch)
    if last is not None:
        last = min(max(last, created), today)
    if kind == "cheap":
        name = bot_name(c, vendor.get("names", "default"))
    else:
        name = real_name(c, default_p)
    acc: Json = {
        "id": digits(rnd, 10 if c.norms.zh else 11),
        "username": pinyin_id(rnd) if c.norms.zh else name.lstrip("@"),
        "display_name": name if c.norms.zh else display_from_handle(rnd, name),
        "followers": max(0, followers),
        "following": max(0, following),
        "posts": max(0, posts),
        "has_avatar": rnd.random() < avatar_p,
        "is_private": rnd.random() < private_p,
        "verified": kind in ("pod", "mate") and rnd.random() < 0.05,
        "has_url": rnd.random() < url_p,
        "created_at": day_str(created),
    }
    if rnd.random() < bio_p:
        acc["bio"] = account_bio(c, kind)
    if last is not None and posts > 0:
        acc["last_post_at"] = day_str(last)
    if c.platform == "weibo":
        acc.update(weibo_levels(rnd, kind, posts))
    return acc


def display_from_handle(rnd: random.Random, handle: str) -> str:
    """A display name derived from a Latin handle."""
    parts = [p for p in handle.lstrip("@").replace("_", ".").split(".") if p.isalpha()]
    if not parts or rnd.random() < 0.2:
        return handle.lstrip("@")
    return " ".join(p.capitalize() for p in parts[:2])


def account_bio(c: Creator, kind: str) -> str:
    """A follower's bio by account kind."""
    rnd = c.rnd
    city = rnd.choice(ZH_CITY if c.norms.zh else EN_CITY)
    if kind == "premium":
        return rnd.choice(PREMIUM_BIO_ZH if c.norms.zh else PREMIUM_BIO_EN)
    if kind == "hunter" and c.norms.zh:
        return rnd.choice(HUNTER_BIO_ZH) or "转发抽奖"
    if kind == "followback":
        return rnd.choice(FOLLOWBACK_BIO) or city
    if kind in ("koc_net", "pod", "mate"):
        if c.norms.zh:
            return rnd.choice(KOC_BIO_ZH) + "｜" + CAT_ZH[c.category]
        return rnd.choice(BIO_EN).format(cat=c.category, city=city)
    if kind == "org_bot" and rnd.random() < 0.5:
        return lure_text(c)
    pool = ACCOUNT_BIO_ZH if c.norms.zh else ACCOUNT_BIO_EN
    return rnd.choice(pool).format(city=city)


def weibo_levels(rnd: random.Random, kind: str, posts: int) -> dict[str, int]:
    """Weibo user level, membership level and sunshine credit by account kind."""
    if kind in ("cheap", "org_bot"):
        return {
            "platform_level": rnd.randint(0, 4),
            "membership_level": 0,
            "credit_rating": rnd.choice((0, 1, 1, 1, 2)),
        }
    if kind == "premium":
        return {
            "platform_level": rnd.randint(6, 22),
            "membership_level": 0,
            "credit_rating": rnd.choice((1, 2, 2, 3)),
        }
    if kind in ("lurker", "dormant"):
        return {
            "platform_level": rnd.randint(1, 12),
            "membership_level": 0,
            "credit_rating": rnd.choice((1, 1, 2, 2, 3)),
        }
    level = min(48, 3 + int(math.log1p(posts) * rnd.uniform(2.5, 5.0)))
    member = rnd.randint(1, 7) if rnd.random() < 0.12 else 0
    return {
        "platform_level": level,
        "membership_level": member,
        "credit_rating": rnd.choice((2, 2, 3, 3, 3, 4)),
    }


# --------------------------------------------------------------------------------------
# Baseline: a genuine creator before anything is layered on
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Spec:
    """An archetype: its label, share, how it changes a creator, and baseline overrides."""

    name: str
    label: int
    weight: float
    apply: Callable[[Creator, float], None]
    tiers: dict[str, float] | None = None
    platforms: dict[str, float] | None = None
    posts: tuple[int, int] = (10, 60)


def new_creator(rng: np.random.Generator, rnd: random.Random, spec: Spec) -> Creator:
    """Draw platform, size, time window and creator traits."""
    platform = pick(rnd, spec.platforms or PLATFORM_WEIGHTS)
    norms = NORMS[platform]
    zh = norms.zh or rnd.random() < 0.1
    tier = pick(rnd, spec.tiers or DEFAULT_TIERS)
    lo, hi = TIERS[tier]
    target = math.exp(rnd.uniform(math.log(lo), math.log(hi)))
    as_of = EPOCH + timedelta(days=rnd.uniform(0, 640))
    as_of = as_of.astimezone(CN_TZ if norms.zh else UTC).replace(microsecond=0)
    handle = pinyin_id(rnd) if zh else en_handle(rnd)
    display = zh_nick(rnd) if zh else display_from_handle(rnd, handle)
    verify_p = {"koc": 0.0, "nano": 0.03, "micro": 0.15, "mid": 0.45, "macro": 0.8, "celeb": 1.0}[
        tier
    ]
    c = Creator(
        rng=rng,
        rnd=rnd,
        platform=platform,
        norms=norms,
        zh=zh,
        category=pick(rnd, CATEGORIES),
        tier=tier,
        as_of=as_of,
        days=rnd.randint(90, 365),
        target=target,
        quality=lognorm(rnd, 1.0, 0.55),
        chat=lognorm(rnd, 1.0, 0.5),
        reply_rate={
            "koc": 0.25,
            "nano": 0.18,
            "micro": 0.1,
            "mid": 0.05,
            "macro": 0.02,
            "celeb": 0.003,
        }[tier]
        * rnd.uniform(0.0, 1.6),
        handle=handle,
        display=display,
        verified=rnd.random() < verify_p,
    )
    c.hot_sort = rnd.random() < 0.65
    c.comment_speed = lognorm(rnd, 4.0, 0.5) * min(2.0, max(0.3, (target / 1e4) ** -0.12))
    c.letter_rate = rnd.uniform(0.0, 0.05) * (2.0 if platform in ("bilibili", "youtube") else 1.0)
    return c


def build_baseline(c: Creator, spec: Spec) -> None:
    """Organic followers, following, audience make-up, posts and comment-section habits."""
    rnd, rng, d = c.rnd, c.rng, c.days
    growth = (
        rnd.gauss(0.06, 0.12) * (d / 365)
        + {"koc": 0.15, "nano": 0.1, "micro": 0.04, "mid": 0.02, "macro": 0.01, "celeb": 0.0}[
            c.tier
        ]
    )
    growth = max(growth, -0.2)
    f0 = c.target / (1.0 + growth) / 1.03
    rate = math.log1p(growth) / d
    ar = np.zeros(d)
    eps = rng.normal(0.0, 1.0, d)
    for t in range(1, d):
        ar[t] = 0.93 * ar[t - 1] + 0.37 * eps[t]
    r = rate * (1.0 + 0.8 * ar) + rng.normal(0.0, 0.0005, d) * min(1.0, 3000 / f0) ** 0.5
    level = f0 * np.exp(np.cumsum(r))
    inc = np.diff(level, prepend=f0)
    noise = rng.normal(0.0, 1.0, d) * (0.6 * np.sqrt(np.abs(inc) + 1.0) + level * 3e-5)
    series = np.maximum(f0 + np.cumsum(inc + noise), 0.0)
    lo, hi = c.norms.bot_floor
    bots = rnd.uniform(lo, hi)
    lurk = c.norms.lurkers * rnd.uniform(0.8, 1.2)
    dormant = rnd.uniform(0.03, 0.15) * (1.5 if c.platform == "weibo" else 1.0)
    c.real_mix = {
        "org_bot": bots,
        "dormant": dormant,
        "lurker": lurk * (1 - bots - dormant),
        "active": (1 - lurk) * (1 - bots - dormant),
    }
    c.stocks.append(Stock("organic", series, 1.0, dict(c.real_mix)))
    base = {
        "koc": 300.0,
        "nano": 400.0,
        "micro": 380.0,
        "mid": 250.0,
        "macro": 150.0,
        "celeb": 80.0,
    }[c.tier]
    if c.platform == "instagram":
        base *= 2.0
    fl0 = lognorm(rnd, base, 0.8)
    steps = rng.poisson(rnd.uniform(0.05, 1.2), d) - rng.poisson(rnd.uniform(0.02, 0.6), d)
    following = np.maximum(fl0 + np.cumsum(steps), 0.0)
    if rnd.random() < 0.1:
        cut = rnd.randint(0, d - 1)
        following[cut:] *= rnd.uniform(0.5, 0.9)
    c.following = following
    n_fans = int(
        {"koc": 15, "nano": 30, "micro": 50, "mid": 60, "macro": 60, "celeb": 40}[c.tier]
        * rnd.uniform(0.3, 1.5)
    )
    c.fans = [real_name(c, 0.05) for _ in range(max(3, n_fans))]
    c.fan_share = rnd.uniform(0.05, 0.3) * (2.0 if c.tier == "koc" else 1.0)
    big = c.target > 2e5
    c.spam_rate = rnd.uniform(0.0, 0.025) * (2.0 if big else 0.6)
    c.stray_rate = rnd.uniform(0.0, 0.03)
    c.styles["stray"] = {
        "text": "noise",
        "reuse": False,
        "names": "nick_digits",
        "delay": rnd.uniform(0.1, 5.0),
        "spread": rnd.uniform(0.5, 10),
    }
    c.conv = lognorm(rnd, 0.004, 0.5)
    make_posts(c, spec)
    if rnd.random() < 0.4:
        bio_contact(c)
    else:
        c.bio = creator_bio(c, False)


def creator_bio(c: Creator, contact: bool) -> str:
    """The creator's bio, with business contact when it takes deals."""
    rnd = c.rnd
    city = rnd.choice(ZH_CITY if c.zh else EN_CITY)
    if c.zh:
        bio = rnd.choice(BIO_ZH).format(cat=CAT_ZH[c.category], city=city)
    else:
        bio = rnd.choice(BIO_EN).format(cat=c.category, city=city)
    if contact:
        mail = pinyin_id(rnd) + rnd.choice(("@163.com", "@qq.com", "@126.com", "@gmail.com"))
        tmpl = rnd.choice(CONTACT_ZH if c.zh else CONTACT_EN)
        extra = tmpl.format(mail=mail, id=pinyin_id(rnd))
        if extra:
            bio += (" ｜ " if c.zh else " | ") + extra
    return bio


def bio_contact(c: Creator) -> None:
    """Mark the creator as open to deals (business contact in bio)."""
    if not c.lure_bio:
        c.bio = creator_bio(c, True)


def make_posts(c: Creator, spec: Spec) -> None:
    """Post times, formats and intrinsic quality."""
    rnd = c.rnd
    n = rnd.randint(*spec.posts)
    gap = {"koc": 9.0, "nano": 4.0, "micro": 3.0, "mid": 2.2, "macro": 1.8, "celeb": 4.0}[c.tier]
    gap *= lognorm(rnd, 1.0, 0.5)
    shape = rnd.choice((0.7, 1.0, 1.5, 3.0))
    hour = rnd.choice((12, 18, 19, 20, 21, 22)) if c.norms.zh else rnd.choice((8, 12, 17, 19))
    sigma = rnd.uniform(0.45, 0.95)
    t = c.as_of - timedelta(hours=rnd.uniform(2, 24 * gap))
    fmts = dict(c.norms.formats)
    for k in range(n):
        local = t.astimezone(c.tz)
        local = local.replace(
            hour=int(min(23, max(0, rnd.gauss(hour, 2.0)))),
            minute=rnd.randint(0, 59),
            second=rnd.randint(0, 59),
        )
        if local > c.as_of:
            local -= timedelta(days=1)
        q = lognorm(rnd, 1.0, sigma)
        if rnd.random() < 0.035:
            q *= 1.0 + min(rnd.paretovariate(1.3) * 2.0, 40.0)
        day = (local.date() - c.start).days
        c.posts.append(Post(pid=post_id(c, k), t=local, day=day, fmt=pick(rnd, fmts), q=q))
        t = local - timedelta(days=rnd.gammavariate(shape, gap / shape) + 0.05)
    c.posts.reverse()
    c.extra_profile_posts = int(n * lognorm(rnd, 3.0, 1.0))


def post_id(c: Creator, k: int) -> str:
    """A post id in the platform's style."""
    rnd = c.rnd
    p = c.platform
    if p in ("douyin", "tiktok"):
        return digits(rnd, 19)
    if p == "rednote":
        return alnum(rnd, 24, "0123456789abcdef")
    if p == "weibo":
        return digits(rnd, 16)
    if p == "bilibili":
        return "BV1" + alnum(rnd, 9, string.ascii_letters + string.digits)
    if p == "kuaishou":
        return "3x" + alnum(rnd, 13)
    if p in ("instagram", "youtube"):
        return alnum(rnd, 11, string.ascii_letters + string.digits + "-_")
    return f"{c.handle}-{k}-{alnum(rnd, 6)}"


def size_factor(f: float) -> float:
    """Reach per follower shrinks as accounts grow."""
    return float(np.clip((max(f, 50.0) / 1e4) ** -0.18, 0.25, 2.5))


def engaged_audience(c: Creator, day: int) -> float:
    """Followers who actually see and react to posts on a given day."""
    i = min(max(day, 0), c.days - 1)
    total = sum(s.series[i] * s.engage for s in c.stocks)
    if day < 0:
        total *= math.exp(day * 0.0005)
    return max(float(total), 20.0)


def organic_metrics(c: Creator) -> None:
    """Organic views, likes, comments, shares, saves per post (into ``post.base``)."""
    rnd, n = c.rnd, c.norms
    for p in c.posts:
        e = engaged_audience(c, p.day)
        age_h = max((c.as_of - p.t).total_seconds() / 3600.0, 0.1)
        mature = 1.0 - math.exp(-age_h / lognorm(rnd, 22.0, 0.4))
        views = e * n.reach * size_factor(e) * c.quality * p.q * mature
        if p.fmt == "live":
            views *= rnd.uniform(0.3, 1.5)
        likes = views * n.like_rate * lognorm(rnd, 1.0, 0.25)
        if p.fmt == "live":
            likes *= c.live_taps
        comments = likes * n.comment_rate * c.chat * lognorm(rnd, 1.0, 0.35)
        if p.promo:
            comments *= rnd.uniform(0.3, 0.7)
        if p.fmt == "live":
            comments /= max(c.live_taps, 1.0) ** 0.7
        p.base = {
            "views": views,
            "likes": likes,
            "comments": comments,
            "shares": likes * n.share_rate * c.share_mult * lognorm(rnd, 1.0, 0.5),
            "saves": likes * n.save_rate * lognorm(rnd, 1.0, 0.4),
            "coins": views * rnd.uniform(0.004, 0.02) if c.platform == "bilibili" else 0,
            "danmaku": views * rnd.uniform(0.001, 0.01) if c.platform == "bilibili" else 0,
        }
        for k, v in p.base.items():
            setattr(p, k, v)
        p.src = {}
        split_organic_comments(c, p, comments)


def split_organic_comments(c: Creator, p: Post, comments: float) -> None:
    """Distribute a post's genuine comments among organic sources (incl. stray spam)."""
    mix = dict(c.organic_mix)
    if p.fmt == "live":
        mix = {"liveq": 0.7, "organic": 0.3}
    tot = sum(mix.values())
    for k, w in mix.items():
        p.src[k] = p.src.get(k, 0.0) + comments * w / tot
    boost = 3.0 if p.q > 8 else 1.0
    p.src["spam"] = comments * c.spam_rate * boost
    p.src["stray"] = comments * c.stray_rate
    p.comments = comments * (1.0 + c.spam_rate * boost + c.stray_rate)


def add_post_bumps(c: Creator) -> None:
    """Followers each post brings in over the following days."""
    d = c.days
    total = np.zeros(d)
    t = np.arange(d, dtype=float)
    for p in c.posts:
        gain = p.base["views"] * c.conv * lognorm(c.rnd, 1.0, 0.4)
        if p.promo:
            gain *= c.rnd.uniform(0.2, 0.6)
        elif p.q > 8:
            gain *= c.rnd.uniform(1.5, 4.0)
        tau = c.rnd.uniform(0.7, 3.0)
        rel = t - p.day
        total += np.where(rel >= 0, gain * (1.0 - np.exp(-(rel + 1.0) / tau)), 0.0)
    total -= total[0]
    c.stocks.append(Stock("post_bumps", total, c.bump_engage, dict(c.real_mix)))


# --------------------------------------------------------------------------------------
# Follower events (genuine and bought)
# --------------------------------------------------------------------------------------


def add_stock(
    c: Creator, kind: str, series: np.ndarray, engage: float, mix: dict[str, float]
) -> None:
    """Add a follower group."""
    c.stocks.append(Stock(kind, series, engage, mix))


def real_total(c: Creator) -> float:
    """Current genuine followers (for sizing purchases)."""
    return float(c.stocks[0].series[-1])


def cheap_vendor(c: Creator, day: float) -> None:
    """Traits of the cheap-follower vendor's account stock."""
    rnd, today = c.rnd, c.as_of.date()
    ref = c.start + timedelta(days=int(day))
    batches = [
        min(ref, today) - timedelta(days=rnd.randint(3, 400)) for _ in range(rnd.randint(1, 3))
    ]
    c.styles["vendor_cheap"] = {
        "fol": rnd.choice((0.5, 2.0, 6.0)),
        "fwg": rnd.choice((60, 250, 700, 1800)),
        "p0": rnd.uniform(0.5, 0.97),
        "avatar": rnd.uniform(0.15, 0.9),
        "batches": batches,
        "names": rnd.choice(("default", "default", "random", "nick_digits", "realistic")),
    }


def premium_vendor(c: Creator) -> None:
    """Traits of a 'high-quality' follower vendor (aged accounts with activity)."""
    rnd, today = c.rnd, c.as_of.date()
    acts = [today - timedelta(days=rnd.randint(1, 60)) for _ in range(rnd.randint(2, 6))]
    lo = rnd.randint(200, 900)
    c.styles["vendor_premium"] = {
        "fol": rnd.choice((40, 120, 300)),
        "fwg": rnd.choice((250, 450, 900)),
        "acts": acts,
        "age": (lo, lo + rnd.randint(100, 1500)),
    }


def buy_burst(c: Creator, amount: float, day: float, s: float, kind: str = "cheap") -> None:
    """A purchased block of followers delivered within days, partly swept away later."""
    rnd = c.rnd
    rise = 1.0 + (1.0 - s) * rnd.uniform(0.0, 9.0) if kind == "cheap" else rnd.uniform(4, 20)
    keep = rnd.uniform(0.55, 0.95) if kind == "cheap" else rnd.uniform(0.85, 0.99)
    series = pulse(c.days, day, amount, rise, keep, rnd.uniform(7, 60))
    series *= 1.0 + c.rng.normal(0.0, 0.003, c.days)
    if kind == "cheap":
        cheap_vendor(c, day)
        mix = {"cheap": 1.0}
    else:
        premium_vendor(c)
        cheap_vendor(c, day)
        mix = {"premium": rnd.uniform(0.75, 1.0)}
        mix["cheap"] = 1.0 - mix["premium"]
    add_stock(c, "bought_" + kind, np.maximum(series, 0.0), 0.0 if kind == "cheap" else 0.02, mix)


def buy_drip(c: Creator, amount: float, s: float) -> None:
    """A vendor trickling followers in daily for weeks (ongoing or finished)."""
    rnd, rng, d = c.rnd, c.rng, c.days
    dur = rnd.uniform(30, 150)
    start = rnd.uniform(-dur * 0.5, d - 20)
    cv = rnd.uniform(0.03, 0.35) * (1.3 - s)
    t = np.arange(d, dtype=float)
    active = (t >= start) & (t < start + dur)
    incs = np.where(active, amount / dur * np.maximum(1.0 + cv * rng.normal(size=d), 0.0), 0.0)
    pre = max(0.0, min(-start, dur)) * amount / dur if start < 0 else 0.0
    series = pre + np.cumsum(incs)
    loss = rnd.uniform(0.0, 0.25)
    series *= 1.0 - loss * (1.0 - np.exp(-np.clip(t - start, 0, None) / rnd.uniform(30, 120)))
    cheap_vendor(c, max(start, 0))
    mix = {"cheap": 1.0} if rnd.random() < 0.7 else {"cheap": 0.6, "premium": 0.4}
    if "premium" in mix:
        premium_vendor(c)
    add_stock(c, "bought_drip", np.maximum(series, 0.0), 0.0, mix)


def purge(c: Creator, day: int, p: float) -> None:
    """A platform sweep removing a share p of bot-like followers from `day` on."""
    botlike = {"org_bot": 1.0, "cheap": 1.0, "premium": 0.25, "hunter": 0.15, "followback": 0.05}
    for s in c.stocks:
        share = sum(w * botlike.get(k, 0.0) for k, w in s.mix.items()) / max(
            sum(s.mix.values()), 1e-9
        )
        if share <= 0:
            continue
        s.series[day:] *= 1.0 - share * p
        s.mix = {k: w * (1.0 - p * botlike.get(k, 0.0)) for k, w in s.mix.items()}


# --------------------------------------------------------------------------------------
# Post selection and engagement ops
# --------------------------------------------------------------------------------------


def select_posts(c: Creator, mode: str, frac: float = 0.6) -> list[Post]:
    """Posts a buyer boosts: all, the most recent ones, or a random subset."""
    rnd, posts = c.rnd, c.posts
    if mode == "all":
        return list(posts)
    if mode == "recent":
        k = max(2, int(len(posts) * frac))
        return posts[-k:]
    chosen = [p for p in posts if rnd.random() < frac]
    return chosen or [rnd.choice(posts)]


def median_base(c: Creator, key: str) -> float:
    """Median organic value across posts."""
    return float(np.median([p.base[key] for p in c.posts])) or 1.0


def package_size(c: Creator, want: float) -> float:
    """Round a purchase to the vendor's package ladder."""
    ladder = (50, 100, 200, 300, 500, 1000, 2000, 3000, 5000, 10000, 20000, 50000, 100000)
    best = min(ladder, key=lambda x: abs(math.log(x / max(want, 1.0))))
    return float(best)


def add_likes(c: Creator, p: Post, add: float, views_too: bool) -> None:
    """Bought likes on a post, with the platform's usual companions."""
    rnd = c.rnd
    p.likes += add
    if views_too and p.fmt in c.norms.views_formats:
        p.views += add / (c.norms.like_rate * rnd.uniform(0.5, 2.5))
    if c.platform == "rednote" and rnd.random() < 0.6:
        p.saves += add * rnd.uniform(0.2, 0.9)
    elif c.platform == "bilibili" and rnd.random() < 0.6:
        p.coins += add * rnd.uniform(0.2, 0.7)
        p.saves += add * rnd.uniform(0.2, 0.6)
    elif c.platform == "weibo" and rnd.random() < 0.4:
        p.shares += add * rnd.uniform(0.1, 0.8)


def add_comments(p: Post, kind: str, n: float) -> None:
    """Add comments of a source to a post."""
    if n <= 0:
        return
    p.src[kind] = p.src.get(kind, 0.0) + n
    p.comments += n


def bot_style(c: Creator, s: float, key: str = "bot") -> None:
    """Pick a comment farm's habits."""
    rnd = c.rnd
    mode = rnd.choice(("pool", "pool", "noise", "custom"))
    if mode == "pool":
        pool = rnd.sample(BOT_ZH if c.zh else BOT_EN, rnd.randint(5, 20))
    elif mode == "custom":
        pool = rnd.sample(BOT_CUSTOM_ZH if c.zh else BOT_CUSTOM_EN, rnd.randint(4, 7))
    else:
        pool = []
    c.styles[key] = {
        "text": mode,
        "pool": pool,
        "reuse": rnd.random() < 0.5,
        "pool_size": rnd.randint(10, 60),
        "names": rnd.choice(("default", "random", "nick_digits", "realistic")),
        "delay": rnd.uniform(0.05, 30.0),
        "spread": 0.05 + (1.0 - s) * 8.0,
    }


# --------------------------------------------------------------------------------------
# Base fraud ops (each takes an intensity s in (0, 1])
# --------------------------------------------------------------------------------------


def fraud_followers_burst(c: Creator, s: float) -> None:
    """Bought followers in one to four bursts (one may predate the history window)."""
    rnd = c.rnd
    total = real_total(c) * (0.04 + 1.4 * s**1.4)
    k = 1 + (rnd.random() < 0.5) + (rnd.random() < 0.3 * s) + (rnd.random() < 0.2 * s)
    shares = c.rng.dirichlet([2.0] * k)
    for share in shares:
        day = rnd.uniform(3, c.days - 3)
        if k == 1 and rnd.random() < 0.2:
            day = -rnd.uniform(20, 300)
        buy_burst(c, total * float(share), day, s)


def fraud_followers_drip(c: Creator, s: float) -> None:
    """Bought followers trickled in by a vendor."""
    buy_drip(c, real_total(c) * (0.05 + 1.0 * s**1.3), s)


def fraud_followers_premium(c: Creator, s: float) -> None:
    """'Premium' bought followers that look like real people one by one."""
    rnd = c.rnd
    total = real_total(c) * (0.03 + 0.7 * s**1.3)
    k = rnd.randint(1, 3)
    for share in c.rng.dirichlet([2.0] * k):
        buy_burst(c, total * float(share), rnd.uniform(3, c.days - 3), s, kind="premium")


def fraud_likes(
    c: Creator, s: float, posts_mode: str | None = None, since_day: int | None = None
) -> None:
    """Bought likes (and/or views) per post: ratio or package, on all/recent/some posts."""
    rnd = c.rnd
    mode = posts_mode or rnd.choice(("all", "recent", "random"))
    frac = rnd.uniform(0.3, 0.9)
    package = rnd.random() < 0.4
    views_too = rnd.random() < 0.5
    views_only = rnd.random() < 0.25 and bool(c.norms.views_formats)
    k = 0.15 + 3.5 * s**1.5

    def op(cr: Creator) -> None:
        posts = select_posts(cr, mode, frac)
        if since_day is not None:
            posts = [p for p in cr.posts if p.day >= since_day]
        size = package_size(cr, median_base(cr, "likes") * k)
        for p in posts:
            if views_only and p.fmt in cr.norms.views_formats:
                p.views += p.base["views"] * k * 2.0 * lognorm(rnd, 1.0, 0.3)
                p.likes += p.base["likes"] * k * 0.1
                continue
            add = (
                size * rnd.uniform(0.97, 1.08)
                if package
                else p.base["likes"] * k * lognorm(rnd, 1.0, 0.35)
            )
            add_likes(cr, p, add, views_too)

    c.ops.append(op)


def fraud_bot_comments(c: Creator, s: float, only: Callable[[Post], bool] | None = None) -> None:
    """Comment-farm comments on some or all posts."""
    rnd = c.rnd
    bot_style(c, s)
    mode = rnd.choice(("all", "recent", "random"))
    frac = rnd.uniform(0.4, 1.0)
    fixed = rnd.random() < 0.35
    k = 0.2 + 4.0 * s**1.3

    def op(cr: Creator) -> None:
        posts = [p for p in cr.posts if only(p)] if only else select_posts(cr, mode, frac)
        size = max(5.0, package_size(cr, median_base(cr, "comments") * k))
        for p in posts:
            n = (
                size * rnd.uniform(0.95, 1.1)
                if fixed
                else p.base["comments"] * k * lognorm(rnd, 1.0, 0.4) + rnd.randint(0, 4)
            )
            add_comments(p, "bot", n)
            if rnd.random() < 0.5:
                p.likes += n * rnd.uniform(0.5, 3.0)

    c.ops.append(op)


def fraud_pod(c: Creator, s: float) -> None:
    """Engagement pod / 互赞群: a fixed group likes and comments on every post, early."""
    rnd = c.rnd
    if c.zh:
        members = 10 + int(s * rnd.randint(20, 150))
        part_c = 0.1 + 0.25 * s
    else:
        members = rnd.randint(5, 15) + int(s * rnd.randint(0, 35))
        part_c = 0.2 + 0.6 * s
    part_l = 0.5 + 0.5 * s
    c.styles["pod"] = {"members": members, "smart": 0.6 * (1.0 - s) * rnd.random()}
    days = np.arange(c.days, dtype=float)
    add_stock(
        c, "pod", np.full(c.days, members * 0.8) * np.clip(days / 30.0, 0.3, 1.0), 0.3, {"pod": 1.0}
    )

    def op(cr: Creator) -> None:
        for p in cr.posts:
            add_comments(p, "pod", float(cr.rng.binomial(members, part_c)))
            p.likes += float(cr.rng.binomial(members, part_l))
            if cr.norms.save_rate:
                p.saves += float(cr.rng.binomial(members, part_l * 0.3))

    c.ops.append(op)


def fraud_ai(c: Creator, s: float) -> None:
    """Machine-written praise from realistic-looking accounts."""
    rnd = c.rnd
    c.styles["ai"] = {
        "pool_size": rnd.randint(15, 200),
        "span": rnd.uniform(4, 72),
        "names": rnd.choice(("realistic", "realistic", "nick_digits")),
        "casual": 0.7 * (1.0 - s) * rnd.random(),
    }
    mode = rnd.choice(("all", "recent", "random"))
    frac = rnd.uniform(0.4, 1.0)
    k = 0.15 + 2.5 * s**1.3

    def op(cr: Creator) -> None:
        for p in select_posts(cr, mode, frac):
            n = p.base["comments"] * k * lognorm(rnd, 1.0, 0.4) + rnd.randint(1, 4)
            add_comments(p, "ai", n)
            p.likes += n * rnd.uniform(1.0, 8.0)

    c.ops.append(op)


def fraud_churn(c: Creator, s: float) -> None:
    """Follow/unfollow cycles harvesting follow-backs."""
    rnd, d = c.rnd, c.days
    follow = np.zeros(d)
    gained = np.zeros(d)
    t = 0 if rnd.random() < 0.5 else rnd.randint(0, 30)
    rate = (20 + 380 * s**1.2) * lognorm(rnd, 1.0, 0.3)
    fb = rnd.uniform(0.05, 0.25)
    keep = rnd.uniform(0.4, 0.85)
    smart = rnd.random() < (1.0 - s)  # cautious tools unfollow slowly
    while t < d:
        a, h = rnd.randint(3, 15), rnd.randint(2, 12)
        u = rnd.randint(4, 14) if smart else rnd.randint(1, 3)
        adds = rate * rnd.uniform(0.7, 1.3)
        end_a = min(d, t + a)
        follow[t:end_a] += adds
        g = adds * (end_a - t) * fb
        gained[min(d - 1, t + 1) :] += g * keep
        if t + 1 < d:
            gained[t + 1 : min(d, t + a + h)] += g * (1 - keep) * 0.5
        start_u = min(d, t + a + h)
        end_u = min(d, start_u + u)
        if end_u > start_u:
            follow[start_u:end_u] -= adds * a * rnd.uniform(0.8, 1.0) / (end_u - start_u)
        t = end_u + rnd.randint(0, 20)
    c.following = np.clip(c.following + np.cumsum(follow), 0.0, FOLLOW_CAP[c.platform])
    gained *= 1.0 + c.rng.normal(0.0, 0.02, d)
    add_stock(c, "followback", np.maximum(gained, 0.0), 0.08, {"followback": 0.8, "active": 0.2})


def fraud_lure(c: Creator, s: float) -> None:
    """Traffic-diversion account: lures from sock puppets, creator answers, cheap followers."""
    rnd = c.rnd
    c.styles["lure"] = {"pool_size": rnd.randint(3, 20), "boosted": rnd.random() < 0.4}
    c.lure_bio = rnd.random() < 0.5 + 0.4 * s
    if c.lure_bio:
        if c.zh:
            hook = rnd.choice(("资源/副业 看置顶", "干货资料免费领", "同城交友", "福利在置顶"))
            c.bio = hook + " ➕" + rnd.choice(LURE_V) + obfuscate(rnd, pinyin_id(rnd))
        else:
            c.bio = rnd.choice(("free presets 👇", "DM for promo", "💸 passive income tips"))
    c.reply_rate = max(c.reply_rate, rnd.uniform(0.05, 0.3))
    k = 0.05 + 2.5 * s**1.2
    if rnd.random() < 0.6:
        buy_burst(c, real_total(c) * (0.05 + 0.6 * s), rnd.uniform(3, c.days - 3), s)

    def op(cr: Creator) -> None:
        for p in cr.posts:
            add_comments(
                p, "lure", p.base["comments"] * k * lognorm(rnd, 1.0, 0.5) + rnd.randint(0, 3)
            )

    c.ops.append(op)


BASE_FRAUDS: dict[str, Callable[[Creator, float], None]] = {
    "followers_burst": fraud_followers_burst,
    "followers_drip": fraud_followers_drip,
    "followers_premium": fraud_followers_premium,
    "likes_bought": fraud_likes,
    "bot_comments": fraud_bot_comments,
    "pod": fraud_pod,
    "ai_praise": fraud_ai,
    "follow_churn": fraud_churn,
    "lure_spam": fraud_lure,
}


# --------------------------------------------------------------------------------------
# Commercial fraud ops
# --------------------------------------------------------------------------------------


def mark_sponsored(c: Creator, frac: float) -> None:
    """Flag a share of posts as paid; genuine ads reach fewer people, unless promoted."""
    rnd = c.rnd
    for p in c.posts:
        if not p.sponsored and rnd.random() < frac:
            p.sponsored = True
            p.q *= lognorm(rnd, 0.7, 0.3)
            if rnd.random() < c.promo_rate:
                promote(c, p)
    bio_contact(c)


def promote(c: Creator, p: Post) -> None:
    """Paid reach from the platform's own ad tools (DOU+, 薯条, Spark Ads, boosts).

    Real strangers who like but seldom comment or follow. Legitimate, not fraud.
    """
    if not p.promo:
        p.promo = True
        p.q *= lognorm(c.rnd, 3.0, 0.5)


def fraud_prepitch(c: Creator, s: float) -> None:
    """Buys once shortly before pitching brands, then stops."""
    rnd = c.rnd
    day = c.days - rnd.uniform(8, 60)
    kind = "cheap" if rnd.random() < 0.75 else "premium"
    buy_burst(c, real_total(c) * (0.1 + 1.2 * s**1.3), day, s, kind=kind)
    if rnd.random() < 0.6:
        fraud_likes(c, s * rnd.uniform(0.5, 1.0), since_day=int(day) - rnd.randint(3, 15))
    if rnd.random() < 0.3:
        fraud_bot_comments(c, s * 0.6, only=lambda p: p.day >= day - 10)
    for p in c.posts:
        if p.day > day and rnd.random() < 0.4:
            p.sponsored = True
    bio_contact(c)


def fraud_sponsored_boost(c: Creator, s: float) -> None:
    """Engagement bought only around paid posts, so they over-perform."""
    rnd = c.rnd
    mark_sponsored(c, rnd.uniform(0.2, 0.55))
    k = 0.3 + 4.0 * s**1.3
    kinds = rnd.sample(("bot", "seeded", "ai"), rnd.randint(1, 2))
    bot_style(c, s)
    c.styles["seeded"] = {"boost": rnd.uniform(1.0, 5.0)}
    c.styles["ai"] = {
        "pool_size": rnd.randint(15, 80),
        "span": rnd.uniform(4, 48),
        "names": "realistic",
    }
    views_too = rnd.random() < 0.6

    def op(cr: Creator) -> None:
        for p in cr.posts:
            if not p.sponsored:
                continue
            add_likes(cr, p, p.base["likes"] * k * lognorm(rnd, 1.0, 0.3), views_too)
            for kind in kinds:
                add_comments(
                    p,
                    kind,
                    p.base["comments"] * k * 0.7 * lognorm(rnd, 1.0, 0.4) + rnd.randint(1, 6),
                )

    c.ops.append(op)


def fraud_data_package(c: Creator, s: float) -> None:
    """Platform-specific data packages (刷数据) with near-constant numbers per post."""
    rnd = c.rnd
    mode = rnd.choice(("all", "recent", "random"))
    frac = rnd.uniform(0.4, 1.0)
    jitter = rnd.uniform(0.01, 0.08) + (1.0 - s) * rnd.uniform(0.0, 0.25)
    bot_style(c, s)
    c.styles["bot"]["text"] = rnd.choice(("pool", "custom"))
    if not c.styles["bot"]["pool"] or c.styles["bot"]["text"] == "custom":
        c.styles["bot"]["pool"] = rnd.sample(BOT_CUSTOM_ZH if c.zh else BOT_CUSTOM_EN, 4)
    ratios = {
        "comments": rnd.uniform(0.01, 0.06),
        "shares": rnd.uniform(0.01, 0.1),
        "saves": rnd.uniform(0.05, 0.4),
        "coins": rnd.uniform(0.3, 0.8),
        "views": rnd.uniform(8, 40),
    }
    p_name = c.platform
    parts = {
        "douyin": ("likes", "comments", "shares", "saves"),
        "kuaishou": ("views", "likes", "comments"),
        "rednote": ("likes", "saves", "comments"),
        "weibo": ("shares", "comments", "likes"),
        "bilibili": ("views", "likes", "coins", "saves"),
        "wechat_channels": ("likes", "shares", "comments"),
        "instagram": ("likes", "comments", "views"),
        "tiktok": ("views", "likes", "shares", "saves"),
        "youtube": ("views", "likes", "comments"),
    }[p_name]
    k = 0.3 + 5.0 * s**1.3

    def op(cr: Creator) -> None:
        likes = package_size(cr, median_base(cr, "likes") * k)
        for p in select_posts(cr, mode, frac):

            def j() -> float:
                return 1.0 + rnd.uniform(-jitter, jitter)

            for part in parts:
                if part == "likes":
                    p.likes += likes * j()
                elif part == "comments":
                    add_comments(p, "bot", likes * ratios["comments"] * j())
                elif part == "views" and p.fmt in cr.norms.views_formats:
                    p.views += likes * ratios["views"] * j()
                elif part == "shares":
                    p.shares += likes * ratios["shares"] * j()
                elif part == "saves":
                    p.saves += likes * ratios["saves"] * j()
                elif part == "coins":
                    p.coins += likes * ratios["coins"] * j()

    c.ops.append(op)


def mates_style(c: Creator, members: int) -> None:
    """Roster mates in the same agency who comment on each other."""
    c.styles["mate"] = {"members": members}


def add_mates(c: Creator, per_post: float) -> None:
    """Roster cross-comments (genuine people, semi-generic words)."""
    rnd = c.rnd

    def op(cr: Creator) -> None:
        for p in cr.posts:
            add_comments(p, "mate", count(rnd, per_post))

    c.ops.append(op)


def fraud_mcn_farm(c: Creator, s: float) -> None:
    """An MCN buying for its roster: monthly top-ups, uniform likes, farm comments."""
    rnd = c.rnd
    mates_style(c, rnd.randint(5, 25))
    add_mates(c, rnd.uniform(0.5, 3.0))
    mark_sponsored(c, rnd.uniform(0.15, 0.45))
    dom = rnd.randint(1, 28)
    amount = real_total(c) * (0.01 + 0.12 * s)
    d0 = c.start
    for day in range(c.days):
        if (d0 + timedelta(days=day)).day == dom and rnd.random() < 0.85:
            buy_burst(c, amount * rnd.uniform(0.8, 1.2), day, max(s, 0.6))
    fraud_likes(c, s * 0.7, posts_mode="all")
    if rnd.random() < 0.6:
        fraud_bot_comments(c, s * 0.6)


def fraud_koc_network(c: Creator, s: float) -> None:
    """素人铺量: undisclosed paid reviews by small accounts boosting each other."""
    rnd = c.rnd
    net = rnd.randint(20, 120)
    c.styles["net"] = {"members": net}
    part_l = 0.05 + 0.6 * s * rnd.uniform(0.6, 1.2)
    part_c = 0.02 + 0.2 * s * rnd.uniform(0.6, 1.2)
    add_stock(
        c,
        "koc_net",
        np.full(c.days, real_total(c) * (0.05 + 0.4 * s)),
        0.5,
        {"koc_net": 0.8, "cheap": 0.2},
    )
    cheap_vendor(c, c.days / 2)
    paid = rnd.uniform(0.3, 0.8)
    disclosed = rnd.uniform(0.0, 0.2)
    bio_contact(c)
    for p in c.posts:
        if rnd.random() < paid:
            p.collab = True
            p.sponsored = rnd.random() < disclosed

    def op(cr: Creator) -> None:
        for p in cr.posts:
            boost = 1.0 if p.collab else 0.3
            p.likes += float(cr.rng.binomial(net, part_l * boost)) * (1.0 + s)
            p.saves += float(cr.rng.binomial(net, part_l * boost * 0.6))
            add_comments(p, "net", float(cr.rng.binomial(net, part_c * boost)))

    c.ops.append(op)
    if rnd.random() < 0.4:
        fraud_likes(c, s * 0.5)


def fraud_brand_seeded(c: Creator, s: float) -> None:
    """Paid posts' comment sections seeded by the brand's water army (水军), kept on top."""
    rnd = c.rnd
    mark_sponsored(c, rnd.uniform(0.2, 0.5))
    c.styles["seeded"] = {"boost": rnd.uniform(1.0, 6.0)}
    k = 0.3 + 4.0 * s**1.2

    def op(cr: Creator) -> None:
        for p in cr.posts:
            if p.sponsored:
                n = p.base["comments"] * k * lognorm(rnd, 1.0, 0.4) + rnd.randint(3, 15)
                add_comments(p, "seeded", n)
                p.likes += n * rnd.uniform(2.0, 20.0)

    c.ops.append(op)


def fraud_live_boost(c: Creator, s: float) -> None:
    """Live-commerce seller buying live viewers, tap-likes and warm-up comments (暖场)."""
    rnd = c.rnd
    setup_live(c, rnd.uniform(0.3, 0.7))
    c.styles["livebot"] = {
        "pool_size": rnd.randint(8, 40) + int((1.0 - s) * rnd.randint(0, 300)),
        "delay": rnd.uniform(0.0, 0.5),
        "spread": rnd.uniform(0.2, 2.0),
        "shill": rnd.uniform(0.1, 0.7),
    }  # shills (托) ask planted questions
    k = 0.5 + 6.0 * s**1.3
    if rnd.random() < 0.7:
        buy_burst(c, real_total(c) * (0.05 + 0.6 * s), rnd.uniform(3, c.days - 3), s)

    def op(cr: Creator) -> None:
        for p in cr.posts:
            if p.fmt != "live":
                continue
            p.views += p.base["views"] * k * lognorm(rnd, 1.0, 0.3)
            p.likes += p.base["likes"] * k * 0.25 * lognorm(rnd, 1.0, 0.4)
            add_comments(p, "livebot", p.base["comments"] * k * 0.5 + rnd.randint(3, 20))

    c.ops.append(op)


def fraud_fanclub(c: Creator, s: float) -> None:
    """Fan-club data work (饭圈做数据, 轮博): sock puppets repost, like and post slogans."""
    rnd = c.rnd
    genuine_celebrity(c, s)
    c.styles["fanbot"] = {
        "pool_size": rnd.randint(30, 400),
        "delay": rnd.uniform(0.05, 2.0),
        "spread": rnd.uniform(0.2, 6.0),
        "names": rnd.choice(("default", "nick_digits", "fan")),
    }
    k = 0.3 + 5.0 * s**1.3
    mode = rnd.choice(("all", "recent", "random"))
    frac = rnd.uniform(0.4, 1.0)
    if rnd.random() < 0.5:
        buy_burst(c, real_total(c) * (0.02 + 0.3 * s), rnd.uniform(3, c.days - 3), s)

    def op(cr: Creator) -> None:
        for p in select_posts(cr, mode, frac):
            if cr.norms.share_rate:
                p.shares += p.base["likes"] * k * rnd.uniform(0.3, 3.0 + 10.0 * s)
            p.likes += p.base["likes"] * k * lognorm(rnd, 1.0, 0.3)
            add_comments(p, "fanbot", p.base["comments"] * k * 0.8 * lognorm(rnd, 1.0, 0.4))

    c.ops.append(op)


def fraud_combo(c: Creator, s: float) -> list[str]:
    """Two or three base frauds together; returns their names."""
    rnd = c.rnd
    pairs = (
        ("followers_burst", "likes_bought"),
        ("followers_drip", "bot_comments"),
        ("followers_premium", "ai_praise"),
        ("likes_bought", "bot_comments"),
        ("pod", "follow_churn"),
        ("followers_burst", "bot_comments"),
        ("likes_bought", "ai_praise"),
        ("followers_drip", "likes_bought"),
        ("follow_churn", "likes_bought"),
        ("lure_spam", "followers_burst"),
    )
    if rnd.random() < 0.6:
        names = list(rnd.choice(pairs))
        if rnd.random() < 0.3:
            extra = rnd.choice([n for n in BASE_FRAUDS if n not in names])
            names.append(extra)
    else:
        names = rnd.sample(list(BASE_FRAUDS), rnd.choice((2, 2, 3)))
    for name in names:
        BASE_FRAUDS[name](c, min(1.0, max(0.04, s * lognorm(rnd, 1.0, 0.3))))
    return sorted(names)


# --------------------------------------------------------------------------------------
# Genuine events
# --------------------------------------------------------------------------------------


def nothing(c: Creator, s: float) -> None:
    """An ordinary creator: only the incidental events every creator may have."""
    del c, s


def genuine_koc(c: Creator, s: float) -> None:
    """Tiny KOC: few posts, close audience, high engagement rate per follower."""
    del s
    c.quality *= c.rnd.uniform(1.0, 2.5)
    c.fan_share = c.rnd.uniform(0.3, 0.6)
    c.extra_profile_posts = c.rnd.randint(0, 25)


def genuine_viral(c: Creator, s: float) -> None:
    """One post travels far beyond the audience; a follower surge follows."""
    del s
    rnd = c.rnd
    p = rnd.choice(c.posts[len(c.posts) // 4 :])
    p.q = max(p.q, 1.0) * rnd.uniform(15, 200)
    c.spam_rate += rnd.uniform(0.0, 0.02)


def genuine_giveaway(c: Creator, s: float) -> None:
    """Lucky draws: comment floods of entries and a hunter follow surge, partly undone."""
    del s
    rnd = c.rnd
    n = rnd.choice((1, 1, 2, 3))
    for p in rnd.sample(c.posts, min(n, len(c.posts))):
        add_giveaway(c, p, rnd.uniform(0.5, 1.0))


def add_giveaway(c: Creator, p: Post, strength: float) -> None:
    """One giveaway post: entries, reposts, likes and prize hunters following."""
    rnd = c.rnd
    p.sponsored = p.sponsored or rnd.random() < 0.35  # brands often fund the prizes
    p.q *= rnd.uniform(1.5, 4.0)
    mult = rnd.uniform(0.8, 6.0) * strength
    hunters = rnd.uniform(0.3, 1.0)
    draw = rnd.uniform(3, 14)
    keep = rnd.uniform(0.35, 0.8)

    def op(cr: Creator) -> None:
        entries = max(p.base["likes"] * mult, 20.0 * strength)
        add_comments(p, "giveaway", entries)
        p.likes += entries * rnd.uniform(0.8, 2.0)
        if cr.norms.share_rate:
            p.shares += entries * rnd.uniform(0.3, 1.2)

    c.ops.append(op)
    gain = (cr_likes_guess(c, p) * mult) * hunters * rnd.uniform(0.5, 1.5)
    series = pulse(c.days, p.day, gain, rnd.uniform(1, 3), keep, draw)
    add_stock(
        c, "giveaway", series, 0.15, {"hunter": rnd.uniform(0.4, 0.8), "active": 0.3, "lurker": 0.2}
    )


def cr_likes_guess(c: Creator, p: Post) -> float:
    """Expected organic likes of a post before metrics exist (for sizing events)."""
    e = engaged_audience(c, p.day)
    return e * c.norms.reach * size_factor(e) * c.quality * p.q * c.norms.like_rate


def genuine_shoutout(c: Creator, s: float) -> None:
    """A bigger account or news mention sends real, mostly passive followers."""
    del s
    rnd = c.rnd
    for _ in range(rnd.choice((1, 1, 2))):
        gain = real_total(c) * rnd.uniform(0.08, 0.8)
        series = pulse(
            c.days,
            rnd.uniform(5, c.days - 3),
            gain,
            rnd.uniform(1, 3),
            rnd.uniform(0.85, 0.98),
            rnd.uniform(5, 30),
        )
        add_stock(
            c,
            "shoutout",
            series,
            rnd.uniform(0.15, 0.4),
            {"active": 0.35, "lurker": 0.55, "org_bot": 0.05, "dormant": 0.05},
        )


def genuine_purge(c: Creator, s: float) -> None:
    """A platform bot sweep: a sudden drop, mostly bots leaving."""
    del s
    rnd = c.rnd
    c.real_mix["org_bot"] *= rnd.uniform(1.2, 2.5)
    c.stocks[0].mix = dict(c.real_mix)
    purge(c, rnd.randint(10, c.days - 2), rnd.uniform(0.4, 0.9))


def genuine_celebrity(c: Creator, s: float) -> None:
    """A celebrity: low engagement rate, fan clubs, zombie followers, verified."""
    del s
    rnd = c.rnd
    c.verified = True
    c.quality *= rnd.uniform(0.15, 0.6)
    c.real_mix["org_bot"] = min(0.5, c.real_mix["org_bot"] * rnd.uniform(1.0, 1.8))
    c.stocks[0].mix = dict(c.real_mix)
    star = rnd.choice(("哥哥", "姐姐", "宝贝", "老师")) if c.zh else c.display.split(" ")[0]
    pool = FAN_ZH if c.zh else FAN_EN
    slogans = [
        rnd.choice(pool).format(s=star) + rnd.choice(("", "！", "❤️", "💕"))
        for _ in range(rnd.randint(2, 6))
    ]
    c.styles["fan"] = {"star": star, "slogans": slogans, "slogan_share": rnd.uniform(0.0, 0.35)}
    c.organic_mix = {"organic": 1.0, "fan": rnd.uniform(0.3, 1.5)}
    c.share_mult = lognorm(rnd, 1.5, 0.8)  # fans repost their idol's posts
    c.spam_rate += rnd.uniform(0.0, 0.03)


def genuine_sponsored(c: Creator, s: float) -> None:
    """Many paid posts with an honest audience: ads underperform."""
    del s
    mark_sponsored(c, c.rnd.uniform(0.3, 0.7))


def genuine_platform_ads(c: Creator, s: float) -> None:
    """Creator (or its brands) buying official reach (DOU+, 薯条, Spark Ads) on many posts."""
    del s
    rnd = c.rnd
    c.promo_rate = rnd.uniform(0.5, 0.95)
    mark_sponsored(c, rnd.uniform(0.1, 0.4))
    share = rnd.uniform(0.1, 0.5)
    for p in c.posts:
        if rnd.random() < share:
            promote(c, p)


def genuine_mcn(c: Creator, s: float) -> None:
    """Agency-run creator: regular schedule, ads, roster mates commenting."""
    del s
    rnd = c.rnd
    mates_style(c, rnd.randint(4, 20))
    add_mates(c, rnd.uniform(0.3, 2.5))
    mark_sponsored(c, rnd.uniform(0.15, 0.5))
    hour = rnd.randint(17, 21)
    for p in c.posts:
        p.t = p.t.replace(hour=hour, minute=rnd.randint(0, 15))
        if p.t > c.as_of:
            p.t -= timedelta(days=1)
        p.day = (p.t.date() - c.start).days


def genuine_collab(c: Creator, s: float) -> None:
    """A collab with a brand or bigger creator: one post spikes and followers jump."""
    del s
    rnd = c.rnd
    p = rnd.choice(c.posts[len(c.posts) // 3 :])
    p.q = max(p.q, 1.0) * rnd.uniform(4, 30)
    p.sponsored = rnd.random() < 0.7
    p.collab = True
    gain = real_total(c) * rnd.uniform(0.05, 0.4)
    add_stock(
        c,
        "collab",
        pulse(c.days, p.day, gain, rnd.uniform(1, 4), rnd.uniform(0.85, 0.97), rnd.uniform(5, 20)),
        0.35,
        {"active": 0.4, "lurker": 0.5, "org_bot": 0.05, "dormant": 0.05},
    )
    bio_contact(c)


def setup_live(c: Creator, frac: float) -> None:
    """Turn a share of posts into live-commerce replays with tap-likes."""
    rnd = c.rnd
    c.live_taps = rnd.uniform(3.0, 40.0)
    for p in c.posts:
        if rnd.random() < frac:
            p.fmt = "live"
    c.real_mix["lurker"] *= 1.3
    c.stocks[0].mix = dict(c.real_mix)
    bio_contact(c)


def genuine_live(c: Creator, s: float) -> None:
    """Live-commerce seller: live replays, shopping questions, buyer lurkers."""
    del s
    setup_live(c, c.rnd.uniform(0.3, 0.8))


def genuine_high_following(c: Creator, s: float) -> None:
    """A community creator who follows thousands back, steadily."""
    del s
    rnd = c.rnd
    c.following = c.following + lognorm(rnd, 0.4, 0.5) * FOLLOW_CAP[c.platform]
    c.following *= np.linspace(1.0, rnd.uniform(1.0, 1.15), c.days)
    c.following = np.minimum(c.following, FOLLOW_CAP[c.platform])
    series = np.full(c.days, real_total(c) * rnd.uniform(0.05, 0.25))
    add_stock(c, "mutuals", series, 0.3, {"followback": 0.6, "active": 0.4})


def genuine_dormant(c: Creator, s: float) -> None:
    """A hiatus with slow follower loss, then a comeback."""
    del s
    rnd = c.rnd
    gap = rnd.randint(30, 120)
    split = rnd.randint(len(c.posts) // 3, 2 * len(c.posts) // 3)
    shift = timedelta(days=gap)
    for p in c.posts[:split]:
        p.t -= shift
        p.day -= gap
    org = c.stocks[0].series
    lo = max(0, c.posts[split - 1].day)
    hi = min(c.days, lo + gap)
    if hi > lo:
        drop = np.zeros(c.days)
        drop[lo:hi] = np.linspace(0.0, rnd.uniform(0.02, 0.1), hi - lo)
        drop[hi:] = drop[hi - 1]
        org *= 1.0 - drop


# --------------------------------------------------------------------------------------
# Archetype table
# --------------------------------------------------------------------------------------

LIVE_PLATFORMS = {
    "douyin": 0.45,
    "kuaishou": 0.3,
    "wechat_channels": 0.12,
    "tiktok": 0.08,
    "rednote": 0.05,
}
KOC_PLATFORMS = {"rednote": 0.55, "douyin": 0.25, "weibo": 0.05, "instagram": 0.1, "tiktok": 0.05}
CELEB_PLATFORMS = {
    "weibo": 0.35,
    "douyin": 0.2,
    "instagram": 0.2,
    "bilibili": 0.05,
    "youtube": 0.1,
    "tiktok": 0.1,
}
FANCLUB_PLATFORMS = {
    "weibo": 0.55,
    "douyin": 0.2,
    "bilibili": 0.1,
    "instagram": 0.1,
    "tiktok": 0.05,
}
SMALL = {"nano": 0.5, "micro": 0.4, "mid": 0.1}

SPECS: tuple[Spec, ...] = (
    Spec("organic_nano", 0, 0.05, nothing, {"nano": 1}),
    Spec("organic_micro", 0, 0.05, nothing, {"micro": 1}),
    Spec("organic_mid", 0, 0.035, nothing, {"mid": 1}),
    Spec("organic_macro", 0, 0.02, nothing, {"macro": 1}),
    Spec("koc_tiny", 0, 0.03, genuine_koc, {"koc": 1}, KOC_PLATFORMS, (10, 15)),
    Spec("viral_post", 0, 0.035, genuine_viral),
    Spec("giveaway", 0, 0.03, genuine_giveaway),
    Spec("shoutout", 0, 0.025, genuine_shoutout, SMALL),
    Spec("platform_purge", 0, 0.025, genuine_purge),
    Spec("celebrity_low_er", 0, 0.025, genuine_celebrity, {"celeb": 1}, CELEB_PLATFORMS),
    Spec("sponsored_heavy", 0, 0.035, genuine_sponsored),
    Spec("mcn_managed", 0, 0.03, genuine_mcn),
    Spec("platform_ads", 0, 0.02, genuine_platform_ads),
    Spec("brand_collab_spike", 0, 0.025, genuine_collab),
    Spec("live_commerce", 0, 0.03, genuine_live, None, LIVE_PLATFORMS),
    Spec("high_following", 0, 0.02, genuine_high_following, SMALL),
    Spec("dormant_return", 0, 0.015, genuine_dormant),
    Spec("followers_burst", 1, 0.035, fraud_followers_burst),
    Spec("followers_drip", 1, 0.03, fraud_followers_drip),
    Spec("followers_premium", 1, 0.03, fraud_followers_premium),
    Spec("likes_bought", 1, 0.035, fraud_likes),
    Spec("bot_comments", 1, 0.025, fraud_bot_comments),
    Spec("pod", 1, 0.03, fraud_pod, SMALL),
    Spec("ai_praise", 1, 0.03, fraud_ai),
    Spec("follow_churn", 1, 0.03, fraud_churn, SMALL),
    Spec("lure_spam", 1, 0.02, fraud_lure),
    Spec("prepitch_burst", 1, 0.025, fraud_prepitch, SMALL),
    Spec("sponsored_boost", 1, 0.025, fraud_sponsored_boost),
    Spec("data_package", 1, 0.025, fraud_data_package),
    Spec("mcn_farm", 1, 0.02, fraud_mcn_farm),
    Spec("koc_network", 1, 0.02, fraud_koc_network, {"koc": 0.5, "nano": 0.5}, KOC_PLATFORMS),
    Spec("brand_seeded", 1, 0.02, fraud_brand_seeded),
    Spec("live_boost", 1, 0.02, fraud_live_boost, None, LIVE_PLATFORMS),
    Spec("fanclub_data", 1, 0.02, fraud_fanclub, {"celeb": 0.8, "macro": 0.2}, FANCLUB_PLATFORMS),
    Spec("combo", 1, 0.065, nothing),
)


def incidental(c: Creator, spec: Spec) -> None:
    """Events any creator may have, so none of them is a label shortcut."""
    rnd = c.rnd
    if rnd.random() < 0.45 and spec.name not in ("koc_tiny",):
        mark_sponsored(c, rnd.uniform(0.03, 0.25))
    if rnd.random() < 0.06 and spec.name != "giveaway":
        add_giveaway(c, rnd.choice(c.posts), rnd.uniform(0.2, 0.6))
    if rnd.random() < 0.04 and spec.name != "platform_purge":
        purge(c, rnd.randint(1, c.days - 1), rnd.uniform(0.2, 0.6))
    if rnd.random() < 0.1 and c.posts:
        p = rnd.choice(c.posts)
        p.q *= rnd.uniform(3, 12)
    if rnd.random() < 0.2 and c.posts:
        for p in rnd.sample(c.posts, min(len(c.posts), rnd.randint(1, 4))):
            promote(c, p)


# --------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------


def render_history(c: Creator) -> tuple[list[Json], np.ndarray, np.ndarray]:
    """Daily (or gappy / weekly) follower snapshots; also returns the full series."""
    rnd = c.rnd
    total = np.zeros(c.days)
    for s in c.stocks:
        total += s.series
    followers = np.maximum(np.round(total), 0).astype(np.int64)
    following = np.maximum(np.round(c.following), 0).astype(np.int64)
    mode = pick(rnd, {"daily": 0.6, "gappy": 0.25, "weekly": 0.15})
    keep = np.ones(c.days, dtype=bool)
    if mode == "gappy":
        keep = c.rng.random(c.days) > rnd.uniform(0.05, 0.4)
        if rnd.random() < 0.5:
            a = rnd.randint(0, c.days - 10)
            keep[a : a + rnd.randint(5, 40)] = False
    elif mode == "weekly":
        keep = (np.arange(c.days) % 7) == (c.days - 1) % 7
    keep[-1] = True
    with_following = rnd.random() < 0.8
    out = []
    for t in np.nonzero(keep)[0]:
        row = {"date": day_str(c.start + timedelta(days=int(t))), "followers": int(followers[t])}
        if with_following:
            row["following"] = int(following[t])
        out.append(row)
    return out, followers, following


def render_posts(c: Creator, sampled: dict[str, int]) -> list[Json]:
    """Posts as a scraper exports them."""
    rnd, n = c.rnd, c.norms
    hide = (c.platform == "instagram" and rnd.random() < 0.06) or (
        c.platform == "youtube" and rnd.random() < 0.02
    )
    hide_all = rnd.random() < 0.5
    ks_unknown = c.platform == "kuaishou" and rnd.random() < 0.4
    out = []
    for p in c.posts:
        likes = nint(p.likes)
        d: Json = {
            "post_id": p.pid,
            "posted_at": iso(p.t),
            "format": p.fmt,
            "likes": likes,
            "comments": nint(p.comments),
        }
        if p.fmt in n.views_formats:
            d["views"] = max(likes, nint(p.views))
        if n.share_rate:
            d["shares"] = nint(p.shares)
        if n.save_rate:
            d["saves"] = nint(p.saves)
        if c.platform == "bilibili":
            d["coins"] = nint(p.coins)
            d["danmaku"] = nint(p.danmaku)
        if p.sponsored:
            d["sponsored"] = True
        elif rnd.random() < 0.3:
            d["sponsored"] = False
        if hide and (hide_all or rnd.random() < 0.5):
            d["likes"] = 0
            d["likes_unknown"] = True
        if ks_unknown:
            d["comments"] = sampled.get(p.pid, 0)
            d["comments_unknown"] = True
        out.append(d)
    return out


def allocate(c: Creator) -> list[int]:
    """How many comments the scraper took from each post."""
    rnd = c.rnd
    counts = [nint(p.comments) for p in c.posts]
    target = rnd.randint(100, 300) if rnd.random() < 0.88 else rnd.randint(300, 400)
    if sum(counts) <= target:
        return counts
    w = np.array([x**0.75 for x in counts], dtype=float)
    alloc = [0] * len(counts)
    left = target
    for _ in range(4):
        open_i = [i for i in range(len(counts)) if alloc[i] < counts[i]]
        if left <= 0 or not open_i:
            break
        ws = w[open_i] / w[open_i].sum()
        for i, share in zip(open_i, ws, strict=True):
            add = min(counts[i] - alloc[i], math.ceil(left * share))
            alloc[i] += add
        left = target - sum(alloc)
    return alloc


def render_comments(c: Creator) -> tuple[list[Json], dict[str, int]]:
    """The scraped comment sample, with authors, times, likes and creator replies."""
    rnd = c.rnd
    vis = VISIBILITY_HOT if c.hot_sort else {}
    out: list[Json] = []
    per_post: dict[str, int] = {}
    me = c.display if c.norms.zh else c.handle
    for p, k in zip(c.posts, allocate(c), strict=True):
        if k <= 0:
            continue
        kinds = [kk for kk, v in p.src.items() if v > 0]
        weights = [p.src[kk] * vis.get(kk, 1.0) for kk in kinds]
        if not kinds:
            continue
        drawn = rnd.choices(kinds, weights=weights, k=k)
        age_h = (c.as_of - p.t).total_seconds() / 3600.0
        rows: list[Json] = []
        for kind in drawn:
            delay = comment_delay(c, kind)
            if delay >= age_h:
                delay = age_h * rnd.random()
            when = p.t + timedelta(hours=delay)
            rows.append(
                {
                    "post_id": p.pid,
                    "author": comment_author(c, kind),
                    "text": comment_text(c, kind, p),
                    "posted_at": iso(when),
                    "likes": max(0, comment_likes(c, kind, p)),
                }
            )
            rate = c.reply_rate * (2.5 if kind == "lure" else 1.0)
            if kind in ("organic", "lure", "mate", "liveq", "net", "pod") and rnd.random() < rate:
                rdelay = delay + lognorm(rnd, 3.0, 1.2)
                if rdelay < age_h:
                    rows.append(
                        {
                            "post_id": p.pid,
                            "author": me,
                            "text": reply_text(c, kind),
                            "posted_at": iso(p.t + timedelta(hours=rdelay)),
                            "likes": int(comment_likes(c, "organic", p) * 1.5),
                            "from_creator": True,
                        }
                    )
        if c.hot_sort:
            rows.sort(key=lambda r: -r["likes"])
        else:
            rows.sort(key=lambda r: r["posted_at"])
        per_post[p.pid] = len(rows)
        out.extend(rows)
    return out, per_post


def render_sample(c: Creator) -> list[Json]:
    """A random sample of follower profiles drawn from the follower groups at as_of."""
    weights: dict[str, float] = {}
    for s in c.stocks:
        amount = max(float(s.series[-1]), 0.0)
        tot = sum(s.mix.values())
        for k, w in s.mix.items():
            weights[k] = weights.get(k, 0.0) + amount * w / tot
    kinds = [k for k, w in weights.items() if w > 0]
    if not kinds:
        return []
    n = c.rnd.randint(50, 200)
    probs = np.array([weights[k] for k in kinds])
    drawn = c.rng.multinomial(n, probs / probs.sum())
    out: list[Json] = []
    for k, m in zip(kinds, drawn, strict=True):
        out.extend(account(c, k) for _ in range(int(m)))
    c.rnd.shuffle(out)
    return out


def render(c: Creator, spec_name: str, label: int) -> Json:
    """Assemble the record."""
    rnd = c.rnd
    history, followers, following = render_history(c)
    comments, per_post = render_comments(c)
    rec: Json = {
        "creator_id": f"{c.platform}:{digits(rnd, 11)}",
        "platform": c.platform,
        "handle": c.handle,
        "as_of": iso(c.as_of),
    }
    created = c.start - timedelta(days=int(lognorm(rnd, 700, 0.8)))
    created = max(created, date(c.norms.launched, 1, 1))
    profile: Json = {
        "followers": int(followers[-1]),
        "following": int(following[-1]),
        "posts": len(c.posts) + c.extra_profile_posts,
        "verified": c.verified,
        "created_at": day_str(created),
        "bio": c.bio,
        "category": c.category,
        "country": country(c),
    }
    if rnd.random() < 0.05:
        back = rnd.randint(1, min(30, c.days - 1))
        profile["followers"] = int(followers[-1 - back])
        profile["observed_at"] = day_str(c.as_of.date() - timedelta(days=back))
        history = [h for h in history if h["date"] <= profile["observed_at"]]
    for key in ("following", "created_at", "bio", "country", "category"):
        if rnd.random() < 0.08:
            profile.pop(key, None)
    rec["profile"] = profile
    if rnd.random() < 0.82:
        rec["follower_history"] = history
    rec["posts"] = render_posts(c, per_post)
    rec["comments"] = comments
    if rnd.random() < 0.78:
        rec["follower_sample"] = render_sample(c)
    rec["label"] = label
    rec["archetype"] = spec_name
    return rec


def country(c: Creator) -> str:
    """Where the creator says it is based."""
    if c.norms.zh:
        return "CN"
    if c.zh:
        return c.rnd.choice(("CN", "TW", "SG", "MY", "HK", "US"))
    return pick(
        c.rnd,
        {
            "US": 0.45,
            "GB": 0.12,
            "CA": 0.08,
            "AU": 0.07,
            "PH": 0.06,
            "IN": 0.07,
            "NG": 0.03,
            "DE": 0.04,
            "SG": 0.03,
            "ID": 0.05,
        },
    )


# --------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------


def make_record(seed: int, i: int) -> Json:
    """Build creator i of a run with the given seed."""
    rng = np.random.default_rng([seed, i, 20240601])
    rnd = random.Random(int(rng.integers(0, 2**62)))
    label = int(rnd.random() < 0.5)
    group = [s for s in SPECS if s.label == label]
    spec = rnd.choices(group, weights=[s.weight for s in group])[0]
    c = new_creator(rng, rnd, spec)
    build_baseline(c, spec)
    name = spec.name
    s = intensity(rnd)
    if spec.name == "combo":
        name = "combo:" + "+".join(fraud_combo(c, s))
    else:
        spec.apply(c, s)
    incidental(c, spec)
    organic_metrics(c)
    add_post_bumps(c)
    organic_metrics(c)
    for op in c.ops:
        op(c)
    return render(c, name, label)


def generate(n: int, seed: int) -> Iterator[Json]:
    """Yield n labelled creator records; record i depends only on (seed, i)."""
    for i in range(n):
        yield make_record(seed, i)


def write_jsonl(fh: TextIO, n: int, seed: int) -> None:
    """Write n records, one JSON object per line."""
    fh.writelines(
        json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n"
        for rec in generate(n, seed)
    )


def main(argv: list[str] | None = None) -> int:
    """Write creators as JSONL."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", default="-")
    args = ap.parse_args(argv)
    if args.out == "-":
        write_jsonl(sys.stdout, args.n, args.seed)
    else:
        with open(args.out, "w", encoding="utf-8") as fh:
            write_jsonl(fh, args.n, args.seed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

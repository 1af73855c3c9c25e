"""charlie_sim: an independent simulator of labelled social-media creators (genuine and fraudulent).

Each record follows ``creator.schema.json`` (profile, follower_history, posts, comments,
follower_sample) plus two extra keys: ``label`` (1 = fraudulent, 0 = genuine) and
``archetype`` (short name; combined frauds as ``combo:a+b``).  Record i depends only on
(seed, i).  Standard library + numpy only.

Usage: python charlie_sim.py --n 2000 --seed 303 --out creators.jsonl

Archetypes (target share of all records)
----------------------------------------
Genuine (label 0, ~50%):
  ordinary_nano (1k-10k followers) 6%, ordinary_micro (10k-100k) 8%, ordinary_mid (100k-500k) 6%,
  ordinary_macro (500k-2M) 4%, ordinary_mega (2M-30M) 2%        -- messy ordinary creators
  tiny_koc 4%          a 150-2.5k follower consumer with 10-16 posts, noisy counts, few comments
  viral_post 4%        one post explodes, followers surge for days, then settle
  giveaway 3%          a lucky-draw post: comment flood of "抽我"/"@friend", follow spike, unfollows after
  shoutout 3%          a bigger account mentions the creator: multi-day follower jump without own viral post
  bot_purge 3%         platform removes bots: sudden 3-15% follower drop
  celebrity_low_er 2.5%  3M-80M followers, engagement rate 0.02-0.5%, many inactive followers
  spam_magnet 2%       big genuine account whose comments attract third-party lure spam and bots
  idol_fandom 1.5%     fans post templated "control comments" (控评) -- repetitive but real
  legacy_decline 1%    old account, slowly losing followers, low engagement from a dormant audience
Fraud (label 1, ~50%; labels balanced exactly within each pair of indices 2k, 2k+1), every component with an intensity drawn from Beta(1.2, 1.9) (mostly subtle):
  bought_followers_burst 5%   1-4 purchased bursts (blatant: one day; subtle: spread over a week), later decay
  bought_followers_drip 4%    steady scheduled delivery, low day-to-day variance, abrupt start/stop
  bought_followers_premium 4% "real-looking" aged accounts with avatars/posts, delivered over days
  bought_likes 5%            like packages (rounded sizes) on a share of posts, no matching comments/saves/views
  bought_views 2%            view packages on video platforms, like/view ratio collapses
  bot_comments 4%            repeated generic/emoji comments from default-named bot pools, batch timing, 0 likes
  engagement_pod 4%          pods / mutual-boost groups (互赞群): the same 8-60 accounts comment fast on every post
  ai_praise 4%               machine-written, fluent, formulaic praise from plausible accounts
  follow_churn 4%            follow/unfollow waves: following count saw-tooth, follow-backs that never engage
  lure_spam 3%               comment section driven by the creator's own/hired lure spam ring (引流) with
                             disguised contact/"resource" hooks; comment counts inflated
  combo:a+b (a few a+b+c) 11% common pairings (followers+likes, followers+bot comments, pod+ai, ...)

Main assumptions
----------------
* Platforms: douyin .17, rednote .14, weibo .10, kuaishou .07, bilibili .07, wechat_channels .05
  (Chinese = 60%), instagram .15, tiktok .15, youtube .10.  Chinese platforms -> Chinese text;
  global platforms -> English (~82%) or Chinese (overseas Chinese creators).
* Per-post likes = real followers at post time x creator engagement rate x lognormal post
  noise (sigma 0.7-1.2 by platform) x maturity (young posts still accumulating).  The engagement
  rate falls with size (ER ~ er10k * (F/1e4)^-b) and varies ~x1.8 between creators.
  Comments, shares, saves, views, coins, danmaku follow platform ratios with their own noise.
  Fields a platform does not show publicly are omitted (IG shares/saves, RedNote views...).
* Bought followers never engage; bought likes do not bring comments, saves or views; bot
  comments carry no likes; pods comment within hours; AI praise is long, fluent and on-topic.
* Genuine audiences contain lurkers, default-named accounts and some natural bots (more for
  big and old accounts); genuine comment sections hold some generic/emoji/mention-only
  comments and a little third-party spam.
* Quirks: ~6% of Instagram creators hide likes (likes_unknown); ~50% of Kuaishou exports
  have no comment counts (comments_unknown, lower bound = exported comments).  Blocks are
  included per record: follower_history ~75% (daily, 90-365 days, small gaps), follower_sample
  ~65% (50-200 accounts), comments ~97%; a few records without history carry an older
  profile snapshot (profile.observed_at).
* Times are UTC (Z); Chinese platforms post on a UTC+8 daily rhythm.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import hashlib
import json
import math
import random
import sys
import time
from collections.abc import Iterator
from typing import IO, Any, TypedDict

import numpy as np

# --------------------------------------------------------------------------------------------
# archetype tables
# --------------------------------------------------------------------------------------------
GENUINE = [
    ("ordinary_nano", 6.0),
    ("ordinary_micro", 8.0),
    ("ordinary_mid", 6.0),
    ("ordinary_macro", 4.0),
    ("ordinary_mega", 2.0),
    ("tiny_koc", 4.0),
    ("viral_post", 4.0),
    ("giveaway", 3.0),
    ("shoutout", 3.0),
    ("bot_purge", 3.0),
    ("celebrity_low_er", 2.5),
    ("spam_magnet", 2.0),
    ("idol_fandom", 1.5),
    ("legacy_decline", 1.0),
]
FRAUD = [
    ("bought_followers_burst", 5.0),
    ("bought_followers_drip", 4.0),
    ("bought_followers_premium", 4.0),
    ("bought_likes", 5.0),
    ("bought_views", 2.0),
    ("bot_comments", 4.0),
    ("engagement_pod", 4.0),
    ("ai_praise", 4.0),
    ("follow_churn", 4.0),
    ("lure_spam", 3.0),
    ("combo", 11.0),
]
COMBO_PAIRS = [
    (("bought_followers_burst", "bought_likes"), 5),
    (("bought_followers_burst", "bot_comments"), 4),
    (("bought_followers_drip", "bought_likes"), 3),
    (("bought_followers_premium", "ai_praise"), 3),
    (("bought_followers_premium", "bought_likes"), 3),
    (("engagement_pod", "ai_praise"), 2),
    (("bought_likes", "bot_comments"), 4),
    (("bought_likes", "ai_praise"), 3),
    (("follow_churn", "bought_likes"), 2),
    (("follow_churn", "engagement_pod"), 2),
    (("bought_followers_drip", "bot_comments"), 2),
    (("bought_views", "bought_likes"), 2),
    (("bought_followers_burst", "lure_spam"), 1),
    (("bought_followers_burst", "bought_likes", "bot_comments"), 2),
    (("bought_followers_premium", "bought_likes", "ai_praise"), 1),
    (("bought_followers_drip", "engagement_pod"), 1),
]
FOLLOWER_FRAUDS = ("bought_followers_burst", "bought_followers_drip", "bought_followers_premium")
ZH_PLATFORMS = ("douyin", "kuaishou", "rednote", "weibo", "bilibili", "wechat_channels")
PLATFORM_W = [
    ("douyin", 0.17),
    ("rednote", 0.14),
    ("weibo", 0.10),
    ("kuaishou", 0.07),
    ("bilibili", 0.07),
    ("wechat_channels", 0.05),
    ("instagram", 0.15),
    ("tiktok", 0.15),
    ("youtube", 0.10),
]
VIDEO_PLATFORMS = ("douyin", "kuaishou", "bilibili", "tiktok", "youtube")


class PlatformCfg(TypedDict):
    """Per-platform engagement parameters (see the comment on PCFG)."""

    er: float
    b: float
    sig: float
    cr: float
    views: tuple[float, float] | None
    shares: float | None
    saves: float | None
    fmt: tuple[tuple[str, float], ...]


# er = median likes / followers per post at 10k followers; b = size exponent; sig = post sigma;
# cr = comments per like; views = (prob views shown, views per like); shares/saves per like (None = hidden)
PCFG: dict[str, PlatformCfg] = {
    "douyin": PlatformCfg(
        er=0.030,
        b=0.15,
        sig=1.05,
        cr=0.040,
        views=(0.5, 28.0),
        shares=0.05,
        saves=0.045,
        fmt=(("video", 0.92), ("image", 0.08)),
    ),
    "kuaishou": PlatformCfg(
        er=0.025,
        b=0.15,
        sig=0.95,
        cr=0.050,
        views=(0.9, 35.0),
        shares=0.03,
        saves=0.02,
        fmt=(("video", 0.95), ("image", 0.05)),
    ),
    "rednote": PlatformCfg(
        er=0.045,
        b=0.20,
        sig=1.2,
        cr=0.085,
        views=None,
        shares=0.05,
        saves=0.65,
        fmt=(("image", 0.7), ("video", 0.3)),
    ),
    "weibo": PlatformCfg(
        er=0.006,
        b=0.22,
        sig=1.0,
        cr=0.25,
        views=(0.35, 60.0),
        shares=0.30,
        saves=None,
        fmt=(("text", 0.35), ("image", 0.45), ("video", 0.2)),
    ),
    "bilibili": PlatformCfg(
        er=0.020,
        b=0.12,
        sig=0.9,
        cr=0.07,
        views=(1.0, 22.0),
        shares=0.04,
        saves=0.30,
        fmt=(("video", 1.0),),
    ),
    "wechat_channels": PlatformCfg(
        er=0.015,
        b=0.15,
        sig=1.0,
        cr=0.12,
        views=None,
        shares=0.60,
        saves=None,
        fmt=(("video", 0.95), ("live", 0.05)),
    ),
    "instagram": PlatformCfg(
        er=0.035,
        b=0.20,
        sig=0.75,
        cr=0.025,
        views=(0.6, 18.0),
        shares=None,
        saves=None,
        fmt=(("image", 0.55), ("video", 0.45)),
    ),
    "tiktok": PlatformCfg(
        er=0.050,
        b=0.15,
        sig=1.2,
        cr=0.012,
        views=(1.0, 11.0),
        shares=0.015,
        saves=0.04,
        fmt=(("video", 1.0),),
    ),
    "youtube": PlatformCfg(
        er=0.006,
        b=0.12,
        sig=0.9,
        cr=0.05,
        views=(1.0, 30.0),
        shares=None,
        saves=None,
        fmt=(("video", 0.92), ("live", 0.08)),
    ),
}

# --------------------------------------------------------------------------------------------
# vocabulary
# --------------------------------------------------------------------------------------------
ZH_CAT = {
    "beauty": [
        "口红",
        "粉底液",
        "眼影盘",
        "腮红",
        "防晒",
        "面膜",
        "精华",
        "卸妆油",
        "睫毛膏",
        "遮瑕",
        "香水",
        "素颜霜",
    ],
    "fashion": [
        "穿搭",
        "大衣",
        "牛仔裤",
        "小白鞋",
        "连衣裙",
        "包包",
        "针织衫",
        "西装外套",
        "卫衣",
        "半身裙",
    ],
    "food": [
        "火锅",
        "烧烤",
        "奶茶",
        "蛋糕",
        "螺蛳粉",
        "小龙虾",
        "家常菜",
        "早餐",
        "面包",
        "咖啡",
        "红烧肉",
        "酸菜鱼",
    ],
    "travel": [
        "大理",
        "成都",
        "重庆",
        "三亚",
        "新疆",
        "西藏",
        "厦门",
        "民宿",
        "青岛",
        "西安",
        "景德镇",
        "阿勒泰",
    ],
    "tech": [
        "手机",
        "耳机",
        "笔记本",
        "相机",
        "平板",
        "键盘",
        "显示器",
        "充电宝",
        "手表",
        "路由器",
    ],
    "fitness": ["减脂", "增肌", "跑步", "瑜伽", "普拉提", "深蹲", "饮食", "体态", "跳绳", "马甲线"],
    "parenting": ["宝宝", "辅食", "早教", "绘本", "二胎", "幼儿园", "睡眠", "奶粉", "推车"],
    "pets": ["猫咪", "狗狗", "柯基", "布偶", "橘猫", "猫粮", "金毛", "仓鼠", "猫砂"],
    "gaming": ["原神", "王者", "新皮肤", "排位", "开黑", "抽卡", "主机", "steam", "新赛季"],
    "finance": ["基金", "理财", "存钱", "副业", "房贷", "定投", "记账", "年终奖"],
    "education": ["考研", "英语", "雅思", "笔记", "自律", "学习方法", "考公", "背单词", "错题本"],
    "home": ["装修", "收纳", "租房改造", "沙发", "软装", "厨房", "灯光", "窗帘"],
    "lifestyle": ["vlog", "日常", "周末", "下班", "独居", "早起", "咖啡店", "通勤"],
}
EN_CAT = {
    "beauty": [
        "lipstick",
        "foundation",
        "palette",
        "blush",
        "sunscreen",
        "serum",
        "mascara",
        "concealer",
        "skincare routine",
        "perfume",
    ],
    "fashion": [
        "outfit",
        "coat",
        "jeans",
        "sneakers",
        "dress",
        "bag",
        "cardigan",
        "blazer",
        "hoodie",
        "boots",
    ],
    "food": [
        "ramen",
        "pasta",
        "burger",
        "cake",
        "tacos",
        "sourdough",
        "coffee",
        "dumplings",
        "brunch",
        "curry",
    ],
    "travel": [
        "Lisbon",
        "Tokyo",
        "Bali",
        "the Alps",
        "Iceland",
        "road trip",
        "Airbnb",
        "Kyoto",
        "NYC",
        "Mexico City",
    ],
    "tech": [
        "phone",
        "earbuds",
        "laptop",
        "camera",
        "tablet",
        "keyboard",
        "monitor",
        "desk setup",
        "smartwatch",
    ],
    "fitness": [
        "workout",
        "leg day",
        "running",
        "yoga",
        "pilates",
        "meal prep",
        "squats",
        "protein",
        "5k",
    ],
    "parenting": ["toddler", "baby", "bedtime routine", "school lunch", "newborn", "stroller"],
    "pets": ["cat", "puppy", "corgi", "golden", "kitten", "dog food", "rescue pup"],
    "gaming": ["build", "ranked", "new season", "boss fight", "speedrun", "controller", "patch"],
    "finance": ["budget", "index funds", "side hustle", "savings", "mortgage", "401k"],
    "education": ["study tips", "notes", "IELTS", "exam prep", "flashcards", "productivity"],
    "home": ["renovation", "organizing", "apartment", "couch", "lighting", "kitchen"],
    "lifestyle": ["vlog", "morning routine", "weekend", "day in my life", "coffee run", "commute"],
}
CATS = list(ZH_CAT)
ZH_ADJ = [
    "快乐的",
    "爱吃",
    "不吃香菜的",
    "会飞的",
    "温柔的",
    "迷糊的",
    "今天也要",
    "努力的",
    "一只",
    "小",
    "睡不醒的",
    "想去旅行的",
    "爱笑的",
    "安静的",
    "emo的",
    "躺平的",
    "元气",
    "软萌",
    "佛系",
    "熬夜的",
    "晒太阳的",
    "失眠的",
]
ZH_NOUN = [
    "橘子",
    "小鱼",
    "兔子",
    "西瓜",
    "猫咪",
    "奶茶",
    "土豆",
    "饺子",
    "月亮",
    "星星",
    "阿狸",
    "布丁",
    "小熊",
    "桃子",
    "柠檬",
    "芒果",
    "汤圆",
    "包子",
    "咸鱼",
    "鲸鱼",
    "考拉",
    "小鹿",
    "萝卜",
    "泡芙",
    "可乐",
    "棉花糖",
    "少年",
    "打工人",
    "干饭人",
    "大白",
    "栗子",
    "海盐",
    "晚风",
    "云朵",
    "果冻",
    "麻薯",
    "小羊",
    "山竹",
]
ZH_SUF = [
    "",
    "",
    "",
    "",
    "酱",
    "呀",
    "吖",
    "233",
    "的日常",
    "本人",
    "ovo",
    "_",
    "🍊",
    "er",
    "大王",
    "同学",
    "🌙",
    "子",
]
ZH_SURN = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
)
ZH_GIVEN = [
    "小夕",
    "默",
    "子涵",
    "一诺",
    "梓萱",
    "浩然",
    "雨桐",
    "欣怡",
    "思远",
    "嘉怡",
    "晨",
    "可可",
    "安安",
    "诗琪",
    "宇轩",
    "佳琪",
    "俊杰",
    "婷婷",
    "晓雯",
    "明",
    "一帆",
    "若溪",
    "沐阳",
    "星辰",
    "瑶瑶",
    "乐乐",
]
PINYIN = [
    "xiao",
    "yu",
    "lin",
    "chen",
    "mei",
    "tian",
    "yang",
    "jia",
    "qi",
    "hao",
    "xin",
    "yue",
    "an",
    "le",
    "zi",
    "wen",
    "ming",
    "ting",
    "rui",
    "ke",
    "nan",
    "bei",
    "shan",
    "yun",
    "feng",
    "lu",
    "mo",
    "xi",
]
EN_FIRST = [
    "jess",
    "mike",
    "sarah",
    "alex",
    "emma",
    "chris",
    "olivia",
    "dan",
    "mia",
    "josh",
    "chloe",
    "ryan",
    "lily",
    "matt",
    "zoe",
    "kate",
    "sam",
    "nina",
    "ben",
    "ava",
    "leo",
    "grace",
    "tom",
    "maya",
    "jake",
    "ella",
    "noah",
    "ivy",
    "luke",
    "ruby",
    "anna",
    "max",
    "sophie",
    "liam",
    "hannah",
    "kai",
    "jen",
    "tyler",
]
EN_LAST = [
    "smith",
    "lee",
    "nguyen",
    "garcia",
    "brown",
    "kim",
    "wong",
    "miller",
    "davis",
    "lopez",
    "chen",
    "wilson",
    "martin",
    "clark",
    "lewis",
    "walker",
    "hall",
    "young",
    "king",
    "scott",
    "green",
    "baker",
    "adams",
]
EN_WORDS = [
    "sunny",
    "wander",
    "coffee",
    "pixel",
    "moon",
    "daily",
    "lost",
    "happy",
    "salty",
    "cozy",
    "vibes",
    "studio",
    "eats",
    "travels",
    "art",
    "life",
    "plant",
    "golden",
    "wild",
    "tiny",
    "urban",
    "honey",
]
EMO_ZH_BR = {
    "rednote": [
        "[笑哭R]",
        "[哭惹R]",
        "[派对R]",
        "[赞R]",
        "[害羞R]",
        "[飞吻R]",
        "[偷笑R]",
        "[石化R]",
        "[买爆R]",
        "[萌萌哒R]",
    ],
    "weibo": [
        "[允悲]",
        "[doge]",
        "[二哈]",
        "[赞]",
        "[笑cry]",
        "[心]",
        "[抱抱]",
        "[跪了]",
        "[吃瓜]",
        "[哈哈]",
    ],
    "bilibili": [
        "[doge]",
        "[笑哭]",
        "[藏狐]",
        "[脱单doge]",
        "[支持]",
        "[打call]",
        "[妙啊]",
        "[吃瓜]",
        "[OK]",
    ],
    "douyin": [
        "[捂脸]",
        "[赞]",
        "[比心]",
        "[呲牙]",
        "[流泪]",
        "[偷笑]",
        "[666]",
        "[玫瑰]",
        "[看]",
        "[灵机一动]",
    ],
    "kuaishou": ["[捂脸]", "[赞]", "[玫瑰]", "[呲牙]", "[抱抱]", "[奸笑]", "[666]", "[鼓掌]"],
    "wechat_channels": [
        "[强]",
        "[玫瑰]",
        "[捂脸]",
        "[呲牙]",
        "[偷笑]",
        "[抱拳]",
        "[爱心]",
        "[旺柴]",
    ],
}
EMOJI = [
    "😂",
    "🤣",
    "😍",
    "🥰",
    "❤️",
    "👍",
    "🔥",
    "✨",
    "😭",
    "🙏",
    "👏",
    "💕",
    "😆",
    "🤔",
    "😳",
    "🥹",
    "💯",
    "🌹",
    "😊",
    "🙌",
    "👀",
    "💪",
    "😅",
    "🤩",
    "🫶",
    "😮",
    "🤤",
    "😎",
    "💖",
    "🌸",
]

ZH_REACT = [
    "哈哈哈",
    "笑死",
    "绝了",
    "太好看了吧",
    "好可爱",
    "爱了爱了",
    "好美",
    "啊啊啊啊",
    "救命",
    "我哭死",
    "牛",
    "6666",
    "yyds",
    "绝绝子",
    "太真实了",
    "有被笑到",
    "好家伙",
    "蹲一个",
    "马住",
    "码住了",
    "学到了",
    "破防了",
    "这也太",
    "好治愈",
    "羡慕了",
    "心动了",
    "好绝",
    "太香了",
    "哇塞",
    "离谱",
    "笑不活了",
    "这谁顶得住",
    "狠狠心动",
    "我的天",
    "泪目",
    "好有感觉",
    "太可了",
    "家人们谁懂啊",
    "真的会谢",
    "好喜欢",
]
ZH_Q = [
    "{n}是哪个牌子的？",
    "请问{n}在哪买的呀",
    "博主{n}用多久了",
    "求{n}链接",
    "这个{n}适合{who}吗",
    "多少钱啊",
    "地址在哪里？",
    "第{k}张那个是什么",
    "可以出个{n}教程吗",
    "现在去人多吗",
    "求问bgm",
    "这个是什么色号",
    "{n}会不会踩雷",
    "新手可以入{n}吗",
    "{who}能用吗",
    "博主身高体重多少呀",
    "有平替吗",
    "这个{n}还有货吗",
    "链接能发一下吗",
    "在哪个城市呀",
    "请问用的什么相机",
    "几点去的啊",
    "会不会很难",
    "一个月能瘦多少",
]
ZH_WHO = [
    "油皮",
    "干皮",
    "敏感肌",
    "学生党",
    "新手",
    "小个子",
    "梨形身材",
    "上班族",
    "宝妈",
    "一个人",
    "老人",
]
ZH_EXP = [
    "我也买了{n}，{op}",
    "上次去也是这样，{op}",
    "跟我家的一模一样{e}",
    "我用了{m}个月了，{op}",
    "昨天刚试过，{op}",
    "我妈也天天说{n}的事哈哈",
    "去年冬天买的{n}，{op}",
    "看完立刻下单了{n}",
    "之前踩过{n}的坑，{op}",
    "我们那边的{n}也很好，{op}",
    "同款{n}！{op}",
    "室友推荐给我的，{op}",
    "本来想买{n}的，看完决定再等等",
]
ZH_OP = [
    "真的好用",
    "没想到这么值",
    "感觉还行吧",
    "一般般",
    "踩雷了",
    "回购第三次了",
    "性价比很高",
    "有点失望",
    "效果挺明显的",
    "用着很舒服",
    "就是有点贵",
    "颜色比图上深",
    "完全被种草",
    "不太适合我",
    "居然还不错",
]
ZH_PRAISE = [
    "{n}颜色好显白",
    "这个{n}看起来好高级",
    "第{k}张好绝",
    "构图好舒服",
    "剪辑好用心",
    "博主的审美好在线",
    "讲得好清楚，终于懂了",
    "这期{n}好实用",
    "光线好好看",
    "博主声音好好听",
    "这个角度绝了",
    "拍得好有氛围感",
    "{n}搭配得好好看",
    "每次看你的视频都很放松",
    "内容越来越好了",
    "比那些大博主讲得明白",
]
ZH_CRIT = [
    "感觉一般啊",
    "有点贵了",
    "广告吧这是",
    "滤镜太重了",
    "不太认同",
    "又恰饭",
    "价格劝退",
    "这也能火？",
    "说得太绝对了",
    "上次买了踩雷了",
    "标题党",
    "没有以前好看了",
    "能不能少接点广告",
]
ZH_CHAT = [
    "第一！",
    "前排",
    "沙发",
    "来晚了",
    "终于更新了",
    "等好久了",
    "天天催更",
    "今天也在努力",
    "打卡",
    "刷到好几次了",
    "凌晨三点还在刷",
    "谁懂啊",
    "评论区好热闹",
    "被推荐过来的",
    "第一次刷到博主",
    "老粉报道",
    "从{k}万粉就关注了",
    "下班路上看",
    "上课偷偷看",
    "想去{n}",
    "周末就去",
    "已经转给闺蜜了",
    "考完试来看",
    "明天就出发",
]
ZH_MENTION_TAIL = [
    "快看",
    "这不就是你",
    "周末去？",
    "我们也去",
    "给你看",
    "哈哈哈哈像不像你",
    "下次带我",
    "求同款",
    "",
]
ZH_PART = [
    "",
    "",
    "",
    "啊",
    "呀",
    "哈哈",
    "！",
    "！！",
    "～",
    "hhh",
    "。",
    "吧",
    "嘛",
    "诶",
    "…",
    "?",
]

EN_REACT = [
    "omg",
    "lmaooo",
    "this is so cute",
    "obsessed",
    "love this",
    "need this",
    "i'm screaming",
    "so pretty",
    "stunning",
    "the vibes",
    "ok this is genius",
    "wait what",
    "no bc why is this so accurate",
    "crying",
    "literally me",
    "this made my day",
    "chef's kiss",
    "10/10",
    "iconic",
    "so satisfying",
    "how is this real",
    "i felt that",
    "yesss",
    "the way i gasped",
    "adorable",
    "this is everything",
    "big mood",
    "wow just wow",
]
EN_Q = [
    "where is this?",
    "what shade is the {n}?",
    "link to the {n}?",
    "how long did this take?",
    "what camera do you use?",
    "is the {n} worth it?",
    "does this work for {who}?",
    "where did you get the {n}",
    "what song is this?",
    "can you do a tutorial on the {n}?",
    "how much was it?",
    "is it good for beginners?",
    "which brand?",
    "what's the name of the place?",
    "how tall are you btw",
    "any dupes for the {n}?",
    "part 2??",
]
EN_WHO = [
    "oily skin",
    "beginners",
    "small spaces",
    "petite girls",
    "students",
    "sensitive skin",
    "seniors",
    "cats",
]
EN_EXP = [
    "i bought the {n} last month and {op}",
    "my {n} does the exact same thing {e}",
    "tried this yesterday, {op}",
    "been using the {n} for {m} months, {op}",
    "went there last summer and {op}",
    "my mom has the same {n} lol",
    "saw this and ordered the {n} immediately",
    "we did this on our trip and {op}",
    "had the {n} for a year, {op}",
]
EN_OP = [
    "honestly love it",
    "not worth the hype",
    "it's fine i guess",
    "it broke after a week",
    "10/10 recommend",
    "totally changed my routine",
    "kinda overpriced",
    "so much better than expected",
    "still obsessed",
    "didn't work for me",
    "it was amazing",
]
EN_PRAISE = [
    "the lighting in this is perfect",
    "your {n} looks amazing",
    "the editing on this is so clean",
    "slide {k} is my favorite",
    "love how you explained the {n}",
    "your content keeps getting better",
    "this is the best {n} video i've seen",
    "the colors are gorgeous",
    "such a calming video",
    "you explain things so well",
    "the transition at the end",
]
EN_CRIT = [
    "kinda overpriced tbh",
    "ad?",
    "not a fan of the filter",
    "this is misleading",
    "clickbait",
    "the old content was better",
    "too many sponsors lately",
    "disagree with this one",
    "meh",
]
EN_CHAT = [
    "first",
    "early gang",
    "who's here in 2025",
    "the algorithm brought me here",
    "been here since {k}k",
    "watching this at 3am",
    "finally a new post!!",
    "came here from tiktok",
    "sending this to my sister",
    "saving this",
    "need a part 2",
    "this popped up on my fyp",
    "commenting for the algorithm",
]
EN_MENTION_TAIL = [
    "look",
    "us fr",
    "this is you",
    "we need to go",
    "omg",
    "lol",
    "",
    "remember this?",
]

ZH_CREATOR_REPLY = [
    "谢谢宝子～",
    "哈哈是的",
    "是{n}哦",
    "谢谢喜欢",
    "下次出教程！",
    "主页有链接哦",
    "对的对的",
    "你太懂了",
    "已经在安排啦",
    "嗯嗯 很适合",
    "好的呀",
    "哈哈哈哈",
    "么么",
    "被你发现了",
    "真的！",
    "感谢支持",
    "下期就讲{n}",
    "不是广告哈哈 自己买的",
    "对 就是这家",
    "谢谢提醒",
]
EN_CREATOR_REPLY = [
    "thank you!!",
    "haha yes",
    "it's the {n}!",
    "link in bio",
    "so glad you like it",
    "omg thank you",
    "tutorial coming soon!",
    "right?? 😂",
    "❤️",
    "appreciate you!",
    "yes!!",
    "not sponsored lol",
    "good eye",
    "thanks for watching",
    "hope it helps",
]

BOT_ZH = [
    "好看",
    "支持",
    "赞",
    "👍👍👍",
    "太棒了",
    "不错不错",
    "优秀",
    "真好",
    "666",
    "加油",
    "漂亮",
    "厉害了",
    "学习了",
    "好好",
    "支持支持",
    "👏👏",
    "🌹🌹🌹",
    "路过支持",
    "来了",
    "好",
    "[赞][赞][赞]",
    "喜欢",
    "可以",
    "哇",
    "真不错",
    "太美了",
    "棒棒哒",
    "赞赞赞",
    "好作品",
    "点赞",
    "顶",
    "👍",
    "❤️❤️",
    "支持一下",
    "好内容",
]
BOT_EN = [
    "Nice",
    "Great post!",
    "Amazing 🔥",
    "Love it",
    "😍😍",
    "Wow",
    "Beautiful",
    "Cool",
    "👍",
    "Awesome!",
    "Super",
    "Nice pic",
    "❤️❤️❤️",
    "🔥🔥🔥",
    "Perfect",
    "Good job",
    "Lovely",
    "So nice",
    "Wonderful 👏",
    "Lindo 😍",
    "Que bonito",
    "Mantap kak",
    "Keren bang",
    "Bagus sekali",
    "Muito bom",
    "Nice one bro",
    "Good",
    "👏👏👏",
]
POD_ZH = [
    "来啦来啦～",
    "已赞已藏，互相支持",
    "宝子写得好好！",
    "支持一下🌹",
    "回访啦～",
    "每天都来打卡",
    "姐妹冲鸭！",
    "互赞互评～已回",
    "好用心的笔记",
    "太棒了吧宝",
    "来给姐妹点赞",
    "支持支持！！",
    "一起加油呀",
    "已关注，求回关",
    "蹲后续～",
    "好棒呀 已三连",
    "来晚啦 支持",
    "已赞 求回赞",
    "写得真好 学习了",
    "宝子太优秀了",
]
POD_EN = [
    "Love this so much! 😍",
    "This is amazing, great tips!!",
    "Yesss love this vibe 🔥",
    "Such a gorgeous shot 💕",
    "Saving this for later! ✨",
    "Obsessed with this look!!",
    "Great content as always 🙌",
    "This is so inspiring, thank you!",
    "Absolutely stunning babe 😍",
    "Wow this came out so good!",
    "Love the colors here 🌸",
    "Such a great post, keep going!",
    "You never miss!! 🔥",
    "Needed this today 💕",
    "This is giving everything ✨",
    "Queen behavior 👑",
]
LURE_ZH = [
    "主页有惊喜{e}",
    "看我头像{e}",
    "资源在主页自取",
    "姐妹们想要{n}资料的私我",
    "同款在我主页置顶哦",
    "{wx}：{code}  备注{kw}",
    "私信我领取{kw}",
    "兼职日结，详情看主页",
    "我这有全套{n}教程，需要的滴滴",
    "想赚零花钱的看我简介",
    "dd我拉你进群{e}",
    "加{wx}拉你进{n}交流群",
    "看我动态有福利",
    "宝藏都在我主页",
    "附近的来聊聊{e}",
    "深夜睡不着，来找我聊天呀",
    "完整版在我主页{e}",
    "{kw}免费送，先到先得，私",
    "有需要的找我{wx}{code}",
]
LURE_EN = [
    "DM me for a collab 💸",
    "Check my bio for free {kw} 🔥",
    "Send your best pic to @{shop} to get featured!",
    "Hey dear, love your page! We'd like to promote it, DM us ✨",
    "I make $500 a day from home, ask me how 💰",
    "Free giveaway on my profile 📱",
    "Want more followers? Visit my bio 🚀",
    "Hi! Check your DM 💌",
    "Lonely tonight? 😘 link in my bio",
    "Ambassador opportunity for you, message @{shop} 💕",
    "Full video on my page 👀",
    "Crypto signals free in my b!o 📈",
]
LURE_KW_ZH = ["资料", "网盘资源", "教程", "福利", "小样", "课程", "合集", "副业", "返现", "电影"]
LURE_KW_EN = ["followers", "crypto tips", "presets", "gift cards", "samples", "course"]
LURE_WX = ["V", "v", "薇", "vx", "➕v", "威", "🛰", "ⓥ", "徽", "绿泡泡", "微❤"]
AI_EN_OPEN = [
    "What a {a} {t}!",
    "Such a {a} {t}!",
    "This is such a {a} {t}!",
    "Absolutely {a} {t}!",
    "Wow, what a {a} {t}!",
    "Truly a {a} {t}.",
]
AI_EN_ADJ = [
    "insightful",
    "inspiring",
    "beautifully crafted",
    "well-thought-out",
    "refreshing",
    "captivating",
    "informative",
    "stunning",
    "thoughtful",
    "engaging",
]
AI_EN_THING = [
    "post",
    "share",
    "perspective",
    "breakdown",
    "piece of content",
    "take on {n}",
    "guide to {n}",
    "look at {n}",
]
AI_EN_MID = [
    "I really appreciate how you {v} {o}.",
    "The way you {v} {o} is truly remarkable.",
    "Your attention to detail when it comes to {n} really shines through.",
    "It's clear you put a lot of thought into this.",
    "This perfectly captures the essence of {n}.",
    "You have a real talent for making {n} feel approachable.",
    "Every detail here is so well considered.",
]
AI_EN_V = ["explained", "highlighted", "broke down", "showcased", "captured", "presented"]
AI_EN_O = [
    "every detail",
    "the key points",
    "the nuances of {n}",
    "such an important topic",
    "the process step by step",
]
AI_EN_CLOSE = [
    "Thank you for sharing such valuable content!",
    "Keep up the amazing work! 🙌",
    "Looking forward to your next post! ✨",
    "Can't wait to see more from you!",
    "This truly made my day. 💯",
    "Definitely saving this for later!",
    "Truly inspiring work!",
    "Thanks for the inspiration! 🌟",
]
AI_ZH_OPEN = [
    "这篇{n}分享真的太用心了！",
    "内容干货满满！",
    "看完真的受益匪浅！",
    "博主的{n}内容一直很有质量，",
    "终于有人把{n}讲清楚了！",
    "非常专业的分享！",
    "这条内容质量太高了！",
    "真的是宝藏博主！",
]
AI_ZH_MID = [
    "尤其是关于{x}的部分，讲解得非常清晰透彻，",
    "从{x}到{y}都考虑得很周全，",
    "每一个细节都能看出博主的认真和专业，",
    "图片和文字搭配得恰到好处，",
    "逻辑清晰，条理分明，",
    "{x}和{y}的分析特别到位，",
    "对{n}的理解非常独到，",
]
AI_ZH_ASP = [
    "选品",
    "细节",
    "实用性",
    "性价比",
    "使用感受",
    "搭配思路",
    "拍摄手法",
    "前期准备",
    "注意事项",
    "避坑要点",
]
AI_ZH_CLOSE = [
    "感谢博主的无私分享，期待更多优质内容！",
    "已收藏，慢慢学习～",
    "真心推荐给身边的朋友！",
    "继续加油，一直支持你！💪",
    "希望博主能多多更新这类内容！",
    "学到了很多，收获满满！✨",
    "值得反复观看！",
    "为博主的用心点赞！👍",
]
GIVE_ZH = [
    "抽我抽我",
    "许愿",
    "锦鲤附体",
    "好运来",
    "想要！",
    "拜托拜托",
    "参与一下",
    "转发了",
    "中一次吧",
    "蹲一个好运",
    "求中",
    "冲冲冲",
    "希望是我",
    "这次一定",
    "还没中过奖",
]
GIVE_EN = [
    "entered!",
    "done ✅",
    "i'd love to win this",
    "fingers crossed 🤞",
    "pick me pls",
    "this would be a dream",
    "followed & shared!",
    "good luck everyone",
    "manifesting 🙏",
]
FAN_ZH = [
    "{i}辛苦啦",
    "期待{i}的新作品",
    "{i}永远的神",
    "爱你{i}",
    "{i}一直闪闪发光",
    "{i}今天也好帅",
    "陪{i}走花路",
    "{i}的努力大家都看得见",
    "{i}注意身体",
    "为{i}打call",
    "{i}冲呀",
    "守护最好的{i}",
]
BIO_ZH = [
    "{c}博主｜分享日常",
    "一个认真生活的{c}爱好者",
    "合作请私信📮",
    "记录{c}的点点滴滴",
    "{c}｜探店｜生活",
    "业务合作：{mail}",
    "不定期更新～",
    "专注{c}十年",
    "谢谢你的关注💗",
    "{city}｜{c}｜INFP",
]
BIO_EN = [
    "{c} | lifestyle | {city}",
    "sharing my {c} journey ✨",
    "collabs: {mail}",
    "just a {c} nerd",
    "{city} based {c} creator",
    "new posts every week 💌",
    "{c} • coffee • dogs",
    "she/her • {c}",
]
CAT_ZH_NAME = {
    "beauty": "美妆",
    "fashion": "穿搭",
    "food": "美食",
    "travel": "旅行",
    "tech": "数码",
    "fitness": "健身",
    "parenting": "母婴",
    "pets": "萌宠",
    "gaming": "游戏",
    "finance": "理财",
    "education": "学习",
    "home": "家居",
    "lifestyle": "生活",
}
CITY_ZH = [
    "北京",
    "上海",
    "广州",
    "深圳",
    "杭州",
    "成都",
    "重庆",
    "武汉",
    "南京",
    "西安",
    "长沙",
    "厦门",
]
CITY_EN = [
    "LA",
    "NYC",
    "London",
    "Toronto",
    "Sydney",
    "Berlin",
    "Austin",
    "Singapore",
    "Manila",
    "Jakarta",
]
COUNTRY_EN = [
    ("United States", 0.45),
    ("United Kingdom", 0.12),
    ("Canada", 0.08),
    ("Australia", 0.07),
    ("Philippines", 0.05),
    ("Singapore", 0.04),
    ("Malaysia", 0.05),
    ("India", 0.06),
    ("Indonesia", 0.04),
    ("Germany", 0.04),
]

PRODUCT_CATS = ("beauty", "fashion", "tech", "home", "pets", "parenting", "food")
PRODUCT_WORDS = (
    "买",
    "牌子",
    "链接",
    "色号",
    "用多久",
    "用了",
    "平替",
    "还有货",
    "下单",
    "踩雷",
    "踩过",
    "同款",
    "bought",
    "shade",
    "link to",
    "worth it",
    "dupes",
    "ordered",
    "using the",
    "had the",
    "same {n}",
    "where did you get",
    "which brand",
    "how much",
)
EPOCH = _dt.datetime(1970, 1, 1, tzinfo=_dt.UTC)


def _iso(ts: float) -> str:
    return _dt.datetime.fromtimestamp(int(ts), _dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _date(ts: float) -> str:
    return _dt.datetime.fromtimestamp(int(ts), _dt.UTC).strftime("%Y-%m-%d")


def _wpick(r: random.Random, items):
    tot = sum(w for _, w in items)
    x = r.random() * tot
    for it, w in items:
        x -= w
        if x <= 0:
            return it
    return items[-1][0]


def _lnorm(r: random.Random, med: float, sig: float) -> float:
    return med * math.exp(r.gauss(0.0, sig))


def _pois(r: random.Random, lam: float) -> int:
    if lam <= 0:
        return 0
    if lam > 60:
        return max(0, round(r.gauss(lam, math.sqrt(lam))))
    L, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= r.random()
        if p <= L:
            return k
        k += 1


# --------------------------------------------------------------------------------------------
# names and texts
# --------------------------------------------------------------------------------------------
def default_name(r, platform):
    if platform in ("douyin", "weibo"):
        return "用户" + str(r.randint(10**9, 10**10 - 1))
    if platform == "kuaishou":
        return "快手用户" + str(r.randint(10**12, 10**13 - 1))
    if platform == "rednote":
        return "小红薯" + f"{r.getrandbits(32):08X}"
    if platform == "bilibili":
        return "bili_" + str(r.randint(10**10, 10**11 - 1))
    if platform == "wechat_channels":
        return "微信用户" if r.random() < 0.5 else "用户" + f"{r.randint(0, 999999):06d}"
    if platform == "tiktok":
        return "user" + str(r.randint(10**12, 10**13 - 1))
    if platform == "youtube":
        return "@user-" + "".join(
            r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(10)
        )
    return r.choice(EN_FIRST) + r.choice(EN_LAST) + str(r.randint(1000, 99999))


def zh_name(r):
    x = r.random()
    if x < 0.45:
        return (r.choice(ZH_ADJ) if r.random() < 0.6 else "") + r.choice(ZH_NOUN) + r.choice(ZH_SUF)
    if x < 0.7:
        return (
            r.choice(ZH_SURN)
            + r.choice(ZH_GIVEN)
            + ("" if r.random() < 0.7 else r.choice(["_", "🌙", "ing", str(r.randint(1, 99))]))
        )
    if x < 0.85:
        return (
            r.choice(PINYIN) + r.choice(PINYIN) + r.choice(["_", "", "."]) + str(r.randint(1, 9999))
        )
    return r.choice(ZH_NOUN) + r.choice(["的", "与", "和"]) + r.choice(ZH_NOUN)


def en_name(r):
    x = r.random()
    f = r.choice(EN_FIRST)
    if x < 0.3:
        return (
            f
            + r.choice([".", "_", ""])
            + r.choice(EN_LAST)[: r.randint(1, 6)]
            + (str(r.randint(1, 99)) if r.random() < 0.5 else "")
        )
    if x < 0.55:
        return f + r.choice(["_", ".", ""]) + r.choice(EN_WORDS)
    if x < 0.75:
        return (
            r.choice(EN_WORDS)
            + r.choice(["_", ".", ""])
            + r.choice(EN_WORDS)
            + (str(r.randint(1, 999)) if r.random() < 0.4 else "")
        )
    if x < 0.9:
        return (
            "the"
            + r.choice(["", "_", "real"])
            + f
            + r.choice(["", "xo", "_", str(r.randint(80, 2005))])
        )
    return f + str(r.randint(1960, 2012))


def handle_of(display: str, r) -> str:
    if display.isascii():
        return display.lower().replace(" ", "_")
    return r.choice(PINYIN) + r.choice(PINYIN) + "_" + str(r.randint(10, 99999))


class Texts:
    """Per-creator comment text factory."""

    idol: str  # set by _Creator.build before any fandom comment is written

    def __init__(self, r, lang, platform, category):
        self.r, self.lang, self.platform, self.cat = r, lang, platform, category
        self.nouns = (ZH_CAT if lang == "zh" else EN_CAT)[category]
        self.br = EMO_ZH_BR.get(platform, []) if lang == "zh" else []
        self.seen = set()
        prod = category in PRODUCT_CATS
        keep = (
            (lambda lst: lst)
            if prod
            else (lambda lst: [t for t in lst if not any(w in t for w in PRODUCT_WORDS)])
        )
        zh = lang == "zh"
        self.Q = keep(ZH_Q if zh else EN_Q)
        self.EXP = keep(ZH_EXP if zh else EN_EXP)
        self.PRAISE = keep(ZH_PRAISE if zh else EN_PRAISE)
        self.CHAT = ZH_CHAT if zh else EN_CHAT
        self.CRIT = ZH_CRIT if zh else EN_CRIT

    def emo(self, k=None):
        r = self.r
        if self.br and r.random() < 0.55:
            return "".join(r.choice(self.br) for _ in range(k or r.choice((1, 1, 1, 2, 3))))
        e = r.choice(EMOJI)
        return e * (k or r.choice((1, 1, 1, 2, 3)))

    def _fill(self, t, topic):
        r = self.r
        return (
            t.replace("{n}", topic if r.random() < 0.75 else r.choice(self.nouns))
            .replace("{who}", r.choice(ZH_WHO if self.lang == "zh" else EN_WHO))
            .replace("{k}", str(r.randint(1, 9)))
            .replace("{m}", str(r.randint(2, 14)))
            .replace("{op}", r.choice(ZH_OP if self.lang == "zh" else EN_OP))
            .replace("{e}", self.emo())
        )

    def organic(self, topic, mentions, mode="normal"):
        r = self.r
        for _ in range(4):
            t = self._organic(topic, mentions, mode)
            if t not in self.seen or r.random() < 0.04:
                self.seen.add(t)
                return t
        self.seen.add(t)
        return t

    def _organic(self, topic, mentions, mode):
        r, zh = self.r, self.lang == "zh"
        if mode == "giveaway" and r.random() < 0.75:
            base = r.choice(GIVE_ZH if zh else GIVE_EN)
            tags = " ".join(
                "@" + r.choice(mentions) for _ in range(r.choice((0, 1, 2, 3) if zh else (1, 2, 3)))
            )
            t = base + (r.choice(ZH_PART) if zh else "") + (" " + tags if tags else "")
            if r.random() < 0.4:
                t += self.emo()
            return t.strip()
        if mode == "fandom" and r.random() < 0.55:
            t = r.choice(FAN_ZH).replace("{i}", self.idol)
            return (
                t
                + r.choice(["", "！", "！！", "～", "💕", "❤️", self.emo(), "!!!"])
                + ("" if r.random() < 0.7 else r.choice(["#" + self.idol + "#", "爱你", "🌟"]))
            )
        x = r.random()
        if x < 0.22:  # short reaction / emoji only
            if r.random() < 0.28:
                return self.emo(r.choice((1, 2, 3, 4)))
            base = r.choice(ZH_REACT if zh else EN_REACT)
            if zh and base.startswith("哈哈"):
                base = "哈" * r.randint(3, 12)
            elif not zh and base.startswith("lmao"):
                base = "lma" + "o" * r.randint(1, 7)
            elif zh and base.startswith("啊"):
                base = "啊" * r.randint(3, 9)
            tail = r.choice(ZH_PART) if zh else r.choice(["", "", "!", "!!", " lol", "...", " 😭"])
            t = base + tail + (self.emo() if r.random() < 0.35 else "")
            return t if zh or r.random() < 0.6 else t.capitalize()
        if x < 0.36:
            t = self._fill(r.choice(self.Q), topic)
        elif x < 0.52:
            t = self._fill(r.choice(self.EXP), topic)
        elif x < 0.66:
            t = self._fill(r.choice(self.PRAISE), topic)
        elif x < 0.72:
            t = self._fill(r.choice(self.CRIT), topic)
        elif x < 0.82:
            t = self._fill(r.choice(self.CHAT), topic)
        elif x < 0.92:  # mention a friend
            who = "@" + r.choice(mentions)
            tail = r.choice(ZH_MENTION_TAIL if zh else EN_MENTION_TAIL)
            t = (who + " " + tail).strip()
            if r.random() < 0.3:
                t += " " + self.emo()
            return t
        else:  # longer, two parts
            a = self._fill(r.choice(self.EXP + self.PRAISE), topic)
            b = self._fill(r.choice(self.Q + self.CHAT + self.CRIT), topic)
            t = a + ("，" if zh else ". ") + b
        if zh:
            t = t + r.choice(ZH_PART) if not t.endswith(("？", "！", "?")) else t
        else:
            if r.random() < 0.35:
                t = t[0].upper() + t[1:]
            if r.random() < 0.2:
                t = t.lower()
        if r.random() < 0.3:
            t += ("" if zh else " ") + self.emo()
        return t

    def creator_reply(self, topic):
        r = self.r
        t = r.choice(ZH_CREATOR_REPLY if self.lang == "zh" else EN_CREATOR_REPLY).replace(
            "{n}", topic
        )
        if r.random() < 0.4:
            t += self.emo() if self.lang == "zh" else " " + self.emo()
        return t

    def bot_pool(self, size, lang_mix):
        r = self.r
        src = BOT_ZH if self.lang == "zh" else (BOT_EN if lang_mix else BOT_EN[:20])
        pool = r.sample(src, min(size, len(src)))
        return pool

    def pod(self, topic, member_style):
        r = self.r
        t = r.choice(POD_ZH if self.lang == "zh" else POD_EN)
        if r.random() < 0.25:
            t += r.choice(["", " "]) + self.emo()
        if self.lang != "zh" and r.random() < member_style:
            t = t.replace("!", "!!")
        return t

    def ai(self, topic):
        r = self.r
        if self.lang == "zh":
            x, y = r.sample(AI_ZH_ASP, 2)
            t = (
                r.choice(AI_ZH_OPEN)
                + "".join(r.sample(AI_ZH_MID, 2 if r.random() < 0.3 else 1))
                + r.choice(AI_ZH_CLOSE)
            )
            return (
                t.replace("{n}", topic)
                .replace("{x}", x)
                .replace("{y}", y)
                .replace("，感谢", "。感谢")
            )
        t = (
            r.choice(AI_EN_OPEN)
            .replace("{a}", r.choice(AI_EN_ADJ))
            .replace("{t}", r.choice(AI_EN_THING))
        )
        mids = r.sample(AI_EN_MID, 2 if r.random() < 0.25 else 1)
        t = t.replace("a i", "an i").replace("a e", "an e")
        t = (
            t
            + " "
            + " ".join(
                m.replace("{v}", r.choice(AI_EN_V)).replace("{o}", r.choice(AI_EN_O)) for m in mids
            )
        )
        t += " " + r.choice(AI_EN_CLOSE)
        return t.replace("{n}", topic)

    def lure(self, topic, code):
        r = self.r
        if self.lang == "zh":
            t = r.choice(LURE_ZH)
            kw = r.choice(LURE_KW_ZH)
            c = code
            if r.random() < 0.5:  # disguise the code
                c = (
                    " ".join(c)
                    if r.random() < 0.5
                    else "".join(
                        "０１２３４５６７８９"[int(ch)] if ch.isdigit() else ch for ch in c
                    )
                )
            t = (
                t.replace("{wx}", r.choice(LURE_WX))
                .replace("{code}", c)
                .replace("{kw}", kw)
                .replace("{n}", topic)
                .replace("{e}", self.emo())
            )
            if r.random() < 0.3:
                t = "".join(ch + ("." if r.random() < 0.15 else "") for ch in t)
            return t
        t = (
            r.choice(LURE_EN)
            .replace("{kw}", r.choice(LURE_KW_EN))
            .replace("{shop}", code)
            .replace("{e}", self.emo())
        )
        if r.random() < 0.3:
            t = t.replace("o", "0", 1).replace("i", "1", 1)
        return t


# --------------------------------------------------------------------------------------------
# the simulator
# --------------------------------------------------------------------------------------------
class _Creator:
    def __init__(self, seed: int, i: int):
        seed = int(seed)
        ss = np.random.SeedSequence([seed & 0xFFFFFFFF, (seed >> 32) & 0xFFFFFFFF, int(i), 0x5EED])
        self.g = np.random.default_rng(ss)
        self.r = random.Random(int(self.g.integers(0, 2**62)))
        self.seed, self.i = seed, i

    # ---------------------------------------------------------------- choices
    def pick_archetype(self):
        r = self.r
        # labels are balanced in pairs (2k, 2k+1): one coin per pair, still a function of (seed, i)
        coin = random.Random(f"charlie-pair-{self.seed}-{self.i // 2}").random() < 0.5
        label = int(coin) ^ (self.i % 2)
        if label == 0:
            return _wpick(r, GENUINE), 0, []
        arch = _wpick(r, FRAUD)
        if arch == "combo":
            comps = list(_wpick(r, COMBO_PAIRS))
            return "combo:" + "+".join(comps), 1, comps
        return arch, 1, [arch]

    def pick_platform(self):
        r, a, comps = self.r, self.arch, self.comps
        if "bought_views" in comps:
            return r.choice(
                [
                    "douyin",
                    "kuaishou",
                    "bilibili",
                    "tiktok",
                    "tiktok",
                    "youtube",
                    "youtube",
                    "douyin",
                ]
            )
        if a == "giveaway":
            return _wpick(
                r,
                [
                    ("weibo", 0.35),
                    ("douyin", 0.15),
                    ("rednote", 0.15),
                    ("instagram", 0.2),
                    ("tiktok", 0.05),
                    ("bilibili", 0.1),
                ],
            )
        if a == "tiny_koc":
            return _wpick(
                r,
                [
                    ("rednote", 0.4),
                    ("douyin", 0.2),
                    ("weibo", 0.05),
                    ("instagram", 0.15),
                    ("tiktok", 0.1),
                    ("bilibili", 0.05),
                    ("kuaishou", 0.05),
                ],
            )
        if a == "idol_fandom":
            return _wpick(
                r, [("weibo", 0.55), ("douyin", 0.2), ("bilibili", 0.1), ("instagram", 0.15)]
            )
        if a == "celebrity_low_er":
            return _wpick(
                r,
                [
                    ("weibo", 0.3),
                    ("douyin", 0.2),
                    ("instagram", 0.2),
                    ("tiktok", 0.1),
                    ("youtube", 0.1),
                    ("kuaishou", 0.1),
                ],
            )
        if "engagement_pod" in comps:
            return _wpick(
                r,
                [
                    ("instagram", 0.3),
                    ("rednote", 0.25),
                    ("douyin", 0.1),
                    ("weibo", 0.1),
                    ("tiktok", 0.15),
                    ("bilibili", 0.05),
                    ("wechat_channels", 0.05),
                ],
            )
        return _wpick(r, PLATFORM_W)

    def pick_size(self):
        r, a = self.r, self.arch
        ranges = {
            "ordinary_nano": (3.0, 4.0),
            "ordinary_micro": (4.0, 5.0),
            "ordinary_mid": (5.0, 5.7),
            "ordinary_macro": (5.7, 6.3),
            "ordinary_mega": (6.3, 7.5),
            "tiny_koc": (2.2, 3.4),
            "viral_post": (3.0, 5.7),
            "giveaway": (4.0, 6.3),
            "shoutout": (3.0, 5.3),
            "bot_purge": (4.0, 6.7),
            "celebrity_low_er": (6.5, 7.9),
            "spam_magnet": (5.5, 7.3),
            "idol_fandom": (6.0, 7.7),
            "legacy_decline": (4.7, 6.5),
        }
        if a in ranges:
            lo, hi = ranges[a]
            return 10 ** r.uniform(lo, hi)
        comps = self.comps
        if "engagement_pod" in comps:
            return 10 ** r.uniform(3.0, 5.0)
        if "follow_churn" in comps:
            return 10 ** r.uniform(2.8, 5.0)
        # fraud real audiences: mostly nano..mid, some macro
        return 10 ** _wpick(
            r,
            [
                (r.uniform(2.7, 4.0), 0.35),
                (r.uniform(4.0, 5.0), 0.35),
                (r.uniform(5.0, 5.8), 0.2),
                (r.uniform(5.8, 6.6), 0.1),
            ],
        )

    # ---------------------------------------------------------------- main build
    def build(self) -> dict:
        r, g = self.r, self.g
        self.arch, self.label, self.comps = self.pick_archetype()
        comps = self.comps
        self.inten = {c: float(g.beta(1.2, 1.9)) for c in comps}
        self.platform = p = self.pick_platform()
        self.cfg = PCFG[p]
        self.lang = "zh" if (p in ZH_PLATFORMS or r.random() < 0.18) else "en"
        if self.arch == "idol_fandom":
            self.lang = "zh" if r.random() < 0.85 else self.lang
        self.category = r.choice(CATS)
        if self.arch in ("celebrity_low_er", "idol_fandom"):
            self.category = r.choice(["lifestyle", "fashion", "beauty", "food", "travel"])
        self.texts = Texts(r, self.lang, p, self.category)
        self.texts.idol = r.choice(
            ["小宇", "阿哲", "凯凯", "源源", "小白", "楠楠", "一一", "哥哥", "宝宝", "老师"]
        )
        F_target = self.pick_size()

        # time frame
        day0 = _dt.datetime(2024, 2, 1, tzinfo=_dt.UTC).timestamp() + r.uniform(0, 640) * 86400
        self.as_of = day0 = math.floor(day0 / 86400) * 86400 + r.uniform(6, 22) * 3600
        self.D = D = r.randint(90, 365)
        self.tz = (
            8 if (p in ZH_PLATFORMS or self.lang == "zh") else r.choice([-8, -5, 0, 1, 8, 10, -5])
        )

        # posts
        self.setup_posts()
        H = int(max(D, math.ceil(max(-pt for pt in self.post_t)) + 2))
        self.H = H
        self.build_real_followers(F_target)
        self.post_metrics()
        self.apply_follower_fraud()
        self.apply_engagement_fraud()
        self.finalize_counts()
        rec = self.assemble()
        return rec

    # ---------------------------------------------------------------- posts
    def setup_posts(self):
        r, a = self.r, self.arch
        n = r.randint(10, 60)
        if a == "tiny_koc":
            n = r.randint(10, 16)
        elif a in ("celebrity_low_er", "legacy_decline"):
            n = r.randint(10, 35)
        rate = _lnorm(r, 2.5, 0.7)  # posts per week
        if a == "tiny_koc":
            rate = _lnorm(r, 0.6, 0.5)
        if a in ("legacy_decline",):
            rate = _lnorm(r, 0.8, 0.4)
        rate = min(max(rate, 0.25), 21)
        gaps = [r.expovariate(rate / 7.0) * (0.5 + r.random()) for _ in range(n)]
        span = sum(gaps)
        if span > 400:
            gaps = [x * 400 / span for x in gaps]
        t = -r.uniform(0.05, 2.5)
        ts = []
        for gp in gaps:
            # daily rhythm: snap to local hours 7-23 with evening peak
            day = math.floor(t)
            hour_local = _wpick(
                r, [(r.uniform(7, 11), 0.2), (r.uniform(11, 14), 0.25), (r.uniform(17, 23.5), 0.55)]
            )
            tt = day + ((hour_local - self.tz) % 24) / 24.0
            if tt > -0.02:
                tt -= 1.0
            ts.append(tt)
            t -= max(gp, 0.02)
        ts.sort()
        self.post_t = ts  # days relative to as_of (negative)
        self.n_posts = n
        self.topics = [r.choice(self.texts.nouns) for _ in range(n)]
        self.post_fmt = [_wpick(r, self.cfg["fmt"]) for _ in range(n)]
        sp_rate = r.choice([0, 0.05, 0.1, 0.2, 0.3]) if a != "tiny_koc" else 0
        self.sponsored = [r.random() < sp_rate for _ in range(n)]

    # ---------------------------------------------------------------- real followers
    def build_real_followers(self, F_target):
        r, g, a, H = self.r, self.g, self.arch, self.H
        days = np.arange(-H, 1)  # index k -> day days[k]
        L = H + 1
        g_yr = _lnorm(r, 0.35, 0.8)
        if a.startswith("ordinary_mega") or a in ("celebrity_low_er", "idol_fandom", "spam_magnet"):
            g_yr = _lnorm(r, 0.12, 0.7)
        if a == "legacy_decline":
            g_yr = -r.uniform(0.04, 0.25)
        if r.random() < 0.08 and a != "legacy_decline":
            g_yr = -r.uniform(0, 0.1)  # stagnating ordinary creators
        mu = math.log1p(max(g_yr, -0.5)) / 365.0
        wave = np.cumsum(g.normal(0, 1, L)) / math.sqrt(L)
        wave = wave - wave.mean()
        daily = mu * (1 + 0.8 * wave) * g.lognormal(0, 0.55, L) + g.normal(
            0, abs(mu) * 0.3 + 2e-5, L
        )
        # weekly rhythm
        daily *= 1 + 0.1 * np.sin((days % 7) / 7 * 2 * np.pi)
        rel = np.zeros(L)  # added relative jumps (fraction of current F)
        self.events: dict[str, Any] = {}
        self.post_rel = [
            math.exp(
                r.gauss(0, self.cfg["sig"] * (0.8 if self.arch.startswith("celebrity") else 1.0))
            )
            for _ in range(self.n_posts)
        ]
        # occasional organic semi-viral posts for everyone
        for j in range(self.n_posts):
            if r.random() < 0.03:
                self.post_rel[j] *= _lnorm(r, 4, 0.6)
        conv = _lnorm(r, 0.004, 0.6)  # follows per like (relative bump)
        er = self.cfg["er"]
        post_day = [math.floor(t) + H for t in self.post_t]

        def spread(k0, total, tau, width=None):
            width = width or int(tau * 5) + 2
            w = np.exp(-np.arange(width) / max(tau, 0.3))
            w /= w.sum()
            for d in range(width):
                if 0 <= k0 + d < L:
                    rel[k0 + d] += total * w[d]

        for j, k in enumerate(post_day):
            spread(k, er * self.post_rel[j] * conv * 3, 1.2)

        in_win = [j for j, t in enumerate(self.post_t) if -self.D + 8 < t < -4]
        if not in_win:
            in_win = list(range(self.n_posts))
        boost = [1.0] * self.n_posts

        if a == "viral_post" or (a.startswith("ordinary") and r.random() < 0.2):
            j = r.choice(in_win)
            J = _lnorm(r, 0.6, 0.8) if a == "viral_post" else _lnorm(r, 0.06, 0.6)
            if a == "viral_post":
                J = min(J * (2.0 if F_target < 2e4 else 1.0), 6.0)
            cv = _lnorm(r, 0.03, 0.5)
            self.post_rel[j] = max(self.post_rel[j], J / (cv * er * (1 + J * 0.3)))
            spread(post_day[j], J, r.uniform(1, 4))
            self.events["viral"] = j
            for jj in range(j + 1, self.n_posts):
                boost[jj] *= 1 + 1.5 * math.exp(-(self.post_t[jj] - self.post_t[j]) / 12)
        if a == "giveaway":
            j = r.choice(in_win)
            J = _lnorm(r, 0.15, 0.6)
            dur = r.randint(3, 10)
            k0 = post_day[j]
            for d in range(dur):
                if k0 + d < L:
                    rel[k0 + d] += J / dur
            lose = r.uniform(0.2, 0.5) * J
            dl = r.randint(5, 20)
            for d in range(dl):
                if k0 + dur + d < L:
                    rel[k0 + dur + d] -= lose / dl
            self.events["giveaway"] = (j, J - lose)
            self.post_rel[j] *= r.uniform(3, 10)
        if a == "shoutout":
            k0 = r.randint(max(1, L - self.D + 5), L - 3)
            J = _lnorm(r, 0.3, 0.6)
            spread(k0, J, r.uniform(0.7, 2.5), 12)
            self.events["shoutout"] = k0
            for jj in range(self.n_posts):
                if post_day[jj] > k0:
                    boost[jj] *= 1 + 0.4 * math.exp(-(post_day[jj] - k0) / 20)
        purge_days = []
        if a == "bot_purge" or r.random() < 0.03:
            k0 = r.randint(max(1, L - self.D + 3), L - 2)
            P = r.uniform(0.03, 0.15) if a == "bot_purge" else r.uniform(0.005, 0.03)
            d1 = r.random()
            rel[k0] -= P * d1
            if k0 + 1 < L:
                rel[k0 + 1] -= P * (1 - d1)
            purge_days.append(k0)
            self.events["purge"] = P
        self.post_boost = boost
        F = np.empty(L)
        f = 1.0
        for k in range(L):
            f = f * (1 + daily[k] + rel[k])
            f = max(f, 1e-6)
            F[k] = f
        F *= F_target / F[-1]
        self.F_real = np.maximum(np.round(F), 0)
        self.post_day = post_day

    # ---------------------------------------------------------------- organic post metrics
    def post_metrics(self):
        r, cfg, a = self.r, self.cfg, self.arch
        F_end = self.F_real[-1]
        er_c = cfg["er"] * (max(F_end, 50) / 1e4) ** (-cfg["b"]) * _lnorm(r, 1, 0.6)
        er_c = min(er_c, 0.5)
        if a == "celebrity_low_er":
            er_c *= r.uniform(0.08, 0.4)
        if a == "legacy_decline":
            er_c *= r.uniform(0.2, 0.5)
        if a == "idol_fandom":
            er_c *= r.uniform(1, 3)
        self.er_c = er_c
        cr_c = cfg["cr"] * _lnorm(r, 1, 0.5)
        if a == "celebrity_low_er":
            cr_c *= r.uniform(0.6, 1.5)
        vr_c = cfg["views"][1] * _lnorm(r, 1, 0.4) if cfg["views"] else None
        show_views = cfg["views"] is not None and r.random() < cfg["views"][0]
        self.show_views = show_views
        sh_c = cfg["shares"] * _lnorm(r, 1, 0.6) if cfg["shares"] else None
        sv_c = cfg["saves"] * _lnorm(r, 1, 0.5) if cfg["saves"] else None
        self.cr_c = cr_c
        P: list[dict[str, Any]] = []
        for j in range(self.n_posts):
            t = self.post_t[j]
            age = -t
            Fat = self.F_real[self.post_day[j]]
            mat = 1 - math.exp(-age / 0.8)
            mean = (
                Fat
                * er_c
                * self.post_rel[j]
                * self.post_boost[j]
                * mat
                * (1.25 if self.post_fmt[j] == "video" and self.platform == "instagram" else 1)
            )
            if self.sponsored[j]:
                mean *= r.uniform(0.5, 0.9)
            likes = _pois(r, mean) if mean < 200 else int(mean)
            cm = likes * cr_c * _lnorm(r, 1, 0.45)
            if self.events.get("giveaway", (None,))[0] == j:
                cm = likes * r.uniform(0.5, 3) + 10
            comments = _pois(r, cm) if cm < 200 else int(cm)
            d: dict[str, Any] = dict(likes=likes, comments=comments)
            if (
                show_views
                and vr_c is not None
                and (self.platform != "instagram" or self.post_fmt[j] == "video")
                and (self.platform != "weibo" or self.post_fmt[j] == "video")
            ):
                d["views"] = int(max(likes, 1) * vr_c * _lnorm(r, 1, 0.35) + _pois(r, 30))
            if sh_c is not None:
                s = likes * sh_c * _lnorm(r, 1, 0.6)
                if self.events.get("giveaway", (None,))[0] == j:
                    s = likes * r.uniform(1, 20) if self.platform == "weibo" else s * 5
                d["shares"] = _pois(r, s) if s < 200 else int(s)
            if sv_c is not None:
                s = likes * sv_c * _lnorm(r, 1, 0.4)
                d["saves"] = _pois(r, s) if s < 200 else int(s)
            if self.platform == "bilibili":
                d["coins"] = int(likes * _lnorm(r, 0.3, 0.5))
                d["danmaku"] = int(d.get("views", likes * 20) * _lnorm(r, 0.006, 0.7))
            d["org_comments"] = d["comments"]
            P.append(d)
        self.P = P
        for d in P:
            d.update(bot=0, pod=0, ai=0, lure=0, natspam=0)

    # ---------------------------------------------------------------- follower fraud
    def apply_follower_fraud(self):
        r, g, L = self.r, self.g, self.H + 1
        F_end = self.F_real[-1]
        bought_cheap = np.zeros(L)
        bought_prem = np.zeros(L)
        churn_f = np.zeros(L)
        self.cluster_dates = []
        dwin = L - self.D  # first index inside the output window
        for c in self.comps:
            u = self.inten[c]
            if c == "bought_followers_burst":
                B = F_end * (0.05 + 2.0 * u**1.5)
                nb = r.choice([1, 1, 1, 2, 2, 3, 4])
                parts = g.dirichlet(np.ones(nb)) * B
                for b in parts:
                    k0 = (
                        r.randint(dwin + 3, L - 2)
                        if r.random() < 0.85
                        else r.randint(0, max(1, dwin))
                    )
                    dur = 1 if u > 0.6 and r.random() < 0.7 else r.randint(1, 7)
                    inc = np.zeros(L)
                    w = g.dirichlet(np.ones(dur) * 3)
                    for d in range(dur):
                        if k0 + d < L:
                            inc[k0 + d] += b * w[d]
                    # later decay: platform / seller drop-off
                    drop = b * r.uniform(0.03, 0.35)
                    dl = r.randint(10, 60)
                    for _ in range(dl):
                        kk = k0 + dur + r.randint(0, dl)
                        if kk < L:
                            inc[kk] -= drop / dl
                    bought_cheap += np.cumsum(inc)
                    self.cluster_dates.append(
                        self.as_of + (k0 - L + 1) * 86400 - r.uniform(5, 200) * 86400
                    )
            elif c == "bought_followers_drip":
                B = F_end * (0.08 + 1.4 * u**1.3)
                k0 = r.randint(0, max(1, L - 40))
                k1 = r.randint(min(k0 + 30, L - 1), L - 1) if r.random() < 0.6 else L - 1
                n = k1 - k0 + 1
                inc = np.zeros(L)
                cv = r.uniform(0.05, 0.35)
                inc[k0 : k1 + 1] = (B / n) * np.maximum(g.normal(1, cv, n), 0)
                if r.random() < 0.5:  # weekday-only schedule of some panels
                    pass
                bought_cheap += np.cumsum(inc)
                self.cluster_dates.append(
                    self.as_of + (k0 - L + 1) * 86400 - r.uniform(30, 300) * 86400
                )
            elif c == "bought_followers_premium":
                B = F_end * (0.05 + 0.9 * u**1.4)
                npk = r.choice([1, 2, 3])
                for b in g.dirichlet(np.ones(npk)) * B:
                    k0 = r.randint(dwin, L - 2) if r.random() < 0.85 else r.randint(0, max(1, dwin))
                    dur = r.randint(3, 25)
                    inc = np.zeros(L)
                    seg = min(dur, L - k0)
                    inc[k0 : k0 + seg] = b / dur * g.lognormal(0, 0.3, seg)
                    dropk = k0 + dur + r.randint(5, 40)
                    if dropk < L:
                        inc[dropk:] -= b * r.uniform(0, 0.08) / max(1, L - dropk)
                    bought_prem += np.cumsum(inc)
                for post in self.P:  # premium accounts sometimes like a little
                    post["likes"] += int(B * r.uniform(0, 0.002))
        self.bought_cheap = np.maximum(bought_cheap, 0)
        self.bought_prem = np.maximum(bought_prem, 0)

        # following count
        a = self.arch
        Fe = F_end
        if a == "tiny_koc":
            base = r.randint(80, 900)
        elif a in ("celebrity_low_er", "idol_fandom"):
            base = r.randint(5, 400)
        else:
            base = int(_lnorm(r, 350 if Fe < 1e5 else 180, 0.9))
            if self.platform == "weibo":
                base = int(base * 1.3)
        fol = np.full(L, float(base))
        fol += np.cumsum(g.poisson(max(base, 20) / 300, L) - g.poisson(max(base, 20) / 450, L))
        if "follow_churn" in self.comps:
            u = self.inten["follow_churn"]
            cap = (
                7500
                if self.platform in ("instagram", "tiktok")
                else (2000 if self.platform == "weibo" else 8000)
            )
            W = int(150 + 3500 * u**1.2)
            period = r.randint(6, 30)
            fb = r.uniform(0.05, 0.25)  # follow-back rate
            keep = r.uniform(0.3, 0.7)
            base_c = base + int(W * r.uniform(0.1, 0.6))
            fol[:] = base_c
            k = r.randint(0, period)
            incs = np.zeros(L)
            while k < L:
                up = r.randint(1, 5)
                down = r.randint(1, 4)
                wave_n = int(W * r.uniform(0.6, 1.2))
                for d in range(up):
                    if k + d < L:
                        fol[k + d :] += wave_n / up
                        incs[k + d] += wave_n / up * fb
                for d in range(down):
                    kk = k + up + r.randint(1, 4) + d
                    if kk < L:
                        fol[kk:] -= wave_n / down * r.uniform(0.85, 1.0)
                        incs[kk] -= wave_n / down * fb * (1 - keep)
                k += period + r.randint(-3, 3) + up
            fol = np.minimum(fol, cap)
            churn_f = np.maximum(np.cumsum(incs), 0)
            self.churn_followers = churn_f
        self.churn_followers = churn_f
        self.following = np.maximum(np.round(fol), 0)
        self.F_total = np.round(self.F_real + self.bought_cheap + self.bought_prem + churn_f)

    # ---------------------------------------------------------------- engagement fraud
    def apply_engagement_fraud(self):
        r, P = self.r, self.P
        med_likes = float(np.median([d["likes"] for d in P])) + 1
        med_com = float(np.median([d["org_comments"] for d in P])) + 1
        self.pod_members, self.bot_authors, self.ai_authors, self.lure_authors = [], [], [], []
        for c in self.comps:
            u = self.inten[c]
            if c == "bought_likes":
                frac = 0.25 + 0.75 * u
                target = med_likes * (0.3 + 6 * u**1.3)
                pkgs = [50, 100, 200, 300, 500, 1000, 2000, 3000, 5000, 10000, 20000, 50000, 100000]
                for j, d in enumerate(P):
                    pr = frac * (1.6 if self.sponsored[j] else 1.0)
                    if r.random() < pr and -self.post_t[j] > 0.3:
                        tgt = target * _lnorm(r, 1, 0.3)
                        pk = min(pkgs, key=lambda x: abs(math.log(x) - math.log(max(tgt, 30))))
                        d["likes"] += int(pk * r.uniform(0.95, 1.08))
                        if r.random() < 0.3 and "views" in d:
                            d["views"] += int(pk * r.uniform(1, 5))
            elif c == "bought_views":
                frac = 0.4 + 0.6 * u
                for j, d in enumerate(P):
                    if r.random() < frac and -self.post_t[j] > 0.3:
                        base_v = d.get("views", d["likes"] * 20)
                        d["views"] = int(
                            base_v * (1 + (1.5 + 25 * u**1.3) * _lnorm(r, 1, 0.3)) + 500
                        )
            elif c == "bot_comments":
                frac = 0.35 + 0.65 * u
                self.bot_pool_texts = self.texts.bot_pool(
                    r.randint(6, 30), self.platform in ("instagram", "tiktok")
                )
                self.bot_authors = [self._bot_author() for _ in range(r.randint(20, 250))]
                for d in P:
                    if r.random() < frac:
                        k = int(max(3, med_com * (0.3 + 5 * u**1.2)) * _lnorm(r, 1, 0.4))
                        d["bot"] += k
                        d["likes"] += int(k * r.uniform(0, 3)) if r.random() < 0.5 else 0
            elif c == "engagement_pod":
                S = int(8 + 52 * u)
                self.pod_members = [self._creatorish_name() for _ in range(S)]
                self.pod_p = 0.3 + 0.6 * u
                for d in P:
                    k = sum(1 for _ in range(S) if r.random() < self.pod_p)
                    d["pod"] += k
                    d["likes"] += int(S * r.uniform(0.6, 1.0))
            elif c == "ai_praise":
                frac = 0.3 + 0.7 * u
                self.ai_authors = [self._plausible_name() for _ in range(r.randint(15, 150))]
                for d in P:
                    if r.random() < frac:
                        k = int(max(2, med_com * (0.2 + 3 * u**1.2)) * _lnorm(r, 1, 0.4))
                        d["ai"] += k
            elif c == "lure_spam":
                frac = 0.5 + 0.5 * u
                self.lure_authors = [self._lure_author() for _ in range(r.randint(5, 40))]
                self.lure_codes = [
                    "".join(r.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(r.randint(2, 4)))
                    + str(r.randint(100, 99999))
                    for _ in range(r.randint(1, 4))
                ]
                for d in P:
                    if r.random() < frac:
                        k = int(max(3, med_com * (0.3 + 2.5 * u**1.1)) * _lnorm(r, 1, 0.4))
                        d["lure"] += k
                        d["likes"] += int(k * r.uniform(0, 2))
        # natural third-party spam for genuine (and fraud) creators
        a = self.arch
        ns = r.choice([0, 0, 0.005, 0.01, 0.02, 0.03])
        if a == "spam_magnet":
            ns = r.uniform(0.08, 0.25)
        elif a in ("celebrity_low_er", "ordinary_mega", "ordinary_macro"):
            ns = r.uniform(0.02, 0.1)
        self.natspam = ns
        for d in P:
            d["natspam"] = int(d["org_comments"] * ns * _lnorm(r, 1, 0.5))

    def finalize_counts(self):
        for d in self.P:
            d["comments"] = (
                d["org_comments"] + d["bot"] + d["pod"] + d["ai"] + d["lure"] + d["natspam"]
            )

    # ---------------------------------------------------------------- names for fraud actors
    def _bot_author(self):
        r = self.r
        if r.random() < 0.6:
            return default_name(r, self.platform)
        if self.lang == "zh":
            return r.choice(PINYIN) + r.choice(PINYIN) + str(r.randint(100, 99999))
        return (
            r.choice(EN_FIRST)
            + r.choice(["", "_", "."])
            + "".join(r.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(r.randint(2, 5)))
            + str(r.randint(10, 99999))
        )

    def _creatorish_name(self):
        r = self.r
        if self.lang == "zh":
            return r.choice(
                [
                    zh_name(r)
                    + r.choice(
                        [
                            "",
                            "的" + CAT_ZH_NAME[self.category] + "日记",
                            "在" + r.choice(CITY_ZH),
                            "｜" + CAT_ZH_NAME[self.category],
                        ]
                    ),
                    zh_name(r),
                ]
            )
        return r.choice(
            [
                en_name(r),
                r.choice(EN_FIRST)
                + "."
                + r.choice([self.category, "creates", "style", "eats", "fit", "travels"]),
            ]
        )

    def _plausible_name(self):
        return zh_name(self.r) if self.lang == "zh" else en_name(self.r)

    def _lure_author(self):
        r = self.r
        if self.lang == "zh":
            return (
                r.choice(["甜甜", "小雅", "安琪", "可儿", "资源", "福利", "兼职", "夜猫"])
                + r.choice(["想恋爱", "分享君", "在这里", "不睡觉", "宝藏", "小助手", "日结", "🍑"])
                + r.choice(["", str(r.randint(1, 999)), "💋", "~"])
            )
        return (
            r.choice(["hot", "free", "promo", "sexy", "crypto", "daily"])
            + r.choice(["_", ".", ""])
            + r.choice(["anna", "girl", "deals", "shoutouts", "gains", "babe"])
            + str(r.randint(1, 9999))
        )

    # ---------------------------------------------------------------- comments
    def make_comments(self, handle):
        r, P, texts = self.r, self.P, self.texts
        n = self.n_posts
        tot = sum(d["comments"] for d in P)
        T = r.randint(100, 300) if r.random() < 0.9 else r.randint(300, 400)
        alloc = [0] * n
        if tot <= T:
            alloc = [d["comments"] for d in P]
        else:
            cap = max(12, int(3 * T / n))
            f = T / tot
            alloc = [min(d["comments"], cap, int(d["comments"] * f + r.random())) for d in P]
            left = T - sum(alloc)
            order = sorted(range(n), key=lambda j: -P[j]["comments"])
            for j in order:
                if left <= 0:
                    break
                add = min(left, P[j]["comments"] - alloc[j])
                add = min(add, max(0, cap * 2 - alloc[j]))
                alloc[j] += add
                left -= add
        # audience pools
        zh = self.lang == "zh"
        loyal = [zh_name(r) if zh else en_name(r) for _ in range(r.randint(10, 60))]
        loyal_p = r.uniform(0.05, 0.3)
        mention_pool = [zh_name(r) if zh else en_name(r) for _ in range(40)]
        reply_rate = r.uniform(0.05, 0.3) if self.F_real[-1] < 2e5 else r.uniform(0, 0.06)
        if self.arch == "tiny_koc":
            reply_rate = r.uniform(0.2, 0.5)
        if "engagement_pod" in self.comps:
            reply_rate = max(reply_rate, r.uniform(0.3, 0.7))
        out: list[dict[str, Any]] = []
        as_of = self.as_of
        fandom = self.arch == "idol_fandom"
        for j in range(n):
            m = alloc[j]
            if m <= 0:
                continue
            d = P[j]
            pid = d["post_id"]
            pt = as_of + self.post_t[j] * 86400
            topic = self.topics[j]
            kinds = ["org", "bot", "pod", "ai", "lure", "natspam"]
            w = [d["org_comments"], d["bot"], d["pod"], d["ai"], d["lure"], d["natspam"]]
            mode = (
                "giveaway"
                if self.events.get("giveaway", (None,))[0] == j
                else ("fandom" if fandom else "normal")
            )
            pl = d["likes"]
            # pod comments: members rarely comment twice on one post
            pod_used = set()
            for _ in range(m):
                kind = _wpick(r, list(zip(kinds, w, strict=True))) if sum(w) > 0 else "org"
                c: dict[str, Any] = {"post_id": pid}
                max_delay = as_of - pt - 1
                if kind == "org":
                    if (
                        out
                        and out[-1].get("post_id") == pid
                        and not out[-1].get("from_creator")
                        and r.random() < reply_rate
                    ):
                        prev = out[-1]
                        c["author"] = handle
                        c["text"] = texts.creator_reply(topic)
                        t0 = prev["_ts"]
                        c["_ts"] = min(t0 + _lnorm(r, 3600 * 3, 1.2), as_of - 1)
                        c["likes"] = int(_lnorm(r, 1 + pl * 0.0005, 1.0))
                        c["from_creator"] = True
                    else:
                        c["author"] = (
                            r.choice(loyal)
                            if r.random() < loyal_p
                            else (
                                default_name(r, self.platform)
                                if r.random() < (0.18 if zh else 0.05)
                                else (zh_name(r) if zh else en_name(r))
                            )
                        )
                        c["text"] = texts.organic(topic, mention_pool, mode)
                        c["_ts"] = pt + min(_lnorm(r, 3600 * 5, 1.7), max_delay)
                        c["likes"] = (
                            max(0, int(_lnorm(r, 0.6 + pl * 0.0015, 1.4) - 0.5))
                            if r.random() < 0.75
                            else 0
                        )
                elif kind == "bot":
                    c["author"] = r.choice(self.bot_authors)
                    txt = r.choice(self.bot_pool_texts)
                    if r.random() < 0.2:
                        txt += r.choice(["", "!", "👍", "～", "。"])
                    c["text"] = txt
                    c["_ts"] = pt + min(self._batch_delay(j), max_delay)
                    c["likes"] = 0 if r.random() < 0.9 else r.randint(1, 3)
                elif kind == "pod":
                    cand = [x for x in self.pod_members if x not in pod_used] or self.pod_members
                    au = r.choice(cand)
                    pod_used.add(au)
                    c["author"] = au
                    c["text"] = texts.pod(topic, 0.3)
                    c["_ts"] = pt + min(r.expovariate(1 / 2400.0) + 60, max_delay)
                    c["likes"] = r.randint(0, 6)
                elif kind == "ai":
                    c["author"] = (
                        r.choice(self.ai_authors) if r.random() < 0.7 else self._plausible_name()
                    )
                    c["text"] = texts.ai(topic)
                    c["_ts"] = pt + min(r.uniform(600, 36 * 3600), max_delay)
                    c["likes"] = r.randint(0, 2)
                elif kind == "lure":
                    c["author"] = r.choice(self.lure_authors)
                    c["text"] = texts.lure(topic, r.choice(self.lure_codes))
                    c["_ts"] = pt + min(r.expovariate(1 / 7200.0) + 30, max_delay)
                    c["likes"] = r.randint(0, 15)
                else:  # natural third-party spam / bots on any account
                    if r.random() < 0.6:
                        c["author"] = self._lure_author()
                        c["text"] = texts.lure(
                            topic,
                            "".join(r.choice("abcdefghkmnpqrstuvwxyz") for _ in range(3))
                            + str(r.randint(100, 9999)),
                        )
                    else:
                        c["author"] = self._bot_author()
                        c["text"] = r.choice(BOT_ZH if zh else BOT_EN)
                    c["_ts"] = pt + min(_lnorm(r, 3600 * 2, 1.5), max_delay)
                    c["likes"] = 0 if r.random() < 0.8 else r.randint(1, 4)
                out.append(c)
        out.sort(key=lambda c: (c["post_id"], c["_ts"]))
        for c in out:
            c["posted_at"] = _iso(max(c.pop("_ts"), 0))
        return out

    def _batch_delay(self, j):
        r = self.r
        if not hasattr(self, "_batch"):
            self._batch: dict[int, tuple[float, float]] = {}
        if j not in self._batch:
            self._batch[j] = (
                r.uniform(120, 6 * 3600) if r.random() < 0.7 else r.uniform(6 * 3600, 72 * 3600),
                r.uniform(60, 1800),
            )
        st, wd = self._batch[j]
        return st + r.uniform(0, wd)

    # ---------------------------------------------------------------- follower sample
    def make_follower_sample(self):
        r = self.r
        a = self.arch
        Ft = max(float(self.F_total[-1]), 1.0)
        Fr = float(self.F_real[-1])
        logF = math.log10(max(Fr, 10))
        natbot = 0.02 + 0.08 / (1 + math.exp(-(logF - 5.5) * 1.5)) + r.uniform(0, 0.04)
        lurk = 0.22 + 0.05 * (logF - 3) + r.uniform(-0.05, 0.1)
        if a in ("celebrity_low_er", "legacy_decline"):
            lurk += 0.15
            natbot += 0.06
        if "purge" in self.events:
            natbot *= 0.4
        give = 0.0
        if "giveaway" in self.events:
            give = min(0.5, self.events["giveaway"][1] / (1 + self.events["giveaway"][1]))
        real_share = Fr / Ft
        shares = [
            ("active", real_share * max(0.05, 1 - lurk - natbot - give)),
            ("lurker", real_share * lurk),
            ("natbot", real_share * natbot),
            ("lottery", real_share * give),
            ("cheap", float(self.bought_cheap[-1]) / Ft),
            ("premium", float(self.bought_prem[-1]) / Ft),
            ("followback", float(self.churn_followers[-1]) / Ft),
        ]
        if self.pod_members:
            shares.append(("pod", min(0.3, len(self.pod_members) * 3 / Ft)))
        m = r.randint(50, 200)
        clusters = self.cluster_dates or [self.as_of - r.uniform(30, 400) * 86400]
        out: list[dict[str, Any]] = []
        for _ in range(m):
            kind = _wpick(r, shares)
            out.append(self._account(kind, clusters))
        return out

    def _account(self, kind, clusters):
        r, p, as_of = self.r, self.platform, self.as_of
        zh = self.lang == "zh" if p not in ZH_PLATFORMS else True
        acc: dict[str, Any] = {"id": str(r.randint(10**8, 10**11))}
        day = 86400
        last: float | None
        if kind == "active":
            disp = zh_name(r) if zh else en_name(r)
            if r.random() < (0.12 if zh else 0.03):
                disp = default_name(r, p)
            fo, fg, po = int(_lnorm(r, 120, 1.6)), int(_lnorm(r, 260, 0.9)), int(_lnorm(r, 45, 1.3))
            av, priv = r.random() < 0.93, r.random() < (0.3 if p == "instagram" else 0.05)
            bio = r.random() < 0.5
            created = as_of - r.uniform(0.3, 11) * 365 * day
            last = as_of - r.expovariate(1 / 15.0) * day
        elif kind == "lurker":
            disp = (
                default_name(r, p)
                if r.random() < (0.5 if zh else 0.25)
                else (zh_name(r) if zh else en_name(r))
            )
            fo, fg, po = (
                int(_lnorm(r, 6, 1.3)),
                int(_lnorm(r, 90, 1.0)),
                int(_lnorm(r, 1, 1.2)) if r.random() < 0.6 else 0,
            )
            av, priv = r.random() < 0.6, r.random() < (0.4 if p == "instagram" else 0.05)
            bio = r.random() < 0.12
            created = as_of - r.uniform(0.2, 10) * 365 * day
            last = as_of - r.uniform(60, 2000) * day if po > 0 else None
        elif kind == "natbot":
            disp = default_name(r, p) if r.random() < 0.6 else self._bot_author()
            fo, fg, po = (
                int(_lnorm(r, 3, 1.5)),
                int(_lnorm(r, 1800, 0.7)),
                int(_lnorm(r, 1, 1.5)) if r.random() < 0.5 else 0,
            )
            av, priv = r.random() < 0.35, False
            bio = r.random() < 0.1
            created = as_of - r.uniform(0.05, 4) * 365 * day
            last = as_of - r.uniform(30, 900) * day if po else None
        elif kind == "lottery":
            disp = (
                zh_name(r) + r.choice(["", "锦鲤", "好运", "中奖"])
                if zh
                else en_name(r) + r.choice(["", "_wins", "giveaways"])
            )
            fo, fg, po = (
                int(_lnorm(r, 150, 1.0)),
                int(_lnorm(r, 1500, 0.5)),
                int(_lnorm(r, 3000, 1.0)),
            )
            av, priv, bio = True, False, r.random() < 0.3
            created = as_of - r.uniform(0.5, 8) * 365 * day
            last = as_of - r.uniform(0, 5) * day
        elif kind == "cheap":
            disp = default_name(r, p) if r.random() < 0.55 else self._bot_author()
            fo, fg, po = (
                int(_lnorm(r, 2, 1.5)),
                int(_lnorm(r, 1200, 0.8)),
                int(_lnorm(r, 1, 1.3)) if r.random() < 0.35 else 0,
            )
            av, priv = r.random() < 0.4, r.random() < 0.1
            bio = r.random() < 0.08
            created = r.choice(clusters) - abs(r.gauss(0, 12)) * day
            last = created + r.uniform(0, 30) * day if po else None
        elif kind == "premium":
            disp = zh_name(r) if zh else en_name(r)
            fo, fg, po = int(_lnorm(r, 180, 0.8)), int(_lnorm(r, 700, 0.6)), int(_lnorm(r, 25, 0.7))
            av, priv = r.random() < 0.96, r.random() < 0.05
            bio = r.random() < 0.55
            created = r.choice(clusters) - r.uniform(200, 1500) * day
            last = as_of - r.uniform(20, 400) * day
        elif kind == "followback":
            disp = zh_name(r) if zh else en_name(r)
            fo, fg, po = (
                int(_lnorm(r, 800, 0.9)),
                int(_lnorm(r, 2500, 0.5)),
                int(_lnorm(r, 80, 1.0)),
            )
            av, priv, bio = r.random() < 0.95, r.random() < 0.1, r.random() < 0.7
            created = as_of - r.uniform(0.3, 6) * 365 * day
            last = as_of - r.expovariate(1 / 10.0) * day
        else:  # pod member
            disp = r.choice(self.pod_members)
            fo, fg, po = (
                int(_lnorm(r, 6000, 1.0)),
                int(_lnorm(r, 1200, 0.6)),
                int(_lnorm(r, 300, 0.7)),
            )
            av, priv, bio = True, False, True
            created = as_of - r.uniform(1, 7) * 365 * day
            last = as_of - r.uniform(0, 4) * day
        created = min(created, as_of - day)
        acc["username"] = handle_of(disp, r)
        acc["display_name"] = disp
        acc["followers"] = max(0, fo)
        acc["following"] = max(0, fg)
        acc["posts"] = max(0, po)
        acc["has_avatar"] = bool(av)
        acc["is_private"] = bool(priv)
        acc["verified"] = kind in ("active", "pod") and r.random() < 0.01
        if bio:
            acc["bio"] = self._bio(r.random() < 0.5)
        acc["has_url"] = bool(
            bio and r.random() < (0.5 if kind in ("pod", "premium", "followback") else 0.08)
        )
        acc["created_at"] = _date(created)
        if last is not None and po > 0:
            acc["last_post_at"] = _date(min(max(last, created), as_of))
        if p == "weibo":
            lv = {
                "active": (8, 35),
                "lurker": (1, 15),
                "natbot": (0, 5),
                "lottery": (15, 40),
                "cheap": (0, 4),
                "premium": (5, 20),
                "followback": (10, 30),
                "pod": (15, 38),
            }[kind]
            acc["platform_level"] = r.randint(*lv)
            acc["membership_level"] = (
                r.choice([0] * 12 + [1, 2, 3, 4, 5, 6, 7])
                if kind in ("active", "lottery", "pod", "followback")
                else 0
            )
            cr = {
                "active": [1, 2, 2, 3, 3, 4],
                "lurker": [0, 1, 1, 1, 2],
                "natbot": [0, 0, 1],
                "lottery": [1, 2, 3],
                "cheap": [0, 0, 0, 1],
                "premium": [1, 1, 2, 3],
                "followback": [1, 2, 3],
                "pod": [2, 3, 4],
            }[kind]
            acc["credit_rating"] = r.choice(cr)
        return acc

    def _bio(self, short):
        r = self.r
        c = self.category
        if self.lang == "zh":
            t = (
                r.choice(BIO_ZH)
                .replace("{c}", CAT_ZH_NAME[c])
                .replace("{city}", r.choice(CITY_ZH))
                .replace("{mail}", r.choice(PINYIN) + str(r.randint(1, 999)) + "@163.com")
            )
        else:
            t = (
                r.choice(BIO_EN)
                .replace("{c}", c)
                .replace("{city}", r.choice(CITY_EN))
                .replace("{mail}", r.choice(EN_FIRST) + "@gmail.com")
            )
        return t

    # ---------------------------------------------------------------- assemble
    def assemble(self) -> dict:
        r, p = self.r, self.platform
        zh = self.lang == "zh"
        disp = zh_name(r) if zh else en_name(r)
        handle = (
            handle_of(disp, r)
            if r.random() < 0.7
            else (
                r.choice(PINYIN) + r.choice(PINYIN) + str(r.randint(1, 999)) if zh else en_name(r)
            )
        )
        as_of = self.as_of
        # post ids and final post list
        posts = []
        for d in self.P:
            pid = self._post_id()
            d["post_id"] = pid
        kuaishou_nc = p == "kuaishou" and r.random() < 0.5
        ig_hidden = p == "instagram" and r.random() < 0.06
        include_comments = r.random() < 0.97
        comments = self.make_comments(handle) if include_comments else []
        per_post: dict[str, int] = {}
        for c in comments:
            per_post[c["post_id"]] = per_post.get(c["post_id"], 0) + 1
        for j, d in enumerate(self.P):
            post = {
                "post_id": d["post_id"],
                "posted_at": _iso(as_of + self.post_t[j] * 86400),
                "format": self.post_fmt[j],
                "likes": int(d["likes"]),
                "comments": int(d["comments"]),
            }
            for key in ("shares", "saves", "views", "coins", "danmaku"):
                if key in d:
                    post[key] = int(max(0, d[key]))
            if self.sponsored[j]:
                post["sponsored"] = True
            if ig_hidden:
                post["likes"] = 0
                post["likes_unknown"] = True
            if kuaishou_nc:
                post["comments"] = per_post.get(d["post_id"], 0)
                post["comments_unknown"] = True
            posts.append(post)
        posts.sort(key=lambda x: x["posted_at"], reverse=True)

        followers_now = int(self.F_total[-1])
        following_now = int(self.following[-1])
        age_days = max(self.H + 30, int(_lnorm(r, 1400, 0.5)))
        if self.arch in ("tiny_koc",):
            age_days = max(self.H + 10, int(_lnorm(r, 900, 0.7)))
        created = as_of - age_days * 86400
        n_total_posts = self.n_posts + (
            int(_lnorm(r, 150, 1.0)) if self.arch != "tiny_koc" else r.randint(0, 12)
        )
        verified = (
            (followers_now > 1e6 and r.random() < 0.8)
            or (followers_now > 1e5 and r.random() < 0.35)
            or r.random() < 0.03
        )
        if self.arch in ("celebrity_low_er", "idol_fandom"):
            verified = True
        profile = {
            "followers": followers_now,
            "following": following_now,
            "posts": n_total_posts,
            "verified": bool(verified),
            "created_at": _date(created),
            "bio": self._bio(True),
            "category": self.category,
            "country": "China"
            if zh and p in ZH_PLATFORMS
            else (
                "China"
                if zh and r.random() < 0.3
                else (
                    r.choice(["Taiwan", "Hong Kong", "Malaysia", "Singapore"])
                    if zh
                    else _wpick(r, COUNTRY_EN)
                )
            ),
        }
        uid = hashlib.sha1(f"{self.seed}/{self.i}".encode()).hexdigest()[:12]
        rec = {
            "creator_id": f"{p}:{handle}~{uid}",
            "platform": p,
            "handle": handle,
            "as_of": _iso(as_of),
            "profile": profile,
        }
        include_hist = r.random() < 0.75
        if include_hist:
            L = self.H + 1
            hist = []
            gap = None
            if r.random() < 0.12:
                g0 = r.randint(L - self.D, L - 5)
                gap = (g0, g0 + r.randint(3, 15))
            miss = r.uniform(0, 0.03)
            for k in range(L - self.D, L):
                if k < L - 1 and ((gap and gap[0] <= k < gap[1]) or r.random() < miss):
                    continue
                hist.append(
                    {
                        "date": _date(as_of + (k - L + 1) * 86400),
                        "followers": int(self.F_total[k]),
                        "following": int(self.following[k]),
                    }
                )
            rec["follower_history"] = hist
        elif r.random() < 0.15:
            back = r.randint(1, 30)
            profile["followers"] = int(self.F_total[-1 - back])
            profile["observed_at"] = _date(as_of - back * 86400)
        rec["posts"] = posts
        if include_comments:
            rec["comments"] = comments
        if r.random() < 0.65:
            rec["follower_sample"] = self.make_follower_sample()
        rec["label"] = self.label
        rec["archetype"] = self.arch
        return rec

    def _post_id(self):
        r, p = self.r, self.platform
        if p in ("douyin", "tiktok"):
            # was randint(7e18, 7.5 * 10**18): float stop + 1 rounds back to 7.5e18, so this is the same draw
            return str(r.randrange(7 * 10**18, 75 * 10**17))
        if p == "rednote":
            return f"{r.getrandbits(96):024x}"
        if p == "weibo":
            return str(r.randint(4 * 10**15, 5 * 10**15))
        if p == "bilibili":
            return "BV1" + "".join(
                r.choice("123456789abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ")
                for _ in range(9)
            )
        if p == "kuaishou":
            return "3x" + "".join(r.choice("abcdefghijkmnpqrstuvwxyz23456789") for _ in range(13))
        if p == "wechat_channels":
            return "export/" + "".join(
                r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                for _ in range(24)
            )
        return "".join(
            r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
            for _ in range(11)
        )


def _parse_ts(s: str) -> float:
    return (
        _dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=_dt.UTC).timestamp()
        if isinstance(s, str)
        else s
    )


def generate(n: int, seed: int) -> Iterator[dict]:
    """Yield n labelled creator records; record i depends only on (seed, i)."""
    for i in range(int(n)):
        yield _Creator(seed, i).build()


def _write_jsonl(out: IO[str], n: int, seed: int) -> None:
    for rec in generate(n, seed):
        out.write(json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description="charlie: simulate labelled genuine/fraudulent creators as JSONL"
    )
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=303)
    ap.add_argument("--out", default="charlie_creators.jsonl")
    a = ap.parse_args(argv)
    t0 = time.time()
    if a.out == "-":
        _write_jsonl(sys.stdout, a.n, a.seed)
    else:
        with open(a.out, "w", encoding="utf-8") as out:
            _write_jsonl(out, a.n, a.seed)
    print(f"wrote {a.n} creators to {a.out} in {time.time() - t0:.1f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

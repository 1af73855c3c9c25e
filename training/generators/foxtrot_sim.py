"""foxtrot_sim: an independent simulator of labelled social-media creators.

Emphasis: the hard cases on both sides - genuine creators that look odd, and cautious
fraud of the kind vendors sell to evade detection.

Usage:  python foxtrot_sim.py --n 2000 --seed 1 --out creators.jsonl
API:    generate(n, seed) -> iterator of dicts (record i depends only on (seed, i)).

Each record follows creator.schema.json plus two keys: ``label`` (1 fraud, 0 genuine) and
``archetype`` (combined frauds as ``combo:a+b``).

Archetypes (share of records; about 50% genuine / 50% fraud)
-------------------------------------------------------------
Genuine (label 0):
  organic_nano_koc       6.0%  tiny / brand-new KOC, 300-10k followers, few posts, friends comment
  organic_micro          7.0%  10k-100k, ordinary
  organic_mid            6.0%  100k-1M, ordinary
  organic_macro          3.0%  1M-8M, ordinary
  celebrity_low_er       3.0%  3M-60M, verified, very low engagement rate, some fan slogan repeats
  fandom_control         1.5%  idol / star whose fans run coordinated identical praise (控评)
  viral_spike            4.0%  one post goes 15-150x, follower surge after it, newcomers comment
  giveaway               3.5%  giveaway post: huge comment count, @-tags, hunters follow then leave
  shoutout               3.0%  a bigger account mentions them: follower jump with no post spike
  bot_purge              3.0%  platform purge removes 1-9% of followers in a day
  lurker_audience        3.0%  finance/knowledge/tech: low ER, few but long comments, many saves
  short_comment_niche    3.5%  dance/pets/beauty/gaming/comedy: comments short, emoji, 哈哈哈
  paid_promotion         2.5%  platform-sanctioned boost (DOU+/薯条/boosted post): reach + followers
  spam_targeted          2.5%  popular genuine creator whose comments draw third-party lures/bots
  dormant_returning      1.5%  long pause then returning, or slowly declining audience
Fraud (label 1), each with an intensity in [0,1] skewed to subtle (beta(1.2,2.0)):
  bought_followers_burst    5.0%  cheap bots delivered in 1-4 days, later partial drop-off; cautious
                                  buyers get mid-quality accounts, some timed right after a post
  bought_followers_drip     4.5%  constant daily top-up mixed into real growth
  bought_followers_premium  4.5%  "real-looking" accounts (avatar, posts, recent activity; half
                                  farm batches, half aged/taken-over accounts) that never engage
  bought_likes              5.0%  likes (sometimes views, or only views) above own norm on some posts
  bot_comments              4.0%  generic / emoji comments from bot accounts, in bursts
  engagement_pod            4.0%  pod / 互赞群: the same members comment fast on most posts; subtle
                                  pods write long, specific comments
  ai_praise                 4.0%  machine-written polished praise; subtle = a few dozen among real
  follow_unfollow_churn     4.0%  mass follow then unfollow; following count saw-tooths
  lure_spam                 3.0%  creator's comment section stuffed by its own lure network
                                  (disguised contact / resource spam), comment counts inflated
  combo:*                  12.0%  followers+likes, likes+bot comments, premium+ai praise,
                                  drip+pod, churn+pod, burst+likes+bot comments (full package),
                                  drip+ai praise+likes, premium+likes

Main assumptions
----------------
* Platforms: douyin .17, rednote .13, weibo .10, kuaishou .08, bilibili .07,
  wechat_channels .05 (60% Chinese); instagram .16, tiktok .14, youtube .10.
  Chinese platforms comment in Chinese; the others 80% English, 20% Chinese.
* Likes per follower per post fall with size (~F^-0.22), differ per platform (Weibo lowest,
  TikTok/RedNote highest) and vary log-normally between creators (sigma .6) and posts.
  Comments, shares, saves, views are per-platform ratios of likes with their own noise.
  Young posts have not finished accruing engagement.
* Follower growth: daily Poisson arrivals and departures around a smooth trend; half of the
  gains come in bumps after posts. Events (viral, giveaway, shout-out, purge, promotion,
  purchases, churn) are added on top. Profile counts above 10k are sometimes rounded as
  platforms display them (1.2w / 3.4M); history has occasional gaps; some records only have
  sparse stored snapshots instead of a daily history.
* Bought engagement does not bring its companions: bought likes do not bring comments,
  saves or shares; bought views do not bring likes; bought followers do not engage.
* Genuine audiences contain lurkers, dormant accounts and some organic bots (more on Weibo
  and on big/old accounts). Fake accounts: cheap (default names, no avatar, 0 posts, high
  following, batch-created), mid, premium (avatar, posts, stock bios, clustered creation).
* Blocks: posts always; comments ~95%; follower_history ~80% (15% of those sparse);
  follower_sample ~70%. The test harness is expected to remove blocks for its regimes.
* Kuaishou exports sometimes lack the comment count (comments_unknown); some Instagram
  creators hide likes (likes_unknown); sometimes profile.observed_at is an older snapshot.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from collections.abc import Iterator, Sequence
from datetime import date
from typing import Any, TextIO

import numpy as np

# --------------------------------------------------------------------------------------
# platforms
# --------------------------------------------------------------------------------------
PLATFORMS: dict[str, dict[str, Any]] = {
    # w: weight, er: likes/follower/post at 10k followers, cpl: comments per like,
    # vpl: views per like (None: not public), spl: shares per like, svpl: saves per like
    "douyin": dict(
        w=0.17,
        zh=True,
        er=0.035,
        cpl=0.03,
        vpl=22,
        spl=0.06,
        svpl=0.05,
        fmt=(("video", 0.87), ("image", 0.11), ("live", 0.02)),
    ),
    "rednote": dict(
        w=0.13,
        zh=True,
        er=0.05,
        cpl=0.09,
        vpl=None,
        spl=0.07,
        svpl=0.55,
        fmt=(("image", 0.7), ("video", 0.3)),
    ),
    "weibo": dict(
        w=0.10,
        zh=True,
        er=0.008,
        cpl=0.22,
        vpl=None,
        spl=0.25,
        svpl=0.0,
        fmt=(("text", 0.25), ("image", 0.5), ("video", 0.25)),
    ),
    "kuaishou": dict(
        w=0.08,
        zh=True,
        er=0.03,
        cpl=0.05,
        vpl=28,
        spl=0.04,
        svpl=0.03,
        fmt=(("video", 0.9), ("image", 0.05), ("live", 0.05)),
    ),
    "bilibili": dict(
        w=0.07,
        zh=True,
        er=0.045,
        cpl=0.07,
        vpl=18,
        spl=0.05,
        svpl=0.35,
        fmt=(("video", 0.95), ("text", 0.05)),
    ),
    "wechat_channels": dict(
        w=0.05,
        zh=True,
        er=0.02,
        cpl=0.06,
        vpl=None,
        spl=0.45,
        svpl=0.0,
        fmt=(("video", 0.9), ("live", 0.1)),
    ),
    "instagram": dict(
        w=0.16,
        zh=False,
        er=0.03,
        cpl=0.025,
        vpl=20,
        spl=0.03,
        svpl=0.06,
        fmt=(("image", 0.55), ("video", 0.45)),
    ),
    "tiktok": dict(
        w=0.14,
        zh=False,
        er=0.05,
        cpl=0.012,
        vpl=11,
        spl=0.02,
        svpl=0.04,
        fmt=(("video", 0.97), ("image", 0.03)),
    ),
    "youtube": dict(
        w=0.10,
        zh=False,
        er=0.015,
        cpl=0.05,
        vpl=28,
        spl=0.0,
        svpl=0.0,
        fmt=(("video", 0.96), ("live", 0.04)),
    ),
}
PLAT_NAMES = list(PLATFORMS)
PLAT_W = [PLATFORMS[p]["w"] for p in PLAT_NAMES]

GENUINE = [
    ("organic_nano_koc", 6.0),
    ("organic_micro", 7.0),
    ("organic_mid", 6.0),
    ("organic_macro", 3.0),
    ("celebrity_low_er", 3.0),
    ("fandom_control", 1.5),
    ("viral_spike", 4.0),
    ("giveaway", 3.5),
    ("shoutout", 3.0),
    ("bot_purge", 3.0),
    ("lurker_audience", 3.0),
    ("short_comment_niche", 3.5),
    ("paid_promotion", 2.5),
    ("spam_targeted", 2.5),
    ("dormant_returning", 1.5),
]
FRAUD = [
    ("bought_followers_burst", 5.0),
    ("bought_followers_drip", 4.5),
    ("bought_followers_premium", 4.5),
    ("bought_likes", 5.0),
    ("bot_comments", 4.0),
    ("engagement_pod", 4.0),
    ("ai_praise", 4.0),
    ("follow_unfollow_churn", 4.0),
    ("lure_spam", 3.0),
    ("combo:bought_followers_burst+bought_likes", 2.0),
    ("combo:bought_likes+bot_comments", 1.5),
    ("combo:bought_followers_premium+ai_praise", 1.5),
    ("combo:bought_followers_drip+engagement_pod", 1.5),
    ("combo:follow_unfollow_churn+engagement_pod", 1.0),
    ("combo:bought_followers_burst+bought_likes+bot_comments", 1.5),
    ("combo:bought_followers_drip+ai_praise+bought_likes", 1.5),
    ("combo:bought_followers_premium+bought_likes", 1.5),
]

NICHES_ZH = [
    "beauty",
    "fashion",
    "food",
    "travel",
    "tech",
    "gaming",
    "fitness",
    "parenting",
    "pets",
    "finance",
    "education",
    "music_dance",
    "comedy",
    "home",
    "auto",
    "lifestyle",
]
SHORT_NICHES = ["music_dance", "pets", "beauty", "gaming", "comedy"]
LURKER_NICHES = ["finance", "education", "tech", "auto", "home"]

# --------------------------------------------------------------------------------------
# vocabularies
# --------------------------------------------------------------------------------------
ITEMS_ZH = {
    "beauty": [
        "这个粉底液",
        "口红色号",
        "这盘眼影",
        "腮红",
        "这个妆",
        "底妆",
        "眉毛",
        "卸妆油",
        "防晒",
        "睫毛",
        "高光",
        "遮瑕",
    ],
    "fashion": [
        "这件外套",
        "裙子",
        "这套穿搭",
        "包包",
        "鞋子",
        "阔腿裤",
        "这件毛衣",
        "帽子",
        "耳环",
        "针织衫",
    ],
    "food": [
        "这道菜",
        "红烧肉",
        "这家店",
        "火锅",
        "蛋糕",
        "酱汁",
        "手擀面",
        "糖醋排骨",
        "奶茶",
        "煲仔饭",
        "卤味",
    ],
    "travel": [
        "这个地方",
        "民宿",
        "海边",
        "古镇",
        "攻略",
        "这条路线",
        "日落",
        "雪山",
        "这家酒店",
        "夜景",
    ],
    "tech": [
        "这款手机",
        "耳机",
        "键盘",
        "笔记本",
        "相机",
        "续航",
        "屏幕",
        "充电头",
        "平板",
        "显示器",
    ],
    "gaming": [
        "这个操作",
        "这局",
        "这个英雄",
        "皮肤",
        "新版本",
        "这关",
        "走位",
        "装备搭配",
        "开荒",
        "抽卡",
    ],
    "fitness": [
        "这个动作",
        "减脂餐",
        "腹肌",
        "深蹲",
        "体态",
        "跳绳",
        "普拉提",
        "蛋白粉",
        "臀腿训练",
    ],
    "parenting": ["宝宝", "辅食", "绘本", "孩子", "早教", "睡眠训练", "小书包", "幼儿园"],
    "pets": ["猫猫", "狗狗", "小猫咪", "猫粮", "毛孩子", "这只小狗", "猫爬架", "小脚脚"],
    "finance": ["基金", "这支股票", "定投", "理财", "利率", "存款", "养老金", "指数", "房贷"],
    "education": ["这个方法", "笔记", "考研", "英语", "单词", "时间管理", "错题本", "雅思", "公考"],
    "music_dance": ["这首歌", "这段舞", "副歌", "编曲", "嗓音", "这个卡点", "翻跳", "和声"],
    "comedy": ["这个梗", "结尾", "表情", "反转", "这段台词", "配音", "这个眼神"],
    "home": ["这个柜子", "装修", "收纳", "沙发", "灯", "地板", "这个配色", "厨房", "阳台"],
    "auto": ["这台车", "油耗", "内饰", "落地价", "续航", "底盘", "这个颜色", "座椅"],
    "lifestyle": ["这个vlog", "早餐", "房间", "日常", "周末", "手账", "咖啡", "这个杯子"],
}
ITEMS_EN = {
    "beauty": [
        "foundation",
        "lip shade",
        "palette",
        "blush",
        "this look",
        "brows",
        "cleansing balm",
        "sunscreen",
        "concealer",
    ],
    "fashion": [
        "jacket",
        "dress",
        "this fit",
        "bag",
        "boots",
        "trousers",
        "sweater",
        "earrings",
        "coat",
    ],
    "food": [
        "this recipe",
        "the sauce",
        "this place",
        "ramen",
        "cake",
        "the dough",
        "tacos",
        "this bowl",
        "curry",
    ],
    "travel": [
        "this spot",
        "the hotel",
        "beach",
        "itinerary",
        "the view",
        "this hike",
        "sunset",
        "old town",
    ],
    "tech": [
        "phone",
        "headphones",
        "keyboard",
        "laptop",
        "camera",
        "battery life",
        "display",
        "charger",
        "monitor",
    ],
    "gaming": [
        "that play",
        "this build",
        "the boss fight",
        "new patch",
        "that clutch",
        "speedrun",
        "loadout",
    ],
    "fitness": [
        "this move",
        "meal prep",
        "core workout",
        "squat form",
        "mobility routine",
        "protein",
        "leg day",
    ],
    "parenting": [
        "toddler",
        "baby food",
        "bedtime routine",
        "this book",
        "the kids",
        "daycare",
        "nap schedule",
    ],
    "pets": ["cat", "pup", "kitty", "those paws", "this dog", "the cat tree", "his little face"],
    "finance": [
        "index funds",
        "this stock",
        "budget",
        "interest rates",
        "savings",
        "retirement plan",
        "ETF",
    ],
    "education": [
        "this method",
        "notes",
        "exam prep",
        "vocab",
        "study schedule",
        "flashcards",
        "essay tips",
    ],
    "music_dance": [
        "this song",
        "the choreo",
        "the chorus",
        "that transition",
        "your voice",
        "the bridge",
        "harmony",
    ],
    "comedy": ["this bit", "the ending", "your face", "the plot twist", "that line", "the timing"],
    "home": [
        "this shelf",
        "the renovation",
        "storage hack",
        "couch",
        "lamp",
        "floors",
        "color palette",
        "kitchen",
    ],
    "auto": ["this car", "mileage", "interior", "price", "range", "suspension", "paint color"],
    "lifestyle": [
        "this vlog",
        "morning routine",
        "room",
        "weekend",
        "journal",
        "coffee setup",
        "mug",
    ],
}
ADJ_POS_ZH = [
    "好看",
    "绝",
    "可爱",
    "好用",
    "高级",
    "好吃",
    "治愈",
    "实用",
    "温柔",
    "上头",
    "惊艳",
    "舒服",
    "有质感",
    "干净",
    "显白",
    "香",
]
ADJ_NEG_ZH = [
    "贵",
    "踩雷",
    "难买",
    "麻烦",
    "不适合油皮",
    "一般",
    "太甜了",
    "有点假",
    "不耐脏",
    "卡顿",
]
ADJ_POS_EN = [
    "gorgeous",
    "so good",
    "adorable",
    "insane",
    "so clean",
    "underrated",
    "perfect",
    "beautiful",
    "wild",
    "cozy",
    "stunning",
    "fire",
]
ADJ_NEG_EN = [
    "pricey",
    "overrated",
    "hard to find",
    "a bit much",
    "too sweet",
    "kinda loud",
    "not for me",
]
TAIL_ZH = [
    "",
    "",
    "",
    "！",
    "！！",
    "～",
    "啊",
    "呀",
    "哈哈",
    "哈哈哈",
    "。",
    "…",
    "[哭笑]",
    "[赞]",
    "😭",
    "🥹",
    "😍",
    "[捂脸]",
    "吧",
    "欸",
    "嘿嘿",
    "?",
    "？？",
]
TAIL_EN = [
    "",
    "",
    "",
    "!",
    "!!",
    "...",
    " lol",
    " haha",
    " 😭",
    " 😍",
    " 🙌",
    " 🔥",
    " fr",
    " omg",
    " ❤️",
    " 😂",
    "?",
    " tbh",
]
SLANG_ZH = [
    "yyds",
    "绝绝子",
    "救命",
    "狠狠爱了",
    "真的会谢",
    "家人们",
    "姐妹们",
    "宝子",
    "蹲一个",
    "码住",
    "冲",
    "破防了",
    "绝了",
    "awsl",
    "DNA动了",
    "有被笑到",
    "谁懂啊",
    "太戳我了",
]
REACT_ZH = [
    "好看",
    "绝了",
    "哇",
    "太可爱了",
    "笑死",
    "爱了",
    "好美",
    "牛",
    "厉害",
    "哈哈哈",
    "真好",
    "羡慕",
    "好家伙",
    "服了",
    "泪目",
    "啊啊啊",
    "离谱",
    "好棒",
    "666",
    "太强了",
    "我哭死",
    "神仙",
]
REACT_EN = [
    "obsessed",
    "this is so good",
    "omg",
    "love this",
    "stunning",
    "lmao",
    "no way",
    "wow",
    "iconic",
    "need",
    "the best",
    "so cute",
    "yesss",
    "crying",
    "legend",
    "slay",
    "chef's kiss",
]
EMOJI = [
    "😍",
    "😂",
    "🥰",
    "🔥",
    "👍",
    "😭",
    "❤️",
    "🥹",
    "✨",
    "👏",
    "🙌",
    "💕",
    "😆",
    "🤣",
    "💯",
    "😮",
    "🤍",
    "💖",
    "😘",
    "🫶",
    "👀",
]
EMO_CODE_ZH = [
    "[赞]",
    "[笑哭]",
    "[爱心]",
    "[666]",
    "[比心]",
    "[哭惹R]",
    "[派对R]",
    "[doge]",
    "[允悲]",
    "[good]",
    "[玫瑰]",
    "[鼓掌]",
    "[偷笑]",
    "[呲牙]",
    "[色]",
    "[泪]",
]
RELATIVE_ZH = [
    "我妈",
    "我老公",
    "我闺蜜",
    "我家孩子",
    "我同事",
    "我室友",
    "我男朋友",
    "我姐",
    "我们老板",
    "我奶奶",
]
RELATIVE_EN = [
    "my mom",
    "my bf",
    "my sister",
    "my roommate",
    "my husband",
    "my kid",
    "my best friend",
    "my coworker",
]
CITIES_ZH = [
    "上海",
    "北京",
    "成都",
    "杭州",
    "广州",
    "深圳",
    "重庆",
    "武汉",
    "西安",
    "南京",
    "长沙",
    "厦门",
    "苏州",
    "天津",
    "青岛",
    "昆明",
]
CITIES_EN = [
    "NYC",
    "LA",
    "London",
    "Toronto",
    "Sydney",
    "Chicago",
    "Austin",
    "Manila",
    "Singapore",
    "Seattle",
    "Dublin",
    "Melbourne",
]
BRANDS_ZH = [
    "完美日记",
    "花西子",
    "兰蔻",
    "雅诗兰黛",
    "优衣库",
    "小米",
    "华为",
    "大疆",
    "海底捞",
    "喜茶",
    "蕉下",
    "珀莱雅",
    "安踏",
    "李宁",
    "宜家",
]
BRANDS_EN = [
    "Sephora",
    "Zara",
    "Uniqlo",
    "Apple",
    "Trader Joe's",
    "Glossier",
    "Anker",
    "IKEA",
    "Target",
    "Aritzia",
    "Costco",
    "Rare Beauty",
]
TOPIC_ZH = {
    "beauty": "妆容",
    "fashion": "穿搭",
    "food": "美食",
    "travel": "旅行",
    "tech": "数码",
    "gaming": "游戏",
    "fitness": "健身",
    "parenting": "育儿",
    "pets": "萌宠",
    "finance": "理财",
    "education": "学习",
    "music_dance": "音乐舞蹈",
    "comedy": "搞笑",
    "home": "家居",
    "auto": "汽车",
    "lifestyle": "生活",
}
TOPIC_EN = {
    "beauty": "makeup",
    "fashion": "styling",
    "food": "cooking",
    "travel": "travel",
    "tech": "tech",
    "gaming": "gaming",
    "fitness": "fitness",
    "parenting": "parenting",
    "pets": "pet",
    "finance": "money",
    "education": "study",
    "music_dance": "dance",
    "comedy": "comedy",
    "home": "home decor",
    "auto": "car",
    "lifestyle": "lifestyle",
}

# ---- genuine comment templates -------------------------------------------------------
G_ZH = [
    "请问{item}是哪家的{tail}",
    "{item}也太{pos}了吧{tail}",
    "求{item}链接{tail}",
    "我也买了{item}，{exp}",
    "{item}真的{pos}，{rel}都说{pos2}",
    "看完马上去试了{item}，{res}",
    "感觉{item}有点{neg}{tail}",
    "{city}的姐妹有没有一起的{tail}",
    "第{n}次看了，还是{react}",
    "能不能出一期{topic}相关的{tail}",
    "什么时候更新{topic}啊 {slang}",
    "@{friend} 快看这个{tail}",
    "@{friend} 我们周末去{tail}",
    "{rel}也是这样，{story}",
    "不太同意，{item}其实{neg}，{why}",
    "{slang}，{item}{pos}到我了",
    "{item}多少钱啊{tail}",
    "{item}适合{who}吗{tail}",
    "刚好在找{item}，{res2}",
    "前排{tail}",
    "来了来了{tail}",
    "{react}{tail}",
    "{react}{react2}",
    "{slang}{tail}",
    "这期{topic}讲得好清楚，{res2}",
    "{item}那段{pos}死了{tail}",
    "我不管，{item}是我的了{tail}",
    "为什么我做出来就{neg}{tail}",
    "博主{compliment}{tail}",
    "笑死 {rel}在旁边问我笑什么",
    "已经{act}了{tail}",
    "{item}用了一个月，{exp}",
    "{who}表示很需要{tail}",
    "有点想{act2}了{tail}",
    "{city}哪里能买到{item}{tail}",
    "这个{when}看刚刚好",
    "说实话{item}我觉得一般，但是{item2}真的{pos}",
    "同款{item}！{exp}",
]
EXP_ZH = [
    "确实不错",
    "用着还行就是有点贵",
    "回购第三次了",
    "踩雷了哈哈",
    "比想象中好",
    "一般般吧",
    "真的好用到哭",
    "味道绝了",
    "没有博主说的那么夸张",
    "性价比很高",
    "我皮肤有点过敏",
    "孩子特别喜欢",
    "等了好久才到货",
]
RES_ZH = [
    "成功了！",
    "翻车了哈哈哈",
    "还挺简单的",
    "家里人都说好",
    "比我之前的方法好多了",
    "差点没做出来",
    "效果一般，可能我手残",
]
RES2_ZH = ["收藏了慢慢看", "先码住", "学到了", "马上去试试", "终于找到了", "太及时了", "转给我妈了"]
STORY_ZH = [
    "每次都忍不住",
    "上次还吵了一架哈哈",
    "完全一模一样",
    "我真的以为只有我这样",
    "看得我好想家",
    "已经三年了",
]
WHY_ZH = ["我用了两周没啥变化", "价格差太多了", "要看个人情况", "之前踩过坑", "新手不太建议"]
WHO_ZH = ["学生党", "油皮", "新手", "小个子", "上班族", "宝妈", "南方人", "干皮", "社恐"]
COMPLIMENT_ZH = [
    "声音好好听",
    "好会拍",
    "剪辑好用心",
    "讲得好细",
    "太真实了",
    "审美好好",
    "性格好好",
    "好有耐心",
]
ACT_ZH = ["三连", "收藏", "转发给闺蜜", "下单", "关注", "截图"]
ACT2_ZH = ["去旅游", "剪头发", "养猫", "换手机", "减肥", "学做饭", "重新开始"]
WHEN_ZH = ["下班路上", "睡前", "吃饭的时候", "周末", "失眠的时候"]

G_EN = [
    "where did you get the {item}{tail}",
    "the {item} is {pos}{tail}",
    "need a link to the {item}{tail}",
    "I tried the {item} last week and {exp}",
    "{rel} has the same {item} and {exp}",
    "okay the {item} though{tail}",
    "is the {item} worth it for {who}?",
    "not gonna lie the {item} looks {neg}{tail}",
    "watched this {n} times{tail}",
    "can you do a {topic} video next?",
    "@{friend} look at this{tail}",
    "@{friend} we need to do this{tail}",
    "{react}{tail}",
    "{react} {emo}",
    "this {item} is {pos}, {res2}",
    "honestly the {item} {exp}",
    "{rel} would love this{tail}",
    "anyone in {city} know where to get the {item}?",
    "saving this for later{tail}",
    "the way the {item} looks {pos}{tail}",
    "why does mine never look like this {emo}",
    "you explained the {item} so well{tail}",
    "came for the {item}, stayed for {comp}",
    "{comp} is unmatched{tail}",
    "I disagree about the {item}, {why}",
    "first time seeing your stuff and {res2}",
    "this is the content I'm here for{tail}",
    "ok but {item2} though{tail}",
    "how long did the {item} take?",
    "can't believe the {item} is only that price{tail}",
]
EXP_EN = [
    "it actually works",
    "it was fine i guess",
    "I'm obsessed now",
    "it broke after a week lol",
    "I'm never going back",
    "honestly overrated",
    "it was worth every penny",
    "it was kind of a flop for me",
    "my skin hated it",
]
RES2_EN = [
    "saving this",
    "adding to my list",
    "gonna try it tonight",
    "sending to my sister",
    "thank you for this",
    "needed this today",
]
WHO_EN = [
    "beginners",
    "oily skin",
    "small spaces",
    "students",
    "short people",
    "busy moms",
    "a tight budget",
]
WHY_EN = [
    "mine lasted like a month",
    "the older version was better",
    "it depends on your setup",
    "price went up a lot",
]
COMP_EN = ["your voice", "the editing", "the vibes", "your energy", "the commentary", "the honesty"]


def _pick(rng, seq):
    return seq[int(rng.random() * len(seq))]


def _friend(rng, zh):
    return _nick_zh(rng) if zh else _uname_en(rng)


def _two(rng, items):
    a = _pick(rng, items)
    b = _pick(rng, items)
    while b == a:
        b = _pick(rng, items)
    return a, b


def genuine_text_zh(rng, niche):
    items = ITEMS_ZH[niche]
    t = _pick(rng, G_ZH)
    it1, it2 = _two(rng, items)
    s = t.format(
        item=it1,
        item2=it2,
        tail=_pick(rng, TAIL_ZH),
        pos=_pick(rng, ADJ_POS_ZH),
        pos2=_pick(rng, ADJ_POS_ZH),
        neg=_pick(rng, ADJ_NEG_ZH),
        exp=_pick(rng, EXP_ZH),
        res=_pick(rng, RES_ZH),
        res2=_pick(rng, RES2_ZH),
        rel=_pick(rng, RELATIVE_ZH),
        city=_pick(rng, CITIES_ZH),
        n=rng.randint(2, 30),
        react=_pick(rng, REACT_ZH),
        react2=_pick(rng, REACT_ZH),
        topic=TOPIC_ZH[niche],
        slang=_pick(rng, SLANG_ZH),
        friend=_friend(rng, True),
        story=_pick(rng, STORY_ZH),
        why=_pick(rng, WHY_ZH),
        who=_pick(rng, WHO_ZH),
        compliment=_pick(rng, COMPLIMENT_ZH),
        act=_pick(rng, ACT_ZH),
        act2=_pick(rng, ACT2_ZH),
        when=_pick(rng, WHEN_ZH),
    )
    r = rng.random()
    if r < 0.25:  # second clause
        t2 = _pick(rng, G_ZH)
        s2 = t2.format(
            item=_pick(rng, items),
            item2=_pick(rng, items),
            tail="",
            pos=_pick(rng, ADJ_POS_ZH),
            pos2=_pick(rng, ADJ_POS_ZH),
            neg=_pick(rng, ADJ_NEG_ZH),
            exp=_pick(rng, EXP_ZH),
            res=_pick(rng, RES_ZH),
            res2=_pick(rng, RES2_ZH),
            rel=_pick(rng, RELATIVE_ZH),
            city=_pick(rng, CITIES_ZH),
            n=rng.randint(2, 30),
            react=_pick(rng, REACT_ZH),
            react2=_pick(rng, REACT_ZH),
            topic=TOPIC_ZH[niche],
            slang=_pick(rng, SLANG_ZH),
            friend=_friend(rng, True),
            story=_pick(rng, STORY_ZH),
            why=_pick(rng, WHY_ZH),
            who=_pick(rng, WHO_ZH),
            compliment=_pick(rng, COMPLIMENT_ZH),
            act=_pick(rng, ACT_ZH),
            act2=_pick(rng, ACT2_ZH),
            when=_pick(rng, WHEN_ZH),
        )
        s = s + _pick(rng, ["，", " ", "。", "！"]) + s2
    elif r < 0.4:
        s += _pick(rng, EMO_CODE_ZH) * rng.randint(1, 3)
    elif r < 0.5:
        s += _pick(rng, EMOJI) * rng.randint(1, 3)
    return s


def genuine_text_en(rng, niche):
    items = ITEMS_EN[niche]
    it1, it2 = _two(rng, items)
    kw = dict(
        item=it1,
        item2=it2,
        tail=_pick(rng, TAIL_EN),
        pos=_pick(rng, ADJ_POS_EN),
        neg=_pick(rng, ADJ_NEG_EN),
        exp=_pick(rng, EXP_EN),
        res2=_pick(rng, RES2_EN),
        rel=_pick(rng, RELATIVE_EN),
        city=_pick(rng, CITIES_EN),
        n=rng.randint(2, 30),
        react=_pick(rng, REACT_EN),
        topic=TOPIC_EN[niche],
        friend=_friend(rng, False),
        who=_pick(rng, WHO_EN),
        why=_pick(rng, WHY_EN),
        comp=_pick(rng, COMP_EN),
        emo=_pick(rng, EMOJI),
    )
    s = _pick(rng, G_EN).format(**kw)
    r = rng.random()
    if r < 0.2:
        kw["tail"] = ""
        kw["item"] = _pick(rng, items)
        kw["react"] = _pick(rng, REACT_EN)
        s = s + _pick(rng, [". ", " ", "! ", " - "]) + _pick(rng, G_EN).format(**kw)
    if rng.random() < 0.35:
        s = s.lower() if rng.random() < 0.7 else s[:1].upper() + s[1:]
    if rng.random() < 0.15:
        s += _pick(rng, EMOJI) * rng.randint(1, 4)
    return s


def short_text(rng, zh):
    r = rng.random()
    if zh:
        if r < 0.25:
            return "哈" * rng.randint(2, 14)
        if r < 0.45:
            return _pick(rng, EMOJI) * rng.randint(1, 5)
        if r < 0.6:
            return _pick(rng, EMO_CODE_ZH) * rng.randint(1, 4)
        if r < 0.85:
            return _pick(rng, REACT_ZH) + _pick(rng, TAIL_ZH)
        return _pick(rng, SLANG_ZH) + _pick(rng, TAIL_ZH)
    if r < 0.2:
        return _pick(rng, ["lol", "lmao", "LMAOOO", "haha", "hahaha", "😂😂", "dead"]) + _pick(
            rng, TAIL_EN
        )
    if r < 0.5:
        return _pick(rng, EMOJI) * rng.randint(1, 6)
    return _pick(rng, REACT_EN) + _pick(rng, TAIL_EN)


def creator_reply(rng, zh, target):
    if zh:
        s = _pick(
            rng,
            [
                "谢谢喜欢～",
                "是的呢",
                "链接在主页橱窗哦",
                "哈哈哈被你发现了",
                "好的下期安排！",
                "宝子冲",
                "抱抱",
                "谢谢宝",
                "是{b}家的哦",
                "评论区有写哦",
                "对的对的",
                "哈哈哈哈哈",
                "下次一定",
                "好嘞",
                "在做了在做了",
                "[比心]",
                "油皮也可以的",
                "{c}有门店的",
                "我也觉得！",
                "收到～",
            ],
        ).format(b=_pick(rng, BRANDS_ZH), c=_pick(rng, CITIES_ZH))
        if target and rng.random() < 0.5:
            s = "回复@" + target + ": " + s
        return s
    s = _pick(
        rng,
        [
            "thank you!! 🥹",
            "haha right??",
            "it's from {b}!",
            "yes! link in bio",
            "appreciate you 🙏",
            "noted for the next one!",
            "lol exactly",
            "❤️",
            "thank youuu",
            "it took forever honestly",
            "you're the best",
            "it's {b} 🙌",
        ],
    ).format(b=_pick(rng, BRANDS_EN))
    if target and rng.random() < 0.4:
        s = "@" + target + " " + s
    return s


# ---- fraud / special comment texts ---------------------------------------------------
BOT_ZH = [
    "好看",
    "支持",
    "赞赞赞",
    "不错",
    "加油",
    "太棒了",
    "👍👍👍",
    "[赞][赞][赞]",
    "好",
    "可以",
    "666",
    "真好",
    "支持一下",
    "厉害了",
    "很棒",
    "喜欢",
    "优秀",
    "必须支持",
    "学习了",
    "来了",
    "[玫瑰][玫瑰]",
    "好作品",
    "点赞",
    "赞",
    "👍",
    "不错不错",
    "顶",
    "真不错",
    "美",
    "[鼓掌]",
    "好视频",
    "大家好",
    "关注了",
    "可以可以",
]
BOT_EN = [
    "Nice!",
    "Great post",
    "Awesome 🔥",
    "Love this ❤️",
    "Amazing content",
    "Nice pic",
    "🔥🔥🔥",
    "👍",
    "Wow",
    "Cool",
    "Beautiful",
    "So nice",
    "Great job",
    "👏👏",
    "❤️❤️",
    "Perfect",
    "Super",
    "Good",
    "Love it",
    "Great 👍",
    "nice post",
    "😍😍😍",
    "Amazing",
    "Awesome pic",
    "Keep it up",
    "Fantastic",
]

AI_OPEN_ZH = [
    "这篇关于{topic}的分享真的太用心了！",
    "看完博主的{topic}内容，收获满满。",
    "不得不说，博主在{topic}方面的见解非常独到。",
    "内容质量非常高，",
    "这期{topic}干货满满，",
    "真的很喜欢这种高质量的{topic}分享！",
    "博主对{item}的讲解让我眼前一亮，",
    "一直在关注博主的{topic}内容，",
    "每次看博主的作品都有新的收获，",
]
AI_MID_ZH = [
    "从细节到整体都讲解得清晰有条理，",
    "每一个步骤都介绍得非常详细，",
    "可以看出博主在背后付出了很多努力，",
    "既专业又接地气，让人受益匪浅，",
    "无论是画面还是内容都十分精致，",
    "尤其是关于{item}的部分，讲得特别透彻，",
    "整体节奏把握得恰到好处，",
    "内容充实且富有启发性，",
    "把{item}的优缺点都分析得很到位，",
]
AI_CLOSE_ZH = [
    "期待更多优质内容！",
    "已收藏，会持续关注！",
    "感谢分享，继续加油！✨",
    "希望博主越来越好！",
    "真的是宝藏博主！",
    "强烈推荐给大家！",
    "支持博主，期待下一期！🌟",
    "值得反复观看学习。",
    "为博主的用心点赞！👍",
]
AI_OPEN_EN = [
    "What a fantastic {topic} post!",
    "I absolutely love how you approached the {item} here.",
    "Your {topic} content never disappoints —",
    "This is such a thoughtful and well-crafted post.",
    "Wow, this is genuinely inspiring!",
    "Such a refreshing take on {topic}!",
    "I really appreciate the effort that went into this.",
    "This {item} breakdown is incredibly helpful!",
]
AI_MID_EN = [
    " The attention to detail here is truly impressive,",
    " You explained everything so clearly and concisely,",
    " It really resonates with me and I'm sure many others,",
    " The way you highlighted the {item} is spot on,",
    " Your passion for {topic} truly shines through,",
    " Every element works together beautifully,",
    " The insights about the {item} are so valuable,",
]
AI_CLOSE_EN = [
    " keep up the amazing work! ✨",
    " can't wait to see what you share next! 🙌",
    " thank you for sharing such valuable insights!",
    " this is exactly the kind of content we need more of.",
    " truly a gem of a creator! 💯",
    " looking forward to more! 🌟",
    " absolutely love it! 👏",
]

POD_ZH_BLATANT = [
    "已赞已藏 姐妹回访一下～",
    "互关了宝",
    "来啦 支持一下 也来看看我的笔记呀",
    "三连了 互三",
    "+1 已关注",
    "已赞 求回",
    "互赞互评 来了",
    "支持姐妹 已点赞收藏",
    "打卡 互助",
    "已三连 回三连谢谢",
    "来了宝 互相支持",
    "已关 求回关",
]
POD_EN_BLATANT = [
    "Great post! 🔥🔥",
    "Love this so much 😍",
    "Amazing shot!! 👏",
    "This is fire 🔥",
    "Obsessed with this!! ❤️",
    "Stunning as always 😍",
    "Yesss love it 🙌",
    "So good!! 💯",
    "Beautiful feed 💕",
    "Gorgeous 😍🔥",
]
POD_ZH_SUBTLE = [
    "{item}这个细节好用心，我之前完全没注意到，下次也试试{tail}",
    "看了好几遍{item}那部分，{pos}，想问下是自己{act}的吗",
    "姐妹的{topic}笔记一直很有参考价值，这次{item}的对比特别清楚",
    "{item}真的{pos}！我上次在{city}也看到类似的，不过没有这么{pos2}",
    "这个{item}的思路好棒，准备照着做一次，做完来交作业{tail}",
    "内容好扎实，{item}那里讲到了我一直纠结的点，谢谢分享",
]
POD_EN_SUBTLE = [
    "Okay the {item} in this is giving everything 😍 the way you styled it with neutral tones is so clever, saving this!",
    "Such a helpful breakdown of {topic}! I've been struggling with the {item} and your tip makes so much sense 🙌",
    "The {item} looks {pos} here — how long did it take you to get it right? Definitely trying this week",
    "I love how honest you are about the {item}, so rare these days. Sharing with my {rel2} friends!",
    "This is exactly what I needed for my {topic} routine, the part about the {item} is gold ✨",
    "Your {topic} posts always make my day, and this {item} might be my favorite so far! 💛",
]

LURE_RES_ZH = [
    "资源",
    "教程",
    "网课",
    "壁纸",
    "原图",
    "全集",
    "副业项目",
    "电子书",
    "考研资料",
    "剪辑素材",
]
LURE_ZH = [
    "主页有惊喜哦",
    "看我主页第一个作品",
    "想要{res}的看我简介",
    "私我发你{res}",
    "需要{res}的加❤: {vx}",
    "薇❤{vx}",
    "v.x：{vx} 领取{res}",
    "➕V {vx} 免费送{res}",
    "扣扣群：{digits}",
    "兼职日结 看我头像",
    "{res}已经整理好了 戳我头像",
    "我这有全套{res}，滴滴我",
    "同城交友 看我昵称",
    "有需要{res}的吗 看我名字",
    "宝 你要的{res}在我置顶",
    "懂的都懂 看我主页❤",
    "zui近在做{res} 一天三五百 私",
    "想变美的看我主页第三条",
    "谁要{res} 扣1 我私你",
]
LURE_EN = [
    "DM @{h} to get featured 🚀",
    "Send this to @{h} they'll promote it",
    "I earned ${d},{dd}00 this week thanks to @{h} 🙏 check her page",
    "Check my bio for something special 😘",
    "ᴄʜᴇᴄᴋ ᴍʏ ʙɪᴏ 💋",
    "Want more followers? 👉 @{h}",
    "Collab? DM us @{h} 📩",
    "Promote it on @{h} 💯",
    "𝓒𝓱𝓮𝓬𝓴 𝓶𝔂 𝓹𝓻𝓸𝓯𝓲𝓵𝓮 😍",
    "I'm giving away free {res} in my story 🎁",
    "who wants free {res}? link in my bio",
    "Hi dear 😊 I sent you a DM",
    "Make $500 daily from home, ask me how 💸",
    "Mr. @{h} changed my life, his crypto signals are legit",
]
LURE_RES_EN = ["presets", "gift cards", "iPhones", "courses", "ebooks", "followers"]
GIVEAWAY_ZH = [
    "参与一下 许愿",
    "想要！！",
    "冲冲冲 希望是我",
    "许愿锦鲤 🙏",
    "好运来",
    "抽我抽我",
    "参与 @{f1} @{f2}",
    "@{f1} @{f2} @{f3}",
    "想要想要想要",
    "转发了 求中",
    "第一次参加抽奖 希望有好运",
    "已关注已转发 许愿",
    "万一呢",
    "想要{item}！",
]
GIVEAWAY_EN = [
    "Entered! @{f1} @{f2}",
    "I'd love to win this! 🙏",
    "@{f1} @{f2} @{f3}",
    "done ✅ @{f1}",
    "fingers crossed 🤞",
    "would love the {item}!! @{f1}",
    "@{f1} let's win this",
    "Entered 💕",
    "followed & shared!",
    "pick me pleeease 😭",
]
FAN_ZH = [
    "{star}新剧《{drama}》持续热播中",
    "{star}，一直在！",
    "{star}辛苦啦，要好好休息哦",
    "今天也超级爱{star}",
    "#{star}# 未来可期",
    "{star}yyds！我们一直都在",
    "哥哥今天也超帅",
    "{star}的每一个作品都值得被看见",
    "期待{star}的新作品！",
    "{star}生日快乐！！",
]
STARS = [
    "坤坤",
    "千玺",
    "小战",
    "一博",
    "杨老师",
    "迪迪",
    "鹿晗",
    "源源",
    "小凯",
    "阿云嘎",
    "柏芝",
    "周哥",
]
DRAMAS = ["星河长明", "与凤行", "长风渡", "云之羽", "繁花", "我的人间烟火", "流水迢迢"]
VIRAL_ZH = [
    "怎么刷到这的",
    "大数据推荐的",
    "来自首页推荐",
    "被推了",
    "这是火了吗",
    "路过",
    "第一次刷到",
    "被朋友转发来的",
    "评论区人好多",
]
VIRAL_EN = [
    "how did i end up here lol",
    "algorithm brought me here",
    "fyp got me",
    "this blew up haha",
    "who else is here from the fyp",
    "just found you and i'm hooked",
    "late but this is gold",
]
SHOUT_ZH = ["从{b}那过来的", "{b}推荐来的", "{b}的粉丝报道", "看到{b}转发来的"]
SHOUT_EN = [
    "came from @{b}'s story!",
    "here because @{b} shouted you out",
    "@{b} sent me",
    "found you through @{b} 💕",
]

# ---- names ----------------------------------------------------------------------------
NICK_PRE = [
    "小",
    "阿",
    "大",
    "是",
    "一只",
    "爱吃",
    "不吃",
    "今天也要",
    "快乐的",
    "温柔",
    "神秘的",
    "可爱的",
    "",
    "",
    "",
    "",
    "老",
    "胖",
]
NICK_CORE = [
    "鱼",
    "猫",
    "橙子",
    "西瓜",
    "桃子",
    "兔兔",
    "星星",
    "月亮",
    "糖",
    "柚子",
    "奶茶",
    "土豆",
    "豆包",
    "芒果",
    "熊",
    "鹿",
    "椰子",
    "可乐",
    "栗子",
    "momo",
    "Coco",
    "Luna",
    "Eva",
    "阿狸",
    "饺子",
    "团子",
    "麻薯",
    "晴天",
    "木木",
    "一一",
    "花卷",
    "布丁",
    "雪糕",
    "葡萄",
    "小满",
    "朵朵",
    "嘉嘉",
    "甜甜",
    "阿杰",
    "老王",
    "浩浩",
    "小宇",
]
NICK_SUF = [
    "",
    "",
    "",
    "酱",
    "呀",
    "呢",
    "_",
    "子",
    "仔",
    "吖",
    "🍊",
    "今天吃什么",
    "不想上班",
    "w",
    "同学",
    "本人",
    "的日常",
    "_xx",
]
SURNAME = [
    "王",
    "李",
    "张",
    "刘",
    "陈",
    "杨",
    "黄",
    "赵",
    "周",
    "吴",
    "徐",
    "孙",
    "马",
    "朱",
    "胡",
    "林",
    "郭",
    "何",
    "高",
    "罗",
]
GIVEN = [
    "伟",
    "芳",
    "娜",
    "敏",
    "静",
    "丽",
    "强",
    "磊",
    "洋",
    "艳",
    "勇",
    "军",
    "杰",
    "娟",
    "涛",
    "明",
    "超",
    "秀英",
    "霞",
    "平",
    "婷",
    "雪",
    "晨",
    "欣怡",
    "子涵",
    "梓萱",
]
FIRST_EN = [
    "jess",
    "mike",
    "emma",
    "liam",
    "sofia",
    "noah",
    "ava",
    "mia",
    "lucas",
    "chloe",
    "ethan",
    "zoe",
    "sam",
    "grace",
    "alex",
    "maya",
    "ryan",
    "lily",
    "jay",
    "nina",
    "kate",
    "ben",
    "anna",
    "leo",
    "ella",
    "dan",
    "rosa",
    "tom",
    "ivy",
    "max",
]
LAST_EN = [
    "smith",
    "lee",
    "garcia",
    "nguyen",
    "brown",
    "kim",
    "lopez",
    "patel",
    "jones",
    "chen",
    "miller",
    "davis",
    "wong",
    "reyes",
    "silva",
]
HOBBY_EN = [
    "eats",
    "travels",
    "fit",
    "art",
    "photo",
    "reads",
    "beauty",
    "style",
    "vibes",
    "daily",
    "life",
    "music",
    "gamer",
    "bakes",
]


def _nick_zh(rng):
    r = rng.random()
    if r < 0.15:
        return (
            _pick(rng, SURNAME)
            + _pick(rng, GIVEN)
            + ("" if rng.random() < 0.7 else str(rng.randint(1, 999)))
        )
    if r < 0.22:
        return (
            _pick(rng, FIRST_EN).capitalize() + _pick(rng, ["", "_", "."]) + _pick(rng, NICK_CORE)
        )
    s = _pick(rng, NICK_PRE) + _pick(rng, NICK_CORE) + _pick(rng, NICK_SUF)
    if rng.random() < 0.2:
        s += str(rng.randint(0, 9999))
    return s


def _uname_en(rng):
    r = rng.random()
    f = _pick(rng, FIRST_EN)
    if r < 0.3:
        return (
            f
            + _pick(rng, ["", ".", "_"])
            + _pick(rng, LAST_EN)
            + ("" if rng.random() < 0.5 else str(rng.randint(1, 99)))
        )
    if r < 0.55:
        return f + _pick(rng, ["", ".", "_"]) + _pick(rng, HOBBY_EN)
    if r < 0.75:
        return f + str(rng.randint(80, 2005))
    if r < 0.9:
        return _pick(rng, ["the", "its", "just", "not"]) + f + _pick(rng, ["", "_", "x"])
    return f + "_" + _pick(rng, HOBBY_EN) + "_" + str(rng.randint(1, 99))


def _digits(rng, k):
    return str(rng.randint(10 ** (k - 1), 10**k - 1))


def default_name(rng, platform):
    """The name a platform gives an account that never chose one (typical of bot accounts)."""
    if platform in ("douyin", "weibo"):
        return "用户" + _digits(rng, rng.choice((10, 11, 12)))
    if platform == "kuaishou":
        return "快手用户" + _digits(rng, 10)
    if platform == "rednote":
        return f"小红薯{rng.getrandbits(32):08X}"
    if platform == "bilibili":
        return "bili_" + _digits(rng, rng.choice((8, 9, 10, 11)))
    if platform == "wechat_channels":
        return "微信用户" + _digits(rng, 6)
    if platform == "youtube":
        return "@user-" + "".join(
            rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(8)
        )
    if platform == "tiktok":
        return "user" + _digits(rng, rng.choice((10, 11, 13)))
    # instagram cheap bots: name + digits or random letters
    if rng.random() < 0.5:
        return (
            _pick(rng, FIRST_EN)
            + _pick(rng, ["_", ".", ""])
            + _pick(rng, LAST_EN)
            + _digits(rng, rng.choice((3, 4, 5)))
        )
    return "".join(
        rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(6, 9))
    ) + _digits(rng, 4)


def real_name(rng, zh):
    return _nick_zh(rng) if zh else _uname_en(rng)


def vx_obf(rng):
    base = "".join(
        rng.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(rng.randint(2, 5))
    ) + _digits(rng, rng.randint(3, 6))
    r = rng.random()
    if r < 0.3:
        return " ".join(base)
    if r < 0.5:
        circ = "⓪①②③④⑤⑥⑦⑧⑨"
        return "".join(circ[int(c)] if c.isdigit() else c for c in base)
    if r < 0.65:
        return "".join(chr(ord(c) + 0xFEE0) if c.isalnum() else c for c in base)  # full-width
    if r < 0.8:
        return "\u200b".join(base)
    return base.upper()


# --------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------
def _ts(t):
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(int(t)))


def _date(t):
    return time.strftime("%Y-%m-%d", time.gmtime(int(t)))


DAY = 86400.0


def _weighted(rng, pairs):
    tot = sum(w for _, w in pairs)
    r = rng.random() * tot
    for name, w in pairs:
        r -= w
        if r <= 0:
            return name
    return pairs[-1][0]


def _round_display(f, rng):
    if f < 10000:
        return f
    digits = len(str(f))
    keep = rng.choice((2, 3, 3))
    q = 10 ** max(0, digits - keep)
    return int(round(f / q) * q)


def _intensity(rng):
    return min(1.0, max(0.0, rng.betavariate(1.2, 2.0)))


# --------------------------------------------------------------------------------------
# follower accounts
# --------------------------------------------------------------------------------------
BIO_ZH = [
    "生活明朗 万物可爱",
    "热爱生活",
    "喜欢就关注吧",
    "一只爱吃的小胖子",
    "摄影爱好者📷",
    "考研人 冲鸭",
    "宝妈一枚",
    "Be yourself",
    "努力搬砖中",
    "追星女孩",
    "一个普通人",
    "记录生活",
    "佛系更新",
    "别来无恙",
    "今天也要开心",
    "健身打卡",
    "猫奴",
    "吃货一枚",
]
BIO_EN = [
    "coffee & books ☕📚",
    "just vibing",
    "mom of 2 💕",
    "living my best life",
    "dog mom 🐶",
    "photography | travel",
    "gym. food. sleep.",
    "in my healing era",
    "sneakerhead",
    "she/her",
    "nurse 👩‍⚕️",
    "student",
    "foodie 🍜",
    "God first 🙏",
]
STOCK_BIO_ZH = [
    "人生没有白走的路，每一步都算数",
    "做最好的自己",
    "热爱生活，热爱自己",
    "心若向阳，无畏悲伤",
    "简单生活，快乐每一天",
]
STOCK_BIO_EN = [
    "Live laugh love ✨",
    "Follow your dreams",
    "Life is beautiful 🌸",
    "Just a simple person who loves life",
    "Positive vibes only 💫",
    "Entrepreneur | Dreamer | Believer",
]


def make_account(rng, kind, plat, zh, as_of_t, batch_t=None):
    """One follower account profile. kind decides the statistical family."""
    acc: dict[str, Any] = {}
    day = DAY
    if kind in ("cheap_fake", "natural_bot"):
        name = (
            default_name(rng, plat)
            if rng.random() < (0.75 if kind == "cheap_fake" else 0.6)
            else real_name(rng, zh)
        )
        followers = int(rng.expovariate(1 / 3.0)) if rng.random() < 0.9 else rng.randint(5, 60)
        following = (
            int(math.exp(rng.gauss(6.6, 0.8)))
            if kind == "cheap_fake"
            else int(math.exp(rng.gauss(5.8, 1.0)))
        )
        posts = 0 if rng.random() < 0.7 else rng.randint(1, 6)
        avatar = rng.random() < 0.25
        bt = batch_t if batch_t is not None else as_of_t - rng.uniform(20, 900) * day
        created = bt + rng.gauss(0, 4) * day
        last_post = None if posts == 0 else created + rng.uniform(0, 30) * day
        bio = "" if rng.random() < 0.85 else _pick(rng, STOCK_BIO_ZH if zh else STOCK_BIO_EN)
        private = rng.random() < (0.35 if plat == "instagram" else 0.03)
        level = rng.randint(0, 3)
        credit = rng.choice((0, 0, 1))
    elif kind == "mid_fake":
        name = real_name(rng, zh) if rng.random() < 0.6 else default_name(rng, plat)
        followers = int(math.exp(rng.gauss(3.2, 1.0)))
        following = int(math.exp(rng.gauss(6.8, 0.6)))
        posts = rng.randint(0, 25)
        avatar = rng.random() < 0.75
        bt = batch_t if batch_t is not None else as_of_t - rng.uniform(60, 1200) * day
        created = bt + rng.gauss(0, 10) * day
        last_post = None if posts == 0 else created + rng.uniform(5, 200) * day
        bio = "" if rng.random() < 0.6 else _pick(rng, STOCK_BIO_ZH if zh else STOCK_BIO_EN)
        private = rng.random() < (0.2 if plat == "instagram" else 0.02)
        level = rng.randint(2, 10)
        credit = rng.choice((0, 1, 1, 2))
    elif kind == "premium_fake":
        name = real_name(rng, zh)
        followers = int(math.exp(rng.gauss(5.4, 0.8)))
        following = int(followers * math.exp(rng.gauss(1.0, 0.4)))
        posts = int(math.exp(rng.gauss(3.3, 0.6)))
        avatar = rng.random() < 0.96
        if batch_t is not None and rng.random() < 0.5:
            created = batch_t + rng.gauss(0, 25) * day  # farm-registered batch
        else:
            created = as_of_t - rng.uniform(400, 3000) * day  # aged accounts bought or taken over
        last_post = as_of_t - rng.uniform(1, 60) * day
        bio = _pick(rng, STOCK_BIO_ZH if zh else STOCK_BIO_EN) if rng.random() < 0.6 else ""
        private = rng.random() < (0.08 if plat == "instagram" else 0.01)
        level = rng.randint(10, 24)
        credit = rng.choice((1, 2, 2, 3))
    elif kind == "followback":
        name = real_name(rng, zh)
        followers = int(math.exp(rng.gauss(6.5, 1.2)))
        following = int(followers * math.exp(rng.gauss(0.2, 0.3)))
        posts = int(math.exp(rng.gauss(3.5, 1.0)))
        avatar = rng.random() < 0.92
        created = as_of_t - rng.uniform(200, 2500) * day
        last_post = as_of_t - rng.expovariate(1 / 20) * day
        bio = (
            _pick(
                rng,
                [
                    "互关必回",
                    "有关必回",
                    "follow4follow",
                    "f4f ✨",
                    "互粉互赞",
                    "回关秒回",
                    "💯 follow back",
                ],
            )
            if rng.random() < 0.45
            else _pick(rng, BIO_ZH if zh else BIO_EN)
        )
        private = rng.random() < 0.05
        level = rng.randint(5, 25)
        credit = rng.choice((1, 2, 2, 3))
    elif kind == "giveaway_hunter":
        name = real_name(rng, zh)
        followers = int(math.exp(rng.gauss(4.0, 1.0)))
        following = int(math.exp(rng.gauss(7.3, 0.6)))
        posts = int(math.exp(rng.gauss(5.0, 1.2)))  # mostly reposts of giveaways
        avatar = rng.random() < 0.85
        created = as_of_t - rng.uniform(100, 3000) * day
        last_post = as_of_t - rng.expovariate(1 / 3) * day
        bio = (
            _pick(
                rng,
                ["锦鲤附体", "抽奖专用", "好运来", "中奖绝缘体", "giveaway lover 🎁", "luck pls"],
            )
            if rng.random() < 0.5
            else ""
        )
        private = False
        level = rng.randint(8, 30)
        credit = rng.choice((1, 2, 2))
    else:  # active / lurker / dormant / peer (real people)
        name = real_name(rng, zh) if rng.random() < 0.93 else default_name(rng, plat)
        age_days = rng.uniform(60, 4000)
        created = as_of_t - age_days * day
        if kind == "active":
            followers = int(math.exp(rng.gauss(4.3 if zh else 5.3, 1.3)))
            following = int(math.exp(rng.gauss(5.3, 0.9)))
            posts = int(math.exp(rng.gauss(3.8, 1.2)))
            last_post = as_of_t - rng.expovariate(1 / 12) * day
            avatar = rng.random() < 0.95
        elif kind == "lurker":
            followers = int(math.exp(rng.gauss(1.8, 1.2)))
            following = int(math.exp(rng.gauss(4.9, 1.0)))
            posts = 0 if rng.random() < 0.55 else rng.randint(1, 12)
            last_post = None if posts == 0 else as_of_t - rng.uniform(10, 900) * day
            avatar = rng.random() < 0.7
        elif kind == "peer":
            followers = int(math.exp(rng.gauss(8.5, 1.5)))
            following = int(math.exp(rng.gauss(6.0, 0.8)))
            posts = int(math.exp(rng.gauss(5.2, 0.8)))
            last_post = as_of_t - rng.expovariate(1 / 4) * day
            avatar = True
        else:  # dormant
            followers = int(math.exp(rng.gauss(2.5, 1.2)))
            following = int(math.exp(rng.gauss(4.8, 1.0)))
            posts = rng.randint(0, 40)
            last_post = None if posts == 0 else as_of_t - rng.uniform(400, 2500) * day
            created = as_of_t - rng.uniform(900, 4200) * day
            avatar = rng.random() < 0.6
        if last_post is not None and last_post < created:
            last_post = created + rng.uniform(1, 30) * day
        bio = (
            ""
            if rng.random() < (0.45 if kind != "peer" else 0.05)
            else (
                _pick(rng, BIO_ZH if zh else BIO_EN)
                if rng.random() < 0.7
                else (
                    f"{_pick(rng, CITIES_ZH)} | {rng.choice((70, 80, 85, 90, 95, 0, 5))}后 | "
                    f"{_pick(rng, ['打工人', '学生', '宝妈', '设计师', '程序员', '老师'])}"
                    if zh
                    else f"{_pick(rng, CITIES_EN)} 📍 {_pick(rng, HOBBY_EN)}"
                )
            )
        )
        private = rng.random() < (0.3 if plat == "instagram" else 0.04)
        level = (
            max(0, int(age_days / 120 + rng.gauss(3, 3)))
            if kind != "lurker"
            else rng.randint(1, 12)
        )
        credit = rng.choice((1, 2, 2, 3, 3, 4)) if kind != "lurker" else rng.choice((1, 1, 2, 2, 3))
    if created > as_of_t - day:
        created = as_of_t - rng.uniform(1, 30) * day
    acc["id"] = str(rng.getrandbits(48))
    acc["username"] = name
    if zh or rng.random() < 0.5:
        acc["display_name"] = name
    acc["followers"] = max(0, int(followers))
    acc["following"] = max(0, int(following))
    acc["posts"] = max(0, int(posts))
    acc["has_avatar"] = bool(avatar)
    acc["is_private"] = bool(private)
    acc["verified"] = bool(kind == "peer" and rng.random() < 0.3)
    if bio:
        acc["bio"] = bio
    acc["has_url"] = bool(
        (kind in ("peer", "premium_fake") and rng.random() < 0.3) or rng.random() < 0.03
    )
    acc["created_at"] = _date(created)
    if last_post is not None and acc["posts"] > 0:
        acc["last_post_at"] = _date(min(max(last_post, created), as_of_t))
    if plat == "weibo":
        acc["platform_level"] = int(min(48, max(0, level)))
        acc["membership_level"] = (
            0 if rng.random() < 0.88 or kind in ("cheap_fake", "natural_bot") else rng.randint(1, 7)
        )
        acc["credit_rating"] = int(credit)
    return acc


# --------------------------------------------------------------------------------------
# the creator
# --------------------------------------------------------------------------------------
def _choose_archetype(rng):
    label = 1 if rng.random() < 0.5 else 0
    return label, _weighted(rng, FRAUD if label else GENUINE)


def _size_for(rng, arch, comps):
    lu = rng.uniform
    if arch == "organic_nano_koc":
        return int(math.exp(lu(math.log(300), math.log(10000))))
    if arch == "organic_micro" or arch == "short_comment_niche" or arch == "giveaway":
        return int(math.exp(lu(math.log(8000), math.log(120000))))
    if arch == "organic_mid":
        return int(math.exp(lu(math.log(100000), math.log(1000000))))
    if arch == "organic_macro":
        return int(math.exp(lu(math.log(1000000), math.log(8000000))))
    if arch in ("celebrity_low_er", "fandom_control"):
        return int(math.exp(lu(math.log(3000000), math.log(60000000))))
    if arch == "spam_targeted":
        return int(math.exp(lu(math.log(80000), math.log(5000000))))
    if arch in ("viral_spike", "shoutout"):
        return int(math.exp(lu(math.log(800), math.log(300000))))
    if comps:  # fraud: mostly bought-into-tier creators, a few bigger
        r = rng.random()
        if r < 0.2:
            return int(math.exp(lu(math.log(1000), math.log(10000))))
        if r < 0.85:
            return int(math.exp(lu(math.log(10000), math.log(300000))))
        return int(math.exp(lu(math.log(300000), math.log(3000000))))
    return int(math.exp(lu(math.log(2000), math.log(2000000))))


def make_creator(seed: int, i: int) -> dict:
    rng = random.Random(f"foxtrot:{seed}:{i}")
    nrng = np.random.default_rng([abs(int(seed)) % (2**32), i, 977])
    label, arch = _choose_archetype(rng)
    comps = {}
    if label:
        names = arch[6:].split("+") if arch.startswith("combo:") else [arch]
        for c in names:
            comps[c] = _intensity(rng)

    # ---- platform, niche, language
    platform = rng.choices(PLAT_NAMES, PLAT_W)[0]
    if arch == "fandom_control":
        platform = rng.choice(("weibo", "weibo", "weibo", "douyin", "bilibili"))
    if arch == "celebrity_low_er" and rng.random() < 0.3:
        platform = "weibo"
    if arch == "paid_promotion" and rng.random() < 0.5:
        platform = rng.choice(("douyin", "rednote", "instagram", "kuaishou"))
    P = PLATFORMS[platform]
    zh = P["zh"] or rng.random() < 0.2
    if arch == "fandom_control":
        zh = True
    if arch == "short_comment_niche":
        niche = rng.choice(SHORT_NICHES)
    elif arch == "lurker_audience":
        niche = rng.choice(LURKER_NICHES)
    elif arch in ("celebrity_low_er", "fandom_control"):
        niche = rng.choice(("music_dance", "lifestyle", "fashion", "comedy"))
    else:
        niche = rng.choice(NICHES_ZH)
    short_bias = (
        0.15
        + (0.5 if arch == "short_comment_niche" else 0.0)
        + (0.15 if niche in SHORT_NICHES else 0.0)
    )
    if arch == "lurker_audience":
        short_bias = 0.05

    # ---- time frame
    as_of_t = (
        1735689600 + rng.uniform(0, 300) * DAY + rng.uniform(0, DAY)
    )  # 2025-01-01 .. late Oct 2025
    as_of_day = int(as_of_t // DAY)
    F_target = max(50, _size_for(rng, arch, comps))
    new_account = arch == "organic_nano_koc" and rng.random() < 0.45
    n_posts = rng.randint(10, 18) if arch == "organic_nano_koc" else rng.randint(10, 60)
    if arch in ("celebrity_low_er", "fandom_control", "organic_macro"):
        n_posts = rng.randint(15, 60)
    mean_iv = math.exp(rng.uniform(math.log(0.6), math.log(8.0)))
    if new_account:
        mean_iv = rng.uniform(2, 7)
    ivs = [rng.expovariate(1 / mean_iv) + 0.05 for _ in range(n_posts)]
    gap = 0.0
    if arch == "dormant_returning" and rng.random() < 0.6:
        gap = rng.uniform(60, 200)  # pause before the latest few posts
        k = rng.randint(3, 8)
        ivs[k] += gap
    first_off = rng.uniform(0.05, 3.0)
    post_age = []  # days before as_of
    a = first_off
    for v in ivs:
        post_age.append(a)
        a += v
    span = post_age[-1]
    H = rng.randint(90, 365)
    if new_account:
        acct_age = span + rng.uniform(5, 40)
        H = int(min(H, max(30, acct_age - 1)))
        H = max(H, min(90, int(acct_age)))
    else:
        acct_age = max(span + 30, rng.uniform(300, 3500))
    D = int(max(H, span + 5)) + 2
    # day index 0..D-1, last day = as_of day
    t_day0 = (as_of_day - (D - 1)) * DAY

    # ---- organic follower trend
    if arch == "organic_nano_koc":
        g = rng.gauss(0.5, 0.35) if not new_account else rng.uniform(1.5, 4.0)
    elif arch in ("celebrity_low_er", "fandom_control", "organic_macro"):
        g = rng.gauss(0.04, 0.06)
    elif arch == "dormant_returning":
        g = rng.gauss(-0.04, 0.04)
    elif F_target < 100000:
        g = rng.gauss(0.22, 0.22)
    else:
        g = rng.gauss(0.1, 0.12)
    g = g * D / 365.0
    x = np.linspace(0.0, 1.0, D)
    warp = np.cumsum(nrng.normal(0, 1, D))
    warp = (warp - np.linspace(warp[0], warp[-1], D)) / math.sqrt(D) * 0.03
    F_exp = F_target * np.exp(g * (x - 1.0) + warp)
    if new_account:
        start_idx = max(0, D - int(acct_age))
        F_exp[:start_idx] = 0.0
        F_exp[start_idx:] = (
            np.maximum(1.0, F_target * np.exp(g * (x[start_idx:] - 1.0)))
            * np.linspace(0.02, 1.0, D - start_idx) ** 0.7
        )
    out_rate = rng.uniform(0.0002, 0.0012)
    inc = np.maximum(np.diff(F_exp, prepend=F_exp[0]), 0.0) + F_exp * out_rate
    dow = 1.0 + 0.12 * np.sin(2 * np.pi * (np.arange(D) + rng.randint(0, 6)) / 7.0)
    day_noise = np.exp(nrng.normal(0, 0.35, D))

    # ---- per-creator engagement parameters
    er = P["er"] * min(4.0, max(0.25, (F_target / 1e4) ** -0.22)) * math.exp(rng.gauss(0, 0.6))
    cpl = P["cpl"] * math.exp(rng.gauss(0, 0.45))
    svpl = P["svpl"] * math.exp(rng.gauss(0, 0.4))
    spl = P["spl"] * math.exp(rng.gauss(0, 0.5))
    vpl = (P["vpl"] * math.exp(rng.gauss(0, 0.4))) if P["vpl"] else None
    sig_post = rng.uniform(0.35, 0.9)
    if arch in ("celebrity_low_er", "fandom_control"):
        er *= rng.uniform(0.05, 0.35)
        cpl *= rng.uniform(1.0, 2.5)
    if arch == "lurker_audience":
        er *= rng.uniform(0.15, 0.45)
        cpl *= rng.uniform(0.4, 0.9)
        svpl = max(svpl, 0.2) * rng.uniform(1.5, 3.0)
        if vpl:
            vpl *= rng.uniform(1.5, 3.0)
    if arch == "organic_nano_koc":
        er *= rng.uniform(0.8, 2.0)
        cpl *= rng.uniform(1.0, 2.5)
        sig_post = rng.uniform(0.5, 1.1)
    if arch == "short_comment_niche":
        cpl *= rng.uniform(1.0, 1.8)
    if arch == "dormant_returning":
        er *= rng.uniform(0.3, 0.8)
    if arch == "spam_targeted":
        er *= rng.uniform(0.8, 1.5)

    # ---- posts: organic reach multipliers
    post_day = [int(D - 1 - pa) for pa in post_age]
    mult = np.exp(nrng.normal(0, sig_post, n_posts))
    # ordinary creators also have small hits now and then
    for k in range(n_posts):
        if rng.random() < 0.05:
            mult[k] *= rng.uniform(2, 6)
    events = np.zeros(D)  # extra genuine follower arrivals (positive) / losses (negative)
    ev_loss = np.zeros(D)
    special_post = {}
    if arch == "viral_spike":
        k = rng.randint(0, n_posts - 1)
        while post_day[k] < 0:
            k = rng.randint(0, n_posts - 1)
        vm = math.exp(rng.uniform(math.log(15), math.log(150)))
        mult[k] *= vm
        special_post[k] = "viral"
        gain = F_target * rng.uniform(0.15, 1.2)
        d0 = post_day[k]
        for j in range(0, 21):
            if d0 + j < D:
                events[d0 + j] += gain * (0.45 * math.exp(-j / 2.0))
        # a share of the viral arrivals leave again in the following weeks
        lost = gain * rng.uniform(0.03, 0.15)
        for j in range(7, 40):
            if d0 + j < D:
                ev_loss[d0 + j] += lost / 33
    if arch == "giveaway":
        k = rng.randint(0, n_posts - 1)
        special_post[k] = "giveaway"
        mult[k] *= rng.uniform(2, 8)
        gain = F_target * rng.uniform(0.08, 0.5)
        d0 = post_day[k]
        L = rng.randint(3, 10)
        for j in range(L):
            if 0 <= d0 + j < D:
                events[d0 + j] += gain / L
        back = gain * rng.uniform(0.25, 0.6)
        for j in range(L, L + 25):
            if 0 <= d0 + j < D:
                ev_loss[d0 + j] += back / 25 * (2.0 if j < L + 5 else 0.75)
    shout_day = None
    shout_name = None
    if arch == "shoutout":
        shout_day = rng.randint(int(D * 0.2), D - 5)
        gain = F_target * rng.uniform(0.05, 0.6)
        for j in range(0, 10):
            events[shout_day + j if shout_day + j < D else D - 1] += gain * (
                0.55 * math.exp(-j / 1.3)
            )
        shout_name = real_name(rng, zh)
    if arch == "paid_promotion":
        for _ in range(rng.randint(1, 3)):
            k = rng.randint(0, n_posts - 1)
            special_post[k] = "promo"
            mult[k] *= rng.uniform(2.5, 10)
            gain = F_target * rng.uniform(0.02, 0.15)
            d0 = post_day[k]
            L = rng.randint(1, 5)
            for j in range(L + 2):
                if 0 <= d0 + j < D:
                    events[d0 + j] += gain / (L + 2)

    # post-driven bumps: half of organic gains arrive after posts
    base_in = inc * dow * day_noise
    steady = base_in * 0.5
    bump_total = float(base_in.sum() * 0.5)
    bumps = np.zeros(D)
    wsum = float(sum(mult[k] for k in range(n_posts) if post_day[k] >= 0)) or 1.0
    kern = (0.5, 0.28, 0.12, 0.07, 0.03)
    for k in range(n_posts):
        d0 = post_day[k]
        if d0 < 0:
            continue
        share = bump_total * mult[k] / wsum
        if special_post.get(k) == "viral":
            share = min(share, bump_total * 0.2)
        for j, w in enumerate(kern):
            if d0 + j < D:
                bumps[d0 + j] += share * w
    if not bumps.any():
        steady = base_in
    lam_in = np.maximum(steady + bumps + events, 0.0)
    arrivals = nrng.poisson(lam_in)
    departures = nrng.poisson(np.maximum(F_exp * out_rate + ev_loss, 0.0))
    F0 = int(F_exp[0])
    F_real = np.maximum(0, F0 + np.cumsum(arrivals - departures)).astype(np.int64)
    if new_account:
        F_real[: max(0, D - int(acct_age))] = 0

    # ---- fraud follower components
    fake_cheap = np.zeros(D)
    fake_mid = np.zeros(D)
    fake_prem = np.zeros(D)
    fb = np.zeros(D)
    following = None
    batch_times = []
    F_end_real = max(1.0, float(F_real[-1]))

    def _delivered(amount, d0, L, decay_frac, decay_days, noise):
        arr = np.zeros(D)
        per = amount / L
        for j in range(L):
            if 0 <= d0 + j < D:
                arr[d0 + j :] += per * (1 + noise * rng.gauss(0, 1))
        if decay_frac > 0:
            end = min(D, d0 + L)
            if end < D:
                tt = np.arange(D - end)
                arr[end:] -= amount * decay_frac * (1 - np.exp(-tt / decay_days))
        return np.maximum(arr, 0.0)

    if "bought_followers_burst" in comps:
        x_ = comps["bought_followers_burst"]
        total = F_end_real * (0.03 + 1.6 * x_**1.4)
        nb = rng.choice((1, 1, 2, 3)) if x_ < 0.6 else rng.choice((1, 2, 3, 4))
        for _b in range(nb):
            amt = total / nb * rng.uniform(0.6, 1.4)
            d0 = rng.randint(max(0, D - H), D - 4) if rng.random() < 0.85 else rng.randint(0, D - 4)
            if x_ < 0.5 and rng.random() < 0.4:
                # camouflage: delivered right after one of the creator's own (better) posts
                cand = [post_day[k] for k in range(n_posts) if max(0, D - H) <= post_day[k] < D - 4]
                if cand:
                    d0 = rng.choice(cand) + rng.randint(0, 1)
                    kk = post_day.index(d0) if d0 in post_day else None
                    if kk is not None:
                        mult[kk] *= rng.uniform(1.5, 3.0)
            L = 1 if x_ > 0.6 else rng.randint(1, 4)
            drop = rng.uniform(0.05, 0.45) if x_ > 0.3 else rng.uniform(0.0, 0.15)
            arr = _delivered(amt, d0, L, drop, rng.uniform(5, 40), 0.05)
            if x_ > 0.45:
                fake_cheap += arr
            else:
                fake_mid += arr
            batch_times.append(t_day0 + d0 * DAY - rng.uniform(10, 400) * DAY)
        if x_ > 0.5 and rng.random() < 0.35:  # a platform purge later takes out part of them
            pd = rng.randint(max(1, D - H // 2), D - 1)
            frac = rng.uniform(0.2, 0.6)
            fake_cheap[pd:] *= 1 - frac
    if "bought_followers_drip" in comps:
        x_ = comps["bought_followers_drip"]
        total = F_end_real * (0.03 + 0.8 * x_**1.4)
        L = rng.randint(14, max(15, min(H - 2, 120)))
        d0 = rng.randint(max(0, D - H), D - L) if max(0, D - H) < D - L else max(0, D - L)
        cv = rng.uniform(0.03, 0.2)
        arr = np.zeros(D)
        per = total / L
        for j in range(L):
            if d0 + j < D:
                arr[d0 + j] = max(0.0, per * (1 + cv * rng.gauss(0, 1)))
        cum = np.cumsum(arr)  # no drop-off: drip vendors "refill" losses
        if x_ > 0.5:
            fake_cheap += cum * 0.5
            fake_mid += cum * 0.5
        else:
            fake_mid += cum * 0.6
            fake_prem += cum * 0.4
        batch_times.append(t_day0 + d0 * DAY - rng.uniform(30, 600) * DAY)
    if "bought_followers_premium" in comps:
        x_ = comps["bought_followers_premium"]
        total = F_end_real * (0.03 + 0.7 * x_**1.4)
        nb = rng.choice((1, 2))
        for _b in range(nb):
            d0 = (
                rng.randint(max(0, D - H), D - 12)
                if rng.random() < 0.8
                else rng.randint(0, max(1, D - 12))
            )
            L = rng.randint(3, 12)
            fake_prem += _delivered(total / nb, d0, L, rng.uniform(0, 0.06), 30, 0.15)
            batch_times.append(t_day0 + d0 * DAY - rng.uniform(400, 1600) * DAY)
    if "follow_unfollow_churn" in comps:
        x_ = comps["follow_unfollow_churn"]
        base_following = rng.uniform(800, 3500) if x_ < 0.5 else rng.uniform(2500, 6500)
        cap = (
            7500 if platform in ("instagram", "tiktok") else (2000 if platform == "weibo" else 5000)
        )
        following = np.full(D, base_following)
        fbr = rng.uniform(0.05, 0.25)
        t = rng.randint(0, 10)
        while t < D - 2:
            A = rng.uniform(80, 400) + x_ * rng.uniform(200, 1500)
            A = (
                min(A, cap - base_following - 10)
                if cap - base_following > 100
                else rng.uniform(50, 90)
            )
            Lf = rng.randint(1, 3)
            hold = rng.randint(2, 12)
            for j in range(Lf):
                if t + j < D:
                    following[t + j :] += A / Lf
            ut = t + Lf + hold
            if ut < D:
                following[ut:] -= A * rng.uniform(0.85, 1.0)
            gain = A * fbr
            for j in range(1, 4):
                if t + j < D:
                    fb[t + j :] += gain / 3
            if ut + 1 < D:
                tt = np.arange(D - ut - 1)
                fb[ut + 1 :] -= gain * rng.uniform(0.3, 0.6) * (1 - np.exp(-tt / 5.0))
            t = ut + rng.randint(1, int(30 - 25 * x_) + 1)
        following = np.clip(following + nrng.normal(0, 3, D).cumsum() * 0.2, 0, None)
        fb = np.maximum(fb, 0)
    if following is None:
        if arch in ("celebrity_low_er", "fandom_control"):
            f_end = rng.randint(10, 400)
        elif arch == "organic_nano_koc":
            f_end = int(math.exp(rng.gauss(5.3, 0.8)))
        else:
            f_end = int(math.exp(rng.gauss(5.5, 1.0)))
        steps = nrng.choice([-1, 0, 0, 0, 0, 1, 1], size=D) * (nrng.random(D) < 0.15)
        following = np.clip(f_end - (np.cumsum(steps[::-1])[::-1] - steps), 0, None).astype(float)
        if "bought_followers_burst" in comps or "bought_followers_drip" in comps:
            pass
    fake_total = fake_cheap + fake_mid + fake_prem
    F_total = F_real + np.round(fake_total).astype(np.int64) + np.round(fb).astype(np.int64)
    if arch == "bot_purge":
        pd = rng.randint(max(1, D - H + 5), D - 2)
        frac = rng.uniform(0.01, 0.09)
        F_total[pd:] -= int(F_total[pd] * frac)
        F_total = np.maximum(F_total, 0)
    F_final = int(F_total[-1])

    # ---- posts
    lang_zh = zh
    fmts = P["fmt"]
    fraud_likes = comps.get("bought_likes")
    like_variant = None
    boosted = set()
    if fraud_likes is not None:
        xl = fraud_likes
        like_variant = "likes" if rng.random() < 0.5 else ("likes+views" if vpl else "likes")
        if vpl and rng.random() < 0.2:
            like_variant = "views"
        p_boost = 0.2 + 0.8 * xl
        like_mult_lo = 1.15 + 1.5 * xl**1.3
        like_mult_hi = like_mult_lo + 0.3 + 6.0 * xl**1.5
    pod = None
    if "engagement_pod" in comps:
        xp = comps["engagement_pod"]
        pod_size = int(rng.uniform(6, 14) + xp * rng.uniform(10, 35))
        pod = [real_name(rng, lang_zh) for _ in range(pod_size)]
        pod_cover = rng.uniform(0.55, 0.95)
    sponsored_rate = rng.uniform(0, 0.3) if F_target > 5000 else rng.uniform(0, 0.08)
    hide_likes = platform == "instagram" and rng.random() < 0.08
    comments_unknown = platform == "kuaishou" and rng.random() < 0.35
    ev_cum = np.cumsum(events)
    posts = []
    post_meta: list[dict[str, Any]] = []
    cid_prefix = f"p{i:06d}"
    for k in range(n_posts):
        pt = as_of_t - post_age[k] * DAY
        d = post_day[k]
        base_f = float(F_exp[max(0, d)] + (ev_cum[max(0, d)] * 0.7))
        if new_account and d >= 0:
            base_f = max(base_f, float(F_real[d]))
        base_f += 0.1 * float(fb[max(0, d)])  # follow-backs barely engage
        age_days = post_age[k]
        accr = 1 - math.exp(-age_days / 1.2)
        lk_exp = max(0.3, base_f * er * mult[k] * accr)
        if special_post.get(k) == "viral":
            lk_exp = max(lk_exp, 200 * accr)
        fmt = _weighted(rng, fmts)
        if fmt == "live":
            lk_exp *= 0.6
        likes = (
            int(nrng.poisson(lk_exp))
            if lk_exp < 1e6
            else int(lk_exp * math.exp(rng.gauss(0, 0.01)))
        )
        c_ratio = cpl * math.exp(rng.gauss(0, 0.4))
        if special_post.get(k) == "giveaway":
            c_ratio *= rng.uniform(8, 40)
        if special_post.get(k) == "viral":
            c_ratio *= rng.uniform(0.4, 1.0)
        comments = int(nrng.poisson(max(0.05, likes * c_ratio)))
        shares = (
            int(nrng.poisson(max(0.01, likes * spl * math.exp(rng.gauss(0, 0.5))))) if spl else None
        )
        saves = (
            int(nrng.poisson(max(0.01, likes * svpl * math.exp(rng.gauss(0, 0.4)))))
            if svpl
            else None
        )
        views = None
        if vpl and (platform != "instagram" or fmt == "video"):
            views = int(likes * vpl * math.exp(rng.gauss(0, 0.35))) + rng.randint(0, 50)
        if special_post.get(k) == "giveaway" and shares is not None:
            shares = int(shares * rng.uniform(3, 15))
        org_likes, org_comments = likes, comments
        # --- fraud engagement
        extra_c = {}
        if fraud_likes is not None and (rng.random() < p_boost):
            boosted.add(k)
            m = rng.uniform(like_mult_lo, like_mult_hi)
            if like_variant in ("likes", "likes+views"):
                likes = int(likes * m + rng.uniform(20, 200) * fraud_likes)
            if like_variant in ("views", "likes+views") and views is not None:
                views = int(
                    views
                    * (
                        m
                        if like_variant == "likes+views"
                        else rng.uniform(1.5, 3 + 15 * fraud_likes)
                    )
                )
        if pod is not None and rng.random() < 0.97:
            members = [p for p in pod if rng.random() < pod_cover]
            likes += len(members) + int(
                len(members) * rng.uniform(0, 2)
            )  # pods also buy/swap likes
            extra_c["pod"] = members
            comments += len(members)
            if saves is not None and platform == "rednote":
                saves += int(len(members) * rng.uniform(0.3, 0.9))
        sp = {}
        if k in special_post:
            sp = {"type": special_post[k]}
        post = {
            "post_id": f"{cid_prefix}_{k}",
            "posted_at": _ts(pt),
            "format": fmt,
            "likes": int(likes),
            "comments": int(comments),
        }
        if shares is not None:
            post["shares"] = int(shares)
        if saves is not None:
            post["saves"] = int(saves)
        if views is not None:
            post["views"] = int(max(views, likes))
        if platform == "bilibili":
            post["coins"] = int(org_likes * rng.uniform(0.1, 0.35))
            post["danmaku"] = int((views or 0) * rng.uniform(0.001, 0.01))
        post["sponsored"] = rng.random() < sponsored_rate
        if (
            fraud_likes is not None
            and post["sponsored"]
            and k not in boosted
            and rng.random() < 0.7
            and like_variant != "views"
        ):
            boosted.add(k)
            post["likes"] = int(post["likes"] * rng.uniform(like_mult_lo, like_mult_hi))
        posts.append(post)
        post_meta.append(
            dict(
                t=pt, org_comments=org_comments, pod=extra_c.get("pod"), special=sp.get("type"), d=d
            )
        )

    # ---- fraud comments inflating counts (bots, ai, lure)
    bot_x = comps.get("bot_comments")
    ai_x = comps.get("ai_praise")
    lure_x = comps.get("lure_spam")
    bot_frac = (0.06 + 0.65 * bot_x**1.2) if bot_x is not None else 0.0
    lure_frac = (0.08 + 0.5 * lure_x) if lure_x is not None else 0.0
    bot_posts = set()
    if bot_x is not None:
        pb = 0.3 + 0.7 * bot_x
        bot_posts = {k for k in range(n_posts) if rng.random() < pb}
    natural_lure = (
        0.004
        + (rng.uniform(0.03, 0.1) if arch == "spam_targeted" else 0)
        + (0.01 if F_target > 500000 else 0)
    )
    natural_bot = (
        0.01
        + (rng.uniform(0.03, 0.08) if arch == "spam_targeted" else 0)
        + (0.02 if platform == "weibo" else 0)
    )
    ai_sample_target = 0
    if ai_x is not None:
        ai_sample_target = int(8 + 160 * ai_x**1.5)
    # extra counts
    for k, post in enumerate(posts):
        add = 0
        oc = post_meta[k]["org_comments"]
        if k in bot_posts:
            assert bot_x is not None  # bot_posts is only filled when bot_x is set
            add += int(oc * bot_frac / max(0.05, 1 - bot_frac)) + rng.randint(
                2, 8 + int(40 * bot_x)
            )
        if lure_x is not None:
            add += int(oc * lure_frac / max(0.1, 1 - lure_frac)) + rng.randint(1, 5)
        post_meta[k]["bot_add"] = add
        post["comments"] += add

    # ---- comment sample
    include_comments = rng.random() < 0.95
    comments_out = []
    handle = real_name(rng, zh)
    if include_comments:
        S = int(min(400, max(60, rng.lognormvariate(math.log(190), 0.35))))
        weights = np.array([max(0, p["comments"]) for p in posts], dtype=float)
        if weights.sum() > 0:
            alloc = nrng.multinomial(min(S, int(weights.sum())), weights / weights.sum())
            alloc = np.minimum(alloc, weights.astype(int))
        else:
            alloc = np.zeros(n_posts, dtype=int)
        # ai comments placed across posts
        ai_alloc = np.zeros(n_posts, dtype=int)
        if ai_sample_target:
            assert ai_x is not None  # ai_sample_target is only non-zero when ai_x is set
            chosen = [k for k in range(n_posts) if rng.random() < 0.4 + 0.6 * ai_x] or [
                rng.randrange(n_posts)
            ]
            for _ in range(ai_sample_target):
                ai_alloc[rng.choice(chosen)] += 1
        # regulars: loyal fans appear again and again (hard case for pod detection)
        n_reg = rng.randint(2, 15) if F_target < 200000 else rng.randint(0, 6)
        regulars = [real_name(rng, zh) for _ in range(n_reg)]
        reply_rate = (
            0.15
            if F_target < 10000
            else 0.08
            if F_target < 100000
            else 0.03
            if F_target < 1000000
            else 0.005
        ) * rng.uniform(0.2, 1.8)
        if arch in ("celebrity_low_er", "fandom_control"):
            reply_rate = 0.0
        fan_slogans = None
        if arch == "fandom_control" or (arch == "celebrity_low_er" and zh and rng.random() < 0.5):
            star = rng.choice(STARS)
            drama = rng.choice(DRAMAS)
            fan_slogans = [
                s.format(star=star, drama=drama) for s in rng.sample(FAN_ZH, rng.randint(3, 6))
            ]
            fan_share = (
                rng.uniform(0.25, 0.6) if arch == "fandom_control" else rng.uniform(0.05, 0.2)
            )
        bot_pool = [
            default_name(rng, platform) if rng.random() < 0.7 else real_name(rng, zh)
            for _ in range(rng.randint(15, 80))
        ]
        ai_pool = [
            real_name(rng, zh) for _ in range(max(5, int(ai_sample_target * rng.uniform(0.3, 0.9))))
        ]
        lure_pool = [
            (
                _pick(rng, ["资源", "福利", "副业", "交友", "免费", "好物"])
                + _pick(rng, ["分享", "君", "站", "姐", "哥"])
                + str(rng.randint(1, 999))
            )
            if zh
            else ("promo_" + _uname_en(rng))
            for _ in range(rng.randint(4, 25))
        ]
        bot_text_pool = rng.sample(
            BOT_ZH if zh else BOT_EN, rng.randint(6, len(BOT_ZH if zh else BOT_EN))
        )
        for k, post in enumerate(posts):
            meta = post_meta[k]
            pt = meta["t"]
            n_k = int(alloc[k])
            n_ai = int(ai_alloc[k])
            pod_members = meta["pod"] or []
            total_k = max(1, post["comments"])
            # composition of the sampled comments on this post
            n_pod = min(
                len(pod_members),
                round(n_k * len(pod_members) / total_k)
                + (1 if pod_members and rng.random() < 0.5 else 0),
            )
            n_bot = (
                round(n_k * meta["bot_add"] / total_k)
                if (k in bot_posts or lure_x is not None)
                else 0
            )
            n_org = max(0, n_k - n_pod - n_bot)
            age_s = max(60.0, as_of_t - pt)
            plikes = post["likes"]
            # organic comments
            for _j in range(n_org):
                r = rng.random()
                special = meta["special"]
                author = None
                delay = min(age_s - 1, math.exp(rng.gauss(math.log(3 * 3600), 1.6)))
                if special == "giveaway" and r < 0.7:
                    tmpl = _pick(rng, GIVEAWAY_ZH if zh else GIVEAWAY_EN)
                    text = tmpl.format(
                        f1=_friend(rng, zh),
                        f2=_friend(rng, zh),
                        f3=_friend(rng, zh),
                        item=_pick(rng, (ITEMS_ZH if zh else ITEMS_EN)[niche]),
                    )
                elif special == "viral" and r < 0.15:
                    text = _pick(rng, VIRAL_ZH if zh else VIRAL_EN) + _pick(
                        rng, TAIL_ZH if zh else TAIL_EN
                    )
                elif shout_day is not None and abs(meta["d"] - shout_day) < 6 and r < 0.15:
                    text = _pick(rng, SHOUT_ZH if zh else SHOUT_EN).format(b=shout_name)
                elif fan_slogans is not None and r < fan_share:
                    text = rng.choice(fan_slogans)
                    delay = min(age_s - 1, math.exp(rng.gauss(math.log(1800), 1.2)))
                elif rng.random() < natural_lure:
                    text = _lure_text(rng, zh)
                    author = rng.choice(lure_pool)
                    delay = min(age_s - 1, math.exp(rng.gauss(math.log(1200), 1.5)))
                elif rng.random() < natural_bot:
                    text = _pick(rng, BOT_ZH if zh else BOT_EN)
                    author = default_name(rng, platform)
                elif rng.random() < short_bias:
                    text = short_text(rng, zh)
                else:
                    text = genuine_text_zh(rng, niche) if zh else genuine_text_en(rng, niche)
                if author is None:
                    author = (
                        rng.choice(regulars)
                        if regulars and rng.random() < 0.12
                        else real_name(rng, zh)
                    )
                ct = pt + max(5.0, delay)
                # comment likes: heavy tail, earlier comments more
                if rng.random() < 0.5:
                    cl = 0 if rng.random() < 0.6 else rng.randint(1, 3)
                else:
                    cl = int(
                        plikes
                        * 0.003
                        * rng.paretovariate(1.3)
                        * math.exp(-delay / (40 * 3600))
                        * rng.random()
                    )
                comments_out.append(
                    {
                        "post_id": post["post_id"],
                        "author": author,
                        "text": text,
                        "posted_at": _ts(ct),
                        "likes": int(cl),
                    }
                )
                if rng.random() < reply_rate:
                    rt = ct + min(age_s, rng.expovariate(1 / (5 * 3600)))
                    comments_out.append(
                        {
                            "post_id": post["post_id"],
                            "author": handle,
                            "text": creator_reply(rng, zh, author),
                            "posted_at": _ts(min(rt, as_of_t - 1)),
                            "likes": int(rng.expovariate(1 / max(1, plikes * 0.0005))),
                            "from_creator": True,
                        }
                    )
            # pod comments: fast, same people every time
            if n_pod:
                xp = comps["engagement_pod"]
                for m in rng.sample(pod_members, min(n_pod, len(pod_members))):
                    delay = rng.uniform(60, 3600 * (1 + 3 * (1 - xp)))
                    if xp > 0.55 or rng.random() < xp * 0.5:
                        text = _pick(rng, POD_ZH_BLATANT if zh else POD_EN_BLATANT)
                        if rng.random() < 0.3:
                            text += _pick(rng, EMOJI)
                    else:
                        tmpl = _pick(rng, POD_ZH_SUBTLE if zh else POD_EN_SUBTLE)
                        text = tmpl.format(
                            item=_pick(rng, (ITEMS_ZH if zh else ITEMS_EN)[niche]),
                            tail=_pick(rng, TAIL_ZH if zh else TAIL_EN),
                            pos=_pick(rng, ADJ_POS_ZH if zh else ADJ_POS_EN),
                            pos2=_pick(rng, ADJ_POS_ZH),
                            act=_pick(rng, ["拍", "做", "修图", "剪"]),
                            topic=(TOPIC_ZH if zh else TOPIC_EN)[niche],
                            city=_pick(rng, CITIES_ZH),
                            rel2=_pick(rng, ["gym", "skincare", "book club", "mom", "travel"]),
                        )
                    comments_out.append(
                        {
                            "post_id": post["post_id"],
                            "author": m,
                            "text": text,
                            "posted_at": _ts(pt + min(delay, age_s - 1)),
                            "likes": rng.randint(0, 6),
                        }
                    )
                    if rng.random() < reply_rate * 3:
                        comments_out.append(
                            {
                                "post_id": post["post_id"],
                                "author": handle,
                                "text": creator_reply(rng, zh, m),
                                "posted_at": _ts(
                                    min(pt + delay + rng.uniform(300, 20000), as_of_t - 1)
                                ),
                                "likes": 0,
                                "from_creator": True,
                            }
                        )
            # bot comments (bought) and lure network comments
            if n_bot:
                burst_t = (
                    pt + rng.uniform(120, min(age_s - 60, 6 * 3600)) if age_s > 200 else pt + 30
                )
                for _j in range(n_bot):
                    is_lure = lure_x is not None and (
                        k not in bot_posts
                        or rng.random() < lure_frac / max(1e-6, lure_frac + bot_frac)
                    )
                    if is_lure:
                        assert lure_x is not None  # is_lure implies lure_x is set
                        text = _lure_text(rng, zh)
                        author = rng.choice(lure_pool)
                        ct = pt + min(age_s - 1, rng.expovariate(1 / 2400) + 30)
                        cl = (
                            int(rng.paretovariate(1.1) * 3 * lure_x) if rng.random() < 0.4 else 0
                        )  # lure likes bought for top placement
                    else:
                        assert bot_x is not None  # not a lure comment, so k is in bot_posts
                        xb = bot_x
                        text = rng.choice(bot_text_pool)
                        if (
                            xb < 0.4 and rng.random() < 0.5
                        ):  # cautious bots vary their texts slightly
                            text = text + _pick(rng, TAIL_ZH if zh else TAIL_EN)
                        author = (
                            rng.choice(bot_pool)
                            if rng.random() < 0.6
                            else default_name(rng, platform)
                        )
                        spread = 600 + (1 - xb) * 20 * 3600
                        ct = min(burst_t + abs(rng.gauss(0, spread)), as_of_t - 1)
                        cl = 0 if rng.random() < 0.9 else rng.randint(1, 2)
                    comments_out.append(
                        {
                            "post_id": post["post_id"],
                            "author": author,
                            "text": text,
                            "posted_at": _ts(ct),
                            "likes": int(cl),
                        }
                    )
            # machine-written praise
            for _j in range(n_ai):
                assert ai_x is not None  # n_ai > 0 only when ai_x is set
                text = _ai_text(rng, zh, niche)
                delay = (
                    math.exp(rng.gauss(math.log(4 * 3600), 1.2))
                    if ai_x < 0.5
                    else rng.uniform(300, 4 * 3600)
                )
                comments_out.append(
                    {
                        "post_id": post["post_id"],
                        "author": rng.choice(ai_pool),
                        "text": text,
                        "posted_at": _ts(min(pt + delay, as_of_t - 1)),
                        "likes": 0 if rng.random() < 0.7 else rng.randint(1, 4),
                    }
                )
            if n_ai:
                post["comments"] += (
                    n_ai if post["comments"] < 20 else int(n_ai * rng.uniform(1.0, 3.0))
                )
        if comments_unknown:
            cnt: dict[str, int] = {}
            for c in comments_out:
                cnt[c["post_id"]] = cnt.get(c["post_id"], 0) + 1
            for post in posts:
                post["comments"] = cnt.get(post["post_id"], 0)
                post["comments_unknown"] = True
        comments_out.sort(key=lambda c: (c["post_id"], c["posted_at"]))

    if hide_likes:
        for post in posts:
            if rng.random() < 0.85:
                post["likes"] = 0
                post["likes_unknown"] = True

    # ---- follower sample
    include_sample = rng.random() < 0.7
    sample = None
    if include_sample:
        n_s = rng.randint(50, 200)
        Ft = max(1.0, float(F_total[-1]))
        p_cheap = float(fake_cheap[-1]) / Ft
        p_mid = float(fake_mid[-1]) / Ft
        p_prem = float(fake_prem[-1]) / Ft
        p_fb = float(fb[-1]) / Ft
        nat_bot = (
            rng.uniform(0.01, 0.06)
            + (0.08 if platform == "weibo" else 0)
            + (0.05 if F_target > 1e6 else 0)
            + (0.05 if arch == "spam_targeted" else 0)
        )
        if arch == "bot_purge":
            nat_bot *= 0.4
        p_hunter = rng.uniform(0.1, 0.3) if arch == "giveaway" else rng.uniform(0, 0.02)
        lurk = rng.uniform(0.2, 0.35) + (0.2 if arch == "lurker_audience" else 0)
        dormant = rng.uniform(0.04, 0.15) + (0.1 if arch == "dormant_returning" else 0)
        peer = rng.uniform(0.0, 0.03)
        real_share = max(0.0, 1 - p_cheap - p_mid - p_prem - p_fb)
        kinds = [
            ("cheap_fake", p_cheap),
            ("mid_fake", p_mid),
            ("premium_fake", p_prem),
            ("followback", p_fb),
            ("natural_bot", real_share * nat_bot),
            ("giveaway_hunter", real_share * p_hunter),
            ("lurker", real_share * lurk),
            ("dormant", real_share * dormant),
            ("peer", real_share * peer),
            ("active", real_share * max(0.05, 1 - nat_bot - p_hunter - lurk - dormant - peer)),
        ]
        sample = []
        bts: Sequence[float | None] = batch_times or [None]
        for _ in range(n_s):
            kd = _weighted(rng, kinds)
            bt = rng.choice(bts) if kd in ("cheap_fake", "mid_fake", "premium_fake") else None
            sample.append(make_account(rng, kd, platform, zh, as_of_t, bt))

    # ---- follower history
    include_hist = rng.random() < 0.8
    hist: list[dict[str, Any]] | None = None
    if include_hist:
        sparse = rng.random() < 0.15
        hist = []
        start = D - H
        d = start
        while d < D:
            if (F_total[d] > 0 or not new_account) and (
                sparse or rng.random() > 0.02 or d == D - 1
            ):
                hist.append(
                    {
                        "date": date.fromordinal(719163 + as_of_day - (D - 1 - d)).isoformat(),
                        "followers": int(F_total[d]),
                        "following": int(max(0, round(following[d]))),
                    }
                )
            d += rng.randint(3, 30) if sparse else 1
        if not hist:
            hist = None

    # ---- profile
    prof_followers = F_final
    if rng.random() < 0.25:
        prof_followers = _round_display(F_final, rng)
    profile = {
        "followers": int(prof_followers),
        "following": int(max(0, round(following[-1]))),
        "posts": int(
            n_posts + (rng.randint(0, 20) if new_account else int(math.exp(rng.uniform(2, 7))))
        ),
        "verified": bool(
            arch in ("celebrity_low_er", "fandom_control")
            or (F_target > 1e6 and rng.random() < 0.6)
            or (F_target > 1e5 and rng.random() < 0.15)
        ),
        "created_at": _date(as_of_t - acct_age * DAY),
        "bio": _creator_bio(rng, zh, niche),
        "category": niche,
        "country": (
            "CN"
            if zh and P["zh"]
            else ("TW" if zh else rng.choice(["US", "US", "GB", "CA", "AU", "PH", "SG"]))
        ),
    }
    if rng.random() < 0.06 and hist:
        od = rng.randint(5, 60)
        idx = max(0, D - 1 - od)
        profile["followers"] = int(F_total[idx])
        profile["observed_at"] = _date(as_of_t - od * DAY)
    rec = {
        "creator_id": f"{platform}:foxtrot_{seed}_{i}",
        "platform": platform,
        "handle": handle,
        "as_of": _ts(as_of_t),
        "profile": profile,
    }
    if hist:
        rec["follower_history"] = hist
    rec["posts"] = posts
    if include_comments:
        rec["comments"] = comments_out
    if sample:
        rec["follower_sample"] = sample
    rec["label"] = label
    rec["archetype"] = arch
    return rec


def _lure_text(rng, zh):
    if zh:
        return _pick(rng, LURE_ZH).format(
            res=_pick(rng, LURE_RES_ZH),
            vx=vx_obf(rng),
            digits=" ".join(_digits(rng, rng.randint(8, 10))),
        )
    return _pick(rng, LURE_EN).format(
        h=_uname_en(rng) + _pick(rng, ["_promo", "_fx", ".official", "_collab", ""]),
        d=rng.randint(2, 9),
        dd=rng.randint(1, 9),
        res=_pick(rng, LURE_RES_EN),
    )


def _ai_text(rng, zh, niche):
    if zh:
        items = ITEMS_ZH[niche]
        kw = dict(topic=TOPIC_ZH[niche], item=_pick(rng, items).lstrip("这个").lstrip("这"))
        return (
            _pick(rng, AI_OPEN_ZH).format(**kw)
            + _pick(rng, AI_MID_ZH).format(**kw)
            + _pick(rng, AI_CLOSE_ZH)
        )
    kw = dict(topic=TOPIC_EN[niche], item=_pick(rng, ITEMS_EN[niche]))
    return (
        _pick(rng, AI_OPEN_EN).format(**kw)
        + _pick(rng, AI_MID_EN).format(**kw)
        + _pick(rng, AI_CLOSE_EN)
    )


def _creator_bio(rng, zh, niche):
    if zh:
        parts = [
            _pick(rng, ["分享", "记录", "专注", "热爱"]) + TOPIC_ZH[niche],
            _pick(rng, CITIES_ZH) + "📍",
            _pick(
                rng,
                [
                    "商务合作请私信",
                    f"合作📮 {_uname_en(rng)}@163.com",
                    "不定期更新",
                    "谢谢你的关注",
                    "粉丝群见主页",
                    "95后",
                    "宝妈",
                    "打工人",
                ],
            ),
        ]
        rng.shuffle(parts)
        return " | ".join(parts[: rng.randint(1, 3)])
    parts = [
        TOPIC_EN[niche] + " " + _pick(rng, ["creator", "lover", "nerd", "tips", "diaries"]),
        _pick(rng, CITIES_EN) + " 📍",
        _pick(
            rng,
            [
                "collabs: DM",
                f"📩 {_uname_en(rng)}@gmail.com",
                "new videos weekly",
                "she/her",
                "dad of 3",
                "link below ⬇️",
            ],
        ),
    ]
    rng.shuffle(parts)
    return " | ".join(parts[: rng.randint(1, 3)])


def generate(n: int, seed: int) -> Iterator[dict]:
    for i in range(n):
        yield make_creator(seed, i)


def _write_records(fh: TextIO, n: int, seed: int) -> None:
    for rec in generate(n, seed):
        fh.write(json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="foxtrot creator simulator")
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", default="-")
    a = ap.parse_args(argv)
    if a.out == "-":
        _write_records(sys.stdout, a.n, a.seed)
    else:
        with open(a.out, "w", encoding="utf-8") as fh:
            _write_records(fh, a.n, a.seed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Independent labelled creator simulator focused on hard cases.

Subtle, cautious fraud (drip-fed premium followers, small like purchases matched by a few
bought comments, long-form pods, machine-written topical praise, follow/unfollow churn that is
cleaned before the scrape, followers bought before the observation window) and messy genuine
creators (brand deals, hiatus/comeback, decline, niche KOCs, scheduling tools, giveaways,
shout-outs, purges, spam bots they never bought, fan copy-paste on celebrity posts).

The simulation runs day by day in absolute units: a real audience (A) that engages, plus
non-engaging pools (bought cheap / premium followers, follow-backs and mutual-follow
members, giveaway hunters).  Post engagement is drawn from the engaging audience at the
time of posting; fraud then adds bought likes / views / comments / pod activity on top.

Usage: python -m evaluation.subtle_sim --n 2000 --seed 47 --out /tmp/x.jsonl
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import math
import random
import sys
from collections.abc import Iterator
from typing import Any, TextIO

import numpy as np

GEN = "gen_subtle"
CN_PLATFORMS = ["douyin", "rednote", "weibo", "bilibili", "kuaishou", "wechat_channels"]
CN_PW = [0.25, 0.22, 0.18, 0.14, 0.12, 0.09]
INTL_PLATFORMS = ["instagram", "tiktok", "youtube", "twitter"]
INTL_PW = [0.35, 0.30, 0.20, 0.15]

# platform: (views shown, saves shown, shares shown, view/audience, like/view, comment/like,
#            share/like, save/like, view floor, posts per week, launch year)
PLAT = {
    "douyin": (True, True, True, 0.45, 0.045, 0.035, 0.05, 0.07, 300, 5.0, 2016),
    "kuaishou": (True, False, True, 0.55, 0.035, 0.05, 0.05, 0.0, 250, 5.0, 2012),
    "rednote": (False, True, True, 0.30, 0.075, 0.08, 0.06, 0.75, 120, 3.0, 2014),
    "weibo": (False, False, True, 0.12, 0.035, 0.15, 0.12, 0.0, 20, 9.0, 2010),
    "bilibili": (True, True, True, 0.30, 0.045, 0.07, 0.04, 0.35, 60, 1.2, 2010),
    "wechat_channels": (False, False, True, 0.35, 0.03, 0.05, 0.30, 0.0, 120, 3.5, 2020),
    "instagram": (False, False, True, 0.35, 0.08, 0.02, 0.03, 0.06, 50, 3.5, 2011),
    "tiktok": (True, True, True, 0.60, 0.07, 0.02, 0.05, 0.09, 300, 5.0, 2017),
    "youtube": (True, False, False, 0.15, 0.035, 0.05, 0.0, 0.0, 20, 1.3, 2007),
    "twitter": (True, True, True, 0.20, 0.015, 0.12, 0.22, 0.05, 30, 14.0, 2008),
}

FRAUD_ARCH = [
    ("drip_premium_followers", 0.08),
    ("burst_followers", 0.05),
    ("legacy_bought_followers", 0.04),
    ("likes_plus_few_comments", 0.06),
    ("ai_topical_praise", 0.04),
    ("pod_longform", 0.04),
    ("mutual_boost_group", 0.03),
    ("follow_unfollow_churn", 0.03),
    ("comment_farm_lure", 0.02),
    ("bot_comment_package", 0.02),
    ("combo:drip_premium_followers+likes_plus_few_comments", 0.012),
    ("combo:burst_followers+bot_comment_package", 0.006),
    ("combo:pod_longform+drip_premium_followers", 0.008),
    ("combo:follow_unfollow_churn+likes_plus_few_comments", 0.006),
    ("combo:legacy_bought_followers+ai_topical_praise", 0.008),
]
GENUINE_ARCH = [
    ("steady_creator", 0.08),
    ("koc_loyal_niche", 0.07),
    ("celebrity_low_er", 0.04),
    ("viral_breakout", 0.05),
    ("brand_deal_heavy", 0.05),
    ("hiatus_comeback", 0.04),
    ("declining_account", 0.05),
    ("scheduled_poster", 0.03),
    ("giveaway_heavy", 0.04),
    ("shoutout_jump", 0.03),
    ("spam_magnet", 0.04),
    ("purge_hit", 0.02),
    ("fast_new_account", 0.01),
]

# ---------------------------------------------------------------- vocab
CATS = {
    "beauty": (
        "美妆",
        ["粉底液", "口红", "眼霜", "防晒", "精华", "卸妆油", "腮红", "散粉", "面膜", "眉笔"],
        [
            "foundation",
            "lipstick",
            "eye cream",
            "sunscreen",
            "serum",
            "cleansing balm",
            "blush",
            "setting powder",
            "sheet mask",
            "brow pencil",
        ],
        ["上妆手法", "色号", "持妆度", "肤感", "成分", "妆容整体"],
        ["shade match", "texture", "finish", "wear time", "ingredients", "blending technique"],
    ),
    "fashion": (
        "穿搭",
        ["风衣", "牛仔裤", "针织衫", "小白鞋", "西装外套", "半身裙", "羽绒服", "托特包"],
        [
            "trench coat",
            "jeans",
            "knit sweater",
            "white sneakers",
            "blazer",
            "midi skirt",
            "puffer jacket",
            "tote bag",
        ],
        ["配色", "版型", "叠穿", "面料", "比例"],
        ["color palette", "fit", "layering", "fabric", "proportions"],
    ),
    "food": (
        "美食",
        ["红烧肉", "螺蛳粉", "火锅", "蛋挞", "牛肉面", "烤鸭", "酸菜鱼", "奶茶", "煲仔饭", "生煎"],
        [
            "ramen",
            "sourdough",
            "tacos",
            "cheesecake",
            "dumplings",
            "fried chicken",
            "pho",
            "pasta carbonara",
            "banana bread",
            "bibimbap",
        ],
        ["火候", "配方", "摆盘", "调料", "口感"],
        ["recipe", "plating", "seasoning", "texture", "cooking time"],
    ),
    "travel": (
        "旅行",
        ["大理", "成都", "西安", "厦门", "新疆", "重庆", "青岛", "丽江", "长沙", "三亚"],
        [
            "Lisbon",
            "Kyoto",
            "Bali",
            "Iceland",
            "Amalfi coast",
            "Mexico City",
            "Seoul",
            "Patagonia",
            "Istanbul",
            "Banff",
        ],
        ["路线", "住宿", "拍照机位", "预算", "美食攻略"],
        ["itinerary", "budget", "hidden spots", "hotel pick", "photo spots"],
    ),
    "fitness": (
        "健身",
        ["深蹲", "跳绳", "帕梅拉", "普拉提", "减脂餐", "臀腿训练", "核心训练", "跑步"],
        [
            "squats",
            "deadlift",
            "pilates",
            "HIIT",
            "meal prep",
            "glute workout",
            "core routine",
            "marathon training",
        ],
        ["动作细节", "训练计划", "饮食搭配", "呼吸节奏"],
        ["form", "training split", "macros", "progressive overload"],
    ),
    "tech": (
        "数码",
        ["手机", "耳机", "平板", "笔记本", "相机", "机械键盘", "充电宝", "智能手表"],
        [
            "phone",
            "earbuds",
            "tablet",
            "laptop",
            "camera",
            "mechanical keyboard",
            "power bank",
            "smartwatch",
        ],
        ["续航", "性价比", "做工", "屏幕", "拍照"],
        ["battery life", "value for money", "build quality", "display", "benchmarks"],
    ),
    "gaming": (
        "游戏",
        ["原神", "王者荣耀", "黑神话", "和平精英", "崩铁", "我的世界", "英雄联盟"],
        ["Elden Ring", "Minecraft", "Valorant", "Zelda", "Fortnite", "Baldur's Gate 3", "League"],
        ["操作", "配装", "剧情", "攻略思路"],
        ["gameplay", "build", "lore", "strategy"],
    ),
    "parenting": (
        "母婴",
        ["辅食", "绘本", "纸尿裤", "早教", "哄睡", "婴儿车", "幼小衔接"],
        [
            "baby food",
            "picture books",
            "diapers",
            "sleep training",
            "stroller",
            "toddler activities",
            "potty training",
        ],
        ["经验", "方法", "细节", "时间安排"],
        ["routine", "tips", "schedule", "approach"],
    ),
    "pets": (
        "萌宠",
        ["猫粮", "狗狗", "布偶猫", "柯基", "猫砂", "驱虫", "橘猫"],
        [
            "cat food",
            "golden retriever",
            "kitten",
            "corgi",
            "litter box",
            "dog training",
            "rescue pup",
        ],
        ["日常", "表情", "喂养方法", "训练"],
        ["routine", "expressions", "feeding", "training"],
    ),
    "finance": (
        "理财",
        ["基金定投", "存钱计划", "信用卡", "记账", "保险", "指数基金"],
        [
            "index funds",
            "budgeting",
            "credit score",
            "emergency fund",
            "retirement account",
            "side hustle",
        ],
        ["思路", "风险提示", "数据", "案例"],
        ["breakdown", "risk section", "numbers", "examples"],
    ),
    "education": (
        "学习",
        ["考研", "英语口语", "雅思", "高数", "时间管理", "读书笔记", "Python"],
        [
            "study routine",
            "IELTS",
            "calculus",
            "note-taking",
            "time management",
            "coding",
            "language learning",
        ],
        ["方法", "总结", "资料", "思维导图"],
        ["method", "summary", "resources", "explanation"],
    ),
    "home": (
        "家居",
        ["收纳", "出租屋改造", "厨房", "沙发", "绿植", "灯具", "小户型"],
        ["storage", "apartment makeover", "kitchen", "sofa", "plants", "lighting", "small space"],
        ["配色", "布局", "预算", "细节"],
        ["color scheme", "layout", "budget", "details"],
    ),
    "music": (
        "音乐",
        ["翻唱", "吉他", "钢琴", "原创", "和声", "编曲"],
        ["cover", "guitar", "piano", "original song", "harmonies", "production"],
        ["音色", "和声", "编曲", "情绪"],
        ["vocals", "harmonies", "arrangement", "mix"],
    ),
    "comedy": (
        "搞笑",
        ["段子", "情景剧", "配音", "模仿", "吐槽"],
        ["skit", "parody", "prank", "impression", "sketch"],
        ["表情", "台词", "节奏", "剪辑"],
        ["timing", "delivery", "editing", "punchline"],
    ),
    "auto": (
        "汽车",
        ["新能源车", "SUV", "试驾", "改装", "保养", "自驾"],
        ["EV", "SUV", "test drive", "detailing", "road trip", "car mod"],
        ["油耗", "内饰", "操控", "性价比"],
        ["range", "interior", "handling", "value"],
    ),
    "photography": (
        "摄影",
        ["人像", "胶片", "夜景", "扫街", "调色", "航拍"],
        [
            "portrait",
            "film photos",
            "night shots",
            "street photography",
            "color grading",
            "drone shots",
        ],
        ["构图", "光线", "调色", "后期"],
        ["composition", "lighting", "color grade", "editing"],
    ),
}
CAT_NAMES = list(CATS)

CN_EMO = {
    "douyin": ["[赞]", "[比心]", "[捂脸]", "[呲牙]", "[玫瑰]", "[666]", "[送心]", "[流泪]"],
    "weibo": ["[心]", "[哈哈]", "[doge]", "[允悲]", "[赞]", "[good]", "[笑cry]", "[抱抱]"],
    "rednote": ["[哭惹R]", "[派对R]", "[赞R]", "[萌萌哒R]", "[doge]", "[偷笑R]", "[害羞R]"],
    "bilibili": ["[doge]", "[tv_微笑]", "[笑哭]", "[妙啊]", "[支持]", "[打call]"],
    "kuaishou": ["[赞]", "[玫瑰]", "[爱心]", "[鼓掌]", "[奸笑]"],
    "wechat_channels": ["[强]", "[玫瑰]", "[爱心]", "[呲牙]", "[捂脸]"],
}
EMOJI = [
    "😍",
    "😂",
    "🥹",
    "❤️",
    "🔥",
    "👍",
    "🙏",
    "✨",
    "💕",
    "😭",
    "🤣",
    "👏",
    "💯",
    "🥰",
    "😮",
    "🤔",
    "😋",
    "🙌",
]

CN_Q = [
    "{item}是在哪里买的呀",
    "求{item}链接",
    "{aspect}能出个详细教程吗",
    "请问这个{item}多少钱",
    "新手适合吗",
    "{item}和{item2}哪个更好",
    "博主用的是哪一款{item}",
    "有没有平替推荐",
    "第二个是什么牌子",
    "学生党能冲吗",
    "想问下{aspect}是怎么做到的",
    "{place}现在去人多吗",
    "这个{item}适合{who}吗",
    "能不能讲讲{aspect}",
    "求问背景音乐",
    "请问几月份去比较好",
    "用了会不会踩雷",
    "蹲一个后续",
    "{item}的{aspect}怎么样啊",
    "怎么联系你买",
]
CN_EXP = [
    "我也买了{item}，{op}",
    "用了一个月{item}，{op}",
    "按你说的试了{aspect}，{op}",
    "之前踩过{item}的雷，{op}",
    "上周刚去了{place}，{op}",
    "我家那个也是这样哈哈",
    "终于有人说{aspect}了",
    "和我{rel}一起看的，{op}",
    "{item}我回购三次了",
    "照着做了一遍，{op}",
    "去年也试过{item}，{op}",
    "看完立马下单了{item}",
]
CN_OP = [
    "真的很好用",
    "一般般吧",
    "感觉没那么神",
    "确实不错",
    "踩雷了",
    "完全同意",
    "效果还可以",
    "惊艳到我了",
    "有点失望",
    "性价比挺高",
    "值得",
    "推荐",
    "和你说的一样",
    "比想象中好",
]
CN_REACT = [
    "哈哈哈哈哈笑死",
    "太好看了吧",
    "绝了",
    "好治愈",
    "已收藏",
    "码住",
    "马住慢慢看",
    "学到了",
    "前排",
    "来晚了",
    "这期质量好高",
    "爱了爱了",
    "又被种草了",
    "钱包又要瘪了",
    "好真实",
    "笑不活了",
    "太有用了",
    "泪目",
    "原来如此",
    "respect",
    "这也太会了",
    "看饿了",
    "每期必看",
    "蹲到了",
    "哇塞",
    "有被可爱到",
    "说到心坎里了",
    "好家伙",
    "太强了",
    "宝藏博主",
    "我悟了",
    "先赞后看",
    "好想要",
    "求更新",
]
CN_DIS = [
    "感觉有点贵了",
    "不太认同第二点",
    "滤镜有点重吧",
    "是广告吧",
    "这个价格不太值",
    "我用着过敏了",
    "说得太绝对了",
    "跟实际差别挺大的",
    "恰饭了？",
    "上次说的不是这样啊",
]
CN_WHO = ["敏感肌", "油皮", "学生", "上班族", "宝妈", "小个子", "新手", "老人"]
CN_REL = ["男朋友", "老公", "室友", "我妈", "闺蜜", "同事"]
CN_ADDR = ["姐妹", "宝", "博主", "up", "老师", "哥", "家人们", ""]
CN_PLACES = [
    "北京",
    "上海",
    "杭州",
    "广州",
    "成都",
    "深圳",
    "南京",
    "武汉",
    "苏州",
    "重庆",
    "长沙",
    "西安",
]
CN_BILI = [
    "三连了",
    "up主辛苦了",
    "催更",
    "前方高能",
    "这个up主是宝藏",
    "弹幕护体",
    "下次一定",
    "已投币",
]
CN_WEIBO = ["转发微博", "沙发", "已转", "支持一下", "路过"]

EN_Q = [
    "Where did you get the {item}?",
    "Is the {item} worth it?",
    "What {item} is this?",
    "How long did the {aspect} take?",
    "Can you do a full tutorial on the {aspect}?",
    "Which {item} would you recommend for {who}?",
    "What camera do you use?",
    "Does it work for {who}?",
    "How much was the {item}?",
    "Link pls?",
    "Part 2??",
    "What's the song?",
    "Is {place} expensive right now?",
    "{item} or {item2}?",
    "Any budget alternative?",
    "How do you stay so consistent?",
]
EN_EXP = [
    "I tried the {item} last week and {op}",
    "Been using this {item} for a month, {op}",
    "Went to {place} in May, {op}",
    "My {rel} has the same {item} lol",
    "Tried your {aspect} tip and {op}",
    "I made this last night and {op}",
    "Bought the {item} because of you, {op}",
    "Same thing happened to me with my {item}",
]
EN_OP = [
    "it's honestly great",
    "not sure it's for me",
    "totally agree",
    "it's overrated tbh",
    "no regrets",
    "it changed my routine",
    "it was fine",
    "10/10",
    "kinda disappointed",
    "exactly like you said",
]
EN_REACT = [
    "This is so good",
    "obsessed",
    "omg the {aspect}",
    "Saving this",
    "lol",
    "Needed this today",
    "Underrated account",
    "Okay but the {aspect} though",
    "This made my day",
    "So helpful thank you",
    "Wait this is genius",
    "Stunning",
    "I can't stop watching",
    "Facts",
    "crying",
    "Yesss",
    "Love your content",
    "Came back to watch again",
    "The editing on this!!",
    "No way",
    "ok I'm convinced",
    "This is the content I signed up for",
]
EN_DIS = [
    "Kinda overpriced tbh",
    "Not sure about the {aspect}",
    "ad?",
    "Disagree on the second point",
    "This didn't work for me",
    "The {item} broke after a week for me",
    "Too much filter",
    "Feels sponsored",
]
EN_WHO = [
    "beginners",
    "sensitive skin",
    "students",
    "small spaces",
    "busy parents",
    "tall people",
    "oily skin",
]
EN_REL = ["sister", "bf", "roommate", "mom", "best friend", "husband"]
EN_PLACES = [
    "NYC",
    "London",
    "LA",
    "Toronto",
    "Sydney",
    "Berlin",
    "Paris",
    "Manila",
    "Jakarta",
    "Austin",
]
OTHER_LANG = [
    "¡Qué bonito!",
    "¿Dónde lo compraste?",
    "Me encanta 😍",
    "que lindo demais",
    "amei isso",
    "keren banget kak",
    "spill dong kak",
    "mantap",
    "bhai mast hai",
    "かわいい！",
    "すごい",
    "너무 예뻐요",
    "magnifique",
    "wunderschön",
    "Bellissimo",
    "Increíble contenido",
    "kak spill linknya",
    "ang ganda",
    "perfeito",
    "brutal 🔥",
]

CN_NICK_A = [
    "爱吃",
    "不吃",
    "想去",
    "喜欢",
    "迷恋",
    "熬夜",
    "晒太阳的",
    "会飞的",
    "慢慢",
    "努力",
    "快乐",
    "今天也",
]
CN_NICK_B = [
    "桃子",
    "西瓜",
    "香菜",
    "火锅",
    "奶茶",
    "猫",
    "小鱼",
    "月亮",
    "星星",
    "土豆",
    "柠檬",
    "芒果",
    "汤圆",
    "橘子",
]
CN_NICK_C = [
    "的小王",
    "的阿花",
    "的咪咪",
    "少女",
    "星人",
    "酱",
    "本人",
    "的兔子",
    "仔",
    "同学",
    "不加糖",
    "呀",
]
CN_CHARS = "雨晴琳欣佳怡子涵梦瑶一诺然乐安宁小大阿木白云朵果果糖豆"
EN_FIRST = [
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
    "jay",
    "zoe",
    "leo",
    "nina",
    "sam",
    "maya",
    "kai",
    "ella",
    "ryan",
    "aria",
    "dan",
    "lily",
    "max",
    "isa",
    "tom",
    "sara",
    "alex",
    "jess",
    "mateo",
    "valen",
    "rafa",
    "putri",
    "dewi",
    "arjun",
    "priya",
    "yuki",
    "ken",
    "min",
    "ji",
    "omar",
    "lea",
]
EN_WORD = [
    "travels",
    "eats",
    "fit",
    "daily",
    "studio",
    "makes",
    "art",
    "vibes",
    "life",
    "cooks",
    "runs",
    "reads",
    "photo",
    "plays",
    "official",
    "world",
    "designs",
    "journal",
    "club",
    "xo",
    "mood",
    "sunny",
]


def _cn_nick(pr: random.Random) -> str:
    k = pr.random()
    if k < 0.3:
        return pr.choice(CN_NICK_A) + pr.choice(CN_NICK_B) + pr.choice(CN_NICK_C)
    if k < 0.5:
        return "".join(pr.choice(CN_CHARS) for _ in range(pr.randint(2, 4))) + (
            str(pr.randint(1, 999)) if pr.random() < 0.3 else ""
        )
    if k < 0.65:
        return pr.choice(EN_FIRST).capitalize() + pr.choice(["", "_", "."]) + pr.choice(CN_NICK_B)
    if k < 0.8:
        return (
            pr.choice(CN_NICK_B) + pr.choice(CN_NICK_C) + pr.choice(["", "🍑", "🌙", "✨", "", ""])
        )
    return (
        "一只"
        + pr.choice(["小", "大", "胖", "懒", "野生"])
        + pr.choice(CN_NICK_B)
        + (pr.choice(["", "呀", "吖"]))
    )


def _en_handle(pr: random.Random) -> str:
    k = pr.random()
    a = pr.choice(EN_FIRST)
    if k < 0.35:
        return a + pr.choice(["", "_", "."]) + pr.choice(EN_WORD)
    if k < 0.6:
        return (
            a
            + pr.choice(["", "_", "."])
            + pr.choice(EN_FIRST)
            + (str(pr.randint(1, 99)) if pr.random() < 0.5 else "")
        )
    if k < 0.8:
        return a + str(pr.randint(1, 2005))
    return (
        pr.choice(["the", "its", "just", "hey", "not"])
        + pr.choice(["", "_", "."])
        + a
        + pr.choice(["", "x", "_", "z"])
    )


def _default_name(pr: random.Random, platform: str) -> str:
    if platform == "douyin":
        return "用户" + str(pr.randint(10**9, 10**10 - 1))
    if platform == "kuaishou":
        return "快手用户" + str(pr.randint(10**9, 10**10 - 1))
    if platform == "rednote":
        return "小红薯" + "".join(pr.choice("0123456789ABCDEF") for _ in range(8))
    if platform == "bilibili":
        return "bili_" + str(pr.randint(10**7, 10**11))
    if platform == "weibo":
        return "用户" + str(pr.randint(10**9, 8 * 10**9))
    if platform == "wechat_channels":
        return "微信用户" + str(pr.randint(1000, 99999))
    letters = "abcdefghijklmnopqrstuvwxyz"
    if pr.random() < 0.5:
        return "".join(pr.choice(letters) for _ in range(pr.randint(5, 9))) + str(
            pr.randint(100, 99999999)
        )
    return "user" + str(pr.randint(10**6, 10**10))


class Ctx:
    """Per-record text context."""

    def __init__(self, pr: random.Random, platform: str, cat: str, cn: bool, handle: str):
        self.pr = pr
        self.platform = platform
        self.cat = cat
        self.cn = cn
        self.handle = handle
        c = CATS[cat]
        self.items = c[1] if cn else c[2]
        self.aspects = c[3] if cn else c[4]
        self.other_lang = 0.0 if cn else pr.choice([0.0, 0.02, 0.05, 0.1, 0.25])
        self.emo = CN_EMO.get(platform, EMOJI)

    def name(self) -> str:
        if self.cn:
            return (
                _cn_nick(self.pr)
                if self.pr.random() < 0.85
                else _default_name(self.pr, self.platform)
            )
        return _en_handle(self.pr)

    def fill(self, t: str, item: str) -> str:
        pr = self.pr
        if "{" not in t:
            return t
        if "{place}" in t and self.cat not in ("travel", "food", "photography", "home"):
            t = pr.choice(CN_REACT if self.cn else EN_REACT)
            if "{" not in t:
                return t
        it2 = pr.choice(self.items)
        return t.format(
            item=item,
            item2=it2,
            aspect=pr.choice(self.aspects),
            place=pr.choice(CN_PLACES if self.cn else EN_PLACES),
            who=pr.choice(CN_WHO if self.cn else EN_WHO),
            op=pr.choice(CN_OP if self.cn else EN_OP),
            rel=pr.choice(CN_REL if self.cn else EN_REL),
        )

    def decorate(self, s: str) -> str:
        pr = self.pr
        r = pr.random()
        if self.cn:
            if r < 0.2:
                s = (
                    pr.choice(CN_ADDR)
                    + (pr.choice(["，", " ", ""]) if pr.random() < 0.6 else "")
                    + s
                )
            if pr.random() < 0.3:
                s += pr.choice(self.emo) * pr.randint(1, 3)
            elif pr.random() < 0.25:
                s += pr.choice(["！", "！！", "～", "。", "hhh", "啊", "呀", "…", "?", "吧"])
        else:
            if r < 0.25:
                s = s.lower()
            if pr.random() < 0.35:
                s += " " + "".join(pr.choice(EMOJI) for _ in range(pr.randint(1, 3)))
            elif pr.random() < 0.2:
                s += pr.choice(["!", "!!", "...", " haha", " fr", " 😭", "?"])
        return s

    def organic(self, item: str, sponsored: bool) -> str:
        pr = self.pr
        if not self.cn and pr.random() < self.other_lang:
            return self.decorate(pr.choice(OTHER_LANG))
        r = pr.random()
        if self.cn:
            if self.platform == "bilibili" and r < 0.1:
                return self.decorate(pr.choice(CN_BILI))
            if self.platform == "weibo" and r < 0.06:
                return pr.choice(CN_WEIBO)
            if sponsored and r < 0.12:
                return self.decorate(
                    pr.choice([*CN_DIS[3:5], "求链接", "{item}有优惠码吗", "已下单"]).format(
                        item=item
                    )
                )
            if r < 0.3:
                s = self.fill(pr.choice(CN_Q), item)
            elif r < 0.5:
                s = self.fill(pr.choice(CN_EXP), item)
            elif r < 0.88:
                s = self.fill(pr.choice(CN_REACT), item)
                if pr.random() < 0.35:
                    s += pr.choice(["，", " "]) + self.fill(pr.choice(CN_REACT + CN_Q), item)
            elif r < 0.95:
                s = self.fill(pr.choice(CN_DIS), item)
            else:
                s = (
                    "@"
                    + _cn_nick(pr)
                    + " "
                    + pr.choice(["快来看", "我们周末去这个", "你要的", "像不像你", "这不就是你"])
                )
        else:
            if sponsored and r < 0.1:
                return self.decorate(
                    pr.choice(
                        ["ad?", "code?", "Is there a discount code?", "Just ordered one", "#ad lol"]
                    )
                )
            if r < 0.28:
                s = self.fill(pr.choice(EN_Q), item)
            elif r < 0.46:
                s = self.fill(pr.choice(EN_EXP), item)
            elif r < 0.86:
                s = self.fill(pr.choice(EN_REACT), item)
                if pr.random() < 0.3:
                    s += pr.choice([". ", " ", "! "]) + self.fill(pr.choice(EN_REACT + EN_Q), item)
            elif r < 0.93:
                s = self.fill(pr.choice(EN_DIS), item)
            else:
                s = (
                    "@"
                    + _en_handle(pr)
                    + " "
                    + pr.choice(["look", "we need to go", "this is you", "remember this?", "omg"])
                )
        return self.decorate(s)

    def celeb_fan(self, star: str, slogans: list) -> str:
        pr = self.pr
        r = pr.random()
        if r < 0.25 and slogans:
            return pr.choice(slogans)  # exact copy-paste of the fan-club slogan (genuine)
        if self.cn:
            if r < 0.5:
                return pr.choice(EMOJI[:3] + self.emo) * pr.randint(1, 6)
            if r < 0.8:
                return self.decorate(
                    pr.choice(
                        [
                            "哥哥好帅",
                            "姐姐好美",
                            "啊啊啊啊啊",
                            "{s}我爱你",
                            "{s}新年快乐",
                            "等你好久了",
                            "{s}要好好休息",
                            "来了来了",
                            "老婆！",
                            "今天也是爱{s}的一天",
                            "冲冲冲",
                        ]
                    ).format(s=star)
                )
        else:
            if r < 0.5:
                return pr.choice(EMOJI) * pr.randint(1, 6)
            if r < 0.8:
                return self.decorate(
                    pr.choice(
                        [
                            "QUEEN 👑",
                            "I love you {s}",
                            "first!",
                            "mother",
                            "legend",
                            "ICON",
                            "{s} never misses",
                            "we love you",
                            "omg hi",
                            "the GOAT",
                        ]
                    ).format(s=star)
                )
        return self.organic(pr.choice(self.items), False)

    def bot_generic(self, pool: list | None = None) -> str:
        pr = self.pr
        if pool and pr.random() < 0.5:
            return pr.choice(pool)  # copy-paste
        if self.cn:
            return pr.choice(
                [
                    "好看",
                    "赞",
                    "支持",
                    "👍👍👍",
                    "太棒了",
                    "不错不错",
                    "666",
                    "厉害",
                    "路过支持",
                    "[赞][赞][赞]",
                    "好棒",
                    "优秀",
                    "加油",
                    "真好",
                    "🌹🌹🌹",
                    "❤️❤️",
                    "[玫瑰][玫瑰]",
                    "顶",
                    "支持支持",
                ]
            )
        return pr.choice(
            [
                "Nice post",
                "Great content 🔥",
                "Amazing 😍",
                "Love it",
                "Awesome!",
                "Beautiful ❤️",
                "🔥🔥🔥",
                "👏👏👏",
                "Wow",
                "Cool pic",
                "Keep it up!",
                "Stunning 💯",
                "Nice 👍",
                "Great job",
                "😍😍",
                "Perfect",
            ]
        )

    def ai_praise(self, item: str) -> str:
        pr = self.pr
        a = pr.choice(self.aspects)
        if self.cn:
            o = pr.choice(
                [
                    "这期关于{i}的分享真的很用心，",
                    "看完对{i}有了全新的认识，",
                    "终于有人把{i}讲清楚了，",
                    "{i}这个内容太实用了，",
                    "作为一个关注{i}很久的人，",
                    "每次看博主聊{i}都很有收获，",
                ]
            )
            m = pr.choice(
                [
                    "尤其是{a}部分讲得特别到位，",
                    "{a}的细节处理非常专业，",
                    "对{a}的分析很有深度，",
                    "{a}这一点让我印象深刻，",
                ]
            )
            c = pr.choice(
                [
                    "期待更多干货分享！",
                    "已经收藏慢慢学习👍",
                    "支持博主持续输出优质内容！",
                    "真的是宝藏博主✨",
                    "希望能多出这样的内容！",
                ]
            )
            return (o + m + c).format(i=item, a=a)
        o = pr.choice(
            [
                "Absolutely love this!",
                "What a great share!",
                "This is such a refreshing take on {i}.",
                "Wow, this is so well done.",
                "I really appreciate this {i} content.",
                "Such valuable content!",
            ]
        )
        m = pr.choice(
            [
                " The way you showcased the {i} really highlights the {a}.",
                " Your attention to {a} makes this {i} post stand out.",
                " The {a} breakdown is incredibly helpful and easy to follow.",
                " I love how you explained the {a} of the {i}.",
            ]
        )
        c = pr.choice(
            [
                " Can't wait to see more! ✨",
                " Keep up the amazing work! 🙌",
                " Thanks for sharing such helpful insights.",
                " This deserves way more attention! 💯",
                " Truly inspiring content.",
            ]
        )
        return (o + m + c).format(i=item, a=a)

    def pod_comment(self, item: str, member_names: list) -> str:
        pr = self.pr
        a = pr.choice(self.aspects)
        if self.cn:
            parts = [
                pr.choice(
                    [
                        "来啦来啦～",
                        "打卡支持！",
                        "宝子好棒，",
                        "姐妹冲呀，",
                        "来支持啦，",
                        "又来学习了，",
                    ]
                ),
                pr.choice(["已赞已藏，", "赞藏评都安排了，", "三连支持，", "", "已关注，"]),
                pr.choice(
                    [
                        "这篇{i}分享太用心了，",
                        "{a}好棒，",
                        "{i}拍得好有氛围感，",
                        "内容越来越好了，",
                        "",
                    ]
                ),
                pr.choice(
                    [
                        "互相支持一起加油呀💪",
                        "回访我一下嘛～",
                        "常来互动呀",
                        "一起变好🥰",
                        "求回赞呀",
                    ]
                ),
            ]
            s = "".join(parts).format(i=item, a=a)
        else:
            parts = [
                pr.choice(
                    [
                        "Okay this is everything 😍",
                        "Yesss!",
                        "Obsessed with this one!",
                        "This is so you!",
                        "Ahh love love love",
                        "Such a vibe ✨",
                        "Girl this is gorgeous",
                        "Bro this is fire",
                    ]
                ),
                pr.choice(
                    [
                        " The {a} is so on point",
                        " Your {i} posts always make my day",
                        " Honestly the {a} here is goals",
                        " Saving this for later",
                        " Can't stop looking at the {a}",
                        "",
                    ]
                ),
                pr.choice(
                    [
                        " and your captions always inspire me 💕",
                        ", sending love from one creator to another 💫",
                        ". Hope you're having an amazing week!",
                        ", keep shining!!",
                        ". You never miss 🙌",
                        "",
                    ]
                ),
            ]
            s = "".join(parts).format(i=item, a=a)
        if member_names and pr.random() < 0.45:
            s += " @" + pr.choice(member_names)
        return s

    def spam(self) -> str:
        pr = self.pr
        code = "".join(
            pr.choice("abcdefghjkmnpqrstuvwxyz0123456789") for _ in range(pr.randint(5, 9))
        )
        if self.cn:
            return pr.choice(
                [
                    "想要同款的可以看我主页",
                    "需要资料的私我",
                    "+V：{c} 带你做副业",
                    "滋源在我主页",
                    "薇❤：{c}",
                    "🛰️ {c}",
                    "加我绿泡泡带你赚零花钱",
                    "姐妹，主页有惊喜",
                    "日入三百，了解一下👉主页",
                    "有需要的滴滴我",
                    "宝妈兼职看过来",
                    "扣扣{d}",
                    "威信 {c} 免费领",
                    "➕V {c}",
                    "徽❤信 {c}",
                    "企鹅号{d}",
                    "看我简介，有福利",
                    "私聊有好东西哦",
                    "想瘦的姐妹看我主页",
                    "同城交友看主页",
                ]
            ).format(c=code, d=pr.randint(10**7, 10**10))
        return pr.choice(
            [
                "DM me for collab 💌",
                "Promote it on @{c}_promo",
                "Check my bio for free followers",
                "Send pic to @{c}.ambassador 🚀",
                "I made $5k this week with @{c}_fx, message her",
                "want more views? dm @{c}",
                "Hi dear, can we be friends?",
                "Want to be a brand ambassador? DM @{c}",
                "Check my profile 😘",
                "Free iPhone giveaway at link in bio",
                "🔥 earn daily with crypto, ask @{c}",
                "u looking for a promo? dm",
            ]
        ).format(c=code)

    def giveaway_tag(self) -> str:
        pr = self.pr
        n = pr.choice([1, 2, 2, 3, 3, 3, 4])
        if self.cn:
            tags = " ".join("@" + _cn_nick(pr) for _ in range(n))
            return (
                pr.choice(["", "参与一下 ", "求中！", "锦鲤附体 ", "已关注已转发 ", "许愿 "]) + tags
            )
        tags = " ".join("@" + _en_handle(pr) for _ in range(n))
        return pr.choice(["", "Done! ", "Entered! ", "🤞 ", "pls pick me ", ""]) + tags

    def reply(self, item: str) -> str:
        pr = self.pr
        if self.cn:
            return self.decorate(
                pr.choice(
                    [
                        "谢谢宝贝～",
                        "可以的哦",
                        "链接在主页",
                        "哈哈哈谢谢喜欢",
                        "下期安排！",
                        "是的呀",
                        "{i}是自己买的不是广告哈",
                        "敏感肌也可以的",
                        "在{p}哦",
                        "感谢支持",
                        "收到，下次注意",
                        "是的，{i}我用了半年了",
                        "晚点回你私信",
                        "这个问题好多人问，下期讲",
                    ]
                ).format(i=item, p=pr.choice(CN_PLACES))
            )
        return self.decorate(
            pr.choice(
                [
                    "Thank you so much! 🙏",
                    "Link in bio!",
                    "Yes it does!",
                    "haha glad you liked it",
                    "Coming soon!",
                    "It's the {i} from my last video",
                    "Thanks for watching!",
                    "Good question, will cover it next week",
                    "Not sponsored, I bought it myself",
                    "Appreciate you!",
                ]
            ).format(i=item)
        )

    def brand_comment(self, item: str) -> str:
        if self.cn:
            return self.pr.choice(
                ["感谢博主的用心分享～", "谢谢喜欢我们的{i}！", "官方来啦，评论区抽三位送{i}"]
            ).format(i=item)
        return self.pr.choice(
            ["Thanks for sharing our {i}! 💙", "So glad you love it!", "Looks amazing on you ✨"]
        ).format(i=item)


# ---------------------------------------------------------------- helpers
def _lognorm(rng, med, sig, size=None):
    return med * np.exp(rng.normal(0.0, sig, size))


def _pick(rng, pairs):
    names = [p[0] for p in pairs]
    w = np.array([p[1] for p in pairs], float)
    return names[int(rng.choice(len(names), p=w / w.sum()))]


def _fmt_ts(t: dt.datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:00Z")


def _date_from_years(as_of: dt.date, years: float) -> dt.date:
    return as_of - dt.timedelta(days=int(max(1, years * 365.25)))


EPOCH = dt.date(2025, 2, 1)


def generate_one(seed: int, i: int) -> dict:
    rng = np.random.default_rng([seed, i, 20240613])
    pr = random.Random(int(rng.integers(0, 2**62)))
    fraud = bool(rng.random() < 0.45)
    arch = _pick(rng, FRAUD_ARCH if fraud else GENUINE_ARCH)
    parts = set(arch.split(":", 1)[1].split("+")) if arch.startswith("combo:") else {arch}

    cn = bool(rng.random() < 0.5)
    if "mutual_boost_group" in parts and rng.random() < 0.8:
        cn = True
    if "pod_longform" in parts and rng.random() < 0.7:
        cn = False
    platform = (
        str(rng.choice(CN_PLATFORMS, p=CN_PW)) if cn else str(rng.choice(INTL_PLATFORMS, p=INTL_PW))
    )
    P = PLAT[platform]
    (
        show_views,
        show_saves,
        show_shares,
        vr_base,
        lr_base,
        cr_base,
        sr_base,
        svr_base,
        vfloor,
        ppw_base,
        launch,
    ) = P
    if platform == "instagram" and rng.random() < 0.5:
        show_saves = True  # exports from creator insights include saves
    cat = str(rng.choice(CAT_NAMES))
    if "celebrity_low_er" in parts:
        cat = str(rng.choice(["music", "comedy", "fashion", "beauty", "travel"]))

    # --- size
    if "koc_loyal_niche" in parts:
        n_target = float(np.exp(rng.uniform(math.log(400), math.log(15000))))
    elif "celebrity_low_er" in parts:
        n_target = float(np.exp(rng.uniform(math.log(1.5e6), math.log(6e7))))
    elif (
        "pod_longform" in parts or "mutual_boost_group" in parts or "follow_unfollow_churn" in parts
    ):
        n_target = float(np.exp(rng.uniform(math.log(2000), math.log(150000))))
    elif "fast_new_account" in parts:
        n_target = float(np.exp(rng.uniform(math.log(5000), math.log(400000))))
    else:
        t = rng.random()
        lo, hi = (
            (1000, 10000)
            if t < 0.3
            else (10000, 100000)
            if t < 0.68
            else (100000, 1e6)
            if t < 0.92
            else (1e6, 8e6)
        )
        n_target = float(np.exp(rng.uniform(math.log(lo), math.log(hi))))

    intensity = float(rng.beta(1.3, 2.8)) if fraud else 0.0

    as_of_day = EPOCH + dt.timedelta(days=int(rng.integers(0, 480)))
    as_of = dt.datetime.combine(
        as_of_day, dt.time(int(rng.integers(0, 24)), int(rng.integers(0, 60)))
    )
    tz = 8.0 if cn else float(rng.choice([-8, -7, -5, -5, -4, 0, 1, 1, 2, 3, 5.5, 7, 8, 9, 10]))

    # --- history / post window
    h = rng.random()
    H = (
        int(rng.integers(60, 91))
        if h < 0.3
        else int(rng.integers(90, 181))
        if h < 0.75
        else int(rng.integers(181, 366))
    )
    ppw = ppw_base * float(_lognorm(rng, 1.0, 0.5))
    if "koc_loyal_niche" in parts:
        ppw *= 0.6
    if "scheduled_poster" in parts:
        ppw = max(ppw, 2.0)
    n_posts = int(rng.integers(10, 61))
    hiatus: tuple[Any, Any] | None = None
    span = int(min(420, max(12, n_posts / ppw * 7)))
    if "hiatus_comeback" in parts or rng.random() < 0.04:
        hl = int(rng.integers(25, 120))
        span += hl
        hiatus = (None, hl)
    T = max(H, span) + 3
    # post days (day index; T-1 == as_of day)
    if hiatus is None:
        post_days = np.sort(rng.uniform(T - span, T - 0.05, n_posts))
    else:
        hl = hiatus[1]
        s0 = span - hl
        post_days = np.sort(rng.uniform(T - span, T - hl - 0.05, n_posts))
        hs = float(rng.uniform(T - span + s0 * 0.25, T - span + s0 * 0.9))
        post_days = np.where(post_days > hs, post_days + hl, post_days)
        post_days = post_days[post_days < T - 0.02]
        hiatus = (hs, hs + hl)
        if len(post_days) < 10:
            post_days = np.sort(
                np.concatenate([post_days, rng.uniform(hs + hl, T - 0.05, 10 - len(post_days))])
            )
    n_posts = len(post_days)

    # --- growth regime (daily discovery / churn rates)
    if "declining_account" in parts:
        disc, churn = float(rng.uniform(0.0, 0.0006)), float(rng.uniform(0.0008, 0.003))
    elif "fast_new_account" in parts:
        disc, churn = float(rng.uniform(0.008, 0.025)), float(rng.uniform(0.0005, 0.002))
    elif "celebrity_low_er" in parts:
        disc, churn = float(rng.uniform(0.0002, 0.0015)), float(rng.uniform(0.0001, 0.0006))
    else:
        g = rng.random()
        disc = float(rng.uniform(0.0003, 0.004)) if g < 0.75 else float(rng.uniform(0.0001, 0.0006))
        churn = float(rng.uniform(0.0002, 0.0012))
    fr = float(_lognorm(rng, 0.006, 0.5))  # follow conversion of non-follower viewers
    if "viral_breakout" in parts:
        fr *= 1.5

    # --- fake pools plan
    legacy_frac = 0.0
    if "legacy_bought_followers" in parts:
        legacy_frac = 0.08 + 1.6 * intensity + float(rng.uniform(0, 0.1))
    elif fraud and rng.random() < 0.15:
        legacy_frac = float(rng.uniform(0.03, 0.3))
    elif not fraud and rng.random() < 0.04:
        legacy_frac = float(
            rng.uniform(0.01, 0.06)
        )  # bots that followed a genuine account years ago
    fake_share_guess = legacy_frac / (1 + legacy_frac)
    growth_guess = math.exp((disc - churn) * T * 0.8)
    A0 = max(
        150.0,
        n_target * (1 - fake_share_guess) / max(growth_guess, 0.2) * float(_lognorm(rng, 1.0, 0.1)),
    )
    if "fast_new_account" in parts:
        A0 = max(200.0, A0)

    purchases = []  # (start, duration, amount_rel, premium_frac)
    if "burst_followers" in parts:
        for _ in range(int(rng.integers(1, 4))):
            purchases.append(
                (
                    float(rng.uniform(T - H + 3, T - 2)),
                    float(rng.choice([0.5, 1, 1, 2, 3])),
                    0.02 + 1.2 * intensity**1.3 * float(rng.uniform(0.4, 1.2)),
                    float(rng.uniform(0, 1 - intensity)),
                )
            )
    if "drip_premium_followers" in parts:
        for _ in range(int(rng.integers(1, 4))):
            dur = float(rng.uniform(12, 60))
            purchases.append(
                (
                    float(rng.uniform(T - H, T - 6)),
                    dur,
                    0.015 + 0.45 * intensity * float(rng.uniform(0.5, 1.3)),
                    float(rng.uniform(0.6, 1.0)),
                )
            )
    if fraud and not purchases and rng.random() < 0.2:
        purchases.append(
            (
                float(rng.uniform(T - H, T - 4)),
                float(rng.uniform(1, 30)),
                float(rng.uniform(0.01, 0.08)),
                float(rng.random()),
            )
        )
    align_posts = bool(rng.random() < 0.5)  # cautious buyers time drips to their posts
    drop_cheap = float(rng.uniform(0.002, 0.012))
    drop_prem = float(rng.uniform(0.0002, 0.0015))
    refill = bool(rng.random() < 0.4)

    churn_cfg = None
    if "follow_unfollow_churn" in parts:
        cap = {
            "instagram": 7500,
            "twitter": 5000,
            "weibo": 2000,
            "tiktok": 10000,
            "douyin": 10000,
        }.get(platform, 5000)
        churn_cfg = dict(
            rate=float(60 + 700 * intensity * rng.uniform(0.5, 1.3)),
            cycle=int(rng.integers(6, 25)),
            fb=float(rng.uniform(0.05, 0.15)),
            base=int(rng.integers(80, 900)),
            peak=int(min(cap, rng.choice([1500, 2000, 3000, 5000, 7500]))),
            lost=float(rng.uniform(0.2, 0.5)),
        )
    mutual: dict[str, Any] | None = None
    if "mutual_boost_group" in parts:
        mutual = dict(
            size=int(rng.integers(80, 500)),
            part=float(rng.uniform(0.05, 0.25)),
            join=float(rng.uniform(0.3, 0.9)),
        )
    pod: dict[str, Any] | None = None
    if "pod_longform" in parts:
        pod = dict(size=int(rng.integers(12, 70)), part=float(rng.uniform(0.45, 0.9)))

    # events
    n_give = (
        int(rng.integers(3, 9)) if "giveaway_heavy" in parts else (1 if rng.random() < 0.1 else 0)
    )
    give_posts = (
        set(rng.choice(n_posts, size=min(n_give, n_posts), replace=False).tolist())
        if n_give
        else set()
    )
    shout = []
    if "shoutout_jump" in parts or rng.random() < 0.05:
        for _ in range(int(rng.integers(1, 3))):
            shout.append(
                (
                    int(rng.integers(T - H + 2, T - 1)),
                    float(rng.uniform(0.05, 0.6)),
                    int(rng.integers(1, 4)),
                )
            )
    purge = []
    if "purge_hit" in parts or rng.random() < 0.08 or (fraud and rng.random() < 0.08):
        purge.append(int(rng.integers(T - H + 1, T - 1)))

    # post properties
    q = _lognorm(rng, 1.0, float(rng.uniform(0.45, 0.85)), n_posts)
    viral_p = 0.0
    if "viral_breakout" in parts:
        viral_p = -1
    elif rng.random() < (0.25 if fraud else 0.15):
        viral_p = 0.06
    viral = np.zeros(n_posts, bool)
    if viral_p == -1:
        viral[rng.choice(n_posts, size=int(rng.integers(1, 3)), replace=False)] = True
    elif viral_p > 0:
        viral = rng.random(n_posts) < viral_p
        if not viral.any():
            viral[int(rng.integers(0, n_posts))] = True
    algo = platform in ("douyin", "tiktok", "kuaishou")
    q = np.where(viral, q * rng.uniform(8, 60 if algo else 20, n_posts), q)
    sp_rate = (
        0.45
        if "brand_deal_heavy" in parts
        else (0.02 if n_target < 3000 else 0.08 if n_target < 50000 else 0.15)
    )
    sponsored = rng.random(n_posts) < sp_rate
    if "celebrity_low_er" in parts:
        sponsored = rng.random(n_posts) < 0.2

    # ---------------------------------------------------- daily simulation
    A = np.zeros(T)
    FC = np.zeros(T)
    FP = np.zeros(T)
    C = np.zeros(T)
    G = np.zeros(T)
    gain = np.zeros(T + 60)
    loss_c = np.zeros(T + 60)
    loss_g = np.zeros(T + 60)
    z = rng.normal(0, 1, T)
    rnoise = rng.normal(0, 0.25, T)
    a = A0
    fc = A0 * legacy_frac * 0.4
    fp = A0 * legacy_frac * 0.6
    c = 0.0
    gg = 0.0
    if churn_cfg:
        c = A0 * float(rng.uniform(0.05, 0.4))
    if mutual:
        c += mutual["size"] * mutual["join"] * 0.5
    follow = np.zeros(T)
    fol = (
        float(churn_cfg["base"])
        if churn_cfg
        else float(_lognorm(rng, 250 if "celebrity_low_er" not in parts else 80, 0.9))
    )
    if mutual:
        fol += mutual["size"] * mutual["join"] * float(rng.uniform(1.5, 6.0))
    fol_drift = float(rng.uniform(-0.05, 0.4))
    pidx = 0
    post_aeng = np.zeros(n_posts)
    decline_eng = float(rng.uniform(0.001, 0.004)) if "declining_account" in parts else 0.0
    eng_decay = np.ones(T)
    if decline_eng:
        eng_decay = np.exp(-decline_eng * np.arange(T))
    daily_fake = np.zeros(T + 1)
    daily_fake_p = np.zeros(T + 1)
    for s, d, amt, pf in purchases:
        s_i = int(s)
        dur = max(1, round(d))
        w = rng.gamma(2.0, 1.0, dur)
        if align_posts and dur > 5:
            for pd_ in post_days:
                k = int(pd_) - s_i
                if 0 <= k < dur:
                    w[k] *= 3.0
        w = w / w.sum()
        for k in range(dur):
            if s_i + k < T:
                daily_fake[s_i + k] += amt * w[k] * (1 - pf)
                daily_fake_p[s_i + k] += amt * w[k] * pf
    purge_set = set(purge)
    shout_gain = np.zeros(T + 10)
    for sd, amt, du in shout:
        for k in range(du):
            shout_gain[sd + k] += amt / du
    kern = np.array([0.42, 0.24, 0.13, 0.08, 0.05, 0.04, 0.02, 0.02])
    cyc_dir = 1
    for t in range(T):
        act = 1.0
        if hiatus is not None and hiatus[0] <= t < hiatus[1]:
            act = 0.0
        d_ = a * (disc * act * (1 + rnoise[t]) + 0.0) - a * churn * (1.6 if act == 0 else 1.0)
        d_ += math.sqrt(a * (disc + churn) + 1.0) * z[t] * 0.8
        d_ += gain[t] + shout_gain[t] * a
        a = max(10.0, a + d_)
        # bought followers
        if daily_fake[t] or daily_fake_p[t]:
            fc += daily_fake[t] * a
            fp += daily_fake_p[t] * a
        fc *= 1 - drop_cheap
        fp *= 1 - drop_prem
        if refill and t % 30 == 29:
            fc += fc * drop_cheap * 20
        # follow/unfollow churn
        if churn_cfg:
            cc = churn_cfg
            if cyc_dir == 1:
                nf = cc["rate"] * float(rng.uniform(0.6, 1.4))
                fol += nf
                c += nf * cc["fb"]
                if fol >= cc["peak"] * float(rng.uniform(0.8, 1.0)):
                    cyc_dir = -1
            else:
                drop = min(fol - cc["base"], cc["peak"] * float(rng.uniform(0.3, 0.7)))
                fol -= drop
                c -= c * cc["lost"] * 0.1
                if fol <= cc["base"] * 1.2:
                    cyc_dir = 1
        elif mutual:
            joined = float(rng.poisson(mutual["size"] * 0.004))
            c += joined
            fol += joined * 0.9
        else:
            fol = max(
                0.0,
                fol
                + float(rng.poisson(max(0.0, fol_drift)))
                - (fol * 0.3 if rng.random() < 0.003 else 0),
            )
        c = max(0.0, c - loss_c[t])
        gg = max(0.0, gg - loss_g[t])
        if t in purge_set:
            fc *= 1 - float(rng.uniform(0.3, 0.8))
            fp *= 1 - float(rng.uniform(0.03, 0.2))
            a *= 1 - float(rng.uniform(0.002, 0.025))
            c *= 1 - float(rng.uniform(0.02, 0.1))
        # posts of this day
        while pidx < n_posts and int(post_days[pidx]) == t:
            aeng = a * eng_decay[t] + 0.12 * c + 0.2 * gg
            post_aeng[pidx] = aeng
            reach = aeng * vr_base * q[pidx] + vfloor * math.sqrt(q[pidx])
            new_f = max(0.0, reach - aeng * vr_base) * fr
            if hiatus is not None and abs(t - hiatus[1]) < 2:
                new_f += a * 0.02
            for k, kv in enumerate(kern):
                gain[t + k + 1] += new_f * kv
            if pidx in give_posts:
                gsz = a * float(rng.uniform(0.02, 0.2))
                gg += gsz
                for k in range(int(rng.integers(3, 8)), int(rng.integers(20, 45))):
                    loss_g[t + k] += gsz * 0.5 / 25
            if mutual:
                c += mutual["size"] * mutual["part"] * 0.1
            pidx += 1
        A[t] = a
        FC[t] = fc
        FP[t] = fp
        C[t] = c
        G[t] = gg
        follow[t] = fol
    total = A + FC + FP + C + G
    N = np.maximum(0, np.round(total)).astype(np.int64)
    foll_hist = np.maximum(0, np.round(follow)).astype(np.int64)
    followers_final = int(N[-1])

    # ---------------------------------------------------- posts
    handle = _en_handle(pr) if not cn or rng.random() < 0.3 else _cn_nick(pr)
    ctx = Ctx(pr, platform, cat, cn, handle)
    size_adj = float(np.clip((max(followers_final, 100) / 10000.0) ** -0.12, 0.45, 2.2))
    cre = float(_lognorm(rng, 1.0, 0.35))  # creator-level engagement quality
    if "koc_loyal_niche" in parts:
        cre *= float(rng.uniform(1.8, 3.5))
    if "celebrity_low_er" in parts:
        cre *= float(rng.uniform(0.5, 0.95))
    c_ratio = (
        cr_base * float(_lognorm(rng, 1.0, 0.35)) * (1.6 if "koc_loyal_niche" in parts else 1.0)
    )
    if "celebrity_low_er" in parts and platform == "weibo":
        c_ratio *= 2.0
    sched_mode = "scheduled_poster" in parts or rng.random() < 0.05
    sched_slots = [
        (int(rng.integers(6, 22)), int(rng.choice([0, 0, 0, 30, 15, 45])))
        for _ in range(int(rng.integers(1, 3)))
    ]
    fmt_p = {
        "douyin": ("video", 0.88),
        "kuaishou": ("video", 0.92),
        "tiktok": ("video", 0.95),
        "wechat_channels": ("video", 0.93),
        "bilibili": ("video", 0.95),
        "youtube": ("video", 1.0),
        "rednote": ("video", 0.3),
        "instagram": ("video", 0.5),
        "weibo": ("video", 0.25),
        "twitter": ("video", 0.15),
    }[platform]
    kuaishou_cu = platform == "kuaishou" and rng.random() < 0.35
    ig_hidden = platform == "instagram" and rng.random() < 0.06
    ig_hidden_p = float(rng.uniform(0.2, 1.0))

    like_cfg = None
    if "likes_plus_few_comments" in parts:
        like_cfg = dict(
            frac=float(min(1.0, 0.3 + intensity * 1.2 + rng.uniform(0, 0.2))),
            mult=0.25 + 3.0 * intensity**1.2,
            cpl=float(rng.uniform(0.002, 0.012)),
            views=bool(show_views and rng.random() < 0.6),
            saves=bool(platform == "rednote" and rng.random() < 0.5),
        )
    elif "bot_comment_package" in parts or "comment_farm_lure" in parts:
        like_cfg = dict(
            frac=float(rng.uniform(0.5, 1.0)),
            mult=0.2 + 2.5 * intensity,
            cpl=0.0,
            views=bool(show_views and rng.random() < 0.5),
            saves=False,
        )
    elif fraud and rng.random() < 0.12:
        like_cfg = dict(
            frac=float(rng.uniform(0.1, 0.5)),
            mult=float(rng.uniform(0.1, 0.6)),
            cpl=0.004,
            views=False,
            saves=False,
        )
    ai_cfg = dict(rate=0.01 + 0.4 * intensity) if "ai_topical_praise" in parts else None
    bot_cfg = None
    if "bot_comment_package" in parts:
        bot_cfg = dict(per=5 + int(300 * intensity**1.5), frac=float(rng.uniform(0.5, 1.0)))
    lure_cfg = (
        dict(per=5 + int(150 * intensity), frac=float(rng.uniform(0.6, 1.0)))
        if "comment_farm_lure" in parts
        else None
    )
    spam_rate = 0.0
    if "spam_magnet" in parts:
        spam_rate = float(rng.uniform(0.04, 0.2))
    elif rng.random() < 0.25:
        spam_rate = float(rng.uniform(0.005, 0.04))
    stray_bot = float(rng.uniform(0.01, 0.06)) if rng.random() < 0.35 else 0.0
    reply_rate = (
        float(rng.uniform(0.15, 0.5))
        if "koc_loyal_niche" in parts
        else 0.0
        if "celebrity_low_er" in parts
        else float(rng.choice([0.0, 0.01, 0.03, 0.08, 0.15]))
    )
    mentioned_brand = "brand_deal_heavy" in parts or rng.random() < 0.2

    posts = []
    comp = []  # per-post composition counts
    for j in range(n_posts):
        pdx = float(post_days[j])
        dayi = int(pdx)
        day_date = as_of_day - dt.timedelta(days=T - 1 - dayi)
        if sched_mode:
            hh, mm = sched_slots[j % len(sched_slots)]
            lt = dt.datetime.combine(day_date, dt.time(hh, mm))
        else:
            hr = float(rng.choice([8, 12, 12, 17, 18, 19, 20, 20, 21, 21, 22, 23])) + float(
                rng.normal(0, 1.2)
            )
            hr = hr % 24
            lt = dt.datetime.combine(day_date, dt.time(int(hr), int(rng.integers(0, 60))))
        pt = lt - dt.timedelta(hours=tz)
        if pt > as_of - dt.timedelta(minutes=30):
            pt = as_of - dt.timedelta(minutes=int(rng.integers(30, 600)))
        age_days = max(0.01, (as_of - pt).total_seconds() / 86400)
        mature = 1 - math.exp(-age_days / 1.0) * 0.85 if age_days < 7 else 1.0
        aeng = post_aeng[j]
        is_video = rng.random() < fmt_p[1]
        fmt = (
            "video"
            if is_video
            else ("text" if platform in ("weibo", "twitter") and rng.random() < 0.4 else "image")
        )
        if (
            platform in ("douyin", "tiktok", "kuaishou", "bilibili", "youtube")
            and rng.random() < 0.03
        ):
            fmt = "live" if platform != "bilibili" else "video"
        qj = float(q[j])
        spj = bool(sponsored[j])
        spf = float(rng.uniform(0.45, 0.85)) if spj else 1.0
        vr = vr_base * (1.0 if is_video else 0.6)
        views_o = (aeng * vr * qj + vfloor * math.sqrt(qj)) * mature * float(_lognorm(rng, 1, 0.15))
        lr = lr_base * size_adj * cre * spf
        likes_o = views_o * lr * float(_lognorm(rng, 1, 0.25))
        if hiatus is not None and 0 <= dayi - hiatus[1] < 3:
            likes_o *= 1.8
        give = j in give_posts
        if give:
            likes_o *= float(rng.uniform(2, 5))
        com_o = likes_o * c_ratio * float(_lognorm(rng, 1, 0.35)) * (1.3 if spj else 1.0)
        tags = int(com_o * float(rng.uniform(8, 40))) if give else 0
        shares_o = (
            likes_o
            * sr_base
            * float(_lognorm(rng, 1, 0.4))
            * (3 if give and platform in ("weibo", "wechat_channels") else 1)
        )
        saves_o = (
            likes_o
            * svr_base
            * float(_lognorm(rng, 1, 0.35))
            * (1.4 if cat in ("education", "finance", "food", "home") else 1)
        )
        likes_f = 0.0
        views_f = 0.0
        saves_f = 0.0
        n_bought = 0
        n_ai = 0
        n_pod = 0
        n_lure = 0
        n_bot = 0
        n_mut = 0
        if like_cfg and rng.random() < like_cfg["frac"]:
            likes_f = likes_o * like_cfg["mult"] * float(_lognorm(rng, 1, 0.35)) + float(
                rng.integers(20, 120)
            )
            if like_cfg["cpl"] > 0:
                n_bought = int(rng.poisson(likes_f * like_cfg["cpl"])) + int(rng.integers(1, 6))
            if like_cfg["views"]:
                views_f = likes_f * float(rng.uniform(6, 30))
            if like_cfg["saves"]:
                saves_f = likes_f * float(rng.uniform(0.1, 0.5))
        if ai_cfg:
            n_ai = int(rng.poisson(max(1.0, likes_o * ai_cfg["rate"] * 0.3 + 2)))
            likes_f += n_ai * float(rng.uniform(0, 5))
        if bot_cfg and rng.random() < bot_cfg["frac"]:
            n_bot = int(rng.poisson(bot_cfg["per"] * float(_lognorm(rng, 1, 0.4)))) + 1
        if lure_cfg and rng.random() < lure_cfg["frac"]:
            n_lure = int(rng.poisson(lure_cfg["per"] * float(_lognorm(rng, 1, 0.4)))) + 1
        if pod:
            n_pod = int(rng.binomial(pod["size"], pod["part"]))
            likes_f += n_pod * float(rng.uniform(1, 3))
            likes_o *= float(rng.uniform(1.05, 1.3))  # algorithmic lift from early engagement
        if mutual:
            m_part = int(rng.binomial(mutual["size"], mutual["part"]))
            likes_f += m_part
            n_mut = int(m_part * float(rng.uniform(0.15, 0.5)))
            saves_f += m_part * 0.3 if show_saves else 0
        # organic spam / stray bots / creator replies / brand
        n_spam = (
            int(rng.poisson(com_o * spam_rate * (1.5 if viral[j] else 1.0))) if spam_rate else 0
        )
        n_stray = int(rng.poisson(com_o * stray_bot)) if stray_bot else 0
        com_o_i = round(com_o)
        n_reply = int(rng.binomial(com_o_i, reply_rate)) if reply_rate and com_o_i else 0
        n_brand = 1 if spj and mentioned_brand and rng.random() < 0.3 else 0
        likes = round(likes_o + likes_f)
        comments_total = (
            com_o_i
            + tags
            + n_bought
            + n_ai
            + n_pod
            + n_lure
            + n_bot
            + n_mut
            + n_spam
            + n_stray
            + n_reply
            + n_brand
        )
        rec = {
            "post_id": f"p{j}",
            "posted_at": _fmt_ts(pt),
            "format": fmt,
            "likes": likes,
            "comments": comments_total,
        }
        if show_shares:
            rec["shares"] = round(shares_o)
        if show_saves:
            rec["saves"] = round(saves_o + saves_f)
        vw = views_o + views_f + likes_f * float(rng.uniform(0.5, 2.0))
        if (show_views and (platform not in ("weibo", "instagram") or fmt == "video")) or (
            platform == "weibo" and fmt == "video"
        ):
            rec["views"] = int(max(vw, likes * 1.05))
        if platform == "instagram" and fmt == "video" and "views" not in rec:
            rec["views"] = int(max(vw * 1.3, likes * 1.1))
        if platform == "bilibili":
            rec["coins"] = round(likes_o * float(rng.uniform(0.15, 0.6)))
            rec["danmaku"] = round(views_o * float(rng.uniform(0.001, 0.012)))
        rec["sponsored"] = spj
        if ig_hidden and rng.random() < ig_hidden_p:
            rec["likes"] = 0
            rec["likes_unknown"] = True
        posts.append(rec)
        comp.append(
            dict(
                org=com_o_i,
                tag=tags,
                bought=n_bought,
                ai=n_ai,
                pod=n_pod,
                lure=n_lure,
                bot=n_bot,
                mut=n_mut,
                spam=n_spam,
                stray=n_stray,
                reply=n_reply,
                brand=n_brand,
                pt=pt,
                likes=likes_o,
                spj=spj,
            )
        )

    # ---------------------------------------------------- comment sample
    M = int(np.exp(rng.uniform(math.log(50), math.log(400))))
    cap = int(rng.choice([10, 15, 20, 20, 30, 40, 50]))
    want = np.array([min(p["comments"], cap) for p in posts], float)
    if want.sum() > M:
        want = np.floor(want * M / want.sum())
    comments: list[dict[str, Any]] = []
    cats_order = [
        "org",
        "tag",
        "bought",
        "ai",
        "pod",
        "lure",
        "bot",
        "mut",
        "spam",
        "stray",
        "reply",
        "brand",
    ]
    # pools of recurring authors
    fan_pool = [ctx.name() for _ in range(int(max(15, min(500, followers_final * 0.02))))]
    fan_w = 1.0 / np.arange(1, len(fan_pool) + 1) ** (1.1 if "koc_loyal_niche" in parts else 0.6)
    fan_cdf = np.cumsum(fan_w / fan_w.sum())
    fan_u = rng.random(4000)
    pod_names = (
        [_en_handle(pr) if not cn else _cn_nick(pr) for _ in range(pod["size"])] if pod else []
    )
    mut_names = (
        [_cn_nick(pr) if cn else _en_handle(pr) for _ in range(mutual["size"])] if mutual else []
    )
    bot_pool_txt = [ctx.bot_generic() for _ in range(int(rng.integers(3, 9)))]
    farm_names = [
        _default_name(pr, platform) if rng.random() < 0.6 else ctx.name()
        for _ in range(int(rng.integers(30, 300)))
    ]
    spam_names = [ctx.name() + str(pr.randint(10, 99)) for _ in range(int(rng.integers(5, 40)))]
    star = handle
    slogans = []
    if "celebrity_low_er" in parts:
        slogans = [
            (f"{star}，未来可期！" if cn else f"{star} deserves everything 💜"),
            (f"{star}的作品值得被更多人看到" if cn else f"Stream {star}'s new project!"),
            (f"守护最好的{star}" if cn else f"we love you {star} forever"),
        ]
    items_post = [pr.choice(ctx.items) for _ in range(n_posts)]
    for j, p in enumerate(posts):
        k = int(want[j])
        if k <= 0:
            continue
        cm = comp[j]
        cnts = np.array([cm[c_] for c_ in cats_order], np.int64)
        if cnts.sum() <= 0:
            continue
        k = min(k, int(cnts.sum()))
        # exports favour top comments: organic slightly over-represented
        wts = cnts.astype(float) * np.array(
            [1.2, 0.8, 0.8, 1.0, 1.0, 0.9, 0.7, 1.0, 0.8, 0.7, 1.3, 1.5]
        )
        draw = (
            rng.multivariate_hypergeometric(cnts, k)
            if wts.sum() == 0
            else _weighted_draw(rng, cnts, wts, k)
        )
        pt = cm["pt"]
        age_h = max(0.1, (as_of - pt).total_seconds() / 3600)
        item = items_post[j]
        burst_start = float(rng.uniform(0.1, 6))
        top_like = max(1.0, cm["likes"] * 0.02)
        for ci, cname in enumerate(cats_order):
            for _ in range(int(draw[ci])):
                if cname == "org":
                    delay = float(rng.lognormal(math.log(4), 1.4))
                    if "celebrity_low_er" in parts and rng.random() < 0.7:
                        txt = ctx.celeb_fan(star, slogans)
                    else:
                        txt = ctx.organic(item, cm["spj"])
                    au = (
                        fan_pool[
                            min(
                                len(fan_pool) - 1,
                                int(np.searchsorted(fan_cdf, fan_u[len(comments) % 4000])),
                            )
                        ]
                        if pr.random() < 0.5
                        else ctx.name()
                    )
                    lk = int(rng.pareto(1.3) * top_like * 0.05)
                elif cname == "tag":
                    delay = float(rng.lognormal(math.log(10), 1.2))
                    txt = ctx.giveaway_tag()
                    au = ctx.name()
                    lk = int(rng.poisson(0.3))
                elif cname == "bought":
                    delay = burst_start + float(rng.uniform(0, 3))
                    txt = (
                        ctx.ai_praise(item)
                        if rng.random() < 0.45
                        else ctx.bot_generic(bot_pool_txt if rng.random() < 0.3 else None)
                    )
                    au = pr.choice(farm_names)
                    lk = int(rng.poisson(0.4))
                elif cname == "ai":
                    delay = float(rng.uniform(0.2, 30))
                    txt = ctx.ai_praise(item)
                    au = pr.choice(farm_names) if rng.random() < 0.5 else ctx.name()
                    lk = int(rng.poisson(0.8))
                elif cname == "pod":
                    delay = float(rng.uniform(0.05, 1.5))
                    txt = ctx.pod_comment(item, pod_names)
                    au = pr.choice(pod_names)
                    lk = int(rng.integers(0, 6))
                elif cname == "mut":
                    delay = float(rng.uniform(0.1, 12))
                    txt = ctx.pod_comment(item, mut_names if rng.random() < 0.3 else [])
                    au = pr.choice(mut_names)
                    lk = int(rng.integers(0, 3))
                elif cname == "lure":
                    delay = burst_start + float(rng.uniform(0, 8))
                    txt = ctx.spam() if rng.random() < 0.6 else ctx.bot_generic(bot_pool_txt)
                    au = pr.choice(farm_names)
                    lk = int(rng.poisson(0.5))
                elif cname == "bot":
                    delay = burst_start + float(rng.uniform(0, 2))
                    txt = (
                        ctx.bot_generic(bot_pool_txt)
                        if rng.random() < 0.85
                        else pr.choice(EMOJI) * pr.randint(2, 5)
                    )
                    au = pr.choice(farm_names)
                    lk = int(rng.poisson(0.2))
                elif cname == "spam":
                    delay = float(rng.lognormal(math.log(1.5), 1.5))
                    txt = ctx.spam()
                    au = pr.choice(spam_names)
                    lk = 0
                elif cname == "stray":
                    delay = float(rng.lognormal(math.log(2), 1.2))
                    txt = ctx.bot_generic()
                    au = _default_name(pr, platform)
                    lk = 0
                elif cname == "reply":
                    delay = float(rng.lognormal(math.log(8), 1.0))
                    txt = ctx.reply(item)
                    au = handle
                    lk = int(rng.pareto(1.5) * top_like * 0.03)
                else:
                    delay = float(rng.uniform(1, 48))
                    txt = ctx.brand_comment(item)
                    au = "official_" + (pr.choice(EN_WORD))
                    lk = int(rng.poisson(3))
                if delay > age_h:
                    delay = float(rng.uniform(0, age_h))
                c_rec = {
                    "post_id": p["post_id"],
                    "author": au[:200],
                    "text": txt[:5000],
                    "posted_at": _fmt_ts(pt + dt.timedelta(hours=delay)),
                    "likes": max(0, lk),
                }
                if cname == "reply":
                    c_rec["from_creator"] = True
                comments.append(c_rec)
    if kuaishou_cu:
        per: dict[str, int] = {}
        for cmt in comments:
            per[cmt["post_id"]] = per.get(cmt["post_id"], 0) + 1
        for p in posts:
            p["comments"] = per.get(p["post_id"], 0)
            p["comments_unknown"] = True

    # ---------------------------------------------------- follower sample
    acct_age = float(rng.uniform(max(1.5, T / 365 + 0.3), max(2.0, as_of_day.year - launch + 0.5)))
    if "fast_new_account" in parts:
        acct_age = float(rng.uniform(T / 365 + 0.05, T / 365 + 0.8))
    created = _date_from_years(as_of_day, acct_age)
    launch_d = dt.date(launch, 1, 1)
    if created < launch_d:
        created = launch_d + dt.timedelta(days=int(rng.integers(0, 300)))
    first_hist = as_of_day - dt.timedelta(days=T - 1)
    if created > first_hist:
        created = first_hist - dt.timedelta(days=int(rng.integers(1, 60)))
    inactive = (
        float(rng.uniform(0.15, 0.35))
        + (0.2 if "declining_account" in parts else 0)
        + (0.15 if "celebrity_low_er" in parts else 0)
    )
    if platform == "weibo":
        inactive += 0.15
    camo = float(rng.uniform(0.0, 0.04)) + (0.06 if "celebrity_low_er" in parts else 0)
    fin = T - 1
    weights = {
        "real": A[fin] * (1 - inactive - camo),
        "lurker": A[fin] * inactive,
        "camo": A[fin] * camo,
        "cheap": FC[fin],
        "prem": FP[fin],
        "fb": C[fin] if not mutual else C[fin] * 0.3,
        "mut": C[fin] * 0.7 if mutual else 0.0,
        "hunter": G[fin],
        "pod": float(pod["size"]) if pod else 0.0,
    }
    keys = list(weights)
    wv = np.array([max(0.0, weights[k_]) for k_ in keys])
    ns = int(rng.integers(50, 301))
    counts = rng.multinomial(ns, wv / wv.sum())
    batch_dates = [as_of_day - dt.timedelta(days=int(rng.integers(30, 500))) for _ in range(3)]
    prem_batches = [as_of_day - dt.timedelta(days=int(rng.integers(700, 3600))) for _ in range(4)]
    fsample = []
    for k_, cnt in zip(keys, counts, strict=False):
        for _ in range(int(cnt)):
            fsample.append(
                _account(
                    rng,
                    pr,
                    k_,
                    platform,
                    cn,
                    as_of_day,
                    launch_d,
                    batch_dates,
                    prem_batches,
                    pod_names,
                    mut_names,
                )
            )
    order = rng.permutation(len(fsample))
    fsample = [fsample[o] for o in order]

    # ---------------------------------------------------- follower history (export)
    hist_idx = np.arange(T - H, T)
    keep = np.ones(H, bool)
    gm = rng.random()
    if gm < 0.1:
        keep = (np.arange(H) % 7) == (H - 1) % 7
    elif gm < 0.45:
        keep = rng.random(H) > float(rng.uniform(0.03, 0.3))
    if rng.random() < 0.15:
        gs = int(rng.integers(0, H - 20))
        keep[gs : gs + int(rng.integers(4, 20))] = False
    keep[-1] = True
    Nh = N.copy()
    rounding = None
    if cn and rng.random() < 0.3 and followers_final >= 10000:
        rounding = 1000 if followers_final >= 100000 else 100
    elif (not cn) and rng.random() < 0.2 and followers_final >= 10000:
        rounding = 10 ** max(2, int(math.log10(followers_final)) - 2)
    if rounding:
        Nh = (np.round(Nh / rounding) * rounding).astype(np.int64)
    followers_final = int(Nh[-1])
    with_fol = rng.random() < 0.35
    history = []
    glitch_days = set()
    if rng.random() < 0.15:
        glitch_days = set(int(x) for x in rng.integers(0, H - 1, int(rng.integers(1, 4))))
    for hk in range(H):
        if not keep[hk]:
            continue
        t = int(hist_idx[hk])
        v = int(Nh[t])
        if hk in glitch_days:
            g = rng.random()
            v = (
                0
                if g < 0.35
                else int(Nh[max(0, t - int(rng.integers(3, 15)))])
                if g < 0.7
                else int(v * float(rng.choice([0.1, 10, 0.5])))
            )
        e = {"date": (as_of_day - dt.timedelta(days=T - 1 - t)).isoformat(), "followers": max(0, v)}
        if with_fol:
            e["following"] = int(foll_hist[t])
        history.append(e)

    # ---------------------------------------------------- profile
    older_posts = int(acct_age * 52 * ppw * float(rng.uniform(0.3, 1.0)))
    verified = bool(
        "celebrity_low_er" in parts
        or (followers_final > 500000 and rng.random() < 0.6)
        or (followers_final > 50000 and rng.random() < (0.35 if platform == "weibo" else 0.12))
    )
    cat_cn = CATS[cat][0]
    if cn:
        bio = pr.choice(
            [
                f"{cat_cn}博主｜分享日常",
                f"一个爱{cat_cn}的普通人",
                f"📍{pr.choice(CN_PLACES)}｜{cat_cn}",
                f"{cat_cn}分享 不定期更新",
                f"商务合作📮 {handle[:6]}@163.com",
                "记录生活 热爱生活",
                f"{cat_cn}｜合作请私信",
                "",
            ]
        )
        if rng.random() < 0.2:
            bio += " 粉丝群见主页"
    else:
        bio = pr.choice(
            [
                f"{cat} creator ✨",
                f"Sharing my {cat} journey",
                f"📍{pr.choice(EN_PLACES)} | {cat}",
                "business: see email",
                f"{cat} • coffee • dogs",
                "just vibes",
                f"Daily {cat} content",
                "",
            ]
        )
    profile = {
        "followers": followers_final,
        "following": int(foll_hist[-1]),
        "posts": n_posts + older_posts,
        "verified": verified,
        "created_at": created.isoformat(),
        "bio": bio,
        "category": cat,
        "country": "CN"
        if cn
        else pr.choice(
            ["US", "GB", "CA", "AU", "PH", "ID", "IN", "BR", "MX", "DE", "FR", "SG", "MY"]
        ),
    }

    rec = {
        "creator_id": f"{GEN}:{i:06d}",
        "platform": platform,
        "handle": handle,
        "as_of": as_of.strftime("%Y-%m-%dT%H:%M:00Z"),
        "profile": profile,
        "follower_history": history,
        "posts": posts,
        "comments": comments,
        "follower_sample": fsample,
    }
    if rng.random() < 0.03:
        rec.pop(
            str(rng.choice(["follower_history", "follower_sample", "comments", "follower_sample"]))
        )
    rec["label"] = int(fraud)
    rec["archetype"] = arch
    return rec


def _weighted_draw(rng, cnts, wts, k):
    """Sample k items without replacement from categories with counts cnts and per-category bias."""
    out = np.zeros(len(cnts), np.int64)
    rem = cnts.copy()
    w = wts.copy()
    for _ in range(k):
        s = w.sum()
        if s <= 0:
            break
        ci = int(rng.choice(len(cnts), p=w / s))
        out[ci] += 1
        rem[ci] -= 1
        w[ci] = w[ci] * rem[ci] / (rem[ci] + 1) if rem[ci] > 0 else 0.0
    return out


def _account(
    rng, pr, kind, platform, cn, as_of, launch_d, batch_dates, prem_batches, pod_names, mut_names
) -> dict:
    span_days = max(30, (as_of - launch_d).days)
    weibo = platform == "weibo"
    name_fn = (lambda: _cn_nick(pr)) if cn else (lambda: _en_handle(pr))
    if kind in ("real", "lurker", "hunter", "fb", "mut", "pod"):
        created = as_of - dt.timedelta(days=int(rng.integers(20, span_days)))
        if kind == "real":
            fl = int(_lognorm(rng, 120, 1.4))
            fo = int(_lognorm(rng, 280, 0.9))
            po = int(_lognorm(rng, 60, 1.4))
            if platform in ("douyin", "kuaishou", "wechat_channels") and rng.random() < 0.45:
                po = int(rng.integers(0, 4))
                fl = int(rng.integers(0, 30))
            av = rng.random() < 0.9
            last = rng.random() < 0.85
            lp = as_of - dt.timedelta(days=int(rng.exponential(40)))
        elif kind == "lurker":
            fl = int(_lognorm(rng, 8, 1.2))
            fo = int(_lognorm(rng, 90, 1.0))
            po = int(rng.integers(0, 6))
            av = rng.random() < 0.55
            last = po > 0
            lp = as_of - dt.timedelta(days=int(rng.integers(200, 2500)))
        elif kind == "hunter":
            fl = int(_lognorm(rng, 150, 1.0))
            fo = int(_lognorm(rng, 2500, 0.6))
            po = int(_lognorm(rng, 40, 1.2))
            av = rng.random() < 0.85
            last = rng.random() < 0.8
            lp = as_of - dt.timedelta(days=int(rng.exponential(30)))
        elif kind in ("fb", "mut"):
            fl = int(_lognorm(rng, 900, 0.9))
            fo = int(fl * float(rng.uniform(0.8, 2.5)) + rng.integers(50, 800))
            po = int(_lognorm(rng, 90, 1.0))
            av = rng.random() < 0.92
            last = rng.random() < 0.9
            lp = as_of - dt.timedelta(days=int(rng.exponential(15)))
        else:  # pod member: a creator
            fl = int(_lognorm(rng, 9000, 1.0))
            fo = int(_lognorm(rng, 900, 0.6))
            po = int(_lognorm(rng, 400, 0.7))
            av = True
            last = True
            lp = as_of - dt.timedelta(days=int(rng.exponential(4)))
        bio = pr.choice(
            ["", "", "", "热爱生活", "🌸", "摄影爱好者", "打工人", "学生党", "互关必回"]
            if cn
            else [
                "",
                "",
                "",
                "runner",
                "coffee & books",
                "☀️",
                "mom of 2",
                "f4f",
                "she/her",
                "dreamer",
            ]
        )
        if kind == "mut":
            bio = (
                pr.choice(["互关必回", "互赞互粉", "回关", "有关必回～", ""])
                if cn
                else pr.choice(["f4f", "follow back 100%", "l4l", ""])
            )
        if kind == "pod":
            bio = pr.choice(
                [
                    "Content creator ✨",
                    "UGC creator | collabs in DM",
                    "Blogger 📍",
                    "创作者 合作私信",
                ]
            )
        uname = name_fn() if kind != "pod" or not pod_names else pr.choice(pod_names)
        if kind == "mut" and mut_names:
            uname = pr.choice(mut_names)
    elif kind == "camo" or kind == "cheap":
        bd = pr.choice(batch_dates)
        created = bd + dt.timedelta(days=int(rng.integers(-20, 20)))
        fl = int(rng.integers(0, 25))
        fo = int(_lognorm(rng, 1500, 0.7))
        po = int(rng.choice([0, 0, 0, 1, 2, 3]))
        av = rng.random() < 0.35
        last = po > 0
        lp = created + dt.timedelta(days=int(rng.integers(0, 10)))
        bio = ""
        uname = (
            _default_name(pr, platform)
            if rng.random() < 0.7
            else name_fn() + str(pr.randint(100, 99999))
        )
    else:  # premium aged bought account
        bd = pr.choice(prem_batches)
        created = bd + dt.timedelta(days=int(rng.integers(-200, 200)))
        fl = int(_lognorm(rng, 220, 1.0))
        fo = int(_lognorm(rng, 1100, 0.6))
        po = int(_lognorm(rng, 45, 0.9))
        av = rng.random() < 0.96
        last = rng.random() < 0.9
        lp = as_of - dt.timedelta(days=int(rng.exponential(60)))
        bio = pr.choice(
            ["", "", "热爱生活", "🌸", "记录美好", "摄影爱好者"]
            if cn
            else ["", "", "☀️", "living my best life", "travel lover", "coffee"]
        )
        uname = name_fn()
    if created > as_of:
        created = as_of - dt.timedelta(days=5)
    if created < launch_d:
        created = launch_d + dt.timedelta(days=int(rng.integers(0, 200)))
    acc = {
        "username": uname[:200],
        "display_name": (uname if cn else uname.replace("_", " ").replace(".", " ").title())[:200],
        "followers": max(0, fl),
        "following": max(0, int(fo)),
        "posts": max(0, int(po)),
        "has_avatar": bool(av),
        "bio": bio,
        "created_at": created.isoformat(),
        "is_private": bool(
            rng.random()
            < (
                0.3
                if platform == "instagram"
                else 0.06
                if platform in ("twitter", "douyin")
                else 0.02
            )
        ),
        "verified": bool(kind == "pod" and rng.random() < 0.05),
    }
    if last and acc["posts"] > 0:
        lp = min(max(lp, created), as_of)
        acc["last_post_at"] = lp.isoformat()
    if weibo:
        if kind in ("real", "pod", "fb", "mut", "hunter"):
            acc["platform_level"] = int(np.clip(rng.normal(18, 8), 1, 48))
            acc["membership_level"] = int(rng.choice([0] * 7 + [1, 2, 3, 4, 5, 6, 7]))
            acc["credit_rating"] = int(rng.choice([1, 2, 2, 3, 3, 4]))
        elif kind == "lurker":
            acc["platform_level"] = int(rng.integers(1, 12))
            acc["membership_level"] = 0
            acc["credit_rating"] = int(rng.choice([0, 1, 1, 2]))
        elif kind == "prem":
            acc["platform_level"] = int(rng.integers(6, 26))
            acc["membership_level"] = int(rng.choice([0, 0, 0, 1]))
            acc["credit_rating"] = int(rng.choice([1, 2, 2, 3]))
        else:
            acc["platform_level"] = int(rng.integers(0, 6))
            acc["membership_level"] = 0
            acc["credit_rating"] = int(rng.choice([0, 0, 1]))
    return acc


def generate(n: int, seed: int) -> Iterator[dict]:
    for i in range(n):
        yield generate_one(seed, i)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", default="-")
    a = ap.parse_args(argv)
    with contextlib.ExitStack() as stack:
        f: TextIO = (
            sys.stdout if a.out == "-" else stack.enter_context(open(a.out, "w", encoding="utf-8"))
        )
        for r in generate(a.n, a.seed):
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

"""echo_sim: an independent simulator of labelled social-media creators (genuine vs fraud).

Written from the brief and the input contract only (creator.schema.json). Each record is a
CreatorRecord plus ``label`` (1 = fraudulent, 0 = genuine) and ``archetype``.

Emphasis: the fraud markets as they are actually sold, each leaving its own traces.

Genuine archetypes (label 0, ~50% together)
  organic_koc        1k-10k followers, ordinary small creator
  organic_mid        10k-100k
  organic_macro      100k-1M (gets third-party lure spam and a few bot comments on its own)
  celebrity_low_er   1M-30M, verified, very low engagement rate; Weibo/Douyin fan clubs
                     post repeated "control" comments (控评) - repeated texts, still genuine
  tiny_new_koc       new account, 10-15 posts, a few hundred followers, few comments
  viral_post         one post 20-200x typical reach, genuine follower surge then slow bleed
  giveaway           a lottery / tag-a-friend post: repeated short comments ("抽我", "@a @b"),
                     follower jump then post-draw unfollow wave (looks like bought+drop)
  shoutout           a bigger account mentions the creator: a 1-3 day step in followers
  platform_purge     the platform removes bots: one-day drop of several percent
  organic_declining  past-peak creator, slow follower loss and low engagement
  sponsored_heavy    many ads, lower engagement on ads, genuine "link?" questions

Fraud archetypes (label 1, ~50% together); each has an intensity s in (0,1], skewed subtle
  bought_followers_burst    vendor packages (500/1k/2k/5k/10k/...) delivered in 1-3 days,
                            slight over-delivery, cheap accounts, drop-off over weeks and
                            refills under the vendor guarantee (sawtooth); some orders predate
                            the history window (only visible in the sample and low ER)
  bought_followers_drip     the same packages drip-fed at a near-constant rate over 5-30 days
  bought_followers_premium  "real-looking"/"high-quality" tier: aged accounts with avatars,
                            bios, a few posts, slow drip, little drop-off
  bought_likes              like (and/or view) packages bought per post: round package sizes
                            added to a subset of posts; likes out of line with views, comments,
                            shares and saves; young posts already "complete"
  bot_comments              generic / emoji comment packages: repeated texts, bursts seconds
                            apart, throwaway authors with 0 comment likes
  custom_comments           buyer-written scripts (seeding: "求链接", "已下单") reused across
                            many accounts with small variations, mostly on sponsored posts
  ai_praise                 machine-written praise: long, fluent, structured, generic, paced
  engagement_pod            pods / 互赞群 with rotating members: the same authors on most
                            posts, comments within minutes, pod-style texts, small like lift
  follow_unfollow           follow/unfollow churn: following count saw-tooths, follower gains
                            lagging the follow waves, follow-back accounts in the sample
  lure_spam                 traffic-funnel account (引流号): disguised contacts in bio and
                            comments, sockpuppet "d"/"求资源" comments, creator replies "私你了"
  combo:a+b[+c]             combinations of the above (e.g. the "full package")

Main assumptions
  * ~60% Chinese platforms (douyin, rednote, weibo, kuaishou, bilibili, wechat_channels),
    rest instagram / tiktok / youtube; Chinese platforms write Chinese comments, the others
    mostly English (some Chinese-language creators abroad).
  * Engagement: reach per follower and like/comment/share/save ratios differ per platform and
    fall with size; heavy creator- and post-level lognormal noise; posts younger than ~2 days
    have not finished accumulating (bought engagement arrives complete within hours).
  * Genuine audiences contain inactive accounts and some bots (Weibo: many "zombie" followers),
    lurkers with default names ("用户xxxx") and no posts, and some generic/emoji comments.
  * Follower history present in ~80% of records (90-365 days, sometimes gaps or weekly
    snapshots), follower sample (50-200 accounts) in ~70%; the evaluator removes blocks itself.
  * Comments: a scraper-like sample of at most 400, allocated over posts by comment volume
    (<=100 per post), each post's block ordered newest-first or "hot"-first; creator replies
    are flagged from_creator and counted in the post's comment count.
  * Bought engagement is never sampled evenly: packages are round sizes (plus 0-6% vendor
    over-delivery); follower orders placed before the history window leave only the sample /
    engagement traces.
  * Kuaishou exports sometimes lack comment counts (comments_unknown); some Instagram creators
    hide likes (likes_unknown); large Chinese counts are sometimes rounded to 0.1万 in profiles.
  * Record i depends only on (seed, i).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import random
import sys
import time
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import numpy as np

# --------------------------------------------------------------------------------------
# archetypes
# --------------------------------------------------------------------------------------
GENUINE = [
    ("organic_koc", 9.0),
    ("organic_mid", 8.0),
    ("organic_macro", 5.0),
    ("celebrity_low_er", 3.0),
    ("tiny_new_koc", 4.0),
    ("viral_post", 5.0),
    ("giveaway", 4.0),
    ("shoutout", 3.0),
    ("platform_purge", 3.0),
    ("organic_declining", 3.0),
    ("sponsored_heavy", 3.0),
]
FRAUD = [
    ("bought_followers_burst", 5.0),
    ("bought_followers_drip", 4.0),
    ("bought_followers_premium", 4.0),
    ("bought_likes", 5.0),
    ("bot_comments", 4.0),
    ("custom_comments", 3.0),
    ("ai_praise", 4.0),
    ("engagement_pod", 4.0),
    ("follow_unfollow", 4.0),
    ("lure_spam", 3.0),
    ("combo", 10.0),
]
COMBOS = [
    (("bought_followers_burst", "bought_likes"), 3.0),
    (("bought_followers_burst", "bought_likes", "bot_comments"), 2.0),
    (("bought_followers_drip", "bot_comments"), 2.0),
    (("bought_followers_premium", "ai_praise"), 2.0),
    (("bought_followers_premium", "bought_likes"), 2.0),
    (("bought_likes", "custom_comments"), 2.0),
    (("bought_likes", "ai_praise"), 1.5),
    (("engagement_pod", "follow_unfollow"), 1.5),
    (("follow_unfollow", "bought_likes"), 1.0),
    (("bought_followers_drip", "engagement_pod"), 1.0),
    (("bought_followers_burst", "custom_comments"), 1.0),
    (("lure_spam", "bot_comments"), 0.5),
]

CN_PLATFORMS = ["douyin", "rednote", "weibo", "kuaishou", "bilibili", "wechat_channels"]
PLATFORMS = [
    ("douyin", 14),
    ("rednote", 14),
    ("weibo", 10),
    ("kuaishou", 8),
    ("bilibili", 8),
    ("wechat_channels", 6),
    ("instagram", 16),
    ("tiktok", 14),
    ("youtube", 10),
]

# platform norms: reach (views per follower), likes per view, likes per follower (no views),
# comments per like, shares per like, saves per like, natural bot share of audience
NORMS: dict[str, dict[str, Any]] = {
    "douyin": dict(reach=0.25, lpv=0.045, lpf=None, cpl=0.030, spl=0.08, svl=0.08, bots=0.10),
    "kuaishou": dict(reach=0.20, lpv=0.040, lpf=None, cpl=0.060, spl=0.05, svl=None, bots=0.10),
    "bilibili": dict(reach=0.35, lpv=0.060, lpf=None, cpl=0.040, spl=0.05, svl=0.25, bots=0.08),
    "tiktok": dict(reach=0.35, lpv=0.080, lpf=None, cpl=0.015, spl=0.05, svl=0.08, bots=0.08),
    "youtube": dict(reach=0.12, lpv=0.035, lpf=None, cpl=0.050, spl=None, svl=None, bots=0.05),
    "instagram": dict(reach=0.35, lpv=0.060, lpf=0.030, cpl=0.020, spl=None, svl=None, bots=0.09),
    "rednote": dict(reach=None, lpv=None, lpf=0.030, cpl=0.080, spl=0.05, svl=0.60, bots=0.06),
    "weibo": dict(reach=None, lpv=None, lpf=0.004, cpl=0.300, spl=0.50, svl=None, bots=0.30),
    "wechat_channels": dict(
        reach=None, lpv=None, lpf=0.015, cpl=0.050, spl=0.30, svl=None, bots=0.05
    ),
}
VIDEO_ONLY = {"douyin", "kuaishou", "bilibili", "tiktok", "youtube", "wechat_channels"}
FOLLOW_CAP = {
    "instagram": 7500,
    "tiktok": 10000,
    "douyin": 10000,
    "kuaishou": 10000,
    "weibo": 3000,
    "rednote": 5000,
    "bilibili": 5000,
    "wechat_channels": 5000,
    "youtube": 5000,
}

CATEGORIES = [
    "beauty",
    "fashion",
    "food",
    "travel",
    "tech",
    "gaming",
    "fitness",
    "parenting",
    "finance",
    "pets",
    "home",
    "music",
    "education",
    "comedy",
    "lifestyle",
]

TOPIC_ZH = {
    "beauty": [
        "粉底液",
        "口红",
        "眼影盘",
        "防晒",
        "精华",
        "卸妆油",
        "腮红",
        "遮瑕",
        "面膜",
        "底妆",
    ],
    "fashion": [
        "外套",
        "阔腿裤",
        "小白鞋",
        "连衣裙",
        "包包",
        "穿搭",
        "针织衫",
        "牛仔裤",
        "大衣",
        "配色",
    ],
    "food": [
        "红烧肉",
        "螺蛳粉",
        "火锅",
        "烤鸡翅",
        "蛋糕",
        "酸菜鱼",
        "凉皮",
        "奶茶",
        "煎饺",
        "卤味",
    ],
    "travel": ["大理", "成都", "西安", "三亚", "新疆", "重庆", "厦门", "杭州", "青岛", "民宿"],
    "tech": ["手机", "耳机", "笔记本", "键盘", "相机", "平板", "充电器", "显示器", "续航", "系统"],
    "gaming": ["原神", "王者", "这关", "BOSS", "角色", "抽卡", "副本", "操作", "皮肤", "剧情"],
    "fitness": [
        "深蹲",
        "减脂餐",
        "跑步",
        "普拉提",
        "体态",
        "臀腿",
        "核心",
        "拉伸",
        "蛋白粉",
        "平板支撑",
    ],
    "parenting": [
        "辅食",
        "宝宝",
        "绘本",
        "早教",
        "睡眠",
        "奶粉",
        "幼儿园",
        "二胎",
        "尿不湿",
        "玩具",
    ],
    "finance": ["基金", "定投", "存钱", "理财", "公积金", "房贷", "记账", "保险", "指数", "副业"],
    "pets": ["猫咪", "狗子", "猫粮", "驱虫", "布偶", "柯基", "猫砂", "绝育", "小橘", "冻干"],
    "home": ["收纳", "装修", "沙发", "窗帘", "厨房", "租房改造", "地毯", "灯", "衣柜", "扫地机"],
    "music": ["这首歌", "吉他", "翻唱", "副歌", "编曲", "钢琴", "声音", "live", "和声", "高音"],
    "education": [
        "考研",
        "英语",
        "雅思",
        "笔记",
        "背单词",
        "数学",
        "时间管理",
        "网课",
        "错题本",
        "复习",
    ],
    "comedy": ["这段", "结尾", "表情", "老板", "我妈", "同事", "反转", "演技", "台词", "BGM"],
    "lifestyle": ["vlog", "早餐", "周末", "日常", "咖啡", "租房", "通勤", "独居", "护肤", "书单"],
}
TOPIC_EN = {
    "beauty": [
        "foundation",
        "lipstick",
        "palette",
        "sunscreen",
        "serum",
        "blush",
        "concealer",
        "brows",
        "skincare routine",
        "primer",
    ],
    "fashion": [
        "coat",
        "jeans",
        "sneakers",
        "dress",
        "bag",
        "fit",
        "cardigan",
        "boots",
        "color combo",
        "blazer",
    ],
    "food": [
        "pasta",
        "ramen",
        "sourdough",
        "tacos",
        "cake",
        "curry",
        "dumplings",
        "salad",
        "brisket",
        "cookies",
    ],
    "travel": [
        "Lisbon",
        "Bali",
        "Kyoto",
        "Iceland",
        "Rome",
        "the hostel",
        "that beach",
        "Seoul",
        "Mexico City",
        "the hike",
    ],
    "tech": [
        "phone",
        "earbuds",
        "laptop",
        "keyboard",
        "camera",
        "tablet",
        "charger",
        "monitor",
        "battery life",
        "update",
    ],
    "gaming": [
        "this level",
        "the boss fight",
        "that build",
        "the patch",
        "ranked",
        "the ending",
        "speedrun",
        "the DLC",
        "the map",
        "the loadout",
    ],
    "fitness": [
        "squats",
        "meal prep",
        "running",
        "pilates",
        "posture",
        "glute workout",
        "core routine",
        "stretching",
        "protein",
        "deadlifts",
    ],
    "parenting": [
        "baby food",
        "toddler",
        "bedtime",
        "picture books",
        "daycare",
        "sleep schedule",
        "potty training",
        "diapers",
        "toys",
        "screen time",
    ],
    "finance": [
        "index funds",
        "budget",
        "savings",
        "Roth IRA",
        "credit score",
        "mortgage",
        "side hustle",
        "401k",
        "emergency fund",
        "dividends",
    ],
    "pets": [
        "cat",
        "pup",
        "kibble",
        "litter",
        "vet visit",
        "the zoomies",
        "golden",
        "kitten",
        "treats",
        "harness",
    ],
    "home": [
        "storage",
        "reno",
        "couch",
        "curtains",
        "kitchen",
        "rental makeover",
        "rug",
        "lamp",
        "closet",
        "robot vacuum",
    ],
    "music": [
        "this song",
        "guitar",
        "the cover",
        "the chorus",
        "the mix",
        "piano",
        "your voice",
        "the live version",
        "harmonies",
        "that high note",
    ],
    "education": [
        "exam prep",
        "vocab",
        "IELTS",
        "notes",
        "flashcards",
        "calculus",
        "time blocking",
        "the course",
        "study plan",
        "revision",
    ],
    "comedy": [
        "this skit",
        "the ending",
        "your face",
        "the boss",
        "my mom",
        "coworkers",
        "the plot twist",
        "the acting",
        "that line",
        "the sound",
    ],
    "lifestyle": [
        "vlog",
        "breakfast",
        "weekend",
        "routine",
        "coffee",
        "apartment",
        "commute",
        "living alone",
        "morning routine",
        "book list",
    ],
}
CITIES_ZH = [
    "北京",
    "上海",
    "广州",
    "深圳",
    "杭州",
    "成都",
    "武汉",
    "南京",
    "长沙",
    "西安",
    "重庆",
    "苏州",
    "郑州",
    "天津",
    "青岛",
    "厦门",
    "沈阳",
    "昆明",
    "合肥",
    "福州",
    "哈尔滨",
    "大连",
    "宁波",
    "济南",
    "南宁",
]

EMOJI = [
    "😂",
    "🤣",
    "😭",
    "😍",
    "🥰",
    "👍",
    "🔥",
    "❤️",
    "✨",
    "🙏",
    "😅",
    "👀",
    "💕",
    "🙌",
    "😮",
    "🤔",
    "💯",
    "👏",
    "😆",
    "🥲",
]
BRACKET_EMOJI = [
    "[笑哭]",
    "[赞]",
    "[doge]",
    "[捂脸]",
    "[哭惹R]",
    "[偷笑]",
    "[爱心]",
    "[允悲]",
    "[微笑]",
    "[鼓掌]",
    "[呲牙]",
    "[666]",
    "[憨笑]",
    "[心]",
    "[打call]",
    "[皱眉]",
    "[害羞]",
]

# -------------------------------------------------------------- genuine comments (zh)
ZH_REACT = [
    "哈哈哈哈",
    "笑死",
    "绝了",
    "好喜欢",
    "救命",
    "真的假的",
    "啊啊啊",
    "好好看",
    "羡慕了",
    "太真实了",
    "破防了",
    "爱了",
    "蚌埠住了",
    "有被笑到",
    "家人们谁懂啊",
    "我哭死",
    "好家伙",
    "离谱",
    "草",
    "妈呀",
    "太可了",
    "呜呜呜",
    "哇",
    "确实",
    "学会了",
    "有点东西",
    "这也太",
    "服了",
    "好治愈",
    "好温柔",
]
ZH_Q = [
    "请问{t}是哪个牌子呀",
    "{t}在哪里买的？",
    "这个适合{p}吗",
    "求{t}的链接",
    "{t}多少钱呀",
    "博主是什么肤质呀",
    "{c}能买到吗",
    "想问下{t}用了多久了",
    "第几个最推荐？",
    "{t}和之前那个比怎么样",
    "新手可以吗",
    "bgm叫什么",
    "求教程",
    "{t}会不会踩雷",
    "怎么做到的啊",
    "是在{c}吗",
    "这是几号拍的",
    "有平替吗",
]
ZH_Q_GEN = [
    "{t}那段是怎么做到的",
    "bgm叫什么",
    "这是在{c}吗",
    "下期能讲讲{t}吗",
    "{t}是真的吗",
    "求问{t}怎么入门",
    "有没有完整版",
    "第几分钟那里是什么意思",
    "{t}后来怎么样了",
    "新手能看懂吗",
    "多久更新一次呀",
    "这个{t}有教程吗",
]
ZH_P = [
    "我也{v}过{t}，{r}",
    "上次在{c}{v}了{t}，{r}",
    "我家{x}也是这样",
    "{c}的姐妹表示{r}",
    "跟我{x}一模一样",
    "昨天刚{v}了{t}，{r}",
    "去年{v}{t}的时候{r}",
    "作为{p}我觉得{r}",
    "我{x}看到这个直接笑出声",
    "买了同款{t}，{r}",
    "试了一下{t}，{r}",
]
ZH_O = [
    "感觉{t}一般般，不如之前那个",
    "{t}真的{a}",
    "不太同意，{t}还是看个人",
    "其实{t}没那么{a}",
    "{t}这个价位算{a}了",
    "说实话{t}有点{a}",
    "这期的{t}讲得很清楚",
    "{t}部分可以再细一点",
    "比上一期{a}",
    "{t}那段拍得好{a}",
]
ZH_TO = [
    "博主{a}",
    "终于更新了",
    "蹲了好久了",
    "每次看你的视频都很开心",
    "坚持更新啊",
    "关注你{n}年了",
    "从{n}万粉看到现在",
    "下期讲讲{t}吧",
    "好久没刷到你了",
    "评论区好热闹",
    "第一次刷到，关注了",
    "你说话好好听",
    "这期质量好高",
    "又是被你种草的一天",
]
ZH_V = ["用", "买", "试", "吃", "去", "做", "入", "换"]
ZH_R = [
    "真的不错",
    "踩雷了",
    "一般般吧",
    "还挺惊喜",
    "后悔没早点买",
    "没什么感觉",
    "效果挺明显",
    "感觉被坑了",
    "超级推荐",
    "有点失望",
    "还会回购",
    "差点翻车",
    "家里人都说好",
    "不如想象中好",
]
ZH_A = [
    "好看",
    "实用",
    "划算",
    "贵",
    "一般",
    "惊艳",
    "真实",
    "用心",
    "绝",
    "好笑",
    "干",
    "扎实",
    "温柔",
    "离谱",
]
ZH_PEOPLE = [
    "学生党",
    "油皮",
    "干皮",
    "新手",
    "上班族",
    "宝妈",
    "敏感肌",
    "小个子",
    "梨形身材",
    "懒人",
]
ZH_X = ["猫", "狗", "娃", "老公", "室友", "妈", "男朋友", "同事", "闺蜜", "弟弟"]
ZH_LOW = [
    "好看",
    "支持",
    "来了",
    "❤️",
    "👍",
    "哈哈哈",
    "赞",
    "冲",
    "可以",
    "好",
    "打卡",
    "[赞]",
    "🥰🥰",
    "哇塞",
    "太好了",
]

# -------------------------------------------------------------- genuine comments (en)
EN_REACT = [
    "omg",
    "wait",
    "lol",
    "no way",
    "I'm crying",
    "this is so {a}",
    "ok this is {a}",
    "obsessed",
    "stop it",
    "the way I gasped",
    "lmaooo",
    "ngl this is {a}",
    "yesss",
    "not me watching this 5 times",
    "wow",
    "bruh",
    "literally me",
    "I love this",
    "this made my day",
    "I needed this today",
    "so real",
    "why is this so {a}",
]
EN_Q = [
    "where did you get the {t}?",
    "what {t} is that?",
    "is the {t} worth it?",
    "does this work for {p}?",
    "how long did the {t} take?",
    "can you do a video on {t}?",
    "what camera do you use?",
    "song name?",
    "how much was the {t}?",
    "is this still available?",
    "any dupes for the {t}?",
    "what's the name of {t}?",
    "did you edit this on your phone?",
    "how do you stay so consistent?",
]
EN_Q_GEN = [
    "how did you do the {t} part?",
    "song name?",
    "where was this filmed?",
    "can you do one about {t}?",
    "wait is the {t} thing real?",
    "any tips for getting into {t}?",
    "is there a part 2?",
    "how long have you been doing this?",
    "what happened with {t} after?",
    "what app do you edit with?",
]
EN_P = [
    "I tried {t} last {w} and {r}",
    "my {x} does the exact same thing",
    "been using {t} for a {w} now, {r}",
    "as a {p} I can confirm {r}",
    "I went to {t} in {y} and {r}",
    "my {x} just sent me this lol",
    "bought the {t} because of you and {r}",
    "this reminds me of my {x}",
    "made this last night and {r}",
]
EN_O = [
    "honestly the {t} is kinda {a}",
    "the {t} part was {a}",
    "idk, {t} isn't for everyone",
    "the {t} looks {a} here",
    "better than your last one tbh",
    "the lighting on the {t} is {a}",
    "hot take: {t} is overrated",
    "this {t} is so underrated",
]
EN_TO = [
    "been following since {y}",
    "you never miss",
    "your videos are my comfort",
    "finally a new post!",
    "first time seeing your page, instant follow",
    "please do more {t} content",
    "love your energy",
    "the editing keeps getting better",
    "you deserve way more followers",
    "this account is a gem",
]
EN_R = [
    "it actually worked",
    "it was a disaster lol",
    "it was fine I guess",
    "I'm never going back",
    "it broke in a week",
    "everyone loved it",
    "still thinking about it",
    "it was way better than expected",
    "regretted it",
    "10/10",
]
EN_A = [
    "cute",
    "good",
    "underrated",
    "chaotic",
    "wholesome",
    "clean",
    "pretty",
    "insane",
    "relatable",
    "funny",
    "aesthetic",
    "satisfying",
    "helpful",
    "wild",
]
EN_PEOPLE = [
    "beginner",
    "student",
    "oily skin person",
    "busy mom",
    "night shift worker",
    "short girl",
    "vegetarian",
    "runner",
]
EN_X = ["cat", "dog", "sister", "mom", "roommate", "bf", "kid", "husband", "bestie", "coworker"]
EN_W = ["week", "month", "summer", "weekend", "year"]
EN_LOW = [
    "❤️",
    "🔥",
    "love it",
    "nice",
    "cute",
    "😍",
    "wow",
    "👏👏",
    "so good",
    "amazing",
    "🙌",
    "yes!!",
    "beautiful",
    "😂😂",
]

# -------------------------------------------------------------- fraud / other comment banks
BOT_ZH = [
    "好看",
    "支持",
    "太棒了",
    "赞",
    "厉害",
    "好好看啊",
    "支持支持",
    "学到了",
    "爱了爱了",
    "666",
    "不错不错",
    "真不错",
    "加油",
    "好厉害",
    "优秀",
    "太美了",
    "冲冲冲",
    "喜欢",
    "棒棒哒",
    "来了来了",
    "👍",
    "👍👍👍",
    "❤️❤️",
    "🔥🔥🔥",
    "[赞][赞][赞]",
    "[鼓掌]",
    "😍😍",
    "真好看",
    "很棒",
    "已关注",
    "好作品",
    "大赞",
    "精彩",
]
BOT_EN = [
    "Nice",
    "Great post",
    "Amazing",
    "Love it",
    "Awesome!",
    "Wow",
    "Beautiful",
    "So cool",
    "Great content",
    "Nice pic",
    "Perfect",
    "Love this",
    "Cool",
    "Super",
    "Good job",
    "Amazing content",
    "Keep it up",
    "Fantastic",
    "🔥🔥🔥",
    "😍😍",
    "👏👏👏",
    "❤️",
    "💯",
    "Nice one",
    "Great shot",
    "Wonderful",
    "Incredible!",
    "Stunning",
]
BOT_SUFFIX = ["", "", "", "!", "👍", "❤️", "~", "!!", "🔥"]
BOT_SUFFIX_ZH = ["", "", "", "！", "👍", "❤️", "~", "！！", "🔥", "[赞]"]

CUSTOM_ZH = [
    "{t}真的绝了，用了{n}天{e}",
    "求链接！！",
    "已下单，坐等收货",
    "姐妹们冲，真的不踩雷",
    "这个价格太香了",
    "回购第{n}次了，{t}yyds",
    "种草了种草了",
    "在哪买呀求告知",
    "刚下单了，希望跟博主一样好用",
    "{t}我也在用，{e}",
    "博主推荐的都好用",
    "链接在哪里呀",
    "{t}真的值得买",
    "朋友推荐来的，{t}确实好",
    "有没有优惠券呀",
    "已经拍了两个",
    "被博主种草的{t}到了，{e}",
]
CUSTOM_E_ZH = [
    "效果肉眼可见",
    "完全不踩雷",
    "皮肤状态好了很多",
    "质感很高级",
    "家里人都夸",
    "比专柜划算多了",
]
CUSTOM_EN = [
    "Just ordered mine!!",
    "Where can I get this?",
    "Been using the {t} for {n} weeks and {e}",
    "Link please!",
    "Best {t} ever, no joke",
    "Need this asap 😍",
    "Ordered two, can't wait",
    "My {t} arrived today and {e}",
    "Is there a discount code?",
    "Everyone needs this {t}",
    "Can confirm the {t} is worth it",
    "Adding to cart rn",
]
CUSTOM_E_EN = [
    "I'm obsessed",
    "it's a game changer",
    "the quality is amazing",
    "I get compliments daily",
    "it's worth every penny",
    "it changed my routine",
]

AI_ZH_OPEN = [
    "这篇分享真的太用心了！",
    "看完真的受益匪浅！",
    "内容干货满满，",
    "博主的分享总是这么有温度，",
    "这期内容质量真的很高！",
    "非常喜欢这种真诚的分享，",
    "讲解得特别清晰，",
    "每一个细节都拉满了，",
]
AI_ZH_MID = [
    "从{t}的选择到实际使用感受都讲得非常清楚，",
    "尤其是关于{t}的部分让我印象深刻，",
    "不仅介绍了{t}，更分享了很多实用的小技巧，",
    "对{t}的分析既专业又通俗易懂，",
    "把{t}的优缺点都讲得很客观，",
    "关于{t}的经验分享特别实用，",
]
AI_ZH_ME = [
    "作为一个{p}，我觉得非常有参考价值。",
    "对我这样的{p}来说帮助很大。",
    "我已经收藏起来慢慢学习了。",
    "让我对{t}有了全新的认识。",
    "这正是我一直在寻找的内容。",
    "准备按照博主的方法试一试。",
]
AI_ZH_END = [
    "期待博主更多的干货分享～",
    "感谢分享，继续加油！",
    "已关注，期待下一期！",
    "真的很用心，支持博主！",
    "希望博主一直保持这样的初心！",
    "感谢博主的无私分享🙏",
    "",
]
AI_EN_OPEN = [
    "What a fantastic breakdown!",
    "This is incredibly insightful!",
    "Absolutely love this content!",
    "Such a thoughtful and well-put-together post!",
    "This is exactly the kind of content I needed today!",
    "Wow, this is truly inspiring!",
    "Your content never fails to impress!",
]
AI_EN_MID = [
    "I really appreciate how you explained the {t} in such a clear and engaging way.",
    "The way you broke down the {t} is both informative and easy to follow.",
    "Your attention to detail on the {t} is truly remarkable.",
    "Not only is the {t} beautifully presented, but the tips are genuinely practical.",
    "The insights about the {t} really resonate with me.",
    "It's refreshing to see such an honest take on the {t}.",
]
AI_EN_ME = [
    "As a {p}, I found this incredibly valuable.",
    "This is a total game-changer for my routine.",
    "I'll definitely be trying this out!",
    "Saving this for future reference.",
    "It has given me a whole new perspective.",
    "This truly elevates the conversation.",
]
AI_EN_END = [
    "Keep up the amazing work! 🙌",
    "Thank you for sharing such valuable content!",
    "Can't wait to see what you share next! ✨",
    "Looking forward to more content like this!",
    "Thanks for always delivering quality! 💯",
    "",
]

POD_EN = [
    "Love this so much!! 😍",
    "This is everything 🔥",
    "Obsessed!!",
    "Such a vibe ✨",
    "Gorgeous as always 💕",
    "Saving this for later!",
    "Yesss love it 🙌",
    "You never miss!!",
    "Great tips babe 💕",
    "Stunning shot 😍🔥",
    "Absolutely love this 💖",
    "So inspiring!! ✨",
    "Goals 😍",
    "Obsessed with this {t} 😍",
    "Need this {t} in my life!",
    "This {t} though 🔥",
    "Love your feed 💕",
    "Amazing as always!",
]
POD_ZH = [
    "来啦宝子",
    "已赞已藏已关",
    "支持一下～",
    "互助互助",
    "宝子好美",
    "打卡🦋",
    "来了姐妹",
    "回访一下呀",
    "已三连",
    "姐妹冲鸭",
    "互赞互赞",
    "宝，来支持你啦",
    "{t}好好看呀～",
    "姐妹的{t}绝了",
    "每天都来打卡💕",
    "已赞，求回",
    "好用心的分享✨",
    "宝子加油！",
]
FU_ZH = [
    "已关注，求回关",
    "互关吗",
    "回关了宝",
    "互粉互粉",
    "关注你了，回个关吧",
    "互关必回",
    "已关，回一下～",
]
FU_EN = [
    "Followed! follow back?",
    "f4f?",
    "Followed you 🙌",
    "Nice page! Followed",
    "follow for follow?",
    "followed, check my page!",
]
LURE_ZH = [
    "已私，求发",
    "d",
    "dd",
    "滴滴",
    "蹲",
    "怎么领",
    "已关注，求资源",
    "求",
    "资料收到了，很全，谢谢博主",
    "已加，真的很有用",
    "1",
    "想要",
    "私你了",
    "求分享",
    "已三连求资料",
    "蹲一个资源",
    "还有吗",
    "主页看了，已加",
]
LURE_CREATOR_ZH = [
    "私你了",
    "看主页",
    "已发，注意查收",
    "资料在主页置顶",
    "看简介哦",
    "私信回复【资料】自动领取",
    "👉主页",
]
LURE_EN = [
    "Interested",
    "info",
    "How do I get it?",
    "Got mine, legit 🙏",
    "Sent you a DM!",
    "DM'd",
    "need this",
    "link?",
    "Is this still free?",
    "Thank you, received! 🙏",
    "Yes please",
    "Works 100%",
]
LURE_CREATOR_EN = [
    "Check your DMs 📩",
    "Link in bio 🔗",
    "Sent!",
    "DM me 'GUIDE' 📩",
    "Check my bio 🔑",
]
SPAM_ZH = [
    "看我头像有惊喜",
    "主页有你想要的",
    "寂寞的可以找我聊聊～主页",
    "兼职日结，有意私",
    "点我头像领福利🎁",
    "看我简介，你懂的",
    "主页置顶有福利",
    "需要的看我主页",
]
SPAM_EN = [
    "I'm waiting for you in my bio 💋",
    "Check my profile for 🔥 content",
    "DM me for promo 📈",
    "Send it to @{h} for a feature!",
    "Earn $500/day from home, ask me how",
    "promo? DM us 🚀",
    "Nice! Send pic to @{h} 🙌",
    "Hey! DM us for collab 💌",
]
GIVE_ZH = [
    "抽我抽我",
    "想要！！",
    "接好运",
    "好运来",
    "求中",
    "锦鲤附体",
    "我来了我来了",
    "希望是我",
    "转发了",
    "冲",
    "孩子想要",
    "许愿",
    "抽我吧",
    "想要想要",
    "中一次吧",
    "好运",
    "万一呢",
    "参与一下",
]
GIVE_EN = [
    "Entered! 🤞",
    "Would love to win this!",
    "Done ✅",
    "Pick me!!",
    "Fingers crossed 🤞",
    "This would be amazing",
    "entered!!",
    "omg I need this",
]
FAN_ZH = [
    "{s}新作品期待！",
    "{s}真的好帅[心]",
    "永远支持{s}",
    "{s}辛苦了，要好好休息",
    "{s}的每一面都值得被看见",
    "期待{s}的新作品！！",
    "{s}冲鸭",
    "{s}yyds",
]
SHOUT_ZH = ["从{b}那里过来的", "被{b}安利来的！", "{b}推荐的，果然没错", "看{b}的视频过来的"]
SHOUT_EN = [
    "came from @{b}'s story 👋",
    "@{b} sent me here",
    "here from @{b}!",
    "found you through @{b}",
]
VIRAL_ZH = [
    "被推荐来的",
    "第一次刷到",
    "怎么火了",
    "这条爆了",
    "来看看",
    "从首页刷到的",
    "笑不活了",
    "这都能火",
]
VIRAL_EN = [
    "why is this on my fyp lol",
    "the algorithm brought me here",
    "how does this have so many views",
    "here before this blows up",
    "this is all over my feed",
    "1M views let's gooo",
]
REPLY_ZH = [
    "谢谢喜欢～",
    "哈哈是的",
    "对的",
    "在主页橱窗哦",
    "下期安排！",
    "谢谢宝",
    "哈哈哈哈哈",
    "是的呢",
    "会的会的",
    "嗯嗯，{t}就是这样",
    "可以的",
    "感谢支持🙏",
    "{c}就有",
    "评论区好温暖",
]
REPLY_EN = [
    "thank you!!",
    "haha yes",
    "link in bio!",
    "will do!",
    "omg thank you 🥹",
    "it's from a local shop!",
    "right?!",
    "coming soon 👀",
    "glad it helped!",
    "lol exactly",
]

BIO_ZH = [
    "{c}｜{k}博主｜商务合作请私信",
    "记录生活的小美好",
    "{k}日常分享",
    "商务合作：{h}@163.com",
    "一个爱{k}的普通人",
    "坐标{c}｜分享{k}",
    "不定期更新",
    "{k}｜真实测评，不恰烂饭",
    "谢谢你来看我",
]
BIO_EN = [
    "📍 {c} | {k} & lifestyle | collab: {h}@gmail.com",
    "{k} | sharing what I love",
    "just a {k} nerd",
    "{k} creator ✨ new posts every week",
    "business: {h}@gmail.com",
    "Mom, runner, {k} lover",
]
BIO_AUD_ZH = [
    "热爱生活",
    "做自己",
    "快乐就好",
    "🌸",
    "今天也要开心",
    "努力搬砖",
    "晴天",
    "人间值得",
    "睡不醒",
    "",
    "佛系",
]
BIO_AUD_EN = [
    "living my best life ✨",
    "🌸",
    "coffee & books",
    "be kind",
    "just vibes",
    "mom of 2",
    "dog person",
    "travel | food",
    "",
    "student",
    "she/her",
]
CITIES_EN = [
    "London",
    "NYC",
    "LA",
    "Toronto",
    "Sydney",
    "Berlin",
    "Paris",
    "Austin",
    "Manila",
    "Singapore",
    "Dubai",
]
ZH_NICK_A = [
    "快乐的",
    "爱吃",
    "不吃香菜的",
    "努力的",
    "躺平的",
    "会飞的",
    "一只",
    "小",
    "大",
    "阿",
    "橘子味的",
    "熬夜的",
    "温柔的",
    "迷路的",
    "认真的",
    "暴躁的",
    "",
]
ZH_NICK_N = [
    "小猫",
    "鱼",
    "柠檬",
    "土豆",
    "奶茶",
    "兔子",
    "星星",
    "阿花",
    "胖虎",
    "小王",
    "桃子",
    "咸鱼",
    "打工人",
    "汽水",
    "西瓜",
    "芋圆",
    "月亮",
    "小熊",
    "布丁",
    "羊羊",
    "橙子",
    "豆豆",
]
ZH_NICK_S = [
    "",
    "",
    "",
    "呀",
    "酱",
    "_",
    "2023",
    "Lily",
    "o",
    "吖",
    "🍊",
    "同学",
    "本人",
    "子",
    "的日常",
    "123",
    "yy",
]
EN_FIRST = [
    "jess",
    "mike",
    "sarah",
    "alex",
    "emma",
    "chris",
    "olivia",
    "liam",
    "ava",
    "noah",
    "mia",
    "ethan",
    "zoe",
    "ryan",
    "lily",
    "jake",
    "chloe",
    "dan",
    "grace",
    "sam",
    "nina",
    "leo",
    "maya",
    "ben",
    "kate",
    "tom",
    "ana",
    "luis",
]
EN_WORD = [
    "coffee",
    "travel",
    "the",
    "daily",
    "its",
    "just",
    "official",
    "art",
    "vibes",
    "bakes",
    "fit",
    "eats",
    "life",
    "studio",
]
PRODUCT_CATS = {"beauty", "fashion", "tech", "home", "parenting", "fitness", "pets", "food"}
PINYIN = [
    "xiao",
    "li",
    "wang",
    "zhang",
    "chen",
    "yang",
    "hui",
    "jing",
    "ming",
    "yu",
    "lan",
    "mei",
    "tian",
    "hao",
    "wen",
    "qi",
]

VENDOR_FOLLOW_PKGS = [100, 200, 500, 1000, 2000, 3000, 5000, 10000, 20000, 50000, 100000, 200000]
VENDOR_LIKE_PKGS = [50, 100, 200, 300, 500, 1000, 2000, 3000, 5000, 10000, 20000, 50000, 100000]
VENDOR_VIEW_PKGS = [1000, 2000, 5000, 10000, 20000, 50000, 100000, 200000, 500000, 1000000]
VENDOR_CMT_PKGS = [5, 10, 20, 30, 50, 100, 200]

CST = timezone(timedelta(hours=8))


def _pkg(target: float, pkgs, rng: random.Random) -> int:
    """Round a wanted amount to a vendor package, with the slight over-delivery vendors give."""
    if target <= 0:
        return 0
    best = min(pkgs, key=lambda p: abs(math.log(p) - math.log(max(target, 1.0))))
    return int(best * rng.uniform(1.0, 1.06))


def _wchoice(r: random.Random, items):
    names = [x[0] for x in items]
    w = [x[1] for x in items]
    return r.choices(names, weights=w, k=1)[0]


# --------------------------------------------------------------------------------------
# names
# --------------------------------------------------------------------------------------
def zh_nick(r: random.Random) -> str:
    u = r.random()
    if u < 0.72:
        return r.choice(ZH_NICK_A) + r.choice(ZH_NICK_N) + r.choice(ZH_NICK_S)
    if u < 0.85:
        return (
            r.choice(PINYIN)
            + r.choice(PINYIN)
            + (str(r.randint(1, 9999)) if r.random() < 0.5 else "")
        )
    return r.choice(EN_FIRST).capitalize() + r.choice(["", "_", "."]) + r.choice(ZH_NICK_N)


def default_name(platform: str, r: random.Random) -> str:
    if platform == "rednote":
        return "小红薯" + "".join(r.choice("0123456789ABCDEF") for _ in range(8))
    if platform == "bilibili":
        return "bili_" + str(r.randint(10**9, 10**11))
    if platform == "kuaishou":
        return "快手用户" + str(r.randint(10**12, 10**13))
    if platform in ("douyin", "weibo", "wechat_channels"):
        return "用户" + str(r.randint(10**9, 10**10 - 1))
    if platform == "youtube":
        return "@user-" + "".join(
            r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(9)
        )
    return "user" + str(r.randint(10**6, 10**10))


def en_handle(r: random.Random) -> str:
    u = r.random()
    f = r.choice(EN_FIRST)
    if u < 0.35:
        return (
            f
            + r.choice([".", "_", ""])
            + r.choice(EN_FIRST)[0]
            + r.choice(["", str(r.randint(1, 99))])
        )
    if u < 0.6:
        return (
            r.choice(EN_WORD)
            + r.choice(["_", ".", ""])
            + f
            + r.choice(["", "x", "_", str(r.randint(80, 2005))])
        )
    if u < 0.8:
        return f + str(r.randint(1, 9999))
    return f + "." + r.choice(EN_WORD) + r.choice(["", "__", "_"])


def bot_handle(r: random.Random, lang: str, platform: str) -> str:
    u = r.random()
    if u < 0.35:
        return default_name(platform, r)
    if u < 0.6:
        return "".join(
            r.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(r.randint(5, 9))
        ) + str(r.randint(10, 99999))
    if u < 0.8:
        return r.choice(EN_FIRST) + str(r.randint(10000, 999999))
    if lang == "zh":
        return r.choice(ZH_NICK_N) + str(r.randint(100, 99999))
    return r.choice(EN_FIRST) + r.choice(EN_FIRST) + str(r.randint(100, 9999))


def aud_handle(r: random.Random, lang: str, platform: str, p_default: float = 0.15) -> str:
    if r.random() < p_default:
        return default_name(platform, r)
    return zh_nick(r) if lang == "zh" else en_handle(r)


# --------------------------------------------------------------------------------------
# comment texts
# --------------------------------------------------------------------------------------
def _zh_fill(s: str, r: random.Random, cat: str) -> str:
    return (
        s.replace("{t}", r.choice(TOPIC_ZH[cat]))
        .replace("{c}", r.choice(CITIES_ZH))
        .replace("{p}", r.choice(ZH_PEOPLE))
        .replace("{v}", r.choice(ZH_V))
        .replace("{r}", r.choice(ZH_R))
        .replace("{a}", r.choice(ZH_A))
        .replace("{x}", r.choice(ZH_X))
        .replace("{n}", str(r.randint(2, 6)))
    )


def _en_fill(s: str, r: random.Random, cat: str) -> str:
    return (
        s.replace("{t}", r.choice(TOPIC_EN[cat]))
        .replace("{p}", r.choice(EN_PEOPLE))
        .replace("{r}", r.choice(EN_R))
        .replace("{a}", r.choice(EN_A))
        .replace("{x}", r.choice(EN_X))
        .replace("{w}", r.choice(EN_W))
        .replace("{y}", str(r.randint(2016, 2024)))
        .replace("{n}", str(r.randint(2, 8)))
    )


def genuine_text(r: random.Random, lang: str, cat: str, video: bool) -> str:
    if r.random() < 0.16:  # real audiences post low-effort comments too
        base = r.choice(ZH_LOW if lang == "zh" else EN_LOW)
        if r.random() < 0.5:
            base += r.choice(EMOJI) * r.randint(1, 3)
        return base
    if lang == "zh":
        n = 1 if r.random() < 0.55 else (2 if r.random() < 0.8 else 3)
        parts = []
        for _ in range(n):
            q = (ZH_Q if r.random() < 0.7 else ZH_Q_GEN) if cat in PRODUCT_CATS else ZH_Q_GEN
            pool = r.choices([ZH_REACT, q, ZH_P, ZH_O, ZH_TO], weights=[3, 2.5, 2.5, 2, 1.5])[0]
            parts.append(_zh_fill(r.choice(pool), r, cat))
        sep = r.choice(["，", " ", "！", "。", "～", ""])
        s = sep.join(parts)
        if r.random() < 0.3:
            s += r.choice(["哈哈哈", "hhh", "呀", "啊", "！！", "？？", "。。。", "～", "吧", "嘛"])
        if r.random() < 0.3:
            s += r.choice(BRACKET_EMOJI) * r.randint(1, 2)
        elif r.random() < 0.25:
            s += r.choice(EMOJI) * r.randint(1, 2)
        if video and r.random() < 0.06:
            s = f"{r.randint(0, 3)}:{r.randint(0, 59):02d} " + s
        return s
    n = 1 if r.random() < 0.6 else 2
    parts = []
    for _ in range(n):
        q = (EN_Q if r.random() < 0.7 else EN_Q_GEN) if cat in PRODUCT_CATS else EN_Q_GEN
        pool = r.choices([EN_REACT, q, EN_P, EN_O, EN_TO], weights=[3, 2.5, 2.5, 2, 1.5])[0]
        parts.append(_en_fill(r.choice(pool), r, cat))
    s = r.choice([" ", ". ", "!! ", ", "]).join(parts)
    u = r.random()
    if u < 0.35:
        s = s.lower()
    elif u < 0.6:
        s = s[0].upper() + s[1:]
    if r.random() < 0.35:
        s += " " + r.choice(EMOJI) * r.randint(1, 3)
    if video and r.random() < 0.06:
        s = f"{r.randint(0, 9)}:{r.randint(0, 59):02d} " + s
    if r.random() < 0.04 and len(s) > 6:  # typo
        k = r.randint(1, len(s) - 2)
        s = s[:k] + s[k + 1] + s[k] + s[k + 2 :]
    return s


def bot_text(r: random.Random, lang: str) -> str:
    if lang == "zh":
        return r.choice(BOT_ZH) + r.choice(BOT_SUFFIX_ZH)
    return r.choice(BOT_EN) + r.choice(BOT_SUFFIX)


def ai_text(r: random.Random, lang: str, cat: str, s: float) -> str:
    if lang == "zh":
        parts = [r.choice(AI_ZH_OPEN), _zh_fill(r.choice(AI_ZH_MID), r, cat)]
        if r.random() < 0.5 + 0.4 * s:
            parts.append(_zh_fill(r.choice(AI_ZH_ME), r, cat))
        parts.append(r.choice(AI_ZH_END))
        return "".join(parts)
    parts = [r.choice(AI_EN_OPEN), _en_fill(r.choice(AI_EN_MID), r, cat)]
    if r.random() < 0.5 + 0.4 * s:
        parts.append(_en_fill(r.choice(AI_EN_ME), r, cat))
    parts.append(r.choice(AI_EN_END))
    return " ".join(p for p in parts if p)


def obf_contact(r: random.Random, lang: str) -> str:
    ident = "".join(r.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(r.randint(3, 6))) + str(
        r.randint(10, 9999)
    )
    if r.random() < 0.5:
        ident = " ".join(ident)
    if lang == "zh":
        tag = r.choice(["v❤", "➕薇", "vx", "🛰️", "V：", "扣扣", "wx", "绿色软件", "✌️信"])
        return f"{tag} {ident}"
    tag = r.choice(["T e l e g r a m", "tg", "WhatsApp", "💬 TG", "snap", "ig"])
    return f"{tag}: @{ident}"


# --------------------------------------------------------------------------------------
# accounts (follower sample)
# --------------------------------------------------------------------------------------
def _ln(r: random.Random, mu: float, sigma: float) -> int:
    return max(0, int(math.exp(r.gauss(mu, sigma))))


class Ctx:
    """Per-creator simulation state; attributes are set by build() and the fraud modules."""

    r: random.Random
    rng: np.random.Generator
    seed_i: str
    label: int
    arch: str
    comps: tuple[str, ...]
    platform: str
    lang: str
    category: str
    category_zh: str
    tz: timezone
    video_plat: bool
    F_org_end: float
    as_of: datetime
    as_of_date: date
    D: int
    created: date
    s: dict[str, float]
    post_h: np.ndarray
    formats: list[str]
    sponsored: list[bool]
    viral_idx: int
    giveaway_idx: int
    views: np.ndarray
    likes: np.ndarray
    comments: np.ndarray
    shares: np.ndarray | None
    saves: np.ndarray | None
    pm: np.ndarray
    comp_frac: np.ndarray
    like_add: np.ndarray
    view_add: np.ndarray
    fraud_cmts: list[dict[str, int]]
    extra_sources: dict[str, dict[str, Any]]
    post_day: np.ndarray
    event_day: int | None
    shout_from: str
    F_org: np.ndarray
    B: np.ndarray
    FB: np.ndarray
    bought_pre: float
    sample_mix: dict[str, float]
    following: np.ndarray
    # optional, read with getattr(): set only for lure accounts / once a handle is chosen
    lure: bool
    handle: str


def make_account(kind: str, c: Ctx, r: random.Random, batch=None) -> dict:
    lang, plat = c.lang, c.platform
    asof: date = c.as_of_date
    a: dict = {}
    created: date
    last: date | None
    priv_p = 0.25 if plat in ("instagram", "tiktok") else 0.02
    if kind == "real_active":
        name = aud_handle(r, lang, plat, 0.08)
        fol, fing, posts = _ln(r, 4.5, 1.3), _ln(r, 5.5, 0.8), _ln(r, 3.5, 1.2)
        av, bio_p, url_p, priv = r.random() < 0.93, 0.6, 0.08, r.random() < priv_p
        created = asof - timedelta(days=r.randint(120, 3650))
        last = asof - timedelta(days=int(r.expovariate(1 / 20)))
        lvl, mem, cred = (
            r.randint(8, 35),
            (r.randint(1, 7) if r.random() < 0.15 else 0),
            r.choice([1, 2, 2, 3, 3, 4]),
        )
    elif kind == "real_lurker":
        name = aud_handle(r, lang, plat, 0.45)
        fol, fing = _ln(r, 1.5, 1.2), _ln(r, 4.5, 1.0)
        posts = 0 if r.random() < 0.6 else r.randint(1, 10)
        av, bio_p, url_p, priv = r.random() < 0.6, 0.15, 0.0, r.random() < priv_p * 1.5
        created = asof - timedelta(days=r.randint(60, 3000))
        last = (asof - timedelta(days=r.randint(60, 1500))) if posts else None
        lvl, mem, cred = r.randint(1, 12), 0, r.choice([1, 1, 2])
    elif kind == "natural_bot":
        name = bot_handle(r, lang, plat)
        fol, fing, posts = (
            _ln(r, 1.0, 1.2),
            _ln(r, 7.0, 0.8),
            (0 if r.random() < 0.7 else r.randint(1, 3)),
        )
        av, bio_p, url_p, priv = r.random() < 0.35, 0.1, 0.1, False
        created = asof - timedelta(days=r.randint(10, 1500))
        last = (asof - timedelta(days=r.randint(5, 600))) if posts else None
        lvl, mem, cred = r.randint(0, 4), 0, r.choice([0, 0, 1])
    elif kind == "bought_cheap":
        b = batch or {}
        name = bot_handle(r, lang, plat)
        fol, fing = int(r.expovariate(1 / 3)), _ln(r, 6.5, 0.7)
        posts = 0 if r.random() < 0.8 else r.randint(1, 3)
        av, bio_p, url_p, priv = r.random() < b.get("avatar_p", 0.25), 0.05, 0.0, False
        created = b.get("created", asof - timedelta(days=r.randint(30, 500))) + timedelta(
            days=r.randint(0, 3)
        )
        last = (created + timedelta(days=r.randint(0, 10))) if posts else None
        lvl, mem, cred = r.randint(0, 3), 0, r.choice([0, 1])
    elif kind == "bought_hq":
        b = batch or {}
        if lang == "zh":
            name = (
                zh_nick(r)
                if r.random() < 0.6
                else r.choice(PINYIN) + r.choice(PINYIN) + str(r.randint(10, 9999))
            )
        else:
            name = (
                r.choice(EN_FIRST)
                + r.choice(["_", ".", ""])
                + r.choice(EN_FIRST)
                + str(r.randint(1, 999))
            )
        fol, fing, posts = _ln(r, 4.2, 0.8), _ln(r, 6.3, 0.5), _ln(r, 2.8, 0.7)
        av, bio_p, url_p, priv = r.random() < 0.97, 0.75, 0.02, False
        created = asof - timedelta(days=r.randint(365, 2600))  # aged accounts ("老号")
        warm = b.get("warm", asof - timedelta(days=r.randint(20, 200)))
        last = warm - timedelta(days=r.randint(0, 12))
        lvl, mem, cred = r.randint(4, 15), 0, r.choice([1, 1, 2])
    elif kind == "pod_member":
        name = zh_nick(r) if lang == "zh" else en_handle(r)
        fol, fing, posts = _ln(r, 8.3, 0.9), _ln(r, 7.2, 0.6), _ln(r, 5.0, 0.6)
        av, bio_p, url_p, priv = True, 0.95, 0.7, False
        created = asof - timedelta(days=r.randint(300, 2200))
        last = asof - timedelta(days=r.randint(0, 4))
        lvl, mem, cred = r.randint(20, 40), r.randint(0, 5), r.choice([3, 3, 4])
    elif kind == "followback":
        name = aud_handle(r, lang, plat, 0.1)
        fol, fing, posts = _ln(r, 6.5, 1.0), _ln(r, 7.5, 0.6), _ln(r, 3.0, 1.0)
        av, bio_p, url_p, priv = r.random() < 0.9, 0.6, 0.1, r.random() < priv_p
        created = asof - timedelta(days=r.randint(150, 2200))
        last = asof - timedelta(days=int(r.expovariate(1 / 15)))
        lvl, mem, cred = r.randint(6, 25), 0, r.choice([1, 2, 2, 3])
    else:  # lottery_hunter
        name = aud_handle(r, lang, plat, 0.05)
        fol, fing, posts = _ln(r, 4.0, 1.0), _ln(r, 7.6, 0.3), _ln(r, 7.0, 1.0)
        av, bio_p, url_p, priv = True, 0.6, 0.0, False
        created = asof - timedelta(days=r.randint(300, 3000))
        last = asof - timedelta(days=r.randint(0, 3))
        lvl, mem, cred = (
            r.randint(15, 35),
            (r.randint(1, 4) if r.random() < 0.3 else 0),
            r.choice([2, 3]),
        )
    if kind in ("real_active", "pod_member") and fing > 7400:
        fing = r.randint(300, 3000)
    a["id"] = f"{plat[:2]}{r.randint(10**9, 10**12)}"
    a["username"] = name
    if r.random() < 0.7:
        a["display_name"] = (
            name
            if r.random() < 0.6
            else (zh_nick(r) if lang == "zh" else name.split(".")[0].capitalize())
        )
    a["followers"], a["following"], a["posts"] = fol, fing, posts
    a["has_avatar"] = bool(av)
    if plat in ("instagram", "tiktok"):
        a["is_private"] = bool(priv)
    a["verified"] = kind == "pod_member" and r.random() < 0.03
    if r.random() < bio_p:
        if kind == "pod_member":
            a["bio"] = (
                _zh_fill(r.choice(BIO_ZH), r, c.category)
                .replace("{k}", c.category_zh)
                .replace("{h}", name[:8])
                if lang == "zh"
                else r.choice(BIO_EN)
                .replace("{c}", r.choice(CITIES_EN))
                .replace("{k}", c.category)
                .replace("{h}", name[:8])
            )
        elif kind == "followback":
            a["bio"] = r.choice(
                ["互关必回", "互粉", "回关", "有关必回"]
                if lang == "zh"
                else ["follow back 💯", "f4f", "I follow back!", "🌸"]
            )
        elif kind == "lottery_hunter":
            a["bio"] = r.choice(
                ["锦鲤附体", "抽奖专用", "转发抽奖，好运连连", "中奖绝缘体"]
                if lang == "zh"
                else ["giveaway lover 🎁", "🍀"]
            )
        elif kind == "natural_bot" and r.random() < 0.5:
            a["bio"] = obf_contact(r, lang)
        else:
            a["bio"] = r.choice(BIO_AUD_ZH if lang == "zh" else BIO_AUD_EN)
    a["has_url"] = r.random() < url_p
    a["created_at"] = created.isoformat()
    if last is not None:
        if last < created:
            last = created
        a["last_post_at"] = min(last, asof).isoformat()
    if plat == "weibo":
        a["platform_level"], a["membership_level"], a["credit_rating"] = lvl, mem, cred
    return a


# --------------------------------------------------------------------------------------
# the creator
# --------------------------------------------------------------------------------------
CAT_ZH = {
    "beauty": "美妆",
    "fashion": "穿搭",
    "food": "美食",
    "travel": "旅行",
    "tech": "数码",
    "gaming": "游戏",
    "fitness": "健身",
    "parenting": "母婴",
    "finance": "理财",
    "pets": "萌宠",
    "home": "家居",
    "music": "音乐",
    "education": "学习",
    "comedy": "搞笑",
    "lifestyle": "生活",
}


def _tier_followers(r: random.Random, tier: str) -> float:
    lo, hi = {
        "nano": (250, 2500),
        "koc": (1000, 10000),
        "mid": (10000, 100000),
        "macro": (100000, 1000000),
        "mega": (1000000, 30000000),
    }[tier]
    return math.exp(r.uniform(math.log(lo), math.log(hi)))


def _fmt_time(c: Ctx, hours_before: float) -> str:
    t = c.as_of - timedelta(hours=hours_before)
    return t.astimezone(c.tz).replace(microsecond=0).isoformat()


def build(seed: int, i: int) -> dict:
    r = random.Random(f"echo:{seed}:{i}")
    rng = np.random.default_rng([seed & 0xFFFFFFFF, i, 7])
    c = Ctx()
    c.r, c.rng = r, rng
    c.seed_i = f"{seed}-{i:06d}"
    label = 1 if r.random() < 0.5 else 0
    arch = _wchoice(r, FRAUD if label else GENUINE)
    comps: tuple = ()
    if arch == "combo":
        comps = tuple(_wchoice(r, [(x, w) for x, w in COMBOS]))
        arch = "combo:" + "+".join(comps)
    elif label:
        comps = (arch,)
    c.label, c.arch, c.comps = label, arch, comps

    # ---------------- platform, language, category
    plat = _wchoice(r, PLATFORMS)
    if arch == "lure_spam" or "lure_spam" in comps:
        plat = r.choice(["douyin", "rednote", "weibo", "kuaishou", "instagram", "tiktok"])
    c.platform = plat
    c.lang = "zh" if plat in CN_PLATFORMS or r.random() < 0.12 else "en"
    c.category = r.choice(CATEGORIES)
    c.category_zh = CAT_ZH[c.category]
    c.tz = CST if c.lang == "zh" else UTC
    c.video_plat = plat in VIDEO_ONLY
    n = NORMS[plat]

    # ---------------- size
    if arch == "organic_koc":
        tier = "koc"
    elif arch == "organic_mid":
        tier = "mid"
    elif arch == "organic_macro":
        tier = "macro"
    elif arch == "celebrity_low_er":
        tier = "mega"
    elif arch == "tiny_new_koc":
        tier = "nano"
    elif label:
        tier = _wchoice(r, [("nano", 2), ("koc", 5), ("mid", 4), ("macro", 1.2), ("mega", 0.1)])
    else:
        tier = _wchoice(r, [("nano", 1), ("koc", 4), ("mid", 4), ("macro", 2), ("mega", 0.4)])
    F_org_end = _tier_followers(r, tier)
    c.F_org_end = F_org_end

    # ---------------- time frame
    c.as_of = datetime(2024, 2, 1, tzinfo=UTC) + timedelta(
        days=r.uniform(0, 640), hours=r.uniform(0, 24)
    )
    c.as_of = c.as_of.replace(microsecond=0)
    c.as_of_date = c.as_of.astimezone(c.tz).date()
    D = r.randint(90, 365)
    age_days = (
        r.randint(100, 150)
        if arch == "tiny_new_koc"
        else int(min(4000, max(D + 30, r.lognormvariate(7.0, 0.6))))
    )
    D = min(D, age_days - 1)
    c.D = D
    c.created = c.as_of_date - timedelta(days=age_days)

    # ---------------- intensity per fraud component (skewed toward subtle)
    c.s = {
        k: min(1.0, max(0.05, r.betavariate(1.3, 2.0) * (0.8 if len(comps) > 1 else 1.0) + 0.03))
        for k in comps
    }

    # ---------------- posts: times, formats, organic metrics
    n_posts = (
        r.randint(10, 15) if arch == "tiny_new_koc" else int(min(60, max(10, r.gauss(30, 13))))
    )
    freq = math.exp(r.uniform(math.log(0.12), math.log(1.5)))  # posts per day
    if arch == "tiny_new_koc":
        freq = n_posts / r.uniform(40, 95)
    span_h = n_posts / freq * 24
    span_h = min(span_h, (age_days - 2) * 24)
    ages = sorted(r.uniform(0.3, span_h) for _ in range(n_posts))
    # snap to plausible local posting hours
    post_h = []
    for a in ages:
        t = c.as_of - timedelta(hours=a)
        lh = t.astimezone(c.tz).hour
        target = r.choice([8, 12, 12, 18, 19, 20, 20, 21, 21, 22, 22, 23])
        shift = (lh - target) % 24
        a2 = a + shift if a + shift < span_h + 24 else a
        post_h.append(max(0.2, a2))
    post_h.sort()
    if r.random() < 0.4:
        post_h[0] = r.uniform(0.5, 20)  # a fresh post still accumulating
    c.post_h = np.array(post_h)
    P = n_posts
    formats = []
    for _ in range(P):
        if plat in VIDEO_ONLY:
            formats.append(
                "live" if plat in ("douyin", "kuaishou") and r.random() < 0.03 else "video"
            )
        elif plat == "rednote":
            formats.append("video" if r.random() < 0.3 else "image")
        elif plat == "weibo":
            formats.append(r.choice(["text", "image", "image", "video"]))
        else:  # instagram
            formats.append("video" if r.random() < 0.5 else "image")
    c.formats = formats
    spons_rate = r.uniform(0.0, 0.2)
    if arch == "sponsored_heavy":
        spons_rate = r.uniform(0.35, 0.7)
    if tier == "nano":
        spons_rate *= 0.3
    sponsored = [r.random() < spons_rate for _ in range(P)]
    if "custom_comments" in comps and not any(sponsored):
        sponsored[r.randrange(P)] = True
    c.sponsored = sponsored

    size_fac = (F_org_end / 1e4) ** -0.12
    cm = math.exp(r.gauss(0, 0.55))  # creator quality
    if arch == "celebrity_low_er":
        cm *= r.uniform(0.08, 0.35)
    if arch == "organic_declining":
        cm *= r.uniform(0.25, 0.55)
    if arch == "tiny_new_koc":
        cm *= r.uniform(0.6, 1.6)
    pm = rng.lognormal(0, 0.7, P)
    hit = rng.random(P)
    pm = np.where(hit < 0.05, pm * rng.uniform(3, 10, P), pm)
    pm = np.where((hit > 0.05) & (hit < 0.13), pm * 0.3, pm)
    pm = pm * np.where(np.array(sponsored), 0.6, 1.0)
    c.viral_idx = -1
    if arch == "viral_post":
        vi = int(r.randrange(max(1, P // 2), P)) if P > 3 else 0
        vi = min(P - 1, max(0, int(r.uniform(0.15, 0.85) * P)))
        pm[vi] = (
            pm[vi] * r.uniform(20, 200)
            if c.video_plat or plat in ("rednote", "weibo")
            else pm[vi] * r.uniform(10, 60)
        )
        c.viral_idx = vi
    c.giveaway_idx = -1
    if arch == "giveaway":
        c.giveaway_idx = min(P - 1, max(0, int(r.uniform(0.1, 0.8) * P)))
    # accumulation with age (hours)
    tau = 14.0 if c.video_plat else 26.0
    comp_frac = 1 - np.exp(-c.post_h / tau) * 0.9
    views = np.zeros(P)
    if n["reach"] is not None and plat not in ("wechat_channels",):
        reach = n["reach"] * size_fac * cm
        views = F_org_end * reach * pm * comp_frac
        if plat == "instagram":
            views = views * np.array([1.0 if f == "video" else 0.0 for f in formats])
        lpv = n["lpv"] * math.exp(r.gauss(0, 0.3))
        likes = views * lpv * rng.lognormal(0, 0.25, P)
        if plat == "instagram":
            img_likes = F_org_end * n["lpf"] * size_fac * cm * pm * comp_frac
            likes = np.where(views > 0, likes, img_likes)
    else:
        likes = F_org_end * n["lpf"] * size_fac * cm * pm * comp_frac
    if arch == "giveaway":
        likes[c.giveaway_idx] *= r.uniform(3, 8)
    cpl = n["cpl"] * math.exp(r.gauss(0, 0.45)) * min(3.0, (F_org_end / 1e4) ** -0.2)
    if arch == "tiny_new_koc":
        cpl *= r.uniform(1.5, 4.0)  # friends and classmates comment
    if arch == "celebrity_low_er":
        cpl *= r.uniform(1.0, 3.0)
    comments = likes * cpl * rng.lognormal(0, 0.45, P)
    if c.giveaway_idx >= 0:
        comments[c.giveaway_idx] = likes[c.giveaway_idx] * r.uniform(0.3, 1.5)
    for j in range(P):
        if sponsored[j]:
            comments[j] *= 1.3
    shares = likes * (n["spl"] or 0) * rng.lognormal(0, 0.6, P) if n["spl"] else None
    saves = likes * (n["svl"] or 0) * rng.lognormal(0, 0.5, P) if n["svl"] else None
    if c.giveaway_idx >= 0 and shares is not None:
        shares[c.giveaway_idx] *= r.uniform(3, 15)
    c.views, c.likes, c.comments, c.shares, c.saves, c.pm = (
        views,
        likes,
        comments,
        shares,
        saves,
        pm,
    )
    c.comp_frac = comp_frac
    # bought engagement placeholders
    c.like_add = np.zeros(P)
    c.view_add = np.zeros(P)
    c.fraud_cmts = [dict() for _ in range(P)]  # source -> count
    c.extra_sources = {}  # per-comment-source config

    # ---------------- follower history (organic)
    post_day = (D - 1) - np.floor(c.post_h / 24).astype(int)
    c.post_day = post_day
    if arch == "organic_declining":
        rb = -r.uniform(0.0002, 0.001)
    elif tier in ("nano", "koc"):
        rb = r.uniform(0.0005, 0.005)
    elif tier == "mid":
        rb = r.uniform(0.0002, 0.003)
    elif tier == "macro":
        rb = r.uniform(0.00005, 0.0012)
    else:
        rb = r.uniform(0.0, 0.0005)
    if arch == "tiny_new_koc":
        rb = r.uniform(0.006, 0.02)
    w = np.full(D, 0.45)
    decay = np.array([0.55, 0.25, 0.12, 0.08])
    for j in range(P):
        d0 = post_day[j]
        for k in range(4):
            if 0 <= d0 + k < D:
                w[d0 + k] += pm[j] * decay[k] * (P / max(D, 1)) * 1.2
    w = w / max(w.mean(), 1e-9)
    noise = rng.lognormal(0, 0.35, D)
    f = rb * w * noise if rb > 0 else rb * noise
    f = f - abs(rb) * 0.15 * rng.random(D)  # daily unfollows
    # genuine events
    c.event_day = None
    if arch == "viral_post" and 0 <= post_day[c.viral_idx] < D:
        d0 = post_day[c.viral_idx]
        jump = r.uniform(0.15, 2.5) if tier in ("nano", "koc") else r.uniform(0.05, 0.6)
        prof: np.ndarray | list[float] = np.array([0.45, 0.3, 0.12, 0.07, 0.04, 0.02])
        for k in range(6):
            if d0 + k < D:
                f[d0 + k] += math.log1p(jump) * prof[k]
        bleed = r.uniform(0.01, 0.06) * math.log1p(jump)
        span = D - d0 - 6
        if span > 5:
            f[d0 + 6 :] -= bleed / span
        c.event_day = int(d0)
    elif arch == "giveaway" and 0 <= post_day[c.giveaway_idx] < D:
        d0 = int(post_day[c.giveaway_idx])
        jump = r.uniform(0.08, 0.5)
        L = r.randint(3, 10)  # the giveaway stays open L days
        for k in range(L):
            if d0 + k < D:
                f[d0 + k] += math.log1p(jump) / L
        d1 = d0 + L
        wave = math.log1p(jump) * r.uniform(0.1, 0.35)  # hunters leave after the draw
        for k in range(10):
            if d1 + k < D:
                f[d1 + k] -= wave * (0.35 * 0.7**k) / 1.1
        c.event_day = d0
    elif arch == "shoutout":
        d0 = r.randint(int(D * 0.2), D - 3)
        jump = r.uniform(0.08, 1.2) if tier in ("nano", "koc", "mid") else r.uniform(0.03, 0.2)
        prof = [0.6, 0.3, 0.1]
        for k in range(3):
            if d0 + k < D:
                f[d0 + k] += math.log1p(jump) * prof[k]
        c.event_day = d0
        c.shout_from = zh_nick(r) if c.lang == "zh" else en_handle(r)
    elif arch == "platform_purge":
        d0 = r.randint(int(D * 0.15), D - 2)
        f[d0] += math.log(1 - r.uniform(0.03, 0.15 if plat in ("weibo", "instagram") else 0.08))
        c.event_day = d0
    growth = np.exp(np.cumsum(f))
    F_org = F_org_end * growth / growth[-1]
    c.F_org = F_org
    c.B = np.zeros(D)  # bought followers present
    c.FB = np.zeros(D)  # follow-back followers present
    c.bought_pre = 0.0  # bought before the window (still present)
    c.sample_mix = {}
    # following series (organic)
    fol0 = _ln(r, 5.6, 0.9) if tier not in ("mega",) else _ln(r, 4.5, 1.0)
    fol_inc = rng.poisson(r.uniform(0.0, 1.2), D).astype(float) - rng.poisson(r.uniform(0, 0.5), D)
    c.following = np.maximum(0, fol0 + np.cumsum(fol_inc))

    # ---------------- fraud modules
    for comp in comps:
        FRAUD_FN[comp](c, c.s[comp])

    return finalize(c)


# --------------------------------------------------------------------------------------
# fraud modules
# --------------------------------------------------------------------------------------
def _bought_followers(c: Ctx, s: float, mode: str):
    r, D = c.r, c.D
    if mode == "burst":
        frac = 0.08 + 0.8 * s
        drop_rng, refill_p, hq_share = (0.12, 0.45), 0.6, 0.12
    elif mode == "drip":
        frac = 0.06 + 0.7 * s
        drop_rng, refill_p, hq_share = (0.05, 0.3), 0.5, 0.2
    else:
        frac = 0.05 + 0.5 * s
        drop_rng, refill_p, hq_share = (0.02, 0.1), 0.3, 0.9
    total = c.F_org_end * frac / (1 - frac)
    k = 1 + min(4, int(r.expovariate(1 / (0.6 + 1.8 * s))))
    shares = np.random.default_rng(r.randrange(1 << 30)).dirichlet(np.ones(k) * 2)
    B = np.zeros(D + 1)
    pre = 0.0
    d: int | np.integer  # day offsets: Python ints and numpy ints (drop_days) below
    idx: int | np.integer
    for q in shares:
        pkg = _pkg(total * q, VENDOR_FOLLOW_PKGS, r)
        start = int(r.uniform(-0.5 * D, D - 3))
        if mode == "burst":
            L = r.choice([1, 1, 1, 2, 2, 3])
        elif mode == "drip":
            L = r.randint(5, 30)
        else:
            L = r.randint(10, 60)
        daily = np.zeros(D + 120)
        off = 60  # index offset so pre-window starts fit
        jit = np.array([r.uniform(0.88, 1.12) for _ in range(L)])
        amt = pkg / L * jit
        for d in range(L):
            idx = start + d + off
            if 0 <= idx < len(daily):
                daily[idx] += amt[d]
        # drop-off after delivery, then refill under guarantee
        drop = r.uniform(*drop_rng)
        end = start + L
        tau = r.uniform(7, 30)
        delivered = pkg
        drop_days = np.arange(0, 60)
        loss = delivered * drop * (np.exp(-drop_days / tau) - np.exp(-(drop_days + 1) / tau))
        for d in drop_days:
            idx = end + d + off
            if 0 <= idx < len(daily):
                daily[idx] -= loss[d]
        if r.random() < refill_p:
            rd = end + r.randint(14, 40)
            refill = delivered * drop * (1 - math.exp(-(rd - end) / tau)) * r.uniform(0.8, 1.1)
            for d, p in ((0, 0.7), (1, 0.3)):
                idx = rd + d + off
                if 0 <= idx < len(daily):
                    daily[idx] += refill * p
        cum = np.cumsum(daily)
        pre += cum[off - 1] if off - 1 >= 0 else 0.0
        B[:D] += cum[off : off + D]
    # a platform purge may strike the bought accounts
    if r.random() < 0.25 and mode != "premium":
        d0 = r.randint(int(D * 0.3), D - 1)
        cut = r.uniform(0.1, 0.4)
        B[d0:D] -= B[d0] * cut
    B = np.maximum(B[:D], 0)
    c.B = c.B + B
    end_present = float(B[-1])
    c.bought_pre += pre
    kinds = c.sample_mix
    kinds["bought_hq"] = kinds.get("bought_hq", 0) + end_present * hq_share
    kinds["bought_cheap"] = kinds.get("bought_cheap", 0) + end_present * (1 - hq_share)
    # vendors' cheap bots also follow-and-engage a little: nothing for engagement here


def m_bought_followers_burst(c, s):
    _bought_followers(c, s, "burst")


def m_bought_followers_drip(c, s):
    _bought_followers(c, s, "drip")


def m_bought_followers_premium(c, s):
    _bought_followers(c, s, "premium")


def m_bought_likes(c: Ctx, s: float):
    r, P = c.r, len(c.likes)
    mode = _wchoice(
        r,
        [
            ("likes", 55),
            ("views", 20 if c.video_plat else 0),
            ("both", 25 if np.any(c.views > 0) else 0),
        ],
    )
    pf = 0.25 + 0.75 * s
    idx = [j for j in range(P) if c.sponsored[j] or r.random() < pf]
    if not idx:
        idx = [r.randrange(P)]
    disp_followers = c.F_org_end + (c.B[-1] if len(c.B) else 0)
    for j in idx:
        if mode in ("likes", "both"):
            base = max(c.likes[j], 20.0)
            want = base * (0.4 + 6 * s * r.uniform(0.6, 1.4))
            if r.random() < 0.4:  # buy up to a target "ER" on the displayed follower count
                want = max(want, disp_followers * r.uniform(0.02, 0.07) - c.likes[j])
            c.like_add[j] += _pkg(want, VENDOR_LIKE_PKGS, r)
        if mode in ("views", "both") and c.views[j] > 0:
            want = c.views[j] * (1 + 10 * s * r.uniform(0.5, 1.5))
            v = _pkg(want, VENDOR_VIEW_PKGS, r)
            c.view_add[j] += v
            if mode == "views" and r.random() < 0.5:  # "views with likes" bundle at a token ratio
                c.like_add[j] += int(v * r.uniform(0.002, 0.01))


def m_bot_comments(c: Ctx, s: float):
    r, P = c.r, len(c.likes)
    pf = 0.3 + 0.7 * s
    for j in range(P):
        if r.random() < pf or c.sponsored[j]:
            want = max(c.comments[j], 3) * (0.5 + 5 * s) * r.uniform(0.6, 1.4)
            c.fraud_cmts[j]["bot"] = c.fraud_cmts[j].get("bot", 0) + _pkg(want, VENDOR_CMT_PKGS, r)
    pool = [bot_text(r, c.lang) for _ in range(r.randint(12, 30))]
    authors = [bot_handle(r, c.lang, c.platform) for _ in range(r.randint(40, 200))]
    c.extra_sources["bot"] = dict(
        pool=pool,
        authors=authors,
        burst=r.random() < 0.5 + 0.5 * s,
        start=(0.2, 8.0),
        gap=r.uniform(5, 120),
    )
    c.sample_mix["bought_cheap"] = c.sample_mix.get("bought_cheap", 0) + c.F_org_end * 0.01 * s


def m_custom_comments(c: Ctx, s: float):
    r, P = c.r, len(c.likes)
    idx = [j for j in range(P) if c.sponsored[j] or r.random() < 0.15 + 0.5 * s]
    for j in idx:
        want = max(c.comments[j], 3) * (0.5 + 4 * s) * r.uniform(0.6, 1.4)
        c.fraud_cmts[j]["custom"] = _pkg(want, VENDOR_CMT_PKGS, r)
    if c.lang == "zh":
        scripts = [
            _zh_fill(r.choice(CUSTOM_ZH), r, c.category).replace("{e}", r.choice(CUSTOM_E_ZH))
            for _ in range(r.randint(5, 14))
        ]
    else:
        scripts = [
            _en_fill(r.choice(CUSTOM_EN), r, c.category).replace("{e}", r.choice(CUSTOM_E_EN))
            for _ in range(r.randint(5, 14))
        ]
    authors = [
        bot_handle(r, c.lang, c.platform)
        if r.random() < 0.6
        else aud_handle(r, c.lang, c.platform, 0.1)
        for _ in range(r.randint(30, 150))
    ]
    c.extra_sources["custom"] = dict(
        pool=scripts, authors=authors, burst=True, start=(0.3, 6.0), gap=r.uniform(20, 300)
    )


def m_ai_praise(c: Ctx, s: float):
    r, P = c.r, len(c.likes)
    for j in range(P):
        if r.random() < 0.4 + 0.6 * s:
            k = int(max(2, c.comments[j] * (0.3 + 3 * s) * r.uniform(0.5, 1.5)))
            c.fraud_cmts[j]["ai"] = k
    authors = [aud_handle(r, c.lang, c.platform, 0.05) for _ in range(r.randint(60, 400))]
    c.extra_sources["ai"] = dict(authors=authors, s=s)
    c.sample_mix["bought_hq"] = c.sample_mix.get("bought_hq", 0) + c.F_org_end * 0.02 * s


def m_engagement_pod(c: Ctx, s: float):
    r, P = c.r, len(c.likes)
    M = int(10 + 50 * s * r.uniform(0.5, 1.3))
    members: list[dict[str, Any]] = []
    for _ in range(M):
        join = r.uniform(0, c.post_h.max() * 1.3)
        members.append(
            dict(
                name=(zh_nick(r) if c.lang == "zh" else en_handle(r)),
                join_h=join,
                leave_h=(r.uniform(0, join) if r.random() < 0.35 else -1.0),
                style=[
                    r.choice(POD_ZH if c.lang == "zh" else POD_EN) for _ in range(r.randint(2, 6))
                ],
                p=r.uniform(0.5, 0.95),
            )
        )
    active_per_post = []
    for j in range(P):
        h = c.post_h[j]
        act = [m for m in members if m["join_h"] >= h > m["leave_h"] and r.random() < m["p"]]
        active_per_post.append(act)
        c.fraud_cmts[j]["pod"] = len(act)
        c.like_add[j] += len(act) * r.uniform(1.0, 1.6)  # pod likes (+ alt accounts)
    c.extra_sources["pod"] = dict(active=active_per_post)
    c.sample_mix["pod_member"] = c.sample_mix.get("pod_member", 0) + M * 0.9


def m_follow_unfollow(c: Ctx, s: float):
    r, D = c.r, c.D
    cap = FOLLOW_CAP.get(c.platform, 5000)
    fol = c.following.copy()
    base = float(fol[0])
    extra = np.zeros(D)
    gains = np.zeros(D)
    n_cycles = 2 + int(8 * s * r.uniform(0.5, 1.2))
    fb_rate = r.uniform(0.06, 0.22)
    retain = r.uniform(0.55, 0.85)
    d = r.randint(0, max(1, D // (n_cycles + 1)))
    while d < D - 3 and n_cycles > 0:
        N = int(min(cap - base - 50, r.uniform(300, 1200) + 4000 * s * r.random()))
        if N < 100:
            break
        up = r.randint(1, 5)
        hold = r.randint(2, 10)
        down = r.randint(1, 3)
        for k in range(up):
            if d + k < D:
                extra[d + k :] += N / up
        t_down = d + up + hold
        for k in range(down):
            if t_down + k < D:
                extra[t_down + k :] -= N / down
        fb = N * fb_rate
        for k in range(up + 3):
            if d + k < D:
                gains[d + k] += fb / (up + 3)
        for k in range(7):
            if t_down + k < D:
                gains[t_down + k] -= fb * (1 - retain) / 7
        d = t_down + down + r.randint(3, max(4, int(D / (n_cycles + 1))))
        n_cycles -= 1
    extra = np.clip(extra, 0, None)
    c.following = np.minimum(cap, fol + extra)
    pre = c.F_org_end * (0.05 + 0.6 * s) * r.uniform(0.5, 1.2)
    FB = pre + np.cumsum(gains)
    c.FB = c.FB + np.maximum(FB, 0)
    c.sample_mix["followback"] = c.sample_mix.get("followback", 0) + float(max(FB[-1], 0))
    for j in range(len(c.likes)):
        if r.random() < 0.3 + 0.4 * s:
            c.fraud_cmts[j]["fu"] = r.randint(1, 3 + int(6 * s))


def m_lure_spam(c: Ctx, s: float):
    r, P = c.r, len(c.likes)
    c.lure = True
    for j in range(P):
        k = int(max(3, c.comments[j] * (1 + 6 * s) * r.uniform(0.5, 1.5)))
        c.fraud_cmts[j]["lure"] = k
    c.extra_sources["lure"] = dict(
        contact=obf_contact(r, c.lang),
        authors=[
            bot_handle(r, c.lang, c.platform)
            if r.random() < 0.5
            else aud_handle(r, c.lang, c.platform, 0.2)
            for _ in range(r.randint(20, 120))
        ],
    )
    if "bought_followers_burst" not in c.comps and r.random() < 0.7:
        _bought_followers(c, 0.3 + 0.5 * s, "burst")


FRAUD_FN = {
    "bought_followers_burst": m_bought_followers_burst,
    "bought_followers_drip": m_bought_followers_drip,
    "bought_followers_premium": m_bought_followers_premium,
    "bought_likes": m_bought_likes,
    "bot_comments": m_bot_comments,
    "custom_comments": m_custom_comments,
    "ai_praise": m_ai_praise,
    "engagement_pod": m_engagement_pod,
    "follow_unfollow": m_follow_unfollow,
    "lure_spam": m_lure_spam,
}


# --------------------------------------------------------------------------------------
# assembling the record
# --------------------------------------------------------------------------------------
def _organic_delay_h(r: random.Random, video: bool) -> float:
    # most comments in the first day, long tail
    return r.lognormvariate(math.log(3.0 if video else 5.0), 1.5)


def finalize(c: Ctx) -> dict:
    r, rng, plat, lang, D = c.r, c.rng, c.platform, c.lang, c.D
    P = len(c.likes)
    cat = c.category
    is_lure = getattr(c, "lure", False)

    # ---------------- followers
    hist_total = c.F_org + c.B + c.FB + c.bought_pre
    hist_total = np.maximum(0, np.round(hist_total)).astype(np.int64)
    followers_end = int(hist_total[-1])
    following_end = round(c.following[-1])

    # ---------------- post metrics
    likes = c.likes + c.like_add
    views = c.views + c.view_add
    fraud_c = np.array([sum(fc.values()) for fc in c.fraud_cmts], dtype=float)
    org_c = np.round(c.comments)
    total_c = org_c + fraud_c
    hide_likes = plat == "instagram" and r.random() < 0.06
    ks_unknown = plat == "kuaishou" and r.random() < 0.4

    # ---------------- comment sample allocation
    target = int(min(400, max(100, r.gauss(200, 70))))
    if c.arch == "tiny_new_koc":
        target = r.randint(20, 120)
    wts = np.power(np.maximum(total_c, 0) + 1e-9, 0.7)
    alloc = np.zeros(P, dtype=int)
    if wts.sum() > 0:
        raw = wts / wts.sum() * target
        cap = np.minimum(total_c, np.maximum(raw * 1.0, 0)).astype(int)
        alloc = np.minimum(cap, total_c.astype(int))
        # redistribute leftover to posts with room
        left = target - alloc.sum()
        for _ in range(3):
            if left <= 0:
                break
            room = total_c.astype(int) - alloc
            if room.sum() <= 0:
                break
            add_n = np.floor(room / max(room.sum(), 1) * left).astype(int)
            alloc += np.minimum(add_n, room)
            left = target - alloc.sum()
    alloc = np.minimum(alloc, 60 + (c.giveaway_idx >= 0) * 40 + 40)

    # audience pools (loyal fans reappear)
    loyal = [aud_handle(r, lang, plat, 0.05) for _ in range(r.randint(3, 25))]
    loyal_p = r.uniform(0.05, 0.25)
    post_ids = [f"{plat[:2]}{r.randint(10**14, 10**15)}" for _ in range(P)]
    comments_out = []
    bot_natural_p = NORMS[plat]["bots"] * r.uniform(0.05, 0.3)
    spam_p = 0.0
    if c.F_org_end > 20000:
        spam_p = r.uniform(0.0, 0.06) * (
            2 if plat in ("instagram", "youtube", "weibo", "douyin") else 1
        )
    celeb_fans = c.arch == "celebrity_low_er" and lang == "zh" and r.random() < 0.6
    star = r.choice(["哥哥", "姐姐", "宝贝", "老师"]) if celeb_fans else ""
    fan_templates = [t.replace("{s}", star) for t in FAN_ZH]
    reply_p = r.uniform(0.0, 0.12) if c.arch != "celebrity_low_er" else r.uniform(0.0, 0.02)
    handle = getattr(c, "handle", None) or (zh_nick(r) if lang == "zh" else en_handle(r))
    c.handle = handle

    def add(pj, author, text, h, likes_, from_creator=False):
        text = text[:4900]
        if h < 0:
            h = r.uniform(0.0, c.post_h[pj])
        h = max(0.0, min(h, c.post_h[pj] - 0.01))
        d = {
            "post_id": post_ids[pj],
            "author": author[:190],
            "text": text,
            "posted_at": _fmt_time(c, h),
            "likes": int(max(0, likes_)),
        }
        if from_creator:
            d["from_creator"] = True
        comments_out.append(d)

    for j in range(P):
        k = int(alloc[j])
        if k <= 0:
            continue
        ph = float(c.post_h[j])
        video = c.formats[j] in ("video", "live")
        srcs = {"org": org_c[j]}
        srcs.update(c.fraud_cmts[j])
        tot = sum(srcs.values())
        names = list(srcs.keys())
        probs = np.array([srcs[x] for x in names], dtype=float) / max(tot, 1)
        counts = rng.multinomial(k, probs) if tot > 0 else np.zeros(len(names), dtype=int)
        post_like_scale = max(likes[j], 1.0)
        for name, cnt in zip(names, counts, strict=True):
            cnt = int(cnt)
            if cnt <= 0:
                continue
            if name == "org":
                for _q in range(cnt):
                    dh = _organic_delay_h(r, video)
                    h = ph - dh
                    u = r.random()
                    gw = j == c.giveaway_idx
                    if gw:
                        if lang == "zh":
                            text = r.choice(GIVE_ZH) + (r.choice(EMOJI) if r.random() < 0.3 else "")
                            if r.random() < 0.25:
                                text += " @" + zh_nick(r)
                        else:
                            tags = " ".join("@" + en_handle(r) for _ in range(r.randint(1, 3)))
                            text = tags if r.random() < 0.6 else r.choice(GIVE_EN) + " " + tags
                        author = make_hunter_name(r, lang, plat)
                    elif u < bot_natural_p:
                        text, author = bot_text(r, lang), bot_handle(r, lang, plat)
                    elif u < bot_natural_p + spam_p:
                        text = r.choice(SPAM_ZH if lang == "zh" else SPAM_EN).replace(
                            "{h}", en_handle(r) + "_promo"
                        )
                        if r.random() < 0.4:
                            text += " " + obf_contact(r, lang)
                        author = bot_handle(r, lang, plat)
                    elif celeb_fans and r.random() < 0.35:
                        text, author = r.choice(fan_templates), aud_handle(r, lang, plat, 0.05)
                    else:
                        if c.arch == "shoutout" and c.event_day is not None and r.random() < 0.15:
                            text = (
                                r.choice(SHOUT_ZH).replace("{b}", c.shout_from)
                                if lang == "zh"
                                else r.choice(SHOUT_EN).replace("{b}", c.shout_from)
                            )
                        elif j == c.viral_idx and r.random() < 0.2:
                            text = r.choice(VIRAL_ZH if lang == "zh" else VIRAL_EN)
                        else:
                            text = genuine_text(r, lang, cat, video)
                        author = (
                            r.choice(loyal) if r.random() < loyal_p else aud_handle(r, lang, plat)
                        )
                    cl = (
                        int(post_like_scale * 0.002 * r.paretovariate(1.3) * math.exp(-dh / 48))
                        if r.random() < 0.7
                        else 0
                    )
                    add(j, author, text, h, cl)
                    if r.random() < reply_p and not gw:
                        rt = (
                            _zh_fill(r.choice(REPLY_ZH), r, cat)
                            if lang == "zh"
                            else r.choice(REPLY_EN)
                        )
                        add(j, handle, rt, h - r.uniform(0.1, 30), int(r.expovariate(1 / 3)), True)
            elif name in ("bot", "custom"):
                cfg = c.extra_sources[name]
                t0 = ph - r.uniform(*cfg["start"])
                for _q in range(cnt):
                    if cfg["burst"]:
                        t0 -= r.expovariate(1 / cfg["gap"]) / 3600
                        h = t0
                    else:
                        h = ph - r.uniform(0.1, 30)
                    text = r.choice(cfg["pool"])
                    if name == "custom" and r.random() < 0.35:
                        text = (
                            text + r.choice(["！", "~", "😍", "👍", "!!", "。"])
                            if lang == "zh" or r.random() < 0.5
                            else text + " " + r.choice(EMOJI)
                        )
                    add(
                        j,
                        r.choice(cfg["authors"]),
                        text,
                        h,
                        0 if r.random() < 0.85 else r.randint(1, 3),
                    )
            elif name == "ai":
                cfg = c.extra_sources["ai"]
                for _q in range(cnt):
                    h = ph - r.uniform(0.15, 20)
                    add(
                        j,
                        r.choice(cfg["authors"]),
                        ai_text(r, lang, cat, cfg["s"]),
                        h,
                        0 if r.random() < 0.7 else r.randint(1, 2),
                    )
            elif name == "pod":
                act = c.extra_sources["pod"]["active"][j]
                chosen = r.sample(act, min(cnt, len(act)))
                for m in chosen:
                    h = ph - r.lognormvariate(math.log(0.25), 0.9)
                    text = r.choice(m["style"])
                    text = _zh_fill(text, r, cat) if lang == "zh" else _en_fill(text, r, cat)
                    if r.random() < 0.45:  # members vary their stock lines a little
                        text = text + r.choice(["", " ", ""]) + r.choice(EMOJI) * r.randint(1, 2)
                    elif r.random() < 0.25:
                        text = genuine_text(r, lang, cat, video)  # an occasional real-sounding line
                    add(j, m["name"], text, h, rng.poisson(1.2))
                    if r.random() < 0.25:
                        add(
                            j,
                            handle,
                            r.choice(
                                ["谢谢宝子💕", "爱你～", "互相支持！"]
                                if lang == "zh"
                                else ["thank you love 💕", "ahh thank you!!", "🥰🥰"]
                            ),
                            h - r.uniform(0.1, 3),
                            0,
                            True,
                        )
            elif name == "fu":
                for _q in range(cnt):
                    add(
                        j,
                        aud_handle(r, lang, plat, 0.1),
                        r.choice(FU_ZH if lang == "zh" else FU_EN),
                        ph - _organic_delay_h(r, video),
                        0,
                    )
            elif name == "lure":
                cfg = c.extra_sources["lure"]
                for _q in range(cnt):
                    h = ph - r.lognormvariate(math.log(4), 1.2)
                    if r.random() < 0.22:
                        t = r.choice(LURE_CREATOR_ZH if lang == "zh" else LURE_CREATOR_EN)
                        if r.random() < 0.3:
                            t += " " + cfg["contact"]
                        add(j, handle, t, h, 0, True)
                    else:
                        t = r.choice(LURE_ZH if lang == "zh" else LURE_EN)
                        if r.random() < 0.12:
                            t = t + " " + cfg["contact"]
                        add(j, r.choice(cfg["authors"]), t, h, r.randint(0, 2))

    # a scraper export holds at most ~400 comments
    if len(comments_out) > 400:
        keep = sorted(r.sample(range(len(comments_out)), 400))
        comments_out = [comments_out[q] for q in keep]
    # scrapers deliver a post's comments newest-first or "hot" (most liked) first
    by_post: dict = {}
    for cm_ in comments_out:
        by_post.setdefault(cm_["post_id"], []).append(cm_)
    hot_order = r.random() < 0.5
    comments_out = []
    for pid in post_ids:
        lst = by_post.get(pid, [])
        if hot_order:
            lst.sort(key=lambda x: (-x["likes"], x["posted_at"]))
        else:
            lst.sort(key=lambda x: x["posted_at"], reverse=True)
        comments_out.extend(lst)

    # ---------------- posts
    posts_out = []
    for j in range(P):
        p: dict[str, Any] = {
            "post_id": post_ids[j],
            "posted_at": _fmt_time(c, float(c.post_h[j])),
            "format": c.formats[j],
        }
        lk = round(likes[j])
        p["likes"] = lk
        n_cm = max(
            round(total_c[j]), len(by_post.get(post_ids[j], []))
        )  # creator replies count too
        p["comments"] = n_cm
        if c.shares is not None:
            p["shares"] = round(c.shares[j])
        if c.saves is not None:
            p["saves"] = round(c.saves[j])
        if views[j] > 0:
            p["views"] = round(max(views[j], lk * 1.05))
        if plat == "bilibili":
            p["coins"] = round(c.likes[j] * 0.3 * rng.lognormal(0, 0.5))
            p["danmaku"] = round(c.views[j] * 0.004 * rng.lognormal(0, 0.6))
        if c.sponsored[j]:
            p["sponsored"] = True
        if hide_likes and (r.random() < 0.7):
            p["likes"] = 0
            p["likes_unknown"] = True
        if ks_unknown:
            p["comments"] = int(alloc[j]) if r.random() < 0.8 else 0
            p["comments_unknown"] = True
        posts_out.append(p)

    # ---------------- profile
    prof: dict = {}
    disp_f = followers_end
    if plat in CN_PLATFORMS and disp_f >= 10000 and r.random() < 0.3:
        disp_f = round(disp_f / 1000.0) * 1000  # "12.3万"
    prof["followers"] = disp_f
    prof["following"] = following_end
    prof["posts"] = (
        P + int(r.expovariate(1 / 120)) if c.arch != "tiny_new_koc" else P + r.randint(0, 3)
    )
    prof["verified"] = (
        (c.arch == "celebrity_low_er")
        or (c.F_org_end > 2e5 and r.random() < 0.5)
        or (r.random() < 0.03)
    )
    prof["created_at"] = c.created.isoformat()
    if is_lure:
        bio = (
            r.choice(
                ["福利在主页置顶", "资源分享｜", "免费领取资料", "副业｜日入过百", "🍑 宝藏资源"]
            )
            + " "
            + c.extra_sources["lure"]["contact"]
            if lang == "zh"
            else r.choice(["FREE guide 👇", "💸 side hustle tips", "🔥 exclusive content"])
            + " "
            + c.extra_sources["lure"]["contact"]
        )
    elif lang == "zh":
        bio = (
            r.choice(BIO_ZH)
            .replace("{c}", r.choice(CITIES_ZH))
            .replace("{k}", c.category_zh)
            .replace(
                "{h}", (handle.encode("ascii", "ignore").decode() or "biz") + str(r.randint(10, 99))
            )
        )
    else:
        bio = (
            r.choice(BIO_EN)
            .replace("{c}", r.choice(CITIES_EN))
            .replace("{k}", c.category)
            .replace("{h}", handle.replace(".", "")[:12] or "biz")
        )
    prof["bio"] = bio
    prof["category"] = c.category
    prof["country"] = (
        "CN"
        if lang == "zh" and plat in CN_PLATFORMS
        else r.choice(["US", "GB", "CA", "AU", "PH", "SG", "IN", "DE"])
        if lang == "en"
        else r.choice(["CN", "SG", "MY", "US"])
    )

    rec: dict = {
        "creator_id": f"{plat}:echo-{c.seed_i}",
        "platform": plat,
        "handle": handle,
        "as_of": c.as_of.astimezone(c.tz).isoformat(),
        "profile": prof,
    }

    # ---------------- follower history
    if r.random() < 0.8:
        start = c.as_of_date - timedelta(days=D - 1)
        mode = r.random()
        with_following = r.random() < 0.85
        idxs: Sequence[int] = range(D)
        if mode < 0.08:
            idxs = range((D - 1) % 7, D, 7)
        elif mode < 0.35:
            keep_mask = rng.random(D) > r.uniform(0.03, 0.2)
            keep_mask[-1] = True
            if r.random() < 0.3:
                g0 = r.randint(0, D - 10)
                keep_mask[g0 : g0 + r.randint(3, 9)] = False
            idxs = [d for d in range(D) if keep_mask[d]]
        so = start.toordinal()
        fl = np.round(c.following).astype(np.int64)
        hist = []
        for d in idxs:
            e = {"date": date.fromordinal(so + d).isoformat(), "followers": int(hist_total[d])}
            if with_following:
                e["following"] = int(fl[d])
            hist.append(e)
        rec["follower_history"] = hist
        if r.random() < 0.05:
            od = r.randint(1, min(60, D - 1))
            prof["observed_at"] = date.fromordinal(so + D - 1 - od).isoformat()
            prof["followers"] = int(hist_total[D - 1 - od])

    rec["posts"] = posts_out
    rec["comments"] = comments_out

    # ---------------- follower sample
    if r.random() < 0.7:
        m = r.randint(50, 200)
        total = max(followers_end, 1)
        mix = dict(c.sample_mix)
        mix["bought_cheap"] = mix.get("bought_cheap", 0) + c.bought_pre * 0.8
        mix["bought_hq"] = mix.get("bought_hq", 0) + c.bought_pre * 0.2
        used = sum(mix.values())
        org = max(total - used, 0)
        nb = NORMS[plat]["bots"] * r.uniform(0.5, 1.5)
        lurk = r.uniform(0.2, 0.45)
        if c.arch == "giveaway":
            mix["lottery_hunter"] = org * r.uniform(0.05, 0.2)
        mix["natural_bot"] = org * nb
        mix["real_lurker"] = org * lurk
        mix["real_active"] = max(org * (1 - nb - lurk), 0)
        names = list(mix.keys())
        pr = np.array([max(mix[x], 0) for x in names], dtype=float)
        pr = pr / pr.sum() if pr.sum() > 0 else np.ones(len(names)) / len(names)
        cnts = rng.multinomial(m, pr)
        batches = [
            dict(
                created=c.as_of_date - timedelta(days=r.randint(30, 600)),
                avatar_p=r.choice([0.05, 0.2, 0.5, 0.85]),
            )
            for _ in range(r.randint(1, 4))
        ]
        hq_batch = dict(warm=c.as_of_date - timedelta(days=r.randint(10, 150)))
        sample = []
        for nm, k in zip(names, cnts, strict=True):
            for _ in range(int(k)):
                b = (
                    r.choice(batches)
                    if nm == "bought_cheap"
                    else (hq_batch if nm == "bought_hq" else None)
                )
                sample.append(make_account(nm, c, r, b))
        r.shuffle(sample)
        rec["follower_sample"] = sample

    rec["label"] = c.label
    rec["archetype"] = c.arch
    return rec


def make_hunter_name(r: random.Random, lang: str, plat: str) -> str:
    return aud_handle(r, lang, plat, 0.1)


# --------------------------------------------------------------------------------------
# public API
# --------------------------------------------------------------------------------------
def generate(n: int, seed: int) -> Iterator[dict]:
    for i in range(n):
        yield build(seed, i)


def _one(seed: int, i: int) -> dict:
    return build(seed, i)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="echo: simulate labelled creators (JSONL)")
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", type=str, default="-")
    a = ap.parse_args(argv)
    t0 = time.time()
    with contextlib.ExitStack() as stack:
        out = (
            sys.stdout if a.out == "-" else stack.enter_context(open(a.out, "w", encoding="utf-8"))
        )
        for rec in generate(a.n, a.seed):
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {a.n} creators in {time.time() - t0:.1f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

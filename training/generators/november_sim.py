"""november_sim -- an independent simulator of social-media creators, genuine and fraudulent.

Written for the fraud-detection test bed from the brief only (no project code).  Standard
library + numpy.  ``generate(n, seed)`` yields n creator records; record i depends only on
(seed, i).  ``python november_sim.py --n 2000 --seed 1 --out creators.jsonl`` writes JSONL.
Each record follows ``creator.schema.json`` plus ``label`` (1 = fraud, 0 = genuine) and
``archetype`` (combined frauds as ``combo:a+b``).

Emphasis of this simulator: comment sections.  Machine-written comments as current LLM tools
and comment services write them (on-topic praise and questions that name the post's subject,
varied wording, Chinese / English / mixed, paced over hours and days, mixed into a real
comment section in small or large doses, from ordinary-looking accounts), AI auto-comment
subscriptions that put a package of comments under every new post, and paid human comment
workers following a brief -- against genuine audiences whose comments are formulaic too (fan
clubs with slogans and check-in rituals, beginners / elderly / non-native speakers with simple
praise, giveaway entrants tagging friends, loyal regulars under every post, long structured
comments from experts).

Archetypes (approximate shares of records)
------------------------------------------
Genuine (label 0, ~50%):
  genuine_koc 8.5, genuine_mid 7, genuine_macro 4, genuine_celebrity 2.5 (very low engagement
  rate), genuine_tiny_koc 3 (few posts, few followers), genuine_viral 3 (one post explodes,
  follower surge), genuine_giveaway 3 (tag-a-friend comments, follower spike then unfollows,
  giveaway hunters among followers), genuine_shoutout 2.5 (follower jump with no own post),
  genuine_purge 2.5 (platform removes bot followers: one-day drop), genuine_fanclub 3.5 (fan
  rituals, copy-paste slogans and formal "control the comments" praise), genuine_simple_praise
  3.5 (elderly / beginner / non-native audiences: "very nice video", "好好好", "[赞][赞]"),
  genuine_loyal_regulars 3.5 (same people under every post), genuine_faded 2 (old audience,
  declining, low engagement), genuine_spam_target 1.5 (big creator whose comments attract
  third-party lure / scam bots).
Fraud (label 1, ~50%), each with an intensity from subtle to blatant (skewed to subtle):
  bought_followers_burst 4, bought_followers_drip 3.5, bought_followers_premium 3.5 (aged,
  real-looking accounts), bought_likes 4.5 (likes and/or views, package sizes), bot_comments
  3.5 (generic / emoji / off-topic bot texts in bursts), engagement_pod 4 (mutual-boost group:
  same accounts, first hours, 4+ word praise / 互赞), ai_praise 5.5 (LLM-written on-topic
  praise and questions from a comment service), ai_engagement_bot 3 (AI auto-comment
  subscription: a fixed package under every new post, persistent bot accounts),
  comment_workers 4 (paid human workers paraphrasing a brief, in waves, mostly on sponsored
  posts), follow_unfollow 4 (following count saw-tooth, follow-back followers), lure_spam 3.5
  (creator runs a traffic funnel: disguised contact / "resource" lures, sock-puppet requests,
  creator "已私" replies; English: fake testimonial scams), combos 7 (combo:a+b[+c]).

Main assumptions
----------------
* Platforms: ~60% Chinese (douyin, rednote, weibo, bilibili, kuaishou, wechat_channels), the
  rest instagram, tiktok, youtube; archetypes lean toward the platforms where they are common.
  Chinese-platform creators write/receive Chinese; some western-platform creators are Chinese
  speaking (mixed comment sections).
* Engagement: views = followers x reach (platform, size, creator and post noise; heavy tail),
  likes = views x like-rate, comments = likes x comment-rate; platform norms differ (Weibo
  comment-heavy, RedNote save-heavy, TikTok like-heavy, YouTube comments ~ 5% of likes).
  Bought followers add no views; bought likes add likes but no saves/shares/comments.
* Follower history is daily (gaps, sometimes sparse snapshots; YouTube counts rounded to 3
  significant figures), 90-365 days, following count included where the platform shows it.
  It is included in ~65% of records, a follower sample (50-200 accounts) in ~60%, chosen
  independently of the label.  Some records carry profile.observed_at (older snapshot).
* Genuine follower samples are mostly lurkers and modestly active accounts plus some organic
  bots (more on Weibo); default nicknames (用户123..., 小红薯3A9F..., user8123...) are common
  among real users, so names alone prove nothing.
* Comment samples: 100-300 typical (up to ~400), drawn from each post's comment pool in
  proportion to its sources; real comment texts are composed from many parts so they rarely
  repeat; fraud texts follow the style and timing of the fraud that wrote them.
* Intensity: subtle fraud uses small doses, organic pacing, aged accounts and "humanised"
  text; blatant fraud uses large doses, bursts, new default-named accounts, repeated texts.
  Machine-written comment services run a template pool per service (blatant services reuse a
  few openers), insert the post's subject and an aspect of it, end with an emoji, and pace
  comments "organic" (hours-days, day-time), "hours" or "burst" (first 90 minutes).
* Genuine sections also hold polished comments that are not fraud: brand accounts thanking
  the creator under sponsored posts, a few real users who write with AI tools (0-3%), long
  structured expert comments, fan-club "comment control" copy-paste praise.
* About 40% of comment exports are "hot"-sorted (the most-liked comments of a post are
  exported), the rest random/latest; Kuaishou exports may lack comment counts
  (comments_unknown) and some Instagram creators hide likes (likes_unknown).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import numpy as np

# ---------------------------------------------------------------------------------------------
# Platforms
# ---------------------------------------------------------------------------------------------
PLATFORMS = [
    "douyin",
    "rednote",
    "weibo",
    "bilibili",
    "kuaishou",
    "wechat_channels",
    "instagram",
    "tiktok",
    "youtube",
]
PLAT_W = [15.0, 14.0, 10.0, 8.0, 7.0, 6.0, 16.0, 13.0, 11.0]
ZH_PLATS = {"douyin", "rednote", "weibo", "bilibili", "kuaishou", "wechat_channels"}

# reach (views / followers) by platform, like rate per view, comments per like
REACH = {
    "douyin": 1.0,
    "kuaishou": 1.0,
    "tiktok": 1.2,
    "rednote": 1.0,
    "bilibili": 0.8,
    "weibo": 0.3,
    "wechat_channels": 0.7,
    "instagram": 0.6,
    "youtube": 0.5,
}
REACH_SD = {
    "douyin": 1.0,
    "kuaishou": 0.9,
    "tiktok": 1.1,
    "rednote": 1.05,
    "bilibili": 0.8,
    "weibo": 0.8,
    "wechat_channels": 0.9,
    "instagram": 0.6,
    "youtube": 0.8,
}
LIKE_R = {
    "douyin": 0.035,
    "kuaishou": 0.03,
    "tiktok": 0.08,
    "rednote": 0.05,
    "bilibili": 0.045,
    "weibo": 0.04,
    "wechat_channels": 0.02,
    "instagram": 0.10,
    "youtube": 0.035,
}
COMM_R = {
    "douyin": 0.045,
    "kuaishou": 0.06,
    "tiktok": 0.013,
    "rednote": 0.08,
    "bilibili": 0.06,
    "weibo": 0.2,
    "wechat_channels": 0.08,
    "instagram": 0.022,
    "youtube": 0.06,
}
SHARE_R = {
    "douyin": 0.08,
    "kuaishou": 0.05,
    "tiktok": 0.05,
    "rednote": 0.06,
    "bilibili": 0.05,
    "weibo": 0.25,
    "wechat_channels": 0.35,
    "instagram": 0.03,
    "youtube": 0.0,
}
SAVE_R = {
    "douyin": 0.1,
    "kuaishou": 0.0,
    "tiktok": 0.09,
    "rednote": 0.7,
    "bilibili": 0.2,
    "weibo": 0.0,
    "wechat_channels": 0.0,
    "instagram": 0.0,
    "youtube": 0.0,
}
TIER_REACH = {"tiny": 1.0, "koc": 0.6, "mid": 0.35, "macro": 0.18, "celeb": 0.06}
TIER_RANGE = {
    "tiny": (150, 3000),
    "koc": (2000, 50000),
    "mid": (50000, 500000),
    "macro": (500000, 5000000),
    "celeb": (5000000, 80000000),
}
FOLLOWING_NORM = {
    "douyin": (40, 600),
    "kuaishou": (30, 500),
    "rednote": (20, 400),
    "weibo": (100, 1500),
    "bilibili": (30, 600),
    "instagram": (150, 1500),
    "tiktok": (30, 800),
    "wechat_channels": None,
    "youtube": None,
}
# bracket emoji codes as the apps render them in exports
EMO_CODES = {
    "douyin": [
        "[赞]",
        "[比心]",
        "[捂脸]",
        "[666]",
        "[送心]",
        "[呲牙]",
        "[流泪]",
        "[玫瑰]",
        "[强壮]",
    ],
    "kuaishou": ["[赞]", "[玫瑰]", "[666]", "[鼓掌]", "[抱拳]", "[笑哭]"],
    "weibo": ["[doge]", "[允悲]", "[吃瓜]", "[二哈]", "[心]", "[笑cry]", "[赞]", "[哆啦A梦花心]"],
    "wechat_channels": [
        "[强]",
        "[玫瑰]",
        "[呲牙]",
        "[捂脸]",
        "[拥抱]",
        "[鼓掌]",
        "[爱心]",
        "[握手]",
    ],
    "bilibili": ["[doge]", "[笑哭]", "[妙啊]", "[打call]", "[脱单doge]", "[藏狐]", "[滑稽]"],
    "rednote": [
        "[派对R]",
        "[哭惹R]",
        "[萌萌哒R]",
        "[赞R]",
        "[笑哭R]",
        "[害羞R]",
        "[飞吻R]",
        "[氪金R]",
    ],
}

# ---------------------------------------------------------------------------------------------
# Categories: subjects, aspects, questions (zh / en), adjectives, products and claims
# ---------------------------------------------------------------------------------------------
CATS = {
    "beauty": dict(
        zs=[
            "这支口红",
            "这个眼影盘",
            "新出的粉底液",
            "今天的妆",
            "这款精华",
            "这个腮红",
            "这支防晒",
            "这套护肤流程",
            "这瓶卸妆油",
            "这款气垫",
        ],
        za=[
            "色号",
            "质地",
            "持妆",
            "显色度",
            "妆效",
            "包装",
            "肤感",
            "控油效果",
            "成分",
            "性价比",
            "底妆",
            "眼妆",
        ],
        zq=[
            "黄黑皮能用吗",
            "敏感肌可以用吗",
            "干皮会卡粉吗",
            "是哪个色号呀",
            "多少钱入的",
            "在哪买的",
            "会闷痘吗",
            "油皮夏天扛得住吗",
            "孕妇能用吗",
            "会氧化吗",
        ],
        zadj=["好看", "显白", "高级", "温柔", "绝"],
        es=[
            "this lipstick",
            "the eyeshadow palette",
            "this foundation",
            "today's look",
            "this serum",
            "the blush",
            "this sunscreen",
            "your skincare routine",
            "this cleansing balm",
            "the cushion",
        ],
        ea=[
            "shade",
            "texture",
            "wear time",
            "pigment",
            "finish",
            "packaging",
            "formula",
            "coverage",
            "ingredients",
            "price point",
            "base",
            "eye look",
        ],
        eq=[
            "would this work on oily skin?",
            "what shade are you wearing?",
            "is it ok for sensitive skin?",
            "does it oxidize?",
            "where did you get it?",
            "does it transfer?",
            "how long does it last?",
            "is it cruelty free?",
            "any dupes for this?",
            "does it work on mature skin?",
        ],
        eadj=["gorgeous", "stunning", "so pretty", "flawless"],
    ),
    "fashion": dict(
        zs=[
            "这套穿搭",
            "这件大衣",
            "这条裙子",
            "这双鞋",
            "这个包",
            "今天的ootd",
            "这件针织衫",
            "这条牛仔裤",
        ],
        za=["配色", "版型", "面料", "质感", "搭配", "剪裁", "颜色", "细节", "廓形"],
        zq=[
            "求链接",
            "身高体重多少呀",
            "小个子能穿吗",
            "会起球吗",
            "穿的什么码",
            "梨形身材适合吗",
            "哪家店的",
            "会不会透",
        ],
        zadj=["好看", "显瘦", "高级", "有气质", "绝"],
        es=[
            "this outfit",
            "that coat",
            "the dress",
            "these boots",
            "the bag",
            "today's fit",
            "this sweater",
            "those jeans",
        ],
        ea=[
            "colour combo",
            "fit",
            "fabric",
            "styling",
            "silhouette",
            "tailoring",
            "layering",
            "details",
        ],
        eq=[
            "where's the top from?",
            "what size are you wearing?",
            "is it true to size?",
            "would this work for petites?",
            "link please?",
            "does it wrinkle easily?",
            "is it see-through?",
            "how tall are you?",
        ],
        eadj=["so chic", "gorgeous", "so cute", "effortless"],
    ),
    "food": dict(
        zs=[
            "这家火锅",
            "这道红烧肉",
            "这碗牛肉面",
            "这个蛋糕",
            "这家烧烤",
            "这份早餐",
            "这锅酸菜鱼",
            "这家咖啡店",
            "这个螺蛳粉",
        ],
        za=["口感", "汤底", "火候", "摆盘", "分量", "味道", "配料", "价格", "酱汁"],
        zq=[
            "在哪家店呀",
            "人均多少",
            "要排队吗",
            "辣不辣",
            "空气炸锅能做吗",
            "面粉用的什么",
            "可以外卖吗",
            "几点开门",
        ],
        zadj=["香", "馋人", "好吃", "下饭", "诱人"],
        es=[
            "this ramen spot",
            "the lasagna",
            "this sourdough",
            "the cake",
            "this taco place",
            "the brunch",
            "this curry",
            "the coffee shop",
        ],
        ea=[
            "texture",
            "broth",
            "seasoning",
            "plating",
            "portion size",
            "flavour",
            "crust",
            "price",
            "sauce",
        ],
        eq=[
            "what's the address?",
            "can I use an air fryer?",
            "how spicy is it?",
            "is it vegan?",
            "what flour did you use?",
            "do they take reservations?",
            "can I freeze it?",
            "how long did it take?",
        ],
        eadj=["delicious", "so good", "mouthwatering", "incredible"],
    ),
    "travel": dict(
        zs=["大理", "这家民宿", "这条徒步路线", "新疆", "这个海岛", "川西", "京都", "这家酒店"],
        za=["风景", "拍照机位", "行程安排", "路线", "住宿", "天气", "交通", "预算", "光线"],
        zq=[
            "几月份去的",
            "要提前预约吗",
            "自驾还是报团",
            "带老人方便吗",
            "住的哪家呀",
            "大概花了多少",
            "会高反吗",
            "人多吗",
        ],
        zadj=["美", "出片", "治愈", "震撼", "惬意"],
        es=[
            "Lisbon",
            "this hotel",
            "the hike",
            "Iceland",
            "this island",
            "the Dolomites",
            "Kyoto",
            "this Airbnb",
        ],
        ea=[
            "views",
            "itinerary",
            "photo spots",
            "route",
            "accommodation",
            "weather",
            "getting around",
            "budget",
            "light",
        ],
        eq=[
            "what month did you go?",
            "do you need to book ahead?",
            "is it kid friendly?",
            "how many days would you recommend?",
            "how much did it cost?",
            "is it crowded?",
            "did you rent a car?",
            "where did you stay?",
        ],
        eadj=["breathtaking", "stunning", "dreamy", "unreal"],
    ),
    "tech": dict(
        zs=[
            "这台手机",
            "新款平板",
            "这副耳机",
            "这台笔记本",
            "这块手表",
            "这个键盘",
            "这台相机",
            "扫地机器人",
        ],
        za=["续航", "屏幕", "拍照", "性能", "降噪", "手感", "散热", "系统", "做工"],
        zq=[
            "续航怎么样",
            "学生党值得入吗",
            "发热严重吗",
            "和上一代比升级大吗",
            "打游戏卡吗",
            "哪里买便宜",
            "能用多久",
            "有没有优惠",
        ],
        zadj=["香", "酷", "丝滑", "能打", "强"],
        es=[
            "this phone",
            "the new tablet",
            "these earbuds",
            "this laptop",
            "the watch",
            "this keyboard",
            "the camera",
            "this robot vacuum",
        ],
        ea=[
            "battery life",
            "display",
            "camera",
            "performance",
            "noise cancelling",
            "build quality",
            "thermals",
            "software",
            "design",
        ],
        eq=[
            "how's the battery life?",
            "is it worth upgrading from last year's?",
            "does it get hot?",
            "good for gaming?",
            "any deals on it?",
            "how does it compare to the Pixel?",
            "what case is that?",
            "is it worth it for students?",
        ],
        eadj=["sleek", "impressive", "so clean", "solid"],
    ),
    "fitness": dict(
        zs=[
            "这套练背动作",
            "这个减脂餐",
            "这组腹肌训练",
            "这个跑步计划",
            "这套拉伸",
            "增肌计划",
            "这个HIIT",
            "这套臀腿训练",
        ],
        za=["动作", "强度", "节奏", "发力", "饮食", "热量", "频率", "效果", "呼吸"],
        zq=[
            "每天练多久",
            "膝盖不好能练吗",
            "新手能跟吗",
            "饮食怎么控制的",
            "练了多久有效果",
            "一周练几次",
            "需要器械吗",
            "经期能练吗",
        ],
        zadj=["燃", "专业", "实用", "有效"],
        es=[
            "this back workout",
            "the meal prep",
            "this ab routine",
            "your running plan",
            "this stretch routine",
            "the bulk",
            "this HIIT session",
            "leg day",
        ],
        ea=[
            "form",
            "intensity",
            "pacing",
            "progression",
            "macros",
            "calories",
            "frequency",
            "results",
            "breathing",
        ],
        eq=[
            "how many days a week?",
            "is this ok for bad knees?",
            "beginner friendly?",
            "what's your protein intake?",
            "how long until you saw results?",
            "do I need equipment?",
            "sets and reps?",
            "what shoes are those?",
        ],
        eadj=["intense", "so effective", "solid", "brutal"],
    ),
    "parenting": dict(
        zs=[
            "宝宝辅食",
            "这个绘本",
            "这个早教玩具",
            "这款推车",
            "宝宝睡觉",
            "幼小衔接",
            "这个儿童餐",
            "带娃出门",
        ],
        za=["做法", "材料", "安全性", "搭配", "营养", "方法", "细节", "价格"],
        zq=[
            "宝宝多大了",
            "几个月开始加的",
            "这个哪里买",
            "会不会过敏",
            "一岁能吃吗",
            "怎么哄睡的",
            "二胎也适用吗",
            "有推荐的吗",
        ],
        zadj=["实用", "贴心", "有用", "可爱"],
        es=[
            "baby-led weaning",
            "this picture book",
            "the toddler toy",
            "this stroller",
            "the bedtime routine",
            "potty training",
            "the kids' lunch",
            "traveling with kids",
        ],
        ea=["recipe", "materials", "safety", "age range", "nutrition", "method", "tips", "price"],
        eq=[
            "how old is your little one?",
            "when did you start?",
            "where did you get it?",
            "any allergy concerns?",
            "ok for a 1 year old?",
            "how do you get them to nap?",
            "does it work with twins?",
            "any other recommendations?",
        ],
        eadj=["so helpful", "adorable", "genius", "practical"],
    ),
    "pets": dict(
        zs=["猫猫", "这只柯基", "狗狗", "这款猫粮", "这个猫爬架", "小仓鼠", "这只布偶", "这只金毛"],
        za=["毛色", "表情", "性格", "伙食", "体型", "眼神", "小动作", "胖瘦"],
        zq=[
            "几岁了呀",
            "什么品种",
            "吃的什么粮",
            "绝育了吗",
            "掉毛多吗",
            "叫什么名字",
            "哪里领养的",
            "会拆家吗",
        ],
        zadj=["可爱", "萌", "乖", "胖乎乎"],
        es=[
            "your cat",
            "this corgi",
            "the pup",
            "this cat food",
            "the cat tree",
            "the hamster",
            "this ragdoll",
            "the golden",
        ],
        ea=["fur", "face", "personality", "diet", "size", "eyes", "zoomies", "little paws"],
        eq=[
            "how old is he?",
            "what breed?",
            "what food do you use?",
            "does she shed a lot?",
            "what's his name?",
            "where did you adopt?",
            "is he always this chill?",
            "does he get along with other pets?",
        ],
        eadj=["adorable", "precious", "so cute", "majestic"],
    ),
    "gaming": dict(
        zs=["这把", "这个阵容", "新版本", "这个boss", "这波操作", "这套出装", "这关", "新角色"],
        za=["操作", "意识", "阵容", "出装", "走位", "配队", "细节", "手法"],
        zq=[
            "这把什么段位",
            "怎么过的这关",
            "出装顺序是啥",
            "手机还是电脑",
            "新手怎么练",
            "抽了多少发",
            "配队怎么配",
            "键位设置能分享吗",
        ],
        zadj=["秀", "猛", "强", "离谱"],
        es=[
            "that clutch",
            "this build",
            "the new patch",
            "this boss fight",
            "the speedrun",
            "this loadout",
            "that level",
            "the new character",
        ],
        ea=[
            "aim",
            "game sense",
            "build",
            "positioning",
            "team comp",
            "movement",
            "timing",
            "mechanics",
        ],
        eq=[
            "what rank is this?",
            "what's your sens?",
            "controller or mouse?",
            "what build order?",
            "how many pulls?",
            "any tips for beginners?",
            "what settings do you use?",
            "how long did this take?",
        ],
        eadj=["insane", "clean", "cracked", "nuts"],
    ),
    "finance": dict(
        zs=[
            "这只基金",
            "定投",
            "理财规划",
            "存钱方法",
            "这个记账法",
            "提前还房贷",
            "指数基金",
            "年终奖规划",
        ],
        za=["收益", "风险", "思路", "方法", "数据", "逻辑", "配置", "复利"],
        zq=[
            "现在上车还来得及吗",
            "定投选哪个",
            "月薪五千怎么存",
            "提前还款划算吗",
            "有什么书推荐",
            "风险大吗",
            "新手从哪开始",
            "收益怎么算的",
        ],
        zadj=["清晰", "实用", "透彻", "靠谱"],
        es=[
            "this ETF",
            "dollar-cost averaging",
            "the budget plan",
            "your savings method",
            "this spreadsheet",
            "paying off the mortgage",
            "index funds",
            "the emergency fund",
        ],
        ea=[
            "returns",
            "risk",
            "reasoning",
            "method",
            "numbers",
            "logic",
            "allocation",
            "compounding",
        ],
        eq=[
            "is it too late to start?",
            "which broker do you use?",
            "what about a Roth IRA?",
            "is it better to pay off debt first?",
            "any book recommendations?",
            "how risky is this?",
            "where should beginners start?",
            "how did you calculate that?",
        ],
        eadj=["clear", "practical", "eye-opening", "solid"],
    ),
    "home": dict(
        zs=[
            "这个客厅",
            "出租屋改造",
            "这个收纳",
            "这个厨房",
            "这个沙发",
            "卧室布置",
            "这盏灯",
            "阳台花园",
        ],
        za=["配色", "布局", "收纳", "灯光", "材质", "风格", "细节", "预算"],
        zq=[
            "这个柜子哪里买的",
            "租房能弄吗",
            "多少平呀",
            "花了多少钱",
            "地板是什么颜色",
            "窗帘链接有吗",
            "好打理吗",
            "墙漆什么色号",
        ],
        zadj=["温馨", "好看", "治愈", "高级"],
        es=[
            "this living room",
            "the rental makeover",
            "the storage hack",
            "this kitchen",
            "the sofa",
            "the bedroom setup",
            "this lamp",
            "the balcony garden",
        ],
        ea=[
            "colour palette",
            "layout",
            "storage",
            "lighting",
            "materials",
            "style",
            "details",
            "budget",
        ],
        eq=[
            "where is the shelf from?",
            "is this renter friendly?",
            "what's the paint colour?",
            "how much did it cost?",
            "what's the square footage?",
            "link to the rug?",
            "is it easy to clean?",
            "where did you get the curtains?",
        ],
        eadj=["so cozy", "beautiful", "dreamy", "so clean"],
    ),
    "education": dict(
        zs=[
            "这个学习方法",
            "考研经验",
            "英语口语",
            "这套笔记",
            "时间管理",
            "雅思备考",
            "这本书",
            "这个Excel技巧",
        ],
        za=["方法", "思路", "笔记", "框架", "讲解", "例子", "逻辑", "节奏"],
        zq=[
            "适合零基础吗",
            "有资料吗",
            "每天学多久",
            "考了多少分",
            "有没有推荐的书",
            "在职能用吗",
            "这个app叫什么",
            "多久能见效",
        ],
        zadj=["实用", "清晰", "有用", "干"],
        es=[
            "this study method",
            "the exam prep",
            "speaking practice",
            "these notes",
            "time management",
            "IELTS prep",
            "this book",
            "the Excel trick",
        ],
        ea=[
            "method",
            "framework",
            "notes",
            "explanation",
            "examples",
            "structure",
            "logic",
            "pacing",
        ],
        eq=[
            "is this good for beginners?",
            "any resources you'd recommend?",
            "how many hours a day?",
            "what score did you get?",
            "which app is that?",
            "does this work for working adults?",
            "how long until it clicks?",
            "can you do one on statistics?",
        ],
        eadj=["so helpful", "clear", "brilliant", "useful"],
    ),
    "lifestyle": dict(
        zs=[
            "今天的vlog",
            "周末日常",
            "独居生活",
            "早起打卡",
            "下班后的生活",
            "这个视频",
            "租房日常",
            "通勤路上",
        ],
        za=["氛围", "节奏", "剪辑", "配乐", "画面", "心态", "状态", "日常"],
        zq=[
            "bgm是什么",
            "用什么剪的",
            "相机是什么型号",
            "几点起床的",
            "在哪个城市呀",
            "猫猫叫什么",
            "这个杯子哪里买的",
            "多久更一次呀",
        ],
        zadj=["治愈", "舒服", "有氛围", "真实"],
        es=[
            "today's vlog",
            "the weekend reset",
            "living alone",
            "the 5am routine",
            "your evening routine",
            "this skit",
            "the apartment tour",
            "the commute",
        ],
        ea=["vibe", "pacing", "editing", "music", "visuals", "mindset", "energy", "routine"],
        eq=[
            "what's the song?",
            "what do you edit with?",
            "what camera is this?",
            "what time do you wake up?",
            "what city is this?",
            "where's the mug from?",
            "how often do you post?",
            "what's the candle?",
        ],
        eadj=["so calming", "cozy", "aesthetic", "wholesome"],
    ),
    "entertainment": dict(
        zs=["新歌", "这个舞台", "新剧", "这段直播", "这组写真", "演唱会", "这支MV", "这期综艺"],
        za=["唱功", "舞台表现", "造型", "演技", "颜值", "live", "舞蹈", "状态"],
        zq=[
            "什么时候巡演",
            "新歌什么时候上线",
            "这套衣服是哪个牌子",
            "什么时候出专辑",
            "有直拍吗",
            "演唱会几号开票",
            "这是哪一期",
            "剧什么时候播",
        ],
        zadj=["帅", "美", "炸", "惊艳"],
        es=[
            "the new single",
            "this performance",
            "the new show",
            "the livestream",
            "this photoshoot",
            "the tour",
            "this MV",
            "the interview",
        ],
        ea=[
            "vocals",
            "stage presence",
            "styling",
            "acting",
            "visuals",
            "live vocals",
            "choreography",
            "energy",
        ],
        eq=[
            "when's the tour?",
            "when does the album drop?",
            "who designed the outfit?",
            "is there a fancam?",
            "when do tickets go on sale?",
            "which episode is this?",
            "when does it air?",
            "is there a behind the scenes?",
        ],
        eadj=["iconic", "stunning", "legendary", "unreal"],
    ),
}
CAT_NAMES = list(CATS)
ZH_VERB = {
    "beauty": ["买", "用", "试", "入"],
    "fashion": ["买", "穿", "入"],
    "food": ["吃", "去", "做"],
    "travel": ["去", "住"],
    "tech": ["买", "用", "入"],
    "fitness": ["练", "试"],
    "parenting": ["买", "试", "用"],
    "pets": ["买", "试"],
    "gaming": ["玩", "打"],
    "finance": ["买", "试"],
    "home": ["买", "弄"],
    "education": ["用", "试"],
    "lifestyle": ["试", "买"],
    "entertainment": ["看", "听"],
}
_PRICE = {"价格", "性价比", "预算", "price", "price point", "budget"}
for _c in CATS.values():
    _c["zaa"] = [a for a in _c["za"] if a not in _PRICE]
    _c["eaa"] = [a for a in _c["ea"] if a not in _PRICE]
CAT_W = [12, 9, 12, 8, 8, 6, 5, 6, 6, 4, 6, 6, 9, 3]

# ---------------------------------------------------------------------------------------------
# Name material
# ---------------------------------------------------------------------------------------------
ZH_N = [
    "鱼",
    "猫",
    "橙子",
    "桃子",
    "奶茶",
    "可乐",
    "月亮",
    "星星",
    "熊",
    "兔子",
    "芒果",
    "柚子",
    "西瓜",
    "饺子",
    "汤圆",
    "布丁",
    "饼干",
    "番茄",
    "土豆",
    "木木",
    "七七",
    "朵朵",
    "豆豆",
    "糖糖",
    "团子",
    "栗子",
    "椰子",
    "柠檬",
    "葡萄",
    "海盐",
    "晚风",
    "云朵",
    "山河",
    "小鹿",
    "鲸鱼",
    "狐狸",
    "麻薯",
    "年糕",
    "咸鱼",
    "橘子",
    "啵啵",
    "阿狸",
    "南风",
    "北北",
    "阿飞",
    "晴天",
    "夏夏",
    "一一",
    "安安",
    "乐乐",
    "苹果",
    "蘑菇",
    "烧麦",
]
ZH_ADJ = [
    "快乐的",
    "不想上班的",
    "爱吃",
    "努力的",
    "睡不醒的",
    "会发光的",
    "减肥中的",
    "暴躁的",
    "温柔的",
    "清醒的",
    "迷路的",
    "emo的",
    "想暴富的",
    "熬夜的",
    "佛系",
    "元气",
    "打工人",
    "摸鱼的",
    "今天也要",
    "一只",
]
ZH_SUR = [
    "林",
    "陈",
    "王",
    "李",
    "张",
    "刘",
    "杨",
    "赵",
    "黄",
    "周",
    "吴",
    "徐",
    "孙",
    "胡",
    "朱",
    "高",
    "何",
    "郭",
    "马",
    "罗",
]
ZH_GIV = [
    "小满",
    "一一",
    "子涵",
    "思雨",
    "浩然",
    "欣怡",
    "雨桐",
    "梓萱",
    "俊杰",
    "晓东",
    "婷婷",
    "佳琪",
    "文博",
    "悦悦",
    "嘉怡",
    "明轩",
    "若曦",
    "天佑",
    "晨曦",
    "诗涵",
    "建国",
    "秀英",
    "桂兰",
    "志强",
    "丽华",
    "国庆",
    "淑珍",
]
PINYIN = [
    "xiaoyu",
    "momo",
    "lulu",
    "xixi",
    "tiantian",
    "yaya",
    "jiajia",
    "zz",
    "wenwen",
    "dada",
    "nana",
    "qq",
    "haha",
    "linlin",
    "lele",
    "coco",
    "yoyo",
    "kiki",
    "ann",
    "miao",
    "xiaobai",
    "ahua",
    "dudu",
    "mimi",
]
EN_FIRST = [
    "jess",
    "mike",
    "sarah",
    "emma",
    "chris",
    "alex",
    "sam",
    "olivia",
    "liam",
    "noah",
    "ava",
    "mia",
    "jake",
    "lily",
    "zoe",
    "ryan",
    "kate",
    "dan",
    "nina",
    "maya",
    "leo",
    "tom",
    "grace",
    "ella",
    "ben",
    "chloe",
    "josh",
    "amy",
    "luke",
    "sophie",
    "jay",
    "priya",
    "raj",
    "ana",
    "carlos",
    "kim",
    "tyler",
    "hannah",
    "matt",
    "rachel",
    "jordan",
    "taylor",
    "megan",
    "kevin",
    "brianna",
    "diego",
]
EN_LAST = [
    "smith",
    "jones",
    "nguyen",
    "garcia",
    "brown",
    "lee",
    "wilson",
    "martin",
    "clark",
    "lopez",
    "kim",
    "patel",
    "wright",
    "hall",
    "young",
    "king",
    "scott",
    "green",
    "baker",
    "adams",
    "wong",
    "chen",
    "rivera",
    "turner",
    "reed",
    "cook",
    "bell",
    "murphy",
    "price",
    "hughes",
]
EN_WORDS = [
    "coffee",
    "wander",
    "sunny",
    "moon",
    "pixel",
    "cloud",
    "daily",
    "lazy",
    "wild",
    "urban",
    "golden",
    "tiny",
    "happy",
    "mellow",
    "cozy",
    "salty",
    "vintage",
    "indie",
    "plant",
    "book",
    "vibes",
    "life",
]


def _digits(r, a, b):
    return str(r.randint(10 ** (a - 1), 10**b - 1))


def zh_nick(r):
    x = r.random()
    if x < 0.18:
        return r.choice(ZH_ADJ) + r.choice(ZH_N)
    if x < 0.30:
        return r.choice(ZH_N) + r.choice(ZH_N)
    if x < 0.38:
        return r.choice(ZH_N) + r.choice(["不吃", "爱吃", "想吃", "和"]) + r.choice(ZH_N)
    if x < 0.50:
        return r.choice(ZH_SUR) + r.choice(ZH_GIV)
    if x < 0.58:
        return r.choice(ZH_N) + r.choice(
            ["酱", "呀", "吖", "本人", "同学", "er", "今天吃什么", "的日常"]
        )
    if x < 0.68:
        return r.choice(PINYIN) + _digits(r, 2, 4)
    if x < 0.74:
        return r.choice(["是", "叫我", "我是"]) + r.choice(ZH_N) + r.choice(["呀", "", "啊"])
    if x < 0.82:
        return r.choice(
            ["Momo", "Luna", "Coco", "Kiki", "Yuki", "Amber", "Lemon", "Sunny", "Echo", "Vivi"]
        ) + r.choice(ZH_N)
    if x < 0.88:
        return r.choice(ZH_N) + r.choice(["", "_", "·"]) + r.choice(PINYIN)
    if x < 0.94:
        return (
            r.choice(ZH_SUR)
            + r.choice(["先生", "女士", "老师", "阿姨", "大叔", "小姐"])
            + r.choice(["", "", str(r.randint(1, 99))])
        )
    return r.choice(ZH_ADJ) + r.choice(ZH_SUR) + r.choice(ZH_GIV)


def default_name(plat, r):
    if plat == "rednote":
        return "小红薯" + f"{r.getrandbits(32):08X}"
    if plat in ("douyin", "weibo"):
        return "用户" + _digits(r, 10, 11)
    if plat == "bilibili":
        return "bili_" + _digits(r, 8, 11)
    if plat == "kuaishou":
        return "快手用户" + _digits(r, 10, 10)
    if plat == "wechat_channels":
        return "微信用户" + "".join(r.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(4))
    if plat == "tiktok":
        return "user" + _digits(r, 10, 13)
    if plat == "youtube":
        return "@user-" + "".join(
            r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(10)
        )
    return r.choice(EN_FIRST) + r.choice(["_", ".", ""]) + r.choice(EN_LAST) + _digits(r, 3, 5)


def en_user(r):
    x = r.random()
    f = r.choice(EN_FIRST)
    if x < 0.22:
        s = f + r.choice([".", "_", ""]) + r.choice(EN_LAST)
    elif x < 0.40:
        s = f + r.choice(["_", ".", ""]) + r.choice(EN_LAST) + str(r.randint(1, 99))
    elif x < 0.52:
        s = f + str(r.choice([r.randint(85, 99), r.randint(0, 12), r.randint(1985, 2008)]))
    elif x < 0.66:
        s = r.choice(EN_WORDS) + r.choice([".", "_", ""]) + f
    elif x < 0.76:
        s = r.choice(["the.", "its", "just", "not", "hey"]) + f + r.choice(["", "x", "_", "ie"])
    elif x < 0.88:
        s = (
            r.choice(EN_WORDS)
            + r.choice(["_", "."])
            + r.choice(EN_WORDS)
            + r.choice(["", str(r.randint(1, 999))])
        )
    else:
        s = f + r.choice(EN_LAST)[:1] + r.choice(["", "_", "__"]) + r.choice(EN_WORDS)
    return s


def creatorish_name(lang, cat, r):
    if lang == "zh":
        return r.choice(
            [
                zh_nick(r) + r.choice(["的日常", "的生活记录", "爱分享", "的小窝", "在努力"]),
                r.choice(ZH_N) + r.choice(["分享家", "种草机", "研究所", "日记", "小铺"]),
            ]
        )
    return r.choice(
        [
            r.choice(EN_FIRST)
            + "."
            + r.choice(
                ["creates", "eats", "travels", "styles", "lifts", "reads", "makes", "glows"]
            ),
            r.choice(["lifewith", "dailywith", "thisis", "hello"]) + r.choice(EN_FIRST),
            r.choice(EN_FIRST) + "_" + cat + r.choice(["", "_", "diaries", "life"]),
        ]
    )


def bot_name(plat, lang, r):
    x = r.random()
    if x < 0.45:
        return default_name(plat, r)
    if x < 0.7:
        if lang == "zh" and plat in ZH_PLATS:
            return (
                r.choice(PINYIN)
                + "".join(r.choice("abcdefghijkmnpqrstuvwxyz") for _ in range(r.randint(2, 5)))
                + _digits(r, 3, 6)
            )
        return r.choice(EN_FIRST) + r.choice(["_", ".", ""]) + r.choice(EN_LAST) + _digits(r, 4, 7)
    if x < 0.85:
        return "".join(
            r.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(r.randint(6, 10))
        ) + _digits(r, 2, 5)
    if lang == "zh":
        return zh_nick(r) + _digits(r, 4, 6)
    return en_user(r) + _digits(r, 4, 6)


# ---------------------------------------------------------------------------------------------
# Genuine comment text banks
# ---------------------------------------------------------------------------------------------
ZH_SHORT = [
    "好看",
    "绝了",
    "太美了吧",
    "爱了爱了",
    "救命",
    "好家伙",
    "绝绝子",
    "yyds",
    "冲",
    "蹲",
    "来了来了",
    "狠狠爱住",
    "已关注",
    "牛",
    "666",
    "真的假的",
    "离谱",
    "笑死",
    "啊啊啊啊",
    "好喜欢",
    "哇",
    "太可了",
    "真不错",
    "馋了",
    "学到了",
    "马住",
    "码住",
    "收藏了",
    "太真实了",
    "确实",
    "有道理",
    "好治愈",
    "可爱死了",
    "好酷",
    "我哭死",
    "破防了",
    "太强了",
    "好棒",
    "已三连",
    "呜呜呜",
    "笑不活了",
    "可以的",
    "妙啊",
    "好帅",
    "哇塞",
    "有被美到",
    "没毛病",
    "蚌埠住了",
    "上头了",
    "好有感觉",
    "我悟了",
    "已截图",
    "酸了",
    "羡慕",
    "心动了",
    "想要",
    "懂了",
    "好绝",
    "有点东西",
    "这也太",
    "不愧是你",
    "又学到了",
    "笑出声",
    "舒服了",
    "好真实",
    "服了",
    "爷青回",
    "谁懂啊",
    "家人们谁懂",
    "这谁顶得住",
    "我直接好家伙",
    "太会了",
    "好想要",
    "一整个爱住",
    "泪目",
    "DNA动了",
    "狠狠共鸣了",
    "是我想要的",
    "哈哈哈",
    "嘿嘿",
    "好耶",
    "不错不错",
    "厉害了",
    "卧槽",
    "我靠",
    "哇哦",
]
ZH_EMO = [
    "😂",
    "🤣",
    "😭",
    "😍",
    "🥰",
    "👍",
    "❤️",
    "💕",
    "🔥",
    "✨",
    "🙏",
    "😮",
    "🤔",
    "😅",
    "🥺",
    "👏",
    "😋",
    "🤤",
    "💪",
    "😆",
    "🙈",
    "😳",
]
ZH_TIME = [
    "凌晨两点",
    "上班摸鱼",
    "午休",
    "睡前",
    "地铁上",
    "下课",
    "吃饭的时候",
    "加班的时候",
    "半夜",
    "早上通勤",
]
ZH_REL = [
    "妈",
    "闺蜜",
    "男朋友",
    "对象",
    "室友",
    "同事",
    "老公",
    "老婆",
    "姐",
    "弟",
    "我家领导",
    "我妈",
]
ZH_RESULT = [
    "翻车了哈哈哈",
    "还挺成功",
    "我妈说好吃",
    "被夸了",
    "没有博主的好看",
    "手残党表示失败",
    "居然一次成功",
    "家人说一般般😂",
    "效果还行",
    "比想象中简单",
    "差点烧了厨房",
    "被同事问链接了",
]
ZH_OP_POS = [
    "真的好用",
    "确实不错",
    "回购好几次了",
    "一直在用",
    "没踩雷",
    "很值",
    "比想象中好",
    "挺惊喜的",
    "还可以",
]
ZH_OP_NEG = [
    "感觉一般",
    "有点踩雷",
    "不太适合我",
    "性价比不高",
    "有点贵",
    "我用着过敏了",
    "一般般吧",
    "排队太久了",
    "没那么神",
]
ZH_JOKE = [
    "钱包：你礼貌吗",
    "我的眼睛：会了 我的手：废了",
    "看饿了，现在凌晨一点",
    "这就是别人家的{s}吗",
    "已经在脑子里拥有了",
    "下辈子吧",
    "谁懂啊 评论区比视频还好看",
    "本来想学习结果看了半小时",
    "我宣布这是今年看到最{adj}的",
    "穷鬼的眼泪",
    "默默打开了购物车",
    "又是被种草的一天",
    "建议改名叫{s}天花板",
    "看完就去买了 谁拦都没用",
    "这个{a}我能吹一年",
    "我妈问我为什么对着手机笑",
    "一看就是有钱人的生活",
    "刷到这条说明我该睡了",
    "我也想要这样的生活呜呜",
    "这是能免费看的吗",
]
ZH_PREF_Q = [
    "",
    "",
    "",
    "请问",
    "想问下",
    "姐妹",
    "宝",
    "博主",
    "求问",
    "蹲一个",
    "弱弱问一句",
    "好奇",
    "所以",
]
ZH_REPLY = [
    "同问",
    "真的",
    "哈哈哈哈哈",
    "+1",
    "我也是",
    "不会吧",
    "我也想知道",
    "确实",
    "你说得对",
    "笑死",
    "对对对",
    "真的假的",
    "没错",
    "我也觉得",
    "哈哈哈哈你好懂",
    "楼上说的对",
    "一样",
    "是的",
    "好像是",
    "不是吧",
]
ZH_CREATOR = [
    "谢谢宝子💕",
    "哈哈哈哈是的",
    "是的呀～",
    "在主页置顶有写哦",
    "下期安排！",
    "谢谢喜欢🥰",
    "抱抱",
    "对的对的",
    "我也觉得！",
    "哈哈哈被你发现了",
    "好的收到～",
    "可以的",
    "链接在橱窗哦",
    "写在正文啦",
    "你也太懂了",
    "记下了，会改进的",
    "感谢支持🙏",
    "哈哈哈哈哈",
    "就是普通的{a}哈哈",
    "爱你❤️",
    "哈哈哈你好可爱",
    "下次一定",
    "有的有的",
    "不是广告哈哈，自费的",
    "{a}确实要注意",
    "对 就是{s}",
    "看情况哈",
    "嗯嗯 慢慢来",
    "谢谢老铁",
    "我也不知道哈哈哈",
    "这个问题问得好",
    "真的！",
    "好的好的",
    "已更新在合集里",
]
ZH_LONG_ROLE = ["作为一个{x}", "我自己是{x}", "{x}路过"]
ZH_ROLE = {
    "beauty": ["干敏皮", "混油皮", "彩妆师"],
    "food": ["厨师", "吃货", "在餐厅打过工的"],
    "tech": ["程序员", "数码爱好者", "搞硬件的"],
    "finance": ["在银行工作的", "理财小白", "做会计的"],
    "education": ["老师", "在读研究生", "刚上岸的"],
    "fitness": ["健身教练", "跑了三年步的", "康复师"],
    "parenting": ["两个娃的妈", "儿科护士", "新手爸爸"],
    "travel": ["导游", "去过三次的", "本地人"],
    "home": ["设计师", "刚装修完的", "租房党"],
    "pets": ["宠物医生", "养了三只猫的", "救助站志愿者"],
    "gaming": ["老玩家", "主播", "国服玩家"],
    "fashion": ["服装设计专业的", "小个子", "梨形身材的"],
    "lifestyle": ["独居三年的", "打工人", "同城的"],
    "entertainment": ["老粉", "路人", "学音乐的"],
}
ZH_LONG_END = [
    "，仅供参考",
    "。大家理性看待",
    "，个人经验哈",
    "",
    "。希望对大家有帮助",
    "，不喜勿喷",
    "～",
]
ZH_BILI = [
    "{m}:{ss} 这里笑死",
    "前方高能",
    "下次一定（",
    "（狗头）",
    "一键三连了",
    "up主更新辛苦了",
    "来了来了，第一次这么前排",
    "{m}:{ss} 的{a}绝了",
    "弹幕护体",
    "已投币",
    "这期质量太高了吧",
    "催更催更",
    "看完了才发现四十分钟过去了",
]
ZH_DOUYIN = [
    "求bgm",
    "评论区的人才好多",
    "刷了三遍",
    "拍得好有感觉",
    "同城的来报道",
    "@抖音小助手",
    "这个滤镜是什么",
    "这个视频我能看一百遍",
    "来看评论区的",
    "喜欢这种风格的视频",
]

EN_SHORT = [
    "omg",
    "obsessed",
    "this is so good",
    "love this",
    "wow",
    "stunning",
    "so pretty",
    "need this",
    "yesss",
    "lol",
    "lmao",
    "I'm crying",
    "so cute",
    "this!!",
    "literally me",
    "the way I screamed",
    "goals",
    "iconic",
    "why is this so satisfying",
    "chef's kiss",
    "mood",
    "not me saving this",
    "slay",
    "ate",
    "this is so real",
    "bro what",
    "insane",
    "sheesh",
    "no way",
    "so underrated",
    "cute!",
    "gorgeous",
    "yum",
    "adorable",
    "facts",
    "big mood",
    "amazing",
    "hahaha",
    "dead",
    "ugh I love this",
    "bookmarked",
    "same",
    "perfect",
    "the vibes",
    "wait this is genius",
    "so helpful",
    "thank you for this",
    "finally someone said it",
    "I needed this today",
    "this popped up at the right time",
    "ok I'm sold",
    "underrated creator",
    "you're so talented",
    "manifesting",
    "low key want this",
    "instant follow",
    "living for this",
    "screaming",
    "okay but why is this me",
    "W",
    "the ending tho",
    "ngl this is fire",
    "who else is watching at 2am",
    "this made my day",
    "haha love it",
]
EN_EMO = [
    "😂",
    "😭",
    "😍",
    "🥰",
    "🔥",
    "❤️",
    "✨",
    "🙌",
    "💀",
    "👏",
    "😮",
    "🤔",
    "🥺",
    "💯",
    "😋",
    "🤤",
    "💪",
    "🫶",
    "🙏",
]
EN_TIME = ["2am", "work", "my lunch break", "3am", "class", "the gym", "my commute", "midnight"]
EN_REL = [
    "mom",
    "sister",
    "bf",
    "gf",
    "best friend",
    "roommate",
    "husband",
    "wife",
    "coworker",
    "brother",
]
EN_RESULT = [
    "it actually worked",
    "it was a disaster lol",
    "my family loved it",
    "mine looked nothing like yours haha",
    "it turned out pretty good",
    "I messed up step 2",
    "10/10 would do again",
    "my kids ate it all",
]
EN_OP_POS = [
    "it's so worth it",
    "honestly love it",
    "I've repurchased it twice",
    "it holds up",
    "no regrets",
    "better than expected",
]
EN_OP_NEG = [
    "it was just ok for me",
    "kinda overrated tbh",
    "didn't work for me",
    "a bit pricey",
    "broke me out",
    "meh",
]
EN_JOKE = [
    "my bank account is crying",
    "me pretending I'll actually do this",
    "the algorithm knows me too well",
    "POV: you're broke but you have taste",
    "adding this to the list of things I'll never do",
    "not the {s} 💀",
    "me watching this instead of sleeping",
    "my wallet just left the chat",
    "this is my sign",
    "ok but who's paying",
    "I showed this to my {rel} and now we're obsessed",
    "my screen time is a crime",
    "this is the content I signed up for",
]
EN_PREF_Q = [
    "",
    "",
    "",
    "wait ",
    "omg ",
    "sorry if this was asked already but ",
    "anyone know ",
    "quick q, ",
    "hey! ",
]
EN_REPLY = [
    "same",
    "right?!",
    "lol same",
    "this",
    "+1",
    "fr",
    "I was thinking the same",
    "no way",
    "haha yes",
    "agreed",
    "exactly",
    "lmaooo",
    "you're so right",
    "wait really?",
    "this reply 😂",
    "I had the same question",
]
EN_CREATOR = [
    "Thank you so much!! 🥰",
    "haha yes!",
    "Link in bio!",
    "Working on it!",
    "You're the best ❤️",
    "Right?! 😂",
    "Thank you for watching!",
    "Good question, I'll cover it next week",
    "Appreciate you!",
    "lol exactly",
    "Sooo glad it helped!",
    "Yes it is!",
    "Not sponsored, just love it haha",
    "Hope you like it!",
    "💕💕",
    "Thanks friend!",
    "The {a} is everything, right?",
    "Yes! It's {s}",
    "it depends on your skin/body/setup honestly",
    "haha I wish",
    "will do!",
    "omg thank you",
    "ty!!",
    "I'll pin the details",
    "yes and no haha",
]
EN_LONG_ROLE = ["As a {x}, ", "Speaking as a {x}, ", "{x} here, "]
EN_ROLE = {
    "beauty": ["esthetician", "person with super dry skin", "makeup artist"],
    "food": ["line cook", "home baker", "foodie"],
    "tech": ["software engineer", "IT guy", "hardware nerd"],
    "finance": ["CPA", "financial planner", "recovering spender"],
    "education": ["teacher", "grad student", "tutor"],
    "fitness": ["personal trainer", "physio", "marathoner"],
    "parenting": ["mom of three", "pediatric nurse", "new dad"],
    "travel": ["tour guide", "local", "frequent flyer"],
    "home": ["interior designer", "renter", "DIYer"],
    "pets": ["vet tech", "foster mom", "dog trainer"],
    "gaming": ["day one player", "former pro", "casual gamer"],
    "fashion": ["stylist", "petite girl", "tailor"],
    "lifestyle": ["introvert", "fellow early riser", "night owl"],
    "entertainment": ["longtime fan", "musician", "dancer"],
}
EN_LONG_END = [
    ". Just my two cents",
    ". Anyway great video",
    "",
    ". Hope that helps someone",
    " lol",
    ". Thanks for making this",
]
EN_YT = [
    "{m}:{ss} had me dying",
    "who's here in 2025?",
    "the algorithm finally blessed me",
    "been watching since {k}k subs",
    "{m}:{ss} the {a} 🔥",
    "this channel is so underrated",
    "instant sub",
    "the editing keeps getting better",
    "watching this instead of studying",
    "came here from the shorts",
]
EN_TT = [
    "the way he/she just did that",
    "not me watching this at 3am",
    "POV: me",
    "💀💀",
    "this is so real",
    "bestie you ate",
    "the audio 😭",
    "why is this on my fyp",
    "ok but the ending",
    "sound name?",
    "part 2 please!!",
]

# formulaic genuine audiences ------------------------------------------------------------------
SIMPLE_ZH = [
    "好",
    "真好",
    "好好好",
    "赞",
    "赞赞赞",
    "支持",
    "老铁666",
    "双击666",
    "关注了",
    "主播辛苦了",
    "讲得好",
    "学习了",
    "谢谢老师",
    "👍👍",
    "好看好看",
    "真棒",
    "不错",
    "太好了",
    "厉害",
    "支持支持",
    "好听",
    "美",
    "👍",
    "加油",
    "顶",
    "优秀",
    "漂亮",
    "真好看",
    "太美了",
    "说得好",
    "有道理",
    "谢谢分享",
    "很好",
    "欣赏了",
    "问候老师",
    "早上好",
    "晚上好",
    "支持老铁",
    "来了",
    "老师好",
    "家人们好",
    "祝福",
    "点赞",
    "真实",
    "好美",
]
SIMPLE_EN = [
    "very nice",
    "nice video",
    "good job",
    "so beautiful",
    "wow",
    "nice sir",
    "very good information",
    "thank you mam",
    "I like it",
    "super",
    "beautiful mam",
    "nice work bro",
    "very nice video",
    "good",
    "nice",
    "wonderful",
    "so nice",
    "amazing video",
    "god bless you",
    "thank you sir",
    "very helpful video",
    "good work",
    "awesome",
    "love from {place}",
    "hello from {place}",
    "nice information",
    "beautiful",
    "excellent",
    "very good",
    "first comment",
    "nice one sister",
    "keep going",
    "I am your big fan",
    "very informative",
    "super video",
]
SIMPLE_PLACES = [
    "Nepal",
    "Pakistan",
    "India",
    "Bangladesh",
    "Nigeria",
    "Philippines",
    "Kenya",
    "Egypt",
    "Indonesia",
    "Brazil",
    "Vietnam",
]
GIVE_ZH = [
    "参与！{t}",
    "想要想要 {t}",
    "求中奖🙏 {t}",
    "{t} 冲",
    "参与抽奖 {t}",
    "许愿中一次{e}",
    "{t} 一起参加",
    "已关注已转发 {t}",
    "非酋求欧一次 {t}",
    "希望是我！{t}",
    "转发了 {t}",
    "锦鲤附体 {t}",
    "第一次参加抽奖 {t}",
    "好想要{s} {t}",
]
GIVE_EN = [
    "{t}",
    "{t} {t2}",
    "Done! {t}",
    "I'd love to win this! {t}",
    "Entered 🤞 {t}",
    "{t} we need this",
    "Pick me please 🙏 {t}",
    "Never won anything but here goes {t}",
    "{t} look!!",
    "Followed and shared! {t} {t2}",
    "would love this for my {rel} {t}",
]

# ---------------------------------------------------------------------------------------------
# Machine-written and fraud comment banks
# ---------------------------------------------------------------------------------------------
AI_ZH_OPEN = [
    "哇，",
    "太喜欢这期了！",
    "这篇真的太用心了！",
    "好棒的分享！",
    "看完真的很有收获！",
    "终于等到这期了！",
    "被{s}惊艳到了！",
    "绝了！",
    "好喜欢这种风格！",
    "{s}也太{adj}了吧！",
    "天哪，",
    "说真的，",
    "每次看博主的分享都很有收获！",
    "一口气看完了！",
    "这期内容质量好高！",
    "好用心的一期！",
    "刷到就停不下来了！",
    "必须给博主点个赞！",
    "哇塞，",
    "太赞了！",
    "真心觉得",
    "不得不说，",
    "{s}真的太戳我了！",
    "哇哦～",
]
AI_ZH_BODY = [
    "{a}处理得特别好",
    "{s}的{a}真的很出彩",
    "尤其是{a}的部分，讲得非常清楚",
    "{a}和{a2}都很在线",
    "整体{a}拿捏得恰到好处",
    "能看出博主在{a}上花了很多心思",
    "{a}的细节满满，看得出很用心",
    "{s}的{a}简直无可挑剔",
    "从{a}到{a2}都安排得明明白白",
    "{a}真的戳中我了",
    "{s}整体氛围感拉满",
    "{a}超级自然，一点都不突兀",
    "{a}讲解得简洁明了，一看就懂",
    "{s}看起来质感满满",
    "{a}搭配{a2}，相得益彰",
    "{s}的{a}给人一种很舒服的感觉",
    "{a}这一点真的说到心坎里了",
    "对{a}的分析特别到位",
    "{s}真的把{a}做到了极致",
]
AI_ZH_CLOSE = [
    "请问{q}？",
    "期待更多类似的分享～",
    "已收藏，慢慢学习！",
    "感谢博主的用心分享💕",
    "求出一期关于{a}的详细教程！",
    "支持博主，继续加油！",
    "马上去试试！",
    "已经安利给朋友了！",
    "干货满满，受益匪浅！",
    "真的很实用，已经收藏啦✨",
    "希望博主多多更新～",
    "学到了很多，谢谢分享！",
    "码住了，下次用得上！",
    "好想知道{q}",
    "太实用了，必须点赞！",
    "想问一下，{q}？",
    "期待下一期！",
    "爱了爱了～",
]
AI_ZH_SINGLE = [
    "{s}的{a}好绝啊",
    "这个{a}真的爱了",
    "{a}好高级呀",
    "想问问{q}",
    "{s}看着好舒服",
    "这期{a}讲得好清楚",
    "好喜欢{s}的{a}～",
    "{a}这块真的很用心了",
    "{s}真的{adj}",
    "{a}也太好了吧",
    "看完想去试试{s}了",
    "请问{q}呀",
]
AI_MIX = [
    "{s}真的好有feel！{a}超级nice✨",
    "Love这期！{s}的{a}好高级",
    "{a}真的绝，vibe感拉满～",
    "太有feel了，{s}的{a}很出彩！",
    "{s}好有质感，整体感觉很高级",
    "超级喜欢这个vibe，{a}也很在线👍",
    "Wow，{s}的{a}也太好看了吧！",
    "这个{a}真的so good，已收藏",
    "{s} is amazing！{a}处理得很好",
    "OMG 这个{a}好戳我，Thanks for sharing！",
    "Perfect！{s}的{a}无可挑剔💯",
]
AI_EN_OPEN = [
    "Wow,",
    "Absolutely love this!",
    "This is such a great post!",
    "What a stunning {s}!",
    "This is exactly what I needed today!",
    "Such a helpful breakdown!",
    "I'm obsessed with {s}!",
    "Okay, {s} {looks} incredible!",
    "Love the vibe here!",
    "This is pure gold!",
    "Such a refreshing take!",
    "Honestly, this is amazing!",
    "What a fantastic share!",
    "Love this so much!",
    "This made my day!",
    "Incredible work!",
    "This is seriously impressive!",
    "So inspiring!",
    "Absolutely stunning!",
    "What a gem!",
    "This is brilliant!",
]
AI_EN_BODY = [
    "The {a} is absolutely on point",
    "I love how you highlighted the {a}",
    "The attention to detail in the {a} really shows",
    "Your explanation of the {a} was super clear and easy to follow",
    "The {a} really makes {s} pop",
    "You can really tell how much thought went into the {a}",
    "The {a} and {a2} work so well together",
    "{S} {looks} absolutely amazing",
    "The way you balanced the {a} is next level",
    "Your take on {s} is so refreshing",
    "The {a} here is a total game-changer",
    "Everything about the {a} just works",
    "The {a} brings such a unique touch",
    "I really appreciate how you broke down the {a}",
    "{S} is such a great example of getting the {a} right",
]
AI_EN_CLOSE = [
    "Thanks for sharing! 🙌",
    "Can't wait to try this!",
    "Keep up the amazing work! 💯",
    "Quick question: {q}",
    "Saving this for later!",
    "Would love to see more content like this!",
    "This deserves way more views!",
    "You never disappoint! ✨",
    "Definitely bookmarking this!",
    "Looking forward to your next post!",
    "I'm curious, {q}",
    "So glad I came across this!",
    "Sending this to all my friends!",
    "Truly inspiring!",
    "Keep them coming!",
]
AI_EN_SINGLE = [
    "love how the {a} turned out",
    "ok the {a} is so good",
    "{s} {looks} amazing tbh",
    "wait {q}",
    "this {a} is everything",
    "really like the {a} here",
    "saving this, the {a} is perfect",
    "the {a} on this is so clean",
    "{s} is {adj}",
    "need to try {s} now",
    "the {a} though!!",
    "{q}",
]
AI_EMO = ["✨", "🙌", "💯", "🔥", "😍", "👏", "💕", "🌟", "👍", "🥰", "💖", "🙏", "❤️"]
# AI auto-comment subscription: formulaic keyword insertion
AUTO_ZH = [
    "关于{s}的分享太有价值了！",
    "这期{a}讲得太到位了👍",
    "很有见地的内容，{a}这部分尤其受用",
    "感谢分享{s}相关的干货！",
    "{s}这个话题太实用了，支持！",
    "博主对{a}的理解很专业！",
    "又是高质量的一期，{s}太棒了✨",
    "内容很用心，{a}很有启发",
    "非常精彩的{s}分享！",
    "学习了，{a}的思路很清晰",
]
AUTO_EN = [
    "Great insights on {s}! 🙌",
    "This is a fantastic perspective on the {a}!",
    "Love this content about {s}!",
    "Really valuable information on the {a}, thanks for sharing!",
    "Such a great post about {s}! 🔥",
    "Your {a} content is always top notch!",
    "Amazing work on {s}, keep it up! 💯",
    "Super helpful breakdown of the {a}!",
    "Fantastic {s} post, very well done!",
    "Really enjoyed this take on {s}! ✨",
]
# generic bot comments
BOT_ZH = [
    "好看",
    "赞",
    "支持",
    "不错",
    "666",
    "👍👍👍",
    "厉害",
    "加油",
    "真棒",
    "哈哈",
    "来了",
    "好",
    "[赞][赞]",
    "互粉",
    "关注了",
    "很好",
    "优秀",
    "🌹🌹🌹",
    "太好了",
    "真不错",
    "❤️❤️❤️",
    "👏👏",
    "棒棒哒",
    "好漂亮",
    "赞赞",
    "支持一下",
]
BOT_EN = [
    "Nice",
    "Nice pic!",
    "Great post!",
    "Awesome 🔥",
    "Amazing!!",
    "🔥🔥🔥",
    "😍😍",
    "Wow",
    "Cool",
    "Love it",
    "Beautiful",
    "Great content 👍",
    "Nice one",
    "Good",
    "Super",
    "❤️❤️❤️",
    "Great shot!",
    "Keep it up",
    "Perfect",
    "Lovely",
    "Nice 👍",
    "wow amazing",
    "👏👏👏",
    "Great job!",
    "So nice",
]
BOT_OFF = {
    "zh": ["狗狗好可爱", "这车真帅", "好吃", "衣服好看", "风景真美", "小姐姐好美"],
    "en": [
        "Beautiful dog!",
        "Nice car bro",
        "Great recipe",
        "Love your outfit",
        "Beautiful view",
        "Cute baby",
    ],
}

# product briefs for paid comment workers: (product, selling points) per category
PROD_ZH = {
    "beauty": [
        ("精华", ["用了一周皮肤亮了好多", "吸收特别快", "痘印淡了很多"]),
        ("口红", ["显白不挑皮", "持妆一整天", "不拔干"]),
        ("防晒", ["一点都不油腻", "上脸不搓泥", "敏感肌也没问题"]),
    ],
    "fashion": [
        ("外套", ["上身真的很显瘦", "版型超级正", "做工很精致"]),
        ("连衣裙", ["面料摸着很舒服", "显瘦又有气质", "不起球"]),
    ],
    "food": [
        ("螺蛳粉", ["味道很正宗", "一口气吃了两包", "料包很足"]),
        ("零食礼包", ["孩子超爱吃", "配料表很干净", "分量超足"]),
    ],
    "travel": [
        ("酒店", ["服务特别贴心", "位置很方便", "房间很干净"]),
        ("行李箱", ["轮子超静音", "很能装", "质量很好"]),
    ],
    "tech": [
        ("耳机", ["音质完全超出这个价位", "降噪效果很好", "续航真的顶"]),
        ("充电宝", ["充电特别快", "很轻便", "容量很足"]),
    ],
    "fitness": [
        ("蛋白粉", ["口感不齁甜", "很好冲开", "练完恢复快了很多"]),
        ("瑜伽垫", ["防滑效果很好", "没有异味", "厚度刚好"]),
    ],
    "parenting": [
        ("奶粉", ["宝宝喝了不上火", "很好冲调", "宝宝很爱喝"]),
        ("儿童水杯", ["材质很安全", "一点都不漏", "宝宝自己就会用"]),
    ],
    "pets": [
        ("猫粮", ["猫主子超爱吃", "毛色都亮了", "便便很正常"]),
        ("猫砂", ["除臭效果很好", "结团很快", "几乎没有粉尘"]),
    ],
    "gaming": [
        ("手柄", ["手感超级好", "延迟很低", "续航很久"]),
        ("电竞椅", ["坐一天腰都不累", "很稳", "安装很简单"]),
    ],
    "finance": [
        ("记账App", ["界面很清晰", "终于存下钱了", "用起来很方便"]),
        ("理财课", ["讲得通俗易懂", "小白也能听懂", "很实用"]),
    ],
    "home": [
        ("扫地机", ["家里干净多了", "很安静", "避障很聪明"]),
        ("香薰", ["味道很高级", "留香很久", "颜值很高"]),
    ],
    "education": [
        ("网课", ["讲得特别清楚", "提分很明显", "老师很负责"]),
        ("单词App", ["每天十分钟就够", "记得很牢", "界面很清爽"]),
    ],
    "lifestyle": [
        ("保温杯", ["保温效果很好", "颜值很高", "不漏水"]),
        ("香薰机", ["很安静", "睡眠都变好了", "颜值很高"]),
    ],
    "entertainment": [
        ("专辑", ["循环了一整天", "每首都好听", "质量很好"]),
        ("联名款", ["做工很精致", "颜值超高", "包装很用心"]),
    ],
}
PROD_EN = {
    "beauty": [
        (
            "serum",
            ["my skin has never looked better", "it absorbs so fast", "my dark spots are fading"],
        ),
        (
            "lip tint",
            ["the colour lasts all day", "it doesn't dry my lips", "it suits every skin tone"],
        ),
        (
            "sunscreen",
            [
                "it's not greasy at all",
                "it doesn't pill under makeup",
                "no irritation on my sensitive skin",
            ],
        ),
    ],
    "fashion": [
        (
            "coat",
            [
                "it's so flattering",
                "the quality is unreal for the price",
                "it goes with everything",
            ],
        ),
        ("dress", ["the fabric feels amazing", "it fits perfectly", "it doesn't wrinkle at all"]),
    ],
    "food": [
        (
            "snack box",
            [
                "my kids love it",
                "the ingredients are so clean",
                "I finished the whole box in a day",
            ],
        ),
        (
            "hot sauce",
            ["it goes on everything", "the flavour is incredible", "it's the perfect heat"],
        ),
    ],
    "travel": [
        (
            "hotel",
            ["the service was amazing", "the location is perfect", "the rooms were super clean"],
        ),
        (
            "suitcase",
            [
                "the wheels are so smooth",
                "it fits so much",
                "it survived three flights without a scratch",
            ],
        ),
    ],
    "tech": [
        (
            "earbuds",
            [
                "the sound quality is way above the price",
                "the noise cancelling is great",
                "the battery lasts forever",
            ],
        ),
        ("power bank", ["it charges super fast", "it's so light", "it lasts me a whole trip"]),
    ],
    "fitness": [
        (
            "protein powder",
            ["it actually tastes good", "it mixes so easily", "my recovery is so much faster"],
        ),
        ("yoga mat", ["it doesn't slip at all", "there's no smell", "the thickness is perfect"]),
    ],
    "parenting": [
        ("formula", ["there are no tummy troubles", "it mixes easily", "my baby loves it"]),
        (
            "sippy cup",
            [
                "there are no leaks at all",
                "the materials feel safe",
                "my toddler uses it on his own",
            ],
        ),
    ],
    "pets": [
        (
            "cat food",
            ["my cat is obsessed", "his coat is so shiny now", "his digestion is so much better"],
        ),
        ("litter", ["there's zero smell", "it clumps so well", "there's barely any dust"]),
    ],
    "gaming": [
        (
            "controller",
            ["it feels amazing in hand", "there's zero input lag", "the battery lasts forever"],
        ),
        (
            "gaming chair",
            [
                "I have no back pain after long sessions",
                "it's super sturdy",
                "it took ten minutes to assemble",
            ],
        ),
    ],
    "finance": [
        (
            "budgeting app",
            ["the interface is super clean", "I finally saved money", "it's so easy to use"],
        ),
        (
            "investing course",
            [
                "everything is explained so simply",
                "it's perfect for beginners",
                "it's so practical",
            ],
        ),
    ],
    "home": [
        (
            "robot vacuum",
            ["my floors have never been cleaner", "it's so quiet", "it never gets stuck"],
        ),
        (
            "candle",
            [
                "it smells so expensive",
                "the scent lasts for hours",
                "it looks beautiful on my shelf",
            ],
        ),
    ],
    "education": [
        (
            "online course",
            ["it's explained so clearly", "my scores went up", "the teacher is amazing"],
        ),
        (
            "flashcard app",
            ["ten minutes a day is enough", "the words actually stick", "the design is so clean"],
        ),
    ],
    "lifestyle": [
        ("tumbler", ["it keeps drinks hot all day", "it's so aesthetic", "it never leaks"]),
        ("diffuser", ["it's so quiet", "I sleep so much better", "it looks so nice"]),
    ],
    "entertainment": [
        (
            "album",
            ["I've had it on repeat all day", "every track is a bop", "the quality is great"],
        ),
        (
            "collab merch",
            ["the quality is amazing", "the design is so cute", "the packaging is so thoughtful"],
        ),
    ],
}
# paid comment workers
BRAND_ZH = [
    "柚见",
    "木槿集",
    "清屿",
    "森屿",
    "初研",
    "澄光",
    "麦芽岛",
    "白岩纪",
    "野莓社",
    "云栖",
    "拾光里",
    "沐禾",
]
BRAND_EN = [
    "GlowLab",
    "Lumiere",
    "Nordleaf",
    "Brightly",
    "Kova",
    "Vela",
    "Aurae",
    "PeakFuel",
    "Hearth&Co",
    "Solenne",
]
WORK_ZH = [
    "{b}的{p}真的好用！{c}",
    "已经下单了，{c}，期待到货",
    "回购第{n}次了，{c}",
    "求链接！看着就好{adj}",
    "跟着博主买的{p}，{c}，没踩雷",
    "{p}{c}，姐妹们冲",
    "刚收到货，{c}，好评",
    "被种草了，{b}{p}冲！",
    "用了{n}天，{c}，真心推荐",
    "{b}yyds！{c}",
    "我也在用{b}，{c}",
    "{p}已入，{c}，没想到效果这么好",
    "博主推荐的都好用，{c}",
    "终于等到{b}上新了！",
    "看完马上下单了{b}的{p}",
]
WORK_ZH_GEN = [
    "博主好真诚",
    "关注很久了，一直支持",
    "每条都很用心",
    "跟着博主买就对了",
    "这个博主是宝藏啊",
    "真实分享 支持",
    "内容好干 已关注",
    "终于刷到靠谱的博主了",
    "博主说的都是大实话",
    "看了好多期了 每期都有收获",
]
WORK_EN = [
    "Just ordered the {b} {p}! {c}",
    "I've been using the {p} for {n} weeks and {c}",
    "Where can I get this {p}?? looks {adj}",
    "Honestly {b} is the best, {c}",
    "Love {b}! {c}",
    "Been using {b} for a while, {c}",
    "Ordered because of you! {c}",
    "{b} {p} is a game changer, {c}",
    "Can confirm, {c}",
    "My {rel} got me the {p} and {c}",
]
WORK_EN_GEN = [
    "You're so genuine, love your content",
    "Always trust your recommendations",
    "Been following for ages, always honest reviews",
    "Finally a creator who tells the truth",
    "Your content is always so helpful",
]
# engagement pods / mutual-boost groups
POD_EN = [
    "This is absolutely gorgeous!! 😍",
    "Love this so much girl",
    "Obsessed with this look 🔥",
    "Such a beautiful shot hun",
    "Yes queen!! Saving this",
    "Omg this turned out so good",
    "Love the colours here ✨",
    "This is everything!!",
    "Need this in my life 🙌",
    "Great tips, thank you!",
    "Love {s} so much!!",
    "So so good, well done babe",
    "Wow wow wow this is stunning",
    "Such great content as always 💕",
    "Loving this feed so much",
    "This is so inspiring!!",
    "The {a} is perfect 😍",
    "Absolutely love this post!!",
]
POD_ZH = [
    "来啦宝贝💕",
    "姐妹好美 已赞",
    "互助互助",
    "赞了赞了 回我一下",
    "宝子来回访了",
    "好喜欢 已关注",
    "冲冲冲 一起加油",
    "抱团取暖～",
    "每天都来打卡",
    "{s}好好看",
    "来了来了 已赞藏",
    "宝 我来啦 记得回哦",
    "支持姐妹！",
    "已赞已藏已关注",
    "一起变好～",
    "好看！已三连",
    "姐妹的{a}好绝",
    "来啦～互相支持",
    "必须支持！",
    "每一篇都好用心",
]
# lure / funnel spam (disguised contact, resources)
LURE_REQ_ZH = [
    "求资料！",
    "想要+1",
    "怎么领取呀",
    "已关注 求发",
    "蹲一个资料",
    "dd",
    "滴滴",
    "求带",
    "怎么加入",
    "可以私我吗",
    "求一份",
    "已私",
    "想要想要",
    "1",
    "扣1了",
    "宝 求发",
    "想学 怎么联系",
    "资料还有吗",
]
LURE_ZH = [
    "加 V：{w}",
    "➕薇：{w}",
    "威❤：{w}",
    "🐧{qq}",
    "V❤ {w}",
    "扣扣 {qq}",
    "绿泡泡 {w}",
    "主页有惊喜😏",
    "看我简介",
    "资源在主页",
    "网盘资源 主页自取",
    "需要的来我主页",
    "私我领取福利",
    "兼职日结 私",
    "有需要的找我 {w}",
    "想要的看我头像",
    "⊕ {w} 备注来意",
    "全套资料 主页见",
    "同城的可以私聊",
    "带你做副业 {w}",
    "v x：{w}",
    "+ v ({w})",
]
LURE_EN = [
    "DM me 'GUIDE' 📩",
    "check my bio 💋",
    "I made $3k this week following @{h}, so legit",
    "Thanks to @{h} I finally got my account back",
    "@{h} is legit, just got my payout 🙏",
    "Message me for collab 💌",
    "Send it to @{h} 🔥",
    "Promote it on @{h}",
    "hey bestie check my page 😘",
    "c h e c k  m y  b i o",
    "my pics are on my page 😏",
    "earn from home, link in my bio",
    "@{h} helped me recover my crypto, highly recommend",
    "I was skeptical but @{h} really delivers",
]
LURE_CREATOR_ZH = [
    "已私～",
    "看主页",
    "私你了",
    "主页简介有",
    "扣1发你",
    "滴滴我",
    "已发，注意查收",
    "宝 看私信",
    "私信回复关键词",
]
LURE_CREATOR_EN = [
    "DM'd you!",
    "Check your DMs 📩",
    "Sent! 💌",
    "Link in bio 👆",
    "Just messaged you!",
]
TESTI_EN = [
    "@{c} changed my life, made my first $1k this month 🙏",
    "Been in {c}'s program 3 weeks, already up 40%",
    "Skeptical at first but {c} is the real deal",
    "Best mentor ever, thank you {c}!!",
    "Just got my withdrawal, thank you {c} ❤️",
    "Following {c}'s signals, never looked back",
]
# fan clubs
IDOL_ZH = ["林屿", "江辰", "沈星回", "许知夏", "顾念", "宋予", "陆川", "白鹿鸣", "叶澄", "周迟"]
IDOL_EN = ["Jae", "Mina", "Kai", "Luna", "Theo", "Rina", "Noah", "Sunny", "Jin", "Ari"]
WORK_TITLE = ["星河", "长夜", "晴空", "逆光", "归途", "心跳", "盛夏", "山海"]
FAN_RITUAL_ZH = [
    "打卡第{n}天，今天也很爱{i}",
    "早安{i}☀️",
    "晚安{i}🌙",
    "前排！",
    "沙发",
    "来了来了！",
    "{i}{i}闪闪发光✨",
    "{f}永远在！",
    "《{w}》大爆！",
    "{i}，我们陪你走花路🌸",
    "支持{i}，未来可期！",
    "{i}注意休息呀",
    "今天也是爱{i}的一天",
]
FAN_CONTROL_ZH = [
    "{i}在《{w}》中的表现细腻动人，每一个眼神都充满故事感，期待更多精彩作品！",
    "认真工作的{i}最有魅力，舞台上闪闪发光，舞台下温柔谦逊，{f}会一直陪着你！",
    "恭喜《{w}》收官！感谢{i}带来这么好的作品，未来也请多多指教！",
    "{i}的努力大家都看得到，每一次进步都值得被看见，继续加油！",
]
FAN_FREE_ZH = [
    "啊啊啊啊{i}好帅",
    "这个造型我可以",
    "哭了 好感动",
    "{i}的{a}真的绝",
    "这张图我存了",
    "谁懂这个眼神",
    "呜呜呜宝宝辛苦了",
    "好想去现场",
    "这是什么神仙颜值",
    "{i}今天也好可爱",
    "又是被{i}治愈的一天",
    "舞台好炸",
]
FAN_RITUAL_EN = [
    "Day {n} of telling {i} how proud we are 💜",
    "WE LOVE YOU {I} 💜",
    "{I} DESERVES THE WORLD",
    "Stream {w}!!!",
    "{f} forever 🫶",
    "First!!",
    "{i} ate and left no crumbs",
    "goodnight {i} 🌙",
    "{i} supremacy",
    "protect {i} at all costs",
]
FAN_CONTROL_EN = [
    "{i}'s performance in {w} was breathtaking. Every detail shows how much work went in. So proud!",
    "Congratulations on {w}, {i}! Your hard work and kindness inspire us every day. {f} will always be here 💜",
    "{i} keeps growing as an artist, the vocals and stage presence are unmatched. Can't wait for more!",
]
FAN_FREE_EN = [
    "I'm screaming {i} looks so good",
    "the {a} omg",
    "crying at this",
    "this pic is going in my gallery",
    "{i} you're so precious",
    "wish I was there!!",
    "how is this even real",
    "the visuals I can't",
    "this stage lives in my head rent free",
]


# ---------------------------------------------------------------------------------------------
# Small text helpers
# ---------------------------------------------------------------------------------------------
def _fill(t, ctx_words):
    try:
        return t.format(**ctx_words)
    except (KeyError, IndexError, ValueError):
        return t


def zh_tail(r, plat, p_emo=0.3):
    x = r.random()
    if x < p_emo:
        if plat in EMO_CODES and r.random() < 0.45:
            c = r.choice(EMO_CODES[plat])
            return c * r.choice([1, 1, 1, 2, 3])
        e = r.choice(ZH_EMO)
        return e * r.choice([1, 1, 2, 3])
    if x < p_emo + 0.25:
        return r.choice(
            ["！", "!", "！！", "～", "~", "...", "。", "？", "!!!", "哈哈", "哈哈哈哈", "呀", "啊"]
        )
    return ""


def en_tail(r, p_emo=0.3):
    x = r.random()
    if x < p_emo:
        return " " * r.choice([0, 1, 1]) + r.choice(EN_EMO) * r.choice([1, 1, 2, 3])
    if x < p_emo + 0.3:
        return r.choice(["!", "!!", "!!!", "...", "?", ".", " lol", " haha", " tbh", " fr"])
    return ""


def en_case(t, r):
    x = r.random()
    if x < 0.45:
        return t.lower()
    if x < 0.52:
        return t.upper()
    if x < 0.85 and t:
        return t[0].upper() + t[1:]
    return t


def zh_typo(t, r):
    if r.random() < 0.06:
        t = t.replace("的", "滴", 1) if r.random() < 0.5 else t.replace("的", "得", 1)
    if r.random() < 0.03:
        t = t.replace("在", "再", 1)
    return t


def en_typo(t, r):
    if len(t) > 6 and r.random() < 0.07:
        i = r.randint(1, len(t) - 2)
        if t[i].isalpha() and t[i + 1].isalpha():
            t = t[:i] + t[i + 1] + t[i] + t[i + 2 :]
    if r.random() < 0.08:
        t = t.replace("you", "u").replace("are", "r")
    return t


ZH_ANEC = [
    "我也{v}了{s}，{op}",
    "{time}刷到，{sh}",
    "跟着做了一次，{res}",
    "已经发给我{rel}了",
    "前几天刚{v2}，{op}",
    "我{rel}天天念叨{s}",
    "上次说的{a}我试了，{op}",
    "{s}我去年就{v}过，{op}",
    "看完立刻{v3}了",
    "评论区有没有{pl}的",
    "第一次刷到你就关注了",
    "本来不想买的 看完又心动了",
    "{s}在我收藏夹里躺了好久了",
    "我{rel}说{s}{op}",
    "{season}去的时候{a}没这么好",
    "{time}看到这个 饿了",
    "我们{pl}{op}",
    "坐标{city}，{sh}",
    "去年买过，{op}",
    "我家的{a}也是这样 哈哈哈",
    "有一说一 {op}",
]
ZH_ANEC_G = [
    "{time}刷到，{sh}",
    "已经发给我{rel}了",
    "我{rel}天天念叨{s}",
    "上次说的{a}我试了，{op}",
    "看完立刻{v3}了",
    "评论区有没有{pl}的",
    "第一次刷到你就关注了",
    "{s}在我收藏夹里躺了好久了",
    "{time}看到这个 笑死",
    "坐标{city}，{sh}",
    "我们{pl}太懂了",
    "有一说一 {a}{op}",
    "我家的{a}也是这样 哈哈哈",
    "这期和我{rel}一起看的",
    "去年这个时候我也在纠结{a}",
]
PRODUCTISH = {"beauty", "fashion", "tech", "food", "parenting", "pets", "home", "fitness", "travel"}
ZH_CITY = [
    "成都",
    "杭州",
    "北京",
    "上海",
    "广州",
    "深圳",
    "武汉",
    "西安",
    "长沙",
    "重庆",
    "南京",
    "厦门",
    "青岛",
    "沈阳",
    "昆明",
]
ZH_OPIN = [
    "说实话{s}的{a}一般",
    "{a}有点翻车吧",
    "感觉{a}不如上一次",
    "这个价格不如买别的",
    "没有滤镜会是这样吗🤔",
    "广告吧这是",
    "恰饭了？",
    "又恰饭",
    "不是很懂为什么火",
    "有点夸张了",
    "别买，我踩过雷",
    "{a}还行，{a2}一般",
    "个人觉得{s}{opn}",
    "我觉得{a}还能再好点",
    "求求别再推{s}了",
    "滤镜太重了吧",
    "实物没这么好看",
    "真的有这么好吗 我不信",
]
ZH_PRAISE = [
    "{a}绝了",
    "这个{a}我好爱",
    "{s}也太{adj}了吧",
    "{a}好{adj}啊",
    "{s}看着就{adj}",
    "爱死这个{a}了",
    "{a}yyds",
    "{s}真的{adj}到我了",
    "好喜欢{a}",
    "这个{a}是真的可以",
    "{s}好{adj}",
    "被{a}狠狠拿捏了",
    "{a}也太会了吧",
]
ZH_MENTION = [
    "@{f} 快看",
    "@{f} 下次一起去",
    "@{f} 你要的{s}",
    "@{f} 这不就是你吗哈哈哈",
    "@{f} @{f2} 冲",
    "@{f} 周末安排",
    "@{f} 看看人家",
    "@{f} 学学",
    "@{f} 给你找到了",
]
ZH_MIX_G = [
    "这个look好chic",
    "太cute了吧",
    "vibe好好",
    "好想去 so pretty",
    "OMG {s}",
    "{s}真的很nice",
    "{a}好有feel",
    "救命 好emo",
    "这个{a}很可以 nice",
    "被{s}种草了 好心动 love",
]
EN_ANEC = [
    "I tried this last week and {res}",
    "my {rel} does the exact same thing lol",
    "watching this at {time}",
    "just sent this to my {rel}",
    "bought {s} because of you and {op}",
    "we went last summer, {op}",
    "been following since your first posts and this might be my favourite",
    "ok I'm definitely trying {s} this weekend",
    "I've had {s} for a month now, {op}",
    "my {rel} and I were literally talking about this yesterday",
    "the {a} reminds me of my grandma's",
    "tried it, {res}",
    "I'm from {city} and {op}",
    "saw this at {time} and had to comment",
    "this is the third time I've watched this",
]
EN_ANEC_G = [
    "my {rel} does the exact same thing lol",
    "watching this at {time}",
    "just sent this to my {rel}",
    "been following since your first posts and this might be my favourite",
    "my {rel} and I were literally talking about this yesterday",
    "I'm from {city} and this is so accurate",
    "saw this at {time} and had to comment",
    "this is the third time I've watched this",
    "the {a} reminds me of something my grandma used to say",
    "showed this to my {rel}, we can't stop laughing",
]
EN_CITY = [
    "Toronto",
    "Manchester",
    "Austin",
    "Sydney",
    "Chicago",
    "Seattle",
    "Dublin",
    "Melbourne",
    "Denver",
    "Atlanta",
    "Vancouver",
]
EN_OPIN = [
    "not gonna lie the {a} is kinda off",
    "isn't this sponsored?",
    "the {a} was better last time",
    "overpriced tbh",
    "this didn't work for me at all",
    "hot take: {s} is overrated",
    "idk the {a} looks a bit much",
    "is it just me or is the {a} weird",
    "respectfully, no",
    "the filter is doing a lot here",
    "meh, {s} isn't for me",
    "I'd skip the {a} part honestly",
]
EN_PRAISE = [
    "the {a} is so good",
    "{S} {looks} {adj}",
    "obsessed with the {a}",
    "that {a} though",
    "{S} is {adj}",
    "ok the {a} is perfect",
    "the {a}!!",
    "love the {a} on this",
    "how is the {a} this good",
    "{S} is giving",
    "the {a} is chef's kiss",
]
EN_MENTION = [
    "@{f} look at this",
    "@{f} we need to go",
    "@{f} this is so you",
    "@{f} @{f2} weekend plans??",
    "@{f} remember this?",
    "@{f} lol",
    "@{f} you need this",
    "@{f} omg",
]
REG_OPEN_ZH = [
    "来了来了 ",
    "报到 ",
    "沙发 ",
    "今天也来了 ",
    "打卡 ",
    "准时来看 ",
    "终于更新了 ",
    "等好久了 ",
    "第一时间来 ",
    "又来了 ",
]
REG_OPEN_EN = [
    "here again! ",
    "early gang ",
    "never miss a post ",
    "yay new post ",
    "been waiting for this ",
    "back again ",
    "ok ",
]
REG_REF_ZH = [
    "上次那个{a}我还记着",
    "又是{cn}的日常",
    "{cn}最近好忙吧",
    "这个比上次的还好",
    "今天状态好好",
    "你家{pet}还好吗",
    "这期我最喜欢",
]
REG_REF_EN = [
    "this might beat last week's",
    "{cn} never misses",
    "hope you're feeling better",
    "the {a} keeps getting better",
    "favourite one so far",
    "how's {pet} doing?",
]


ZH_LA = [
    "{a}这点说得很对",
    "{a}真的是关键",
    "视频里{a}讲得挺到位",
    "我觉得{s}最重要的是{a}",
    "{a}这块我有不同看法",
    "{a}其实没那么玄乎",
    "{a}那段我反复看了几遍",
    "说到{a}我就有话说了",
    "{s}我关注很久了",
]
ZH_LB = [
    "之前{op}，后来换了方法才好起来",
    "我跟着试了两周，{a2}还没什么感觉",
    "我自己踩过好几次坑",
    "身边朋友也是这么说的",
    "以前一直忽略了{a2}，吃了不少亏",
    "我{rel}就是这样，后来{res}",
    "去年折腾了大半年才搞明白",
    "一开始我也不信",
]
ZH_LC = [
    "不过{a2}也别忽略",
    "但每个人情况不一样",
    "但价格确实有点劝退",
    "就是{a2}还能再讲细一点",
    "建议大家先小范围试试",
    "不要盲目跟风",
    "有条件的可以多对比几家",
    "希望出个进阶版",
]
EN_LA = [
    "the point about {a} is spot on",
    "{a} really is the key thing here",
    "you explained the {a} better than most",
    "I'd push back a little on the {a}",
    "people overthink the {a} honestly",
    "the {a} section is the best part",
    "I've been into {s} for years",
]
EN_LB = [
    "I used to get it wrong for ages and it made a huge difference once I changed it",
    "I tried this for two weeks and the {a2} is better already",
    "I learned this the hard way",
    "my {rel} said the exact same thing",
    "it took me months to figure this out",
    "I was skeptical at first",
]
EN_LC = [
    "but {a2} deserves more attention",
    "but everyone's situation is different",
    "but the price is hard to justify",
    "though I'd love a deeper dive on the {a2}",
    "so start small and see",
    "so don't copy it blindly",
    "would love a part 2",
]


def long_zh(cx, w, r):
    parts = []
    if r.random() < 0.6:
        parts.append(r.choice(ZH_LONG_ROLE).format(x=r.choice(ZH_ROLE[cx.cat])))
    parts.append(r.choice(ZH_LA).format(**w))
    if r.random() < 0.75:
        parts.append(
            r.choice(ZH_LB).format(
                op=r.choice(ZH_OP_NEG), rel=r.choice(ZH_REL), res=r.choice(ZH_RESULT), **w
            )
        )
    if r.random() < 0.7:
        parts.append(r.choice(ZH_LC).format(**w))
    return r.choice(["，", "，", " ", "。"]).join(parts) + r.choice(ZH_LONG_END)


def long_en(cx, w, r):
    parts = []
    if r.random() < 0.5:
        parts.append(r.choice(EN_LONG_ROLE).format(x=r.choice(EN_ROLE[cx.cat])).rstrip(", "))
    parts.append(r.choice(EN_LA).format(**w))
    if r.random() < 0.75:
        parts.append(r.choice(EN_LB).format(rel=r.choice(EN_REL), **w))
    if r.random() < 0.7:
        parts.append(r.choice(EN_LC).format(**w))
    t = r.choice([". ", ", ", ". ", " - "]).join(parts) + r.choice(EN_LONG_END)
    return t[:1].upper() + t[1:] if r.random() < 0.7 else t


def pod_text(cx, p, r, zh):
    if zh:
        w = _w_zh(cx, p, r)
        if r.random() < 0.3:
            return r.choice(POD_ZH).format(**w) + zh_tail(r, cx.plat, 0.5)
        t = r.choice(["来啦", "来了", "宝", "姐妹", "宝子", "我来了", "", "打卡"]) + r.choice(
            ["", " ", "～", "！"]
        )
        t += r.choice(
            [
                "已赞",
                "已赞藏",
                "已关注",
                "互助",
                "支持",
                "三连了",
                "赞了",
                "好看",
                "{s}好好看",
                "{a}好绝",
                "好用心",
            ]
        ).format(**w)
        t += r.choice(["", " 回我一下", " 记得回哦", " 一起加油", " 冲冲冲", " 求回访", "～", "！"])
        return t + zh_tail(r, cx.plat, 0.4)
    w = _w_en(cx, p, r)
    if r.random() < 0.3:
        return r.choice(POD_EN).format(**w)
    t = r.choice(
        [
            "Love this",
            "Obsessed with this",
            "This is gorgeous",
            "So so good",
            "Yes!! Love this",
            "Omg this is stunning",
            "Wow this is amazing",
            "Beautiful post",
            "This is everything",
            "Such a vibe",
        ]
    )
    t += r.choice(["", " babe", " girl", " hun", " lovely", " queen", " friend", ""])
    t += r.choice([" 😍", " 🔥", " 🙌", " ✨", " 💕", "!!", "!", ""])
    if r.random() < 0.5:
        t += " " + r.choice(
            [
                "Saving this!",
                "Need this!",
                "Great tips!",
                "The {a} is perfect",
                "Love {s}!",
                "Keep shining ✨",
                "So inspiring!",
                "Well done!",
            ]
        ).format(**w)
    return t


def _w_zh(cx, p, r, key="za"):
    c = cx.cd
    a, a2 = r.sample(c[key], 2)
    return {"s": p.sz, "a": a, "a2": a2, "q": r.choice(c["zq"]), "adj": r.choice(c["zadj"])}


def _w_en(cx, p, r, key="ea"):
    c = cx.cd
    s = p.se
    a, a2 = r.sample(c[key], 2)
    return {
        "s": s,
        "S": s[:1].upper() + s[1:],
        "looks": "look" if s.split()[0] in ("these", "those") else "looks",
        "a": a,
        "a2": a2,
        "q": r.choice(c["eq"]),
        "adj": r.choice(c["eadj"]),
    }


def friend_tag(cx, r):
    if cx.plat in ZH_PLATS:
        return zh_nick(r) if r.random() < 0.93 else default_name(cx.plat, r)
    return zh_nick(r) if cx.lang == "zh" and r.random() < 0.6 else en_user(r)


SIMPLE_FIRST = [
    "rahul",
    "sanjay",
    "fatima",
    "ali",
    "adeel",
    "priya",
    "ravi",
    "juan",
    "ngozi",
    "aisha",
    "imran",
    "deepak",
    "anil",
    "sunita",
    "rizwan",
    "bilal",
    "joy",
    "mary",
    "john",
    "kiran",
    "suresh",
    "maria",
    "chinedu",
    "tunde",
    "ramesh",
    "ayesha",
    "nur",
    "siti",
    "arif",
    "dinesh",
    "rosa",
    "jose",
]


def simple_author(cx, r):
    if cx.plat in ZH_PLATS or (cx.lang == "zh" and r.random() < 0.5):
        x = r.random()
        if x < 0.35:
            return r.choice(ZH_SUR) + r.choice(ZH_GIV)
        if x < 0.55:
            return (
                r.choice(["快乐", "平安", "幸福", "开心", "知足", "健康"])
                + r.choice(["每一天", "是福", "人生", "常乐", ""])
                + r.choice(["", str(r.randint(1, 99))])
            )
        if x < 0.7:
            return default_name(cx.plat, r)
        return zh_nick(r)
    f = r.choice(SIMPLE_FIRST)
    x = r.random()
    if x < 0.3:
        return (
            f
            + " "
            + r.choice(
                [
                    "khan",
                    "kumar",
                    "singh",
                    "ahmed",
                    "reyes",
                    "okafor",
                    "das",
                    "santos",
                    "bello",
                    "hussain",
                ]
            )
        )
    if x < 0.6:
        return f + _digits(r, 3, 5)
    if x < 0.75:
        return default_name(cx.plat, r)
    return (
        f
        + r.choice(["_", "."])
        + r.choice(["official", "vlogs", "lover", "star", "king", "queen"])
        + _digits(r, 1, 3)
    )


def g_zh(cx, p, r):
    """Ordinary genuine Chinese comment."""
    plat = cx.plat
    x = r.random()
    w = _w_zh(cx, p, r)
    if x < 0.21:
        t = r.choice(ZH_SHORT)
        if r.random() < 0.18:
            t += r.choice(["", " ", "，"]) + r.choice(ZH_SHORT)
        if t.startswith("哈哈") or t.startswith("啊啊"):
            t = t[0] * r.randint(3, 12)
        return t + zh_tail(r, plat, 0.35)
    if x < 0.36:
        pre = r.choice(ZH_PREF_Q)
        if plat == "bilibili" and r.random() < 0.3:
            pre = r.choice(["up主", "up", "up主请问"])
        elif cx.cat == "education" and r.random() < 0.3:
            pre = "老师"
        if r.random() < 0.22:
            pre = r.choice(ZH_SHORT) + r.choice(["，", " ", "！"]) + pre
        q = w["q"]
        t = (
            pre
            + q
            + (
                r.choice(["？", "?", "", "??"])
                if q[-1] in "呀吗啊呢"
                else r.choice(["？", "?", "", "呀", "🥺", "??", "啊", "？？"])
            )
        )
        return zh_typo(t, r)
    if x < 0.49:
        t = r.choice(ZH_ANEC if cx.cat in PRODUCTISH else ZH_ANEC_G).format(
            v=r.choice(ZH_VERB[cx.cat]),
            v2=r.choice(ZH_VERB[cx.cat]) + "过",
            v3=r.choice(["下单", "收藏", "转发", "加购物车"]),
            op=r.choice(ZH_OP_POS if r.random() < 0.7 else ZH_OP_NEG),
            time=r.choice(ZH_TIME),
            sh=r.choice(ZH_SHORT),
            res=r.choice(ZH_RESULT),
            rel=r.choice(ZH_REL),
            pl=r.choice(
                ["同城", "学生党", "宝妈", "上班族", "南方人", "北方人", "广东人", "打工人"]
            ),
            season=r.choice(["春天", "夏天", "国庆", "过年", "去年", "上个月"]),
            city=r.choice(ZH_CITY),
            **w,
        )
        return zh_typo(t, r) + zh_tail(r, plat, 0.25)
    if x < 0.57:
        t = r.choice(ZH_OPIN).format(opn=r.choice(ZH_OP_NEG), **w)
        return t + zh_tail(r, plat, 0.15)
    if x < 0.66:
        t = r.choice(ZH_JOKE).format(**w)
        return t + zh_tail(r, plat, 0.4)
    if x < 0.71:
        if plat in EMO_CODES and r.random() < 0.4:
            return "".join(r.choice(EMO_CODES[plat]) for _ in range(r.randint(1, 4)))
        e = r.choice(ZH_EMO)
        return e * r.randint(1, 5) + (r.choice(ZH_EMO) if r.random() < 0.3 else "")
    if x < 0.76:
        return r.choice(ZH_MENTION).format(f=friend_tag(cx, r), f2=friend_tag(cx, r), **w)
    if x < 0.86:
        t = r.choice(ZH_PRAISE).format(**w)
        if r.random() < 0.2:
            t = r.choice(ZH_SHORT) + r.choice(["，", " ", "！"]) + t
        return t + zh_tail(r, plat, 0.35)
    if x < 0.90:
        return zh_typo(long_zh(cx, w, r), r)
    if x < 0.93:
        return r.choice(ZH_MIX_G).format(**w) + zh_tail(r, plat, 0.3)
    if plat == "bilibili":
        return r.choice(ZH_BILI).format(m=r.randint(0, 14), ss=f"{r.randint(0, 59):02d}", **w)
    if plat in ("douyin", "kuaishou"):
        return r.choice(ZH_DOUYIN)
    return (
        r.choice(ZH_SHORT)
        + r.choice(["，", " "])
        + r.choice(ZH_PRAISE).format(**w)
        + zh_tail(r, plat, 0.5)
    )


def g_en(cx, p, r):
    """Ordinary genuine English comment."""
    plat = cx.plat
    x = r.random()
    w = _w_en(cx, p, r)
    if x < 0.22:
        t = r.choice(EN_SHORT)
        if r.random() < 0.15:
            t += r.choice([" ", ", ", "! "]) + r.choice(EN_SHORT)
        if t in ("yesss", "omg", "lol", "hahaha") and r.random() < 0.5:
            t = t + t[-1] * r.randint(1, 5)
        return en_case(t, r) + en_tail(r, 0.35)
    if x < 0.36:
        t = r.choice(EN_PREF_Q) + w["q"]
        if r.random() < 0.3:
            t = t.rstrip("?")
        return en_typo(en_case(t, r), r)
    if x < 0.49:
        t = r.choice(EN_ANEC if cx.cat in PRODUCTISH else EN_ANEC_G).format(
            res=r.choice(EN_RESULT),
            rel=r.choice(EN_REL),
            time=r.choice(EN_TIME),
            op=r.choice(EN_OP_POS if r.random() < 0.7 else EN_OP_NEG),
            city=r.choice(EN_CITY),
            **w,
        )
        return en_typo(en_case(t, r), r) + en_tail(r, 0.2)
    if x < 0.57:
        return en_case(r.choice(EN_OPIN).format(**w), r) + en_tail(r, 0.1)
    if x < 0.65:
        return en_case(r.choice(EN_JOKE).format(rel=r.choice(EN_REL), **w), r) + en_tail(r, 0.4)
    if x < 0.70:
        return r.choice(EN_EMO) * r.randint(1, 5) + (r.choice(EN_EMO) if r.random() < 0.3 else "")
    if x < 0.76:
        return r.choice(EN_MENTION).format(f=friend_tag(cx, r), f2=friend_tag(cx, r), **w)
    if x < 0.86:
        return en_case(r.choice(EN_PRAISE).format(**w), r) + en_tail(r, 0.35)
    if x < 0.90:
        return en_typo(long_en(cx, w, r), r)
    if plat == "youtube":
        return r.choice(EN_YT).format(
            m=r.randint(0, 25), ss=f"{r.randint(0, 59):02d}", k=r.choice([1, 2, 5, 10, 20, 50]), **w
        )
    if plat == "tiktok":
        return en_case(r.choice(EN_TT), r) + en_tail(r, 0.4)
    return en_case(r.choice(EN_SHORT), r) + " " + r.choice(EN_PRAISE).format(**w) + en_tail(r, 0.4)


def comment_lang(cx, r):
    x = r.random()
    if cx.plat in ZH_PLATS:
        return "zh" if x < 0.965 else ("mix" if x < 0.99 else "en")
    if cx.lang == "zh":
        return "zh" if x < 0.55 else ("en" if x < 0.9 else "mix")
    return "en" if x < 0.995 else "zh"


def genuine_text(cx, p, r):
    lg = comment_lang(cx, r)
    if lg == "zh":
        return g_zh(cx, p, r)
    if lg == "en":
        return g_en(cx, p, r)
    return r.choice(ZH_MIX_G).format(**_w_zh(cx, p, r)) + zh_tail(r, cx.plat, 0.3)


def simple_text(cx, r):
    if cx.lang == "zh" and (cx.plat in ZH_PLATS or r.random() < 0.5):
        t = r.choice(SIMPLE_ZH)
        x = r.random()
        if cx.plat in EMO_CODES and x < 0.35:
            t += r.choice(EMO_CODES[cx.plat]) * r.randint(1, 4)
        elif x < 0.5:
            t += r.choice(["👍", "🌹", "❤️", "👏", "💐", "🙏"]) * r.randint(1, 5)
        elif x < 0.6:
            t = r.choice(EMO_CODES.get(cx.plat, ["👍"])) * r.randint(2, 6)
        return t
    t = r.choice(SIMPLE_EN).format(place=r.choice(SIMPLE_PLACES))
    x = r.random()
    if x < 0.3:
        t = t.capitalize()
    if x > 0.6:
        t += r.choice(["👍", "❤️", "🙏", "😍", "👌", "💐"]) * r.randint(1, 4)
    elif x > 0.45:
        t += r.choice(["", "!", "!!", "..."])
    return t


def giveaway_text(cx, p, r):
    if cx.lang == "zh" and (cx.plat in ZH_PLATS or r.random() < 0.5):
        t = "".join("@" + friend_tag(cx, r) + " " for _ in range(r.choice([1, 1, 2, 2, 3]))).strip()
        return r.choice(GIVE_ZH).format(t=t, e=r.choice(["吧", "🙏", "!", "～"]), s=p.sz)
    return r.choice(GIVE_EN).format(
        t="@" + friend_tag(cx, r), t2="@" + friend_tag(cx, r), rel=r.choice(EN_REL)
    )


def fan_text(cx, p, r, fan):
    fc = cx.fan
    zh = cx.lang == "zh" and (cx.plat in ZH_PLATS or r.random() < 0.6)
    x = r.random()
    n = fan["n0"] + max(0, int((p.ts - cx.first_ts) // 86400))
    if zh:
        kw = dict(i=fc["idol_zh"], f=fc["fandom_zh"], w=fc["work"], n=n, a=r.choice(cx.cd["za"]))
        if x < fc["ctrl"]:
            return FAN_CONTROL_ZH[fc["ctrl_idx"][r.randrange(len(fc["ctrl_idx"]))]].format(**kw)
        if x < fc["ctrl"] + 0.45:
            k = fan["ritual"] if r.random() < 0.6 else r.randrange(len(FAN_RITUAL_ZH))
            return FAN_RITUAL_ZH[k].format(**kw)
        return r.choice(FAN_FREE_ZH).format(**kw) + zh_tail(r, cx.plat, 0.5)
    kw = dict(
        i=fc["idol_en"],
        I=fc["idol_en"].upper(),
        f=fc["fandom_en"],
        w=fc["work_en"],
        n=n,
        a=r.choice(cx.cd["ea"]),
    )
    if x < fc["ctrl"]:
        return FAN_CONTROL_EN[
            fc["ctrl_idx"][r.randrange(len(fc["ctrl_idx"]))] % len(FAN_CONTROL_EN)
        ].format(**kw)
    if x < fc["ctrl"] + 0.45:
        k = (
            fan["ritual"] % len(FAN_RITUAL_EN)
            if r.random() < 0.6
            else r.randrange(len(FAN_RITUAL_EN))
        )
        return FAN_RITUAL_EN[k].format(**kw)
    return en_case(r.choice(FAN_FREE_EN).format(**kw), r) + en_tail(r, 0.5)


def regular_text(cx, p, r, reg):
    if reg["lang"] == "zh":
        t = (
            genuine_text(cx, p, r)
            if r.random() < 0.7
            else r.choice(REG_REF_ZH).format(
                a=r.choice(cx.cd["za"]), cn=cx.cnick, pet=r.choice(["猫猫", "狗狗", "小可爱"])
            )
        )
        if r.random() < reg["p_open"]:
            t = reg["open"] + t
    else:
        t = (
            genuine_text(cx, p, r)
            if r.random() < 0.7
            else en_case(
                r.choice(REG_REF_EN).format(
                    a=r.choice(cx.cd["ea"]),
                    cn=cx.cnick,
                    pet=r.choice(["the cat", "the pup", "your plant"]),
                ),
                r,
            )
        )
        if r.random() < reg["p_open"]:
            t = reg["open"] + t
    if reg["emo"] and r.random() < 0.6:
        t += reg["emo"]
    return t


def spam_third_party(cx, r):
    """Lure / scam / promo spam that lands on genuine creators from outside."""
    if cx.plat in ZH_PLATS or (cx.lang == "zh" and r.random() < 0.5):
        t = r.choice(LURE_ZH + BOT_ZH[:6]).format(w=_wx(r), qq=_qq(r))
        return disguise(t, r)
    return r.choice(LURE_EN + BOT_EN[:8]).format(
        h=en_user(r) + r.choice(["", "_fx", "_invest", ".promo", "_official"])
    )


def _wx(r):
    base = r.choice([*PINYIN, "abc", "lm", "xm", "zy", "ww", "kk"])
    return base + r.choice(["", "_", "-"]) + _digits(r, 3, 6)


def _qq(r):
    return _digits(r, 8, 10)


_FULLW = str.maketrans("0123456789", "０１２３４５６７８９")
_CIRC = str.maketrans("0123456789", "⓪①②③④⑤⑥⑦⑧⑨")


def disguise(t, r):
    x = r.random()
    if x < 0.2:
        t = t.translate(_FULLW)
    elif x < 0.3:
        t = t.translate(_CIRC)
    elif x < 0.45:
        t = " ".join(t)
    elif x < 0.55:
        t = t.replace("V", "Ⅴ").replace("v", "ν")
    return t


# ---------------------------------------------------------------------------------------------
# Machine-written comments (LLM services / auto-comment subscriptions)
# ---------------------------------------------------------------------------------------------
def _w_zh_ai(cx, p, r):
    return _w_zh(cx, p, r, "zaa")


def _w_en_ai(cx, p, r):
    return _w_en(cx, p, r, "eaa")


def ai_text(cx, p, r, fp, lang):
    """On-topic praise/question in the style of an LLM comment writer.

    fp: dict with pools (subsets of the banks: small pools = low variety), 'hum' (probability of
    'humanising' the output), 'single' (probability of a one-liner), 'emo' (emoji probability).
    """
    if lang == "mix":
        t = r.choice(fp["mix"]).format(**_w_zh_ai(cx, p, r))
        return t
    if lang == "zh":
        w = _w_zh_ai(cx, p, r)
        if r.random() < fp["single"]:
            t = r.choice(AI_ZH_SINGLE).format(**w)
            if r.random() < 0.5 and t[-1] not in "啊呀吧～":
                t += r.choice(["", "～", "！", "呀"])
        else:
            parts = []
            if r.random() < 0.75:
                parts.append(r.choice(fp["zo"]).format(**w))
            if r.random() < 0.92 or not parts:
                parts.append(r.choice(fp["zb"]).format(**w) + r.choice(["，", "！", "。", "，"]))
            if r.random() < 0.7:
                parts.append(r.choice(fp["zc"]).format(**w))
            t = "".join(parts)
            if t[-1] in "，":
                t = t[:-1] + r.choice(["！", "。", "～"])
        if r.random() < fp["hum"]:
            t = t.rstrip("！。～!")
            t = t.replace("！", " ", 1) if r.random() < 0.4 else t
            if r.random() < 0.3 and t[-1] not in "啊呀吧":
                t += r.choice(["哈哈", "啊", "呀", "hhh", "!!", "～～"])
            return t
        if r.random() < fp["emo"]:
            t += r.choice(AI_EMO) * (1 if r.random() < 0.8 else 2)
        return t
    w = _w_en_ai(cx, p, r)
    if r.random() < fp["single"]:
        t = r.choice(AI_EN_SINGLE).format(**w)
    else:
        parts = []
        if r.random() < 0.75:
            parts.append(r.choice(fp["eo"]).format(**w))
        if r.random() < 0.9 or not parts:
            parts.append(r.choice(fp["eb"]).format(**w) + r.choice([".", "!", " —", ".", "!"]))
        if r.random() < 0.7:
            c = r.choice(fp["ec"]).format(**w)
            if parts and parts[-1].endswith(" —"):
                c = c[:1].lower() + c[1:]
            parts.append(c)
        t = " ".join(parts)
        if t.endswith(" —"):
            t = t[:-2] + "!"
    if r.random() < fp["hum"]:
        t = t.rstrip("!.")
        if r.random() < 0.6:
            t = t.lower()
        t = t.replace(" — ", ", ").replace("Absolutely ", "").replace("absolutely ", "")
        if r.random() < 0.25:
            t += r.choice([" lol", " haha", " tbh", "!!"])
        return t
    if r.random() < fp["emo"]:
        t += " " + r.choice(AI_EMO) * (1 if r.random() < 0.8 else 2)
    return t


def ai_pools(r, s):
    """Template pools for one comment service: blatant services reuse a few patterns."""

    def sub(lst, frac):
        k = max(3, round(len(lst) * frac))
        return r.sample(lst, min(k, len(lst)))

    frac = 1.0 - 0.8 * s + r.uniform(-0.1, 0.1)
    frac = min(1.0, max(0.15, frac))
    return {
        "zo": sub(AI_ZH_OPEN, frac),
        "zb": sub(AI_ZH_BODY, frac),
        "zc": sub(AI_ZH_CLOSE, frac),
        "eo": sub(AI_EN_OPEN, frac),
        "eb": sub(AI_EN_BODY, frac),
        "ec": sub(AI_EN_CLOSE, frac),
        "mix": sub(AI_MIX, frac),
        "hum": max(0.0, 0.55 - 0.7 * s + r.uniform(-0.1, 0.1)),
        "single": max(0.05, 0.4 - 0.35 * s),
        "emo": 0.35 + 0.4 * s,
    }


# ---------------------------------------------------------------------------------------------
# Archetypes
# ---------------------------------------------------------------------------------------------
ARCHS = [
    ("genuine_koc", 0, 8.5),
    ("genuine_mid", 0, 7.0),
    ("genuine_macro", 0, 4.0),
    ("genuine_celebrity", 0, 2.5),
    ("genuine_tiny_koc", 0, 3.0),
    ("genuine_viral", 0, 3.0),
    ("genuine_giveaway", 0, 3.0),
    ("genuine_shoutout", 0, 2.5),
    ("genuine_purge", 0, 2.5),
    ("genuine_fanclub", 0, 3.5),
    ("genuine_simple_praise", 0, 3.5),
    ("genuine_loyal_regulars", 0, 3.5),
    ("genuine_faded", 0, 2.0),
    ("genuine_spam_target", 0, 1.5),
    ("bought_followers_burst", 1, 4.0),
    ("bought_followers_drip", 1, 3.5),
    ("bought_followers_premium", 1, 3.5),
    ("bought_likes", 1, 4.5),
    ("bot_comments", 1, 3.5),
    ("engagement_pod", 1, 4.0),
    ("ai_praise", 1, 5.5),
    ("ai_engagement_bot", 1, 3.0),
    ("comment_workers", 1, 4.0),
    ("follow_unfollow", 1, 4.0),
    ("lure_spam", 1, 3.5),
    ("combo", 1, 7.0),
]
COMBOS = [
    (("bought_followers", "bought_likes"), 2.0),
    (("bought_followers", "bot_comments"), 1.0),
    (("bought_likes", "ai_praise"), 1.2),
    (("bought_followers", "comment_workers"), 0.8),
    (("engagement_pod", "bought_likes"), 0.8),
    (("follow_unfollow", "bought_likes"), 0.6),
    (("bought_followers", "bought_likes", "ai_praise"), 0.8),
    (("ai_engagement_bot", "bought_followers"), 0.6),
    (("bought_likes", "comment_workers"), 0.5),
    (("lure_spam", "bought_followers"), 0.4),
]
TIER_BY = {
    "genuine_koc": ["koc"],
    "genuine_mid": ["mid"],
    "genuine_macro": ["macro"],
    "genuine_celebrity": ["celeb"],
    "genuine_tiny_koc": ["tiny"],
    "genuine_viral": ["tiny", "koc", "koc", "mid"],
    "genuine_giveaway": ["koc", "koc", "mid"],
    "genuine_shoutout": ["tiny", "koc", "koc", "mid"],
    "genuine_purge": ["koc", "mid", "mid", "macro"],
    "genuine_fanclub": ["mid", "macro", "macro", "celeb"],
    "genuine_simple_praise": ["koc", "mid", "mid", "macro"],
    "genuine_loyal_regulars": ["tiny", "koc", "koc"],
    "genuine_faded": ["mid", "macro"],
    "genuine_spam_target": ["mid", "macro", "celeb"],
    "bf": ["tiny", "koc", "koc", "koc", "mid"],
    "bl": ["tiny", "koc", "koc", "mid", "mid", "macro"],
    "bot": ["tiny", "koc", "koc", "mid"],
    "pod": ["tiny", "koc", "koc"],
    "ai": ["tiny", "koc", "koc", "koc", "mid", "mid"],
    "aib": ["tiny", "koc", "koc", "koc", "mid"],
    "wk": ["koc", "koc", "mid"],
    "churn": ["tiny", "tiny", "koc"],
    "lure": ["tiny", "koc"],
}
PART_KEY = {
    "bought_followers": "bf",
    "bought_followers_burst": "bf",
    "bought_followers_drip": "bf",
    "bought_followers_premium": "bf",
    "bought_likes": "bl",
    "bot_comments": "bot",
    "engagement_pod": "pod",
    "ai_praise": "ai",
    "ai_engagement_bot": "aib",
    "comment_workers": "wk",
    "follow_unfollow": "churn",
    "lure_spam": "lure",
}
PLAT_MOD: dict[str, dict[str, float]] = {
    "genuine_fanclub": {
        "weibo": 4,
        "douyin": 1.3,
        "bilibili": 1.5,
        "kuaishou": 0.4,
        "rednote": 0.6,
        "wechat_channels": 0.3,
    },
    "genuine_simple_praise": {
        "kuaishou": 3,
        "wechat_channels": 3,
        "youtube": 2,
        "rednote": 0.3,
        "bilibili": 0.3,
        "weibo": 0.6,
        "instagram": 0.7,
    },
    "genuine_purge": {"weibo": 3, "instagram": 2, "rednote": 0.5, "wechat_channels": 0.3},
    "genuine_giveaway": {"instagram": 1.6, "weibo": 1.6},
    "churn": {
        "youtube": 0,
        "wechat_channels": 0,
        "instagram": 2.5,
        "rednote": 1.2,
        "weibo": 1.5,
        "tiktok": 1.3,
        "bilibili": 0.7,
        "kuaishou": 0.6,
        "douyin": 0.8,
    },
    "pod": {
        "instagram": 3,
        "rednote": 2,
        "tiktok": 1.3,
        "youtube": 0.4,
        "wechat_channels": 0.5,
        "kuaishou": 0.5,
    },
    "lure": {
        "rednote": 2,
        "douyin": 1.5,
        "weibo": 1.3,
        "kuaishou": 1.2,
        "instagram": 0.8,
        "tiktok": 0.6,
        "youtube": 0.4,
        "bilibili": 0.6,
    },
    "wk": {
        "rednote": 2,
        "douyin": 1.6,
        "weibo": 1.5,
        "instagram": 0.5,
        "tiktok": 0.5,
        "youtube": 0.4,
    },
}
CAT_BY: dict[str, dict[str, float]] = {
    "genuine_fanclub": {"entertainment": 1.0},
    "genuine_celebrity": {"entertainment": 0.55},
    "lure": {"education": 3, "finance": 3, "lifestyle": 2, "beauty": 1, "fashion": 1},
    "wk": {
        "beauty": 4,
        "food": 3,
        "fashion": 2,
        "tech": 2,
        "parenting": 1.5,
        "home": 1.5,
        "pets": 1,
    },
    "genuine_simple_praise": {
        "lifestyle": 3,
        "food": 3,
        "education": 2,
        "home": 1,
        "travel": 1.5,
        "entertainment": 1.5,
        "tech": 1,
        "fitness": 1,
    },
}
CAT_ZH = {
    "beauty": "美妆",
    "fashion": "穿搭",
    "food": "美食",
    "travel": "旅行",
    "tech": "数码",
    "fitness": "健身",
    "parenting": "育儿",
    "pets": "萌宠",
    "gaming": "游戏",
    "finance": "理财",
    "home": "家居",
    "education": "学习",
    "lifestyle": "生活",
    "entertainment": "娱乐",
}
EN_COUNTRY = [
    ("US", 40),
    ("GB", 12),
    ("CA", 8),
    ("AU", 7),
    ("IN", 8),
    ("PH", 5),
    ("NG", 3),
    ("DE", 3),
    ("SG", 3),
    ("MY", 2),
    ("ID", 3),
    ("BR", 3),
    ("ZA", 2),
    ("IE", 1),
]
TZ_OF = {
    "US": -6,
    "GB": 0,
    "CA": -5,
    "AU": 10,
    "IN": 5.5,
    "PH": 8,
    "NG": 1,
    "DE": 1,
    "SG": 8,
    "MY": 8,
    "ID": 7,
    "BR": -3,
    "ZA": 2,
    "IE": 0,
    "CN": 8,
    "HK": 8,
    "TW": 8,
}
ACC_BIO_ZH = [
    "热爱生活",
    "一个普通人",
    "🌸",
    "记录生活",
    "干饭人",
    "INFP",
    "00后",
    "努力变好",
    "快乐就好",
    "不定期更新",
    "摄影爱好者",
    "宝妈一枚",
    "工作使我快乐（不是）",
    "在读",
    "山东人在上海",
    "随缘",
    "佛系青年",
    "✨",
    "好好吃饭",
    "ENFP｜狗狗｜咖啡",
    "广州 | 95后",
    "喜欢猫",
    "努力搞钱",
    "一个吃货",
    "追剧中",
    "健身ing",
]
ACC_BIO_EN = [
    "living my best life",
    "☕️ + 📚",
    "mom of 2",
    "NYC",
    "she/her",
    "🌸",
    "dog lover",
    "just vibes",
    "photography",
    "coffee addict",
    "travel | food | life",
    "student",
    "be kind",
    "gym rat",
    "nurse 💉",
    "here for the memes",
    "plant mom 🌿",
    "Jesus ✝️",
    "LA based",
    "🏳️‍🌈",
    "sports fan",
    "engineer",
    "cat person",
]
PREM_BIO = [
    "Love life ❤️",
    "Follow your dreams",
    "Fashion | Travel | Lifestyle",
    "生活明朗 万物可爱",
    "做自己的光",
    "Enjoy every moment",
    "Smile 😊",
    "温柔且坚定",
    "Live laugh love",
    "简单生活",
]
HUNT_BIO = [
    "抽奖专用",
    "锦鲤附体🍀",
    "giveaway lover 🍀",
    "enter to win!",
    "万一中了呢",
    "lucky girl ✨",
]
CHEAP_BIO = ["", "", "", "", "互粉", "follow back", "f4f", "回关"]


def _wchoice(r, items, weights):
    x = r.random() * sum(weights)
    for it, w in zip(items, weights, strict=False):
        x -= w
        if x <= 0:
            return it
    return items[-1]


def intensity(r):
    return min(0.99, max(0.02, r.betavariate(1.2, 1.9)))


class Post:
    __slots__ = (
        "brand",
        "bump",
        "coins",
        "comments_org",
        "danmaku",
        "day",
        "fmt",
        "giveaway",
        "kin",
        "likes",
        "likes_org",
        "pid",
        "regs",
        "saves",
        "script",
        "se",
        "shares",
        "sponsored",
        "src",
        "sz",
        "ts",
        "views",
        "viral",
        "vr",
    )

    pid: str
    ts: float
    day: int
    fmt: str
    sz: str
    se: str
    sponsored: bool
    viral: bool
    giveaway: bool
    vr: float
    views: int
    likes: int
    likes_org: int
    comments_org: int
    shares: int
    saves: int
    coins: int | None
    danmaku: int | None
    src: dict[str, int]
    regs: list[dict[str, Any]]
    bump: float
    brand: str | None
    script: tuple[str, str, list[str]] | None
    kin: float

    def __init__(self) -> None:
        self.viral = False
        self.giveaway = False
        self.src = {}
        self.regs = []
        self.bump = 0.0
        self.brand = None
        self.script = None


class Ctx:
    comp: dict[str, dict[str, Any]]
    arch: str
    plat: str
    lang: str
    tz: float
    out_tz: int
    cat: str
    cd: dict[str, list[str]]
    cnick: str
    handle: str
    as_of_day: int
    as_of_ts: float
    W: int
    first_ts: float
    reply_rate: float
    spam_rate: float
    default_rate: float
    return_rate: float
    gpool: list[str]
    brand_reply: bool
    ai_user: float
    ai_user_pools: Any
    hot: bool
    speed: float
    simple_share: float
    fan_share: float
    fans: list[dict[str, Any]]
    fan: dict[str, Any]


EPOCH_D = date(1970, 1, 1)


def dstr(day_num):
    return (EPOCH_D + timedelta(days=int(day_num))).isoformat()


def iso(ts, tzh):
    off = 8 * 3600 if tzh == 8 else 0
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(int(ts) + off)) + (
        "+08:00" if tzh == 8 else "Z"
    )


def d_genuine(r):
    x = r.random()
    if x < 0.42:
        return r.lognormvariate(7.8, 1.1)
    if x < 0.78:
        return r.lognormvariate(9.98, 1.0)
    if x < 0.95:
        return r.uniform(86400, 14 * 86400)
    return r.uniform(14 * 86400, 120 * 86400)


def place_ts(cx, p, delay, r, diurnal=True):
    ts = p.ts + max(15.0, delay)
    if diurnal:
        h = int(((ts + cx.tz * 3600) // 3600) % 24)
        if 1 <= h < 7 and r.random() < 0.75:
            ts += r.uniform(5, 8) * 3600
    lim = cx.as_of_ts - 30
    if ts > lim:
        ts = p.ts + 15 + (lim - p.ts - 15) * (r.random() ** 0.6)
    return ts


def like_genuine(p, r, delay, boost=0.0):
    mu = math.log(1.0 + p.likes_org * 0.0015) - 0.5 + boost
    v = r.lognormvariate(mu, 1.4) - 0.7
    if delay < 3600:
        v *= 1.6
    return max(0, int(v))


# ---------------------------------------------------------------------------------------------
# Comment sources
# ---------------------------------------------------------------------------------------------
def _genuine_author(cx, r):
    pool = cx.gpool
    if pool and r.random() < cx.return_rate:
        return r.choice(pool)
    x = r.random()
    if x < cx.default_rate:
        a = default_name(cx.plat, r)
    elif cx.plat in ZH_PLATS or (cx.lang == "zh" and x < 0.6):
        a = zh_nick(r)
    else:
        a = en_user(r)
    if len(pool) < 400:
        pool.append(a)
    return a


def gen_genuine(cx, p, k, G, r):
    out: list[tuple[str, str, float, int, bool]] = []
    if k <= 0:
        return out
    frac = min(1.0, k / max(1, G))
    for reg in p.regs:
        if len(out) < k and r.random() < frac:
            d = reg["fast"] * r.uniform(60, 1800) + (1 - reg["fast"]) * d_genuine(r) * cx.speed
            ts = place_ts(cx, p, d, r)
            out.append(
                (reg["name"], regular_text(cx, p, r, reg), ts, like_genuine(p, r, d, 0.4), False)
            )
    if p.sponsored and cx.brand_reply and r.random() < frac and len(out) < k:
        d = r.uniform(1800, 2 * 86400)
        out.append(
            (
                brand_handle(cx, p, r),
                brand_text(cx, p, r),
                place_ts(cx, p, d, r),
                like_genuine(p, r, d, 0.5),
                False,
            )
        )
    authors_here = [o[0] for o in out]
    fan_pool = cx.fans
    while len(out) < k:
        x = r.random()
        if p.giveaway and x < 0.85:
            d = r.uniform(120, 5 * 86400)
            out.append(
                (
                    _genuine_author(cx, r),
                    giveaway_text(cx, p, r),
                    place_ts(cx, p, d, r),
                    like_genuine(p, r, d, -2.0),
                    False,
                )
            )
            continue
        x = r.random()
        if x < cx.reply_rate:
            d = d_genuine(r) * cx.speed * 1.3 + 300
            txt = (
                r.choice(ZH_CREATOR)
                if (cx.lang == "zh" and (cx.plat in ZH_PLATS or r.random() < 0.6))
                else r.choice(EN_CREATOR)
            )
            txt = _fill(txt, _w_zh(cx, p, r) if cx.lang == "zh" else _w_en(cx, p, r))
            out.append((cx.handle, txt, place_ts(cx, p, d, r), like_genuine(p, r, d, 1.0), True))
            continue
        x -= cx.reply_rate
        if x < cx.spam_rate:
            d = r.choice([r.uniform(30, 900), d_genuine(r) * cx.speed])
            out.append(
                (
                    bot_name(cx.plat, cx.lang, r),
                    spam_third_party(cx, r),
                    place_ts(cx, p, d, r, False),
                    0 if r.random() < 0.8 else r.randint(1, 5),
                    False,
                )
            )
            continue
        x -= cx.spam_rate
        if x < cx.fan_share and fan_pool:
            fan = r.choice(fan_pool)
            d = r.uniform(20, 900) if r.random() < 0.55 else d_genuine(r) * cx.speed
            t = fan_text(cx, p, r, fan)
            out.append(
                (
                    fan["name"],
                    t,
                    place_ts(cx, p, d, r, False),
                    like_genuine(p, r, d, 1.2 if len(t) > 25 else 0.3),
                    False,
                )
            )
            continue
        x -= cx.fan_share
        if x < cx.simple_share:
            d = d_genuine(r) * cx.speed
            out.append(
                (
                    simple_author(cx, r),
                    simple_text(cx, r),
                    place_ts(cx, p, d, r),
                    like_genuine(p, r, d, -1.0),
                    False,
                )
            )
            continue
        x -= cx.simple_share
        if x < cx.ai_user:
            d = d_genuine(r) * cx.speed
            zh = cx.plat in ZH_PLATS or (cx.lang == "zh" and r.random() < 0.6)
            out.append(
                (
                    _genuine_author(cx, r),
                    ai_text(cx, p, r, cx.ai_user_pools, "zh" if zh else "en"),
                    place_ts(cx, p, d, r),
                    like_genuine(p, r, d),
                    False,
                )
            )
            continue
        d = d_genuine(r) * cx.speed
        a = _genuine_author(cx, r)
        if authors_here and r.random() < 0.07:
            tgt = r.choice(authors_here)
            if cx.plat in ZH_PLATS or cx.lang == "zh":
                t = (
                    r.choice(["回复 @", "回复@"])
                    + tgt
                    + r.choice(["：", ":", " :"])
                    + r.choice(ZH_REPLY)
                    + zh_tail(r, cx.plat, 0.2)
                )
            else:
                t = "@" + tgt + " " + en_case(r.choice(EN_REPLY), r)
        else:
            t = genuine_text(cx, p, r)
        out.append((a, t, place_ts(cx, p, d, r), like_genuine(p, r, d), False))
        authors_here.append(a)
    return out


BRAND_REPLY_ZH = [
    "谢谢宝子的真实分享～{b}爱你💕",
    "感谢喜欢！{b}会继续努力哒",
    "看到宝子这么喜欢我们超开心！",
    "{b}官方来啦，感谢分享💗",
    "宝子拍得太好看了吧！已转发～",
]
BRAND_REPLY_EN = [
    "So glad you love it! 💕",
    "Thank you for sharing, we love this! ✨",
    "This made our day, thank you! 🙌",
    "Obsessed with how you styled it 😍",
    "Thanks for the love! Use code in bio for 15% off 💛",
]


def brand_handle(cx, p, r):
    if cx.plat in ZH_PLATS or cx.lang == "zh":
        return (p.brand or "") + r.choice(["官方旗舰店", "官方账号", "官方", "品牌号"])
    return (p.brand or "brand").lower().replace("&", "and") + r.choice(
        ["official", "_global", ".co", ""]
    )


def brand_text(cx, p, r):
    if cx.plat in ZH_PLATS or cx.lang == "zh":
        return r.choice(BRAND_REPLY_ZH).format(b=p.brand or "")
    return r.choice(BRAND_REPLY_EN)


def _pool_pick(f, r, maker):
    pool = f["pool"]
    if len(pool) >= 8 and r.random() < f["reuse"]:
        return r.choice(pool)
    a = maker()
    pool.append(a)
    return a


def gen_ai(cx, p, k, r):
    f = cx.comp["ai"]
    out = []
    for _ in range(k):
        x = r.random()
        if cx.plat in ZH_PLATS:
            lg = "zh" if x < 0.85 else ("mix" if x < 0.985 else "en")
        elif cx.lang == "zh":
            lg = "zh" if x < 0.5 else ("en" if x < 0.85 else "mix")
        else:
            lg = "en" if x < 0.97 else "zh"
        t = ai_text(cx, p, r, f["pools"], lg)
        if r.random() < f["botname"]:
            a = _pool_pick(f, r, lambda: bot_name(cx.plat, cx.lang, r))
        elif lg == "zh" or lg == "mix" or cx.plat in ZH_PLATS:
            a = _pool_pick(f, r, lambda: zh_nick(r))
        else:
            a = _pool_pick(f, r, lambda: en_user(r))
        pace = f["pace"]
        if pace == "organic":
            d = d_genuine(r)
            ts = place_ts(cx, p, d, r)
        elif pace == "hours":
            d = r.uniform(300, r.choice([6, 12, 30, 72]) * 3600)
            ts = place_ts(cx, p, d, r)
        else:
            d = r.uniform(45, 5400)
            ts = place_ts(cx, p, d, r, False)
        lk = int(r.expovariate(1.6))
        if r.random() < f["boost"]:
            lk += r.randint(1, 12)
        out.append((a, t, ts, lk, False))
    return out


def gen_aib(cx, p, k, r):
    f = cx.comp["aib"]
    out = []
    firsts = f["first"]
    others = r.sample(f["accounts"], min(len(f["accounts"]), max(0, k - len(firsts))))
    start = r.uniform(60, 1500)
    names = (firsts + others)[:k]
    zh = cx.plat in ZH_PLATS or cx.lang == "zh"
    for j, a in enumerate(names):
        if r.random() < f["auto_share"]:
            w = _w_zh_ai(cx, p, r) if zh else _w_en_ai(cx, p, r)
            t = r.choice(AUTO_ZH if zh else AUTO_EN).format(**w)
        else:
            t = ai_text(cx, p, r, f["pools"], "zh" if zh else "en")
        d = start + (r.uniform(0, 600) if j < len(firsts) else r.uniform(0, f["spread"]))
        out.append((a, t, place_ts(cx, p, d, r, False), int(r.expovariate(2.5)), False))
    return out


def gen_wk(cx, p, k, r):
    f = cx.comp["wk"]
    out = []
    zh = cx.plat in ZH_PLATS or cx.lang == "zh"
    waves = [r.uniform(600, 36 * 3600) for _ in range(r.randint(1, 3))]
    texts: list[str] = []
    for _ in range(k):
        if texts and r.random() < f["dup"]:
            t = r.choice(texts)
            if r.random() < 0.5:
                t = t + r.choice(["", "！", "~", "👍", "❤️"])
        elif p.script is not None:
            b, prod, claims = p.script
            if zh:
                t = r.choice(WORK_ZH).format(
                    b=b, p=prod, c=r.choice(claims), n=r.randint(2, 5), adj=r.choice(cx.cd["zadj"])
                )
            else:
                t = r.choice(WORK_EN).format(
                    b=b,
                    p=prod,
                    c=r.choice(claims),
                    n=r.randint(2, 6),
                    adj=r.choice(cx.cd["eadj"]),
                    rel=r.choice(EN_REL),
                )
        else:
            t = r.choice(WORK_ZH_GEN if zh else WORK_EN_GEN)
            if r.random() < 0.4:
                t += zh_tail(r, cx.plat, 0.6) if zh else en_tail(r, 0.6)
        if r.random() < f["art"]:
            if zh:
                t = (
                    r.choice(["1. ", "2、", "【好评】", "文案：", "", "好评 "])
                    + t
                    + r.choice(["", "（已完成）", " 好评", ""])
                )
            else:
                t = (
                    r.choice(["1. ", "2) ", "Comment: ", "", ""])
                    + t
                    + r.choice(["", " (done)", " #ad", ""])
                )
        if zh and r.random() < 0.08:
            t = zh_typo(t.replace("，", " ", 1), r)
        texts.append(t)
        a = _pool_pick(
            f,
            r,
            (lambda: zh_nick(r) if r.random() > 0.25 else default_name(cx.plat, r))
            if zh
            else (lambda: en_user(r)),
        )
        d = r.choice(waves) + r.uniform(0, f["wave_len"])
        lk = (
            r.randint(5, 40 + int(p.likes_org * 0.01))
            if r.random() < f["push"]
            else int(r.expovariate(1.2))
        )
        out.append((a, t, place_ts(cx, p, d, r, False), lk, False))
    return out


def gen_bot(cx, p, k, r):
    f = cx.comp["bot"]
    out = []
    zh = cx.plat in ZH_PLATS or (cx.lang == "zh" and r.random() < 0.5)
    lang = "zh" if zh else "en"
    for _ in range(k):
        x = r.random()
        if x < f["off"]:
            t = r.choice(BOT_OFF[lang])
        elif x < f["off"] + 0.15:
            t = "".join(r.choice(EN_EMO[:8]) for _ in range(r.randint(1, 4)))
        else:
            t = r.choice(BOT_ZH if zh else BOT_EN)
        a = _pool_pick(f, r, lambda: bot_name(cx.plat, cx.lang, r))
        d = r.uniform(20, f["window"])
        out.append((a, t, place_ts(cx, p, d, r, False), 0 if r.random() < 0.92 else 1, False))
    return out


def gen_pod(cx, p, k, r):
    f = cx.comp["pod"]
    out = []
    zh = cx.plat in ZH_PLATS or cx.lang == "zh"
    members = r.sample(f["members"], min(k, len(f["members"])))
    for a in members:
        t = pod_text(cx, p, r, zh)
        d = r.uniform(60, f["window"])
        out.append(
            (
                a,
                t,
                place_ts(cx, p, d, r, False),
                r.randint(0, 3) + (r.randint(1, 6) if r.random() < 0.4 else 0),
                False,
            )
        )
    return out


def gen_lure(cx, p, k, r):
    f = cx.comp["lure"]
    out = []
    zh = cx.plat in ZH_PLATS or cx.lang == "zh"
    for _ in range(k):
        x = r.random()
        d = d_genuine(r) if r.random() < 0.6 else r.uniform(60, 6 * 3600)
        if x < 0.28:
            t = r.choice(LURE_CREATOR_ZH if zh else LURE_CREATOR_EN)
            out.append((cx.handle, t, place_ts(cx, p, d + 600, r), r.randint(0, 2), True))
            continue
        if zh:
            if x < 0.70:
                t = r.choice(LURE_REQ_ZH)
            else:
                t = disguise(
                    r.choice(LURE_ZH).format(w=f["wx"] if r.random() < 0.6 else _wx(r), qq=f["qq"]),
                    r,
                )
        else:
            if x < 0.70:
                t = r.choice(TESTI_EN).format(c=cx.handle)
            else:
                t = r.choice(LURE_EN).format(h=cx.handle if r.random() < 0.5 else en_user(r))
        a = _pool_pick(
            f, r, lambda: zh_nick(r) if zh and r.random() < 0.6 else bot_name(cx.plat, cx.lang, r)
        )
        out.append((a, t, place_ts(cx, p, d, r), int(r.expovariate(1.5)), False))
    return out


GENS = {
    "ai": gen_ai,
    "aib": gen_aib,
    "wk": gen_wk,
    "bot": gen_bot,
    "pod": gen_pod,
    "lure": gen_lure,
}


# ---------------------------------------------------------------------------------------------
# Plan
# ---------------------------------------------------------------------------------------------
def build_plan(r):
    name, label = _wchoice(r, [(a, lab) for a, lab, _ in ARCHS], [w for _, _, w in ARCHS])
    if name == "combo":
        parts = list(_wchoice(r, [c for c, _ in COMBOS], [w for _, w in COMBOS]))
        arch = "combo:" + "+".join(parts)
    elif label:
        parts, arch = [name], name
    else:
        parts, arch = [], name
    comp = {}
    for part in parts:
        key = PART_KEY[part]
        s = intensity(r)
        if len(parts) > 1:
            s = max(0.02, s * r.uniform(0.6, 1.0))
        d = {"s": s}
        if key == "bf":
            d["kind"] = (
                part.rsplit("_", 1)[1]
                if part != "bought_followers"
                else _wchoice(r, ["burst", "drip", "premium"], [4, 3, 3])
            )
        comp[key] = d
    return arch, label, comp


HOUR_W = [
    1,
    0.5,
    0.3,
    0.2,
    0.2,
    0.3,
    0.6,
    1.2,
    1.8,
    2,
    2,
    2.2,
    3,
    2.5,
    2,
    2,
    2.2,
    3,
    4,
    4.5,
    4.5,
    4,
    3,
    2,
]
CADENCE = {
    "douyin": 1.6,
    "kuaishou": 1.5,
    "tiktok": 1.4,
    "rednote": 3.0,
    "weibo": 1.0,
    "bilibili": 7.0,
    "youtube": 6.0,
    "instagram": 3.0,
    "wechat_channels": 2.5,
}
SPONS_P = {"tiny": 0.02, "koc": 0.1, "mid": 0.18, "macro": 0.22, "celeb": 0.15}
GROWTH = {
    "tiny": (0.05, 1.2),
    "koc": (0.0, 0.6),
    "mid": (-0.03, 0.35),
    "macro": (-0.05, 0.2),
    "celeb": (-0.03, 0.1),
}
KER5 = np.array([0.5, 0.25, 0.12, 0.08, 0.05])
KER10 = np.array([0.3, 0.22, 0.14, 0.1, 0.07, 0.05, 0.04, 0.03, 0.03, 0.02])
PKG = [
    50,
    100,
    200,
    250,
    300,
    500,
    1000,
    1500,
    2000,
    2500,
    3000,
    5000,
    10000,
    20000,
    25000,
    50000,
    100000,
    200000,
]
FOLLOW_CAP = {
    "instagram": 7500,
    "tiktok": 10000,
    "weibo": 3000,
    "rednote": 5000,
    "douyin": 8000,
    "kuaishou": 6000,
    "bilibili": 5000,
}
CAT_CFAC = {
    "beauty": 1.2,
    "fashion": 1.1,
    "food": 1.0,
    "travel": 0.9,
    "tech": 1.2,
    "fitness": 1.0,
    "parenting": 1.2,
    "pets": 0.8,
    "gaming": 1.1,
    "finance": 1.2,
    "home": 1.0,
    "education": 1.3,
    "lifestyle": 1.0,
    "entertainment": 1.3,
}


def _add_kernel(g, day, total, ker):
    n = min(len(ker), len(g) - day)
    if n > 0 and day >= 0:
        g[day : day + n] += total * ker[:n]


def _ids(plat, r):
    if plat in ("douyin", "tiktok"):
        return "7" + _digits(r, 18, 18)
    if plat == "kuaishou":
        return "3x" + "".join(r.choice("abcdefghijkmnpqrstuvwxyz23456789") for _ in range(13))
    if plat == "rednote":
        return f"{r.getrandbits(96):024x}"
    if plat == "weibo":
        return "5" + _digits(r, 15, 15)
    if plat == "bilibili":
        return "BV1" + "".join(
            r.choice("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz") for _ in range(9)
        )
    if plat == "wechat_channels":
        return "finder/" + "".join(
            r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(20)
        )
    return "".join(
        r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        for _ in range(11)
    )


def _pick_cat(r, keys):
    for k in keys:
        if k in CAT_BY:
            cb = CAT_BY[k]
            if r.random() < sum(cb.values()) / (
                sum(cb.values())
                + (0.0 if sum(cb.values()) >= 1 and k != "genuine_celebrity" else 0.45)
            ):
                return _wchoice(r, list(cb), list(cb.values()))
    return _wchoice(r, CAT_NAMES, CAT_W)


def _round3(x):
    if x < 1000:
        return int(x)
    e = math.floor(math.log10(x)) - 2
    return int(round(x / 10**e) * 10**e)


def _pr(rng, x):
    x = max(0.0, float(x))
    return int(rng.poisson(x)) if x < 60 else round(x)


# ---------------------------------------------------------------------------------------------
# Follower-sample accounts
# ---------------------------------------------------------------------------------------------
def make_account(cx, r, kind, batch=None):
    plat = cx.plat
    asd = cx.as_of_day
    zh = plat in ZH_PLATS or (cx.lang == "zh" and r.random() < 0.5)
    lv = cx.plat == "weibo"
    last = None
    bio = ""
    url = False
    priv_p = 0.0
    if kind == "active":
        fol = int(r.lognormvariate(4.6, 1.4))
        fng = int(r.lognormvariate(5.4, 0.9))
        posts = int(r.lognormvariate(3.8, 1.3))
        av = r.random() < 0.93
        created = asd - int(r.uniform(60, 4200))
        last = asd - int(r.expovariate(1 / 12.0))
        if r.random() < 0.55:
            bio = r.choice(ACC_BIO_ZH if zh else ACC_BIO_EN)
        url = r.random() < 0.08
        priv_p = 0.25
        name = (
            default_name(plat, r)
            if r.random() < cx.default_rate * 0.6
            else (zh_nick(r) if zh else en_user(r))
        )
        wl = (
            r.randint(8, 36),
            0 if r.random() < 0.65 else r.randint(1, 7),
            _wchoice(r, [2, 3, 4], [3, 4, 2]),
        )
    elif kind == "lurker":
        fol = int(r.lognormvariate(2.2, 1.2))
        fng = int(r.lognormvariate(4.6, 1.0))
        posts = int(r.expovariate(1 / 3.0))
        av = r.random() < 0.6
        created = asd - int(r.uniform(30, 4500))
        if posts > 0:
            last = asd - int(r.uniform(20, 1500))
        if r.random() < 0.15:
            bio = r.choice(ACC_BIO_ZH if zh else ACC_BIO_EN)
        priv_p = 0.35
        name = (
            default_name(plat, r)
            if r.random() < cx.default_rate * 1.8
            else (zh_nick(r) if zh else en_user(r))
        )
        wl = (r.randint(2, 15), 0, _wchoice(r, [1, 2], [1, 1]))
    elif kind == "zombie":
        fol = int(r.expovariate(1 / 8.0))
        fng = int(r.lognormvariate(6.0, 1.0))
        posts = r.choice([0, 0, 0, 1, 2, 3])
        av = r.random() < 0.3
        created = asd - int(r.uniform(300, 4000))
        if posts:
            last = created + r.randint(0, 60)
        priv_p = 0.1
        name = bot_name(plat, cx.lang, r)
        wl = (r.randint(0, 4), 0, r.choice([0, 1]))
    elif kind == "cheap":
        fol = int(r.expovariate(1 / 6.0))
        fng = int(r.uniform(200, 7000))
        posts = r.choice([0, 0, 0, 0, 1, 2, 3, 5])
        av = r.random() < 0.35
        created = min(asd - 1, batch + int(r.gauss(0, 12)))
        if posts:
            last = created + r.randint(0, 10)
        bio = r.choice(CHEAP_BIO)
        url = r.random() < 0.03
        priv_p = 0.05
        name = bot_name(plat, cx.lang, r)
        wl = (r.randint(0, 5), 0, r.choice([0, 0, 1]))
    elif kind == "premium":
        fol = int(r.lognormvariate(5.3, 0.8))
        fng = int(r.lognormvariate(6.6, 0.6))
        posts = int(r.uniform(6, 60))
        av = r.random() < 0.97
        created = min(asd - 30, batch + int(r.gauss(0, 60)))
        last = (
            (asd - int(r.uniform(0, 40)))
            if r.random() < 0.25
            else min(asd - 5, created + int(r.uniform(30, 500)))
        )
        if r.random() < 0.6:
            bio = r.choice(PREM_BIO)
        url = r.random() < 0.1
        priv_p = 0.08
        name = zh_nick(r) if zh else en_user(r)
        wl = (r.randint(5, 20), 0 if r.random() < 0.9 else 1, _wchoice(r, [1, 2, 3], [3, 4, 1]))
    elif kind == "followback":
        fol = int(r.lognormvariate(5.5, 1.0))
        fng = int(r.lognormvariate(7.0, 0.6))
        posts = int(r.lognormvariate(4.0, 1.0))
        av = r.random() < 0.9
        created = asd - int(r.uniform(100, 3000))
        last = asd - int(r.expovariate(1 / 20.0))
        if r.random() < 0.5:
            bio = r.choice(ACC_BIO_ZH if zh else ACC_BIO_EN) + r.choice(
                ["", "", " | follow back", " 互关"]
            )
        url = r.random() < 0.15
        priv_p = 0.1
        name = zh_nick(r) if zh else en_user(r)
        wl = (r.randint(10, 30), 0, _wchoice(r, [2, 3], [1, 1]))
    elif kind == "hunter":
        fol = int(r.lognormvariate(5.0, 1.0))
        fng = int(r.uniform(1500, 7500))
        posts = int(r.lognormvariate(5.0, 1.0))
        av = r.random() < 0.9
        created = asd - int(r.uniform(100, 3000))
        last = asd - int(r.expovariate(1 / 5.0))
        if r.random() < 0.5:
            bio = r.choice(HUNT_BIO)
        priv_p = 0.05
        name = zh_nick(r) if zh else en_user(r)
        wl = (r.randint(15, 40), r.randint(0, 5), _wchoice(r, [1, 2, 3], [1, 2, 2]))
    else:  # fan
        fol = int(r.lognormvariate(4.5, 1.2))
        fng = int(r.uniform(100, 800))
        posts = int(r.lognormvariate(6.0, 1.0))
        av = True
        created = asd - int(r.uniform(200, 3500))
        last = asd - int(r.expovariate(1 / 2.0))
        fc = cx.fan
        bio = (
            (fc["idol_zh"] + r.choice(["｜唯一", "｜永远", "🌸", "的小太阳"]))
            if zh
            else (fc["idol_en"] + r.choice([" 💜", " forever", " stan account"]))
        )
        name = fan_name(cx, r)
        priv_p = 0.02
        wl = (r.randint(20, 45), r.randint(0, 7), _wchoice(r, [3, 4], [1, 1]))
    created = min(created, asd - 1)
    acc = {
        "id": _digits(r, 9, 11) if plat in ZH_PLATS else str(r.getrandbits(40)),
        "username": name,
        "followers": max(0, fol),
        "following": max(0, fng),
        "posts": max(0, posts),
        "has_avatar": av,
    }
    if plat in ("instagram", "tiktok"):
        acc["is_private"] = r.random() < priv_p
    acc["verified"] = kind == "active" and r.random() < 0.004
    if bio:
        acc["bio"] = bio
    acc["has_url"] = url
    acc["created_at"] = dstr(created)
    if last is not None and acc["posts"] > 0:
        acc["last_post_at"] = dstr(min(asd, max(created, last)))
    if lv:
        acc["platform_level"], acc["membership_level"], acc["credit_rating"] = wl
    return acc


def fan_name(cx, r):
    fc = cx.fan
    if cx.lang == "zh":
        i = fc["idol_zh"]
        return r.choice(
            [
                i + "的小太阳",
                "爱" + i + "一万年",
                fc["fandom_zh"] + "·" + zh_nick(r),
                i + "家的" + r.choice(ZH_N),
                i + _digits(r, 3, 4),
                "为" + i + "打call",
                zh_nick(r) + "爱" + i,
            ]
        )
    i = fc["idol_en"].lower()
    return r.choice(
        [
            i + "sworld",
            i + "_my_sunshine",
            fc["fandom_en"].lower() + _digits(r, 2, 4),
            "for" + i + r.choice(["", "_", "x"]),
            en_user(r) + "_" + i,
            i + "stan" + _digits(r, 2, 3),
        ]
    )


# ---------------------------------------------------------------------------------------------
# One creator
# ---------------------------------------------------------------------------------------------
def simulate(seed, i):
    r = random.Random(f"november:{seed:d}:{i:d}")
    rng = np.random.default_rng([seed % (2**32), i % (2**32), 0x6E6F76])
    arch, label, comp = build_plan(r)
    cx = Ctx()
    cx.comp = comp
    cx.arch = arch
    keys = [arch, *comp]

    # --- identity -------------------------------------------------------------------------
    mods: dict[str, float] = {}
    for k in keys:
        for pl, m in PLAT_MOD.get(k, {}).items():
            mods[pl] = mods.get(pl, 1.0) * m
    plat = _wchoice(r, PLATFORMS, [PLAT_W[j] * mods.get(pl, 1.0) for j, pl in enumerate(PLATFORMS)])
    cx.plat = plat
    if plat in ZH_PLATS:
        lang = "zh"
        country = _wchoice(r, ["CN", "HK", "TW"], [96, 2, 2])
    else:
        lang = "zh" if r.random() < 0.12 else "en"
        if lang == "zh":
            country = _wchoice(r, ["US", "CA", "SG", "MY", "AU", "GB", "CN"], [3, 2, 2, 2, 1, 1, 2])
        elif arch == "genuine_simple_praise" and r.random() < 0.6:
            country = r.choice(["IN", "PH", "NG", "ID", "BR", "IN"])
        else:
            country = _wchoice(r, [c for c, _ in EN_COUNTRY], [w for _, w in EN_COUNTRY])
    cx.lang = lang
    cx.tz = TZ_OF.get(country, 0)
    cx.out_tz = 8 if plat in ZH_PLATS else 0
    tier = r.choice(TIER_BY[arch] if label == 0 else TIER_BY[next(iter(comp))])
    cat = _pick_cat(r, keys)
    cx.cat = cat
    cx.cd = CATS[cat]
    lo, hi = TIER_RANGE[tier]
    F_now = math.exp(r.uniform(math.log(lo), math.log(hi)))
    if lang == "zh":
        handle = creatorish_name("zh", cat, r) if r.random() < 0.6 else zh_nick(r)
        ascii_h = r.choice(PINYIN) + "_" + cat
        cx.cnick = r.choice(
            ["博主", "姐妹", "宝", handle[:2], "老师" if cat == "education" else "宝子"]
        )
    else:
        handle = creatorish_name("en", cat, r) if r.random() < 0.6 else en_user(r)
        ascii_h = handle.replace(".", "_")
        cx.cnick = handle.split(".")[0].split("_")[0]
    cx.handle = handle
    creator_id = f"{plat}:{ascii_h}_{r.getrandbits(40):010x}"

    # --- timeline -------------------------------------------------------------------------
    as_of_day = (date(2025, 1, 10) - EPOCH_D).days + r.randint(0, 294)
    as_of_ts = as_of_day * 86400 + r.uniform(8, 23.5) * 3600
    cx.as_of_day, cx.as_of_ts = as_of_day, as_of_ts
    D_hist = r.randint(90, 365)
    if arch == "genuine_tiny_koc":
        n_posts = r.randint(10, 14)
        D_hist = r.randint(90, 200)
    else:
        n_posts = int(10 + 50 * r.betavariate(1.3, 1.6))
    cad = CADENCE[plat] * r.lognormvariate(0, 0.6)
    if arch == "genuine_faded":
        cad *= 2.5
    if arch == "genuine_tiny_koc":
        cad *= 2.0
    off = r.expovariate(1.0 / max(0.5, cad * 0.8))
    if arch == "genuine_faded":
        off += r.uniform(3, 25)
    offs = []
    for _ in range(n_posts):
        offs.append(off)
        off += max(0.08, r.lognormvariate(math.log(cad), 0.7))
    W = min(1500, max(D_hist, int(offs[-1]) + 4))
    date0 = as_of_day - (W - 1)
    cx.W = W
    posts = []
    za, ea = cx.cd["zs"], cx.cd["es"]
    for o in offs:
        p = Post()
        ts = as_of_ts - o * 86400
        loc = ts + cx.tz * 3600
        dloc = math.floor(loc / 86400)
        h = _wchoice(r, list(range(24)), HOUR_W)
        ts = dloc * 86400 + h * 3600 + r.uniform(0, 3600) - cx.tz * 3600
        if ts > as_of_ts - 1800:
            ts = as_of_ts - r.uniform(1800, 8 * 3600)
        p.ts = ts
        p.day = min(W - 1, max(0, int(ts // 86400) - date0))
        j = r.randrange(len(za))
        p.sz, p.se = za[j], ea[j % len(ea)]
        p.pid = _ids(plat, r)
        if plat in ("douyin",):
            p.fmt = "video" if r.random() < 0.88 else "image"
        elif plat in ("kuaishou", "tiktok", "youtube", "bilibili", "wechat_channels"):
            p.fmt = "video" if r.random() < 0.97 else "live"
        elif plat == "rednote":
            p.fmt = "image" if r.random() < 0.65 else "video"
        elif plat == "weibo":
            p.fmt = _wchoice(r, ["text", "image", "video"], [3, 5, 2])
        else:
            p.fmt = "image" if r.random() < 0.55 else "video"
        posts.append(p)
    posts.sort(key=lambda q: q.ts)
    cx.first_ts = posts[0].ts
    sp = SPONS_P[tier] * r.uniform(0.3, 2.0)
    if "wk" in comp:
        sp = max(sp, r.uniform(0.25, 0.6))
    for p in posts:
        p.sponsored = r.random() < sp
        if p.sponsored:
            p.brand = r.choice(BRAND_ZH) if lang == "zh" else r.choice(BRAND_EN)

    # --- audience ------------------------------------------------------------------------
    cx.reply_rate = {
        "tiny": r.uniform(0.08, 0.3),
        "koc": r.uniform(0.04, 0.2),
        "mid": r.uniform(0.01, 0.08),
        "macro": r.uniform(0.003, 0.03),
        "celeb": r.uniform(0.0, 0.006),
    }[tier]
    if r.random() < 0.15:
        cx.reply_rate *= 0.1
    cx.spam_rate = {
        "tiny": r.uniform(0, 0.006),
        "koc": r.uniform(0, 0.012),
        "mid": r.uniform(0.003, 0.02),
        "macro": r.uniform(0.008, 0.03),
        "celeb": r.uniform(0.01, 0.04),
    }[tier]
    if arch == "genuine_spam_target":
        cx.spam_rate = r.uniform(0.04, 0.11)
    cx.default_rate = {
        "rednote": 0.2,
        "douyin": 0.12,
        "tiktok": 0.1,
        "weibo": 0.08,
        "kuaishou": 0.1,
        "bilibili": 0.07,
        "youtube": 0.08,
        "wechat_channels": 0.05,
        "instagram": 0.02,
    }[plat] * r.uniform(0.5, 1.5)
    cx.return_rate = {"tiny": 0.2, "koc": 0.12, "mid": 0.06, "macro": 0.03, "celeb": 0.02}[
        tier
    ] * r.uniform(0.5, 1.5)
    cx.gpool = []
    cx.brand_reply = r.random() < 0.4
    cx.ai_user = r.uniform(0.003, 0.03) if r.random() < 0.35 else 0.0
    cx.ai_user_pools = ai_pools(r, r.uniform(0.0, 0.2))
    cx.hot = r.random() < 0.4
    cx.speed = r.lognormvariate(0, 0.5) * {
        "youtube": 1.8,
        "bilibili": 1.4,
        "rednote": 1.3,
        "weibo": 0.7,
        "douyin": 0.9,
        "tiktok": 0.9,
    }.get(plat, 1.0)
    cx.simple_share = (
        r.uniform(0.3, 0.75)
        if arch == "genuine_simple_praise"
        else (r.uniform(0.02, 0.12) if r.random() < 0.3 else 0.01)
    )
    if plat in ("kuaishou", "wechat_channels") and arch != "genuine_simple_praise":
        cx.simple_share = max(cx.simple_share, r.uniform(0.05, 0.25))
    cx.fan_share = 0.0
    cx.fans = []
    if arch == "genuine_fanclub" or (cat == "entertainment" and r.random() < 0.3):
        ii = r.randrange(len(IDOL_ZH))
        idol = IDOL_ZH[ii]
        cx.fan = {
            "idol_zh": idol,
            "fandom_zh": idol[-1] + r.choice(["糖", "蜜", "宝", "粉", "家人", "星"]),
            "work": r.choice(WORK_TITLE),
            "idol_en": IDOL_EN[ii],
            "fandom_en": r.choice(["Moonies", "Stars", "Sunflowers", "Bears", "Angels", "Comets"]),
            "work_en": r.choice(["Starlight", "Midnight", "Blue Hour", "Echo", "Daydream"]),
            "ctrl": r.uniform(0.12, 0.4),
            "ctrl_idx": r.sample(range(len(FAN_CONTROL_ZH)), r.randint(1, 3)),
        }
        nf = r.randint(40, 300)
        cx.fans = [
            {
                "name": fan_name(cx, r),
                "n0": r.randint(1, 900),
                "ritual": r.randrange(len(FAN_RITUAL_ZH)),
            }
            for _ in range(nf)
        ]
        cx.fan_share = r.uniform(0.35, 0.8) if arch == "genuine_fanclub" else r.uniform(0.05, 0.2)
    regs = []
    if arch == "genuine_loyal_regulars":
        nreg, plo = r.randint(4, 12), 0.55
    elif tier in ("tiny", "koc") and r.random() < 0.4:
        nreg, plo = r.randint(1, 4), 0.3
    else:
        nreg, plo = 0, 0.3
    for _ in range(nreg):
        rl = "zh" if (lang == "zh" and (plat in ZH_PLATS or r.random() < 0.6)) else "en"
        regs.append(
            {
                "name": (zh_nick(r) if rl == "zh" else en_user(r)),
                "lang": rl,
                "p": r.uniform(plo, 0.97),
                "open": r.choice(REG_OPEN_ZH if rl == "zh" else REG_OPEN_EN),
                "p_open": r.uniform(0.15, 0.7),
                "emo": r.choice(["", "", "🐱", "❤️", "🌟", "😄", "🌸", "👋"]),
                "fast": 1 if r.random() < 0.4 else 0,
            }
        )

    # --- organic follower series ---------------------------------------------------------
    g0, g1 = GROWTH[tier]
    G = r.uniform(g0, g1) * W / 365.0
    if arch == "genuine_faded":
        G = r.uniform(-0.25, -0.02) * W / 365.0
    vr_c = REACH[plat] * TIER_REACH[tier] * r.lognormvariate(0, 0.6)
    if arch == "genuine_faded":
        vr_c *= r.uniform(0.15, 0.4)
    lr_c = LIKE_R[plat] * r.lognormvariate(0, 0.35)
    cr_c = COMM_R[plat] * r.lognormvariate(0, 0.5) * CAT_CFAC[cat]
    sd = REACH_SD[plat]
    for p in posts:
        v = vr_c * r.lognormvariate(0, sd)
        if plat == "instagram" and p.fmt == "video":
            v *= 1.8
        if p.fmt == "text":
            v *= 0.6
        if p.sponsored:
            v *= 0.7
        p.vr = v
    post_total = r.uniform(0.2, 0.7) * max(G, 0.02)
    # older posts (not in the scraped list) also bring followers: phantom posts back to day 0
    ph = []
    d = posts[0].day - max(1, round(r.lognormvariate(math.log(cad), 0.7)))
    while d >= 0:
        ph.append(d)
        d -= max(1, round(r.lognormvariate(math.log(cad), 0.7)))
    ph_days = np.array(ph, dtype=int)
    ph_vr = vr_c * rng.lognormal(0, sd, len(ph_days))
    svr = (sum(p.vr for p in posts) + float(ph_vr.sum())) or 1.0
    g = np.full(W, (G - post_total) / W)
    for p in posts:
        p.bump = post_total * p.vr / svr
        _add_kernel(g, p.day, p.bump, KER5)
    if len(ph_days):
        pb = post_total * ph_vr / svr
        for j in range(len(KER5)):
            dd = ph_days + j
            m_ = dd < W
            np.add.at(g, dd[m_], pb[m_] * KER5[j])
    hstart = W - D_hist
    in_hist = [p for p in posts if hstart + 3 <= p.day <= W - 4]
    events: dict[str, Any] = {}
    if (arch == "genuine_viral" or (r.random() < 0.05 and tier != "celeb")) and in_hist:
        p = r.choice(in_hist)
        gain = {
            "tiny": r.uniform(0.5, 4.0),
            "koc": r.uniform(0.2, 1.5),
            "mid": r.uniform(0.08, 0.6),
            "macro": r.uniform(0.03, 0.2),
            "celeb": 0.02,
        }[tier]
        if arch != "genuine_viral":
            gain *= 0.4
        p.viral = True
        p.kin = gain
        _add_kernel(g, p.day, math.log1p(gain), KER10)
        e = min(W, p.day + 40)
        if p.day + 10 < e:
            g[p.day + 10 : e] -= math.log1p(gain) * r.uniform(0.03, 0.12) / (e - p.day - 10)
        events["viral"] = p
    if (arch == "genuine_giveaway" or r.random() < 0.04) and in_hist:
        g_cand = [q for q in in_hist if not q.viral]
        if g_cand:
            p = r.choice(g_cand)
            p.giveaway = True
            gain = {
                "tiny": r.uniform(0.2, 1.5),
                "koc": r.uniform(0.1, 0.8),
                "mid": r.uniform(0.05, 0.3),
                "macro": r.uniform(0.02, 0.1),
                "celeb": 0.01,
            }[tier]
            dur = r.randint(3, 10)
            uf = r.uniform(0.15, 0.45)
            n = min(dur, W - p.day)
            g[p.day : p.day + n] += math.log1p(gain) / n
            a = p.day + n
            n2 = min(r.randint(3, 20), W - a)
            if n2 > 0:
                g[a : a + n2] += math.log1p(-gain * uf / (1 + gain)) / n2
            p.kin = gain
            events["giveaway"] = (p, gain, uf)
    if arch == "genuine_shoutout" or r.random() < 0.03:
        post_days = {q.day for q in posts}
        cand = [
            d for d in range(hstart + 3, W - 3) if d not in post_days and d - 1 not in post_days
        ]
        if cand:
            d = r.choice(cand)
            gain = {
                "tiny": r.uniform(0.3, 3.0),
                "koc": r.uniform(0.1, 1.0),
                "mid": r.uniform(0.05, 0.4),
                "macro": r.uniform(0.02, 0.12),
                "celeb": 0.01,
            }[tier]
            if arch != "genuine_shoutout":
                gain *= 0.4
            _add_kernel(g, d, math.log1p(gain), np.array([0.5, 0.3, 0.15, 0.05]))
            events["shoutout"] = d
    zombie = r.uniform(0.05, 0.25) if plat == "weibo" else r.uniform(0.01, 0.08)
    purge_day = None
    p_purge = 1.0 if arch == "genuine_purge" else (0.35 if "bf" in comp else 0.2)
    if r.random() < p_purge and hstart + 3 < W - 3:
        purge_day = r.randint(hstart + 3, W - 3)
        if arch == "genuine_purge":
            zombie = max(zombie, r.uniform(0.1, 0.35))
            drop = zombie * r.uniform(0.3, 0.7)
        else:
            drop = zombie * r.uniform(0.05, 0.3)
        g[purge_day] += math.log1p(-drop)
        zombie -= drop
    cs = np.cumsum(g[::-1])[::-1]
    after = cs - g
    F_org = F_now * np.exp(-after)
    flow = np.maximum(np.abs(np.diff(F_org, prepend=F_org[0])), F_org * 0.0003)
    noise = rng.normal(0, 1, W) * np.sqrt(2 * flow + 1) / F_org
    g2 = g + noise
    g2[-1] = g[-1]
    cs = np.cumsum(g2[::-1])[::-1]
    F_org = np.maximum(1.0, F_now * np.exp(-(cs - g2)))
    if "viral" in events:
        p = events["viral"]
        conv = r.uniform(0.004, 0.02)
        base = F_org[max(0, p.day - 1)]
        p.vr = max(p.vr, p.kin * base / conv / max(1.0, F_org[p.day]))

    # --- fraudulent followers ------------------------------------------------------------
    B_cheap = np.zeros(W)
    B_prem = np.zeros(W)
    batches_c, batches_p = [], []
    tt = np.arange(W, dtype=float)
    if "bf" in comp:
        f = comp["bf"]
        s, kind = f["s"], f["kind"]
        if kind == "burst":
            m = 0.12 + 8 * s**2.3
            npur = 1 + int(s * 4 * r.random()) + (1 if r.random() < 0.3 else 0)
        elif kind == "premium":
            m = 0.08 + 3 * s**2
            npur = r.randint(1, 2)
        else:
            m = 0.15 + 6 * s**2
            npur = 1 if r.random() < 0.75 else 2
        A = m * F_now * rng.dirichlet(np.ones(npur) * 2.0)
        f["m"] = m
        for Aj in A:
            pre = r.random() < (0.35 - 0.25 * s)
            prem = kind == "premium"
            att = r.uniform(0.01, 0.08) if prem else r.uniform(0.08, 0.35) * (0.6 + 0.8 * s)
            tau = r.uniform(10, 45)
            if pre:
                st = -r.randint(10, 400)
                surv = 1 - att * (1 - np.exp(-(tt - st) / tau))
                arr = Aj * surv
                endd = st
            else:
                if kind == "drip" or (prem and r.random() < 0.5):
                    dur = r.randint(30, max(31, W - 5)) if kind == "drip" else r.randint(5, 25)
                    dur = min(dur, W - 2)
                    st = r.randint(0, max(0, W - dur - 1))
                    if s > 0.65:
                        shape = np.ones(dur) * (1 + rng.normal(0, 0.01, dur))
                    else:
                        shape = np.maximum(0.05, 1 + rng.normal(0, 0.35, dur)) * (
                            1 + 0.15 * np.sin(np.arange(dur) * 2 * np.pi / 7)
                        )
                        shape *= np.linspace(r.uniform(0.5, 1.0), r.uniform(0.8, 1.5), dur)
                else:
                    dur = (
                        1 if (s > 0.6 and r.random() < 0.7) else r.randint(1, 3 if s > 0.35 else 7)
                    )
                    st = r.randint(max(0, hstart - 20), W - dur - 1)
                    if s < 0.5 and r.random() < 0.5:
                        cand = [q.day for q in posts if q.day <= W - dur - 1]
                        if cand:
                            st = r.choice(cand)
                    shape = rng.uniform(0.5, 1.5, dur)
                dl = np.zeros(W)
                dl[st : st + dur] = Aj * shape / shape.sum()
                endd = st + dur
                cum = np.cumsum(dl)
                surv = np.where(tt > endd, 1 - att * (1 - np.exp(-(tt - endd) / tau)), 1.0)
                arr = cum * surv
            if prem:
                B_prem += arr
                batches_p.append(as_of_day - W + max(endd, -400) - int(r.uniform(300, 2500)))
            else:
                B_cheap += arr
                batches_c.append(as_of_day - W + max(endd, -400) - int(r.uniform(3, 150)))
        if purge_day is not None:
            B_cheap[purge_day:] *= 1 - r.uniform(0.2, 0.6)
            B_prem[purge_day:] *= 1 - r.uniform(0.02, 0.1)

    # --- following / churn ---------------------------------------------------------------
    fn = FOLLOWING_NORM[plat]
    C = np.zeros(W)
    fol_series = None
    if fn is not None:
        f_now = int(math.exp(r.uniform(math.log(fn[0]), math.log(fn[1]))))
        if tier in ("macro", "celeb"):
            f_now = int(f_now * r.uniform(0.2, 1.0))
        fdrift = r.uniform(0.3, 2.0)
        inc = rng.poisson(max(0.03, f_now * 0.0006 * fdrift), W) - rng.poisson(
            max(0.01, f_now * 0.00035), W
        )
        fs = f_now - (np.cumsum(inc[::-1])[::-1] - inc)
        fol_series = np.maximum(0, fs).astype(float)
        if "churn" in comp:
            s = comp["churn"]["s"]
            cap = FOLLOW_CAP.get(plat, 7500)
            base = r.uniform(600, 2000) if s < 0.4 else r.uniform(1500, min(6000, cap * 0.8))
            fol_series = fol_series + base
            N = int((30 + 1200 * s**1.5) * r.uniform(0.6, 1.4))
            c = max(2, int(14 - 11 * s + r.uniform(-2, 2)))
            fb, lb = r.uniform(0.04, 0.18), r.uniform(0.2, 0.5)
            st = 0 if r.random() < 0.6 else r.randint(0, W // 2)
            add = np.zeros(W)
            cgain = np.zeros(W)
            t0 = st
            while t0 < W:
                Nk = int(N * r.uniform(0.6, 1.4))
                Nk = int(min(Nk, max(0, cap - base - f_now - 10)))
                spree = r.randint(1, 3)
                for d in range(spree):
                    if t0 + d < W:
                        add[t0 + d] += Nk / spree
                        cgain[min(W - 1, t0 + d + 1)] += Nk * fb / spree
                u = t0 + spree + r.randint(1, 6)
                if u < W:
                    add[u] -= Nk * r.uniform(0.85, 1.0)
                    ld = r.randint(1, 7)
                    for d in range(ld):
                        if u + 1 + d < W:
                            cgain[u + 1 + d] -= Nk * fb * lb / ld
                t0 += c + r.randint(-1, 2)
            fol_series = np.minimum(cap, fol_series + np.cumsum(add))
            C = np.maximum(0.0, np.cumsum(cgain))
            comp["churn"]["N"] = N
        fol_series = np.maximum(0, np.round(fol_series))
    F_tot = F_org + B_cheap + B_prem + C

    # --- posts engagement ----------------------------------------------------------------
    views_shown = {
        "douyin": r.random() < 0.5,
        "kuaishou": True,
        "tiktok": True,
        "youtube": True,
        "bilibili": True,
        "instagram": True,
        "weibo": r.random() < 0.5,
        "rednote": False,
        "wechat_channels": False,
    }[plat]
    fanclub = arch == "genuine_fanclub"
    for p in posts:
        Fo = F_org[p.day]
        age = (as_of_ts - p.ts) / 86400.0
        mat = 1 - math.exp(-age / 0.7) if age < 6 else 1.0
        views = p.vr * Fo * mat
        likes = views * lr_c * r.lognormvariate(0, 0.25) * (r.uniform(1.0, 1.8) if p.viral else 1.0)
        comm = likes * cr_c * r.lognormvariate(0, 0.45)
        if fanclub:
            comm *= r.uniform(2, 6)
        sh = (
            likes
            * SHARE_R[plat]
            * r.lognormvariate(0, 0.6)
            * (r.uniform(3, 20) if fanclub and plat == "weibo" else 1.0)
        )
        sv = (
            likes
            * SAVE_R[plat]
            * r.lognormvariate(0, 0.5)
            * (1.6 if cat in ("education", "food", "home", "finance") else 1.0)
        )
        p.views = _pr(rng, views)
        p.likes_org = _pr(rng, likes)
        p.comments_org = _pr(rng, comm)
        p.shares = _pr(rng, sh)
        p.saves = _pr(rng, sv)
        if p.giveaway:
            ent = p.kin * F_org[max(0, p.day - 1)] * r.uniform(0.6, 2.5)
            p.comments_org += _pr(rng, ent)
            p.likes_org += _pr(rng, ent * r.uniform(0.4, 1.0))
            p.shares += _pr(
                rng, ent * (r.uniform(0.2, 0.8) if plat == "weibo" else r.uniform(0.02, 0.2))
            )
        p.regs = [rg for rg in regs if r.random() < rg["p"]]
        if len(p.regs) > p.comments_org:
            p.comments_org = len(p.regs) + _pr(rng, 0.5)
        p.likes = max(p.likes_org, p.comments_org // 3)
        p.likes_org = p.likes
        p.coins = _pr(rng, p.likes * r.uniform(0.15, 0.6)) if plat == "bilibili" else None
        p.danmaku = _pr(rng, p.views * r.uniform(0.002, 0.02)) if plat == "bilibili" else None

    # --- fraud effects on posts -------------------------------------------------------------
    if "bl" in comp:
        f = comp["bl"]
        s = f["s"]
        mode = _wchoice(r, ["likes", "views", "both"], [6, 2, 2]) if views_shown else "likes"
        f["mode"] = mode
        frac = 1.0 if s > 0.7 else (r.uniform(0.2, 0.5) if s < 0.35 else r.uniform(0.5, 0.9))
        order = sorted(posts, key=lambda q: (not q.sponsored, r.random()))
        aff = order[: max(1, round(frac * len(posts)))]
        m = 1.25 + 6 * s**1.5 * r.lognormvariate(0, 0.3)
        mv = 1.5 + 15 * s**1.5 * r.lognormvariate(0, 0.3)
        pk = s > 0.4 or r.random() < 0.4
        for p in aff:
            if mode in ("likes", "both"):
                add_l = max(20.0, p.likes_org * (m - 1) * r.lognormvariate(0, 0.2))
                if pk:
                    add_l = next((x for x in PKG if x >= add_l * 0.85), PKG[-1]) * r.uniform(
                        1.0, 1.06
                    )
                p.likes += int(add_l)
            if mode in ("views", "both"):
                addv = max(200.0, p.views * (mv - 1) * r.lognormvariate(0, 0.2))
                if pk:
                    addv = next((x for x in PKG if x >= addv * 0.85), PKG[-1]) * r.uniform(
                        1.0, 1.08
                    )
                p.views += int(addv)
    if "ai" in comp:
        f = comp["ai"]
        s = f["s"]
        f["pools"] = ai_pools(r, s)
        f["share"] = 0.02 + 0.75 * s**1.6
        f["pace"] = (
            "organic"
            if (s < 0.35 and r.random() < 0.75)
            else ("hours" if (s < 0.7 or r.random() < 0.4) else "burst")
        )
        f["reuse"] = 0.03 + 0.5 * s
        f["boost"] = 0.25 if s < 0.5 else 0.08
        f["botname"] = 0.0 if s < 0.6 else r.uniform(0.1, 0.45)
        f["pool"] = []
        mode = _wchoice(r, ["all", "recent", "sponsored"], [0.45, 0.35, 0.2])
        cut = posts[int(len(posts) * (1 - r.uniform(0.3, 0.8)))].ts
        base = r.uniform(0, 1.0) + 6 * s**2
        odds = f["share"] / (1 - f["share"])
        for p in posts:
            ok = (
                mode == "all"
                or (mode == "recent" and p.ts >= cut)
                or (mode == "sponsored" and (p.sponsored or r.random() < 0.3))
            )
            if ok:
                p.src["ai"] = _pr(rng, p.comments_org * odds * r.lognormvariate(0, 0.4) + base)
    if "aib" in comp:
        f = comp["aib"]
        s = f["s"]
        N = r.choice(
            [3, 5, 5, 8, 10] if s < 0.35 else ([10, 15, 20] if s < 0.7 else [20, 25, 30, 50])
        )
        zh = plat in ZH_PLATS or lang == "zh"
        nacc = int(N * r.uniform(1.3, 3.0)) + 2
        f["accounts"] = [
            (
                bot_name(plat, lang, r)
                if r.random() < 0.3 * s
                else (zh_nick(r) if zh else en_user(r))
            )
            for _ in range(nacc)
        ]
        f["first"] = f["accounts"][: r.randint(1, 3)]
        f["accounts"] = f["accounts"][len(f["first"]) :]
        f["auto_share"] = r.uniform(0.4, 0.8)
        f["pools"] = ai_pools(r, max(s, 0.6))
        f["spread"] = r.uniform(0.5, 6) * 3600
        st = int(len(posts) * r.uniform(0, 0.6)) if r.random() < 0.6 else 0
        for p in posts[st:]:
            p.src["aib"] = max(1, round(N * r.uniform(0.85, 1.1)))
    if "wk" in comp:
        f = comp["wk"]
        s = f["s"]
        f.update(
            dup=0.02 + 0.35 * s**1.5,
            art=0.15 * s**2,
            push=0.05 + 0.4 * s,
            wave_len=r.uniform(20, 120) * 60,
            reuse=0.2 + 0.4 * s,
            pool=[],
        )
        zh = plat in ZH_PLATS or lang == "zh"
        for p in posts:
            if p.sponsored:
                if zh:
                    prod, cl = r.choice(PROD_ZH[cat])
                    p.script = (p.brand if p.brand in BRAND_ZH else r.choice(BRAND_ZH), prod, cl)
                else:
                    prod, cl = r.choice(PROD_EN[cat])
                    p.script = (p.brand if p.brand in BRAND_EN else r.choice(BRAND_EN), prod, cl)
                p.src["wk"] = _pr(
                    rng, p.comments_org * r.uniform(0.1, 1.5) * (0.2 + s) + 2 + 50 * s**1.5
                )
            elif r.random() < 0.25:
                p.src["wk"] = _pr(rng, 2 + 12 * s)
    if "bot" in comp:
        f = comp["bot"]
        s = f["s"]
        share = 0.03 + 0.75 * s**1.5
        f.update(
            off=0.05 + 0.2 * s,
            window=(r.uniform(8, 20) * 3600 if s < 0.4 else r.uniform(10, 60) * 60),
            pool=[],
            reuse=0.3 + 0.4 * s,
        )
        odds = share / (1 - share)
        for p in posts:
            p.src["bot"] = _pr(
                rng, p.comments_org * odds * r.lognormvariate(0, 0.5) + 0.3 + 6 * s**2
            )
    if "pod" in comp:
        f = comp["pod"]
        s = f["s"]
        n = max(4, int((4 + 250 * s**2.2) * r.uniform(0.7, 1.3)))
        f["members"] = [
            creatorish_name(lang if r.random() < 0.9 else "en", cat, r) for _ in range(n)
        ]
        q, qc = r.uniform(0.5, 0.9), r.uniform(0.3, 0.85)
        f["window"] = r.uniform(30, 150) * 60
        for p in posts:
            p.src["pod"] = int(rng.binomial(n, q * qc))
            extra = int(rng.binomial(n, q))
            p.likes += extra
            if plat == "rednote":
                p.saves += int(rng.binomial(extra, 0.6))
    if "lure" in comp:
        f = comp["lure"]
        s = f["s"]
        share = 0.05 + 0.5 * s
        f.update(wx=_wx(r), qq=_qq(r), pool=[], reuse=0.3 + 0.3 * s)
        odds = share / (1 - share)
        for p in posts:
            p.src["lure"] = _pr(rng, p.comments_org * odds + 0.5 + 6 * s)

    # --- comment sample ------------------------------------------------------------------
    srcs = ["g"] + [k for k in ("ai", "aib", "wk", "bot", "pod", "lure") if k in comp]
    tot = np.array([p.comments_org + sum(p.src.values()) for p in posts], dtype=float)
    T = int(min(400, max(80, r.gauss(210, 70))))
    if tot.sum() <= T:
        alloc = tot.astype(int)
    else:
        w = np.maximum(tot, 1e-9) ** 0.6
        lo_, hi_ = 0.0, float(tot.max() / w.min()) + 1
        for _ in range(40):
            mid = (lo_ + hi_) / 2
            if np.minimum(tot, mid * w).sum() > T:
                hi_ = mid
            else:
                lo_ = mid
        alloc = np.floor(np.minimum(tot, lo_ * w)).astype(int)
    comments_out = []
    exported = {}
    for p, k in zip(posts, alloc, strict=False):
        cnts = [p.comments_org] + [p.src.get(s_, 0) for s_ in srcs[1:]]
        if k <= 0 or sum(cnts) <= 0:
            exported[p.pid] = 0
            continue
        total_c = int(sum(cnts))
        draw = int(k) if not (cx.hot and k < total_c) else min(total_c, 3 * int(k))
        ks = rng.multivariate_hypergeometric(np.array(cnts, dtype=np.int64), draw)
        lst = gen_genuine(cx, p, int(ks[0]), p.comments_org, r)
        for s_, kk in zip(srcs[1:], ks[1:], strict=False):
            if kk > 0:
                lst.extend(GENS[s_](cx, p, int(kk), r))
        if len(lst) > k:
            lst.sort(key=lambda c: -(c[3] + r.random()))
            lst = lst[: int(k)]
        lst.sort(key=lambda c: c[2])
        exported[p.pid] = len(lst)
        for a, t, ts, lk, fc in lst:
            cm: dict[str, Any] = {
                "post_id": p.pid,
                "author": a[:200],
                "text": t[:5000],
                "posted_at": iso(ts, cx.out_tz),
                "likes": int(lk),
            }
            if fc:
                cm["from_creator"] = True
            comments_out.append(cm)

    # --- posts out ----------------------------------------------------------------------
    c_unknown = plat == "kuaishou" and r.random() < 0.5
    l_hidden = plat == "instagram" and r.random() < 0.07
    l_hidden_all = r.random() < 0.5
    incl_sponsored = r.random() < 0.7
    posts_out = []
    for p in reversed(posts):
        po: dict[str, Any] = {
            "post_id": p.pid,
            "posted_at": iso(p.ts, cx.out_tz),
            "format": p.fmt,
            "likes": int(p.likes),
            "comments": int(p.comments_org + sum(p.src.values())),
        }
        if l_hidden and (l_hidden_all or r.random() < 0.5):
            po["likes"] = 0
            po["likes_unknown"] = True
        if c_unknown:
            po["comments"] = exported.get(p.pid, 0)
            po["comments_unknown"] = True
        if SHARE_R[plat] > 0 and plat != "instagram":
            po["shares"] = int(p.shares)
        if SAVE_R[plat] > 0:
            po["saves"] = int(p.saves)
        if views_shown and (
            p.fmt in ("video", "live") or plat in ("bilibili", "youtube", "tiktok", "kuaishou")
        ):
            po["views"] = int(max(p.views, p.likes))
        if plat == "bilibili":
            assert p.coins is not None and p.danmaku is not None
            po["coins"] = int(p.coins)
            po["danmaku"] = int(p.danmaku)
        if incl_sponsored:
            po["sponsored"] = bool(p.sponsored)
        posts_out.append(po)

    # --- follower history ------------------------------------------------------------------
    yt_round = plat == "youtube" and r.random() < 0.85
    hist = None
    if r.random() < 0.65:
        hist = []
        sparse = r.random() < 0.15
        step = r.randint(3, 10)
        gap = (r.randint(hstart, W - 1), r.randint(3, 20)) if r.random() < 0.3 else (-1, 0)
        for t in range(hstart, W):
            if sparse and (t - hstart) % step and t != W - 1:
                continue
            if not sparse and t != W - 1 and (r.random() < 0.04 or gap[0] <= t < gap[0] + gap[1]):
                continue
            fv = F_tot[t]
            he: dict[str, Any] = {
                "date": dstr(date0 + t),
                "followers": _round3(fv) if yt_round else int(round(fv)),  # noqa: RUF046
            }
            if fol_series is not None:
                he["following"] = int(fol_series[t])
            hist.append(he)

    # --- follower sample -----------------------------------------------------------------
    sample = None
    if r.random() < 0.6:
        Fo = F_org[-1]
        hunters = 0.0
        if "giveaway" in events:
            _gp, gain, uf = events["giveaway"]
            hunters = min(0.5 * Fo, gain * (1 - uf) / (1 + gain) * Fo * r.uniform(0.5, 0.9))
        fan_fr = r.uniform(0.1, 0.3) if fanclub else 0.0
        rest = max(0.0, Fo - hunters)
        act = r.uniform(0.3, 0.6)
        zf = max(0.0, zombie)
        weights = {
            "active": rest * act * (1 - fan_fr),
            "fan": rest * act * fan_fr,
            "lurker": rest * (1 - act - zf),
            "zombie": rest * zf,
            "hunter": hunters,
            "cheap": B_cheap[-1],
            "premium": B_prem[-1],
            "followback": C[-1],
        }
        kinds = [k for k in weights if weights[k] > 0 and (k != "fan" or cx.fans)]
        pw = np.array([weights[k] for k in kinds])
        ns = r.randint(50, 200)
        counts = rng.multinomial(ns, pw / pw.sum())
        sample = []
        for k, c in zip(kinds, counts, strict=False):
            for _ in range(int(c)):
                batch = None
                if k == "cheap":
                    batch = r.choice(batches_c) if batches_c else as_of_day - r.randint(30, 300)
                elif k == "premium":
                    batch = r.choice(batches_p) if batches_p else as_of_day - r.randint(400, 2000)
                sample.append(make_account(cx, r, k, batch))
        r.shuffle(sample)

    # --- profile ---------------------------------------------------------------------------
    F_final = F_tot[-1]
    prof = {"followers": _round3(F_final) if yt_round else int(round(F_final))}  # noqa: RUF046
    obs = None
    if r.random() < 0.08:
        lag = r.randint(1, 45)
        t = max(0, W - 1 - lag)
        prof["followers"] = _round3(F_tot[t]) if yt_round else int(round(F_tot[t]))  # noqa: RUF046
        obs = dstr(date0 + t)
    if fol_series is not None:
        prof["following"] = int(fol_series[-1])
    age_extra = {"tiny": 400, "koc": 1500, "mid": 2500, "macro": 3500, "celeb": 4500}[tier]
    min_age = {"tiny": 10, "koc": 60, "mid": 200, "macro": 400, "celeb": 400}[tier]
    created = (
        date0
        - r.randint(min_age, age_extra)
        - (r.randint(300, 2000) if arch == "genuine_faded" else 0)
    )
    acc_age = as_of_day - created
    if arch == "genuine_tiny_koc":
        prof["posts"] = len(posts) + r.randint(0, 5)
    else:
        prof["posts"] = len(posts) + int(acc_age / max(0.3, cad) * r.uniform(0.2, 0.9))
    vp = {
        "tiny": 0.0,
        "koc": 0.03,
        "mid": 0.15 if plat != "weibo" else 0.35,
        "macro": 0.5,
        "celeb": 0.92,
    }[tier]
    prof["verified"] = r.random() < vp
    prof["created_at"] = dstr(created)
    email = (
        (r.choice(PINYIN) + _digits(r, 2, 4) + r.choice(["@163.com", "@qq.com", "@126.com"]))
        if lang == "zh"
        else (ascii_h.split("_")[0] + r.choice(["@gmail.com", ".collabs@gmail.com", "@mgmt.co"]))
    )
    if lang == "zh":
        bio = r.choice(
            [
                "{}博主｜{}".format(
                    CAT_ZH[cat],
                    r.choice(["记录日常", "认真分享", "不定期更新", "真实测评", "每天进步一点点"]),
                ),
                "{}｜{}｜{}".format(
                    r.choice(ZH_CITY),
                    CAT_ZH[cat],
                    r.choice(["ENFP", "95后", "00后", "宝妈", "打工人"]),
                ),
                f"分享{CAT_ZH[cat]}的快乐",
            ]
        )
        if r.random() < 0.6 and tier != "tiny":
            bio += " 合作📮" + email
    else:
        bio = r.choice(
            [
                f"{cat} | {r.choice(EN_CITY)}",
                f"sharing my {cat} journey ✨",
                "{} • {} • {}".format(cat, "coffee", r.choice(EN_CITY)),
            ]
        )
        if r.random() < 0.6 and tier != "tiny":
            bio += " | collabs: " + email
    if "lure" in comp:
        f = comp["lure"]
        if lang == "zh":
            bio = disguise(
                r.choice(
                    ["资料/副业 ➕ V：%s 备注来意", "想要资料的看置顶｜🐧%s", "%s ⬅ 绿泡泡 免费领"]
                )
                % f["wx"],
                r,
            )
        else:
            bio = r.choice(
                [
                    "DM 'START' for my free guide 📩",
                    "💸 financial freedom mentor | results in highlights",
                    "link below for exclusive content 💋",
                ]
            )
    prof["bio"] = bio[:5000]
    prof["category"] = cat
    prof["country"] = country
    if obs:
        prof["observed_at"] = obs

    rec = {
        "creator_id": creator_id,
        "platform": plat,
        "handle": handle,
        "as_of": iso(as_of_ts, 0),
        "profile": prof,
    }
    if hist is not None:
        rec["follower_history"] = hist
    rec["posts"] = posts_out
    rec["comments"] = comments_out
    if sample is not None:
        rec["follower_sample"] = sample
    rec["label"] = label
    rec["archetype"] = arch
    return rec


# ---------------------------------------------------------------------------------------------
# API
# ---------------------------------------------------------------------------------------------
def generate(n: int, seed: int) -> Iterator[dict]:
    """Yield n creator records; record i depends only on (seed, i)."""
    for i in range(int(n)):
        yield simulate(int(seed), i)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="november creator simulator (genuine + fraudulent)")
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", type=str, default="november_creators.jsonl")
    a = ap.parse_args(argv)
    t0 = time.time()
    with open(a.out, "w", encoding="utf-8") as fh:
        for rec in generate(a.n, a.seed):
            fh.write(json.dumps(rec, ensure_ascii=False, separators=(",", ":")))
            fh.write("\n")
    print(f"wrote {a.n:d} records to {a.out} in {time.time() - t0:.1f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

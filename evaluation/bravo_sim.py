"""bravo_sim: an independent simulator of labelled social-media creators (genuine and fraudulent).

Writes CreatorRecord dicts (contract: creator.schema.json) plus two extra keys:
``label`` (1 = fraudulent, 0 = genuine) and ``archetype`` (combined frauds as ``combo:a+b``).
Record i depends only on (seed, i).  Standard library + numpy only.

Usage:  python bravo_sim.py --n 2000 --seed 202 --out creators.jsonl

Genuine archetypes (label 0, about half of all records)
  ordinary_nano / ordinary_micro / ordinary_mid / ordinary_macro / ordinary_mega
        ordinary creators of every size (1k-10k, 10k-100k, 100k-500k, 500k-5M, 5M+ followers).
  tiny_koc          300-4k followers, only 10-16 posts, friends in the comments, many replies.
  viral_post        one post 15-150x the creator's norm; followers jump in the days after it.
  giveaway          a giveaway (follow + @friends + repost) post: a wall of repeated "抽我/pick me"
                    and @-mention comments, a follower jump, then unfollows after the draw.
  shoutout          a bigger account mentions them: follower jump with no spike of their own;
                    later posts get proportionally more engagement (the new followers are real).
  platform_purge    the platform removes bots/inactive accounts: a sudden 3-12% follower drop.
  celebrity_low_er  verified star, millions of followers, engagement rate far below 1%,
                    fan-club "控评" comments that repeat slogans (genuine but coordinated-looking).
  controversy       a post draws an angry comment wave and an unfollow wave (follower drop).
  aged_audience     an old account (often Weibo) whose audience went dormant: low ER, many
                    inactive and some bot followers acquired organically over the years.

Fraud archetypes (label 1), each with an intensity s in (0,1), drawn skewed to subtle:
  bought_followers_burst    cheap bot followers delivered in 1-3 jumps, then partly dropped.
  bought_followers_drip     a steady daily drip over weeks/months ("slow, safe delivery").
  bought_followers_premium  "real-looking" accounts (avatar, posts, plausible ratios), delivered
                            smoothly over 1-3 weeks; little drop-off.
  bought_likes              likes (sometimes with views) bought on part or all of the posts;
                            comments/shares/saves do not follow; packages often round.
  bought_views              views bought on video posts: like/view and comment/view collapse.
  bot_comments              generic / emoji comments from farm accounts, delivered in bursts.
  engagement_pod            a pod / 互赞群 (mutual-boost group) of 12-60 members that like and
                            comment on every post within minutes; small, active creator-accounts.
  ai_praise                 machine-written praise: long, fluent, on-topic-but-generic comments
                            from farm accounts, spread out in time.
  follow_churn              follow/unfollow: following saw-tooths between hundreds and thousands;
                            followers rise with each cycle (follow-backs), engagement diluted.
  lure_spam                 a traffic-funnel account (引流号): comment sections seeded with
                            coordinated lure comments (contact/resource spam with filter-dodging
                            spellings of the same contact), some bought followers and likes.
  combo:a+b[+c]             two or three of the above, each with its own intensity.

Main assumptions
  * Platform mix: ~60% Chinese (douyin, rednote, weibo, bilibili, kuaishou, wechat_channels),
    rest instagram / tiktok / youtube.  Comments are in the creator's language (Chinese on
    Chinese platforms; English mostly elsewhere, ~12% Chinese-speaking creators abroad).
  * Engagement: likes per follower depend on platform (Weibo ~0.5%, TikTok ~6% at 10k),
    fall with size (exponent ~ -0.2), vary per creator (lognormal sd 0.55) and per post
    (lognormal sd 0.55-1.1, heavier for short video).  Recent posts are still accumulating.
  * Followers gained follow post performance (a few followers per 100 likes) plus a baseline;
    real accounts lose 0.02-0.08%/day.  Bought followers add nothing to engagement.
  * Genuine audiences contain lurkers (no posts, default avatar/name) and a few bots on their
    own; genuine comment sections contain a few generic/emoji comments and some ambient lure
    spam (more on big Chinese accounts).  Real comment texts are composed, rarely repeated.
  * Data blocks as sources deliver them: posts always; comments ~92%; daily follower history
    (90-365 days, often with following and a few missing days) ~55%, sparse stored snapshots
    ~20%, none otherwise; follower sample (50-200 accounts) ~65%.  Some Chinese exports round
    big counts ("12.3万"), Instagram may hide likes (likes_unknown), Kuaishou exports may lack
    the comment count (comments_unknown), and ~8% of profiles carry an older observed_at.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as _dt
import json
import math
import random
import sys
import time
from collections.abc import Iterator
from typing import IO, Any, TypedDict

import numpy as np

NAME = "bravo"
DEFAULT_SEED = 202

CN_PLATFORMS = ("douyin", "kuaishou", "rednote", "weibo", "bilibili", "wechat_channels")
PLATFORM_W = {
    "douyin": 0.16,
    "rednote": 0.14,
    "weibo": 0.10,
    "bilibili": 0.08,
    "kuaishou": 0.07,
    "wechat_channels": 0.05,
    "instagram": 0.15,
    "tiktok": 0.15,
    "youtube": 0.10,
}
VIDEO_PLATFORMS = ("douyin", "kuaishou", "bilibili", "tiktok", "youtube", "wechat_channels")


class Norm(TypedDict):
    """Per-platform engagement norms (see the comment on NORMS)."""

    lr: float
    lpv: float
    cpl: float
    spl: float | None
    svl: float | None
    sig: float
    pviews: float
    fmt: tuple[tuple[str, float], ...]


# lr: likes/follower at 10k followers; lpv: likes per view; cpl: comments per like;
# spl / svl: shares / saves per like (None = not shown); sig: per-post lognormal sd;
# pviews: probability an export shows views; fmt: format mix.
NORMS: dict[str, Norm] = {
    "douyin": Norm(
        lr=0.035,
        lpv=0.045,
        cpl=0.035,
        spl=0.10,
        svl=0.07,
        sig=1.05,
        pviews=0.45,
        fmt=(("video", 0.9), ("image", 0.08), ("live", 0.02)),
    ),
    "kuaishou": Norm(
        lr=0.030,
        lpv=0.04,
        cpl=0.05,
        spl=0.07,
        svl=0.03,
        sig=1.0,
        pviews=0.8,
        fmt=(("video", 0.92), ("live", 0.05), ("image", 0.03)),
    ),
    "rednote": Norm(
        lr=0.030,
        lpv=0.06,
        cpl=0.09,
        spl=0.06,
        svl=0.45,
        sig=0.95,
        pviews=0.0,
        fmt=(("image", 0.7), ("video", 0.3)),
    ),
    "weibo": Norm(
        lr=0.006,
        lpv=0.02,
        cpl=0.22,
        spl=0.18,
        svl=None,
        sig=0.9,
        pviews=0.15,
        fmt=(("text", 0.35), ("image", 0.45), ("video", 0.2)),
    ),
    "bilibili": Norm(
        lr=0.028,
        lpv=0.045,
        cpl=0.05,
        spl=0.05,
        svl=0.25,
        sig=0.95,
        pviews=1.0,
        fmt=(("video", 0.95), ("live", 0.03), ("text", 0.02)),
    ),
    "wechat_channels": Norm(
        lr=0.015,
        lpv=0.03,
        cpl=0.07,
        spl=0.45,
        svl=None,
        sig=0.9,
        pviews=0.0,
        fmt=(("video", 0.95), ("live", 0.05)),
    ),
    "instagram": Norm(
        lr=0.030,
        lpv=0.05,
        cpl=0.022,
        spl=None,
        svl=None,
        sig=0.6,
        pviews=0.5,
        fmt=(("image", 0.55), ("video", 0.45)),
    ),
    "tiktok": Norm(
        lr=0.060,
        lpv=0.08,
        cpl=0.013,
        spl=0.025,
        svl=0.06,
        sig=1.1,
        pviews=1.0,
        fmt=(("video", 0.97), ("live", 0.03)),
    ),
    "youtube": Norm(
        lr=0.020,
        lpv=0.035,
        cpl=0.06,
        spl=None,
        svl=None,
        sig=0.8,
        pviews=1.0,
        fmt=(("video", 0.93), ("live", 0.04), ("text", 0.03)),
    ),
}

CATEGORIES = (
    "beauty",
    "food",
    "travel",
    "fashion",
    "fitness",
    "tech",
    "gaming",
    "parenting",
    "pets",
    "lifestyle",
    "entertainment",
)

GENUINE_W = {
    "ordinary_nano": 0.11,
    "ordinary_micro": 0.12,
    "ordinary_mid": 0.09,
    "ordinary_macro": 0.06,
    "ordinary_mega": 0.03,
    "tiny_koc": 0.08,
    "viral_post": 0.09,
    "giveaway": 0.07,
    "shoutout": 0.07,
    "platform_purge": 0.07,
    "celebrity_low_er": 0.06,
    "controversy": 0.05,
    "aged_audience": 0.05,
}
FRAUD_BASE = (
    "bought_followers_burst",
    "bought_followers_drip",
    "bought_followers_premium",
    "bought_likes",
    "bought_views",
    "bot_comments",
    "engagement_pod",
    "ai_praise",
    "follow_churn",
    "lure_spam",
)
FRAUD_W = {
    "bought_followers_burst": 0.08,
    "bought_followers_drip": 0.07,
    "bought_followers_premium": 0.08,
    "bought_likes": 0.09,
    "bought_views": 0.04,
    "bot_comments": 0.08,
    "engagement_pod": 0.08,
    "ai_praise": 0.08,
    "follow_churn": 0.08,
    "lure_spam": 0.06,
    "combo": 0.26,
}
COMBO_W = {
    "bought_followers_burst": 1.3,
    "bought_followers_drip": 1.0,
    "bought_followers_premium": 1.2,
    "bought_likes": 1.6,
    "bought_views": 0.5,
    "bot_comments": 1.1,
    "engagement_pod": 0.7,
    "ai_praise": 1.0,
    "follow_churn": 0.6,
    "lure_spam": 0.4,
}

# log10 organic-follower ranges per archetype
SIZE_RANGE = {
    "ordinary_nano": (3.0, 4.0),
    "ordinary_micro": (4.0, 5.0),
    "ordinary_mid": (5.0, 5.7),
    "ordinary_macro": (5.7, 6.7),
    "ordinary_mega": (6.7, 7.7),
    "tiny_koc": (2.5, 3.6),
    "viral_post": (3.0, 5.3),
    "giveaway": (3.6, 5.8),
    "shoutout": (3.0, 4.8),
    "platform_purge": (4.0, 7.0),
    "celebrity_low_er": (6.3, 7.9),
    "controversy": (5.0, 6.8),
    "aged_audience": (4.5, 6.6),
    "bought_followers_burst": (2.8, 5.2),
    "bought_followers_drip": (3.0, 5.3),
    "bought_followers_premium": (3.2, 5.6),
    "bought_likes": (3.3, 6.2),
    "bought_views": (3.3, 6.0),
    "bot_comments": (3.2, 5.9),
    "engagement_pod": (2.7, 4.6),
    "ai_praise": (3.2, 5.9),
    "follow_churn": (2.7, 4.5),
    "lure_spam": (2.8, 5.0),
}

# ----------------------------------------------------------------------------------------------
# vocabulary
# ----------------------------------------------------------------------------------------------
CAT_VOCAB = {
    "beauty": (
        [
            "粉底液",
            "口红",
            "眼影盘",
            "腮红",
            "防晒",
            "精华",
            "面霜",
            "卸妆油",
            "散粉",
            "眉笔",
            "睫毛膏",
            "遮瑕",
        ],
        [
            "foundation",
            "lipstick",
            "palette",
            "blush",
            "sunscreen",
            "serum",
            "moisturizer",
            "concealer",
            "mascara",
            "brow gel",
        ],
        [
            "{item}是什么色号呀",
            "黄黑皮能用这个{item}吗",
            "油皮适合这个{item}吗",
            "敏感肌可以用吗",
            "{item}持妆久吗",
            "这个{item}会卡粉吗",
            "混干皮冬天用{item}会起皮吗",
        ],
        [
            "what shade is the {item}?",
            "is the {item} ok for oily skin?",
            "does it break you out?",
            "how long does the {item} last on you?",
            "is this {item} cruelty free?",
            "dupe for the {item}??",
        ],
        ["成分", "肤质", "妆容", "色号", "质地", "上脸效果"],
        ["formula", "skin type", "shade range", "texture", "application technique", "finish"],
    ),
    "food": (
        ["火锅", "烤鱼", "蛋糕", "螺蛳粉", "小笼包", "牛肉面", "奶茶", "烧烤", "糖水", "煎饼"],
        [
            "ramen",
            "pasta",
            "cake",
            "tacos",
            "dumplings",
            "pizza",
            "brisket",
            "curry",
            "sourdough",
            "matcha latte",
        ],
        [
            "这家店在哪里呀",
            "人均多少",
            "需要排队吗",
            "求店名",
            "{item}辣吗",
            "烤箱温度多少",
            "空气炸锅可以做吗",
            "面粉用的哪种",
        ],
        [
            "where is this place?",
            "what temp did you bake it at?",
            "can I use an air fryer?",
            "is it spicy?",
            "how long did the queue take?",
            "recipe please!!",
        ],
        ["食材", "火候", "调味", "口感", "做法", "探店体验"],
        ["ingredients", "seasoning", "texture", "technique", "plating", "flavor balance"],
    ),
    "travel": (
        ["民宿", "古镇", "雪山", "海边", "机票", "攻略", "夜景", "寺庙", "徒步路线"],
        ["hostel", "beach", "hike", "itinerary", "old town", "sunset spot", "train ride", "ryokan"],
        [
            "这是哪里呀",
            "几月份去合适",
            "住的哪家民宿",
            "需要提前预约吗",
            "自驾方便吗",
            "一共花了多少钱",
            "带老人能去吗",
        ],
        [
            "where is this??",
            "best month to go?",
            "how many days do you need?",
            "was it crowded?",
            "where did you stay?",
            "is it safe solo?",
        ],
        ["路线", "住宿", "景点", "行程安排", "当地美食", "拍照机位"],
        ["itinerary", "hidden spots", "local food", "budget tips", "photography", "accommodation"],
    ),
    "fashion": (
        ["外套", "裙子", "包包", "靴子", "牛仔裤", "针织衫", "大衣", "耳环"],
        ["coat", "dress", "bag", "boots", "jeans", "cardigan", "blazer", "earrings"],
        [
            "{item}是哪家的",
            "身高体重多少呀",
            "{item}起球吗",
            "小个子能穿吗",
            "求{item}链接",
            "这个颜色显黑吗",
        ],
        [
            "where is the {item} from?",
            "what size are you wearing?",
            "is the {item} true to size?",
            "does it come in black?",
            "link to the {item}?",
        ],
        ["穿搭", "配色", "版型", "面料", "风格"],
        ["styling", "color palette", "fit", "fabric", "layering"],
    ),
    "fitness": (
        ["深蹲", "平板支撑", "跳绳", "蛋白粉", "瑜伽", "跑步", "帕梅拉", "减脂餐"],
        [
            "squats",
            "deadlift",
            "plank",
            "protein",
            "yoga flow",
            "running plan",
            "hip thrust",
            "meal prep",
        ],
        [
            "新手一天练多久",
            "膝盖不好能做吗",
            "多久能看到效果",
            "饮食怎么控制",
            "{item}每天做几组",
            "经期能练吗",
        ],
        [
            "how many sets for {item}?",
            "is this ok for bad knees?",
            "how long till results?",
            "what's your split?",
            "beginner friendly?",
        ],
        ["动作要领", "训练计划", "饮食搭配", "姿势细节", "热身"],
        ["form cues", "training split", "nutrition", "progressive overload", "warm-up"],
    ),
    "tech": (
        ["手机", "耳机", "平板", "笔记本", "相机", "键盘", "充电宝", "显示器"],
        ["phone", "earbuds", "tablet", "laptop", "camera", "keyboard", "monitor", "charger"],
        [
            "{item}续航怎么样",
            "发热严重吗",
            "和上一代比值得换吗",
            "学生党推荐哪款",
            "打游戏卡吗",
            "多少钱入手的",
        ],
        [
            "how's the battery on the {item}?",
            "worth upgrading from last gen?",
            "does it overheat?",
            "which one for students?",
            "price where you live?",
        ],
        ["参数", "续航", "性能", "影像", "做工"],
        ["specs", "battery life", "performance", "camera", "build quality"],
    ),
    "gaming": (
        ["原神", "王者", "英雄联盟", "黑神话", "蛋仔", "和平精英", "崩铁", "我的世界"],
        [
            "Elden Ring",
            "Valorant",
            "Minecraft",
            "Zelda",
            "Fortnite",
            "Genshin",
            "League",
            "Baldur's Gate",
        ],
        ["这是什么段位", "用的什么配装", "这关怎么过", "键位怎么设置的", "抽到了吗", "手柄是哪款"],
        [
            "what build is this?",
            "what rank are you?",
            "how did you beat that boss?",
            "what sens do you use?",
            "controller or kb?",
        ],
        ["操作", "攻略", "配装", "剧情", "节奏"],
        ["gameplay", "strategy", "build", "lore", "mechanics"],
    ),
    "parenting": (
        ["辅食", "绘本", "奶粉", "早教", "睡眠", "幼儿园", "推车"],
        [
            "sippy cup",
            "baby food",
            "bedtime routine",
            "picture book",
            "play mat",
            "stroller",
            "baby carrier",
        ],
        [
            "宝宝多大了",
            "{item}几个月开始",
            "哄睡有什么技巧",
            "绘本是哪套",
            "二胎怎么平衡",
            "老人带娃怎么沟通",
        ],
        [
            "how old is your little one?",
            "when did you start {item}?",
            "any tips for bedtime?",
            "which stroller is that?",
            "how do you handle tantrums?",
        ],
        ["育儿方法", "辅食搭配", "亲子互动", "作息"],
        ["routine", "parenting approach", "meal ideas", "sleep schedule"],
    ),
    "pets": (
        ["猫粮", "猫砂", "狗绳", "冻干", "猫抓板", "驱虫药"],
        ["cat food", "litter", "leash", "treats", "scratcher", "harness"],
        ["是什么品种呀", "几岁了", "{item}是哪个牌子", "掉毛严重吗", "绝育了吗", "怎么训练的"],
        [
            "what breed?",
            "how old is he?",
            "which {item} is that?",
            "does she shed a lot?",
            "how did you train that?",
        ],
        ["饲养经验", "训练方法", "喂养", "日常护理"],
        ["training", "care routine", "feeding", "grooming"],
    ),
    "lifestyle": (
        ["咖啡", "租房改造", "手账", "香薰", "收纳", "早起", "读书"],
        [
            "coffee",
            "apartment",
            "journal",
            "candle",
            "morning routine",
            "reading list",
            "desk setup",
        ],
        [
            "这个{item}在哪买的",
            "房租多少呀",
            "几点起床",
            "灯是哪家的",
            "书单可以分享吗",
            "一个人住会孤单吗",
        ],
        [
            "where's the {item} from?",
            "what time do you wake up?",
            "what's the lamp?",
            "book recs?",
            "how do you stay consistent?",
        ],
        ["生活方式", "审美", "节奏", "心态"],
        ["routine", "aesthetic", "mindset", "habits"],
    ),
    "entertainment": (
        ["新剧", "演唱会", "综艺", "新歌", "舞台", "电影", "路透"],
        ["new song", "tour", "movie", "performance", "album", "episode", "interview"],
        ["什么时候上线", "在哪个平台看", "演唱会门票怎么抢", "这首歌叫什么", "下一站去哪"],
        [
            "when does it drop?",
            "where can I watch it?",
            "tour dates?",
            "what's the song?",
            "any EU dates?",
        ],
        ["表演", "舞台表现", "作品", "演技"],
        ["performance", "vocals", "storytelling", "artistry"],
    ),
}

CN_CITIES = [
    "上海",
    "北京",
    "成都",
    "杭州",
    "广州",
    "深圳",
    "重庆",
    "长沙",
    "西安",
    "武汉",
    "南京",
    "厦门",
    "大理",
    "青岛",
    "苏州",
    "昆明",
    "天津",
    "哈尔滨",
]
EN_CITIES = [
    "NYC",
    "LA",
    "London",
    "Toronto",
    "Sydney",
    "Chicago",
    "Austin",
    "Manila",
    "Jakarta",
    "Singapore",
    "Seattle",
    "Miami",
    "Melbourne",
    "Dublin",
]
EMOJI_CN = {
    "douyin": [
        "[赞]",
        "[比心]",
        "[捂脸]",
        "[呲牙]",
        "[玫瑰]",
        "[笑哭]",
        "[送心]",
        "[泪奔]",
        "[看]",
        "[灵机一动]",
        "[666]",
    ],
    "rednote": [
        "[哭惹R]",
        "[偷笑R]",
        "[派对R]",
        "[赞R]",
        "[哇R]",
        "[萌萌哒R]",
        "[害羞R]",
        "[doge]",
        "[笑哭R]",
    ],
    "weibo": [
        "[doge]",
        "[允悲]",
        "[二哈]",
        "[心]",
        "[笑cry]",
        "[good]",
        "[费解]",
        "[哆啦A梦吃惊]",
        "[抱一抱]",
    ],
    "bilibili": [
        "[doge]",
        "[笑哭]",
        "[妙啊]",
        "[tv_微笑]",
        "[藏狐]",
        "[OK]",
        "[热词系列_知识增加]",
        "[脱单doge]",
    ],
    "kuaishou": ["[赞]", "[玫瑰]", "[大哭]", "[笑哭]", "[鼓掌]", "[666]", "[爱心]"],
    "wechat_channels": ["[强]", "[玫瑰]", "[偷笑]", "[捂脸]", "[呲牙]", "[爱心]", "[抱拳]", "[OK]"],
}
UNI_EMOJI = [
    "😂",
    "🤣",
    "😭",
    "😍",
    "🥹",
    "❤️",
    "🔥",
    "👏",
    "🙌",
    "✨",
    "💕",
    "😅",
    "🥺",
    "👀",
    "💯",
    "🤍",
    "😮",
    "🙏",
    "💀",
    "😆",
]

CN_REACT = [
    "好看",
    "绝了",
    "爱了爱了",
    "太可了",
    "笑死",
    "好绝",
    "救命",
    "好好看",
    "yyds",
    "心动了",
    "破防了",
    "被治愈了",
    "蹲",
    "学到了",
    "码住",
    "马住",
    "收藏了",
    "太真实了",
    "好家伙",
    "牛",
    "哇",
    "太强了",
    "懂了",
    "有道理",
    "真的假的",
    "绝绝子",
    "狠狠爱住",
    "DNA动了",
    "啊啊啊啊",
    "妈呀",
    "可以的",
    "好耶",
    "顶",
    "哈哈哈哈哈",
]
CN_FEEL = [
    "确实好用",
    "一般般吧",
    "真的回购好几次了",
    "我觉得还行",
    "没想象中好",
    "性价比很高",
    "太香了",
    "有点踩雷",
    "真的惊艳到我了",
    "我家里人都说好",
    "用了半年了还不错",
    "跟宣传的差不多",
    "有点小贵但值",
    "看个人吧",
]
CN_ADJ = [
    "高级",
    "出片",
    "舒服",
    "治愈",
    "有氛围",
    "可爱",
    "实用",
    "好看",
    "温柔",
    "离谱",
    "松弛",
    "上头",
]
CN_OPINION = [
    "这个{item}我也在用，{feel}",
    "第{n}张的{item}好好看",
    "{item}看着就很{adj}",
    "之前踩过{item}的坑，{feel}",
    "终于有人讲{item}了",
    "同款{item}！{feel}",
    "看完立马下单了{item}",
    "{item}这个价格{price}",
    "比上次那个{item}{adj}多了",
    "第{n}个是真的{adj}",
    "{item}那段讲得好清楚",
    "原来{item}还能这样",
]
CN_PRICE = ["还能接受", "有点劝退", "太良心了", "学生党哭了", "可以冲"]
CN_ANEC = [
    "我上个月去{city}也{did}，{feel}",
    "我妈看到这个说{mom}",
    "上班路上看到笑出声",
    "昨天刚{did}，今天就刷到了",
    "{n}年老粉了，看着博主一点点变好",
    "室友以为我疯了哈哈哈",
    "救命我也是这样的人",
    "今天第{n}次刷到这条了",
    "在{city}待了{n}年都不知道这个",
    "我们公司楼下就有",
    "刚下班看到这个太治愈了",
    "上周跟男朋友去了，{feel}",
    "我家那位也是这样{adj}",
    "考研党路过，看完继续学习",
    "凌晨两点还在刷",
    "我奶奶也会做这个",
]
CN_DID = ["去了", "试了", "买了", "做了", "排了队", "踩点了"]
CN_MOM = ["这有什么好看的", "下次带她去", "也想要一个", "这孩子真能折腾", "比我做得好"]
CN_QGEN = [
    "这是在哪里拍的呀",
    "背景音乐叫什么",
    "博主用的什么相机",
    "求{item}链接",
    "{item}多少钱呀",
    "可以出个{item}合集吗",
    "请问是{city}吗",
    "下期能讲讲{item}吗",
    "博主是哪里人呀",
    "滤镜是哪个",
    "衣服好好看求链接",
    "这个{item}还有货吗",
]
CN_MENTION = [
    "@{nick} 快来看",
    "@{nick} 我们下次去这个",
    "@{nick} 这不就是你",
    "@{nick} 你要的{item}",
    "@{nick} 哈哈哈哈像不像你",
    "@{nick} @{nick} 周末安排",
    "@{nick} 看看人家",
]
CN_CRIT = [
    "感觉{item}有点一般",
    "说实话这期没上期好",
    "广告有点多了",
    "{item}不太适合我",
    "价格有点劝退",
    "滤镜有点重",
    "声音有点小",
    "节奏有点慢",
    "不太认同，{item}还是看个人",
    "恰饭恰得有点明显哈",
]
CN_BANTER = [
    "博主好会",
    "这谁顶得住",
    "笑不活了",
    "已经被种草了",
    "钱包：你礼貌吗",
    "又是被{item}狠狠拿捏的一天",
    "宝藏博主",
    "这个我能看一百遍",
    "看饿了",
    "说到心坎里了",
    "评论区比视频还好笑",
    "怎么才刷到你",
    "建议申遗",
    "博主是懂{item}的",
    "这个{item}我先替我对象收藏了",
    "刷到就是缘分",
]
CN_BILI = [
    "{mm}:{ss} 笑死我了",
    "{mm}:{ss}那里的{item}好评",
    "三连了",
    "前排",
    "up主辛苦了",
    "已三连，求更",
    "{mm}:{ss} 名场面",
    "弹幕护体",
    "来了来了",
    "up主更新了！",
    "{mm}:{ss}这段剪得好",
]
CN_REPLY = [
    "谢谢宝～",
    "是的呀",
    "哈哈哈哈哈",
    "对的",
    "链接放橱窗啦",
    "下期安排！",
    "可以试试",
    "抱抱",
    "不是哦",
    "谢谢喜欢",
    "在{city}哦",
    "好的收到",
    "哈哈你好懂",
    "{item}是自己买的哦",
    "嗯嗯会的",
    "哈哈哈被你发现了",
    "下次一起",
    "已回复私信啦",
    "刚好{n}个月了",
    "对对对",
    "爱你们",
]

EN_REACT = [
    "omg",
    "obsessed",
    "so good",
    "love this",
    "yesss",
    "this is it",
    "wow",
    "stunning",
    "lol",
    "LMAO",
    "literally me",
    "iconic",
    "so cute",
    "need this",
    "no way",
    "crying",
    "the vibes",
    "perfect",
    "ok this is amazing",
    "big mood",
    "saving this",
    "so true",
    "facts",
    "this is hilarious",
    "love love love",
]
EN_OPINION = [
    "the {item} at the end is everything",
    "I've been using that {item} for months, {feel}",
    "slide {n} is my fav",
    "never thought of doing the {item} like that",
    "ok the {item} looks {adj}",
    "bought the {item} after your last video, {feel}",
    "that {item} for that price is {price}",
    "the {item} part was so helpful",
    "honestly the {item} looks {adj}",
    "finally someone talks about {item}",
    "the lighting in this one is {adj}",
]
EN_FEEL = [
    "no regrets",
    "it's fine tbh",
    "10/10",
    "kinda overrated",
    "holds up really well",
    "worth every penny",
    "not for me but glad you like it",
    "my sister loves it too",
    "still on the fence",
    "totally agree",
]
EN_ADJ = [
    "amazing",
    "so cozy",
    "unreal",
    "gorgeous",
    "super clean",
    "wild",
    "perfect",
    "adorable",
    "chaotic",
    "underrated",
]
EN_PRICE = ["a steal", "kinda steep", "honestly fair", "insane"]
EN_ANEC = [
    "went to {city} last month and {did}, {feel}",
    "my mom would love this",
    "watching this on my lunch break lol",
    "been following since you had like {n}k, so proud",
    "showed this to my roommate and she screamed",
    "this is literally my family every sunday",
    "3am and I'm watching this instead of sleeping",
    "I tried this yesterday and {feel}",
    "been here since day one",
    "my {n} year old made me replay this",
]
EN_DID = ["tried it", "went there", "bought one", "made this", "waited in line"]
EN_QGEN = [
    "where is this?",
    "what camera do you use?",
    "song name?",
    "what's the {item}?",
    "how much was the {item}?",
    "can you do a part 2?",
    "is this in {city}?",
    "can you do a {item} video next?",
    "what filter is this?",
]
EN_MENTION = [
    "@{h} look",
    "@{h} we need to go here",
    "@{h} this is so you",
    "@{h} @{h} weekend plans??",
    "@{h} lmaooo",
    "@{h} the {item} you wanted",
]
EN_CRIT = [
    "not sure about the {item} tbh",
    "too many ads lately",
    "preferred the old style ngl",
    "the {item} looks overpriced",
    "audio is a bit low",
    "this felt rushed compared to your usual",
    "respectfully disagree about the {item}",
]
EN_BANTER = [
    "the way I gasped",
    "not the {item} 😭",
    "you never miss",
    "algorithm finally blessed me",
    "how is this free content",
    "my wallet is crying",
    "this made my day",
    "the comments are killing me",
    "underrated creator fr",
    "ok but why is this so satisfying",
    "I didn't know I needed this",
]
EN_REPLY = [
    "thank you!!",
    "haha yes",
    "link in bio!",
    "part 2 coming soon",
    "omg thank you 🥹",
    "it's from {city}!",
    "yes it is!",
    "hahaha you get it",
    "appreciate you ❤️",
    "good question, will do a video",
    "no sadly",
    "same!!",
    "it's the {item}, linked in stories",
]

# fraud / special text pools -------------------------------------------------------------------
BOT_CN = [
    "好看",
    "支持",
    "加油",
    "太棒了",
    "厉害",
    "赞赞赞",
    "喜欢",
    "不错",
    "真好",
    "666",
    "支持支持",
    "好好好",
    "优秀",
    "路过",
    "顶",
    "太美了",
    "很棒",
    "真不错",
    "关注了",
    "好",
    "赞",
    "美",
    "漂亮",
    "学习了",
    "👍👍👍",
    "💯",
]
BOT_EN = [
    "Nice",
    "Great post!",
    "Amazing",
    "Love it",
    "Awesome!",
    "Wow",
    "Beautiful",
    "Cool",
    "Nice pic",
    "Great content",
    "Superb",
    "Keep it up!",
    "Nice one",
    "Good job",
    "Perfect",
    "So nice",
    "Excellent",
    "Lovely",
    "Fantastic",
    "Great",
]
POD_CN = [
    "来啦宝",
    "支持宝子",
    "已赞已藏",
    "互关互赞",
    "打卡支持",
    "宝子我来了",
    "三连了",
    "来了来了",
    "赞了姐妹",
    "冲冲冲",
    "好看！已关注",
    "一起加油呀",
    "回访来啦",
    "已阅支持",
    "姐妹好美",
    "宝宝来了",
    "每日打卡",
    "已赞求回",
    "支持一下",
    "互助来了",
]
POD_EN = [
    "Love this! 😍",
    "So inspiring ✨",
    "Great share!",
    "Yes!! 🙌",
    "This is everything 💕",
    "Obsessed with this",
    "Gorgeous feed as always",
    "Such a vibe ✨",
    "Love your content!",
    "Saving this! 🙌",
    "Stunning 😍",
    "Amazing tips, thanks for sharing!",
    "Needed this today 💕",
    "Queen 👑",
    "Goals!!",
    "Beautiful shot 🔥",
]
AI_CN_OPEN = [
    "这期内容真的太用心了！",
    "看完受益匪浅，",
    "博主的分享总是这么有温度，",
    "非常喜欢这种真诚又专业的分享，",
    "每次看博主的内容都有新的收获，",
    "这条笔记质量太高了！",
    "内容干货满满，",
    "真的被博主的专业度圈粉了，",
    "作为一个新手，这篇分享对我帮助太大了，",
    "不得不说，",
]
AI_CN_BODY = [
    "从{kw1}到{kw2}都讲解得非常细致",
    "关于{kw1}的分析既专业又通俗易懂",
    "对{kw1}和{kw2}的讲解条理清晰、重点突出",
    "尤其是{kw1}的部分，讲得特别透彻",
    "把{kw1}的细节讲得明明白白",
    "对{kw1}的见解非常独到，令人耳目一新",
    "{kw1}和{kw2}的搭配思路给了我很大启发",
]
AI_CN_CLOSE = [
    "期待博主更多优质内容！",
    "感谢无私分享，已收藏慢慢学习～",
    "支持博主，继续加油！",
    "真的是宝藏博主，已关注！",
    "希望博主能一直坚持下去，期待下一期！",
    "已经推荐给身边的朋友了，感谢分享！",
    "这样的好内容值得被更多人看到！",
]
AI_EN_OPEN = [
    "What a {a} post!",
    "This is such a {a} breakdown.",
    "Absolutely love this content!",
    "Such {a} content as always!",
    "I really appreciate the effort behind this.",
    "This is incredibly {a}!",
    "Wow, what a {a} share!",
]
AI_EN_ADJ = [
    "insightful",
    "inspiring",
    "thoughtful",
    "well-crafted",
    "informative",
    "wonderful",
    "beautifully done",
    "valuable",
]
AI_EN_BODY = [
    "The way you explained the {kw1} is so clear and engaging.",
    "Your attention to detail on the {kw1} really shines through.",
    "I learned so much about {kw1} and {kw2} from this.",
    "It's clear how much thought went into the {kw1}.",
    "The {kw1} section was especially helpful and easy to follow.",
    "Your perspective on {kw1} is truly refreshing.",
    "The balance between {kw1} and {kw2} here is just perfect.",
]
AI_EN_CLOSE = [
    "Thank you for sharing such valuable insights!",
    "Keep up the amazing work! 🙌",
    "Can't wait to see more content like this!",
    "Truly inspiring, thank you!",
    "This deserves so much more recognition! ✨",
    "Looking forward to your next post!",
    "Thanks for consistently creating such quality content!",
]
LURE_CN = [
    "想要{res}的看我主页",
    "{res}已整理好，看我头像",
    "有需要{res}的滴滴我",
    "主页有惊喜🎁",
    "扣1发你{res}",
    "同款{res}在我这里，私我",
    "姐妹们我靠这个{side}，看我名字",
    "{res}在我关注列表里",
    "加{vx}：{code}",
    "带你{side}，{vx}{code}",
    "我也是{side}的，{vx} {code}",
    "需要的找我，昵称就是{vx}",
    "{side}的方法放主页了",
    "全套{res}，{vx}{code}备注评论",
]
LURE_RES = ["资源", "全集", "原图", "教程", "网盘", "完整版", "高清版", "课程", "素材"]
LURE_SIDE = [
    "日入三百",
    "一个月瘦了十斤",
    "副业月入过万",
    "零基础学会剪辑",
    "宝妈在家赚钱",
    "学会了理财",
]
LURE_VX = [
    "V",
    "v",
    "薇",
    "威",
    "vx",
    "VX",
    "微❤",
    "卫星",
    "🛰",
    "➕V",
    "绿泡泡",
    "🌿泡泡",
    "wei",
    "+v",
]
LURE_EN = [
    "Check my b!o for {res} 🔥",
    "I have the full {res}, D.M me",
    "DM 'collab' to @{h} 💰",
    "Made ${n}k this month thanks to {name}, look her up on {app}",
    "Send a DM to @{h} to be featured ✨",
    "f0llow me for free {res}",
    "Who else is earning with {name}?? 🙌",
    "Want promo? message @{h}",
    "{name} changed my life, she's on {app} {code}",
    "free {res} in my b1o 👀",
]
LURE_RES_EN = [
    "promo",
    "followers",
    "full video",
    "presets",
    "course",
    "giveaway",
    "crypto signals",
]
GIVE_CN = [
    "抽我抽我",
    "许愿🙏",
    "好运来",
    "参与一下",
    "@{nick} @{nick}",
    "转发了，求锦鲤",
    "希望是我",
    "中中中",
    "来沾沾喜气",
    "蹲一个好运",
    "已关注求抽中",
    "参与",
    "锦鲤附体",
    "我想要！",
    "接好运",
]
GIVE_EN = [
    "Done ✅ @{h} @{h}",
    "@{h} @{h} @{h}",
    "Entered! 🤞",
    "Would love to win this 🙏",
    "Done! fingers crossed",
    "pick me 🥺",
    "@{h} @{h}",
    "done ✅",
    "entered!! @{h}",
]
FAN_CN = [
    "{star}辛苦了",
    "永远支持{star}",
    "{star}新作品冲冲冲",
    "{star}要好好休息呀",
    "期待{star}的新作品",
    "{star}是最好的",
    "我们一直都在",
    "{star}今天也好帅",
    "{star}今天也很美",
    "今天也是爱{star}的一天",
    "{star}加油！",
    "守护全世界最好的{star}",
    "{star}{n}周年快乐",
    "我们一起走花路",
]
FAN_EN = [
    "we love you {star} ❤️",
    "{star} never misses",
    "so proud of you {star}",
    "{star} take care of yourself",
    "ICON",
    "{star} supremacy",
    "streaming rn",
    "our {star} 🥹",
]
NEG_CN = [
    "取关了",
    "失望",
    "恰烂钱",
    "翻车了吧",
    "这次真的过分了",
    "退粉",
    "能不能好好说话",
    "不解释一下吗",
    "粉转路",
    "支持博主，别理黑子",
    "清者自清",
    "看评论区就知道了",
    "吃瓜",
    "道歉呢",
]
NEG_EN = [
    "unfollowing",
    "this aged badly",
    "disappointed tbh",
    "explain yourself",
    "not a good look",
    "the ratio 💀",
    "we stand with you",
    "ignore the haters",
    "yikes",
    "so the rumors were true",
]

CN_SYL = [
    "xiao",
    "yu",
    "li",
    "wang",
    "chen",
    "mei",
    "lin",
    "zhang",
    "tang",
    "jia",
    "hao",
    "ning",
    "xin",
    "yue",
    "qi",
    "le",
    "an",
    "zi",
    "han",
    "ke",
    "lu",
    "wen",
    "jing",
    "yi",
    "bo",
    "fei",
    "momo",
    "coco",
    "duo",
    "tao",
    "mi",
]
NICK_A = [
    "小",
    "阿",
    "大",
    "是",
    "一只",
    "今天也是",
    "爱吃",
    "不吃",
    "会飞的",
    "快乐的",
    "努力的",
    "佛系",
    "早睡的",
    "Miss",
    "",
    "",
    "",
    "老",
]
NICK_B = [
    "鱼",
    "橘子",
    "桃桃",
    "阿狸",
    "糖糖",
    "小熊",
    "柚子",
    "奶茶",
    "芒果",
    "土豆",
    "兔兔",
    "饭团",
    "可乐",
    "西瓜",
    "猫",
    "星星",
    "月亮",
    "海盐",
    "芝士",
    "栗子",
    "柠檬",
    "布丁",
    "小狗",
    "松鼠",
    "鹿",
    "向日葵",
    "雪梨",
    "番茄",
    "Lemon",
    "Coco",
    "Yuki",
    "Luna",
    "张三",
    "王姐",
    "李哥",
    "大橙子",
    "汤圆",
    "饺子",
    "麻薯",
]
NICK_C = [
    "",
    "",
    "",
    "",
    "酱",
    "呀",
    "同学",
    "の日常",
    "本人",
    "_",
    "2.0",
    "不加糖",
    "在路上",
    "99",
    "ovo",
    "吖",
    "子",
    "er",
    "🍊",
    "✨",
]
EN_FIRST = [
    "jess",
    "mike",
    "sarah",
    "chris",
    "emma",
    "liam",
    "olivia",
    "noah",
    "ava",
    "mia",
    "ethan",
    "sophie",
    "jake",
    "chloe",
    "ryan",
    "maya",
    "leo",
    "zoe",
    "daniel",
    "grace",
    "alex",
    "nina",
    "sam",
    "bella",
    "tyler",
    "ana",
    "kevin",
    "priya",
    "marco",
    "aisha",
]
EN_LAST = [
    "smith",
    "lee",
    "nguyen",
    "garcia",
    "brown",
    "khan",
    "wilson",
    "martin",
    "lopez",
    "kim",
    "patel",
    "taylor",
    "santos",
    "cruz",
    "walker",
]
EN_WORDS = [
    "sunny",
    "daily",
    "vibes",
    "eats",
    "travels",
    "fit",
    "art",
    "official",
    "xo",
    "world",
    "life",
    "studio",
    "creates",
    "diaries",
]
BIO_CN = {
    "beauty": "美妆护肤",
    "food": "吃货一枚｜探店",
    "travel": "旅行记录",
    "fashion": "穿搭分享",
    "fitness": "健身打卡",
    "tech": "数码测评",
    "gaming": "游戏区UP",
    "parenting": "育儿日常",
    "pets": "铲屎官日常",
    "lifestyle": "生活记录",
    "entertainment": "演员/歌手",
}
BIO_EN = {
    "beauty": "beauty & skincare",
    "food": "food & recipes",
    "travel": "travel diaries",
    "fashion": "style & outfits",
    "fitness": "fitness coach",
    "tech": "tech reviews",
    "gaming": "gamer",
    "parenting": "mom life",
    "pets": "dog mom",
    "lifestyle": "slow living",
    "entertainment": "artist",
}
BOT_BIO_CN = ["", "", "", "热爱生活", "随便看看", "。", "努力赚钱", "做自己", "开心每一天"]
BOT_BIO_EN = ["", "", "", "living my best life", "follow me", "love ❤️", "hi", "dm for promo"]
REAL_BIO_CN = [
    "{city}｜{a}",
    "一个爱{i}的人",
    "生活不止眼前的苟且",
    "日常分享，不定期更新",
    "00后｜{city}",
    "记录生活✨",
    "i人｜{i}爱好者",
    "我的快乐很简单",
    "打工人",
    "宝妈一枚",
    "在读研究生",
    "{a}，也爱{i}",
]
REAL_BIO_EN = [
    "{city} | {a}",
    "just here for the {i}",
    "coffee, {i} & sunsets",
    "she/her · {city}",
    "dad of 2 · {i}",
    "student · {a}",
    "living slowly",
    "{a} enthusiast",
    "photos mostly",
]


# ----------------------------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------------------------
def _pick(r: random.Random, weights: dict) -> str:
    x = r.random() * sum(weights.values())
    for k, w in weights.items():
        x -= w
        if x <= 0:
            return k
    return k


def _wpick(r, pairs):
    x = r.random() * sum(w for _, w in pairs)
    for k, w in pairs:
        x -= w
        if x <= 0:
            return k
    return pairs[-1][0]


def _cnt(r, x: float) -> int:
    if x <= 0:
        return 0
    if x < 30:
        # poisson-ish for small counts
        b = int(x)
        return (
            b
            + (1 if r.random() < x - b else 0)
            + (r.randint(-1, 1) if x > 4 else 0) * (1 if r.random() < 0.3 else 0)
        )
    return round(float(x * (1 + r.gauss(0, 0.03))))


def _ln(r, sigma, mean_one=True):
    return math.exp(r.gauss(-sigma * sigma / 2 if mean_one else 0.0, sigma))


class Ctx:
    """Per-creator state shared by the text and account generators."""

    def __init__(self, r, platform, lang, cat, as_of_ts, tz):
        self.r = r
        self.platform = platform
        self.lang = lang
        self.cat = cat
        self.as_of_ts = as_of_ts
        self.tz = tz
        v = CAT_VOCAB[cat]
        self.items_cn, self.items_en, self.q_cn, self.q_en, self.kw_cn, self.kw_en = v
        self.emo = EMOJI_CN.get(platform, [])
        self.used_names = set()

    # -- names -----------------------------------------------------------------------------
    def default_name(self):
        r, p = self.r, self.platform
        if p == "rednote":
            return "小红薯" + "".join(r.choice("0123456789ABCDEF") for _ in range(8))
        if p == "weibo":
            return r.choice(["用户", "手机用户", "用户"]) + str(r.randint(10**9, 8 * 10**9))
        if p == "bilibili":
            return "bili_" + str(r.randint(10**10, 9 * 10**10))
        if p == "kuaishou":
            return "快手用户" + str(r.randint(10**9, 9 * 10**9))
        if p in ("douyin", "wechat_channels"):
            return "用户" + str(r.randint(10**9, 9 * 10**12))
        if p == "tiktok":
            return "user" + str(r.randint(10**9, 10**13))
        if p == "youtube":
            return "user-" + "".join(
                r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(10)
            )
        return (
            r.choice(EN_FIRST)
            + r.choice(["_", ".", ""])
            + r.choice(EN_LAST)
            + str(r.randint(1000, 99999))
        )

    def nick(self):
        r = self.r
        if self.lang == "zh":
            if r.random() < 0.12:
                return self.default_name()
            if r.random() < 0.15:
                return (
                    r.choice(CN_SYL).capitalize()
                    + r.choice(CN_SYL)
                    + r.choice(["", "", "_", str(r.randint(1, 99))])
                )
            return r.choice(NICK_A) + r.choice(NICK_B) + r.choice(NICK_C)
        return self.handle()

    def handle(self):
        r = self.r
        if self.lang == "zh" and self.platform in CN_PLATFORMS:
            return self.nick()
        s = r.random()
        if s < 0.35:
            h = r.choice(EN_FIRST) + r.choice(["_", ".", ""]) + r.choice(EN_LAST)
        elif s < 0.6:
            h = r.choice(EN_FIRST) + r.choice(["", "_", "."]) + r.choice(EN_WORDS)
        elif s < 0.8:
            h = r.choice(EN_FIRST) + str(r.randint(1, 2005))
        elif s < 0.9:
            h = (
                r.choice(CN_SYL)
                + r.choice(CN_SYL)
                + r.choice(["_", ".", ""])
                + str(r.randint(0, 999))
            )
        else:
            h = r.choice(EN_WORDS) + "." + r.choice(EN_FIRST) + r.choice(["", "x", "_", "__"])
        return h

    def bot_name(self, style):
        r = self.r
        if style == "default":
            return self.default_name()
        if style == "en_digits":
            return (
                r.choice(EN_FIRST)
                + r.choice(["_", ""])
                + r.choice(EN_LAST)
                + str(r.randint(100, 99999))
            )
        if style == "cn_mix" and self.lang == "zh":
            return r.choice(NICK_B) + str(r.randint(100, 9999))
        if style == "letters":
            return "".join(
                r.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(r.randint(6, 10))
            ) + str(r.randint(10, 999))
        return self.nick()

    # -- text decoration -------------------------------------------------------------------
    def tail(self, text):
        r = self.r
        x = r.random()
        if self.lang == "zh":
            if x < 0.25:
                return text
            if x < 0.45:
                return text + r.choice(["！", "！！", "～", "。", "…", "?", "？", "!!", "~"])
            if x < 0.7 and self.emo:
                return text + "".join(r.choice(self.emo) for _ in range(r.choice([1, 1, 1, 2, 3])))
            if x < 0.85:
                return text + r.choice(UNI_EMOJI) * r.choice([1, 1, 2, 3])
            return text + r.choice(["哈哈哈", "哈哈哈哈哈", "hhh", "嘿嘿", "呜呜", "啊啊啊"])
        if x < 0.3:
            return text
        if x < 0.45:
            return text + r.choice(["!", "!!", "!!!", ".", "...", " lol", " haha"])
        if x < 0.85:
            return text + " " + r.choice(UNI_EMOJI) * r.choice([1, 1, 2, 3])
        return text.upper() if len(text) < 40 and "@" not in text else text

    def fill(self, t):
        r = self.r
        zh = self.lang == "zh"
        if "{item}" in t:
            t = t.replace("{item}", r.choice(self.items_cn if zh else self.items_en))
        if "{feel}" in t:
            t = t.replace("{feel}", r.choice(CN_FEEL if zh else EN_FEEL))
        if "{adj}" in t:
            t = t.replace("{adj}", r.choice(CN_ADJ if zh else EN_ADJ))
        if "{price}" in t:
            t = t.replace("{price}", r.choice(CN_PRICE if zh else EN_PRICE))
        if "{city}" in t:
            t = t.replace("{city}", r.choice(CN_CITIES if zh else EN_CITIES))
        if "{did}" in t:
            t = t.replace("{did}", r.choice(CN_DID if zh else EN_DID))
        if "{mom}" in t:
            t = t.replace("{mom}", r.choice(CN_MOM))
        if "{n}" in t:
            t = t.replace("{n}", str(r.choice([2, 3, 3, 4, 5, 6, 7, 8, 10, 12, 20])))
        if "{mm}" in t:
            t = t.replace("{mm}", f"{r.randint(0, 14):02d}").replace(
                "{ss}", f"{r.randint(0, 59):02d}"
            )
        while "{nick}" in t:
            t = t.replace("{nick}", self.nick(), 1)
        while "{h}" in t:
            t = t.replace("{h}", self.handle(), 1)
        return t

    # -- genuine comments ------------------------------------------------------------------
    def genuine(self, post_fmt="image"):
        r = self.r
        zh = self.lang == "zh"
        x = r.random()
        if x < 0.05:  # emoji only
            if zh and self.emo and r.random() < 0.6:
                return "".join(r.choice(self.emo) for _ in range(r.randint(1, 4)))
            return "".join(r.choice(UNI_EMOJI) for _ in range(r.randint(1, 4)))
        if zh:
            if self.platform == "bilibili" and post_fmt == "video" and x < 0.22:
                return self.tail(self.fill(r.choice(CN_BILI)))
            pools = (
                (CN_REACT, 0.15),
                (CN_OPINION, 0.2),
                (CN_ANEC, 0.14),
                (self.q_cn + CN_QGEN, 0.2),
                (CN_MENTION, 0.07),
                (CN_CRIT, 0.06),
                (CN_BANTER, 0.18),
            )
        else:
            pools = (
                (EN_REACT, 0.15),
                (EN_OPINION, 0.2),
                (EN_ANEC, 0.13),
                (self.q_en + EN_QGEN, 0.2),
                (EN_MENTION, 0.08),
                (EN_CRIT, 0.06),
                (EN_BANTER, 0.18),
            )
        pool = _wpick(r, pools)
        t = self.fill(r.choice(pool))
        if r.random() < 0.3 and pool is not (CN_MENTION if zh else EN_MENTION):
            pool2 = _wpick(r, pools)
            t2 = self.fill(r.choice(pool2))
            t = t + ("，" if zh else (", " if r.random() < 0.5 else ". ")) + t2
        if zh and r.random() < 0.08:
            t = "哈" * r.randint(3, 12) + t
        if not zh and r.random() < 0.25:
            t = t.lower()
        return self.tail(t)

    def reply(self):
        return self.tail(self.fill(self.r.choice(CN_REPLY if self.lang == "zh" else EN_REPLY)))

    def bot(self, s):
        r = self.r
        zh = self.lang == "zh"
        pool = BOT_CN if zh else BOT_EN
        k = max(3, int(len(pool) * (0.25 + 0.75 * (1 - s))))
        t = r.choice(pool[:k])
        y = r.random()
        if y < 0.25:
            t = (
                "".join(r.choice(UNI_EMOJI[:8]) for _ in range(r.randint(1, 3)))
                if r.random() < 0.5
                else t
            )
        elif y < 0.55:
            t = t + (
                r.choice(self.emo) * r.randint(1, 3)
                if zh and self.emo
                else r.choice(UNI_EMOJI[:8]) * r.randint(1, 3)
            )
        elif y < 0.65:
            t = t + r.choice(["!", "！", "!!", "~"])
        return t

    def pod(self):
        r = self.r
        t = r.choice(POD_CN if self.lang == "zh" else POD_EN)
        if r.random() < 0.35:
            t += (
                r.choice(self.emo)
                if self.lang == "zh" and self.emo
                else r.choice(["", " 💕", " ✨", " 🙌"])
            )
        return t

    def ai(self):
        r = self.r
        if self.lang == "zh":
            kws = r.sample(self.kw_cn, 2) if len(self.kw_cn) > 1 else self.kw_cn * 2
            body = r.choice(AI_CN_BODY).replace("{kw1}", kws[0]).replace("{kw2}", kws[1])
            t = r.choice(AI_CN_OPEN) + body + "，" + r.choice(AI_CN_CLOSE)
            if r.random() < 0.3:
                t = t + r.choice(["✨", "👍", "💯", "🌟", ""])
            return t
        kws = r.sample(self.kw_en, 2) if len(self.kw_en) > 1 else self.kw_en * 2
        body = r.choice(AI_EN_BODY).replace("{kw1}", kws[0]).replace("{kw2}", kws[1])
        return (
            r.choice(AI_EN_OPEN).replace("{a}", r.choice(AI_EN_ADJ))
            + " "
            + body
            + " "
            + r.choice(AI_EN_CLOSE)
        )

    def lure(self, code):
        r = self.r
        if self.lang == "zh":
            t = r.choice(LURE_CN)
            t = (
                t.replace("{res}", r.choice(LURE_RES))
                .replace("{side}", r.choice(LURE_SIDE))
                .replace("{vx}", r.choice(LURE_VX))
                .replace("{code}", _disguise(r, code))
            )
            return t
        t = r.choice(LURE_EN)
        return (
            t.replace("{res}", r.choice(LURE_RES_EN))
            .replace("{h}", code + r.choice(["", "_", ".official", "_fx"]))
            .replace("{n}", str(r.randint(3, 40)))
            .replace(
                "{name}", r.choice(["Mrs", "Ms", "Coach"]) + " " + r.choice(EN_FIRST).capitalize()
            )
            .replace(
                "{app}", r.choice(["IG", "telegram", "WhatsApp", "teleg.ram", "W h a t s a p p"])
            )
            .replace("{code}", _disguise(r, code))
        )

    def giveaway(self):
        return self.fill(self.r.choice(GIVE_CN if self.lang == "zh" else GIVE_EN))

    def fan(self, star):
        t = self.r.choice(FAN_CN if self.lang == "zh" else FAN_EN).replace("{star}", star)
        t = self.fill(t)
        return t if self.r.random() < 0.6 else self.tail(t)

    def negative(self):
        return self.tail(self.r.choice(NEG_CN if self.lang == "zh" else NEG_EN))


CIRCLED = "⓪①②③④⑤⑥⑦⑧⑨"
CN_DIG = "零一二三四五六七八九"


def _disguise(r, code):
    s = r.random()
    if s < 0.25:
        return " ".join(code)
    if s < 0.4:
        return "".join(CIRCLED[int(c)] if c.isdigit() else c for c in code)
    if s < 0.55:
        return "".join(CN_DIG[int(c)] if c.isdigit() else c for c in code)
    if s < 0.7:
        return "".join(
            chr(ord(c) + 0xFEE0) if c.isalnum() and c.isascii() else c for c in code
        )  # full-width
    if s < 0.8:
        return ".".join(code[i : i + 3] for i in range(0, len(code), 3))
    return code


# ----------------------------------------------------------------------------------------------
# archetype / platform choice
# ----------------------------------------------------------------------------------------------
def _intensity(r):
    return min(0.98, max(0.03, r.betavariate(1.2, 1.9)))


def _pick_fraud(r):
    a = _pick(r, FRAUD_W)
    if a != "combo":
        return a, {a: _intensity(r)}
    k = 3 if r.random() < 0.2 else 2
    w = dict(COMBO_W)
    comps: list[str] = []
    while len(comps) < k:
        c = _pick(r, w)
        comps.append(c)
        del w[c]
        if c.startswith("bought_followers"):
            for o in list(w):
                if o.startswith("bought_followers"):
                    del w[o]
    comps.sort(key=FRAUD_BASE.index)
    return "combo:" + "+".join(comps), {c: _intensity(r) * r.uniform(0.6, 1.0) for c in comps}


def _pick_platform(r, arch, comps):
    w = dict(PLATFORM_W)
    mult = {
        "celebrity_low_er": {"weibo": 3, "douyin": 1.5, "instagram": 1.5, "bilibili": 0.3},
        "giveaway": {"weibo": 2.5, "instagram": 1.5, "wechat_channels": 0.3},
        "tiny_koc": {"rednote": 2.5, "instagram": 1.3, "weibo": 0.5, "youtube": 0.4},
        "aged_audience": {"weibo": 3.5, "youtube": 1.3},
        "platform_purge": {"instagram": 1.5, "weibo": 1.5},
    }.get(arch, {})
    for k, v in mult.items():
        w[k] *= v
    if "follow_churn" in comps:
        w["instagram"] *= 2.2
        w["tiktok"] *= 1.3
        w["youtube"] = 0
        w["bilibili"] *= 0.5
    if "engagement_pod" in comps:
        w["instagram"] *= 2
        w["rednote"] *= 1.5
        w["youtube"] *= 0.3
    if "bought_views" in comps:
        for k in list(w):
            if k not in ("douyin", "kuaishou", "bilibili", "tiktok", "youtube", "instagram"):
                w[k] = 0
    if "lure_spam" in comps:
        for k in CN_PLATFORMS:
            w[k] *= 1.4
    return _pick(r, w)


def _tier(f):
    if f < 1e4:
        return 0
    if f < 1e5:
        return 1
    if f < 5e5:
        return 2
    if f < 5e6:
        return 3
    return 4


POST_HOURS_CN = [
    (h, w)
    for h, w in zip(
        range(24),
        [
            2,
            1,
            0.5,
            0.3,
            0.2,
            0.2,
            0.5,
            1.5,
            2.5,
            3,
            3,
            3.5,
            5,
            4,
            3,
            3,
            3.5,
            4.5,
            6,
            7,
            7.5,
            7,
            5.5,
            3.5,
        ],
        strict=True,
    )
]
POST_HOURS_EN = [
    (h, w)
    for h, w in zip(
        range(24),
        [
            1.5,
            1,
            0.6,
            0.4,
            0.3,
            0.4,
            0.8,
            1.5,
            2.5,
            3,
            3,
            3.5,
            4.5,
            4,
            3.5,
            3.5,
            4,
            4.5,
            5.5,
            6,
            6,
            5,
            4,
            2.5,
        ],
        strict=True,
    )
]


def _post_id(r, p):
    if p in ("douyin", "tiktok"):
        # randint(7 * 10**18, 7.5 * 10**18) as first written: its float bound made it
        # randrange(7 * 10**18, 75 * 10**17) (deprecated float arguments, refused from Python
        # 3.12); written out, the same draws
        return str(r.randrange(7 * 10**18, 75 * 10**17))
    if p == "rednote":
        return "".join(r.choice("0123456789abcdef") for _ in range(24))
    if p == "weibo":
        return "".join(
            r.choice("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
            for _ in range(9)
        )
    if p == "bilibili":
        return "BV1" + "".join(
            r.choice("0123456789abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ")
            for _ in range(9)
        )
    if p == "kuaishou":
        return "3x" + "".join(r.choice("0123456789abcdefghijkmnpqrstuvwxyz") for _ in range(13))
    if p == "wechat_channels":
        return "export/" + "".join(
            r.choice("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
            for _ in range(24)
        )
    return "".join(
        r.choice("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-")
        for _ in range(11)
    )


def _iso(ts, tz):
    return _dt.datetime.fromtimestamp(ts, tz).isoformat(timespec="seconds")


def _date(ts, tz):
    return _dt.datetime.fromtimestamp(ts, tz).date().isoformat()


def _round_pkg(r, x):
    for p in (50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000, 100000):
        if x <= p * 1.15:
            return p
    return round(float(x / 100000.0)) * 100000


# ----------------------------------------------------------------------------------------------
# follower-sample accounts
# ----------------------------------------------------------------------------------------------
def _account(c, kind, s=0.5, cluster=None, fields=None):
    r, p, as_of = c.r, c.platform, c.as_of_ts
    day = 86400.0
    priv_p = {"instagram": 0.35, "tiktok": 0.2, "douyin": 0.08, "kuaishou": 0.05}.get(p, 0.02)
    zh = c.lang == "zh"
    name_default = False
    a: dict[str, Any] = {}
    if kind == "real":
        fol = int(math.exp(r.gauss(math.log(60 if zh else 140), 1.4)))
        fng = int(math.exp(r.gauss(math.log(170 if zh else 350), 0.9)))
        posts = int(math.exp(r.gauss(math.log(25), 1.3))) if r.random() > 0.06 else 0
        av, bio_p, url_p = 0.93, 0.45, 0.04
        created = as_of - r.uniform(0.3, 12) * 365 * day
        last = as_of - min(r.expovariate(1 / 25.0), 900) * day if posts else None
        name_default = r.random() < 0.07
        lvl, mem, cred = (
            r.randint(4, 32),
            (r.randint(1, 7) if r.random() < 0.12 else 0),
            _wpick(r, [(2, 0.25), (3, 0.35), (4, 0.3), (1, 0.1)]),
        )
    elif kind == "lurker":
        fol = int(math.exp(r.gauss(math.log(3), 1.1)))
        fng = int(math.exp(r.gauss(math.log(60), 1.0)))
        posts = 0 if r.random() < 0.65 else r.randint(1, 6)
        av, bio_p, url_p = 0.55, 0.08, 0
        created = as_of - r.uniform(0.5, 11) * 365 * day
        last = as_of - r.uniform(90, 2000) * day if posts else None
        name_default = r.random() < 0.45
        lvl, mem, cred = r.randint(1, 12), 0, _wpick(r, [(1, 0.4), (2, 0.4), (3, 0.2)])
    elif kind == "bot":
        fol = int(math.exp(r.gauss(math.log(4), 1.0)))
        fng = int(math.exp(r.gauss(math.log(900), 0.7)))
        posts = 0 if r.random() < 0.6 else r.randint(1, 8)
        av, bio_p, url_p = 0.35, 0.1, 0.05
        created = as_of - r.uniform(0.2, 7) * 365 * day
        last = created + r.uniform(0, 30) * day if posts else None
        name_default = r.random() < 0.65
        lvl, mem, cred = r.randint(0, 5), 0, _wpick(r, [(0, 0.5), (1, 0.5)])
    elif kind == "cheap":
        fol = int(math.exp(r.gauss(math.log(2 + 10 * (1 - s)), 1.0)))
        fng = int(math.exp(r.gauss(math.log(700 + 800 * s), 0.55)))
        posts = 0 if r.random() < 0.4 + 0.4 * s else r.randint(1, 4 + int(10 * (1 - s)))
        av, bio_p, url_p = 0.25 + 0.6 * (1 - s), 0.05 + 0.3 * (1 - s), 0.02
        created = (
            cluster if cluster is not None else as_of - r.uniform(30, 700) * day
        ) - r.uniform(0, 12) * day
        last = min(as_of, created + r.uniform(0, 60) * day) if posts else None
        name_default = r.random() < 0.55 * s + 0.1
        lvl, mem, cred = r.randint(0, 3), 0, _wpick(r, [(0, 0.6), (1, 0.4)])
    elif kind == "premium":
        fol = int(math.exp(r.gauss(math.log(180), 0.8)))
        fng = int(math.exp(r.gauss(math.log(550), 0.55)))
        posts = int(math.exp(r.gauss(math.log(40), 0.7)))
        av, bio_p, url_p = 0.97, 0.6, 0.03
        created = as_of - r.uniform(1.2, 6) * 365 * day
        last = as_of - r.uniform(20, 400) * day
        name_default = False
        lvl, mem, cred = r.randint(5, 16), 0, _wpick(r, [(1, 0.3), (2, 0.5), (3, 0.2)])
    elif kind == "followback":
        fol = int(math.exp(r.gauss(math.log(900), 0.8)))
        fng = int(fol * r.uniform(0.8, 1.7) + r.randint(0, 300))
        posts = int(math.exp(r.gauss(math.log(80), 0.9)))
        av, bio_p, url_p = 0.96, 0.7, 0.25
        created = as_of - r.uniform(0.5, 6) * 365 * day
        last = as_of - r.expovariate(1 / 10.0) * day
        lvl, mem, cred = (
            r.randint(8, 25),
            (r.randint(1, 4) if r.random() < 0.2 else 0),
            _wpick(r, [(2, 0.5), (3, 0.5)]),
        )
    elif kind == "pod":
        fol = int(math.exp(r.gauss(math.log(3000), 1.0)))
        fng = int(math.exp(r.gauss(math.log(1200), 0.6)))
        posts = int(math.exp(r.gauss(math.log(200), 0.6)))
        av, bio_p, url_p = 1.0, 0.95, 0.5
        created = as_of - r.uniform(0.8, 6) * 365 * day
        last = as_of - r.expovariate(1 / 3.0) * day
        lvl, mem, cred = (
            r.randint(10, 30),
            (r.randint(1, 5) if r.random() < 0.3 else 0),
            _wpick(r, [(3, 0.5), (4, 0.5)]),
        )
    else:  # hunter (giveaway hunters: genuine people, odd-looking)
        fol = int(math.exp(r.gauss(math.log(50), 1.0)))
        fng = int(math.exp(r.gauss(math.log(1500), 0.6)))
        posts = int(math.exp(r.gauss(math.log(400), 0.9)))
        av, bio_p, url_p = 0.8, 0.5, 0.02
        created = as_of - r.uniform(0.5, 8) * 365 * day
        last = as_of - r.expovariate(1 / 2.0) * day
        lvl, mem, cred = r.randint(6, 25), 0, _wpick(r, [(1, 0.3), (2, 0.4), (3, 0.3)])
    created = min(created, as_of - 86400 * 3)
    if last is not None:
        last = max(min(last, as_of), created)
    if kind in ("cheap", "bot"):
        uname = c.bot_name(
            r.choice(["default", "en_digits", "cn_mix", "letters"])
            if name_default or r.random() < 0.6
            else "nick"
        )
    elif name_default:
        uname = c.default_name()
    else:
        uname = (
            c.handle()
            if not zh or p not in CN_PLATFORMS
            else (r.choice(CN_SYL) + r.choice(CN_SYL) + str(r.randint(0, 9999)))
        )
    a["id"] = str(r.randint(10**8, 10**11))
    a["username"] = uname
    a["display_name"] = (
        uname
        if (name_default or not zh or (kind in ("cheap", "bot") and r.random() < 0.5))
        else c.nick()
    )
    a["followers"] = max(0, fol)
    a["following"] = max(0, fng)
    a["posts"] = max(0, posts)
    a["has_avatar"] = r.random() < av
    a["is_private"] = r.random() < priv_p * (1.5 if kind in ("lurker", "cheap") else 1)
    a["verified"] = (kind in ("real", "pod") and r.random() < 0.006) or (
        kind == "pod" and r.random() < 0.05
    )
    if r.random() < bio_p:
        if kind in ("cheap", "bot"):
            b = r.choice(BOT_BIO_CN if zh else BOT_BIO_EN)
        elif kind == "followback":
            b = (
                c.fill(r.choice(REAL_BIO_CN if zh else REAL_BIO_EN))
                .replace("{a}", r.choice(CN_ADJ if zh else EN_WORDS))
                .replace("{i}", r.choice(c.items_cn if zh else c.items_en))
            )
            if r.random() < 0.35:
                b += r.choice([" 互关必回", " 有关必回", " f4f", " follow back 100%", " 🔁"])
        elif kind == "pod":
            b = (
                (BIO_CN[c.cat] + "｜" + r.choice(CN_CITIES) + "｜合作私信")
                if zh
                else (BIO_EN[c.cat] + " | collabs: DM")
            )
        elif kind == "hunter":
            b = r.choice(
                [
                    "抽奖专用号",
                    "锦鲤附体",
                    "逢抽必转",
                    "中奖绝缘体",
                    "转发抽奖",
                    "giveaway lover",
                    "entering everything 🍀",
                    "还没中过奖",
                ]
            )
        else:
            b = r.choice(REAL_BIO_CN if zh else REAL_BIO_EN)
            b = (
                b.replace("{city}", r.choice(CN_CITIES if zh else EN_CITIES))
                .replace("{a}", r.choice(CN_ADJ if zh else EN_WORDS))
                .replace("{i}", r.choice(c.items_cn if zh else c.items_en))
            )
        if b:
            a["bio"] = b
    a["has_url"] = r.random() < url_p
    a["created_at"] = _date(created, c.tz)
    if last is not None:
        a["last_post_at"] = _date(last, c.tz)
    if p == "weibo":
        a["platform_level"] = lvl
        a["membership_level"] = mem
        a["credit_rating"] = cred
    if fields is not None:
        for k in list(a):
            if k not in fields and k not in ("followers", "following", "posts"):
                del a[k]
    return a


# ----------------------------------------------------------------------------------------------
# one creator
# ----------------------------------------------------------------------------------------------
DAY = 86400.0
AS_OF_BASE = _dt.datetime(2025, 1, 10, tzinfo=_dt.UTC).timestamp()
TZ_CN = _dt.timezone(_dt.timedelta(hours=8))
TZ_UTC = _dt.UTC


def _make(seed: int, i: int) -> dict:
    r = random.Random(f"{NAME}:{seed}:{i}")
    label = 1 if r.random() < 0.5 else 0
    if label:
        arch, comps = _pick_fraud(r)
    else:
        arch, comps = _pick(r, GENUINE_W), {}
    platform = _pick_platform(r, arch, comps)
    cn = platform in CN_PLATFORMS
    lang = "zh" if cn or r.random() < 0.12 else "en"
    tz = TZ_CN if lang == "zh" else TZ_UTC
    norm = NORMS[platform]
    cat = "entertainment" if arch == "celebrity_low_er" else r.choice(CATEGORIES[:-1])
    as_of_ts = AS_OF_BASE + r.uniform(0, 320) * DAY
    c = Ctx(r, platform, lang, cat, as_of_ts, tz)

    # ---- size ------------------------------------------------------------------------------
    if label and len(comps) > 1:
        lo, hi = min(SIZE_RANGE[k][0] for k in comps), max(SIZE_RANGE[k][1] for k in comps)
        lo, hi = lo, min(hi, 5.6)
    else:
        lo, hi = SIZE_RANGE[arch if not label else next(iter(comps))]
    f_org = 10 ** r.uniform(lo, hi)
    tier = _tier(f_org)

    # ---- creator-level engagement ------------------------------------------------------------
    q = math.exp(r.gauss(0, 0.55))
    lr_eff = norm["lr"] * (f_org / 1e4) ** -0.2 * q
    if arch == "tiny_koc":
        lr_eff *= r.uniform(1.2, 2.5)
    if arch == "celebrity_low_er":
        lr_eff *= r.uniform(0.08, 0.4)
    if arch == "aged_audience":
        lr_eff *= r.uniform(0.15, 0.45)
    lr_eff = min(lr_eff, 0.6)
    cpl_c = norm["cpl"] * math.exp(r.gauss(0, 0.5)) * (2.0 if arch == "tiny_koc" else 1.0)
    if arch == "celebrity_low_er" and platform == "weibo":
        cpl_c *= 2.5
    sig = norm["sig"]
    conv = r.uniform(0.01, 0.06)
    spons_p = [0.03, 0.12, 0.22, 0.28, 0.3][tier] * r.uniform(0.3, 1.7)
    reply_rate = [
        r.uniform(0.04, 0.2),
        r.uniform(0.02, 0.12),
        r.uniform(0, 0.05),
        r.uniform(0, 0.02),
        r.uniform(0, 0.01),
    ][tier]
    if arch == "tiny_koc":
        reply_rate = r.uniform(0.1, 0.3)

    # ---- posting schedule ----------------------------------------------------------------------
    rate = {"douyin": 0.7, "kuaishou": 0.8, "tiktok": 0.8, "bilibili": 0.22, "youtube": 0.22}.get(
        platform, 0.45
    )
    rate *= math.exp(r.gauss(0, 0.5))
    if arch == "tiny_koc":
        rate = r.uniform(0.04, 0.2)
    if arch == "celebrity_low_er":
        rate = r.uniform(0.15, 0.8)
    n_posts = (
        r.randint(10, 16) if arch == "tiny_koc" else int(min(60, max(10, r.triangular(10, 60, 26))))
    )
    H = r.randint(90, 365)
    t = as_of_ts - min(r.expovariate(rate * 2), 20) * DAY
    times = []
    horizon = as_of_ts - (H + 60 + 400) * DAY
    while True:
        times.append(t)
        if len(times) >= n_posts and t < as_of_ts - (H + 60) * DAY:
            break
        if len(times) > 2000:
            break
        gap = r.expovariate(rate)
        if r.random() < 0.04:
            gap += r.uniform(3, 25)
        t -= max(gap, 0.02) * DAY
        if t < horizon and len(times) >= n_posts:
            break
    vis_times = times[:n_posts]
    post_span = (as_of_ts - vis_times[-1]) / DAY
    D = int(max(H, post_span + 3)) + 60
    hours = POST_HOURS_CN if lang == "zh" else POST_HOURS_EN
    vis = []
    for pt in vis_times:
        d0 = _dt.datetime.fromtimestamp(pt, tz)
        hh = _wpick(r, hours)
        pt2 = d0.replace(hour=hh, minute=r.randint(0, 59), second=r.randint(0, 59)).timestamp()
        if pt2 > as_of_ts - 600:
            pt2 = as_of_ts - r.uniform(600, 20000)
        vis.append(pt2)
    vis.sort(reverse=True)
    mults = [_ln(r, sig) for _ in times]
    day_idx = [D - 1 - int((as_of_ts - pt) // DAY) for pt in times]
    day_idx[:n_posts] = [D - 1 - int((as_of_ts - pt) // DAY) for pt in vis]

    # special posts for hard negatives
    special = {}
    older = [k for k in range(n_posts) if (as_of_ts - vis[k]) > 4 * DAY and day_idx[k] > 3] or [
        n_posts - 1
    ]
    if arch == "viral_post":
        k = r.choice(older)
        mults[k] = r.uniform(15, 150)
        special[k] = "viral"
    if arch == "giveaway":
        special[r.choice(older)] = "giveaway"
    if arch == "controversy":
        special[r.choice(older)] = "controversy"

    # ---- organic follower path (backwards from f_org) ------------------------------------------
    b = r.uniform(0, 1) * 0.002 * (f_org / 1e4) ** -0.15
    loss = r.uniform(0.0002, 0.0007)
    if arch == "aged_audience":
        b, loss = r.uniform(0, 0.0002), r.uniform(0.0005, 0.0012)
    if arch == "celebrity_low_er":
        b = r.uniform(0, 0.0006)
    g = np.full(D, b - loss)
    for k, (di, m) in enumerate(zip(day_idx, mults, strict=True)):
        if di < 0:
            continue
        rel = lr_eff * m * conv * (2.5 if special.get(k) == "viral" else 1.0)
        for lag, w in ((0, 0.55), (1, 0.25), (2, 0.12), (3, 0.08)):
            if di + lag < D:
                g[di + lag] += rel * w
    events = []
    vis_lo = D - H
    if arch == "giveaway":
        k = next(iter(special))
        di = day_idx[k]
        G = r.uniform(0.05, 0.4)
        dur = r.randint(3, 10)
        for j in range(dur):
            if di + j < D:
                g[di + j] += G / dur
        draw = di + dur + r.randint(2, 7)
        back = G * r.uniform(0.15, 0.4)
        for j in range(14):
            if draw + j < D:
                g[draw + j] -= back * math.exp(-j / 4) / 3.2
    if arch == "shoutout":
        sd = r.randint(max(vis_lo, D - int(post_span * 0.9)), D - 6)
        J = r.uniform(0.05, 0.6)
        for lag, w in ((0, 0.6), (1, 0.28), (2, 0.12)):
            g[sd + lag] += J * w
        events.append(("shoutout", sd))
    if arch == "platform_purge":
        for _ in range(1 if r.random() < 0.8 else 2):
            sd = r.randint(vis_lo + 5, D - 3)
            drop = r.uniform(0.03, 0.12)
            w1 = r.uniform(0.6, 1)
            g[sd] -= drop * w1
            g[sd + 1] -= drop * (1 - w1)
    if arch == "controversy":
        k = next(iter(special))
        di = day_idx[k]
        L = r.uniform(0.02, 0.1)
        dur = r.randint(3, 8)
        for j in range(dur):
            if di + j < D:
                g[di + j] -= L / dur
    org_path = np.empty(D)
    org_path[-1] = f_org
    noise = np.array([r.gauss(0, 1) for _ in range(D)])
    for tt in range(D - 1, 0, -1):
        ot = org_path[tt]
        prev = ot / (1.0 + g[tt]) + noise[tt] * math.sqrt(ot * (b + loss) + 1.0) * 0.8
        org_path[tt - 1] = max(prev, 5.0)

    # ---- fake follower paths (forward) -----------------------------------------------------------
    A_cheap = np.zeros(D)
    A_prem = np.zeros(D)
    A_fb = np.zeros(D)
    following = np.zeros(D)
    fng0 = math.exp(r.gauss(math.log(180 if lang == "zh" else 400), 0.8))
    if tier >= 3:
        fng0 = math.exp(r.gauss(math.log(150), 1.0))
    if "engagement_pod" in comps:
        fng0 = r.uniform(800, 3000)
    fng_steps = np.array([(1 if r.random() < 0.15 else 0) for _ in range(D)], dtype=float)
    following = fng0 + np.cumsum(fng_steps)
    if r.random() < 0.3:  # occasional clean-up of the following list
        cd = r.randint(0, D - 1)
        following[cd:] -= min(following[cd] * r.uniform(0.05, 0.3), following[cd] - 1)
    cluster_times = []

    def _burst_unit(start, dur, drop, tau, shape="flat"):
        u = np.zeros(D)
        amt = 1.0
        for j in range(dur):
            if start + j < D:
                u[start + j] += (
                    amt / dur
                    if shape == "flat"
                    else amt * math.sin(math.pi * (j + 0.5) / dur) * math.pi / (2 * dur)
                )
        end = start + dur
        idx = np.arange(D)
        rem = np.where(
            idx >= end,
            drop
            * (
                np.exp(-np.maximum(idx - end, 0) / tau)
                - np.exp(-np.maximum(idx + 1 - end, 0) / tau)
            ),
            0.0,
        )
        return np.cumsum(u - rem)

    def _start(p_vis=0.8, margin=3):
        if r.random() < p_vis:
            return r.randint(vis_lo, D - margin)
        return r.randint(0, max(1, vis_lo))

    for comp, s in comps.items():
        if comp == "bought_followers_burst" or comp == "lure_spam":
            m = 0.05 * 60**s if comp == "bought_followers_burst" else 0.08 * 8**s
            nb = 1 + (s > 0.4) + (s > 0.75 and r.random() < 0.5)
            u = np.zeros(D)
            for _ in range(nb):
                st = _start()
                dur = max(1, int(1 + (1 - s) * r.uniform(0, 6)))
                u += _burst_unit(st, dur, r.uniform(0.05, 0.35), r.uniform(5, 30)) * r.uniform(
                    0.5, 1.5
                )
                cluster_times.append(as_of_ts - (D - 1 - st) * DAY)
            if u[-1] > 1e-9:
                A_cheap += u / u[-1] * m * f_org
        elif comp == "bought_followers_drip":
            m = 0.05 * 40**s
            span = r.randint(30, 200)
            st = max(0, D - 1 - span - (0 if r.random() < 0.7 else r.randint(5, 40)))
            en = min(D, st + span)
            daily = np.zeros(D)
            daily[st:en] = 1 + 0.12 * np.array([r.gauss(0, 1) for _ in range(en - st)])
            leak = r.uniform(0, 0.002)
            cum = np.zeros(D)
            acc = 0.0
            for tt in range(D):
                acc = acc * (1 - leak) + daily[tt]
                cum[tt] = acc
            if cum[-1] > 1e-9:
                A_cheap += cum / cum[-1] * m * f_org
            cluster_times.append(as_of_ts - (D - 1 - st) * DAY)
            cluster_times.append(as_of_ts - (D - 1 - (st + en) // 2) * DAY)
        elif comp == "bought_followers_premium":
            m = 0.04 * 25**s
            st = _start(0.7, 10)
            u = _burst_unit(
                st, r.randint(7, 25), r.uniform(0, 0.08), r.uniform(10, 40), shape="sine"
            )
            if u[-1] > 1e-9:
                A_prem += u / u[-1] * m * f_org
        elif comp == "follow_churn":
            m = 0.1 * 15**s
            active = r.randint(min(60, D - 1), D - 1)
            t0 = D - active
            cyc = r.randint(12, 40)
            fd = r.randint(2, 8)
            cv = r.uniform(0.08, 0.25)
            lose = r.uniform(0.1, 0.35)
            ncyc = max(1, active // cyc)
            fpd = m * f_org / (ncyc * fd * cv * (1 - lose))
            fpd = min(max(fpd, 20), 600 * (0.5 + s))
            fng0c = r.uniform(300, 1500)
            fol_d = np.zeros(D)
            gain = np.zeros(D)
            tt = t0
            while tt < D:
                for j in range(fd):
                    if tt + j < D:
                        fol_d[tt + j] += fpd * r.uniform(0.7, 1.3)
                        for lag, w in ((0, 0.5), (1, 0.35), (2, 0.15)):
                            if tt + j + lag < D:
                                gain[tt + j + lag] += fpd * cv * w
                hold = r.randint(1, 7)
                un = tt + fd + hold
                tot = fpd * fd * r.uniform(0.8, 0.98)
                ud = r.randint(1, 3)
                for j in range(ud):
                    if un + j < D:
                        fol_d[un + j] -= tot / ud
                gained = fpd * fd * cv
                for j in range(6):
                    if un + j + 1 < D:
                        gain[un + j + 1] -= gained * lose / 6
                tt += cyc
            following = fng0c + np.maximum(np.cumsum(fol_d), -fng0c + 50) + np.cumsum(fng_steps)
            A_fb += np.maximum(np.cumsum(gain), 0)
    if "engagement_pod" in comps:
        pod_size = int(12 + 48 * comps["engagement_pod"] * r.uniform(0.7, 1.2))
    else:
        pod_size = 0
    total = org_path + A_cheap + A_prem + A_fb
    eng_base = org_path + 0.03 * A_fb + 0.01 * A_prem + pod_size * 0.0

    # ---- posts -----------------------------------------------------------------------------------
    show_views = r.random() < norm["pviews"] or "bought_views" in comps
    hide_likes_rec = platform == "instagram" and r.random() < 0.08
    ks_unknown = platform == "kuaishou" and r.random() < 0.5
    round_cn = cn and r.random() < 0.3
    fmts = norm["fmt"]
    posts = []
    meta = []
    for k in range(n_posts):
        pt = vis[k]
        di = max(0, day_idx[k])
        age_h = (as_of_ts - pt) / 3600.0
        mat = 1 - math.exp(-max(age_h, 0.3) / 18.0)
        fmt = _wpick(r, fmts)
        ff = {"live": 0.4, "text": 0.6}.get(fmt, 1.0) * (
            1.3 if platform == "instagram" and fmt == "video" else 1.0
        )
        spons = r.random() < spons_p
        sf = r.uniform(0.45, 0.85) if spons else 1.0
        likes = eng_base[di] * lr_eff * mults[k] * ff * sf * mat
        cm = likes * cpl_c * _ln(r, 0.4)
        if special.get(k) == "giveaway":
            likes *= r.uniform(1.5, 5)
            cm = cm * r.uniform(8, 50) + r.uniform(20, 200)
        if special.get(k) == "controversy":
            likes *= r.uniform(0.5, 2)
            cm *= r.uniform(5, 20)
        shares = likes * norm["spl"] * _ln(r, 0.6) if norm["spl"] else None
        if shares is not None and special.get(k) == "giveaway":
            shares *= r.uniform(5, 30)
        saves = likes * norm["svl"] * _ln(r, 0.5) if norm["svl"] else None
        views = (
            likes / (norm["lpv"] * _ln(r, 0.35))
            if (show_views and (fmt in ("video", "live") or platform in ("bilibili", "youtube")))
            else None
        )
        if views is not None and special.get(k) == "viral":
            views *= r.uniform(1, 2.5)
        comp_c = {"organic": cm, "reply": cm * reply_rate}
        # ambient (genuine) junk: a few bots and lure spam reach everyone
        amb_lure = (
            r.uniform(0, 0.02) + (0.03 if cn and f_org > 1e5 else 0) + (0.02 if f_org > 1e6 else 0)
        )
        comp_c["amb_bot"] = cm * r.uniform(0, 0.03)
        comp_c["amb_lure"] = cm * amb_lure * r.random()
        bl = bv = 0.0
        for comp, s in comps.items():
            if (
                comp == "bought_likes"
                or (comp in ("lure_spam",) and r.random() < 0.5)
                or (comp == "ai_praise" and r.random() < 0.3 * s)
            ):
                fa = 0.3 + 0.7 * s if comp == "bought_likes" else 0.5
                if r.random() < fa or (spons and r.random() < 0.8):
                    kk = (
                        0.2 * 30**s if comp == "bought_likes" else r.uniform(0.1, 0.8)
                    ) * r.uniform(0.7, 1.3)
                    add = max(likes * kk, r.uniform(30, 120))
                    if r.random() < 0.5:
                        add = _round_pkg(r, add) * r.uniform(0.97, 1.08)
                    bl += add
                    if views is not None and r.random() < 0.4:
                        bv += add / (norm["lpv"] * _ln(r, 0.35)) * r.uniform(0.6, 1.2)
            elif comp == "bought_views" and views is not None and r.random() < 0.35 + 0.65 * s:
                add = views * 0.5 * 40**s * r.uniform(0.7, 1.3)
                if r.random() < 0.5:
                    add = _round_pkg(r, add) * r.uniform(0.98, 1.1)
                bv += add
                bl += add * r.uniform(0, 0.004)
            if comp == "bot_comments" and r.random() < 0.4 + 0.6 * s:
                comp_c["bot"] = max(3.0, cm * 0.3 * 20**s) * r.uniform(0.6, 1.4)
            if comp == "ai_praise" and r.random() < 0.4 + 0.6 * s:
                comp_c["ai"] = max(2.0, cm * 0.2 * 15**s) * r.uniform(0.6, 1.4)
            if comp == "lure_spam" and r.random() < 0.5 + 0.5 * s:
                comp_c["lure"] = max(3.0, cm * 0.2 * 15**s) * r.uniform(0.6, 1.4)
            if comp == "engagement_pod" and r.random() < 0.95:
                bl += pod_size * r.uniform(0.6, 0.95)
                comp_c["pod"] = pod_size * (0.3 + 0.6 * s) * r.uniform(0.6, 1.0)
        likes_i = _cnt(r, likes + bl)
        counts = {k2: _cnt(r, v) for k2, v in comp_c.items()}
        cm_total = sum(counts.values())
        post = {
            "post_id": _post_id(r, platform),
            "posted_at": _iso(pt, tz),
            "format": fmt,
            "likes": likes_i,
            "comments": cm_total,
        }
        if shares is not None:
            post["shares"] = _cnt(r, shares)
        if saves is not None:
            post["saves"] = _cnt(r, saves)
        if views is not None:
            post["views"] = max(_cnt(r, views + bv), likes_i)
        if platform == "bilibili":
            post["coins"] = _cnt(r, likes * r.uniform(0.15, 0.6))
            post["danmaku"] = _cnt(r, (views or likes * 25) * r.uniform(0.001, 0.01))
        if spons or r.random() < 0.3:
            post["sponsored"] = spons
        if hide_likes_rec and r.random() < 0.7:
            post["likes"] = 0
            post["likes_unknown"] = True
        if round_cn:
            for key in ("likes", "comments", "shares", "saves", "views"):
                if key in post and post[key] >= 10000:
                    post[key] = round(post[key] / 1000.0) * 1000
        posts.append(post)
        meta.append((pt, counts, special.get(k), likes_i))

    # ---- comments --------------------------------------------------------------------------------
    star = (
        (r.choice(NICK_B) + r.choice(["", "", "哥哥", "姐姐"]))
        if lang == "zh"
        else r.choice(EN_FIRST).capitalize()
    )
    comments = []
    if r.random() < 0.92:
        target = int(min(400, max(100, math.exp(r.gauss(math.log(190), 0.35)))))
        caps = [sum(m[1].values()) for m in meta]
        alloc = [0] * n_posts
        remaining = target
        for _ in range(6):
            wts = [(cp - al) ** 0.6 if cp > al else 0 for cp, al in zip(caps, alloc, strict=True)]
            sw = sum(wts)
            if sw <= 0 or remaining <= 0:
                break
            for k in range(n_posts):
                if wts[k] <= 0:
                    continue
                x = remaining * wts[k] / sw
                add = int(x) + (1 if r.random() < x - int(x) else 0)
                add = min(add, caps[k] - alloc[k])
                alloc[k] += add
            remaining = target - sum(alloc)
        loyal = [c.nick() for _ in range(r.randint(8, 60))]
        bot_pool = [
            c.bot_name(r.choice(["default", "en_digits", "cn_mix", "letters"]))
            for _ in range(max(5, int(sum(m[1].get("bot", 0) for m in meta) / 3) + 1))
        ]
        bot_pool = bot_pool[:400]
        ai_pool = [
            c.nick() if r.random() < 0.7 else c.bot_name("en_digits")
            for _ in range(max(5, min(300, int(sum(m[1].get("ai", 0) for m in meta) / 2) + 1)))
        ]
        pod_pool = [c.nick() if lang == "zh" else c.handle() for _ in range(max(1, pod_size))]
        lure_code = "".join(
            r.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(r.randint(2, 4))
        ) + str(r.randint(100, 99999))
        if lang == "zh":
            lure_pool = [
                r.choice(["资源", "福利", "主页", "看我", "小", "兼职"])
                + r.choice(["姐姐", "看主页", "分享号", "在这", "酱", "铺"])
                + r.choice(["", str(r.randint(1, 99))])
                for _ in range(r.randint(5, 30))
            ]
        else:
            lure_pool = [
                r.choice(EN_FIRST)
                + r.choice([".promo", "_fx", ".invest", "_collab", "__dm", ".official"])
                + str(r.randint(1, 999))
                for _ in range(r.randint(5, 30))
            ]
        s_bot = comps.get("bot_comments", 0.5)
        s_pod = comps.get("engagement_pod", 0.5)
        s_lure = comps.get("lure_spam", 0.5)
        for k in range(n_posts):
            if alloc[k] <= 0:
                continue
            pt, counts, spec, plikes = meta[k]
            kinds = list(counts.keys())
            wts = [counts[kk] for kk in kinds]
            bot_t0 = pt + r.uniform(0.05, 12) * 3600
            pod_left = list(pod_pool)
            r.shuffle(pod_left)
            for _ in range(alloc[k]):
                kind = _wpick(r, list(zip(kinds, wts, strict=True)))
                cm = {"post_id": posts[k]["post_id"]}
                if kind == "organic":
                    author = r.choice(loyal) if r.random() < 0.22 else c.nick()
                    if spec == "giveaway" and r.random() < 0.85:
                        text = c.giveaway()
                    elif spec == "controversy" and r.random() < 0.6:
                        text = c.negative()
                    elif arch == "celebrity_low_er" and r.random() < 0.5:
                        text = c.fan(star)
                    else:
                        text = c.genuine(posts[k]["format"])
                    ts = pt + math.exp(r.gauss(math.log(4 * 3600), 1.6))
                    lk = (
                        0
                        if r.random() < 0.45
                        else int(math.exp(r.gauss(math.log(1 + plikes * 0.0008), 1.5)))
                    )
                elif kind == "reply":
                    author, text = "__creator__", c.reply()
                    ts = pt + math.exp(r.gauss(math.log(8 * 3600), 1.2))
                    lk = int(math.exp(r.gauss(math.log(1 + plikes * 0.0003), 1.2)))
                    cm["from_creator"] = True
                elif kind in ("bot", "amb_bot"):
                    author = (
                        r.choice(bot_pool)
                        if kind == "bot"
                        else c.bot_name(r.choice(["default", "en_digits", "letters"]))
                    )
                    text = c.bot(s_bot if kind == "bot" else 0.3)
                    spread = (40 * 60) if s_bot > 0.5 else (6 * 3600 * (1 - s_bot) + 1800)
                    ts = (
                        (bot_t0 + r.uniform(0, spread))
                        if kind == "bot"
                        else pt + math.exp(r.gauss(math.log(3 * 3600), 1.5))
                    )
                    lk = 0 if r.random() < 0.88 else r.randint(1, 2)
                elif kind == "pod":
                    author = pod_left.pop() if pod_left else r.choice(pod_pool)
                    text = c.pod()
                    ts = pt + r.expovariate(1 / (20 * 60 + 150 * 60 * (1 - s_pod)))
                    lk = r.randint(0, 4)
                elif kind == "ai":
                    author = r.choice(ai_pool)
                    text = c.ai()
                    ts = pt + math.exp(r.gauss(math.log(6 * 3600), 1.2))
                    lk = 0 if r.random() < 0.7 else r.randint(1, 3)
                elif kind == "lure":
                    author = r.choice(lure_pool)
                    text = c.lure(lure_code)
                    ts = pt + math.exp(r.gauss(math.log(2 * 3600), 1.3))
                    lk = int(r.uniform(0, 30 * s_lure)) if r.random() < 0.6 else 0
                else:  # amb_lure
                    author = r.choice(lure_pool[:3]) if r.random() < 0.3 else c.nick()
                    text = c.lure(
                        "".join(r.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(3))
                        + str(r.randint(100, 9999))
                    )
                    ts = pt + math.exp(r.gauss(math.log(2 * 3600), 1.5))
                    lk = 0 if r.random() < 0.7 else r.randint(1, 5)
                if ts > as_of_ts:
                    ts = pt + (as_of_ts - pt) * r.random()
                cm["author"] = author
                cm["text"] = text[:5000]
                cm["posted_at"] = _iso(ts, tz)
                cm["likes"] = max(0, min(lk, max(plikes, 5)))
                comments.append(cm)
        comments.sort(key=lambda x: (x["post_id"], x["posted_at"]))
    # ---- profile -------------------------------------------------------------------------------------
    if lang == "zh":
        handle = (
            (
                r.choice(NICK_A)
                + r.choice(NICK_B)
                + r.choice(
                    ["", "", "酱", "的日常", "不睡觉", "在" + r.choice(CN_CITIES), "Official"]
                )
            )
            if arch != "celebrity_low_er"
            else star
        )
        slug = r.choice(CN_SYL) + r.choice(CN_SYL) + r.choice(["", "_", "."]) + r.choice(CN_SYL)
    else:
        handle = (
            c.handle()
            if arch != "celebrity_low_er"
            else star.lower() + r.choice(["", "official", "_", "music"])
        )
        slug = (
            "".join(ch for ch in handle if ch.isascii() and (ch.isalnum() or ch in "._"))
            or "creator"
        )
    for cm in comments:
        if cm["author"] == "__creator__":
            cm["author"] = handle
    acct_age = max(D + 30, int(r.uniform(1, 11) * 365))
    f_end = round(float(total[-1]))
    fng_end = int(max(0, following[-1]))
    verified = r.random() < [0.02, 0.08, 0.3, 0.6, 0.9][tier] * (2 if platform == "weibo" else 1)
    if arch == "celebrity_low_er":
        verified = True
    bio = (
        (
            BIO_CN[cat]
            + "｜"
            + r.choice(CN_CITIES)
            + r.choice(["", "｜商务合作请私信", "｜合作📮 " + slug + "@163.com", "｜不定期更新"])
        )
        if lang == "zh"
        else (
            BIO_EN[cat]
            + r.choice([" ✨", " | ", " · "])
            + r.choice(EN_CITIES)
            + r.choice(["", " | collabs: " + slug + "@gmail.com", " | new video every week"])
        )
    )
    if arch == "lure_spam" and r.random() < 0.6:
        bio += (
            (" " + r.choice(LURE_VX) + ":" + _disguise(r, lure_code if comments else "ab123"))
            if lang == "zh"
            else " 💰 DM for promo"
        )
    profile: dict[str, Any] = {"followers": f_end}
    if platform != "youtube":
        profile["following"] = fng_end
    profile["posts"] = n_posts + int(acct_age * rate * r.uniform(0.2, 0.9))
    profile["verified"] = verified
    profile["created_at"] = _date(as_of_ts - acct_age * DAY, tz)
    profile["bio"] = bio
    profile["category"] = cat
    profile["country"] = (
        ("China" if r.random() < 0.93 else r.choice(["Hong Kong", "Taiwan"]))
        if cn
        else (
            r.choice(["Singapore", "Malaysia", "Taiwan", "Hong Kong", "United States", "Canada"])
            if lang == "zh"
            else _wpick(
                r,
                [
                    ("United States", 0.4),
                    ("United Kingdom", 0.1),
                    ("Indonesia", 0.08),
                    ("Philippines", 0.08),
                    ("India", 0.08),
                    ("Canada", 0.06),
                    ("Australia", 0.06),
                    ("Brazil", 0.05),
                    ("Singapore", 0.04),
                    ("Malaysia", 0.05),
                ],
            )
        )
    )
    obs_k = 0
    if r.random() < 0.08:
        obs_k = r.randint(2, 45)
        profile["followers"] = round(float(total[D - 1 - obs_k]))
        profile["observed_at"] = _date(as_of_ts - obs_k * DAY, tz)
    if round_cn and profile["followers"] >= 10000:
        profile["followers"] = round(profile["followers"] / 1000.0) * 1000
    if ks_unknown:
        pc: dict[str, int] = {}
        for cm in comments:
            pc[cm["post_id"]] = pc.get(cm["post_id"], 0) + 1
        for p_ in posts:
            p_["comments"] = pc.get(p_["post_id"], 0)
            p_["comments_unknown"] = True

    rec = {
        "creator_id": f"{platform}:{slug}{i}",
        "platform": platform,
        "handle": handle,
        "as_of": _iso(as_of_ts, tz),
        "profile": profile,
    }

    # ---- follower history -------------------------------------------------------------------------
    hm = r.random()
    with_fng = platform != "youtube" and r.random() < 0.7
    as_date = _dt.datetime.fromtimestamp(as_of_ts, tz).date()
    if hm < 0.75:
        if hm < 0.55:
            miss = r.uniform(0, 0.04)
            days = [d for d in range(D - H, D) if d == D - 1 or r.random() > miss]
        else:
            nk = r.randint(3, 15)
            days = sorted(set(r.randint(D - H, D - 1) for _ in range(nk)))
        hist = []
        for d in days:
            e = {
                "date": (as_date - _dt.timedelta(days=D - 1 - d)).isoformat(),
                "followers": round(float(total[d])),
            }
            if with_fng:
                e["following"] = int(max(0, following[d]))
            hist.append(e)
        rec["follower_history"] = hist
    rec["posts"] = posts
    if comments:
        rec["comments"] = comments

    # ---- follower sample ----------------------------------------------------------------------------
    if r.random() < (0.15 if platform == "youtube" else 0.68):
        n_s = r.randint(50, 200)
        fe = max(total[-1], 1.0)
        p_cheap = A_cheap[-1] / fe
        p_prem = A_prem[-1] / fe
        p_fb = A_fb[-1] / fe
        p_pod = min(0.3, pod_size / fe)
        p_org = max(0.0, 1 - p_cheap - p_prem - p_fb - p_pod)
        p_bot = (
            r.uniform(0.01, 0.08)
            + (r.uniform(0, 0.1) if platform == "weibo" else 0)
            + (r.uniform(0.05, 0.2) if arch == "aged_audience" else 0)
        )
        if arch == "platform_purge":
            p_bot *= 0.4
        p_lurk = (r.uniform(0.12, 0.35) if cn else r.uniform(0.08, 0.25)) + (
            0.2 if arch == "aged_audience" else 0
        )
        p_hunt = r.uniform(0.08, 0.3) if arch == "giveaway" else 0
        p_real = max(0.05, 1 - p_bot - p_lurk - p_hunt)
        mix = [
            ("cheap", p_cheap),
            ("premium", p_prem),
            ("followback", p_fb),
            ("pod", p_pod),
            ("real", p_org * p_real),
            ("lurker", p_org * p_lurk),
            ("bot", p_org * p_bot),
            ("hunter", p_org * p_hunt),
        ]
        fields = {"id", "username", "display_name", "has_avatar", "bio", "verified"}
        for f_, pr in (
            ("is_private", 0.8),
            ("has_url", 0.6),
            ("created_at", 0.55),
            ("last_post_at", 0.6),
        ):
            if r.random() < pr:
                fields.add(f_)
        if platform == "weibo" and r.random() < 0.8:
            fields |= {"platform_level", "membership_level", "credit_rating"}
        if not cluster_times:
            cluster_times = [as_of_ts - r.uniform(30, 600) * DAY]
        s_f = max(
            [v for k_, v in comps.items() if k_.startswith("bought_followers") or k_ == "lure_spam"]
            or [0.5]
        )
        sample = []
        for _ in range(n_s):
            kind = _wpick(r, mix)
            ct = (
                r.choice(cluster_times) - r.uniform(10, 400) * DAY
                if kind == "cheap" and r.random() < 0.7
                else None
            )
            sample.append(_account(c, kind, s=s_f, cluster=ct, fields=fields))
        rec["follower_sample"] = sample
    rec["label"] = label
    rec["archetype"] = arch
    return rec


def generate(n: int, seed: int) -> Iterator[dict]:
    """Yield n labelled creator records; record i depends only on (seed, i)."""
    for i in range(n):
        yield _make(seed, i)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(
        description="bravo: simulate labelled genuine / fraudulent creators (JSONL)."
    )
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", default="-", help="JSONL output path ('-' = stdout)")
    a = ap.parse_args(argv)
    t0 = time.time()
    with contextlib.ExitStack() as stack:
        fh: IO[str] = (
            sys.stdout if a.out == "-" else stack.enter_context(open(a.out, "w", encoding="utf-8"))
        )
        for rec in generate(a.n, a.seed):
            fh.write(json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"wrote {a.n} creators in {time.time() - t0:.1f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

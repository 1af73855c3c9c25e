"""delta_sim: an independent simulator of labelled social-media creators (genuine and fraudulent).

Emphasis: the Chinese platforms (Douyin, RedNote/Xiaohongshu, Weibo, Bilibili, Kuaishou, WeChat
Channels) as they really behave, plus Instagram, TikTok and YouTube (~40%).

Usage:  python delta_sim.py --n 2000 --seed 7 --out creators.jsonl
API:    generate(n, seed) -> Iterator[dict]   (record i depends only on (seed, i))

Every record follows creator.schema.json plus two keys: ``label`` (1 fraud, 0 genuine) and
``archetype``. Shares below are the long-run shares (a golden-ratio sequence over i gives
near-exact shares even for small n).

Genuine archetypes (label 0, ~50%)
  organic_nano (5.5%), organic_micro (6.5%), organic_mid (5%), organic_macro (3.5%)
                        ordinary creators of every size, platform-specific norms
  koc_tiny (5%)         150-5k followers, 10-25 posts in total, friends in the comments, many replies
  viral_post (5%)       one post 20-300x the creator's median, follower surge right after it
  giveaway (4%)         抽奖/转发抽奖: repeated "抽我"/@-mention comments, follower jump then partial loss,
                        lottery-hunter (抽奖号) accounts among the followers
  shoutout (3%)         a bigger account's mention: step jump in followers, "从xx那里过来的"
  platform_purge (3%)   platform removes bots: one-day follower drop of 2-15%
  celebrity_low_er (3%) 3M-80M followers, engagement rate 0.02-0.5%, fan slogans copied by real fans
                        (genuine 控评), zombie followers, lots of third-party spam in comments
  declining_creator (2.5%) formerly bigger, slowly losing followers, low engagement for its size
  brand_official (2%)   蓝V / brand account: low engagement, customer-service comments, formal replies
  spam_magnet (2%)      genuine creator whose comments are flooded by third-party lure / bot spam

Fraud archetypes (label 1, ~50%), each with an intensity in [0,1] skewed toward subtle
  bought_followers_burst (5%)   刷粉 orders delivered in 1-3 days, partial drop-off (掉粉) afterwards;
                                cheap zombie accounts (no avatar, 0 posts, batch-created, default names)
  bought_followers_drip (3.5%)  慢速/每日涨粉 packages: steady, low-variance daily additions
  bought_followers_premium (4.5%) 真人粉/高质量粉: aged accounts with avatars, posts and bios that look real,
                                but batch-clustered creation/last-post dates, shared bios, never engage
  bought_likes (4.5%)           刷赞: package-sized likes on some/all posts (often the sponsored ones);
                                saves/shares/comments/views do not follow
  bought_views (2%)             刷播放/刷量: views inflated, likes/comments per view collapse
  bot_comments (3.5%)           刷评论 from a seller's library (repeated "好棒"/"[赞][赞]"/"Nice pic!"),
                                within minutes of posting; Chinese variant 水军 (human farm, 控评 slogans)
  engagement_pod (4%)           Instagram-style pods / Chinese 互粉互赞群: the same 10-60 accounts on every
                                post within 2 h ("已赞已藏，求回访"), like floor, mutual following
  ai_praise (3.5%)              machine-written praise: fluent, unique, generic, topic-vague
  follow_churn (3.5%)           follow/unfollow (互关后取关): saw-tooth following count, follow-backs
  lure_spam (3%)                引流号: sockpuppet "求资料/同求/扣1" comments, creator "已私/看主页" replies,
                                obfuscated contact in bio and comments (薇❤ a b 1 2 3, 🐧, dd我)
  combos (13%)                  combo:bought_followers_burst+bought_likes, combo:bought_followers_premium+ai_praise,
                                combo:bought_followers_drip+bot_comments, combo:engagement_pod+follow_churn,
                                combo:bought_likes+bot_comments, combo:bought_followers_premium+bought_likes+ai_praise,
                                combo:bought_followers_burst+lure_spam

Platforms (before archetype preferences; ~60% Chinese overall): douyin 16%, rednote 15%, weibo 10%,
bilibili 9%, kuaishou 7%, wechat_channels 5%, instagram 14%, tiktok 14%, youtube 10%. Chinese platforms
get Chinese comments with the platform's emoji codes ([赞R], [doge], [666], [强]...), danmaku-style short
comments on Bilibili, 老铁 culture on Kuaishou, older-audience generic praise on WeChat Channels; ~22% of
Instagram/TikTok/YouTube creators have Chinese-speaking audiences.

Main assumptions
- A fraud is a real (usually small) creator plus purchased inflation: the true audience A drives all
  organic engagement; fakes only add to counts. So bought followers lower the engagement rate, bought
  likes lift likes but not saves/shares/comments/views, bought comments add texts and counts.
- Engagement per post is lognormal with platform-specific spread (Douyin/TikTok/RedNote most viral),
  engagement rate falls with size (~A^-0.18), and platforms differ: Weibo very low likes/follower but
  many comments/reposts, RedNote saves ~ likes, Bilibili views/coins/danmaku, WeChat Channels shares,
  Kuaishou chatty 老铁 culture (comment counts sometimes unknown in exports), Instagram hides likes
  for some creators, YouTube views >> likes.
- Genuine audiences contain lurkers, dormant accounts, a few spam bots, default names
  (用户123..., 小红薯xxxx, bili_..., momo) and some third-party spam in comments; celebrities have many.
- Follower history: organic growth + post-driven bumps + Poisson/lognormal day noise; histories
  sometimes have gaps or are sparse stored snapshots. Data blocks are included at random:
  follower history ~70%, follower sample ~62%; posts always; comments almost always.
- Timestamps in UTC ("Z"), or +08:00 for some Chinese exports; humans are diurnal, bots are not.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import sys
import time
from collections.abc import Iterator
from typing import Any, TextIO

import numpy as np

# ----------------------------------------------------------------------------------------------
# Platforms
# ----------------------------------------------------------------------------------------------
CN_PLATFORMS = ("douyin", "rednote", "weibo", "bilibili", "kuaishou", "wechat_channels")
PLATFORM_WEIGHTS = {
    "douyin": 0.16,
    "rednote": 0.15,
    "weibo": 0.10,
    "bilibili": 0.09,
    "kuaishou": 0.07,
    "wechat_channels": 0.05,
    "instagram": 0.14,
    "tiktok": 0.14,
    "youtube": 0.10,
}
# er: median likes/follower per post at 10k followers; sig: per-post lognormal spread;
# cpl: comments per like (creator-level range); vpl: views per like (None = not public);
# spl: shares per like; svpl: saves per like; launch: earliest account creation; fcap: following cap
PLAT: dict[str, dict[str, Any]] = {
    "douyin": dict(
        er=0.035,
        sig=1.1,
        cpl=(0.02, 0.07),
        vpl=(12, 40),
        vshow=0.35,
        spl=(0.03, 0.15),
        svpl=(0.03, 0.2),
        fmt=(("video", 0.92), ("image", 0.06), ("live", 0.02)),
        launch=2016.75,
        fcap=8000,
    ),
    "kuaishou": dict(
        er=0.03,
        sig=1.0,
        cpl=(0.04, 0.12),
        vpl=(20, 50),
        vshow=0.9,
        spl=(0.02, 0.08),
        svpl=None,
        fmt=(("video", 0.93), ("live", 0.05), ("image", 0.02)),
        launch=2013.0,
        fcap=5000,
    ),
    "rednote": dict(
        er=0.03,
        sig=1.2,
        cpl=(0.05, 0.16),
        vpl=None,
        vshow=0.0,
        spl=(0.02, 0.1),
        svpl=(0.3, 1.2),
        fmt=(("image", 0.7), ("video", 0.3)),
        launch=2014.0,
        fcap=3000,
    ),
    "weibo": dict(
        er=0.004,
        sig=1.0,
        cpl=(0.1, 0.35),
        vpl=None,
        vshow=0.0,
        spl=(0.05, 0.5),
        svpl=None,
        fmt=(("image", 0.5), ("text", 0.25), ("video", 0.25)),
        launch=2009.7,
        fcap=2000,
    ),
    "bilibili": dict(
        er=0.03,
        sig=1.0,
        cpl=(0.05, 0.16),
        vpl=(10, 25),
        vshow=1.0,
        spl=(0.05, 0.2),
        svpl=(0.2, 0.8),
        fmt=(("video", 0.95), ("text", 0.03), ("live", 0.02)),
        launch=2010.0,
        fcap=2000,
    ),
    "wechat_channels": dict(
        er=0.02,
        sig=0.9,
        cpl=(0.05, 0.15),
        vpl=None,
        vshow=0.0,
        spl=(0.3, 1.2),
        svpl=None,
        fmt=(("video", 0.9), ("live", 0.05), ("image", 0.05)),
        launch=2020.1,
        fcap=5000,
    ),
    "instagram": dict(
        er=0.03,
        sig=0.6,
        cpl=(0.01, 0.04),
        vpl=(10, 30),
        vshow=0.5,
        spl=None,
        svpl=None,
        fmt=(("image", 0.55), ("video", 0.45)),
        launch=2010.8,
        fcap=7500,
    ),
    "tiktok": dict(
        er=0.04,
        sig=1.25,
        cpl=(0.01, 0.03),
        vpl=(8, 16),
        vshow=1.0,
        spl=(0.01, 0.05),
        svpl=(0.02, 0.1),
        fmt=(("video", 0.97), ("image", 0.03)),
        launch=2017.6,
        fcap=10000,
    ),
    "youtube": dict(
        er=0.008,
        sig=0.9,
        cpl=(0.03, 0.12),
        vpl=(20, 50),
        vshow=1.0,
        spl=None,
        svpl=None,
        fmt=(("video", 0.97), ("live", 0.03)),
        launch=2005.5,
        fcap=100000,
    ),
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
    "pets",
    "lifestyle",
    "education",
    "finance",
    "comedy",
    "music",
    "home",
    "auto",
]
CAT_W = {
    "douyin": [8, 7, 10, 6, 5, 5, 5, 4, 6, 10, 6, 3, 10, 5, 4, 4],
    "kuaishou": [5, 5, 12, 5, 4, 6, 4, 5, 5, 14, 5, 3, 12, 7, 3, 5],
    "rednote": [16, 14, 12, 10, 5, 2, 6, 7, 6, 10, 5, 3, 1, 1, 9, 2],
    "weibo": [6, 6, 6, 6, 8, 6, 3, 3, 6, 10, 6, 6, 10, 8, 3, 5],
    "bilibili": [3, 3, 7, 5, 12, 18, 4, 1, 5, 8, 12, 3, 7, 8, 2, 4],
    "wechat_channels": [4, 4, 10, 8, 6, 2, 6, 6, 5, 12, 12, 10, 6, 5, 4, 4],
    "instagram": [12, 14, 10, 12, 3, 2, 9, 5, 7, 12, 2, 2, 3, 4, 6, 2],
    "tiktok": [8, 7, 8, 5, 4, 8, 6, 4, 7, 10, 5, 3, 14, 6, 3, 2],
    "youtube": [5, 3, 7, 6, 14, 16, 5, 3, 4, 7, 10, 6, 6, 6, 3, 4],
}

DAY = 86400.0
EPOCH_2025 = 1735689600.0  # 2025-01-01T00:00:00Z

# ----------------------------------------------------------------------------------------------
# Archetypes: name -> (label, share, fraud modules, genuine events)
# ----------------------------------------------------------------------------------------------
ARCHETYPES = [
    ("organic_nano", 0, 0.055),
    ("organic_micro", 0, 0.065),
    ("organic_mid", 0, 0.05),
    ("organic_macro", 0, 0.035),
    ("koc_tiny", 0, 0.05),
    ("viral_post", 0, 0.05),
    ("giveaway", 0, 0.04),
    ("shoutout", 0, 0.03),
    ("platform_purge", 0, 0.03),
    ("celebrity_low_er", 0, 0.03),
    ("declining_creator", 0, 0.025),
    ("brand_official", 0, 0.02),
    ("spam_magnet", 0, 0.02),
    ("bought_followers_burst", 1, 0.05),
    ("bought_followers_drip", 1, 0.035),
    ("bought_followers_premium", 1, 0.045),
    ("bought_likes", 1, 0.045),
    ("bought_views", 1, 0.02),
    ("bot_comments", 1, 0.035),
    ("engagement_pod", 1, 0.04),
    ("ai_praise", 1, 0.035),
    ("follow_churn", 1, 0.035),
    ("lure_spam", 1, 0.03),
    ("combo:bought_followers_burst+bought_likes", 1, 0.03),
    ("combo:bought_followers_premium+ai_praise", 1, 0.02),
    ("combo:bought_followers_drip+bot_comments", 1, 0.02),
    ("combo:engagement_pod+follow_churn", 1, 0.015),
    ("combo:bought_likes+bot_comments", 1, 0.02),
    ("combo:bought_followers_premium+bought_likes+ai_praise", 1, 0.015),
    ("combo:bought_followers_burst+lure_spam", 1, 0.01),
]
_TOTAL = sum(a[2] for a in ARCHETYPES)
_CUM = []
_acc = 0.0
for _name, _lab, _sh in ARCHETYPES:
    _acc += _sh / _TOTAL
    _CUM.append(_acc)

# ----------------------------------------------------------------------------------------------
# Text banks
# ----------------------------------------------------------------------------------------------
EMO_CODES = {
    "weibo": [
        "[赞]",
        "[笑cry]",
        "[哈哈]",
        "[心]",
        "[允悲]",
        "[doge]",
        "[二哈]",
        "[泪]",
        "[good]",
        "[鼓掌]",
        "[抱抱]",
        "[跪了]",
        "[吃瓜]",
        "[酸]",
        "[微笑]",
        "[憧憬]",
        "[太开心]",
        "[偷笑]",
        "[打call]",
        "[awsl]",
    ],
    "rednote": [
        "[赞R]",
        "[哭惹R]",
        "[笑哭R]",
        "[害羞R]",
        "[派对R]",
        "[偷笑R]",
        "[萌萌哒R]",
        "[飞吻R]",
        "[买爆R]",
        "[哇R]",
        "[色色R]",
        "[石化R]",
        "[doge]",
        "[皱眉R]",
        "[暗中观察R]",
        "[拥抱R]",
    ],
    "douyin": [
        "[赞]",
        "[比心]",
        "[呲牙]",
        "[捂脸]",
        "[大笑]",
        "[玫瑰]",
        "[鼓掌]",
        "[666]",
        "[泪奔]",
        "[尬笑]",
        "[送心]",
        "[看]",
        "[奸笑]",
        "[机智]",
        "[憨笑]",
        "[流泪]",
        "[爱心]",
        "[强]",
        "[笑哭]",
        "[干饭人]",
    ],
    "kuaishou": [
        "[赞]",
        "[666]",
        "[玫瑰]",
        "[抱拳]",
        "[爱心]",
        "[鼓掌]",
        "[大哭]",
        "[呲牙]",
        "[偷笑]",
        "[捂脸]",
        "[笑哭]",
        "[老铁]",
        "[双击]",
    ],
    "bilibili": [
        "[doge]",
        "[笑哭]",
        "[妙啊]",
        "[tv_doge]",
        "[藏狐]",
        "[脱单doge]",
        "[支持]",
        "[喜欢]",
        "[辣眼睛]",
        "[吃瓜]",
        "[OK]",
        "[打call]",
        "[给心心]",
        "[大哭]",
        "[热词系列_知识增加]",
        "[热词系列_三连]",
    ],
    "wechat_channels": [
        "[强]",
        "[玫瑰]",
        "[爱心]",
        "[微笑]",
        "[抱拳]",
        "[鼓掌]",
        "[呲牙]",
        "[愉快]",
        "[偷笑]",
        "[福]",
        "[合十]",
        "[666]",
        "[捂脸]",
        "[耶]",
    ],
}
UNI_EMO = [
    "😂",
    "🤣",
    "😭",
    "❤️",
    "😍",
    "🥰",
    "👍",
    "🔥",
    "✨",
    "💯",
    "🙏",
    "👏",
    "😆",
    "🤔",
    "😅",
    "💕",
    "🥺",
    "😋",
    "🙌",
    "💀",
    "😳",
    "🤍",
    "😮",
    "🫶",
    "👀",
]

ZH_CAT = {
    "beauty": (
        ["妆容", "底妆", "眼妆", "口红", "腮红", "眉毛", "卧蚕", "发色", "皮肤状态"],
        ["口红", "粉底液", "眼影盘", "腮红", "散粉", "睫毛膏", "卸妆油", "面霜", "精华"],
        ["绝美", "高级", "温柔", "显白", "自然", "精致", "干净", "服帖"],
        ["色号是多少", "是哪款", "油皮能用吗", "敏感肌能用吗", "持妆怎么样", "黄黑皮可以吗"],
    ),
    "fashion": (
        ["穿搭", "外套", "裙子", "配色", "包包", "鞋子", "发型", "这身"],
        ["外套", "裙子", "包包", "鞋子", "毛衣", "牛仔裤", "耳环", "大衣"],
        ["好看", "显瘦", "高级", "温柔", "有气质", "清爽", "松弛", "减龄"],
        ["身高体重多少", "是哪家的", "尺码偏大吗", "有链接吗", "微胖能穿吗", "起球吗"],
    ),
    "food": (
        ["做法", "配方", "火候", "摆盘", "红烧肉", "蛋糕", "这家店", "汤底", "面"],
        ["锅", "烤箱", "酱料", "面粉", "空气炸锅", "刀"],
        ["好吃", "香", "诱人", "下饭", "馋人", "绝", "地道"],
        ["用的什么锅", "糖放多少", "是哪家店", "人均多少", "可以用空气炸锅吗", "要腌多久"],
    ),
    "travel": (
        ["风景", "机位", "攻略", "酒店", "海边", "古镇", "雪山", "路线", "日落"],
        ["相机", "酒店", "民宿", "路线", "镜头"],
        ["美", "震撼", "出片", "治愈", "绝美", "安静", "舒服"],
        ["这是哪里", "几月份去的", "要门票吗", "机位在哪", "自驾还是跟团", "人多吗"],
    ),
    "tech": (
        ["手机", "续航", "屏幕", "拍照", "性能", "键盘", "耳机", "测评", "系统"],
        ["手机", "耳机", "平板", "键盘", "充电器", "显卡", "显示器"],
        ["专业", "客观", "清楚", "良心", "硬核", "细致", "实在"],
        ["和上一代比怎么样", "值得买吗", "续航多久", "发热严重吗", "多少钱入手的", "学生党适合吗"],
    ),
    "gaming": (
        ["操作", "走位", "版本", "阵容", "剧情", "boss", "副本", "这波"],
        ["装备", "英雄", "皮肤", "手柄", "键盘"],
        ["秀", "离谱", "丝滑", "强", "细节", "顶"],
        ["这是什么游戏", "配置多少", "用的什么键位", "几号位", "手机能玩吗", "要肝多久"],
    ),
    "fitness": (
        ["动作", "体态", "腹肌", "饮食", "训练计划", "跑步", "臀腿"],
        ["瑜伽垫", "哑铃", "蛋白粉", "跑鞋", "弹力带"],
        ["标准", "自律", "专业", "有效", "励志", "科学"],
        ["一周练几次", "新手能练吗", "膝盖不好能做吗", "练了多久", "经期能练吗", "吃什么"],
    ),
    "parenting": (
        ["宝宝", "辅食", "绘本", "早教", "作息", "小朋友"],
        ["推车", "奶瓶", "绘本", "安全座椅", "餐椅"],
        ["可爱", "实用", "耐心", "有用", "温柔", "用心"],
        ["宝宝多大了", "几个月可以吃", "是哪个牌子", "夜醒怎么办", "绘本叫什么", "挑食怎么办"],
    ),
    "pets": (
        ["猫", "狗", "小猫咪", "狗子", "毛孩子", "猫猫", "修勾"],
        ["猫粮", "猫砂", "狗绳", "猫爬架", "冻干"],
        ["可爱", "乖", "蠢萌", "治愈", "聪明", "胖"],
        ["什么品种", "几岁了", "公的母的", "吃什么猫粮", "掉毛严重吗", "绝育了吗"],
    ),
    "lifestyle": (
        ["vlog", "日常", "房间", "生活", "早餐", "周末", "氛围"],
        ["香薰", "杯子", "台灯", "收纳盒", "相机", "桌子"],
        ["治愈", "松弛", "舒服", "温暖", "真实", "有氛围感"],
        ["BGM是什么", "用什么剪辑的", "在哪个城市", "杯子哪买的", "用什么相机拍的", "几点起床"],
    ),
    "education": (
        ["干货", "方法", "笔记", "考研", "英语", "思路", "知识点"],
        ["资料", "笔记本", "网课", "书", "单词书"],
        ["干", "有用", "清晰", "实用", "透彻", "易懂"],
        [
            "有没有资料推荐",
            "零基础能学吗",
            "适合几年级",
            "书名叫什么",
            "每天学多久",
            "二战还来得及吗",
        ],
    ),
    "finance": (
        ["基金", "定投", "理财", "房贷", "存钱", "行情", "分析"],
        ["基金", "存单", "保险", "指数", "国债"],
        ["理性", "实在", "清醒", "专业", "中肯"],
        ["现在能上车吗", "定投多久", "亏了怎么办", "适合新手吗", "提前还贷划算吗"],
    ),
    "comedy": (
        ["剧情", "表情", "反转", "台词", "演技", "结尾"],
        ["道具", "假发"],
        ["好笑", "离谱", "真实", "有才", "抽象", "上头"],
        ["下集呢", "还有后续吗", "这是谁演的", "原视频在哪"],
    ),
    "music": (
        ["嗓音", "编曲", "翻唱", "吉他", "高音", "和声"],
        ["吉他", "麦克风", "耳机", "声卡"],
        ["好听", "温柔", "绝", "有感觉", "空灵", "稳"],
        ["歌名是什么", "原唱是谁", "用的什么声卡", "有谱子吗", "学了几年"],
    ),
    "home": (
        ["装修", "客厅", "收纳", "软装", "厨房", "阳台"],
        ["沙发", "地毯", "灯", "柜子", "窗帘", "餐桌"],
        ["温馨", "高级", "好看", "实用", "干净", "通透"],
        ["沙发哪买的", "多大平米", "花了多少钱", "墙面什么颜色", "硬装多少钱"],
    ),
    "auto": (
        ["车", "内饰", "油耗", "底盘", "续航", "提车"],
        ["车", "轮胎", "座椅", "充电桩", "行车记录仪"],
        ["帅", "稳", "实在", "专业", "好开", "大气"],
        ["落地多少", "油耗多少", "值得买吗", "保养贵吗", "冬天续航掉多少"],
    ),
}
EN_CAT = {
    "beauty": (
        ["look", "base", "eye look", "lip combo", "brows", "skin"],
        ["lipstick", "foundation", "palette", "blush", "mascara", "serum"],
    ),
    "fashion": (
        ["fit", "outfit", "jacket", "color combo", "bag", "shoes"],
        ["jacket", "dress", "bag", "boots", "sweater", "jeans"],
    ),
    "food": (
        ["recipe", "sauce", "plating", "crust", "ramen", "cake"],
        ["pan", "air fryer", "knife", "oven"],
    ),
    "travel": (
        ["view", "itinerary", "hotel", "sunset", "beach", "trail"],
        ["camera", "lens", "backpack"],
    ),
    "tech": (
        ["review", "battery life", "screen", "camera", "setup", "keyboard"],
        ["phone", "earbuds", "monitor", "keyboard", "laptop"],
    ),
    "gaming": (
        ["play", "build", "boss fight", "clutch", "run", "strat"],
        ["controller", "headset", "skin", "build"],
    ),
    "fitness": (
        ["form", "routine", "progress", "split", "meal prep"],
        ["dumbbells", "shoes", "protein", "bands"],
    ),
    "parenting": (
        ["routine", "toddler", "nap schedule", "meal idea"],
        ["stroller", "car seat", "high chair"],
    ),
    "pets": (["pup", "kitty", "doggo", "cat", "zoomies"], ["harness", "cat tree", "treats"]),
    "lifestyle": (
        ["vlog", "morning routine", "room", "weekend", "reset"],
        ["candle", "mug", "lamp", "desk"],
    ),
    "education": (
        ["explanation", "notes", "study method", "breakdown"],
        ["book", "notebook", "course"],
    ),
    "finance": (
        ["breakdown", "budget", "portfolio", "advice"],
        ["index fund", "spreadsheet", "card"],
    ),
    "comedy": (["skit", "ending", "timing", "face", "bit"], ["wig", "prop"]),
    "music": (["voice", "cover", "arrangement", "harmony", "riff"], ["guitar", "mic", "interface"]),
    "home": (
        ["living room", "kitchen", "makeover", "shelf styling"],
        ["sofa", "rug", "lamp", "curtains"],
    ),
    "auto": (["car", "interior", "build", "exhaust note"], ["wheels", "tires", "dashcam"]),
}

ZH_GENERIC_SHORT = [
    "好看",
    "绝了",
    "爱了",
    "哈哈哈",
    "太可爱了",
    "学到了",
    "马住",
    "码住",
    "mark",
    "收藏了",
    "前排",
    "打卡",
    "来了",
    "冲",
    "yyds",
    "绝绝子",
    "awsl",
    "xswl",
    "u1s1",
    "破防了",
    "泪目",
    "DNA动了",
    "爷青回",
    "蚌埠住了",
    "狠狠爱住",
    "家人们谁懂啊",
    "不是哥们",
    "666",
    "好家伙",
    "无语",
    "笑不活了",
    "真的会谢",
    "救命",
    "啊啊啊啊",
    "太真实了",
    "懂了",
    "有被笑到",
    "求更新",
    "催更",
    "第一",
    "沙发",
    "顶",
    "已关注",
    "同款",
    "一模一样",
    "笑死",
    "麻了",
    "可恶",
    "心动了",
    "好治愈",
    "绷不住了",
    "没绷住",
    "我哭死",
    "这谁顶得住",
    "6",
    "？？？",
]
ZH_TPL = [
    "这个{noun}也太{adj}了吧",
    "求{item}链接",
    "{item}是哪家的呀",
    "蹲一个{noun}教程",
    "第一次刷到博主，{adj}",
    "看了三遍",
    "博主的{noun}好{adj}",
    "@{friend} 快看这个",
    "@{friend} 这不就是你",
    "已经跟着做了，{result}",
    "请问{ask}",
    "姐妹{ask}",
    "好喜欢这种{noun}",
    "终于更新了！",
    "等了好久了",
    "太真实了吧",
    "这期好用心",
    "收藏了慢慢看",
    "每天都在等更新",
    "我宣布这是我今年看过最{adj}的{noun}",
    "说实话这期有点{neg}",
    "感觉还是上一期的更好",
    "怎么感觉有点贵",
    "在哪买的",
    "多少钱",
    "{ask}？",
    "想问下{ask}",
    "{noun}绝了",
    "{adj}到我了",
    "我家{pet}也这样",
    "蹲后续",
    "前几天刚{act}，看到这个又想{act}了",
    "和我想的不一样诶",
    "有没有人和我一样{self}",
    "这个{noun}我能看一百遍",
    "我妈问我为什么在傻笑",
    "已经分享给{who}了",
    "{who}说好看",
    "笑死，{who}也是这样",
    "每次看博主的{noun}都很舒服",
    "第{num}次来看了",
    "{num}刷了",
    "评论区好有意思",
    "楼上说的对",
    "同问{ask}",
    "感觉博主人好好",
    "不懂就问，{ask}",
    "给博主点赞",
    "声音好好听",
    "博主几岁呀",
    "好羡慕",
    "这也太卷了",
    "刚下班看到这条，被治愈了",
    "凌晨{hour}点看到，饿了",
    "原来如此",
    "长知识了",
    "细节拉满",
    "不愧是你",
    "{noun}yyds",
    "这期节奏好舒服",
    "真的有用！{result}",
    "没想到结局是这样",
    "弹幕护体",
    "谁懂这个{noun}的含金量",
    "按头安利",
    "被种草了",
    "拔草了，其实一般",
    "踩过雷，{neg}",
    "上次那个{item}用了，{result}",
    "{adj}，但是{neg}",
    "好久没看到这么{adj}的{noun}了",
]
ZH_RESULT = [
    "真的好用",
    "家人都说好",
    "效果不错",
    "翻车了哈哈哈",
    "比想象中简单",
    "一次就成功了",
    "还得再练练",
    "味道绝了",
    "有点失败",
    "挺满意的",
    "确实有变化",
]
ZH_NEG = ["拖沓", "广告多", "一般", "贵", "踩雷", "夸张", "看不懂", "水", "不太适合我"]
ZH_WHO = [
    "我妈",
    "我老公",
    "男朋友",
    "闺蜜",
    "室友",
    "同事",
    "我姐",
    "我家那位",
    "我对象",
    "我同桌",
]
ZH_ACT = ["去", "买", "做", "吃", "学", "练"]
ZH_SELF = ["看到一半去倒水", "先看评论", "看一次笑一次", "每次都点进来", "不敢看结尾"]
ZH_PETS = ["猫", "狗", "崽", "主子", "二哈", "橘猫"]
ZH_BILI = [
    "前排",
    "下次一定",
    "三连了",
    "来了来了",
    "UP主辛苦了",
    "催更",
    "awsl",
    "妙啊",
    "爷青回",
    "泪目",
    "已三连",
    "考古",
    "弹幕好评",
    "这是可以说的吗",
    "up主好温柔",
    "要素过多",
    "下饭视频",
    "你说得对，但是",
    "梦回{year}年",
    "{year}年还有人看吗",
    "经费在燃烧",
    "硬核",
    "好活当赏",
    "火钳刘明",
]
ZH_KS = [
    "老铁666",
    "双击",
    "支持老铁",
    "来了老铁",
    "家人们",
    "主播辛苦了",
    "说得对",
    "接地气",
    "好人一生平安",
    "老铁没毛病",
    "关注了",
    "接着整",
    "真实",
    "又学到了",
    "咱农村就是这样",
    "老家也这样",
    "实在人",
]
ZH_WX = [
    "说得好[强]",
    "赞[强][强]",
    "学习了",
    "有道理",
    "感谢分享",
    "早上好[玫瑰]",
    "祝福[抱拳]",
    "好",
    "正能量",
    "转发了",
    "讲得真好",
    "受教了",
    "说到心坎里了",
    "支持[强]",
    "谢谢老师",
    "太对了",
    "收藏了，慢慢学",
    "我也是这么想的",
    "好视频",
    "点赞[强]",
]
ZH_REPLY = [
    "谢谢宝子～",
    "是的呢",
    "链接在主页橱窗",
    "哈哈哈哈你也是",
    "下期安排！",
    "对的对的",
    "谢谢喜欢",
    "已经在做了",
    "可以的",
    "哈哈哈被你发现了",
    "不是广告哈",
    "{ask2}",
    "你好细心",
    "好的好的记下了",
    "抱抱",
    "晚点回你～",
    "评论区置顶了",
    "是自费买的",
    "慢慢来会好的",
    "谢谢你一直在",
    "冲鸭",
    "下次试试",
]
ZH_REPLY_ASK = [
    "色号在笔记里写了",
    "我是油皮，可以的",
    "身高165",
    "某宝就有",
    "在杭州",
    "用的剪映",
    "某东买的",
]

EN_SHORT = [
    "lol",
    "omg",
    "love this",
    "so good",
    "this is it",
    "obsessed",
    "wait what",
    "same",
    "lmao",
    "facts",
    "need this",
    "no way",
    "iconic",
    "W",
    "underrated",
    "slay",
    "yess",
    "mood",
    "so real",
    "first!",
    "I'm crying",
    "this>>>",
    "bro",
    "ok but why is this so good",
    "the vibes",
    "ate",
    "real",
    "literally me",
    "him 😭",
    "saving this",
    "who else is here in {year}",
]
EN_TPL = [
    "omg the {noun} at the end",
    "where did you get that {item}??",
    "this is the only {noun} content I needed today",
    "ok but why did I watch this 3 times",
    "you never miss",
    "tried this yesterday and {result}",
    "need a part 2",
    "saving this for later",
    "how long did this take you?",
    "the {noun} is so clean",
    "@{friend} we need to do this",
    "@{friend} this is so you",
    "wait is that {item} from {store}?",
    "I've been following since like {num}k and this is still my fav",
    "not me watching this at {hour}am",
    "lowkey obsessed with the {noun}",
    "this made my day honestly",
    "the way you explained this >>> my teacher",
    "can you do a tutorial on the {noun}?",
    "finally someone said it",
    "I laughed way too hard at this",
    "my {who} does the exact same thing",
    "the editing on this is insane",
    "ngl I expected something different",
    "this feels like an ad but ok",
    "ur {noun} is always on point",
    "came for the {noun}, stayed for the {noun2}",
    "still thinking about this",
    "what's the song??",
    "this deserves way more views",
    "genuinely helpful, thank you",
    "is the {item} worth it tho?",
    "how do you not gain weight eating like this",
    "everything about this is perfect except the {noun2}",
    "I showed this to my {who} and they said {result}",
    "been waiting for this one!",
    "the {noun} 😭",
    "hold on let me rewatch",
    "so glad the algorithm showed me this",
    "okay this is actually genius",
    "pls drop the link for the {item}",
    "which {item} is this?",
    "{noun} goals fr",
    "not gonna lie {result}",
]
EN_RESULT = [
    "it actually worked",
    "it turned out great",
    "I failed miserably lol",
    "it was so worth it",
    "my family loved it",
    "it was harder than it looks",
    "I'm hooked",
]
EN_WHO = ["mom", "bf", "gf", "sister", "roommate", "dad", "husband", "best friend", "cat", "dog"]
EN_STORES = ["amazon", "target", "zara", "uniqlo", "ikea", "sephora", "shein", "costco"]
EN_REPLY = [
    "thank you so much!!",
    "haha yes",
    "link in bio 🫶",
    "part 2 coming soon",
    "it's from {store}!",
    "omg thank you",
    "glad it helped!",
    "lol exactly",
    "you're the best",
    "🥹🥹",
    "noted!",
    "❤️",
    "it took about 3 hours haha",
    "will do!",
    "appreciate you",
]

# Third-party spam that reaches genuine comment sections (and lure-spam frauds)
ZH_LURE = [
    "主页有你想要的",
    "看我主页🍑",
    "私信我领取全套资料",
    "想要的姐妹dd我",
    "需要的扣1",
    "加➕V：{vid}",
    "威❤：{vid}",
    "🛰：{vid}",
    "企鹅{qq}",
    "q群：{qqs}",
    "资源在我名字里",
    "同款👉看我头像",
    "蹲到了！在我收藏里",
    "戳我看更多",
    "有需要的滴滴我",
    "我这里有全套网盘资源",
    "薇❤ {vids}",
    "绿色软件搜：{vid}",
    "同款已经整理好了，看我主页置顶",
    "姐妹我知道更便宜的渠道，私我",
    "兼职日结，手机就能做，有意向的dd",
    "宝子们我靠这个副业月入过万，看主页",
    "全网最低价，主页自取",
    "🈶️需要的宝宝私聊",
    "看简介，懂的都懂",
    "v❤ {vids} 备注来意",
]
EN_LURE = [
    "DM me 💬 I have something for you",
    "Check my bio for the link 🔗",
    "Want free followers? Visit my profile",
    "Promote it on @{promo} 🔥",
    "Send it to @{promo}",
    "I made ${num},000 this week trading with @{promo}, message her",
    "Hi dear, I would love to be your friend 🌹",
    "Collab? DM @{promo}",
    "Who wants to earn from home? 👀 bio",
    "🔥 f r e e  g i f t  c a r d s in my b i o",
    "Your page is great! Send pic to @{promo} to be featured ⭐",
    "Thanks to @{promo} I recovered my hacked account, contact them",
    "Hey! Check DM 💌",
    "Nice! Let's collab 🤝 DM me",
]
# Purchased bot comments (seller libraries: short, generic, heavily repeated)
ZH_BOT = [
    "好棒",
    "支持",
    "不错不错",
    "赞",
    "太美了",
    "[赞][赞][赞]",
    "👍👍👍",
    "好看",
    "加油",
    "支持支持",
    "真不错",
    "666",
    "厉害了",
    "优秀",
    "好",
    "喜欢",
    "超赞",
    "很棒",
    "牛",
    "点赞",
    "太好看了吧",
    "美美哒",
    "爱了爱了",
    "必须支持",
    "已关注",
    "[玫瑰][玫瑰]",
    "[强][强][强]",
    "❤️❤️❤️",
    "真好",
    "棒棒哒",
]
EN_BOT = [
    "Nice!",
    "Great post",
    "Amazing 🔥",
    "Love it ❤️",
    "😍😍😍",
    "Awesome pic",
    "Wow",
    "Cool",
    "Beautiful 😍",
    "👏👏👏",
    "🔥🔥🔥",
    "Nice pic",
    "Great job",
    "Perfect",
    "Super",
    "Lovely",
    "Good",
    "Nice shot 👌",
    "❤️❤️❤️",
    "Awesome 👍",
    "Wonderful",
    "Great content",
    "Keep it up",
    "Fantastic",
    "💯💯",
]
# Human comment farm (水军) — custom texts, some variety, product-pushing or 控评 slogans
ZH_FARM = [
    "这个真的好用，我已经回购三次了",
    "博主推荐的都好用",
    "被种草了",
    "已下单，坐等收货",
    "看完立马下单了",
    "质量真的很好",
    "价格很美丽",
    "品质杠杠的",
    "用了一周效果明显",
    "性价比超高",
    "闭眼入不踩雷",
    "买了送我妈，她很喜欢",
    "回购无数次了",
    "真的是良心推荐",
    "姐妹们冲就完事了",
    "无限回购",
    "用完皮肤变好了好多",
    "包装也很精致",
    "物流超快",
    "客服态度很好",
]
ZH_KONGPING = [
    "支持{name}！越来越好！",
    "{name}永远的神",
    "期待{name}的新作品！",
    "好作品值得被看见",
    "{name}真的很用心，支持！",
    "一直支持{name}",
    "{name}冲冲冲",
    "实力派{name}",
    "大家多多支持{name}",
]
EN_FARM = [
    "Just ordered mine!",
    "This product changed my life",
    "Been using it for weeks, love it",
    "Best purchase this year",
    "Where can I buy this? Need it!",
    "Highly recommend!!",
    "Works like magic",
    "Bought 3 already lol",
    "Quality is amazing",
    "Worth every penny",
]
# Pods / 互粉互赞群
ZH_POD = [
    "来啦",
    "已赞",
    "已赞已藏",
    "互赞",
    "回赞",
    "打卡",
    "来了来了",
    "支持姐妹",
    "姐妹冲",
    "已关注，互关呀",
    "蹲回访",
    "宝子互关吗",
    "已回",
    "来踩踩",
    "点赞了，求回赞",
    "互助互助",
    "赞了宝，回一个吧",
    "支持支持[赞R]",
    "路过点赞",
    "已三连，求回",
    "来啦宝子",
    "好看！已赞",
    "冲冲冲，互赞",
    "已阅已赞",
    "每日打卡",
    "来支持啦",
    "互关互赞不取关",
    "新人求互关",
]
EN_POD = [
    "Love this! 😍",
    "Such a vibe ✨",
    "Gorgeous shot babe 💕",
    "Obsessed with this look!",
    "Yesss queen 🙌",
    "This is everything 🔥",
    "So beautiful, love the colors!",
    "Stunning as always 💖",
    "Goals!! 😍",
    "Love your feed so much",
    "Absolutely love this ❤️",
    "Wow this is amazing 👏",
    "Great content as always!",
    "This is such a great post, love it!",
    "Saving this for sure 🙌",
    "You always inspire me ✨",
    "Love this so much, great share!",
    "Beautiful content as always 💕",
    "Amazing shot, love the vibe!",
]
# Machine-written praise
ZH_AI_A = [
    "这篇内容真的太用心了",
    "这期分享非常有价值",
    "博主的分享总是那么走心",
    "真的是干货满满的一期",
    "内容质量太高了",
    "这个作品的质感绝了",
    "非常喜欢这样的内容",
    "每次看博主的作品都很有收获",
    "整体氛围感拉满",
    "这组内容真的很有高级感",
]
ZH_AI_B = [
    "从{a1}到{a2}都安排得明明白白",
    "每一个细节都能看出博主的专业",
    "讲解清晰又有深度",
    "画面和文案都很有高级感",
    "既实用又有温度",
    "{a1}和{a2}的搭配恰到好处",
    "对{a1}的理解非常独到",
    "{a1}部分尤其让人眼前一亮",
]
ZH_AI_C = [
    "受益匪浅，感谢分享！",
    "已收藏，期待下一期～",
    "值得反复观看✨",
    "支持优质创作者💪",
    "希望博主继续保持这样的高质量输出！",
    "真心推荐给身边的朋友！",
    "期待更多精彩内容🌟",
    "点赞收藏一条龙👍",
]
EN_AI_A = [
    "What an incredibly insightful post!",
    "This is absolutely stunning!",
    "Such a thoughtful and well-crafted piece!",
    "I truly appreciate the effort behind this content.",
    "This resonates with me on so many levels.",
    "What a fantastic share!",
    "This is genuinely inspiring content.",
    "Absolutely love this!",
]
EN_AI_B = [
    "The way you approach {a1} is truly inspiring.",
    "Your attention to detail really shines through.",
    "Every element here works together beautifully.",
    "It's clear how much passion you put into your {a1}.",
    "The balance between {a1} and {a2} is just perfect.",
    "Your perspective on {a1} is so refreshing.",
]
EN_AI_C = [
    "Keep up the amazing work! 🙌",
    "Thank you for sharing such valuable content! ✨",
    "Can't wait to see what you create next! 💯",
    "Truly a masterpiece. 👏",
    "This deserves so much more attention! 🌟",
    "Looking forward to more content like this! 🚀",
    "What's your favorite part of creating these?",
    "How did you come up with this idea?",
]
ZH_ASPECT = [
    "选题",
    "构图",
    "配色",
    "剪辑",
    "文案",
    "节奏",
    "细节",
    "光线",
    "讲解",
    "排版",
    "配乐",
    "思路",
]
EN_ASPECT = [
    "composition",
    "storytelling",
    "color palette",
    "editing",
    "lighting",
    "details",
    "creativity",
    "pacing",
]
# lure_spam sockpuppets and creator replies
ZH_SOCK = [
    "求",
    "求资料",
    "同求",
    "求分享",
    "已关注求",
    "1",
    "蹲",
    "想要",
    "扣1了",
    "求个链接",
    "求求了",
    "已关注，求发",
    "同求+1",
    "求带",
    "怎么领",
    "已私",
    "求私",
    "已三连求资料",
    "想要想要",
    "蹲一个",
]
ZH_SOCK_REPLY = [
    "已私",
    "私你了宝",
    "看主页",
    "主页有",
    "发你了注意查收",
    "已发，记得看消息",
    "看我简介哦",
    "私信发你了",
    "加我拉你进群",
    "回复太多了，直接看主页置顶",
]
EN_SOCK = [
    "interested",
    "me please",
    "how do I join?",
    "info please",
    "DM me",
    "yes please 🙏",
    "sent you a message",
    "need this",
    "how??",
    "interested 🙋",
]
EN_SOCK_REPLY = ["check your DMs!", "sent ✅", "link in bio", "DM me 'START'", "messaged you!"]
# genuine events
ZH_GIVE = [
    "抽我抽我",
    "许愿🙏",
    "想要！！",
    "冲冲冲",
    "@{friend} @{friend2}",
    "锦鲤附体",
    "求中奖",
    "转发了，求抽中",
    "许愿中一次",
    "人生第一次中奖就靠你了",
    "好运来",
    "参与一下",
    "抽我吧求求了",
    "蹲一个好运",
    "已关注已转发",
    "希望是我",
    "从来没中过，这次一定",
    "想要这个{item}",
    "@{friend} 快来一起",
    "求锦鲤",
]
EN_GIVE = [
    "Entered! 🤞",
    "@{friend} @{friend2}",
    "Pick me please!",
    "Done ✅ @{friend}",
    "Would love to win this",
    "Fingers crossed 🤞",
    "@{friend} look!!",
    "I never win but here goes",
    "Entered, good luck everyone!",
    "Need this {item} so bad",
]
ZH_VIRAL = [
    "首页刷到的",
    "大数据把我推到这了",
    "怎么火了",
    "从热门过来的",
    "来自热搜",
    "这条怎么突然火了",
    "来考古",
    "被推荐了",
    "刷到好几次了",
    "热门见",
    "我是第几个点赞的",
    "恭喜博主火了",
    "这条要火",
]
EN_VIRAL = [
    "how did this end up on my fyp",
    "the algorithm brought me here",
    "here before this blows up",
    "who's here after it went viral",
    "this is everywhere rn",
    "saw this on my fyp 5 times lol",
]
ZH_SHOUT = [
    "从{big}那里过来的",
    "被{big}安利过来的",
    "{big}推荐来的",
    "{big}带我来的",
    "看了{big}的推荐来关注",
]
EN_SHOUT = [
    "came here from @{big}'s story",
    "@{big} sent me",
    "found you through @{big}!",
    "here from @{big} 👋",
]
ZH_FAN = [
    "啊啊啊啊{name}",
    "哥哥好帅",
    "姐姐美爆了",
    "来了来了",
    "{name}我永远爱你",
    "又是为{name}心动的一天",
    "{name}终于营业了",
    "宝宝多休息",
    "好想你",
    "冲冲冲",
    "{name}新剧什么时候播",
    "等{name}的新歌",
    "{name}注意身体",
    "被{name}美到了",
    "妈妈爱你",
    "谁懂这一幕的含金量",
]
ZH_BRAND_Q = [
    "客服不回消息",
    "什么时候发货啊",
    "大促有优惠吗",
    "能不能出个新色",
    "买过，质量不错",
    "退款怎么这么慢",
    "有没有线下门店",
    "新品什么时候上",
    "包装破了怎么办",
    "老用户有福利吗",
    "求返场",
    "上次买的有色差",
]
ZH_BRAND_R = [
    "亲，已私信您哦～",
    "感谢支持，我们会继续努力的！",
    "您好，请私信客服处理哦",
    "收到您的建议啦",
    "敬请期待～",
    "抱歉给您带来不好的体验，已安排专人跟进",
]
EN_BRAND_Q = [
    "customer service isn't answering",
    "when is the restock?",
    "any discount codes?",
    "please bring back the old formula",
    "my order never arrived",
    "love your products!",
    "do you ship to canada?",
]
EN_BRAND_R = [
    "Hi! Please DM us your order number 💛",
    "Thanks for the love!",
    "Restock coming soon!",
    "We're on it!",
]

# Names
ZH_SURN = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢傅"
ZH_GIVEN = "子一欣雨梓涵宇轩浩然思琪佳怡晨阳文博诗雅俊杰婷婷小明丽娜嘉怡可馨若曦天宇明轩一诺梦瑶晓雯志强秀英建华"
ZH_NICK_A = [
    "爱吃草莓的",
    "不想上班的",
    "睡不醒的",
    "会发光的",
    "快乐的",
    "努力减肥的",
    "熬夜的",
    "一只胖胖的",
    "热爱生活的",
    "在逃的",
    "晒太阳的",
    "早睡早起的",
    "吃不胖的",
    "社恐的",
    "迷路的",
    "想暴富的",
    "爱喝奶茶的",
    "失眠的",
]
ZH_NICK_B = [
    "小熊",
    "猫",
    "兔子",
    "小鱼",
    "土豆",
    "橘子",
    "小狗",
    "西瓜",
    "打工人",
    "仙女",
    "胖虎",
    "咸鱼",
    "柠檬",
    "月亮",
    "饺子",
    "奶糖",
    "小羊",
    "汤圆",
    "布丁",
    "芋圆",
]
ZH_NICK_C = ["酱", "呀", "本人", "吖", "同学", "_", "er", "🌙", "✨", "君", "宝", "今天也要开心"]
LATIN_NICK = [
    "momo",
    "Lily",
    "Coco",
    "Kiki",
    "Amy",
    "Cici",
    "Vivi",
    "Yoyo",
    "Nana",
    "Sunny",
    "Jason",
    "Kevin",
    "Lucas",
    "Leo",
    "Mia",
    "Bella",
    "Eric",
    "Tina",
    "Una",
    "Zoe",
]
EN_FIRST = [
    "emma",
    "olivia",
    "ava",
    "sophia",
    "mia",
    "liam",
    "noah",
    "james",
    "lucas",
    "mason",
    "ella",
    "grace",
    "chloe",
    "jack",
    "ryan",
    "kate",
    "sarah",
    "mike",
    "dan",
    "jess",
    "alex",
    "sam",
    "taylor",
    "jordan",
    "maria",
    "carlos",
    "aisha",
    "priya",
    "kenji",
    "wei",
    "min",
    "lina",
    "omar",
    "nina",
    "zoe",
    "ben",
]
EN_LAST = [
    "smith",
    "lee",
    "brown",
    "garcia",
    "nguyen",
    "kim",
    "chen",
    "wong",
    "martin",
    "clark",
    "lopez",
    "patel",
    "king",
    "hall",
    "young",
    "scott",
    "adams",
    "rossi",
    "tan",
    "li",
]
PINYIN = [
    "xiao",
    "wang",
    "li",
    "zhang",
    "mei",
    "lin",
    "chen",
    "yu",
    "hao",
    "jing",
    "tian",
    "yue",
    "ming",
    "ke",
    "xin",
    "yang",
    "long",
    "fei",
    "qing",
    "an",
    "bao",
    "le",
    "nuo",
    "rui",
    "tong",
    "wen",
    "xue",
    "zi",
]
ZH_BIO_REAL = [
    "记录生活",
    "分享日常",
    "一个普通的打工人",
    "爱吃爱玩",
    "INFP | 猫奴",
    "在读研究生",
    "宝妈一枚",
    "坐标上海",
    "摄影爱好者",
    "努力变好",
    "不定期更新",
    "热爱生活热爱你",
    "95后",
    "喜欢旅行和美食",
    "程序员",
    "教师",
    "小镇做题家",
    "成都吃货",
    "健身第3年",
    "00后",
]
EN_BIO_REAL = [
    "coffee & chaos",
    "nyc | 24",
    "dog mom 🐶",
    "just vibes",
    "photographer",
    "nurse 💉",
    "she/her",
    "gym, food, travel",
    "student @ uni",
    "living life",
    "🌍✈️",
    "bookworm",
    "dad of 2",
    "designer",
    "london based",
]
ZH_BIO_PREMIUM = [
    "热爱生活，分享美好日常",
    "做自己的太阳",
    "生活明朗，万物可爱",
    "愿你被这个世界温柔以待",
    "简单生活",
]
EN_BIO_PREMIUM = [
    "Living my best life ✨",
    "Dream big 💫",
    "Good vibes only",
    "Love, laugh, live",
    "Just be yourself",
]

# ----------------------------------------------------------------------------------------------
# Small helpers
# ----------------------------------------------------------------------------------------------
HOUR_W = [
    1.5,
    0.8,
    0.4,
    0.2,
    0.15,
    0.2,
    0.5,
    1.2,
    1.8,
    2.0,
    2.0,
    2.2,
    3.0,
    2.6,
    2.0,
    2.0,
    2.2,
    2.6,
    3.2,
    3.8,
    4.2,
    4.4,
    3.6,
    2.5,
]
_HCUM = []
_s = 0.0
for _w in HOUR_W:
    _s += _w
    _HCUM.append(_s)


def _hour(r: random.Random) -> float:
    x = r.random() * _HCUM[-1]
    for h, c in enumerate(_HCUM):
        if x <= c:
            return h + r.random()
    return 23.5


def _wpick(r: random.Random, pairs):
    tot = 0.0
    for _, w in pairs:
        tot += w
    x = r.random() * tot
    for item, w in pairs:
        x -= w
        if x <= 0:
            return item
    return pairs[-1][0]


def _logu(r: random.Random, lo: float, hi: float) -> float:
    return math.exp(r.uniform(math.log(lo), math.log(hi)))


def _clip(x, lo, hi):
    return lo if x < lo else hi if x > hi else x


def _iso(t: float, tz: int) -> str:
    if tz:
        return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(t + tz * 3600)) + f"+{tz:02d}:00"
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(t))


def _date(t: float) -> str:
    return time.strftime("%Y-%m-%d", time.gmtime(t))


def _pois(npr, lam: float) -> int:
    if lam <= 0:
        return 0
    if lam > 1e7:
        return round(lam)
    return int(npr.poisson(lam))


def _digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def _alnum(r, n, chars="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(r.choice(chars) for _ in range(n))


def _default_name(r, plat):
    if plat in ("douyin", "weibo"):
        return "用户" + _digits(r, 10)
    if plat == "rednote":
        return "小红薯" + _alnum(r, r.choice((6, 7, 8)), "0123456789ABCDEF")
    if plat == "bilibili":
        return "bili_" + _digits(r, r.choice((8, 9, 10, 11)))
    if plat == "kuaishou":
        return "快手用户" + _digits(r, 10)
    if plat == "wechat_channels":
        return r.choice(["微信用户", "用户" + _digits(r, 8)])
    return "user" + _digits(r, r.choice((6, 8, 10)))


def _zh_nick(r, plat):
    u = r.random()
    if u < 0.14:
        return _default_name(r, plat)
    if u < 0.40:
        return r.choice(ZH_NICK_A) + r.choice(ZH_NICK_B)
    if u < 0.52:
        return r.choice(ZH_NICK_B) + r.choice(ZH_NICK_C)
    if u < 0.62:
        n = r.choice(LATIN_NICK)
        return (
            n
            if r.random() < 0.5
            else n + r.choice(["", "_", "."]) + _digits(r, r.choice((2, 3, 4)))
        )
    if u < 0.74:
        return (
            r.choice(ZH_SURN)
            + r.choice(ZH_GIVEN)
            + (r.choice(ZH_GIVEN) if r.random() < 0.6 else "")
        )
    if u < 0.82:
        return "一只" + r.choice(ZH_NICK_B)
    if u < 0.9:
        return r.choice(ZH_NICK_A) + r.choice(ZH_NICK_B) + r.choice(ZH_NICK_C)
    return r.choice(PINYIN) + r.choice(PINYIN) + _digits(r, r.choice((2, 3, 4)))


def _en_handle(r):
    f = r.choice(EN_FIRST)
    u = r.random()
    if u < 0.25:
        return f + r.choice(["_", ".", ""]) + r.choice(EN_LAST)
    if u < 0.5:
        return f + _digits(r, r.choice((2, 3, 4)))
    if u < 0.65:
        return (
            r.choice(["its", "the", "just", "hey", "real"])
            + f
            + r.choice(["", "x", "xo", "_", "__"])
        )
    if u < 0.8:
        return f + "." + r.choice(EN_LAST)[: r.randint(1, 5)] + r.choice(["", _digits(r, 2)])
    return (
        f
        + r.choice(["_", ""])
        + r.choice(["art", "eats", "fit", "travels", "daily", "vibes", "films", "makes"])
        + r.choice(["", _digits(r, 2)])
    )


def _person(r, plat, lang):
    if lang == "zh" and (plat in CN_PLATFORMS or r.random() < 0.6):
        return _zh_nick(r, plat)
    return _en_handle(r)


def _bot_name(r, plat, lang):
    u = r.random()
    if plat in CN_PLATFORMS:
        if u < 0.55:
            return _default_name(r, plat)
        if u < 0.75:
            return r.choice(PINYIN) + _alnum(r, r.randint(4, 8))
        if u < 0.9:
            return r.choice(ZH_SURN) + r.choice(ZH_GIVEN) + _digits(r, r.randint(2, 5))
        return r.choice(ZH_NICK_B) + _digits(r, r.randint(3, 6))
    if u < 0.35:
        return "user" + _digits(r, r.choice((7, 8, 10)))
    if u < 0.7:
        return r.choice(EN_FIRST) + "_" + _alnum(r, r.randint(4, 7))
    if u < 0.85:
        return _alnum(r, r.randint(8, 12))
    return r.choice(EN_FIRST) + r.choice(EN_LAST) + _digits(r, r.randint(3, 5))


def _emo(r, plat, lang, k=None):
    k = k if k is not None else r.choice((1, 1, 1, 2, 2, 3))
    if plat in EMO_CODES and r.random() < 0.75:
        e = r.choice(EMO_CODES[plat])
        if r.random() < 0.5:
            return e * k
        return "".join(r.choice(EMO_CODES[plat]) for _ in range(k))
    e = r.choice(UNI_EMO)
    return e * k if r.random() < 0.6 else "".join(r.choice(UNI_EMO) for _ in range(k))


def _ha(r):
    return "哈" * r.choice((3, 3, 4, 4, 5, 6, 7, 8, 10, 12, 15)) + r.choice(
        ["", "", "", "嗝", "h", "哈哈", "笑死"]
    )


# ----------------------------------------------------------------------------------------------
# Comment texts
# ----------------------------------------------------------------------------------------------
class _Ctx:
    __slots__ = ("big", "cat", "friends", "lang", "name", "plat", "store", "year")

    def __init__(self, plat, lang, cat, name, big, year, friends):
        self.plat, self.lang, self.cat, self.name, self.big = plat, lang, cat, name, big
        self.year, self.friends = year, friends


def _fill(r, tpl, c, zh):
    if zh:
        nouns, items, adjs, asks = ZH_CAT[c.cat]
        items = items or nouns
        return tpl.format(
            noun=r.choice(nouns),
            adj=r.choice(adjs),
            item=r.choice(items),
            ask=r.choice(asks),
            friend=r.choice(c.friends),
            friend2=r.choice(c.friends),
            result=r.choice(ZH_RESULT),
            neg=r.choice(ZH_NEG),
            pet=r.choice(ZH_PETS),
            act=r.choice(ZH_ACT),
            self=r.choice(ZH_SELF),
            who=r.choice(ZH_WHO),
            num=r.randint(2, 30),
            hour=r.randint(1, 4),
            year=c.year - r.randint(3, 12),
            name=c.name,
            big=c.big,
            ask2=r.choice(ZH_REPLY_ASK),
            store="",
        )
    nouns, items = EN_CAT[c.cat]
    return tpl.format(
        noun=r.choice(nouns),
        noun2=r.choice(nouns),
        item=r.choice(items),
        friend=r.choice(c.friends),
        friend2=r.choice(c.friends),
        result=r.choice(EN_RESULT),
        who=r.choice(EN_WHO),
        store=r.choice(EN_STORES),
        num=r.randint(1, 90),
        hour=r.randint(1, 4),
        year=c.year,
        name=c.name,
        big=c.big,
        promo="",
    )


def _punct_zh(r, t):
    u = r.random()
    if u < 0.55:
        return t
    if u < 0.7:
        return t + "！"
    if u < 0.8:
        return t + "～"
    if u < 0.88:
        return t + "!!"
    if u < 0.94:
        return t + "。"
    return t + "？？"


def _org_zh(r, c):
    u = r.random()
    p = c.plat
    if p == "bilibili" and u < 0.22:
        t = _fill(r, r.choice(ZH_BILI), c, True)
    elif p == "kuaishou" and u < 0.22:
        t = r.choice(ZH_KS)
    elif p == "wechat_channels" and u < 0.35:
        t = r.choice(ZH_WX)
    elif u < 0.34:
        t = _ha(r) if r.random() < 0.3 else r.choice(ZH_GENERIC_SHORT)
        if r.random() < 0.45:
            t = t + r.choice(["，", " ", ""]) + _fill(r, r.choice(ZH_TPL), c, True)
    else:
        t = _fill(r, r.choice(ZH_TPL), c, True)
        if r.random() < 0.25:
            t = t + r.choice(["，", " ", "。", "！"]) + _fill(r, r.choice(ZH_TPL), c, True)
        if r.random() < 0.12:
            t = _ha(r) + t if r.random() < 0.5 else t + _ha(r)
    t = _punct_zh(r, _vary_zh(r, t))
    if r.random() < 0.33:
        t = t + _emo(r, p, "zh")
    elif r.random() < 0.04:
        t = _emo(r, p, "zh")  # emoji-only genuine comments exist too
    return t


_EN_PRE = [
    "ok ",
    "honestly ",
    "lol ",
    "omg ",
    "ngl ",
    "wait ",
    "not gonna lie ",
    "yo ",
    "girl ",
    "bro ",
    "okay but ",
    "literally ",
    "me: ",
    "lowkey ",
    "fr ",
    "y'all ",
    "",
    "",
    "",
]
_EN_SUF = [
    "!!",
    " lol",
    " fr",
    " 😭",
    "!!!",
    " haha",
    " tbh",
    "...",
    " lmao",
    " ngl",
    " 10/10",
    " 🙏",
    " period",
    " no cap",
    " istg",
    "",
    "",
    "",
]
_ZH_PRE = [
    "真的",
    "救命",
    "啊啊",
    "家人们",
    "说真的",
    "笑死",
    "不是，",
    "天哪",
    "哇",
    "妈呀",
    "我的天",
    "谁懂啊",
    "",
    "",
    "",
]
_ZH_SUF = [
    "吧",
    "啊",
    "呀",
    "哈哈",
    "了属于是",
    "！！",
    "呜呜",
    "嘿嘿",
    "（小声）",
    "捏",
    "嘛",
    "hhh",
    "",
    "",
    "",
    "",
]


def _typo(r, t):
    if len(t) > 6 and r.random() < 0.5:
        k = r.randrange(1, len(t) - 1)
        return t[:k] + t[k + 1 :] if r.random() < 0.5 else t[:k] + t[k] + t[k:]
    return t


def _vary_en(r, t):
    if r.random() < 0.45:
        t = r.choice(_EN_PRE) + t
    if r.random() < 0.45:
        t = t.rstrip("?!.") + r.choice(_EN_SUF) if r.random() < 0.7 else t + r.choice(_EN_SUF)
    if r.random() < 0.12:
        t = _typo(r, t)
    return t


def _vary_zh(r, t):
    if r.random() < 0.35:
        t = r.choice(_ZH_PRE) + t
    if r.random() < 0.35:
        t = t + r.choice(_ZH_SUF)
    return t


def _org_en(r, c):
    u = r.random()
    if u < 0.3:
        t = _fill(r, r.choice(EN_SHORT), c, False)
        if r.random() < 0.35:
            t = (
                t
                + (" " if t[-1] in "?!." else r.choice([" ", ", ", ". "]))
                + _fill(r, r.choice(EN_TPL), c, False)
            )
    else:
        t = _fill(r, r.choice(EN_TPL), c, False)
        if r.random() < 0.2:
            t = (
                t
                + (" " if t[-1] in "?!." else r.choice([". ", " ", "!! "]))
                + _fill(r, r.choice(EN_TPL), c, False)
            )
    t = _vary_en(r, t)
    v = r.random()
    if v < 0.15:
        t = t.capitalize()
    elif v < 0.2:
        t = t.upper()
    if r.random() < 0.35:
        t = t + " " + _emo(r, c.plat, "en")
    elif r.random() < 0.05:
        t = _emo(r, c.plat, "en")
    return t


def _org(r, c):
    if c.lang == "zh":
        return _org_zh(r, c) if r.random() < 0.96 else _org_en(r, c)
    return _org_en(r, c) if r.random() < 0.95 else _org_zh(r, c)


def _obf(r, s):
    """Obfuscate a contact id the way lure spammers do."""
    u = r.random()
    if u < 0.3:
        return " ".join(s)
    if u < 0.5:
        return "".join(chr(ord(ch) + 0xFEE0) if ch.isalnum() and ord(ch) < 128 else ch for ch in s)
    if u < 0.7:
        return r.choice(["·", "-", "❤", "🌸", "_"]).join(s)
    return s


def _lure(r, c, zh):
    if zh:
        vid = r.choice(PINYIN) + _alnum(r, r.randint(3, 6))
        t = r.choice(ZH_LURE).format(
            vid=_obf(r, vid),
            vids=_obf(r, vid),
            qq=_obf(r, _digits(r, r.randint(8, 10))),
            qqs=" ".join(_digits(r, 9)),
        )
        if r.random() < 0.3:
            t = r.choice(["", "姐妹们", "宝子", "真的", "刚看到"]) + t + _emo(r, c.plat, "zh", 1)
        return t
    promo = (
        r.choice(["promo", "feature", "shoutout", "grow", "collab", "viral"])
        + r.choice(["_", ".", ""])
        + _alnum(r, r.randint(3, 6))
    )
    return r.choice(EN_LURE).format(promo=promo, num=r.randint(2, 9))


def _spam3p(r, c):
    zh = c.lang == "zh"
    if r.random() < 0.6:
        return _lure(r, c, zh)
    return r.choice(ZH_BOT if zh else EN_BOT)


def _reply(r, c, to):
    zh = c.lang == "zh"
    if zh:
        t = _fill(r, r.choice(ZH_REPLY), c, True)
        if r.random() < 0.3:
            t += _emo(r, c.plat, "zh", 1)
        if c.plat == "weibo":
            return f"回复@{to}:{t}"
        return (f"@{to} {t}") if r.random() < 0.25 else t
    t = _fill(r, r.choice(EN_REPLY), c, False)
    return (f"@{to} {t}") if r.random() < 0.4 else t


_CS_ZH_ISSUE = [
    "什么时候补货",
    "有色差吗",
    "适合敏感肌吗",
    "质量怎么样",
    "能便宜点吗",
    "保修多久",
    "还有库存吗",
    "和旧款有什么区别",
    "直播间什么时候上",
    "为什么我的还没到",
    "赠品怎么没有",
    "可以开发票吗",
]
_CS_EN_ISSUE = [
    "come in other colors",
    "ship internationally",
    "work for sensitive skin",
    "have a warranty",
    "ever go on sale",
    "run true to size",
    "come back in stock soon",
]


def _cs_text(r, c):
    if c.lang == "zh":
        if r.random() < 0.4:
            t = r.choice(ZH_BRAND_Q)
        else:
            nouns, items, _adj, _ask = ZH_CAT[c.cat]
            t = (
                r.choice(["请问", "官方", "小编", "", "", "想问下"])
                + r.choice(["你们家的", "这款", "", "新出的"])
                + r.choice(items or nouns)
                + r.choice(_CS_ZH_ISSUE)
            )
        return _punct_zh(r, t) + (_emo(r, c.plat, "zh", 1) if r.random() < 0.2 else "")
    if r.random() < 0.35:
        return r.choice(EN_BRAND_Q)
    nouns, items = EN_CAT[c.cat]
    return (
        r.choice(["does the ", "will the ", "hi! does the ", "does your "])
        + r.choice(items or nouns)
        + " "
        + r.choice(_CS_EN_ISSUE)
        + r.choice(["?", "??", " 🙏", "?"])
    )


def _ai_text(r, c, s):
    zh = c.lang == "zh"
    if zh:
        a1, a2 = r.sample(ZH_ASPECT, 2)
        parts = [r.choice(ZH_AI_A), r.choice(ZH_AI_B).format(a1=a1, a2=a2), r.choice(ZH_AI_C)]
        if s < 0.4 and r.random() < 0.5:
            parts = parts[r.randint(0, 1) : r.randint(2, 3)]
        t = (
            "，".join(parts[:-1]) + ("，" if len(parts) > 1 else "") + parts[-1]
            if len(parts) > 1
            else parts[0]
        )
        if not t.endswith(("！", "～", "✨", "💪", "🌟", "👍")):
            t += r.choice(["！", "～", "✨"])
        return t
    a1, a2 = r.sample(EN_ASPECT, 2)
    parts = [r.choice(EN_AI_A), r.choice(EN_AI_B).format(a1=a1, a2=a2), r.choice(EN_AI_C)]
    if s < 0.4 and r.random() < 0.5:
        parts = parts[r.randint(0, 1) : r.randint(2, 3)]
    return " ".join(parts)


# ----------------------------------------------------------------------------------------------
# Accounts (follower sample)
# ----------------------------------------------------------------------------------------------
def _account(r, kind, plat, lang, as_of, ctx):
    """One follower profile. kind: active lurker dormant bot_org notable lottery fake_cheap fake_premium pod f4f."""
    zh = plat in CN_PLATFORMS or (lang == "zh" and r.random() < 0.6)
    launch = EPOCH_2025 + (PLAT[plat]["launch"] - 2025.0) * 365.25 * DAY
    age_max = max(30.0, (as_of - launch) / DAY)
    a = {}
    if kind == "active":
        fol = int(_clip(math.exp(r.gauss(math.log(120), 1.3)), 0, 5e4))
        fw = int(_clip(math.exp(r.gauss(math.log(300), 0.8)), 3, PLAT[plat]["fcap"]))
        posts = int(_clip(math.exp(r.gauss(math.log(60), 1.1)), 1, 2e4))
        av, age, last = r.random() < 0.97, r.uniform(0.3, 1.0) * age_max, r.expovariate(1 / 20.0)
        bio = r.random() < 0.55
        name = _zh_nick(r, plat) if zh else _en_handle(r)
    elif kind == "lurker":
        fol = int(r.expovariate(1 / 8.0))
        fw = int(_clip(math.exp(r.gauss(math.log(120), 0.9)), 1, PLAT[plat]["fcap"]))
        posts = r.choice((0, 0, 0, 1, 1, 2, 3, 4))
        av, age, last = r.random() < 0.75, r.uniform(0.05, 1.0) * age_max, r.uniform(20, 900)
        bio = r.random() < 0.12
        name = (
            (_default_name(r, plat) if r.random() < 0.35 else _zh_nick(r, plat))
            if zh
            else (_bot_name(r, plat, lang) if r.random() < 0.25 else _en_handle(r))
        )
    elif kind == "dormant":
        fol = int(r.expovariate(1 / 40.0))
        fw = int(_clip(math.exp(r.gauss(math.log(150), 1.0)), 1, PLAT[plat]["fcap"]))
        posts = int(r.expovariate(1 / 25.0))
        age = r.uniform(0.4, 1.0) * age_max
        av, last = r.random() < 0.8, r.uniform(365, max(400, age - 10))
        bio = r.random() < 0.25
        name = (
            (_default_name(r, plat) if r.random() < 0.3 else _zh_nick(r, plat))
            if zh
            else _en_handle(r)
        )
    elif kind == "bot_org":
        fol = int(r.expovariate(1 / 10.0))
        fw = int(
            r.uniform(800, PLAT[plat]["fcap"])
            if PLAT[plat]["fcap"] < 20000
            else r.uniform(800, 8000)
        )
        posts = r.choice((0, 0, 1, 2, 5, 12))
        av, age, last = r.random() < 0.55, r.uniform(5, min(700, age_max)), r.uniform(1, 200)
        bio = r.random() < 0.35
        name = _bot_name(r, plat, lang)
    elif kind == "notable":
        fol = int(_logu(r, 5e3, 5e5))
        fw = int(r.uniform(50, 2000))
        posts = int(r.uniform(200, 3000))
        av, age, last = True, r.uniform(0.4, 1.0) * age_max, r.expovariate(1 / 5.0)
        bio = True
        name = _zh_nick(r, plat) if zh else _en_handle(r)
    elif kind == "lottery":  # 抽奖号: follows thousands for giveaways; genuine person
        fol = int(r.expovariate(1 / 60.0))
        fw = int(
            r.uniform(1000, PLAT[plat]["fcap"])
            if PLAT[plat]["fcap"] < 20000
            else r.uniform(1000, 6000)
        )
        posts = int(_logu(r, 200, 20000))
        av, age, last = r.random() < 0.9, r.uniform(0.2, 1.0) * age_max, r.expovariate(1 / 2.0)
        bio = r.random() < 0.5
        name = (
            (
                r.choice(["锦鲤", "欧气", "中奖", "好运"])
                + r.choice(ZH_NICK_B)
                + r.choice(["", _digits(r, 3)])
            )
            if zh
            else (
                r.choice(["lucky", "win", "giveaway"])
                + r.choice(["_", ""])
                + r.choice(EN_FIRST)
                + _digits(r, 2)
            )
        )
    elif kind == "fake_cheap":
        b = ctx["batch"]
        fol = r.choice((0, 0, 0, 0, 1, 2, 3, 5, 8))
        fw = int(_clip(r.gauss(b["fw"], b["fw"] * 0.35), 50, max(60, PLAT[plat]["fcap"])))
        posts = 0 if r.random() < 0.8 else r.randint(1, 3)
        av = r.random() < b["av"]
        age = b["age"] + r.uniform(0, b["span"])
        last = age - r.uniform(0, 3)
        bio = False
        name = _bot_name(r, plat, lang)
    elif kind == "fake_premium":
        b = ctx["pbatch"]
        fol = int(_logu(r, 20, 600))
        fw = int(_clip(r.gauss(b["fw"], b["fw"] * 0.3), 150, PLAT[plat]["fcap"]))
        posts = r.randint(6, 80)
        av = True
        age = b["age"] + r.uniform(0, b["span"])
        last = b["last"] + r.uniform(0, b["lspan"])
        bio = r.random() < 0.7
        name = _zh_nick(r, plat) if zh else _en_handle(r)
        if zh and name.startswith(("用户", "小红薯", "bili_", "快手用户", "微信用户")):
            name = r.choice(ZH_NICK_A) + r.choice(ZH_NICK_B)
    elif kind == "pod":
        fol = int(_logu(r, 800, 40000))
        fw = int(_clip(fol * r.uniform(0.6, 1.3), 200, PLAT[plat]["fcap"]))
        posts = int(_logu(r, 80, 1500))
        av, age, last = True, r.uniform(0.2, 1.0) * age_max, r.expovariate(1 / 2.0)
        bio = True
        name = (
            ctx["pod_names"][r.randrange(len(ctx["pod_names"]))]
            if ctx.get("pod_names") and r.random() < 0.3
            else (_zh_nick(r, plat) if zh else _en_handle(r))
        )
    else:  # f4f: follow-for-follow accounts
        fol = int(_logu(r, 150, 8000))
        fw = int(_clip(r.uniform(1000, 7500), 0, PLAT[plat]["fcap"]))
        posts = int(_logu(r, 10, 600))
        av, age, last = r.random() < 0.92, r.uniform(0.1, 1.0) * age_max, r.expovariate(1 / 6.0)
        bio = r.random() < 0.7
        name = _zh_nick(r, plat) if zh else _en_handle(r)
    age = _clip(age, 1.0, age_max)
    a["id"] = str(r.randint(10**9, 10**12)) if plat in CN_PLATFORMS else _alnum(r, 12, "0123456789")
    a["username"] = name
    if r.random() < 0.5 and plat not in CN_PLATFORMS:
        a["display_name"] = name.split("_")[0].split(".")[0].capitalize()
    a["followers"], a["following"], a["posts"] = int(fol), int(fw), int(posts)
    a["has_avatar"] = bool(av)
    if plat in ("instagram", "tiktok"):
        a["is_private"] = bool(
            r.random()
            < (
                0.35
                if kind in ("active", "lurker", "dormant")
                else 0.1
                if kind != "fake_cheap"
                else 0.25
            )
        )
    a["verified"] = bool(kind == "notable" and r.random() < 0.3)
    if bio:
        if kind == "fake_premium":
            a["bio"] = r.choice(ZH_BIO_PREMIUM if zh else EN_BIO_PREMIUM)
        elif kind == "bot_org" and r.random() < 0.6:
            a["bio"] = _lure(r, ctx["c"], zh)
        elif kind == "pod":
            a["bio"] = (
                (
                    r.choice(ZH_BIO_REAL)
                    + r.choice(["", " | 互关必回", " | 有关必回", " 📮合作私信"])
                )
                if zh
                else (
                    r.choice(EN_BIO_REAL)
                    + r.choice(["", " | collabs: dm", " ✨ ugc creator", " | 🔗 below"])
                )
            )
        elif kind == "lottery":
            a["bio"] = (
                r.choice(["锦鲤附体", "专注抽奖", "转发抽奖", "好运连连"])
                if zh
                else "entering every giveaway 🍀"
            )
        else:
            a["bio"] = r.choice(ZH_BIO_REAL if zh else EN_BIO_REAL)
    a["has_url"] = bool(
        r.random() < {"pod": 0.5, "notable": 0.6, "bot_org": 0.4, "f4f": 0.3}.get(kind, 0.06)
    )
    a["created_at"] = _date(as_of - age * DAY)
    if posts > 0:
        a["last_post_at"] = _date(as_of - _clip(last, 0, age) * DAY)
    if plat == "weibo":
        if kind in ("fake_cheap", "bot_org"):
            lvl, mem, cr = r.randint(1, 4), 0, r.choice((0, 0, 1))
        elif kind == "fake_premium":
            lvl, mem, cr = r.randint(6, 16), r.choice((0, 0, 0, 1)), r.choice((1, 1, 2))
        elif kind == "lurker":
            lvl, mem, cr = r.randint(2, 14), 0, r.choice((0, 1, 1, 1, 2))
        else:
            lvl, mem, cr = (
                r.randint(5, 40),
                r.choice((0, 0, 0, 0, 1, 2, 3, 5, 7)),
                r.choice((1, 1, 2, 2, 3, 3, 4)),
            )
        a["platform_level"], a["membership_level"], a["credit_rating"] = lvl, mem, cr
    return a


# ----------------------------------------------------------------------------------------------
# One creator
# ----------------------------------------------------------------------------------------------
_PREF: dict[str | None, dict[str, float]] = {
    "celebrity_low_er": {
        "weibo": 3,
        "douyin": 2,
        "instagram": 1.5,
        "kuaishou": 0.7,
        "wechat_channels": 0.3,
    },
    "giveaway": {"weibo": 3, "rednote": 1.5, "instagram": 1.5},
    "brand_official": {"weibo": 2, "rednote": 1.5, "douyin": 1.5, "youtube": 0.5},
    "engagement_pod": {
        "instagram": 3,
        "rednote": 2,
        "tiktok": 1.5,
        "youtube": 0.3,
        "wechat_channels": 0.5,
    },
    "lure_spam": {
        "rednote": 2,
        "douyin": 2,
        "weibo": 1.5,
        "kuaishou": 1.5,
        "bilibili": 0.5,
        "youtube": 0.4,
    },
    "follow_churn": {"instagram": 2.5, "tiktok": 1.5, "youtube": 0.2, "wechat_channels": 0.3},
    "platform_purge": {"instagram": 2, "weibo": 2},
    "bought_views": {"rednote": 0, "weibo": 0, "wechat_channels": 0, "instagram": 0.5},
}
_SIZE = {"nano": (1e3, 1e4), "micro": (1e4, 1e5), "mid": (1e5, 5e5), "macro": (5e5, 3e6)}


def _seed_off(seed: int) -> float:
    return (
        int.from_bytes(hashlib.sha256(f"delta-off|{seed}".encode()).digest()[:8], "little")
        / 2.0**64
    )


def _archetype_for(seed: int, i: int) -> str:
    u = (_seed_off(seed) + (i + 1) * 0.6180339887498949) % 1.0
    for (name, _lab, _sh), c in zip(ARCHETYPES, _CUM, strict=True):
        if u <= c:
            return name
    return ARCHETYPES[-1][0]


def _build(seed: int, i: int) -> dict:
    h = hashlib.sha256(f"delta|{seed}|{i}".encode()).digest()
    r = random.Random(h)
    npr = np.random.default_rng(int.from_bytes(h[:8], "little"))
    arch = _archetype_for(seed, i)
    label = next(a[1] for a in ARCHETYPES if a[0] == arch)
    if label:
        mods = arch[6:].split("+") if arch.startswith("combo:") else [arch]
        event = None
    else:
        mods, event = [], arch
    # intensity: skewed toward subtle (much real fraud is cautious)
    s0 = float(npr.beta(1.3, 2.2))
    inten = {m: _clip(s0 + r.gauss(0, 0.12), 0.02, 1.0) for m in mods}

    # ---- platform, language, category
    pw = dict(PLATFORM_WEIGHTS)
    for key in [event, *mods]:
        for plat_, f in _PREF.get(key, {}).items():
            pw[plat_] *= f
    plat = _wpick(r, list(pw.items()))
    P = PLAT[plat]
    cn = plat in CN_PLATFORMS
    if cn:
        lang, tz, country = (
            "zh",
            8,
            ("CN" if r.random() < 0.95 else r.choice(["HK", "SG", "MY", "US"])),
        )
    else:
        if r.random() < 0.22:
            lang = "zh"
            country, tz = r.choice(
                [("HK", 8), ("SG", 8), ("MY", 8), ("US", -8), ("CA", -5), ("AU", 10), ("CN", 8)]
            )
        else:
            lang = "en"
            country, tz = r.choice(
                [
                    ("US", -5),
                    ("US", -8),
                    ("US", -6),
                    ("GB", 0),
                    ("CA", -5),
                    ("AU", 10),
                    ("SG", 8),
                    ("PH", 8),
                    ("IN", 5),
                    ("NG", 1),
                ]
            )
    cat = _wpick(r, list(zip(CATEGORIES, CAT_W[plat], strict=True)))
    if "lure_spam" in mods:
        cat = r.choice(["education", "finance", "beauty", "lifestyle", "education"])
    out_tz = 8 if (cn and r.random() < 0.25) else 0

    # ---- size of the true audience A
    if event in ("organic_nano", "organic_micro", "organic_mid", "organic_macro"):
        tier = event.split("_")[1]
    elif event == "koc_tiny":
        tier = "tiny"
    elif event == "celebrity_low_er":
        tier = "celeb"
    elif event == "declining_creator":
        tier = r.choice(["micro", "mid", "mid", "macro"])
    elif event == "brand_official":
        tier = r.choice(["micro", "micro", "mid", "macro"])
    elif event:
        tier = _wpick(r, [("nano", 0.3), ("micro", 0.38), ("mid", 0.22), ("macro", 0.1)])
    elif "lure_spam" in mods:
        tier = _wpick(r, [("nano", 0.5), ("micro", 0.45), ("mid", 0.05)])
    elif "follow_churn" in mods or "engagement_pod" in mods:
        tier = _wpick(r, [("nano", 0.45), ("micro", 0.45), ("mid", 0.1)])
    else:
        tier = _wpick(r, [("nano", 0.3), ("micro", 0.42), ("mid", 0.21), ("macro", 0.07)])
    if tier == "tiny":
        A = _logu(r, 150, 5000)
    elif tier == "celeb":
        A = _logu(r, 3e6, 8e7)
    else:
        A = _logu(r, *_SIZE[tier])
    # bought-follower frauds: the real audience is a fraction of what the profile will show
    A = float(int(A))

    # ---- dates
    as_of = EPOCH_2025 + r.uniform(45, 690) * DAY
    as_of = math.floor(as_of / 60) * 60
    as_day0 = math.floor(as_of / DAY) * DAY  # midnight UTC of as_of date
    year = time.gmtime(as_of).tm_year
    launch = EPOCH_2025 + (P["launch"] - 2025.0) * 365.25 * DAY
    age_lo = {"tiny": 60, "nano": 120, "micro": 300, "mid": 500, "macro": 800, "celeb": 1500}[tier]
    acct_age = min(_logu(r, age_lo, age_lo * 6), (as_of - launch) / DAY - 5)
    acct_age = max(acct_age, 45.0)
    created = as_of - acct_age * DAY

    # ---- posts schedule
    cad = {
        "douyin": 2.5,
        "kuaishou": 2.0,
        "rednote": 4.0,
        "weibo": 1.2,
        "bilibili": 8.0,
        "wechat_channels": 2.5,
        "instagram": 3.0,
        "tiktok": 2.0,
        "youtube": 7.0,
    }[plat] * _logu(r, 0.35, 2.5)
    if event == "koc_tiny":
        cad *= _logu(r, 2, 6)
    if event == "declining_creator":
        cad *= r.uniform(1.5, 3.5)
    if event == "brand_official":
        cad *= 0.6
    if tier == "tiny":
        total_posts = r.randint(10, 25)
        n_posts = total_posts
    else:
        n_posts = r.randint(10, 60)
        total_posts = n_posts + int(acct_age / cad * r.uniform(0.3, 1.0))
    gaps = [r.expovariate(1 / (cad * 0.7))] + [
        cad * math.exp(r.gauss(-0.3, 0.8)) for _ in range(n_posts - 1)
    ]
    post_ts = []
    back = 0.0
    for g in gaps:
        back += g
        t = as_of - back * DAY
        day_local = math.floor((t + tz * 3600) / DAY) * DAY - tz * 3600
        t = day_local + _hour(r) * 3600
        if t > as_of - 600:
            t -= DAY
        if t < created + DAY:
            t = created + DAY + r.uniform(0, DAY)
        post_ts.append(t)
    post_ts.sort()
    total_posts = max(total_posts, n_posts)

    # ---- engagement norms
    q = math.exp(r.gauss(0, 0.55))
    er = P["er"] * (max(A, 100) / 1e4) ** -0.18 * q
    if event == "celebrity_low_er":
        er *= r.uniform(0.1, 0.4)
    elif event == "brand_official":
        er *= r.uniform(0.15, 0.5)
    elif event == "declining_creator":
        er *= r.uniform(0.25, 0.55)
    elif event == "koc_tiny":
        er *= r.uniform(1.0, 2.0)
    er = _clip(er, 1.5e-4, 0.6)
    cpl = _logu(r, *P["cpl"])
    if event == "koc_tiny":
        cpl *= r.uniform(1.2, 2.5)
    spl = _logu(r, *P["spl"]) if P["spl"] else None
    svpl = _logu(r, *P["svpl"]) if P["svpl"] else None
    vpl = _logu(r, *P["vpl"]) if P["vpl"] else None
    show_views = vpl is not None and (r.random() < P["vshow"])
    if "bought_views" in mods and vpl is not None:
        show_views = True
    fpl = _logu(r, 0.003, 0.03)
    sig = P["sig"] * r.uniform(0.8, 1.2)
    spons_rate = {
        "tiny": 0.03,
        "nano": 0.06,
        "micro": 0.12,
        "mid": 0.2,
        "macro": 0.25,
        "celeb": 0.3,
    }[tier] * r.uniform(0, 2)
    tau = 3.0 if plat in ("youtube", "bilibili") else 1.0

    posts: list[dict[str, Any]] = []
    fmts = P["fmt"]
    for t in post_ts:
        age_d = (as_of - t) / DAY
        mat = 1.0 - 0.85 * math.exp(-age_d / tau)
        sp = r.random() < spons_rate
        mult = math.exp(r.gauss(0, sig)) * (r.uniform(0.5, 0.9) if sp else 1.0)
        lam = A * er * mult * mat
        p = {"t": t, "fmt": _wpick(r, fmts), "sp": sp, "L": lam}
        p["C"] = lam * cpl * math.exp(r.gauss(0, 0.45))
        p["S"] = lam * spl * math.exp(r.gauss(0, 0.5)) if spl else None
        p["SV"] = lam * svpl * math.exp(r.gauss(0, 0.4)) if svpl else None
        p["V"] = lam * vpl * math.exp(r.gauss(0, 0.3)) if vpl else None
        if plat == "bilibili":
            p["coins"] = lam * r.uniform(0.2, 0.6)
            p["dm"] = (p["V"] or lam * 15) * r.uniform(0.002, 0.012)
        p["src"] = {}  # extra comment sources -> count
        p["Ladd"] = 0.0
        p["Vadd"] = 0.0
        p["SVadd"] = 0.0
        posts.append(p)
    median_L = float(np.median([p["L"] for p in posts])) if posts else 1.0

    # ---- history arrays (D days ending on the as_of date)
    D = r.randint(90, 365)
    day_ts = as_day0 - (D - 1 - np.arange(D)) * DAY
    hist_start = day_ts[0]
    rho = {
        "tiny": r.uniform(0.0, 0.006),
        "nano": r.uniform(-0.0003, 0.004),
        "micro": r.uniform(-0.0003, 0.003),
        "mid": r.uniform(-0.0003, 0.002),
        "macro": r.uniform(-0.0003, 0.0012),
        "celeb": r.uniform(-0.0002, 0.0006),
    }[tier]
    if event == "declining_creator":
        rho = -r.uniform(0.0003, 0.0015)
    l0 = r.uniform(0.0002, 0.0008)
    g_exp = np.full(D, A * max(rho + l0, 0.00005))
    wk = 1 + 0.08 * np.sin(2 * np.pi * (np.arange(D) + r.random() * 7) / 7)
    g_exp *= wk
    decay = np.array([0.45, 0.25, 0.12, 0.08, 0.05, 0.05])

    def add_spread(arr, d0, amount, w=decay):
        for k, wk_ in enumerate(w):
            if 0 <= d0 + k < D:
                arr[d0 + k] += amount * wk_

    def day_of(t):
        return int((math.floor(t / DAY) * DAY - hist_start) // DAY)

    for p in posts:
        add_spread(g_exp, day_of(p["t"]), p["L"] * fpl)
    loss_exp = np.full(D, A * l0)
    extra_gain = np.zeros(D)
    extra_loss = np.zeros(D)

    # ---- genuine events
    spam_rate = {
        "tiny": 0.003,
        "nano": 0.006,
        "micro": 0.015,
        "mid": 0.03,
        "macro": 0.05,
        "celeb": 0.12,
    }[tier] * r.uniform(0.3, 1.7)
    reply_rate = {
        "tiny": r.uniform(0.2, 0.5),
        "nano": r.uniform(0.05, 0.35),
        "micro": r.uniform(0.03, 0.2),
        "mid": r.uniform(0.01, 0.08),
        "macro": r.uniform(0.0, 0.03),
        "celeb": r.uniform(0, 0.004),
    }[tier]
    if plat == "bilibili":
        reply_rate *= 1.4
    org_mix = {
        "active": 0.42,
        "lurker": 0.36,
        "dormant": 0.15,
        "bot_org": 0.015 + 0.05 * r.random() * (1 + math.log10(max(A, 10)) / 6),
        "notable": 0.01,
    }
    big = _zh_nick(r, plat) if lang == "zh" else _en_handle(r)
    purge_day = None
    if event == "spam_magnet":
        spam_rate = r.uniform(0.15, 0.4)
    if event == "celebrity_low_er":
        org_mix.update(
            dormant=0.35, lurker=0.35, active=0.2, bot_org=r.uniform(0.06, 0.15), notable=0.02
        )
    in_win = [
        k
        for k, p in enumerate(posts)
        if p["t"] >= hist_start + 3 * DAY and p["t"] < as_of - 4 * DAY
    ]
    if not in_win:
        in_win = list(range(max(0, len(posts) - 3)))
    if event == "viral_post" or (label and r.random() < 0.06):
        k = r.choice(in_win)
        V = _logu(r, 20, 300)
        p = posts[k]
        p["L"] *= V
        p["C"] *= V**0.9
        p["S"] = p["S"] * V**1.1 if p["S"] is not None else None
        p["SV"] = p["SV"] * V if p["SV"] is not None else None
        p["V"] = p["V"] * V**1.05 if p["V"] is not None else None
        if "coins" in p:
            p["coins"] *= V * 0.8
            p["dm"] *= V
        p["viral"] = r.uniform(0.1, 0.3)
        gain = p["L"] * _logu(r, 0.004, 0.03)
        d0 = day_of(p["t"])
        add_spread(extra_gain, d0, gain, np.array([0.3, 0.3, 0.17, 0.1, 0.06, 0.04, 0.03]))
        for j in range(d0 + 7, min(D, d0 + 40)):
            extra_loss[j] += gain * r.uniform(0.03, 0.12) / 33
    if event == "giveaway":
        k = r.choice(in_win)
        p = posts[k]
        p["L"] *= r.uniform(3, 10)
        n_give = p["C"] * r.uniform(10, 60) + r.uniform(50, 500)
        p["src"]["give"] = n_give
        p["S"] = (
            (p["S"] or 0) * (r.uniform(10, 50) if plat == "weibo" else r.uniform(2, 6))
            if p["S"] is not None
            else None
        )
        gain = n_give * r.uniform(0.3, 1.0)
        d0 = day_of(p["t"])
        dur = r.randint(3, 10)
        for j in range(dur):
            if 0 <= d0 + j < D:
                extra_gain[d0 + j] += gain / dur
        lf = r.uniform(0.1, 0.3)
        for j in range(d0 + dur, min(D, d0 + dur + 14)):
            extra_loss[j] += gain * lf / 14
        org_mix["lottery"] = _clip(gain / A, 0.01, 0.3) * 0.8
    if event == "shoutout":
        d0 = r.randint(5, D - 6)
        gain = A * r.uniform(0.08, 0.5)
        for j, w in enumerate((0.55, 0.25, 0.1, 0.06, 0.04)):
            extra_gain[d0 + j] += gain * w
        t0 = hist_start + d0 * DAY
        nxt = 0
        for p in posts:
            if p["t"] >= t0:
                p["L"] *= r.uniform(1.1, 1.6)
                if nxt < 3:
                    p["shout"] = r.uniform(0.05, 0.15)
                nxt += 1
    if event == "platform_purge":
        purge_day = r.randint(3, D - 2)
        org_mix["bot_org"] = r.uniform(0.003, 0.015)  # after purge the sample is cleaner
    if event == "brand_official":
        reply_rate = r.uniform(0.02, 0.12)

    # organic series (backward from A)
    gains = npr.poisson(np.maximum(g_exp * np.exp(npr.normal(0, 0.3, D)) + extra_gain, 0)).astype(
        float
    )
    losses = npr.poisson(
        np.maximum(loss_exp * np.exp(npr.normal(0, 0.25, D)) + extra_loss, 0)
    ).astype(float)
    net = gains - losses
    suffix = np.concatenate([np.cumsum(net[::-1])[::-1][1:], [0.0]])
    org = A - suffix
    if purge_day is not None:
        frac = r.uniform(0.02, 0.15)
        drop = org[purge_day - 1] * frac / (1 - frac) if purge_day > 0 else A * frac
        org[:purge_day] += drop
    if org.min() < max(5.0, 0.05 * A):
        lo = max(5.0, 0.05 * A)
        org = lo + (org - org.min()) * (A - lo) / max(A - org.min(), 1.0)
    org = np.maximum(np.round(org), 0)
    org[-1] = A

    # ---- following baseline
    fw0 = int(
        _clip(
            math.exp(
                r.gauss(
                    math.log(
                        {
                            "tiny": 250,
                            "nano": 400,
                            "micro": 350,
                            "mid": 250,
                            "macro": 200,
                            "celeb": 150,
                        }[tier]
                    ),
                    0.9,
                )
            ),
            0,
            P["fcap"],
        )
    )
    if event == "brand_official":
        fw0 = r.randint(0, 60)
    fw = np.full(D, float(fw0))
    fw_changes = npr.poisson(0.15, D) - npr.poisson(0.08, D)
    fw = np.maximum(fw0 + np.cumsum(fw_changes) - np.cumsum(fw_changes)[-1], 0)

    # ---- fraud modules
    fake = np.zeros(D)  # fake follower level
    fb = np.zeros(D)  # follow-back followers from churn
    pod_static = 0.0
    fake_kind_w = {"fake_cheap": 0.0, "fake_premium": 0.0}
    c_batch = dict(
        fw=r.uniform(300, 3000),
        av=r.uniform(0.1, 0.6),
        age=r.uniform(20, 700),
        span=r.uniform(3, 40),
    )
    p_batch = dict(
        fw=r.uniform(400, 2000),
        age=r.uniform(300, 1800),
        span=r.uniform(30, 150),
        last=r.uniform(10, 300),
        lspan=r.uniform(10, 60),
    )
    pod_names = []
    bot_variant = None

    def deliver(level_add, d0, amount, days):
        w = np.array([r.uniform(0.5, 1.5) for _ in range(days)])
        w /= w.sum()
        for j in range(days):
            if d0 + j < D:
                level_add[d0 + j] += amount * w[j]
            else:
                level_add[D - 1] += amount * w[j]

    for m in mods:
        s = inten[m]
        if m in (
            "bought_followers_burst",
            "bought_followers_drip",
            "bought_followers_premium",
            "lure_spam",
        ):
            add = np.zeros(D)
            rem = np.zeros(D)
            pre = 0.0
            if m == "bought_followers_burst":
                M = A * (0.12 + 3.0 * s**1.5)
                k = 1 + int(r.random() * (1 + 3 * s))
                parts = npr.dirichlet(np.ones(k)) * M
                for amt in parts:
                    if r.random() < 0.8:
                        d0 = r.randint(3, D - 2)
                        deliver(add, d0, amt, r.choice((1, 1, 2, 2, 3)))
                        dropf = r.uniform(0, 0.3)
                        ln = r.randint(5, 60)
                        for j in range(d0 + 2, min(D, d0 + 2 + ln)):
                            rem[j] += amt * dropf / ln
                    else:
                        pre += amt * r.uniform(0.7, 1.0)
                fake_kind_w["fake_cheap"] += M * 0.85
                fake_kind_w["fake_premium"] += M * 0.15
            elif m == "lure_spam":
                M = A * r.uniform(0.1, 1.0) * s
                d0 = r.randint(3, D - 2)
                if r.random() < 0.6:
                    deliver(add, d0, M, r.randint(1, 3))
                else:
                    pre += M
                fake_kind_w["fake_cheap"] += M
            elif m == "bought_followers_drip":
                M = A * (0.1 + 2.0 * s**1.3)
                period = r.randint(60, 500)
                rate = M / period
                cv = r.uniform(0.03, 0.2)
                start = D - period
                for j in range(D):
                    if j >= start and r.random() > 0.03:
                        add[j] += max(rate * (1 + r.gauss(0, cv)), 0)
                if start < 0:
                    pre += rate * (-start)
                for j in range(D):
                    rem[j] += rate * r.uniform(0, 0.08)
                fake_kind_w["fake_cheap"] += M * 0.6
                fake_kind_w["fake_premium"] += M * 0.4
            else:  # premium
                M = A * (0.08 + 1.2 * s**1.5)
                k = r.choice((1, 1, 2))
                for amt in npr.dirichlet(np.ones(k)) * M:
                    if r.random() < 0.75:
                        d0 = r.randint(3, D - 5)
                        deliver(add, d0, amt, r.randint(5, 25))
                    else:
                        pre += amt
                rem += M * r.uniform(0, 0.1) / D
                fake_kind_w["fake_premium"] += M
            lvl = pre + np.cumsum(add - rem)
            fake += np.maximum(lvl, 0)
        elif m == "follow_churn":
            amp = min(100 + 2500 * s**1.2, P["fcap"] * 0.8)
            fw_base = max(fw0, int(r.uniform(500, 2500)))
            fw0 = fw_base
            cyc = r.randint(5, 30)
            fbr = r.uniform(0.08, 0.25)
            fw_arr = np.full(D, float(fw_base))
            fb_add = np.zeros(D)
            fb_rem = np.zeros(D)
            d = -r.randint(0, cyc)
            while d < D:
                fdays = r.randint(1, 4)
                hold = r.randint(2, 10)
                a_ = amp * r.uniform(0.6, 1.2)
                for j in range(fdays):
                    for dd in range(d + j, D):
                        if dd >= 0:
                            fw_arr[dd] += a_ / fdays
                    if 0 <= d + j < D:
                        fb_add[min(D - 1, d + j + r.randint(0, 2))] += a_ / fdays * fbr
                u0 = d + fdays + hold
                udays = r.randint(1, 2)
                for j in range(udays):
                    for dd in range(u0 + j, D):
                        if dd >= 0:
                            fw_arr[dd] -= a_ / udays
                    for dd in range(u0 + j, min(D, u0 + j + 20)):
                        if dd >= 0:
                            fb_rem[dd] += a_ / udays * fbr * r.uniform(0.3, 0.6) / 20
                d += cyc + r.randint(-2, 2)
            fb0 = A * r.uniform(0.05, 0.6) * s
            fb += np.maximum(fb0 + np.cumsum(fb_add - fb_rem), 0)
            fw = np.maximum(np.round(fw_arr + r.gauss(0, 3)), 0)
        elif m == "engagement_pod":
            Pn = int(8 + 50 * s * r.uniform(0.6, 1.2))
            pod_names = [_zh_nick(r, plat) if lang == "zh" else _en_handle(r) for _ in range(Pn)]
            part = 0.45 + 0.5 * s
            like_group = Pn + int(r.uniform(20, 400) * s)
            group_follow = int(r.uniform(50, 2000) * (0.3 + s))
            pod_static += group_follow * r.uniform(0.6, 1.0)
            fw = fw + group_follow
            for p in posts:
                p["pod"] = sum(1 for _ in range(Pn) if r.random() < part)
                p["Ladd"] += like_group * r.uniform(0.5, 1.0) * part
                p["SVadd"] += like_group * 0.2 * r.random() if svpl else 0.0
        elif m == "bought_likes":
            frac = r.uniform(0.2, 0.5) if s < 0.35 else r.uniform(0.5, 1.0)
            pk = [
                50,
                100,
                200,
                300,
                500,
                800,
                1000,
                2000,
                3000,
                5000,
                10000,
                20000,
                50000,
                100000,
                200000,
            ]
            target = median_L * (0.4 + 10 * s**1.3)
            base_pkg = min(pk, key=lambda x: abs(math.log(x) - math.log(max(target, 30))))
            bundle_views = r.random() < 0.9 - 0.5 * s
            for p in posts:
                if (p["sp"] and s < 0.5) or r.random() < frac:
                    pkg = (
                        base_pkg
                        if r.random() < 0.7
                        else r.choice(pk[max(0, pk.index(base_pkg) - 1) : pk.index(base_pkg) + 2])
                    )
                    p["Ladd"] += pkg * r.uniform(0.93, 1.05)
                    if bundle_views and p["V"] is not None:
                        p["Vadd"] += pkg * r.uniform(3, 12)  # 播放+点赞 bundles keep likes < views
                    if plat == "rednote" and r.random() < 0.5:
                        p["SVadd"] += pkg * r.uniform(0.2, 0.6)  # 刷赞藏 packages
        elif m == "bought_views":
            frac = r.uniform(0.4, 1.0)
            for p in posts:
                if p["V"] is not None and r.random() < frac:
                    p["Vadd"] += p["V"] * (1.5 + 25 * s**1.2) * r.uniform(0.7, 1.3)
                    if r.random() < 0.3:
                        p["Ladd"] += p["Vadd"] * r.uniform(0.002, 0.01)
        elif m == "bot_comments":
            frac = r.uniform(0.3, 0.6) if s < 0.3 else r.uniform(0.6, 1.0)
            bot_variant = "farm" if (lang == "zh" and r.random() < 0.45) else "bot"
            pk = [10, 20, 30, 50, 100, 200, 300, 500]
            for p in posts:
                if r.random() < frac:
                    want = max(p["C"], 3) * (0.3 + 3 * s) + 5
                    n = min(pk, key=lambda x: abs(x - want)) * r.uniform(0.9, 1.0)
                    p["src"][bot_variant] = n
                    p["Ladd"] += n * r.uniform(0.5, 2.0)
        elif m == "ai_praise":
            frac = r.uniform(0.5, 1.0)
            for p in posts:
                if r.random() < frac:
                    p["src"]["ai"] = max(p["C"], 2) * (0.2 + 2.0 * s) + r.uniform(2, 12)
        if m == "lure_spam":
            for p in posts:
                n = p["C"] * (0.5 + 4 * s) + r.uniform(5, 30)
                p["src"]["sock"] = n
                p["src"]["sockrep"] = n * r.uniform(0.2, 0.7)
                p["Ladd"] += n * r.uniform(0.5, 1.5)
    fake = np.round(fake)
    fb = np.round(fb)

    # ---- finalize per-post counts
    total_fol = org + fake + fb + pod_static
    hide_likes = plat == "instagram" and r.random() < 0.08
    kuai_unknown = plat == "kuaishou" and r.random() < 0.5
    for p in posts:
        L = _pois(npr, p["L"]) + int(p["Ladd"])
        C_org = _pois(npr, p["C"])
        n_sp = int(npr.binomial(C_org, _clip(spam_rate, 0, 0.9))) if C_org > 0 else 0
        src = {"org": C_org - n_sp, "spam": n_sp}
        for kx, v in p["src"].items():
            src[kx] = round(v)
        if p.get("pod"):
            src["pod"] = p["pod"]
        if p.get("viral") and src["org"] > 0:
            nv = int(src["org"] * p["viral"])
            src["viral"], src["org"] = nv, src["org"] - nv
        if p.get("shout") and src["org"] > 0:
            ns = int(src["org"] * p["shout"])
            src["shout"], src["org"] = ns, src["org"] - ns
        if event == "celebrity_low_er" and src["org"] > 0:
            nf = int(src["org"] * r.uniform(0.3, 0.6))
            src["fan"], src["org"] = nf, src["org"] - nf
        if event == "brand_official" and src["org"] > 0:
            nb = int(src["org"] * r.uniform(0.2, 0.5))
            src["cs"], src["org"] = nb, src["org"] - nb
        nonrep = sum(v for kx, v in src.items() if kx not in ("sockrep",))
        src["rep"] = int(npr.binomial(nonrep, reply_rate)) if nonrep > 0 and reply_rate > 0 else 0
        if "pod" in src:
            src["rep"] += int(src["pod"] * r.uniform(0.0, 0.5))
        p["srcn"] = {kx: v for kx, v in src.items() if v > 0}
        p["likes"] = L
        p["comments"] = sum(p["srcn"].values())
        p["shares"] = _pois(npr, p["S"]) if p["S"] is not None else None
        p["saves"] = (_pois(npr, p["SV"]) + int(p["SVadd"])) if p["SV"] is not None else None
        p["views"] = (_pois(npr, p["V"]) + int(p["Vadd"])) if p["V"] is not None else None
        if p["views"] is not None and p["views"] < L and "bought_likes" not in mods:
            p["views"] = int(L * r.uniform(1.5, 3))

    # ---- identity
    if lang == "zh":
        disp = _zh_nick(r, plat)
        if disp.startswith(("用户", "小红薯", "bili_", "快手用户", "微信用户")):
            disp = r.choice(ZH_NICK_A) + r.choice(ZH_NICK_B)
        if event == "brand_official":
            disp = r.choice(
                ["花西", "完美", "元气", "三只", "良品", "小米", "蕉内", "观夏", "认养", "王饱"]
            ) + r.choice(["官方旗舰店", "官方", "品牌号", "官方账号"])
        latin = (
            r.choice(PINYIN)
            + r.choice(PINYIN)
            + r.choice(["", "_", "."])
            + r.choice(["", _digits(r, 2), r.choice(CATEGORIES[:6])])
        )
    else:
        disp = _en_handle(r)
        if event == "brand_official":
            disp = r.choice(["glow", "north", "kin", "bloom", "urban", "pure"]) + r.choice(
                ["beauty", "co", "labs", "official", "wear"]
            )
        latin = disp
    uid = hashlib.sha1(f"{seed}|{i}".encode()).hexdigest()[:6]
    friends = [_person(r, plat, lang) for _ in range(12)]
    ctx = _Ctx(plat, lang, cat, disp, big, year, friends)
    celeb_name = disp[:4] if lang == "zh" else disp

    rec = {
        "creator_id": f"{plat}:{latin}_{uid}",
        "platform": plat,
        "handle": disp,
        "as_of": _iso(as_of, out_tz),
    }
    F_end = int(total_fol[-1])
    verified = {"tiny": 0.0, "nano": 0.02, "micro": 0.1, "mid": 0.35, "macro": 0.7, "celeb": 0.98}[
        tier
    ]
    if plat == "weibo":
        verified = min(1.0, verified * 1.6 + 0.05)
    if event == "brand_official":
        verified = 0.95
    prof = {
        "followers": F_end,
        "following": int(fw[-1]),
        "posts": int(total_posts),
        "verified": bool(r.random() < verified),
        "created_at": _date(created),
    }
    # bio
    if lang == "zh":
        bio = (
            r.choice(ZH_BIO_REAL)
            + r.choice(["", " | ", "\n"])
            + {
                "beauty": "美妆护肤分享",
                "fashion": "每日穿搭",
                "food": "探店/家常菜",
                "travel": "旅行记录",
                "tech": "数码测评",
                "gaming": "游戏区UP",
                "fitness": "健身减脂",
                "parenting": "育儿日常",
                "pets": "猫狗双全",
                "lifestyle": "生活vlog",
                "education": "学习干货",
                "finance": "理财笔记",
                "comedy": "搞笑日常",
                "music": "翻唱/原创",
                "home": "装修记录",
                "auto": "汽车测评",
            }[cat]
        )
        if tier not in ("tiny",) and r.random() < 0.35:
            bio += r.choice(["\n商务合作：", "\n📮", "\n合作vx："]) + (
                latin.replace(".", "") + r.choice(["@163.com", "@qq.com", "", "_biz"])
            )
    else:
        bio = (
            r.choice(EN_BIO_REAL)
            + r.choice(["", " | ", "\n"])
            + cat
            + r.choice(["", " creator", " content"])
        )
        if tier not in ("tiny",) and r.random() < 0.35:
            bio += (
                "\n📩 "
                + latin.replace(".", "")
                + r.choice(["@gmail.com", "@mgmt.co", ".collab@gmail.com"])
            )
    if event == "brand_official":
        bio = (
            (
                r.choice(["官方账号", "品牌官方账号", "官方旗舰店"])
                + r.choice(["｜新品首发", "｜售后请私信", "｜每晚8点直播"])
            )
            if lang == "zh"
            else (
                r.choice(["Official account", "Official page", "We make things better"])
                + " | 🛍️ shop below"
            )
        )
    if "lure_spam" in mods:
        bio = (
            (
                r.choice(["免费领取资料👇", "全套资源私我", "副业/兼职/资料", "0基础带你入门"])
                + "\n"
                + r.choice(["v：", "➕🛰：", "薇❤：", "🐧："])
                + _obf(r, r.choice(PINYIN) + _alnum(r, 5))
            )
            if lang == "zh"
            else ("💸 free guide in bio link\nDM 'START' 👇")
        )
    if "engagement_pod" in mods and r.random() < 0.4:
        bio += " | 互关必回" if lang == "zh" else " | follow back 💕"
    if "follow_churn" in mods and r.random() < 0.3:
        bio += " | 有关必回" if lang == "zh" else " | f4f"
    prof["bio"] = bio
    prof["category"] = cat
    prof["country"] = country
    if r.random() < 0.08:
        for key_ in (
            ("created_at", "following", "category") if r.random() < 0.5 else ("bio", "verified")
        ):
            prof.pop(key_, None)
    rec["profile"] = prof

    # ---- history block
    has_hist = r.random() < (0.4 if tier == "tiny" else 0.7)
    hist_list = None
    if has_hist:
        idx = list(range(D))
        if r.random() < 0.15:  # sparse stored snapshots
            idx, j = [], D - 1
            while j >= 0:
                idx.append(j)
                j -= r.randint(3, 14)
            idx.sort()
        else:
            gap = r.uniform(0, 0.04)
            idx = [j for j in idx if j == D - 1 or r.random() >= gap]
        with_fw = r.random() < 0.8
        hist_list = []
        for j in idx:
            e = {"date": _date(day_ts[j] + 3600), "followers": int(max(total_fol[j], 0))}
            if with_fw:
                e["following"] = int(max(fw[j], 0))
            hist_list.append(e)
        rec["follower_history"] = hist_list
    else:
        if cn and F_end > 1e4 and r.random() < 0.08:  # display-rounded count (12.3万)
            prof["followers"] = round(F_end / 1000.0) * 1000
    if r.random() < 0.06:
        back_d = r.randint(1, min(60, D - 1))
        prof["observed_at"] = _date(day_ts[D - 1 - back_d] + 3600)
        prof["followers"] = int(total_fol[D - 1 - back_d])
        if "following" in prof:
            prof["following"] = int(fw[D - 1 - back_d])

    # ---- posts block
    pid_fn = {
        "douyin": lambda: "7" + _digits(r, 18),
        "tiktok": lambda: "7" + _digits(r, 18),
        "rednote": lambda: _alnum(r, 24, "0123456789abcdef"),
        "weibo": lambda: "5" + _digits(r, 15),
        "bilibili": lambda: (
            "BV1" + _alnum(r, 9, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz123456789")
        ),
        "kuaishou": lambda: "3x" + _alnum(r, 13),
        "wechat_channels": lambda: (
            "export/UzFfAgtgekIEAQAAAAAA"
            + _alnum(r, 24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        ),
        "instagram": lambda: _alnum(
            r, 11, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
        ),
        "youtube": lambda: _alnum(
            r, 11, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
        ),
    }[plat]
    spons_known = r.random() < 0.7
    out_posts = []
    for p in posts:
        p["id"] = pid_fn()
        o = {
            "post_id": p["id"],
            "posted_at": _iso(p["t"], out_tz),
            "format": p["fmt"],
            "likes": int(p["likes"]),
            "comments": int(p["comments"]),
        }
        if p["shares"] is not None:
            o["shares"] = int(p["shares"])
        if p["saves"] is not None:
            o["saves"] = int(p["saves"])
        if p["views"] is not None and (show_views or (plat == "instagram" and p["fmt"] == "video")):
            o["views"] = int(max(p["views"], 0))
        if plat == "bilibili":
            o["coins"] = _pois(npr, p["coins"])
            o["danmaku"] = _pois(npr, p["dm"])
        if spons_known:
            o["sponsored"] = bool(p["sp"])
        if hide_likes:
            o["likes"] = 0
            o["likes_unknown"] = True
        out_posts.append(o)
    rec["posts"] = out_posts

    # ---- comments block
    if r.random() < 0.96:
        comments = _comments(
            r,
            npr,
            posts,
            ctx,
            as_of,
            out_tz,
            tz,
            A,
            inten,
            mods,
            event,
            pod_names,
            celeb_name,
            disp,
            tier,
        )
        rec["comments"] = comments
        if kuai_unknown:
            cnt: dict[str, int] = {}
            for cm in comments:
                cnt[cm["post_id"]] = cnt.get(cm["post_id"], 0) + 1
            for o in out_posts:
                o["comments"] = cnt.get(o["post_id"], 0)
                o["comments_unknown"] = True

    # ---- follower sample block
    if r.random() < 0.62:
        mixw = []
        orgv = float(org[-1])
        ow = sum(org_mix.values())
        for k_, w_ in org_mix.items():
            mixw.append((k_, orgv * w_ / ow))
        fsum = fake_kind_w["fake_cheap"] + fake_kind_w["fake_premium"]
        if fsum > 0 and fake[-1] > 0:
            mixw.append(("fake_cheap", fake[-1] * fake_kind_w["fake_cheap"] / fsum))
            mixw.append(("fake_premium", fake[-1] * fake_kind_w["fake_premium"] / fsum))
        if fb[-1] > 0:
            mixw.append(("f4f", float(fb[-1])))
        if pod_static > 0:
            mixw.append(("pod", pod_static))
        m_ = r.randint(50, 200)
        actx = {"batch": c_batch, "pbatch": p_batch, "pod_names": pod_names, "c": ctx}
        rec["follower_sample"] = [
            _account(r, _wpick(r, mixw), plat, lang, as_of, actx) for _ in range(m_)
        ]
    rec["label"] = int(label)
    rec["archetype"] = arch
    return rec


def _comments(
    r, npr, posts, c, as_of, out_tz, tz, A, inten, mods, event, pod_names, celeb_name, disp, tier
):
    plat, lang = c.plat, c.lang
    zh = lang == "zh"
    T = r.randint(100, 300) if r.random() < 0.88 else r.randint(300, 400)
    counts = [p["comments"] for p in posts]
    tot = sum(counts)
    if tot <= T:
        alloc = list(counts)
    else:
        w = [x**0.6 for x in counts]
        W = sum(w) or 1.0
        alloc = [min(x, round(T * wi / W)) for x, wi in zip(counts, w, strict=True)]
        short = T - sum(alloc)
        order = sorted(range(len(posts)), key=lambda k: -counts[k])
        for k in order:
            if short <= 0:
                break
            more = min(short, counts[k] - alloc[k])
            alloc[k] += more
            short -= more
    n_reg = int(_clip(4 + A**0.25, 5, 60))
    regulars = [_person(r, plat, lang) for _ in range(n_reg)]
    p_reg = {"tiny": 0.45, "nano": 0.3, "micro": 0.2, "mid": 0.1, "macro": 0.05, "celeb": 0.03}[
        tier
    ]
    pools = {}

    def pool(name, size, fn):
        if name not in pools:
            pools[name] = [fn() for _ in range(size)]
        return pools[name]

    s_bot = inten.get("bot_comments", 0.5)
    s_ai = inten.get("ai_praise", 0.5)
    s_pod = inten.get("engagement_pod", 0.5)
    # seller libraries are finite: each fraud creator's bot library is a subset
    bot_lib = r.sample(ZH_BOT if zh else EN_BOT, r.randint(6, 18))
    farm_lib = r.sample(ZH_FARM, r.randint(6, 14)) + (
        [t.format(name=celeb_name) for t in r.sample(ZH_KONGPING, 4)]
        if plat == "weibo" or c.cat in ("music", "comedy")
        else []
    )
    pod_lib = r.sample(ZH_POD if zh else EN_POD, r.randint(8, 16))
    fan_slogans = [t.format(name=celeb_name) for t in r.sample(ZH_KONGPING, 3)]
    out = []
    limit = as_of - 30
    for p, k in zip(posts, alloc, strict=True):
        if k <= 0:
            continue
        rem = dict(p["srcn"])
        remt = sum(rem.values())
        pt = p["t"]
        cscale = 0.3 + max(p["likes"], 0) / 800.0
        seen = []
        for _ in range(k):
            if remt <= 0:
                break
            x = r.random() * remt
            src = None
            for kx, v in rem.items():
                x -= v
                if x <= 0:
                    src = kx
                    break
            if src is None:
                src = next(iter(rem))
            rem[src] -= 1
            remt -= 1
            if rem[src] <= 0:
                del rem[src]
            likes = 0
            fc = False
            if src in ("org", "viral", "shout", "fan", "give", "cs"):
                if src == "org" and r.random() < p_reg:
                    author = regulars[int(len(regulars) * r.random() ** 2)]
                elif src == "fan" and zh and r.random() < 0.25:
                    author = (
                        r.choice(["爱", "守护", "只爱"])
                        + celeb_name
                        + r.choice(["的小太阳", "一辈子", "的宝", "", "_" + _digits(r, 4)])
                    )
                else:
                    author = _person(r, plat, lang)
                if src == "org":
                    text = _org(r, c)
                    delay = math.exp(r.gauss(math.log(3 * 3600), 1.5))
                elif src == "viral":
                    text = r.choice(ZH_VIRAL if zh else EN_VIRAL)
                    if r.random() < 0.4:
                        text += r.choice(["，", " "]) + _org(r, c)
                    delay = math.exp(r.gauss(math.log(30 * 3600), 1.0))
                elif src == "shout":
                    text = _fill(r, r.choice(ZH_SHOUT if zh else EN_SHOUT), c, zh)
                    delay = math.exp(r.gauss(math.log(5 * 3600), 1.2))
                elif src == "fan":
                    if not zh:
                        text = _org_en(r, c)
                    elif r.random() < 0.12:
                        text = r.choice(fan_slogans)  # real fans copy the fan-club slogan (控评)
                    else:
                        text = _fill(r, r.choice(ZH_FAN), c, True)
                        if r.random() < 0.35:
                            text = text + r.choice(["，", " ", "！"]) + _org_zh(r, c)
                        elif r.random() < 0.3:
                            text = "啊" * r.randint(3, 12) + text
                        if r.random() < 0.45:
                            text += _emo(r, plat, "zh")
                    delay = math.exp(r.gauss(math.log(40 * 60), 1.4))
                elif src == "give":
                    text = _fill(r, r.choice(ZH_GIVE if zh else EN_GIVE), c, zh)
                    if r.random() < 0.2:
                        text += _emo(r, plat, lang, 1)
                    delay = math.exp(r.gauss(math.log(10 * 3600), 1.2))
                else:
                    text = _cs_text(r, c)
                    delay = math.exp(r.gauss(math.log(6 * 3600), 1.3))
                likes = int((r.paretovariate(1.15) - 1) * cscale)
                t = pt + delay
                lh = ((t + tz * 3600) % DAY) / 3600
                if 1.5 <= lh < 7 and r.random() < 0.75:
                    t += (7 - lh + r.uniform(0, 3)) * 3600
                seen.append((author, t))
            elif src == "rep":
                if seen and r.random() < 0.85:
                    to, t0 = r.choice(seen)
                else:
                    to, t0 = _person(r, plat, lang), pt + math.exp(r.gauss(math.log(3 * 3600), 1.3))
                author, fc = disp, True
                if event == "brand_official":
                    text = r.choice(ZH_BRAND_R if zh else EN_BRAND_R)
                    if plat == "weibo":
                        text = f"回复@{to}:{text}"
                elif "engagement_pod" in mods and r.random() < 0.4:
                    text = r.choice(
                        ["回赞啦", "谢谢宝子，已回", "已回访[赞R]", "来啦来啦"]
                        if zh
                        else ["thank you babe 💕", "ty love!! ✨", "🙌🙌"]
                    )
                else:
                    text = _reply(r, c, to)
                t = t0 + math.exp(r.gauss(math.log(2 * 3600), 1.3))
                likes = int((r.paretovariate(1.4) - 1) * cscale)
            elif src == "spam":
                author = _bot_name(r, plat, lang)
                text = _spam3p(r, c)
                t = pt + math.exp(r.gauss(math.log(8 * 3600), 1.5))
                likes = 0 if r.random() < 0.9 else 1
            elif src == "bot":
                author = r.choice(pool("bot", r.randint(20, 300), lambda: _bot_name(r, plat, lang)))
                text = r.choice(bot_lib)
                if r.random() < 0.15 * (1 - s_bot):
                    text += (
                        r.choice(bot_lib)
                        if r.random() < 0.5
                        else _emo(r, plat, lang, r.randint(1, 3))
                    )
                t = pt + r.uniform(30, 2400 if s_bot > 0.4 else 7200)
                likes = 0 if r.random() < 0.9 else r.randint(1, 2)
            elif src == "farm":
                author = r.choice(
                    pool(
                        "farm",
                        r.randint(30, 200),
                        lambda: _zh_nick(r, plat) if r.random() < 0.6 else _bot_name(r, plat, lang),
                    )
                )
                text = r.choice(farm_lib)
                if r.random() < 0.3:
                    text += r.choice(["！", "～", "[赞]", "👍", "!!", "[爱心]"])
                t = pt + r.uniform(300, 6 * 3600)
                likes = r.choice((0, 0, 0, 1, 2, 3))
            elif src == "pod":
                author = r.choice(pod_names) if pod_names else _person(r, plat, lang)
                text = r.choice(pod_lib)
                if r.random() < 0.35:
                    text = (
                        text
                        + (" " if not zh else "")
                        + r.choice(
                            pod_lib if r.random() < 0.3 else [_emo(r, plat, lang, r.randint(1, 3))]
                        )
                    )
                t = pt + r.expovariate(1 / (25 * 60 * (1.5 - s_pod))) + 30
                likes = r.randint(0, 4)
            elif src == "ai":
                author = r.choice(
                    pool(
                        "ai", r.randint(40, 250), lambda: _zh_nick(r, plat) if zh else _en_handle(r)
                    )
                )
                text = _ai_text(r, c, s_ai)
                t = pt + math.exp(r.gauss(math.log(2 * 3600), 1.0))
                likes = 0 if r.random() < 0.8 else 1
            elif src == "sock":
                author = r.choice(
                    pool(
                        "sock",
                        r.randint(20, 150),
                        lambda: (
                            _bot_name(r, plat, lang)
                            if r.random() < 0.5
                            else _zh_nick(r, plat)
                            if zh
                            else _en_handle(r)
                        ),
                    )
                )
                if r.random() < 0.15:
                    text = _lure(r, c, zh)
                else:
                    text = r.choice(ZH_SOCK if zh else EN_SOCK)
                t = pt + math.exp(r.gauss(math.log(5 * 3600), 1.3))
                likes = r.choice((0, 0, 0, 1, 2))
                seen.append((author, t))
            else:  # sockrep: the lure account answers its sockpuppets
                to, t0 = r.choice(seen) if seen else (_bot_name(r, plat, lang), pt + 3600)
                author, fc = disp, True
                text = r.choice(ZH_SOCK_REPLY if zh else EN_SOCK_REPLY)
                if plat == "weibo":
                    text = f"回复@{to}:{text}"
                t = t0 + r.uniform(60, 3 * 3600)
                likes = r.choice((0, 0, 1))
            if t > limit:
                t = limit - r.uniform(0, 600)
            if t < pt + 5:
                t = pt + 5 + r.uniform(0, 60)
            cm = {
                "post_id": p["id"],
                "author": author[:200],
                "text": text[:5000],
                "posted_at": _iso(t, out_tz),
                "likes": int(min(max(likes, 0), max(p["likes"], 0) + 5)),
            }
            if fc:
                cm["from_creator"] = True
            out.append(cm)
    return out


# ----------------------------------------------------------------------------------------------
# API
# ----------------------------------------------------------------------------------------------
def generate(n: int, seed: int) -> Iterator[dict]:
    """Yield n labelled creator records; record i depends only on (seed, i)."""
    for i in range(int(n)):
        yield _build(int(seed), i)


def _write_jsonl(f: TextIO, n: int, seed: int) -> None:
    for rec in generate(n, seed):
        f.write(json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(
        description="delta: simulate labelled social-media creators (JSONL)"
    )
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", default="-", help="JSONL path ('-' = stdout)")
    a = ap.parse_args(argv)
    if a.out == "-":
        _write_jsonl(sys.stdout, a.n, a.seed)
    else:
        with open(a.out, "w", encoding="utf-8") as f:
            _write_jsonl(f, a.n, a.seed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

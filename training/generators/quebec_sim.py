#!/usr/bin/env python3
"""quebec_sim: an independent simulator of genuine and fraudulent social-media creators.

Writes labelled CreatorRecord objects (see creator.schema.json) plus two extra keys:
``label`` (1 = fraudulent, 0 = genuine) and ``archetype``.  Record i depends only on
(seed, i).  Only the standard library and numpy are used.

    python quebec_sim.py --n 2000 --seed 1 --out creators.jsonl

Focus: small and mid-sized creators (KOC, rising KOL) on the Chinese platforms (RedNote,
Douyin, Bilibili, Kuaishou, WeChat Channels, Weibo), about 60 % of records; the rest are
Instagram, TikTok and YouTube creators with English (now and then Chinese) audiences.

Genuine archetypes (label 0, about half of the records)
    ordinary_nano, ordinary_koc, ordinary_micro, ordinary_mid, ordinary_macro
                        ordinary creators of every size, with lifecycle stages (rising,
                        steady, declining), platform norms and ordinary mess.
    tiny_koc            10-14 posts, a few hundred followers, sparse comments, one post
                        that may have done far better than the rest.
    viral_post          one post 15-150x the usual reach, follower surge after it.
    giveaway            抽奖/转发抽奖: a post flooded with "抽我" / @friends entries from real
                        users and 抽奖号 (lottery-hunter accounts that look bot-like), surge
                        then partial unfollow after the draw.
    shoutout            a bigger account mentions the creator: a jump not tied to any own
                        post; "从xx那里过来的" comments.
    platform_purge      platform removes bots (清理僵尸粉 / Instagram purge): a one-day drop.
    celebrity_low_er    millions of followers, very low engagement rate, many zombie
                        followers that the star never bought, fan-club 控评 (repeated
                        template praise organised by fans, not paid).
    paid_promotion      platform ads (Dou+, 薯条, 小火苗, Boost): some posts with 5-30x views
                        and a lower like/view ratio, small follower gains.
    livestream_seller   带货 streamers: thin short-video engagement, live posts whose
                        comments repeat "已拍" / "3号链接", jumps on live days.
    dormant_return      months without posts, slow decline, then a comeback bump.

Fraud archetypes (label 1, about half), each with an intensity from subtle to blatant
(intensity ~ Beta(1.2, 1.8): most fraud is cautious)
    bought_followers_burst    刷粉 orders delivered in 1-10 days, 掉粉 afterwards, refills;
                              cheap or mid-quality bot accounts in the follower sample.
    bought_followers_drip     慢速涨粉: a steady, too-smooth daily inflow over weeks.
    bought_followers_premium  "真人粉/高质量粉": aged accounts with avatars, posts and
                              real-looking names, mixed with 真人任务粉 (real active people
                              paid per follow on task platforms, many unfollow later);
                              tells are only statistical (dormant since, clustered
                              creation, high following, low engagement per follower).
    bought_likes              刷赞 (RedNote 赞藏 packages too), often on sponsored posts;
                              likes out of line with comments, saves, shares and views.
    bought_views              刷播放: views inflated, like/view ratio collapses.
    bot_comments              刷评: generic / emoji / [表情] comments from bot batches, many
                              repeated, delivered within minutes, sometimes off-topic.
    water_army                水军 comment farm with 控评: templated product praise, some
                              copy-paste duplicates, pushed to the top with likes.
    ai_praise                 machine-written 种草 praise: long, well-formed, formulaic.
    mutual_boost_group        互粉/互赞/互评 groups and Instagram pods: the same members
                              comment on every post, creator's following ~ followers.
    follow_unfollow_churn     mass follow, collect follow-backs, mass unfollow: saw-tooth
                              following count, follower steps that partly decay.
    lure_spam                 引流号: disguised contact handles (薇/🛰/vx/➕V), "资源"/副业
                              lures, alt accounts asking "求", creator replying "已私".
    suren_koc_network         素人 matrix accounts run by an agency: undisclosed 种草 notes,
                              network members seeding "求链接/在哪买" questions, bought 赞藏.
    combo:a+b[+c]             combinations of the above (canonical order).

Main assumptions
- Organic follower gains follow posts (a bump after each post scaled by its reach) plus a
  noisy baseline; organic losses are a small daily share.  Bought followers do not engage
  and do not follow posts; a share of them drops within weeks.
- Engagement = reach x platform rates; reach mixes an algorithmic pool (Douyin, Kuaishou,
  RedNote, TikTok, Bilibili) with a follower share that falls with size.  Post-to-post
  noise is lognormal with sigma 0.4-1.3 depending on platform; recent posts are immature.
- Platform field norms: RedNote has saves but no public views; Weibo has shares and many
  comments per like and many zombie followers; Bilibili has coins and danmaku; Kuaishou
  exports sometimes lack comment counts (comments_unknown); Instagram creators sometimes
  hide likes (likes_unknown); YouTube has no public following.
- Genuine audiences contain lurkers (default names 用户/小红薯/bili_ + digits, no avatar,
  no posts), students, 宝妈, elder Kuaishou/WeChat users, regional users and a few bots and
  spam accounts of their own.  Genuine comments are composed from many parts (questions,
  stories, slang, [表情] codes, @friends, 打卡/沙发) so exact repeats are rare.
- Fraud volumes are bought in seller packages (100 / 500 / 1000 / 1w likes or followers,
  10 / 20 / 50 / 100 comments) and do not scale with organic virality (per-creator caps).
- Creators reply to comments (small KOCs often, celebrities almost never); water-army posts
  have their critical comments deleted (控评).
- Data blocks are included independently of the label: follower history ~70 % (some with
  gaps or only weekly snapshots), follower sample ~60 %, comments ~97 %.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import numpy as np

# ----------------------------------------------------------------------------------------
# constants
# ----------------------------------------------------------------------------------------

ZH_PLATFORMS = ["rednote", "douyin", "kuaishou", "bilibili", "weibo", "wechat_channels"]
EN_PLATFORMS = ["instagram", "tiktok", "youtube"]
PLATFORM_W = {
    "rednote": 0.16,
    "douyin": 0.15,
    "kuaishou": 0.08,
    "bilibili": 0.08,
    "weibo": 0.08,
    "wechat_channels": 0.05,
    "instagram": 0.15,
    "tiktok": 0.14,
    "youtube": 0.11,
}
LAUNCH = {
    "douyin": date(2016, 9, 20),
    "kuaishou": date(2013, 7, 1),
    "rednote": date(2013, 6, 1),
    "weibo": date(2009, 8, 14),
    "bilibili": date(2009, 6, 26),
    "wechat_channels": date(2020, 1, 22),
    "instagram": date(2010, 10, 6),
    "tiktok": date(2017, 8, 1),
    "youtube": date(2005, 12, 1),
}
FOLLOW_CAP = {
    "douyin": 10000,
    "kuaishou": 10000,
    "rednote": 10000,
    "weibo": 2000,
    "bilibili": 2000,
    "wechat_channels": 5000,
    "instagram": 7500,
    "tiktok": 10000,
    "youtube": 100000,
}
TZ8 = timezone(timedelta(hours=8))
TZ0 = UTC

# platform engagement norms: base = algorithmic pool per post, rr = reach per follower,
# lr = likes per reach, cpl = comments per like, spl = saves per like, shl = shares per like,
# sig = post-to-post lognormal sigma, vshow = share of scrapers that expose views.
PLAT: dict[str, dict[str, Any]] = {
    "douyin": dict(
        base=250,
        rr=(0.10, 0.7),
        lr=(0.02, 0.07),
        cpl=(0.02, 0.08),
        spl=(0.03, 0.12),
        shl=(0.02, 0.12),
        sig=(0.85, 1.25),
        vshow=0.55,
        saves=True,
        shares=True,
    ),
    "kuaishou": dict(
        base=150,
        rr=(0.12, 0.8),
        lr=(0.015, 0.05),
        cpl=(0.05, 0.16),
        spl=(0.0, 0.0),
        shl=(0.01, 0.06),
        sig=(0.75, 1.1),
        vshow=0.9,
        saves=False,
        shares=True,
    ),
    "rednote": dict(
        base=140,
        rr=(0.05, 0.45),
        lr=(0.03, 0.10),
        cpl=(0.04, 0.20),
        spl=(0.25, 1.1),
        shl=(0.03, 0.15),
        sig=(0.9, 1.3),
        vshow=0.0,
        saves=True,
        shares=True,
    ),
    "weibo": dict(
        base=15,
        rr=(0.006, 0.08),
        lr=(0.03, 0.10),
        cpl=(0.12, 0.55),
        spl=(0.0, 0.0),
        shl=(0.05, 0.6),
        sig=(0.6, 1.0),
        vshow=0.25,
        saves=False,
        shares=True,
    ),
    "bilibili": dict(
        base=80,
        rr=(0.10, 0.9),
        lr=(0.03, 0.09),
        cpl=(0.03, 0.12),
        spl=(0.10, 0.6),
        shl=(0.02, 0.10),
        sig=(0.6, 1.0),
        vshow=1.0,
        saves=True,
        shares=True,
    ),
    "wechat_channels": dict(
        base=100,
        rr=(0.05, 0.4),
        lr=(0.02, 0.07),
        cpl=(0.02, 0.10),
        spl=(0.0, 0.0),
        shl=(0.2, 1.0),
        sig=(0.6, 1.0),
        vshow=0.0,
        saves=False,
        shares=True,
    ),
    "instagram": dict(
        base=30,
        rr=(0.15, 0.6),
        lr=(0.05, 0.13),
        cpl=(0.01, 0.05),
        spl=(0.0, 0.0),
        shl=(0.0, 0.0),
        sig=(0.4, 0.75),
        vshow=0.7,
        saves=False,
        shares=False,
    ),
    "tiktok": dict(
        base=300,
        rr=(0.10, 0.8),
        lr=(0.04, 0.12),
        cpl=(0.006, 0.03),
        spl=(0.02, 0.12),
        shl=(0.01, 0.06),
        sig=(0.85, 1.25),
        vshow=1.0,
        saves=True,
        shares=True,
    ),
    "youtube": dict(
        base=60,
        rr=(0.03, 0.3),
        lr=(0.02, 0.05),
        cpl=(0.03, 0.10),
        spl=(0.0, 0.0),
        shl=(0.0, 0.0),
        sig=(0.5, 0.9),
        vshow=1.0,
        saves=False,
        shares=False,
    ),
}

TIERS = {  # organic followers at as_of (log-uniform)
    "nano": (120, 1000),
    "koc": (1000, 10000),
    "micro": (10000, 100000),
    "mid": (100000, 1000000),
    "macro": (1000000, 8000000),
    "celeb": (4000000, 80000000),
}

GENUINE_ARCH = {
    "ordinary_nano": 0.035,
    "ordinary_koc": 0.07,
    "ordinary_micro": 0.06,
    "ordinary_mid": 0.04,
    "ordinary_macro": 0.02,
    "tiny_koc": 0.035,
    "viral_post": 0.04,
    "giveaway": 0.03,
    "shoutout": 0.03,
    "platform_purge": 0.03,
    "celebrity_low_er": 0.025,
    "paid_promotion": 0.03,
    "livestream_seller": 0.025,
    "dormant_return": 0.03,
}
FRAUD_ARCH = {
    "bought_followers_burst": 0.045,
    "bought_followers_drip": 0.035,
    "bought_followers_premium": 0.04,
    "bought_likes": 0.045,
    "bought_views": 0.025,
    "bot_comments": 0.04,
    "water_army": 0.03,
    "ai_praise": 0.04,
    "mutual_boost_group": 0.045,
    "follow_unfollow_churn": 0.04,
    "lure_spam": 0.03,
    "suren_koc_network": 0.03,
    "combo": 0.055,
}
COMPONENT_ORDER = [
    "bought_followers_burst",
    "bought_followers_drip",
    "bought_followers_premium",
    "bought_likes",
    "bought_views",
    "bot_comments",
    "water_army",
    "ai_praise",
    "mutual_boost_group",
    "follow_unfollow_churn",
    "lure_spam",
    "suren_koc_network",
]
COMBOS = [
    (("bought_followers_burst", "bought_likes"), 0.14),
    (("bought_followers_burst", "bot_comments"), 0.10),
    (("bought_followers_burst", "bought_likes", "bot_comments"), 0.09),
    (("bought_followers_drip", "bought_likes"), 0.08),
    (("bought_followers_premium", "ai_praise"), 0.08),
    (("bought_followers_premium", "water_army"), 0.06),
    (("bought_likes", "bot_comments"), 0.08),
    (("bought_likes", "bought_views"), 0.06),
    (("bought_likes", "ai_praise"), 0.07),
    (("mutual_boost_group", "follow_unfollow_churn"), 0.06),
    (("bought_followers_burst", "lure_spam"), 0.05),
    (("follow_unfollow_churn", "bought_likes"), 0.05),
    (("bought_followers_drip", "ai_praise"), 0.04),
    (("bought_views", "bot_comments"), 0.04),
]


def _wchoice(r: random.Random, d):
    """Weighted choice from a dict {item: weight} or list of (item, weight)."""
    items = list(d.items()) if isinstance(d, dict) else list(d)
    tot = sum(w for _, w in items)
    x = r.random() * tot
    for k, w in items:
        x -= w
        if x <= 0:
            return k
    return items[-1][0]


def _logu(r: random.Random, a: float, b: float) -> float:
    if a <= 0 or b <= 0:
        return r.uniform(a, b)
    return math.exp(r.uniform(math.log(a), math.log(b)))


def _ln(r: random.Random, median: float, sigma: float) -> float:
    return median * math.exp(r.gauss(0.0, sigma))


def _clip(x, a, b):
    return a if x < a else (b if x > b else x)


def _pois(nr, lam: float) -> int:
    lam = max(0.0, float(lam))
    if lam > 1e7:
        return int(round(lam + math.sqrt(lam) * nr.standard_normal()))  # noqa: RUF046
    return int(nr.poisson(lam))


# ----------------------------------------------------------------------------------------
# word pools: Chinese
# ----------------------------------------------------------------------------------------

SURNAMES = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
    "于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江"
    "尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
CUTE = [
    "桃桃",
    "糖糖",
    "果果",
    "豆豆",
    "乐乐",
    "朵朵",
    "甜甜",
    "萌萌",
    "小鱼",
    "小满",
    "阿狸",
    "团子",
    "橙子",
    "柚子",
    "芒果",
    "奶茶",
    "布丁",
    "饭团",
    "可乐",
    "雪碧",
    "七七",
    "一一",
    "安安",
    "悠悠",
    "米粒",
    "蛋挞",
    "奶糖",
    "小熊",
    "兔兔",
    "喵喵",
    "栗子",
    "椰子",
    "柠檬",
    "荔枝",
    "西瓜",
    "葡萄",
    "草莓",
    "桃子",
    "丸子",
    "泡芙",
    "麻薯",
    "年糕",
    "汤圆",
    "花卷",
    "包子",
    "饺子",
    "馒头",
    "阿萌",
    "小鹿",
    "鹿鹿",
    "小葵",
    "向日葵",
    "小羊",
    "咩咩",
    "啾啾",
    "小雨",
    "雨桐",
    "思思",
    "嘉嘉",
    "琪琪",
    "欣欣",
    "晴天",
    "小樱",
    "樱桃",
    "阿瓜",
    "土豆",
    "番茄",
    "茄子",
    "南瓜",
    "小白",
    "大白",
    "小黑",
    "阿黄",
    "旺仔",
    "小新",
    "皮卡丘",
    "哆啦",
    "阿宝",
    "螺蛳粉",
    "火锅",
    "烧烤",
    "煎饼",
    "酸奶",
    "冰粉",
    "青团",
    "豆花",
    "小满",
    "一颗糖",
    "三三",
    "六六",
    "九九",
    "十一",
]
ADJ_PREFIX = [
    "今天也要早睡的",
    "努力搬砖的",
    "不想上班的",
    "爱吃肉的",
    "减肥中的",
    "熬夜冠军",
    "快乐的",
    "一只小可爱",
    "人间清醒",
    "躺平的",
    "干饭人",
    "打工人",
    "社恐的",
    "间歇性努力的",
    "不爱说话的",
    "认真生活的",
    "爱笑的",
    "迷糊的",
    "暴躁的",
    "温柔的",
    "想暴富的",
    "佛系的",
    "emo的",
    "在逃公主",
    "深夜食堂",
    "早八人",
    "拖延症晚期的",
    "吃不胖的",
    "想去旅行的",
    "爱追剧的",
]
NAME_SUFFIX = [
    "酱",
    "呀",
    "子",
    "同学",
    "本人",
    "不吃香菜",
    "爱吃糖",
    "的日常",
    "mm",
    "🌸",
    "✨",
    "🍓",
    "🐱",
    "ovo",
    "_",
    "吖",
    "啊",
    "er",
    "🍑",
    "🌙",
    "🐰",
    "🍊",
    "💫",
    "~",
]
PLACES = [
    "北京",
    "上海",
    "广州",
    "深圳",
    "成都",
    "重庆",
    "杭州",
    "武汉",
    "西安",
    "南京",
    "长沙",
    "郑州",
    "沈阳",
    "哈尔滨",
    "长春",
    "大连",
    "青岛",
    "济南",
    "厦门",
    "福州",
    "昆明",
    "贵阳",
    "南宁",
    "海口",
    "兰州",
    "太原",
    "石家庄",
    "合肥",
    "南昌",
    "天津",
    "苏州",
    "无锡",
    "宁波",
    "温州",
    "东莞",
    "佛山",
    "潮汕",
    "湛江",
    "泉州",
    "洛阳",
    "开封",
    "大理",
    "丽江",
    "拉萨",
    "乌鲁木齐",
    "呼和浩特",
    "银川",
    "西宁",
    "徐州",
    "烟台",
    "潍坊",
    "临沂",
    "保定",
    "邯郸",
    "赣州",
    "柳州",
    "桂林",
    "三亚",
    "珠海",
    "中山",
    "惠州",
    "绍兴",
    "金华",
    "台州",
    "扬州",
    "常州",
    "南通",
    "芜湖",
    "宜昌",
    "襄阳",
    "岳阳",
    "株洲",
    "遵义",
    "绵阳",
    "南充",
    "宜宾",
]
PROVINCES = [
    "山东",
    "河南",
    "河北",
    "东北",
    "四川",
    "湖南",
    "湖北",
    "广西",
    "云南",
    "贵州",
    "江西",
    "安徽",
    "福建",
    "江苏",
    "浙江",
    "山西",
    "陕西",
    "甘肃",
    "新疆",
    "内蒙",
    "广东",
    "海南",
    "辽宁",
    "吉林",
    "黑龙江",
    "宁夏",
    "青海",
]
REGION_NOUN = [
    "靓仔",
    "靓女",
    "小胖",
    "妹子",
    "姑娘",
    "小伙",
    "大叔",
    "阿姨",
    "老王",
    "吃货",
    "土著",
    "小哥",
    "打工人",
    "宝妈",
    "老铁",
    "姐姐",
    "大姐",
    "老乡",
    "小仙女",
    "汉子",
    "胖哥",
    "辣妹",
    "小李",
    "老张",
    "二哥",
]
ELDER_NAMES = [
    "平安是福",
    "知足常乐",
    "花开富贵",
    "幸福人生",
    "开心每一天",
    "快乐人生",
    "岁月静好",
    "金玉满堂",
    "家和万事兴",
    "春暖花开",
    "一帆风顺",
    "心想事成",
    "福如东海",
    "夕阳红",
    "老当益壮",
    "好人一生平安",
    "随缘",
    "淡定",
    "宁静致远",
    "上善若水",
    "荷塘月色",
    "梅花香自苦寒来",
    "健康是福",
    "平凡人生",
    "海阔天空",
    "笑口常开",
    "福气满满",
    "吉祥如意",
    "风雨人生",
    "难得糊涂",
    "天道酬勤",
    "厚德载物",
    "雪中梅",
    "老骥伏枥",
    "一路有你",
    "好运连连",
    "心静如水",
    "春华秋实",
]
ELDER_EMOJI = ["🌹", "🌸", "🌺", "🍀", "🌷", "💐", "🙏", "🌞", "🌻", "🐟", "🎋", "🌲", ""]
POETIC = [
    "清风徐来",
    "浅笑安然",
    "时光微凉",
    "南风知我意",
    "半夏微凉",
    "一世繁华",
    "墨染青衣",
    "素年锦时",
    "陌上花开",
    "云淡风轻",
    "倾城一笑",
    "北巷旧人",
    "烟雨江南",
    "旧梦如烟",
    "落花无情",
    "青柠微凉",
    "晚风轻拂",
    "星河滚烫",
    "人间烟火",
    "山河远阔",
    "岁月如歌",
    "安之若素",
    "浅夏",
    "initial",
    "微凉",
    "凉城",
    "旧巷",
    "听雨",
    "离人",
    "南城旧梦",
    "半城烟沙",
    "一纸荒年",
    "孤城",
    "西风瘦马",
    "长安故里",
    "清欢",
    "往事随风",
    "此间少年",
    "白衣少年",
    "心安",
    "余生",
    "森屿",
    "鹿屿",
    "橘子海",
    "晚星",
    "月落",
    "纸鸢",
    "青瓷",
    "浮生",
    "念旧",
    "暖阳",
]
GIVEN = list(
    "子一诗梓浩宇欣佳俊思雨晨涵轩泽嘉文博怡可安若晓婷杰明伟芳娜静丽磊洋艳勇娟涛超霞凯翔琳璐瑶薇卓然逸辰"
    "昊天星月冰清颖萱彤妍"
)
KIDS = [
    "乐乐",
    "轩轩",
    "浩浩",
    "萱萱",
    "梓涵",
    "子轩",
    "一诺",
    "沐沐",
    "宸宸",
    "嘟嘟",
    "果果",
    "豆豆",
    "小宝",
    "大宝",
    "二宝",
    "朵朵",
    "糖糖",
    "安安",
    "米米",
    "佑佑",
    "睿睿",
    "航航",
    "妞妞",
    "球球",
    "小满",
    "团团",
    "圆圆",
    "可可",
    "甜甜",
    "bobo",
]
SCHOOLS = [
    "北大",
    "复旦",
    "川大",
    "武大",
    "中山",
    "华科",
    "南大",
    "浙大",
    "厦大",
    "山大",
    "郑大",
    "湖大",
    "西电",
    "华师",
    "北师",
    "人大",
    "同济",
    "吉大",
    "兰大",
    "重大",
    "华农",
    "暨大",
    "深大",
    "苏大",
    "南开",
    "天大",
    "哈工大",
    "西交",
    "东南",
]
MAJORS = [
    "法学",
    "临床",
    "计算机",
    "会计",
    "英语",
    "金融",
    "护理",
    "土木",
    "新闻",
    "教育",
    "心理",
    "汉语言",
    "电气",
    "建筑",
    "设计",
    "口腔",
    "药学",
    "日语",
    "机械",
    "数学",
]
EN_FIRST = [
    "emma",
    "olivia",
    "ava",
    "mia",
    "sophia",
    "isabella",
    "amelia",
    "harper",
    "evelyn",
    "abigail",
    "emily",
    "ella",
    "chloe",
    "grace",
    "lily",
    "zoe",
    "nora",
    "hannah",
    "layla",
    "riley",
    "aria",
    "scarlett",
    "madison",
    "jess",
    "kate",
    "sarah",
    "rachel",
    "megan",
    "lauren",
    "ashley",
    "brianna",
    "kayla",
    "liam",
    "noah",
    "oliver",
    "elijah",
    "james",
    "william",
    "ben",
    "lucas",
    "henry",
    "alex",
    "jack",
    "mike",
    "dan",
    "chris",
    "matt",
    "josh",
    "ryan",
    "tyler",
    "kevin",
    "jason",
    "eric",
    "brandon",
    "justin",
    "nick",
    "sam",
    "tom",
    "jake",
    "luke",
    "mason",
    "ethan",
    "leo",
    "max",
    "marco",
    "diego",
    "carlos",
    "maria",
    "ana",
    "lucia",
    "priya",
    "arjun",
    "wei",
    "mei",
    "jun",
    "kai",
    "yuki",
    "hana",
    "omar",
    "ali",
    "fatima",
    "nina",
    "tara",
    "jade",
    "ruby",
    "maya",
    "leah",
]
EN_LAST = [
    "smith",
    "johnson",
    "williams",
    "brown",
    "jones",
    "garcia",
    "miller",
    "davis",
    "rodriguez",
    "martinez",
    "hernandez",
    "lopez",
    "gonzalez",
    "wilson",
    "anderson",
    "thomas",
    "taylor",
    "moore",
    "jackson",
    "martin",
    "lee",
    "perez",
    "thompson",
    "white",
    "harris",
    "sanchez",
    "clark",
    "ramirez",
    "lewis",
    "robinson",
    "walker",
    "young",
    "allen",
    "king",
    "wright",
    "scott",
    "torres",
    "nguyen",
    "hill",
    "flores",
    "green",
    "adams",
    "nelson",
    "baker",
    "hall",
    "rivera",
    "campbell",
    "mitchell",
    "carter",
    "roberts",
    "chen",
    "wang",
    "kim",
    "patel",
    "singh",
    "khan",
]
EN_WORDS = [
    "coffee",
    "travel",
    "fit",
    "vegan",
    "bakes",
    "daily",
    "vibes",
    "life",
    "style",
    "gram",
    "art",
    "sun",
    "moon",
    "wild",
    "lens",
    "eats",
    "fashion",
    "beauty",
    "glow",
    "nomad",
    "plants",
    "mama",
    "dad",
    "gamer",
    "code",
    "tech",
    "run",
    "yoga",
    "beach",
    "city",
    "soul",
    "dream",
    "cozy",
    "retro",
    "golden",
    "honey",
    "peach",
    "cherry",
    "blue",
    "green",
]

# Chinese stickers as exported [表情] codes, per platform
STICKERS = {
    "douyin": [
        "[赞]",
        "[爱心]",
        "[捂脸]",
        "[流泪]",
        "[呲牙]",
        "[送心]",
        "[玫瑰]",
        "[比心]",
        "[666]",
        "[鼓掌]",
        "[看]",
        "[笑哭]",
        "[害羞]",
        "[偷笑]",
        "[强]",
        "[憨笑]",
        "[坏笑]",
        "[擦汗]",
        "[大笑]",
        "[灵机一动]",
        "[泣不成声]",
        "[微笑]",
        "[抱抱你]",
        "[尬笑]",
        "[吃瓜群众]",
        "[绝望的凝视]",
        "[发呆]",
        "[震惊]",
        "[机智]",
        "[一起加油]",
    ],
    "rednote": [
        "[doge]",
        "[哭惹R]",
        "[赞R]",
        "[派对R]",
        "[萌萌哒R]",
        "[害羞R]",
        "[飞吻R]",
        "[买爆R]",
        "[石化R]",
        "[暗中观察R]",
        "[偷笑R]",
        "[笑哭R]",
        "[生气R]",
        "[皱眉R]",
        "[色色R]",
        "[哇R]",
        "[汗颜R]",
        "[拥抱R]",
        "[黄金薯R]",
        "[种草R]",
        "[拔草R]",
        "[氛围感R]",
        "[清单R]",
        "[得意R]",
    ],
    "weibo": [
        "[doge]",
        "[允悲]",
        "[二哈]",
        "[笑cry]",
        "[赞]",
        "[心]",
        "[抱抱]",
        "[费解]",
        "[吃瓜]",
        "[哆啦A梦害怕]",
        "[思考]",
        "[哈哈]",
        "[泪]",
        "[good]",
        "[鼓掌]",
        "[太开心]",
        "[馋嘴]",
        "[酸]",
        "[跪了]",
        "[作揖]",
        "[微笑]",
        "[给力]",
        "[打call]",
    ],
    "bilibili": [
        "[doge]",
        "[OK]",
        "[星星眼]",
        "[妙啊]",
        "[辣眼睛]",
        "[吃瓜]",
        "[笑哭]",
        "[热词系列_知识增加]",
        "[热词系列_好家伙]",
        "[支持]",
        "[藏狐]",
        "[滑稽]",
        "[呲牙]",
        "[大哭]",
        "[脱单doge]",
        "[tv_doge]",
        "[喜欢]",
        "[响指]",
        "[惊讶]",
        "[热词系列_三连]",
        "[打call]",
        "[嗑瓜子]",
    ],
    "kuaishou": [
        "[玫瑰]",
        "[赞]",
        "[666]",
        "[鼓掌]",
        "[爱心]",
        "[抱拳]",
        "[呲牙]",
        "[捂脸]",
        "[大笑]",
        "[强]",
        "[握手]",
        "[奸笑]",
        "[礼物]",
        "[双击]",
        "[老铁]",
        "[哭笑]",
    ],
    "wechat_channels": [
        "[强]",
        "[玫瑰]",
        "[鼓掌]",
        "[微笑]",
        "[呲牙]",
        "[捂脸]",
        "[破涕为笑]",
        "[抱拳]",
        "[OK]",
        "[拥抱]",
        "[愉快]",
        "[Emm]",
        "[旺柴]",
        "[爱心]",
        "[耶]",
        "[机智]",
        "[社会社会]",
        "[奸笑]",
        "[666]",
        "[合十]",
    ],
}
EMOJI = list("😂🤣😭😍🥰😘🤔👍👏🙏💕✨🔥💯🌹🌸😅😆🥺😳🤩😋🤤👀🙌💪😁😊🥲🫶🤗😎💗🎉🌟👌🤭😌")
EMOJI += ["❤️", "☺️", "🙋‍♀️", "🤦‍♀️", "🤷‍♀️"]

ADDR = {
    "rednote": ["宝子", "姐妹", "集美", "博主", "宝宝", "姐姐", "宝", "家人们"],
    "douyin": ["博主", "宝子", "姐妹", "兄弟", "哥", "家人们", "老师", "小姐姐"],
    "kuaishou": ["老铁", "家人", "主播", "大哥", "大姐", "妹子", "兄弟", "老妹儿"],
    "bilibili": ["up主", "up", "阿婆主", "老师", "大佬", "up主大大"],
    "weibo": ["博主", "老师", "姐妹", "宝", "太太", "dd"],
    "wechat_channels": ["老师", "朋友", "亲", "您", "老乡", "姐"],
}

SLANG = [
    "yyds",
    "xswl",
    "u1s1",
    "awsl",
    "nsdd",
    "dbq",
    "zqsg",
    "绝绝子",
    "栓Q",
    "泰裤辣",
    "显眼包",
    "尊嘟假嘟",
    "哈基米",
    "city不city",
    "班味好重",
    "松弛感拉满",
    "情绪价值给满了",
    "遥遥领先",
    "我嘞个豆",
    "家人们谁懂啊",
    "服了",
    "无语子",
    "DNA动了",
    "这波在大气层",
    "破防了",
    "emo了",
    "i人狂喜",
    "e人",
    "特种兵",
    "蚌埠住了",
    "好家伙",
    "绷不住了",
    "芭比Q了",
    "狠狠心动",
    "狠狠共情",
    "我悟了",
    "真的会谢",
    "大无语",
    "有被笑到",
    "原地结婚",
    "一整个爱住",
    "拿捏了",
    "狠狠拿捏",
    "小丑竟是我自己",
    "听劝",
    "求放过",
    "救命",
]
REGIONAL = {
    "东北": [
        "这也太带劲了",
        "嘎嘎好",
        "贼拉好看",
        "整挺好",
        "老铁没毛病",
        "这嘎达真美",
        "咋整的啊",
        "杠杠的",
        "可得劲儿了",
        "嘎嘎香",
        "瞅着就馋",
        "埋汰了",
        "老稀罕了",
    ],
    "粤": [
        "好正啊",
        "靓到爆",
        "真系好睇",
        "好犀利",
        "食咗未",
        "咁都得",
        "顶唔顺",
        "好鬼死正",
        "呢度系边度",
        "冇得顶",
        "劲呀",
        "好想食",
        "笑死我咯",
    ],
    "川渝": [
        "巴适得板",
        "安逸惨了",
        "要得",
        "硬是要得",
        "好耍得很",
        "雄起",
        "莫得问题",
        "笑死我了瓜娃子",
        "霸道",
        "巴适",
        "啥子哦",
        "好吃惨了",
    ],
    "沪": ["老灵额", "嗲伐", "交关好看", "灵得来", "阿拉上海也有", "老好额"],
    "京": ["倍儿棒", "得嘞", "真局气", "地道", "甭说了", "倍儿香", "您受累"],
    "豫": ["中中中", "得劲", "老中了", "真带劲", "恁些", "可美"],
    "湘": ["霸得蛮", "好韵味", "策神", "恰饭了没", "冒得问题", "好呷"],
    "西北": ["嫽扎咧", "美得很", "额滴神", "攒劲", "撒时候来", "美滴很"],
    "闽台": ["好赞哦", "真的假的啦", "超可爱的啦", "好好吃喔", "水哦"],
}
KS_SLANG = [
    "老铁双击666",
    "老铁没毛病",
    "支持老铁",
    "家人们点点关注",
    "必须支持",
    "大哥威武",
    "给力",
    "真实在",
    "接地气",
    "双击走一波",
    "老铁666",
    "关注了老铁",
    "支持支持家人",
    "这手艺绝了",
    "老铁们都来看",
    "实在人",
]

# category pools: items, positive/negative opinions, questions, experience templates, praise
CAT_ZH = {
    "beauty": dict(
        items=[
            "粉底液",
            "口红",
            "眼影盘",
            "腮红",
            "精华",
            "面霜",
            "防晒",
            "卸妆油",
            "气垫",
            "唇釉",
            "眉笔",
            "散粉",
            "遮瑕",
            "面膜",
            "水乳",
            "睫毛膏",
        ],
        pos=[
            "很服帖",
            "不卡粉",
            "很显白",
            "保湿效果可以",
            "持妆还行",
            "味道好闻",
            "性价比高",
            "上嘴很润",
            "不假白",
            "很温和",
            "吸收快",
        ],
        neg=[
            "有点拔干",
            "我用了过敏了",
            "下午就斑驳了",
            "味道有点冲",
            "颜色不太适合我",
            "有点油",
            "容易氧化",
            "搓泥",
        ],
        q=[
            "{item}是什么色号呀",
            "干皮能用这个{item}吗",
            "油皮用{item}会闷痘吗",
            "敏感肌可以用吗",
            "{item}多少钱入的",
            "求{item}链接",
            "这个和{brand}那个比怎么样",
            "黄黑皮适合哪个色",
            "学生党有平替吗",
            "持妆能多久呀",
            "孕妇能用吗",
            "会搓泥吗",
            "眼影用的哪盘",
            "底妆怎么这么干净",
        ],
        praise=[
            "妆容好干净",
            "这个底妆绝了",
            "氛围感拉满",
            "皮肤状态好好",
            "眼妆好温柔",
            "这个腮红位置好心机",
            "好适合通勤",
            "伪素颜天花板",
            "好有高级感",
            "这个色太显白了",
        ],
    ),
    "fashion": dict(
        items=[
            "外套",
            "阔腿裤",
            "半身裙",
            "连衣裙",
            "卫衣",
            "针织衫",
            "牛仔裤",
            "风衣",
            "小白鞋",
            "托特包",
            "帽子",
            "衬衫",
            "马甲",
            "乐福鞋",
        ],
        pos=[
            "版型很好",
            "很显瘦",
            "料子舒服",
            "不起球",
            "很百搭",
            "颜色高级",
            "性价比高",
            "不挑身材",
        ],
        neg=["有点起球", "洗了缩水", "色差有点大", "偏小一码", "质量一般", "有线头"],
        q=[
            "{item}求链接",
            "身高体重多少呀",
            "{item}穿什么码",
            "梨形身材能穿吗",
            "这条{item}在哪买的",
            "158能穿吗",
            "微胖可以驾驭吗",
            "{item}会不会起球",
            "鞋子是什么牌子",
            "包包求链接",
        ],
        praise=[
            "好会穿",
            "这套好有气质",
            "配色好舒服",
            "好适合上班穿",
            "氛围感绝了",
            "腿好长",
            "好有松弛感",
            "这个搭配学到了",
            "好韩系",
            "好温柔的穿搭",
        ],
    ),
    "food": dict(
        items=[
            "火锅",
            "烧烤",
            "螺蛳粉",
            "小龙虾",
            "肠粉",
            "煎饼",
            "烤鸭",
            "麻辣烫",
            "酸菜鱼",
            "奶茶",
            "蛋糕",
            "面包",
            "饺子",
            "米线",
            "烤肉",
            "串串",
        ],
        pos=["味道确实不错", "分量很足", "性价比高", "排队也值得", "很正宗", "料很足", "好吃不贵"],
        neg=["有点咸", "排队太久了", "价格涨了", "味道不如以前", "服务一般", "分量变少了"],
        q=[
            "店名叫什么呀",
            "人均多少",
            "在哪个位置",
            "要排队吗",
            "几点去人少",
            "可以外带吗",
            "这家{item}在{place}哪里",
            "求地址",
            "有没有分店",
            "辣度可以选吗",
            "做法能详细说说吗",
            "用的什么锅",
        ],
        praise=[
            "看饿了",
            "口水流下来了",
            "深夜放毒",
            "看着就好香",
            "好有食欲",
            "这个火候绝了",
            "一看就好吃",
            "馋哭了",
            "又饿了",
            "这个颜色好诱人",
        ],
    ),
    "travel": dict(
        items=[
            "民宿",
            "酒店",
            "古镇",
            "海边",
            "雪山",
            "草原",
            "寺庙",
            "夜市",
            "露营地",
            "景区",
            "小岛",
            "公园",
        ],
        pos=["人不多", "风景很好", "很值得去", "拍照很出片", "住得很舒服", "服务很好"],
        neg=["人太多了", "有点商业化", "门票太贵", "交通不方便", "天气不好", "被坑了"],
        q=[
            "这是哪里呀",
            "几月份去合适",
            "需要预约吗",
            "{item}叫什么名字",
            "自驾方便吗",
            "住的哪家{item}",
            "门票多少",
            "带老人能去吗",
            "攻略能分享一下吗",
            "拍照用的什么相机",
            "从{place}过去远吗",
            "几天够玩",
        ],
        praise=[
            "太美了",
            "好想去",
            "这也太出片了",
            "风景绝了",
            "治愈了",
            "好有意境",
            "已加入旅行清单",
            "这个天好蓝",
            "像画一样",
            "拍得好有感觉",
        ],
    ),
    "parenting": dict(
        items=[
            "奶粉",
            "纸尿裤",
            "辅食机",
            "婴儿车",
            "绘本",
            "安全座椅",
            "睡袋",
            "儿童餐椅",
            "早教课",
            "水杯",
        ],
        pos=["宝宝很喜欢", "很方便", "质量不错", "性价比高", "很安全"],
        neg=["我家宝宝不爱用", "有点重", "价格偏贵", "用了几次就坏了"],
        q=[
            "宝宝多大了",
            "{item}是哪个牌子",
            "几个月可以用",
            "宝宝不吃饭怎么办",
            "求{item}链接",
            "夜醒怎么解决的",
            "辅食怎么做的",
            "一岁宝宝能吃吗",
            "在哪买的",
            "出牙期怎么办",
        ],
        praise=[
            "宝宝好可爱",
            "妈妈好用心",
            "好有耐心",
            "学到了",
            "太实用了",
            "宝宝好乖",
            "看得我也想生",
            "好温馨",
            "这个方法好",
            "姐妹好厉害",
        ],
    ),
    "fitness": dict(
        items=[
            "瑜伽垫",
            "蛋白粉",
            "跑鞋",
            "哑铃",
            "弹力带",
            "健身餐",
            "燃脂课",
            "帕梅拉",
            "跳绳",
            "普拉提",
        ],
        pos=["效果明显", "坚持下来了", "很有用", "不伤膝盖", "容易坚持"],
        neg=["练完膝盖疼", "太难坚持了", "没什么效果", "有点枯燥"],
        q=[
            "练了多久呀",
            "每天练多长时间",
            "饮食怎么控制",
            "膝盖不好能练吗",
            "{item}哪个牌子",
            "小白从哪开始",
            "体脂多少",
            "需要节食吗",
            "一周练几次",
            "产后能练吗",
        ],
        praise=[
            "线条好好看",
            "太自律了",
            "身材绝了",
            "好有动力",
            "马甲线羡慕",
            "被激励到了",
            "跟练打卡",
            "状态好好",
            "好飒",
            "好有力量感",
        ],
    ),
    "tech": dict(
        items=[
            "手机",
            "耳机",
            "平板",
            "笔记本",
            "相机",
            "键盘",
            "显示器",
            "充电宝",
            "手表",
            "路由器",
            "投影仪",
        ],
        pos=["续航不错", "手感很好", "性价比高", "拍照很强", "系统流畅", "做工扎实"],
        neg=["发热有点严重", "续航拉胯", "价格太贵", "系统有bug", "信号一般"],
        q=[
            "{item}值得买吗",
            "和{brand}比怎么样",
            "续航怎么样",
            "发热严重吗",
            "打游戏卡不卡",
            "什么时候降价",
            "学生党推荐哪款",
            "用的什么{item}",
            "这个型号多少钱",
            "有没有优惠渠道",
            "系统会不会越用越卡",
        ],
        praise=[
            "讲得很清楚",
            "干货满满",
            "测评很客观",
            "终于有人说实话了",
            "学到了",
            "这期好用心",
            "太专业了",
            "讲得明明白白",
            "收藏了慢慢看",
            "良心测评",
        ],
    ),
    "gaming": dict(
        items=["英雄", "皮肤", "副本", "关卡", "角色", "抽卡", "地图", "装备", "段位", "联机"],
        pos=["操作好秀", "思路清晰", "很有意思", "好上头"],
        neg=["太肝了", "氪不起", "平衡性有问题", "掉帧"],
        q=[
            "这关怎么过",
            "用的什么配置",
            "这是哪个版本",
            "{item}怎么获得",
            "萌新怎么入坑",
            "多少抽出的",
            "这个游戏叫什么",
            "求配队思路",
        ],
        praise=[
            "操作太秀了",
            "这波666",
            "下饭",
            "笑死我了",
            "细节拉满",
            "太强了",
            "好家伙",
            "高端局",
            "学到了",
            "这个剪辑绝了",
        ],
    ),
    "pets": dict(
        items=[
            "猫粮",
            "狗粮",
            "猫砂",
            "冻干",
            "猫爬架",
            "狗绳",
            "罐头",
            "猫窝",
            "驱虫药",
            "逗猫棒",
        ],
        pos=["主子很爱吃", "不挑食", "没软便", "很结实", "掉毛少了"],
        neg=["我家猫不吃", "吃了软便", "有点贵", "味道很大"],
        q=[
            "这是什么品种",
            "几个月了",
            "{item}是什么牌子",
            "多少钱买的",
            "怎么训练的",
            "掉毛严重吗",
            "在哪领养的",
            "公的母的",
            "绝育了吗",
            "吃什么{item}",
        ],
        praise=[
            "好可爱",
            "太萌了",
            "想rua",
            "好乖啊",
            "这个眼神绝了",
            "笑死我了",
            "毛色好好看",
            "心都化了",
            "这也太治愈了",
            "好有灵性",
        ],
    ),
    "home": dict(
        items=[
            "收纳盒",
            "沙发",
            "床垫",
            "香薰",
            "台灯",
            "地毯",
            "窗帘",
            "置物架",
            "扫地机器人",
            "洗碗机",
            "餐具",
            "花瓶",
        ],
        pos=["很实用", "颜值很高", "质量不错", "很好清洁", "空间利用率高"],
        neg=["有点小", "安装麻烦", "味道有点大", "色差严重"],
        q=[
            "{item}求链接",
            "房子多大呀",
            "这是什么风格",
            "{item}在哪买的",
            "租房能这样改吗",
            "墙面刷的什么颜色",
            "预算多少",
            "灯是哪家的",
            "好打理吗",
        ],
        praise=[
            "好温馨",
            "这也太会布置了",
            "梦中情房",
            "好有生活气息",
            "好干净",
            "配色好舒服",
            "太治愈了",
            "收纳太强了",
            "好有质感",
            "羡慕这个采光",
        ],
    ),
    "education": dict(
        items=[
            "资料",
            "笔记",
            "网课",
            "单词书",
            "真题",
            "错题本",
            "计划表",
            "思维导图",
            "教材",
            "模板",
        ],
        pos=["讲得很清楚", "很有用", "帮助很大", "思路清晰"],
        neg=["有点难懂", "太快了", "没讲透"],
        q=[
            "资料可以分享一下吗",
            "这个是哪本书",
            "跨专业能考吗",
            "每天学几个小时",
            "英语怎么提分",
            "{item}在哪里找",
            "求{item}",
            "零基础能学吗",
            "还有后续吗",
            "老师讲讲二战经验",
        ],
        praise=[
            "干货满满",
            "收藏了",
            "讲得好清楚",
            "太有用了",
            "打卡学习",
            "学到了",
            "醍醐灌顶",
            "讲得比老师好",
            "谢谢分享",
            "终于懂了",
        ],
    ),
    "comedy": dict(
        items=["段子", "剧情", "表情", "配音", "BGM"],
        pos=["太真实了", "笑死", "好有梗"],
        neg=["有点尬", "没get到"],
        q=["bgm叫什么", "这是哪里拍的", "第二个是谁", "还有下集吗", "出个续集吧"],
        praise=[
            "笑死我了",
            "太真实了",
            "哈哈哈哈哈哈",
            "笑出鹅叫",
            "这演技绝了",
            "笑到打鸣",
            "你是懂的",
            "神评论",
            "笑不活了",
            "每一帧都是表情包",
        ],
    ),
    "rural": dict(
        items=[
            "果园",
            "菜地",
            "鸡",
            "鸭",
            "鱼塘",
            "土灶",
            "柴火饭",
            "腊肉",
            "玉米",
            "稻田",
            "大棚",
            "羊",
            "牛",
        ],
        pos=["真实在", "真香", "好原生态", "好实在"],
        neg=["太辛苦了", "价格太低了"],
        q=[
            "这是哪里的",
            "{item}怎么卖",
            "老家哪里的",
            "今年收成怎么样",
            "能邮寄吗",
            "多少钱一斤",
            "在哪个县",
            "这个怎么种的",
        ],
        praise=[
            "好怀念小时候",
            "这才是生活",
            "看着就香",
            "乡村生活真好",
            "好朴实",
            "想回老家了",
            "真正的农村",
            "手艺真好",
            "大姐真能干",
            "满满的回忆",
        ],
    ),
    "lifestyle": dict(
        items=["vlog", "日常", "早餐", "书", "咖啡", "手账", "好物", "周末", "独居", "租房"],
        pos=["好治愈", "好有生活感", "好真实"],
        neg=["有点流水账", "太做作了"],
        q=[
            "bgm是什么",
            "用什么剪辑的",
            "这是哪里",
            "咖啡杯在哪买的",
            "相机是什么型号",
            "几点起床的",
            "一个人住吗",
            "求{item}同款",
        ],
        praise=[
            "好治愈",
            "这种生活好羡慕",
            "好有氛围感",
            "被治愈到了",
            "看完好平静",
            "好会生活",
            "这也太松弛了",
            "喜欢这种节奏",
            "好温柔的视频",
            "好真实的日常",
        ],
    ),
    "finance": dict(
        items=["基金", "理财", "存款", "定投", "保险", "房贷", "信用卡", "副业", "记账"],
        pos=["讲得很清楚", "很实用", "很客观"],
        neg=["风险太大", "不太认同", "太理想化了"],
        q=[
            "现在适合上车吗",
            "新手怎么开始",
            "{item}怎么选",
            "每月存多少合适",
            "房贷要提前还吗",
            "老师怎么看明年",
            "月薪五千怎么存钱",
        ],
        praise=["讲得很透彻", "干货", "学习了", "清醒", "太有用了", "说到心坎上了", "收藏了"],
    ),
    "music": dict(
        items=["翻唱", "吉他", "钢琴", "歌", "曲子", "伴奏", "编曲"],
        pos=["好好听", "声音好干净", "太有感觉了"],
        neg=["有点跑调", "音质一般"],
        q=["这首歌叫什么", "吉他是什么牌子", "有谱吗", "求伴奏", "学了多久", "能出个教程吗"],
        praise=[
            "耳朵怀孕了",
            "单曲循环",
            "好好听",
            "鸡皮疙瘩起来了",
            "声音好温柔",
            "太有感觉了",
            "听哭了",
            "天籁",
            "循环一百遍",
        ],
    ),
    "dance": dict(
        items=["舞蹈", "编舞", "动作", "卡点", "翻跳"],
        pos=["好有力量", "卡点好准", "好流畅"],
        neg=["动作有点僵"],
        q=["求慢速分解", "这是什么舞", "跳了多久", "歌名是什么", "零基础能学吗", "出个教程吧"],
        praise=[
            "跳得太好了",
            "卡点绝了",
            "好飒",
            "腰好软",
            "好有感染力",
            "看了十遍",
            "太帅了",
            "身材也太好了",
            "跟着跳了",
            "好有力量",
        ],
    ),
    "auto": dict(
        items=["车", "新能源", "油耗", "续航", "轮胎", "座椅", "车机", "改装"],
        pos=["开着舒服", "空间大", "油耗低", "很稳"],
        neg=["异响", "车机卡", "保值率低", "续航虚标"],
        q=[
            "落地多少钱",
            "油耗多少",
            "冬天续航打几折",
            "和{brand}比怎么选",
            "提车多久了",
            "有异响吗",
            "保养贵吗",
            "哪个配置性价比高",
        ],
        praise=["讲得好专业", "客观", "这车真帅", "良心测评", "学到了", "好详细"],
    ),
    "photography": dict(
        items=["相机", "镜头", "滤镜", "调色", "构图", "胶片"],
        pos=["质感好好", "色调好舒服", "构图绝了"],
        neg=["有点过曝", "滤镜太重"],
        q=["用的什么相机", "怎么调色的", "镜头是多少焦段", "有预设吗", "这是哪里拍的"],
        praise=["太出片了", "色调好高级", "构图绝了", "每一张都是壁纸", "好有电影感", "质感拉满"],
    ),
}
BRANDS_ZH = [
    "雅诗兰黛",
    "兰蔻",
    "完美日记",
    "花西子",
    "珀莱雅",
    "薇诺娜",
    "小米",
    "华为",
    "苹果",
    "OPPO",
    "vivo",
    "优衣库",
    "ZARA",
    "海底捞",
    "喜茶",
    "瑞幸",
    "比亚迪",
    "理想",
    "大疆",
    "网易严选",
    "名创优品",
    "蕉内",
    "安踏",
    "李宁",
    "三顿半",
    "元气森林",
    "欧莱雅",
    "资生堂",
    "荣耀",
    "飞利浦",
    "戴森",
    "小鹏",
    "蔚来",
    "宜家",
]
ZH_CAT_BY_PLATFORM = {
    "rednote": {
        "beauty": 0.19,
        "fashion": 0.15,
        "food": 0.11,
        "travel": 0.09,
        "parenting": 0.07,
        "home": 0.07,
        "fitness": 0.06,
        "education": 0.06,
        "pets": 0.05,
        "lifestyle": 0.08,
        "tech": 0.04,
        "photography": 0.03,
    },
    "douyin": {
        "food": 0.12,
        "comedy": 0.12,
        "beauty": 0.09,
        "fashion": 0.08,
        "travel": 0.08,
        "lifestyle": 0.1,
        "pets": 0.06,
        "rural": 0.05,
        "parenting": 0.06,
        "fitness": 0.05,
        "tech": 0.05,
        "education": 0.05,
        "auto": 0.04,
        "dance": 0.04,
    },
    "kuaishou": {
        "rural": 0.2,
        "food": 0.15,
        "comedy": 0.15,
        "lifestyle": 0.12,
        "auto": 0.06,
        "parenting": 0.06,
        "fashion": 0.06,
        "dance": 0.05,
        "music": 0.05,
        "pets": 0.05,
    },
    "bilibili": {
        "gaming": 0.2,
        "tech": 0.15,
        "education": 0.15,
        "comedy": 0.1,
        "music": 0.08,
        "food": 0.07,
        "dance": 0.05,
        "lifestyle": 0.08,
        "pets": 0.05,
        "travel": 0.04,
        "auto": 0.03,
    },
    "weibo": {
        "lifestyle": 0.15,
        "beauty": 0.1,
        "fashion": 0.08,
        "food": 0.08,
        "travel": 0.08,
        "tech": 0.08,
        "finance": 0.08,
        "education": 0.06,
        "pets": 0.06,
        "comedy": 0.08,
        "music": 0.05,
        "photography": 0.05,
    },
    "wechat_channels": {
        "lifestyle": 0.15,
        "food": 0.12,
        "education": 0.12,
        "finance": 0.1,
        "parenting": 0.08,
        "rural": 0.08,
        "travel": 0.08,
        "fitness": 0.08,
        "music": 0.06,
        "home": 0.06,
    },
}
EN_CATS = {
    "beauty": 0.12,
    "fashion": 0.1,
    "food": 0.1,
    "travel": 0.09,
    "fitness": 0.09,
    "tech": 0.08,
    "gaming": 0.08,
    "pets": 0.06,
    "parenting": 0.05,
    "lifestyle": 0.1,
    "comedy": 0.05,
    "music": 0.04,
    "education": 0.04,
}

# ----------------------------------------------------------------------------------------
# word pools: English
# ----------------------------------------------------------------------------------------

CAT_EN = {
    "beauty": dict(
        items=[
            "foundation",
            "lipstick",
            "palette",
            "blush",
            "serum",
            "moisturizer",
            "sunscreen",
            "concealer",
            "mascara",
            "primer",
        ],
        q=[
            "what shade is the {item}?",
            "is the {item} good for dry skin?",
            "link to the {item}??",
            "does it oxidize?",
            "what brushes do you use",
            "would this work on oily skin",
            "how long does it last on you?",
            "is it cruelty free?",
        ],
        praise=[
            "your skin looks amazing",
            "this look is so clean",
            "obsessed with the blush placement",
            "the glow!!",
            "that liner is perfect",
            "such a pretty everyday look",
        ],
    ),
    "fashion": dict(
        items=[
            "jacket",
            "jeans",
            "dress",
            "coat",
            "boots",
            "sweater",
            "bag",
            "trousers",
            "blazer",
            "sneakers",
        ],
        q=[
            "where is the {item} from?",
            "what size are you wearing",
            "is the {item} true to size?",
            "link pls",
            "how tall are you?",
            "does it wrinkle a lot",
        ],
        praise=[
            "this fit is everything",
            "love the colors together",
            "so chic",
            "you always nail it",
            "need this whole outfit",
            "the layering is perfect",
        ],
    ),
    "food": dict(
        items=[
            "pasta",
            "ramen",
            "tacos",
            "bread",
            "cake",
            "curry",
            "pizza",
            "dumplings",
            "brownies",
            "soup",
        ],
        q=[
            "what temp did you bake it at?",
            "can I use regular flour?",
            "where is this place?",
            "how long did the {item} take",
            "can I freeze it?",
            "recipe please!",
            "is it spicy?",
        ],
        praise=[
            "this looks incredible",
            "I'm drooling",
            "making this tonight",
            "that crust though",
            "my mouth is watering",
            "need this in my life",
        ],
    ),
    "travel": dict(
        items=[
            "hotel",
            "beach",
            "trail",
            "island",
            "village",
            "hostel",
            "airbnb",
            "lake",
            "city",
            "temple",
        ],
        q=[
            "where is this??",
            "what month did you go?",
            "is it expensive?",
            "how did you get there",
            "best time to visit?",
            "was it crowded",
            "what camera do you use?",
        ],
        praise=[
            "adding this to my list",
            "unreal views",
            "this is stunning",
            "wow the water",
            "dream trip",
            "such a vibe",
        ],
    ),
    "fitness": dict(
        items=["program", "split", "routine", "shoes", "protein", "bands", "plan"],
        q=[
            "how many sets?",
            "what's your split?",
            "beginner friendly?",
            "how long until you saw results",
            "do you do cardio too",
            "what shoes are those",
        ],
        praise=[
            "so motivating",
            "form is on point",
            "strong!!",
            "needed this today",
            "goals",
            "this helped my back so much",
        ],
    ),
    "tech": dict(
        items=["phone", "laptop", "camera", "headphones", "keyboard", "monitor", "tablet", "watch"],
        q=[
            "is the {item} worth it in 2025?",
            "how's the battery?",
            "vs the older model?",
            "what mic are you using",
            "does it get hot?",
            "which one for a student?",
        ],
        praise=[
            "great breakdown",
            "finally an honest review",
            "super clear explanation",
            "this saved me money",
            "love the b-roll",
            "most useful review so far",
        ],
    ),
    "gaming": dict(
        items=["build", "boss", "level", "map", "loadout", "character", "run"],
        q=[
            "what settings do you use?",
            "how do you beat that boss",
            "what's the seed?",
            "is it worth buying?",
            "which build is this",
        ],
        praise=[
            "that clutch was insane",
            "LMAO the ending",
            "clean gameplay",
            "this is so underrated",
            "I died at the jump scare",
            "GG",
        ],
    ),
    "pets": dict(
        items=["harness", "food", "toy", "bed", "crate", "treats", "leash"],
        q=[
            "what breed?",
            "how old is he?",
            "what food do you use?",
            "where's the {item} from?",
            "how did you train that?",
        ],
        praise=[
            "I love him",
            "so precious",
            "that face!!",
            "the zoomies lol",
            "protect him at all costs",
            "baby!!",
        ],
    ),
    "parenting": dict(
        items=["stroller", "bottle", "carrier", "monitor", "crib", "books"],
        q=[
            "how old is your little one?",
            "which {item} is that?",
            "did this work for naps?",
            "any tips for teething?",
            "where did you get that?",
        ],
        praise=[
            "so relatable",
            "you're doing great mama",
            "needed to hear this",
            "so cute",
            "saving this",
            "omg the giggles",
        ],
    ),
    "lifestyle": dict(
        items=["mug", "candle", "planner", "book", "routine", "apartment"],
        q=[
            "where's the {item} from?",
            "what song is this?",
            "what camera?",
            "how do you edit?",
            "what time do you wake up?",
        ],
        praise=[
            "so calming",
            "love this vibe",
            "this is my comfort channel",
            "aesthetic",
            "cozy",
            "so peaceful to watch",
        ],
    ),
    "comedy": dict(
        items=["skit", "bit", "sketch"],
        q=["who's the guy at the end?", "part 2??", "what's the song"],
        praise=[
            "I'm crying",
            "LMAOOO",
            "this is so me",
            "not the ending 😭",
            "why is this so accurate",
            "dead",
        ],
    ),
    "music": dict(
        items=["cover", "song", "guitar", "piano", "mix"],
        q=[
            "what song is this?",
            "tabs?",
            "what guitar is that?",
            "how long have you been playing?",
        ],
        praise=[
            "chills",
            "your voice!!",
            "on repeat",
            "beautiful cover",
            "this deserves more views",
        ],
    ),
    "education": dict(
        items=["notes", "course", "method", "book", "tips"],
        q=[
            "do you have the notes?",
            "which book is this?",
            "does this work for beginners?",
            "how many hours a day?",
        ],
        praise=[
            "so helpful",
            "explained better than my professor",
            "saving this",
            "thank you!!",
            "finally it clicked",
        ],
    ),
}
EN_GENERIC_REACT = [
    "lol",
    "LOL",
    "omg",
    "wow",
    "yesss",
    "love this",
    "this!!",
    "so good",
    "haha",
    "hahaha",
    "amazing",
    "no way",
    "obsessed",
    "stop it",
    "I needed this",
    "same",
    "literally me",
    "so true",
    "iconic",
    "bro",
    "YES",
    "ok but why is this so good",
    "the way I screamed",
    "real",
    "facts",
    "this is gold",
    "underrated",
    "wait what",
]
EN_STORY = [
    "I tried this last week and {res}",
    "my mom used to make this, {res}",
    "been following since like {n}k, so proud of you",
    "went there in {year} and {res}",
    "I bought the same one, {res}",
    "did this for {n} days and {res}",
    "my sister sent me this lol",
    "first time commenting but {res}",
    "watching this at {h}am instead of sleeping",
    "I showed this to my {rel} and {res}",
]
EN_RES = [
    "it actually worked",
    "it was so worth it",
    "honestly not impressed",
    "it broke after a month",
    "we loved it",
    "it changed everything",
    "it was way too expensive",
    "it's still my favorite",
    "now I'm hooked",
    "I can't go back",
    "it was mid tbh",
]
EN_REL = [
    "husband",
    "wife",
    "bf",
    "gf",
    "roommate",
    "mom",
    "dad",
    "best friend",
    "coworker",
    "kids",
]

EN_BOT = [
    "Nice",
    "Great post",
    "Love it",
    "Amazing",
    "Wow",
    "🔥🔥🔥",
    "😍😍",
    "Cool",
    "Awesome!",
    "Beautiful",
    "Nice pic",
    "Great content",
    "👏👏",
    "❤️",
    "So cool",
    "Love this",
    "Great job",
    "Keep it up",
    "💯",
    "Nice one",
    "Good",
    "Super",
    "Wonderful",
    "👍👍",
    "Very nice",
    "Perfect",
    "😍",
    "🔥",
    "Great",
    "Nice shot",
    "Fantastic",
    "Cute",
]
EN_POD = [
    "Love this!! 🔥",
    "Obsessed 😍",
    "Yesss 🙌",
    "This is everything ✨",
    "So good!",
    "Gorgeous 😍😍",
    "Absolutely stunning",
    "Love your feed 💕",
    "Goals!! 🙌",
    "Great tips, thanks for sharing!",
    "This is so helpful 💕",
    "Vibes ✨",
    "Slayyy 🔥",
    "Such a great post!",
    "Loving this content 🙌",
    "Beautiful as always 💖",
    "Can't get enough of this!",
    "Saving this! 📌",
    "You never miss 🔥",
    "Iconic 💯",
    "Here for this 🙌",
    "Yes girl!!",
    "Amazing shot 📸",
    "Such good energy ✨",
]
EN_SPAM = [
    "DM me for collab 💰",
    "Check my bio 🔥",
    "Send pic to @{h} to get featured ⭐",
    "I made $5k last week, ask me how 💸",
    "Promote it on @{h} 🚀",
    "Hey! We'd love to feature you, DM @{h}",
    "Want more followers? check my page",
    "Crypto signals in bio 📈",
    "Free giveaway at my page 🎁",
    "Wanna be friends? 💋 check bio",
    "Thanks to @{h} I paid off my mortgage!!",
    "Message @{h} for brand deals",
    "t . me / {h}",
    "whatsapp me +1 {d}",
    "Hi dear, can we talk? 🌹",
]
EN_AI = dict(
    open=[
        "What a {adj} post!",
        "Absolutely love this!",
        "This is truly {adj}!",
        "Wow, this is {adj}!",
        "Such a {adj} share!",
        "I really appreciate this post!",
        "This content is {adj}!",
        "Incredible work here!",
        "This is such a thoughtful post!",
    ],
    mid=[
        "The {aspect} is {adj2} and really {verb}.",
        "Your attention to {aspect} really shines through.",
        "I love how you {act}.",
        "The way you {act} is truly inspiring.",
        "It's clear how much effort you put into the {aspect}.",
        "Not only is the {aspect} {adj2}, but it also {verb}.",
        "This is a game-changer for anyone looking to {goal}.",
        "Your passion for {topic} truly comes through in every detail.",
    ],
    close=[
        "Keep up the amazing work! ✨",
        "Can't wait to see what you create next! 🙌",
        "Thank you for sharing this with us! 💖",
        "Definitely saving this for later! 📌",
        "You never fail to inspire! 🌟",
        "Looking forward to more content like this! 👏",
        "Truly appreciate the value you bring! 💯",
    ],
    adj=[
        "amazing",
        "stunning",
        "inspiring",
        "incredible",
        "wonderful",
        "fantastic",
        "brilliant",
        "remarkable",
        "outstanding",
        "beautiful",
        "insightful",
    ],
    adj2=[
        "stunning",
        "beautifully executed",
        "spot on",
        "absolutely perfect",
        "so well done",
        "truly impressive",
        "thoughtfully crafted",
    ],
    aspect=[
        "composition",
        "lighting",
        "detail",
        "color palette",
        "storytelling",
        "editing",
        "presentation",
        "quality",
        "creativity",
        "content",
    ],
    verb=[
        "elevates the whole experience",
        "captures the essence perfectly",
        "resonates with me",
        "stands out",
        "brings everything together",
        "makes it so engaging",
    ],
    act=[
        "break things down so clearly",
        "capture every little detail",
        "bring such positive energy",
        "share your authentic journey",
        "combine creativity with practicality",
        "make complex topics easy to understand",
    ],
    goal=[
        "level up their routine",
        "get started",
        "find inspiration",
        "improve their skills",
        "elevate their style",
    ],
)
EN_COUNTRIES = [
    ("US", 0.42),
    ("UK", 0.1),
    ("CA", 0.06),
    ("AU", 0.05),
    ("IN", 0.06),
    ("PH", 0.04),
    ("ID", 0.04),
    ("BR", 0.04),
    ("NG", 0.03),
    ("DE", 0.03),
    ("MY", 0.03),
    ("SG", 0.03),
    ("MX", 0.03),
    ("ZA", 0.02),
    ("AE", 0.02),
]
EN_LOCAL = {  # a few lines in local languages for non-English audiences
    "BR": [
        "que lindo",
        "amei demais",
        "perfeita",
        "meu deus 😍",
        "quero muito",
        "arrasou",
        "top demais",
    ],
    "MX": ["qué bonito", "me encanta", "hermosa", "jajaja", "qué rico se ve", "increíble 😍"],
    "ID": ["keren banget", "mantap kak", "cantik bgt", "wkwkwk", "mau dong", "bagus bgt kak"],
    "PH": ["ang ganda", "sana all", "grabe ang galing", "hahaha lodi", "idol!"],
    "DE": ["mega schön", "richtig cool", "sieht super aus", "wie geil", "toll gemacht"],
    "MY": ["cantiknya", "sedap nya", "best gila", "terbaik", "wahhh"],
}

# ----------------------------------------------------------------------------------------
# names
# ----------------------------------------------------------------------------------------


def _digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))


def default_name(r: random.Random, platform: str) -> str:
    """A platform's default nickname for accounts that never set one."""
    if platform == "rednote":
        return "小红薯" + "".join(r.choice("0123456789ABCDEF") for _ in range(8))
    if platform == "bilibili":
        return "bili_" + _digits(r, r.choice([10, 11, 11, 12]))
    if platform == "kuaishou":
        return r.choice(["快手用户", "用户"]) + _digits(r, r.choice([10, 13]))
    if platform == "douyin":
        return "用户" + _digits(r, r.choice([10, 11, 13]))
    if platform == "weibo":
        return "用户" + _digits(r, 10)
    if platform == "wechat_channels":
        return r.choice(
            [
                "微信用户",
                "微信用户",
                "A" + r.choice(CUTE),
                r.choice(CUTE),
                ".",
                r.choice(EMOJI),
                "~",
                r.choice("ABCDEFGHJKLMNPQRSTWXYZ"),
                r.choice(SURNAMES) + r.choice(SURNAMES),
                "🌸" + r.choice(CUTE),
            ]
        )
    if platform == "tiktok":
        return "user" + _digits(r, r.choice([10, 12, 13]))
    if platform == "youtube":
        return "@user-" + "".join(
            r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(10)
        )
    return r.choice(EN_FIRST) + _digits(r, r.choice([3, 4, 6, 8]))


def zh_name(r: random.Random, style: str, platform: str = "douyin") -> str:
    if style == "default":
        return default_name(r, platform)
    if style == "cute":
        k = r.random()
        if k < 0.3:
            return r.choice(ADJ_PREFIX) + r.choice(CUTE)
        if k < 0.55:
            return r.choice(CUTE) + r.choice(NAME_SUFFIX)
        if k < 0.7:
            return r.choice(SURNAMES) + r.choice(CUTE)
        if k < 0.82:
            return r.choice(CUTE) + r.choice(CUTE)
        if k < 0.9:
            return (
                "小"
                + r.choice(SURNAMES)
                + r.choice(["", "同学", "在努力", "今天吃什么", _digits(r, 2)])
            )
        return r.choice(CUTE) + _digits(r, r.choice([2, 3, 4]))
    if style == "student":
        k = r.random()
        if k < 0.3:
            return r.choice(SCHOOLS) + r.choice(CUTE)
        if k < 0.5:
            return "考研" + r.choice(["上岸版", "必胜", "人", "的" + r.choice(CUTE), "党", "er"])
        if k < 0.65:
            return r.choice(MAJORS) + r.choice(["小白", "狗", "人", "er", "学姐", "学长"])
        if k < 0.8:
            return r.choice(["大一", "大二", "研一", "高三党", "早八人"]) + r.choice(CUTE)
        return (
            r.choice(["20", "21", "22", "23", "24", "25"])
            + "届"
            + r.choice(["毕业生", r.choice(CUTE)])
        )
    if style == "mom":
        k = r.random()
        kid = r.choice(KIDS)
        if k < 0.35:
            return kid + r.choice(["妈妈", "妈咪", "麻麻", "妈", "宝妈", "的妈"])
        if k < 0.5:
            return r.choice(["二宝妈", "三宝妈", "全职宝妈", "新手妈妈", "宝妈"]) + r.choice(
                ["", r.choice(CUTE), "🌸", "💕"]
            )
        if k < 0.7:
            return kid + "和" + r.choice(KIDS) + "的妈"
        return (
            r.choice(PLACES)
            + r.choice(["宝妈", "辣妈", "新手妈妈"])
            + r.choice(["", r.choice(CUTE)])
        )
    if style == "elder":
        k = r.random()
        if k < 0.5:
            return r.choice(ELDER_NAMES) + r.choice(ELDER_EMOJI)
        if k < 0.75:
            return (
                r.choice(PLACES + PROVINCES)
                + r.choice(["老", ""])
                + r.choice(SURNAMES)
                + r.choice(["", "姐", "哥", "大姐", "阿姨", "叔", "师傅"])
            )
        return (
            r.choice(SURNAMES)
            + r.choice(["大哥", "大姐", "阿姨", "叔叔", "师傅", "老师", "奶奶"])
            + r.choice(ELDER_EMOJI)
        )
    if style == "regional":
        return (
            r.choice(PLACES + PROVINCES)
            + r.choice(REGION_NOUN)
            + r.choice(["", "", _digits(r, 2), r.choice(NAME_SUFFIX)])
        )
    if style == "pinyin":
        en = r.choice(EN_FIRST).capitalize()
        k = r.random()
        if k < 0.4:
            return en + r.choice(CUTE)
        if k < 0.7:
            return (
                en
                + "_"
                + r.choice(
                    ["zhang", "li", "wang", "chen", "liu", "yang", "huang", "zhao", "lin", "wu"]
                )
            )
        return en + r.choice(["", "🍑", "✨", _digits(r, 2)])
    if style == "poetic":
        return r.choice(POETIC) + r.choice(["", "", "", "丶", "。", "i", "ゞ"])
    if style == "bili":
        k = r.random()
        if k < 0.3:
            return r.choice(CUTE) + r.choice(
                ["不是up主", "今天也在摸鱼", "想睡觉", "在学习", "的鸽子"]
            )
        if k < 0.5:
            return r.choice(
                ["三连的小透明", "下次一定", "阿巴阿巴", "路过的", "白嫖怪", "催更人"]
            ) + _digits(r, r.choice([2, 3, 4]))
        if k < 0.7:
            return r.choice(ADJ_PREFIX) + r.choice(
                ["猫", "狗", "鹅", "鸭", "咸鱼", "熊猫", "柴犬", "仓鼠"]
            )
        return (
            r.choice(["", "Mr", "Dr", "The"])
            + r.choice(EN_WORDS).capitalize()
            + r.choice(["", "_", "君", "酱"])
            + _digits(r, r.choice([1, 2, 3]))
        )
    if style == "emoji":
        return r.choice(EMOJI) + r.choice(CUTE) + r.choice(["", r.choice(EMOJI)])
    if style == "business":
        return (
            r.choice(["A", "A-", "AAA"])
            + r.choice(PLACES)
            + r.choice(SURNAMES)
            + r.choice(["姐茶叶", "记水果", "哥装修", "总", "家纺", "美业", "保险", "土特产"])
        )
    if style == "farm":  # names a farm would generate
        k = r.random()
        if k < 0.4:
            return r.choice(POETIC) + r.choice(["", _digits(r, 2)])
        if k < 0.7:
            return r.choice(CUTE) + r.choice(CUTE) + r.choice(["", "", _digits(r, 3)])
        return r.choice(EN_FIRST).capitalize() + _digits(r, 4)
    # normal
    k = r.random()
    if k < 0.4:
        return zh_name(r, "cute", platform)
    if k < 0.55:
        return zh_name(r, "regional", platform)
    if k < 0.7:
        return zh_name(r, "pinyin", platform)
    if k < 0.85:
        return zh_name(r, "poetic", platform)
    return zh_name(r, "emoji", platform)


def en_name(r: random.Random, style: str, platform: str = "instagram") -> tuple:
    """(username, display_name)."""
    f = r.choice(EN_FIRST)
    ln = r.choice(EN_LAST)
    if style == "default":
        return default_name(r, platform), ""
    if style == "bot":
        k = r.random()
        if k < 0.35:
            u = f + "_" + _digits(r, r.choice([5, 6, 7]))
        elif k < 0.6:
            u = "".join(r.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(r.randint(6, 10)))
        elif k < 0.8:
            u = f + "." + ln + "." + _digits(r, 4)
        else:
            u = (
                f
                + "_"
                + "".join(r.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(3))
                + "_"
                + str(r.randint(1970, 2005))
            )
        return u, (f.capitalize() + " " + ln.capitalize()) if r.random() < 0.5 else ""
    k = r.random()
    if k < 0.25:
        u = f + "." + ln[: r.randint(1, len(ln))]
    elif k < 0.45:
        u = f + "_" + r.choice(EN_WORDS) + r.choice(["", "s", str(r.randint(1, 99))])
    elif k < 0.6:
        u = f + ln + str(r.randint(1, 99))
    elif k < 0.75:
        u = r.choice(["the", "its", "just", "not", "hey"]) + f + r.choice(["", "_", "x"])
    elif k < 0.9:
        u = (
            r.choice(EN_WORDS)
            + r.choice(["_", ".", ""])
            + r.choice(EN_WORDS)
            + r.choice(["", str(r.randint(1, 999))])
        )
    else:
        u = f + "_" + ln[0] + str(r.randint(80, 99 + 10) % 100).zfill(2)
    disp = r.choice(
        [
            f.capitalize(),
            f.capitalize() + " " + ln.capitalize(),
            f.capitalize() + " " + ln[0].upper() + ".",
            f.capitalize() + " " + r.choice(["✨", "🌸", "🇺🇸", "🇬🇧", "💕", "🌿", ""]),
            "",
        ]
    )
    return u, disp


# ----------------------------------------------------------------------------------------
# comment texts: Chinese, genuine
# ----------------------------------------------------------------------------------------

REACT_ZH = [
    "绝了",
    "好好看",
    "太可了",
    "啊啊啊啊",
    "好绝",
    "牛",
    "太强了",
    "好家伙",
    "爱了爱了",
    "好喜欢",
    "厉害了",
    "真的假的",
    "救命",
    "我的天",
    "太真实了",
    "哇塞",
    "好羡慕",
    "心动了",
    "笑死",
    "好戳我",
    "冲了",
    "稳了",
    "可以可以",
    "有点东西",
    "这个好",
    "太香了",
    "好上头",
    "泪目",
    "破防了",
    "天呐",
    "好美",
    "绝美",
    "赞",
    "好看哭了",
    "哇",
    "嘿嘿",
    "妙啊",
    "这谁顶得住",
    "真不错",
    "太棒了吧",
    "狠狠爱住",
    "好有感觉",
    "牛哇",
    "666",
    "nb",
    "好厉害",
    "羡慕哭了",
    "好喜欢这个",
    "美哭",
    "爱死了",
]
GENERIC_EXP = [
    "我也是这样",
    "和我想的一样",
    "我妈也是这么说的",
    "昨天刚好聊到这个",
    "原来不止我一个人",
    "我同事天天说这个",
    "今天刚刷到就遇到了",
    "我也试过，真的有用",
    "我家那位也这样",
    "小时候我外婆也这样做",
    "看完去试了一下",
    "和我老家一模一样",
]
CRIT_ZH = [
    "感觉一般吧",
    "滤镜太重了",
    "是不是恰饭了",
    "广告有点明显",
    "价格有点劝退",
    "有点标题党",
    "说实话没那么夸张",
    "我觉得还好",
    "不太认同",
    "踩过雷，慎入",
    "评论区都是托吧",
    "看了好几遍没看懂",
    "声音有点小",
    "能不能出个平价版",
    "上次按你说的做翻车了",
    "这期水了",
]
RELATION_ZH = [
    "催更",
    "终于更新了",
    "等好久了",
    "蹲后续",
    "关注你好久了",
    "第一次刷到你",
    "老粉报道",
    "怎么好久没更了",
    "一直在看你的视频",
    "求出{x}",
    "从{src}过来的",
    "追更中",
    "下期出{x}吧",
    "每次更新都第一时间看",
    "你是我最喜欢的博主",
    "刚关注就更新了",
    "这期好用心",
    "期待下一期",
]
CHECKIN_ZH = [
    "打卡",
    "打卡第{n}天",
    "沙发",
    "前排",
    "第一",
    "来了",
    "抢沙发",
    "前排围观",
    "每日打卡",
    "来晚了",
    "二楼",
    "第{n}个评论",
    "打卡打卡",
    "今日份打卡",
    "前排占座",
]
BILI_ZH = [
    "前排",
    "来了来了",
    "下次一定",
    "三连了",
    "弹幕护体",
    "来了老弟",
    "空降成功",
    "up主辛苦了",
    "前方高能",
    "这期质量好高",
    "已三连",
    "白嫖可耻，三连了",
    "坐等更新",
    "来晚了，评论区人好多",
    "up主的剪辑越来越好了",
    "空降指挥部 {m}:{s2}",
    "{m}:{s2} 笑死我了",
    "{m}:{s2} 这里好帅",
]
MENTION_TAIL = [
    "快看",
    "这不就是你",
    "下次我们去",
    "你要的",
    "看这个",
    "学起来",
    "笑死这是你吧",
    "周末走起",
    "给你看个好东西",
    "我们也要这样",
    "",
    "",
    "[看]",
    "冲",
    "速来",
    "你看这个像不像你",
]
SRC_ZH = [
    "隔壁",
    "推荐页",
    "热门",
    "首页",
    "某音",
    "小破站",
    "微博",
    "{name}那里",
    "{name}的视频",
    "评论区",
    "同城",
]


def _haha(r):
    return "哈" * r.randint(2, 12)


def _zh_tail(c, r, text: str) -> str:
    x = r.random()
    st = STICKERS.get(c.platform)
    if x < 0.16 and st:
        s1 = r.choice(st)
        return text + (s1 * r.randint(1, 3) if r.random() < 0.7 else s1 + r.choice(st))
    if x < 0.28:
        e = r.choice(EMOJI)
        return text + (e * r.randint(1, 3) if r.random() < 0.7 else e + r.choice(EMOJI))
    if x < 0.36:
        return text + r.choice(
            ["！", "!!", "！！！", "～", "~", "。", "...", "？", "??", "呀", "啊", "哈", "呢"]
        )
    if x < 0.41:
        return text + r.choice([" " + _haha(r), "hhh", "hhhh", "（", "嘿嘿", "ww"])
    if x < 0.44 and len(text) > 3:
        return text.replace("的", r.choice(["滴", "哒", "得"]), 1)
    return text


def _fill(c, r, t: str, pool: dict) -> str:
    if "{" not in t:
        return t
    return t.format(
        item=r.choice(pool["items"]),
        brand=r.choice(BRANDS_ZH),
        place=r.choice(PLACES),
        n=r.randint(2, 30),
        pos=r.choice(pool["pos"]),
        neg=r.choice(pool["neg"]),
        x=r.choice(pool["items"]),
        src=r.choice(SRC_ZH).format(name=zh_name(r, "cute")),
        m=r.randint(0, 12),
        s2=str(r.randint(0, 59)).zfill(2),
    )


def zh_genuine(c, post, r: random.Random) -> tuple:
    """(text, kind) for one genuine Chinese comment."""
    pool = CAT_ZH.get(c.category, CAT_ZH["lifestyle"])
    p = c.platform
    w = c.zh_mix
    k = _wchoice(r, w)
    addr = r.choice(ADDR.get(p, ADDR["douyin"]))
    if k == "react":
        t = _haha(r) if r.random() < 0.3 else r.choice(REACT_ZH)
        if r.random() < 0.25:
            t = t + r.choice(["", "，", " ", "！"]) + r.choice(REACT_ZH)
        if r.random() < 0.1:
            t = r.choice(SLANG) + r.choice(_MEME_SEP) + t
    elif k == "praise":
        t = r.choice(pool["praise"])
        x = r.random()
        if x < 0.25:
            t = addr + t
        elif x < 0.45:
            t = (
                r.choice(["真的", "确实", "救命", "啊啊啊", "哇", "天哪", "说真的"])
                + r.choice(["", "，", " "])
                + t
            )
        elif x < 0.55:
            t = t + "，" + r.choice(pool["praise"])
        if r.random() < 0.15:
            t += r.choice(
                [
                    "，已关注",
                    "，关注了",
                    "，收藏了",
                    "，马住",
                    "，已三连" if p == "bilibili" else "，码住",
                ]
            )
    elif k == "question":
        t = _fill(c, r, r.choice(pool["q"]), pool)
        x = r.random()
        if x < 0.3:
            t = addr + r.choice(["，", " ", "", "请问"]) + t
        elif x < 0.4:
            t = "请问" + t
        if not t.endswith(("？", "?", "吗", "呀", "呢")) and r.random() < 0.6:
            t += r.choice(["？", "?", "呀", "呢", "？？", "啊"])
    elif k == "exp":
        if r.random() < 0.6:
            tpl = r.choice(
                [
                    "我也用过{item}，{pos}",
                    "之前买过{item}，{neg}",
                    "{item}我用了{n}个月了，{pos}",
                    "同款{item}！{pos}",
                    "买过，{neg}",
                    "上次去{place}也是，{pos}",
                    "我家也有这个，{pos}",
                    "被种草买了，结果{neg}",
                    "去年在{place}也遇到过",
                    "{item}回购第{n}次了",
                    "刚下单了{item}",
                    "朋友送过我一个，{pos}",
                ]
            )
            t = _fill(c, r, tpl, pool)
        else:
            t = r.choice(GENERIC_EXP)
        if r.random() < 0.3:
            t += "，" + _fill(c, r, r.choice(pool["q"]), pool)
    elif k == "meme":
        t = r.choice(SLANG)
        if r.random() < 0.3:
            t += r.choice(_MEME_SEP) + r.choice(pool["praise"])
    elif k == "mention":
        n = 1 if r.random() < 0.7 else r.randint(2, 3)
        names = " ".join("@" + c.audience_name(r) for _ in range(n))
        t = names + " " + r.choice(MENTION_TAIL)
        t = t.strip()
    elif k == "checkin":
        t = _fill(
            c, r, r.choice(BILI_ZH if p == "bilibili" and r.random() < 0.6 else CHECKIN_ZH), pool
        )
        if p == "kuaishou" and r.random() < 0.4:
            t = r.choice(["来了老铁", "老铁我来了", "报到", "来啦家人"])
    elif k == "sticker":
        st = STICKERS.get(p)
        if st is None:
            return r.choice(EMOJI) * r.randint(1, 3), "emoji"
        s1 = r.choice(st)
        t = s1 * r.randint(1, 3) if r.random() < 0.65 else s1 + r.choice(st)
        return t, k
    elif k == "emoji":
        e = r.choice(EMOJI)
        t = e * r.randint(1, 4) if r.random() < 0.7 else e + r.choice(EMOJI)
        return t, k
    elif k == "critique":
        t = r.choice(CRIT_ZH) if r.random() < 0.6 else _fill(c, r, "{item}{neg}", pool)
    elif k == "regional":
        if p == "kuaishou" and r.random() < 0.5:
            t = r.choice(KS_SLANG)
        else:
            t = r.choice(
                REGIONAL[c.region if c.region and r.random() < 0.6 else r.choice(list(REGIONAL))]
            )
    elif k == "relation":
        t = _fill(c, r, r.choice(RELATION_ZH), pool)
        if r.random() < 0.3:
            t = addr + r.choice(["", "，"]) + t
    else:  # long
        a = _fill(
            c,
            r,
            r.choice(
                [
                    "我也用过{item}，{pos}",
                    "之前去过{place}，{pos}",
                    "作为一个{n}年老粉",
                    "本来不想评论的",
                    "看了好几遍",
                    "刚下班刷到",
                ]
            ),
            pool,
        )
        b = r.choice(pool["praise"] + GENERIC_EXP)
        cq = _fill(c, r, r.choice(pool["q"]), pool)
        t = a + "，" + b + ("，" + cq if r.random() < 0.5 else "")
    return _zh_tail(c, r, t), k


REPLY_ANS_ZH = [
    "可以的～",
    "评论区置顶有",
    "私信你啦",
    "下期出教程",
    "我也不太清楚诶",
    "是的呢",
    "都可以哈",
    "笔记里写了哦",
    "视频里有说哦",
    "对的",
    "好问题，下期讲",
    "不是哦",
    "看简介～",
    "第二个是哦",
]
REPLY_ANS_CAT = {
    "beauty": [
        "看个人肤质哦",
        "干皮也可以的",
        "是{brand}的哦",
        "色号在图里",
        "链接放主页啦",
        "敏感肌建议先试用",
    ],
    "fashion": ["我是{sz}码", "身高{h}，体重{w}斤", "链接放主页啦", "不起球的", "偏大半码"],
    "food": ["在{place}哦", "人均{p}左右", "不用预约", "周末人多，建议工作日去", "店名在图里"],
    "travel": ["在{place}哦", "不用预约", "周末人多，建议工作日去", "五月去最好", "自驾很方便"],
    "tech": ["是{brand}的", "日常用够了", "发热还好", "等大促再买", "看预算哈"],
    "parenting": ["宝宝{n}个月了", "是{brand}的", "每个宝宝不一样哦", "问问医生更稳妥"],
    "home": ["链接放主页啦", "是{brand}的", "房子{n}0平", "租房也可以的"],
    "pets": ["{n}个月了", "是领养的", "绝育了", "吃的{brand}"],
    "education": ["资料在置顶", "每天{n}小时左右", "可以的，加油", "跨考也可以"],
    "fitness": ["练了{n}个月", "一周练四次", "饮食很重要", "膝盖不好先练核心"],
}
_MEME_SEP = ["，", " ", "！"]


def zh_creator_reply(c, r: random.Random, kind: str, author: str) -> str:
    pool = CAT_ZH.get(c.category, CAT_ZH["lifestyle"])
    addr = r.choice(ADDR.get(c.platform, ADDR["douyin"]))
    if kind == "question":
        t = r.choice(REPLY_ANS_ZH + REPLY_ANS_CAT.get(c.category, []) * 2)
        t = t.format(
            item=r.choice(pool["items"]),
            brand=r.choice(BRANDS_ZH),
            place=r.choice(PLACES),
            n=r.randint(2, 30),
            p=r.randint(3, 30) * 10,
            h=r.randint(150, 185),
            w=r.randint(80, 150),
            sz=r.choice(["S", "M", "L", "XL"]),
        )
        if r.random() < 0.3:
            t = addr + "，" + t
    elif kind == "critique":
        t = r.choice(
            [
                "谢谢建议，下次改进",
                "每个人感受不一样哈",
                "不是广告哈，自费的",
                "收到～",
                "哈哈哈哈好的",
                "下次注意",
                "抱歉哈",
            ]
        )
    elif c.platform == "kuaishou":
        t = r.choice(
            [
                "谢谢老铁支持",
                "感谢家人",
                "欢迎常来",
                "谢谢家人们",
                "老铁666",
                "感谢关注",
                "谢谢大哥",
                "[抱拳][抱拳]",
                "有空常来",
            ]
        )
    else:
        t = r.choice(
            [
                "谢谢{addr}～",
                "哈哈哈哈是的",
                "爱你",
                "抱抱",
                "么么哒",
                "你也是呀",
                "一起加油💪",
                "感谢支持",
                "哈哈哈哈哈",
                "嘿嘿",
                "下次一起",
                "谢谢喜欢",
                "收到",
                "好哒",
                "😂😂",
                "确实",
                "是吧是吧",
                "哈哈哈被你发现了",
                "谢谢{addr}喜欢",
                "好的好的",
                "笑死",
                "真的！",
                "[比心]",
                "[害羞R]" if c.platform == "rednote" else "[害羞]",
                "冲冲冲",
            ]
        ).format(addr=addr)
    if r.random() < (0.35 if c.platform == "weibo" else 0.08):
        t = "回复 @" + author + "：" + t
    return _zh_tail(c, r, t) if r.random() < 0.5 else t


# ----------------------------------------------------------------------------------------
# comment texts: English, genuine
# ----------------------------------------------------------------------------------------


EN_OPEN = [
    "omg",
    "ok",
    "honestly",
    "wow",
    "girl",
    "bro",
    "ngl",
    "lowkey",
    "not gonna lie",
    "literally",
    "yo",
    "dude",
    "oh my god",
    "okay but",
    "wait",
    "ahh",
    "im sorry but",
    "genuinely",
    "real talk",
    "y'all",
    "babe",
    "sis",
]
EN_END = [
    "!!",
    " 😭",
    " fr",
    " tbh",
    " lol",
    " ngl",
    " omg",
    "!!!",
    " 🔥",
    " ❤️",
    " honestly",
    " no cap",
    " 10/10",
    " istg",
    " 🙌",
    ".",
    "!",
    " haha",
    " 😍",
    " 💀",
    " fr fr",
    " 🥹",
]
EN_PRAISE_GEN = [
    "this is so good",
    "you're so talented",
    "obsessed with this",
    "the editing is so good",
    "how is this so good",
    "need more of this",
    "this made my day",
    "the way this is so aesthetic",
    "you never miss",
    "this is so underrated",
    "I could watch this all day",
    "the vibes are immaculate",
    "such a good idea",
    "how do you come up with this",
    "this deserves way more views",
    "so well done",
    "you make it look so easy",
    "this is art",
    "the colors in this",
    "can't stop watching",
    "this popped up at the perfect time",
    "best thing on my feed today",
    "I love how real this is",
    "you have such a good eye",
    "this is giving everything",
    "I'm obsessed with your style",
    "this is exactly what I needed",
    "your content is always so calming",
    "your energy is everything",
]
EN_REACT2 = [
    "LMAO",
    "lmaooo",
    "nooo",
    "stoppp",
    "I'm screaming",
    "crying",
    "why is this so funny",
    "help",
    "the ending",
    "not the {x}",
    "I'm weak",
    "💀💀",
    "😭😭😭",
    "BRO",
    "wait this is genius",
    "no bc same",
    "this is so me",
    "ok this is sick",
    "wild",
    "insane",
    "omg yes",
    "real",
    "LOL",
    "pls",
    "I can't",
    "oh no",
    "aww",
    "so cute",
    "dying",
    "bye",
    "iconic",
    "the way I gasped",
    "cinema",
    "peak",
    "ate",
    "slay",
]
EN_NOTME = [
    "not me watching this at {h}am",
    "not me adding this to cart",
    "not me rewatching this {n} times",
    "not me sending this to {rel}",
    "not me taking notes",
    "not me crying at a {cat} video",
    "me at {h}am watching {cat} videos instead of sleeping",
    "pov: it's {h}am and you're here too",
]
EN_STORY2 = [
    "{n} {unit} in and {res}",
    "tried this with my {rel} and {res}",
    "this reminds me of when I lived in {pl}",
    "as someone who {hobby}, {res}",
    "my {rel} does this exact thing",
    "I literally did this yesterday and {res}",
    "used to hate {cat} stuff but {res}",
    "showed my {rel} and now we're {plan}",
    "I've been doing this for {n} years and {res}",
    "saw this on my fyp {n} times, finally commenting",
    "day {n} of asking you to do a part 2",
]
EN_UNIT = ["days", "weeks", "months"]
EN_HOBBY = [
    "works nights",
    "has two kids",
    "is a nurse",
    "lives alone",
    "just moved",
    "is in college",
    "works from home",
    "started lifting this year",
    "is obsessed with {cat}",
]
EN_PLAN = [
    "doing it this weekend",
    "planning a trip",
    "buying one each",
    "arguing about it",
    "hooked",
]
EN_PLACES = [
    "Chicago",
    "Texas",
    "London",
    "Manila",
    "Toronto",
    "Sydney",
    "Seoul",
    "Lisbon",
    "Ohio",
    "Bali",
    "Denver",
    "Jakarta",
]
EN_GQ = [
    "what app do you use to edit?",
    "what song is this",
    "how tall are you",
    "how long did this take",
    "is this sponsored?",
    "can you do a tutorial?",
    "drop the link",
    "do you ship to {co}?",
    "where do you live lol",
    "what lens is this",
    "how do you stay so consistent?",
    "what's your skincare",
    "where's your top from",
    "how old are you if you don't mind me asking",
    "do you have a discount code?",
]


def _en_style(r, t):
    x = r.random()
    if x < 0.35:
        t = t.lower()
    if r.random() < 0.12:
        t = t.replace(" you ", " u ").replace("you're", "ur").replace(" really ", " rly ")
    if r.random() < 0.1:
        t = t.replace("'", "")
    if r.random() < 0.12:
        for a, b in (
            ("so ", "sooo "),
            ("love", "loveee"),
            ("yes", "yesss"),
            ("omg", "omggg"),
            ("need", "needd"),
        ):
            if a in t:
                t = t.replace(a, b, 1)
                break
    return t


def en_genuine(c, post, r: random.Random) -> tuple:
    pool = CAT_EN.get(c.category, CAT_EN["lifestyle"])
    k = _wchoice(r, c.en_mix)
    fill = dict(
        item=r.choice(pool["items"]),
        h=r.randint(1, 4),
        n=r.randint(2, 30),
        rel=r.choice(EN_REL),
        cat=c.category,
        x=r.choice(pool["items"]),
        unit=r.choice(EN_UNIT),
        res=r.choice(EN_RES),
        pl=r.choice(EN_PLACES),
        plan=r.choice(EN_PLAN),
        co=c.country,
        year=r.randint(2015, 2024),
    )
    fill["hobby"] = r.choice(EN_HOBBY).format(cat=c.category)
    if k == "react":
        t = r.choice(EN_GENERIC_REACT + EN_REACT2).format(**fill)
        if r.random() < 0.3:
            t = t + " " + r.choice(EN_GENERIC_REACT + EN_REACT2).format(**fill).lower()
        if r.random() < 0.15:
            t = r.choice(EN_NOTME).format(**fill)
    elif k == "praise":
        t = r.choice(pool["praise"] + EN_PRAISE_GEN)
        if r.random() < 0.45:
            t = r.choice(EN_OPEN) + " " + t
        if r.random() < 0.25:
            t += r.choice(
                [
                    ", followed!",
                    ", saving this",
                    ", sending this to my {rel}".format(**fill),
                    " and I'm not even into {cat}".format(**fill),
                    ", take my follow",
                    ", you deserve more followers",
                ]
            )
    elif k == "question":
        t = r.choice(pool["q"] + EN_GQ).format(**fill)
        if r.random() < 0.35:
            t = (
                r.choice(
                    [
                        "hi! ",
                        "quick question, ",
                        "sorry if this was asked but ",
                        "wait ",
                        "hey ",
                        "ok but ",
                        "random but ",
                        "pls tell me ",
                    ]
                )
                + t
            )
        if r.random() < 0.2:
            t += r.choice([" 🙏", " pls", " I need to know", " thx", "??", " lol"])
    elif k == "exp":
        t = r.choice(EN_STORY + EN_STORY2).format(**fill)
    elif k == "mention":
        n = 1 if r.random() < 0.75 else 2
        t = (
            " ".join("@" + en_name(r, "normal")[0] for _ in range(n))
            + " "
            + r.choice(
                [
                    "look",
                    "this is us",
                    "we need this",
                    "lol",
                    "omg",
                    "doing this",
                    "",
                    "😂",
                    "this is so you",
                    "saturday??",
                    "remember this",
                    "told you",
                    "we're doing this",
                    "your sign",
                    "🙃",
                    "ur welcome",
                    "next trip?",
                    "pls",
                ]
            )
        )
        t = t.strip()
    elif k == "emoji":
        e = r.choice(EMOJI)
        t = e * r.randint(1, 4) if r.random() < 0.7 else e + r.choice(EMOJI)
        return t, k
    elif k == "critique":
        t = r.choice(
            [
                "not sure about this one",
                "the music is too loud",
                "kinda overpriced tbh",
                "mid",
                "this didn't work for me",
                "why does every video need a sponsor now",
                "clickbait",
                "I prefer your older stuff",
                "disagree with #{h}",
                "audio is off",
                "the {item} looks cheap ngl",
                "this is just an ad",
                "respectfully, no",
                "tried the {item}, returned it",
                "too long, get to the point",
                "{n} minutes for this?",
                "the lighting is kinda off",
            ]
        ).format(**fill)
    elif k == "local" and c.country in EN_LOCAL:
        t = r.choice(EN_LOCAL[c.country])
        if r.random() < 0.4:
            t += " " + r.choice(EMOJI)
        return t, k
    elif k == "relation":
        t = r.choice(
            [
                "been here since {n}k!",
                "first time seeing your content, instantly followed",
                "waited all week for this",
                "came from {x}'s video",
                "part 2 please",
                "you're my favorite creator",
                "the algorithm finally blessed me",
                "notification squad",
                "early gang",
                "who's watching in {y}",
                "missed your uploads",
                "this channel is so underrated",
                "been binging your old videos",
                "your {cat} content is my comfort",
                "you've grown so much since {year}",
            ]
        ).format(
            n=r.randint(1, 50),
            x=en_name(r, "normal")[0],
            y=c.as_of.year,
            cat=c.category,
            year=r.randint(2016, 2024),
        )
    else:
        t = (
            r.choice(EN_STORY + EN_STORY2).format(**fill)
            + ". "
            + r.choice(pool["q"] + EN_GQ).format(**fill)
        )
    t = _en_style(r, t)
    x = r.random()
    if x < 0.14:
        t += " " + r.choice(EMOJI) * r.randint(1, 3)
    elif x < 0.35:
        t += r.choice(EN_END)
    return t, k


def en_creator_reply(c, r: random.Random, kind: str, author: str) -> str:
    if kind == "question":
        t = r.choice(
            [
                "link in bio!",
                "it's from a small shop, will link it",
                "yes it works!",
                "I'm wearing a medium",
                "thank you! it's the {x}",
                "sent you a DM",
                "about 2 weeks",
                "good question! video coming soon",
                "not sure tbh",
                "yes!",
            ]
        ).format(x=r.choice(CAT_EN.get(c.category, CAT_EN["lifestyle"])["items"]))
    else:
        t = r.choice(
            [
                "thank you!!",
                "haha right?",
                "❤️",
                "appreciate you",
                "glad it helped!",
                "😂😂",
                "omg thank you",
                "love that",
                "you're the best",
                "🙏",
                "hahaha",
                "yesss",
                "thanks for watching!",
                "💕💕",
            ]
        )
    if r.random() < 0.3:
        t = "@" + author + " " + t
    return t


# ----------------------------------------------------------------------------------------
# comment texts: fraud and special genuine situations
# ----------------------------------------------------------------------------------------

BOT_ZH = [
    "好看",
    "真棒",
    "支持",
    "赞",
    "赞赞赞",
    "不错",
    "666",
    "太棒了",
    "厉害",
    "加油",
    "好",
    "喜欢",
    "支持一下",
    "很好",
    "学习了",
    "路过",
    "顶",
    "好作品",
    "优秀",
    "棒棒哒",
    "好看好看",
    "来了",
    "支持支持",
    "真不错",
    "太好看了",
    "nice",
    "哇",
    "牛",
    "不错哦",
    "点赞",
    "已赞",
    "关注了",
    "真好",
    "好的",
    "大家好",
    "很棒",
    "非常好",
    "美",
    "厉害了",
    "好视频",
    "支持作者",
    "作品很棒",
    "好喜欢",
    "漂亮",
    "可以",
    "有意思",
    "真漂亮",
    "给力",
    "真厉害",
    "👍",
    "👍👍👍",
    "❤️❤️",
    "🌹🌹🌹",
    "💯",
    "😍😍",
    "👏👏👏",
]
BOT_OFFTOPIC_ZH = [
    "宝宝好可爱",
    "这车真帅",
    "好吃",
    "风景真美",
    "唱得真好",
    "小姐姐真漂亮",
    "猫咪好可爱",
    "菜做得不错",
    "跳得好",
    "衣服好看",
    "身材真好",
    "好帅",
]
POD_ZH = [
    "来啦来啦",
    "支持宝子",
    "好棒呀",
    "互赞啦",
    "已赞已藏",
    "回访一下呗",
    "宝子好美",
    "姐妹冲",
    "太好看了吧",
    "好用心",
    "日常支持",
    "来给宝子加油",
    "打卡支持",
    "永远支持你",
    "又更新啦",
    "第一时间来看",
    "好喜欢这种风格",
    "已点赞收藏",
    "回关啦",
    "互粉互赞",
    "欢迎回访",
    "已关注 求回关",
    "赞赞赞 已回",
    "支持支持 我的也看看",
    "好看 已赞",
    "宝子更新好勤",
    "来晚啦",
    "冲冲冲",
    "已回赞",
    "互评互评",
    "来踩踩",
    "已阅 支持",
]
POD_ZH_SOFT = [
    "好好看呀",
    "好用心的分享",
    "又学到了",
    "宝子太会了",
    "这个好喜欢",
    "好有质感",
    "姐妹的分享总是好实用",
    "好温柔",
    "支持一下",
    "好棒",
    "真好看",
]
LURE_ASK_ZH = [
    "求资料",
    "1",
    "扣1",
    "已关注，求发",
    "求求了",
    "已私",
    "怎么领呀",
    "已私信",
    "同求",
    "蹲一个",
    "滴滴",
    "求带",
    "怎么加入",
    "真的假的",
    "我也想要",
    "求分享",
    "111",
    "求",
    "已关注已点赞 求",
    "博主看看我",
    "好心人发我一份",
    "还有吗",
    "求一份",
    "怎么联系",
    "在哪领",
    "可以发我吗",
    "1111",
]
LURE_SPAM_ZH = [
    "看我主页有惊喜",
    "主页有福利",
    "同城的来",
    "有兴趣的私我",
    "兼职日结 私",
    "宝妈在家也能做 私我",
    "资源在我这 看简介",
    "来我主页看看",
    "想要的戳我头像",
    "想涨粉的看我主页",
    "免费领取 看主页",
    "姐妹看我简介",
    "需要的滴滴我",
    "带你一起赚米",
    "有一起的吗 私",
    "评论区不方便 私我",
]
LURE_REPLY_ZH = [
    "已发，看私信哦",
    "私你了～",
    "主页有方式",
    "看我简介",
    "加我{tag}发你",
    "太多了回不过来，直接看主页",
    "已私，注意查收",
    "评论区不方便说，私聊",
    "看主页置顶",
    "戳头像",
    "已回",
    "{tag}同名",
    "关注后私信自动发",
]
LURE_TAGS = [
    "v",
    "V",
    "vx",
    "VX",
    "薇",
    "威",
    "卫",
    "🛰",
    "🛰️",
    "V❤",
    "绿泡泡",
    "➕V",
    "+v",
    "wx",
    "微",
    "扣扣",
    "🐧",
    "q",
    "wei",
    "💚",
    "♥️信",
    "VX号",
]
MATRIX_ZH = [
    "求链接",
    "在哪买呀",
    "姐妹这个多少钱",
    "已下单",
    "被种草了",
    "蹲一个链接",
    "真的好用吗",
    "已经加购了",
    "这个好实用",
    "看起来好好用",
    "求同款",
    "买了买了",
    "已经回购了",
    "我也在用！真的不错",
    "链接呢链接呢",
    "救命我也想要",
    "终于找到同款了",
    "刚下单，坐等收货",
    "姐妹发一下链接",
    "多少钱入的呀",
]
MATRIX_REPLY_ZH = [
    "主页有哦",
    "私你啦",
    "某宝搜{brand}就有",
    "看主页置顶",
    "已私",
    "橱窗有哦",
    "评论区置顶了",
]
GIVE_ZH = [
    "抽我抽我",
    "许愿🙏",
    "求中",
    "想要想要",
    "我要我要",
    "参与一下",
    "希望是我",
    "锦鲤附体",
    "转发了转发了",
    "冲鸭",
    "好运来",
    "中奖体质来",
    "蹲一个",
    "[锦鲤]",
    "求锦鲤",
    "想要！！",
    "万一呢",
    "从来没中过",
    "让我中一次吧",
    "已关注已转发",
    "选我选我",
    "我想要{item}",
    "求好运",
    "一直在等这个",
    "我来了我来了",
    "许愿中奖",
    "锦鲤锦鲤",
    "这次一定是我",
    "支持博主 也想要",
    "参与参与",
]
LIVE_ZH = [
    "{n}号链接多少钱",
    "已拍",
    "拍了拍了",
    "发货快吗",
    "主播讲讲{n}号",
    "{w}斤穿什么码",
    "有没有大码",
    "还有优惠吗",
    "加购了",
    "求返场",
    "上链接",
    "还有库存吗",
    "质量怎么样",
    "刚拍了一单",
    "几号发货",
    "退货包运费吗",
    "主播好漂亮",
    "等了好久了",
    "能便宜点吗",
    "怎么不讲{n}号",
    "已拍已拍",
    "拍了",
    "来了来了",
    "主播今天几点播",
    "福袋什么时候开",
    "老客户了",
    "上次买的很好",
    "链接没了",
]
FAN_ZH = [
    "{star}新作品好好看！",
    "{star}辛苦啦",
    "期待{star}的新作品",
    "{star}永远的神",
    "#{star}新歌# 单曲循环中",
    "{star}今天也好帅",
    "爱你{star}",
    "永远支持{star}",
    "哥哥好帅",
    "姐姐好美",
    "冲鸭{star}",
    "{star}{star}{star}",
    "[心][心][心]",
    "{star}的笑容治愈一切",
    "一起陪{star}走花路",
    "我们{star}最棒",
    "好喜欢{star}的造型",
    "{star}要好好休息哦",
]
STAR_NICK = ["宝宝", "哥哥", "姐姐", "老公", "老婆", "崽崽", "老师", "小太阳", "神仙"]

WATER_ZH = [
    "{prod}我也回购好几次了，真的好用！",
    "已经入手了，{pos}，推荐！",
    "姐妹们冲，这个价格太值了",
    "用了一个月，{pos}",
    "闭眼入不踩雷",
    "终于有人分享这个了，我用了半年了",
    "这个我们办公室人手一个",
    "之前一直纠结，看完果断下单了",
    "{prod}真的绝了，{pos}",
    "刚收到货，{pos}，比想象中还好",
    "被博主种草了，已下单",
    "{prod}是真的{pos}，不是广告",
    "回购无数次了，{pos}",
    "强烈推荐{prod}，{pos}",
    "买了三个送朋友了，都说好",
    "一直在用，{pos}",
    "这个价位找不到更好的了",
    "真心好用，推荐给大家",
    "质量很好，物流也快",
    "跟着博主买的从来没踩过雷",
    "{prod}性价比真的高",
    "身边朋友都在用{prod}",
    "确实不错，{pos}",
    "博主推荐的都靠谱",
    "用过最好的{item}，没有之一",
]
WATER_SWAP = [
    ("真的好用", "确实好用"),
    ("好用", "好使"),
    ("推荐", "安利"),
    ("已经", "早就"),
    ("姐妹们", "宝子们"),
    ("下单", "入手"),
    ("不错", "可以"),
    ("绝了", "太绝了"),
    ("，", "！"),
    ("！", "!!"),
]
AI_ZH = dict(
    open=[
        "真的太喜欢这篇分享了！",
        "看完博主的分享真的收获满满！",
        "不得不说，",
        "作为一个{persona}，",
        "这篇内容真的太用心了！",
        "终于刷到这么实用的内容了！",
        "博主的分享总是这么有质感，",
        "说实话，",
        "这{prod}真的是我今年的宝藏发现，",
        "每次看博主的作品都觉得很治愈，",
        "真心觉得",
        "这真的是我见过最用心的分享之一！",
    ],
    mid=[
        "{prod}的{aspect}非常{adj}，",
        "细节处理得特别到位，",
        "整体{aspect}都很{adj}，",
        "无论是{a}还是{b}都无可挑剔，",
        "不仅{a}出众，而且{b}也很在线，",
        "从{a}到{b}都能看出博主的用心，",
        "每一个细节都恰到好处，",
        "{aspect}和{aspect2}的平衡把握得非常好，",
    ],
    eff=[
        "用了一段时间后明显感觉{effect}。",
        "真心推荐给和我一样的{persona}。",
        "让人忍不住想立刻尝试。",
        "整个人的幸福感都提升了。",
        "完全超出了我的预期。",
        "真正做到了实用与颜值并存。",
        "给人一种非常舒适的感觉。",
    ],
    close=[
        "已经种草了，期待博主更多的分享！✨",
        "总之就是非常值得入手！💕",
        "感谢博主的用心推荐～🌟",
        "果断收藏了，以后就跟着博主买！👍",
        "强烈推荐大家试试！",
        "期待更多优质内容！🥰",
        "真的是宝藏博主！💯",
        "已关注，持续学习中～✨",
        "希望博主继续保持！💪",
        "为博主的用心点赞！👍",
    ],
    persona=[
        "干皮",
        "混油皮",
        "敏感肌",
        "上班族",
        "学生党",
        "宝妈",
        "精致女孩",
        "新手小白",
        "资深吃货",
        "旅行爱好者",
        "数码爱好者",
        "铲屎官",
        "健身小白",
    ],
    aspect=[
        "质地",
        "颜值",
        "包装",
        "性价比",
        "口感",
        "氛围",
        "构图",
        "画质",
        "用料",
        "设计",
        "细节",
        "讲解",
        "节奏",
    ],
    adj=["细腻", "轻薄", "出色", "惊艳", "清爽", "高级", "用心", "温和", "到位", "舒适", "专业"],
    effect=[
        "皮肤状态好了很多",
        "生活品质提升了不少",
        "效率提高了很多",
        "整个人都放松了",
        "心情变好了",
        "省心了不少",
    ],
)


def disguised_contact(r: random.Random, level: float) -> str:
    """A contact handle written to dodge keyword filters."""
    base = r.choice(
        ["xiaomei", "ab", "jj", "tt", "love", "yy", "mm", "kk", "nn", "lily", "abc", "wx", "dd"]
    ) + _digits(r, r.randint(3, 7))
    if level > 0.5:
        ob = []
        for ch in base:
            if ch.isdigit() and r.random() < 0.5:
                ob.append(
                    r.choice(
                        [
                            "①②③④⑤⑥⑦⑧⑨⓪"[int(ch) - 1 if ch != "0" else 9],
                            "０１２３４５６７８９"[int(ch)],
                            "零一二三四五六七八九"[int(ch)],
                        ]
                    )
                )
            else:
                ob.append(ch)
            if r.random() < 0.15:
                ob.append(r.choice([" ", ".", "-", "_"]))
        base = "".join(ob)
    tag = r.choice(LURE_TAGS)
    return r.choice(
        ["{t}：{b}", "{t}:{b}", "{t} {b}", "➕{t}{b}", "{t}❤{b}", "{t}同号{b}", "戳{t}：{b}"]
    ).format(t=tag, b=base)


AI_CAT = {
    "beauty": (
        ["干皮", "混油皮", "敏感肌", "精致女孩", "护肤小白"],
        ["质地", "延展性", "持妆", "成分", "包装", "肤感"],
        ["皮肤状态好了很多", "上脸越来越服帖", "熬夜后也不暗沉了"],
    ),
    "fashion": (
        ["小个子", "梨形身材", "通勤党", "学生党"],
        ["版型", "面料", "剪裁", "配色", "质感", "细节"],
        ["整个人气质都提升了", "出门回头率都变高了", "搭配起来毫不费力"],
    ),
    "food": (
        ["资深吃货", "打工人", "美食爱好者"],
        ["口感", "食材", "摆盘", "火候", "性价比", "环境"],
        ["每一口都很满足", "整个人都被治愈了", "已经迫不及待想去打卡了"],
    ),
    "travel": (
        ["旅行爱好者", "摄影爱好者", "特种兵游客"],
        ["风景", "构图", "攻略", "路线", "色调", "氛围"],
        ["仿佛身临其境一般", "已经开始规划行程了", "心情一下子就变好了"],
    ),
    "tech": (
        ["数码爱好者", "学生党", "打工人"],
        ["做工", "性能", "续航", "外观", "系统", "讲解"],
        ["效率提高了很多", "使用体验提升了不少", "再也不用纠结选哪款了"],
    ),
    "parenting": (
        ["宝妈", "新手妈妈", "二胎妈妈"],
        ["安全性", "材质", "设计", "实用性", "细节"],
        ["带娃轻松了很多", "宝宝也特别喜欢", "省心了不少"],
    ),
    "home": (
        ["租房党", "上班族", "精致生活爱好者"],
        ["设计", "收纳", "质感", "配色", "实用性"],
        ["家里的幸福感都提升了", "整个空间都变得温馨了", "生活品质提升了不少"],
    ),
    "pets": (
        ["铲屎官", "新手猫奴", "养宠人"],
        ["用料", "适口性", "设计", "细节", "安全性"],
        ["主子吃得特别开心", "毛发都变得有光泽了", "省心了不少"],
    ),
    "fitness": (
        ["健身小白", "上班族", "减脂期的姐妹"],
        ["动作", "讲解", "节奏", "强度", "细节"],
        ["坚持下来整个人状态都变好了", "体态改善了很多", "越来越有动力了"],
    ),
    "education": (
        ["考研党", "学生党", "上班族"],
        ["思路", "讲解", "逻辑", "内容", "细节"],
        ["学习效率提高了很多", "思路一下子清晰了", "收获满满"],
    ),
}


def ai_zh(c, r: random.Random, item: str) -> str:
    d = AI_ZH
    prod = (
        "这款" + item
        if c.category in ("beauty", "fashion", "tech", "home", "parenting", "fitness", "pets")
        else r.choice(["这家店", "这个地方", "这期内容", "这个分享", "这个作品"])
    )
    persona, aspects, effects = AI_CAT.get(c.category, (d["persona"], d["aspect"], d["effect"]))
    a, b = r.sample(aspects, 2)
    f = dict(
        persona=r.choice(persona),
        prod=prod,
        aspect=a,
        aspect2=b,
        adj=r.choice(d["adj"]),
        a=a,
        b=b,
        effect=r.choice(effects),
    )
    parts = [r.choice(d["open"])]
    for m in r.sample(d["mid"], r.randint(1, 2)):
        parts.append(m)
    parts.append(r.choice(d["eff"]))
    parts.append(r.choice(d["close"]))
    return "".join(parts).format(**f)


def ai_en(c, r: random.Random) -> str:
    d = EN_AI
    f = dict(
        adj=r.choice(d["adj"]),
        adj2=r.choice(d["adj2"]),
        aspect=r.choice(d["aspect"]),
        verb=r.choice(d["verb"]),
        act=r.choice(d["act"]),
        goal=r.choice(d["goal"]),
        topic=c.category,
    )
    parts = [r.choice(d["open"]), *r.sample(d["mid"], r.randint(1, 2)), r.choice(d["close"])]
    return " ".join(parts).format(**f)


def water_zh(c, r: random.Random, item: str) -> str:
    pool = CAT_ZH.get(c.category, CAT_ZH["lifestyle"])
    prod = "这款" + item if r.random() < 0.6 else item
    t = r.choice(WATER_ZH).format(prod=prod, pos=r.choice(pool["pos"]), item=item)
    for a, b in WATER_SWAP:
        if a in t and r.random() < 0.25:
            t = t.replace(a, b, 1)
    if r.random() < 0.3:
        t += r.choice(
            ["👍", "💕", "[赞]", "！", "～", "[买爆R]" if c.platform == "rednote" else "[强]"]
        )
    return t


EN_WATER = [
    "I've repurchased this {item} like 5 times, it's that good!",
    "Just got mine and it's amazing!",
    "Best {item} I've ever used, no joke",
    "Bought it after this video and no regrets!",
    "This {item} is worth every penny",
    "My whole office uses this now lol",
    "Can confirm, it really works!",
    "Finally someone talking about this {item}!",
    "Ordered two, one for my sister 😍",
    "Not sponsored but this is the best",
    "Game changer honestly",
    "10/10 recommend this {item}",
]
EN_GIVE = [
    "entered! 🤞",
    "would love to win!",
    "pick me!!",
    "done ✅",
    "fingers crossed 🤞🤞",
    "yes please!",
    "this would be a dream",
    "shared!",
    "omg I want this",
    "good luck everyone!",
    "entering 🙏",
    "never win these but here goes",
    "me me me",
    "🤞🤞🤞",
]
EN_LIVE = [
    "how much?",
    "link?",
    "sold!",
    "size M please",
    "does it ship to {c}?",
    "I'm in!",
    "restock pls",
    "what number was that?",
    "got it!",
    "is there a discount code?",
    "bought 2!",
]
EN_FAN = [
    "we love you {star}!!",
    "{star} never misses",
    "the queen is back 👑",
    "{star} deserves the world",
    "streaming all day",
    "{star} 💜💜",
    "protect {star} at all costs",
    "so proud of you {star}",
    "ICON",
]

# ----------------------------------------------------------------------------------------
# bios
# ----------------------------------------------------------------------------------------

BIO_REAL_ZH = [
    "",
    "",
    "",
    "记录生活",
    "爱生活爱美食",
    "95后 | {place}",
    "一枚普通的上班族",
    "ENFP",
    "INFJ",
    "🎓{school}",
    "宝妈一枚",
    "不定期更新",
    "双子座♊",
    "{prov}·{place}",
    "热爱可抵岁月漫长",
    "做自己",
    "快乐就好",
    "干饭第一名",
    "佛系更新",
    "喜欢猫猫狗狗",
    "🏃‍♀️减肥中",
    "摄影爱好者📷",
    "考研人",
    "社恐，勿扰",
    "追星女孩",
    "00后",
    "90后奶爸",
    "只是一个路人",
    "{place}打工人",
    "爱笑的女孩运气不会太差",
    "i人",
    "小学老师",
    "护士一枚",
    "程序员",
    "在{place}上学",
    "喜欢就关注",
    "谢绝推销",
]
BIO_ELDER_ZH = [
    "平安是福",
    "知足常乐",
    "家和万事兴",
    "健康快乐每一天",
    "笑对人生",
    "退休生活，快乐每一天",
    "感恩遇见",
    "好好活着",
    "儿孙满堂",
    "广场舞爱好者",
    "种菜养花",
    "",
]
BIO_POD_ZH = [
    "互关必回",
    "有关必回🤝",
    "互粉互赞",
    "回关秒回",
    "互赞互评",
    "一起涨粉",
    "新人求关注 互关",
    "关注我 我必回关",
    "互助互赞",
    "诚信互关 不取关",
]
BIO_FARM_ZH = [
    "",
    "",
    "",
    "",
    "人生若只如初见",
    "岁月静好",
    "做最好的自己",
    "一切都会好起来的",
    "简单就好",
    "心若向阳 无畏悲伤",
    "愿你被这个世界温柔以待",
    "生活明朗 万物可爱",
]
BIO_MATRIX_ZH = [
    "好物分享官",
    "分享好物 记录生活",
    "护肤小白成长记",
    "平价好物分享",
    "宝藏好物不私藏",
    "真实测评 不恰烂饭",
    "日常种草机",
    "记录生活的小美好",
    "学生党平价好物",
    "宝妈好物分享",
]
BIO_LOTTERY_ZH = [
    "锦鲤附体",
    "中奖绝缘体",
    "只转抽奖",
    "好运来",
    "非酋求欧",
    "转发锦鲤",
    "抽奖专用号",
    "万一中了呢",
]
BIO_FAN_ZH = [
    "只为{star}",
    "{star}的小太阳",
    "永远爱{star}",
    "{star}一生推",
    "数据女工",
    "{star}唯粉",
    "陪{star}走花路",
]
BIO_REAL_EN = [
    "",
    "",
    "",
    "☕ + 📚",
    "mom of 2",
    "living my best life",
    "NYC",
    "LA 🌴",
    "dog mom 🐶",
    "she/her",
    "coffee addict",
    "student",
    "🇵🇭",
    "🇧🇷",
    "just vibes",
    "photographer",
    "gym rat",
    "nurse 💉",
    "teacher",
    "gamer",
    "Jesus ✝️",
    "travel lover ✈️",
    "it is what it is",
]
BIO_BOT_EN = [
    "",
    "",
    "",
    "",
    "Follow for follow",
    "Love life ❤️",
    "DM for promo",
    "Living free",
    "💯",
]
BIO_POD_EN = [
    "f4f | l4l",
    "follow back 💯",
    "Growing together 🌱",
    "Engagement group member",
    "Support small creators 🙌",
    "always follow back",
    "comment for comment",
]


def _bio_zh(r, pool):
    return r.choice(pool).format(
        place=r.choice(PLACES), school=r.choice(SCHOOLS), prov=r.choice(PROVINCES)
    )


# ----------------------------------------------------------------------------------------
# the simulator of one creator
# ----------------------------------------------------------------------------------------

ZH_MIX_BASE = {
    "react": 0.15,
    "praise": 0.17,
    "question": 0.14,
    "exp": 0.10,
    "meme": 0.06,
    "mention": 0.06,
    "checkin": 0.04,
    "sticker": 0.05,
    "emoji": 0.03,
    "critique": 0.05,
    "regional": 0.03,
    "relation": 0.06,
    "long": 0.06,
}
ZH_MIX_PLAT = {
    "rednote": {"question": 0.21, "mention": 0.08, "sticker": 0.06, "exp": 0.13},
    "douyin": {"mention": 0.10, "react": 0.19, "sticker": 0.07},
    "kuaishou": {
        "regional": 0.12,
        "checkin": 0.07,
        "sticker": 0.07,
        "critique": 0.03,
        "long": 0.03,
    },
    "bilibili": {"checkin": 0.09, "meme": 0.10, "long": 0.09, "sticker": 0.04},
    "weibo": {"critique": 0.08, "meme": 0.08, "relation": 0.08},
    "wechat_channels": {
        "praise": 0.22,
        "sticker": 0.10,
        "relation": 0.08,
        "mention": 0.02,
        "meme": 0.02,
    },
}
EN_MIX_BASE = {
    "react": 0.2,
    "praise": 0.2,
    "question": 0.13,
    "exp": 0.1,
    "mention": 0.1,
    "emoji": 0.07,
    "critique": 0.04,
    "relation": 0.07,
    "long": 0.04,
    "local": 0.05,
}
EN_MIX_PLAT = {
    "tiktok": {"react": 0.26, "mention": 0.14, "long": 0.02},
    "youtube": {"long": 0.1, "exp": 0.14, "mention": 0.02, "question": 0.16},
    "instagram": {"emoji": 0.12, "praise": 0.24},
}
CAT_WORD_ZH = {
    "beauty": "美妆",
    "fashion": "穿搭",
    "food": "探店",
    "travel": "旅行",
    "parenting": "育儿",
    "fitness": "健身",
    "tech": "数码",
    "gaming": "游戏",
    "pets": "养宠",
    "home": "家居",
    "education": "学习",
    "comedy": "搞笑",
    "rural": "农村生活",
    "lifestyle": "日常",
    "finance": "理财",
    "music": "音乐",
    "dance": "舞蹈",
    "auto": "聊车",
    "photography": "摄影",
}
FORMATS = {
    "douyin": {"video": 0.85, "image": 0.15},
    "kuaishou": {"video": 0.95, "image": 0.05},
    "rednote": {"image": 0.7, "video": 0.3},
    "weibo": {"text": 0.35, "image": 0.45, "video": 0.2},
    "bilibili": {"video": 0.95, "text": 0.05},
    "wechat_channels": {"video": 0.92, "image": 0.08},
    "instagram": {"image": 0.5, "video": 0.5},
    "tiktok": {"video": 0.95, "image": 0.05},
    "youtube": {"video": 1.0},
}


class Sim:
    def __init__(self, seed: int, i: int):
        s = int(seed) & 0xFFFFFFFF
        self.nr = np.random.default_rng(np.random.SeedSequence([s, int(i) & 0xFFFFFFFF, 0x51EB]))
        st = np.random.SeedSequence([s, int(i) & 0xFFFFFFFF, 0x9E37]).generate_state(2, np.uint32)
        self.r = random.Random((int(st[0]) << 32) | int(st[1]))
        self.seed, self.i = seed, i

    # ------------------------------------------------------------------ set-up
    def choose_archetype(self):
        r = self.r
        self.label = 1 if r.random() < 0.5 else 0
        self.events = []
        if self.label == 0:
            self.arch = _wchoice(r, GENUINE_ARCH)
            self.comp = []
            ev = {
                "viral_post": "viral",
                "giveaway": "giveaway",
                "shoutout": "shoutout",
                "platform_purge": "purge",
                "paid_promotion": "promo",
                "livestream_seller": "live",
                "dormant_return": "dormant",
            }.get(self.arch)
            if ev:
                self.events.append(ev)
            if self.arch.startswith("ordinary") or self.arch == "celebrity_low_er":
                for e, p in (
                    ("viral", 0.05),
                    ("giveaway", 0.04),
                    ("promo", 0.05),
                    ("shoutout", 0.03),
                ):
                    if r.random() < p:
                        self.events.append(e)
        else:
            a = _wchoice(r, FRAUD_ARCH)
            comps = list(_wchoice(r, COMBOS)) if a == "combo" else [a]
            self.comp = [x for x in COMPONENT_ORDER if x in comps]
            self.arch = "combo:" + "+".join(self.comp) if a == "combo" else a
            for e, p in (
                ("viral", 0.08),
                ("giveaway", 0.05),
                ("promo", 0.05),
                ("shoutout", 0.03),
                ("purge", 0.03),
            ):
                if r.random() < p:
                    self.events.append(e)
        i0 = r.betavariate(1.2, 1.8)
        self.I = {c: _clip(i0 + r.gauss(0, 0.1), 0.02, 1.0) for c in self.comp}
        self.i0 = i0

    def choose_platform(self):
        r = self.r
        w = dict(PLATFORM_W)
        a = self.arch
        special = {
            "celebrity_low_er": {
                "weibo": 0.3,
                "douyin": 0.15,
                "instagram": 0.2,
                "youtube": 0.1,
                "tiktok": 0.1,
                "bilibili": 0.05,
                "rednote": 0.05,
                "kuaishou": 0.05,
            },
            "giveaway": {
                "weibo": 0.28,
                "rednote": 0.15,
                "douyin": 0.1,
                "instagram": 0.2,
                "tiktok": 0.05,
                "youtube": 0.05,
                "bilibili": 0.1,
                "wechat_channels": 0.04,
                "kuaishou": 0.03,
            },
            "platform_purge": {
                "weibo": 0.35,
                "instagram": 0.3,
                "douyin": 0.1,
                "rednote": 0.08,
                "tiktok": 0.1,
                "bilibili": 0.07,
            },
            "livestream_seller": {
                "douyin": 0.45,
                "kuaishou": 0.33,
                "tiktok": 0.1,
                "wechat_channels": 0.12,
            },
            "paid_promotion": {
                "douyin": 0.3,
                "rednote": 0.2,
                "kuaishou": 0.1,
                "wechat_channels": 0.05,
                "instagram": 0.15,
                "tiktok": 0.15,
                "bilibili": 0.05,
            },
        }
        if a in special:
            w = special[a]
        for c in self.comp:
            if c == "lure_spam":
                w = {
                    "rednote": 0.25,
                    "douyin": 0.25,
                    "weibo": 0.1,
                    "kuaishou": 0.1,
                    "wechat_channels": 0.05,
                    "bilibili": 0.05,
                    "instagram": 0.12,
                    "tiktok": 0.08,
                }
            elif c == "suren_koc_network":
                w = {
                    "rednote": 0.6,
                    "douyin": 0.2,
                    "weibo": 0.1,
                    "bilibili": 0.05,
                    "wechat_channels": 0.05,
                }
            elif c == "bought_views":
                w = {
                    "bilibili": 0.2,
                    "douyin": 0.15,
                    "kuaishou": 0.15,
                    "youtube": 0.15,
                    "tiktok": 0.15,
                    "instagram": 0.1,
                    "weibo": 0.1,
                }
            elif c == "mutual_boost_group":
                w = {
                    "rednote": 0.25,
                    "douyin": 0.15,
                    "weibo": 0.1,
                    "bilibili": 0.05,
                    "kuaishou": 0.05,
                    "instagram": 0.3,
                    "tiktok": 0.1,
                }
            elif c == "follow_unfollow_churn":
                w = {k: v for k, v in w.items() if k not in ("youtube", "wechat_channels")}
        self.platform = _wchoice(r, w)

    def setup_basics(self):
        r, p = self.r, self.platform
        self.zh_platform = p in ZH_PLATFORMS
        if self.zh_platform:
            self.p_zh = 1.0
        else:
            self.p_zh = 0.6 if r.random() < 0.07 else 0.0
        # category
        cats = ZH_CAT_BY_PLATFORM.get(p, EN_CATS) if self.zh_platform or self.p_zh > 0 else EN_CATS
        if "lure_spam" in self.comp:
            cats = {
                "education": 0.35,
                "finance": 0.25,
                "lifestyle": 0.2,
                "fashion": 0.1,
                "beauty": 0.1,
            }
        elif "suren_koc_network" in self.comp:
            cats = {"beauty": 0.35, "fashion": 0.15, "home": 0.15, "food": 0.15, "parenting": 0.2}
        elif self.arch == "livestream_seller":
            cats = (
                {"fashion": 0.3, "food": 0.25, "beauty": 0.2, "rural": 0.15, "home": 0.1}
                if self.zh_platform
                else {"fashion": 0.4, "beauty": 0.3, "home": 0.3}
            )
        elif self.arch == "celebrity_low_er":
            cats = {"music": 0.35, "lifestyle": 0.25, "fashion": 0.2, "comedy": 0.2}
        self.category = _wchoice(r, cats)
        if not self.zh_platform and self.category not in CAT_EN:
            self.category = "lifestyle"
        if self.zh_platform:
            self.country = _wchoice(r, {"CN": 0.94, "HK": 0.02, "TW": 0.02, "MY": 0.01, "SG": 0.01})
        else:
            self.country = _wchoice(r, EN_COUNTRIES)
        self.region = r.choice(list(REGIONAL)) if r.random() < 0.4 else None
        # size
        if self.arch == "tiny_koc":
            self.tier = "koc" if r.random() < 0.3 else "nano"
            F = _logu(r, 150, 3000)
        else:
            tw = {
                "ordinary_nano": {"nano": 1},
                "ordinary_koc": {"koc": 1},
                "ordinary_micro": {"micro": 1},
                "ordinary_mid": {"mid": 1},
                "ordinary_macro": {"macro": 1},
                "viral_post": {"nano": 0.25, "koc": 0.4, "micro": 0.3, "mid": 0.05},
                "giveaway": {"koc": 0.3, "micro": 0.45, "mid": 0.2, "macro": 0.05},
                "shoutout": {"nano": 0.25, "koc": 0.45, "micro": 0.3},
                "platform_purge": {"koc": 0.15, "micro": 0.35, "mid": 0.35, "macro": 0.15},
                "celebrity_low_er": {"macro": 0.35, "celeb": 0.65},
                "paid_promotion": {"nano": 0.1, "koc": 0.45, "micro": 0.4, "mid": 0.05},
                "livestream_seller": {"koc": 0.1, "micro": 0.45, "mid": 0.35, "macro": 0.1},
                "dormant_return": {"koc": 0.35, "micro": 0.45, "mid": 0.2},
            }.get(self.arch, {"nano": 0.08, "koc": 0.36, "micro": 0.35, "mid": 0.16, "macro": 0.05})
            if "suren_koc_network" in self.comp:
                tw = {"nano": 0.25, "koc": 0.65, "micro": 0.1}
            if "lure_spam" in self.comp:
                tw = {"nano": 0.2, "koc": 0.5, "micro": 0.3}
            if "follow_unfollow_churn" in self.comp:
                tw = {"nano": 0.2, "koc": 0.5, "micro": 0.3}
            if "mutual_boost_group" in self.comp:
                tw = {"nano": 0.15, "koc": 0.5, "micro": 0.3, "mid": 0.05}
            self.tier = _wchoice(r, tw)
            a, b = TIERS[self.tier]
            F = _logu(r, a, b)
        self.F_end_org = F
        # dates
        self.as_of_date = date(2024, 3, 1) + timedelta(days=r.randint(0, 640))
        self.as_sec = r.randint(8 * 3600, 23 * 3600 + 3000)
        tz = TZ8 if (self.zh_platform or self.p_zh > 0) else TZ0
        self.tz = tz
        self.as_of = datetime(
            self.as_of_date.year, self.as_of_date.month, self.as_of_date.day, tzinfo=tz
        ) + timedelta(seconds=self.as_sec)
        self.D = r.randint(90, 365)
        # comment style mixes
        zm = dict(ZH_MIX_BASE)
        zm.update(ZH_MIX_PLAT.get(p, {}))
        self.zh_mix = {k: v * math.exp(r.gauss(0, 0.3)) for k, v in zm.items()}
        em = dict(EN_MIX_BASE)
        em.update(EN_MIX_PLAT.get(p, {}))
        if self.country not in EN_LOCAL:
            em["local"] = 0.0
        self.en_mix = {k: v * math.exp(r.gauss(0, 0.3)) for k, v in em.items()}
        base_reply = {
            "nano": 0.25,
            "koc": 0.18,
            "micro": 0.08,
            "mid": 0.03,
            "macro": 0.01,
            "celeb": 0.003,
        }[self.tier]
        self.reply_rate = base_reply * r.uniform(0.1, 1.8) * (1.3 if self.zh_platform else 1.0)
        if "lure_spam" in self.comp or "suren_koc_network" in self.comp:
            self.reply_rate = r.uniform(0.15, 0.45)
        # engagement rates for this creator
        pp = PLAT[p]
        self.rr = _logu(r, *pp["rr"])
        self.lr = _logu(r, *pp["lr"])
        self.cpl = _logu(r, *pp["cpl"])
        self.spl = _logu(r, *pp["spl"]) if pp["spl"][1] > 0 else 0.0
        self.shl = _logu(r, *pp["shl"]) if pp["shl"][1] > 0 else 0.0
        self.sig = r.uniform(*pp["sig"])
        self.q = math.exp(r.gauss(0, 0.35))
        if self.arch == "celebrity_low_er":
            self.rr *= r.uniform(0.04, 0.25)
        self.coin_r = _logu(r, 0.1, 0.5)
        self.dm_r = _logu(r, 0.002, 0.015)
        self.views_shown = r.random() < pp["vshow"]
        if "bought_views" in self.comp and pp["vshow"] > 0:
            self.views_shown = r.random() < 0.9
        self.star = (
            (r.choice(SURNAMES) + "".join(r.choice(GIVEN) for _ in range(r.choice([1, 2, 2]))))
            if self.zh_platform
            else r.choice(EN_FIRST).capitalize()
        )
        self.regulars = [self.audience_name(r, fresh=True) for _ in range(r.randint(5, 40))]
        self.p_regular = (
            r.uniform(0.05, 0.3) if self.tier in ("nano", "koc", "micro") else r.uniform(0.0, 0.06)
        )
        # data availability (independent of the label)
        self.has_history = r.random() < 0.72
        self.hist_mode = _wchoice(r, {"daily": 0.75, "gappy": 0.15, "weekly": 0.10})
        self.has_sample = r.random() < (0.35 if p == "youtube" else 0.64)
        self.has_comments = r.random() < 0.97
        self.sample_fields = {
            "id": r.random() < 0.7,
            "created_at": r.random() < (0.8 if p == "weibo" else 0.55),
            "last_post_at": r.random() < 0.7,
            "bio": r.random() < 0.9,
            "has_avatar": r.random() < 0.95,
            "verified": r.random() < 0.85,
            "has_url": r.random() < 0.5,
            "display_name": r.random() < 0.6,
        }

    def audience_name(self, r, fresh=False, persona=None) -> str:
        if not fresh and self.regulars and r.random() < self.p_regular:
            return r.choice(self.regulars)
        p = self.platform
        if self.zh_platform:
            if persona is None:
                persona = _wchoice(r, self._persona_mix())
            style = {
                "lurker": "default" if r.random() < 0.55 else "normal",
                "active": "normal",
                "student": "student" if r.random() < 0.6 else "cute",
                "mom": "mom" if r.random() < 0.75 else "cute",
                "elder": "elder" if r.random() < 0.85 else "poetic",
                "creator": "cute",
            }[persona]
            if p == "bilibili" and style == "normal" and r.random() < 0.5:
                style = "bili"
            if p == "wechat_channels" and style == "normal" and r.random() < 0.12:
                style = "business"
            return zh_name(r, style, p)
        if persona == "lurker" and r.random() < 0.4:
            return en_name(r, "default", p)[0]
        return en_name(r, "normal", p)[0]

    def _persona_mix(self):
        return {
            "douyin": {
                "lurker": 0.42,
                "active": 0.3,
                "student": 0.1,
                "mom": 0.07,
                "elder": 0.08,
                "creator": 0.03,
            },
            "kuaishou": {
                "lurker": 0.38,
                "active": 0.27,
                "student": 0.05,
                "mom": 0.08,
                "elder": 0.2,
                "creator": 0.02,
            },
            "rednote": {
                "lurker": 0.3,
                "active": 0.35,
                "student": 0.15,
                "mom": 0.14,
                "elder": 0.01,
                "creator": 0.05,
            },
            "weibo": {
                "lurker": 0.35,
                "active": 0.4,
                "student": 0.12,
                "mom": 0.05,
                "elder": 0.03,
                "creator": 0.05,
            },
            "bilibili": {
                "lurker": 0.35,
                "active": 0.38,
                "student": 0.22,
                "mom": 0.01,
                "elder": 0.01,
                "creator": 0.03,
            },
            "wechat_channels": {
                "lurker": 0.3,
                "active": 0.32,
                "student": 0.03,
                "mom": 0.1,
                "elder": 0.22,
                "creator": 0.03,
            },
        }.get(
            self.platform,
            {
                "lurker": 0.35,
                "active": 0.5,
                "student": 0.05,
                "mom": 0.05,
                "elder": 0.02,
                "creator": 0.03,
            },
        )

    # ------------------------------------------------------------------ posts schedule
    def schedule_posts(self):
        r = self.r
        p = self.platform
        if self.arch == "tiny_koc":
            n = r.randint(10, 14)
        else:
            n = 10 + int(round(50 * r.betavariate(1.4, 2.2)))  # noqa: RUF046
        fmed = {"nano": 0.18, "koc": 0.3, "micro": 0.45, "mid": 0.6, "macro": 0.7, "celeb": 0.4}[
            self.tier
        ]
        fmed *= {
            "douyin": 1.3,
            "kuaishou": 1.4,
            "tiktok": 1.3,
            "weibo": 1.6,
            "youtube": 0.35,
            "bilibili": 0.45,
            "rednote": 1.0,
            "wechat_channels": 1.0,
            "instagram": 0.8,
        }[p]
        if self.arch == "tiny_koc":
            fmed *= 0.5
        freq = _ln(r, fmed, 0.6)
        span = _clip(n / freq, 8.0, 700.0)
        offs = sorted(r.uniform(0.0, span) for _ in range(n))
        if "dormant" in self.events:
            ret = r.uniform(5, 60)
            gap = r.uniform(60, 200)
            k_after = r.randint(3, min(10, n - 3))
            after = sorted(r.uniform(0, ret) for _ in range(k_after))
            before_span = max(10.0, span * 0.6)
            before = sorted(ret + gap + r.uniform(0, before_span) for _ in range(n - k_after))
            offs = after + before
            self.dormant = (ret, ret + gap)
        # post datetimes
        zh = self.zh_platform
        posts = []
        used = set()
        for o in offs:
            db = int(o)
            if zh:
                h = _wchoice(
                    r,
                    (
                        (r.uniform(7, 10), 0.15),
                        (r.uniform(11.5, 13.5), 0.2),
                        (r.uniform(17.5, 23.7), 0.55),
                        (r.uniform(0, 24), 0.1),
                    ),
                )
            else:
                h = _wchoice(
                    r,
                    (
                        (r.uniform(10, 15), 0.35),
                        (r.uniform(15, 23.5), 0.5),
                        (r.uniform(0, 24), 0.15),
                    ),
                )
            if db == 0 and h * 3600 > self.as_sec - 1800:
                db = 1
            key = (db, int(h * 60))
            while key in used:
                h = (h + 0.37) % 24
                key = (db, int(h * 60))
            used.add(key)
            t = -db * 86400 + h * 3600 - self.as_sec
            posts.append({"t": t, "db": db})
        posts.sort(key=lambda x: -x["t"])  # most recent first
        self.L = max(self.D, int(max(pp["db"] for pp in posts)) + 10)
        for pp in posts:
            pp["idx"] = self.L - 1 - pp["db"]
        # sponsorship, format, topic, performance multiplier
        sp_rate = {
            "nano": 0.03,
            "koc": 0.12,
            "micro": 0.22,
            "mid": 0.28,
            "macro": 0.25,
            "celeb": 0.2,
        }[self.tier] * r.uniform(0.2, 1.6)
        if "suren_koc_network" in self.comp:
            sp_rate = r.uniform(0.5, 0.85)
        pool = (
            CAT_ZH.get(self.category, CAT_ZH["lifestyle"])
            if (zh or self.p_zh)
            else CAT_EN.get(self.category, CAT_EN["lifestyle"])
        )
        fm = FORMATS[p]
        for pp in posts:
            pp["sponsored"] = r.random() < sp_rate
            pp["format"] = _wchoice(r, fm)
            pp["item"] = r.choice(pool["items"])
            m = math.exp(self.nr.normal(0, self.sig))
            if r.random() < 0.03:
                m *= r.uniform(3, 10)
            if pp["sponsored"]:
                m *= r.uniform(0.45, 0.95)
            pp["m"] = m
            pp["live"] = False
        if "water_army" in self.comp and not any(pp["sponsored"] for pp in posts):
            for pp in r.sample(posts, min(len(posts), r.randint(1, 3))):
                pp["sponsored"] = True
        if self.arch == "livestream_seller":
            for pp in posts:
                if r.random() < r.uniform(0.2, 0.4):
                    pp["live"] = True
                    pp["format"] = "live"
        self.posts = posts
        self.span = span

    # ------------------------------------------------------------------ follower history
    def _kernel_add(self, arr, day, total, tau, length=30):
        if total <= 0:
            return
        L = len(arr)
        d0 = int(day)
        if d0 >= L:
            return
        ks = np.arange(length)
        k = np.exp(-ks / max(tau, 0.2))
        k /= k.sum()
        lo = max(d0, 0)
        hi = min(d0 + length, L)
        if hi <= lo:
            return
        arr[lo:hi] += total * k[lo - d0 : hi - d0]

    def _spread(self, arr, day, total, days):
        days = max(1, int(days))
        w = np.array([self.r.uniform(0.5, 1.5) for _ in range(days)])
        w /= w.sum()
        for k in range(days):
            d = int(day) + k
            if 0 <= d < len(arr):
                arr[d] += total * w[k]

    def _in_window_day(self, lo_pad=5, hi_pad=3):
        lo = self.L - self.D + lo_pad
        hi = self.L - 1 - hi_pad
        return self.r.randint(lo, max(lo, hi))

    def simulate_history(self):
        r, nr = self.r, self.nr
        L = self.L
        Fe = self.F_end_org
        stage = _wchoice(
            r,
            {
                "nano": {"rise": 0.55, "steady": 0.35, "decl": 0.1},
                "koc": {"rise": 0.5, "steady": 0.4, "decl": 0.1},
                "micro": {"rise": 0.4, "steady": 0.45, "decl": 0.15},
                "mid": {"rise": 0.3, "steady": 0.5, "decl": 0.2},
                "macro": {"rise": 0.2, "steady": 0.55, "decl": 0.25},
                "celeb": {"rise": 0.15, "steady": 0.6, "decl": 0.25},
            }[self.tier],
        )
        if "dormant" in self.events:
            stage = "decl"
        yrs = L / 365.0
        rise = {
            "nano": (0.3, 3.0),
            "koc": (0.3, 2.5),
            "micro": (0.2, 1.5),
            "mid": (0.1, 0.8),
            "macro": (0.05, 0.4),
            "celeb": (0.03, 0.25),
        }[self.tier]
        g = {
            "rise": r.uniform(*rise) * yrs,
            "steady": r.uniform(0.02, 0.25) * yrs,
            "decl": -r.uniform(0.02, 0.15) * yrs,
        }[stage]
        g = max(g, -0.5)
        Fs = Fe / (1 + g)
        u = r.uniform(0.0002, 0.0012) * (1.6 if self.platform in ("weibo", "instagram") else 1.0)
        k = np.arange(L)
        F_lin = Fs + (Fe - Fs) * k / max(1, L - 1)
        loss_lam = u * F_lin
        wk = np.exp(nr.normal(0, 0.35, L))
        dow = np.array(
            [(self.as_of_date - timedelta(days=L - 1 - j)).weekday() for j in range(0, L)]
        )
        wk *= np.where(dow >= 5, 1.12, 1.0)
        a = r.uniform(-0.8, 1.5) if stage == "rise" else r.uniform(-0.5, 0.5)
        wk *= np.exp(a * k / L)
        post_imp = np.zeros(L)
        for pp in self.posts:
            self._kernel_add(post_imp, pp["idx"], pp["m"], r.uniform(0.7, 1.6), 10)
        if "dormant" in self.events:
            lo = L - 1 - int(self.dormant[1])
            hi = L - 1 - int(self.dormant[0])
            wk[max(lo, 0) : max(hi, 0)] *= 0.1
        G = (Fe - Fs) + loss_lam.sum()
        minG = 0.25 * loss_lam.sum()
        if minG > G:
            loss_lam *= ((Fs - Fe) + minG) / max(loss_lam.sum(), 1e-9)
            G = minG
        phi = r.uniform(0.35, 0.85) if post_imp.sum() > 0 else 0.0
        gain_lam = (1 - phi) * G * wk / wk.sum()
        if phi > 0:
            gain_lam += phi * G * post_imp / post_imp.sum()
        ev_g = np.zeros(L)
        ev_l = np.zeros(L)
        self.ev_info: dict[str, Any] = {}
        if "viral" in self.events:
            cand = [j for j, pp in enumerate(self.posts) if L - self.D + 5 <= pp["idx"] <= L - 3]
            if not cand or r.random() < 0.1:
                cand = list(range(len(self.posts)))
            j = r.choice(cand)
            pp = self.posts[j]
            boost = _logu(r, 15, 150)
            pp["m"] *= boost
            pp["viral"] = True
            Fj = F_lin[max(0, pp["idx"])]
            est = (PLAT[self.platform]["base"] + Fj * self.rr) * self.q * pp["m"]
            gv = est * r.uniform(0.002, 0.015)
            self._kernel_add(ev_g, pp["idx"], gv, r.uniform(1.5, 5), 40)
            self.ev_info["viral"] = j
        if "giveaway" in self.events:
            cand = [
                j
                for j, pp in enumerate(self.posts)
                if L - self.D + 5 <= pp["idx"] <= L - 9 and not pp.get("viral")
            ]
            if not cand:
                cand = [j for j, pp in enumerate(self.posts) if not pp.get("viral")] or [0]
            j = r.choice(cand)
            pp = self.posts[j]
            pp["give"] = True
            pp["m"] *= r.uniform(2, 6)
            d = pp["idx"]
            Fd = F_lin[max(0, d)]
            gg = Fd * (r.uniform(0.1, 0.6) if Fd < 1e5 else r.uniform(0.02, 0.15))
            self._kernel_add(ev_g, d, gg, r.uniform(1, 3), 8)
            draw = d + r.randint(5, 10)
            self._kernel_add(ev_l, draw, gg * r.uniform(0.2, 0.5), r.uniform(2, 8), 25)
            self.ev_info["giveaway"] = (j, gg)
        if "shoutout" in self.events:
            d = self._in_window_day()
            Fd = F_lin[d]
            gs = Fd * (r.uniform(0.15, 1.2) if Fd < 1e5 else r.uniform(0.02, 0.2))
            self._kernel_add(ev_g, d, gs, r.uniform(0.7, 2.5), 20)
            self.ev_info["shoutout"] = d
        if "purge" in self.events:
            d = self._in_window_day()
            frac = r.uniform(0.02, 0.15)
            self._spread(ev_l, d, F_lin[d] * frac, r.choice([1, 1, 2]))
            self.ev_info["purge"] = (d, frac)
        if "promo" in self.events:
            cand = list(range(len(self.posts)))
            js = r.sample(cand, min(len(cand), r.randint(1, 4)))
            for j in js:
                pp = self.posts[j]
                pp["promo"] = _logu(r, 5, 30)
                est = (
                    (PLAT[self.platform]["base"] + F_lin[max(0, pp["idx"])] * self.rr)
                    * self.q
                    * pp["m"]
                    * (pp["promo"] - 1)
                )
                self._kernel_add(ev_g, pp["idx"], est * r.uniform(0.0005, 0.003), 1.2, 8)
        if "live" in self.events:
            for pp in self.posts:
                if pp["live"]:
                    self._kernel_add(
                        ev_g, pp["idx"], F_lin[max(0, pp["idx"])] * r.uniform(0.002, 0.02), 0.6, 5
                    )
        if "dormant" in self.events:
            d = L - 1 - int(self.dormant[0])
            self._kernel_add(ev_g, d, Fe * r.uniform(0.05, 0.3), r.uniform(1, 4), 20)
        gains = nr.poisson(np.maximum(gain_lam + ev_g, 0))
        losses = nr.poisson(np.maximum(loss_lam + ev_l, 0))
        F_org = Fs + np.cumsum(gains - losses)
        self.F_org = np.maximum(np.round(F_org), 0).astype(np.int64)
        # organic following
        fol0 = _ln(
            r,
            {"nano": 180, "koc": 250, "micro": 300, "mid": 250, "macro": 150, "celeb": 80}[
                self.tier
            ],
            0.9,
        )
        adds = nr.poisson(_ln(r, 0.25, 0.8), L).astype(float)
        if r.random() < 0.15:
            d = r.randint(0, L - 1)
            adds[d] -= fol0 * r.uniform(0.1, 0.4)
        self.following = np.maximum(np.round(fol0 + np.cumsum(adds)), 0)
        self.stage = stage
        # inorganic follower arrays (realised later)
        self.inorg = {}  # kind -> (gain_lam, loss_lam)

    # ------------------------------------------------------------------ follower fraud
    def _realise(self, name, g, lam_loss):
        gains = self.nr.poisson(np.maximum(g, 0))
        losses = self.nr.poisson(np.maximum(lam_loss, 0))
        cum = np.maximum(np.cumsum(gains - losses), 0)
        self.groups[name] = self.groups.get(name, 0) + cum

    def _bought_kind(self, mode, inten):
        r = self.r
        if mode == "burst":
            return _wchoice(
                r,
                {"bot_cheap": 0.7, "bot_mid": 0.3}
                if inten > 0.5
                else {"bot_cheap": 0.3, "bot_mid": 0.5, "premium": 0.2},
            )
        if mode == "drip":
            return _wchoice(r, {"bot_mid": 0.6, "bot_cheap": 0.2, "premium": 0.2})
        return _wchoice(r, {"premium": 0.55, "task": 0.3, "bot_mid": 0.15})

    def apply_follower_fraud(self):
        r, nr = self.r, self.nr
        L, Fe = self.L, self.F_end_org
        self.groups: dict[str, Any] = {}
        self.fol_extra = np.zeros(L)
        comp = self.comp
        self.fraud_days = []
        burst = "bought_followers_burst" in comp
        lure_buy = (
            "lure_spam" in comp
            and not any(c.startswith("bought_followers") for c in comp)
            and r.random() < 0.6
        )
        if burst or lure_buy:
            inten = self.I.get("bought_followers_burst", self.I.get("lure_spam", 0.3) * 0.5)
            tot = Fe * (0.06 + 3.0 * inten**2) * math.exp(r.gauss(0, 0.2))
            n_orders = 1 + min(4, int(nr.poisson(inten * 2.5)))
            sizes = nr.dirichlet(np.ones(n_orders) * 2.0) * tot
            win_posts = [pp["idx"] for pp in self.posts if L - self.D + 3 <= pp["idx"] <= L - 3]
            for s in sizes:
                s = _package(s) * r.uniform(1.0, 1.1)
                kind = self._bought_kind("burst", inten)
                if r.random() < 0.85:
                    d = self._in_window_day(3, 2)
                else:
                    d = r.randint(max(0, L - self.D - 90), max(0, L - self.D - 1))
                if inten < 0.4 and win_posts and r.random() < 0.4:
                    d = min(L - 1, r.choice(win_posts) + r.randint(0, 1))
                dd = r.randint(1, 2) if inten > 0.5 else r.randint(2, 10)
                g = np.zeros(L)
                lo = np.zeros(L)
                self._spread(g, d, s, dd)
                drop = s * r.uniform(0.05, 0.35)
                self._kernel_add(lo, d + dd, drop, r.uniform(5, 25), 60)
                if r.random() < 0.4:  # 补粉 refill
                    self._spread(
                        g, d + dd + r.randint(7, 20), drop * r.uniform(0.5, 1.0), r.randint(1, 2)
                    )
                self._realise(kind, g, lo)
                self.fraud_days.append(d)
        if "bought_followers_drip" in comp or "suren_koc_network" in comp:
            inten = self.I.get("bought_followers_drip", self.I.get("suren_koc_network", 0.3))
            tot = (
                Fe * (0.1 + 2.0 * inten**2)
                if "bought_followers_drip" in comp
                else Fe * (0.1 + 1.0 * inten)
            )
            W = r.randint(30, max(31, min(L - 5, 240)))
            end = (
                L - 1 if r.random() < 0.5 else r.randint(min(L - 1, L - self.D + W // 2 + 1), L - 1)
            )
            start = max(0, end - W + 1)
            W = end - start + 1
            s = r.uniform(0.05, 0.25) if inten > 0.3 else r.uniform(0.25, 0.6)
            g = np.zeros(L)
            ramp = (
                np.linspace(r.uniform(0.6, 1.0), r.uniform(1.0, 1.5), W)
                if inten < 0.3
                else np.ones(W)
            )
            g[start : end + 1] = tot / W * ramp * np.exp(nr.normal(0, s, W))
            lo = np.cumsum(g) * r.uniform(0.0005, 0.003)
            self._realise(self._bought_kind("drip", inten), g, lo)
            self.fraud_days.append(start)
        if "bought_followers_premium" in comp:
            inten = self.I["bought_followers_premium"]
            tot = Fe * (0.08 + 1.2 * inten**2)
            g = np.zeros(L)
            if r.random() < 0.6:
                W = r.randint(20, max(21, min(L - 5, 150)))
                end = L - 1 - r.randint(0, 20)
                start = max(0, end - W + 1)
                g[start : end + 1] = (
                    tot
                    / (end - start + 1)
                    * np.exp(nr.normal(0, r.uniform(0.15, 0.5), end - start + 1))
                )
                self.fraud_days.append(start)
            else:
                nb = r.randint(2, 5)
                for s in nr.dirichlet(np.ones(nb) * 2) * tot:
                    d = self._in_window_day(3, 2)
                    self._spread(g, d, s, r.randint(3, 7))
                    self.fraud_days.append(d)
            share_task = r.uniform(
                0.0, 0.6
            )  # 真人任务粉: real people paid per follow, many unfollow later
            lo = np.cumsum(g) * r.uniform(0.0003, 0.0015)
            self._realise("premium", g * (1 - share_task), lo * (1 - share_task))
            if share_task > 0.05:
                self._realise(
                    "task", g * share_task, np.cumsum(g * share_task) * r.uniform(0.003, 0.01)
                )
        if "mutual_boost_group" in comp:
            inten = self.I["mutual_boost_group"]
            M = Fe * (0.1 + 1.2 * inten) * math.exp(r.gauss(0, 0.2))
            W = L if r.random() < 0.5 else r.randint(60, max(61, min(L, 300)))
            start = L - W
            g = np.zeros(L)
            base = np.exp(nr.normal(0, 0.5, W))
            base[::7] *= r.uniform(1.5, 3.0)
            g[start:] = M * base / base.sum()
            lo = np.cumsum(g) * r.uniform(0.001, 0.004)
            self._realise("pod", g, lo)
            self.fol_extra += np.cumsum(g) * r.uniform(0.7, 1.0)
        if "suren_koc_network" in comp:
            inten = self.I["suren_koc_network"]
            M = Fe * (0.2 + 1.0 * inten)
            g = np.exp(nr.normal(0, 0.6, L))
            g = M * g / g.sum()
            self._realise("matrix", g, np.zeros(L))
            self.fol_extra += np.cumsum(g) * r.uniform(0.3, 0.8)
        self.churn_fol = np.zeros(L)
        if "follow_unfollow_churn" in comp:
            inten = self.I["follow_unfollow_churn"]
            cap = FOLLOW_CAP[self.platform]
            fb = float(self.following[-1])
            wave = (0.3 + 4.0 * inten) * max(200.0, fb) * math.exp(r.gauss(0, 0.2))
            wave = max(50.0, min(wave, cap - fb - 50))
            P = r.randint(4, 14)
            act = L if inten > 0.5 or r.random() < 0.4 else r.randint(40, max(41, min(L, 150)))
            conv = r.uniform(0.06, 0.22)
            q = r.uniform(0.2, 0.55)
            g = np.zeros(L)
            lo = np.zeros(L)
            ch = np.zeros(L)
            s = L - act
            while s < L - 1:
                w = wave * r.uniform(0.6, 1.3)
                up = r.randint(1, 2)
                hold = r.randint(1, max(1, P - 2))
                down = r.randint(1, 3)
                resid = r.uniform(0.0, 0.1)
                # following: ramp up, hold, drop
                for k in range(up):
                    if s + k < L:
                        ch[s + k] += w / up
                for k in range(down):
                    dd = s + up + hold + k
                    if dd < L:
                        ch[dd] -= w * (1 - resid) / down
                got = w * conv
                self._spread(g, s, got, 3)
                self._kernel_add(lo, s + up + hold, got * q, r.uniform(1.5, 4), 12)
                s += P + r.randint(-1, 2)
            self.churn_fol = np.cumsum(ch)
            self._realise("followback", g, lo)
            self.fraud_days.append(L - act)
        fol = self.following + self.fol_extra + self.churn_fol
        self.fol_total = np.clip(np.round(fol), 0, FOLLOW_CAP[self.platform]).astype(np.int64)
        tot = self.F_org.astype(np.int64).copy()
        for v in self.groups.values():
            tot = tot + np.asarray(v, dtype=np.int64)
        self.F_total = tot

    # ------------------------------------------------------------------ post engagement
    def simulate_posts(self):
        r, nr = self.r, self.nr
        p = self.platform
        pp_ = PLAT[p]
        tau = {
            "douyin": 0.8,
            "tiktok": 0.8,
            "kuaishou": 0.8,
            "rednote": 1.5,
            "weibo": 0.4,
            "bilibili": 1.5,
            "wechat_channels": 0.7,
            "instagram": 0.5,
            "youtube": 2.0,
        }[p]
        for post in self.posts:
            idx = max(0, post["idx"])
            F = float(self.F_org[idx])
            rr = self.rr * _clip((max(F, 50.0) / 1e4) ** -0.12, 0.4, 2.5)
            if self.arch == "livestream_seller" and not post["live"]:
                rr *= 0.35
            age = -post["t"] / 86400.0
            mat = max(0.02, 1 - math.exp(-age / tau))
            reach = (pp_["base"] * r.uniform(0.5, 1.5) + F * rr) * self.q * post["m"] * mat
            promo = post.get("promo", 1.0)
            lr = self.lr * math.exp(r.gauss(0, 0.25))
            views = reach * promo
            likes = reach * lr + reach * (promo - 1) * lr * r.uniform(0.3, 0.7)
            if post["live"]:
                viewers = F * r.uniform(0.03, 0.3) * mat + 20
                views, likes = viewers, viewers * r.uniform(2, 25)
                c_org = viewers * r.uniform(0.1, 0.6)
            else:
                c_org = likes * self.cpl * math.exp(r.gauss(0, 0.45))
            likes_i = _pois(nr, likes)
            post["views"] = max(likes_i, _pois(nr, views)) if not post["live"] else _pois(nr, views)
            post["likes"] = likes_i
            post["c_org"] = _pois(nr, c_org)
            post["saves"] = (
                _pois(nr, likes_i * self.spl * math.exp(r.gauss(0, 0.35)))
                if pp_["saves"] and not post["live"]
                else None
            )
            sh = likes_i * self.shl * math.exp(r.gauss(0, 0.5)) if pp_["shares"] else None
            if post["live"] and sh is not None:
                sh = views * r.uniform(0.005, 0.03)
            if post.get("give") and sh is not None:
                sh *= r.uniform(5, 40) if p == "weibo" else r.uniform(2, 10)
            post["shares"] = _pois(nr, sh) if sh is not None else None
            if p == "bilibili":
                post["coins"] = _pois(nr, likes_i * self.coin_r * math.exp(r.gauss(0, 0.3)))
                post["danmaku"] = _pois(nr, post["views"] * self.dm_r * math.exp(r.gauss(0, 0.4)))
            if post.get("give"):
                post["c_org"] = int(
                    max(post["c_org"] * r.uniform(20, 100), F * r.uniform(0.005, 0.05))
                )
                post["likes"] = max(post["likes"], int(post["c_org"] * r.uniform(0.3, 1.0)))
                if post["shares"] is not None:
                    post["shares"] = max(
                        post["shares"],
                        int(
                            post["c_org"]
                            * (r.uniform(0.5, 2.0) if p == "weibo" else r.uniform(0.05, 0.4))
                        ),
                    )
            post["fc"] = {}
            post["bought_likes"] = 0

    # ------------------------------------------------------------------ engagement fraud
    def apply_engagement_fraud(self):
        r, nr = self.r, self.nr
        comp = self.comp
        posts = self.posts
        p = self.platform
        if "bought_likes" in comp:
            inten = self.I["bought_likes"]
            frac = 0.15 + 0.8 * inten
            both = self.views_shown and r.random() < 0.35
            for post in posts:
                if post["live"]:
                    continue
                if not ((post["sponsored"] and r.random() < 0.85) or r.random() < frac):
                    continue
                mult = max(1.1, math.exp(r.gauss(math.log(1.3 + 6 * inten**1.5), 0.3)))
                add = post["likes"] * (mult - 1)
                if add < 60 and r.random() < 0.6:
                    add = r.choice([100, 100, 200, 300, 500])
                add = _package(add) * r.uniform(0.97, 1.08) if add >= 80 else add
                add = int(add)
                post["likes"] += add
                post["bought_likes"] = add
                if p == "rednote" and post["saves"] is not None and r.random() < 0.5:
                    post["saves"] += int(add * r.uniform(0.1, 0.45))
                if both:
                    post["views"] += int(add / (self.lr * r.uniform(0.8, 1.2)))
        if "bought_views" in comp:
            inten = self.I["bought_views"]
            for post in posts:
                if post["live"] or r.random() > 0.3 + 0.7 * inten:
                    continue
                mult = max(1.2, math.exp(r.gauss(math.log(1.5 + 15 * inten**1.5), 0.35)))
                post["views"] = int(post["views"] * mult)
                if r.random() < 0.3:
                    post["likes"] += r.choice([50, 100, 100, 200])
        if "suren_koc_network" in comp:
            inten = self.I["suren_koc_network"]
            for post in posts:
                if r.random() < 0.6:
                    add = int(
                        post["likes"]
                        * max(0.1, math.exp(r.gauss(math.log(1.5 + 3 * inten), 0.3)) - 1)
                    )
                    add = int(_package(add)) if add >= 80 else add
                    post["likes"] += add
                    post["bought_likes"] += add
                    if post["saves"] is not None:
                        post["saves"] += int(add * r.uniform(0.3, 0.9))
                post["fc"]["matrix"] = int(round((3 + 20 * inten) * math.exp(r.gauss(0, 0.4))))  # noqa: RUF046
        cap_bot = _ln(r, 200, 0.6)
        cap_ai = _ln(r, 120, 0.6) * (0.5 + self.i0)
        cap_water = _ln(r, 80, 0.5)
        for post in posts:
            co = post["c_org"]
            if "bot_comments" in comp:
                inten = self.I["bot_comments"]
                if r.random() < 0.3 + 0.7 * inten:
                    k = max(3, int(round(co * (0.2 + 3 * inten) * math.exp(r.gauss(0, 0.3)))))  # noqa: RUF046
                    k = min(k, int(cap_bot * r.uniform(0.7, 1.3)))
                    if r.random() < 0.5:
                        k = min(
                            [10, 20, 30, 50, 100, 200, 500],
                            key=lambda x: abs(math.log(x / max(k, 1))),
                        )
                    post["fc"]["bot"] = k
            if "water_army" in comp:
                inten = self.I["water_army"]
                if post["sponsored"] or r.random() < 0.2 + 0.6 * inten:
                    post["fc"]["water"] = min(
                        int(cap_water),
                        int(round((5 + 50 * inten) * math.exp(r.gauss(0, 0.4)))),  # noqa: RUF046
                    )
            if "ai_praise" in comp:
                inten = self.I["ai_praise"]
                if r.random() < 0.4 + 0.6 * inten:
                    post["fc"]["ai"] = max(
                        1,
                        min(
                            int(cap_ai * r.uniform(0.6, 1.4)),
                            int(  # noqa: RUF046
                                round(max(co, 3) * (0.15 + 1.5 * inten) * math.exp(r.gauss(0, 0.3)))
                            ),
                        ),
                    )
            if "lure_spam" in comp:
                inten = self.I["lure_spam"]
                post["fc"]["lure"] = min(600, int(round(co * (0.3 + 2 * inten) + r.randint(1, 6))))  # noqa: RUF046
        if "mutual_boost_group" in comp:
            inten = self.I["mutual_boost_group"]
            M = 8 + int(60 * inten)
            self.pod_members = [self._pod_name() for _ in range(M)]
            part = 0.35 + 0.55 * inten
            for post in posts:
                k = int(nr.binomial(M, part))
                post["fc"]["pod"] = k
                extra = int(k * r.uniform(0.8, 1.0) + M * part * r.uniform(0.3, 1.2))
                post["likes"] += extra
                if post["saves"] is not None and p == "rednote":
                    post["saves"] += int(extra * r.uniform(0.3, 0.8))
        # incidental spam and bots that every audience attracts, fans, giveaway and live comments
        big = {"nano": 0.3, "koc": 0.6, "micro": 1.0, "mid": 1.5, "macro": 2.0, "celeb": 2.5}[
            self.tier
        ]
        spam_rate = (
            r.uniform(0, 0.025) * big * (1.5 if p in ("douyin", "weibo", "instagram") else 1.0)
        )
        bot_rate = r.uniform(0, 0.02) * big
        fan_share = (
            r.uniform(0.2, 0.6) if self.arch == "celebrity_low_er" and r.random() < 0.8 else 0.0
        )
        for post in posts:
            co = post["c_org"]
            post["fc"]["inc_spam"] = int(nr.poisson(co * spam_rate))
            post["fc"]["inc_bot"] = int(nr.poisson(co * bot_rate))
            if post.get("give"):
                post["fc"]["give"] = int(co * r.uniform(0.85, 0.97))
                post["c_org"] = co - post["fc"]["give"]
            elif post["live"]:
                post["fc"]["live"] = int(co * r.uniform(0.7, 0.95))
                post["c_org"] = co - post["fc"]["live"]
            elif fan_share:
                post["fc"]["fan"] = int(co * fan_share)
                post["c_org"] = co - post["fc"]["fan"]
            rep = int(nr.poisson(co * self.reply_rate * 0.6))
            post["replies_est"] = rep
            post["comments"] = post["c_org"] + sum(post["fc"].values()) + rep

    def _pod_name(self):
        r = self.r
        if self.zh_platform:
            return zh_name(
                r, r.choice(["cute", "cute", "pinyin", "emoji", "regional"]), self.platform
            ) + r.choice(["", "", "", "的日常", "爱分享", "vlog", "🌸"])
        return en_name(r, "normal", self.platform)[0]

    # ------------------------------------------------------------------ comments
    def _ctime(self, post, delay_s):
        t = post["t"] + max(5.0, delay_s)
        if t > -20:
            t = post["t"] + (-post["t"] - 20) * self.r.uniform(0.2, 0.98)
        return t

    def _genuine_delay(self):
        return 3600 * _ln(self.r, 2.5, 1.6)

    def _comment_likes(self, post, scale):
        lam = post["likes"] * self.clk * scale * float(self.nr.pareto(1.3))
        return min(int(self.nr.poisson(min(lam, 1e7))), max(0, post["likes"]))

    def _pool(self, name, size, maker):
        if name not in self.pools:
            self.pools[name] = [maker() for _ in range(size)]
        return self.pools[name]

    def _bot_name(self):
        r, p = self.r, self.platform
        if self.zh_platform:
            st = self.bot_style
            if st == "default" or (st == "mixed" and r.random() < 0.5):
                return default_name(r, p)
            return zh_name(r, "farm", p)
        return en_name(r, "bot", p)[0]

    def make_comment(self, typ, post, j):
        r = self.r
        zh = r.random() < self.p_zh
        inten = self.i0
        kind = typ
        if typ == "org":
            author = self.audience_name(r)
            if zh:
                text, kind = zh_genuine(self, post, r)
                for _ in range(3):
                    if not (kind == "critique" and post["fc"].get("water")):
                        break
                    text, kind = zh_genuine(
                        self, post, r
                    )  # 控评: the creator deletes critical comments
                if (
                    self.ev_info.get("shoutout") is not None
                    and 0 <= post["idx"] - self.ev_info["shoutout"] <= 20
                    and r.random() < 0.12
                ):
                    text = r.choice(
                        ["从{n}那里过来的", "{n}推荐来的", "看了{n}的视频来的", "被{n}安利过来的"]
                    ).format(n=zh_name(r, "cute")) + r.choice(["", "，已关注", "[看]", "！"])
                    kind = "relation"
            else:
                text, kind = en_genuine(self, post, r)
                if (
                    self.ev_info.get("shoutout") is not None
                    and 0 <= post["idx"] - self.ev_info["shoutout"] <= 20
                    and r.random() < 0.12
                ):
                    text = (
                        "came here from @"
                        + en_name(r, "normal")[0]
                        + r.choice(["'s story", "'s video", "", " ❤️"])
                    )
                    kind = "relation"
            t = self._ctime(post, self._genuine_delay())
            likes = self._comment_likes(post, 1.0)
        elif typ == "inc_spam":
            author = (
                zh_name(r, r.choice(["cute", "pinyin", "emoji"]), self.platform)
                if self.zh_platform
                else en_name(r, "bot")[0]
            )
            if zh:
                text = r.choice(LURE_SPAM_ZH)
                if r.random() < 0.3:
                    text += " " + disguised_contact(r, r.random())
            else:
                text = r.choice(EN_SPAM).format(h=en_name(r, "bot")[0], d=_digits(r, 10))
            t = self._ctime(post, 3600 * _ln(r, 1.0, 1.5))
            likes = int(self.nr.poisson(0.2))
        elif typ in ("inc_bot", "bot"):
            pool = self._pool("bot", r.randint(30, 400), self._bot_name) if typ == "bot" else None
            author = r.choice(pool) if pool else self._bot_name()
            if zh:
                if r.random() < (0.08 + 0.25 * inten if typ == "bot" else 0.15):
                    text = r.choice(BOT_OFFTOPIC_ZH)
                else:
                    text = r.choice(BOT_ZH)
                if r.random() < 0.25:
                    st = STICKERS.get(self.platform, STICKERS["douyin"])
                    text = r.choice([text, ""]) + r.choice(st) * r.randint(1, 3)
            else:
                text = r.choice(EN_BOT)
            if typ == "bot":
                order = post.setdefault(
                    "bot_order", [r.uniform(0.1, 48) * 3600 for _ in range(r.randint(1, 3))]
                )
                t = self._ctime(post, r.choice(order) + r.uniform(0, 40 * 60))
            else:
                t = self._ctime(post, self._genuine_delay())
            likes = int(self.nr.poisson(0.05))
        elif typ == "water":
            pool = self._pool(
                "water",
                r.randint(20, 150),
                lambda: self.audience_name(self.r, fresh=True, persona="active"),
            )
            author = r.choice(pool)
            if zh:
                script = self._pool(
                    "water_script", r.randint(6, 15), lambda: water_zh(self, self.r, post["item"])
                )
                text = (
                    r.choice(script)
                    if r.random() < self.p_copy
                    else water_zh(self, r, post["item"])
                )
            else:
                text = r.choice(EN_WATER).format(item=post["item"])
            t = self._ctime(post, r.uniform(60, 3 * 3600))
            likes = int(self.nr.poisson(max(1.0, post["likes"] * r.uniform(0.005, 0.03))))
        elif typ == "ai":
            pool = self._pool(
                "ai",
                r.randint(50, 400),
                lambda: self.audience_name(self.r, fresh=True, persona="active"),
            )
            author = r.choice(pool)
            text = ai_zh(self, r, post["item"]) if zh else ai_en(self, r)
            if inten < 0.5:
                t = self._ctime(post, self._genuine_delay())
            else:
                blk = post.setdefault("ai_block", r.uniform(0.2, 30) * 3600)
                t = self._ctime(post, blk + r.uniform(0, 2 * 3600))
            likes = int(self.nr.poisson(0.3))
        elif typ == "pod":
            author = r.choice(self.pod_members)
            Ip = self.I.get("mutual_boost_group", 0.3)
            if zh:
                if r.random() < Ip:
                    text = r.choice(POD_ZH)
                else:
                    pool = CAT_ZH.get(self.category, CAT_ZH["lifestyle"])
                    text = r.choice(POD_ZH_SOFT + pool["praise"])
                if r.random() < 0.3:
                    text += r.choice(EMOJI) * r.randint(1, 3)
            else:
                text = r.choice(EN_POD)
            t = self._ctime(post, 3600 * _ln(r, 0.7, 0.8))
            likes = int(self.nr.poisson(1.5))
        elif typ == "lure":
            pool = self._pool(
                "lure",
                r.randint(5, 40),
                lambda: (
                    zh_name(self.r, self.r.choice(["default", "cute", "emoji"]), self.platform)
                    if self.zh_platform
                    else en_name(self.r, "bot")[0]
                ),
            )
            Il = self.I.get("lure_spam", 0.3)
            author = r.choice(pool) if r.random() < 0.7 else self.audience_name(r)
            if zh:
                if r.random() < 0.5 * Il:
                    text = r.choice(LURE_SPAM_ZH) + (
                        " " + disguised_contact(r, Il) if r.random() < Il else ""
                    )
                else:
                    text = r.choice(LURE_ASK_ZH)
            else:
                text = r.choice(
                    [
                        "interested",
                        "how do I join?",
                        "DM sent",
                        "me please 🙋‍♀️",
                        "info?",
                        "🙋‍♀️🙋‍♀️",
                        "does this really work?",
                        "sent you a message",
                        "I want in",
                        "how??",
                    ]
                )
            t = self._ctime(post, self._genuine_delay())
            likes = int(self.nr.poisson(0.5))
        elif typ == "matrix":
            pool = self._pool(
                "matrix",
                r.randint(15, 60),
                lambda: (
                    zh_name(self.r, "cute", self.platform)
                    + self.r.choice(["爱分享", "的日常", "种草记", "好物", "", "的小窝"])
                ),
            )
            author = r.choice(pool)
            if zh:
                cat = CAT_ZH.get(self.category, CAT_ZH["lifestyle"])
                text = (
                    r.choice(MATRIX_ZH)
                    if r.random() < 0.7
                    else _fill(self, r, r.choice(cat["q"]), cat)
                )
                kind = "question"
            else:
                text = r.choice(
                    ["link?", "where can I buy this?", "just ordered!", "need this", "how much?"]
                )
                kind = "question"
            t = self._ctime(post, 3600 * _ln(r, 3, 1.0))
            likes = int(self.nr.poisson(2))
        elif typ == "give":
            if r.random() < 0.15:
                author = (
                    zh_name(r, "cute", self.platform) + r.choice(["锦鲤附体", "中奖", "欧气"])
                    if self.zh_platform
                    else en_name(r, "normal")[0] + r.choice(["_wins", "giveaways", "_lucky"])
                )
            else:
                author = self.audience_name(r)
            if zh:
                text = r.choice(GIVE_ZH).format(item=post["item"])
                if r.random() < 0.4:
                    text = (
                        " ".join(
                            "@" + self.audience_name(r, fresh=True) for _ in range(r.randint(1, 3))
                        )
                        + " "
                        + text
                    )
                if self.platform == "weibo" and r.random() < 0.3:
                    text = (
                        "转发微博"
                        if r.random() < 0.5
                        else text
                        + "//@"
                        + self.audience_name(r, fresh=True)
                        + ":"
                        + r.choice(GIVE_ZH).format(item=post["item"])
                    )
            else:
                text = r.choice(EN_GIVE)
                if r.random() < 0.5:
                    text = (
                        " ".join("@" + en_name(r, "normal")[0] for _ in range(r.randint(1, 3)))
                        + " "
                        + text
                    )
            t = self._ctime(post, r.uniform(0.01, 7) * 86400 * r.random() ** 1.5)
            likes = int(self.nr.poisson(0.2))
        elif typ == "live":
            author = (
                self.audience_name(r, persona=r.choice(["elder", "mom", "active", "lurker"]))
                if self.zh_platform
                else self.audience_name(r)
            )
            text = (
                r.choice(LIVE_ZH).format(n=r.randint(1, 60), w=r.randint(90, 200))
                if zh
                else r.choice(EN_LIVE).format(c=self.country)
            )
            t = self._ctime(post, r.uniform(0, 3 * 3600))
            likes = int(self.nr.poisson(0.1))
        else:  # fan
            author = (
                r.choice(
                    [
                        self.star + "的小太阳",
                        "爱" + self.star + "一万年",
                        self.star + "家的" + r.choice(CUTE),
                        "只为" + self.star,
                        self.star + r.choice(STAR_NICK) + "冲鸭",
                    ]
                )
                + r.choice(["", _digits(r, 2), "🌟"])
                if self.zh_platform
                else r.choice(EN_FIRST) + "_loves_" + self.star.lower()
            )
            if zh:
                script = self._pool(
                    "fan_script",
                    r.randint(3, 8),
                    lambda: self.r.choice(FAN_ZH).format(star=self.star),
                )
                text = (
                    r.choice(script)
                    if r.random() < 0.6
                    else r.choice(FAN_ZH).format(star=self.star)
                )
            else:
                text = r.choice(EN_FAN).format(star=self.star)
            t = self._ctime(post, 3600 * _ln(r, 0.5, 1.0))
            likes = self._comment_likes(post, 2.0)
        return {
            "post": j,
            "author": author,
            "text": text,
            "t": t,
            "likes": likes,
            "kind": kind,
            "typ": typ,
            "zh": zh,
        }

    def creator_reply(self, c, post):
        r = self.r
        typ, kind = c["typ"], c["kind"]
        if typ == "lure":
            text = (
                r.choice(LURE_REPLY_ZH).format(tag=r.choice(LURE_TAGS))
                if c["zh"]
                else r.choice(["check your DM", "sent!", "link in bio", "DM me"])
            )
        elif typ == "matrix":
            text = (
                r.choice(MATRIX_REPLY_ZH).format(brand=r.choice(BRANDS_ZH))
                if c["zh"]
                else "link in bio!"
            )
        elif typ == "pod":
            text = (
                r.choice(["谢谢宝子 已回访", "已回赞～", "来啦来啦 互相支持", "谢谢支持 已回"])
                if c["zh"]
                else r.choice(["thank you love! 💕", "returned the love 🙌", "ty babe"])
            )
        elif c["zh"]:
            text = zh_creator_reply(self, r, kind, c["author"])
        else:
            text = en_creator_reply(self, r, kind, c["author"])
        t = c["t"] + 3600 * _ln(r, 2.0, 1.3)
        if t > -5:
            t = c["t"] + (-c["t"] - 5) * r.uniform(0.1, 0.95)
        return {
            "post": c["post"],
            "author": self.nickname,
            "text": text,
            "t": t,
            "likes": self._comment_likes(post, 0.6),
            "kind": "reply",
            "typ": "reply",
            "creator": True,
        }

    def build_comments(self):
        r, nr = self.r, self.nr
        self.pools = {}
        self.clk = r.uniform(0.0005, 0.004)
        self.p_copy = r.uniform(0.15, 0.6)
        self.bot_style = _wchoice(r, {"default": 0.4, "farm": 0.3, "mixed": 0.3})
        posts = self.posts
        n = len(posts)
        T = int(_clip(_ln(r, 200, 0.35), 40, 400) / (1.0 + min(self.reply_rate, 0.5)))
        cap = max(12, int(2.5 * T / n))
        tots = [post["c_org"] + sum(post["fc"].values()) for post in posts]
        avail = [
            min(t, cap * (3 if post.get("give") or post.get("viral") else 1))
            for t, post in zip(tots, posts, strict=False)
        ]
        w = [a**0.7 for a in avail]
        sw = sum(w) or 1.0
        alloc = [min(avail[j], int(T * w[j] / sw)) for j in range(n)]
        for _ in range(3):
            left = T - sum(alloc)
            spare = [j for j in range(n) if alloc[j] < avail[j]]
            if left <= 0 or not spare:
                break
            for j in spare:
                add = min(avail[j] - alloc[j], int(math.ceil(left / len(spare))))  # noqa: RUF046
                alloc[j] += add
        wt = {"org": 1.0, "water": 1.6, "fan": 1.2, "pod": 1.1}
        out = []
        for j, post in enumerate(posts):
            if alloc[j] <= 0:
                post["sampled"] = 0
                continue
            types = [("org", post["c_org"])] + [(k, v) for k, v in post["fc"].items() if v > 0]
            colors = np.array(
                [max(0, int(round(v * wt.get(k, 1.0)))) for k, v in types],  # noqa: RUF046
                dtype=np.int64,
            )
            ns = int(min(alloc[j], colors.sum()))
            if ns <= 0:
                post["sampled"] = 0
                continue
            drawn = nr.multivariate_hypergeometric(colors, ns, method="marginals")
            cs = []
            for (k, _), m in zip(types, drawn, strict=False):
                for _ in range(int(m)):
                    cs.append(self.make_comment(k, post, j))
            reps = []
            for c in cs:
                pr = self.reply_rate * (2.0 if c["kind"] == "question" else 1.0)
                if c["typ"] in ("bot", "inc_bot", "inc_spam", "ai", "water", "fan", "give", "live"):
                    pr *= 0.15
                if r.random() < min(0.9, pr):
                    reps.append(self.creator_reply(c, post))
            cs += reps
            cs.sort(key=lambda c: c["t"])
            post["sampled"] = len(cs)
            if post["comments"] < len(cs):
                post["comments"] = len(cs)
            out.extend(cs)
        self.comments = out

    # ------------------------------------------------------------------ identity
    def make_identity(self):
        r, p = self.r, self.platform
        cw = CAT_WORD_ZH.get(self.category, "日常")
        if self.zh_platform:
            if "lure_spam" in self.comp:
                nick = r.choice(
                    [
                        "{c}资料库",
                        "考研{c}学姐",
                        "{c}副业分享",
                        "{c}学姐帮你上岸",
                        "搞钱{c}",
                        "{c}的宝藏资源",
                        "{c}教你做副业",
                        "{c}情感树洞",
                    ]
                ).format(c=r.choice(CUTE))
            elif "suren_koc_network" in self.comp:
                nick = r.choice(
                    [
                        "{c}爱分享",
                        "{c}的好物日记",
                        "{c}种草记",
                        "{c}不踩雷",
                        "平价好物{c}",
                        "{c}的小美好",
                    ]
                ).format(c=r.choice(CUTE))
            elif self.arch == "celebrity_low_er":
                nick = self.star
            else:
                nick = r.choice(
                    [
                        "{c}的{w}日记",
                        "{c}爱{w}",
                        "{pl}{w}{c}",
                        "{s}{c}{w}",
                        "{c}{suf}",
                        "{adj}{c}",
                        "{c}在{pl}",
                        "{w}博主{c}",
                        "{s}老师{w}",
                        "{pl}{s}姐",
                        "{c}vlog",
                        "{c}{c2}",
                        "{s}{c}",
                    ]
                ).format(
                    c=r.choice(CUTE),
                    c2=r.choice(CUTE),
                    w=cw,
                    pl=r.choice(PLACES),
                    s=r.choice(SURNAMES),
                    suf=r.choice(NAME_SUFFIX),
                    adj=r.choice(ADJ_PREFIX),
                )
            self.nickname = nick
            self.handle = nick
            uid = {
                "douyin": lambda: r.choice(
                    [
                        _digits(r, r.randint(9, 11)),
                        "dy"
                        + "".join(r.choice("abcdefghjkmnpqrstuvwxyz0123456789") for _ in range(9)),
                    ]
                ),
                "rednote": lambda: _digits(r, r.choice([9, 10])),
                "weibo": lambda: _digits(r, 10),
                "bilibili": lambda: _digits(r, r.randint(6, 10)),
                "kuaishou": lambda: (
                    "3x" + "".join(r.choice("abcdefghijkmnpqrstuvwxyz23456789") for _ in range(13))
                ),
                "wechat_channels": lambda: (
                    "sph"
                    + "".join(
                        r.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789")
                        for _ in range(7)
                    )
                ),
            }[p]()
            self.creator_id = p + ":" + uid
        else:
            f = r.choice(EN_FIRST)
            wd = r.choice(EN_WORDS)
            if self.arch == "celebrity_low_er":
                u = (
                    self.star.lower()
                    + r.choice(["", "official", "music", "_"])
                    + r.choice(["", str(r.randint(1, 99))])
                )
            else:
                u = r.choice(
                    [
                        "{f}{w}",
                        "{w}with{f}",
                        "{f}.{w}",
                        "the{w}{f}",
                        "{f}_{w}_",
                        "{f}{l}",
                        "{w}by{f}",
                        "{f}s{w}diary",
                    ]
                ).format(f=f, w=wd, l=r.choice(EN_LAST)) + r.choice(["", "", str(r.randint(1, 99))])
            self.nickname = u
            self.handle = "@" + u if p in ("tiktok", "youtube") else u
            self.creator_id = p + ":" + u + ("" if r.random() < 0.5 else "_" + _digits(r, 3))
        self.bio = self._creator_bio()

    def _creator_bio(self):
        r = self.r
        if self.zh_platform:
            if "lure_spam" in self.comp:
                inten = self.I["lure_spam"]
                line = r.choice(
                    [
                        "免费分享考研资料",
                        "关注我 私信领取",
                        "宝妈副业 在家可做",
                        "每天分享一个赚钱小项目",
                        "资源免费领 看置顶",
                        "情感咨询 私",
                        "网课资源 免费分享",
                        "带你0基础做副业",
                    ]
                )
                if inten < 0.3:
                    return (
                        line + "\n" + r.choice(["🍠同名🛰", "主页置顶有惊喜", "有事看置顶", "🛰️同名"])
                    )
                return line + "\n" + disguised_contact(r, inten)
            if "suren_koc_network" in self.comp:
                return _bio_zh(r, BIO_MATRIX_ZH) + r.choice(["", "\n📮合作私信", "\n合作vx同号"])
            parts = []
            if r.random() < 0.6:
                parts.append(r.choice(["📍", "🏠", ""]) + r.choice(PLACES))
            if r.random() < 0.6:
                parts.append(
                    r.choice(["95后", "00后", "90后", "85后", "一枚", ""])
                    + CAT_WORD_ZH.get(self.category, "生活")
                    + r.choice(
                        [
                            "博主",
                            "爱好者",
                            "up主" if self.platform == "bilibili" else "分享",
                            "小白",
                        ]
                    )
                )
            if r.random() < 0.5:
                parts.append(
                    r.choice(
                        [
                            "记录生活",
                            "不定期更新",
                            "分享真实体验",
                            "认真生活",
                            "感谢关注",
                            "ENFP",
                            "谢谢你的关注",
                            "你的关注是我更新的动力",
                        ]
                    )
                )
            if self.tier not in ("nano",) and r.random() < 0.45:
                parts.append(
                    r.choice(
                        [
                            "📮合作：{e}@163.com",
                            "商务合作：{e}@qq.com",
                            "合作请私信",
                            "📧{e}@126.com",
                            "合作🛰️同名",
                        ]
                    ).format(e=r.choice(EN_WORDS) + _digits(r, 4))
                )
            if "mutual_boost_group" in self.comp and r.random() < self.I["mutual_boost_group"]:
                parts.append(r.choice(BIO_POD_ZH))
            if "follow_unfollow_churn" in self.comp and r.random() < 0.3:
                parts.append(r.choice(["回关", "互关"]))
            return r.choice([" | ", "\n", " "]).join(parts)
        parts = []
        if r.random() < 0.5:
            parts.append(
                r.choice(["📍", ""])
                + r.choice(
                    [
                        "NYC",
                        "LA",
                        "London",
                        "Toronto",
                        "Sydney",
                        "Manila",
                        "Austin",
                        "Miami",
                        "Lagos",
                    ]
                )
            )
        if r.random() < 0.7:
            parts.append(
                r.choice(
                    [
                        "sharing my {c} journey",
                        "{c} creator",
                        "{c} | life",
                        "all things {c}",
                        "{c} lover",
                    ]
                ).format(c=self.category)
            )
        if r.random() < 0.4:
            parts.append(
                r.choice(
                    [
                        "📩 collabs: {e}@gmail.com",
                        "business: {e}@gmail.com",
                        "DM for collabs",
                        "linktr.ee/{e}",
                    ]
                ).format(e=self.nickname.replace("@", "")[:20])
            )
        if "mutual_boost_group" in self.comp and r.random() < self.I["mutual_boost_group"] * 0.6:
            parts.append(r.choice(BIO_POD_EN))
        if "lure_spam" in self.comp:
            parts.append(
                r.choice(
                    [
                        "💸 passive income, DM me",
                        "🔞 link below",
                        "free signals 📈 t.me/" + self.nickname[:10],
                        "ask me how I made $10k",
                    ]
                )
            )
        return " | ".join(parts)

    # ------------------------------------------------------------------ follower sample
    def _batch_date(self, kind):
        r = self.r
        if kind not in self.batches:
            A = self.as_of_date
            if kind == "bot_cheap":
                cs = [(A - timedelta(days=r.randint(20, 500)), r.randint(2, 30))]
            elif kind == "bot_mid":
                cs = [
                    (A - timedelta(days=r.randint(100, 1000)), r.randint(30, 200))
                    for _ in range(r.randint(1, 2))
                ]
            elif kind == "matrix":
                cs = [(A - timedelta(days=r.randint(200, 1100)), r.randint(20, 150))]
            else:  # premium: aged 老号 bought in lots
                cs = [
                    (
                        date(r.randint(2015, 2021), r.randint(1, 12), r.randint(1, 28)),
                        r.randint(60, 300),
                    )
                    for _ in range(r.randint(2, 3))
                ]
            self.batches[kind] = cs
        c, s = r.choice(self.batches[kind])
        d = c + timedelta(days=int(r.gauss(0, s / 2.0)))
        return _clip(
            d, max(LAUNCH[self.platform], date(2009, 1, 1)), self.as_of_date - timedelta(days=3)
        )

    def _created_real(self, persona):
        r = self.r
        A = self.as_of_date
        lo = max(LAUNCH[self.platform], A - timedelta(days=365 * 12))
        if persona in ("student", "elder"):
            lo = max(lo, A - timedelta(days=365 * 6))
        span = (A - timedelta(days=10) - lo).days
        return lo + timedelta(days=int(span * r.random() ** 0.9))

    def make_account(self, kind):
        r, p = self.r, self.platform
        A = self.as_of_date
        cap = FOLLOW_CAP[p]
        zh = self.zh_platform
        wl = wm = wc = None
        private = r.random() < (0.3 if p == "instagram" else 0.12 if p == "tiktok" else 0.0)
        verified = False
        url = False
        disp = ""
        bio = ""
        last = None
        if kind == "real":
            persona = _wchoice(r, self._persona_mix())
            if persona == "lurker":
                name = self.audience_name(r, fresh=True, persona="lurker")
                fo, fi = int(_ln(r, 2, 1.0)), int(_ln(r, 40, 1.0))
                po = 0 if r.random() < 0.8 else r.randint(1, 5)
                av = r.random() < (0.35 if zh else 0.5)
                bio = (
                    ""
                    if r.random() < 0.9
                    else (_bio_zh(r, BIO_REAL_ZH) if zh else r.choice(BIO_REAL_EN))
                )
                wl, wc = int(_clip(_ln(r, 4, 0.6), 0, 20)), _wchoice(r, {0: 0.1, 1: 0.5, 2: 0.4})
            else:
                name = self.audience_name(r, fresh=True, persona=persona)
                med = {
                    "active": (60, 200, 30),
                    "student": (80, 250, 25),
                    "mom": (90, 220, 60),
                    "elder": (40, 120, 80),
                    "creator": (3000, 400, 150),
                }[persona]
                fo = int(_ln(r, med[0], 1.2))
                fi = int(_ln(r, med[1], 0.8))
                po = int(_ln(r, med[2], 1.1))
                av = r.random() < 0.93
                if zh:
                    bio = (
                        _bio_zh(r, BIO_ELDER_ZH if persona == "elder" else BIO_REAL_ZH)
                        if r.random() < 0.6
                        else ""
                    )
                    if persona == "creator":
                        bio = (
                            CAT_WORD_ZH[r.choice(list(CAT_WORD_ZH))]
                            + "博主 | 合作"
                            + r.choice(EN_WORDS)
                            + "@163.com"
                        )
                else:
                    bio = r.choice(BIO_REAL_EN) if r.random() < 0.6 else ""
                wl = int(_clip(_ln(r, 14, 0.5), 1, 48))
                wm = r.randint(1, 7) if r.random() < 0.12 else 0
                wc = _wchoice(r, {1: 0.15, 2: 0.35, 3: 0.35, 4: 0.15})
                url = persona == "creator" and r.random() < 0.3
                verified = persona == "creator" and r.random() < 0.05
            created = self._created_real(persona)
            if po > 0:
                last = A - timedelta(days=int(_ln(r, 6 if persona != "lurker" else 200, 1.6)))
        elif kind in ("bot_cheap", "inc_bot"):
            name = self._bot_name() if zh else en_name(r, "bot", p)[0]
            fo, fi = int(_ln(r, 2, 1.0)), min(cap, int(_ln(r, 800, 0.7)))
            po = 0 if r.random() < 0.75 else r.randint(1, 3)
            av = r.random() < 0.25
            private = r.random() < 0.05 and p == "instagram"
            created = self._batch_date("bot_cheap")
            if po:
                last = created + timedelta(days=r.randint(0, 10))
            bio = (
                "" if r.random() < 0.92 else (r.choice(BIO_FARM_ZH) if zh else r.choice(BIO_BOT_EN))
            )
            wl, wm, wc = r.randint(0, 3), 0, _wchoice(r, {0: 0.6, 1: 0.4})
        elif kind == "bot_mid":
            name = (
                self._bot_name()
                if (zh and r.random() < 0.5)
                else (zh_name(r, "normal", p) if zh else en_name(r, "bot", p)[0])
            )
            fo, fi = int(_ln(r, 15, 1.0)), min(cap, int(_ln(r, 600, 0.6)))
            po = r.randint(1, 20)
            av = r.random() < 0.8
            created = self._batch_date("bot_mid")
            last = created + timedelta(days=r.randint(0, 60))
            bio = r.choice(BIO_FARM_ZH) if zh else r.choice(BIO_BOT_EN)
            wl, wm, wc = r.randint(2, 6), 0, 1
        elif kind == "premium":
            name = zh_name(r, r.choice(["farm", "normal"]), p) if zh else en_name(r, "normal", p)[0]
            fo, fi = int(_ln(r, 120, 0.8)), min(cap, int(_ln(r, 450, 0.5)))
            po = int(_ln(r, 40, 0.8)) + 1
            av = r.random() < 0.98
            created = self._batch_date("premium")
            if r.random() < 0.65:
                last = A - timedelta(days=r.randint(90, 1000))
            else:
                last = A - timedelta(days=int(_ln(r, 20, 1.0)))
            bio = (
                (r.choice(BIO_FARM_ZH) if zh else r.choice(BIO_REAL_EN)) if r.random() < 0.6 else ""
            )
            wl, wm, wc = (
                r.randint(5, 16),
                (r.randint(1, 2) if r.random() < 0.05 else 0),
                _wchoice(r, {1: 0.5, 2: 0.4, 3: 0.1}),
            )
        elif kind == "task":  # real, active people who follow accounts for pay on task platforms
            name = self.audience_name(
                r, fresh=True, persona=r.choice(["active", "mom", "student", "elder"])
            )
            fo, fi = int(_ln(r, 80, 1.0)), min(cap, int(_ln(r, 1500, 0.5)))
            po = int(_ln(r, 30, 1.0))
            av = r.random() < 0.95
            created = self._created_real("active")
            last = A - timedelta(days=int(_ln(r, 4, 1.2)))
            bio = (
                (_bio_zh(r, BIO_REAL_ZH) if zh else r.choice(BIO_REAL_EN))
                if r.random() < 0.5
                else ""
            )
            wl, wm, wc = r.randint(6, 20), 0, _wchoice(r, {1: 0.3, 2: 0.5, 3: 0.2})
        elif kind in ("pod", "followback"):
            name = self._pod_name()
            if kind == "pod":
                fo = int(_ln(r, 2500, 1.0))
                fi = min(cap, int(fo * r.uniform(0.7, 1.5)) + r.randint(50, 500))
                po = int(_ln(r, 120, 0.7))
                pb = 0.3 + 0.6 * self.I.get("mutual_boost_group", 0.3)
            else:
                fo = int(_ln(r, 400, 1.0))
                fi = min(cap, int(_ln(r, 1500, 0.6)))
                po = int(_ln(r, 40, 1.0))
                pb = 0.3
            av = r.random() < (1.0 if kind == "pod" else 0.9)
            if zh:
                bio = r.choice(BIO_POD_ZH) if r.random() < pb else _bio_zh(r, BIO_REAL_ZH)
            else:
                bio = r.choice(BIO_POD_EN) if r.random() < pb else r.choice(BIO_REAL_EN)
            created = self._created_real("active")
            last = A - timedelta(days=int(_ln(r, 3, 1.0)))
            url = r.random() < 0.15
            wl, wm, wc = (
                r.randint(8, 25),
                (r.randint(1, 5) if r.random() < 0.2 else 0),
                _wchoice(r, {2: 0.6, 3: 0.4}),
            )
        elif kind == "matrix":
            name = (
                zh_name(r, "cute", p)
                + r.choice(["爱分享", "的日常", "种草记", "好物", "", "的小窝"])
                if zh
                else en_name(r, "normal", p)[0]
            )
            fo, fi = int(_ln(r, 800, 0.9)), int(_ln(r, 300, 0.6))
            po = int(_ln(r, 80, 0.6))
            av = True
            created = self._batch_date("matrix")
            last = A - timedelta(days=int(_ln(r, 2, 1.0)))
            bio = r.choice(BIO_MATRIX_ZH) if zh else "sharing my favorite finds"
            wl, wm, wc = r.randint(6, 18), 0, _wchoice(r, {2: 0.7, 3: 0.3})
        elif kind == "lottery":
            name = self.audience_name(r, fresh=True, persona="active")
            if r.random() < 0.4:
                name += r.choice(["锦鲤附体", "欧气满满", "中奖", "好运"]) if zh else "_giveaways"
            fo, fi = int(_ln(r, 60, 1.0)), r.randint(min(800, cap - 1), cap)
            po = int(_ln(r, 3000, 1.0))
            av = r.random() < 0.95
            created = self._created_real("active")
            last = A - timedelta(days=r.randint(0, 3))
            bio = (
                r.choice(BIO_LOTTERY_ZH)
                if zh
                else r.choice(["giveaway hunter 🍀", "lucky me", "entering everything"])
            )
            wl, wm, wc = (
                r.randint(10, 30),
                (r.randint(1, 4) if r.random() < 0.2 else 0),
                _wchoice(r, {2: 0.6, 3: 0.4}),
            )
        else:  # fan
            name = (
                (
                    self.star
                    + r.choice(["的小太阳", "家的" + r.choice(CUTE), "一生推", "超话打卡"])
                    + r.choice(["", _digits(r, 2)])
                )
                if zh
                else r.choice(EN_FIRST) + "_loves_" + self.star.lower()
            )
            fo, fi = int(_ln(r, 80, 1.2)), int(_ln(r, 200, 0.8))
            po = int(_ln(r, 4000, 1.0))
            av = r.random() < 0.98
            created = self._created_real("active")
            last = A - timedelta(days=r.randint(0, 5))
            bio = r.choice(BIO_FAN_ZH).format(star=self.star) if zh else "stan account 💜"
            wl, wm, wc = (
                r.randint(15, 35),
                (r.randint(1, 7) if r.random() < 0.4 else 0),
                _wchoice(r, {3: 0.6, 4: 0.4}),
            )
        if last is not None:
            last = _clip(last, created, A)
        sf = self.sample_fields
        acc: dict[str, Any] = {}
        if sf["id"]:
            acc["id"] = {
                "weibo": _digits(r, 10),
                "rednote": "".join(r.choice("0123456789abcdef") for _ in range(24)),
                "bilibili": _digits(r, r.randint(6, 16)),
                "douyin": _digits(r, r.randint(11, 19)),
                "kuaishou": _digits(r, r.randint(9, 10)),
                "wechat_channels": "sph" + _digits(r, 8),
            }.get(p, _digits(r, r.randint(9, 19)))
        acc["username"] = name
        if not zh and sf["display_name"]:
            acc["display_name"] = disp or en_name(r, "normal")[1]
        acc["followers"] = max(0, int(fo))
        acc["following"] = max(0, int(min(fi, cap)))
        acc["posts"] = max(0, int(po))
        if sf["has_avatar"]:
            acc["has_avatar"] = bool(av)
        if p in ("instagram", "tiktok"):
            acc["is_private"] = bool(private)
        if sf["verified"]:
            acc["verified"] = bool(verified)
        if sf["bio"]:
            acc["bio"] = bio
        if sf["has_url"]:
            acc["has_url"] = bool(url)
        if sf["created_at"]:
            acc["created_at"] = created.isoformat()
        if sf["last_post_at"] and last is not None and acc["posts"] > 0:
            acc["last_post_at"] = last.isoformat()
        if p == "weibo":
            acc["platform_level"] = int(wl if wl is not None else r.randint(1, 10))
            acc["membership_level"] = int(wm or 0)
            acc["credit_rating"] = int(wc if wc is not None else 1)
        return acc

    def build_sample(self):
        r, nr = self.r, self.nr
        self.batches = {}
        S = r.randint(50, 200)
        org = float(self.F_org[-1])
        p = self.platform
        z = r.uniform(0.005, 0.05)
        if p == "weibo":
            z = r.uniform(0.05, 0.2)
        if self.arch == "celebrity_low_er":
            z = r.uniform(0.1, 0.35) if p == "weibo" else r.uniform(0.04, 0.15)
        if "purge" in self.ev_info:
            z *= r.uniform(0.2, 0.6)
        parts = {"inc_bot": org * z}
        lot = 0.0
        if "giveaway" in self.ev_info:
            lot = min(org * 0.3, self.ev_info["giveaway"][1] * r.uniform(0.3, 0.7))
        fan = org * r.uniform(0.1, 0.3) if self.arch == "celebrity_low_er" else 0.0
        parts["lottery"] = lot
        parts["fan"] = fan
        parts["real"] = max(0.0, org - parts["inc_bot"] - lot - fan)
        for k, v in self.groups.items():
            parts[k] = float(np.asarray(v)[-1])
        keys = list(parts)
        vals = np.array([parts[k] for k in keys], dtype=float)
        if vals.sum() <= 0:
            vals[keys.index("real")] = 1.0
        cnt = nr.multinomial(S, vals / vals.sum())
        kinds = []
        for k, c in zip(keys, cnt, strict=False):
            kinds += [k] * int(c)
        r.shuffle(kinds)
        self.sample = [self.make_account(k) for k in kinds]

    # ------------------------------------------------------------------ record
    def _post_id(self):
        r, p = self.r, self.platform
        al = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
        if p in ("douyin", "tiktok"):
            return "7" + _digits(r, 18)
        if p == "rednote":
            return "".join(r.choice("0123456789abcdef") for _ in range(24))
        if p == "weibo":
            return "".join(r.choice(al) for _ in range(9))
        if p == "bilibili":
            return "BV1" + "".join(r.choice(al) for _ in range(9))
        if p == "kuaishou":
            return "3x" + "".join(r.choice("abcdefghijkmnpqrstuvwxyz23456789") for _ in range(13))
        if p == "wechat_channels":
            return "export/" + "".join(r.choice(al) for _ in range(32))
        if p == "instagram":
            return "".join(r.choice(al + "_-") for _ in range(11))
        return "".join(r.choice(al + "_-") for _ in range(11))

    def _iso(self, t):
        return (self.as_of + timedelta(seconds=float(t))).isoformat(timespec="seconds")

    def assemble(self):
        r = self.r
        p = self.platform
        L, D = self.L, self.D
        A = self.as_of_date
        rec = {
            "creator_id": self.creator_id,
            "platform": p,
            "handle": self.handle,
            "as_of": self.as_of.isoformat(timespec="seconds"),
        }
        F_now = int(self.F_total[-1])
        prof: dict[str, Any] = {"followers": F_now}
        if (
            self.zh_platform and F_now >= 10000 and r.random() < 0.3
        ):  # scraped "1.2w" / "1.2亿" display values
            prof["followers"] = (
                int(round(F_now / 1e7) * 1e7) if F_now >= 1e8 else int(round(F_now / 1e3) * 1e3)
            )
        if p != "youtube":
            prof["following"] = int(self.fol_total[-1])
        n = len(self.posts)
        young = "lure_spam" in self.comp or "suren_koc_network" in self.comp
        age_days = L + (r.randint(0, 300) if young else r.randint(30, 2500))
        created = max(LAUNCH[p] + timedelta(days=10), A - timedelta(days=age_days))
        extra = int(
            max(0, (A - created).days - self.span) * (n / max(self.span, 1.0)) * r.uniform(0.1, 0.9)
        )
        prof["posts"] = n + min(extra, 20000)
        vp = {"nano": 0.01, "koc": 0.04, "micro": 0.15, "mid": 0.4, "macro": 0.75, "celeb": 0.97}[
            self.tier
        ]
        prof["verified"] = r.random() < (0.97 if self.arch == "celebrity_low_er" else vp)
        prof["created_at"] = created.isoformat()
        if self.bio or r.random() < 0.5:
            prof["bio"] = self.bio
        prof["category"] = self.category
        prof["country"] = self.country
        if r.random() < 0.05:
            k = r.randint(3, 60)
            prof["followers"] = int(self.F_total[L - 1 - k])
            prof["observed_at"] = (A - timedelta(days=k)).isoformat()
        rec["profile"] = prof
        if self.has_history:
            inc_fol = p != "youtube" and r.random() < 0.85
            keep = []
            for k in range(L - D, L):
                back = L - 1 - k
                if self.hist_mode == "daily":
                    ok = back == 0 or r.random() > 0.02
                elif self.hist_mode == "gappy":
                    ok = back == 0 or r.random() > r.uniform(0.1, 0.35)
                else:
                    ok = back % 7 == 0 or r.random() < 0.04
                if ok:
                    keep.append(k)
            hist = []
            for k in keep:
                h = {
                    "date": (A - timedelta(days=L - 1 - k)).isoformat(),
                    "followers": int(self.F_total[k]),
                }
                if inc_fol:
                    h["following"] = int(self.fol_total[k])
                hist.append(h)
            rec["follower_history"] = hist
        hide_likes = p == "instagram" and r.random() < 0.1
        hide_frac = r.uniform(0.3, 1.0)
        cu = p == "kuaishou" and r.random() < 0.5
        spons_field = r.random() < 0.8
        posts_out = []
        pids = []
        for post in self.posts:
            pid = self._post_id()
            pids.append(pid)
            d = {
                "post_id": pid,
                "posted_at": self._iso(post["t"]),
                "format": post["format"],
                "likes": int(post["likes"]),
                "comments": int(post["comments"]),
            }
            if post.get("shares") is not None:
                d["shares"] = int(post["shares"])
            if post.get("saves") is not None:
                d["saves"] = int(post["saves"])
            if self.views_shown and (p not in ("instagram",) or post["format"] == "video"):
                d["views"] = int(post["views"])
            if p == "bilibili":
                d["coins"] = int(post["coins"])
                d["danmaku"] = int(post["danmaku"])
            if spons_field:
                d["sponsored"] = bool(post["sponsored"] and r.random() < 0.75)
            if hide_likes and r.random() < hide_frac:
                d["likes"] = 0
                d["likes_unknown"] = True
            if cu:
                d["comments"] = int(post.get("sampled", 0)) if self.has_comments else 0
                d["comments_unknown"] = True
            posts_out.append(d)
        rec["posts"] = posts_out
        if self.has_comments:
            cs = []
            for c in self.comments:
                cs.append(
                    {
                        "post_id": pids[c["post"]],
                        "author": c["author"][:200],
                        "text": c["text"][:5000],
                        "posted_at": self._iso(c["t"]),
                        "likes": int(max(0, c["likes"])),
                        "from_creator": bool(c.get("creator", False)),
                    }
                )
            rec["comments"] = cs
        if self.has_sample:
            rec["follower_sample"] = self.sample
        rec["label"] = self.label
        rec["archetype"] = self.arch
        return rec

    def run(self) -> dict:
        self.choose_archetype()
        self.choose_platform()
        self.setup_basics()
        self.make_identity()
        self.schedule_posts()
        self.simulate_history()
        self.apply_follower_fraud()
        self.simulate_posts()
        self.apply_engagement_fraud()
        self.build_comments()
        self.build_sample()
        return self.assemble()


PACKAGES = [
    100,
    200,
    300,
    500,
    1000,
    2000,
    3000,
    5000,
    10000,
    20000,
    30000,
    50000,
    100000,
    200000,
    300000,
    500000,
    1000000,
    2000000,
]


def _package(x: float) -> float:
    """Seller package sizes: orders are bought as 100 / 500 / 1000 / 1w / 10w ..."""
    if x < 80:
        return float(x)
    if x > 2.5e6:
        return float(round(x / 1e6) * 1e6)
    return float(min(PACKAGES, key=lambda q: abs(math.log(q / x))))


# ----------------------------------------------------------------------------------------
# public API
# ----------------------------------------------------------------------------------------


def generate(n: int, seed: int) -> Iterator[dict]:
    """Yield n labelled creator records; record i depends only on (seed, i)."""
    for i in range(int(n)):
        yield Sim(seed, i).run()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(
        description="quebec: simulate genuine and fraudulent creators (JSONL)"
    )
    ap.add_argument("--n", type=int, default=2000, help="number of creators (default 2000)")
    ap.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    ap.add_argument("--out", default="-", help="output JSONL path ('-' = stdout)")
    a = ap.parse_args(argv)
    t0 = time.time()
    counts: dict[str, int] = {}
    # closed explicitly in the finally below (stdout must stay open)
    f = sys.stdout if a.out == "-" else open(a.out, "w", encoding="utf-8")  # noqa: SIM115
    try:
        for rec in generate(a.n, a.seed):
            counts[rec["archetype"]] = counts.get(rec["archetype"], 0) + 1
            f.write(json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n")
    finally:
        if f is not sys.stdout:
            f.close()
    print(
        f"quebec_sim: {a.n:d} creators, seed {a.seed:d}, {time.time() - t0:.1f}s", file=sys.stderr
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""gen_cn: an independent, agent-style labelled creator simulator (Chinese platforms first).

Each creator has an audience made of cohorts of simulated accounts (legacy real fans, casual
followers, lurkers, viral / giveaway / shout-out arrivals, natural zombie followers, bought
followers of several qualities, follow-back accounts from churning, pod members, task-platform
"real-person" followers).  Every cohort has a daily join / leave series, an engagement weight
and a mix of account kinds; the follower history is the sum of the cohorts, post engagement
follows the engaged part of the audience on the day of posting, and the follower sample and the
commenters are individual accounts drawn from the cohorts.  Fraud is layered on top: bought
followers (burst, drip, premium, task), bought likes / views, bought comments (copy-paste or
machine-written), engagement pods (互赞群), follow/unfollow churn, lure-comment packages.

Usage (from the repository root):
    python -m evaluation.cn_sim --n 2000 --seed 41 --out /tmp/x.jsonl
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import random
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any, TextIO

import numpy as np

# ----------------------------------------------------------------------------------------------
# platforms
# ----------------------------------------------------------------------------------------------
CN_PLATFORMS = ("douyin", "rednote", "weibo", "bilibili", "kuaishou", "wechat_channels")
PLATFORM_W = {
    "douyin": 0.18,
    "rednote": 0.17,
    "weibo": 0.13,
    "bilibili": 0.11,
    "kuaishou": 0.09,
    "wechat_channels": 0.07,
    "instagram": 0.08,
    "tiktok": 0.07,
    "youtube": 0.05,
    "twitter": 0.05,
}

# er: median likes per engaged follower per post at 10k followers; lpv: likes per view range;
# cpl: comments per like; spl: shares per like; svl: saves per like (None: not shown)
PCFG: dict[str, dict[str, Any]] = {
    "douyin": dict(
        launch=date(2016, 9, 20),
        er=0.035,
        lpv=(0.025, 0.08),
        cpl=(0.012, 0.06),
        spl=(0.02, 0.15),
        svl=(0.02, 0.15),
        views="often",
        fmt=(("video", 0.9), ("image", 0.08), ("live", 0.02)),
        fcap=10000,
        ppd=(0.15, 1.2),
        reach=1.0,
    ),
    "kuaishou": dict(
        launch=date(2013, 7, 1),
        er=0.03,
        lpv=(0.02, 0.06),
        cpl=(0.015, 0.07),
        spl=(0.005, 0.05),
        svl=None,
        views="always",
        fmt=(("video", 0.9), ("live", 0.06), ("image", 0.04)),
        fcap=5000,
        ppd=(0.2, 1.5),
        reach=1.0,
    ),
    "rednote": dict(
        launch=date(2013, 6, 6),
        er=0.05,
        lpv=(0.04, 0.14),
        cpl=(0.03, 0.12),
        spl=(0.02, 0.1),
        svl=(0.2, 1.1),
        views="never",
        fmt=(("image", 0.6), ("video", 0.4)),
        fcap=5000,
        ppd=(0.08, 0.8),
        reach=1.0,
    ),
    "weibo": dict(
        launch=date(2009, 8, 14),
        er=0.008,
        lpv=(0.005, 0.03),
        cpl=(0.05, 0.35),
        spl=(0.05, 0.6),
        svl=None,
        views="video",
        fmt=(("text", 0.3), ("image", 0.45), ("video", 0.25)),
        fcap=2000,
        ppd=(0.3, 3.0),
        reach=1.0,
    ),
    "bilibili": dict(
        launch=date(2009, 6, 26),
        er=0.04,
        lpv=(0.03, 0.1),
        cpl=(0.015, 0.07),
        spl=(0.005, 0.05),
        svl=(0.05, 0.45),
        views="always",
        fmt=(("video", 0.93), ("image", 0.04), ("live", 0.03)),
        fcap=2000,
        ppd=(0.03, 0.4),
        reach=1.0,
    ),
    "wechat_channels": dict(
        launch=date(2020, 1, 22),
        er=0.02,
        lpv=(0.02, 0.06),
        cpl=(0.02, 0.1),
        spl=(0.1, 0.5),
        svl=(0.02, 0.12),
        views="never",
        fmt=(("video", 0.92), ("live", 0.08)),
        fcap=5000,
        ppd=(0.1, 1.0),
        reach=1.0,
    ),
    "instagram": dict(
        launch=date(2010, 10, 6),
        er=0.03,
        lpv=(0.03, 0.1),
        cpl=(0.008, 0.05),
        spl=(0.01, 0.1),
        svl=None,
        views="video",
        fmt=(("image", 0.55), ("video", 0.45)),
        fcap=7500,
        ppd=(0.1, 1.0),
        reach=1.0,
    ),
    "tiktok": dict(
        launch=date(2017, 9, 1),
        er=0.05,
        lpv=(0.05, 0.12),
        cpl=(0.008, 0.04),
        spl=(0.02, 0.15),
        svl=(0.02, 0.15),
        views="always",
        fmt=(("video", 0.97), ("live", 0.03)),
        fcap=10000,
        ppd=(0.15, 1.5),
        reach=1.0,
    ),
    "youtube": dict(
        launch=date(2005, 12, 15),
        er=0.02,
        lpv=(0.02, 0.06),
        cpl=(0.02, 0.07),
        spl=None,
        svl=None,
        views="always",
        fmt=(("video", 0.9), ("live", 0.05), ("other", 0.05)),
        fcap=5000,
        ppd=(0.03, 0.5),
        reach=1.0,
    ),
    "twitter": dict(
        launch=date(2006, 7, 15),
        er=0.01,
        lpv=(0.004, 0.02),
        cpl=(0.03, 0.2),
        spl=(0.05, 0.35),
        svl=(0.01, 0.1),
        views="always",
        fmt=(("text", 0.55), ("image", 0.3), ("video", 0.15)),
        fcap=5000,
        ppd=(0.3, 4.0),
        reach=1.0,
    ),
}

CATEGORIES = [
    "beauty",
    "fashion",
    "food",
    "travel",
    "fitness",
    "tech",
    "gaming",
    "parenting",
    "pets",
    "finance",
    "education",
    "lifestyle",
    "comedy",
    "music",
    "auto",
    "home",
]

# ----------------------------------------------------------------------------------------------
# archetypes
# ----------------------------------------------------------------------------------------------
GENUINE_ARCH = {
    "koc_engaged": 0.15,
    "organic_steady": 0.16,
    "viral_spike": 0.11,
    "giveaway": 0.06,
    "shoutout": 0.05,
    "celebrity": 0.06,
    "purge_hit": 0.05,
    "declining": 0.05,
    "new_rising": 0.05,
    "live_commerce": 0.06,
    "spammy_section": 0.06,
    "fandom_kongping": 0.03,
    "koc_tiny": 0.05,
    "brand_official": 0.03,
}
FRAUD_ARCH = {
    "burst_followers": 0.11,
    "drip_followers": 0.08,
    "premium_followers": 0.08,
    "task_followers": 0.05,
    "bought_likes": 0.08,
    "bought_views": 0.05,
    "bot_comments": 0.06,
    "ai_comments": 0.05,
    "pod": 0.07,
    "churn": 0.06,
    "lure_comments": 0.03,
    "combo:burst_followers+bot_comments": 0.05,
    "combo:drip_followers+bought_likes": 0.04,
    "combo:premium_followers+ai_comments": 0.04,
    "combo:pod+churn": 0.03,
    "combo:burst_followers+bought_likes+bot_comments": 0.04,
    "combo:bought_likes+bought_views": 0.03,
    "combo:task_followers+pod": 0.02,
    "combo:drip_followers+bought_views": 0.03,
}
FRAUD_SHARE = 0.45

# ----------------------------------------------------------------------------------------------
# text banks
# ----------------------------------------------------------------------------------------------
SURN = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔汤"
GIVEN = "子涵梓轩浩宇欣怡思雨佳琪俊杰桐诺晨阳嘉萱家豪文博明诗梦瑶晓雯静婷丽娜海峰建国志强秀英桂兰玉芳敏磊洋勇军艳霞平刚辉鹏飞雪琳颖倩露蕾薇凯旭航瑞坤泽楠琦璐茜悦萌"
NICK_ADJ = [
    "爱吃鱼的",
    "不吃香菜的",
    "会飞的",
    "想睡觉的",
    "努力搬砖的",
    "快乐的",
    "温柔的",
    "无敌的",
    "爱笑的",
    "减肥中的",
    "熬夜的",
    "摸鱼的",
    "追光的",
    "认真生活的",
    "发呆的",
    "不想上班的",
    "爱喝奶茶的",
    "早睡早起的",
    "一只",
    "小小",
    "奔跑的",
    "迷路的",
    "吃不胖的",
    "想暴富的",
    "安静的",
    "偷吃的",
]
NICK_NOUN = [
    "小猫",
    "猫咪",
    "兔子",
    "橘子",
    "小王",
    "土豆",
    "胖虎",
    "鱼",
    "少女",
    "打工人",
    "大叔",
    "小仙女",
    "考拉",
    "汤圆",
    "饺子",
    "柠檬",
    "西瓜",
    "小熊",
    "企鹅",
    "咸鱼",
    "芒果",
    "奶糖",
    "云朵",
    "星星",
    "月亮",
    "小狗",
    "阿姨",
    "宝妈",
    "学生党",
    "程序员",
    "老师",
    "小胖",
    "猪猪",
    "团子",
    "可乐",
    "小鹿",
]
NICK_WORD = [
    "橘子汽水",
    "柠檬茶",
    "草莓味的夏天",
    "晚风",
    "晴天",
    "南风知我意",
    "人间值得",
    "岁月静好",
    "清欢",
    "浅笑",
    "时光",
    "追梦人",
    "夏天的风",
    "半夏",
    "星河",
    "向日葵",
    "一路向北",
    "慢慢来",
    "平安喜乐",
    "长安",
    "山海",
    "风铃",
    "旧梦",
    "初心",
    "陌上花开",
    "知足常乐",
    "花开富贵",
    "好运来",
    "心想事成",
]
EN_FIRST = [
    "Lily",
    "Momo",
    "Coco",
    "Amy",
    "Kevin",
    "Jack",
    "Vicky",
    "Emma",
    "Leo",
    "Anna",
    "Tom",
    "Sunny",
    "Yoyo",
    "Cici",
    "Kiki",
    "Jason",
    "Eric",
    "Grace",
    "Olivia",
    "Mia",
    "Noah",
    "Liam",
    "Sophia",
    "Lucas",
    "Ava",
    "Ethan",
    "Isabella",
    "James",
    "Chloe",
    "Daniel",
    "Maria",
    "Jose",
    "Ana",
    "Carlos",
    "Sofia",
    "Ahmed",
    "Fatima",
    "Priya",
    "Arjun",
    "Yuki",
    "Hana",
    "Minji",
    "Jisoo",
    "Putri",
    "Dewi",
    "Rizky",
    "Lucia",
    "Mateo",
    "Camila",
    "Gabriel",
    "Julia",
    "Ben",
    "Sam",
    "Zoe",
    "Nina",
    "Alex",
    "Chris",
    "Kate",
    "Ryan",
]
EN_LAST = [
    "smith",
    "johnson",
    "lee",
    "kim",
    "garcia",
    "martinez",
    "silva",
    "santos",
    "nguyen",
    "tran",
    "chen",
    "wang",
    "patel",
    "khan",
    "brown",
    "jones",
    "miller",
    "davis",
    "lopez",
    "gonzalez",
    "wilson",
    "taylor",
    "moore",
    "clark",
    "lewis",
    "walker",
    "hall",
    "young",
    "king",
    "wright",
    "rossi",
    "muller",
    "dubois",
    "sato",
    "tanaka",
    "park",
    "choi",
    "ali",
    "hassan",
    "rodriguez",
]
PINYIN = [
    "xiao",
    "yu",
    "chen",
    "lin",
    "wang",
    "li",
    "zhang",
    "mei",
    "ting",
    "hao",
    "jie",
    "yan",
    "xin",
    "yi",
    "meng",
    "qing",
    "fei",
    "lei",
    "jun",
    "hui",
    "ling",
    "na",
    "ming",
    "tian",
    "kai",
    "rui",
    "bo",
    "wen",
    "jia",
    "xuan",
    "zi",
    "han",
    "yang",
    "lu",
    "yue",
    "tong",
    "nuo",
    "qi",
    "shan",
    "an",
]

EMO_CN = {
    "douyin": [
        "[赞]",
        "[捂脸]",
        "[呲牙]",
        "[送心]",
        "[666]",
        "[比心]",
        "[流泪]",
        "[玫瑰]",
        "[偷笑]",
        "[看]",
        "[大笑]",
        "[鼓掌]",
        "[爱心]",
    ],
    "kuaishou": [
        "[666]",
        "[赞]",
        "[玫瑰]",
        "[爱心]",
        "[捂脸]",
        "[呲牙]",
        "[鼓掌]",
        "[抱拳]",
        "[奸笑]",
    ],
    "rednote": [
        "[派对R]",
        "[哭惹R]",
        "[赞R]",
        "[萌萌哒R]",
        "[笑哭R]",
        "[害羞R]",
        "[飞吻R]",
        "[石化R]",
        "[偷笑R]",
        "[买爆R]",
        "[doge]",
    ],
    "weibo": [
        "[允悲]",
        "[二哈]",
        "[doge]",
        "[吃瓜]",
        "[赞]",
        "[哈哈]",
        "[心]",
        "[泪]",
        "[笑cry]",
        "[good]",
        "[抱抱]",
        "[并不简单]",
        "[跪了]",
    ],
    "bilibili": [
        "[doge]",
        "[笑哭]",
        "[妙啊]",
        "[tv_微笑]",
        "[给心心]",
        "[脱单doge]",
        "[吃瓜]",
        "[打call]",
        "[OK]",
        "[热词系列_知识增加]",
        "[藏狐]",
    ],
    "wechat_channels": [
        "[强]",
        "[玫瑰]",
        "[捂脸]",
        "[破涕为笑]",
        "[呲牙]",
        "[旺柴]",
        "[愉快]",
        "[爱心]",
        "[抱拳]",
        "[耶]",
        "[合十]",
    ],
}
EMOJI = [
    "😂",
    "🤣",
    "😭",
    "👍",
    "❤️",
    "🥰",
    "😍",
    "🔥",
    "✨",
    "💯",
    "🙏",
    "🤔",
    "👀",
    "😆",
    "🥺",
    "💕",
    "👏",
    "😋",
    "🌹",
    "💪",
    "😊",
    "🤩",
    "😘",
    "🙌",
    "💖",
]

CAT_CN = {
    "beauty": dict(
        items=[
            "这个粉底液",
            "这支口红",
            "这盘眼影",
            "这个防晒",
            "这瓶精华",
            "这款面霜",
            "卸妆油",
            "腮红",
            "眉笔",
            "气垫",
            "这个香水",
        ],
        asp=["妆容", "底妆", "眼妆", "色号", "皮肤状态", "持妆", "氛围感", "妆面"],
        q=[
            "{item}干皮能用吗",
            "{item}敏感肌可以用吗",
            "口红是几号色",
            "油皮夏天用会闷痘吗",
            "{item}多少钱",
            "求{item}链接",
            "{item}有平替吗",
            "黄黑皮适合吗",
            "{item}会搓泥吗",
            "学生党买得起吗",
            "混油皮求推荐",
            "用完会拔干吗",
        ],
        exp=[
            "我也买了{item}，{op}",
            "{item}我用了两周，{op}",
            "之前被种草{item}，{op}",
            "{item}我回购第三次了",
        ],
    ),
    "fashion": dict(
        items=[
            "这件外套",
            "这条裙子",
            "这双鞋",
            "这个包",
            "这条裤子",
            "这件卫衣",
            "这顶帽子",
            "这件针织衫",
        ],
        asp=["穿搭", "配色", "版型", "整体搭配", "气质", "身材比例", "上身效果"],
        q=[
            "{item}是什么牌子",
            "{item}求链接",
            "身高多少呀",
            "{item}会起球吗",
            "{item}偏大还是偏小",
            "梨形身材能穿吗",
            "微胖可以穿吗",
            "{item}有别的颜色吗",
            "求同款",
            "这是哪里拍的",
        ],
        exp=["{item}我也有，{op}", "刚下单了{item}", "去年买过类似的，{op}"],
    ),
    "food": dict(
        items=[
            "这家店",
            "这道菜",
            "这个锅",
            "这款空气炸锅",
            "这个酱",
            "这个做法",
            "这碗面",
            "这个蛋糕",
        ],
        asp=["摆盘", "火候", "做法", "卖相", "酱汁", "刀工", "口感"],
        q=[
            "{item}在哪里",
            "人均多少",
            "{item}要排队吗",
            "糖可以换成代糖吗",
            "没有烤箱怎么办",
            "要腌多久",
            "{item}地址求一个",
            "酱油放多少",
            "孩子能吃吗",
            "可以用空气炸锅吗",
            "面粉用的什么",
        ],
        exp=[
            "照着做了一遍，{op}",
            "昨天刚去了{item}，{op}",
            "{item}我吃过，{op}",
            "已经第三次做了",
        ],
    ),
    "travel": dict(
        items=["这个地方", "这家民宿", "这条路线", "这个酒店", "这个景点", "这片海", "这个古镇"],
        asp=["风景", "拍照机位", "路线", "攻略", "滤镜", "构图", "氛围"],
        q=[
            "{item}人多吗",
            "几月份去最好",
            "自驾方便吗",
            "{item}要门票吗",
            "住哪里比较方便",
            "带老人能去吗",
            "求具体位置",
            "预算大概多少",
            "用的什么相机",
            "现在去冷不冷",
            "要提前预约吗",
        ],
        exp=["去年去过{item}，{op}", "五一刚去完，{op}", "本地人表示{op}", "已经加入旅行清单了"],
    ),
    "fitness": dict(
        items=["这套动作", "这个计划", "这个训练", "这个饮食", "帕梅拉", "这组臀腿", "这个拉伸"],
        asp=["线条", "体态", "核心", "马甲线", "肩背", "动作细节"],
        q=[
            "每天练多久",
            "膝盖不好能练吗",
            "{item}适合新手吗",
            "练完腿酸正常吗",
            "体脂多少了",
            "饮食怎么控制",
            "多久能见效",
            "要不要吃蛋白粉",
            "早上练还是晚上练",
        ],
        exp=["跟练第十天了，{op}", "{item}坚持了一个月，{op}", "今天打卡完成", "练完真的出汗"],
    ),
    "tech": dict(
        items=[
            "这台手机",
            "这个耳机",
            "这款笔记本",
            "这个键盘",
            "这个平板",
            "这块屏幕",
            "这台相机",
            "这个充电宝",
        ],
        asp=["测评", "续航", "拍照", "散热", "性价比", "屏幕", "做工"],
        q=[
            "{item}打游戏发热吗",
            "{item}续航怎么样",
            "和上一代比值得换吗",
            "{item}多少钱入手的",
            "学生用推荐哪款",
            "系统流畅吗",
            "能不能出个对比",
            "国行还是港版",
            "信号怎么样",
        ],
        exp=["{item}我用了半年，{op}", "刚入手{item}，{op}", "看完决定不买了", "已下单，等到货"],
    ),
    "gaming": dict(
        items=["这个英雄", "这个版本", "这把", "这个操作", "这套阵容", "这个皮肤", "这个副本"],
        asp=["操作", "意识", "走位", "节奏", "解说"],
        q=[
            "{item}怎么出装",
            "什么段位",
            "这个版本还能玩吗",
            "{item}怎么打",
            "手机什么型号",
            "求带",
            "有没有教学",
        ],
        exp=["我玩{item}也是这样", "昨天刚被{item}教育了", "学会了，晚上去试试", "上分全靠这个"],
    ),
    "parenting": dict(
        items=[
            "这个绘本",
            "这款奶粉",
            "这个辅食",
            "这个玩具",
            "这个推车",
            "这个早教",
            "这款纸尿裤",
        ],
        asp=["方法", "耐心", "育儿经验", "宝宝状态", "作息安排"],
        q=[
            "宝宝多大了",
            "{item}几个月能用",
            "{item}在哪买的",
            "夜醒怎么办",
            "不爱吃饭怎么办",
            "过敏体质可以吗",
            "二胎怎么平衡",
            "几岁开始比较好",
        ],
        exp=[
            "我家也是这样，{op}",
            "{item}我家娃也在用，{op}",
            "二胎妈妈表示{op}",
            "看哭了，当妈太不容易",
        ],
    ),
    "pets": dict(
        items=["这个猫粮", "这个猫砂", "这个玩具", "这个牵引绳", "这个猫爬架", "这个狗粮"],
        asp=["毛色", "眼神", "表情", "小短腿", "胖脸"],
        q=[
            "什么品种",
            "几个月大了",
            "{item}哪里买的",
            "掉毛严重吗",
            "怎么训练的",
            "绝育了吗",
            "吃什么这么胖",
        ],
        exp=["我家猫也这样", "我家狗也这样，{op}", "{item}我家也在用，{op}", "被萌化了"],
    ),
    "finance": dict(
        items=["这只基金", "这个理财", "这张信用卡", "这个定投", "这个保险"],
        asp=["分析", "逻辑", "思路", "数据"],
        q=[
            "新手怎么开始",
            "{item}风险大吗",
            "现在还能上车吗",
            "月薪五千怎么存钱",
            "{item}收益多少",
            "求推荐书",
        ],
        exp=["{item}我也买了，{op}", "亏了一年了，{op}", "坚持记账半年，{op}"],
    ),
    "education": dict(
        items=["这个方法", "这套资料", "这本书", "这个网课", "这个单词本", "这个笔记"],
        asp=["讲解", "思路", "笔记", "逻辑", "板书"],
        q=[
            "{item}适合零基础吗",
            "考研能用吗",
            "有电子版吗",
            "每天学多久",
            "四级来得及吗",
            "求资料",
        ],
        exp=["用{item}考过了，{op}", "跟着学了一周，{op}", "终于听懂了"],
    ),
    "lifestyle": dict(
        items=["这个杯子", "这个香薰", "这个本子", "这个收纳", "这个台灯", "这套餐具"],
        asp=["vlog", "生活状态", "房间", "氛围", "节奏", "剪辑"],
        q=["{item}在哪买的", "bgm是什么", "用的什么剪辑软件", "房租多少", "在哪个城市", "几点起床"],
        exp=["看你的vlog好治愈", "我也想过这样的生活", "{item}我也有，{op}", "下班就等你更新"],
    ),
    "comedy": dict(
        items=["这段", "这个梗", "这个结局", "这个表情", "这句台词"],
        asp=["演技", "剧本", "反转", "表情管理"],
        q=["{item}是哪一期的", "bgm叫什么", "下集呢", "这是真事吗"],
        exp=["笑到邻居来敲门", "{item}我看了十遍", "在地铁上笑出声了", "太真实了就是我本人"],
    ),
    "music": dict(
        items=["这首歌", "这段副歌", "这个编曲", "这把吉他", "这个翻唱"],
        asp=["声音", "音色", "高音", "编曲", "和声"],
        q=["{item}叫什么名字", "有完整版吗", "求谱", "用的什么麦", "什么时候发歌"],
        exp=["单曲循环一整天", "{item}听哭了", "耳朵怀孕了", "开口就跪"],
    ),
    "auto": dict(
        items=["这台车", "这个配置", "这款电车", "这个轮毂", "这个车机"],
        asp=["外观", "内饰", "续航", "操控", "测评"],
        q=[
            "落地多少钱",
            "{item}油耗多少",
            "冬天续航掉多少",
            "和Model Y比怎么样",
            "女生开合适吗",
            "保养贵吗",
        ],
        exp=["{item}我开了两年，{op}", "刚提车，{op}", "试驾过，{op}"],
    ),
    "home": dict(
        items=["这个沙发", "这个柜子", "这个灯", "这个地板", "这个窗帘", "这个收纳盒"],
        asp=["装修", "配色", "设计", "收纳", "软装"],
        q=[
            "{item}在哪买的",
            "多大面积",
            "装修花了多少",
            "{item}好打理吗",
            "有猫能用吗",
            "层高多少",
        ],
        exp=["照着改了我家，{op}", "{item}我家也是，{op}", "收藏了装修用"],
    ),
}
OP_CN = [
    "真的好用",
    "一般般吧",
    "确实不错",
    "有点失望",
    "还挺惊喜的",
    "性价比很高",
    "没有想象中好",
    "效果很明显",
    "踩雷了",
    "推荐",
    "感觉还行",
    "用着很舒服",
    "回购了",
    "味道有点大",
    "不值这个价",
    "超出预期",
]
ADJ_CN = [
    "好看",
    "绝",
    "高级",
    "自然",
    "温柔",
    "实用",
    "治愈",
    "上头",
    "有氛围感",
    "用心",
    "专业",
    "细节",
    "干货",
    "真实",
    "戳我",
]
SLANG = [
    "yyds",
    "绝绝子",
    "xswl",
    "awsl",
    "u1s1",
    "dbq",
    "zqsg",
    "yysy",
    "nsdd",
    "蹲一个",
    "码住",
    "dd",
    "求链接",
    "真的会谢",
    "破防了",
    "DNA动了",
    "爷青回",
    "救命",
    "谁懂啊",
    "我直接一个收藏",
    "泰裤辣",
    "家人们谁懂",
    "一整个爱住",
    "狠狠心动了",
    "嘴角比AK还难压",
    "尊嘟假嘟",
    "前排",
    "打卡",
    "来了来了",
    "沙发",
    "蹲后续",
    "催更",
    "已三连",
    "下次一定",
    "泪目",
    "好家伙",
    "笑不活了",
    "我宣布",
    "慕了",
    "酸了",
    "插眼",
    "mark",
    "冲",
    "好耶",
    "madamada",
    "真香",
]
BILI_ONLY = [
    "前排",
    "下次一定",
    "三连了",
    "up主辛苦了",
    "催更",
    "awsl",
    "爷青回",
    "封面好评",
    "妙啊",
    "这集必火",
    "弹幕护体",
    "全体起立",
    "我悟了",
    "up主是懂{asp}的",
    "已投币",
    "这期质量好高",
]
KUAI_ONLY = [
    "老铁666",
    "双击666",
    "主播好",
    "支持老铁",
    "关注了",
    "来了老铁",
    "已拍",
    "家人们冲",
    "给主播点赞",
    "好家伙",
    "主播辛苦了",
    "老铁没毛病",
    "点赞支持",
    "每天都来看你",
]
CITIES = [
    "北京",
    "上海",
    "广州",
    "深圳",
    "成都",
    "杭州",
    "重庆",
    "武汉",
    "西安",
    "南京",
    "长沙",
    "苏州",
    "天津",
    "厦门",
    "青岛",
    "昆明",
    "大连",
    "郑州",
    "沈阳",
    "哈尔滨",
    "合肥",
    "福州",
    "贵阳",
    "南宁",
    "济南",
    "香港",
    "台北",
]
DISAGREE = [
    "恰饭了吧",
    "广告越来越多了",
    "感觉一般",
    "滤镜太重了",
    "和实物差距有点大",
    "上次买的踩雷了",
    "不太认同",
    "这个价格有点离谱",
    "说得太绝对了",
    "有没有人觉得{asp}有点过了",
    "这期有点水",
]
CN_PRE = [
    "请问",
    "博主",
    "姐妹",
    "想问一下",
    "话说",
    "所以",
    "真的",
    "诶",
    "天哪",
    "说实话",
    "其实",
    "我觉得",
    "宝",
    "啊啊啊",
    "刚刷到，",
    "看完了，",
    "补充一下，",
    "同问，",
    "+1 ",
    "蹲，",
    "好奇",
]
CN_SUF = [
    "呀",
    "呢",
    "啊",
    "哈哈",
    "hhh",
    "嘿嘿",
    "吧",
    "啦",
    "嘛",
    "哈哈哈哈",
    "！！！",
    "嘻嘻",
    "呜呜呜",
    "（认真脸）",
    "😂",
    "+1",
]
CN_TAIL = [
    "太{adj}了",
    "收藏了",
    "已关注",
    "下次试试",
    "爱了",
    "求更新",
    "蹲后续",
    "{asp}很{adj}",
    "等一个{item}测评",
    "已转发",
    "学到了",
    "好想要",
    "种草了",
    "拔草了",
    "先赞再看",
    "希望多出这种",
    "我妈也在看",
    "支持一下{item}",
]
EN_PRE = [
    "omg ",
    "ok but ",
    "wait ",
    "honestly ",
    "lowkey ",
    "ngl ",
    "yo ",
    "bro ",
    "girl ",
    "not gonna lie ",
    "lol ",
    "ahh ",
]
EN_SUF = [" lol", " haha", "!!", " fr", " 😭", " tbh", " ❤️", "...", " no cap", " 🙌"]
TAG_LINES = [
    "快看",
    "你要的",
    "我们下次去这",
    "这不就是你",
    "学起来",
    "给你看",
    "周末安排",
    "像不像你",
    "冲不冲",
]
TRAD = str.maketrans(
    {
        "这": "這",
        "个": "個",
        "么": "麼",
        "说": "說",
        "买": "買",
        "还": "還",
        "来": "來",
        "们": "們",
        "时": "時",
        "会": "會",
        "对": "對",
        "发": "發",
        "实": "實",
        "点": "點",
        "颜": "顏",
        "东": "東",
        "吗": "嗎",
        "没": "沒",
        "为": "為",
        "从": "從",
        "样": "樣",
        "欢": "歡",
        "爱": "愛",
        "觉": "覺",
        "体": "體",
        "开": "開",
        "后": "後",
        "问": "問",
        "边": "邊",
        "过": "過",
        "长": "長",
        "国": "國",
        "里": "裡",
        "见": "見",
        "现": "現",
        "亲": "親",
        "给": "給",
        "听": "聽",
        "视": "視",
        "频": "頻",
        "乐": "樂",
        "区": "區",
        "价": "價",
        "钱": "錢",
        "请": "請",
        "谢": "謝",
        "饭": "飯",
        "杂": "雜",
        "头": "頭",
        "极": "極",
        "级": "級",
        "卖": "賣",
        "适": "適",
        "师": "師",
        "机": "機",
        "间": "間",
        "岁": "歲",
        "拍": "拍",
        "帅": "帥",
        "厉": "厲",
        "题": "題",
        "办": "辦",
    }
)

EN_CAT = {
    "beauty": (
        ["foundation", "lipstick", "palette", "serum", "sunscreen", "blush"],
        ["the glow", "your skin", "this look", "the shade"],
    ),
    "fashion": (
        ["jacket", "dress", "boots", "bag", "jeans", "coat"],
        ["the fit", "this outfit", "the colors", "your style"],
    ),
    "food": (
        ["recipe", "sauce", "pasta", "cake", "ramen", "air fryer"],
        ["the plating", "that texture", "the recipe"],
    ),
    "travel": (
        ["hotel", "beach", "route", "hike", "town", "view"],
        ["the view", "the colors", "this spot"],
    ),
    "fitness": (
        ["workout", "routine", "split", "program", "meal plan"],
        ["the form", "your progress", "the routine"],
    ),
    "tech": (
        ["phone", "laptop", "camera", "headphones", "keyboard", "monitor"],
        ["the review", "the battery test", "the comparison"],
    ),
    "gaming": (
        ["build", "loadout", "clutch", "run", "boss fight"],
        ["that play", "the aim", "the commentary"],
    ),
    "parenting": (
        ["stroller", "book", "routine", "toy", "formula"],
        ["the routine", "your patience", "the tips"],
    ),
    "pets": (
        ["food", "toy", "harness", "bed", "litter"],
        ["that face", "the zoomies", "those eyes"],
    ),
    "finance": (
        ["ETF", "budget", "card", "index fund", "savings plan"],
        ["the breakdown", "the analysis"],
    ),
    "education": (
        ["notes", "method", "course", "book", "flashcards"],
        ["the explanation", "the notes"],
    ),
    "lifestyle": (
        ["mug", "candle", "journal", "lamp", "desk setup"],
        ["the vibe", "this vlog", "the editing"],
    ),
    "comedy": (["skit", "bit", "ending", "joke"], ["the timing", "the ending", "that face"]),
    "music": (
        ["song", "cover", "riff", "guitar", "mic"],
        ["your voice", "the harmony", "that high note"],
    ),
    "auto": (
        ["car", "trim", "EV", "wheels", "interior"],
        ["the review", "the interior", "the sound"],
    ),
    "home": (
        ["sofa", "shelf", "lamp", "rug", "kitchen"],
        ["the design", "the colors", "the layout"],
    ),
}
EN_Q = [
    "where did you get the {item}?",
    "is the {item} worth it?",
    "what's the name of the {item}?",
    "link to the {item}?",
    "how long did this take?",
    "does this work for beginners?",
    "what camera do you use?",
    "how much was the {item}?",
    "song name??",
    "part 2 please",
    "can you do a tutorial on this?",
    "where is this?",
    "what size is the {item}?",
]
EN_REACT = [
    "{asp} is unreal",
    "ok {asp} though",
    "I need the {item} now",
    "been waiting for this one",
    "this made my day",
    "literally me",
    "saving this for later",
    "I tried the {item} and {op}",
    "you always deliver",
    "the way I gasped",
    "not me watching this 5 times",
    "{asp} >>>",
    "finally someone said it",
    "lol this is so true",
    "obsessed with {asp}",
    "bought the {item} because of you and {op}",
    "this is why I follow you",
    "I can't stop laughing",
    "ngl {asp} is",
    "hmm not sure about the {item}",
    "feels like an ad tbh",
    "first!",
    "early gang",
]
EN_OP = [
    "it's amazing",
    "it broke me out",
    "no regrets",
    "it's just ok",
    "love it",
    "it was too pricey",
    "it actually works",
]
OTHER_LANG = [
    "Qué bonito 😍",
    "¿Dónde lo compraste?",
    "Me encanta",
    "Amei demais",
    "Que lindo!",
    "Keren banget kak",
    "Mantap",
    "かわいい",
    "最高です",
    "너무 좋아요",
    "대박",
    "Trop beau",
    "Magnifique",
    "Wunderschön",
    "Bellissimo",
    "Top 🔥",
    "Muito bom",
    "Increíble",
    "Bagus banget",
    "Kak spill dong",
    "Güzel",
    "Супер",
    "Очень красиво",
    "Que delícia",
    "Hermosa",
    "Grande!",
    "Sugoi",
    "Cantik bgt",
]

# fraud / low-effort text banks
BOT_CN = [
    "好看",
    "支持",
    "赞赞赞",
    "[赞][赞][赞]",
    "👍👍👍",
    "太棒了",
    "不错",
    "666",
    "真棒",
    "厉害了",
    "加油",
    "学到了",
    "好",
    "真好",
    "喜欢",
    "支持一下",
    "很好",
    "优秀",
    "❤️❤️❤️",
    "[玫瑰][玫瑰]",
    "👏👏",
    "好好好",
    "棒棒哒",
    "点赞",
    "路过支持",
    "太好看了吧",
    "爱了爱了",
    "必须支持",
    "真不错",
    "🌹🌹🌹",
    "[强][强]",
    "关注了",
    "好厉害",
    "哇",
    "太美了",
]
BOT_EN = [
    "Nice",
    "Great post",
    "Nice pic",
    "🔥🔥🔥",
    "😍😍",
    "Amazing",
    "Love it",
    "Wow",
    "Awesome",
    "Cool",
    "👏👏👏",
    "Beautiful",
    "Great content",
    "Keep it up",
    "❤️❤️",
    "Nice one",
    "Superb",
    "Perfect",
    "👍",
    "So cute",
    "Good job",
]
AI_CN_A = [
    "这篇分享",
    "这期内容",
    "这个视频",
    "博主的分享",
    "这次的作品",
    "这组内容",
    "这条笔记",
    "这期的讲解",
]
AI_CN_B = [
    "真的太有用了",
    "干货满满",
    "非常实用",
    "质量很高",
    "让人受益匪浅",
    "做得非常用心",
    "细节满满",
    "很有参考价值",
    "讲得清清楚楚",
    "信息量很大",
]
AI_CN_C = [
    "博主的讲解非常细致",
    "能看出博主的专业",
    "每一个细节都很到位",
    "整体节奏把握得很好",
    "内容很有深度",
    "表达非常清晰",
    "审美真的在线",
    "思路很清晰",
]
AI_CN_D = [
    "收藏起来慢慢看",
    "期待更多精彩内容",
    "已经推荐给朋友了",
    "希望博主继续加油",
    "学到了很多",
    "支持博主一直更新",
    "值得反复观看",
    "真心推荐大家看看",
    "感谢分享",
]
AI_EN_A = [
    "This is such",
    "What a truly",
    "Absolutely",
    "Such an",
    "Really",
    "This is an incredibly",
]
AI_EN_B = [
    "inspiring",
    "well-crafted",
    "insightful",
    "thoughtful",
    "valuable",
    "beautifully presented",
    "helpful",
]
AI_EN_C = ["post", "piece of content", "share", "breakdown", "video"]
AI_EN_D = [
    "Your attention to detail really shines through.",
    "Thank you for sharing your expertise!",
    "Keep up the amazing work!",
    "I learned so much from this.",
    "Can't wait to see what you create next!",
    "Your passion is truly contagious.",
    "This deserves way more attention.",
    "So much value in one post!",
]
POD_CN = [
    "来了宝",
    "支持支持",
    "已赞已藏 求回",
    "姐妹好美",
    "互关吗",
    "回访一下",
    "打卡支持",
    "冲冲冲",
    "来啦来啦",
    "已三连 求回",
    "宝子已赞",
    "每日打卡",
    "今日份支持",
    "互赞互赞",
    "来晚了",
    "又来支持啦",
    "太好看了宝",
    "必须来捧场",
    "第一时间来了",
    "姐妹冲",
    "已关注 回关",
    "支持宝子",
    "美美美",
    "互助一下",
]
POD_EN = [
    "Love this! 🔥",
    "So good 😍",
    "Yesss",
    "Obsessed",
    "Stunning 😍",
    "Amazing as always",
    "Killing it 🔥",
    "Gorgeous",
    "This is everything",
    "Goals 🙌",
    "Love your feed",
    "So inspiring",
    "Beautiful shot",
    "Wow 😍🔥",
    "Yes queen",
]
LURE = [
    "想要资源的滋我",
    "看我主页有惊喜",
    "私信我领取",
    "+薇 {code}",
    "加v：{code}",
    "vx {code}",
    "薇信 {code}",
    "威辛{code}",
    "扣{num}",
    "🛰 {code}",
    "兼职日结 有意私",
    "同款在我橱窗",
    "资源群满了 想进的滋滋",
    "有偿找人 懂的来",
    "徽信{code} 备注来意",
    "主页有福利",
    "姐妹想要同款私我",
    "需要的+V{code}",
    "日入三百 滋源我",
    "看我头像",
    "企鹅{num}",
    "想学的私",
    "蹲个有缘人 私我",
    "刚在她家买的 主页有链接",
    "v❤ {code}",
    "嶶信 {code}",
]
LURE_EN = [
    "DM @{code} to get featured",
    "Send pic to @{code} 💌",
    "Check my bio for 💰",
    "Collab? DM us @{code}",
    "Promote it on @{code}",
    "I made $500 today, see my profile",
    "Want more followers? DM me",
    "free giveaway in my bio 🎁",
]
CREATOR_CN = [
    "谢谢宝子～",
    "是的呢",
    "链接在主页橱窗哦",
    "下期安排！",
    "哈哈哈谢谢",
    "在{city}哦",
    "可以的～",
    "敏感肌建议先试用",
    "谢谢喜欢",
    "评论区第一个问题回答一下：可以的",
    "已私信",
    "抱抱",
    "会的会的",
    "感谢支持[爱心]",
    "这个我下期详细讲",
    "不是广告哈 自费的",
    "嗯嗯 亲测有效",
    "回复太多啦 晚点统一回",
    "哈哈哈哈被你发现了",
    "有的 在置顶",
    "冲！",
    "好哒",
]
CREATOR_EN = [
    "Thank you! ❤️",
    "Link in bio!",
    "haha yes",
    "Part 2 coming soon",
    "Thanks so much 🙏",
    "It's from a small shop, linked in bio",
    "Glad it helped!",
    "😂😂",
    "Yes it does!",
    "appreciate you",
]
GIVEAWAY_CN = [
    "求中🙏",
    "许愿",
    "想要！",
    "好运来",
    "转发抽奖",
    "锦鲤附体",
    "中中中",
    "万一呢",
    "求锦鲤",
    "让我中一次吧",
    "想要想要",
    "分母+1",
]
CELEB_CN = [
    "哥哥好帅",
    "姐姐冲鸭",
    "永远支持",
    "好想你",
    "❤️❤️❤️",
    "老公",
    "老婆贴贴",
    "等你新作品",
    "今天也很爱你",
    "啊啊啊啊啊",
    "宝贝早点休息",
    "绝美",
    "神颜",
    "看到你就开心",
    "一直都在",
]
CELEB_EN = [
    "❤️❤️❤️",
    "QUEEN",
    "love you",
    "😍😍😍",
    "icon",
    "mother",
    "king 👑",
    "we love you",
    "omg",
    "🔥🔥",
    "slay",
]

BIO_FOLLOWER_CN = [
    "",
    "",
    "",
    "热爱生活",
    "🌸",
    "打工人",
    "95后",
    "INFJ",
    "00后",
    "每天都要开心",
    "摄影爱好者",
    "宝妈一枚",
    "学生党",
    "努力生活",
    "不负韶华",
    "吃货一枚",
    "{city}",
    "平平淡淡才是真",
    "一个普通人",
    "ENFP",
    "减肥ing",
    "星座：双鱼",
]
BIO_FOLLOWER_EN = [
    "",
    "",
    "",
    "🌸",
    "coffee & books",
    "dog mom 🐶",
    "NYC",
    "living my best life",
    "photographer",
    "gamer",
    "mom of 2",
    "just vibes",
    "☀️🌊",
    "student",
    "she/her",
    "travel | food",
    "LA",
    "🇧🇷",
    "🇮🇩",
    "God first 🙏",
]
BIO_PREMIUM_CN = [
    "生活不止眼前的苟且",
    "做自己的太阳",
    "愿你被世界温柔以待",
    "心若向阳 无畏悲伤",
    "简单生活",
    "岁月静好",
    "努力成为更好的自己",
]
BIO_PREMIUM_EN = [
    "Live laugh love",
    "Dream big ✨",
    "Be yourself",
    "Good vibes only",
    "Positive mind positive life",
]

CAT_CN_DESC = {
    "beauty": "美妆护肤",
    "fashion": "穿搭",
    "food": "美食探店",
    "travel": "旅行",
    "fitness": "健身",
    "tech": "数码科技",
    "gaming": "游戏",
    "parenting": "育儿",
    "pets": "萌宠",
    "finance": "理财",
    "education": "学习干货",
    "lifestyle": "生活vlog",
    "comedy": "搞笑",
    "music": "音乐",
    "auto": "汽车",
    "home": "家居装修",
}


# ----------------------------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------------------------
def _wchoice(r: random.Random, d: dict):
    keys = list(d)
    return r.choices(keys, weights=[d[k] for k in keys])[0]


def _ln(r: random.Random, median: float, sigma: float) -> float:
    return median * math.exp(r.gauss(0.0, sigma))


def _iso(ts: float) -> str:
    return datetime.fromtimestamp(int(ts), tz=UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _dstr(d: date) -> str:
    return d.isoformat()


def _midnight_ts(d: date) -> float:
    return datetime(d.year, d.month, d.day, tzinfo=UTC).timestamp()


def _rand_code(r: random.Random, n: int = 0) -> str:
    n = n or r.randint(6, 10)
    letters = "abcdefghjkmnpqrstuvwxyz"
    s = "".join(r.choice(letters) for _ in range(r.randint(2, 5)))
    return s + "".join(r.choice("0123456789") for _ in range(max(2, n - len(s))))


def _b36(x: int) -> str:
    d = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = []
    while x:
        x, k = divmod(x, 36)
        out.append(d[k])
    return "".join(out) or "0"


def _disguise_num(r: random.Random, s: str) -> str:
    circ = dict(zip("0123456789", "⓪①②③④⑤⑥⑦⑧⑨", strict=False))
    full = dict(zip("0123456789", "０１２３４５６７８９", strict=False))
    cn = dict(zip("0123456789", "零幺二三四五六七八九", strict=False))
    m = r.choice([None, circ, full, cn])
    return s if m is None else "".join(m.get(c, c) for c in s)


# ----------------------------------------------------------------------------------------------
# accounts (agents)
# ----------------------------------------------------------------------------------------------
class Namer:
    """Names for accounts on one platform; display names and ids."""

    def __init__(self, r: random.Random, platform: str, as_of: date):
        self.r = r
        self.p = platform
        self.cn = platform in CN_PLATFORMS
        self.as_of = as_of
        self.used: set[str] = set()

    def default_name(self) -> str:
        r = self.r
        p = self.p
        if p == "rednote":
            return "小红薯" + format(r.getrandbits(32), "08X")
        if p in ("douyin", "weibo"):
            return (
                "用户"
                + str(r.randint(10**9, 10**10 - 1))
                + (str(r.randint(100, 999)) if p == "douyin" and r.random() < 0.5 else "")
            )
        if p == "bilibili":
            return "bili_" + str(r.randint(10**10, 10**11 - 1))
        if p == "kuaishou":
            return "快手用户" + str(r.randint(10**9, 10**10 - 1))
        if p == "wechat_channels":
            return "微信用户" if r.random() < 0.3 else r.choice(NICK_WORD) + str(r.randint(1, 99))
        if p == "tiktok":
            return "user" + str(r.randint(10**9, 10**11))
        return r.choice(EN_FIRST).lower() + str(r.randint(10**5, 10**9))

    def cn_nick(self) -> str:
        r = self.r
        k = r.random()
        if k < 0.22:
            s = r.choice(NICK_ADJ) + r.choice(NICK_NOUN)
        elif k < 0.36:
            s = (
                r.choice(["小", "阿", "大", "老"])
                + r.choice(GIVEN)
                + (r.choice(GIVEN) if r.random() < 0.3 else "")
            )
        elif k < 0.52:
            s = r.choice(SURN) + r.choice(GIVEN) + (r.choice(GIVEN) if r.random() < 0.6 else "")
        elif k < 0.62:
            s = r.choice(EN_FIRST) + r.choice(
                ["", "酱", "不吃香菜", "的日常", "爱吃肉", "在" + r.choice(CITIES)]
            )
        elif k < 0.75:
            s = r.choice(NICK_WORD)
        elif k < 0.83:
            s = r.choice(NICK_NOUN) + str(r.randint(1, 9999))
        elif k < 0.9:
            e = r.choice(["🌸", "🍀", "🌙", "⭐", "🍓", "🐱", "🌈"])
            s = e + r.choice(NICK_WORD + NICK_NOUN) + e
        else:
            s = "".join(r.choice(PINYIN) for _ in range(r.randint(2, 3))) + (
                str(r.randint(80, 2010)) if r.random() < 0.5 else ""
            )
        return s

    def en_nick(self) -> tuple[str, str]:
        r = self.r
        f, last = r.choice(EN_FIRST), r.choice(EN_LAST)
        sep = r.choice(["", ".", "_", "__"])
        k = r.random()
        if k < 0.35:
            u = f.lower() + sep + last
        elif k < 0.6:
            u = f.lower() + sep + last + str(r.randint(1, 99))
        elif k < 0.75:
            u = f.lower() + r.choice(
                ["_fit", ".eats", "_travels", ".art", "_official", "xo", "_daily", "__"]
            )
        elif k < 0.88:
            u = last + sep + f.lower() + str(r.randint(80, 2008))
        else:
            u = (
                f.lower()
                + r.choice(["bear", "pie", "sky", "moon", "star", "boo"])
                + str(r.randint(1, 999))
            )
        disp = f + (
            " " + last.capitalize()
            if r.random() < 0.55
            else r.choice(["", " ✨", " 🌸", "🏋️", " 🇧🇷", " 🇺🇸", ""])
        )
        return u, disp

    def bot_handle(self) -> str:
        r = self.r
        if self.cn and r.random() < 0.75:
            return self.default_name()
        k = r.random()
        if k < 0.4:
            return r.choice(EN_FIRST).lower() + _b36(r.getrandbits(48))[: r.randint(5, 9)]
        if k < 0.7:
            return "".join(
                r.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(r.randint(6, 9))
            ) + str(r.randint(100, 99999))
        return r.choice(EN_FIRST).lower() + "." + r.choice(EN_LAST) + str(r.randint(1000, 999999))

    def uid(self, created: date) -> str:
        r = self.r
        y = created.year
        if self.p == "weibo":
            base = (
                1000000000
                if y < 2012
                else (3000000000 if y < 2014 else (5000000000 if y < 2018 else 7000000000))
            )
            return str(base + r.randint(0, 999999999))
        if self.p == "bilibili":
            if y < 2016:
                return str(r.randint(1, 99999999))
            if y < 2020:
                return str(r.randint(100000000, 699999999))
            if y < 2022:
                return str(r.randint(1000000000, 2099999999))
            return "3" + str(r.randint(10**14, 10**15 - 1))
        if self.p == "rednote":
            return str(r.randint(10**8, 10**10))
        if self.p in ("douyin", "kuaishou"):
            return (
                str(r.randint(10**8, 10**11))
                if r.random() < 0.6
                else "".join(r.choice(PINYIN) for _ in range(2)) + str(r.randint(10, 99999))
            )
        if self.p == "wechat_channels":
            return "sph" + _b36(r.getrandbits(50))[:10]
        return "u" + format(r.getrandbits(44), "011x")

    def person(self, kind: str, created: date) -> tuple[str, str, str]:
        """Returns (id, username, display_name)."""
        r = self.r
        bot_like = kind in ("bot_cheap", "zombie", "spammer")
        default_p = {
            "lurker": 0.45,
            "casual": 0.15,
            "task_worker": 0.3,
            "dormant": 0.3,
            "bot_cheap": 0.8,
            "zombie": 0.7,
            "bot_premium": 0.05,
            "giveaway_hunter": 0.1,
        }.get(kind, 0.04)
        uid = self.uid(created)
        if self.cn:
            disp = self.default_name() if r.random() < default_p else self.cn_nick()
            if bot_like and r.random() < 0.25:
                disp = (
                    r.choice(SURN)
                    + r.choice(GIVEN)
                    + "".join(
                        r.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(r.randint(2, 4))
                    )
                )
            user = (
                uid
                if self.p in ("weibo", "bilibili", "rednote", "wechat_channels")
                else (
                    uid
                    if r.random() < 0.5
                    else "".join(r.choice(PINYIN) for _ in range(r.randint(1, 3)))
                    + str(r.randint(1, 99999))
                )
            )
        else:
            if bot_like or (kind in ("lurker", "task_worker") and r.random() < default_p):
                user = self.bot_handle()
                disp = user if r.random() < 0.5 else r.choice(EN_FIRST)
            else:
                user, disp = self.en_nick()
        while user in self.used:
            user = user + str(r.randint(0, 9))
        self.used.add(user)
        return uid, user, disp


def _clamp_date(d: date, lo: date, hi: date) -> date:
    return lo if d < lo else (hi if d > hi else d)


def make_account(
    r: random.Random,
    namer: Namer,
    kind: str,
    platform: str,
    as_of: date,
    join_day: date | None,
    category: str,
) -> dict:
    """One account profile for an agent of the given kind."""
    launch = PCFG[platform]["launch"]
    cn = platform in CN_PLATFORMS
    hi = join_day or as_of

    def created_years(lo_y: float, hi_y: float) -> date:
        d = as_of - timedelta(days=int(365 * r.uniform(lo_y, hi_y)))
        return _clamp_date(d, launch, hi)

    avatar_p, bio_p, priv_p = 0.85, 0.35, 0.0
    if kind == "fan":
        created = created_years(0.3, 11)
        followers = int(_ln(r, 140, 1.3))
        following = int(_ln(r, 260, 0.9))
        posts = int(_ln(r, 60, 1.3))
        last_days = int(_ln(r, 6, 1.3))
        avatar_p, bio_p = 0.95, 0.6
    elif kind == "casual":
        created = created_years(0.2, 10)
        followers = int(_ln(r, 45, 1.4))
        following = int(_ln(r, 190, 1.0))
        posts = int(_ln(r, 14, 1.6)) if r.random() < 0.85 else 0
        last_days = int(_ln(r, 40, 1.5))
        avatar_p, bio_p = 0.82, 0.35
    elif kind == "lurker":
        created = created_years(0.05, 9)
        followers = int(_ln(r, 6, 1.3))
        following = int(_ln(r, 90, 1.1))
        posts = 0 if r.random() < 0.55 else int(_ln(r, 3, 1.0))
        last_days = int(_ln(r, 200, 1.2))
        avatar_p, bio_p = 0.62, 0.1
    elif kind == "dormant":
        created = created_years(3, 13)
        followers = int(_ln(r, 30, 1.4))
        following = int(_ln(r, 150, 1.0))
        posts = int(_ln(r, 20, 1.4))
        last_days = int(r.uniform(400, 3000))
        avatar_p, bio_p = 0.7, 0.25
    elif kind == "giveaway_hunter":
        created = created_years(0.5, 8)
        following = int(min(PCFG[platform]["fcap"], _ln(r, 1500, 0.5)))
        followers = int(_ln(r, 40, 1.2))
        posts = int(_ln(r, 2500, 1.0))
        last_days = r.randint(0, 3)
        avatar_p, bio_p = 0.9, 0.5
    elif kind == "f4f":
        created = created_years(0.3, 6)
        following = int(min(PCFG[platform]["fcap"], _ln(r, 2500, 0.6)))
        followers = int(following * r.uniform(0.6, 1.2))
        posts = int(_ln(r, 120, 1.0))
        last_days = int(_ln(r, 10, 1.2))
        avatar_p, bio_p = 0.95, 0.7
    elif kind == "pod_member":
        created = created_years(1, 9)
        followers = int(_ln(r, 8000, 1.2))
        following = int(_ln(r, 900, 0.6))
        posts = int(_ln(r, 400, 0.8))
        last_days = r.randint(0, 6)
        avatar_p, bio_p = 1.0, 0.95
    elif kind == "task_worker":
        created = created_years(0.5, 7)
        following = int(min(PCFG[platform]["fcap"], _ln(r, 1600, 0.6)))
        followers = int(_ln(r, 12, 1.2))
        posts = int(_ln(r, 4, 1.3)) if r.random() < 0.7 else 0
        last_days = int(_ln(r, 60, 1.5))
        avatar_p, bio_p = 0.85, 0.15
    elif kind == "bot_cheap":
        jd = join_day or as_of
        created = _clamp_date(jd - timedelta(days=int(_ln(r, 60, 1.0))), launch, jd)
        followers = int(_ln(r, 1.2, 1.2)) if r.random() < 0.7 else 0
        following = int(_ln(r, 600, 1.0))
        posts = 0 if r.random() < 0.72 else r.randint(1, 4)
        last_days = (as_of - created).days - r.randint(0, 5)
        avatar_p, bio_p = 0.15, 0.03
    elif kind == "bot_premium":
        created = created_years(1, 8)
        followers = int(_ln(r, 90, 1.0))
        following = int(_ln(r, 650, 0.6))
        posts = int(_ln(r, 40, 1.0))
        last_days = int(_ln(r, 45, 1.3))
        avatar_p, bio_p = 0.97, 0.45
    elif kind == "zombie":
        created = created_years(2, 11)
        followers = int(_ln(r, 2, 1.3))
        following = int(_ln(r, 900, 0.8))
        posts = r.randint(0, 5)
        last_days = int(r.uniform(300, 3000))
        avatar_p, bio_p = 0.35, 0.05
    elif kind == "spammer":
        jd = join_day or as_of
        created = _clamp_date(jd - timedelta(days=int(_ln(r, 90, 1.0))), launch, jd)
        followers = int(_ln(r, 30, 1.4))
        following = int(_ln(r, 400, 1.0))
        posts = int(_ln(r, 6, 1.0))
        last_days = r.randint(0, 20)
        avatar_p, bio_p = 0.95, 0.8
    else:  # non-follower commenter profile, same as casual
        return make_account(r, namer, "casual", platform, as_of, join_day, category)

    if platform in ("instagram", "twitter", "tiktok"):
        priv_p = {
            "fan": 0.2,
            "casual": 0.3,
            "lurker": 0.35,
            "dormant": 0.2,
            "task_worker": 0.15,
            "bot_cheap": 0.05,
            "bot_premium": 0.08,
        }.get(kind, 0.05)
    elif platform == "douyin":
        priv_p = 0.04 if kind in ("fan", "casual", "lurker") else 0.0
    created = _clamp_date(created, launch, hi)
    uid, user, disp = namer.person(kind, created)
    acc = {
        "id": uid,
        "username": user,
        "display_name": disp,
        "followers": max(0, followers),
        "following": max(
            0, min(following, PCFG[platform]["fcap"] + (2000 if kind == "bot_cheap" else 0))
        ),
        "posts": max(0, posts),
        "has_avatar": r.random() < avatar_p,
        "is_private": r.random() < priv_p,
        "verified": (kind in ("fan", "pod_member") and r.random() < 0.01)
        or (kind == "pod_member" and r.random() < 0.05),
        "created_at": _dstr(created),
    }
    if r.random() < bio_p:
        if kind == "giveaway_hunter":
            b = (
                r.choice(["抽奖专用", "锦鲤附体", "求中奖🙏", "逢抽必转", "专业陪跑", "欧气满满"])
                if cn
                else r.choice(["giveaway lover 🎁", "enter to win", "contests"])
            )
        elif kind == "f4f":
            b = (
                r.choice(["互关必回", "互粉 秒回", "有关必回", "回关"])
                if cn
                else r.choice(["follow for follow", "f4f", "follow back 100%", "l4l f4f"])
            )
        elif kind == "spammer":
            b = (
                r.choice(["看主页", "兼职招聘 私", "合作+V", "福利在简介"])
                if cn
                else r.choice(["DM for promo", "💰 link below", "crypto | forex signals"])
            )
        elif kind == "bot_premium":
            b = r.choice(BIO_PREMIUM_CN if cn else BIO_PREMIUM_EN)
        elif kind == "pod_member":
            b = (
                (
                    CAT_CN_DESC[category]
                    + "博主 | "
                    + r.choice(["商务合作私信", "日常分享", "欢迎互动"])
                )
                if cn
                else (
                    category
                    + " creator | "
                    + r.choice(["DM for collabs", "📍LA", "💌 collab@mail"])
                )
            )
        else:
            b = r.choice(BIO_FOLLOWER_CN if cn else BIO_FOLLOWER_EN).replace(
                "{city}", r.choice(CITIES)
            )
        acc["bio"] = b
    else:
        acc["bio"] = ""
    if kind in ("pod_member", "spammer") and r.random() < 0.4:
        acc["has_url"] = True
    if acc["posts"] > 0:
        lp = as_of - timedelta(days=max(0, last_days))
        acc["last_post_at"] = _dstr(_clamp_date(lp, created, as_of))
    if platform == "weibo":
        age_y = (as_of - created).days / 365.0
        if kind in ("bot_cheap", "zombie"):
            lvl, mem, cred = r.randint(0, 4), 0, r.choice([0, 0, 1])
        elif kind == "bot_premium":
            lvl, mem, cred = (
                r.randint(5, 22),
                (r.randint(1, 3) if r.random() < 0.2 else 0),
                r.choice([1, 2, 2, 3]),
            )
        elif kind in ("spammer", "task_worker"):
            lvl, mem, cred = r.randint(1, 12), 0, r.choice([0, 1, 1, 2])
        else:
            act = {
                "fan": 10,
                "casual": 5,
                "lurker": 1,
                "dormant": 3,
                "giveaway_hunter": 14,
                "f4f": 8,
                "pod_member": 14,
            }.get(kind, 4)
            lvl = int(min(48, max(1, age_y * 2.5 + act + r.gauss(0, 3))))
            mem = (
                r.randint(1, 7)
                if r.random()
                < {"fan": 0.18, "pod_member": 0.35, "giveaway_hunter": 0.1}.get(kind, 0.06)
                else 0
            )
            cred = min(
                4,
                max(
                    0,
                    round(
                        1.6
                        + age_y * 0.15
                        + (1 if kind in ("fan", "pod_member") else 0)
                        + r.gauss(0, 0.7)
                    ),
                ),
            )
        acc["platform_level"] = lvl
        acc["membership_level"] = mem
        acc["credit_rating"] = cred
    return acc


# ----------------------------------------------------------------------------------------------
# comment texts
# ----------------------------------------------------------------------------------------------
class Texter:
    def __init__(self, r: random.Random, platform: str, category: str, celeb_name: str):
        self.r = r
        self.p = platform
        self.cn = platform in CN_PLATFORMS
        self.cat = category
        self.cc = CAT_CN[category]
        self.emo = EMO_CN.get(platform, [])
        self.name = celeb_name
        # language mix of the audience
        if self.cn:
            self.zh_share = 1.0
            self.trad_p = r.choice([0.0, 0.01, 0.03, 0.08])
        else:
            self.zh_share = r.choice([0.0, 0.0, 0.05, 0.2, 0.6, 0.9])
            self.trad_p = r.choice([0.05, 0.2, 0.4])
        self.other_p = 0.0 if self.cn else r.choice([0.02, 0.1, 0.3])

    def _deco(self, s: str, p_emo: float = 0.35) -> str:
        r = self.r
        x = r.random()
        if x < p_emo:
            if self.emo and r.random() < 0.6:
                s += "".join(r.choice(self.emo) for _ in range(r.choice([1, 1, 1, 2, 3])))
            else:
                s += r.choice(EMOJI) * r.choice([1, 1, 2, 3])
        elif x < p_emo + 0.2:
            s += r.choice(["！", "~", "。。。", "??", "！！", "～～", "…", "？", "!!!", " "])
        return s

    def _fill(self, t: str) -> str:
        r = self.r
        return (
            t.replace("{item}", r.choice(self.cc["items"]))
            .replace("{asp}", r.choice(self.cc["asp"]))
            .replace("{op}", r.choice(OP_CN))
            .replace("{city}", r.choice(CITIES))
        )

    def organic_cn(self, kind: str = "fan", mention: str | None = None) -> str:
        r = self.r
        cc = self.cc
        k = r.random()
        if self.p == "bilibili" and k < 0.18:
            if r.random() < 0.5:
                s = f"{r.randint(0, 14):02d}:{r.randint(0, 59):02d} " + r.choice(
                    [
                        "笑死",
                        "这里绝了",
                        "名场面",
                        "高能",
                        "泪目",
                        "这段太顶了",
                        "我反复看了好几遍",
                        "这里{asp}好评",
                    ]
                )
            else:
                s = r.choice(BILI_ONLY)
            s = self._fill(s)
        elif self.p == "kuaishou" and k < 0.2:
            s = r.choice(KUAI_ONLY)
        elif k < 0.30:
            s = self._fill(r.choice(cc["q"]))
            if r.random() < 0.3:
                s = r.choice(["请问", "想问下", "博主", "姐妹", "宝", "求问"]) + s
        elif k < 0.45:
            s = self._fill(r.choice(cc["exp"]))
        elif k < 0.58:
            s = self._fill(
                r.choice(
                    [
                        "{asp}也太{adj}了吧",
                        "这期{asp}好{adj}",
                        "{asp}真的{adj}",
                        "喜欢这种{asp}",
                        "{asp}绝了",
                        "{asp}越来越{adj}了",
                        "最喜欢你的{asp}",
                        "{item}看着好{adj}",
                    ]
                ).replace("{adj}", r.choice(ADJ_CN))
            )
        elif k < 0.68:
            s = r.choice(SLANG)
            if r.random() < 0.4:
                s = (
                    s
                    + " "
                    + self._fill(r.choice(["{asp}太{adj}", "{item}", "这期", "真的"])).replace(
                        "{adj}", r.choice(ADJ_CN)
                    )
                )
        elif k < 0.74:
            s = "哈" * r.randint(3, 12) + r.choice(
                ["", "笑死我了", "救命", "绝了", "太真实了", "不行了"]
            )
        elif k < 0.80:
            s = self._fill(
                r.choice(
                    [
                        "{city}的姐妹在吗",
                        "{city}哪里有",
                        "坐标{city}，求推荐",
                        "{city}也有吗",
                        "人在{city}，蹲一个",
                    ]
                )
            )
        elif k < 0.85:
            s = self._fill(r.choice(DISAGREE))
        elif k < 0.90:
            s = self._fill(
                r.choice(
                    [
                        "收藏了，周末试试",
                        "先码住",
                        "第{n}次看了",
                        "每期都看",
                        "从{y}年关注到现在",
                        "终于等到更新了",
                        "上次说的{item}呢",
                        "下期能讲讲{item}吗",
                        "刷到好几次了",
                        "被推荐来的",
                    ]
                )
            )
            s = s.replace("{n}", str(r.randint(2, 9))).replace("{y}", str(r.randint(2016, 2024)))
        else:
            s = r.choice(
                [
                    "太真实了",
                    "笑死",
                    "哭了",
                    "好羡慕",
                    "学到了学到了",
                    "有被治愈到",
                    "这也太可爱了吧",
                    "感觉被内涵了",
                    "评论区好热闹",
                    "已转发给闺蜜",
                    "原来如此",
                    "长知识了",
                    "不愧是你",
                    "我先来",
                    "刷到就是缘分",
                ]
            )
        x = r.random()
        if x < 0.22:
            s = r.choice(CN_PRE) + s
        elif x < 0.42:
            s = s + r.choice(CN_SUF)
        if r.random() < 0.22 and len(s) < 25:
            s = (
                s
                + r.choice(["，", " ", "。", "！"])
                + self._fill(r.choice(CN_TAIL)).replace("{adj}", r.choice(ADJ_CN))
            )
        if mention:
            s = "@" + mention + " " + (r.choice(TAG_LINES) if r.random() < 0.6 else s)
        if r.random() < self.trad_p:
            s = s.translate(TRAD)
        return self._deco(s)

    def organic_en(self, mention: str | None = None) -> str:
        r = self.r
        items, asps = EN_CAT[self.cat]
        if r.random() < self.other_p:
            s = r.choice(OTHER_LANG)
        elif r.random() < 0.3:
            s = r.choice(EN_Q)
        else:
            s = r.choice(EN_REACT)
        s = (
            s.replace("{item}", r.choice(items))
            .replace("{asp}", r.choice(asps))
            .replace("{op}", r.choice(EN_OP))
        )
        x = r.random()
        if x < 0.2:
            s = r.choice(EN_PRE) + s
        elif x < 0.4:
            s = s + r.choice(EN_SUF)
        if r.random() < 0.15:
            s = (
                s
                + r.choice([". ", "! ", " - ", " "])
                + r.choice(EN_REACT)
                .replace("{item}", r.choice(items))
                .replace("{asp}", r.choice(asps))
                .replace("{op}", r.choice(EN_OP))
            )
        if r.random() < 0.3:
            s = s[0].upper() + s[1:]
        if mention:
            s = (
                "@"
                + mention
                + " "
                + (
                    r.choice(["look", "we need this", "this is you", "omg", "lol", "😂"])
                    if r.random() < 0.6
                    else s
                )
            )
        return self._deco(s, 0.3)

    def organic(self, mention: str | None = None) -> str:
        if self.r.random() < self.zh_share:
            return self.organic_cn(mention=mention)
        return self.organic_en(mention=mention)

    def emoji_only(self) -> str:
        r = self.r
        if self.emo and r.random() < 0.6:
            return "".join(r.choice(self.emo) for _ in range(r.randint(1, 4)))
        e = r.choice(EMOJI)
        return (
            e * r.randint(1, 5)
            if r.random() < 0.7
            else "".join(r.choice(EMOJI) for _ in range(r.randint(2, 4)))
        )

    def celeb(self) -> str:
        r = self.r
        if r.random() < 0.3:
            return self.emoji_only()
        if self.cn or r.random() < self.zh_share:
            s = r.choice(CELEB_CN)
            if r.random() < 0.3:
                s = self.name + s
        else:
            s = r.choice(CELEB_EN)
        return self._deco(s, 0.5)

    def giveaway(self, friends: list[str]) -> str:
        r = self.r
        tags = " ".join(
            "@" + f for f in r.sample(friends, k=min(len(friends), r.choice([1, 2, 3])))
        )
        if self.cn or r.random() < self.zh_share:
            return (
                (tags + " " + r.choice(GIVEAWAY_CN))
                if r.random() < 0.7
                else r.choice(GIVEAWAY_CN) + self._deco("", 0.5)
            )
        return (
            tags
            + " "
            + r.choice(
                ["pick me 🙏", "entered!", "hope I win", "done ✅", "fingers crossed", "🙏🙏"]
            )
        )

    def creator_reply(self) -> str:
        r = self.r
        if self.cn or r.random() < self.zh_share:
            return self._fill(r.choice(CREATOR_CN))
        return r.choice(CREATOR_EN)

    def bot_script(self, n: int) -> list[str]:
        bank = BOT_CN if (self.cn or self.r.random() < self.zh_share) else BOT_EN
        return self.r.sample(bank, k=min(n, len(bank)))

    def ai_praise(self) -> str:
        r = self.r
        if self.cn or r.random() < self.zh_share:
            parts = [r.choice(AI_CN_A) + r.choice(AI_CN_B)]
            if r.random() < 0.7:
                parts.append(r.choice(AI_CN_C))
            if r.random() < 0.7:
                parts.append(r.choice(AI_CN_D))
            s = "，".join(parts) + r.choice(["！", "。", "！！", "～"])
            if r.random() < 0.3:
                s = (
                    self._fill(r.choice(["关于{asp}的部分", "尤其是{asp}", "{asp}这部分"]))
                    + "，"
                    + s
                )
            return s + (r.choice(EMOJI) if r.random() < 0.3 else "")
        s = f"{r.choice(AI_EN_A)} {r.choice(AI_EN_B)} {r.choice(AI_EN_C)}! {r.choice(AI_EN_D)}"
        return s + (" " + r.choice(EMOJI) if r.random() < 0.4 else "")

    def pod(self, mention: str | None) -> str:
        r = self.r
        s = r.choice(POD_CN) if (self.cn or r.random() < self.zh_share) else r.choice(POD_EN)
        if r.random() < 0.3:
            s = self._deco(s, 0.8)
        if mention:
            s = "@" + mention + " " + s if r.random() < 0.5 else s + " @" + mention
        return s

    def lure(self) -> str:
        r = self.r
        s = r.choice(LURE) if self.cn or r.random() < 0.5 else r.choice(LURE_EN)
        s = s.replace("{code}", _rand_code(r)).replace(
            "{num}", _disguise_num(r, str(r.randint(10**7, 10**10)))
        )
        return s + (r.choice(["💋", "🌹", "[玫瑰]", "❤", ""]) if r.random() < 0.4 else "")

    def kongping(self, template_no: int) -> str:
        r = self.r
        base = [
            f"{self.name}新作品正在热播，演技在线，期待更多好作品！",
            f"{self.name}，用心做好每一件事的你最棒了",
            f"期待{self.name}的下一个作品，一直陪你走下去",
            f"支持{self.name}，认真工作的人最闪耀✨",
            f"{self.name}真的是宝藏，越了解越喜欢",
            f"恭喜{self.name}，未来可期！",
        ][template_no % 6]
        if r.random() < 0.25:
            base = base + r.choice(["", "❤️", "[心]", "！"])
        return base


# ----------------------------------------------------------------------------------------------
# the simulator for one creator
# ----------------------------------------------------------------------------------------------
class Cohort:
    __slots__ = ("base", "counts", "engage", "joins", "kind", "leaves", "mix", "purge_sens")

    def __init__(self, kind: str, T: int, base: float, engage: float, mix: dict, purge_sens: float):
        self.kind = kind
        self.base = float(base)
        self.joins = np.zeros(T)
        self.leaves = np.zeros(T)
        self.engage = engage
        self.mix = mix
        self.counts: Any = None  # ndarray, set in Creator._finalize_counts
        self.purge_sens = purge_sens


REAL_MIX = {"fan": 0.12, "casual": 0.45, "lurker": 0.32, "dormant": 0.11}


class Creator:
    def __init__(self, seed: int, i: int):
        self.rng = np.random.default_rng([seed, i])
        self.r = random.Random(int(self.rng.integers(0, 2**62)))
        self.i = i

    # ------------------------------------------------------------------------------------------
    def build(self) -> dict:
        r = self.r
        self.platform = _wchoice(r, PLATFORM_W)
        p = self.platform
        cfg = PCFG[p]
        self.cn = p in CN_PLATFORMS
        self.label = 1 if r.random() < FRAUD_SHARE else 0
        self.arch = _wchoice(r, FRAUD_ARCH if self.label else GENUINE_ARCH)
        parts = self.arch.split(":", 1)[-1].split("+")
        self.frauds = set(parts) if self.label else set()
        if "bought_views" in self.frauds and cfg["views"] == "never":
            # no public view count there: the bought product is likes instead
            self.frauds.discard("bought_views")
            self.frauds.add("bought_likes")
            names = list(dict.fromkeys("bought_likes" if x == "bought_views" else x for x in parts))
            self.arch = names[0] if len(names) == 1 else "combo:" + "+".join(names)
        a = self.arch
        self.category = r.choice(CATEGORIES)
        if a == "fandom_kongping" and not self.cn:
            self.platform = p = r.choice(
                ["weibo", "weibo", "weibo", "douyin", "rednote", "bilibili"]
            )
            cfg = PCFG[p]
            self.cn = True
        if a == "live_commerce" and r.random() < 0.7:
            self.platform = p = r.choice(["kuaishou", "kuaishou", "douyin", "wechat_channels"])
            cfg = PCFG[p]
            self.cn = True
        # dates
        as_of_day = date(2024, 8, 1) + timedelta(days=r.randint(0, 640))
        self.as_of_day = as_of_day
        self.as_of_ts = _midnight_ts(as_of_day) + r.randint(10, 23) * 3600 + r.randint(0, 3599)
        # size
        F0 = self._size()
        # history length and posting
        H = (
            r.choice([60, 90, 90, 120, 180, 180, 180, 270, 365, 365])
            if r.random() < 0.7
            else r.randint(60, 365)
        )
        n_posts = int(min(60, max(10, _ln(r, 28, 0.45))))
        ppd = math.exp(r.uniform(math.log(cfg["ppd"][0]), math.log(cfg["ppd"][1])))
        if a in ("celebrity", "brand_official"):
            ppd *= 0.6
        span = int(min(420, max(12, n_posts / ppd)))
        T = max(H, span) + 3
        self.T, self.H, self.span = T, H, span
        self.n_posts = n_posts
        # cohorts
        self._cohorts(F0)
        self._events(F0)
        self._following()
        self._finalize_counts()
        self.texter = Texter(r, p, self.category, self._celeb_name())
        self.namer = Namer(r, p, as_of_day)
        self._make_handle()
        posts = self._posts()
        comments = self._comments(posts)
        sample = self._follower_sample()
        profile = self._profile()
        history = self._history(profile)
        rec = {
            "creator_id": f"gen_cn:{self.i:06d}",
            "platform": p,
            "handle": self.handle,
            "as_of": _iso(self.as_of_ts),
            "profile": profile,
            "follower_history": history,
            "posts": [self._export_post(x) for x in posts],
            "comments": comments,
            "follower_sample": sample,
            "label": self.label,
            "archetype": self.arch,
        }
        # a few records naturally lack a block (export failed / private list)
        if r.random() < 0.03:
            rec.pop(r.choice(["follower_sample", "follower_history", "comments"]))
        return rec

    # ------------------------------------------------------------------------------------------
    def _size(self) -> float:
        r, a = self.r, self.arch
        if a in ("koc_engaged",):
            F = 10 ** r.uniform(3.0, 4.6)
        elif a == "koc_tiny":
            F = 10 ** r.uniform(2.7, 3.6)
        elif a == "celebrity":
            F = 10 ** r.uniform(6.0, 7.7)
        elif a == "fandom_kongping":
            F = 10 ** r.uniform(5.5, 7.5)
        elif a == "brand_official":
            F = 10 ** r.uniform(4.5, 6.5)
        elif a == "new_rising":
            F = 10 ** r.uniform(2.5, 4.2)
        elif self.label:
            F = 10 ** (r.gauss(4.6, 0.7))
        else:
            F = 10 ** (r.gauss(4.7, 0.8))
        return float(min(max(F, 300), 8e7))

    def _celeb_name(self) -> str:
        r = self.r
        if self.cn or r.random() < 0.5:
            return r.choice(SURN) + r.choice(GIVEN) + (r.choice(GIVEN) if r.random() < 0.6 else "")
        return r.choice(EN_FIRST)

    # ------------------------------------------------------------------------------------------
    def _cohorts(self, F0: float):
        r, T, a, p = self.r, self.T, self.arch, self.platform
        self.cohorts: dict[str, Cohort] = {}
        zombie_share = {"weibo": r.uniform(0.08, 0.3)}.get(p, r.uniform(0.01, 0.08))
        if a == "purge_hit":
            zombie_share = min(0.4, zombie_share + r.uniform(0.05, 0.2))
        if a in ("celebrity", "fandom_kongping", "brand_official"):
            zombie_share *= 1.4
        prior_bought = 0.0
        if (
            self.frauds
            & {"burst_followers", "drip_followers", "premium_followers", "task_followers"}
            and r.random() < 0.45
        ):
            prior_bought = r.uniform(0.05, 0.4)
        real_base = F0 * (1 - zombie_share - prior_bought)
        mix = dict(REAL_MIX)
        if a in ("koc_engaged", "koc_tiny"):
            mix = {"fan": 0.3, "casual": 0.45, "lurker": 0.18, "dormant": 0.07}
        elif a in ("celebrity", "fandom_kongping", "brand_official"):
            mix = {"fan": 0.06, "casual": 0.35, "lurker": 0.4, "dormant": 0.19}
        elif a == "declining":
            mix = {"fan": 0.07, "casual": 0.38, "lurker": 0.3, "dormant": 0.25}
        eng = 1.0
        self.cohorts["real"] = Cohort("real", T, real_base, eng, mix, 0.004)
        self.cohorts["zombie"] = Cohort(
            "zombie", T, F0 * zombie_share, 0.0, {"zombie": 0.8, "lurker": 0.2}, 0.3
        )
        if prior_bought:
            q = r.random()
            self.cohorts["old_bought"] = Cohort(
                "old_bought",
                T,
                F0 * prior_bought,
                0.0,
                {"bot_cheap": 1 - q, "bot_premium": q},
                0.35 * (1 - q) + 0.05,
            )
        # organic growth of the real audience
        g = {
            "new_rising": r.uniform(0.006, 0.02),
            "declining": r.uniform(-0.0008, 0.0002),
            "celebrity": r.uniform(-0.0003, 0.0015),
            "fandom_kongping": r.uniform(0, 0.002),
            "koc_tiny": r.uniform(0, 0.003),
        }.get(a, 10 ** r.uniform(-4.3, -2.7) - 0.0002)
        if self.label and r.random() < 0.5:
            g = r.uniform(-0.0008, 0.001)  # many buyers are stagnant organically
        churn = r.uniform(0.0002, 0.0012) * (2.0 if a == "declining" else 1.0)
        days = np.arange(T)
        if a == "new_rising":
            rate = F0 * g * np.exp(days * r.uniform(0.0, 0.012))
        else:
            rate = np.full(T, F0 * max(g, 0) + F0 * churn)
        wk = 1 + 0.12 * np.sin(2 * np.pi * (days + r.randint(0, 6)) / 7)
        noise = np.exp(self.rng.normal(0, 0.35, T))
        joins = rate * wk * noise
        self.cohorts["real"].joins += joins
        self.real_churn = churn + max(0.0, -g)
        # natural zombie / spam follows every account attracts
        self.cohorts["zombie"].joins += (
            F0 * r.uniform(0.00005, 0.0004) * np.exp(self.rng.normal(0, 0.6, T))
        )
        if a == "brand_official":
            self.cohorts["zombie"].joins += F0 * 0.0003

    # ------------------------------------------------------------------------------------------
    def _add_cohort(self, name, kind_mix, engage, purge_sens):
        if name not in self.cohorts:
            self.cohorts[name] = Cohort(name, self.T, 0, engage, kind_mix, purge_sens)
        return self.cohorts[name]

    def _spread(
        self,
        coh: Cohort,
        start: int,
        total: float,
        days: int,
        shape: str = "decay",
        arr: str = "joins",
    ):
        T = self.T
        if start >= T or total <= 0:
            return
        n = max(1, min(days, T - start))
        if shape == "decay":
            w = np.exp(-np.arange(n) / max(0.7, days / 3))
        elif shape == "flat":
            w = np.ones(n)
        else:  # noisy drip
            w = np.exp(self.rng.normal(0, (shape == "drip_noisy" and 0.35) or 0.08, n))
        w = w / w.sum()
        getattr(coh, arr)[start : start + n] += total * w

    def _events(self, F0: float):
        r, T, a = self.r, self.T, self.arch
        self.viral_days: list[tuple[int, float]] = []  # (day, follower gain)
        self.giveaway_days: list[tuple[int, float]] = []
        self.purge_days: list[int] = []
        post_lo = T - self.span
        hist_lo = T - self.H

        def day_in(lo, hi):
            lo = max(1, lo)
            return r.randint(lo, max(lo, hi))

        # genuine events
        n_viral = 0
        if a == "viral_spike":
            n_viral = r.choice([1, 1, 1, 2, 3])
        elif r.random() < (0.2 if self.label else 0.12):
            n_viral = 1
        for _ in range(n_viral):
            d = day_in(max(post_lo, hist_lo) + 3, T - 4)
            gain = F0 * (
                10 ** r.uniform(-1.0, 0.5) if a == "viral_spike" else 10 ** r.uniform(-1.3, -0.2)
            )
            gain *= min(1.0, (1e5 / F0) ** 0.3)  # big accounts gain relatively less from one hit
            coh = self._add_cohort(
                "viral", {"fan": 0.05, "casual": 0.55, "lurker": 0.4}, 0.55, 0.01
            )
            self._spread(coh, d, gain, r.randint(3, 9), "decay")
            # some viral followers leave after the hype
            self._spread(coh, d + 7, gain * r.uniform(0.03, 0.12), 40, "flat", "leaves")
            self.viral_days.append((d, gain))
        if a == "giveaway" or (r.random() < (0.07 if self.label else 0.05)):
            for _ in range(r.choice([1, 1, 2])):
                d = day_in(max(post_lo, hist_lo) + 3, T - 10)
                gain = F0 * r.uniform(0.05, 0.6)
                dur = r.randint(3, 10)
                coh = self._add_cohort(
                    "giveaway", {"giveaway_hunter": 0.55, "casual": 0.25, "lurker": 0.2}, 0.15, 0.05
                )
                self._spread(coh, d, gain, dur, "decay")
                self._spread(
                    coh, d + dur, gain * r.uniform(0.25, 0.6), r.randint(7, 40), "decay", "leaves"
                )
                self.giveaway_days.append((d, gain))
        if a == "shoutout" or (not self.label and r.random() < 0.04):
            for _ in range(r.choice([1, 1, 2])):
                d = day_in(hist_lo + 3, T - 3)
                gain = F0 * 10 ** r.uniform(-1.2, -0.1)
                coh = self._add_cohort(
                    "shout", {"fan": 0.08, "casual": 0.55, "lurker": 0.37}, 0.45, 0.01
                )
                self._spread(coh, d, gain, r.randint(1, 4), "decay")
                self._spread(coh, d + 5, gain * r.uniform(0.02, 0.1), 30, "flat", "leaves")
        # fraud follower deliveries
        fr = self.frauds
        self.intensity = r.uniform(0.05, 1.0) ** 0.8 if self.label else 0.0
        inten = self.intensity
        if "burst_followers" in fr:
            q = r.uniform(0, 0.45) if r.random() < 0.7 else r.uniform(0.4, 1)
            coh = self._add_cohort(
                "bought", {"bot_cheap": 1 - q, "bot_premium": q}, 0.0, 0.5 * (1 - q) + 0.05
            )
            nb = r.choice([1, 1, 2, 3])
            total = F0 * (0.08 + 1.6 * inten) * r.uniform(0.5, 1.2)
            for _ in range(nb):
                d = day_in(hist_lo + 5, T - 3)
                amt = total / nb
                self._spread(coh, d, amt, r.randint(1, 3), "flat")
                self._spread(
                    coh,
                    d + 2,
                    amt * r.uniform(0.02, 0.25) * (1 - q),
                    r.randint(15, 60),
                    "decay",
                    "leaves",
                )
        if "drip_followers" in fr:
            q = r.uniform(0.2, 1)
            coh = self._add_cohort(
                "bought_drip", {"bot_cheap": 1 - q, "bot_premium": q}, 0.0, 0.35 * (1 - q) + 0.05
            )
            L = r.randint(14, min(120, self.H - 5))
            d = day_in(hist_lo + 2, T - L)
            total = F0 * (0.05 + 1.0 * inten) * r.uniform(0.5, 1.2)
            self._spread(coh, d, total, L, r.choice(["drip_noisy", "drip_smooth"]))
            self._spread(coh, d + 5, total * r.uniform(0.01, 0.1), L + 30, "flat", "leaves")
        if "premium_followers" in fr:
            coh = self._add_cohort(
                "bought_premium",
                {"bot_premium": 0.85, "bot_cheap": 0.05, "task_worker": 0.1},
                0.0,
                0.08,
            )
            total = F0 * (0.03 + 0.35 * inten) * r.uniform(0.5, 1.2)
            if r.random() < 0.5:
                L = r.randint(20, min(150, self.H - 3))
                self._spread(coh, day_in(hist_lo + 1, T - L), total, L, "drip_noisy")
            else:
                for _ in range(r.randint(2, 5)):
                    self._spread(
                        coh, day_in(hist_lo + 2, T - 3), total / 3.5, r.randint(2, 6), "decay"
                    )
        if "task_followers" in fr:
            coh = self._add_cohort(
                "task", {"task_worker": 0.8, "casual": 0.1, "lurker": 0.1}, 0.02, 0.03
            )
            total = F0 * (0.05 + 0.6 * inten) * r.uniform(0.5, 1.2)
            for _ in range(r.choice([1, 2, 3])):
                d = day_in(hist_lo + 3, T - 4)
                amt = total / 2
                self._spread(coh, d, amt, r.randint(2, 8), "decay")
                self._spread(
                    coh, d + 4, amt * r.uniform(0.15, 0.45), r.randint(10, 30), "decay", "leaves"
                )
        if "pod" in fr:
            self.pod_size = int(min(400, max(12, _ln(r, 45, 0.6))))
            coh = self._add_cohort("pod", {"pod_member": 1.0}, 0.0, 0.0)
            coh.base += self.pod_size * r.uniform(0.5, 0.9)
        else:
            self.pod_size = 0
        # platform purges (清粉 / account cleanup waves)
        n_purge = 1 if (a == "purge_hit" or r.random() < (0.12 if self.label else 0.05)) else 0
        for _ in range(n_purge):
            self.purge_days.append(day_in(hist_lo + 5, T - 2))
        self.purge_strength = r.uniform(0.2, 0.8)

    # ------------------------------------------------------------------------------------------
    def _following(self):
        r, T, a = self.r, self.T, self.arch
        cap = PCFG[self.platform]["fcap"]
        if a in ("celebrity", "fandom_kongping"):
            base = _ln(r, 60, 1.0)
        elif a == "brand_official":
            base = _ln(r, 40, 1.0)
        elif a in ("koc_engaged", "koc_tiny"):
            base = _ln(r, 450, 0.8)
        else:
            base = _ln(r, 260, 1.0)
        if "pod" in self.frauds:
            base += self.pod_size
        base = min(base, cap * 0.8)
        steps = self.rng.normal(0, 0.3, T) + r.uniform(-0.05, 0.4)
        fol = base + np.cumsum(steps)
        self.churn_follows = np.zeros(T)
        if "churn" in self.frauds:
            coh = self._add_cohort(
                "followback", {"f4f": 0.45, "casual": 0.3, "lurker": 0.25}, 0.05, 0.02
            )
            fb_rate = self.r.uniform(0.05, 0.25)
            t = T - self.H + r.randint(0, 10)
            peak = min(cap, r.uniform(1500, cap))
            while t < T - 1:
                up = r.randint(3, 12)
                down = r.randint(2, 10)
                amt = min(peak - base, r.uniform(0.4, 1.0) * (peak - base))
                seg = np.zeros(T)
                seg[t : min(T, t + up)] += amt / up
                seg[min(T, t + up) : min(T, t + up + down)] -= amt / down
                self.churn_follows += seg
                self._spread(coh, t + 1, amt * fb_rate, up + 3, "flat")
                # after the creator unfollows, some follow-backs unfollow too
                self._spread(
                    coh,
                    t + up + 2,
                    amt * fb_rate * r.uniform(0.2, 0.6),
                    down + 10,
                    "flat",
                    "leaves",
                )
                t += up + down + r.randint(0, 14)
            fol = fol + np.cumsum(self.churn_follows)
        self.following_series = np.clip(np.round(fol), 0, cap).astype(np.int64)

    # ------------------------------------------------------------------------------------------
    def _finalize_counts(self):
        T = self.T
        for d in self.purge_days:
            for c in self.cohorts.values():
                # a purge removes a share of the cohort's current members on that day
                cur = c.base + np.sum(c.joins[:d]) - np.sum(c.leaves[:d])
                rm = max(0.0, cur) * min(0.95, c.purge_sens * self.purge_strength * 2)
                c.leaves[d] += rm * 0.7
                if d + 1 < T:
                    c.leaves[d + 1] += rm * 0.3
        # organic unfollows from the real audience, proportional to its size
        for c in self.cohorts.values():
            net = c.joins - c.leaves
            if c.kind == "real":
                cnt = np.empty(T)
                v = c.base
                ch = self.real_churn
                for t in range(T):
                    v = v + net[t] - v * ch
                    cnt[t] = v
            else:
                cnt = c.base + np.cumsum(net)
            c.counts = np.maximum(cnt, 0.0)
        self.total = np.sum([c.counts for c in self.cohorts.values()], axis=0)
        self.engaged = np.sum([c.counts * c.engage for c in self.cohorts.values()], axis=0)

    # ------------------------------------------------------------------------------------------
    def _day_date(self, d: int) -> date:
        return self.as_of_day - timedelta(days=self.T - 1 - d)

    def _posts(self) -> list[dict]:
        r, T, p, a = self.r, self.T, self.platform, self.arch
        cfg = PCFG[p]
        span = self.span
        n = self.n_posts
        lo = T - span
        days = sorted(r.randint(lo, T - 1) for _ in range(n))
        # viral / giveaway posts are on their days
        special = {}
        for d, g in self.viral_days:
            special[d] = ("viral", g)
        for d, g in self.giveaway_days:
            special[d] = ("giveaway", g)
        for d in special:
            if d not in days and lo <= d < T:
                days[r.randrange(len(days))] = d
        days.sort()
        F_ref = max(self.total[-1], 100.0)
        # creator-level engagement parameters
        size_eff = (F_ref / 1e4) ** -0.18
        er = cfg["er"] * size_eff * math.exp(r.gauss(0, 0.45))
        if a in ("koc_engaged", "koc_tiny"):
            er *= r.uniform(1.4, 3.0)
        if a in ("celebrity",):
            er *= r.uniform(0.1, 0.4)
        if a == "fandom_kongping":
            er *= r.uniform(0.4, 1.2)
        if a == "brand_official":
            er *= r.uniform(0.1, 0.35)
        if a == "live_commerce":
            er *= r.uniform(0.6, 1.5)
        if a == "new_rising":
            er *= r.uniform(1.3, 3.0)
        lpv = r.uniform(*cfg["lpv"])
        cpl = math.exp(r.uniform(math.log(cfg["cpl"][0]), math.log(cfg["cpl"][1])))
        if a in ("koc_engaged", "koc_tiny"):
            cpl *= r.uniform(1.2, 2.2)
        if a == "fandom_kongping":
            cpl *= r.uniform(2, 5)
        spl = r.uniform(*cfg["spl"]) if cfg["spl"] else None
        svl = r.uniform(*cfg["svl"]) if cfg["svl"] else None
        if a == "fandom_kongping" and spl is not None:
            spl *= r.uniform(3, 10)  # fans repost in rotation (轮博)
        sigma = r.uniform(0.3, 0.75)
        fmts = cfg["fmt"]
        show_views = {"always": True, "often": r.random() < 0.75, "video": None, "never": False}[
            cfg["views"]
        ]
        self.show_views = show_views
        self.show_saves = svl is not None
        self.zero_saves = svl is None and r.random() < 0.3
        self.show_shares = spl is not None
        spons_p = 0.0 if F_ref < 3000 else r.choice([0.0, 0.05, 0.1, 0.2, 0.3])
        # fraud engagement parameters
        fr = self.frauds
        inten = self.intensity
        bl_factor = (0.3 + 4 * inten) * r.uniform(0.6, 1.3) if "bought_likes" in fr else 0.0
        bl_share_posts = r.uniform(0.4, 1.0)
        bv_factor = (1.5 + 12 * inten) * r.uniform(0.6, 1.3) if "bought_views" in fr else 0.0
        bc_per_post = 0.0
        if fr & {"bot_comments", "ai_comments", "lure_comments"}:
            bc_per_post = max(5.0, _ln(r, 15 + 120 * inten, 0.5))
        bc_share_posts = r.uniform(0.5, 1.0)
        self.bc_mode = [m for m in ("bot_comments", "ai_comments", "lure_comments") if m in fr]
        pod_like_p = r.uniform(0.5, 0.95)
        pod_com_p = r.uniform(0.2, 0.7)
        # genuine spam exposure
        spam_p = (
            r.uniform(0.05, 0.25)
            if a == "spammy_section"
            else r.choice([0, 0, 0, 0.01, 0.02, 0.04])
        )
        bot_noise_p = (
            r.uniform(0.05, 0.2) if a == "spammy_section" else r.choice([0, 0, 0.01, 0.03])
        )
        self.spam_p, self.bot_noise_p = spam_p, bot_noise_p
        posts = []
        for j, d in enumerate(days):
            fmt = r.choices([f for f, _ in fmts], weights=[w for _, w in fmts])[0]
            if a == "live_commerce" and r.random() < 0.35:
                fmt = "live"
            ts = _midnight_ts(self._day_date(d)) + self._post_hour() * 3600 + r.randint(0, 3599)
            ts = min(ts, self.as_of_ts - 3600 * r.uniform(1, 20))
            age_days = (self.as_of_ts - ts) / 86400
            mature = 1 - math.exp(-max(age_days, 0.05) / 1.2)
            E = self.engaged[d]
            noise = math.exp(r.gauss(0, sigma))
            if fmt == "video" and p in ("instagram", "rednote"):
                noise *= 1.2
            sponsored = r.random() < spons_p
            if sponsored:
                noise *= r.uniform(0.5, 0.9)
            likes_o = E * er * noise * mature
            kind, g = special.get(d, (None, 0))
            views_o = likes_o / lpv * math.exp(r.gauss(0, 0.2))
            extra_com = 0.0
            shares_mult = 1.0
            if kind == "viral":
                conv = r.uniform(0.002, 0.02)
                extra_views = g / conv
                views_o += extra_views * mature
                likes_o += extra_views * lpv * r.uniform(0.6, 1.1) * mature
                shares_mult = r.uniform(1.5, 3)
            elif kind == "giveaway":
                extra_com = g * r.uniform(0.4, 2.0)
                likes_o += g * r.uniform(0.3, 1.0)
                shares_mult = (
                    r.uniform(3, 12) if p in ("weibo", "wechat_channels", "twitter") else 1.5
                )
            likes_o = max(0.0, likes_o)
            com_o = likes_o * cpl * math.exp(r.gauss(0, 0.35)) + extra_com
            shares_o = likes_o * spl * math.exp(r.gauss(0, 0.4)) * shares_mult if spl else 0
            saves_o = likes_o * svl * math.exp(r.gauss(0, 0.3)) if svl else 0
            if kind == "viral" and svl:
                saves_o *= r.uniform(1, 2)
            # fraud components
            bl = 0.0
            if bl_factor and r.random() < bl_share_posts:
                bl = max(likes_o, E * er * 0.5) * bl_factor * math.exp(r.gauss(0, 0.3))
                if bl > 1000 and r.random() < 0.3:
                    bl = round(bl, -2)  # providers sell round packages
            bsav = (
                bl * r.uniform(0.2, 0.6) if (bl and p == "rednote" and svl) else 0.0
            )  # 赞藏 packages
            views = views_o + bl * r.uniform(0, 2)
            if bv_factor and r.random() < 0.85:
                views += views_o * bv_factor * math.exp(r.gauss(0, 0.3))
            bc = 0.0
            if bc_per_post and r.random() < bc_share_posts:
                bc = bc_per_post * math.exp(r.gauss(0, 0.5))
            pod_l = pod_c = 0
            if self.pod_size:
                pod_l = sum(1 for _ in range(self.pod_size) if r.random() < pod_like_p)
                pod_c = sum(1 for _ in range(self.pod_size) if r.random() < pod_com_p)
            spam_c = com_o * spam_p
            botn_c = com_o * bot_noise_p
            likes = int(likes_o + bl + pod_l)
            comments = int(com_o + bc + pod_c + spam_c + botn_c)
            post = {
                "post_id": f"p{j}",
                "_day": d,
                "_ts": ts,
                "format": fmt,
                "likes": likes,
                "comments": comments,
                "_com_o": com_o,
                "_bc": bc,
                "_pod_c": pod_c,
                "_spam": spam_c,
                "_botn": botn_c,
                "_special": kind,
                "shares": int(shares_o),
                "saves": int(saves_o + bsav),
                "views": int(max(views, likes * 1.05)),
                "sponsored": sponsored,
            }
            if p == "bilibili":
                post["coins"] = int(likes_o * r.uniform(0.1, 0.6) * math.exp(r.gauss(0, 0.3)))
                post["danmaku"] = int(views_o * r.uniform(0.001, 0.01))
            posts.append(post)
        return posts

    def _post_hour(self) -> int:
        r = self.r
        if self.cn:
            # local evening peak (UTC+8): 11:00-15:00 UTC, plus lunch and morning
            return r.choices(
                [r.randint(10, 15), r.randint(3, 5), r.randint(0, 2), r.randint(16, 23)],
                weights=[0.6, 0.15, 0.15, 0.1],
            )[0]
        return r.randint(0, 23)

    def _export_post(self, x: dict) -> dict:
        p = self.platform
        out = {
            "post_id": x["post_id"],
            "posted_at": _iso(x["_ts"]),
            "format": x["format"],
            "likes": x["likes"],
            "comments": x["comments"],
        }
        if self.show_shares:
            out["shares"] = x["shares"]
        if self.show_saves:
            out["saves"] = x["saves"]
        elif self.zero_saves:
            out["saves"] = 0
        sv = self.show_views
        if sv is None:
            sv = x["format"] in ("video", "live")
        if sv:
            out["views"] = x["views"]
        if p == "bilibili":
            out["coins"] = x["coins"]
            out["danmaku"] = x["danmaku"]
        out["sponsored"] = x["sponsored"]
        if x.get("_likes_unknown"):
            out["likes"] = 0
            out["likes_unknown"] = True
        if x.get("_comments_unknown"):
            out["comments"] = x["_sampled"]
            out["comments_unknown"] = True
        return out

    # ------------------------------------------------------------------------------------------
    def _comments(self, posts: list[dict]) -> list[dict]:
        r, tx, a = self.r, self.texter, self.arch
        total_com = sum(x["comments"] for x in posts)
        target = int(min(400, max(50, _ln(r, 180, 0.5))))
        if total_com <= 0:
            return []
        # allocate sample per post ~ comments^0.7, capped by the post's count
        w = [x["comments"] ** 0.7 for x in posts]
        sw = sum(w) or 1.0
        alloc = [min(x["comments"], int(target * wi / sw)) for x, wi in zip(posts, w, strict=False)]
        # author pools (agents)
        nm = self.namer
        fan_pool = [
            nm.person("fan", self.as_of_day)[1 if not self.cn or r.random() < 0.4 else 2]
            for _ in range(r.randint(15, 80))
        ]
        fan_w = [1.0 / (k + 1) ** 0.8 for k in range(len(fan_pool))]
        use_nick = self.cn and r.random() < 0.65

        def fresh_author(kind="casual"):
            _, u, dname = nm.person(kind, self.as_of_day)
            return dname if use_nick else u

        friends = [fresh_author() for _ in range(40)]
        bot_pool_n = int(max(10, _ln(r, 60 + 200 * self.intensity, 0.5))) if self.bc_mode else 0
        bot_pool = [
            fresh_author("bot_cheap" if "bot_comments" in self.bc_mode else "bot_premium")
            for _ in range(bot_pool_n)
        ]
        pod_pool = [fresh_author("pod_member") for _ in range(self.pod_size)]
        script = tx.bot_script(r.randint(4, 16))
        noise_script = tx.bot_script(r.randint(3, 8))
        spammers = [fresh_author("spammer") for _ in range(r.randint(3, 20))]
        reply_p = {
            "koc_engaged": r.uniform(0.1, 0.35),
            "koc_tiny": r.uniform(0.1, 0.4),
            "celebrity": 0.0,
            "fandom_kongping": 0.0,
            "brand_official": r.uniform(0, 0.1),
        }.get(a, r.uniform(0, 0.12))
        kongping_p = r.uniform(0.2, 0.6) if a == "fandom_kongping" else 0.0
        celeb_p = r.uniform(0.3, 0.7) if a in ("celebrity", "fandom_kongping") else 0.0
        emoji_p = r.uniform(0.03, 0.12) + celeb_p * 0.2
        kp_templates = [r.randint(0, 5) for _ in range(r.randint(1, 3))]
        r.random()  # unused draw, kept so the random stream (and output) stays unchanged
        out = []
        for x, k in zip(posts, alloc, strict=False):
            if k <= 0:
                continue
            comps = {
                "org": x["_com_o"],
                "bot": x["_bc"],
                "pod": x["_pod_c"],
                "spam": x["_spam"],
                "botn": x["_botn"],
            }
            keys = [c for c in comps if comps[c] > 0]
            if not keys:
                keys = ["org"]
                comps["org"] = 1
            wts = [comps[c] for c in keys]
            pts = x["_ts"]
            last_author = None
            for _ in range(k):
                src = r.choices(keys, weights=wts)[0]
                likes = 0
                from_creator = False
                if src == "org":
                    if x["_special"] == "giveaway" and r.random() < 0.6:
                        author = (
                            fresh_author("giveaway_hunter") if r.random() < 0.5 else fresh_author()
                        )
                        text = tx.giveaway(friends)
                    else:
                        author = (
                            r.choices(fan_pool, weights=fan_w)[0]
                            if r.random() < 0.35
                            else fresh_author()
                        )
                        if r.random() < kongping_p:
                            text = tx.kongping(r.choice(kp_templates))
                        elif r.random() < celeb_p:
                            text = tx.celeb()
                        elif r.random() < emoji_p:
                            text = tx.emoji_only()
                        else:
                            text = tx.organic(
                                mention=r.choice(friends) if r.random() < 0.06 else None
                            )
                    if last_author and reply_p and r.random() < reply_p:
                        author = self.handle
                        text = tx.creator_reply()
                        from_creator = True
                    delay = self._delay(fast=False)
                    likes = int(_ln(r, 1.2, 1.6)) if r.random() < 0.6 else 0
                    if r.random() < 0.04:
                        likes = int(_ln(r, 40, 1.5) * (1 + x["likes"] / 5000))
                    if from_creator:
                        likes = int(_ln(r, 3, 1.2))
                elif src == "bot":
                    author = r.choice(bot_pool)
                    mode = r.choice(self.bc_mode)
                    if mode == "bot_comments":
                        text = r.choice(script)
                        if r.random() < 0.15:
                            text += r.choice(["!", "！", "~", str(r.randint(1, 9)), ""])
                    elif mode == "ai_comments":
                        text = tx.ai_praise()
                    else:
                        text = tx.lure()
                    delay = self._delay(fast=True) if r.random() < 0.7 else self._delay(fast=False)
                    likes = 0 if r.random() < 0.9 else r.randint(1, 3)
                elif src == "pod":
                    author = r.choice(pod_pool) if pod_pool else fresh_author("pod_member")
                    mention = r.choice(pod_pool) if (pod_pool and r.random() < 0.35) else None
                    text = tx.pod(mention)
                    delay = r.uniform(60, 3 * 3600)
                    likes = r.randint(0, 4)
                elif src == "spam":
                    author = r.choice(spammers)
                    text = tx.lure()
                    delay = self._delay(fast=r.random() < 0.5)
                else:  # botn: stray bots in a genuine section
                    author = fresh_author("bot_cheap")
                    text = r.choice(noise_script)
                    delay = self._delay(fast=False)
                cts = min(pts + delay, self.as_of_ts - r.randint(1, 600))
                cts = max(cts, pts + 1)
                c = {
                    "post_id": x["post_id"],
                    "author": author,
                    "text": text,
                    "posted_at": _iso(cts),
                    "likes": max(0, likes),
                }
                if from_creator:
                    c["from_creator"] = True
                out.append(c)
                last_author = author
            x["_sampled"] = k
        # export quirks: Kuaishou exports without comment counts, hidden likes on Instagram
        if self.platform == "kuaishou" and r.random() < 0.35:
            for x in posts:
                x["_comments_unknown"] = True
                x.setdefault("_sampled", 0)
        if self.platform == "instagram" and r.random() < 0.12:
            for x in posts:
                if r.random() < 0.5:
                    x["_likes_unknown"] = True
        for x in posts:
            x.setdefault("_sampled", 0)
        return out

    def _delay(self, fast: bool) -> float:
        r = self.r
        if fast:
            return r.uniform(30, 2400)
        return 600 * math.exp(r.gauss(1.8, 1.4))

    # ------------------------------------------------------------------------------------------
    def _follower_sample(self) -> list[dict]:
        r = self.r
        m = int(min(300, max(50, _ln(r, 180, 0.45))))
        final = {k: max(0.0, c.counts[-1]) for k, c in self.cohorts.items()}
        recent_bias = r.random() < 0.2
        if recent_bias:
            # a "latest followers" list: weight cohorts by their recent joins
            w = {
                k: max(0.0, float(np.sum(c.joins[-30:])) * 0.9 + final[k] * 0.05)
                for k, c in self.cohorts.items()
            }
        else:
            w = final
        keys = [k for k in w if w[k] > 0]
        if not keys:
            return []
        weights = [w[k] for k in keys]
        out = []
        for _ in range(m):
            ck = r.choices(keys, weights=weights)[0]
            coh = self.cohorts[ck]
            kind = _wchoice(r, coh.mix)
            jd = None
            if coh.kind != "real" and float(np.sum(coh.joins)) > 0:
                # joined during the delivery / event
                jdi = int(np.searchsorted(np.cumsum(coh.joins) / np.sum(coh.joins), r.random()))
                jd = self._day_date(min(jdi, self.T - 1))
            out.append(
                make_account(r, self.namer, kind, self.platform, self.as_of_day, jd, self.category)
            )
        return out

    # ------------------------------------------------------------------------------------------
    def _make_handle(self):
        if self.cn:
            self.handle = (
                self.texter.name
                if self.arch in ("celebrity", "fandom_kongping")
                else self.namer.cn_nick()
            )
        else:
            self.handle = self.namer.en_nick()[0]
        self.namer.used.add(self.handle)

    def _profile(self) -> dict:
        r, a, p = self.r, self.arch, self.platform
        F = round(self.total[-1])
        age_days = int(r.uniform(max(self.T + 30, 200), 365 * 9))
        created = _clamp_date(
            self.as_of_day - timedelta(days=age_days),
            PCFG[p]["launch"],
            self.as_of_day - timedelta(days=self.T),
        )
        if a == "new_rising":
            created = self.as_of_day - timedelta(days=self.T + r.randint(5, 200))
        life_days = max(30, (self.as_of_day - created).days)
        rate = self.n_posts / max(self.span, 1)
        posts_total = int(max(self.n_posts, life_days * rate * r.uniform(0.3, 1.0)))
        vp = min(0.95, 0.02 + 0.18 * math.log10(max(F, 10) / 1e4 + 1)) if F > 1e4 else 0.01
        if a in ("celebrity", "fandom_kongping", "brand_official"):
            vp = 0.95
        verified = r.random() < vp
        cn = self.cn
        desc = CAT_CN_DESC[self.category]
        if cn:
            name = self.handle
            bits = [
                r.choice(
                    [
                        f"{desc}博主",
                        f"分享{desc}",
                        f"一个爱{desc}的人",
                        f"{desc} | 日常",
                        f"{r.choice(CITIES)} | {desc}",
                    ]
                )
            ]
            if r.random() < 0.6:
                bits.append(
                    r.choice(
                        [
                            "商务合作：" + _rand_code(r) + "@163.com",
                            "📮" + _rand_code(r) + "@qq.com",
                            "合作请私信",
                            "商务V：" + _rand_code(r),
                            "不定期更新",
                            "谢谢关注",
                            "粉丝群见主页",
                        ]
                    )
                )
            if a == "brand_official":
                bits = [f"{name}官方账号", "官方旗舰店同步上新"]
            if a == "live_commerce":
                bits.append(r.choice(["每晚8点直播", "直播间宠粉福利", "源头工厂 品质保证"]))
            bio = " | ".join(bits)
        else:
            bio = r.choice(
                [
                    f"{self.category} creator",
                    f"{self.category} | travel | life",
                    "just sharing what I love",
                    f"📍 {r.choice(['LA', 'London', 'Jakarta', 'São Paulo', 'Toronto', 'Singapore', 'Taipei', 'Sydney'])}",
                ]
            )
            if r.random() < 0.6:
                bio += r.choice(
                    [
                        " | collabs: " + _rand_code(r) + "@gmail.com",
                        " | DM for collabs",
                        " ✨",
                        " | link below 👇",
                    ]
                )
        prof = {
            "followers": F,
            "following": int(self.following_series[-1]),
            "posts": posts_total,
            "verified": verified,
            "created_at": _dstr(created),
            "bio": bio,
            "category": self.category,
        }
        if r.random() < 0.3:
            prof["country"] = (
                "CN"
                if cn
                else r.choice(["US", "GB", "ID", "BR", "SG", "MY", "TW", "HK", "AU", "CA"])
            )
        return prof

    # ------------------------------------------------------------------------------------------
    def _history(self, profile: dict) -> list[dict]:
        r, T, H = self.r, self.T, self.H
        vals = np.round(self.total[T - H :]).astype(np.int64)
        fol = self.following_series[T - H :]
        F = profile["followers"]
        vals[-1] = F
        rounding = r.random() < 0.15 and F >= 10000
        if rounding:
            # third-party trackers that store the displayed 万 value
            unit = 1000 if F >= 100000 else 100
            vals = (np.round(vals / unit) * unit).astype(np.int64)
            profile["followers"] = int(vals[-1])
        with_following = r.random() < 0.5 or ("churn" in self.frauds and r.random() < 0.8)
        keep = np.ones(H, dtype=bool)
        mode = r.random()
        if mode < 0.25:
            keep &= self.rng.random(H) > r.uniform(0.05, 0.3)  # missed scrapes
        elif mode < 0.35:
            step = r.choice([3, 7])  # weekly tracker
            keep &= (np.arange(H) % step) == ((H - 1) % step)
        elif mode < 0.45:
            g0 = r.randint(0, H - 10)
            keep[g0 : g0 + r.randint(5, 30)] = False  # a tracking outage
        keep[-1] = True
        keep[0] = True
        glitch = r.random() < 0.06
        out = []
        for t in range(H):
            if not keep[t]:
                continue
            d = self.as_of_day - timedelta(days=H - 1 - t)
            v = int(max(0, vals[t]))
            if glitch and t < H - 1 and r.random() < 0.01:
                v = r.choice([0, v * 10, int(v * 0.5)])
            row = {"date": _dstr(d), "followers": v}
            if with_following:
                row["following"] = int(fol[t])
            out.append(row)
        if glitch and len(out) > 10:
            # a stale cached value repeated for a few days
            k = r.randint(1, len(out) - 6)
            for j in range(k + 1, min(k + r.randint(2, 5), len(out) - 1)):
                out[j]["followers"] = out[k]["followers"]
        return out


# ----------------------------------------------------------------------------------------------
# public API
# ----------------------------------------------------------------------------------------------
def generate(n: int, seed: int) -> Iterator[dict]:
    """Yields n creator records; record i depends only on (seed, i)."""
    for i in range(n):
        yield Creator(seed, i).build()


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(
        description="Agent-style labelled creator simulator (Chinese platforms first)."
    )
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", default="-")
    args = ap.parse_args(argv)
    with contextlib.ExitStack() as stack:
        fh: TextIO = (
            sys.stdout
            if args.out == "-"
            else stack.enter_context(open(args.out, "w", encoding="utf-8"))
        )
        for rec in generate(args.n, args.seed):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

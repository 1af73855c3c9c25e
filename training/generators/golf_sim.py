"""golf_sim -- an independent simulator of labelled social-media creators (genuine and fraudulent).

Written from the brief and the input contract only (creator.schema.json).  Its focus is the
*scraper's view*: what a profile, the recent posts and a page of comments per post reveal,
with follower history and a follower sample attached only for a minority of creators (as real
data sources deliver them).

Usage:  python golf_sim.py --n 2000 --seed 7 --out creators.jsonl
API:    generate(n, seed) -> Iterator[dict]   (record i depends only on (seed, i))

Every record validates against creator.schema.json and carries two extra keys: ``label``
(1 = fraudulent, 0 = genuine) and ``archetype``.

Shares of all records (expected): genuine 50% = nano 6, micro 7.5, mid 5.5, macro 3, tiny_koc 4, viral_post 4,
giveaway 3, shoutout 2.5, bot_purge 2.5, celebrity_low_er 2.5, spam_target 2.5, controversy 2, elderly_audience 2,
hiatus 1.5, rising_star 1.5;  fraud 50% = bought_followers_burst 4, _drip 3.5, _premium 3.5, bought_likes 4.5,
bought_views 2.5, bot_comments 4, engagement_pod 4, ai_praise 4, follow_churn 3.5, lure_spam 3, combos 13.5.

Genuine archetypes (label 0, about half of all records)
    genuine_nano / genuine_micro / genuine_mid / genuine_macro   ordinary creators of every size
    tiny_koc          200-3k followers, few posts, friends in the comments, chatty creator
    viral_post        one post 10-300x the creator's norm, strangers flood in, follower surge
    giveaway          giveaway post(s): mention-only / "pick me" comments, hunters follow then leave
    shoutout          a bigger account mentions the creator: follower step, "came from @x" comments
    bot_purge         the platform removes bots: one-day follower drop
    celebrity_low_er  millions of followers, engagement rate far below 1%, fan-club slogans
                      (real fans posting near-identical texts), zombie followers
    spam_target       popular genuine creator whose comments are hit by third-party lure spam
    controversy       a post with comment counts far above its likes, arguments and threads
    elderly_audience  Kuaishou / WeChat Channels / Douyin audience of older users: "[强][强]",
                      "早上好朋友", the same loyal fans under every post (looks like a pod, is not)
    hiatus            months without posting, slow follower decline, weaker comeback
    rising_star       fast organic growth, follower gains tied to post views

Fraud archetypes (label 1, about half); each draws an intensity s in [0, 1] (Beta(1.4, 1.8):
most fraud is cautious) that sets how large and how visible the fraud is.
    bought_followers_burst    fake followers delivered in 1-3 bursts of hours to days, later partly
                              dropped; cheap fakes in the follower sample (batch-created, empty)
    bought_followers_drip     small, suspiciously even daily additions, untied to posting
    bought_followers_premium  slow batches of aged, real-looking accounts, timed on post days
    bought_likes              packages of likes on some or all posts (often only after some date, often
                              the sponsored ones): likes out of line with views, comments, saves, coins
    bought_views              view packages: views jump, likes/comments per view collapse
    bot_comments              comment-farm packages: generic praise with varied wording, delivered in a
                              window after posting, near-zero comment likes, farm accounts reused
    engagement_pod            10-60 members (creators themselves) comment on most posts within minutes,
                              formulaic 4+-word praise; creator answers them (reciprocity); Chinese
                              mutual-boost groups ("互赞互评", "已赞 求回访")
    ai_praise                 machine-written praise: fluent, long, keyword-specific, no typos, posted by
                              thin accounts at all hours
    follow_churn              follow/unfollow cycles: following count saw-tooth, follow-back followers
                              that never engage, follow-for-follow accounts in the sample
    lure_spam                 traffic-diversion account (引流号): disguised contact in the bio, sock
                              puppets asking "怎么领/求资源" and lure texts written to dodge filters, the
                              creator replying "私你了 / check DMs", likes bought on top and (60%) followers
                              padded with a burst as well (archetype name stays lure_spam)
    combo:a+b[+c]             common packages, e.g. bought_followers_burst+bought_likes,
                              bought_likes+bot_comments, bought_followers_premium+ai_praise, ...

Main assumptions
  * Platforms: douyin .16, rednote .14, weibo .10, bilibili .08, kuaishou .07, wechat_channels .05
    (Chinese ~60%), instagram .16, tiktok .14, youtube .10 (some archetypes shift this).  Chinese
    platforms -> Chinese texts; on the others ~12% of creators have a Chinese-speaking audience.
  * Reach ~ a * followers^b (b ~ .75-.8: big accounts reach a smaller share); likes = reach x
    like-per-view, comments = likes x comments-per-like, with platform norms (Douyin/Kuaishou
    views >> likes; TikTok higher like/view; Bilibili coins ~40% and favourites ~50% of likes,
    danmaku ~1% of views; RedNote collects 30-100% of likes; Weibo reposts/comments close to
    likes; WeChat Channels heavy sharing, counts capped at "10万+"), creator-level factors,
    AR(1) "slow weeks", trend, per-post noise, rare viral outliers, sponsored posts weaker,
    young posts not yet matured.  Exported numbers are often display-rounded (1.2万 -> 12000).
  * What sources show differs: Douyin views only from third-party estimates (some records),
    RedNote / Weibo / WeChat no views, Instagram likes sometimes hidden (likes_unknown),
    Kuaishou comment counts often missing (comments_unknown, count = exported comments).
  * Comments: each post has a population of comments (real audience, background spam and
    organic bots, and the fraud sources); the scraper takes the first page in "hot" order
    (by likes), "latest" order or a mix, so cheap farm comments with zero likes are often
    under-represented.  Real authors mix loyal fans (re-appearing across posts, Zipf) and
    strangers; real timing is lognormal after posting with a night-time dip and a search
    tail on RedNote/Bilibili/YouTube; creators reply in sessions; some threads.
  * Follower history (daily 90-365 days, sometimes only sparse stored snapshots) in ~30% of
    records, a follower sample (50-200 accounts) in ~20%, comments in ~90%, profile.observed_at
    from an older snapshot in ~8%; availability is drawn independently of the label.
  * Genuine audiences contain lurkers with 0 posts, dormant accounts and some bots of their own;
    fraud creators also have a real (smaller) audience, real comments and ordinary noise.
"""

from __future__ import annotations

import argparse
import calendar
import json
import math
import random
import sys
import time
from collections.abc import Iterator
from typing import Any, ClassVar

import numpy as np

DAY = 86400.0
HOUR = 3600.0

# ---------------------------------------------------------------------------------------------
# platforms
# ---------------------------------------------------------------------------------------------
PLATFORM_W = [
    ("douyin", 0.16),
    ("rednote", 0.14),
    ("weibo", 0.10),
    ("bilibili", 0.08),
    ("kuaishou", 0.07),
    ("wechat_channels", 0.05),
    ("instagram", 0.16),
    ("tiktok", 0.14),
    ("youtube", 0.10),
]
ZH_PLATFORMS = {"douyin", "rednote", "weibo", "bilibili", "kuaishou", "wechat_channels"}

# expo_a/expo_b: reach = a * followers^b ; lpv likes per view ; cpl comments per like ;
# spl shares per like ; svpl saves per like ; tau maturity hours ; cmh median comment delay h ;
# tail: share of late (search) comments ; launch: earliest account creation (epoch days)
PP: dict[str, dict[str, Any]] = {
    "douyin": dict(
        a=5.0,
        b=0.75,
        lpv=0.035,
        cpl=0.035,
        spl=0.08,
        svpl=0.07,
        tau=20,
        cmh=3.5,
        tail=0.05,
        fmt=[("video", 0.93), ("image", 0.07)],
        launch="2016-09-20",
        clr=0.006,
    ),
    "kuaishou": dict(
        a=5.0,
        b=0.75,
        lpv=0.03,
        cpl=0.045,
        spl=0.03,
        svpl=0.02,
        tau=24,
        cmh=4.5,
        tail=0.05,
        fmt=[("video", 0.95), ("live", 0.03), ("image", 0.02)],
        launch="2013-07-01",
        clr=0.004,
    ),
    "rednote": dict(
        a=3.2,
        b=0.75,
        lpv=0.05,
        cpl=0.08,
        spl=0.08,
        svpl=0.55,
        tau=60,
        cmh=12,
        tail=0.25,
        fmt=[("image", 0.68), ("video", 0.32)],
        launch="2013-06-06",
        clr=0.004,
    ),
    "weibo": dict(
        a=1.6,
        b=0.75,
        lpv=0.03,
        cpl=0.28,
        spl=0.25,
        svpl=0,
        tau=8,
        cmh=1.5,
        tail=0.03,
        fmt=[("image", 0.45), ("text", 0.35), ("video", 0.2)],
        launch="2009-08-14",
        clr=0.008,
    ),
    "bilibili": dict(
        a=3.0,
        b=0.8,
        lpv=0.05,
        cpl=0.08,
        spl=0.06,
        svpl=0.5,
        tau=48,
        cmh=10,
        tail=0.2,
        fmt=[("video", 0.96), ("text", 0.04)],
        launch="2009-06-26",
        clr=0.005,
    ),
    "wechat_channels": dict(
        a=3.0,
        b=0.75,
        lpv=0.03,
        cpl=0.09,
        spl=0.45,
        svpl=0,
        tau=30,
        cmh=5,
        tail=0.05,
        fmt=[("video", 0.94), ("live", 0.04), ("image", 0.02)],
        launch="2020-01-22",
        clr=0.003,
    ),
    "instagram": dict(
        a=3.0,
        b=0.8,
        lpv=0.06,
        cpl=0.022,
        spl=0.03,
        svpl=0.04,
        tau=14,
        cmh=3,
        tail=0.06,
        fmt=[("image", 0.45), ("video", 0.55)],
        launch="2010-10-06",
        clr=0.002,
    ),
    "tiktok": dict(
        a=5.0,
        b=0.75,
        lpv=0.08,
        cpl=0.013,
        spl=0.025,
        svpl=0.05,
        tau=24,
        cmh=5,
        tail=0.06,
        fmt=[("video", 0.95), ("image", 0.05)],
        launch="2017-05-01",
        clr=0.004,
    ),
    "youtube": dict(
        a=2.5,
        b=0.8,
        lpv=0.035,
        cpl=0.05,
        spl=0,
        svpl=0,
        tau=96,
        cmh=12,
        tail=0.3,
        fmt=[("video", 0.96), ("live", 0.04)],
        launch="2005-04-23",
        clr=0.004,
    ),
}

CATEGORIES = [
    ("beauty", 0.13),
    ("fashion", 0.10),
    ("food", 0.12),
    ("travel", 0.08),
    ("tech", 0.07),
    ("gaming", 0.07),
    ("fitness", 0.06),
    ("parenting", 0.05),
    ("pets", 0.06),
    ("finance", 0.04),
    ("education", 0.05),
    ("comedy", 0.05),
    ("music", 0.04),
    ("home", 0.04),
    ("auto", 0.03),
    ("lifestyle", 0.05),
]

CN_CITIES = [
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
    "郑州",
    "青岛",
    "厦门",
    "昆明",
    "大连",
    "沈阳",
    "哈尔滨",
    "合肥",
    "福州",
    "南宁",
    "贵阳",
    "济南",
    "石家庄",
    "无锡",
    "宁波",
    "佛山",
    "东莞",
    "温州",
    "兰州",
    "太原",
    "南昌",
    "乌鲁木齐",
    "呼和浩特",
    "海口",
]
EN_CITIES = [
    "LA",
    "NYC",
    "Chicago",
    "Houston",
    "Toronto",
    "London",
    "Manchester",
    "Sydney",
    "Melbourne",
    "Austin",
    "Seattle",
    "Miami",
    "Atlanta",
    "Denver",
    "Dallas",
    "Vancouver",
    "Dublin",
    "Boston",
    "Phoenix",
    "San Diego",
    "Portland",
    "Manila",
    "Singapore",
    "Auckland",
    "Nashville",
    "Philly",
    "Brooklyn",
]

# ---------------------------------------------------------------------------------------------
# lexicons: items, aspects, good, neg, brands, per language and category
# ---------------------------------------------------------------------------------------------
LEX = {
    "zh": {
        "beauty": (
            [
                "粉底液",
                "口红",
                "眼影盘",
                "腮红",
                "防晒",
                "卸妆油",
                "精华",
                "面霜",
                "遮瑕",
                "睫毛膏",
                "散粉",
                "唇釉",
                "高光",
                "眉笔",
                "水乳",
                "气垫",
                "妆前乳",
                "面膜",
            ],
            ["妆容", "色号", "质地", "持妆", "上脸效果", "底妆", "眼妆", "光泽感", "肤色", "手法"],
            ["显白", "自然", "服帖", "高级", "温柔", "清透", "好看", "绝"],
            ["卡粉", "拔干", "假白", "斑驳", "闷痘", "氧化", "浮粉"],
            [
                "雅诗兰黛",
                "兰蔻",
                "完美日记",
                "花西子",
                "珀莱雅",
                "MAC",
                "YSL",
                "阿玛尼",
                "薇诺娜",
                "毛戈平",
                "资生堂",
                "植村秀",
            ],
        ),
        "fashion": (
            [
                "这条裙子",
                "外套",
                "阔腿裤",
                "针织衫",
                "这双鞋",
                "包包",
                "帽子",
                "衬衫",
                "牛仔裤",
                "大衣",
                "卫衣",
                "项链",
                "马面裙",
            ],
            ["搭配", "配色", "版型", "穿搭", "颜色", "面料", "发型"],
            ["显瘦", "高级", "温柔", "好看", "有气质", "显高", "松弛"],
            ["显胖", "起球", "偏大", "透", "廉价感", "显矮"],
            ["优衣库", "ZARA", "太平鸟", "UR", "波司登", "李宁", "安踏", "MO&Co."],
        ),
        "food": (
            [
                "螺蛳粉",
                "火锅",
                "红烧肉",
                "蛋糕",
                "奶茶",
                "烤肉",
                "牛肉面",
                "煎饺",
                "糖醋排骨",
                "酸菜鱼",
                "麻辣烫",
                "生煎",
                "烧烤",
                "肠粉",
                "炸鸡",
                "凉皮",
                "小龙虾",
                "酸辣粉",
            ],
            ["做法", "火候", "摆盘", "味道", "酱料", "口感", "刀工"],
            ["好香", "下饭", "绝了", "正宗", "馋哭了", "好吃"],
            ["太咸", "偏甜", "太油", "贵", "踩雷", "一般"],
            ["海底捞", "蜜雪冰城", "喜茶", "霸王茶姬", "瑞幸", "西贝", "盒马", "山姆"],
        ),
        "travel": (
            [
                "大理",
                "成都",
                "重庆",
                "西安",
                "三亚",
                "厦门",
                "新疆",
                "云南",
                "青岛",
                "长沙",
                "杭州",
                "桂林",
                "川西",
                "日本",
                "泰国",
                "阿勒泰",
            ],
            ["机位", "攻略", "路线", "民宿", "风景", "拍照", "预算"],
            ["太美了", "出片", "治愈", "值得去", "绝美"],
            ["人太多", "商业化", "太贵", "坑", "排队久"],
            ["携程", "飞猪", "亚朵", "全季", "马蜂窝"],
        ),
        "tech": (
            [
                "这款手机",
                "耳机",
                "平板",
                "笔记本",
                "相机",
                "手表",
                "键盘",
                "充电宝",
                "显卡",
                "路由器",
                "投影仪",
                "扫地机",
            ],
            ["续航", "性能", "拍照", "屏幕", "价格", "散热", "做工", "信号"],
            ["真香", "性价比高", "流畅", "稳", "好用"],
            ["发热", "卡顿", "贵", "续航拉胯", "信号差"],
            ["苹果", "华为", "小米", "OPPO", "vivo", "荣耀", "大疆", "联想", "一加"],
        ),
        "gaming": (
            [
                "原神",
                "王者",
                "和平精英",
                "黑神话",
                "英雄联盟",
                "崩铁",
                "我的世界",
                "蛋仔",
                "金铲铲",
                "永劫无间",
                "第五人格",
            ],
            ["操作", "走位", "配队", "剧情", "画质", "攻略", "意识"],
            ["太秀了", "牛", "细节拉满", "上头", "丝滑"],
            ["氪金", "坐牢", "手残", "太难", "平衡差"],
            ["米哈游", "腾讯", "网易", "游戏科学"],
        ),
        "fitness": (
            [
                "深蹲",
                "跑步",
                "瑜伽",
                "普拉提",
                "帕梅拉",
                "减脂餐",
                "跳绳",
                "拉伸",
                "硬拉",
                "卷腹",
                "八段锦",
            ],
            ["动作", "呼吸", "强度", "姿势", "饮食", "计划"],
            ["有用", "练到了", "出汗", "管用", "舒服"],
            ["膝盖疼", "坚持不下去", "太难", "腰酸"],
            ["Keep", "迪卡侬", "lululemon", "超级猩猩"],
        ),
        "parenting": (
            [
                "辅食",
                "绘本",
                "早教",
                "午睡",
                "奶粉",
                "幼儿园",
                "纸尿裤",
                "哄睡",
                "玩具",
                "幼小衔接",
            ],
            ["方法", "经验", "作息", "习惯", "心态"],
            ["有用", "太真实", "暖心", "管用"],
            ["焦虑", "难带", "哭闹", "没用"],
            ["飞鹤", "帮宝适", "babycare", "乐高"],
        ),
        "pets": (
            [
                "猫粮",
                "猫砂",
                "狗狗",
                "布偶",
                "柯基",
                "橘猫",
                "金毛",
                "仓鼠",
                "冻干",
                "逗猫棒",
                "边牧",
            ],
            ["毛色", "表情", "性格", "眼神", "小爪子"],
            ["可爱", "萌化了", "好乖", "治愈", "好聪明"],
            ["掉毛", "拆家", "挑食", "胆小"],
            ["网易严选", "渴望", "麦富迪", "皇家"],
        ),
        "finance": (
            [
                "基金",
                "定投",
                "存款",
                "理财",
                "房贷",
                "股票",
                "保险",
                "黄金",
                "副业",
                "公积金",
                "个税",
            ],
            ["思路", "分析", "数据", "逻辑", "建议"],
            ["清楚", "有道理", "通透", "实在"],
            ["割韭菜", "亏了", "风险大", "太理想"],
            ["支付宝", "招行", "天天基金", "雪球"],
        ),
        "education": (
            [
                "考研",
                "雅思",
                "英语",
                "高数",
                "Python",
                "四六级",
                "考公",
                "教资",
                "单词",
                "写作",
                "申论",
            ],
            ["方法", "思路", "笔记", "讲解", "资料", "时间安排"],
            ["清楚", "有用", "救命", "通俗易懂"],
            ["太难了", "听不懂", "焦虑", "来不及"],
            ["新东方", "粉笔", "有道", "B站大学"],
        ),
        "comedy": (
            ["这段", "结尾", "表情", "台词", "反转", "配音", "这个梗"],
            ["节奏", "演技", "剧本", "剪辑"],
            ["笑死", "绝了", "太真实", "好有梗"],
            ["尴尬", "没看懂", "有点冷"],
            ["德云社", "开心麻花"],
        ),
        "music": (
            ["这首歌", "副歌", "吉他", "钢琴", "编曲", "翻唱", "高音", "和声", "前奏"],
            ["声音", "音色", "节奏", "编曲", "气息"],
            ["好听", "绝了", "耳朵怀孕", "单曲循环", "好有感觉"],
            ["跑调", "假唱", "有点吵"],
            ["网易云", "QQ音乐", "雅马哈"],
        ),
        "home": (
            [
                "收纳",
                "这个柜子",
                "沙发",
                "窗帘",
                "灯",
                "地毯",
                "厨房",
                "阳台",
                "床品",
                "小家电",
                "洗碗机",
            ],
            ["布局", "配色", "风格", "收纳", "软装"],
            ["温馨", "好看", "实用", "舒服", "高级"],
            ["不实用", "难打理", "太贵", "落灰"],
            ["宜家", "无印良品", "源氏木语", "林氏家居", "美的"],
        ),
        "auto": (
            [
                "这台车",
                "新能源",
                "油耗",
                "续航",
                "内饰",
                "底盘",
                "小米SU7",
                "比亚迪",
                "特斯拉",
                "理想",
                "问界",
            ],
            ["操控", "空间", "配置", "价格", "驾驶感", "智驾"],
            ["帅", "稳", "舒服", "值", "顶"],
            ["贵", "异响", "费油", "保值差"],
            ["比亚迪", "特斯拉", "理想", "蔚来", "小鹏", "大众"],
        ),
        "lifestyle": (
            ["vlog", "周末", "早餐", "日常", "房间", "通勤", "独居", "咖啡", "晨间routine"],
            ["氛围", "滤镜", "剪辑", "BGM", "生活状态"],
            ["治愈", "好舒服", "羡慕", "有质感", "松弛"],
            ["焦虑", "太卷", "摆拍"],
            ["无印良品", "宜家", "星巴克", "Manner"],
        ),
    },
    "en": {
        "beauty": (
            [
                "foundation",
                "lipstick",
                "eyeshadow palette",
                "blush",
                "sunscreen",
                "cleansing balm",
                "serum",
                "moisturizer",
                "concealer",
                "mascara",
                "setting powder",
                "lip oil",
                "highlighter",
                "brow pencil",
                "toner",
                "bronzer",
            ],
            [
                "shade",
                "texture",
                "wear time",
                "finish",
                "blending",
                "base",
                "eye look",
                "glow",
                "technique",
            ],
            ["gorgeous", "so natural", "flawless", "stunning", "so pretty", "perfect", "unreal"],
            ["patchy", "drying", "too orange", "cakey", "breaking me out", "oxidizing"],
            [
                "Rare Beauty",
                "Fenty",
                "Charlotte Tilbury",
                "e.l.f.",
                "NARS",
                "Glossier",
                "Maybelline",
                "CeraVe",
                "Dior",
                "Milk",
            ],
        ),
        "fashion": (
            [
                "dress",
                "jacket",
                "wide-leg pants",
                "cardigan",
                "boots",
                "bag",
                "hat",
                "shirt",
                "jeans",
                "coat",
                "hoodie",
                "necklace",
            ],
            ["fit", "color combo", "styling", "silhouette", "fabric", "layering"],
            ["so good", "chic", "cute", "elevated", "perfect"],
            ["unflattering", "see-through", "too big", "cheap looking"],
            ["Zara", "Uniqlo", "H&M", "Aritzia", "Mango", "COS", "Levi's", "Nike"],
        ),
        "food": (
            [
                "ramen",
                "pasta",
                "banana bread",
                "dumplings",
                "tacos",
                "fried chicken",
                "curry",
                "sourdough",
                "smash burger",
                "pho",
                "cheesecake",
                "stir fry",
                "brownies",
                "birria",
            ],
            ["recipe", "seasoning", "plating", "texture", "sauce", "technique"],
            ["delicious", "amazing", "so good", "perfect", "fire"],
            ["too salty", "too sweet", "dry", "overpriced", "bland"],
            ["Trader Joe's", "Costco", "HEB", "Lodge", "KitchenAid", "Ninja"],
        ),
        "travel": (
            [
                "Lisbon",
                "Tokyo",
                "Bali",
                "Kyoto",
                "Iceland",
                "Paris",
                "the Amalfi coast",
                "Banff",
                "Seoul",
                "Mexico City",
                "the Dolomites",
                "Istanbul",
                "Marrakech",
                "Vietnam",
            ],
            ["itinerary", "photo spots", "hotel", "route", "views", "budget"],
            ["beautiful", "stunning", "dreamy", "worth it", "magical"],
            ["crowded", "touristy", "expensive", "a tourist trap"],
            ["Airbnb", "Booking", "Delta", "Ryanair"],
        ),
        "tech": (
            [
                "phone",
                "earbuds",
                "tablet",
                "laptop",
                "camera",
                "smartwatch",
                "keyboard",
                "power bank",
                "GPU",
                "router",
                "monitor",
            ],
            [
                "battery life",
                "performance",
                "camera",
                "display",
                "price",
                "thermals",
                "build quality",
            ],
            ["solid", "worth it", "smooth", "impressive", "great"],
            ["overheating", "laggy", "overpriced", "buggy"],
            ["Apple", "Samsung", "Sony", "Google", "Anker", "Logitech", "Nvidia", "Dell", "DJI"],
        ),
        "gaming": (
            [
                "Elden Ring",
                "Valorant",
                "Minecraft",
                "Fortnite",
                "Zelda",
                "Genshin",
                "Baldur's Gate 3",
                "Apex",
                "League",
                "CS2",
                "Stardew",
            ],
            ["gameplay", "movement", "build", "story", "graphics", "strategy"],
            ["insane", "clean", "cracked", "so good", "nuts"],
            ["pay to win", "grindy", "unbalanced", "buggy"],
            ["Nintendo", "Steam", "Xbox", "PlayStation"],
        ),
        "fitness": (
            [
                "squats",
                "running",
                "yoga",
                "pilates",
                "meal prep",
                "jump rope",
                "stretching",
                "deadlifts",
                "ab workout",
                "walking pad",
            ],
            ["form", "breathing", "intensity", "posture", "diet", "program"],
            ["helpful", "effective", "brutal", "so good"],
            ["hurting my knees", "too hard", "boring"],
            ["Gymshark", "Lululemon", "Peloton", "Nike"],
        ),
        "parenting": (
            [
                "baby food",
                "bedtime routine",
                "toddler tantrums",
                "potty training",
                "daycare",
                "nap schedule",
                "screen time",
                "picture books",
            ],
            ["approach", "routine", "tips", "schedule"],
            ["helpful", "so real", "sweet", "a lifesaver"],
            ["exhausting", "not working", "stressful"],
            ["Pampers", "Target", "Lovevery", "Fisher-Price"],
        ),
        "pets": (
            [
                "kitten",
                "golden retriever",
                "corgi",
                "ragdoll",
                "rescue pup",
                "hamster",
                "treats",
                "cat tree",
                "dog park",
                "husky",
            ],
            ["fur", "face", "personality", "zoomies", "little paws"],
            ["adorable", "so cute", "precious", "the sweetest"],
            ["shedding", "destroying everything", "picky"],
            ["Chewy", "Purina", "Kong", "BarkBox"],
        ),
        "finance": (
            [
                "index funds",
                "Roth IRA",
                "budget",
                "high-yield savings",
                "mortgage",
                "stocks",
                "credit score",
                "side hustle",
                "emergency fund",
                "401k",
            ],
            ["breakdown", "analysis", "numbers", "strategy"],
            ["clear", "helpful", "spot on", "smart"],
            ["risky", "unrealistic", "a scam"],
            ["Vanguard", "Fidelity", "Robinhood", "Schwab"],
        ),
        "education": (
            [
                "calculus",
                "IELTS",
                "Python",
                "SAT",
                "note-taking",
                "flashcards",
                "essay writing",
                "med school",
                "LSAT",
                "Spanish",
            ],
            ["method", "explanation", "notes", "study plan"],
            ["clear", "helpful", "a lifesaver", "easy to follow"],
            ["confusing", "too fast", "stressful"],
            ["Anki", "Notion", "Khan Academy", "Duolingo"],
        ),
        "comedy": (
            ["this skit", "the ending", "that face", "the voice", "the plot twist", "the accent"],
            ["timing", "acting", "writing", "editing"],
            ["hilarious", "iconic", "so real", "perfect"],
            ["cringe", "confusing"],
            ["SNL", "Netflix"],
        ),
        "music": (
            [
                "this cover",
                "the bridge",
                "the guitar part",
                "the piano",
                "the high note",
                "the harmonies",
                "this song",
                "the intro",
            ],
            ["voice", "tone", "rhythm", "arrangement"],
            ["beautiful", "chills", "so good", "angelic"],
            ["pitchy", "too loud"],
            ["Fender", "Yamaha", "Spotify"],
        ),
        "home": (
            [
                "storage hack",
                "shelf",
                "couch",
                "curtains",
                "lamp",
                "rug",
                "kitchen",
                "balcony",
                "bedding",
                "closet",
            ],
            ["layout", "color palette", "style", "organization"],
            ["cozy", "gorgeous", "practical", "so calming"],
            ["impractical", "hard to clean", "expensive"],
            ["IKEA", "Target", "West Elm", "Amazon", "HomeGoods"],
        ),
        "auto": (
            [
                "this car",
                "the EV",
                "gas mileage",
                "range",
                "interior",
                "suspension",
                "Model 3",
                "Civic Type R",
                "RAV4",
                "Mustang",
            ],
            ["handling", "space", "trim", "price", "ride quality"],
            ["clean", "sick", "smooth", "worth it"],
            ["overpriced", "noisy", "thirsty"],
            ["Toyota", "Honda", "Tesla", "Ford", "BMW"],
        ),
        "lifestyle": (
            [
                "vlog",
                "weekend reset",
                "morning routine",
                "apartment",
                "commute",
                "coffee setup",
                "night routine",
            ],
            ["vibe", "color grading", "editing", "music choice", "aesthetic"],
            ["cozy", "calming", "aesthetic", "so peaceful"],
            ["staged", "unrealistic"],
            ["Target", "Starbucks", "Muji", "Zara Home"],
        ),
    },
}

ZH_EMO = {
    "douyin": [
        "[赞]",
        "[捂脸]",
        "[呲牙]",
        "[玫瑰]",
        "[比心]",
        "[流泪]",
        "[666]",
        "[送心]",
        "[看]",
        "[大笑]",
        "[憨笑]",
        "[爱心]",
    ],
    "kuaishou": ["[玫瑰]", "[666]", "[赞]", "[鼓掌]", "[爱心]", "[抱拳]", "[笑哭]", "[奸笑]"],
    "rednote": [
        "[哭惹R]",
        "[赞R]",
        "[偷笑R]",
        "[萌萌哒R]",
        "[派对R]",
        "[笑哭R]",
        "[doge]",
        "[飞吻R]",
        "[害羞R]",
    ],
    "weibo": [
        "[允悲]",
        "[doge]",
        "[二哈]",
        "[心]",
        "[笑cry]",
        "[吃惊]",
        "[good]",
        "[酷]",
        "[泪]",
        "[抱抱]",
    ],
    "bilibili": [
        "[doge]",
        "[笑哭]",
        "[妙啊]",
        "[藏狐]",
        "[OK]",
        "[tv_偷笑]",
        "[辣眼睛]",
        "[吃瓜]",
        "[大哭]",
        "[脱单doge]",
    ],
    "wechat_channels": [
        "[强]",
        "[玫瑰]",
        "[抱拳]",
        "[微笑]",
        "[呲牙]",
        "[愉快]",
        "[鼓掌]",
        "[爱心]",
        "[太阳]",
    ],
}
UNI_EMO = [
    "😂",
    "🤣",
    "😭",
    "😍",
    "🥹",
    "❤️",
    "🔥",
    "👍",
    "🙌",
    "✨",
    "💕",
    "😆",
    "🥰",
    "👏",
    "💯",
    "😅",
    "🤔",
    "😮",
    "💀",
    "🫶",
    "😳",
    "🙏",
    "😋",
    "🤩",
    "😊",
    "🌸",
    "👀",
    "🤍",
]


# ---------------------------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------------------------
def wpick(r: random.Random, pairs):
    x = r.random() * sum(w for _, w in pairs)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def lerp(a, b, t):
    return a + (b - a) * t


def clamp(x, lo, hi):
    return lo if x < lo else hi if x > hi else x


def iso(ts: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ts))


def dstr(ts: float) -> str:
    return time.strftime("%Y-%m-%d", time.gmtime(ts))


def epoch_of(d: str) -> float:
    y, m, dd = (int(x) for x in d.split("-"))
    return float(calendar.timegm((y, m, dd, 0, 0, 0, 0, 0, 0)))


def lnorm(r: random.Random, median: float, sigma: float) -> float:
    return median * math.exp(r.gauss(0.0, sigma))


def cnt(g: np.random.Generator, lam: float) -> int:
    """integer count around lam (Poisson when small)."""
    if lam <= 0 or not math.isfinite(lam):
        return 0
    if lam < 1e5:
        return int(g.poisson(lam))
    return int(round(lam * (1 + g.normal(0, 0.003))))  # noqa: RUF046 -- operand may be a numpy scalar; int() kept as is


ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
HEXU = "0123456789ABCDEF"
ZH_RAND_CHARS = "云月星辰风雨雪花草木山水心安乐欢喜静宁轩晨曦子涵梓萱梦琪语嫣一诺思远俊杰浩然雨萱佳怡欣妍若汐紫萱可馨明轩博文皓宇"
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢"
PINYIN = [
    "xiao",
    "yu",
    "chen",
    "lin",
    "wang",
    "zhang",
    "li",
    "liu",
    "mei",
    "jia",
    "hui",
    "ming",
    "tian",
    "yue",
    "xin",
    "an",
    "le",
    "qi",
    "meng",
    "yun",
    "hao",
    "jun",
    "ting",
    "wen",
    "zi",
    "han",
    "rui",
    "xue",
    "bo",
    "kai",
]
EN_FIRST = [
    "emma",
    "olivia",
    "ava",
    "mia",
    "sophia",
    "isabella",
    "chloe",
    "lily",
    "grace",
    "zoe",
    "hannah",
    "sarah",
    "jess",
    "kate",
    "megan",
    "ashley",
    "brittany",
    "lauren",
    "nicole",
    "amber",
    "maria",
    "sofia",
    "camila",
    "priya",
    "aisha",
    "liam",
    "noah",
    "jake",
    "mike",
    "chris",
    "josh",
    "ryan",
    "tyler",
    "matt",
    "dan",
    "sam",
    "alex",
    "jordan",
    "kevin",
    "marcus",
    "luis",
    "diego",
    "omar",
    "ethan",
    "ben",
    "nate",
    "tom",
    "jay",
    "kim",
    "nina",
    "tess",
    "ellie",
    "maddie",
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
    "martinez",
    "lopez",
    "wilson",
    "anderson",
    "thomas",
    "taylor",
    "moore",
    "jackson",
    "martin",
    "lee",
    "perez",
    "white",
    "harris",
    "clark",
    "lewis",
    "walker",
    "hall",
    "young",
    "king",
    "wright",
    "scott",
    "green",
    "baker",
    "adams",
    "nguyen",
    "hill",
    "rivera",
    "campbell",
    "mitchell",
    "roberts",
    "carter",
    "phillips",
    "evans",
    "turner",
    "torres",
    "parker",
    "collins",
]
EN_NOUN = [
    "coffee",
    "sunset",
    "vibes",
    "wander",
    "bloom",
    "daisy",
    "honey",
    "moon",
    "peach",
    "cloud",
    "ocean",
    "maple",
    "cookie",
    "pixel",
    "noodle",
    "mango",
    "boba",
    "cactus",
    "velvet",
    "sage",
    "olive",
    "lemon",
    "river",
    "fern",
]
EN_ADJ = [
    "little",
    "lazy",
    "happy",
    "sleepy",
    "wild",
    "cozy",
    "salty",
    "sunny",
    "golden",
    "tiny",
    "simply",
    "just",
    "not",
    "the",
    "its",
    "hey",
    "oh",
]
ZH_ADJ = [
    "爱吃",
    "不吃",
    "想吃",
    "会飞的",
    "一只",
    "小",
    "今天也要",
    "努力的",
    "快乐的",
    "失眠的",
    "爱喝奶茶的",
    "早睡的",
    "迷路的",
    "偷吃",
    "不想上班的",
    "认真的",
    "发呆的",
    "暴躁",
    "佛系",
    "一颗",
    "会游泳的",
    "熬夜的",
    "温柔的",
]
ZH_NOUN = [
    "小熊",
    "草莓",
    "橘子",
    "兔子",
    "鱼",
    "猫咪",
    "饼干",
    "土豆",
    "西瓜",
    "小狗",
    "布丁",
    "芒果",
    "星星",
    "月亮",
    "汤圆",
    "奶糖",
    "柠檬",
    "小羊",
    "企鹅",
    "番茄",
    "椰子",
    "仙女",
    "打工人",
    "胖虎",
    "咸鱼",
    "菠萝",
    "葡萄",
    "栗子",
]
ZH_TAIL = [
    "",
    "",
    "",
    "",
    "酱",
    "呀",
    "_",
    "~",
    "🍓",
    "🌸",
    "✨",
    "🍊",
    "鸭",
    "er",
    "1998",
    "0520",
    "吖",
    "🐻",
]
ZH_REAL = [
    "林小姐",
    "阿杰",
    "Kiki",
    "Momo",
    "小王同学",
    "陈同学",
    "Zz",
    "Yuki",
    "橙子",
    "阿珍",
    "大刘",
    "小周周",
    "Amy",
    "Coco",
    "老陈",
    "阿May",
    "Lucky",
    "小鹿",
    "Vivian",
    "晴天",
    "糖糖",
    "阿飞",
    "Leo",
    "Jerry",
    "小雨",
    "芋圆",
    "Sunny",
    "阿布",
]
SURNAME_PY = [
    "wang",
    "li",
    "zhang",
    "liu",
    "chen",
    "yang",
    "huang",
    "zhao",
    "wu",
    "zhou",
    "xu",
    "sun",
    "ma",
    "zhu",
    "hu",
    "lin",
]
ZH_OLD = [
    "平安是福",
    "花开富贵",
    "心静如水",
    "快乐每一天",
    "岁月静好",
    "福如东海",
    "山水有情",
    "知足常乐",
    "好人一生平安",
    "夕阳红",
    "开心就好",
    "荷塘月色",
    "宁静致远",
    "一帆风顺",
    "家和万事兴",
    "老骥伏枥",
    "清风明月",
    "善待自己",
    "春暖花开",
]


def rand_digits(r, k):
    return "".join(r.choice("0123456789") for _ in range(k))


def rand_alnum(r, k):
    return "".join(r.choice(ALNUM) for _ in range(k))


def zh_nick(r: random.Random, style: str = "real", platform: str = "douyin") -> str:
    """a Chinese-platform nickname; style real / bot / old / default."""
    if style == "default" or (style == "real" and r.random() < 0.14):
        if platform in ("douyin", "weibo"):
            return "用户" + rand_digits(r, r.choice((10, 11, 13)))
        if platform == "rednote":
            return "小红薯" + "".join(r.choice(HEXU) for _ in range(r.choice((7, 8))))
        if platform == "bilibili":
            return "bili_" + rand_digits(r, r.choice((8, 10, 11)))
        if platform == "kuaishou":
            return "快手用户" + rand_digits(r, 10)
        if platform == "wechat_channels":
            return "微信用户" if r.random() < 0.3 else "用户" + rand_digits(r, 8)
        return "用户" + rand_digits(r, 10)
    if style == "old":
        x = r.random()
        if x < 0.45:
            return (
                r.choice(["", "🌹", "🌸", "A", "A-", "🍀", "☀️"])
                + r.choice(ZH_OLD)
                + r.choice(["", "", "🌹", "🙏", rand_digits(r, 2)])
            )
        if x < 0.7:
            return (
                "A"
                + r.choice(SURNAMES)
                + r.choice(["姐", "哥", "师傅", "老师", "总"])
                + r.choice(["建材", "美容", "装修", "茶叶", "保险", "水果", "五金", ""])
            )
        return (
            r.choice(["老", "", "阿"])
            + r.choice(SURNAMES)
            + r.choice(["", "大姐", "阿姨", "叔", "秀兰", "建国", "桂英", "国强", "丽华"])
        )
    if style == "bot":
        x = r.random()
        if x < 0.35:
            return "用户" + rand_digits(r, 10)
        if x < 0.6:
            return (
                r.choice(ZH_RAND_CHARS) + r.choice(ZH_RAND_CHARS) + rand_digits(r, r.randint(3, 6))
            )
        if x < 0.8:
            return r.choice(PINYIN) + r.choice(PINYIN) + rand_digits(r, r.randint(2, 5))
        return r.choice(ZH_ADJ) + r.choice(ZH_NOUN) + rand_digits(r, r.randint(2, 4))
    x = r.random()
    if x < 0.45:
        return r.choice(ZH_ADJ) + r.choice(ZH_NOUN) + r.choice(ZH_TAIL)
    if x < 0.7:
        return r.choice(ZH_REAL) + r.choice(
            ["", "", "", "_", "🌙", "的日常", rand_digits(r, 2), "呀"]
        )
    if x < 0.85:
        return (
            r.choice(SURNAMES)
            + "".join(r.choice(ZH_RAND_CHARS) for _ in range(r.randint(1, 2)))
            + r.choice(["", "", "同学", "🍃"])
        )
    return (
        r.choice(PINYIN).capitalize()
        + r.choice(["", "_", "."])
        + r.choice(PINYIN)
        + r.choice(["", rand_digits(r, 2), "酱"])
    )


def en_handle(r: random.Random, style: str = "real", platform: str = "instagram") -> str:
    if style == "default" or (style == "real" and r.random() < 0.06):
        if platform == "youtube":
            return "@user-" + rand_alnum(r, 10)
        if platform == "tiktok":
            return "user" + rand_digits(r, 13)
        return r.choice(EN_FIRST) + rand_digits(r, r.randint(4, 8))
    if style == "bot":
        x = r.random()
        if x < 0.4:
            return r.choice(EN_FIRST) + "_" + r.choice(EN_LAST) + rand_digits(r, r.randint(3, 6))
        if x < 0.65:
            return (
                r.choice(EN_FIRST)
                + "."
                + r.choice(["lovely", "beauty", "official", "real", "daily", "x"])
                + "."
                + rand_digits(r, 4)
            )
        if x < 0.85:
            return rand_alnum(r, r.randint(6, 10))
        return (
            r.choice(EN_FIRST).capitalize()
            + " "
            + r.choice(EN_LAST).capitalize()
            + rand_digits(r, 3)
        )
    if style == "creator":
        n = r.choice(EN_FIRST)
        return r.choice(
            [
                n + ".creates",
                n + "_styles",
                "with." + n,
                n + "lifestyle",
                n + ".fit",
                n + "eats",
                "the." + n + ".edit",
                n + "_travels",
                n + ".home",
                n + "_beauty",
                n + "mama",
                n + ".studio",
                n + "_" + r.choice(EN_NOUN),
            ]
        ) + r.choice(["", "", "", "_", rand_digits(r, 2)])
    x = r.random()
    n = r.choice(EN_FIRST)
    if x < 0.3:
        return (
            n
            + r.choice([".", "_", ""])
            + r.choice(EN_LAST)
            + r.choice(["", "", rand_digits(r, 2), "_"])
        )
    if x < 0.5:
        return n + rand_digits(r, r.randint(1, 4))
    if x < 0.7:
        return (
            r.choice(EN_ADJ)
            + r.choice(["", ".", "_"])
            + r.choice(EN_NOUN)
            + r.choice(["", "s", rand_digits(r, 2)])
        )
    if x < 0.85:
        return (
            r.choice(["its", "the", "x", ""])
            + n
            + r.choice(["x", "xo", "_", "__", ".jpg", "bear", "lou"])
        )
    return n.capitalize() + " " + r.choice(EN_LAST).capitalize()[0] + "."


def handle(r, lang, style="real", platform="douyin"):
    if (
        lang == "zh" and platform not in ZH_PLATFORMS
    ):  # Chinese-speaking audience on Instagram / TikTok / YouTube
        if style == "bot" or r.random() < 0.35:
            return en_handle(r, style if style != "creator" else "real", platform)
        return (
            r.choice(PINYIN)
            + r.choice([".", "_", ""])
            + r.choice(PINYIN + SURNAME_PY)
            + r.choice(["", "", rand_digits(r, 2), "_", "x"])
        )
    if lang == "zh":
        return zh_nick(r, style if style != "creator" else "real", platform)
    return en_handle(r, style, platform)


class Filler(dict):
    """format_map mapping that draws a fresh random value for each placeholder."""

    def __init__(self, ctx, post_item=None):
        super().__init__()
        self.c = ctx
        self.pi = post_item

    def __missing__(self, k):
        c = self.c
        r = c.r
        zh = c.lang == "zh"
        items, aspects, good, neg, brands = c.lex
        if k == "item":
            return self.pi if (self.pi and r.random() < 0.7) else r.choice(items)
        if k == "item2":
            return r.choice(items)
        if k == "aspect":
            return r.choice(aspects)
        if k == "good":
            return r.choice(good)
        if k == "neg":
            return r.choice(neg)
        if k == "brand":
            return r.choice(brands)
        if k == "city":
            return r.choice(CN_CITIES if zh else EN_CITIES)
        if k == "num":
            return str(r.choice((2, 2, 3, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20)))
        if k == "num_year":
            return (
                str(r.randint(2016, 2023))
                if not zh
                else r.choice(["", "20"]) + str(r.randint(16, 23))
            )
        if k == "price":
            return str(
                r.choice(
                    (
                        9.9,
                        19.9,
                        29,
                        39,
                        49,
                        59,
                        69,
                        89,
                        99,
                        129,
                        159,
                        199,
                        259,
                        299,
                        399,
                        499,
                        899,
                        1299,
                        2999,
                    )
                )
            )
        if k == "laugh":
            if zh:
                return (
                    "哈" * r.randint(2, 9)
                    if r.random() < 0.85
                    else r.choice(("hhh", "hhhh", "😂", "[笑哭]", "xswl"))
                )
            return r.choice(("haha", "hahaha", "lol", "lmao", "😂", "😭😭", "💀", "LMAO"))
        if k == "emo":
            return c.emo(0.6)
        if k == "friend":
            return c.friend()
        if k == "ts":
            return f"{r.randint(0, 12)}:{r.randint(0, 59):02d}"
        if k == "clock":
            return r.choice(("2am", "3am", "1am", "4am", "midnight"))
        if k == "q":
            return r.choice(("", "？", "?", "啊", "呀", "??")) if zh else r.choice(("", "?", "??"))
        if k in POOLS[c.lang]:
            return r.choice(POOLS[c.lang][k])
        return ""


POOLS = {
    "zh": {
        "when": [
            "昨天",
            "上周",
            "前两天",
            "去年",
            "上个月",
            "今天早上",
            "刚刚",
            "周末",
            "前年",
            "年初",
        ],
        "when2": ["下个月", "国庆", "五一", "暑假", "过年", "下周", "月底"],
        "dur": ["一个月", "半年", "三周", "两年", "好几年", "一周", "三个月", "快一年"],
        "who": [
            "我妈",
            "我男朋友",
            "我老公",
            "我闺蜜",
            "室友",
            "同事",
            "我家猫",
            "我对象",
            "我姐",
            "我女儿",
            "我爸",
            "我同桌",
        ],
        "opinion": [
            "真的好用",
            "一般般吧",
            "还不错",
            "没有想象中好",
            "绝了",
            "有点踩雷",
            "已经回购了",
            "不太适合我",
            "效果挺明显的",
            "性价比很高",
            "还在观望",
            "确实可以",
            "说不上来哪里不对",
            "跟博主说的一样",
        ],
        "opinion2": [
            "学不会",
            "已经学废了",
            "真的有用",
            "太难了",
            "看着简单做起来难",
            "爱了爱了",
            "狠狠心动了",
        ],
        "quote": [
            "这谁顶得住",
            "你又在看这个",
            "好家伙",
            "我也要",
            "这是啥",
            "你怎么知道的",
            "别看了快睡觉",
        ],
        "react": [
            "笑死",
            "绝了",
            "太好哭了",
            "名场面",
            "破防了",
            "好燃",
            "这个表情",
            "我直接笑出声",
            "泪目",
            "鸡皮疙瘩起来了",
        ],
        "result": [
            "成功了！",
            "翻车了哈哈哈",
            "味道还行",
            "效果不错",
            "比我想象的简单",
            "被家里人夸了",
            "失败了但是很开心",
        ],
        "result2": ["明天就试", "马上去试试", "终于搞懂了", "原来是这样"],
        "self_trait": [
            "说话好温柔",
            "好真实",
            "好有梗",
            "讲得好清楚",
            "剪辑好用心",
            "声音好好听",
            "好会拍",
        ],
        "self_trait2": ["从来不恰烂饭", "内容一直很用心", "真的很真诚", "每期都有收获"],
        "hope": ["希望好用", "坐等收货", "期待", "祈祷别踩雷"],
        "but": [
            "不过性价比还行",
            "但颜值是真的高",
            "不过可能是我不会用",
            "但还是支持",
            "个人感受哈",
        ],
        "verb_try": ["试", "买", "用", "吃", "去"],
        "skin": ["油皮", "干皮", "敏感肌", "混油", "黄黑皮"],
    },
    "en": {
        "when": [
            "yesterday",
            "last week",
            "last month",
            "this morning",
            "over the weekend",
            "a few days ago",
            "last year",
            "tonight",
        ],
        "when_future": [
            "later",
            "my next trip",
            "the weekend",
            "payday",
            "next month",
            "when i'm brave enough",
        ],
        "dur": [
            "a month",
            "six months",
            "3 weeks",
            "two years",
            "forever",
            "a week",
            "a few months",
        ],
        "who": [
            "my mom",
            "my bf",
            "my husband",
            "my roommate",
            "my sister",
            "my coworker",
            "my cat",
            "my kid",
            "my wife",
            "my dad",
        ],
        "opinion": [
            "it's actually so good",
            "it was fine i guess",
            "not as good as i hoped",
            "obsessed ever since",
            "kinda disappointed",
            "it changed my life lol",
            "it works if you're patient",
            "100% worth it",
            "meh",
            "same experience as you",
        ],
        "opinion2": [
            "can confirm",
            "this is so true",
            "it's a whole different thing",
            "prices are insane rn",
        ],
        "react": [
            "i'm crying",
            "LMAO",
            "the best part",
            "i lost it",
            "so good",
            "chills",
            "iconic",
            "why is this so real",
        ],
        "react2": ["dying", "in tears", "screaming", "on the floor"],
        "hope": ["fingers crossed", "can't wait", "hope it's as good as yours", "wish me luck"],
        "but": [
            "but maybe it's just me",
            "but the packaging is cute",
            "but still love you",
            "just my experience",
        ],
        "verb_en": [
            "said that",
            "just looked at the camera",
            "casually did that",
            "explained it",
            "edited this",
        ],
        "teacher": ["teacher", "professor", "coach", "mom", "doctor"],
    },
}

# ---- genuine content comments -----------------------------------------------------------------
ZH_GEN = [
    "{item}是哪家的呀{q}",
    "求{item}链接{emo}",
    "{item}多少钱啊，看着好{good}",
    "我{when}也买了{item}，{opinion}",
    "用了{dur}{item}了，{opinion}",
    "{city}有卖吗{q}",
    "{city}的表示{opinion2}",
    "{who}看到说{quote}",
    "{laugh}{who}问我在笑什么",
    "这个{aspect}也太{good}了吧{emo}",
    "{aspect}真的{good}，{item}也很{good}",
    "说实话{item}有点{neg}，{but}",
    "不太认同，{item}我用着{neg}",
    "我踩过雷，{item}{neg}，大家谨慎",
    "第{num}次看了{emo}",
    "已经看了{num}遍了{laugh}",
    "求出{item}的教程{emo}",
    "下期能讲讲{item2}吗",
    "催更催更{emo}",
    "@{friend} 快来看",
    "@{friend} 这个{item}我们下次试试",
    "@{friend} 像不像你{laugh}",
    "终于等到更新了{emo}",
    "博主{self_trait}，好喜欢",
    "跟着做了，{result}",
    "刚下单了{item}，{hope}",
    "{item}和{item2}比哪个好啊",
    "{num}岁了第一次{verb_try}{item}",
    "救命，{item}也太{good}了",
    "这不就是我吗{laugh}",
    "太真实了，{who}就是这样",
    "我觉得还是{item2}更{good}一点",
    "有没有人和我一样觉得{aspect}有点{neg}",
    "蹲一个{item}的后续",
    "上次推荐的{item}已经回购{num}次了",
    "{price}块买的{item}，{opinion}",
    "在{city}排了{num}个小时{laugh}",
    "我们{city}的{item}也很{good}",
    "评论区有没有{city}的{q}",
    "笑死，{quote}",
    "这个{aspect}学到了，{result2}",
    "{item}真的是我今年最爱",
    "从{num_year}年看到现在了{emo}",
    "一直关注博主，{self_trait2}",
    "为什么我做出来就{neg}{laugh}",
    "不是吧，{item}还能这样",
    "手残党表示{opinion2}",
    "好想去{city}{emo}",
    "准备{when2}去{city}，有推荐吗",
    "{item}的{aspect}可以说一下吗",
    "我{when}在{city}也看到{item}了",
    "{who}非要我买{item}{laugh}",
    "看完立刻去买了{item}",
    "{brand}的{item}也不错，可以试试",
    "{brand}那款我用过，{opinion}",
    "博主能不能出个{aspect}合集",
    "我就说{item}{good}吧，{who}还不信",
    "刷到好几次了，今天终于关注了",
    "{aspect}这块讲得好细",
    "以前一直以为{item}{neg}，原来是我用错了",
    "有一说一，{aspect}是真的{good}",
    "弱弱问一句，{item}{q}",
    "想问下{aspect}是怎么弄的",
    "就冲这个{aspect}也要点赞",
    "每次看都好治愈{emo}",
    "下班路上看的，心情好多了",
    "凌晨{num}点还在刷{laugh}",
    "我妈说这个{item}她年轻时候就用过",
    "已经分享给{who}了",
]
ZH_CAT = {
    "beauty": [
        "{item}适合{skin}吗",
        "{skin}能用吗{q}",
        "这个色号黄皮友好吗",
        "持妆能有几个小时啊",
        "素颜也好{good}{emo}",
    ],
    "food": [
        "看饿了{emo}",
        "大半夜看这个太罪恶了",
        "{city}哪家{item}最正宗",
        "这个{item}放多少盐啊",
        "口水流下来了{laugh}",
    ],
    "travel": [
        "{city}几月去最好啊",
        "住的民宿叫什么呀",
        "人多吗{q}",
        "这个机位在哪{q}",
        "看完马上订票",
    ],
    "tech": [
        "{item}和{brand}的比怎么样",
        "发热严重吗",
        "等降价{laugh}",
        "学生党有推荐吗",
        "{num}年老机表示羡慕",
    ],
    "gaming": [
        "{item}这关我卡了{num}天",
        "这操作我一辈子学不会",
        "求阵容{q}",
        "萌新请问怎么入坑",
        "手法太细了",
    ],
    "pets": ["想rua{emo}", "好想养一只", "这个眼神绝了", "我家的也这样{laugh}", "毛毛好好看"],
    "fitness": [
        "打卡第{num}天",
        "膝盖不好能练吗",
        "跟练完出了一身汗",
        "坚持{dur}瘦了{num}斤",
        "求跟练合集",
    ],
    "parenting": [
        "我家宝宝{num}个月也这样",
        "这个方法有用！",
        "当妈以后太懂了",
        "求推荐绘本{q}",
        "看哭了，太不容易了",
    ],
    "finance": [
        "请问定投多少合适",
        "讲得很清楚，收藏了",
        "去年亏了{num}千{laugh}",
        "求出一期{item}的",
        "理性看待吧",
    ],
    "education": [
        "考研人打卡",
        "已经刷了{num}遍",
        "要是早点看到就好了",
        "马上考试了，救命",
        "求资料{q}",
    ],
    "music": [
        "{ts} 这里好好听",
        "单曲循环了{num}遍",
        "求谱{q}",
        "副歌一出来鸡皮疙瘩",
        "耳机党狂喜",
    ],
    "comedy": [
        "{ts} 笑死我了",
        "{laugh}{laugh}",
        "结尾没绷住",
        "这演技可以去拍电影了",
        "我笑出了鹅叫",
    ],
    "home": ["好温馨啊", "求{item}链接", "租房党能用吗", "收纳好好学", "这个配色好舒服"],
    "auto": [
        "落地多少钱{q}",
        "油耗怎么样",
        "{item}和{item2}怎么选",
        "开了{num}万公里了表示满意",
        "颜值确实高",
    ],
    "fashion": [
        "{num}斤能穿吗",
        "求{item}链接",
        "小个子能穿吗",
        "这套搭配好{good}",
        "模特身高多少呀",
    ],
    "lifestyle": ["好喜欢这种生活状态", "BGM叫什么", "求滤镜参数", "羡慕独居", "看完想收拾房间了"],
}
ZH_LOW = [
    "好看",
    "好美",
    "[赞]",
    "❤️",
    "太可爱了",
    "绝了",
    "爱了",
    "来了",
    "前排",
    "好家伙",
    "牛",
    "666",
    "👍",
    "冲",
    "哇",
    "好好看啊",
    "羡慕",
    "我也想要",
    "真好",
    "😂😂",
    "[捂脸]",
    "笑死",
    "学到了",
    "收藏了",
    "马住",
    "码住",
    "蹲",
    "同问",
    "+1",
    "顶",
    "厉害",
    "太强了",
    "yyds",
    "awsl",
    "🥹",
    "[流泪]",
    "[比心]",
    "哈哈哈哈",
    "好",
    "可以",
    "支持",
    "真不错",
    "哇哦",
    "啊啊啊",
    "绝绝子",
    "xswl",
    "好看好看",
    "狠狠爱住",
    "冲冲冲",
    "插眼",
    "mark",
    "已阅",
    "来晚了",
    "沙发",
    "打卡",
]
ZH_BILI = [
    "下次一定",
    "三连了",
    "前方高能",
    "硬币已投",
    "弹幕护体",
    "来了来了",
    "第一！",
    "这期质量好高",
    "{ts} 名场面",
    "up主辛苦了",
    "看完了才发现没三连，补上",
    "bgm是什么",
    "{ts} 前方高能",
    "恰饭也支持",
    "这个up主是宝藏",
]
ZH_KS = [
    "老铁666",
    "双击了",
    "家人们冲",
    "支持老铁",
    "必须支持",
    "老铁没毛病",
    "点赞了老铁",
    "主播辛苦了",
    "好样的",
]

EN_GEN = [
    "where is the {item} from??",
    "ok the {aspect} is so {good}",
    "i tried the {item} {when} and {opinion}",
    "been using {item} for {dur} and {opinion}",
    "is the {item} worth it for ${price}?",
    "not me watching this at {clock} {laugh}",
    "{who} walked in while i was watching this {laugh}",
    "the {aspect} is actually {good}",
    "honestly the {item} was {neg} for me, {but}",
    "respectfully, {item} is overrated",
    "{ts} {react}",
    "{ts} had me {react2}",
    "can you do one on {item2} next?",
    "part 2 pls {emo}",
    "@{friend} we need to try this",
    "@{friend} this is literally you",
    "@{friend} {item} next weekend?",
    "the way you {verb_en} {laugh}",
    "watched this {num} times already",
    "been here since {num_year} and you still never miss",
    "anyone in {city} know where to get {item}?",
    "just ordered the {item}, {hope}",
    "{item} vs {item2}? which one",
    "i live in {city} and {opinion2}",
    "why does mine always come out {neg} {laugh}",
    "saving this for {when_future}",
    "this is the content i signed up for",
    "you explained the {aspect} better than my {teacher}",
    "{num} years of this and i just learned it lol",
    "wait is that {brand}??",
    "{brand} makes a similar one and it's cheaper fyi",
    "the {item} at {ts} 😭",
    "not gonna lie the {aspect} could be better but i still love it",
    "i need the {item} in my life",
    "this came at the perfect time, i was just looking for {item2}",
    "how long did this take you?",
    "what {aspect} did you use?",
    "tried this {when}, {opinion}",
    "my {item} never looks like this {laugh}",
    "{who} and i argued about this for an hour",
    "ok but who else noticed the {item2} in the back",
    "the {aspect} tho {emo}",
    "you're the only one who talks about {item} honestly",
    "adding {city} to my list rn",
    "this is so underrated",
    "love how real you are about {item}",
    "lol i bought the {item} because of you",
    "can we talk about the {aspect}",
    "finally someone said it",
    "i was today years old",
    "came back to watch this again",
    "the algorithm knows me too well",
    "please never stop posting",
    "this is giving {good}",
    "{item} supremacy",
    "been waiting for this one!!",
    "can you link the {item}?",
    "does this work for {item2} too?",
    "nah the {aspect} is crazy",
]
EN_CAT = {
    "beauty": [
        "does it work on oily skin?",
        "what shade are you wearing?",
        "how long does it last on you?",
        "drugstore dupe??",
    ],
    "food": [
        "making this tonight",
        "can i use an air fryer for this?",
        "i'm drooling",
        "how much {item} do you use?",
    ],
    "travel": [
        "what month did you go?",
        "how many days would you recommend?",
        "saving this for my trip",
        "name of the hotel?",
    ],
    "tech": [
        "how's the battery after a few months?",
        "worth upgrading from last year's?",
        "wait for the sale?",
        "does it get hot?",
    ],
    "gaming": [
        "what's your sens?",
        "that last play was insane",
        "build guide pls",
        "i've been stuck on this for days",
    ],
    "pets": [
        "the little toe beans 😭",
        "my dog does the same thing",
        "what breed?",
        "protect at all costs",
    ],
    "fitness": [
        "day {num} of doing this",
        "my legs are shaking",
        "is this ok for beginners?",
        "how many sets?",
    ],
    "parenting": [
        "my {num} year old is the same",
        "this saved my sanity",
        "solidarity 🫶",
        "needed this today",
    ],
    "finance": [
        "what about if you're self employed?",
        "wish i learned this at 20",
        "saving this",
        "great breakdown",
    ],
    "education": [
        "exam in {num} days, wish me luck",
        "this explained it better than my textbook",
        "notes template?",
    ],
    "music": ["{ts} gave me chills", "tabs please!", "on repeat", "your voice is unreal"],
    "comedy": ["{ts} 💀💀", "the ending got me", "i can't breathe", "he did NOT"],
    "home": ["where is the {item} from?", "renter friendly?", "so cozy", "link to the {item}?"],
    "auto": ["what's the mpg?", "how's it in winter?", "dream car", "worth it over the {item2}?"],
    "fashion": [
        "what size are you wearing?",
        "link to the {item}?",
        "how tall are you?",
        "outfit inspo saved",
    ],
    "lifestyle": [
        "what song is this?",
        "the vibes 🤍",
        "this makes me want to clean my room",
        "what camera?",
    ],
}
EN_LOW = [
    "lol",
    "😂😂😂",
    "omg",
    "so cute",
    "love this",
    "🔥🔥",
    "wow",
    "yesss",
    "this!!",
    "needed this",
    "same",
    "😍",
    "obsessed",
    "haha",
    "lmaooo",
    "W",
    "goat",
    "🙌",
    "facts",
    "first",
    "iconic",
    "slay",
    "💀💀",
    "❤️",
    "beautiful",
    "amazing",
    "yes",
    "🥹",
    "stunning",
    "wow wow",
    "love",
    "so good",
    "ok this is cute",
    "mood",
    "real",
    "bruh",
    "nice",
    "🙏",
    "💯",
]


PRODUCT_CATS = {"beauty", "fashion", "tech", "home", "pets", "food", "fitness", "auto", "parenting"}
_ZH_PROD_KEYS = (
    "哪家",
    "链接",
    "多少钱",
    "买了",
    "下单",
    "块买的",
    "回购",
    "用了",
    "用着",
    "{brand}",
    "非要我买",
    "去买了",
    "年轻时候就用过",
)
_EN_PROD_KEYS = (
    "where is the {item} from",
    "worth it for $",
    "ordered",
    "bought",
    "link",
    "been using",
    "tried the {item}",
    "{brand}",
    "in my life",
    "where to get {item}",
    "my {item} never",
)
ZH_GEN_NP = [t for t in ZH_GEN if not any(k in t for k in _ZH_PROD_KEYS)]
EN_GEN_NP = [t for t in EN_GEN if not any(k in t for k in _EN_PROD_KEYS)]


class TextGen:
    """all comment texts; bound to a creator context."""

    def __init__(self, ctx):
        self.c = ctx
        self.used = set()

    # --- genuine ---------------------------------------------------------------------------
    def genuine(self, post, kind="normal"):
        """real people rarely repeat a comment verbatim under the same creator: retry, then vary."""
        if kind == "fan":
            return self._genuine(post, kind)
        used = self.used
        r = self.c.r
        s = ""
        for _ in range(4):
            s = self._genuine(post, kind)
            if (
                s not in used
                or (len(s) <= 3 and r.random() < 0.5)
                or (kind == "elderly" and r.random() < 0.4)
            ):
                break
        else:
            s = self.roughen(s)
        used.add(s)
        return s

    def _genuine(self, post, kind="normal"):
        c = self.c
        r = c.r
        zh = c.lang == "zh"
        f = Filler(c, post["item"])
        x = r.random()
        if kind == "elderly":
            return self.elderly()
        if kind == "giveaway" and x < 0.85:
            return self.giveaway()
        if kind == "controversy" and x < 0.55:
            return self.controversy(f)
        if kind == "viral" and x < 0.25:
            return self.viral()
        if kind == "shoutout" and x < 0.2:
            return self.shoutout()
        if kind == "fan" and x < 0.6:
            return self.fan()
        if kind == "comeback" and x < 0.4:
            return self.roughen(
                r.choice(
                    [
                        "终于更新了！",
                        "还以为你不做了",
                        "等了好久了",
                        "欢迎回来{emo}",
                        "你终于回来了呜呜",
                        "这么久去哪了",
                        "还在还在",
                    ]
                    if zh
                    else [
                        "you're back!!",
                        "missed your videos",
                        "finally a new one",
                        "welcome back {emo}",
                        "where have you been",
                        "omg you're alive lol",
                    ]
                ).format_map(f)
            )
        low = c.low_rate
        if x < low:
            s = r.choice(ZH_LOW if zh else EN_LOW)
            if zh and c.platform == "bilibili" and r.random() < 0.35:
                s = r.choice(ZH_BILI).format_map(f)
            elif zh and c.platform == "kuaishou" and r.random() < 0.35:
                s = r.choice(ZH_KS)
            if r.random() < 0.3:
                s += c.emo(1.0)
            if r.random() < 0.15 and s not in ("W", "first"):
                s = s + s[-1] * r.randint(1, 3)
            return s
        cat = ZH_CAT if zh else EN_CAT
        if r.random() < 0.22:
            t = r.choice(cat.get(c.category, cat["lifestyle"]))
        else:
            prod = c.category in PRODUCT_CATS
            t = r.choice((ZH_GEN if prod else ZH_GEN_NP) if zh else (EN_GEN if prod else EN_GEN_NP))
        s = t.format_map(f)
        return self.roughen(s)

    def roughen(self, s):
        """human noise: prefixes, tails, lowercase, dropped punctuation, emoji, typos."""
        c = self.c
        r = c.r
        if c.lang == "zh":
            if r.random() < 0.12:
                s = (
                    r.choice(
                        [
                            "啊啊啊",
                            "救命",
                            "说真的",
                            "不是",
                            "姐妹们",
                            "宝子",
                            "哇",
                            "天呐",
                            "家人们",
                            "u1s1",
                        ]
                    )
                    + r.choice(["，", " ", "！", ""])
                    + s
                )
            y = r.random()
            if y < 0.2:
                s += c.emo(1.0)
            elif y < 0.3:
                s += r.choice(["～", "!", "！！", "。。", "...", "hhh", "哈哈"])
            elif y < 0.38:
                s = s.rstrip("。！!～")
        else:
            if r.random() < 0.55:
                s = s.lower()
            if r.random() < 0.12:
                s = (
                    r.choice(["ok ", "omg ", "wait ", "ngl ", "honestly ", "bro ", "girl ", "yo "])
                    + s
                )
            y = r.random()
            if y < 0.15:
                s += r.choice([" lol", " fr", " tbh", " haha", "!!", " 😭", " ngl"])
            elif y < 0.35:
                s += " " + c.emo(1.0)
            elif y < 0.45:
                s = s.rstrip("!?.")
            if r.random() < 0.05 and len(s) > 8:  # typo: swap two letters
                i = r.randint(1, len(s) - 3)
                s = s[:i] + s[i + 1] + s[i] + s[i + 2 :]
            if r.random() < 0.03:
                s = s.upper()
        return s

    def elderly(self):
        c = self.c
        r = c.r
        x = r.random()
        emo = c.emo
        if x < 0.25:
            e = r.choice(["[强]", "[玫瑰]", "[抱拳]", "👍", "🌹", "[赞]", "[鼓掌]", "💐", "🙏"])
            return e * r.randint(1, 6)
        if x < 0.55:
            return r.choice(
                [
                    "赞",
                    "好",
                    "说得好",
                    "讲得好",
                    "太好了",
                    "真好",
                    "支持",
                    "感谢分享",
                    "老师辛苦了",
                    "讲得太好了",
                    "说得对",
                    "学习了",
                    "有道理",
                    "真美",
                    "好看",
                    "正能量",
                    "好听",
                    "欣赏了",
                    "谢谢老师",
                ]
            ) + r.choice(
                ["", "", "！", "[强]", "[玫瑰]", "👍👍", "[抱拳]", "🌹🌹🌹", "[强][强][强]"]
            )
        if x < 0.8:
            return (
                r.choice(
                    [
                        "早上好",
                        "早安",
                        "中午好",
                        "晚上好",
                        "周末愉快",
                        "问候朋友",
                        "祝福朋友",
                        "老师好",
                    ]
                )
                + r.choice(["", "朋友", "朋友们", "老师", "家人们"])
                + r.choice(["", "！", "，", " "])
                + r.choice(
                    ["", "平安健康", "天天开心", "吉祥如意", "幸福安康", "一切顺利", "身体健康"]
                )
                + emo(0.7)
            )
        f = Filler(c)
        return r.choice(
            [
                "我们{city}也是这样",
                "年轻时候我也去过{city}",
                "说到心坎里了",
                "老了老了，就爱看这个",
                "孙子也喜欢看",
                "看了{num}遍，越看越有味道",
                "这个好，转给老伴看了",
                "我也{num}十多了，深有体会",
            ]
        ).format_map(f) + emo(0.5)

    def giveaway(self):
        c = self.c
        r = c.r
        zh = c.lang == "zh"
        k = r.choice((1, 1, 2, 3, 3))
        tags = " ".join("@" + c.friend() for _ in range(k))
        if zh:
            p = r.choice(
                [
                    "",
                    "",
                    "抽我抽我",
                    "好运来",
                    "求中",
                    "参与一下",
                    "许愿",
                    "锦鲤附体",
                    "中中中",
                    "想要！",
                    "[祈祷]",
                    "冲",
                    "求锦鲤",
                    "希望是我",
                    "第一次参加",
                    "转发了",
                ]
            )
            if c.platform == "weibo" and r.random() < 0.4:
                return (
                    p
                    + " "
                    + r.choice(["[抱抱]", "[心]", "！", ""])
                    + ("//" + tags if r.random() < 0.5 else "")
                )
        else:
            p = r.choice(
                [
                    "",
                    "",
                    "done!",
                    "entered 🙏",
                    "pick me",
                    "fingers crossed",
                    "omg yes",
                    "🤞🤞",
                    "would love this",
                    "followed + shared!",
                    "manifesting",
                    "please 🥺",
                ]
            )
        return (tags + " " + p).strip() if r.random() < 0.7 else (p + " " + tags).strip()

    def controversy(self, f):
        c = self.c
        r = c.r
        if c.lang == "zh":
            t = r.choice(
                [
                    "不敢苟同，{item}明明{neg}",
                    "能不能别恰烂饭了",
                    "又开始了{laugh}",
                    "理性讨论，{aspect}确实有问题",
                    "楼上说得对",
                    "这也能洗？",
                    "取关了",
                    "说实话有点失望",
                    "博主没说错啊，是你们太较真",
                    "急了急了",
                    "看评论区比看视频有意思",
                    "就事论事，{item}确实{neg}",
                    "一直支持博主，别理他们",
                    "所以到底谁是对的{q}",
                    "这波我站博主",
                    "收了多少钱啊",
                    "路人，感觉两边都有道理",
                    "我之前也被骂过，懂你",
                ]
            )
        else:
            t = r.choice(
                [
                    "this is so wrong",
                    "ratio",
                    "nobody asked {laugh}",
                    "actually {item} is {neg}, do your research",
                    "the comments are wild",
                    "unfollowing",
                    "why is everyone so mad lol",
                    "she's right tho",
                    "respectfully this is bad advice",
                    "how much were you paid for this",
                    "defending you in these comments",
                    "both sides have a point honestly",
                    "i came for the comments",
                    "this aged badly",
                ]
            )
        return self.roughen(t.format_map(f))

    def viral(self):
        c = self.c
        r = c.r
        if c.lang == "zh":
            return r.choice(
                [
                    "怎么又刷到你了",
                    "大数据你赢了",
                    "第一次刷到，笑死",
                    "来自推荐页",
                    "刷到的都是缘分",
                    "这条怎么火了",
                    "路过，看到这么多赞进来看看",
                    "被推送了{num}次了",
                    "评论区好热闹",
                    "终于火了！恭喜",
                ]
            ).format_map(Filler(c))
        return r.choice(
            [
                "fyp brought me here",
                "how does this have so many views lol",
                "the algorithm knows me",
                "first time seeing your page, instant follow",
                "this is everywhere",
                "who else is here from the fyp",
                "came back after seeing this on my feed {num} times",
            ]
        ).format_map(Filler(c))

    def shoutout(self):
        c = self.c
        r = c.r
        big = c.shout_from
        if c.lang == "zh":
            return r.choice(
                ["从@{b}那边过来的", "@{b} 推荐来的", "看了{b}的视频来的", "{b}带我来的，关注了"]
            ).replace("{b}", big)
        return r.choice(
            [
                "came from @{b}'s story",
                "@{b} sent me",
                "here from {b}'s video",
                "{b} recommended you!",
            ]
        ).replace("{b}", big)

    def fan(self):
        c = self.c
        r = c.r
        n = c.star_name if (r.random() < 0.7 or not c.star_nick) else c.star_nick
        if c.lang == "zh":
            base = c.fan_slogans[r.randrange(len(c.fan_slogans))]
            s = base.replace("{n}", n)
            y = r.random()
            if y < 0.5:
                return s
            if y < 0.8:
                return s + r.choice(["！", "[心]", "❤️", "💖", "[抱抱]", "！！"])
            return r.choice(["", "呜呜", "啊啊"]) + s
        base = c.fan_slogans[r.randrange(len(c.fan_slogans))]
        s = base.replace("{n}", n)
        return s if r.random() < 0.6 else s + " " + r.choice(["❤️", "👑", "💜", "🥹", "!!"])

    def fan_slogans(self):
        r = self.c.r
        if self.c.lang == "zh":
            pool = [
                "{n}，我们会一直陪着你！",
                "期待{n}的新作品",
                "{n}的努力大家都看得到",
                "支持{n}！",
                "{n}工作辛苦啦，记得好好休息",
                "恭喜{n}！实至名归",
                "{n}永远是最好的",
                "爱你{n}",
                "{n}新年快乐",
                "{n}要开心呀",
            ]
        else:
            pool = [
                "we love you {n}",
                "{n} never disappoints",
                "QUEEN 👑",
                "{n} supremacy",
                "so proud of you {n}",
                "{n} deserves everything",
                "mother is mothering",
                "protect {n} at all costs",
            ]
        return r.sample(pool, 4)

    # --- creator replies -----------------------------------------------------------------------
    def creator_reply(self, to_author, to_text, lure=False, pod=False):
        c = self.c
        r = c.r
        zh = c.lang == "zh"
        f = Filler(c)
        if lure:
            s = r.choice(
                [
                    "私你了",
                    "已私",
                    "看主页简介",
                    "滴滴我",
                    "主页有",
                    "看我置顶",
                    "私信发你了哦",
                    "看私信～",
                ]
                if zh
                else [
                    "check your DMs 💌",
                    "sent you a DM!",
                    "DM me babe",
                    "check my bio ✨",
                    "dm'd you",
                ]
            )
        elif pod:
            s = r.choice(
                ["谢谢宝子～已回访", "来啦来啦 互赞了", "谢谢支持呀", "宝 已回", "一起加油鸭"]
                if zh
                else [
                    "thank you love 💕",
                    "thank you so much!! 🥰",
                    "appreciate you babe",
                    "thanks hun ✨",
                    "you're the best 🙌",
                    "aww thank you!!",
                ]
            )
        else:
            q = (
                "?" in to_text
                or "？" in to_text
                or "吗" in to_text
                or "求" in to_text
                or "哪" in to_text
                or "how" in to_text.lower()
                or "where" in to_text.lower()
                or "what" in to_text.lower()
            )
            if zh:
                if q and r.random() < 0.7:
                    s = r.choice(
                        [
                            "是{brand}的哦",
                            "主页橱窗有链接～",
                            "{city}的",
                            "置顶评论有",
                            "下期安排！",
                            "适合的，放心冲",
                            "个人觉得还行，看需求",
                            "{num}块左右",
                            "不太建议哈",
                            "后面会出教程的",
                            "可以的",
                            "我也不太确定诶",
                        ]
                    )
                else:
                    s = r.choice(
                        [
                            "谢谢宝～",
                            "哈哈哈哈被你发现了",
                            "是的！",
                            "抱抱",
                            "会的会的",
                            "[比心]",
                            "好的收到",
                            "哈哈哈哈哈",
                            "你也是！",
                            "谢谢喜欢",
                            "笑死",
                            "确实",
                            "懂你",
                            "冲鸭",
                            "爱你",
                            "谢谢谢谢",
                            "嘿嘿",
                            "啊这",
                        ]
                    )
            else:
                if q and r.random() < 0.7:
                    s = r.choice(
                        [
                            "it's from {brand}!",
                            "link in bio!",
                            "{city}!",
                            "yes it works!",
                            "coming next week 👀",
                            "i'd say go for it",
                            "honestly depends on your budget",
                            "about ${num}0",
                            "not sure tbh",
                        ]
                    )
                else:
                    s = r.choice(
                        [
                            "thank you!! 🥹",
                            "haha right?!",
                            "love that for you",
                            "😂😂",
                            "yes!!",
                            "you're so sweet",
                            "thank youuu",
                            "literally",
                            "omg stop 🥰",
                            "appreciate you!",
                            "lmao",
                            "right??",
                        ]
                    )
            s = s.format_map(f)
            if r.random() < 0.25:
                s += c.emo(1.0)
        if r.random() < c.reply_prefix_p:
            s = self.reply_prefix(to_author) + s
        return s

    def reply_prefix(self, a):
        c = self.c
        if c.lang == "zh":
            if c.platform == "weibo":
                return f"回复@{a}:"
            if c.platform == "bilibili":
                return f"回复 @{a} :"
            return f"回复 @{a}："
        return f"@{a} "

    def audience_reply(self, to_author, post):
        c = self.c
        r = c.r
        f = Filler(c, post["item"])
        if c.lang == "zh":
            s = r.choice(
                [
                    "同感",
                    "真的",
                    "+1",
                    "哈哈哈哈哈",
                    "我也是",
                    "不至于吧",
                    "你说得对",
                    "笑死我了",
                    "确实",
                    "哪里买的{q}",
                    "我也想知道",
                    "{city}也有",
                    "楼主说得对",
                    "不认同",
                    "同问",
                    "蹲",
                    "我也{opinion}",
                ]
            ).format_map(f)
        else:
            s = r.choice(
                [
                    "same",
                    "this ^",
                    "fr",
                    "lol yes",
                    "agreed",
                    "nah",
                    "right??",
                    "i was gonna say",
                    "same question",
                    "it's from {brand} i think",
                    "exactly",
                    "not really tbh",
                    "ikr",
                ]
            ).format_map(f)
        return self.reply_prefix(to_author) + s if r.random() < 0.8 else s

    def pinned(self):
        c = self.c
        r = c.r
        if c.lang == "zh":
            return r.choice(
                [
                    "视频里的同款都在橱窗啦～",
                    "有问题评论区问我，看到都会回",
                    "下期想看什么，评论区告诉我",
                    "关注我，每周更新",
                    "上期抽奖结果已公布，请中奖的宝子私信我",
                    "同款链接在主页",
                    "置顶：不接受任何私信合作，请走官方平台",
                ]
            )
        return r.choice(
            [
                "links in my bio!",
                "what should i make next? 👇",
                "answering questions below!",
                "full video on my channel",
                "giveaway winner announced in stories!",
                "tell me your favorite part 👇",
            ]
        )

    # --- fraud texts ---------------------------------------------------------------------------
    FARM_ZH: ClassVar[list[str]] = [
        "好看",
        "支持",
        "太棒了",
        "赞赞赞",
        "真不错",
        "厉害了",
        "好喜欢",
        "美美哒",
        "支持一下",
        "666",
        "加油",
        "👍👍👍",
        "必须支持",
        "优秀",
        "太好看了吧",
        "爱了爱了",
        "宝藏博主",
        "关注了",
        "很棒的分享",
        "学到了",
        "好有才",
        "真好看",
        "不错不错",
        "棒棒哒",
        "期待更新",
        "好精彩",
        "大爱",
        "真漂亮",
        "点赞",
        "作品很棒",
        "好作品",
        "拍得真好",
        "很有意思",
        "顶一下",
        "好温馨",
        "很实用",
    ]
    FARM_EN: ClassVar[list[str]] = [
        "Nice",
        "Great post",
        "Amazing 🔥",
        "Love it",
        "Wow",
        "Beautiful ❤️",
        "So cool",
        "Awesome content",
        "Nice pic",
        "👏👏👏",
        "Superb",
        "Great job!",
        "Keep it up",
        "Fantastic",
        "Very nice",
        "Cool 😎",
        "Perfect",
        "Lovely",
        "Good work",
        "Incredible",
        "Great 👍",
        "Nice one",
        "Wonderful",
        "Excellent post",
        "So beautiful",
        "Well done",
        "Awesome 💯",
        "Stunning",
        "Love this content",
        "Brilliant",
    ]

    def farm(self, post, s, sub):
        """comment-farm text; s = intensity (blatant -> few fixed texts), sub = the farm's template subset."""
        c = self.c
        r = c.r
        zh = c.lang == "zh"
        if r.random() < 0.15 + 0.25 * s:
            e = r.choice(["👍", "❤️", "🔥", "👏", "😍", "💯", "🌹", "[赞]" if zh else "✨"])
            return e * r.randint(1, 4)
        base = r.choice(sub)
        if r.random() < s * 0.8:  # blatant: no variation at all
            return base
        y = r.random()
        if y < 0.3:
            base += r.choice(
                ["！", "～", "!!", "呀", "啊", "哦", "。"] if zh else ["!", "!!", " :)", ".", "!!!"]
            )
        elif y < 0.55:
            base += c.emo(1.0)
        elif y < 0.75:
            f = Filler(c, post["item"])
            base = (
                r.choice(
                    [
                        "这个{item}好好看",
                        "{item}不错",
                        "{aspect}很棒",
                        "喜欢这个{aspect}",
                        "{item}真好",
                    ]
                )
                if zh
                else r.choice(
                    ["Nice {item}", "Love the {aspect}", "Great {item}!", "The {aspect} is nice"]
                )
            ).format_map(f)
        if r.random() < 0.2:
            base = (
                (r.choice(["真的", "太", "很", "超级"]) + base)
                if zh
                else r.choice(["Really ", "So ", "Very "]) + base.lower()
            )
        return base

    def pod(self, post, s):
        c = self.c
        r = c.r
        f = Filler(c, post["item"])
        if c.lang == "zh":
            t = r.choice(
                [
                    "来啦来啦～",
                    "支持宝子",
                    "已赞已评 回访一下吧",
                    "互关互赞",
                    "宝子我来了",
                    "冲冲冲",
                    "好棒呀 一起加油",
                    "已三连 求回",
                    "滴滴 打卡",
                    "友友来啦",
                    "来支持啦～",
                    "又来学习了",
                    "好看！已关注",
                    "宝 已赞",
                    "这个{item}好{good}",
                    "{aspect}好好看呀",
                    "每天都来打卡",
                    "优质博主 互相支持",
                    "来给宝子撑场子啦",
                    "写得好用心 已收藏",
                    "好喜欢你的{aspect}",
                    "姐妹好会",
                    "宝子的{item}好好看",
                    "来学习{aspect}啦",
                    "打卡支持～",
                    "又是被宝子种草的一天",
                    "互动一下 {emo}",
                    "坐等更新",
                    "冲鸭 已赞",
                ]
            ).format_map(f)
            if r.random() < 0.3 * (1 - s) + 0.1:
                t = (
                    r.choice(["哇", "啊啊", "宝", "嘿嘿", "滴滴", "姐妹"])
                    + r.choice(["", "，", " "])
                    + t
                )
            if r.random() < 0.4:
                t += c.emo(1.0)
        else:
            t = r.choice(
                [
                    "Love this!! 😍",
                    "So gorgeous 😍",
                    "Obsessed with this 🙌",
                    "This is everything ✨",
                    "Yesss love it",
                    "Such good vibes here",
                    "Stunning as always 💕",
                    "Need this in my life!",
                    "Saving this for later!",
                    "Beautiful shot 📸",
                    "Great tips, thanks for sharing!",
                    "This is so helpful 🙌",
                    "Love the {aspect} here!",
                    "The {item} looks amazing!",
                    "Absolutely love this {item} 😍",
                    "Such a great post, love it!",
                    "Wow this is so pretty ✨",
                    "This made my day!",
                    "Love your content so much 💕",
                    "So inspiring, thank you!",
                    "This {aspect} is goals 🔥",
                    "Okay this is amazing!!",
                    "Always love your posts!",
                    "Gorgeous feed 😍",
                ]
            )
            t = t.format_map(f)
            if r.random() < 0.3 * (1 - s) + 0.1:
                t = (
                    r.choice(
                        ["Omg ", "Wow ", "Okay ", "Girl ", "Yes! ", "Ahh ", "Honestly ", "Babe "]
                    )
                    + t[0].lower()
                    + t[1:]
                )
            if r.random() < 0.4:
                t = t.rstrip("!.") + r.choice(
                    [" ✨", " 💕", " 🙌", " 🔥", "!!", " 😍", " love it", " 👏", "!!!", " 🥰"]
                )
        return t

    AI_ZH = (
        [
            "这篇内容真的太用心了！",
            "看完真的很有收获！",
            "非常喜欢这期的分享！",
            "博主的内容一如既往地优质！",
            "这期视频质量太高了！",
            "认真看完了，忍不住来留言！",
            "不得不说，这个分享真的很棒！",
            "每次看博主的作品都能学到新东西！",
            "好喜欢这种真诚的分享！",
            "内容干货满满，非常实用！",
            "这条真的值得反复观看！",
            "太有共鸣了！",
            "作为一个长期关注的粉丝，这期必须点赞！",
        ],
        [
            "{aspect}讲得非常清晰，尤其是关于{item}的部分，让我受益匪浅。",
            "对{item}的分析很到位，{aspect}也处理得特别细腻。",
            "从{aspect}到细节都能看出博主的专业和用心，{item}的推荐也很实在。",
            "{item}的效果看起来真的很棒，{aspect}这一点尤其打动我。",
            "整体{aspect}很舒服，{item}部分的讲解也通俗易懂。",
            "看得出来博主在{item}上花了很多心思，{aspect}呈现得非常自然。",
            "关于{item}的这些细节平时很少有人提到，{aspect}的分享非常有参考价值。",
            "{item}和{aspect}的结合真的很巧妙，给了我很多新的灵感。",
            "博主对{aspect}的理解很独到，{item}的部分让我眼前一亮。",
        ],
        [
            "感谢博主的分享，期待更多优质内容～",
            "已经收藏，准备慢慢实践！",
            "希望博主继续保持，一直支持！",
            "真的是宝藏博主，已关注！",
            "期待下一期的精彩内容！",
            "必须给博主点个大大的赞！",
            "强烈推荐给身边的朋友！",
            "这样的内容值得被更多人看到！",
            "辛苦博主了，继续加油！",
            "收藏起来慢慢学习！",
        ],
    )
    AI_EN = (
        [
            "What a fantastic post!",
            "This is such a well-crafted piece of content!",
            "Absolutely love this!",
            "This is incredibly helpful!",
            "Such a refreshing take!",
            "Wow, this is next level!",
            "I really appreciate this post!",
            "This deserves so much more attention!",
            "Truly inspiring content!",
            "What a thoughtful breakdown!",
            "This is exactly what I needed to see today!",
            "Such a beautiful and insightful post!",
        ],
        [
            "The attention to detail in the {aspect} really stands out, and the {item} looks amazing.",
            "I love how you explained the {aspect} — it makes the {item} feel so approachable.",
            "Your {aspect} is always on point, and this {item} is no exception.",
            "The way you highlighted the {item} really shows your expertise in {aspect}.",
            "It's clear you put a lot of effort into the {aspect}, especially the part about the {item}.",
            "Your perspective on the {item} is so insightful, and the {aspect} is beautifully done.",
            "The {item} combined with such thoughtful {aspect} makes this truly stand out.",
            "I appreciate how you broke down the {aspect} step by step, especially for the {item}.",
        ],
        [
            "Thank you for consistently sharing such valuable content!",
            "Can't wait to see what you create next!",
            "Keep up the amazing work!",
            "This is exactly the inspiration I needed today.",
            "Definitely saving this for later!",
            "You never fail to deliver quality content!",
            "Looking forward to more posts like this!",
            "Thanks for sharing your knowledge with us!",
            "Your creativity is truly inspiring!",
        ],
    )

    def ai(self, post, s):
        c = self.c
        r = c.r
        zh = c.lang == "zh"
        f = Filler(c, post["item"])
        o, m, cl = self.AI_ZH if zh else self.AI_EN
        y = r.random()
        if y < 0.25 + 0.5 * s:
            parts = [r.choice(o), r.choice(m), r.choice(cl)]
        elif y < 0.8:
            parts = [r.choice(o), r.choice(m)] if r.random() < 0.5 else [r.choice(m), r.choice(cl)]
        else:
            parts = [r.choice(m)]
        t = ("" if zh else " ").join(parts).format_map(f)
        if r.random() < 0.45:
            t += ("" if zh else " ") + r.choice(["✨", "👍", "💯", "🌟", "❤️", "🙌", "👏", "🔥"])
        if not zh and s < 0.3 and r.random() < 0.3:  # cautious operators prompt for "casual" tone
            t = t.replace("!", ".").replace("This is", "this is")
        return t

    def _contact(self):
        r = self.c.r
        if self.c.lang == "zh":
            tag = r.choice(
                [
                    "+V",
                    "➕v",
                    "威❤",
                    "薇",
                    "vx",
                    "V❤",
                    "卫星",
                    "🛰",
                    "绿泡泡",
                    "扣扣",
                    "Q",
                    "薇❤信",
                    "v信",
                    "🌏",
                ]
            )
            ident = r.choice(PINYIN) + rand_digits(r, r.randint(3, 6))
            if r.random() < 0.4:
                ident = " ".join(ident)
            elif r.random() < 0.4:
                ident = "".join(
                    "幺两三四五六七八九零"[int(ch) - 1 if ch != "0" else 9] if ch.isdigit() else ch
                    for ch in ident
                )
            return tag + r.choice(["：", ":", " ", "➡️", "👉"]) + ident
        return (
            "@"
            + r.choice(EN_FIRST)
            + r.choice(["_promo", ".collabs", "_fx", ".trades", "_media", ".ambassador", "_invest"])
            + rand_digits(r, r.randint(0, 3))
        )

    def lure(self, post, own=False):
        """lure / contact spam written to dodge filters. own=True: the creator's own sock puppets."""
        c = self.c
        r = c.r
        f = Filler(c, post["item"])
        if c.lang == "zh":
            if own and r.random() < 0.5:
                return r.choice(
                    [
                        "怎么领{q}",
                        "求资源",
                        "想要+1",
                        "同求",
                        "已私",
                        "蹲一个",
                        "怎么获取啊",
                        "博主看私信",
                        "求带",
                        "真的免费吗",
                        "领到了，谢谢博主",
                        "已经在群里了，真的有用",
                        "私了",
                        "1",
                        "求发",
                        "想要完整版",
                    ]
                ).format_map(f)
            bait = r.choice(
                [
                    "同款渠道有需要的",
                    "想要原图的",
                    "需要资料的姐妹",
                    "想做副业的",
                    "同城找搭子的",
                    "想要完整版的",
                    "有需要的宝子",
                    "{item}一手货源",
                    "想学{item}的",
                    "需要{item}的",
                    "日结兼职",
                    "空闲时间多的",
                ]
            ).format_map(f)
            act = r.choice(
                [
                    "看我主页",
                    "私我",
                    "主页有惊喜",
                    "点我头像",
                    "看我简介",
                    "滴滴我",
                    "扣1我私你",
                    self._contact(),
                    "看我名字",
                    "主页置顶",
                    "进群",
                    self._contact() + " 备注来意",
                ]
            )
            t = (
                r.choice(["{b}，{a}", "{b}{a}", "{a}～{b}", "{b} {e} {a}"])
                .replace("{b}", bait)
                .replace("{a}", act)
                .replace("{e}", r.choice(["👉", "💕", "🔥", "✨", "🈶"]))
            )
            if r.random() < 0.3:
                t = t.replace("私", r.choice(["丝", "s", "🐍", "私"]))
            return t
        if own and r.random() < 0.5:
            return r.choice(
                [
                    "how do i join?",
                    "DM sent!",
                    "interested!",
                    "just messaged you",
                    "this changed my life honestly",
                    "how much to start?",
                    "is this legit?",
                    "omg thank you, got mine",
                    "👋 sent you a message",
                ]
            )
        return (
            r.choice(
                [
                    "DM me 💌",
                    "check my bio for {item} deals 🔥",
                    "Send pic to {c} to be featured 💕",
                    "I made ${num},{num}00 this week thanks to {c} 🙏",
                    "Interested in a collab? DM {c} ✨",
                    "who wants free {item}? check my page",
                    "Hey! We'd love to feature you, DM {c} 💖",
                    "Looking for brand ambassadors 🌟 message {c}!",
                    "hot pics on my profile 😘🔥",
                    "{c} helped me recover my account, highly recommend",
                    "Promote it on {c} 🚀",
                ]
            )
            .replace("{c}", self._contact())
            .format_map(f)
        )

    def spam3(self, post):
        """third-party spam that lands on genuine creators (dating/gambling/job/promo lures)."""
        c = self.c
        r = c.r
        if c.lang == "zh" and r.random() < 0.5:
            return r.choice(
                [
                    "同城的看我头像",
                    "寂寞的私",
                    "看我名字有惊喜",
                    "在家就能做的兼职，日结",
                    "主页有你想看的",
                    "🈶同城交友",
                    "免费领{item}，看主页",
                    "谁来陪我聊天",
                    "有人一起吗 看我资料",
                ]
            ).format_map(Filler(self.c, post["item"]))
        return self.lure(post)

    def churn(self):
        r = self.c.r
        if self.c.lang == "zh":
            return r.choice(
                [
                    "已关注 互关吗",
                    "关注了求回关",
                    "互粉互粉",
                    "已关 回一下呀",
                    "新人求关注",
                    "互关一下吧",
                ]
            )
        return r.choice(
            [
                "followed! follow back? 🙏",
                "nice page! f4f?",
                "check out my page too!",
                "followed you ❤️ follow back",
                "love your feed, following!",
                "new follower here 👋",
            ]
        )


# ---------------------------------------------------------------------------------------------
# archetypes
# ---------------------------------------------------------------------------------------------
GENUINE = [
    ("genuine_nano", 0.12),
    ("genuine_micro", 0.15),
    ("genuine_mid", 0.11),
    ("genuine_macro", 0.06),
    ("tiny_koc", 0.08),
    ("viral_post", 0.08),
    ("giveaway", 0.06),
    ("shoutout", 0.05),
    ("bot_purge", 0.05),
    ("celebrity_low_er", 0.05),
    ("spam_target", 0.05),
    ("controversy", 0.04),
    ("elderly_audience", 0.04),
    ("hiatus", 0.03),
    ("rising_star", 0.03),
]
FRAUD = [
    ("bought_followers_burst", 0.08),
    ("bought_followers_drip", 0.07),
    ("bought_followers_premium", 0.07),
    ("bought_likes", 0.09),
    ("bought_views", 0.05),
    ("bot_comments", 0.08),
    ("engagement_pod", 0.08),
    ("ai_praise", 0.08),
    ("follow_churn", 0.07),
    ("lure_spam", 0.06),
    ("combo:bought_followers_burst+bought_likes", 0.04),
    ("combo:bought_followers_drip+bot_comments", 0.03),
    ("combo:bought_followers_premium+ai_praise", 0.03),
    ("combo:bought_likes+bot_comments", 0.03),
    ("combo:bought_views+bought_likes", 0.03),
    ("combo:bought_followers_drip+engagement_pod", 0.02),
    ("combo:engagement_pod+follow_churn", 0.02),
    ("combo:bought_followers_burst+bought_likes+bot_comments", 0.03),
    ("combo:ai_praise+bought_likes", 0.02),
    ("combo:bought_followers_burst+lure_spam", 0.02),
]

PLAT_OVERRIDE = {
    "elderly_audience": [("kuaishou", 0.4), ("wechat_channels", 0.35), ("douyin", 0.25)],
    "bought_views": [
        ("douyin", 0.2),
        ("kuaishou", 0.15),
        ("bilibili", 0.18),
        ("tiktok", 0.2),
        ("youtube", 0.17),
        ("instagram", 0.1),
    ],
    "engagement_pod": [
        ("instagram", 0.33),
        ("rednote", 0.18),
        ("tiktok", 0.14),
        ("douyin", 0.12),
        ("weibo", 0.06),
        ("bilibili", 0.05),
        ("youtube", 0.05),
        ("wechat_channels", 0.03),
        ("kuaishou", 0.04),
    ],
    "follow_churn": [
        ("instagram", 0.36),
        ("tiktok", 0.14),
        ("weibo", 0.14),
        ("douyin", 0.13),
        ("rednote", 0.1),
        ("kuaishou", 0.07),
        ("bilibili", 0.06),
    ],
    "celebrity_low_er": [
        ("weibo", 0.3),
        ("douyin", 0.2),
        ("instagram", 0.18),
        ("tiktok", 0.08),
        ("youtube", 0.09),
        ("bilibili", 0.05),
        ("rednote", 0.05),
        ("kuaishou", 0.05),
    ],
    "giveaway": [
        ("weibo", 0.2),
        ("douyin", 0.12),
        ("rednote", 0.12),
        ("bilibili", 0.06),
        ("kuaishou", 0.05),
        ("wechat_channels", 0.03),
        ("instagram", 0.2),
        ("tiktok", 0.1),
        ("youtube", 0.12),
    ],
}
LIKE_PKGS = [50, 100, 200, 300, 500, 1000, 2000, 3000, 5000, 10000, 20000, 30000, 50000, 100000]
VIEW_PKGS = [1000, 2000, 5000, 10000, 20000, 50000, 100000, 200000, 500000, 1000000, 2000000]
COMMENT_PKGS = [5, 10, 20, 30, 50, 100, 200, 300, 500, 1000]

HOUR_W_ZH = np.array(
    [
        0.6,
        0.3,
        0.15,
        0.08,
        0.06,
        0.1,
        0.3,
        0.8,
        1.2,
        1.2,
        1.2,
        1.5,
        2.4,
        2.0,
        1.5,
        1.4,
        1.5,
        2.0,
        2.9,
        3.4,
        3.5,
        3.2,
        2.4,
        1.3,
    ]
)
HOUR_W_OLD = np.array(
    [
        0.2,
        0.1,
        0.05,
        0.05,
        0.3,
        1.5,
        2.8,
        3.0,
        2.4,
        1.8,
        1.5,
        1.5,
        1.4,
        1.0,
        1.0,
        1.2,
        1.4,
        1.6,
        1.8,
        2.0,
        2.0,
        1.4,
        0.7,
        0.3,
    ]
)
HOUR_W_EN = np.array(
    [
        0.9,
        0.5,
        0.3,
        0.15,
        0.1,
        0.15,
        0.4,
        0.9,
        1.1,
        1.1,
        1.1,
        1.3,
        1.8,
        1.6,
        1.4,
        1.4,
        1.6,
        2.0,
        2.5,
        2.9,
        3.0,
        2.8,
        2.2,
        1.5,
    ]
)
COUNTRY_EN = [
    ("US", 0.5, -6),
    ("GB", 0.12, 0),
    ("CA", 0.08, -5),
    ("AU", 0.07, 10),
    ("PH", 0.05, 8),
    ("IN", 0.06, 5.5),
    ("SG", 0.03, 8),
    ("IE", 0.02, 0),
    ("NZ", 0.02, 12),
    ("MY", 0.05, 8),
]


def pick_pkg(target, pkgs, r):
    if target <= pkgs[0]:
        return pkgs[0]
    lt = math.log(target)
    best = min(pkgs, key=lambda v: abs(math.log(v) - lt))
    return best


class Ctx:
    lex: tuple[list[str], list[str], list[str], list[str], list[str]]

    def __init__(self, r: random.Random, g: np.random.Generator):
        self.r = r
        self.g = g
        self.lang = "zh"
        self.platform = "douyin"
        self.category = "lifestyle"
        self.friends: list[str] = []
        self.fans: list[str] = []
        self.low_rate = 0.2
        self.reply_prefix_p = 0.5
        self.shout_from = ""
        self.star_name = ""
        self.star_nick = ""
        self.fan_slogans: list[str] = []

    def emo(self, p):
        r = self.r
        if r.random() > p:
            return ""
        k = 1 if r.random() < 0.6 else r.randint(2, 3)
        if self.lang == "zh" and self.platform in ZH_EMO and r.random() < 0.6:
            e = r.choice(ZH_EMO[self.platform])
        else:
            e = r.choice(UNI_EMO)
        return (
            e * k
            if r.random() < 0.6
            else "".join(
                (
                    r.choice(ZH_EMO[self.platform])
                    if (self.lang == "zh" and self.platform in ZH_EMO and r.random() < 0.5)
                    else r.choice(UNI_EMO)
                )
                for _ in range(k)
            )
        )

    def friend(self):
        r = self.r
        if self.fans and r.random() < 0.25:
            return self.fans[int(len(self.fans) * r.random() ** 2)]
        if self.friends and r.random() < 0.4:
            return r.choice(self.friends)
        h = handle(r, self.lang, "real", self.platform)
        if len(self.friends) < 60:
            self.friends.append(h)
        return h


def maturity(age_h, tau):
    return max(0.0, 1 - 0.8 * math.exp(-age_h / tau) - 0.2 * math.exp(-age_h / (tau * 25)))


def display_round(v, style):
    """what the page shows: '1.2万' -> 12000, '12.3K' -> 12300, WeChat '10万+' -> 100000."""
    if style == "zh":
        if v >= 100000000:
            return int(round(v / 1e7) * 1e7)
        if v >= 10000:
            return int(round(v / 1000.0) * 1000)
        return v
    if style == "wechat":
        return 100000 if v >= 100000 else v
    if style == "en":
        if v >= 1000000:
            return int(round(v / 1e5) * 1e5)
        if v >= 10000:
            return int(round(v / 100.0) * 100)
        return v
    return v


# ---------------------------------------------------------------------------------------------
# the simulator for one creator
# ---------------------------------------------------------------------------------------------
class Creator:
    def __init__(self, seed: int, i: int):
        key = "%d:%d" % (seed, i)  # noqa: UP031 -- RNG seed key; keep exact %d semantics
        self.r = r = random.Random("golf:" + key)
        self.g = np.random.default_rng([abs(seed) % (2**32), i, 0x601F])
        self.av = random.Random("golf-avail:" + key)  # data availability: independent of the label
        self.c = Ctx(r, self.g)
        self.tg = TextGen(self.c)
        fraud = r.random() < 0.5
        self.label = 1 if fraud else 0
        self.arch = wpick(r, FRAUD if fraud else GENUINE)
        comps = self.arch[6:].split("+") if self.arch.startswith("combo:") else [self.arch]
        self.comps = comps if fraud else []
        self.s = {k: float(self.g.beta(1.4, 1.8)) for k in self.comps}
        if fraud and len(comps) > 1:  # packages: intensities correlated
            m = float(np.mean(list(self.s.values())))
            self.s = {k: clamp(0.5 * v + 0.5 * m, 0, 1) for k, v in self.s.items()}
        self.has = set(comps) if fraud else set()
        self.i = i
        self.seed = seed

    # ---- set-up ---------------------------------------------------------------------------------
    def setup(self):
        r, g, c = self.r, self.g, self.c
        a = self.arch
        key = a if a in PLAT_OVERRIDE else next((k for k in self.comps if k in PLAT_OVERRIDE), None)
        c.platform = wpick(r, PLAT_OVERRIDE.get(key, PLATFORM_W))  # type: ignore[arg-type]  # key None -> default
        if "lure_spam" in self.has and r.random() < 0.75 and c.platform not in ZH_PLATFORMS:
            c.platform = wpick(
                r, [("douyin", 0.4), ("rednote", 0.35), ("weibo", 0.15), ("kuaishou", 0.1)]
            )
        zh_plat = c.platform in ZH_PLATFORMS
        c.lang = "zh" if (zh_plat or r.random() < 0.12) else "en"
        if zh_plat:
            self.country = wpick(
                r, [("CN", 0.9), ("", 0.05), ("HK", 0.02), ("TW", 0.01), ("MY", 0.02)]
            )
            self.tz = 8.0
        elif c.lang == "zh":
            self.country, self.tz = wpick(
                r,
                [
                    (("US", -7), 0.35),
                    (("CA", -6), 0.2),
                    (("SG", 8), 0.15),
                    (("MY", 8), 0.15),
                    (("AU", 10), 0.1),
                    (("GB", 0), 0.05),
                ],
            )
        else:
            self.country, _, self.tz = COUNTRY_EN[
                [x[0] for x in COUNTRY_EN].index(wpick(r, [(x[0], x[1]) for x in COUNTRY_EN]))
            ]
        cat = wpick(r, CATEGORIES)
        if a == "celebrity_low_er":
            self.prof_cat = r.choice(["entertainment", "music", "sports", "film", "entertainment"])
            cat = {"music": "music", "sports": "fitness"}.get(
                self.prof_cat, r.choice(["lifestyle", "fashion", "comedy", "music"])
            )
        elif a == "elderly_audience":
            self.prof_cat = r.choice(
                ["health", "calligraphy", "lifestyle", "music", "food", "travel", "positive_energy"]
            )
            cat = {"music": "music", "food": "food", "travel": "travel"}.get(
                self.prof_cat, "lifestyle"
            )
        elif "lure_spam" in self.has:
            cat = r.choice(["education", "beauty", "finance", "lifestyle", "fashion"])
            self.prof_cat = cat
        else:
            self.prof_cat = cat
        c.category = cat
        c.lex = LEX[c.lang][cat]
        self.P = PP[c.platform]

        # ---- size ------------------------------------------------------------------------------
        rng_log = {
            "genuine_nano": (3.0, 4.0),
            "genuine_micro": (4.0, 5.0),
            "genuine_mid": (5.0, 5.8),
            "genuine_macro": (5.8, 6.6),
            "tiny_koc": (2.2, 3.5),
            "celebrity_low_er": (6.3, 7.9),
            "rising_star": (3.8, 5.8),
            "elderly_audience": (3.5, 6.3),
            "spam_target": (4.5, 6.6),
            "viral_post": (2.8, 5.6),
            "controversy": (4.0, 6.5),
        }
        if not self.label:
            lo, hi = rng_log.get(a, (3.3, 6.3))
            self.F_real = 10 ** r.uniform(lo, hi)
            self.f_fake = 0.0
        else:
            bf = [k for k in self.comps if k.startswith("bought_followers")]
            if bf:
                s = self.s[bf[0]]
                self.f_fake = clamp(
                    {
                        "bought_followers_burst": 0.1 + 0.8 * s,
                        "bought_followers_drip": 0.08 + 0.62 * s,
                        "bought_followers_premium": 0.05 + 0.5 * s,
                    }[bf[0]]
                    * r.uniform(0.8, 1.15),
                    0.04,
                    0.93,
                )
                disp = 10 ** g.triangular(3.4, 4.7, 6.4)
                self.F_real = disp * (1 - self.f_fake)
            else:
                self.f_fake = 0.0
                lo, mode, hi = (
                    (3.0, 4.4, 6.3) if "engagement_pod" not in self.has else (2.8, 3.8, 5.3)
                )
                self.F_real = 10 ** g.triangular(lo, mode, hi)
            if (
                "lure_spam" in self.has and not bf and r.random() < 0.6
            ):  # traffic accounts usually pad followers too
                self.has.add("bought_followers_burst")
                self.s["bought_followers_burst"] = self.s["lure_spam"] * 0.8
                self.f_fake = clamp(0.15 + 0.6 * self.s["lure_spam"], 0.05, 0.9)
        self.F_real = max(60.0, self.F_real)

        # ---- time frame -------------------------------------------------------------------------
        t0 = epoch_of("2024-03-01")
        self.as_of = t0 + r.uniform(0, 610) * DAY + r.uniform(0, DAY)
        self.as_day = math.floor(self.as_of / DAY)
        self.launch = epoch_of(self.P["launch"])
        # ---- creator-level style ----------------------------------------------------------------
        F = self.F_real
        size = math.log10(F)
        self.cf = lnorm(r, 1.0, 0.55)  # reach factor
        self.lpv = self.P["lpv"] * lnorm(r, 1, 0.45)
        self.cpl = self.P["cpl"] * lnorm(r, 1, 0.5)
        self.spl = self.P["spl"] * lnorm(r, 1, 0.6)
        self.svpl = (
            self.P["svpl"]
            * lnorm(r, 1, 0.5)
            * (
                1.5
                if cat in ("education", "beauty", "food", "home", "travel")
                and c.platform == "rednote"
                else 1
            )
        )
        self.coinpl = 0.4 * lnorm(r, 1, 0.4)
        self.dmpv = 0.008 * lnorm(r, 1, 0.6)
        self.sig_post = r.uniform(0.3, 0.85) * (1.3 if c.platform == "rednote" else 1)
        self.ar_phi = r.uniform(0.5, 0.92)
        self.ar_sig = r.uniform(0.12, 0.35)
        self.trend = r.gauss(0, 0.45)
        self.p_out = r.uniform(0.005, 0.05)
        c.low_rate = clamp(
            r.uniform(0.08, 0.32)
            + (0.1 if c.platform in ("douyin", "kuaishou", "wechat_channels") else 0)
            + 0.04 * (size - 4),
            0.03,
            0.6,
        )
        self.reply_rate = clamp(
            lnorm(r, 0.12, 0.8) * (1.6 if size < 4 else 1.0 if size < 5.5 else 0.35), 0, 0.7
        )
        if r.random() < 0.15:
            self.reply_rate *= 0.05  # never answers
        self.thread_p = r.uniform(0.02, 0.1)
        c.reply_prefix_p = r.uniform(0.2, 0.9)
        self.loyal_q = clamp(r.uniform(0.06, 0.3) * (1.4 if size < 4.3 else 1), 0, 0.5)
        self.fan_pool = int(clamp(F**0.5 * r.uniform(0.5, 2.0), 15, 1500))
        self.spam_rate = (
            r.uniform(0.0, 0.03) * (1.5 if c.lang == "en" else 1.0) * (1 + max(0, size - 5))
        )
        self.orgbot = r.uniform(0.0, 0.05)
        self.clr = self.P["clr"] * lnorm(r, 1, 0.6)
        self.spons_rate = clamp(
            r.uniform(0, 0.12) + 0.06 * max(0, size - 3.5) + (0.08 if self.label else 0), 0, 0.55
        )
        self.fmt_w = list(self.P["fmt"])
        self.pin = r.random() < (0.25 if c.lang == "zh" else 0.1)
        # gaps between posts (days)
        gap_med = lnorm(r, 2.5, 0.7)
        if a == "tiny_koc":
            gap_med = lnorm(r, 7, 0.5)
        elif a == "celebrity_low_er":
            gap_med = lnorm(r, 4, 0.6)
        elif a == "elderly_audience":
            gap_med = lnorm(r, 1.2, 0.5)
        elif size > 5.8:
            gap_med = lnorm(r, 1.6, 0.6)
        self.gap_med = clamp(gap_med, 0.2, 25)
        self.gap_k = r.uniform(0.6, 3.0)
        self.n_posts = (
            r.randint(10, 15) if a == "tiny_koc" else int(round(g.triangular(10, 28, 60)))  # noqa: RUF046 -- operand may be a numpy scalar; int() kept as is
        )

        # archetype-specific knobs
        if a == "tiny_koc":
            self.loyal_q = r.uniform(0.35, 0.7)
            self.fan_pool = r.randint(8, 40)
            self.reply_rate = r.uniform(0.3, 0.8)
            c.low_rate *= 0.7
            self.cf *= r.uniform(1.0, 2.0)
        elif a == "celebrity_low_er":
            self.cf *= r.uniform(0.12, 0.5)
            self.reply_rate = r.uniform(0, 0.01)
            self.loyal_q = r.uniform(0.02, 0.08)
            self.fan_pool = 3000
            c.star_name = (
                r.choice(SURNAMES)
                + r.choice(ZH_RAND_CHARS)
                + r.choice(["", r.choice(ZH_RAND_CHARS)])
                if c.lang == "zh"
                else r.choice(EN_FIRST).capitalize()
                + r.choice(["", " " + r.choice(EN_LAST).capitalize()])
            )
            c.star_nick = (
                r.choice(["哥哥", "姐姐", "老师", ""])
                if c.lang == "zh"
                else r.choice(["queen", "king", ""])
            )
            c.fan_slogans = self.tg.fan_slogans()
            self.orgbot *= 2
        elif a == "elderly_audience":
            self.loyal_q = r.uniform(0.35, 0.65)
            self.fan_pool = r.randint(25, 160)
            self.clr *= 0.3
            self.reply_rate = r.uniform(0.05, 0.35)
        elif a == "rising_star":
            self.loyal_q *= 0.5
        elif a == "spam_target":
            self.spam_rate = r.uniform(0.1, 0.45)
        if "engagement_pod" in self.has:
            self.reply_rate = max(self.reply_rate, r.uniform(0.2, 0.6))

    # ---- post times ------------------------------------------------------------------------------
    def post_times(self):
        r, g = self.r, self.g
        n = self.n_posts
        gaps = g.gamma(self.gap_k, self.gap_med / self.gap_k, size=n) + 0.02
        if self.arch == "hiatus":
            j = r.randint(2, max(2, n // 2))
            gaps[j] += r.uniform(40, 150)
            self.hiatus_idx = j
        span = float(gaps.sum())
        if span > 700:
            gaps *= 700 / span
        first = r.expovariate(1 / (self.gap_med * 0.6)) + 0.05
        ages = first + np.concatenate(
            [[0.0], np.cumsum(gaps[:-1])]
        )  # days before as_of, newest first
        hw = (
            HOUR_W_OLD
            if self.arch == "elderly_audience"
            else (HOUR_W_ZH if self.c.lang == "zh" else HOUR_W_EN)
        )
        hw = hw / hw.sum()
        pref = r.randint(7, 22)
        out = []
        tz = self.tz * HOUR
        for d in ages:
            t = self.as_of - d * DAY
            local_day = math.floor((t + tz) / DAY)
            if r.random() < 0.5:
                h = (pref + r.gauss(0, 1.2)) % 24
            else:
                h = float(g.choice(24, p=hw)) + r.random()
            t = local_day * DAY - tz + h * HOUR
            if t > self.as_of - 0.3 * HOUR:
                t = self.as_of - r.uniform(0.3, 20) * HOUR
            out.append(t)
        out.sort(reverse=True)
        for k in range(1, len(out)):  # keep distinct
            if out[k] >= out[k - 1] - 600:
                out[k] = out[k - 1] - r.uniform(600, 4 * HOUR)
        return out

    # ---- follower trajectories --------------------------------------------------------------------
    def trajectories(self, post_ts):
        r, g = self.r, self.g
        oldest = min(post_ts)
        D = int(clamp((self.as_of - oldest) / DAY + 40, 400, 800))
        self.D = D
        self.day0 = self.as_day - D  # epoch day of index 0
        a = self.arch
        F = self.F_real
        size = math.log10(F)
        annual = clamp(r.gauss(0.3, 0.45), -0.25, 2.5)
        if a == "rising_star":
            annual = r.uniform(2.5, 12)
        if self.label and r.random() < 0.5:
            annual = clamp(r.gauss(0.05, 0.2), -0.25, 0.6)  # padded creators are often stagnant
        if a == "celebrity_low_er":
            annual = clamp(r.gauss(0.05, 0.15), -0.1, 0.5)
        dl = np.full(D + 1, math.log1p(annual) / 365.0)
        dl[0] = 0
        dl[1:] += g.normal(0, 0.0006, D)
        self.events = {}
        recent = lambda lo, hi: int(D - r.uniform(lo, hi))  # noqa: E731
        if a == "hiatus":
            t_gap_new = post_ts[self.hiatus_idx]
            t_gap_old = post_ts[self.hiatus_idx + 1]
            k1 = int(math.floor(t_gap_old / DAY)) - self.day0  # noqa: RUF046 -- operand may be a numpy scalar; int() kept as is
            k2 = int(math.floor(t_gap_new / DAY)) - self.day0  # noqa: RUF046 -- operand may be a numpy scalar; int() kept as is
            dl[max(1, k1) : max(1, k2)] = -r.uniform(0.0003, 0.0018)
        if a == "viral_post":
            x = clamp(lnorm(r, 0.45, 0.6) * (1 if size < 5 else 0.4), 0.04, 3.0)
            self.events["viral_x"] = x
        if a == "shoutout":
            k = recent(10, 330)
            x = r.uniform(0.08, 0.8) * (1 if size < 5.3 else 0.3)
            nd = r.randint(1, 4)
            w = np.exp(-np.arange(nd) / 1.0)
            dl[k : k + nd] += math.log1p(x) * w / w.sum()
            self.events["shoutout"] = k
        if a == "giveaway":
            k = recent(15, 300)
            x = r.uniform(0.1, 1.0) * (1 if size < 5.3 else 0.35)
            nd = r.randint(3, 10)
            dl[k : k + nd] += math.log1p(x) / nd
            q = r.uniform(0.25, 0.6)
            nl = r.randint(10, 30)
            lose = math.log1p(x) - math.log1p(x * (1 - q))
            dl[k + nd : k + nd + nl] -= lose / nl
            self.events["giveaway"] = k
        if a == "bot_purge" or (not self.label and r.random() < 0.04):
            k = recent(5, 350)
            p = r.uniform(0.02, 0.18)
            if r.random() < 0.7:
                dl[k] += math.log1p(-p)
            else:
                dl[k] += math.log1p(-p) * 0.6
                dl[k + 1] += math.log1p(-p) * 0.4
            self.events["purge"] = (k, p)
        L = math.log(F) - np.concatenate([np.cumsum(dl[::-1])[::-1][1:], [0.0]])
        self.real_smooth = np.exp(L)  # the viral surge is added once the viral post's day is known

    def F_at(self, t):
        k = int(clamp(math.floor(t / DAY) - self.day0, 0, self.D))
        return float(self.real_smooth[k])

    # ---- posts --------------------------------------------------------------------------------
    def make_posts(self, ts):
        r, g, c, P = self.r, self.g, self.c, self.P
        n = len(ts)
        # AR(1) "slow weeks" on the chronological sequence
        ar = np.zeros(n)
        e = g.normal(0, self.ar_sig, n)
        ar[n - 1] = e[n - 1] / math.sqrt(max(1e-6, 1 - self.ar_phi**2))
        for k in range(n - 2, -1, -1):  # ts newest first -> iterate from oldest
            ar[k] = self.ar_phi * ar[k + 1] + e[k]
        posts = []
        viral_j = None
        if self.arch == "viral_post":
            viral_j = r.randint(1, max(1, min(n - 2, int(n * 0.8))))
        contro = set()
        if self.arch == "controversy":
            contro = set(r.sample(range(n), r.randint(1, 2)))
        give = set()
        if self.arch == "giveaway":
            k = self.events["giveaway"]
            tt = (self.day0 + k) * DAY
            j = min(range(n), key=lambda j: abs(ts[j] - tt))
            give = {j}
            if r.random() < 0.3 and j + 2 < n:
                give.add(j + 2)
        shout_posts = set()
        if self.arch == "shoutout":
            tt = (self.day0 + self.events["shoutout"]) * DAY
            after = [j for j in range(n) if ts[j] > tt]
            shout_posts = set(sorted(after, key=lambda j: ts[j])[:3])
            c.shout_from = handle(r, c.lang, "creator", c.platform)
        comeback = None
        if self.arch == "hiatus":
            comeback = self.hiatus_idx
        for j, t in enumerate(ts):
            Ft = self.F_at(t)
            x = (t - ts[-1]) / max(1.0, ts[0] - ts[-1])
            fmt = wpick(r, self.fmt_w)
            spons = r.random() < self.spons_rate
            mult = math.exp(ar[j] + self.trend * (x - 0.5) + r.gauss(0, self.sig_post))
            if fmt == "image" and c.platform in ("douyin", "tiktok"):
                mult *= 0.5
            if fmt == "live":
                mult *= 0.4
            if spons:
                mult *= r.uniform(0.45, 0.9)
            viral = False
            if j == viral_j:
                mult *= clamp(lnorm(r, 35, 0.8), 10, 300)
                viral = True
            elif r.random() < self.p_out:
                mult *= min(60, 3 + 3 * (r.paretovariate(1.3) - 1))
                viral = mult > 8
            if j in give:
                mult *= r.uniform(1.5, 3.5)
            E = P["a"] * Ft ** P["b"] * self.cf * mult
            age_h = (self.as_of - t) / HOUR
            mat = maturity(age_h, P["tau"])
            views = E * mat
            lpv = self.lpv * lnorm(r, 1, 0.25) * (1.25 if viral else 1) * (0.8 if spons else 1)
            likes = views * lpv
            cpl = self.cpl * lnorm(r, 1, 0.35)
            kind = "normal"
            if j in contro:
                cpl *= r.uniform(4, 15)
                likes *= r.uniform(0.6, 1.1)
                kind = "controversy"
            if j in give:
                cpl *= r.uniform(10, 60)
                kind = "giveaway"
            if viral:
                kind = "viral"
            if j in shout_posts:
                kind = "shoutout"
            if j == comeback:
                kind = "comeback"
            coms = likes * cpl
            sh = (
                likes
                * self.spl
                * lnorm(r, 1, 0.5)
                * (
                    (r.uniform(15, 80) if c.platform == "weibo" else r.uniform(2, 8))
                    if j in give
                    else 1
                )
                * (2 if j in contro else 1)
            )
            sv = likes * self.svpl * lnorm(r, 1, 0.4)
            p = dict(
                t=t,
                j=j,
                fmt=fmt,
                spons=spons,
                age_h=age_h,
                item=r.choice(c.lex[0]),
                kind=kind,
                viral=viral,
                views_r=views,
                likes_r=cnt(g, likes),
                com_r=cnt(g, coms),
                shares=cnt(g, sh),
                saves=cnt(g, sv),
                coins=cnt(g, likes * self.coinpl * lnorm(r, 1, 0.3)),
                danmaku=cnt(g, views * self.dmpv * lnorm(r, 1, 0.4)),
                b_likes=0,
                b_views=0,
                b_coins=0,
                farm=0,
                pod=0,
                ai=0,
                lure=0,
                churn=0,
                fan=0,
                pod_likes=0,
                spam=0,
                Ft=Ft,
            )
            p["spam"] = cnt(g, p["com_r"] * self.spam_rate * (2 if viral else 1))
            if self.arch == "celebrity_low_er":
                p["fan"] = cnt(
                    g,
                    p["com_r"]
                    * (
                        r.uniform(0.15, 0.5)
                        if c.platform in ("weibo", "douyin")
                        else r.uniform(0, 0.15)
                    ),
                )
            posts.append(p)
        if viral_j is not None:
            self.viral_post = posts[viral_j]
        return posts

    def finish_viral_path(self, posts):
        """the follower surge after the viral post (genuine)."""
        if self.arch != "viral_post":
            return
        p = self.viral_post
        k = int(math.floor(p["t"] / DAY)) - self.day0  # noqa: RUF046 -- operand may be a numpy scalar; int() kept as is
        x = self.events["viral_x"]
        L = np.log(self.real_smooth)
        nd = 7
        w = np.exp(-np.arange(nd) / 1.5)
        add = np.zeros(self.D + 1)
        ks = np.arange(k, min(self.D + 1, k + nd))
        add[ks] = math.log1p(x) * w[: len(ks)] / w.sum()
        cum = np.cumsum(add)
        L = L - (cum[-1] - cum)
        self.real_smooth = np.exp(L)

    # ---- fraud effects on posts -------------------------------------------------------------------
    def eligible(self, posts):
        r = self.r
        if r.random() < 0.5:
            return posts
        cut = r.randint(max(1, len(posts) // 5), max(1, int(len(posts) * 0.8)))
        return posts[:cut]  # newest posts only: the fraud started at some date

    def fraud_posts(self, posts):
        r, g, c = self.r, self.g, self.c
        self.farm_pool = []
        self.ai_pool = []
        self.pod_members = []
        self.lure_pool = []
        if "bought_likes" in self.has or "lure_spam" in self.has:
            s = self.s.get("bought_likes", self.s.get("lure_spam", 0.5) * 0.7)
            el = self.eligible(posts)
            pb = 0.25 + 0.75 * s
            mult_med = 0.25 + 3.5 * s
            fixed = (
                pick_pkg(np.median([p["likes_r"] for p in el]) * mult_med + 50, LIKE_PKGS, r)
                if (s > 0.55 and r.random() < 0.6)
                else None
            )
            bundle_views = r.random() < 0.25 + 0.3 * s
            for p in el:
                if r.random() < (min(1, pb * 1.6) if p["spons"] else pb):
                    tgt = max(30, p["likes_r"] * lnorm(r, mult_med, 0.5))
                    pk = fixed or pick_pkg(tgt, LIKE_PKGS, r)
                    dlv = pk * r.uniform(0.82, 1.03)
                    if r.random() < 0.15:
                        dlv *= r.uniform(0.3, 0.8)  # partial delivery
                    if p["age_h"] < 4:
                        dlv *= p["age_h"] / 4
                    p["b_likes"] += int(dlv)
                    if bundle_views:
                        p["b_views"] += int(dlv * r.uniform(3, 12))
                    if c.platform == "bilibili" and s > 0.6 and r.random() < 0.5:
                        p["b_coins"] += int(dlv * r.uniform(0.03, 0.15))
        if "bought_views" in self.has:
            s = self.s["bought_views"]
            el = self.eligible(posts)
            pb = 0.3 + 0.7 * s
            for p in el:
                if r.random() < pb:
                    tgt = max(500, p["views_r"] * lnorm(r, 0.6 + 10 * s, 0.5))
                    pk = pick_pkg(tgt, VIEW_PKGS, r)
                    dlv = pk * r.uniform(0.88, 1.06)
                    if p["age_h"] < 6:
                        dlv *= p["age_h"] / 6
                    p["b_views"] += int(dlv)
                    p["b_likes"] += int(dlv * r.uniform(0, 0.004))
        if "bot_comments" in self.has:
            s = self.s["bot_comments"]
            el = self.eligible(posts)
            pb = 0.3 + 0.7 * s
            self.farm_pool_n = int(lerp(1500, 25, s) * r.uniform(0.6, 1.4))
            sub_n = int(lerp(30, 5, s))
            self.farm_sub = r.sample(TextGen.FARM_ZH if c.lang == "zh" else TextGen.FARM_EN, sub_n)
            self.farm_s = s
            self.farm_clikes = r.random() < (1 - s) * 0.6
            self.farm_even = r.random() < 0.5
            bundle = r.random() < 0.3
            for p in el:
                if r.random() < pb:
                    tgt = max(5, p["com_r"] * lnorm(r, 0.3 + 5 * s, 0.5))
                    n = pick_pkg(tgt, COMMENT_PKGS, r)
                    p["farm_t0"] = lnorm(r, 1.5, 1.0)
                    p["farm_W"] = math.exp(lerp(math.log(36), math.log(0.25), s)) * lnorm(r, 1, 0.4)
                    frac = clamp((p["age_h"] - p["farm_t0"]) / p["farm_W"], 0, 1)
                    p["farm"] = int(n * frac * r.uniform(0.9, 1.0))
                    if bundle:
                        p["b_likes"] += int(p["farm"] * r.uniform(1, 5))
        if "engagement_pod" in self.has:
            s = self.s["engagement_pod"]
            m = max(6, int(lerp(60, 10, s) * r.uniform(0.7, 1.3)))
            self.pod_members = [self.pod_handle() for _ in range(m)]
            part = 0.25 + 0.65 * s
            self.pod_med = lerp(120, 6, s) / 60.0
            like_pod = r.random() < 0.3 + 0.5 * s
            el = self.eligible(posts) if r.random() < 0.5 else posts
            for p in el:
                k = int(g.binomial(m, part))
                mem = r.sample(self.pod_members, k)
                # members comment within minutes; young posts get fewer
                if p["age_h"] < 2:
                    mem = mem[: int(len(mem) * clamp(p["age_h"] / 2, 0.2, 1))]
                p["pod"] = len(mem)
                p["pod_mem"] = mem
                p["pod_likes"] += int(
                    len(mem) * r.uniform(1, 1.4)
                    + (r.uniform(20, 300) * (0.5 + s) if like_pod else 0)
                )
        if "ai_praise" in self.has:
            s = self.s["ai_praise"]
            el = self.eligible(posts)
            pb = 0.4 + 0.6 * s
            self.ai_s = s
            self.ai_pool_n = int(lerp(300, 15, s) * r.uniform(0.6, 1.4))
            self.ai_med = lerp(8, 1, s)
            for p in el:
                if r.random() < pb:
                    n = max(1, cnt(g, max(1.0, p["com_r"]) * lnorm(r, 0.15 + 3 * s, 0.4)))
                    frac = 1 - math.exp(-p["age_h"] / self.ai_med)
                    p["ai"] = int(round(n * frac))  # noqa: RUF046 -- operand may be a numpy scalar; int() kept as is
                    if r.random() < 0.3:
                        p["b_likes"] += int(p["ai"] * r.uniform(2, 8))
        if "lure_spam" in self.has:
            s = self.s["lure_spam"]
            self.lure_pool_n = r.randint(5, 40)
            self.lure_boost = r.random() < 0.5
            self.lure_s = s
            self.reply_rate = max(self.reply_rate, r.uniform(0.2, 0.6))
            for p in posts:
                p["lure"] = cnt(g, max(2.0, p["com_r"]) * lnorm(r, 0.5 + 3 * s, 0.5)) + r.randint(
                    0, 3
                )
        if "follow_churn" in self.has:
            s = self.s["follow_churn"]
            for p in posts:
                p["churn"] = cnt(g, max(0.5, p["com_r"]) * r.uniform(0.03, 0.3) * (0.3 + s))

    def pod_handle(self):
        r, c = self.r, self.c
        if c.lang == "zh":
            base = r.choice([*ZH_REAL, r.choice(ZH_ADJ) + r.choice(ZH_NOUN)])
            return base + r.choice(
                [
                    "的日常",
                    "分享",
                    "穿搭",
                    "美妆日记",
                    "爱生活",
                    "的小窝",
                    "在" + r.choice(CN_CITIES),
                    "酱",
                    "vlog",
                    "",
                ]
            )
        return en_handle(r, "creator", c.platform)

    # ---- follower history (real + fake + churn) ----------------------------------------------
    def build_paths(self, posts):
        r, g = self.r, self.g
        D = self.D
        real = self.real_smooth.copy()
        inc = np.diff(real)
        # part of organic gains arrive with posts (views -> follows), the rest is steady
        rho = r.uniform(0.3, 0.75)
        pos = np.clip(inc, 0, None)
        moved = pos * rho
        inc = inc - moved
        w = np.zeros(D)
        for p in posts:
            k = int(math.floor(p["t"] / DAY)) - self.day0 - 1  # noqa: RUF046 -- operand may be a numpy scalar; int() kept as is
            for dd, ww in ((0, 0.55), (1, 0.25), (2, 0.12), (3, 0.08)):
                if 0 <= k + dd < D:
                    w[k + dd] += p["views_r"] * ww
        # days before the oldest included post: pseudo posting events
        kold = int(math.floor(min(p["t"] for p in posts) / DAY)) - self.day0 - 1  # noqa: RUF046 -- operand may be a numpy scalar; int() kept as is
        if kold > 0:
            medv = float(np.median([p["views_r"] for p in posts]))
            kk = kold - 1
            while kk > 0:
                w[kk] += medv * lnorm(r, 1, 0.8)
                kk -= max(1, int(g.gamma(self.gap_k, self.gap_med / self.gap_k) + 0.5))
        tot = moved.sum()
        if w.sum() > 0:
            inc = inc + tot * w / w.sum()
        noise_sd = np.sqrt(np.abs(inc) + 1.0) * r.uniform(0.8, 2.0)
        inc = inc + g.normal(0, 1, D) * noise_sd
        # weekly rhythm
        wd = (np.arange(D) + self.day0) % 7
        inc = inc * (1 + 0.08 * np.isin(wd, (2, 3)))
        real_path = self.F_real - np.concatenate([np.cumsum(inc[::-1])[::-1], [0.0]])
        real_path = np.maximum(real_path, np.maximum(5, self.real_smooth * 0.3))
        real_path[-1] = self.F_real
        self.real_path = real_path

        fake = np.zeros(D + 1)
        F_disp_target = self.F_real / (1 - self.f_fake) if self.f_fake > 0 else self.F_real
        fake_end = F_disp_target - self.F_real
        self.batches = []  # (day index, kind) for follower-sample creation dates
        kind = None
        if fake_end > 0:
            hist_span = min(D, 365)
            if "bought_followers_burst" in self.has:
                kind = "cheap"
                s = self.s["bought_followers_burst"]
                nb = 1 if s > 0.7 else r.randint(1, 3)
                fi = np.zeros(D + 1)
                share = g.dirichlet(np.ones(nb) * 2)
                for b in range(nb):
                    k = int(D - r.uniform(3, hist_span * 1.15))
                    k = max(1, k)
                    nd = 1 if s > 0.6 else r.randint(1, 4)
                    drop = r.uniform(0.03, 0.2)
                    amt = share[b] / (1 - drop)
                    for q in range(nd):
                        if k + q <= D:
                            fi[k + q] += amt / nd
                    nl = r.randint(10, 45)
                    for q in range(nl):
                        kq = k + nd + q
                        if kq <= D:
                            fi[kq] -= amt * drop / nl
                    self.batches.append(k)
                fake = np.cumsum(fi)
            elif "bought_followers_drip" in self.has:
                kind = "cheap" if r.random() < 0.6 else "mixed"
                s = self.s["bought_followers_drip"]
                dd = int(r.uniform(60, min(D, 420)))
                fi = np.zeros(D + 1)
                base = 1.0 / dd
                noise = g.normal(0, lerp(0.25, 0.05, s), dd)
                fi[D - dd + 1 :] = base * np.clip(1 + noise, 0.2, None)[:dd]
                if r.random() < 0.3:  # pauses (ran out of credit)
                    a0 = r.randint(D - dd + 1, D - 5)
                    fi[a0 : a0 + r.randint(3, 20)] = 0
                pre = r.uniform(0, 0.4)
                fake = pre + np.cumsum(fi)
                self.batches = [D - dd + r.randint(0, dd) for _ in range(4)]
            elif "bought_followers_premium" in self.has:
                kind = "premium"
                fi = np.zeros(D + 1)
                pdays = sorted(int(math.floor(p["t"] / DAY)) - self.day0 for p in posts)  # noqa: RUF046 -- operand may be a numpy scalar; int() kept as is
                k = D - int(r.uniform(120, min(D, 400)))
                while k < D:
                    cand = [d for d in pdays if d >= k]
                    k = cand[0] if (cand and r.random() < 0.7) else k
                    nd = r.randint(2, 6)
                    amt = lnorm(r, 1, 0.4)
                    for q in range(nd):
                        if k + q <= D:
                            fi[k + q] += amt / nd
                    k += r.randint(5, 20)
                pre = r.uniform(0, 0.5) * fi.sum()
                fake = pre + np.cumsum(fi)
            if fake[-1] > 0:
                fake = fake / fake[-1] * fake_end
            fake = np.maximum(fake, 0)
            if r.random() < 0.15:  # a platform sweep removes part of the fakes (seller may refill)
                k = int(D - r.uniform(5, 300))
                cut = r.uniform(0.1, 0.4)
                fake[k:] -= fake[k] * cut
                fake = np.maximum(fake, 0)
                fake = fake * (fake_end / max(1.0, fake[-1]))
        self.fake_kind = kind
        self.fake_path = fake

        # following + follow/unfollow churn
        size = math.log10(max(self.F_real, 10))
        plat = self.c.platform
        if self.arch == "celebrity_low_er":
            fo_end = int(lnorm(r, 80, 1.0))
        elif plat in ("instagram", "tiktok", "weibo"):
            fo_end = int(lnorm(r, 600 if size < 5 else 300, 0.8))
        elif plat == "youtube":
            fo_end = int(lnorm(r, 40, 1.2))
        else:
            fo_end = int(lnorm(r, 180 if size < 5 else 90, 1.0))
        fol = np.full(D + 1, float(fo_end))
        steps = (g.random(D) < 0.06) * g.integers(1, 6, D) - (g.random(D) < 0.02) * g.integers(
            1, 4, D
        )
        fol[:-1] = fo_end - np.cumsum(steps[::-1])[::-1]
        fol = np.maximum(fol, 0)
        f4f = np.zeros(D + 1)
        if "follow_churn" in self.has:
            s = self.s["follow_churn"]
            cap = 7500 if plat == "instagram" else 5000 if plat == "weibo" else 7000
            basefo = r.uniform(800, 2500)
            walk = np.cumsum(g.normal(0, 4, D + 1))
            extra = np.zeros(D + 1)
            gain = np.zeros(D + 1)
            fb_rate = r.uniform(0.05, 0.2)
            back = r.uniform(0.2, 0.5)
            u = lerp(60, 600, s) * r.uniform(0.7, 1.3)
            k = r.randint(1, 20)
            while k < D:
                R = r.randint(2, 7)
                acc = 0.0
                for q in range(R):
                    if k + q > D:
                        break
                    new_f = u * r.uniform(0.6, 1.3)
                    acc += new_f
                    extra[k + q] = acc
                    if k + q + 1 <= D:
                        gain[k + q + 1] += new_f * fb_rate
                end = k + R
                if end <= D:
                    extra[end] = acc * r.uniform(0.1, 0.5)  # mass unfollow over 1-2 days
                for q in range(1, 8):
                    if end + q <= D:
                        gain[end + q] -= acc * fb_rate * back / 7
                k = end + 1 + r.randint(3, 25)
            fol = np.clip(basefo + walk + extra, 0, cap)
            f4f = np.cumsum(gain)
            f4f = f4f - min(0.0, float(f4f.min()))
            target = self.F_real * lerp(0.15, 1.5, s)
            f4f = f4f * (target / max(1.0, float(f4f[-1])))
        self.f4f_path = f4f
        self.following_path = fol
        self.total_path = np.maximum(0, np.round(self.real_path + self.fake_path + self.f4f_path))

    # ---- scraper style (drawn from the availability stream: independent of the label) ------------
    def source_style(self):
        av, c = self.av, self.c
        plat = c.platform
        self.has_comments = av.random() < 0.9
        x = av.random()
        self.hist_mode = "daily" if x < 0.2 else "sparse" if x < 0.3 else None
        self.has_sample = av.random() < 0.2
        self.obs_old = av.random() < 0.08
        self.order = wpick(av, [("hot", 0.55), ("latest", 0.3), ("mixed", 0.15)])
        self.budget = int(clamp(av.triangular(60, 360, 190), 40, 360))
        if plat in ZH_PLATFORMS and plat != "wechat_channels":
            self.round_style = "zh" if av.random() < 0.6 else None
        elif plat == "wechat_channels":
            self.round_style = "wechat"
        elif plat in ("instagram", "tiktok"):
            self.round_style = "en" if av.random() < 0.25 else None
        else:
            self.round_style = "en" if av.random() < 0.08 else None
        self.views_src = {
            "douyin": av.random() < 0.45,
            "kuaishou": av.random() < 0.85,
            "weibo": av.random() < 0.3,
            "instagram": av.random() < 0.8,
        }.get(plat, True)
        self.shares_src = av.random() < (0.6 if plat in ("rednote", "kuaishou") else 0.9)
        self.ks_unknown = plat == "kuaishou" and av.random() < 0.4
        self.spons_src = (
            plat in ("instagram", "tiktok", "douyin", "bilibili", "rednote", "youtube")
            and av.random() < 0.7
        )
        self.hide_likes = (plat == "instagram" and av.random() < 0.07) or (
            plat == "youtube" and av.random() < 0.02
        )
        self.acct_created_src = av.random() < (0.3 if plat in ("instagram", "tiktok") else 0.65)
        self.acct_lastpost_src = av.random() < 0.7
        self.acct_bio_src = av.random() < 0.8
        self.fold = (
            av.uniform(0, 0.4) if plat in ("douyin", "bilibili", "weibo", "rednote") else 0.0
        )
        self.fetch_fail = av.uniform(0, 0.06)

    # ---- comments ---------------------------------------------------------------------------------
    def _times(self, src, m, p):
        """hours after posting for m comments from one source."""
        g, P = self.g, self.P
        age = p["age_h"]
        if src in ("real", "churn"):
            med = (
                P["cmh"]
                * (0.5 if p["viral"] else 1.0)
                * (0.6 if self.arch == "elderly_audience" else 1.0)
            )
            t = np.exp(g.normal(math.log(med), 1.5, m))
            tail = g.random(m) < P["tail"]
            if tail.any():
                t[tail] = g.uniform(24, max(25.0, age), int(tail.sum()))
            hw = (
                HOUR_W_OLD
                if self.arch == "elderly_audience"
                else (HOUR_W_ZH if self.c.lang == "zh" else HOUR_W_EN)
            )
            hrs = (((p["t"] + t * HOUR + self.tz * HOUR) / HOUR) % 24).astype(int)
            rej = g.random(m) > hw[hrs] / hw.max()
            if rej.any():
                t[rej] = np.exp(g.normal(math.log(med), 1.5, int(rej.sum())))
        elif src == "fan":
            t = np.exp(g.normal(math.log(0.4), 1.2, m))
        elif src == "spam":
            t = np.exp(g.normal(math.log(0.3), 1.3, m))
        elif src == "farm":
            t0, W = p["farm_t0"], p["farm_W"]
            if self.farm_even:
                t = t0 + (np.arange(m) + g.uniform(0, 1, m) * 0.6) * (W / max(1, p["farm"]))
                t = t + g.integers(0, max(1, p["farm"] - m + 1)) * (W / max(1, p["farm"]))
            else:
                t = t0 + g.uniform(0, W, m)
        elif src == "pod":
            t = np.exp(g.normal(math.log(self.pod_med), 0.7, m))
        elif src == "ai":
            t = np.exp(g.normal(math.log(self.ai_med), 1.0, m))
        else:  # lure sock puppets
            t = np.exp(g.normal(math.log(0.5), 1.0, m))
        over = t > age
        if over.any():
            t[over] = age * g.uniform(0.02, 1, int(over.sum())) ** 0.5
        return np.maximum(t, 0.004)

    def _likes(self, src, t, p, hot_boost):
        g = self.g
        m = len(t)
        if src == "real":
            lam = (
                p["likes_r"]
                * self.clr
                * np.exp(g.normal(0, 1.4, m))
                * (1 + np.exp(-t / 2.0))
                * hot_boost
            )
            lam = np.minimum(lam, p["likes_r"] * 0.2 + 1)
        elif src == "fan":
            lam = p["likes_r"] * self.clr * 3 * np.exp(g.normal(0, 1.2, m)) * hot_boost
            lam = np.minimum(lam, p["likes_r"] * 0.3 + 1)
        elif src == "farm":
            lam = np.full(m, lerp(6, 0.5, self.farm_s) if self.farm_clikes else 0.02)
        elif src == "pod":
            lam = np.full(m, 1.5)
        elif src == "ai":
            lam = np.full(m, 0.6)
        elif src == "lure":
            lam = (
                np.exp(g.normal(math.log(20 * (1 + self.lure_s)), 0.8, m))
                if self.lure_boost
                else np.full(m, 1.5)
            )
        elif src == "churn":
            lam = np.full(m, 0.4)
        else:  # third-party spam: rings sometimes like each other's comments to the top
            boosted = g.random(m) < self.spam_boost
            lam = np.where(boosted, np.exp(g.normal(math.log(25), 1.0, m)), 0.3)
        small = lam < 1e6
        out = np.where(small, g.poisson(np.where(small, lam, 0)), lam)
        return out.astype(np.int64)

    def _author(self, src):
        r, c = self.r, self.c
        if src == "real":
            if self.c.fans and r.random() < self.loyal_q:
                return c.fans[int(len(c.fans) * r.random() ** 2.2)]
            if self.arch == "elderly_audience" and r.random() < 0.6:
                return zh_nick(r, "old", c.platform)
            return handle(r, c.lang, "real", c.platform)
        if src == "farm":
            if len(self.farm_pool) < self.farm_pool_n and (not self.farm_pool or r.random() < 0.6):
                self.farm_pool.append(handle(r, c.lang, "bot", c.platform))
                return self.farm_pool[-1]
            return r.choice(self.farm_pool)
        if src == "ai":
            if len(self.ai_pool) < self.ai_pool_n and (not self.ai_pool or r.random() < 0.6):
                self.ai_pool.append(
                    handle(r, c.lang, "bot" if r.random() < 0.5 else "real", c.platform)
                )
                return self.ai_pool[-1]
            return r.choice(self.ai_pool)
        if src == "lure":
            if len(self.lure_pool) < self.lure_pool_n and (not self.lure_pool or r.random() < 0.5):
                self.lure_pool.append(
                    handle(r, c.lang, "bot" if r.random() < 0.6 else "real", c.platform)
                )
                return self.lure_pool[-1]
            return r.choice(self.lure_pool)
        if src == "spam":
            if len(self.spam_pool) < self.spam_pool_n and (not self.spam_pool or r.random() < 0.5):
                self.spam_pool.append(handle(r, c.lang, "bot", c.platform))
                return self.spam_pool[-1]
            return r.choice(self.spam_pool)
        if src == "churn":
            return (
                en_handle(r, "creator", c.platform)
                if c.lang == "en"
                else zh_nick(r, "real", c.platform)
            )
        if src == "fan":
            return handle(r, c.lang, "real", c.platform) + (
                r.choice(["", "", "的小号", "_爱" + c.star_name[:2]]) if c.lang == "zh" else ""
            )
        return handle(r, c.lang, "real", c.platform)

    def _text(self, src, p):
        tg = self.tg
        if src == "real":
            if self.r.random() < self.orgbot:
                return tg.farm(
                    p, 1.0, TextGen.FARM_ZH if self.c.lang == "zh" else TextGen.FARM_EN
                ), True
            kind = (
                "elderly"
                if (self.arch == "elderly_audience" and self.r.random() < 0.8)
                else p["kind"]
            )
            return tg.genuine(p, kind), False
        if src == "fan":
            return tg.genuine(p, "fan"), False
        if src == "farm":
            return tg.farm(p, self.farm_s, self.farm_sub), False
        if src == "pod":
            return tg.pod(p, self.s.get("engagement_pod", 0.5)), False
        if src == "ai":
            return tg.ai(p, self.ai_s), False
        if src == "lure":
            return tg.lure(p, own=True), False
        if src == "churn":
            return tg.churn(), False
        return tg.spam3(p), False

    def build_comments(self, posts):
        r, g, c = self.r, self.g, self.c
        self.spam_pool = []
        self.spam_pool_n = r.randint(3, 60)
        self.spam_boost = (
            r.uniform(0.05, 0.35) if self.arch == "spam_target" else r.uniform(0, 0.08)
        )
        c.fans = [
            zh_nick(r, "old", c.platform)
            if (self.arch == "elderly_audience" and r.random() < 0.7)
            else handle(r, c.lang, "real", c.platform)
            for _ in range(min(self.fan_pool, 400))
        ]
        n = len(posts)
        per = int(clamp(round(self.budget / n * r.uniform(0.8, 1.3)), 2, 60))
        me = self.handle
        out = []
        self.fetched = {}
        for p in posts:
            cnts = {
                "real": p["com_r"],
                "spam": p["spam"],
                "farm": p["farm"],
                "pod": p["pod"],
                "ai": p["ai"],
                "lure": p["lure"],
                "fan": p["fan"],
                "churn": p["churn"],
            }
            if self.fold:
                cnts["farm"] = int(cnts["farm"] * (1 - self.fold))
                cnts["spam"] = int(cnts["spam"] * (1 - 0.7 * self.fold))
            N = sum(cnts.values())
            self.fetched[p["j"]] = 0
            if N == 0 or r.random() < self.fetch_fail:
                continue
            fetch = min(per, N)
            M = min(N, fetch * (2 if self.order == "latest" else 3))
            keys = [k for k in cnts if cnts[k] > 0]
            take = g.multivariate_hypergeometric(
                np.array([cnts[k] for k in keys], dtype=np.int64), M
            )
            hot_boost = (N / M) ** 0.4
            cand = []
            for k, m in zip(keys, take, strict=False):
                m = int(m)
                if not m:
                    continue
                tt = self._times(k, m, p)
                lk = self._likes(k, tt, p, hot_boost)
                if k == "pod":
                    mem = list(p.get("pod_mem", []))
                    r.shuffle(mem)
                for q in range(m):
                    cand.append(
                        (
                            float(tt[q]),
                            int(lk[q]),
                            k,
                            mem[q] if (k == "pod" and q < len(mem)) else None,
                        )
                    )
            if self.order == "hot":
                cand.sort(key=lambda x: (-x[1], x[0]))
                sel = cand[:fetch]
            elif self.order == "latest":
                cand.sort(key=lambda x: -x[0])
                sel = cand[:fetch]
            else:
                cand.sort(key=lambda x: (-x[1], x[0]))
                h = fetch // 2
                rest = sorted(cand[h:], key=lambda x: -x[0])
                sel = cand[:h] + rest[: fetch - h]
            pid = p["pid"]
            t_post = p["t"]
            sessions = sorted(
                t_post / HOUR + x
                for x in (
                    r.uniform(0.1, 1.5),
                    r.uniform(2, 5),
                    r.uniform(8, 14),
                    r.uniform(20, 30),
                    r.uniform(40, 80),
                )
            )
            rows = []
            if self.pin and self.order != "latest" and r.random() < 0.35:
                tp = r.uniform(0.01, 0.4)
                rows.append(
                    {
                        "post_id": pid,
                        "author": me,
                        "text": self.tg.pinned(),
                        "posted_at": iso(t_post + tp * HOUR),
                        "likes": int(g.poisson(max(1.0, p["likes_r"] * self.clr * 2))),
                        "from_creator": True,
                    }
                )
            for th, lk, src, member in sel:
                author = member if member else self._author(src)
                if author == me:
                    author = author + rand_digits(r, 3)
                text, botlike = self._text(src, p)
                if botlike:
                    author = handle(r, c.lang, "bot", c.platform)
                ts = t_post + th * HOUR
                rows.append(
                    {
                        "post_id": pid,
                        "author": author,
                        "text": text,
                        "posted_at": iso(ts),
                        "likes": int(lk),
                    }
                )
                # the creator answers (in sessions)
                rp = {
                    "real": self.reply_rate,
                    "pod": self.reply_rate * 1.3,
                    "lure": self.reply_rate * 1.2,
                    "fan": 0.0,
                    "ai": self.reply_rate * 0.3,
                    "farm": self.reply_rate * 0.05,
                }.get(src, 0.0)
                if rp and r.random() < rp:
                    ch = th + 0.05
                    st = next((x for x in sessions if x >= t_post / HOUR + ch), None)
                    tr = (
                        (st * HOUR + r.uniform(0, 0.4) * HOUR)
                        if st is not None
                        else ts + lnorm(r, 5, 1.0) * HOUR
                    )
                    if tr < self.as_of:
                        rows.append(
                            {
                                "post_id": pid,
                                "author": me,
                                "text": self.tg.creator_reply(
                                    author, text, lure=(src == "lure"), pod=(src == "pod")
                                ),
                                "posted_at": iso(tr),
                                "likes": int(g.poisson(lk * 0.3 + 1)),
                                "from_creator": True,
                            }
                        )
                # audience threads
                tp_ = self.thread_p * (4 if p["kind"] == "controversy" else 1)
                if src == "real" and r.random() < tp_:
                    for _ in range(r.choice((1, 1, 1, 2, 3))):
                        ta = ts + lnorm(r, 1.5, 1.2) * HOUR
                        if ta >= self.as_of:
                            break
                        rows.append(
                            {
                                "post_id": pid,
                                "author": self._author("real"),
                                "text": self.tg.audience_reply(author, p),
                                "posted_at": iso(ta),
                                "likes": int(g.poisson(lk * 0.08 + 0.3)),
                            }
                        )
            p["extra_rows"] = sum(1 for row in rows if row.get("from_creator")) + sum(
                1 for row in rows if row["text"].startswith(("回复", "@"))
            )
            out.extend(rows)
            if len(out) >= 400:
                break
        if len(out) > 400:
            out = out[:400]
        per_pid: dict[str, int] = {}
        for row in out:
            per_pid[row["post_id"]] = per_pid.get(row["post_id"], 0) + 1
        self.fetched = {p["j"]: per_pid.get(p["pid"], 0) for p in posts}
        return out

    # ---- follower sample --------------------------------------------------------------------------
    def _acct(self, kind, batch=None):
        r, g, c = self.r, self.g, self.c
        plat = c.platform
        zh = c.lang == "zh"
        A = self.as_of
        if kind == "active":
            fo, fg, po = (
                lnorm(r, 120 if zh else 260, 1.3),
                lnorm(r, 190 if zh else 420, 0.9),
                lnorm(r, 40 if zh else 110, 1.2),
            )
            av, created, last = (
                0.93,
                A - r.uniform(200, 4200) * DAY,
                A - r.expovariate(1 / 20.0) * DAY,
            )
            bio, url, name = 0.55, 0.06, "real"
        elif kind == "lurker":
            fo, fg, po = lnorm(r, 8, 1.2), lnorm(r, 70, 1.0), float(g.poisson(0.8))
            av, created, last = 0.72, A - r.uniform(60, 3500) * DAY, A - r.uniform(30, 1500) * DAY
            bio, url, name = 0.1, 0.0, "real" if r.random() < 0.6 else "default"
        elif kind == "dormant":
            fo, fg, po = lnorm(r, 30, 1.2), lnorm(r, 130, 1.0), lnorm(r, 15, 1.2)
            av, created, last = (
                0.75,
                A - r.uniform(1500, 4800) * DAY,
                A - r.uniform(400, 3000) * DAY,
            )
            bio, url, name = 0.3, 0.02, "real"
        elif kind == "orgbot":
            fo, fg, po = float(g.integers(0, 30)), lnorm(r, 800, 0.9), float(g.integers(0, 6))
            av, created, last = 0.4, A - r.uniform(30, 1500) * DAY, A - r.uniform(20, 900) * DAY
            bio, url, name = 0.05, 0.05, "bot"
        elif kind == "cheap":
            fo, fg, po = (
                float(g.integers(0, 16)),
                r.uniform(200, 7500),
                float(g.integers(0, 3)) if r.random() < 0.5 else 0.0,
            )
            bd = batch if batch is not None else A - r.uniform(10, 300) * DAY
            av, created, last = (
                self.batch_avatar,
                bd - r.uniform(0, 12) * DAY,
                bd + r.uniform(0, 30) * DAY,
            )
            bio, url, name = 0.02, 0.0, "bot"
        elif kind == "premium":
            fo, fg, po = lnorm(r, 180, 0.8), lnorm(r, 650, 0.6), lnorm(r, 25, 0.8)
            av, created, last = 1.0, A - r.uniform(400, 2600) * DAY, A - r.uniform(5, 300) * DAY
            bio, url, name = 0.6, 0.02, "real"
        elif kind == "f4f":
            fo = lnorm(r, 1500, 0.8)
            fg, po = min(7500, fo * r.uniform(0.8, 1.6)), lnorm(r, 150, 1.0)
            av, created, last = 1.0, A - r.uniform(100, 2500) * DAY, A - r.uniform(0, 30) * DAY
            bio, url, name = 0.85, 0.3, "creator"
        else:  # giveaway hunter
            fo, fg, po = (
                lnorm(r, 40, 1.0),
                lnorm(r, 1600, 0.6),
                lnorm(r, 2500 if plat == "weibo" else 300, 1.0),
            )
            av, created, last = 0.85, A - r.uniform(200, 3000) * DAY, A - r.uniform(0, 5) * DAY
            bio, url, name = 0.2, 0.0, "bot" if r.random() < 0.5 else "real"
        created = max(created, self.launch + r.uniform(0, 200) * DAY)
        created = min(created, A - DAY)
        po = int(po)
        d = {
            "id": self._uid(),
            "username": handle(r, c.lang, name, plat) if c.lang == "en" else self._uname(name),
            "display_name": handle(r, c.lang, name, plat),
            "followers": int(fo),
            "following": int(fg),
            "posts": po,
            "has_avatar": r.random() < av,
        }
        if plat in ("instagram", "tiktok"):
            d["is_private"] = r.random() < (
                {"active": 0.3, "lurker": 0.45, "premium": 0.05, "cheap": 0.15}.get(kind, 0.2)
            )
        d["verified"] = kind == "active" and r.random() < 0.004
        if self.acct_bio_src:
            d["bio"] = self._acct_bio(kind) if r.random() < bio else ""
        d["has_url"] = r.random() < url
        if self.acct_created_src:
            d["created_at"] = dstr(created)
        if self.acct_lastpost_src and po > 0:
            d["last_post_at"] = dstr(clamp(max(last, created), created, A))
        if plat == "weibo":
            age_y = (A - created) / (365 * DAY)
            lvl = {
                "active": int(clamp(4 + age_y * 3 + r.gauss(0, 4), 1, 48)),
                "lurker": int(clamp(1 + age_y + r.gauss(0, 2), 1, 20)),
                "dormant": int(clamp(3 + age_y * 1.5 + r.gauss(0, 3), 1, 30)),
                "orgbot": r.randint(1, 6),
                "cheap": r.randint(0, 4),
                "premium": r.randint(6, 22),
                "f4f": r.randint(8, 30),
                "hunter": r.randint(10, 32),
            }[kind]
            d["platform_level"] = lvl
            d["membership_level"] = (
                r.randint(1, 7) if r.random() < (0.08 if kind == "active" else 0.02) else 0
            )
            d["credit_rating"] = {
                "active": wpick(r, [(1, 0.3), (2, 0.4), (3, 0.22), (4, 0.05), (0, 0.03)]),
                "lurker": wpick(r, [(0, 0.25), (1, 0.55), (2, 0.2)]),
                "dormant": wpick(r, [(0, 0.3), (1, 0.5), (2, 0.2)]),
                "orgbot": wpick(r, [(0, 0.7), (1, 0.3)]),
                "cheap": wpick(r, [(0, 0.8), (1, 0.2)]),
                "premium": wpick(r, [(1, 0.5), (2, 0.45), (3, 0.05)]),
                "f4f": wpick(r, [(1, 0.4), (2, 0.5), (3, 0.1)]),
                "hunter": wpick(r, [(0, 0.3), (1, 0.5), (2, 0.2)]),
            }[kind]
        return d

    def _uid(self):
        r = self.r
        plat = self.c.platform
        if plat in ("douyin", "tiktok"):
            return rand_digits(r, r.choice((11, 16, 19)))
        if plat == "rednote":
            return "".join(r.choice("0123456789abcdef") for _ in range(24))
        if plat == "weibo":
            return r.choice("1235567") + rand_digits(r, 9)
        if plat == "bilibili":
            return str(r.randint(10000, 3500000000))
        if plat == "youtube":
            return "UC" + "".join(
                r.choice(ALNUM + "ABCDEFGHIJKLMNOPQRSTUVWXYZ_-") for _ in range(22)
            )
        return rand_digits(r, r.choice((8, 10, 11)))

    def _uname(self, style):
        r = self.r
        if style == "bot" or r.random() < 0.4:
            return r.choice(["dy", "", "u", "x"]) + rand_alnum(r, r.randint(7, 12))
        return (
            r.choice(PINYIN)
            + r.choice(["", "_", "."])
            + r.choice(PINYIN)
            + r.choice(["", rand_digits(r, r.randint(2, 4))])
        )

    def _acct_bio(self, kind):
        r, c = self.r, self.c
        if c.lang == "zh":
            if kind in ("cheap", "orgbot"):
                return r.choice(["", "你好", "…", "这个人很懒，什么都没有留下"])
            if kind == "premium":
                return r.choice(
                    [
                        "生活明朗，万物可爱",
                        "做自己的光",
                        "热爱生活",
                        "人间值得",
                        "温柔且坚定",
                        "慢慢来，比较快",
                    ]
                )
            if kind == "f4f":
                return r.choice(["互关必回", "有关必回 互赞互评", "新人求关注", "每日更新 回关"])
            if kind == "hunter":
                return r.choice(["锦鲤附体", "转发抽奖专用", "许愿中奖", "天天好运"])
            return r.choice(
                [
                    "",
                    "热爱生活",
                    r.choice(CN_CITIES),
                    "00后",
                    "90后宝妈",
                    "学生党",
                    "打工人",
                    "爱吃爱玩",
                    "一只小透明",
                    "摄影爱好者",
                    "今天也要开心",
                    "猫奴",
                    "考研人",
                    "IT民工",
                    r.choice(CN_CITIES)
                    + " | "
                    + r.choice(["设计", "护士", "老师", "程序员", "销售"]),
                ]
            )
        if kind in ("cheap", "orgbot"):
            return r.choice(["", "hi", "♡", "new here"])
        if kind == "premium":
            return r.choice(
                [
                    "living my best life ✨",
                    "coffee & sunsets",
                    "dream big 🌙",
                    "just vibes",
                    "blessed 🙏",
                    "wanderlust",
                ]
            )
        if kind == "f4f":
            return r.choice(
                [
                    "follow for follow ✨",
                    "f4f | l4l",
                    "i follow back 💯",
                    "dm for promo 📩 follow back",
                ]
            )
        if kind == "hunter":
            return r.choice(["giveaway queen 🍀", "entering all the giveaways", "lucky me 🤞"])
        return r.choice(
            [
                "",
                "mom of 2 💕",
                "📍" + r.choice(EN_CITIES),
                "nurse 🩺",
                "she/her",
                "coffee addict",
                "dog mom 🐶",
                "living life",
                "photography 📷",
                "uni '26",
                "teacher",
                "gamer 🎮",
                "plant lady 🌿",
                "just here for memes",
            ]
        )

    def follower_sample(self):
        r, g = self.r, self.g
        n = r.randint(50, 200)
        D = self.D
        tot = max(1.0, float(self.total_path[D]))
        fake = float(self.fake_path[D]) / tot
        f4f = float(self.f4f_path[D]) / tot
        hunter = 0.0
        if self.arch == "giveaway":
            hunter = r.uniform(0.05, 0.3)
        real = max(0.0, 1 - fake - f4f - hunter)
        plat = self.c.platform
        lur = {
            "douyin": 0.35,
            "kuaishou": 0.35,
            "wechat_channels": 0.35,
            "youtube": 0.35,
            "tiktok": 0.3,
            "bilibili": 0.3,
            "weibo": 0.25,
            "rednote": 0.25,
            "instagram": 0.2,
        }[plat] * r.uniform(0.7, 1.3)
        dorm = r.uniform(0.04, 0.18) * (2.2 if self.arch == "celebrity_low_er" else 1)
        ob = (
            r.uniform(0.02, 0.1)
            * (1.6 if plat == "weibo" else 1)
            * (1.5 if self.arch == "celebrity_low_er" else 1)
        )
        if "purge" in self.events:
            ob *= 0.4
        act = max(0.1, 1 - lur - dorm - ob)
        s_real = lur + dorm + ob + act
        probs = [
            real * act / s_real,
            real * lur / s_real,
            real * dorm / s_real,
            real * ob / s_real,
            fake,
            f4f,
            hunter,
        ]
        probs_arr = np.array(probs) / sum(probs)
        ks = g.multinomial(n, probs_arr)
        fk = self.fake_kind or "cheap"
        self.batch_avatar = r.uniform(0.1, 0.6)
        bdates = [(self.day0 + k) * DAY for k in self.batches] or [
            self.as_of - r.uniform(20, 300) * DAY
        ]
        out = []
        for kind, m in zip(
            ["active", "lurker", "dormant", "orgbot", "fake", "f4f", "hunter"], ks, strict=False
        ):
            for _ in range(int(m)):
                if kind == "fake":
                    k2 = fk if fk != "mixed" else ("cheap" if r.random() < 0.6 else "premium")
                    out.append(self._acct(k2, r.choice(bdates)))
                else:
                    out.append(self._acct(kind))
        r.shuffle(out)
        return out

    # ---- history ----------------------------------------------------------------------------------
    def history(self):
        r = self.r
        D = self.D
        rows = []
        with_fo = r.random() < 0.6
        if self.hist_mode == "daily":
            H = r.randint(90, 365)
            end = D - (1 if r.random() < 0.3 else 0)
            ks = list(range(max(0, end - H + 1), end + 1))
            drop = r.uniform(0, 0.06)
            ks = [k for k in ks if r.random() > drop]
            if r.random() < 0.2 and len(ks) > 30:
                a0 = r.randint(5, len(ks) - 15)
                ks = ks[:a0] + ks[a0 + r.randint(3, 10) :]
        else:
            span = min(D, r.randint(30, 720))
            m = r.randint(4, 30)
            ks = sorted(set(int(D - r.uniform(0, span)) for _ in range(m)))
            with_fo = r.random() < 0.5
        for k in ks:
            d = {"date": dstr((self.day0 + k) * DAY), "followers": int(self.total_path[k])}
            if with_fo:
                d["following"] = int(self.following_path[k])
            rows.append(d)
        return rows

    # ---- profile -------------------------------------------------------------------------------------
    def bio(self):
        r, c = self.r, self.c
        if "lure_spam" in self.has:
            ct = self.tg._contact()
            if c.lang == "zh":
                return r.choice(
                    [
                        "🌸 需要{i}的滴滴\n",
                        "分享{i}干货｜资料免费领\n",
                        "宝藏{i}渠道🈶\n",
                        "🍑 主页有惊喜\n",
                    ]
                ).replace("{i}", r.choice(c.lex[0])) + r.choice(
                    ["🛰 " + ct, ct + " 备注来意", "➡️" + ct, "📩 " + ct]
                )
            return r.choice(
                [
                    "💸 helping you earn from home\n",
                    "✨ free {i} for ambassadors ✨\n",
                    "DM for promo 📩\n",
                    "🔥 exclusive content 🔥\n",
                ]
            ).replace("{i}", r.choice(c.lex[0])) + r.choice(["👇 " + ct, "contact " + ct, ct])
        if self.arch == "celebrity_low_er":
            if c.lang == "zh":
                work = (
                    "《"
                    + r.choice(["星河", "长夜", "归途", "心动", "山海", "少年", "风起", "追光"])
                    + r.choice(["", "之城", "行", "记", "的你"])
                    + "》"
                )
                return (
                    r.choice(["演员", "歌手", "演员、歌手", "运动员", "主持人"])
                    + r.choice(["，代表作", " | 新作", "｜作品"])
                    + work
                    + r.choice(
                        [
                            "\n工作联系：" + rand_alnum(r, 6) + "@studio.cn",
                            "",
                            "\n工作室 @" + c.star_name + "工作室",
                        ]
                    )
                )
            return r.choice(["Actor", "Singer", "Artist", "Athlete", "Host"]) + r.choice(
                [
                    " | new album out now 💿",
                    " 🎬",
                    " | ",
                    " • mgmt: " + rand_alnum(r, 5) + "@caa.com",
                ]
            )
        if r.random() < 0.1:
            return ""
        zhcat = {
            "beauty": "美妆",
            "fashion": "穿搭",
            "food": "美食",
            "travel": "旅行",
            "tech": "数码",
            "gaming": "游戏",
            "fitness": "健身",
            "parenting": "母婴",
            "pets": "萌宠",
            "finance": "理财",
            "education": "学习",
            "comedy": "搞笑",
            "music": "音乐",
            "home": "家居",
            "auto": "汽车",
            "lifestyle": "生活",
        }
        if c.lang == "zh":
            parts = [
                r.choice(
                    ["{c}博主", "分享{c}日常", "一个爱{c}的普通人", "{c}｜真实测评", "专注{c}{n}年"]
                )
                .replace("{c}", zhcat[c.category])
                .replace("{n}", str(r.randint(2, 10)))
            ]
            if r.random() < 0.6:
                parts.append(r.choice(CN_CITIES))
            if r.random() < 0.5:
                parts.append(
                    r.choice(
                        ["不定期更新", "每周三更新", "谢谢关注", "日更中", "感谢每一位喜欢我的人"]
                    )
                )
            if math.log10(self.F_real) > 4 and r.random() < 0.7:
                parts.append(
                    "商务合作："
                    + rand_alnum(r, r.randint(5, 9))
                    + r.choice(["@163.com", "@qq.com", "@126.com"])
                )
            return r.choice([" | ", "\n", " ", "｜"]).join(parts)
        parts = [
            r.choice(
                [
                    "{c} creator",
                    "{c} & everyday life",
                    "sharing my {c} journey",
                    "{c} | honest reviews",
                    "your {c} bestie",
                ]
            ).replace("{c}", c.category)
        ]
        if r.random() < 0.6:
            parts.append("📍" + r.choice(EN_CITIES))
        if math.log10(self.F_real) > 3.7 and r.random() < 0.7:
            parts.append(
                r.choice(["collabs: ", "business: ", "📩 "])
                + r.choice(EN_FIRST)
                + r.choice(["", ".", "_"])
                + r.choice(["media", "collabs", "mgmt", "biz"])
                + r.choice(["@gmail.com", "@outlook.com", "@mgmt.co"])
            )
        return r.choice([" | ", "\n", " • "]).join(parts)

    def creator_handle(self):
        r, c = self.r, self.c
        if self.arch == "celebrity_low_er" and c.star_name:
            return (
                c.star_name
                if c.lang == "zh"
                else c.star_name.lower().replace(" ", r.choice(["", ".", "_"]))
                + r.choice(["", "official", "_", "music", ".x"])
            )
        if c.lang == "zh":
            x = r.choice([*ZH_REAL, r.choice(ZH_ADJ) + r.choice(ZH_NOUN)])
            zhcat = {
                "beauty": "美妆日记",
                "food": "吃货日常",
                "travel": "爱旅行",
                "fashion": "穿搭",
                "tech": "聊数码",
                "gaming": "游戏",
                "pets": "和猫",
                "lifestyle": "Vlog",
            }.get(c.category, "日常")
            return r.choice(
                [
                    x + "的日常",
                    x + zhcat,
                    x + "_" + zhcat,
                    x + "在" + r.choice(CN_CITIES),
                    x + "酱" + zhcat,
                    "是" + x + "呀",
                    x + "同学",
                    x + "（" + zhcat + "）",
                    x + rand_digits(r, 2),
                ]
            )
        return (
            en_handle(r, "creator", c.platform)
            if r.random() < 0.6
            else en_handle(r, "real", c.platform)
        )

    def slug(self):
        r = self.r
        return r.choice(PINYIN) + r.choice(["_", ".", ""]) + rand_alnum(r, 8)

    def post_id(self, t):
        r = self.r
        plat = self.c.platform
        if plat in ("douyin", "tiktok"):
            return "7" + rand_digits(r, 18)
        if plat == "kuaishou":
            return "3x" + rand_alnum(r, 13)
        if plat == "rednote":
            return f"{int(t):08x}" + "".join(r.choice("0123456789abcdef") for _ in range(16))
        if plat == "weibo":
            return "5" + rand_digits(r, 15)
        if plat == "bilibili":
            return "BV1" + "".join(
                r.choice("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")
                for _ in range(9)
            )
        if plat == "wechat_channels":
            return "export/UzFfAgtgekIEAQAAAAAA" + "".join(
                r.choice(ALNUM + "ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(28)
            )
        return "".join(r.choice(ALNUM + "ABCDEFGHIJKLMNOPQRSTUVWXYZ_-") for _ in range(11))

    # ---- assemble -----------------------------------------------------------------------------------
    def record(self):
        r, c = self.r, self.c
        self.setup()
        self.source_style()
        ts = self.post_times()
        self.trajectories(ts)
        posts = self.make_posts(ts)
        self.finish_viral_path(posts)
        if self.arch == "viral_post":  # later posts see the bigger audience
            for p in posts:
                if p["t"] > self.viral_post["t"]:
                    f = self.F_at(p["t"]) / max(1.0, p["Ft"])
                    for k in ("likes_r", "com_r", "shares", "saves", "coins", "danmaku"):
                        p[k] = int(p[k] * f ** self.P["b"])
                    p["views_r"] *= f ** self.P["b"]
        self.fraud_posts(posts)
        self.build_paths(posts)
        self.handle = self.creator_handle()
        for p in posts:
            p["pid"] = self.post_id(p["t"])
        self.fetched = {}
        comments = self.build_comments(posts) if self.has_comments else []
        plat = c.platform
        rs = self.round_style
        rd = (lambda v: display_round(int(v), rs)) if rs else (lambda v: int(v))
        out_posts = []
        for p in posts:
            likes = p["likes_r"] + p["b_likes"] + p["pod_likes"]
            ncom = (
                p["com_r"]
                + p["spam"]
                + p["farm"]
                + p["pod"]
                + p["ai"]
                + p["lure"]
                + p["fan"]
                + p["churn"]
                + max(int(p["com_r"] * self.reply_rate * 0.3), p.get("extra_rows", 0))
            )
            ncom = max(ncom, self.fetched.get(p["j"], 0))
            views = int(p["views_r"] + p["b_views"])
            views = max(views, int(likes * r.uniform(1.05, 1.6))) if views < likes else views
            d = {"post_id": p["pid"], "posted_at": iso(p["t"]), "format": p["fmt"]}
            if self.hide_likes:
                d["likes"] = 0
                d["likes_unknown"] = True
            else:
                d["likes"] = rd(likes)
            if self.ks_unknown:
                d["comments"] = self.fetched.get(p["j"], 0) if self.has_comments else 0
                d["comments_unknown"] = True
            else:
                d["comments"] = rd(ncom)
            if (
                plat
                in (
                    "douyin",
                    "tiktok",
                    "rednote",
                    "weibo",
                    "bilibili",
                    "wechat_channels",
                    "kuaishou",
                )
                and self.shares_src
            ):
                d["shares"] = rd(p["shares"])
            if plat in ("douyin", "rednote", "bilibili") or (plat == "tiktok" and self.shares_src):
                d["saves"] = rd(p["saves"])
            vid = p["fmt"] in ("video", "live") or plat == "bilibili"
            if (
                self.views_src
                and vid
                and plat not in ("rednote", "wechat_channels")
                and not (plat == "weibo" and p["fmt"] != "video")
            ):
                d["views"] = rd(views)
            if plat == "bilibili":
                d["coins"] = rd(p["coins"] + p["b_coins"])
                d["danmaku"] = rd(p["danmaku"])
            if self.spons_src:
                d["sponsored"] = bool(p["spons"])
            out_posts.append(d)

        D = self.D
        size_real = math.log10(self.F_real)
        followers = int(self.total_path[D])
        prof: dict[str, Any] = {"followers": followers, "following": int(self.following_path[D])}
        obs = None
        if self.obs_old:
            kb = D - r.randint(1, 60)
            prof["followers"] = int(self.total_path[kb])
            obs = dstr((self.day0 + kb) * DAY)
        if plat in ZH_PLATFORMS and self.av.random() < 0.3:
            prof["followers"] = display_round(prof["followers"], "zh")
        extra = int(lnorm(r, 3 if self.arch == "tiny_koc" else 60, 1.0))
        prof["posts"] = len(posts) + extra
        pv = (
            0.97
            if self.arch == "celebrity_low_er"
            else clamp(0.02 + 0.16 * max(0, size_real - 4) ** 1.5, 0, 0.85)
        )
        if plat == "weibo":
            pv = min(0.95, pv * 1.6 + 0.05)
        prof["verified"] = r.random() < pv
        age_days = max(
            D + 15 + r.uniform(0, 400),
            {"tiny_koc": r.uniform(100, 1500), "celebrity_low_er": r.uniform(1500, 4500)}.get(
                self.arch, r.uniform(200, 3300)
            ),
        )
        created = max(self.as_of - age_days * DAY, self.launch + r.uniform(0, 60) * DAY)
        prof["created_at"] = dstr(created)
        b = self.bio()
        if b or r.random() < 0.5:
            prof["bio"] = b
        if r.random() < 0.9:
            prof["category"] = self.prof_cat
        if self.country and r.random() < 0.7:
            prof["country"] = self.country
        if obs:
            prof["observed_at"] = obs
        rec = {
            "creator_id": f"{plat}:{self.slug()}",
            "platform": plat,
            "handle": self.handle,
            "as_of": iso(self.as_of),
            "profile": prof,
        }
        if self.hist_mode:
            rec["follower_history"] = self.history()
        rec["posts"] = out_posts
        if self.has_comments:
            rec["comments"] = comments
        if self.has_sample:
            rec["follower_sample"] = self.follower_sample()
        rec["label"] = self.label
        rec["archetype"] = self.arch
        return rec


# ---------------------------------------------------------------------------------------------
# API
# ---------------------------------------------------------------------------------------------
def make_record(seed: int, i: int) -> dict:
    return Creator(seed, i).record()


def generate(n: int, seed: int) -> Iterator[dict]:
    """yield n labelled creator records; record i depends only on (seed, i)."""
    for i in range(n):
        yield make_record(seed, i)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="golf creator simulator (genuine vs fraudulent)")
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", default="-", help="JSONL path ('-' = stdout)")
    a = ap.parse_args(argv)
    fh = sys.stdout if a.out == "-" else open(a.out, "w", encoding="utf-8")  # noqa: SIM115 -- may be stdout; closed in finally
    try:
        for rec in generate(a.n, a.seed):
            fh.write(json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n")
    finally:
        if fh is not sys.stdout:
            fh.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

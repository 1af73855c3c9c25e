"""Formulaic machine-written praise is generic (low effort); real long comments that praise
*and* say something stay substantive (trust-and-safety review 20d, finding 3)."""

from __future__ import annotations

import pytest

from fraud.comment_quality import CommentCategory, CommentClassifier

FORMULAIC = [
    "Great content! Your insights are truly valuable and well-articulated. Looking forward to more!",
    "This is such a well-thought-out post. The way you explain things is clear and engaging. Keep it up!",
    "Absolutely love the quality of your content. Every detail is carefully crafted. Thanks for sharing!",
    "Your dedication really shows in this content. Informative, engaging, and beautifully presented!",
    "This is incredibly helpful and insightful. Thank you for putting so much effort into this!",
    "Such a captivating post! Your attention to detail is impressive. Keep shining!",
    "What a thoughtful post! I appreciate the effort you put into every piece. Looking forward to your next one!",
    "Really insightful and well researched. Thanks for sharing this with us!",
    "这篇内容非常有价值，作者的观点清晰，逻辑严谨，让人受益匪浅！",
    "这期视频的质量真的很高，无论是内容还是剪辑都非常出色，值得点赞和收藏。",
    "看完这篇笔记，我深深被作者的专业和用心打动，真心推荐给大家！",
    "内容丰富，条理清晰，通俗易懂，收获满满！",
    "这个视频内容非常充实，分析到位，见解独到，继续加油！",
    "讲解深入浅出，信息量很大，对我帮助很大，期待后续更新！",
]

SUBSTANTIVE = [
    "Great content! I tried the budgeting spreadsheet and saved $200 last month, but the tax tab breaks in Excel 2016.",
    "This is such a helpful post. My grandmother had the same diagnosis and the physio exercises at 3:40 really helped her knee.",
    "Your insights on the rental market are valuable, but in Lisbon the deposit is usually two months, not one.",
    "Thanks for sharing! I followed the recipe with oat milk instead and it curdled, so maybe add it off the heat.",
    "这篇内容很有价值，不过第三步的温度我觉得偏高，我用180度烤了20分钟就糊了。",
    "作者讲得很清楚，我们公司去年也是这样报税的，结果被退回来两次，要先填附表二。",
    "视频质量很高，但是剪辑里那家店已经倒闭了，去的朋友别白跑一趟。",
    "我觉得这期比上期用心多了，调色舒服",
]


@pytest.mark.parametrize("text", FORMULAIC)
def test_formulaic_praise_is_generic(classifier: CommentClassifier, text: str) -> None:
    assert classifier.classify([text]) == [CommentCategory.GENERIC]


@pytest.mark.parametrize("text", SUBSTANTIVE)
def test_praise_with_real_content_stays_substantive(
    classifier: CommentClassifier, text: str
) -> None:
    assert classifier.classify([text]) == [CommentCategory.SUBSTANTIVE]

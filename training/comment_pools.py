"""Comment texts for the simulator, by language and category.

Sources, in order of preference:

1. ``data/comments/labelled.csv``: the team's labelled set (see ``data/comments/README.md``).
2. Real comments: YouTube Spam Collection ham/spam (``data/raw/youtube-spam``) and ScamSpot
   Instagram real/scam comments (``data/raw/instagram-scam-comments``). Ham/real comments are
   put in a category by our own :class:`fraud.comment_quality.CommentClassifier`, so the
   classifier's mistakes reach the simulated creators as they would reach real ones. The
   filing is made once, when the comment model is trained (:func:`write_pool_filing`, called
   by ``training.train_comments``), and stored beside that model as ``pool_filing.csv``
   (a text's SHA-256 and its category, checked with the model's manifest): the simulator
   reads it, so a later edit of the comment rules does not change the training data that
   ``make data`` writes (it did before: the training data of 4 December could not
   be rebuilt from later code). Retraining the comment model files the texts again.
3. Templates written by the team in the style of RedNote / Douyin / Instagram comments
   (questions about a product, a place, a size, short experiences), with slot values: no
   public labelled Chinese comment set was found, so Chinese substantive comments are mostly
   synthetic. This is an assumption, listed in ``training/ASSUMPTIONS.md``.
"""

from __future__ import annotations

import hashlib
import html
import io
import itertools
from pathlib import Path

import pandas as pd

from fraud import paths
from fraud.artifacts import read_verified
from fraud.batch import atomic_output
from fraud.comment_quality import CommentClassifier
from fraud.paths import DATA_DIR
from training.train_comments import load_instagram, load_youtube

__all__ = ["POOL_FILING_FILE", "load_comment_pools", "load_pool_filing", "write_pool_filing"]

POOL_FILING_FILE = "pool_filing.csv"

_ZH_SLOTS = {
    "product": (
        "面霜",
        "精华",
        "防晒",
        "粉底液",
        "眼霜",
        "洗面奶",
        "口红",
        "跑鞋",
        "瑜伽垫",
        "蛋白粉",
        "空气炸锅",
        "相机",
        "耳机",
        "卸妆油",
        "护手霜",
        "帆布包",
    ),
    "city": (
        "北京",
        "上海",
        "广州",
        "深圳",
        "杭州",
        "成都",
        "武汉",
        "西安",
        "南京",
        "重庆",
        "厦门",
        "长沙",
    ),
    "experience": (
        "用了两周皮肤好多了",
        "有点搓泥",
        "没什么效果",
        "回购第三次了",
        "味道有点重",
        "性价比很高",
        "夏天用有点闷",
        "上脸很服帖",
        "包装太难打开了",
        "孩子也很喜欢",
    ),
    "skin": ("油皮", "干皮", "敏感肌", "混油皮", "痘痘肌"),
    "thing": ("背景音乐", "衣服", "耳环", "那个杯子", "滤镜", "桌布", "鞋子", "灯"),
    "dish": ("红烧肉", "番茄炒蛋", "酸菜鱼", "提拉米苏", "凉皮"),
    "result": ("一次就成功了", "有点咸了", "家里人都说好吃", "火候没掌握好", "比外面卖的还好"),
}
_ZH_TEMPLATES = (
    "{skin}可以用{product}吗",
    "请问{product}在哪里买的",
    "{city}哪里能买到{product}啊",
    "{product}多少钱呀",
    "我也买了{product}，{experience}",
    "上次推荐的{product}{experience}",
    "求{product}链接",
    "{skin}用{product}会不会闷痘",
    "终于等到更新了！上次说的{product}测评呢",
    "视频里的{thing}是什么牌子",
    "想问下{thing}是哪里买的",
    "跟着做了{dish}，{result}",
    "去年在{city}旅游的时候吃过这家，排队排了很久",
    "{city}的店还开着吗",
    "第二个{product}踩雷了，{experience}",
    "{product}和防晒哪个先用",
    "学生党买得起吗，{product}有平价替代吗",
    "在{city}，周末可以去看看吗",
    "我妈也在问这个{product}",
    "{dish}用什么锅做的",
    "这个{thing}好好看，求同款",
)
_EN_SLOTS = {
    "thing": (
        "jacket",
        "lamp",
        "mug",
        "shoes",
        "earrings",
        "camera",
        "lens",
        "rug",
        "serum",
        "bag",
    ),
    "skin": ("oily", "dry", "sensitive", "combination"),
    "place": ("Lisbon", "Seoul", "Austin", "Berlin", "Osaka", "Toronto", "Melbourne"),
    "dish": ("the pasta", "the curry", "the banana bread", "the salad dressing"),
    "result": (
        "turned out great",
        "was a bit too salty",
        "my kids loved it",
        "took longer than you said",
    ),
}
_EN_TEMPLATES = (
    "Where did you get the {thing}?",
    "Does this work for {skin} skin?",
    "What size is the {thing}?",
    "Link to the {thing} please?",
    "How much was the {thing}?",
    "I made {dish} last night and it {result}",
    "We were in {place} last month, the cafe you mentioned was closed :(",
    "Is the {thing} true to size?",
    "Which one would you pick for {skin} skin, the first or the second?",
    "Tried {dish} from your last video, it {result}",
    "Any tips for visiting {place} in winter?",
    "Been using the {thing} you recommended for a month, still happy with it",
)


def _expand(templates: tuple[str, ...], slots: dict[str, tuple[str, ...]]) -> list[str]:
    texts = []
    for template in templates:
        names = [n for n in slots if "{" + n + "}" in template]
        for combo in itertools.product(*(slots[n] for n in names)):
            texts.append(template.format(**dict(zip(names, combo, strict=True))))
    return texts


def _real_comments(commercial_only: bool = False) -> tuple[list[str], list[str]]:
    """Real English comments: (ham / real ones, spam / scam ones), cleaned of HTML.

    ``commercial_only``: the MIT-licensed Instagram set only, not the YouTube set."""
    youtube = load_youtube()
    if commercial_only:
        youtube = youtube.iloc[0:0]
    youtube["text"] = youtube["text"].map(html.unescape).str.replace(r"<[^>]+>", " ", regex=True)
    instagram = load_instagram()
    ham = [
        *youtube.loc[~youtube["spam"], "text"],
        *instagram.loc[instagram["type"] == "real", "text"],
    ]
    spam = [
        *youtube.loc[youtube["spam"], "text"],
        *instagram.loc[instagram["type"] == "scam", "text"],
    ]

    def clean(texts: list[str]) -> list[str]:
        return [t.strip()[:500] for t in map(str, texts) if t.strip()]

    return clean(ham), clean(spam)


def _text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def write_pool_filing(
    directory: Path, classifier: CommentClassifier, *, commercial_only: bool = False
) -> dict[str, int]:
    """File the real ham comments by ``classifier`` into ``directory/pool_filing.csv``.

    One row per distinct text: the first 16 hex digits of its SHA-256 (the texts stay in
    ``data/raw``) and its category, sorted by key. Written whole or not at all
    (:func:`fraud.batch.atomic_output`). Returns the number of texts per category.
    """
    ham = list(dict.fromkeys(_real_comments(commercial_only)[0]))
    filing = pd.DataFrame(
        {"text_sha256": [_text_key(t) for t in ham], "category": classifier.classify(ham)}
    )
    filing["category"] = filing["category"].map(str)
    filing = filing.sort_values("text_sha256", kind="stable").reset_index(drop=True)
    if filing["text_sha256"].duplicated().any():
        raise ValueError("two real comments share a 16-digit SHA-256 prefix; lengthen the key")
    with atomic_output(Path(directory) / POOL_FILING_FILE, "w", encoding="utf-8") as handle:
        filing.to_csv(handle, index=False, lineterminator="\n")
    return {str(k): int(v) for k, v in filing["category"].value_counts().sort_index().items()}


def load_pool_filing(directory: Path | None = None) -> dict[str, str]:
    """The stored filing of the real ham comments: text key -> category.

    ``directory``: a comment model directory (default: the selected model set's), read with
    its manifest's hashes checked.
    """
    directory = directory or paths.models_dir() / paths.COMMENTS_MODEL_DIR
    artifact = read_verified(directory)
    if POOL_FILING_FILE not in artifact.files:
        raise FileNotFoundError(
            f"{directory} has no {POOL_FILING_FILE}: retrain the comment model "
            "(python -m training.train_comments) to file the real comments for the simulator"
        )
    frame = pd.read_csv(io.StringIO(artifact.text(POOL_FILING_FILE)), dtype=str)
    return dict(zip(frame["text_sha256"], frame["category"], strict=True))


def load_comment_pools(
    filing: dict[str, str] | None = None, *, commercial_only: bool = False
) -> dict[tuple[str, str], list[str]]:
    """Texts by (language, category) for ``zh`` and ``en`` (and ``it``/``es`` where labelled).

    ``filing``: the real ham comments' categories (default :func:`load_pool_filing` of the
    selected model set). ``commercial_only``: only texts whose sources allow commercial use
    (no YouTube texts).
    """
    filing = load_pool_filing() if filing is None else filing
    pools: dict[tuple[str, str], list[str]] = {}
    labelled = pd.read_csv(DATA_DIR / "comments" / "labelled.csv")
    if commercial_only:
        labelled = labelled[labelled["source"] != "youtube-spam"]
    for (lang, category), group in labelled.groupby(["lang", "category"]):
        pools.setdefault((str(lang), str(category)), []).extend(group["text"].astype(str))
    ham, spam = _real_comments(commercial_only)
    unfiled = sum(_text_key(text) not in filing for text in ham)
    if unfiled:
        raise ValueError(
            f"{unfiled} of {len(ham)} real comments have no category in the comment model's "
            f"{POOL_FILING_FILE}: retrain the comment model (python -m training.train_comments) "
            "to file them"
        )
    for text in ham:
        pools.setdefault(("en", filing[_text_key(text)]), []).append(text)
    pools[("en", "spam")].extend(spam)
    pools[("zh", "substantive")].extend(_expand(_ZH_TEMPLATES, _ZH_SLOTS))
    pools[("en", "substantive")].extend(_expand(_EN_TEMPLATES, _EN_SLOTS))
    return {key: list(dict.fromkeys(texts)) for key, texts in pools.items()}

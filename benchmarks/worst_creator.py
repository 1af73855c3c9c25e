"""Adversarial but valid creators: the CPU of scoring one of them at size n and 4n.

Every shape is a creator the schema accepts (fraud/validation.py) and that fits in the
service's 5 MiB body. Scoring is in process, as the service and the CLI score a chunk:
``fraud.batch.score_chunk(Scorer.load(), [json_bytes])``, timed with ``time.process_time``
(the best of ``--repeats``). For each shape the table gives the CPU at n and at 4n and their
ratio (about 4 for a linear step, 16 for a quadratic one), then the shape at the largest size
whose JSON fits in 5 MiB, and its CPU per MiB of body.

Run with ``python benchmarks/worst_creator.py`` (a few minutes), ``--shape NAME`` for one
shape, ``--profile NAME`` for a cProfile of one shape at its full size. Comment texts avoid
long digit runs (the per-comment text path has a known cost there of its own).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

MAX_BODY = 5 * 1024 * 1024
BASE = datetime(2025, 1, 1, tzinfo=UTC)
WORDS = [
    "love",
    "this",
    "so",
    "much",
    "keep",
    "going",
    "great",
    "video",
    "amazing",
    "look",
    "wow",
    "beautiful",
    "colour",
    "where",
    "did",
    "you",
    "buy",
    "it",
    "nice",
    "outfit",
    "cute",
    "style",
    "perfect",
    "light",
    "today",
    "again",
    "best",
    "content",
    "ever",
    "honestly",
]


def letters(i: int, width: int = 4) -> str:
    """``i`` in base 26, a-z (no digits: see the module)."""
    out = []
    for _ in range(width):
        out.append(chr(97 + i % 26))
        i //= 26
    return "".join(reversed(out))


def stamp(minutes: float) -> str:
    return (BASE + timedelta(minutes=minutes)).strftime("%Y-%m-%dT%H:%M:%SZ")


def sentence(i: int, n_words: int = 8) -> str:
    """A distinct text for each ``i``: words chosen by its base-26 digits, plus a tag."""
    picked = [WORDS[(i * 7 + j * (i % 13 + 1)) % len(WORDS)] for j in range(n_words)]
    return " ".join(picked) + " " + letters(i)


def creator(
    comments: list[dict[str, Any]] | None = None,
    posts: list[dict[str, Any]] | None = None,
    history: list[dict[str, Any]] | None = None,
    sample: list[dict[str, Any]] | None = None,
    creator_id: str = "worst:creator",
) -> dict[str, Any]:
    if posts is None:
        posts = default_posts(30)
    if history is None:
        history = [
            {
                "date": (date(2025, 1, 1) + timedelta(days=d)).isoformat(),
                "followers": 10_000 + 20 * d,
            }
            for d in range(180)
        ]
    record: dict[str, Any] = {
        "creator_id": creator_id,
        "platform": "instagram",
        "handle": "worst",
        "as_of": "2026-01-01T00:00:00Z",
        "profile": {"followers": 10_000, "following": 300, "posts": len(posts)},
        "posts": posts,
        "follower_history": history,
        "comments": comments or [],
    }
    if sample is not None:
        record["follower_sample"] = sample
    return record


def default_posts(n: int, same_time: bool = False, id_len: int = 0) -> list[dict[str, Any]]:
    return [
        {
            "post_id": post_id(i, id_len),
            "posted_at": stamp(0 if same_time else i * 600),
            "likes": 300 + (i * 37) % 200,
            "comments": 20 + i % 30,
            "views": 5000 + (i * 91) % 3000,
        }
        for i in range(n)
    ]


def post_id(i: int, id_len: int = 0) -> str:
    base = "p" + letters(i)
    return base if not id_len else (base + "x" * id_len)[:id_len]


def comments_of(
    n: int,
    *,
    text: Callable[[int], str] = sentence,
    author: Callable[[int], str] = lambda i: "u" + letters(i),
    n_posts: int = 30,
    minute: Callable[[int], float] | None = None,
    id_len: int = 0,
) -> list[dict[str, Any]]:
    out = []
    for i in range(n):
        p = i % n_posts
        at = minute(i) if minute else p * 600 + 5 + (i * 13) % 500
        out.append(
            {
                "post_id": post_id(p, id_len),
                "author": author(i),
                "text": text(i),
                "posted_at": stamp(at),
                "likes": i % 7,
            }
        )
    return out


def account(i: int, username: str | None = None, long: int = 0) -> dict[str, Any]:
    name = username if username is not None else "f" + letters(i, 5)
    if long:
        name = (name + "y" * long)[:long]
    return {
        "id": ("id" + letters(i, 5) + "z" * long)[: max(long, 7)],
        "username": name,
        "followers": (i * 37) % 900,
        "following": (i * 53) % 4000,
        "posts": (i * 11) % 300,
        "has_avatar": i % 3 != 0,
        "bio": "",
        "created_at": (date(2018, 1, 1) + timedelta(days=i % 2500)).isoformat(),
    }


# ------------------------------------------------------------------------ the shapes (n -> dict)


def _mention_web(n: int) -> dict[str, Any]:
    names = ["m" + letters(a, 3) for a in range(50)]
    return creator(
        comments_of(
            n,
            author=lambda i: names[i % 50],
            text=lambda i: " ".join("@" + x for x in names if x != names[i % 50]),
        )
    )


def _mention_many(n: int) -> dict[str, Any]:
    # every comment @-mentions 300 other commenters of the section
    return creator(
        comments_of(
            n,
            text=lambda i: " ".join("@u" + letters((i + j) % n) for j in range(1, 301)),
        )
    )


def _near_identical(i: int) -> str:
    base = list("love this so much keep going with your videos they are great really")
    base[i % len(base)] = chr(0x4E00 + i // len(base) % 2000)  # one character differs
    return "".join(base)


def _template(i: int) -> str:
    return (
        f"wow {WORDS[i % 29]} this {WORDS[(i // 29) % 29]} is so "
        f"{WORDS[(i // 841) % 29]} and the {letters(i)} best ever"
    )


def _history(n: int, kind: str) -> list[dict[str, Any]]:
    out = []
    for d in range(n):
        if kind == "flat":
            followers = 10_000
        elif kind == "alternating":
            followers = 10_000 if d % 2 else 90_000
        elif kind == "zeros":  # every other count a failed scrape's 0
            followers = 0 if d % 2 else 10_000 + d
        elif kind == "zero_run":  # one run of zeros, its middle half, between real counts
            followers = 0 if n // 4 <= d < 3 * n // 4 else 10_000 + 20 * d
        elif kind == "dips":  # every other count a fall of more than half, back the next day
            followers = 3_000 if d % 2 else 10_000 + d
        else:  # wild jumps
            followers = 10_000 + ((d * 7919) % 97) ** 3
        snapshot = {
            "date": (date(2025, 12, 31) - timedelta(days=n - 1 - d)).isoformat(),
            "followers": followers,
        }
        if kind == "following_zeros":
            snapshot["following"] = 0 if d % 2 else 300
        out.append(snapshot)
    return out


def _digit_run_name(i: int) -> str:
    """A 200-character username: a long digit run, then a space (which sends it off the
    columnar pass to the per-name reference) and a tag."""
    return "7" * 190 + " x" + letters(i, 4)


def _hangul_name(i: int) -> str:
    """A 200-character username of distinct Hangul syllables (letters, not ideographs)."""
    return "".join(chr(0xAC00 + (i * 7 + j * 31) % 11172) for j in range(200))


def _crafted(i: int) -> str:
    """The crafted texts of ``benchmarks/worst_text.py`` (the comment rules' worst, session
    57), in turn; past the first round each has a tag written over its middle, so that no text
    repeats (a repeated text is classified once)."""
    import worst_text

    texts = [t[:5000] for name, t in worst_text.TEXTS.items() if not name.startswith("ordinary")]
    text = texts[i % len(texts)]
    if i >= len(texts):
        tag, middle = letters(i // len(texts)), len(text) // 2
        text = text[:middle] + tag + text[middle + len(tag) :]
    return text


def _chunk(n: int) -> list[dict[str, Any]]:
    """``n`` creators in one chunk, their commenters shared (one campaign across accounts)."""
    shared = ["c" + letters(a, 3) for a in range(200)]
    return [
        creator(
            comments_of(
                400,
                author=lambda i: shared[i % 200],
                text=lambda i: "great collab check my page for more " + letters(i // 3),
            ),
            creator_id=f"worst:chunk{letters(c)}",
        )
        for c in range(n)
    ]


SHAPES: dict[str, tuple[Callable[[int], Any], int]] = {
    # name: (n -> creator dict or list of creator dicts, the base n)
    "comments_distinct_authors": (lambda n: creator(comments_of(n)), 5000),
    "comments_one_author": (lambda n: creator(comments_of(n, author=lambda i: "solo")), 5000),
    "comments_mention_web_50": (_mention_web, 3000),
    "comments_mention_300": (_mention_many, 500),
    "comments_identical": (
        lambda n: creator(comments_of(n, text=lambda i: "love this so much keep going")),
        5000,
    ),
    "comments_near_identical": (lambda n: creator(comments_of(n, text=_near_identical)), 5000),
    "comments_template": (lambda n: creator(comments_of(n, text=_template)), 5000),
    "comments_same_time": (lambda n: creator(comments_of(n, minute=lambda i: 5)), 5000),
    "comments_one_post": (lambda n: creator(comments_of(n, n_posts=1)), 5000),
    "comments_1000_posts": (
        lambda n: creator(comments_of(n, n_posts=1000), posts=default_posts(1000)),
        5000,
    ),
    "comments_long_text": (
        lambda n: creator(comments_of(n, text=lambda i: sentence(i, 700)[:4990])),
        250,
    ),
    "comments_latin_chinese_runs": (
        lambda n: creator(comments_of(n, text=lambda i: letters(i) + "a中" * 2490)),
        125,
    ),
    "comments_measure_chinese_runs": (
        lambda n: creator(comments_of(n, text=lambda i: letters(i) + "5kg码" * 1245)),
        125,
    ),
    "comments_long_ids": (
        lambda n: creator(
            comments_of(n, author=lambda i: ("u" + letters(i) + "q" * 200)[:200], id_len=200),
            posts=default_posts(30, id_len=200),
        ),
        5000,
    ),
    "comments_unknown_posts": (
        lambda n: creator(
            [{**c, "post_id": "q" + letters(i)} for i, c in enumerate(comments_of(n))]
        ),
        5000,
    ),
    "comments_no_author": (
        lambda n: creator([{k: v for k, v in c.items() if k != "author"} for c in comments_of(n)]),
        5000,
    ),
    "comments_regulars_1000_posts": (
        lambda n: creator(
            comments_of(n, author=lambda i: "r" + letters(i // 1000 % 20), n_posts=1000),
            posts=default_posts(1000, same_time=True),
        ),
        5000,
    ),
    "comments_creator_replies": (
        lambda n: creator(
            [{**c, "from_creator": i % 2 == 0} for i, c in enumerate(comments_of(n))]
        ),
        5000,
    ),
    "comments_crafted_texts": (lambda n: creator(comments_of(n, text=_crafted)), 64),
    "comments_spam_lure": (
        lambda n: creator(comments_of(n, text=lambda i: "资源看我签名 加我 " + letters(i))),
        5000,
    ),
    "comments_follow_back": (
        lambda n: creator(comments_of(n, text=lambda i: f"follow me back {letters(i)} f4f l4l")),
        5000,
    ),
    "comments_emoji": (
        lambda n: creator(
            comments_of(
                n, text=lambda i: "".join(chr(0x1F600 + (i >> b) % 40) for b in range(0, 20, 2))
            )
        ),
        5000,
    ),
    "comments_after_as_of": (
        lambda n: {**creator(comments_of(n)), "as_of": "2024-06-01T00:00:00Z"},
        5000,
    ),
    "comments_exact_repeats": (
        lambda n: creator(
            comments_of(
                n,
                text=lambda i: "love it so much",
                author=lambda i: "a",
                n_posts=1,
                minute=lambda i: 5,
            )
        ),
        5000,
    ),
    "comments_repeats_other_times": (
        lambda n: creator(
            comments_of(n, text=lambda i: "love it so much", author=lambda i: "a", n_posts=1)
        ),
        5000,
    ),
    "posts_same_time": (lambda n: creator(posts=default_posts(n, same_time=True)), 250),
    "posts_spread": (lambda n: creator(posts=default_posts(n)), 250),
    "history_wild": (lambda n: creator(history=_history(n, "wild")), 915),
    "history_flat": (lambda n: creator(history=_history(n, "flat")), 915),
    "history_alternating": (lambda n: creator(history=_history(n, "alternating")), 915),
    "history_zeros": (lambda n: creator(history=_history(n, "zeros")), 915),
    "history_zero_run": (lambda n: creator(history=_history(n, "zero_run")), 915),
    "history_dips": (lambda n: creator(history=_history(n, "dips")), 915),
    "history_following_zeros": (lambda n: creator(history=_history(n, "following_zeros")), 915),
    "followers_distinct": (lambda n: creator(sample=[account(i) for i in range(n)]), 1250),
    "followers_same_name": (
        lambda n: creator(sample=[account(i, username="same") for i in range(n)]),
        1250,
    ),
    "followers_long_names": (
        lambda n: creator(sample=[account(i, long=200) for i in range(n)]),
        1250,
    ),
    "followers_digit_run_names": (
        lambda n: creator(sample=[account(i, username=_digit_run_name(i)) for i in range(n)]),
        1250,
    ),
    "followers_digit_run_length": (  # n: the length of the digit run, 5,000 followers
        lambda n: creator(
            sample=[account(i, username="7" * n + " x" + letters(i)) for i in range(5000)]
        ),
        48,
    ),
    "followers_hangul_names": (
        lambda n: creator(sample=[account(i, username=_hangul_name(i)) for i in range(n)]),
        1250,
    ),
    "chunk_shared_commenters": (_chunk, 25),
}


def body_of(value: Any) -> list[bytes]:
    items = value if isinstance(value, list) else [value]
    return [json.dumps(item, ensure_ascii=False).encode() for item in items]


def fresh(scorer: Any) -> None:
    """Empty input caches: each measurement classifies its texts and reads its names (a cache
    warmed by the n run, or the first repeat, would make the next look cheaper than it is)."""
    from fraud.comment_quality import ByteBoundedCache

    classifier = scorer.extractor.comment_classifier
    if classifier is not None and hasattr(classifier, "_cache"):
        classifier._cache = ByteBoundedCache(classifier._cache.max_bytes)
    # the bounded memo caches (lru_cache(maxsize=...)) remember inputs; the unbounded ones
    # (functools.cache) hold tables built once, which every request shares
    for module in list(sys.modules.values()):
        if not getattr(module, "__name__", "").startswith("fraud"):
            continue
        for value in list(vars(module).values()):
            parameters = getattr(value, "cache_parameters", None)
            if parameters is not None and parameters()["maxsize"] is not None:
                value.cache_clear()


REPORT = False  # --report: time the HTML report of the creators (POST /v1/report) instead


def cpu(scorer: Any, raws: list[bytes], repeats: int) -> float:
    from fraud.batch import score_chunk

    best = float("inf")
    for _ in range(repeats):
        fresh(scorer)
        start = time.process_time()
        if REPORT:
            report(scorer, raws)
        else:
            outcomes = score_chunk(scorer, raws)
            bad = [o.reason for o in outcomes if not o.ok]
            if bad:
                raise SystemExit(f"rejected: {bad[0]}")
        best = min(best, time.process_time() - start)
    return best


def report(scorer: Any, raws: list[bytes]) -> None:
    """The report page of each creator, as ``POST /v1/report`` builds it."""
    from fraud.report.page import build_report
    from fraud.validation import parse_creator

    for raw in raws:
        record = parse_creator(raw)
        if isinstance(record, str):
            raise SystemExit(f"rejected: {record}")
        page = build_report(scorer, [(1, record)])
        if page.rejected:
            raise SystemExit(f"report failed: {page.rejected[0].message}")


def full_size(make: Callable[[int], Any], base: int) -> int:
    """The largest n (a multiple of the base's quarter, at most 4n... or the schema's bound)
    whose body fits in 5 MiB."""
    n = 4 * base
    while sum(map(len, body_of(make(n)))) > MAX_BODY and n > 1:
        n = int(n * 0.9)
    return n


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shape", action="append", help="only these shapes")
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--profile", help="cProfile this shape at 4n")
    parser.add_argument("--report", action="store_true", help="time the HTML report instead")
    args = parser.parse_args(argv)
    global REPORT
    REPORT = args.report
    from fraud.scoring import Scorer

    scorer = Scorer.load()
    if args.profile:
        make, base = SHAPES[args.profile]
        raws = body_of(make(full_size(make, base)))
        profiler = cProfile.Profile()
        profiler.enable()
        cpu(scorer, raws, 1)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)
        return 0
    cpu(scorer, body_of(SHAPES["comments_distinct_authors"][0](200)), 1)  # warm up
    print(
        f"{'shape':28} {'n':>6} {'cpu(n) s':>9} {'cpu(4n) s':>9} {'ratio':>6}"
        f" {'MiB(4n)':>8} {'full n':>7} {'s/MiB':>7}"
    )
    worst = (0.0, "")
    for name, (make, base) in SHAPES.items():
        if args.shape and name not in args.shape:
            continue
        small = cpu(scorer, body_of(make(base)), args.repeats)
        big_raws = body_of(make(4 * base))
        big_mib = sum(map(len, big_raws)) / 2**20
        if big_mib * 2**20 > MAX_BODY:
            n_full = full_size(make, base)
            full_raws = body_of(make(n_full))
        else:
            n_full, full_raws = 4 * base, big_raws
        big = (
            cpu(scorer, big_raws, args.repeats)
            if big_mib * 2**20 <= MAX_BODY * 1.6
            else float("nan")
        )
        full = big if full_raws is big_raws else cpu(scorer, full_raws, args.repeats)
        per_mib = full / (sum(map(len, full_raws)) / 2**20)
        worst = max(worst, (per_mib, name))
        print(
            f"{name:28} {base:6} {small:9.3f} {big:9.3f} {big / small:6.1f} {big_mib:8.2f}"
            f" {n_full:7} {per_mib:7.3f}",
            flush=True,
        )
    print(f"worst CPU per MiB of body: {worst[0]:.3f} s ({worst[1]})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

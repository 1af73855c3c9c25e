"""CPU milliseconds to classify one crafted comment text of up to 5,000 characters (the
service's limit), on the chunk path and on the per-text reference, best of ``--repeats``:
the texts that cost the comment rules' regular expressions time growing faster than the
text (session 57: 5,000 digits took 0.45 s, a row of @ before digits 4.7 s, "im " * 30
before "watching" minutes), and a few ordinary ones for scale.

    python benchmarks/worst_text.py [--repeats 3]

tests/test_text_worst_case.py bounds the same texts.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

#: the crafted texts (tests/test_text_worst_case.py bounds each), and two ordinary ones for
#: scale; what each cost the patterns before session 57 is beside it
TEXTS = {
    "ordinary (en)": "this is so good, I made it for my family last night and they loved it " * 20,
    "ordinary (zh)": "这个视频太好看了，博主的剪辑和调色都很厉害，期待下一期！" * 40,
    # a digit run, as digits, circled or full-width (NFKC folds both): _MONEY_AMOUNT read the
    # rest of the run from each digit (0.45 s)
    "digits": "1" * 5000,
    "circled digits": "\u2460" * 5000,
    "full-width digits": "\uff11" * 5000,
    "digits and points": "0." * 2500,
    "a claim and digits and commas": "I made " + "0," * 2496,
    # ... and the money_amount fragment of fragments.txt, behind a row of @ (4.7 s), gain words
    # (1.4 s) or "i" (0.3 s); after four commas it still starts again (linear: 25 ms at most)
    "a row of @ and digits": "@" * 200 + "1" * 4794 + "profit",
    "gain words and digits": "made " * 16 + "1" * 4914 + " profit",
    "i and digits and commas": "i " + "1," * 2498 + "profit",
    "digits after four commas": "1,,,," * 995 + " usd profit x",
    # ... and gain words before such a run: each read the run again from every fifth
    # character within its 80 (s58: 9 ms, 1 ms now)
    "gain words and digits after four commas": "roi " * 20 + "1,,,," * 983 + " usd profit x",
    # timestamp anchors: the regex read up to the > and the < after it from each <a href="
    # (s58: 12 ms)
    "timestamp anchors and a late >": '<a href="?t=1"' * 178 + ">" + "y" * 2507,
    # a contact word and spaces: \s*[:：]?\s* shared the spaces out in every way (0.3 s)
    "a contact word and spaces": "加微信 " + " " * 4995,
    # "im " read as i'?m or as im, 2^21 ways (1.3 s; each "im " more doubles it)
    "im im im ... watching (x21)": "im " * 21 + "watching",
    # the spam cue "\b(dm|message|contact) .*\bcollab\b" read the rest of the line from each
    # first word, and "\bcollab\b.*\b(dm|message|contact)\b" from each collab (0.1 s)
    "dm dm dm ... collab": "dm " * 1664 + "\ncollab",
    # links to a video taken out: the anchor way read up to the next > from each <a (0.1 s),
    # and shared spaces after the > out between two runs of spaces (0.1 s)
    "a link and <a <a <a ...": "youtu " + "<a " * 1665,
    "an anchor to a video and spaces": 'youtu <a href="youtu.be/x">' + " " * 4970,
    # a run holding many starts of a bare link and, at its end, what a link may not hold: the
    # link way read from each start to that end (65 to 95 ms; a review of s57)
    "links in a run and an @": "?youtu.be/x" * 450 + "@",
    "article links in a run and %3a": "(m.wikipedia.org/x" * 277 + "%3a",
    # lure rules of lures.txt with \s*X?\s*, a first word and spaces (0.4 to 1.3 s)
    "a call to add and spaces": "有需要的朋友们来" + " " * 4990 + "x",
    "a phone job and spaces": "一部手机就做" + " " * 4990 + "x",
    "an app name and spaces": "snap" + " " * 4995 + "x",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)

    from fraud.comment_quality import CommentClassifier

    classifier = CommentClassifier.load()
    classifier.classify_with_lures(["warm up: 加微信 abc 1,000 usd profit @amy http://x.co"])
    print(f"{'text':34s} {'chars':>5s} {'chunk ms':>9s} {'reference ms':>13s}")
    for name, text in TEXTS.items():
        best = {}
        for fast in (True, False):
            classifier.fast = fast
            times = []
            for _ in range(args.repeats):
                classifier.clear_cache()
                started = time.process_time()
                classifier.classify_with_lures([text])
                times.append(time.process_time() - started)
            best[fast] = min(times)
        print(f"{name:34s} {len(text):5d} {best[True] * 1e3:9.1f} {best[False] * 1e3:13.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

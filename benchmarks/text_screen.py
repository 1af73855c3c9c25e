"""A screen for regular expressions whose search time grows faster than the text (ReDoS).

Session 57 found fourteen regular expressions of the comment rules (fraud/comment_quality.py
and the lexicons under fraud/lexicons/) that read a long run again from each of its positions,
or an ambiguous repeat in every way: one crafted 5,000-character comment pinned a service
worker for seconds to minutes. The lexicons are edited often; this screen looks for such a
pattern again, in two passes:

1. Each pattern code in ``fraud/`` compiles (``re._compile`` is wrapped before ``fraud`` is
   imported; the models are loaded, the example creators scored and a few comments classified
   on both paths, and every lexicon pattern and its fast form compiled, so the patterns built
   on first use exist too) is searched in adversarial texts of 4,000 characters: repeats of
   one or two characters (a common set and the pattern's own), of the pattern's literals and
   a literal and a character, a literal before or after a long run of one character, and the
   start of a random example match (once, or written over a fifth of the text) before a run
   of its next or last character, a space or a digit; and rows of the pattern's own starts
   (its literal prefixes and gate literals, after nothing or a "?", and example matches cut
   before a stop) over the whole text, then a stop the pattern may not hold or meet (what
   its negated classes leave out, its negative lookaheads' starts, or \x01): a match tried
   from each start reads to the stop and fails there ("?youtu.be/x" * 450 + "@", which the
   screen of s57 missed). When a search takes more than
   ``--pattern-ms`` (5 ms) at 4,000 characters it is timed again at 1,000 (best of 3 at each);
   the pattern is flagged when the time grew more than ``--ratio`` (8) times for 4 times the
   text (linear: about 4, quadratic: about 16), or when a search did not end within
   ``--cap-ms`` (200 ms of CPU: an ambiguous repeat read in every way, the shortest such text
   is given). The fourteen of session 57 took 20 ms to minutes at 4,000 characters; a search
   of at most 5 ms there costs at most some 8 ms at the service's 5,000 even if quadratic.
2. The whole comment classifier (``CommentClassifier.classify`` from an empty cache, on the
   chunk path and on the per-text reference) on texts of 4,000 characters: a prefix (nothing,
   a contact call, a money claim, a link...) then a unit repeated (the characters and pairs
   above, and units of the texts that were slow), then nothing or a suffix of trigger words
   (a rule only runs when its literals are in the text). A text that takes more than
   ``--text-ms`` (20 ms) is timed again at 1,000 and 4,000 characters (best of 3) and flagged
   when the ratio exceeds ``--ratio``, or when it takes more than ``--cap-ms``.

Exit status 1 when anything is flagged. Deterministic (fixed seed). CPU time throughout
(time.thread_time; the timeouts are ITIMER_PROF, CPU time too). A pattern the code only
fullmatches, keeps from some texts, or reads through a class of its own (_BareLinks), is
screened so (:data:`USES`, each with its reason).

    python benchmarks/text_screen.py [--only-patterns | --only-classifier] [--progress]

Run time on the 2-core machine of session 57 (loaded): see ``make text-screen`` in README.md.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import itertools
import json
import random
import re
import signal
import sys
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

#: characters repeated in every pattern's texts (digits, letters, spaces, separators,
#: Chinese, circled and full-width digits, currency signs, an emoji, quotes, tag brackets)
COMMON = [*"1a z_.,-:@/#\n\t'\"<>+", "中", "微", "①", "１", "$", "€", "\u3000", "😀"]
#: of which those paired with each other and with the pattern's own characters
PAIRED = [*"1a ,.:@<", "中"]
#: and a character then four of another (a lookbehind that looks back three: "1,,,,")
FOURS = [x + y * 4 for x in "1a" for y in ",. @"]
#: metacharacters: not taken as a pattern's own characters
META = set("()[]{}?*+|^$\\")
#: a run of literal characters in a pattern's source
LITERAL = re.compile(r"(?:[^()\[\]{}?*+|^$\\.]|\\[.$?*+()\[\]{}|^\\/-])+")
#: per pattern: at most this many of its own characters, and of its literals
OWN_CHARS, OWN_LITERALS, ANCHOR_LITERALS = 12, 16, 8

#: prefixes and units of the whole-classifier pass
PREFIXES = [
    "",
    "DM me ",
    "加微信 ",
    "make money ",
    "I made ",
    "youtu ",
    "有需要的朋友们来",
    "一部手机就做",
    "snap",
    "im ",
    "@amy ",
]
SUFFIXES = ["", " x profit collab watching 2024 usd dm 微信"]
KNOWN_UNITS = [
    "im ",
    "i'm ",
    "dm ",
    "<a ",
    "1,",
    "0.",
    "1,,,,",
    "made ",
    "i ",
    "@1",
    "vx ",
    "1 ",
    "$1",
    "ha",
    "哈",
    "me ",
    "still ",
    "wx",
    "+ ",
    "😀 ",
]


#: Patterns the code never searches for as the screen does, and how it uses them: tried from a
#: text's start to its end only ("fullmatch": screened so), or never on the texts a guard finds
#: (the code reads those another way: such texts are left out). Each is found by the file that
#: compiles it and the start of its source, and holds only while the code says so: ``evidence``
#: is in that file, and (fullmatch) nothing in fraud/ calls another method of ``name``.
@dataclass(frozen=True)
class Use:
    file: str
    starts: str
    name: str
    evidence: str
    fullmatch: bool = False
    guard: str | None = None
    why: str = ""
    #: read through this instead of searched (a name of READERS)
    reader: str | None = None

    def holds(self, package: Path) -> bool:
        try:
            if self.evidence not in (package / self.file).read_text(encoding="utf-8"):
                return False
        except OSError:
            return False
        if self.fullmatch:
            other = re.compile(
                rf"\b{re.escape(self.name)}\.(?:search|match|sub|subn|findall|finditer|split)\("
            )
            for path in package.rglob("*.py"):
                if other.search(path.read_text(encoding="utf-8")):
                    return False
        return True


USES = [
    Use(
        "comment_quality.py",
        "x+d+",
        "_XD",
        "_XD.fullmatch(",
        fullmatch=True,
        why="fullmatch of one token",
    ),
    Use(
        "comment_quality.py",
        "(?:(?:lol|lmao|",
        "tag_remark",
        "tag_remark.fullmatch(",
        fullmatch=True,
        why="fullmatch of a comment's tokens",
    ),
    Use(
        "audience.py",
        r"\d{5,}|(?=[0-9a-f]*\d)",
        "_PLATFORM_ID",
        "_PLATFORM_ID.fullmatch(",
        fullmatch=True,
        why="fullmatch of a name (_PLATFORM_ID_LINES, ^...$ per line, is screened as it is)",
    ),
    Use(
        "comment_quality.py",
        '<a\\s[^>]*?href="',
        "_reference_link",
        "if starts > _MANY_LINK_STARTS or _ANCHOR_IN_ANCHOR.search(prepared):",
        guard=r"<a\s[^>]*?<a\s|(?:(?:youtu|wikipedia)(?:(?!youtu|wikipedia)[\s\S])*){9}",
        why="a text in which an <a opens before the one before it closed, or that holds more"
        " than 8 link starts, is read anchor by anchor"
        " (_without_reference_links_anchor_by_anchor, its bare links by _BareLinks)",
    ),
    Use(
        "comment_quality.py",
        "(?<![\\w.@/-])(?:https?://)?",
        "_BareLinks",
        "found = self.link.match(text, at)",
        reader="_BareLinks",
        why="the bare link way and its start alone (_reference_link_ways) are read only by"
        " _BareLinks, which skips a start whose stop lies 40+ characters on in its run",
    ),
]


def _bare_links(text: str) -> None:
    """Every bare link of ``text`` as the code finds them (:class:`_BareLinks`)."""
    from fraud.comment_quality import _BareLinks

    links, position = _BareLinks(text), 0
    while (found := links.search(position)) is not None:
        position = max(found.end(), found.start() + 1)


#: how a pattern of :data:`USES` with a ``reader`` is read
READERS: dict[str, Callable[[str], object]] = {"_BareLinks": _bare_links}


def use_of(entry: Captured, package: Path) -> Use | None:
    """How the code uses the pattern, when :data:`USES` says so and the code still does."""
    for use in USES:
        if entry.owner.startswith(use.file) and entry.source.startswith(use.starts):
            return use if use.holds(package) else None
    return None


SEED = 57
LONG, SHORT = 4000, 1000


class _Timeout(Exception):
    pass


def _on_alarm(signum: int, frame: Any) -> None:
    raise _Timeout


def _timed(call: Callable[[str], object], text: str, cap: float) -> float:
    """CPU seconds of ``call(text)``; ``inf`` when it did not end within ``cap`` CPU seconds (the
    regex engine checks for signals as it goes, so a search in every way is cut short)."""
    previous = signal.signal(signal.SIGPROF, _on_alarm)
    signal.setitimer(signal.ITIMER_PROF, cap)
    # (thread_time: while a process CPU timer is armed, Linux counts the process's CPU time,
    # process_time, in whole ticks of 4 ms here)
    started = time.thread_time()
    try:
        call(text)
        return time.thread_time() - started
    except _Timeout:
        return float("inf")
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def _best(call: Callable[[str], object], text: str, cap: float, repeats: int = 3) -> float:
    best = float("inf")
    for _ in range(repeats):
        took = _timed(call, text, cap)
        best = min(best, took)
        if took == float("inf"):
            break
    return best


# --------------------------------------------------------------------------- capture


@dataclass
class Captured:
    source: str
    flags: int
    owner: str  # file:line of the code in fraud/ that compiled it


def capture_patterns() -> tuple[list[Captured], Any]:
    """Every regular expression code in ``fraud`` compiles, with where; and a loaded
    :class:`CommentClassifier`. Must run before ``fraud`` is imported (it wraps
    ``re._compile``: the patterns compiled at import time are caught too)."""
    if any(name == "fraud" or name.startswith("fraud.") for name in sys.modules):
        raise RuntimeError("capture_patterns() must run before fraud is imported")
    original = re._compile  # type: ignore[attr-defined]
    seen: dict[tuple[str, int], str] = {}

    def hook(pattern: Any, flags: Any) -> Any:
        compiled = original(pattern, flags)
        key = (compiled.pattern, compiled.flags)
        if isinstance(compiled.pattern, str) and key not in seen:
            frame = sys._getframe(1)
            while frame is not None and (
                "/re/" in frame.f_code.co_filename
                or frame.f_code.co_filename.endswith(("/functools.py", "/re.py"))
            ):
                frame = frame.f_back  # type: ignore[assignment]
            if frame is not None:
                seen[key] = f"{frame.f_code.co_filename}:{frame.f_lineno}"
        return compiled

    re._compile = hook  # type: ignore[attr-defined]
    try:
        classifier = _exercise()
    finally:
        re._compile = original  # type: ignore[attr-defined]
    import fraud

    package = str(Path(fraud.__file__).resolve().parent) + "/"
    captured = [
        Captured(source, flags, owner[len(package) :])
        for (source, flags), owner in seen.items()
        if str(Path(owner.rsplit(":", 1)[0]).resolve()).startswith(package)
    ]
    return captured, classifier


#: comments classified on both paths while patterns are captured (each reaches some rule)
SAMPLES = [
    "DM me on whatsapp +1 555 123 4567 I made $5,000 profit",
    "加微信 abc123 赚钱",
    "great video 😀 :) [doge]",
    "1" * 50,
    "make money fast www.x.com",
    "①②③ ｖｘ",
    '<a href="x?t=12">0:12</a> nice<br>',
    "回复 li：jia wei xin",
    "s i w o  v x 1 2 3",
    "https://youtu.be/abc i earn $500 profit",
    'youtu <a <a href="https://youtu.be/x">x</a> ok',
    "wo de vx shi 123",
    "who's here in 2024",
    "i'm still watching in 2025",
    "@amy lol",
    "snap: lily_123",
    "有需要的朋友们来+薇",
    "一部手机就做",
    "god bless mrs tina I got $35,000 from my investment",
    "collab? dm me",
    "哈哈哈哈",
    "+v看简介",
    "check out my bio",
    "",
]


def _exercise() -> Any:
    """Load the models, score the example creators and classify :data:`SAMPLES` on both
    paths, compile every lexicon pattern (fraud is imported here)."""
    from fraud.comment_quality import CommentClassifier
    from fraud.scoring import Scorer

    scorer = Scorer.load()
    try:
        from fraud.validation import parse_creator

        lines = (ROOT / "data" / "samples" / "creators.jsonl").read_bytes().splitlines()
        parsed = [parse_creator(line) for line in lines if line.strip()]
        records = [record for record in parsed if not isinstance(record, str)]
        scorer.score_many(records)
        scorer.score_many_reference(records)
    except Exception as error:  # the creator path is a bonus: the comment rules matter here
        print(f"(scoring the example creators failed: {error!r})", file=sys.stderr)
    classifier = CommentClassifier.load()
    for fast in (True, False):
        classifier.fast = fast
        classifier.clear_cache()
        classifier.classify_with_lures(SAMPLES)
        for text in SAMPLES:
            classifier.clear_cache()
            classifier.classify_with_lures([text])
    classifier.fast = True
    classifier.clear_cache()
    from fraud import text_patterns

    for holder in gc.get_objects():
        if isinstance(holder, text_patterns.GatedPatterns):
            holder.compile_all()
            ungated_for = getattr(holder, "_ungated_for", None)
            if ungated_for is not None:
                for first in list(getattr(holder, "_by_first", ())):
                    ungated_for(first)
    return classifier


def lexicon_lines() -> dict[str, str]:
    """Per pattern written in a lexicon file (a line's last tab-separated field): file:line."""
    import fraud

    where: dict[str, str] = {}
    for path in sorted((Path(fraud.__file__).parent / "lexicons").glob("*.txt")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip() and not line.startswith("#"):
                where.setdefault(line.split("\t")[-1], f"lexicons/{path.name}:{number}")
    return where


# --------------------------------------------------------------------------- example matches


def _parser() -> Any:
    from re import _parser as parser  # type: ignore[attr-defined]

    return parser


#: what a character class or category yields in an example (first choice, then others)
_CATEGORY_CHARS = {
    "CATEGORY_DIGIT": "1",
    "CATEGORY_NOT_DIGIT": "a",
    "CATEGORY_SPACE": " ",
    "CATEGORY_NOT_SPACE": "a",
    "CATEGORY_WORD": "a",
    "CATEGORY_NOT_WORD": " ",
    "CATEGORY_LINEBREAK": "\n",
    "CATEGORY_NOT_LINEBREAK": "a",
}
_CANDIDATES = "a1 ._-,:@/#x中\n"


def _class_char(items: list[Any], rng: random.Random) -> str:
    """A character of a character class (``[...]``: its items), when one is found."""
    negate = any(str(op) == "NEGATE" for op, _ in items)
    chars: list[str] = []
    for op, value in items:
        name = str(op)
        if name == "LITERAL":
            chars.append(chr(value))
        elif name == "RANGE":
            chars.append(chr(rng.randint(value[0], min(value[1], value[0] + 25))))
        elif name == "CATEGORY":
            chars.append(_CATEGORY_CHARS.get(str(value).replace("_UNI_", "_"), "a"))
    if not negate:
        return rng.choice(chars) if chars else "a"
    for char in _CANDIDATES:
        if re.fullmatch("[" + "".join(re.escape(c) for c in chars) + "]", char) is None:
            return char
    return "z"


def _example(items: Any, rng: random.Random, out: list[str]) -> None:
    """Append to ``out`` a random text the parsed pattern ``items`` may match (lookarounds
    and anchors are left out: a near-match serves as well)."""
    for op, value in items:
        name = str(op)
        if name == "LITERAL":
            out.append(chr(value))
        elif name == "NOT_LITERAL":
            out.append("a" if value != ord("a") else "b")
        elif name == "ANY":
            out.append(rng.choice("a1 ."))
        elif name == "IN":
            out.append(_class_char(value, rng))
        elif name == "CATEGORY":
            out.append(_CATEGORY_CHARS.get(str(value).replace("_UNI_", "_"), "a"))
        elif name == "BRANCH":
            _example(rng.choice(value[1]), rng, out)
        elif name == "SUBPATTERN":
            _example(value[-1], rng, out)
        elif name == "ATOMIC_GROUP":
            _example(value, rng, out)
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, high, inner = value
            count = rng.randint(low, min(high, low + 2))
            for _ in range(min(count, 40)):
                _example(inner, rng, out)
        elif name == "GROUPREF_EXISTS":
            _example(value[1], rng, out)
        # AT, ASSERT, ASSERT_NOT, GROUPREF: nothing


def examples(source: str, flags: int, rng: random.Random, count: int = 3) -> list[str]:
    """Up to ``count`` distinct random texts that (nearly) match ``source``."""
    try:
        parsed = _parser().parse(source, flags)
    except Exception:
        return []
    found: dict[str, None] = {}
    for _ in range(count * 2):
        out: list[str] = []
        try:
            _example(parsed, rng, out)
        except Exception:
            continue
        found["".join(out)[:80]] = None
        if len(found) >= count:
            break
    return list(found)


# --------------------------------------------------------------------------- rows of starts

#: per pattern: at most this many of its literal starts and of its stops in rows of starts
ROW_STARTS, ROW_STOPS = 4, 3
#: before each literal start of a row: nothing, or a character a link's rest holds and a
#: lookbehind such as (?<![\w.@/-]) lets a start follow ("?youtu.be/x" * 450 + "@": s57's
#: review)
ROW_SEPARATORS = ["", "?"]


def row_starts(source: str, flags: int, rng: random.Random) -> list[str]:
    """The strings a match of ``source`` starts with (of each top-level alternative: its
    literal prefix, at least two characters) and the literals one of which every match holds
    (its gate): what a row of them repeated gives a pattern a start at every unit."""
    from fraud import text_patterns

    found: dict[str, None] = {}
    try:
        for branch in text_patterns.split_top_level(source):
            prefixes, _ = text_patterns._prefixes(list(_parser().parse(branch, flags)), True)
            found.update(dict.fromkeys(p for p in sorted(prefixes) if len(p) >= 2))
        found.update(dict.fromkeys(sorted(text_patterns.required_literals(source) or ())))
    except Exception:
        pass
    starts = list(found)
    return starts if len(starts) <= ROW_STARTS else rng.sample(starts, ROW_STARTS)


def example_heads(
    source: str, flags: int, rng: random.Random, stops: list[str]
) -> list[tuple[str, str]]:
    """(head, stop): random example matches cut before a stop in them (``<a href="?t=a"a``
    of ``<a href="?t=a"a>a</a>``, then ``>``), at most two per example."""
    heads: list[tuple[str, str]] = []
    for sample in examples(source, flags, rng, 2):
        cuts = [
            (i, stop) for i in range(2, len(sample)) for stop in stops if sample.startswith(stop, i)
        ]
        heads += [(sample[:i], stop) for i, stop in cuts[:2]]
    return list(dict.fromkeys(heads))


def row_stops(source: str, flags: int, rng: random.Random) -> list[str]:
    """What a match of ``source`` may not hold or meet, by its parse: the characters its
    negated classes leave out ([^"], [^>]), and the starts of its negative lookarounds
    ((?!https?:|www\\.|%3a|@)); and a character no pattern names. A row of starts ending in
    one of these is read from each start to the end and fails there."""
    from fraud import text_patterns

    stops: dict[str, None] = {}

    def walk(items: Any) -> None:
        for op, value in items:
            name = str(op)
            if name == "NOT_LITERAL":
                stops[chr(value)] = None
            elif name == "IN" and any(str(kind) == "NEGATE" for kind, _ in value):
                stops.update(dict.fromkeys(chr(v) for kind, v in value if str(kind) == "LITERAL"))
            elif name == "ASSERT_NOT":
                prefixes, _ = text_patterns._prefixes(list(value[1]), True)
                stops.update(dict.fromkeys(p for p in sorted(prefixes) if p))
            if name in ("ASSERT", "ASSERT_NOT"):
                walk(value[1])
            elif name == "BRANCH":
                for branch in value[1]:
                    walk(branch)
            elif name == "SUBPATTERN":
                walk(value[-1])
            elif name == "ATOMIC_GROUP":
                walk(value)
            elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
                walk(value[2])

    with contextlib.suppress(Exception):
        walk(_parser().parse(source, flags))
    own = [stop for stop in stops if stop != "\n"]
    own = own if len(own) <= ROW_STOPS else rng.sample(own, ROW_STOPS)
    return list(dict.fromkeys([*own, "\x01"]))


# --------------------------------------------------------------------------- pattern pass


def adversarial_texts(
    source: str, rng: random.Random, flags: int = 0
) -> Iterator[tuple[str, Callable[[int], str]]]:
    """(name, text of a given length) for one pattern: runs of one or two characters, of its
    literals, and a literal before or after a long run."""
    own = sorted(
        {c for c in source if c not in META and not ("\ud800" <= c <= "\udfff")} - set(COMMON)
    )
    own = own if len(own) <= OWN_CHARS else rng.sample(own, OWN_CHARS)
    literals = sorted(
        {m.group().replace("\\", "") for m in LITERAL.finditer(source) if 2 <= len(m.group()) <= 16}
    )
    literals = literals if len(literals) <= OWN_LITERALS else rng.sample(literals, OWN_LITERALS)
    units = [*COMMON, *own]
    units += ["".join(pair) for pair in itertools.product([*PAIRED, *own[:6]], repeat=2)]
    units += FOURS + literals
    units += [literal + c for literal in literals for c in ("1", " ", "a", ",", "中")]
    units += [a + " " + b for a in literals[:6] for b in literals[:6] if a != b]
    for unit in dict.fromkeys(u for u in units if u):
        yield repr(unit) + " * n", _text("", unit)
    anchors = (
        literals if len(literals) <= ANCHOR_LITERALS else rng.sample(literals, ANCHOR_LITERALS)
    )
    runs = [*COMMON, *own[:6]]
    for literal in anchors:
        for run in runs:
            yield f"{literal!r} + {run!r} * n", _text(literal, run)
            yield f"{run!r} * n + {literal!r}", _text("", run, literal)
    # the start of an example match, then a run of its last or next character, a space or a
    # digit ("有需要的朋友们来" + spaces, "@ made " + digits: what a pattern reads before
    # the repeat that it reads again)
    for sample in examples(source, flags, rng):
        step = max(1, len(sample) // 24)
        for cut in range(1, len(sample) + 1, step):
            head = sample[:cut]
            runs = [sample[cut - 1], *sample[cut : cut + 1], " ", "1"]
            for run in dict.fromkeys(runs):
                yield f"{head!r} + {run!r} * n", _text(head, run)
            # ... and then a character no pattern names (a text must not end where "$" may)
            for run in dict.fromkeys([*runs[:1], " "]):
                yield f"{head!r} + {run!r} * n + '\\x01'", _text(head, run, "\x01")
            # ... and that start written again and again before the run, over a fifth of the
            # text: each is a start the pattern may read the run from ("@" * 200 and
            # digits, "made " * 16 and digits took seconds: s57)
            for run in dict.fromkeys(runs[:2]):
                yield f"{head!r} * (n / 5) + {run!r} * n", _text(head, run, rows=True)
    # a row of the pattern's starts (each after a separator a lookbehind may let it follow),
    # then what it may not hold: a match tried from each start and read to the row's end
    # fails only there ("?youtu.be/x" * 450 + "@", '<a href="?t=1"' * 357 + ">": s58)
    stops = row_stops(source, flags, rng)
    for stop in stops:
        for start in row_starts(source, flags, rng):
            for separator in ROW_SEPARATORS:
                unit = separator + start
                yield f"{unit!r} * n + {stop!r}", _text("", unit, stop)
    for head, stop in example_heads(source, flags, rng, stops):
        yield f"{head!r} * n + {stop!r}", _text("", head, stop)


def _text(head: str, run: str, tail: str = "", rows: bool = False) -> Callable[[int], str]:
    """A maker of texts of ``n`` characters (about): ``head`` (or, ``rows``, ``head`` written
    over a fifth of the text), ``run`` repeated, ``tail``."""

    def make(n: int) -> str:
        start = _rows(head, n // 5) if rows else head
        return start + run * max(1, (n - len(start) - len(tail)) // len(run)) + tail

    return make


def _rows(head: str, length: int) -> str:
    """``head`` written again and again, whole, over about ``length`` characters (once at
    least: texts of two lengths differ only in how many times)."""
    return head * max(1, length // len(head))


@dataclass
class Flag:
    what: str
    text: str
    short_ms: float
    long_ms: float
    note: str = ""
    where: list[str] = field(default_factory=list)

    def line(self) -> str:
        def ms(x: float) -> str:
            return "timeout" if x == float("inf") else f"{x:.2f}"

        ratio = (
            "-"
            if float("inf") in (self.short_ms, self.long_ms)
            else f"{self.long_ms / max(self.short_ms, 1e-3):.1f}"
        )
        return (
            f"{self.what}\n    text {self.text}: {ms(self.short_ms)} ms at {SHORT:,}, "
            f"{ms(self.long_ms)} ms at {LONG:,} (x{ratio}){self.note}"
        )


def _shortest_slow(make: Callable[[int], str], search: Callable[[str], object], cap: float) -> int:
    """The shortest length (of a doubling ladder from 8) whose search takes more than ``cap``."""
    n = 8
    while n < LONG:
        if _timed(search, make(n), cap) > cap:
            return n
        n *= 2
    return LONG


def screen_pattern(
    pattern: re.Pattern[str],
    threshold: float,
    ratio: float,
    cap: float,
    rng: random.Random,
    use: Use | None = None,
) -> tuple[str, Callable[[int], str], float, float] | None:
    """The first adversarial text whose search time grows faster than ``ratio`` for 4 times the
    text (and takes more than ``threshold`` s at 4,000 characters), or does not end within
    ``cap``: (name, maker, seconds at 1,000, seconds at 4,000); None when there is none.
    ``use``: how the code uses the pattern, when not by searching every text."""
    search = pattern.fullmatch if use is not None and use.fullmatch else pattern.search
    if use is not None and use.reader is not None:
        search = READERS[use.reader]
    guard = re.compile(use.guard) if use is not None and use.guard else None
    for name, make in adversarial_texts(pattern.pattern, rng, pattern.flags):
        long_text = make(LONG)
        if guard is not None and guard.search(long_text):
            continue
        took = _timed(search, long_text, cap)
        if took <= threshold:
            continue
        long_s = _best(search, long_text, cap) if took != float("inf") else took
        if long_s <= threshold:
            continue
        short_text = make(SHORT)
        short_s = _best(search, short_text, cap)
        if long_s == float("inf") or (
            long_s > ratio * short_s and _still_grows(search, make, ratio, cap)
        ):
            return name, make, short_s, long_s
    return None


def _still_grows(
    search: Callable[[str], Any], make: Callable[[int], str], ratio: float, cap: float
) -> bool:
    """Whether the growth goes on at twice the lengths (``2 * SHORT`` to ``2 * LONG``): a
    pattern with a window of a few hundred characters (``.{0,200}``) is not yet at its
    steady cost at ``SHORT``, so a linear one can look steep from 1,000 to 4,000 and not
    from 2,000 to 8,000, where a quadratic one grows as fast again (session 58: the
    ``[a-z0-9]_`` claim row, x8.0 and then x2.1-2.4 per doubling)."""
    long_s = _best(search, make(2 * LONG), cap)
    return long_s == float("inf") or long_s > ratio * _best(search, make(2 * SHORT), cap)


def pattern_pass(args: argparse.Namespace, patterns: list[Captured]) -> list[Flag]:
    where = lexicon_lines()
    flags: list[Flag] = []
    import fraud

    package = Path(fraud.__file__).parent
    for known in USES:
        used = sum(use_of(entry, package) is known for entry in patterns)
        how = (
            "fullmatch"
            if known.fullmatch
            else f"read by {known.reader}"
            if known.reader
            else f"not on texts {known.guard!r} finds"
        )
        print(
            f"  {used} pattern(s) {known.starts!r}... ({known.name}, {known.file}) screened as"
            f" used ({how}: {known.why})"
        )
    for number, entry in enumerate(patterns):
        rng = random.Random(zlib.crc32(entry.source.encode("utf-8", "surrogatepass")) + SEED)
        try:
            compiled = re.compile(entry.source, entry.flags)
        except re.error:
            continue
        use = use_of(entry, package)
        found = screen_pattern(
            compiled, args.pattern_ms / 1e3, args.ratio, args.cap_ms / 1e3, rng, use
        )
        if args.progress and number % 100 == 0:
            print(f"  ... {number} patterns, {time.process_time():.0f} s", file=sys.stderr)
        if found is None:
            continue
        name, make, short_s, long_s = found
        note = ""
        if float("inf") in (short_s, long_s):
            method = compiled.fullmatch if use is not None and use.fullmatch else compiled.search
            shortest = _shortest_slow(make, method, args.cap_ms / 1e3)
            note = f"; over {args.cap_ms:.0f} ms from {shortest:,} characters"
        origin = [where[entry.source]] if entry.source in where else []
        origin += [
            place
            for written, place in where.items()
            if len(written) >= 12 and written != entry.source and written in entry.source
        ][:3]
        flag = Flag(
            f"pattern {entry.source[:300]!r} (compiled at {entry.owner}"
            + (f"; {', '.join(origin)}" if origin else "")
            + ")",
            name,
            short_s * 1e3,
            long_s * 1e3,
            note,
        )
        flags.append(flag)
        print("FLAG " + flag.line(), flush=True)
    return flags


# --------------------------------------------------------------------------- whole classifier


def classifier_units() -> list[str]:
    return list(
        dict.fromkeys(
            [*COMMON, *("".join(p) for p in itertools.product(PAIRED, repeat=2)), *KNOWN_UNITS]
        )
    )


def classifier_pass(
    args: argparse.Namespace,
    classifier: Any,
    prefixes: list[str] = PREFIXES,
    units: list[str] | None = None,
    suffixes: list[str] = SUFFIXES,
) -> list[Flag]:
    """Each prefix, unit repeated and suffix classified at 4,000 characters on both paths;
    the texts whose time grows faster than the text (see the module)."""
    flags: list[Flag] = []
    cap = args.cap_ms / 1e3

    def classify(text: str) -> Any:
        classifier.clear_cache()
        return classifier.classify([text])

    units = classifier_units() if units is None else units
    for fast in (True, False):
        path = "chunk" if fast else "reference"
        classifier.fast = fast
        classify("warm up: 加微信 abc 1,000 usd profit @amy http://x.co")
        for prefix, suffix, unit in itertools.product(prefixes, suffixes, units):

            def make(n: int, p: str = prefix, s: str = suffix, u: str = unit) -> str:
                return p + u * max(1, (n - len(p) - len(s)) // len(u)) + s

            long_text = make(LONG)
            took = _timed(classify, long_text, cap)
            if took <= args.text_ms / 1e3:
                continue
            long_s = _best(classify, long_text, cap) if took != float("inf") else took
            short_text = make(SHORT)
            short_s = _best(classify, short_text, cap)
            if long_s > args.text_ms / 1e3 and (
                long_s == float("inf") or long_s > args.ratio * short_s
            ):
                shown = f"{prefix!r} + {unit!r} * n + {suffix!r}"
                flag = Flag(f"classifier ({path} path)", shown, short_s * 1e3, long_s * 1e3)
                flags.append(flag)
                print("FLAG " + flag.line(), flush=True)
    classifier.fast = True
    classifier.clear_cache()
    return flags


# --------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--pattern-ms",
        type=float,
        default=5.0,
        help="a search at 4,000 chars above this is timed at 1,000",
    )
    parser.add_argument(
        "--text-ms",
        type=float,
        default=20.0,
        help="a classification at 4,000 chars above this is timed at 1,000",
    )
    parser.add_argument(
        "--ratio",
        type=float,
        default=8.0,
        help="flag when the time grows more than this for 4x the text",
    )
    parser.add_argument(
        "--cap-ms",
        type=float,
        default=200.0,
        help="a search or classification cut off after this (flagged)",
    )
    parser.add_argument("--only-patterns", action="store_true")
    parser.add_argument("--only-classifier", action="store_true")
    parser.add_argument(
        "--list", action="store_true", help="print the captured patterns as JSON lines and stop"
    )
    parser.add_argument("--progress", action="store_true")
    args = parser.parse_args(argv)

    started = time.process_time()
    wall = time.perf_counter()
    patterns, classifier = capture_patterns()
    import fraud

    if args.list:
        for entry in patterns:
            print(json.dumps({"source": entry.source, "flags": entry.flags, "owner": entry.owner}))
        return 0
    print(f"fraud from {Path(fraud.__file__).parent}: {len(patterns):,} patterns captured")
    flags: list[Flag] = []
    if not args.only_classifier:
        flags += pattern_pass(args, patterns)
        print(
            f"pattern pass: {len(flags)} flagged of {len(patterns):,}"
            f" (search > {args.pattern_ms:g} ms at {LONG:,} characters and x{args.ratio:g} from"
            f" {SHORT:,}, or > {args.cap_ms:g} ms); {time.process_time() - started:.0f} s CPU so far",
            flush=True,
        )
    if not args.only_patterns:
        before = len(flags)
        flags += classifier_pass(args, classifier)
        count = len(PREFIXES) * len(SUFFIXES) * len(classifier_units())
        print(
            f"classifier pass: {len(flags) - before} flagged of {count:,} texts x 2 paths"
            f" (> {args.text_ms:g} ms at {LONG:,} characters and x{args.ratio:g} from {SHORT:,},"
            f" or > {args.cap_ms:g} ms)",
            flush=True,
        )
    print(
        f"{len(flags)} flagged; {time.process_time() - started:.0f} s CPU,"
        f" {time.perf_counter() - wall:.0f} s wall"
    )
    return 1 if flags else 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())

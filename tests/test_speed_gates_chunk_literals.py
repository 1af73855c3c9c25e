"""The sharper gates of the chunk methods (``chunk_literals``) hold for the regexes themselves.

A chunk gate leaves a pattern untried on a text holding none of its literals, so every match
of the pattern must contain one of them. Checked on hand-made patterns, and on every shipped
pattern that has one: over texts generated from the pattern's own parse tree (a random way
through each alternation, repeat counts, characters of each class), the same texts with a
character taken out or put in (near misses), and the prepared comment texts of
``data/comments``.
"""

from __future__ import annotations

import importlib
import random
import re
from typing import Any

from fraud.comment_quality import load_lexicons
from fraud.lures import load_lure_rules
from fraud.text_patterns import GatedPatterns, chunk_literals, required_literals
from tests.test_text_patterns import comment_texts

_c: Any = importlib.import_module("re._constants")
_parser: Any = importlib.import_module("re._parser")


def _chunk(pattern: str) -> frozenset[str] | None:
    gate = required_literals(pattern)
    assert gate is not None
    return chunk_literals(pattern, gate)


def test_short_repeats_are_read_as_their_copies() -> None:
    assert _chunk(r"\b(?:si ?wo|di ?di ?wo)\b") == frozenset(
        {"siwo", "si wo", "didiwo", "didi wo", "di diwo", "di di wo"}
    )
    assert _chunk(r"\bl ?4 ?l\b") == frozenset({"l4l", "l 4l", "l4 l", "l 4 l"})
    assert _chunk(r"x(?:ab){2,3}y") == frozenset({"xababy", "xabababy"})
    # a long repeat is not spelled out: what its first copy starts with ends the literal
    assert _chunk(r"\bzz(?:ab){1,9}") == frozenset({"zzab"})
    assert _chunk(r"qq(?:ab){0,9}") is None  # not more than the gate ("qq")


def test_a_group_is_joined_with_what_must_follow_it() -> None:
    assert _chunk("(xy|tb)搜.{3,}") == frozenset({"xy搜", "tb搜"})
    assert _chunk("(xy|tb)搜[0-2]") == frozenset(
        {"xy搜0", "xy搜1", "xy搜2", "tb搜0", "tb搜1", "tb搜2"}
    )
    assert _chunk(r"(?:^|的|请)(?:蜜|s)我") == frozenset({"蜜我", "s我"})
    assert _chunk(r"\b(earn|make) (money|\$\d)\b.{0,40}\b(online|daily)\b") == frozenset(
        {"earn money", "make money", "earn $", "make $"}
    )
    # an empty way through a group gives no literal to look for
    assert _chunk(r"(?:ab|)c\bqq") is None


def test_no_chunk_gate_when_the_gate_is_as_sharp() -> None:
    assert _chunk(r"\bhello\b") is None
    assert _chunk(r"[吗嘛][\s!~.]*$") is None


# ------------------------------------------------------------------ texts from the parse tree

_POOL = "abcdefghijklmnopqrstuvwxyz0123456789 _.,:;!?@#$+-=/'\"\n\t\u00e9\u0430\u4e00我的号٣"


def _in_class(char: str, items: list[Any]) -> bool:
    negate = False
    found = False
    for kind, value in items:
        if kind is _c.NEGATE:
            negate = True
        elif kind is _c.LITERAL:
            found = found or ord(char) == value
        elif kind is _c.RANGE:
            found = found or value[0] <= ord(char) <= value[1]
        elif kind is _c.CATEGORY:
            found = found or _category(char, value)
    return found != negate


_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}


def _category(char: str, value: Any) -> bool:
    return re.fullmatch(_CATEGORIES[str(value)], char) is not None


def _generate(items: list[Any], pool: str, rng: random.Random) -> str:
    """A string along one random way through the parsed items (lookarounds and anchors
    left out: the regex says whether the result, in its context, matches)."""
    out = []
    for op, argument in items:
        if op is _c.LITERAL:
            out.append(chr(argument))
        elif op is _c.NOT_LITERAL:
            out.append(rng.choice([c for c in pool if ord(c) != argument]))
        elif op is _c.ANY:
            out.append(rng.choice(pool.replace("\n", "")))
        elif op is _c.IN:
            members = [c for c in pool if _in_class(c, list(argument))]
            out.append(rng.choice(members) if members else "")
        elif op is _c.BRANCH:
            out.append(_generate(list(rng.choice(argument[1])), pool, rng))
        elif op in (_c.SUBPATTERN, _c.ATOMIC_GROUP):
            out.append(_generate(list(argument[-1]), pool, rng))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            low, high, inner = argument
            count = rng.randint(low, min(high, low + 3))
            out.extend(_generate(list(inner), pool, rng) for _ in range(count))
    return "".join(out)


def _near_misses(text: str, pool: str, rng: random.Random) -> list[str]:
    if not text:
        return []
    at = rng.randrange(len(text))
    return [text[:at] + text[at + 1 :], text[:at] + rng.choice(pool) + text[at:]]


def _shipped() -> dict[str, GatedPatterns]:
    lex = load_lexicons()
    lures = load_lure_rules()
    assert lures.sound_gated is not None
    return {
        "spam": lex.spam,
        "intent": lex.intent,
        "generic": lex.generic_patterns,
        "lure_context": lex.lure_context,
        "lure_write": lures.write,
        "lure_text": lures.text,
        "lure_sound": lures.sound_gated,
    }


def test_every_match_of_a_shipped_pattern_holds_a_literal_of_its_chunk_gate() -> None:
    rng = random.Random(20261205)
    corpus = comment_texts()
    sharpened = patterns_matched = 0
    for name, rules in _shipped().items():
        for index, compiled in enumerate(rules.compiled_patterns()):
            literals = rules._chunk_gates[index]
            if literals is None or literals == required_literals(compiled.pattern):
                continue
            sharpened += 1
            pool = _POOL + "".join(sorted(set(compiled.pattern)))
            parsed = list(_parser.parse(compiled.pattern))
            texts = list(corpus)
            for _ in range(60):
                made = _generate(parsed, pool, rng)
                context = rng.choice(["", " ", "a ", "我", "x"])
                for text in (made, context + made + context[::-1]):
                    texts += [text, *_near_misses(text, pool, rng)]
            matched = False
            for text in texts:
                for match in compiled.finditer(text):
                    matched = True
                    assert any(literal in match.group() for literal in literals), (
                        name,
                        index,
                        compiled.pattern,
                        text,
                    )
            patterns_matched += matched
    assert sharpened > 100
    assert patterns_matched > 0.8 * sharpened

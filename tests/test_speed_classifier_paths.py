"""The classifier's faster formulations against references written another way."""

from __future__ import annotations

import random
import re

from fraud.comment_quality import _SPACES_TO_CHANGE


def test_spaces_to_change_matches_the_alternation_it_replaces() -> None:
    # the original reading: runs of two or more whitespace characters, or one that is not
    # the space; every whitespace character, alone, doubled and mixed with others and text
    reference = re.compile(r"\s{2,}|[^\S ]")
    spaces = [chr(cp) for cp in range(0x110000) if re.fullmatch(r"\s", chr(cp))]
    pieces = [*spaces, " ", " ", "a", "中", "\x00", "@"]
    rng = random.Random(7)
    texts = [s * k for s in spaces for k in (1, 2, 3)] + [f"a{s} {s}b" for s in spaces]
    texts += ["".join(rng.choices(pieces, k=rng.randint(0, 12))) for _ in range(20_000)]
    for text in texts:
        assert _SPACES_TO_CHANGE.sub(" ", text) == reference.sub(" ", text), repr(text)
        assert [m.span() for m in _SPACES_TO_CHANGE.finditer(text)] == [
            m.span() for m in reference.finditer(text)
        ]

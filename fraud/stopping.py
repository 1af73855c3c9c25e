"""Stopping a scoring part way: the stop check given to
:meth:`fraud.scoring.Scorer.score_many_with_rows`, and the exception that ends the scoring when
it says stop.

The check is carried down the scoring's call path (the :class:`fraud.features.FeatureContext`
of each record holds it, and the comment classifier takes it), so that each long step checks
it between slices of its work: a scoring whose caller gave up ends soon, wherever it is.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence

__all__ = ["ScoringCancelled", "StopCheck", "check_stop", "slices", "stop_function"]


class ScoringCancelled(BaseException):
    """The stop check given to :meth:`fraud.scoring.Scorer.score_many_with_rows` said stop: the
    scoring ended at one of its checks (between two steps, or two slices of one), with no
    results. A ``BaseException``, as ``asyncio.CancelledError`` is, so that the ``except
    Exception`` of a caller that rescores a failed chunk creator by creator
    (:func:`fraud.batch.score_records`) lets it through instead of starting again."""


#: A stop check for :meth:`fraud.scoring.Scorer.score_many_with_rows`: a zero-argument
#: callable that says whether to stop (a ``threading.Event`` is read with its ``is_set``).
StopCheck = Callable[[], bool] | threading.Event


def stop_function(stop: StopCheck | None) -> Callable[[], bool] | None:
    """``stop`` as a zero-argument callable (an Event's ``is_set``), or None."""
    return stop.is_set if isinstance(stop, threading.Event) else stop


def check_stop(stop: Callable[[], bool] | None) -> None:
    """Raise :class:`ScoringCancelled` when ``stop`` is given and says stop."""
    if stop is not None and stop():
        raise ScoringCancelled


def slices(texts: Sequence[str], most_texts: int, most_chars: int) -> list[range]:
    """Consecutive ranges of ``texts`` of at most ``most_texts`` texts and ``most_chars``
    characters (at least one text each; none for no text): the slices a long step works in,
    with a stop check before each (the comment features' steps, the comment classifier)."""
    n = len(texts)
    if n <= most_texts and sum(map(len, texts)) <= most_chars:
        return [range(n)] if n else []
    found: list[range] = []
    start, chars = 0, 0
    for index, size in enumerate(map(len, texts)):
        if index > start and (index - start >= most_texts or chars + size > most_chars):
            found.append(range(start, index))
            start, chars = index, 0
        chars += size
    found.append(range(start, n))
    return found

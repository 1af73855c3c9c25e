"""Fake-follower and engagement-fraud detector for social-media creators.

``import fraud`` loads nothing: the names below are imported on first use.

* :class:`Scorer` (``Scorer.load(models=None)``, ``.score(record)``, ``.score_many(records)``)
* :func:`score` (one creator, dict or CreatorRecord, with a cached default scorer)
* :func:`model_licence_notice` (one line when the models are not cleared for commercial use)

See :mod:`fraud.api` for examples.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fraud.api import Scorer, model_licence_notice, score

__all__ = ["Scorer", "model_licence_notice", "score"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from fraud import api

        return getattr(api, name)
    raise AttributeError(f"module 'fraud' has no attribute {name!r}")

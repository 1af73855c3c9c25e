"""The model behind the scores."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field

from ..dependencies import ScorerDep
from ..security import AuthenticatedDep

__all__ = ["ModelInfo", "model_info_from_manifest", "router"]

router = APIRouter(tags=["model"])

_TRAINING_KEYS = ("training_data", "training", "data")
# What would help someone tune fraud to pass: the cut-offs and each feature's direction.
_INTERNAL_KEYS = ("thresholds", "monotone_constraints", "feature_directions")


class ModelInfo(BaseModel):
    """The creator model's manifest, without its file hashes (nor internals unless authenticated)."""

    name: str | None = None
    version: str | None = None
    created_at: str | None = None
    training_data: Any = Field(default=None, description="What the model was trained on.")
    metrics: dict[str, Any] = Field(default_factory=dict, description="Held-out evaluation.")
    thresholds: dict[str, Any] | None = Field(
        default=None, description="Verdict cut-offs; only for authenticated clients."
    )
    libraries: dict[str, str] | None = Field(
        default=None, description="Library versions; only for authenticated clients."
    )
    commercial_use_ok: bool = Field(
        default=False, description="Whether every model in use is cleared for commercial use."
    )
    licence_notice: str | None = Field(
        default=None, description="Set when the models are not cleared for commercial use."
    )
    extra: dict[str, Any] = Field(
        default_factory=dict,
        description="Any other manifest fields, as written; only for authenticated clients.",
    )


def model_info_from_manifest(
    manifest: dict[str, Any], *, internals: bool = False, licence_notice: str | None = None
) -> ModelInfo:
    """Pick the documented fields out of a manifest; the rest (but file hashes) go to extra.

    Unless ``internals`` (an authenticated client), only what a client needs to trust a
    score is shown (name, version, date, training data, metrics, licence): not the
    thresholds and feature directions, nor the library versions, host platform, feature
    names and training parameters (``libraries``, ``extra``), which tell an attacker what to
    aim at.
    """
    training = next((manifest[key] for key in _TRAINING_KEYS if key in manifest), None)
    known = {"name", "version", "created_at", "metrics", "libraries", "files", "manifest_sha256"}
    known.update(_TRAINING_KEYS, _INTERNAL_KEYS)
    libraries = manifest.get("libraries")
    extra: dict[str, Any] = {}
    if internals:
        extra = {key: value for key, value in manifest.items() if key not in known}
        extra.update({key: manifest[key] for key in _INTERNAL_KEYS[1:] if key in manifest})
    return ModelInfo(
        name=_text(manifest.get("name")),
        version=_text(manifest.get("version")),
        created_at=_text(manifest.get("created_at")),
        training_data=training,
        metrics=manifest.get("metrics") or {},
        thresholds=manifest.get("thresholds") if internals else None,
        libraries={str(k): str(v) for k, v in libraries.items()}
        if internals and isinstance(libraries, dict)
        else None,
        commercial_use_ok=licence_notice is None,
        licence_notice=licence_notice,
        extra=extra,
    )


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


@router.get("/v1/model", response_model=ModelInfo)
def get_model(request: Request, scorer: ScorerDep, authenticated: AuthenticatedDep) -> ModelInfo:
    """Name, version, training data, metrics and licence of the loaded creator model."""
    return model_info_from_manifest(
        dict(scorer.manifest),
        internals=authenticated,
        licence_notice=getattr(request.app.state, "licence_notice", None),
    )

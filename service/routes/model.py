"""The model behind the scores."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel, Field

from service.dependencies import ScorerDep

__all__ = ["ModelInfo", "router"]

router = APIRouter(tags=["model"])

_TRAINING_KEYS = ("training_data", "training", "data")


class ModelInfo(BaseModel):
    """The creator model's manifest, without its file hashes."""

    name: str | None = None
    version: str | None = None
    created_at: str | None = None
    training_data: Any = Field(default=None, description="What the model was trained on.")
    metrics: dict[str, Any] = Field(default_factory=dict, description="Held-out evaluation.")
    thresholds: dict[str, Any] | None = None
    libraries: dict[str, str] | None = None
    extra: dict[str, Any] = Field(
        default_factory=dict, description="Any other manifest fields, as written."
    )


def model_info_from_manifest(manifest: dict[str, Any]) -> ModelInfo:
    """Pick the documented fields out of a manifest; the rest (but file hashes) go to extra."""
    training = next((manifest[key] for key in _TRAINING_KEYS if key in manifest), None)
    known = {"name", "version", "created_at", "metrics", "thresholds", "libraries", "files"}
    known.update(_TRAINING_KEYS)
    libraries = manifest.get("libraries")
    return ModelInfo(
        name=_text(manifest.get("name")),
        version=_text(manifest.get("version")),
        created_at=_text(manifest.get("created_at")),
        training_data=training,
        metrics=manifest.get("metrics") or {},
        thresholds=manifest.get("thresholds"),
        libraries={str(k): str(v) for k, v in libraries.items()}
        if isinstance(libraries, dict)
        else None,
        extra={key: value for key, value in manifest.items() if key not in known},
    )


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


@router.get("/v1/model", response_model=ModelInfo)
def get_model(scorer: ScorerDep) -> ModelInfo:
    """Name, version, training data and metrics of the loaded creator model."""
    return model_info_from_manifest(dict(scorer.manifest))

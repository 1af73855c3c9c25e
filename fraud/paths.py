"""Where the project's models and data live. Nothing is created at import."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = [
    "ACCOUNTS_MODEL_DIR",
    "COMMENTS_MODEL_DIR",
    "CREATOR_MODEL_DIR",
    "DATA_DIR",
    "MODELS_DIR",
    "PROJECT_ROOT",
    "models_dir",
]

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = PROJECT_ROOT / "data"
MODELS_DIR = PROJECT_ROOT / "models"


def models_dir() -> Path:
    """The models directory: ``$FRAUD_MODELS_DIR`` if set, else ``models/`` in the project."""
    override = os.environ.get("FRAUD_MODELS_DIR")
    return Path(override) if override else MODELS_DIR


# Sub-directories of models_dir(), one per trained artifact.
CREATOR_MODEL_DIR = "creator"
ACCOUNTS_MODEL_DIR = "accounts"
COMMENTS_MODEL_DIR = "comments"

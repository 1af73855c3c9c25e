"""Where the project's models and data live, and which model set is selected.

Nothing is created at import. In a source checkout the models are the project's ``models/``
directory; in an installed wheel they ship inside the package as ``fraud/models/`` (the
build maps ``models/`` there, see ``[tool.setuptools]`` in pyproject.toml).

A *model set* is a directory holding ``accounts/``, ``comments/`` and ``creator/``. The
default set is the models root itself; other sets live beside them as ``models/<NAME>/``
(for instance one trained only on data cleared for commercial use). Select one with
``--models NAME|DIR`` or ``$FRAUD_MODELS`` (``$FRAUD_MODELS_DIR`` is the older spelling,
for a directory).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

__all__ = [
    "ACCOUNTS_MODEL_DIR",
    "COMMENTS_MODEL_DIR",
    "CREATOR_MODEL_DIR",
    "DATA_DIR",
    "DEFAULT_MODEL_SET",
    "MODELS_DIR",
    "PROJECT_ROOT",
    "STORE_ENV",
    "ModelSetError",
    "model_components",
    "model_set_argument",
    "model_set_names",
    "models_dir",
    "resolve_models",
]

# Sub-directories of a model set, one per trained artifact.
CREATOR_MODEL_DIR = "creator"
ACCOUNTS_MODEL_DIR = "accounts"
COMMENTS_MODEL_DIR = "comments"
_COMPONENTS = (ACCOUNTS_MODEL_DIR, COMMENTS_MODEL_DIR, CREATOR_MODEL_DIR)

DEFAULT_MODEL_SET = "default"
# The environment variable naming the creator store (fraud.store); here, so that knowing
# whether a store is configured does not import SQLAlchemy.
STORE_ENV = "FRAUD_STORE"
_SET_NAME = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = PACKAGE_DIR.parent
DATA_DIR = PROJECT_ROOT / "data"
# An installed wheel carries the models inside the package; a checkout has them beside it.
_PACKAGED_MODELS = PACKAGE_DIR / "models"
MODELS_DIR = _PACKAGED_MODELS if _PACKAGED_MODELS.is_dir() else PROJECT_ROOT / "models"


class ModelSetError(ValueError):
    """A model-set selection names no model set."""


def _holds_models(directory: Path) -> bool:
    # A set being trained may not have its creator model yet, and a set may leave out the
    # follower model (the commercial set: no labelled follower data is cleared for it).
    return (directory / COMMENTS_MODEL_DIR).is_dir() or (directory / CREATOR_MODEL_DIR).is_dir()


def model_components(root: Path, names: Iterable[str] = _COMPONENTS) -> list[str]:
    """Which of the components ``names`` (default: all three) the model set ``root`` holds.

    The follower model (``accounts/``) is the one component a set may leave out (the set
    trained only on commercially usable data has none: no labelled follower data is cleared
    for it): it is dropped when its directory is absent, and the audience check then does not
    run. The others are always listed, so a missing one fails loudly where it is loaded.
    """
    return [
        name for name in names if name != ACCOUNTS_MODEL_DIR or (root / ACCOUNTS_MODEL_DIR).exists()
    ]


def model_set_names(root: Path | None = None) -> list[str]:
    """The model sets shipped under ``root`` (default :data:`MODELS_DIR`), default first."""
    root = root or MODELS_DIR
    names = [DEFAULT_MODEL_SET]
    if root.is_dir():
        names += sorted(
            child.name
            for child in root.iterdir()
            if child.is_dir() and child.name not in _COMPONENTS and _holds_models(child)
        )
    return names


def resolve_models(selection: str | Path | None, root: Path | None = None) -> Path:
    """The directory of a model set: a NAME under ``root`` or a DIR; None is the default set.

    Raises :class:`ModelSetError` when a name is not a shipped set.
    """
    root = root or MODELS_DIR
    if selection is None or str(selection).strip() in {"", DEFAULT_MODEL_SET}:
        return root
    text = str(selection).strip()
    if isinstance(selection, Path) or os.sep in text or text.startswith("."):
        return Path(text).expanduser()
    if _SET_NAME.fullmatch(text) and text not in _COMPONENTS:
        candidate = root / text
        if _holds_models(candidate):
            return candidate
    if Path(text).is_dir():  # a directory named without a slash, relative to here
        return Path(text)
    raise ModelSetError(
        f"no model set {text!r}: choose one of {', '.join(model_set_names(root))} "
        "or give a directory holding comments/ and creator/ (and accounts/, optional)"
    )


def model_set_argument(value: str) -> Path:
    """``argparse`` type of ``--models NAME|DIR``: the resolved directory, or a usage error."""
    import argparse

    try:
        return resolve_models(value)
    except ModelSetError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def models_dir(environ: Mapping[str, str] | None = None) -> Path:
    """The selected model set: ``$FRAUD_MODELS`` (name or dir), ``$FRAUD_MODELS_DIR``, or default."""
    env = os.environ if environ is None else environ
    selection = env.get("FRAUD_MODELS", "").strip()
    if selection:
        return resolve_models(selection)
    override = env.get("FRAUD_MODELS_DIR", "").strip()
    return Path(override) if override else MODELS_DIR

"""Package layout for setuptools (everything else is in pyproject.toml).

The repository keeps ``fraud/``, ``models/``, ``service/`` and ``training/`` side by side. The
wheel installs no generic top-level name: the library ``fraud`` with the trained models
inside it (``models/`` becomes ``fraud/models/``), and the HTTP service as ``fraud_service``
(its modules import each other relatively). ``training/`` is not installed.

The package lists are computed, so a new sub-package of ``fraud`` or ``service`` is shipped
without editing this file. Data directories (lexicons, report assets, each model component)
are listed as namespace packages, as setuptools wants data inside a package to be: otherwise
every build warns, at length, that each "would be ignored" (it is not: package_data ships it).
"""

from setuptools import find_namespace_packages, setup

_NOT_CODE = ["*__pycache__*"]


def _under(root: str, prefix: str) -> list[str]:
    """``prefix`` and every directory below ``root`` as ``prefix.<dotted path>``."""
    return [prefix, *(f"{prefix}.{name}" for name in find_namespace_packages(root, exclude=_NOT_CODE))]


setup(
    packages=[
        *find_namespace_packages(include=["fraud", "fraud.*"], exclude=_NOT_CODE),
        *_under("models", "fraud.models"),
        "fraud.examples",  # the example creators (data/samples/): `fraud samples`
        "fraud.contract",  # the input and output JSON schemas (data/contract/)
        *_under("service", "fraud_service"),
    ],
    package_dir={
        "fraud.models": "models",
        "fraud.examples": "data/samples",
        "fraud.contract": "data/contract",
        "fraud_service": "service",
    },
    package_data={
        # Data files of the library's own sub-packages (norms, lexicons, report assets...).
        "": ["*.json", "*.csv", "*.tsv", "*.txt", "*.md", "*.npz", "*.js", "*.css", "*.html", "*.mako"],
        # Data directories that are not packages (no __init__.py): named with their package.
        "fraud": ["lexicons/*"],
        "fraud.report": ["assets/*", "templates/*"],
        # The shipped model set, and any further set beside it (models/NAME/<component>/).
        "fraud.models": [f"{d}*.{ext}" for d in ("*/", "*/*/") for ext in ("json", "txt", "npz")],
        "fraud.examples": ["*.json", "*.jsonl"],
        "fraud_service": ["examples/*", "static/swagger-ui/*"],
    },
)

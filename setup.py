"""Package layout for setuptools (everything else is in pyproject.toml).

The repository keeps ``fraud/``, ``models/``, ``service/`` and ``training/`` side by side. The
wheel installs no generic top-level name: the library ``fraud`` with the trained models
inside it (``models/`` becomes ``fraud/models/``), and the HTTP service as ``fraud_service``
(its modules import each other relatively). ``training/`` is not installed.

The package lists are computed, so a new sub-package of ``fraud`` or ``service`` is shipped
without editing this file.
"""

from setuptools import find_packages, setup

SERVICE_PACKAGES = [
    "fraud_service",
    *(f"fraud_service.{name}" for name in find_packages("service")),
]

setup(
    packages=[
        *find_packages(include=["fraud", "fraud.*"]),
        "fraud.models",
        "fraud.examples",  # the example creators (data/samples/): `fraud samples`
        *SERVICE_PACKAGES,
    ],
    package_dir={
        "fraud.models": "models",
        "fraud.examples": "data/samples",
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

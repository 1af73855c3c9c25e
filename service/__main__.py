"""``python -m fraud_service`` (``python -m service`` in a checkout): the same as ``fraud serve``."""

from __future__ import annotations

import sys

from fraud.cli import main

if __name__ == "__main__":
    sys.exit(main(["serve", *sys.argv[1:]]))

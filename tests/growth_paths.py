"""Shared by the growth tests: a record's feature context, and its growth block from both
code paths (per creator and per chunk), held equal."""

from __future__ import annotations

import math

from fraud.features import growth
from fraud.features.base import FeatureBlock, FeatureContext
from fraud.norms import load_norms
from fraud.schema import CreatorRecord


def growth_context(record: CreatorRecord) -> FeatureContext:
    assert record.as_of is not None
    return FeatureContext(as_of=record.as_of, norms=load_norms())


def growth_both_paths(record: CreatorRecord) -> FeatureBlock:
    """The growth block of ``record``, after asserting both paths give the same values,
    note and evidence."""
    single = growth.extract(record, growth_context(record))
    (chunk,) = growth.extract_many([record], [growth_context(record)])
    assert single.values.keys() == chunk.values.keys()
    for name, value in single.values.items():
        other = chunk.values[name]
        assert (math.isnan(value) and math.isnan(other)) or value == other, name
    assert single.note == chunk.note
    assert single.evidence.as_dict() == chunk.evidence.as_dict()
    return single

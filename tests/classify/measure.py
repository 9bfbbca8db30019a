"""Precision and recall of the classifier on the labelled set (shared by the test and bench/classifier_bench.py)."""

from __future__ import annotations

from dataclasses import dataclass

from tests.classify.labelled_set import Labelled, build

from lookalike.classify import classify


@dataclass(frozen=True)
class Scores:
    columns: int
    sensitive: int
    precision: float
    recall: float
    category_accuracy: float  # of the sensitive columns found, the share given their true category
    misses: list[str]
    false_alarms: list[str]


def measure(labelled: list[Labelled] | None = None) -> Scores:
    items = labelled if labelled is not None else build()
    true_pos = false_pos = false_neg = right_category = 0
    misses, alarms = [], []
    for item in items:
        found = classify(item.column, item.table, item.values or None)
        flagged = found is not None and found.sensitive
        where = f"{item.table}.{item.column.name} ({item.category or '-'} → {found.category if found else '-'})"
        if flagged and item.sensitive:
            true_pos += 1
            right_category += found is not None and found.category == item.category
        elif flagged:
            false_pos += 1
            alarms.append(where)
        elif item.sensitive:
            false_neg += 1
            misses.append(where)
    return Scores(
        columns=len(items),
        sensitive=sum(item.sensitive for item in items),
        precision=true_pos / max(1, true_pos + false_pos),
        recall=true_pos / max(1, true_pos + false_neg),
        category_accuracy=right_category / max(1, true_pos),
        misses=misses,
        false_alarms=alarms,
    )

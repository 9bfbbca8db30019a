"""Precision and recall of the sensitive-data classifier on the labelled set (tests/classify/labelled_set.py), and
its cost per column. Last line: RESULT columns=… precision=… recall=… category_accuracy=… ms_per_column=…

Run from the repository root: `python bench/classifier_bench.py [--misses]`.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.classify.labelled_set import build
from tests.classify.measure import measure


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--misses", action="store_true", help="list the columns it got wrong")
    args = parser.parse_args()
    labelled = build()
    measure(labelled[:20])  # vocabularies and patterns load once, outside the timing
    started = time.perf_counter()
    scores = measure(labelled)
    elapsed = time.perf_counter() - started
    by_source = {"public schemas (name and type only)": [x for x in labelled if not x.values]}
    for label, items in by_source.items():
        part = measure(items)
        print(f"{label}: {part.columns} columns, precision {part.precision:.3f}, recall {part.recall:.3f}")
    if args.misses:
        print("misses:", *scores.misses, sep="\n  ")
        print("false alarms:", *scores.false_alarms, sep="\n  ")
    print(
        f"RESULT columns={scores.columns} sensitive={scores.sensitive} precision={scores.precision:.3f} "
        f"recall={scores.recall:.3f} category_accuracy={scores.category_accuracy:.3f} "
        f"ms_per_column={1000 * elapsed / scores.columns:.2f}"
    )


if __name__ == "__main__":
    main()

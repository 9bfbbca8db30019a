"""transform_email's per-row cut of local parts equals Arrow's slice of each row, ASCII or not."""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pytest

from lookalike.transformers.email import _cut


@pytest.mark.parametrize(
    "texts", [["anna.smith12", "b", "", "x" * 40, "carl.o-neil_7"], ["ünï.côdé", "abc", "ßß", "plain"]]
)
def test_cut_keeps_each_rows_first_characters(texts: list[str]) -> None:
    widths = np.array([3, 5, 1, 100, 4][: len(texts)], dtype=np.int64)
    got = _cut(pa.array(texts, pa.string()), widths).to_pylist()
    assert got == [text[:width] for text, width in zip(texts, widths.tolist(), strict=True)]
    sliced = [pc.utf8_slice_codeunits(pa.array([t]), 0, int(w))[0].as_py() for t, w in zip(texts, widths, strict=True)]
    assert got == sliced

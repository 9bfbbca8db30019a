"""The COPY text encoder: every canonical Arrow type, NULLs, escapes, arrays and bytea (no database needed)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pyarrow as pa
import pytest

from lookalike.connectors.postgres.copy_text import encode_batch, encode_column


def fields(values: list[Any], kind: pa.DataType) -> list[str]:
    """The COPY text of one column, one field per row."""
    return encode_column(pa.array(values, kind)).to_pylist()  # type: ignore[no-any-return]


def test_integers_and_nulls() -> None:
    assert fields([1, -9007199254740993, None, 0], pa.int64()) == ["1", "-9007199254740993", "\\N", "0"]


def test_floats_spell_special_values_the_postgresql_way() -> None:
    values = [1.5, 0.1, float("nan"), float("inf"), float("-inf"), None, 1e20]
    assert fields(values, pa.float64()) == ["1.5", "0.1", "NaN", "Infinity", "-Infinity", "\\N", "1e+20"]


def test_booleans() -> None:
    assert fields([True, False, None], pa.bool_()) == ["true", "false", "\\N"]


def test_text_escapes_backslash_tab_newline_and_carriage_return() -> None:
    values = ["plain", "tab\there", "new\nline", "cr\rhere", "back\\slash", "\\N", "", None, "ünïcødé ☃ 𝄞"]
    assert fields(values, pa.string()) == [
        "plain",
        "tab\\there",
        "new\\nline",
        "cr\\rhere",
        "back\\\\slash",
        "\\\\N",  # the two characters \N are data, not NULL
        "",  # an empty string stays empty: only \N means NULL
        "\\N",
        "ünïcødé ☃ 𝄞",
    ]


def test_dates_times_and_timestamps() -> None:
    assert fields([dt.date(2024, 2, 29), None], pa.date32()) == ["2024-02-29", "\\N"]
    assert fields([dt.time(23, 59, 59, 123456), dt.time(0, 0)], pa.time64("us")) == [
        "23:59:59.123456",
        "00:00:00.000000",
    ]
    assert fields([dt.datetime(2000, 1, 1, 12, 30)], pa.timestamp("us")) == ["2000-01-01 12:30:00.000000"]
    moment = dt.datetime(2021, 6, 1, 10, 0, tzinfo=dt.UTC)
    assert fields([moment, None], pa.timestamp("us", tz="UTC")) == ["2021-06-01 10:00:00.000000Z", "\\N"]


def test_bytea_becomes_hex_with_the_backslash_doubled() -> None:
    values = [b"\x00\xff\x10", b"", None, bytes(range(256))]
    encoded = fields(values, pa.binary())
    assert encoded[:3] == ["\\\\x00ff10", "\\\\x", "\\N"]
    assert encoded[3] == "\\\\x" + bytes(range(256)).hex()


def test_bytea_of_a_sliced_array_uses_only_its_own_bytes() -> None:
    values = pa.array([b"\x01", b"\x02\x03", None, b"\x04"], pa.binary()).slice(1, 3)
    assert encode_column(values).to_pylist() == ["\\\\x0203", "\\N", "\\\\x04"]


def test_lists_become_array_literals_with_quoted_escaped_elements() -> None:
    values = [["x,y", 'q"uote', None, "", "back\\slash", "NULL"], [], None, ["tab\tnew\nline"]]
    assert fields(values, pa.list_(pa.string())) == [
        # The literal's own backslashes are then doubled again for COPY.
        '{"x,y","q\\\\"uote",NULL,"","back\\\\\\\\slash","NULL"}',
        "{}",
        "\\N",
        '{"tab\\tnew\\nline"}',
    ]


def test_lists_of_numbers_booleans_and_timestamps() -> None:
    assert fields([[1, None, 3], None], pa.list_(pa.int64())) == ['{"1",NULL,"3"}', "\\N"]
    assert fields([[1.5, float("nan")]], pa.list_(pa.float64())) == ['{"1.5","NaN"}']
    assert fields([[True, False, None]], pa.list_(pa.bool_())) == ['{"true","false",NULL}']
    moment = dt.datetime(2021, 6, 1, 10, 0, tzinfo=dt.UTC)
    assert fields([[moment]], pa.list_(pa.timestamp("us", tz="UTC"))) == ['{"2021-06-01 10:00:00.000000Z"}']


def test_sliced_lists_keep_their_own_elements() -> None:
    values = pa.array([[1], [2, 3], None, [4]], pa.list_(pa.int64())).slice(1, 3)
    assert encode_column(values).to_pylist() == ['{"2","3"}', "\\N", '{"4"}']


def test_all_null_and_null_typed_columns() -> None:
    assert fields([None, None], pa.string()) == ["\\N", "\\N"]
    assert encode_column(pa.nulls(2)).to_pylist() == ["\\N", "\\N"]


def test_batch_joins_fields_with_tabs_and_ends_every_row_with_a_newline() -> None:
    batch = pa.RecordBatch.from_pydict(
        {
            "id": pa.array([1, 2], pa.int64()),
            "name": pa.array(["a\tb", None], pa.string()),
            "raw": pa.array([b"\x0a", b""], pa.binary()),
        }
    )
    assert encode_batch(batch) == b"1\ta\\tb\t\\\\x0a\n2\t\\N\t\\\\x\n"


def test_sliced_batch_and_empty_batch() -> None:
    batch = pa.RecordBatch.from_pydict({"id": pa.array([1, 2, 3], pa.int64()), "s": pa.array(["a", "b", "c"])})
    assert encode_batch(batch.slice(1, 2)) == b"2\tb\n3\tc\n"
    assert encode_batch(batch.slice(0, 0)) == b""


@pytest.mark.parametrize("rows", [1, 1000, 100_000])
def test_encoding_scales_without_a_row_loop(rows: int) -> None:
    batch = pa.RecordBatch.from_pydict(
        {"id": pa.array(range(rows), pa.int64()), "s": pa.array(["x\ty"] * rows), "b": pa.array([b"\x01"] * rows)}
    )
    data = encode_batch(batch)
    assert data.count(b"\n") == rows
    assert data.startswith(b"0\tx\\ty\t\\\\x01\n")


def test_storage_extremes_are_written_as_infinity() -> None:
    stamps = pa.array([-(2**63), 2**63 - 1, 0, None], pa.int64()).cast(pa.timestamp("us", tz="UTC"))
    assert encode_column(stamps).to_pylist() == ["-infinity", "infinity", "1970-01-01 00:00:00.000000Z", "\\N"]
    days = pa.array([2**31 - 1, -(2**31), 1], pa.int32()).cast(pa.date32())
    assert encode_column(days).to_pylist() == ["infinity", "-infinity", "1970-01-02"]
    listed = pa.ListArray.from_arrays([0, 2], days.slice(0, 2))
    assert encode_column(listed).to_pylist() == ['{"infinity","-infinity"}']

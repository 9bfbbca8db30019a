"""PostgreSQL → PostgreSQL through the connector alone: create_schema, read_batches, write_batch, finalize_table."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator

import psycopg
import pyarrow as pa
import pytest
from psycopg import sql
from tests.connectors.test_postgres_reflect import SHOP_SQL
from tests.support import DATASETS, load_sql

from lookalike.connectors.postgres import PostgresConnector
from lookalike.core.canonical import arrow_schema
from lookalike.core.schema import QualifiedName, Schema, Table

COPY_ORDER = ["geo.country", "shop.customer", "shop.orders", "shop.order_line", "shop.sample", "shop.event"]


@pytest.fixture
def shop_url(new_pg_db: Callable[[str], str]) -> str:
    url = new_pg_db("shop")
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(SHOP_SQL)
    return url


@pytest.fixture
def connect() -> Iterator[Callable[[str], PostgresConnector]]:
    opened: list[PostgresConnector] = []

    def open_(url: str) -> PostgresConnector:
        opened.append(PostgresConnector.open(url))
        return opened[-1]

    yield open_
    for connector in opened:
        connector.close()


def rows_as_text(url: str, table: QualifiedName) -> list[str]:
    """Every row of `table` in its PostgreSQL text form, sorted: equal lists mean equal tables."""
    query = sql.SQL("SELECT t::text FROM {} AS t ORDER BY 1").format(
        sql.Identifier(table.schema or "public", table.name)
    )
    with psycopg.connect(url) as conn:
        return [row[0] for row in conn.execute(query)]


def copy_all(source: PostgresConnector, target: PostgresConnector, schema: Schema, batch_rows: int) -> None:
    for name in COPY_ORDER:
        table = schema.table(QualifiedName.parse(name))
        for batch in source.read_batches(table, table.writable_columns, batch_rows):
            assert target.write_batch(table, table.writable_columns, batch, "error") == batch.num_rows
        target.finalize_table(table)


def without_estimates(schema: Schema) -> Schema:
    tables = {name: dataclasses.replace(table, row_estimate=None) for name, table in schema.tables.items()}
    return dataclasses.replace(schema, tables=tables)


def test_schema_and_rows_copy_exactly(
    shop_url: str, new_pg_db: Callable[[str], str], connect: Callable[[str], PostgresConnector]
) -> None:
    dest_url = new_pg_db("dest")
    source, target = connect(shop_url), connect(dest_url)
    schema = source.reflect()
    target.create_schema(schema, list(schema))
    target.create_schema(schema, list(schema))  # idempotent: a re-run changes nothing and does not fail
    # The destination reflects back to the very same schema (the partitioned table becomes a plain one).
    assert without_estimates(target.reflect()) == without_estimates(schema)
    copy_all(source, target, schema, batch_rows=2)
    for name in COPY_ORDER:
        qualified = QualifiedName.parse(name)
        assert rows_as_text(dest_url, qualified) == rows_as_text(shop_url, qualified), name
        assert target.count_rows(qualified) == source.count_rows(qualified)
    assert len(rows_as_text(dest_url, QualifiedName("shop", "sample"))) == 3


def test_sequences_move_past_the_copied_values(
    shop_url: str, new_pg_db: Callable[[str], str], connect: Callable[[str], PostgresConnector]
) -> None:
    dest_url = new_pg_db("dest")
    source, target = connect(shop_url), connect(dest_url)
    schema = source.reflect()
    target.create_schema(schema, list(schema))
    copy_all(source, target, schema, batch_rows=100)
    with psycopg.connect(dest_url, autocommit=True) as conn:
        new_id = conn.execute("INSERT INTO shop.customer (email) VALUES ('d@x.example') RETURNING id").fetchone()
        invoice = conn.execute(
            "INSERT INTO shop.orders (region, order_no, customer_id) VALUES (9, 9, 1) RETURNING invoice"
        ).fetchone()
        line = conn.execute("INSERT INTO shop.order_line (o_no, o_region, price) VALUES (9, 9, 1) RETURNING line_id")
        assert (new_id, invoice, line.fetchone()) == ((4,), (1030,), (4,))


def test_finalize_on_an_empty_table_restarts_its_sequences(
    shop_url: str, new_pg_db: Callable[[str], str], connect: Callable[[str], PostgresConnector]
) -> None:
    dest_url = new_pg_db("dest")
    source, target = connect(shop_url), connect(dest_url)
    schema = source.reflect()
    target.create_schema(schema, list(schema))
    with psycopg.connect(dest_url, autocommit=True) as conn:
        conn.execute("SELECT setval('shop.invoice_no', 5000)")
    target.finalize_table(schema.table(QualifiedName("shop", "orders")))
    with psycopg.connect(dest_url, autocommit=True) as conn:
        assert conn.execute("SELECT nextval('shop.invoice_no')").fetchone() == (1000,)


def test_batches_have_the_canonical_schema_bounded_size_and_key_order(
    new_pg_db: Callable[[str], str], connect: Callable[[str], PostgresConnector]
) -> None:
    url = new_pg_db("chinook")
    load_sql(url, DATASETS / "chinook" / "chinook-postgres.sql")
    source = connect(url)
    schema = source.reflect()
    line = schema.table(QualifiedName("public", "invoice_line"))
    batches = list(source.read_batches(line, line.columns, 500))
    assert all(0 < batch.num_rows <= 500 for batch in batches) and sum(b.num_rows for b in batches) == 2240
    assert all(batch.schema == arrow_schema(list(line.columns)) for batch in batches)
    ids = pa.Table.from_batches(batches).column("invoice_line_id").to_pylist()
    assert ids == sorted(ids) and ids[:3] == [1, 2, 3]
    assert pa.Table.from_batches(batches).column("unit_price").to_pylist()[:2] == ["0.99", "0.99"]
    empty = dataclasses.replace(line, name=QualifiedName("public", "empty_lines"))
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE empty_lines (LIKE invoice_line INCLUDING ALL)")
    assert list(source.read_batches(empty, line.columns, 500)) == []
    # A subset of columns, in the caller's order.
    track = schema.table(QualifiedName("public", "track"))
    chosen = [track.column("unit_price"), track.column("name")]
    first = next(iter(source.read_batches(track, chosen, 10)))
    assert first.schema.names == ["unit_price", "name"] and first.num_rows == 10


def test_every_canonical_type_reads_as_its_arrow_type(
    shop_url: str, connect: Callable[[str], PostgresConnector]
) -> None:
    source = connect(shop_url)
    sample: Table = source.reflect().table(QualifiedName("shop", "sample"))
    (batch,) = source.read_batches(sample, sample.columns, 10)
    assert batch.schema == arrow_schema(list(sample.columns))
    row = batch.slice(0, 1).to_pylist()[0]
    assert row["ints"] == [1, None, 3] and row["flags"] == [True, False, None]
    assert row["texts"] == ["x,y", 'q"uote', None, "", "NULL", "back\\\\slash", "tab\tin"]
    assert row["uuids"] == ["a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", None] and row["statuses"] == ["paid", "new"]
    assert row["nums"] == ["1.50", None, "-0.002"] and row["grid"] == "{{1,2},{3,4}}"
    assert row["m"] == "12.34" and row["n"] == "123456789.125" and row["iv"] == "1 year 2 mons 3 days 04:05:06.5"
    assert row["raw"] == b"\x00\xff\x10" and row["q"] == 7 and row["e"] == "shipped" and row["ip"] == "192.168.0.1/24"
    assert row["tstz"].isoformat() == "2021-06-01T10:00:00.123456+00:00"
    # -infinity has no Arrow spelling: it travels as the smallest timestamp and is written back as the word.
    last = batch.slice(2, 1)
    assert last.column("tstz").cast(pa.int64()).to_pylist() == [-(2**63)]
    assert last.column("ts").cast(pa.int64()).to_pylist() == [2**63 - 1]
    assert last.column("d").cast(pa.int32()).to_pylist() == [-(2**31)]
    assert last.column("days").flatten().cast(pa.int32()).to_pylist() == [2**31 - 1, -(2**31)]

"""Reflecting PostgreSQL: the datasets' concrete facts, and a schema with every feature the model describes."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import psycopg
import pytest
from tests.support import DATASETS, load_sql

from lookalike.connectors.postgres import PostgresConnector
from lookalike.core.schema import CheckConstraint, ForeignKey, Kind, PrimaryKey, QualifiedName, Schema

# Two schemas, an enum, domains, identity, serial, a nextval default on a free-standing sequence, a generated
# column, a composite PK referenced by a composite FK in another column order, a cross-schema FK, a deferrable
# self-reference, a partial index, a partitioned table and a column of nearly every type.
SHOP_SQL = r"""
CREATE SCHEMA shop;
CREATE SCHEMA geo;
CREATE TYPE shop.status AS ENUM ('new', 'paid', 'shipped');
CREATE DOMAIN shop.email AS varchar(120) CHECK (VALUE LIKE '%@%');
CREATE DOMAIN shop.quantity AS integer NOT NULL DEFAULT 1 CHECK (VALUE > 0);
CREATE SEQUENCE shop.invoice_no AS integer START 1000 INCREMENT 10;
CREATE TABLE geo.country (code char(2) PRIMARY KEY, name text NOT NULL UNIQUE);
CREATE TABLE shop.customer (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email shop.email NOT NULL UNIQUE,
    country char(2) REFERENCES geo.country (code) ON DELETE SET NULL ON UPDATE CASCADE,
    referrer_id bigint REFERENCES shop.customer (id) DEFERRABLE INITIALLY DEFERRED,
    created timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE shop.orders (
    region smallint,
    order_no integer,
    customer_id bigint NOT NULL REFERENCES shop.customer (id),
    status shop.status NOT NULL DEFAULT 'new',
    invoice integer DEFAULT nextval('shop.invoice_no'),
    PRIMARY KEY (region, order_no)
);
CREATE TABLE shop.order_line (
    line_id serial PRIMARY KEY,
    o_no integer NOT NULL,
    o_region smallint NOT NULL,
    qty shop.quantity,
    price numeric(10, 2) NOT NULL CONSTRAINT price_not_negative CHECK (price >= 0),
    total numeric GENERATED ALWAYS AS (qty * price) STORED,
    CONSTRAINT line_order_fk FOREIGN KEY (o_no, o_region) REFERENCES shop.orders (order_no, region) ON DELETE CASCADE
);
CREATE INDEX order_line_price_idx ON shop.order_line (price DESC) WHERE price > 0;
CREATE TABLE shop.sample (
    id integer PRIMARY KEY,
    u uuid, j json, jb jsonb, ints integer[], texts text[], uuids uuid[], nums numeric[], statuses shop.status[],
    flags boolean[], days date[], moments timestamptz[], grid integer[][], n numeric(12, 3), free numeric,
    m money, raw bytea, iv interval, ip inet, net cidr, mac macaddr, tstz timestamptz, ts timestamp, d date,
    t time, ttz timetz, f4 real, f8 double precision, i2 smallint, txt text, ch char(4), vc varchar(10),
    b boolean, r int4range, tsv tsvector, x xml, pt point, bits bit varying(8), e shop.status, q shop.quantity
);
CREATE TABLE shop.event (id bigint NOT NULL, at date NOT NULL, what text, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE TABLE shop.event_2023 PARTITION OF shop.event FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE shop.event_2024 PARTITION OF shop.event FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

INSERT INTO geo.country VALUES ('FR', 'France'), ('DE', 'Germany'), ('JP', '日本');
INSERT INTO shop.customer (email, country, referrer_id, created) VALUES
    ('a@x.example', 'FR', NULL, '2024-01-01 10:00+01'), ('b@x.example', 'DE', 1, '2024-01-02 00:00Z'),
    ('c@x.example', NULL, 2, '2024-01-03 23:59:59.999999-05');
INSERT INTO shop.orders (region, order_no, customer_id, status) VALUES (1, 1, 1, 'paid'), (1, 2, 2, 'new'),
    (2, 1, 3, 'shipped');
INSERT INTO shop.order_line (o_no, o_region, qty, price) VALUES (1, 1, 2, 9.99), (2, 1, 1, 0), (1, 2, 5, 100.5);
INSERT INTO shop.event VALUES (1, '2023-05-01', 'a'), (2, '2024-05-01', E'multi\nline');
INSERT INTO shop.sample VALUES
 (1, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{"a": [1, 2],  "k": "v"}', '{"b": null, "c": "d\\e"}',
  '{1,NULL,3}', '{"x,y","q\"uote",NULL,"","NULL","back\\\\slash","tab	in"}',
  '{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11,NULL}', '{1.50,NULL,-2e-3}', '{paid,new}', '{t,f,NULL}',
  '{2024-02-29,NULL}', '{"2021-06-01 12:00:00+02",NULL}', '{{1,2},{3,4}}', 123456789.125, 1e-20, 12.34,
  '\x00ff10', '1 year 2 mons 3 days 04:05:06.5', '192.168.0.1/24', '10.0.0.0/8', '08:00:2b:01:02:03',
  '2021-06-01 12:00:00.123456+02', '2000-01-01 00:00:00', '2024-02-29', '23:59:59.123456', '12:00:00+02',
  1.5, 0.1, -32768, E'tab\there\nnew line \\ back \r cr ünïcødé', 'ab', 'héllo', true, '[1,10)',
  'a fat cat', '<a b="1">x</a>', '(1.5,-2)', B'101', 'shipped', 7),
 (2, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
  NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
  NULL, NULL, 1),
 (3, NULL, '[]', 'null', '{}', '{}', '{}', '{}', '{}', '{}', '{infinity,-infinity}', '{infinity}', '{}', 0, 'NaN',
  0, '\x', '0', NULL, NULL, NULL, '-infinity', 'infinity', '-infinity', '00:00', NULL, 'NaN', '-Infinity', 0, '',
  '', '', false, 'empty', '',
  NULL, NULL, B'', 'new', 1);
"""


@pytest.fixture
def shop_url(new_pg_db: Callable[[str], str]) -> str:
    url = new_pg_db("shop")
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(SHOP_SQL)
    return url


def reflect_url(url: str, schemas: list[str] | None = None) -> Schema:
    connector = PostgresConnector.open(url)
    try:
        return connector.reflect(schemas)
    finally:
        connector.close()


@pytest.fixture
def shop(shop_url: str) -> Schema:
    return reflect_url(shop_url)


@pytest.fixture(scope="module")
def datasets(pg_server: object) -> Iterator[dict[str, Schema]]:
    from lookalike.testing.postgres import PostgresServer

    assert isinstance(pg_server, PostgresServer)
    found = {}
    for name in ("chinook", "northwind"):
        url = pg_server.create_database(f"reflect_{name}")
        load_sql(url, DATASETS / name / f"{name}-postgres.sql")
        found[name] = reflect_url(url)
    yield found


def test_chinook_tables_keys_and_types(datasets: dict[str, Schema]) -> None:
    schema = datasets["chinook"]
    assert schema.dialect == "postgres" and schema.schemas == ("public",)
    names = ["album", "artist", "customer", "employee", "genre", "invoice", "invoice_line", "media_type"]
    names += ["playlist", "playlist_track", "track"]
    assert [str(name) for name in schema.tables] == [f"public.{name}" for name in names]
    employee = schema.table(QualifiedName("public", "employee"))
    assert employee.foreign_keys == (
        ForeignKey(
            ("reports_to",),
            QualifiedName("public", "employee"),
            ("employee_id",),
            name="employee_reports_to_fkey",
        ),
    )
    assert employee.column("hire_date").kind is Kind.TIMESTAMP
    assert employee.column("last_name").max_length == 20 and not employee.column("last_name").nullable
    line = schema.table(QualifiedName("public", "invoice_line"))
    assert [(fk.columns, fk.ref_table.name, fk.ref_columns) for fk in line.foreign_keys] == [
        (("invoice_id",), "invoice", ("invoice_id",)),
        (("track_id",), "track", ("track_id",)),
    ]
    price = line.column("unit_price")
    assert (price.kind, price.native_type, price.precision, price.scale) == (Kind.DECIMAL, "numeric(10,2)", 10, 2)
    playlist_track = schema.table(QualifiedName("public", "playlist_track"))
    assert playlist_track.primary_key == PrimaryKey(("playlist_id", "track_id"), "playlist_track_pkey")
    assert [index.name for index in playlist_track.indexes] == [
        "playlist_track_playlist_id_idx",
        "playlist_track_track_id_idx",
    ]
    assert "USING btree (track_id)" in playlist_track.indexes[1].definition
    assert not schema.enums and not schema.domains and not schema.sequences


def test_northwind_tables_and_types(datasets: dict[str, Schema]) -> None:
    schema = datasets["northwind"]
    assert len(schema.tables) == 14
    categories = schema.table(QualifiedName("public", "categories"))
    assert [(c.name, c.kind) for c in categories.columns] == [
        ("category_id", Kind.INTEGER),
        ("category_name", Kind.TEXT),
        ("description", Kind.TEXT),
        ("picture", Kind.BYTES),
    ]
    assert categories.column("category_id").native_type == "smallint"
    details = schema.table(QualifiedName("public", "order_details"))
    assert details.row_key == ("order_id", "product_id")
    assert details.column("discount").kind is Kind.FLOAT
    orders = schema.table(QualifiedName("public", "orders"))
    assert {fk.name: (fk.columns, fk.ref_columns) for fk in orders.foreign_keys}["fk_orders_shippers"] == (
        ("ship_via",),
        ("shipper_id",),
    )
    assert schema.table(QualifiedName("public", "employees")).column("birth_date").kind is Kind.DATE


def test_columns_identity_serial_generated_and_sequences(shop: Schema) -> None:
    customer = shop.table(QualifiedName("shop", "customer"))
    ident = customer.column("id")
    assert (ident.identity, ident.default, ident.sequence) == ("always", None, QualifiedName("shop", "customer_id_seq"))
    email = customer.column("email")
    assert (email.kind, email.user_type, email.max_length) == (Kind.TEXT, QualifiedName("shop", "email"), 120)
    assert customer.column("created").default == "now()"
    line = shop.table(QualifiedName("shop", "order_line"))
    serial = line.column("line_id")
    assert serial.sequence == QualifiedName("shop", "order_line_line_id_seq") and serial.identity is None
    assert serial.default == "nextval('shop.order_line_line_id_seq'::regclass)"
    assert line.column("total").generated == "((qty)::numeric * price)" and line.column("total").is_generated
    assert line.column("qty").kind is Kind.INTEGER and line.column("qty").user_type == QualifiedName("shop", "quantity")
    assert [c.name for c in line.writable_columns] == ["line_id", "o_no", "o_region", "qty", "price"]
    invoice = shop.table(QualifiedName("shop", "orders")).column("invoice")
    assert invoice.sequence == QualifiedName("shop", "invoice_no") and invoice.identity is None
    status = shop.table(QualifiedName("shop", "orders")).column("status")
    assert (status.kind, status.user_type, status.native_type) == (
        Kind.ENUM,
        QualifiedName("shop", "status"),
        "shop.status",
    )
    sequences = {str(s.name): s for s in shop.sequences}
    assert set(sequences) == {"shop.invoice_no", "shop.order_line_line_id_seq"}  # identity's own is not listed
    assert (sequences["shop.invoice_no"].start, sequences["shop.invoice_no"].increment) == (1000, 10)
    assert sequences["shop.invoice_no"].owned_by is None and sequences["shop.invoice_no"].data_type == "integer"
    assert sequences["shop.order_line_line_id_seq"].owned_by == (QualifiedName("shop", "order_line"), "line_id")


def test_every_type_maps_to_its_kind(shop: Schema) -> None:
    sample = shop.table(QualifiedName("shop", "sample"))
    kinds = {c.name: c.kind for c in sample.columns}
    expected = {
        Kind.UUID: ["u"],
        Kind.JSON: ["j", "jb"],
        Kind.DECIMAL: ["n", "free", "m"],
        Kind.BYTES: ["raw"],
        Kind.INTERVAL: ["iv"],
        Kind.TIMESTAMPTZ: ["tstz"],
        Kind.TIMESTAMP: ["ts"],
        Kind.DATE: ["d"],
        Kind.TIME: ["t"],
        Kind.FLOAT: ["f4", "f8"],
        Kind.INTEGER: ["id", "i2", "q"],
        Kind.TEXT: ["txt", "ch", "vc"],
        Kind.BOOLEAN: ["b"],
        Kind.ENUM: ["e"],
        Kind.OTHER: ["ip", "net", "mac", "ttz", "r", "tsv", "x", "pt", "bits"],
    }
    for kind, names in expected.items():
        assert [name for name in names if kinds[name] is not kind] == [], kind
    arrays = {c.name: (c.element_kind, c.array_dims) for c in sample.columns if c.kind is Kind.ARRAY}
    assert arrays == {
        "ints": (Kind.INTEGER, 1),
        "texts": (Kind.TEXT, 1),
        "uuids": (Kind.UUID, 1),
        "nums": (Kind.DECIMAL, 1),
        "statuses": (Kind.ENUM, 1),
        "flags": (Kind.BOOLEAN, 1),
        "days": (Kind.DATE, 1),
        "moments": (Kind.TIMESTAMPTZ, 1),
        "grid": (Kind.INTEGER, 2),
    }
    assert sample.column("statuses").user_type == QualifiedName("shop", "status")
    assert (sample.column("n").precision, sample.column("n").scale) == (12, 3)
    assert sample.column("free").precision is None and sample.column("ch").max_length == 4


def test_keys_composite_cross_schema_and_deferrable_foreign_keys(shop: Schema) -> None:
    orders = shop.table(QualifiedName("shop", "orders"))
    assert orders.primary_key == PrimaryKey(("region", "order_no"), "orders_pkey")
    line = shop.table(QualifiedName("shop", "order_line"))
    (fk,) = line.foreign_keys
    # Pairs stay aligned: o_no references order_no, o_region references region (not the PK's column order).
    assert (fk.name, fk.columns, fk.ref_table, fk.ref_columns, fk.on_delete, fk.on_update) == (
        "line_order_fk",
        ("o_no", "o_region"),
        QualifiedName("shop", "orders"),
        ("order_no", "region"),
        "CASCADE",
        None,
    )
    assert line.checks == (CheckConstraint("(price >= (0)::numeric)", "price_not_negative"),)
    assert [(i.name, i.unique) for i in line.indexes] == [("order_line_price_idx", False)]
    assert "WHERE (price > (0)::numeric)" in line.indexes[0].definition
    customer = shop.table(QualifiedName("shop", "customer"))
    by_column = {fk.columns: fk for fk in customer.foreign_keys}
    country = by_column[("country",)]
    assert (country.ref_table, country.on_delete, country.on_update, country.deferrable) == (
        QualifiedName("geo", "country"),
        "SET NULL",
        "CASCADE",
        False,
    )
    referrer = by_column[("referrer_id",)]
    assert (referrer.ref_table, referrer.deferrable, referrer.initially_deferred) == (customer.name, True, True)
    assert [u.columns for u in customer.uniques] == [("email",)]


def test_enums_domains_partitions_and_order(shop: Schema) -> None:
    assert [str(name) for name in shop.tables] == [
        "geo.country",
        "shop.customer",
        "shop.event",
        "shop.order_line",
        "shop.orders",
        "shop.sample",
    ]
    assert shop.schemas == ("geo", "public", "shop")
    assert [(str(e.name), e.labels) for e in shop.enums] == [("shop.status", ("new", "paid", "shipped"))]
    domains = {str(d.name): d for d in shop.domains}
    assert domains["shop.email"].base_type == "character varying(120)" and domains["shop.email"].nullable
    assert domains["shop.email"].checks == (CheckConstraint("((VALUE)::text ~~ '%@%'::text)", "email_check"),)
    quantity = domains["shop.quantity"]
    assert (quantity.base_type, quantity.nullable, quantity.default) == ("integer", False, "1")
    event = shop.table(QualifiedName("shop", "event"))
    assert event.primary_key is not None and event.primary_key.columns == ("id", "at")


def test_row_estimates_after_analyze(shop_url: str) -> None:
    assert reflect_url(shop_url).table(QualifiedName("geo", "country")).row_estimate is None  # never analyzed
    with psycopg.connect(shop_url, autocommit=True) as conn:
        conn.execute("ANALYZE")
    assert reflect_url(shop_url).table(QualifiedName("geo", "country")).row_estimate == 3


def test_reflecting_some_schemas_keeps_the_types_they_use(shop_url: str) -> None:
    with psycopg.connect(shop_url, autocommit=True) as conn:
        conn.execute("CREATE SCHEMA other; CREATE TABLE other.uses_status (id int PRIMARY KEY, s shop.status)")
    schema = reflect_url(shop_url, ["other", "geo"])
    assert [str(name) for name in schema.tables] == ["geo.country", "other.uses_status"]
    assert [str(e.name) for e in schema.enums] == ["shop.status"]
    assert not schema.domains and not schema.sequences
    assert reflect_url(shop_url, ["missing"]).tables == {}

"""Transformed keys: the planner hands a referenced column's transformer down every foreign key.

Acceptance: a transformed primary key referenced by two child tables (and a self-reference) syncs into
PostgreSQL with `verify` at 0 FK violations, and every child row still joins to the same parent row.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from typing import Any

import pytest
import yaml
from tests.engine.helpers import make_job, sync_and_verify
from tests.support import pg_rows, run_script

from lookalike.core.config import parse_job
from lookalike.core.errors import ConfigError
from lookalike.core.schema import Column, ForeignKey, Kind, PrimaryKey, QualifiedName, Schema, Table
from lookalike.engine.copy.transform import transform_batch
from lookalike.engine.plan.resolve import resolve_job

SHOP = """
CREATE TABLE customer (id bigint PRIMARY KEY, email text NOT NULL UNIQUE, token varchar(20));
CREATE TABLE purchase (id int PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customer (id), total int);
CREATE TABLE ticket (
    id uuid PRIMARY KEY,
    customer_id bigint REFERENCES customer (id),
    parent_id uuid REFERENCES ticket (id)
);
CREATE TABLE ticket_note (ticket_id uuid NOT NULL REFERENCES ticket (id), body text);
INSERT INTO customer SELECT i, 'user' || i || '@shop.example', NULL FROM generate_series(1, 3000) i;
INSERT INTO purchase SELECT i, 1 + (i * 7919) % 3000, i FROM generate_series(1, 20000) i;
INSERT INTO ticket SELECT md5(i::text)::uuid, 1 + i % 3000, NULL FROM generate_series(1, 2000) i;
UPDATE ticket t SET parent_id = p.id FROM ticket p WHERE p.customer_id = t.customer_id AND p.id < t.id;
INSERT INTO ticket_note SELECT id, 'note' FROM ticket, generate_series(1, 3);
"""

PER_CUSTOMER = """
SELECT c.email, count(DISTINCT p.id), count(DISTINCT t.id), count(n.*), count(DISTINCT t.parent_id)
FROM customer c LEFT JOIN purchase p ON p.customer_id = c.id LEFT JOIN ticket t ON t.customer_id = c.id
LEFT JOIN ticket_note n ON n.ticket_id = t.id GROUP BY c.email ORDER BY c.email
"""


@pytest.mark.parametrize("keyed", [False, True], ids=["run-key", "job-key"])
def test_scrambled_keys_keep_every_reference(new_pg_db: Callable[[str], str], keyed: bool) -> None:
    source = run_script(new_pg_db("src"), SHOP)
    target = new_pg_db("dst")
    tables = {
        "customer": {"columns": {"id": "transform_scramble_identity"}},
        "ticket": {"columns": {"id": "transform_scramble_identity"}},
    }
    extra: dict[str, Any] = {"key": "shop secret"} if keyed else {}
    job = make_job(source, [{"url": target, "init_schema": True}], tables, **extra)
    summary, reports = sync_and_verify(job)
    assert summary.ok
    [report] = reports
    assert {check.table: check.fk_violations for check in report.tables} == {
        name: 0 for name in ("public.customer", "public.purchase", "public.ticket", "public.ticket_note")
    }
    # The keys changed…
    moved = pg_rows(target, "SELECT count(*) FROM customer WHERE id BETWEEN 1 AND 3000")[0][0]
    assert isinstance(moved, int) and moved < 10
    assert pg_rows(
        target, "SELECT count(*) FROM ticket WHERE id IN (SELECT md5(i::text)::uuid FROM generate_series(1, 2000) i)"
    ) == [(0,)]
    # …and every purchase, ticket, note and parent ticket still belongs to the same customer (joined by email).
    assert pg_rows(target, PER_CUSTOMER) == pg_rows(source, PER_CUSTOMER)


def test_verify_finds_leaks_in_tables_whose_key_is_scrambled(new_pg_db: Callable[[str], str]) -> None:
    source = run_script(new_pg_db("src"), SHOP)
    target = new_pg_db("dst")
    # Only emails starting "user1" are scrambled: the other rows keep their email, a leak verify must see even
    # though every row's id changed.
    email = {"transformer": "transform_character_scramble", "params": {"user_provided_regex": "^user1[^@]*"}}
    tables = {"customer": {"columns": {"id": "transform_scramble_identity", "email": email}}}
    job = make_job(source, [{"url": target, "init_schema": True}], tables, key="k")
    _, [report] = sync_and_verify(job)
    [customer] = [check for check in report.tables if check.table == "public.customer"]
    expected = pg_rows(source, "SELECT count(*) FROM customer WHERE email NOT LIKE 'user1%'")[0][0]
    assert customer.leaks == expected and customer.fk_violations == 0


def _schema() -> Schema:
    customer = Table(
        QualifiedName("public", "customer"),
        (
            Column("id", "bigint", Kind.INTEGER, nullable=False),
            Column("email", "text", Kind.TEXT),
            Column("token", "character varying", Kind.TEXT, max_length=20),
        ),
        PrimaryKey(("id",)),
    )
    purchase = Table(
        QualifiedName("public", "purchase"),
        (Column("id", "int", Kind.INTEGER, nullable=False), Column("customer_id", "bigint", Kind.INTEGER)),
        PrimaryKey(("id",)),
        foreign_keys=(ForeignKey(("customer_id",), QualifiedName("public", "customer"), ("id",)),),
    )
    audit = Table(QualifiedName("public", "audit"), (Column("email", "text", Kind.TEXT),))
    return Schema("postgres", {t.name: t for t in (customer, purchase, audit)})


def _resolve(tables: dict[str, Any], **extra: Any) -> Any:
    job = parse_job(yaml.safe_dump({"source": {"url": "x"}, "destinations": [{"url": "y"}], "tables": tables, **extra}))
    return resolve_job(job, _schema(), os.environ, installation_key=lambda: b"installation")


def test_a_referenced_key_needs_a_one_to_one_transformer() -> None:
    with pytest.raises(ConfigError, match="can give two rows the same value") as error:
        _resolve({"customer": {"columns": {"id": "transform_int64"}}})
    assert error.value.where == "tables.customer.columns.id"
    with pytest.raises(ConfigError, match="can give two rows the same value"):
        _resolve({"customer": {"columns": {"id": "generate_int64"}}})


def test_a_foreign_key_takes_its_parents_mapping_and_refuses_another() -> None:
    resolved = _resolve({"customer": {"columns": {"id": "transform_scramble_identity"}}}, seed=3)
    [child] = [
        p for p in resolved.tables[QualifiedName("public", "purchase")].columns if p.column.name == "customer_id"
    ]
    [parent] = [p for p in resolved.tables[QualifiedName("public", "customer")].columns if p.column.name == "id"]
    assert child.transformer is parent.transformer and child.key == parent.key is not None
    with pytest.raises(ConfigError, match="takes the transformer of the column it references"):
        _resolve(
            {
                "customer": {"columns": {"id": "transform_scramble_identity"}},
                "purchase": {"columns": {"customer_id": "transform_int64"}},
            }
        )
    with pytest.raises(ConfigError, match="breaks the reference"):
        _resolve({"purchase": {"columns": {"customer_id": "transform_scramble_identity"}}})


def test_a_fixed_format_that_cannot_fit_the_column_is_a_config_error() -> None:
    with pytest.raises(
        ConfigError, match=re.escape("generate_uuid writes 36 characters but public.customer.token holds at most 20")
    ):
        _resolve({"customer": {"columns": {"token": "generate_uuid"}}})
    _resolve({"customer": {"columns": {"token": {"transformer": "hash", "params": {"length": 20}}}}})


def _email_outputs(resolved: Any, values: list[str]) -> dict[str, list[Any]]:
    import pyarrow as pa

    out = {}
    for table in ("customer", "audit"):
        plan = resolved.tables[QualifiedName("public", table)]
        [email] = [p for p in plan.columns if p.column.name == "email"]
        batch = pa.RecordBatch.from_arrays([pa.array(values)], names=["email"])
        out[table] = (
            transform_batch(batch, [email], table=table, seed=resolved.seed, batch_index=4).column(0).to_pylist()
        )
    return out


def test_deterministic_columns_map_alike_in_every_table_without_a_job_key() -> None:
    values = [f"u{i}@x.example" for i in range(100)]
    masked = {"columns": {"email": {"transformer": "transform_email", "deterministic": True}}}
    out = _email_outputs(_resolve({"customer": masked, "audit": masked}), values)
    assert out["customer"] == out["audit"] and out["customer"] != values
    # Another run (another seed), the same installation: the same mapping.
    assert _email_outputs(_resolve({"customer": masked, "audit": masked}, seed=99), values) == out
    random = {"columns": {"email": {"transformer": "transform_email", "deterministic": False}}}
    differs = _email_outputs(_resolve({"customer": random, "audit": random}, key="job key"), values)
    assert differs["customer"] != differs["audit"]


def test_user_defined_transformers_are_configured_built_ins() -> None:
    transformers = {"corp_email": {"transformer": "transform_email", "params": {"preserve_domain": True}}}
    resolved = _resolve({"customer": {"columns": {"email": "corp_email"}}}, transformers=transformers)
    [email] = [p for p in resolved.tables[QualifiedName("public", "customer")].columns if p.column.name == "email"]
    assert email.transformer is not None and email.transformer.name == "transform_email"
    assert email.params is not None and email.params.model_dump()["preserve_domain"] is True
    with pytest.raises(ConfigError, match="has the name of a built-in"):
        _resolve({}, transformers={"hash": {"transformer": "hash"}})
    with pytest.raises(ConfigError, match="invalid params for transform_email") as error:
        _resolve({}, transformers={"bad": {"transformer": "transform_email", "params": {"nope": 1}}})
    assert error.value.where.startswith("transformers.bad.params")

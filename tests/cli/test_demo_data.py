"""The demo shop: its tables, keys and sizes, the same rows for the same seed, and a job file the loader reads."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import yaml

from lookalike.cli.demo_data import build_demo_database, demo_job_yaml
from lookalike.connectors.sqlite import SqliteConnector
from lookalike.core.schema import ForeignKey, Kind, QualifiedName

TABLES = ("employees", "customers", "addresses", "products", "orders", "order_items")


def dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(path) as conn:
        return {table: conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall() for table in TABLES}


def test_the_shop_has_its_tables_keys_and_sizes(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    build_demo_database(path, customers=60)
    connector = SqliteConnector.open(f"sqlite:///{path}", must_exist=True)
    schema = connector.reflect()
    counts = {table: connector.count_rows(QualifiedName(None, table)) for table in TABLES}
    connector.close()
    assert sorted(name.name for name in schema.tables) == sorted(TABLES)

    def fks(table: str) -> set[ForeignKey]:
        return set(schema.table(QualifiedName(None, table)).foreign_keys)

    def fk(columns: tuple[str, ...], parent: str) -> ForeignKey:
        return ForeignKey(columns, QualifiedName(None, parent), ("id",))

    assert fks("employees") == {fk(("manager_id",), "employees")}
    assert fks("customers") == {fk(("account_manager_id",), "employees")}
    assert fks("addresses") == {fk(("customer_id",), "customers")}
    assert fks("orders") == {fk(("customer_id",), "customers"), fk(("shipping_address_id",), "addresses")}
    assert fks("order_items") == {fk(("order_id",), "orders"), fk(("product_id",), "products")}
    items = schema.table(QualifiedName(None, "order_items"))
    assert items.primary_key is not None and items.primary_key.columns == ("order_id", "line_no")
    customers = schema.table(QualifiedName(None, "customers"))
    assert customers.column("email").max_length == 120 and customers.column("birth_date").kind is Kind.DATE
    assert customers.column("created_at").kind is Kind.TIMESTAMP
    assert schema.table(QualifiedName(None, "products")).column("price").kind is Kind.DECIMAL
    assert schema.table(QualifiedName(None, "addresses")).column("is_primary").kind is Kind.BOOLEAN
    assert len(schema.table(QualifiedName(None, "orders")).checks) == 1

    assert counts["employees"] == 20 and counts["customers"] == 60 and counts["products"] == 50
    assert 60 <= counts["addresses"] <= 120
    assert 60 <= counts["orders"] <= 300 and counts["orders"] <= counts["order_items"] <= 4 * counts["orders"]
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        # Some managers come after their reports in id order: the self-reference needs a deferred update.
        assert conn.execute("SELECT count(*) FROM employees WHERE manager_id > id").fetchone()[0] > 0
        totals = conn.execute(
            "SELECT count(*) FROM orders o WHERE abs(o.total - (SELECT sum(quantity * unit_price) "
            "FROM order_items i WHERE i.order_id = o.id)) > 0.005"
        ).fetchone()
        assert totals == (0,)
    conn.close()


def test_same_seed_same_rows_other_seed_other_rows_and_rebuilds_overwrite(tmp_path: Path) -> None:
    first, second, other = tmp_path / "a.db", tmp_path / "b.db", tmp_path / "c.db"
    build_demo_database(first, customers=25, seed=3)
    build_demo_database(second, customers=25, seed=3)
    build_demo_database(other, customers=25, seed=4)
    assert dump(first) == dump(second)
    assert dump(first) != dump(other)
    build_demo_database(first, customers=10, seed=3)  # an existing file is replaced, not appended to
    assert len(dump(first)["customers"]) == 10


def test_demo_job_is_the_documented_yaml_with_absolute_urls(tmp_path: Path) -> None:
    text = demo_job_yaml(tmp_path / "shop.db", tmp_path / "shop-qa.db")
    assert text.startswith("# Lookalike demo job")
    job = yaml.safe_load(text)
    assert job["source"] == {"url": f"sqlite:///{tmp_path.resolve() / 'shop.db'}"}
    assert job["destinations"] == [
        {
            "url": f"sqlite:///{tmp_path.resolve() / 'shop-qa.db'}",
            "init_schema": True,
            "truncate_before_insert": True,
            "on_conflict": "error",
        }
    ]
    assert job["tables"]["customers"]["columns"] == {
        "first_name": "transform_first_name",
        "last_name": "transform_last_name",
        "email": {"transformer": "transform_email", "params": {"preserve_domain": False}},
        "phone": {"transformer": "null"},
        "birth_date": {"transformer": "null"},
    }
    assert job["tables"]["employees"]["columns"]["email"] == "generate_email"
    assert job["tables"]["addresses"]["columns"]["street"] == "generate_street_address"
    assert job["new_column_strategy"] == "halt"

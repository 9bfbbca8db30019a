"""The demo: a small sample shop in SQLite with realistic PII-like values, and the job that anonymizes it."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from faker import Faker

SHOP_SCHEMA = """
CREATE TABLE employees (
    id INTEGER PRIMARY KEY,
    first_name VARCHAR(40) NOT NULL,
    last_name VARCHAR(40) NOT NULL,
    email VARCHAR(120) NOT NULL UNIQUE,
    manager_id INTEGER REFERENCES employees (id),
    hired_on DATE NOT NULL
);
CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    first_name VARCHAR(40) NOT NULL,
    last_name VARCHAR(40) NOT NULL,
    email VARCHAR(120) NOT NULL UNIQUE,
    phone VARCHAR(30),
    birth_date DATE,
    created_at TIMESTAMP NOT NULL,
    account_manager_id INTEGER REFERENCES employees (id)
);
CREATE TABLE addresses (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    street VARCHAR(120) NOT NULL,
    city VARCHAR(60) NOT NULL,
    state VARCHAR(40),
    postal_code VARCHAR(12),
    country VARCHAR(2) NOT NULL,
    is_primary BOOLEAN NOT NULL
);
CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    sku VARCHAR(16) NOT NULL UNIQUE,
    name VARCHAR(80) NOT NULL,
    price NUMERIC(10,2) NOT NULL
);
CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    shipping_address_id INTEGER REFERENCES addresses (id),
    ordered_at TIMESTAMP NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('new', 'paid', 'shipped', 'cancelled')),
    total NUMERIC(10,2) NOT NULL
);
CREATE TABLE order_items (
    order_id INTEGER NOT NULL REFERENCES orders (id),
    line_no INTEGER NOT NULL,
    product_id INTEGER NOT NULL REFERENCES products (id),
    quantity INTEGER NOT NULL,
    unit_price NUMERIC(10,2) NOT NULL,
    PRIMARY KEY (order_id, line_no)
);
"""


def build_demo_database(path: Path, *, customers: int = 500, seed: int = 7) -> None:
    """Create (or overwrite) the sample shop at `path`; the same seed always gives the same rows."""
    fake, rng = Faker("en_US"), random.Random(seed)
    fake.seed_instance(seed)
    path.unlink(missing_ok=True)
    with sqlite3.connect(path) as conn:
        conn.executescript(SHOP_SCHEMA)
        # Managers come later in id order than some of their reports, like real data that was reorganised.
        employees = [
            (
                i,
                fake.first_name(),
                fake.last_name(),
                f"staff{i}.{fake.user_name()}@shop.example",
                None if i == 20 else rng.randint(i + 1, 20) if i < 20 else None,
                fake.date_between("-10y").isoformat(),
            )
            for i in range(1, 21)
        ]
        conn.executemany("INSERT INTO employees VALUES (?, ?, ?, ?, ?, ?)", employees)
        people = []
        for i in range(1, customers + 1):
            first, last = fake.first_name(), fake.last_name()
            people.append(
                (
                    i,
                    first,
                    last,
                    f"{first}.{last}{i}@{fake.free_email_domain()}".lower(),
                    fake.phone_number(),
                    fake.date_of_birth(minimum_age=18, maximum_age=90).isoformat(),
                    fake.date_time_between("-5y").isoformat(sep=" ", timespec="seconds"),
                    rng.choice([None, *range(1, 21)]),
                )
            )
        conn.executemany("INSERT INTO customers VALUES (?, ?, ?, ?, ?, ?, ?, ?)", people)
        addresses: list[tuple[object, ...]] = []
        homes: dict[int, int] = {}
        for customer in range(1, customers + 1):
            for n in range(rng.randint(1, 2)):
                address_id = len(addresses) + 1
                addresses.append(
                    (
                        address_id,
                        customer,
                        fake.street_address(),
                        fake.city(),
                        fake.state_abbr(),
                        fake.postcode(),
                        "US",
                        int(n == 0),
                    )
                )
                homes.setdefault(customer, address_id)
        conn.executemany("INSERT INTO addresses VALUES (?, ?, ?, ?, ?, ?, ?, ?)", addresses)
        products = [(i, f"SKU-{i:05d}", fake.catch_phrase()[:80], round(rng.uniform(2, 500), 2)) for i in range(1, 51)]
        conn.executemany("INSERT INTO products VALUES (?, ?, ?, ?)", products)
        orders: list[tuple[object, ...]] = []
        items: list[tuple[object, ...]] = []
        for customer in range(1, customers + 1):
            for _ in range(rng.randint(1, 5)):
                order_id = len(orders) + 1
                lines = [
                    (order_id, line, rng.randint(1, 50), rng.randint(1, 4)) for line in range(1, rng.randint(2, 5))
                ]
                priced = [(o, line, p, q, products[p - 1][3]) for o, line, p, q in lines]
                total = round(sum(q * price for _, _, _, q, price in priced), 2)
                orders.append(
                    (
                        order_id,
                        customer,
                        homes[customer] if rng.random() < 0.9 else None,
                        fake.date_time_between("-2y").isoformat(sep=" ", timespec="seconds"),
                        rng.choice(["new", "paid", "shipped", "cancelled"]),
                        total,
                    )
                )
                items += priced
        conn.executemany("INSERT INTO orders VALUES (?, ?, ?, ?, ?, ?)", orders)
        conn.executemany("INSERT INTO order_items VALUES (?, ?, ?, ?, ?)", items)
    conn.close()


def demo_job_yaml(source_path: Path, dest_path: Path) -> str:
    """The demo job file: copy the shop into an anonymized QA database."""
    return f"""# Lookalike demo job: copy the sample shop into an anonymized QA database.
source:
  url: sqlite:///{source_path}
destinations:
  - url: sqlite:///{dest_path}
    init_schema: true
    truncate_before_insert: true
    on_conflict: error
tables:
  customers:
    columns:
      first_name: transform_first_name
      last_name: transform_last_name
      email: {{transformer: transform_email, params: {{preserve_domain: false}}}}
      phone: {{transformer: "null"}}
      birth_date: {{transformer: "null"}}
  employees:
    columns:
      first_name: transform_first_name
      last_name: transform_last_name
      email: generate_email
  addresses:
    columns:
      street: {{transformer: hash, params: {{length: 16}}}}
new_column_strategy: halt
seed: 7
"""

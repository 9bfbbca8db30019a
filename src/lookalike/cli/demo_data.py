"""The demo: a small sample shop in SQLite with realistic PII-like values, and the job that anonymizes it."""

from __future__ import annotations

import datetime as dt
import random
import re
import sqlite3
from dataclasses import dataclass
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
EMPLOYEES, PRODUCTS = 20, 50
STATUSES = ("new", "paid", "shipped", "cancelled")
# Fixed dates, not "n years ago": the same seed must give the same rows on any day.
OPENED, NOW = dt.datetime(2016, 1, 1), dt.datetime(2025, 6, 30, 23, 59, 59)

Row = tuple[object, ...]


@dataclass
class _Shop:
    fake: Faker
    rng: random.Random

    def email_part(self, text: str) -> str:
        return re.sub(r"[^a-z0-9]+", "", text.lower())

    def moment(self, start: dt.datetime, end: dt.datetime = NOW) -> str:
        return str(self.fake.date_time_between(start_date=start, end_date=end).isoformat(sep=" ", timespec="seconds"))

    def day(self, start: dt.date, end: dt.date) -> str:
        return str(self.fake.date_between(start_date=start, end_date=end).isoformat())

    def employees(self) -> list[Row]:
        rows: list[Row] = []
        for i in range(1, EMPLOYEES + 1):
            first, last = self.fake.first_name(), self.fake.last_name()
            # Managers have higher ids than their reports (the org chart was reshuffled): the self-reference
            # cannot be inserted in key order, which is what the copy must cope with.
            manager = None if i == EMPLOYEES else self.rng.randint(i + 1, EMPLOYEES)
            email = f"{self.email_part(first)}.{self.email_part(last)}{i}@shop.example"
            rows.append((i, first, last, email, manager, self.day(OPENED.date(), dt.date(2024, 12, 31))))
        return rows

    def customers(self, count: int) -> list[Row]:
        rows: list[Row] = []
        for i in range(1, count + 1):
            first, last = self.fake.first_name(), self.fake.last_name()
            email = f"{self.email_part(first)}.{self.email_part(last)}{i}@{self.fake.free_email_domain()}"
            rows.append(
                (
                    i,
                    first,
                    last,
                    email,
                    self.fake.phone_number() if self.rng.random() < 0.85 else None,
                    self.day(dt.date(1940, 1, 1), dt.date(2006, 12, 31)) if self.rng.random() < 0.9 else None,
                    self.moment(OPENED, dt.datetime(2024, 12, 31)),
                    self.rng.choice([None, *range(1, EMPLOYEES + 1)]),
                )
            )
        return rows

    def addresses(self, customers: int) -> tuple[list[Row], dict[int, list[int]]]:
        """The addresses, and each customer's address ids."""
        rows: list[Row] = []
        owned: dict[int, list[int]] = {}
        for customer in range(1, customers + 1):
            for n in range(self.rng.randint(1, 2)):
                address_id = len(rows) + 1
                street, city = self.fake.street_address(), self.fake.city()
                state, postal_code = self.fake.state_abbr(), self.fake.postcode()
                rows.append((address_id, customer, street, city, state, postal_code, "US", n == 0))
                owned.setdefault(customer, []).append(address_id)
        return rows, owned

    def products(self) -> list[tuple[int, str, str, float]]:
        return [
            (i, f"SKU-{i:05d}", str(self.fake.catch_phrase())[:80], round(self.rng.uniform(2, 500), 2))
            for i in range(1, PRODUCTS + 1)
        ]

    def orders(
        self, joined: list[dt.datetime], addresses: dict[int, list[int]], products: list[tuple[int, str, str, float]]
    ) -> tuple[list[Row], list[Row]]:
        """Orders placed after each customer joined, and their line items."""
        orders: list[Row] = []
        items: list[Row] = []
        for customer, since in enumerate(joined, start=1):
            for _ in range(self.rng.randint(1, 5)):
                order_id = len(orders) + 1
                total = 0.0
                for line_no in range(1, self.rng.randint(1, 4) + 1):
                    product_id, _sku, _name, price = self.rng.choice(products)
                    quantity = self.rng.randint(1, 4)
                    items.append((order_id, line_no, product_id, quantity, price))
                    total += quantity * price
                address = self.rng.choice(addresses[customer]) if self.rng.random() < 0.9 else None
                status = self.rng.choice(STATUSES)
                orders.append((order_id, customer, address, self.moment(since), status, round(total, 2)))
        return orders, items


def build_demo_database(path: Path, *, customers: int = 500, seed: int = 7) -> None:
    """Create (or overwrite) the sample shop at `path`; the same seed always gives the same rows."""
    fake = Faker("en_US")
    fake.seed_instance(seed)
    shop = _Shop(fake, random.Random(seed))
    employees = shop.employees()
    people = shop.customers(customers)
    addresses, owned = shop.addresses(customers)
    products = shop.products()
    joined = [dt.datetime.fromisoformat(str(person[6])) for person in people]
    orders, items = shop.orders(joined, owned, products)
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.executescript(SHOP_SCHEMA)
            for table, rows in (
                ("employees", employees),
                ("customers", people),
                ("addresses", addresses),
                ("products", products),
                ("orders", orders),
                ("order_items", items),
            ):
                conn.executemany(f"INSERT INTO {table} VALUES ({', '.join('?' * len(rows[0]))})", rows)  # noqa: S608
    finally:
        conn.close()


def demo_job_yaml(source_path: Path, dest_path: Path) -> str:
    """The demo job file: copy the shop into an anonymized QA database."""
    return f"""# Lookalike demo job: copy the sample shop into an anonymized QA database.
source:
  url: sqlite:///{source_path.resolve()}
destinations:
  - url: sqlite:///{dest_path.resolve()}
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
      street: generate_street_address
      city: generate_city
      postal_code: generate_zipcode
new_column_strategy: halt
seed: 7  # random transformers are reproducible from the seed
"""

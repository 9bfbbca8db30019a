"""A job with everything the wizard has no field for (per-destination options, a key, virtual FKs, per-table
settings, user transformers…) on a small PostgreSQL shop, for the edit and clone tests."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lookalike.store.db import engine
from lookalike.store.models import Job, JobVersion

SHOP = """
CREATE TABLE customer (id int PRIMARY KEY, email text, first_name text, last_name text, country text);
CREATE TABLE invoice (id int PRIMARY KEY, customer_ref int, total numeric);
INSERT INTO customer SELECT i, 'p' || i || '@example.com', 'F' || i, 'L' || i,
    CASE WHEN i % 2 = 0 THEN 'USA' ELSE 'FR' END FROM generate_series(1, 20) i;
INSERT INTO invoice SELECT i, 1 + i % 20, i * 1.5 FROM generate_series(1, 40) i;
"""

JOB_KEY = "the-job-key-1"


def full_job(name: str = "shop") -> dict[str, Any]:
    """The job as created through the API (with its key); connections prod, qa1, qa2."""
    return {
        "name": name,
        "source": {"connection": "prod"},
        "destinations": [
            {"connection": "qa1", "init_schema": True, "truncate_before_insert": True, "truncate_cascade": True},
            {"connection": "qa2", "init_schema": True, "on_conflict": "nothing", "skip_fk_violations": True},
        ],
        "tables": {
            "public.customer": {
                "columns": {
                    "email": {
                        "transformer": "transform_email",
                        "params": {"preserve_length": True},
                        "deterministic": True,
                    },
                    "first_name": "transform_first_name",
                    "last_name": "corp_name",
                },
                "passthrough": ["id", "country"],
                "where": "country = 'USA'",
            },
            "invoice": {"percent": 50, "include_children": False},  # named unqualified: written back so
        },
        "transformers": {"corp_name": {"transformer": "transform_last_name", "description": "ours"}},
        "virtual_foreign_keys": [
            {"table": "invoice", "columns": ["customer_ref"], "references": {"table": "customer", "columns": ["id"]}}
        ],
        "new_column_strategy": "passthrough",
        "seed": 7,
        "key": JOB_KEY,
        "workers": 2,
        "batch_size": 500,
        "sync_options": {
            "chunk_rows": 5000,
            "retry": {"max_attempts": 3, "interval_seconds": 2.0},
            "table_timeout_seconds": 600.0,
        },
        "schedule": "0 2 1 1 *",  # 1 January: never fires during a test
        "allow_overlap": True,
    }


def sealed_keys(store_url: str, job_id: str) -> list[str | None]:
    """The job's versions' sealed keys as stored, oldest first."""
    with Session(engine(store_url)) as session:
        query = select(JobVersion.sealed_key).where(JobVersion.job_id == job_id).order_by(JobVersion.number)
        return list(session.scalars(query))


def job_id(store_url: str, name: str) -> str:
    with Session(engine(store_url)) as session:
        found = session.scalar(select(Job.id).where(Job.name == name))
        assert found is not None, name
        return found

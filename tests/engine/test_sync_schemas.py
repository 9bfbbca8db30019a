"""Acceptance: a nullable 2-table cycle, a self-reference, a composite FK and a cross-schema FK sync and verify."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest
from tests.engine.helpers import assert_clean, make_job, sqlite_url, sync_and_verify
from tests.support import pg_rows as rows
from tests.support import run_script

from lookalike.core.errors import ConfigError, RunError
from lookalike.engine.review.verify import verify
from lookalike.engine.sync import run_sync
from lookalike.testing.postgres import PostgresServer

HARD_SCHEMA = """
CREATE SCHEMA hr;
CREATE SCHEMA sales;
CREATE TABLE hr.department (id int PRIMARY KEY, name text NOT NULL, head_id int);
CREATE TABLE hr.employee (
    id int PRIMARY KEY,
    name text NOT NULL,
    email varchar(80) NOT NULL UNIQUE,
    department_id int NOT NULL REFERENCES hr.department (id),
    manager_id int REFERENCES hr.employee (id)
);
ALTER TABLE hr.department ADD FOREIGN KEY (head_id) REFERENCES hr.employee (id);
CREATE TABLE sales.region (country char(2), code text, name text NOT NULL, PRIMARY KEY (country, code));
CREATE TABLE sales.store (
    id int PRIMARY KEY,
    country char(2) NOT NULL,
    region_code text NOT NULL,
    manager_id int REFERENCES hr.employee (id),
    FOREIGN KEY (country, region_code) REFERENCES sales.region (country, code)
);
INSERT INTO hr.department VALUES (1, 'Sales', NULL), (2, 'Ops', NULL);
-- Managers have higher ids than their reports: inserting in key order needs the self-FK deferred.
INSERT INTO hr.employee VALUES
    (10, 'Top', 'top@corp.example', 1, NULL),
    (3, 'Ann', 'ann@corp.example', 1, 10),
    (2, 'Bob', 'bob@corp.example', 2, 3),
    (1, 'Cid', 'cid@corp.example', 2, 2);
UPDATE hr.department SET head_id = CASE id WHEN 1 THEN 10 ELSE 3 END;
INSERT INTO sales.region VALUES ('FR', 'IDF', 'Île-de-France'), ('DE', 'BY', 'Bayern');
INSERT INTO sales.store VALUES (1, 'FR', 'IDF', 3), (2, 'DE', 'BY', NULL), (3, 'FR', 'IDF', 1);
"""


@pytest.fixture
def hard_source(new_pg_db: Callable[[str], str]) -> str:
    return run_script(new_pg_db("hard"), HARD_SCHEMA)


def test_cycles_self_reference_composite_and_cross_schema_fks_sync_and_verify(
    hard_source: str, new_pg_db: Callable[[str], str], tmp_path: Path
) -> None:
    pg_dest, lite = new_pg_db("dest"), tmp_path / "hard.db"
    tables = {"hr.employee": {"columns": {"email": "transform_email", "name": "transform_first_name"}}}
    job = make_job(
        hard_source, [{"url": pg_dest, "init_schema": True}, {"url": sqlite_url(lite), "init_schema": True}], tables
    )
    summary, reports = sync_and_verify(job)
    assert summary.ok
    assert {"update:hr.department", "update:hr.employee"} <= {result.step_id for result in summary.results}
    assert_clean(reports)
    for query in (
        "SELECT id, head_id FROM hr.department ORDER BY id",
        "SELECT id, department_id, manager_id FROM hr.employee ORDER BY id",
        "SELECT * FROM sales.store ORDER BY id",
        "SELECT * FROM sales.region ORDER BY 1, 2",
    ):
        assert rows(pg_dest, query) == rows(hard_source, query), query
    emails = rows(pg_dest, "SELECT email FROM hr.employee")
    assert len({e for (e,) in emails}) == 4 and not {e for (e,) in emails} & {
        e for (e,) in rows(hard_source, "SELECT email FROM hr.employee")
    }
    fks = rows(
        pg_dest,
        "SELECT conrelid::regclass::text, confrelid::regclass::text FROM pg_constraint"
        " WHERE contype = 'f' ORDER BY 1, 2",
    )
    assert fks == [
        ("hr.department", "hr.employee"),
        ("hr.employee", "hr.department"),
        ("hr.employee", "hr.employee"),
        ("sales.store", "hr.employee"),
        ("sales.store", "sales.region"),
    ]
    with sqlite3.connect(lite) as conn:
        assert conn.execute("SELECT id, manager_id FROM employee ORDER BY id").fetchall() == [
            (1, 2),
            (2, 3),
            (3, 10),
            (10, None),
        ]


def test_rerun_with_on_conflict_nothing_neither_fails_nor_duplicates(
    hard_source: str, new_pg_db: Callable[[str], str]
) -> None:
    pg_dest = new_pg_db("dest")
    job = make_job(hard_source, [{"url": pg_dest, "init_schema": True, "on_conflict": "nothing"}])
    for _ in range(2):
        summary, reports = sync_and_verify(job)
        assert summary.ok
        assert_clean(reports)
    assert rows(pg_dest, "SELECT count(*) FROM hr.employee") == [(4,)]


def test_untransformed_tables_relay_raw_bytes_to_two_postgres_destinations_from_one_read(
    hard_source: str, new_pg_db: Callable[[str], str]
) -> None:
    first, second = new_pg_db("one"), new_pg_db("two")
    job = make_job(
        hard_source,
        [
            {"url": first, "init_schema": True, "truncate_before_insert": True, "truncate_cascade": True},
            {"url": second, "init_schema": True, "on_conflict": "update"},
        ],
        {"hr.employee": {"columns": {"email": "transform_email"}}},
    )
    for _ in range(2):  # the second run truncates the first destination and merges into the second
        summary, reports = sync_and_verify(job)
        assert summary.ok
        assert_clean(reports)
    paths = {r.step_id: r.path for r in summary.results}
    assert paths["insert:sales.region"] == paths["insert:sales.store"] == "raw"
    assert paths["insert:hr.employee"] == "arrow"
    for dest in (first, second):
        assert rows(dest, "SELECT * FROM sales.store ORDER BY id") == rows(
            hard_source, "SELECT * FROM sales.store ORDER BY id"
        )


NOT_NULL_CYCLE = """
CREATE TABLE store (id int PRIMARY KEY, manager_staff_id int NOT NULL);
CREATE TABLE staff (id int PRIMARY KEY, store_id int NOT NULL REFERENCES store (id), email text NOT NULL);
ALTER TABLE store ADD FOREIGN KEY (manager_staff_id) REFERENCES staff (id) DEFERRABLE INITIALLY DEFERRED;
CREATE TABLE rental (id int PRIMARY KEY, staff_id int NOT NULL REFERENCES staff (id));
BEGIN;
INSERT INTO store VALUES (1, 10), (2, 20);
INSERT INTO staff VALUES (10, 1, 'a@shop.example'), (20, 2, 'b@shop.example'), (30, 1, 'c@shop.example');
COMMIT;
INSERT INTO rental VALUES (1, 10), (2, 30);
"""


@pytest.fixture
def cycle_source(new_pg_db: Callable[[str], str]) -> str:
    return run_script(new_pg_db("cycle"), NOT_NULL_CYCLE)


def test_not_null_cycle_syncs_into_a_fresh_destination_then_again_over_existing_tables(
    cycle_source: str, new_pg_db: Callable[[str], str]
) -> None:
    dest = new_pg_db("dest")
    job = make_job(
        cycle_source,
        [{"url": dest, "init_schema": True, "truncate_before_insert": True}],
        {"staff": {"columns": {"email": "generate_email"}}},
    )
    # First run: the run creates the tables, FKs come after the data: no table waits for another, so the cycle
    # is none. Second: they exist with their FKs, the cycle's tables are written with the replica role.
    for unchecked, modes in (([], []), (["public.staff", "public.store"], ["replica"])):
        summary, reports = sync_and_verify(job)
        assert summary.ok and summary.unchecked == unchecked
        assert summary.cycle_modes == modes
        assert_clean(reports)
        for query in (
            "SELECT * FROM store ORDER BY id",
            "SELECT id, store_id FROM staff ORDER BY id",
            "SELECT * FROM rental",
        ):
            assert rows(dest, query) == rows(cycle_source, query)


def test_not_null_cycle_needs_a_fresh_destination_or_a_superuser(
    cycle_source: str, new_pg_db: Callable[[str], str], pg_server: PostgresServer
) -> None:
    dest = new_pg_db("dest")
    with psycopg.connect(pg_server.url(), autocommit=True) as conn:
        conn.execute("DROP ROLE IF EXISTS app_writer")
        conn.execute("CREATE ROLE app_writer LOGIN")
        conn.execute(f"ALTER DATABASE {dest.rsplit('/', 1)[1]} OWNER TO app_writer")
    as_app = dest.replace(f"{pg_server.user}@", "app_writer@")
    job = make_job(cycle_source, [{"url": as_app, "init_schema": True, "on_conflict": "nothing"}])
    summary, reports = sync_and_verify(job)  # fresh: no superuser needed (FKs come after the data)
    assert summary.ok and summary.cycle_modes == [] and summary.unchecked == []
    assert_clean(reports)
    with pytest.raises(ConfigError) as caught:  # the tables (and their FKs) exist now
        run_sync(job, os.environ)
    error = caught.value
    assert "public.staff(store_id) → public.store" in error.what and "FK checks off" in error.what
    assert error.fix is not None and all(word in error.fix for word in ("init_schema", "superuser", "nullable"))


PARTITIONED = """
CREATE TABLE account (id int PRIMARY KEY, name text NOT NULL);
CREATE TABLE event (
    id bigint NOT NULL, account_id int NOT NULL REFERENCES account (id), at date NOT NULL,
    body tsvector, PRIMARY KEY (id, at)
) PARTITION BY RANGE (at);
CREATE TABLE event_2023 PARTITION OF event FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE event_2024 PARTITION OF event FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE event_other PARTITION OF event DEFAULT;
CREATE INDEX event_account_idx ON event (account_id);
INSERT INTO account VALUES (1, 'a'), (2, 'b');
INSERT INTO event SELECT g, 1 + g % 2, date '2023-06-01' + g * 3, to_tsvector('english', 'row number ' || g)
FROM generate_series(1, 300) g;
"""


def test_partitioned_tables_keep_their_partitions_and_rows(new_pg_db: Callable[[str], str], tmp_path: Path) -> None:
    source, dest, lite = run_script(new_pg_db("parts"), PARTITIONED), new_pg_db("dest"), tmp_path / "parts.db"
    job = make_job(
        source,
        [
            {"url": dest, "init_schema": True, "on_conflict": "nothing"},
            {"url": sqlite_url(lite), "init_schema": True, "on_conflict": "nothing"},
        ],
        {"account": {"columns": {"name": {"transformer": "hash", "params": {"length": 8}}}}},
    )
    for _ in range(2):  # schema creation and the copy are both idempotent
        summary, reports = sync_and_verify(job)
        assert summary.ok
        assert_clean(reports)
    per_partition = "SELECT tableoid::regclass::text, count(*) FROM event GROUP BY 1 ORDER BY 1"
    copied = rows(dest, per_partition)
    assert copied == rows(source, per_partition)
    assert [name for name, count in copied if count] == ["event_2023", "event_2024", "event_other"]
    bounds = "SELECT c.relname, pg_get_expr(c.relpartbound, c.oid) FROM pg_class c WHERE c.relispartition ORDER BY 1"
    assert rows(dest, bounds) == rows(source, bounds)
    assert rows(dest, "SELECT body::text FROM event ORDER BY id") == rows(
        source, "SELECT body::text FROM event ORDER BY id"
    )
    assert rows(dest, "SELECT count(*) FROM pg_indexes WHERE indexname LIKE 'event%account%'") == [(4,)]
    with sqlite3.connect(lite) as conn:
        assert conn.execute("SELECT count(*) FROM event").fetchone() == (300,)


ORPHANS = """
CREATE TABLE customer (id int PRIMARY KEY, name text NOT NULL);
CREATE TABLE purchase (id int PRIMARY KEY, customer_id int, amount int NOT NULL);
CREATE TABLE line (id int PRIMARY KEY, purchase_id int NOT NULL REFERENCES purchase (id));
INSERT INTO customer VALUES (1, 'a'), (2, 'b');
INSERT INTO purchase VALUES (10, 1, 5), (11, 2, 6), (12, 99, 7), (13, NULL, 8), (14, 98, 9);
INSERT INTO line VALUES (100, 10), (101, 12), (102, 14), (103, 13);
-- The constraint exists but was never validated: rows 12 and 14 point at customers that do not exist.
ALTER TABLE purchase ADD FOREIGN KEY (customer_id) REFERENCES customer (id) NOT VALID;
"""


@pytest.fixture
def orphan_source(new_pg_db: Callable[[str], str]) -> str:
    return run_script(new_pg_db("orphans"), ORPHANS)


def test_orphans_fail_the_run_unless_skip_fk_violations_drops_and_counts_them(
    orphan_source: str, new_pg_db: Callable[[str], str], tmp_path: Path
) -> None:
    failing = make_job(orphan_source, [{"url": new_pg_db("strict"), "init_schema": True}])
    with pytest.raises(RunError, match="violates foreign key constraint"):
        run_sync(failing, os.environ)
    dest, lite = new_pg_db("lenient"), tmp_path / "lenient.db"
    lenient = [{"init_schema": True, "skip_fk_violations": True}]
    job = make_job(orphan_source, [{"url": dest, **lenient[0]}, {"url": sqlite_url(lite), **lenient[0]}])
    summary = run_sync(job, os.environ)
    skipped = {result.step_id: result.skipped for result in summary.results}
    # Purchases 12 and 14 are orphans; their lines (101, 102) then lose their parent in turn.
    assert skipped == {"insert:public.customer": 0, "insert:public.purchase": 2, "insert:public.line": 2}
    assert rows(dest, "SELECT id FROM purchase ORDER BY id") == [(10,), (11,), (13,)]
    assert rows(dest, "SELECT id FROM line ORDER BY id") == [(100,), (103,)]
    with sqlite3.connect(lite) as conn:
        assert conn.execute("SELECT id FROM line ORDER BY id").fetchall() == [(100,), (103,)]
    for report in verify(job, os.environ):
        assert sum(check.fk_violations for check in report.tables) == 0


def test_a_schema_the_source_lacks_or_a_job_selecting_no_table_is_a_config_error(
    hard_source: str, tmp_path: Path
) -> None:
    lite = tmp_path / "qa.db"
    destination = [{"url": sqlite_url(lite), "init_schema": True}]
    with pytest.raises(ConfigError, match="the source has no schema 'nosuchschema'") as caught:
        run_sync(make_job(hard_source, destination, schemas=["hr", "nosuchschema"]), os.environ)
    assert caught.value.where is not None and "nosuchschema" in caught.value.where
    run_script(hard_source, "CREATE SCHEMA empty")
    with pytest.raises(ConfigError, match="selects no table"):
        run_sync(make_job(hard_source, destination, schemas=["empty"]), os.environ)
    skipped = {name: {"skip": True} for name in ("sales.region", "sales.store")}
    with pytest.raises(ConfigError, match="every one is skipped"):
        run_sync(make_job(hard_source, destination, skipped, schemas=["sales"]), os.environ)
    assert not lite.exists() or sqlite3.connect(lite).execute("SELECT count(*) FROM sqlite_master").fetchone() == (0,)


SELF_ORPHANS = """
CREATE TABLE staff (id int PRIMARY KEY, name text NOT NULL, manager_id int);
CREATE INDEX staff_name ON staff (name);
-- Manager 100 does not exist (the constraint was never validated); 3 reports to 2, 2 to 1.
INSERT INTO staff VALUES (1, 'top', NULL), (2, 'mid', 1), (3, 'low', 2), (4, 'lost', 100), (5, 'under lost', 4);
ALTER TABLE staff ADD FOREIGN KEY (manager_id) REFERENCES staff (id) NOT VALID;
"""


def test_skip_fk_violations_leaves_a_self_reference_to_an_absent_row_null_and_builds_the_constraints(
    new_pg_db: Callable[[str], str], tmp_path: Path
) -> None:
    source = run_script(new_pg_db("self_orphans"), SELF_ORPHANS)
    dest, lite = new_pg_db("self_orphans_dest"), tmp_path / "self.db"
    lenient = {"init_schema": True, "skip_fk_violations": True}
    job = make_job(source, [{"url": dest, **lenient}, {"url": sqlite_url(lite), **lenient}])
    summary = run_sync(job, os.environ)
    skipped = {result.step_id: result.skipped for result in summary.results}
    assert skipped == {"insert:public.staff": 0, "update:public.staff": 1}
    expected = [(1, None), (2, 1), (3, 2), (4, None), (5, 4)]
    assert rows(dest, "SELECT id, manager_id FROM staff ORDER BY id") == expected
    with sqlite3.connect(lite) as conn:
        assert conn.execute("SELECT id, manager_id FROM staff ORDER BY id").fetchall() == expected
    # The run got to its end: the FK and the secondary index exist.
    assert rows(dest, "SELECT count(*) FROM pg_constraint WHERE conrelid = 'staff'::regclass AND contype = 'f'") == [
        (1,)
    ]
    assert rows(dest, "SELECT count(*) FROM pg_indexes WHERE indexname = 'staff_name'") == [(1,)]
    for report in verify(job, os.environ):
        assert sum(check.fk_violations for check in report.tables) == 0


def test_on_conflict_nothing_on_a_table_without_a_key_is_refused_before_any_write(
    new_pg_db: Callable[[str], str], tmp_path: Path
) -> None:
    source = run_script(
        new_pg_db("keyless"),
        "CREATE TABLE keyed (id int PRIMARY KEY); CREATE TABLE log (at int, msg text);"
        "INSERT INTO keyed VALUES (1); INSERT INTO log VALUES (1, 'a'), (2, 'b');",
    )
    dest, lite = new_pg_db("keyless_dest"), tmp_path / "keyless.db"
    for mode in ("nothing", "update"):
        job = make_job(
            source,
            [{"url": dest, "init_schema": True}, {"url": sqlite_url(lite), "init_schema": True, "on_conflict": mode}],
        )
        with pytest.raises(ConfigError, match=f"on_conflict: {mode} needs a key") as caught:
            run_sync(job, os.environ)
        assert "public.log" in caught.value.what and "truncate_before_insert" in (caught.value.fix or "")
    assert rows(dest, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == [(0,)]
    # Emptied first, a destination cannot conflict: the same job then re-runs without duplicates.
    job = make_job(
        source,
        [{"url": sqlite_url(lite), "init_schema": True, "on_conflict": "nothing", "truncate_before_insert": True}],
    )
    for _ in range(2):
        assert run_sync(job, os.environ).ok
    with sqlite3.connect(lite) as conn:
        assert conn.execute("SELECT count(*) FROM log").fetchone() == (2,)


@pytest.mark.parametrize(
    ("script", "names"),
    [
        ('CREATE TABLE "CaseTable" (id int PRIMARY KEY); CREATE TABLE "CASETABLE" (id int PRIMARY KEY);', "CASETABLE"),
        ('CREATE TABLE person (id int PRIMARY KEY, "Email" text, email text);', "'Email' and 'email'"),
    ],
)
def test_names_sqlite_folds_together_are_refused_before_another_destination_is_truncated(
    script: str, names: str, new_pg_db: Callable[[str], str], tmp_path: Path
) -> None:
    source = run_script(new_pg_db("cases"), script + "CREATE TABLE kept (id int PRIMARY KEY);")
    dest = run_script(new_pg_db("cases_dest"), "CREATE TABLE kept (id int PRIMARY KEY); INSERT INTO kept VALUES (1);")
    job = make_job(
        source,
        [
            {"url": dest, "init_schema": True, "truncate_before_insert": True},
            {"url": sqlite_url(tmp_path / "cases.db"), "init_schema": True},
        ],
    )
    with pytest.raises(ConfigError, match="in SQLite") as caught:
        run_sync(job, os.environ)
    assert names in caught.value.what and "destinations.1" in (caught.value.where or "")
    assert rows(dest, "SELECT id FROM kept") == [(1,)]


EXACT = """
CREATE TABLE payment (
    id int PRIMARY KEY,
    amount numeric(12,2) NOT NULL,
    huge numeric,
    part_a text,
    part_b text,
    label text GENERATED ALWAYS AS (part_a || ' ' || part_b) STORED,
    doubled numeric GENERATED ALWAYS AS (amount * 2) STORED,
    stamp text GENERATED ALWAYS AS (md5(part_b)) STORED
);
CREATE INDEX payment_amount ON payment (amount DESC);
CREATE UNIQUE INDEX payment_names ON payment (part_b, part_a);
CREATE INDEX payment_lower ON payment (lower(part_b));
INSERT INTO payment (id, amount, huge, part_a, part_b) VALUES
    (1, 67416.51, 12345678901234567890.123456789, 'AX', 'B1'), (2, 0.10, NULL, 'CX', 'D2');
"""


def test_postgres_to_sqlite_keeps_numerics_exact_portable_generated_columns_and_plain_indexes(
    new_pg_db: Callable[[str], str], tmp_path: Path
) -> None:
    source, lite = run_script(new_pg_db("exact"), EXACT), tmp_path / "exact.db"
    job = make_job(source, [{"url": sqlite_url(lite), "init_schema": True}])
    summary = run_sync(job, os.environ)
    with sqlite3.connect(lite) as conn:
        stored = conn.execute(
            "SELECT amount, typeof(amount), huge, label, doubled, stamp FROM payment ORDER BY id"
        ).fetchall()
        indexes = {name: sql for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index'")}
        columns = [row[1] for row in conn.execute("PRAGMA table_xinfo(payment)")]
    assert stored == [
        ("67416.51", "text", "12345678901234567890.123456789", "AX B1", "134833.02", None),
        ("0.10", "text", None, "CX D2", "0.2", None),
    ]
    # md5 has no SQLite equivalent: a plain column, left NULL (the source's values derive from unanonymized rows)
    assert "stamp" in columns
    assert set(indexes) >= {"payment_amount", "payment_names"} and "payment_lower" not in indexes
    assert "UNIQUE" in indexes["payment_names"] and "DESC" in indexes["payment_amount"]
    assert any("payment.stamp" in note for note in summary.notes)
    assert any("payment_lower" in note for note in summary.notes)
    assert_clean(verify(job, os.environ))


def test_the_same_seed_gives_the_same_rows_whatever_the_statistics_and_the_chunking(
    new_pg_db: Callable[[str], str], tmp_path: Path
) -> None:
    source = run_script(
        new_pg_db("seeded"),
        "CREATE TABLE person (id int PRIMARY KEY, nick text, code text);"
        "ALTER TABLE person SET (autovacuum_enabled = false);"
        "INSERT INTO person SELECT i * 3, 'n' || i, 'c' || i FROM generate_series(1, 2500) i;",
    )
    tables = {"person": {"columns": {"nick": "generate_first_name", "code": {"transformer": "generate_uuid"}}}}

    def copy(label: str, chunk_rows: int) -> list[tuple[object, ...]]:
        lite = tmp_path / f"{label}.db"
        job = make_job(
            source,
            [{"url": sqlite_url(lite), "init_schema": True}],
            tables,
            batch_size=300,
            sync_options={"chunk_rows": chunk_rows},
            unmapped_sensitive="allow",
        )
        assert run_sync(job, os.environ).ok
        with sqlite3.connect(lite) as conn:
            return conn.execute("SELECT id, nick, code FROM person ORDER BY id").fetchall()

    counted = copy("counted", 1000)  # no statistics: bounds come from counting rows
    run_script(source, "ANALYZE person")
    estimated = copy("estimated", 1000)  # the histogram would cut other chunks
    assert estimated == counted
    assert copy("smaller", 700) == counted
    assert copy("one_chunk", 100_000) == counted  # the statistics call it small: one chunk
    assert len({nick for _, nick, _ in counted}) > 50 and len({code for *_, code in counted}) == 2500


def test_skip_fk_violations_on_a_not_null_self_reference_drops_only_orphans_and_their_children(
    new_pg_db: Callable[[str], str], tmp_path: Path
) -> None:
    source = run_script(
        new_pg_db("nn_self"),
        "CREATE TABLE node (id int PRIMARY KEY, parent_id int NOT NULL);"
        # 1 is the root (its own parent); 2's parent comes later in key order; 6 points at nothing, 7 hangs off 6.
        "INSERT INTO node VALUES (1, 1), (2, 5), (3, 1), (5, 1), (6, 99), (7, 6);"
        "ALTER TABLE node ADD FOREIGN KEY (parent_id) REFERENCES node (id) NOT VALID;",
    )
    dest, lite = new_pg_db("nn_self_dest"), tmp_path / "nn.db"
    lenient = {"init_schema": True, "skip_fk_violations": True}
    job = make_job(source, [{"url": dest, **lenient}, {"url": sqlite_url(lite), **lenient}])
    summary = run_sync(job, os.environ)
    assert {result.step_id: result.skipped for result in summary.results} == {"insert:public.node": 2}
    kept = [(1, 1), (2, 5), (3, 1), (5, 1)]
    assert rows(dest, "SELECT id, parent_id FROM node ORDER BY id") == kept
    with sqlite3.connect(lite) as conn:
        assert conn.execute("SELECT id, parent_id FROM node ORDER BY id").fetchall() == kept
    assert rows(dest, "SELECT count(*) FROM pg_constraint WHERE conrelid = 'node'::regclass AND contype = 'f'") == [
        (1,)
    ]

"""Subsets over keys that are not one plain column: keys on partitions, composite keys, self-references; and a
verify that checks the source's keys (not the destination's constraints) and every column type."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from tests.engine.helpers import HARD, VIRTUAL, make_job, sync_and_verify
from tests.engine.subset_reference import closure, load_rows
from tests.support import pg_rows, run_script
from typer.testing import CliRunner

from lookalike.cli.main import app
from lookalike.connectors import open_connector
from lookalike.core.config import JobConfig
from lookalike.core.schema import QualifiedName, Schema
from lookalike.engine.review.subsets import preview
from lookalike.engine.review.verify import DestinationCheck, verify

# Range partitions whose foreign keys sit on the partitions, not on `sale`: every partition references customer,
# only sale_2023 references product (sale_2024 holds product ids no product has). sale_line references the
# partitioned table by a composite key, refund one of its partitions.
PARTITIONED = """
CREATE TABLE customer (id int PRIMARY KEY, label text NOT NULL);
CREATE TABLE product (id int PRIMARY KEY, label text NOT NULL);
CREATE TABLE sale (id int NOT NULL, at date NOT NULL, customer_id int, product_id int, PRIMARY KEY (id, at))
    PARTITION BY RANGE (at);
CREATE TABLE sale_2023 PARTITION OF sale FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE sale_2024 PARTITION OF sale FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
ALTER TABLE sale_2023 ADD FOREIGN KEY (customer_id) REFERENCES customer (id);
ALTER TABLE sale_2024 ADD FOREIGN KEY (customer_id) REFERENCES customer (id);
ALTER TABLE sale_2023 ADD FOREIGN KEY (product_id) REFERENCES product (id);
CREATE TABLE sale_line (id int PRIMARY KEY, sale_id int NOT NULL, sale_at date NOT NULL, qty int NOT NULL,
    FOREIGN KEY (sale_id, sale_at) REFERENCES sale (id, at));
CREATE TABLE refund (id int PRIMARY KEY, sale_id int NOT NULL, sale_at date NOT NULL,
    FOREIGN KEY (sale_id, sale_at) REFERENCES sale_2023 (id, at));
INSERT INTO customer SELECT i, 'c' || i FROM generate_series(1, 20) i;
INSERT INTO product SELECT i, 'p' || i FROM generate_series(1, 10) i;
INSERT INTO sale SELECT i, d, 1 + i % 20, CASE WHEN d >= '2024-01-01' AND i % 4 = 0 THEN 99 ELSE 1 + i % 10 END
FROM generate_series(1, 200) i CROSS JOIN LATERAL (SELECT DATE '2023-01-01' + (i * 7) % 700 AS d) AS day;
INSERT INTO sale_line SELECT i, s.id, s.at, i FROM generate_series(1, 400) i JOIN sale s ON s.id = 1 + i % 200;
INSERT INTO refund SELECT row_number() OVER (), id, at FROM sale_2023 WHERE id % 3 = 0;
"""

# Composite keys two and three columns wide; (region, store) is not symmetric, so a mixed-up pairing shows.
COMPOSITE = """
CREATE TABLE store (region int, store int, label text NOT NULL, PRIMARY KEY (region, store));
CREATE TABLE shelf (region int, store int, shelf int, PRIMARY KEY (region, store, shelf),
    FOREIGN KEY (region, store) REFERENCES store);
CREATE TABLE item (id int PRIMARY KEY, region int, store int, shelf int,
    FOREIGN KEY (region, store, shelf) REFERENCES shelf);
INSERT INTO store SELECT r, s, r || '/' || s FROM generate_series(1, 3) r, generate_series(1, 4) s;
INSERT INTO shelf SELECT r, s, h FROM generate_series(1, 3) r, generate_series(1, 4) s, generate_series(1, 5) h;
INSERT INTO item SELECT i, 1 + i % 3, 1 + i % 4, CASE WHEN i % 10 = 0 THEN NULL ELSE 1 + i % 5 END
FROM generate_series(1, 300) i;
"""

ORPHANS = """
SELECT count(*) FROM {child} AS c WHERE {present} AND NOT EXISTS (SELECT 1 FROM {parent} AS p WHERE {match})
"""


def _schema(url: str, job: JobConfig) -> Schema:
    from lookalike.engine.plan.resolve import _with_virtual_keys

    reader = open_connector(url, must_exist=True)
    try:
        return _with_virtual_keys(job, reader.reflect())
    finally:
        reader.close()


def _orphans_by_source_keys(source: str, target: str, job: JobConfig) -> dict[str, int]:
    """Destination rows matching no parent row, for every key the *source* declares (however and wherever)."""
    found = {}
    for table in _schema(source, job).tables.values():
        for fk in table.foreign_keys:
            query = ORPHANS.format(
                child=table.name.name,
                parent=fk.ref_table.name,
                present=" AND ".join(f"c.{column} IS NOT NULL" for column in fk.columns),
                match=" AND ".join(f"p.{r} = c.{c}" for c, r in zip(fk.columns, fk.ref_columns, strict=True)),
            )
            present = all(pg_rows(target, f"SELECT to_regclass('{p.name}')")[0][0] for p in fk.partitions)
            if fk.partitions and present:  # declared on some partitions only: the others' rows may point nowhere
                query += " AND c.tableoid = ANY(ARRAY[{}]::regclass[]::oid[])".format(
                    ", ".join(f"'{partition.name}'" for partition in fk.partitions)
                )
            found[f"{table.name.name}{fk.columns}"] = int(pg_rows(target, query)[0][0])  # type: ignore[call-overload]
    return found


def _clean_but_privacy(report: DestinationCheck) -> None:
    """Everything verify checks is clean (whether a column merely *looks* sensitive is not what these test)."""
    bad = [check for check in report.tables if check.fk_violations or check.leaks or not _counts_match(check)]
    assert not bad, bad


def _counts_match(check: Any) -> bool:
    return bool(check.source_rows == check.destination_rows)


def _closure_matches(source: str, target: str, job: JobConfig, targets: dict[str, Callable[[Any], bool]]) -> None:
    schema = _schema(source, job)
    expected = closure(schema, load_rows(source, schema), {QualifiedName("public", n): r for n, r in targets.items()})
    actual = load_rows(target, schema)
    for name in schema.tables:
        got = {tuple(sorted(row.items())) for row in actual[name]}
        assert got == expected[name], f"{name}: {len(got)} rows kept, {len(expected[name])} expected"


@pytest.fixture
def partitioned_pg(new_pg_db: Callable[[str], str]) -> str:
    return run_script(new_pg_db("partitioned"), PARTITIONED)


def test_keys_on_partitions_are_the_partitioned_tables(partitioned_pg: str) -> None:
    job = make_job(partitioned_pg, [{"url": partitioned_pg}])
    sale = _schema(partitioned_pg, job).table(QualifiedName("public", "sale"))
    by_columns = {fk.columns: fk for fk in sale.foreign_keys}
    assert set(by_columns) == {("customer_id",), ("product_id",)}  # once each, not once per partition
    on_all, on_some = by_columns[("customer_id",)], by_columns[("product_id",)]
    assert on_all.ref_table == QualifiedName("public", "customer") and on_all.virtual and not on_all.partitions
    assert on_some.virtual and on_some.partitions == (QualifiedName("public", "sale_2023"),)
    [to_a_partition] = _schema(partitioned_pg, job).table(QualifiedName("public", "refund")).foreign_keys
    assert to_a_partition.ref_table == QualifiedName("public", "sale") and to_a_partition.virtual


def test_a_subset_through_keys_on_partitions_leaves_no_orphan(
    partitioned_pg: str, new_pg_db: Callable[[str], str]
) -> None:
    target = new_pg_db("dst")
    job = make_job(partitioned_pg, [{"url": target, "init_schema": True}], {"customer": {"where": "id IN (1, 2)"}})
    summary, [report] = sync_and_verify(job)
    assert summary.ok
    _clean_but_privacy(report)
    # Before, sale looked unconnected and was copied whole: 180 of its 200 rows then pointed at absent customers.
    assert pg_rows(target, "SELECT count(*) FROM sale") == [(20,)]
    assert pg_rows(target, "SELECT count(*) FROM sale_line") == [(40,)]
    refunds = "SELECT count(*) FROM refund r JOIN sale s ON (s.id, s.at) = (r.sale_id, r.sale_at)"
    assert pg_rows(target, "SELECT count(*) FROM refund") == pg_rows(
        partitioned_pg, refunds + " WHERE s.customer_id IN (1, 2)"
    )
    assert set(_orphans_by_source_keys(partitioned_pg, target, job).values()) == {0}
    _closure_matches(partitioned_pg, target, job, {"customer": lambda row: row["id"] in (1, 2)})


def _job_file(tmp_path: Path, source: str, target: str, tables: dict[str, Any]) -> Path:
    document = {"source": {"url": source}, "destinations": [{"url": target, "init_schema": True}], "tables": tables}
    path = tmp_path / "job.yaml"
    path.write_text(yaml.safe_dump(document), encoding="utf-8")
    return path


def test_verify_counts_orphans_by_the_sources_keys_where_the_destination_has_no_constraint(
    partitioned_pg: str, new_pg_db: Callable[[str], str], tmp_path: Path
) -> None:
    target = new_pg_db("dst")
    job = make_job(partitioned_pg, [{"url": target, "init_schema": True}])
    summary, [report] = sync_and_verify(job)
    assert summary.ok
    _clean_but_privacy(report)  # sale_2024's rows without a product are the source's own: not counted
    run_script(
        target,
        """
        DO $$ DECLARE c record; BEGIN
          FOR c IN SELECT conrelid::regclass AS t, conname FROM pg_constraint
                   WHERE conrelid IN (SELECT relid FROM pg_partition_tree('sale')) AND contype = 'f'
                     AND conparentid = 0 LOOP
            EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', c.t, c.conname);
          END LOOP; END $$;
        DELETE FROM customer WHERE id = 3;
        INSERT INTO sale VALUES (1000, '2023-06-01', 1, 77), (1001, '2024-06-01', 1, 77);
        """,
    )
    [report] = verify(job, os.environ)
    sale = next(check for check in report.tables if check.table == "public.sale")
    assert sale.orphans_by_fk == {"(customer_id) -> public.customer (id)": 10, "(product_id) -> public.product (id)": 1}
    assert sale.fk_violations == 11 and not report.ok
    path = _job_file(tmp_path, partitioned_pg, target, {})
    as_json = CliRunner().invoke(app, ["verify", "--json", str(path)])
    assert as_json.exit_code == 1, as_json.output
    [found] = json.loads(as_json.output)
    [sale_json] = [table for table in found["tables"] if table["table"] == "public.sale"]
    assert sale_json["orphans_by_fk"] == sale.orphans_by_fk and found["fk_violations"] == 11
    printed = CliRunner().invoke(app, ["verify", str(path)])
    assert printed.exit_code == 1
    assert "public.sale (customer_id) -> public.customer (id): 10 rows reference no row" in " ".join(
        printed.output.split()
    )


def _store_2_3(row: Any) -> bool:
    return bool((row["region"], row["store"]) == (2, 3))


def _first_items(row: Any) -> bool:
    return bool(row["id"] <= 12)


@pytest.mark.parametrize(
    ("filters", "rule"),
    [
        # Down: a store's shelves (two-column key) and their items (three-column key) come along.
        ({"store": {"where": "region = 2 AND store = 3"}}, ("store", _store_2_3)),
        # Up: the shelves and stores the first twelve items stand on.
        ({"item": {"where": "id <= 12"}}, ("item", _first_items)),
    ],
    ids=["children-below-a-target", "parents-of-kept-rows"],
)
def test_composite_keys_in_both_directions(
    new_pg_db: Callable[[str], str], filters: dict[str, Any], rule: tuple[str, Callable[[Any], bool]]
) -> None:
    source, target = run_script(new_pg_db("composite"), COMPOSITE), new_pg_db("dst")
    job = make_job(source, [{"url": target, "init_schema": True}], filters)
    summary, [report] = sync_and_verify(job)  # this crashed: `subquery has too few columns`
    assert summary.ok
    _clean_but_privacy(report)
    assert set(_orphans_by_source_keys(source, target, job).values()) == {0}
    _closure_matches(source, target, job, {rule[0]: rule[1]})
    if "store" in filters:
        assert pg_rows(target, "SELECT count(*) FROM shelf") == [(5,)]
        expected = pg_rows(source, "SELECT count(*) FROM item WHERE region = 2 AND store = 3 AND shelf IS NOT NULL")
        assert pg_rows(target, "SELECT count(*) FROM item") == expected
    else:
        wanted = "SELECT DISTINCT region, store, shelf FROM item WHERE id <= 12 AND shelf IS NOT NULL ORDER BY 1, 2, 3"
        assert pg_rows(target, "SELECT region, store, shelf FROM shelf ORDER BY 1, 2, 3") == pg_rows(source, wanted)
        assert pg_rows(target, "SELECT count(*) FROM item") == [(12,)]


def test_a_manager_target_keeps_the_people_reporting_to_them(new_pg_db: Callable[[str], str]) -> None:
    source, target = run_script(new_pg_db("hard"), HARD), new_pg_db("dst")
    job = make_job(
        source, [{"url": target, "init_schema": True}], {"emp": {"where": "id = 2"}}, virtual_foreign_keys=VIRTUAL
    )
    summary, [report] = sync_and_verify(job)
    assert summary.ok
    _clean_but_privacy(report)
    # manager_id = id / 2: 2 manages 4 and 5, they manage 8 to 11, and so on down to 40.
    reports = {n for n in range(4, 41) if any(n >> shift == 2 for shift in range(1, 5))}
    kept = {row[0] for row in pg_rows(target, "SELECT id FROM emp")}
    assert reports <= kept and 1 in kept  # the reports, transitively, and the manager above
    _closure_matches(source, target, job, {"emp": lambda row: row["id"] == 2})
    assert set(_orphans_by_source_keys(source, target, job).values()) == {0}


def test_skipping_a_referenced_table_says_which_keys_point_nowhere(new_pg_db: Callable[[str], str]) -> None:
    source, target = run_script(new_pg_db("hard"), HARD), new_pg_db("dst")
    job = make_job(source, [{"url": target, "init_schema": True}], {"emp": {"where": "id = 2"}, "dept": {"skip": True}})
    notes = preview(job, os.environ).notes
    assert any(note.startswith("public.emp(dept_id) references public.dept(id), which is skipped") for note in notes)
    assert not any("public.dept(head_id)" in note for note in notes)  # dept itself is not copied


DOCS = """
CREATE TABLE doc (id int PRIMARY KEY, tags int[], labels text[], meta jsonb, span int4range, body text);
INSERT INTO doc SELECT i, ARRAY[i, i + 1], ARRAY['l' || i], jsonb_build_object('k', i, 'v', ARRAY[i]),
    int4range(i, i + 5), 'b' FROM generate_series(1, 30) i;
"""


def test_verify_checks_array_json_and_range_columns_and_names_the_leaking_column(
    new_pg_db: Callable[[str], str], tmp_path: Path
) -> None:
    source, target = run_script(new_pg_db("docs"), DOCS), new_pg_db("dst")
    columns = {name: {"transformer": "null"} for name in ("tags", "labels", "meta", "span")}
    tables = {"doc": {"columns": columns}}
    job = make_job(source, [{"url": target, "init_schema": True}], tables)
    summary, [report] = sync_and_verify(job)  # this crashed: no kernel for list<item: int64>
    assert summary.ok
    _clean_but_privacy(report)
    run_script(
        target,
        "UPDATE doc SET tags = ARRAY[id, id + 1], meta = jsonb_build_object('k', id, 'v', ARRAY[id]),"
        " span = int4range(id, id + 5) WHERE id <= 3",
    )
    [report] = verify(job, os.environ)
    [doc] = report.tables
    assert doc.leaks_by_column == {"tags": 3, "meta": 3, "span": 3} and doc.leaks == 9 and not report.ok
    path = _job_file(tmp_path, source, target, tables)
    result = CliRunner().invoke(app, ["verify", "--json", str(path)])
    assert result.exit_code == 1
    [found] = json.loads(result.output)
    assert found["tables"][0]["leaks_by_column"] == doc.leaks_by_column
    printed = CliRunner().invoke(app, ["verify", str(path)])
    assert printed.exit_code == 1 and "leak: public.doc.tags: 3 rows still hold their source value" in printed.output
    assert '"k"' not in printed.output and "[1," not in printed.output  # names, never values


# Partitions of partitions: a key on ev_2023 covers both its halves; with ev_rest's own, every leaf has it.
# ev_2023_h1 alone references account by other_id.
NESTED = """
CREATE TABLE account (id int PRIMARY KEY);
CREATE TABLE ev (id int NOT NULL, at date NOT NULL, account_id int, other_id int, PRIMARY KEY (id, at))
    PARTITION BY RANGE (at);
CREATE TABLE ev_2023 PARTITION OF ev FOR VALUES FROM ('2023-01-01') TO ('2024-01-01') PARTITION BY RANGE (at);
CREATE TABLE ev_2023_h1 PARTITION OF ev_2023 FOR VALUES FROM ('2023-01-01') TO ('2023-07-01');
CREATE TABLE ev_2023_h2 PARTITION OF ev_2023 FOR VALUES FROM ('2023-07-01') TO ('2024-01-01');
CREATE TABLE ev_rest PARTITION OF ev DEFAULT;
ALTER TABLE ev_2023 ADD FOREIGN KEY (account_id) REFERENCES account (id);
ALTER TABLE ev_rest ADD FOREIGN KEY (account_id) REFERENCES account (id);
ALTER TABLE ev_2023_h1 ADD FOREIGN KEY (other_id) REFERENCES account (id);
INSERT INTO account SELECT generate_series(1, 10);
INSERT INTO ev SELECT i, DATE '2023-01-01' + i * 3, 1 + i % 10, 1 + i % 10 FROM generate_series(1, 200) i;
"""


def test_keys_on_nested_partitions_and_a_sampled_partitioned_target(new_pg_db: Callable[[str], str]) -> None:
    source, target = run_script(new_pg_db("nested"), NESTED), new_pg_db("dst")
    job = make_job(source, [{"url": target, "init_schema": True}], {"account": {"where": "id <= 2"}})
    ev = _schema(source, job).table(QualifiedName("public", "ev"))
    by_columns = {fk.columns: fk for fk in ev.foreign_keys}
    assert not by_columns[("account_id",)].partitions  # every leaf has it
    assert by_columns[("other_id",)].partitions == (QualifiedName("public", "ev_2023_h1"),)
    summary, [report] = sync_and_verify(job)
    assert summary.ok
    _clean_but_privacy(report)
    assert pg_rows(target, "SELECT count(*) FROM ev") == [(40,)]  # accounts 1 and 2's events, from every partition
    assert set(_orphans_by_source_keys(source, target, job).values()) == {0}
    sampled = new_pg_db("sampled")
    job = make_job(source, [{"url": sampled, "init_schema": True}], {"ev": {"percent": 30}})
    summary, [report] = sync_and_verify(job)
    assert summary.ok
    _clean_but_privacy(report)
    assert 0 < pg_rows(sampled, "SELECT count(*) FROM ev")[0][0] < 200  # type: ignore[operator]

"""PostgreSQL → PostgreSQL schemas through pg_dump: every object the issue lists survives a copy."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from tests.corpus.test_corpus import assert_same_schema, row_counts
from tests.engine.helpers import assert_clean, make_job, sync_and_verify
from tests.support import pg_rows, run_script

from lookalike.connectors.base import SchemaOrigin
from lookalike.connectors.postgres.pgdump import Scope, dump_command, find_pg_dump, split_dump
from lookalike.core.errors import ConfigError
from lookalike.engine.sync import run_sync

# Everything the model does not describe, and what the old generator lost or broke on.
EVERYTHING = """
CREATE EXTENSION IF NOT EXISTS "uuid-ossp";
CREATE SCHEMA geo;
CREATE SCHEMA reports;  -- holds only views
CREATE TYPE geo.coordinate AS (lat double precision, lon double precision);
CREATE COLLATION geo.german (provider = icu, locale = 'de-DE');
CREATE TABLE geo.place (
    id uuid PRIMARY KEY DEFAULT uuid_generate_v1(),
    name text COLLATE geo.german NOT NULL,
    at geo.coordinate,
    during tstzrange,
    body text,
    search tsvector
);
COMMENT ON TABLE geo.place IS 'places people go';
COMMENT ON COLUMN geo.place.name IS 'what it is called';
CREATE EXTENSION IF NOT EXISTS btree_gist;
ALTER TABLE geo.place ADD CONSTRAINT no_overlap EXCLUDE USING gist (name WITH =, during WITH &&);
CREATE TRIGGER place_search BEFORE INSERT OR UPDATE ON geo.place
    FOR EACH ROW EXECUTE FUNCTION tsvector_update_trigger(search, 'pg_catalog.english', body);
CREATE TABLE visit (id bigserial PRIMARY KEY, place_id uuid REFERENCES geo.place, owner_name text, at date);
ALTER TABLE visit ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_visits ON visit USING (owner_name = current_user);
CREATE RULE no_delete AS ON DELETE TO visit WHERE old.at < DATE '2000-01-01' DO INSTEAD NOTHING;
CREATE FUNCTION visits_of(p uuid) RETURNS bigint LANGUAGE sql STABLE
    AS $$ SELECT count(*) FROM visit WHERE place_id = p $$;
CREATE PROCEDURE forget(p uuid) LANGUAGE sql AS $$ DELETE FROM visit WHERE place_id = p $$;
CREATE AGGREGATE text_concat(text) (sfunc = textcat, stype = text, initcond = '');
CREATE VIEW reports.busy AS SELECT p.name, visits_of(p.id) AS visits FROM geo.place p;
CREATE MATERIALIZED VIEW reports.daily AS SELECT at, count(*) AS visits FROM visit GROUP BY at;
CREATE UNIQUE INDEX daily_at ON reports.daily (at);
-- A partitioned table whose partitions are partitioned again, with a FK and an index declared on a partition only.
CREATE TABLE event (id bigint NOT NULL, at date NOT NULL, kind text NOT NULL, visit_id bigint) PARTITION BY RANGE (at);
CREATE TABLE event_2024 PARTITION OF event FOR VALUES FROM ('2024-01-01') TO ('2025-01-01') PARTITION BY LIST (kind);
CREATE TABLE event_2024_in PARTITION OF event_2024 FOR VALUES IN ('in');
CREATE TABLE event_2024_out PARTITION OF event_2024 FOR VALUES IN ('out');
CREATE TABLE event_2025 PARTITION OF event FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE event_2025 ADD FOREIGN KEY (visit_id) REFERENCES visit (id);
CREATE INDEX event_2025_kind ON event_2025 (kind);
INSERT INTO geo.place (name, at, during, body) VALUES
    ('Rathaus', ROW(52.5, 13.4), '[2024-01-01,2024-02-01)', 'the town hall'),
    ('Bahnhof', ROW(52.52, 13.37), '[2024-01-01,2024-02-01)', 'the station');
-- Rows whose search column the trigger would fill if it fired again: empty in the source.
ALTER TABLE geo.place DISABLE TRIGGER place_search;
UPDATE geo.place SET search = NULL;
ALTER TABLE geo.place ENABLE TRIGGER place_search;
CREATE FUNCTION never() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE 'disabled in the source'; END $$;
CREATE TRIGGER place_never BEFORE INSERT ON geo.place FOR EACH ROW EXECUTE FUNCTION never();
ALTER TABLE geo.place DISABLE TRIGGER place_never;
INSERT INTO visit (place_id, owner_name, at) SELECT id, 'ann', DATE '2024-05-01' FROM geo.place;
INSERT INTO event VALUES (1, '2024-03-01', 'in', NULL), (2, '2024-04-01', 'out', NULL), (3, '2025-02-01', 'x', 1);
REFRESH MATERIALIZED VIEW reports.daily;
"""


def test_every_object_survives_and_triggers_fire_only_on_new_rows(new_pg_db: Callable[[str], str]) -> None:
    source, copy = run_script(new_pg_db("src"), EVERYTHING), new_pg_db("copy")
    job = make_job(
        source,
        [{"url": copy, "init_schema": True, "truncate_before_insert": True}],
        {"visit": {"columns": {"owner_name": "transform_first_name"}}},
        unmapped_sensitive="allow",
    )
    summary, reports = sync_and_verify(job)
    assert summary.ok
    assert_clean(reports)
    assert_same_schema(source, copy)
    assert row_counts(copy) == row_counts(source)
    # The trigger did not fire on copied rows; it does on a new one.
    assert pg_rows(copy, "SELECT count(*) FROM geo.place WHERE search IS NOT NULL") == [(0,)]
    run_script(copy, "INSERT INTO geo.place (name, body) VALUES ('Markt', 'the market square')")
    assert pg_rows(copy, "SELECT search::text FROM geo.place WHERE name = 'Markt'") == [("'market':2 'squar':3",)]
    # The extension's default works, the populated materialized view was refreshed from the copied rows.
    assert pg_rows(copy, "SELECT count(*) FROM reports.daily") == [(1,)]
    assert pg_rows(copy, "SELECT visits FROM reports.busy WHERE name = 'Rathaus'") == [(1,)]
    # A second run into the copy leaves the schema as it is; the triggers it has now are held off for the data.
    assert run_sync(job, os.environ).ok
    assert_same_schema(source, copy)
    assert pg_rows(copy, "SELECT count(*), count(search) FROM geo.place") == [(2, 0)]
    run_script(copy, "INSERT INTO geo.place (name, body) VALUES ('Markt', 'the market square')")
    assert pg_rows(copy, "SELECT count(search) FROM geo.place") == [(1,)]


SHARED = """
CREATE SEQUENCE shared_id;
CREATE TABLE full_one (id bigint PRIMARY KEY DEFAULT nextval('shared_id'), note text);
CREATE TABLE empty_one (id bigint PRIMARY KEY DEFAULT nextval('shared_id'), full_id bigint REFERENCES full_one);
INSERT INTO full_one (note) SELECT 'n' || i FROM generate_series(1, 50) i;
"""


@pytest.mark.parametrize("init_schema", [True, False], ids=["pg_dump", "existing-tables"])
def test_a_shared_sequence_ends_past_every_table(new_pg_db: Callable[[str], str], init_schema: bool) -> None:
    source, copy = run_script(new_pg_db("src"), SHARED), new_pg_db("copy")
    if not init_schema:
        run_script(copy, SHARED.split("INSERT")[0])
    job = make_job(source, [{"url": copy, "init_schema": init_schema}], unmapped_sensitive="allow")
    summary, _ = sync_and_verify(job)
    assert summary.ok
    # empty_one (loaded after full_one, which it references) must not move the sequence back to its start.
    assert pg_rows(copy, "SELECT nextval('shared_id')") == [(51,)]


SKIPPING = """
CREATE SCHEMA keep;
CREATE TABLE keep.parent (id int PRIMARY KEY);
CREATE TABLE keep.secret (id int PRIMARY KEY, parent_id int REFERENCES keep.parent);
CREATE TABLE keep.child (
    id int PRIMARY KEY, secret_id int REFERENCES keep.secret, parent_id int REFERENCES keep.parent
);
CREATE VIEW keep.secret_view AS SELECT * FROM keep.secret;
CREATE VIEW keep.on_view AS SELECT id FROM keep.secret_view;
CREATE VIEW keep.parent_view AS SELECT id FROM keep.parent;
CREATE MATERIALIZED VIEW keep.secret_count AS SELECT count(*) FROM keep.secret;
CREATE TABLE keep.log (at date NOT NULL, what text) PARTITION BY RANGE (at);
CREATE TABLE keep.log_2024 PARTITION OF keep.log FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')
    PARTITION BY LIST (what);
CREATE TABLE keep.log_2024_x PARTITION OF keep.log_2024 FOR VALUES IN ('x');
CREATE SCHEMA other;
CREATE TABLE other.unrelated (id int PRIMARY KEY);
INSERT INTO keep.parent VALUES (1), (2);
INSERT INTO keep.child VALUES (1, NULL, 1);
"""


def test_a_skipped_table_takes_its_views_and_foreign_keys_along(new_pg_db: Callable[[str], str]) -> None:
    source, copy = run_script(new_pg_db("src"), SKIPPING), new_pg_db("copy")
    job = make_job(
        source,
        [{"url": copy, "init_schema": True}],
        {"secret": {"skip": True}, "log": {"skip": True}},
        schemas=["keep"],
        unmapped_sensitive="allow",
    )
    assert run_sync(job, os.environ).ok
    relations = pg_rows(
        copy,
        "SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind IN ('r', 'p', 'v', 'm') AND n.nspname IN ('keep', 'other') ORDER BY 1",
    )
    assert relations == [("keep.child",), ("keep.parent",), ("keep.parent_view",)]
    fks = pg_rows(
        copy, "SELECT conrelid::regclass::text, confrelid::regclass::text FROM pg_constraint WHERE contype = 'f'"
    )
    assert fks == [("keep.child", "keep.parent")]


def test_find_pg_dump_takes_the_newest_new_enough_and_names_both_versions(tmp_path: Path) -> None:
    def fake(version: str) -> str:
        path = tmp_path / f"pg_dump{version}"
        path.write_text(f"#!/bin/sh\necho 'pg_dump (PostgreSQL) {version} (Debian)'\n")
        path.chmod(path.stat().st_mode | stat.S_IEXEC)
        return str(path)

    old, new, newer = fake("13.2"), fake("16.4"), fake("17.1")
    assert find_pg_dump(15, [old, new, newer]) == newer
    assert find_pg_dump(13, [old]) == old
    with pytest.raises(ConfigError) as caught:
        find_pg_dump(16, [old])
    assert "pg_dump 16 or newer" in caught.value.what and "(13)" in caught.value.what
    assert "postgresql-client-16" in (caught.value.fix or "")


def test_names_are_passed_to_pg_dump_as_exact_patterns() -> None:
    from lookalike.core.schema import QualifiedName

    scope = Scope(("Odd.Schema", 'q"uote'), ("uuid-ossp",), (QualifiedName("Odd.Schema", "t*?"),), frozenset())
    command = dump_command("pg_dump", "pre-data", scope, SchemaOrigin("postgresql://h/db"))
    assert '--schema="Odd.Schema"' in command and '--schema="q""uote"' in command
    assert '--exclude-table="Odd.Schema"."t*?"' in command
    assert '--extension="uuid-ossp"' in command
    assert '--exclude-schema="_lookalike"' in command and "--no-owner" in command and "--no-privileges" in command
    kept = dump_command("pg_dump", "post-data", scope, SchemaOrigin("postgresql://h/db", owners=True, privileges=True))
    assert "--no-owner" not in kept and "--no-privileges" not in kept


def test_a_dump_splits_into_its_objects_without_psql_guards() -> None:
    text = (
        "--\n-- PostgreSQL database dump\n--\n\\restrict abc123\n\nSET statement_timeout = 0;\n\n"
        "--\n-- Name: t; Type: TABLE; Schema: public; Owner: -\n--\n\nCREATE TABLE public.t (id int);\n\n\n"
        "--\n-- Name: t t_pkey; Type: CONSTRAINT; Schema: public; Owner: -\n--\n\n"
        "ALTER TABLE ONLY public.t\n    ADD CONSTRAINT t_pkey PRIMARY KEY (id);\n\n\\unrestrict abc123\n"
    )
    dump = split_dump(text)
    assert "SET statement_timeout = 0;" in dump.preamble and "restrict" not in dump.preamble
    assert [(e.type, e.name) for e in dump.entries] == [("TABLE", "t"), ("CONSTRAINT", "t t_pkey")]
    assert dump.entries[1].is_key and not dump.entries[0].is_key
    assert "unrestrict" not in dump.entries[1].sql

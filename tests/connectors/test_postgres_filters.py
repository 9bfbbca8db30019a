"""A user's SQL filter reaches PostgreSQL as one statement only, read-only where it is merely checked."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.support import pg_rows, run_script

from lookalike.connectors import open_connector
from lookalike.core.errors import ConfigError
from lookalike.core.schema import QualifiedName
from lookalike.core.subset import SubsetPlan, Target

ESCAPES = [
    "1=1) ; DROP TABLE person; SELECT (1",
    "id < 0 OR (SELECT setval('person_id_seq', 999)) > 0",
    "true) ; UPDATE person SET email = 'x'; SELECT (true",
]


@pytest.mark.parametrize("where", ESCAPES)
def test_checked_filters_cannot_write_or_smuggle_a_statement(new_pg_db: Callable[[str], str], where: str) -> None:
    url = run_script(
        new_pg_db("src"),
        "CREATE TABLE person (id serial PRIMARY KEY, email text); "
        "INSERT INTO person (email) SELECT 'p' || g || '@example.com' FROM generate_series(1, 20) g;",
    )
    table = QualifiedName("public", "person")
    connector = open_connector(url, must_exist=True)
    try:
        schema = connector.reflect()
        with pytest.raises(ConfigError) as counted:
            connector.count_matching(table, where, 5.0)
        assert counted.value.where == "tables.public.person.where"
        plan = SubsetPlan(targets=(Target(table, where, None, None),))
        if "setval" not in where:  # EXPLAIN does not run functions: only the smuggled statements must fail
            with pytest.raises(ConfigError):
                connector.check_subset(plan, schema.tables)
        assert connector.count_matching(table, "id <= 5", 5.0) == 5
    finally:
        connector.close()
    assert pg_rows(url, "SELECT count(*), count(DISTINCT email) FROM person") == [(20, 20)]
    assert pg_rows(url, "SELECT last_value FROM person_id_seq") == [(20,)]


def test_a_slow_filter_stops_at_the_time_limit(new_pg_db: Callable[[str], str]) -> None:
    url = run_script(new_pg_db("src"), "CREATE TABLE t (id int); INSERT INTO t VALUES (1);")
    connector = open_connector(url, must_exist=True)
    try:
        with pytest.raises(ConfigError, match=r"longer than 0\.2 s"):
            connector.count_matching(QualifiedName("public", "t"), "pg_sleep(2) IS NOT NULL", 0.2)
    finally:
        connector.close()

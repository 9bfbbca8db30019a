"""Schema copy PostgreSQL → PostgreSQL: the model's generator (ddl.py) against pg_dump (pgdump.py), per corpus DB.

For each database of tests/corpus: load it, create its schema in two empty databases (one each way, every table,
both phases), time that, and count the lines by which `pg_dump --schema-only` of each copy differs from the
source's. Uses its own throwaway PostgreSQL. Last line: `RESULT generator_diff=N pg_dump_diff=N`.
"""

from __future__ import annotations

import argparse
import difflib
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.connectors.test_postgres_pgdump import EVERYTHING  # noqa: E402
from tests.corpus.test_corpus import SAMPLES, normalized, psql, schema_dump  # noqa: E402
from tests.support import run_script  # noqa: E402

from lookalike.connectors.base import SchemaOrigin  # noqa: E402
from lookalike.connectors.postgres.connector import PostgresConnector  # noqa: E402
from lookalike.testing.postgres import throwaway_postgres  # noqa: E402


def _copy(source_url: str, target_url: str, origin: SchemaOrigin | None) -> tuple[float, int]:
    source = PostgresConnector.open(source_url)
    target = PostgresConnector.open(target_url)
    try:
        schema = source.reflect()
        started = time.perf_counter()
        try:
            target.create_schema(schema, list(schema), "tables", origin)
            target.create_schema(schema, list(schema), "constraints", origin)
        except Exception as error:  # the generator fails outright on some schemas: count that as a total loss
            print(f"    failed: {str(error).splitlines()[0][:160]}")
            return time.perf_counter() - started, -1
        seconds = time.perf_counter() - started
    finally:
        source.close()
        target.close()
    diff = difflib.unified_diff(normalized(schema_dump(source_url)), normalized(schema_dump(target_url)), lineterm="")
    return seconds, sum(1 for line in diff if line[:1] in "+-" and line[:3] not in ("+++", "---"))


def main() -> int:
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args()
    totals = [0, 0]
    with throwaway_postgres() as server:
        databases = [(sample.name, [ROOT / "tests" / "corpus" / f for f in sample.files]) for sample in SAMPLES]
        for index, (name, files) in enumerate([*databases, ("issue-objects", [])]):
            source = server.create_database(f"bench_src_{index}")
            run_script(source, "DO $$ BEGIN CREATE ROLE postgres; EXCEPTION WHEN duplicate_object THEN NULL; END $$")
            for path in files:
                psql(source, path)
            if not files:
                run_script(source, EVERYTHING)
            print(f"{name}:")
            for way, origin in (("generator", None), ("pg_dump", SchemaOrigin(source))):
                seconds, lines = _copy(source, server.create_database(f"bench_{way}_{index}"), origin)
                totals[way == "pg_dump"] += lines if lines >= 0 else 10_000
                print(f"  {way:9} {seconds * 1000:7.0f} ms  schema diff {'FAILED' if lines < 0 else lines} lines")
    print(f"RESULT generator_diff={totals[0]} pg_dump_diff={totals[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

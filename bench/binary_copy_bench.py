"""The arrow path's writer, PostgreSQL → PostgreSQL: binary COPY with wire columns against text COPY, interleaved.

Reads the sync_bench table (bigint, int, email, full_name, timestamptz, numeric(12,2), status, note) the way a
transformed table is read (email, full_name and note decoded, the rest untouched), then, in rounds A B A B…:
  text   — untouched columns as text, the whole batch as text COPY (the route before binary covered numeric);
  binary — untouched columns as wire bytes or decoded, the batch as binary COPY.
Prints read and write seconds (wall, and the client's CPU for encoding) and the ratios of the medians.
Uses its own throwaway PostgreSQL unless --pg-url is given.
"""

from __future__ import annotations

import argparse
import statistics
import time

import psycopg
from bench.sync_bench import FILL, TABLE

from lookalike.connectors.postgres import PostgresConnector
from lookalike.connectors.postgres.copy_binary import encode_binary, typed_here
from lookalike.connectors.postgres.copy_text import encode_batch
from lookalike.connectors.postgres.writing import PLAIN_TEXT_KINDS
from lookalike.core.schema import QualifiedName
from lookalike.testing.postgres import admin_url, fresh_database

UNTOUCHED = frozenset({"id", "account_id", "created_at", "amount", "status"})


def one_round(source: str, dest: str, wire: bool) -> tuple[float, float, float]:
    """(read s, encode CPU s, write s) for the whole table."""
    with psycopg.connect(dest, autocommit=True) as conn:
        conn.execute("TRUNCATE t")
    reader, writer = PostgresConnector.open(source), PostgresConnector.open(dest)
    try:
        table = reader.reflect().table(QualifiedName("public", "t"))
        columns = list(table.writable_columns)
        started = time.perf_counter()
        batches = list(reader.read_batches(table, columns, 50_000, UNTOUCHED, native_wire=wire))
        read = time.perf_counter() - started
        with psycopg.connect(dest) as conn:
            types = typed_here(conn, psycopg.sql.Identifier("public", "t"), columns, {})
        started = time.process_time()
        if wire:
            encoded = [encode_binary(batch, types) for batch in batches]
        else:
            encoded = [encode_batch(batch, [c.kind in PLAIN_TEXT_KINDS for c in columns]) for batch in batches]
        encode = time.process_time() - started
        statement = "COPY t FROM STDIN (FORMAT binary)" if wire else "COPY t FROM STDIN"
        started = time.perf_counter()
        with psycopg.connect(dest) as conn, conn.cursor() as cur:
            for data in encoded:
                assert data is not None
                with cur.copy(statement) as copy:
                    copy.write(data)
        write = time.perf_counter() - started
    finally:
        reader.close()
        writer.close()
    return read, encode, write


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pg-url", help="an existing server's admin URL (default: start a throwaway one)")
    parser.add_argument("--rows", type=int, default=500_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with admin_url(args.pg_url) as admin:
        source, dest = fresh_database(admin, "copy_src"), fresh_database(admin, "copy_dst")
        with psycopg.connect(source, autocommit=True) as conn:
            conn.execute(TABLE)  # type: ignore[arg-type]
            conn.execute(FILL, (args.rows,))  # type: ignore[arg-type]
            conn.execute("VACUUM ANALYZE t")
        with psycopg.connect(dest, autocommit=True) as conn:
            conn.execute(TABLE)  # type: ignore[arg-type]
        runs: dict[str, list[tuple[float, float, float]]] = {"text": [], "binary": []}
        for round_no in range(args.rounds):
            for name in runs:
                runs[name].append(one_round(source, dest, wire=name == "binary"))
            print(f"round {round_no + 1}: " + ", ".join(f"{k} {v[-1]}" for k, v in runs.items()), flush=True)
        medians = {name: [statistics.median(r[i] for r in rounds) for i in range(3)] for name, rounds in runs.items()}
        for name, (read, encode, write) in medians.items():
            print(f"{name:>7}: read {read:.2f}s  encode {encode:.2f}s CPU  write {write:.2f}s  ({args.rows:,} rows)")
        text, binary = medians["text"], medians["binary"]
        print(
            f"RESULT read_ratio={text[0] / binary[0]:.2f} encode_ratio={text[1] / binary[1]:.2f} "
            f"write_ratio={text[2] / binary[2]:.2f}"
        )


if __name__ == "__main__":
    main()

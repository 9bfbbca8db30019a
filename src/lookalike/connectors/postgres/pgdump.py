"""PostgreSQL → PostgreSQL schemas copied by PostgreSQL's own pg_dump, not generated from our model.

Why pg_dump: the reflected model (core/schema.py) describes what the engine needs to move rows — tables, keys,
types, sequences. A database is more: views, materialized views, functions, procedures, aggregates, triggers,
rules, comments, policies, exclusion constraints, collations, extensions, composite types, sub-partitions, indexes
and keys declared on partitions. Teaching ddl.py each of them would re-implement pg_dump, which already knows every
object of every server version and their dependency order. Measured on the corpus (bench/schema_bench.py: every
table, both phases, `pg_dump --schema-only` of the copy against the source's): ddl.py took 15-600 ms and matched
only the two plain-table databases (world, iso3166); it lost 472 lines of pagila's schema and 490 of sakila's and
failed outright on danbooru and openstreetmap (operator classes of extensions it does not create) and on the
issue's objects (composite type). pg_dump took 0.5-3.5 s (three pg_dump runs and a restore per copy, paid once a
run) and matched every one, line for line. A second or three per run buys a faithful schema; ddl.py stays for
sources of another dialect (SQLite → PostgreSQL) and for made-up data.

How the phases map (connectors/base.py SchemaPhase):
- `tables` (before the data): `pg_dump --schema-only --section=pre-data` (schemas, extensions, types, functions,
  tables, sequences, views) plus, from post-data, the PRIMARY KEY and UNIQUE constraints: the engine needs them
  while loading (ON CONFLICT, parents of skipped rows, CLUSTER of transformed keys), as ddl.py made them.
- `constraints` (after the data): the rest of `--section=post-data` — indexes, exclusion constraints, FKs,
  triggers, rules, policies, RLS — so no trigger fires on a copied row and indexes are built once (a second run,
  whose tables have their triggers, holds them off meanwhile: triggers.py); then each
  sequence is moved past every column that draws from it, and materialized views the source had populated are
  refreshed from the copied rows.

Scope: the job's schemas (`-n`, with `-e` for each extension since `-n` alone drops them), never the checkpoint
and subset scratch schemas. A table the job does not copy is left out with `-T`, and so is everything that cannot
exist without it: its partitions and (transitively) the views reading it. A FK pointing at a table left out is
dropped, as ddl.py drops it. Foreign servers and user mappings (credentials, and a live link to the source's
neighbours) and subscriptions and publications are never copied. A FK the source holds NOT VALID stays NOT VALID,
but the copied rows must satisfy it all the same (check_unvalidated_keys). A function or policy whose body names a table
left out fails the restore with the object's name: pg_dump cannot leave those out, and a schema silently missing
them would be worse. Subsets and transformed columns change rows, not DDL.

Rules are created after the data too; on a second run they exist, and an INSERT rule then applies to the rows an
`on_conflict: nothing|update` merge inserts from its staging table (COPY, the other writes, ignores rules).

pg_dump reads the source's catalog when each phase starts, not in the run's snapshot (that is exported once the
tables exist): a source whose DDL changes during a run fails the restore with the object's name, or differs.

The dump is applied over a connection of its own (its preamble sets search_path to ''), in one transaction: each
object in a savepoint, so re-running into a destination that has the objects (a second run) skips those that
exist, as ddl.py's IF NOT EXISTS did, and any other failure rolls the whole phase back.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import shutil
import subprocess
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from lookalike.connectors.base import CHECKPOINT_NAMESPACE, SchemaOrigin, SchemaPhase, redact_url
from lookalike.connectors.postgres import sessions, triggers
from lookalike.core.errors import ConfigError, RerunError, RunError
from lookalike.core.schema import QualifiedName, Table
from lookalike.core.urls import scrub_url

SCRATCH_SCHEMA = "_lookalike_subset"  # connectors/postgres/subset.py's copies in the source
LOCK_WAIT = "60s"  # a table locked exclusively in the source fails the dump instead of hanging the run
DUMP_TIMEOUT_SECONDS = 900

# Objects that already exist when a schema is applied a second time: skipped like ddl.py's IF NOT EXISTS.
_EXISTS = frozenset({"42P07", "42710", "42P06", "42723"})  # duplicate table, object, schema, function
_EXISTS_MESSAGES = ("already exists", "multiple primary keys", "is already an identity column", "already a partition")
# Never copied: credentials and live links to other servers.
_NEVER = frozenset({"USER MAPPING", "SERVER"})
_KEY_NAME = re.compile(r"ADD CONSTRAINT (?P<name>\"(?:[^\"]|\"\")*\"|\S+) (?:PRIMARY KEY|UNIQUE)\b")
_HEADER = re.compile(
    r"^--\n-- Name: (?P<name>.*?); Type: (?P<type>[A-Z][A-Z ]*); Schema: (?P<schema>.*?); Owner: (?P<owner>.*?)"
    r"(?:; Tablespace: .*)?\n--\n",
    re.MULTILINE,
)
_META = re.compile(r"^\\(?P<command>\S+).*$", re.MULTILINE)


@dataclass(frozen=True)
class Entry:
    """One object of a plain-format dump (a TOC entry): its header fields and its SQL."""

    type: str
    schema: str
    name: str
    sql: str

    @property
    def label(self) -> str:
        where = "" if self.schema == "-" else f"{self.schema}."
        return f"{self.type.lower()} {where}{self.name}"

    @property
    def is_key(self) -> bool:
        """A PRIMARY KEY or UNIQUE constraint (created before the data)."""
        return self.type == "CONSTRAINT" and _KEY_NAME.search(self.sql) is not None


@dataclass(frozen=True)
class Dump:
    preamble: str  # the SET statements every entry assumes
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class Scope:
    """What of the source is dumped."""

    schemas: tuple[str, ...] | None  # None: every schema (and so every extension)
    extensions: tuple[str, ...]
    excluded: tuple[QualifiedName, ...]  # relations left out (-T)
    dropped_fks: frozenset[tuple[str, str]]  # (schema, "table constraint") FKs to relations left out


# -- finding pg_dump ------------------------------------------------------------------------------------------
def _version(binary: str) -> int | None:
    try:
        out = subprocess.run([binary, "--version"], capture_output=True, text=True, timeout=30, check=True).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    found = re.search(r"\)\s*(\d+)(?:\.(\d+))?", out)
    if found is None:
        return None
    major = int(found.group(1))
    return major if major >= 10 else major * 100 + int(found.group(2) or 0)  # 9.6 → 906, as server_major says


def _candidates() -> Iterator[str]:
    on_path = shutil.which("pg_dump")
    if on_path:
        yield on_path
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        bindir = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True, timeout=30).stdout.strip()
        if bindir:
            yield str(Path(bindir) / "pg_dump")
    for directory in sorted(Path("/usr/lib/postgresql").glob("*/bin")):
        yield str(directory / "pg_dump")


@functools.lru_cache(maxsize=8)
def _installed(candidates: tuple[str, ...] | None) -> tuple[tuple[str, int], ...]:
    """Each pg_dump found with its major version (asked once per process: each asks a subprocess)."""
    found: dict[str, int] = {}
    for binary in candidates if candidates is not None else tuple(_candidates()):
        if binary not in found and Path(binary).exists() and (version := _version(binary)) is not None:
            found[binary] = version
    return tuple(found.items())


def find_pg_dump(server_major: int, candidates: Sequence[str] | None = None) -> str:
    """The newest pg_dump at least as new as the server (an older one refuses to dump it)."""
    found = dict(_installed(tuple(candidates) if candidates is not None else None))
    usable = [(version, binary) for binary, version in found.items() if version >= server_major]
    if usable:
        return max(usable)[1]
    have = ", ".join(f"{binary} ({version})" for binary, version in sorted(found.items())) or "none"
    raise ConfigError(
        f"copying the schema needs pg_dump {server_major} or newer (the source server's version); found: {have}",
        where="init_schema (PostgreSQL → PostgreSQL)",
        fix=f"install postgresql-client-{server_major} (or newer) on this machine, or put its bin directory on PATH",
    )


def server_major(conn: psycopg.Connection[Any]) -> int:
    number = conn.info.server_version
    return number // 10000 if number >= 100000 else number // 100


# -- the scope ------------------------------------------------------------------------------------------------
_ALL_SCHEMAS = """
SELECT n.nspname FROM pg_namespace n
WHERE n.nspname !~ '^(pg_catalog$|information_schema$|pg_toast|pg_temp|_lookalike$|_lookalike_subset$)'
"""

# Relations kept: the copied tables and (recursively) their partitions.
_KEPT = """
WITH RECURSIVE kept(oid) AS (
    SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN unnest(%(schemas)s::text[], %(names)s::text[]) AS w(s, t) ON w.s = n.nspname AND w.t = c.relname
  UNION
    SELECT i.inhrelid FROM pg_inherits i JOIN kept k ON i.inhparent = k.oid
)
SELECT oid FROM kept
"""

# Relations left out: every other table (and foreign table) and, transitively, the partitions of those and the
# views and materialized views that read any of them.
_LEFT_OUT = """
WITH RECURSIVE gone(oid) AS (
    SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p', 'f') AND NOT c.oid = ANY(%(kept)s::oid[])
      AND n.nspname !~ '^(pg_catalog$|information_schema$|pg_toast)'
  UNION
    SELECT x.oid FROM gone g CROSS JOIN LATERAL (
        SELECT i.inhrelid FROM pg_inherits i WHERE i.inhparent = g.oid
      UNION ALL
        SELECT r.ev_class FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid
        WHERE d.classid = 'pg_rewrite'::regclass AND d.refclassid = 'pg_class'::regclass
          AND d.refobjid = g.oid AND r.ev_class <> g.oid
    ) AS x(oid)
)
SELECT n.nspname, c.relname FROM gone JOIN pg_class c ON c.oid = gone.oid JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY(%(dumped)s::text[]) AND NOT c.oid = ANY(%(kept)s::oid[])
ORDER BY 1, 2
"""

# FKs of kept relations that point at a relation not kept (constraints a partition inherits are its parent's).
_FKS_OUT = """
SELECT n.nspname, c.relname, con.conname FROM pg_constraint con
JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE con.contype = 'f' AND con.conparentid = 0 AND con.conrelid = ANY(%(kept)s::oid[])
  AND NOT con.confrelid = ANY(%(kept)s::oid[])
"""


def scope(conn: psycopg.Connection[Any], schemas: Sequence[str], tables: Sequence[Table]) -> Scope:
    """What to dump for copying `tables` (of the source's `schemas`, as reflected) and nothing they lack."""
    with conn.cursor() as cur:
        every = sorted(row[0] for row in cur.execute(_ALL_SCHEMAS))
        dumped = [name for name in every if name in set(schemas)]
        names = {"schemas": [t.name.schema or "public" for t in tables], "names": [t.name.name for t in tables]}
        kept = [row[0] for row in cur.execute(_KEPT, names)]
        excluded = tuple(
            QualifiedName(schema, name)
            for schema, name in cur.execute(_LEFT_OUT, {"kept": kept, "dumped": dumped}).fetchall()
        )
        fks = frozenset((schema, f"{table} {name}") for schema, table, name in cur.execute(_FKS_OUT, {"kept": kept}))
        extensions = tuple(row[0] for row in cur.execute("SELECT extname FROM pg_extension ORDER BY 1"))
    conn.rollback()
    whole = dumped == every
    return Scope(None if whole else tuple(dumped), () if whole else extensions, excluded, fks)


def _pattern(*parts: str) -> str:
    """An exact pg_dump name pattern: each part double-quoted, so `.`, `*`, `?` and case are taken literally."""
    return ".".join('"' + part.replace('"', '""') + '"' for part in parts)


def dump_command(binary: str, section: str, dump_scope: Scope, origin: SchemaOrigin) -> list[str]:
    command = [binary, "--schema-only", f"--section={section}", f"--lock-wait-timeout={LOCK_WAIT}"]
    command += ["--no-publications", "--no-subscriptions", "--no-security-labels", "--no-tablespaces"]
    if not origin.owners:
        command.append("--no-owner")
    if not origin.privileges:
        command.append("--no-privileges")
    command += [f"--exclude-schema={_pattern(name)}" for name in (CHECKPOINT_NAMESPACE, SCRATCH_SCHEMA)]
    if dump_scope.schemas is not None:
        command += [f"--schema={_pattern(name)}" for name in dump_scope.schemas]
        command += [f"--extension={_pattern(name)}" for name in dump_scope.extensions]
    command += [f"--exclude-table={_pattern(n.schema or 'public', n.name)}" for n in dump_scope.excluded]
    return command


def run_dump(url: str, command: list[str]) -> str:
    """pg_dump's plain output for `command` against `url` (the password goes in the environment, not argv)."""
    params = conninfo_to_dict(url)
    environ = dict(os.environ)
    password = params.pop("password", None)
    if password is not None:
        environ["PGPASSWORD"] = str(password)
    params.setdefault("connect_timeout", "10")
    try:
        done = subprocess.run(
            [*command, f"--dbname={make_conninfo('', **params)}"],
            capture_output=True,
            text=True,
            env=environ,
            timeout=DUMP_TIMEOUT_SECONDS,
        )
    except subprocess.TimeoutExpired:
        raise RunError(
            f"pg_dump did not finish within {DUMP_TIMEOUT_SECONDS} s",
            where=f"init_schema from {redact_url(url)}",
            fix="check for long locks on the source's tables (pg_locks) and run again",
        ) from None
    if done.returncode != 0:
        message = scrub_url(done.stderr.strip(), url) or f"exit status {done.returncode}"
        raise RunError(
            f"pg_dump of the source's schema failed: {message}",
            where=f"init_schema from {redact_url(url)}",
            fix="the message is pg_dump's; the job's user needs to read the catalog and the copied schemas",
        )
    return str(done.stdout)


# -- parsing and applying -------------------------------------------------------------------------------------
def split_dump(text: str) -> Dump:
    """The preamble and the entries of a plain dump; psql's \\restrict guard lines are dropped."""
    for meta in _META.finditer(text):
        if meta.group("command") not in ("restrict", "unrestrict"):
            raise RunError(
                f"pg_dump wrote a psql command this restore cannot run: {meta.group(0)[:60]}",
                fix="this is a bug: a single database's schema dump has no other psql commands",
            )
    text = _META.sub("", text).split("\n--\n-- PostgreSQL database dump complete\n--\n", 1)[0]
    headers = list(_HEADER.finditer(text))
    end = headers[0].start() if headers else len(text)
    entries = []
    for index, header in enumerate(headers):
        stop = headers[index + 1].start() if index + 1 < len(headers) else len(text)
        body = text[header.end() : stop].strip()
        if body:
            entries.append(Entry(header.group("type"), header.group("schema"), header.group("name"), body))
    return Dump(text[:end], tuple(entries))


def _exists(error: psycopg.Error) -> bool:
    message = str(error)
    return error.sqlstate in _EXISTS or any(part in message for part in _EXISTS_MESSAGES)


def _failure(entry: Entry, error: psycopg.Error, destination: str) -> RunError:
    message = (str(error).strip().splitlines() or [type(error).__name__])[0]
    fix = "the message is the destination server's; the object is as the source defines it"
    if error.sqlstate in ("42P01", "42883", "42704"):
        fix = (
            "it needs an object this copy leaves out (a table the job skips, a schema not in `schemas:`, a role): "
            "copy that too, or create it in the destination first"
        )
    elif "extension" in message or error.sqlstate == "58P01":
        fix = "install the extension's package on the destination server (e.g. postgresql-contrib), or create it first"
    elif error.sqlstate == "42501":
        fix = "connect to the destination as a role allowed to create it (extensions often need a superuser)"
    elif error.sqlstate == "23503":  # adding a FK validates every copied row: some have no parent
        fix = (
            "copied rows have no parent row: the source holds such rows (loaded with FK checks off) or the subset "
            "left their parents out; set `skip_fk_violations: true` to drop (and count) them, or repair the source"
        )
    what = f"creating {entry.label} in the destination failed: {message}"
    if error.sqlstate == "23503":  # a resume would add the FK to the same rows again
        return RerunError(what, where=destination, fix=fix + ", then run the job again")
    return RunError(what, where=destination, fix=fix)


def apply(url: str, dump: Dump, entries: Sequence[Entry]) -> None:
    """Run `entries` in one transaction on a connection of their own; skip the objects that exist already."""
    destination = redact_url(url)
    with sessions.connect_in_session(url) as conn, conn.transaction():
        if dump.preamble.strip():
            conn.execute(dump.preamble)  # the dump's SET statements
            sessions.restore_timeout(conn)  # the preamble sets statement_timeout = 0: DDL on a locked table would wait
        if not entries:
            return
        try:  # a fresh destination: everything at once
            with conn.transaction():
                conn.execute("\n".join(entry.sql for entry in entries))
            return
        except psycopg.Error:
            pass  # some exist (a second run) or one fails: one by one, to skip or to name it
        for entry in entries:
            try:
                with conn.transaction():
                    conn.execute(entry.sql)
            except psycopg.Error as error:
                if not _exists(error):
                    raise _failure(entry, error, destination) from None


# -- after the data -------------------------------------------------------------------------------------------
# Each sequence with every column that draws from it: owned (serial, identity) or named in a default.
_SEQUENCE_USERS = """
SELECT s.oid, ns.nspname, s.relname, q.seqincrement, nt.nspname, t.relname, a.attname
FROM pg_sequence q JOIN pg_class s ON s.oid = q.seqrelid JOIN pg_namespace ns ON ns.oid = s.relnamespace
JOIN (
    SELECT d.objid AS seq, d.refobjid AS rel, d.refobjsubid AS att FROM pg_depend d
    WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass
      AND d.deptype IN ('a', 'i') AND d.refobjsubid > 0
  UNION
    SELECT d.refobjid, ad.adrelid, ad.adnum FROM pg_attrdef ad
    JOIN pg_depend d ON d.classid = 'pg_attrdef'::regclass AND d.objid = ad.oid AND d.refclassid = 'pg_class'::regclass
) AS u ON u.seq = s.oid
JOIN pg_class t ON t.oid = u.rel AND t.relkind IN ('r', 'p') AND NOT t.relispartition
JOIN pg_namespace nt ON nt.oid = t.relnamespace
JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = u.att
WHERE ns.nspname = ANY(%(schemas)s::text[])
ORDER BY 1
"""

_SOURCE_SEQUENCES = "SELECT schemaname, sequencename, last_value FROM pg_sequences WHERE last_value IS NOT NULL"


def advance_sequences(url: str, source_values: dict[tuple[str, str], int], schemas: Sequence[str]) -> None:
    """Move each sequence past the source's value and past every value of every column using it.

    A sequence several tables share is set once from all of them: a table loaded after another (or empty) must
    not move it below what the other holds.
    """
    with sessions.connect_in_session(url) as conn, conn.transaction(), conn.cursor() as cur:
        users: dict[int, list[tuple[str, str, int, str, str, str]]] = {}
        for oid, seq_schema, seq_name, increment, schema, table, column in cur.execute(
            _SEQUENCE_USERS, {"schemas": list(schemas)}
        ).fetchall():
            users.setdefault(oid, []).append((seq_schema, seq_name, increment, schema, table, column))
        for used in users.values():
            seq_schema, seq_name, increment, *_ = used[0]
            ascending = increment > 0
            best = sql.SQL("greatest" if ascending else "least")
            extreme = sql.SQL("max" if ascending else "min")
            values: list[sql.Composable] = [
                sql.SQL("(SELECT {}({})::bigint FROM {})").format(
                    extreme, sql.Identifier(column), sql.Identifier(schema, table)
                )
                for *_, schema, table, column in used
            ]
            if (known := source_values.get((seq_schema, seq_name))) is not None:
                values.append(sql.Literal(known))
            row = cur.execute(sql.SQL("SELECT {}({})").format(best, sql.SQL(", ").join(values))).fetchone()
            if row is None or row[0] is None:
                continue  # nothing drew from it anywhere: it starts where it starts
            cur.execute(
                "SELECT setval(%s::regclass, %s, true)", (sql.Identifier(seq_schema, seq_name).as_string(cur), row[0])
            )


_UNVALIDATED_KEYS = """
SELECT c.conrelid::regclass::text, c.conname FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
WHERE c.contype = 'f' AND NOT c.convalidated AND n.nspname <> %s ORDER BY 1, 2
"""


def check_unvalidated_keys(url: str) -> None:
    """RunError when a copied row breaks a FK the source holds NOT VALID (which the copy keeps NOT VALID).

    As for every other FK, orphans fail the run unless `skip_fk_violations` dropped them: each is validated in a
    savepoint that is then rolled back, so the server does the check and the schema stays the source's.
    """
    with sessions.connect_in_session(url) as conn:
        for table, name in conn.execute(_UNVALIDATED_KEYS, (CHECKPOINT_NAMESPACE,)).fetchall():
            try:
                with conn.transaction():
                    conn.execute(
                        sql.SQL("ALTER TABLE {} VALIDATE CONSTRAINT {}").format(sql.SQL(table), sql.Identifier(name))
                    )
                    raise psycopg.Rollback()
            except psycopg.errors.ForeignKeyViolation as error:
                lines = [line.strip() for line in str(error).splitlines() if line.strip()] or [name]
                raise RunError(
                    f"{lines[0]} (NOT VALID in the source, which holds such rows; the copied ones must satisfy it)"
                    + (f": {lines[-1]}" if len(lines) > 1 else ""),
                    where=f"{redact_url(url)}: {table}",
                    fix="set `skip_fk_violations: true` to drop (and count) the rows whose parent is missing",
                ) from None


_POPULATED_MATVIEWS = "SELECT schemaname, matviewname FROM pg_matviews WHERE ispopulated AND schemaname = ANY(%s)"


def refresh_matviews(url: str, names: Sequence[tuple[str, str]]) -> None:
    """REFRESH the materialized views the source had populated, in an order their dependencies allow."""
    pending = list(names)
    with sessions.connect_in_session(url, autocommit=True) as conn:
        while pending:
            failed: list[tuple[str, str]] = []
            last: psycopg.Error | None = None
            for schema, name in pending:
                try:
                    with conn.transaction():
                        conn.execute(sql.SQL("REFRESH MATERIALIZED VIEW {}").format(sql.Identifier(schema, name)))
                except psycopg.Error as error:  # reads another one not refreshed yet: next round
                    failed.append((schema, name))
                    last = error
            if len(failed) == len(pending):
                assert last is not None
                raise RunError(
                    f"refreshing materialized view {failed[0][0]}.{failed[0][1]} failed: {str(last).strip()}",
                    where=redact_url(url),
                    fix="the message is the destination server's; the view is as the source defines it",
                )
            pending = failed


# -- the phases -----------------------------------------------------------------------------------------------
def copy_schema(
    destination_url: str, origin: SchemaOrigin, schemas: Sequence[str], tables: Sequence[Table], phase: SchemaPhase
) -> None:
    """Create in the destination what `phase` asks for, as pg_dump of the source defines it."""
    source_url = origin.url
    with sessions.connect_in_session(source_url) as source:
        binary = find_pg_dump(server_major(source))
        dump_scope = scope(source, schemas, tables)
        sequences: dict[tuple[str, str], int] = {}
        matviews: list[tuple[str, str]] = []
        trigger_states: list[triggers.TriggerState] = []
        if phase != "tables":
            sequences = {(s, n): int(v) for s, n, v in source.execute(_SOURCE_SEQUENCES).fetchall()}
            matviews = [(s, n) for s, n in source.execute(_POPULATED_MATVIEWS, (list(schemas),)).fetchall()]
            trigger_states = triggers.states(source, tables)
        source.rollback()

    def section(name: str) -> Dump:
        dump = split_dump(run_dump(source_url, dump_command(binary, name, dump_scope, origin)))
        wanted = [
            entry
            for entry in dump.entries
            if entry.type not in _NEVER
            and not (entry.type == "FK CONSTRAINT" and (entry.schema, entry.name) in dump_scope.dropped_fks)
        ]
        return Dump(dump.preamble, tuple(wanted))

    if phase in ("tables", "all"):
        pre, post = section("pre-data"), section("post-data")
        apply(destination_url, pre, pre.entries)
        keys = [entry for entry in post.entries if entry.is_key]
        apply(destination_url, post, keys + _key_attachments(post))
        triggers.hold(destination_url, tables)  # a second run: the tables have their triggers already
    if phase in ("constraints", "all"):
        post = section("post-data")
        early = set(_key_attachments(post))
        apply(destination_url, post, [e for e in post.entries if not e.is_key and e not in early])
        excluded = {(name.schema or "public", name.name) for name in dump_scope.excluded}
        triggers.restore(destination_url, trigger_states)
        check_unvalidated_keys(destination_url)
        advance_sequences(destination_url, sequences, schemas)
        refresh_matviews(destination_url, [view for view in matviews if view not in excluded])


_IDENTIFIER = re.compile(r'"(?:[^"]|"")*"|[^."\s]+')
_ATTACH = re.compile(r"^ALTER INDEX (?P<parent>.+) ATTACH PARTITION (?P<child>.+);$")


def _key_attachments(post: Dump) -> list[Entry]:
    """The INDEX ATTACH entries joining a partition's key index to its parent's (after both keys exist)."""
    keys = set()
    for entry in post.entries:
        if entry.is_key and (found := _KEY_NAME.search(entry.sql)) is not None:
            keys.add((entry.schema, found.group("name")))
    attached = []
    for entry in post.entries:
        found = _ATTACH.match(entry.sql) if entry.type == "INDEX ATTACH" else None
        if found is not None and (entry.schema, _IDENTIFIER.findall(found.group("child"))[-1]) in keys:
            attached.append(entry)
    return attached

"""Reflect PostgreSQL from pg_catalog into the schema model: one query per object class, not per table."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

import psycopg

from lookalike.connectors.postgres.types import kind_of
from lookalike.core.schema import (
    CheckConstraint,
    Column,
    Domain,
    EnumType,
    ForeignKey,
    Index,
    Kind,
    PrimaryKey,
    QualifiedName,
    Schema,
    Table,
    UniqueConstraint,
)
from lookalike.core.schema import (
    Sequence as SequenceModel,
)

_USER_SCHEMA = (
    "{ns} NOT IN ('pg_catalog', 'information_schema') AND {ns} NOT LIKE 'pg\\_toast%%' "
    "AND {ns} NOT LIKE 'pg\\_temp%%' AND (%(schemas)s::text[] IS NULL OR {ns} = ANY(%(schemas)s::text[]))"
)

TABLES = f"""
SELECT c.oid, n.nspname, c.relname, c.reltuples::bigint
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND {_USER_SCHEMA.format(ns="n.nspname")}
ORDER BY n.nspname, c.relname
"""

COLUMNS = """
SELECT a.attrelid, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid),
       a.attidentity, a.attgenerated, a.atttypmod, a.attndims,
       t.typname, t.typtype, tn.nspname,
       coalesce(b.typname, t.typname), coalesce(b.typtype, t.typtype), coalesce(t.typtypmod, -1),
       e.typname, e.typtype, en.nspname,
       seq_n.nspname, seq.relname
FROM pg_attribute a
JOIN pg_type t ON t.oid = a.atttypid
JOIN pg_namespace tn ON tn.oid = t.typnamespace
LEFT JOIN pg_type b ON t.typtype = 'd' AND b.oid = t.typbasetype
LEFT JOIN pg_type e ON e.oid = coalesce(b.typelem, t.typelem) AND coalesce(b.typcategory, t.typcategory) = 'A'
LEFT JOIN pg_namespace en ON en.oid = e.typnamespace
LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
LEFT JOIN pg_depend dep ON dep.refobjid = a.attrelid AND dep.refobjsubid = a.attnum
     AND dep.classid = 'pg_class'::regclass AND dep.refclassid = 'pg_class'::regclass AND dep.deptype IN ('a', 'i')
LEFT JOIN pg_class seq ON seq.oid = dep.objid AND seq.relkind = 'S'
LEFT JOIN pg_namespace seq_n ON seq_n.oid = seq.relnamespace
WHERE a.attrelid = ANY(%(oids)s) AND a.attnum > 0 AND NOT a.attisdropped
ORDER BY a.attrelid, a.attnum
"""

CONSTRAINTS = """
SELECT con.conrelid, con.conname, con.contype, con.condeferrable, con.condeferred, con.confdeltype, con.confupdtype,
       (SELECT array_agg(a.attname ORDER BY k.ord) FROM unnest(con.conkey) WITH ORDINALITY k(num, ord)
          JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num),
       (SELECT array_agg(a.attname ORDER BY k.ord) FROM unnest(con.confkey) WITH ORDINALITY k(num, ord)
          JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num),
       rn.nspname, rc.relname, pg_get_constraintdef(con.oid)
FROM pg_constraint con
LEFT JOIN pg_class rc ON rc.oid = con.confrelid
LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
WHERE con.conrelid = ANY(%(oids)s) AND con.contype IN ('p', 'u', 'f', 'c')
ORDER BY con.conrelid, con.conname
"""

INDEXES = """
SELECT i.indrelid, ic.relname, pg_get_indexdef(i.indexrelid), i.indisunique
FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
WHERE i.indrelid = ANY(%(oids)s) AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
ORDER BY i.indrelid, ic.relname
"""

ENUMS = f"""
SELECT n.nspname, t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder)
FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
WHERE {_USER_SCHEMA.format(ns="n.nspname")}
GROUP BY n.nspname, t.typname ORDER BY 1, 2
"""

DOMAINS = f"""
SELECT n.nspname, t.typname, format_type(t.typbasetype, t.typtypmod), t.typnotnull, t.typdefault,
       (SELECT array_agg(pg_get_constraintdef(c.oid) ORDER BY c.conname) FROM pg_constraint c WHERE c.contypid = t.oid)
FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
WHERE t.typtype = 'd' AND {_USER_SCHEMA.format(ns="n.nspname")}
ORDER BY 1, 2
"""

SEQUENCES = f"""
SELECT s.schemaname, s.sequencename, s.data_type::text, s.start_value, s.increment_by, s.min_value, s.max_value,
       s.cycle, tn.nspname, tc.relname, a.attname, dep.deptype
FROM pg_sequences s
JOIN pg_class c ON c.relname = s.sequencename
JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = s.schemaname
LEFT JOIN pg_depend dep ON dep.objid = c.oid AND dep.classid = 'pg_class'::regclass
     AND dep.refclassid = 'pg_class'::regclass AND dep.deptype IN ('a', 'i')
LEFT JOIN pg_class tc ON tc.oid = dep.refobjid
LEFT JOIN pg_namespace tn ON tn.oid = tc.relnamespace
LEFT JOIN pg_attribute a ON a.attrelid = dep.refobjid AND a.attnum = dep.refobjsubid
WHERE {_USER_SCHEMA.format(ns="s.schemaname")}
ORDER BY 1, 2
"""

_ACTIONS = {"r": "RESTRICT", "c": "CASCADE", "n": "SET NULL", "d": "SET DEFAULT"}


def _column(row: tuple[Any, ...]) -> Column:
    (
        _,
        name,
        native,
        notnull,
        expr,
        identity,
        generated,
        typmod,
        ndims,
        typname,
        typtype,
        typschema,
        base_name,
        base_type,
        _domain_mod,
        elem_name,
        elem_type,
        _elem_schema,
        seq_schema,
        seq_name,
    ) = row
    if elem_name is not None:
        kind, element = Kind.ARRAY, kind_of(elem_name, elem_type)
    else:
        kind, element = kind_of(base_name, base_type), None
    user_type = QualifiedName(typschema, typname) if typtype in ("d", "e") else None
    length = typmod - 4 if base_name in ("varchar", "bpchar") and typmod > 4 else None
    precision = ((typmod - 4) >> 16) & 0xFFFF if base_name == "numeric" and typmod > 4 else None
    scale = (typmod - 4) & 0xFFFF if precision is not None else None
    return Column(
        name=name,
        native_type=native,
        kind=kind,
        nullable=not notnull,
        default=None if generated == "s" or identity else expr,
        identity={"a": "always", "d": "by_default"}.get(identity),  # type: ignore[arg-type]
        generated=expr if generated == "s" else None,
        max_length=length,
        precision=precision,
        scale=scale,
        element_kind=element,
        array_dims=max(ndims, 1) if element is not None else 0,
        user_type=user_type,
        sequence=QualifiedName(seq_schema, seq_name) if seq_name else None,
    )


def reflect(conn: psycopg.Connection[Any], schemas: Sequence[str] | None) -> Schema:
    """Tables (with columns, keys, checks, indexes), enums, domains and sequences of the user schemas."""
    params: dict[str, Any] = {"schemas": list(schemas) if schemas else None}
    with conn.cursor() as cur:
        tables = cur.execute(TABLES, params).fetchall()
        oids = {"oids": [oid for oid, *_ in tables]}
        columns: dict[int, list[Column]] = defaultdict(list)
        for row in cur.execute(COLUMNS, oids):
            columns[row[0]].append(_column(row))
        constraints: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
        for row in cur.execute(CONSTRAINTS, oids):
            constraints[row[0]].append(row)
        indexes: dict[int, list[Index]] = defaultdict(list)
        for oid, name, definition, unique in cur.execute(INDEXES, oids):
            indexes[oid].append(Index(name, definition, unique))
        enums = tuple(EnumType(QualifiedName(s, n), tuple(labels)) for s, n, labels in cur.execute(ENUMS, params))
        domains = tuple(
            Domain(
                QualifiedName(s, n),
                base,
                not notnull,
                default,
                tuple(CheckConstraint(c.removeprefix("CHECK ")) for c in checks or ()),
            )
            for s, n, base, notnull, default, checks in cur.execute(DOMAINS, params)
        )
        sequences = tuple(
            SequenceModel(
                QualifiedName(s, n),
                dtype,
                start,
                inc,
                lo,
                hi,
                cycle,
                (QualifiedName(ts, tn), col) if tn and dep == "a" else None,
            )
            for s, n, dtype, start, inc, lo, hi, cycle, ts, tn, col, dep in cur.execute(SEQUENCES, params)
            if dep != "i"  # identity sequences belong to their column
        )
    conn.rollback()
    result: dict[QualifiedName, Table] = {}
    for oid, schema, name, estimate in tables:
        pk, uniques, fks, checks = None, [], [], []
        for (
            _,
            cname,
            ctype,
            deferrable,
            deferred,
            on_delete,
            on_update,
            cols,
            ref_cols,
            rs,
            rn,
            definition,
        ) in constraints[oid]:
            if ctype == "p":
                pk = PrimaryKey(tuple(cols), cname)
            elif ctype == "u":
                uniques.append(UniqueConstraint(tuple(cols), cname))
            elif ctype == "c":
                checks.append(CheckConstraint(definition.removeprefix("CHECK "), cname))
            else:
                fks.append(
                    ForeignKey(
                        tuple(cols),
                        QualifiedName(rs, rn),
                        tuple(ref_cols),
                        cname,
                        deferrable,
                        deferred,
                        _ACTIONS.get(on_delete),
                        _ACTIONS.get(on_update),
                    )
                )
        qualified = QualifiedName(schema, name)
        result[qualified] = Table(
            qualified,
            tuple(columns[oid]),
            pk,
            tuple(uniques),
            tuple(fks),
            tuple(checks),
            tuple(indexes[oid]),
            estimate if estimate >= 0 else None,
        )
    named: list[QualifiedName] = [*result, *(e.name for e in enums), *(d.name for d in domains)]
    used = {name.schema for name in [*named, *(s.name for s in sequences)]}
    return Schema("postgres", result, tuple(sorted(s for s in used if s)), enums, domains, sequences)

"""Reflect PostgreSQL from pg_catalog into the schema model: one query per object class, not per table."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

import psycopg

from lookalike.connectors.postgres import catalog
from lookalike.connectors.postgres.types import PgType, max_length, numeric_precision, resolve_type
from lookalike.core.schema import (
    CheckConstraint,
    Column,
    Domain,
    EnumType,
    ForeignKey,
    Index,
    Kind,
    Partition,
    PrimaryKey,
    QualifiedName,
    Schema,
    Table,
    UniqueConstraint,
)
from lookalike.core.schema import Sequence as SequenceModel

_ACTIONS = {"r": "RESTRICT", "c": "CASCADE", "n": "SET NULL", "d": "SET DEFAULT"}
_IDENTITY: dict[str, Any] = {"a": "always", "d": "by_default"}


def _column(row: tuple[Any, ...], types: dict[int, PgType], sequence: QualifiedName | None) -> Column:
    _, _, name, type_oid, typmod, ndims, native, notnull, expression, identity, generated = row
    resolved = resolve_type(type_oid, types, typmod)
    precision, scale = numeric_precision(resolved)
    return Column(
        name=name,
        native_type=native,
        kind=resolved.kind,
        nullable=not notnull,
        default=None if generated == "s" or identity else expression,
        identity=_IDENTITY.get(identity),
        generated=expression if generated == "s" else None,
        max_length=max_length(resolved),
        precision=precision,
        scale=scale,
        element_kind=resolved.element_kind,
        array_dims=max(ndims, 1) if resolved.kind is Kind.ARRAY else 0,
        user_type=resolved.user_type,
        sequence=sequence,
    )


def _constraints(rows: list[tuple[Any, ...]]) -> dict[str, Any]:
    pk, uniques, fks, checks = None, [], [], []
    for _, name, kind, deferrable, deferred, on_delete, on_update, cols, ref_cols, ref_schema, ref_table, expr in rows:
        if kind == "p":
            pk = PrimaryKey(tuple(cols), name)
        elif kind == "u":
            uniques.append(UniqueConstraint(tuple(cols), name))
        elif kind == "c":
            checks.append(CheckConstraint(expr, name))
        else:
            fks.append(
                ForeignKey(
                    columns=tuple(cols),
                    ref_table=QualifiedName(ref_schema, ref_table),
                    ref_columns=tuple(ref_cols),
                    name=name,
                    deferrable=deferrable,
                    initially_deferred=deferred,
                    on_delete=_ACTIONS.get(on_delete),
                    on_update=_ACTIONS.get(on_update),
                )
            )
    return {"primary_key": pk, "uniques": tuple(uniques), "foreign_keys": tuple(fks), "checks": tuple(checks)}


def _types_used(types: dict[int, PgType]) -> list[int]:
    return [oid for oid, found in types.items() if found.typtype in ("d", "e")]


def reflect(conn: psycopg.Connection[Any], schemas: Sequence[str] | None) -> Schema:
    """Tables (with columns, keys, checks, indexes), enums, domains and sequences of the user schemas."""
    with conn.cursor() as cur:
        wanted = list(schemas) if schemas is not None else None
        names = [row[0] for row in cur.execute(catalog.SCHEMAS, {"schemas": wanted})]
        tables = cur.execute(catalog.TABLES, {"schemas": names}).fetchall()
        oids = {"oids": [row[0] for row in tables]}
        types = {row[0]: PgType(*row) for row in cur.execute(catalog.TYPES, oids)}
        partitions: dict[int, list[Partition]] = defaultdict(list)
        for parent, part_schema, part_name, bound in cur.execute(catalog.PARTITIONS, oids):
            partitions[parent].append(Partition(QualifiedName(part_schema, part_name), bound))
        sequence_of: dict[tuple[int, int], tuple[int, QualifiedName]] = {}
        for relid, attnum, seq, seq_schema, seq_name, _rank in cur.execute(catalog.COLUMN_SEQUENCES, oids):
            sequence_of.setdefault((relid, attnum), (seq, QualifiedName(seq_schema, seq_name)))
        columns: dict[int, list[Column]] = defaultdict(list)
        for row in cur.execute(catalog.COLUMNS, oids).fetchall():
            used = sequence_of.get((row[0], row[1]))
            columns[row[0]].append(_column(row, types, used[1] if used else None))
        constraints: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
        for row in cur.execute(catalog.CONSTRAINTS, oids):
            constraints[row[0]].append(row)
        tree = cur.execute(catalog.PARTITION_TREE, oids).fetchall()
        partition_constraints: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
        for row in cur.execute(catalog.CONSTRAINTS, {"oids": [row[1] for row in tree]}) if tree else ():
            if row[2] == "f":
                partition_constraints[row[0]].append(row)
        indexes: dict[int, list[Index]] = defaultdict(list)
        for oid, name, definition, unique in cur.execute(catalog.INDEXES, oids):
            indexes[oid].append(Index(name, definition, unique))
        params = {
            "schemas": names,
            "types": _types_used(types),
            "sequences": sorted({seq for seq, _ in sequence_of.values()}),
        }
        enums = tuple(
            EnumType(QualifiedName(schema, name), tuple(labels))
            for schema, name, labels in cur.execute(catalog.ENUMS, params)
        )
        domains = tuple(
            Domain(
                QualifiedName(schema, name),
                base,
                not notnull,
                default,
                tuple(CheckConstraint(expr, check) for check, expr in zip(checks or (), exprs or (), strict=True)),
            )
            for schema, name, base, notnull, default, checks, exprs in cur.execute(catalog.DOMAINS, params)
        )
        sequences = tuple(
            SequenceModel(
                QualifiedName(schema, name),
                data_type,
                start,
                increment,
                low,
                high,
                cycle,
                (QualifiedName(owner_schema, owner), column) if owner else None,
            )
            for schema, name, data_type, start, increment, low, high, cycle, owner_schema, owner, column in cur.execute(
                catalog.SEQUENCES, params
            )
        )
    conn.rollback()
    result: dict[QualifiedName, Table] = {}
    for oid, schema, name, estimate, partition_by in tables:
        qualified = QualifiedName(schema, name)
        result[qualified] = Table(
            name=qualified,
            columns=tuple(columns[oid]),
            indexes=tuple(indexes[oid]),
            row_estimate=estimate if estimate >= 0 else None,
            partition_by=partition_by,
            partitions=tuple(partitions[oid]),
            **_constraints(constraints[oid]),
        )
    if tree:
        by_oid = {oid: QualifiedName(schema, name) for oid, schema, name, _, _ in tables}
        result = _lift_partition_keys(result, by_oid, tree, partition_constraints)
    return Schema("postgres", result, tuple(names), enums, domains, sequences)


def _lift_partition_keys(
    tables: dict[QualifiedName, Table],
    by_oid: dict[int, QualifiedName],
    tree: list[tuple[Any, ...]],
    constraints: dict[int, list[tuple[Any, ...]]],
) -> dict[QualifiedName, Table]:
    """Foreign keys declared on partitions become their root table's; a key referencing a partition, its root's.

    Rows are read, subset and written through the root, so a key on a partition constrains the root's rows: without
    this the root would look unconnected (copied whole by a subset, unchecked by verify). Such keys are `virtual`:
    planned, subset and verified by, never created on the root (the partitions declare them; a schema copy creates
    them there). One that only some leaf partitions have lists the partitions declaring it, where verify checks it.
    """
    root_of: dict[QualifiedName, QualifiedName] = {}
    parent_of: dict[int, int] = {}
    leaves: dict[int, set[int]] = defaultdict(set)
    names: dict[int, QualifiedName] = {}
    for root, oid, parent, schema, name, leaf in tree:
        names[oid], parent_of[oid] = QualifiedName(schema, name), parent
        root_of[names[oid]] = by_oid[root]
        if leaf:
            leaves[root].add(oid)

    def leaves_under(oid: int, root: int) -> set[int]:
        found = set()
        for leaf in leaves[root]:
            step: int | None = leaf
            while step is not None and step != oid:
                step = parent_of.get(step)
            if step == oid:
                found.add(leaf)
        return found

    # (root, columns, referenced root, referenced columns) → (the first such key, leaves covered, declared on)
    groups: dict[tuple[Any, ...], tuple[ForeignKey, set[int], list[QualifiedName]]] = {}
    for root, oid, *_ in tree:
        for fk in _constraints(constraints.get(oid, []))["foreign_keys"]:
            key = (root, fk.columns, root_of.get(fk.ref_table, fk.ref_table), fk.ref_columns)
            _, covered, declared = groups.setdefault(key, (fk, set(), []))
            covered |= leaves_under(oid, root)
            declared.append(names[oid])
    lifted: dict[QualifiedName, list[ForeignKey]] = defaultdict(list)
    for (root, _, ref_table, _), (first, covered, declared) in groups.items():
        everywhere = bool(leaves[root]) and covered >= leaves[root]
        lifted[by_oid[root]].append(
            dataclasses.replace(
                first,
                ref_table=ref_table,
                name=first.name if len(declared) == 1 else None,  # each partition names its own
                virtual=True,
                partitions=() if everywhere else tuple(sorted(declared, key=str)),
            )
        )
    out = {}
    for name, table in tables.items():
        # The table's own constraints (a virtual key here was lifted from partitions already: this replaces it).
        own = [
            dataclasses.replace(fk, ref_table=root_of[fk.ref_table], virtual=True) if fk.ref_table in root_of else fk
            for fk in table.foreign_keys
            if not fk.virtual
        ]
        seen = {(fk.columns, fk.ref_table, fk.ref_columns) for fk in own}
        extra = [fk for fk in lifted.get(name, []) if (fk.columns, fk.ref_table, fk.ref_columns) not in seen]
        changed = extra or own != list(table.foreign_keys)
        out[name] = dataclasses.replace(table, foreign_keys=(*own, *extra)) if changed else table
    return out

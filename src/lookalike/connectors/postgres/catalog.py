"""The pg_catalog queries behind reflection and sequence upkeep: one query per object class, never one per table.

Parameters: `schemas` (text[]: the schemas reflected), `oids` (the tables' oids), `types` and `sequences`
(oids of the types and sequences the reflected columns use, which may live in other schemas).
"""

from __future__ import annotations

SCHEMAS = """
SELECT n.nspname FROM pg_namespace n
WHERE n.nspname !~ '^(pg_catalog$|information_schema$|pg_toast|pg_temp|_lookalike$|_lookalike_subset$)'
  AND (%(schemas)s::text[] IS NULL OR n.nspname = ANY(%(schemas)s::text[]))
ORDER BY 1
"""

# Partitions are not tables of their own here: the partitioned parent is read and written as one table holding
# every row (PostgreSQL routes rows to partitions); PARTITIONS lists them so the destination can create them.
TABLES = """
SELECT c.oid, n.nspname, c.relname, c.reltuples::bigint, pg_get_partkeydef(c.oid)
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND n.nspname = ANY(%(schemas)s::text[])
  AND NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = 'pg_class'::regclass
                  AND x.objid = c.oid AND x.deptype = 'e')
ORDER BY n.nspname, c.relname
"""

COLUMNS = """
SELECT a.attrelid, a.attnum, a.attname, a.atttypid, a.atttypmod, a.attndims, format_type(a.atttypid, a.atttypmod),
       a.attnotnull, pg_get_expr(d.adbin, d.adrelid), a.attidentity, a.attgenerated
FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
WHERE a.attrelid = ANY(%(oids)s::oid[]) AND a.attnum > 0 AND NOT a.attisdropped
ORDER BY a.attrelid, a.attnum
"""

# Every type the columns use, plus (recursively) the element types of arrays and the base types of domains.
TYPES = """
WITH RECURSIVE used(oid) AS (
    SELECT a.atttypid FROM pg_attribute a
    WHERE a.attrelid = ANY(%(oids)s::oid[]) AND a.attnum > 0 AND NOT a.attisdropped
  UNION
    SELECT x.oid FROM used u JOIN pg_type t ON t.oid = u.oid
    CROSS JOIN LATERAL (VALUES (t.typelem), (t.typbasetype)) AS x(oid)
    WHERE x.oid <> 0
)
SELECT t.oid, n.nspname, t.typname, t.typtype, t.typcategory, t.typelem, t.typbasetype, t.typtypmod
FROM used u JOIN pg_type t ON t.oid = u.oid JOIN pg_namespace n ON n.oid = t.typnamespace
"""

# The sequence behind each column: owned by it (serial, identity: rank 0) or named in its default (rank 1).
_SEQUENCE_SOURCES = """
SELECT d.refobjid AS relid, d.refobjsubid AS attnum, s.oid AS seq, n.nspname, s.relname, 0 AS rank
FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S' JOIN pg_namespace n ON n.oid = s.relnamespace
WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
  AND d.refobjsubid > 0 AND d.refobjid = ANY(%(oids)s::oid[])
UNION ALL
SELECT ad.adrelid, ad.adnum, s.oid, n.nspname, s.relname, 1
FROM pg_attrdef ad
JOIN pg_depend d ON d.classid = 'pg_attrdef'::regclass AND d.objid = ad.oid AND d.refclassid = 'pg_class'::regclass
JOIN pg_class s ON s.oid = d.refobjid AND s.relkind = 'S' JOIN pg_namespace n ON n.oid = s.relnamespace
WHERE ad.adrelid = ANY(%(oids)s::oid[])
"""
COLUMN_SEQUENCES = _SEQUENCE_SOURCES + "ORDER BY rank\n"

# Key columns are paired by position (conkey[i] references confkey[i]); constraints that partitions
# inherit from a parent (conparentid <> 0) are the parent's business.
CONSTRAINTS = """
SELECT con.conrelid, con.conname, con.contype, con.condeferrable, con.condeferred, con.confdeltype, con.confupdtype,
       k.cols, k.ref_cols, rn.nspname, rc.relname,
       CASE WHEN con.contype = 'c' THEN pg_get_expr(con.conbin, con.conrelid) END
FROM pg_constraint con
CROSS JOIN LATERAL (
    SELECT array_agg(a.attname ORDER BY u.ord) AS cols, array_agg(r.attname ORDER BY u.ord) AS ref_cols
    FROM unnest(con.conkey, con.confkey) WITH ORDINALITY AS u(num, ref_num, ord)
    JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = u.num
    LEFT JOIN pg_attribute r ON r.attrelid = con.confrelid AND r.attnum = u.ref_num
) AS k
LEFT JOIN pg_class rc ON rc.oid = con.confrelid
LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
WHERE con.conrelid = ANY(%(oids)s::oid[]) AND con.contype IN ('p', 'u', 'f', 'c') AND con.conparentid = 0
ORDER BY con.conrelid, con.conname
"""

# Indexes that back a primary key, unique or exclusion constraint come with the constraint.
INDEXES = """
SELECT i.indrelid, ic.relname, pg_get_indexdef(i.indexrelid), i.indisunique
FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
WHERE i.indrelid = ANY(%(oids)s::oid[]) AND NOT EXISTS (
    SELECT 1 FROM pg_constraint c
    WHERE c.conindid = i.indexrelid AND c.conrelid = i.indrelid AND c.contype IN ('p', 'u', 'x')
)
ORDER BY i.indrelid, ic.relname
"""

ENUMS = """
SELECT n.nspname, t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder)
FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
WHERE (n.nspname = ANY(%(schemas)s::text[]) OR t.oid = ANY(%(types)s::oid[]))
  AND n.nspname !~ '^(pg_catalog$|information_schema$|pg_toast|pg_temp|_lookalike$|_lookalike_subset$)'
  AND NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = 'pg_type'::regclass
                  AND x.objid = t.oid AND x.deptype = 'e')
GROUP BY n.nspname, t.typname ORDER BY 1, 2
"""

# Ordered by oid: a domain over another domain was created after it.
DOMAINS = """
SELECT n.nspname, t.typname, format_type(t.typbasetype, t.typtypmod), t.typnotnull, pg_get_expr(t.typdefaultbin, 0),
       (SELECT array_agg(c.conname ORDER BY c.conname)
          FROM pg_constraint c WHERE c.contypid = t.oid AND c.contype = 'c'),
       (SELECT array_agg(pg_get_expr(c.conbin, 0) ORDER BY c.conname)
          FROM pg_constraint c WHERE c.contypid = t.oid AND c.contype = 'c')
FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
WHERE t.typtype = 'd' AND (n.nspname = ANY(%(schemas)s::text[]) OR t.oid = ANY(%(types)s::oid[]))
  AND n.nspname !~ '^(pg_catalog$|information_schema$|pg_toast|pg_temp|_lookalike$|_lookalike_subset$)'
  AND NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = 'pg_type'::regclass
                  AND x.objid = t.oid AND x.deptype = 'e')
ORDER BY t.oid
"""

# Identity sequences are left out: they belong to their column and come back with GENERATED … AS IDENTITY.
SEQUENCES = """
SELECT n.nspname, c.relname, format_type(s.seqtypid, NULL), s.seqstart, s.seqincrement, s.seqmin, s.seqmax,
       s.seqcycle, tn.nspname, tc.relname, a.attname
FROM pg_sequence s
JOIN pg_class c ON c.oid = s.seqrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_depend dep ON dep.objid = c.oid AND dep.classid = 'pg_class'::regclass
     AND dep.refclassid = 'pg_class'::regclass AND dep.deptype IN ('a', 'i') AND dep.refobjsubid > 0
LEFT JOIN pg_class tc ON tc.oid = dep.refobjid
LEFT JOIN pg_namespace tn ON tn.oid = tc.relnamespace
LEFT JOIN pg_attribute a ON a.attrelid = dep.refobjid AND a.attnum = dep.refobjsubid
WHERE (n.nspname = ANY(%(schemas)s::text[]) OR c.oid = ANY(%(sequences)s::oid[]))
  AND dep.deptype IS DISTINCT FROM 'i'
  AND n.nspname !~ '^(pg_catalog$|information_schema$|pg_toast|pg_temp|_lookalike$|_lookalike_subset$)'
  AND NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = 'pg_class'::regclass
                  AND x.objid = c.oid AND x.deptype = 'e')
ORDER BY 1, 2
"""

# For finalize_table: each sequence-fed column of one table with where its sequence starts.
TABLE_SEQUENCES = (
    """
SELECT DISTINCT ON (a.attname) a.attname, cs.nspname, cs.relname, q.seqstart, q.seqincrement
FROM (
"""
    + _SEQUENCE_SOURCES
    + """) AS cs
JOIN pg_attribute a ON a.attrelid = cs.relid AND a.attnum = cs.attnum
JOIN pg_sequence q ON q.seqrelid = cs.seq
ORDER BY a.attname, cs.rank
"""
)

# Every column that draws from one sequence (%(seq)s, a regclass text): owned by it (serial, identity) or naming it
# in a default; partitions are left out, their parent's column holds their rows.
SEQUENCE_USERS = """
SELECT nt.nspname, t.relname, a.attname FROM (
    SELECT d.refobjid AS rel, d.refobjsubid AS att FROM pg_depend d
    WHERE d.classid = 'pg_class'::regclass AND d.objid = %(seq)s::regclass AND d.refclassid = 'pg_class'::regclass
      AND d.deptype IN ('a', 'i') AND d.refobjsubid > 0
  UNION
    SELECT ad.adrelid, ad.adnum FROM pg_attrdef ad
    JOIN pg_depend d ON d.classid = 'pg_attrdef'::regclass AND d.objid = ad.oid
    WHERE d.refclassid = 'pg_class'::regclass AND d.refobjid = %(seq)s::regclass
) AS u
JOIN pg_class t ON t.oid = u.rel AND t.relkind IN ('r', 'p') AND NOT t.relispartition
JOIN pg_namespace nt ON nt.oid = t.relnamespace
JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = u.att
ORDER BY 1, 2, 3
"""

TABLE_OID = """
SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = %s AND c.relname = %s
"""

# Foreign keys a destination already has, to make create_schema idempotent for unnamed ones too.
EXISTING_FOREIGN_KEYS = """
SELECT n.nspname, c.relname, con.conname,
       (SELECT array_agg(a.attname ORDER BY u.ord) FROM unnest(con.conkey) WITH ORDINALITY AS u(num, ord)
          JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = u.num)
FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE con.contype = 'f'
"""

EXISTING_TYPES = """
SELECT n.nspname, t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE t.typtype IN ('e', 'd')
"""

PARTITIONS = """
SELECT i.inhparent, n.nspname, c.relname, pg_get_expr(c.relpartbound, c.oid)
FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relispartition AND i.inhparent = ANY(%(oids)s::oid[])
ORDER BY n.nspname, c.relname
"""

# Every partition (at any depth) of the reflected partitioned tables, with its root and its direct parent: the
# foreign keys declared on partitions are the root's for planning, subsetting and verifying.
PARTITION_TREE = """
WITH RECURSIVE tree(root, oid, parent) AS (
    SELECT i.inhparent, i.inhrelid, i.inhparent FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
    WHERE c.relispartition AND i.inhparent = ANY(%(oids)s::oid[])
  UNION ALL
    SELECT t.root, i.inhrelid, i.inhparent FROM tree t JOIN pg_inherits i ON i.inhparent = t.oid
    JOIN pg_class c ON c.oid = i.inhrelid WHERE c.relispartition
)
SELECT t.root, t.oid, t.parent, n.nspname, c.relname, c.relkind <> 'p'
FROM tree t JOIN pg_class c ON c.oid = t.oid JOIN pg_namespace n ON n.oid = c.relnamespace
ORDER BY n.nspname, c.relname
"""

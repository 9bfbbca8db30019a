"""Another dialect's (PostgreSQL's) index definitions and generation expressions, in SQLite's spelling when their
meaning is the same there, else None: only what reads the same in both is carried over (plain column indexes,
arithmetic and string expressions over the table's own columns)."""

from __future__ import annotations

import re
from collections.abc import Collection

from lookalike.connectors.sqlite.names import quote_ident

_TOKEN = re.compile(
    r"""\s*(?:
      (?P<string>'(?:[^']|'')*')
    | (?P<number>\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)
    | (?P<cast>::\s*(?:character\ varying|double\ precision|text|varchar|bpchar|character|numeric|integer|bigint
                     |smallint|real)(?:\(\d+(?:,\s*\d+)?\))?)
    | (?P<quoted>"(?:[^"]|"")*")
    | (?P<word>[A-Za-z_][A-Za-z0-9_$]*)
    | (?P<operator>\|\||<=|>=|<>|!=|[-+*/%(),=<>])
    )""",
    re.VERBOSE,
)
_TEXT_CASTS = ("text", "character varying", "varchar", "bpchar", "character")
# Functions that exist in SQLite with PostgreSQL's meaning for the arguments a generated column gives them.
_FUNCTIONS = frozenset({"lower", "upper", "coalesce", "abs", "length", "round", "trim", "ltrim", "rtrim", "nullif"})
_KEYWORDS = frozenset({"and", "or", "not", "null", "is", "case", "when", "then", "else", "end", "true", "false"})


def _tokens(expression: str) -> list[tuple[str, str]] | None:
    found: list[tuple[str, str]] = []
    at = 0
    text = expression.rstrip()
    while at < len(text):
        match = _TOKEN.match(text, at)
        if match is None or match.end() == at:
            return None
        kind = match.lastgroup
        assert kind is not None
        found.append((kind, match.group(kind)))
        at = match.end()
    return found


def _unquote(quoted: str) -> str:
    return quoted[1:-1].replace('""', '"')


def portable_expression(expression: str, columns: Collection[str]) -> str | None:
    """`expression` as SQLite reads it the same way, or None (an unknown function, operator, cast or name)."""
    tokens = _tokens(expression)
    if not tokens:
        return None
    divides = any(kind == "operator" and value == "/" for kind, value in tokens)
    out: list[str] = []
    for index, (kind, value) in enumerate(tokens):
        if kind == "cast":
            target = value[2:].strip().split("(")[0]
            # A cast to text changes nothing SQLite can see; a numeric cast only matters to a division.
            if target not in _TEXT_CASTS and divides:
                return None
            continue
        if kind == "word":
            lower = value.lower()
            calls = index + 1 < len(tokens) and tokens[index + 1] == ("operator", "(")
            if calls and lower not in _FUNCTIONS:
                return None
            if not calls and lower not in _KEYWORDS:
                if value not in columns:  # PostgreSQL prints an unquoted name exactly when it is lower case
                    return None
                value = quote_ident(value)
        elif kind == "quoted":
            if _unquote(value) not in columns:
                return None
            value = quote_ident(_unquote(value))
        out.append(value)
    return " ".join(out)


_PG_INDEX = re.compile(
    r'^CREATE (?P<unique>UNIQUE )?INDEX (?P<name>"(?:[^"]|"")*"|\S+) ON (?:ONLY )?\S+ USING btree \((?P<body>.*)$',
    re.IGNORECASE,
)
_INDEX_ITEM = re.compile(
    r'^(?P<column>"(?:[^"]|"")*"|[a-z_][a-z0-9_$]*)(?P<order> (?:ASC|DESC))?(?P<nulls> NULLS (?:FIRST|LAST))?$'
)


def _split_top_level(body: str) -> tuple[list[str], str] | None:
    """The comma-separated items before the parenthesis closing `body`'s list, and what follows it."""
    depth, items, start, quote = 0, [], 0, ""
    for at, char in enumerate(body):
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                items.append(body[start:at].strip())
                return items, body[at + 1 :].strip()
            depth -= 1
        elif char == "," and depth == 0:
            items.append(body[start:at].strip())
            start = at + 1
    return None


def portable_index(definition: str, columns: Collection[str]) -> tuple[str, bool, list[str]] | None:
    """(name, unique, SQLite column terms) of a PostgreSQL btree index on plain columns; None for any other
    (expressions, partial indexes, INCLUDE, other methods: their meaning is not SQLite's)."""
    match = _PG_INDEX.match(definition.strip())
    if match is None:
        return None
    split = _split_top_level(match.group("body"))
    if split is None or split[1]:  # INCLUDE (...), WHERE ..., WITH (...) after the columns
        return None
    terms = []
    for item in split[0]:
        parts = _INDEX_ITEM.match(item)
        if parts is None:
            return None
        column = parts.group("column")
        column = _unquote(column) if column.startswith('"') else column
        if column not in columns:
            return None
        terms.append(quote_ident(column) + (parts.group("order") or "") + (parts.group("nulls") or ""))
    name = match.group("name")
    return (_unquote(name) if name.startswith('"') else name), bool(match.group("unique")), terms

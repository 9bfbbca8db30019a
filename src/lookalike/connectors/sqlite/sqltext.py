"""What only a CREATE TABLE statement knows: generation expressions, CHECKs, FK names and deferral.

PRAGMAs report columns, keys and indexes but not these, so the statement SQLite stored is tokenized and split
into its top-level definitions. Anything unparseable is simply not found; reflection then uses safe defaults.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lookalike.core.schema import CheckConstraint

_TOKEN = re.compile(
    r"""(?P<space>\s+|--[^\n]*|/\*.*?(?:\*/|\Z))
    |(?P<ident>"(?:[^"]|"")*"|\[[^\]]*\]|`(?:[^`]|``)*`)
    |(?P<string>'(?:[^']|'')*')
    |(?P<word>[\w$]+)
    |(?P<punct>.)""",
    re.DOTALL | re.VERBOSE,
)
_TABLE_CONSTRAINTS = {"CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN"}


@dataclass(frozen=True)
class _Token:
    kind: str
    text: str
    start: int
    end: int

    @property
    def upper(self) -> str:
        return self.text.upper() if self.kind == "word" else ""


@dataclass(frozen=True)
class FkText:
    """One FOREIGN KEY / REFERENCES clause as written."""

    columns: tuple[str, ...]
    parent: str
    name: str | None
    deferrable: bool
    initially_deferred: bool


@dataclass
class TableText:
    """The facts parsed out of one CREATE TABLE statement."""

    generated: dict[str, str] = field(default_factory=dict)  # casefolded column name → expression
    checks: list[CheckConstraint] = field(default_factory=list)
    foreign_keys: list[FkText] = field(default_factory=list)

    def foreign_key(self, columns: tuple[str, ...], parent: str) -> FkText | None:
        """The parsed clause for the FK on `columns` referencing `parent` (names compared case-insensitively)."""
        wanted = (tuple(c.casefold() for c in columns), parent.casefold())
        for fk in self.foreign_keys:
            if (tuple(c.casefold() for c in fk.columns), fk.parent.casefold()) == wanted:
                return fk
        return None


def unquote(text: str) -> str:
    """An identifier token without its quotes ("x", [x], `x`)."""
    if len(text) >= 2 and text[0] in "\"`'[":
        body = text[1:-1]
        return body if text[0] == "[" else body.replace(text[0] * 2, text[0])
    return text


def _tokens(sql: str) -> list[_Token]:
    found = (_Token(m.lastgroup or "punct", m.group(), m.start(), m.end()) for m in _TOKEN.finditer(sql))
    return [token for token in found if token.kind != "space"]


def _closing(tokens: list[_Token], open_at: int) -> int:
    """Index of the parenthesis closing the one at `open_at` (len(tokens) when unbalanced)."""
    depth = 0
    for i in range(open_at, len(tokens)):
        if tokens[i].text == "(":
            depth += 1
        elif tokens[i].text == ")":
            depth -= 1
            if depth == 0:
                return i
    return len(tokens)


def _definitions(tokens: list[_Token]) -> list[list[_Token]]:
    """The comma-separated column and constraint definitions inside CREATE TABLE's parentheses."""
    start = next((i for i, token in enumerate(tokens) if token.text == "("), None)
    if start is None:  # CREATE TABLE ... AS SELECT: nothing declared
        return []
    end = _closing(tokens, start)
    definitions: list[list[_Token]] = [[]]
    depth = 0
    for token in tokens[start + 1 : end]:
        depth += token.text == "("
        depth -= token.text == ")"
        if token.text == "," and depth == 0:
            definitions.append([])
        else:
            definitions[-1].append(token)
    return [definition for definition in definitions if definition]


def _inner(sql: str, tokens: list[_Token], open_at: int) -> str:
    """The source text between the parenthesis at `open_at` and its partner."""
    close = _closing(tokens, open_at)
    end = tokens[close].start if close < len(tokens) else len(sql)
    return sql[tokens[open_at].end : end].strip()


def _names_in_parens(tokens: list[_Token], open_at: int) -> tuple[str, ...]:
    close = _closing(tokens, open_at)
    return tuple(unquote(t.text) for t in tokens[open_at + 1 : close] if t.kind in ("word", "ident", "string"))


def _deferral(tokens: list[_Token]) -> tuple[bool, bool]:
    """(deferrable, initially deferred) from the words after a REFERENCES clause."""
    words = [token.upper for token in tokens]
    for i, word in enumerate(words):
        if word == "DEFERRABLE":
            if i > 0 and words[i - 1] == "NOT":
                return False, False
            return True, words[i + 1 : i + 3] == ["INITIALLY", "DEFERRED"]
    return False, False


def _references(tokens: list[_Token], at: int, columns: tuple[str, ...], name: str | None) -> FkText | None:
    """The clause starting at the REFERENCES token `at`, owned by `columns`."""
    if at + 1 >= len(tokens):
        return None
    deferrable, deferred = _deferral(tokens[at + 2 :])
    return FkText(columns, unquote(tokens[at + 1].text), name, deferrable, deferred)


def _constraint_name(tokens: list[_Token], before: int) -> str | None:
    """The name given by `CONSTRAINT name` just before the clause starting at `before`."""
    if before >= 2 and tokens[before - 2].upper == "CONSTRAINT":
        return unquote(tokens[before - 1].text)
    return None


def _column(sql: str, definition: list[_Token], parsed: TableText) -> None:
    column = unquote(definition[0].text)
    depth = 0
    for i, token in enumerate(definition):
        depth += token.text == "("
        depth -= token.text == ")"
        if depth != 0 or i == 0:
            continue
        following = definition[i + 1] if i + 1 < len(definition) else None
        is_open = following is not None and following.text == "("
        if token.upper == "AS" and is_open:
            parsed.generated[column.casefold()] = _inner(sql, definition, i + 1)
        elif token.upper == "CHECK" and is_open:
            parsed.checks.append(CheckConstraint(_inner(sql, definition, i + 1), _constraint_name(definition, i)))
        elif token.upper == "REFERENCES":
            # Only the tokens up to the column's next constraint belong to this clause.
            after = i + 2
            if after < len(definition) and definition[after].text == "(":
                after = _closing(definition, after) + 1
            clause = definition[: _clause_end(definition, after)]
            fk = _references(clause, i, (column,), _constraint_name(definition, i))
            if fk is not None:
                parsed.foreign_keys.append(fk)


_COLUMN_CONSTRAINTS = {
    "CONSTRAINT",
    "PRIMARY",
    "UNIQUE",
    "CHECK",
    "DEFAULT",
    "COLLATE",
    "GENERATED",
    "AS",
    "REFERENCES",
}


def _clause_end(tokens: list[_Token], start: int) -> int:
    """Where the column constraint that started before `start` ends (ON DELETE SET DEFAULT is not a DEFAULT)."""
    for i in range(start, len(tokens)):
        word = tokens[i].upper
        if word == "NOT" and i + 1 < len(tokens) and tokens[i + 1].upper == "NULL":
            return i
        if word in _COLUMN_CONSTRAINTS and not (word == "DEFAULT" and tokens[i - 1].upper == "SET"):
            return i
    return len(tokens)


def _table_constraint(sql: str, definition: list[_Token], parsed: TableText) -> None:
    words = [token.upper for token in definition]
    at = 2 if words[0] == "CONSTRAINT" else 0
    name = unquote(definition[1].text) if at == 2 and len(definition) > 1 else None
    if at >= len(definition):
        return
    if words[at] == "CHECK" and at + 1 < len(definition) and definition[at + 1].text == "(":
        parsed.checks.append(CheckConstraint(_inner(sql, definition, at + 1), name))
    elif words[at] == "FOREIGN" and at + 2 < len(definition) and definition[at + 2].text == "(":
        columns = _names_in_parens(definition, at + 2)
        references = next((i for i in range(at, len(definition)) if words[i] == "REFERENCES"), None)
        if references is not None:
            fk = _references(definition, references, columns, name)
            if fk is not None:
                parsed.foreign_keys.append(fk)


def parse_create_table(sql: str) -> TableText:
    """Generation expressions, CHECKs and FK clauses of one CREATE TABLE statement."""
    parsed = TableText()
    for definition in _definitions(_tokens(sql)):
        if definition[0].upper in _TABLE_CONSTRAINTS:
            _table_constraint(sql, definition, parsed)
        else:
            _column(sql, definition, parsed)
    return parsed

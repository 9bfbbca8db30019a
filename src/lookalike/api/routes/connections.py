"""/connections: stored databases (URL sealed, password never returned), tested, browsed, filters checked."""

from __future__ import annotations

import contextlib
import datetime
from collections.abc import Iterator
from typing import Annotated

from fastapi import APIRouter, Response
from pydantic import Field, SecretStr

from lookalike.api.deps import AccountDep, PolicyDep, ServicesDep, SessionDep
from lookalike.api.models import Strict
from lookalike.connectors import Connector, open_connector
from lookalike.connectors.confine import ConnectionPolicy
from lookalike.core.errors import ConfigError, ConflictError
from lookalike.core.schema import Column, QualifiedName, Schema
from lookalike.store import connections as store
from lookalike.store.jobs import jobs_using
from lookalike.store.models import Connection

router = APIRouter(prefix="/connections", tags=["connections"])
Name = Annotated[str, Field(min_length=1, max_length=200, pattern=r"^[A-Za-z0-9_.\-]+$")]


class ConnectionCreate(Strict):
    name: Name
    url: SecretStr = Field(description="postgresql://user:password@host:5432/db or sqlite:///path.db")


class ConnectionUpdate(Strict):
    name: Name | None = None
    url: SecretStr | None = None


class ConnectionPublic(Strict):
    id: str
    name: str
    dialect: str
    url: str = Field(description="the URL with its password masked")
    created_at: datetime.datetime | None


def _public(connection: Connection) -> ConnectionPublic:
    return ConnectionPublic(
        id=connection.id,
        name=connection.name,
        dialect=connection.dialect,
        url=store.masked_url(connection),
        created_at=connection.created_at,
    )


@contextlib.contextmanager
def opened(connection: Connection, policy: ConnectionPolicy) -> Iterator[Connector]:
    connector = open_connector(store.url_of(connection, policy), must_exist=True)
    try:
        yield connector
    finally:
        connector.close()


@router.get("")
def list_connections(db: SessionDep, account: AccountDep) -> list[ConnectionPublic]:
    return [_public(c) for c in store.list_connections(db, account.id)]


@router.post("", status_code=201)
def create_connection(
    body: ConnectionCreate, db: SessionDep, account: AccountDep, policy: PolicyDep
) -> ConnectionPublic:
    connection = store.create_connection(db, account.id, body.name, body.url.get_secret_value(), policy)
    db.commit()
    return _public(connection)


@router.get("/{connection_id}")
def get_connection(connection_id: str, db: SessionDep, account: AccountDep) -> ConnectionPublic:
    return _public(store.get_connection(db, account.id, connection_id))


@router.patch("/{connection_id}")
def update_connection(
    connection_id: str, body: ConnectionUpdate, db: SessionDep, account: AccountDep, policy: PolicyDep
) -> ConnectionPublic:
    current = store.get_connection(db, account.id, connection_id)
    if body.name is not None and body.name != current.name and (using := jobs_using(db, account.id, current.name)):
        raise ConflictError(
            f"jobs {', '.join(using)} name this connection", where="name", fix="point them at another name first"
        )
    url = body.url.get_secret_value() if body.url is not None else None
    connection = store.update_connection(db, account.id, connection_id, body.name, url, policy)
    db.commit()
    return _public(connection)


@router.delete("/{connection_id}", status_code=204)
def delete_connection(connection_id: str, db: SessionDep, account: AccountDep) -> Response:
    current = store.get_connection(db, account.id, connection_id)
    if using := jobs_using(db, account.id, current.name):
        raise ConflictError(
            f"jobs {', '.join(using)} use this connection", where="connection", fix="delete or change them first"
        )
    store.delete_connection(db, account.id, connection_id)
    db.commit()
    return Response(status_code=204)


class ConnectionTest(Strict):
    reachable: bool
    server: str
    user: str
    tables: int
    can_create: bool = Field(description="may create tables (a destination with init_schema needs it)")
    unreadable: list[str] = Field(description="tables the user may not SELECT (a source needs all)")
    unwritable: list[str] = Field(description="tables the user may not INSERT into (a destination needs all)")


@router.post("/{connection_id}/test")
def test_connection(connection_id: str, db: SessionDep, account: AccountDep, policy: PolicyDep) -> ConnectionTest:
    """Reach the database and report what its user may do; 422 with the reason when it cannot be reached."""
    with opened(store.get_connection(db, account.id, connection_id), policy) as connector:
        access = connector.access(list(connector.reflect().tables))
    return ConnectionTest(
        reachable=True,
        server=access.server,
        user=access.user,
        tables=access.tables,
        can_create=access.can_create,
        unreadable=access.unreadable,
        unwritable=access.unwritable,
    )


class ColumnInfo(Strict):
    name: str
    type: str
    kind: str
    nullable: bool
    default: str | None
    suggested: str | None = Field(None, description="the transformer its name suggests (a sensitive-data hint)")


class ForeignKeyInfo(Strict):
    columns: list[str]
    references: str
    ref_columns: list[str]
    virtual: bool = False


class TableInfo(Strict):
    schema_: str | None = Field(alias="schema")
    name: str
    qualified: str
    columns: list[ColumnInfo]
    primary_key: list[str]
    unique: list[list[str]]
    foreign_keys: list[ForeignKeyInfo]
    checks: list[str]
    row_estimate: int | None


class SchemaInfo(Strict):
    dialect: str
    schemas: list[str]
    tables: list[TableInfo]


def describe(schema: Schema) -> SchemaInfo:
    tables = []
    for table in schema:
        tables.append(
            TableInfo(
                schema=table.name.schema,
                name=table.name.name,
                qualified=str(table.name),
                columns=[
                    ColumnInfo(
                        name=c.name,
                        type=c.native_type,
                        kind=c.kind.value,
                        nullable=c.nullable,
                        default=c.default,
                        suggested=_suggested(c, str(table.name)),
                    )
                    for c in table.columns
                ],
                primary_key=list(table.primary_key.columns) if table.primary_key else [],
                unique=[list(u.columns) for u in table.uniques],
                foreign_keys=[
                    ForeignKeyInfo(
                        columns=list(fk.columns),
                        references=str(fk.ref_table),
                        ref_columns=list(fk.ref_columns),
                        virtual=fk.virtual,
                    )
                    for fk in table.foreign_keys
                ],
                checks=[check.expression for check in table.checks],
                row_estimate=table.row_estimate,
            )
        )
    return SchemaInfo(dialect=schema.dialect, schemas=list(schema.schemas), tables=tables)


def _suggested(column: Column, table: str) -> str | None:
    from lookalike.classify import classify

    found = classify(column, table)
    return found.transformer if found is not None and found.sensitive else None


@router.get("/{connection_id}/schema")
def browse(connection_id: str, db: SessionDep, account: AccountDep, policy: PolicyDep) -> SchemaInfo:
    """Schemas, tables, columns, keys, constraints and row estimates, as Lookalike reads them."""
    with opened(store.get_connection(db, account.id, connection_id), policy) as connector:
        return describe(connector.reflect())


class FilterCheck(Strict):
    table: str = Field(min_length=1, max_length=400, description="schema.table (or table)")
    where: str | None = Field(None, max_length=10_000, description="a SQL predicate; none counts every row")


class FilterResult(Strict):
    table: str
    rows: int


def _table(schema: Schema, name: str) -> QualifiedName:
    for qualified in schema.tables:
        if name in (str(qualified), qualified.name):
            return qualified
    raise ConfigError(f"no table {name!r} in this database", where="table", fix="GET …/schema lists the tables")


@router.post("/{connection_id}/check-filter")
def check_filter(
    connection_id: str, body: FilterCheck, db: SessionDep, account: AccountDep, found: ServicesDep, policy: PolicyDep
) -> FilterResult:
    """Count the rows a subset filter keeps, in a read-only transaction under a statement timeout."""
    with opened(store.get_connection(db, account.id, connection_id), policy) as connector:
        table = _table(connector.reflect(), body.table)
        rows = connector.count_matching(table, body.where, found.limits.filter_timeout_seconds)
    return FilterResult(table=str(table), rows=rows)

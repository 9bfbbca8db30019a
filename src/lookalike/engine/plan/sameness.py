"""A destination is never the source itself, nor another destination: compared by the databases' identity (the
server and database a connection reaches, or the file), never by the URL's text, which `localhost` and
`127.0.0.1`, another role, extra options or a symlink all spell differently.

A copy written into its own source would empty it first (`truncate_before_insert`) and report success with
0 rows; a database listed twice as a destination fails mid-run, after the first copy has written.

`lookalike generate` reads only the source's schema, so it may fill the source's own database with made-up
rows, but only when that destroys nothing: the run must neither empty (`truncate_before_insert`) nor overwrite
(`on_conflict: update`) tables of it that hold rows. Generated rows cannot be told from real ones, so a second
such run with `truncate_before_insert` is refused too: generate into another database to regenerate at will.
"""

from __future__ import annotations

from collections.abc import Sequence

from lookalike.connectors import Connector, dialect_of, open_connector, redact_url
from lookalike.core.config import DestinationConfig, JobConfig
from lookalike.core.errors import ConfigError
from lookalike.core.schema import QualifiedName

_LISTED = 5  # tables named in a message; the rest are counted


def database_identity(url: str, connector: Connector) -> str | None:
    """The identity of the database behind `url`: a generated source's is that of the database it reads the
    schema from (its own connector has none)."""
    if dialect_of(url) != "generated":
        return connector.identity()
    from lookalike.connectors.generated.connector import decode

    schema_source = open_connector(decode(url)["schema_url"], must_exist=True)
    try:
        return schema_source.identity()
    finally:
        schema_source.close()


def place(index: int, url: str) -> str:
    return f"destinations.{index} ({redact_url(url)})"


def refuse_same(
    job: JobConfig, index: int, url: str, identity: str | None, source: str | None, earlier: Sequence[str | None]
) -> None:
    """ConfigError when destination `index` (identity `identity`) is a destination listed before it, or the
    source (`source`) in a job that copies."""
    if identity is None:
        return
    if identity in earlier:
        first = earlier.index(identity)
        raise ConfigError(
            f"destinations.{index} is the same database as destinations.{first} (the same server and database, "
            "whatever the URLs say): the second copy into it would fail mid-run, after the first had written",
            where=place(index, url),
            fix=f"list each destination database once (remove destinations.{index})",
        )
    if identity == source and job.generate is None:
        truncates = job.destinations[index].truncate_before_insert
        emptied = " empty it first (`truncate_before_insert`) and" if truncates else ""
        raise ConfigError(
            f"destinations.{index} is the source database itself (the same server and database, whatever the URLs "
            f"say): the run would{emptied} write its copy into the database it reads",
            where=place(index, url),
            fix="point this destination at another database (a fresh one with `init_schema: true`)",
        )


def destroys(config: DestinationConfig) -> str | None:
    """What a destination's options do to rows it holds already: None when they only add rows."""
    if config.truncate_before_insert:
        return "empty (`truncate_before_insert`)"
    if config.on_conflict == "update":
        return "overwrite (`on_conflict: update`)"
    return None


def listed(tables: Sequence[QualifiedName]) -> str:
    names = ", ".join(str(table) for table in tables[:_LISTED])
    return f"{names} and {len(tables) - _LISTED} more" if len(tables) > _LISTED else names


def generate_into_source(
    index: int, url: str, config: DestinationConfig, target: Connector, tables: Sequence[QualifiedName]
) -> str:
    """A generate job's destination that is the source's database: ConfigError when the run would destroy rows
    it holds; else the note saying where the generated rows go."""
    held = target.tables_with_rows(tables)
    action = destroys(config)
    if action is not None and held:
        raise ConfigError(
            f"destinations.{index} is the database the schema is read from, and the run would {action} "
            f"{len(held)} of its tables that hold rows: {listed(held)}",
            where=place(index, url),
            fix="generate into another database (a fresh one with `init_schema: true`), or empty those tables "
            "yourself if their rows are disposable",
        )
    adds = f"; its {len(held)} tables that hold rows keep them" if held else ""
    return f"{place(index, url)} is the database the schema is read from: generated rows are added to it{adds}"


def truncation_note(
    index: int, url: str, config: DestinationConfig, target: Connector, tables: Sequence[QualifiedName]
) -> str | None:
    """What `truncate_before_insert` will throw away in this destination, when anything."""
    if not config.truncate_before_insert:
        return None
    held = target.tables_with_rows(tables)
    if not held:
        return None
    return f"{place(index, url)}: truncate_before_insert empties {len(held)} tables that hold rows: {listed(held)}"


def check_distinct(job: JobConfig, source_url: str, destination_urls: Sequence[str]) -> None:
    """The identity checks alone, for a job being saved: databases that cannot be reached now are skipped (the
    run's validation reports them); the data-dependent rule of a generate job is left to that validation."""
    identities: list[str | None] = []
    for url in [source_url, *destination_urls]:
        try:
            connector = open_connector(url, must_exist=True)  # saving a job creates no SQLite file
        except ConfigError:
            identities.append(None)
            continue
        try:
            identities.append(database_identity(url, connector))
        except Exception:  # best effort: the run's validation says what is wrong
            identities.append(None)
        finally:
            connector.close()
    source, destinations = identities[0], identities[1:]
    for index, (url, identity) in enumerate(zip(destination_urls, destinations, strict=True)):
        refuse_same(job, index, url, identity, source, destinations[:index])

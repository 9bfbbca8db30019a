"""What the engine records in its system database is JSON, never a pickle.

DBOS pickles workflow inputs, step outputs, events and errors by default, and unpickles whatever a row of its
system database holds, following the row's own `serialization` column. A pickle is code: anyone who could write
one row (a job whose destination was the system database, a leaked database password) would run code in every
worker that reads it. So Lookalike's executors and clients use this JSON serializer, and DBOS's pickle reader is
replaced by one that refuses: a row claiming to be a pickle is an error, not a program.

Values are the run contract's records (engine/contract.py), written with their class name and read back
into that class, validated (a record that does not fit its class is refused); other values are JSON as
they are. Errors keep their class when it is one of Lookalike's (so a ConfigError stays an exit-2 error) and their
`what`/`where`/`fix`; any other exception comes back as a RunError naming its class.
"""

from __future__ import annotations

import base64
import datetime
import json
from typing import Any

from dbos._serialization import Serializer

from lookalike.connectors.base import SnapshotLostError, StaleCheckpointError
from lookalike.core import errors
from lookalike.engine.contract import RECORDS, Record

NAME = "lookalike_json"
_ERROR = "__lookalike_error__"
_BYTES = "__bytes__"
_RECORD = "__record__"
_DATETIME = "__datetime__"  # the scheduler passes each run its scheduled time
_KNOWN: dict[str, type[errors.LookalikeError]] = {
    cls.__name__: cls
    for cls in (
        errors.LookalikeError,
        errors.ConfigError,
        errors.RunError,
        errors.RerunError,
        errors.NotFoundError,
        errors.ConflictError,
        errors.AuthError,
        SnapshotLostError,
        StaleCheckpointError,
    )
}


def register_error(cls: type[errors.LookalikeError]) -> type[errors.LookalikeError]:
    """Let a LookalikeError subclass defined elsewhere (SnapshotLostError…) keep its class through the record."""
    _KNOWN[cls.__name__] = cls
    return cls


def _encode(value: Any) -> Any:
    if isinstance(value, Record):
        name = type(value).__name__
        if RECORDS.get(name) is not type(value):
            raise TypeError(f"{name} is not a record of the run contract")
        return {_RECORD: name, "value": value.model_dump(mode="json", round_trip=True)}
    if isinstance(value, BaseException):
        what = getattr(value, "what", None)
        return {
            _ERROR: type(value).__name__,
            "what": what if isinstance(what, str) else str(value) or type(value).__name__,
            "where": getattr(value, "where", None),
            "fix": getattr(value, "fix", None),
        }
    if isinstance(value, datetime.datetime):
        return {_DATETIME: value.isoformat()}
    if isinstance(value, bytes | bytearray | memoryview):
        return {_BYTES: base64.b64encode(bytes(value)).decode()}
    if isinstance(value, set | frozenset):
        return sorted(value, key=str)
    raise TypeError(f"the engine records only JSON values, not {type(value).__name__}")


def _decode(obj: dict[str, Any]) -> Any:
    if _RECORD in obj and len(obj) == 2:
        record = RECORDS.get(str(obj[_RECORD]))
        if record is None:
            raise RefusedRecordError(
                f"a record in the system database names an unknown type {str(obj[_RECORD])[:80]!r}",
                where="the engine's system database",
                fix="it was written by another version of Lookalike: finish or delete its runs with that version",
            )
        return record.model_validate(obj["value"])
    if _ERROR in obj:
        cls = _KNOWN.get(str(obj[_ERROR]), errors.RunError)
        where, fix = obj.get("where"), obj.get("fix")
        return cls(
            str(obj.get("what", "")),
            where=where if isinstance(where, str) else None,
            fix=fix if isinstance(fix, str) else None,
        )
    if _DATETIME in obj and len(obj) == 1:
        return datetime.datetime.fromisoformat(str(obj[_DATETIME]))
    if _BYTES in obj and len(obj) == 1:
        return base64.b64decode(obj[_BYTES])
    return obj


class JsonSerializer(Serializer):
    """JSON for every value, step output, event and error the engine records."""

    def serialize(self, data: Any) -> str:
        return json.dumps(data, default=_encode, separators=(",", ":"))

    def deserialize(self, serialized_data: str) -> Any:
        return json.loads(serialized_data, object_hook=_decode)

    def name(self) -> str:
        return NAME


class RefusedRecordError(errors.RunError):
    """A system-database row held a record of a type the run contract does not have."""


class RefusedPickleError(errors.RunError):
    """A system-database row claimed to be a pickle."""


class _RefusingPickle(Serializer):
    """Stands where DBOS keeps its pickle serializer: reading a pickle is refused, and so is writing one."""

    def serialize(self, data: Any) -> str:
        raise RefusedPickleError("the engine does not write pickles", fix="report this: a value was not JSON")

    def deserialize(self, serialized_data: str) -> Any:
        raise RefusedPickleError(
            "a record in the system database is a pickle; Lookalike never writes one and does not read it",
            where="the engine's system database",
            fix="the system database may have been written by something other than Lookalike: check who can reach it",
        )

    def name(self) -> str:
        return "py_pickle"


SERIALIZER = JsonSerializer()


def refuse_pickles() -> None:
    """Replace DBOS's pickle reader (used for any row whose serialization column says `py_pickle`)."""
    import dbos._serialization as dbos_serialization

    dbos_serialization.DBOSDefaultSerializer = _RefusingPickle()

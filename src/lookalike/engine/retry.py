"""Which failures are worth retrying: the connection and the server's state, not the data or the job."""

from __future__ import annotations

from lookalike.connectors.base import StaleCheckpointError
from lookalike.core.errors import ConfigError

# Driver exception classes (psycopg, ADBC, asyncpg, sqlite3) that mean "the database was not there, try again".
_TRANSIENT = frozenset(
    {
        "OperationalError",
        "InterfaceError",
        "TransactionRollbackError",
        "PostgresConnectionError",
        "ConnectionDoesNotExistError",
        "CannotConnectNowError",
        "AdminShutdownError",
        "TooManyConnectionsError",
        # Python's import lock found two threads importing each other's modules: a retry imports afresh.
        "_DeadlockError",
    }
)


def is_transient(error: BaseException) -> bool:
    """True for a lost or refused connection, a server restart, a deadlock, a chunk whose checkpoint another attempt
    moved on; False for bad data or a bad job.

    A run that was cancelled, a worker that stops and a step past its deadline are never retried, whatever
    driver error they cut short; an error raised `from None` is judged by itself, not by what it replaced.
    """
    if type(error).__name__ == "DBOSWorkflowCancelledError":
        return False
    if isinstance(error, StaleCheckpointError):  # another attempt committed the chunk: a retry goes on after it
        return True
    if isinstance(error, ConfigError):
        return error.what.startswith("cannot connect")
    if isinstance(error, (OSError, TimeoutError)):
        return True
    names = {cls.__name__ for cls in type(error).__mro__}
    if names & _TRANSIENT:
        return True
    cause = error.__cause__
    if cause is None and not error.__suppress_context__:
        cause = error.__context__
    return cause is not None and cause is not error and is_transient(cause)

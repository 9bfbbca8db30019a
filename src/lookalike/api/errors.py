"""Every error is JSON: `{"error": {"code", "message", "where", "fix"}}` with a status that says what kind."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from lookalike.core.errors import AuthError, ConfigError, ConflictError, LookalikeError, NotFoundError, RunError
from lookalike.core.jsonpath import MAX_DEPTH
from lookalike.core.urls import redact_text

log = logging.getLogger("lookalike.api")

_STATUS: list[tuple[type[LookalikeError], int, str]] = [
    (AuthError, 401, "unauthorized"),
    (NotFoundError, 404, "not_found"),
    (ConflictError, 409, "conflict"),
    (ConfigError, 422, "invalid"),
    (RunError, 409, "run_error"),
]


class ErrorBody(BaseModel):
    code: str
    message: str
    where: str | None = None
    fix: str | None = None


class ErrorResponse(BaseModel):
    error: ErrorBody


def error_response(
    status: int, code: str, message: str, where: str | None = None, fix: str | None = None
) -> JSONResponse:
    body = ErrorResponse(error=ErrorBody(code=code, message=message, where=where, fix=fix))
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse(body.model_dump(), status_code=status, headers=headers)


def _lookalike(_request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, LookalikeError)
    for kind, status, code in _STATUS:
        if isinstance(error, kind):
            return _lookalike_response(status, code, error)
    return _lookalike_response(500, "internal", error)


def _lookalike_response(status: int, code: str, error: LookalikeError) -> JSONResponse:
    # A message may quote a connection URL (a driver's error): no answer carries a password.
    where, fix = (redact_text(text) if text else None for text in (error.where, error.fix))
    return error_response(status, code, redact_text(error.what), where, fix)


def _validation(_request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, RequestValidationError)
    problems = error.errors()
    first = problems[0] if problems else {"loc": (), "msg": "invalid request"}
    where = ".".join(str(part) for part in first.get("loc", ()))
    more = f" (and {len(problems) - 1} more problem(s))" if len(problems) > 1 else ""
    return error_response(
        422,
        "invalid_request",
        f"{first.get('msg', 'invalid')}{more}",
        where or None,
        "see the operation's schema at /docs",
    )


def _http(_request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, HTTPException)
    if error.status_code == 400 and isinstance(error.__cause__, RecursionError):  # FastAPI's JSON parse
        return error_response(
            422,
            "invalid_request",
            f"the JSON body is nested too deep (the limit is {MAX_DEPTH} levels)",
            "body",
            f"send documents nested at most {MAX_DEPTH} levels deep",
        )
    code = {401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed", 413: "too_large"}
    return error_response(error.status_code, code.get(error.status_code, "http_error"), str(error.detail))


def _log_unexpected(method: str, path: str, error: BaseException) -> None:
    # One line per failed request; the traceback (redacted, as every record) only when debugging: a deep
    # recursion's is thousands of lines, per request. The message may hold values, so only the type is logged.
    log.error("unhandled %s on %s %s", type(error).__name__, method, path)
    log.debug("traceback of the unhandled %s", type(error).__name__, exc_info=error)


def _internal() -> JSONResponse:
    return error_response(500, "internal", "internal error: the server log has the details")


def _unexpected(request: Request, error: Exception) -> JSONResponse:
    _log_unexpected(request.method, request.url.path, error)
    return _internal()


class CatchUnexpected:
    """Answers an unhandled exception with the JSON 500 itself. Starlette's outermost middleware would answer it
    too but then re-raise it, and the server logs the whole traceback for every such request."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, tracking)
        except Exception as error:
            _log_unexpected(scope.get("method", ""), scope.get("path", ""), error)
            if not started:  # else the client already has a status line: the connection just ends
                await _internal()(scope, receive, send)


def install(app: FastAPI) -> None:
    app.add_exception_handler(LookalikeError, _lookalike)
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(HTTPException, _http)
    app.add_exception_handler(Exception, _unexpected)  # errors raised outside CatchUnexpected (added last)

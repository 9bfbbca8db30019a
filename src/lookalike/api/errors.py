"""Every error is JSON: `{"error": {"code", "message", "where", "fix"}}` with a status that says what kind."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException

from lookalike.core.errors import AuthError, ConfigError, ConflictError, LookalikeError, NotFoundError, RunError

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
            return error_response(status, code, error.what, error.where, error.fix)
    return error_response(500, "internal", error.what, error.where, error.fix)


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
    code = {401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed", 413: "too_large"}
    return error_response(error.status_code, code.get(error.status_code, "http_error"), str(error.detail))


def _unexpected(_request: Request, error: Exception) -> JSONResponse:
    # The message may hold values; the log gets the type and traceback, the client a generic line.
    log.error("unhandled %s", type(error).__name__, exc_info=error)
    return error_response(500, "internal", "internal error: the server log has the details")


def install(app: FastAPI) -> None:
    app.add_exception_handler(LookalikeError, _lookalike)
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(HTTPException, _http)
    app.add_exception_handler(Exception, _unexpected)

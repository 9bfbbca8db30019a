"""Request bodies have a size limit: checked on Content-Length, and counted while a chunked body streams in."""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from lookalike.api.errors import error_response


class BodyTooLargeError(HTTPException):
    """An HTTPException, so that FastAPI's body parsing lets it through (it turns other errors into a 400)."""

    def __init__(self, max_bytes: int) -> None:
        super().__init__(413, f"the request body is over {max_bytes:,} bytes")


def too_large(_request: Request | None, error: Exception) -> JSONResponse:
    """The 413 answer, the same whether the declared length or the streamed bytes were over."""
    assert isinstance(error, BodyTooLargeError)
    return error_response(
        413,
        "too_large",
        error.detail,
        "request body",
        "send less per request (anonymize/batch takes a bounded number of documents)",
    )


class BodyLimit:
    """Answer 413 to a request whose body is over `max_bytes` (before the app reads it into memory)."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await too_large(None, BodyTooLargeError(self.max_bytes))(scope, receive, send)
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:  # raised where the app reads the body: its error handler answers
                    raise BodyTooLargeError(self.max_bytes)
            return message

        await self.app(scope, counted, send)

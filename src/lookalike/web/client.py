"""The pages' only way to data: the API, called in-process over ASGI with the signed-in user's key (same
authentication, account isolation and validation as any other client)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx
from fastapi import Request

from lookalike.api.paths import API_PREFIX


@dataclass(frozen=True)
class Answer:
    status: int
    body: Any

    @property
    def ok(self) -> bool:
        return self.status < 400

    @property
    def error(self) -> dict[str, Any]:
        """The API's error object ({code, message, where, fix})."""
        if isinstance(self.body, dict) and isinstance(self.body.get("error"), dict):
            return dict(self.body["error"])
        return {"code": "error", "message": str(self.body)}


class Api:
    def __init__(self, request: Request, api_key: str) -> None:
        self._transport = httpx.ASGITransport(app=request.app)
        self._headers = {"Authorization": f"Bearer {api_key}"}

    async def call(self, method: str, path: str, body: Any = None) -> Answer:
        async with httpx.AsyncClient(
            transport=self._transport, base_url=f"http://lookalike{API_PREFIX}", headers=self._headers, timeout=300
        ) as client:
            response = await client.request(method, path, json=body)
        if not response.content:
            return Answer(response.status_code, None)
        try:
            return Answer(response.status_code, response.json())
        except ValueError:
            return Answer(response.status_code, response.text)

    async def get(self, path: str) -> Answer:
        return await self.call("GET", path)

    async def post(self, path: str, body: Any = None) -> Answer:
        return await self.call("POST", path, body)

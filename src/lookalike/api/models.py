"""The base of every request and response model of the API: an unknown field is an error, never ignored.

A privacy tool fails closed: `{"confg": …}` or `mappings` at the wrong level must be a 422 naming the field, not a
200 that leaves the document's PII as it was.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")

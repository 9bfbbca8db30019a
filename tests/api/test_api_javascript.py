"""The JavaScript sandbox through the API: the check that cannot be hung by a regex, no globals shared between
accounts, and no source value in an error."""

from __future__ import annotations

import time

from tests.api.conftest import Api

REDOS = "function fn(value) { return value; }\n/(a+)+$/.test('a'.repeat(27) + '!');"
COUNTER = "var n = (globalThis.n || 0) + 1; globalThis.n = n; return String(n);"


def test_a_top_level_redos_is_answered_within_2_s(sqlite_api: Api) -> None:
    client = sqlite_api.client("acme")
    warm = client.post("/transformers/javascript/validate", json={"code": "return value;", "sample": ["x"]})
    assert warm.json()["ok"] is True  # this thread's sandbox child is up: what is timed is the check
    started = time.monotonic()
    answer = client.post("/transformers/javascript/validate", json={"code": REDOS, "sample": ["x"]}).json()
    assert time.monotonic() - started < 2
    assert answer["ok"] is False and "did not finish within 1 s" in answer["error"]["message"]


def test_globals_and_thrown_values_stay_with_their_request(sqlite_api: Api) -> None:
    counted = {"mappings": {"$[*]": {"transformer": "transform_javascript", "params": {"code": COUNTER}}}}
    for account in ("acme", "globex", "acme"):
        answer = sqlite_api.client(account).post("/anonymize", json={"document": ["a", "b"], "config": counted})
        assert answer.json()["document"] == ["1", "2"]  # never another request's (or account's) globals
    throwing = {"mappings": {"$.email": {"transformer": "transform_javascript", "params": {"code": "throw value;"}}}}
    document = {"email": "alice.secret@example.com"}
    failed = sqlite_api.client("acme").post("/anonymize", json={"document": document, "config": throwing})
    assert failed.status_code >= 400 and "non-Error value thrown" in failed.text
    assert "alice" not in failed.text and "secret" not in failed.text

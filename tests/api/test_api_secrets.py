"""No API answer carries a password, whatever characters it holds; a document nested too deep is a 422; an
unexpected 500 logs one line, its traceback only when debugging."""

from __future__ import annotations

import logging

import pytest
from tests.api.conftest import Api

from lookalike.core.jsonpath import MAX_DEPTH

PASSWORDS = ["se#cret-pw", "se?cret-pw", "p@ssw0rd-x", "pass/word-x", "pass:word-x", "100%sure-pw", "a#b?c@d/e:f%g-hh"]


def _pieces(password: str) -> list[str]:
    return [password, *(piece for piece in password.replace("?", "/").replace("#", "/").split("/") if len(piece) > 4)]


@pytest.mark.parametrize("password", PASSWORDS)
@pytest.mark.parametrize("host", ["127.0.0.1:9", "[::1]:9"])
def test_a_stored_connection_never_shows_its_password(sqlite_api: Api, password: str, host: str) -> None:
    client = sqlite_api.client("acme")
    made = client.post("/connections", json={"name": "prod", "url": f"postgresql://alice:{password}@{host}/prod"})
    assert made.status_code == 201, made.text
    assert made.json()["url"] == f"postgresql://alice:***@{host}/prod"
    answers = [
        made,
        client.get(f"/connections/{made.json()['id']}"),
        client.get("/connections"),
        client.post(f"/connections/{made.json()['id']}/test"),  # unreachable: 422 with the driver's reason
        client.get(f"/connections/{made.json()['id']}/schema"),
    ]
    assert [r.status_code for r in answers] == [201, 200, 200, 422, 422]
    assert "cannot connect" in answers[3].json()["error"]["message"]
    assert not any(piece in r.text for r in answers for piece in _pieces(password))


@pytest.mark.parametrize(
    "url",
    [
        "host=127.0.0.1 user=u password=kw-secret-pw dbname=d",
        "postgresql://u:kw-secret-pw@[::1:bad/db",
        "postgresql://u:kw-secret-pw@h:port/db",
    ],
)
def test_a_malformed_url_is_refused_without_echoing_it(sqlite_api: Api, url: str) -> None:
    refused = sqlite_api.client("acme").post("/connections", json={"name": "bad", "url": url})
    assert refused.status_code == 422 and "not a valid database URL" in refused.json()["error"]["message"]
    assert "kw-secret-pw" not in refused.text


def test_a_document_nested_too_deep_is_one_422(sqlite_api: Api) -> None:
    client = sqlite_api.client("acme")
    for depth in (MAX_DEPTH + 1, 900, 100_000):  # the last is deeper than the JSON parser itself recurses
        body = '{"document": ' + "[" * depth + "]" * depth + "}"
        answer = client.post("/anonymize", content=body, headers={"content-type": "application/json"})
        assert answer.status_code == 422, (depth, answer.text)
        assert f"{MAX_DEPTH} levels" in answer.json()["error"]["message"]
    fine = client.post("/anonymize", json={"document": [[[1]]]})
    assert fine.status_code == 200 and fine.json()["document"] == [[[1]]]


def test_an_unexpected_error_is_a_500_that_logs_one_line(sqlite_api: Api, caplog: pytest.LogCaptureFixture) -> None:
    def boom() -> None:
        raise RuntimeError("deep inside postgresql://u:boom-secret@h/db")

    sqlite_api.app.add_api_route("/api/boom", boom)
    client = sqlite_api.anonymous()
    with caplog.at_level(logging.INFO):
        answer = client.get("/api/boom")  # raises in the test client if anything re-raised it past the app
    assert answer.status_code == 500 and answer.json()["error"]["code"] == "internal"
    assert "boom-secret" not in answer.text
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert [r.getMessage() for r in errors] == ["unhandled RuntimeError on GET /api/boom"]
    assert all(r.exc_info is None for r in errors) and "Traceback" not in caplog.text
    with caplog.at_level(logging.DEBUG, logger="lookalike.api"):
        client.get("/api/boom")
    assert "Traceback" in caplog.text and "boom-secret" not in caplog.text  # debugging: the trace, redacted

"""Secrets never echoed: every form of connection string redacts its password, whatever characters it holds, and
an error that quotes a password (or a piece of it) is scrubbed; a malformed URL is one ConfigError, never a trace."""

from __future__ import annotations

import logging
import re
from urllib.parse import quote

import psycopg
import pytest
from hypothesis import given
from hypothesis import strategies as st

from lookalike.connectors import open_connector, redact_url
from lookalike.connectors.generated import generated_url
from lookalike.connectors.postgres.sessions import libpq_url
from lookalike.core.errors import ConfigError
from lookalike.core.generate import GenerationSpec
from lookalike.core.urls import (
    check_url,
    install_log_redaction,
    redact_text,
    scrub,
    scrub_url,
    url_secrets,
)

# Each URL delimiter in a password, raw, alone and together; a valid percent-encoding; a stray `%`.
PASSWORDS = [
    "se#cret-pw",
    "se?cret-pw",
    "p@ssw0rd-x",
    "pass/word-x",
    "pass:word-x",
    "100%sure-pw",
    "p%40ssw0rd",
    "a#b?c@d/e:f%g-h",
    "@@##??//::%%",
    "trailing@",
    "ends-with-#",
]
HOSTS = ["db.example.com:5432", "127.0.0.1", "[::1]:5432", "[fe80::1%25eth0]", "h1:5432,h2:5433", ""]


def leaks(text: str, password: str) -> bool:
    """Whether `text` shows the password, raw or percent-encoded (a piece of 4+ characters counts too)."""
    pieces = [piece for piece in re.split(r"[@/?#:%]", password) if len(piece) >= 4]
    return any(form in text for form in (password, quote(password, safe=""), *pieces))


@pytest.mark.parametrize("password", PASSWORDS)
@pytest.mark.parametrize("host", HOSTS)
def test_a_password_with_any_delimiter_is_masked_and_the_rest_kept(password: str, host: str) -> None:
    url = f"postgresql://alice:{password}@{host}/shop?sslmode=require"
    redacted = redact_url(url)
    assert redacted == f"postgresql://alice:***@{host}/shop?sslmode=require"
    assert not leaks(redacted, password)


@pytest.mark.parametrize("password", PASSWORDS)
def test_libpq_reads_the_password_the_redaction_masks(password: str) -> None:
    # A raw `@` or `/` would make libpq end the user info early: another password, and the rest read as the host.
    parsed = psycopg.conninfo.conninfo_to_dict(libpq_url(f"postgresql+psycopg://alice:{password}@db.example:5432/shop"))
    expected = password.replace("%40", "@")  # a valid %XX is the user's own encoding
    assert (parsed["user"], parsed["password"], parsed["host"], parsed["port"], parsed["dbname"]) == (
        "alice",
        expected,
        "db.example",
        "5432",
        "shop",
    )


@given(st.text())
def test_any_password_text_is_masked(password: str) -> None:
    assert redact_url(f"postgresql://u:{password}@host/db") == "postgresql://u:***@host/db"


@given(st.text())
def test_redaction_never_raises(text: str) -> None:
    redact_url(text)
    redact_text(text)
    url_secrets(text)
    scrub_url(text, text)


@pytest.mark.parametrize(
    ("url", "redacted"),
    [
        ("postgresql://h/db?password=s3cr#t&sslmode=require", "postgresql://h/db?password=***&sslmode=require"),
        ("postgresql://h/db?sslmode=require&PassWord=x%26y", "postgresql://h/db?sslmode=require&PassWord=***"),
        ("postgresql://u@h/db?sslpassword=key-pw", "postgresql://u@h/db?sslpassword=***"),
        ("postgresql://u:p?w@h/db?password=q", "postgresql://u:***@h/db?password=***"),
        ("postgresql://user@host:5432/db", "postgresql://user@host:5432/db"),
        ("postgresql://user@[2001:db8::1]:5432/db", "postgresql://user@[2001:db8::1]:5432/db"),
        ("postgresql:///db?host=/var/run/postgresql", "postgresql:///db?host=/var/run/postgresql"),
        ("sqlite:///tmp/a@b.db", "sqlite:///tmp/a@b.db"),
        ("sqlite:///:memory:", "sqlite:///:memory:"),
        ("host=x user=u password=secret dbname=d", "host=x user=u password=*** dbname=d"),
        ("host=x password='quoted with spaces' dbname=d", "host=x password=*** dbname=d"),
        (r"host=x password='it\'s here' dbname=d", "host=x password=*** dbname=d"),
        ("host=x PASSWORD = spaced dbname=d", "host=x PASSWORD = *** dbname=d"),
        ("host=x password='never closed dbname=d", "host=x password=***"),
        ("postgresql://[::1:bad", "postgresql://[::1:bad"),
        ("postgresql://u:pw-secret@[::1:bad", "postgresql://u:***@[::1:bad"),
        ("post gres://u:pw-secret@h/db", "***"),
        ("u:pw-secret@h/db", "***"),
        ("://u:pw-secret@h", "***"),
        ("", ""),
    ],
)
def test_query_keyword_ipv6_and_malformed_forms(url: str, redacted: str) -> None:
    assert redact_url(url) == redacted


def test_a_generated_url_names_its_source_redacted() -> None:
    url = generated_url("postgresql://u:gen#secret@h/db", None, GenerationSpec(seed=0))
    assert redact_url(url) == "generated from postgresql://u:***@h/db"
    assert redact_url("generated:not-base64!") == "generated:***"
    assert "gen#secret" not in redact_text(f"opening {url} failed")


def test_scrub_takes_out_the_password_its_pieces_and_encodings() -> None:
    url = "postgresql://u:first@second#third@127.0.0.1/db"
    message = (
        f"failed at {url}: host 'second#third@127.0.0.1' unknown; "
        f"encoded {quote('first@second#third', safe='')}; password first"
    )
    scrubbed = scrub_url(message, url)
    assert not leaks(scrubbed, "first@second#third")
    assert "postgresql://u:***@127.0.0.1/db" in scrubbed


def test_a_short_secret_is_scrubbed_only_where_it_stands_alone() -> None:
    # Else every "a" in "failed" would go; the password "a" as a word is still taken out.
    assert scrub("failed: password a rejected", ["a"]) == "failed: password *** rejected"


def test_redact_text_masks_urls_and_keyword_passwords_in_free_text() -> None:
    text = "could not connect to postgresql://u:s3cret-x@h/db?password=q-secret (dsn: host=h password=kw-secret)"
    redacted = redact_text(text)
    assert all(secret not in redacted for secret in ("s3cret-x", "q-secret", "kw-secret"))
    assert "postgresql://u:***@h/db?password=***" in redacted


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("postgresql://u:pw-secret@[::1:bad/db", "no closing ]"),
        ("postgresql://[::1:bad", "no closing ]"),
        ("postgresql://u:pw-secret@::1/db", "goes in brackets"),
        ("postgresql://u:pw-secret@h:port/db", "the port is not a number"),
        ("postgresql://u:pw-secret@h:99999/db", "the port is not a number"),
        ("postgresql://u:pw-secret@[::1]x/db", "after an IPv6 address"),
        ("host=h user=u password=pw-secret dbname=d", "libpq keyword string"),
        ("u:pw-secret@h/db", "no scheme"),
    ],
)
def test_a_malformed_url_is_one_config_error_without_the_password(url: str, problem: str) -> None:
    with pytest.raises(ConfigError) as caught:
        check_url(url)
    assert problem in caught.value.what and caught.value.where is not None and caught.value.fix is not None
    assert "pw-secret" not in str(caught.value)
    with pytest.raises(ConfigError) as opened:  # opening it says the same, before any driver sees it
        open_connector(url)
    assert "pw-secret" not in str(opened.value)


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://u:p@h/db",
        "postgresql://u@[::1]:5432,[::2]/db",
        "postgresql://h:/db",
        "postgresql:///db",
        "postgresql+psycopg://u:a#b?c@d/e@host/db",
        "sqlite:///x.db",
    ],
)
def test_valid_urls_pass_the_check(url: str) -> None:
    check_url(url)


def test_log_records_are_redacted_message_arguments_and_traceback(caplog: pytest.LogCaptureFixture) -> None:
    install_log_redaction()
    url = "postgresql://u:log#secret-x@h/db"
    logger = logging.getLogger("lookalike.tests.redaction")
    try:
        raise RuntimeError(f"driver said: cannot reach {url}")
    except RuntimeError:
        logger.exception("opening %s failed", url)
    assert "log#secret-x" not in caplog.text and "postgresql://u:***@h/db" in caplog.text
    assert "RuntimeError" in caplog.text  # the traceback is kept, redacted


@pytest.mark.parametrize(
    ("url", "user", "password", "host"),
    [
        ("postgresql://u:pw@h:5432/db?application_name=me@x", "u", "pw", "h"),
        ("postgresql://h:5432/db?application_name=me@x", None, None, "h"),
        ("postgresql://u:a@b@h/db?application_name=me@x", "u", "a@b", "h"),
    ],
)
def test_an_at_sign_in_the_query_is_left_to_the_query(
    url: str, user: str | None, password: str | None, host: str
) -> None:
    parsed = psycopg.conninfo.conninfo_to_dict(libpq_url(url))
    assert (parsed.get("user"), parsed.get("password"), parsed["host"]) == (user, password, host)
    assert parsed["application_name"] == "me@x"
    if password is not None:
        assert password not in redact_url(url).replace("me@x", "")


def test_log_arguments_keep_their_shape_and_lose_their_secrets(caplog: pytest.LogCaptureFixture) -> None:
    install_log_redaction()
    logger = logging.getLogger("lookalike.tests.redaction")
    # uvicorn's access formatter unpacks its five arguments: they stay five, the query's password masked.
    logger.warning('%s - "%s %s HTTP/%s" %d', "127.0.0.1", "GET", "/x?password=acc#secret", "1.1", 200)
    [access] = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert isinstance(access.args, tuple) and len(access.args) == 5 and access.args[4] == 200
    logger.error("failed: %s", ValueError("postgresql://u:arg#secret@h/db refused"))
    assert "acc#secret" not in caplog.text and "arg#secret" not in caplog.text
    assert "/x?password=***" in caplog.text and "postgresql://u:***@h/db refused" in caplog.text


def test_a_log_template_holding_the_secret_is_redacted_whole(caplog: pytest.LogCaptureFixture) -> None:
    install_log_redaction()
    logging.getLogger("lookalike.tests.redaction").warning("dsn host=%s password=%s", "h", "tpl-secret")
    assert "tpl-secret" not in caplog.text and "dsn host=h password=***" in caplog.text

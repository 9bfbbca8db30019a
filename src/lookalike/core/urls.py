"""Connection strings: their shape checked, and their secrets never echoed (one redaction for every form a
connection string takes, and a scrubber for error texts).

A password may hold any character, raw or percent-encoded, so `urllib.parse.urlsplit` (which ends the netloc at
the first `/`, `?` or `#`) cannot find it. Here the user info of `scheme://user:pass@host/db` ends at the LAST `@`
of the text: everything between the first `:` after `//` and that `@` is the password. An `@` further on (in the
query, say) makes the mask cover more than the password, never less: redaction fails closed.

Also masked: `password=` / `sslpassword=` query parameters (any case), libpq keyword DSNs
(`host=x password=secret`, `password='with spaces'`), and anything that is not a URL at all (`***`).
Nothing here raises, whatever the input.
"""

from __future__ import annotations

import base64
import json
import logging
import re
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import quote, unquote

from lookalike.core.errors import ConfigError

MASK = "***"

_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*")
_QUERY_SECRET = re.compile(r"(?i)(^|[?&;])((?:ssl)?password)=([^&;]*)")
# `password=` and `sslpassword=` (any case), in a URL's query and in libpq's keyword form (spelled alike there).
# libpq keyword form: `password=value` or `password='quoted \' value'`; an unclosed quote runs to the end.
_KEYWORD_SECRET = re.compile(r"(?i)\b((?:ssl)?password)(\s*=\s*)('(?:[^'\\]|\\.)*(?:'|$)|\S*)")
# A URL inside free text (a log line, a driver's message): runs to the next blank or quote.
_URL_IN_TEXT = re.compile(r"generated:[A-Za-z0-9_\-=]+|[A-Za-z][A-Za-z0-9+.\-]*://[^\s\"'<>]*")
_GENERATED = "generated:"  # a made-up database: base64 JSON naming the source whose schema it copies
_SHORT = 4  # secrets shorter than this are scrubbed only where they stand alone (else "failed" → "f***iled")


def redact_url(url: str) -> str:
    """`url` with every password replaced by `***`, for messages, logs and API answers; never raises."""
    try:
        return _redact(url)
    except Exception:  # a bug here must not echo the input
        return MASK


def _generated_source(url: str) -> str | None:
    """The schema source URL inside a `generated:` URL (None when it does not decode)."""
    try:
        source = json.loads(base64.urlsafe_b64decode(url[len(_GENERATED) :].encode()))["schema_url"]
    except Exception:
        return None
    return source if isinstance(source, str) else None


def _redact(url: str) -> str:
    if not url:
        return url
    if url.startswith(_GENERATED):
        source = _generated_source(url)
        return f"generated from {redact_url(source)}" if source is not None else f"{_GENERATED}{MASK}"
    scheme, sep, rest = url.partition("://")
    if not sep:
        if "=" in url:  # a libpq keyword DSN
            return _KEYWORD_SECRET.sub(lambda m: f"{m.group(1)}{m.group(2)}{MASK}", url)
        if "@" in url or not _SCHEME.fullmatch(url.split(":", 1)[0]):
            return MASK  # not a URL: anything in it could be a password
        return url  # `sqlite:relative.db`, `generated:…`: no place for a password
    if not _SCHEME.fullmatch(scheme):
        return MASK
    userinfo, location = _split_last_at(rest)
    if userinfo is not None:
        user, colon, _password = userinfo.partition(":")
        rest = f"{user}:{MASK}@{location}" if colon else f"{userinfo}@{location}"
    return f"{scheme}://{_redact_query(rest)}"


def _redact_query(rest: str) -> str:
    path, question, query = rest.partition("?")
    if not question:
        return rest
    return f"{path}?{_QUERY_SECRET.sub(lambda m: f'{m.group(1)}{m.group(2)}={MASK}', query)}"


def _split_last_at(rest: str) -> tuple[str | None, str]:
    """(user info, the rest) for masking: the user info ends at the LAST `@` (a later `@` in a query makes the mask
    cover more than the password, never less)."""
    if rest.startswith("/") or "@" not in rest:  # an empty authority (`sqlite:///a@b.db`) has no user info
        return None, rest
    userinfo, _at, location = rest.rpartition("@")
    return userinfo, location


def _split_userinfo(rest: str, fail_closed: bool = True) -> tuple[str | None, str]:
    """(user info, the rest after its `@`) of the part after `scheme://`, as a driver should read it.

    The user info ends at the last `@` — unless what comes before that `@` holds a query (`?name=`): then the `@`
    is a query value's (`?application_name=me@x`) and an earlier `@` ends it. When every `@` looks like that,
    `fail_closed` takes the last one anyway (for masking: more is hidden, never less); else there is no user info.
    """
    if rest.startswith("/"):
        return None, rest
    ats = [index for index, char in enumerate(rest) if char == "@"]
    for at in reversed(ats):
        if not _QUERY_BEFORE.search(rest[:at]):
            return rest[:at], rest[at + 1 :]
    if ats and fail_closed:
        return rest[: ats[-1]], rest[ats[-1] + 1 :]
    return None, rest


_QUERY_BEFORE = re.compile(r"\?[^@]*=")
_URL_FIX = (
    "write it as postgresql://user@host:5432/db, the password after the user and a colon, percent-encoded "
    "(%40 for @, %23 for #, %2F for /), or sqlite:///path.db"
)


def check_url(url: str) -> None:
    """ConfigError (what, where, fix — the URL redacted) when `url` is not a connection URL a driver can read.

    Dialect-specific checks (the SQLite path, the PostgreSQL server) come when connecting; this catches the forms
    whose error would otherwise come from deep in a driver, quoting the URL: a libpq keyword string, an unclosed
    IPv6 bracket, a port that is not a number.
    """
    problem = _url_problem(url)
    if problem is not None:
        raise ConfigError(f"not a valid database URL: {problem}", where=redact_url(url), fix=_URL_FIX)


def _url_problem(url: str) -> str | None:
    if url.startswith(_GENERATED):
        return None if _generated_source(url) is not None else "the generated: URL does not decode"
    scheme, sep, rest = url.partition("://")
    if not sep:
        if "=" in url and not url.lower().startswith("sqlite:"):
            return "a libpq keyword string (host=… dbname=…) is not a URL"
        if "@" in url or ":" not in url or not _SCHEME.fullmatch(url.split(":", 1)[0]):
            return "it has no scheme (postgresql://, sqlite:///)"
        return None
    if not _SCHEME.fullmatch(scheme):
        return "it has no valid scheme (postgresql://, sqlite:///)"  # not echoed: it may hold the password
    if not scheme.lower().startswith("postgres"):
        return None
    _userinfo, location = _split_userinfo(rest)
    authority = re.split(r"[/?]", location, maxsplit=1)[0]
    for host in authority.split(","):  # libpq takes a list of hosts
        port: str | None = None
        if host.startswith("["):
            _address, closing, after = host[1:].partition("]")
            if not closing:
                return "an IPv6 address opened with [ has no closing ]"
            if after and not after.startswith(":"):
                return "after an IPv6 address's ] comes :port or the end of the host part"
            port = after[1:] if after else None
        elif host.count(":") > 1:
            return "an IPv6 address in a URL goes in brackets: postgresql://user@[::1]:5432/db"
        elif ":" in host:
            port = host.partition(":")[2]
        if port and not (port.isdigit() and 0 < int(port) < 65536):
            return "the port is not a number between 1 and 65535"
    return None


def encode_userinfo(url: str) -> str:
    """`url` with its user and password percent-encoded (valid %XX kept): drivers end the user info at the first
    `@` or `/`, so a raw one inside a password would otherwise make them read another password and host than the
    ones the user wrote (and the redaction masks)."""
    scheme, sep, rest = url.partition("://")
    userinfo, location = _split_userinfo(rest, fail_closed=False) if sep else (None, rest)
    if userinfo is None:
        return url
    user, colon, password = userinfo.partition(":")
    return f"{scheme}://{_encode(user)}{colon}{_encode(password)}@{location}"


def _encode(text: str) -> str:
    return quote(re.sub(r"%(?![0-9A-Fa-f]{2})", "%25", text), safe="!$&'()*+,;=%")


def url_secrets(url: str) -> list[str]:
    """Every text in `url` that is (or is part of) a password, raw and decoded: what `scrub` takes out of an error.

    Parts of a password split at URL delimiters are included: a driver that parses `user:a@b@host` its own way
    quotes `b@host` as the host.
    """
    try:
        if url.startswith(_GENERATED):
            source = _generated_source(url)
            return [url[len(_GENERATED) :], *url_secrets(source or "")]
        found: list[str] = []
        _scheme, sep, rest = url.partition("://")
        if sep:
            for userinfo in {_split_last_at(rest)[0], _split_userinfo(rest)[0]}:  # both readings' passwords
                if userinfo is not None and ":" in userinfo:
                    found.append(userinfo.partition(":")[2])
            found += [m.group(3) for m in _QUERY_SECRET.finditer(rest.partition("?")[2])]
        elif "=" in url:
            for match in _KEYWORD_SECRET.finditer(url):
                value = match.group(3)
                if value.startswith("'"):
                    value = re.sub(r"\\(.)", r"\1", value[1:].removesuffix("'"))
                found.append(value)
        elif "@" in url:
            found.append(url.rpartition("@")[0])
        secrets = set()
        for secret in found:
            for form in (secret, unquote(secret)):
                secrets.add(form)
                secrets.update(piece for piece in re.split(r"[@/?#:&=]", form))
        return sorted((s for s in secrets if s), key=len, reverse=True)
    except Exception:
        return []


def scrub(text: str, secrets: Iterable[str]) -> str:
    """`text` with each secret (and its percent-encoded forms) replaced by `***`: for a driver's error message,
    which may quote the connection string or a part of it. Longest first, so a part never leaves the rest."""
    forms = set()
    for secret in secrets:
        if secret and secret != MASK:
            forms.update({secret, quote(secret, safe=""), quote(secret), quote(secret, safe="").lower()})
    for form in sorted(forms, key=len, reverse=True):
        if len(form) >= _SHORT:
            text = text.replace(form, MASK)
        else:
            text = re.sub(rf"(?<![A-Za-z0-9]){re.escape(form)}(?![A-Za-z0-9])", MASK, text)
    return text


def scrub_url(text: str, url: str) -> str:
    """`text` (an error about `url`) with `url` shown redacted and no piece of its password left."""
    if url:
        text = text.replace(url, redact_url(url))
    return redact_text(scrub(text, url_secrets(url)))


def redact_text(text: str) -> str:
    """Free text with every URL in it redacted and every `password=…` masked (a log line, an exception)."""
    try:
        text = _URL_IN_TEXT.sub(lambda m: redact_url(m.group(0)), text)
        return _KEYWORD_SECRET.sub(_mask_keyword, text)
    except Exception:
        return MASK


def _mask_keyword(match: re.Match[str]) -> str:
    if match.group(3).startswith(MASK):  # masked already (a redacted URL's query)
        return match.group(0)
    return f"{match.group(1)}{match.group(2)}{MASK}"


def redact_record(record: logging.LogRecord) -> None:
    """Redact a log record in place: its message template, each argument and its traceback. The arguments keep
    their shape (a formatter may unpack them, as uvicorn's access log does); one whose text holds a URL or a
    `password=` becomes its redacted text."""
    if isinstance(record.msg, str) and redact_text(record.msg) != record.msg:
        # The template itself holds a secret (or a `password=%s`): redact the formatted message as a whole.
        try:
            record.msg, record.args = redact_text(record.getMessage()), ()
        except Exception:
            record.msg, record.args = redact_text(record.msg), ()
    elif isinstance(record.args, tuple):
        record.args = tuple(_redact_arg(arg) for arg in record.args)
    elif isinstance(record.args, Mapping):
        record.args = {key: _redact_arg(value) for key, value in record.args.items()}
    if record.exc_info and not record.exc_text:
        record.exc_text = logging.Formatter().formatException(record.exc_info)
    if record.exc_text:
        record.exc_text = redact_text(record.exc_text)


def _redact_arg(arg: object) -> object:
    if isinstance(arg, str):
        return redact_text(arg)
    if arg is None or isinstance(arg, int | float):
        return arg
    try:
        text = str(arg)
    except Exception:
        return arg
    redacted = redact_text(text)
    return arg if redacted == text else redacted


_installed: list[bool] = []


def install_log_redaction() -> None:
    """Redact every log record of this process, from any logger and for any handler, as it is made (a driver's
    or a library's message may quote a connection URL). Idempotent."""
    if _installed:
        return
    _installed.append(True)
    make = logging.getLogRecordFactory()

    def redacting(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = make(*args, **kwargs)
        redact_record(record)
        return record

    logging.setLogRecordFactory(redacting)

"""The installation's secret key, and secrets at rest: connection URLs and job keys are sealed (Fernet: AES-128-CBC
+ HMAC) before they are stored.

The key comes from `LOOKALIKE_SECRET_KEY`, else from `secret.key` in the Lookalike home (created once, mode 0600).
Every worker that runs a job needs the same key.
"""

from __future__ import annotations

import hashlib
import os

from cryptography.fernet import Fernet, InvalidToken

from lookalike.core.errors import ConfigError
from lookalike.installation.settings import settings


def _secret_key() -> str:
    chosen = settings()
    key = chosen.secret_key.get_secret_value() if chosen.secret_key is not None else None
    if not key:
        path = chosen.home / "secret.key"
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            try:
                descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:  # another process made it first
                pass
            else:
                with os.fdopen(descriptor, "wb") as file:
                    file.write(Fernet.generate_key())
        key = path.read_text().strip()
    return key


def _fernet() -> Fernet:
    key = _secret_key()
    try:
        return Fernet(key.encode())
    except ValueError:
        raise ConfigError(
            "the secret key is not a Fernet key",
            where="LOOKALIKE_SECRET_KEY or secret.key in the Lookalike home",
            fix="generate one: python -c "
            '"from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())"',
        ) from None


def seal(text: str) -> str:
    """Encrypt `text` for storage."""
    return _fernet().encrypt(text.encode()).decode()


def unseal(token: str) -> str:
    """Decrypt what `seal` stored; ConfigError when this machine has another key."""
    try:
        return _fernet().decrypt(token.encode()).decode()
    except InvalidToken:
        raise ConfigError(
            "cannot decrypt the job's credentials: this machine has another secret key",
            where="LOOKALIKE_SECRET_KEY",
            fix="give every worker the same LOOKALIKE_SECRET_KEY as the machine that started the run",
        ) from None


def installation_key() -> bytes:
    """A key for `deterministic: true` transformers in jobs without a key of their own.

    Derived one-way from the secret key, which every worker of an installation shares, so such columns map
    the same way on every worker and in every run; another installation maps them differently.
    """
    return hashlib.blake2b(_secret_key().encode(), digest_size=32, person=b"lookalike-det").digest()

"""The control plane's metadata (SQLAlchemy 2): accounts and what they own. Workflow state stays in the engine.

Secrets are stored sealed (installation/secrets.py): a connection's URL, never in plaintext; API keys only as a hash
with a short prefix to find them by.
"""

from __future__ import annotations

import datetime
import uuid
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Index, String, Text, UniqueConstraint, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def _id() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    pass


class Stamped:
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=_id)
    created_at: Mapped[datetime.datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class Account(Stamped, Base):
    __tablename__ = "account"
    name: Mapped[str] = mapped_column(String(200), unique=True)


class ApiKey(Stamped, Base):
    __tablename__ = "api_key"
    account_id: Mapped[str] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    prefix: Mapped[str] = mapped_column(String(16), index=True)  # shown in listings, used to find the hash
    digest: Mapped[str] = mapped_column(String(128))  # SHA-256 of the key's secret; the key is shown once
    revoked_at: Mapped[datetime.datetime | None] = mapped_column(DateTime(timezone=True))


class Connection(Stamped, Base):
    __tablename__ = "connection"
    __table_args__ = (UniqueConstraint("account_id", "name"),)
    account_id: Mapped[str] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    dialect: Mapped[str] = mapped_column(String(32))
    sealed_url: Mapped[str] = mapped_column(Text)  # Fernet token; the API shows the URL with its password masked


class Job(Stamped, Base):
    __tablename__ = "job"
    __table_args__ = (UniqueConstraint("account_id", "name"),)
    account_id: Mapped[str] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    versions: Mapped[list[JobVersion]] = relationship(
        back_populates="job", order_by="JobVersion.number", cascade="all, delete-orphan", passive_deletes=True
    )


class JobVersion(Stamped, Base):
    """Each saved edit of a job: the document the YAML file and the API share, with connections by name."""

    __tablename__ = "job_version"
    __table_args__ = (UniqueConstraint("job_id", "number"),)
    job_id: Mapped[str] = mapped_column(ForeignKey("job.id", ondelete="CASCADE"), index=True)
    number: Mapped[int]
    document: Mapped[dict[str, Any]] = mapped_column(JSON)  # without its key: that is sealed beside it
    sealed_key: Mapped[str | None] = mapped_column(Text)
    job: Mapped[Job] = relationship(back_populates="versions")


class Run(Stamped, Base):
    __tablename__ = "run"
    account_id: Mapped[str] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), index=True)
    job_version_id: Mapped[str] = mapped_column(ForeignKey("job_version.id", ondelete="CASCADE"), index=True)
    workflow_id: Mapped[str] = mapped_column(String(200), unique=True)  # the engine's run id: status lives there


class UserTransformer(Stamped, Base):
    __tablename__ = "user_transformer"
    __table_args__ = (UniqueConstraint("account_id", "name"),)
    account_id: Mapped[str] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    definition: Mapped[dict[str, Any]] = mapped_column(JSON)  # a UserTransformer of the job model


class AuditEvent(Stamped, Base):
    __tablename__ = "audit_event"
    __table_args__ = (Index("ix_audit_account_time", "account_id", "created_at"),)
    account_id: Mapped[str | None] = mapped_column(ForeignKey("account.id", ondelete="SET NULL"))
    action: Mapped[str] = mapped_column(String(64))
    target: Mapped[str] = mapped_column(String(300))


class BrowserSession(Stamped, Base):
    """A signed-in browser: the cookie holds a random token, the store its digest, so a session can expire and
    be revoked here (sign-out, or revoking its API key) and a copied store cannot be replayed as a cookie."""

    __tablename__ = "browser_session"
    api_key_id: Mapped[str] = mapped_column(ForeignKey("api_key.id", ondelete="CASCADE"), index=True)
    digest: Mapped[str] = mapped_column(String(64), unique=True)  # SHA-256 of the cookie's token
    sealed_key: Mapped[str] = mapped_column(Text)  # the API key the pages call the API with, sealed
    csrf: Mapped[str] = mapped_column(String(64))
    expires_at: Mapped[datetime.datetime] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime.datetime | None] = mapped_column(DateTime(timezone=True))

"""Digest issue → e-mail: build the message (pure), then deliver it exactly once per recipient.

Building is separate from sending. Delivery goes through SMTP when WATCHER_SMTP_HOST is set,
otherwise each message is written as an .eml file to an outbox folder. A ledger of
(issue, recipient) makes re-runs safe: a recipient is marked `sending` (committed) before the
SMTP exchange and `sent`, `refused` (a permanent 5xx) or `failed` (transient) after it. A
recipient left in `sending` by a crash may or may not have received the message, so it is
never sent again automatically: it becomes `unknown` and is reported for a person to check.
Recipients never tried stay `pending` for the next run.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import smtplib
import ssl
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr
from pathlib import Path

from watcher.config import valid_address
from watcher.digest import Issue
from watcher.exceptions import ConfigError, DeliveryError
from watcher.models import DigestDef
from watcher.render import count_line, render_html, render_text
from watcher.store import Archive

SECURITIES = ("starttls", "ssl", "none")
DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}
TIMEOUT = 60.0  # seconds for each SMTP operation


@dataclass(frozen=True)
class SmtpSettings:
    host: str | None
    port: int
    user: str | None
    password: str | None
    security: str

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> SmtpSettings:
        security = env.get("WATCHER_SMTP_SECURITY", "starttls").strip().lower()
        if security not in SECURITIES:
            raise ConfigError(
                f"WATCHER_SMTP_SECURITY={security!r} must be one of {', '.join(SECURITIES)}"
            )
        port_text = env.get("WATCHER_SMTP_PORT", "").strip()
        if port_text and not port_text.isdigit():
            raise ConfigError(f"WATCHER_SMTP_PORT={port_text!r} is not a port number")
        return cls(
            host=env.get("WATCHER_SMTP_HOST", "").strip() or None,
            port=int(port_text) if port_text else DEFAULT_PORTS[security],
            user=env.get("WATCHER_SMTP_USER") or None,
            password=env.get("WATCHER_SMTP_PASSWORD") or None,
            security=security,
        )


def recipients(digest: DigestDef, env: Mapping[str, str]) -> list[str]:
    found = list(digest.recipients)
    if digest.recipients_env:
        value = env.get(digest.recipients_env, "")
        if not value.strip():
            raise ConfigError(
                f"digest {digest.id!r} takes its recipients from ${digest.recipients_env}, which is not set",
                file=digest.file,
            )
        found += [a.strip() for a in re.split(r"[,;\n]", value) if a.strip()]
    bad = [a for a in found if not valid_address(a)]
    if bad:
        raise ConfigError(
            f"not e-mail addresses in the recipients of {digest.id!r}: {', '.join(bad)}"
        )
    return list(dict.fromkeys(found))  # once each, in order


def _domain(address: str) -> str:
    return parseaddr(address)[1].rpartition("@")[2] or "localhost"


def subject(issue: Issue, digest: DigestDef) -> str:
    return f"{digest.title} — {issue.week}: {count_line(issue)}"


@dataclass(frozen=True)
class Parts:
    """An issue rendered once, then addressed to each recipient."""

    text: str
    html: str


def render_parts(issue: Issue, digest: DigestDef, names: dict[str, str]) -> Parts:
    return Parts(render_text(issue, digest, names), render_html(issue, digest, names))


def build_message(
    issue: Issue, digest: DigestDef, parts: Parts, recipient: str, now: datetime
) -> EmailMessage:
    """multipart/alternative: the 72-column text part, then the HTML part."""
    sender = parseaddr(digest.sender)[1]
    domain = _domain(digest.sender)
    issue_id = f"{digest.id}/{issue.week}"
    stable = hashlib.sha256(f"{issue_id}\x00{recipient}".encode()).hexdigest()[:20]
    msg = EmailMessage()
    msg["Subject"] = subject(issue, digest)
    msg["From"] = digest.sender
    msg["To"] = recipient
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = f"<{digest.id}.{issue.week}.{stable}@{domain}>"  # the same on a retry
    msg["List-Id"] = f"{digest.title} <{digest.id}.watcher.{domain}>"
    msg["List-Unsubscribe"] = f"<mailto:{sender}?subject=unsubscribe%20{digest.id}>"
    msg.set_content(parts.text, cte="quoted-printable")
    msg.add_alternative(parts.html, subtype="html", cte="quoted-printable")
    return msg


@dataclass
class SendReport:
    issue_id: str
    sent: list[str] = field(default_factory=list)
    already: list[str] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)
    outbox: Path | None = None

    @property
    def needs_a_person(self) -> bool:
        return bool(self.refused or self.failed or self.unknown or self.pending)


def _connect(settings: SmtpSettings) -> smtplib.SMTP:
    assert settings.host is not None
    try:
        if settings.security == "ssl":
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(settings.host, settings.port, timeout=TIMEOUT,
                                                 context=ssl.create_default_context())  # fmt: skip
        else:
            smtp = smtplib.SMTP(settings.host, settings.port, timeout=TIMEOUT)
            if settings.security == "starttls":
                smtp.starttls(context=ssl.create_default_context())
        if settings.user:
            smtp.login(settings.user, settings.password or "")
        return smtp
    except (OSError, smtplib.SMTPException) as e:
        raise DeliveryError(
            f"cannot connect to SMTP server {settings.host}:{settings.port}: {e}"
        ) from e


def deliver(
    archive: Archive,
    issue: Issue,
    digest: DigestDef,
    names: dict[str, str],
    to: list[str],
    settings: SmtpSettings,
    outbox: Path,
    now: datetime,
) -> SendReport:
    """Send what the ledger says is unsent; never send anyone the same issue twice."""
    issue_id = f"{digest.id}/{issue.week}"
    report = SendReport(issue_id)
    ledger = archive.ledger(issue_id)
    todo = []
    for address in to:
        status = ledger.get(address, {}).get("status")
        if status in ("sent", "written"):
            report.already.append(address)
        elif status in ("sending", "unknown"):
            archive.ledger_set(issue_id, address, "unknown", now,
                               error="a previous run stopped while sending; check with the recipient")  # fmt: skip
            report.unknown.append(address)
        elif status == "refused":
            report.refused.append((address, ledger[address]["last_error"] or "refused"))
        else:
            if status is None:
                archive.ledger_set(issue_id, address, "pending", now)
            todo.append(address)
    if not todo:
        return report
    parts = render_parts(issue, digest, names)  # once, whoever the recipients
    if settings.host is None:
        outbox.mkdir(parents=True, exist_ok=True)
        report.outbox = outbox
        for address in todo:
            msg = build_message(issue, digest, parts, address, now)
            safe = re.sub(r"[^A-Za-z0-9@._-]", "_", address)
            (outbox / f"{digest.id}-{issue.week}-{safe}.eml").write_bytes(msg.as_bytes())
            archive.ledger_set(
                issue_id, address, "written", now, message_id=msg["Message-ID"], attempt=True
            )
            report.sent.append(address)
        return report
    smtp = _connect(settings)
    try:
        for index, address in enumerate(todo):
            msg = build_message(issue, digest, parts, address, now)
            archive.ledger_set(
                issue_id, address, "sending", now, message_id=msg["Message-ID"], attempt=True
            )
            try:
                smtp.send_message(msg, from_addr=parseaddr(digest.sender)[1], to_addrs=[address])
            except smtplib.SMTPRecipientsRefused as e:
                code, text = next(iter(e.recipients.values()))
                status = "refused" if code >= 500 else "failed"
                error = (
                    f"{code} {text.decode(errors='replace') if isinstance(text, bytes) else text}"
                )
                archive.ledger_set(issue_id, address, status, now, error=error)
                (report.refused if status == "refused" else report.failed).append((address, error))
                continue
            except smtplib.SMTPResponseException as e:
                error = f"{e.smtp_code} {e.smtp_error.decode(errors='replace') if isinstance(e.smtp_error, bytes) else e.smtp_error}"
                status = "refused" if e.smtp_code >= 500 else "failed"
                archive.ledger_set(issue_id, address, status, now, error=error)
                (report.refused if status == "refused" else report.failed).append((address, error))
                continue
            except (smtplib.SMTPServerDisconnected, OSError) as e:
                # The server went away mid-message: not delivered; the rest waits for the next run.
                archive.ledger_set(issue_id, address, "failed", now, error=f"connection lost: {e}")
                report.failed.append((address, f"connection lost: {e}"))
                report.pending.extend(todo[index + 1 :])
                return report
            archive.ledger_set(issue_id, address, "sent", now)
            report.sent.append(address)
    finally:
        with contextlib.suppress(smtplib.SMTPException, OSError):
            smtp.quit()
    return report


def outbox_path(db: Path, env: Mapping[str, str]) -> Path:
    """Where .eml files go when no SMTP host is set: $WATCHER_OUTBOX, else beside the archive."""
    return (
        Path(env["WATCHER_OUTBOX"]) if env.get("WATCHER_OUTBOX") else db.resolve().parent / "outbox"
    )


def environment() -> dict[str, str]:
    return dict(os.environ)

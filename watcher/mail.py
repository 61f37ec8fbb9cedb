"""Digest issue → e-mail: build the message (pure), then deliver it exactly once per recipient.

Building is separate from sending. Delivery goes through SMTP when WATCHER_SMTP_HOST is set,
otherwise each message is written as an .eml file to an outbox folder. A ledger of
(issue, recipient, method) makes re-runs safe, one per method (a trial send to the outbox is not
a send to the reader). Exactly once, stated:
- a recipient is marked `sending` (committed) before the exchange, and `sent` (`written`),
  `refused` (a permanent 5xx for that address) or `failed` (transient, or a drop before the
  message was handed over: retried by the next run) after it;
- a send in doubt is never repeated by itself: a crash while `sending`, or a connection that
  drops once the message is being handed over (DATA), may or may not have delivered it. It
  becomes `unknown`, and every run reports it (exit 1) until a person says it arrived
  (`watcher digest ack`) or asks for it again (`watcher digest send --resend`);
- a refused sender or a failed login is the run's failure, not the recipients': nothing is
  marked, and the next run tries again.
Recipients never tried stay `pending` for the next run.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import smtplib
import ssl
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr
from pathlib import Path
from typing import Protocol

from watcher.config.digests import valid_address
from watcher.config.settings import Settings, SmtpSettings
from watcher.exceptions import ConfigError, DeliveryError
from watcher.models import DigestDef, Issue
from watcher.render import count_line, render_html, render_text
from watcher.store import Archive
from watcher.store.issues import DELIVERED, UNSETTLED

TIMEOUT = 60.0  # seconds for each SMTP operation


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
    if issue.week.startswith("alert-"):  # an alert: its one item says what it is about
        lead = issue.entries()[0].lead
        return f"{digest.title}: {lead.title}"
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
    domain = _domain(digest.sender)
    issue_id = issue.issue_id
    stable = hashlib.sha256(f"{issue_id}\x00{recipient}".encode()).hexdigest()[:20]
    msg = EmailMessage()
    msg["Subject"] = subject(issue, digest)
    msg["From"] = digest.sender
    msg["To"] = recipient
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = f"<{digest.id}.{issue.week}.{stable}@{domain}>"  # the same on a retry
    msg["List-Id"] = f"{digest.title} <{digest.id}.watcher.{domain}>"
    if digest.unsubscribe:  # RFC 2369; one click (RFC 8058) for an https: address
        msg["List-Unsubscribe"] = f"<{digest.unsubscribe}>"
        if digest.unsubscribe.lower().startswith("https://"):
            msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
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


class InDoubt(Exception):  # noqa: N818 - a state, not a failure
    """The connection dropped while the message was being handed over: it may have arrived."""


class Sender(Protocol):
    """Where messages go: an SMTP server, or an outbox folder of .eml files."""

    method: str  # the ledger this sender keeps: "smtp" or "outbox"
    delivered: str  # the ledger status of a message handed over: "sent" or "written"
    where: str

    def open(self) -> None: ...
    def send(self, msg: EmailMessage, from_addr: str, address: str, name: str) -> None: ...
    def close(self) -> None: ...


class OutboxSender:
    method = "outbox"
    delivered = "written"

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.where = f"outbox {folder}"

    def open(self) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise DeliveryError(f"cannot create the outbox {self.folder}: {e}") from e

    def send(self, msg: EmailMessage, from_addr: str, address: str, name: str) -> None:
        safe = re.sub(r"[^A-Za-z0-9@._-]", "_", address)
        (self.folder / f"{name}-{safe}.eml").write_bytes(msg.as_bytes())

    def close(self) -> None:
        pass


class SmtpSender:
    method = "smtp"
    delivered = "sent"

    def __init__(self, settings: SmtpSettings) -> None:
        self.settings = settings
        self.where = f"SMTP {settings.host}:{settings.port}"
        self.smtp: smtplib.SMTP | None = None

    def open(self) -> None:
        settings = self.settings
        assert settings.host is not None
        smtp: smtplib.SMTP | None = None
        try:
            if settings.security == "ssl":
                smtp = smtplib.SMTP_SSL(settings.host, settings.port, timeout=TIMEOUT,
                                        context=ssl.create_default_context())  # fmt: skip
            else:
                smtp = smtplib.SMTP(settings.host, settings.port, timeout=TIMEOUT)
                if settings.security == "starttls":
                    smtp.starttls(context=ssl.create_default_context())
            if settings.user:
                smtp.login(settings.user, settings.password or "")
            self.smtp = smtp
        except (OSError, smtplib.SMTPException) as e:
            if smtp is not None:
                smtp.close()
            raise DeliveryError(
                f"cannot connect to SMTP server {settings.host}:{settings.port}: {e}"
            ) from e

    def send(self, msg: EmailMessage, from_addr: str, address: str, name: str) -> None:
        """The exchange step by step, so that what failed is known: before DATA nothing was
        handed over (safe to retry); during DATA the message may have arrived (InDoubt)."""
        smtp = self.smtp
        assert smtp is not None
        data = msg.as_bytes(policy=msg.policy.clone(linesep="\r\n"))
        smtp.ehlo_or_helo_if_needed()
        code, text = smtp.mail(from_addr)
        if code != 250:
            _reset(smtp)
            raise smtplib.SMTPSenderRefused(code, text, from_addr)
        code, text = smtp.rcpt(address)
        if code not in (250, 251):
            _reset(smtp)
            raise smtplib.SMTPRecipientsRefused({address: (code, text)})
        try:
            code, text = smtp.data(data)
        except (smtplib.SMTPServerDisconnected, OSError) as e:
            raise InDoubt(f"the connection dropped while handing the message over ({e})") from e
        if code != 250:
            _reset(smtp)
            raise smtplib.SMTPDataError(code, text)

    def close(self) -> None:
        if self.smtp is not None:
            with contextlib.suppress(smtplib.SMTPException, OSError):
                self.smtp.quit()


def _reset(smtp: smtplib.SMTP) -> None:
    with contextlib.suppress(smtplib.SMTPException, OSError):
        smtp.rset()


def sender_for(settings: Settings, db: Path) -> Sender:
    """SMTP when WATCHER_SMTP_HOST is set, else the outbox."""
    if settings.smtp.host:
        return SmtpSender(settings.smtp)
    return OutboxSender(settings.outbox_for(db))


def unsent(archive: Archive, issue_id: str, to: list[str], method: str) -> list[str]:
    """The recipients a send would try now: not delivered, not refused, not in doubt."""
    ledger = archive.ledger(issue_id, method)
    settled = (*DELIVERED, *UNSETTLED, "refused")
    return [a for a in to if a not in ledger or ledger[a].status not in settled]


def _error(e: smtplib.SMTPResponseException) -> str:
    text = (
        e.smtp_error.decode(errors="replace") if isinstance(e.smtp_error, bytes) else e.smtp_error
    )
    return f"{e.smtp_code} {text}"


def deliver(
    archive: Archive,
    issue: Issue,
    digest: DigestDef,
    names: dict[str, str],
    to: list[str],
    sender: Sender,
    now: datetime,
) -> SendReport:
    """Send what the ledger says is unsent; never send anyone the same issue twice."""
    issue_id, method = issue.issue_id, sender.method
    report = SendReport(issue_id)
    ledger = archive.ledger(issue_id, method)
    todo = unsent(archive, issue_id, to, method)

    def mark(address: str, status: str, **extra: object) -> None:
        archive.ledger_set(issue_id, address, method, status, now, **extra)  # type: ignore[arg-type]

    for address in to:
        status = ledger[address].status if address in ledger else None
        if status in DELIVERED:
            report.already.append(address)
        elif status in UNSETTLED:
            if status == "sending":
                mark(address, "unknown", error="a run stopped while sending: it may have arrived")
            report.unknown.append(address)
        elif status == "refused":
            report.refused.append((address, ledger[address].last_error or "refused"))
        elif status is None:
            mark(address, "pending")
    if not todo:
        return report
    parts = render_parts(issue, digest, names)  # once, whoever the recipients
    if isinstance(sender, OutboxSender):
        report.outbox = sender.folder
    sender.open()
    from_addr = parseaddr(digest.sender)[1]
    try:
        for index, address in enumerate(todo):
            msg = build_message(issue, digest, parts, address, now)
            mark(address, "sending", message_id=msg["Message-ID"], attempt=True)
            try:
                sender.send(msg, from_addr, address, f"{digest.id}-{issue.week}")
            except smtplib.SMTPSenderRefused as e:  # the server refuses us, not this reader
                mark(address, "pending", error=f"sender refused: {_error(e)}")
                raise DeliveryError(
                    f"the SMTP server refused the sender {from_addr} ({_error(e)}): nothing was "
                    "sent; fix the sender address or the server's settings, and the next run sends"
                ) from e
            except smtplib.SMTPRecipientsRefused as e:
                code, text = next(iter(e.recipients.values()))
                status = "refused" if code >= 500 else "failed"
                error = (
                    f"{code} {text.decode(errors='replace') if isinstance(text, bytes) else text}"
                )
                mark(address, status, error=error)
                (report.refused if status == "refused" else report.failed).append((address, error))
                continue
            except smtplib.SMTPResponseException as e:
                status = "refused" if e.smtp_code >= 500 else "failed"
                mark(address, status, error=_error(e))
                (report.refused if status == "refused" else report.failed).append(
                    (address, _error(e))
                )
                continue
            except InDoubt as e:  # it may have arrived: never resent by itself
                mark(address, "unknown", error=f"{e}: it may have arrived")
                report.unknown.append(address)
                report.pending.extend(todo[index + 1 :])
                return report
            except (smtplib.SMTPServerDisconnected, OSError) as e:
                # Gone before the message was handed over: not delivered; the rest waits.
                mark(address, "failed", error=f"connection lost: {e}")
                report.failed.append((address, f"connection lost: {e}"))
                report.pending.extend(todo[index + 1 :])
                return report
            mark(address, sender.delivered)
            report.sent.append(address)
    finally:
        sender.close()
    return report


def acknowledge(
    archive: Archive, issue_id: str, recipient: str, sender: Sender, now: datetime
) -> str:
    """A person says a send in doubt arrived: it becomes delivered. Returns the old status."""
    entry = archive.ledger(issue_id, sender.method).get(recipient)
    if entry is None or entry.status not in UNSETTLED:
        raise DeliveryError(
            f"{issue_id} → {recipient} is not in doubt ({entry.status if entry else 'never sent'}; "
            f"delivery by {sender.method}): nothing to acknowledge"
        )
    archive.ledger_set(issue_id, recipient, sender.method, sender.delivered, now,
                       error="acknowledged by a person")  # fmt: skip
    return entry.status


def resend(archive: Archive, issue_id: str, recipient: str, sender: Sender, now: datetime) -> None:
    """A person asks for one more send to a recipient: back to pending, whatever happened."""
    archive.ledger_set(issue_id, recipient, sender.method, "pending", now,
                       error="resend asked by a person")  # fmt: skip

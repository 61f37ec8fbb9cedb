"""Mail: the message, and delivery exactly once, against real aiosmtpd servers on 127.0.0.1."""

from __future__ import annotations

import difflib
import email
import email.policy
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from click.testing import Result

from tests.conftest import sample_week, watcher
from tests.loopback import free_port
from watcher.store import Archive

GOLDEN = Path(__file__).parent / "golden"
NOW = "2026-04-27T08:00:00Z"


@dataclass
class Handler:
    """Keeps what it receives; refuses some recipients; can drop the connection on a message."""

    refuse: set[str] = field(default_factory=set)
    drop_on: int | None = None  # 1-based count of DATA commands
    keep_before_drop: bool = False  # the dropped message was received all the same
    refuse_sender: bool = False
    received: list[tuple[str, list[str], bytes]] = field(default_factory=list)
    data_seen: int = 0

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: Any
    ) -> str:  # noqa: N802
        if address in self.refuse:
            return "550 5.1.1 no such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_MAIL(
        self, server: Any, session: Any, envelope: Any, address: str, options: Any
    ) -> str:  # noqa: N802
        if self.refuse_sender:
            return "550 5.7.1 sender rejected: not allowed to relay"
        envelope.mail_from = address
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        self.data_seen += 1
        if self.drop_on == self.data_seen:
            if self.keep_before_drop:  # delivered, but the 250 never reaches the client
                self.received.append(
                    (envelope.mail_from, list(envelope.rcpt_tos), envelope.content)
                )
            server.transport.close()
            return "421 gone"
        self.received.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return "250 Message accepted"


@pytest.fixture
def smtp() -> Iterator[tuple[Handler, int]]:
    handler = Handler()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield handler, port
    finally:
        controller.stop()


@pytest.fixture
def built(tmp_path: Path) -> Path:
    db = tmp_path / "w.db"
    sample_week(db)
    return db


def run(db: Path, env: dict[str, str], *args: str) -> Result:
    return watcher(db, *args, env=env)


def smtp_env(port: int, to: str) -> dict[str, str]:
    return {
        "WATCHER_SMTP_HOST": "127.0.0.1",
        "WATCHER_SMTP_PORT": str(port),
        "WATCHER_SMTP_SECURITY": "none",
        "WATCHER_WEEKLY_TO": to,
    }


def delivered_to(handler: Handler) -> list[str]:
    return [r for _, rcpts, _ in handler.received for r in rcpts]


def test_message_structure_and_headers(built: Path, smtp: tuple[Handler, int]) -> None:
    handler, port = smtp
    result = run(built, smtp_env(port, "dpo@example.org"), "digest", "send")
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "weekly/2026-W17: 1 sent, 0 already sent"
    sender, rcpts, raw = handler.received[0]
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert sender == "watcher@localhost" and rcpts == ["dpo@example.org"]
    assert msg.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in msg.iter_parts()] == ["text/plain", "text/html"]
    assert (
        msg["Subject"]
        == "Workplace AI monitoring — the week — 2026-W17: 5 regulatory developments · 1 news story"
    )
    assert msg["Date"] == "Mon, 27 Apr 2026 08:00:00 +0000"
    assert msg["Message-ID"].startswith("<weekly.2026-W17.") and msg["Message-ID"].endswith(
        "@localhost>"
    )
    assert msg["List-Id"] == "Workplace AI monitoring — the week <weekly.watcher.localhost>"
    assert msg["List-Unsubscribe"] is None  # the sample digest names no unsubscribe address
    text, html = (
        p.get_content().replace("\r\n", "\n") for p in msg.iter_parts()
    )  # SMTP sends CRLF
    assert text == (GOLDEN / "weekly-2026-W17.txt").read_text()  # the golden parts, as mailed
    assert html.rstrip("\n") == (GOLDEN / "weekly-2026-W17.html").read_text().rstrip("\n")


def test_rerun_never_sends_twice(built: Path, smtp: tuple[Handler, int]) -> None:
    handler, port = smtp
    env = smtp_env(port, "a@example.org, b@example.org")
    assert run(built, env, "digest", "send").exit_code == 0
    again = run(built, env, "digest", "send")
    assert again.exit_code == 0 and "0 sent, 2 already sent" in again.stdout
    assert sorted(delivered_to(handler)) == ["a@example.org", "b@example.org"]


def test_refused_recipient_is_recorded_and_does_not_hold_back_others(
    built: Path, smtp: tuple[Handler, int]
) -> None:
    handler, port = smtp
    handler.refuse = {"gone@example.org"}
    env = smtp_env(port, "a@example.org, gone@example.org, c@example.org")
    first = run(built, env, "digest", "send")
    assert first.exit_code == 1
    assert (
        "2 sent" in first.stdout
        and "refused gone@example.org: 550 5.1.1 no such mailbox here (not retried)" in first.stdout
    )
    assert sorted(delivered_to(handler)) == ["a@example.org", "c@example.org"]
    second = run(built, env, "digest", "send")
    assert "0 sent, 2 already sent" in second.stdout and handler.data_seen == 2
    assert (
        Archive.open(built).ledger("weekly/2026-W17", "smtp")["gone@example.org"].status
        == "refused"
    )


def copies(handler: Handler) -> dict[str, int]:
    counts: dict[str, int] = {}
    for address in delivered_to(handler):
        counts[address] = counts.get(address, 0) + 1
    return counts


@pytest.mark.parametrize("arrived", [False, True])
def test_a_drop_while_handing_over_is_in_doubt_and_never_resent_by_itself(
    built: Path, smtp: tuple[Handler, int], arrived: bool
) -> None:
    """The connection drops during DATA, before the 250: the message may have arrived (when
    `arrived`, it did). Either way it is not sent again by itself; the rest go on the next run;
    a person settles it with --resend or ack."""
    handler, port = smtp
    handler.drop_on, handler.keep_before_drop = 2, arrived
    env = smtp_env(port, "a@example.org, b@example.org, c@example.org")
    first = run(built, env, "digest", "send")
    assert first.exit_code == 1
    assert "1 sent" in first.stdout and "unknown b@example.org: it may have arrived" in first.stdout
    assert "not tried c@example.org" in first.stdout
    second = run(built, env, "digest", "send")
    assert second.exit_code == 1 and "1 sent, 1 already sent" in second.stdout
    assert "unknown b@example.org" in second.stdout
    expected = {"a@example.org": 1, "c@example.org": 1} | ({"b@example.org": 1} if arrived else {})
    assert copies(handler) == expected  # never two copies
    if arrived:
        ack = run(built, env, "digest", "ack", "weekly/2026-W17", "b@example.org")
        assert ack.exit_code == 0 and "was unknown, now sent (acknowledged)" in ack.stdout
    else:
        again = run(built, env, "digest", "send", "--resend", "b@example.org")
        assert again.exit_code == 0 and "1 sent, 2 already sent" in again.stdout
    assert copies(handler) == {"a@example.org": 1, "b@example.org": 1, "c@example.org": 1}
    assert run(built, env, "digest", "send").exit_code == 0  # settled: nothing more to say


def test_a_refused_sender_fails_the_run_and_marks_no_one(
    built: Path, smtp: tuple[Handler, int]
) -> None:
    handler, port = smtp
    handler.refuse_sender = True
    env = smtp_env(port, "a@example.org, b@example.org")
    refused = run(built, env, "digest", "send")
    assert refused.exit_code == 1
    assert (
        "the SMTP server refused the sender watcher@localhost (550 5.7.1 sender rejected"
        in refused.stderr
    )
    ledger = Archive.open(built).ledger("weekly/2026-W17", "smtp")
    assert {a: e.status for a, e in ledger.items()} == {
        "a@example.org": "pending",
        "b@example.org": "pending",
    }
    handler.refuse_sender = False  # the server is fixed
    sent = run(built, env, "digest", "send")
    assert sent.exit_code == 0 and "2 sent" in sent.stdout
    assert copies(handler) == {"a@example.org": 1, "b@example.org": 1}


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")
def test_a_failed_login_fails_the_run_and_marks_no_one(built: Path) -> None:
    from aiosmtpd.smtp import AuthResult, LoginPassword

    def authenticator(
        server: Any, session: Any, envelope: Any, mechanism: str, data: Any
    ) -> AuthResult:
        ok = isinstance(data, LoginPassword) and data.password == b"right"
        return AuthResult(success=ok, handled=False)

    handler, port = Handler(), free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port, authenticator=authenticator,
                            auth_require_tls=False, auth_required=True)  # fmt: skip
    controller.start()
    try:
        env = {
            **smtp_env(port, "a@example.org"),
            "WATCHER_SMTP_USER": "w",
            "WATCHER_SMTP_PASSWORD": "wrong",
        }
        failed = run(built, env, "digest", "send")
        assert (
            failed.exit_code == 1
            and "cannot connect to SMTP server" in failed.stderr
            and "535" in failed.stderr
        )
        assert (
            Archive.open(built).ledger("weekly/2026-W17", "smtp")["a@example.org"].status
            == "pending"
        )
        fixed = run(built, {**env, "WATCHER_SMTP_PASSWORD": "right"}, "digest", "send")
        assert fixed.exit_code == 0 and copies(handler) == {"a@example.org": 1}
    finally:
        controller.stop()


def test_a_trial_send_to_the_outbox_does_not_count_for_smtp(
    built: Path, smtp: tuple[Handler, int], tmp_path: Path
) -> None:
    handler, port = smtp
    trial = run(built, {"WATCHER_WEEKLY_TO": "a@example.org", "WATCHER_OUTBOX": str(tmp_path / "out")},
                "digest", "send")  # fmt: skip
    assert trial.exit_code == 0 and "written to" in trial.stdout
    real = run(built, smtp_env(port, "a@example.org"), "digest", "send")
    assert real.exit_code == 0 and "1 sent, 0 already sent" in real.stdout
    assert copies(handler) == {"a@example.org": 1}


def test_a_crash_while_sending_is_never_resent(built: Path, smtp: tuple[Handler, int]) -> None:
    handler, port = smtp
    archive = Archive.open(built)
    from datetime import UTC, datetime

    archive.ledger_set(
        "weekly/2026-W17",
        "a@example.org",
        "smtp",
        "sending",
        datetime(2026, 4, 27, tzinfo=UTC),
        attempt=True,
    )
    result = run(built, smtp_env(port, "a@example.org, b@example.org"), "digest", "send")
    assert result.exit_code == 1 and "unknown a@example.org" in result.stdout
    assert delivered_to(handler) == ["b@example.org"]


def test_outbox_without_a_host_and_dry_run(built: Path, tmp_path: Path) -> None:
    env = {"WATCHER_WEEKLY_TO": "a@example.org", "WATCHER_OUTBOX": str(tmp_path / "out")}
    dry = run(built, env, "digest", "send", "--dry-run")
    assert (
        dry.exit_code == 0
        and "would send 1 of 1 via outbox" in dry.stdout
        and not (tmp_path / "out").exists()
    )
    sent = run(built, env, "digest", "send")
    assert sent.exit_code == 0 and f"written to {tmp_path / 'out'}" in sent.stdout
    files = list((tmp_path / "out").glob("*.eml"))
    assert len(files) == 1
    msg = email.message_from_bytes(files[0].read_bytes(), policy=email.policy.default)
    assert msg["To"] == "a@example.org" and msg.get_content_type() == "multipart/alternative"


def test_configuration_errors(built: Path) -> None:
    missing = run(built, {}, "digest", "send")
    assert missing.exit_code == 2 and "WATCHER_WEEKLY_TO, which is not set" in missing.stderr
    bad = run(
        built,
        {"WATCHER_WEEKLY_TO": "a@example.org", "WATCHER_SMTP_SECURITY": "tls1"},
        "digest",
        "send",
    )
    assert bad.exit_code == 2 and "WATCHER_SMTP_SECURITY='tls1'" in bad.stderr
    down = run(built, {"WATCHER_WEEKLY_TO": "a@example.org", "WATCHER_SMTP_HOST": "127.0.0.1", "WATCHER_SMTP_PORT": "9",
                       "WATCHER_SMTP_SECURITY": "none"}, "digest", "send")  # fmt: skip
    assert down.exit_code == 1 and "cannot connect to SMTP server 127.0.0.1:9" in down.stderr


def test_unknown_digest_is_an_error(built: Path) -> None:
    result = run(
        built, {"WATCHER_WEEKLY_TO": "a@example.org"}, "digest", "send", "--digest", "nope"
    )
    assert result.exit_code == 2 and "unknown digest id: nope" in result.stderr


def scrub(raw: bytes) -> str:
    """The message with what changes from run to run replaced: the MIME boundary."""
    text = raw.decode().replace("\r\n", "\n")
    for boundary in set(re.findall(r'boundary="([^"]+)"', text)):
        text = text.replace(boundary, "BOUNDARY")
    return text


def test_golden_eml(built: Path, tmp_path: Path) -> None:
    """The whole message as written to the outbox, headers and both parts."""
    outbox = tmp_path / "outbox"
    env = {"WATCHER_OUTBOX": str(outbox), "WATCHER_WEEKLY_TO": "dpo@example.org"}
    assert run(built, env, "digest", "send").exit_code == 0
    got = scrub(next(outbox.glob("*.eml")).read_bytes())
    path = GOLDEN / "weekly-2026-W17.eml"
    if os.environ.get("WATCHER_REGENERATE_GOLDEN"):
        path.write_text(got)
    expected = path.read_text()
    assert got == expected, "\n".join(
        difflib.unified_diff(expected.splitlines(), got.splitlines(), "golden", "sent", lineterm="")
    )


def test_run_reports_a_send_in_doubt_every_time_until_a_person_settles_it(
    built: Path, tmp_path: Path
) -> None:
    from datetime import UTC, datetime

    env = {"WATCHER_WEEKLY_TO": "a@example.org", "WATCHER_OUTBOX": str(tmp_path / "out")}
    Archive.open(built).ledger_set("weekly/2026-W17", "a@example.org", "outbox", "sending",
                                   datetime(2026, 4, 27, 8, tzinfo=UTC), attempt=True)  # fmt: skip
    for _ in range(2):  # a crash while sending the only recipient: said on every run
        result = run(built, env, "run")
        assert result.exit_code == 1
        assert "weekly/2026-W17: in doubt for a@example.org" in result.stderr
        assert "watcher digest ack weekly/2026-W17 a@example.org" in result.stderr
    assert not list((tmp_path / "out").glob("*.eml"))  # never resent by itself
    assert run(built, env, "digest", "ack", "weekly/2026-W17", "a@example.org").exit_code == 0
    quiet = run(built, env, "run")
    assert quiet.exit_code == 0 and "in doubt" not in quiet.stderr
    again = run(built, env, "digest", "ack", "weekly/2026-W17", "a@example.org")
    assert (
        again.exit_code == 1
        and "is not in doubt (written; delivery by outbox): nothing to acknowledge" in again.stderr
    )
    unknown = run(built, env, "digest", "ack", "weekly/2026-W99", "a@example.org")
    assert unknown.exit_code == 2 and "no issue 'weekly/2026-W99'" in unknown.stderr


def test_unsubscribe_feeds_the_footer_and_the_headers(tmp_path: Path) -> None:
    """RFC 2369 List-Unsubscribe, and RFC 8058 one-click for an https: address."""
    from datetime import UTC, datetime

    from watcher.mail import build_message, render_parts
    from watcher.models import DigestDef, Issue

    issue = Issue("weekly", "2026-W17", datetime(2026, 4, 19, 22, tzinfo=UTC),
                  datetime(2026, 4, 26, 22, tzinfo=UTC), datetime(2026, 4, 27, 8, tzinfo=UTC))  # fmt: skip
    for target, post in (("https://lists.example.org/u/weekly?t=abc", True),
                         ("mailto:dpo-team@example.org?subject=unsubscribe", False)):  # fmt: skip
        digest = DigestDef("weekly", "The week", "Employee monitoring news for the DPO team.",
                           "Europe/Brussels", "sunday", "Watcher <watcher@example.org>", ("a@example.org",),
                           send_empty=True, site_url="https://watch.example/", unsubscribe=target)  # fmt: skip
        parts = render_parts(issue, digest, {})
        msg = build_message(
            issue, digest, parts, "a@example.org", datetime(2026, 4, 27, 8, tzinfo=UTC)
        )
        assert msg["List-Unsubscribe"] == f"<{target}>"
        assert (msg["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click") is post
        assert "View this issue online: https://watch.example/2026/W17/" in parts.text
        assert (
            "You receive this because you subscribed to The week: Employee monitoring news"
            in " ".join(parts.text.split())  # the text part is wrapped at 72 columns
        )
        assert f'href="{target}"' in parts.html.replace("&amp;", "&")
        assert 'href="https://watch.example/2026/W17/"' in parts.html

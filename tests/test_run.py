"""`watcher run` as cron runs it: a simulated fortnight against loopback feed and SMTP servers."""

from __future__ import annotations

import email
import email.policy
import re
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import feed_source
from tests.loopback import Handler, Server
from tests.test_mail import Handler as SmtpHandler
from tests.test_mail import free_port
from watcher.cli import cli
from watcher.store import Archive

SUBJECTS = [
    "Employer fined for logging the keystrokes of its staff",
    "Regulator orders warehouse to stop GPS tracking of delivery drivers",
    "Fingerprint time clocks for employees ruled unlawful",
    "Webcam monitoring of remote workers draws a sanction",
    "Productivity scores for call centre staff under investigation",
    "Emotion recognition cameras at work banned by new law",
    "Hidden cameras in staff break rooms lead to a fine",
]
START = datetime(2026, 4, 20, tzinfo=UTC)  # Monday of 2026-W17


def feed_until(now: datetime) -> bytes:
    """Each day at 10:00 UTC one relevant item and one that is not; those published so far."""
    items = []
    day = START
    n = 0
    while day + timedelta(hours=10) <= now:
        when = day + timedelta(hours=10)
        title = f"{SUBJECTS[n % len(SUBJECTS)]} (case {n})"
        items.append((f"w{n}", title, when))
        items.append((f"x{n}", f"Phone review number {n}", when))
        day += timedelta(days=1)
        n += 1
    body = "".join(
        f"<item><title>{t}</title><link>https://reg.example/{g}</link><guid>{g}</guid>"
        f"<pubDate>{format_datetime(w)}</pubDate><description>{t}.</description></item>"
        for g, t, w in items[-40:]
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Reg</title>{body}</channel></rss>'.encode()


def test_a_fortnight_of_cron_runs_delivers_each_week_once(tmp_path: Path) -> None:
    from aiosmtpd.controller import Controller

    clock = {"now": START}
    server = Server().start()

    def route(h: Handler) -> None:
        h.reply(200, feed_until(clock["now"]), "application/rss+xml")

    server.routes["/feed"] = route
    smtp = SmtpHandler()
    port = free_port()
    controller = Controller(smtp, hostname="127.0.0.1", port=port)
    controller.start()
    (tmp_path / "sources").mkdir()
    table = feed_source("reg", server.url("/feed"), extra='interval = "1h"')
    (tmp_path / "sources" / "s.toml").write_text(
        table.replace('category = "news"', 'category = "regulator"')
    )
    (tmp_path / "digests").mkdir()
    (tmp_path / "digests" / "weekly.toml").write_text(
        'id = "weekly"\ntitle = "The week"\ntimezone = "Europe/Brussels"\nweekday = "sunday"\n'
        'from = "watcher@localhost"\nrecipients = ["a@example.org", "b@example.org"]\n'
    )
    env = {
        "WATCHER_SMTP_HOST": "127.0.0.1",
        "WATCHER_SMTP_PORT": str(port),
        "WATCHER_SMTP_SECURITY": "none",
        "WATCHER_SITE_DIR": str(tmp_path / "site"),
    }
    base = [
        "--db",
        str(tmp_path / "w.db"),
        "--sources",
        str(tmp_path / "sources"),
        "--digests",
        str(tmp_path / "digests"),
    ]
    try:
        while clock["now"] <= START + timedelta(days=16):
            result = CliRunner().invoke(
                cli, [*base, "--now", clock["now"].isoformat(), "run"], env=env
            )
            assert result.exit_code == 0, (clock["now"], result.output)
            assert result.stdout == ""  # quiet when all is well
            clock["now"] += timedelta(hours=6)
    finally:
        controller.stop()
        server.stop()

    received: dict[tuple[str, str], list[str]] = {}
    for _, rcpts, raw in smtp.received:
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        week = re.search(r"\d{4}-W\d{2}", msg["Subject"])
        assert week
        text = msg.get_body(("plain",)).get_content()  # type: ignore[union-attr]
        for rcpt in rcpts:
            assert (rcpt, week.group()) not in received, f"{rcpt} got {week.group()} twice"
            received[(rcpt, week.group())] = sorted(
                set(re.findall(r"\(case\s+(\d+)\)", text)), key=int
            )
    weeks = sorted({w for _, w in received})
    # The first run's last closed week (W16) is built and published, but it is empty: not
    # mailed (send_empty is false by default). Then the two weeks the feed filled.
    assert weeks == ["2026-W17", "2026-W18"]
    for rcpt in ("a@example.org", "b@example.org"):
        assert (rcpt, "2026-W16") not in received  # a quiet week: published, not mailed
        assert sorted(map(int, received[(rcpt, "2026-W17")])) == list(range(0, 7))
        assert sorted(map(int, received[(rcpt, "2026-W18")])) == list(range(7, 14))
    archive = Archive.open(tmp_path / "w.db")
    assert archive.built_weeks("weekly").keys() == {"2026-W16", "2026-W17", "2026-W18"}
    site = tmp_path / "site"  # rebuilt by every run, so it holds every issue
    assert all((site / f"2026/W{w}/index.html").exists() for w in (16, 17, 18))
    assert "(case 13)" in (site / "2026/W18/index.html").read_text()


def one_source_world(
    tmp_path: Path, feed_url: str, recipients: str = 'recipients = ["a@example.org"]'
) -> list[str]:
    """A registry of one source and a weekly UTC digest; the CLI's global options for them."""
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "s.toml").write_text(
        feed_source("reg", feed_url, extra='interval = "1h"')
    )
    (tmp_path / "digests").mkdir()
    (tmp_path / "digests" / "weekly.toml").write_text(
        'id = "weekly"\ntitle = "The week"\ntimezone = "UTC"\nweekday = "sunday"\n'
        f'from = "watcher@localhost"\n{recipients}\n'
    )
    return [
        "--db",
        str(tmp_path / "w.db"),
        "--sources",
        str(tmp_path / "sources"),
        "--digests",
        str(tmp_path / "digests"),
    ]


def test_run_reports_what_needs_a_person_and_dry_run_sends_nothing(tmp_path: Path) -> None:
    server = Server().start()
    server.routes["/feed"] = lambda h: h.reply(
        200, feed_until(START + timedelta(days=8)), "application/rss+xml"
    )
    base = one_source_world(tmp_path, server.url("/feed"), 'recipients = ["a@example.org"]')
    base += ["--now", "2026-04-28T08:00:00+00:00"]
    try:
        dry = CliRunner().invoke(
            cli,
            [*base, "run", "--dry-run"],
            env={"WATCHER_SMTP_HOST": "127.0.0.1", "WATCHER_SMTP_PORT": "9"},
        )
        assert dry.exit_code == 0 and "would send weekly/2026-W17 → a@example.org" in dry.stdout
        down = CliRunner().invoke(cli, [*base, "run"], env={"WATCHER_SMTP_HOST": "127.0.0.1", "WATCHER_SMTP_PORT": "9",
                                                           "WATCHER_SMTP_SECURITY": "none"})  # fmt: skip
        assert down.exit_code == 1 and "cannot connect to SMTP server" in down.stderr
    finally:
        server.stop()


def test_a_dry_run_with_nothing_to_send_says_so(tmp_path: Path) -> None:
    """A quiet week: the dry run builds it and says that nothing would go out (it printed
    nothing, which read as if it had not run)."""
    server = Server().start()
    server.routes["/feed"] = lambda h: h.reply(200, feed_until(START), "application/rss+xml")
    base = one_source_world(tmp_path, server.url("/feed"))
    base += ["--now", "2026-04-28T08:00:00+00:00"]
    try:
        dry = CliRunner().invoke(cli, [*base, "run", "--dry-run"], env={"WATCHER_SMTP_HOST": ""})
        assert dry.exit_code == 0, dry.output
        assert dry.stdout == (
            "would send nothing (a quiet week is not mailed, nor one already sent); "
            "built weekly/2026-W17\n"
        )
    finally:
        server.stop()


def test_a_source_down_for_a_day_is_reported_a_hiccup_is_not(tmp_path: Path) -> None:
    server = Server().start()
    server.routes["/feed"] = lambda h: h.reply(503, b"down", "text/plain")
    base = one_source_world(tmp_path, server.url("/feed"))
    env = {"WATCHER_SMTP_HOST": "", "WATCHER_OUTBOX": str(tmp_path / "outbox")}
    try:
        first = CliRunner().invoke(
            cli, [*base, "--now", "2026-04-28T08:00:00+00:00", "run"], env=env
        )
        assert (
            first.exit_code == 0 and first.stderr == ""
        )  # one failure: not yet a person's business
        later = CliRunner().invoke(
            cli, [*base, "--now", "2026-04-29T12:00:00+00:00", "run"], env=env
        )
        assert later.exit_code == 1
        assert "source reg has failed for over a day: HTTP 503" in later.stderr
    finally:
        server.stop()


def test_a_digest_without_recipients_is_reported_and_the_rest_goes_on(tmp_path: Path) -> None:
    server = Server().start()
    server.routes["/feed"] = lambda h: h.reply(
        200, feed_until(START + timedelta(days=8)), "application/rss+xml"
    )
    base = one_source_world(tmp_path, server.url("/feed"), 'recipients_env = "WATCHER_WEEKLY_TO"')
    base += ["--now", "2026-04-28T08:00:00+00:00"]
    env = {"WATCHER_SMTP_HOST": "", "WATCHER_SITE_DIR": str(tmp_path / "site")}
    try:
        result = CliRunner().invoke(cli, [*base, "run"], env=env)
    finally:
        server.stop()
    assert result.exit_code == 1
    assert (
        "digest weekly:" in result.stderr and "WATCHER_WEEKLY_TO, which is not set" in result.stderr
    )
    assert Archive.open(tmp_path / "w.db").count_items() > 0  # polled all the same
    assert (
        tmp_path / "site" / "2026" / "W17" / "index.html"
    ).exists()  # built and published, not sent


@pytest.mark.parametrize(
    ("setting", "said"),
    [
        ({"WATCHER_SITE_DIR": "blocker/site"}, "site of weekly: cannot write the site to"),
        ({"WATCHER_SITE_DIR": "site", "WATCHER_SITE_URL": "example.org/watch"},
         "site of weekly: WATCHER_SITE_URL 'example.org/watch' is not an absolute http(s) address"),
    ],
)  # fmt: skip
def test_a_site_that_cannot_be_built_is_reported_after_the_mail(
    tmp_path: Path, setting: dict[str, str], said: str
) -> None:
    """WATCHER_SITE_DIR blocked by a file, or a WATCHER_SITE_URL that is no address: the run
    still polls, builds and mails, then reports the site in one line with its other problems
    (exit 1), no traceback."""
    server = Server().start()
    server.routes["/feed"] = lambda h: h.reply(
        200, feed_until(START + timedelta(days=8)), "application/rss+xml"
    )
    base = one_source_world(tmp_path, server.url("/feed"))
    base += ["--now", "2026-04-28T08:00:00+00:00"]
    (tmp_path / "blocker").write_text("a file where the site's folder would go")
    outbox = tmp_path / "outbox"
    env = {"WATCHER_SMTP_HOST": "", "WATCHER_OUTBOX": str(outbox), **setting,
           "WATCHER_SITE_DIR": str(tmp_path / setting["WATCHER_SITE_DIR"])}  # fmt: skip
    try:
        result = CliRunner().invoke(cli, [*base, "run"], env=env)
    finally:
        server.stop()
    assert result.exit_code == 1, result.output
    assert said in result.stderr
    assert "Traceback" not in result.output and "internal error" not in result.stderr
    assert list(outbox.glob("weekly-2026-W17-*.eml"))  # the issue went out before
    assert Archive.open(tmp_path / "w.db").count_items() > 0  # polled all the same


def test_a_first_run_on_an_old_archive_mails_one_issue_not_a_flood(tmp_path: Path) -> None:
    from tests.conftest import REPO, sample_week

    db = tmp_path / "w.db"
    sample_week(db)  # the sample week, 2026-W17, built and never mailed
    (tmp_path / "sources").mkdir()  # nothing to poll: this machine has no network
    (tmp_path / "sources" / "s.toml").write_text(
        feed_source("off", "https://off.example/", extra="enabled = false")
    )
    env = {
        "WATCHER_WEEKLY_TO": "a@example.org",
        "WATCHER_OUTBOX": str(tmp_path / "out"),
        "WATCHER_SMTP_HOST": "",
    }
    base = [
        "--db",
        str(db),
        "--sources",
        str(tmp_path / "sources"),
        "--digests",
        str(REPO / "digests"),
    ]

    def watcher(*args: str, now: str, env: dict[str, str]):  # type: ignore[no-untyped-def]
        return CliRunner().invoke(cli, [*base, "--now", now, *args], env=env)

    later = watcher("run", now="2026-07-06T08:00:00Z", env=env)  # ten weeks on
    assert later.exit_code == 0, later.output
    archive = Archive.open(db)
    assert len(archive.built_weeks("weekly")) == 11  # every week built (and published)...
    assert not list((tmp_path / "out").glob("*.eml"))  # ...but only the last is mailed: it is empty
    caught_up = watcher("run", "--catch-up", now="2026-07-06T08:00:00Z", env=env)
    assert caught_up.exit_code == 0, caught_up.output
    assert [p.name for p in (tmp_path / "out").glob("*.eml")] == [
        "weekly-2026-W17-a@example.org.eml"
    ]


def test_a_week_in_which_every_poll_failed_goes_to_the_operator_not_the_readers(
    tmp_path: Path,
) -> None:
    server = Server().start()
    server.routes["/feed"] = lambda h: h.reply(404, b"gone", "text/plain")  # not retried: fast
    base = one_source_world(tmp_path, server.url("/feed"))
    env = {"WATCHER_OUTBOX": str(tmp_path / "out")}
    try:
        for day in range(7):  # every poll of W17 fails
            when = (START + timedelta(days=day, hours=12)).isoformat()
            CliRunner().invoke(cli, [*base, "--now", when, "poll"], env=env)
        result = CliRunner().invoke(
            cli, [*base, "--now", "2026-04-27T08:00:00+00:00", "run"], env=env
        )
    finally:
        server.stop()
    assert result.exit_code == 1
    assert (
        "weekly/2026-W17: every poll failed that week, so it is not mailed as news" in result.stderr
    )
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").glob("*.eml"))


def test_send_empty_mails_a_quiet_week(tmp_path: Path) -> None:
    server = Server().start()
    server.routes["/feed"] = lambda h: h.reply(
        200, feed_until(START), "application/rss+xml"
    )  # empty
    base = one_source_world(tmp_path, server.url("/feed"))
    weekly = tmp_path / "digests" / "weekly.toml"
    env = {"WATCHER_OUTBOX": str(tmp_path / "out")}
    try:
        CliRunner().invoke(
            cli, [*base, "--now", (START + timedelta(hours=12)).isoformat(), "poll"], env=env
        )
        quiet = CliRunner().invoke(
            cli, [*base, "--now", "2026-04-27T08:00:00+00:00", "run"], env=env
        )
        assert quiet.exit_code == 0 and not list((tmp_path / "out").glob("*.eml"))
        weekly.write_text(weekly.read_text() + "send_empty = true\n")
        loud = CliRunner().invoke(
            cli, [*base, "--now", "2026-04-27T09:00:00+00:00", "run"], env=env
        )
    finally:
        server.stop()
    assert loud.exit_code == 0, loud.output
    mails = list((tmp_path / "out").glob("*.eml"))
    assert len(mails) == 1 and "No regulatory developments" in mails[0].read_text()


def test_alerts_one_per_matching_item_per_recipient_over_a_fortnight(tmp_path: Path) -> None:
    """An alert digest (the shipped example, with fixed recipients): every fine of EUR 100,000 or
    more is e-mailed once to each recipient, in the run after it appears; smaller fines, other
    items and an item published long before are not."""
    from aiosmtpd.controller import Controller

    from tests.conftest import REPO

    clock = {"now": START}
    fines = {2: 150_000, 5: 40_000, 9: 2_500_000}  # day → the fine that day's CNIL item states

    def feed(h: Handler) -> None:
        items = []
        for day in range(16):
            when = START + timedelta(days=day, hours=10)
            if when > clock["now"]:
                break
            title = f"Employee monitoring case {day}"
            if day in fines:
                title = f"CNIL fines employer EUR {fines[day]:,} over keystroke logging of staff (case {day})"
            items.append((f"g{day}", title, when))
        old = START - timedelta(days=30)  # appears late, published long ago: not an alert
        if clock["now"] >= START + timedelta(days=3):
            items.append(
                ("old", "CNIL fines employer EUR 900,000 over monitoring of staff (old)", old)
            )
        body = "".join(
            f"<item><title>{t}</title><link>https://www.cnil.fr/fr/{g}</link><guid>{g}</guid>"
            f"<pubDate>{format_datetime(w)}</pubDate><description>{t}.</description></item>"
            for g, t, w in items
        )
        h.reply(200, f'<?xml version="1.0"?><rss version="2.0"><channel><title>CNIL</title>{body}</channel></rss>'.encode(),
                "application/rss+xml")  # fmt: skip

    server = Server().start()
    server.routes["/feed"] = feed
    smtp, port = SmtpHandler(), free_port()
    controller = Controller(smtp, hostname="127.0.0.1", port=port)
    controller.start()
    (tmp_path / "sources").mkdir()
    table = feed_source("cnil", server.url("/feed"), extra='interval = "1h"')
    (tmp_path / "sources" / "s.toml").write_text(
        table.replace('category = "news"', 'category = "regulator"').replace(
            'publisher = "Test publisher"', 'publisher = "CNIL"'
        )
    )
    (tmp_path / "digests").mkdir()
    example = (REPO / "digests" / "examples" / "fines-alert.toml").read_text()
    (tmp_path / "digests" / "fines.toml").write_text(example)
    env = {"WATCHER_SMTP_HOST": "127.0.0.1", "WATCHER_SMTP_PORT": str(port), "WATCHER_SMTP_SECURITY": "none",
           "WATCHER_FINES_TO": "a@example.org, b@example.org"}  # fmt: skip
    base = [
        "--db",
        str(tmp_path / "w.db"),
        "--sources",
        str(tmp_path / "sources"),
        "--digests",
        str(tmp_path / "digests"),
    ]
    arrived: dict[str, datetime] = {}
    try:
        while clock["now"] <= START + timedelta(days=14):
            result = CliRunner().invoke(
                cli, [*base, "--now", clock["now"].isoformat(), "run"], env=env
            )
            assert result.exit_code == 0, (clock["now"], result.output)
            for _, _, raw in smtp.received:
                subject = email.message_from_bytes(raw, policy=email.policy.default)["Subject"]
                arrived.setdefault(subject, clock["now"])
            clock["now"] += timedelta(hours=6)
    finally:
        controller.stop()
        server.stop()
    per_recipient: dict[tuple[str, str], int] = {}
    for _, rcpts, raw in smtp.received:
        subject = email.message_from_bytes(raw, policy=email.policy.default)["Subject"]
        for rcpt in rcpts:
            per_recipient[(rcpt, subject)] = per_recipient.get((rcpt, subject), 0) + 1
    subjects = sorted({s for _, s in per_recipient})
    assert [re.search(r"case (\d+)", s).group(1) for s in subjects] == ["2", "9"], subjects  # type: ignore[union-attr]
    assert set(per_recipient.values()) == {1} and len(per_recipient) == 4  # once each, two each
    for subject, when in arrived.items():
        day = int(re.search(r"case (\d+)", subject).group(1))  # type: ignore[union-attr]
        assert when - (START + timedelta(days=day, hours=10)) <= timedelta(hours=6)  # the next run
    assert all(s.startswith("Fines on workplace monitoring: CNIL fines employer") for s in subjects)


def test_a_dry_run_of_an_alert_digest_says_what_it_would_send_and_sends_nothing(
    tmp_path: Path,
) -> None:
    """`run --dry-run` builds and sends nothing, alerts included: not a new alert, and not one
    whose sending failed before (it used to deliver those for real)."""
    from aiosmtpd.controller import Controller

    from tests.conftest import REPO

    fine = "CNIL fines employer EUR 150,000 over keystroke logging of staff"
    when = START + timedelta(days=2, hours=10)
    body = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>CNIL</title><item><title>{fine}</title>'
            f"<link>https://www.cnil.fr/fr/a</link><guid>a</guid><pubDate>{format_datetime(when)}</pubDate>"
            f"<description>{fine}.</description></item></channel></rss>").encode()  # fmt: skip
    server = Server().start()
    server.static("/feed", body, "application/rss+xml")
    smtp, port = SmtpHandler(), free_port()
    controller = Controller(smtp, hostname="127.0.0.1", port=port)
    controller.start()
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "s.toml").write_text(
        feed_source("cnil", server.url("/feed")).replace('category = "news"', 'category = "regulator"')
        .replace('publisher = "Test publisher"', 'publisher = "CNIL"')
    )  # fmt: skip
    (tmp_path / "digests").mkdir()
    (tmp_path / "digests" / "fines.toml").write_text(
        (REPO / "digests" / "examples" / "fines-alert.toml").read_text()
    )
    base = ["--db", str(tmp_path / "w.db"), "--sources", str(tmp_path / "sources"),
            "--digests", str(tmp_path / "digests"), "--now", (when + timedelta(hours=2)).isoformat()]  # fmt: skip
    working = {"WATCHER_SMTP_HOST": "127.0.0.1", "WATCHER_SMTP_PORT": str(port),
               "WATCHER_SMTP_SECURITY": "none", "WATCHER_FINES_TO": "a@example.org"}  # fmt: skip
    down = {**working, "WATCHER_SMTP_PORT": str(free_port())}  # nothing listens there
    try:
        dry = CliRunner().invoke(cli, [*base, "run", "--dry-run"], env=working)
        assert dry.exit_code == 0, dry.output
        assert f"→ a@example.org: Fines on workplace monitoring: {fine}" in dry.stdout
        assert smtp.received == []
        failed = CliRunner().invoke(cli, [*base, "run"], env=down)
        assert failed.exit_code == 1 and "cannot connect to SMTP server" in failed.stderr
        dry = CliRunner().invoke(cli, [*base, "run", "--dry-run"], env=working)
        assert dry.exit_code == 0 and "→ a@example.org" in dry.stdout, dry.output
        assert smtp.received == []  # the failed alert is not sent by a dry run
        sent = CliRunner().invoke(cli, [*base, "run"], env=working)
        assert sent.exit_code == 0, sent.output
    finally:
        controller.stop()
        server.stop()
    assert len(smtp.received) == 1

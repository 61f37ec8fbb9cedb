"""Every WATCHER_* environment variable and every default, read and defined once, here.

The CLI's options take their environment variables and defaults from the constants below;
everything else reads the environment through `Settings.from_env`, once per command.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from watcher.exceptions import ConfigError

# -- defaults ---------------------------------------------------------------------------------
DEFAULT_DB = "watcher.db"  # the archive, in the folder watcher runs in
DEFAULT_SOURCES = "sources"  # folder of sources/*.toml
DEFAULT_DIGESTS = "digests"  # folder of digests/*.toml
DEFAULT_SITE_DIR = "site"  # where `site build` writes
DEFAULT_SITE_URL = "https://example.org/watcher/"  # placeholder until WATCHER_SITE_URL is set
DEFAULT_SOURCE_DEADLINE = 90.0  # seconds for all of one source's attempts in a poll
FULLTEXT_PER_POLL = 5  # article pages a fulltext source may fetch in one poll: polite, bounded
TEASER_CHARS = 600  # an item whose content is shorter than this is a teaser worth completing
DEFAULT_INTERVAL = 3600  # seconds: hourly is polite for authorities that publish a few items a week
MIN_INTERVAL = 60  # seconds: nobody needs a regulator's feed more often than once a minute
MAX_INTERVAL = 90 * 86400  # seconds: a source polled less than quarterly is a forgotten one
MAX_DEADLINE = 600  # seconds: a source's deadline may be raised, within reason
DEFAULT_LINK_SELECTOR = "a[href]"  # an html source's item link, unless it names another
SMTP_SECURITIES = ("starttls", "ssl", "none")
SMTP_PORTS = {"starttls": 587, "ssl": 465, "none": 25}

# -- environment variables --------------------------------------------------------------------
ENV_DB = "WATCHER_DB"
ENV_SOURCES = "WATCHER_SOURCES"
ENV_DIGESTS = "WATCHER_DIGESTS"
ENV_NOW = "WATCHER_NOW"
ENV_SITE_DIR = "WATCHER_SITE_DIR"
ENV_SITE_URL = "WATCHER_SITE_URL"
ENV_OUTBOX = "WATCHER_OUTBOX"
ENV_CONTACT = "WATCHER_CONTACT"
ENV_CORPUS = "WATCHER_CORPUS"  # labelled .jsonl files or folders for `watcher train`
ENV_SMTP_HOST = "WATCHER_SMTP_HOST"
ENV_SMTP_PORT = "WATCHER_SMTP_PORT"
ENV_SMTP_USER = "WATCHER_SMTP_USER"
ENV_SMTP_PASSWORD = "WATCHER_SMTP_PASSWORD"
ENV_SMTP_SECURITY = "WATCHER_SMTP_SECURITY"


def site_url(text: str, given_as: str = ENV_SITE_URL) -> str:
    """The site's public address, which its feeds and sitemap link to, once it is known to be
    absolute http(s) (build_site adds a final "/")."""
    from watcher.text import web_address

    if not web_address(text):
        raise ConfigError(
            f"{given_as} {text!r} is not an absolute http(s) address, such as "
            "https://privacy.example.org/watch/"
        )
    return text


@dataclass(frozen=True)
class SmtpSettings:
    host: str | None  # None: write .eml files to the outbox instead
    port: int
    user: str | None
    password: str | None
    security: str


@dataclass(frozen=True)
class Settings:
    """What the environment says, read once per command."""

    smtp: SmtpSettings
    outbox: Path | None  # None: 'outbox' beside the archive
    site_dir: Path | None  # set: `run` rebuilds the site there
    site_url: str
    contact: str | None  # an address or URL for the User-Agent
    env: Mapping[str, str] = field(default_factory=dict)  # for digests' recipients_env

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = dict(os.environ if env is None else env)
        security = env.get(ENV_SMTP_SECURITY, "starttls").strip().lower()
        if security not in SMTP_SECURITIES:
            raise ConfigError(
                f"{ENV_SMTP_SECURITY}={security!r} must be one of {', '.join(SMTP_SECURITIES)}"
            )
        port_text = env.get(ENV_SMTP_PORT, "").strip()
        if port_text and not (port_text.isdigit() and 0 < int(port_text) < 65536):
            raise ConfigError(f"{ENV_SMTP_PORT}={port_text!r} is not a port number")
        smtp = SmtpSettings(
            host=env.get(ENV_SMTP_HOST, "").strip() or None,
            port=int(port_text) if port_text else SMTP_PORTS[security],
            user=env.get(ENV_SMTP_USER) or None,
            password=env.get(ENV_SMTP_PASSWORD) or None,
            security=security,
        )
        return cls(
            smtp=smtp,
            outbox=Path(env[ENV_OUTBOX]) if env.get(ENV_OUTBOX) else None,
            site_dir=Path(env[ENV_SITE_DIR]) if env.get(ENV_SITE_DIR) else None,
            site_url=env.get(ENV_SITE_URL) or DEFAULT_SITE_URL,  # checked where used: site_url()
            contact=env.get(ENV_CONTACT) or None,
            env=env,
        )

    def outbox_for(self, db: Path) -> Path:
        """Where .eml files go when no SMTP host is set: $WATCHER_OUTBOX, else beside the archive."""
        return self.outbox or db.resolve().parent / "outbox"

"""Configuration: environment variables and an optional TOML file, validated at start; tokens kept secret.

This module is the only reader of the environment and of the configuration file: everything else, the
core included, is handed the values it needs (`Settings`, and the core's `digest.policies.Policies`).
The file is `$NEWSDIGEST_CONFIG`, else `config/newsdigest.toml` when it exists (see
`config/newsdigest.example.toml`). Environment variables win over the file. Every problem found is
reported at once, in one `ConfigError`, naming where the bad value came from.

Tokens (Slack, Discord) come only from the environment, never from the file (files get committed and
copied into images); they are held as `Secret`, whose repr is `***`, and `configure_logging` installs a
filter that masks their values, and anything shaped like a Slack token, in every log record.
"""

from __future__ import annotations

import json
import logging
import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TextIO
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from digest.errors import UserError
from digest.policies import Policies
from digest.sources.feeds.policy import FeedPolicy
from digest.sources.fetching import USER_AGENT, AddressPolicy, FetchPolicy, parse_allowed
from digest.text.metadata import parse_published

DEFAULT_FILE = Path("config/newsdigest.toml")
DEFAULT_SLACK_API_URL = "https://slack.com/api/"
DEFAULT_PORT = 3000
FEED_DEADLINE = 120.0      # seconds for one scheduled poll of a feed, its pages included
FETCH_WORKERS = 3          # feed polls (and /feeds commands) running at once
BACKLOG_SECONDS = 30.0     # how long work may wait in a lane before /healthz calls it a backlog
SECRET_ENV = ("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN", "DISCORD_TOKEN")
_TOKEN_SHAPE = re.compile(r"\bx(?:ox[abpr]|app)-[A-Za-z0-9-]{8,}")


class ConfigError(UserError, ValueError):
    """The configuration cannot be used; the message lists every problem and where it came from."""


class Secret(str):
    """A token: usable as a string, shown as *** by repr() (and so in tracebacks' locals and dataclass reprs)."""

    def __repr__(self) -> str:
        return "'***'"


@dataclass(frozen=True)
class FeedSetting:
    url: str
    topic: str | None = None
    interval_minutes: int = 15


@dataclass(frozen=True)
class SlackSettings:
    bot_token: str
    signing_secret: str | None = None
    app_token: str | None = None
    api_url: str = DEFAULT_SLACK_API_URL
    # who may change a channel's subscriptions: "admins" (workspace admins and owners) or "everyone";
    # anyone may remove a subscription they made
    subscription_managers: str = "admins"


@dataclass(frozen=True)
class DiscordSettings:
    token: str
    guild_id: int | None = None
    api_base: str | None = None
    gateway_url: str | None = None


@dataclass(frozen=True)
class Settings:
    database_url: str | None = None
    timezone: str = "Asia/Seoul"
    default_schedule: str = "daily 08:00"
    post_empty: bool = False
    limits: dict[str, float] = field(default_factory=lambda: {"slack": 5.0, "discord": 40.0})
    feeds: tuple[FeedSetting, ...] = ()
    log_format: str = "text"          # text | json
    log_level: str = "INFO"
    secrets: dict[str, Secret] = field(default_factory=dict)
    source: str | None = None         # the file read, if any
    now: datetime | None = None       # NEWSDIGEST_NOW: the clock pinned (demos over old news)
    policies: Policies = field(default_factory=Policies)   # what the core is handed: article size, feeds, fetching
    feed_deadline: float = FEED_DEADLINE
    fetch_workers: int = FETCH_WORKERS
    backlog_seconds: float = BACKLOG_SECONDS
    port: int = DEFAULT_PORT          # Slack HTTP mode
    slack_api_url: str = DEFAULT_SLACK_API_URL
    slack_subscription_managers: str = "admins"
    discord_guild_id: int | None = None
    discord_api_base: str | None = None
    discord_gateway_url: str | None = None

    def secret(self, name: str) -> Secret | None:
        return self.secrets.get(name)

    def platform(self) -> str:
        """The front end `serve` starts when none is named: Slack with a Slack token, else Discord with a
        Discord token, else the terminal bot, which needs nothing."""
        if self.secret("SLACK_BOT_TOKEN"):
            return "slack"
        if self.secret("DISCORD_TOKEN"):
            return "discord"
        return "console"

    def slack(self) -> SlackSettings:
        """Slack's settings; ConfigError when a token it needs is missing."""
        token = self.secret("SLACK_BOT_TOKEN")
        if not token:
            raise ConfigError("SLACK_BOT_TOKEN is not set (the app's Bot User OAuth Token, xoxb-...)")
        secret, app_token = self.secret("SLACK_SIGNING_SECRET"), self.secret("SLACK_APP_TOKEN")
        if not secret and not app_token:
            raise ConfigError("set SLACK_SIGNING_SECRET for HTTP mode or SLACK_APP_TOKEN (xapp-...) for Socket Mode")
        return SlackSettings(token, secret, app_token, self.slack_api_url, self.slack_subscription_managers)

    def discord(self) -> DiscordSettings:
        """Discord's settings; ConfigError when the token is missing."""
        token = self.secret("DISCORD_TOKEN")
        if not token:
            raise ConfigError("DISCORD_TOKEN is not set (the bot token from the Discord developer portal)")
        return DiscordSettings(token, self.discord_guild_id, self.discord_api_base, self.discord_gateway_url)


def _read_file(path: Path, problems: list[str]) -> dict:
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except FileNotFoundError:
        problems.append(f"{path}: no such file (NEWSDIGEST_CONFIG names it)")
    except tomllib.TOMLDecodeError as exc:
        problems.append(f"{path}: not valid TOML ({exc})")
    except OSError as exc:
        problems.append(f"{path}: cannot be read ({exc.strerror})")
    return {}


def load_settings(env: Mapping[str, str] | None = None, path: Path | None = None) -> Settings:
    """Read and check everything; raises ConfigError listing every problem."""
    env = os.environ if env is None else env
    problems: list[str] = []
    if path is None and env.get("NEWSDIGEST_CONFIG"):
        path = Path(env["NEWSDIGEST_CONFIG"])
    elif path is None and DEFAULT_FILE.is_file():
        path = DEFAULT_FILE
    data = _read_file(path, problems) if path else {}
    where = str(path) if path else "the configuration"

    def section(name: str) -> dict:
        value = data.get(name, {})
        if not isinstance(value, dict):
            problems.append(f"{where}: [{name}] must be a table")
            return {}
        return value

    for key in data:
        if key not in ("database", "schedule", "limits", "feeds", "logging"):
            problems.append(f"{where}: unknown section [{key}] (database, schedule, limits, feeds, logging)")
    for name, table in data.items():
        if isinstance(table, dict) and any(k.lower() in ("token", "bot_token", "app_token", "signing_secret") for k in table):
            problems.append(f"{where}: [{name}] holds a token; tokens belong in the environment ({', '.join(SECRET_ENV)})")

    database_url = env.get("NEWSDIGEST_DATABASE_URL") or section("database").get("url")
    if database_url is not None and (not isinstance(database_url, str) or not database_url.strip()):
        problems.append(f"{where}: [database] url must be a path or a URL")
    elif database_url and "://" in database_url and not re.match(r"^(sqlite|postgresql)(\+\w+)?://", database_url):
        problems.append("the database URL must be sqlite:///PATH or postgresql+psycopg://USER:PASSWORD@HOST/DB "
                        f"(got a {database_url.split('://', 1)[0]}:// URL)")

    sched = section("schedule")
    timezone = env.get("NEWSDIGEST_TIMEZONE") or sched.get("timezone", "Asia/Seoul")
    try:
        ZoneInfo(str(timezone))
    except (ZoneInfoNotFoundError, ValueError):
        problems.append(f"time zone '{timezone}' is unknown (an IANA name such as Asia/Seoul)")
    default_schedule = env.get("NEWSDIGEST_DEFAULT_SCHEDULE") or sched.get("default", "daily 08:00")
    from digest.schedules import ScheduleError, parse_schedule
    try:
        parse_schedule(str(default_schedule))
    except (ScheduleError, ValueError) as exc:
        problems.append(f"default schedule '{default_schedule}' cannot be read: {exc}")
    post_empty = sched.get("post_empty", False)
    if not isinstance(post_empty, bool):
        problems.append(f"{where}: [schedule] post_empty must be true or false")
    post_empty = env.get("NEWSDIGEST_POST_EMPTY") == "1" or post_empty is True

    limits = {"slack": 5.0, "discord": 40.0}   # posts a second: Slack per workspace, Discord for the whole bot
    for key, value in section("limits").items():
        platform = key.removesuffix("_per_second")
        if platform not in limits or not key.endswith("_per_second"):
            problems.append(f"{where}: [limits] {key} is unknown (slack_per_second, discord_per_second)")
        elif not isinstance(value, (int, float)) or isinstance(value, bool) or value <= 0:
            problems.append(f"{where}: [limits] {key} must be a positive number")
        else:
            limits[platform] = float(value)

    feeds = []
    raw_feeds = data.get("feeds", [])
    for n, feed in enumerate(raw_feeds if isinstance(raw_feeds, list) else [], 1):
        url, interval = feed.get("url") if isinstance(feed, dict) else None, (feed or {}).get("interval_minutes", 15)
        if not isinstance(url, str) or not re.match(r"^https?://\S+$", url):
            problems.append(f"{where}: feed {n} needs url = \"http(s)://...\"")
            continue
        if not isinstance(interval, int) or isinstance(interval, bool) or interval < 1:
            problems.append(f"{where}: feed {n} ({url}): interval_minutes must be a whole number of minutes, 1 or more")
            continue
        feeds.append(FeedSetting(url, feed.get("topic"), interval))
    if not isinstance(raw_feeds, list):
        problems.append(f"{where}: feeds must be an array of tables ([[feeds]])")

    logging_section = section("logging")
    log_format = env.get("NEWSDIGEST_LOG_FORMAT") or logging_section.get("format", "text")
    if log_format not in ("text", "json"):
        problems.append(f"log format '{log_format}' must be text or json")
    log_level = str(env.get("NEWSDIGEST_LOG_LEVEL") or logging_section.get("level", "INFO")).upper()
    if log_level not in ("DEBUG", "INFO", "WARNING", "ERROR"):
        problems.append(f"log level '{log_level}' must be DEBUG, INFO, WARNING or ERROR")

    numbers = _Numbers(env, problems)
    policies = _core_policies(numbers, env, problems)
    feed_deadline = numbers.positive("NEWSDIGEST_FEED_DEADLINE", FEED_DEADLINE, "seconds")
    fetch_workers = numbers.whole("NEWSDIGEST_FETCH_WORKERS", FETCH_WORKERS, 1, "workers")
    backlog_seconds = numbers.positive("NEWSDIGEST_BACKLOG_SECONDS", BACKLOG_SECONDS, "seconds")
    port = numbers.whole("PORT", DEFAULT_PORT, 1, "a TCP port", maximum=65535)

    now = None
    if env.get("NEWSDIGEST_NOW"):
        try:
            now = parse_published(env["NEWSDIGEST_NOW"], "clock").when
        except ValueError as exc:
            problems.append(f"NEWSDIGEST_NOW: {exc}")

    slack_api_url = env.get("SLACK_API_URL") or DEFAULT_SLACK_API_URL
    managers = env.get("NEWSDIGEST_SLACK_SUBSCRIPTION_MANAGERS") or "admins"
    if managers not in ("admins", "everyone"):
        problems.append("NEWSDIGEST_SLACK_SUBSCRIPTION_MANAGERS must be 'admins' or 'everyone'")
    guild = env.get("DISCORD_GUILD_ID") or ""
    if guild and not guild.isdigit():
        problems.append(f"DISCORD_GUILD_ID must be a server id (digits), not '{guild}'")

    secrets = {name: Secret(env[name]) for name in SECRET_ENV if env.get(name)}
    for name, prefix in (("SLACK_BOT_TOKEN", "xoxb-"), ("SLACK_APP_TOKEN", "xapp-")):
        if name in secrets and not secrets[name].startswith(prefix):
            problems.append(f"{name} does not look like a Slack token (it should start with {prefix})")

    if problems:
        raise ConfigError("configuration problems:\n  - " + "\n  - ".join(problems))
    return Settings(database_url, str(timezone), str(default_schedule), post_empty, limits, tuple(feeds),
                    log_format, log_level, secrets, str(path) if path else None, now=now, policies=policies,
                    feed_deadline=feed_deadline, fetch_workers=fetch_workers, backlog_seconds=backlog_seconds,
                    port=port, slack_api_url=slack_api_url if slack_api_url.endswith("/") else slack_api_url + "/",
                    slack_subscription_managers=managers, discord_guild_id=int(guild) if guild else None,
                    discord_api_base=env.get("DISCORD_API_BASE") or None,
                    discord_gateway_url=env.get("DISCORD_GATEWAY_URL") or None)


def _core_policies(numbers: _Numbers, env: Mapping[str, str], problems: list[str]) -> Policies:
    """What the core is handed: the article size limit, the feed policy and how fetching goes."""
    return Policies(
        max_article_chars=numbers.whole("NEWSDIGEST_MAX_ARTICLE_CHARS", Policies.max_article_chars, 1, "characters"),
        feeds=FeedPolicy(
            interval_minutes=numbers.whole("NEWSDIGEST_FEED_INTERVAL", FeedPolicy.interval_minutes, 1, "minutes"),
            baseline_eligible=numbers.whole("NEWSDIGEST_FEED_BASELINE", FeedPolicy.baseline_eligible, 0, "entries"),
            max_failures=numbers.whole("NEWSDIGEST_FEED_MAX_FAILURES", FeedPolicy.max_failures, 1, "failed polls"),
            max_age_days=numbers.whole("NEWSDIGEST_FEED_MAX_AGE_DAYS", FeedPolicy.max_age_days, 1, "days"),
            fetch=FetchPolicy(
                timeout=numbers.positive("NEWSDIGEST_HTTP_TIMEOUT", FetchPolicy.timeout, "seconds"),
                retries=numbers.whole("NEWSDIGEST_HTTP_RETRIES", FetchPolicy.retries, 0, "retries"),
                backoff=numbers.positive("NEWSDIGEST_HTTP_BACKOFF", FetchPolicy.backoff, "seconds", zero=True),
                user_agent=env.get("NEWSDIGEST_USER_AGENT") or USER_AGENT,
                max_bytes=int(numbers.positive("NEWSDIGEST_HTTP_MAX_MB", FetchPolicy.max_bytes / 1e6, "megabytes") * 1e6),
                deadline=numbers.positive("NEWSDIGEST_HTTP_DEADLINE", FetchPolicy.deadline, "seconds"),
                addresses=_address_policy(env, problems))))


class _Numbers:
    """Numbers from the environment: the default when unset, a problem (and the default) when malformed."""

    def __init__(self, env: Mapping[str, str], problems: list[str]):
        self.env, self.problems = env, problems

    def whole(self, name: str, default: int, minimum: int, unit: str, maximum: int | None = None) -> int:
        value = str(self.env.get(name) or "").strip()
        if not value:
            return default
        if value.isdigit() and minimum <= int(value) <= (maximum if maximum is not None else int(value)):
            return int(value)
        self.problems.append(f"{name} '{value}' must be {unit}, {minimum}-{maximum}" if maximum is not None
                             else f"{name} '{value}' must be a whole number of {unit}, {minimum} or more")
        return default

    def positive(self, name: str, default: float, unit: str, zero: bool = False) -> float:
        value = str(self.env.get(name) or "").strip()
        if not value:
            return default
        try:
            number = float(value)
        except ValueError:
            number = -1.0
        if number > 0 or (zero and number == 0):
            return number
        self.problems.append(f"{name} '{value}' must be a number of {unit}, 0 or more" if zero
                             else f"{name} '{value}' must be a positive number of {unit}")
        return default


def _address_policy(env: Mapping[str, str], problems: list[str]) -> AddressPolicy:
    """NEWSDIGEST_FETCH_ALLOW_PRIVATE=1 (every private address) and NEWSDIGEST_FETCH_ALLOW (those listed)."""
    allowed = []
    for item in (env.get("NEWSDIGEST_FETCH_ALLOW") or "").split():
        try:
            allowed.append(parse_allowed(item))
        except ValueError:
            problems.append(f"NEWSDIGEST_FETCH_ALLOW: '{item}' is not an address or network (10.0.0.5:8080, 192.168.7.0/24)")
    return AddressPolicy(allow_private=env.get("NEWSDIGEST_FETCH_ALLOW_PRIVATE") == "1", allowed=tuple(allowed))


class RedactSecrets(logging.Filter):
    """Masks the configured token values, and anything shaped like a Slack token, in every record."""

    def __init__(self, secrets: list[str]):
        super().__init__()
        self.secrets = [s for s in secrets if len(s) >= 6]

    def redact(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, "***")
        return _TOKEN_SHAPE.sub("***", text)

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = self.redact(record.getMessage())
        record.args = None
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = self.redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object a line: time, level, logger, message (and the exception), for log collectors."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {"time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"), "level": record.levelname,
                 "logger": record.name, "message": record.getMessage()}
        if record.exc_text:
            entry["exception"] = record.exc_text
        elif record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def configure_logging(settings: Settings, stream: TextIO | None = None) -> logging.Handler:
    """Root logging per the settings, with tokens redacted; returns the handler it installed."""
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter() if settings.log_format == "json"
                         else logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactSecrets(list(settings.secrets.values())))
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_newsdigest", False)]:
        root.removeHandler(old)
    handler._newsdigest = True   # type: ignore[attr-defined]  # marks the handler installed here
    root.addHandler(handler)
    root.setLevel(settings.log_level)
    return handler

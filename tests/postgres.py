"""A real PostgreSQL server for the tests, started from the machine's binaries and stopped at the end.

`server()` starts one per test process, on first use: `initdb` into a temporary directory, `pg_ctl start`
on a free port of 127.0.0.1 with its unix socket in that directory, fsync off (the data is thrown away).
initdb refuses to run as root, so as root the server runs as the `postgres` user (or `nobody`), which
owns the directory. It is stopped, and the directory removed, when the test process exits.

Each test gets its own database (`fresh_database()`), so tests are independent and may run in any order.
When no PostgreSQL binaries are installed, the tests that need one are skipped with a reason
(`make test` installs Debian's `postgresql` package first, so CI always has them).
"""

from __future__ import annotations

import atexit
import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

_server: "PostgresServer | None" = None
_counter = itertools.count(1)


def binaries() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]) if p.split("/")[4].isdigit() else 0)
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresServer:
    def __init__(self, bindir: Path):
        self.bindir = bindir
        self.dir = Path(tempfile.mkdtemp(prefix="newsdigest-pg-"))
        self.data = self.dir / "data"
        self.port = _free_port()
        self.user = None
        if os.geteuid() == 0:
            for name in ("postgres", "nobody"):
                try:
                    self.user = pwd.getpwnam(name)
                    break
                except KeyError:
                    continue
            os.chown(self.dir, self.user.pw_uid, self.user.pw_gid)
        self.dir.chmod(0o700)

    def _run(self, *args: str) -> None:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        if self.user is not None:
            cmd = ["runuser", "-u", self.user.pw_name, "--", *cmd]
        result = subprocess.run(cmd, capture_output=True, text=True, cwd=self.dir)
        if result.returncode != 0:
            log = (self.dir / "server.log")
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{' '.join(args[:2])} failed ({result.returncode}): {result.stderr.strip()}\n{tail}")

    def start(self) -> "PostgresServer":
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "--no-sync",
                  "--encoding=UTF8", "--locale=C.UTF-8")
        options = (f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=100")
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.dir / "server.log"), "-w", "start")
        return self

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        except RuntimeError:
            pass
        shutil.rmtree(self.dir, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def _admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user="postgres", dbname="postgres", autocommit=True) as conn:
            conn.execute(sql)

    def create_database(self, name: str) -> str:
        self._admin(f'CREATE DATABASE "{name}" TEMPLATE template0 ENCODING \'UTF8\'')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        self._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def server() -> PostgresServer:
    """The test process's PostgreSQL, started on first use; skips the calling test when none is installed."""
    global _server
    if _server is None:
        bindir = binaries()
        if bindir is None:
            pytest.skip("PostgreSQL is not installed (/usr/lib/postgresql/*/bin); `make test` installs it")
        _server = PostgresServer(bindir).start()
        atexit.register(_server.stop)
    return _server


class fresh_database:
    """`with fresh_database() as url:` a new, empty database on the test server, dropped afterwards."""

    def __init__(self, prefix: str = "t"):
        self.name = f"{prefix}_{os.getpid()}_{next(_counter)}"

    def __enter__(self) -> str:
        self.server = server()
        return self.server.create_database(self.name)

    def __exit__(self, *exc) -> None:
        self.server.drop_database(self.name)


@pytest.fixture(params=["sqlite", "postgresql"])
def backend_url(request, tmp_path):
    """A fresh database on each backend in turn: a SQLite file, then a new PostgreSQL database.
    Import it into a test module to run that module's tests on both."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'backend.db'}"
    else:
        with fresh_database(request.module.__name__.rsplit(".", 1)[-1][:20]) as url:
            yield url

"""Throwaway database servers for the creator store's live-server tests (``make store-servers``).

:func:`postgresql` and :func:`mariadb` each start a server of their own in a temporary
directory (its data directory and its unix socket, no TCP port, so nothing another process
runs is touched), create an empty database ``fraud`` and yield its SQLAlchemy URL; the
server is stopped and its directory removed afterwards. A server whose programs are not
installed raises :class:`Unavailable` with the reason, which the command below prints and
skips. Run as root (as on this project's machines), a server runs as the system user its
package made (``postgres``, ``mysql``): neither will run as root.

``python -m tests.servers [PYTEST ARGS]`` starts both, sets ``FRAUD_TEST_STORE_URLS`` to
``sqlite`` and their URLs (comma-separated) and runs pytest on ``tests/test_store_servers.py``
(or the given arguments) in a child process, so every test there runs on SQLite, PostgreSQL
and MariaDB. The drivers are pure Python: ``psycopg`` (3, on the system's libpq) and
``PyMySQL`` (``pip install -e '.[store-servers]'``).
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

__all__ = ["URLS_ENV", "Unavailable", "mariadb", "postgresql"]

#: the environment variable tests/test_store_servers.py reads its store URLs from
URLS_ENV = "FRAUD_TEST_STORE_URLS"
_DATABASE = "fraud"
_START_TIMEOUT = 60.0


class Unavailable(RuntimeError):
    """A server that cannot be started here (its programs or its driver are missing)."""


def _program(names: tuple[str, ...], patterns: tuple[str, ...] = ()) -> str:
    """The first of ``names`` on PATH (or in /usr/sbin), else the newest match of
    ``patterns`` (``/usr/lib/postgresql/*/bin/pg_ctl``); raises :class:`Unavailable`."""
    for name in names:
        found = shutil.which(name) or shutil.which(name, path="/usr/sbin:/usr/local/sbin")
        if found:
            return found
    for pattern in patterns:
        matches = sorted(glob.glob(pattern))
        if matches:
            return matches[-1]
    raise Unavailable(f"{names[0]} is not installed")


def _run_as(user: str | None) -> list[str]:
    """The prefix that runs a command as ``user`` (``None``: as ourselves)."""
    return [] if user is None else ["runuser", "-u", user, "--"]


def _service_user(name: str) -> str | None:
    """The user a server runs as: ourselves, or ``name`` when we are root."""
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam(name)
    except KeyError as error:
        raise Unavailable(f"running as root and there is no {name!r} user to run it") from error
    return name


def _scratch(user: str | None) -> Path:
    """A new temporary directory the server's user owns (short: a socket's path is limited)."""
    root = Path(tempfile.mkdtemp(prefix="fraud-db-", dir="/tmp"))
    if user is not None:
        shutil.chown(root, user, user)
    return root


def _wait(connect: Callable[[], object], what: str, log: Path) -> None:
    deadline = time.monotonic() + _START_TIMEOUT
    while True:
        try:
            connect()
            return
        except Exception as error:
            if time.monotonic() > deadline:
                tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
                raise RuntimeError(f"{what} did not start: {error}\n{tail}") from error
            time.sleep(0.2)


@contextlib.contextmanager
def postgresql() -> Iterator[str]:
    """A throwaway PostgreSQL server: yields ``postgresql+psycopg://...`` of an empty database."""
    pg_ctl = _program(("pg_ctl",), ("/usr/lib/postgresql/*/bin/pg_ctl",))
    initdb = str(Path(pg_ctl).resolve().parent / "initdb")
    if not Path(initdb).exists():
        initdb = _program(("initdb",), ("/usr/lib/postgresql/*/bin/initdb",))
    try:
        import psycopg
    except ImportError as error:
        raise Unavailable("the driver psycopg is not installed (pip install psycopg)") from error
    user = _service_user("postgres")
    root = _scratch(user)
    data, log = root / "data", root / "server.log"
    as_user = _run_as(user)
    try:
        subprocess.run(
            [*as_user, initdb, "-D", str(data), "-U", "postgres", "-A", "trust", "-E", "UTF8",
             "--locale=C.UTF-8", "--no-sync"],
            check=True,
            capture_output=True,
        )  # fmt: skip
        options = f"-c listen_addresses='' -k {root} -c fsync=off -c max_connections=60"
        subprocess.run(
            [*as_user, pg_ctl, "-D", str(data), "-l", str(log), "-o", options, "-w", "start"],
            check=True,
            capture_output=True,
        )
        try:

            def admin() -> psycopg.Connection[tuple[object, ...]]:
                return psycopg.connect(host=str(root), user="postgres", dbname="postgres")

            _wait(lambda: admin().close(), "PostgreSQL", log)
            with admin() as connection:
                connection.autocommit = True
                connection.execute(f"CREATE DATABASE {_DATABASE}")
            yield f"postgresql+psycopg://postgres@/{_DATABASE}?host={root}"
        finally:
            subprocess.run(
                [*as_user, pg_ctl, "-D", str(data), "-m", "immediate", "-w", "stop"],
                capture_output=True,
            )
    finally:
        shutil.rmtree(root, ignore_errors=True)


@contextlib.contextmanager
def mariadb() -> Iterator[str]:
    """A throwaway MariaDB (or MySQL) server: yields ``mysql+pymysql://...`` of an empty
    database. The server runs with its compiled-in defaults (``--no-defaults``: no
    ``/etc/mysql`` configuration), so its character set is the one a server configured by
    nobody has (latin1 on MariaDB before 11.6)."""
    server = _program(("mariadbd", "mysqld"))
    install_db = _program(("mariadb-install-db", "mysql_install_db"))
    try:
        import pymysql
    except ImportError as error:
        raise Unavailable("the driver PyMySQL is not installed (pip install PyMySQL)") from error
    user = _service_user("mysql")
    root = _scratch(user)
    data, socket, log = root / "data", root / "mysql.sock", root / "server.log"
    user_option = [] if user is None else [f"--user={user}"]
    try:
        subprocess.run(
            [install_db, "--no-defaults", f"--datadir={data}", *user_option,
             "--auth-root-authentication-method=normal", "--skip-test-db"],
            check=True,
            capture_output=True,
        )  # fmt: skip
        with log.open("wb") as out:
            process = subprocess.Popen(
                [server, "--no-defaults", f"--datadir={data}", f"--socket={socket}",
                 "--skip-networking", f"--pid-file={root / 'server.pid'}", *user_option,
                 "--innodb-flush-log-at-trx-commit=0", "--skip-log-bin",
                 "--max-connections=60"],
                stdout=out,
                stderr=subprocess.STDOUT,
            )  # fmt: skip
        try:

            def admin() -> pymysql.connections.Connection:
                return pymysql.connect(unix_socket=str(socket), user="root", autocommit=True)

            _wait(lambda: admin().close(), "MariaDB", log)
            connection = admin()
            try:
                with connection.cursor() as cursor:
                    cursor.execute(f"CREATE DATABASE {_DATABASE}")
            finally:
                connection.close()
            yield f"mysql+pymysql://root@localhost/{_DATABASE}?unix_socket={socket}"
        finally:
            process.terminate()
            try:
                process.wait(30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
    finally:
        shutil.rmtree(root, ignore_errors=True)


def main(argv: list[str]) -> int:
    """Start the servers that can start here, run pytest against them and SQLite, stop them."""
    urls = ["sqlite"]
    with contextlib.ExitStack() as stack:
        for name, server in (("PostgreSQL", postgresql), ("MariaDB", mariadb)):
            try:
                url = stack.enter_context(server())
            except Unavailable as reason:
                print(f"SKIPPED: the store's {name} tests ({reason})", file=sys.stderr)
                continue
            print(f"{name}: {url}", file=sys.stderr)
            urls.append(url)
        environment = {**os.environ, URLS_ENV: ",".join(urls)}
        arguments = argv or ["tests/test_store_servers.py"]
        command = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *arguments]
        return subprocess.run(command, env=environment).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

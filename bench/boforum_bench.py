"""Helpers shared by the benchmark scripts: HTTP sessions against the portal, the embedded
MariaDB's client, the machine's description, percentiles, and writing a section of
docs/benchmarks.md. Python 3 standard library only.
"""
import datetime
import http.client
import http.cookiejar
import json
import math
import os
import platform
import re
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request

BASE = os.environ.get("BOFORUM_URL", "http://localhost:8080/")
# The management port: health details and metrics (decision 0027).
MANAGEMENT = os.environ.get("BOFORUM_MANAGEMENT_URL", "http://127.0.0.1:9080/")
ES = os.environ.get("BOFORUM_ES_URL", "http://127.0.0.1:9200/").rstrip("/") + "/"
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEMO_ADMIN = "demo-admin@boforum.test"
DEMO_EDITOR = "demo-editor@boforum.test"


class Session:
    """A cookie-keeping client of the portal (a new connection per request)."""

    def __init__(self):
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def call(self, method, path, body=None, accept="application/json", base=None):
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request((base or BASE) + path, data=data, method=method)
        req.add_header("Content-Type", "application/json")
        req.add_header("Accept", accept)
        try:
            with self.opener.open(req, timeout=60) as r:
                return r.status, r.read()
        except urllib.error.HTTPError as e:
            return e.code, e.read()

    def json(self, method, path, body=None):
        status, text = self.call(method, path, body)
        if status >= 300:
            raise SystemExit(f"{method} {path}: {status} {text[:300]!r}")
        return json.loads(text) if text else None

    def cookie_header(self):
        return "; ".join(f"{c.name}={c.value}" for c in self.jar)


class KeepAlive:
    """One persistent HTTP/1.1 connection, so that TCP set-up does not count in a timing."""

    def __init__(self, base, cookie=None):
        url = urllib.parse.urlsplit(base)
        self.host, self.port, self.prefix = url.hostname, url.port or 80, url.path.rstrip("/")
        self.cookie = cookie
        self.conn = http.client.HTTPConnection(self.host, self.port, timeout=60)

    def request(self, method, path, body=None):
        """(status, body bytes, milliseconds from sending to the last byte read)."""
        headers = {"Accept": "application/json"}
        if body is not None:
            headers["Content-Type"] = "application/json"
        if self.cookie:
            headers["Cookie"] = self.cookie
        for attempt in (1, 2):
            try:
                t0 = time.perf_counter()
                self.conn.request(method, self.prefix + "/" + path, body=body, headers=headers)
                response = self.conn.getresponse()
                data = response.read()
                return response.status, data, (time.perf_counter() - t0) * 1000
            except (http.client.HTTPException, ConnectionError):
                # The server closed an idle connection: open a new one, once.
                self.conn.close()
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=60)
                if attempt == 2:
                    raise

    def close(self):
        self.conn.close()


def demo_password():
    return open(os.path.join(REPO, "data", "demo-password.txt")).read().strip()


def login(email):
    session = Session()
    status, _ = session.call("POST", "api/session", {"email": email, "password": demo_password()})
    if status != 200:
        raise SystemExit(f"log in as {email} failed ({status}); is the run command up?")
    return session


def mariadb_client():
    """BOFORUM_MARIADB_CLIENT, else the run command's unpacked client, else the test suite's."""
    if os.environ.get("BOFORUM_MARIADB_CLIENT"):
        return os.environ["BOFORUM_MARIADB_CLIENT"]
    for path in ("target/mariadb/bin/mariadb", "target/mariadb/bin/mysql",
                 "target/it/mariadb/bin/mariadb", "target/it/mariadb/bin/mysql"):
        full = os.path.join(REPO, path)
        if os.path.exists(full):
            return full
    raise SystemExit("no MariaDB client under target/mariadb/bin: start the run command once")


def sql(statements, database="boforum"):
    """Runs SQL through the embedded MariaDB's client; answers its tab-separated output."""
    command = [mariadb_client(), "-h127.0.0.1", "-P" + os.environ.get("BOFORUM_DB_PORT", "3306"),
               "-uboforum", "-pboforum", "--skip-ssl", "--batch", "--skip-column-names",
               "--default-character-set=utf8mb4", database]
    done = subprocess.run(command, input=statements.encode(), capture_output=True)
    if done.returncode != 0:
        raise SystemExit("SQL failed: " + done.stderr.decode()[:2000])
    return done.stdout.decode()


def percentile(values, p):
    """Nearest-rank percentile of a list of numbers."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def commit():
    return subprocess.run(["git", "-C", REPO, "rev-parse", "--short", "HEAD"],
                          capture_output=True, text=True).stdout.strip()


def machine():
    """CPU model, cores, memory and Java version of this machine, for the reports."""
    cpu = "unknown"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = 0
    with open("/proc/meminfo") as f:
        for line in f:
            if line.startswith("MemTotal:"):
                memory = int(line.split()[1]) / 1024 / 1024
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr
    java = java.splitlines()[0] if java else "unknown"
    return {"cpu": cpu, "cores": os.cpu_count(), "memory": f"{memory:.0f} GiB",
            "java": java, "python": platform.python_version(), "kernel": platform.release()}


def machine_table(m):
    """The lines of a report's machine table (CPU, memory, Java) for machine() m."""
    return ["| machine | |", "|---|---|", f"| CPU | {m['cpu']}, {m['cores']} cores |",
            f"| memory | {m['memory']} |", f"| Java | {m['java']} |"]


def today():
    return datetime.date.today().isoformat()


def figures_section(heading, intro, rows):
    """A report section: its heading, what was measured, the machine, the figures, and the caveat
    every run on this shared machine carries."""
    m = machine()
    return "\n".join([
        heading,
        intro,
        "",
        *machine_table(m),
        "",
        "| figure | value |",
        "|---|---|",
    ] + [f"| {k} | {v} |" for k, v in rows] + [
        "",
        "One run on a shared machine, with the run command's embedded MariaDB and Elasticsearch on"
        " the same two cores as the load generator: expect spread between runs.",
    ])


def write_section(marker, section, path=None):
    """Replaces the section between <!-- marker --> and <!-- /marker --> in path (default
    docs/benchmarks.md), or appends it."""
    path = path or os.path.join(REPO, "docs", "benchmarks.md")
    text = open(path).read()
    start, end = f"<!-- {marker} -->", f"<!-- /{marker} -->"
    body = f"{start}\n{section}\n{end}"
    if start in text:
        text = re.sub(re.escape(start) + ".*?" + re.escape(end), lambda _: body, text,
                      flags=re.S)
    else:
        text = text.rstrip() + "\n\n" + body + "\n"
    open(path, "w").write(text)

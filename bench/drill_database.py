"""Fault drill (issue 17): MariaDB stopped and restarted under load, with figures.

Starts the run command in this clone (ports from BOFORUM_HTTP_PORT, BOFORUM_DB_PORT,
BOFORUM_ES_PORT and BOFORUM_MANAGEMENT_PORT; the README's by default), logs in as the demo editor,
and puts it under load: reader threads ask a set of pages again and again (visitor pages as the
page cache serves them, visitor pages it cannot serve, the editor's own pages, the API), one writer
creates practices, publishes them and edits them through the API. Twice, the database is taken
away for a while and brought back with the command line the run command gave it: first stopped
cleanly (SIGTERM), then killed (SIGKILL, InnoDB recovers at the next start). Nothing of Payara is
restarted.

It records every answer: its status, whether its body held a stack trace or a server's own error
page, and when it came. Reported: the answers while the database was away, the seconds from the
database answering again to the portal answering pages and saving again, and what the database
holds afterwards: every practice the writer made, each practice row against its latest revision
(state and title) and its terms, so that a write cut off by the outage shows as half-written. Then
the search index: after the outbox has drained, the portal's search must find exactly the
published practices of this run. Writes docs/reliability.md ("Database stopped and restarted
under load"); exits 1 if a check failed.

    python3 bench/drill_database.py [--no-write] [--outage SECONDS]

Needs the run command's ports free (it starts and stops the run command itself) and the clone
outside /tmp. Python 3 standard library only.
"""
import collections
import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import boforum_bench as bb  # noqa: E402
from backup_roundtrip import (HTTP_PORT, MANAGEMENT_PORT, RELIABILITY_INTRO, URL,  # noqa: E402
                              codes, start_portal, wait_gone)

REPO = bb.REPO
RUN_WORD = "dbdrill" + time.strftime("%H%M%S")
# What a body must never hold: a Java stack trace, a server's own error page.
LEAKS = ("at java.", "at no.boforum", "Exception:", "Caused by", "Payara Server",
         "HTTP Status 500", "StackTrace")
OUTAGES = (("stopped (SIGTERM)", signal.SIGTERM), ("killed (SIGKILL)", signal.SIGKILL))


def say(text):
    print(f"[db-drill] {text}", flush=True)


class Recorder:
    """Every answer with its time, kind of page, status and whether its body leaked."""

    def __init__(self):
        self.lock = threading.Lock()
        self.answers = []

    def add(self, kind, status, leaked, seconds):
        with self.lock:
            self.answers.append((time.time(), kind, status, leaked, seconds))

    def between(self, t0, t1):
        with self.lock:
            return [a for a in self.answers if t0 <= a[0] < t1]


def reader(name, session, paths, recorder, stop):
    n = 0
    while not stop.is_set():
        for kind, path in paths:
            if stop.is_set():
                return
            n += 1
            # A query the page cache has not kept: the page is rendered, so it needs the database.
            target = path.replace("{n}", f"{name}{n}")
            accept = "application/json" if path.startswith("api/") else "text/html"
            t0 = time.perf_counter()
            # Without a session for the kept pages: the page cache serves only visitors without one.
            client = session or bb.Session()
            try:
                status, body = client.call("GET", target, accept=accept)
            except OSError:
                status, body = 0, b""
            text = body.decode("utf-8", "replace")
            recorder.add(kind, status, any(leak in text for leak in LEAKS),
                         time.perf_counter() - t0)
        time.sleep(0.05)


class Writer:
    """Creates a practice, publishes it, edits its title; again and again. Keeps what it was told."""

    def __init__(self, session, term_codes, recorder):
        self.session, self.codes, self.recorder = session, term_codes, recorder
        self.operations = []  # (time, operation, status, slug)
        self.slugs = []

    def call(self, operation, method, path, body):
        t0 = time.perf_counter()
        try:
            status, text = self.session.call(method, path, body)
        except OSError:
            status, text = 0, b""
        decoded = text.decode("utf-8", "replace")
        self.recorder.add("write", status, any(leak in decoded for leak in LEAKS),
                          time.perf_counter() - t0)
        self.operations.append((time.time(), operation, status))
        return status, (json.loads(text) if status < 300 and text else None)

    def body(self, title):
        c = self.codes
        return {"title": title, "summary": "Laga av øvinga der databasen stoppar.",
                "body": f"Ei øving: {RUN_WORD}.", "language": "nn", "owner": "bergen-kommune",
                "themes": c["theme"][:1], "targetGroups": c["target_group"][:1],
                "places": c["municipality"][:1], "activityStatus": "active",
                "evidenceLevel": "described"}

    def run(self, stop):
        n = 0
        while not stop.is_set():
            n += 1
            title = f"Øving {RUN_WORD} nummer {n}"
            status, saved = self.call("create", "POST", "api/practices", self.body(title))
            if saved is None:
                time.sleep(0.3)
                continue
            slug = saved["slug"]
            self.slugs.append(slug)
            self.call("publish", "POST", f"api/practices/{slug}/transitions",
                      {"transition": "PUBLISH"})
            status, current = self.call("read", "GET", f"api/practices/{slug}", None)
            if current is not None:
                edited = dict(self.body(title + " endra"), version=current["version"])
                self.call("edit", "PUT", f"api/practices/{slug}", edited)
            time.sleep(0.1)


def mariadbd():
    """The pid and command line of this clone's mariadbd."""
    marker = os.path.join(REPO, "target", "mariadb", "bin", "mariadbd")
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            cmd = open(f"/proc/{pid}/cmdline", "rb").read().split(b"\0")
        except OSError:
            continue
        if cmd and cmd[0].decode() == marker:
            return int(pid), [c.decode() for c in cmd if c]
    raise SystemExit("no mariadbd of this clone is running")


def database_answers():
    try:
        bb.sql("SELECT 1")
        return True
    except SystemExit:
        return False


def outage(label, sig, seconds, recorder, writer):
    """Takes the database away with sig, brings it back after seconds; answers the figures."""
    pid, command = mariadbd()
    say(f"database {label} (pid {pid})")
    t_stop = time.time()
    os.kill(pid, sig)
    while os.path.exists(f"/proc/{pid}") and open(f"/proc/{pid}/stat").read().split()[2] != "Z":
        time.sleep(0.1)
    t_gone = time.time()
    time.sleep(seconds)
    say("database started again")
    t_restart = time.time()
    restarted = subprocess.Popen(command, cwd=os.path.join(REPO, "data", "mariadb"),
                                 stdout=open(os.path.join(REPO, "target", "drill-mariadbd.log"),
                                             "a"),
                                 stderr=subprocess.STDOUT, start_new_session=True)
    while not database_answers():
        time.sleep(0.1)
    t_back = time.time()
    # Recovered: the first page the cache could not serve answered 200, and the first write saved.
    page_ok = write_ok = None
    deadline = t_back + 120
    while (page_ok is None or write_ok is None) and time.time() < deadline:
        for a in recorder.between(t_back, time.time()):
            if page_ok is None and a[1] == "rendered page" and a[2] == 200:
                page_ok = a[0]
            if write_ok is None and a[1] == "write" and a[2] in (200, 201):
                write_ok = a[0]
        time.sleep(0.2)
    away = recorder.between(t_gone + 0.5, t_back)
    return {"label": label, "stopped": t_stop, "gone": t_gone, "back": t_back,
            "restart_seconds": t_back - t_restart, "page_ok": page_ok, "write_ok": write_ok,
            "away": away, "process": restarted}


def by_kind(answers):
    table = collections.defaultdict(collections.Counter)
    for _, kind, status, _, _ in answers:
        table[kind][status] += 1
    return "; ".join(f"{kind}: " + ", ".join(f"{s} x{n}" for s, n in sorted(c.items()))
                     for kind, c in sorted(table.items()))


def check_database(writer):
    """Every practice of this run: row against latest revision (state, title) and its terms."""
    rows = bb.sql(f"""
        SELECT p.slug, p.state, p.title,
               (SELECT r.state FROM practice_revision r WHERE r.practice_id = p.id
                ORDER BY r.number DESC LIMIT 1),
               (SELECT JSON_VALUE(r.snapshot, '$.title') FROM practice_revision r
                WHERE r.practice_id = p.id ORDER BY r.number DESC LIMIT 1),
               (SELECT COUNT(*) FROM practice_term t WHERE t.practice_id = p.id)
        FROM practice p WHERE p.body LIKE '%{RUN_WORD}%'""")
    practices = [line.split("\t") for line in rows.splitlines() if line]
    half = [p for p in practices if p[1] != p[3] or (p[4] not in ("NULL", p[2])) or p[5] != "3"]
    told = set(writer.slugs)
    found = {p[0] for p in practices}
    return {"practices": practices, "half": half, "lost": told - found,
            "unannounced": found - told,
            "published": sum(1 for p in practices if p[1] == "PUBLISHED")}


def search_total():
    status, text = bb.Session().call("GET", "api/search?size=1&q=" + urllib.parse.quote(RUN_WORD),
                                     base=URL)
    if status != 200:
        return None, False
    data = json.loads(text)
    return data["total"], data["degraded"]


def main():
    write = "--no-write" not in sys.argv
    seconds = 20
    if "--outage" in sys.argv:
        seconds = int(sys.argv[sys.argv.index("--outage") + 1])
    bb.BASE = URL
    portal = start_portal("db-drill")
    restarted = []
    failures = []
    try:
        editor = bb.login(bb.DEMO_EDITOR)
        term_codes = codes(editor)
        some_practice = json.loads(bb.Session().call("GET", "api/practices?size=1",
                                                     base=URL)[1])["items"][0]["slug"]
        recorder = Recorder()
        stop = threading.Event()
        visitor = bb.Session()
        cached = [("visitor page, no session (the page cache may serve it)", p)
                  for p in ("", "practices", "events", "discussions", f"practices/{some_practice}")]
        rendered = [("rendered page", p) for p in ("practices?sort=title&drill={n}",
                                                    "events?drill={n}",
                                                    "discussions?drill={n}",
                                                    f"practices/{some_practice}?drill={{n}}")]
        own = [("editor's page", p) for p in ("my/profile", "my/practices")]
        api = [("API read", p) for p in ("api/practices?size=5", f"api/practices/{some_practice}")]
        search = [("search page", "search?q=bustad&drill={n}")]
        threads = [
            threading.Thread(target=reader, args=("a", None, cached, recorder, stop)),
            threading.Thread(target=reader, args=("d", visitor, rendered, recorder, stop)),
            threading.Thread(target=reader, args=("b", bb.Session(), rendered + api + search,
                                                  recorder, stop)),
            threading.Thread(target=reader, args=("c", editor, own + rendered, recorder, stop)),
        ]
        writer = Writer(bb.login(bb.DEMO_EDITOR), term_codes, recorder)
        threads.append(threading.Thread(target=writer.run, args=(stop,)))
        t_load = time.time()
        for t in threads:
            t.start()
        time.sleep(15)
        results = []
        for label, sig in OUTAGES:
            result = outage(label, sig, seconds, recorder, writer)
            restarted.append(result["process"])
            results.append(result)
            time.sleep(15)
        stop.set()
        for t in threads:
            t.join(timeout=120)
        t_end = time.time()
        everything = recorder.between(t_load, t_end)
        leaks = sum(1 for a in everything if a[3])
        errors = collections.Counter(a[2] for a in everything if a[2] >= 500 and a[2] != 503)
        # No answer at all (a timeout, a reset connection): a portal that hangs must not pass.
        unanswered = sum(1 for a in everything if a[2] == 0)
        state = check_database(writer)
        # The index: the outbox drains, then search finds every published practice of the run.
        t0 = time.time()
        total = degraded = None
        while time.time() - t0 < 180:
            pending = bb.sql("SELECT COUNT(*) FROM search_outbox").strip()
            total, degraded = search_total()
            if pending == "0" and total == state["published"] and not degraded:
                break
            time.sleep(1)
        index_seconds = time.time() - t0
        ops = collections.Counter((op, status) for _, op, status in writer.operations)
        rows = [("data set", f"the seed content and what earlier runs left; this run's practices "
                             f"carry the word `{RUN_WORD}`"),
                ("load", "4 reader threads (visitor pages without a session, which the page cache "
                         "serves unless a write dropped them; visitor pages rendered, the editor's pages, the API, search) and 1 writer (create, "
                         "publish, read, edit through the API), "
                         f"{len(everything)} answers in {t_end - t_load:.0f} s")]
        for r in results:
            rows += [
                (f"{r['label']}: away for", f"{r['back'] - r['gone']:.1f} s (mariadbd gone "
                                             f"{r['gone'] - r['stopped']:.1f} s after the "
                                             "signal)"),
                (f"{r['label']}: answers while away", by_kind(r["away"]) or "none"),
                (f"{r['label']}: mariadbd answering after its start",
                 f"{r['restart_seconds']:.1f} s"),
                (f"{r['label']}: first rendered page 200 after mariadbd answered",
                 "never" if r["page_ok"] is None else f"{r['page_ok'] - r['back']:.1f} s"),
                (f"{r['label']}: first write saved after mariadbd answered",
                 "never" if r["write_ok"] is None else f"{r['write_ok'] - r['back']:.1f} s"),
            ]
            if r["page_ok"] is None or r["write_ok"] is None:
                failures.append(f"{r['label']}: no recovery")
        rows += [
            ("answers with a stack trace or a server's own error page", leaks),
            ("answers 5xx other than 503", dict(errors) or 0),
            ("requests without an answer (timeout, connection reset)", unanswered),
            ("writer's operations (operation, status: count)",
             ", ".join(f"{op} {s}: {n}" for (op, s), n in sorted(ops.items()))),
            ("practices of this run in the database", len(state["practices"])),
            ("created but never announced (the answer was lost, the practice complete)",
             len(state["unannounced"])),
            ("announced but missing (lost)", len(state["lost"])),
            ("half-written (row unlike its latest revision, or terms missing)",
             len(state["half"])),
            ("published practices of this run / found by search after the outbox drained",
             f"{state['published']} / {total}"
             + (" (search degraded)" if degraded else "")),
            ("from the end of the load until search found them all", f"{index_seconds:.1f} s"),
        ]
        if leaks:
            failures.append(f"{leaks} answers leaked a stack trace or a server page")
        if errors:
            failures.append(f"5xx other than 503: {dict(errors)}")
        if unanswered:
            failures.append(f"{unanswered} requests got no answer")
        if state["lost"] or state["half"]:
            failures.append(f"lost {state['lost']}, half-written {state['half']}")
        if total != state["published"] or degraded:
            failures.append(f"search found {total}, published {state['published']}")
        for figure, value in rows:
            say(f"{figure}: {value}")
        if write:
            path = os.path.join(REPO, "docs", "reliability.md")
            if not os.path.exists(path):
                open(path, "w").write(RELIABILITY_INTRO)
            intro = (f"`python3 bench/drill_database.py --outage {seconds}` on {bb.today()} "
                     f"(commit {bb.commit()}), against the run command (portal on port "
                     f"{HTTP_PORT}, management {MANAGEMENT_PORT}). Under load, the database was "
                     "stopped cleanly, started again with the run command's own command line, "
                     "then killed and started again; Payara was never restarted. While the "
                     "database is away, a request that needs it answers `503` with `Retry-After` "
                     "and a plain \"temporarily unavailable\" page (or a JSON error on the API); "
                     "visitor pages without a session that the page cache still holds answer "
                     "200 (every saved write drops them, so under this load few were left). "
                     + ("All checks passed." if not failures
                        else "FAILED: " + "; ".join(failures)))
            bb.write_section("database-drill", bb.figures_section(
                "## Database stopped and restarted under load", intro, rows), path)
            say(f"wrote {path}")
    finally:
        # The run command stops the mariadbd it started, not the one this drill started again.
        portal.process.send_signal(signal.SIGTERM)
        portal.process.wait(timeout=300)
        for process in restarted:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
                process.wait(timeout=120)
        wait_gone(["target/mariadb/bin/mariadbd", "target/payara-micro.jar", "target/payara-launcher/"])
    if failures:
        say("FAILED: " + "; ".join(failures))
        sys.exit(1)


if __name__ == "__main__":
    main()

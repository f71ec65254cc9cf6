"""Fault drill: the SMTP server unreachable. Mail must wait and go later, nothing lost, nothing sent
twice; the pages that make mail must stay fast.

Starts a real SMTP server in this script (aiosmtpd, Debian's python3-aiosmtpd) that records every
message it receives (envelope recipients, Message-ID, when), and the run command with
BOFORUM_SMTP_HOST/PORT pointing at it (STARTTLS off). Then:

1. with the server up, two registrations through the API: their verification mails arrive;
2. the server stopped (its port refuses connections): registrations of new accounts and a
   password reset through the API, their time to answer, the pages (home, registration, login)
   meanwhile, the queue (the table mail_message) read through bb.sql while the outage lasts
   (--outage seconds, default 90: longer than the sender's ten attempts five seconds apart);
3. the server started again: the time until the last queued message arrived;
4. a stretch: a server that accepts the TCP connection and never answers (a silent socket in place
   of the SMTP server): registrations and their time to answer, how often the sender connected,
   what the queue says, then the real server back and the mail delivered.

At the end every message the portal queued during the drill (rows of mail_message after the
drill's first id) is compared with what the server received, per recipient: none lost, none twice,
no Message-ID twice. Prints the figures, writes them to docs/reliability.md ("Fault drill: SMTP
server unreachable") and exits 1 if a check failed.

    /usr/bin/python3 bench/drill_mail.py [--no-write] [--outage SECONDS] [--silent SECONDS]

(Debian's python3 with python3-aiosmtpd installed: apt-get install python3-aiosmtpd.)

Ports: BOFORUM_HTTP_PORT, BOFORUM_MANAGEMENT_PORT, BOFORUM_DB_PORT, BOFORUM_ES_PORT (the run
command's), BOFORUM_DRILL_SMTP_PORT (the drill's SMTP server, default 2525).
"""
import datetime
import os
import socket
import sys
import threading
import time

from aiosmtpd.controller import Controller

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import backup_roundtrip as rt  # noqa: E402
import boforum_bench as bb  # noqa: E402

REPO = bb.REPO
SMTP_PORT = int(os.environ.get("BOFORUM_DRILL_SMTP_PORT", "2525"))
PASSWORD = "correct horse battery staple 42"
LEAKS = ("Exception", "at no.boforum", "Stacktrace", "HTTP Status 500")

# What the first run of this drill found on the commit before the fix (written into the report
# with each run, since that run's own section was not written).
BEFORE_FIX = (
    " Before the fix in d86c054, on 4c56839, the first run of this drill found every message"
    " queued during the outage given up after 51 s (11 of 11: ten attempts five seconds apart,"
    " each counted) and none sent when the server returned; against the silent server each"
    " message cost a 10 s timeout within one batch.")

results = []
failures = []


def say(text):
    print(f"[drill-mail] {text}", flush=True)


def note(figure, value, ok=True):
    results.append((figure, value))
    say(("ok    " if ok else "FAIL  ") + f"{figure}: {value}")
    if not ok:
        failures.append(figure)


class Recorder:
    """aiosmtpd's handler: keeps every message's recipients, Message-ID and arrival."""

    def __init__(self):
        self.received = []  # (recipient, message id, perf_counter)
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        message_id = None
        for line in envelope.original_content.split(b"\r\n"):
            if not line:
                break
            if line.lower().startswith(b"message-id:"):
                message_id = line.split(b":", 1)[1].strip().decode()
        now = time.perf_counter()
        with self.lock:
            for rcpt in envelope.rcpt_tos:
                self.received.append((rcpt.lower(), message_id, now))
        return "250 Message accepted for delivery"


class SmtpServer:
    def __init__(self, recorder):
        self.controller = Controller(recorder, hostname="127.0.0.1", port=SMTP_PORT)

    def start(self):
        self.controller.start()

    def stop(self):
        self.controller.stop()


class SilentServer(threading.Thread):
    """Accepts connections on the SMTP port and never says a word; counts the connections."""

    def __init__(self):
        super().__init__(daemon=True)
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", SMTP_PORT))
        self.sock.listen(50)
        # A blocking accept() would keep the port listening after close(): poll instead.
        self.sock.settimeout(0.2)
        self.accepted = []
        self.stopping = False

    def run(self):
        while not self.stopping:
            try:
                conn, _ = self.sock.accept()
            except socket.timeout:
                continue
            except OSError:
                return
            self.accepted.append((conn, time.perf_counter()))

    def stop(self):
        self.stopping = True
        self.join(timeout=5)
        self.sock.close()
        for conn, _ in self.accepted:
            conn.close()


def register(tag, n):
    """Registers a new account through the API: (address, status, milliseconds)."""
    email = f"drill-mail-{tag}-{n}@boforum.test"
    t0 = time.perf_counter()
    status, _ = bb.Session().call("POST", "api/accounts",
                                  {"email": email, "displayName": f"Drill {n}",
                                   "password": PASSWORD, "language": "nb"})
    return email, status, (time.perf_counter() - t0) * 1000


def reset(email):
    t0 = time.perf_counter()
    status, _ = bb.Session().call("POST", "api/accounts/password-reset", {"email": email})
    return email, status, (time.perf_counter() - t0) * 1000


def pages():
    """Home, the registration page and the login page as a visitor: [(path, status, ms, leak)]."""
    answers = []
    for path in ("", "register", "login"):
        t0 = time.perf_counter()
        status, body = bb.Session().call("GET", path, accept="text/html")
        text = body.decode("utf-8", "replace")
        answers.append((path or "/", status, (time.perf_counter() - t0) * 1000,
                        [leak for leak in LEAKS if leak in text]))
    return answers


def queue(first_id):
    """The drill's rows of mail_message: (queued, sent, waiting, given up, max attempts)."""
    row = bb.sql("SELECT COUNT(*), COUNT(sent_at), SUM(sent_at IS NULL AND attempts < 10),"
                 " SUM(sent_at IS NULL AND attempts >= 10), IFNULL(MAX(attempts), 0)"
                 f" FROM mail_message WHERE id > {first_id};").split("\t")
    return tuple(int(v) if v not in ("NULL", "") else 0 for v in (x.strip() for x in row))


def last_error(first_id):
    return bb.sql("SELECT IFNULL(last_error, '-') FROM mail_message"
                  f" WHERE id > {first_id} AND sent_at IS NULL ORDER BY id DESC LIMIT 1;").strip()


def queued_per_recipient(first_id, leftovers):
    """Per recipient: the drill's rows, and the rows left waiting by an earlier run that went out
    during this one."""
    earlier = ",".join(str(i) for i in leftovers) or "0"
    counts = {}
    for line in bb.sql(f"SELECT LOWER(recipient) FROM mail_message WHERE id > {first_id}"
                       f" OR (id IN ({earlier}) AND sent_at IS NOT NULL);").splitlines():
        counts[line] = counts.get(line, 0) + 1
    return counts


def wait_delivered(first_id, recorder, since, seconds=180):
    """Waits until every queued row of the drill is sent (or given up and nothing moves); answers
    the seconds from `since` to the last message received."""
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        queued, sent, waiting, given_up, _ = queue(first_id)
        if waiting == 0:
            break
        time.sleep(0.5)
    time.sleep(3)  # anything sent twice would arrive now
    with recorder.lock:
        last = max((t for _, _, t in recorder.received if t >= since), default=None)
    return None if last is None else last - since


def requests_summary(answers):
    statuses = {}
    for _, status, _ in answers:
        statuses[status] = statuses.get(status, 0) + 1
    slowest = max(ms for _, _, ms in answers)
    median = sorted(ms for _, _, ms in answers)[len(answers) // 2]
    return (", ".join(f"{s} x{c}" for s, c in statuses.items())
            + f"; median {median:.0f} ms, slowest {slowest:.0f} ms"), slowest


def main():
    os.makedirs(os.path.join(REPO, "target"), exist_ok=True)
    write = "--no-write" not in sys.argv
    outage = int(sys.argv[sys.argv.index("--outage") + 1]) if "--outage" in sys.argv else 90
    silent_seconds = (int(sys.argv[sys.argv.index("--silent") + 1])
                      if "--silent" in sys.argv else 45)
    tag = "".join(chr(97 + b % 26) for b in os.urandom(5))
    started = time.time()
    recorder = Recorder()
    # mail_message.sent_at is UTC (the sender's clock).
    server_started = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M:%S")
    smtp = SmtpServer(recorder)
    smtp.start()
    os.environ.update(BOFORUM_SMTP_HOST="127.0.0.1", BOFORUM_SMTP_PORT=str(SMTP_PORT),
                      BOFORUM_SMTP_STARTTLS="false",
                      # The drill registers many accounts from this machine within minutes.
                      BOFORUM_ACCOUNT_REQUESTS_UNLIMITED_CLIENTS="127.0.0.1")
    portal = rt.start_portal("drill-mail")
    silent = None
    try:
        first_id = int(bb.sql("SELECT IFNULL(MAX(id), 0) FROM mail_message;").strip())
        # Mail an earlier run left waiting goes out now, to this drill's server: it is counted too.
        leftovers = [int(i) for i in bb.sql(
            "SELECT id FROM mail_message WHERE sent_at IS NULL AND attempts < 10;").split()]
        leftovers += [int(i) for i in bb.sql(
            f"SELECT id FROM mail_message WHERE sent_at >= '{server_started}';").split()]

        # 1. Server up.
        t0 = time.perf_counter()
        up = [register(tag, n) for n in (1, 2)]
        wait_delivered(first_id, recorder, t0, seconds=60)
        arrived = [r for r, _, _ in recorder.received]
        note("server up: registrations, their mails received",
             f"{len(up)} (status {', '.join(str(s) for _, s, _ in up)}),"
             f" {sum(1 for e, _, _ in up if e in arrived)} received",
             all(s == 202 for _, s, _ in up) and all(e in arrived for e, _, _ in up))

        # 2. Server stopped: connections refused.
        smtp.stop()
        stopped = time.perf_counter()
        down = [register(tag, n) for n in range(3, 13)]
        down.append(reset(bb.DEMO_EDITOR))
        text, _ = requests_summary(down)
        note("server stopped: registrations and a password reset through the API", text,
             all(s == 202 for _, s, _ in down))
        seen_pages = []
        snapshots = []
        while time.perf_counter() - stopped < outage:
            seen_pages += pages()
            snapshots.append((time.perf_counter() - stopped, queue(first_id)))
            time.sleep(5)
        statuses = {}
        for path, status, ms, leaks in seen_pages:
            statuses.setdefault(path, []).append(status)
        note("pages during the outage (home, /register, /login)",
             "; ".join(f"{p}: " + ", ".join(f"{s} x{v.count(s)}" for s in sorted(set(v)))
                       for p, v in statuses.items())
             + f"; slowest {max(ms for _, _, ms, _ in seen_pages):.0f} ms",
             all(s == 200 and not leaks for _, s, _, leaks in seen_pages))
        queued, sent, waiting, given_up, attempts = queue(first_id)
        note(f"queue after {outage} s of outage (rows of the drill)",
             f"{queued} queued, {sent} sent, {waiting} waiting, {given_up} given up,"
             f" most attempts {attempts}; last error: {last_error(first_id)[:160]}",
             waiting == len(down) and given_up == 0)
        first_given_up = next((round(t) for t, q in snapshots if q[3] > 0), None)
        if first_given_up is not None:
            note("first message given up (attempts exhausted) after", f"{first_given_up} s",
                 False)

        # 3. Server back.
        smtp = SmtpServer(recorder)
        smtp.start()
        back = time.perf_counter()
        last = wait_delivered(first_id, recorder, back)
        queued, sent, waiting, given_up, _ = queue(first_id)
        note("server started again: time to the last queued message received",
             "nothing received" if last is None else f"{last:.1f} s", last is not None
             and waiting == 0 and given_up == 0)

        # 4. A server that accepts and never answers.
        smtp.stop()
        silent = SilentServer()
        silent.start()
        silent_at = time.perf_counter()
        hung = [register(tag, n) for n in range(13, 16)]
        text, slowest = requests_summary(hung)
        note("silent server: registrations through the API", text,
             all(s == 202 for _, s, _ in hung) and slowest < 5000)
        silent_pages = []
        while time.perf_counter() - silent_at < silent_seconds:
            silent_pages += pages()
            time.sleep(3)
        note("silent server: pages (home, /register, /login)",
             f"{sum(1 for _, s, _, _ in silent_pages if s == 200)} of {len(silent_pages)} 200;"
             f" slowest {max(ms for _, _, ms, _ in silent_pages):.0f} ms",
             all(s == 200 and not leaks for _, s, _, leaks in silent_pages))
        times = [t - silent_at for _, t in silent.accepted]
        queued, sent, waiting, given_up, attempts = queue(first_id)
        note(f"silent server: connections the sender opened in {silent_seconds} s",
             f"{len(times)} (at {', '.join(f'{t:.0f}' for t in times[:12])} s)", len(times) >= 2)
        note("silent server: queue (rows of the drill)",
             f"{waiting} waiting, {given_up} given up, most attempts {attempts};"
             f" last error: {last_error(first_id)[:160]}", waiting == len(hung) and given_up == 0)
        silent.stop()
        silent = None
        smtp = SmtpServer(recorder)
        smtp.start()
        back = time.perf_counter()
        last = wait_delivered(first_id, recorder, back)
        note("real server back after the silent one: time to the last message received",
             "nothing received" if last is None else f"{last:.1f} s", last is not None)

        # The whole drill: every queued message received once.
        expected = queued_per_recipient(first_id, leftovers)
        with recorder.lock:
            got = {}
            for rcpt, _, _ in recorder.received:
                got[rcpt] = got.get(rcpt, 0) + 1
            ids = [m for _, m, _ in recorder.received]
        lost = {r: n - got.get(r, 0) for r, n in expected.items() if got.get(r, 0) < n}
        twice = {r: got[r] - n for r, n in expected.items() if got.get(r, 0) > n}
        unknown = sorted(set(got) - set(expected))
        dup_ids = len(ids) - len(set(ids))
        note("messages queued by the drill (and left waiting by an earlier run) / received by"
             " the server", f"{sum(expected.values())} / {sum(got.get(r, 0) for r in expected)}"
             f" to {len(expected)} recipients (of which left by an earlier run:"
             f" {len(leftovers)})")
        note("lost (queued, never received)", sum(lost.values()) or 0, not lost)
        note("sent twice (recipients with more than queued, Message-IDs seen twice)",
             f"{sum(twice.values())}, {dup_ids}", not twice and not dup_ids)
        if unknown:
            note("received for recipients the drill did not queue", ", ".join(unknown[:5]))
        note("duration of the drill; load average (1, 5, 15 min) at its end",
             f"{time.time() - started:.0f} s; "
             + ", ".join(f"{x:.1f}" for x in os.getloadavg())
             + f" on {os.cpu_count()} cores (other programs ran beside it)")
    finally:
        if silent:
            silent.stop()
        try:
            smtp.stop()
        except Exception:  # already stopped
            pass
        portal.stop()
    if write:
        intro = (
            "`bench/drill_mail.py` on the run command with `BOFORUM_SMTP_HOST`/`PORT` pointing at"
            " an SMTP server the script runs (aiosmtpd, recording each message's recipients and"
            " Message-ID; STARTTLS off): registrations of new accounts and a password reset through"
            " the API with the server up, stopped (connections refused) and answering never (a"
            " socket that accepts and stays silent); the queue read from the table `mail_message`,"
            " the pages fetched meanwhile, and at the end every message the portal queued compared"
            " with what the server received, per recipient. Commit "
            f"{bb.commit()}, {bb.today()}."
            + BEFORE_FIX)
        bb.write_section("drill-mail",
                         bb.figures_section("## Fault drill: SMTP server unreachable", intro,
                                            [(k, str(v).replace("|", "/")) for k, v in results]),
                         path=os.path.join(REPO, "docs", "reliability.md"))
    say("all passed" if not failures else f"{len(failures)} failed: " + "; ".join(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

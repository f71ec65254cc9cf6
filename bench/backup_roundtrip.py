"""Round trip of deploy/backup.sh and deploy/restore.sh against the run command, with figures.

Starts the run command in this clone (ports from BOFORUM_HTTP_PORT, BOFORUM_DB_PORT,
BOFORUM_ES_PORT and BOFORUM_MANAGEMENT_PORT; the defaults are the README's), fills it through the
API as the demo editor (practices with PDF attachments) after rebuilding the index once, records
three searches (a word of the new practices, a word only in their PDFs, "bustadlaus"), backs up
while the portal runs, then changes things (edits a practice, archives one, adds one, removes an attachment
through the API and deletes another's file on disk), stops the portal, restores with only MariaDB
running (started by hand on the run command's data directory, as a database server stays up in
production), starts the portal again and rebuilds the index with deploy/reindex.sh. It compares
CHECKSUM TABLE of every table and the SHA-256 of every attachment file as they were when the
backup was taken with what the restore left, the searches with the first ones, and the downloaded
attachments with the PDFs sent. Writes the figures to docs/reliability.md ("Backup and restore
round trip"); exits 1 if anything differs.

    python3 bench/backup_roundtrip.py [--no-write]

Needs the run command's ports free (it starts and stops the run command itself) and the clone
outside /tmp. Python 3 standard library only.
"""
import hashlib
import json
import os
import random
import shutil
import signal
import string
import subprocess
import sys
import time
import urllib.parse
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import boforum_bench as bb  # noqa: E402

REPO = bb.REPO
HTTP_PORT = os.environ.get("BOFORUM_HTTP_PORT", "8080")
DB_PORT = os.environ.get("BOFORUM_DB_PORT", "3306")
ES_PORT = os.environ.get("BOFORUM_ES_PORT", "9200")
MANAGEMENT_PORT = os.environ.get("BOFORUM_MANAGEMENT_PORT", "9080")
URL = f"http://localhost:{HTTP_PORT}/"
FILES = os.path.join(REPO, "data", "files")
MARIADB = os.path.join(REPO, "target", "mariadb")
BACKUPS = os.path.join(REPO, "target", "roundtrip-backups")
# Written by the job runner whenever a periodic job runs (lease, last start and end, run count):
# it changes every few seconds while the portal is up, so no two readings agree.
VOLATILE = {"job"}
RELIABILITY_INTRO = """# Reliability

What was done to the portal to see that it keeps its data, and what came out: each section is
written by the script it names (under `bench/`), with the machine and the data set.
"""
bb.BASE = URL
SCRIPT_ENV = {
    "BOFORUM_DB_URL": f"jdbc:mariadb://127.0.0.1:{DB_PORT}/boforum",
    "BOFORUM_DB_USER": "boforum",
    "BOFORUM_DB_PASSWORD": "boforum",
    "BOFORUM_MARIADB_BIN": os.path.join(MARIADB, "bin"),
    "BOFORUM_FILES_DIRECTORY": "data/files",
    "BOFORUM_URL": URL,
}


def say(text):
    print(f"[roundtrip] {text}", flush=True)


def pdf(text):
    """A small valid PDF of one page showing text (ASCII words), with a correct xref table."""
    content = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
            .encode())
    return bytes(out)


def start_portal(label):
    """The run command, started again (up to three times) when its search node could not bind its
    ports: the transport port (the HTTP port + 100) can be taken for a moment as another
    program's ephemeral port on a busy machine."""
    for attempt in (1, 2, 3):
        portal = RunCommand(f"{label}-{attempt}")
        if "search node did not start" not in open(portal.log, errors="replace").read():
            return portal
        say("the search node did not start; starting the run command again")
        portal.stop()
    raise SystemExit("the search node did not start three times: see target/run/elasticsearch.log")


# What this script started and has not stopped yet: stopped at the end whatever happened, so that
# a failed run leaves no server behind on the data of the next.
RUNNING = []


class RunCommand:
    """The README's run command in this clone, on this script's ports."""

    def __init__(self, label, env_extra=None, log_prefix="roundtrip"):
        """env_extra: settings on top of this script's ports (another script's, such as
        BOFORUM_ES_URL for a search node started apart)."""
        self.log = os.path.join(REPO, "target", f"{log_prefix}-{label}.log")
        env = dict(os.environ, BOFORUM_HTTP_PORT=HTTP_PORT, BOFORUM_DB_PORT=DB_PORT,
                   BOFORUM_ES_PORT=ES_PORT, BOFORUM_MANAGEMENT_PORT=MANAGEMENT_PORT,
                   BOFORUM_PUBLIC_URL=URL)
        for key in ("BOFORUM_DB_URL", "BOFORUM_ES_URL"):
            env.pop(key, None)
        env.update(env_extra or {})
        t0 = time.perf_counter()
        os.makedirs(os.path.dirname(self.log), exist_ok=True)  # a fresh clone has no target/
        self.process = subprocess.Popen(["mvn", "-q", "-B", "-o", "-Prun", "package"], cwd=REPO,
                                        env=env, stdout=open(self.log, "w"),
                                        stderr=subprocess.STDOUT, start_new_session=True)
        RUNNING.append(self)
        while "Press Ctrl-C" not in open(self.log, errors="replace").read():
            if self.process.poll() is not None:
                raise SystemExit(f"the run command ended ({self.process.returncode}): {self.log}")
            if time.perf_counter() - t0 > 1200:
                self.stop()
                raise SystemExit(f"the run command was not ready in 20 minutes: {self.log}")
            time.sleep(2)
        self.seconds = time.perf_counter() - t0
        say(f"portal ready in {self.seconds:.0f} s ({self.log})")

    def stop(self):
        if self in RUNNING:
            RUNNING.remove(self)
        # The whole process group, as Ctrl-C in a terminal does: SIGTERM to Maven's JVM alone has
        # left its Payara running now and then (a known fault of the run command, not found yet).
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        self.process.wait(timeout=300)
        wait_gone(["target/mariadb/bin/mariadbd", "target/payara-micro.jar", "target/payara-launcher/"])


def wait_gone(markers):
    """Waits until no process of this clone whose command line holds one of markers is left."""
    for _ in range(300):
        left = []
        for pid in os.listdir("/proc"):
            if not pid.isdigit():
                continue
            try:
                cmd = open(f"/proc/{pid}/cmdline", "rb").read().replace(b"\0", b" ").decode()
            except OSError:
                continue
            if any(os.path.join(REPO, m) in cmd for m in markers):
                left.append(pid)
        if not left:
            return
        time.sleep(1)
    raise SystemExit(f"processes still running after the stop: {left}")


class Database:
    """mariadbd alone on the run command's data directory, with the run command's options."""

    def __init__(self):
        self.process = subprocess.Popen([
            os.path.join(MARIADB, "bin", "mariadbd"), "--no-defaults", "--console",
            "--max_allowed_packet=64M", f"--basedir={MARIADB}",
            f"--datadir={os.path.join(REPO, 'data', 'mariadb')}",
            f"--tmpdir={os.path.join(MARIADB, 'tmp')}", f"--port={DB_PORT}",
            f"--socket={os.path.join(MARIADB, 'roundtrip.sock')}", "--user=root", "--skip-ssl",
            "--bind-address=127.0.0.1", "--character-set-server=utf8mb4",
            "--collation-server=utf8mb4_unicode_ci", "--innodb-buffer-pool-size=32M",
            "--skip-name-resolve"],
            stdout=open(os.path.join(REPO, "target", "roundtrip-mariadbd.log"), "w"),
            stderr=subprocess.STDOUT, start_new_session=True)
        RUNNING.append(self)
        for _ in range(120):
            try:
                bb.sql("SELECT 1")
                return
            except SystemExit:
                time.sleep(1)
        raise SystemExit("mariadbd did not answer: target/roundtrip-mariadbd.log")

    def stop(self):
        if self in RUNNING:
            RUNNING.remove(self)
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=300)


def stop_what_runs():
    """Stops what is still running, last started first."""
    for started in reversed(list(RUNNING)):
        try:
            started.stop()
        except (OSError, subprocess.SubprocessError, SystemExit) as e:
            say(f"could not stop {type(started).__name__}: {e}")


def table_checksums():
    """CHECKSUM TABLE of every table of the schema: {table: checksum}."""
    tables = bb.sql("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA ="
                    " DATABASE() AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME").split()
    rows = bb.sql("CHECKSUM TABLE " + ", ".join(f"`{t}`" for t in tables) + " EXTENDED;")
    result = {}
    for line in rows.splitlines():
        name, checksum = line.split("\t")
        result[name.split(".", 1)[1]] = checksum
    return result


def row_count():
    tables = bb.sql("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA ="
                    " DATABASE() AND TABLE_TYPE = 'BASE TABLE'").split()
    counts = " UNION ALL ".join(f"SELECT COUNT(*) AS c FROM `{t}`" for t in tables)
    return int(bb.sql(f"SELECT SUM(c) FROM ({counts}) AS counts").strip())


def file_checksums():
    """SHA-256 of every file under data/files but uploads in progress: {relative path: digest}."""
    result = {}
    for root, dirs, names in os.walk(FILES):
        dirs[:] = [d for d in dirs if not (root == FILES and d == "incoming")]
        for name in names:
            path = os.path.join(root, name)
            result[os.path.relpath(path, FILES)] = hashlib.sha256(open(path, "rb").read()).hexdigest()
    return result


def differences(before, after, skip=()):
    keys = (set(before) | set(after)) - set(skip)
    return sorted(k for k in keys if before.get(k) != after.get(k))


def hits(query):
    """The search's hits as a sorted list of (type, path), and the total."""
    status, text = bb.Session().call("GET", "api/search?size=50&q=" + urllib.parse.quote(query),
                                     base=URL)
    if status != 200:
        raise SystemExit(f"search {query}: {status}")
    data = json.loads(text)
    if data["degraded"]:
        raise SystemExit(f"search {query}: degraded")
    return sorted((h["type"], h["path"]) for h in data["hits"]), data["total"]


def wait_for_hits(query, expected_total, seconds=120):
    t0 = time.time()
    while True:
        found, total = hits(query)
        if total == expected_total:
            return found
        if time.time() - t0 > seconds:
            raise SystemExit(f"search {query}: {total} hits, not {expected_total}, after {seconds} s")
        time.sleep(1)


BACKUP_USER, BACKUP_PASSWORD = "boforum_backup", "roundtrip-backup"
BACKUP_GRANTS = "SELECT, SHOW VIEW, TRIGGER, EVENT"


def backup_account():
    """The account deploy/README.md advises for backups, made by the server's administrator (root
    through the run command's socket)."""
    statements = (f"CREATE USER IF NOT EXISTS '{BACKUP_USER}'@'127.0.0.1'"
                  f" IDENTIFIED BY '{BACKUP_PASSWORD}';"
                  f" REVOKE ALL PRIVILEGES, GRANT OPTION FROM '{BACKUP_USER}'@'127.0.0.1';"
                  f" GRANT {BACKUP_GRANTS} ON boforum.* TO '{BACKUP_USER}'@'127.0.0.1';")
    done = subprocess.run([os.path.join(MARIADB, "bin", "mariadb"), "--skip-ssl", "-uroot",
                           f"--socket={os.path.join(MARIADB, f'mariadb-{DB_PORT}.sock')}",
                           "--execute", statements], capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit("the backup account could not be made: " + done.stderr[-2000:])


def run(command, env_extra=None):
    t0 = time.perf_counter()
    env = dict(os.environ)
    env.update(SCRIPT_ENV)
    env.update(env_extra or {})
    done = subprocess.run(command, cwd=REPO, env=env,
                          capture_output=True, text=True)
    seconds = time.perf_counter() - t0
    sys.stderr.write(done.stderr)
    if done.returncode != 0:
        raise SystemExit(f"{command[0]} failed ({done.returncode})")
    return done.stdout.strip(), seconds


class Editor:
    def __init__(self):
        self.session = bb.login(bb.DEMO_EDITOR)

    def practice(self, title, body_text, codes):
        body = {"title": title, "summary": "Laget av rundturen for sikkerhetskopi.",
                "body": body_text, "language": "nb", "owner": "bergen-kommune",
                "themes": codes["theme"][:1], "targetGroups": codes["target_group"][:1],
                "places": codes["municipality"][:1], "activityStatus": "active",
                "evidenceLevel": "described"}
        slug = self.session.json("POST", "api/practices", body)["slug"]
        self.session.json("POST", f"api/practices/{slug}/transitions", {"transition": "PUBLISH"})
        return slug, body

    def attach(self, slug, title, data):
        req = urllib.request.Request(
            f"{URL}api/practices/{slug}/attachments?title=" + urllib.parse.quote(title),
            data=data, method="POST")
        req.add_header("Content-Type", "application/pdf")
        req.add_header("X-File-Name", title.replace(" ", "-") + ".pdf")
        req.add_header("Origin", URL.rstrip("/"))
        with self.session.opener.open(req, timeout=60) as r:
            return json.loads(r.read())


def codes(session):
    result = {}
    for name in ("theme", "target_group", "municipality"):
        result[name] = [i["code"] for i in session.json("GET", f"api/taxonomies/{name}")]
    return result


def download(path):
    status, data = bb.Session().call("GET", path.lstrip("/"), accept="application/pdf", base=URL)
    return status, hashlib.sha256(data).hexdigest()


def main():
    write = "--no-write" not in sys.argv
    rnd = random.Random()
    word = "rundtur" + "".join(rnd.choice(string.ascii_lowercase) for _ in range(6))
    pdf_word = "pdford" + "".join(rnd.choice(string.ascii_lowercase) for _ in range(6))
    shutil.rmtree(BACKUPS, ignore_errors=True)
    os.makedirs(BACKUPS)

    say("starting the run command")
    portal = start_portal("first")
    # The index may hold leftovers of an earlier run (a restore without its rebuild): rebuild it
    # first, so that the searches recorded below are the database's.
    run(["deploy/reindex.sh"], {"BOFORUM_ADMIN_EMAIL": bb.DEMO_ADMIN,
                                "BOFORUM_ADMIN_PASSWORD": bb.demo_password()})
    editor = Editor()
    taxonomy = codes(editor.session)
    slugs, bodies, sent = [], {}, {}
    for n in range(3):
        slug, body = editor.practice(f"Rundtur {word} nummer {n + 1}",
                                     f"Oppfølging av leietakere i kommunal bolig, {word}. " * 5,
                                     taxonomy)
        slugs.append(slug)
        bodies[slug] = body
        data = pdf(f"Rapport {n + 1} om {pdf_word} og bostedslose")
        view = editor.attach(slug, f"Rapport {n + 1}", data)
        sent[view["path"]] = hashlib.sha256(data).hexdigest()
        if n == 0:
            data = pdf(f"Tiltaksplan om {pdf_word}")
            view = editor.attach(slug, "Tiltaksplan", data)
            sent[view["path"]] = hashlib.sha256(data).hexdigest()
    searches = {word: wait_for_hits(word, 3), pdf_word: wait_for_hits(pdf_word, 3),
                "bustadlaus": hits("bustadlaus")[0]}
    say(f"searches recorded: {', '.join(f'{q}: {len(h)} hits' for q, h in searches.items())}")

    say("backing up while the portal runs")
    before = table_checksums()
    files_before = file_checksums()
    rows = row_count()
    practices = int(bb.sql("SELECT COUNT(*) FROM practice").strip())
    attachments = int(bb.sql("SELECT COUNT(*) FROM attachment").strip())
    # The backup is taken by an account with only the grants deploy/README.md names for it.
    backup_account()
    backup, backup_seconds = run(["deploy/backup.sh", BACKUPS],
                                 {"BOFORUM_DB_USER": BACKUP_USER,
                                  "BOFORUM_DB_PASSWORD": BACKUP_PASSWORD})
    after_backup = table_checksums()
    changed_during_backup = set(differences(before, after_backup))
    if file_checksums() != files_before:
        raise SystemExit("attachment files changed while backing up: run again")
    size = int(subprocess.run(["du", "-sb", backup], capture_output=True, text=True)
               .stdout.split()[0])
    say(f"backup {backup}: {backup_seconds:.1f} s, {size} bytes; changed meanwhile:"
        f" {sorted(changed_during_backup) or 'nothing'}")

    say("changing things: edit, archive, add, remove an attachment, delete a file")
    first, second, third = slugs
    details = editor.session.json("GET", f"api/practices/{first}")
    changed = dict(bodies[first], title=f"Endret {word}", version=details["version"])
    editor.session.json("PUT", f"api/practices/{first}", changed)
    editor.session.json("POST", f"api/practices/{second}/transitions", {"transition": "ARCHIVE"})
    added, _ = editor.practice(f"Ny etter sikkerhetskopien {word}", f"Kom til etterpå, {word}. " * 5,
                               taxonomy)
    attachment = editor.session.json("GET", f"api/practices/{first}")["attachments"][0]
    status, _ = editor.session.call("DELETE", f"api/practices/{first}/attachments/{attachment['id']}")
    if status != 204:
        raise SystemExit(f"removing an attachment: {status}")
    key = bb.sql(f"SELECT a.storage_key FROM attachment a JOIN practice p ON p.id = a.practice_id"
                 f" WHERE p.slug = '{third}'").strip()
    os.remove(os.path.join(FILES, key))
    t0 = time.time()
    while True:  # the edited, the third and the new one; not the archived one
        stale, total = hits(word)
        if ("practice", f"practices/{added}") in stale and total == 3:
            break
        if time.time() - t0 > 120:
            raise SystemExit(f"the changes did not reach the index: {stale}")
        time.sleep(1)
    say(f"after the changes '{word}' finds {stale}")

    say("stopping the portal")
    portal.stop()
    say("restoring with MariaDB alone")
    database = Database()
    try:
        # What the changes did, measured the same way: the comparison below must be able to fail.
        changed_tables = differences(before, table_checksums(), skip=changed_during_backup | VOLATILE)
        changed_files = differences(files_before, file_checksums())
        say(f"before the restore, tables unlike the backup's: {changed_tables};"
            f" files: {changed_files}")
        _, restore_seconds = run(["deploy/restore.sh", "--yes-the-portal-is-stopped", backup])
        restored = table_checksums()
        files_restored = file_checksums()
    finally:
        database.stop()
    table_diff = differences(before, restored, skip=changed_during_backup | VOLATILE)
    file_diff = differences(files_before, files_restored)
    compared_tables = len((set(before) | set(restored)) - changed_during_backup - VOLATILE)
    say(f"tables compared: {compared_tables}, different: {table_diff or 0};"
        f" files compared: {len(files_before)}, different: {file_diff or 0}")

    say("starting the portal again")
    portal = start_portal("second")
    try:
        t0 = time.time()
        while True:  # the portal says it is ready once pages answer; the index may follow
            try:
                before_reindex = hits(word)[0]
                break
            except SystemExit:
                if time.time() - t0 > 120:
                    raise
                time.sleep(2)
        say(f"before the rebuild '{word}' finds {before_reindex}")
        _, reindex_seconds = run(["deploy/reindex.sh"], {
            "BOFORUM_ADMIN_EMAIL": bb.DEMO_ADMIN, "BOFORUM_ADMIN_PASSWORD": bb.demo_password()})
        search_diff = []
        for query, found in searches.items():
            now = hits(query)[0]
            if now != found:
                search_diff.append(query)
                say(f"'{query}' found {found} at the backup, now {now}")
        downloads = {path: download(path) for path in sent}
        download_diff = [p for p, (status, digest) in downloads.items()
                         if status != 200 or digest != sent[p]]
    finally:
        portal.stop()
    say(f"searches different after the rebuild: {search_diff or 0};"
        f" attachments downloaded unlike the PDFs sent: {download_diff or 0}")

    total_diff = len(table_diff) + len(file_diff) + len(search_diff) + len(download_diff)
    figures = [
        ("data set", f"the seed content, what earlier runs left, and {len(slugs)} practices with"
                     f" {len(sent)} PDF attachments made by this run through the API: {practices}"
                     f" practices, {attachments} attachments, {rows:,} rows in {len(before)}"
                     f" tables; {len(files_before)} files under data/files"),
        ("backup (online, `deploy/backup.sh`, as an account with " + BACKUP_GRANTS + " only)",
         f"{backup_seconds:.1f} s"),
        ("backup size", f"{size / 1024:.0f} KiB ({size:,} bytes)"),
        ("restore (`deploy/restore.sh`: checksums, safety backup, files, database, swap)",
         f"{restore_seconds:.1f} s"),
        ("index rebuild after the start (`deploy/reindex.sh`)", f"{reindex_seconds:.1f} s"),
        ("tables compared (CHECKSUM TABLE EXTENDED)",
         f"{compared_tables} (left out: {', '.join(sorted(VOLATILE | changed_during_backup))})"),
        ("attachment files compared (SHA-256)", len(files_before)),
        ("searches compared after the rebuild (hits as a set)", len(searches)),
        ("attachments downloaded and compared with the PDFs sent", len(sent)),
        ("before the restore, after the changes: tables and files unlike the backup's",
         f"{len(changed_tables)} tables ({', '.join(changed_tables)}), {len(changed_files)} files"),
        ("differences found after the restore", total_diff),
    ]
    for k, v in figures:
        print(f"| {k} | {v} |")
    if write:
        intro = (
            "`bench/backup_roundtrip.py` on the run command: practices and PDFs added through the"
            " API after a first rebuild of the index, three searches recorded (a word of the new"
            " practices, a word only in their PDFs, `bustadlaus`), `deploy/backup.sh` while the portal ran, then a practice"
            " edited, one archived, one added, an attachment removed through the API and another"
            " attachment's file deleted on disk; the portal stopped, `deploy/restore.sh` run with"
            " MariaDB alone, the portal started and `deploy/reindex.sh` run. Compared: every"
            " table's `CHECKSUM TABLE ... EXTENDED` when the backup was taken and after the restore"
            " (the table `job` left out: the job runner writes its leases and run counts every few"
            " seconds), the SHA-256 of every file under `data/files`, the searches' hits, and the"
            " attachments downloaded after the restore against the PDFs sent. Commit "
            f"{bb.commit()}, {bb.today()}.")
        report = os.path.join(REPO, "docs", "reliability.md")
        if not os.path.exists(report):
            with open(report, "w") as f:
                f.write(RELIABILITY_INTRO)
        bb.write_section("backup-roundtrip",
                         bb.figures_section("## Backup and restore round trip", intro, figures),
                         path=report)
    if total_diff:
        raise SystemExit(f"{total_diff} differences")


if __name__ == "__main__":
    try:
        main()
    finally:
        stop_what_runs()

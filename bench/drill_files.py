"""Fault drill (issue 17): the attachment directory full, then read-only, with the portal running.

Starts the run command in this clone (ports from BOFORUM_HTTP_PORT, BOFORUM_DB_PORT,
BOFORUM_ES_PORT and BOFORUM_MANAGEMENT_PORT, as bench/backup_roundtrip.py), makes a practice with
one PDF through the API as the demo editor, then mounts a small tmpfs over data/files (the run
command's boforum.files.directory) with a copy of what was there, and

1. full: fills the tmpfs up to a little free space and uploads PDFs larger than that, then fills it
   completely and uploads a small PDF: through the API (POST api/practices/<slug>/attachments) and
   through the practice page's upload form (the JSF multipart POST a browser sends);
2. read-only: remounts the tmpfs read-only (the filler removed) and uploads the same way;
3. after both: unmounts, and uploads the largest PDF again, through the API and the form.

After each case it checks that every answer was a clear one (API: a JSON error whose text is a
message of the bundles, status 503 or 507, no stack trace; page: the form again, the message a
text of the bundles, the title typed kept), that no attachment row lacks its file and no file its
row, that nothing is left in incoming/, that the practice's version and attachments are as before,
and that the practice page, the home page, the list and the download of the existing attachment
still answer. Writes the figures to docs/reliability.md ("Attachment directory full or
read-only") and exits 1 if a check failed. Always unmounts what it mounted.

    python3 bench/drill_files.py [--no-write]

Needs root (mount), the run command's ports free, and the clone outside /tmp. Python 3 standard
library only.
"""
import hashlib
import html
import html.parser
import http.client
import json
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.parse
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import boforum_bench as bb  # noqa: E402
from backup_roundtrip import DB_PORT, FILES, REPO, URL, Editor, codes, pdf, start_portal  # noqa: E402

# cluster_check sets a default database port for its own cluster: ours must win.
os.environ.setdefault("BOFORUM_DB_PORT", DB_PORT)
from cluster_check import form  # noqa: E402

ORIGIN = URL.rstrip("/")
BUNDLES = os.path.join(REPO, "src", "main", "resources", "no", "boforum", "i18n")
SAVED = os.path.join(REPO, "target", "drill-files-saved")
TMPFS_SPARE = 1024 * 1024  # room left above what the files directory already holds
BIG = 1536 * 1024  # the PDFs of the "larger than what is left" uploads
FILLER = ".drill-filler"
API_TRIES = 3  # per case and kind of upload
FORM_TRIES = 2

rows = []  # (figure, value)
failures = []
earlier_leftovers = set()  # in incoming/ before the drill began: not the drill's


def say(text):
    print(f"[drill-files] {text}", flush=True)


def note(figure, value, ok=True):
    rows.append((figure, value))
    say(("ok    " if ok else "FAIL  ") + f"{figure}: {value}")
    if not ok:
        failures.append(figure)


def bundle_patterns(only=None):
    """Every message of the three bundles (or only the key only's) as a regular expression ({0}
    matches anything)."""
    patterns = []
    for language in ("nb", "nn", "en"):
        with open(os.path.join(BUNDLES, f"messages_{language}.properties"), encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if not line or line.startswith(("#", "!")) or "=" not in line:
                    continue
                key, value = line.split("=", 1)
                if only is not None and key.strip() != only:
                    continue
                value = value.strip().replace("''", "'")
                if value:
                    parts = re.split(r"\{\d+[^}]*\}", value)
                    patterns.append(re.compile("^" + ".+".join(map(re.escape, parts)) + "$"))
    return patterns


PATTERNS = bundle_patterns()


# What each case must answer: the status and the message that says which fault it is.
REFUSALS = {"full": (507, bundle_patterns("error.storageFull")),
            "read-only": (503, bundle_patterns("error.storageNotWritable"))}


def from_bundles(text, patterns=PATTERNS):
    return any(p.match(text.strip()) for p in patterns)


def big_pdf(text, size):
    """A valid PDF of about size bytes: pdf(text) with an incremental update that adds one
    unreferenced stream of size bytes. Bulk that the text extraction never reads, so that the
    drill measures the storage and not PDFBox (a page of a million and a half characters of text
    exhausted the run command's 512 MB heap in a first try)."""
    base = pdf(text)
    previous = int(re.search(rb"startxref\n(\d+)", base).group(1))
    offset = len(base)
    bulk = (b"<< /Length %d >>\nstream\n" % size) + b"0" * size + b"\nendstream"
    update = b"6 0 obj\n" + bulk + b"\nendobj\n"
    xref = offset + len(update)
    update += (b"xref\n6 1\n%010d 00000 n \ntrailer\n<< /Size 7 /Root 1 0 R /Prev %d >>\n"
               b"startxref\n%d\n%%%%EOF\n" % (offset, previous, xref))
    return base + update


def mounted(path):
    path = os.path.realpath(path)
    with open("/proc/mounts") as f:
        return any(line.split()[1] == path for line in f)


def sh(*command):
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)}: {done.stderr.strip()}")
    return done.stdout


def free_bytes(path):
    s = os.statvfs(path)
    return s.f_bavail * s.f_frsize


def attachment_files(root):
    """Relative paths of the attachment files (two-character folders), not incoming/ or exports."""
    found = set()
    for entry in os.listdir(root):
        folder = os.path.join(root, entry)
        if len(entry) == 2 and os.path.isdir(folder):
            found.update(f"{entry}/{name}" for name in os.listdir(folder))
    return found


def orphans():
    """(rows without their file, files without their row, leftovers in incoming/)."""
    keys = set(bb.sql("SELECT storage_key FROM attachment").split())
    files = attachment_files(FILES)
    incoming = os.path.join(FILES, "incoming")
    left = sorted(os.listdir(incoming)) if os.path.isdir(incoming) else []
    return sorted(keys - files), sorted(files - keys), left


class Portal:
    """Requests as the logged-in demo editor: the API session's cookie serves the pages too."""

    def __init__(self, session):
        self.session = session

    def request(self, method, path, body=None, headers=None):
        url = urllib.parse.urlsplit(urllib.parse.urljoin(URL, path))
        conn = http.client.HTTPConnection(url.hostname, url.port, timeout=120)
        sent = {"Origin": ORIGIN, "Cookie": self.session.cookie_header(), **(headers or {})}
        try:
            conn.request(method, url.path + ("?" + url.query if url.query else ""), body=body,
                         headers=sent)
            r = conn.getresponse()
            return r.status, {k.lower(): v for k, v in r.getheaders()}, r.read()
        finally:
            conn.close()

    def api_upload(self, slug, title, data):
        return self.request("POST", f"api/practices/{slug}/attachments?title="
                            + urllib.parse.quote(title), data,
                            {"Content-Type": "application/pdf", "Accept": "application/json",
                             "X-File-Name": title.replace(" ", "-") + ".pdf"})

    def form_upload(self, slug, title, data):
        """The practice page's upload form, sent as a browser sends it: (status, page or
        redirect target, the page's messages)."""
        status, _, page = self.request("GET", f"practices/{slug}", headers={"Accept": "text/html"})
        if status != 200:
            return status, f"practice page {status}", []
        f = form(page.decode("utf-8", "replace"), "upload")
        boundary = "drill" + uuid.uuid4().hex
        body = bytearray()
        fields = {k: v for k, v in f.fields.items() if k != "upload:file"}
        fields.update({"upload:title": title, "upload:send": "upload"})
        for name, value in fields.items():
            body += (f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n"
                     f"{value}\r\n").encode()
        body += (f"--{boundary}\r\nContent-Disposition: form-data; name=\"upload:file\";"
                 f" filename=\"{title.replace(' ', '-')}.pdf\"\r\n"
                 "Content-Type: application/pdf\r\n\r\n").encode() + data + b"\r\n"
        body += f"--{boundary}--\r\n".encode()
        status, headers, answer = self.request(
            "POST", f.action, bytes(body),
            {"Content-Type": f"multipart/form-data; boundary={boundary}", "Accept": "text/html",
             "Referer": URL + f"practices/{slug}"})
        text = answer.decode("utf-8", "replace")
        return status, headers.get("location") or text, Messages.of(text)

    def get(self, path, accept="text/html"):
        status, _, body = self.request("GET", path, headers={"Accept": accept})
        return status, body


class Messages(html.parser.HTMLParser):
    """The texts of a page's form messages (global list and beside fields), and the title field's
    value."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth, self.texts, self.title = 0, [], None

    @classmethod
    def of(cls, page):
        m = cls()
        m.feed(page)
        return m

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if self.depth:
            self.depth += 1
        elif "form-messages" in classes or ("field-error" in classes and tag == "span"):
            self.depth = 1
            self.texts.append("")
        if tag == "input" and a.get("name") == "upload:title":
            self.title = a.get("value") or ""

    def handle_endtag(self, tag):
        if self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.texts[-1] += data

    def messages(self):
        return [t.strip() for t in self.texts if t.strip()]


def headline(page):
    """A page in one line for the report: its title."""
    m = re.search(r"<title[^>]*>(.*?)</title>", page, re.S)
    return "page titled " + repr(html.unescape(m.group(1)).strip()) if m else page[:120]


def leaks(text):
    return bool(re.search(r"Exception|\bat (no\.boforum|java\.|org\.)|StackTrace", text))


def attempt_uploads(portal, case, slug, uploads, expected):
    """Sends each (kind, title, data); answers a list of (kind, status, ok, detail)."""
    answers = []
    for kind, title, data in uploads:
        if kind == "api":
            status, _, body = portal.api_upload(slug, title, data)
            text = body.decode("utf-8", "replace")
            try:
                error = json.loads(text).get("error", "")
            except ValueError:
                error = ""
            if expected == "refused":
                want, says = REFUSALS[case]
                ok = status == want and from_bundles(error, says) and not leaks(text)
            else:
                ok = status == 201
            answers.append(("API", status, ok, error or text[:200]))
        else:
            status, where, page = portal.form_upload(slug, title, data)
            shown = page.messages() if hasattr(page, "messages") else []
            if expected == "refused":
                ok = (status == 200 and any(from_bundles(t, REFUSALS[case][1]) for t in shown)
                      and all(from_bundles(t) for t in shown)
                      and page.title == title and not leaks(where))
                detail = "; ".join(shown) or headline(where)
                if status == 200 and page.title != title:
                    detail += f" (title field: {page.title!r})"
            else:
                ok = status in (302, 303) and f"/practices/{slug}" in where
                detail = where if status in (302, 303) else headline(where)
            answers.append(("form", status, ok, detail))
        say(f"{case}: {answers[-1][0]} upload '{title}' ({len(data)} bytes): {answers[-1][1]}"
            f" {answers[-1][3][:300]}")
    return answers


def summary(answers):
    counts = {}
    for kind, status, _, _ in answers:
        counts[f"{kind} {status}"] = counts.get(f"{kind} {status}", 0) + 1
    return ", ".join(f"{k} x{v}" for k, v in sorted(counts.items()))


def state_of(portal, slug):
    status, body = portal.get(f"api/practices/{slug}", accept="application/json")
    data = json.loads(body)
    return data["version"], sorted(a["id"] for a in data["attachments"])


def check_case(portal, case, slug, answers, before, existing):
    note(f"{case}: uploads tried (API / form)",
         f"{sum(1 for a in answers if a[0] == 'API')} / {sum(1 for a in answers if a[0] == 'form')}")
    note(f"{case}: answers by status", summary(answers))
    bad = [f"{k} {s}: {d[:120]}" for k, s, ok, d in answers if not ok]
    note(f"{case}: answers that were not a clear refusal (507 when full, 503 when read-only, or"
         " the form again; the message of that fault, title kept, no stack trace)",
         len(bad) if not bad else f"{len(bad)}: " + " / ".join(bad), not bad)
    messages = sorted({d for k, s, ok, d in answers if ok})
    note(f"{case}: messages shown", " / ".join(messages) or "none")
    after = state_of(portal, slug)
    note(f"{case}: practice version and attachments before / after",
         f"{before[0]} {before[1]} / {after[0]} {after[1]}", before == after)
    common(portal, case, existing)


def common(portal, case, existing):
    missing, unknown, left = orphans()
    total = int(bb.sql("SELECT COUNT(*) FROM attachment").strip())
    note(f"{case}: attachment rows checked, rows without file, files without row",
         f"{total}, {len(missing)}, {len(unknown)}", not missing and not unknown)
    new = sorted(set(left) - earlier_leftovers)
    note(f"{case}: leftovers in incoming/ (new since the drill began)",
         len(new) if not new else ", ".join(new), not new)
    statuses = {}
    for path in ("", "practices", f"practices/{existing['slug']}"):
        statuses["/" + path] = portal.get(path)[0]
    status, body = portal.get(existing["path"].lstrip("/"), accept="application/pdf")
    same = status == 200 and hashlib.sha256(body).hexdigest() == existing["sha256"]
    statuses["existing attachment"] = f"{status}{'' if same else ' (other bytes)'}"
    note(f"{case}: other pages and the existing attachment's download",
         ", ".join(f"{k} {v}" for k, v in statuses.items()),
         all(v in (200, "200") for v in statuses.values()))


def main():
    write = "--no-write" not in sys.argv
    if os.geteuid() != 0:
        raise SystemExit("the drill mounts a tmpfs: run it as root")
    if mounted(FILES):
        raise SystemExit(f"{FILES} is a mount point already: unmount it first")
    started = time.time()
    say("starting the run command")
    os.makedirs(os.path.join(REPO, "target"), exist_ok=True)  # RunCommand's log goes there
    portal_process = start_portal("drill-files")
    mount_done = False
    try:
        editor = Editor()
        portal = Portal(editor.session)
        slug, _ = editor.practice(f"Øvelse fullt filområde {uuid.uuid4().hex[:6]}",
                                  "Øvelse: vedleggsmappen full eller skrivebeskyttet. " * 5,
                                  codes(editor.session))
        small = pdf("Rapport om ovelsen med full disk")
        first = editor.attach(slug, "Rapport foer ovelsen", small)
        existing = {"slug": slug, "path": first["path"],
                    "sha256": hashlib.sha256(small).hexdigest()}
        missing, unknown, left = orphans()
        earlier_leftovers.update(left)
        note("before the drill: attachment rows without file, files without row, uploads left"
             " in incoming/ by earlier runs", f"{len(missing)}, {len(unknown)}, {len(left)}")

        # Mount a small tmpfs over the files directory, with a copy of what it held.
        shutil.rmtree(SAVED, ignore_errors=True)
        shutil.copytree(FILES, SAVED, symlinks=True)
        used = int(sh("du", "-sb", FILES).split()[0])
        size = used + TMPFS_SPARE
        size -= size % 4096
        sh("mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", FILES)
        mount_done = True
        sh("cp", "-a", SAVED + "/.", FILES)
        say(f"tmpfs of {size} bytes over {FILES}, {used} bytes copied in,"
            f" {free_bytes(FILES)} free")

        big = big_pdf("Stor rapport om ovelsen med full disk", BIG)
        before = state_of(portal, slug)
        # 1a. Less room than the PDF needs.
        free = free_bytes(FILES)
        with open(os.path.join(FILES, FILLER), "wb", buffering=0) as f:
            f.write(b"\0" * max(0, free - 256 * 1024))
        left_room = free_bytes(FILES)
        uploads = ([("api", f"Stor rapport {n + 1}", big) for n in range(API_TRIES)]
                   + [("form", f"Stor rapport skjema {n + 1}", big) for n in range(FORM_TRIES)])
        answers = attempt_uploads(portal, "full", slug, uploads, "refused")
        # 1b. No room at all.
        with open(os.path.join(FILES, FILLER), "ab", buffering=0) as f:
            try:
                while True:
                    f.write(b"\0" * 65536)
            except OSError:
                pass
        no_room = free_bytes(FILES)
        uploads = ([("api", f"Liten rapport {n + 1}", small) for n in range(API_TRIES)]
                   + [("form", f"Liten rapport skjema {n + 1}", small) for n in range(FORM_TRIES)])
        answers += attempt_uploads(portal, "full", slug, uploads, "refused")
        note("full: free space when the uploads were sent",
             f"{left_room} bytes for PDFs of {len(big)} bytes; then {no_room} bytes for PDFs of"
             f" {len(small)} bytes")
        check_case(portal, "full", slug, answers, before, existing)

        # 2. Read-only.
        os.remove(os.path.join(FILES, FILLER))
        sh("mount", "-o", "remount,ro", FILES)
        uploads = ([("api", f"Rapport lesemodus {n + 1}", big if n == 0 else small)
                    for n in range(API_TRIES)]
                   + [("form", f"Rapport lesemodus skjema {n + 1}", big if n == 0 else small)
                      for n in range(FORM_TRIES)])
        answers = attempt_uploads(portal, "read-only", slug, uploads, "refused")
        check_case(portal, "read-only", slug, answers, before, existing)

        # 3. Unmounted: what the tmpfs holds that the directory below does not (nothing, if every
        # upload was refused) is copied back, so that no row loses its file.
        shutil.rmtree(SAVED, ignore_errors=True)
        shutil.copytree(FILES, SAVED, symlinks=True)
        sh("umount", FILES)
        mount_done = False
        copied_back = 0
        for rel in attachment_files(SAVED) - attachment_files(FILES):
            os.makedirs(os.path.dirname(os.path.join(FILES, rel)), exist_ok=True)
            shutil.copy2(os.path.join(SAVED, rel), os.path.join(FILES, rel))
            copied_back += 1
        note("after the unmount: files only on the tmpfs, copied back", copied_back,
             copied_back == 0)
        answers = attempt_uploads(portal, "after", slug,
                                  [("api", "Stor rapport etterpaa", big),
                                   ("form", "Stor rapport skjema etterpaa", big)], "stored")
        note("after the unmount: uploads of the largest PDF (API / form)", summary(answers),
             all(ok for _, _, ok, _ in answers))
        after = state_of(portal, slug)
        note("after the unmount: attachments of the practice", f"{len(before[1])} before the drill,"
             f" {len(after[1])} now", len(after[1]) == len(before[1]) + 2)
        common(portal, "after", existing)
    finally:
        if mount_done or mounted(FILES):
            subprocess.run(["umount", FILES])
        portal_process.stop()
        shutil.rmtree(SAVED, ignore_errors=True)
    note("still mounted at the end", mounted(FILES), not mounted(FILES))
    note("duration of the drill", f"{time.time() - started:.0f} s")
    if write:
        write_report()
    say("drill: " + ("all passed" if not failures else
                     f"{len(failures)} failed: " + "; ".join(failures)))
    return 1 if failures else 0


def write_report():
    intro = (
        f"`python3 bench/drill_files.py` on {bb.today()} (commit {bb.commit()}), against the run"
        " command: a practice with one PDF made through the API as the demo editor, then a tmpfs"
        f" mounted over `data/files` (`boforum.files.directory`) holding a copy of it and"
        f" {TMPFS_SPARE // 1024} KiB more. Full: the tmpfs filled up to 256 KiB free and PDFs of"
        f" {BIG // 1024} KiB sent, then filled completely and a PDF of a few hundred bytes sent."
        " Read-only: the filler removed and the tmpfs remounted read-only. Each case through the"
        " API (`POST api/practices/<slug>/attachments`) and through the practice page's upload"
        " form (the JSF multipart POST a browser sends). After: unmounted, the large PDF sent"
        " again both ways. A clear refusal is: API 507 when full, 503 when read-only, with a JSON"
        " error whose text is that fault's message (`error.storageFull`, `error.storageNotWritable`"
        " in any of the three languages), no stack trace; page: the form again with that message,"
        " only messages of the bundles, and the title as typed. Orphans are checked between the `attachment` table's"
        " storage keys and the files under `data/files`.")
    section = bb.figures_section("## Attachment directory full or read-only", intro, rows)
    section = section.replace(
        "One run on a shared machine, with the run command's embedded MariaDB and Elasticsearch on"
        " the same two cores as the load generator: expect spread between runs.",
        "Passed: " + ("all" if not failures else f"not all ({len(failures)} failed: "
                      + "; ".join(failures) + ")") + ". One run on a shared two-core machine.")
    bb.write_section("drill-files", section, path=os.path.join(REPO, "docs", "reliability.md"))


if __name__ == "__main__":
    sys.exit(main())

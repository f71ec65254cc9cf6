"""The cluster check (decision 0038): against the local cluster of deploy/cluster/start-local.sh
(HAProxy on 58100 before instance-1 on 58180 and instance-2 on 58280), it

1. logs in through the proxy on the login page (the JSF form, as a browser does) and through the
   API (POST api/session), and notes which instance answered each (HAProxy's X-Served-By);
2. shows that a session made on one instance is known to the other (its cookie sent straight to
   the other instance's port), and that a change made on one instance (a profile's name, a new
   account) is seen at once through the other, in logged-in views and the API (the page cache,
   decision 0035, keeps only pages of visitors without a session: it stays on);
   A practice published and then renamed through one instance is asked for without a session
   (the page cache's visitors) through the other, until the new title shows (decision 0044).
3. makes every cluster-once job with a long interval due at the same moment and shows that each
   ran once in the cluster (the job table's run count and both instances' job metrics);
4. stops the instance that holds the page session (SIGTERM to its Payara Micro; SIGKILL with
   --kill) and goes on with the same cookies through the proxy without logging in again: a page
   that needs a login, the API, and the profile form that the stopped instance rendered (its JSF
   view state is in the session), sent to the other instance.

It prints each figure, writes them to docs/reliability.md under "Cluster check", and exits 1 if a
check failed. Python 3 standard library only; SQL through the run command's MariaDB client.
"""
import html.parser
import http.client
import json
import os
import re
import signal
import subprocess
import sys
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.environ.setdefault("BOFORUM_DB_PORT", "53306")
import boforum_bench as bench  # noqa: E402

PROXY = os.environ.get("BOFORUM_PROXY_URL", "http://127.0.0.1:58100/")
INSTANCES = {
    "instance-1": (os.environ.get("BOFORUM_INSTANCE_1_URL", "http://127.0.0.1:58180/"),
                   os.environ.get("BOFORUM_MANAGEMENT_1_URL", "http://127.0.0.1:58190/")),
    "instance-2": (os.environ.get("BOFORUM_INSTANCE_2_URL", "http://127.0.0.1:58280/"),
                   os.environ.get("BOFORUM_MANAGEMENT_2_URL", "http://127.0.0.1:58290/")),
}
PIDS = os.path.join(bench.REPO, "target", "cluster")
ORIGIN = PROXY.rstrip("/")
# --kill: SIGKILL instead of SIGTERM (the instance cannot hand its sessions over as it goes: the
# other instance must find them in the data grid's backups).
STOP_SIGNAL = signal.SIGKILL if "--kill" in sys.argv[1:] else signal.SIGTERM
LONG_INTERVAL_SQL = "TIMESTAMPDIFF(MINUTE, NOW(6), next_due) > 5"

results = []  # (figure, value)
failures = []


def note(figure, value, ok=True):
    results.append((figure, value))
    print(("ok    " if ok else "FAIL  ") + f"{figure}: {value}", flush=True)
    if not ok:
        failures.append(figure)


class Client:
    """Keeps its cookies itself, so that the same cookie can be sent to any address."""

    def __init__(self):
        self.cookies = {}

    def request(self, method, url, body=None, content_type=None, accept="text/html"):
        parts = urllib.parse.urlsplit(url)
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        headers = {"Accept": accept, "Origin": ORIGIN}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if body is not None:
            headers["Content-Type"] = content_type
        path = parts.path + ("?" + parts.query if parts.query else "")
        try:
            conn.request(method, path, body=body, headers=headers)
            r = conn.getresponse()
            data = r.read().decode("utf-8", "replace")
        finally:
            conn.close()
        for name, value in r.getheaders():
            if name.lower() == "set-cookie":
                cookie = value.split(";", 1)[0]
                k, _, v = cookie.partition("=")
                self.cookies[k.strip()] = v.strip()
        return r.status, dict((k.lower(), v) for k, v in r.getheaders()), data

    def json(self, method, url, payload=None):
        body = None if payload is None else json.dumps(payload).encode()
        return self.request(method, url, body, "application/json", "application/json")


class Form(html.parser.HTMLParser):
    """The inputs of the form with the given id: names and values, and its action."""

    def __init__(self, form_id):
        super().__init__()
        self.form_id, self.inside, self.action, self.fields = form_id, False, None, {}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and a.get("id") == self.form_id:
            self.inside, self.action = True, a.get("action")
        elif self.inside and tag == "input" and a.get("name") and a.get("type") != "submit":
            self.fields[a["name"]] = a.get("value") or ""

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False


def form(page, form_id):
    f = Form(form_id)
    f.feed(page)
    if f.action is None:
        raise SystemExit(f"no form {form_id} on the page")
    return f


def post_form(client, base, f, values, button):
    fields = dict(f.fields)
    fields.update(values)
    fields[button] = button
    url = urllib.parse.urljoin(base, f.action)
    return client.request("POST", url, urllib.parse.urlencode(fields).encode(),
                          "application/x-www-form-urlencoded")


def logged_in_page(client, base, path="my/profile"):
    status, headers, page = client.request("GET", base + path)
    return status == 200 and 'id="profile"' in page, status, headers.get("x-served-by"), page


def metrics(management):
    c = Client()
    status, _, text = c.request("GET", management + "metrics", accept="text/plain")
    runs = {}
    if status != 200:
        return None
    for m in re.finditer(r'^boforum_job_runs_total\{[^}]*job="([^"]+)"[^}]*\}\s+([0-9.eE+]+)',
                         text, re.M):
        runs[m.group(1)] = runs.get(m.group(1), 0) + float(m.group(2))
    return runs


def job_rows():
    rows = {}
    for line in bench.sql("SELECT name, runs, IFNULL(owner, '-') FROM job;").splitlines():
        name, runs, owner = line.split("\t")
        rows[name] = (int(runs), owner)
    return rows


def pid_of(instance):
    """The instance's process id as start-local.sh noted it, checked against the process that
    listens on the instance's port now (a pid file of an earlier cluster could name another
    process)."""
    pid = int(open(os.path.join(PIDS, instance + ".pid")).read().strip())
    port = urllib.parse.urlsplit(INSTANCES[instance][0]).port
    listening = subprocess.run(["ss", "-ltnpH", f"sport = :{port}"], capture_output=True,
                               text=True).stdout
    if f"pid={pid}," not in listening:
        raise SystemExit(f"{instance}: pid {pid} of {PIDS} does not listen on port {port}: "
                         + (listening.strip() or "nothing does"))
    return pid


def main():
    started = time.time()
    email, password = bench.DEMO_EDITOR, bench.demo_password()
    for name, (base, _) in INSTANCES.items():
        status, _, _ = Client().request("GET", base + "health/ready")
        note(f"{name} ready before the check", status, status == 200)

    # 1. Log in through the proxy: the page, and the API.
    page = Client()
    status, headers, body = page.request("GET", PROXY + "login")
    login_form = form(body, "login")
    status, headers, _ = post_form(page, PROXY, login_form,
                                   {"login:email": email, "login:password": password},
                                   "login:submit")
    page_instance = headers.get("x-served-by")
    note("page login through the proxy (POST of the JSF form)",
         f"{status} {headers.get('location', '')} from {page_instance}",
         status in (302, 303) and "login" not in headers.get("location", "login"))
    ok, status, served, _ = logged_in_page(page, PROXY)
    note("/my/profile through the proxy after the page login", f"{status} from {served}", ok)

    api = Client()
    status, headers, _ = api.json("POST", PROXY + "api/session",
                                  {"email": email, "password": password})
    api_instance = headers.get("x-served-by")
    note("API login through the proxy (POST api/session)", f"{status} from {api_instance}",
         status == 200)

    # 2. The other instance knows the sessions, and sees changes at once.
    other = "instance-2" if page_instance == "instance-1" else "instance-1"
    ok, status, _, _ = logged_in_page(page, INSTANCES[other][0])
    note(f"page session's cookie sent straight to {other} (/my/profile)", status, ok)
    api_other = "instance-2" if api_instance == "instance-1" else "instance-1"
    status, _, me = api.json("GET", INSTANCES[api_other][0] + "api/me")
    note(f"API session's cookie sent straight to {api_other} (GET api/me)", status,
         status == 200 and email in me)

    original = json.loads(me)["displayName"] if status == 200 else None
    name = f"Cluster check {int(time.time())}"
    t0 = time.perf_counter()
    status, _, _ = api.json("PUT", INSTANCES[api_instance][0] + "api/me",
                            {"displayName": name, "language": json.loads(me).get("language", "nb")})
    status_seen, _, seen_page = page.request("GET", INSTANCES[api_other][0] + "my/profile")
    seen_ms = (time.perf_counter() - t0) * 1000
    note(f"name changed on {api_instance} (PUT api/me), then /my/profile on {api_other}",
         f"{status}, then {status_seen}, new name shown: {name in seen_page}"
         f" ({seen_ms:.0f} ms for both requests)", status == 200 and name in seen_page)

    admin = Client()
    status, _, _ = admin.json("POST", INSTANCES[api_other][0] + "api/session",
                              {"email": bench.DEMO_ADMIN, "password": password})
    newcomer = f"cluster-check-{int(time.time())}@boforum.test"
    status_reg, _, _ = Client().json(
        "POST", INSTANCES[api_instance][0] + "api/accounts",
        {"email": newcomer, "displayName": "Cluster Newcomer",
         "password": "correct horse battery staple 42", "language": "nb"})
    status_find, _, found = admin.json(
        "GET", INSTANCES[api_other][0] + "api/admin/users?q=" + urllib.parse.quote(newcomer))
    total = json.loads(found).get("total") if status_find == 200 else None
    note(f"account registered on {api_instance} (POST api/accounts), then found by an"
         f" administrator on {api_other} (GET api/admin/users)",
         f"{status_reg}, then {status_find} with {total} match", status_reg == 202 and
         status_find == 200 and newcomer in found)

    # 2b. A visitor without a session (served from each instance's page cache) sees a practice's
    # change made through the other instance within about a second (decision 0044).
    codes = {name: [t["code"] for t in json.loads(api.json("GET", PROXY + f"api/taxonomies/{name}")[2])]
             for name in ("theme", "target_group", "municipality")}
    practice = {"title": f"Klyngesjekk {int(time.time())}", "summary": "Laget av klyngesjekken.",
                "body": "Oppfølging av leietakere i klyngesjekken. " * 5, "language": "nb",
                "owner": "bergen-kommune", "themes": codes["theme"][:1],
                "targetGroups": codes["target_group"][:1], "places": codes["municipality"][:1],
                "activityStatus": "active", "evidenceLevel": "described"}
    writer_base = INSTANCES[api_instance][0]
    reader_base = INSTANCES[api_other][0]
    status, _, created = api.json("POST", writer_base + "api/practices", practice)
    slug = json.loads(created)["slug"] if status == 201 else None
    version = None
    if slug:
        status, _, published = api.json("POST", writer_base + f"api/practices/{slug}/transitions",
                                        {"transition": "PUBLISH"})
        version = json.loads(published)["version"] if status == 200 else None
    anonymous_hits = []
    if version is not None:
        # Rendered once, then kept; the search index taking the new practice in drops it once
        # more, so ask until it is served from the cache.
        for _ in range(60):
            status, headers, _ = Client().request("GET", reader_base + f"practices/{slug}")
            anonymous_hits.append(f"{status} {headers.get('x-page-cache', '-')}")
            if anonymous_hits[-1] == "200 hit":
                break
            time.sleep(0.5)
    note(f"practice published on {api_instance}, its page asked anonymously on {api_other}"
         " (status and X-Page-Cache, until kept)",
         ", ".join(anonymous_hits) or f"not published ({status})",
         bool(anonymous_hits) and anonymous_hits[-1] == "200 hit")
    if version is not None:
        renamed = practice["title"] + " endret"
        status, _, _ = api.json("PUT", writer_base + f"api/practices/{slug}",
                                dict(practice, title=renamed, version=version))
        changed_at = time.perf_counter()
        seen_ms, asks = None, 0
        while time.perf_counter() - changed_at < 30:
            asks += 1
            _, _, body = Client().request("GET", reader_base + f"practices/{slug}")
            if renamed in body:
                seen_ms = (time.perf_counter() - changed_at) * 1000
                break
            time.sleep(0.1)
        note(f"title changed on {api_instance} (PUT {status}), the page without a session on"
             f" {api_other} shows it",
             "not within 30 s" if seen_ms is None else f"after {seen_ms:.0f} ms ({asks} asks)",
             seen_ms is not None)

    # 3. Cluster-once jobs: made due together, each must run once in the cluster.
    before_rows = job_rows()
    before_metrics = {n: metrics(m) for n, (_, m) in INSTANCES.items()}
    forced = bench.sql(f"SELECT name FROM job WHERE {LONG_INTERVAL_SQL}"
                       " AND name <> 'search-indexer' AND last_started IS NOT NULL;").split()
    bench.sql("UPDATE job SET next_due = NOW(6) WHERE name IN ("
              + ",".join(f"'{n}'" for n in forced) + ");")
    note("cluster-once jobs with a long interval made due at the same moment",
         ", ".join(forced) or "none", bool(forced))
    deadline = time.time() + 75
    while time.time() < deadline:
        rows = job_rows()
        if all(rows[n][0] > before_rows[n][0] and rows[n][1] == "-" for n in forced):
            break
        time.sleep(2)
    time.sleep(5)
    rows = job_rows()
    after_metrics = {n: metrics(m) for n, (_, m) in INSTANCES.items()}
    for n in forced:
        per_instance = {i: int(after_metrics[i].get(n, 0) - before_metrics[i].get(n, 0))
                        for i in INSTANCES}
        table = rows[n][0] - before_rows[n][0]
        note(f"job {n}: runs in the job table / on each instance",
             f"{table} / " + ", ".join(f"{i} {c}" for i, c in per_instance.items()),
             table == 1 and sum(per_instance.values()) == 1)
    owners = bench.sql("SELECT DISTINCT owner FROM job WHERE owner IS NOT NULL;").split()
    note("job rows held at the end of the job check", ", ".join(owners) or "none")

    # 4. Stop the page session's instance; go on without logging in again.
    ok, status, served, profile_page = logged_in_page(page, PROXY)
    profile_form = form(profile_page, "profile")
    note("profile form rendered before the stop", f"{status} from {served}", ok)
    victim = served
    survivor = "instance-2" if victim == "instance-1" else "instance-1"
    pid = pid_of(victim)
    os.kill(pid, STOP_SIGNAL)
    stopped_at = time.perf_counter()
    answers = []
    first_ok_ms = None
    while time.perf_counter() - stopped_at < 60:
        try:
            ok, status, served, _ = logged_in_page(page, PROXY)
        except OSError as e:
            ok, status, served = False, type(e).__name__, None
        answers.append(f"{status}/{served}")
        if ok and served == survivor:
            first_ok_ms = (time.perf_counter() - stopped_at) * 1000
            break
        time.sleep(0.2)
    gone = not os.path.exists(f"/proc/{pid}")
    for _ in range(60):
        if not os.path.exists(f"/proc/{pid}"):
            gone = True
            break
        time.sleep(1)
    folded = []
    for a in answers:
        if not folded or folded[-1][0] != a:
            folded.append([a, 0])
        folded[-1][1] += 1
    note(f"{STOP_SIGNAL.name} to {victim} (pid {pid}); its process ended", gone, gone)
    note("answers to /my/profile through the proxy after the stop (status/instance x times)",
         ", ".join(f"{a} x{n}" for a, n in folded))
    note(f"first logged-in /my/profile from {survivor}, same cookie, no new login",
         "never" if first_ok_ms is None else f"{first_ok_ms:.0f} ms after the {STOP_SIGNAL.name}",
         first_ok_ms is not None)
    status, headers, me = api.json("GET", PROXY + "api/me")
    note("GET api/me through the proxy with the API session's cookie after the stop",
         f"{status} from {headers.get('x-served-by')}", status == 200 and email in me)
    renamed = f"Cluster failover {int(time.time())}"
    status, headers, _ = post_form(page, PROXY, profile_form,
                                   {"profile:displayName": renamed}, "profile:save")
    note(f"profile form rendered by {victim}, sent after the stop",
         f"{status} {headers.get('location', '')} from {headers.get('x-served-by')}",
         status in (302, 303) and "login" not in headers.get("location", ""))
    status, _, me = api.json("GET", PROXY + "api/me")
    note("the name the form sent is saved", renamed in me, status == 200 and renamed in me)
    if original:
        api.json("PUT", PROXY + "api/me", {"displayName": original,
                                            "language": json.loads(me)["language"]})
    note("duration of the check", f"{time.time() - started:.0f} s")
    write_report(victim, survivor)
    print("cluster check: " + ("all passed" if not failures else
                               f"{len(failures)} failed: " + "; ".join(failures)))
    return 1 if failures else 0


def write_report(victim, survivor):
    lines = [
        "## Cluster check" + (", the instance killed" if STOP_SIGNAL == signal.SIGKILL else ""),
        "",
        f"`python3 bench/cluster_check.py` on {bench.today()} (commit {bench.commit()}), against"
        " `deploy/cluster/start-local.sh`: HAProxy 2.6 on 127.0.0.1:58100 before two Payara Micro"
        " 6.2025.10 instances in one data grid (instance-1 from the run command, instance-2 with"
        " its command line and environment), one embedded MariaDB and one Elasticsearch node;"
        " page cache on (default), which serves only visitors without a session."
        f" The stopped instance was {victim} ({STOP_SIGNAL.name}); {survivor} went on.",
        "",
        *bench.machine_table(bench.machine()),
        "",
        "| check | seen |",
        "|---|---|",
    ] + [f"| {k} | {str(v).replace('|', '/')} |" for k, v in results] + [
        "",
        "Passed: " + ("all" if not failures else f"not all ({len(failures)} failed: "
                      + "; ".join(failures) + ")") + ". One run on a shared two-core machine.",
    ]
    path = os.path.join(bench.REPO, "docs", "reliability.md")
    text = open(path).read() if os.path.exists(path) else "# Reliability\n"
    marker = "cluster-check" + ("-kill" if STOP_SIGNAL == signal.SIGKILL else "")
    start, end = f"<!-- {marker} -->", f"<!-- /{marker} -->"
    body = start + "\n" + "\n".join(lines) + "\n" + end
    if start in text:
        text = re.sub(re.escape(start) + ".*?" + re.escape(end), lambda _: body, text, flags=re.S)
    else:
        text = text.rstrip() + "\n\n" + body + "\n"
    open(path, "w").write(text)


if __name__ == "__main__":
    sys.exit(main())

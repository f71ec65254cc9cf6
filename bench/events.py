#!/usr/bin/env python3
"""Event registration benchmark: registrations per second with 200 people registering for one
event at once (each then cancels and registers again, for a fixed time, so the lock on the event
is contended the whole run), and the event page and the /events list p50/p95 while that runs.

Needs the run command up on http://localhost:8080/ (it creates the demo accounts; the demo editor's
organisation hosts the event). The 200 people are accounts made straight in MariaDB with the demo
password (rows `bench-reg-NNN@boforum.test`, kept for the next run). The event is cancelled at the
end. Writes docs/benchmarks.md. Not a test: it gates nothing.

    python3 bench/events.py [--people 200] [--seconds 30] [--capacity 100]
"""
import argparse
import datetime
import json
import threading
import time

import boforum_bench as bb


def people(n):
    bb.sql(
        "INSERT IGNORE INTO app_user (email, display_name, password_hash, email_verified,"
        " preferred_language, created_at)"
        " SELECT CONCAT('bench-reg-', LPAD(n.seq, 3, '0'), '@boforum.test'),"
        " CONCAT('Benk ', n.seq), u.password_hash, TRUE, 'nb', NOW(6)"
        f" FROM seq_0_to_{n - 1} n"
        " JOIN app_user u ON u.email = 'demo-editor@boforum.test';")
    sessions = []
    for i in range(n):
        sessions.append(bb.login(f"bench-reg-{i:03d}@boforum.test"))
    return sessions


def host_event(editor, capacity):
    orgs = editor.json("GET", "api/me/memberships")
    host = next(m["organisationSlug"] for m in orgs if m["role"].upper() in ("EDITOR", "ADMIN"))
    start = (datetime.datetime.now() + datetime.timedelta(days=30)).replace(
        minute=0, second=0, microsecond=0)
    created = editor.json("POST", "api/events", {
        "title": f"Benchmark-forum {int(time.time())}",
        "summary": "Generert for å måle påmeldinga.",
        "description": "Generert tekst. " * 20,
        "language": "nn",
        "format": "IN_PERSON",
        "venueName": "Rådhuset",
        "municipality": "4601",
        "startsAt": start.isoformat(timespec="minutes"),
        "endsAt": (start + datetime.timedelta(hours=3)).isoformat(timespec="minutes"),
        "capacity": capacity,
        "host": host,
    })
    slug = created["slug"]
    editor.json("POST", f"api/events/{slug}/transitions", {"transition": "PUBLISH"})
    return slug


def main():
    args = argparse.ArgumentParser()
    args.add_argument("--people", type=int, default=200)
    args.add_argument("--seconds", type=int, default=30)
    args.add_argument("--capacity", type=int, default=100)
    a = args.parse_args()

    editor = bb.login(bb.DEMO_EDITOR)
    t0 = time.perf_counter()
    sessions = people(a.people)
    print(f"{a.people} people logged in in {time.perf_counter() - t0:.1f} s")
    slug = host_event(editor, a.capacity)

    stop = time.perf_counter() + a.seconds
    counts = {"registered": 0, "cancelled": 0, "busy": 0, "errors": 0}
    lock = threading.Lock()
    page_times, list_times = [], []
    start_gate = threading.Barrier(a.people + 2)

    def until_done(conn, method, path, body, ok, done):
        """One change, tried again after 2 s (the Retry-After) while the portal answers busy."""
        while time.perf_counter() < stop:
            status, _, _ = conn.request(method, path, body)
            with lock:
                counts[done if status == ok else "busy" if status == 503 else "errors"] += 1
            if status != 503:
                return status == ok
            time.sleep(2)
        return False

    def registrant(session):
        conn = bb.KeepAlive(bb.BASE, session.cookie_header())
        start_gate.wait()
        body = json.dumps({"as": "PRIVATE_PERSON"}).encode()
        path = f"api/events/{slug}/registration"
        while time.perf_counter() < stop:
            if until_done(conn, "PUT", path, body, 200, "registered"):
                until_done(conn, "DELETE", path, None, 204, "cancelled")
        conn.close()

    def reader(path, times):
        conn = bb.KeepAlive(bb.BASE)
        start_gate.wait()
        while time.perf_counter() < stop:
            status, _, ms = conn.request("GET", path)
            if status == 200:
                times.append(ms)
        conn.close()

    threads = [threading.Thread(target=registrant, args=(s,)) for s in sessions]
    threads.append(threading.Thread(target=reader, args=(f"events/{slug}", page_times)))
    threads.append(threading.Thread(target=reader, args=("events", list_times)))
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    mix = editor.json("GET", f"api/events/{slug}/sectors")
    editor.json("POST", f"api/events/{slug}/transitions", {"transition": "CANCEL"})
    per_second = counts["registered"] / a.seconds
    rows = [
        ("registrations per second (each followed by a cancellation)", f"{per_second:.1f}"),
        ("registrations / cancellations / errors in the run",
         f"{counts['registered']} / {counts['cancelled']} / {counts['errors']}"),
        ("answers \"busy, try again\" (503 after 10 s at the gate; the client retried after 2 s)",
         f"{counts['busy']}"),
        ("seats held at the end / capacity", f"{mix['confirmed']} / {a.capacity}"),
        ("event page p50 / p95 during the run",
         f"{bb.percentile(page_times, 50):.0f} / {bb.percentile(page_times, 95):.0f} ms"
         f" ({len(page_times)} requests)"),
        ("/events list p50 / p95 during the run",
         f"{bb.percentile(list_times, 50):.0f} / {bb.percentile(list_times, 95):.0f} ms"
         f" ({len(list_times)} requests)"),
    ]
    section = bb.figures_section(
        "## Event registration under load (`bench/events.py`)",
        f"Measured {bb.today()} on commit `{bb.commit()}`: {a.people} people, one event of"
        f" {a.capacity} seats without seat groups, {a.seconds} s; each person registers and"
        " cancels in a loop (every change takes the event's row lock; at most 6 at a time per"
        " instance reach it, the others queue at the gate without a database connection and are"
        " answered 503 after 10 s, and then try again after 2 s), while one reader each fetches"
        " the event page and the /events list in a loop.",
        rows)
    bb.write_section("events", section)
    print(section)


if __name__ == "__main__":
    main()

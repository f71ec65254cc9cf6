#!/usr/bin/env python3
"""Discussions benchmark: the thread list at 10 000 threads and 200 000 posts, a thread page with
500 posts, and posting while 50 readers browse.

Needs the run command up on http://localhost:8080/ (it creates the demo accounts). Start it for
this benchmark with the posting limits raised, or the posters meet the rate limit within a minute:

    BOFORUM_DISCUSSION_RATE_ESTABLISHED=100000 mvn -Prun package -DskipTests

The data set is made straight in MariaDB (threads titled "Benk-tråd N" by 100 accounts
`bench-disc-NN@boforum.test`, members of the demo editor's verified organisation, 30 days old; each
thread a question and 19 replies; thread 1 has 500 posts), kept for the next run. Bulk rows are not
in the search index: nothing measured here asks Elasticsearch, but every post written in the run
is indexed as usual (the outbox), with the thread it belongs to. Writes docs/benchmarks.md. Not a
test: it gates nothing.

    python3 bench/discussions.py [--threads 10000] [--replies 19] [--big 500] [--seconds 30]
"""
import argparse
import json
import os
import random
import threading
import time

import boforum_bench as bb

TITLE = "Benk-tråd "
WORDS = ("bustad leilegheit husleige depositum garanti oppfølging kommune tildeling startlån "
         "bostøtte Housing First utleigar nabo tenesta rettleiing ventetid bydel tildelingsmøte "
         "bokollektiv buoppfølging økonomi gjeld NAV husbanken").split()


def accounts(n):
    bb.sql(
        "INSERT IGNORE INTO app_user (email, display_name, password_hash, email_verified,"
        " preferred_language, created_at)"
        " SELECT CONCAT('bench-disc-', LPAD(n.seq, 2, '0'), '@boforum.test'),"
        " CONCAT('Ordskifte ', n.seq), u.password_hash, TRUE, 'nn', NOW(6) - INTERVAL 30 DAY"
        f" FROM seq_0_to_{n - 1} n"
        " JOIN app_user u ON u.email = 'demo-editor@boforum.test';"
        # Members of the demo editor's organisation (verified): no pre-moderation.
        "INSERT IGNORE INTO membership (user_id, organisation_id, role, status, requested_at,"
        " decided_at)"
        " SELECT b.id, m.organisation_id, 'MEMBER', 'ACTIVE', NOW(6), NOW(6)"
        " FROM app_user b JOIN app_user e ON e.email = 'demo-editor@boforum.test'"
        " JOIN membership m ON m.user_id = e.id AND m.status = 'ACTIVE'"
        " WHERE b.email LIKE 'bench-disc-%@boforum.test';")
    return [f"bench-disc-{i:02d}@boforum.test" for i in range(n)]


def seed(threads, replies, big):
    have = int(bb.sql(
        f"SELECT COUNT(*) FROM discussion_thread WHERE title LIKE '{TITLE}%';").strip())
    if have >= threads:
        return have, False
    category = bb.sql("SELECT code FROM discussion_category ORDER BY position LIMIT 1;").strip()
    words = ",".join(f"'{w}'" for w in WORDS)
    bb.sql(
        "SET SESSION max_statement_time = 0;"
        "CREATE TEMPORARY TABLE bench_author AS SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS n"
        " FROM app_user WHERE email LIKE 'bench-disc-%@boforum.test';"
        "SET @authors = (SELECT COUNT(*) FROM bench_author);"
        "INSERT INTO discussion_thread (kind, title, slug, category_code, author_id, created_at,"
        " last_activity_at, reply_count, solved)"
        f" SELECT IF(s.seq % 3 = 0, 'DISCUSSION', 'QUESTION'), CONCAT('{TITLE}', s.seq),"
        f" CONCAT('benk-trad-', s.seq), '{category}', a.id,"
        " NOW(6) - INTERVAL (s.seq * 7) MINUTE, NOW(6) - INTERVAL (s.seq * 5) MINUTE,"
        f" {replies}, s.seq % 4 = 1"
        f" FROM seq_{have + 1}_to_{threads} s JOIN bench_author a ON a.n = s.seq % @authors;"
        # The question and the replies of each new thread, written in order.
        "INSERT INTO discussion_post (thread_id, author_id, body, created_at)"
        " SELECT t.id, a.id,"
        f" CONCAT('Innlegg ', r.seq, ' i ', t.title, ': ', ELT(1 + (t.id + r.seq) % {len(WORDS)},"
        f" {words}), ' og ', ELT(1 + (t.id * 7 + r.seq) % {len(WORDS)}, {words}),"
        " '. Korleis har de løyst dette i kommunen? Vi har prøvd fleire ting, og det som"
        " fungerte best var tett oppfølging i starten.'),"
        " t.created_at + INTERVAL r.seq MINUTE"
        f" FROM discussion_thread t JOIN seq_0_to_{replies} r"
        " JOIN bench_author a ON a.n = (t.id + r.seq) % @authors"
        f" WHERE t.title LIKE '{TITLE}%' AND NOT EXISTS"
        " (SELECT 1 FROM discussion_post p WHERE p.thread_id = t.id)"
        " ORDER BY t.id, r.seq;")
    # Thread 1 grows to `big` posts.
    bb.sql(
        "CREATE TEMPORARY TABLE bench_author AS SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS n"
        " FROM app_user WHERE email LIKE 'bench-disc-%@boforum.test';"
        "SET @authors = (SELECT COUNT(*) FROM bench_author);"
        f"SET @t = (SELECT id FROM discussion_thread WHERE title = '{TITLE}1');"
        "INSERT INTO discussion_post (thread_id, author_id, body, created_at)"
        " SELECT @t, a.id, CONCAT('Langt ordskifte, innlegg ', s.seq, ': ',"
        f" ELT(1 + s.seq % {len(WORDS)}, {words}), '. **Erfaringa vår** er at det tek tid.'),"
        " NOW(6) - INTERVAL 1 DAY + INTERVAL s.seq SECOND"
        f" FROM seq_{replies + 1}_to_{big - 1} s JOIN bench_author a ON a.n = s.seq % @authors;"
        f"UPDATE discussion_thread SET reply_count = {big - 1} WHERE id = @t;")
    return threads, True


def big_thread():
    row = bb.sql(f"SELECT id, slug FROM discussion_thread WHERE title = '{TITLE}1';").split()
    return f"discussions/{row[0]}-{row[1]}"


def timed(path, n, conn):
    times = []
    for _ in range(n):
        status, _, ms = conn.request("GET", path)
        if status != 200:
            raise SystemExit(f"{path} answered {status}")
        times.append(ms)
    return times


def figure(times):
    return (f"{bb.percentile(times, 50):.0f} / {bb.percentile(times, 95):.0f} ms"
            f" ({len(times)} requests)")


def main():
    args = argparse.ArgumentParser()
    args.add_argument("--threads", type=int, default=10000)
    args.add_argument("--replies", type=int, default=19)
    args.add_argument("--big", type=int, default=500)
    args.add_argument("--readers", type=int, default=50)
    args.add_argument("--posters", type=int, default=10)
    args.add_argument("--seconds", type=int, default=30)
    a = args.parse_args()

    bb.login(bb.DEMO_EDITOR)
    emails = accounts(100)
    t0 = time.perf_counter()
    threads, made = seed(a.threads, a.replies, a.big)
    seeded = time.perf_counter() - t0
    counts = bb.sql("SELECT (SELECT COUNT(*) FROM discussion_thread),"
                    " (SELECT COUNT(*) FROM discussion_post);").split()
    print(f"{counts[0]} threads, {counts[1]} posts ({'made' if made else 'kept'} in {seeded:.0f} s)")
    big = big_thread()
    big_posts = int(bb.sql(f"SELECT COUNT(*) FROM discussion_post WHERE thread_id ="
                           f" (SELECT id FROM discussion_thread WHERE title = '{TITLE}1');").strip())
    ids = [int(x) for x in bb.sql(
        f"SELECT id FROM discussion_thread WHERE title LIKE '{TITLE}%' ORDER BY id LIMIT 2000;"
    ).split()]

    conn = bb.KeepAlive(bb.BASE)
    timed("discussions", 5, conn)  # warm up
    quiet = {
        "/discussions (latest, page 1)": timed("discussions", 40, conn),
        "/discussions page 250 (of 500)": timed("discussions?page=250", 40, conn),
        "/discussions?filter=unanswered": timed("discussions?filter=unanswered", 40, conn),
        "/discussions?filter=solved": timed("discussions?filter=solved", 40, conn),
        "/api/discussions (JSON, page 1)": timed("api/discussions", 40, conn),
        f"thread of {big_posts} posts, page 1": timed(big, 40, conn),
        f"thread of {big_posts} posts, last page": timed(big + f"?page={(big_posts - 1 + 19) // 20}",
                                                       40, conn),
        "thread of 20 posts": timed(f"discussions/{ids[len(ids) // 2]}", 40, conn),
    }
    conn.close()

    posters = [bb.login(e) for e in emails[:a.posters]]
    load = os.getloadavg()[0]
    stop = time.perf_counter() + a.seconds
    lock = threading.Lock()
    post_times, read_times, errors = [], [], {"post": 0, "read": 0}
    gate = threading.Barrier(a.readers + a.posters)

    def poster(session, n):
        c = bb.KeepAlive(bb.BASE, session.cookie_header())
        rnd = random.Random(n)
        gate.wait()
        i = 0
        while time.perf_counter() < stop:
            target = ids[0] if i % 5 == 0 else rnd.choice(ids)
            body = json.dumps({"body": f"Svar {n}-{i} {time.time_ns()}: vi prøvde "
                                       f"{rnd.choice(WORDS)} og {rnd.choice(WORDS)}."}).encode()
            status, _, ms = c.request("POST", f"api/discussions/{target}/posts", body)
            with lock:
                if status == 201:
                    post_times.append(ms)
                else:
                    errors["post"] += 1
            i += 1
        c.close()

    def reader(n):
        c = bb.KeepAlive(bb.BASE)
        rnd = random.Random(1000 + n)
        gate.wait()
        while time.perf_counter() < stop:
            path = rnd.choice(["discussions", f"discussions?page={rnd.randint(1, 50)}",
                               f"discussions/{rnd.choice(ids)}", big])
            status, _, ms = c.request("GET", path)
            with lock:
                if status == 200:
                    read_times.append(ms)
                else:
                    errors["read"] += 1
        c.close()

    workers = [threading.Thread(target=poster, args=(s, i)) for i, s in enumerate(posters)]
    workers += [threading.Thread(target=reader, args=(i,)) for i in range(a.readers)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()

    rows = [(k, figure(v)) for k, v in quiet.items()] + [
        (f"posting: replies per second ({a.posters} posters, one in five to the {big_posts}-post"
         f" thread) while {a.readers} readers browse", f"{len(post_times) / a.seconds:.1f}"),
        ("posting p50 / p95 under that load", figure(post_times)),
        (f"reading p50 / p95 under that load (list pages, threads, the {big_posts}-post thread)",
         figure(read_times)),
        ("errors (posting / reading)", f"{errors['post']} / {errors['read']}"),
        ("load average (1 min) on the machine as the load began", f"{load:.1f}"),
    ]
    section = bb.figures_section(
        "## Discussions (`bench/discussions.py`)",
        f"Measured {bb.today()} on commit `{bb.commit()}`: {counts[0]} threads and {counts[1]}"
        f" posts in MariaDB (bulk rows: a question and {a.replies} replies per thread, one thread"
        f" of {a.big} posts); first each page alone, one request at a time after a warm-up; then"
        f" {a.seconds} s of {a.posters} people replying through the API as fast as answers come"
        f" while {a.readers} anonymous readers fetch list and thread pages. The run command was"
        " started with the established posting limit raised (BOFORUM_DISCUSSION_RATE_ESTABLISHED)"
        " so that the limit does not cut the load short. The long thread grows by the replies of"
        " each run (its size is given as measured). Under load the readers and posters are closed"
        " loops (each sends its next request when the answer comes), so their times are mostly"
        " queueing: throughput over the run is the figure that says what two cores serve.",
        rows)
    bb.write_section("discussions", section)
    print(section)


if __name__ == "__main__":
    main()

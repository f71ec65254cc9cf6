#!/usr/bin/env python3
"""Catalogue benchmark: response times of the practice list (filters, sorts, deep pages), the
practice page and the API, on the seed content plus N generated practices.

Needs the run command up on http://localhost:8080/ (it creates the demo accounts). Generated
practices are published by the demo editor of Bergen kommune, measured, then archived, so the
portal looks as before (they stay in data/ as archived rows). Writes docs/benchmarks.md.
Not a test: it gates nothing.

    python3 bench/catalogue.py [N]     # N generated practices, default 1000
"""
import json
import os
import platform
import random
import statistics
import sys
import time

import boforum_bench as bb
from boforum_bench import Session

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
ROUNDS = 100


def codes(session, taxonomy):
    status, text = session.call("GET", "api/taxonomies/" + taxonomy)
    return [t["code"] for t in json.loads(text)]


def generate(editor, n):
    rnd = random.Random(42)
    themes, groups = codes(editor, "theme"), codes(editor, "target_group")
    municipalities = codes(editor, "municipality")
    levels = ["idea_pilot", "described", "process_evaluated", "effect_evaluated",
              "documented_effect"]
    slugs = []
    for i in range(n):
        level = rnd.choice(levels)
        body = {
            "title": f"Benchmark-praksis {i:05d}",
            "summary": "Generert for å måle katalogen: oppfølging av leietakere i kommunal bolig.",
            "body": "Generert tekst. " * 40,
            "language": rnd.choice(["nb", "nn"]),
            "owner": "bergen-kommune",
            "themes": rnd.sample(themes, 2),
            "targetGroups": rnd.sample(groups, 2),
            "places": rnd.sample(municipalities, rnd.randint(1, 3)),
            "activityStatus": "active",
            "evidenceLevel": level,
        }
        status, text = editor.call("POST", "api/practices", body)
        if status != 201:
            raise SystemExit(f"create failed: {status} {text[:300]}")
        slug = json.loads(text)["slug"]
        status, text = editor.call("POST", f"api/practices/{slug}/transitions",
                                   {"transition": "PUBLISH"})
        if status != 200:
            raise SystemExit(f"publish failed: {status} {text[:300]}")
        slugs.append(slug)
    return slugs


def measure(session, path, accept):
    times = []
    for _ in range(ROUNDS):
        t0 = time.perf_counter()
        status, _ = session.call("GET", path, accept=accept)
        times.append((time.perf_counter() - t0) * 1000)
        if status != 200:
            raise SystemExit(f"GET {path}: {status}")
    times.sort()
    return (statistics.median(times), times[int(len(times) * 0.95) - 1], times[-1])


def main():
    editor = bb.login(bb.DEMO_EDITOR)
    t0 = time.perf_counter()
    slugs = generate(editor, N)
    generate_s = time.perf_counter() - t0
    anonymous = Session()
    total = json.loads(anonymous.call("GET", "api/practices?size=1")[1])["total"]
    one = slugs[len(slugs) // 2]
    cases = [
        ("API list, newest first, page 1", "api/practices", "application/json"),
        ("API list, sorted by spread", "api/practices?sort=spread", "application/json"),
        ("API list, theme + target group + county", "api/practices?theme=bomestring"
         "&targetGroup=bostedslose&county=46", "application/json"),
        ("API list, sorted by evidence, page 40", "api/practices?sort=evidence&page=40",
         "application/json"),
        ("API one practice", f"api/practices/{one}", "application/json"),
        ("page /practices (list, page 1)", "practices", "text/html"),
        ("page /practices filtered by theme and county", "practices?theme=housing-first&county=46",
         "text/html"),
        ("page /practices/<slug>", f"practices/{one}", "text/html"),
        ("page /practices/tenancy-sustainment-toolkit (seed, 9 adoptions)",
         "practices/tenancy-sustainment-toolkit",
         "text/html"),
    ]
    rows = []
    for label, path, accept in cases:
        measure(anonymous, path, accept)  # warm-up round
        p50, p95, worst = measure(anonymous, path, accept)
        rows.append(f"| {label} | {p50:.1f} | {p95:.1f} | {worst:.1f} |")
    for slug in slugs:
        editor.call("POST", f"api/practices/{slug}/transitions", {"transition": "ARCHIVE"})

    commit = bb.commit()
    cpu = bb.machine()["cpu"]
    section = "\n".join([
        "## Practice catalogue (`bench/catalogue.py`)",
        f"Measured {bb.today()} on commit `{commit}` against the run command "
        f"(all three servers on this machine).",
        "",
        "| machine | |",
        "|---|---|",
        f"| CPU | {cpu}, {os.cpu_count()} cores |",
        f"| Python client | {platform.python_version()}, sequential requests, no keep-alive |",
        "",
        f"Data set: the seed content plus {N} generated published practices "
        f"({total} published in all), each with 2 themes, 2 target groups and 1–3 municipalities. "
        f"Generating them through the API (create + publish) took {generate_s:.0f} s "
        f"({generate_s / N * 1000:.0f} ms per practice).",
        "",
        f"Each figure is over {ROUNDS} anonymous requests after a warm-up round of as many.",
        "",
        "| request | median ms | p95 ms | worst ms |",
        "|---|---|---|---|",
        *rows,
        "",
        "Single runs on a shared machine: read them as orders of magnitude.",
    ])
    bb.write_section("catalogue", section)
    print(section)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Lighthouse (mobile) performance of the home, list, practice and search pages of a running
portal (issue 19: each at least 0.95), and the `lighthouse` section of docs/benchmarks.md.
Not a test: it gates nothing, and CI never runs it.

    python3 bench/lighthouse.py [--base URL] [--runs 3] [--slug SLUG] [--no-write]

Lighthouse is Node's (npm install lighthouse@12: version 12 runs on Node 18-20), found as
LIGHTHOUSE (default /opt/lh/node_modules/.bin/lighthouse), with Chromium as CHROME_PATH (default
/usr/bin/chromium). Its default mobile settings: a Moto G Power's screen, simulated slow 4G and a
4x slower CPU. Each page is measured --runs times, as a visitor without a session (the page the
cache keeps, after a first visit has rendered it), and the median score is reported.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile

import boforum_bench as bb

LIGHTHOUSE = os.environ.get("LIGHTHOUSE", "/opt/lh/node_modules/.bin/lighthouse")
CHROME = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
METRICS = [("first-contentful-paint", "FCP"), ("largest-contentful-paint", "LCP"),
           ("total-blocking-time", "TBT"), ("cumulative-layout-shift", "CLS"),
           ("speed-index", "SI")]


def lighthouse(url):
    """One Lighthouse run of url: (score, {metric: display value}, render-blocking URLs)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "report.json")
        subprocess.run([LIGHTHOUSE, url, "--only-categories=performance", "--output=json",
                        f"--output-path={out}", "--quiet",
                        "--chrome-flags=--headless=new --no-sandbox"],
                       check=True, env={**os.environ, "CHROME_PATH": CHROME}, timeout=300)
        report = json.load(open(out))
    audits = report["audits"]
    blocking = [i["url"] for i in
                (audits.get("render-blocking-resources", {}).get("details") or {}).get("items", [])]
    return (report["categories"]["performance"]["score"],
            {short: audits[key].get("displayValue", "") for key, short in METRICS},
            blocking, report.get("lighthouseVersion", "?"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default=bb.BASE.rstrip("/"), help="the portal's address")
    parser.add_argument("--runs", type=int, default=3, help="runs per page (median reported)")
    parser.add_argument("--slug", help="the practice to measure (default: the newest)")
    parser.add_argument("--no-write", action="store_true", help="print, do not write the docs")
    args = parser.parse_args()
    base = args.base.rstrip("/")
    slug = args.slug
    if not slug:
        status, text = bb.Session().call("GET", "api/practices?size=1", base=base + "/")
        if status != 200:
            sys.exit(f"could not find a practice at {base}: {status}")
        slug = json.loads(text)["items"][0]["slug"]
    pages = [("home", "/"), ("list", "/practices"), ("practice", f"/practices/{slug}"),
             ("search", "/search?q=bolig")]
    rows, version = [], "?"
    for name, path in pages:
        scores, last = [], None
        for _ in range(args.runs):
            score, metrics, blocking, version = lighthouse(base + path)
            scores.append(score)
            last = (metrics, blocking)
            print(f"{name}: {score:.2f} {metrics}", flush=True)
        median = statistics.median(scores)
        rows.append((name, path, median, scores, *last))
    m = bb.machine()
    lines = [
        "## Lighthouse, mobile (`bench/lighthouse.py`)",
        f"Lighthouse {version}, its default mobile settings (simulated slow 4G, 4x slower CPU,"
        f" Moto G Power screen), headless Chromium, against the run command on this machine;"
        f" {args.runs} runs per page, as a visitor without a session, median score. Measured"
        f" {bb.today()} on commit `{bb.commit()}`.",
        "",
        *bb.machine_table(m),
        "",
        "| page | address | score (median) | runs | FCP | LCP | TBT | CLS | SI | render-blocking |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, path, median, scores, metrics, blocking in rows:
        lines.append(f"| {name} | `{path if name != 'practice' else '/practices/{slug}'}` |"
                     f" {median:.2f} | {', '.join(f'{s:.2f}' for s in scores)} | "
                     + " | ".join(metrics[s] for _, s in METRICS) + f" | {len(blocking)} |")
    lines += ["", "Before the pages' own bytes were cut (commit `d82c22c`, one run of the home page"
              " while the test suite ran on the same cores, so slower than a quiet machine): 0.92,"
              " FCP 2.5 s, LCP 2.6 s, 9 render-blocking resources (the PrimeFaces theme, icon font,"
              " jQuery, core and component scripts and styles that a search field's one PrimeFaces"
              " input pulled in; Lighthouse counted 168 KiB of them unused)."]
    met = all(r[2] >= 0.95 for r in rows)
    lines += ["", "Target (issue 19): performance ≥ 0.95 on each page: "
              + ("**met**." if met else "**not met**.")]
    text = "\n".join(lines)
    print(text)
    if not args.no_write:
        bb.write_section("lighthouse", text)


if __name__ == "__main__":
    main()

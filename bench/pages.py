#!/usr/bin/env python3
"""Pages under load: runs the Gatling simulation of visitors browsing the pages, and a share of
editors saving (PageLoadSimulation of the `load` Maven profile), against a running portal at 50
and then 200 visitors at once, and writes the `pages` section of docs/benchmarks.md.
Not a test: it gates nothing, and CI never runs it.

    python3 bench/pages.py --label before|after|"page cache" [--users 50 200] [--seconds 120] [--ramp 10]
                           [--editors 5] [--think-ms 0] [--only practice] [--resources] [--no-write]
    python3 bench/pages.py --label before --report target/gatling/pageloadsimulation-...

The portal is BOFORUM_URL (default http://localhost:8080/), or --base; the editors log in with
the demo password of the run command (data/demo-password.txt of this clone, or --password-file).
Each label (before, after) keeps its runs in the section, so a "before" stays when an "after" is
added; a label run again on the same commit adds to or replaces its user counts, on another
commit it starts afresh. The report is read with load.py's parser.
"""
import argparse
import json
import os
import re
import sys
import time

import boforum_bench as bb
import load

SIMULATION = "no.boforum.load.PageLoadSimulation"
FAMILIES = ["home", "list", "practice", "organisation", "search", "save"]
EDITOR_REQUESTS = ["login", "read"]
NAMES = {"home": "home `/`", "list": "list `/practices`", "practice": "practice",
         "organisation": "organisation", "search": "search `/search`",
         "save": "save (`PUT /api/practices/{slug}`)", "login": "editor's login (API)",
         "read": "editor's read (JSON)", "All Requests": "all requests"}
KEYS = ("users", "seconds", "ramp", "base", "editors", "thinkMs", "only", "resources")
DATA = re.compile(r"<!-- pages-data: (.*?) -->", re.S)


def count(base):
    """Published practices (`GET /api/practices` total), or None if the API does not answer."""
    status, text = bb.Session().call("GET", "api/practices?size=1", base=base.rstrip("/") + "/")
    if status != 200:
        print(f"could not count the practices at {base}: {status}", file=sys.stderr)
        return None
    return json.loads(text)["total"]


def earlier():
    """The runs kept in the section of docs/benchmarks.md: {run key: run}."""
    path = os.path.join(bb.REPO, "docs", "benchmarks.md")
    found = DATA.search(open(path).read()) if os.path.exists(path) else None
    return json.loads(found.group(1))["runs"] if found else {}


def measure(args):
    """Runs (or reads) the reports; answers {users: result} and the settings of the runs."""
    results = {}
    reports = args.report or []
    if not reports:
        for users in args.users:
            settings = {"users": users, "seconds": args.seconds, "ramp": args.ramp,
                        "base": args.base, "editors": args.editors, "thinkMs": args.think_ms,
                        "passwordFile": args.password_file}
            if args.only:
                settings["only"] = args.only
            if args.resources:
                settings["resources"] = "true"
            before = open("/proc/loadavg").read().split()[0]
            t0 = time.perf_counter()
            reports.append((load.run_gatling(settings, SIMULATION),
                            before + " / " + open("/proc/loadavg").read().split()[0]))
            print(f"Maven and Gatling took {time.perf_counter() - t0:.0f} s", flush=True)
    reports = [r if isinstance(r, tuple) else (r, None) for r in reports]
    run = None
    for report, loadavg in reports:
        report_dir, info, figures = load.read_report(report, required=("All Requests",))
        run = load.settings(info, args, KEYS)
        results[str(run["users"])] = {
            "figures": figures, "load": loadavg, "duration": info.get("Duration", "?"),
            "gatling": info.get("Version", "?"), "date": info.get("Date", bb.today()),
            "report": os.path.relpath(report_dir, bb.REPO)}
    return results, run


def fmt(value, digits=0):
    return f"{value:.{digits}f}"


def verdicts(users):
    """Which of issue 19's targets a label's runs meet, as text."""
    out = []
    at50, at200 = users.get("50"), users.get("200")
    if at50:
        f = at50["figures"]
        practice, lst, search = (f.get(n, {}) for n in ("practice", "list", "search"))
        if practice:
            ok = practice["rps"] >= 300 and practice["p95"] <= 100
            out.append(f"practice pages {fmt(practice['rps'], 1)}/s, p95 {fmt(practice['p95'])}"
                       f" ms at 50 (target ≥ 300/s, p95 ≤ 100 ms): "
                       + ("**met**" if ok else "**not met**"))
        for name, row in (("list", lst), ("search", search)):
            if row:
                out.append(f"{name} {fmt(row['rps'], 1)}/s at 50 (target ≥ 150/s): "
                           + ("**met**" if row["rps"] >= 150 else "**not met**"))
    if at200:
        ko = at200["figures"]["All Requests"]["ko"]
        out.append(f"{fmt(ko)} failed requests at 200 (target none): "
                   + ("**met**" if ko == 0 else "**not met**"))
    return out


def section(runs):
    newest = max(runs.values(), key=lambda r: r["measured"])
    lines = [
        "## Pages under load (`bench/pages.py`, Gatling)",
        "Gatling (`PageLoadSimulation`, `mvn -Pload gatling:test`) on the same machine as the"
        " portal, against the run command: N visitors at once (closed model; a ramp, then the"
        " full load, counted together). Each visitor opens 3-6 pages and leaves, and a new one"
        " takes their place: the home page (the first page of 4 visits in 10), then by weight the"
        " practice list `/practices` with 0-2 filters, an order and pages 1-3 (25 %), practice"
        " pages (40 %), organisation pages (10 %), the search page with the words of"
        " `bench/search.py` (15 %) and the home page (10 %); slugs from the API, choices seeded,"
        " so every run asks the same. A share of the visits are the demo editor's: log in through"
        " the API, browse, read one of Bergen kommune's practices as JSON and save it with one"
        " fact changed (flipped back after the run). A page is OK with 200, its own marker and no"
        " error page's heading (search: not degraded); a save with 200 and the new version."
        " Pages/s is a family's share of the mix: with no think time, the visitors are that many"
        " connections always waiting for a page, as in the issue's measurements.",
        "",
        *bb.machine_table(newest["machine"]),
        "",
    ]
    for key, run in sorted(runs.items(), key=lambda kv: kv[1]["measured"]):
        data = (f"{run['count']:,} published practices (`/api/practices` total)"
                if run["count"] is not None else "unknown")
        lines.append(
            f"- **{key}**: measured {run['date']} on commit `{run['commit']}` ({run['cpu']});"
            f" data set {data}; {run['seconds']} s after a {run['ramp']} s ramp, think time"
            f" {run['thinkMs']} ms, {run['editors']} % editors"
            + (f", {run['only']} pages only" if run.get("only") not in (None, "?", "") else "")
            + (", with the pages' static resources (their own rows count in all requests)"
               if run.get("resources") == "true" else ", HTML only")
            + ".")
    lines += [
        "",
        "| run | users | requests | count | pages/s | p50 ms | p95 ms | p99 ms | KO |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for key, run in sorted(runs.items(), key=lambda kv: kv[1]["measured"]):
        for users in sorted(run["users"], key=int):
            figures = run["users"][users]["figures"]
            for name in FAMILIES + EDITOR_REQUESTS + ["All Requests"]:
                if name in figures:
                    f = figures[name]
                    lines.append(f"| {key} | {users} | {NAMES[name]} | {fmt(f['count'])} |"
                                 f" {fmt(f['rps'], 1)} | {fmt(f['p50'])} | {fmt(f['p95'])} |"
                                 f" {fmt(f['p99'])} | {fmt(f['ko'])} |")
    lines += [
        "",
        "Targets (issue 19), on this 2-core machine with the seed content plus 1 000 generated"
        " practices: ≥ 300 practice pages/s and p95 ≤ 100 ms at 50 concurrent users, the list and"
        " search pages ≥ 150 pages/s, and no error under 200 concurrent users.",
        "",
    ]
    for key, run in sorted(runs.items(), key=lambda kv: kv[1]["measured"]):
        found = verdicts(run["users"])
        if found:
            lines.append(f"- {key}: " + "; ".join(found) + ".")
    loads = ", ".join(f"{key} at {users} users {u['load']}" for key, run in runs.items()
                      for users, u in run["users"].items() if u.get("load"))
    lines += [
        "",
        "Reports: " + ", ".join(f"`{u['report']}/index.html`" for run in runs.values()
                                for u in run["users"].values())
        + " (not kept in git)." + (f" Load average before / after: {loads}." if loads else ""),
        "",
        "One run on a shared machine, with the portal, its embedded MariaDB and Elasticsearch"
        " and the Gatling JVM on the same cores: expect spread between runs. The run command's"
        " Payara has the client compiler only and the serial collector (decisions 0037, 0041);"
        " production's JVM options (deploy/README.md) keep both compilers.",
        "<!-- pages-data: " + json.dumps({"runs": runs}, ensure_ascii=False).replace(
            "--", "-\\u002d") + " -->",
    ]
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default=bb.BASE.rstrip("/"), help="the portal's address")
    parser.add_argument("--users", type=int, nargs="+", default=[50, 200],
                        help="visitors at once, one run each (default 50 200)")
    parser.add_argument("--seconds", type=int, default=120, help="at full load (default 120)")
    parser.add_argument("--ramp", type=int, default=10, help="seconds to full load (default 10)")
    parser.add_argument("--editors", type=float, default=5, help="editors' share, per cent")
    parser.add_argument("--think-ms", default="0", help="think time, ms or min-max (default 0)")
    parser.add_argument("--only", choices=FAMILIES[:-1], help="pages of this family only")
    parser.add_argument("--resources", action="store_true",
                        help="fetch the style sheets, scripts and images of each page too")
    parser.add_argument("--password-file", default=os.path.join(bb.REPO, "data",
                                                                "demo-password.txt"))
    parser.add_argument("--label", choices=["before", "after", "page cache", "page cache, 4 min"],
                        help="required to write")
    parser.add_argument("--report", nargs="+", help="read these reports instead of running")
    parser.add_argument("--no-write", action="store_true", help="print, do not write the docs")
    args = parser.parse_args()
    if not args.no_write and not args.label:
        parser.error("--label before|after is required to write docs/benchmarks.md")

    results, run = measure(args)
    key = (args.label or "this run") + (f", {run['only']} only"
                                        if run.get("only") not in (None, "?", "") else "")
    runs = earlier()
    m = bb.machine()
    this = {"measured": time.time(), "date": bb.today(), "commit": bb.commit(), "machine": m,
            "cpu": f"{m['cpu']}, {m['cores']} cores",
            "count": None if run["base"] == "?" else count(run["base"]),
            **{k: run[k] for k in ("seconds", "ramp", "editors", "thinkMs", "only", "resources")},
            "users": results}
    if key in runs and runs[key]["commit"] == this["commit"]:
        this["users"] = {**runs[key]["users"], **results}
    runs[key] = this
    text = section(runs if not args.no_write else {key: this})
    print(text)
    if not args.no_write:
        bb.write_section("pages", text)


if __name__ == "__main__":
    main()

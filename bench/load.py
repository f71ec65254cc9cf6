#!/usr/bin/env python3
"""Search under load: runs the Gatling simulation of the `load` Maven profile (50 visitors
searching through the search page and the API at once; bench/gatling/java/no/boforum/load) against
a running portal, reads Gatling's report, and writes the `load` section of docs/benchmarks.md.
Not a test: it gates nothing, and CI never runs it.

    python3 bench/load.py [--users 50] [--seconds 120] [--ramp 10] [--no-write]
    python3 bench/load.py --report target/gatling/searchloadsimulation-...   # an earlier run

The portal is BOFORUM_URL (default http://localhost:8080/), or --base. Gatling writes its figures
as an HTML report only (no stats.json since Gatling 3.12): the statistics table of the report's
index.html is read, by its column headings, so the percentiles must be the ones
bench/gatling/resources/gatling.conf sets (50, 95, 99, 99.9).
"""
import argparse
import glob
import html.parser
import json
import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request

import boforum_bench as bb

TARGET_PRACTICES = 100_000
DEFAULTS = {"users": 50, "seconds": 120, "ramp": 10, "base": bb.BASE.rstrip("/")}
NAMES = {"page": "search page (`GET /search`)", "api": "API (`GET /api/search`)",
         "All Requests": "all requests"}


class Report(html.parser.HTMLParser):
    """The statistics table and the run information of a Gatling report's index.html."""

    def __init__(self):
        super().__init__()
        self.headings = {}      # col-N -> heading text
        self.rows = []          # [{"name": ..., "col-N": text}]
        self.info = {}          # "Version", "Date", "Duration", "Description" -> text
        self._heading = None
        self._row = None
        self._cell = None
        self._name = False
        self._label = None
        self._after_label = None
        self._text = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if tag == "th" and (a.get("id") or "").startswith("col-"):
            self._heading, self._text = a["id"], []
        elif tag == "tr" and a.get("id") and self._heading is None:
            self._row = {"id": a["id"]}
        elif tag == "td" and self._row is not None:
            col = next((c for c in classes if c.startswith("col-")), None)
            if col and col != "col-1":
                self._cell, self._text = col, []
        elif tag == "span" and "ellipsed-name" in classes and self._row is not None:
            self._name, self._text = True, []
        elif tag == "span" and "simulation-information-label" in classes:
            self._label, self._text = True, []
        elif tag == "span" and self._after_label:
            self._label, self._text = self._after_label, []
            self._after_label = None

    def handle_endtag(self, tag):
        text = " ".join("".join(self._text).split())
        if tag == "th" and self._heading:
            self.headings[self._heading] = text
            self._heading = None
        elif tag == "td" and self._cell:
            self._row[self._cell] = text
            self._cell = None
        elif tag == "span" and self._name:
            self._row["name"] = text
            self._name = False
        elif tag == "span" and self._label is True:
            self._after_label = text.rstrip(":")
            self._label = None
        elif tag == "span" and isinstance(self._label, str):
            self.info[self._label] = text
            self._label = None
        elif tag == "tr" and self._row is not None:
            if "name" in self._row:
                self.rows.append(self._row)
            self._row = None

    def handle_data(self, data):
        self._text.append(data)

    def handle_entityref(self, name):
        self._text.append(html.unescape(f"&{name};"))

    def figures(self):
        """{request name: {"count", "ok", "ko", "rps", "p50", "p95", "p99", "max", "mean"}}."""
        wanted = {"Total": "count", "OK": "ok", "KO": "ko", "Cnt/s": "rps", "50th pct": "p50",
                  "95th pct": "p95", "99th pct": "p99", "Max": "max", "Mean": "mean"}
        columns = {wanted[h]: col for col, h in self.headings.items() if h in wanted}
        missing = sorted(set(wanted.values()) - set(columns))
        if missing:
            raise SystemExit(f"the report's statistics table lacks {missing} (headings: "
                             f"{sorted(self.headings.values())}); are the percentiles of "
                             "bench/gatling/resources/gatling.conf in force?")
        out = {}
        for row in self.rows:
            values = {}
            for key, col in columns.items():
                text = row.get(col, "-").replace(",", "")
                values[key] = 0.0 if text in ("-", "") else float(text)
            out[row["name"]] = values
        return out


def read_report(directory, required=("page", "api", "All Requests")):
    path = directory if directory.endswith(".html") else os.path.join(directory, "index.html")
    if not os.path.exists(path):
        raise SystemExit(f"no Gatling report at {path}")
    parser = Report()
    with open(path, encoding="utf-8") as f:
        parser.feed(f.read())
    figures = parser.figures()
    for name in required:
        if name not in figures:
            raise SystemExit(f"the report has no row '{name}' (rows: {sorted(figures)})")
    return os.path.dirname(os.path.abspath(path)), parser.info, figures


# The simulations' system properties whose names differ from the settings' short names.
PROPERTIES = {"base": "baseUrl", "ramp": "rampSeconds"}


def run_gatling(settings, simulation=None):
    """Runs a simulation of the `load` profile through Maven with the settings as `load.*`
    system properties (and in the report's description, where `settings()` finds them again);
    answers the new report's directory."""
    description = " ".join(f"{key}={value}" for key, value in settings.items())
    command = ["mvn", "-B", "-Pload", "gatling:test"]
    if simulation:
        command.append(f"-Dgatling.simulationClass={simulation}")
    command += [f"-Dload.{PROPERTIES.get(key, key)}={value}" for key, value in settings.items()]
    command.append(f"-Dgatling.runDescription={description}")
    print(" ".join(command), flush=True)
    before = set(glob.glob(os.path.join(bb.REPO, "target", "gatling", "*", "index.html")))
    done = subprocess.run(command, cwd=bb.REPO)
    if done.returncode != 0:
        raise SystemExit(f"Maven ended with {done.returncode}")
    after = set(glob.glob(os.path.join(bb.REPO, "target", "gatling", "*", "index.html")))
    new = sorted(after - before, key=os.path.getmtime)
    if not new:
        raise SystemExit("Gatling wrote no new report under target/gatling")
    return new[-1]


def settings(info, args, keys=("users", "seconds", "ramp", "base")):
    """The settings of the run (users, seconds, ramp, base...): from the report's description
    (set by run_gatling), else the arguments; unknown ("?") for a report run otherwise and no
    argument."""
    found = dict(re.findall(r"(\w+)=(\S+)", info.get("Description", "")))
    return {key: found.get(key, "?" if getattr(args, key, None) is None else getattr(args, key))
            for key in keys}


def practices(base):
    """Published practices the search finds (the index's count), or None if it cannot say."""
    url = base.rstrip("/") + "/api/search?type=practice&size=1"
    try:
        with urllib.request.urlopen(urllib.request.Request(
                url, headers={"Accept": "application/json"}), timeout=60) as r:
            answer = json.loads(r.read())
    except (urllib.error.URLError, OSError, ValueError) as e:
        print(f"could not count the practices at {url}: {e}", file=sys.stderr)
        return None
    return None if answer.get("degraded") else answer["total"]


def ms(value):
    return f"{value:.0f}"


def section(info, figures, run, count, load, report_dir, target_ms):
    m = bb.machine()
    page = figures["page"]
    rows = []
    for name in ("page", "api", "All Requests"):
        f = figures[name]
        rows.append(f"| {NAMES[name]} | {f['count']:.0f} | {f['ko']:.0f} | {f['rps']:.1f} | "
                    f"{ms(f['p50'])} | {ms(f['p95'])} | {ms(f['p99'])} | {ms(f['max'])} |")
    met = page["p95"] <= target_ms
    verdict = (f"search page p95 {ms(page['p95'])} ms against the target of {target_ms} ms: "
               + ("**met**" if met else "**not met**"))
    caveats = []
    if count is None or count < TARGET_PRACTICES:
        caveats.append(f"the data set is not the target's {TARGET_PRACTICES:,} practices, so this"
                       " is not the issue's figure")
    if figures["All Requests"]["ko"] > 0:
        caveats.append(f"{figures['All Requests']['ko']:.0f} requests failed their checks (KO):"
                       " see the report's errors; the percentiles include them")
    data = (f"{count:,} published practices findable (`/api/search?type=practice` total)"
            if count is not None else "unknown (the search did not answer the count)")
    lines = [
        "## Search under load (`bench/load.py`, Gatling)",
        f"Measured {info.get('Date', bb.today())} on commit `{bb.commit()}` against "
        f"{run['base']} with Gatling {info.get('Version', '?')} (`mvn -Pload gatling:test`) on"
        " the same machine as the portal: "
        f"{run['users']} visitors at once (closed model; a ramp of {run['ramp']} s, then"
        f" {run['seconds']} s, counted together; Gatling's duration {info.get('Duration', '?')})."
        " Each visitor makes 5 searches, thinking 0.5-2 s (uniform) after each, and leaves; a"
        " new visitor takes their place. The searches are a fixed, seeded list of 1000: the"
        " words of `bench/search.py`, 0-3 facets with real codes, sometimes evidence, status or"
        " language, three orders, pages 1-3, one in eight without words; two in three through"
        " the search page (its HTML only), one in three through the API. A page is OK when it"
        " answers 200 with the results heading and not degraded; an API answer when 200 with"
        " `hits` and not degraded.",
        "",
        *bb.machine_table(m),
        "",
        f"Data set: {data}.",
        "",
        "| requests | count | KO | req/s | p50 ms | p95 ms | p99 ms | max ms |",
        "|---|---|---|---|---|---|---|---|",
    ] + rows + [
        "",
        f"Target (issue 16): {verdict}."
        + ("" if not caveats else " Note: " + "; ".join(caveats) + "."),
        "",
        (f"Load average before / after: {load}. " if load else "")
        + f"Report: `{os.path.relpath(report_dir, bb.REPO)}/index.html` (not kept in git).",
        "",
        "One run on a shared machine, with the portal, its embedded MariaDB and Elasticsearch"
        " and the Gatling JVM on the same cores: expect spread between runs.",
    ]
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", help=f"the portal's address (default {DEFAULTS['base']})")
    parser.add_argument("--users", type=int, help="visitors at once (default 50)")
    parser.add_argument("--seconds", type=int, help="at full load, after the ramp (default 120)")
    parser.add_argument("--ramp", type=int, help="seconds to reach full load (default 10)")
    parser.add_argument("--target-ms", type=int, default=100, help="the page's p95 target")
    parser.add_argument("--report", help="read this report (a target/gatling/<run> directory)"
                                         " instead of running the simulation")
    parser.add_argument("--no-write", action="store_true", help="print, do not write the docs")
    args = parser.parse_args()

    load = None
    if args.report:
        report = args.report
    else:
        for key, value in DEFAULTS.items():
            if getattr(args, key) is None:
                setattr(args, key, value)
        load = open("/proc/loadavg").read().split()[0]
        t0 = time.perf_counter()
        report = run_gatling({key: getattr(args, key) for key in DEFAULTS})
        load += " / " + open("/proc/loadavg").read().split()[0]
        print(f"Maven and Gatling took {time.perf_counter() - t0:.0f} s", flush=True)
    report_dir, info, figures = read_report(report)
    run = settings(info, args)
    count = None if run["base"] == "?" else practices(run["base"])
    text = section(info, figures, run, count, load, report_dir, args.target_ms)
    print(text)
    if not args.no_write:
        bb.write_section("load", text)


if __name__ == "__main__":
    main()

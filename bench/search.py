#!/usr/bin/env python3
"""Search benchmark: full-reindex speed, search latency through the API side by side with the
same query sent raw to Elasticsearch, and publish-to-findable latency. Writes its section of
docs/benchmarks.md. Not a test: it gates nothing.

Run it after `bench/search_data.py N` has generated the data set, with the run command up:

    python3 bench/search.py [--rounds 8] [--no-rebuild]

1. Full reindex: starts the administrators' rebuild (new index, alias swap) and follows its
   progress; documents per second from its own start and finish times. Whatever the outbox still
   holds after the swap (changes made meanwhile) is waited for and its time reported, and nothing
   else is measured before the outbox is empty.
2. Latency: a fixed, seeded list of realistic requests (bokmål and nynorsk words, 0-3 facet
   filters, sorts, pages 1-3, empty queries with filters). For each, the body the portal sends to
   Elasticsearch is fetched once (GET /api/admin/search-index/request), then every round times
   GET /api/search and POST to the same aliases' _search with that body, alternately (which
   goes first alternates by round), each over its own kept-alive connection. Totals are compared,
   so both sides answer the same thing.
3. Publish-to-findable: the demo editor creates a practice whose title holds a word found nowhere
   else, waits a random 0-2.5 s (so as not to run in step with the indexer), publishes it, and searches for the word every 20 ms until it is found; then archives it
   and searches until it is gone. The practices stay archived.
"""
import argparse
import json
import os
import random
import statistics
import string
import time
import urllib.parse

import boforum_bench as bb

QUERIES = ["bostedsløse", "bustadlaus", "bustadlause", "housing first", "leiebolig",
           "leigebustad", "rusavhengige", "startlån", "bostøtte", "bustøtte", "bomiljø",
           "psykisk helse", "kommunal bolig", "utleiere", "leigetakarar", "flyktninger",
           "flyktningar", "barnefamilier", "oppfølging", "nav", "frivillige", "midlertidig bolig",
           "mellombels bustad", "bumeistring", "tilskot", "unge", "boveiledning",
           "erfaringskonsulent", "husleie", "utkastelse", "tromsø", "bergen", "bostedslose",
           "housng first", "homeless", "hjemløse", "evaluering", "handlingsplan"]
FACETS = [("theme", "theme"), ("targetGroup", "target_group"), ("county", "county"),
          ("actorType", "actor_type"), ("funding", "funding"), ("voluntaryRole", "voluntary_role")]
# The API searches every kind's alias when no type is chosen (the benchmark chooses none), so the
# raw side does too.
RAW_SEARCH = ("practices,discussions,events,matching/_search?typed_keys=true"
              "&ignore_unavailable=true&allow_no_indices=true")
EVIDENCE = ["idea_pilot", "described", "process_evaluated", "effect_evaluated",
            "documented_effect"]


def requests(count, codes):
    """A fixed list of requests as parameter lists."""
    rnd = random.Random(20261124)
    out = []
    for n in range(count):
        params = []
        if n % 8 != 7:
            params.append(("q", rnd.choice(QUERIES)))
        filters = rnd.choice([0, 0, 1, 1, 2, 3]) if params else rnd.choice([1, 2, 3])
        for name, taxonomy in rnd.sample(FACETS, filters):
            for code in rnd.sample(codes[taxonomy], rnd.choice([1, 1, 1, 2])):
                params.append((name, code))
        extra = rnd.random()
        if extra < 0.1:
            params.append(("evidence", rnd.choice(EVIDENCE)))
        elif extra < 0.2:
            params.append(("status", rnd.choice(["PLANNED", "ACTIVE", "ENDED"])))
        elif extra < 0.25:
            params.append(("language", rnd.choice(["nb", "nn"])))
        sort = rnd.choice([None, None, None, "newest", "evidence"])
        if sort:
            params.append(("sort", sort))
        page = rnd.choice([1, 1, 1, 1, 2, 3])
        if page > 1:
            params.append(("page", str(page)))
        out.append(params)
    return out


def health():
    status, text = bb.Session().call("GET", "health-details/ready", base=bb.MANAGEMENT)
    data = json.loads(text)
    return {c["name"]: c.get("data", {}) for c in data["checks"]}


def wait_for_outbox(limit_s=3600):
    t0 = time.perf_counter()
    while True:
        pending = int(health()["search"].get("outboxPending", "0"))
        if pending == 0:
            return time.perf_counter() - t0
        if time.perf_counter() - t0 > limit_s:
            raise SystemExit(f"outbox still holds {pending} rows after {limit_s} s")
        time.sleep(0.5)


def parse_instant(text):
    import datetime
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))


def reindex(admin):
    status, text = admin.call("POST", "api/admin/search-index/rebuild")
    if status != 202:
        raise SystemExit(f"rebuild refused: {status} {text[:300]!r}")
    t0 = time.perf_counter()
    while True:
        time.sleep(0.25)
        progress = admin.json("GET", "api/admin/search-index")
        if not progress["running"]:
            break
    wall = time.perf_counter() - t0
    if progress.get("error"):
        raise SystemExit(f"rebuild failed: {progress['error']}")
    seconds = (parse_instant(progress["finishedAt"])
               - parse_instant(progress["startedAt"])).total_seconds()
    catch_up = wait_for_outbox()
    return {"docs": progress["done"], "seconds": seconds, "wall": wall,
            "rate": progress["done"] / seconds, "catch_up": catch_up}


def side_by_side(admin, reqs, rounds):
    api = bb.KeepAlive(bb.BASE)
    raw = bb.KeepAlive(bb.ES)
    cases = []
    for params in reqs:
        query = urllib.parse.urlencode(params)
        status, body = admin.call("GET", "api/admin/search-index/request?" + query)
        if status != 200:
            raise SystemExit(f"request body for {query}: {status} {body[:300]!r}")
        cases.append({"query": query, "body": body, "api": [], "raw": [], "took": [],
                      "page1_text": ("page", "2") not in params and ("page", "3") not in params
                      and any(k == "q" for k, _ in params)})

    def call_api(case):
        status, data, ms = api.request("GET", "api/search?" + case["query"])
        if status != 200:
            raise SystemExit(f"API {case['query']}: {status} {data[:300]!r}")
        return json.loads(data), ms

    def call_raw(case):
        status, data, ms = raw.request("POST", RAW_SEARCH, case["body"])
        if status != 200:
            raise SystemExit(f"raw {case['query']}: {status} {data[:300]!r}")
        return json.loads(data), ms

    # Warm-up (two rounds), and a check that both sides answer the same request.
    for case in cases + cases:
        answer, _ = call_api(case)
        raw_answer, _ = call_raw(case)
        if answer.get("degraded"):
            raise SystemExit(f"search is degraded for {case['query']}")
        if answer["total"] != raw_answer["hits"]["total"]["value"]:
            raise SystemExit(f"totals differ for {case['query']}: {answer['total']} "
                             f"vs {raw_answer['hits']['total']['value']}")
        case["total"] = answer["total"]
    rnd = random.Random(1)
    t0 = time.perf_counter()
    for r in range(rounds):
        order = cases[:]
        rnd.shuffle(order)
        for case in order:
            if r % 2 == 0:
                _, a = call_api(case)
                answer, w = call_raw(case)
            else:
                answer, w = call_raw(case)
                _, a = call_api(case)
            case["api"].append(a)
            case["raw"].append(w)
            case["took"].append(answer["took"])
    wall = time.perf_counter() - t0
    api.close()
    raw.close()
    return cases, wall


def insight_write_cost(samples=500):
    """Milliseconds of the upsert that SearchInsight.count runs, each in its own committed
    transaction, timed by the server (NOW(6) before and after) through the MariaDB client."""
    statement = ("INSERT INTO search_query_day (day, query, searches, zero_results) "
                 "VALUES (CURRENT_DATE, 'bench insight probe', 1, 0) ON DUPLICATE KEY UPDATE "
                 "searches = searches + 1;\n")
    out = bb.sql("SET autocommit = 1; SET @t0 = NOW(6);\n" + statement * samples
                 + "SELECT TIMESTAMPDIFF(MICROSECOND, @t0, NOW(6));\n"
                 "DELETE FROM search_query_day WHERE query = 'bench insight probe';\n")
    return int(out.split()[-1]) / samples / 1000


def page_one_versus_two(admin, rounds=15):
    """The same words on page 1 (counted for search insight) and page 2 (not counted),
    alternately: the difference through the API against the difference raw."""
    api = bb.KeepAlive(bb.BASE)
    raw = bb.KeepAlive(bb.ES)
    words = QUERIES[:8]
    bodies = {(w, page): admin.call("GET", "api/admin/search-index/request?"
                                    + urllib.parse.urlencode({"q": w, "page": page}))[1]
              for w in words for page in (1, 2)}
    times = {"api1": [], "api2": [], "raw1": [], "raw2": []}
    for r in range(rounds):
        for w in words:
            for page in (1, 2) if r % 2 == 0 else (2, 1):
                query = urllib.parse.urlencode({"q": w, "page": page})
                times[f"api{page}"].append(api.request("GET", "api/search?" + query)[2])
                times[f"raw{page}"].append(raw.request(
                    "POST", RAW_SEARCH, bodies[(w, page)])[2])
    api.close()
    raw.close()
    return {k: statistics.median(v) for k, v in times.items()} | {"queries": len(words),
                                                                    "rounds": rounds}


def publish_to_findable(editor, count):
    codes = {t: [c["code"] for c in editor.json("GET", "api/taxonomies/" + t)]
             for t in ("theme", "target_group", "municipality")}
    search = bb.KeepAlive(bb.BASE)
    rnd = random.Random()
    found_ms, gone_ms, publish_call_ms = [], [], []

    def total(word):
        status, data, _ = search.request("GET", f"api/search?q={word}&page=2&size=1")
        return json.loads(data)["total"]

    def poll(word, done):
        while True:
            if done(total(word)):
                return
            time.sleep(0.02)

    for n in range(count):
        word = "benchord" + "".join(rnd.choice(string.ascii_lowercase) for _ in range(8))
        created = editor.json("POST", "api/practices", {
            "title": f"Bench målepunkt {word}",
            "summary": "Publisert av søkebenchmarken for å måle tida til den er søkbar.",
            "body": "Oppfølging av leigetakarar i kommunal bustad. " * 5,
            "language": "nn", "owner": "bergen-kommune",
            "themes": codes["theme"][:1], "targetGroups": codes["target_group"][:1],
            "places": codes["municipality"][:1], "activityStatus": "active",
            "evidenceLevel": "described"})
        slug = created["slug"]
        # The indexer drains every 2 s: start at a random moment of its cycle, not in step.
        time.sleep(rnd.uniform(0, 2.5))
        t0 = time.perf_counter()
        editor.json("POST", f"api/practices/{slug}/transitions", {"transition": "PUBLISH"})
        publish_call_ms.append((time.perf_counter() - t0) * 1000)
        poll(word, lambda t: t >= 1)
        found_ms.append((time.perf_counter() - t0) * 1000)
        time.sleep(rnd.uniform(0, 2.5))
        t0 = time.perf_counter()
        editor.json("POST", f"api/practices/{slug}/transitions", {"transition": "ARCHIVE"})
        poll(word, lambda t: t == 0)
        gone_ms.append((time.perf_counter() - t0) * 1000)
    search.close()
    return found_ms, gone_ms, publish_call_ms


def reach(published):
    """Per query word of the benchmark, the share of the published practices it finds."""
    search = bb.KeepAlive(bb.BASE)
    shares = {}
    for word in QUERIES:
        status, data, _ = search.request(
            "GET", "api/search?" + urllib.parse.urlencode(
                {"q": word, "type": "practice", "page": 2, "size": 1}))
        if status != 200:
            raise SystemExit(f"reach of {word}: {status} {data[:300]!r}")
        shares[word] = json.loads(data)["total"] / published
    search.close()
    return shares


def pct95(values):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def data_set():
    row = bb.sql(
        "SELECT (SELECT COUNT(*) FROM practice WHERE state = 'PUBLISHED'),"
        " (SELECT COUNT(*) FROM practice WHERE state = 'PUBLISHED' AND slug LIKE 'bench-%'),"
        " (SELECT COUNT(DISTINCT a.practice_id) FROM attachment a JOIN practice p"
        "   ON p.id = a.practice_id WHERE p.state = 'PUBLISHED'),"
        " (SELECT COUNT(*) FROM attachment a JOIN practice p ON p.id = a.practice_id"
        "   WHERE p.state = 'PUBLISHED'),"
        " (SELECT IFNULL(AVG(LENGTH(extracted_text)), 0) FROM attachment),"
        " (SELECT AVG(LENGTH(body)) FROM practice WHERE state = 'PUBLISHED'),"
        " (SELECT COUNT(*) FROM practice_term t JOIN practice p ON p.id = t.practice_id"
        "   WHERE p.state = 'PUBLISHED'),"
        " VERSION();").split("\t")
    keys = ["published", "bench", "with_attachments", "attachments", "avg_attachment",
            "avg_body", "terms", "mariadb"]
    return dict(zip(keys, [v.strip() for v in row]))


def es_facts():
    es = bb.KeepAlive(bb.ES)
    _, root, _ = es.request("GET", "")
    _, indices, _ = es.request("GET", "_cat/indices/practices?format=json&bytes=b")
    _, nodes, _ = es.request("GET", "_nodes/stats/jvm")
    es.close()
    node = next(iter(json.loads(nodes)["nodes"].values()))
    index = json.loads(indices)[0]
    return {"version": json.loads(root)["version"]["number"], "index": index["index"],
            "docs": int(index["docs.count"]), "size_mb": int(index["store.size"]) / 1e6,
            "heap_max_mb": node["jvm"]["mem"]["heap_max_in_bytes"] / 2**20,
            "heap_used_mb": node["jvm"]["mem"]["heap_used_in_bytes"] / 2**20}


def ms(value):
    return f"{value:.1f}"


def report(machine, data, es, rebuild, cases, wall, load, insight_ms, pages, publish, shares,
           args):
    api = [x for c in cases for x in c["api"]]
    raw = [x for c in cases for x in c["raw"]]
    took = [x for c in cases for x in c["took"]]
    rows = []
    for label, values in (("through the API (`GET /api/search`)", api),
                          ("raw Elasticsearch, same body (`POST /practices,discussions,events,matching/_search`)", raw),
                          ("Elasticsearch's own `took` of the raw call", took)):
        rows.append(f"| {label} | {ms(bb.percentile(values, 50))} | "
                    f"{ms(bb.percentile(values, 95))} | {ms(bb.percentile(values, 99))} | "
                    f"{ms(max(values))} |")
    p50 = bb.percentile(api, 50) / bb.percentile(raw, 50)
    p95 = bb.percentile(api, 95) / bb.percentile(raw, 95)

    def overhead(selected):
        return statistics.median(a - r for c in selected for a, r in zip(c["api"], c["raw"]))

    counted = [c for c in cases if c["page1_text"]]
    uncounted = [c for c in cases if not c["page1_text"]]
    kinds = [("page 1 with words (counted for search insight)", counted),
             ("pages 2-3, or no words (not counted)", uncounted)]
    kind_rows = [f"| {label} | {len(sel)} | {ms(bb.percentile([x for c in sel for x in c['api']], 50))}"
                 f" | {ms(bb.percentile([x for c in sel for x in c['raw']], 50))} | "
                 f"{ms(overhead(sel))} |" for label, sel in kinds if sel]
    slowest = sorted(cases, key=lambda c: -statistics.median(c["api"]))[:5]
    slow_rows = [f"| `{urllib.parse.unquote_plus(c['query']) or '(empty)'}` | {c['total']} | "
                 f"{ms(statistics.median(c['api']))} | {ms(statistics.median(c['raw']))} | "
                 f"{ms(statistics.median(c['took']))} |" for c in slowest]
    found, gone, publish_call = publish
    lines = [
        "## Search (`bench/search_data.py`, `bench/search.py`)",
        f"Measured {bb.today()} on commit `{bb.commit()}` against the run command (MariaDB, "
        "Elasticsearch and Payara Micro on this machine, with the benchmark client).",
        "",
        "| machine | |",
        "|---|---|",
        f"| CPU | {machine['cpu']}, {machine['cores']} cores |",
        f"| memory | {machine['memory']} |",
        f"| Java | {machine['java']} (Payara Micro 6.2025.10, `-Xmx1g`) |",
        f"| Elasticsearch | {es['version']} embedded in the run command's JVM, heap max "
        f"{es['heap_max_mb']:.0f} MB (JVM default), 1 shard |",
        f"| MariaDB | {data['mariadb']} |",
        f"| client | Python {machine['python']}, one thread, kept-alive connections |",
        "",
        f"Data set: {int(data['published']):,} published practices, of which "
        f"{int(data['bench']):,} generated by `search_data.py` (bokmål 75 %, nynorsk 22 %, "
        f"English 3 %); {int(data['with_attachments']):,} with attachments "
        f"({int(data['attachments']):,} attachments, {float(data['avg_attachment']) / 1000:.1f} "
        f"KB of text on average); bodies {float(data['avg_body']):.0f} characters on average; "
        f"{int(data['terms']):,} classification terms. Index `{es['index']}`: "
        f"{es['docs']:,} documents, {es['size_mb']:.0f} MB on disk.",
        "",
        f"How far the benchmark's {len(shares)} query words reach (share of the published "
        f"practices each finds): median {statistics.median(shares.values()):.0%}, "
        f"{sum(v > 0.5 for v in shares.values())} above half (the field's common words still reach most practices); the widest: "
        + ", ".join(f"`{w}` {v:.0%}" for w, v in
                    sorted(shares.items(), key=lambda kv: -kv[1])[:5]) + ".",
        "",
        "| indexing | |",
        "|---|---|",
        f"| full reindex (`POST /api/admin/search-index/rebuild`, {rebuild['date']}) | "
        f"{rebuild['docs']:,} documents in {rebuild['seconds']:.1f} s: "
        f"**{rebuild['rate']:.0f} documents/s** |",
        f"| then, until the outbox is empty (changes made during the rebuild) | "
        f"{rebuild['catch_up']:.0f} s until the outbox was empty |",
        f"| publish to findable (`/api/search` finds it; {len(found)} publications, "
        f"polled every 20 ms) | median {ms(statistics.median(found))} ms, p95 "
        f"{ms(pct95(found))} ms, worst {ms(max(found))} ms (the publish call itself: median "
        f"{ms(statistics.median(publish_call))} ms) |",
        f"| archive to gone from search | median {ms(statistics.median(gone))} ms, p95 "
        f"{ms(pct95(gone))} ms, worst {ms(max(gone))} ms |",
        "",
        f"Search latency: {len(cases)} fixed requests (one or two words in bokmål or nynorsk, "
        f"two misspelt, 0-3 facet filters, some sorted by newest or evidence, pages 1-3, every "
        f"eighth without words), {args.rounds} rounds after a warm-up round, API and raw "
        f"alternately: {len(api)} requests on each side, {len(api) / sum(api) * 1000:.0f} "
        f"requests/s through the API single-threaded ({wall:.0f} s in all). Load average "
        f"(1 min) before / after: {load}, on {machine['cores']} cores: other work on the "
        "machine shares them.",
        "",
        "| search latency, ms | p50 | p95 | p99 | worst |",
        "|---|---|---|---|---|",
        *rows,
        "",
        f"API / raw: **{p50:.2f}× at p50, {p95:.2f}× at p95**. Target (issue): API p95 under "
        f"30 ms and at most 1.2× raw: p95 {ms(bb.percentile(api, 95))} ms "
        f"({'met' if bb.percentile(api, 95) < 30 else 'not met'}), "
        f"{p95:.2f}× ({'met' if p95 <= 1.2 else 'not met'}).",
        "",
        "Where the difference goes (median of API minus raw, per request):",
        "",
        "| requests | count | API p50 ms | raw p50 ms | API − raw ms |",
        "|---|---|---|---|---|",
        *kind_rows,
        "",
        f"The same words on page 1 (counted for search insight: one upsert in its own "
        f"transaction) and page 2 (not counted), {pages['queries']} plain word requests "
        f"× {pages['rounds']} rounds, alternately, medians in ms:",
        "",
        "| | page 1 | page 2 | difference |",
        "|---|---|---|---|",
        f"| API | {ms(pages['api1'])} | {ms(pages['api2'])} | "
        f"{ms(pages['api1'] - pages['api2'])} |",
        f"| raw | {ms(pages['raw1'])} | {ms(pages['raw2'])} | "
        f"{ms(pages['raw1'] - pages['raw2'])} |",
        "",
        f"The upsert alone, committed on its own and timed by MariaDB: {insight_ms:.2f} ms "
        f"(mean of 500).",
        "",
        "The five slowest requests through the API (median ms):",
        "",
        "| request | hits | API | raw | took |",
        "|---|---|---|---|---|",
        *slow_rows,
    ]
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=8)
    parser.add_argument("--requests", type=int, default=60)
    parser.add_argument("--publications", type=int, default=20)
    parser.add_argument("--no-rebuild", action="store_true")
    parser.add_argument("--no-write", action="store_true", help="print, do not write the docs")
    parser.add_argument("--freshness-only", action="store_true",
                        help="only publish-to-findable and archive-to-gone; print, write nothing")
    args = parser.parse_args()
    if args.freshness_only:
        found, gone, call = publish_to_findable(bb.login(bb.DEMO_EDITOR), args.publications)
        for name, values in (("publish to findable", found), ("archive to gone", gone),
                             ("publish call", call)):
            print(f"{name}: {len(values)} times, median {statistics.median(values):.0f} ms,"
                  f" p95 {pct95(values):.0f} ms, worst {max(values):.0f} ms")
        return
    admin = bb.login(bb.DEMO_ADMIN)
    editor = bb.login(bb.DEMO_EDITOR)
    machine = bb.machine()
    saved = os.path.join(bb.REPO, "data", "bench-search-rebuild.json")
    if not args.no_rebuild:
        print("full reindex ...", flush=True)
        rebuild = reindex(admin) | {"date": bb.today()}
        print(rebuild, flush=True)
        with open(saved, "w") as f:
            json.dump(rebuild, f)
    elif os.path.exists(saved):
        wait_for_outbox()
        with open(saved) as f:
            rebuild = json.load(f)
    else:
        raise SystemExit("no earlier rebuild to report: run once without --no-rebuild")
    data = data_set()
    es = es_facts()
    codes = {t: [c["code"] for c in admin.json("GET", "api/taxonomies/" + t)]
             for _, t in FACETS}
    print("search latency ...", flush=True)
    load = open("/proc/loadavg").read().split()[0]
    cases, wall = side_by_side(admin, requests(args.requests, codes), args.rounds)
    load += " / " + open("/proc/loadavg").read().split()[0]
    insight_ms = insight_write_cost()
    pages = page_one_versus_two(admin)
    print("publish to findable ...", flush=True)
    publish = publish_to_findable(editor, args.publications)
    shares = reach(int(data["published"]))
    section = report(machine, data, es, rebuild, cases, wall, load, insight_ms, pages, publish,
                     shares, args)
    print(section)
    if not args.no_write:
        bb.write_section("search", section)


if __name__ == "__main__":
    main()

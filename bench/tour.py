"""A tour of the portal's pages, as a visitor and as the demo administrator would take it: follows
the portal's own links breadth-first from the home page (anonymous, then logged in), at most
BOFORUM_TOUR_PAGES pages each (default 300). bench/startup.sh runs it before it measures the
memory the embedded stack holds. Prints the count of pages by status; exits 1 if any answered 5xx.

    BOFORUM_URL=http://localhost:8080/ python3 bench/tour.py
"""
import collections
import os
import re
import sys
import urllib.parse

import boforum_bench as bb

LINK = re.compile(r'href="(/[^"#]*)"')
# Not pages to read: downloads, feeds, exports, the API description (YAML or JSON, 406 to a
# browser's Accept), logging out, language switches, and actions.
SKIP = re.compile(r"^/(jakarta\.faces\.resource|files/|feeds|api/|openapi|logout|export)|[?&]lang=")


def tour(session, limit):
    seen, queue, statuses = set(), collections.deque(["", "practices", "search?q=bolig",
                                                       "events", "discussions", "matching"]), collections.Counter()
    while queue and len(seen) < limit:
        path = queue.popleft()
        if path in seen:
            continue
        seen.add(path)
        status, body = session.call("GET", path, accept="text/html")
        statuses[status] += 1
        if status >= 400:
            print(f"  {status} on /{path}", file=sys.stderr)
        for link in LINK.findall(body.decode("utf-8", "replace")):
            link = urllib.parse.unquote(link.replace("&amp;", "&")).lstrip("/")
            if not SKIP.search("/" + link) and link not in seen:
                queue.append(link)
    return statuses


def main():
    limit = int(os.environ.get("BOFORUM_TOUR_PAGES", "300"))
    anonymous = tour(bb.Session(), limit)
    admin = tour(bb.login(bb.DEMO_ADMIN), limit)
    print("anonymous:", dict(anonymous), " administrator:", dict(admin))
    failed = sum(n for s, n in (anonymous + admin).items() if s >= 500)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()

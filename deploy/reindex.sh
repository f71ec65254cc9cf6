#!/usr/bin/env bash
# Rebuilds the search index of a running portal and follows it to the end: for every searchable
# kind (or the one named) a new index is filled from the database and its alias swapped over, so
# search answers all the while.
#
#   BOFORUM_URL=https://boforum.example.no/ BOFORUM_ADMIN_EMAIL=admin@example.no \
#   BOFORUM_ADMIN_PASSWORD=... deploy/reindex.sh [kind]
#
# kind: the name of one searchable kind (practice, ...); none rebuilds them all.
# The same as the button on /admin/search-index. Exits 0 when the rebuild finished, 1 when it
# failed, 2 when it could not start (another rebuild runs, the index is down, or the log-in failed).
set -euo pipefail

url="${BOFORUM_URL:-http://localhost:8080/}"
url="${url%/}/"
email="${BOFORUM_ADMIN_EMAIL:?set BOFORUM_ADMIN_EMAIL}"
: "${BOFORUM_ADMIN_PASSWORD:?set BOFORUM_ADMIN_PASSWORD}"
export BOFORUM_ADMIN_EMAIL BOFORUM_ADMIN_PASSWORD
kind="${1:-}"
if [ -n "$kind" ] && [[ ! "$kind" =~ ^[a-z0-9_-]+$ ]]; then
  echo "Not the name of a kind: $kind" >&2
  exit 2
fi
cookies="$(mktemp)"
trap 'rm -f "$cookies"' EXIT

command -v python3 >/dev/null || { echo "python3 is needed (to read JSON)" >&2; exit 2; }

# JSON is read and written by Python's json module, not by hand.
field() { # the value of the top-level field $1 of the JSON object $2; empty if absent, null or unreadable
  printf '%s' "$2" | python3 -c '
import json, sys
try:
    value = json.load(sys.stdin).get(sys.argv[1])
except (ValueError, AttributeError):
    value = None
print("" if value is None else json.dumps(value) if isinstance(value, bool) else value)' "$1"
}

# The body is made from the environment and goes through standard input: an argument would show
# the password to anyone running ps.
status=$(python3 -c '
import json, os
print(json.dumps({"email": os.environ["BOFORUM_ADMIN_EMAIL"],
                  "password": os.environ["BOFORUM_ADMIN_PASSWORD"]}))' \
  | curl -sS -o /dev/null -w '%{http_code}' -c "$cookies" -H 'Content-Type: application/json' \
    --data-binary @- "${url}api/session")
if [ "$status" != 200 ]; then
  echo "Log-in as $email failed (HTTP $status)" >&2
  exit 2
fi

answer=$(curl -sS -w '\n%{http_code}' -b "$cookies" -X POST \
  "${url}api/admin/search-index/rebuild${kind:+?kind=$kind}")
status="${answer##*$'\n'}"
if [ "$status" != 202 ]; then
  echo "The rebuild did not start (HTTP $status): ${answer%$'\n'*}" >&2
  exit 2
fi

# Progress is kept by the instance that rebuilds: an answer that is not its progress (not 200, a
# proxy's page, a login gone, another instance's "nothing running") is not taken for success.
misses=0
while true; do
  answer=$(curl -sS -w '\n%{http_code}' -b "$cookies" "${url}api/admin/search-index" || true)
  status="${answer##*$'\n'}"
  progress="${answer%$'\n'*}"
  running=$(field running "$progress")
  if [ "$status" != 200 ] || [ -z "$running" ]; then
    misses=$((misses + 1))
    if [ "$misses" -ge 15 ]; then
      echo
      echo "The rebuild's progress could not be read (HTTP $status) 15 times in a row;" \
        "see /admin/search-index" >&2
      exit 1
    fi
    sleep 2
    continue
  fi
  misses=0
  done_=$(field "done" "$progress")
  total=$(field total "$progress")
  printf '\r%s of %s documents ' "${done_:-0}" "${total:-?}"
  if [ "$running" != true ]; then
    echo
    error=$(field error "$progress")
    if [ -n "$error" ]; then
      echo "The rebuild failed: $error" >&2
      exit 1
    fi
    index=$(field index "$progress")
    finished=$(field finishedAt "$progress")
    if [ -z "$index" ] || [ -z "$finished" ]; then
      echo "No finished rebuild reported (another instance answered?); see /admin/search-index" >&2
      exit 1
    fi
    echo "Search index rebuilt as $index"
    exit 0
  fi
  sleep 2
done

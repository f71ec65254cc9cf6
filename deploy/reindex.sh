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
password="${BOFORUM_ADMIN_PASSWORD:?set BOFORUM_ADMIN_PASSWORD}"
kind="${1:-}"
if [ -n "$kind" ] && [[ ! "$kind" =~ ^[a-z0-9_-]+$ ]]; then
  echo "Not the name of a kind: $kind" >&2
  exit 2
fi
cookies="$(mktemp)"
trap 'rm -f "$cookies"' EXIT

json_string() { # a JSON string literal of $1
  local s="${1//\\/\\\\}"
  s="${s//\"/\\\"}"
  printf '"%s"' "$s"
}

field() { # the value of a top-level number, boolean or string field $1 in the JSON $2; empty if absent
  { printf '%s' "$2" | grep -o "\"$1\":\\(\"[^\"]*\"\\|[^,}]*\\)" || true; } | head -1 | cut -d: -f2- | tr -d '"'
}

# The body goes through standard input: an argument would show the password to anyone running ps.
status=$(printf '{"email":%s,"password":%s}' "$(json_string "$email")" "$(json_string "$password")" \
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
    if [ -z "$index" ] || [ "$index" = null ] || [ -z "$finished" ] || [ "$finished" = null ]; then
      echo "No finished rebuild reported (another instance answered?); see /admin/search-index" >&2
      exit 1
    fi
    echo "Search index rebuilt as $index"
    exit 0
  fi
  sleep 2
done

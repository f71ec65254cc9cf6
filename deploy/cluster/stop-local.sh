#!/usr/bin/env bash
# Stops what deploy/cluster/start-local.sh started, by the process ids it wrote in target/cluster/:
# the proxy, instance-2, then the run command (which stops instance-1, Elasticsearch and MariaDB).
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 1
OUT=target/cluster

stop() {
  local file="$OUT/$1.pid" pid
  [ -f "$file" ] || return 0
  pid=$(cat "$file")
  if kill -0 "$pid" 2>/dev/null; then
    echo "[cluster] stopping $1 (pid $pid)"
    kill -TERM "$pid"
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -0 "$pid" 2>/dev/null && { echo "[cluster] $1 still runs: KILL"; kill -KILL "$pid"; }
  fi
  rm -f "$file"
}

stop haproxy
stop instance-2
stop run-command
stop instance-1

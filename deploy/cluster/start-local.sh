#!/usr/bin/env bash
# Starts a cluster of two portal instances on this machine, behind HAProxy (decision 0038):
#   - the run command (mvn -Prun package) with its embedded MariaDB and Elasticsearch, and its
#     Payara Micro as instance-1, joined to the cluster (BOFORUM_CLUSTER_NAME, read by DevServer);
#   - instance-2: a second Payara Micro with instance-1's command line and environment (copied from
#     /proc), on other ports, deploying what instance-1 deploys (its post-boot command file: the
#     run command's target/boforum);
#   - HAProxy (deploy/cluster/haproxy.cfg) on 127.0.0.1:58100, routing by /health/ready.
# Everything listens on 127.0.0.1 only; the data grid finds its members by TCP/IP, never multicast.
# Build first: mvn -B -o -q package -DskipTests. Stop with deploy/cluster/stop-local.sh.
# Logs and process ids: target/cluster/.
set -euo pipefail
cd "$(dirname "$0")/../.."

PROXY_PORT=${BOFORUM_PROXY_PORT:-58100}
PORT_1=${BOFORUM_HTTP_PORT_1:-58180}
MANAGEMENT_1=${BOFORUM_MANAGEMENT_PORT_1:-58190}
PORT_2=${BOFORUM_HTTP_PORT_2:-58280}
MANAGEMENT_2=${BOFORUM_MANAGEMENT_PORT_2:-58290}
GRID_1=${BOFORUM_CLUSTER_PORT_1:-56901}
GRID_2=${BOFORUM_CLUSTER_PORT_2:-56902}
DB_PORT=${BOFORUM_DB_PORT:-53306}
ES_PORT=${BOFORUM_ES_PORT:-59200}
CLUSTER=${BOFORUM_CLUSTER_NAME:-boforum-local}
OUT=target/cluster

say() { echo "[cluster] $*"; }
fail() { echo "[cluster] $*" >&2; exit 1; }

[ -f target/payara-micro.jar ] \
  || fail "target/payara-micro.jar is missing: mvn -B -o -q package -DskipTests"
command -v haproxy >/dev/null || fail "HAProxy is not installed: apt-get install haproxy"
for port in $PROXY_PORT $PORT_1 $MANAGEMENT_1 $PORT_2 $MANAGEMENT_2 $GRID_1 $GRID_2 $DB_PORT $ES_PORT; do
  if ss -ltnH "sport = :$port" | grep -q .; then fail "port $port is in use"; fi
done
mkdir -p "$OUT/instance-2"
rm -rf "$OUT/instance-2/payara-root" "$OUT/instance-2/tmp"

# The pid of the process listening on a port of 127.0.0.1.
listener() { ss -ltnpH "sport = :$1" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2; }

ready() { [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$1")" = 200 ]; }

say "Starting the run command (database, search node, instance-1 on $PORT_1) ..."
env BOFORUM_HTTP_PORT="$PORT_1" BOFORUM_MANAGEMENT_PORT="$MANAGEMENT_1" \
  BOFORUM_DB_PORT="$DB_PORT" BOFORUM_ES_PORT="$ES_PORT" \
  BOFORUM_PUBLIC_URL="http://127.0.0.1:$PROXY_PORT/" BOFORUM_TRUSTED_PROXIES=127.0.0.1 \
  BOFORUM_CLUSTER_NAME="$CLUSTER" BOFORUM_CLUSTER_PORT="$GRID_1" \
  BOFORUM_CLUSTER_MEMBERS="127.0.0.1:$GRID_1,127.0.0.1:$GRID_2" BOFORUM_INSTANCE_NAME=instance-1 \
  BOFORUM_CLUSTER_HOST_AWARE=false \
  nohup mvn -q -B -o -Prun package > "$OUT/run-command.log" 2>&1 &
echo $! > "$OUT/run-command.pid"
for _ in $(seq 1 600); do
  grep -q "is ready at" "$OUT/run-command.log" && break
  kill -0 "$(cat "$OUT/run-command.pid")" 2>/dev/null || fail "the run command ended: $OUT/run-command.log"
  sleep 1
done
grep -q "is ready at" "$OUT/run-command.log" || fail "instance-1 was not ready in 10 minutes"
PID_1=$(listener "$PORT_1")
echo "$PID_1" > "$OUT/instance-1.pid"
say "instance-1 ready (pid $PID_1)"

say "Starting instance-2 on $PORT_2 with instance-1's command line and environment ..."
mapfile -d '' -t ENVIRONMENT < "/proc/$PID_1/environ"
mapfile -d '' -t ARGS < "/proc/$PID_1/cmdline"
COMMAND=()
for ((i = 0; i < ${#ARGS[@]}; i++)); do
  case "${ARGS[$i]}" in
    -Djava.io.tmpdir=*) COMMAND+=("-Djava.io.tmpdir=$PWD/$OUT/instance-2/tmp") ;;
    --port) COMMAND+=(--port "$PORT_2"); i=$((i + 1)) ;;
    --rootdir) COMMAND+=(--rootdir "$PWD/$OUT/instance-2/payara-root"); i=$((i + 1)) ;;
    --startport) COMMAND+=(--startport "$GRID_2"); i=$((i + 1)) ;;
    --name) COMMAND+=(--name instance-2); i=$((i + 1)) ;;
    *) COMMAND+=("${ARGS[$i]}") ;;
  esac
done
mkdir -p "$OUT/instance-2/tmp"
env -i "${ENVIRONMENT[@]}" BOFORUM_MANAGEMENT_PORT="$MANAGEMENT_2" BOFORUM_HTTP_PORT="$PORT_2" \
  BOFORUM_INSTANCE_NAME=instance-2 \
  nohup "${COMMAND[@]}" > "$OUT/instance-2/payara.log" 2>&1 &
echo $! > "$OUT/instance-2.pid"
for _ in $(seq 1 300); do
  ready "http://127.0.0.1:$PORT_2/health/ready" && break
  kill -0 "$(cat "$OUT/instance-2.pid")" 2>/dev/null || fail "instance-2 ended: $OUT/instance-2/payara.log"
  sleep 1
done
ready "http://127.0.0.1:$PORT_2/health/ready" || fail "instance-2 was not ready in 5 minutes"
say "instance-2 ready (pid $(cat "$OUT/instance-2.pid"))"
MEMBERS=$(grep -o 'DG Size: [0-9]*' "$OUT/instance-2/payara.log" | tail -1 || true)
say "data grid as instance-2 sees it: ${MEMBERS:-no member list in its log}"

say "Starting HAProxy on 127.0.0.1:$PROXY_PORT ..."
PROXY_BIND="127.0.0.1:$PROXY_PORT" PROXY_ERRORS="$PWD/deploy/cluster/errors" INSTANCE_1="127.0.0.1:$PORT_1" INSTANCE_2="127.0.0.1:$PORT_2" \
  nohup haproxy -db -f deploy/cluster/haproxy.cfg > "$OUT/haproxy.log" 2>&1 &
echo $! > "$OUT/haproxy.pid"
for _ in $(seq 1 30); do
  ready "http://127.0.0.1:$PROXY_PORT/health/ready" && break
  sleep 1
done
ready "http://127.0.0.1:$PROXY_PORT/health/ready" || fail "the proxy does not answer: $OUT/haproxy.log"
say "Boforum's cluster is ready at http://127.0.0.1:$PROXY_PORT/ (instances: $PORT_1, $PORT_2;"
say "management: $MANAGEMENT_1, $MANAGEMENT_2). Stop it with deploy/cluster/stop-local.sh"

#!/usr/bin/env bash
# Start-up benchmark: time to ready of the run command (first start on a fresh clone, second
# start on the data the first one left), idle RSS of the three processes, and the duration of
# the test command. Writes docs/benchmarks.md. Not a test: it gates nothing.
#
#   bench/startup.sh            # Maven repository as it is (downloads only what is missing)
#   bench/startup.sh --cold     # an empty Maven repository: the first run downloads everything
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/boforum-bench.XXXXXX)
m2_args=()
mode="a warm Maven repository"
if [ "${1:-}" = "--cold" ]; then
  m2_args=(-Dmaven.repo.local="$work/m2")
  mode="an empty Maven repository (every dependency downloaded)"
fi
for port in 8080 3306 9200; do
  if (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then
    echo "Port $port is in use; stop the running portal first." >&2
    exit 1
  fi
done

git clone -q "$repo" "$work/clone"
cd "$work/clone"

# Runs the run command until it says it is ready; prints the seconds it took.
start_portal() {
  local log=$1 t0
  t0=$(date +%s.%N)
  mvn -B "${m2_args[@]}" -Prun package > "$log" 2>&1 &
  echo $! > "$work/mvn.pid"
  while ! grep -q 'Boforum is ready' "$log"; do
    if ! kill -0 "$(cat "$work/mvn.pid")" 2>/dev/null; then
      echo "The run command stopped; see $log" >&2
      exit 1
    fi
    sleep 0.5
  done
  echo "$(date +%s.%N) - $t0" | bc
}

stop_portal() {
  local pid
  pid=$(cat "$work/mvn.pid")
  kill -TERM "$pid"  # a background job ignores SIGINT; the JVM stops cleanly on TERM too
  while pgrep -f 'payara-micro.jar --deploy' > /dev/null || pgrep -x mariadbd > /dev/null; do
    sleep 0.5
  done
}

rss_mb() { ps -o rss= -p "$1" | awk '{printf "%d", $1 / 1024}'; }

first=$(start_portal "$work/run1.log")
hits=$(curl -s 'http://127.0.0.1:8080/api/search?q=bustadlaus' | grep -o '"slug":"[^"]*"' | wc -l || true)
stop_portal
second=$(start_portal "$work/run2.log")
sleep 30
maven_pid=$(cat "$work/mvn.pid")
rss_es=$(rss_mb "$maven_pid")
rss_db=$(rss_mb "$(pgrep -x mariadbd | head -1)")
rss_payara=$(rss_mb "$(pgrep -f 'payara-micro.jar --deploy' | head -1)")
stop_portal

t0=$(date +%s.%N)
mvn -B "${m2_args[@]}" verify > "$work/verify.log" 2>&1
tests=$(echo "$(date +%s.%N) - $t0" | bc)
summary=$(grep -E '^\[INFO\] Tests run:' "$work/verify.log" | grep -v ' -- in ' | sed 's/\[INFO\] //' | paste -sd ';' -)

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
mem=$(free -g | awk '/Mem:/ {print $2 " GiB"}')
java=$(java -version 2>&1 | head -1)
commit=$(git rev-parse --short HEAD)
section=$(cat <<REPORT
## Start-up and test suite (\`bench/startup.sh ${1:-}\`)
Measured $(date -u +%Y-%m-%d) on commit \`$commit\`, one run each, with $mode.

| machine | |
|---|---|
| CPU | $cpu, $(nproc) cores |
| memory | $mem |
| Java | $java |

Data set: the seed content of \`content/\` (3 practices); a search for *bustadlaus* found $hits.

| figure | value |
|---|---|
| run command, first start on a fresh clone (build, MariaDB install, index creation), to "ready" | $(printf '%.1f' "$first") s |
| run command, second start (data in \`data/\` reused), to "ready" | $(printf '%.1f' "$second") s |
| idle RSS: Maven JVM holding the run command and the Elasticsearch node | $rss_es MB |
| idle RSS: \`mariadbd\` | $rss_db MB |
| idle RSS: Payara Micro with the portal | $rss_payara MB |
| test command (\`mvn -B verify\`), whole | $(printf '%.0f' "$tests") s |
| tests | $summary |

These are single runs on a shared machine: expect some seconds of spread between runs.
REPORT
)
# Each mode keeps its own section of the report; a run replaces only its own.
report="$repo/docs/benchmarks.md"
key=startup
[ "${1:-}" = "--cold" ] && key=startup-cold
[ -f "$report" ] || printf '# Benchmarks\n' > "$report"
python3 - "$report" "$key" "$section" <<'PY'
import re, sys
path, key, section = sys.argv[1:4]
text = open(path).read()
block = f"<!-- {key} -->\n{section}\n<!-- /{key} -->"
pattern = re.compile(rf"<!-- {re.escape(key)} -->.*?<!-- /{re.escape(key)} -->", re.S)
text = pattern.sub(lambda m: block, text) if pattern.search(text) else text.rstrip() + "\n\n" + block + "\n"
open(path, "w").write(text)
PY
rm -rf "$work"
echo "Wrote docs/benchmarks.md"

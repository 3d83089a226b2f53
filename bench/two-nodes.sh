#!/usr/bin/env bash
# Load test across two portal nodes on one PostgreSQL (issue 10, ADR 0110). Loopback only, bounded in
# time: every wrk run lasts $DURATION (default 20 s, at most 30 s), then everything this script started
# is stopped.
#
#   bench/two-nodes.sh                 # 1,000,000 seeded indicators, 20 s per run
#   INDICATORS=200000 DURATION=10s bench/two-nodes.sh
#
# Needs: Debian's postgresql (as .ci/run starts it), nginx-light (the round-robin proxy), wrk. Runs as root
# (creates the database through `su postgres`). What it does:
#   1. builds the portal jar if missing; creates an empty database canhgiac_two_nodes;
#   2. seeds it in production mode with `intel seed` (fictional phones 0900000001..; as in BENCHMARKS.md);
#   3. starts two `serve` processes (production mode, one shared CANHGIAC_HOME as a shared volume would be)
#      on 8101 and 8102, and nginx on 8100 (round robin over both) and 8099 (node 1 only);
#   4. wrk through 8099 (one node) and through 8100 (two nodes), same proxy, same script;
#   5. wrk through 8100 again and `kill -9` of node 2 a third of the way in; nginx's access log gives the
#      answers per second and per node, so the switch is visible.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${WORK:-/tmp/canhgiac-two-nodes}"
duration="${DURATION:-20s}"
indicators="${INDICATORS:-1000000}"
cases="${CASES:-200000}"
connections="${CONNECTIONS:-8}"
db=canhgiac_two_nodes
jar="$root/app/target/canhgiac-app.jar"
lua="$root/bench/src/main/resources/wrk/lookup.lua"
pids=()

cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
}
trap cleanup EXIT

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
command -v nginx >/dev/null || { echo "nginx is missing: apt-get install nginx-light" >&2; exit 2; }
[ -f "$jar" ] || (cd "$root" && ./mvnw -q -B -ntp -DskipTests -Dspring-javaformat.skip=true -pl app -am package)

# --- database: Debian's cluster, as .ci/run starts it
port=$(pg_lsclusters -h | head -1 | awk '{print $3}')
pg_ctlcluster $(pg_lsclusters -h | head -1 | awk '{print $1" "$2}') start 2>/dev/null || true
su postgres -c "psql -q -p $port -c \"DO \\\$\\\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname='canhgiac_ci') THEN CREATE ROLE canhgiac_ci LOGIN PASSWORD 'canhgiac_ci'; END IF; END \\\$\\\$;\""
su postgres -c "psql -q -p $port -c 'DROP DATABASE IF EXISTS $db'"
su postgres -c "psql -q -p $port -c 'CREATE DATABASE $db OWNER canhgiac_ci'"

rm -rf "$work" && mkdir -p "$work/home" "$work/nginx"
# run from a copy, so that a build during the benchmark does not replace the jar under the nodes
cp "$jar" "$work/canhgiac-app.jar" && jar="$work/canhgiac-app.jar"
export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$port/$db"
export SPRING_DATASOURCE_USERNAME=canhgiac_ci SPRING_DATASOURCE_PASSWORD=canhgiac_ci
export CANHGIAC_HOME="$work/home" CANHGIAC_MODE=production OMP_THREAD_LIMIT=1
# The benchmark client is one address: lift the per-client lookup limit, as in BENCHMARKS.md.
export SPRING_APPLICATION_JSON='{"canhgiac":{"intel":{"lookup-per-minute":100000000,"lookup-burst":100000000}}}'

echo "== seeding $indicators indicators / $cases cases"
start=$(date +%s)
java -Xmx1g -jar "$jar" intel seed --indicators "$indicators" --cases "$cases" > "$work/seed.log" 2>&1
echo "seeded in $(( $(date +%s) - start )) s"

serve() { # port
  java -Xmx512m -jar "$jar" --server.port="$1" > "$work/node-$1.log" 2>&1 &
  pids+=($!)
  echo $! > "$work/node-$1.pid"
}
healthy() { # port
  for _ in $(seq 1 240); do
    curl -fsS "http://127.0.0.1:$1/actuator/health" 2>/dev/null | grep -q '"UP"' && return 0
    sleep 0.5
  done
  echo "node on $1 did not become healthy" >&2; return 1
}
serve 8101; healthy 8101
serve 8102; healthy 8102
echo "both nodes healthy"

cat > "$work/nginx/nginx.conf" <<EOF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  log_format switch '\$msec \$status \$upstream_addr';
  upstream one { server 127.0.0.1:8101; keepalive 32; }
  upstream two {
    server 127.0.0.1:8101 max_fails=1 fail_timeout=5s;
    server 127.0.0.1:8102 max_fails=1 fail_timeout=5s;
    keepalive 32;
  }
  proxy_http_version 1.1;
  proxy_set_header Connection "";
  # a lookup is a GET: on a refused or reset connection nginx asks the other node
  proxy_next_upstream error timeout;
  proxy_connect_timeout 1s;
  server { listen 127.0.0.1:8099; location / { proxy_pass http://one; } }
  server {
    listen 127.0.0.1:8100;
    location / { proxy_pass http://two; access_log $work/nginx/switch.log switch buffer=256k flush=1s if=\$logging; }
  }
  map \$http_x_log \$logging { default 0; "1" 1; }
}
EOF
nginx -t -c "$work/nginx/nginx.conf" -p "$work/nginx" 2>&1 | grep -v "^nginx: the configuration" || true
nginx -c "$work/nginx/nginx.conf" -p "$work/nginx"

run() { # label url [extra wrk args]
  local label=$1 url=$2; shift 2
  echo "== $label"
  wrk -t2 -c"$connections" -d"$duration" --latency -s "$lua" "$@" "$url" | tee "$work/$label.txt" \
    | grep -E "Requests/sec|Latency  |50%|99%|requests in|Non-2xx|Socket errors"
}
curl -fsS -o /dev/null "http://127.0.0.1:8099/api/lookup?value=0900000001"
# Warm both paths: the JIT of each node and nginx's connections to it.
run warmup-two http://127.0.0.1:8100 >/dev/null
run warmup-one http://127.0.0.1:8099 >/dev/null
# Alternating rounds: on a shared machine the load of others drifts; alternation spreads it over both.
for round in $(seq 1 "${ROUNDS:-2}"); do
  run "one-node-$round" http://127.0.0.1:8099
  run "two-nodes-$round" http://127.0.0.1:8100
done
run direct-node1 http://127.0.0.1:8101
rate() { awk '/Requests\/sec/ {s += $2; n++} END {printf "%.0f", s / n}' "$@"; }
one=$(rate "$work"/one-node-*.txt); two=$(rate "$work"/two-nodes-*.txt)
echo "mean one node: $one req/s; two nodes: $two req/s; ratio $(awk -v a="$two" -v b="$one" 'BEGIN{printf "%.2f", a / b}')"

echo "== failover: kill -9 node 2 a third of the way into a $duration run"
seconds=${duration%s}
( sleep $(( seconds / 3 )); kill -9 "$(cat "$work/node-8102.pid")"; date +%s.%N > "$work/killed-at" ) &
run failover http://127.0.0.1:8100 -H "X-Log: 1"
sleep 2
killed=$(cat "$work/killed-at")
echo "node 2 killed at $(awk -v k="$killed" 'BEGIN{printf "%.1f", k}')"
echo "second  answered-by-8101  answered-by-8102  not-200 (status:count; 499 = wrk closing at the end)"
awk -v k="$killed" '{
    t = int($1 - k + 1000) - 1000; seen[t] = 1
    if ($2 != 200) e[t] = e[t] " " $2
    if ($3 ~ /8101$/) a[t]++; else if ($3 ~ /8102$/) b[t]++; else if ($3 ~ /8102, /) { b[t]++ }
  } END { for (t in seen) printf "%+5d %10d %16d   %s\n", t, a[t], b[t], e[t] }' "$work/nginx/switch.log" | sort -n
echo "answers that needed a second node (upstream list \"8102, 8101\"): $(grep -c ', ' "$work/nginx/switch.log" || true)"
echo "logs and wrk outputs in $work"

#!/usr/bin/env bash
# Times the leaders' dashboards over HTTP (session login as the demo leader, then N requests of
# each page), against a portal already running on PORT whose home was seeded with
# `bin/canhgiac report seed`. Prints p50/p95/max per page. Loopback only.
set -euo pipefail
port="${PORT:-8096}"; runs="${RUNS:-30}"; base="http://127.0.0.1:$port"
jar=$(mktemp); trap 'rm -f "$jar"' EXIT
token=$(curl -s -c "$jar" -b "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
curl -s -c "$jar" -b "$jar" -o /dev/null -d "username=leader&password=canhgiac-demo-2026&_csrf=$token" "$base/login"
for page in /stats "/stats?by=week" /stats/campaigns /stats/awareness /api/stats/situation; do
  for i in 1 2 3; do curl -s -b "$jar" -o /dev/null "$base$page"; done
  for i in $(seq "$runs"); do
    curl -s -b "$jar" -o /dev/null -w '%{http_code} %{time_total}\n' "$base$page"
  done | sort -k2 -n | awk -v page="$page" '$1 != 200 { bad++ } { t[NR] = $2 * 1000 } END {
      printf "%-22s p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d runs, %d not 200)\n",
      page, t[int((NR + 1) / 2)], t[int(NR * 0.95 + 0.5)], t[NR], NR, bad }'
done

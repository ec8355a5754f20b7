#!/usr/bin/env bash
# What a page costs next to Mailin (issue 12): /domains on the packaged jar against an independent
# stand-in for Mailin (WireMock standalone, its own process, zero latency), the client rate limit lifted.
# Usage: src/test/bench/domains-page.sh [seconds-per-run] [connections]   (defaults: 20 s, 50)
# Prints, from one run: the stand-in's own figures for the same list call, then the page with one user
# back to back and with N concurrent connections (wrk), and the page's overhead (median page minus
# median upstream call). Targets: overhead median <= 3 ms, p99 <= 15 ms; N connections >= 1,000 pages/s,
# p95 <= 50 ms. BENCH_JFR=/tmp/domains.jfr records a CPU profile of the dashboard (then
# `jfr print --events jdk.ExecutionSample`). BENCH_JVM_OPTS passes JVM options to the dashboard only (for example
# BENCH_JVM_OPTS=image: the Dockerfile's JAVA_TOOL_OPTIONS); JAVA_TOOL_OPTIONS would reach the stand-in's JVM too.
set -euo pipefail
cd "$(dirname "$0")/../../.."
seconds="${1:-20}"
connections="${2:-50}"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }
. src/test/bench/common.sh
jar=$(bench_jar)
wiremock=$(bench_wiremock)
stand_in_port=18089
port=18091
base="http://localhost:$port"
work=$(mktemp -d)
mkdir -p "$work/stand-in/mappings"
# the stand-in answers with the vendor's documented bodies: a token, a page of 25 domains, empty pages elsewhere
cat >"$work/stand-in/mappings/login.json" <<'EOF'
{ "request": { "method": "POST", "urlPath": "/api/v1/public/auth/login" },
  "response": { "status": 200, "headers": { "Content-Type": "application/json" },
                "body": "{\"user_id\": 1, \"token\": \"1|benchTokenBenchTokenBenchToken\"}" } }
EOF
rows=""
for i in $(seq 1 25); do
  rows="$rows{\"id\": $i, \"name\": \"bench-$i.com\", \"main_domain\": \"bench-$i.com\", \"name_servers\": \"ns1.mailin.ai, ns2.mailin.ai\", \"name_server_status\": \"1\", \"status\": \"1\", \"domain_provider\": \"dynadot\", \"created_at\": \"2023-10-27T10:00:00.000000Z\", \"updated_at\": \"2023-10-27T10:00:00.000000Z\"}"
  [ "$i" -lt 25 ] && rows="$rows, "
done
page="{\"current_page\": 1, \"data\": [$rows], \"from\": 1, \"last_page\": 8, \"per_page\": 25, \"to\": 25, \"total\": 200}"
python3 - "$work/stand-in/mappings/domains.json" "$page" <<'EOF'
import json, sys
json.dump({"priority": 1, "request": {"method": "GET", "urlPath": "/api/v1/public/domains"},
           "response": {"status": 200, "headers": {"Content-Type": "application/json"}, "body": sys.argv[2]}},
          open(sys.argv[1], "w"))
EOF
cat >"$work/stand-in/mappings/anything-else.json" <<'EOF'
{ "priority": 10, "request": { "method": "ANY", "urlPattern": "/api/v1/public/.*" },
  "response": { "status": 200, "headers": { "Content-Type": "application/json" },
                "body": "{\"current_page\": 1, \"data\": [], \"last_page\": 1, \"per_page\": 25, \"total\": 0}" } }
EOF
jvm_opts="${BENCH_JVM_OPTS:-}"
[ "$jvm_opts" = image ] && jvm_opts=$(bench_image_opts)
jvm_opts="$jvm_opts${BENCH_JFR:+ -XX:StartFlightRecording=filename=$BENCH_JFR,settings=profile} -Xlog:gc:file=$work/gc.log"
bench_start 64 --mailin.rate-limit.per-second=100000
session=$(bench_login "$base" "$work/cookies" bench@bench.test Quiet-Lantern-Fjord-82)
status=$(curl -s -o "$work/page.html" -w '%{http_code}' -H "Cookie: $session" "$base/domains")
if [ "$status" != 200 ] || ! grep -q 'bench-25.com' "$work/page.html"; then
  echo "the page did not show the stand-in's domains (HTTP $status); see $work/app.log" >&2
  trap - EXIT; exit 1
fi
upstream="http://127.0.0.1:$stand_in_port/api/v1/public/domains?page=1&per_page=25"
for _ in 1 2 3; do   # warm both JVMs up
  wrk -t1 -c4 -d5s -H "Cookie: $session" "$base/domains" >/dev/null
  wrk -t1 -c4 -d5s -H "Authorization: Bearer x" "$upstream" >/dev/null
done
cat >"$work/figures.lua" <<'EOF2'
done = function(summary, latency, requests)
  io.write(string.format("FIGURES %.0f %.2f %.2f %.2f %.2f %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout))
end
EOF2
run() {  # connections url header -> "rate median p90 p95 p99 errors"
  local threads=2; [ "$1" -eq 1 ] && threads=1
  wrk -t"$threads" -c"$1" -d"${seconds}s" -s "$work/figures.lua" -H "$3" "$2" | awk '/^FIGURES/ { $1 = ""; print }'
}
read -r up1_rate up1_p50 up1_p90 up1_p95 up1_p99 up1_err < <(run 1 "$upstream" "Authorization: Bearer x")
read -r pg1_rate pg1_p50 pg1_p90 pg1_p95 pg1_p99 pg1_err < <(run 1 "$base/domains" "Cookie: $session")
read -r upN_rate upN_p50 upN_p90 upN_p95 upN_p99 upN_err < <(run "$connections" "$upstream" "Authorization: Bearer x")
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }   # the dashboard's user + system CPU so far
cpu_before=$(cpu_ticks)
read -r pgN_rate pgN_p50 pgN_p90 pgN_p95 pgN_p99 pgN_err < <(run "$connections" "$base/domains" "Cookie: $session")
cpu_after=$(cpu_ticks)
rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
echo "$(nproc) processors, ${seconds} s per run; times in ms"
printf '%-44s %9s %8s %8s %8s %8s %7s\n' "" "per s" "median" "p90" "p95" "p99" "errors"
printf '%-44s %9s %8s %8s %8s %8s %7s\n' "stand-in D3 call, 1 connection" "$up1_rate" "$up1_p50" "$up1_p90" "$up1_p95" "$up1_p99" "$up1_err"
printf '%-44s %9s %8s %8s %8s %8s %7s\n' "/domains page, 1 user back to back" "$pg1_rate" "$pg1_p50" "$pg1_p90" "$pg1_p95" "$pg1_p99" "$pg1_err"
printf '%-44s %9s %8s %8s %8s %8s %7s\n' "stand-in D3 call, $connections connections" "$upN_rate" "$upN_p50" "$upN_p90" "$upN_p95" "$upN_p99" "$upN_err"
printf '%-44s %9s %8s %8s %8s %8s %7s\n' "/domains page, $connections connections" "$pgN_rate" "$pgN_p50" "$pgN_p90" "$pgN_p95" "$pgN_p99" "$pgN_err"
awk -v a="$pg1_p50" -v b="$up1_p50" -v c="$pg1_p99" -v d="$up1_p99" \
  'BEGIN { printf "page overhead, 1 user: median %.2f ms, p99 %.2f ms (page minus stand-in)\n", a - b, c - d }'
echo "dashboard RSS after the runs: $((rss_kb / 1024)) MiB"
# CPU per page: what a page costs the dashboard, steadier than pages/s when other work shares the machine
awk -v t="$((cpu_after - cpu_before))" -v hz="$(getconf CLK_TCK)" -v rate="$pgN_rate" -v s="$seconds" \
  'BEGIN { printf "dashboard CPU per page at %s connections: %.2f ms\n", "'"$connections"'", t * 1000 / hz / (rate * s) }'
# pauses the collector made the pages wait for (a full collection stops every request)
awk '/Pause/ { t = $NF; sub("ms", "", t); n++; if (t + 0 > max) max = t + 0; if ($0 ~ /Pause Full/) { full++; fullms += t } }
  END { printf "collector pauses: %d, longest %.1f ms; full collections: %d (%.0f ms in all)\n", n, max, full, fullms }' "$work/gc.log"

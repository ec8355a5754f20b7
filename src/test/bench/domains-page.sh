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
bench_domains_stand_in
jvm_opts=$(bench_jvm_opts "${BENCH_JVM_OPTS:-}")
jvm_opts="$jvm_opts${BENCH_JFR:+ -XX:StartFlightRecording=filename=$BENCH_JFR,settings=profile} -Xlog:gc:file=$work/gc.log"
bench_start 64 --mailin.rate-limit.per-second=100000
session=$(bench_domains_session "$base" "$work/page" "$work/app.log") || { trap - EXIT; exit 1; }
upstream="http://127.0.0.1:$stand_in_port/api/v1/public/domains?page=1&per_page=25"
for _ in 1 2 3; do   # warm both JVMs up
  wrk -t1 -c4 -d5s -H "Cookie: $session" "$base/domains" >/dev/null
  wrk -t1 -c4 -d5s -H "Authorization: Bearer x" "$upstream" >/dev/null
done
bench_wrk_figures
run() {  # connections url header -> "rate median p90 p95 p99 errors"
  local threads=2; [ "$1" -eq 1 ] && threads=1
  wrk -t"$threads" -c"$1" -d"${seconds}s" -s "$work/figures.lua" -H "$3" "$2" | awk '/^FIGURES/ { $1 = ""; print }'
}
read -r up1_rate up1_p50 up1_p90 up1_p95 up1_p99 up1_err < <(run 1 "$upstream" "Authorization: Bearer x")
read -r pg1_rate pg1_p50 pg1_p90 pg1_p95 pg1_p99 pg1_err < <(run 1 "$base/domains" "Cookie: $session")
read -r upN_rate upN_p50 upN_p90 upN_p95 upN_p99 upN_err < <(run "$connections" "$upstream" "Authorization: Bearer x")
cpu_before=$(bench_cpu_ticks "$pid")
read -r pgN_rate pgN_p50 pgN_p90 pgN_p95 pgN_p99 pgN_err < <(run "$connections" "$base/domains" "Cookie: $session")
cpu_after=$(bench_cpu_ticks "$pid")
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

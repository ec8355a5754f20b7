#!/usr/bin/env bash
# Two builds of the dashboard side by side on /domains (issue 12): which one costs less CPU per page?
# Usage: src/test/bench/domains-page-ab.sh <A.jar> <B.jar> [rounds] [seconds] [connections]   (defaults: 8, 8 s, 50)
# This machine's speed swings by 2x within minutes, so two runs minutes apart cannot tell a 10% change from
# the weather. Here both builds run at once against one stand-in (WireMock standalone, zero latency, the
# rate limit lifted) with the image's JVM options, and take turns: each round loads A then B (B then A in
# every other round) with wrk for the given seconds, so each pair of bursts sees the same machine. Prints
# each burst (pages/s, median, p95, the dashboard's CPU per page) and the median over the rounds of B's
# CPU per page divided by A's, the figure to believe. The idle build meanwhile sleeps (a few ms of timers).
# BENCH_WARMUP: rounds of 5 s per build before measuring (default 8); BENCH_JVM_OPTS: JVM options of both
# (default "image", the Dockerfile's).
set -euo pipefail
cd "$(dirname "$0")/../../.."
[ $# -ge 2 ] || { sed -n 3p "$0" >&2; exit 2; }
jar_a=$(realpath "$1")
jar_b=$(realpath "$2")
rounds="${3:-8}"
seconds="${4:-8}"
connections="${5:-50}"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }
. src/test/bench/common.sh
wiremock=$(bench_wiremock)
stand_in_port=18089
work=$(mktemp -d)
bench_domains_stand_in
bench_wrk_figures
jvm_opts=$(bench_jvm_opts "${BENCH_JVM_OPTS-image}")
bench_stand_in 64
trap 'kill "${pid_a:-}" "${pid_b:-}" "$stand_in" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT
bench_dashboard "$jar_a" 18091 "$work/a" --mailin.rate-limit.per-second=100000
pid_a=$pid
bench_dashboard "$jar_b" 18092 "$work/b" --mailin.rate-limit.per-second=100000
pid_b=$pid
declare -A pid_of=([A]=$pid_a [B]=$pid_b) base_of=([A]=http://localhost:18091 [B]=http://localhost:18092) session_of
for x in A B; do
  session_of[$x]=$(bench_domains_session "${base_of[$x]}" "$work/page-$x" "$work/${x,,}/app.log") || { trap - EXIT; exit 1; }
done
for _ in $(seq 1 "${BENCH_WARMUP:-8}"); do   # warm both up in turns (the JIT keeps compiling for about a minute)
  for x in A B; do wrk -t2 -c"$connections" -d5s -H "Cookie: ${session_of[$x]}" "${base_of[$x]}/domains" >/dev/null; done
done
hz=$(getconf CLK_TCK)
burst() {  # build -> "rate median p95 cpu-ms-per-page"
  local before after figures
  before=$(bench_cpu_ticks "${pid_of[$1]}")
  figures=$(wrk -t2 -c"$connections" -d"${seconds}s" -s "$work/figures.lua" -H "Cookie: ${session_of[$1]}" \
    "${base_of[$1]}/domains" | awk '/^FIGURES/ { print $2, $3, $5 }')
  after=$(bench_cpu_ticks "${pid_of[$1]}")
  awk -v f="$figures" -v t="$((after - before))" -v hz="$hz" -v s="$seconds" \
    'BEGIN { split(f, v, " "); printf "%s %s %s %.3f\n", v[1], v[2], v[3], t * 1000 / hz / (v[1] * s) }'
}
echo "A: $jar_a"
echo "B: $jar_b"
echo "$(nproc) processors, $connections connections, $rounds rounds of ${seconds} s per build; times in ms"
printf '%-6s %8s %8s %8s %10s   %8s %8s %8s %10s   %7s\n' round "A per s" median p95 "CPU/page" "B per s" median p95 "CPU/page" "B/A CPU"
ratios=()
for round in $(seq 1 "$rounds"); do
  if [ $((round % 2)) -eq 1 ]; then read -r ar am ap ac < <(burst A); read -r br bm bp bc < <(burst B)
  else read -r br bm bp bc < <(burst B); read -r ar am ap ac < <(burst A); fi
  ratio=$(awk -v a="$ac" -v b="$bc" 'BEGIN { printf "%.3f", b / a }')
  ratios+=("$ratio")
  printf '%-6s %8s %8s %8s %10s   %8s %8s %8s %10s   %7s\n' "$round" "$ar" "$am" "$ap" "$ac" "$br" "$bm" "$bp" "$bc" "$ratio"
done
printf '%s\n' "${ratios[@]}" | sort -n | awk '{ v[NR] = $1 } END {
  m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
  printf "B/A CPU per page, median of %d rounds: %.3f (lowest %.3f, highest %.3f)\n", NR, m, v[1], v[NR] }'

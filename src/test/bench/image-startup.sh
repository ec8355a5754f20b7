#!/usr/bin/env bash
# Start time and idle memory the way the Docker image runs the dashboard, without Docker:
# the jar extracted (java -Djarmode=tools ... extract), Spring's build-time bean definitions
# (-Dspring.aot.enabled=true, as the image's ENTRYPOINT), an AOT cache recorded by a training run,
# then the image's JAVA_TOOL_OPTIONS. Prints, per run, the image's way beside Spring AOT without the
# cache and the plain jar, each as a first start (empty data directory: every migration runs) and
# as a restart on that data (what a `docker compose up` after an update or a reboot does): Spring's own start
# time ("Started ... in") and, in brackets, the wall time from the launch until the sign-in page is served (or,
# on the first start, the redirect to the first admin's set-up).
# Usage: src/test/bench/image-startup.sh [runs]   (default 3; builds the jar when missing)
# Targets (issue 12): start <= 3 s, idle RSS <= 300 MB with the image's default options.
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs="${1:-3}"
. src/test/bench/common.sh
image_opts=$(bench_image_opts)
grep -q '"-Dspring.aot.enabled=true"' Dockerfile || { echo "the Dockerfile's ENTRYPOINT no longer enables Spring AOT: update this script" >&2; exit 1; }
jar=$(bench_jar)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$java_bin" -Djarmode=tools -jar "$jar" extract --destination "$work/app" >/dev/null
mv "$work/app/$(basename "$jar")" "$work/app/app.jar"
echo "training run (the image's: src/main/docker/aot-training.sh, records $work/app/app.aot) with: $image_opts"
JAVA="$java_bin" JAVA_TOOL_OPTIONS="$image_opts" sh src/main/docker/aot-training.sh "$work/app" "$work/app/app.aot"
port=18082
stop() { # the process started in a subshell is not this shell's child: wait until it is gone (the H2 file lock)
  kill "$1" 2>/dev/null || true
  while kill -0 "$1" 2>/dev/null; do sleep 0.1; done
}
start_once() { # $1 = data directory, rest = extra JVM options; prints Spring's start time and the wall time from
  # the launch to the first sign-in page served (what a teammate waits for), leaves $pid running
  local data=$1; shift
  local launched answered page=""
  launched=$(date +%s%N)
  DASHBOARD_DATA_DIR="$data" SERVER_PORT=$port JAVA_TOOL_OPTIONS="$image_opts" \
    "$java_bin" "$@" -jar "$work/app/app.jar" >"$data/app.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 1200); do
    # 200, or 302 to the first admin's set-up on a database without one
    case "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/login" 2>/dev/null)" in 200 | 302)
      answered=$(date +%s%N)
      page=$(awk -v n="$((answered - launched))" 'BEGIN { printf "%.2f", n / 1e9 }')
      break ;;
    esac
    sleep 0.05
  done
  echo "$(grep -o "Started MailinDashboardApplication in [0-9.]*" "$data/app.log" | grep -o "[0-9.]*$" || echo "-") ${page:--}"
}
measure() { # $1 = label, rest = extra JVM options
  local label=$1; shift
  local data="$work/data-$RANDOM"
  mkdir -p "$data"
  local first first_page restart restart_page rss_kb
  read -r first first_page < <(start_once "$data" "$@")
  pid=$(pgrep -f -n "$work/app/app.jar")
  stop "$pid"
  # the restart: what `docker compose up` does every day; then a few pages and 20 s idle for the memory figure
  read -r restart restart_page < <(start_once "$data" "$@")
  pid=$(pgrep -f -n "$work/app/app.jar")
  for page in /login /login /actuator/health/liveness; do curl -s -o /dev/null "http://localhost:$port$page" || true; done
  sleep 20
  rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  printf '%-31s first start %5s s (page %5s s)  restart %5s s (page %5s s)  idle RSS %4d MiB\n' "$label:" \
    "$first" "$first_page" "$restart" "$restart_page" "$((rss_kb / 1024))"
  stop "$pid"
}
for run in $(seq 1 "$runs"); do
  echo "run $run"
  measure "image (Spring AOT + AOT cache)" -Dspring.aot.enabled=true -XX:AOTCache="$work/app/app.aot"
  measure "Spring AOT, no cache" -Dspring.aot.enabled=true
  measure "plain jar"
done

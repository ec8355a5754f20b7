#!/usr/bin/env bash
# Start time and idle memory the way the Docker image runs the dashboard, without Docker:
# the jar extracted (java -Djarmode=tools ... extract), an AOT cache recorded by a training run,
# then the image's JAVA_TOOL_OPTIONS. Prints each run with the cache beside a run without it.
# Usage: src/test/bench/image-startup.sh [runs]   (default 3; builds the jar when missing)
# Targets (issue 12): start <= 3 s, idle RSS <= 300 MB with the image's default options.
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs="${1:-3}"
java_home="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
java_bin="$java_home/bin/java"
# the options the Dockerfile sets (kept in one place: read them from it)
image_opts=$(sed -n 's/.*JAVA_TOOL_OPTIONS="\([^"]*\)".*/\1/p' Dockerfile)
jar=$(ls target/mailin-dashboard-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$jar" ]; then
  ./mvnw -B -ntp -q package -DskipTests
  jar=$(ls target/mailin-dashboard-*.jar | grep -v original | head -1)
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$java_bin" -Djarmode=tools -jar "$jar" extract --destination "$work/app" >/dev/null
mv "$work"/app/mailin-dashboard-*.jar "$work/app/app.jar"
echo "training run (records $work/app/app.aot) with: $image_opts"
DASHBOARD_DATA_DIR="$work/training" JAVA_TOOL_OPTIONS="$image_opts" \
  "$java_bin" -XX:AOTCacheOutput="$work/app/app.aot" -Dspring.context.exit=onRefresh -jar "$work/app/app.jar" \
  >"$work/training.log" 2>&1
port=18082
measure() { # $1 = label, rest = extra JVM options
  local label=$1; shift
  local data="$work/data-$label-$RANDOM"
  mkdir -p "$data"
  DASHBOARD_DATA_DIR="$data" SERVER_PORT=$port JAVA_TOOL_OPTIONS="$image_opts" \
    "$java_bin" "$@" -jar "$work/app/app.jar" >"$data/app.log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 240); do
    grep -q "Started MailinDashboardApplication" "$data/app.log" && break
    sleep 0.25
  done
  local started
  started=$(grep -o "Started MailinDashboardApplication in [0-9.]* seconds" "$data/app.log" | grep -o "[0-9.]* seconds" || echo "did not start")
  for page in /login /login /actuator/health/liveness; do curl -s -o /dev/null "http://localhost:$port$page" || true; done
  sleep 20
  local rss_kb
  rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  echo "$label: started in $started; idle RSS $((rss_kb / 1024)) MiB"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}
for run in $(seq 1 "$runs"); do
  echo "run $run"
  measure with-aot-cache -XX:AOTCache="$work/app/app.aot"
  measure without-cache
done

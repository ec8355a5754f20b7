#!/usr/bin/env bash
# Measures the packaged jar's startup time and idle resident memory on this machine.
# Usage: src/test/bench/startup.sh [runs]   (builds the jar first when it is missing)
# Each run starts the jar on the embedded H2 default in a fresh data directory, reads Spring Boot's
# "Started ... in N seconds" line, waits 30 s idle after one page load, and reads VmRSS.
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs="${1:-3}"
java_bin="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
jar=$(ls target/mailin-dashboard-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$jar" ]; then
  ./mvnw -B -ntp -q package -DskipTests
  jar=$(ls target/mailin-dashboard-*.jar | grep -v original | head -1)
fi
port=18080
for run in $(seq 1 "$runs"); do
  data=$(mktemp -d)
  log="$data/app.log"
  DASHBOARD_DATA_DIR="$data" SERVER_PORT=$port DASHBOARD_SANDBOX=true \
    "$java_bin" -jar "$jar" >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do
    grep -q "Started MailinDashboardApplication" "$log" && break
    sleep 0.5
  done
  started=$(grep -o "Started MailinDashboardApplication in [0-9.]* seconds (process running for [0-9.]*)" "$log" || echo "did not start")
  curl -s -o /dev/null "http://localhost:$port/login" || true
  sleep 30
  rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  echo "run $run: $started; idle RSS $((rss_kb / 1024)) MiB"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$data"
done

#!/usr/bin/env bash
# Measures how long the overview (/) and each of its panels take to answer with everything cached,
# on the packaged jar against the sandbox. Target: the page itself under 100 ms.
# Usage: src/test/bench/overview.sh [requests]   (default 50 per address; builds the jar when missing)
# It starts the jar on the embedded H2 default in a fresh data directory, logs in as the admin from
# the environment, runs "refresh now" and waits for the fleet summary, warms every address up, then
# times each address with curl (time to the last byte) and prints the median, p95 and max in ms.
set -euo pipefail
cd "$(dirname "$0")/../../.."
requests="${1:-50}"
java_bin="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
jar=$(ls target/mailin-dashboard-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$jar" ]; then
  ./mvnw -B -ntp -q package -DskipTests
  jar=$(ls target/mailin-dashboard-*.jar | grep -v original | head -1)
fi
port=18090
base="http://localhost:$port"
data=$(mktemp -d)
jar_cookies="$data/cookies"
log="$data/app.log"
DASHBOARD_DATA_DIR="$data" SERVER_PORT=$port DASHBOARD_SANDBOX=true \
  DASHBOARD_ADMIN_EMAIL=bench@bench.test DASHBOARD_ADMIN_PASSWORD=Quiet-Lantern-Fjord-82 \
  "$java_bin" -jar "$jar" >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 480); do
  grep -q "Created the first admin" "$log" && break
  sleep 0.5
done
csrf() { grep -o 'name="_csrf"[^>]*content="[^"]*"\|name="_csrf" value="[^"]*"' | head -1 | sed 's/.*\(content\|value\)="\([^"]*\)"/\2/'; }
token=$(curl -s -c "$jar_cookies" -b "$jar_cookies" "$base/login" | csrf)
curl -s -o /dev/null -c "$jar_cookies" -b "$jar_cookies" --data-urlencode "username=bench@bench.test" \
  --data-urlencode "password=Quiet-Lantern-Fjord-82" --data-urlencode "_csrf=$token" "$base/login"
token=$(curl -s -c "$jar_cookies" -b "$jar_cookies" "$base/" | csrf)
curl -s -o /dev/null -c "$jar_cookies" -b "$jar_cookies" -H "X-CSRF-TOKEN: $token" -X POST "$base/overview/fleet/refresh"
for _ in $(seq 1 120); do
  curl -s -b "$jar_cookies" "$base/overview/panels/fleet" | grep -q 'fleet-refreshing' || break
  sleep 1
done
# /profile/password is a baseline: a page with the same layout that reads nothing else
paths=(/profile/password / /overview/panels/attention /overview/panels/fleet /overview/panels/account /overview/panels/running
  /overview/panels/spend /overview/panels/activity)
for path in "${paths[@]}"; do
  for _ in 1 2 3 4 5; do curl -s -o /dev/null -b "$jar_cookies" "$base$path"; done
done
echo "$(nproc) processors; $requests requests per address, everything cached (times in ms: median / p95 / max)"
for path in "${paths[@]}"; do
  for _ in $(seq 1 "$requests"); do
    curl -s -o /dev/null -b "$jar_cookies" -w '%{http_code} %{time_total}\n' "$base$path"
  done >"$data/times"
  bad=$(awk '$1 != 200' "$data/times" | wc -l)
  awk '{ printf "%.1f\n", $2 * 1000 }' "$data/times" | sort -n | awk -v path="$path" -v bad="$bad" '
    { t[NR] = $1 }
    END {
      p95 = int(NR * 0.95)
      if (p95 < 1) p95 = 1
      note = ""
      if (bad > 0) note = "  (" bad " answers not 200)"
      printf "%-30s %6.1f / %6.1f / %6.1f%s\n", path, t[int((NR + 1) / 2)], t[p95], t[NR], note
    }'
done

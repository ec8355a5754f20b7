# Shared by the bench scripts (sourced from the project's root): the JDK, the packaged jar (built when
# missing), WireMock standalone for an independent stand-in, and signing in as the environment's admin.
java_bin="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"

# the JVM options the Docker image runs with (the Dockerfile's JAVA_TOOL_OPTIONS: kept in one place, read from it)
bench_image_opts() {
  sed -n 's/.*JAVA_TOOL_OPTIONS="\([^"]*\)".*/\1/p' Dockerfile
}

# the packaged jar's path (BENCH_JAR when set); packages it first when target/ has none
bench_jar() {
  local jar
  if [ -n "${BENCH_JAR:-}" ]; then   # a given jar, for comparing two builds side by side
    echo "$BENCH_JAR"
    return
  fi
  jar=$(ls target/mailin-dashboard-*.jar 2>/dev/null | grep -v original | head -1 || true)
  if [ -z "$jar" ]; then
    ./mvnw -B -ntp -q package -DskipTests >&2
    jar=$(ls target/mailin-dashboard-*.jar | grep -v original | head -1)
  fi
  echo "$jar"
}

# WireMock standalone's jar (the test dependency's version), fetched into the local repository when missing
bench_wiremock() {
  local wiremock="$HOME/.m2/repository/org/wiremock/wiremock-standalone/3.13.2/wiremock-standalone-3.13.2.jar"
  [ -f "$wiremock" ] || ./mvnw -B -ntp -q dependency:get -Dartifact=org.wiremock:wiremock-standalone:3.13.2 >&2
  echo "$wiremock"
}

# bench_login <base-url> <cookie-file> <email> <password>: signs in through the login form and prints the
# session cookie ("SESSION=...") for wrk or curl
bench_login() {
  local base=$1 cookies=$2 token
  token=$(curl -s -c "$cookies" -b "$cookies" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 \
    | sed 's/.*value="\([^"]*\)"/\1/')
  curl -s -o /dev/null -c "$cookies" -b "$cookies" --data-urlencode "username=$3" --data-urlencode "password=$4" \
    --data-urlencode "_csrf=$token" "$base/login"
  awk '$6 == "SESSION" { print $6 "=" $7 }' "$cookies" | tail -1
}

# bench_stand_in <container-threads>: starts WireMock standalone on $stand_in_port with the mappings under
# $work/stand-in; sets $stand_in
bench_stand_in() {
  "$java_bin" -jar "$wiremock" --port "$stand_in_port" --root-dir "$work/stand-in" --no-request-journal \
    --disable-banner --container-threads "$1" >"$work/stand-in.log" 2>&1 &
  stand_in=$!
}

# bench_dashboard <jar> <port> <directory> [dashboard arguments...]: starts a dashboard on a fresh H2 data
# directory under <directory> against the stand-in, with the bench admin from the environment ($jvm_opts,
# when set, go to its JVM; its log is <directory>/app.log); returns once the admin exists; sets $pid
bench_dashboard() {
  local jar=$1 port=$2 dir=$3; shift 3
  mkdir -p "$dir"
  DASHBOARD_DATA_DIR="$dir/data" SERVER_PORT=$port \
    MAILIN_API_BASE_URL="http://127.0.0.1:$stand_in_port" MAILIN_API_EMAIL=bench@bench.test MAILIN_API_PASSWORD=bench \
    DASHBOARD_ADMIN_EMAIL=bench@bench.test DASHBOARD_ADMIN_PASSWORD=Quiet-Lantern-Fjord-82 \
    "$java_bin" ${jvm_opts:-} -jar "$jar" "$@" >"$dir/app.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 480); do
    grep -q "Created the first admin" "$dir/app.log" && break
    sleep 0.5
  done
}

# bench_start <container-threads> [dashboard arguments...]: the stand-in, then $jar on $port against it (its log
# $work/app.log); stops both and removes $work when the script exits; returns once the admin exists. Sets
# $stand_in and $pid.
bench_start() {
  local threads=$1; shift
  bench_stand_in "$threads"
  trap 'kill "${pid:-}" "$stand_in" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT
  bench_dashboard "$jar" "$port" "$work" "$@"
}

# bench_domains_stand_in: the stand-in's mappings, with the vendor's documented bodies: a token (A1), a page of
# 25 domains (D3), empty pages elsewhere
bench_domains_stand_in() {
  local rows="" i
  mkdir -p "$work/stand-in/mappings"
  cat >"$work/stand-in/mappings/login.json" <<'EOF'
{ "request": { "method": "POST", "urlPath": "/api/v1/public/auth/login" },
  "response": { "status": 200, "headers": { "Content-Type": "application/json" },
                "body": "{\"user_id\": 1, \"token\": \"1|benchTokenBenchTokenBenchToken\"}" } }
EOF
  for i in $(seq 1 25); do
    rows="$rows{\"id\": $i, \"name\": \"bench-$i.com\", \"main_domain\": \"bench-$i.com\", \"name_servers\": \"ns1.mailin.ai, ns2.mailin.ai\", \"name_server_status\": \"1\", \"status\": \"1\", \"domain_provider\": \"dynadot\", \"created_at\": \"2023-10-27T10:00:00.000000Z\", \"updated_at\": \"2023-10-27T10:00:00.000000Z\"}"
    [ "$i" -lt 25 ] && rows="$rows, "
  done
  python3 - "$work/stand-in/mappings/domains.json" \
    "{\"current_page\": 1, \"data\": [$rows], \"from\": 1, \"last_page\": 8, \"per_page\": 25, \"to\": 25, \"total\": 200}" <<'EOF'
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
}

# bench_wrk_figures: writes $work/figures.lua, a wrk script whose last line is
# "FIGURES rate median p90 p95 p99 errors" (times in ms)
bench_wrk_figures() {
  cat >"$work/figures.lua" <<'EOF'
done = function(summary, latency, requests)
  io.write(string.format("FIGURES %.0f %.2f %.2f %.2f %.2f %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout))
end
EOF
}

# bench_jvm_opts <value>: JVM options for a dashboard, "image" meaning the Dockerfile's
bench_jvm_opts() {
  if [ "$1" = image ]; then bench_image_opts; else echo "$1"; fi
}

# bench_cpu_ticks <pid>: the process's user + system CPU so far, in clock ticks (getconf CLK_TCK per second)
bench_cpu_ticks() {
  awk '{ print $14 + $15 }' "/proc/$1/stat"
}

# bench_domains_session <base-url> <file-prefix> <log>: signs in as the bench admin and checks that /domains shows
# the stand-in's domains (bench_domains_stand_in); prints the session cookie, or says why not (see <log>) and fails
bench_domains_session() {
  local session status
  session=$(bench_login "$1" "$2.cookies" bench@bench.test Quiet-Lantern-Fjord-82)
  status=$(curl -s -o "$2.html" -w '%{http_code}' -H "Cookie: $session" "$1/domains")
  if [ "$status" != 200 ] || ! grep -q 'bench-25.com' "$2.html"; then
    echo "$1/domains did not show the stand-in's domains (HTTP $status); see $3" >&2
    return 1
  fi
  echo "$session"
}

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

# bench_start <container-threads> [dashboard arguments...]: starts WireMock standalone on $stand_in_port with the
# mappings under $work/stand-in, then the jar on $port against it, on a fresh H2 data directory, with the
# bench admin from the environment ($jvm_opts, when set, go to the dashboard's JVM); stops both and removes
# $work when the script exits; returns once the admin exists. Sets $stand_in and $pid.
bench_start() {
  local threads=$1; shift
  "$java_bin" -jar "$wiremock" --port "$stand_in_port" --root-dir "$work/stand-in" --no-request-journal \
    --disable-banner --container-threads "$threads" >"$work/stand-in.log" 2>&1 &
  stand_in=$!
  DASHBOARD_DATA_DIR="$work/data" SERVER_PORT=$port \
    MAILIN_API_BASE_URL="http://127.0.0.1:$stand_in_port" MAILIN_API_EMAIL=bench@bench.test MAILIN_API_PASSWORD=bench \
    DASHBOARD_ADMIN_EMAIL=bench@bench.test DASHBOARD_ADMIN_PASSWORD=Quiet-Lantern-Fjord-82 \
    "$java_bin" ${jvm_opts:-} -jar "$jar" "$@" >"$work/app.log" 2>&1 &
  pid=$!
  trap 'kill "$pid" "$stand_in" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT
  for _ in $(seq 1 480); do
    grep -q "Created the first admin" "$work/app.log" && break
    sleep 0.5
  done
}

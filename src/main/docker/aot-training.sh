#!/bin/sh
# The training run behind the Docker image's AOT cache (JDK 25, JEP 483/514/515), also run by
# src/test/bench/image-startup.sh so that the benchmark measures the image's own cache.
# Usage: aot-training.sh <directory with app.jar> <cache file to write>
# Starts the dashboard once with Spring's build-time bean definitions (-Dspring.aot.enabled=true, as the image
# runs it) on a throwaway H2 database with the built-in Mailin sandbox, serves the sign-in page, signs in, opens
# the overview and the static files every page links, then stops it: the JVM writes the cache as it exits, with
# the classes the start and those first pages need (and the JIT's profiles of them). After a restart the first
# sign-in page then comes in 0.2-0.3 s instead of 0.6-0.7 s (a cache of the start alone). Only those first pages:
# a cache trained on every page of the navigation started no faster and preloaded classes for 301-305 MiB of idle
# memory, against 297 MiB with these pages and 289-293 MiB with the start alone (issue 12's closing note).
# JAVA_TOOL_OPTIONS (the image's options) apply to this run as to the real ones. Nothing of the run is kept but
# the cache.
set -eu
app=$1
cache=$2
java="${JAVA:-java}"
port="${TRAINING_PORT:-18079}"
base="http://127.0.0.1:$port"
work=$(mktemp -d)
email=training@training.invalid
password=Training-Run-Only-$$-$(date +%s)
DASHBOARD_DATA_DIR="$work/data" SERVER_PORT="$port" DASHBOARD_SANDBOX=true \
  DASHBOARD_ADMIN_EMAIL="$email" DASHBOARD_ADMIN_PASSWORD="$password" \
  "$java" -Dspring.aot.enabled=true -XX:AOTCacheOutput="$cache" -jar "$app/app.jar" >"$work/run.log" 2>&1 &
pid=$!
ready=no
for _ in $(seq 1 600); do
  if grep -q "Created the first admin" "$work/run.log"; then ready=yes; break; fi
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.2
done
if [ "$ready" = yes ]; then
  cookies="$work/cookies"
  token=$(curl -s -c "$cookies" -b "$cookies" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 \
    | sed 's/.*value="\([^"]*\)"/\1/')
  curl -s -o /dev/null -c "$cookies" -b "$cookies" --data-urlencode "username=$email" \
    --data-urlencode "password=$password" --data-urlencode "_csrf=$token" "$base/login"
  answered=0
  asked=0
  for round in 1 2 3; do
    for page in / /assets/css/app.css /assets/js/app.js /webjars/htmx.org/dist/htmx.min.js \
                /webjars/bootstrap/dist/css/bootstrap.min.css /no-such-page; do
      status=$(curl -s -o /dev/null -w '%{http_code}' -b "$cookies" "$base$page" || true)
      asked=$((asked + 1))
      [ "$status" = 200 ] && answered=$((answered + 1))
    done
  done
  echo "training run: signed in, $answered of $asked requests answered 200 (one in six is a 404 on purpose)"
else
  echo "the training run did not start; the cache holds what its start loaded:" >&2
  tail -20 "$work/run.log" >&2
fi
kill "$pid" 2>/dev/null || true
wait "$pid" || true
grep -q "AOTCache creation is complete" "$work/run.log" || { tail -20 "$work/run.log" >&2; rm -rf "$work"; exit 1; }
rm -rf "$work"

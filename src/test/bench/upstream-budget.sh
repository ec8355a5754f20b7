#!/usr/bin/env bash
# The upstream budget under a team's day (issue 12): pages of 10 teammates while an export of
# 20,000 mailboxes and 200 pending jobs share 5 calls/s against a stand-in with 100 ms latency.
# See src/test/java/com/mailindashboard/gateway/UpstreamBudgetBenchmark.java.
# Usage: src/test/bench/upstream-budget.sh [teammates] [mailboxes] [jobs] [latency-ms]
# Targets: page reads' p95 wait for the budget <= 250 ms, the export finishes, every job is polled.
set -euo pipefail
cd "$(dirname "$0")/../../.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=test
"$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  com.mailindashboard.gateway.UpstreamBudgetBenchmark "${1:-10}" "${2:-20000}" "${3:-200}" "${4:-100}"

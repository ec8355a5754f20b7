#!/usr/bin/env bash
# Measures the email verification pre-check on a generated 25 MB CSV (about a million addresses):
# wall time and heap growth (see
# src/test/java/com/mailindashboard/verification/VerificationPrecheckBenchmark.java and README.md here).
# Usage: src/test/bench/verification-precheck.sh [megabytes] [runs]     (defaults: 25 MB, 3 runs)
# Compiles the tests, then runs the benchmark in its own JVM (BENCH_HEAP, default 512m, caps its heap;
# BENCH_HEAP=64m proves the whole check fits in 64 MB), so Maven's own heap does not count.
set -euo pipefail
cd "$(dirname "$0")/../../.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=test
"$JAVA_HOME/bin/java" -Xmx"${BENCH_HEAP:-512m}" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  com.mailindashboard.verification.VerificationPrecheckBenchmark "${1:-25}" "${2:-3}"

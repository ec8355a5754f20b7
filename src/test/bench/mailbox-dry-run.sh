#!/usr/bin/env bash
# Measures the mailbox dry run on a generated CSV: wall time and heap growth (see
# src/test/java/com/mailindashboard/mailboxes/MailboxDryRunBenchmark.java and README.md here).
# Usage: src/test/bench/mailbox-dry-run.sh [rows] [runs]     (defaults: 10000 rows, 3 runs)
# Compiles the tests, then runs the benchmark in its own JVM (BENCH_HEAP, default 512m, caps its heap;
# BENCH_HEAP=64m proves the whole run fits in 64 MB), so Maven's own heap does not count.
set -euo pipefail
cd "$(dirname "$0")/../../.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=test
"$JAVA_HOME/bin/java" -Xmx"${BENCH_HEAP:-512m}" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  com.mailindashboard.mailboxes.MailboxDryRunBenchmark "${1:-10000}" "${2:-3}"

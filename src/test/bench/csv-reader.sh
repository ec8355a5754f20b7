#!/usr/bin/env bash
# Reads a generated CSV (default 100k rows, ~8 MB) with csv.CsvRecordReader, FastCSV and Commons CSV (the
# two libraries each with the per-cell UTF-8 check the dashboard needs) and prints the best of several runs
# per reader; fails when they disagree on records, cells, characters or non-UTF-8 records.
# (src/test/java/com/mailindashboard/csv/CsvReaderBenchmark.java; the decision is in docs/ARCHITECTURE.md)
# Usage: src/test/bench/csv-reader.sh [rows] [runs]     (defaults: 100000 rows, 5 runs)
set -euo pipefail
cd "$(dirname "$0")/../../.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=test
"$JAVA_HOME/bin/java" -Xmx"${BENCH_HEAP:-256m}" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  com.mailindashboard.csv.CsvReaderBenchmark "${1:-100000}" "${2:-5}"

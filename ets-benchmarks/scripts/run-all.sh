#!/bin/sh
# Builds the benchmark jar, runs the whole suite once with the GC profiler (bytes allocated per operation)
# and writes the JSON results and the Markdown tables of BENCHMARKS.md to ets-benchmarks/results/.
# Usage, from the repository root: sh ets-benchmarks/scripts/run-all.sh [--no-build]
#
# The sector allocation (BalanceValueBenchmark.industryAllocation) runs in a second JVM invocation of its
# own, so that it can be rerun alone: before the exact-floor fix of ets-allocation it took seconds per
# operation at 1,000 units (see BENCHMARKS.md).
set -eu
cd "$(dirname "$0")/../.."
if [ "${1:-}" != "--no-build" ]; then
  mvn -B -q -pl ets-benchmarks -am package -DskipTests -Djacoco.skip=true
fi
JAR=ets-benchmarks/target/benchmarks.jar
OUT=ets-benchmarks/results
mkdir -p "$OUT"
java -jar "$JAR" -prof gc -e 'industryAllocation' -rf json -rff "$OUT/jmh-suite.json"
java -jar "$JAR" -prof gc 'BalanceValueBenchmark.industryAllocation' \
  -rf json -rff "$OUT/jmh-industry-allocation.json"
python3 ets-benchmarks/scripts/results-table.py "$OUT/jmh-suite.json" "$OUT/jmh-industry-allocation.json" \
  > "$OUT/tables.md"
echo "tables: $OUT/tables.md"

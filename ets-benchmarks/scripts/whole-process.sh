#!/bin/sh
# Whole-process comparison of issue 14: the study jar against the numpy peer, alternating, N pairs.
# Usage, from the repository root after `mvn -B package`:
#   sh ets-benchmarks/scripts/whole-process.sh [N] [PEERS_DIR] [OUT_FILE]
# PEERS_DIR holds study_numpy.py and national2025.csv (default ../shared/peers). Appends one line per process
# ("java|numpy wall-s user-s sys-s", from /usr/bin/time) and the load average after each pair to OUT_FILE.
set -eu
N=${1:-5}
PEERS=${2:-../shared/peers}
OUT=${3:-ets-benchmarks/results/whole-process.txt}
JAR=ets-study/target/ets-study.jar
WORK=$(mktemp -d)
for i in $(seq 1 "$N"); do
  /usr/bin/time -f "java %e %U %S" -a -o "$OUT" java -jar "$JAR" --market "$PEERS/national2025.csv" --years 2025 \
    --draws 10000 --out "$WORK" >/dev/null 2>&1
  /usr/bin/time -f "numpy %e %U %S" -a -o "$OUT" python3 "$PEERS/study_numpy.py" "$PEERS/national2025.csv" \
    --draws 10000 >/dev/null 2>&1
  uptime >> "$OUT"
done
rm -rf "$WORK"

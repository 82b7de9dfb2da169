#!/usr/bin/env bash
# Checks the shaded study jar (ets-study/target/ets-study.jar, built by `package`): it carries the license
# files of what it bundles and nothing the study does not run, and it still runs — the help, the version, a short
# study with its run.json, a scenario file and that run.json given back, and a
# market CSV with a bad header refused with exit code 1 (which exercises the CSV reader that minimizing could break).
set -euo pipefail
cd "$(dirname "$0")/.."
jar=ets-study/target/ets-study.jar
[ -s "$jar" ] || { echo "check-study-jar: $jar is missing; run package first" >&2; exit 1; }
problems=0
entries=$(unzip -Z1 "$jar")
for required in META-INF/LICENSE META-INF/NOTICE META-INF/THIRD-PARTY.txt \
    io/github/ets4j/study/cli/Main.class picocli/CommandLine.class org/apache/commons/csv/CSVParser.class \
    com/fasterxml/jackson/core/JsonParser.class; do
  grep -qx "$required" <<<"$entries" || { echo "MISSING $required" >&2; problems=$((problems + 1)); }
done
for notice in "Apache Commons CSV" "Apache Commons IO" "Apache Commons Codec" "ets4j"; do
  unzip -p "$jar" META-INF/NOTICE | grep -q "$notice" || { echo "NOTICE lacks $notice" >&2; problems=$((problems + 1)); }
done
unzip -p "$jar" META-INF/LICENSE | grep -q "Apache License" || { echo "LICENSE is not the Apache License" >&2; problems=$((problems + 1)); }
# compile-time annotations, and the parts of the libraries the study never reaches, stay out
for unwanted in '^org/immutables/' '^com/fasterxml/jackson/databind/' '^javax/annotation/' '^org/apache/commons/codec/language/' '^org/apache/commons/io/monitor/FileAlterationMonitor' \
    '^io/github/ets4j/study/.*Test'; do
  if grep -q "$unwanted.*[^/]$" <<<"$entries"; then
    echo "UNWANTED $unwanted in the jar" >&2
    problems=$((problems + 1))
  fi
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
java -jar "$jar" --help > "$tmp/help.txt"
grep -q '^Usage: ets-study' "$tmp/help.txt" || { echo "--help printed no usage" >&2; problems=$((problems + 1)); }
java -jar "$jar" --years=2026 --draws=2 --out="$tmp/out" > "$tmp/run.txt" 2> "$tmp/progress.txt"
for file in units.csv entities.csv sectors.csv sectors.svg benchmarks.svg run.json report.html; do
  [ -s "$tmp/out/$file" ] || { echo "the short run wrote no $file" >&2; problems=$((problems + 1)); }
done
java -jar "$jar" --version > "$tmp/version.txt"
grep -Eq '^ets-study [0-9]+\.[0-9]+\.[0-9]+' "$tmp/version.txt" || { echo "--version printed $(cat "$tmp/version.txt")" >&2; problems=$((problems + 1)); }
# a scenario file (read by jackson-core's parser, which minimizing could break), and run.json given back to it
printf '{"firstYear": "2026", "lastYear": "2026", "draws": 2, "seed": 9}\n' > "$tmp/scenario.json"
java -jar "$jar" --scenario="$tmp/scenario.json" --out="$tmp/out3" > /dev/null 2> "$tmp/scenario.txt"
grep -q '"seed": 9,' "$tmp/out3/run.json" || { echo "--scenario did not set the seed: $(cat "$tmp/scenario.txt")" >&2; problems=$((problems + 1)); }
java -jar "$jar" --scenario="$tmp/out3/run.json" --draws=0 --out="$tmp/out4" > /dev/null 2> "$tmp/again.txt" \
  || { echo "run.json given back to --scenario failed: $(cat "$tmp/again.txt")" >&2; problems=$((problems + 1)); }
printf 'not,a,market\n1,2,3\n' > "$tmp/bad.csv"
set +e
java -jar "$jar" --market="$tmp/bad.csv" --draws=0 --out="$tmp/out2" > /dev/null 2> "$tmp/bad.txt"
code=$?
set -e
if [ "$code" -ne 1 ] || ! grep -q 'bad.csv' "$tmp/bad.txt"; then
  echo "a bad market header gave exit code $code: $(cat "$tmp/bad.txt")" >&2
  problems=$((problems + 1))
fi
if [ "$problems" -gt 0 ]; then
  echo "check-study-jar: $problems problem(s)" >&2
  exit 1
fi
echo "check-study-jar: $(wc -c < "$jar") bytes, $(grep -c '\.class$' <<<"$entries") classes; --help, --version, a 2026 run with run.json and report.html, --scenario and a refused bad header all as expected"

#!/usr/bin/env bash
# Compares whole-process validation of the same 100,000-record export by
#   tbgo validate (as dotnet publish -c Release builds it: Native AOT), NJsonSchema (parse + Validate) and Ajv under Node,
# and measures tbgo's peak memory on a 1 GB NDJSON export. Not a test: it prints figures.
# Usage: benchmarks/compare-validators.sh [RUNS]      (default 3 runs each; best time and peak RSS reported)
# Needs: dotnet, node + npm (the npm registry), /usr/bin/time. Writes only to a temp folder, removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-3}"
WORK="$(mktemp -d /tmp/tbgo-compare.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "== building (tbgo: dotnet publish -c Release, Native AOT; NJsonSchema runner: Release)"
dotnet publish src/Tbgo.Indicators.Cli -c Release -o "$WORK/tbgo" -v q >/dev/null   # PublishAot is on in the project
dotnet build benchmarks/Tbgo.Indicators.Benchmarks -c Release -v q >/dev/null
BENCH="benchmarks/Tbgo.Indicators.Benchmarks/bin/Release/net10.0/Tbgo.Indicators.Benchmarks.dll"
TBGO="$WORK/tbgo/Tbgo.Indicators.Cli"

echo "== installing ajv (npm) in $WORK/node"
mkdir -p "$WORK/node" && (cd "$WORK/node" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent ajv@8 >/dev/null)
cp benchmarks/ajv-validate.js "$WORK/node/"

echo "== generating the 100,000-record export"
dotnet "$BENCH" generate "$WORK/export.json" 100000 json
SIZE=$(stat -c %s "$WORK/export.json")
echo "export.json: $SIZE bytes"

measure() { # name, command...: best wall time and peak RSS over $RUNS runs
  local name="$1"; shift
  local best="" rss=""
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f "%e %M" -o "$WORK/time.txt" "$@" >"$WORK/out.txt" 2>&1 || true
    read -r t m < <(tail -1 "$WORK/time.txt")
    if [ -z "$best" ] || awk "BEGIN{exit !($t < $best)}"; then best=$t; fi
    if [ -z "$rss" ] || [ "$m" -gt "$rss" ]; then rss=$m; fi
  done
  local mbs; mbs=$(awk "BEGIN{printf \"%.0f\", $SIZE/1048576/$best}")
  local rps; rps=$(awk "BEGIN{printf \"%.0f\", 100000/$best}")
  printf "%-34s %7.2f s  %6s MB/s  %8s records/s  peak RSS %5d MiB   (%s)\n" "$name" "$best" "$mbs" "$rps" $((rss / 1024)) "$(tail -1 "$WORK/out.txt" | cut -c1-60)"
  echo "$best" >"$WORK/$name.t"
}

echo "== whole process, best of $RUNS"
measure tbgo "$TBGO" validate "$WORK/export.json" --max-errors 0
measure ajv node "$WORK/node/ajv-validate.js" schemas/measurement-export.schema.json "$WORK/export.json"
measure njsonschema dotnet "$BENCH" njsonschema schemas/measurement-export.schema.json "$WORK/export.json"
awk "BEGIN{printf \"tbgo is %.1fx faster than NJsonSchema and %.1fx faster than Ajv (whole process)\n\", $(cat "$WORK/njsonschema.t")/$(cat "$WORK/tbgo.t"), $(cat "$WORK/ajv.t")/$(cat "$WORK/tbgo.t")}"

echo "== 1 GB NDJSON: peak working set of tbgo validate (duplicate check on)"
dotnet "$BENCH" generate "$WORK/big.ndjson" 4000000 ndjson
SIZE=$(stat -c %s "$WORK/big.ndjson")
echo "big.ndjson: $SIZE bytes"
/usr/bin/time -f "%e %M" -o "$WORK/time.txt" "$TBGO" validate "$WORK/big.ndjson" --max-errors 0 >"$WORK/out.txt" 2>&1 || true
read -r t m < <(tail -1 "$WORK/time.txt")
awk "BEGIN{printf \"tbgo, 1 GB NDJSON: %.1f s, %.0f MB/s, peak RSS %d MiB\n\", $t, $SIZE/1048576/$t, $m/1024}"
grep -E "records read" "$WORK/out.txt"
/usr/bin/time -f "%e %M" -o "$WORK/time.txt" "$TBGO" validate "$WORK/big.ndjson" --max-errors 0 --no-duplicate-check >"$WORK/out.txt" 2>&1 || true
read -r t m < <(tail -1 "$WORK/time.txt")
awk "BEGIN{printf \"tbgo, 1 GB NDJSON, --no-duplicate-check: %.1f s, peak RSS %d MiB\n\", $t, $m/1024}"
rm -f "$WORK/big.ndjson"

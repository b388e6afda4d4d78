#!/usr/bin/env bash
# Whole-process figures of the programme monitor (issue 12), as a data team runs it: the framework-dependent tool
# (what `dotnet tool install` gives), one fresh store per run.
#   1. ingest of 1,000,000 valid NDJSON records on one core (taskset -c 0) and on all cores, against the baseline of
#      `tbgo validate` of the same file (the validator alone: what ingest adds is hashing, normalising and DuckDB);
#   2. `tbgo monitor report` over the demo data set (30 projects x 10 half-years).
# Not a test: it prints figures. Usage: benchmarks/monitor-scale.sh [RUNS] [RECORDS]   (default 3 runs, 1000000)
# Needs: dotnet, taskset, /usr/bin/time; Linux x64 (the DuckDB native library comes from the benchmark project's
# DuckDB.NET.Bindings.Full package). Writes only to a temp folder, removed at the end (about 600 MB while it runs).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-3}"
RECORDS="${2:-1000000}"
WORK="$(mktemp -d /tmp/tbgo-monitor-scale.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "== building (tool and benchmark project: Release)"
dotnet build src/Tbgo.Indicators.Cli -c Release -v q >/dev/null
dotnet build benchmarks/Tbgo.Indicators.Benchmarks -c Release -v q >/dev/null
BENCH="benchmarks/Tbgo.Indicators.Benchmarks/bin/Release/net10.0"
TBGO="src/Tbgo.Indicators.Cli/bin/Release/net10.0/Tbgo.Indicators.Cli"
export LD_LIBRARY_PATH="$PWD/$BENCH/runtimes/linux-x64/native${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"

echo "== generating $RECORDS valid NDJSON records"
dotnet "$BENCH/Tbgo.Indicators.Benchmarks.dll" generate "$WORK/export.ndjson" "$RECORDS" ndjson valid
SIZE=$(stat -c %s "$WORK/export.ndjson")
echo "export.ndjson: $SIZE bytes ($(awk "BEGIN{printf \"%.0f\", $SIZE/1048576}") MiB)"

measure() { # name, records, command...: median and best wall time, peak RSS over $RUNS runs; a fresh store before each run
  local name="$1" records="$2"; shift 2
  local times=() rss=0
  for _ in $(seq "$RUNS"); do
    rm -f "$WORK"/store.duckdb*
    /usr/bin/time -f "%e %M" -o "$WORK/time.txt" "$@" >"$WORK/out.txt" 2>&1 || { cat "$WORK/out.txt"; exit 1; }
    read -r t m < <(tail -1 "$WORK/time.txt")
    times+=("$t")
    if [ "$m" -gt "$rss" ]; then rss=$m; fi
  done
  local sorted; sorted=$(printf "%s\n" "${times[@]}" | sort -n)
  local best; best=$(echo "$sorted" | head -1)
  local median; median=$(echo "$sorted" | sed -n "$(( (RUNS + 1) / 2 ))p")
  printf "%-40s median %6.2f s  best %6.2f s  %8.0f records/s  peak RSS %4d MiB   (%s)\n" "$name" "$median" "$best" \
    "$(awk "BEGIN{print $records/$median}")" $((rss / 1024)) "$(tail -1 "$WORK/out.txt" | cut -c1-50)"
}

echo "== ingest, whole process, $RUNS runs each (fresh store)"
measure "baseline: tbgo validate, one core" "$RECORDS" taskset -c 0 "$TBGO" validate "$WORK/export.ndjson" --max-errors 0
measure "tbgo monitor ingest, one core" "$RECORDS" taskset -c 0 "$TBGO" monitor ingest "$WORK/export.ndjson" --store "$WORK/store.duckdb"
measure "baseline: tbgo validate, all cores" "$RECORDS" "$TBGO" validate "$WORK/export.ndjson" --max-errors 0
measure "tbgo monitor ingest, all cores" "$RECORDS" "$TBGO" monitor ingest "$WORK/export.ndjson" --store "$WORK/store.duckdb"
ls -l "$WORK/store.duckdb" | awk '{printf "store after one ingest: %d bytes\n", $5}'

echo "== report over the demo data set (30 projects x 10 half-years), whole process"
"$TBGO" monitor demo "$WORK/demo" >/dev/null
rm -f "$WORK"/store.duckdb*
"$TBGO" monitor ingest "$WORK"/demo/*.ndjson --store "$WORK/demo.duckdb" >/dev/null || true   # three demo exports are invalid on purpose
DEMO_RECORDS=$("$TBGO" monitor status --store "$WORK/demo.duckdb" --format json | grep -o '"records": *[0-9]*' | head -1 | grep -o '[0-9]*$')
echo "demo store: $DEMO_RECORDS records"
measure "tbgo monitor report --period 2026H1" "$DEMO_RECORDS" "$TBGO" monitor report --store "$WORK/demo.duckdb" --period 2026H1 --out "$WORK/report"

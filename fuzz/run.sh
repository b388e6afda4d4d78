#!/usr/bin/env bash
# Coverage-guided fuzzing of Tbgo.Indicators with SharpFuzz + AFL++ (see fuzz/README.md).
#
#   fuzz/run.sh <yaml|units|export|schema> [executions]   fuzz a target (default 1,000,000 executions)
#   fuzz/run.sh <target> --repro <file>                   run one input once, outside afl-fuzz, and show the exception
#   fuzz/run.sh build                                     only build and instrument
#
# Needs: the .NET SDK, python3 with PyYAML, and afl++ (Debian: apt-get install -y afl++).
# Output: fuzz/out/<target>/ (seeds in/, dictionary, afl-fuzz state in findings/; crashes in
# findings/default/crashes, hangs in findings/default/hangs). fuzz/out is not committed.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/fuzz/out
BIN=$OUT/bin
TARGET=${1:?usage: fuzz/run.sh <yaml|units|export|schema|build> [executions | --repro file]}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

build() {
  # A fresh publish each time: sharpfuzz rewrites the assemblies in place and refuses to instrument twice.
  rm -rf "$BIN"
  dotnet publish fuzz/Tbgo.Indicators.Fuzz/Tbgo.Indicators.Fuzz.csproj -c Release -o "$BIN" --nologo -v quiet
  local sharpfuzz=sharpfuzz
  if ! command -v sharpfuzz >/dev/null 2>&1; then
    dotnet tool update --tool-path "$OUT/tools" SharpFuzz.CommandLine --version 2.3.0 >/dev/null
    sharpfuzz=$OUT/tools/sharpfuzz
  fi
  # The library is the code under test; YamlDotNet too, so that the YAML target learns the parser's branches.
  "$sharpfuzz" "$BIN/Tbgo.Indicators.dll" >/dev/null
  "$sharpfuzz" "$BIN/YamlDotNet.dll" >/dev/null
}

case "$TARGET" in
  yaml|units|export|schema) ;;
  build) build; exit 0 ;;
  *) echo "unknown target '$TARGET' (yaml, units, export, schema, build)" >&2; exit 2 ;;
esac

if [[ "${2:-}" == "--repro" ]]; then
  [[ -f "$BIN/Tbgo.Indicators.Fuzz.dll" ]] || build
  exec dotnet "$BIN/Tbgo.Indicators.Fuzz.dll" "$TARGET" < "${3:?--repro needs a file}"
fi

EXECS=${2:-1000000}
command -v afl-fuzz >/dev/null 2>&1 || { echo "afl-fuzz not found: apt-get update && apt-get install -y afl++" >&2; exit 1; }
build
WORK=$OUT/$TARGET
rm -rf "$WORK/in"
python3 fuzz/seeds.py "$TARGET" "$WORK/in" "$WORK/$TARGET.dict"

# dotnet is not an AFL-instrumented binary (SharpFuzz reports coverage itself), so skip that check.
# Persistent mode: one .NET process runs every input until it crashes or hangs.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_AUTORESUME=1 AFL_SKIP_CPUFREQ=1 \
  AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1 AFL_FAST_CAL=1
# -t: a hang is an input that runs longer than 2 s (the first, cold execution gets the forkserver's grace).
afl-fuzz -i "$WORK/in" -o "$WORK/findings" -x "$WORK/$TARGET.dict" -t 2000 -m none -E "$EXECS" \
  -- dotnet "$BIN/Tbgo.Indicators.Fuzz.dll" "$TARGET" | tee "$WORK/afl.log" | grep -E '\[!\]|\[-\]|Fuzzing test case|All set' || true

STATS=$WORK/findings/default/fuzzer_stats
if [[ -f "$STATS" ]]; then
  echo "--- $TARGET: afl-fuzz statistics ($STATS)"
  grep -E '^(start_time|last_update|run_time|execs_done|execs_per_sec|corpus_count|bitmap_cvg|edges_found|total_edges|saved_crashes|saved_hangs|stability)\b' "$STATS"
  echo "crashes: $(find "$WORK/findings/default/crashes" -type f -name 'id:*' | wc -l), hangs: $(find "$WORK/findings/default/hangs" -type f -name 'id:*' | wc -l)"
fi

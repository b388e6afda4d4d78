#!/usr/bin/env bash
# Packs both packages as a release would (CI=true: deterministic paths, SourceLink) and checks what a team gets:
# the tool installs from the package and runs, asks for .NET 10.0.0 with roll-forward, stays under 30 MB; the
# library has a .snupkg and both targets; the package READMEs link only absolutely. Exit 1 on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
CI=true dotnet pack -c Release -o "$out/pkg" -p:ContinuousIntegrationBuild=true >"$out/pack.log" 2>&1 || { cat "$out/pack.log"; exit 1; }
fail() { echo "check-packages: $*" >&2; exit 1; }
lib=$(ls "$out"/pkg/Tbgo.Indicators.[0-9]*.nupkg | grep -v snupkg)
tool=$(ls "$out"/pkg/Tbgo.Indicators.Cli.[0-9]*.nupkg)
ls "$out"/pkg/Tbgo.Indicators.[0-9]*.snupkg >/dev/null 2>&1 || fail "the library has no .snupkg"
for f in "$lib" "$tool"; do
  size=$(stat -c %s "$f")
  echo "$(basename "$f"): $size bytes"
  [ "$size" -le $((30 * 1024 * 1024)) ] || fail "$(basename "$f") is larger than 30 MB"
  # The package README is its own file with absolute links only (relative ones break on a package page).
  if unzip -p "$f" README.md | grep -Eo '\]\([^)]*\)' | grep -Ev '\]\((https?://|#)' ; then fail "$(basename "$f"): README.md has relative links"; fi
done
listing=$(unzip -l "$lib")
# grep -q reads from a here-string, not a pipe: under pipefail, grep -q exiting at the first match would kill the
# writer with SIGPIPE and fail the pipeline, at random, on a package that is fine.
grep -q "lib/net8.0/Tbgo.Indicators.dll" <<<"$listing" || fail "the library has no net8.0 asset"
grep -q "lib/net10.0/Tbgo.Indicators.dll" <<<"$listing" || fail "the library has no net10.0 asset"
grep -q "analyzers/dotnet/cs/Tbgo.Indicators.Generators.dll" <<<"$listing" || fail "the library has no typed-id generator"
grep -q "buildTransitive/Tbgo.Indicators.props" <<<"$listing" || fail "the library has no buildTransitive props"
config=$(unzip -p "$tool" 'tools/net10.0/any/Tbgo.Indicators.Cli.runtimeconfig.json')
grep -q '"version": "10.0.0"' <<<"$config" || fail "the tool does not ask for runtime 10.0.0: $config"
grep -q '"rollForward": "Major"' <<<"$config" || fail "the tool does not roll forward: $config"
version=$(basename "$tool" .nupkg); version=${version#Tbgo.Indicators.Cli.}
dotnet tool install Tbgo.Indicators.Cli --version "$version" --add-source "$out/pkg" --tool-path "$out/tool" >/dev/null
listed=$("$out/tool/tbgo" list --format json)
grep -q '"count"' <<<"$listed" || fail "the installed tool did not list the catalogue"
"$out/tool/tbgo" validate samples/exports/valid.ndjson >/dev/null || fail "the installed tool did not validate a sample export"
# Package validation against a baseline works: the next version validated against the one just packed (as a
# release does against the last published version, CONTRIBUTING "Releasing").
dotnet pack src/Tbgo.Indicators -c Release -o "$out/next" -p:VersionSuffix=next -p:TbgoPackageBaseline="$version" \
  -p:RestoreAdditionalProjectSources="$out/pkg" -p:RestoreNoCache=true >"$out/baseline.log" 2>&1 || { cat "$out/baseline.log"; fail "package validation against $version failed"; }
grep -q "Tbgo.Indicators" "$out/baseline.log" || fail "no package validation log"
echo "check-packages: OK (tool $version installs and runs; sizes above)"

#!/usr/bin/env bash
# `make corpus`: generates every spec of the real-world corpus into a scratch folder and
# type-checks each output with `swiftc -typecheck` (the generated code needs only Foundation).
# One line per spec: generation time, files, lines, warnings (generator / compiler), result.
# Specs that are not OpenAPI 3.0/3.1 must be refused with one clear error. Each output must also
# equal the one recorded in Tests/Corpus/digests.txt (a SHA-256 over its files), so a change in
# what a real spec generates is seen and reviewed; `make golden` records the current outputs
# (CORPUS_RECORD=1). Ends with the plain summary line `N passed, N failed`; exits non-zero when
# anything failed.
#
# Environment: TOOL (default .build/debug/openapi-swiftgen), CORPUS (default ../shared/corpus),
# JOBS (parallel type-checks, default 2), ONLY (a regular expression on spec names),
# CORPUS_RECORD (1: write the digests instead of checking them).
set -u
cd "$(dirname "$0")/.."
tool=${TOOL:-.build/debug/openapi-swiftgen}
corpus=${CORPUS:-../shared/corpus}
jobs=${JOBS:-2}
only=${ONLY:-.}
record=${CORPUS_RECORD:-0}
digests=Tests/Corpus/digests.txt
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

if [ ! -d "$corpus" ]; then
  echo "corpus: $corpus not found" >&2
  exit 1
fi

# The recorded digest of a spec's output, or nothing.
recorded_digest() {
  [ -f "$digests" ] && awk -v name="$1" '$1 == name { print $2 }' "$digests"
}

# A digest of every generated file, names and bytes, in a fixed order.
output_digest() {
  (cd "$1" && find . -type f ! -name '.openapi-swiftgen-files' | LC_ALL=C sort | xargs -d '\n' sha256sum) | sha256sum | cut -c1-64
}

# The root document of a corpus entry: the file itself, or the top-level file of a folder
# that declares the OpenAPI version.
root_of() {
  if [ -d "$1" ]; then
    grep -lE '^(openapi|swagger):|"openapi"[[:space:]]*:' "$1"/*.yaml "$1"/*.yml "$1"/*.json 2>/dev/null | head -1
  else
    echo "$1"
  fi
}

check() {
  local entry=$1 name root out log started elapsed rc files lines gen_warnings tc_warnings result
  name=$(basename "$entry")
  name=${name%.*}
  root=$(root_of "$entry")
  out="$scratch/$name"
  log="$scratch/$name.log"
  started=$(date +%s.%N)
  "$tool" generate "$root" --module Corpus --output "$out" 2>"$log"
  rc=$?
  elapsed=$(echo "$(date +%s.%N) - $started" | bc)
  gen_warnings=$(grep -c ': warning:' "$log")
  files=0; lines=0; tc_warnings=0
  if grep -qE '^swagger:|^openapi: *["'"'"']?3\.[2-9]|"openapi" *: *"3\.[2-9]' "$root"; then
    if [ $rc -eq 1 ] && [ "$(grep -c ': error:' "$log")" -eq 1 ] && grep -q 'error: unsupported OpenAPI version' "$log" && [ ! -e "$out" ]; then
      result="PASS (refused: $(grep -o "unsupported OpenAPI version '[^']*'" "$log"))"
    else
      result="FAIL (expected one 'unsupported OpenAPI version' error, exit status 1, nothing written)"
    fi
  elif [ $rc -ne 0 ]; then
    result="FAIL (generation: $(grep ': error:' "$log" | head -1 | cut -c1-240))"
  else
    files=$(find "$out" -name '*.swift' | wc -l)
    lines=$(find "$out" -name '*.swift' -exec cat {} + | wc -l)
    # One compiler invocation for the whole module (a response file: the list can be long).
    find "$out" -name '*.swift' | LC_ALL=C sort >"$scratch/$name.files"
    if swiftc -typecheck -wmo "@$scratch/$name.files" >"$scratch/$name.tc" 2>&1; then
      tc_warnings=$(grep -c 'warning:' "$scratch/$name.tc")
      if [ "$tc_warnings" -eq 0 ]; then result="PASS"; else result="FAIL (compiler warnings: $(grep -m1 'warning:' "$scratch/$name.tc" | cut -c1-200))"; fi
      digest=$(output_digest "$out")
      echo "$name $digest" >"$scratch/$name.digest"
      expected=$(recorded_digest "$name")
      if [ "$record" != 1 ] && [ "$result" = PASS ]; then
        if [ -z "$expected" ]; then
          result="PASS (no digest recorded yet: make golden)"
        elif [ "$expected" != "$digest" ]; then
          result="FAIL (output differs from $digests: review the change, then make golden)"
        fi
      fi
    else
      result="FAIL (type-check: $(grep -m1 'error:' "$scratch/$name.tc" | cut -c1-240))"
    fi
  fi
  printf '%-42s %8.2fs %6d files %8d lines %5d/%d warnings  %s\n' "$name" "$elapsed" "$files" "$lines" "$gen_warnings" "$tc_warnings" "$result" >"$scratch/$name.result"
}

entries=()
for entry in "$corpus"/*; do
  case "$entry" in *.md|*.py) continue ;; esac
  name=$(basename "$entry")
  [[ "$name" =~ $only ]] || continue
  entries+=("$entry")
done

printf '%-42s %9s %12s %14s %15s  %s\n' "spec" "generate" "files" "lines" "gen/swiftc" "result"
running=0
for entry in "${entries[@]}"; do
  check "$entry" &
  running=$((running + 1))
  if [ $running -ge "$jobs" ]; then
    wait -n
    running=$((running - 1))
  fi
done
wait

passed=0; failed=0
for entry in "${entries[@]}"; do
  name=$(basename "$entry"); name=${name%.*}
  cat "$scratch/$name.result"
  if grep -q '  PASS' "$scratch/$name.result"; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
done
if [ "$record" = 1 ]; then
  mkdir -p "$(dirname "$digests")"
  cat "$scratch"/*.digest 2>/dev/null | LC_ALL=C sort >"$digests"
  echo "corpus: recorded $(wc -l <"$digests") output digests in $digests"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

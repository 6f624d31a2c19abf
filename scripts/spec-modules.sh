#!/usr/bin/env bash
# The one rule from an entry of Specs/ to its module and its inputs, for the Makefile, the golden
# tests and the round-trip check.
#
# An entry is a folder (every .json, .yaml, .yml, .md and .txt file directly inside it, but a
# config file, is one partial document of the same API) or a single .json, .yaml or .yml file.
# Its kebab-case name, without the extension, gives the module name: bird-accounts →
# BirdAccounts, anthropic-admin.json → AnthropicAdmin.
#
#   scripts/spec-modules.sh [ENTRY...]           ENTRY MODULE INPUT... per line (default Specs/*)
#   scripts/spec-modules.sh --pairs [ENTRY...]   ENTRY=MODULE words
#   scripts/spec-modules.sh --inputs ENTRY       the entry's inputs, sorted
set -euo pipefail
cd "$(dirname "$0")/.."

module() {
  local name stem
  name=$(basename "$1")
  stem=${name%.*}
  [ -d "$1" ] && stem=$name
  echo "$stem" | awk -F'[-_ ]' '{ out = ""; for (i = 1; i <= NF; i++) out = out toupper(substr($i, 1, 1)) substr($i, 2); print out }'
}

inputs() {
  if [ -d "$1" ]; then
    find "$1" -maxdepth 1 -type f \( -name '*.json' -o -name '*.yaml' -o -name '*.yml' -o -name '*.md' -o -name '*.txt' \) \
      ! -name 'openapi-swiftgen.*' | LC_ALL=C sort
  else
    echo "$1"
  fi
}

mode=lines
case "${1:-}" in
  --pairs) mode=pairs; shift ;;
  --inputs) inputs "$2" | tr '\n' ' '; echo; exit 0 ;;
esac
if [ $# -eq 0 ]; then
  set -- $(find Specs -mindepth 1 -maxdepth 1 \( -type d -o -name '*.json' -o -name '*.yaml' -o -name '*.yml' \) | LC_ALL=C sort)
fi
for entry in "$@"; do
  entry=${entry%/}
  if [ "$mode" = pairs ]; then
    printf '%s=%s\n' "$entry" "$(module "$entry")"
  else
    echo "$entry $(module "$entry") $(inputs "$entry" | tr '\n' ' ')" | sed 's/ *$//'
  fi
done

#!/usr/bin/env bash
# Writes Sources/Render/DefaultTemplates.swift from Templates/**/*.mustache so the default
# templates ship inside the binary. Run by `make`; a test checks the file is current.
set -euo pipefail
cd "$(dirname "$0")/.."
out=Sources/Render/DefaultTemplates.swift
tmp=$(mktemp)
{
  echo "// swift-format-ignore-file"
  echo "// Generated from Templates/ by scripts/embed-templates.sh (run by make). Do not edit."
  echo
  echo "/// The default templates, by name: the path under \`Templates/\` without \`.mustache\`."
  echo "let defaultTemplates: [String: String] = ["
  find Templates -name '*.mustache' | LC_ALL=C sort | while read -r file; do
    name=${file#Templates/}
    name=${name%.mustache}
    if grep -q '"""#' "$file"; then
      echo "error: $file contains the raw-string delimiter \"\"\"#" >&2
      exit 1
    fi
    echo "    \"$name\": #\"\"\""
    cat "$file"
    echo
    echo "\"\"\"#,"
  done
  echo "]"
} > "$tmp"
if ! cmp -s "$tmp" "$out"; then mv "$tmp" "$out"; else rm -f "$tmp"; fi

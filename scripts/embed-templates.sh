#!/bin/sh
# Writes OUTPUT (a Swift file) holding every Templates/**/*.mustache as a string, so the default
# templates ship inside the binary. Run at build time by the EmbedTemplates build-tool plugin of
# the Render target; the file lives in SwiftPM's plugin work folder, never in the repository.
# Usage: embed-templates.sh PACKAGE_ROOT OUTPUT
set -eu
root=$1
out=$2
tmp="$out.tmp.$$"
cd "$root"
{
  echo "// Generated from Templates/ by scripts/embed-templates.sh (the EmbedTemplates plugin). Do not edit."
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
if cmp -s "$tmp" "$out" 2>/dev/null; then rm -f "$tmp"; else mv "$tmp" "$out"; fi

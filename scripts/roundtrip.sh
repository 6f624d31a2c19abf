#!/usr/bin/env bash
# `make roundtrip` (part of `make test`): decodes schema-valid JSON instances of every component
# schema into the generated models, encodes them back and compares the two as JSON values.
# Instances come from a fixed seed (openapi-swiftgen-samples), so every run checks the same
# values. Specs: Specs/*, the golden fixture, and when the corpus is present the ones rich in
# unions and nullables (discord.json with fewer instances per schema). One line per spec,
# `tried, OK`, every failure printed; exits non-zero on any loss.
# The same package also builds the corpus wire checks (Tests/CorpusWire/<Name>/main.swift over
# the module generated from a corpus spec, with a recording transport): what the generated
# clients of swift-openapi-generator's petstore and content-types specs, Redocly's museum and
# ReadMe's parameter styles put on the wire, byte for byte, and how they read the answers.
#
# Environment: TOOL, SAMPLES (the two debug tools by default), CORPUS (default ../shared/corpus),
# SEED (default 17).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
tool=${TOOL:-$root/.build/debug/openapi-swiftgen}
samples=${SAMPLES:-$root/.build/debug/openapi-swiftgen-samples}
corpus=${CORPUS:-$root/../shared/corpus}
seed=${SEED:-17}
work=$root/.build/roundtrip
rm -rf "$work/Modules" "$work/Harness"
mkdir -p "$work/Modules"
cp -R Tests/RoundTrip/Harness "$work/Harness"

modules=()
wires=()
# add NAME COUNT SPEC...: generates the module and its instances and main.swift.
add() {
  local name=$1 count=$2
  shift 2
  local folder="$work/Modules/$name"
  mkdir -p "$folder"
  "$tool" generate "$@" --module "$name" --output "$folder" >/dev/null 2>&1
  "$samples" --output "$folder" --seed "$seed" --count "$count" "$@"
  modules+=("$name")
}

# Every module of Specs/ (scripts/spec-modules.sh: ENTRY MODULE INPUT...) and the golden fixture.
while read -r _ module inputs; do
  # shellcheck disable=SC2086
  add "$module" 20 $inputs
done < <(scripts/spec-modules.sh; scripts/spec-modules.sh Tests/Golden/constructs)
if [ -d "$corpus" ]; then
  add ReadmePolymorphism 20 "$corpus/readme-polymorphism.yaml"
  add ReadmeDiscriminators 20 "$corpus/readme-discriminators.json"
  add ReadmeSchemaTypes 20 "$corpus/readme-schema-types.yaml"
  add Discord 3 "$corpus/discord.json"
  # wire NAME SPEC: generates the module with the wire checks of Tests/CorpusWire/NAME.
  wire() {
    local name=$1 folder="$work/Modules/Wire$1"
    mkdir -p "$folder"
    "$tool" generate "$2" --module "$name" --output "$folder" >/dev/null 2>&1
    cp Tests/CorpusWire/WireCheck.swift Tests/CorpusWire/"$name"/main.swift "$folder/"
    wires+=("$name")
  }
  wire Petstore "$corpus/swift-openapi-generator-petstore.yaml"
  wire ContentTypes "$corpus/swift-openapi-generator-content-types.yaml"
  wire Museum "$corpus/redocly-museum.yaml"
  wire ParametersStyle "$corpus/readme-parameters-style.yaml"
else
  echo "roundtrip: corpus $corpus not found; only Specs/ and the golden fixture are checked"
fi

{
  echo '// swift-tools-version:6.0'
  echo 'import PackageDescription'
  echo 'let package = Package(name: "RoundTrip", platforms: [.macOS(.v14)], targets: ['
  echo '    .target(name: "RoundTripHarness", path: "Harness"),'
  for name in "${modules[@]}"; do
    echo "    .executableTarget(name: \"RoundTrip$name\", dependencies: [\"RoundTripHarness\"], path: \"Modules/$name\", exclude: [\"samples.txt\", \".openapi-swiftgen-files\"]),"
  done
  for name in "${wires[@]+"${wires[@]}"}"; do
    echo "    .executableTarget(name: \"Wire$name\", path: \"Modules/Wire$name\", exclude: [\".openapi-swiftgen-files\"]),"
  done
  echo '])'
} >"$work/Package.swift"

swift build --package-path "$work" 2>&1 | grep -E "error|warning: " && { echo "roundtrip: the check does not build"; exit 1; } || true
status=0
for name in "${modules[@]}"; do
  "$work/.build/debug/RoundTrip$name" "$work/Modules/$name/samples.txt" "$name" || status=1
done
for name in "${wires[@]+"${wires[@]}"}"; do
  "$work/.build/debug/Wire$name" || status=1
done
exit $status

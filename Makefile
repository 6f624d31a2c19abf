# openapi-swiftgen: `make generate` regenerates Generated/ from Specs/, `make test` runs every test.
#
# Each entry of Specs/ is one generated module: a folder (every .json/.yaml/.yml/.md/.txt inside
# is one partial document of the same API) or a single .json/.yaml/.yml file. Its kebab-case name
# gives the module name (bird-accounts → BirdAccounts) and the output folder Generated/<Module>/
# (scripts/spec-modules.sh).

SHELL := /bin/bash
ifneq ($(wildcard /opt/swift/usr/bin/swift),)
export PATH := /opt/swift/usr/bin:$(PATH)
endif

TOOL := .build/release/openapi-swiftgen
DEBUG_TOOL := .build/debug/openapi-swiftgen
EMBEDDED := Sources/Render/DefaultTemplates.swift
VIEW_KEYS := Sources/Render/ViewModelKeys.swift
VIEW_TABLES := Sources/Render/TemplateViews.swift
TEMPLATES := $(shell find Templates -name '*.mustache' | LC_ALL=C sort)
SOURCES := $(filter-out $(EMBEDDED) $(VIEW_KEYS) $(VIEW_TABLES),$(shell find Sources -name '*.swift' | LC_ALL=C sort)) Package.swift
DEPS_DIR := .build/swiftgen-deps

# Entries, modules and inputs come from scripts/spec-modules.sh, the one place that rule lives
# (the golden tests and the round-trip check ask it too).
spec_inputs = $(shell scripts/spec-modules.sh --inputs $(1))

# entry=Module for every entry.
MODULE_PAIRS := $(shell scripts/spec-modules.sh --pairs)
SPEC_ENTRIES := $(foreach pair,$(MODULE_PAIRS),$(firstword $(subst =, ,$(pair))))
module_name = $(patsubst $(1)=%,%,$(filter $(1)=%,$(MODULE_PAIRS)))
MODULES := $(foreach entry,$(SPEC_ENTRIES),$(call module_name,$(entry)))

.PHONY: all deps install generate test golden clean check-generated validate-specs corpus consumer check-variants roundtrip templates bench fuzz lint format
CORPUS ?= ../shared/corpus
all: generate

## What the build and the tests need, installed when missing: libyaml (pkg-config yaml-0.1; apt
## on Linux, on macOS it says how to get it with Homebrew) and openapi-spec-validator (pip).
## After it, `make test` needs no network.
deps:
	@if ! pkg-config --exists yaml-0.1 2>/dev/null; then \
	  if [ "$$(uname -s)" = Darwin ]; then \
	    echo "libyaml is missing: brew install libyaml pkg-config"; exit 1; \
	  fi; \
	  echo "Installing libyaml-dev (YAML input)"; \
	  if [ "$$(id -u)" -eq 0 ]; then apt-get update -qq && apt-get install -y -qq libyaml-dev pkg-config; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq libyaml-dev pkg-config; fi; \
	fi
	@python3 -c "import openapi_spec_validator" 2>/dev/null || { echo "Installing openapi-spec-validator (make test validates Specs/ with it)"; \
	  python3 -m pip install --quiet openapi-spec-validator; }

## The default templates, embedded into the binary. The script leaves an unchanged file alone;
## the touch records that it is current, so a no-op `make generate` does not run it again.
templates: $(EMBEDDED)
$(EMBEDDED): $(TEMPLATES) scripts/embed-templates.sh
	./scripts/embed-templates.sh
	@touch $@

## The template contract: the views' key lookups and tables and the reference TEMPLATES.md, from
## the compiler's symbol graph of SwiftModel (Tests/Tools/ViewKeys reads it).
SYMBOL_GRAPHS := .build/symbol-graphs
$(VIEW_KEYS): $(wildcard Sources/SwiftModel/Views/*.swift) Tests/Tools/ViewKeys/main.swift | deps
	swift build --target SwiftModel
	swift build --product openapi-swiftgen-view-keys
	@rm -rf $(SYMBOL_GRAPHS) && mkdir -p $(SYMBOL_GRAPHS)
	swift symbolgraph-extract -module-name SwiftModel -I "$$(swift build --show-bin-path)/Modules" -I Sources/CYaml \
	  -target "$$(swiftc -print-target-info | sed -n 's/^ *"triple": "\(.*\)",*$$/\1/p' | head -1)" \
	  $$( [ "$$(uname -s)" = Darwin ] && echo -sdk "$$(xcrun --show-sdk-path)" ) \
	  -minimum-access-level public -output-dir $(SYMBOL_GRAPHS)
	"$$(swift build --show-bin-path)/openapi-swiftgen-view-keys" $(SYMBOL_GRAPHS)/SwiftModel.symbols.json .
	@touch $@

# The Swift runtime and Foundation are linked statically: the tool starts faster and its pages
# are a third smaller in memory (peak RSS is part of `make bench`).
$(TOOL): $(SOURCES) $(EMBEDDED) $(VIEW_KEYS) | deps
	swift build -c release --product openapi-swiftgen --static-swift-stdlib
	@touch $@

# One rule per module. The depfile the tool writes lists every file it read (specs, files
# reached through $ref, template overrides); those become prerequisites of the module's stamp.
depfile_inputs = $(if $(wildcard $(DEPS_DIR)/$(1).d),$(shell sed -e 's/^[^:]*://' -e 's/\\$$//' $(DEPS_DIR)/$(1).d))
define module_rule
$(DEPS_DIR)/$(call module_name,$(1)).stamp: $(call spec_inputs,$(1)) $(call depfile_inputs,$(call module_name,$(1))) $(TOOL) $(TEMPLATES)
	@mkdir -p $(DEPS_DIR)
	$(TOOL) generate $(call spec_inputs,$(1)) --module $(call module_name,$(1)) --output Generated/$(call module_name,$(1)) --depfile $(DEPS_DIR)/$(call module_name,$(1)).d
	@touch $$@
endef
$(foreach entry,$(SPEC_ENTRIES),$(eval $(call module_rule,$(entry))))

## Builds the tool (release) and regenerates every Generated/<Module>/ whose inputs changed.
generate: $(foreach module,$(MODULES),$(DEPS_DIR)/$(module).stamp)

## Installs the release tool (templates are built in) as $(PREFIX)/bin/openapi-swiftgen.
PREFIX ?= /usr/local
install: $(TOOL)
	install -d "$(DESTDIR)$(PREFIX)/bin"
	install -m 755 $(TOOL) "$(DESTDIR)$(PREFIX)/bin/openapi-swiftgen"

## Generation speed and memory against the parse floor, no-op regeneration, and the compile cost
## of the output (scripts/bench.py; BENCH_ARGS="--runs 3 --no-compile" for a quick run).
## Prints a table and writes .build/bench/results.json. Nothing in `make test` depends on it.
bench: $(TOOL)
	python3 scripts/bench.py $(TOOL) $(BENCH_ARGS)

## Every test: the release tool builds (as `make generate` needs it), unit, golden, compile
## (the generated modules build with warnings as errors),
## integration against a local server, and Generated/ equal to a fresh generation.
test: $(EMBEDDED) $(VIEW_KEYS) $(TOOL) | deps
	swift build --build-tests
	@mkdir -p .build
	@set -o pipefail; swift test --skip-build --disable-swift-testing 2>&1 | tee .build/test.log
	$(MAKE) check-generated
	$(MAKE) lint
	@scratch=$$(mktemp -d); trap 'rm -rf "$$scratch"' EXIT; \
	$(MAKE) --no-print-directory install PREFIX="$$scratch" >/dev/null && "$$scratch/bin/openapi-swiftgen" --version >/dev/null \
	  && echo "make install: the installed tool runs"
	$(MAKE) consumer
	$(MAKE) check-variants
	$(MAKE) roundtrip
	$(MAKE) validate-specs
	@if [ -d "$(CORPUS)" ]; then set -o pipefail; $(MAKE) --no-print-directory corpus 2>&1 | tee .build/corpus.log; \
	else echo "corpus: $(CORPUS) not found, skipped" | tee .build/corpus.log; fi
	@executed=$$(grep -E "^\s*Executed [0-9]+ tests?" .build/test.log | tail -1); \
	total=$$(echo "$$executed" | sed -E 's/.*Executed ([0-9]+) tests?.*/\1/'); \
	failed=$$(echo "$$executed" | sed -E 's/.*with ([0-9]+) failures?.*/\1/'); \
	corpus_passed=$$(sed -nE 's/^([0-9]+) passed, ([0-9]+) failed$$/\1/p' .build/corpus.log); \
	corpus_failed=$$(sed -nE 's/^([0-9]+) passed, ([0-9]+) failed$$/\2/p' .build/corpus.log); \
	echo "$$((total - failed + $${corpus_passed:-0})) passed, $$((failed + $${corpus_failed:-0})) failed"

## The code follows .swift-format (swift format ships with the toolchain): `make format` applies
## it, `make lint` (part of `make test`) fails on any finding. Generated files opt out with
## `// swift-format-ignore-file`.
LINT_PATHS := Sources Tests/TestSupport $(wildcard Tests/*Tests) Tests/Tools Tests/RoundTrip Tests/CorpusWire Package.swift
lint:
	swift format lint --strict --recursive $(LINT_PATHS)
	@echo "lint: the code follows .swift-format"
format:
	swift format format --in-place --recursive $(LINT_PATHS)

## The golden fixture generated with the config's other choices (Equatable instead of Hashable,
## the sharded layout, internal access) must type-check with warnings as errors too.
check-variants:
	@set -e; scratch=$$(mktemp -d); trap 'rm -rf "$$scratch"' EXIT; \
	printf 'conformances: [Codable, Equatable, Sendable]\nlayout: sharded\nshards: 5\naccess: internal\n' > "$$scratch/config.yaml"; \
	$(DEBUG_TOOL) generate Tests/Golden/constructs/spec.json --module Constructs --config "$$scratch/config.yaml" --output "$$scratch/out" 2>/dev/null; \
	swiftc -typecheck -warnings-as-errors "$$scratch"/out/*.swift; \
	echo "variants: the golden fixture, Equatable + sharded + internal, type-checks"

## Adoption from a user's package (scripts/consumer.sh): Tests/Consumer depends on this package by
## path; its build plugin target (config with filter, overrides, sharded layout) and its
## command-plugin target build, call a local server, and rebuild only when the spec changes.
consumer:
	./scripts/consumer.sh

## Generates every real-world spec of $(CORPUS) and type-checks each output (scripts/corpus.sh).
corpus:
	swift build --product openapi-swiftgen
	CORPUS=$(CORPUS) ./scripts/corpus.sh

## Decodes schema-valid instances (fixed seed) of every component schema of Specs/, the golden
## fixture and corpus specs rich in unions and nullables into the generated models, encodes them
## back and fails on any difference; then the corpus wire checks (Tests/CorpusWire) pin what the
## clients of four corpus specs send and how they read answers (scripts/roundtrip.sh).
roundtrip:
	swift build --product openapi-swiftgen
	swift build --product openapi-swiftgen-samples
	CORPUS=$(CORPUS) ./scripts/roundtrip.sh

## Regenerates every module with the debug tool into a scratch folder and compares with Generated/.
check-generated:
	@set -e; scratch=$$(mktemp -d); trap 'rm -rf "$$scratch"' EXIT; \
	$(foreach entry,$(SPEC_ENTRIES),$(DEBUG_TOOL) generate $(call spec_inputs,$(entry)) --module $(call module_name,$(entry)) \
	  --output "$$scratch/$(call module_name,$(entry))" 2>/dev/null; \
	  diff -r "$$scratch/$(call module_name,$(entry))" "Generated/$(call module_name,$(entry))" \
	  || { echo "Generated/$(call module_name,$(entry)) differs from a fresh generation: run 'make generate' and commit."; exit 1; };) \
	echo "Generated/ matches a fresh generation of Specs/."

## Validates every JSON spec of Specs/ as OpenAPI (openapi-spec-validator, which `make deps`
## installs from PyPI). The Markdown pages of Bird are published documents, kept as they are.
validate-specs:
	@python3 -c "import openapi_spec_validator" 2>/dev/null || { echo "validate-specs: openapi-spec-validator is missing: run make deps"; exit 1; }
	python3 -m openapi_spec_validator $(wildcard Specs/*.json Specs/*.yaml Specs/*.yml)

## Fuzzes Load → Resolve → Build IR → Render with libFuzzer (and AddressSanitizer) for
## FUZZ_SECONDS, from seeds: Specs/, the golden fixture, Tests/Malformed/ and the corpus's small
## specs. Leak reports are off (Swift's lazily made globals read as leaks); growth is caught by the
## RSS limit. Findings land in .build-fuzz/findings/; replay one with the plain build:
## `swift build --product openapi-swiftgen-fuzz && .build/debug/openapi-swiftgen-fuzz FILE`.
## Not part of `make test`.
FUZZ_SECONDS ?= 300
FUZZ_DIR := .build-fuzz
fuzz: | deps
	swift build --scratch-path $(FUZZ_DIR) --product openapi-swiftgen-fuzz \
	  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -use-ld=lld
	@rm -rf $(FUZZ_DIR)/seeds; mkdir -p $(FUZZ_DIR)/seeds $(FUZZ_DIR)/corpus $(FUZZ_DIR)/findings
	@for file in Specs/*.json Specs/*/*.md Tests/Golden/*/spec.json Tests/MultiFile/*.yaml $$(find Tests/Malformed -name 'spec.*') \
	  $$(find $(CORPUS) -maxdepth 1 -type f \( -name '*.json' -o -name '*.yaml' \) -size -40k 2>/dev/null); do \
	  cp "$$file" "$(FUZZ_DIR)/seeds/$$(echo "$$file" | tr '/' '_')"; done
	ASAN_OPTIONS=detect_leaks=0 $(FUZZ_DIR)/debug/openapi-swiftgen-fuzz $(FUZZ_DIR)/corpus $(FUZZ_DIR)/seeds -max_total_time=$(FUZZ_SECONDS) \
	  -timeout=10 -rss_limit_mb=4096 -detect_leaks=0 -max_len=131072 -artifact_prefix=$(FUZZ_DIR)/findings/ -print_final_stats=1

## Rewrites the golden files (Generated/, Tests/Golden/*/expected and the corpus output digests
## in Tests/Corpus/digests.txt); review the diff.
golden: $(EMBEDDED)
	rm -rf $(DEPS_DIR)
	$(MAKE) generate
	GOLDEN_UPDATE=1 swift test --filter GoldenTests
	@if [ -d "$(CORPUS)" ]; then swift build --product openapi-swiftgen && CORPUS=$(CORPUS) CORPUS_RECORD=1 ./scripts/corpus.sh; \
	else echo "corpus: $(CORPUS) not found, digests not recorded"; fi

clean:
	rm -rf .build

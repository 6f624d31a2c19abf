// swift-tools-version:6.1
import PackageDescription

/// Settings for every generated module: a warning fails the build.
let generatedSettings: [SwiftSetting] = [.unsafeFlags(["-warnings-as-errors"])]

/// One module per pipeline stage: Load → Resolve → Build IR → Swift model → Render → Write.
/// `Pipeline` wires them together; `openapi-swiftgen` is the command line.
let package = Package(
    name: "openapi-swiftgen",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "openapi-swiftgen", targets: ["openapi-swiftgen"]),
        // For users' packages: generate at build time, or regenerate committed code on demand.
        .plugin(name: "OpenAPISwiftGenPlugin", targets: ["OpenAPISwiftGenPlugin"]),
        .plugin(name: "GenerateOpenAPICode", targets: ["GenerateOpenAPICode"]),
        .library(name: "BirdAccounts", targets: ["BirdAccounts"]),
        .library(name: "AnthropicAdmin", targets: ["AnthropicAdmin"]),
        .library(name: "Flashback", targets: ["Flashback"]),
    ],
    dependencies: [
        // The command line.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // Logic-less templates for every line of emitted Swift.
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // Tests only: a real HTTP server on 127.0.0.1 for the generated clients.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        .target(name: "Diagnostics", path: "Sources/Diagnostics"),
        // YAML through the system libyaml (libyaml-dev; the Makefile installs it when missing).
        .systemLibrary(name: "CYaml", path: "Sources/CYaml", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        .target(name: "Load", dependencies: ["Diagnostics", "CYaml"], path: "Sources/Load"),
        .target(name: "Resolve", dependencies: ["Diagnostics", "Load"], path: "Sources/Resolve"),
        .target(name: "IR", dependencies: ["Diagnostics", "Load", "Resolve"], path: "Sources/IR"),
        // Every Swift decision (names, storage, support files, views): IR → a plan of files and views.
        .target(name: "SwiftModel", dependencies: ["Diagnostics", "IR"], path: "Sources/SwiftModel"),
        // Only renders: the plan's views through the Mustache templates into text.
        .target(
            name: "Render",
            dependencies: ["Diagnostics", "SwiftModel", .product(name: "Mustache", package: "swift-mustache")],
            path: "Sources/Render"
        ),
        .target(name: "Write", dependencies: ["Diagnostics"], path: "Sources/Write"),
        .target(
            name: "Pipeline",
            dependencies: ["Diagnostics", "Load", "Resolve", "IR", "SwiftModel", "Render", "Write"],
            path: "Sources/Pipeline"
        ),
        .executableTarget(
            name: "openapi-swiftgen",
            dependencies: ["Pipeline", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Sources/CLI"
        ),

        .plugin(
            name: "OpenAPISwiftGenPlugin", capability: .buildTool(), dependencies: ["openapi-swiftgen"],
            path: "Sources/Plugins/OpenAPISwiftGenPlugin"
        ),
        .plugin(
            name: "GenerateOpenAPICode",
            capability: .command(
                intent: .custom(
                    verb: "generate-openapi-code", description: "Regenerate the OpenAPI clients of the package's targets into their Generated/ folders"),
                permissions: [.writeToPackageDirectory(reason: "writes the generated client into the target's Generated/ folder")]
            ),
            dependencies: ["openapi-swiftgen"],
            path: "Sources/Plugins/GenerateOpenAPICode"
        ),

        // The fuzzer's entry (`make fuzz` builds it with libFuzzer); built plainly, it replays
        // saved inputs through the same stages.
        .executableTarget(
            name: "openapi-swiftgen-fuzz",
            dependencies: ["Diagnostics", "Load", "Resolve", "IR", "SwiftModel", "Render"],
            path: "Sources/Fuzz"
        ),

        // Writes the template contract (Render/ViewModelKeys.swift, Render/TemplateViews.swift,
        // TEMPLATES.md) from the symbol graph of SwiftModel's view models (`make` runs it).
        .executableTarget(name: "openapi-swiftgen-view-keys", path: "Tests/Tools/ViewKeys"),

        // The round-trip check's instance writer (scripts/roundtrip.sh, part of `make test`).
        .executableTarget(
            name: "openapi-swiftgen-samples",
            dependencies: ["Diagnostics", "Load", "Resolve", "IR", "SwiftModel"],
            path: "Tests/RoundTrip/Samples"
        ),

        // Generated clients, committed and compiled by `swift build` / `make test`.
        // Warnings are errors here: the generated code must compile clean.
        .target(name: "BirdAccounts", path: "Generated/BirdAccounts", swiftSettings: generatedSettings),
        .target(name: "AnthropicAdmin", path: "Generated/AnthropicAdmin", swiftSettings: generatedSettings),
        .target(name: "Flashback", path: "Generated/Flashback", swiftSettings: generatedSettings),
        // The golden fixture's output must compile too.
        .target(name: "GoldenConstructs", path: "Tests/Golden/constructs/expected", swiftSettings: generatedSettings),

        // One test target per stage; TestSupport holds what they share (the package root,
        // temporary folders, running the built tool, snapshots of folders).
        .target(name: "TestSupport", dependencies: ["Diagnostics", "Load", "Resolve", "IR"], path: "Tests/TestSupport"),
        .testTarget(name: "LoadTests", dependencies: ["Diagnostics", "Load", "TestSupport"], path: "Tests/LoadTests"),
        .testTarget(name: "ResolveTests", dependencies: ["Diagnostics", "Load", "Resolve", "TestSupport"], path: "Tests/ResolveTests"),
        .testTarget(name: "IRTests", dependencies: ["Diagnostics", "Load", "Resolve", "IR", "TestSupport"], path: "Tests/IRTests"),
        .testTarget(name: "SwiftModelTests", dependencies: ["Diagnostics", "IR", "SwiftModel", "TestSupport"], path: "Tests/SwiftModelTests"),
        .testTarget(
            name: "RenderTests",
            dependencies: ["Diagnostics", "Load", "SwiftModel", "Render", "Pipeline", "TestSupport", .product(name: "Mustache", package: "swift-mustache")],
            path: "Tests/RenderTests"
        ),
        .testTarget(name: "WriteTests", dependencies: ["Write", "Pipeline", "TestSupport"], path: "Tests/WriteTests"),
        .testTarget(
            name: "PipelineTests",
            dependencies: ["Diagnostics", "IR", "SwiftModel", "Render", "Write", "Pipeline", "TestSupport"],
            path: "Tests/PipelineTests"
        ),
        .testTarget(
            name: "IntegrationTests",
            dependencies: [
                "AnthropicAdmin",
                "BirdAccounts",
                "Flashback",
                "GoldenConstructs",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            path: "Tests/IntegrationTests"
        ),
    ]
)

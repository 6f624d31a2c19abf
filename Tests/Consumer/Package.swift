// swift-tools-version:6.0
// A user's package that adopts openapi-swiftgen by path (scripts/consumer.sh builds a copy of it
// in `make test`): one target generates at build time through the build plugin, one holds code
// the command plugin wrote and that is committed.
import PackageDescription

let package = Package(
    name: "Consumer",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "openapi-swiftgen", path: "../..")],
    targets: [
        // openapi.yaml + openapi-swiftgen.yaml (filter, overrides, templates, sharded layout) → built by the plugin.
        .target(
            name: "PetsBuilt", exclude: ["Templates"],
            plugins: [.plugin(name: "OpenAPISwiftGenPlugin", package: "openapi-swiftgen")]
        ),
        // openapi.json → Generated/, written by `swift package generate-openapi-code` and committed.
        .target(name: "PetsCommitted", exclude: ["openapi.json"]),
        .executableTarget(name: "consumer-app", dependencies: ["PetsBuilt", "PetsCommitted"]),
    ]
)

import Foundation
import PackagePlugin

/// The build-tool plugin: a target holding OpenAPI documents (and optionally
/// `openapi-swiftgen.yaml`) gets its client generated at build time into the plugin's work
/// folder, in the sharded layout (its file names are fixed before the spec is read). The build
/// system re-runs it only when a document, the config or a template of the config's
/// `templates` folder changes, and the tool rewrites only files whose bytes change.
@main
struct OpenAPISwiftGenPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let inputs = PluginInputs(files: target.sourceFiles.map(\.url))
        guard !inputs.specs.isEmpty else {
            throw PluginFailure(
                description:
                    "target '\(target.name)' uses OpenAPISwiftGenPlugin but holds no OpenAPI document (openapi.yaml, openapi.yml, openapi.json or openapi*.md)"
            )
        }
        let shards = inputs.shardCount()
        let output = context.pluginWorkDirectoryURL.appending(path: "GeneratedSources")
        var arguments = ["generate"] + inputs.specs.map(\.path)
        arguments += ["--module", target.name, "--output", output.path, "--layout", "sharded", "--shards", String(shards)]
        if let config = inputs.config {
            arguments += ["--config", config.path]
        }
        return [
            .buildCommand(
                displayName: "Generating the OpenAPI client of \(target.name)",
                executable: try context.tool(named: "openapi-swiftgen").url,
                arguments: arguments,
                inputFiles: inputs.specs + [inputs.config].compactMap { $0 } + inputs.templateFiles(),
                outputFiles: PluginInputs.shardedFileNames(count: shards).map { output.appending(path: $0) }
            )
        ]
    }
}

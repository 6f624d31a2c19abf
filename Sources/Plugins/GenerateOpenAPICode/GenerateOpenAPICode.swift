import Foundation
import PackagePlugin

/// The command plugin: regenerates the client of every target holding OpenAPI documents (or of
/// the `--target`s named) into the target's `Generated/` folder, for packages that commit the
/// generated code.
///
///     swift package --allow-writing-to-package-directory generate-openapi-code [--target Name]
@main
struct GenerateOpenAPICode: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) throws {
        var extractor = ArgumentExtractor(arguments)
        let named = extractor.extractOption(named: "target")
        let targets = named.isEmpty ? context.package.targets : try context.package.targets(named: named)
        let tool = try context.tool(named: "openapi-swiftgen").url
        var generated = 0
        for case let target as SourceModuleTarget in targets {
            let output = target.directoryURL.appending(path: "Generated")
            // The target folder's own files, so the documents may be excluded from the target
            // (`exclude: ["openapi.yaml"]`) and what this plugin wrote before is not read.
            let names = (try? FileManager.default.contentsOfDirectory(atPath: target.directoryURL.path)) ?? []
            let inputs = PluginInputs(files: names.map { target.directoryURL.appending(path: $0) })
            guard !inputs.specs.isEmpty else {
                if !named.isEmpty { throw PluginFailure(description: "target '\(target.name)' holds no OpenAPI document") }
                continue
            }
            var arguments = ["generate"] + inputs.specs.map(\.path) + ["--module", target.name, "--output", output.path]
            if let config = inputs.config {
                arguments += ["--config", config.path]
            }
            let process = try Process.run(tool, arguments: arguments)
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                throw PluginFailure(description: "openapi-swiftgen failed for target '\(target.name)' (exit status \(process.terminationStatus))")
            }
            print("Generated \(target.name) into \(output.path)")
            generated += 1
        }
        if generated == 0 {
            throw PluginFailure(description: "no target holds an OpenAPI document (openapi.yaml, openapi.yml, openapi.json or openapi*.md)")
        }
    }
}

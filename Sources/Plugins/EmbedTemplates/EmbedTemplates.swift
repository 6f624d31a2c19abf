import Foundation
import PackagePlugin

/// Embeds the default templates (`Templates/**/*.mustache`) into the Render module at build
/// time, so the tool is one self-contained file and no generated copy of them is committed. The
/// build system re-runs it when a template (or the script) changes.
@main
struct EmbedTemplates: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        let templates = root.appending(path: "Templates")
        let script = root.appending(path: "scripts/embed-templates.sh")
        let output = context.pluginWorkDirectoryURL.appending(path: "DefaultTemplates.swift")
        var inputs = [script]
        if let files = FileManager.default.enumerator(at: templates, includingPropertiesForKeys: nil) {
            for case let file as URL in files where file.pathExtension == "mustache" {
                inputs.append(file)
            }
        }
        return [
            .buildCommand(
                displayName: "Embedding the default templates",
                executable: URL(fileURLWithPath: "/bin/sh"),
                arguments: [script.path, root.path, output.path],
                inputFiles: inputs.sorted { $0.path < $1.path },
                outputFiles: [output]
            )
        ]
    }
}

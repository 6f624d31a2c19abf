import ArgumentParser
import Diagnostics
import Foundation
import Pipeline
import Render
import Write

/// The `openapi-swiftgen` command.
@main
struct OpenAPISwiftGen: ParsableCommand {
    /// The tool's version, as `--version` prints it.
    static let version = "0.9.0"

    static let configuration = CommandConfiguration(
        commandName: "openapi-swiftgen",
        abstract: "Generates Swift models and an async/await client from OpenAPI documents.",
        version: version,
        subcommands: [Generate.self, Templates.self],
        defaultSubcommand: Generate.self
    )
}

/// `openapi-swiftgen generate`.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Generate a Swift client module from one or more OpenAPI documents.",
        discussion: """
            Each SPEC is an OpenAPI 3.0/3.1 JSON or YAML file, or a Markdown (.md/.txt) page whose \
            fenced ```json blocks with an "openapi" key are partial documents. All inputs are merged \
            into one API. Files are written only when their bytes change. A $ref reads only regular \
            files below a spec's folder (or an --allow-ref-folder), never the network.

            Example:
              openapi-swiftgen generate Specs/bird-accounts/*.md --module BirdAccounts --output Generated/BirdAccounts
            """
    )

    @Argument(help: "OpenAPI documents (.json, .yaml, .yml, .md, .txt), merged into one API.")
    var specs: [String]

    @Option(help: "The Swift module the output belongs to.")
    var module: String?

    @Option(help: "The folder to write the Swift files into.")
    var output: String?

    @Option(help: "A folder of .mustache files that replace default templates of the same relative name.")
    var templates: String?

    @Option(help: "The access level of the generated API: public or internal.")
    var access: RenderOptions.Access = .public

    @Option(
        name: .customLong("allow-ref-folder"),
        help: "A folder whose files $refs may read besides the specs' own folders (repeatable)."
    )
    var referenceFolders: [String] = []

    @Option(help: "The size limit of every file read, in bytes.")
    var maxFileSize: Int = Generator.Configuration.defaultMaxFileBytes

    @Option(help: "Write a Make dependency file listing every input read.")
    var depfile: String?

    @Flag(help: "Only read and parse the inputs (and the files they reference), write nothing: the floor `make bench` compares generation with.")
    var parseOnly = false

    func validate() throws {
        if specs.isEmpty {
            throw ValidationError("Give at least one SPEC file.")
        }
        if !parseOnly && (module == nil || output == nil) {
            throw ValidationError("Give --module and --output (or --parse-only).")
        }
    }

    func run() throws {
        let generator = Generator(
            Generator.Configuration(
                specPaths: specs, moduleName: module ?? "", access: access, templatesDirectory: templates,
                referenceFolders: referenceFolders, maxFileBytes: maxFileSize
            )
        )
        do {
            if parseOnly {
                try generator.parse()
                return
            }
            _ = try generator.generate(into: output ?? "")
        } catch {
            report(generator.log.warnings)
            let message = (error as? any DiagnosticError)?.diagnostic.description ?? "error: \(error)"
            FileHandle.standardError.write(Data((message + "\n").utf8))
            throw ExitCode(1)
        }
        report(generator.log.warnings)
        if let depfile {
            do {
                try Depfile.write(inputs: generator.inputFiles(), to: depfile)
            } catch {
                FileHandle.standardError.write(Data((error.diagnostic.description + "\n").utf8))
                throw ExitCode(1)
            }
        }
    }

    private func report(_ warnings: [Diagnostic]) {
        for warning in warnings {
            FileHandle.standardError.write(Data((warning.description + "\n").utf8))
        }
    }
}

extension RenderOptions.Access: ExpressibleByArgument {}

import ArgumentParser
import Foundation
import Pipeline

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
            Each SPEC is an OpenAPI 3.0/3.1 document: JSON (.json), YAML (.yaml, .yml), or a \
            Markdown page (.md, .markdown, .txt) whose fenced ```json blocks with an "openapi" key \
            are partial documents. All inputs are merged into one API. Files are written only when \
            their bytes change; on an error nothing is written and the exit status is 1. A $ref \
            reads only regular files below a spec's folder (or an --allow-ref-folder), never the network.

            Settings come from a config file (openapi-swiftgen.yaml, .yml or .json next to the first \
            SPEC, or --config): module, access, templates, layout, shards, conformances, filter, \
            typeOverrides, nameOverrides. Flags given here override it. --output is required, and \
            --module unless the config names the module.

            Examples:
              openapi-swiftgen generate openapi.yaml --module Pets --output Generated
              openapi-swiftgen generate docs/*.md --module Bird --output Generated/Bird
              openapi-swiftgen generate openapi.json --config my.yaml --output Out \\
                  --layout sharded --shards 4
              openapi-swiftgen templates dump MyTemplates  # edit, then --templates
            """
    )

    @Argument(help: "OpenAPI documents (.json, .yaml, .yml, .md, .markdown, .txt), merged into one API.")
    var specs: [String]

    @Option(
        help: ArgumentHelp(
            "The Swift module the output belongs to (required unless the config names it); it names the <Module>Client and <Module>Error aliases.",
            valueName: "name"))
    var module: String?

    @Option(help: ArgumentHelp("The folder to write the Swift files into (required).", valueName: "folder"))
    var output: String?

    @Option(help: ArgumentHelp("A config file (default: openapi-swiftgen.yaml/.yml/.json next to the first SPEC).", valueName: "file"))
    var config: String?

    @Option(help: "A folder of .mustache files that replace default templates of the same relative name.")
    var templates: String?

    @Option(help: "The access level of the generated API: public (default) or internal.")
    var access: Generator.Configuration.Access?

    @Option(help: "files (default: a file per type) or sharded (a fixed set of files, for build plugins).")
    var layout: LayoutKind?

    @Option(help: "The number of Types_NN/Client_NN files of the sharded layout (default 8).")
    var shards: Int?

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

    /// The `--layout` values.
    enum LayoutKind: String, ExpressibleByArgument {
        case files
        case sharded
    }

    func validate() throws {
        if specs.isEmpty {
            throw ValidationError("Give at least one SPEC file.")
        }
        if let shards, !(1...Generator.Configuration.Layout.maxShards).contains(shards) {
            throw ValidationError("--shards is a whole number from 1 to \(Generator.Configuration.Layout.maxShards).")
        }
        if let module, !Generator.isModuleName(module) {
            throw ValidationError("--module '\(module)' is not a Swift identifier.")
        }
        if !parseOnly && output == nil {
            throw ValidationError("Give --output (or --parse-only).")
        }
    }

    func run() throws {
        let settings: Generator.Configuration
        do {
            settings = try configuration()
        } catch {
            fail(error, warnings: [])
        }
        let generator = Generator(settings)
        do {
            if parseOnly {
                try generator.parse()
                return
            }
            _ = try generator.generate(into: output ?? "")
        } catch {
            fail(error, warnings: generator.warningLines)
        }
        report(generator.warningLines)
        if let depfile {
            do {
                try generator.writeDepfile(to: depfile)
            } catch {
                fail(error, warnings: [])
            }
        }
    }

    /// The config file's settings with the flags over them.
    private func configuration() throws -> Generator.Configuration {
        let configPath = config ?? ConfigFile.find(nextTo: specs[0])
        let file = try configPath.map(ConfigFile.load)
        guard let moduleName = module ?? file?.module ?? (parseOnly ? "" : nil) else {
            throw ValidationError("Give --module (or name the module in the config file).")
        }
        var settings = Generator.Configuration(
            specPaths: specs, moduleName: moduleName, access: access ?? file?.access ?? .public,
            templatesDirectory: templates ?? file?.templates, referenceFolders: referenceFolders, maxFileBytes: maxFileSize
        )
        settings.configPath = configPath
        settings.hashable = file?.hashable ?? true
        if let file { settings.customization = file.customization }
        var layout = file?.layout ?? .files
        switch self.layout {
        case .files?: layout = .files
        case .sharded?: layout = .sharded(shards ?? file?.layout?.shardCount ?? Generator.Configuration.Layout.defaultShards)
        case nil: if let shards { layout = .sharded(shards) }
        }
        settings.layout = layout
        return settings
    }

    private func fail(_ error: any Error, warnings: [String]) -> Never {
        report(warnings)
        let message = Generator.errorLine(for: error)
        FileHandle.standardError.write(Data((message + "\n").utf8))
        Generate.exit(withError: ExitCode(1))
    }

    private func report(_ warnings: [String]) {
        for warning in warnings {
            FileHandle.standardError.write(Data((warning + "\n").utf8))
        }
    }
}

extension Generator.Configuration.Access: ExpressibleByArgument {}

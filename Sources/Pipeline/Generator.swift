import Diagnostics
import Foundation
import IR
import Load
import Render
import Resolve
import Write

/// The whole pipeline, Load → Resolve → Build IR → Render → Write, as one call.
///
/// Stages run in order and data flows forward only; the first error stops the run before
/// anything is written.
public final class Generator {
    /// What to generate from and how.
    public struct Configuration: Sendable {
        public var specPaths: [String]
        public var moduleName: String
        public var access: RenderOptions.Access
        public var templatesDirectory: String?

        public init(specPaths: [String], moduleName: String, access: RenderOptions.Access = .public, templatesDirectory: String? = nil) {
            self.specPaths = specPaths
            self.moduleName = moduleName
            self.access = access
            self.templatesDirectory = templatesDirectory
        }
    }

    public let configuration: Configuration
    public let log = DiagnosticLog()
    /// Files reached through external `$ref`s during the last run.
    public private(set) var referencedFiles: [String] = []
    /// Template files read from the templates folder during the last run.
    public private(set) var templateFiles: [String] = []

    public init(_ configuration: Configuration) {
        self.configuration = configuration
    }

    /// Loads, resolves, builds the IR of the specs.
    public func buildAPI() throws -> APIDescription {
        let document = try SpecLoader.load(paths: configuration.specPaths)
        let resolver = try RefResolver.resolve(document)
        referencedFiles = resolver.loadedFiles
        return try IRBuilder.build(resolver, log: log)
    }

    /// Runs every stage but Write and returns the files in memory.
    public func render() throws -> [RenderedFile] {
        let api = try buildAPI()
        let templates: TemplateSet
        if let directory = configuration.templatesDirectory {
            let files = try TemplateFiles.read(directory: directory)
            templateFiles = files.map(\.path)
            templates = TemplateSet.overriding(with: files.map { ($0.name, $0.path, $0.text) }, log: log)
        } else {
            templates = .defaults
        }
        let options = RenderOptions(moduleName: configuration.moduleName, access: configuration.access)
        return try SwiftRenderer.render(api, options: options, templates: templates, log: log)
    }

    /// Runs the whole pipeline into `directory`.
    public func generate(into directory: String) throws -> OutputWriter.Report {
        let files = try render()
        return try OutputWriter.write(files.map { ($0.path, Data($0.contents.utf8)) }, to: directory)
    }

    /// Every file this run read: the specs, files reached through `$ref`, template overrides.
    public func inputFiles() -> [String] {
        let inputs = configuration.specPaths + referencedFiles + templateFiles
        return inputs.sorted()
    }
}

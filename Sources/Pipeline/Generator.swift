import Diagnostics
import Foundation
import IR
import Load
import Render
import Resolve
import SwiftModel
import Write

/// The whole pipeline, Load → Resolve → Build IR → Swift model → Render → Write, as one call.
///
/// Stages run in order and data flows forward only; the first error stops the run before
/// anything is written.
public final class Generator {
    /// What to generate from and how.
    public struct Configuration: Sendable {
        public var specPaths: [String]
        public var moduleName: String
        public var access: SwiftOptions.Access
        public var templatesDirectory: String?
        /// Folders beyond the specs' own that `$ref`s may read files from.
        public var referenceFolders: [String]
        /// The size limit of every file read.
        public var maxFileBytes: Int
        /// Declared types are Hashable (default) or only Equatable.
        public var hashable = true
        public var layout = OutputLayout.files
        /// Filtering, supplied types and names (a config file's `filter`, `typeOverrides`, `nameOverrides`).
        public var customization = Customization()
        /// The config file the settings came from, if any: an input of the run.
        public var configPath: String?
        /// Specs held in memory, by the path `specPaths` names them with (its extension says how
        /// to read it; errors are reported at it): read from here instead of the file system.
        public var specTexts: [String: String] = [:]
        /// The default of `maxFileBytes`.
        public static let defaultMaxFileBytes = InputLimits.defaultMaxFileBytes

        public init(
            specPaths: [String], moduleName: String, access: SwiftOptions.Access = .public, templatesDirectory: String? = nil,
            referenceFolders: [String] = [], maxFileBytes: Int = InputLimits.defaultMaxFileBytes
        ) {
            self.specPaths = specPaths
            self.moduleName = moduleName
            self.access = access
            self.templatesDirectory = templatesDirectory
            self.referenceFolders = referenceFolders
            self.maxFileBytes = maxFileBytes
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

    /// Only reads and parses the specs, and every file they reach through `$ref`, into document
    /// trees: the floor a full generation is measured against (`--parse-only`).
    public func parse() throws {
        let document = try SpecLoader.load(paths: configuration.specPaths, texts: configuration.specTexts, limits: fileAccess.limits, log: log)
        referencedFiles = try RefResolver.loadReferencedFiles(of: document, access: fileAccess)
    }

    /// Loads, resolves, builds the IR of the specs.
    public func buildAPI() throws -> APIDescription {
        let document = try SpecLoader.load(paths: configuration.specPaths, texts: configuration.specTexts, limits: fileAccess.limits, log: log)
        let resolver = try RefResolver.resolve(document, access: fileAccess, log: log)
        referencedFiles = resolver.loadedFiles
        let customization = configuration.customization
        let schemaNames = Dictionary(customization.schemaNames.map { ($0.key.text, $0.value.text) }) { _, last in last }
        let api = try IRBuilder.build(resolver, log: log, schemaNames: schemaNames)
        return try customization.apply(to: api)
    }

    /// Runs every stage but Write and returns the files in memory.
    public func render() throws -> [RenderedFile] {
        let (plan, templates) = try prepare()
        return try SwiftRenderer.render(plan, templates: templates)
    }

    /// Runs the whole pipeline into `directory`. Files go to the writer as they are rendered,
    /// so the output never sits in memory as a whole; an error leaves the folder untouched.
    public func generate(into directory: String) throws -> OutputWriter.Report {
        let (plan, templates) = try prepare()
        let writer = OutputWriter(directory: directory)
        let writeFailure = WriteFailure()
        try SwiftRenderer.render(plan, templates: templates) { file in
            do throws(WriteError) {
                try writer.add(file.path, file.contents.utf8)
            } catch {
                writeFailure.record(error)
            }
        }
        if let error = writeFailure.error {
            writer.discard()
            throw error
        }
        return try writer.commit()
    }

    /// What `$ref`s may read: the specs' folders and the configured ones, under the size limit.
    private var fileAccess: FileAccess {
        FileAccess(
            specPaths: configuration.specPaths, extraFolders: configuration.referenceFolders,
            limits: InputLimits(maxFileBytes: configuration.maxFileBytes)
        )
    }

    private var swiftOptions: SwiftOptions {
        SwiftOptions(moduleName: configuration.moduleName, access: configuration.access, hashable: configuration.hashable, layout: configuration.layout)
    }

    /// The planned module and the templates to render it with. The templates are parsed on
    /// other cores while the spec loads and the IR and the plan are built.
    private func prepare() throws -> (SwiftPlan, TemplateLibrary) {
        var templates = TemplateSet.defaults
        if let directory = configuration.templatesDirectory {
            let files = try TextFolder.read(directory, fileExtension: "mustache", limits: fileAccess.limits)
            templateFiles = files.map(\.path)
            templates = try TemplateSet.overriding(with: files.map { (TemplateSet.name(ofFile: $0.relativePath), $0.path, $0.text) }, log: log)
        }
        let library = TemplateLibrary(parsing: templates)
        return (SwiftPlan.build(try buildAPI(), options: swiftOptions, log: log), library)
    }

    /// Every file this run read: the specs, files reached through `$ref`, template overrides.
    public func inputFiles() -> [String] {
        let inputs =
            configuration.specPaths.filter { configuration.specTexts[$0] == nil } + [configuration.configPath].compactMap { $0 } + referencedFiles
            + templateFiles
        return inputs.sorted()
    }
}

/// The first error the writer reported while files were rendered concurrently.
private final class WriteFailure: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var error: WriteError?

    func record(_ error: WriteError) {
        lock.lock()
        if self.error == nil { self.error = error }
        lock.unlock()
    }
}

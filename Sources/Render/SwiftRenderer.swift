import Diagnostics
import Dispatch
import Foundation
import IR
import Mustache

/// Options that shape the emitted Swift.
public struct RenderOptions: Sendable {
    /// The access level of every API declaration.
    public enum Access: String, Sendable, CaseIterable {
        case `public`
        case `internal`
    }

    public var moduleName: String
    public var access: Access
    /// Declared types conform to `Hashable` (the default) or only to `Equatable`, which
    /// compiles faster.
    public var hashable: Bool
    public var layout: OutputLayout

    public init(moduleName: String, access: Access = .public, hashable: Bool = true, layout: OutputLayout = .files) {
        self.moduleName = moduleName
        self.access = access
        self.hashable = hashable
        self.layout = layout
    }
}

/// One emitted file: its path relative to the output folder and its text.
public struct RenderedFile: Hashable, Sendable {
    public var path: String
    public var contents: String

    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}

/// Renders an API's IR into Swift files through the templates.
///
/// Layout: `Client.swift` (the client and its untagged operations), `Client+<Tag>.swift` (each
/// tag's operations) and `Server.swift`; `Types/<Name>.swift`, one per top-level type (nested
/// types stay in their parent's file); `Support/*.swift`, the transport, request building, JSON
/// coding, errors and paging the client needs.
public enum SwiftRenderer {
    /// Renders every file and returns them sorted by path.
    public static func render(
        _ api: APIDescription, options: RenderOptions, templates: TemplateSet = .defaults, log: DiagnosticLog
    ) throws(RenderError) -> [RenderedFile] {
        try render(api, options: options, templates: TemplateLibrary(parsing: templates), log: log)
    }

    /// Renders every file with templates parsed (or being parsed) beforehand, sorted by path.
    public static func render(
        _ api: APIDescription, options: RenderOptions, templates: TemplateLibrary, log: DiagnosticLog
    ) throws(RenderError) -> [RenderedFile] {
        let collected = RenderedFiles()
        try render(api, options: options, templates: templates, log: log, into: collected.append)
        return collected.files.sorted { $0.path < $1.path }
    }

    /// Renders every file, handing each to `sink` as soon as it is done. Independent files
    /// render on every core, so `sink` is called from several threads, in no particular order;
    /// the files themselves do not depend on the schedule.
    public static func render(
        _ api: APIDescription, options: RenderOptions, templates: TemplateLibrary, log: DiagnosticLog,
        into sink: @escaping @Sendable (RenderedFile) -> Void
    ) throws(RenderError) {
        if case .sharded(let count) = options.layout {
            var perFile = options
            perFile.layout = .files
            let collected = RenderedFiles()
            try render(api, options: perFile, templates: templates, log: log, into: collected.append)
            ShardedLayout.combine(collected.files, shards: count).forEach(sink)
            return
        }
        let access = options.access == .public ? "public " : ""
        let names = SwiftTypeNames(api)
        let equality = options.hashable ? "Hashable" : "Equatable"
        let storage = StorageAnalysis(api)
        let client = ClientViewBuilder(api: api, access: access, equality: equality, moduleName: options.moduleName, names: names, log: log).build()
        let library = try templates.library()
        let nested = NestedDeclarationRenderer(library: library)
        let typeBuilder = TypeViewBuilder(api: api, access: access, equality: equality, names: names, storage: storage, nestedText: nested.text(of:))

        var jobs: [RenderJob] = [
            RenderJob(path: "Client.swift", template: "Client") { client },
            RenderJob(path: "Server.swift", template: "Server") { client },
        ]
        for group in client.groups {
            jobs.append(RenderJob(path: "\(group.fileName).swift", template: "ClientOperations") { ClientOperationsFileView(client: client, group: group) })
        }
        let contents = client.responseContents
        let fileNames = uniqueFileNames(api.types.map { names.declaredName($0.name) } + contents.map(\.name))
        for (decl, fileName) in zip(api.types, fileNames) {
            jobs.append(RenderJob(path: "Types/\(fileName).swift", template: "Type") {
                TypeFileView(declaration: typeBuilder.declaration(decl), importsFoundation: decl.usesFoundation)
            })
        }
        for (content, fileName) in zip(contents, fileNames.dropFirst(api.types.count)) {
            jobs.append(RenderJob(path: "Types/\(fileName).swift", template: "ResponseContent") { content })
        }
        for name in SupportFiles.needed(by: client, api: api, storage: storage) {
            jobs.append(RenderJob(path: "Support/\(name).swift", template: "Support/\(name)") { client })
        }
        try render(jobs, with: library, into: sink)
    }

    /// One file to render: where it goes, its template, and how to build its view model (built
    /// on the rendering thread, and dropped with the text once the file is handed over).
    struct RenderJob: Sendable {
        var path: String
        var template: String
        var view: @Sendable () -> any Sendable
    }

    /// Renders independent files on every core.
    static func render(_ jobs: [RenderJob], with library: MustacheLibrary, into sink: @escaping @Sendable (RenderedFile) -> Void) throws(RenderError) {
        let failure = FirstFailure()
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            let job = jobs[index]
            if let text = library.render(job.view(), withTemplate: job.template) {
                sink(RenderedFile(path: job.path, contents: text))
            } else {
                failure.record(.missingTemplate(job.template), at: index)
            }
        }
        if let error = failure.error { throw error }
    }

    /// File names that stay distinct on case-insensitive file systems (`Foo` and `FOO`).
    static func uniqueFileNames(_ names: [String]) -> [String] {
        var used: Set<String> = []
        return names.map { full in
            let name = fileStem(full)
            var candidate = name
            var counter = 2
            while !used.insert(candidate.lowercased()).inserted {
                candidate = name + "_" + String(counter)
                counter += 1
            }
            return candidate
        }
    }
}

extension SwiftRenderer {
    /// The longest file stem written, in UTF-8 bytes: file systems stop at 255 bytes a name.
    static let maxFileStemBytes = 120

    /// The 64-bit FNV-1a hash of `text`'s UTF-8: the same on every machine and run (Swift's
    /// `Hasher` is seeded per process), for file stems and shard choice.
    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return hash
    }

    /// `name`, or for a longer name its first characters and a hash of the whole, so that names
    /// sharing a long prefix stay apart and every run spells them alike.
    static func fileStem(_ name: String) -> String {
        guard name.utf8.count > maxFileStemBytes else { return name }
        let hash = fnv1a(name)
        var prefix = ""
        for character in name where prefix.utf8.count + character.utf8.count <= maxFileStemBytes - 17 {
            prefix.append(character)
        }
        let digits = String(hash, radix: 16)
        return prefix + "_" + String(repeating: "0", count: 16 - digits.count) + digits
    }
}

/// Files collected from concurrent renders.
private final class RenderedFiles: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var files: [RenderedFile] = []

    func append(_ file: RenderedFile) {
        lock.lock()
        files.append(file)
        lock.unlock()
    }
}

/// The error of the lowest-numbered failed job, so the reported error does not depend on the schedule.
private final class FirstFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var first: (index: Int, error: RenderError)?

    var error: RenderError? { first?.error }

    func record(_ error: RenderError, at index: Int) {
        lock.lock()
        if let current = first, current.index < index {
            lock.unlock()
            return
        }
        first = (index, error)
        lock.unlock()
    }
}

extension SwiftRenderer {
    /// The Swift types a primitive can be spelled as, for format overrides.
    public static let primitiveSpellings = ["String", "Int", "Int32", "Int64", "Double", "Bool", "UUID", "Date", "URL", "Data"]

    /// The primitive a Swift type name stands for (`Date` → date-time), if it is one of `primitiveSpellings`.
    public static func primitive(spelled name: String) -> Primitive? {
        let primitives: [String: Primitive] = [
            "String": .string, "Int": .integer, "Int32": .int32, "Int64": .int64, "Double": .double, "Bool": .boolean,
            "UUID": .uuid, "Date": .dateTime, "URL": .uri, "Data": .bytes,
        ]
        return primitives[name]
    }
}

import Diagnostics
import IR

/// The Swift module to emit, decided: every file, the template it is rendered with and its
/// finished view. Render turns it into text and decides nothing.
///
/// Views are built when they are asked for (on the rendering thread, and dropped with the text),
/// so a big API never holds every view in memory at once.
public struct SwiftPlan: Sendable {
    /// One file of the file-per-declaration layout.
    public struct File: Sendable {
        /// Relative to the output folder: `Client.swift`, `Types/Pet.swift`, `Support/Paging.swift`.
        public let path: String
        /// The template that renders it (`Type`, `Support/Paging`).
        public let template: String
        /// Builds its view.
        public let view: @Sendable () -> FileView
    }

    /// The view a file is rendered with.
    public enum FileView: Sendable {
        /// `Client`, `Server` and every support file.
        case client(ClientView)
        /// A tag's operations (`Client+<Tag>.swift`).
        case operations(ClientOperationsFileView)
        /// One top-level type and the types nested in it.
        case type(TypeFileView)
        /// The representations enum of an operation answering in several media types.
        case responseContent(ResponseContentView)
    }

    public let files: [File]
    public let layout: OutputLayout

    /// Where the text of the file at `path` goes: that path, or in the sharded layout its shard.
    public func destination(of path: String) -> String {
        guard case .sharded(let count) = layout else { return path }
        return OutputLayout.shard(of: path, count: count)
    }

    /// Plans the module `api` becomes. Warnings about Swift choices go to `log`.
    public static func build(_ api: APIDescription, options: SwiftOptions, log: DiagnosticLog) -> SwiftPlan {
        let access = options.access == .public ? "public " : ""
        let names = SwiftNamer(api)
        let equality = options.hashable ? "Hashable" : "Equatable"
        let storage = StorageAnalysis(api)
        let client = ClientViewBuilder(api: api, access: access, equality: equality, moduleName: options.moduleName, names: names, log: log).build()
        let typeBuilder = TypeViewBuilder(api: api, access: access, equality: equality, names: names, storage: storage)

        var files: [File] = [
            File(path: "Client.swift", template: "Client") { .client(client) },
            File(path: "Server.swift", template: "Server") { .client(client) },
        ]
        for group in client.groups {
            files.append(
                File(path: "\(group.fileName).swift", template: "ClientOperations") { .operations(ClientOperationsFileView(client: client, group: group)) })
        }
        let contents = client.responseContents
        let fileNames = names.fileNames(api.types.map { names.declaredName($0.name) } + contents.map(\.name))
        for (decl, fileName) in zip(api.types, fileNames) {
            files.append(
                File(path: "Types/\(fileName).swift", template: "Type") {
                    .type(TypeFileView(declaration: typeBuilder.declaration(decl), importsFoundation: decl.usesFoundation))
                })
        }
        for (content, fileName) in zip(contents, fileNames.dropFirst(api.types.count)) {
            files.append(File(path: "Types/\(fileName).swift", template: "ResponseContent") { .responseContent(content) })
        }
        for name in SupportFiles.needed(by: client, api: api, storage: storage) {
            files.append(File(path: "Support/\(name).swift", template: "Support/\(name)") { .client(client) })
        }
        return SwiftPlan(files: files, layout: options.layout)
    }
}

extension SwiftPlan {
    /// The Swift name of every top-level declaration of `api`, as the planned module declares
    /// it (`Error` → `ErrorModel`): for tools that write code against a generated module.
    public static func topLevelTypeNames(of api: APIDescription) -> [TypeName: String] {
        let names = SwiftNamer(api)
        return Dictionary(uniqueKeysWithValues: api.types.map { ($0.name, names.declaredName($0.name)) })
    }

    /// The primitives a format override can name, one per Swift spelling (`Date` is date-time,
    /// not the `date` kept as text).
    static let overridablePrimitives: [Primitive] = [.string, .integer, .int32, .int64, .double, .boolean, .uuid, .dateTime, .uri, .bytes]

    /// The Swift types a primitive can be spelled as, for format overrides.
    public static let primitiveSpellings = overridablePrimitives.map(SwiftNamer.spelling)

    /// The primitive a Swift type name stands for (`Date` → date-time), if it is one of `primitiveSpellings`.
    public static func primitive(spelled name: String) -> Primitive? {
        overridablePrimitives.first { SwiftNamer.spelling($0) == name }
    }
}

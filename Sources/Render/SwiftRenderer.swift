import Diagnostics
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

    public init(moduleName: String, access: Access = .public) {
        self.moduleName = moduleName
        self.access = access
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
/// Layout: `Client.swift` and `Server.swift`; `Types/<Name>.swift`, one per top-level type
/// (nested types stay in their parent's file); `Support/*.swift`, the transport, request
/// building, JSON coding, errors and paging the client needs.
public enum SwiftRenderer {
    public static func render(
        _ api: APIDescription, options: RenderOptions, templates: TemplateSet = .defaults, log: DiagnosticLog
    ) throws(RenderError) -> [RenderedFile] {
        let library = try templates.library()
        let access = options.access == .public ? "public " : ""
        let names = SwiftTypeNames(api)
        let recursion = RecursionAnalysis(api)
        let typeBuilder = TypeViewBuilder(api: api, access: access, names: names, recursion: recursion)
        let client = ClientViewBuilder(api: api, access: access, names: names, log: log).build()

        var files: [RenderedFile] = []
        func emit(_ path: String, _ template: String, _ view: Any) throws(RenderError) {
            guard let text = library.render(view, withTemplate: template) else {
                throw .missingTemplate(template)
            }
            files.append(RenderedFile(path: path, contents: text))
        }

        try emit("Client.swift", "Client", client)
        try emit("Server.swift", "Server", client)
        let fileNames = uniqueFileNames(api.types.map { names.declaredName($0.name) })
        for (decl, fileName) in zip(api.types, fileNames) {
            try emit("Types/\(fileName).swift", "Type", TypeFileView(declaration: typeBuilder.declaration(decl)))
        }
        let support = SupportFiles.needed(by: client, api: api, recursion: recursion)
        for name in support {
            try emit("Support/\(name).swift", "Support/\(name)", client)
        }
        return files.sorted { $0.path < $1.path }
    }

    /// File names that stay distinct on case-insensitive file systems (`Foo` and `FOO`).
    static func uniqueFileNames(_ names: [String]) -> [String] {
        var used: Set<String> = []
        return names.map { name in
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

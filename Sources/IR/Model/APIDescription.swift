/// The language-neutral intermediate representation of a whole API: the named types and the
/// operations a client exposes. Built by `IRBuilder`, consumed by the renderer; nothing in it is
/// Swift syntax.
public struct APIDescription: Hashable, Sendable {
    public var title: String
    public var version: String
    public var documentation: Documentation
    public var servers: [Server]
    /// Top-level named types, sorted by name.
    public var types: [TypeDecl] {
        didSet {
            allTypes = TypeDecl.all(in: types)
            index = Self.index(allTypes)
        }
    }
    /// Every declaration, nested ones included, each before the ones nested in it: the one walk
    /// over all declarations.
    public private(set) var allTypes: [TypeDecl]
    /// Operations in document order (paths in order, methods in order within a path).
    public var operations: [Operation] {
        didSet { responseHeaderTypes = Self.headerTypes(operations) }
    }
    /// The types that hold a response's documented headers (success and error responses).
    public private(set) var responseHeaderTypes: Set<TypeName>
    public var securitySchemes: [SecurityScheme]
    /// The type name of every component schema, by its key in `components/schemas`.
    public var componentNames: [String: TypeName] = [:]
    /// Types the user supplies instead of declaring them (see `Customization`), spelled as the
    /// output language names them.
    public var externalTypes: [TypeName: String] = [:]
    /// Every declaration by name, nested ones included.
    private var index: [TypeName: TypeDecl]

    public init(
        title: String, version: String, documentation: Documentation, servers: [Server], types: [TypeDecl],
        operations: [Operation], securitySchemes: [SecurityScheme]
    ) {
        self.title = title
        self.version = version
        self.documentation = documentation
        self.servers = servers
        self.types = types
        self.operations = operations
        self.securitySchemes = securitySchemes
        self.allTypes = TypeDecl.all(in: types)
        self.index = Self.index(allTypes)
        self.responseHeaderTypes = Self.headerTypes(operations)
    }

    private static func headerTypes(_ operations: [Operation]) -> Set<TypeName> {
        Set(operations.flatMap { operation in [operation.responseHeaders].compactMap { $0 } + operation.responses.compactMap(\.headersType) })
    }

    private static func index(_ all: [TypeDecl]) -> [TypeName: TypeDecl] {
        Dictionary(all.map { ($0.name, $0) }) { _, last in last }
    }

    /// The declaration a name designates, nested ones included.
    public func type(named name: TypeName) -> TypeDecl? {
        index[name]
    }

    /// The declaration a use names, through aliases of other names (`Owner = Person` →
    /// `Person`; an alias of a container or primitive is itself the answer); nil for uses that
    /// name nothing.
    public func declaration(behind type: TypeRef) -> TypeDecl? {
        var current = type
        for _ in 0..<16 {
            guard case .named(let name) = current, let decl = index[name] else { return nil }
            guard case .alias(let target) = decl.kind, case .named = target else { return decl }
            current = target
        }
        return nil
    }
}

/// A base URL the API is served from, possibly a template with `{variables}`.
public struct Server: Hashable, Sendable {
    public var url: String
    public var description: String?
    public var variables: [ServerVariable]

    public init(url: String, description: String?, variables: [ServerVariable] = []) {
        self.url = url
        self.description = description
        self.variables = variables
    }
}

/// A `{name}` of a server URL template, with its default and allowed values.
public struct ServerVariable: Hashable, Sendable {
    public var name: String
    public var defaultValue: String
    public var allowedValues: [String]
    public var description: String?

    public init(name: String, defaultValue: String, allowedValues: [String], description: String?) {
        self.name = name
        self.defaultValue = defaultValue
        self.allowedValues = allowedValues
        self.description = description
    }
}

import IR

/// The one naming authority of the Swift model: every name the emitted module declares (types,
/// members, enum and union cases, operations, parameters, servers, credentials, files) is
/// decided here, each list uniqued in one place, so that two views naming the same thing (a
/// struct's property and the paging code reading it) cannot spell it differently.
///
/// Type names are decided once for the whole API (renames such as `Error` → `ErrorModel`,
/// de-duplication, nesting); the rest is in `SwiftNamer+Members.swift`. The spelling rules
/// (casing, keywords, reserved and support type names) are `SwiftNames`.
struct SwiftNamer {
    private var spelled: [TypeName: [String]] = [:]
    /// Nested names must not shadow a top-level type for the code inside their parent.
    private var topLevel: Set<String> = []
    /// Types the user supplies, spelled as they wrote them.
    private let external: [TypeName: String]

    init(_ api: APIDescription) {
        external = api.externalTypes
        let topLevelNames = SwiftNames.uniqued(api.types.map { SwiftNames.typeComponent($0.name.last) })
        topLevel = Set(topLevelNames)
        for (decl, swiftName) in zip(api.types, topLevelNames) {
            register(decl, prefix: [swiftName])
        }
    }

    private mutating func register(_ decl: TypeDecl, prefix: [String]) {
        spelled[decl.name] = prefix
        guard !decl.nested.isEmpty else { return }
        let topLevel = self.topLevel
        let names = SwiftNames.uniqued(decl.nested.map { SwiftNames.typeComponent($0.name.last) }) { name in
            topLevel.contains(name) || prefix.contains(name)
        }
        for (nested, name) in zip(decl.nested, names) {
            register(nested, prefix: prefix + [name])
        }
    }

    /// The declared (last) component of a type's Swift name.
    func declaredName(_ name: TypeName) -> String {
        spelled[name]?.last ?? SwiftNames.typeComponent(name.last)
    }

    /// How code inside `scope` refers to `name`: relative when `name` is nested in `scope`.
    func reference(_ name: TypeName, from scope: TypeName?) -> String {
        if let supplied = external[name] { return supplied }
        let components = spelled[name] ?? name.components.map(SwiftNames.typeComponent)
        if let scope, let scopeComponents = spelled[scope], components.count > scopeComponents.count,
            Array(components.prefix(scopeComponents.count)) == scopeComponents
        {
            return components.dropFirst(scopeComponents.count).joined(separator: ".")
        }
        return components.joined(separator: ".")
    }

    /// The Swift type of a use.
    func spelling(_ type: TypeRef, from scope: TypeName?) -> String {
        switch type {
        case .named(let name): return reference(name, from: scope)
        case .primitive(let primitive): return Self.spelling(primitive)
        case .array(let element): return "[\(spelling(element, from: scope))]"
        case .dictionary(let value): return "[String: \(spelling(value, from: scope))]"
        case .anyJSON: return "JSONValue"
        case .optional(let wrapped): return spelling(wrapped, from: scope) + "?"
        }
    }

    /// The spellings of `spelling(_:)` that come from Foundation rather than the standard library.
    static let foundationTypes: Set<String> = ["UUID", "Date", "URL", "Data"]

    static func spelling(_ primitive: Primitive) -> String {
        switch primitive {
        case .string, .date: return "String"
        case .integer: return "Int"
        case .int32: return "Int32"
        case .int64: return "Int64"
        // `format: float` is decoded as Double: Float loses precision, and fails on values a
        // server writes beyond its range with a misleading error.
        case .double, .float: return "Double"
        case .boolean: return "Bool"
        case .uuid: return "UUID"
        case .dateTime: return "Date"
        case .uri: return "URL"
        case .bytes: return "Data"
        case .file: return "FilePart"
        }
    }
}

extension TypeRef {
    /// Whether free-form JSON appears anywhere in this use.
    var usesJSONValue: Bool {
        switch self {
        case .anyJSON: return true
        case .array(let element), .dictionary(let element), .optional(let element): return element.usesJSONValue
        case .named, .primitive: return false
        }
    }

    /// Whether `primitive` appears anywhere in this use.
    func contains(_ primitive: Primitive) -> Bool {
        switch self {
        case .primitive(let used): return used == primitive
        case .array(let element), .dictionary(let element), .optional(let element): return element.contains(primitive)
        case .named, .anyJSON: return false
        }
    }
}

extension TypeRef {
    /// Whether this use spells a Foundation type (`Date`, `URL`, `UUID`, `Data`).
    var usesFoundation: Bool {
        switch self {
        case .primitive(let primitive): return SwiftNamer.foundationTypes.contains(SwiftNamer.spelling(primitive))
        case .array(let element), .dictionary(let element), .optional(let element): return element.usesFoundation
        case .named, .anyJSON: return false
        }
    }
}

extension TypeDecl {
    /// Whether the declaration, or one nested in it, spells a Foundation type: its file then
    /// imports Foundation; others need only the standard library.
    var usesFoundation: Bool {
        let own: Bool
        switch kind {
        case .object(let shape):
            own = shape.properties.contains { $0.type.usesFoundation } || shape.additionalProperties?.usesFoundation == true
        case .alias(let type):
            own = type.usesFoundation
        case .union(let shape):
            own = shape.members.contains { $0.type?.usesFoundation == true }
        case .stringEnum:
            own = false
        }
        return own || nested.contains { $0.usesFoundation }
    }
}

/// The name of a declared type: one component for a top-level type, more for nested ones
/// (`["DataPolicy", "RegionPriority"]`). Components are PascalCase words, not yet Swift names.
public struct TypeName: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var components: [String]

    public init(_ components: [String]) {
        self.components = components
    }

    public var last: String { components.last ?? "" }

    public func appending(_ component: String) -> TypeName { TypeName(components + [component]) }

    public static func < (lhs: TypeName, rhs: TypeName) -> Bool {
        lhs.components.lexicographicallyPrecedes(rhs.components)
    }

    public var description: String { components.joined(separator: ".") }
}

/// A use of a type: a named declaration, a primitive or a container of them.
public indirect enum TypeRef: Hashable, Sendable {
    case named(TypeName)
    case primitive(Primitive)
    case array(TypeRef)
    /// A JSON object with string keys and values of one type.
    case dictionary(TypeRef)
    /// Any JSON value.
    case anyJSON
    /// A value that may be `null`: an array element or map value whose schema allows null
    /// (properties say so with `Property.isNullable` instead).
    case optional(TypeRef)
}

extension TypeRef {
    /// How many arrays and dictionaries nest in this use (`[[String]]`: 2).
    public var containerDepth: Int {
        switch self {
        case .array(let element), .dictionary(let element): return element.containerDepth + 1
        case .optional(let wrapped): return wrapped.containerDepth
        case .named, .primitive, .anyJSON: return 0
        }
    }
}

extension TypeRef {
    /// This use with nullable elements made plain (`[String?]` → `[String]`): parameters are
    /// text, where an element cannot be null.
    public var withoutOptionals: TypeRef {
        switch self {
        case .optional(let wrapped): return wrapped.withoutOptionals
        case .array(let element): return .array(element.withoutOptionals)
        case .dictionary(let value): return .dictionary(value.withoutOptionals)
        case .named, .primitive, .anyJSON: return self
        }
    }
}

/// The scalar types a schema's `type` and `format` select.
public enum Primitive: Hashable, Sendable {
    case string
    case integer
    case int32
    case int64
    case double
    case float
    case boolean
    case uuid
    /// RFC 3339 `date-time`.
    case dateTime
    /// RFC 3339 `full-date`, kept as text.
    case date
    case uri
    /// base64 bytes (`format: byte`, `contentEncoding: base64`), or a whole raw body.
    case bytes
    /// A file part of a multipart body (`format: binary` there): bytes with a file name and a
    /// content type.
    case file
}

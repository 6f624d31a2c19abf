import Diagnostics

/// A named type of the API: a component schema or an inline schema hoisted to a name.
public struct TypeDecl: Hashable, Sendable {
    /// The shapes a named type can have.
    public enum Kind: Hashable, Sendable {
        case object(ObjectShape)
        case stringEnum(EnumShape)
        /// Another name for a type use (`WorkspaceName` = string).
        case alias(TypeRef)
        /// One of several shapes (`oneOf`/`anyOf` without a discriminator).
        case union(UnionShape)
    }

    public var name: TypeName
    public var documentation: Documentation
    public var kind: Kind
    /// Inline schemas of this type's properties, hoisted and named inside it.
    public var nested: [TypeDecl]
    public var location: SourceLocation
    /// The JSON pointer of the schema it was declared from, for diagnostics.
    public var pointer: String?

    public init(
        name: TypeName, documentation: Documentation, kind: Kind, nested: [TypeDecl] = [], location: SourceLocation, pointer: String? = nil
    ) {
        self.name = name
        self.documentation = documentation
        self.kind = kind
        self.nested = nested
        self.location = location
        self.pointer = pointer
    }
}

/// The members of an object schema.
public struct ObjectShape: Hashable, Sendable {
    public var properties: [Property]
    /// The value type of extra members (`additionalProperties: {…}`); nil when none are kept.
    public var additionalProperties: TypeRef?

    public init(properties: [Property], additionalProperties: TypeRef?) {
        self.properties = properties
        self.additionalProperties = additionalProperties
    }
}

/// One member of an object schema.
public struct Property: Hashable, Sendable {
    /// The name on the wire.
    public var name: String
    public var type: TypeRef
    public var isRequired: Bool
    public var isNullable: Bool
    public var documentation: Documentation
    /// The schema's `default`, when it is a scalar.
    public var defaultValue: DefaultValue?
    /// The member name the user chose (`nameOverrides`), instead of one made from `name`.
    public var preferredName: String?

    public init(
        name: String, type: TypeRef, isRequired: Bool, isNullable: Bool, documentation: Documentation, defaultValue: DefaultValue? = nil
    ) {
        self.name = name
        self.type = type
        self.isRequired = isRequired
        self.isNullable = isNullable
        self.documentation = documentation
        self.defaultValue = defaultValue
    }

    /// Whether a value may be absent or null, so the generated property is optional.
    public var isOptional: Bool { !isRequired || isNullable }
}

/// The values of a string enum, in spec order, duplicates removed.
public struct EnumShape: Hashable, Sendable {
    public var values: [String]

    public init(values: [String]) {
        self.values = values
    }
}

/// The alternatives of a `oneOf`/`anyOf`, in spec order.
public struct UnionShape: Hashable, Sendable {
    public var members: [UnionMember]
    /// The property whose value names the alternative, when the spec has a `discriminator`.
    public var discriminator: String?
    /// The alternative for discriminator values that name no other (an inheritance base).
    public var discriminatorFallback: Int?
    /// `anyOf`: every alternative that matches is kept, not only the first.
    public var keepsAll: Bool = false
    /// An ID or the objects it names (see `SchemaTranslator.isExpandable`); the ID alternative
    /// is named `id`.
    public var isExpandable: Bool = false

    public init(members: [UnionMember], discriminator: String? = nil, discriminatorFallback: Int? = nil) {
        self.members = members
        self.discriminator = discriminator
        self.discriminatorFallback = discriminatorFallback
    }
}

/// One alternative of a union: a value of `type`, or the string literal `constant`.
public struct UnionMember: Hashable, Sendable {
    /// A language-neutral name for the alternative (`geos`, `unrestricted`, `pet`).
    public var name: String
    public var type: TypeRef?
    public var constant: String?
    /// The discriminator values that select this alternative (explicit `mapping` entries, else
    /// the component name of its `$ref`).
    public var discriminatorValues: [String]

    /// For an object alternative: its members whose schema allows one value only (`type:
    /// {enum: [3]}`, `const`), in spec order. They tell it from the other alternatives.
    public var tags: [UnionTag]

    public init(name: String, type: TypeRef?, constant: String?, discriminatorValues: [String] = [], tags: [UnionTag] = []) {
        self.name = name
        self.type = type
        self.constant = constant
        self.discriminatorValues = discriminatorValues
        self.tags = tags
    }
}

/// A member of an object alternative that has one possible value.
public struct UnionTag: Hashable, Sendable {
    /// The member's name on the wire.
    public var name: String
    public var value: DefaultValue

    public init(name: String, value: DefaultValue) {
        self.name = name
        self.value = value
    }
}

extension TypeDecl {
    /// `types` and every declaration nested in them, each before the ones nested in it.
    public static func all(in types: [TypeDecl]) -> [TypeDecl] {
        var result: [TypeDecl] = []
        func add(_ decl: TypeDecl) {
            result.append(decl)
            decl.nested.forEach(add)
        }
        types.forEach(add)
        return result
    }
}

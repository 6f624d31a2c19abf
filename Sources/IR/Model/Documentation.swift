/// What the spec says about a type, property, parameter or operation, for doc comments.
public struct Documentation: Hashable, Sendable {
    public var summary: String?
    public var description: String?
    public var constraints: [Constraint]
    public var isDeprecated: Bool

    public init(summary: String? = nil, description: String? = nil, constraints: [Constraint] = [], isDeprecated: Bool = false) {
        self.summary = summary
        self.description = description
        self.constraints = constraints
        self.isDeprecated = isDeprecated
    }

    public var isEmpty: Bool { summary == nil && description == nil && constraints.isEmpty }
}

/// A validation keyword of a schema, stated in documentation (not enforced).
public enum Constraint: Hashable, Sendable {
    case minLength(Int)
    case maxLength(Int)
    case pattern(String)
    /// Numbers stay as their spec text.
    case minimum(String, exclusive: Bool)
    case maximum(String, exclusive: Bool)
    case minItems(Int)
    case maxItems(Int)
    case format(String)
    /// The value the server assumes when the member is left out.
    case defaultValue(String)
    /// Sent by the server only (`readOnly`) or by the client only (`writeOnly`).
    case readOnly
    case writeOnly
    /// The values a non-string `enum` allows (kept as the primitive type).
    case allowedValues([String])
}
